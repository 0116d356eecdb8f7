//! "Did you mean": the one rule for which known name a misspelt one is
//! taken for, and the one shape of the message that names it.
//!
//! Every place that meets an unknown name (a key of the data, a template, a
//! label, a tag, a design option or its type, a font family) asks here, so
//! the same typo gets the same suggestion everywhere.

use crate::error::Message;

/// The known name nearest to `name`, if one is near enough to be a typo of
/// it: at most two edits away, or a third of the candidate's length for a
/// long one. Case is ignored (`Inter` for `inter`); an exact match is not a
/// suggestion.
pub fn nearest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    known
        .into_iter()
        .filter(|candidate| *candidate != name)
        .map(|candidate| (strsim::damerau_levenshtein(&lower, &candidate.to_lowercase()), candidate))
        .min()
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.chars().count() / 3))
        .map(|(_, candidate)| candidate)
}

/// "unknown key `positon`" (`what` and the name) with a hint: the nearest
/// known name, else the list of them, else that there are none.
pub fn unknown<'a>(what: &str, name: &str, known: impl IntoIterator<Item = &'a str>) -> Message {
    let known: Vec<&str> = known.into_iter().collect();
    let message = Message::new(format!("{what} `{name}`"));
    if let Some(near) = nearest(name, known.iter().copied()) {
        return message.hint(format!("did you mean `{near}`?"));
    }
    match known.as_slice() {
        [] => message.hint("there are none"),
        names => message.hint(format!("the names are {}", quoted(names))),
    }
}

/// A hint naming the nearest of `known`, if one is near.
pub fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(name, known).map(|near| format!("did you mean `{near}`?"))
}

/// Names in backquotes, joined by commas: "`a`, `b`". A long list is cut
/// after forty, with the number left out: a hint is for reading.
pub fn quoted(names: &[&str]) -> String {
    const SHOWN: usize = 40;
    let mut shown: Vec<String> = names.iter().take(SHOWN).map(|name| format!("`{name}`")).collect();
    if names.len() > SHOWN {
        shown.push(format!("and {} more", names.len() - SHOWN));
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_its_name_and_a_stranger_finds_none() {
        let known = ["position", "company", "title"];
        assert_eq!(nearest("positon", known), Some("position"));
        assert_eq!(nearest("Title", known), Some("title"));
        assert_eq!(nearest("salary", known), None);
        assert_eq!(nearest("title", known), None, "an exact match is no suggestion");
        assert_eq!(nearest("clasic", ["print", "classic", "sidebar"]), Some("classic"));
    }

    #[test]
    fn an_unknown_name_gets_the_nearest_or_the_list() {
        let near = unknown("no variant is called", "shrot", ["short", "lead"]);
        assert_eq!(
            (near.text.as_str(), near.hints.as_slice()),
            ("no variant is called `shrot`", &["did you mean `short`?".to_owned()][..])
        );
        let far = unknown("no variant is called", "xyzzy", ["short", "lead"]);
        assert_eq!(far.hints, ["the names are `short`, `lead`"]);
        let none = unknown("no entry carries the tag", "x", []);
        assert_eq!(none.hints, ["there are none"]);
    }
}

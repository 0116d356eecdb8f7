//! The starter CV `cvpdf init` writes, in any language that has a language
//! file: a skeleton (`starter.yaml` beside this file) whose words are the
//! `starter_*` messages of `locales/<code>.ftl`. Each word is written as a
//! YAML scalar that reads back as itself, and the file is loaded and
//! validated like a user's before it is handed out, so a language file can
//! never make `init` write a CV that `cvpdf check` refuses.

use std::path::Path;

use super::draft::{quote, single_line};
use crate::Error;
use crate::data::model::Lang;
use crate::lang::locale::{self, Locale};

const SKELETON: &str = include_str!("starter.yaml");

/// The placeholders of the skeleton that hold comments rather than values.
const COMMENTS: &[&str] = &["intro", "markdown", "updated", "photo", "gender"];

/// The starter CV in `lang`, without the schema line: an error for a
/// language without a language file, since its words would be English.
pub(crate) fn starter(lang: Lang) -> Result<String, Error> {
    if locale::file(lang).is_none() {
        return Err(Error::other(format!(
            "cvpdf has no language file for `{lang}`, so it has no starter CV in it; the languages are {}",
            crate::lang::known_list()
        )));
    }
    let words = Locale::of(lang);
    let mut out = String::with_capacity(SKELETON.len() * 2);
    for line in SKELETON.lines() {
        // A language whose CVs do not state the gender leaves its line out.
        if line.trim_start().starts_with("gender:") && words.message("starter_gender").trim().is_empty() {
            continue;
        }
        out.push_str(&fill(line, lang, &words));
        out.push('\n');
    }
    crate::data::load::load_str(Path::new("cv.yaml"), &out, None, None).map_err(|error| {
        Error::other(format!("the starter CV in `{lang}` does not pass the checks, a bug:\n{error}"))
    })?;
    Ok(out)
}

/// One line of the skeleton with its placeholders filled: a comment's text
/// made single-line, a value quoted where YAML would read it otherwise.
fn fill(line: &str, lang: Lang, words: &Locale) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}").map(|end| start + end) else { break };
        out.push_str(&rest[..start]);
        let name = &rest[start + 2..end];
        let text = if name == "lang" { lang.code().to_owned() } else { words.message(&format!("starter_{name}")) };
        if COMMENTS.contains(&name) {
            out.push_str(&single_line(&text));
        } else {
            out.push_str(&quote(&single_line(&text)));
        }
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language file gives a starter that loads, in its own words,
    /// with none of the skeleton's placeholders left.
    #[test]
    fn every_language_has_a_starter_that_loads() {
        for code in locale::codes() {
            let lang = Lang::parse(code).unwrap();
            let yaml = starter(lang).unwrap_or_else(|error| panic!("{code}: {error}"));
            assert!(!yaml.contains("{{") && !yaml.contains("}}"), "{code}: {yaml}");
            assert!(yaml.contains(&format!("\nlang: {code}\n")), "{code}");
            let words = Locale::of(lang);
            assert!(yaml.contains(&words.message("starter_headline")), "{code}: the headline in its language");
            let loaded = crate::data::load::load_str(Path::new("cv.yaml"), &yaml, None, None).unwrap();
            assert_eq!(loaded.cv.lang, lang);
        }
        assert!(starter(Lang::parse("ro").unwrap()).unwrap_err().to_string().contains("no language file for `ro`"));
    }

    #[test]
    fn a_word_that_yaml_would_misread_is_quoted() {
        let russian = starter(Lang::RU).unwrap();
        assert!(russian.contains("\n  gender: male                 # male или female\n"), "{russian}");
        assert!(russian.contains("\n    phone: \"+7 900 000-00-00\"\n"), "{russian}");
        let english = starter(Lang::EN).unwrap();
        assert!(!english.contains("gender:"), "English CVs do not state the gender");
        assert!(english.contains("\n  - institution: Your university\n"), "{english}");
    }
}

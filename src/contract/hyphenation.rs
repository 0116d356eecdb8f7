//! The language each long foreign word of the CV is hyphenated in.
//!
//! Templates hyphenate words of [`LONG_WORD`] letters or more, which no
//! column may hold otherwise (a German law's name in an English CV, an
//! English compound in a Russian one). Typst hyphenates by the text's
//! language, so a word is hyphenated in a language that spells it: the CV's
//! own when its alphabet has every letter of the word, else the language of
//! the most particular alphabet that does: the one with the fewest letters
//! beyond `a`–`z`, then the smallest (a word in `a`–`z` is English, not
//! French; one with `ü` German, not Turkish; one with `ђ` Serbian). The alphabets
//! are facts of the language files (`alphabet` in `locales/*.ftl`), and a
//! language is hyphenated with the patterns its facts name, so a new
//! language needs no change here.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use crate::lang::{Lang, Locale, locale};

/// The fewest letters of a word that templates hyphenate (`break-token` in
/// `typst/common/cv.typ`); shorter words fit every column.
pub const LONG_WORD: usize = 18;

/// Every language with a file, with the letters of its alphabet: sorted by
/// the number of letters beyond `a`–`z`, the alphabet's size, then the
/// code, the order a word's language is looked for in.
static ALPHABETS: LazyLock<Vec<(String, BTreeSet<char>)>> = LazyLock::new(|| {
    let mut alphabets: Vec<(String, BTreeSet<char>)> = locale::codes()
        .filter_map(|code| {
            let lang = Lang::parse(code).ok()?;
            let letters: BTreeSet<char> =
                Locale::of(lang).message("alphabet").chars().flat_map(char::to_lowercase).collect();
            Some((lang.language().to_owned(), letters))
        })
        .collect();
    // Latin alphabets differ in their letters beyond a–z: Turkish drops
    // three of them and so is smaller than German, but a word with `ü` is
    // more likely German, whose alphabet adds fewer letters.
    let beyond_basic_latin = |letters: &BTreeSet<char>| letters.iter().filter(|letter| !letter.is_ascii()).count();
    alphabets.sort_by(|(a, letters_a), (b, letters_b)| {
        (beyond_basic_latin(letters_a), letters_a.len(), a).cmp(&(beyond_basic_latin(letters_b), letters_b.len(), b))
    });
    alphabets
});

/// The alphabet of a language with a file of its own (not English's
/// borrowed by a language without one).
fn alphabet_of(lang: Lang) -> Option<&'static BTreeSet<char>> {
    locale::file(lang)?;
    ALPHABETS.iter().find(|(code, _)| code == lang.language()).map(|(_, letters)| letters)
}

fn spells(alphabet: &BTreeSet<char>, word: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).all(|letter| alphabet.contains(&letter))
}

/// The long words among the strings of `value` (the contract as JSON) that
/// the language `lang` cannot spell, each with the language (an ISO 639
/// code, as Typst's `text(lang:)` takes) it is hyphenated in. A word no
/// language file spells is left out: it is hyphenated in the CV's language.
pub(crate) fn foreign_words(value: &serde_json::Value, lang: Lang) -> BTreeMap<String, String> {
    let own = alphabet_of(lang);
    let mut words = BTreeMap::new();
    let mut strings = Vec::new();
    collect_strings(value, &mut strings);
    for string in strings {
        for word in string.split(|c: char| !c.is_alphabetic()).filter(|word| word.chars().count() >= LONG_WORD) {
            if words.contains_key(word) || own.is_some_and(|own| spells(own, word)) {
                continue;
            }
            // The language that spells the word hyphenates it with the
            // patterns its facts name (Kazakh with Russian's); one whose
            // script is never hyphenated leaves the word to the CV's.
            if let Some((code, _)) = ALPHABETS.iter().find(|(_, alphabet)| spells(alphabet, word))
                && code != lang.language()
                && let Some(patterns) = Lang::parse(code).ok().and_then(|spelling| locale::facts(spelling).hyphenation)
            {
                words.insert(word.to_owned(), patterns);
            }
        }
    }
    words
}

fn collect_strings<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::String(text) => out.push(text),
        serde_json::Value::Array(values) => values.iter().for_each(|value| collect_strings(value, out)),
        serde_json::Value::Object(map) => map.values().for_each(|value| collect_strings(value, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages(texts: &[&str], lang: &str) -> Vec<(String, String)> {
        let value = serde_json::json!(texts);
        foreign_words(&value, Lang::parse(lang).unwrap()).into_iter().collect()
    }

    fn pair(word: &str, lang: &str) -> (String, String) {
        (word.to_owned(), lang.to_owned())
    }

    #[test]
    fn a_word_the_cv_language_spells_is_left_to_it() {
        assert_eq!(languages(&["Anforderungsmanagement und Grundstücksverkehrsgenehmigung"], "de"), vec![]);
        assert_eq!(languages(&["Internationalization"], "en"), vec![]);
        // «високонавантажених» has no letter Russian lacks.
        assert_eq!(languages(&["високонавантажених систем"], "ru"), vec![]);
    }

    #[test]
    fn a_foreign_word_goes_to_the_smallest_alphabet_that_spells_it() {
        assert_eq!(languages(&["Internationalization"], "ru"), vec![pair("Internationalization", "en")]);
        assert_eq!(
            languages(&["Grundstücksverkehrsgenehmigung"], "en"),
            vec![pair("Grundstücksverkehrsgenehmigung", "de")]
        );
        assert_eq!(languages(&["інформаційно-аналітичних"], "en"), vec![]);
        assert_eq!(languages(&["високопродуктивнішої"], "en"), vec![pair("високопродуктивнішої", "uk")]);
        assert_eq!(languages(&["најквалификованијих"], "ru"), vec![pair("најквалификованијих", "sr")]);
    }

    #[test]
    fn short_words_and_words_no_file_spells_are_left_out() {
        assert_eq!(languages(&["Kubernetes PostgreSQL"], "ru"), vec![]);
        assert_eq!(languages(&["ΗΛΕΚΤΡΟΕΓΚΕΦΑΛΟΓΡΑΦΗΜΑΤΟΣ"], "en"), vec![pair("ΗΛΕΚΤΡΟΕΓΚΕΦΑΛΟΓΡΑΦΗΜΑΤΟΣ", "el")]);
        // A word of letters no language file has keeps the CV's language.
        assert_eq!(languages(&["ẁẃẅẁẃẅẁẃẅẁẃẅẁẃẅẁẃẅẁẃ"], "en"), vec![]);
    }

    #[test]
    fn a_language_without_a_file_borrows_no_alphabet() {
        // Hungarian has no file: English's alphabet is not taken for its own.
        assert_eq!(languages(&["Internationalization"], "hu"), vec![pair("Internationalization", "en")]);
    }

    #[test]
    fn a_word_takes_the_patterns_its_language_hyphenates_with() {
        // Kazakh's own letters: hyphenated with Russian's patterns, as Kazakh's facts say.
        assert_eq!(languages(&["қазақстандықтардың-мемлекеттік"], "en"), vec![pair("қазақстандықтардың", "ru")]);
    }
}

//! The words the parser model looks for in a language: the titles of a
//! CV's parts, the forms of month names, the words for an open end, and
//! whether the language's market expects a photo. They come from the
//! language files (`locales/<code>.ftl`, the messages starting with `ats-`),
//! with the file's own labels and month names added, never from the CV's
//! `labels:`: a parser knows its language, not the CV.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use super::reading::normal;
use crate::lang::Lang;
use crate::lang::locale::Locale;

/// The kinds of part a parser tells apart by their titles.
pub(crate) const PARTS: &[&str] = &[
    "summary",
    "experience",
    "education",
    "skills",
    "languages",
    "courses",
    "projects",
    "publications",
    "awards",
    "interests",
    "volunteering",
    "references",
    "contacts",
];

/// The labels of the language file that title each kind of part.
const LABELS: &[(&str, &str)] = &[
    ("about", "summary"),
    ("motto", "summary"),
    ("experience", "experience"),
    ("education", "education"),
    ("higher_education", "education"),
    ("skills", "skills"),
    ("languages", "languages"),
    ("courses", "courses"),
    ("contacts", "contacts"),
];

/// Whether a language's market expects a photo on a CV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Photo {
    Usual,
    Optional,
    Omitted,
}

/// A language's words, normalised (see [`normal`]).
#[derive(Debug, Clone)]
pub(crate) struct Words {
    /// The language code the words are for.
    pub(crate) lang: String,
    /// Whether the language has a file; English words stand in otherwise.
    pub(crate) own: bool,
    /// For each kind of part, the titles that name it.
    pub(crate) headings: BTreeMap<&'static str, Vec<String>>,
    /// The same titles split into words, for matching.
    phrases: Vec<(&'static str, Phrase)>,
    /// For each month (index 0 is January), its forms.
    pub(crate) months: Vec<Vec<String>>,
    /// The words for an open end.
    pub(crate) present: Vec<String>,
    pub(crate) photo: Photo,
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(normal).filter(|item| !item.is_empty()).collect()
}

impl Words {
    /// The words of `lang`.
    pub(crate) fn of(lang: Lang) -> Words {
        let own = crate::lang::locale::file(lang).is_some();
        let locale = Locale::of(lang);
        let mut headings: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
        for part in PARTS {
            let mut args = FluentArgs::new();
            args.set("part", *part);
            headings.insert(part, list(&locale.format("ats-headings", &args)));
        }
        for (label, part) in LABELS {
            let word = normal(&locale.message(label));
            let titles = headings.entry(part).or_default();
            if !word.is_empty() && !titles.contains(&word) {
                titles.push(word);
            }
        }
        let months = (1..=12u32)
            .map(|month| {
                let mut args = FluentArgs::new();
                args.set("month", month);
                let mut forms = list(&locale.format("ats-months", &args));
                for message in ["month", "month_genitive"] {
                    let form = normal(&locale.format(message, &args));
                    if !form.is_empty() && !forms.contains(&form) {
                        forms.push(form);
                    }
                }
                forms
            })
            .collect();
        let mut present = list(&locale.format("ats-present", &FluentArgs::new()));
        let label = normal(&locale.message("present"));
        if !present.contains(&label) {
            present.insert(0, label);
        }
        // Longest first, so that «по настоящее время» wins over «настоящее время».
        present.sort_by_key(|word| std::cmp::Reverse(word.chars().count()));
        let photo = match locale.format("ats-photo", &FluentArgs::new()).trim() {
            "omitted" => Photo::Omitted,
            "optional" => Photo::Optional,
            _ => Photo::Usual,
        };
        let phrases = headings
            .iter()
            .flat_map(|(part, titles)| titles.iter().map(move |title| (*part, Phrase::of(title))))
            .collect();
        Words { lang: lang.code().to_owned(), own, headings, phrases, months, present, photo }
    }

    /// The kinds of part a title names, by the words it contains.
    pub(crate) fn parts_of(&self, title: &str) -> Vec<&'static str> {
        self.parts_of_normal(&normal(title))
    }

    /// [`Words::parts_of`] for a title already normalised.
    pub(crate) fn parts_of_normal(&self, title: &str) -> Vec<&'static str> {
        let words = split(title);
        let mut parts: Vec<&'static str> = Vec::new();
        for (part, phrase) in &self.phrases {
            if !parts.contains(part) && phrase.held_by(title, &words) {
                parts.push(part);
            }
        }
        parts
    }

    /// Whether a normalised text is one of the titles, exactly.
    pub(crate) fn is_title(&self, text: &str) -> bool {
        self.headings.values().flatten().any(|phrase| phrase == text)
    }

    /// The month a number and the word after it name together, as the
    /// language writes months («11월», «11月»): one of the month's forms
    /// made of digits and a word, the number with or without a leading zero.
    pub(crate) fn numbered_month(&self, digits: &str, word: &str) -> Option<u32> {
        let number = digits.trim_start_matches('0');
        let forms = [normal(&format!("{digits}{word}")), normal(&format!("{number}{word}"))];
        self.months.iter().position(|known| forms.iter().any(|form| known.contains(form))).map(|index| index as u32 + 1)
    }

    /// The month (1–12) a word names: one of its forms, or a prefix of
    /// three or more letters of one (`Sept`, `нояб.`).
    pub(crate) fn month(&self, word: &str) -> Option<u32> {
        let word = normal(word.trim_end_matches('.'));
        if word.is_empty() {
            return None;
        }
        let exact = self.months.iter().position(|forms| forms.contains(&word));
        let prefix = || {
            (word.chars().count() >= 3)
                .then(|| self.months.iter().position(|forms| forms.iter().any(|form| form.starts_with(&word))))
                .flatten()
        };
        exact.or_else(prefix).map(|index| index as u32 + 1)
    }
}

/// The words of a normalised text: letters, digits, apostrophes and hyphens.
fn split(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c == '\'' || c == '-' || super::reading::is_word_char(c)))
        .filter(|word| !word.is_empty())
        .collect()
}

/// A title as a parser matches it.
#[derive(Debug, Clone)]
struct Phrase {
    text: String,
    /// Each word's stem: the whole of a word of up to four letters, else all
    /// but its last two letters (at least four).
    stems: Vec<(String, usize)>,
    /// Written in a script without spaces between words (Han, kana).
    unspaced: bool,
}

impl Phrase {
    fn of(text: &str) -> Phrase {
        let unspaced = text.chars().any(|c| c.is_alphanumeric() && !super::reading::is_word_char(c));
        let stems = split(text)
            .into_iter()
            .map(|word| {
                let length = word.chars().count();
                let stem = if length <= 4 { word.to_owned() } else { word.chars().take((length - 2).max(4)).collect() };
                (stem, length)
            })
            .collect();
        Phrase { text: text.to_owned(), stems, unspaced }
    }

    /// Whether a title holds the phrase, each of its words in any ending: a
    /// parser of an inflected language matches stems («Примеры проектов»
    /// holds «проекты»). Words of up to four letters must match whole.
    fn held_by(&self, title: &str, words: &[&str]) -> bool {
        if self.unspaced {
            return title.contains(&self.text);
        }
        if self.stems.is_empty() || words.len() < self.stems.len() {
            return false;
        }
        words.windows(self.stems.len()).any(|window| {
            window.iter().zip(&self.stems).all(|(word, (stem, length))| {
                if *length <= 4 {
                    word == stem
                } else {
                    word.starts_with(stem.as_str()) && word.chars().count() <= length + 3
                }
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(code: &str) -> Words {
        Words::of(Lang::parse(code).unwrap())
    }

    #[test]
    fn every_language_has_titles_for_every_part_months_and_an_open_end() {
        for code in crate::lang::locale::codes() {
            let words = words(code);
            assert!(words.own, "{code}");
            for part in PARTS {
                assert!(!words.headings[part].is_empty(), "{code}: no titles for {part}");
            }
            assert_eq!(words.months.len(), 12);
            for (index, forms) in words.months.iter().enumerate() {
                assert!(!forms.is_empty(), "{code}: month {}", index + 1);
                for form in forms {
                    // Every form reads back as its own month, none as another.
                    assert_eq!(words.month(form), Some(index as u32 + 1), "{code}: {form:?}");
                }
            }
            assert!(!words.present.is_empty(), "{code}");
        }
    }

    #[test]
    fn titles_months_and_the_open_end_come_from_the_language_file() {
        let russian = words("ru");
        assert_eq!(russian.parts_of("Опыт работы 31 год 7 месяцев"), ["experience"]);
        assert_eq!(russian.parts_of("Ключевые навыки"), ["skills"]);
        assert_eq!(russian.parts_of("Высшее образование"), ["education"]);
        assert_eq!(russian.parts_of("Примеры проектов"), ["projects"]);
        assert!(russian.parts_of("Мой выбор").is_empty());
        assert_eq!(russian.month("ноября"), Some(11));
        assert_eq!(russian.month("Нояб."), Some(11));
        assert_eq!(russian.month("Май"), Some(5));
        assert!(russian.present.contains(&"по настоящее время".to_owned()));
        let german = words("de");
        assert_eq!(german.parts_of("Beruflicher Werdegang"), ["experience"]);
        assert_eq!(german.month("März"), Some(3));
        assert_eq!(german.month("Marketing"), None);
        assert_eq!(german.photo, Photo::Usual);
        assert_eq!(words("en").photo, Photo::Omitted);
        assert_eq!(words("en").month("Sept"), Some(9));
        // A language without a file reads with English words.
        let hungarian = words("hu");
        assert!(!hungarian.own);
        assert_eq!(hungarian.parts_of("Experience"), ["experience"]);
    }
}

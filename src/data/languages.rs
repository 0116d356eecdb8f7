//! The languages of a CV: which languages a file
//! declares (`lang: uk`, or `langs: [ru, en]` for a file that holds several),
//! which one a render picks (`--lang`), and the fallback warnings for texts
//! that lack the picked language.
//!
//! The declaration is read by a cheap first pass over the YAML, before the
//! model is deserialised, because the model's text fields pick their
//! language while they are read (see [`super::text`]).

use std::collections::BTreeMap;

use super::positions::Locations;
use crate::error::Message;
pub use crate::lang::{Lang, Langs};

/// The languages of one load: those the file declares (the first is the
/// default, which every text must have) and the one picked for this render.

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Choice {
    pub(crate) chosen: Lang,
    pub(crate) declared: Langs,
}

impl Default for Choice {
    fn default() -> Choice {
        Choice { chosen: Lang::RU, declared: vec![Lang::RU].into() }
    }
}

impl Choice {
    /// The language every text must have, which others fall back to.
    pub(crate) fn default_lang(&self) -> Lang {
        self.declared.first().copied().unwrap_or_default()
    }

    /// The declared languages, as the messages list them: `ru, en`.
    pub(crate) fn declared_list(&self) -> String {
        self.declared.iter().map(Lang::code).collect::<Vec<_>>().join(", ")
    }

    /// A key of a language map: a declared language, or why it is not.
    pub(crate) fn key(&self, key: &str) -> Result<Lang, String> {
        let lang = Lang::parse(key).map_err(|_| {
            format!(
                "`{key}` is not a language code; a map here gives the text in each language, \
                 such as `{{{}: …}}`",
                self.default_lang()
            )
        })?;
        if self.declared.declares(&lang) {
            return Ok(lang);
        }
        Err(if self.declared.len() == 1 {
            format!(
                "`{lang}` is not the language of this CV, which is `{}`\n\
                 hint: a CV in several languages lists them at the top, the default first: `langs: [{}, {lang}]`",
                self.default_lang(),
                self.default_lang()
            )
        } else {
            format!(
                "`{lang}` is not one of this CV's languages ({})\nhint: add it to `langs:` at the top of the file",
                self.declared_list()
            )
        })
    }
}

/// The top-level keys that declare languages, read before the model.
struct Head<'a> {
    lang: Option<&'a serde_yaml::Value>,
    langs: Option<&'a serde_yaml::Value>,
}

/// A problem with the declared or requested languages, at a top-level field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChoiceProblem {
    pub(crate) field: String,
    pub(crate) message: Message,
}

/// Reads which languages the parsed file `document` declares and picks
/// `requested` among them (the default when `None`). A declaration of
/// another shape than text or a list of text is left to the model's own
/// deserialisation to report, at its exact position; this pass then assumes
/// the default.
pub(crate) fn choose(document: &serde_yaml::Value, requested: Option<&str>) -> Result<Choice, ChoiceProblem> {
    choose_from(Some(Head { lang: document.get("lang"), langs: document.get("langs") }), requested)
}

fn choose_from(head: Option<Head>, requested: Option<&str>) -> Result<Choice, ChoiceProblem> {
    // A code that is text but no language is reported here, before a
    // language map above it could be blamed; other shapes are left to the model.
    let parse = |value: &serde_yaml::Value, field: String| match value.as_str().map(Lang::parse) {
        Some(Ok(lang)) => Ok(Some(lang)),
        Some(Err(message)) => Err(ChoiceProblem { field, message: message.into() }),
        None => Ok(None),
    };
    let (lang, langs) = match &head {
        Some(head) => (head.lang, head.langs),
        None => (None, None),
    };
    let declared = match (lang, langs) {
        (Some(_), Some(_)) => {
            return Err(ChoiceProblem {
                field: "langs".into(),
                message: Message::new(
                    "give either `lang:` (a CV in one language) or `langs:` (a CV in several), not both",
                ),
            });
        }
        (None, Some(serde_yaml::Value::Sequence(list))) if list.is_empty() => {
            return Err(ChoiceProblem {
                field: "langs".into(),
                message: Message::new("`langs:` lists no language; give at least one, the default first"),
            });
        }
        (None, Some(serde_yaml::Value::Sequence(list))) => {
            let mut parsed = Vec::new();
            for (index, value) in list.iter().enumerate() {
                parsed.push(parse(value, format!("langs[{index}]"))?);
            }
            let parsed: Option<Vec<Lang>> = parsed.into_iter().collect();
            let declared = parsed.unwrap_or_else(|| vec![Lang::RU]);
            let mut seen = std::collections::BTreeSet::new();
            if let Some(index) = declared.iter().position(|lang| !seen.insert(*lang)) {
                return Err(ChoiceProblem {
                    field: format!("langs[{index}]"),
                    message: format!("`{}` is listed twice", declared[index]).into(),
                });
            }
            declared
        }
        (Some(value), None) => vec![parse(value, "lang".into())?.unwrap_or_default()],
        _ => vec![Lang::RU],
    };
    let chosen = match requested {
        None => declared[0],
        Some(code) => {
            let field = if langs.is_some() { "langs" } else { "lang" }.to_owned();
            let lang = Lang::parse(code)
                .map_err(|why| ChoiceProblem { field: field.clone(), message: format!("--lang: {why}").into() })?;
            if !declared.contains(&lang) {
                let list = declared.iter().map(|lang| format!("`{lang}`")).collect::<Vec<_>>().join(", ");
                let message = if langs.is_some() {
                    Message::new(format!("--lang {lang}: this CV is written in {list}"))
                        .hint(format!("add `{lang}` to `langs:` to write it in that language too"))
                } else {
                    Message::new(format!("--lang {lang}: this CV is written in {list} only"))
                        .hint(format!("a CV in several languages lists them: `langs: [{}, {lang}]`", declared[0]))
                };
                return Err(ChoiceProblem { field, message });
            }
            lang
        }
    };
    Ok(Choice { chosen, declared: declared.into() })
}

/// A text that lacks the chosen language and shows the default one.
/// The language maps of a file (by path, with their languages): the maps
/// whose keys are all languages it declares. The same for every language
/// the file is read in, so worked out once.
#[derive(Debug, Default)]
pub(crate) struct LanguageMaps(BTreeMap<String, Vec<Lang>>);

impl LanguageMaps {
    pub(crate) fn of(locations: &Locations, declared: &[Lang]) -> LanguageMaps {
        let declared: std::collections::BTreeSet<Lang> = declared.iter().copied().collect();
        LanguageMaps(
            locations
                .maps()
                .filter(|(path, _)| !path.is_empty())
                .filter_map(|(path, keys)| {
                    let langs: Option<Vec<Lang>> =
                        keys.iter().map(|key| Lang::parse(key).ok().filter(|lang| declared.contains(lang))).collect();
                    langs.filter(|langs| !langs.is_empty()).map(|langs| (path.to_owned(), langs))
                })
                .collect(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fallback {
    pub(crate) field: String,
    pub(crate) at: Option<(usize, usize)>,
    pub(crate) message: String,
}

/// Every language map of the text that the chosen language reads but that
/// has no text in it, in the order of the file. A language map is a mapping
/// whose keys are all declared languages, which is how the model's
/// deserialisation tells one apart too; maps inside a language the render
/// does not read are skipped.
pub(crate) fn fallbacks(locations: &Locations, choice: &Choice, maps: &LanguageMaps) -> Vec<Fallback> {
    if choice.declared.len() < 2 {
        return Vec::new();
    }
    let language_maps = &maps.0;
    // The key each language map is read through.
    let used = |langs: &[Lang]| if langs.contains(&choice.chosen) { choice.chosen } else { choice.default_lang() };
    // Whether the render reads `path`: every language map above it is
    // entered through the key the render uses. Only the path's own
    // ancestors are looked up, so a file of many maps stays quick.
    let read = |path: &str| {
        let mut end = path.len();
        while let Some(cut) = path[..end].rfind(['.', '[']) {
            if let (Some(langs), Some(below)) = (language_maps.get(&path[..cut]), path[cut..].strip_prefix('.')) {
                let key = below.split(['.', '[']).next().unwrap_or_default();
                if Lang::parse(key).ok() != Some(used(langs)) {
                    return false;
                }
            }
            end = cut;
        }
        true
    };
    let mut found: Vec<Fallback> = language_maps
        .iter()
        .filter(|(path, langs)| !langs.contains(&choice.chosen) && langs.contains(&choice.default_lang()) && read(path))
        .map(|(path, _)| Fallback {
            field: (*path).to_owned(),
            at: locations.find(path),
            message: format!("no `{}` text; the `{}` text is used instead", choice.chosen, choice.default_lang()),
        })
        .collect();
    found.sort_by_key(|fallback| fallback.at);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Lang {
        Lang::parse("en").unwrap()
    }

    #[test]
    fn codes_are_read_in_canonical_form_and_checked_against_cldr() {
        assert_eq!(Lang::parse("ru").unwrap(), Lang::RU);
        assert_eq!(Lang::parse("EN").unwrap().code(), "en");
        assert_eq!(Lang::parse("sr-latn").unwrap().code(), "sr-Latn");
        assert_eq!(Lang::parse("sr-Latn").unwrap().language(), "sr");
        // Romanian has no language file, but CLDR knows its plurals.
        assert_eq!(Lang::parse("ro").unwrap().code(), "ro");
        assert!(Lang::parse("russian").unwrap_err().contains("is not a language"));
        assert!(Lang::parse("ru_RU!").unwrap_err().contains("expected a language code"));
        assert!(Lang::parse("xx").unwrap_err().contains("plural rules"));
        assert!(Lang::parse("").is_err());
        assert!(Lang::parse("und").is_err());
    }

    #[test]
    fn the_declaration_and_the_request_make_the_choice() {
        let choose = |text: &str, requested| choose(&serde_yaml::from_str(text).unwrap(), requested);
        let two = "langs: [ru, en]\nheadline: x\n";
        assert_eq!(choose(two, None).unwrap(), Choice { chosen: Lang::RU, declared: vec![Lang::RU, en()].into() });
        assert_eq!(choose(two, Some("en")).unwrap().chosen, en());
        let refused = choose(two, Some("de")).unwrap_err();
        assert_eq!(refused.field, "langs");
        assert!(refused.message.text.starts_with("--lang de: this CV is written in `ru`, `en`"), "{refused:?}");
        let one = "lang: uk\n";
        assert_eq!(choose(one, None).unwrap().declared, vec![Lang::parse("uk").unwrap()]);
        assert_eq!(choose(one, Some("en")).unwrap_err().field, "lang");
        assert_eq!(choose("headline: x\n", None).unwrap(), Choice::default());
        assert!(choose("lang: ru\nlangs: [ru]\n", None).unwrap_err().message.text.contains("not both"));
        assert!(choose("langs: []\n", None).unwrap_err().message.text.contains("no language"));
        let twice = choose("langs: [ru, en, ru]\n", None).unwrap_err();
        assert_eq!((twice.field.as_str(), twice.message.text.as_str()), ("langs[2]", "`ru` is listed twice"));
        // A code that is no language is reported at its item; another shape
        // is left for the model to report at its line.
        let unknown = choose("headline: {xx: a}\nlangs: [ru, xx]\n", None).unwrap_err();
        assert_eq!(unknown.field, "langs[1]");
        assert!(unknown.message.text.contains("`xx` is not a language"), "{unknown:?}");
        assert_eq!(choose("lang: russian\n", None).unwrap_err().field, "lang");
        assert_eq!(choose("langs: [ru, 12]\n", None).unwrap(), Choice::default());
        // Block sequences, comments and other keys around the declaration.
        let block = "# CV\nupdated: x\nlangs:\n- ru   # default\n- en\nabout:\n  - langs: [de]\n";
        assert_eq!(choose(block, Some("en")).unwrap().declared, vec![Lang::RU, en()]);
        // A top level in flow style is read whole.
        assert_eq!(choose("{updated: x, langs: [ru, en]}", None).unwrap().declared, vec![Lang::RU, en()]);
    }

    #[test]
    fn keys_must_be_declared_languages() {
        let choice = Choice { chosen: en(), declared: vec![Lang::RU, en()].into() };
        assert_eq!(choice.key("en"), Ok(en()));
        assert!(choice.key("de").unwrap_err().starts_with("`de` is not one of this CV's languages (ru, en)"));
        assert!(choice.key("name").unwrap_err().contains("not a language code"));
        let single = Choice::default();
        assert!(single.key("en").unwrap_err().contains("`langs: [ru, en]`"));
    }

    #[test]
    fn fallbacks_are_the_maps_the_chosen_language_reads_without_its_text() {
        let text = "\
langs: [ru, en]
headline: {ru: Архитектор, en: Architect}
salary: {ru: много}
about:
  ru:
    - {ru: только русский}
  en:
    - {ru: абзац}
person:
  name: Иван
";
        let locations = Locations::of(text);
        let english = Choice { chosen: en(), declared: vec![Lang::RU, en()].into() };
        let found = fallbacks(&locations, &english, &LanguageMaps::of(&locations, &english.declared));
        let fields: Vec<(&str, Option<(usize, usize)>)> =
            found.iter().map(|fallback| (fallback.field.as_str(), fallback.at)).collect();
        // about.ru is not read in English, so its inner map is no fallback.
        assert_eq!(fields, [("salary", Some((3, 1))), ("about.en[0]", Some((8, 8)))]);
        assert_eq!(found[0].message, "no `en` text; the `ru` text is used instead");
        let russian = Choice { chosen: Lang::RU, ..english };
        assert!(fallbacks(&locations, &russian, &LanguageMaps::of(&locations, &russian.declared)).is_empty());
    }
}

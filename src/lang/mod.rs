//! Languages, below everything that reads a CV: the [`Lang`] code type, and
//! the words of each language from the language files `locales/*.ftl`
//! ([`locale`]): labels, month names, plural forms, dates, the language's
//! facts (its Open Graph locale, say). The data layer reads codes and checks
//! `labels:` with them; the contract makes every phrase a reader sees with
//! them; nothing else words anything.

use std::fmt;
use std::str::FromStr;

use intl_pluralrules::{PluralRuleType, PluralRules};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use unic_langid::LanguageIdentifier;

pub(crate) mod labels;
pub(crate) mod locale;

pub(crate) use labels::Labels;
pub(crate) use locale::Locale;

/// The longest code a [`Lang`] holds, such as `sr-Latn-RS` (10 bytes).
const MAX_CODE: usize = 15;

/// A language, by its BCP 47 code in canonical form: `ru`, `en`, `sr-Latn`.
/// Only languages whose plural rules CLDR knows are accepted, since every
/// duration and age needs them. It is `Copy`, so it passes around like the
/// enum it replaced.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang {
    bytes: [u8; MAX_CODE],
    len: u8,
}

impl Lang {
    /// Russian, the language of a CV that names none.
    pub const RU: Lang = Lang::from_ascii(b"ru");
    /// English.
    pub const EN: Lang = Lang::from_ascii(b"en");

    const fn from_ascii(code: &[u8]) -> Lang {
        let mut bytes = [0; MAX_CODE];
        let mut index = 0;
        while index < code.len() {
            bytes[index] = code[index];
            index += 1;
        }
        Lang { bytes, len: code.len() as u8 }
    }

    /// Reads a language code, or says why it is not one cvpdf can use.
    /// Looking plural rules up is slow and a file with many languages names
    /// each code many times (in `langs:` and in every language map), so
    /// every answer is remembered.
    pub fn parse(text: &str) -> Result<Lang, String> {
        thread_local! {
            static PARSED: std::cell::RefCell<std::collections::BTreeMap<String, Result<Lang, String>>> =
                const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
        }
        if let Some(known) = PARSED.with_borrow(|parsed| parsed.get(text).cloned()) {
            return known;
        }
        let parsed = Lang::parse_uncached(text);
        PARSED.with_borrow_mut(|cache| {
            // Bounded: what a hostile file names is forgotten, not hoarded.
            if cache.len() >= 100_000 {
                cache.clear();
            }
            cache.insert(text.to_owned(), parsed.clone());
        });
        parsed
    }

    fn parse_uncached(text: &str) -> Result<Lang, String> {
        let expected = || format!("expected a language code such as {}, found {text:?}", known_list());
        let identifier = LanguageIdentifier::from_str(text.trim()).map_err(|_| expected())?;
        let code = identifier.to_string();
        if code == "und" || code.len() > MAX_CODE {
            return Err(expected());
        }
        if PluralRules::create(language_only(&identifier), PluralRuleType::CARDINAL).is_err() {
            return Err(format!(
                "`{code}` is not a language whose plural rules cvpdf knows; the languages with labels and grammar are {}",
                known_list()
            ));
        }
        Ok(Lang::from_ascii(code.as_bytes()))
    }

    /// The canonical code, e.g. `sr-Latn`.
    pub fn code(&self) -> &str {
        // Only ASCII codes from `to_string` of a language identifier get here.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("und")
    }

    /// The language subtag alone (`sr` of `sr-Latn`): what Typst's
    /// `text(lang:)` takes, and what plural rules are looked up by.
    pub fn language(&self) -> &str {
        self.code().split('-').next().unwrap_or_default()
    }

    /// The code as the identifier the Fluent bundle and the plural rules take:
    /// the language alone, since CLDR's plural rules are per language.
    pub(crate) fn plural_identifier(&self) -> LanguageIdentifier {
        LanguageIdentifier::from_str(self.language()).unwrap_or_default()
    }
}

fn language_only(identifier: &LanguageIdentifier) -> LanguageIdentifier {
    LanguageIdentifier::from_parts(identifier.language, None, None, &[])
}

/// The languages that have a language file, quoted: `` `be`, `de`, … ``.
pub(crate) fn known_list() -> String {
    locale::codes().map(|code| format!("`{code}`")).collect::<Vec<_>>().join(", ")
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::RU
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LangVisitor;

        impl Visitor<'_> for LangVisitor {
            type Value = Lang;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a language code such as `ru` or `en`")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Lang, E> {
                Lang::parse(text).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(LangVisitor)
    }
}

impl JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = locale::codes().collect();
        json_schema!({
            "description": format!(
                "A language code. These have labels and grammar of their own: {}; another language \
                 takes its words from `labels:`, and English for what `labels:` leaves out.",
                codes.join(", ")
            ),
            "anyOf": [
                { "enum": codes },
                { "type": "string", "pattern": LANG_PATTERN },
            ],
        })
    }
}

/// The languages a CV declares, in their order, shared rather than copied:
/// every language a file is read in, and every text of it, refers to the
/// same list, however long. Looking a language up is a binary search.
#[derive(Clone, Default)]
pub struct Langs {
    list: std::sync::Arc<[Lang]>,
    sorted: std::sync::Arc<[Lang]>,
}

impl Langs {
    /// Whether `lang` is one of them.
    pub fn declares(&self, lang: &Lang) -> bool {
        self.sorted.binary_search(lang).is_ok()
    }
}

impl From<Vec<Lang>> for Langs {
    fn from(list: Vec<Lang>) -> Langs {
        let mut sorted = list.clone();
        sorted.sort();
        Langs { list: list.into(), sorted: sorted.into() }
    }
}

impl std::ops::Deref for Langs {
    type Target = [Lang];

    fn deref(&self) -> &[Lang] {
        &self.list
    }
}

impl PartialEq for Langs {
    fn eq(&self, other: &Langs) -> bool {
        self.list == other.list
    }
}

impl Eq for Langs {}

impl PartialEq<Vec<Lang>> for Langs {
    fn eq(&self, other: &Vec<Lang>) -> bool {
        *self.list == other[..]
    }
}

impl fmt::Debug for Langs {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.list.iter()).finish()
    }
}

impl<'de> Deserialize<'de> for Langs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Lang>::deserialize(deserializer).map(Langs::from)
    }
}

impl JsonSchema for Langs {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Vec<Lang>>::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        <Vec<Lang>>::json_schema(generator)
    }
}

/// The form of a language code, for the schema.
pub(crate) const LANG_PATTERN: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

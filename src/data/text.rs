//! Text that may be written once for every language or once per language.
//!
//! Any text field takes a plain string (the same in every language) or a
//! map from language to text, `{ru: Архитектор, en: Architect}`; any list
//! takes a list or a map from language to list. [`Text`] and [`Localized`]
//! pick the render's language while the YAML is deserialised, so the model
//! holds only that language's values and every later step stays as simple
//! as for a one-language file. Errors keep their exact file position,
//! because the values are read straight from serde_yaml through
//! serde_path_to_error.
//!
//! Which language to pick is set for the deserialisation with
//! [`with_choice`]; without it a file is Russian only.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::value::SeqAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};

use super::languages::{Choice, Lang};
use crate::lang::LANG_PATTERN;

thread_local! {
    /// Shared, not cloned per text: a CV may declare thousands of languages.
    static CHOICE: RefCell<Option<std::rc::Rc<Choice>>> = const { RefCell::new(None) };
}

/// Runs `read` (a deserialisation) with `choice` as the languages that
/// language maps are checked against and picked from.
pub(crate) fn with_choice<R>(choice: Choice, read: impl FnOnce() -> R) -> R {
    struct Restore(Option<std::rc::Rc<Choice>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CHOICE.set(self.0.take());
        }
    }
    let _restore = Restore(CHOICE.replace(Some(std::rc::Rc::new(choice))));
    read()
}

fn current() -> std::rc::Rc<Choice> {
    CHOICE.with_borrow(|choice| choice.clone()).unwrap_or_default()
}

/// Text in the chosen language: inline Markdown, as the user wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(String);

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(text.to_owned())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Reads a text scalar, and with `maps` also a language map of them.
struct TextVisitor {
    maps: bool,
}

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.maps {
            f.write_str("a string, or a map from language to string such as `{ru: …, en: …}`")
        } else {
            f.write_str("a string")
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text(text))
    }

    // A plain scalar that looks like a number or a boolean is still text
    // here: `salary: 300000` means the characters.
    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Text, E> {
        Ok(Text(value.to_string()))
    }

    /// An empty value is empty text, which the checks of required fields catch.
    fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text::default())
    }

    fn visit_none<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text::default())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
        if !self.maps {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        select::<A, ScalarText>(map, None).map(|text| text.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor { maps: true })
    }
}

/// The text of one language inside a language map: a scalar only.
struct ScalarText(Text);

impl<'de> Deserialize<'de> for ScalarText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor { maps: false }).map(ScalarText)
    }
}

/// Picks the chosen language's value from a language map, or the default
/// language's when the chosen one is missing (the load warns about that
/// separately, with the field's line). Every value is read, so a mistake in
/// a language the render does not use is still an error. `first` is a key
/// the caller has read already, to tell the map from another kind of map.
pub(crate) fn select<'de, A, T>(mut map: A, first: Option<String>) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    let choice = current();
    let mut pending = first;
    let mut seen = std::collections::BTreeSet::new();
    let (mut chosen, mut default) = (None, None);
    loop {
        let lang = match pending.take() {
            Some(key) => choice.key(&key).map_err(de::Error::custom)?,
            None => match map.next_key::<LangKey>()? {
                Some(LangKey(lang)) => lang,
                None => break,
            },
        };
        if !seen.insert(lang) {
            return Err(de::Error::custom(format!("`{lang}` is given twice")));
        }
        let value: T = map.next_value()?;
        if lang == choice.chosen {
            chosen = Some(value);
        } else if lang == choice.default_lang() {
            default = Some(value);
        }
    }
    // The default language is complete, so every render has a text to fall back on.
    match chosen.or(default) {
        Some(value) if seen.contains(&choice.default_lang()) => Ok(value),
        _ => Err(de::Error::custom(format!(
            "no `{}` text; `{}` is this CV's default language, so every text needs it\n\
             hint: the default language is the first of `langs:`",
            choice.default_lang(),
            choice.default_lang()
        ))),
    }
}

/// A key of a language map, checked against the declared languages while it
/// is read, so an error points at the key itself.
struct LangKey(Lang);

impl<'de> Deserialize<'de> for LangKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = LangKey;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a language code")
            }

            // Checked inside the visitor, so serde_yaml puts the key's own
            // position on the error.
            fn visit_str<E: de::Error>(self, key: &str) -> Result<LangKey, E> {
                current().key(key).map(LangKey).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Whether a key of a map that may be a language map is a language code: a
/// block or an item whose first key is neither its own kind nor a language
/// gets the usual unknown-key error with its suggestion.
pub(crate) fn is_language_key(key: &str) -> bool {
    Lang::parse(key).is_ok()
}

/// A value that may be given per language: a list such as `about:` either as
/// it is, or as `{ru: [...], en: [...]}`. It reads as the chosen language's
/// value (`Deref`), so code that used the plain value does not change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Localized<T>(pub T);

impl<T> Deref for Localized<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Localized<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T> From<T> for Localized<T> {
    fn from(value: T) -> Localized<T> {
        Localized(value)
    }
}

impl<'a, T> IntoIterator for &'a Localized<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'de, T: Deserialize<'de> + Default> Deserialize<'de> for Localized<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalizedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for LocalizedVisitor<T> {
            type Value = T;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a sequence, or a map from language to sequence such as `{ru: […], en: […]}`")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
                T::deserialize(SeqAccessDeserializer::new(seq))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                select(map, None)
            }

            /// An empty value is an empty list, as serde_yaml reads one.
            fn visit_unit<E: de::Error>(self) -> Result<T, E> {
                Ok(T::default())
            }

            fn visit_none<E: de::Error>(self) -> Result<T, E> {
                Ok(T::default())
            }

            // Anything else gets the plain value's own error.
            fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
                T::deserialize(text.into_deserializer())
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
                T::deserialize(value.into_deserializer())
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
                T::deserialize(value.into_deserializer())
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
                T::deserialize(value.into_deserializer())
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
                T::deserialize(value.into_deserializer())
            }
        }

        deserializer.deserialize_any(LocalizedVisitor(PhantomData)).map(Localized)
    }
}

/// Reads a map that is either a language map or the value's own kind of
/// map (a block's `{list: …}`, an item's `{text: …}`), told apart by its
/// first key: `own` reads the rest of an own map given that first key.
pub(crate) fn own_or_language_map<'de, A, T>(
    mut map: A,
    is_own: impl Fn(&str) -> bool,
    own: impl FnOnce(String, A) -> Result<T, A::Error>,
) -> Result<Option<T>, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    let Some(first) = map.next_key::<String>()? else { return Ok(None) };
    if is_own(&first) || !is_language_key(&first) {
        return own(first, map).map(Some);
    }
    select(map, Some(first)).map(Some)
}

// JSON Schema: both forms, so editors accept and complete either.

/// `{lang: value}` with language codes as keys.
pub(crate) fn language_map(value: Schema, description: &str) -> Schema {
    json_schema!({
        "type": "object",
        "description": description,
        "propertyNames": { "pattern": LANG_PATTERN },
        "additionalProperties": value,
        "minProperties": 1,
    })
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    // Inline, so each field's own description stays beside its schema.
    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "string" },
                language_map(json_schema!({ "type": "string" }), "The text in each language: `{ru: …, en: …}`."),
            ],
        })
    }
}

impl<T: JsonSchema> JsonSchema for Localized<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Localized_{}", T::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [
                value.clone(),
                language_map(value, "The value in each language: `{ru: …, en: …}`."),
            ],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Lang {
        Lang::parse("en").unwrap()
    }

    fn read<T: for<'de> Deserialize<'de>>(choice: Choice, yaml: &str) -> Result<T, String> {
        with_choice(choice, || serde_yaml::from_str(yaml).map_err(|error| error.to_string()))
    }

    fn ru_en(chosen: Lang) -> Choice {
        Choice { chosen, declared: vec![Lang::RU, en()].into() }
    }

    #[test]
    fn text_is_a_string_or_a_language_map() {
        assert_eq!(read::<Text>(ru_en(en()), "Архитектор").unwrap(), "Архитектор");
        assert_eq!(read::<Text>(ru_en(en()), "{ru: Архитектор, en: Architect}").unwrap(), "Architect");
        assert_eq!(read::<Text>(ru_en(Lang::RU), "{ru: Архитектор, en: Architect}").unwrap(), "Архитектор");
        // Missing in English: the default language's text.
        assert_eq!(read::<Text>(ru_en(en()), "{ru: Архитектор}").unwrap(), "Архитектор");
        assert_eq!(read::<Text>(ru_en(Lang::RU), "300000").unwrap(), "300000");
    }

    #[test]
    fn language_maps_are_checked() {
        let undeclared = read::<Text>(ru_en(Lang::RU), "{ru: a, de: b}").unwrap_err();
        assert!(undeclared.contains("`de` is not one of this CV's languages (ru, en)"), "{undeclared}");
        let no_default = read::<Text>(ru_en(en()), "{en: a}").unwrap_err();
        assert!(no_default.contains("no `ru` text"), "{no_default}");
        let twice = read::<Text>(ru_en(Lang::RU), "{ru: a, RU: b}").unwrap_err();
        assert!(twice.contains("`ru` is given twice"), "{twice}");
        let nested = read::<Text>(ru_en(Lang::RU), "{ru: {en: a}}").unwrap_err();
        assert!(nested.contains("expected a string"), "{nested}");
        let single = read::<Text>(Choice::default(), "{ru: a, en: b}").unwrap_err();
        assert!(single.contains("`langs: [ru, en]`"), "{single}");
    }

    #[test]
    fn lists_are_a_list_or_a_language_map_of_lists() {
        let yaml = "{ru: [один, два], en: [one]}";
        assert_eq!(read::<Localized<Vec<Text>>>(ru_en(en()), yaml).unwrap().0, vec![Text::from("one")]);
        assert_eq!(read::<Localized<Vec<Text>>>(ru_en(Lang::RU), yaml).unwrap().len(), 2);
        let mixed = "[{ru: один, en: one}, два]";
        let english: Vec<Text> = read::<Localized<Vec<Text>>>(ru_en(en()), mixed).unwrap().0;
        assert_eq!(english, vec![Text::from("one"), Text::from("два")]);
        assert!(read::<Localized<Vec<Text>>>(ru_en(Lang::RU), "").unwrap().is_empty());
        let wrong = read::<Localized<Vec<Text>>>(ru_en(Lang::RU), "just text").unwrap_err();
        assert!(wrong.contains("expected a sequence"), "{wrong}");
    }
}

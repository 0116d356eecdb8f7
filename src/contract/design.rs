//! The design a render uses: the data's `design:` choices resolved against
//! the options the chosen template declares, and applied to the contract.
//!
//! Resolving checks every choice (an error at the data's line, with the
//! nearest valid name; a warning for an option only another built-in
//! offers) and fills in the defaults, so the template receives final values
//! in `cv.design`. Hidden personal details are left out here, before any
//! template sees the data, and dates of periods are rewritten in digits
//! when `date_style` is `numeric`.

use std::borrow::Cow;

use serde_json::Value as Json;

use super::wording::DateStyle;
use crate::data::design::{Declaration, DefaultValue, check};
use crate::data::load::Loaded;

use crate::data::model::Cv;
use crate::error::{Error, Message};
use crate::suggest;

/// The design a render uses: every option of the template resolved to its
/// final value, and the warnings about options it does not offer.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// What the template receives as `cv.design`.
    pub values: serde_json::Map<String, Json>,
    /// The names in `hide`.
    pub hide: Vec<String>,
    pub date_style: DateStyle,
    /// Rendered warnings, one per line.
    pub warnings: Vec<String>,
}

impl Default for Resolved {
    fn default() -> Self {
        Resolved {
            values: serde_json::Map::new(),
            hide: Vec::new(),
            date_style: DateStyle::Words,
            warnings: Vec::new(),
        }
    }
}

impl Resolved {
    /// Resolves the data's `design:` against the options `declared` by the
    /// template called `template`. `offered` lists, for every built-in, the
    /// names of its options, for the warning about an option another
    /// built-in has.
    pub fn new(
        loaded: &Loaded,
        declared: &[Declaration],
        template: &str,
        offered: &[(&str, Vec<String>)],
    ) -> Result<Resolved, Error> {
        let design = &loaded.cv.design.0;
        let mut values = serde_json::Map::new();
        let mut warnings = Vec::new();
        for (name, value) in design {
            let field = format!("design.{name}");
            let Some(declaration) = declared.iter().find(|d| &d.name == name) else {
                let elsewhere: Vec<&str> =
                    offered.iter().filter(|(_, names)| names.contains(name)).map(|(template, _)| *template).collect();
                if !elsewhere.is_empty() {
                    let at = match loaded.location(&field) {
                        Some((line, column)) => format!("{}:{line}:{column}", loaded.path.display()),
                        None => loaded.path.display().to_string(),
                    };
                    warnings.push(format!(
                        "warning: {at}: {field}: the template `{template}` has no option `{name}` ({} has); it is ignored",
                        elsewhere.join(", ")
                    ));
                    continue;
                }
                let mut known: Vec<&str> = declared.iter().map(|d| d.name.as_str()).collect();
                for (_, names) in offered {
                    for name in names {
                        if !known.contains(&name.as_str()) {
                            known.push(name);
                        }
                    }
                }
                let message = Message::new(format!("no template has an option `{name}`"));
                let message = match suggest::did_you_mean(name, known) {
                    Some(hint) => message.hint(hint),
                    None => {
                        let own: Vec<&str> = declared.iter().map(|d| d.name.as_str()).collect();
                        message.hint(format!("`{template}` offers {}", own.join(", ")))
                    }
                };
                return Err(loaded.error_at(&field, message));
            };
            let resolved = check(&declaration.kind, value).map_err(|(index, message)| {
                let field = match index {
                    Some(index) => format!("{field}[{index}]"),
                    None => field.clone(),
                };
                loaded.error_at(&field, message)
            })?;
            values.insert(name.clone(), resolved);
        }
        // Defaults: values first, then those that follow another option.
        for declaration in declared {
            if values.contains_key(&declaration.name) {
                continue;
            }
            match &declaration.default {
                DefaultValue::Value(value) => {
                    values.insert(declaration.name.clone(), value.clone());
                }
                DefaultValue::None => {
                    values.insert(declaration.name.clone(), Json::Null);
                }
                DefaultValue::From(_) => {}
            }
        }
        for declaration in declared {
            if let DefaultValue::From(other) = &declaration.default
                && !values.contains_key(&declaration.name)
            {
                let value = values.get(other).cloned().unwrap_or(Json::Null);
                values.insert(declaration.name.clone(), value);
            }
        }
        let hide = values
            .get("hide")
            .and_then(Json::as_array)
            .map(|names| names.iter().filter_map(Json::as_str).map(str::to_owned).collect())
            .unwrap_or_default();
        let date_style = match values.get("date_style").and_then(Json::as_str) {
            Some("numeric") => DateStyle::Numeric,
            _ => DateStyle::Words,
        };
        Ok(Resolved { values, hide, date_style, warnings })
    }

    /// Whether `name` (one of [`HIDEABLE`]) is hidden.
    pub fn hides(&self, name: &str) -> bool {
        self.hide.iter().any(|hidden| hidden == name)
    }

    /// The font families the design names, with their fields.
    fn families(&self) -> Vec<(String, &str)> {
        self.values
            .iter()
            .filter_map(|(name, value)| {
                let family = value.as_object()?.get("family")?.as_str()?;
                Some((format!("design.{name}"), family))
            })
            .collect()
    }

    /// Checks that every font the design names is one of `available`
    /// (case-insensitive, as Typst matches families).
    pub fn check_fonts(&self, loaded: &Loaded, available: &[String]) -> Result<(), Error> {
        for (field, family) in self.families() {
            if available.iter().any(|known| known.eq_ignore_ascii_case(family)) {
                continue;
            }
            let names: Vec<&str> = available.iter().map(String::as_str).collect();
            let name = field.trim_start_matches("design.");
            if !loaded.cv.design.0.contains_key(name) {
                // Not the data's choice: the template's default (or one
                // following another option's default) names a missing face.
                return Err(Error::other(
                    Message::new(format!(
                        "the template's default for {field}, the font family {family:?}, is not available; the \
                         families are {}",
                        names.join(", ")
                    ))
                    .hint(format!("set {field} in the data, or add the font with --font-path DIR")),
                ));
            }
            let message =
                Message::new(format!("no font family is called {family:?}; the families are {}", names.join(", ")));
            let message = match suggest::did_you_mean(family, names) {
                Some(hint) => message.hint(hint),
                None => message.hint("add a folder with the font with --font-path DIR"),
            };
            return Err(loaded.error_at(&field, message));
        }
        Ok(())
    }

    /// The CV with the hidden details left out of the model itself, so no
    /// part of the contract is built from them: the phone, the location,
    /// the gender, the photo. (The age and the birth date are left out of
    /// the contract by [`Resolved::apply`], since the one is counted from
    /// the other.)
    pub fn hidden<'a>(&self, cv: &'a Cv) -> Cow<'a, Cv> {
        if !["phone", "address", "gender", "photo"].iter().any(|name| self.hides(name)) {
            return Cow::Borrowed(cv);
        }
        let mut cv = cv.clone();
        if self.hides("phone") {
            cv.person.contacts.phone = None;
        }
        if self.hides("address") {
            cv.person.location = None;
        }
        if self.hides("gender") {
            cv.person.gender = None;
        }
        if self.hides("photo") {
            cv.photo = None;
        }
        Cow::Owned(cv)
    }
}

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

use super::TemplateData;
use super::wording;
use crate::data::design::{Declaration, DefaultValue, check};
use crate::data::load::Loaded;
use fluent_bundle::FluentArgs;

use super::locale::Locale;
use crate::data::model::{Cv, Date, Gender, YearMonth};
use crate::error::{Error, Message};
use crate::suggest;

/// How dates of periods are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// «ноябрь 2023», as the wording module writes them.
    Words,
    /// «11.2023».
    Numeric,
}

/// A month in digits: «02.2026».
pub fn month_numeric(month: YearMonth) -> String {
    format!("{:02}.{:04}", month.month, month.year)
}

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

    /// Applies to the contract of `cv` (already [`hidden`](Self::hidden))
    /// the resolved values for `cv.design`, the age and birth date left out
    /// when hidden, and dates in digits.
    pub fn apply(&self, data: &mut TemplateData, cv: &Cv) {
        data.design = self.values.clone();
        if self.hides("photo") {
            data.photo = None;
        }
        let numeric = self.date_style == DateStyle::Numeric;
        let person = &mut data.person;
        let (hide_age, hide_birth) = (self.hides("age"), self.hides("birth_date"));
        if let Some(birth) = cv.person.birth_date
            && (hide_age || hide_birth || numeric)
        {
            let as_of = Date::parse(&data.as_of.iso).unwrap_or(cv.updated);
            let locale = Locale::new(cv.lang, &cv.labels);
            let age = (!hide_age).then(|| wording::age(birth, as_of));
            let born = (!hide_birth).then(|| match numeric {
                true => wording::date_short(&locale, birth),
                false => wording::date_long(&locale, birth),
            });
            person.age_line = if hide_age || hide_birth {
                person_line(&locale, cv.person.gender, age, born.as_deref().map(|text| (birth, text)))
            } else {
                // Only the date's style changes: the line as worded, with
                // the date in digits.
                let long = wording::date_long(&locale, birth);
                person.age_line.as_ref().map(|line| line.replace(&long, born.as_deref().unwrap_or(&long)))
            };
        }
        if hide_birth {
            person.birth_date = None;
        }
        if numeric {
            let locale = Locale::new(cv.lang, &cv.labels);
            for job in &mut data.experience.jobs {
                let period = &mut job.period;
                if let Some(start) = YearMonth::parse(&period.start_iso) {
                    let mut args = FluentArgs::new();
                    args.set("start", month_numeric(start));
                    period.start = locale.format("period_start", &args);
                }
                if let Some(end) = period.end_iso.as_deref().and_then(YearMonth::parse) {
                    period.end = month_numeric(end);
                }
            }
        }
    }
}

/// The line under the name when the age or the birth date is hidden: what
/// is left of «Мужчина, 53 года, родился 23 октября 1972», or none when
/// nothing is. Each part is a message of the language's file.
fn person_line(
    locale: &Locale,
    gender: Option<Gender>,
    age: Option<u64>,
    born: Option<(Date, &str)>,
) -> Option<String> {
    let gender_name = match gender {
        Some(Gender::Male) => "male",
        Some(Gender::Female) => "female",
        None => "none",
    };
    let mut parts: Vec<String> = Vec::new();
    if gender.is_some() {
        let mut args = FluentArgs::new();
        args.set("gender", gender_name);
        parts.push(locale.format("gender_word", &args));
    }
    if let Some(age) = age {
        let mut args = FluentArgs::new();
        args.set("age", age);
        args.set("gender", gender_name);
        parts.push(locale.format("age", &args));
    }
    if let Some((date, text)) = born {
        let mut args = crate::contract::locale::date_args(date.day, date.month, date.year);
        args.set("gender", gender_name);
        args.set("date", text.to_owned());
        parts.push(locale.format("born", &args));
    }
    (!parts.is_empty()).then(|| wording::capitalize(&parts.join(&wording::list_separator(locale))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::languages::Lang;

    const BIRTH: Date = Date { year: 1972, month: 10, day: 23 };

    #[test]
    fn the_person_line_keeps_only_what_is_shown() {
        let male = Some(Gender::Male);
        let russian = Locale::new(Lang::RU, &Default::default());
        let english = Locale::new(Lang::EN, &Default::default());
        assert_eq!(person_line(&russian, male, Some(53), None).as_deref(), Some("Мужчина, 53 года"));
        assert_eq!(
            person_line(&russian, male, None, Some((BIRTH, "23 октября 1972"))).as_deref(),
            Some("Мужчина, родился 23 октября 1972")
        );
        assert_eq!(
            person_line(&russian, None, None, Some((BIRTH, "23.10.1972"))).as_deref(),
            Some("Дата рождения 23.10.1972")
        );
        assert_eq!(person_line(&english, None, Some(53), None).as_deref(), Some("53 years old"));
        assert_eq!(person_line(&english, None, None, None), None);
    }

    #[test]
    fn the_person_line_is_worded_in_every_language_file() {
        let german = Locale::new(Lang::parse("de").unwrap(), &Default::default());
        let female = Some(Gender::Female);
        assert_eq!(
            person_line(&german, female, None, Some((Date { year: 1990, month: 2, day: 1 }, "1.2.1990"))).as_deref(),
            Some("Weiblich, geboren am 1.2.1990")
        );
        let ukrainian = Locale::new(Lang::parse("uk").unwrap(), &Default::default());
        assert_eq!(person_line(&ukrainian, female, Some(22), None).as_deref(), Some("Жінка, 22 роки"));
        // The age agrees with the gender where the language's does, the
        // preposition with the day, and the parts are joined by the
        // language's own separator.
        let hebrew = Locale::new(Lang::parse("he").unwrap(), &Default::default());
        assert_eq!(person_line(&hebrew, female, Some(34), None).as_deref(), Some("אישה, בת 34"));
        assert_eq!(person_line(&hebrew, Some(Gender::Male), Some(34), None).as_deref(), Some("גבר, בן 34"));
        let italian = Locale::new(Lang::parse("it").unwrap(), &Default::default());
        let eighth = Date { year: 1990, month: 10, day: 8 };
        assert_eq!(
            person_line(&italian, female, None, Some((eighth, "8 ottobre 1990"))).as_deref(),
            Some("Donna, nata l’8 ottobre 1990")
        );
        let arabic = Locale::new(Lang::parse("ar").unwrap(), &Default::default());
        assert_eq!(person_line(&arabic, female, Some(34), None).as_deref(), Some("أنثى، 34 عاما"));
    }

    #[test]
    fn numeric_months_have_two_digits() {
        assert_eq!(month_numeric(YearMonth { year: 2026, month: 2 }), "02.2026");
    }
}

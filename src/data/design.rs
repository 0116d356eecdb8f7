//! Design options: the `design:` map of the data, the options a template
//! declares for it in its manifest, and their resolution into final values.
//!
//! A template declares each option it offers in the `[tool.cvpdf.options]`
//! table of its `typst.toml`: a type, the allowed values, a default and a
//! one-line description. Four names mean the same in every template:
//! `page`, `font`, `accent` and `hide`. The data's `design:` map chooses
//! values; `contract::design::Resolved::new` checks them against the chosen template's
//! declarations (an error at the data's line, with the nearest valid name)
//! and turns them into what the template receives as `cv.design`: a paper
//! name and size, a font family, a colour as `#rrggbb`, a length in points.
//! A template never parses an option. The contract's `design.rs` resolves
//! the data's choices against a template and applies them to the contract.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use serde_yaml::Value as Yaml;

use crate::error::Error;
use crate::error::Message;
use crate::suggest;

/// The data's `design:` map as written: option names and YAML values,
/// checked against the template's declarations once the template is known.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Design(pub BTreeMap<String, Yaml>);

/// The names every template understands, whether its manifest declares
/// them or not.
pub const COMMON: &[&str] = &["page", "font", "accent", "hide"];

/// What `hide` may name: personal details left out of the CV.
pub const HIDEABLE: &[&str] = &["age", "birth_date", "gender", "phone", "address", "photo"];

/// The page sizes: the name in the data, Typst's paper name, and the size
/// in points.
const PAGES: &[(&str, &str, f64, f64)] =
    &[("a4", "a4", 595.2756, 841.8898), ("letter", "us-letter", 612.0, 792.0), ("a5", "a5", 419.5276, 595.2756)];

/// The minimum contrast of text on its background (WCAG 2, level AA).
pub const MIN_CONTRAST: f64 = 4.5;

/// The type of an option, as its manifest declares it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `a4`, `letter` or `a5`.
    Page,
    /// A font family's name.
    Font,
    /// A colour; text in it must keep [`MIN_CONTRAST`] on each of `on`.
    Colour { on: Vec<[u8; 3]> },
    /// A length in points, written `"10.5pt"`, `"2cm"`, `"20mm"`, `"1in"`
    /// or as a number of points.
    Length { min: f64, max: f64 },
    /// A number.
    Number { min: f64, max: f64 },
    /// One of the listed words.
    Choice(Vec<String>),
    /// A list of [`HIDEABLE`] names.
    Hide,
    /// On or off: `true` or `false`.
    Switch,
}

impl Kind {
    /// The name of the type in a manifest and in `cvpdf templates --options`.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::Font => "font",
            Kind::Colour { .. } => "colour",
            Kind::Length { .. } => "length",
            Kind::Number { .. } => "number",
            Kind::Choice(_) => "choice",
            Kind::Hide => "hide",
            Kind::Switch => "switch",
        }
    }

    /// What values it takes, in words.
    pub fn values(&self) -> String {
        match self {
            Kind::Page => PAGES.iter().map(|page| page.0).collect::<Vec<_>>().join(", "),
            Kind::Font => "a bundled family or one from --font-path".into(),
            Kind::Colour { .. } => "#rrggbb, #rgb or a CSS colour name".into(),
            Kind::Length { min, max } => format!("{min}pt to {max}pt (pt, mm, cm, in)"),
            Kind::Number { min, max } => format!("{min} to {max}"),
            Kind::Choice(values) => values.join(", "),
            Kind::Hide => format!("a list of {}", HIDEABLE.join(", ")),
            Kind::Switch => "true or false".into(),
        }
    }
}

/// The default of an option.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    /// This resolved value.
    Value(Json),
    /// The resolved value of another option (a link colour follows the
    /// accent, a heading font the body font).
    From(String),
    /// None: the template keeps its own measured value (a margin, say).
    None,
}

/// One option a template offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    pub name: String,
    pub kind: Kind,
    pub default: DefaultValue,
    pub description: String,
}

impl Declaration {
    /// The default as `cvpdf templates --options` shows it.
    pub fn default_text(&self) -> String {
        match &self.default {
            DefaultValue::Value(Json::Number(number)) if matches!(self.kind, Kind::Length { .. }) => {
                format!("{}pt", number.as_f64().unwrap_or_default())
            }
            DefaultValue::Value(value) => shown(value),
            DefaultValue::From(other) => format!("as {other}"),
            DefaultValue::None => "the template's own".into(),
        }
    }
}

/// A resolved value as a person reads it.
fn shown(value: &Json) -> String {
    match value {
        Json::String(text) => text.clone(),
        Json::Array(items) => format!("[{}]", items.iter().map(shown).collect::<Vec<_>>().join(", ")),
        Json::Object(map) if map.contains_key("family") => shown(&map["family"]),
        Json::Object(map) if map.contains_key("name") => shown(&map["name"]),
        Json::Number(number) => number.to_string(),
        other => other.to_string(),
    }
}

/// One option as a manifest writes it, under `[tool.cvpdf.options]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OptionSection {
    #[serde(rename = "type")]
    kind: String,
    description: String,
    #[serde(default)]
    default: Option<toml::Value>,
    /// The option whose value is the default.
    #[serde(default)]
    default_from: Option<String>,
    /// The words a `choice` takes.
    #[serde(default)]
    values: Option<Vec<String>>,
    #[serde(default)]
    min: Option<f64>,
    #[serde(default)]
    max: Option<f64>,
    /// The backgrounds text in a `colour` is set on.
    #[serde(default)]
    on: Option<Vec<String>>,
}

/// The declarations of a manifest's options: the four common names first
/// (added with cvpdf's defaults when the manifest leaves them out), then the
/// template's own in the order of their names. `shown` names the file in
/// errors.
pub(crate) fn declarations(sections: BTreeMap<String, OptionSection>, shown: &str) -> Result<Vec<Declaration>, Error> {
    let error =
        |name: &str, message: Message| Error::other(message.prefixed(&format!("{shown}: tool.cvpdf.options.{name}: ")));
    let mut declared = Vec::new();
    for (name, section) in sections {
        let kind = match section.kind.as_str() {
            "page" => Kind::Page,
            "font" => Kind::Font,
            "colour" | "color" => {
                let on = section.on.clone().unwrap_or_else(|| vec!["#ffffff".into()]);
                let on = on
                    .iter()
                    .map(|colour| {
                        parse_colour(colour)
                            .ok_or_else(|| error(&name, format!("`on`: {colour:?} is not a colour").into()))
                    })
                    .collect::<Result<_, _>>()?;
                Kind::Colour { on }
            }
            "length" => Kind::Length { min: section.min.unwrap_or(0.0), max: section.max.unwrap_or(2000.0) },
            "number" => Kind::Number { min: section.min.unwrap_or(f64::MIN), max: section.max.unwrap_or(f64::MAX) },
            "choice" => match &section.values {
                Some(values) if !values.is_empty() => Kind::Choice(values.clone()),
                _ => return Err(error(&name, "a `choice` lists its words in `values`".into())),
            },
            "hide" => Kind::Hide,
            "switch" => Kind::Switch,
            other => {
                let types = ["page", "font", "colour", "length", "number", "choice", "hide", "switch"];
                let message = Message::new(format!("unknown type `{other}`; the types are {}", types.join(", ")));
                return Err(error(&name, message.maybe_hint(suggest::did_you_mean(other, types))));
            }
        };
        let expected = match name.as_str() {
            "page" => Some("page"),
            "font" => Some("font"),
            "accent" => Some("colour"),
            "hide" => Some("hide"),
            _ => None,
        };
        if let Some(expected) = expected
            && kind.name() != expected
        {
            return Err(error(&name, format!("`{name}` is common to all templates and has type `{expected}`").into()));
        }
        if section.description.trim().is_empty() {
            return Err(error(&name, "the description is empty".into()));
        }
        let default = match (&section.default, &section.default_from) {
            (Some(_), Some(_)) => return Err(error(&name, "give `default` or `default_from`, not both".into())),
            (Some(value), None) => {
                let value = serde_yaml::to_value(value).map_err(|e| error(&name, e.to_string().into()))?;
                DefaultValue::Value(
                    check(&kind, &value).map_err(|(_, message)| error(&name, message.prefixed("default: ")))?,
                )
            }
            (None, Some(other)) => DefaultValue::From(other.clone()),
            (None, None) if kind == Kind::Hide => DefaultValue::Value(json!([])),
            (None, None) => DefaultValue::None,
        };
        declared.push(Declaration { name, kind, default, description: section.description.trim().to_owned() });
    }
    for declaration in &declared {
        if let DefaultValue::From(other) = &declaration.default {
            let target = declared.iter().find(|d| &d.name == other);
            match target {
                Some(target) if target.kind.name() != declaration.kind.name() => {
                    return Err(error(
                        &declaration.name,
                        format!("`default_from` names `{other}`, an option of another type").into(),
                    ));
                }
                Some(target)
                    if !matches!(target.default, DefaultValue::Value(_)) && !COMMON.contains(&other.as_str()) =>
                {
                    return Err(error(
                        &declaration.name,
                        format!("`default_from` names `{other}`, which has no default of its own").into(),
                    ));
                }
                None if !COMMON.contains(&other.as_str()) => {
                    return Err(error(
                        &declaration.name,
                        format!("`default_from` names `{other}`, which is not declared").into(),
                    ));
                }
                _ => {}
            }
        }
    }
    for common in COMMON.iter().rev() {
        let at = declared.iter().position(|d| d.name == *common);
        let declaration = match at {
            Some(at) => declared.remove(at),
            None => common_default(common),
        };
        declared.insert(0, declaration);
    }
    Ok(declared)
}

/// A common option that a manifest leaves out, with cvpdf's defaults.
fn common_default(name: &str) -> Declaration {
    let (kind, default, description) = match name {
        "page" => (Kind::Page, json!(page_value("a4")), "the paper size"),
        "font" => (Kind::Font, json!({"family": "Inter", "serif": false}), "the body text's font family"),
        "accent" => (Kind::Colour { on: vec![[255, 255, 255]] }, json!("#2b6cd0"), "the accent colour"),
        _ => (Kind::Hide, json!([]), "personal details to leave out"),
    };
    Declaration {
        name: name.to_owned(),
        kind,
        default: DefaultValue::Value(default),
        description: description.to_owned(),
    }
}

fn page_value(name: &str) -> Json {
    let (name, paper, width, height) = PAGES.iter().find(|page| page.0 == name).copied().unwrap_or(PAGES[0]);
    json!({"name": name, "paper": paper, "width": width, "height": height})
}

/// Whether a font family is a serif face, for the fallback family listed
/// after it (DejaVu Serif rather than Sans).
fn is_serif(family: &str) -> bool {
    let lower = family.to_lowercase();
    lower.contains("serif") && !lower.contains("sans")
}

/// Checks a value of the data against its type and returns what the
/// template receives; the error names the list index it is about, if any.
pub(crate) fn check(kind: &Kind, value: &Yaml) -> Result<Json, (Option<usize>, Message)> {
    let found = || match value {
        Yaml::String(text) => format!("{text:?}"),
        Yaml::Sequence(_) => "a list".into(),
        Yaml::Mapping(_) => "a map".into(),
        other => serde_yaml::to_string(other).unwrap_or_default().trim().to_owned(),
    };
    let text = || {
        value
            .as_str()
            .map(str::trim)
            .ok_or_else(|| (None, format!("expected {}, found {}", kind.values(), found()).into()))
    };
    match kind {
        Kind::Page => {
            let name = text()?.to_lowercase();
            if PAGES.iter().any(|page| page.0 == name) {
                return Ok(page_value(&name));
            }
            let names: Vec<&str> = PAGES.iter().map(|page| page.0).collect();
            Err((
                None,
                with_hint(format!("expected a page size: {}; found {}", names.join(", "), found()), &name, &names),
            ))
        }
        Kind::Font => {
            let family = text()?;
            if family.is_empty() {
                return Err((None, Message::new("the font family is empty")));
            }
            Ok(json!({"family": family, "serif": is_serif(family)}))
        }
        Kind::Colour { on } => {
            let written = text()?;
            let Some(rgb) = parse_colour(written) else {
                let lower = written.to_lowercase();
                let names: Vec<&str> = CSS_COLOURS.iter().map(|(name, _)| *name).collect();
                let message =
                    format!("expected a colour like #1f3a5f, #13a or a CSS name like navy; found {}", found());
                return Err((None, with_hint(message, &lower, &names)));
            };
            for background in on {
                let ratio = contrast(rgb, *background);
                if ratio < MIN_CONTRAST {
                    return Err((
                        None,
                        Message::new(format!(
                            "text in {} on {} has a contrast of {ratio:.2}:1; text needs at least {MIN_CONTRAST}:1 \
                             to stay readable",
                            hex(rgb),
                            hex(*background)
                        ))
                        .hint("choose a darker colour"),
                    ));
                }
            }
            Ok(json!(hex(rgb)))
        }
        Kind::Length { min, max } => {
            let points = match value {
                Yaml::Number(number) => number.as_f64(),
                Yaml::String(text) => length(text),
                _ => None,
            }
            .ok_or_else(|| {
                (None, format!("expected a length like 12pt, 15mm, 1.5cm or 0.5in, found {}", found()).into())
            })?;
            if points.is_finite() && (*min..=*max).contains(&points) {
                Ok(json!(points))
            } else {
                Err((None, format!("expected a length from {min}pt to {max}pt, found {points}pt").into()))
            }
        }
        Kind::Number { min, max } => {
            let number =
                value.as_f64().ok_or_else(|| (None, format!("expected a number, found {}", found()).into()))?;
            if number.is_finite() && (*min..=*max).contains(&number) {
                Ok(json!(number))
            } else {
                Err((None, format!("expected a number from {min} to {max}, found {number}").into()))
            }
        }
        Kind::Choice(values) => {
            let word = text()?;
            if values.iter().any(|value| value == word) {
                return Ok(json!(word));
            }
            let names: Vec<&str> = values.iter().map(String::as_str).collect();
            Err((None, with_hint(format!("expected one of {}; found {}", names.join(", "), found()), word, &names)))
        }
        Kind::Switch => match value {
            Yaml::Bool(on) => Ok(json!(on)),
            _ => Err((None, format!("expected true or false, found {}", found()).into())),
        },
        Kind::Hide => {
            let items = value.as_sequence().ok_or_else(|| {
                (None, format!("expected a list of {}, found {}", HIDEABLE.join(", "), found()).into())
            })?;
            let mut hidden = Vec::new();
            for (index, item) in items.iter().enumerate() {
                let Some(name) = item.as_str() else {
                    return Err((Some(index), format!("expected one of {}", HIDEABLE.join(", ")).into()));
                };
                if !HIDEABLE.contains(&name) {
                    let message = format!("nothing to hide is called `{name}`; the names are {}", HIDEABLE.join(", "));
                    return Err((Some(index), with_hint(message, name, HIDEABLE)));
                }
                if !hidden.contains(&name) {
                    hidden.push(name);
                }
            }
            Ok(json!(hidden))
        }
    }
}

/// `message` with a "did you mean" for the name nearest to `name`.
fn with_hint(message: String, name: &str, known: &[&str]) -> Message {
    Message::new(message).maybe_hint(suggest::did_you_mean(name, known.iter().copied()))
}

/// A length written with a unit, in points.
fn length(text: &str) -> Option<f64> {
    let text = text.trim();
    let units = [("pt", 1.0), ("mm", 72.0 / 25.4), ("cm", 72.0 / 2.54), ("in", 72.0)];
    let (number, factor) = units.iter().find_map(|(unit, factor)| text.strip_suffix(unit).map(|n| (n, *factor)))?;
    number.trim().parse::<f64>().ok().map(|number| number * factor)
}

/// `#rgb`, `#rrggbb` or a CSS colour name, case-insensitive.
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let text = text.trim().to_lowercase();
    if let Some(digits) = text.strip_prefix('#') {
        let digit = |c: char| c.to_digit(16).map(|d| d as u8);
        let digits: Vec<u8> = digits.chars().map(digit).collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some([r * 17, g * 17, b * 17]),
            [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
            _ => None,
        };
    }
    CSS_COLOURS.iter().find(|(name, _)| *name == text).map(|(_, rgb)| [(rgb >> 16) as u8, (rgb >> 8) as u8, *rgb as u8])
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// The contrast ratio of two colours, as WCAG 2 defines it: from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |rgb: [u8; 3]| {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

impl JsonSchema for Design {
    fn schema_name() -> Cow<'static, str> {
        "Design".into()
    }

    /// A map of options; [`schema`] fills in those of the templates.
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let schema = schema(&[]);
        json_schema!({
            "type": "object",
            "description": schema["description"],
        })
    }
}

/// The schema of `design:`: every option of every template in `templates`
/// (a template's name and what its manifest declares), with its
/// description, the templates that offer it and their defaults, so editors
/// complete them.
pub fn schema(templates: &[(&str, Vec<Declaration>)]) -> serde_json::Value {
    let mut merged: Vec<(Declaration, Vec<(&str, String)>)> = Vec::new();
    for (template, options) in templates {
        for declaration in options.iter().cloned() {
            let default = declaration.default_text();
            match merged.iter_mut().find(|(known, _)| known.name == declaration.name) {
                Some((known, offers)) => {
                    if let (Kind::Choice(values), Kind::Choice(more)) = (&mut known.kind, &declaration.kind) {
                        values.extend(more.iter().filter(|word| !values.contains(word)).cloned().collect::<Vec<_>>());
                    }
                    offers.push((template, default));
                }
                None => merged.push((declaration, vec![(template, default)])),
            }
        }
    }
    let mut properties = serde_json::Map::new();
    for (declaration, offers) in merged {
        let defaults: Vec<String> = offers.iter().map(|(template, default)| format!("{template}: {default}")).collect();
        let description = format!("{}. Default: {}.", capitalised(&declaration.description), defaults.join("; "));
        let mut schema = match &declaration.kind {
            Kind::Page => json!({"enum": PAGES.iter().map(|page| page.0).collect::<Vec<_>>()}),
            Kind::Font => {
                json!({"type": "string", "examples": ["Inter", "PT Sans", "PT Serif", "DejaVu Sans", "DejaVu Serif"]})
            }
            Kind::Colour { .. } => json!({
                "type": "string",
                "examples": ["#1f3a5f", "navy", "darkgreen"],
                "anyOf": [
                    {"pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},
                    {"enum": CSS_COLOURS.iter().map(|(name, _)| *name).collect::<Vec<_>>()},
                ],
            }),
            Kind::Length { .. } => json!({
                "oneOf": [
                    {"type": "number", "description": "points"},
                    {"type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*(pt|mm|cm|in)\\s*$"},
                ],
                "examples": ["12pt", "15mm"],
            }),
            Kind::Number { min, max } => json!({"type": "number", "minimum": min, "maximum": max}),
            Kind::Choice(values) => json!({"enum": values}),
            Kind::Hide => json!({"type": "array", "items": {"enum": HIDEABLE}, "uniqueItems": true}),
            Kind::Switch => json!({"type": "boolean"}),
        };
        schema["description"] = json!(description);
        properties.insert(declaration.name, schema);
    }
    json!({
        "type": "object",
        "description": "How the CV looks: the paper, fonts, colours, spacing and what personal details to show. `page`, `font`, `accent` and `hide` work with every template; the other options are those of the built-in templates (`cvpdf templates --options NAME`). A template's own directory may declare more.",
        "properties": properties,
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The CSS named colours (CSS Color Module Level 4).
const CSS_COLOURS: &[(&str, u32)] = &[
    ("aliceblue", 0xf0f8ff),
    ("antiquewhite", 0xfaebd7),
    ("aqua", 0x00ffff),
    ("aquamarine", 0x7fffd4),
    ("azure", 0xf0ffff),
    ("beige", 0xf5f5dc),
    ("bisque", 0xffe4c4),
    ("black", 0x000000),
    ("blanchedalmond", 0xffebcd),
    ("blue", 0x0000ff),
    ("blueviolet", 0x8a2be2),
    ("brown", 0xa52a2a),
    ("burlywood", 0xdeb887),
    ("cadetblue", 0x5f9ea0),
    ("chartreuse", 0x7fff00),
    ("chocolate", 0xd2691e),
    ("coral", 0xff7f50),
    ("cornflowerblue", 0x6495ed),
    ("cornsilk", 0xfff8dc),
    ("crimson", 0xdc143c),
    ("cyan", 0x00ffff),
    ("darkblue", 0x00008b),
    ("darkcyan", 0x008b8b),
    ("darkgoldenrod", 0xb8860b),
    ("darkgray", 0xa9a9a9),
    ("darkgreen", 0x006400),
    ("darkgrey", 0xa9a9a9),
    ("darkkhaki", 0xbdb76b),
    ("darkmagenta", 0x8b008b),
    ("darkolivegreen", 0x556b2f),
    ("darkorange", 0xff8c00),
    ("darkorchid", 0x9932cc),
    ("darkred", 0x8b0000),
    ("darksalmon", 0xe9967a),
    ("darkseagreen", 0x8fbc8f),
    ("darkslateblue", 0x483d8b),
    ("darkslategray", 0x2f4f4f),
    ("darkslategrey", 0x2f4f4f),
    ("darkturquoise", 0x00ced1),
    ("darkviolet", 0x9400d3),
    ("deeppink", 0xff1493),
    ("deepskyblue", 0x00bfff),
    ("dimgray", 0x696969),
    ("dimgrey", 0x696969),
    ("dodgerblue", 0x1e90ff),
    ("firebrick", 0xb22222),
    ("floralwhite", 0xfffaf0),
    ("forestgreen", 0x228b22),
    ("fuchsia", 0xff00ff),
    ("gainsboro", 0xdcdcdc),
    ("ghostwhite", 0xf8f8ff),
    ("gold", 0xffd700),
    ("goldenrod", 0xdaa520),
    ("gray", 0x808080),
    ("green", 0x008000),
    ("greenyellow", 0xadff2f),
    ("grey", 0x808080),
    ("honeydew", 0xf0fff0),
    ("hotpink", 0xff69b4),
    ("indianred", 0xcd5c5c),
    ("indigo", 0x4b0082),
    ("ivory", 0xfffff0),
    ("khaki", 0xf0e68c),
    ("lavender", 0xe6e6fa),
    ("lavenderblush", 0xfff0f5),
    ("lawngreen", 0x7cfc00),
    ("lemonchiffon", 0xfffacd),
    ("lightblue", 0xadd8e6),
    ("lightcoral", 0xf08080),
    ("lightcyan", 0xe0ffff),
    ("lightgoldenrodyellow", 0xfafad2),
    ("lightgray", 0xd3d3d3),
    ("lightgreen", 0x90ee90),
    ("lightgrey", 0xd3d3d3),
    ("lightpink", 0xffb6c1),
    ("lightsalmon", 0xffa07a),
    ("lightseagreen", 0x20b2aa),
    ("lightskyblue", 0x87cefa),
    ("lightslategray", 0x778899),
    ("lightslategrey", 0x778899),
    ("lightsteelblue", 0xb0c4de),
    ("lightyellow", 0xffffe0),
    ("lime", 0x00ff00),
    ("limegreen", 0x32cd32),
    ("linen", 0xfaf0e6),
    ("magenta", 0xff00ff),
    ("maroon", 0x800000),
    ("mediumaquamarine", 0x66cdaa),
    ("mediumblue", 0x0000cd),
    ("mediumorchid", 0xba55d3),
    ("mediumpurple", 0x9370db),
    ("mediumseagreen", 0x3cb371),
    ("mediumslateblue", 0x7b68ee),
    ("mediumspringgreen", 0x00fa9a),
    ("mediumturquoise", 0x48d1cc),
    ("mediumvioletred", 0xc71585),
    ("midnightblue", 0x191970),
    ("mintcream", 0xf5fffa),
    ("mistyrose", 0xffe4e1),
    ("moccasin", 0xffe4b5),
    ("navajowhite", 0xffdead),
    ("navy", 0x000080),
    ("oldlace", 0xfdf5e6),
    ("olive", 0x808000),
    ("olivedrab", 0x6b8e23),
    ("orange", 0xffa500),
    ("orangered", 0xff4500),
    ("orchid", 0xda70d6),
    ("palegoldenrod", 0xeee8aa),
    ("palegreen", 0x98fb98),
    ("paleturquoise", 0xafeeee),
    ("palevioletred", 0xdb7093),
    ("papayawhip", 0xffefd5),
    ("peachpuff", 0xffdab9),
    ("peru", 0xcd853f),
    ("pink", 0xffc0cb),
    ("plum", 0xdda0dd),
    ("powderblue", 0xb0e0e6),
    ("purple", 0x800080),
    ("rebeccapurple", 0x663399),
    ("red", 0xff0000),
    ("rosybrown", 0xbc8f8f),
    ("royalblue", 0x4169e1),
    ("saddlebrown", 0x8b4513),
    ("salmon", 0xfa8072),
    ("sandybrown", 0xf4a460),
    ("seagreen", 0x2e8b57),
    ("seashell", 0xfff5ee),
    ("sienna", 0xa0522d),
    ("silver", 0xc0c0c0),
    ("skyblue", 0x87ceeb),
    ("slateblue", 0x6a5acd),
    ("slategray", 0x708090),
    ("slategrey", 0x708090),
    ("snow", 0xfffafa),
    ("springgreen", 0x00ff7f),
    ("steelblue", 0x4682b4),
    ("tan", 0xd2b48c),
    ("teal", 0x008080),
    ("thistle", 0xd8bfd8),
    ("tomato", 0xff6347),
    ("turquoise", 0x40e0d0),
    ("violet", 0xee82ee),
    ("wheat", 0xf5deb3),
    ("white", 0xffffff),
    ("whitesmoke", 0xf5f5f5),
    ("yellow", 0xffff00),
    ("yellowgreen", 0x9acd32),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_as_hex_or_css_names() {
        assert_eq!(parse_colour("#1F3A5F"), Some([0x1f, 0x3a, 0x5f]));
        assert_eq!(parse_colour("#13a"), Some([0x11, 0x33, 0xaa]));
        assert_eq!(parse_colour("Navy"), Some([0, 0, 128]));
        assert_eq!(parse_colour("rebeccapurple"), Some([0x66, 0x33, 0x99]));
        assert_eq!(parse_colour("#12345"), None);
        assert_eq!(parse_colour("bluish"), None);
        assert_eq!(CSS_COLOURS.len(), 148);
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey that passes AA on white.
        assert!(contrast([0x76, 0x76, 0x76], [255, 255, 255]) >= 4.5);
        assert!(contrast([0x77, 0x77, 0x77], [255, 255, 255]) < 4.5);
    }

    #[test]
    fn a_light_colour_for_text_is_refused_with_its_ratio() {
        let kind = Kind::Colour { on: vec![[255, 255, 255]] };
        let (_, message) = check(&kind, &Yaml::String("yellow".into())).unwrap_err();
        let message = message.to_string();
        assert!(message.contains("1.07:1") && message.contains("4.5:1"), "{message}");
        assert_eq!(check(&kind, &Yaml::String("navy".into())).unwrap(), json!("#000080"));
    }

    #[test]
    fn lengths_take_units() {
        let kind = Kind::Length { min: 0.0, max: 200.0 };
        assert_eq!(
            check(&kind, &Yaml::String("2cm".into())).unwrap().as_f64().map(|v| (v * 100.0).round()),
            Some(5669.0)
        );
        assert_eq!(check(&kind, &serde_yaml::from_str("12").unwrap()).unwrap(), json!(12.0));
        assert!(check(&kind, &Yaml::String("2 furlongs".into())).is_err());
        assert!(check(&kind, &Yaml::String("300pt".into())).is_err());
    }

    #[test]
    fn a_misspelt_choice_gets_the_nearest_word() {
        let (_, message) = check(&Kind::Page, &Yaml::String("leter".into())).unwrap_err();
        let message = message.to_string();
        assert!(message.contains("did you mean `letter`?"), "{message}");
        let (index, message) = check(&Kind::Hide, &serde_yaml::from_str("[age, phnoe]").unwrap()).unwrap_err();
        assert_eq!(index, Some(1));
        let message = message.to_string();
        assert!(message.contains("did you mean `phone`?"), "{message}");
    }
}

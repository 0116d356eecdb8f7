//! The CV as one self-contained HTML page, through a minijinja template.
//!
//! A template is the built-in design (`typst/web/`, embedded in the binary)
//! or the user's own directory with an `index.html`. It receives the same
//! contract a Typst template does (`cv`, the JSON `cvpdf data` prints) and a
//! few values made for the web: the photo as a `data:` URI, schema.org
//! JSON-LD ready for a `<script>` element, and the generator's name.
//!
//! Data is never markup. Auto-escaping is on for every file of a template,
//! whatever its name, rich text is
//! rendered by the `rich`, `blocks` and `items` filters, which escape every
//! string they write and drop links that could run code, and the JSON-LD is
//! escaped for a script element. A template reads only the files of its own
//! directory, and its run is bounded (minijinja's fuel), so a hostile
//! template is an error, never a hang.

use std::path::{Path, PathBuf};

use minijinja::value::{Value, ValueKind};
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior};

use crate::contract::TemplateData;
use crate::error::Error;
use crate::input::ReadError;
use crate::input::template::{Named, TemplateFileError, TemplateKind, UserTemplate, locate};
use crate::output::web;

/// A built-in HTML design: its files, embedded from `html/<name>/`.
pub struct Builtin {
    pub name: &'static str,
    pub description: &'static str,
    files: &'static [(&'static str, &'static str)],
}

pub const BUILTINS: &[Builtin] = &[Builtin {
    name: "web",
    description: "one HTML page: responsive, dark under a dark system theme, prints on A4 (HTML default)",
    files: &[
        ("index.html", include_str!("../../typst/web/index.html")),
        ("style.css", include_str!("../../typst/web/style.css")),
    ],
}];

/// The entry file of every HTML template.
pub const MAIN: &str = "index.html";

/// The most a filter may write, and so about the most a page may hold: a
/// long CV's page with its photo is some hundreds of kilobytes. A template
/// that joins with a huge separator, say, is stopped with an error.
const MAX_PAGE_BYTES: usize = 16 << 20;

/// Instructions a template may run (minijinja's fuel). The built-in design
/// needs about a hundredth of it for a long CV; a template that loops far
/// longer is stopped with an error.
const FUEL: u64 = 20_000_000;

/// What `--template` selected for an HTML page; the first built-in when
/// nothing was.
#[derive(Debug, Clone)]
pub enum Template {
    Builtin(&'static Builtin),
    /// A folder of the user's holding `index.html`, or a single `.html` file.
    User(UserTemplate),
}

/// How `--template` names an HTML template of the user's.
const HTML_KIND: TemplateKind = TemplateKind { what: "HTML template", entry: MAIN, is_file_name: is_html_name };

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// Whether `name` is an HTML file's name: `.html` or `.htm`, in any case.
fn is_html_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

impl Template {
    /// Whether `spec` (a `--template`) names an HTML template rather than a
    /// Typst one: an HTML built-in's name, an `.html` file, or a directory
    /// with an `index.html` and no `main.typ`.
    pub fn is_named_by(spec: &str) -> bool {
        let path = Path::new(spec);
        if path.is_dir() {
            return path.join(MAIN).is_file() && !path.join("main.typ").exists();
        }
        BUILTINS.iter().any(|builtin| builtin.name == spec) || is_html_name(spec)
    }

    /// A built-in's name, a directory holding `index.html`, or an `.html`
    /// file; `None` is the default design.
    pub fn resolve(spec: Option<&str>) -> Result<Template, Error> {
        let Some(spec) = spec else {
            return Ok(Template::Builtin(&BUILTINS[0]));
        };
        match locate(spec, &HTML_KIND).map_err(Error::other)? {
            Named::Builtin(name) => builtin(name).map(Template::Builtin),
            Named::User(template) => Ok(Template::User(template)),
        }
    }

    /// The entry file on disk, if the template is the user's.
    pub fn main_file(&self) -> Option<PathBuf> {
        match self {
            Template::Builtin(_) => None,
            Template::User(template) => Some(template.main_file()),
        }
    }

    /// The files on disk the template may read: its directory's, or only
    /// itself when given as a single file.
    pub fn disk_files(&self) -> Result<Vec<PathBuf>, Error> {
        match self {
            Template::Builtin(_) => Ok(Vec::new()),
            Template::User(template) if template.single => Ok(vec![template.main_file()]),
            Template::User(template) => {
                crate::input::walk(&template.dir, &|_| true).map_err(|error| Error::other(error.to_string()))
            }
        }
    }

    /// How a template file is named in messages.
    fn shown(&self, name: &str) -> String {
        match self {
            Template::Builtin(builtin) => format!("html/{}/{name}", builtin.name),
            Template::User(template) => template.dir.join(name).display().to_string(),
        }
    }

    fn main(&self) -> &str {
        match self {
            Template::Builtin(_) => MAIN,
            Template::User(template) => &template.main,
        }
    }
}

/// Looks a built-in HTML design up by name.
pub fn builtin(name: &str) -> Result<&'static Builtin, Error> {
    if let Some(builtin) = BUILTINS.iter().find(|builtin| builtin.name == name) {
        return Ok(builtin);
    }
    let names: Vec<_> = BUILTINS.iter().map(|builtin| builtin.name).collect();
    let typst = crate::render::templates::BUILTINS.iter().any(|builtin| builtin.name == name);
    let why = if typst { format!("`{name}` is a PDF template") } else { format!("unknown HTML template `{name}`") };
    Err(Error::other(format!(
        "{why}; the built-in HTML templates are: {}; a directory with an {MAIN} or an .html file works too",
        names.join(", ")
    )))
}

/// Reads and compiles the template's entry file and what it includes or
/// extends, without rendering: its syntax errors, at their lines.
pub fn check(template: &Template) -> Result<(), Error> {
    let env = environment(template);
    env.get_template(template.main()).map(|_| ()).map_err(|error| template_error(template, error))
}

/// Renders the page. `photo` is the prepared JPEG, if any.
pub fn render(cv: &TemplateData, photo: Option<&[u8]>, template: &Template) -> Result<String, Error> {
    let _doing = crate::memory::Doing::new(format!("HTML template {}", template.shown(template.main())));
    let env = environment(template);
    let context = minijinja::context! {
        cv => Value::from(minijinja::value::Serde(cv)),
        photo => photo.map(web::jpeg_data_uri),
        json_ld => Value::from_safe_string(json_ld(cv)),
        og_locale => cv.og_locale.clone(),
        generator => format!("cvpdf {}", env!("CARGO_PKG_VERSION")),
    };
    let shown = |error: minijinja::Error| template_error(template, error);
    let page = env.get_template(template.main()).map_err(shown)?;
    page.render(context).map_err(shown)
}

/// A cover letter as one self-contained HTML page: the same words as its
/// PDF, every text escaped as on the CV's page, the photo inline.
pub fn letter(contract: &crate::contract::letter::LetterContract, photo: Option<&[u8]>) -> Result<String, Error> {
    let failed = |error: minijinja::Error| Error::other(format!("could not write the letter as HTML: {error}"));
    let value = Value::from(minijinja::value::Serde(contract));
    let letter = attr(&value, "letter");
    let person = attr(&value, "person");
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    escape(&contract.letter.lang, &mut out).map_err(failed)?;
    // The direction is the letter's language's, which may not be the CV's.
    out.push_str(if contract.letter.dir == "rtl" { "\" dir=\"rtl" } else { "\" dir=\"ltr" });
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape(&contract.letter.title, &mut out).map_err(failed)?;
    out.push_str("</title>\n<style>\nbody{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}\nheader{display:flex;gap:1rem;align-items:center;border-bottom:1px solid #ccc;padding-bottom:.75rem;margin-bottom:1.5rem}\nheader img{width:4rem;height:auto;border-radius:3px}\nh1{margin:0;font-size:1.6rem}\n.contacts{margin:.2rem 0 0;font-size:.9rem}\n.date{margin:1.5rem 0}\n.date.left{text-align:left}\n.date.right{text-align:right}\n.subject{font-weight:bold}\n.closing{margin-top:1.5rem}\n</style>\n</head>\n<body>\n<header>\n");
    if let Some(jpeg) = photo {
        out.push_str("<img alt=\"\" src=\"");
        escape(&web::jpeg_data_uri(jpeg), &mut out).map_err(failed)?;
        out.push_str("\">\n");
    }
    out.push_str("<div>\n<h1>");
    rich(&attr(&person, "name"), &mut out).map_err(failed)?;
    out.push_str("</h1>\n<p class=\"contacts\">");
    let contacts = &contract.cv.person.contacts;
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(" · ");
        }
    };
    // The e-mail and the phone number read left to right as written on a
    // page of either direction, as on the CV's page.
    if let Some(email) = &contacts.email {
        separate(&mut out);
        out.push_str("<a dir=\"ltr\" href=\"mailto:");
        escape(email, &mut out).map_err(failed)?;
        out.push_str("\">");
        escape(email, &mut out).map_err(failed)?;
        out.push_str("</a>");
    }
    if let Some(phone) = &contacts.phone {
        separate(&mut out);
        out.push_str("<span dir=\"ltr\">");
        escape(phone, &mut out).map_err(failed)?;
        out.push_str("</span>");
    }
    for entry in attr(&attr(&person, "contacts"), "links").try_iter().map_err(failed)? {
        separate(&mut out);
        let url = attr(&entry, "url");
        let url = url.as_str().unwrap_or_default();
        if web::safe_url(url) {
            out.push_str("<a href=\"");
            escape(url, &mut out).map_err(failed)?;
            out.push_str("\">");
            rich(&attr(&entry, "label"), &mut out).map_err(failed)?;
            out.push_str("</a>");
        } else {
            rich(&attr(&entry, "label"), &mut out).map_err(failed)?;
        }
    }
    out.push_str("</p>\n</div>\n</header>\n<main>\n");
    let recipient = attr(&letter, "recipient");
    if !recipient.is_none() && !recipient.is_undefined() {
        out.push_str("<address>");
        for (index, line) in attr(&recipient, "lines").try_iter().map_err(failed)?.enumerate() {
            if index > 0 {
                out.push_str("<br>");
            }
            rich(&line, &mut out).map_err(failed)?;
        }
        out.push_str("</address>\n");
    }
    // The side is the page's, left or right, as the PDF sets it, also on a
    // right-to-left page (where a paragraph would start at the right).
    out.push_str(if contract.letter.date_side == "right" {
        "<p class=\"date right\">"
    } else {
        "<p class=\"date left\">"
    });
    rich(&attr(&letter, "date_line"), &mut out).map_err(failed)?;
    out.push_str("</p>\n");
    if contract.letter.subject.is_some() {
        out.push_str("<p class=\"subject\">");
        rich(&attr(&letter, "subject"), &mut out).map_err(failed)?;
        out.push_str("</p>\n");
    }
    out.push_str("<p>");
    rich(&attr(&letter, "salutation"), &mut out).map_err(failed)?;
    out.push_str("</p>\n");
    blocks(&attr(&letter, "body"), 2, &mut out).map_err(failed)?;
    out.push_str("<p class=\"closing\">");
    rich(&attr(&letter, "closing"), &mut out).map_err(failed)?;
    out.push_str("<br>");
    rich(&attr(&letter, "signer"), &mut out).map_err(failed)?;
    out.push_str("</p>\n");
    if let Some(enclosures) = &contract.letter.enclosures {
        out.push_str("<p><strong>");
        escape(&enclosures.title, &mut out).map_err(failed)?;
        out.push_str("</strong></p>\n<ul>\n");
        for item in attr(&attr(&letter, "enclosures"), "items").try_iter().map_err(failed)? {
            out.push_str("<li>");
            rich(&item, &mut out).map_err(failed)?;
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    Ok(out)
}

fn environment(template: &Template) -> Environment<'static> {
    let mut env = Environment::new();
    // Block tags on their own lines leave no blank lines behind.
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder().trim_blocks(true).lstrip_blocks(true).build() {
        env.set_syntax(syntax);
    }
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Every file of an HTML template ends up in an HTML page (a stylesheet
    // is included into its `<style>`), so every file is escaped for HTML,
    // whatever its name: `cv.HTML` or `page.jinja` as much as `index.html`.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    // minijinja's own HTML escaping also writes `/` as `&#x2f;`, which is
    // valid but makes every address in the page's source hard to read; this
    // escapes what HTML needs, the same way the filters do.
    env.set_formatter(|out, state, value| {
        if *state.auto_escape() == AutoEscape::Html && !value.is_safe() && !value.is_none() && !value.is_undefined() {
            let mut text = String::new();
            escape(&value.to_string(), &mut text)?;
            out.write_str(&text).map_err(|_| minijinja::Error::new(ErrorKind::WriteFailure, "could not write"))
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    env.set_fuel(Some(FUEL));
    env.set_debug(true);
    match template {
        Template::Builtin(builtin) => {
            let files = builtin.files;
            env.set_loader(move |name| Ok(files.iter().find(|(file, _)| *file == name).map(|(_, text)| *text)));
        }
        Template::User(template) => {
            let template = template.clone();
            env.set_loader(move |name| read_template(&template, name));
        }
    }
    env.add_filter("rich", |value: Value| -> Result<Value, minijinja::Error> {
        let mut out = String::new();
        rich(&value, &mut out)?;
        Ok(Value::from_safe_string(out))
    });
    env.add_filter("plain", |value: Value| -> Result<String, minijinja::Error> {
        let mut out = String::new();
        plain(&value, &mut out)?;
        Ok(out)
    });
    env.add_filter("blocks", |value: Value, level: Option<u32>| -> Result<Value, minijinja::Error> {
        let mut out = String::new();
        blocks(&value, level.unwrap_or(3), &mut out)?;
        Ok(Value::from_safe_string(out))
    });
    env.add_filter("items", |value: Value, numbered: Option<bool>| -> Result<Value, minijinja::Error> {
        let mut out = String::new();
        items(&value, numbered.unwrap_or(false), &mut out)?;
        Ok(Value::from_safe_string(out))
    });
    env.add_filter("join_rich", |value: Value, separator: Option<String>| -> Result<Value, minijinja::Error> {
        let separator = separator.unwrap_or_else(|| ", ".into());
        let mut out = String::new();
        for part in value.try_iter()?.filter(|part| !part.is_none() && !part.is_undefined() && part.len() != Some(0)) {
            if !out.is_empty() {
                escape(&separator, &mut out)?;
            }
            rich(&part, &mut out)?;
        }
        Ok(Value::from_safe_string(out))
    });
    env
}

/// Reads a file of a template of the user's: none where its folder has no
/// such file, an error for a path that leads out of the folder (`..`, an
/// absolute path, or a symlink to elsewhere), and for a single-file
/// template, for any other file than itself.
fn read_template(template: &UserTemplate, name: &str) -> Result<Option<String>, minijinja::Error> {
    let refused = |why: String| minijinja::Error::new(ErrorKind::InvalidOperation, why);
    let outside = || {
        refused(format!(
            "{name} leads outside the template directory {}; a template can read only the files in its own directory",
            template.dir.display()
        ))
    };
    // minijinja's names are relative: one from the root is outside.
    if name.starts_with('/') {
        return Err(outside());
    }
    let bytes = match template.read(name) {
        Ok(bytes) => bytes,
        Err(TemplateFileError::Missing | TemplateFileError::Read(_, ReadError::NotRegular("a directory"))) => {
            return Ok(None);
        }
        Err(TemplateFileError::Outside) => return Err(outside()),
        Err(TemplateFileError::OnlyItself) => {
            return Err(refused(format!(
                "{name}: a template given as a single file reads only itself; give its directory (with {MAIN}) to \
                 use other files"
            )));
        }
        Err(TemplateFileError::Read(path, error)) => return Err(refused(format!("{}: {error}", path.display()))),
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| refused(format!("{}: not UTF-8 text", template.dir.join(name).display())))
}

fn template_error(template: &Template, error: minijinja::Error) -> Error {
    let mut text = String::from("error: ");
    if let Some(name) = error.name() {
        text.push_str(&template.shown(name));
        if let Some(line) = error.line() {
            text.push_str(&format!(":{line}"));
        }
        text.push_str(": ");
    }
    text.push_str(&error.kind().to_string());
    if let Some(detail) = error.detail() {
        text.push_str(": ");
        text.push_str(detail);
    }
    if error.kind() == ErrorKind::OutOfFuel {
        text.push_str(" (the template runs too long; is there a loop without end?)");
    }
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    Error::Template(text)
}

fn invalid(what: &str, value: &Value) -> minijinja::Error {
    minijinja::Error::new(ErrorKind::InvalidOperation, format!("{what}, found {}", value.kind()))
}

/// Writes text with `&`, `<`, `>`, `"` and `'` as character references, so
/// it is text in element content and in quoted attributes alike. Past
/// [`MAX_PAGE_BYTES`] it stops with an error.
fn escape(text: &str, out: &mut String) -> Result<(), minijinja::Error> {
    if out.len().saturating_add(text.len()) > MAX_PAGE_BYTES {
        return Err(too_large());
    }
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Ok(())
}

fn too_large() -> minijinja::Error {
    minijinja::Error::new(
        ErrorKind::InvalidOperation,
        format!(
            "the page would be larger than {} MiB, far more than any CV; is a value repeated or joined with a huge \
             separator?",
            MAX_PAGE_BYTES >> 20
        ),
    )
}

fn attr(value: &Value, name: &str) -> Value {
    value.get_attr(name).unwrap_or(Value::UNDEFINED)
}

/// Rich text (a list of strings and spans) as HTML.
fn rich(value: &Value, out: &mut String) -> Result<(), minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(());
    }
    if let Some(text) = value.as_str() {
        return escape(text, out);
    }
    if value.kind() != ValueKind::Seq {
        return Err(invalid("expected rich text (a list of strings and spans)", value));
    }
    for node in value.try_iter()? {
        if let Some(text) = node.as_str() {
            escape(text, out)?;
            continue;
        }
        let kind = attr(&node, "kind");
        match kind.as_str() {
            Some("strong") => wrap("strong", &attr(&node, "body"), out)?,
            Some("emph") => wrap("em", &attr(&node, "body"), out)?,
            Some("code") => {
                out.push_str("<code>");
                escape(attr(&node, "text").as_str().unwrap_or_default(), out)?;
                out.push_str("</code>");
            }
            Some("link") => {
                let url = attr(&node, "url");
                let url = url.as_str().unwrap_or_default();
                if web::safe_url(url) {
                    out.push_str("<a href=\"");
                    escape(url, out)?;
                    out.push_str("\">");
                    rich(&attr(&node, "body"), out)?;
                    out.push_str("</a>");
                } else {
                    rich(&attr(&node, "body"), out)?;
                }
            }
            Some("break") => out.push_str("<br>"),
            _ => {
                return Err(invalid(
                    "expected a rich-text node (a string, or a strong, emph, code, link or break)",
                    &node,
                ));
            }
        }
    }
    Ok(())
}

fn wrap(tag: &str, body: &Value, out: &mut String) -> Result<(), minijinja::Error> {
    out.push_str(&format!("<{tag}>"));
    rich(body, out)?;
    out.push_str(&format!("</{tag}>"));
    Ok(())
}

fn plain(value: &Value, out: &mut String) -> Result<(), minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(());
    }
    if let Some(text) = value.as_str() {
        out.push_str(text);
        return Ok(());
    }
    for node in value.try_iter()? {
        if out.len() > MAX_PAGE_BYTES {
            return Err(too_large());
        }
        if let Some(text) = node.as_str() {
            out.push_str(text);
        } else if let Some(text) = attr(&node, "text").as_str() {
            out.push_str(text);
        } else if attr(&node, "kind").as_str() == Some("break") {
            out.push('\n');
        } else {
            plain(&attr(&node, "body"), out)?;
        }
    }
    Ok(())
}

/// Blocks as HTML; their headings are `<h{level}>`, or bold paragraphs
/// below `<h6>`.
fn blocks(value: &Value, level: u32, out: &mut String) -> Result<(), minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(());
    }
    for block in value.try_iter()? {
        match attr(&block, "kind").as_str() {
            Some("paragraph") => {
                out.push_str("<p>");
                rich(&attr(&block, "body"), out)?;
                out.push_str("</p>\n");
            }
            Some("list") => items(&attr(&block, "items"), false, out)?,
            Some("numbered") => items(&attr(&block, "items"), true, out)?,
            Some("heading") => {
                let body = attr(&block, "body");
                if (2..=6).contains(&level) {
                    wrap(&format!("h{level}"), &body, out)?;
                    out.push('\n');
                } else {
                    out.push_str("<p><strong>");
                    rich(&body, out)?;
                    out.push_str("</strong></p>\n");
                }
            }
            _ => return Err(invalid("expected a block (a paragraph, list, numbered list or heading)", &block)),
        }
    }
    Ok(())
}

fn items(value: &Value, numbered: bool, out: &mut String) -> Result<(), minijinja::Error> {
    if value.is_none() || value.is_undefined() || value.len() == Some(0) {
        return Ok(());
    }
    let tag = if numbered { "ol" } else { "ul" };
    out.push_str(&format!("<{tag}>\n"));
    for item in value.try_iter()? {
        out.push_str("<li>");
        rich(&attr(&item, "body"), out)?;
        let nested = attr(&item, "items");
        if nested.len().unwrap_or(0) > 0 {
            out.push('\n');
            items(&nested, false, out)?;
        }
        out.push_str("</li>\n");
    }
    out.push_str(&format!("</{tag}>\n"));
    Ok(())
}

/// schema.org `Person` as JSON-LD, escaped for a `<script>` element: `<`,
/// `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, which JSON
/// reads as the same characters, so no data can close the element.
pub fn json_ld(cv: &TemplateData) -> String {
    use serde_json::{Value as Json, json};

    let mut person = serde_json::Map::new();
    person.insert("@context".into(), json!("https://schema.org"));
    person.insert("@type".into(), json!("Person"));
    person.insert("name".into(), json!(cv.person.name_plain));
    person.insert("jobTitle".into(), json!(cv.headline_plain));
    if let Some(url) = &cv.url {
        person.insert("url".into(), json!(url.url));
    }
    let contacts = &cv.person.contacts;
    if let Some(email) = &contacts.email {
        person.insert("email".into(), json!(email));
    }
    if let Some(phone) = &contacts.phone {
        person.insert("telephone".into(), json!(phone));
    }
    if let Some(birth) = &cv.person.birth_date {
        person.insert("birthDate".into(), json!(birth.iso));
    }
    if let Some(location) = &cv.person.location {
        person.insert("address".into(), json!({"@type": "PostalAddress", "addressLocality": web::plain(location)}));
    }
    if !contacts.links.is_empty() {
        person.insert("sameAs".into(), contacts.links.iter().map(|link| json!(link.url)).collect());
    }
    if !cv.skills_plain.is_empty() {
        person.insert("knowsAbout".into(), json!(cv.skills_plain));
    }
    if !cv.languages.is_empty() {
        person.insert("knowsLanguage".into(), cv.languages.iter().map(|l| json!(web::plain(&l.name))).collect());
    }
    let current: Vec<Json> = cv
        .experience
        .jobs
        .iter()
        .filter(|job| job.period.end_iso.is_none())
        .map(|job| {
            let mut organization = json!({"@type": "Organization", "name": web::plain(&job.company)});
            if let Some(url) = &job.url {
                organization["url"] = json!(url.url);
            }
            organization
        })
        .collect();
    if !current.is_empty() {
        person.insert("worksFor".into(), Json::Array(current));
    }
    if !cv.education.entries.is_empty() {
        let schools = cv
            .education
            .entries
            .iter()
            .map(|entry| json!({"@type": "EducationalOrganization", "name": web::plain(&entry.institution)}))
            .collect();
        person.insert("alumniOf".into(), schools);
    }
    let text = serde_json::to_string_pretty(&Json::Object(person)).unwrap_or_else(|_| "{}".into());
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_rich(value: serde_json::Value) -> String {
        let mut out = String::new();
        rich(&Value::from(minijinja::value::Serde(&value)), &mut out).unwrap();
        out
    }

    #[test]
    fn rich_text_escapes_strings_and_drops_script_links() {
        let html = render_rich(serde_json::json!([
            "<script>alert(1)</script> & \"q\" 'a'",
            {"kind": "strong", "body": ["b<"]},
            {"kind": "link", "url": "javascript:alert(1)", "body": ["click"]},
            {"kind": "link", "url": "https://x.org/?a=1&b=\"2\"", "body": ["x"]},
            {"kind": "code", "text": "</code>"},
        ]));
        assert_eq!(
            html,
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;<strong>b&lt;</strong>click\
             <a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">x</a><code>&lt;/code&gt;</code>"
        );
    }

    #[test]
    fn a_wrong_value_for_rich_is_an_error_not_a_panic() {
        let mut out = String::new();
        let error = rich(&Value::from(42), &mut out).unwrap_err();
        assert!(error.to_string().contains("expected rich text"), "{error}");
    }

    #[test]
    fn typst_names_are_refused_with_the_html_ones_listed() {
        let message = builtin("print").unwrap_err().to_string();
        assert!(message.contains("`print` is a PDF template") && message.contains("web"), "{message}");
    }
}

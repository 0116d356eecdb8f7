//! Templates: the built-ins embedded from `typst/`, or the user's own
//! directory (or single `.typ` file) given to `--template`.
//!
//! What cvpdf must know about a template before compiling it (its
//! description, the frame the photo is cropped to, and the design options
//! it offers) is declared by the template itself, in the `[tool.cvpdf]`
//! section of a `typst.toml` beside its `main.typ`; the frame and the
//! resolved options then reach the template in the contract.
//!
//! Every built-in's files are served under one virtual root, each template in
//! its own folder beside the shared `common/` module, exactly as they lie in
//! the repository, so `typst compile --root typst` sees the same tree. A
//! directory template is its own root. Either way cvpdf adds its files under
//! `/.cvpdf/`: the helpers as `/.cvpdf/cv.typ` and the photo as
//! `/.cvpdf/photo`.

use std::collections::BTreeMap;

use typst::foundations::Bytes;

use crate::data::design::{Declaration, OptionSection, declarations};
use crate::error::Error;
use crate::input::template::{Named, TemplateKind, UserTemplate, locate};
use crate::photo::Frame;
use crate::render::files::VirtualFiles;

/// One file of the embedded template tree.
pub struct EmbeddedFile {
    /// Virtual path, absolute within the template root: `/print/main.typ`.
    pub path: &'static str,
    pub data: &'static [u8],
}

macro_rules! embedded {
    ($($path:literal),* $(,)?) => {
        &[$(EmbeddedFile { path: concat!("/", $path), data: include_bytes!(concat!("../../typst/", $path)) }),*]
    };
}

/// All files under `typst/` that templates may read.
pub const FILES: &[EmbeddedFile] = embedded![
    "common/cv.typ",
    "common/letter.typ",
    "print/main.typ",
    "print/letter.typ",
    "print/typst.toml",
    "classic/main.typ",
    "classic/letter.typ",
    "classic/typst.toml",
    "sidebar/main.typ",
    "sidebar/letter.typ",
    "sidebar/typst.toml",
];

const HELPERS: &[u8] = include_bytes!("../../typst/common/cv.typ");

/// A built-in template: a folder of `typst/` with a `main.typ` and a
/// `typst.toml`.
pub struct Builtin {
    pub name: &'static str,
}

pub const BUILTINS: &[Builtin] = &[Builtin { name: "print" }, Builtin { name: "classic" }, Builtin { name: "sidebar" }];

pub const DEFAULT: &str = "print";

/// The names of the built-in Typst templates, the default first.
pub fn builtin_names() -> Vec<&'static str> {
    BUILTINS.iter().map(|builtin| builtin.name).collect()
}

/// Every built-in's name and the design options its manifest declares.
pub fn builtin_options() -> Vec<(&'static str, Vec<Declaration>)> {
    BUILTINS.iter().filter_map(|builtin| Some((builtin.name, builtin.manifest().ok()?.options))).collect()
}

/// The JSON Schema of the data format, with the design options of every
/// built-in: what `cvpdf schema` prints and `cvpdf init` writes.
pub fn data_schema() -> String {
    crate::data::schema::json(&builtin_options())
}

/// The photo frame of a template that declares none: the print version's
/// 289:318.
pub const DEFAULT_FRAME: Frame = Frame { width_pt: 97.5, height_pt: 107.25 };

/// The name of a template's manifest, beside its `main.typ`. It is Typst's
/// package manifest; cvpdf reads only its `[tool.cvpdf]` section, which
/// Typst leaves to tools.
pub const MANIFEST: &str = "typst.toml";

/// The entry file of a template's cover letter, beside its `main.typ`.
pub const LETTER: &str = "letter.typ";

/// What a template declares for cvpdf in its manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    /// One line for `cvpdf templates`.
    pub description: Option<String>,
    /// The frame the photo is cropped to and set in.
    pub photo: Frame,
    /// The design options it offers, the four common ones first.
    pub options: Vec<Declaration>,
}

#[derive(serde::Deserialize)]
struct ManifestFile {
    #[serde(default)]
    tool: ToolSection,
}

#[derive(serde::Deserialize, Default)]
struct ToolSection {
    #[serde(default)]
    cvpdf: Option<CvpdfSection>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CvpdfSection {
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    photo: Option<FrameSection>,
    #[serde(default)]
    options: BTreeMap<String, OptionSection>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameSection {
    width: toml::Value,
    height: toml::Value,
}

/// A length as a manifest writes it: `"97.5pt"`, `"34mm"`, `"3.4cm"`,
/// `"1.35in"`, or a bare number of points.
fn points(value: &toml::Value) -> Result<f64, String> {
    let points = match value {
        toml::Value::Integer(number) => *number as f64,
        toml::Value::Float(number) => *number,
        toml::Value::String(text) => {
            let text = text.trim();
            let units = [("pt", 1.0), ("mm", 72.0 / 25.4), ("cm", 72.0 / 2.54), ("in", 72.0)];
            let (number, factor) = units
                .iter()
                .find_map(|(unit, factor)| text.strip_suffix(unit).map(|number| (number, *factor)))
                .ok_or_else(|| format!("expected a length like \"97.5pt\" or \"34mm\", found {text:?}"))?;
            number.trim().parse::<f64>().map_err(|_| format!("expected a length like \"97.5pt\", found {text:?}"))?
                * factor
        }
        other => return Err(format!("expected a length like \"97.5pt\", found {other}")),
    };
    if points.is_finite() && (1.0..=2000.0).contains(&points) {
        Ok(points)
    } else {
        Err(format!("a photo frame must be between 1pt and 2000pt, found {points}pt"))
    }
}

impl Manifest {
    /// Reads the `[tool.cvpdf]` section of a manifest's text; `shown` names
    /// the file in errors.
    pub fn parse(text: &str, shown: &str) -> Result<Manifest, Error> {
        let error = |message: String| Error::other(format!("{shown}: {message}"));
        let file: ManifestFile = toml::from_str(text).map_err(|e| error(e.message().to_owned()))?;
        let mut section = file.tool.cvpdf;
        let description = section.as_ref().and_then(|section| section.description.clone());
        let options =
            declarations(section.as_mut().map(|s| std::mem::take(&mut s.options)).unwrap_or_default(), shown)?;
        let photo = match section.and_then(|section| section.photo) {
            Some(frame) => Frame {
                width_pt: points(&frame.width).map_err(|m| error(format!("tool.cvpdf.photo.width: {m}")))?,
                height_pt: points(&frame.height).map_err(|m| error(format!("tool.cvpdf.photo.height: {m}")))?,
            },
            None => DEFAULT_FRAME,
        };
        Ok(Manifest { description, photo, options })
    }
}

impl Builtin {
    /// The built-in's manifest, which a test checks for every built-in.
    pub fn manifest(&self) -> Result<Manifest, Error> {
        let path = format!("/{}/{MANIFEST}", self.name);
        let file = FILES.iter().find(|file| file.path == path);
        let text = file.and_then(|file| std::str::from_utf8(file.data).ok()).unwrap_or_default();
        Manifest::parse(text, &format!("typst{path}"))
    }
}

/// What `--template` selected.
#[derive(Debug, Clone)]
pub enum Template {
    Builtin(&'static Builtin),
    /// A folder of the user's holding `main.typ`, or a single `.typ` file.
    User(UserTemplate),
}

/// How `--template` names a Typst template of the user's.
const TYPST_KIND: TemplateKind =
    TemplateKind { what: "template", entry: "main.typ", is_file_name: |name| name.ends_with(".typ") };

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl Template {
    /// A built-in's name, a directory holding `main.typ`, or a `.typ` file.
    pub fn resolve(spec: &str) -> Result<Template, Error> {
        match locate(spec, &TYPST_KIND).map_err(Error::other)? {
            Named::Builtin(name) => builtin(name).map(Template::Builtin),
            Named::User(template) => Ok(Template::User(template)),
        }
    }

    /// The virtual path of the entry file.
    pub fn main_path(&self) -> String {
        match self {
            Template::Builtin(builtin) => format!("/{}/main.typ", builtin.name),
            Template::User(template) => format!("/{}", template.main),
        }
    }

    /// The virtual path of the letter's entry file, `letter.typ` beside
    /// `main.typ`, or why there is none.
    pub fn letter_path(&self) -> Result<String, Error> {
        let missing = |name: String| {
            Error::other(
                crate::error::Message::new(format!("template {name}: it has no letter.typ, so it cannot lay out a letter"))
                    .hint("a template lays out letters in a letter.typ beside its main.typ, reading `cv.letter` (see typst/README.md)")
                    .hint("or render the letter with a built-in: -t print, -t classic or -t sidebar"),
            )
        };
        match self {
            Template::Builtin(builtin) => {
                let path = format!("/{}/{LETTER}", builtin.name);
                match FILES.iter().any(|file| file.path == path) {
                    true => Ok(path),
                    false => Err(missing(builtin.name.to_owned())),
                }
            }
            Template::User(template) if template.single => Err(missing(self.name())),
            Template::User(template) => match template.dir.join(LETTER).is_file() {
                true => Ok(format!("/{LETTER}")),
                false => Err(missing(self.name())),
            },
        }
    }

    /// The template's manifest; a directory without one gets the defaults.
    pub fn manifest(&self) -> Result<Manifest, Error> {
        match self {
            Template::Builtin(builtin) => builtin.manifest(),
            // A single file sees nothing beside it, its manifest included.
            Template::User(template) if template.single => Manifest::parse("", MANIFEST),
            Template::User(UserTemplate { dir, .. }) => {
                let path = dir.join(MANIFEST);
                if std::fs::symlink_metadata(&path).is_err() {
                    return Manifest::parse("", MANIFEST);
                }
                let inside = matches!((dir.canonicalize(), path.canonicalize()), (Ok(root), Ok(real)) if real.starts_with(&root));
                if !inside {
                    return Err(Error::other(format!("{}: leads out of the template's folder", path.display())));
                }
                let bytes = crate::input::read(&path, crate::input::DATA_LIMIT).map_err(|error| error.at(&path))?;
                let text = String::from_utf8(bytes)
                    .map_err(|_| Error::other(format!("{}: not UTF-8 text", path.display())))?;
                Manifest::parse(&text, &path.display().to_string())
            }
        }
    }

    /// The files served from memory; a directory template's own files are
    /// read from its directory when Typst asks for them.
    pub fn files(&self) -> VirtualFiles {
        let mut files = VirtualFiles::default();
        if let Template::Builtin(_) = self {
            for file in FILES {
                files.insert(file.path, Bytes::new(file.data));
            }
        }
        files.insert(super::layout::HELPERS_PATH, Bytes::new(HELPERS));
        files
    }

    /// The user's template whose own files are read from disk, if it is
    /// one: its folder, or for a single file, that file alone.
    pub fn user_template(&self) -> Option<&UserTemplate> {
        match self {
            Template::Builtin(_) => None,
            Template::User(template) => Some(template),
        }
    }

    /// What the template is called in messages: a built-in's name, or the
    /// path it was given by.
    pub fn name(&self) -> String {
        match self {
            Template::Builtin(builtin) => builtin.name.to_owned(),
            Template::User(template) => template.name(),
        }
    }

    /// The path the user knows a template file by, for diagnostics.
    pub fn display_path(&self, vpath: &str) -> String {
        if let Some(shown) = super::layout::shown(vpath) {
            return shown;
        }
        match self {
            Template::Builtin(_) => format!("typst{vpath}"),
            Template::User(template) => template.dir.join(vpath.trim_start_matches('/')).display().to_string(),
        }
    }
}

/// Looks a built-in up by name; an unknown name lists them and suggests the
/// nearest.
pub fn builtin(name: &str) -> Result<&'static Builtin, Error> {
    BUILTINS.iter().find(|builtin| builtin.name == name).ok_or_else(|| {
        let names: Vec<_> = BUILTINS.iter().map(|builtin| builtin.name).collect();
        Error::other(
            crate::error::Message::new(format!("unknown template `{name}`"))
                .maybe_hint(crate::suggest::did_you_mean(name, names.iter().copied()))
                .hint(format!(
                    "the built-in templates are {}; a directory with a main.typ or a .typ file works too",
                    names.join(", ")
                )),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_names_get_the_nearest_builtin() {
        let message = builtin("clasic").unwrap_err().to_string();
        assert!(message.contains("did you mean `classic`?"), "{message}");
        assert!(message.contains("print, classic, sidebar"), "{message}");
        let message = builtin("zzzzzzzzzz").unwrap_err().to_string();
        assert!(!message.contains("did you mean"), "{message}");
    }

    #[test]
    fn every_builtin_has_its_main_file_and_manifest_embedded() {
        for builtin in BUILTINS {
            let main = Template::Builtin(builtin).main_path();
            assert!(FILES.iter().any(|file| file.path == main), "{main} is not embedded");
            let manifest = builtin.manifest().unwrap();
            assert!(manifest.description.is_some_and(|text| text.len() > 20), "{} has no description", builtin.name);
            let ratio = manifest.photo.width_pt / manifest.photo.height_pt;
            assert!((ratio - 289.0 / 318.0).abs() < 0.01, "{}: the photo frame is not 289:318", builtin.name);
        }
        let print = builtin("print").unwrap().manifest().unwrap();
        assert_eq!(print.photo, Frame { width_pt: 97.5, height_pt: 107.25 });
    }

    #[test]
    fn a_manifest_declares_the_photo_frame_in_any_unit() {
        let manifest =
            Manifest::parse("[tool.cvpdf]\nphoto = { width = \"30mm\", height = 90 }\n", "t/typst.toml").unwrap();
        assert!((manifest.photo.width_pt - 85.039).abs() < 0.01, "{:?}", manifest.photo);
        assert_eq!(manifest.photo.height_pt, 90.0);
        let none = Manifest::parse("[package]\nname = \"x\"\n", "t/typst.toml").unwrap();
        assert_eq!(none.photo, DEFAULT_FRAME);
        let bad = Manifest::parse("[tool.cvpdf]\nphoto = { width = \"wide\", height = 9 }\n", "t/typst.toml");
        let message = bad.unwrap_err().to_string();
        assert!(message.contains("t/typst.toml") && message.contains("photo.width"), "{message}");
        let typo = Manifest::parse("[tool.cvpdf]\nfoto = 1\n", "t/typst.toml").unwrap_err().to_string();
        assert!(typo.contains("foto"), "{typo}");
    }

    #[test]
    fn every_builtin_declares_the_common_options_with_valid_defaults() {
        use crate::data::design::{COMMON, DefaultValue};
        for builtin in BUILTINS {
            let options = builtin.manifest().unwrap().options;
            let names: Vec<&str> = options.iter().map(|option| option.name.as_str()).collect();
            assert_eq!(&names[..4], COMMON, "{}", builtin.name);
            for option in &options {
                assert!(!option.description.is_empty(), "{}.{}", builtin.name, option.name);
                if let DefaultValue::From(other) = &option.default {
                    assert!(names.contains(&other.as_str()), "{}.{} follows {other}", builtin.name, option.name);
                }
            }
        }
    }

    #[test]
    fn a_manifest_declares_options_and_refuses_bad_ones() {
        let parse = |options: &str| Manifest::parse(&format!("[tool.cvpdf.options]\n{options}"), "t/typst.toml");
        let manifest =
            parse("tone = { type = \"choice\", values = [\"a\", \"b\"], default = \"b\", description = \"x\" }\n")
                .unwrap();
        let names: Vec<&str> = manifest.options.iter().map(|option| option.name.as_str()).collect();
        assert_eq!(names, ["page", "font", "accent", "hide", "tone"]);
        let error = |options: &str| parse(options).unwrap_err().to_string();
        assert!(error("x = { type = \"colr\", description = \"x\" }").contains("did you mean `colour`?"));
        assert!(error("x = { type = \"choice\", description = \"x\" }").contains("lists its words in `values`"));
        assert!(
            error("x = { type = \"length\", default = \"wide\", description = \"x\" }")
                .contains("default: expected a length")
        );
        assert!(error("accent = { type = \"length\", description = \"x\" }").contains("has type `colour`"));
        assert!(error("x = { type = \"colour\", default = \"#fff\", description = \"x\" }").contains("contrast"));
        assert!(error("x = { type = \"font\", default_from = \"y\", description = \"x\" }").contains("not declared"));
        assert!(
            error("x = { type = \"font\", default = \"Inter\", description = \"\" }").contains("description is empty")
        );
    }

    /// Compiles `source` beside the built-ins with the language facts
    /// `facts` served as cvpdf serves them; the error text, if any.
    fn helpers_with(facts: &str, source: &str) -> Result<(), String> {
        use typst::foundations::Bytes;

        use crate::render::world::{CvWorld, VirtualFiles};

        let mut files = VirtualFiles::default();
        for file in FILES {
            files.insert(file.path, Bytes::new(file.data));
        }
        files.insert(super::super::layout::LANGUAGE_PATH, Bytes::from_string(facts.to_owned()));
        files.insert("/test/main.typ", Bytes::from_string(source.to_owned()));
        let world = CvWorld::new(
            crate::Fonts::load(&[]).unwrap(),
            files,
            "/test/main.typ",
            crate::Date { year: 2026, month: 3, day: 14 },
        );
        crate::render::compile::compile(&world, &|path| path.to_owned()).map(|_| ()).map_err(|error| error.to_string())
    }

    /// Long words break in the language the contract names for the CV's
    /// script, foreign words in the language named for each, and runs of
    /// a script that is never split (Arabic, Hebrew, CJK) stay whole strings
    /// for Typst's own line breaking: a box between two Arabic letters
    /// would cut the word's joined shape.
    #[test]
    fn the_helpers_break_long_words_by_the_languages_facts() {
        let portuguese = r#"{"lang":"pt","dir":"ltr","script":"Latn","hyphenation":"pt","separator":", ","foreign_words":{"Internationalisation":"en"}}"#;
        let checks = r#"
#import "/common/cv.typ": breakable, join-rich, right-to-left, start-side
#let language-of(word, lang) = {
  show word: it => context assert.eq(text.lang, lang, message: word)
  breakable(word)
}
#language-of("inconstitucionalissimamente", "pt")
#language-of("Internationalisation", "en")
#assert.eq(breakable("mehrsprachig"), "mehrsprachig")
#assert.eq(breakable("مهندسالبرمجياتوالأنظمةالموزعةوقواعدالبيانات"), "مهندسالبرمجياتوالأنظمةالموزعةوقواعدالبيانات")
#assert.eq(breakable("后端开发工程师熟悉分布式系统和数据库负责核心服务的设计与开发"), "后端开发工程师熟悉分布式系统和数据库负责核心服务的设计与开发")
#assert.eq(type(breakable("0123456789abcdef0123456789abcdef")), content)
#assert(not right-to-left)
#assert.eq(start-side, "left")
"#;
        helpers_with(portuguese, checks).unwrap();
        // Kazakh takes Russian patterns for its own words; a language with
        // none breaks a long word between letters.
        let kazakh = r#"{"lang":"kk","dir":"ltr","script":"Cyrl","hyphenation":"ru","separator":", "}"#;
        helpers_with(
            kazakh,
            r#"#import "/common/cv.typ": breakable
#show "мемлекеттендірілмегендіктен": it => context assert.eq(text.lang, "ru")
#breakable("мемлекеттендірілмегендіктен")"#,
        )
        .unwrap();
        let unhyphenated = r#"{"lang":"xx","dir":"ltr","script":"Latn","hyphenation":null,"separator":", "}"#;
        helpers_with(
            unhyphenated,
            r#"#import "/common/cv.typ": breakable
#assert(breakable("Internationalisation").func() != text)"#,
        )
        .unwrap();
        let arabic = r#"{"lang":"ar","dir":"rtl","script":"Arab","hyphenation":null,"separator":"، "}"#;
        helpers_with(
            arabic,
            r#"#import "/common/cv.typ": join-rich, right-to-left, start-side
#assert(right-to-left)
#assert.eq(start-side, "right")
#assert.eq(join-rich(("أ", "ب")), "أ، ب")"#,
        )
        .unwrap();
        // The check can fail.
        assert!(helpers_with(portuguese, "#import \"/common/cv.typ\": right-to-left\n#assert(right-to-left)").is_err());
    }
}

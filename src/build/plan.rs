//! What a build makes, before anything is rendered: each CV read, its
//! `build:` section narrowed by the command's flags, one unit of work per
//! variant × language × template, and the name of every file, checked for
//! collisions across every CV of the build.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::data::model::BuildFormat;
use crate::error::{Error, Message};
use crate::render::templates;
use crate::{RenderOptions, suggest};

use super::{Narrow, Settings, Shard};

/// The name a file gets when neither the data nor the flags give one.
pub const DEFAULT_NAME: &str = "{name}-{variant}-{lang}.{ext}";

/// What `{variant}` stands for when the whole CV is rendered, and the name
/// `build.variants` and `--variant` give it.
pub const WHOLE: &str = "full";

/// The files a build writes beside the outputs.
pub(crate) const MANIFEST: &str = "manifest.json";
pub(crate) const INDEX: &str = "index.html";

/// One render: a CV in one variant, language and template, written in
/// one or more formats.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Which CV of the build, counted from 0 in the order of the inputs.
    pub cv: usize,
    pub data: PathBuf,
    /// `None` for the whole CV.
    pub variant: Option<String>,
    pub lang: String,
    /// As the render is given it (a built-in's name or a path).
    pub template: String,
    /// As `{template}` and the manifest show it.
    pub template_label: String,
    pub outputs: Vec<Planned>,
}

impl Unit {
    /// "anna.yaml (short, en, print)", for progress and failures.
    pub fn label(&self) -> String {
        format!(
            "{} ({}, {}, {})",
            self.data.display(),
            self.variant.as_deref().unwrap_or(WHOLE),
            self.lang,
            self.template_label
        )
    }
}

/// One file a unit writes (a PNG file stands for its set of pages).
#[derive(Debug, Clone)]
pub struct Planned {
    pub format: BuildFormat,
    /// Relative to the output folder, with `/` between folders.
    pub path: String,
}

/// A CV that could not even be planned: its data does not load, or its
/// `build:` section names what it does not have.
#[derive(Debug)]
pub struct Refused {
    pub cv: usize,
    pub data: PathBuf,
    pub error: Error,
}

/// The whole build: every unit of every CV in a fixed order, and the CVs
/// refused.
#[derive(Debug, Default)]
pub struct Plan {
    pub cvs: Vec<PathBuf>,
    pub units: Vec<Unit>,
    pub refused: Vec<Refused>,
}

impl Plan {
    /// The units and refusals of shard `shard`: unit `i` of the whole
    /// build goes to shard `i mod N`, so every shard gets its share of each
    /// CV's units and no unit is in two. A refused CV is reported by the
    /// shard its index falls to.
    pub fn shard(self, shard: Option<Shard>) -> Plan {
        let Some(Shard { index, count }) = shard else { return self };
        let mine = |position: usize| position % count == index - 1;
        Plan {
            cvs: self.cvs,
            units: self.units.into_iter().enumerate().filter(|(at, _)| mine(*at)).map(|(_, unit)| unit).collect(),
            refused: self.refused.into_iter().filter(|refused| mine(refused.cv)).collect(),
        }
    }
}

/// The data files the inputs name: files as given, and every `.yaml` or
/// `.yml` file below a folder (sorted; hidden files and folders, and cover
/// letters, `letter*.yaml`, skipped).
pub fn data_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let is_cv = |path: &Path| {
                let hidden = path
                    .strip_prefix(input)
                    .unwrap_or(path)
                    .components()
                    .any(|part| part.as_os_str().to_string_lossy().starts_with('.'));
                let yaml = path.extension().is_some_and(|extension| extension == "yaml" || extension == "yml");
                // Cover letters (`letter.yaml`, `letter.en.yaml`) sit beside
                // their CV and are no CVs; building them beside each CV is
                // the place for `cvpdf letter` in this plan.
                let letter = path.file_name().is_some_and(|name| name.to_string_lossy().starts_with("letter"));
                yaml && !hidden && !letter
            };
            let found = crate::input::walk(input, &is_cv).map_err(|error| Error::other(error.to_string()))?;
            if found.is_empty() {
                return Err(Error::usage(format!("{}: no CV (.yaml or .yml file) in this folder", input.display())));
            }
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    files.retain(|file| seen.insert(file.clone()));
    Ok(files)
}

/// Reads every CV and plans its units; a CV that fails is refused, the
/// others go on. Fails as a whole, before anything is written, when two
/// outputs would get one name.
pub fn plan(settings: &Settings) -> Result<Plan, Error> {
    // A pattern the flags give is wrong for every CV alike.
    if let Some(name) = &settings.narrow.name {
        let sample = Values { name: "cv", variant: WHOLE, lang: "en", template: "print", format: "pdf", ext: "pdf" };
        expand(name, &sample).map_err(|message| Error::usage(format!("--name: {message}")))?;
    }
    let cvs = data_files(&settings.inputs)?;
    let mut plan = Plan { cvs: cvs.clone(), ..Plan::default() };
    for (index, data) in cvs.iter().enumerate() {
        match plan_cv(index, data, settings) {
            Ok(units) => plan.units.extend(units),
            Err(error) => plan.refused.push(Refused { cv: index, data: data.clone(), error }),
        }
    }
    check_names(&plan.units)?;
    Ok(plan)
}

/// What the flags give, else what the data gives, else the default; with
/// the field the choice came from, for errors.
fn chosen<'a>(flag: &'a [String], data: &'a [String], field: &'static str) -> (Vec<String>, Option<&'static str>) {
    let mut seen = std::collections::BTreeSet::new();
    let mut keep = |list: &'a [String]| list.iter().filter(|item| seen.insert(item.as_str())).cloned().collect();
    if !flag.is_empty() { (keep(flag), None) } else { (keep(data), Some(field)) }
}

fn plan_cv(index: usize, data: &Path, settings: &Settings) -> Result<Vec<Unit>, Error> {
    let options = RenderOptions { as_of: settings.as_of, ..RenderOptions::new(data, templates::DEFAULT) };
    let loaded = crate::load(&options)?;
    let cv = &loaded.cv;
    let declared = cv.build.clone().unwrap_or_default();
    let Narrow { formats, variants, langs, templates: template_flags, name } = &settings.narrow;
    // An error about a choice the data made points at its line; one the
    // flags made names the flag.
    let refuse = |field: Option<&str>, flag: &str, message: Message| match field {
        Some(field) => loaded.error_at(field, message),
        None => Error::usage(message.prefixed(&format!("{flag}: "))),
    };

    let formats: Vec<BuildFormat> = if !formats.is_empty() {
        formats.clone()
    } else if !declared.formats.is_empty() {
        declared.formats.clone()
    } else {
        vec![BuildFormat::Pdf]
    };
    let mut formats_seen = std::collections::BTreeSet::new();
    let formats: Vec<BuildFormat> = formats.into_iter().filter(|format| formats_seen.insert(*format)).collect();

    let known_variants: Vec<&str> = std::iter::once(WHOLE).chain(cv.variants.keys().map(String::as_str)).collect();
    let (mut variant_names, variant_field) = chosen(variants, &declared.variants, "build.variants");
    if variant_names.is_empty() {
        variant_names = known_variants.iter().map(|name| (*name).to_owned()).collect();
    }
    for variant in &variant_names {
        if !known_variants.contains(&variant.as_str()) {
            let message = suggest::unknown("no variant", variant, known_variants.iter().copied());
            return Err(refuse(variant_field, "--variant", message));
        }
    }

    let known_langs = loaded.languages();
    let (mut lang_codes, lang_field) = chosen(langs, &declared.langs, "build.langs");
    if lang_codes.is_empty() {
        lang_codes = known_langs.clone();
    }
    for lang in &lang_codes {
        if !known_langs.contains(lang) {
            let message = suggest::unknown("the CV is not written in", lang, known_langs.iter().map(String::as_str));
            return Err(refuse(lang_field, "--lang", message));
        }
    }

    let (mut template_specs, template_field) = chosen(template_flags, &declared.templates, "build.templates");
    if template_specs.is_empty() {
        template_specs = vec![templates::DEFAULT.to_owned()];
    }
    let folder = data.parent().unwrap_or(Path::new(""));
    let mut resolved = Vec::new();
    for spec in &template_specs {
        // A template the data names as a path is found beside the data;
        // one given by a flag, from the working directory, as `render -t`.
        let given = match template_field {
            Some(_) if spec.contains(['/', '\\']) || spec.ends_with(".typ") || spec.starts_with('.') => {
                folder.join(spec).to_string_lossy().into_owned()
            }
            _ => spec.clone(),
        };
        let template = templates::Template::resolve(&given)
            .map_err(|error| refuse(template_field, "--template", Message::new(error.to_string())))?;
        resolved.push((given, template_label(spec, &template)));
    }

    let (pattern, pattern_field) = match (name, &declared.name) {
        (Some(name), _) => (name.clone(), None),
        (None, Some(name)) => (name.clone(), Some("build.name")),
        (None, None) => (DEFAULT_NAME.to_owned(), None),
    };
    let stem = data.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
    let mut units = Vec::new();
    for (variant_at, variant) in variant_names.iter().enumerate() {
        for lang in &lang_codes {
            for (template_at, (template, label)) in resolved.iter().enumerate() {
                let mut outputs = Vec::new();
                for &format in &formats {
                    // The web page, Markdown and JSON Resume do not depend
                    // on the Typst template: written once, beside the first.
                    let template_free = matches!(format, BuildFormat::Html | BuildFormat::Md | BuildFormat::Jsonresume);
                    if template_free && template_at > 0 {
                        continue;
                    }
                    // JSON Resume is the whole CV's data, once per language.
                    let shown_variant = if format == BuildFormat::Jsonresume {
                        if variant_at > 0 {
                            continue;
                        }
                        WHOLE
                    } else {
                        variant.as_str()
                    };
                    let values = Values {
                        name: &stem,
                        variant: shown_variant,
                        lang,
                        template: label,
                        format: format.name(),
                        ext: format.extension(),
                    };
                    let path = expand(&pattern, &values)
                        .map_err(|message| refuse(pattern_field, "--name", Message::new(message)))?;
                    outputs.push(Planned { format, path });
                }
                if outputs.is_empty() {
                    continue;
                }
                units.push(Unit {
                    cv: index,
                    data: data.to_owned(),
                    variant: (variant != WHOLE).then(|| variant.clone()),
                    lang: lang.clone(),
                    template: template.clone(),
                    template_label: label.clone(),
                    outputs,
                });
            }
        }
    }
    Ok(units)
}

/// A built-in's name, or the name of the template's folder or file.
fn template_label(spec: &str, template: &templates::Template) -> String {
    match template {
        templates::Template::Builtin(_) => template.name(),
        _ => Path::new(spec)
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_else(|| spec.to_owned()),
    }
}

/// The values of the placeholders of a file name.
pub struct Values<'a> {
    pub name: &'a str,
    pub variant: &'a str,
    pub lang: &'a str,
    pub template: &'a str,
    pub format: &'a str,
    pub ext: &'a str,
}

const PLACEHOLDERS: &[&str] = &["name", "variant", "lang", "template", "format", "ext"];

/// The file name `pattern` gives for `values`: a path below the output
/// folder, with `/` between folders. A value never adds a folder: its `/`
/// and `\` become `_`.
pub fn expand(pattern: &str, values: &Values) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(format!("file name pattern `{pattern}`: a `{{` without its `}}`"));
        };
        let key = &after[..close];
        let value = match key {
            "name" => values.name,
            "variant" => values.variant,
            "lang" => values.lang,
            "template" => values.template,
            "format" => values.format,
            "ext" => values.ext,
            other => {
                let hint = suggest::did_you_mean(other, PLACEHOLDERS.iter().copied())
                    .unwrap_or_else(|| format!("the placeholders are {}", placeholders()));
                return Err(format!("file name pattern `{pattern}`: no placeholder `{{{other}}}`; {hint}"));
            }
        };
        out.extend(value.chars().map(|c| if matches!(c, '/' | '\\') || c.is_control() { '_' } else { c }));
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err(format!("file name pattern `{pattern}`: a `}}` without its `{{`"));
    }
    out.push_str(rest);
    check_relative(&out).map_err(|why| format!("file name pattern `{pattern}` gives `{out}`, {why}"))?;
    Ok(out)
}

fn placeholders() -> String {
    PLACEHOLDERS.iter().map(|name| format!("`{{{name}}}`")).collect::<Vec<_>>().join(", ")
}

/// Whether `path` names a file below a folder, and nothing outside it.
fn check_relative(path: &str) -> Result<(), &'static str> {
    if path.is_empty() || path.ends_with('/') {
        return Err("which is no file name");
    }
    if path.contains('\\') || path.contains('\0') {
        return Err("which holds a backslash or a NUL");
    }
    for part in Path::new(path).components() {
        match part {
            Component::Normal(_) => {}
            _ => return Err("which is not a path below the output folder"),
        }
    }
    if path.split('/').any(str::is_empty) {
        return Err("which has an empty folder name");
    }
    Ok(())
}

/// Fails when two outputs would get one name: two planned paths alike, a
/// PNG page (`NAME-1.png`) or a Markdown page's photo (`NAME.jpg`) that is
/// another output's name, or an output named like the manifest or the
/// index. Names that differ only in case collide too, as they do on the
/// file systems of macOS and Windows.
pub fn check_names(units: &[Unit]) -> Result<(), Error> {
    let mut taken: BTreeMap<String, (String, String)> = BTreeMap::new();
    let reserved = [MANIFEST.to_owned(), INDEX.to_owned()];
    for unit in units {
        for planned in &unit.outputs {
            let what = format!("{} of {}", planned.format.name(), unit.label());
            let mut names = vec![planned.path.clone()];
            if planned.format == BuildFormat::Md {
                names.push(with_extension(&planned.path, "jpg"));
            }
            for name in names {
                let key = name.to_lowercase();
                if reserved.contains(&key) || is_shard_file(&key) {
                    return Err(collision(&name, &what, "cvpdf's own list of outputs"));
                }
                if let Some((other_name, other)) = taken.insert(key, (name.clone(), what.clone())) {
                    let other = if other_name == name { other } else { format!("{other} (`{other_name}`)") };
                    return Err(collision(&name, &what, &other));
                }
            }
        }
    }
    // PNG pages are numbered after rendering: `NAME.png` writes
    // `NAME-1.png`, `NAME-2.png`, … so no other output may look like one.
    for unit in units {
        for planned in unit.outputs.iter().filter(|planned| planned.format == BuildFormat::Png) {
            let stem = planned.path.strip_suffix(".png").unwrap_or(&planned.path).to_lowercase();
            let page_of = |name: &str| {
                name.strip_prefix(&stem)
                    .and_then(|rest| rest.strip_prefix('-'))
                    .and_then(|rest| rest.strip_suffix(".png"))
                    .is_some_and(|number| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
            };
            if let Some((name, other)) = taken.values().find(|(name, _)| page_of(&name.to_lowercase())) {
                let what = format!("png of {}", unit.label());
                return Err(collision(name, &format!("the pages of {what}"), other));
            }
        }
    }
    Ok(())
}

/// Whether `name` is a shard's manifest (`manifest-2-of-3.json`).
fn is_shard_file(name: &str) -> bool {
    name.strip_prefix("manifest-").and_then(|rest| rest.strip_suffix(".json")).is_some_and(|rest| {
        rest.split_once("-of-").is_some_and(|(k, n)| {
            !k.is_empty() && !n.is_empty() && k.chars().chain(n.chars()).all(|c| c.is_ascii_digit())
        })
    })
}

fn with_extension(path: &str, extension: &str) -> String {
    Path::new(path).with_extension(extension).to_string_lossy().replace('\\', "/")
}

fn collision(name: &str, one: &str, other: &str) -> Error {
    Error::usage(
        Message::new(format!("two outputs would be named `{name}`: {one}, and {other}"))
            .hint("add the placeholders that tell them apart to the file name pattern (`build.name` or --name), e.g. {variant}, {lang}, {template} or {format}; nothing was written"),
    )
}

/// Where the manifest of a build (or of one shard of it) goes.
pub fn manifest_name(shard: Option<Shard>) -> String {
    match shard {
        Some(Shard { index, count }) => format!("manifest-{index}-of-{count}.json"),
        None => MANIFEST.to_owned(),
    }
}

/// The path `relative` (with `/`) below `folder`.
pub fn below(folder: &Path, relative: &str) -> PathBuf {
    relative.split('/').fold(folder.to_owned(), |path, part| path.join(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values<'a>(variant: &'a str, lang: &'a str) -> Values<'a> {
        Values { name: "anna", variant, lang, template: "print", format: "pdf", ext: "pdf" }
    }

    #[test]
    fn a_pattern_fills_its_placeholders_and_refuses_paths_out_of_the_folder() {
        assert_eq!(expand(DEFAULT_NAME, &values("short", "en")).unwrap(), "anna-short-en.pdf");
        assert_eq!(expand("{lang}/{name}.{ext}", &values("short", "ru")).unwrap(), "ru/anna.pdf");
        // A value never makes a folder of its own.
        assert_eq!(expand("{variant}.{ext}", &values("a/b", "en")).unwrap(), "a_b.pdf");
        assert!(expand("{variant}", &values("..", "en")).is_err(), "`..` is no file name");
        assert!(expand("{lang}/{variant}", &values("..", ".")).is_err());
        assert!(expand("../{name}.{ext}", &values("x", "en")).unwrap_err().contains("below the output folder"));
        assert!(expand("/tmp/{name}", &values("x", "en")).is_err());
        assert!(expand("{nmae}.pdf", &values("x", "en")).unwrap_err().contains("did you mean `name`"));
        assert!(expand("{name.pdf", &values("x", "en")).is_err());
        assert!(expand("a//{name}", &values("x", "en")).is_err());
    }

    #[test]
    fn shards_split_units_round_robin_with_nothing_twice() {
        let unit = |at: usize| Unit {
            cv: 0,
            data: PathBuf::from("cv.yaml"),
            variant: None,
            lang: format!("{at}"),
            template: "print".into(),
            template_label: "print".into(),
            outputs: Vec::new(),
        };
        let whole = || Plan { cvs: vec![], units: (0..10).map(unit).collect(), refused: vec![] };
        let mut seen = Vec::new();
        for index in 1..=3 {
            let shard = whole().shard(Some(Shard { index, count: 3 }));
            assert!((3..=4).contains(&shard.units.len()), "balanced: {}", shard.units.len());
            seen.extend(shard.units.into_iter().map(|unit| unit.lang));
        }
        seen.sort_by_key(|lang| lang.parse::<usize>().unwrap());
        assert_eq!(seen, (0..10).map(|at| at.to_string()).collect::<Vec<_>>());
    }

    #[test]
    fn shard_manifests_are_reserved_names() {
        assert!(is_shard_file("manifest-2-of-3.json"));
        assert!(!is_shard_file("manifest-a-of-3.json") && !is_shard_file("manifest.json"));
    }
}

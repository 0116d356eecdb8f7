//! The command line's arguments: what `cvpdf --help` shows. Turning them
//! into the library's options is here too; what each command does is in its
//! own module.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use clap::{Parser, Subcommand, ValueEnum};

use crate::data::model::Date;
use crate::{PhotoChoice, RenderOptions};

/// cvpdf's version and the version of the Typst compiler it embeds, as
/// `--version` shows them: `cvpdf 0.1.0 (typst 0.15.1)`.
pub static VERSION: LazyLock<String> = LazyLock::new(|| {
    format!("{} (typst {})", env!("CARGO_PKG_VERSION"), typst::syntax::package::PackageVersion::compiler())
});

/// Turns a CV kept as YAML into a print-ready PDF.
///
/// The PDF is set in fonts bundled with cvpdf and is the same byte for byte
/// whenever the data, photo, template and cvpdf version are the same.
#[derive(Debug, Parser)]
#[command(name = "cvpdf", version = VERSION.as_str(), about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// The most memory cvpdf may use, in MiB: a render that needs more
    /// (a template that builds huge values) stops with an error instead of
    /// taking the machine's memory. [default: 2048]
    #[arg(long, global = true, value_name = "MIB", env = "CVPDF_MAX_MEMORY", value_parser = parse_memory)]
    pub max_memory: Option<usize>,
}

fn parse_memory(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(mib) if (64..=1 << 20).contains(&mib) => Ok(mib),
        _ => Err(format!("expected a whole number of MiB from 64 to 1048576, found {text:?}")),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render a CV to PDF (or to PNG pages, or to a web page in Markdown or
    /// HTML).
    Render(RenderArgs),
    /// Render everything the CVs declare in their `build:` section (every
    /// variant, language, template and format; every variant and language
    /// as PDF by default) into one folder, with manifest.json and
    /// index.html, on every core. Several CVs or a folder of them build
    /// together; one CV's error never stops the others.
    Build(BuildArgs),
    /// Render a cover letter in the design and language of the CV it names:
    /// one page, alone or followed by the CV (--with-cv).
    Letter(LetterArgs),
    /// Render, then render again whenever the data, the photo or a template
    /// directory changes. An error is printed and the last good output kept.
    Watch(RenderArgs),
    /// Show the CV in a browser while you edit it: a small server on this
    /// machine renders again on every save of the data, the photo or a
    /// template, and the page follows. Nothing leaves the machine.
    Serve(ServeArgs),
    /// List the built-in templates, or with --options NAME the design
    /// options of one.
    Templates(TemplatesArgs),
    /// Check the data (and its photo and template) without rendering; same
    /// messages and exit codes as `render`.
    Check(CheckArgs),
    /// Write a starter cv.yaml, a placeholder photo.jpg and the schema
    /// cv.schema.json that editors complete from. Refuses to overwrite anything.
    Init(InitArgs),
    /// Print the JSON Schema of the data format. A CV whose first line is
    /// `# yaml-language-server: $schema=cv.schema.json` gets completion and
    /// checks in editors with a YAML language server.
    Schema(SchemaArgs),
    /// List the data's variants, each with the number of pages it gives with
    /// the template.
    Variants(VariantsArgs),
    /// Print what a template receives, as JSON: the data contract of
    /// typst/README.md, filled from DATA. Save it as cv.json beside a
    /// template to preview it with plain `typst watch`.
    Data(DataArgs),
    /// Make a CV (YAML) from an hh.ru resume or a JSON Resume document, and
    /// say where each part of it went. Never downloads anything.
    Import(ImportArgs),
    /// Write the CV as a JSON Resume document (schema 1.x), and name what
    /// JSON Resume has no field for.
    Export(ExportArgs),
    /// Report how a résumé parser (an applicant tracking system) reads the
    /// CV: render it as `render` would, read the PDF back from its bytes and
    /// compare what a parser finds with the data, field by field, with the
    /// layout hazards (hidden text, mixed columns, unmapped glyphs, …) and
    /// the data's own (no e-mail, an empty part, …). With --pdf, read any
    /// PDF instead. Exit code 0 with findings, 1 with --deny-warnings and
    /// warnings.
    Ats(AtsArgs),
    /// Print a completion script for a shell, e.g.
    /// `cvpdf completions bash > ~/.local/share/bash-completion/completions/cvpdf`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `cvpdf man | man -l -`.
    Man,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The kind of source: `hh` is an hh.ru resume as its API returns it
    /// (GET /resumes/{id}); `jsonresume` is a JSON Resume document;
    /// `linkedin` is LinkedIn's "Get a copy of your data" archive, zipped or
    /// unpacked; `rendercv` is a RenderCV YAML file.
    #[arg(value_enum)]
    pub format: ImportFormat,

    /// The source: a JSON file, LinkedIn's ZIP archive or its folder, or a
    /// RenderCV YAML file.
    pub file: PathBuf,

    /// Where to write the CV: a path, or `-` for standard output.
    /// [default: FILE with the extension .yaml]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// The CV's language: any language cvpdf has words for (`pt`, `ar`,
    /// `zh`, …), instead of the source's own or the one its text is
    /// recognised to be in.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// The CV's `updated` date (YYYY-MM-DD) when the source does not say
    /// when it was last changed, instead of the day of the import.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// Replace OUT if it exists.
    #[arg(long)]
    pub force: bool,

    /// Print nothing on success.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The documents `cvpdf import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// An hh.ru resume (the JSON of its API)
    Hh,
    /// A JSON Resume document
    Jsonresume,
    /// LinkedIn's data export (a ZIP archive or its folder)
    Linkedin,
    /// A RenderCV YAML file
    Rendercv,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The format to write.
    #[arg(value_enum)]
    pub format: ExportFormat,

    /// The CV data file (YAML).
    #[arg(default_value = "data/cv.yaml")]
    pub data: PathBuf,

    /// Where to write: a path, or `-` for standard output.
    /// [default: DATA with the extension .json]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// The language to export, of those the data is written in; the first
    /// when not given.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Print nothing on success.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The formats `cvpdf export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON Resume document (schema 1.x)
    Jsonresume,
}

#[derive(Debug, clap::Args)]
pub struct AtsArgs {
    /// The CV data file (YAML) to render and compare with; with --pdf, the
    /// data to compare the PDF with, if any. [default without --pdf: data/cv.yaml]
    #[arg(value_name = "DATA", conflicts_with = "data_option")]
    pub data: Option<PathBuf>,

    /// The data file, as with DATA (reads better after --pdf).
    #[arg(long = "data", value_name = "DATA", id = "data_option")]
    pub data_option: Option<PathBuf>,

    /// Read this PDF (made by cvpdf or any other tool) instead of rendering.
    #[arg(long, value_name = "FILE")]
    pub pdf: Option<PathBuf>,

    /// The template to render with, as for `render`. [default: print]
    #[arg(short, long, value_name = "NAME|PATH")]
    pub template: Option<String>,

    #[command(flatten)]
    pub variant: VariantArgs,

    /// The language to render and whose words the parser looks for; with
    /// --pdf and no data, found from the text when not given.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Count ages and open periods up to this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// Leave the photo out.
    #[arg(long)]
    pub no_photo: bool,

    /// Set a field of the data for this run, as for `render`. May be repeated.
    #[arg(long = "set", value_name = "PATH=VALUE", value_parser = crate::Override::parse)]
    pub overrides: Vec<crate::Override>,

    /// Also use the fonts in this directory, as `render` would.
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Print the report as JSON: `fields` (field, expected, found, ok) and
    /// `findings` (kind, severity, message, page, field, line).
    #[arg(long)]
    pub json: bool,

    /// Exit with 1 when the report has warnings (advice does not count). For CI.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Print the text as the parser reads it (lines top to bottom, each
    /// left to right) instead of the report.
    #[arg(long, conflicts_with = "json")]
    pub text: bool,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// What is rendered: the data, the template and the photo.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// The CV data file (YAML).
    #[arg(default_value = "data/cv.yaml")]
    pub data: PathBuf,

    /// The template: a built-in's name (see `cvpdf templates`), a directory
    /// holding main.typ, or a .typ file; for HTML, a directory holding
    /// index.html, or an .html file. [default: print; web for HTML]
    #[arg(short, long, value_name = "NAME|PATH")]
    pub template: Option<String>,

    /// Count ages and open periods up to this date (YYYY-MM-DD) instead of
    /// the CV's `updated` date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// The language to render, of those the data is written in (`lang:`, or
    /// `langs:` for a CV in several); the first when not given.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Use this photo instead of the data's `photo:`.
    #[arg(long, value_name = "PATH", conflicts_with = "no_photo")]
    pub photo: Option<PathBuf>,

    /// Leave the photo out.
    #[arg(long)]
    pub no_photo: bool,

    /// Set a field of the data for this run, e.g. `--set person.contacts.phone="+7 900"`
    /// or `--set 'skills=[Rust, Go]'`; the value is YAML. May be repeated.
    #[arg(long = "set", value_name = "PATH=VALUE", value_parser = crate::Override::parse)]
    pub overrides: Vec<crate::Override>,

    /// The PDF's creation date, in seconds since 1970 (UTC), instead of the
    /// CV's `updated` date at midnight; for reproducible-build tools.
    #[arg(long, env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = parse_epoch)]
    pub source_date_epoch: Option<i64>,
}

impl InputArgs {
    pub(crate) fn options(&self, font_paths: Vec<PathBuf>, standards: &[StandardArg]) -> RenderOptions {
        RenderOptions {
            data: self.data.clone(),
            data_text: None,
            overrides: self.overrides.clone(),
            template: self.template.clone().unwrap_or_else(|| crate::render::templates::DEFAULT.to_owned()),
            as_of: self.as_of,
            font_paths,
            photo: match (&self.photo, self.no_photo) {
                (_, true) => PhotoChoice::None,
                (Some(path), false) => PhotoChoice::File(path.clone()),
                (None, false) => PhotoChoice::FromData,
            },
            source_date_epoch: self.source_date_epoch,
            standards: standards.iter().map(|&standard| standard.into()).collect(),
            variant: None,
            fit: None,
            timeout: Some(crate::DEFAULT_TIMEOUT),
            lang: self.lang.clone(),
        }
    }
}

/// Which variant of the CV to show, and the pages to fit it into.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct VariantArgs {
    /// Show the variant of this name from the data's `variants:` (see
    /// `cvpdf variants`).
    #[arg(long, value_name = "NAME")]
    pub variant: Option<String>,

    /// Fit into N pages: leave out the lowest-priority content until the CV
    /// fits, then put back what still fits. Overrides the variant's `fit`.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub fit: Option<u32>,
}

impl VariantArgs {
    /// `options` with this variant and fit.
    pub(crate) fn apply(&self, options: RenderOptions) -> RenderOptions {
        RenderOptions { variant: self.variant.clone(), fit: self.fit, ..options }
    }
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub variant: VariantArgs,

    /// Where to write: a path, or `-` for standard output. For PNG,
    /// `cv.png` writes `cv-1.png`, `cv-2.png`, … one per page; for Markdown,
    /// `cv.md` writes the photo beside it as `cv.jpg`.
    /// [default: DATA with the extension of the format]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// The output format; `jsonresume` writes the data as a JSON Resume
    /// document instead of rendering. [default: from the extension of OUT, else pdf]
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Pixels per inch of PNG pages. [default: 144]
    #[arg(long, value_name = "N", value_parser = parse_ppi)]
    pub ppi: Option<f32>,

    /// Enforce a PDF standard; may be given more than once.
    #[arg(long, value_enum, value_name = "STANDARD")]
    pub pdf_standard: Vec<StandardArg>,

    /// Also use the fonts in this directory (searched recursively). Bundled
    /// fonts come first; system fonts are never used.
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Markdown: whose front matter keys to write. [default: hugo]
    #[arg(long, value_enum, value_name = "GENERATOR", conflicts_with_all = ["pdf_standard", "font_path", "fit"])]
    pub front_matter: Option<crate::output::markdown::FrontMatter>,

    /// Markdown: leave the `{#id}` anchors off the headings.
    #[arg(long, conflicts_with_all = ["pdf_standard", "font_path", "fit"])]
    pub no_anchors: bool,

    /// Stop a template that is still compiling after this many seconds
    /// (one that loops for ever never finishes). [default: 60]
    #[arg(long, value_name = "SECONDS", value_parser = parse_timeout)]
    pub timeout: Option<u64>,

    /// Print nothing on success.
    #[arg(short, long)]
    pub quiet: bool,

    /// Treat warnings (a character no font has, a template's warning) as
    /// errors: print them, write nothing and exit with 1. For CI.
    #[arg(long)]
    pub deny_warnings: bool,
}

impl RenderArgs {
    /// The library's options for these arguments.
    pub(crate) fn options(&self) -> RenderOptions {
        let timeout = self.timeout.map_or(crate::DEFAULT_TIMEOUT, std::time::Duration::from_secs);
        RenderOptions {
            timeout: Some(timeout),
            ..self.variant.apply(self.input.options(self.font_path.clone(), &self.pdf_standard))
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct LetterArgs {
    /// The letter (YAML). It names its CV with `cv:`, else the cv.yaml
    /// beside it is taken; person, contacts, photo, design and language come
    /// from the CV.
    pub letter: PathBuf,

    /// Where to write: a path, or `-` for standard output. For PNG,
    /// `letter.png` writes `letter-1.png`, … one per page.
    /// [default: LETTER with the extension of the format]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// The output format. [default: from the extension of OUT, else pdf]
    #[arg(short, long, value_enum)]
    pub format: Option<LetterFormat>,

    /// The template: a built-in's name or a directory whose letter.typ lays
    /// out letters. [default: print]
    #[arg(short, long, value_name = "NAME|PATH")]
    pub template: Option<String>,

    /// Append the CV (the variant the letter names) after the letter, in the
    /// same PDF, its pages numbered from 1.
    #[arg(long)]
    pub with_cv: bool,

    /// Fit the letter into 1 page by tightening its spacing within the
    /// template's limits; without it, a longer letter is rendered with a warning.
    #[arg(long, value_name = "1", value_parser = clap::value_parser!(u32).range(1..=1))]
    pub fit: Option<u32>,

    /// The letter's date when it gives none, and the as-of date of the CV's
    /// ages and periods (YYYY-MM-DD), instead of the CV's `updated` date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// The language of the letter (and of the CV appended), instead of the
    /// letter's `lang:` or the CV's.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Use this photo instead of the CV's `photo:`.
    #[arg(long, value_name = "PATH", conflicts_with = "no_photo")]
    pub photo: Option<PathBuf>,

    /// Leave the photo out.
    #[arg(long)]
    pub no_photo: bool,

    /// Render again whenever the letter, the CV, the photo or the template
    /// changes, until interrupted.
    #[arg(long)]
    pub watch: bool,

    /// Pixels per inch of PNG pages.
    #[arg(long, value_name = "N", default_value_t = 144.0, value_parser = parse_ppi)]
    pub ppi: f32,

    /// Enforce a PDF standard; may be given more than once.
    #[arg(long, value_enum, value_name = "STANDARD")]
    pub pdf_standard: Vec<StandardArg>,

    /// Also use the fonts in this directory (searched recursively).
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// The PDF's creation date, in seconds since 1970 (UTC).
    #[arg(long, env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = parse_epoch)]
    pub source_date_epoch: Option<i64>,

    /// Stop a template that is still compiling after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::DEFAULT_TIMEOUT.as_secs(), value_parser = parse_timeout)]
    pub timeout: u64,

    /// Print nothing on success.
    #[arg(short, long)]
    pub quiet: bool,

    /// Treat warnings (a letter longer than one page among them) as errors:
    /// print them, write nothing and exit with 1.
    #[arg(long)]
    pub deny_warnings: bool,
}

impl LetterArgs {
    /// The library's options for these arguments.
    pub(crate) fn options(&self) -> crate::LetterOptions {
        let template = self.template.clone().unwrap_or_else(|| crate::render::templates::DEFAULT.to_owned());
        let mut render = RenderOptions::new(&self.letter, &template);
        render.as_of = self.as_of;
        render.lang = self.lang.clone();
        render.font_paths = self.font_path.clone();
        render.standards = self.pdf_standard.iter().map(|&standard| standard.into()).collect();
        render.source_date_epoch = self.source_date_epoch;
        render.timeout = Some(std::time::Duration::from_secs(self.timeout));
        render.photo = match (&self.photo, self.no_photo) {
            (_, true) => PhotoChoice::None,
            (Some(path), false) => PhotoChoice::File(path.clone()),
            (None, false) => PhotoChoice::FromData,
        };
        crate::LetterOptions { letter: self.letter.clone(), render, with_cv: self.with_cv, fit: self.fit.is_some() }
    }
}

/// What `letter` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LetterFormat {
    Pdf,
    Png,
    /// Markdown, the letter's words escaped as the CV's page
    Md,
    /// one self-contained HTML page
    Html,
}

impl LetterFormat {
    /// The same format among `render`'s.
    pub(crate) fn format(self) -> Format {
        match self {
            LetterFormat::Pdf => Format::Pdf,
            LetterFormat::Png => Format::Png,
            LetterFormat::Md => Format::Md,
            LetterFormat::Html => Format::Html,
        }
    }
}

fn parse_timeout(text: &str) -> Result<u64, String> {
    match text.trim().parse::<u64>() {
        Ok(seconds) if (1..=86_400).contains(&seconds) => Ok(seconds),
        _ => Err(format!("expected a whole number of seconds from 1 to 86400, found {text:?}")),
    }
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// CV data files (YAML) and folders of them (every .yaml and .yml file
    /// below, hidden ones skipped); with --merge-manifests, the manifests.
    /// [default: data/cv.yaml]
    #[arg(value_name = "DATA|DIR")]
    pub data: Vec<PathBuf>,

    /// The folder to write into; manifest.json and index.html go there too.
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    pub output: PathBuf,

    /// Only these formats (pdf, png, html, md, docx, jsonresume), instead
    /// of the data's `build.formats`; comma-separated or repeated.
    #[arg(short, long, value_name = "FORMAT", value_delimiter = ',', value_parser = parse_build_format)]
    pub format: Vec<crate::data::model::BuildFormat>,

    /// Only these variants (`full` is the whole CV), instead of the data's
    /// `build.variants`.
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    pub variant: Vec<String>,

    /// Only these languages, instead of the data's `build.langs`.
    #[arg(long, value_name = "CODE", value_delimiter = ',')]
    pub lang: Vec<String>,

    /// Only these templates, instead of the data's `build.templates`.
    #[arg(short, long, value_name = "NAME|PATH", value_delimiter = ',')]
    pub template: Vec<String>,

    /// The file name pattern, instead of the data's `build.name`: the
    /// placeholders {name} {variant} {lang} {template} {format} {ext};
    /// `/` makes folders. [default: {name}-{variant}-{lang}.{ext}]
    #[arg(long, value_name = "PATTERN")]
    pub name: Option<String>,

    /// Build only the K-th of N slices of the work (e.g. 2/4), for a CI
    /// matrix or an indexed job; writes manifest-K-of-N.json.
    #[arg(long, value_name = "K/N", conflicts_with = "merge_manifests")]
    pub shard: Option<crate::build::Shard>,

    /// Merge the manifests given (those of the shards of a build) into
    /// DIR/manifest.json and DIR/index.html; renders nothing.
    #[arg(long, conflicts_with_all = ["format", "variant", "lang", "template", "name", "jobs"])]
    pub merge_manifests: bool,

    /// Renders at a time. [default: the number of cores]
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// Pixels per inch of PNG pages.
    #[arg(long, value_name = "N", default_value_t = 144.0, value_parser = parse_ppi)]
    pub ppi: f32,

    /// Also use the fonts in this directory (searched recursively).
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Count ages and open periods up to this date (YYYY-MM-DD) instead of
    /// each CV's `updated` date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// The PDFs' creation date, in seconds since 1970 (UTC).
    #[arg(long, env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = parse_epoch)]
    pub source_date_epoch: Option<i64>,

    /// Stop a template that is still compiling after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::DEFAULT_TIMEOUT.as_secs(), value_parser = parse_timeout)]
    pub timeout: u64,

    /// Leave the photos out.
    #[arg(long, conflicts_with = "merge_manifests")]
    pub no_photo: bool,

    /// Print one JSON line per file written (and per failure) on standard
    /// output, for tools; no progress bar.
    #[arg(long)]
    pub json: bool,

    /// Print nothing but errors.
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_build_format(text: &str) -> Result<crate::data::model::BuildFormat, String> {
    use crate::data::model::BuildFormat;
    let wanted = text.trim().to_ascii_lowercase();
    BuildFormat::ALL.into_iter().find(|format| format.name() == wanted).ok_or_else(|| {
        let names: Vec<&str> = BuildFormat::ALL.iter().map(|format| format.name()).collect();
        format!("expected one of {}, found {text:?}", names.join(", "))
    })
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub variant: VariantArgs,

    /// The port to listen on; 0 takes any free one (the address printed
    /// says which).
    #[arg(long, value_name = "N", default_value_t = 8765)]
    pub port: u16,

    /// Listen on this address of the machine instead of 127.0.0.1. Anyone
    /// who can reach it can see the CV: there is no password.
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,

    /// Open the preview in the default browser.
    #[arg(long)]
    pub open: bool,

    /// Also use the fonts in this directory (searched recursively).
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Stop a template that is still compiling after this many seconds;
    /// the preview ends then, as Typst cannot be stopped.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::DEFAULT_TIMEOUT.as_secs(), value_parser = parse_timeout)]
    pub timeout: u64,
}

impl ServeArgs {
    /// The library's options for these arguments.
    pub(crate) fn options(&self) -> RenderOptions {
        RenderOptions {
            timeout: Some(std::time::Duration::from_secs(self.timeout)),
            ..self.variant.apply(self.input.options(self.font_path.clone(), &[]))
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub variant: VariantArgs,

    /// Also use the fonts in this directory, as `render` would; characters
    /// that no bundled or added font has are reported as warnings.
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Treat warnings as errors: exit with 1 when there are any.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, clap::Args)]
pub struct VariantsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Also use the fonts in this directory (searched recursively).
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Where to write cv.yaml and photo.jpg; created if missing.
    #[arg(default_value = ".")]
    pub dir: PathBuf,

    /// The language of the starter CV: any language cvpdf has words for
    /// (`ru`, `en`, `pt`, `ar`, `zh`, …; `cvpdf schema` lists them).
    #[arg(long, default_value = "ru", value_parser = parse_lang)]
    pub lang: LangArg,

    /// Also write a starter cover letter, letter.yaml, that goes with the CV
    /// (the CV already there, if there is one).
    #[arg(long)]
    pub letter: bool,
}

/// A language code given on the command line, checked as the data's are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangArg(pub crate::data::model::Lang);

fn parse_lang(text: &str) -> Result<LangArg, String> {
    crate::data::model::Lang::parse(text).map(LangArg)
}

#[derive(Debug, clap::Args)]
pub struct TemplatesArgs {
    /// Print the design options of this template (a built-in's name, a
    /// directory or a .typ file) as a table: name, type, default, values
    /// and what each does.
    #[arg(long, value_name = "NAME")]
    pub options: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DataArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub variant: VariantArgs,

    /// Also use the fonts in this directory; with a fit, the CV is laid out
    /// to find what fits.
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Write the JSON to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn parse_epoch(text: &str) -> Result<i64, String> {
    text.trim().parse::<i64>().map_err(|_| format!("expected a whole number of seconds since 1970, found {text:?}"))
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("expected a date like 2026-02-08, found {text:?}"))
}

/// The PDF standards `--pdf-standard` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StandardArg {
    /// PDF/A-2b, for archives
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-3b, for archives
    #[value(name = "a-3b")]
    A3b,
    /// PDF/UA-1, for accessibility
    #[value(name = "ua-1")]
    Ua1,
}

impl From<StandardArg> for crate::output::pdf::Standard {
    fn from(arg: StandardArg) -> Self {
        match arg {
            StandardArg::A2b => crate::output::pdf::Standard::A2b,
            StandardArg::A3b => crate::output::pdf::Standard::A3b,
            StandardArg::Ua1 => crate::output::pdf::Standard::Ua1,
        }
    }
}

/// What `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Pdf,
    Png,
    /// Markdown for a static site generator, with the photo beside it
    Md,
    /// one self-contained HTML page
    Html,
    /// An editable Word document, built from the data rather than the PDF
    Docx,
    /// A JSON Resume document, as `cvpdf export jsonresume` writes it
    Jsonresume,
}

impl Format {
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Jsonresume => "json",
        }
    }

    /// The format's name in messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Png => "PNG",
            Format::Md => "Markdown",
            Format::Html => "HTML",
            Format::Docx => "Word",
            Format::Jsonresume => "JSON Resume",
        }
    }

    /// Whether this is a web format, built from the contract without Typst.
    pub(crate) fn is_web(self) -> bool {
        matches!(self, Format::Md | Format::Html)
    }

    /// The format an output path asks for by its extension.
    pub(crate) fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        let extension = match extension.as_str() {
            "markdown" => "md",
            "htm" => "html",
            other => other,
        };
        Format::value_variants().iter().copied().find(|format| format.extension() == extension)
    }
}

fn parse_ppi(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(ppi) if (1.0..=1200.0).contains(&ppi) => Ok(ppi),
        _ => Err(format!("expected pixels per inch from 1 to 1200, found {text:?}")),
    }
}

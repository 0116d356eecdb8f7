//! The command line: what `cvpdf --help` shows, and what each command does
//! with the library. `main.rs` only parses and maps the result to an exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::Date;
use crate::{Error, PhotoChoice, RenderOptions};

/// Turns a CV kept as YAML into a print-ready PDF.
///
/// The PDF is set in fonts bundled with cvpdf and is the same byte for byte
/// whenever the data, photo, template and cvpdf version are the same.
#[derive(Debug, Parser)]
#[command(name = "cvpdf", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render a CV to PDF (or to PNG pages).
    Render(RenderArgs),
    /// Render, then render again whenever the data, the photo or a template
    /// directory changes. An error is printed and the last good output kept.
    Watch(RenderArgs),
    /// List the built-in templates.
    Templates,
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
    /// Print what a template receives, as JSON: the data contract of
    /// typst/README.md, filled from DATA. Save it as cv.json beside a
    /// template to preview it with plain `typst watch`.
    Data(DataArgs),
}

/// What is rendered: the data, the template and the photo.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// The CV data file (YAML).
    #[arg(default_value = "data/cv.yaml")]
    pub data: PathBuf,

    /// The template: a built-in's name (see `cvpdf templates`), a directory
    /// holding main.typ, or a .typ file.
    #[arg(short, long, value_name = "NAME|PATH", default_value = crate::templates::DEFAULT)]
    pub template: String,

    /// Count ages and open periods up to this date (YYYY-MM-DD) instead of
    /// the CV's `updated` date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// Use this photo instead of the data's `photo:`.
    #[arg(long, value_name = "PATH", conflicts_with = "no_photo")]
    pub photo: Option<PathBuf>,

    /// Leave the photo out.
    #[arg(long)]
    pub no_photo: bool,
}

impl InputArgs {
    fn options(&self, font_paths: Vec<PathBuf>, standards: &[StandardArg]) -> Result<RenderOptions, Error> {
        let source_date_epoch = match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(text) => Some(text.trim().parse::<i64>().map_err(|_| {
                Error::Other(format!("SOURCE_DATE_EPOCH must be a whole number of seconds, found {text:?}"))
            })?),
            Err(_) => None,
        };
        Ok(RenderOptions {
            data: self.data.clone(),
            template: self.template.clone(),
            as_of: self.as_of,
            font_paths,
            photo: match (&self.photo, self.no_photo) {
                (_, true) => PhotoChoice::None,
                (Some(path), false) => PhotoChoice::File(path.clone()),
                (None, false) => PhotoChoice::FromData,
            },
            source_date_epoch,
            standards: standards.iter().map(|&standard| standard.into()).collect(),
        })
    }
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Where to write the PDF: a path, or `-` for standard output.
    /// For PNG, `cv.png` writes `cv-1.png`, `cv-2.png`, … one per page.
    /// [default: DATA with the extension of the format]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// The output format. [default: from the extension of OUT, else pdf]
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Pixels per inch of PNG pages.
    #[arg(long, value_name = "N", default_value_t = 144.0, value_parser = parse_ppi)]
    pub ppi: f32,

    /// Enforce a PDF standard; may be given more than once.
    #[arg(long, value_enum, value_name = "STANDARD")]
    pub pdf_standard: Vec<StandardArg>,

    /// Also use the fonts in this directory (searched recursively). Bundled
    /// fonts come first; system fonts are never used.
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Print nothing on success.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Where to write cv.yaml and photo.jpg; created if missing.
    #[arg(default_value = ".")]
    pub dir: PathBuf,

    /// The language of the starter CV.
    #[arg(long, value_enum, default_value = "ru")]
    pub lang: InitLang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InitLang {
    Ru,
    En,
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

    /// Write the JSON to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
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

impl From<StandardArg> for crate::export::Standard {
    fn from(arg: StandardArg) -> Self {
        match arg {
            StandardArg::A2b => crate::export::Standard::A2b,
            StandardArg::A3b => crate::export::Standard::A3b,
            StandardArg::Ua1 => crate::export::Standard::Ua1,
        }
    }
}

/// What `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Pdf,
    Png,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
        }
    }

    /// The format an output path asks for by its extension.
    fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::value_variants().iter().copied().find(|format| format.extension() == extension)
    }
}

fn parse_ppi(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(ppi) if (1.0..=1200.0).contains(&ppi) => Ok(ppi),
        _ => Err(format!("expected pixels per inch from 1 to 1200, found {text:?}")),
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Render(args) => render(args),
        Command::Watch(args) => watch(args),
        Command::Schema(args) => print_or_write(args.output.as_deref(), &crate::schema::json()),
        Command::Templates => {
            let width = crate::templates::BUILTINS.iter().map(|builtin| builtin.name.len()).max().unwrap_or(0);
            for builtin in crate::templates::BUILTINS {
                println!("{:width$}  {}", builtin.name, builtin.description);
            }
            Ok(())
        }
        Command::Check(args) => {
            let prepared = crate::prepare(&args.input.options(Vec::new(), &[])?)?;
            let cv = &prepared.loaded.cv;
            println!(
                "{}: ok ({} jobs, {} sections, template {})",
                args.input.data.display(),
                cv.experience.len(),
                cv.sections.len(),
                args.input.template
            );
            Ok(())
        }
        Command::Init(args) => init(&args),
        Command::Data(args) => {
            let prepared = crate::prepare(&args.input.options(Vec::new(), &[])?)?;
            let mut json = serde_json::to_string_pretty(&prepared.data.to_json())
                .map_err(|error| Error::Other(format!("could not write JSON: {error}")))?;
            json.push('\n');
            print_or_write(args.output.as_deref(), &json)
        }
    }
}

/// Writes `text` to `path`, or to standard output when there is none.
fn print_or_write(path: Option<&Path>, text: &str) -> Result<(), Error> {
    match path {
        Some(path) => crate::export::write_atomically(path, text.as_bytes()),
        None => std::io::stdout().lock().write_all(text.as_bytes()).map_err(|source| Error::io(Path::new("-"), source)),
    }
}

/// Where and in which format `render` and `watch` write.
struct Destination {
    format: Format,
    output: PathBuf,
    to_stdout: bool,
}

impl Destination {
    fn of(args: &RenderArgs) -> Result<Destination, Error> {
        let format = args.format.or_else(|| args.output.as_deref().and_then(Format::of_path)).unwrap_or(Format::Pdf);
        let data = &args.input.data;
        let output = args.output.clone().unwrap_or_else(|| data.with_extension(format.extension()));
        let to_stdout = output.as_os_str() == "-";
        if to_stdout && format == Format::Png {
            return Err(Error::Other(
                "PNG output is one file per page and cannot go to standard output; give -o".into(),
            ));
        }
        if same_file(&output, data) {
            return Err(Error::Other(format!(
                "{}: the output would overwrite the data file; choose another -o",
                output.display()
            )));
        }
        Ok(Destination { format, output, to_stdout })
    }
}

fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    let destination = Destination::of(&args)?;
    let options = args.input.options(args.font_path.clone(), &args.pdf_standard)?;
    let compiled = crate::compile(&options)?;
    let line = write_output(&args, &destination, &compiled, started)?;
    if !args.quiet {
        eprintln!("{line}");
    }
    Ok(())
}

fn watch(args: RenderArgs) -> Result<(), Error> {
    let destination = Destination::of(&args)?;
    if destination.to_stdout {
        return Err(Error::Other("watch writes a file each time; give -o with a file name".into()));
    }
    let options = args.input.options(args.font_path.clone(), &args.pdf_standard)?;
    let fonts = crate::fonts::Fonts::load(&options.font_paths)?;
    let template_tree = |template: &crate::templates::Template| template.disk_root().map(Path::to_owned);
    let mut first = crate::watch::Targets {
        files: [options.data.clone()].into(),
        trees: crate::templates::Template::resolve(&options.template)
            .ok()
            .as_ref()
            .and_then(template_tree)
            .into_iter()
            .collect(),
        output: Some(destination.output.clone()),
    };
    if let PhotoChoice::File(photo) = &options.photo {
        first.files.insert(photo.clone());
    }
    crate::watch::run(first, || {
        let started = Instant::now();
        let prepared = match crate::prepare(&options) {
            Ok(prepared) => prepared,
            Err(error) => return crate::watch::Round { outcome: Err(error), targets: None },
        };
        let targets = crate::watch::Targets {
            files: [options.data.clone()].into_iter().chain(prepared.photo_path.clone()).collect(),
            trees: template_tree(&prepared.template).into_iter().collect(),
            output: Some(destination.output.clone()),
        };
        let outcome = crate::compile_prepared(prepared, fonts.clone(), &options)
            .and_then(|compiled| write_output(&args, &destination, &compiled, started));
        crate::watch::Round { outcome, targets: Some(targets) }
    })
}

/// Writes a compiled CV where `destination` says; returns the line that
/// reports it (file, pages, bytes, time since `started`).
fn write_output(
    args: &RenderArgs,
    destination: &Destination,
    compiled: &crate::Compiled,
    started: Instant,
) -> Result<String, Error> {
    if !compiled.warnings.is_empty() {
        eprint!("{}", compiled.warnings);
    }
    let Destination { format, output, to_stdout } = destination;
    let (shown, bytes) = match format {
        Format::Pdf => {
            let pdf = compiled.pdf()?;
            if *to_stdout {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(&pdf).and_then(|()| stdout.flush()).map_err(|source| Error::io(output, source))?;
                ("<stdout>".to_owned(), pdf.len())
            } else {
                crate::export::write_atomically(output, &pdf)?;
                (output.display().to_string(), pdf.len())
            }
        }
        Format::Png => {
            let pages = compiled.png_pages(args.ppi)?;
            let paths = page_paths(output, pages.len());
            // Check every target before writing any, so a failure leaves no half set.
            for path in &paths {
                crate::export::check_writable(path)?;
            }
            for (path, png) in paths.iter().zip(&pages) {
                crate::export::write_atomically(path, png)?;
            }
            let first = paths.first().map(|path| path.display().to_string()).unwrap_or_default();
            let shown = if paths.len() > 1 { format!("{first} …") } else { first };
            (shown, pages.iter().map(Vec::len).sum())
        }
    };
    let pages = compiled.pages();
    let noun = if pages == 1 { "page" } else { "pages" };
    Ok(format!("{shown}: {pages} {noun}, {bytes} bytes, {} ms", started.elapsed().as_millis()))
}

const STARTER_RU: &str = include_str!("../examples/starter/cv.ru.yaml");
const STARTER_EN: &str = include_str!("../examples/starter/cv.en.yaml");
const PLACEHOLDER_PHOTO: &[u8] = include_bytes!("../data/photo.jpg");

fn init(args: &InitArgs) -> Result<(), Error> {
    let starter = match args.lang {
        InitLang::Ru => STARTER_RU,
        InitLang::En => STARTER_EN,
    };
    // The schema line makes editors offer completion in the new file at once.
    let cv = format!("{}{starter}", crate::schema::modeline(crate::schema::FILE_NAME));
    let schema = crate::schema::json();
    let files = [
        (args.dir.join("cv.yaml"), cv.as_bytes()),
        (args.dir.join("photo.jpg"), PLACEHOLDER_PHOTO),
        (args.dir.join(crate::schema::FILE_NAME), schema.as_bytes()),
    ];
    let existing: Vec<String> =
        files.iter().filter(|(path, _)| path.exists()).map(|(path, _)| path.display().to_string()).collect();
    if !existing.is_empty() {
        let verb = if existing.len() == 1 { "exists" } else { "exist" };
        return Err(Error::Other(format!(
            "{} already {verb}; cvpdf init never overwrites, so choose an empty directory",
            existing.join(", ")
        )));
    }
    std::fs::create_dir_all(&args.dir).map_err(|source| Error::io(&args.dir, source))?;
    for (path, bytes) in &files {
        crate::export::write_atomically(path, bytes)?;
    }
    let written: Vec<String> = files.iter().map(|(path, _)| path.display().to_string()).collect();
    println!(
        "wrote {}; render with: cvpdf render {} -o cv.pdf (or `cvpdf watch` to re-render on every save)",
        written.join(", "),
        files[0].0.display()
    );
    Ok(())
}

/// `cv.png` becomes `cv-1.png`, `cv-2.png`, …
pub fn page_paths(output: &Path, pages: usize) -> Vec<PathBuf> {
    let stem = output.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_else(|| "cv".into());
    let extension = output.extension().map(|ext| ext.to_string_lossy().into_owned()).unwrap_or_else(|| "png".into());
    (1..=pages).map(|page| output.with_file_name(format!("{stem}-{page}.{extension}"))).collect()
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

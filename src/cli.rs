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
    /// Render a CV to PDF.
    Render(RenderArgs),
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The CV data file (YAML).
    #[arg(default_value = "data/cv.yaml")]
    pub data: PathBuf,

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

    /// The template to render with.
    #[arg(short, long, value_name = "NAME", default_value = crate::templates::DEFAULT)]
    pub template: String,

    /// Count ages and open periods up to this date (YYYY-MM-DD) instead of
    /// the CV's `updated` date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// Also use the fonts in this directory (searched recursively). Bundled
    /// fonts come first; system fonts are never used.
    #[arg(long, value_name = "DIR")]
    pub font_path: Vec<PathBuf>,

    /// Use this photo instead of the data's `photo:`.
    #[arg(long, value_name = "PATH", conflicts_with = "no_photo")]
    pub photo: Option<PathBuf>,

    /// Leave the photo out.
    #[arg(long)]
    pub no_photo: bool,

    /// Print nothing on success.
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("expected a date like 2026-02-08, found {text:?}"))
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
    }
}

fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    let source_date_epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => Some(text.trim().parse::<i64>().map_err(|_| {
            Error::Other(format!("SOURCE_DATE_EPOCH must be a whole number of seconds, found {text:?}"))
        })?),
        Err(_) => None,
    };
    let format = args.format.or_else(|| args.output.as_deref().and_then(Format::of_path)).unwrap_or(Format::Pdf);
    let output = args.output.clone().unwrap_or_else(|| args.data.with_extension(format.extension()));
    let to_stdout = output.as_os_str() == "-";
    if to_stdout && format == Format::Png {
        return Err(Error::Other("PNG output is one file per page and cannot go to standard output; give -o".into()));
    }
    if same_file(&output, &args.data) {
        return Err(Error::Other(format!(
            "{}: the output would overwrite the data file; choose another -o",
            output.display()
        )));
    }
    let options = RenderOptions {
        data: args.data,
        template: args.template,
        as_of: args.as_of,
        font_paths: args.font_path,
        photo: match (args.photo, args.no_photo) {
            (_, true) => PhotoChoice::None,
            (Some(path), false) => PhotoChoice::File(path),
            (None, false) => PhotoChoice::FromData,
        },
        source_date_epoch,
    };
    let compiled = crate::compile(&options)?;
    if !compiled.warnings.is_empty() {
        eprint!("{}", compiled.warnings);
    }
    let (shown, bytes) = match format {
        Format::Pdf => {
            let pdf = compiled.pdf()?;
            if to_stdout {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(&pdf).and_then(|()| stdout.flush()).map_err(|source| Error::io(&output, source))?;
                ("<stdout>".to_owned(), pdf.len())
            } else {
                crate::export::write_atomically(&output, &pdf)?;
                (output.display().to_string(), pdf.len())
            }
        }
        Format::Png => {
            let pages = compiled.png_pages(args.ppi)?;
            let paths = page_paths(&output, pages.len());
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
    if !args.quiet {
        let pages = compiled.pages();
        let noun = if pages == 1 { "page" } else { "pages" };
        eprintln!("{shown}: {pages} {noun}, {bytes} bytes, {} ms", started.elapsed().as_millis());
    }
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

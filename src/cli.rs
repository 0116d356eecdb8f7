//! The command line: what `cvpdf --help` shows.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::model::Date;

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
    /// [default: DATA with the extension .pdf]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

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

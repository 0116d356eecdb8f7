//! `cvpdf render`: compile the CV and write it as a PDF or as PNG pages
//! (the web formats are in [`super::web`]).

use std::path::PathBuf;
use std::time::Instant;

use super::args::{Format, RenderArgs};
use crate::Error;
use crate::output::write::Input;

/// The resolution of PNG pages unless `--ppi` says otherwise.
const DEFAULT_PPI: f32 = 144.0;

/// Where and in which format `render` and `watch` write.
pub(crate) struct Destination {
    pub(crate) format: Format,
    pub(crate) output: PathBuf,
    pub(crate) to_stdout: bool,
}

impl Destination {
    /// The format (`--format`, else the output's extension, else PDF) and
    /// the file: `-o DIR/` (or an existing folder) writes a page as
    /// `DIR/index.html` or `DIR/index.md`, and anything else as the data's
    /// name in DIR. An extension that names another format than
    /// `--format`, and an option that does nothing for the format, are
    /// errors that say what to write instead.
    pub(crate) fn of(args: &RenderArgs) -> Result<Destination, Error> {
        let named = args.output.as_deref().and_then(Format::of_path);
        if let (Some(format), Some(named), Some(output)) = (args.format, named, &args.output)
            && format != named
        {
            return Err(Error::Other(format!(
                "-o {}: the extension says {} but --format is {}; write -o {}, or leave out --format",
                output.display(),
                named.name(),
                format.name().to_lowercase(),
                output.with_extension(format.extension()).display()
            )));
        }
        let format = args.format.or(named).unwrap_or(Format::Pdf);
        check_options(args, format)?;
        let data = &args.input.data;
        let output = match &args.output {
            Some(output) if is_folder(output) => {
                if !output.is_dir() {
                    return Err(Error::Other(format!(
                        "-o {}: no such folder; create it first, or give a file name",
                        output.display()
                    )));
                }
                let stem = match format {
                    Format::Html | Format::Md => std::ffi::OsString::from("index"),
                    _ => data.file_stem().map(ToOwned::to_owned).unwrap_or_else(|| "cv".into()),
                };
                output.join(stem).with_extension(format.extension())
            }
            Some(output) => output.clone(),
            None => data.with_extension(format.extension()),
        };
        let to_stdout = output.as_os_str() == "-";
        if to_stdout && format == Format::Png {
            return Err(Error::Other(
                "PNG output is one file per page and cannot go to standard output; give -o".into(),
            ));
        }
        Ok(Destination { format, output, to_stdout })
    }
}

/// Whether `-o` names a folder: it ends with a separator, or is one.
fn is_folder(output: &std::path::Path) -> bool {
    let text = output.as_os_str().to_string_lossy();
    text.ends_with(std::path::MAIN_SEPARATOR) || text.ends_with('/') || output.is_dir()
}

/// Refuses an option given on the command line that does nothing for
/// `format`, naming what it is for.
fn check_options(args: &RenderArgs, format: Format) -> Result<(), Error> {
    use Format::{Html, Md, Pdf, Png};
    let input = &args.input;
    let rendered: &[Format] = &[Pdf, Png, Md, Html];
    let given: [(bool, &str, &[Format], &str); 13] = [
        (args.ppi.is_some(), "--ppi", &[Png], "it is the resolution of PNG pages"),
        (!args.pdf_standard.is_empty(), "--pdf-standard", &[Pdf], "it is a standard of PDF files"),
        (!args.font_path.is_empty(), "--font-path", &[Pdf, Png], "a web page uses the reader's fonts"),
        (args.front_matter.is_some(), "--front-matter", &[Md], "it is the Markdown page's header"),
        (args.no_anchors, "--no-anchors", &[Md], "it is about the Markdown page's headings"),
        (args.timeout.is_some(), "--timeout", &[Pdf, Png], "only a Typst template's compilation is timed"),
        (
            args.variant.fit.is_some(),
            "--fit",
            &[Pdf, Png],
            "a web page has no pages to fit; a variant's other rules apply",
        ),
        (
            input.template.is_some(),
            "--template",
            &[Pdf, Png, Html],
            "the Markdown page has one fixed shape; its look is the site's theme",
        ),
        (input.photo.is_some(), "--photo", rendered, "JSON Resume names no photo file"),
        (input.no_photo, "--no-photo", rendered, "JSON Resume names no photo file"),
        (!input.overrides.is_empty(), "--set", rendered, "`cvpdf export jsonresume` writes the data as it is"),
        (args.variant.variant.is_some(), "--variant", rendered, "`cvpdf export jsonresume` writes the whole CV"),
        (input.as_of.is_some(), "--as-of", rendered, "JSON Resume holds dates, not ages or durations"),
    ];
    if let Some((_, option, _, why)) = given.iter().find(|(given, _, formats, _)| *given && !formats.contains(&format))
    {
        return Err(Error::Other(format!("{option} does not apply to {} output ({why})", format.name())));
    }
    if let Some(spec) = input.template.as_deref()
        && matches!(format, Pdf | Png)
        && crate::output::html::Template::is_named_by(spec)
    {
        return Err(Error::Other(format!(
            "template {spec} is an HTML template, for a web page: write the page with -f html (or -o cv.html)"
        )));
    }
    Ok(())
}

pub(crate) fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    let destination = Destination::of(&args)?;
    if destination.format.is_web() {
        return super::web::render(&args, &destination, started);
    }
    if destination.format == Format::Jsonresume {
        // Data, not a rendering: the template, photo and fonts play no part.
        let output = Some(destination.output.clone());
        return super::export::write(&args.input.data, args.input.lang.as_deref(), output, args.quiet);
    }
    let options = args.options();
    let compiled = crate::compile(&options)?;
    let line = write_output(&args, &destination, &compiled, started)?;
    if !args.quiet {
        super::say(&line);
        for line in fit_lines(&compiled, true) {
            super::say(&line);
        }
    }
    Ok(())
}

/// Writes a compiled CV where `destination` says; returns the line that
/// reports it (file, pages, bytes, time since `started`).
pub(crate) fn write_output(
    args: &RenderArgs,
    destination: &Destination,
    compiled: &crate::Compiled,
    started: Instant,
) -> Result<String, Error> {
    if !compiled.warnings.is_empty() {
        super::say(compiled.warnings.trim_end());
        if args.deny_warnings {
            return Err(denied());
        }
    }
    let inputs: &[Input] = &compiled.inputs;
    let Destination { format, output, to_stdout } = destination;
    let (shown, bytes) = match format {
        Format::Pdf => {
            let pdf = compiled.pdf()?;
            if *to_stdout {
                crate::output::write::to_stdout(&pdf)?;
                ("<stdout>".to_owned(), pdf.len())
            } else {
                crate::output::write::write(output, &pdf, inputs)?;
                (output.display().to_string(), pdf.len())
            }
        }
        Format::Jsonresume => {
            return Err(Error::Other("JSON Resume is written by `cvpdf export jsonresume`, not rendered".into()));
        }
        Format::Png => {
            let pages = compiled.png_pages(args.ppi.unwrap_or(DEFAULT_PPI))?;
            let paths = crate::output::names::page_paths(output, pages.len());
            let stale = crate::output::names::pages_after(output, pages.len());
            crate::output::write::write_pages(&paths, &pages, stale, inputs)?;
            let first = paths.first().map(|path| path.display().to_string()).unwrap_or_default();
            let shown = if paths.len() > 1 { format!("{first} …") } else { first };
            (shown, pages.iter().map(Vec::len).sum())
        }
        // The web formats never compile Typst: `render` and `watch` send them to `super::web`.
        Format::Md | Format::Html => {
            return Err(Error::Other(format!("{}: a web page is not written from Typst pages", output.display())));
        }
    };
    let pages = compiled.pages();
    let noun = if pages == 1 { "page" } else { "pages" };
    Ok(format!("{shown}: {pages} {noun}, {bytes} bytes, {} ms", started.elapsed().as_millis()))
}

/// What fitting into pages left out, for the terminal: a summary line, and
/// when `in_full` one more line per entry with its field path.
pub(crate) fn fit_lines(compiled: &crate::Compiled, in_full: bool) -> Vec<String> {
    let Some(fit) = &compiled.fit else { return Vec::new() };
    let pages = crate::variants::pages(fit.pages);
    let layouts = format!("{} layout{}", fit.trials, if fit.trials == 1 { "" } else { "s" });
    let count = fit.left_out.len();
    let entries = format!("{count} {}", if count == 1 { "entry" } else { "entries" });
    let mut lines = vec![match count {
        0 => format!("fits into {pages} whole ({layouts})"),
        _ if !in_full => format!("fitted into {pages} ({layouts}): left out {entries}"),
        _ => format!("fitted into {pages} ({layouts}): left out {entries}:"),
    }];
    if in_full {
        lines.extend(fit.left_out.iter().map(|entry| format!("  {entry}")));
    }
    lines
}

/// The error of a run with warnings under `--deny-warnings`.
pub(crate) fn denied() -> Error {
    Error::Other("there were warnings and --deny-warnings is given; nothing was written".into())
}

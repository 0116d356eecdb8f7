//! `cvpdf render`: compile the CV and write it as a PDF or as PNG pages
//! (the web formats are in [`super::web`]).

use std::path::PathBuf;
use std::time::Instant;

use super::args::{Format, RenderArgs};
use crate::Error;
use crate::output::write::Input;

/// Where and in which format `render` and `watch` write.
pub(crate) struct Destination {
    pub(crate) format: Format,
    pub(crate) output: PathBuf,
    pub(crate) to_stdout: bool,
}

impl Destination {
    pub(crate) fn of(args: &RenderArgs) -> Result<Destination, Error> {
        let format = args.format.or_else(|| args.output.as_deref().and_then(Format::of_path)).unwrap_or(Format::Pdf);
        let data = &args.input.data;
        let output = args.output.clone().unwrap_or_else(|| data.with_extension(format.extension()));
        let to_stdout = output.as_os_str() == "-";
        if to_stdout && format == Format::Png {
            return Err(Error::other("PNG output is one file per page and cannot go to standard output; give -o"));
        }
        Ok(Destination { format, output, to_stdout })
    }
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
            return Err(Error::other("JSON Resume is written by `cvpdf export jsonresume`, not rendered"));
        }
        Format::Png => {
            let pages = compiled.png_pages(args.ppi)?;
            let paths = crate::output::names::page_paths(output, pages.len());
            let stale = crate::output::names::pages_after(output, pages.len());
            crate::output::write::write_pages(&paths, &pages, stale, inputs)?;
            let first = paths.first().map(|path| path.display().to_string()).unwrap_or_default();
            let shown = if paths.len() > 1 { format!("{first} …") } else { first };
            (shown, pages.iter().map(Vec::len).sum())
        }
        // The web formats never compile Typst: `render` and `watch` send them to `super::web`.
        Format::Md | Format::Html => {
            return Err(Error::other(format!("{}: a web page is not written from Typst pages", output.display())));
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
    Error::other("there were warnings and --deny-warnings is given; nothing was written")
}

//! `cvpdf render`: compile the CV and write it as a PDF or as PNG pages.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use super::args::{Format, RenderArgs};
use crate::Error;

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
            return Err(Error::Other(
                "PNG output is one file per page and cannot go to standard output; give -o".into(),
            ));
        }
        if crate::output::names::same_file(&output, data) {
            return Err(Error::Other(format!(
                "{}: the output would overwrite the data file; choose another -o",
                output.display()
            )));
        }
        Ok(Destination { format, output, to_stdout })
    }
}

pub(crate) fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    let destination = Destination::of(&args)?;
    if destination.format == Format::Jsonresume {
        // Data, not a rendering: the template, photo and fonts play no part.
        let output = Some(destination.output.clone());
        return super::export::write(&args.input.data, output, args.quiet);
    }
    let options = args.input.options(args.font_path.clone(), &args.pdf_standard);
    let compiled = crate::compile(&options)?;
    let line = write_output(&args, &destination, &compiled, started)?;
    if !args.quiet {
        eprintln!("{line}");
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
                crate::output::write::write_atomically(output, &pdf)?;
                (output.display().to_string(), pdf.len())
            }
        }
        Format::Jsonresume => {
            return Err(Error::Other("JSON Resume is written by `cvpdf export jsonresume`, not rendered".into()));
        }
        Format::Png => {
            let pages = compiled.png_pages(args.ppi)?;
            let paths = crate::output::names::page_paths(output, pages.len());
            // Check every target before writing any, so a failure leaves no half set.
            for path in &paths {
                crate::output::write::check_writable(path)?;
            }
            for (path, png) in paths.iter().zip(&pages) {
                crate::output::write::write_atomically(path, png)?;
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

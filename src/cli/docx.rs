//! `render` and `watch` for the Word document: built from the same
//! contract values a Typst template receives, without compiling Typst. The
//! template (`-t`) still matters: its design options give the page, the
//! margins, the fonts and the photo's frame.

use std::time::Instant;

use super::args::RenderArgs;
use super::render::Destination;
use crate::output::write;
use crate::{Error, RenderOptions};

/// Checks that every option given applies to a Word document, and returns
/// the library's options for it.
fn options(args: &RenderArgs) -> Result<RenderOptions, Error> {
    let refuse = |option: &str| Err(Error::other(format!("{option} does not apply to a Word document")));
    if !args.pdf_standard.is_empty() {
        return refuse("--pdf-standard");
    }
    if !args.font_path.is_empty() {
        return refuse("--font-path (a Word document names its fonts and never carries them)");
    }
    if args.front_matter.is_some() || args.no_anchors {
        return refuse(if args.no_anchors { "--no-anchors" } else { "--front-matter" });
    }
    if args.variant.fit.is_some() {
        return refuse("--fit (a word processor lays out the pages itself; a variant's other rules apply)");
    }
    // A variant's `fit` counts the pages of a Typst template, so the
    // document gets the variant unfitted, as the web page does.
    Ok(RenderOptions { fit: None, ..args.options() })
}

pub(crate) fn render(args: &RenderArgs, destination: &Destination, started: Instant) -> Result<(), Error> {
    let options = options(args)?;
    let prepared = crate::prepare(&options)?;
    let line = write_document(args, destination, &options, &prepared, started)?;
    if !args.quiet {
        super::say(&line);
    }
    Ok(())
}

/// Builds the document and writes it; returns the line that reports it.
fn write_document(
    args: &RenderArgs,
    destination: &Destination,
    options: &RenderOptions,
    prepared: &crate::Prepared,
    started: Instant,
) -> Result<String, Error> {
    let warnings: Vec<&String> = prepared.loaded.warnings().iter().chain(&prepared.design.warnings).collect();
    if !warnings.is_empty() {
        let text: Vec<&str> = warnings.iter().map(|line| line.as_str()).collect();
        super::say(&text.join("\n"));
        if args.deny_warnings {
            return Err(super::render::denied());
        }
    }
    let bytes = prepared.docx()?;
    let Destination { output, to_stdout, .. } = destination;
    if *to_stdout {
        write::to_stdout(&bytes)?;
        return Ok(format!("<stdout>: {} bytes, {} ms", bytes.len(), started.elapsed().as_millis()));
    }
    let mut inputs = vec![write::Input::new(&options.data, "the data file")];
    inputs.extend(prepared.photo_path().map(|path| write::Input::new(path, "the photo it is made from")));
    write::write(output, &bytes, &inputs)?;
    Ok(format!("{}: {} bytes, {} ms", output.display(), bytes.len(), started.elapsed().as_millis()))
}

/// `watch` for a Word document: writes it again whenever the data or the
/// photo changes.
pub(crate) fn watch(args: &RenderArgs, destination: &Destination) -> Result<(), Error> {
    let options = options(args)?;
    super::watch::follow(&options, destination, || {
        let started = Instant::now();
        let prepared = crate::prepare(&options)?;
        let mut read = vec![options.data.clone()];
        read.extend(prepared.photo_path.clone());
        Ok((write_document(args, destination, &options, &prepared, started), read))
    })
}

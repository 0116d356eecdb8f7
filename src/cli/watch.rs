//! `cvpdf watch`: render, then render again whenever a file the last
//! render read changes (the data, the photo, a template file), until
//! interrupted.
//!
//! One [`crate::Session`] lives through the whole watch, so the fonts are
//! parsed once and Typst's memoised work carries over: a one-line edit
//! costs only what it changes. typst-kit's watcher follows exactly the
//! files the last render read, and polls for those that are missing, so a
//! data file (or its whole folder) that is deleted and created again is
//! rendered again. A failed render prints its error and leaves the last
//! good output in place; the next change tries again.

use std::time::Instant;

use super::args::{Format, RenderArgs};
use super::follow::follow;
use super::output::{
    Destination, Web, document_options, fit_lines, refuse_letter, write_document, write_output, write_page,
};
use crate::Error;

pub(crate) fn watch(args: RenderArgs) -> Result<(), Error> {
    refuse_letter(&args.input.data, "watch")?;
    let destination = Destination::of(&args)?;
    if destination.format == Format::Jsonresume {
        return Err(Error::other(
            "watch renders PDF, PNG, the web page or a Word document; write JSON Resume with `cvpdf export jsonresume`",
        ));
    }
    if destination.to_stdout {
        return Err(Error::other("watch writes a file each time; give -o with a file name"));
    }
    if destination.format.is_web() {
        return watch_page(&args, &destination);
    }
    if destination.format == Format::Docx {
        return watch_document(&args, &destination);
    }
    let options = args.options();
    let fonts = crate::render::fonts::Fonts::load(&options.font_paths)?;
    let mut session = crate::Session::new(fonts);
    follow(&options, &destination.output, || {
        let started = Instant::now();
        let prepared = crate::prepare(&options)?;
        let mut read = vec![options.data.clone()];
        read.extend(prepared.photo_path.clone());
        read.extend(prepared.publication_files());
        let outcome = session.compile(prepared, &options).and_then(|compiled| {
            let line = write_output(&args, &destination, &compiled, started)?;
            Ok(std::iter::once(line).chain(fit_lines(&compiled, false)).collect::<Vec<_>>().join("\n"))
        });
        read.extend(session.template_files().iter().cloned());
        Ok((outcome, read))
    })
}

/// `watch` for a web format: writes the page again whenever the data, the
/// photo or a file of the HTML template's directory changes.
fn watch_page(args: &RenderArgs, destination: &Destination) -> Result<(), Error> {
    let web = Web::of(args, destination.format)?;
    let options = &web.options;
    follow(options, &destination.output, || {
        let started = Instant::now();
        let prepared = crate::prepare(options)?;
        let mut read = vec![options.data.clone()];
        read.extend(prepared.photo_path.clone());
        if let Some(template) = &web.html {
            read.extend(template.disk_files()?);
        }
        Ok((write_page(args, destination, &web, &prepared, started), read))
    })
}

/// `watch` for a Word document: writes it again whenever the data or the
/// photo changes.
fn watch_document(args: &RenderArgs, destination: &Destination) -> Result<(), Error> {
    let options = document_options(args)?;
    follow(&options, &destination.output, || {
        let started = Instant::now();
        let prepared = crate::prepare(&options)?;
        let mut read = vec![options.data.clone()];
        read.extend(prepared.photo_path.clone());
        Ok((write_document(args, destination, &options, &prepared, started), read))
    })
}

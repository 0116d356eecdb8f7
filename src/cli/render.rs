//! `cvpdf render`: compile the CV and write it as a PDF, as PNG pages, or
//! as a web page (Markdown or HTML) or a Word document built from the same
//! contract.

use std::time::Instant;

use super::args::{Format, RenderArgs};
use super::output::{
    Destination, Web, document_options, fit_lines, refuse_letter, write_document, write_output, write_page,
};
use crate::Error;

pub(crate) fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    refuse_letter(&args.input.data, "render")?;
    let destination = Destination::of(&args)?;
    if destination.format == Format::Jsonresume {
        // Data, not a rendering: the template, photo and fonts play no part.
        let output = Some(destination.output.clone());
        return super::export::write(&args.input.data, args.input.lang.as_deref(), output, args.quiet);
    }
    if destination.format.is_web() {
        let web = Web::of(&args, destination.format)?;
        let prepared = crate::prepare(&web.options)?;
        let line = write_page(&args, &destination, &web, &prepared, started)?;
        if !args.quiet {
            super::say(&line);
        }
        return Ok(());
    }
    if destination.format == Format::Docx {
        let options = document_options(&args)?;
        let prepared = crate::prepare(&options)?;
        let line = write_document(&args, &destination, &options, &prepared, started)?;
        if !args.quiet {
            super::say(&line);
        }
        return Ok(());
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

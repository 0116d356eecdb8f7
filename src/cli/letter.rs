//! `cvpdf letter`: a cover letter in the design and language of the CV it
//! names, as PDF or PNG pages (alone or followed by the CV), or as a web
//! page; with `--watch`, again whenever the letter, the CV, the photo or
//! the template changes.

use std::time::Instant;

use super::args::{Format, LetterArgs};
use super::output::{Destination, denied, write_compiled};
use crate::Error;
use crate::output::write;

pub(crate) fn letter(args: &LetterArgs) -> Result<(), Error> {
    let destination = destination(args)?;
    if destination.format.is_web() {
        refuse_for_web(args, destination.format)?;
    }
    if !args.watch {
        let line = round(args, &destination)?;
        if !args.quiet {
            super::say(&line);
        }
        return Ok(());
    }
    if destination.to_stdout {
        return Err(Error::usage("--watch writes a file on every change; give -o with a file name"));
    }
    let options = args.options();
    let first = vec![args.letter.clone()];
    super::follow::follow_files(first, &|| crate::pipeline::letter::known_inputs(&options), &destination.output, || {
        let outcome = round(args, &destination);
        Ok((outcome, crate::pipeline::letter::known_inputs(&options)))
    })
}

/// Where and in which format the letter is written: `-o`, else the letter's
/// path with the format's extension.
fn destination(args: &LetterArgs) -> Result<Destination, Error> {
    let format = match (args.format, args.output.as_deref().and_then(Format::of_path)) {
        (Some(format), _) => format.format(),
        (None, Some(format @ (Format::Pdf | Format::Png | Format::Md | Format::Html))) => format,
        (None, Some(other)) => {
            return Err(Error::usage(format!(
                "a letter is written as pdf, png, md or html, not {}; give -f",
                other.extension()
            )));
        }
        (None, None) => Format::Pdf,
    };
    let output = args.output.clone().unwrap_or_else(|| args.letter.with_extension(format.extension()));
    let to_stdout = output.as_os_str() == "-";
    if to_stdout && format == Format::Png {
        return Err(Error::other("PNG output is one file per page and cannot go to standard output; give -o"));
    }
    Ok(Destination { format, output, to_stdout })
}

/// The options that make no sense for a web page are usage errors.
fn refuse_for_web(args: &LetterArgs, format: Format) -> Result<(), Error> {
    let name = if format == Format::Md { "Markdown" } else { "HTML" };
    let refuse = |option: &str| Err(Error::usage(format!("{option} does not apply to {name} output")));
    if args.with_cv {
        return refuse("--with-cv (render the CV's page with `cvpdf render`)");
    }
    if args.fit.is_some() {
        return refuse("--fit (a web page has no pages to fit)");
    }
    if !args.pdf_standard.is_empty() {
        return refuse("--pdf-standard");
    }
    if !args.font_path.is_empty() {
        return refuse("--font-path (a web page uses the reader's fonts)");
    }
    Ok(())
}

/// One render of the letter, written where `destination` says; the line
/// that reports it.
fn round(args: &LetterArgs, destination: &Destination) -> Result<String, Error> {
    let started = Instant::now();
    let options = args.options();
    if destination.format.is_web() {
        let prepared = crate::prepare_letter(&options)?;
        let warnings = prepared.warnings();
        if !warnings.is_empty() {
            super::say(&warnings.join("\n"));
            if args.deny_warnings {
                return Err(denied());
            }
        }
        let page = match destination.format {
            Format::Html => prepared.html_page()?,
            _ => prepared.markdown(),
        };
        if destination.to_stdout {
            write::to_stdout(page.as_bytes())?;
            return Ok(format!("<stdout>: {} bytes, {} ms", page.len(), started.elapsed().as_millis()));
        }
        write::write(&destination.output, page.as_bytes(), &prepared.inputs())?;
        return Ok(format!(
            "{}: {} bytes, {} ms",
            destination.output.display(),
            page.len(),
            started.elapsed().as_millis()
        ));
    }
    let compiled = crate::compile_letter(&options)?;
    write_compiled(args.ppi, args.deny_warnings, destination, &compiled, started)
}

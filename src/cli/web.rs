//! `render` and `watch` for the web formats: a Markdown page with its photo
//! beside it, or one self-contained HTML page. Both are built from the same
//! contract values a Typst template receives, without compiling Typst.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::args::{Format, RenderArgs};
use super::render::Destination;
use crate::output::{html, markdown, write};
use crate::{Error, RenderOptions};

/// What a web render needs besides the prepared CV.
pub(crate) struct Web {
    options: RenderOptions,
    html: Option<html::Template>,
}

impl Web {
    /// Checks that every option given applies to the format, and resolves
    /// the HTML template.
    pub(crate) fn of(args: &RenderArgs, format: Format) -> Result<Web, Error> {
        let name = if format == Format::Md { "Markdown" } else { "HTML" };
        let refuse = |option: &str| Err(Error::other(format!("{option} does not apply to {name} output")));
        if !args.pdf_standard.is_empty() {
            return refuse("--pdf-standard");
        }
        if !args.font_path.is_empty() {
            return refuse("--font-path (a web page uses the reader's fonts)");
        }
        if format != Format::Md && (args.front_matter.is_some() || args.no_anchors) {
            return refuse(if args.no_anchors { "--no-anchors" } else { "--front-matter" });
        }
        let html = match format {
            Format::Html => Some(html::Template::resolve(args.input.template.as_deref())?),
            _ if args.input.template.is_some() => {
                return refuse("--template (the Markdown page has one fixed shape; its look is the site's theme)");
            }
            _ => None,
        };
        if args.variant.fit.is_some() {
            return refuse("--fit (a web page has no pages to fit; a variant's other rules apply)");
        }
        // The photo is prepared for the print template's frame (289:318),
        // the frame of the owner's web page too. A variant's `fit` counts
        // pages of a Typst template, so the page gets the variant unfitted.
        let mut options = args.variant.apply(args.input.options(Vec::new(), &[]));
        options.template = crate::render::templates::DEFAULT.to_owned();
        Ok(Web { options, html })
    }
}

pub(crate) fn render(args: &RenderArgs, destination: &Destination, started: Instant) -> Result<(), Error> {
    let web = Web::of(args, destination.format)?;
    let prepared = crate::prepare(&web.options)?;
    let line = write_page(args, destination, &web, &prepared, started)?;
    if !args.quiet {
        super::say(&line);
    }
    Ok(())
}

/// The photo's file beside a Markdown page: `cv.md` gets `cv.jpg`.
fn photo_path(output: &Path) -> PathBuf {
    output.with_extension("jpg")
}

/// Builds the page and writes it (with the photo, for Markdown); returns the
/// line that reports it.
fn write_page(
    args: &RenderArgs,
    destination: &Destination,
    web: &Web,
    prepared: &crate::Prepared,
    started: Instant,
) -> Result<String, Error> {
    let Destination { format, output, to_stdout } = destination;
    let photo = prepared.photo.as_deref();
    let mut beside = None;
    let page = match (format, &web.html) {
        (Format::Html, Some(template)) => html::render(&prepared.data, photo, template)?,
        _ => {
            if let Some(jpeg) = photo {
                if *to_stdout {
                    return Err(Error::other(
                        "a Markdown page writes its photo beside it and cannot go to standard output; give -o \
                         with a file name, or --no-photo",
                    ));
                }
                let path = photo_path(output);
                beside = Some((path, jpeg));
            }
            let options = markdown::Options {
                front_matter: args.front_matter.unwrap_or_default(),
                anchors: !args.no_anchors,
                image: beside.as_ref().and_then(|(path, _)| path.file_name()).map(|name| name.to_string_lossy().into()),
            };
            markdown::markdown(&prepared.data, &options)
        }
    };
    if *to_stdout {
        write::to_stdout(page.as_bytes())?;
        return Ok(format!("<stdout>: {} bytes, {} ms", page.len(), started.elapsed().as_millis()));
    }
    let mut inputs = vec![write::Input::new(&web.options.data, "the data file")];
    inputs.extend(prepared.photo_path().map(|path| write::Input::new(path, "the photo it is made from")));
    if let Some(main) = web.html.as_ref().and_then(html::Template::main_file) {
        inputs.push(write::Input::new(main, "the template file"));
    }
    // Both are staged before either is put in place, so a failure leaves no half pair.
    match &beside {
        Some((path, jpeg)) => write::write_pages(
            &[path.clone(), output.clone()],
            &[jpeg.to_vec(), page.clone().into_bytes()],
            [],
            &inputs,
        )?,
        None => write::write(output, page.as_bytes(), &inputs)?,
    }
    let photo_note = match &beside {
        Some((path, jpeg)) => format!(" and {} ({} bytes)", path.display(), jpeg.len()),
        None => String::new(),
    };
    Ok(format!("{}: {} bytes{photo_note}, {} ms", output.display(), page.len(), started.elapsed().as_millis()))
}

/// `watch` for a web format: writes the page again whenever the data, the
/// photo or a file of the HTML template's directory changes.
pub(crate) fn watch(args: &RenderArgs, destination: &Destination) -> Result<(), Error> {
    let web = Web::of(args, destination.format)?;
    let options = &web.options;
    super::watch::follow(options, destination, || {
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

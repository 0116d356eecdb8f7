//! What `render` and `watch` share: where and in which format a render is
//! written, the checks that every option given applies to that format, and
//! the writing itself (a PDF, PNG pages, a web page with its photo, or a
//! Word document), with the line that reports it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::args::{Format, RenderArgs};
use crate::output::write::Input;
use crate::output::{html, markdown, write};
use crate::{Error, RenderOptions};

/// Refuses a cover letter given to a command that takes a CV (`render`,
/// `watch`), naming the command that renders it: a letter read as a CV
/// would only be reported key by key as unknown.
pub(crate) fn refuse_letter(data: &Path, command: &str) -> Result<(), Error> {
    if !crate::data::letter::LetterFile::looks_like_letter(data) {
        return Ok(());
    }
    let shown = data.display();
    let watch = if command == "watch" { " --watch" } else { "" };
    Err(Error::usage(
        crate::error::Message::new(format!("{shown} is a cover letter, not a CV: `cvpdf {command}` renders a CV"))
            .hint(format!("render the letter with `cvpdf letter {shown} -o letter.pdf{watch}`")),
    ))
}

/// Where and in which format `render` and `watch` write.
pub(crate) struct Destination {
    pub(crate) format: Format,
    pub(crate) output: PathBuf,
    pub(crate) to_stdout: bool,
}

/// The resolution of PNG pages unless `--ppi` says otherwise.
const DEFAULT_PPI: f32 = 144.0;

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
            return Err(Error::usage(format!(
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
                    return Err(Error::other(format!(
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
            return Err(Error::other("PNG output is one file per page and cannot go to standard output; give -o"));
        }
        Ok(Destination { format, output, to_stdout })
    }
}

/// Whether `-o` names a folder: it ends with a separator, or is a folder
/// whose name has no format's extension (`-o cv.pdf` on a folder is a
/// mistake the writer refuses).
fn is_folder(output: &Path) -> bool {
    let text = output.as_os_str().to_string_lossy();
    text.ends_with(std::path::MAIN_SEPARATOR)
        || text.ends_with('/')
        || (output.is_dir() && Format::of_path(output).is_none())
}

/// Refuses an option given on the command line that does nothing for
/// `format`, naming what it is for: a usage error, as clap's own.
fn check_options(args: &RenderArgs, format: Format) -> Result<(), Error> {
    use Format::{Docx, Html, Md, Pdf, Png};
    let input = &args.input;
    let rendered: &[Format] = &[Pdf, Png, Md, Html, Docx];
    let given: [(bool, &str, &[Format], &str); 13] = [
        (args.ppi.is_some(), "--ppi", &[Png], "it is the resolution of PNG pages"),
        (!args.pdf_standard.is_empty(), "--pdf-standard", &[Pdf], "it is a standard of PDF files"),
        (
            !args.font_path.is_empty(),
            "--font-path",
            &[Pdf, Png],
            "a web page uses the reader's fonts, a Word document names its fonts and never carries them",
        ),
        (args.front_matter.is_some(), "--front-matter", &[Md], "it is the Markdown page's header"),
        (args.no_anchors, "--no-anchors", &[Md], "it is about the Markdown page's headings"),
        (args.timeout.is_some(), "--timeout", &[Pdf, Png], "only a Typst template's compilation is timed"),
        (
            args.variant.fit.is_some(),
            "--fit",
            &[Pdf, Png],
            "only Typst pages are fitted; a web page or a word processor lays out its own, and a variant's other \
             rules apply",
        ),
        (
            input.template.is_some(),
            "--template",
            &[Pdf, Png, Html, Docx],
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
        return Err(Error::usage(format!("{option} does not apply to {} output ({why})", format.name())));
    }
    if let Some(spec) = input.template.as_deref()
        && matches!(format, Pdf | Png | Docx)
        && html::Template::is_named_by(spec)
    {
        return Err(Error::usage(format!(
            "template {spec} is an HTML template, for a web page: write the page with -f html (or -o cv.html)"
        )));
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
    write_compiled(args.ppi.unwrap_or(DEFAULT_PPI), args.deny_warnings, destination, compiled, started)
}

/// [`write_output`] for any compiled document (a CV or a letter): PNG
/// pages at `ppi`, and nothing written when there are warnings and
/// `deny_warnings`.
pub(crate) fn write_compiled(
    ppi: f32,
    deny_warnings: bool,
    destination: &Destination,
    compiled: &crate::Compiled,
    started: Instant,
) -> Result<String, Error> {
    if !compiled.warnings.is_empty() {
        super::say(compiled.warnings.trim_end());
        if deny_warnings {
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
            let pages = compiled.png_pages(ppi)?;
            let paths = crate::output::names::page_paths(output, pages.len());
            let stale = crate::output::names::pages_after(output, pages.len());
            crate::output::write::write_pages(&paths, &pages, stale, inputs)?;
            let first = paths.first().map(|path| path.display().to_string()).unwrap_or_default();
            let shown = if paths.len() > 1 { format!("{first} …") } else { first };
            (shown, pages.iter().map(Vec::len).sum())
        }
        // The web formats and the Word document never compile Typst:
        // `render` and `watch` write them with [`write_page`] and [`write_document`].
        Format::Md | Format::Html | Format::Docx => {
            return Err(Error::other(format!("{}: this format is not written from Typst pages", output.display())));
        }
    };
    let pages = compiled.pages();
    let noun = if pages == 1 { "page" } else { "pages" };
    let pulled = match &compiled.pulled_back {
        Some(crate::PulledBack::OntoThePageBefore { line_spacing, from, to }) => format!(
            " (a stray last page pulled back: line spacing {line_spacing:.2}, {} instead of {from})",
            crate::variants::pages(*to),
        ),
        Some(crate::PulledBack::Filled { line_spacing, page, from, to }) => format!(
            " (a stray last page filled: line spacing {line_spacing:.2}, {to} lines on page {page} instead of {from})"
        ),
        None => String::new(),
    };
    Ok(format!("{shown}: {pages} {noun}{pulled}, {bytes} bytes, {} ms", started.elapsed().as_millis()))
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

/// Prints `warnings`; with `deny_warnings`, a run that has any is an error
/// before anything is written.
fn say_warnings(warnings: &[String], deny_warnings: bool) -> Result<(), Error> {
    if warnings.is_empty() {
        return Ok(());
    }
    super::say(&warnings.join("\n"));
    if deny_warnings { Err(denied()) } else { Ok(()) }
}

/// The error of a run with warnings under `--deny-warnings`.
pub(crate) fn denied() -> Error {
    Error::other("there were warnings and --deny-warnings is given; nothing was written")
}

/// What a web render needs besides the prepared CV.
pub(crate) struct Web {
    pub(crate) options: RenderOptions,
    pub(crate) html: Option<html::Template>,
}

impl Web {
    /// Resolves the HTML template. The options that do not apply to a web
    /// page were refused with the destination ([`Destination::of`]).
    pub(crate) fn of(args: &RenderArgs, format: Format) -> Result<Web, Error> {
        let html = match format {
            Format::Html => Some(html::Template::resolve(args.input.template.as_deref())?),
            _ => None,
        };
        // The photo is prepared for the print template's frame (289:318),
        // the frame of the owner's web page too. A variant's `fit` counts
        // pages of a Typst template, so the page gets the variant unfitted.
        let mut options = args.variant.apply(args.input.options(Vec::new(), &[]));
        options.template = crate::render::templates::DEFAULT.to_owned();
        Ok(Web { options, html })
    }
}

/// Checks the fonts the design names against cvpdf's bundled families, as
/// `check` and a PDF render do: a family name is the one value of the
/// design a page's stylesheet could take as written.
pub(crate) fn check_web_fonts(prepared: &crate::Prepared, options: &RenderOptions) -> Result<(), Error> {
    let fonts = crate::render::fonts::Fonts::load(&[])?;
    prepared
        .design
        .check_fonts(&prepared.loaded, &crate::pipeline::font_families(&fonts))
        .map_err(|error| crate::pipeline::from_override(error, &options.overrides))
}

/// The photo's file beside a Markdown page: `cv.md` gets `cv.jpg`.
fn photo_path(output: &Path) -> PathBuf {
    output.with_extension("jpg")
}

/// Builds the page and writes it (with the photo, for Markdown); returns the
/// line that reports it.
pub(crate) fn write_page(
    args: &RenderArgs,
    destination: &Destination,
    web: &Web,
    prepared: &crate::Prepared,
    started: Instant,
) -> Result<String, Error> {
    check_web_fonts(prepared, &web.options)?;
    say_warnings(&prepared.data_warnings(), args.deny_warnings)?;
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
    inputs.extend(prepared.publication_files().iter().map(|path| write::Input::new(path, "a publications file")));
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

/// Checks that every option given applies to a Word document, and returns
/// the library's options for it. The template (`-t`) still matters: its
/// design options give the page, the margins, the fonts and the photo's
/// frame.
pub(crate) fn document_options(args: &RenderArgs) -> Result<RenderOptions, Error> {
    // The options that do not apply were refused with the destination.
    // A variant's `fit` counts the pages of a Typst template, so the
    // document gets the variant unfitted, as the web page does.
    Ok(RenderOptions { fit: None, ..args.options() })
}

/// Builds the Word document from the contract, without compiling Typst,
/// and writes it; returns the line that reports it.
pub(crate) fn write_document(
    args: &RenderArgs,
    destination: &Destination,
    options: &RenderOptions,
    prepared: &crate::Prepared,
    started: Instant,
) -> Result<String, Error> {
    let mut warnings = prepared.data_warnings();
    warnings.extend(prepared.design.warnings.iter().cloned());
    say_warnings(&warnings, args.deny_warnings)?;
    let bytes = prepared.docx()?;
    let Destination { output, to_stdout, .. } = destination;
    if *to_stdout {
        write::to_stdout(&bytes)?;
        return Ok(format!("<stdout>: {} bytes, {} ms", bytes.len(), started.elapsed().as_millis()));
    }
    let mut inputs = vec![write::Input::new(&options.data, "the data file")];
    inputs.extend(prepared.photo_path().map(|path| write::Input::new(path, "the photo it is made from")));
    inputs.extend(prepared.publication_files().iter().map(|path| write::Input::new(path, "a publications file")));
    write::write(output, &bytes, &inputs)?;
    Ok(format!("{}: {} bytes, {} ms", output.display(), bytes.len(), started.elapsed().as_millis()))
}

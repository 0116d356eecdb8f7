//! The renders of a build on a work-stealing pool: the fonts are loaded and
//! Typst's standard library built once for every render, each thread
//! compiles through a [`Session`] of its own, and each unit writes its files
//! through the one writer, as `cvpdf render` would, byte for byte.

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::manifest::{Failed, Output};
use super::plan::{Planned, Unit, below};
use super::{Event, Settings};
use crate::data::model::BuildFormat;
use crate::error::Error;
use crate::output::write::{self, Input};
use crate::output::{markdown, names};
use crate::render::fonts::Fonts;
use crate::{Prepared, RenderOptions, Session};

/// What one unit wrote, and its error if it stopped.
pub struct Done {
    pub outputs: Vec<Output>,
    pub failed: Option<Failed>,
}

/// Renders `units` on `threads` threads; `on_event` hears of each
/// finished unit (from any thread).
pub fn run(
    units: &[Unit],
    settings: &Settings,
    threads: usize,
    on_event: &(dyn Fn(Event) + Sync),
) -> Result<Vec<Done>, Error> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|index| format!("cvpdf-build-{index}"))
        .build()
        .map_err(|error| Error::other(format!("cannot start the threads to render on: {error}")))?;
    let needs_typst = units
        .iter()
        .any(|unit| unit.outputs.iter().any(|planned| matches!(planned.format, BuildFormat::Pdf | BuildFormat::Png)));
    let fonts = if needs_typst {
        crate::render::world::warm_up();
        Some(Fonts::load(&settings.font_paths)?)
    } else {
        None
    };
    let warned = Mutex::new(std::collections::BTreeSet::new());
    let done = pool.install(|| {
        units
            .par_iter()
            .with_max_len(1)
            .map_init(
                || fonts.clone().map(Session::new),
                |session, unit| {
                    let started = Instant::now();
                    let mut warnings = Vec::new();
                    let mut outputs = Vec::new();
                    let result = render_unit(unit, settings, session.as_mut(), &mut outputs, &mut warnings);
                    // Typst's memoised work is shared by every thread;
                    // what no recent render used goes.
                    comemo::evict(10);
                    for text in warnings {
                        let first = warned.lock().map(|mut seen| seen.insert(text.clone())).unwrap_or(true);
                        if first {
                            on_event(Event::Warning { unit, text: &text });
                        }
                    }
                    let failed = result.err().map(|error| Failed {
                        input: super::shown_path(&unit.data),
                        variant: unit.variant.clone(),
                        lang: Some(unit.lang.clone()),
                        template: Some(unit.template_label.clone()),
                        error: error.report(),
                    });
                    on_event(Event::Unit {
                        unit,
                        outputs: &outputs,
                        failed: failed.as_ref(),
                        elapsed: started.elapsed(),
                    });
                    Done { outputs, failed }
                },
            )
            .collect()
    });
    Ok(done)
}

/// The library's options for a unit, as `cvpdf render` would make them of
/// `--variant`, `--lang` and `-t`.
fn options_of(unit: &Unit, settings: &Settings, template: &str) -> RenderOptions {
    RenderOptions {
        variant: unit.variant.clone(),
        lang: Some(unit.lang.clone()),
        as_of: settings.as_of,
        source_date_epoch: settings.source_date_epoch,
        font_paths: settings.font_paths.clone(),
        timeout: settings.timeout,
        ..RenderOptions::new(&unit.data, template)
    }
}

/// Renders one unit and writes its files, stopping at the first error.
fn render_unit(
    unit: &Unit,
    settings: &Settings,
    session: Option<&mut Session>,
    outputs: &mut Vec<Output>,
    warnings: &mut Vec<String>,
) -> Result<(), Error> {
    let wants = |format: BuildFormat| unit.outputs.iter().find(|planned| planned.format == format);
    let default = crate::render::templates::DEFAULT;
    let options = options_of(unit, settings, &unit.template);
    let record =
        |planned: &Planned, path: String, bytes: &[u8], pages: Option<usize>, page: Option<usize>, inputs: &[Input]| {
            Output {
                path,
                inputs: inputs
                    .iter()
                    .filter(|input| !is_font_or_template(input))
                    .map(|input| super::shown_path(&input.path))
                    .collect(),
                variant: if planned.format == BuildFormat::Jsonresume { None } else { unit.variant.clone() },
                lang: unit.lang.clone(),
                template: match planned.format {
                    BuildFormat::Pdf | BuildFormat::Png | BuildFormat::Docx => Some(unit.template_label.clone()),
                    _ => None,
                },
                format: planned.format.name().to_owned(),
                page,
                pages,
                bytes: bytes.len() as u64,
                sha256: sha256(bytes),
            }
        };

    // The web formats are written from the contract for the default
    // template, as `render -o cv.html` does; the same preparation serves
    // the Word document and the pages when the unit's template is the default.
    let web = wants(BuildFormat::Html).is_some() || wants(BuildFormat::Md).is_some();
    let mut web_prepared = None;
    if web {
        let web_options = RenderOptions { font_paths: Vec::new(), ..options_of(unit, settings, default) };
        let prepared = crate::prepare(&web_options)?;
        let inputs = data_inputs(&unit.data, &prepared);
        if let Some(planned) = wants(BuildFormat::Html) {
            let page = prepared.html_page()?;
            let path = below(&settings.out_dir, &planned.path);
            put(&path, page.as_bytes(), &inputs)?;
            outputs.push(record(planned, planned.path.clone(), page.as_bytes(), None, None, &inputs));
        }
        if let Some(planned) = wants(BuildFormat::Md) {
            write_markdown(planned, &prepared, settings, &inputs, outputs, &record)?;
        }
        warnings.extend(prepared.loaded().warnings().iter().cloned());
        web_prepared = Some(prepared);
    }

    let paged = wants(BuildFormat::Pdf).or(wants(BuildFormat::Png));
    let docx = wants(BuildFormat::Docx);
    if paged.is_some() || docx.is_some() {
        let prepared = match web_prepared.take() {
            Some(prepared) if unit.template == default && settings.font_paths.is_empty() => prepared,
            _ => crate::prepare(&options)?,
        };
        if let Some(planned) = docx {
            let inputs = data_inputs(&unit.data, &prepared);
            let bytes = prepared.docx()?;
            put(&below(&settings.out_dir, &planned.path), &bytes, &inputs)?;
            outputs.push(record(planned, planned.path.clone(), &bytes, None, None, &inputs));
            warnings.extend(prepared.loaded().warnings().iter().cloned());
            warnings.extend(prepared.design.warnings.iter().cloned());
        }
        if paged.is_some() {
            let Some(session) = session else {
                return Err(Error::other("no fonts were loaded for the pages"));
            };
            let compiled = session.compile(prepared, &options)?;
            if !compiled.warnings.is_empty() {
                warnings.push(compiled.warnings.trim_end().to_owned());
            }
            let inputs = &compiled.inputs;
            if let Some(planned) = wants(BuildFormat::Pdf) {
                let pdf = compiled.pdf()?;
                put(&below(&settings.out_dir, &planned.path), &pdf, inputs)?;
                outputs.push(record(planned, planned.path.clone(), &pdf, Some(compiled.pages()), None, inputs));
            }
            if let Some(planned) = wants(BuildFormat::Png) {
                let pages = compiled.png_pages(settings.ppi)?;
                let base = below(&settings.out_dir, &planned.path);
                let paths = names::page_paths(&base, pages.len());
                make_parent(&base)?;
                write::write_pages(&paths, &pages, names::pages_after(&base, pages.len()), inputs)?;
                for (at, (path, bytes)) in paths.iter().zip(&pages).enumerate() {
                    let relative = relative_to(path, &settings.out_dir);
                    outputs.push(record(planned, relative, bytes, Some(pages.len()), Some(at + 1), inputs));
                }
            }
        }
    }

    if let Some(planned) = wants(BuildFormat::Jsonresume) {
        let loaded = crate::load(&options)?;
        let exported = crate::import::export::json_resume(&loaded.cv);
        let inputs = [Input::new(&unit.data, "the data file")];
        put(&below(&settings.out_dir, &planned.path), exported.json.as_bytes(), &inputs)?;
        outputs.push(record(planned, planned.path.clone(), exported.json.as_bytes(), None, None, &inputs));
        warnings.extend(loaded.warnings().iter().cloned());
    }
    Ok(())
}

/// The Markdown page, with the photo beside it as `NAME.jpg`, as
/// `render -o NAME.md` writes them: both staged before either is put in place.
fn write_markdown(
    planned: &Planned,
    prepared: &Prepared,
    settings: &Settings,
    inputs: &[Input],
    outputs: &mut Vec<Output>,
    record: &dyn Fn(&Planned, String, &[u8], Option<usize>, Option<usize>, &[Input]) -> Output,
) -> Result<(), Error> {
    let path = below(&settings.out_dir, &planned.path);
    let photo_path = path.with_extension("jpg");
    let photo = prepared.photo.as_deref();
    let options = markdown::Options {
        front_matter: markdown::FrontMatter::default(),
        anchors: true,
        image: photo.and(photo_path.file_name()).map(|name| name.to_string_lossy().into()),
    };
    let page = markdown::markdown(&prepared.data, &options);
    make_parent(&path)?;
    match photo {
        Some(jpeg) => {
            write::write_pages(
                &[photo_path.clone(), path.clone()],
                &[jpeg.to_vec(), page.clone().into_bytes()],
                [],
                inputs,
            )?;
            outputs.push(record(planned, planned.path.clone(), page.as_bytes(), None, None, inputs));
            let mut photo_record =
                record(planned, relative_to(&photo_path, &settings.out_dir), jpeg, None, None, inputs);
            photo_record.format = "jpg".to_owned();
            outputs.push(photo_record);
        }
        None => {
            write::write(&path, page.as_bytes(), inputs)?;
            outputs.push(record(planned, planned.path.clone(), page.as_bytes(), None, None, inputs));
        }
    }
    Ok(())
}

/// The data file and the photo, which no output may replace.
fn data_inputs(data: &Path, prepared: &Prepared) -> Vec<Input> {
    let mut inputs = vec![Input::new(data, "the data file")];
    inputs.extend(prepared.photo_path().map(|path| Input::new(path, "the photo it is made from")));
    inputs
}

/// Fonts and template files are guarded against being overwritten, but the
/// manifest names only the CV's own files.
fn is_font_or_template(input: &Input) -> bool {
    matches!(input.role, "the font file" | "the template file")
}

/// Writes one file through the one writer, its folder made first.
fn put(path: &Path, bytes: &[u8], inputs: &[Input]) -> Result<(), Error> {
    make_parent(path)?;
    write::write(path, bytes, inputs)
}

fn make_parent(path: &Path) -> Result<(), Error> {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => {
            std::fs::create_dir_all(parent).map_err(|source| Error::io(parent, source))
        }
        _ => Ok(()),
    }
}

/// `path` below `folder`, with `/` between folders.
fn relative_to(path: &Path, folder: &Path) -> String {
    let relative = path.strip_prefix(folder).unwrap_or(path);
    relative.components().map(|part| part.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The SHA-256 of `bytes` in lowercase hexadecimal.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

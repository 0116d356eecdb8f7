//! The renders of a build on a work-stealing pool: the fonts are loaded and
//! Typst's standard library built once for every render, each thread
//! compiles through a [`Session`] of its own, and each unit writes its files
//! through the one writer, as `cvpdf render` would, byte for byte.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc;
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

/// Files written at a time. Each is synced to disk before it is renamed
/// into place, and a sync waits for the disk, not for a core: while some
/// writers wait, the renders go on.
const WRITERS: usize = 8;

/// Finished renders that may wait for a writer; a render that finds the
/// queue full waits, so memory stays bounded however many CVs there are.
const QUEUE_PER_THREAD: usize = 4;

/// One file, or a set written as a whole (PNG pages; a Markdown page and
/// its photo), with the manifest's record of each file.
struct Write {
    paths: Vec<PathBuf>,
    contents: Vec<Vec<u8>>,
    /// For PNG pages: the set's name and its number of pages, so that the
    /// pages of an older, longer set are removed.
    pages_of: Option<(PathBuf, usize)>,
    inputs: Vec<Input>,
    records: Vec<Output>,
}

/// A unit rendered: what to write, and its error if it stopped early.
struct Rendered<'a> {
    unit: &'a Unit,
    at: usize,
    writes: Vec<Write>,
    error: Option<Error>,
    started: Instant,
}

/// Renders `units` on `threads` threads and writes what they make on
/// [`WRITERS`] more; `on_event` hears of each finished unit (from any
/// thread).
pub fn run(
    units: &[Unit],
    settings: &Settings,
    threads: usize,
    on_event: &(dyn Fn(Event) + Sync),
) -> Result<Vec<Done>, Error> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|index| format!("cvpdf-build-{index}"))
        // The PDF's export and the photo run here, not on Typst's worker:
        // give them more room than the main thread of `cvpdf render` has
        // (address space; only what is touched is committed).
        .stack_size(crate::render::compile::STACK_BYTES / 4)
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
    let sessions: Vec<Mutex<Option<Session>>> = (0..threads).map(|_| Mutex::new(None)).collect();
    let done: Vec<Mutex<Option<Done>>> = units.iter().map(|_| Mutex::new(None)).collect();
    let (sender, receiver) = mpsc::sync_channel::<Rendered>(threads * QUEUE_PER_THREAD);
    let receiver = Mutex::new(receiver);
    std::thread::scope(|scope| {
        for _ in 0..WRITERS {
            scope.spawn(|| {
                loop {
                    let next = match receiver.lock() {
                        Ok(receiver) => receiver.recv(),
                        Err(_) => break,
                    };
                    let Ok(rendered) = next else { break };
                    let (at, result) = write_unit(rendered, on_event);
                    if let Ok(mut slot) = done[at].lock() {
                        *slot = Some(result);
                    }
                }
            });
        }
        pool.install(|| {
            units.par_iter().enumerate().with_max_len(1).for_each_init(
                || sender.clone(),
                |sender, (at, unit)| {
                    // Each thread of the pool compiles through a Session of
                    // its own, kept from one render to the next: the
                    // template's sources stay parsed, and Typst's memoised
                    // work on them carries over.
                    let slot = rayon::current_thread_index().and_then(|index| sessions.get(index));
                    let mut guard = slot.and_then(|slot| slot.lock().ok());
                    let mut own = None;
                    let session = match guard.as_deref_mut() {
                        Some(kept) => kept,
                        None => &mut own,
                    };
                    if session.is_none() {
                        *session = fonts.clone().map(Session::new);
                    }
                    let started = Instant::now();
                    let mut warnings = Vec::new();
                    let mut writes = Vec::new();
                    let result = render_unit(unit, settings, session.as_mut(), &mut writes, &mut warnings);
                    drop(guard);
                    // Typst's memoised work is shared by every thread: what
                    // every render uses (the template's own code) stays,
                    // what only this CV used goes, so memory stays that of
                    // a few renders however long the build.
                    comemo::evict(1);
                    for text in warnings {
                        let first = warned.lock().map(|mut seen| seen.insert(text.clone())).unwrap_or(true);
                        if first {
                            on_event(Event::Warning { unit, text: &text });
                        }
                    }
                    let rendered = Rendered { unit, at, writes, error: result.err(), started };
                    // The writers end only when every sender is gone.
                    let _ = sender.send(rendered);
                },
            );
        });
        drop(sender);
    });
    Ok(done.into_iter().filter_map(|slot| slot.into_inner().ok().flatten()).collect())
}

/// Writes what a unit rendered, in order, stopping at the first failure;
/// returns the unit's place and what it wrote.
fn write_unit(rendered: Rendered, on_event: &(dyn Fn(Event) + Sync)) -> (usize, Done) {
    let Rendered { unit, at, writes, mut error, started } = rendered;
    let mut outputs = Vec::new();
    for write in writes {
        let result = (|| {
            for path in &write.paths {
                make_parent(path)?;
            }
            match &write.pages_of {
                Some((base, count)) => {
                    write::write_pages(&write.paths, &write.contents, names::pages_after(base, *count), &write.inputs)
                }
                None if write.paths.len() == 1 => write::write(&write.paths[0], &write.contents[0], &write.inputs),
                None => write::write_pages(&write.paths, &write.contents, [], &write.inputs),
            }
        })();
        match result {
            Ok(()) => outputs.extend(write.records),
            Err(failure) => {
                error = Some(failure);
                break;
            }
        }
    }
    let failed = error.map(|error| Failed {
        input: super::shown_path(&unit.data),
        variant: unit.variant.clone(),
        lang: Some(unit.lang.clone()),
        template: Some(unit.template_label.clone()),
        error: error.report(),
    });
    on_event(Event::Unit { unit, outputs: &outputs, failed: failed.as_ref(), elapsed: started.elapsed() });
    (at, Done { outputs, failed })
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
        photo: if settings.no_photo { crate::PhotoChoice::None } else { crate::PhotoChoice::FromData },
        ..RenderOptions::new(&unit.data, template)
    }
}

/// Renders one unit into the files to write, stopping at the first error.
fn render_unit(
    unit: &Unit,
    settings: &Settings,
    session: Option<&mut Session>,
    writes: &mut Vec<Write>,
    warnings: &mut Vec<String>,
) -> Result<(), Error> {
    let wants = |format: BuildFormat| unit.outputs.iter().find(|planned| planned.format == format);
    let default = crate::render::templates::DEFAULT;
    let options = options_of(unit, settings, &unit.template);
    let record =
        |planned: &Planned, path: &Path, bytes: &[u8], pages: Option<usize>, page: Option<usize>, inputs: &[Input]| {
            Output {
                path: relative_to(path, &settings.out_dir),
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
    let one = |planned: &Planned, bytes: Vec<u8>, pages: Option<usize>, inputs: &[Input]| {
        let path = below(&settings.out_dir, &planned.path);
        let records = vec![record(planned, &path, &bytes, pages, None, inputs)];
        Write { paths: vec![path], contents: vec![bytes], pages_of: None, inputs: inputs.to_vec(), records }
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
            writes.push(one(planned, prepared.html_page()?.into_bytes(), None, &inputs));
        }
        if let Some(planned) = wants(BuildFormat::Md) {
            writes.push(markdown_page(planned, &prepared, settings, &inputs, &record));
        }
        warnings.extend(prepared.data_warnings());
        web_prepared = Some(prepared);
    }

    let paged = wants(BuildFormat::Pdf).or(wants(BuildFormat::Png));
    let docx = wants(BuildFormat::Docx);
    if paged.is_some() || docx.is_some() {
        let prepared = match web_prepared.take() {
            Some(prepared) if unit.template == default => prepared,
            _ => crate::prepare(&options)?,
        };
        if let Some(planned) = docx {
            let inputs = data_inputs(&unit.data, &prepared);
            writes.push(one(planned, prepared.docx()?, None, &inputs));
            warnings.extend(prepared.data_warnings());
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
                // On a thread of its own: what the export leaves behind in
                // its thread goes with the thread, so a long build keeps the
                // memory of one render.
                let pdf = std::thread::scope(|scope| {
                    std::thread::Builder::new()
                        .stack_size(crate::render::compile::STACK_BYTES / 4)
                        .spawn_scoped(scope, || compiled.pdf())
                        .map_err(|error| Error::other(format!("cannot start a thread to export on: {error}")))?
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })?;
                writes.push(one(planned, pdf, Some(compiled.pages()), inputs));
            }
            if let Some(planned) = wants(BuildFormat::Png) {
                let pages = compiled.png_pages(settings.ppi)?;
                let base = below(&settings.out_dir, &planned.path);
                let paths = names::page_paths(&base, pages.len());
                let records = paths
                    .iter()
                    .zip(&pages)
                    .enumerate()
                    .map(|(at, (path, bytes))| record(planned, path, bytes, Some(pages.len()), Some(at + 1), inputs))
                    .collect();
                let count = pages.len();
                writes.push(Write {
                    paths,
                    contents: pages,
                    pages_of: Some((base, count)),
                    inputs: inputs.clone(),
                    records,
                });
            }
        }
    }

    if let Some(planned) = wants(BuildFormat::Jsonresume) {
        let loaded = crate::load(&options)?;
        let exported = crate::import::export::json_resume(&loaded.cv);
        let inputs = [Input::new(&unit.data, "the data file")];
        writes.push(one(planned, exported.json.into_bytes(), None, &inputs));
        warnings.extend(loaded.warnings().iter().cloned());
    }
    Ok(())
}

type Record<'a> = dyn Fn(&Planned, &Path, &[u8], Option<usize>, Option<usize>, &[Input]) -> Output + 'a;

/// The Markdown page, with the photo beside it as `NAME.jpg`, as
/// `render -o NAME.md` writes them: both staged before either is put in place.
fn markdown_page(
    planned: &Planned,
    prepared: &Prepared,
    settings: &Settings,
    inputs: &[Input],
    record: &Record,
) -> Write {
    let path = below(&settings.out_dir, &planned.path);
    let photo_path = path.with_extension("jpg");
    let photo = prepared.photo.as_deref();
    let options = markdown::Options {
        front_matter: markdown::FrontMatter::default(),
        anchors: true,
        image: photo.and(photo_path.file_name()).map(|name| name.to_string_lossy().into()),
    };
    let page = markdown::markdown(&prepared.data, &options).into_bytes();
    let mut records = vec![record(planned, &path, &page, None, None, inputs)];
    match photo {
        Some(jpeg) => {
            let mut photo_record = record(planned, &photo_path, jpeg, None, None, inputs);
            photo_record.format = "jpg".to_owned();
            records.push(photo_record);
            Write {
                paths: vec![photo_path, path],
                contents: vec![jpeg.to_vec(), page],
                pages_of: None,
                inputs: inputs.to_vec(),
                records,
            }
        }
        None => Write { paths: vec![path], contents: vec![page], pages_of: None, inputs: inputs.to_vec(), records },
    }
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

//! The thread that renders: once at the start, then whenever a file the
//! last render read changes or the browser picks something else, through
//! one long-lived [`crate::Session`] as `cvpdf watch` does, so an edit
//! costs only what it changes. Each render is published to the shared
//! state: the pages of a good one, or the error of a failed one beside the
//! last good pages.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use super::files::Follower;
use super::state::{Failure, Format, Good, PageCache, PageImage, Selection, Shared};
use crate::{Error, RenderOptions};

/// What wakes the rendering thread.
pub(crate) enum Wake {
    /// The file system changed at these paths (none: anywhere).
    Files(Vec<PathBuf>),
    /// The browser picked something else.
    Selected,
    Stop,
}

/// An editor may save in several steps (truncate, then write): a render
/// waits until the events have been quiet this long...
const QUIET: Duration = Duration::from_millis(8);
/// ...but no longer than this after the first.
const BURST: Duration = Duration::from_millis(250);

pub(crate) struct Worker {
    pub(crate) base: RenderOptions,
    pub(crate) session: crate::Session,
    pub(crate) shared: Arc<Shared>,
    pub(crate) follower: Follower,
    pub(crate) wake: Receiver<Wake>,
    /// The page images of the last good render.
    pub(crate) cache: PageCache,
    /// The files the last render read.
    pub(crate) read: Vec<PathBuf>,
    /// Where each render's line goes.
    pub(crate) report: Arc<dyn Fn(&str) + Send + Sync>,
    /// A file read for the first time may have changed before it was
    /// followed: render again at once.
    pub(crate) again: bool,
}

/// How far a file's time may lag the clock: the kernel stamps files from a
/// coarser clock than the one [`SystemTime::now`] reads.
const CLOCK_LAG: Duration = Duration::from_millis(50);

/// The library's options for `selection` over those of the command line.
pub(crate) fn options_for(base: &RenderOptions, selection: &Selection) -> RenderOptions {
    let mut options =
        RenderOptions { variant: selection.variant.clone(), lang: selection.lang.clone(), ..base.clone() };
    match selection.format {
        Format::Pages => options.template = selection.template.clone(),
        // As `render -o cv.html` does: the photo cut for the default
        // template's frame, a variant's `fit` left to the pages.
        Format::Html => {
            options.template = crate::render::templates::DEFAULT.to_owned();
            options.fit = None;
        }
    }
    options
}

impl Worker {
    /// Renders until told to stop; an error is a template that did not
    /// finish in time, after which nothing more can be rendered.
    pub(crate) fn run(mut self) -> Result<(), Error> {
        // What the first render will read, as far as is known before it.
        self.follower.follow(&crate::pipeline::known_inputs(&self.base));
        loop {
            self.round()?;
            if !self.wait() {
                return Ok(());
            }
        }
    }

    /// Waits until a file followed changes or the selection does; `false`
    /// when told to stop.
    fn wait(&mut self) -> bool {
        if std::mem::take(&mut self.again) {
            return true;
        }
        loop {
            let message = if self.follower.has_missing() {
                match self.wake.recv_timeout(Follower::POLL) {
                    Ok(message) => message,
                    Err(RecvTimeoutError::Timeout) if self.follower.look_again() => return self.settle(),
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => return false,
                }
            } else {
                match self.wake.recv() {
                    Ok(message) => message,
                    Err(_) => return false,
                }
            };
            match message {
                Wake::Stop => return false,
                Wake::Selected => return self.settle(),
                Wake::Files(paths) if self.follower.concerns(&paths) => return self.settle(),
                Wake::Files(_) => {}
            }
        }
    }

    /// Lets a burst of events pass; `false` when told to stop meanwhile.
    fn settle(&mut self) -> bool {
        let started = Instant::now();
        while started.elapsed() < BURST {
            match self.wake.recv_timeout(QUIET) {
                Ok(Wake::Stop) | Err(RecvTimeoutError::Disconnected) => return false,
                Ok(Wake::Files(paths)) => {
                    // Keeps track of folders that went.
                    self.follower.concerns(&paths);
                }
                Ok(Wake::Selected) => {}
                Err(RecvTimeoutError::Timeout) => break,
            }
        }
        true
    }

    /// Renders the selection once and publishes the outcome.
    fn round(&mut self) -> Result<(), Error> {
        let selection = self.shared.lock().selection.clone();
        self.shared.update(|state| state.busy = true);
        let started = Instant::now();
        let clock = SystemTime::now();
        let options = options_for(&self.base, &selection);
        let mut read = Vec::new();
        let outcome = match selection.format {
            Format::Pages => self.pages(&options, &mut read),
            Format::Html => html(&options, &mut read),
        };
        let millis = started.elapsed().as_millis();
        // Followed before the browser hears of this render, so an edit made
        // as soon as it has is seen.
        if outcome.is_err() {
            // Follow what was read before too (the photo and the template,
            // which the data may name again once it loads).
            read.extend(crate::pipeline::known_inputs(&options));
            read.extend(self.read.iter().cloned());
            read.sort();
            read.dedup();
        }
        let new: Vec<PathBuf> = read.iter().filter(|file| !self.follower.follows(file)).cloned().collect();
        self.follower.follow(&read);
        self.again = new.iter().any(|file| changed_since(file, clock));
        self.read = read;
        match outcome {
            Ok(rendered) => {
                let shown = options.data.display();
                let count = rendered.pages.len();
                let line = match selection.format {
                    Format::Pages => {
                        format!("{shown}: {count} {}, {millis} ms", if count == 1 { "page" } else { "pages" })
                    }
                    Format::Html => format!("{shown}: the web page, {millis} ms"),
                };
                if !rendered.warnings.is_empty() {
                    (self.report)(rendered.warnings.trim_end());
                }
                (self.report)(&line);
                let good = Good {
                    selection: selection.clone(),
                    pages: rendered.pages,
                    html: rendered.html,
                    compiled: rendered.compiled,
                    pdf: OnceLock::new(),
                    millis,
                    warnings: rendered.warnings,
                    note: rendered.note,
                };
                self.shared.update(|state| {
                    state.busy = false;
                    state.error = None;
                    state.good = Some(Arc::new(good));
                    state.choices.langs = rendered.langs;
                    state.choices.variants = rendered.variants;
                });
            }
            Err(error) => {
                (self.report)(&error.report());
                let fatal = matches!(error, Error::Timeout { .. });
                self.shared.update(|state| {
                    state.busy = false;
                    state.error = Some(Failure::of(&error));
                    state.stopped |= fatal;
                });
                if fatal {
                    return Err(error);
                }
            }
        }
        // Drop what the cache holds for old versions of the files, now that
        // the browser has the new one, so a long session stays small.
        comemo::evict(10);
        Ok(())
    }

    /// The Typst template's pages; `read` gets the files read.
    fn pages(&mut self, options: &RenderOptions, read: &mut Vec<PathBuf>) -> Result<Rendered, Error> {
        read.push(options.data.clone());
        let prepared = crate::prepare(options)?;
        read.extend(prepared.photo_path().map(PathBuf::from));
        let langs = prepared.loaded().languages();
        let variants = prepared.variant_names();
        let compiled = self.session.compile(prepared, options);
        read.extend(self.session.template_files().iter().cloned());
        let compiled = compiled?;
        let mut cache = PageCache::new();
        let mut pages = Vec::new();
        for (index, fingerprint) in compiled.page_fingerprints().into_iter().enumerate() {
            let image = match self.cache.get(&fingerprint) {
                Some(image) => Arc::clone(image),
                None => {
                    let (width_pt, height_pt) = compiled.page_size(index).unwrap_or_default();
                    let svg = compiled.svg_page(index).unwrap_or_default();
                    Arc::new(PageImage { key: format!("{fingerprint:032x}"), svg: svg.into(), width_pt, height_pt })
                }
            };
            cache.insert(fingerprint, Arc::clone(&image));
            pages.push(image);
        }
        self.cache = cache;
        let note = super::fit_note(&compiled);
        Ok(Rendered {
            pages,
            html: None,
            warnings: compiled.warnings.clone(),
            note,
            langs,
            variants,
            compiled: Some(Arc::new(compiled)),
        })
    }
}

/// Whether `file` changed after `clock`, or about then.
fn changed_since(file: &std::path::Path, clock: SystemTime) -> bool {
    let modified = std::fs::metadata(file).and_then(|metadata| metadata.modified());
    modified.is_ok_and(|modified| modified + CLOCK_LAG >= clock)
}

/// The web page; `read` gets the files read.
fn html(options: &RenderOptions, read: &mut Vec<PathBuf>) -> Result<Rendered, Error> {
    read.push(options.data.clone());
    let prepared = crate::prepare(options)?;
    read.extend(prepared.photo_path().map(PathBuf::from));
    let page = prepared.html_page()?;
    let key = format!("{:032x}", typst::utils::hash128(&page));
    let warnings: String = prepared.data_warnings().iter().map(|warning| format!("{warning}\n")).collect();
    Ok(Rendered {
        pages: Vec::new(),
        html: Some((key, page.into())),
        warnings,
        note: None,
        langs: prepared.loaded().languages(),
        variants: prepared.variant_names(),
        compiled: None,
    })
}

/// What one render made.
struct Rendered {
    pages: Vec<Arc<PageImage>>,
    html: Option<(String, Arc<str>)>,
    warnings: String,
    note: Option<String>,
    langs: Vec<String>,
    variants: Vec<String>,
    compiled: Option<Arc<crate::Compiled>>,
}

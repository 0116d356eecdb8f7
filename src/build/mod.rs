//! `cvpdf build`: everything one or many CVs declare, in one process.
//!
//! [`plan`] reads every CV and lists the renders (a variant × language ×
//! template each, written in one or more formats) with the name of every
//! file, refusing the whole build before anything is written when two
//! files would get one name; [`run`] renders them on a work-stealing pool
//! that shares the fonts, Typst's standard library and the templates;
//! [`manifest`] records what was written and merges the manifests of
//! shards. One CV's error never stops the others: it is recorded and
//! reported, and the build fails at the end.
//!
//! A cover letter would be one more kind of output of a unit, planned and
//! named beside the CV's files in [`plan`] and written in [`run`].

pub mod manifest;
pub mod plan;
mod run;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use crate::data::model::{BuildFormat, Date};
use crate::error::Error;
use crate::output::write::Input;
pub use manifest::{Failed, Manifest, Output};
pub use plan::Unit;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Data files and folders of them.
    pub inputs: Vec<PathBuf>,
    /// Where the files, the manifest and the index go.
    pub out_dir: PathBuf,
    /// What the flags choose instead of the data's `build:` section.
    pub narrow: Narrow,
    pub shard: Option<Shard>,
    /// Renders at a time; one per core when `None`.
    pub jobs: Option<usize>,
    pub font_paths: Vec<PathBuf>,
    pub timeout: Option<Duration>,
    /// Pixels per inch of PNG pages.
    pub ppi: f32,
    pub as_of: Option<Date>,
    pub source_date_epoch: Option<i64>,
    /// Leave every photo out (`--no-photo`).
    pub no_photo: bool,
}

impl Settings {
    pub fn new(inputs: Vec<PathBuf>, out_dir: impl Into<PathBuf>) -> Settings {
        Settings {
            inputs,
            out_dir: out_dir.into(),
            narrow: Narrow::default(),
            shard: None,
            jobs: None,
            font_paths: Vec::new(),
            timeout: Some(crate::DEFAULT_TIMEOUT),
            ppi: 144.0,
            as_of: None,
            source_date_epoch: None,
            no_photo: false,
        }
    }
}

/// The flags' choices; an empty list keeps what the data declares.
#[derive(Debug, Clone, Default)]
pub struct Narrow {
    pub formats: Vec<BuildFormat>,
    pub variants: Vec<String>,
    pub langs: Vec<String>,
    pub templates: Vec<String>,
    pub name: Option<String>,
}

/// The `index`-th (from 1) of `count` slices of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Shard, String> {
        let parsed = text.split_once('/').and_then(|(index, count)| {
            Some((index.trim().parse::<usize>().ok()?, count.trim().parse::<usize>().ok()?))
        });
        match parsed {
            Some((index, count)) if count >= 1 && (1..=count).contains(&index) => Ok(Shard { index, count }),
            _ => Err(format!("expected K/N with 1 <= K <= N, such as 2/4, found {text:?}")),
        }
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// What a build tells its caller while it runs (from any of its threads).
pub enum Event<'a> {
    /// The plan is made: this many renders of this many CVs.
    Planned { units: usize, cvs: usize },
    /// A CV that could not be planned at all.
    Refused { failed: &'a Failed },
    /// A render finished: the files it wrote, and its error if it stopped.
    Unit { unit: &'a Unit, outputs: &'a [Output], failed: Option<&'a Failed>, elapsed: Duration },
    /// A warning about the data or the template, once per build.
    Warning { unit: &'a Unit, text: &'a str },
}

/// What a build did.
pub struct Report {
    pub manifest: Manifest,
    /// Where the manifest was written.
    pub manifest_path: PathBuf,
    pub cvs: usize,
    pub threads: usize,
}

impl Report {
    pub fn failed(&self) -> bool {
        !self.manifest.failed.is_empty()
    }
}

/// Builds what `settings` ask for and writes the manifest (and, for a
/// whole build, the index). An error is returned only when nothing could
/// be built: a name collision, an unreadable folder, fonts that do not
/// load. A CV or render that fails is listed in the report's manifest.
pub fn build(settings: &Settings, on_event: &(dyn Fn(Event) + Sync)) -> Result<Report, Error> {
    let whole = plan::plan(settings)?;
    let cvs = whole.cvs.len();
    let mine = whole.shard(settings.shard);
    on_event(Event::Planned { units: mine.units.len(), cvs });
    let mut failed: Vec<Failed> = Vec::new();
    for refused in &mine.refused {
        let record = Failed {
            input: shown_path(&refused.data),
            variant: None,
            lang: None,
            template: None,
            error: refused.error.report(),
        };
        on_event(Event::Refused { failed: &record });
        failed.push(record);
    }
    let threads = settings
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |cores| cores.get()))
        .clamp(1, mine.units.len().max(1));
    let done = run::run(&mine.units, settings, threads, on_event)?;
    let mut outputs = Vec::new();
    for unit in done {
        outputs.extend(unit.outputs);
        failed.extend(unit.failed);
    }
    let manifest = Manifest::new(settings.shard.map(|shard| shard.to_string()), outputs, failed);
    let inputs: Vec<Input> = mine.cvs.iter().map(|cv| Input::new(cv, "the data file")).collect();
    let manifest_path =
        manifest::write_manifest(&settings.out_dir, &plan::manifest_name(settings.shard), &manifest, &inputs)?;
    Ok(Report { manifest, manifest_path, cvs, threads })
}

/// Merges the manifests of shards (or of any builds that do not overlap)
/// into `manifest.json` and `index.html` in `out_dir`.
pub fn merge(manifests: &[PathBuf], out_dir: &Path) -> Result<Report, Error> {
    let manifest = manifest::merge(manifests, out_dir)?;
    let inputs: Vec<Input> = manifests.iter().map(|path| Input::new(path, "a manifest it merges")).collect();
    let manifest_path = manifest::write_manifest(out_dir, plan::MANIFEST, &manifest, &inputs)?;
    Ok(Report { manifest, manifest_path, cvs: 0, threads: 0 })
}

/// A path as the manifest shows it: relative to the working directory
/// when it lies below it, with `/` between folders, so that the manifest
/// does not depend on where the build ran.
pub(crate) fn shown_path(path: &Path) -> String {
    let relative = match std::env::current_dir() {
        Ok(here) if path.is_absolute() => path.strip_prefix(&here).unwrap_or(path),
        _ => path,
    };
    let relative = relative.strip_prefix(".").unwrap_or(relative);
    relative.to_string_lossy().replace('\\', "/")
}

//! `cvpdf watch`: render, then render again whenever the data, the photo or
//! a directory template changes, until interrupted.
//!
//! The process stays alive between renders, so Typst's memoised work
//! (comemo) and the parsed fonts carry over and a one-line edit costs only
//! what it changes. A failed render prints its error and leaves the last good
//! output in place; the next save tries again.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecursiveMode, Watcher};

use crate::error::Error;

/// What to watch after a render: single files, and directories with all they
/// hold, minus what the render itself writes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Targets {
    pub files: BTreeSet<PathBuf>,
    pub trees: BTreeSet<PathBuf>,
    /// The output file. It, its per-page siblings (`cv-1.png`) and the
    /// temporary files it is written through never trigger a render, even
    /// inside a watched tree: that would render forever.
    pub output: Option<PathBuf>,
}

impl Targets {
    /// Whether a changed `path` (absolute, as notify reports it) is one of ours.
    fn matches(&self, path: &Path) -> bool {
        if self.is_output(path) {
            return false;
        }
        self.files.iter().any(|file| canonical(file) == path)
            || self.trees.iter().any(|tree| path.starts_with(canonical(tree)))
    }

    fn is_output(&self, path: &Path) -> bool {
        let Some(output) = &self.output else { return false };
        let output = canonical(output);
        if path.parent() != output.parent() {
            return false;
        }
        let name = |path: &Path| path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let (changed, written) = (name(path), name(&output));
        let stem = output.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
        let extension = output.extension().map(|ext| ext.to_string_lossy().into_owned()).unwrap_or_default();
        changed == written
            || (changed.starts_with(&format!("{stem}-")) && changed.ends_with(&format!(".{extension}")))
            || (changed.starts_with('.') && changed.ends_with(".tmp"))
    }

    /// The directories to subscribe to. Files are watched through their
    /// folder, because editors save by writing a new file and renaming it
    /// over the old one, which a watch on the old file would miss.
    fn folders(&self) -> BTreeSet<(PathBuf, RecursiveMode)> {
        let parents = self.files.iter().map(|file| (canonical(&folder_of(file)), RecursiveMode::NonRecursive));
        let trees = self.trees.iter().map(|tree| (canonical(tree), RecursiveMode::Recursive));
        parents.chain(trees).collect()
    }
}

fn folder_of(file: &Path) -> PathBuf {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The absolute form of a path whose file may be missing for a moment
/// (between an editor's delete and rename): its folder resolved, its name kept.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    match (folder_of(path).canonicalize(), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_owned(),
    }
}

/// How long the files must stay quiet before rendering: an editor's save is
/// several events (write, close, rename), which should cause one render.
const SETTLE: Duration = Duration::from_millis(40);

/// One render: its line for the terminal, or the error; and what to watch
/// next (`None` keeps the previous targets, for a render that failed before
/// it could tell, such as on broken YAML).
pub struct Round {
    pub outcome: Result<String, Error>,
    pub targets: Option<Targets>,
}

/// Renders with `render`, then again on every relevant change, forever.
/// `first_targets` are watched from the start, so an edit made during the
/// first render is not missed. Returns only if the file watcher fails.
pub fn run(first_targets: Targets, mut render: impl FnMut() -> Round) -> Result<(), Error> {
    let (sender, events) = mpsc::channel();
    let mut watcher =
        notify::recommended_watcher(sender).map_err(|error| Error::Other(format!("cannot watch files: {error}")))?;
    let mut targets = first_targets;
    let mut subscribed = BTreeSet::new();
    subscribe(&mut watcher, &mut subscribed, &targets)?;
    let mut first = true;
    loop {
        let round = render();
        match round.outcome {
            Ok(line) => eprintln!("{line}"),
            Err(error) => eprintln!("{}", error.report()),
        }
        // Drop what the cache holds for old versions of the files, so a
        // long session stays small.
        comemo::evict(10);
        if let Some(next) = round.targets {
            targets = next;
            subscribe(&mut watcher, &mut subscribed, &targets)?;
        }
        if first {
            let names: Vec<String> =
                targets.files.iter().chain(&targets.trees).map(|path| path.display().to_string()).collect();
            eprintln!("watching {} for changes; Ctrl-C stops", names.join(", "));
            first = false;
        }
        wait_for_change(&events, &targets)?;
    }
}

fn subscribe(
    watcher: &mut notify::RecommendedWatcher,
    subscribed: &mut BTreeSet<(PathBuf, RecursiveMode)>,
    targets: &Targets,
) -> Result<(), Error> {
    let wanted = targets.folders();
    for (folder, _) in subscribed.difference(&wanted) {
        // It may be gone already, which is what unwatching wants.
        let _ = watcher.unwatch(folder);
    }
    for (folder, mode) in wanted.difference(subscribed) {
        watcher
            .watch(folder, *mode)
            .map_err(|error| Error::Other(format!("{}: cannot watch: {error}", folder.display())))?;
    }
    *subscribed = wanted;
    Ok(())
}

/// Blocks until one of the targets changed and the changes have settled.
fn wait_for_change(events: &mpsc::Receiver<notify::Result<notify::Event>>, targets: &Targets) -> Result<(), Error> {
    let relevant = |event: &notify::Result<notify::Event>| match event {
        Ok(event) => changes_content(&event.kind) && event.paths.iter().any(|path| targets.matches(path)),
        // A lost event (queue overflow) may hide a change: render to be safe.
        Err(_) => true,
    };
    loop {
        let event = events.recv().map_err(|_| Error::Other("the file watcher stopped".into()))?;
        if relevant(&event) {
            break;
        }
    }
    while events.recv_timeout(SETTLE).is_ok() {}
    Ok(())
}

/// Reads and opens are not changes; everything else (writes, creations,
/// renames, removals, closing a file written to) may be.
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_matches_through_any_spelling_of_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("cv.yaml");
        std::fs::write(&data, "x").unwrap();
        let template = dir.path().join("tpl");
        std::fs::create_dir(&template).unwrap();
        let targets = Targets {
            files: [data.clone()].into(),
            trees: [template.clone()].into(),
            output: Some(template.join("cv.png")),
        };
        let real = dir.path().canonicalize().unwrap();
        assert!(targets.matches(&real.join("cv.yaml")));
        assert!(targets.matches(&real.join("tpl/parts/style.typ")));
        assert!(!targets.matches(&real.join("cv.pdf")), "not a target");
        for output in ["cv.png", "cv-3.png", ".cv-3.png.4711.tmp"] {
            assert!(!targets.matches(&real.join("tpl").join(output)), "the output {output} must not trigger a render");
        }
        // A file in the middle of an editor's save is still recognised.
        std::fs::remove_file(&data).unwrap();
        assert!(targets.matches(&real.join("cv.yaml")));
    }

    #[test]
    fn reads_do_not_count_as_changes() {
        assert!(!changes_content(&EventKind::Access(AccessKind::Open(AccessMode::Read))));
        assert!(changes_content(&EventKind::Access(AccessKind::Close(AccessMode::Write))));
        assert!(changes_content(&EventKind::Modify(notify::event::ModifyKind::Any)));
    }
}

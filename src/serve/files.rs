//! The files a preview follows, and whether an event of the file system
//! concerns one of them.
//!
//! The folder of each file is watched, not the file: an editor that saves
//! by writing a new file and renaming it over the old one replaces the file,
//! and a watch on the old one would go with it, while a watch on the folder
//! sees the new file arrive. A file reached through a symbolic link is
//! followed at its target too. A folder that is missing (not made yet, or
//! deleted and about to be made again) is looked for again at each
//! [`Follower::POLL`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use crate::Error;

pub(crate) struct Follower {
    watcher: notify::RecommendedWatcher,
    /// The files followed, as absolute paths, with the targets of links.
    files: BTreeSet<PathBuf>,
    /// The folders watched.
    watched: BTreeSet<PathBuf>,
    /// The folders of files followed that could not be watched.
    missing: BTreeSet<PathBuf>,
}

impl Follower {
    /// How often a missing folder is looked for.
    pub(crate) const POLL: Duration = Duration::from_millis(400);

    /// A follower that hands the paths of every event that may change a
    /// file's content to `tell`, on a thread of its own.
    pub(crate) fn new(tell: impl Fn(Vec<PathBuf>) + Send + 'static) -> Result<Follower, Error> {
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
            Ok(event) if changes_content(&event.kind) => tell(event.paths),
            Ok(_) => {}
            // The watcher lost track (its queue overflowed): anything may have changed.
            Err(_) => tell(Vec::new()),
        })
        .map_err(|error| Error::other(format!("cannot watch files: {error}")))?;
        Ok(Follower { watcher, files: BTreeSet::new(), watched: BTreeSet::new(), missing: BTreeSet::new() })
    }

    /// Follows exactly `files` from now on.
    pub(crate) fn follow(&mut self, files: &[PathBuf]) {
        let mut wanted = BTreeSet::new();
        for file in files {
            let absolute = std::path::absolute(file).unwrap_or_else(|_| file.clone());
            if let Ok(target) = absolute.canonicalize()
                && target != absolute
            {
                wanted.insert(target);
            }
            wanted.insert(absolute);
        }
        self.files = wanted;
        let folders: BTreeSet<PathBuf> =
            self.files.iter().filter_map(|file| file.parent().map(Path::to_owned)).collect();
        for gone in self.watched.difference(&folders).cloned().collect::<Vec<_>>() {
            let _ = self.watcher.unwatch(&gone);
            self.watched.remove(&gone);
        }
        self.missing.clear();
        for folder in folders {
            if self.watched.contains(&folder) {
                continue;
            }
            match self.watcher.watch(&folder, RecursiveMode::NonRecursive) {
                Ok(()) => {
                    self.watched.insert(folder);
                }
                Err(_) => {
                    self.missing.insert(folder);
                }
            }
        }
    }

    /// Whether `file` is followed now.
    pub(crate) fn follows(&self, file: &Path) -> bool {
        std::path::absolute(file).is_ok_and(|absolute| self.files.contains(&absolute))
    }

    /// Whether an event on `paths` may have changed a file followed. An
    /// event without paths is a watcher that lost track: it may have.
    pub(crate) fn concerns(&mut self, paths: &[PathBuf]) -> bool {
        if paths.is_empty() {
            return true;
        }
        let mut concerns = false;
        for path in paths {
            if self.files.contains(path) {
                concerns = true;
            }
            // A watched folder itself removed or renamed: its watch is gone.
            if self.watched.remove(path) {
                let _ = self.watcher.unwatch(path);
                self.missing.insert(path.clone());
                concerns = true;
            }
        }
        concerns
    }

    /// Whether some folder could not be watched, and is to be looked for.
    pub(crate) fn has_missing(&self) -> bool {
        !self.missing.is_empty()
    }

    /// Watches the missing folders that exist now; whether any did, in
    /// which case the files in them may be new.
    pub(crate) fn look_again(&mut self) -> bool {
        let found: Vec<PathBuf> = self.missing.iter().filter(|folder| folder.is_dir()).cloned().collect();
        let mut any = false;
        for folder in found {
            if self.watcher.watch(&folder, RecursiveMode::NonRecursive).is_ok() {
                self.missing.remove(&folder);
                self.watched.insert(folder);
                any = true;
            }
        }
        any
    }
}

/// Whether an event of this kind may change what a file holds (opening or
/// reading one, or changing its times or permissions, does not).
fn changes_content(kind: &EventKind) -> bool {
    use notify::event::ModifyKind;
    match kind {
        EventKind::Access(_) | EventKind::Other => false,
        EventKind::Modify(ModifyKind::Metadata(_) | ModifyKind::Other) => false,
        EventKind::Any | EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
    }
}

//! Following files: a round of work runs now and again whenever a file it
//! read changes, until interrupted. `watch` writes a file each round.

use std::path::PathBuf;

use typst_kit::watcher::Watcher;

use crate::{Error, PhotoChoice};

/// What one round of a watch did (the line to print, or the error), and
/// the files it read, which the next round waits on. An `Err` from the
/// round itself means it failed before it could tell what it reads.
pub(crate) type Round = Result<(Result<String, Error>, Vec<PathBuf>), Error>;

/// Runs `round` now and again whenever a file it read changes, until
/// interrupted or a template times out.
pub(crate) fn follow(
    options: &crate::RenderOptions,
    output: &std::path::Path,
    round: impl FnMut() -> Round,
) -> Result<(), Error> {
    // Before the first render can tell: the data and an explicit photo.
    let mut first: Vec<PathBuf> = vec![options.data.clone()];
    if let PhotoChoice::File(photo) = &options.photo {
        first.push(photo.clone());
    }
    follow_files(first, &|| crate::pipeline::known_inputs(options), output, round)
}

/// [`follow`] for any render: `first` are the files to watch before the
/// first round can tell what it reads, `known` the files a failed round
/// would have read, as far as they can be known.
pub(crate) fn follow_files(
    first: Vec<PathBuf>,
    known: &dyn Fn() -> Vec<PathBuf>,
    output: &std::path::Path,
    mut round: impl FnMut() -> Round,
) -> Result<(), Error> {
    let mut watcher =
        Watcher::new(Some(output.to_owned())).map_err(|error| Error::other(format!("cannot watch files: {error}")))?;
    let mut watched = first;
    let mut first = true;
    loop {
        // What the files looked like before this render read them: one
        // that changes (or appears) before it is watched again is rendered
        // again at once, not missed.
        let before: Vec<(PathBuf, Option<Stamp>)> = watched.iter().map(|path| (path.clone(), stamp(path))).collect();
        let outcome = match round() {
            Ok((outcome, read)) => {
                watched = read;
                outcome
            }
            Err(error) => {
                // Keep following what was read before (the photo and the
                // template, which the data may name again), and the data.
                watched.extend(known());
                watched.sort();
                watched.dedup();
                Err(error)
            }
        };
        match outcome {
            Ok(line) => super::say(&line),
            // Typst cannot be stopped: the compilation runs on, so stop watching.
            Err(error @ Error::Timeout { .. }) => return Err(error),
            Err(error) => super::say(&error.report()),
        }
        // Drop what the cache holds for old versions of the files, so a
        // long session stays small.
        comemo::evict(10);
        // Absolute paths: notify reports events by absolute path, and the
        // watcher must recognise them to watch a file again after an editor
        // replaced it.
        watcher
            .update(watched.iter().map(|path| std::path::absolute(path).unwrap_or_else(|_| path.clone())))
            .map_err(|error| Error::other(format!("cannot watch files: {error}")))?;
        if first {
            let names: Vec<String> = watched.iter().map(|path| path.display().to_string()).collect();
            super::say(&format!("watching {} for changes; Ctrl-C stops", names.join(", ")));
            first = false;
        }
        if before.iter().any(|(path, then)| stamp(path) != *then) {
            continue;
        }
        watcher.wait().map_err(|error| Error::other(format!("cannot watch files: {error}")))?;
    }
}

/// When a file last changed, and its size; `None` while it is missing.
type Stamp = (std::time::SystemTime, u64);

fn stamp(path: &std::path::Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

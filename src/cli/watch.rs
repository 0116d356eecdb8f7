//! `cvpdf watch`: render, then render again whenever a file the last
//! render read changes (the data, the photo, a template file), until
//! interrupted.
//!
//! One [`crate::Session`] lives through the whole watch, so the fonts are
//! parsed once and Typst's memoised work carries over: a one-line edit
//! costs only what it changes. typst-kit's watcher follows exactly the
//! files the last render read, and polls for those that are missing, so a
//! data file (or its whole folder) that is deleted and created again is
//! rendered again. A failed render prints its error and leaves the last
//! good output in place; the next change tries again.

use std::path::PathBuf;
use std::time::Instant;

use typst_kit::watcher::Watcher;

use super::args::RenderArgs;
use super::render::{Destination, fit_lines, write_output};
use crate::{Error, PhotoChoice};

pub(crate) fn watch(args: RenderArgs) -> Result<(), Error> {
    let destination = Destination::of(&args)?;
    if destination.format == super::args::Format::Jsonresume {
        return Err(Error::other("watch renders PDF or PNG; write JSON Resume with `cvpdf export jsonresume`"));
    }
    if destination.to_stdout {
        return Err(Error::other("watch writes a file each time; give -o with a file name"));
    }
    if destination.format.is_web() {
        return super::web::watch(&args, &destination);
    }
    let options = args.options();
    let fonts = crate::render::fonts::Fonts::load(&options.font_paths)?;
    let mut session = crate::Session::new(fonts);
    follow(&options, &destination, || {
        let started = Instant::now();
        let prepared = crate::prepare(&options)?;
        let mut read = vec![options.data.clone()];
        read.extend(prepared.photo_path.clone());
        let outcome = session.compile(prepared, &options).and_then(|compiled| {
            let line = write_output(&args, &destination, &compiled, started)?;
            Ok(std::iter::once(line).chain(fit_lines(&compiled, false)).collect::<Vec<_>>().join("\n"))
        });
        read.extend(session.template_files().iter().cloned());
        Ok((outcome, read))
    })
}

/// What one round of a watch did (the line to print, or the error), and
/// the files it read, which the next round waits on. An `Err` from the
/// round itself means it failed before it could tell what it reads.
pub(crate) type Round = Result<(Result<String, Error>, Vec<PathBuf>), Error>;

/// Runs `round` now and again whenever a file it read changes, until
/// interrupted or a template times out.
pub(crate) fn follow(
    options: &crate::RenderOptions,
    destination: &Destination,
    mut round: impl FnMut() -> Round,
) -> Result<(), Error> {
    let mut watcher = Watcher::new(Some(destination.output.clone()))
        .map_err(|error| Error::other(format!("cannot watch files: {error}")))?;
    // Before the first render can tell: the data and an explicit photo.
    let mut watched: Vec<PathBuf> = vec![options.data.clone()];
    if let PhotoChoice::File(photo) = &options.photo {
        watched.push(photo.clone());
    }
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
                watched.extend(crate::known_inputs(options));
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

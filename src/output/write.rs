//! The one writer of every command that writes a file (`render`, `watch`,
//! `data`, `schema`, `init`).
//!
//! Only regular files are written. An output that is a device, a FIFO, a
//! socket or a folder is refused before anything is done (as root,
//! "replacing" `/dev/null` would replace the device node itself); an output
//! that is a symlink is followed, and its target is what gets written. No
//! output may replace a file the command read: the data, the photo, a
//! template or font file.
//!
//! Each file is written whole or not at all: the bytes go to a temporary
//! file beside the target, created with a random name and exclusively (so a
//! planted symlink cannot redirect it), synced to disk, given the existing
//! file's permission bits, and renamed over the target. A set of PNG pages
//! is replaced as a whole: every page is staged before the first is put in
//! place, and pages of an older, longer set are removed. A temporary file
//! is removed on failure, and on SIGINT or SIGTERM by [`clean_up_on_signals`].

use std::fs::Metadata;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tempfile::NamedTempFile;

use crate::error::Error;

/// A file the command read, which none of its outputs may replace.
#[derive(Debug, Clone)]
pub(crate) struct Input {
    pub(crate) path: PathBuf,
    /// What the file is to the user: "the data file", "the photo", …
    pub(crate) role: &'static str,
}

impl Input {
    pub(crate) fn new(path: impl Into<PathBuf>, role: &'static str) -> Input {
        Input { path: path.into(), role }
    }
}

/// Writes `bytes` to `path` (see the module's documentation).
pub(crate) fn write(path: &Path, bytes: &[u8], inputs: &[Input]) -> Result<(), Error> {
    let target = Target::of(path, inputs)?;
    target.stage(bytes)?.commit()
}

/// Writes `bytes` to `path`, which must not exist yet, not even as the
/// moment it is put in place.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let target = Target::of(path, &[])?;
    if target.existing.is_some() {
        return Err(Error::other(format!("{}: exists already", path.display())));
    }
    target.stage(bytes)?.put(false)
}

/// Writes one file per page at `paths`, replacing an older set as a whole:
/// nothing is put in place unless every page could be staged, and the
/// pages of `stale` (those of an older, longer set) that exist as regular
/// files are removed afterwards.
pub(crate) fn write_pages(
    paths: &[PathBuf],
    pages: &[Vec<u8>],
    stale: impl IntoIterator<Item = PathBuf>,
    inputs: &[Input],
) -> Result<(), Error> {
    let targets: Vec<Target> = paths.iter().map(|path| Target::of(path, inputs)).collect::<Result<_, _>>()?;
    let staged: Vec<Staged> =
        targets.into_iter().zip(pages).map(|(target, bytes)| target.stage(bytes)).collect::<Result<_, _>>()?;
    for page in staged {
        page.commit()?;
    }
    for old in stale {
        match std::fs::symlink_metadata(&old) {
            Ok(metadata) if metadata.is_file() => {
                std::fs::remove_file(&old).map_err(|source| Error::io(&old, source))?;
            }
            // The set ends at the first page that is not there; anything
            // that is not a regular file is not cvpdf's to remove.
            _ => break,
        }
    }
    Ok(())
}

/// Writes `bytes` to standard output.
pub(crate) fn to_stdout(bytes: &[u8]) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes).and_then(|()| stdout.flush()).map_err(|source| Error::io(Path::new("-"), source))
}

/// Where an output really goes.
struct Target {
    /// The file written: the output itself, or where its symlink leads.
    path: PathBuf,
    /// The output as the user named it, for messages.
    shown: PathBuf,
    /// The file there now, if any.
    existing: Option<Metadata>,
}

impl Target {
    fn of(path: &Path, inputs: &[Input]) -> Result<Target, Error> {
        let refuse = |why: String| Error::other(format!("{}: {why}", path.display()));
        let resolved = follow_links(path).map_err(|source| Error::io(path, source))?;
        let existing = match std::fs::metadata(&resolved) {
            Ok(metadata) => Some(metadata),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
            Err(error) => return Err(Error::io(path, error)),
        };
        if let Some(metadata) = &existing {
            if metadata.is_dir() {
                return Err(refuse("is a directory; give a file name for the output".into()));
            }
            if !metadata.is_file() {
                return Err(refuse(format!(
                    "is {}; cvpdf writes only regular files (`-o -` writes to standard output)",
                    crate::input::kind_of(metadata)
                )));
            }
            for input in inputs {
                if same_file(metadata, &input.path) {
                    return Err(refuse(format!(
                        "the output would overwrite {} {}; choose another -o",
                        input.role,
                        input.path.display()
                    )));
                }
            }
        }
        let folder = folder_of(&resolved);
        if !folder.is_dir() {
            return Err(refuse(format!("the folder {} does not exist", folder.display())));
        }
        Ok(Target { path: resolved, shown: path.to_owned(), existing })
    }

    /// Writes the bytes to a new temporary file beside the target.
    fn stage(self, bytes: &[u8]) -> Result<Staged, Error> {
        let folder = folder_of(&self.path);
        let name = self.path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // What creating the file anew would give: the umask applies.
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let temp = {
            // Created and registered under the lock, so that a signal
            // arriving in between cannot miss it.
            let mut pending = PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let temp = builder.tempfile_in(folder).map_err(|source| Error::io(&self.shown, source))?;
            pending.push(temp.path().to_owned());
            temp
        };
        let mut staged = Staged { temp: Some(temp), target: self };
        let written = match &mut staged.temp {
            Some(temp) => (|| {
                temp.write_all(bytes)?;
                if let Some(existing) = &staged.target.existing {
                    keep_owner_and_mode(temp.as_file(), existing)?;
                }
                temp.as_file().sync_all()
            })(),
            None => Ok(()),
        };
        written.map_err(|source| Error::io(&staged.target.shown, source))?;
        Ok(staged)
    }
}

/// A complete new file beside its target, not yet in place. Dropped, it is
/// removed.
struct Staged {
    temp: Option<NamedTempFile>,
    target: Target,
}

impl Staged {
    /// Puts the file in place; with `clobber` false, only where no file is.
    fn put(mut self, clobber: bool) -> Result<(), Error> {
        let Some(temp) = self.temp.take() else { return Ok(()) };
        let temp_path = temp.path().to_owned();
        let result = if clobber { temp.persist(&self.target.path) } else { temp.persist_noclobber(&self.target.path) };
        unregister(&temp_path);
        result.map_err(|error| Error::io(&self.target.shown, error.error))?;
        sync_folder(&self.target.path);
        Ok(())
    }

    fn commit(self) -> Result<(), Error> {
        self.put(true)
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(temp) = &self.temp {
            let _ = std::fs::remove_file(temp.path());
            unregister(temp.path());
        }
    }
}

/// A new file keeps the owner (where cvpdf may set it) and the permission
/// bits of the one it replaces.
fn keep_owner_and_mode(file: &std::fs::File, existing: &Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // Only root may give a file away; for anyone else the owner is theirs already.
        let _ = std::os::unix::fs::fchown(file, Some(existing.uid()), Some(existing.gid()));
        file.set_permissions(std::fs::Permissions::from_mode(existing.mode() & 0o777))
    }
    #[cfg(not(unix))]
    {
        file.set_permissions(existing.permissions())
    }
}

/// Resolves symlinks at the end of `path` (a dangling one too), so that the
/// file written is the one the link names.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    // As many links as the system itself follows before it gives up.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = folder_of(&current).join(link);
            }
            Ok(_) => return Ok(current),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Whether `other` is the file `metadata` describes, by device and inode
/// where there are such, else by canonical path.
fn same_file(metadata: &Metadata, other: &Path) -> bool {
    let Ok(theirs) = std::fs::metadata(other) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        metadata.dev() == theirs.dev() && metadata.ino() == theirs.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (metadata, theirs);
        false
    }
}

/// After a rename, the folder's entry is what must reach the disk.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(folder_of(path)) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Temporary files that exist now, to remove when a signal ends the process.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn unregister(path: &Path) {
    if let Ok(mut pending) = PENDING.lock() {
        pending.retain(|pending| pending != path);
    }
}

/// Removes the temporary files of writes under way when SIGINT, SIGTERM or
/// SIGHUP arrives, then lets the signal end the process as it would have.
/// For programs only: a library must not take over its caller's signals.
pub(crate) fn clean_up_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else { return };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Holding the lock keeps any write from registering another file.
                let pending = PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                for path in pending.iter() {
                    let _ = std::fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_page_set_leaves_the_old_set_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let old: Vec<PathBuf> = (1..=3).map(|page| dir.path().join(format!("cv-{page}.png"))).collect();
        for path in &old {
            std::fs::write(path, b"old").unwrap();
        }
        // The third page's target is a folder: nothing may be put in place.
        std::fs::remove_file(&old[2]).unwrap();
        std::fs::create_dir(&old[2]).unwrap();
        let error = write_pages(&old, &[b"new".to_vec(), b"new".to_vec(), b"new".to_vec()], [], &[]).unwrap_err();
        assert!(error.to_string().contains("is a directory"), "{error}");
        for path in &old[..2] {
            assert_eq!(std::fs::read(path).unwrap(), b"old");
        }
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|entry| entry.unwrap().file_name()).collect();
        assert_eq!(names.len(), 3, "a temporary file was left: {names:?}");
    }

    #[test]
    fn a_shorter_page_set_removes_the_pages_of_the_longer_one() {
        let dir = tempfile::tempdir().unwrap();
        let page = |n: usize| dir.path().join(format!("cv-{n}.png"));
        for n in 1..=4 {
            std::fs::write(page(n), b"old").unwrap();
        }
        write_pages(&[page(1), page(2)], &[b"a".to_vec(), b"b".to_vec()], (3..).map(page), &[]).unwrap();
        assert_eq!(std::fs::read(page(1)).unwrap(), b"a");
        assert_eq!(std::fs::read(page(2)).unwrap(), b"b");
        assert!(!page(3).exists() && !page(4).exists(), "stale pages remain");
    }

    #[test]
    fn write_new_refuses_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cv.yaml");
        write_new(&path, b"one").unwrap();
        assert!(write_new(&path, b"two").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
    }
}

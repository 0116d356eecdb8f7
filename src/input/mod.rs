//! Reading the files cvpdf is given, without trusting them.
//!
//! Every file cvpdf or a template reads goes through [`read`]: the data, the
//! photo, font files and a template's own files. Only a regular file is
//! opened (a FIFO would block the read forever, `/dev/zero` would never
//! end), the open itself cannot block, and no more than a cap is read,
//! whatever size the file reports. [`walk`] lists the files below a folder
//! without following symlinks out of it, to a bounded depth and count.
//! [`template`] is the one way a template of the user's, Typst's or HTML's,
//! is found and its files read.

pub(crate) mod template;

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most a data file may hold: a CV is a few dozen kilobytes.
pub(crate) const DATA_LIMIT: u64 = 1 << 20;
/// The most a photo or an image a template loads may hold.
pub(crate) const IMAGE_LIMIT: u64 = 50 << 20;
/// The most one font file may hold.
pub(crate) const FONT_LIMIT: u64 = 50 << 20;
/// The most any other file of a template may hold; images are its largest.
pub(crate) const TEMPLATE_FILE_LIMIT: u64 = IMAGE_LIMIT;

/// Why a file was not read.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// The path names something other than a regular file.
    NotRegular(&'static str),
    /// The file holds more than the cap.
    TooLarge(u64),
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ReadError::NotRegular(kind) => write!(f, "is {kind}, not a regular file"),
            ReadError::TooLarge(limit) => write!(f, "the file is larger than {}", size(*limit)),
            ReadError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl ReadError {
    /// The error as cvpdf reports it for the file at `path`.
    pub(crate) fn at(self, path: &Path) -> crate::error::Error {
        match self {
            ReadError::Io(source) => crate::error::Error::io(path, source),
            other => crate::error::Error::other(format!("{}: {other}", path.display())),
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(error: std::io::Error) -> Self {
        ReadError::Io(error)
    }
}

/// A byte count as people read it: `1 MiB`, `50 MiB`, `300 bytes`.
pub(crate) fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// What a file that is not a regular one is, for messages.
pub(crate) fn kind_of(metadata: &Metadata) -> &'static str {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    "not a regular file"
}

/// Reads a regular file of at most `limit` bytes. Symlinks are followed;
/// anything but a regular file at their end is refused before it is opened.
pub(crate) fn read(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(ReadError::NotRegular(kind_of(&metadata)));
    }
    let file = open(path)?;
    // The path may have been swapped between the check and the open: check
    // what was opened, too.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(ReadError::NotRegular(kind_of(&opened)));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(limit)).unwrap_or(0));
    // One byte more than the cap tells a file at the cap from a larger one,
    // whatever length the file system reported.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

/// Opens for reading without blocking: opening a FIFO waits for a writer
/// unless told not to.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// How deep [`walk`] goes below its folder.
pub(crate) const WALK_DEPTH: usize = 16;
/// How many entries [`walk`] looks at before it gives up.
pub(crate) const WALK_ENTRIES: usize = 10_000;

/// The files below `dir` whose names `wanted` accepts, sorted by path.
///
/// Symlinks to folders are never followed, so a link back to a parent
/// cannot make the walk endless; a symlink to a file is kept only when the
/// file lies inside `dir`. Folders deeper than [`WALK_DEPTH`] are not
/// entered, and a tree of more than [`WALK_ENTRIES`] entries is an error.
/// Entries that are neither files nor folders (FIFOs, sockets, devices) are
/// listed too, so that [`read`] refuses them by name.
pub(crate) fn walk(dir: &Path, wanted: &dyn Fn(&Path) -> bool) -> Result<Vec<PathBuf>, WalkError> {
    let real_root = dir.canonicalize().map_err(|error| WalkError::Io(dir.to_owned(), error))?;
    let mut found = Vec::new();
    let mut seen = 0;
    let mut pending = vec![(dir.to_owned(), 0)];
    while let Some((folder, depth)) = pending.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|error| WalkError::Io(folder.clone(), error))?;
        for entry in entries {
            let entry = entry.map_err(|error| WalkError::Io(folder.clone(), error))?;
            seen += 1;
            if seen > WALK_ENTRIES {
                return Err(WalkError::TooMany(dir.to_owned()));
            }
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else { continue };
            if file_type.is_dir() {
                if depth < WALK_DEPTH {
                    pending.push((path, depth + 1));
                }
            } else if file_type.is_symlink() {
                let inside = path.canonicalize().is_ok_and(|real| real.starts_with(&real_root) && !real.is_dir());
                if inside && wanted(&path) {
                    found.push(path);
                }
            } else if wanted(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Why [`walk`] stopped.
#[derive(Debug)]
pub(crate) enum WalkError {
    Io(PathBuf, std::io::Error),
    TooMany(PathBuf),
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            WalkError::Io(path, error) => write!(f, "{}: {error}", path.display()),
            WalkError::TooMany(dir) => write!(
                f,
                "{}: more than {WALK_ENTRIES} files and folders below it; give the folder that holds the fonts",
                dir.display()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_at_the_cap_is_read_and_one_byte_more_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, [7u8; 100]).unwrap();
        assert_eq!(read(&path, 100).unwrap().len(), 100);
        assert!(matches!(read(&path, 99), Err(ReadError::TooLarge(99))));
    }

    #[test]
    fn a_directory_is_refused_by_kind() {
        let dir = tempfile::tempdir().unwrap();
        let error = read(dir.path(), 10).unwrap_err();
        assert_eq!(error.to_string(), "is a directory, not a regular file");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(1 << 20), "1 MiB");
        assert_eq!(size(50 << 20), "50 MiB");
        assert_eq!(size(300), "300 bytes");
    }

    #[cfg(unix)]
    #[test]
    fn a_walk_skips_links_that_leave_the_tree_and_links_to_folders() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.ttf"), b"x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.ttf"), b"x").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.ttf"), dir.path().join("out.ttf")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("sub/a.ttf"), dir.path().join("in.ttf")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let found = walk(dir.path(), &|_| true).unwrap();
        let names: Vec<_> = found.iter().map(|path| path.strip_prefix(dir.path()).unwrap().to_owned()).collect();
        assert_eq!(names, [PathBuf::from("in.ttf"), PathBuf::from("sub/a.ttf")]);
    }
}

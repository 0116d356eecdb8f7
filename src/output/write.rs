//! Writing output files atomically: a temporary file beside the target,
//! then a rename, so a failed run never leaves a half-written file.

use crate::error::Error;

/// Checks that `path` can be an output file and returns its folder.
pub fn check_writable(path: &std::path::Path) -> Result<&std::path::Path, Error> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => std::path::Path::new("."),
    };
    if path.is_dir() {
        return Err(Error::Other(format!("{}: is a directory; give a file name for the output", path.display())));
    }
    if !dir.is_dir() {
        return Err(Error::Other(format!("{}: the folder {} does not exist", path.display(), dir.display())));
    }
    Ok(dir)
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a
/// rename, so a failed or interrupted run never leaves a partial file and an
/// existing output stays as it was until the new one is complete.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;

    let dir = check_writable(path)?;
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    result.map_err(|source| {
        let _ = std::fs::remove_file(&temp);
        Error::io(path, source)
    })
}

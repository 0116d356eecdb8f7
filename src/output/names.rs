//! The names of output files: one place decides what `-o` and the data's
//! name become on disk.

use std::path::{Path, PathBuf};

/// `cv.png` becomes `cv-1.png`, `cv-2.png`, …
pub fn page_paths(output: &Path, pages: usize) -> Vec<PathBuf> {
    let stem = output.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_else(|| "cv".into());
    let extension = output.extension().map(|ext| ext.to_string_lossy().into_owned()).unwrap_or_else(|| "png".into());
    (1..=pages).map(|page| output.with_file_name(format!("{stem}-{page}.{extension}"))).collect()
}

/// Whether two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

//! The names of output files: one place decides what `-o` and the data's
//! name become on disk.

use std::path::{Path, PathBuf};

/// Page `page` (from 1) of a PNG set: `cv.png` becomes `cv-1.png`, `cv-2.png`, …
pub fn page_path(output: &Path, page: usize) -> PathBuf {
    let stem = output.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_else(|| "cv".into());
    let extension = output.extension().map(|ext| ext.to_string_lossy().into_owned()).unwrap_or_else(|| "png".into());
    output.with_file_name(format!("{stem}-{page}.{extension}"))
}

/// The files of a set of `pages` PNG pages.
pub fn page_paths(output: &Path, pages: usize) -> Vec<PathBuf> {
    (1..=pages).map(|page| page_path(output, page)).collect()
}

/// The pages an older, longer set may have left after `pages`, in order;
/// the writer stops at the first that is not there.
pub fn pages_after(output: &Path, pages: usize) -> impl Iterator<Item = PathBuf> + '_ {
    (pages + 1..).map(move |page| page_path(output, page))
}

//! Finding and reading the person's photo.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// A photo ready to be served to the template.
pub struct Photo {
    pub data: Vec<u8>,
}

/// Resolves `photo:` from the data against the data file's folder.
pub fn resolve(data_file: &Path, written: &str) -> PathBuf {
    data_file.parent().unwrap_or(Path::new("")).join(written)
}

/// Reads a photo and checks that it is an image Typst can embed.
pub fn load(path: &Path, written: &str) -> Result<Photo, Error> {
    let data = std::fs::read(path)
        .map_err(|source| Error::Other(format!("photo `{written}` (resolved to {}): {source}", path.display())))?;
    match image::guess_format(&data) {
        Ok(image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP) => Ok(Photo { data }),
        _ => Err(Error::Other(format!("photo {}: not a JPEG, PNG or WebP image", path.display()))),
    }
}

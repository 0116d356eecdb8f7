//! What a template can read: the loader beneath the World's file store.
//!
//! A compilation sees two kinds of files. cvpdf's own are held in memory:
//! the embedded built-ins, the helpers, the CV as JSON and the prepared
//! photo. A template on disk adds its own folder, read through
//! [`crate::input::read`] when Typst first asks for a file, and sandboxed:
//! a path that leads out of the folder, through a symlink or otherwise, is
//! refused, and a template given as a single file may read only itself.
//! Everything else is refused with an error that says why, which is what
//! keeps a template, or data smuggled into one, from reading the user's
//! files.
//!
//! An image must not cost gigabytes to decode: [`check_image`] reads the
//! size a raster image (or one inside an SVG) declares, before Typst
//! decodes it, and refuses more than the photo's 100 megapixels.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::PathBuf;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::Bytes;
use typst::syntax::{FileId, VirtualRoot};
use typst_kit::files::FileLoader;

use crate::input::ReadError;
use crate::input::template::{TemplateFileError, UserTemplate};

/// Files held in memory, by absolute virtual path.
#[derive(Default, Clone)]
pub struct VirtualFiles {
    files: BTreeMap<String, Bytes>,
}

impl VirtualFiles {
    pub fn insert(&mut self, path: impl Into<String>, data: Bytes) {
        self.files.insert(path.into(), data);
    }

    pub fn get(&self, path: &str) -> Option<&Bytes> {
        self.files.get(path)
    }
}

/// The loader of one World: memory first, then the template's folder.
pub struct Sandbox {
    pub memory: VirtualFiles,
    pub disk: Option<UserTemplate>,
}

impl Sandbox {
    /// Where a file id lives on disk, if it is one of the template's own
    /// files: `watch` follows these.
    pub fn disk_path(&self, id: FileId) -> Option<PathBuf> {
        if let VirtualRoot::Package(_) = id.root() {
            return None;
        }
        let vpath = id.vpath();
        if self.memory.get(vpath.get_with_slash()).is_some()
            || vpath.get_with_slash().starts_with(super::layout::CVPDF_DIR)
        {
            return None;
        }
        self.disk.as_ref()?.path_of(vpath.get_with_slash())
    }

    fn load_from_disk(template: &UserTemplate, id: FileId) -> FileResult<Bytes> {
        let vpath = id.vpath().get_with_slash();
        let dir = template.dir.display();
        let bytes = template.read(vpath).map_err(|error| match error {
            TemplateFileError::OnlyItself => other(format!(
                "{vpath}: a template given as a single file can read only itself and cvpdf's files; put it in a \
                 folder of its own, with its other files, and give the folder to --template"
            )),
            TemplateFileError::Missing => other(format!(
                "{vpath} is not a file of the template directory {dir} (in a template, absolute paths start at its \
                 directory)"
            )),
            TemplateFileError::Outside => other(format!(
                "{vpath} leads outside the template directory {dir}; a template can read only the files in its own \
                 directory"
            )),
            TemplateFileError::Read(path, ReadError::Io(error)) => FileError::from_io(error, &path),
            TemplateFileError::Read(_, ReadError::NotRegular("a directory")) => FileError::IsDirectory,
            TemplateFileError::Read(_, read_error) => other(format!("{vpath}: {read_error}")),
        })?;
        check_image(&bytes).map_err(|why| other(format!("{vpath}: {why}")))?;
        Ok(Bytes::new(bytes))
    }
}

fn other(message: String) -> FileError {
    FileError::Other(Some(message.into()))
}

impl FileLoader for Sandbox {
    fn load(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Package(PackageError::Other(Some(
                format!(
                    "cvpdf does not download packages ({spec}); copy the package's files into the template \
                     directory and import them by relative path"
                )
                .into(),
            ))));
        }
        let path = id.vpath().get_with_slash();
        if let Some(bytes) = self.memory.get(path) {
            return Ok(bytes.clone());
        }
        match &self.disk {
            Some(disk) if !path.starts_with(super::layout::CVPDF_DIR) => Self::load_from_disk(disk, id),
            _ => Err(other(format!(
                "{path} is not a file of this template; a cvpdf template can read only its own files and the photo"
            ))),
        }
    }
}

/// Refuses an image whose declared size is over the photo's limit
/// ([`crate::photo::MAX_PIXELS`]), before anything decodes it: PNG, JPEG,
/// GIF and WebP by their headers, and SVG by the images embedded in it as
/// `data:` addresses. Other bytes pass: they are not images, or Typst
/// reports them itself.
pub fn check_image(bytes: &[u8]) -> Result<(), String> {
    if let Some((width, height)) = raster_size(bytes) {
        return check_pixels(width, height);
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        // A compressed SVG: look inside, up to the limit of a template file.
        let mut svg = Vec::new();
        let mut decoder = flate2::read::GzDecoder::new(bytes).take(crate::input::TEMPLATE_FILE_LIMIT + 1);
        if decoder.read_to_end(&mut svg).is_err() {
            return Ok(());
        }
        if svg.len() as u64 > crate::input::TEMPLATE_FILE_LIMIT {
            return Err(format!(
                "the compressed SVG unpacks to more than {}",
                crate::input::size(crate::input::TEMPLATE_FILE_LIMIT)
            ));
        }
        return check_svg(&svg);
    }
    check_svg(bytes)
}

fn check_pixels(width: u32, height: u32) -> Result<(), String> {
    if u64::from(width) * u64::from(height) > crate::photo::MAX_PIXELS {
        return Err(format!(
            "the image is {width}×{height} pixels, more than the {} megapixels cvpdf accepts; scale it down first",
            crate::photo::MAX_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

/// The size a PNG, JPEG, GIF or WebP declares, read from its header alone.
fn raster_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let format = image::guess_format(bytes).ok()?;
    if !matches!(
        format,
        image::ImageFormat::Png | image::ImageFormat::Jpeg | image::ImageFormat::Gif | image::ImageFormat::WebP
    ) {
        return None;
    }
    image::ImageReader::with_format(Cursor::new(bytes), format).into_dimensions().ok()
}

/// Checks the raster images an SVG embeds as base64 `data:` addresses.
fn check_svg(bytes: &[u8]) -> Result<(), String> {
    const MARKER: &[u8] = b"data:image/";
    let mut rest = bytes;
    while let Some(at) = find(rest, MARKER) {
        rest = &rest[at + MARKER.len()..];
        let Some(comma) = rest.iter().position(|&byte| byte == b',') else { break };
        let header = &rest[..comma];
        rest = &rest[comma + 1..];
        if !header.ends_with(b";base64") {
            continue;
        }
        let end = rest.iter().position(|&byte| matches!(byte, b'"' | b'\'' | b')' | b'<')).unwrap_or(rest.len());
        let encoded: Vec<u8> = rest[..end].iter().copied().filter(|byte| !byte.is_ascii_whitespace()).collect();
        // The header is in the first bytes; decode no more than needed for it.
        let head = &encoded[..encoded.len().min(64 << 10) / 4 * 4];
        use base64::Engine;
        if let Ok(image) = base64::engine::general_purpose::STANDARD.decode(head)
            && let Some((width, height)) = raster_size(&image)
        {
            check_pixels(width, height).map_err(|why| format!("an image inside the SVG: {why}"))?;
        }
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

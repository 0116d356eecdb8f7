//! The fonts a render may use: the bundled families, compiled into the
//! binary, plus whatever `--font-path` adds.
//!
//! The set and its order are fixed: the bundled files in the order of
//! [`BUNDLED`], then the extra directories' files sorted by path. System
//! fonts are never searched, so a CV looks the same on every machine.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};

use crate::error::Error;

/// A font file that ships inside the binary. The licences are beside the
/// files in `fonts/`.
pub struct BundledFont {
    pub data: &'static [u8],
}

macro_rules! bundled {
    ($($path:literal),* $(,)?) => {
        &[$(BundledFont { data: include_bytes!(concat!("../../fonts/", $path)) }),*]
    };
}

/// Only the faces the built-in templates use.
pub const BUNDLED: &[BundledFont] = bundled![
    "inter/Inter-Regular.otf",
    "inter/Inter-Bold.otf",
    "inter/Inter-Italic.otf",
    "inter/Inter-BoldItalic.otf",
    "paratype/PTM55F.ttf",
    "paratype/PTS55F.ttf",
    "paratype/PTS56F.ttf",
    "paratype/PTS75F.ttf",
    "paratype/PTS76F.ttf",
    "paratype/PTF55F.ttf",
    "paratype/PTF56F.ttf",
    "paratype/PTF75F.ttf",
];

/// The fonts of one render, indexed as the [`FontBook`] is. Cloning shares
/// the parsed faces.
#[derive(Clone)]
pub struct Fonts {
    pub book: FontBook,
    pub fonts: Vec<Font>,
    /// The font files read from disk, which no output may overwrite.
    pub(crate) files: Vec<PathBuf>,
}

impl Fonts {
    /// The bundled fonts, then the fonts found below each of `extra_dirs`
    /// (see [`crate::input::walk`] for which: symlinks out of a folder are
    /// not followed), each file read with a cap of 50 MiB.
    pub fn load(extra_dirs: &[PathBuf]) -> Result<Fonts, Error> {
        let mut db = fontdb::Database::new();
        let mut fonts = Vec::new();
        let mut files_read = Vec::new();
        for bundled in BUNDLED {
            add_source(&mut db, &mut fonts, Bytes::new(bundled.data));
        }
        for dir in extra_dirs {
            let files = crate::input::walk(dir, &is_font_file).map_err(|error| Error::Other(error.to_string()))?;
            for file in files {
                let data = crate::input::read(&file, crate::input::FONT_LIMIT).map_err(|error| match error {
                    crate::input::ReadError::Io(source) => Error::io(&file, source),
                    other => Error::Other(format!("{}: {other}", file.display())),
                })?;
                add_source(&mut db, &mut fonts, Bytes::new(data));
                files_read.push(file);
            }
        }
        let book = FontBook::from_fonts(&fonts);
        Ok(Fonts { book, fonts, files: files_read })
    }
}

/// Parses every face of one file through fontdb and keeps those Typst can use.
fn add_source(db: &mut fontdb::Database, fonts: &mut Vec<Font>, data: Bytes) {
    let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(data.clone());
    for id in db.load_font_source(fontdb::Source::Binary(shared)) {
        if let Some(font) = db.face(id).and_then(|face| Font::new(data.clone(), face.index)) {
            fonts.push(font);
        }
    }
}

fn is_font_file(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| matches!(ext.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc" | "otc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_families_are_all_there() {
        let fonts = Fonts::load(&[]).expect("bundled fonts load");
        assert_eq!(fonts.fonts.len(), BUNDLED.len());
        for family in ["Inter", "PT Mono", "PT Sans", "PT Serif"] {
            assert!(fonts.book.contains_family(&family.to_lowercase()), "{family} missing");
        }
    }
}

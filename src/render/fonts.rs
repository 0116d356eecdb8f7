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
}

impl Fonts {
    /// The bundled fonts, then the fonts found below each of `extra_dirs`.
    pub fn load(extra_dirs: &[PathBuf]) -> Result<Fonts, Error> {
        let mut db = fontdb::Database::new();
        let mut fonts = Vec::new();
        for bundled in BUNDLED {
            add_source(&mut db, &mut fonts, Bytes::new(bundled.data));
        }
        for dir in extra_dirs {
            let mut files = Vec::new();
            collect_font_files(dir, &mut files)?;
            files.sort();
            for file in files {
                let data = std::fs::read(&file).map_err(|source| Error::io(&file, source))?;
                add_source(&mut db, &mut fonts, Bytes::new(data));
            }
        }
        let book = FontBook::from_fonts(&fonts);
        Ok(Fonts { book, fonts })
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

fn collect_font_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::io(dir, source))?;
    for entry in entries {
        let path = entry.map_err(|source| Error::io(dir, source))?.path();
        if path.is_dir() {
            collect_font_files(&path, out)?;
        } else if path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| matches!(ext.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc" | "otc"))
        {
            out.push(path);
        }
    }
    Ok(())
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

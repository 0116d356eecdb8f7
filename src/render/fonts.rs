//! The fonts a render may use: the bundled families, compiled into the
//! binary, plus whatever `--font-path` adds.
//!
//! The set and its order are fixed: the bundled files in the order of
//! [`BUNDLED`], then the extra directories' files sorted by path. System
//! fonts are never searched, so a CV looks the same on every machine.
//!
//! Because no system font fills the gaps, a character of the data that no
//! font here has would come out as an empty box. [`missing_glyphs`] finds
//! such characters before compiling and names each with its code point and
//! field, so a render is never silently wrong.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::foundations::Bytes;
use typst::layout::Abs;
use typst::text::{Font, FontBook, FontVariations};

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

/// Only the faces the built-in templates use: their text faces, the faces
/// of the scripts they lack (Arabic with its shaping, Hebrew; a sans and a
/// serif of each), DejaVu Sans and Serif as the one fallback family every
/// template lists after its own (Greek, Vietnamese, arrows, mathematical
/// and currency signs), and Droid Sans Fallback after it, the face of last
/// resort for Chinese, Japanese and Korean (hanzi and kanji, kana, every
/// hangul syllable). It is kept as Debian ships it: gzipped it would save
/// 1.8 MB of the binary, but inflating it took about a tenth of every render.
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
    "noto/NotoSansArabic-Regular.ttf",
    "noto/NotoSansArabic-Bold.ttf",
    "noto/NotoNaskhArabic-Regular.ttf",
    "noto/NotoNaskhArabic-Bold.ttf",
    "noto/NotoSansHebrew-Regular.ttf",
    "noto/NotoSansHebrew-Bold.ttf",
    "noto/NotoSerifHebrew-Regular.ttf",
    "noto/NotoSerifHebrew-Bold.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSans-Bold.ttf",
    "dejavu/DejaVuSerif.ttf",
    "dejavu/DejaVuSerif-Bold.ttf",
    "droid/DroidSansFallback.ttf",
    "forkawesome/ForkAwesome.ttf",
];

/// The fonts of one render, indexed as the [`FontBook`] is. Cloning shares
/// the parsed faces.
#[derive(Clone)]
pub struct Fonts {
    pub book: FontBook,
    pub fonts: Vec<Font>,
    /// Whether `--font-path` added any directory, for the wording of warnings.
    pub extra: bool,
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
            let files = crate::input::walk(dir, &is_font_file).map_err(|error| Error::other(error.to_string()))?;
            for file in files {
                let data = crate::input::read(&file, crate::input::FONT_LIMIT).map_err(|error| error.at(&file))?;
                add_source(&mut db, &mut fonts, Bytes::new(data));
                files_read.push(file);
            }
        }
        let book = FontBook::from_fonts(&fonts);
        Ok(Fonts { book, fonts, extra: !extra_dirs.is_empty(), files: files_read })
    }

    /// Whether any font of the render can draw `c`. The book's coverage is
    /// only where to look: it takes whole ranges of a font's character map,
    /// and a range may hold characters that map to no glyph (DejaVu's
    /// dingbats range has no ✅), which would print as a box.
    pub fn covers(&self, c: char) -> bool {
        self.fonts.iter().enumerate().any(|(index, font)| {
            self.book.info(index).is_some_and(|info| info.coverage.contains(c as u32)) && has_glyph(font, c)
        })
    }
}

/// Whether `font`'s character map gives `c` a glyph of its own.
fn has_glyph(font: &Font, c: char) -> bool {
    let instance = font.clone().instantiate(font.info().variant, Abs::pt(10.0), &FontVariations::default());
    instance.ttf().glyph_index(c).is_some_and(|glyph| glyph.0 != 0)
}

/// Characters that draw nothing and need no glyph: spaces, controls, and
/// the default-ignorable ones (joiners, variation selectors).
fn needs_glyph(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !typst::text::is_default_ignorable(c)
}

/// The line and column (1-based, in characters) of the first `c` at or
/// after `from`: where in a field's value the warning points.
fn position_of(text: &str, from: (usize, usize), c: char) -> Option<(usize, usize)> {
    text.lines().enumerate().skip(from.0.saturating_sub(1)).find_map(|(index, line)| {
        let skip = if index + 1 == from.0 { from.1.saturating_sub(1) } else { 0 };
        line.chars().enumerate().skip(skip).find(|&(_, found)| found == c).map(|(column, _)| (index + 1, column + 1))
    })
}

/// One warning per field of the data that holds characters no font of the
/// render has, in the order of the file:
/// `warning: cv.yaml:12:9: person.name: no bundled font has "中" (U+4E2D); …`.
pub fn missing_glyphs(fonts: &Fonts, loaded: &crate::data::load::Loaded) -> Vec<String> {
    let mut warnings = Vec::new();
    for (field, text) in crate::data::validate::printed_texts(loaded.document()) {
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|&c| needs_glyph(c)) {
            if !missing.contains(&c) && !fonts.covers(c) {
                missing.push(c);
            }
        }
        if missing.is_empty() {
            continue;
        }
        let named: Vec<String> = missing.iter().map(|c| format!("\"{c}\" (U+{:04X})", u32::from(*c))).collect();
        let whose = if fonts.extra { "no bundled or --font-path font" } else { "no bundled font" };
        let (it, has) = if missing.len() == 1 { ("it", "has") } else { ("them", "has") };
        let at = match loaded.location(&field) {
            Some(key) => {
                let (line, column) = position_of(loaded.text(), key, missing[0]).unwrap_or(key);
                format!("{}:{line}:{column}", loaded.path.display())
            }
            None => loaded.path.display().to_string(),
        };
        warnings.push(format!(
            "warning: {at}: {field}: {whose} has {}; add a font that {has} {it} with --font-path DIR",
            named.join(", ")
        ));
    }
    warnings
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
        for family in [
            "Inter",
            "PT Mono",
            "PT Sans",
            "PT Serif",
            "Noto Sans Arabic",
            "Noto Naskh Arabic",
            "Noto Sans Hebrew",
            "Noto Serif Hebrew",
            "DejaVu Sans",
            "DejaVu Serif",
            "Droid Sans Fallback",
        ] {
            assert!(fonts.book.contains_family(&family.to_lowercase()), "{family} missing");
        }
    }

    /// The fallback family draws what the text faces lack, in its sans and
    /// its serif face alike.
    #[test]
    fn the_fallback_family_covers_greek_vietnamese_arrows_math_and_currency() {
        let fonts = Fonts::load(&[]).unwrap();
        for family in ["dejavu sans", "dejavu serif"] {
            for index in fonts.book.select_family(family) {
                let info = fonts.book.info(index).unwrap();
                for c in "αβγΩλ ễơưạĐđ →⇒↔ ∀∃∑≤≠∞√ ₽₴₸₺€£".chars().filter(|c| !c.is_whitespace())
                {
                    assert!(info.coverage.contains(c as u32), "{family} (face {index}) lacks {c}");
                }
            }
        }
    }

    fn load(yaml: &str) -> crate::data::load::Loaded {
        crate::data::load::load_str(Path::new("cv.yaml"), yaml, None, None).unwrap()
    }

    #[test]
    fn a_character_no_font_has_is_named_with_its_code_point_and_field() {
        let fonts = Fonts::load(&[]).unwrap();
        let loaded = load("updated: 2026-02-08\nperson:\n  name: 王中 Wang ॐ\nheadline: Dev ∀ → ₸ 😀 🚀\n");
        let warnings = missing_glyphs(&fonts, &loaded);
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert_eq!(
            warnings[0],
            "warning: cv.yaml:3:17: person.name: no bundled font has \"ॐ\" (U+0950); \
             add a font that has it with --font-path DIR"
        );
        assert!(warnings[1].starts_with("warning: cv.yaml:4:23: headline: no bundled font has \"🚀\" (U+1F680);"));
        assert!(warnings[1].ends_with("add a font that has it with --font-path DIR"), "{}", warnings[1]);
    }

    /// The script faces have what Arabic, Persian and Hebrew need, in
    /// their regular and bold faces: the letters (Persian's پ چ ژ گ too),
    /// the Arabic comma and digits, the joiners, the Hebrew maqaf and
    /// geresh.
    #[test]
    fn the_script_faces_cover_arabic_persian_and_hebrew() {
        let fonts = Fonts::load(&[]).unwrap();
        let needs = [
            (
                "noto sans arabic",
                "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئة پچژگکی ،؛؟ ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ \u{200c}\u{200d}",
            ),
            ("noto naskh arabic", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئة پچژگکی ،؛؟ ٠١٢٣٤٥٦٧٨٩ \u{200c}"),
            ("noto sans hebrew", "אבגדהוזחטיכךלמםנןסעפףצץקרשת ־׳״ \u{200c}"),
            ("noto serif hebrew", "אבגדהוזחטיכךלמםנןסעפףצץקרשת ־׳״"),
        ];
        for (family, text) in needs {
            let faces: Vec<usize> = fonts.book.select_family(family).collect();
            assert_eq!(faces.len(), 2, "{family}: a regular and a bold face");
            for index in faces {
                let info = fonts.book.info(index).unwrap();
                for c in text.chars().filter(|c| *c != ' ') {
                    assert!(info.coverage.contains(c as u32), "{family} (face {index}) lacks U+{:04X}", c as u32);
                }
            }
        }
    }

    /// A character inside a range of a font's character map that maps to no
    /// glyph is no more drawn than one outside every range: DejaVu's
    /// dingbats range lacks ✅, with or without its emoji variation
    /// selector, while ⚙ prints with either selector.
    #[test]
    fn a_symbol_inside_a_fonts_range_without_a_glyph_is_named() {
        let fonts = Fonts::load(&[]).unwrap();
        assert!(!fonts.covers('✅') && !fonts.covers('⭐'));
        assert!(fonts.covers('⚙') && fonts.covers('✓') && fonts.covers('★') && fonts.covers('☎'));
        let loaded = load("updated: 2026-02-08\nperson: {name: X}\nheadline: \"Done ✅ ✅\\uFE0F ⚙\\uFE0F ⚙\"\n");
        let warnings = missing_glyphs(&fonts, &loaded);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert!(warnings[0].contains("headline: no bundled font has \"✅\" (U+2705);"), "{}", warnings[0]);
        assert!(!warnings[0].contains('⚙') && !warnings[0].contains("FE0F"), "{}", warnings[0]);
    }

    /// The CJK face draws every character of the Unified Ideographs block
    /// (Chinese hanzi, Japanese kanji, Korean hanja), every hangul syllable,
    /// the kana and the punctuation of CJK text.
    #[test]
    fn the_cjk_face_covers_chinese_japanese_and_korean() {
        let fonts = Fonts::load(&[]).unwrap();
        let faces: Vec<usize> = fonts.book.select_family("droid sans fallback").collect();
        assert_eq!(faces.len(), 1);
        let info = fonts.book.info(faces[0]).unwrap();
        let ranges = [('\u{4E00}', '\u{9FA5}'), ('\u{AC00}', '\u{D7A3}'), ('ぁ', 'ゔ'), ('ァ', 'ヶ'), ('０', '９')];
        let punctuation = "、。〃「」『』【】《》〔〕〜・ー（），：；！？　";
        let chars = ranges.iter().flat_map(|&(from, to)| from..=to).chain(punctuation.chars());
        for c in chars {
            let drawn = info.coverage.contains(c as u32) && has_glyph(&fonts.fonts[faces[0]], c);
            assert!(drawn, "the CJK face lacks {c} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn every_script_of_the_corpus_but_emoji_is_covered() {
        let fonts = Fonts::load(&[]).unwrap();
        let text = "Straße Ελληνικά Nguyễn Thị Hương Қазақстан Љубомир Ђорђевић Öğretmen İşçi Україна ґ ₽ ₴ ₸ ₺ € £ \
                    林晓雯 高级后端工程师（支付） 佐藤 美咲 シニアエンジニア 김민준 시니어 백엔드 개발자";
        let loaded = load(&format!("updated: 2026-02-08\nperson: {{name: X}}\nheadline: \"{text}\"\n"));
        assert_eq!(missing_glyphs(&fonts, &loaded), Vec::<String>::new());
    }
}

//! The parser model: how the glyphs of [`super::reader`] become the text a
//! résumé parser works on.
//!
//! - **Lines**: glyphs that share a baseline, top to bottom, and within a
//!   line left to right: the naive reading of a parser that sorts text by
//!   position. Every glyph counts, visible or not, as it does for a parser.
//! - **Pieces**: the runs of a line that are closer than a column gap, like
//!   the text items a PDF library hands a parser.
//! - **Direction**: a page whose letters are mostly of a right-to-left
//!   script (Arabic, Hebrew) reads its pieces from right to left, and each
//!   piece's glyphs, drawn left to right, are put back into logical order
//!   by the Unicode bidirectional algorithm, as PDF text extractors do:
//!   the text read is the text typed, Latin words and numbers inside it
//!   left to right.
//! - **Columns**: pieces that continue each other on the next line in the
//!   same horizontal range, as a parser that detects columns joins them.
//!
//! Field checks look for values in both readings ([`Reading::naive`] and
//! [`Reading::columns`]); where only the second finds them, the naive one
//! mixed columns, which [`super::rules`] reports from the same lines.
//!
//! Text is compared after [`normal`]: lower case, one kind of space, no
//! invisible characters, and a line break after a hyphen joined.

use super::reader::{Artifact, Document, Glyph, Page};

/// A run of glyphs on one line, closer to each other than a column gap.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    /// 0-based page index.
    pub(crate) page: usize,
    /// The index of its line in [`Reading::lines`].
    pub(crate) line: usize,
    pub(crate) left: f32,
    pub(crate) right: f32,
    pub(crate) baseline: f32,
    /// The largest font size of its glyphs.
    pub(crate) size: f32,
    /// Whether most of its letters are bold.
    pub(crate) bold: bool,
    pub(crate) text: String,
    /// The text as values are compared with it ([`normal`]).
    pub(crate) normal: String,
    /// Its glyphs, as indices into the page's, left to right as drawn.
    pub(crate) glyphs: Vec<usize>,
    /// Whether every glyph is a header or footer artifact.
    pub(crate) running: bool,
}

/// Glyphs sharing a baseline, with their pieces in reading order: left to
/// right, or right to left on a right-to-left page.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub(crate) page: usize,
    pub(crate) baseline: f32,
    /// Indices into [`Reading::pieces`].
    pub(crate) pieces: Vec<usize>,
}

/// A document as the parser model reads it.
#[derive(Debug, Default)]
pub(crate) struct Reading {
    pub(crate) lines: Vec<Line>,
    pub(crate) pieces: Vec<Piece>,
    /// Pieces in columns: each block is a list of pieces, one below the other.
    pub(crate) blocks: Vec<Vec<usize>>,
    /// The block of each piece.
    pub(crate) block_of: Vec<usize>,
    /// The text of each glyph as a reader that honours `ActualText` sees
    /// it, per page: a span's text on its first glyph, nothing on the rest.
    pub(crate) texts: Vec<Vec<String>>,
    /// The normalised naive reading: lines top to bottom, each left to right.
    pub(crate) naive: Indexed,
    /// The normalised reading by columns.
    pub(crate) columns: Indexed,
    /// The normalised text of running headers and footers, which both
    /// readings leave out.
    pub(crate) running: Indexed,
    /// The most common font size of the body text.
    pub(crate) body_size: f32,
    /// For each page, whether it reads right to left.
    pub(crate) right_to_left: Vec<bool>,
}

/// Normalised text with, for each byte, the piece it came from, and the
/// same text before lower-casing to show what was found.
#[derive(Debug, Default, Clone)]
pub(crate) struct Indexed {
    pub(crate) text: String,
    pub(crate) piece_at: Vec<u32>,
    cased: String,
    /// For each byte of `text`, where its character starts in `cased`.
    cased_at: Vec<u32>,
}

impl Indexed {
    /// Appends a piece's text, normalised, separated from what came before
    /// by `separator` (`' '` or `'\n'`).
    fn push(&mut self, text: &str, separator: char, piece: usize) {
        if !self.text.is_empty() {
            self.push_raw(separator, piece);
        }
        for c in text.chars() {
            self.push_raw(c, piece);
        }
    }

    fn push_raw(&mut self, c: char, piece: usize) {
        let start = self.cased.len() as u32;
        self.cased.push(c);
        self.text.push(c);
        self.piece_at.resize(self.text.len(), piece as u32);
        self.cased_at.resize(self.text.len(), start);
    }

    /// Normalises the whole text, keeping the index.
    fn normalised(&self) -> Indexed {
        let mut out = Indexed::default();
        let mut chars = self.text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let piece = self.piece_at[at] as usize;
            let next = chars.peek().map(|(_, c)| *c);
            match c {
                // A soft hyphen marks a break inside a word: the word is whole.
                '\u{ad}' if next == Some('\n') => {
                    chars.next();
                }
                // A hyphen that ends a line: the two halves are one word.
                '-' | '\u{2010}' if next == Some('\n') && !out.text.ends_with(' ') => {
                    out.push_raw('-', piece);
                    chars.next();
                }
                c if is_ignorable(c) => {}
                c if c.is_whitespace() => {
                    if !out.text.is_empty() && !out.text.ends_with(' ') {
                        out.push_raw(' ', piece);
                    }
                }
                '\u{2019}' | '\u{2018}' | '\u{02bc}' => out.push_raw('\'', piece),
                c => {
                    let start = out.cased.len() as u32;
                    out.cased.push(c);
                    // «İ» lower-cases to «i» and a combining dot.
                    let lower: Vec<char> = if c == 'İ' { vec!['i'] } else { c.to_lowercase().collect() };
                    for lower in lower.into_iter().map(folded) {
                        out.text.push(lower);
                        out.piece_at.resize(out.text.len(), piece as u32);
                        out.cased_at.resize(out.text.len(), start);
                    }
                }
            }
        }
        out
    }

    /// The text of `range` (bytes of the normalised text) with its letters'
    /// case as printed.
    pub(crate) fn cased(&self, range: std::ops::Range<usize>) -> String {
        if range.is_empty() || range.end > self.cased_at.len() {
            return self.text.get(range).unwrap_or_default().to_owned();
        }
        let start = self.cased_at[range.start] as usize;
        let last = self.cased_at[range.end - 1] as usize;
        let end = last + self.cased[last..].chars().next().map_or(0, char::len_utf8);
        self.cased[start..end].to_owned()
    }

    /// The piece at a byte offset.
    pub(crate) fn piece(&self, at: usize) -> usize {
        self.piece_at.get(at).or(self.piece_at.last()).copied().unwrap_or(0) as usize
    }
}

/// A lower-case letter as a parser compares it, where case alone cannot
/// tell the letters apart. Greek without its tonos or dialytika, and the
/// final sigma as any other: Greek set in capitals drops its accents (a
/// heading «ΞΕΝΕΣ ΓΛΩΣΣΕΣ» is «Ξένες γλώσσες»), and a letter lower-cased
/// alone cannot know it ends a word. Turkish dotless «ı» as «i»: the
/// capital «I» of «YABANCI» lower-cases to «i» anywhere but in Turkish.
fn folded(c: char) -> char {
    match c {
        'ı' => 'i',
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        c => c,
    }
}

/// Whether a page reads right to left: more of its letters are of a
/// right-to-left script than of a left-to-right one (as poppler decides).
fn reads_right_to_left(texts: &[String]) -> bool {
    use unicode_bidi::BidiClass::{AL, L, R};
    let mut balance = 0i64;
    for c in texts.iter().flat_map(|text| text.chars()) {
        match unicode_bidi::bidi_class(c) {
            L => balance += 1,
            R | AL => balance -= 1,
            _ => {}
        }
    }
    balance < 0
}

/// The texts of a run of glyphs, given as drawn (left to right), in the
/// order they were written: the bidirectional algorithm's levels of the
/// drawn text, in a paragraph of the page's direction, reorder the glyphs
/// (reordering by levels undoes itself: the runs that the writer's
/// reordering reversed are reversed back). A glyph's own text (a ligature
/// «لا», an `ActualText`) is already in logical order and stays whole.
fn logical_order(drawn: &[&str], right_to_left: bool) -> String {
    use unicode_bidi::BidiClass::{AL, AN, L, R};
    use unicode_bidi::{Level, ParagraphBidiInfo};
    let joined: String = drawn.concat();
    // A run with no letter at all (a phone number, a year on its own)
    // reads left to right on any page, as poppler reads it: a writer that
    // means it as written isolates it, so it is drawn so.
    let right_to_left = right_to_left && joined.chars().any(|c| matches!(unicode_bidi::bidi_class(c), R | AL | L));
    let mixed = joined.chars().any(|c| matches!(unicode_bidi::bidi_class(c), R | AL | AN));
    if !right_to_left && !mixed {
        return joined;
    }
    let level = if right_to_left { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(&joined, Some(level));
    let mut levels = Vec::with_capacity(drawn.len());
    let mut at = 0;
    for text in drawn {
        levels.push(info.levels.get(at).copied().unwrap_or(level));
        at += text.len();
    }
    ParagraphBidiInfo::reorder_visual(&levels).into_iter().map(|index| drawn[index]).collect()
}

/// Characters a reader drops: zero-width spaces and joiners, soft hyphens
/// within a line, the byte order mark.
fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// A value as the readings are compared with it.
pub(crate) fn normal(text: &str) -> String {
    let mut indexed = Indexed::default();
    for c in text.chars() {
        indexed.push_raw(c, 0);
    }
    indexed.normalised().text.trim().to_owned()
}

/// Whether a character belongs to a word whose boundaries matter: a letter
/// or digit of a script that separates words by spaces (not Han, kana or
/// Hangul, which run words together).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// Where `needle` (normalised) occurs in `hay` from byte `from` on, as
/// whole words: not inside a longer word or number.
pub(crate) fn find_word(hay: &str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut start = from.min(hay.len());
    while !hay.is_char_boundary(start) {
        start += 1;
    }
    let first_alnum = needle.chars().next().is_some_and(is_word_char);
    let last_alnum = needle.chars().next_back().is_some_and(is_word_char);
    while let Some(found) = hay[start..].find(needle) {
        let at = start + found;
        let end = at + needle.len();
        let before = hay[..at].chars().next_back();
        let after = hay[end..].chars().next();
        let clean_start = !first_alnum || !before.is_some_and(is_word_char);
        let clean_end = !last_alnum || !after.is_some_and(is_word_char);
        if clean_start && clean_end {
            return Some(at);
        }
        start = at + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The text each glyph stands for, with `ActualText` honoured.
fn glyph_texts(page: &Page) -> Vec<String> {
    let mut texts: Vec<String> = page.glyphs.iter().map(|glyph| glyph.text.clone()).collect();
    let mut current: Option<usize> = None;
    for (index, glyph) in page.glyphs.iter().enumerate() {
        match glyph.actual {
            Some(actual) if current == Some(actual) => texts[index].clear(),
            Some(actual) => {
                texts[index] = page.actual_texts.get(actual).cloned().unwrap_or_default();
                current = Some(actual);
            }
            None => current = None,
        }
    }
    texts
}

/// How far apart two glyphs of one line may be, in font sizes, and still
/// belong to one piece: farther is a column gap.
const COLUMN_GAP: f32 = 0.7;
/// A gap wider than this (in font sizes) between two glyphs reads as a space.
const WORD_GAP: f32 = 0.2;

impl Reading {
    pub(crate) fn of(document: &Document) -> Reading {
        let mut reading = Reading::default();
        let mut sizes: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
        for (page_index, page) in document.pages.iter().enumerate() {
            let texts = glyph_texts(page);
            for (glyph, text) in page.glyphs.iter().zip(&texts) {
                if glyph.artifact.is_none() && !text.trim().is_empty() {
                    *sizes.entry((glyph.size * 10.0).round() as u32).or_default() += 1;
                }
            }
            let rtl = reads_right_to_left(&texts);
            reading.right_to_left.push(rtl);
            reading.page_lines(page_index, page, &texts, document);
            reading.texts.push(texts);
        }
        reading.body_size =
            sizes.iter().max_by_key(|(size, count)| (**count, **size)).map_or(10.0, |(size, _)| *size as f32 / 10.0);
        if document.tags.is_none() {
            reading.find_running(document);
        }
        reading.find_blocks();
        let mut naive = Indexed::default();
        let mut running = Indexed::default();
        for line in &reading.lines {
            let mut first = true;
            for &piece in &line.pieces {
                let text = &reading.pieces[piece].text;
                if reading.pieces[piece].running {
                    running.push(text, '\n', piece);
                } else {
                    naive.push(text, if first { '\n' } else { ' ' }, piece);
                    first = false;
                }
            }
        }
        let mut columns = Indexed::default();
        for block in &reading.blocks {
            for &piece in block.iter().filter(|&&piece| !reading.pieces[piece].running) {
                columns.push(&reading.pieces[piece].text, '\n', piece);
            }
        }
        reading.naive = naive.normalised();
        reading.columns = columns.normalised();
        reading.running = running.normalised();
        reading
    }

    /// In a PDF without tags, which pieces are running headers and footers:
    /// those in the top or bottom 7 % of a page whose text (digits aside)
    /// comes back on another page.
    fn find_running(&mut self, document: &Document) {
        let key = |piece: &Piece| -> String { normal(&piece.text).chars().filter(|c| !c.is_ascii_digit()).collect() };
        let in_band = |piece: &Piece| {
            let height = document.pages.get(piece.page).map_or(842.0, |page| page.height);
            piece.baseline < 0.07 * height || piece.baseline > 0.93 * height
        };
        let mut pages_of: std::collections::BTreeMap<String, std::collections::BTreeSet<usize>> =
            std::collections::BTreeMap::new();
        for piece in self.pieces.iter().filter(|piece| in_band(piece)) {
            pages_of.entry(key(piece)).or_default().insert(piece.page);
        }
        let pages = document.pages.len();
        for piece in &mut self.pieces {
            if in_band(piece) {
                let repeated = pages_of.get(&key(piece)).is_some_and(|seen| seen.len() >= 2);
                // A lone page number is running text whatever it says.
                let number = piece.text.trim().chars().all(|c| c.is_ascii_digit() || " /–-".contains(c));
                piece.running |= repeated || (number && pages > 1);
            }
        }
    }

    /// Groups a page's glyphs into lines and pieces.
    fn page_lines(&mut self, page_index: usize, page: &Page, texts: &[String], document: &Document) {
        let rtl = self.right_to_left[page_index];
        let mut order: Vec<usize> = (0..page.glyphs.len()).filter(|&i| !texts[i].is_empty()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&page.glyphs[a], &page.glyphs[b]);
            a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x))
        });
        let mut lines: Vec<(f32, Vec<usize>)> = Vec::new();
        for index in order {
            let glyph = &page.glyphs[index];
            match lines.last_mut() {
                Some((baseline, members)) if (glyph.y - *baseline).abs() <= 0.4 * glyph.size.max(1.0) => {
                    members.push(index)
                }
                _ => lines.push((glyph.y, vec![index])),
            }
        }
        for (baseline, mut members) in lines {
            // A space drawn where the next glyph starts is the space a
            // right-to-left line wrapped at, set at its left end: before it.
            let blank = |index: usize| texts[index].trim().is_empty();
            members.sort_by(|&a, &b| page.glyphs[a].x.total_cmp(&page.glyphs[b].x).then(blank(b).cmp(&blank(a))));
            let line_index = self.lines.len();
            let mut line = Line { page: page_index, baseline, pieces: Vec::new() };
            let mut current: Vec<usize> = Vec::new();
            for index in members {
                if let Some(&last) = current.last() {
                    let (previous, glyph) = (&page.glyphs[last], &page.glyphs[index]);
                    let gap = glyph.x - (previous.x + previous.width);
                    if gap > COLUMN_GAP * previous.size.max(glyph.size) {
                        line.pieces.push(self.piece(page_index, line_index, page, texts, &current, document));
                        current.clear();
                    }
                }
                current.push(index);
            }
            if !current.is_empty() {
                line.pieces.push(self.piece(page_index, line_index, page, texts, &current, document));
            }
            if rtl {
                line.pieces.reverse();
            }
            self.lines.push(line);
        }
    }

    fn piece(
        &mut self,
        page_index: usize,
        line: usize,
        page: &Page,
        texts: &[String],
        glyphs: &[usize],
        document: &Document,
    ) -> usize {
        // The glyphs' texts as drawn, left to right, with a space where
        // the gap between two glyphs is one.
        let mut drawn: Vec<&str> = Vec::new();
        let mut previous: Option<&Glyph> = None;
        let (mut bold, mut letters) = (0, 0);
        for &index in glyphs {
            let glyph = &page.glyphs[index];
            let own = texts[index].as_str();
            if let Some(previous) = previous {
                let gap = glyph.x - (previous.x + previous.width);
                let spaced = drawn.last().is_some_and(|last| last.ends_with(char::is_whitespace))
                    || own.starts_with(char::is_whitespace);
                if gap > WORD_GAP * glyph.size.max(previous.size) && !spaced {
                    drawn.push(" ");
                }
            }
            drawn.push(own);
            if own.chars().any(char::is_alphabetic) {
                letters += 1;
                if glyph.stroked || document.fonts.get(glyph.font).is_some_and(|font| font.bold) {
                    bold += 1;
                }
            }
            previous = Some(glyph);
        }
        let text = logical_order(&drawn, self.right_to_left[page_index]);

        let first = &page.glyphs[glyphs[0]];
        let last = &page.glyphs[*glyphs.last().unwrap_or(&glyphs[0])];
        let piece = Piece {
            page: page_index,
            line,
            left: first.x,
            right: last.x + last.width,
            baseline: first.y,
            size: glyphs.iter().map(|&i| page.glyphs[i].size).fold(0.0, f32::max),
            bold: letters > 0 && bold * 2 > letters,
            normal: normal(&text),
            text,
            glyphs: glyphs.to_vec(),
            running: glyphs
                .iter()
                .all(|&i| matches!(page.glyphs[i].artifact, Some(Artifact::Header | Artifact::Footer))),
        };
        self.pieces.push(piece);
        self.pieces.len() - 1
    }

    /// Joins pieces into columns: a piece continues the block whose last
    /// piece lies on a line just above it, overlapping it horizontally.
    fn find_blocks(&mut self) {
        self.block_of = vec![usize::MAX; self.pieces.len()];
        let mut open: Vec<usize> = Vec::new();
        for line_index in 0..self.lines.len() {
            let line = &self.lines[line_index];
            let mut continued: Vec<usize> = Vec::new();
            for &piece_index in &line.pieces {
                let piece = &self.pieces[piece_index];
                let best = open
                    .iter()
                    .copied()
                    .filter(|block| !continued.contains(block))
                    .filter_map(|block| {
                        let tail = &self.pieces[*self.blocks[block].last()?];
                        let overlap = piece.right.min(tail.right) - piece.left.max(tail.left);
                        let near = tail.page == piece.page
                            && piece.baseline > tail.baseline
                            && piece.baseline - tail.baseline <= 2.2 * tail.size.max(piece.size)
                            && (piece.size - tail.size).abs() <= 0.35 * tail.size.max(piece.size);
                        (near && overlap > 0.0).then_some((block, overlap))
                    })
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .map(|(block, _)| block);
                let block = match best {
                    Some(block) => block,
                    None => {
                        self.blocks.push(Vec::new());
                        open.push(self.blocks.len() - 1);
                        self.blocks.len() - 1
                    }
                };
                self.blocks[block].push(piece_index);
                self.block_of[piece_index] = block;
                continued.push(block);
            }
            // A block not continued on this line stays open for one more
            // line (a paragraph gap); older ones are closed.
            let page = line.page;
            let baseline = line.baseline;
            open.retain(|&block| {
                let tail = &self.pieces[*self.blocks[block].last().unwrap_or(&0)];
                tail.page == page && baseline - tail.baseline <= 2.2 * tail.size
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_text_joins_hyphenated_lines_and_drops_invisible_characters() {
        assert_eq!(normal("Versicherungs\u{ad}\nleistung"), "versicherungsleistung");
        assert_eq!(normal("Ellis-\nWhitfield"), "ellis-whitfield");
        assert_eq!(normal("a\u{200b}b\u{a0} \n c"), "ab c");
        assert_eq!(normal("It’s"), "it's");
    }

    #[test]
    fn capitals_compare_with_small_letters_in_greek_and_turkish() {
        assert_eq!(normal("ΞΈΝΕΣ ΓΛΏΣΣΕΣ"), normal("Ξένες γλώσσες"));
        assert_eq!(normal("YABANCI DİLLER"), normal("Yabancı diller"));
        assert_eq!(normal("İstanbul"), "istanbul");
    }

    #[test]
    fn right_to_left_glyphs_read_in_the_order_they_were_written() {
        let drawn = |text: &str| -> Vec<String> { text.chars().map(String::from).collect() };
        let read = |text: &str, rtl: bool| {
            let glyphs = drawn(text);
            logical_order(&glyphs.iter().map(String::as_str).collect::<Vec<_>>(), rtl)
        };
        // Drawn left to right, Hebrew and Arabic read right to left.
        assert_eq!(read("יול העונ", true), "נועה לוי");
        assert_eq!(read("نسح ىليل", true), "ليلى حسن");
        // Latin words and numbers keep their own direction.
        assert_eq!(read("2016 Go םולש", true), "שלום Go 2016");
        assert_eq!(read(".PostgreSQL", true), "PostgreSQL.");
        // A phone number drawn as written reads as written on any page.
        assert_eq!(read("+972 50 123 4567", true), "+972 50 123 4567");
        // A Hebrew word in a left-to-right line.
        assert_eq!(read("Tel Aviv (ביבא לת)", false), "Tel Aviv (תל אביב)");
        // Left-to-right text is left alone.
        assert_eq!(read("Marcus Delaney", false), "Marcus Delaney");
        // A glyph standing for two letters (lam-alef) stays whole.
        assert_eq!(logical_order(&["م", "لا", "س"], true), "سلام");
    }

    #[test]
    fn words_are_found_whole() {
        assert_eq!(find_word("google go golang", "go", 0), Some(7));
        assert_eq!(find_word("c++ and c", "c++", 0), Some(0));
        assert_eq!(find_word("rust", "rust", 1), None);
        assert_eq!(find_word("пётр петрович", "петрович", 0), Some("пётр ".len()));
        assert_eq!(find_word("工作经历与项目", "工作经历", 0), Some(0));
    }
}

//! Layout that holds for anyone's CV: the corpus of `tests/fixtures/`
//! (scripts and languages, long tokens, a 25-job career, minimal CVs)
//! rendered with every template, and the PDFs read back glyph by glyph.
//!
//! A small interpreter of PDF content streams (on lopdf) places every glyph
//! and image. The checks: no glyph outside the page's content box, none over
//! the photo, no two text lines on top of each other, no job heading left
//! at a page bottom without two lines of its body, and no character of the
//! data drawn as an empty box (`.notdef`) unless a warning named it. And
//! the long fictional CV in each template is set where `tests/snapshots/*.positions`
//! has it, to a tenth of a point, so that a change of a template's structure
//! (made to lay it out faster) cannot move its text unnoticed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object};

use crate::common::*;

/// A 2D affine matrix `[a b c d e f]` as PDF writes it.
#[derive(Debug, Clone, Copy)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` applied first, then `other`.
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn apply(self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    fn translate(x: f64, y: f64) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }
}

/// An axis-aligned rectangle in PDF space (y grows upwards).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn around(points: &[(f64, f64)]) -> Rect {
        let xs = points.iter().map(|p| p.0);
        let ys = points.iter().map(|p| p.1);
        Rect {
            x0: xs.clone().fold(f64::INFINITY, f64::min),
            x1: xs.fold(f64::NEG_INFINITY, f64::max),
            y0: ys.clone().fold(f64::INFINITY, f64::min),
            y1: ys.fold(f64::NEG_INFINITY, f64::max),
        }
    }

    /// Width and height of the intersection, or none.
    fn overlap(&self, other: &Rect) -> Option<(f64, f64)> {
        let w = self.x1.min(other.x1) - self.x0.max(other.x0);
        let h = self.y1.min(other.y1) - self.y0.max(other.y0);
        (w > 0.0 && h > 0.0).then_some((w, h))
    }
}

/// One drawn glyph.
#[derive(Debug, Clone)]
struct Glyph {
    /// The text it stands for, from the font's ToUnicode map.
    text: String,
    /// Glyph code 0: the font's `.notdef`, an empty box.
    notdef: bool,
    /// Baseline start.
    x: f64,
    y: f64,
    /// Advance width and font size in page units.
    width: f64,
    size: f64,
    /// Inside a running header or footer.
    running: bool,
    /// Index of the text-showing operation it came from, so that glyphs of
    /// one run are told apart from glyphs of others.
    run: usize,
}

impl Glyph {
    /// The box the glyph's ink lies in, roughly: from below the baseline to
    /// the height of capitals.
    /// CJK punctuation draws in one half of its square, and Typst sets
    /// the empty half of a comma or stop before a letter, or of two marks
    /// in a row, under its neighbour (as Japanese and Chinese typesetting
    /// does): its ink is the drawn half only.
    fn ink(&self) -> Rect {
        let (mut x0, mut x1) = (self.x, self.x + self.width);
        if ["、", "。", "，", "．", "」", "』", "）", "】", "〕", "》", "〉"].contains(&self.text.as_str()) {
            x1 = self.x + self.width / 2.0;
        } else if ["「", "『", "（", "【", "〔", "《", "〈"].contains(&self.text.as_str()) {
            x0 = self.x + self.width / 2.0;
        }
        Rect { x0, x1, y0: self.y - 0.15 * self.size, y1: self.y + 0.7 * self.size }
    }
}

#[derive(Debug, Default)]
struct Page {
    width: f64,
    height: f64,
    glyphs: Vec<Glyph>,
    images: Vec<Rect>,
}

/// What a font tells about its codes: their width and their text.
struct FontInfo {
    two_byte: bool,
    widths: BTreeMap<u32, f64>,
    default_width: f64,
    unicode: BTreeMap<u32, String>,
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        other => other,
    }
}

fn number(object: &Object) -> f64 {
    match object {
        Object::Integer(value) => *value as f64,
        Object::Real(value) => f64::from(*value),
        _ => 0.0,
    }
}

fn dict<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    match resolve(doc, object) {
        Object::Dictionary(dict) => Some(dict),
        Object::Stream(stream) => Some(&stream.dict),
        _ => None,
    }
}

/// The `bfchar` and `bfrange` entries of a ToUnicode CMap.
fn parse_to_unicode(cmap: &str) -> BTreeMap<u32, String> {
    fn hex(token: &str) -> Vec<u8> {
        let digits: Vec<u8> = token.bytes().filter(u8::is_ascii_hexdigit).collect();
        digits
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap_or("0"), 16).unwrap_or(0))
            .collect()
    }
    fn code(bytes: &[u8]) -> u32 {
        bytes.iter().fold(0, |acc, &b| (acc << 8) | u32::from(b))
    }
    fn text(bytes: &[u8]) -> String {
        let units: Vec<u16> =
            bytes.chunks(2).map(|pair| u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)])).collect();
        String::from_utf16_lossy(&units)
    }
    let mut map = BTreeMap::new();
    let tokens: Vec<&str> = cmap.split(|c: char| c.is_whitespace()).filter(|t| !t.is_empty()).collect();
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" => {
                i += 1;
                while i + 1 < tokens.len() && tokens[i] != "endbfchar" {
                    map.insert(code(&hex(tokens[i])), text(&hex(tokens[i + 1])));
                    i += 2;
                }
            }
            "beginbfrange" => {
                i += 1;
                while i + 2 < tokens.len() && tokens[i] != "endbfrange" {
                    let (start, end) = (code(&hex(tokens[i])), code(&hex(tokens[i + 1])));
                    let first = hex(tokens[i + 2]);
                    if let Some(last) = first.len().checked_sub(1) {
                        for (offset, c) in (start..=end).enumerate() {
                            let mut bytes = first.clone();
                            bytes[last] = bytes[last].wrapping_add(offset as u8);
                            map.insert(c, text(&bytes));
                        }
                    }
                    i += 3;
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}

fn font_info(doc: &Document, font: &Dictionary) -> FontInfo {
    let unicode = font
        .get(b"ToUnicode")
        .ok()
        .map(|object| resolve(doc, object))
        .and_then(|object| object.as_stream().ok())
        .and_then(|stream| stream.decompressed_content().ok().or_else(|| Some(stream.content.clone())))
        .map(|bytes| parse_to_unicode(&String::from_utf8_lossy(&bytes)))
        .unwrap_or_default();
    let subtype = font.get(b"Subtype").and_then(|s| s.as_name()).unwrap_or(b"");
    let mut widths = BTreeMap::new();
    if subtype == b"Type0" {
        let descendant = font
            .get(b"DescendantFonts")
            .ok()
            .and_then(|fonts| resolve(doc, fonts).as_array().ok())
            .and_then(|fonts| fonts.first())
            .and_then(|font| dict(doc, font));
        let default_width = descendant.and_then(|d| d.get(b"DW").ok()).map_or(1000.0, number);
        if let Some(w) = descendant.and_then(|d| d.get(b"W").ok()).and_then(|w| resolve(doc, w).as_array().ok()) {
            let mut i = 0;
            while i < w.len() {
                let first = number(&w[i]) as u32;
                match resolve(doc, w.get(i + 1).unwrap_or(&Object::Null)) {
                    Object::Array(list) => {
                        for (offset, width) in list.iter().enumerate() {
                            widths.insert(first + offset as u32, number(width));
                        }
                        i += 2;
                    }
                    other => {
                        let last = number(other) as u32;
                        let width = w.get(i + 2).map_or(default_width, number);
                        for c in first..=last {
                            widths.insert(c, width);
                        }
                        i += 3;
                    }
                }
            }
        }
        FontInfo { two_byte: true, widths, default_width, unicode }
    } else {
        let first = font.get(b"FirstChar").map_or(0.0, number) as u32;
        if let Ok(list) = font.get(b"Widths").and_then(|w| resolve(doc, w).as_array()) {
            for (offset, width) in list.iter().enumerate() {
                widths.insert(first + offset as u32, number(width));
            }
        }
        FontInfo { two_byte: false, widths, default_width: 0.0, unicode }
    }
}

struct State {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f64,
    tm: Matrix,
    line: Matrix,
    char_spacing: f64,
    leading: f64,
}

struct Interpreter<'a> {
    doc: &'a Document,
    page: Page,
    runs: usize,
    fonts: BTreeMap<Vec<u8>, FontInfo>,
}

impl Interpreter<'_> {
    fn run(&mut self, content: &[u8], resources: Option<&Dictionary>, ctm: Matrix) {
        let Ok(content) = lopdf::content::Content::decode(content) else { return };
        let mut stack: Vec<State> = Vec::new();
        let mut state = State {
            ctm,
            font: None,
            size: 0.0,
            tm: Matrix::IDENTITY,
            line: Matrix::IDENTITY,
            char_spacing: 0.0,
            leading: 0.0,
        };
        // Whether each open marked-content sequence is a running header or footer.
        let mut marked: Vec<bool> = Vec::new();
        let font_dict = resources.and_then(|r| r.get(b"Font").ok()).and_then(|f| dict(self.doc, f));
        let xobjects = resources.and_then(|r| r.get(b"XObject").ok()).and_then(|x| dict(self.doc, x));
        for op in &content.operations {
            let nums: Vec<f64> = op.operands.iter().map(number).collect();
            match op.operator.as_str() {
                "q" => stack.push(State { font: state.font.clone(), ..state }),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        state = saved;
                    }
                }
                "cm" if nums.len() == 6 => {
                    state.ctm = Matrix([nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]).then(state.ctm)
                }
                "BT" => {
                    state.tm = Matrix::IDENTITY;
                    state.line = Matrix::IDENTITY;
                }
                "Tf" => {
                    state.font = op.operands.first().and_then(|name| name.as_name().ok()).map(<[u8]>::to_vec);
                    state.size = nums.get(1).copied().unwrap_or(0.0);
                }
                "Tc" => state.char_spacing = nums.first().copied().unwrap_or(0.0),
                "TL" => state.leading = nums.first().copied().unwrap_or(0.0),
                "Tm" if nums.len() == 6 => {
                    state.tm = Matrix([nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]);
                    state.line = state.tm;
                }
                "Td" | "TD" if nums.len() == 2 => {
                    if op.operator == "TD" {
                        state.leading = -nums[1];
                    }
                    state.line = Matrix::translate(nums[0], nums[1]).then(state.line);
                    state.tm = state.line;
                }
                "T*" => {
                    state.line = Matrix::translate(0.0, -state.leading).then(state.line);
                    state.tm = state.line;
                }
                "Tj" | "TJ" => {
                    self.runs += 1;
                    let running = marked.iter().any(|&running| running);
                    let items: Vec<&Object> = match op.operands.first() {
                        Some(Object::Array(items)) => items.iter().collect(),
                        Some(other) => vec![other],
                        None => Vec::new(),
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => self.show(&mut state, bytes, font_dict, running),
                            other => {
                                let adjust = number(other);
                                state.tm = Matrix::translate(-adjust / 1000.0 * state.size, 0.0).then(state.tm);
                            }
                        }
                    }
                }
                "BDC" | "BMC" => {
                    let is_running = op.operator == "BDC"
                        && op.operands.first().and_then(|tag| tag.as_name().ok()) == Some(&b"Artifact"[..])
                        && op.operands.get(1).and_then(|props| dict(self.doc, props)).is_some_and(|props| {
                            props.get(b"Type").and_then(|t| t.as_name()).ok() == Some(&b"Pagination"[..])
                        });
                    marked.push(is_running);
                }
                "EMC" => {
                    marked.pop();
                }
                "Do" => {
                    let Some(name) = op.operands.first().and_then(|name| name.as_name().ok()) else { continue };
                    let Some(object) = xobjects.and_then(|x| x.get(name).ok()).map(|o| resolve(self.doc, o)) else {
                        continue;
                    };
                    let Ok(stream) = object.as_stream() else { continue };
                    let subtype = stream.dict.get(b"Subtype").and_then(|s| s.as_name()).unwrap_or(b"");
                    if subtype == b"Image" {
                        let corners: Vec<(f64, f64)> = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
                            .iter()
                            .map(|&(x, y)| state.ctm.apply(x, y))
                            .collect();
                        self.page.images.push(Rect::around(&corners));
                    } else if subtype == b"Form" {
                        let matrix = stream
                            .dict
                            .get(b"Matrix")
                            .ok()
                            .and_then(|m| resolve(self.doc, m).as_array().ok())
                            .filter(|m| m.len() == 6)
                            .map_or(Matrix::IDENTITY, |m| {
                                Matrix([
                                    number(&m[0]),
                                    number(&m[1]),
                                    number(&m[2]),
                                    number(&m[3]),
                                    number(&m[4]),
                                    number(&m[5]),
                                ])
                            });
                        let inner = stream.dict.get(b"Resources").ok().and_then(|r| dict(self.doc, r)).or(resources);
                        let bytes = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
                        let before = self.page.glyphs.len();
                        self.run(&bytes, inner, matrix.then(state.ctm));
                        if marked.iter().any(|&running| running) {
                            for glyph in &mut self.page.glyphs[before..] {
                                glyph.running = true;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn show(&mut self, state: &mut State, bytes: &[u8], font_dict: Option<&Dictionary>, running: bool) {
        let Some(name) = state.font.clone() else { return };
        if !self.fonts.contains_key(&name) {
            let Some(font) = font_dict.and_then(|fonts| fonts.get(&name).ok()).and_then(|f| dict(self.doc, f)) else {
                return;
            };
            let info = font_info(self.doc, font);
            self.fonts.insert(name.clone(), info);
        }
        let font = &self.fonts[&name];
        let codes: Vec<u32> = if font.two_byte {
            bytes.chunks(2).map(|pair| (u32::from(pair[0]) << 8) | u32::from(*pair.get(1).unwrap_or(&0))).collect()
        } else {
            bytes.iter().map(|&b| u32::from(b)).collect()
        };
        for code in codes {
            let advance = font.widths.get(&code).copied().unwrap_or(font.default_width) / 1000.0;
            let to_page = state.tm.then(state.ctm);
            let (x, y) = to_page.apply(0.0, 0.0);
            let (x_end, _) = to_page.apply(advance * state.size, 0.0);
            let (_, y_top) = to_page.apply(0.0, state.size);
            self.page.glyphs.push(Glyph {
                text: font.unicode.get(&code).cloned().unwrap_or_default(),
                notdef: code == 0,
                x: x.min(x_end),
                y,
                width: (x_end - x).abs(),
                size: (y_top - y).abs(),
                running,
                run: self.runs,
            });
            state.tm = Matrix::translate(advance * state.size + state.char_spacing, 0.0).then(state.tm);
        }
    }
}

/// Every page of a PDF with its glyphs and images placed.
fn read_pages(pdf: &[u8]) -> Vec<Page> {
    let doc = Document::load_mem(pdf).expect("the PDF parses");
    let mut pages = Vec::new();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).expect("a page");
        let media = page.get(b"MediaBox").and_then(|m| m.as_array()).expect("a MediaBox");
        let content = doc.get_page_content(id).unwrap_or_default();
        let resources = page.get(b"Resources").ok().and_then(|r| dict(&doc, r));
        let mut interpreter = Interpreter {
            doc: &doc,
            page: Page { width: number(&media[2]), height: number(&media[3]), ..Page::default() },
            runs: 0,
            fonts: BTreeMap::new(),
        };
        interpreter.run(&content, resources, Matrix::IDENTITY);
        pages.push(interpreter.page);
    }
    pages
}

/// A run of glyphs on one baseline, as one box.
#[derive(Debug)]
struct Segment {
    text: String,
    ink: Rect,
    x: f64,
    y: f64,
    size: f64,
    running: bool,
}

/// The glyphs of a page joined into segments: consecutive glyphs of one
/// text run on one baseline, without a gap wider than a space.
fn segments(page: &Page) -> Vec<Segment> {
    let mut segments: Vec<(Segment, usize, f64)> = Vec::new();
    for glyph in &page.glyphs {
        if glyph.width <= 0.0 || glyph.text.trim().is_empty() {
            if let Some((segment, run, _)) = segments.last_mut()
                && *run == glyph.run
            {
                segment.text.push(' ');
            }
            continue;
        }
        let ink = glyph.ink();
        match segments.last_mut() {
            Some((segment, run, end))
                if *run == glyph.run && (segment.y - glyph.y).abs() < 0.5 && (glyph.x - *end).abs() < glyph.size =>
            {
                segment.text.push_str(&glyph.text);
                segment.ink.x1 = segment.ink.x1.max(ink.x1);
                segment.ink.y0 = segment.ink.y0.min(ink.y0);
                segment.ink.y1 = segment.ink.y1.max(ink.y1);
                *end = glyph.x + glyph.width;
            }
            _ => segments.push((
                Segment {
                    text: glyph.text.clone(),
                    ink,
                    x: glyph.x,
                    y: glyph.y,
                    size: glyph.size,
                    running: glyph.running,
                },
                glyph.run,
                glyph.x + glyph.width,
            )),
        }
    }
    segments.into_iter().map(|(segment, _, _)| segment).collect()
}

/// Where a template keeps its text: the page's margins (the content box
/// body text keeps to), for a template with a sidebar where the sidebar's
/// column ends, and where the column with the jobs' text starts (lines
/// left of it, a sidebar or print's periods, are not the jobs' text).
#[derive(Debug, Clone, Copy)]
struct Frame {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    sidebar_end: Option<f64>,
    jobs_x: f64,
}

/// The frame of a template (a built-in's name, or `example`) rendered with
/// the design options `design` sets, by name and in points: `margin`
/// replaces the template's own margins (the sidebar keeps its left edge),
/// `sidebar_width` moves the sidebar's end. A built-in this does not know
/// is an error: its geometry must be written here for the layout checks.
fn frame(template: &str, design: &BTreeMap<String, f64>) -> Frame {
    let margin = design.get("margin").copied();
    let all = |default: (f64, f64, f64, f64)| {
        let (left, right, top, bottom) = margin.map_or(default, |m| (m, m, m, m));
        Frame { left, right, top, bottom, sidebar_end: None, jobs_x: 0.0 }
    };
    match template {
        // The jobs' text starts right of the periods' column.
        "print" => {
            let frame = all((39.7, 38.8, 34.0, 40.0));
            Frame { jobs_x: frame.left + design.get("period_width").copied().unwrap_or(134.9) - 0.5, ..frame }
        }
        "classic" => all((56.0, 56.0, 50.0, 56.0)),
        // The sidebar's column ends 14 pt before its tint does.
        "sidebar" => {
            let end = design.get("sidebar_width").copied().unwrap_or(200.0) - 14.0;
            Frame { left: 20.0, sidebar_end: Some(end), jobs_x: end, ..all((20.0, 34.0, 34.0, 44.0)) }
        }
        "example" => all((60.0, 60.0, 60.0, 60.0)),
        other => panic!("the layout checks do not know the frame of the template {other:?}: add it to `frame`"),
    }
}

/// The corpus: every CV under `tests/fixtures/`.
fn corpus() -> Vec<PathBuf> {
    fixture_corpus()
}

fn template_arg(template: &str) -> String {
    match template {
        "example" => root().join("examples/template").display().to_string(),
        builtin => builtin.to_owned(),
    }
}

/// Renders a CV through the library; returns the PDF and the warnings.
fn render_cv(data: &Path, template: &str, font_paths: &[PathBuf]) -> (Vec<u8>, String) {
    let options = cvpdf::RenderOptions {
        font_paths: font_paths.to_vec(),
        ..cvpdf::RenderOptions::new(data, &template_arg(template))
    };
    let rendered = cvpdf::render(&options).unwrap_or_else(|error| panic!("{} × {template}: {error}", data.display()));
    (rendered.pdf, rendered.warnings)
}

fn name_of(data: &Path) -> String {
    data.parent().and_then(Path::file_name).unwrap().to_string_lossy().into_owned()
}

/// Layout defects of one rendered PDF, each described for a person.
fn layout_defects(pdf: &[u8], template: &str, data: &Path) -> Vec<String> {
    layout_defects_in(pdf, frame(template, &BTreeMap::new()), data)
}

/// Layout defects of one rendered PDF whose text keeps to `frame`.
fn layout_defects_in(pdf: &[u8], frame: Frame, data: &Path) -> Vec<String> {
    let Frame { left, right, top, bottom, sidebar_end, jobs_x } = frame;
    let mut defects = Vec::new();
    let pages = read_pages(pdf);
    for (index, page) in pages.iter().enumerate() {
        let number = index + 1;
        let segments = segments(page);
        // The content box, and the page less a small edge for running lines.
        for segment in &segments {
            let (x0, x1, y0, y1) = if segment.running {
                (12.0, page.width - 12.0, 8.0, page.height - 8.0)
            } else {
                (left, page.width - right, bottom, page.height - top)
            };
            // Typst lets a hyphen or a stop at a line end hang into the
            // margin, for an optically straight edge; a justified line that
            // cannot shrink its spaces enough (words are not hyphenated) may
            // end up to a point past the column, as Typst sets it in a narrow
            // column (the classic template at its widest margin).
            let hangs = segment.text.trim_end().ends_with(['-', '\u{ad}', '–', '—', '.', ',', ';', ':']);
            let overhang = if hangs { 0.5 * segment.size } else { 1.0 };
            let outside = segment.ink.x0 < x0 - 0.5
                || segment.ink.x1 > x1 + overhang
                || segment.y < y0 - 0.5
                || segment.y > y1 + 0.5;
            if outside {
                defects.push(format!(
                    "page {number}: {:?} at x {:.1}–{:.1}, baseline {:.1} lies outside the content box",
                    segment.text, segment.ink.x0, segment.ink.x1, segment.y
                ));
            }
            for image in &page.images {
                if let Some((w, h)) = segment.ink.overlap(image)
                    && w > 0.5
                    && h > 0.5
                {
                    defects.push(format!("page {number}: {:?} is drawn over the photo", segment.text));
                }
            }
        }
        // A running header or footer is one line: one that wraps runs off
        // the top of the page or into the body.
        for (place, top_half) in [("header", true), ("footer", false)] {
            // Cells of one line may sit a little apart (a fallback face's
            // taller line): a new line is a baseline half a size lower.
            let mut baselines: Vec<(f64, f64)> = segments
                .iter()
                .filter(|s| s.running && (s.y > page.height / 2.0) == top_half)
                .map(|s| (s.y, s.size))
                .collect();
            baselines.sort_by(|a, b| a.0.total_cmp(&b.0));
            let lines = baselines.windows(2).filter(|pair| pair[1].0 - pair[0].0 > 0.5 * pair[0].1).count() + 1;
            if lines > 1 {
                defects.push(format!("page {number}: the running {place} takes {lines} lines"));
            }
        }
        for (i, a) in segments.iter().enumerate() {
            for b in &segments[i + 1..] {
                if let Some((w, h)) = a.ink.overlap(&b.ink)
                    && w > 1.0
                    && h > 1.0
                {
                    defects.push(format!(
                        "page {number}: {:?} (baseline {:.1}) and {:?} (baseline {:.1}) overlap",
                        a.text, a.y, b.text, b.y
                    ));
                }
            }
        }
        // The sidebar's text keeps to the sidebar.
        if let Some(end) = sidebar_end {
            for segment in segments.iter().filter(|s| !s.running && s.x < end) {
                if segment.ink.x1 > end + 0.5 {
                    defects.push(format!("page {number}: {:?} runs out of the sidebar", segment.text));
                }
            }
        }
    }
    defects.extend(lonely_headings(&pages, data, jobs_x));
    defects
}

/// The body strings of each job, in the order the templates print them
/// (headings of roles and projects left out), with the company.
fn jobs_of(data: &Path) -> Vec<(String, Vec<String>)> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(data).unwrap()).unwrap();
    let texts = |value: &serde_yaml::Value| -> Vec<String> {
        fn walk(value: &serde_yaml::Value, out: &mut Vec<String>) {
            match value {
                serde_yaml::Value::String(text) => out.push(cvpdf::plain_text(text)),
                serde_yaml::Value::Sequence(items) => items.iter().for_each(|item| walk(item, out)),
                serde_yaml::Value::Mapping(map) => {
                    for (key, value) in map {
                        if key.as_str() != Some("title") {
                            walk(value, out);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(value, &mut out);
        out
    };
    let mut jobs = Vec::new();
    for job in yaml["experience"].as_sequence().cloned().unwrap_or_default() {
        let mut body = Vec::new();
        for key in ["description", "items", "achievements", "roles", "projects"] {
            body.extend(texts(&job[key]));
        }
        jobs.push((cvpdf::plain_text(job["company"].as_str().unwrap()), body));
    }
    jobs
}

/// The text lines of each page, top to bottom, squeezed: segments on one
/// baseline joined from left to right. Running lines are left out, and so
/// is everything left of `min_x` (a sidebar).
fn text_lines(pages: &[Page], min_x: f64) -> Vec<Vec<String>> {
    pages
        .iter()
        .map(|page| {
            let mut segments: Vec<Segment> =
                segments(page).into_iter().filter(|s| !s.running && s.x >= min_x).collect();
            segments.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
            let mut lines: Vec<(f64, String)> = Vec::new();
            // List markers are not the data's text.
            for segment in segments.iter().filter(|s| !matches!(s.text.trim(), "•" | "–" | "‣" | "◦")) {
                match lines.last_mut() {
                    Some((y, text)) if (*y - segment.y).abs() < 1.0 => text.push_str(&squeeze(&segment.text)),
                    _ => lines.push((segment.y, squeeze(&segment.text))),
                }
            }
            lines.into_iter().map(|(_, text)| text).collect()
        })
        .collect()
}

/// The first `length` characters of a text, squeezed: enough to find it on
/// a line.
fn prefix(text: &str, length: usize) -> String {
    squeeze(text).chars().take(length).collect()
}

/// Jobs whose heading ends a page with fewer than two lines of the job's
/// body after it on that page.
fn lonely_headings(pages: &[Page], data: &Path, min_x: f64) -> Vec<String> {
    let lines = text_lines(pages, min_x);
    // The first line at or after `from` (page, line) that contains `text`'s
    // prefix, or starts it and the next line goes on with it (a heading
    // wrapped in a narrow column).
    let find = |text: &str, length: usize, from: (usize, usize)| -> Option<(usize, usize)> {
        let wanted = prefix(text, length);
        let holds = |page: usize, line: usize| {
            let here = &lines[page][line];
            here.contains(&wanted)
                || lines[page].get(line + 1).is_some_and(|next| {
                    let both = format!("{here}{next}");
                    both.contains(&wanted) && !next.contains(&wanted) && both.find(&wanted).unwrap() < here.len()
                })
        };
        (from.0..lines.len()).find_map(|page| {
            let start = if page == from.0 { from.1 } else { 0 };
            (start..lines[page].len()).find(|&line| holds(page, line)).map(|line| (page, line))
        })
    };
    let mut defects = Vec::new();
    let mut at = (0, 0);
    for (company, body) in jobs_of(data) {
        let Some((head_page, head_line)) = find(&company, 8, at) else {
            defects.push(format!("the company {company:?} is not found"));
            continue;
        };
        at = (head_page, head_line + 1);
        let Some(first) = body.first() else { continue };
        // Twelve characters tell a job's first line («Разработчик, техлид»)
        // from its industry above it («Разработка программного обеспечения»).
        let Some((body_page, body_line)) = find(first, 12, at) else {
            defects.push(format!("the first line of {company:?} is not found"));
            continue;
        };
        if body_page != head_page {
            defects.push(format!("the heading of {company:?} ends page {} without its body", head_page + 1));
            continue;
        }
        // The whole body on the page, or a second line of it there: the
        // line after the first one continues the body's text.
        let whole = squeeze(&body.concat());
        let rest_of_page = lines[body_page][body_line..].concat();
        // Labels between the parts of a body («Достижения») are skipped.
        let next_continues = lines[body_page][body_line + 1..]
            .iter()
            .find(|line| !["Достижения", "Achievements"].contains(&line.as_str()))
            .is_some_and(|next| {
                let start: String = next.chars().take(5).collect();
                whole.contains(&start)
            });
        if !rest_of_page.contains(&whole) && !next_continues {
            defects.push(format!("the heading of {company:?} ends page {} with one line of its body", head_page + 1));
        }
        at = (body_page, body_line);
    }
    defects
}

fn check_template(template: &str) {
    let mut failures = Vec::new();
    for data in corpus() {
        let (pdf, _) = render_cv(&data, template, &[]);
        for defect in layout_defects(&pdf, template, &data) {
            failures.push(format!("{} × {template}: {defect}", name_of(&data)));
        }
    }
    assert!(failures.is_empty(), "{} layout defects:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_builtin_lays_out_the_whole_corpus_cleanly() {
    for template in cvpdf::builtin_templates() {
        check_template(template);
    }
}

#[test]
fn the_example_template_lays_out_the_whole_corpus_cleanly() {
    check_template("example");
}

// ---- Every built-in at the ends of its design options ----

/// The paper sizes a `page` option takes, from the data's schema.
fn paper_sizes() -> Vec<String> {
    let output = run_in(&root(), &["schema"]);
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let sizes: Vec<String> = schema["definitions"]["Design"]["properties"]["page"]["enum"]
        .as_array()
        .expect("the schema lists the paper sizes")
        .iter()
        .map(|size| size.as_str().unwrap().to_owned())
        .collect();
    assert!(sizes.len() >= 2, "the schema lists only {sizes:?}");
    sizes
}

/// One render's design: an option and its value, as `--set design.NAME=VALUE`
/// gives it, and the value in points (or as a number) when it has one.
struct Setting {
    name: String,
    value: String,
    number: Option<f64>,
}

/// The settings at the ends of what a built-in's manifest declares: each
/// option with a `min` and a `max` at both, and every paper size of a
/// `page` option. One setting per render, every other option at its
/// default.
fn extreme_settings(template: &str) -> Vec<Setting> {
    let path = root().join("typst").join(template).join("typst.toml");
    let manifest: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let options =
        manifest["tool"]["cvpdf"]["options"].as_table().unwrap_or_else(|| panic!("{}: no options", path.display()));
    let mut settings = Vec::new();
    for (name, option) in options {
        let bound = |key: &str| option.get(key).and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)));
        if let (Some(min), Some(max)) = (bound("min"), bound("max")) {
            for value in [min, max] {
                settings.push(Setting { name: name.clone(), value: value.to_string(), number: Some(value) });
            }
        }
        if option.get("type").and_then(toml::Value::as_str) == Some("page") {
            for size in paper_sizes() {
                settings.push(Setting { name: name.clone(), value: size, number: None });
            }
        }
    }
    assert!(settings.iter().any(|s| s.name == "size"), "{}: no bounded `size` option", path.display());
    settings
}

/// Every built-in lays out long and awkward CVs cleanly at each end of
/// every design option it declares with bounds (the smallest and largest
/// text, line spacing, margin, column widths) and on every paper size:
/// nothing outside the content box, nothing over the photo, no lines on
/// top of each other, no job heading alone at a page's bottom.
#[test]
fn every_builtin_lays_out_cleanly_at_the_ends_of_its_options() {
    let fixtures =
        ["senior", "tech-tokens", "long-english"].map(|name| root().join("tests/fixtures").join(name).join("cv.yaml"));
    let mut failures = Vec::new();
    let mut renders = 0;
    for template in cvpdf::builtin_templates() {
        for setting in extreme_settings(template) {
            let written = format!("design.{}={}", setting.name, setting.value);
            let design: BTreeMap<String, f64> = setting.number.map(|n| (setting.name.clone(), n)).into_iter().collect();
            for data in &fixtures {
                let options = cvpdf::RenderOptions {
                    overrides: vec![cvpdf::Override::parse(&written).unwrap()],
                    ..cvpdf::RenderOptions::new(data, template)
                };
                let rendered = cvpdf::render(&options)
                    .unwrap_or_else(|error| panic!("{} × {template} × {written}: {error}", data.display()));
                renders += 1;
                for defect in layout_defects_in(&rendered.pdf, frame(template, &design), data) {
                    failures.push(format!("{} × {template} × {written}: {defect}", name_of(data)));
                }
            }
        }
    }
    assert!(renders >= 3 * 3 * 6, "only {renders} renders");
    assert!(failures.is_empty(), "{} layout defects:\n{}", failures.len(), failures.join("\n"));
}

// ---- Text positions of the long CV ----

/// Where a template sets the long CV: every segment of every page as
/// `page x y size text`, x and y (from the page's bottom-left corner) to a
/// tenth of a point. Its snapshot shows any line, word or column that
/// moved, even by less than the pixel snapshots see.
fn positions(template: &str) -> String {
    let (pdf, _) = render_cv(&long_cv(), template, &[]);
    let mut out = String::new();
    for (index, page) in read_pages(&pdf).iter().enumerate() {
        for segment in segments(page) {
            let text = segment.text.trim_end();
            out += &format!("{} {:.1} {:.1} {:.1} {text}\n", index + 1, segment.x, segment.y, segment.size);
        }
    }
    out
}

/// A position line's page, x, y and the rest (size and text).
fn position_fields(line: &str) -> Option<(&str, f64, f64, &str)> {
    let mut fields = line.splitn(4, ' ');
    let page = fields.next()?;
    let x = fields.next()?.parse().ok()?;
    let y = fields.next()?.parse().ok()?;
    Some((page, x, y, fields.next()?))
}

/// Compares a template's text positions with
/// `tests/snapshots/<template>.positions`, allowing for rounding: a segment
/// may differ by 0.1 pt. `UPDATE_SNAPSHOTS=1` rewrites the file instead.
fn check_positions(template: &str) {
    let path = root().join("tests/snapshots").join(format!("{template}.positions"));
    let actual = positions(template);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{}: no snapshot (run with UPDATE_SNAPSHOTS=1)", path.display()));
    let (expected, actual): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut moved = Vec::new();
    for (number, (want, got)) in expected.iter().zip(&actual).enumerate() {
        let same = match (position_fields(want), position_fields(got)) {
            (Some((p, x, y, rest)), Some((q, x2, y2, rest2))) => {
                p == q && rest == rest2 && (x - x2).abs() <= 0.11 && (y - y2).abs() <= 0.11
            }
            _ => want == got,
        };
        if !same {
            moved.push(format!("segment {}: expected `{want}`, found `{got}`", number + 1));
        }
    }
    if expected.len() != actual.len() {
        moved.push(format!("{} segments expected, {} found", expected.len(), actual.len()));
    }
    assert!(
        moved.is_empty(),
        "{template}: the long CV is not set where {} has it ({} differences):\n{}",
        path.display(),
        moved.len(),
        moved.into_iter().take(12).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_builtin_sets_the_long_cvs_text_where_its_snapshot_has_it() {
    for template in cvpdf::builtin_templates() {
        check_positions(template);
    }
}

#[test]
fn the_example_template_sets_the_long_cvs_text_where_its_snapshot_has_it() {
    check_positions("example");
}

/// Every text value of a data file that a template prints: all of
/// [`data_texts`] but the titles of free sections without a body, which
/// templates leave out.
fn printed_texts(data: &Path) -> Vec<String> {
    let mut yaml: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(data).unwrap()).unwrap();
    if let Some(sections) = yaml.get_mut("sections").and_then(|s| s.as_sequence_mut()) {
        sections.retain(|section| section["body"].as_sequence().is_some_and(|body| !body.is_empty()));
    }
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("cv.yaml");
    std::fs::write(&copy, serde_yaml::to_string(&yaml).unwrap()).unwrap();
    data_texts(&copy)
}

/// Characters of the data that no glyph draws and no warning names, and
/// empty boxes (`.notdef`) in the PDF while no warning was given.
fn glyph_defects(pdf: &[u8], data: &Path, warnings: &str) -> Vec<String> {
    let pages = read_pages(pdf);
    let glyphs = || pages.iter().flat_map(|page| &page.glyphs);
    let drawn: std::collections::BTreeSet<char> =
        glyphs().filter(|glyph| !glyph.notdef).flat_map(|glyph| glyph.text.chars()).collect();
    let mut defects = Vec::new();
    let empty_boxes: Vec<&Glyph> = glyphs().filter(|glyph| glyph.notdef).collect();
    if !empty_boxes.is_empty() && !warnings.contains("warning:") {
        defects.push(format!("{} empty boxes (.notdef) are drawn and no warning says why", empty_boxes.len()));
    }
    for glyph in empty_boxes {
        for c in glyph.text.chars().filter(|c| !c.is_whitespace()) {
            if !warnings.contains(&format!("\"{c}\"")) {
                defects.push(format!("{c:?} is drawn as an empty box and no warning names it"));
            }
        }
    }
    let mut missing: Vec<char> = Vec::new();
    for text in printed_texts(data) {
        for c in text.chars() {
            let needs_glyph =
                !c.is_whitespace() && !c.is_control() && !('\u{fe00}'..='\u{fe0f}').contains(&c) && c != '\u{200d}';
            if needs_glyph && !drawn.contains(&c) && !warnings.contains(&format!("\"{c}\"")) && !missing.contains(&c) {
                missing.push(c);
            }
        }
    }
    if !missing.is_empty() {
        defects.push(format!("characters of the data neither drawn nor named in a warning: {missing:?}"));
    }
    defects
}

#[test]
fn every_character_of_the_data_is_drawn_or_named_in_a_warning() {
    let mut failures = Vec::new();
    let mut warned = 0;
    for data in corpus() {
        for template in cvpdf::builtin_templates().into_iter().chain(["example"]) {
            let (pdf, warnings) = render_cv(&data, template, &[]);
            warned += usize::from(!warnings.is_empty());
            for defect in glyph_defects(&pdf, &data, &warnings) {
                failures.push(format!("{} × {template}: {defect}", name_of(&data)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The corpus has emoji no bundled font has, in one CV.
    assert!(warned >= 4, "only {warned} renders warned")
}

/// A CJK font `.ci/run` installs (Debian's fonts-wqy-microhei).
const CJK_FONTS: &str = "/usr/share/fonts/truetype/wqy";

/// A CJK font given with --font-path draws the name as the bundled CJK
/// face does without it: both without a warning or an empty box.
#[test]
fn a_cjk_name_prints_with_the_bundled_face_or_a_font_path_font() {
    let data = root().join("tests/fixtures/chinese-name/cv.yaml");
    let fonts = PathBuf::from(CJK_FONTS);
    let with_flag: &[PathBuf] = if fonts.is_dir() {
        std::slice::from_ref(&fonts)
    } else {
        eprintln!("SKIPPED the --font-path half: no CJK font in {CJK_FONTS}; `apt-get install fonts-wqy-microhei`");
        &[]
    };
    for font_paths in [&[][..], with_flag] {
        for template in cvpdf::builtin_templates() {
            let (pdf, warnings) = render_cv(&data, template, font_paths);
            assert_eq!(warnings, "", "{template} {font_paths:?}: {warnings}");
            let defects = glyph_defects(&pdf, &data, "");
            assert!(defects.is_empty(), "{template} {font_paths:?}: {defects:#?}");
            let text = squeeze(&pdf_text(&pdf));
            assert!(text.contains("王伟") && text.contains("清华大学"), "{template}: {text}");
        }
    }
}

/// The running lines of each page: the text of its running header (top
/// half) and footer (bottom half).
fn running_texts(pdf: &[u8]) -> Vec<(String, String)> {
    read_pages(pdf)
        .iter()
        .map(|page| {
            let text = |top: bool| {
                let glyphs = page.glyphs.iter().filter(|g| g.running && (g.y > page.height / 2.0) == top);
                glyphs.map(|g| g.text.as_str()).collect::<String>()
            };
            (text(true), text(false))
        })
        .collect()
}

/// A headline of 300 characters is shortened with an ellipsis in `print`'s
/// running header, and a name of 300 characters in `classic`'s running
/// footer, an address of 300 in `sidebar`'s: each keeps to one line
/// inside the page (the corpus's layout checks look at every line).
#[test]
fn a_300_character_headline_or_name_keeps_the_running_lines_to_one_line() {
    let data = root().join("tests/fixtures/long-headline/cv.yaml");
    let yaml = std::fs::read_to_string(&data).unwrap();
    let headline = yaml.lines().find_map(|line| line.strip_prefix("headline: ")).unwrap();
    assert!(headline.chars().count() >= 290, "the fixture's headline is {} characters", headline.len());
    let (pdf, _) = render_cv(&data, "print", &[]);
    let pages = running_texts(&pdf);
    assert!(pages.len() >= 2, "the fixture has {} pages", pages.len());
    for (number, (header, _)) in pages.iter().enumerate() {
        assert!(header.contains("Résumé") && header.contains("Principal"), "page {}: {header}", number + 1);
        assert!(header.ends_with('…'), "page {}: the header is not shortened: {header}", number + 1);
    }
    let defects = layout_defects(&pdf, "print", &data);
    assert!(defects.is_empty(), "{defects:#?}");

    // The name and the address of the other templates' footers.
    let dir = tempfile::tempdir().unwrap();
    let long_name = ["Maximiliana"; 25].join(" ");
    let long_url = format!("https://example.org/{}", ["portfolio"; 28].join("/"));
    let yaml = yaml
        .replace("name: Ingrid Solberg-Halvorsen", &format!("name: {long_name}"))
        .replace("lang: en\n", &format!("lang: en\nurl: {long_url}\n"));
    let long = dir.path().join("cv.yaml");
    std::fs::write(&long, yaml).unwrap();
    for template in ["classic", "sidebar"] {
        let (pdf, _) = render_cv(&long, template, &[]);
        let pages = running_texts(&pdf);
        assert!(pages.len() >= 2, "{template}: {} pages", pages.len());
        for (number, (_, footer)) in pages.iter().enumerate() {
            assert!(footer.contains('…'), "{template}, page {}: the footer is not shortened: {footer}", number + 1);
        }
        let defects = layout_defects(&pdf, template, &long);
        assert!(defects.is_empty(), "{template}: {defects:#?}");
    }
}

/// Renders `data` with a one-file template written for the occasion.
fn render_with_template(data: &Path, main: &str) -> (Vec<u8>, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.typ"), main).unwrap();
    let options = cvpdf::RenderOptions::new(data, dir.path().to_str().unwrap());
    let rendered = cvpdf::render(&options).unwrap_or_else(|error| panic!("{error}"));
    (rendered.pdf, rendered.warnings)
}

#[test]
fn the_layout_checks_catch_each_kind_of_defect() {
    let data = root().join("tests/fixtures/english/cv.yaml");
    let (pdf, _) = render_with_template(
        &data,
        r#"#import "/.cvpdf/cv.typ": blocks, items, load-cv, photo, rich
#let cv = load-cv(() => none)
#set page(paper: "a4", margin: 60pt)
#set text(font: "Inter")
#place(top + right, photo(cv))
Text beside the photo that takes the whole width and so runs right across the portrait.
#place(dy: 200pt)[Overlapping line one]
#place(dy: 203pt)[Overlapping line two]
#block(width: 600pt)[#("x" * 130)]
#for job in cv.experience.jobs { [#rich(job.company) #pagebreak() #blocks(job.description) #items(job.items)] }
"#,
    );
    let defects = layout_defects(&pdf, "example", &data).join("\n");
    for expected in ["over the photo", "overlap", "outside the content box", "ends page 1 without its body"] {
        assert!(defects.contains(expected), "{expected:?} not found in:\n{defects}");
    }
}

#[test]
fn the_glyph_check_catches_an_empty_box_without_a_warning() {
    let data = root().join("tests/fixtures/minimal/cv.yaml");
    let (pdf, warnings) =
        render_with_template(&data, "#set text(font: \"Inter\", fallback: false)\nПетров Пётр Инженер 中\n");
    assert_eq!(warnings, "");
    let defects = glyph_defects(&pdf, &data, &warnings).join("\n");
    assert!(defects.contains("empty boxes"), "{defects}");
    let (pdf, _) = render_with_template(&data, "#set text(font: \"Inter\")\nПетров\n");
    let defects = glyph_defects(&pdf, &data, "").join("\n");
    assert!(defects.contains("neither drawn nor named"), "{defects}");
}

#[test]
fn a_missing_glyph_is_a_warning_that_deny_warnings_turns_into_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = root().join("tests/fixtures/emoji/cv.yaml");
    let data = data.to_str().unwrap();
    let out = dir.path().join("cv.pdf");
    let out_arg = out.to_str().unwrap();

    let warned = run_in(dir.path(), &["render", data, "-o", out_arg, "-q"]);
    assert!(warned.status.success(), "{warned:?}");
    let stderr = String::from_utf8_lossy(&warned.stderr);
    assert!(stderr.contains("emoji/cv.yaml:11:30: headline: no bundled font has \"🚀\" (U+1F680)"), "{stderr}");
    assert!(out.exists());
    std::fs::remove_file(&out).unwrap();

    let denied = run_in(dir.path(), &["render", data, "-o", out_arg, "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1), "{denied:?}");
    let stderr = String::from_utf8_lossy(&denied.stderr);
    assert!(stderr.contains("U+1F680") && stderr.contains("--deny-warnings"), "{stderr}");
    assert!(!out.exists(), "a denied render wrote its PDF");

    let checked = run_in(dir.path(), &["check", data]);
    assert!(checked.status.success());
    assert!(String::from_utf8_lossy(&checked.stderr).contains("U+1F680"), "{checked:?}");
    assert!(String::from_utf8_lossy(&checked.stdout).contains("4 warnings"), "{checked:?}");
    let denied = run_in(dir.path(), &["check", data, "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1), "{denied:?}");

    let clean = root().join("tests/fixtures/english/cv.yaml");
    let clean = run_in(dir.path(), &["check", clean.to_str().unwrap(), "--deny-warnings"]);
    assert!(clean.status.success(), "{clean:?}");
    assert!(clean.stderr.is_empty(), "{clean:?}");
}

#[test]
fn rich_and_blocks_refuse_a_node_they_do_not_know() {
    let data = root().join("tests/fixtures/minimal/cv.yaml");
    for (call, message) in [
        (r#"rich(("text", (kind: "video", src: "x")))"#, "rich text: unknown node kind \"video\""),
        (r#"blocks(((kind: "table", rows: ()),))"#, "blocks: unknown block kind \"table\""),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let main = format!("#import \"/.cvpdf/cv.typ\": blocks, rich\n#{call}\n");
        std::fs::write(dir.path().join("main.typ"), main).unwrap();
        let options = cvpdf::RenderOptions::new(&data, dir.path().to_str().unwrap());
        let error = cvpdf::render(&options).err().expect("an unknown node is an error").to_string();
        assert!(error.contains(message), "{error}");
    }
}

//! Reads a PDF from its bytes as a résumé parser does: every glyph of every
//! page with its text (through the font's Unicode map), position, size,
//! font and colour, and what it is drawn over; the images, the filled
//! shapes and the links of each page; and the marked content each glyph
//! belongs to, which ties it to the tagged structure ([`super::tags`]).
//!
//! lopdf parses the file (cross-references, object streams, encryption);
//! the content streams are interpreted here, with the operators that place
//! and paint text, paths and images. Nothing here knows how cvpdf lays out
//! a CV: the same reading applies to a PDF from any other tool.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use lopdf::content::Content;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId, Stream};

use super::fonts::{Font, Mapped};

/// The most bytes one content stream or map may inflate to: a page of a CV
/// takes a few hundred kilobytes.
const STREAM_LIMIT: u64 = 4 << 20;
/// The most bytes of content read from a whole document.
const CONTENT_LIMIT: u64 = 64 << 20;
/// Form XObjects nest at most this deep (a form that draws itself ends here).
const FORM_DEPTH: usize = 12;
/// At most this many glyphs are read from a whole document.
const GLYPH_LIMIT: usize = 2_000_000;
/// At most this many pages are read.
pub(crate) const PAGE_LIMIT: usize = 500;

/// A PDF as read.
#[derive(Debug, Default)]
pub(crate) struct Document {
    pub(crate) pages: Vec<Page>,
    pub(crate) fonts: Vec<Font>,
    /// The tagged structure in its order, or `None` in an untagged PDF.
    pub(crate) tags: Option<Vec<super::tags::Leaf>>,
    /// Whether reading stopped at one of the limits.
    pub(crate) truncated: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Page {
    /// 1-based.
    pub(crate) number: usize,
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) glyphs: Vec<Glyph>,
    pub(crate) images: Vec<Rect>,
    pub(crate) fills: Vec<Fill>,
    pub(crate) links: Vec<Link>,
    /// The `ActualText` of marked content, which readers that honour it show
    /// in place of the glyphs inside.
    pub(crate) actual_texts: Vec<String>,
}

/// A rectangle on the page, from its top-left corner, in points.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Rect {
    pub(crate) left: f32,
    pub(crate) top: f32,
    pub(crate) right: f32,
    pub(crate) bottom: f32,
}

impl Rect {
    pub(crate) fn contains(&self, x: f32, y: f32) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }

    pub(crate) fn area(&self) -> f32 {
        (self.right - self.left).max(0.0) * (self.bottom - self.top).max(0.0)
    }
}

/// An sRGB colour, each channel 0–1.
pub(crate) type Rgb = [f32; 3];

/// A filled shape, by its bounding box.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fill {
    pub(crate) rect: Rect,
    /// `None` for a pattern or shading the reader does not evaluate.
    pub(crate) colour: Option<Rgb>,
    pub(crate) opaque: bool,
    /// The place in the page's painting order (shared with glyphs).
    pub(crate) order: u32,
}

/// A link annotation.
#[derive(Debug, Clone)]
pub(crate) struct Link {
    pub(crate) rect: Rect,
    pub(crate) uri: String,
}

/// Where marked content says a glyph belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Artifact {
    Header,
    Footer,
    /// Any other artifact: decoration, a page number not in a header.
    Other,
}

/// One glyph, as drawn.
#[derive(Debug, Clone)]
pub(crate) struct Glyph {
    /// The text the font maps the glyph to; empty when unmapped.
    pub(crate) text: String,
    pub(crate) unmapped: bool,
    /// The left end of the baseline, from the page's top-left corner.
    pub(crate) x: f32,
    pub(crate) y: f32,
    /// The advance along the baseline.
    pub(crate) width: f32,
    /// The font size as drawn (scaled by every transformation).
    pub(crate) size: f32,
    pub(crate) font: usize,
    pub(crate) colour: Option<Rgb>,
    /// Invisible by its rendering mode or an opacity of (nearly) zero.
    pub(crate) invisible: bool,
    /// Filled and stroked (rendering mode 2), as producers embolden a font
    /// that has no bold face.
    pub(crate) stroked: bool,
    pub(crate) mcid: Option<u32>,
    pub(crate) artifact: Option<Artifact>,
    /// The `ActualText` the glyph is part of, an index into the page's.
    pub(crate) actual: Option<usize>,
    pub(crate) order: u32,
}

/// A PDF that could not be read at all.
#[derive(Debug)]
pub(crate) struct Unreadable(pub(crate) String);

/// Reads a PDF from its bytes.
pub(crate) fn read(bytes: &[u8]) -> Result<Document, Unreadable> {
    // lopdf is lenient, and a hostile file may still find a panic in it:
    // that is an unreadable file, not a crash of cvpdf.
    let loaded = std::panic::catch_unwind(|| Pdf::load_mem(bytes))
        .map_err(|_| Unreadable("the PDF's structure could not be parsed".into()))?;
    let pdf = loaded.map_err(|error| Unreadable(format!("the PDF could not be parsed: {error}")))?;
    if pdf.is_encrypted() {
        return Err(Unreadable("the PDF is encrypted with a password; a parser cannot read it either".into()));
    }
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_document(&pdf)))
        .map_err(|_| Unreadable("the PDF's content could not be read".into()))
}

fn read_document(pdf: &Pdf) -> Document {
    let mut reader = Reader { pdf, content: 0, cut: false, fonts: Vec::new(), font_ids: BTreeMap::new(), glyphs: 0 };
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let truncated = page_ids.len() > PAGE_LIMIT;
    let mut pages = Vec::new();
    for (index, &id) in page_ids.iter().take(PAGE_LIMIT).enumerate() {
        pages.push(reader.page(id, index + 1));
    }
    let truncated = truncated || reader.cut || reader.glyphs >= GLYPH_LIMIT;
    let page_numbers: BTreeMap<ObjectId, usize> = page_ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let tags = super::tags::read(pdf, &page_numbers);
    Document { pages, fonts: reader.fonts, tags, truncated }
}

/// An object with references followed.
pub(crate) fn resolve<'a>(pdf: &'a Pdf, object: &'a Object) -> &'a Object {
    pdf.dereference(object).map_or(object, |(_, object)| object)
}

/// A name's text.
pub(crate) fn name_of(object: &Object) -> Option<String> {
    object.as_name().ok().map(|name| String::from_utf8_lossy(name).into_owned())
}

/// A number, integer or real.
pub(crate) fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(value) => Some(*value as f32),
        Object::Real(value) => Some(*value),
        _ => None,
    }
}

/// A stream's decoded bytes, at most [`STREAM_LIMIT`] of them: a small
/// compressed stream may inflate to gigabytes.
pub(crate) fn capped_content(stream: &Stream) -> Result<Vec<u8>, String> {
    capped(stream).map(|(bytes, _)| bytes)
}

/// A stream's decoded bytes, and whether they were cut at the limit.
fn capped(stream: &Stream) -> Result<(Vec<u8>, bool), String> {
    let filters = stream.filters().unwrap_or_default();
    let mut out = match filters.as_slice() {
        [] => stream.content.clone(),
        [b"FlateDecode"] if stream.dict.get(b"DecodeParms").is_err() => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(stream.content.as_slice())
                .take(STREAM_LIMIT + 1)
                .read_to_end(&mut out)
                .map_err(|error| error.to_string())?;
            out
        }
        // Other filters (LZW, ASCII85) are decoded by lopdf without a cap:
        // only small streams, whose output a cap of their own bounds.
        _ if stream.content.len() <= 16 << 10 => stream.decompressed_content().map_err(|error| error.to_string())?,
        _ => return Err("a large stream with a filter other than FlateDecode".into()),
    };
    let cut = out.len() as u64 > STREAM_LIMIT;
    out.truncate(STREAM_LIMIT as usize);
    Ok((out, cut))
}

/// A PDF text string: UTF-16 with a byte order mark, else PDFDocEncoding
/// (read as Latin-1, which it equals for letters).
pub(crate) fn text_string(bytes: &[u8]) -> String {
    match bytes {
        [0xfe, 0xff, rest @ ..] => {
            let units =
                rest.chunks(2).map(|pair| u16::from(pair[0]) << 8 | u16::from(pair.get(1).copied().unwrap_or(0)));
            char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect()
        }
        [0xef, 0xbb, 0xbf, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => bytes.iter().map(|&byte| byte as char).collect(),
    }
}

/// A 2-D affine transformation `[a b c d e f]`, as PDF writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn of(operands: &[Object]) -> Option<Matrix> {
        let values: Vec<f32> = operands.iter().filter_map(number).collect();
        (values.len() == 6).then(|| Matrix([values[0], values[1], values[2], values[3], values[4], values[5]]))
    }

    /// `self` applied first, then `then`.
    fn then(self, then: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn apply(self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }
}

/// The graphics state that text and fills depend on.
#[derive(Debug, Clone)]
struct State {
    ctm: Matrix,
    fill_space: Space,
    fill: Option<Rgb>,
    alpha: f32,
    font: Option<usize>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
    mode: i64,
}

impl Default for State {
    fn default() -> State {
        State {
            ctm: Matrix::IDENTITY,
            fill_space: Space::Gray,
            fill: Some([0.0; 3]),
            alpha: 1.0,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            mode: 0,
        }
    }
}

/// A colour space, by the number of components that matter here.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Space {
    Gray,
    Rgb,
    Cmyk,
    /// A pattern, a separation or another space whose colour is not computed.
    Other,
}

/// Marked content open at a point of a content stream.
#[derive(Debug, Clone)]
struct Marked {
    mcid: Option<u32>,
    artifact: Option<Artifact>,
    actual: Option<usize>,
}

struct Reader<'a> {
    pdf: &'a Pdf,
    /// Bytes of content read so far, and whether any was left unread.
    content: u64,
    cut: bool,
    fonts: Vec<Font>,
    /// Fonts already read, by their dictionary's object (or its resource name
    /// and resources' object for a direct one).
    font_ids: BTreeMap<(ObjectId, Vec<u8>), usize>,
    glyphs: usize,
}

/// What one content stream is drawn with.
struct Scope<'a> {
    resources: Option<&'a Dictionary>,
    resources_id: ObjectId,
}

impl<'a> Reader<'a> {
    fn page(&mut self, id: ObjectId, page_number: usize) -> Page {
        let pdf = self.pdf;
        let dict = pdf.get_dictionary(id).ok();
        let inherited = |key: &[u8]| -> Option<&'a Object> {
            let mut node = dict?;
            for _ in 0..32 {
                if let Ok(value) = node.get(key) {
                    return Some(resolve(pdf, value));
                }
                node = node.get(b"Parent").ok().and_then(|parent| resolve(pdf, parent).as_dict().ok())?;
            }
            None
        };
        let media = inherited(b"MediaBox")
            .and_then(|object| object.as_array().ok())
            .map(|array| array.iter().filter_map(|value| number(resolve(pdf, value))).collect::<Vec<f32>>())
            .filter(|values| values.len() == 4)
            .unwrap_or_else(|| vec![0.0, 0.0, 612.0, 792.0]);
        let (x0, y0, x1, y1) =
            (media[0].min(media[2]), media[1].min(media[3]), media[0].max(media[2]), media[1].max(media[3]));
        let mut page = Page { number: page_number, width: x1 - x0, height: y1 - y0, ..Page::default() };
        // Page space (origin at the bottom left of the media box, y up) to
        // the reader's (origin at the top left, y down).
        let to_top_down = Matrix([1.0, 0.0, 0.0, -1.0, -x0, y1]);
        let resources_object = inherited(b"Resources");
        let scope = Scope {
            resources: resources_object.and_then(|object| object.as_dict().ok()),
            resources_id: dict
                .and_then(|dict| dict.get(b"Resources").ok())
                .and_then(|object| object.as_reference().ok())
                .unwrap_or(id),
        };
        let content = dict.map(|dict| self.contents(dict)).unwrap_or_default();
        let mut painter = Painter { page: &mut page, order: 0, marked: Vec::new() };
        let state = State { ctm: to_top_down, ..State::default() };
        self.run(&content, &scope, state, &mut painter, &mut BTreeSet::new(), 0);
        page.links = dict.map(|dict| links(pdf, dict, to_top_down)).unwrap_or_default();
        page
    }

    fn font(&mut self, scope: &Scope<'a>, name: &[u8]) -> Option<usize> {
        let fonts = scope.resources?.get(b"Font").ok().map(|object| resolve(self.pdf, object))?.as_dict().ok()?;
        let object = fonts.get(name).ok()?;
        let key = match object.as_reference() {
            Ok(id) => (id, Vec::new()),
            Err(_) => (scope.resources_id, name.to_vec()),
        };
        if let Some(&index) = self.font_ids.get(&key) {
            return Some(index);
        }
        let dict = resolve(self.pdf, object).as_dict().ok()?;
        self.fonts.push(Font::read(self.pdf, dict));
        let index = self.fonts.len() - 1;
        self.font_ids.insert(key, index);
        Some(index)
    }

    fn resource(&self, scope: &Scope<'a>, kind: &[u8], name: &[u8]) -> Option<&'a Object> {
        let pdf = self.pdf;
        let group = resolve(pdf, scope.resources?.get(kind).ok()?).as_dict().ok()?;
        Some(resolve(pdf, group.get(name).ok()?))
    }

    fn colour_space(&self, scope: &Scope<'a>, name: &[u8]) -> Space {
        match name {
            b"DeviceGray" | b"G" | b"CalGray" => return Space::Gray,
            b"DeviceRGB" | b"RGB" | b"CalRGB" => return Space::Rgb,
            b"DeviceCMYK" | b"CMYK" => return Space::Cmyk,
            _ => {}
        }
        let Some(object) = self.resource(scope, b"ColorSpace", name) else { return Space::Other };
        let pdf = self.pdf;
        match object {
            Object::Name(name) => self.colour_space(&Scope { resources: None, resources_id: scope.resources_id }, name),
            Object::Array(array) => match array.first().and_then(name_of).as_deref() {
                Some("ICCBased") => {
                    let components = array
                        .get(1)
                        .map(|object| resolve(pdf, object))
                        .and_then(|object| object.as_stream().ok())
                        .and_then(|stream| stream.dict.get(b"N").ok())
                        .and_then(|n| n.as_i64().ok());
                    match components {
                        Some(1) => Space::Gray,
                        Some(3) => Space::Rgb,
                        Some(4) => Space::Cmyk,
                        _ => Space::Other,
                    }
                }
                Some("CalRGB" | "Lab") => Space::Rgb,
                Some("CalGray") => Space::Gray,
                _ => Space::Other,
            },
            _ => Space::Other,
        }
    }

    fn run(
        &mut self,
        content: &[u8],
        scope: &Scope<'a>,
        initial: State,
        painter: &mut Painter,
        forms: &mut BTreeSet<ObjectId>,
        depth: usize,
    ) {
        let Ok(content) = Content::decode(content) else { return };
        let mut state = initial;
        let mut stack: Vec<State> = Vec::new();
        let mut text = Matrix::IDENTITY;
        let mut line = Matrix::IDENTITY;
        let mut path: Option<Rect> = None;
        let marked_depth = painter.marked.len();
        for operation in &content.operations {
            let operands = &operation.operands;
            let num = |i: usize| operands.get(i).and_then(number).unwrap_or(0.0);
            match operation.operator.as_str() {
                "q" if stack.len() < 256 => stack.push(state.clone()),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        state = saved;
                    }
                }
                "cm" => {
                    if let Some(matrix) = Matrix::of(operands) {
                        state.ctm = matrix.then(state.ctm);
                    }
                }
                "gs" => {
                    let alpha = operands
                        .first()
                        .and_then(|name| name.as_name().ok())
                        .and_then(|name| self.resource(scope, b"ExtGState", name))
                        .and_then(|object| object.as_dict().ok())
                        .and_then(|dict| dict.get(b"ca").ok())
                        .and_then(number);
                    if let Some(alpha) = alpha {
                        state.alpha = alpha;
                    }
                }
                "g" => {
                    state.fill_space = Space::Gray;
                    state.fill = Some([num(0); 3]);
                }
                "rg" => {
                    state.fill_space = Space::Rgb;
                    state.fill = Some([num(0), num(1), num(2)]);
                }
                "k" => {
                    state.fill_space = Space::Cmyk;
                    state.fill = Some(cmyk(num(0), num(1), num(2), num(3)));
                }
                "cs" => {
                    let name = operands.first().and_then(|name| name.as_name().ok()).unwrap_or(b"");
                    state.fill_space = self.colour_space(scope, name);
                    state.fill = match state.fill_space {
                        Space::Cmyk => Some(cmyk(0.0, 0.0, 0.0, 1.0)),
                        Space::Other => None,
                        _ => Some([0.0; 3]),
                    };
                }
                "sc" | "scn" => {
                    let values: Vec<f32> = operands.iter().filter_map(number).collect();
                    state.fill = match (state.fill_space, values.as_slice()) {
                        (Space::Gray, [gray, ..]) => Some([*gray; 3]),
                        (Space::Rgb, [r, g, b, ..]) => Some([*r, *g, *b]),
                        (Space::Cmyk, [c, m, y, k, ..]) => Some(cmyk(*c, *m, *y, *k)),
                        _ => None,
                    };
                }
                "BT" => {
                    text = Matrix::IDENTITY;
                    line = Matrix::IDENTITY;
                }
                "Tf" => {
                    state.font =
                        operands.first().and_then(|name| name.as_name().ok()).and_then(|name| self.font(scope, name));
                    state.size = num(1);
                }
                "Tc" => state.char_spacing = num(0),
                "Tw" => state.word_spacing = num(0),
                "Tz" => state.scale = num(0) / 100.0,
                "TL" => state.leading = num(0),
                "Ts" => state.rise = num(0),
                "Tr" => state.mode = operands.first().and_then(|mode| mode.as_i64().ok()).unwrap_or(0),
                "Td" => {
                    line = Matrix::translate(num(0), num(1)).then(line);
                    text = line;
                }
                "TD" => {
                    state.leading = -num(1);
                    line = Matrix::translate(num(0), num(1)).then(line);
                    text = line;
                }
                "Tm" => {
                    if let Some(matrix) = Matrix::of(operands) {
                        line = matrix;
                        text = matrix;
                    }
                }
                "T*" => {
                    line = Matrix::translate(0.0, -state.leading).then(line);
                    text = line;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if operation.operator == "'" || operation.operator == "\"" {
                        if operation.operator == "\"" {
                            state.word_spacing = num(0);
                            state.char_spacing = num(1);
                        }
                        line = Matrix::translate(0.0, -state.leading).then(line);
                        text = line;
                    }
                    let parts: Vec<&Object> = match operation.operator.as_str() {
                        "TJ" => operands
                            .first()
                            .and_then(|array| array.as_array().ok())
                            .map(|a| a.iter().collect())
                            .unwrap_or_default(),
                        _ => operands.last().into_iter().collect(),
                    };
                    for part in parts {
                        match part {
                            Object::String(bytes, _) => self.show(bytes, &state, &mut text, painter),
                            other => {
                                if let Some(adjust) = number(other) {
                                    let tx = -adjust / 1000.0 * state.size * state.scale;
                                    text = Matrix::translate(tx, 0.0).then(text);
                                }
                            }
                        }
                    }
                }
                "m" | "l" => path = Some(extend(path, state.ctm, num(0), num(1))),
                "c" | "v" | "y" => {
                    let values: Vec<f32> = operands.iter().filter_map(number).collect();
                    for pair in values.chunks(2).filter(|pair| pair.len() == 2) {
                        path = Some(extend(path, state.ctm, pair[0], pair[1]));
                    }
                }
                "re" => {
                    let (x, y, w, h) = (num(0), num(1), num(2), num(3));
                    path = Some(extend(path, state.ctm, x, y));
                    path = Some(extend(path, state.ctm, x + w, y + h));
                }
                "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                    if let Some(rect) = path.take() {
                        let order = painter.next();
                        painter.page.fills.push(Fill { rect, colour: state.fill, opaque: state.alpha > 0.99, order });
                    }
                }
                "S" | "s" | "n" => path = None,
                "Do" => {
                    let Some(name) = operands.first().and_then(|name| name.as_name().ok()) else { continue };
                    let Some(Object::Stream(stream)) = self.resource(scope, b"XObject", name) else { continue };
                    let subtype = stream.dict.get(b"Subtype").ok().and_then(name_of);
                    match subtype.as_deref() {
                        Some("Image") => {
                            let mut rect = None;
                            for (x, y) in [(0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (1.0, 0.0)] {
                                rect = Some(extend(rect, state.ctm, x, y));
                            }
                            if let Some(rect) = rect {
                                painter.page.images.push(rect);
                                // An image hides what is under it, like a fill of unknown colour.
                                let order = painter.next();
                                painter.page.fills.push(Fill { rect, colour: None, opaque: false, order });
                            }
                        }
                        Some("Form") => {
                            let Some(form_id) = self.form_id(scope, name) else { continue };
                            if depth >= FORM_DEPTH || !forms.insert(form_id) {
                                continue;
                            }
                            let matrix = stream
                                .dict
                                .get(b"Matrix")
                                .ok()
                                .and_then(|object| object.as_array().ok())
                                .and_then(|array| Matrix::of(array))
                                .unwrap_or(Matrix::IDENTITY);
                            let own = stream.dict.get(b"Resources").ok().map(|object| resolve(self.pdf, object));
                            let inner = Scope {
                                resources: own.and_then(|object| object.as_dict().ok()).or(scope.resources),
                                resources_id: form_id,
                            };
                            if let Some(bytes) = self.take(stream) {
                                let inner_state = State { ctm: matrix.then(state.ctm), ..state.clone() };
                                self.run(&bytes, &inner, inner_state, painter, forms, depth + 1);
                            }
                            forms.remove(&form_id);
                        }
                        _ => {}
                    }
                }
                "BI" => {
                    let mut rect = None;
                    for (x, y) in [(0.0, 0.0), (1.0, 1.0)] {
                        rect = Some(extend(rect, state.ctm, x, y));
                    }
                    painter.page.images.extend(rect);
                }
                "BMC" | "BDC" => {
                    let tag = operands.first().and_then(name_of).unwrap_or_default();
                    let properties = match operands.get(1) {
                        Some(Object::Dictionary(dict)) => Some(dict),
                        Some(Object::Name(name)) => {
                            self.resource(scope, b"Properties", name).and_then(|object| object.as_dict().ok())
                        }
                        _ => None,
                    };
                    let inherited = painter.marked.last().cloned();
                    let mcid = properties
                        .and_then(|dict| dict.get(b"MCID").ok())
                        .and_then(|mcid| mcid.as_i64().ok())
                        .and_then(|mcid| u32::try_from(mcid).ok())
                        .or(inherited.as_ref().and_then(|marked| marked.mcid));
                    let artifact = if tag == "Artifact" {
                        let subtype = properties.and_then(|dict| dict.get(b"Subtype").ok()).and_then(name_of);
                        let attached = properties
                            .and_then(|dict| dict.get(b"Attached").ok())
                            .and_then(|object| object.as_array().ok())
                            .and_then(|array| array.first())
                            .and_then(name_of);
                        Some(match (subtype.as_deref(), attached.as_deref()) {
                            (Some("Header"), _) | (_, Some("Top")) => Artifact::Header,
                            (Some("Footer"), _) | (_, Some("Bottom")) => Artifact::Footer,
                            _ => Artifact::Other,
                        })
                    } else {
                        inherited.as_ref().and_then(|marked| marked.artifact)
                    };
                    let actual = properties
                        .and_then(|dict| dict.get(b"ActualText").ok())
                        .and_then(|object| object.as_str().ok())
                        .map(|bytes| {
                            painter.page.actual_texts.push(text_string(bytes));
                            painter.page.actual_texts.len() - 1
                        })
                        .or(inherited.as_ref().and_then(|marked| marked.actual));
                    if painter.marked.len() < 256 {
                        painter.marked.push(Marked { mcid, artifact, actual });
                    }
                }
                "EMC" if painter.marked.len() > marked_depth => {
                    painter.marked.pop();
                }
                _ => {}
            }
            if self.glyphs >= GLYPH_LIMIT {
                break;
            }
        }
        painter.marked.truncate(marked_depth);
    }

    /// A content stream's bytes, counted against the document's limit.
    fn take(&mut self, stream: &Stream) -> Option<Vec<u8>> {
        if self.content >= CONTENT_LIMIT {
            self.cut = true;
            return None;
        }
        let (bytes, cut) = capped(stream).ok()?;
        self.cut |= cut;
        self.content += bytes.len() as u64;
        Some(bytes)
    }

    /// A page's content streams, decoded and joined.
    fn contents(&mut self, page: &Dictionary) -> Vec<u8> {
        let pdf = self.pdf;
        let mut content = Vec::new();
        let streams: Vec<&Object> = match page.get(b"Contents").map(|object| resolve(pdf, object)) {
            Ok(Object::Array(array)) => array.iter().collect(),
            Ok(object) => vec![object],
            Err(_) => Vec::new(),
        };
        for object in streams {
            if let Ok(stream) = resolve(pdf, object).as_stream()
                && let Some(bytes) = self.take(stream)
            {
                content.extend_from_slice(&bytes);
                content.push(b'\n');
            }
        }
        content
    }

    fn form_id(&self, scope: &Scope<'a>, name: &[u8]) -> Option<ObjectId> {
        let group = resolve(self.pdf, scope.resources?.get(b"XObject").ok()?).as_dict().ok()?;
        group.get(name).ok()?.as_reference().ok()
    }

    /// Draws the glyphs of one string and moves the text matrix past them.
    fn show(&mut self, bytes: &[u8], state: &State, text: &mut Matrix, painter: &mut Painter) {
        let Some(font_index) = state.font else { return };
        let font = &self.fonts[font_index];
        let invisible = matches!(state.mode, 3 | 7) || state.alpha < 0.05;
        for (code, length) in font.codes(bytes) {
            let size = Matrix([state.size * state.scale, 0.0, 0.0, state.size, 0.0, state.rise]);
            let device = size.then(*text).then(state.ctm);
            let (x, y) = device.apply(0.0, 0.0);
            let [_, _, c, d, _, _] = device.0;
            let drawn_size = (c * c + d * d).sqrt();
            let mut advance = font.width(code) * state.size + state.char_spacing;
            if length == 1 && code == 32 {
                advance += state.word_spacing;
            }
            advance *= state.scale;
            let moved = Matrix::translate(advance, 0.0).then(*text);
            let (x2, y2) = moved.then(state.ctm).apply(0.0, 0.0);
            *text = moved;
            let (mapped, unmapped) = match font.text(code, length) {
                Mapped::Text(text) => (text, false),
                Mapped::Unmapped => (String::new(), true),
            };
            let marked = painter.marked.last();
            let glyph = Glyph {
                text: mapped,
                unmapped,
                x,
                y,
                width: ((x2 - x).powi(2) + (y2 - y).powi(2)).sqrt(),
                size: drawn_size,
                font: font_index,
                colour: state.fill,
                invisible,
                stroked: matches!(state.mode, 2 | 6),
                mcid: marked.and_then(|marked| marked.mcid),
                artifact: marked.and_then(|marked| marked.artifact),
                actual: marked.and_then(|marked| marked.actual),
                order: painter.next(),
            };
            painter.page.glyphs.push(glyph);
            self.glyphs += 1;
            if self.glyphs >= GLYPH_LIMIT {
                return;
            }
        }
    }
}

/// What is being drawn on a page.
struct Painter<'p> {
    page: &'p mut Page,
    order: u32,
    marked: Vec<Marked>,
}

impl Painter<'_> {
    fn next(&mut self) -> u32 {
        self.order += 1;
        self.order
    }
}

/// `rect` grown to hold the point `(x, y)` transformed by `matrix`.
fn extend(rect: Option<Rect>, matrix: Matrix, x: f32, y: f32) -> Rect {
    let (x, y) = matrix.apply(x, y);
    match rect {
        None => Rect { left: x, top: y, right: x, bottom: y },
        Some(rect) => {
            Rect { left: rect.left.min(x), top: rect.top.min(y), right: rect.right.max(x), bottom: rect.bottom.max(y) }
        }
    }
}

fn cmyk(c: f32, m: f32, y: f32, k: f32) -> Rgb {
    [(1.0 - c) * (1.0 - k), (1.0 - m) * (1.0 - k), (1.0 - y) * (1.0 - k)]
}

/// The page's link annotations with a URI.
fn links(pdf: &Pdf, page: &Dictionary, to_top_down: Matrix) -> Vec<Link> {
    let Some(annotations) = page.get(b"Annots").ok().map(|object| resolve(pdf, object)).and_then(|o| o.as_array().ok())
    else {
        return Vec::new();
    };
    annotations
        .iter()
        .filter_map(|annotation| {
            let dict = resolve(pdf, annotation).as_dict().ok()?;
            if dict.get(b"Subtype").ok().and_then(name_of).as_deref() != Some("Link") {
                return None;
            }
            let action = resolve(pdf, dict.get(b"A").ok()?).as_dict().ok()?;
            let uri = text_string(resolve(pdf, action.get(b"URI").ok()?).as_str().ok()?);
            let values: Vec<f32> = resolve(pdf, dict.get(b"Rect").ok()?)
                .as_array()
                .ok()?
                .iter()
                .filter_map(|value| number(resolve(pdf, value)))
                .collect();
            if values.len() != 4 {
                return None;
            }
            let rect = extend(Some(extend(None, to_top_down, values[0], values[1])), to_top_down, values[2], values[3]);
            Some(Link { rect, uri })
        })
        .collect()
}

//! Paragraphs in the document's styles, from the contract's rich text and
//! blocks: what the CV and a cover letter are both written with.
//!
//! A [`Writer`] collects the body of a document: paragraphs in Word's
//! built-in styles ([`Style`]), runs with bold, italic and code, hyperlinks
//! whose targets go into the relationships part, lists through the
//! numbering part (each numbered list starting again at 1), and the photo
//! as an inline picture. [`Writer::finish`] hands the body to
//! [`super::package`], which writes the styles for [`super::Setup`] and
//! packs the file.

use std::borrow::Cow;

use docx_rust::document::{
    AvList, Blip, BlipFill, BodyContent, Break, CNvPicPr, CNvPr, DocPr, Drawing, Extent, FillRect, Graphic,
    GraphicData, Hyperlink, Inline as InlineDrawing, NvPicPr, Offset, Paragraph, Picture, PrstGeom, Run, RunContent,
    SpPr, Stretch, Text, TextSpace, Xfrm,
};
use docx_rust::formatting::{
    Bold, CharacterProperty, CharacterStyleId, IndentLevel, Italics, KeepLines, KeepNext, NumberingId,
    NumberingProperty, PageBreakBefore, ParagraphProperty, ParagraphStyleId,
};

use super::{Photo, Properties, Setup};
use crate::contract::{Block, Item, Rich};
use crate::error::Error;
use crate::markup::{Inline, Span};
use crate::output::web::safe_url;

/// The paragraph styles the body uses: Word's built-in ones by their
/// style ids, and one of cvpdf's own for the lines under a job's heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Normal,
    Title,
    Subtitle,
    /// `Heading 1` to `Heading 4`.
    Heading(u8),
    /// The period and duration of a job (Word's `Date`).
    Date,
    /// The place, industry and department of a job.
    Details,
    Quote,
    ListBullet,
    ListNumber,
}

impl Style {
    pub(crate) fn id(self) -> &'static str {
        match self {
            Style::Normal => "Normal",
            Style::Title => "Title",
            Style::Subtitle => "Subtitle",
            Style::Heading(1) => "Heading1",
            Style::Heading(2) => "Heading2",
            Style::Heading(3) => "Heading3",
            Style::Heading(_) => "Heading4",
            Style::Date => "Date",
            Style::Details => "JobDetails",
            Style::Quote => "Quote",
            Style::ListBullet => "ListBullet",
            Style::ListNumber => "ListNumber",
        }
    }
}

/// The character style of hyperlinks, and of code.
pub(crate) const HYPERLINK_STYLE: &str = "Hyperlink";
pub(crate) const CODE_STYLE: &str = "HTMLCode";

/// The numbering instance of every bulleted list, and the one the
/// `List Number` style names; each numbered list gets one of its own after
/// these, so that it starts at 1.
pub(crate) const BULLETS: isize = 1;
pub(crate) const NUMBERS: isize = 2;

/// Word has nine list levels; deeper items stay on the ninth.
const DEEPEST_LEVEL: usize = 8;

/// Points to English Metric Units, the unit of pictures.
const EMU_PER_POINT: f64 = 12_700.0;

/// The body of a document being written.
pub(crate) struct Writer {
    pub(crate) setup: Setup,
    pub(crate) body: Vec<BodyContent<'static>>,
    /// The targets of hyperlinks, in order of first use: `rId` numbers
    /// follow the fixed parts' (see [`super::package`]).
    pub(crate) links: Vec<String>,
    /// How many numbered lists there are, each with a numbering instance.
    pub(crate) numbered_lists: usize,
    /// The photo's JPEG, once placed.
    pub(crate) photo: Option<Vec<u8>>,
}

/// How a run is set: bold, italic, code, inside a link.
#[derive(Debug, Clone, Copy, Default)]
struct Marks {
    bold: bool,
    italic: bool,
    code: bool,
    link: bool,
}

impl Writer {
    pub(crate) fn new(setup: Setup) -> Writer {
        Writer { setup, body: Vec::new(), links: Vec::new(), numbered_lists: 0, photo: None }
    }

    /// A paragraph of `text` in `style`; nothing when the text is empty.
    pub(crate) fn paragraph(&mut self, style: Style, text: &[Inline]) {
        self.paragraph_with(style, text, false);
    }

    /// A paragraph of `text` in `style`, all of it bold when `bold`.
    pub(crate) fn paragraph_with(&mut self, style: Style, text: &[Inline], bold: bool) {
        if text.is_empty() {
            return;
        }
        let mut paragraph = Paragraph::default().property(style_property(style));
        for content in self.runs(text, Marks { bold, ..Marks::default() }) {
            paragraph = paragraph.push(content);
        }
        self.body.push(paragraph.into());
    }

    /// How many paragraphs and other pieces the body holds: where a part
    /// or an entry starts, for [`Writer::page_break`].
    pub(crate) fn mark(&self) -> usize {
        self.body.len()
    }

    /// The page break the data asks for around what was written since
    /// `start`: `new` puts a page break before its first paragraph, `keep`
    /// keeps each of its paragraphs whole and with the next one but the
    /// last, so a word processor never splits it across two pages.
    pub(crate) fn page_break(&mut self, start: usize, page: Option<&str>) {
        let Some(page) = page else { return };
        let count = self.body.len().saturating_sub(start);
        for (index, content) in self.body.iter_mut().skip(start).enumerate() {
            let BodyContent::Paragraph(paragraph) = content else { continue };
            let property = paragraph.property.get_or_insert_with(ParagraphProperty::default);
            match page {
                "new" if index == 0 => property.page_break_before = Some(PageBreakBefore { value: None }),
                "keep" => {
                    property.keep_lines = Some(KeepLines { value: None });
                    if index + 1 < count {
                        property.keep_next = Some(KeepNext { value: None });
                    }
                }
                _ => {}
            }
        }
    }

    /// A paragraph of plain text in `style`.
    pub(crate) fn text(&mut self, style: Style, text: &str) {
        self.paragraph(style, &[Inline::Text(text.to_owned())]);
    }

    /// A heading at `level` (1 to 4).
    pub(crate) fn heading(&mut self, level: u8, text: &[Inline]) {
        self.paragraph(Style::Heading(level.clamp(1, 4)), text);
    }

    /// Blocks of the contract: paragraphs, lists, and headings at
    /// `heading_level`.
    pub(crate) fn blocks(&mut self, blocks: &[Block], heading_level: u8) {
        for block in blocks {
            match block {
                Block::Paragraph { body } => self.paragraph(Style::Normal, body),
                Block::List { items } => self.list(items, false),
                Block::Numbered { items } => self.list(items, true),
                Block::Heading { body } => self.heading(heading_level, body),
            }
        }
    }

    /// A list of `items` and the items nested in them, bulleted or
    /// numbered from 1.
    pub(crate) fn list(&mut self, items: &[Item], numbered: bool) {
        if items.is_empty() {
            return;
        }
        let (style, numbering) = if numbered {
            self.numbered_lists += 1;
            (Style::ListNumber, NUMBERS + self.numbered_lists as isize)
        } else {
            (Style::ListBullet, BULLETS)
        };
        self.items(items, style, numbering, 0);
    }

    fn items(&mut self, items: &[Item], style: Style, numbering: isize, depth: usize) {
        for item in items {
            let level = depth.min(DEEPEST_LEVEL) as isize;
            let property = style_property(style).numbering(NumberingProperty {
                level: Some(IndentLevel { value: level }),
                id: Some(NumberingId { value: numbering }),
                ..Default::default()
            });
            let mut paragraph = Paragraph::default().property(property);
            for content in self.runs(&item.body, Marks::default()) {
                paragraph = paragraph.push(content);
            }
            self.body.push(paragraph.into());
            self.items(&item.items, style, numbering, depth + 1);
        }
    }

    /// The photo, inline in a paragraph of its own: it moves with the text
    /// and never floats over it. `description` is its alternative text.
    pub(crate) fn photo(&mut self, photo: Photo, description: &str) {
        let (cx, cy) = ((photo.width * EMU_PER_POINT).round() as u64, (photo.height * EMU_PER_POINT).round() as u64);
        let picture = Picture {
            a: "http://schemas.openxmlformats.org/drawingml/2006/picture".into(),
            nv_pic_pr: NvPicPr {
                c_nv_pr: Some(CNvPr { id: Some(0), name: Some("photo.jpeg".into()), descr: None }),
                c_nv_pic_pr: Some(CNvPicPr {}),
            },
            fill: BlipFill {
                blip: Blip { embed: super::package::PHOTO_RELATIONSHIP.into(), cstate: None },
                stretch: Some(Stretch { fill_rect: Some(FillRect {}) }),
            },
            sp_pr: SpPr {
                xfrm: Some(Xfrm {
                    offset: Some(Offset { x: Some(0), y: Some(0) }),
                    ext: Some(docx_rust::document::Ext { cx: Some(cx as isize), cy: Some(cy as isize) }),
                }),
                prst_geom: Some(PrstGeom { prst: Some("rect".into()), av_lst: Some(AvList {}) }),
            },
        };
        let drawing = Drawing {
            anchor: None,
            inline: Some(InlineDrawing {
                dist_t: Some(0),
                dist_b: Some(0),
                dist_l: Some(0),
                dist_r: Some(0),
                extent: Some(Extent { cx, cy }),
                doc_property: DocPr {
                    id: Some(1),
                    name: Some("Photo".into()),
                    descr: Some(clean(description).into_owned().into()),
                },
                graphic: Some(Graphic {
                    a: "http://schemas.openxmlformats.org/drawingml/2006/main".into(),
                    data: GraphicData {
                        uri: "http://schemas.openxmlformats.org/drawingml/2006/picture".into(),
                        children: vec![picture],
                    },
                }),
                ..Default::default()
            }),
        };
        let paragraph = Paragraph::default()
            .property(style_property(Style::Normal))
            .push(Run::default().push(RunContent::Drawing(drawing)));
        self.body.push(paragraph.into());
        self.photo = Some(photo.jpeg.to_vec());
    }

    /// The runs and hyperlinks of rich text.
    fn runs(&mut self, text: &[Inline], marks: Marks) -> Vec<docx_rust::document::ParagraphContent<'static>> {
        let mut out = Vec::new();
        self.append_runs(text, marks, None, &mut out);
        out
    }

    fn append_runs(
        &mut self,
        text: &[Inline],
        marks: Marks,
        link: Option<&str>,
        out: &mut Vec<docx_rust::document::ParagraphContent<'static>>,
    ) {
        for node in text {
            match node {
                Inline::Text(text) => self.push_run(run(text, marks), link, out),
                Inline::Span(Span::Strong { body }) => self.append_runs(body, Marks { bold: true, ..marks }, link, out),
                Inline::Span(Span::Emph { body }) => self.append_runs(body, Marks { italic: true, ..marks }, link, out),
                Inline::Span(Span::Code { text }) => self.push_run(run(text, Marks { code: true, ..marks }), link, out),
                Inline::Span(Span::Break) => self.push_run(Run::default().push_break(Break::default()), link, out),
                Inline::Span(Span::Link { url, body }) => {
                    // A link inside a link keeps the outer target; a target
                    // that could run code or reach the reader's disk is
                    // shown as text.
                    let target = link.map(str::to_owned).or_else(|| safe_target(url));
                    let marks = Marks { link: target.is_some() || marks.link, ..marks };
                    self.append_runs(body, marks, target.as_deref(), out)
                }
            }
        }
    }

    /// Puts `run` into `out`, inside a hyperlink to `link` when there is one.
    fn push_run(
        &mut self,
        run: Run<'static>,
        link: Option<&str>,
        out: &mut Vec<docx_rust::document::ParagraphContent<'static>>,
    ) {
        match link {
            Some(target) => {
                let id = self.link_id(target);
                let styled = with_style(run, HYPERLINK_STYLE);
                out.push(Hyperlink { id: Some(id.into()), content: Some(styled), ..Default::default() }.into());
            }
            None => out.push(run.into()),
        }
    }

    /// The relationship id of a hyperlink's target, the same for the same target.
    fn link_id(&mut self, target: &str) -> String {
        let index = match self.links.iter().position(|known| known == target) {
            Some(index) => index,
            None => {
                self.links.push(target.to_owned());
                self.links.len() - 1
            }
        };
        super::package::link_relationship(index)
    }

    /// A hyperlink showing `text`, or the text alone when the target is not
    /// one a document may link to.
    pub(crate) fn link(url: &str, text: &str) -> Vec<Inline> {
        vec![Inline::Span(Span::Link { url: url.to_owned(), body: vec![Inline::Text(text.to_owned())] })]
    }

    /// Writes the document: the body, its styles and numbering, and the
    /// package around them.
    pub(crate) fn finish(self, properties: &Properties) -> Result<Vec<u8>, Error> {
        super::package::pack(self, properties)
    }
}

/// The target a hyperlink may have: a web, mail or phone address. Others
/// (`javascript:`, `file:`, relative paths) are left as text.
fn safe_target(url: &str) -> Option<String> {
    let lower = url.trim_start().to_ascii_lowercase();
    let absolute = ["https:", "http:", "mailto:", "tel:"].iter().any(|scheme| lower.starts_with(scheme));
    (absolute && safe_url(url)).then(|| clean(url).into_owned())
}

/// The paragraph properties that name `style`.
fn style_property(style: Style) -> ParagraphProperty<'static> {
    ParagraphProperty { style_id: Some(ParagraphStyleId { value: style.id().into() }), ..Default::default() }
}

/// A run of `text` set with `marks`.
fn run(text: &str, marks: Marks) -> Run<'static> {
    let mut property = CharacterProperty::default();
    let mut styled = false;
    if marks.code {
        property.style_id = Some(CharacterStyleId { value: CODE_STYLE.into() });
        styled = true;
    }
    if marks.bold {
        property.bold = Some(Bold { value: None });
        styled = true;
    }
    if marks.italic {
        property.italics = Some(Italics { value: None });
        styled = true;
    }
    let text = clean(text).into_owned();
    let space = (text.starts_with(' ') || text.ends_with(' ')).then_some(TextSpace::Preserve);
    let run = Run::default().push_text(Text { space, text: text.into() });
    if styled { run.property(property) } else { run }
}

/// `run` in the character style `id` (a hyperlink's), keeping its marks.
fn with_style(mut run: Run<'static>, id: &'static str) -> Run<'static> {
    let mut property = run.property.take().unwrap_or_default();
    // A run has one character style: a link's style wins over code's, and
    // code keeps its face through the fonts of the style it had.
    property.style_id = Some(CharacterStyleId { value: id.into() });
    run.property(property)
}

/// Text as XML can hold it: the control characters XML 1.0 forbids are
/// dropped, and tabs and line ends (breaks are nodes of their own) read as
/// spaces.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    let bad = |c: char| c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}';
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if bad(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Plain text as rich text.
pub(crate) fn plain(text: &str) -> Rich {
    vec![Inline::Text(text.to_owned())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_hold_are_dropped() {
        assert_eq!(clean("a\u{0}b\u{b}c\td\ne"), "abc d e");
        assert_eq!(clean("ab"), "ab");
    }

    #[test]
    fn only_web_mail_and_phone_targets_become_hyperlinks() {
        assert!(safe_target("https://example.org/a?b=c").is_some());
        assert!(safe_target("mailto:a@example.org").is_some());
        assert!(safe_target("tel:+79000000000").is_some());
        for url in ["javascript:alert(1)", "file:///etc/passwd", "cv.pdf", "//example.org", " data:text/html,x"] {
            assert!(safe_target(url).is_none(), "{url}");
        }
    }
}

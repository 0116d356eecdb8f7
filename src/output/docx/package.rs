//! The parts of the Word file around its body, and the ZIP package.
//!
//! The styles are Word's built-in ones by name (`Normal`, `Title`,
//! `heading 1`, `List Bullet`, `Hyperlink`, …), set up from the
//! [`Setup`]: the fonts, sizes, colours and the language every paragraph
//! inherits (`w:lang`, which the spelling checker goes by). The numbering
//! part holds one bulleted list definition and one numbered; each numbered
//! list of the body has an instance of its own that starts at 1.
//!
//! Everything that could make two runs differ is fixed here: relationship
//! ids are numbered in the order of the body, the parts are written in one
//! order, every entry of the ZIP file carries the same timestamp (1980-01-01,
//! the first a ZIP file can hold) and permissions, and the core properties
//! carry no dates. The zip crate would stamp entries with the wall clock if
//! its `time` feature were on, so every option is given explicitly.

use std::io::{Cursor, Write};

use docx_rust::app::{App, AppNoApNamespace};
use docx_rust::content_type::{ContentTypes, DefaultContentType, OverrideContentType};
use docx_rust::core::{Core, CoreNamespace};
use docx_rust::document::{
    AbstractNum, AbstractNumId, Body, BodyContent, Document, Level, LevelJustification, LevelOverride, LevelStart,
    LevelText, MultiLevelType, Num, NumFmt, Numbering, PPr, StartOverride,
};
use docx_rust::formatting::{
    Bidi, Bold, CharacterProperty, Color, ContextualSpacing, Fonts, Indent, IndentLevel, Italics, JustificationVal,
    KeepLines, KeepNext, Lang, NumberingId, NumberingProperty, OutlineLvl, PageMargin, PageSize, ParagraphProperty,
    SectionProperty, Size, SizeComplex, Spacing, Underline, UnderlineStyle,
};
use docx_rust::rels::{Relationship, Relationships, TargetMode};
use docx_rust::settings::{Settings, ThemeFontLang};
use docx_rust::styles::{
    BasedOn, DefaultCharacterProperty, DefaultParagraphProperty, DefaultStyle, Next, QFormat, Style as WordStyle,
    StyleName, StyleType, Styles,
};
use hard_xml::XmlWrite;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::writer::{BULLETS, CODE_STYLE, HYPERLINK_STYLE, NUMBERS, Style, Writer};
use super::{Properties, Setup};
use crate::error::Error;

/// The relationship of the photo in the document's relationships.
pub(crate) const PHOTO_RELATIONSHIP: &str = "rId4";
/// The fixed relationships of the document part, before the hyperlinks.
const FIXED_RELATIONSHIPS: usize = 4;

const RELATIONSHIP: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIP: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// The relationship id of the `index`th hyperlink target (from 0).
pub(crate) fn link_relationship(index: usize) -> String {
    format!("rId{}", FIXED_RELATIONSHIPS + 1 + index)
}

/// Points to twentieths of a point, the unit of page sizes, margins and spacing.
fn twips(points: f64) -> isize {
    (points * 20.0).round() as isize
}

/// Points to half-points, the unit of font sizes.
fn half_points(points: f64) -> isize {
    (points * 2.0).round() as isize
}

/// Writes the body in `writer` and the parts around it, and packs them.
pub(crate) fn pack(writer: Writer, properties: &Properties) -> Result<Vec<u8>, Error> {
    let setup = &writer.setup;
    let section = SectionProperty {
        page_size: Some(PageSize { weight: twips(setup.page.0), height: twips(setup.page.1) }),
        page_margin: Some(PageMargin {
            top: Some(twips(setup.margin)),
            right: Some(twips(setup.margin)),
            bottom: Some(twips(setup.margin)),
            left: Some(twips(setup.margin)),
            header: Some(twips(setup.margin / 2.0)),
            footer: Some(twips(setup.margin / 2.0)),
            gutter: Some(0),
        }),
        ..Default::default()
    };
    let mut content = writer.body;
    content.push(BodyContent::SectionProperty(section));
    let document = Document { body: Body { content } };

    let mut document_relationships = vec![
        relationship("rId1", "styles", "styles.xml"),
        relationship("rId2", "numbering", "numbering.xml"),
        relationship("rId3", "settings", "settings.xml"),
    ];
    if writer.photo.is_some() {
        document_relationships.push(relationship(PHOTO_RELATIONSHIP, "image", "media/photo.jpeg"));
    }
    for (index, target) in writer.links.iter().enumerate() {
        document_relationships.push(Relationship {
            target_mode: Some(TargetMode::External),
            ..relationship(&link_relationship(index), "hyperlink", target)
        });
    }
    let package_relationships = vec![
        relationship("rId1", "officeDocument", "word/document.xml"),
        Relationship {
            ty: format!("{PACKAGE_RELATIONSHIP}/metadata/core-properties").into(),
            ..relationship("rId2", "", "docProps/core.xml")
        },
        relationship("rId3", "extended-properties", "docProps/app.xml"),
    ];

    let mut defaults = vec![
        default_type("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        default_type("xml", "application/xml"),
    ];
    if writer.photo.is_some() {
        defaults.push(default_type("jpeg", "image/jpeg"));
    }
    let word = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let content_types = ContentTypes {
        defaults,
        overrides: vec![
            override_type("/word/document.xml", &format!("{word}.document.main+xml")),
            override_type("/word/styles.xml", &format!("{word}.styles+xml")),
            override_type("/word/numbering.xml", &format!("{word}.numbering+xml")),
            override_type("/word/settings.xml", &format!("{word}.settings+xml")),
            override_type("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            override_type("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ],
    };

    let core = Core::CoreNamespace(CoreNamespace {
        title: Some(super::writer::clean(&properties.title).into_owned().into()),
        subject: Some(super::writer::clean(&properties.subject).into_owned().into()),
        creator: Some(super::writer::clean(&properties.author).into_owned().into()),
        keywords: Some(super::writer::clean(&properties.keywords.join(", ")).into_owned().into()),
        language: Some(properties.lang.clone().into()),
        ..Default::default()
    });
    let app = App::AppNoApNamespace(AppNoApNamespace { application: Some("cvpdf".into()), ..Default::default() });
    let settings = Settings {
        theme_font_lang: Some(ThemeFontLang {
            val: Some(setup.lang.clone().into()),
            east_asia: setup.east_asia_lang.clone().map(Into::into),
        }),
        ..Default::default()
    };

    let xml = |part: &dyn XmlPart| part.xml();
    let mut parts: Vec<(&str, Vec<u8>, CompressionMethod)> = vec![
        ("[Content_Types].xml", xml(&content_types)?, CompressionMethod::Deflated),
        ("_rels/.rels", xml(&Relationships { relationships: package_relationships })?, CompressionMethod::Deflated),
        ("docProps/app.xml", xml(&app)?, CompressionMethod::Deflated),
        ("docProps/core.xml", xml(&core)?, CompressionMethod::Deflated),
        (
            "word/_rels/document.xml.rels",
            xml(&Relationships { relationships: document_relationships })?,
            CompressionMethod::Deflated,
        ),
        ("word/document.xml", xml(&document)?, CompressionMethod::Deflated),
    ];
    if let Some(jpeg) = writer.photo {
        // A JPEG is compressed already.
        parts.push(("word/media/photo.jpeg", jpeg, CompressionMethod::Stored));
    }
    parts.extend([
        ("word/numbering.xml", xml(&numbering(writer.numbered_lists))?, CompressionMethod::Deflated),
        ("word/settings.xml", xml(&settings)?, CompressionMethod::Deflated),
        ("word/styles.xml", xml(&styles(setup))?, CompressionMethod::Deflated),
    ]);
    zip(&parts)
}

/// A part of the package that docx-rust writes as XML.
trait XmlPart {
    fn xml(&self) -> Result<Vec<u8>, Error>;
}

impl<T: XmlWrite> XmlPart for T {
    fn xml(&self) -> Result<Vec<u8>, Error> {
        self.to_string()
            .map(String::into_bytes)
            .map_err(|error| Error::other(format!("could not write the Word document: {error:?}")))
    }
}

/// The ZIP file of `parts`, in their order, each with the same fixed
/// timestamp and permissions.
fn zip(parts: &[(&str, Vec<u8>, CompressionMethod)]) -> Result<Vec<u8>, Error> {
    let failed = |error: &dyn std::fmt::Display| Error::other(format!("could not pack the Word document: {error}"));
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes, method) in parts {
        let options = SimpleFileOptions::default()
            .compression_method(*method)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644);
        zip.start_file(*name, options).map_err(|error| failed(&error))?;
        zip.write_all(bytes).map_err(|error| failed(&error))?;
    }
    Ok(zip.finish().map_err(|error| failed(&error))?.into_inner())
}

fn relationship(id: &str, kind: &str, target: &str) -> Relationship<'static> {
    Relationship {
        id: id.to_owned().into(),
        target: target.to_owned().into(),
        ty: format!("{RELATIONSHIP}/{kind}").into(),
        target_mode: None,
    }
}

fn default_type(extension: &'static str, content_type: &'static str) -> DefaultContentType<'static> {
    DefaultContentType { ext: extension.into(), ty: content_type.into() }
}

fn override_type(part: &'static str, content_type: &str) -> OverrideContentType<'static> {
    OverrideContentType { part: part.into(), ty: content_type.to_owned().into() }
}

/// The list definitions: bullets (`•`, then `–`, as the PDF sets them) and
/// numbers (`1.`, then `a.`, `i.`), each level indented a quarter inch more.
/// The list definitions. The indent is the paragraph's start side (`w:left`
/// stands for the right edge in a right-to-left paragraph), so the markers
/// stand where the lines start in either direction.
fn numbering(numbered_lists: usize) -> Numbering<'static> {
    let levels = |numbered: bool| {
        (0..9)
            .map(|level: isize| {
                let (format, text): (&str, String) = match (numbered, level % 3) {
                    (false, 0) => ("bullet", "•".into()),
                    (false, _) => ("bullet", "–".into()),
                    (true, 0) => ("decimal", format!("%{}.", level + 1)),
                    (true, 1) => ("lowerLetter", format!("%{}.", level + 1)),
                    (true, _) => ("lowerRoman", format!("%{}.", level + 1)),
                };
                Level {
                    i_level: Some(level),
                    start: Some(LevelStart { value: Some(1) }),
                    number_format: Some(NumFmt { value: format.into() }),
                    level_text: Some(LevelText { value: Some(text.into()) }),
                    justification: Some(LevelJustification { value: JustificationVal::Left }),
                    p_pr: Some(PPr {
                        indent: Some(Indent {
                            left: Some(360 * (level + 1)),
                            hanging: Some(360),
                            ..Default::default()
                        }),
                    }),
                    r_pr: Vec::new(),
                }
            })
            .collect()
    };
    let definition = |id: isize, numbered: bool| AbstractNum {
        abstract_num_id: Some(id),
        nsid: None,
        multi_level_type: Some(MultiLevelType { value: "hybridMultilevel".into() }),
        levels: levels(numbered),
    };
    let instance = |id: isize, definition: isize, restart: bool| Num {
        num_id: Some(id),
        abstract_num_id: Some(AbstractNumId { value: Some(definition) }),
        level_overrides: if restart {
            vec![LevelOverride { i_level: Some(0), start_override: Some(StartOverride { value: Some(1) }) }]
        } else {
            Vec::new()
        },
    };
    let mut numberings = vec![instance(BULLETS, 0, false), instance(NUMBERS, 1, false)];
    numberings.extend((1..=numbered_lists).map(|list| instance(NUMBERS + list as isize, 1, true)));
    Numbering { abstract_numberings: vec![definition(0, false), definition(1, true)], numberings }
}

/// The styles: the defaults every paragraph inherits (font, size, language,
/// spacing), then Word's built-in styles the body names.
fn styles(setup: &Setup) -> Styles<'static> {
    let fonts = |family: &str| Fonts {
        ascii: Some(family.to_owned()),
        h_ansi: Some(family.to_owned()),
        custom: Some(family.to_owned()),
        east_asia: setup.east_asia_font.clone(),
        ..Default::default()
    };
    let size = |points: f64| {
        (Some(Size { value: half_points(points) }), Some(SizeComplex { value: Some(half_points(points)) }))
    };
    let (body_size, body_size_complex) = size(setup.size);
    let defaults = DefaultStyle {
        character: DefaultCharacterProperty {
            inner: Some(CharacterProperty {
                fonts: Some(fonts(&setup.font)),
                size: body_size,
                size_complex: body_size_complex,
                lang: Some(Lang {
                    val: Some(setup.lang.clone().into()),
                    east_asia: setup.east_asia_lang.clone().map(Into::into),
                    bidi: setup.rtl.then(|| setup.lang.clone().into()),
                }),
                ..Default::default()
            }),
        },
        paragraph: DefaultParagraphProperty {
            inner: Some(ParagraphProperty {
                // A right-to-left language's paragraphs run from the right:
                // they start at the right margin, lists and indents mirror.
                bidi: setup.rtl.then_some(Bidi { value: None }),
                spacing: Some(Spacing {
                    after: Some(twips(4.0)),
                    // In 240ths of a line. docx-rust keeps the rule's type
                    // private; its name reads back into it.
                    line: Some((240.0 * 1.15 * setup.line_spacing).round() as isize),
                    line_rule: "auto".parse().ok(),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        },
    };

    let accent = || setup.accent.clone().map(|value| Color { value: value.into() });
    let heading = |level: u8, points: f64, before: f64| {
        let (size, size_complex) = size(points);
        paragraph_style(Style::Heading(level), &format!("heading {level}"), Some(Style::Normal))
            .paragraph(ParagraphProperty {
                keep_next: Some(KeepNext { value: None }),
                keep_lines: Some(KeepLines { value: None }),
                spacing: Some(Spacing { before: Some(twips(before)), after: Some(twips(3.0)), ..Default::default() }),
                outline_lvl: Some(OutlineLvl { value: isize::from(level) - 1 }),
                ..Default::default()
            })
            .character(CharacterProperty {
                fonts: Some(fonts(&setup.heading_font)),
                bold: Some(Bold { value: None }),
                color: if level <= 2 { accent() } else { None },
                size,
                size_complex,
                ..Default::default()
            })
    };
    let (title_size, title_size_complex) = size(26.0);
    let (subtitle_size, subtitle_size_complex) = size(setup.size + 3.0);
    let list = |style: Style, name: &str, numbering: isize| {
        paragraph_style(style, name, Some(Style::Normal)).paragraph(ParagraphProperty {
            numbering: Some(NumberingProperty {
                level: Some(IndentLevel { value: 0 }),
                id: Some(NumberingId { value: numbering }),
                ..Default::default()
            }),
            spacing: Some(Spacing { after: Some(twips(2.0)), ..Default::default() }),
            contextual_spacing: Some(ContextualSpacing { value: None }),
            ..Default::default()
        })
    };
    let mut normal = paragraph_style(Style::Normal, "Normal", None);
    normal.default = Some(true);
    let styles = vec![
        normal,
        paragraph_style(Style::Title, "Title", Some(Style::Normal))
            .paragraph(ParagraphProperty {
                spacing: Some(Spacing { after: Some(twips(6.0)), ..Default::default() }),
                ..Default::default()
            })
            .character(CharacterProperty {
                fonts: Some(fonts(&setup.heading_font)),
                bold: Some(Bold { value: None }),
                color: accent(),
                size: title_size,
                size_complex: title_size_complex,
                ..Default::default()
            }),
        paragraph_style(Style::Subtitle, "Subtitle", Some(Style::Normal))
            .paragraph(ParagraphProperty {
                spacing: Some(Spacing { after: Some(twips(6.0)), ..Default::default() }),
                ..Default::default()
            })
            .character(CharacterProperty {
                fonts: Some(fonts(&setup.heading_font)),
                size: subtitle_size,
                size_complex: subtitle_size_complex,
                ..Default::default()
            }),
        heading(1, setup.size + 5.0, 18.0),
        heading(2, setup.size + 1.5, 12.0),
        heading(3, setup.size, 8.0),
        heading(4, setup.size, 6.0),
        paragraph_style(Style::Date, "Date", Some(Style::Normal))
            .paragraph(ParagraphProperty {
                keep_next: Some(KeepNext { value: None }),
                spacing: Some(Spacing { after: Some(twips(2.0)), ..Default::default() }),
                ..Default::default()
            })
            .character(CharacterProperty { color: Some(Color { value: "595959".into() }), ..Default::default() }),
        {
            let mut details = paragraph_style(Style::Details, "Job Details", Some(Style::Normal))
                .paragraph(ParagraphProperty {
                    keep_next: Some(KeepNext { value: None }),
                    spacing: Some(Spacing { after: Some(twips(2.0)), ..Default::default() }),
                    ..Default::default()
                })
                .character(CharacterProperty { color: Some(Color { value: "595959".into() }), ..Default::default() });
            details.custom_style = Some(true);
            details
        },
        paragraph_style(Style::Quote, "Quote", Some(Style::Normal))
            .paragraph(ParagraphProperty {
                indent: Some(Indent { left: Some(twips(18.0)), right: Some(twips(18.0)), ..Default::default() }),
                ..Default::default()
            })
            .character(CharacterProperty { italics: Some(Italics { value: None }), ..Default::default() }),
        list(Style::ListBullet, "List Bullet", BULLETS),
        list(Style::ListNumber, "List Number", NUMBERS),
        character_style(HYPERLINK_STYLE, "Hyperlink").character(CharacterProperty {
            color: Some(Color { value: setup.link_color.clone().into() }),
            underline: Some(Underline { val: Some(UnderlineStyle::Single), color: None }),
            ..Default::default()
        }),
        character_style(CODE_STYLE, "HTML Code").character(CharacterProperty {
            fonts: Some(Fonts {
                ascii: Some("Courier New".into()),
                h_ansi: Some("Courier New".into()),
                custom: Some("Courier New".into()),
                ..Default::default()
            }),
            ..Default::default()
        }),
    ];
    Styles { default: Some(defaults), latent_styles: None, styles }
}

fn paragraph_style(style: Style, name: &str, based_on: Option<Style>) -> WordStyle<'static> {
    let mut word = WordStyle::new(StyleType::Paragraph, style.id()).name(StyleName { value: name.to_owned().into() });
    word.base = based_on.map(|base| BasedOn { value: base.id().into() });
    if matches!(style, Style::Title | Style::Subtitle | Style::Heading(_) | Style::Date) {
        word.next = Some(Next { value: Style::Normal.id().into() });
    }
    word.q_format = Some(QFormat { value: None });
    word
}

fn character_style(id: &'static str, name: &str) -> WordStyle<'static> {
    WordStyle::new(StyleType::Character, id).name(StyleName { value: name.to_owned().into() })
}

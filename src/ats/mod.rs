//! `cvpdf ats`: how a résumé parser reads a CV, from the PDF itself.
//!
//! [`reader`] reads the PDF's bytes (with lopdf, never with what cvpdf knows
//! of its own layout): glyphs with text, position, size, font and colour,
//! images, fills, links and the marked content tied to [`tags`].
//! [`reading`] is the parser model: lines by position, pieces and columns.
//! [`words`] are the words of the CV's language the parser looks for, from
//! the language files. [`expected`] holds the data's values as the template
//! received them; [`rules`] compares and looks for hazards; [`report`]
//! prints the result for people and for tools.
//!
//! This module depends on the data and the contract only; the command that
//! renders the CV first is `cli/ats.rs`.

pub(crate) mod expected;
pub(crate) mod fonts;
pub(crate) mod reader;
pub(crate) mod reading;
pub(crate) mod report;
pub(crate) mod rules;
pub(crate) mod tags;
pub(crate) mod words;

use std::path::PathBuf;

use self::expected::Expected;
use self::report::{Report, Source};
use self::words::Words;
use crate::lang::Lang;

/// What the report is about, beside the PDF's bytes.
pub(crate) struct Subject {
    pub(crate) pdf: Option<PathBuf>,
    pub(crate) data: Option<PathBuf>,
    pub(crate) template: Option<String>,
    /// The language whose words to use; found from the text when `None`.
    pub(crate) lang: Option<Lang>,
}

/// Reads `pdf` as a parser does and reports on it: against `expected`
/// when there is data, else on what a parser finds by itself.
pub(crate) fn report(pdf: &[u8], subject: Subject, expected: Option<&Expected>) -> Result<Report, String> {
    let document = reader::read(pdf).map_err(|reader::Unreadable(why)| why)?;
    // A PDF that trips a rule up is reported as unreadable, not as a crash.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| report_on(&document, subject, expected)))
        .map_err(|_| "its text could not be analysed".to_owned())
}

fn report_on(document: &reader::Document, subject: Subject, expected: Option<&Expected>) -> Report {
    let reading = reading::Reading::of(document);
    let lang = subject.lang.unwrap_or_else(|| guess_language(&reading));
    let words = Words::of(lang);
    let mut fields = Vec::new();
    let mut findings = Vec::new();
    match expected {
        Some(expected) => {
            fields = rules::fields(document, &reading, &words, expected);
            findings.extend(rules::not_found(&fields));
            findings.extend(rules::unknown_titles(&words, expected));
        }
        None => fields.extend(rules::found_alone(document, &reading, &words)),
    }
    findings.extend(rules::hazards(document, &reading, expected));
    if let Some(expected) = expected {
        findings.extend(rules::data_rules(expected, &words, document.pages.len()));
    }
    // Warnings first, then by page and kind: the same order every time.
    findings.sort_by_key(|finding| (finding.severity, finding.line, finding.page, finding.kind));
    let source = Source {
        pdf: subject.pdf,
        data: subject.data,
        template: subject.template,
        variant: expected.and_then(|expected| expected.variant.clone()),
        lang: words.lang.clone(),
        own_words: words.own,
        pages: document.pages.len(),
        tagged: document.tags.is_some(),
    };
    Report { source, fields, findings }
}

/// The text of `pdf` as the parser model reads it: each page's lines top
/// to bottom, each line's pieces left to right, pages separated by a form
/// feed (as pdftotext separates them).
pub(crate) fn text(pdf: &[u8]) -> Result<String, String> {
    let document = reader::read(pdf).map_err(|reader::Unreadable(why)| why)?;
    let reading = reading::Reading::of(&document);
    let mut out = String::new();
    let mut page = 0;
    for line in &reading.lines {
        while page < line.page {
            out.push('\u{c}');
            page += 1;
        }
        let pieces: Vec<&str> = line.pieces.iter().map(|&piece| reading.pieces[piece].text.trim()).collect();
        out.push_str(&pieces.join("  "));
        out.push('\n');
    }
    Ok(out)
}

/// The language whose part titles the text holds most of: among the
/// short pieces set like titles, those a language's words name.
fn guess_language(reading: &reading::Reading) -> Lang {
    let candidates: Vec<&str> = reading
        .pieces
        .iter()
        .filter(|piece| {
            let words = piece.text.split_whitespace().count();
            words <= 8 && (words <= 3 || piece.bold || piece.size >= reading.body_size * 1.12)
        })
        .map(|piece| piece.normal.as_str())
        .collect();
    let mut best: Option<(usize, Lang)> = None;
    for code in crate::lang::locale::codes() {
        let Ok(lang) = Lang::parse(code) else { continue };
        let words = Words::of(lang);
        let count = candidates.iter().filter(|text| !words.parts_of_normal(text).is_empty()).count();
        if best.as_ref().is_none_or(|(most, _)| count > *most) {
            best = Some((count, lang));
        }
    }
    best.map_or(Lang::EN, |(_, lang)| lang)
}

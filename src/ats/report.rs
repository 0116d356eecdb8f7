//! The report: what the parser found for each field of the data, and the
//! findings, as a table for the terminal and as JSON for tools. The kinds
//! of finding are documented in docs/guide.md and stable: tools may match
//! on them.

use std::fmt::Write;
use std::path::PathBuf;

use serde::Serialize;

/// What a finding is about. The names (`Kind::name`) are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// A value of the data that the parser does not find in the text.
    NotFound,
    /// A link that shows a label; its address is only in the annotation.
    LabelOnlyLink,
    /// Text a reader cannot see but a parser reads.
    HiddenText,
    /// Reading by position mixes lines of two columns.
    ReadingOrder,
    /// Glyphs without a Unicode mapping, or mapped to private-use characters.
    UnmappedGlyph,
    /// Ligatures mapped to presentation forms (`ﬁ`) instead of letters.
    Ligature,
    /// A word broken at a line end.
    HyphenatedWord,
    /// A free section's title that names no part a parser knows.
    UnknownHeading,
    SmallText,
    TextInImage,
    HeaderFooter,
    MissingContact,
    BackwardsPeriod,
    EmptyPart,
    NoCurrentJob,
    LongCv,
    Photo,
    /// A page without any text, or a PDF read only in part.
    NoText,
}

impl Kind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::NotFound => "not-found",
            Kind::LabelOnlyLink => "label-only-link",
            Kind::HiddenText => "hidden-text",
            Kind::ReadingOrder => "reading-order",
            Kind::UnmappedGlyph => "unmapped-glyph",
            Kind::Ligature => "ligature",
            Kind::HyphenatedWord => "hyphenated-word",
            Kind::UnknownHeading => "unknown-heading",
            Kind::SmallText => "small-text",
            Kind::TextInImage => "text-in-image",
            Kind::HeaderFooter => "header-footer",
            Kind::MissingContact => "missing-contact",
            Kind::BackwardsPeriod => "backwards-period",
            Kind::EmptyPart => "empty-part",
            Kind::NoCurrentJob => "no-current-job",
            Kind::LongCv => "long-cv",
            Kind::Photo => "photo",
            Kind::NoText => "no-text",
        }
    }
}

/// How much a finding matters: `--deny-warnings` fails on warnings; advice
/// is for the author to weigh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Severity {
    Warning,
    Advice,
}

impl Severity {
    fn name(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

/// The groups fields are scored in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Group {
    Contacts,
    Headings,
    Experience,
    Skills,
}

impl Group {
    const ALL: [Group; 4] = [Group::Contacts, Group::Headings, Group::Experience, Group::Skills];

    fn name(self) -> &'static str {
        match self {
            Group::Contacts => "contacts",
            Group::Headings => "headings",
            Group::Experience => "experience",
            Group::Skills => "skills",
        }
    }
}

/// One value the parser was to find.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) group: Group,
    /// The field path in the data (`experience[1].company`), or what was
    /// looked for without data (`email`).
    pub(crate) field: String,
    pub(crate) expected: Option<String>,
    pub(crate) found: Option<String>,
    pub(crate) ok: bool,
    pub(crate) line: Option<usize>,
}

#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub(crate) kind: Kind,
    pub(crate) severity: Severity,
    pub(crate) message: String,
    /// 1-based.
    pub(crate) page: Option<usize>,
    pub(crate) field: Option<String>,
    pub(crate) line: Option<usize>,
}

impl Finding {
    pub(crate) fn new(kind: Kind, severity: Severity, message: String) -> Finding {
        Finding { kind, severity, message, page: None, field: None, line: None }
    }

    pub(crate) fn on_page(mut self, page: usize) -> Finding {
        self.page = Some(page);
        self
    }

    pub(crate) fn at(mut self, field: &str, line: Option<usize>) -> Finding {
        self.field = Some(field.to_owned());
        self.line = line;
        self
    }
}

/// What was read and how.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// The PDF read (`None` when it was rendered for the report).
    pub(crate) pdf: Option<PathBuf>,
    pub(crate) data: Option<PathBuf>,
    pub(crate) template: Option<String>,
    pub(crate) variant: Option<String>,
    /// The language whose words the parser used.
    pub(crate) lang: String,
    /// Whether that language has words of its own (else English stands in).
    pub(crate) own_words: bool,
    pub(crate) pages: usize,
    pub(crate) tagged: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Report {
    pub(crate) source: Source,
    pub(crate) fields: Vec<Field>,
    pub(crate) findings: Vec<Finding>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    source: JsonSource<'a>,
    parser: &'static str,
    score: Score,
    groups: Vec<JsonGroup>,
    fields: Vec<JsonField<'a>>,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    pdf: Option<String>,
    data: Option<String>,
    template: Option<&'a str>,
    variant: Option<&'a str>,
    lang: &'a str,
    pages: usize,
    tagged: bool,
}

#[derive(Serialize, Clone, Copy)]
struct Score {
    ok: usize,
    total: usize,
}

#[derive(Serialize)]
struct JsonGroup {
    group: &'static str,
    ok: usize,
    total: usize,
}

#[derive(Serialize)]
struct JsonField<'a> {
    field: &'a str,
    group: &'static str,
    expected: Option<&'a str>,
    found: Option<&'a str>,
    ok: bool,
    line: Option<usize>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    kind: &'static str,
    severity: &'static str,
    message: &'a str,
    page: Option<usize>,
    field: Option<&'a str>,
    line: Option<usize>,
}

/// The name of the parser model in the JSON, changed when the model changes
/// what it finds.
pub(crate) const MODEL: &str = "cvpdf-lines-1";

impl Report {
    fn score(&self, group: Option<Group>) -> Score {
        let fields = self.fields.iter().filter(|field| group.is_none_or(|group| field.group == group));
        let (ok, total) = fields.fold((0, 0), |(ok, total), field| (ok + usize::from(field.ok), total + 1));
        Score { ok, total }
    }

    /// Whether any finding is a warning.
    pub(crate) fn has_warnings(&self) -> bool {
        self.findings.iter().any(|finding| finding.severity == Severity::Warning)
    }

    pub(crate) fn json(&self) -> String {
        let source = &self.source;
        let report = JsonReport {
            source: JsonSource {
                pdf: source.pdf.as_ref().map(|path| path.display().to_string()),
                data: source.data.as_ref().map(|path| path.display().to_string()),
                template: source.template.as_deref(),
                variant: source.variant.as_deref(),
                lang: &source.lang,
                pages: source.pages,
                tagged: source.tagged,
            },
            parser: MODEL,
            score: self.score(None),
            groups: Group::ALL
                .iter()
                .map(|&group| {
                    let Score { ok, total } = self.score(Some(group));
                    JsonGroup { group: group.name(), ok, total }
                })
                .collect(),
            fields: self
                .fields
                .iter()
                .map(|field| JsonField {
                    field: &field.field,
                    group: field.group.name(),
                    expected: field.expected.as_deref(),
                    found: field.found.as_deref(),
                    ok: field.ok,
                    line: field.line,
                })
                .collect(),
            findings: self
                .findings
                .iter()
                .map(|finding| JsonFinding {
                    kind: finding.kind.name(),
                    severity: finding.severity.name(),
                    message: &finding.message,
                    page: finding.page,
                    field: finding.field.as_deref(),
                    line: finding.line,
                })
                .collect(),
        };
        let mut json = serde_json::to_string_pretty(&report).unwrap_or_default();
        json.push('\n');
        json
    }

    /// The report for a terminal: a line on what was read, the score of
    /// each group, then one line per finding, the data's file and line first.
    pub(crate) fn text(&self) -> String {
        let source = &self.source;
        let mut out = String::new();
        let read = match (&source.pdf, &source.data) {
            (Some(pdf), _) => pdf.display().to_string(),
            (None, Some(data)) => data.display().to_string(),
            (None, None) => String::new(),
        };
        let mut about = Vec::new();
        if let Some(template) = &source.template {
            about.push(format!("template {template}"));
        }
        if let Some(variant) = &source.variant {
            about.push(format!("variant {variant}"));
        }
        let words = if source.own_words {
            format!("{} words", source.lang)
        } else {
            format!("{}: no words of its own, English words", source.lang)
        };
        about.push(words);
        about.push(format!("{} page{}", source.pages, if source.pages == 1 { "" } else { "s" }));
        about.push(if source.tagged { "tagged".to_owned() } else { "untagged".to_owned() });
        let _ = writeln!(out, "{read}: how a parser reads it ({})", about.join(", "));
        if !self.fields.is_empty() {
            let _ = writeln!(out);
            for group in Group::ALL {
                let Score { ok, total } = self.score(Some(group));
                if total == 0 {
                    continue;
                }
                let missing: Vec<&str> = self
                    .fields
                    .iter()
                    .filter(|field| field.group == group && !field.ok)
                    .map(|field| field.field.as_str())
                    .collect();
                let note =
                    if missing.is_empty() { String::new() } else { format!("  missing: {}", missing.join(", ")) };
                let _ = writeln!(out, "  {:<11} {:>3}/{:<3}{note}", group.name(), ok, total);
            }
            let Score { ok, total } = self.score(None);
            let _ = writeln!(out, "  {:<11} {:>3}/{:<3}", "score", ok, total);
        }
        if !self.findings.is_empty() {
            let _ = writeln!(out);
        }
        let file = source.data.as_ref().map(|path| path.display().to_string());
        for finding in &self.findings {
            let place = match (&file, finding.line, finding.page) {
                (Some(file), Some(line), _) => format!("{file}:{line}: "),
                (_, None, Some(page)) => format!("page {page}: "),
                (Some(file), None, None) if finding.field.is_some() => format!("{file}: "),
                _ => String::new(),
            };
            let page = match (finding.line, finding.page) {
                (Some(_), Some(page)) => format!(" (page {page})"),
                _ => String::new(),
            };
            let _ =
                writeln!(out, "{place}{}[{}]: {}{page}", finding.severity.name(), finding.kind.name(), finding.message);
        }
        let warnings = self.findings.iter().filter(|finding| finding.severity == Severity::Warning).count();
        let advice = self.findings.len() - warnings;
        let _ = writeln!(
            out,
            "\n{warnings} warning{}, {advice} advice. The parser model is cvpdf's ({MODEL}); real applicant tracking systems differ: read this as advice.",
            if warnings == 1 { "" } else { "s" }
        );
        out
    }
}

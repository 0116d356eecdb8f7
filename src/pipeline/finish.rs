//! No stray last page: when the last page of a CV would hold only a few
//! lines, the spacing is tightened, within the template's declared limits
//! (its `line_spacing` option's `min`), to pull them back onto the page
//! before: one more layout at an estimated spacing, which nearly always
//! does, else one at the least spacing. When the page cannot be pulled
//! back, a slightly looser spacing (within the declared `max`) fills it by
//! pushing the block at the foot of the page before onto it. When neither
//! does, the CV is rendered as it was, with a warning naming the part that
//! spilled over.
//!
//! A template takes part by placing two kinds of metadata: `<cvpdf-end>`
//! after the CV's last line, with the page's text area (`top`, `bottom`, in
//! points from the page's top edge) and the line pitch (`pitch`), and
//! `<cvpdf-part>` with a part's name (as in `order`) where each part
//! starts. `typst/common/cv.typ` has both (`finish-end`, `part-mark`).

use typst::foundations::{Label, Value};
use typst::introspection::MetadataElem;

/// A last page holding fewer lines than this is a stray page, to be
/// pulled back: a heading and an entry of two or three lines.
pub const STRAY_LINES: usize = 8;

/// The share of a page's height that scales with the line spacing (lines
/// of text, not the fixed gaps between parts and entries), assumed low so
/// that one tightened layout is enough when any is.
const SCALING_SHARE: f64 = 0.6;

/// Where a compiled CV ends.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct End {
    /// The pages the CV takes.
    pub pages: usize,
    /// Lines of text on the last page (0 on a CV of one page).
    pub lines: usize,
    /// How far down the text area the CV ends, in points, and the text
    /// area's height: how much the tightening must save.
    pub used: f64,
    pub area: f64,
    /// The distance between two lines of body text, in points.
    pub pitch: f64,
    /// The part that runs onto the last page: the last one to start before
    /// it, or the first one on it when one starts there.
    pub spilled: Option<String>,
}

impl End {
    /// Whether the last page holds so few lines that it is worth pulling
    /// them back.
    pub fn is_stray(&self) -> bool {
        self.pages > 1 && self.lines < STRAY_LINES
    }
}

/// Where a template's end marker sits (the metadata labelled `name` it
/// places after its last line) with the geometry it declares there: `top`
/// and `bottom`, the page's text area in points from the top edge, and
/// `pitch`, the distance between two lines of body text.
pub(crate) struct EndMarker {
    /// The page it is on, from 1.
    pub page: usize,
    /// How far down that page, in points from the top edge.
    pub y: f64,
    pub top: f64,
    pub bottom: f64,
    pub pitch: f64,
}

/// The end marker labelled `name` in `document`; none when the template
/// does not place it.
pub(crate) fn end_marker(document: &typst_layout::PagedDocument, name: &str) -> Option<EndMarker> {
    let introspector = document.introspector();
    let marker = introspector.elements().query_label(label(name)?).ok()?;
    let position = introspector.position(marker.location()?)?;
    let Value::Dict(geometry) = &marker.to_packed::<MetadataElem>()?.value else { return None };
    let number = |key: &str| match geometry.get(key).ok()? {
        Value::Float(number) => Some(*number),
        Value::Int(number) => Some(*number as f64),
        _ => None,
    };
    Some(EndMarker {
        page: position.page.get(),
        y: position.point.y.to_pt(),
        top: number("top")?,
        bottom: number("bottom")?,
        pitch: number("pitch")?.max(1.0),
    })
}

/// Where the CV of `document` ends, from its `<cvpdf-end>` metadata; none
/// when the template does not place it.
pub(crate) fn end_of(document: &typst_layout::PagedDocument) -> Option<End> {
    let introspector = document.introspector();
    let EndMarker { page: pages, y, top, bottom, pitch } = end_marker(document, "cvpdf-end")?;
    let used = (y - top).max(0.0);
    let lines = if pages > 1 { (used / pitch).ceil().max(1.0) as usize } else { 0 };
    // The parts in the order they start, each with its page.
    let mut parts: Vec<(usize, f64, String)> = Vec::new();
    if let Some(part_label) = label("cvpdf-part") {
        for element in introspector.elements().query(&typst::foundations::Selector::Label(part_label)) {
            let (Some(location), Some(meta)) = (element.location(), element.to_packed::<MetadataElem>()) else {
                continue;
            };
            let (Some(at), Value::Str(name)) = (introspector.position(location), &meta.value) else { continue };
            parts.push((at.page.get(), at.point.y.to_pt(), name.to_string()));
        }
    }
    parts.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap_or(std::cmp::Ordering::Equal));
    let spilled = parts
        .iter()
        .rev()
        .find(|(page, ..)| *page < pages)
        .filter(|_| !parts.iter().any(|(page, ..)| *page == pages))
        .or_else(|| parts.iter().find(|(page, ..)| *page == pages))
        .map(|(.., name)| name.clone());
    Some(End { pages, lines, used, area: (bottom - top).max(1.0), pitch, spilled })
}

fn label(name: &str) -> Option<Label> {
    Label::new(typst::utils::PicoStr::intern(name))
}

/// The line spacing to try so that `end`'s last page moves onto the page
/// before: the spacing is lowered by the share of the pages before it that
/// the last page's lines (and one more) take, assuming only
/// [`SCALING_SHARE`] of a page shrinks with it; never below `min`, never
/// above `current`.
pub(crate) fn tightened(end: &End, current: f64, min: f64) -> f64 {
    let flow = (end.pages - 1) as f64 * end.area;
    let needed = end.used + end.pitch;
    let factor = 1.0 - needed / (SCALING_SHARE * flow.max(1.0));
    let spacing = (current * factor).max(min).min(current);
    // Two decimals, so the summary line says what was used.
    (spacing * 100.0).floor() / 100.0
}

/// The most a stray last page's spacing is loosened to fill it, as a share
/// of the current spacing: beyond it the pages before look airy.
const MOST_LOOSENING: f64 = 0.15;

/// The line spacing to try so that `end`'s last page, which cannot be
/// pulled back, holds more: the pages before it are loosened by two lines'
/// worth of their height, enough to push the block at the foot of the page
/// before (a title kept with two lines, a short entry kept whole) over.
/// At least 0.01 more, never above `max` or [`MOST_LOOSENING`] over
/// `current`.
pub(crate) fn loosened(end: &End, current: f64, max: f64) -> f64 {
    let flow = (end.pages - 1) as f64 * end.area;
    let pushed = 2.0 * end.pitch / flow.max(1.0);
    let spacing = (current * (1.0 + pushed)).min(max).min(current * (1.0 + MOST_LOOSENING));
    // Two decimals up, so the change is at least 0.01 where there is room.
    ((spacing * 100.0).ceil() / 100.0).min(max).max(current)
}

/// The spacings to try for a stray last page, in order, each worth a
/// layout only when the one before did not do: the estimate that should
/// pull the page back, then the template's least spacing (a page is kept
/// whole where blocks that never split make the estimate too small), then,
/// when `fill`, a slightly looser one that pushes more onto the last page.
/// A spacing equal to one before it or to `current` is not tried twice.
pub(crate) fn ladder(end: &End, limits: Spacing, fill: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    let Spacing { current, min, max } = limits;
    for spacing in [tightened(end, current, min), min] {
        if spacing < current && !steps.iter().any(|step: &Step| step.spacing == spacing) {
            steps.push(Step { spacing, fills: false });
        }
    }
    let looser = loosened(end, current, max);
    if fill && looser > current {
        steps.push(Step { spacing: looser, fills: true });
    }
    steps
}

/// One layout tried for a stray last page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Step {
    pub spacing: f64,
    /// Whether it loosens to fill the last page rather than tightens to
    /// pull it back.
    pub fills: bool,
}

/// The line spacing a render may change: the template's `line_spacing`
/// and the bounds its manifest declares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Spacing {
    pub current: f64,
    pub min: f64,
    pub max: f64,
}

/// What was done to a stray last page, for the summary line.
#[derive(Debug, Clone, PartialEq)]
pub enum PulledBack {
    /// Its lines moved onto the page before: `from` pages became `to`.
    OntoThePageBefore { line_spacing: f64, from: usize, to: usize },
    /// It could not be pulled back, and a looser spacing moved more onto
    /// it: page `page` holds `to` lines instead of `from`.
    Filled { line_spacing: f64, page: usize, from: usize, to: usize },
}

impl PulledBack {
    /// The line spacing it took.
    pub fn line_spacing(&self) -> f64 {
        match self {
            PulledBack::OntoThePageBefore { line_spacing, .. } | PulledBack::Filled { line_spacing, .. } => {
                *line_spacing
            }
        }
    }
}

/// A compiled CV with its last page seen to.
pub(crate) struct Finished {
    pub document: typst_layout::PagedDocument,
    pub warnings: String,
    pub data: crate::contract::TemplateData,
    pub pulled_back: Option<PulledBack>,
    /// Where the CV ends when its last page is stray and stays so.
    pub stray: Option<End>,
    /// The line spacings tried in vain.
    pub tried: Vec<f64>,
}

impl Finished {
    /// A layout kept as it is.
    pub fn as_is(first: (typst_layout::PagedDocument, String), data: crate::contract::TemplateData) -> Finished {
        Finished { document: first.0, warnings: first.1, data, pulled_back: None, stray: None, tried: Vec::new() }
    }
}

/// The line spacing a render may change, when the design has not switched
/// the pull-back off (`pull_back: false`).
pub(crate) fn limits(
    declarations: &[crate::data::design::Declaration],
    design: &serde_json::Map<String, serde_json::Value>,
) -> Option<Spacing> {
    if !enabled(design) {
        return None;
    }
    spacing_limits(declarations, design)
}

/// Whether the design leaves the pull-back on (`pull_back` is not `false`).
pub(crate) fn enabled(design: &serde_json::Map<String, serde_json::Value>) -> bool {
    design.get("pull_back").and_then(serde_json::Value::as_bool) != Some(false)
}

/// The template's `line_spacing` and its declared bounds, when it is a
/// number the design may change at all: what a stray last page and a
/// letter's one page are pulled back with.
pub(crate) fn spacing_limits(
    declarations: &[crate::data::design::Declaration],
    design: &serde_json::Map<String, serde_json::Value>,
) -> Option<Spacing> {
    let declared = declarations.iter().find(|option| option.name == "line_spacing")?;
    let current = design.get("line_spacing").and_then(serde_json::Value::as_f64)?;
    match declared.kind {
        crate::data::design::Kind::Number { min, max } if min <= current && current <= max => {
            Some(Spacing { current, min, max })
        }
        _ => None,
    }
}

/// Sees to a stray last page of `first` (the layout of `data`): lays it
/// out again through `compile` at the spacings of [`ladder`] until one
/// pulls the page back (or, when `fill`, leaves the last page holding at
/// least [`STRAY_LINES`] on as many pages); keeps `first` when none does.
pub(crate) fn pull_back(
    first: (typst_layout::PagedDocument, String),
    data: crate::contract::TemplateData,
    limits: Option<Spacing>,
    fill: bool,
    compile: &mut impl FnMut(
        &crate::contract::TemplateData,
    ) -> Result<(typst_layout::PagedDocument, String), crate::error::Error>,
) -> Result<Finished, crate::error::Error> {
    let Some(stray) = end_of(&first.0).filter(End::is_stray) else { return Ok(Finished::as_is(first, data)) };
    let Some(limits) = limits else {
        return Ok(Finished { stray: Some(stray), ..Finished::as_is(first, data) });
    };
    let mut tried = Vec::new();
    for Step { spacing, fills } in ladder(&stray, limits, fill) {
        let mut trial = data.clone();
        trial.design.insert("line_spacing".into(), spacing.into());
        let (document, warnings) = compile(&trial)?;
        let pages = document.pages().len();
        let done = if fills {
            end_of(&document).filter(|end| pages == stray.pages && !end.is_stray()).map(|end| PulledBack::Filled {
                line_spacing: spacing,
                page: pages,
                from: stray.lines,
                to: end.lines,
            })
        } else {
            (pages < stray.pages).then_some(PulledBack::OntoThePageBefore {
                line_spacing: spacing,
                from: stray.pages,
                to: pages,
            })
        };
        if let Some(done) = done {
            return Ok(Finished { document, warnings, data: trial, pulled_back: Some(done), stray: None, tried });
        }
        tried.push(spacing);
    }
    Ok(Finished { stray: Some(stray), tried, ..Finished::as_is(first, data) })
}

/// The warning about a last page that stayed stray.
pub(crate) fn stray_warning(end: &End, tried: &[f64]) -> String {
    let lines = if end.lines == 1 { "1 line".to_owned() } else { format!("{} lines", end.lines) };
    let part = match &end.spilled {
        Some(part) => format!(" of the part `{part}`"),
        None => String::new(),
    };
    let tried = match tried {
        [] => String::new(),
        spacings => {
            let spacings: Vec<String> = spacings.iter().map(|spacing| format!("{spacing:.2}")).collect();
            format!("; no line spacing within the template's limits helped (tried {})", spacings.join(", "))
        }
    };
    let earlier = match &end.spilled {
        Some(part) => format!("`pages: {{{part}: new}}` to start it on the last page whole"),
        None => "`page: new` on an earlier entry to make the last page fuller".to_owned(),
    };
    format!(
        "warning: the last page (page {}) holds only {lines}{part}{tried}\n  = hint: give --fit {} to leave out \
         what matters least, or {earlier}\n",
        end.pages,
        end.pages - 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(pages: usize, used: f64) -> End {
        End { pages, lines: (used / 17.0).ceil() as usize, used, area: 760.0, pitch: 17.0, spilled: None }
    }

    #[test]
    fn a_few_lines_on_a_last_page_are_stray_but_a_one_page_cv_never_is() {
        assert!(end(3, 40.0).is_stray());
        assert!(!end(3, 400.0).is_stray());
        assert!(!End { pages: 1, lines: 0, used: 20.0, area: 760.0, pitch: 17.0, spilled: None }.is_stray());
    }

    #[test]
    fn the_spacing_tried_stays_within_the_limits_and_tightens_less_for_longer_cvs() {
        let short = tightened(&end(2, 60.0), 1.0, 0.8);
        let long = tightened(&end(10, 60.0), 1.0, 0.8);
        assert!((0.8..1.0).contains(&short), "{short}");
        assert!(long > short && long < 1.0, "{long} vs {short}");
        assert_eq!(tightened(&end(2, 700.0), 1.0, 0.8), 0.8);
        assert_eq!(tightened(&end(2, 60.0), 0.8, 0.8), 0.8);
    }

    #[test]
    fn filling_loosens_a_little_and_less_for_longer_cvs_within_the_limits() {
        let short = loosened(&end(2, 60.0), 1.0, 2.0);
        let long = loosened(&end(10, 60.0), 1.0, 2.0);
        assert!(short > 1.0 && short <= 1.15, "{short}");
        assert!(long > 1.0 && long < short, "{long} vs {short}");
        assert_eq!(loosened(&end(2, 60.0), 1.0, 1.02), 1.02);
        assert_eq!(loosened(&end(2, 60.0), 1.0, 1.0), 1.0);
        let tiny = End { area: 60.0, ..end(2, 30.0) };
        assert_eq!(loosened(&tiny, 1.0, 2.0), 1.15, "never more than 15 % looser");
    }

    #[test]
    fn the_ladder_tightens_to_the_estimate_then_the_least_then_fills() {
        let limits = Spacing { current: 1.0, min: 0.8, max: 2.0 };
        let steps = ladder(&end(2, 60.0), limits, true);
        let spacings: Vec<f64> = steps.iter().map(|step| step.spacing).collect();
        assert_eq!(spacings.len(), 3, "{steps:?}");
        assert!(spacings[0] < 1.0 && spacings[0] > 0.8, "{steps:?}");
        assert_eq!(spacings[1], 0.8);
        assert!(spacings[2] > 1.0 && steps[2].fills, "{steps:?}");
        // Only tightening where filling is not asked for (`--fit`).
        assert!(ladder(&end(2, 60.0), limits, false).iter().all(|step| !step.fills && step.spacing < 1.0));
        // The estimate at the least spacing is tried once.
        assert_eq!(ladder(&end(2, 700.0), limits, false).len(), 1);
        // Nothing to tighten at the least spacing, nothing to loosen at the most.
        assert!(ladder(&end(2, 60.0), Spacing { current: 0.8, min: 0.8, max: 0.8 }, true).is_empty());
    }
}

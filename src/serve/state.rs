//! What the preview shows, shared between the thread that renders and the
//! threads that answer the browser: the selection and what may be
//! selected, the last good render, and the error of the last render when
//! it failed. Each change gets a new version number, and every open event
//! stream is woken to send it.

use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::Error;

/// What the page is showing: the format and what it is rendered with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Selection {
    pub(crate) template: String,
    /// The variant; the whole CV when none.
    pub(crate) variant: Option<String>,
    /// The language's code; the data's first when none.
    pub(crate) lang: Option<String>,
    pub(crate) format: Format,
}

/// What the preview can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Format {
    /// The Typst template's pages, as the PDF has them.
    Pages,
    /// The web page (`cvpdf render -o cv.html`).
    Html,
    // A cover letter, when the data has one, is a third format: its name
    // goes here, into `Choices::formats` when the data has a letter, and
    // into the labels of the page's script (assets/app.js), which already
    // names it.
}

/// What the bar offers.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Choices {
    pub(crate) templates: Vec<String>,
    pub(crate) variants: Vec<String>,
    pub(crate) langs: Vec<String>,
    pub(crate) formats: Vec<Format>,
}

impl Choices {
    /// Whether `selection` picks only what is offered.
    pub(crate) fn allow(&self, selection: &Selection) -> bool {
        let offered = |list: &[String], value: &Option<String>| value.as_ref().is_none_or(|value| list.contains(value));
        self.templates.contains(&selection.template)
            && offered(&self.variants, &selection.variant)
            && offered(&self.langs, &selection.lang)
            && self.formats.contains(&selection.format)
    }
}

/// One page image of a good render.
pub(crate) struct PageImage {
    /// The page's fingerprint in hex: the last part of its address.
    pub(crate) key: String,
    pub(crate) svg: Arc<str>,
    pub(crate) width_pt: f64,
    pub(crate) height_pt: f64,
}

/// A render that succeeded.
pub(crate) struct Good {
    pub(crate) selection: Selection,
    pub(crate) pages: Vec<Arc<PageImage>>,
    /// The web page and its key, for [`Format::Html`].
    pub(crate) html: Option<(String, Arc<str>)>,
    /// The compiled CV, for the PDF download of [`Format::Pages`].
    pub(crate) compiled: Option<Arc<crate::Compiled>>,
    /// The PDF, made at the first download.
    pub(crate) pdf: OnceLock<Result<Arc<Vec<u8>>, String>>,
    pub(crate) millis: u128,
    pub(crate) warnings: String,
    /// What fitting into pages did, in a line.
    pub(crate) note: Option<String>,
}

/// A render that failed.
pub(crate) struct Failure {
    /// `file:line:column` of an error in the data.
    pub(crate) location: Option<String>,
    /// The error as the terminal shows it, the excerpt of the line included.
    pub(crate) report: String,
}

impl Failure {
    pub(crate) fn of(error: &Error) -> Failure {
        let location = match error {
            Error::Data(data) => Some(match data.location {
                Some((line, column)) => format!("{}:{line}:{column}", data.file.display()),
                None => data.file.display().to_string(),
            }),
            Error::Io { path, .. } => Some(path.display().to_string()),
            _ => None,
        };
        Failure { location, report: error.report() }
    }
}

pub(crate) struct State {
    pub(crate) version: u64,
    pub(crate) selection: Selection,
    pub(crate) choices: Choices,
    /// A render is under way.
    pub(crate) busy: bool,
    pub(crate) good: Option<Arc<Good>>,
    pub(crate) error: Option<Failure>,
    /// The preview has stopped (Ctrl-C, or a template that never finished).
    pub(crate) stopped: bool,
}

/// The state and the means to wait for its next version.
pub(crate) struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    pub(crate) fn new(selection: Selection, choices: Choices) -> Shared {
        let state = State { version: 1, selection, choices, busy: true, good: None, error: None, stopped: false };
        Shared { state: Mutex::new(state), changed: Condvar::new() }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere leaves the state as it was: still worth showing.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Changes the state, gives it a new version and wakes the streams.
    pub(crate) fn update(&self, change: impl FnOnce(&mut State)) {
        let mut state = self.lock();
        change(&mut state);
        state.version += 1;
        drop(state);
        self.changed.notify_all();
    }

    /// Waits at most `patience` for a version after `seen`; returns the
    /// state's view when there is one, `None` when the time ran out.
    pub(crate) fn next_after(&self, seen: u64, patience: Duration) -> Option<(u64, String, bool)> {
        let state = self.lock();
        let (state, _) = self
            .changed
            .wait_timeout_while(state, patience, |state| state.version <= seen && !state.stopped)
            .unwrap_or_else(PoisonError::into_inner);
        (state.version > seen || state.stopped).then(|| (state.version, view(&state), state.stopped))
    }
}

/// The state as the page's script reads it (JSON).
pub(crate) fn view(state: &State) -> String {
    #[derive(Serialize)]
    struct Page<'a> {
        url: String,
        key: &'a str,
        width: f64,
        height: f64,
    }
    #[derive(Serialize)]
    struct GoodView<'a> {
        selection: &'a Selection,
        pages: Vec<Page<'a>>,
        html: Option<String>,
        pdf: &'static str,
        count: usize,
        ms: u128,
        warnings: &'a str,
        note: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct ErrorView<'a> {
        location: Option<&'a str>,
        report: &'a str,
    }
    #[derive(Serialize)]
    struct View<'a> {
        version: u64,
        busy: bool,
        stopped: bool,
        selection: &'a Selection,
        choices: &'a Choices,
        good: Option<GoodView<'a>>,
        error: Option<ErrorView<'a>>,
    }
    let good = state.good.as_deref().map(|good| GoodView {
        selection: &good.selection,
        pages: good
            .pages
            .iter()
            .map(|page| Page {
                url: format!("/page/{}.svg", page.key),
                key: &page.key,
                width: page.width_pt,
                height: page.height_pt,
            })
            .collect(),
        html: good.html.as_ref().map(|(key, _)| format!("/web/{key}.html")),
        pdf: "/cv.pdf",
        count: good.pages.len(),
        ms: good.millis,
        warnings: &good.warnings,
        note: good.note.as_deref(),
    });
    let error = state
        .error
        .as_ref()
        .map(|failure| ErrorView { location: failure.location.as_deref(), report: &failure.report });
    let view = View {
        version: state.version,
        busy: state.busy,
        stopped: state.stopped,
        selection: &state.selection,
        choices: &state.choices,
        good,
        error,
    };
    serde_json::to_string(&view).unwrap_or_else(|_| "{}".to_owned())
}

/// The page images of the last good render by key, so that a page an edit
/// did not change is not drawn again.
pub(crate) type PageCache = BTreeMap<u128, Arc<PageImage>>;

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(template: &str, variant: Option<&str>, lang: Option<&str>, format: Format) -> Selection {
        Selection { template: template.into(), variant: variant.map(Into::into), lang: lang.map(Into::into), format }
    }

    #[test]
    fn a_selection_picks_only_what_the_bar_offers() {
        let choices = Choices {
            templates: vec!["print".into(), "mine".into()],
            variants: vec!["short".into()],
            langs: vec!["en".into(), "de".into()],
            formats: vec![Format::Pages, Format::Html],
        };
        assert!(choices.allow(&selection("print", None, None, Format::Pages)));
        assert!(choices.allow(&selection("mine", Some("short"), Some("de"), Format::Html)));
        assert!(!choices.allow(&selection("classic", None, None, Format::Pages)));
        assert!(!choices.allow(&selection("../mine", None, None, Format::Pages)));
        assert!(!choices.allow(&selection("print", Some("long"), None, Format::Pages)));
        assert!(!choices.allow(&selection("print", None, Some("fr"), Format::Pages)));
        assert!(!Choices { formats: vec![Format::Pages], ..choices }.allow(&selection(
            "print",
            None,
            None,
            Format::Html
        )));
        assert!(
            serde_json::from_str::<Selection>(
                r#"{"template":"print","variant":null,"lang":null,"format":"pages","x":1}"#
            )
            .is_err()
        );
    }

    #[test]
    fn an_error_in_the_data_is_shown_at_its_file_line_and_column() {
        let options = crate::RenderOptions {
            data_text: Some("lang: en\nupdated: soon\nperson:\n  name: A\n".into()),
            ..crate::RenderOptions::new("cv.yaml", "print")
        };
        let Err(error) = crate::load(&options) else { panic!("the date was taken") };
        let failure = Failure::of(&error);
        assert_eq!(failure.location.as_deref(), Some("cv.yaml:2:10"));
        assert!(failure.report.contains("updated: soon") && failure.report.contains('^'), "{}", failure.report);
        let template = Failure::of(&Error::Template("error: unknown variable\n  ┌─ main.typ:3:2".into()));
        assert_eq!(template.location, None);
    }

    #[test]
    fn each_change_is_a_new_version_and_wakes_a_waiting_stream() {
        let shared = Arc::new(Shared::new(selection("print", None, None, Format::Pages), Choices::default()));
        let (version, view, stopped) = shared.next_after(0, Duration::ZERO).expect("the first state at once");
        assert!(view.contains("\"busy\":true") && !stopped);
        assert!(shared.next_after(version, Duration::from_millis(10)).is_none(), "no new version, yet one came");
        let waiting = Arc::clone(&shared);
        let waiter = std::thread::spawn(move || waiting.next_after(version, Duration::from_secs(30)));
        shared.update(|state| state.busy = false);
        let (next, view, _) = waiter.join().unwrap().expect("woken by the change");
        assert_eq!(next, version + 1);
        assert!(view.contains("\"busy\":false"));
    }
}

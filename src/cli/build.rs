//! `cvpdf build`: the arguments turned into the library's build settings,
//! and what the terminal shows while it runs: a progress bar with the
//! slowest render on a terminal (none in CI or with `-q`), a JSON line per
//! file with `--json`, and at the end the summary with every failure and
//! its first error.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::args::BuildArgs;
use crate::Error;
use crate::build::{self, Event, Failed, Narrow, Settings};

pub(crate) fn build(args: &BuildArgs) -> Result<(), Error> {
    let started = Instant::now();
    if args.merge_manifests {
        if args.data.is_empty() {
            return Err(Error::usage("--merge-manifests: give the manifests to merge"));
        }
        let report = build::merge(&args.data, &args.output)?;
        if !args.quiet {
            super::say(&format!(
                "{}: {} files from {} manifests",
                report.manifest_path.display(),
                report.manifest.outputs.len(),
                args.data.len()
            ));
        }
        return finish(&report.manifest.failed);
    }
    let settings = Settings {
        inputs: if args.data.is_empty() { vec![PathBuf::from("data/cv.yaml")] } else { args.data.clone() },
        out_dir: args.output.clone(),
        narrow: Narrow {
            formats: args.format.clone(),
            variants: args.variant.clone(),
            langs: args.lang.clone(),
            templates: args.template.clone(),
            name: args.name.clone(),
        },
        shard: args.shard,
        jobs: args.jobs.map(usize::from),
        font_paths: args.font_path.clone(),
        timeout: Some(Duration::from_secs(args.timeout)),
        ppi: args.ppi,
        as_of: args.as_of,
        source_date_epoch: args.source_date_epoch,
        no_photo: args.no_photo,
    };
    let shows_bar = !args.quiet && !args.json && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let progress = Progress::new(shows_bar);
    let on_event = |event: Event| progress.on(event, args);
    let report = build::build(&settings, &on_event)?;
    progress.bar.finish_and_clear();
    if !args.quiet {
        let files = report.manifest.outputs.len();
        let cvs = report.cvs;
        let shard = settings.shard.map(|shard| format!(", shard {shard}")).unwrap_or_default();
        super::say(&format!(
            "{}: {files} file{} from {cvs} CV{}{shard} in {:.1} s on {} thread{}",
            report.manifest_path.display(),
            if files == 1 { "" } else { "s" },
            if cvs == 1 { "" } else { "s" },
            started.elapsed().as_secs_f64(),
            report.threads,
            if report.threads == 1 { "" } else { "s" },
        ));
    }
    finish(&report.manifest.failed)
}

/// Lists every failure with its first error, and fails when there is one.
fn finish(failed: &[Failed]) -> Result<(), Error> {
    if failed.is_empty() {
        return Ok(());
    }
    let mut lines = vec![format!("{} failed:", count(failed.len(), "build"))];
    for failure in failed {
        let first = failure.error.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
        let first = first.strip_prefix("error: ").unwrap_or(first);
        // An error about the data names the file itself.
        match first.strip_prefix(failure.input.as_str()) {
            Some(rest) if failure.lang.is_none() => lines.push(format!("  {}{rest}", failure.input)),
            _ => lines.push(format!("  {}: {first}", what(failure))),
        }
    }
    Err(Error::other(lines.join("\n")))
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// "cvs/anna.yaml (short, en, print)", or the file alone when all of it failed.
fn what(failure: &Failed) -> String {
    let parts: Vec<&str> =
        [&failure.variant, &failure.lang, &failure.template].into_iter().filter_map(|part| part.as_deref()).collect();
    match (parts.is_empty(), &failure.variant) {
        (true, _) => failure.input.clone(),
        (false, None) => format!("{} ({}, {})", failure.input, build::plan::WHOLE, parts.join(", ")),
        (false, Some(_)) => format!("{} ({})", failure.input, parts.join(", ")),
    }
}

/// The progress bar and the slowest render so far.
struct Progress {
    bar: ProgressBar,
    slowest: Mutex<Option<(Duration, String)>>,
}

impl Progress {
    fn new(shown: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(
            Some(0),
            if shown { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() },
        );
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} renders, {elapsed} {wide_msg}") {
            bar.set_style(style);
        }
        Progress { bar, slowest: Mutex::new(None) }
    }

    fn on(&self, event: Event, args: &BuildArgs) {
        match event {
            Event::Planned { units, .. } => self.bar.set_length(units as u64),
            Event::Refused { failed } => {
                if args.json {
                    json_line(&serde_json::json!({ "failed": failed }));
                }
                // The whole error, with its line and hints, as it happens;
                // the summary at the end repeats its first line.
                self.bar.suspend(|| super::say(&failed.error));
            }
            Event::Warning { unit, text } => {
                if !args.quiet {
                    self.bar.suspend(|| super::say(&format!("{}:\n{text}", unit.label())));
                }
            }
            Event::Unit { unit, outputs, failed, elapsed } => {
                if args.json {
                    for output in outputs {
                        json_line(&serde_json::json!({ "output": output, "ms": elapsed.as_millis() as u64 }));
                    }
                    if let Some(failed) = failed {
                        json_line(&serde_json::json!({ "failed": failed }));
                    }
                }
                if let Some(failed) = failed {
                    self.bar.suspend(|| super::say(&format!("{}:\n{}", unit.label(), failed.error)));
                }
                if let Ok(mut slowest) = self.slowest.lock()
                    && slowest.as_ref().is_none_or(|(time, _)| elapsed > *time)
                {
                    *slowest = Some((elapsed, unit.label()));
                    self.bar.set_message(format!("slowest: {} {:.1} s", unit.label(), elapsed.as_secs_f64()));
                }
                self.bar.inc(1);
            }
        }
    }
}

/// One line of JSON on standard output; a reader that went away stops
/// nothing (the build goes on and the manifest is written).
fn json_line(value: &serde_json::Value) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{value}").and_then(|()| stdout.flush());
}

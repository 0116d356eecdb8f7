//! Linear time: what cvpdf does before Typst (load, validate, variants, the
//! contract), timed for CVs of 10 to 10,000 variants, tags, languages,
//! jobs and parts. Each bench counts its items, so divan prints the time
//! per item beside the time per run: the time per item must stay flat as
//! the count grows. `make bench` runs it and `benches/flat.sh` checks that
//! the time per item at 10,000 is within its budget of the time at 100.
//!
//! The CVs are generated in memory: a short CV of one person, with only
//! the counted thing grown.

use std::path::PathBuf;

use cvpdf::RenderOptions;
use divan::Bencher;
use divan::counter::ItemsCount;

fn main() {
    divan::main();
}

const COUNTS: [usize; 4] = [10, 100, 1000, 10_000];

const HEAD: &str = "updated: \"2026-02-08\"\nperson:\n  name: Jane Doe\nheadline: Engineer\n";

/// Options for rendering `yaml` (never read from disk) with `print`.
fn options(yaml: String) -> RenderOptions {
    RenderOptions { data_text: Some(yaml), ..RenderOptions::new(PathBuf::from("scale.yaml"), "print") }
}

/// `count` variants, each with a rule: the whole CV and every variant
/// prepared, as `cvpdf variants` does before it lays each out.
#[divan::bench(args = COUNTS, sample_count = 10)]
fn variants(bencher: Bencher, count: usize) {
    let mut yaml = format!("lang: en\n{HEAD}skills:\n  - {{name: Rust, tags: [t]}}\n  - Go\nvariants:\n");
    for index in 0..count {
        yaml.push_str(&format!("  v{index}: {{include: [t], headline: Lead {index}}}\n"));
    }
    let options = options(yaml);
    bencher.counter(ItemsCount::new(count)).bench_local(|| {
        let mut prepared = 0;
        cvpdf::prepare_variants(&options, |_, result| result.map(|_| prepared += 1)).unwrap();
        prepared
    });
}

/// `count` skills, each with a tag of its own, and a variant that includes
/// every tag and puts half of them first.
#[divan::bench(args = COUNTS, sample_count = 10)]
fn tags(bencher: Bencher, count: usize) {
    let mut yaml = format!("lang: en\n{HEAD}skills:\n");
    for index in 0..count {
        yaml.push_str(&format!("  - {{name: S{index}, tags: [t{index}]}}\n"));
    }
    let tags: Vec<String> = (0..count).map(|index| format!("t{index}")).collect();
    let first: Vec<String> = (0..count).step_by(2).map(|index| format!("t{index}")).collect();
    yaml.push_str(&format!("variants:\n  v:\n    include: [{}]\n    first: [{}]\n", tags.join(", "), first.join(", ")));
    let options = RenderOptions { variant: Some("v".into()), ..options(yaml) };
    bencher.counter(ItemsCount::new(count)).bench_local(|| cvpdf::prepare(&options).unwrap());
}

/// `count` declared languages (English in its regions, then Russian and
/// German in theirs), a name in two of them: the data loaded and then read
/// in every language, as `cvpdf check` does.
#[divan::bench(args = COUNTS, sample_count = 10)]
fn languages(bencher: Bencher, count: usize) {
    let regions = (1..1000).map(|region| format!("{region:03}"));
    let codes: Vec<String> = std::iter::once("en".to_owned())
        .chain(
            ["en", "ru", "de", "fr", "es", "uk", "pl", "kk", "be", "sr", "it"]
                .iter()
                .flat_map(|language| regions.clone().map(move |region| format!("{language}-{region}"))),
        )
        .take(count)
        .collect();
    let yaml = format!(
        "langs: [{}]\nupdated: \"2026-02-08\"\nperson:\n  name: {{en: Jane Doe, {}: Jane}}\nheadline: Engineer\n",
        codes.join(", "),
        codes[count - 1]
    );
    let options = options(yaml);
    bencher.counter(ItemsCount::new(count)).bench_local(|| {
        let loaded = cvpdf::load(&options).unwrap();
        let mut read = 1;
        cvpdf::load_other_languages(&options, &loaded, |_, other| other.map(|_| read += 1)).unwrap();
        read
    });
}

/// `count` jobs, each with an id, a period and an item: loaded, validated
/// and turned into the contract (durations worded, the total counted).
#[divan::bench(args = COUNTS, sample_count = 10)]
fn jobs(bencher: Bencher, count: usize) {
    let mut yaml = format!("lang: en\n{HEAD}experience:\n");
    for index in 0..count {
        let year = 1990 + index % 30;
        yaml.push_str(&format!(
            "  - {{company: C{index}, id: job{index}, start: \"{year}-01\", end: \"{year}-06\", items: [Built things]}}\n"
        ));
    }
    let options = options(yaml);
    bencher.counter(ItemsCount::new(count)).bench_local(|| cvpdf::prepare(&options).unwrap());
}

/// `count` free sections, in the reverse of their order in the data.
#[divan::bench(args = COUNTS, sample_count = 10)]
fn parts(bencher: Bencher, count: usize) {
    let mut yaml = format!("lang: en\n{HEAD}sections:\n");
    for index in 0..count {
        yaml.push_str(&format!("  - {{title: S{index}, body: [Text]}}\n"));
    }
    let order: Vec<String> = (1..=count).rev().map(|index| format!("section-{index}")).collect();
    yaml.push_str(&format!("order: [{}]\n", order.join(", ")));
    let options = options(yaml);
    bencher.counter(ItemsCount::new(count)).bench_local(|| cvpdf::prepare(&options).unwrap());
}

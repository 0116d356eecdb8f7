//! Variants: each rule on a small fixture (what is kept, dropped, collapsed,
//! overridden, reordered), `fit` (the page count met, what must stay kept,
//! the same bytes twice, units put back after an overshoot, priorities),
//! `cvpdf variants`, and every kind of bad input at its line.
//!
//! The rules are read from `cvpdf data`, which prints what templates
//! receive; renders check that the built-ins print collapsed jobs.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/variants").join(name)
}

fn rules() -> PathBuf {
    fixture("rules.yaml")
}

/// The plain-template directory the fit tests lay out with, so that their
/// page counts do not depend on the built-in templates.
fn test_template() -> String {
    fixture("template").to_str().unwrap().to_owned()
}

/// What a template receives for `data` with `args` (`--variant NAME`, …).
fn contract(data: &Path, args: &[&str]) -> Value {
    let mut all = vec!["data", data.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = run_in(&root(), &all);
    assert!(output.status.success(), "cvpdf data failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("cvpdf data prints JSON")
}

fn variant(name: &str) -> Value {
    contract(&rules(), &["--variant", name])
}

/// The text of a rich value (or of anything holding rich values), without formatting.
fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(nodes) => nodes.iter().map(text).collect(),
        Value::Object(node) => node.get("body").or_else(|| node.get("text")).map(text).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The texts of items, nested ones after their parent.
fn item_texts(items: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for item in items.as_array().unwrap() {
        out.push(text(&item["body"]));
        out.extend(item_texts(&item["items"]));
    }
    out
}

/// The texts of blocks: paragraphs and headings, and the items of lists.
fn block_texts(blocks: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for block in blocks.as_array().unwrap() {
        match block["kind"].as_str().unwrap() {
            "list" | "numbered" => out.extend(item_texts(&block["items"])),
            _ => out.push(text(&block["body"])),
        }
    }
    out
}

fn names(list: &Value, key: &str) -> Vec<String> {
    list.as_array().unwrap().iter().map(|entry| text(if key.is_empty() { entry } else { &entry[key] })).collect()
}

fn jobs(data: &Value) -> Vec<String> {
    names(&data["experience"]["jobs"], "company")
}

fn job<'a>(data: &'a Value, company: &str) -> &'a Value {
    let jobs = data["experience"]["jobs"].as_array().unwrap();
    jobs.iter().find(|job| text(&job["company"]) == company).unwrap_or_else(|| panic!("no job {company}"))
}

// ---- The rules ----

#[test]
fn include_keeps_untagged_entries_and_those_with_an_included_tag() {
    let data = variant("lead");
    assert_eq!(jobs(&data), ["Anchor Systems", "Cedar Works"], "Birch and Dune carry only `dev`");
    let anchor = job(&data, "Anchor Systems");
    assert_eq!(item_texts(&anchor["items"]), ["Hired four engineers", "Ran the weekly planning", "Anchor fourth item"]);
    assert_eq!(names(&anchor["roles"], "title"), Vec::<String>::new(), "the role carries only `dev`");
    assert_eq!(names(&anchor["projects"], "title"), ["Anchor project"], "an untagged project stays");
    assert_eq!(
        block_texts(&data["about"]),
        ["Plain opening paragraph.", "Leading the team paragraph.", "Untagged about item", "Lead about item"]
    );
    assert_eq!(names(&data["skills"], ""), ["Plainskill", "Leadskill"]);
    assert_eq!(names(&data["languages"], "name"), ["Esperanto"]);
    assert_eq!(names(&data["education"]["entries"], "institution"), ["Elm University"]);
    assert!(data["courses"].as_array().unwrap().is_empty());
    assert_eq!(names(&data["sections"], "title"), ["Talks"]);
}

#[test]
fn exclude_leaves_out_every_entry_with_an_excluded_tag() {
    let data = variant("nodev");
    assert_eq!(jobs(&data), ["Anchor Systems", "Cedar Works"]);
    let anchor = job(&data, "Anchor Systems");
    assert!(!item_texts(&anchor["items"]).contains(&"Wrote the billing core".to_owned()));
    assert!(!block_texts(&data["about"]).contains(&"Coding deep dive paragraph.".to_owned()));
    assert_eq!(names(&data["skills"], ""), ["Plainskill", "Leadskill"]);
    assert_eq!(names(&data["languages"], "name"), ["Esperanto"], "Klingon carries `fun`");
    assert_eq!(names(&data["sections"], "title"), ["Talks"], "Hobbies carries `fun`");
    // Everything untagged stays, tagged `lead` included.
    assert!(block_texts(&data["sections"][0]["body"]).contains(&"Talk about hiring".to_owned()));
}

#[test]
fn since_collapses_older_jobs_to_company_position_and_period() {
    let data = variant("recent");
    assert_eq!(jobs(&data), ["Anchor Systems", "Birch Labs", "Cedar Works", "Dune Corp"]);
    let collapsed: Vec<bool> =
        data["experience"]["jobs"].as_array().unwrap().iter().map(|job| job["collapsed"].as_bool().unwrap()).collect();
    assert_eq!(collapsed, [false, false, true, true], "the jobs that ended before 2016-01 are collapsed");
    let cedar = job(&data, "Cedar Works");
    assert_eq!(text(&cedar["position"]), "Engineer");
    assert_eq!(cedar["period"]["years"], "2010 — 2015");
    assert_eq!(cedar["period"]["duration"], "5 years 4 months");
    assert!(cedar["city"].is_null(), "a collapsed job keeps no detail lines");
    assert!(cedar["items"].as_array().unwrap().is_empty());
    assert_eq!(text(&job(&data, "Dune Corp")["title"]), "Junior engineer");
    let anchor = job(&data, "Anchor Systems");
    assert_eq!(item_texts(&anchor["items"]).len(), 4, "recent jobs stay whole");
    assert_eq!(text(&anchor["city"]), "Anchorville");
}

#[test]
fn since_with_older_drop_leaves_the_older_jobs_out() {
    assert_eq!(jobs(&variant("recent-drop")), ["Anchor Systems", "Birch Labs"]);
}

#[test]
fn the_total_experience_counts_every_job_even_hidden_ones() {
    let whole = contract(&rules(), &[]);
    assert_eq!(whole["experience"]["total"], "16 years 2 months");
    for name in ["lead", "recent", "recent-drop", "parts"] {
        assert_eq!(variant(name)["experience"]["total"], whole["experience"]["total"], "variant {name}");
    }
}

#[test]
fn max_items_keeps_the_first_items_of_each_list_of_a_job() {
    let data = variant("few");
    assert_eq!(item_texts(&job(&data, "Anchor Systems")["items"]), ["Hired four engineers", "Wrote the billing core"]);
    assert_eq!(item_texts(&job(&data, "Birch Labs")["items"]), ["Birch first item", "Birch second item"]);
    assert_eq!(item_texts(&job(&data, "Dune Corp")["items"]), ["Dune only item"]);
}

#[test]
fn parts_choose_the_parts_and_their_order() {
    let data = variant("parts");
    let order: Vec<&str> = data["order"].as_array().unwrap().iter().map(|part| part.as_str().unwrap()).collect();
    assert_eq!(order[..3], ["skills", "experience", "section-2"]);
    assert!(data["about"].as_array().unwrap().is_empty());
    assert!(data["languages"].as_array().unwrap().is_empty());
    assert!(data["education"]["entries"].as_array().unwrap().is_empty());
    assert_eq!(names(&data["sections"], "title"), ["Talks"]);
    // The section keeps the name of its place in the data.
    assert_eq!(data["sections"][0]["key"], "section-2");
    assert_eq!(jobs(&data).len(), 4);
}

#[test]
fn overrides_replace_the_headline_salary_and_about() {
    let data = variant("pitch");
    assert_eq!(text(&data["headline"]), "Engineering manager");
    assert_eq!(data["headline_plain"], "Engineering manager");
    assert!(data["salary"].is_null(), "`salary: null` shows none");
    assert_eq!(block_texts(&data["about"]), ["Pitch paragraph for managers."]);
    let whole = contract(&rules(), &[]);
    assert_eq!(text(&whole["headline"]), "Backend developer");
    assert_eq!(text(&whole["salary"]), "Salary on request");
}

#[test]
fn first_moves_tagged_entries_to_the_front_of_their_list() {
    let data = variant("ordered");
    assert_eq!(block_texts(&data["about"])[..2], ["Leading the team paragraph.", "Plain opening paragraph."]);
    assert_eq!(
        item_texts(&job(&data, "Anchor Systems")["items"]),
        ["Ran the weekly planning", "Hired four engineers", "Wrote the billing core", "Anchor fourth item"]
    );
    assert_eq!(names(&data["skills"], ""), ["Leadskill", "Plainskill", "Devskill"]);
    assert_eq!(jobs(&data), ["Anchor Systems", "Birch Labs", "Cedar Works", "Dune Corp"], "jobs keep their order");
}

/// Old files keep working: plain strings and the map forms with tags give
/// the same contract values, and without a variant nothing is left out.
#[test]
fn tags_change_nothing_without_a_variant() {
    let data = contract(&rules(), &[]);
    assert_eq!(jobs(&data).len(), 4);
    assert_eq!(names(&data["skills"], ""), ["Plainskill", "Leadskill", "Devskill"]);
    assert_eq!(data["skills_plain"], serde_json::json!(["Plainskill", "Leadskill", "Devskill"]));
    assert_eq!(data["about"][1], serde_json::json!({"kind": "paragraph", "body": ["Leading the team paragraph."]}));
    assert!(data["experience"]["jobs"].as_array().unwrap().iter().all(|job| job["collapsed"] == false));
    let json = data.to_string();
    assert!(!json.contains("\"tags\"") && !json.contains("priority"), "tags reach the template: {json}");
}

// ---- Renders ----

#[test]
fn every_builtin_prints_collapsed_jobs_as_one_line_and_nothing_hidden() {
    for template in cvpdf::builtin_templates() {
        let pdf = render(&rules(), &["--variant", "recent", "--template", template]);
        let text = squeeze(&pdf_text(&pdf));
        for shown in ["Cedar Works", "Engineer", "2010 — 2015", "5 years 4 months", "Dune Corp", "Junior engineer"] {
            assert!(text.contains(&squeeze(shown)), "{template}: {shown:?} missing from a collapsed job");
        }
        for hidden in ["Cedar only item", "Cedartown", "Dune only item"] {
            assert!(!text.contains(&squeeze(hidden)), "{template}: a collapsed job prints {hidden:?}");
        }
        assert!(text.contains("Anchorville") && text.contains("Birchfirstitem"), "{template}: recent jobs lost");

        let pdf = render(&rules(), &["--variant", "lead", "--template", template]);
        let text = squeeze(&pdf_text(&pdf));
        assert!(!text.contains("BirchLabs") && !text.contains("Devskill"), "{template}: `include` not applied");
        assert!(text.contains("16years2months"), "{template}: the total experience is not the whole CV's");
    }
}

// ---- Fit ----

/// Runs `cvpdf render` and returns the PDF and what it printed.
fn render_with_log(data: &Path, extra: &[&str]) -> (Vec<u8>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    let mut args = vec!["render", data.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = run_in(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "cvpdf failed: {stderr}");
    (std::fs::read(&out).unwrap(), stderr)
}

/// The long CV's ten pages in two: the count is met, the name, contacts,
/// headline and every job's company, position and period stay, what was
/// left out is listed by path, and a second run gives the same bytes.
#[test]
fn fit_meets_the_page_count_keeps_what_must_stay_and_is_reproducible() {
    let whole = contract(&long_cv(), &[]);
    let (pdf, log) = render_with_log(&long_cv(), &["--fit", "2"]);
    assert_eq!(page_sizes(&pdf).len(), 2, "{log}");
    let text = squeeze(&pdf_text(&pdf));
    let must_stay = [
        text_of(&whole["person"]["name"]),
        whole["person"]["contacts"]["email"].as_str().unwrap().to_owned(),
        text_of(&whole["headline"]),
    ];
    for value in &must_stay {
        assert!(text.contains(&squeeze(value)), "{value:?} was left out");
    }
    for job in whole["experience"]["jobs"].as_array().unwrap() {
        let role = &job["role"];
        for value in [text_of(&job["company"]), text_of(role), job["period"]["duration"].as_str().unwrap().to_owned()] {
            assert!(text.contains(&squeeze(&value)), "{value:?} of a job was left out");
        }
    }
    assert!(log.contains("fitted into 2 pages"), "{log}");
    assert!(log.lines().any(|line| line.trim_start().starts_with("experience[") && line.contains("(line ")), "{log}");
    let (again, _) = render_with_log(&long_cv(), &["--fit", "2"]);
    assert!(pdf == again, "two fits of the same data differ");
    // `data` gives what the PDF shows: the fitted contract, not the whole.
    let fitted = contract(&long_cv(), &["--fit", "2"]);
    assert_ne!(fitted, whole);
    assert_eq!(fitted["experience"]["total"], whole["experience"]["total"]);
}

fn text_of(value: &Value) -> String {
    text(value)
}

/// Leaving out in order drops the two small items before the huge one that
/// had to go; fit puts the small ones back.
#[test]
fn fit_puts_back_what_an_overshooting_run_left_out() {
    let data = fixture("overshoot.yaml");
    let template = test_template();
    let (whole, _) = render_with_log(&data, &["-t", &template]);
    assert_eq!(page_sizes(&whole).len(), 2, "the fixture must overflow one page");
    let (pdf, log) = render_with_log(&data, &["-t", &template, "--fit", "1"]);
    assert_eq!(page_sizes(&pdf).len(), 1);
    let text = squeeze(&pdf_text(&pdf));
    assert!(text.contains("Smallitemone") && text.contains("Smallitemtwo"), "not put back: {log}");
    assert!(!text.contains("Hugeclause"), "the huge item stayed: {log}");
    assert!(text.contains("Fillersentence14"), "the high-priority paragraph went: {log}");
    let left_out: Vec<&str> = log.lines().filter(|line| line.starts_with("  ")).map(str::trim).collect();
    assert_eq!(left_out, ["experience[0].items[0] (line 20)"], "{log}");
}

#[test]
fn priority_decides_what_fit_leaves_out() {
    let data = fixture("priority.yaml");
    let template = test_template();
    let (pdf, log) = render_with_log(&data, &["-t", &template, "--fit", "1"]);
    let text = squeeze(&pdf_text(&pdf));
    assert!(text.contains("Alphasentence") && !text.contains("Betasentence"), "later goes first: {log}");

    let dir = tempfile::tempdir().unwrap();
    let raised = dir.path().join("cv.yaml");
    let yaml = std::fs::read_to_string(&data).unwrap();
    std::fs::write(&raised, yaml.replace("  - title: Beta section\n", "  - title: Beta section\n    priority: 1\n"))
        .unwrap();
    let (pdf, log) = render_with_log(&raised, &["-t", &template, "--fit", "1"]);
    let text = squeeze(&pdf_text(&pdf));
    assert!(text.contains("Betasentence") && !text.contains("Alphasentence"), "priority ignored: {log}");
    assert!(log.contains("sections[0] (line 11)"), "{log}");
}

#[test]
fn a_variant_fit_applies_and_the_command_line_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    let yaml = std::fs::read_to_string(fixture("priority.yaml")).unwrap();
    std::fs::write(&data, format!("{yaml}variants:\n  one:\n    fit: 1\n")).unwrap();
    let template = test_template();
    let (pdf, log) = render_with_log(&data, &["-t", &template, "--variant", "one"]);
    assert_eq!(page_sizes(&pdf).len(), 1, "{log}");
    let (pdf, log) = render_with_log(&data, &["-t", &template, "--variant", "one", "--fit", "2"]);
    assert_eq!(page_sizes(&pdf).len(), 2, "{log}");
    assert!(log.contains("fits into 2 pages whole"), "{log}");
}

/// Forty jobs, collapsed, still take two of the test template's pages.
fn unreachable_cv(dir: &Path) -> PathBuf {
    let mut yaml =
        String::from("lang: en\nupdated: \"2026-02-01\"\nperson:\n  name: Max Jobs\nheadline: Hopper\nexperience:\n");
    for year in 1960..2000 {
        yaml.push_str(&format!(
            "  - company: Company {year}\n    position: Hand\n    start: \"{year}-01\"\n    end: \"{year}-06\"\n    \
             items: [Item of {year}]\n"
        ));
    }
    yaml.push_str("variants:\n  tiny:\n    fit: 1\n");
    let data = dir.join("cv.yaml");
    std::fs::write(&data, yaml).unwrap();
    data
}

#[test]
fn an_unreachable_fit_says_how_many_pages_the_minimum_takes() {
    let dir = tempfile::tempdir().unwrap();
    let data = unreachable_cv(dir.path());
    let yaml = std::fs::read_to_string(&data).unwrap();
    let line = yaml.lines().position(|line| line.trim() == "fit: 1").unwrap() + 1;
    let template = test_template();
    let out = dir.path().join("cv.pdf");
    std::fs::write(&out, b"the previous PDF").unwrap();
    for (args, expect) in [
        (vec!["--variant", "tiny"], format!("cv.yaml:{line}:5: variants.tiny.fit: cannot fit into 1 page")),
        (vec!["--fit", "1"], "cv.yaml: --fit 1: cannot fit into 1 page".to_owned()),
    ] {
        let mut all = vec!["render", "cv.yaml", "-t", &template, "-o", "cv.pdf"];
        all.extend(args);
        let output = run_in(dir.path(), &all);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(&expect), "{stderr}");
        assert!(stderr.contains("still takes 2 pages"), "{stderr}");
        assert_eq!(std::fs::read(&out).unwrap(), b"the previous PDF", "a failed fit touched the output");
    }
}

// ---- Commands ----

#[test]
fn the_variants_command_lists_each_variant_with_its_pages() {
    let output = run_in(&root(), &["variants", rules().to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let lines: Vec<&str> = stdout.lines().collect();
    let first_words: Vec<&str> = lines.iter().map(|line| line.split_whitespace().next().unwrap()).collect();
    assert_eq!(first_words, ["(whole)", "few", "lead", "nodev", "ordered", "parts", "pitch", "recent", "recent-drop"]);
    assert!(lines.iter().all(|line| line.contains(" page")), "{stdout}");
    assert!(stdout.contains("The team-lead side"), "the description is missing: {stdout}");

    // A failing variant is reported in its place and fails the command.
    let dir = tempfile::tempdir().unwrap();
    let data = unreachable_cv(dir.path());
    let output = run_in(dir.path(), &["variants", data.to_str().unwrap(), "-t", &test_template()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout.lines().any(|line| line.starts_with("tiny") && line.contains("cannot fit")), "{stdout}");
}

#[test]
fn check_and_watch_take_a_variant() {
    let output = run_in(&root(), &["check", rules().to_str().unwrap(), "--variant", "lead"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("variant lead"));

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    let mut child = cvpdf()
        .args(["watch", rules().to_str().unwrap(), "--variant", "recent-drop", "-o", out.to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut seen = String::new();
    for line in std::io::BufRead::lines(std::io::BufReader::new(stderr)).map_while(Result::ok) {
        seen.push_str(&line);
        seen.push('\n');
        if line.starts_with("watching") {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let text = squeeze(&pdf_text(&std::fs::read(&out).unwrap_or_default()));
    assert!(text.contains("BirchLabs") && !text.contains("CedarWorks"), "watch ignored the variant: {seen}");
}

// ---- Bad input ----

struct Case {
    name: &'static str,
    /// The rules fixture with `from` replaced by `to` (all must be found).
    edit: (&'static str, &'static str),
    args: &'static [&'static str],
    /// The error's line is the first line of the edited file holding this.
    line_of: &'static str,
    expect: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "a tag in include that no entry carries",
            edit: ("    include: [lead]", "    include: [laed]"),
            args: &[],
            line_of: "include: [laed]",
            expect: &["variants.lead.include[0]: no entry carries the tag `laed`", "= hint: did you mean `lead`?"],
        },
        Case {
            name: "a tag in exclude that no entry carries",
            edit: ("exclude: [dev, fun]", "exclude: [dev, funn]"),
            args: &[],
            line_of: "exclude: [dev, funn]",
            expect: &["variants.nodev.exclude[1]: no entry carries the tag `funn`", "= hint: did you mean `fun`?"],
        },
        Case {
            name: "a tag in first that no entry carries",
            edit: ("first: [lead]", "first: [leed]"),
            args: &[],
            line_of: "first: [leed]",
            expect: &["variants.ordered.first[0]", "did you mean `lead`?"],
        },
        Case {
            name: "an unknown variant name",
            edit: ("", ""),
            args: &["--variant", "leed"],
            line_of: "variants:",
            expect: &["variants: no variant is called `leed`", "= hint: did you mean `lead`?"],
        },
        Case {
            name: "a number of items written as a word",
            edit: ("max_items: 2", "max_items: two"),
            args: &[],
            line_of: "max_items: two",
            expect: &["variants.few.max_items: wrong type", "\"two\""],
        },
        Case {
            name: "a tag list written as one word",
            edit: ("    include: [lead]", "    include: lead"),
            args: &[],
            line_of: "include: lead",
            expect: &["variants.lead.include: wrong type", "expected a sequence"],
        },
        Case {
            name: "since as a year",
            edit: ("  recent:\n    since: \"2016-01\"", "  recent:\n    since: 2016"),
            args: &[],
            line_of: "since: 2016",
            expect: &["variants.recent.since: expected a month like 2023-11, found 2016"],
        },
        Case {
            name: "a misspelt rule",
            edit: ("max_items: 2", "max_item: 2"),
            args: &[],
            line_of: "max_item: 2",
            expect: &["variants.few", "unknown key `max_item`", "= hint: did you mean `max_items`?"],
        },
        Case {
            name: "a misspelt value of older",
            edit: ("older: drop", "older: dorp"),
            args: &[],
            line_of: "older: dorp",
            expect: &["variants.recent-drop.older", "unknown value `dorp`", "did you mean `drop`?"],
        },
        Case {
            name: "a part the CV does not have",
            edit: ("section-2]", "section-3]"),
            args: &[],
            line_of: "section-3]",
            expect: &["variants.parts.parts[2]: no part is called `section-3`", "= hint: did you mean `section-2`?"],
        },
        Case {
            name: "older without since",
            edit: ("  recent-drop:\n    since: \"2016-01\"\n", "  recent-drop:\n"),
            args: &[],
            line_of: "older: drop",
            expect: &["variants.recent-drop.older", "has no `since`"],
        },
        Case {
            name: "a fit of no pages",
            edit: ("  ordered:\n", "  zero:\n    fit: 0\n  ordered:\n"),
            args: &[],
            line_of: "fit: 0",
            expect: &["variants.zero.fit: `fit` is a number of pages, at least 1"],
        },
        Case {
            name: "an empty tag",
            edit: ("    tags: [fun]\n    body:", "    tags: [\"\"]\n    body:"),
            args: &[],
            line_of: "tags: [\"\"]",
            expect: &["sections[0].tags[0]: the tag is empty"],
        },
        Case {
            name: "a tag both included and excluded",
            edit: ("  ordered:\n", "  both:\n    include: [dev]\n    exclude: [dev]\n  ordered:\n"),
            args: &[],
            line_of: "include: [dev]",
            expect: &["variants.both.include[0]: `dev` is both included and excluded"],
        },
        Case {
            name: "an empty headline",
            edit: ("headline: Engineering manager", "headline: \" \""),
            args: &[],
            line_of: "headline: \" \"",
            expect: &["variants.pitch.headline: the headline is empty"],
        },
        Case {
            name: "a tagged block without its text",
            edit: ("  - paragraph: Coding deep dive paragraph.\n    tags: [dev]", "  - tags: [dev]"),
            args: &[],
            line_of: "  - tags: [dev]",
            expect: &["about[2]", "a block needs one of `list:`, `numbered:`, `heading:` or `paragraph:`"],
        },
    ]
}

#[test]
fn bad_variants_and_tags_are_reported_at_their_line() {
    let original = std::fs::read_to_string(rules()).unwrap();
    let mut failures = Vec::new();
    for case in cases() {
        let (from, to) = case.edit;
        assert!(original.contains(from), "{}: the fixture has no {from:?}", case.name);
        let yaml = original.replacen(from, to, 1);
        let line = yaml.lines().position(|line| line.contains(case.line_of)).expect("line_of is in the file") + 1;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("cv.yaml"), &yaml).unwrap();
        let mut args = vec!["render", "cv.yaml", "-o", "cv.pdf"];
        args.extend_from_slice(case.args);
        let output = run_in(dir.path(), &args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let mut problems = Vec::new();
        if output.status.code() != Some(1) {
            problems.push(format!("exit code {:?}", output.status.code()));
        }
        if !stderr.contains(&format!("cv.yaml:{line}:")) {
            problems.push(format!("not at line {line}"));
        }
        problems
            .extend(case.expect.iter().filter(|want| !stderr.contains(*want)).map(|want| format!("lacks {want:?}")));
        if dir.path().join("cv.pdf").exists() {
            problems.push("wrote a PDF".into());
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}\n{stderr}", case.name, problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_fit_of_zero_pages_on_the_command_line_is_a_usage_error() {
    let output = run_in(&root(), &["render", rules().to_str().unwrap(), "--fit", "0", "-o", "-"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--fit"));
}

// ---- Schema ----

#[test]
fn the_schema_takes_the_fixtures_and_rejects_bad_rules() {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(root().join("data/cv.schema.json")).unwrap())
        .expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let as_json = |yaml: &str| -> Value { serde_yaml::from_str(yaml).unwrap() };
    for name in ["rules.yaml", "overshoot.yaml", "priority.yaml"] {
        let yaml = std::fs::read_to_string(fixture(name)).unwrap();
        assert!(yaml.starts_with("# yaml-language-server: $schema=../../../data/cv.schema.json\n"), "{name}");
        let errors: Vec<String> = validator.iter_errors(&as_json(&yaml)).map(|error| error.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    let yaml = std::fs::read_to_string(rules()).unwrap();
    for (from, to) in [
        ("older: drop", "older: dorp"),
        ("max_items: 2", "max_item: 2"),
        ("    include: [lead]", "    include: lead"),
        ("  ordered:\n", "  zero:\n    fit: 0\n  ordered:\n"),
        ("  - name: Leadskill\n", "  - nam: Leadskill\n"),
        ("      - text: Lead about item\n", "      - txt: Lead about item\n"),
    ] {
        assert!(yaml.contains(from), "the fixture has no {from:?}");
        assert!(!validator.is_valid(&as_json(&yaml.replacen(from, to, 1))), "the schema accepts {to:?}");
    }
}

//! `cvpdf ats`: the report of how a résumé parser reads a CV, from the PDF
//! itself. Fictional CVs in Russian, English, German, Ukrainian and
//! Chinese (`tests/fixtures/ats/`) are read in every built-in template and
//! every field is found with its value; hazards planted by templates of the
//! tests' own are named at their page; a PDF made by the Typst library
//! outside cvpdf is read with `--pdf`; and the reader's text is checked
//! against poppler's pdftotext.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

fn fixture(lang: &str) -> PathBuf {
    root().join(format!("tests/fixtures/ats/{lang}/cv.yaml"))
}

/// Runs `cvpdf ats` with `args` in `dir`.
fn ats(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["ats"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

/// The JSON report of a successful run.
fn report(dir: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let output = ats(dir, &all);
    assert!(output.status.success(), "cvpdf ats {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!("not JSON ({error}): {}", String::from_utf8_lossy(&output.stdout));
    })
}

fn fields(report: &Value) -> &Vec<Value> {
    report["fields"].as_array().expect("fields")
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings")
}

/// The field of that path.
fn field<'a>(report: &'a Value, path: &str) -> &'a Value {
    fields(report)
        .iter()
        .find(|field| field["field"] == path)
        .unwrap_or_else(|| panic!("no field {path} in {:#}", report["fields"]))
}

/// What the parser found for a field, as text.
fn found<'a>(report: &'a Value, path: &str) -> &'a str {
    field(report, path)["found"].as_str().unwrap_or_else(|| panic!("{path} not found: {:#}", field(report, path)))
}

/// Text as the report compares it: lower case, one space.
fn simple(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// What each fixture must yield, field by field: the found values the
/// parser must read from the PDF.
struct Wanted {
    lang: &'static str,
    name: &'static str,
    email: &'static str,
    phone: &'static str,
    link: &'static str,
    headings: &'static [(&'static str, &'static str)],
    companies: [&'static str; 3],
    positions: [&'static str; 3],
    periods: [&'static str; 3],
    skills: &'static [&'static str],
}

const WANTED: &[Wanted] = &[
    Wanted {
        lang: "ru",
        name: "Ольга Сергеевна Белозёрова",
        email: "olga.belozerova@example.ru",
        phone: "+7 (383) 555-01-23",
        link: "github.com/obelozerova",
        headings: &[
            ("about", "Обо мне"),
            ("experience", "Опыт работы"),
            ("education", "Высшее образование"),
            ("skills", "Навыки"),
            ("languages", "Знание языков"),
            ("courses", "Тесты, экзамены"),
            ("sections[0].title", "Проекты"),
        ],
        companies: ["ООО «Сибирские данные»", "АО «Северный банк»", "НИИ прикладной математики"],
        positions: ["Ведущий инженер по данным", "Инженер по данным", "Младший научный сотрудник"],
        periods: ["2021-03 – present", "2017-09 – 2021-02", "2012-09 – 2017-08"],
        skills: &["Python", "SQL", "Apache Spark", "ClickHouse", "Airflow"],
    },
    Wanted {
        lang: "en",
        name: "Marcus Delaney",
        email: "marcus.delaney@example.co.uk",
        phone: "+44 117 496 0555",
        link: "linkedin.com/in/marcus-delaney",
        headings: &[
            ("about", "About me"),
            ("experience", "Experience"),
            ("education", "Education"),
            ("skills", "Skills"),
            ("languages", "Languages"),
            ("courses", "Courses and tests"),
            ("sections[0].title", "Projects"),
        ],
        companies: ["Harbourside Logistics", "Clifton Digital", "Avon Systems"],
        positions: ["Senior Backend Engineer", "Software Engineer", "Graduate Developer"],
        periods: ["2019-05 – present", "2015-10 – 2019-04", "2013-09 – 2015-09"],
        skills: &["Java", "Kotlin", "PostgreSQL", "Kafka", "Terraform"],
    },
    Wanted {
        lang: "de",
        name: "Katharina Brenner",
        email: "k.brenner@beispiel.de",
        phone: "+49 341 1234567",
        link: "xing.com/profile/Katharina_Brenner",
        headings: &[
            ("about", "Über mich"),
            ("experience", "Berufserfahrung"),
            ("education", "Ausbildung"),
            ("skills", "Kenntnisse"),
            ("languages", "Sprachen"),
            ("courses", "Weiterbildung und Prüfungen"),
            ("sections[0].title", "Projekte"),
        ],
        companies: ["Sachsen Software GmbH", "Mitteldeutsche Energie AG", "Universität Leipzig"],
        positions: ["Projektleiterin", "Softwareentwicklerin", "Wissenschaftliche Hilfskraft"],
        periods: ["2020-01 – present", "2015-08 – 2019-12", "2012-04 – 2015-07"],
        skills: &["Java", "Spring", "Scrum", "Jira", "PostgreSQL"],
    },
    Wanted {
        lang: "uk",
        name: "Тарас Ковальчук",
        email: "taras.kovalchuk@example.com.ua",
        phone: "+380 32 123 45 67",
        link: "gitlab.com/tkovalchuk",
        headings: &[
            ("about", "Про себе"),
            ("experience", "Досвід роботи"),
            ("education", "Вища освіта"),
            ("skills", "Навички"),
            ("languages", "Знання мов"),
            ("courses", "Курси, іспити"),
            ("sections[0].title", "Проєкти"),
        ],
        companies: ["ТОВ «Львівські додатки»", "ПП «Карпати Софт»", "Львівська політехніка"],
        positions: ["Старший розробник iOS", "Розробник iOS", "Лаборант"],
        periods: ["2022-02 – present", "2017-06 – 2022-01", "2014-09 – 2017-05"],
        skills: &["Swift", "SwiftUI", "Combine", "Xcode", "Firebase"],
    },
    Wanted {
        lang: "zh",
        name: "李明华",
        email: "minghua.li@example.cn",
        phone: "+86 755 8123 4567",
        link: "github.com/liminghua",
        headings: &[
            ("about", "个人简介"),
            ("experience", "工作经历"),
            ("education", "教育背景"),
            ("skills", "专业技能"),
            ("languages", "语言能力"),
            ("courses", "培训与证书"),
            ("sections[0].title", "项目经历"),
        ],
        companies: ["深圳云帆科技有限公司", "广州星海网络有限公司", "华南理工大学"],
        positions: ["高级后端工程师", "后端工程师", "研究助理"],
        periods: ["2020-07 – present", "2016-07 – 2020-06", "2015-03 – 2016-06"],
        skills: &["Go", "Java", "MySQL", "Redis", "Kubernetes"],
    },
];

/// Checks every field of a fixture's report against what the parser must find.
fn check_fields(report: &Value, wanted: &Wanted, what: &str) {
    let score = &report["score"];
    assert_eq!(score["ok"], score["total"], "{what}: not full marks: {:#}", report["fields"]);
    let failed: Vec<&Value> = fields(report).iter().filter(|field| field["ok"] != true).collect();
    assert!(failed.is_empty(), "{what}: {failed:#?}");
    assert_eq!(report["source"]["lang"], wanted.lang, "{what}");
    assert_eq!(found(report, "person.name"), wanted.name, "{what}");
    assert_eq!(found(report, "person.contacts.email"), wanted.email, "{what}");
    assert_eq!(found(report, "person.contacts.phone"), wanted.phone, "{what}");
    assert_eq!(simple(found(report, "person.contacts.links[0]")), simple(wanted.link), "{what}");
    for (path, title) in wanted.headings {
        let heading = found(report, path);
        assert!(simple(heading).contains(&simple(title)), "{what}: {path}: {heading:?} is not the title {title:?}");
    }
    for index in 0..3 {
        let job = format!("experience[{index}]");
        assert_eq!(found(report, &format!("{job}.company")), wanted.companies[index], "{what}");
        let position = fields(report)
            .iter()
            .find(|field| {
                field["field"] == format!("{job}.title").as_str()
                    || field["field"] == format!("{job}.position").as_str()
            })
            .unwrap_or_else(|| panic!("{what}: no position of {job}"));
        assert_eq!(position["found"], wanted.positions[index], "{what}: {job}");
        assert_eq!(found(report, &format!("{job}.start")), wanted.periods[index], "{what}: {job}");
        assert_eq!(field(report, &format!("{job}.start"))["expected"], wanted.periods[index], "{what}: {job}");
    }
    for (index, skill) in wanted.skills.iter().enumerate() {
        assert_eq!(found(report, &format!("skills[{index}]")), *skill, "{what}");
    }
    // Every field the data has is looked for: name, e-mail, phone, one
    // link, seven titles, three jobs of three fields, five skills.
    assert_eq!(fields(report).len(), 4 + 7 + 9 + 5, "{what}: {:#}", report["fields"]);
}

/// Each fixture, in each built-in template: every field found with its
/// value; print and classic without warnings, the sidebar with none but
/// the mixed columns its layout makes.
#[test]
fn every_field_of_every_fixture_is_found_in_every_template() {
    let dir = tempfile::tempdir().unwrap();
    for wanted in WANTED {
        let Some(extra) = font_args(wanted.lang) else { continue };
        for template in cvpdf::builtin_templates() {
            let data = fixture(wanted.lang);
            let mut args = vec![data.to_str().unwrap(), "-t", template];
            args.extend(extra.iter().map(String::as_str));
            let report = report(dir.path(), &args);
            let what = format!("{} × {template}", wanted.lang);
            check_fields(&report, wanted, &what);
            let warnings: Vec<&Value> = findings(&report)
                .iter()
                .filter(|finding| finding["severity"] == "warning")
                .filter(|finding| !(template == "sidebar" && finding["kind"] == "reading-order"))
                .collect();
            assert!(warnings.is_empty(), "{what}: {warnings:#?}");
        }
    }
}

/// The short example of every language cvpdf speaks (`examples/i18n/`),
/// in every built-in template: full marks, read with that language's words
/// (right-to-left pages in logical order), and its free section's title is
/// one the language's parser words name.
#[test]
fn every_language_example_scores_full_marks_in_every_template() {
    let dir = tempfile::tempdir().unwrap();
    let mut codes: Vec<String> = std::fs::read_dir(root().join("examples/i18n"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    assert!(codes.len() >= 26, "{codes:?}");
    // `CVPDF_TEST_LANG=ko` runs one language while working on it.
    let only = std::env::var("CVPDF_TEST_LANG").ok();
    for code in codes {
        if only.as_ref().is_some_and(|only| only != &code) {
            continue;
        }
        let Some(fonts) = font_args(&code) else { continue };
        let data = root().join(format!("examples/i18n/{code}/cv.yaml"));
        for template in cvpdf::builtin_templates() {
            let mut args = vec![data.to_str().unwrap(), "-t", template];
            args.extend(fonts.iter().map(String::as_str));
            let report = report(dir.path(), &args);
            assert_eq!(report["source"]["lang"], code.as_str());
            assert_eq!(report["score"]["ok"], report["score"]["total"], "{code} × {template}: {:#}", report["fields"]);
            // Every job's period is read as dates of the language.
            assert_eq!(found(&report, "experience[0].start"), "2022-11 – present", "{code} × {template}");
            assert_eq!(found(&report, "experience[1].start"), "2016-09 – 2022-10", "{code} × {template}");
            let unknown = finding_of(&report, "unknown-heading");
            assert!(unknown.is_empty(), "{code} × {template}: {unknown:#?}");
        }
    }
}

/// A right-to-left page is read in the order it was written: the name, and
/// a sentence that mixes the language with Latin words, a number and an
/// e-mail address, as typed in the data (a PDF draws them left to right).
#[test]
fn right_to_left_text_reads_in_logical_order() {
    let dir = tempfile::tempdir().unwrap();
    let sentences = [
        ("ar", "ليلى حسن", "أكتب خدمات بلغة Go وقاعدة بيانات PostgreSQL منذ عام 2016، وللتواصل ar@example.org."),
        ("he", "נועה לוי", "אני כותבת שירותים ב־Go וב־PostgreSQL מאז 2016; אפשר לכתוב לי ל־he@example.org."),
        ("fa", "سارا احمدی", "از سال 2016 با Go و PostgreSQL سرویس می‌نویسم؛ نشانی من fa@example.org است."),
    ];
    for (code, name, sentence) in sentences {
        let data = root().join(format!("examples/i18n/{code}/cv.yaml"));
        let yaml = std::fs::read_to_string(&data).unwrap();
        assert!(yaml.contains(name) && yaml.contains(sentence), "{code}: the example changed");
        for template in cvpdf::builtin_templates() {
            let pdf = dir.path().join(format!("{code}-{template}.pdf"));
            std::fs::write(&pdf, render(&data, &["-t", template])).unwrap();
            let output = ats(dir.path(), &["--pdf", pdf.to_str().unwrap(), "--text"]);
            assert!(output.status.success());
            let text = String::from_utf8(output.stdout).unwrap();
            let what = format!("{code} × {template}");
            assert!(text.lines().any(|line| line.split("  ").any(|piece| piece == name)), "{what}: {text}");
            // The sidebar's column sits beside the wrapped sentence (its
            // reading-order finding); the one-column pages read it whole.
            if template != "sidebar" {
                let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(joined.contains(sentence), "{what}: {sentence:?} not in {text}");
            }
        }
    }
}

/// A report that is read twice is the same byte for byte.
#[test]
fn the_report_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let data = fixture("de");
    let args = ["ats", data.to_str().unwrap(), "-t", "sidebar", "--json"];
    let first = run_in(dir.path(), &args);
    let second = run_in(dir.path(), &args);
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
    let text = run_in(dir.path(), &args[..4]);
    assert_eq!(text.stdout, run_in(dir.path(), &args[..4]).stdout);
}

/// The terminal report: a score per group, and findings at the data's line.
#[test]
fn the_terminal_report_scores_groups_and_points_at_lines() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "lang: en\nupdated: \"2026-01-01\"\nperson:\n  name: Robin Vale\n  contacts:\n    links:\n      - {label: GitHub, url: \"https://github.com/robinvale\"}\nheadline: Engineer\nexperience:\n  - {company: Acme, position: Engineer, start: \"2020-01\", end: \"2022-01\"}\nsections:\n  - {title: Hobbies, body: []}\n";
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    let output = ats(dir.path(), &["cv.yaml"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).unwrap();
    for line in [
        "cv.yaml: how a parser reads it (template print, en words, 1 page, tagged)",
        "  contacts      1/2    missing: person.contacts.links[0]",
        "  headings      1/1",
        "  experience    3/3",
        "  score         5/6",
    ] {
        assert!(text.lines().any(|printed| printed.trim_end() == line.trim_end()), "{line:?} missing:\n{text}");
    }
    // The label-only link, at its line, with the advice to print the address.
    let link = text.lines().find(|line| line.contains("[label-only-link]")).unwrap_or_else(|| panic!("{text}"));
    assert!(link.starts_with("cv.yaml:7: warning[label-only-link]:"), "{link}");
    assert!(
        link.contains("«GitHub»") && link.contains("github.com/robinvale") && link.contains("print the address"),
        "{link}"
    );
    // The data's own rules, at their lines.
    assert!(text.contains("cv.yaml:5: warning[missing-contact]: no e-mail"), "{text}");
    assert!(text.contains("cv.yaml:12: warning[empty-part]: the part «Hobbies» has no text"), "{text}");
    assert!(text.contains("cv.yaml:10: advice[no-current-job]"), "{text}");
    assert!(text.contains("real applicant tracking systems differ"), "{text}");
}

/// Exit codes: 0 with findings, 1 with --deny-warnings and warnings, 2 on
/// bad usage; an unreadable PDF is an error naming the file.
#[test]
fn exit_codes_follow_the_findings_and_the_usage() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "lang: en\nupdated: \"2026-01-01\"\nperson: {name: Robin Vale}\nheadline: Engineer\n";
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    assert_eq!(ats(dir.path(), &["cv.yaml"]).status.code(), Some(0));
    let denied = ats(dir.path(), &["cv.yaml", "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&denied.stdout).contains("[missing-contact]"), "the report is printed first");
    assert!(String::from_utf8_lossy(&denied.stderr).contains("--deny-warnings"));
    // Advice alone passes --deny-warnings.
    let clean = fixture("en");
    assert_eq!(ats(dir.path(), &[clean.to_str().unwrap(), "-t", "classic", "--deny-warnings"]).status.code(), Some(0));
    // Bad usage.
    assert_eq!(ats(dir.path(), &["cv.yaml", "--data", "cv.yaml"]).status.code(), Some(2));
    assert_eq!(ats(dir.path(), &["cv.yaml", "--json", "--text"]).status.code(), Some(2));
    assert_eq!(ats(dir.path(), &["--pdf", "cv.yaml", "--lang", "not a language"]).status.code(), Some(2));
    // Not a PDF, and not a file at all.
    let not_pdf = ats(dir.path(), &["--pdf", "cv.yaml"]);
    assert_eq!(not_pdf.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&not_pdf.stderr).contains("cv.yaml: cannot be read as a PDF"), "{not_pdf:?}");
    let folder = ats(dir.path(), &["--pdf", "."]);
    assert_eq!(folder.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&folder.stderr).contains("not a regular file"), "{folder:?}");
}

/// A FIFO given as the PDF is refused at once, not read for ever.
#[cfg(unix)]
#[test]
fn a_fifo_given_as_the_pdf_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("cv.pdf");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(status.success());
    let output = ats(dir.path(), &["--pdf", "cv.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("cv.pdf: is a named pipe (FIFO), not a regular file"),
        "{output:?}"
    );
}

/// A CV whose template plants every hazard; the data it is rendered with.
const PLANTED_DATA: &str = "lang: en
updated: \"2026-01-01\"
person:
  name: Robin Vale
  contacts:
    email: robin.vale@example.org
    phone: \"+44 20 7946 0321\"
    links:
      - {label: GitHub, url: \"https://github.com/robinvale\"}
headline: Platform Engineer
experience:
  - {company: Acme Widgets, position: Platform Engineer, start: \"2020-01\", end: present, items: [Ran the platform]}
skills: [Kubernetes, Terraform]
";

/// A template that draws each hazard somewhere known: page 1 a label-only
/// link, white text, a word hyphenated at a line end, tiny text, a letter
/// with a combining mark the font composes from two glyphs, and a ligature
/// written as its presentation form; page 2 two columns whose lines
/// interleave, an image, and the phone only in the footer.
const PLANTED_TEMPLATE: &str = r#"#import "/.cvpdf/cv.typ": load-cv
#let cv = load-cv(() => none)
#set page(paper: "a4", margin: 2cm, footer: context if here().page() == 2 [Call #cv.person.contacts.phone])
#set text(font: "Inter", size: 10.5pt, lang: "en")
#text(size: 24pt, weight: "bold", cv.person.name_plain)

#cv.person.contacts.email

#link(cv.person.contacts.links.at(0).url)[GitHub]

#text(size: 18pt)[Experience]

*#cv.experience.jobs.at(0).company* — #cv.experience.jobs.at(0).position #h(1fr) January 2020 — present

#text(fill: white)[Invisiblekeyword Kubernetes Terraform Ansible]

#block(width: 3.2cm, text(hyphenate: true)[The incomprehensibilities of internationalization])

#text(size: 4pt)[Tinyprint terms apply]

#text(font: "DejaVu Sans")[Ciq̇ux]

#text[Oﬃce ﬁnance]

#text(size: 18pt)[Skills]

#cv.skills_plain.join(", ")

#pagebreak()
#grid(
  columns: (1fr, 1fr),
  column-gutter: 18pt,
  [Leftcolumn starts a long paragraph that wraps over several lines of the left column of this page, on and on.],
  [Rightcolumn holds another paragraph that wraps over several lines of the right column beside it, on and on.],
)

#image("banner.png", width: 12cm)
"#;

/// A grey banner image, for text-in-image.
fn banner(path: &Path) {
    let image = image::RgbImage::from_pixel(400, 100, image::Rgb([200, 200, 200]));
    image.save(path).unwrap();
}

fn finding_of<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    findings(report).iter().filter(|finding| finding["kind"] == kind).collect()
}

/// Asserts a finding of `kind` on `page` whose message holds `text`.
fn assert_named(report: &Value, kind: &str, page: u64, text: &str) {
    let all = finding_of(report, kind);
    assert!(
        all.iter().any(|finding| finding["page"] == page && finding["message"].as_str().unwrap().contains(text)),
        "no {kind} on page {page} naming {text:?}: {:#}",
        report["findings"]
    );
}

#[test]
fn planted_hazards_are_named_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("planted");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("main.typ"), PLANTED_TEMPLATE).unwrap();
    banner(&template.join("banner.png"));
    std::fs::write(dir.path().join("cv.yaml"), PLANTED_DATA).unwrap();
    let report = report(dir.path(), &["cv.yaml", "-t", "planted"]);
    assert_eq!(report["source"]["pages"], 2);
    assert_named(&report, "hidden-text", 1, "Invisiblekeyword");
    assert_named(&report, "hidden-text", 1, "colour of its background");
    assert_named(&report, "label-only-link", 1, "«GitHub»");
    assert_named(&report, "label-only-link", 1, "github.com/robinvale");
    assert_named(&report, "hyphenated-word", 1, "-» «");
    assert_named(&report, "small-text", 1, "Tinyprint");
    assert_named(&report, "unmapped-glyph", 1, "DejaVuSans");
    assert_named(&report, "ligature", 1, "ﬃ");
    assert_named(&report, "reading-order", 2, "Rightcolumn");
    assert_named(&report, "text-in-image", 2, "image");
    // The phone is only in the footer: not found as a field, and named.
    let phone = field(&report, "person.contacts.phone");
    assert_eq!(phone["ok"], false);
    assert!(phone["found"].as_str().unwrap().contains("only in a page header or footer"), "{phone}");
    let footer = finding_of(&report, "header-footer");
    assert!(
        footer.iter().any(|finding| finding["field"] == "person.contacts.phone" && finding["line"] == 7),
        "{footer:#?}"
    );
    // The link is not found as an address; the rest of the data is.
    assert_eq!(field(&report, "person.contacts.links[0]")["ok"], false);
    assert!(found(&report, "person.contacts.links[0]").contains("only behind the label «GitHub»"));
    assert_eq!(found(&report, "person.name"), "Robin Vale");
    assert_eq!(found(&report, "experience[0].start"), "2020-01 – present");
    // Each planted hazard is a warning: --deny-warnings fails.
    let denied = ats(dir.path(), &["cv.yaml", "-t", "planted", "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

/// The same CV through the built-in print template has none of them: the
/// findings come from the planted template, not from the reader.
#[test]
fn the_planted_data_reads_cleanly_in_a_builtin() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = PLANTED_DATA.replace("{label: GitHub, url:", "{label: github.com/robinvale, url:");
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    let report = report(dir.path(), &["cv.yaml", "-t", "classic"]);
    assert_eq!(report["score"]["ok"], report["score"]["total"], "{:#}", report["fields"]);
    let warnings: Vec<&Value> = findings(&report).iter().filter(|finding| finding["severity"] == "warning").collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

/// A PDF whose font lost its Unicode map, as some producers write them:
/// every glyph of that font is unmapped, and the name set in it is lost.
#[test]
fn a_font_without_a_unicode_map_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let data = fixture("en");
    let pdf = render(&data, &["-t", "classic"]);
    let mut document = lopdf::Document::load_mem(&pdf).unwrap();
    let mut stripped = Vec::new();
    for (id, object) in document.objects.clone() {
        let Ok(dict) = object.as_dict() else { continue };
        let base = dict.get(b"BaseFont").and_then(|name| name.as_name()).unwrap_or(b"");
        // The bold face sets the name and the titles.
        if dict.has(b"ToUnicode") && String::from_utf8_lossy(base).contains("Bold") {
            document.get_object_mut(id).unwrap().as_dict_mut().unwrap().remove(b"ToUnicode");
            stripped.push(String::from_utf8_lossy(base).into_owned());
        }
    }
    assert!(!stripped.is_empty());
    let path = dir.path().join("stripped.pdf");
    document.save(&path).unwrap();
    let report = report(dir.path(), &["--pdf", "stripped.pdf", "--data", data.to_str().unwrap()]);
    assert_named(&report, "unmapped-glyph", 1, stripped[0].split('+').next_back().unwrap());
    assert_eq!(field(&report, "person.name")["ok"], false);
    // The regular face still reads: the e-mail is found.
    assert_eq!(found(&report, "person.contacts.email"), "marcus.delaney@example.co.uk");
}

/// Fonts for a Typst world of the test's own: the bundled files.
fn bundled_fonts() -> Vec<typst::text::Font> {
    let mut fonts = Vec::new();
    for folder in ["fonts/inter", "fonts/dejavu"] {
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(root().join(folder)).unwrap().map(|entry| entry.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|file| file.extension().is_some_and(|ext| ext == "otf" || ext == "ttf")) {
            let bytes = typst::foundations::Bytes::new(std::fs::read(file).unwrap());
            fonts.extend(typst::text::Font::iter(bytes));
        }
    }
    fonts
}

/// A Typst World holding one source and the bundled fonts: Typst as a
/// library, with nothing of cvpdf.
struct PlainWorld {
    library: typst::utils::LazyHash<typst::Library>,
    book: typst::utils::LazyHash<typst::text::FontBook>,
    fonts: Vec<typst::text::Font>,
    source: typst::syntax::Source,
}

impl typst::World for PlainWorld {
    fn library(&self) -> &typst::utils::LazyHash<typst::Library> {
        &self.library
    }
    fn book(&self) -> &typst::utils::LazyHash<typst::text::FontBook> {
        &self.book
    }
    fn main(&self) -> typst::syntax::FileId {
        self.source.id()
    }
    fn source(&self, id: typst::syntax::FileId) -> typst::diag::FileResult<typst::syntax::Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(typst::diag::FileError::NotFound(PathBuf::from("missing")))
        }
    }
    fn file(&self, _: typst::syntax::FileId) -> typst::diag::FileResult<typst::foundations::Bytes> {
        Err(typst::diag::FileError::NotFound(PathBuf::from("missing")))
    }
    fn font(&self, index: usize) -> Option<typst::text::Font> {
        self.fonts.get(index).cloned()
    }
    fn today(&self, _: Option<typst::foundations::Duration>) -> Option<typst::foundations::Datetime> {
        typst::foundations::Datetime::from_ymd(2026, 1, 1)
    }
}

/// A German CV written directly in Typst markup, two pages with a running
/// footer, exported untagged: the kind of PDF another tool makes.
const OUTSIDE: &str = r#"#set page(paper: "a4", margin: 2cm, footer: context [Maria Keller · Lebenslauf #h(1fr) #counter(page).display()])
#set text(font: "DejaVu Sans", size: 10pt, lang: "de")
#text(size: 22pt, weight: "bold")[Maria Keller]

maria.keller\@example.de · +49 30 9876543 · github.com/mkeller

#text(size: 14pt, weight: "bold")[Berufserfahrung]

*Teamleiterin* — Nordlicht Software GmbH #h(1fr) März 2019 – heute
- Aufbau eines Teams von acht Personen
- Einführung von Code-Reviews

*Entwicklerin* — Elbe Data AG #h(1fr) Januar 2014 – Februar 2019
- Schnittstellen für Logistikkunden

#pagebreak()
#text(size: 14pt, weight: "bold")[Ausbildung]

Technische Universität Dresden, Informatik #h(1fr) 2008 – 2013

#text(size: 14pt, weight: "bold")[Kenntnisse]

Go, Rust, PostgreSQL
"#;

const OUTSIDE_DATA: &str = "lang: de
updated: \"2026-01-01\"
person:
  name: Maria Keller
  contacts:
    email: maria.keller@example.de
    phone: \"+49 30 9876543\"
    links: [{label: github.com/mkeller, url: \"https://github.com/mkeller\"}]
headline: Teamleiterin
experience:
  - {company: Nordlicht Software GmbH, title: Teamleiterin, start: \"2019-03\", end: present, items: [Aufbau eines Teams]}
  - {company: Elbe Data AG, title: Entwicklerin, start: \"2014-01\", end: \"2019-02\", items: [Schnittstellen]}
education:
  - {institution: Technische Universität Dresden, start: 2008, end: 2013}
skills: [Go, Rust, PostgreSQL]
";

fn outside_pdf() -> Vec<u8> {
    use typst::LibraryExt;
    let fonts = bundled_fonts();
    let world = PlainWorld {
        library: typst::utils::LazyHash::new(typst::Library::builder().build()),
        book: typst::utils::LazyHash::new(typst::text::FontBook::from_fonts(&fonts)),
        fonts,
        source: typst::syntax::Source::detached(OUTSIDE),
    };
    let document: typst_layout::PagedDocument = typst::compile(&world).output.expect("the plain CV compiles");
    let options = typst_pdf::PdfOptions { tagged: false, ..Default::default() };
    typst_pdf::pdf(&document, &options).expect("the plain CV exports")
}

#[test]
fn a_pdf_made_outside_cvpdf_is_read_with_and_without_data() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("outside.pdf"), outside_pdf()).unwrap();
    // Without data: what a parser finds by itself, in the language it guesses.
    let alone = report(dir.path(), &["--pdf", "outside.pdf"]);
    assert_eq!(alone["source"]["lang"], "de");
    assert_eq!(alone["source"]["tagged"], false);
    assert_eq!(alone["source"]["pages"], 2);
    assert_eq!(found(&alone, "name"), "Maria Keller");
    assert_eq!(found(&alone, "email"), "maria.keller@example.de");
    assert_eq!(found(&alone, "phone"), "+49 30 9876543");
    assert_eq!(found(&alone, "headings.experience"), "Berufserfahrung");
    assert_eq!(found(&alone, "headings.education"), "Ausbildung");
    assert_eq!(found(&alone, "headings.skills"), "Kenntnisse");
    assert_eq!(found(&alone, "experience.periods"), "2019-03 – present, 2014-01 – 2019-02, 2008 – 2013");
    // The running footer is told from the body without tags.
    assert!(finding_of(&alone, "header-footer").is_empty(), "{:#}", alone["findings"]);
    // With data: every field.
    std::fs::write(dir.path().join("cv.yaml"), OUTSIDE_DATA).unwrap();
    let compared = report(dir.path(), &["--pdf", "outside.pdf", "--data", "cv.yaml"]);
    assert_eq!(compared["score"]["ok"], compared["score"]["total"], "{:#}", compared["fields"]);
    assert_eq!(found(&compared, "experience[1].company"), "Elbe Data AG");
    assert_eq!(found(&compared, "experience[1].start"), "2014-01 – 2019-02");
    assert_eq!(found(&compared, "education"), "Ausbildung");
    // DATA works in place of --data.
    let positional = report(dir.path(), &["cv.yaml", "--pdf", "outside.pdf"]);
    assert_eq!(positional["fields"], compared["fields"]);
}

/// The reader's text against poppler's: the same words, and for the
/// one-column templates the same lines.
#[test]
fn the_reader_reads_what_pdftotext_reads() {
    let dir = tempfile::tempdir().unwrap();
    let probe = std::process::Command::new("pdftotext").arg("-v").output();
    if probe.is_err() {
        assert!(std::env::var_os("CI").is_none(), "CI must install poppler-utils for pdftotext");
        eprintln!("SKIPPED: no pdftotext; `apt-get install poppler-utils` (as .ci/run does)");
        return;
    }
    let words = |text: &str| -> Vec<String> {
        let mut words: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_owned).collect();
        words.sort();
        words
    };
    let lines = |text: &str| -> Vec<String> {
        text.replace('\u{c}', "\n").lines().map(simple).filter(|line| !line.is_empty()).collect()
    };
    for lang in ["ru", "en", "de", "uk"] {
        for template in cvpdf::builtin_templates() {
            let pdf_path = dir.path().join(format!("{lang}-{template}.pdf"));
            std::fs::write(&pdf_path, render(&fixture(lang), &["-t", template])).unwrap();
            let ours = ats(dir.path(), &["--pdf", pdf_path.to_str().unwrap(), "--text"]);
            assert!(ours.status.success());
            let ours = String::from_utf8(ours.stdout).unwrap();
            let poppler =
                std::process::Command::new("pdftotext").arg("-layout").arg(&pdf_path).arg("-").output().unwrap();
            let poppler = String::from_utf8(poppler.stdout).unwrap();
            let what = format!("{lang} × {template}");
            assert_eq!(words(&ours), words(&poppler), "{what}: the words differ");
            if template != "sidebar" {
                let (ours, poppler) = (lines(&ours), lines(&poppler));
                let same = ours.iter().zip(&poppler).filter(|(a, b)| a == b).count();
                assert!(
                    ours.len() == poppler.len() && same * 100 >= ours.len() * 95,
                    "{what}: {same} of {} lines as pdftotext reads them:\n{ours:#?}\n{poppler:#?}",
                    ours.len()
                );
            }
        }
    }
}

/// A hostile PDF: a content stream that inflates to far more than any CV,
/// a form that draws itself and a Unicode map with a range over every
/// four-byte code are read within limits, in moments.
#[test]
fn a_hostile_pdf_is_read_within_limits() {
    use lopdf::{Dictionary, Object, Stream, dictionary};
    let dir = tempfile::tempdir().unwrap();
    let mut document = lopdf::Document::with_version("1.7");
    let pages_id = document.new_object_id();
    let font_map = Stream::new(
        Dictionary::new(),
        b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange 1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange".to_vec(),
    );
    let map_id = document.add_object(font_map);
    let font_id = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "ToUnicode" => map_id,
    });
    let form_id = document.new_object_id();
    let form = Stream::new(
        dictionary! {"Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 10.into(), 10.into()],
        "Resources" => dictionary! {"XObject" => dictionary! {"X" => form_id}}},
        b"/X Do".to_vec(),
    );
    document.objects.insert(form_id, Object::Stream(form));
    // 64 MiB of text operators, compressed to a few hundred kilobytes.
    let mut content = b"/X Do BT /F 12 Tf 100 700 Td ".to_vec();
    content.extend(b"(AB) Tj ".repeat(8 << 20));
    content.extend(b"ET");
    let mut stream = Stream::new(Dictionary::new(), content);
    stream.compress().unwrap();
    let content_id = document.add_object(stream);
    let page_id = document.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! {"Font" => dictionary! {"F" => font_id}, "XObject" => dictionary! {"X" => form_id}},
    });
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {"Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1}),
    );
    let catalog = document.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
    document.trailer.set("Root", catalog);
    let path = dir.path().join("hostile.pdf");
    document.save(&path).unwrap();
    let started = std::time::Instant::now();
    let output = ats(dir.path(), &["--pdf", "hostile.pdf", "--json"]);
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "took {:?}", started.elapsed());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        finding_of(&report, "no-text")
            .iter()
            .any(|finding| finding["message"].as_str().unwrap().contains("only the first part was read")),
        "{:#}",
        report["findings"]
    );
}

//! Languages: every supported language's words on the page, a CV in two
//! languages from one file, fallbacks with warnings at the data's line,
//! undeclared languages as errors, and `labels:` in place of any word.

use std::path::{Path, PathBuf};

use crate::common::*;

const LANGUAGES: &[&str] = &["ru", "uk", "be", "kk", "sr", "pl", "de", "fr", "es", "en", "zh"];

/// What each language's short example (`examples/i18n/<code>/cv.yaml`, all
/// with the same dates) must show: the age line (with the month in the case
/// a full date takes), the start of the current job (the month as it
/// stands alone), the word for an open end, the jobs' durations, the
/// experience label and the total.
const EXPECTED: &[(&str, &[&str])] = &[
    (
        "ru",
        &[
            "Женщина, 34 года, родилась 1 марта 1991",
            "Ноябрь 2022 —",
            "по настоящее время",
            "3 года 4 месяца",
            "6 лет 2 месяца",
            "Опыт работы",
            "9 лет 6 месяцев",
            "Сентябрь 2016",
            "октябрь 2022",
        ],
    ),
    (
        "uk",
        &[
            "Жінка, 34 роки, народилася 1 березня 1991",
            "Листопад 2022 —",
            "дотепер",
            "3 роки 4 місяці",
            "6 років 2 місяці",
            "Досвід роботи",
            "9 років 6 місяців",
            "Вересень 2016",
            "жовтень 2022",
        ],
    ),
    (
        "be",
        &[
            "Мужчына, 34 гады, нарадзіўся 1 сакавіка 1991",
            "Лістапад 2022 —",
            "па цяперашні час",
            "3 гады 4 месяцы",
            "6 гадоў 2 месяцы",
            "Досвед работы",
            "9 гадоў 6 месяцаў",
            "Верасень 2016",
            "кастрычнік 2022",
        ],
    ),
    (
        "kk",
        &[
            "Әйел, 34 жас, 1991 жылғы 1 наурызда туған",
            "2022 жылғы қараша —",
            "қазіргі уақытқа дейін",
            "3 жыл 4 ай",
            "6 жыл 2 ай",
            "Жұмыс тәжірибесі",
            "9 жыл 6 ай",
            "2016 жылғы қыркүйек",
            "2022 жылғы қазан",
        ],
    ),
    (
        "sr",
        &[
            "Мушкарац, 34 године, рођен 1. марта 1991.",
            "Новембар 2022. —",
            "данас",
            "3 године 4 месеца",
            "6 година 2 месеца",
            "Радно искуство",
            "9 година 6 месеци",
            "Септембар 2016.",
            "октобар 2022.",
        ],
    ),
    (
        "pl",
        &[
            "Kobieta, 34 lata, urodzona 1 marca 1991",
            "Listopad 2022 —",
            "obecnie",
            "3 lata 4 miesiące",
            "6 lat 2 miesiące",
            "Doświadczenie zawodowe",
            "9 lat 6 miesięcy",
            "Wrzesień 2016",
            "październik 2022",
        ],
    ),
    (
        "de",
        &[
            "Männlich, 34 Jahre, geboren am 1. März 1991",
            "November 2022 —",
            "heute",
            "3 Jahre 4 Monate",
            "6 Jahre 2 Monate",
            "Berufserfahrung",
            "9 Jahre 6 Monate",
            "September 2016",
            "Oktober 2022",
        ],
    ),
    (
        "fr",
        &[
            "Femme, 34 ans, née le 1er mars 1991",
            "Novembre 2022 —",
            "aujourd’hui",
            "3 ans 4 mois",
            "6 ans 2 mois",
            "Expérience professionnelle",
            "9 ans 6 mois",
            "Septembre 2016",
            "octobre 2022",
        ],
    ),
    (
        "es",
        &[
            "Hombre, 34 años, nacido el 1 de marzo de 1991",
            "Noviembre de 2022 —",
            "actualidad",
            "3 años 4 meses",
            "6 años 2 meses",
            "Experiencia laboral",
            "9 años 6 meses",
            "Septiembre de 2016",
            "octubre de 2022",
        ],
    ),
    (
        "en",
        &[
            "34 years old, born 1 March 1991",
            "November 2022 —",
            "present",
            "3 years 4 months",
            "6 years 2 months",
            "Experience",
            "9 years 6 months",
            "September 2016",
            "October 2022",
        ],
    ),
    (
        "zh",
        &[
            "女，34岁，1991年3月1日出生",
            "2022年11月 —",
            "至今",
            "3年4个月",
            "6年2个月",
            "工作经历",
            "9年6个月",
            "2016年9月",
            "2022年10月",
        ],
    ),
];

fn example(code: &str) -> PathBuf {
    root().join(format!("examples/i18n/{code}/cv.yaml"))
}

fn bilingual() -> PathBuf {
    root().join("examples/bilingual/cv.yaml")
}

/// What a template receives for `data` in `lang`.
fn contract(data: &Path, text: Option<String>, lang: Option<&str>) -> serde_json::Value {
    cvpdf::prepare(&cvpdf::RenderOptions {
        photo: cvpdf::PhotoChoice::None,
        data_text: text,
        lang: lang.map(str::to_owned),
        ..cvpdf::RenderOptions::new(data.to_owned(), "print")
    })
    .unwrap_or_else(|error| panic!("{}: {error}", data.display()))
    .contract_json()
}

/// Writes `yaml` as `cv.yaml` in a fresh folder and runs `args` there.
fn run_on(yaml: &str, args: &[&str]) -> (std::process::Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    let output = run_in(dir.path(), args);
    (output, dir)
}

#[test]
fn every_language_example_speaks_its_language_in_every_template() {
    assert_eq!(EXPECTED.len(), LANGUAGES.len());
    for (code, phrases) in EXPECTED {
        let Some(fonts) = font_args(code) else { continue };
        for template in ["print", "classic", "sidebar"] {
            let mut args = vec!["--template", template];
            args.extend(fonts.iter().map(String::as_str));
            let text = squeeze(&pdf_text(&render(&example(code), &args)));
            for phrase in *phrases {
                assert!(text.contains(&squeeze(phrase)), "{code}/{template}: {phrase:?} missing");
            }
        }
        let json = contract(&example(code), None, None);
        let language = code.split('-').next().unwrap();
        assert_eq!(json["lang"], language, "the language Typst sets for hyphenation, quotes and the PDF");
    }
}

/// Each language's durations of 1 to 200 whole years, read through the
/// data, group by CLDR's category: numbers of one category share a word,
/// whatever the language.
#[test]
fn durations_follow_cldr_categories_through_the_data_in_every_language() {
    use icu_plurals::{PluralCategory, PluralRules};
    for code in LANGUAGES {
        let mut yaml =
            format!("lang: {code}\nupdated: \"2025-12-31\"\nperson: {{name: X}}\nheadline: X\nexperience:\n");
        for years in 1..=200 {
            yaml.push_str(&format!("  - {{company: C, start: \"{}-01\", end: \"2025-12\"}}\n", 2026 - years));
        }
        let json = contract(Path::new("cv.yaml"), Some(yaml), None);
        let identifier: icu_locale_core::LanguageIdentifier = code.parse().unwrap();
        let rules = PluralRules::try_new_cardinal((&identifier).into()).unwrap();
        let mut words: Vec<(PluralCategory, String)> = Vec::new();
        for (index, job) in json["experience"]["jobs"].as_array().unwrap().iter().enumerate() {
            let years = index as u64 + 1;
            let duration = job["period"]["duration"].as_str().unwrap();
            // «2 года», «2 years», «2年»: the number, then the word.
            let word = duration
                .strip_prefix(&years.to_string())
                .filter(|word| !word.starts_with(|c: char| c.is_ascii_digit()))
                .map(str::trim_start)
                .unwrap_or_else(|| panic!("{code}: {duration:?}"));
            let category = rules.category_for(years);
            match words.iter().find(|(known, _)| *known == category) {
                Some((_, seen)) => assert_eq!(word, seen, "{code}: {years} is {category:?} like another number"),
                None => words.push((category, word.to_owned())),
            }
        }
        // As many words as the language has categories for these numbers
        // (Chinese has one).
        let mut categories = Vec::new();
        for category in (1..=200u64).map(|n| rules.category_for(n)) {
            if !categories.contains(&category) {
                categories.push(category);
            }
        }
        assert_eq!(words.len(), categories.len(), "{code}: {words:?}");
    }
}

/// The owner's case: one file, a Russian and an English PDF, each with all
/// of its own texts and none of the other language's labels or texts.
#[test]
fn the_bilingual_example_gives_a_russian_and_an_english_pdf() {
    let data = bilingual();
    assert_eq!(languages_of(&data), ["ru", "en"]);
    let labels = |lang: &str| -> Vec<String> {
        let json = contract(&data, None, Some(lang));
        json["labels"].as_object().unwrap().values().map(|label| label.as_str().unwrap().to_owned()).collect()
    };
    let (russian_labels, english_labels) = (labels("ru"), labels("en"));
    let (russian_texts, english_texts) = (data_texts_in(&data, Some("ru")), data_texts_in(&data, Some("en")));
    for template in ["print", "classic", "sidebar"] {
        for (lang, own_texts, other_labels, other_texts) in [
            ("ru", &russian_texts, &english_labels, &english_texts),
            ("en", &english_texts, &russian_labels, &russian_texts),
        ] {
            let pdf = render(&data, &["--template", template, "--lang", lang]);
            let what = format!("{template} × {lang}");
            assert_all_printed(own_texts, &pdf, &what, &running_lines_in(&data, Some(lang)));
            let text = squeeze(&pdf_text(&pdf));
            for label in other_labels.iter().filter(|label| !own_texts.contains(label)) {
                assert!(!text.contains(&squeeze(label)), "{what}: the other language's label {label:?} is printed");
            }
            // A text of the other language that is part of a shared one
            // («Developer» of «Certified … Developer») proves nothing.
            let shared = |other: &String| own_texts.iter().any(|own| squeeze(own).contains(&squeeze(other)));
            for other in other_texts.iter().filter(|other| !shared(other)) {
                assert!(!text.contains(&squeeze(other)), "{what}: the other language's text {other:?} is printed");
            }
        }
    }
    let russian = squeeze(&pdf_text(&render(&data, &[])));
    assert!(russian.contains(&squeeze("Женщина, 35 лет, родилась 12 апреля 1990")), "the default is Russian");
    let english = squeeze(&pdf_text(&render(&data, &["--lang", "en"])));
    assert!(english.contains(&squeeze("Female, 35 years old, born 12 April 1990")));
}

#[test]
fn check_checks_every_language_and_warns_of_fallbacks_at_their_line() {
    let yaml = "langs: [ru, en]\nupdated: \"2026-01-01\"\nperson:\n  name: {ru: Иван, en: Ivan}\nheadline:\n  ru: Архитектор\nskills: [Go]\n";
    let (check, _dir) = run_on(yaml, &["check", "cv.yaml", "--no-photo"]);
    assert!(check.status.success(), "{check:?}");
    assert!(
        String::from_utf8_lossy(&check.stdout)
            .contains("cv.yaml: ok (0 jobs, 0 sections, 0 variants, template print, languages ru, en, 1 warning)")
    );
    let stderr = String::from_utf8(check.stderr).unwrap();
    assert_eq!(stderr.matches("warning:").count(), 1, "{stderr}");
    assert!(
        stderr.contains(
            "warning: cv.yaml:5:1: headline: no `en` text; the `ru` text is used instead\n  |\n5 | headline:"
        ),
        "{stderr}"
    );

    // Rendering English warns the same way and prints the Russian text.
    let (render, dir) = run_on(yaml, &["render", "cv.yaml", "--lang", "en", "-o", "cv.pdf", "-q"]);
    assert!(render.status.success(), "{render:?}");
    assert!(String::from_utf8_lossy(&render.stderr).contains("cv.yaml:5:1: headline: no `en` text"));
    let text = squeeze(&pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap()));
    assert!(text.contains("Ivan") && text.contains("Архитектор"), "{text}");
    // The default language never falls back.
    let (russian, _dir) = run_on(yaml, &["render", "cv.yaml", "-o", "cv.pdf", "-q"]);
    assert!(russian.status.success() && russian.stderr.is_empty(), "{russian:?}");
    // `check --lang en` checks English only.
    let (english, _dir) = run_on(yaml, &["check", "cv.yaml", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&english.stdout).contains("language en, 1 warning)"), "{english:?}");
}

/// Mistakes with languages stop the render at the data's line and leave
/// the previous PDF as it was.
#[test]
fn language_mistakes_are_errors_at_their_line() {
    let head = "langs: [ru, en]\nupdated: \"2026-01-01\"\nperson: {name: Иван}\n";
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "a language the file does not declare",
            "headline: {ru: Архитектор, de: Architekt}\n",
            &[],
            &[
                "cv.yaml:4:28: headline.de: `de` is not one of this CV's languages (ru, en)",
                "= hint: add it to `langs:`",
            ],
        ),
        (
            "a text without the default language",
            "headline: {en: Architect}\n",
            &["--lang", "en"],
            &["cv.yaml:4:11: headline: no `ru` text; `ru` is this CV's default language"],
        ),
        (
            "--lang names an undeclared language",
            "headline: x\n",
            &["--lang", "de"],
            &["cv.yaml:1:1: langs: --lang de: this CV is written in `ru`, `en`"],
        ),
        (
            "a code that is no language",
            "headline: x\nabout: {ru: [a], english: [b]}\n",
            &[],
            &["about.english", "is not a language"],
        ),
        ("a language listed twice", "headline: x\n", &[], &[]),
    ];
    for (name, tail, args, expected) in cases {
        let yaml = if *name == "a language listed twice" {
            "langs: [ru, en, ru]\nupdated: \"2026-01-01\"\nperson: {name: Иван}\nheadline: x\n".to_owned()
        } else {
            format!("{head}{tail}")
        };
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("cv.yaml"), &yaml).unwrap();
        std::fs::write(dir.path().join("cv.pdf"), b"the previous PDF").unwrap();
        let mut command = vec!["render", "cv.yaml", "-o", "cv.pdf"];
        command.extend_from_slice(args);
        let output = run_in(dir.path(), &command);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        let expected: Vec<&str> =
            if expected.is_empty() { vec!["cv.yaml:1:17: langs[2]: `ru` is listed twice"] } else { expected.to_vec() };
        for part in expected {
            assert!(stderr.contains(part), "{name}: {part:?} not in {stderr}");
        }
        assert_eq!(std::fs::read(dir.path().join("cv.pdf")).unwrap(), b"the previous PDF", "{name}");
    }

    // A CV in one language names it in the hint.
    let (single, _dir) = run_on(
        "lang: uk\nupdated: \"2026-01-01\"\nperson: {name: Іван}\nheadline: {uk: Архітектор, en: Architect}\n",
        &["check", "cv.yaml"],
    );
    let stderr = String::from_utf8_lossy(&single.stderr);
    assert!(
        stderr.contains("cv.yaml:4:28: headline.en: `en` is not the language of this CV, which is `uk`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: a CV in several languages lists them at the top, the default first: `langs: [uk, en]`"),
        "{stderr}"
    );
    let (both, _dir) = run_on(
        "lang: ru\nlangs: [ru, en]\nupdated: \"2026-01-01\"\nperson: {name: И}\nheadline: x\n",
        &["check", "cv.yaml"],
    );
    assert!(String::from_utf8_lossy(&both.stderr).contains("cv.yaml:2:1: langs: give either `lang:`"), "{both:?}");
}

#[test]
fn labels_replace_words_in_any_language() {
    let yaml = "\
lang: de
updated: \"2026-01-01\"
person: {name: Jonas}
headline: Entwickler
experience: [{company: Beispiel GmbH, start: \"2024-01\", end: present}]
labels:
  experience: Werdegang
  present: bis heute
";
    let (output, dir) = run_on(yaml, &["render", "cv.yaml", "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{output:?}");
    let text = squeeze(&pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap()));
    for phrase in ["Werdegang 2 Jahre 1 Monat", "Januar 2024 — bis heute"] {
        assert!(text.contains(&squeeze(phrase)), "{phrase:?} missing: {text}");
    }
    assert!(!text.contains("Berufserfahrung"), "{text}");

    // In a CV of several languages, a label may differ by language too.
    let yaml = "\
langs: [ru, en]
updated: \"2026-01-01\"
person: {name: Иван}
headline: x
skills: [Go]
labels:
  skills: {ru: Умения, en: Toolbox}
";
    for (lang, want, unwanted) in [("ru", "Умения", "Навыки"), ("en", "Toolbox", "Skills")] {
        let json = contract(Path::new("cv.yaml"), Some(yaml.to_owned()), Some(lang));
        assert_eq!(json["labels"]["skills"], want);
        assert_ne!(json["labels"]["skills"], unwanted);
    }

    // A misspelt label or broken words are errors at their line.
    let broken = "lang: en\nupdated: \"2026-01-01\"\nperson: {name: A}\nheadline: x\nlabels:\n  experince: Career\n";
    let (output, _dir) = run_on(broken, &["check", "cv.yaml"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("cv.yaml:6:3: labels.experince: unknown label `experince`"), "{stderr}");
    assert!(stderr.contains("= hint: did you mean `experience`?"), "{stderr}");
    let broken =
        "lang: en\nupdated: \"2026-01-01\"\nperson: {name: A}\nheadline: x\nlabels:\n  years: \"{ $count } years\"\n";
    let (output, _dir) = run_on(broken, &["check", "cv.yaml"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cv.yaml:6:3: labels.years: the words of `years` do not format: Unknown variable: $count"),
        "{stderr}"
    );
}

/// Italian has no language file: `labels:` gives its words, CLDR's plural
/// rules still pick the forms, and what `labels:` leaves out is English,
/// with a warning that names it.
#[test]
fn a_language_without_a_file_gets_its_words_from_labels() {
    let yaml = r#"lang: it
updated: "2026-02-08"
person: {name: Giulia Rossi, birth_date: "1990-05-17", gender: female}
headline: Sviluppatrice
experience:
  - {company: Esempio Srl, start: "2023-11", end: present}
labels:
  experience: Esperienza
  present: oggi
  years: |
    { PLURAL($n) ->
        [one] { $n } anno
       *[other] { $n } anni
    }
  months: |
    { PLURAL($n) ->
        [one] { $n } mese
       *[other] { $n } mesi
    }
  month: |
    { $month ->
        [11] novembre
       *[other] mese { $month }
    }
  age_line: |
    { $gender ->
        [female] Donna, { $age } anni
       *[other] { $age } anni
    }
"#;
    let (output, dir) = run_on(yaml, &["render", "cv.yaml", "-o", "cv.pdf"]);
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "warning: cv.yaml:1:1: lang: cvpdf has no language file for `it`, so these words are English: resume,"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("experience,") && !stderr.contains(" years,"), "given words are not listed: {stderr}");
    let text = squeeze(&pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap()));
    for phrase in ["Donna, 35 anni", "Novembre 2023 —", "oggi", "2 anni 4 mesi", "Esperienza 2 anni 4 mesi"] {
        assert!(text.contains(&squeeze(phrase)), "{phrase:?} missing: {text}");
    }
}

/// A file of 30 000 texts without English: `check` answers at once, with
/// ten warnings and a count of the rest instead of 30 000 warnings.
#[test]
fn many_fallbacks_are_counted_not_listed_and_stay_quick() {
    let mut yaml = String::from("langs: [ru, en]\nupdated: \"2026-01-01\"\nperson: {name: A}\nheadline: x\nskills:\n");
    for index in 0..30_000 {
        yaml.push_str(&format!("  - {{ru: навык{index}}}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.yaml"), yaml).unwrap();
    let mut child = cvpdf()
        .current_dir(dir.path())
        .args(["check", "cv.yaml", "--lang", "en"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    // Far above the half second it takes: only a hang fails here.
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("check did not finish in 60 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.matches("text; the `ru` text is used instead").count(), 10, "{stderr}");
    assert!(stderr.contains("warning: cv.yaml: 29990 more texts have no `en` text and use the `ru` one"), "{stderr}");
    assert!(stderr.contains("warning: cv.yaml:6:6: skills[0]: no `en` text"), "{stderr}");
}

/// A bilingual CV with a tagged job, an item per language and a variant
/// whose headline is given per language.
const BILINGUAL_WITH_VARIANT: &str = "langs: [ru, en]
updated: \"2026-01-01\"
person:
  name: {ru: Иван, en: Ivan}
headline:
  ru: Архитектор
skills: [Go]
experience:
  - company: {ru: Ромашка, en: Daisy}
    start: \"2020-01\"
    end: present
    tags: [old]
  - company: Acme
    start: \"2021-01\"
    end: present
    items: [{ru: Пункт, en: An item}, {text: {ru: Помеченный, en: Tagged}, tags: [go]}]
variants:
  short:
    exclude: [old]
    headline: {ru: Лид, en: Lead}
";

fn data_json(args: &[&str]) -> (serde_json::Value, String) {
    let mut all = vec!["data", "cv.yaml"];
    all.extend(args);
    let (output, _dir) = run_on(BILINGUAL_WITH_VARIANT, &all);
    assert!(output.status.success(), "{output:?}");
    (serde_json::from_slice(&output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap())
}

#[test]
fn a_variant_of_a_bilingual_cv_renders_in_english() {
    let (english, _) = data_json(&["--variant", "short", "--lang", "en"]);
    assert_eq!(english["headline_plain"], "Lead");
    let json = english["experience"]["jobs"].to_string();
    assert!(!json.contains("Daisy") && !json.contains("Ромашка"), "the tagged job is left out: {json}");
    assert!(json.contains("An item") && json.contains("Tagged") && !json.contains("Пункт"), "{json}");
    let (russian, _) = data_json(&["--variant", "short"]);
    assert_eq!(russian["headline_plain"], "Лид");
    assert!(russian["experience"]["jobs"].to_string().contains("Помеченный"));
    // The PDF of the English variant speaks English.
    let (output, dir) = run_on(
        BILINGUAL_WITH_VARIANT,
        &["render", "cv.yaml", "--variant", "short", "--lang", "en", "-o", "cv.pdf", "-q"],
    );
    assert!(output.status.success(), "{output:?}");
    let text = squeeze(&pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap()));
    assert!(text.contains("Lead") && text.contains("Experience") && !text.contains("Опыт"), "{text}");
}

#[test]
fn set_gives_a_text_in_one_language_without_a_fallback_warning() {
    let (english, warnings) = data_json(&["--lang", "en", "--set", "headline.en=Architect"]);
    assert_eq!(english["headline_plain"], "Architect");
    assert!(!warnings.contains("headline"), "the override gives the English text: {warnings}");
    let (russian, _) = data_json(&["--set", "headline.en=Architect"]);
    assert_eq!(russian["headline_plain"], "Архитектор");
    // Without the override, English falls back with a warning at the line.
    let (fallback, warnings) = data_json(&["--lang", "en"]);
    assert_eq!(fallback["headline_plain"], "Архитектор");
    assert!(warnings.contains("cv.yaml:5:1: headline: no `en` text"), "{warnings}");
    // An override may name a language the CV does not declare only as an error.
    let (output, _dir) = run_on(BILINGUAL_WITH_VARIANT, &["data", "cv.yaml", "--set", "headline.de=Architekt"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("--set headline.de=Architekt"), "{output:?}");
}

#[test]
fn the_web_page_and_markdown_are_in_the_chosen_language() {
    let page = |args: &[&str]| {
        let mut all = vec!["render", "cv.yaml", "-o", "-", "-q"];
        all.extend(args);
        let (output, _dir) = run_on(BILINGUAL_WITH_VARIANT, &all);
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let english = page(&["-f", "html", "--lang", "en"]);
    assert!(english.contains("<html lang=\"en\">"), "{english}");
    assert!(english.contains("<meta property=\"og:locale\" content=\"en_GB\">"));
    assert!(english.contains("Experience") && english.contains("Daisy") && !english.contains("Опыт работы"));
    let russian = page(&["-f", "html"]);
    assert!(russian.contains("<html lang=\"ru\">") && russian.contains("content=\"ru_RU\""));
    assert!(russian.contains("Опыт работы") && russian.contains("Ромашка"));
    let markdown = page(&["-f", "md", "--lang", "en", "--variant", "short"]);
    assert!(markdown.contains("## Experience") && markdown.contains("* An item"), "{markdown}");
    assert!(!markdown.contains("Daisy") && !markdown.contains("Пункт"), "{markdown}");
    // Another language of the examples gets its own code and locale.
    let german = example("de");
    let output = run_in(german.parent().unwrap(), &["render", "cv.yaml", "-f", "html", "-o", "-", "-q", "--no-photo"]);
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.contains("<html lang=\"de\">") && html.contains("content=\"de_DE\""), "{html}");
}

#[test]
fn json_resume_export_takes_the_language() {
    let (output, _dir) =
        run_on(BILINGUAL_WITH_VARIANT, &["export", "jsonresume", "cv.yaml", "--lang", "en", "-o", "-", "-q"]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["basics"]["name"], "Ivan");
    let (output, _dir) = run_on(BILINGUAL_WITH_VARIANT, &["render", "cv.yaml", "-f", "jsonresume", "-o", "-", "-q"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["basics"]["name"], "Иван");
}

/// A long English word in a Russian CV is hyphenated as English: the
/// contract names its language (`hyphenation`, from the language files'
/// alphabets) and every built-in sets it, so a line may end inside the
/// word at an English hyphenation point. Russian patterns have none for
/// Latin letters: hyphenated as Russian, every copy of it stays whole.
#[test]
fn a_long_foreign_word_is_hyphenated_in_the_language_that_spells_it() {
    let word = "Internationalization";
    let copies = 40;
    let yaml = format!(
        "updated: 2026-02-08\nlang: ru\nperson: {{name: Петров Пётр}}\nheadline: Инженер\nabout:\n  - \"{}\"\n",
        vec![word; copies].join(" ")
    );
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    std::fs::write(&data, &yaml).unwrap();
    let json = contract(&data, None, None);
    assert_eq!(json["hyphenation"], serde_json::json!({ word: "en" }));
    for template in builtin_templates() {
        let text = pdf_text(&render(&data, &["--template", &template]));
        let whole = text.matches(word).count();
        assert!(whole < copies, "{template}: all {whole} copies of {word:?} are whole: it was not hyphenated");
    }
}

//! Languages: every supported language's words on the page, a CV in two
//! languages from one file, fallbacks with warnings at the data's line,
//! undeclared languages as errors, and `labels:` in place of any word.

use std::path::{Path, PathBuf};

use crate::common::*;

const LANGUAGES: &[&str] = &[
    "ru", "uk", "be", "kk", "sr", "pl", "de", "fr", "es", "en", "pt", "it", "nl", "sv", "nb", "da", "fi", "cs", "tr",
    "el", "zh", "ja", "ko", "ar", "he", "fa",
];

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
        "pt",
        &[
            "Feminino, 34 anos, nascida em 1º de março de 1991",
            "Novembro de 2022 –",
            "atual",
            "3 anos e 4 meses",
            "6 anos e 2 meses",
            "Experiência profissional",
            "9 anos e 6 meses",
            "Setembro de 2016 –",
            "outubro de 2022",
        ],
    ),
    (
        "it",
        &[
            "Uomo, 34 anni, nato il 1º marzo 1991",
            "Novembre 2022 –",
            "oggi",
            "3 anni e 4 mesi",
            "6 anni e 2 mesi",
            "Esperienza professionale",
            "9 anni e 6 mesi",
            "Settembre 2016 –",
            "ottobre 2022",
        ],
    ),
    (
        "nl",
        &[
            "Vrouw, 34 jaar, geboren op 1 maart 1991",
            "November 2022 –",
            "heden",
            "3 jaar en 4 maanden",
            "6 jaar en 2 maanden",
            "Werkervaring",
            "9 jaar en 6 maanden",
            "September 2016 –",
            "oktober 2022",
        ],
    ),
    (
        "sv",
        &[
            "Man, 34 år, född 1 mars 1991",
            "November 2022 –",
            "nu",
            "3 år och 4 månader",
            "6 år och 2 månader",
            "Arbetslivserfarenhet",
            "9 år och 6 månader",
            "September 2016 –",
            "oktober 2022",
        ],
    ),
    (
        "nb",
        &[
            "Kvinne, 34 år, født 1. mars 1991",
            "November 2022 –",
            "nå",
            "3 år og 4 måneder",
            "6 år og 2 måneder",
            "Arbeidserfaring",
            "9 år og 6 måneder",
            "September 2016 –",
            "oktober 2022",
        ],
    ),
    (
        "da",
        &[
            "Mand, 34 år, født 1. marts 1991",
            "November 2022 –",
            "nu",
            "3 år og 4 måneder",
            "6 år og 2 måneder",
            "Erhvervserfaring",
            "9 år og 6 måneder",
            "September 2016 –",
            "oktober 2022",
        ],
    ),
    (
        "fi",
        &[
            "Nainen, 34 vuotta, syntynyt 1. maaliskuuta 1991",
            "Marraskuu 2022 –",
            "nykyhetki",
            "3 vuotta 4 kuukautta",
            "6 vuotta 2 kuukautta",
            "Työkokemus",
            "9 vuotta 6 kuukautta",
            "Syyskuu 2016 –",
            "lokakuu 2022",
        ],
    ),
    (
        "cs",
        &[
            "Žena, 34 let, narozena 1. března 1991",
            "Listopad 2022 –",
            "současnost",
            "3 roky 4 měsíce",
            "6 let 2 měsíce",
            "Pracovní zkušenosti",
            "9 let 6 měsíců",
            "Září 2016 –",
            "říjen 2022",
        ],
    ),
    (
        "tr",
        &[
            "Erkek, 34 yaşında, 1 Mart 1991 doğumlu",
            "Kasım 2022 –",
            "günümüz",
            "3 yıl 4 ay",
            "6 yıl 2 ay",
            "İş deneyimi",
            "9 yıl 6 ay",
            "Eylül 2016 –",
            "Ekim 2022",
        ],
    ),
    (
        "el",
        &[
            "Γυναίκα, 34 ετών, γεννημένη την 1η Μαρτίου 1991",
            "Νοέμβριος 2022 –",
            "σήμερα",
            "3 χρόνια και 4 μήνες",
            "6 χρόνια και 2 μήνες",
            "Επαγγελματική εμπειρία",
            "9 χρόνια και 6 μήνες",
            "Σεπτέμβριος 2016 –",
            "Οκτώβριος 2022",
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
            "2016年9月 —",
            "2022年10月",
        ],
    ),
    (
        "ja",
        &[
            "男性、34歳、1991年3月1日生まれ",
            "2022年11月 ～",
            "現在",
            "3年4か月",
            "6年2か月",
            "職務経歴",
            "9年6か月",
            "2016年9月 ～",
            "2022年10月",
        ],
    ),
    (
        "ko",
        &[
            "여성, 34세, 1991년 3월 1일생",
            "2022년 11월 ~",
            "현재",
            "3년 4개월",
            "6년 2개월",
            "경력",
            "9년 6개월",
            "2016년 9월 ~",
            "2022년 10월",
        ],
    ),
    (
        "ar",
        &[
            "أنثى، العمر 34 عاما، من مواليد 1 مارس 1991",
            "نوفمبر 2022 –",
            "حتى الآن",
            "3 سنوات و4 أشهر",
            "6 سنوات وشهران",
            "الخبرة العملية",
            "9 سنوات و6 أشهر",
            "سبتمبر 2016 –",
            "أكتوبر 2022",
        ],
    ),
    (
        "he",
        &[
            "אישה, בת 34, נולדה ב־1 במרץ 1991",
            "נובמבר 2022 –",
            "היום",
            "3 שנים ו־4 חודשים",
            "6 שנים וחודשיים",
            "ניסיון תעסוקתי",
            "9 שנים ו־6 חודשים",
            "ספטמבר 2016 –",
            "אוקטובר 2022",
        ],
    ),
    (
        "fa",
        &[
            "زن، 34 ساله، متولد 1 مارس 1991",
            "نوامبر 2022 –",
            "تاکنون",
            "3 سال و 4 ماه",
            "6 سال و 2 ماه",
            "سوابق کاری",
            "9 سال و 6 ماه",
            "سپتامبر 2016 –",
            "اکتبر 2022",
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

/// Renders `data` with `args` and the fonts the language's script needs:
/// the PDF and what cvpdf printed on standard error. None where the CJK
/// font is missing outside CI.
fn render_in(data: &Path, lang: &str, args: &[&str]) -> Option<(Vec<u8>, String)> {
    let fonts = script_fonts(lang)?;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    let mut all = vec!["render", data.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"];
    all.extend_from_slice(args);
    all.extend(fonts.iter().map(String::as_str));
    let output = run_in(dir.path(), &all);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{}: {stderr}", data.display());
    Some((std::fs::read(out).unwrap(), stderr))
}

/// Every language's example, in every built-in: its phrases, worded by
/// cvpdf, are on the page; no glyph is the empty box of `.notdef`, and no
/// character lacks a font.
#[test]
fn every_language_example_speaks_its_language_in_every_template() {
    assert_eq!(EXPECTED.len(), LANGUAGES.len());
    for (code, phrases) in EXPECTED {
        for template in cvpdf::builtin_templates() {
            let Some((pdf, stderr)) = render_in(&example(code), code, &["--template", template]) else { continue };
            assert!(!stderr.contains("warning"), "{code}/{template}: {stderr}");
            assert_eq!(notdef_glyphs(&pdf), Vec::<String>::new(), "{code}/{template}: empty boxes for missing glyphs");
            let text = reading_text(&pdf);
            for phrase in *phrases {
                assert!(reads(&text, phrase), "{code}/{template}: {phrase:?} missing from {text}");
            }
        }
        let json = contract(&example(code), None, None);
        let language = code.split('-').next().unwrap();
        assert_eq!(json["lang"], language, "the language Typst sets for hyphenation, quotes and the PDF");
        let rtl = ["ar", "he", "fa"].contains(code);
        assert_eq!(json["dir"], if rtl { "rtl" } else { "ltr" }, "{code}");
    }
}

/// The `.notdef` check can fail: a character no font has is drawn as
/// glyph 0, which it finds.
#[test]
fn a_character_no_font_has_is_an_empty_box_the_check_finds() {
    let (output, dir) = run_on(
        "lang: en\nupdated: \"2026-01-01\"\nperson: {name: Ann Lee}\nheadline: \"Scribe \u{13000}\u{13001}\"\n",
        &["render", "cv.yaml", "-o", "cv.pdf", "-q"],
    );
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("U+13000"), "{output:?}");
    let pdf = std::fs::read(dir.path().join("cv.pdf")).unwrap();
    assert!(!notdef_glyphs(&pdf).is_empty(), "the empty boxes were not found");
}

/// The word a duration gives for each CLDR category, with `%` for the
/// number: numbers of one category must share it.
fn form_of(text: &str, n: u64) -> String {
    text.replacen(&n.to_string(), "%", 1)
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
            let word = form_of(job["period"]["duration"].as_str().unwrap(), years);
            let category = rules.category_for(years);
            match words.iter().find(|(known, _)| *known == category) {
                Some((_, seen)) => assert_eq!(&word, seen, "{code}: {years} is {category:?} like another number"),
                None => words.push((category, word)),
            }
        }
        let categories = rules.categories().count();
        assert!(words.len() >= categories.min(2), "{code}: only {words:?}");
    }
}

/// The plural boundaries, 1, 2, 5, 11, 21, 22, 100 and 101 months and
/// years, in every language and every built-in: each duration is on the
/// page (from 21 months on in years and months), and numbers of one CLDR
/// category (ICU4X's rules, not a table of
/// this test) take one word. (That the words are the right ones for each
/// category, the unit tests of `src/contract/wording.rs` check word by
/// word for every number up to 200.)
#[test]
fn durations_at_the_plural_boundaries_in_every_language_and_template() {
    use icu_plurals::{PluralCategory, PluralRules};
    const BOUNDARIES: [u64; 8] = [1, 2, 5, 11, 21, 22, 100, 101];
    for code in LANGUAGES {
        // Jobs that end in December 2025, one of each length.
        let mut yaml =
            format!("lang: {code}\nupdated: \"2025-12-31\"\nperson: {{name: X}}\nheadline: X\nexperience:\n");
        let mut lengths = Vec::new();
        for n in BOUNDARIES {
            // A job of 21 months or more reads in years and months
            // («1 year 9 months»), so its months are checked as part of one.
            for (months, unit) in [(n, if n < 12 { "months" } else { "mixed" }), (n * 12, "years")] {
                let start = 2025 * 12 + 11 - (months as i64 - 1);
                yaml.push_str(&format!(
                    "  - {{company: C{months}, start: \"{}-{:02}\", end: \"2025-12\"}}\n",
                    start.div_euclid(12),
                    start.rem_euclid(12) + 1
                ));
                lengths.push((n, unit));
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("cv.yaml");
        std::fs::write(&data, &yaml).unwrap();
        let json = contract(&data, None, None);
        let durations: Vec<String> = json["experience"]["jobs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|job| job["period"]["duration"].as_str().unwrap().to_owned())
            .collect();
        let identifier: icu_locale_core::LanguageIdentifier = code.parse().unwrap();
        let rules = PluralRules::try_new_cardinal((&identifier).into()).unwrap();
        for unit in ["months", "years"] {
            let mut seen: Vec<(PluralCategory, String)> = Vec::new();
            for ((n, _), duration) in lengths.iter().zip(&durations).filter(|((_, u), _)| *u == unit) {
                let category = rules.category_for(*n);
                let word = form_of(duration, *n);
                match seen.iter().find(|(known, _)| *known == category) {
                    Some((_, same)) => assert_eq!(&word, same, "{code}: {n} {unit} is {category:?}"),
                    None => seen.push((category, word)),
                }
            }
        }
        for template in cvpdf::builtin_templates() {
            let Some((pdf, _)) = render_in(&data, code, &["--template", template]) else { continue };
            let text = reading_text(&pdf);
            for duration in &durations {
                assert!(reads(&text, duration), "{code}/{template}: {duration:?} missing");
            }
        }
    }
}

/// Chinese and Japanese break between characters: a paragraph without a
/// space fills its column line after line, in every built-in, and no
/// character runs past the column's edge.
#[test]
fn cjk_text_breaks_between_characters_within_its_column() {
    let paragraph = "使用Go和PostgreSQL编写后端服务，关注接口性能与可维护性，习惯先写测试再写代码。".repeat(6);
    let yaml = format!(
        "lang: zh\nupdated: \"2026-02-08\"\nperson: {{name: 李静}}\nheadline: 后端开发工程师\nabout:\n  - \"{paragraph}\"\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("cv.yaml");
    std::fs::write(&data, yaml).unwrap();
    for template in cvpdf::builtin_templates() {
        let Some((pdf, stderr)) = render_in(&data, "zh", &["--template", template]) else { return };
        assert!(!stderr.contains("warning"), "{template}: {stderr}");
        let width = f64::from(page_sizes(&pdf)[0].0);
        let Some(words) = words(&pdf) else { return };
        let body: Vec<&Word> =
            words.iter().filter(|word| word.text.contains("编写") || word.text.contains('测')).collect();
        assert!(!body.is_empty(), "{template}: the paragraph is not on the page");
        for word in &words {
            assert!(word.right <= width - 18.0, "{template}: {:?} runs to {:.1} of {width:.1}", word.text, word.right);
        }
        let mut lines: Vec<i64> =
            words.iter().filter(|word| !word.text.is_ascii()).map(|word| word.top as i64).collect();
        lines.dedup();
        assert!(lines.len() >= 6, "{template}: the paragraph did not wrap: {lines:?}");
        assert_eq!(notdef_glyphs(&pdf), Vec::<String>::new(), "{template}");
    }
}

/// No label or word cvpdf adds is English where the language has its own:
/// the English words of every label, the open end and the month names do
/// not appear in any other language's example, unless the language's own
/// word is the same.
#[test]
fn no_english_word_where_the_language_has_its_own() {
    let english = contract(&example("en"), None, None);
    let mut english_words: Vec<String> = english["labels"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_str().unwrap().trim_end_matches(':').to_owned())
        .collect();
    english_words.extend(
        ["January", "March", "September", "October", "November", "years", "months", "year", "month", "born", "old"]
            .map(str::to_owned),
    );
    for code in LANGUAGES.iter().filter(|code| **code != "en") {
        let json = contract(&example(code), None, None);
        // The language's own words: its labels, and the words of its dates
        // (the German «September» is English's too).
        let mut own: Vec<String> =
            json["labels"].as_object().unwrap().values().map(|v| v.as_str().unwrap().to_owned()).collect();
        let jobs = json["experience"]["jobs"].as_array().unwrap();
        let dates = jobs.iter().flat_map(|job| [&job["period"]["start"], &job["period"]["end"]]);
        for words in dates.chain([&json["person"]["age_line"]]).filter_map(|value| value.as_str()) {
            own.extend(words.split(|c: char| !c.is_alphanumeric()).map(str::to_owned));
        }
        for template in cvpdf::builtin_templates() {
            let Some((pdf, _)) = render_in(&example(code), code, &["--template", template]) else { continue };
            let text = poppler(&pdf, &["-enc", "UTF-8"]).unwrap_or_else(|| pdf_text(&pdf));
            let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            for english_word in &english_words {
                if own.iter().any(|word| word == english_word) {
                    continue;
                }
                // A label of several words is a phrase; one word is a word.
                let parts: Vec<&str> = english_word.split(' ').collect();
                let found = words.windows(parts.len()).any(|window| window == parts.as_slice());
                assert!(!found, "{code}/{template}: the English {english_word:?} is printed");
            }
        }
    }
}

/// The first user's case: one file, a Russian and an English PDF, each with all
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
    for template in cvpdf::builtin_templates() {
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

/// Romanian has no language file: `labels:` gives its words, CLDR's plural
/// rules still pick the forms (one, few, other: «1 an», «2 ani», «20 de
/// ani»), and what `labels:` leaves out is English, with a warning that
/// names it.
#[test]
fn a_language_without_a_file_gets_its_words_from_labels() {
    let yaml = r#"lang: ro
updated: "2026-02-08"
person: {name: Ioana Popescu, birth_date: "1990-05-17", gender: female}
headline: Programatoare
experience:
  - {company: Exemplu SRL, start: "2023-11", end: present}
  - {company: Alt Exemplu SRL, start: "2001-01", end: "2020-12"}
labels:
  experience: Experiență
  present: prezent
  years: |
    { PLURAL($n) ->
        [one] { $n } an
        [few] { $n } ani
       *[other] { $n } de ani
    }
  months: |
    { PLURAL($n) ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    }
  month: |
    { $month ->
        [11] noiembrie
       *[other] luna { $month }
    }
  age_line: |
    { $gender ->
        [female] Femeie, { $age } de ani
       *[other] { $age } de ani
    }
"#;
    let (output, dir) = run_on(yaml, &["render", "cv.yaml", "-o", "cv.pdf"]);
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "warning: cv.yaml:1:1: lang: cvpdf has no language file for `ro`, so these words are English: resume,"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("experience,") && !stderr.contains(" years,"), "given words are not listed: {stderr}");
    assert!(!stderr.contains("import_") && !stderr.contains("starter_"), "only the CV's words are listed: {stderr}");
    let text = squeeze(&pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap()));
    for phrase in ["Femeie, 35 de ani", "Noiembrie 2023 —", "prezent", "2 ani 4 luni", "20 de ani"] {
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
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"), "{english}");
    assert!(english.contains("<meta property=\"og:locale\" content=\"en_GB\">"));
    assert!(english.contains("Experience") && english.contains("Daisy") && !english.contains("Опыт работы"));
    let russian = page(&["-f", "html"]);
    assert!(russian.contains("<html lang=\"ru\" dir=\"ltr\">") && russian.contains("content=\"ru_RU\""));
    assert!(russian.contains("Опыт работы") && russian.contains("Ромашка"));
    let markdown = page(&["-f", "md", "--lang", "en", "--variant", "short"]);
    assert!(markdown.contains("## Experience") && markdown.contains("* An item"), "{markdown}");
    assert!(!markdown.contains("Daisy") && !markdown.contains("Пункт"), "{markdown}");
    // Another language of the examples gets its own code and locale.
    let german = example("de");
    let output = run_in(german.parent().unwrap(), &["render", "cv.yaml", "-f", "html", "-o", "-", "-q", "--no-photo"]);
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.contains("<html lang=\"de\" dir=\"ltr\">") && html.contains("content=\"de_DE\""), "{html}");
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
/// contract names its language (`foreign_words`, from the language files'
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
    assert_eq!(json["foreign_words"], serde_json::json!({ word: "en" }));
    for template in cvpdf::builtin_templates() {
        let text = pdf_text(&render(&data, &["--template", template]));
        let whole = text.matches(word).count();
        assert!(whole < copies, "{template}: all {whole} copies of {word:?} are whole: it was not hyphenated");
    }
}

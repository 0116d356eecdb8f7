//! Cover letters (`cvpdf letter`): fictional letters in Russian, English,
//! German and French, each with a fictional CV of its own, in every
//! built-in template, alone and followed by the CV; read back with
//! pdftotext and lopdf, as a recipient's reader sees them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{cvpdf, root, squeeze};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// The built-in templates that lay out pages, as `cvpdf templates` lists
/// them (the web page is HTML only).
fn templates() -> Vec<String> {
    let output = cvpdf().arg("templates").output().expect("cvpdf runs");
    let list = String::from_utf8(output.stdout).expect("utf-8");
    let names: Vec<String> = list
        .lines()
        .filter(|line| !line.contains("HTML"))
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .collect();
    assert!(names.len() >= 3, "{list}");
    names
}

/// Runs `cvpdf letter LETTER -o OUT ARGS…` in a temporary folder; the
/// output's bytes (if written), the exit code and standard error.
fn letter(path: &Path, args: &[&str]) -> (Option<Vec<u8>>, i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.pdf");
    let output = cvpdf().arg("letter").arg(path).arg("-o").arg(&out).args(args).output().expect("cvpdf runs");
    (std::fs::read(&out).ok(), output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into())
}

fn rendered(path: &Path, args: &[&str]) -> Vec<u8> {
    let (pdf, code, stderr) = letter(path, args);
    assert_eq!(code, 0, "{}: {stderr}", path.display());
    pdf.expect("written")
}

/// The text of the PDF's pages `first..=last` as pdftotext reads it.
fn pdftotext(pdf: &[u8], pages: Option<(usize, usize)>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.pdf");
    std::fs::write(&file, pdf).unwrap();
    let mut command = Command::new("pdftotext");
    if let Some((first, last)) = pages {
        command.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let output = command.arg(&file).arg("-").output().expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

fn page_count(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).unwrap().get_pages().len()
}

/// Asserts that `parts` appear in `text` in this order (white space aside).
fn in_order(text: &str, parts: &[&str], what: &str) {
    let text = squeeze(text);
    let mut from = 0;
    for part in parts {
        let part = squeeze(part);
        match text[from..].find(&part) {
            Some(at) => from += at + part.len(),
            None => panic!("{what}: «{part}» missing or out of order in:\n{text}"),
        }
    }
}

/// Each fixture: its letter, and what a reader must find in it, in order.
fn letters() -> Vec<(PathBuf, Vec<&'static str>)> {
    vec![
        (
            fixture("letter-de/letter.yaml"),
            vec![
                "Jonas Feldmann",
                "Frau Anna Schmidt",
                "Hauptstraße 1",
                "Berlin, 7. Dezember 2026",
                "Bewerbung als Backend-Entwickler",
                "Sehr geehrte Damen und Herren,",
                "Mit großem Interesse",
                "Zahlungsdienste mit Go",
                "Mit freundlichen Grüßen",
                "Jonas Feldmann",
                "Anlagen",
                "Lebenslauf",
                "Arbeitszeugnisse",
            ],
        ),
        (
            fixture("letter-en/letters/acme.yaml"),
            vec![
                "Maya Okafor",
                "Ms Priya Raman",
                "Head of Data",
                "Leeds, 20 November 2026",
                "Application for the Senior Data Engineer role",
                "Dear Ms Priya Raman,",
                "designed the streaming pipeline",
                "Kind regards,",
                "Maya Okafor",
                "Enclosure",
                "Curriculum vitae",
            ],
        ),
        (
            fixture("letter-fr/letter.yaml"),
            vec![
                "Camille Durand",
                "Société Exemple SA",
                "Paris, le 7 décembre 2026",
                "Candidature au poste",
                "Madame, Monsieur,",
                "Votre annonce",
                "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
                "Camille Durand",
                "Pièce jointe",
            ],
        ),
        (
            fixture("letter-ru/letter.yaml"),
            vec![
                "Анна Соколова",
                "Ирина Петровна",
                "АО «Пример»",
                "7 декабря 2026 г.",
                "Отклик на вакансию",
                "Уважаемая Ирина Петровна!",
                "Меня заинтересовала",
                "С уважением,",
                "Анна Соколова",
                "Приложение",
                "Резюме",
            ],
        ),
    ]
}

#[test]
fn letters_in_four_languages_in_every_builtin_are_one_page_in_order() {
    for template in templates() {
        for (path, expected) in letters() {
            let pdf = rendered(&path, &["-t", &template]);
            let what = format!("{} in {template}", path.display());
            assert_eq!(page_count(&pdf), 1, "{what}");
            in_order(&pdftotext(&pdf, None), &expected, &what);
        }
    }
    // The Russian date line names no place, though the letter gives one.
    let russian = pdftotext(&rendered(&fixture("letter-ru/letter.yaml"), &[]), None);
    assert!(!russian.contains("Казань, "), "{russian}");
}

#[test]
fn with_cv_the_cv_follows_with_its_pages_numbered_from_one() {
    for template in templates() {
        for (path, expected) in letters() {
            let what = format!("{} in {template} --with-cv", path.display());
            let alone = rendered(&path, &["-t", &template]);
            let both = rendered(&path, &["-t", &template, "--with-cv"]);
            let pages = page_count(&both);
            assert!(pages >= 2, "{what}: {pages} pages");
            let letter_text = pdftotext(&both, Some((1, 1)));
            in_order(&letter_text, &expected, &what);
            assert_eq!(squeeze(&letter_text), squeeze(&pdftotext(&alone, None)), "{what}: the letter's page differs");
            // The CV's first page is numbered 1 of the CV's own pages.
            let cv_first = squeeze(&pdftotext(&both, Some((2, 2))));
            let cv_pages = pages - 1;
            assert!(
                cv_first.contains(&format!("1/{cv_pages}")),
                "{what}: the CV's first page is not numbered 1/{cv_pages}: {cv_first}"
            );
        }
    }
}

/// The fonts (base names without the subset tag) and the fill colours a
/// page draws with, from its content stream and resources.
fn fonts_and_colours(pdf: &[u8], page: usize) -> (BTreeSet<String>, BTreeSet<String>) {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let id = doc.get_pages()[&(page as u32)];
    let mut fonts = BTreeSet::new();
    for (_, font) in doc.get_page_fonts(id).unwrap_or_default() {
        if let Ok(base) = font.get(b"BaseFont").and_then(|name| name.as_name()) {
            let base = String::from_utf8_lossy(base).into_owned();
            fonts.insert(base.split_once('+').map_or(base.clone(), |(_, name)| name.to_owned()));
        }
    }
    let content = lopdf::content::Content::decode(&doc.get_page_content(id).unwrap()).unwrap();
    let mut colours = BTreeSet::new();
    for operation in content.operations {
        if operation.operator == "rg" || operation.operator == "sc" || operation.operator == "scn" {
            let values: Vec<String> = operation
                .operands
                .iter()
                .filter_map(|value| value.as_float().ok().or_else(|| value.as_i64().ok().map(|v| v as f32)))
                .map(|value| format!("{value:.3}"))
                .collect();
            // Greys are the text's own colour in every template.
            if values.len() == 3 && !(values[0] == values[1] && values[1] == values[2]) {
                colours.insert(values.join(" "));
            }
        }
    }
    (fonts, colours)
}

#[test]
fn the_letterhead_has_the_fonts_and_colours_of_the_cv() {
    let (dir, path) = german_with(&std::fs::read_to_string(fixture("letter-de/letter.yaml")).unwrap());
    let cv = dir.path().join("cv.yaml");
    let text = std::fs::read_to_string(&cv).unwrap();
    std::fs::write(&cv, format!("{text}design:\n  accent: \"#8a2d1c\"\n")).unwrap();
    for template in templates() {
        let both = rendered(&path, &["-t", &template, "--with-cv"]);
        let (letter_fonts, letter_colours) = fonts_and_colours(&both, 1);
        let (cv_fonts, cv_colours) = fonts_and_colours(&both, 2);
        assert!(
            !letter_fonts.is_empty() && letter_fonts.is_subset(&cv_fonts),
            "{template}: {letter_fonts:?} vs {cv_fonts:?}"
        );
        // The accent, #8a2d1c, colours the name on both.
        let accent = "0.541 0.176 0.110";
        assert!(letter_colours.contains(accent), "{template}: the letter lacks the accent: {letter_colours:?}");
        assert!(cv_colours.contains(accent), "{template}: the CV lacks the accent: {cv_colours:?}");
        assert!(letter_colours.is_subset(&cv_colours), "{template}: {letter_colours:?} vs {cv_colours:?}");
    }
}

#[test]
fn repeat_renders_are_byte_identical() {
    for (path, _) in letters() {
        let first = rendered(&path, &["--with-cv"]);
        let second = rendered(&path, &["--with-cv"]);
        assert!(first == second, "{}: two renders differ", path.display());
    }
}

#[test]
fn tagged_pdf_standards_hold_with_the_cv_appended() {
    let path = fixture("letter-en/letters/acme.yaml");
    for standard in ["ua-1", "a-2b"] {
        let pdf = rendered(&path, &["--with-cv", "--pdf-standard", standard]);
        assert!(page_count(&pdf) >= 2, "{standard}");
    }
}

/// A copy of the German fixture in a temporary folder with `letter` as its
/// letter file.
fn german_with(letter: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for file in ["cv.yaml", "photo.jpg"] {
        std::fs::copy(fixture("letter-de").join(file), dir.path().join(file)).unwrap();
    }
    let path = dir.path().join("letter.yaml");
    std::fs::write(&path, letter).unwrap();
    (dir, path)
}

fn long_body(paragraphs: usize) -> String {
    let paragraph = "Ich arbeite seit vielen Jahren an verteilten Systemen, an Zahlungsdiensten und an \
                     Datenbanken, und ich schreibe gern Code, den andere lesen und ändern können.";
    let mut body = String::from("body: |\n");
    for _ in 0..paragraphs {
        body.push_str(&format!("  {paragraph}\n\n"));
    }
    body
}

#[test]
fn a_letter_longer_than_a_page_warns_by_how_many_lines_and_fit_tightens_it() {
    let (_dir, path) = german_with(&format!("subject: Lang\n{}", long_body(24)));
    let (pdf, code, stderr) = letter(&path, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(page_count(&pdf.unwrap()) > 1);
    let lines: usize = stderr
        .split("it is ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("no line count in: {stderr}"));
    assert!(lines >= 1 && stderr.contains("lines too long for one page"), "{stderr}");
    assert!(stderr.contains("--fit 1"), "{stderr}");

    // A few lines over: tightening the spacing brings it onto one page.
    for paragraphs in 10..24 {
        let (_dir, path) = german_with(&format!("subject: Lang\n{}", long_body(paragraphs)));
        let (pdf, _, stderr) = letter(&path, &[]);
        if page_count(&pdf.unwrap()) == 1 {
            continue;
        }
        let over: usize =
            stderr.split("it is ").nth(1).and_then(|r| r.split_whitespace().next()?.parse().ok()).unwrap();
        assert!(over <= 10, "{paragraphs} paragraphs: {over} lines over at once: {stderr}");
        let (fitted, code, stderr) = letter(&path, &["--fit", "1"]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(page_count(&fitted.unwrap()), 1, "{paragraphs} paragraphs, {over} lines over: {stderr}");
        assert!(!stderr.contains("too long"), "{stderr}");
        return;
    }
    panic!("no body ran over a page");
}

/// Runs a letter that must fail: exit 1, the message at `file:line`, and
/// the output written before left as it was.
fn refused(letter_text: &str, expected: &[&str]) {
    let (dir, path) = german_with(letter_text);
    let out = dir.path().join("letter.pdf");
    std::fs::write(&out, b"previous output").unwrap();
    let output = cvpdf().arg("letter").arg(&path).arg("-o").arg(&out).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for part in expected {
        assert!(stderr.contains(part), "«{part}» missing in: {stderr}");
    }
    assert_eq!(std::fs::read(&out).unwrap(), b"previous output");
}

#[test]
fn mistakes_in_a_letter_are_reported_at_their_line() {
    let body = "body: Ein Absatz.\n";
    refused(&format!("cv: ../nirgends/cv.yaml\n{body}"), &["letter.yaml:1:", "cv:", "does not exist"]);
    refused(
        &format!("{body}salutation: \"[Hallo](javascript:alert(1))\"\n"),
        &["letter.yaml:2:", "salutation", "a link in the text"],
    );
    refused(
        &format!("subject: x\n{}", "body: ".to_owned() + &"a".repeat(13_000) + "\n"),
        &["letter.yaml:2:", "body", "characters"],
    );
    refused(
        &format!("{body}subjekt: Bewerbung\n"),
        &["letter.yaml:2:", "unknown key `subjekt`", "did you mean `subject`?"],
    );
    refused(&format!("{body}recipient:\n  nmae: Anna\n"), &["letter.yaml:3:", "did you mean `name`?"]);
}

#[test]
fn a_letter_without_a_cv_beside_it_names_what_it_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.yaml");
    std::fs::write(&path, "body: Hallo.\n").unwrap();
    let (_, code, stderr) = letter(&path, &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("letter.yaml") && stderr.contains("cv.yaml") && stderr.contains("does not exist"),
        "{stderr}"
    );
}

#[test]
fn a_template_without_letter_typ_is_named_with_what_is_missing() {
    let template = tempfile::tempdir().unwrap();
    std::fs::write(template.path().join("main.typ"), "Hello").unwrap();
    let (_, code, stderr) = letter(&fixture("letter-fr/letter.yaml"), &["-t", template.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("has no letter.typ"), "{stderr}");
}

#[test]
fn web_letters_print_the_contract_escaped() {
    let (dir, path) =
        german_with("subject: \"<script>alert(1)</script>\"\nbody: |\n  Ein Absatz mit **fett** & <b>Tags</b>.\n");
    for (format, script, bold) in
        [("html", "&lt;script&gt;", "<strong>fett</strong>"), ("md", "\\<script>", "**fett**")]
    {
        let out = dir.path().join(format!("letter.{format}"));
        let output = cvpdf().arg("letter").arg(&path).arg("-o").arg(&out).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let page = std::fs::read_to_string(&out).unwrap();
        // Markdown escapes `<` with a backslash; HTML writes a character reference.
        assert!(page.contains(script) && !page.replace("\\<", "").contains("<script>alert"), "{format}: {page}");
        assert!(page.contains(bold), "{format}: {page}");
        assert!(page.contains("Sehr geehrte Damen und Herren,") && page.contains("Jonas Feldmann"), "{format}: {page}");
    }
}

/// The web letter runs in the language's direction and sets the date on the
/// side of the page the PDF sets it on: at the right in German, at the left
/// in Hebrew, whose page otherwise starts at the right.
#[test]
fn the_web_letter_has_the_direction_and_the_date_side_of_the_pdf() {
    for (lang, dir, side) in [("de", "ltr", "right"), ("he", "rtl", "left"), ("en", "ltr", "left")] {
        let folder = tempfile::tempdir().unwrap();
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/i18n").join(lang).join("cv.yaml");
        std::fs::copy(example, folder.path().join("cv.yaml")).unwrap();
        std::fs::write(folder.path().join("letter.yaml"), "body: Text.\n").unwrap();
        let out = folder.path().join("letter.html");
        let output = cvpdf().arg("letter").arg(folder.path().join("letter.yaml")).arg("-o").arg(&out).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let page = std::fs::read_to_string(&out).unwrap();
        assert!(page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")), "{lang}: {page}");
        assert!(page.contains(&format!("<p class=\"date {side}\">")), "{lang}: {page}");
        assert!(page.contains(&format!(".date.{side}{{text-align:{side}}}")), "{lang}: {page}");
    }
}

/// A letter given to `render` or `watch` is named as a letter with the
/// command that renders it, not reported key by key as a CV's unknown keys;
/// nothing is written.
#[test]
fn render_and_watch_name_the_letter_command_for_a_letter() {
    let (dir, path) = german_with("body: Text.\n");
    let out = dir.path().join("out.pdf");
    for (command, fix) in [("render", "-o letter.pdf`"), ("watch", "-o letter.pdf --watch`")] {
        let output = cvpdf().arg(command).arg(&path).arg("-o").arg(&out).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{command}: {stderr}");
        assert!(stderr.contains("is a cover letter, not a CV") && stderr.contains(fix), "{command}: {stderr}");
        assert!(!stderr.contains("unknown key"), "{command}: {stderr}");
        assert!(!out.exists());
    }
}

#[test]
fn check_accepts_a_letter_and_init_writes_one() {
    let output = cvpdf().arg("check").arg(fixture("letter-de/letter.yaml")).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let (_dir, bad) = german_with("body: x\nsubjekt: y\n");
    let output = cvpdf().arg("check").arg(&bad).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `subject`?"));

    let dir = tempfile::tempdir().unwrap();
    let output = cvpdf().args(["init", "--letter", "--lang", "en"]).arg(dir.path()).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let pdf = rendered(&dir.path().join("letter.yaml"), &[]);
    assert_eq!(page_count(&pdf), 1);
    // With a CV already there, only the letter is added.
    std::fs::remove_file(dir.path().join("letter.yaml")).unwrap();
    let output = cvpdf().args(["init", "--letter"]).arg(dir.path()).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(dir.path().join("letter.yaml").is_file());
}

#[test]
fn a_letter_in_a_right_to_left_language_runs_so_before_a_left_to_right_cv() {
    // A Hebrew letter for an English CV: its paragraph's last line ends at
    // the right margin and starts well inside; the CV appended after it
    // keeps its own direction, its name at the left.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("letter-en/cv.yaml"), dir.path().join("cv.yaml")).unwrap();
    let sentence = "אני כותבת אליכם בעניין משרת מהנדסת הנתונים הבכירה שפרסמתם לאחרונה. ";
    std::fs::write(
        dir.path().join("letter.yaml"),
        format!("lang: he\nrecipient:\n  company: אקמה\nbody: |\n  {}\n", sentence.repeat(4)),
    )
    .unwrap();
    for template in templates() {
        let pdf = rendered(&dir.path().join("letter.yaml"), &["-t", &template, "--with-cv"]);
        let Some(words) = crate::common::words(&pdf) else { return };
        let hebrew = |text: &str| text.chars().any(|c| ('\u{05D0}'..='\u{05EA}').contains(&c));
        let body: Vec<&crate::common::Word> =
            words.iter().filter(|word| word.page == 1 && hebrew(&word.text) && word.text.len() > 1).collect();
        let mut lines: Vec<f64> = body.iter().map(|word| word.top).collect();
        lines.sort_by(f64::total_cmp);
        lines.dedup_by(|a, b| (*a - *b).abs() < 2.0);
        // The paragraph's lines: those of the repeated sentence's word
        // «בעניין» (which a reader may give in the order it is drawn).
        let word_of_the_sentence = |text: &str| text == "בעניין" || text.chars().rev().collect::<String>() == "בעניין";
        let paragraph: Vec<f64> = lines
            .iter()
            .copied()
            .filter(|top| body.iter().any(|word| (word.top - top).abs() < 2.0 && word_of_the_sentence(&word.text)))
            .collect();
        assert!(paragraph.len() >= 2, "{template}: the paragraph is not on several lines: {lines:?}");
        let last_line = paragraph[paragraph.len() - 1];
        let on = |top: f64| body.iter().filter(move |word| (word.top - top).abs() < 2.0);
        let right = body.iter().map(|word| word.right).fold(0.0, f64::max);
        let left = body.iter().map(|word| word.left).fold(f64::INFINITY, f64::min);
        let last_right = on(last_line).map(|word| word.right).fold(0.0, f64::max);
        let last_left = on(last_line).map(|word| word.left).fold(f64::INFINITY, f64::min);
        assert!((right - last_right).abs() < 3.0, "{template}: the last line ends at {last_right}, not {right}");
        assert!(last_left > left + 10.0, "{template}: the last line starts at {last_left}, the margin is {left}");
        let name = words.iter().find(|word| word.page > 1 && word.text == "Okafor").expect("the CV follows");
        assert!(name.left < 300.0, "{template}: the CV's name is at {} on its page", name.left);
    }
    // The web letter too, with the e-mail kept left to right.
    let out = dir.path().join("letter.html");
    let output = cvpdf().arg("letter").arg(dir.path().join("letter.yaml")).arg("-o").arg(&out).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"he\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("<a dir=\"ltr\" href=\"mailto:maya.okafor@example.org\">"), "{html}");
}

//! Right-to-left languages: every built-in mirrors its page for Arabic,
//! Hebrew and Persian, Latin words, numbers and addresses keep their own
//! direction inside the text, the PDF's text reads in logical order, and
//! the web page and Markdown mark the direction.

use std::path::{Path, PathBuf};

use crate::common::*;

const RIGHT_TO_LEFT: &[&str] = &["ar", "he", "fa"];

fn example(code: &str) -> PathBuf {
    root().join(format!("examples/i18n/{code}/cv.yaml"))
}

fn contract(data: &Path) -> serde_json::Value {
    cvpdf::prepare(&cvpdf::RenderOptions {
        photo: cvpdf::PhotoChoice::None,
        ..cvpdf::RenderOptions::new(data.to_owned(), "print")
    })
    .unwrap()
    .contract_json()
}

/// The first word of `text` as it reads (`Alex`, `ליה`).
fn first_word(text: &str) -> String {
    text.split_whitespace().next().unwrap().to_owned()
}

/// The first word on page 1 that reads as `target`, where poppler gives
/// the letters of a right-to-left word in the order they are drawn.
fn find<'a>(words: &'a [Word], target: &str, rtl: bool) -> &'a Word {
    let wanted = reading_form(target);
    words
        .iter()
        .filter(|word| word.page == 1)
        .find(|word| {
            let text = if rtl { word.text.chars().rev().collect::<String>() } else { word.text.clone() };
            reading_form(&text) == wanted
        })
        .unwrap_or_else(|| {
            panic!("{target:?} is not on page 1: {:?}", words.iter().map(|w| &w.text).collect::<Vec<_>>())
        })
}

/// Where lines start and end in a template: the edges, measured from the
/// side where lines start (the left edge of a left-to-right page, the right
/// edge of a right-to-left one), of the name's and the experience heading's
/// first word, and of what each template sets at a side of its own: in
/// `print` the start of the first job's period and of its company (the
/// two columns), in `classic` the end of the period (at the far side), in
/// `sidebar` the start of the company's line.
fn edges(data: &Path, template: &str, rtl: bool) -> Option<Vec<(&'static str, f64)>> {
    let pdf = render(data, &["--template", template]);
    let width = f64::from(page_sizes(&pdf)[0].0);
    let words = words(&pdf)?;
    let json = contract(data);
    let job = &json["experience"]["jobs"][0];
    let period = job["period"]["start"].as_str().unwrap();
    let company = first_word(&json_text(&job["company"]));
    let start = |word: &Word| if rtl { width - word.right } else { word.left };
    let end = |word: &Word| if rtl { word.left } else { width - word.right };
    let mut found = vec![
        ("name", start(find(&words, &first_word(json["person"]["name_plain"].as_str().unwrap()), rtl))),
        ("experience heading", start(find(&words, &first_word(json["labels"]["experience"].as_str().unwrap()), rtl))),
    ];
    match template {
        "print" => {
            found.push(("period", start(find(&words, &first_word(period), rtl))));
            found.push(("company", start(find(&words, &company, rtl))));
        }
        "classic" => {
            // The period's line ends with the open end's last word, drawn at
            // the far side.
            let present = json["labels"]["present"].as_str().unwrap();
            let last = present.split_whitespace().last().unwrap();
            found.push(("period's end", end(find(&words, last, rtl))));
        }
        _ => found.push(("company", start(find(&words, &company, rtl)))),
    }
    Some(found)
}

/// Rich text of the contract as plain text.
fn json_text(rich: &serde_json::Value) -> String {
    rich.as_array()
        .unwrap()
        .iter()
        .map(|node| node.as_str().map(str::to_owned).unwrap_or_else(|| json_text(&node["body"])))
        .collect()
}

/// The name, the section headings, the periods and the companies start at
/// the right margin of their column in an RTL CV exactly where they start
/// at the left margin in a left-to-right one, and what ends at the right
/// there ends at the left: the page is the mirror image.
#[test]
fn a_right_to_left_cv_starts_its_lines_at_the_right_margin_in_every_template() {
    for template in cvpdf::builtin_templates() {
        let Some(ltr) = edges(&example("en"), template, false) else { return };
        for code in RIGHT_TO_LEFT {
            let rtl = edges(&example(code), template, true).unwrap();
            for ((what, left), (_, right)) in ltr.iter().zip(&rtl) {
                assert!(
                    (left - right).abs() < 1.0,
                    "{code}/{template}: the {what} is {right:.1} pt from the start edge, not {left:.1}"
                );
            }
        }
    }
}

/// Whether page 1's photo is on the left half: the darker half of the band
/// the photo spans, rasterised by poppler.
fn photo_on_the_left(pdf: &[u8]) -> Option<bool> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.pdf");
    std::fs::write(&path, pdf).unwrap();
    let prefix = dir.path().join("page");
    let ran = std::process::Command::new("pdftoppm")
        .args(["-r", "20", "-png", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&path)
        .arg(&prefix)
        .status();
    if ran.is_err() {
        assert!(std::env::var_os("CI").is_none(), "CI must install poppler-utils");
        return None;
    }
    let image = image::open(dir.path().join("page.png")).unwrap().to_luma8();
    let (width, height) = image.dimensions();
    let darkness = |from: u32, to: u32| -> u64 {
        (from..to)
            .flat_map(|x| (0..height / 3).map(move |y| (x, y)))
            .map(|(x, y)| u64::from(255 - image.get_pixel(x, y).0[0]))
            .sum()
    };
    Some(darkness(0, width / 2) > darkness(width / 2, width))
}

/// The photo is at the end of the line the name starts: on the right of a
/// left-to-right page, on the left of a right-to-left one. (In `sidebar`
/// it sits in the sidebar, which is at the start: the other way round.)
#[test]
fn the_photo_is_mirrored_with_the_page() {
    let photo = root().join("examples/starter/photo.jpg");
    for template in cvpdf::builtin_templates() {
        let ltr = render(&example("en"), &["--template", template, "--photo", photo.to_str().unwrap()]);
        let Some(ltr_left) = photo_on_the_left(&ltr) else { return };
        for code in RIGHT_TO_LEFT {
            let rtl = render(&example(code), &["--template", template, "--photo", photo.to_str().unwrap()]);
            assert_ne!(photo_on_the_left(&rtl), Some(ltr_left), "{code}/{template}: the photo is not mirrored");
        }
    }
}

/// A sentence that mixes a right-to-left language with a Latin word, a
/// year and an e-mail address reads in its own order in the PDF's text
/// layer (poppler's logical order), and the year and the address are
/// drawn left to right: `2016`, not `6102`.
#[test]
fn a_mixed_sentence_reads_in_order_and_keeps_numbers_and_addresses_left_to_right() {
    let sentences = [
        ("ar", "أكتب خدمات بلغة Go وقاعدة بيانات PostgreSQL منذ عام 2016، وللتواصل ar@example.org."),
        ("he", "אני כותבת שירותים ב־Go וב־PostgreSQL מאז 2016; אפשר לכתוב לי ל־he@example.org."),
        ("fa", "از سال 2016 با Go و PostgreSQL سرویس می‌نویسم؛ نشانی من fa@example.org است."),
    ];
    for (code, sentence) in sentences {
        let yaml = std::fs::read_to_string(example(code)).unwrap();
        assert!(yaml.contains(sentence), "{code}: the example's sentence changed");
        for template in cvpdf::builtin_templates() {
            let pdf = render(&example(code), &["--template", template]);
            let Some(text) = poppler(&pdf, &["-enc", "UTF-8"]) else { return };
            // The sentence's letters, numbers and address in its own order,
            // whatever white space poppler puts between runs of the two
            // directions.
            assert!(
                reading_form(&text).contains(&reading_form(sentence)),
                "{code}/{template}: {sentence:?} not in {text}"
            );
            let drawn = words(&pdf).unwrap();
            for ltr in [format!("{code}@example.org"), "2016".to_owned(), "PostgreSQL".to_owned()] {
                assert!(
                    drawn.iter().any(|word| word.text.contains(&ltr)),
                    "{code}/{template}: {ltr} is not drawn left to right"
                );
            }
        }
    }
}

/// The web page sets `dir="rtl"` and mirrors through logical CSS
/// properties; Markdown's front matter says `dir: rtl`; the data a template
/// receives carries the direction.
#[test]
fn the_web_page_markdown_and_the_contract_mark_the_direction() {
    for code in RIGHT_TO_LEFT {
        let dir = tempfile::tempdir().unwrap();
        let html = dir.path().join("cv.html");
        let output =
            run_in(dir.path(), &["render", example(code).to_str().unwrap(), "-o", html.to_str().unwrap(), "-q"]);
        assert!(output.status.success(), "{output:?}");
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(page.contains(&format!("<html lang=\"{code}\" dir=\"rtl\">")), "{code}: {}", &page[..200]);
        let markdown = dir.path().join("cv.md");
        let output = run_in(
            dir.path(),
            &["render", example(code).to_str().unwrap(), "-o", markdown.to_str().unwrap(), "-q", "--no-photo"],
        );
        assert!(output.status.success(), "{output:?}");
        let markdown = std::fs::read_to_string(&markdown).unwrap();
        let front = markdown.split("---").nth(1).unwrap();
        assert!(front.contains("\ndir: rtl\n"), "{code}: {front}");
        let json = contract(&example(code));
        assert_eq!((json["dir"].as_str(), json["hyphenation"].is_null()), (Some("rtl"), true), "{code}");
    }
    let english = contract(&example("en"));
    assert_eq!((english["dir"].as_str(), english["hyphenation"].as_str()), (Some("ltr"), Some("en")));
    let zola = run_in(
        &root(),
        &[
            "render",
            example("he").to_str().unwrap(),
            "-f",
            "md",
            "-o",
            "-",
            "-q",
            "--no-photo",
            "--front-matter",
            "zola",
        ],
    );
    assert!(
        String::from_utf8_lossy(&zola.stdout).contains("extra:\n  dir: rtl\n"),
        "Zola takes its own keys only at the top"
    );
    // The page's style sheet says `start` and `end`, never a physical side
    // that would not mirror.
    let css = std::fs::read_to_string(root().join("typst/web/style.css")).unwrap();
    for line in
        css.lines().filter(|line| !line.trim_start().starts_with("/*") && !line.trim_start().starts_with("the print"))
    {
        for physical in ["-left", "-right", "left:", "right:", "text-align: left", "text-align: right", "float:"] {
            assert!(!line.contains(physical), "style.css: {physical} in {line:?} does not mirror");
        }
    }
}

#[test]
fn a_phone_an_email_and_an_address_read_as_written_on_a_right_to_left_page() {
    // «+972 50 123 4567» in a Hebrew CV: drawn with the plus at the left and
    // the groups in their order, read so by poppler and by `cvpdf ats`; the
    // footer's address keeps its trailing slash at its end; the web page
    // sets the number and the e-mail left to right.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("he")).unwrap();
    assert!(text.contains("    email: "), "the Hebrew example has no e-mail to add a phone beside");
    let text = text.replacen("    email: ", "    phone: \"+972 50 123 4567\"\n    email: ", 1).replacen(
        "updated:",
        "url: https://noa.example.org/cv/\nupdated:",
        1,
    );
    let data = dir.path().join("cv.yaml");
    std::fs::write(&data, text).unwrap();
    for template in cvpdf::builtin_templates() {
        let pdf = render(&data, &["-t", template]);
        let Some(words) = words(&pdf) else { return };
        let plus = words.iter().find(|word| word.text.contains("972")).expect("the phone is printed");
        let last = words.iter().find(|word| word.text.contains("4567")).unwrap();
        assert!(
            plus.text.starts_with("+972") && plus.left < last.left,
            "{template}: drawn {} … {}",
            plus.text,
            last.text
        );
        let Some(read) = poppler(&pdf, &["-raw"]) else { return };
        assert!(read.contains("+972 50 123 4567"), "{template}: poppler reads {read}");
        if template == "print" {
            assert!(read.contains("https://noa.example.org/cv/"), "{template}: the footer's address reads {read}");
        }
        let output = run_in(dir.path(), &["ats", "cv.yaml", "-t", template]);
        let report = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
        assert!(!report.contains("person.contacts.phone"), "{template}: {report}");
    }
    let html = std::fs::read_to_string({
        let out = dir.path().join("cv.html");
        let output = run_in(dir.path(), &["render", "cv.yaml", "-o", out.to_str().unwrap()]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        out
    })
    .unwrap();
    assert!(html.contains("<a dir=\"ltr\" href=\"tel:+972501234567\">+972 50 123 4567</a>"), "{html}");
    assert!(html.contains("<a dir=\"ltr\" href=\"mailto:"), "the e-mail is not set left to right");
}

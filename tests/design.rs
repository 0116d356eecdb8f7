//! Design options: the data's `design:` map (and `--set design.…`) changes
//! the PDF as each option says, leaves it byte for byte alone when it says
//! nothing, and refuses a bad option at its line with the nearest name.

use std::path::{Path, PathBuf};

use crate::common::{cvpdf, long_cv, long_dir, page_sizes, pdf_fonts, pdf_images, pdf_text, render, run_in, squeeze};

/// The long fixture with `design` (YAML lines, indented under `design:`)
/// appended, written with its photo into a fresh folder.
fn with_design(design: &str) -> (tempfile::TempDir, PathBuf) {
    with_text(&if design.is_empty() { String::new() } else { format!("\ndesign:\n{design}") })
}

/// The long fixture with `extra` appended, written with its photo into a
/// fresh folder.
fn with_text(extra: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(long_dir().join("photo.jpg"), dir.path().join("photo.jpg")).unwrap();
    let text = std::fs::read_to_string(long_cv()).unwrap() + extra;
    let data = dir.path().join("cv.yaml");
    std::fs::write(&data, text).unwrap();
    (dir, data)
}

/// Every fill colour set in the PDF's content streams, as 0–255 RGB.
fn fill_colours(pdf: &[u8]) -> Vec<[u8; 3]> {
    let doc = lopdf::Document::load_mem(pdf).expect("PDF parses");
    let mut colours = Vec::new();
    for object in doc.objects.values() {
        let Ok(stream) = object.as_stream() else { continue };
        let content = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
        let text = String::from_utf8_lossy(&content);
        let words: Vec<&str> = text.split_whitespace().collect();
        for window in words.windows(4) {
            if let [r, g, b, "scn" | "sc" | "rg"] = window
                && let (Ok(r), Ok(g), Ok(b)) = (r.parse::<f32>(), g.parse::<f32>(), b.parse::<f32>())
            {
                colours.push([r, g, b].map(|c| (c * 255.0).round() as u8));
            }
        }
    }
    colours
}

/// The boxes (left, top, bottom) of the words on the first page, in
/// points from the top-left corner, as `pdftotext -bbox` reads them; none
/// where poppler-utils is missing outside CI.
fn word_boxes(pdf: &[u8]) -> Option<Vec<(f64, f64, f64)>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.pdf");
    std::fs::write(&path, pdf).unwrap();
    let html = dir.path().join("box.html");
    let ran =
        std::process::Command::new("pdftotext").args(["-bbox", "-f", "1", "-l", "1"]).arg(&path).arg(&html).output();
    let Ok(output) = ran else {
        assert!(std::env::var_os("CI").is_none(), "CI must install poppler-utils for pdftotext");
        eprintln!("skipped: no pdftotext on this machine (apt-get install poppler-utils)");
        return None;
    };
    assert!(output.status.success(), "pdftotext failed");
    let text = std::fs::read_to_string(html).unwrap();
    let number = |word: &str, key: &str| -> f64 {
        let at = word.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        word[at..].split('"').next().unwrap().parse().unwrap()
    };
    let words = text.split("<word ").skip(1);
    Some(words.map(|word| (number(word, "xMin"), number(word, "yMin"), number(word, "yMax"))).collect())
}

/// The left edge of the leftmost word set between the top and bottom
/// margins `margin`, on a page `height` high: the body, not the running
/// lines.
fn body_left(words: &[(f64, f64, f64)], margin: f64, height: f64) -> f64 {
    let body = words.iter().filter(|(_, top, bottom)| *top >= margin - 2.0 && *bottom <= height - margin + 2.0);
    body.map(|(left, _, _)| *left).fold(f64::MAX, f64::min)
}

#[test]
fn no_design_and_an_empty_design_give_the_same_bytes_as_the_defaults_written_out() {
    let (_dir, empty) = with_text("\ndesign: {}\n");
    let (_dir2, written) = with_design(
        "  page: a4\n  hide: []\n  date_style: words\n  line_spacing: 1\n  photo_shape: rounded\n  link_color: \"#2C5D63\"\n",
    );
    for template in cvpdf::builtin_templates() {
        let plain = render(&long_cv(), &["-t", template]);
        assert_eq!(plain, render(&empty, &["-t", template]), "{template}: `design: {{}}` changed the PDF");
        if template == "sidebar" {
            // Its own defaults, spelled out (the accent in upper case).
            assert_eq!(plain, render(&written, &["-t", template]), "sidebar: its defaults changed the PDF");
        }
    }
    let (_dir3, print_defaults) =
        with_design("  font: Inter\n  size: 10.5pt\n  period_width: 134.9pt\n  link_color: \"#2b6cd0\"\n");
    assert_eq!(render(&long_cv(), &[]), render(&print_defaults, &[]), "print: its defaults changed the PDF");
}

#[test]
fn the_page_option_sets_the_media_box_of_every_page() {
    for (page, size) in [("letter", (612.0, 792.0)), ("a5", (419.53, 595.28)), ("a4", (595.28, 841.89))] {
        let (_dir, data) = with_design(&format!("  page: {page}\n"));
        for template in cvpdf::builtin_templates() {
            let sizes = page_sizes(&render(&data, &["-t", template]));
            assert!(!sizes.is_empty());
            for (width, height) in sizes {
                let near = (width - size.0).abs() < 0.1 && (height - size.1).abs() < 0.1;
                assert!(near, "{template} with page {page}: a page of {width} x {height} pt");
            }
        }
    }
}

#[test]
fn the_margin_option_moves_the_text_to_it() {
    let (_dir, data) = with_design("  margin: 30mm\n  hide: [photo]\n");
    let margin = 30.0 * 72.0 / 25.4;
    let height = 841.89;
    for template in ["print", "classic"] {
        let Some(plain) = word_boxes(&render(&long_cv(), &["-t", template, "--no-photo"])) else { return };
        let words = word_boxes(&render(&data, &["-t", template])).unwrap();
        let left = body_left(&words, margin, height);
        assert!((left - margin).abs() < 2.0, "{template}: the body starts at x = {left}, not at the margin {margin}");
        let plain_left = body_left(&plain, margin, height);
        assert!((plain_left - margin).abs() > 10.0, "{template}: the default margin is already {plain_left}");
        // Nothing is set in the top margin but the running head.
        let above = words.iter().filter(|(_, top, _)| *top < margin - 2.0).count();
        assert!(above <= 12, "{template}: {above} words in the top margin");
    }
}

#[test]
fn font_options_choose_the_embedded_families() {
    let (_dir, data) = with_design("  font: PT Serif\n");
    let fonts = pdf_fonts(&render(&data, &[]));
    assert!(fonts.iter().any(|(name, embedded)| name.contains("PTSerif") && *embedded), "{fonts:?}");
    assert!(!fonts.iter().any(|(name, _)| name.contains("Inter")), "print still uses Inter: {fonts:?}");
    let (_dir, data) = with_design("  heading_font: DejaVu Serif\n");
    let fonts = pdf_fonts(&render(&data, &["-t", "classic"]));
    assert!(fonts.iter().any(|(name, _)| name.contains("DejaVuSerif")), "{fonts:?}");
    assert!(!fonts.iter().any(|(name, _)| name.contains("PTSerif")), "classic still heads in PT Serif: {fonts:?}");
    assert!(fonts.iter().any(|(name, _)| name.contains("PTSans")), "{fonts:?}");
}

#[test]
fn colour_options_reach_the_content_stream() {
    let firebrick = [0xb2, 0x22, 0x22];
    let green = [0x00, 0x64, 0x00];
    let (_dir, data) = with_design("  accent: firebrick\n  link_color: \"#006400\"\n");
    for template in cvpdf::builtin_templates() {
        let plain = fill_colours(&render(&long_cv(), &["-t", template]));
        let colours = fill_colours(&render(&data, &["-t", template]));
        assert!(
            !plain.contains(&firebrick) && !plain.contains(&green),
            "{template}: the colours are there without options"
        );
        assert!(colours.contains(&firebrick), "{template}: no accent in {colours:?}");
        assert!(colours.contains(&green), "{template}: no link colour in {colours:?}");
    }
}

#[test]
fn hidden_details_are_absent_from_the_text_and_the_photo_from_the_pdf() {
    let phone = ["--set", "person.contacts.phone=+7 900 123-45-67"];
    let (_dir, data) = with_design("  hide: [age, birth_date, gender, phone, address, photo]\n");
    for template in cvpdf::builtin_templates() {
        let shown = squeeze(&pdf_text(&render(&long_cv(), &[&["-t", template][..], &phone[..]].concat())));
        for text in ["Мужчина", "51год", "14мая1974", "+7900123-45-67", "Екатеринбург,готовкпереезду"]
        {
            assert!(shown.contains(text), "{template}: {text} is missing without `hide`");
        }
        let pdf = render(&data, &[&["-t", template][..], &phone[..]].concat());
        let hidden = squeeze(&pdf_text(&pdf));
        for text in ["Мужчина", "51год", "14мая1974", "123-45-67", "Екатеринбург,готов", "родился"]
        {
            assert!(!hidden.contains(text), "{template}: {text} is printed though hidden");
        }
        assert!(hidden.contains("готовкпереезду"), "{template}: the rest of the stance went too");
        assert!(pdf_images(&pdf).is_empty(), "{template}: the photo is in the PDF though hidden");
    }
    // What is not hidden stays, worded without what is.
    let (_dir, data) = with_design("  hide: [birth_date]\n");
    let text = squeeze(&pdf_text(&render(&data, &[])));
    assert!(text.contains("Мужчина,51год") && !text.contains("14мая1974"), "{text}");
    let (_dir, data) = with_design("  hide: [gender]\n");
    let text = squeeze(&pdf_text(&render(&data, &[])));
    assert!(text.contains("51год,датарождения14мая1974") && !text.contains("Мужчина"), "{text}");
}

#[test]
fn numeric_dates_replace_the_months_in_words() {
    let (_dir, data) = with_design("  date_style: numeric\n");
    let text = squeeze(&pdf_text(&render(&data, &[])));
    assert!(text.contains("03.2022—"), "no numeric start: {text}");
    assert!(text.contains("родился14.05.1974"), "no numeric birth date");
    assert!(!text.contains("Март2022"), "a month in words is left");
}

#[test]
fn set_changes_design_options_for_one_run() {
    let letter = page_sizes(&render(&long_cv(), &["--set", "design.page=letter"]));
    assert!(letter.iter().all(|(width, _)| (width - 612.0).abs() < 0.1), "{letter:?}");
    let text = squeeze(&pdf_text(&render(&long_cv(), &["--set", "design.hide=[age, birth_date]"])));
    assert!(!text.contains("51год") && !text.contains("14мая1974") && text.contains("Мужчина"), "{text}");
    // A list element of the data's own `hide`.
    let (_dir, data) = with_design("  hide: [address, photo]\n");
    let text = squeeze(&pdf_text(&render(&data, &["--set", "design.hide[0]=age"])));
    assert!(text.contains("Екатеринбург,готов") && !text.contains("51год"), "{text}");
    let bad = cvpdf().args(["check", long_cv().to_str().unwrap(), "--set", "design.page=legal"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2), "{}", String::from_utf8_lossy(&bad.stderr));
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(message.contains("--set design.page=legal") && message.contains("a4, letter, a5"), "{message}");
}

/// `check` on the long fixture with `design` appended: exit code and stderr.
fn check(design: &str, extra: &[&str]) -> (Option<i32>, String) {
    let (dir, data) = with_design(design);
    let output = run_in(dir.path(), &[&["check", data.to_str().unwrap()][..], extra].concat());
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn bad_options_are_errors_at_their_line_with_the_nearest_name() {
    let line = std::fs::read_to_string(long_cv()).unwrap().lines().count() + 3;
    let cases = [
        (
            "  page: A4\n  pgae: letter\n",
            line + 1,
            "design.pgae: no template has an option `pgae`",
            "did you mean `page`?",
        ),
        ("  page: leter\n", line, "design.page: expected a page size", "did you mean `letter`?"),
        (
            "  font: PT Sanz\n",
            line,
            "no font family is called \"PT Sanz\"; the families are",
            "did you mean `PT Sans`?",
        ),
        ("  accent: bluw\n", line, "design.accent: expected a colour", "did you mean `blue`?"),
        ("  accent: \"#ffee00\"\n", line, "contrast of", "choose a darker colour"),
        (
            "  hide: [age, brith_date]\n",
            line,
            "design.hide[1]: nothing to hide is called `brith_date`",
            "did you mean `birth_date`?",
        ),
        ("  size: 30pt\n", line, "design.size: expected a length from 7pt to 14pt", ""),
        (
            "  date_style: numerc\n",
            line,
            "design.date_style: expected one of words, numeric",
            "did you mean `numeric`?",
        ),
        ("  line_spacing: wide\n", line, "design.line_spacing: expected a number", ""),
    ];
    for (design, line, message, hint) in cases {
        let (code, stderr) = check(design, &[]);
        assert_eq!(code, Some(1), "{design}: {stderr}");
        assert!(stderr.contains(&format!("cv.yaml:{line}:")), "{design}: not at line {line}: {stderr}");
        assert!(stderr.contains(message) && stderr.contains(hint), "{design}: {stderr}");
    }
    // The families include what --font-path adds.
    let fonts = crate::common::root().join("fonts/dejavu");
    let (code, stderr) = check("  font: Nope Sans\n", &["--font-path", fonts.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("DejaVu Sans") && stderr.contains("--font-path"), "{stderr}");
}

#[test]
fn an_option_only_another_builtin_offers_is_a_warning() {
    let (code, stderr) = check("  sidebar_width: 180pt\n", &["-t", "classic"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("warning:")
            && stderr
                .contains("design.sidebar_width: the template `classic` has no option `sidebar_width` (sidebar has)"),
        "{stderr}"
    );
    let (code, _) = check("  sidebar_width: 180pt\n", &["-t", "classic", "--deny-warnings"]);
    assert_eq!(code, Some(1));
    let (code, stderr) = check("  sidebar_width: 180pt\n", &["-t", "sidebar"]);
    assert_eq!(code, Some(0));
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// A directory template that prints its own option and the page it got.
fn custom_template(dir: &Path, manifest: &str) -> PathBuf {
    let template = dir.join("mine");
    std::fs::create_dir_all(&template).unwrap();
    std::fs::write(
        template.join("main.typ"),
        "#let cv = json(sys.inputs.at(\"cv-file\"))\n#set page(paper: cv.design.page.paper)\n\
         #set text(font: cv.design.font.family)\nBanner #cv.design.banner, accent #cv.design.accent, hidden #cv.design.hide.len()\n",
    )
    .unwrap();
    std::fs::write(template.join("typst.toml"), manifest).unwrap();
    template
}

#[test]
fn a_custom_template_declares_options_that_reach_it_and_its_manifest_is_checked() {
    let manifest = "[tool.cvpdf.options]\nbanner = { type = \"choice\", values = [\"calm\", \"loud\"], default = \"calm\", description = \"how loud\" }\n";
    let (dir, data) = with_design("  banner: loud\n  page: letter\n  hide: [phone]\n");
    let template = custom_template(dir.path(), manifest);
    let pdf = render(&data, &["-t", template.to_str().unwrap()]);
    let text = squeeze(&pdf_text(&pdf));
    assert!(text.contains("Bannerloud,accent#2b6cd0,hidden1"), "{text}");
    assert!(page_sizes(&pdf).iter().all(|(width, _)| (width - 612.0).abs() < 0.1));
    // Its default, when the data says nothing.
    let (dir, data) = with_design("");
    let template = custom_template(dir.path(), manifest);
    assert!(squeeze(&pdf_text(&render(&data, &["-t", template.to_str().unwrap()]))).contains("Bannercalm"));
    // The data is checked against its declarations.
    let (dir, data) = with_design("  banner: lound\n");
    let template = custom_template(dir.path(), manifest);
    let output = run_in(dir.path(), &["check", data.to_str().unwrap(), "-t", template.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("design.banner: expected one of calm, loud") && stderr.contains("did you mean `loud`?"));
    // A manifest with a mistake is an error that names it.
    let bad = "[tool.cvpdf.options]\nbanner = { type = \"choise\", values = [\"a\"], description = \"x\" }\n";
    let (dir, data) = with_design("");
    let template = custom_template(dir.path(), bad);
    let output = run_in(dir.path(), &["check", data.to_str().unwrap(), "-t", template.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("typst.toml: tool.cvpdf.options.banner: unknown type `choise`")
            && stderr.contains("= hint: did you mean `choice`?"),
        "{stderr}"
    );
    let listed = run_in(dir.path(), &["templates", "--options", template.to_str().unwrap()]);
    assert_eq!(listed.status.code(), Some(1));
    // A default font that is not there is the template's mistake, and says so.
    let missing = "[tool.cvpdf.options]\nfont = { type = \"font\", default = \"Nope Sans\", description = \"x\" }\n";
    let (dir, data) = with_design("");
    let template = custom_template(dir.path(), missing);
    let output = run_in(dir.path(), &["check", data.to_str().unwrap(), "-t", template.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the template's default for design.font, the font family \"Nope Sans\""), "{stderr}");
}

#[test]
fn templates_options_prints_each_option_with_its_default_and_description() {
    for template in cvpdf::builtin_templates() {
        let output = cvpdf().args(["templates", "--options", template]).output().unwrap();
        assert!(output.status.success());
        let table = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("option") && lines[0].contains("description"), "{table}");
        for name in ["page", "font", "accent", "hide", "margin", "line_spacing", "photo_shape", "date_style"] {
            assert!(lines.iter().any(|line| line.starts_with(&format!("{name} "))), "{template}: no {name}: {table}");
        }
    }
    let output = cvpdf().args(["templates", "--options", "sidebar"]).output().unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    let width = table.lines().find(|line| line.starts_with("sidebar_width")).unwrap();
    assert!(width.contains("200pt") && width.contains("the width of the tinted sidebar"), "{width}");
    let output = cvpdf().args(["templates", "--options", "clasic"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `classic`?"));
}

#[test]
fn the_schema_describes_every_builtin_option() {
    let output = cvpdf().arg("schema").output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let design = &schema["definitions"]["Design"];
    let design = if design.is_null() { &schema["properties"]["design"] } else { design };
    let options = design["properties"].as_object().expect("design options in the schema");
    for template in cvpdf::builtin_templates() {
        let table = cvpdf().args(["templates", "--options", template]).output().unwrap().stdout;
        for line in String::from_utf8(table).unwrap().lines().skip(1) {
            let name = line.split_whitespace().next().unwrap();
            let description = options[name]["description"].as_str().unwrap_or_default();
            assert!(description.contains(template), "{name}: the schema does not name {template}: {description}");
        }
    }
    assert_eq!(options["page"]["enum"], serde_json::json!(["a4", "letter", "a5"]));
}

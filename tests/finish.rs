//! The finish of a printed page: page breaks where the data asks for them
//! (`pages:` by part, `page:` by entry), no page that ends with a part's
//! title alone, no paragraph that leaves a single line at a page's edge, no
//! fixture or example that ends on a stray last page (pulled back or
//! filled), contact links that print
//! their addresses, the footer note on every page, the QR code of the CV's
//! address and the contacts' icons with their text alternatives. Pages are
//! read back with poppler (`pdftotext -bbox`), the PDF's structure with
//! lopdf, the QR code with rqrr from a page image.

use std::path::Path;

use crate::common::*;

/// The text of page `page` (from 1) as pdftotext reads it.
fn page_text(pdf: &[u8], page: usize) -> Option<String> {
    poppler(pdf, &["-f", &page.to_string(), "-l", &page.to_string()])
}

fn page_count(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).expect("a PDF").get_pages().len()
}

/// The fixture written to a scratch folder with `edit` applied to its text.
fn edited(name: &str, dir: &Path, edit: impl Fn(String) -> String) -> std::path::PathBuf {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let path = dir.join("cv.yaml");
    std::fs::write(&path, edit(text)).unwrap();
    path
}

/// Where each built-in's body ends, from the page's top edge: below it are
/// the running footer and the footer note (A4, the default margins).
fn body_bottom(template: &str) -> f64 {
    match template {
        "print" => 842.0 - 40.0,
        "classic" => 842.0 - 56.0,
        _ => 842.0 - 44.0,
    }
}

/// Where each built-in's body starts: above it is the running header.
fn body_top(template: &str) -> f64 {
    match template {
        "print" => 34.0,
        "classic" => 50.0,
        _ => 34.0,
    }
}

#[test]
fn a_part_with_page_new_starts_a_page() {
    // `pages: {education: new}`; `sidebar` sets education in its sidebar,
    // beside the main column, where no page break applies.
    for template in ["print", "classic"] {
        let pdf = render(&fixture("finish"), &["-t", template]);
        let Some(words) = words(&pdf) else { return };
        let title = words.iter().find(|word| word.text == "Education").expect("the education title is printed");
        assert!(title.page > 1, "{template}: education is on page 1");
        let above: Vec<&Word> = words
            .iter()
            .filter(|word| word.page == title.page && word.top > body_top(template) && word.top < title.top - 1.0)
            .collect();
        assert!(above.is_empty(), "{template}: education does not start page {}: {above:?}", title.page);
    }
    // And the break is the data's: without it, education follows on in
    // `print` (in `classic` it happens to start a page anyway).
    {
        let template = "print";
        let dir = tempfile::tempdir().unwrap();
        let data = edited("finish", dir.path(), |text| text.replace("pages:\n  education: new\n", ""));
        let pdf = render(&data, &["-t", template]);
        let words = words(&pdf).unwrap();
        let title = words.iter().find(|word| word.text == "Education").unwrap();
        let above = words
            .iter()
            .filter(|word| word.page == title.page && word.top > body_top(template) && word.top < title.top - 1.0);
        assert!(above.count() > 0, "{template}: education starts a page even when the data does not ask");
    }
}

#[test]
fn an_entry_with_page_new_starts_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let data = edited("finish", dir.path(), |text| {
        text.replace("    title: Systems Administrator\n", "    title: Systems Administrator\n    page: new\n")
    });
    for template in ["print", "classic", "sidebar"] {
        let pdf = render(&data, &["-t", template]);
        let Some(words) = words(&pdf) else { return };
        let faro = words.iter().find(|word| word.text == "Faro").expect("the job is printed");
        let column = |word: &&Word| template != "sidebar" || word.left > 180.0;
        let above = words
            .iter()
            .filter(column)
            .filter(|word| word.page == faro.page && word.top > body_top(template) && word.top < faro.top - 1.0)
            .count();
        // In `print` the period is set beside the company, level with it.
        assert_eq!(above, 0, "{template}: the job with `page: new` does not start page {}", faro.page);
    }
}

/// The words of `pdf` on the page of the first word `text`, in its
/// column, above it and below the running header.
fn above_on_its_page(words: &[Word], text: &str, template: &str) -> (usize, usize) {
    let found = words.iter().find(|word| word.text == text).unwrap_or_else(|| panic!("{template}: no {text}"));
    let column = |word: &&Word| template != "sidebar" || word.left > 180.0;
    let above = words
        .iter()
        .filter(column)
        .filter(|word| word.page == found.page && word.top > body_top(template) && word.top < found.top - 1.0)
        .count();
    (found.page, above)
}

/// The text of each paragraph of the Word document at `path` that has a
/// page break before it.
fn paragraphs_after_a_page_break(path: &Path) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(std::fs::read(path).unwrap())).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let document = roxmltree::Document::parse(&xml).unwrap();
    document
        .descendants()
        .filter(|node| node.has_tag_name("p") && node.descendants().any(|node| node.has_tag_name("pageBreakBefore")))
        .map(|node| node.descendants().filter(|node| node.has_tag_name("t")).filter_map(|node| node.text()).collect())
        .collect()
}

#[test]
fn a_publication_written_in_the_data_may_start_a_page() {
    // The fixture's one entry written in the data, and an older one that
    // asks for a new page (newest first, it is the last of the list).
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("publications").with_file_name("refs.bib"), dir.path().join("refs.bib")).unwrap();
    let data = edited("publications", dir.path(), |text| {
        text.replace(
            "      tags: [selected]\n",
            "      tags: [selected]\n    - title: Queues Revisited\n      authors: [\"Petrov, Ivan\"]\n      year: 2009\n      \
             page: new\n",
        )
    });
    for numbering in ["none", "descending"] {
        for template in ["print", "classic", "sidebar"] {
            let set = format!("publications.numbering={numbering}");
            let pdf = render(&data, &["-t", template, "--set", &set]);
            let Some(words) = words(&pdf) else { return };
            let (page, above) = above_on_its_page(&words, "Revisited.", template);
            assert!(page > 1 && above == 0, "{template}, {numbering}: page {page}, {above} words above");
        }
    }
    // Without the key, the entry follows the one before it.
    std::fs::create_dir(dir.path().join("unbroken")).unwrap();
    std::fs::copy(dir.path().join("refs.bib"), dir.path().join("unbroken/refs.bib")).unwrap();
    let unbroken = edited("publications", &dir.path().join("unbroken"), |text| {
        text.replace(
            "      tags: [selected]\n",
            "      tags: [selected]\n    - title: Queues Revisited\n      year: 2009\n",
        )
    });
    let (_, above) = above_on_its_page(&words(&render(&unbroken, &[])).unwrap(), "Revisited.", "print");
    assert!(above > 0, "the entry starts a page without asking");
    let html_path = dir.path().join("cv.html");
    let docx_path = dir.path().join("cv.docx");
    for path in [&html_path, &docx_path] {
        let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", path.to_str().unwrap(), "-q"]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let html = std::fs::read_to_string(&html_path).unwrap();
    let entry = html.find("Queues Revisited").expect("the entry on the web page");
    assert!(html[..entry].rfind("<li").map(|at| &html[at..entry]).unwrap().starts_with("<li class=\"page-new\">"));
    let broken = paragraphs_after_a_page_break(&docx_path);
    assert!(broken.len() == 1 && broken[0].contains("Queues Revisited"), "{broken:?}");
}

#[test]
fn a_part_whose_first_entry_starts_a_page_takes_its_title_along() {
    // The first job and the first publication ask for a new page: their
    // parts' titles go with them, in every output.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("publications").with_file_name("refs.bib"), dir.path().join("refs.bib")).unwrap();
    let data = edited("publications", dir.path(), |text| {
        text.replace("    title: Research scientist\n", "    title: Research scientist\n    page: new\n")
            .replace("      type: talk\n", "      type: talk\n      page: new\n")
    });
    for template in ["print", "classic"] {
        let pdf = render(&data, &["-t", template]);
        let Some(words) = words(&pdf) else { return };
        for (title, first) in [("Experience", "Fictional"), ("Publications", "Brokers")] {
            let title_page = words.iter().find(|word| word.text == title).unwrap().page;
            let (page, _) = above_on_its_page(&words, first, template);
            assert_eq!(title_page, page, "{template}: {title} is on page {title_page}, its first entry on {page}");
            let (_, above) = above_on_its_page(&words, title, template);
            assert!(page > 1 && above == 0, "{template}: {title} does not start page {page}");
        }
    }
    let docx_path = dir.path().join("cv.docx");
    let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", docx_path.to_str().unwrap(), "-q"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let broken = paragraphs_after_a_page_break(&docx_path);
    assert!(broken.iter().all(|text| text.starts_with("Experience") || text == "Publications"), "{broken:?}");
    assert_eq!(broken.len(), 2, "{broken:?}");
}

#[test]
fn a_kept_entry_is_on_one_page() {
    // Lighthouse Logistics has `page: keep`: its company and its last item
    // are on the same page in every template.
    for template in ["print", "classic", "sidebar"] {
        let pdf = render(&fixture("finish"), &["-t", template]);
        let Some(words) = words(&pdf) else { return };
        let first = words.iter().find(|word| word.text == "Lighthouse").unwrap().page;
        let last = words.iter().find(|word| word.text == "Christmas").unwrap().page;
        assert_eq!(first, last, "{template}: the kept job runs from page {first} to page {last}");
    }
    // Without `keep`, print splits it: the test can fail.
    let dir = tempfile::tempdir().unwrap();
    let data = edited("finish", dir.path(), |text| text.replace("    page: keep\n", ""));
    let words = words(&render(&data, &[])).unwrap();
    let first = words.iter().find(|word| word.text == "Lighthouse").unwrap().page;
    let last = words.iter().find(|word| word.text == "Christmas").unwrap().page;
    assert_ne!(first, last, "the fixture no longer tests `keep`: the job fits one page anyway");
}

/// The pages (but the last) of `pdf` whose last line of body text is set
/// larger than the text around it: a part's title left alone at the
/// bottom of a page.
fn pages_ending_with_a_title(pdf: &[u8], template: &str) -> Option<Vec<(usize, String)>> {
    let words = words(pdf)?;
    let pages = words.iter().map(|word| word.page).max().unwrap_or(0);
    // The main column only: the sidebar is a column of its own.
    let in_body = |word: &&Word| {
        word.top > body_top(template)
            && word.bottom < body_bottom(template)
            && (template != "sidebar" || word.left > 180.0)
    };
    let mut heights: Vec<f64> = words.iter().filter(in_body).map(|word| word.bottom - word.top).collect();
    heights.sort_by(f64::total_cmp);
    let body = heights.get(heights.len() / 2).copied()?;
    let mut lone = Vec::new();
    for page in 1..pages {
        let on_page: Vec<&Word> = words.iter().filter(in_body).filter(|word| word.page == page).collect();
        let Some(lowest) = on_page.iter().map(|word| word.top).max_by(f64::total_cmp) else { continue };
        let last_line: Vec<&&Word> = on_page.iter().filter(|word| (word.top - lowest).abs() < 3.0).collect();
        let height = last_line.iter().map(|word| word.bottom - word.top).fold(0.0, f64::max);
        if height > body * 1.25 {
            lone.push((page, last_line.iter().map(|word| word.text.as_str()).collect::<Vec<_>>().join(" ")));
        }
    }
    Some(lone)
}

#[test]
fn no_page_of_any_fixture_ends_with_a_title_alone() {
    for data in fixture_corpus() {
        for template in cvpdf::builtin_templates() {
            let pdf = render(&data, &["-t", template]);
            let Some(lone) = pages_ending_with_a_title(&pdf, template) else { return };
            assert!(lone.is_empty(), "{} in {template}: pages end with a title alone: {lone:?}", data.display());
        }
    }
}

#[test]
fn the_title_check_can_fail() {
    // A title forced to the foot of a page by filling the page above it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("t.typ"),
        "#set page(paper: \"a4\", margin: (top: 34pt, bottom: 40pt, x: 40pt))\n\
         #v(20pt)\nSome body text on the first page\n#v(640pt)\n#text(size: 18pt)[Education]\n\
         #pagebreak()\n#v(20pt)\nNext page text here\n",
    )
    .unwrap();
    let data = fixture("minimal");
    let out = dir.path().join("t.pdf");
    let output = run_in(
        dir.path(),
        &["render", data.to_str().unwrap(), "--template", "t.typ", "-o", out.to_str().unwrap(), "-q"],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let Some(lone) = pages_ending_with_a_title(&std::fs::read(&out).unwrap(), "print") else { return };
    assert_eq!(lone.len(), 1, "{lone:?}");
}

/// The words `w100` … `w299` of one long paragraph: `filler` one-line
/// paragraphs before it move it down the page, line by line, across the
/// foot of the first page.
fn numbered_paragraph() -> String {
    (100..300).map(|number| format!("w{number}")).collect::<Vec<_>>().join(" ")
}

/// How many lines of the numbered paragraph each page holds.
fn paragraph_lines_per_page(pdf: &[u8]) -> Option<std::collections::BTreeMap<usize, usize>> {
    let mut tops: Vec<(usize, f64)> = words(pdf)?
        .into_iter()
        .filter(|word| word.text.len() == 4 && word.text.starts_with('w') && word.text[1..].parse::<u32>().is_ok())
        .map(|word| (word.page, word.top))
        .collect();
    tops.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap());
    tops.dedup_by(|a, b| a.0 == b.0 && (a.1 - b.1).abs() < 2.0);
    let mut lines = std::collections::BTreeMap::new();
    for (page, _) in tops {
        *lines.entry(page).or_insert(0) += 1;
    }
    Some(lines)
}

/// What a sweep of fillers did to the numbered paragraph.
struct Sweep {
    /// The fillers for which it was split with a single line on one side
    /// of the break, with its lines on each page.
    lone: Vec<(usize, Vec<usize>)>,
    /// How many fillers split it at all.
    split: usize,
}

/// Renders the numbered paragraph behind each of `fillers` with
/// `render_with` and sees how it was split.
fn lone_lines_over(fillers: std::ops::Range<usize>, mut render_with: impl FnMut(usize) -> Vec<u8>) -> Option<Sweep> {
    let mut lone = Vec::new();
    let mut split = 0;
    for filler in fillers {
        let lines = paragraph_lines_per_page(&render_with(filler))?;
        if lines.len() > 1 {
            split += 1;
            if lines.values().any(|count| *count == 1) {
                lone.push((filler, lines.values().copied().collect()));
            }
        }
    }
    Some(Sweep { lone, split })
}

#[test]
fn no_paragraph_leaves_a_single_line_alone_at_a_page_edge() {
    let dir = tempfile::tempdir().unwrap();
    for template in cvpdf::builtin_templates() {
        let found = lone_lines_over(12..48, |filler| {
            let fillers: String = (1..=filler).map(|n| format!("  - Filler line {n}.\n")).collect();
            let data = dir.path().join("cv.yaml");
            std::fs::write(
                &data,
                format!(
                    "updated: \"2026-02-08\"\nlang: en\nperson:\n  name: Mira Castellano\nheadline: Engineer\n\
                     about:\n{fillers}  - {}\n",
                    numbered_paragraph()
                ),
            )
            .unwrap();
            render(&data, &["-t", template, "--set", "design.pull_back=false"])
        });
        let Some(Sweep { lone, split }) = found else { return };
        assert!(split >= 3, "{template}: the sweep split the paragraph only {split} times: it proves nothing");
        assert!(
            lone.is_empty(),
            "{template}: a single line of the paragraph alone (fillers, lines per page): {lone:?}"
        );
    }
}

#[test]
fn the_lone_line_check_can_fail() {
    // The same sweep through a page with no widow and orphan costs.
    let dir = tempfile::tempdir().unwrap();
    let data = fixture("minimal");
    let found = lone_lines_over(20..44, |filler| {
        let fillers: String = (1..=filler).map(|n| format!("Filler line {n}.\n\n")).collect();
        std::fs::write(
            dir.path().join("t.typ"),
            format!(
                "#set page(paper: \"a4\", margin: (top: 34pt, bottom: 40pt, x: 40pt))\n\
                 #set text(size: 10.5pt, costs: (widow: 0%, orphan: 0%))\n{fillers}{}\n",
                numbered_paragraph()
            ),
        )
        .unwrap();
        let out = dir.path().join("t.pdf");
        let output = run_in(
            dir.path(),
            &["render", data.to_str().unwrap(), "--template", "t.typ", "-o", out.to_str().unwrap(), "-q"],
        );
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        std::fs::read(&out).unwrap()
    });
    let Some(Sweep { lone, .. }) = found else { return };
    assert!(!lone.is_empty(), "no sweep of a page without costs left a single line alone");
}

#[test]
fn a_fixture_built_to_spill_two_lines_renders_one_page_shorter() {
    let data = fixture("finish-spill");
    let as_is = render(&data, &["--set", "design.pull_back=false"]);
    assert_eq!(page_count(&as_is), 2, "the fixture no longer spills onto a second page");
    let Some(spilled) = page_text(&as_is, 2) else { return };
    let spilled_lines = spilled.lines().filter(|line| line.contains("Reviewed") || line.contains("tests and notes"));
    assert!(spilled_lines.count() <= 2, "more than two lines spill: {spilled}");

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let summary = String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
    assert!(summary.contains("1 page (a stray last page pulled back: line spacing 0."), "{summary}");
    let pulled = std::fs::read(&out).unwrap();
    assert_eq!(page_count(&pulled), 1);
    assert!(squeeze(&pdf_text(&pulled)).contains(&squeeze("change number 12 of the routing service")));
}

/// Every CV of the tests' corpus and every example cvpdf ships (the
/// owner's own CV in `data/` is not a test's to read).
fn corpus_and_examples() -> Vec<std::path::PathBuf> {
    let mut all = fixture_corpus();
    let examples = root().join("examples");
    let mut folders = vec![examples.join("i18n")];
    let mut found = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                folders.push(path);
            } else if name.starts_with("cv") && name.ends_with(".yaml") {
                found.push(path);
            }
        }
    }
    for entry in std::fs::read_dir(&examples).unwrap() {
        let folder = entry.unwrap().path();
        for file in ["cv.yaml", "cv.en.yaml", "cv.ru.yaml"] {
            if folder.join(file).is_file() {
                found.push(folder.join(file));
            }
        }
    }
    found.sort();
    all.extend(found);
    all
}

/// The pages of `pdf` and how many lines of body text its last page is
/// filled to, read with poppler: how far down the text area the last
/// word reaches, in lines of the body's pitch (the most common distance
/// between two lines that start at the same edge).
fn last_page_fill(pdf: &[u8], template: &str) -> Option<(usize, f64)> {
    let words: Vec<Word> = words(pdf)?
        .into_iter()
        .filter(|word| word.top > body_top(template) && word.bottom < body_bottom(template))
        .collect();
    let pages = words.iter().map(|word| word.page).max()?;
    let mut heights: Vec<f64> = words.iter().map(|word| word.bottom - word.top).collect();
    heights.sort_by(f64::total_cmp);
    let body = heights[heights.len() / 2];
    // Lines of body text that start at the same edge (left, or right in
    // a right-to-left script), one under the other.
    let mut steps = Vec::new();
    for page in 1..=pages {
        let mut columns: std::collections::BTreeMap<(bool, i64), Vec<f64>> = std::collections::BTreeMap::new();
        for word in words.iter().filter(|word| word.page == page && (word.bottom - word.top - body).abs() < 1.0) {
            columns.entry((false, word.left.round() as i64)).or_default().push(word.top);
            columns.entry((true, word.right.round() as i64)).or_default().push(word.top);
        }
        for tops in columns.values_mut() {
            tops.sort_by(f64::total_cmp);
            tops.dedup_by(|a, b| (*a - *b).abs() < 1.0);
            // In half points, the most common of them is the pitch.
            steps.extend(
                tops.windows(2)
                    .map(|pair| pair[1] - pair[0])
                    .filter(|step| *step > 0.6 * body && *step < 2.0 * body)
                    .map(|step| (step * 2.0).round() as i64),
            );
        }
    }
    let mut counts: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for step in steps {
        *counts.entry(step).or_default() += 1;
    }
    let most_common = counts.iter().max_by_key(|(step, count)| (**count, -**step)).map(|(step, _)| *step as f64 / 2.0);
    let pitch = most_common.unwrap_or(body * 1.34);
    let lowest = words.iter().filter(|word| word.page == pages).map(|word| word.bottom).fold(0.0, f64::max);
    Some((pages, (lowest - body_top(template)) / pitch))
}

#[test]
fn no_fixture_or_example_ends_on_a_stray_page() {
    // cvpdf measures the last page from the template's end mark, which
    // sits below the last line's gap; poppler's words end above it: one
    // line of leeway between the two measures.
    let least = cvpdf::STRAY_LINES as f64 - 1.0;
    let mut seen_to = 0;
    for data in corpus_and_examples() {
        for template in cvpdf::builtin_templates() {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("cv.pdf");
            let output =
                run_in(dir.path(), &["render", data.to_str().unwrap(), "-t", template, "-o", out.to_str().unwrap()]);
            assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
            let said = String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
            let case = format!("{} in {template}", data.strip_prefix(root()).unwrap().display());
            assert!(!said.contains("warning: the last page"), "{case}: {said}");
            let Some((pages, lines)) = last_page_fill(&std::fs::read(&out).unwrap(), template) else { return };
            assert!(pages == 1 || lines >= least, "{case}: the last page is filled to {lines:.1} lines");
            if said.contains("a stray last page") {
                // The page cvpdf saw to was stray by poppler's measure too.
                seen_to += 1;
                let as_is = render(&data, &["-t", template, "--set", "design.pull_back=false"]);
                let (pages_as_is, lines_as_is) = last_page_fill(&as_is, template).unwrap();
                assert!(pages_as_is > 1 && lines_as_is < least + 2.0, "{case}: {lines_as_is:.1} lines as it was");
                if said.contains("stray last page pulled back") {
                    assert_eq!(pages, pages_as_is - 1, "{case}");
                } else {
                    assert!(said.contains("stray last page filled") && pages == pages_as_is, "{case}: {said}");
                }
            }
        }
    }
    assert!(seen_to >= 3, "the corpus no longer has stray last pages to see to: the check proves nothing");
}

#[test]
fn a_stray_page_that_cannot_be_pulled_back_is_named_with_the_fixes() {
    // At the template's least line spacing nothing is left to tighten.
    let dir = tempfile::tempdir().unwrap();
    let data = fixture("finish-spill");
    let out = dir.path().join("cv.pdf");
    let output = run_in(
        dir.path(),
        &[
            "render",
            data.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--set",
            "design.line_spacing=0.8",
            "--set",
            "design.size=13pt",
        ],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(page_count(&std::fs::read(&out).unwrap()), 2, "{stderr}");
    assert!(stderr.contains("warning: the last page (page 2) holds only"), "{stderr}");
    assert!(stderr.contains("of the part `experience`"), "{stderr}");
    assert!(stderr.contains("--fit 1") && stderr.contains("`pages: {experience: new}`"), "{stderr}");
}

#[test]
fn fit_tightens_the_spacing_before_it_leaves_anything_out() {
    let dir = tempfile::tempdir().unwrap();
    let data = fixture("finish-spill");
    let out = dir.path().join("cv.pdf");
    let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", out.to_str().unwrap(), "--fit", "1"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("fits into 1 page whole"), "{said}");
    assert_eq!(page_count(&std::fs::read(&out).unwrap()), 1);
}

#[test]
fn contact_links_print_their_labels_their_addresses_or_both() {
    let github = "github.com/mira-castellano-example";
    let linkedin = "linkedin.com/in/mira-castellano-example";
    for template in cvpdf::builtin_templates() {
        let text = |mode: &str| {
            let pdf = render(&fixture("finish"), &["-t", template, "--set", &format!("design.link_text={mode}")]);
            squeeze(&pdf_text(&pdf))
        };
        let label = text("label");
        assert!(label.contains("GitHub") && label.contains("LinkedIn"), "{template}: {label}");
        assert!(!label.contains(github), "{template}: label mode prints the address: {label}");
        let address = text("address");
        assert!(address.contains(github) && address.contains(linkedin), "{template}: {address}");
        assert!(!address.contains("LinkedIn") && !address.contains("GitHub"), "{template}: {address}");
        let both = text("both");
        assert!(both.contains(&squeeze(&format!("GitHub ({github})"))), "{template}: {both}");
        assert!(both.contains(&squeeze(&format!("LinkedIn ({linkedin})"))), "{template}: {both}");
    }
}

#[test]
fn the_footer_note_is_on_every_page() {
    let note = squeeze("I consent to the processing of my personal data for the purposes of recruitment.");
    for template in cvpdf::builtin_templates() {
        // Long enough for two pages in every template.
        let pdf = render(&fixture("finish"), &["-t", template, "--set", "design.size=12pt"]);
        let pages = page_count(&pdf);
        assert!(pages >= 2, "{template}: one page only");
        for page in 1..=pages {
            let Some(text) = page_text(&pdf, page) else { return };
            assert!(squeeze(&text).contains(&note), "{template}: page {page} has no footer note: {text}");
        }
    }
}

#[test]
fn the_web_page_markdown_and_word_document_carry_the_finish() {
    let dir = tempfile::tempdir().unwrap();
    let data = fixture("finish");
    let html_path = dir.path().join("cv.html");
    let docx_path = dir.path().join("cv.docx");
    let md_path = dir.path().join("cv.md");
    for path in [&html_path, &docx_path, &md_path] {
        let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", path.to_str().unwrap(), "-q"]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let html = std::fs::read_to_string(&html_path).unwrap();
    let education = html.find("<section id=\"education\">").expect("education on the web page");
    let opened = html[..education].rfind("<div class=\"page-new\">").expect("no break before education");
    assert!(!html[opened..education].contains("<section"), "the break is not education's");
    assert!(html.contains("class=\"job page-keep\""), "the kept job is not marked");
    assert!(html.contains(".page-new { break-before: page; }") && html.contains(".page-keep { break-inside: avoid; }"));
    assert!(html.contains("<p class=\"note\">I consent to the processing"), "no footer note on the web page");
    let markdown = std::fs::read_to_string(&md_path).unwrap();
    assert!(markdown.trim_end().ends_with("for the purposes of recruitment."), "{markdown}");

    let docx = std::fs::read(&docx_path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let document = roxmltree::Document::parse(&xml).unwrap();
    let paragraphs: Vec<roxmltree::Node> = document.descendants().filter(|node| node.has_tag_name("p")).collect();
    let text_of = |node: &roxmltree::Node| -> String {
        node.descendants().filter(|node| node.has_tag_name("t")).filter_map(|node| node.text()).collect()
    };
    let has = |node: &roxmltree::Node, tag: &str| node.descendants().any(|node| node.has_tag_name(tag));
    let education = paragraphs.iter().find(|node| text_of(node) == "Education").expect("the education heading");
    assert!(has(education, "pageBreakBefore"), "education's heading has no page break before it");
    let breaks = paragraphs.iter().filter(|node| has(node, "pageBreakBefore")).count();
    assert_eq!(breaks, 1, "page breaks the data does not ask for");
    let kept = paragraphs.iter().position(|node| text_of(node).contains("Lighthouse")).expect("the kept job");
    let christmas = paragraphs.iter().position(|node| text_of(node).contains("Christmas")).expect("its last item");
    for node in &paragraphs[kept..christmas] {
        assert!(has(node, "keepNext") && has(node, "keepLines"), "not kept: {}", text_of(node));
    }
    assert!(has(&paragraphs[christmas], "keepLines"));
}

/// The QR code on page 1 of `png`, decoded.
fn decode_qr(png: &[u8]) -> Vec<String> {
    let image = image::load_from_memory(png).expect("a PNG").to_luma8();
    let (width, height) = image.dimensions();
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width as usize, height as usize, |x, y| {
        image.get_pixel(x as u32, y as u32).0[0]
    });
    prepared.detect_grids().into_iter().filter_map(|grid| grid.decode().ok().map(|(_, text)| text)).collect()
}

#[test]
fn the_qr_code_decodes_to_the_address() {
    for template in cvpdf::builtin_templates() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("cv.png");
        let data = fixture("finish");
        let output = run_in(
            dir.path(),
            &[
                "render",
                data.to_str().unwrap(),
                "-t",
                template,
                "--set",
                "design.qr=true",
                "--ppi",
                "150",
                "-o",
                out.to_str().unwrap(),
                "-q",
            ],
        );
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let png = std::fs::read(dir.path().join("cv-1.png")).unwrap();
        assert_eq!(decode_qr(&png), vec!["https://mira-castellano.example.net/cv/".to_owned()], "{template}");
        // Without `qr` there is none.
        let output = run_in(
            dir.path(),
            &["render", data.to_str().unwrap(), "-t", template, "--ppi", "150", "-o", out.to_str().unwrap(), "-q"],
        );
        assert!(output.status.success());
        assert!(decode_qr(&std::fs::read(dir.path().join("cv-1.png")).unwrap()).is_empty(), "{template}");
    }
}

/// The text alternatives (`/Alt`) of the figures in the PDF's structure tree.
fn figure_alternatives(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let mut alternatives = Vec::new();
    for object in document.objects.values() {
        let Ok(dictionary) = object.as_dict() else { continue };
        let figure = dictionary.get(b"S").and_then(|kind| kind.as_name()).is_ok_and(|name| name == b"Figure");
        if let (true, Ok(alt)) = (figure, dictionary.get(b"Alt")) {
            let text = match alt {
                lopdf::Object::String(bytes, _) => {
                    lopdf::decode_text_string(alt).unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
                }
                _ => continue,
            };
            alternatives.push(text);
        }
    }
    alternatives.sort();
    alternatives
}

#[test]
fn icons_have_text_alternatives_in_the_tagged_pdf() {
    for template in cvpdf::builtin_templates() {
        let pdf = render(&fixture("finish"), &["-t", template, "--set", "design.icons=true"]);
        let alternatives = figure_alternatives(&pdf);
        for expected in ["GitHub", "LinkedIn", "Notes", "mira.castellano@example.net", "+34 600 000 111"] {
            assert!(
                alternatives.iter().any(|alt| alt == expected),
                "{template}: no icon for {expected}: {alternatives:?}"
            );
        }
        // The icon font is embedded (a subset of it).
        assert!(pdf_fonts(&pdf).iter().any(|(name, embedded)| name.contains("forkawesome") && *embedded));
        // And without `icons`, no icon at all.
        let plain = render(&fixture("finish"), &["-t", template]);
        assert!(!figure_alternatives(&plain).iter().any(|alt| alt == "GitHub"), "{template}");
        assert!(!pdf_fonts(&plain).iter().any(|(name, _)| name.contains("forkawesome")));
    }
}

#[test]
fn an_unknown_part_in_pages_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = edited("finish", dir.path(), |text| text.replace("  education: new\n", "  educaton: new\n"));
    let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", "out.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = std::fs::read_to_string(&data).unwrap().lines().position(|line| line.contains("educaton")).unwrap() + 1;
    assert!(stderr.contains(&format!("cv.yaml:{line}:")), "{stderr}");
    assert!(stderr.contains("no part is called `educaton`"), "{stderr}");
    assert!(!dir.path().join("out.pdf").exists());

    let data = edited("finish", dir.path(), |text| text.replace("    page: keep\n", "    page: later\n"));
    let output = run_in(dir.path(), &["render", data.to_str().unwrap(), "-o", "out.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = std::fs::read_to_string(&data).unwrap().lines().position(|line| line.contains("later")).unwrap() + 1;
    assert!(stderr.contains(&format!("cv.yaml:{line}:")), "{stderr}");
    assert!(stderr.contains("new") && stderr.contains("keep"), "{stderr}");
}

#[test]
fn a_variant_and_set_choose_page_breaks_too() {
    let dir = tempfile::tempdir().unwrap();
    let data = edited("finish", dir.path(), |text| {
        text + "variants:\n  short:\n    pages:\n      education: keep\n      courses: new\n"
    });
    let output = run_in(dir.path(), &["data", data.to_str().unwrap(), "--variant", "short"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let contract: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(contract["pages"], serde_json::json!({"education": "keep", "courses": "new"}));
    let output = run_in(dir.path(), &["data", data.to_str().unwrap(), "--set", "pages.skills=new"]);
    let contract: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(contract["pages"], serde_json::json!({"education": "new", "skills": "new"}));
}

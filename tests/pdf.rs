//! What readers, text extractors, archives and screen readers see: metadata,
//! outline, links, standards, structure, reading order and size.

use crate::common::*;
use lopdf::{Document, Object};

fn load(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).expect("the PDF parses")
}

/// A PDF text string, decoded (UTF-16BE with a byte-order mark, or PDFDocEncoding's ASCII part).
fn text_string(object: &Object) -> String {
    let bytes = match object {
        Object::String(bytes, _) => bytes.clone(),
        Object::Name(bytes) => bytes.clone(),
        other => panic!("not a string: {other:?}"),
    };
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..].chunks(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]])).collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn info(doc: &Document, key: &[u8]) -> String {
    let info = doc.trailer.get(b"Info").and_then(Object::as_reference).and_then(|id| doc.get_dictionary(id)).unwrap();
    text_string(info.get(key).unwrap_or_else(|_| panic!("no /{}", String::from_utf8_lossy(key))))
}

fn catalog(doc: &Document) -> &lopdf::Dictionary {
    doc.catalog().expect("a catalog")
}

/// Titles of the outline's top-level entries, in order.
fn outline_titles(doc: &Document) -> Vec<String> {
    let outlines = catalog(doc).get(b"Outlines").and_then(Object::as_reference).and_then(|id| doc.get_dictionary(id));
    let Ok(outlines) = outlines else { return Vec::new() };
    let mut titles = Vec::new();
    let mut next = outlines.get(b"First").and_then(Object::as_reference).ok();
    while let Some(id) = next {
        let entry = doc.get_dictionary(id).unwrap();
        titles.push(text_string(entry.get(b"Title").unwrap()));
        next = entry.get(b"Next").and_then(Object::as_reference).ok();
    }
    titles
}

/// Every URI a link annotation points at.
fn link_targets(doc: &Document) -> Vec<String> {
    let mut targets = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if let Ok(action) = dict.get(b"A").and_then(|a| match a {
            Object::Reference(id) => doc.get_dictionary(*id),
            Object::Dictionary(dict) => Ok(dict),
            _ => Err(lopdf::Error::DictKey("A".into())),
        }) && let Ok(uri) = action.get(b"URI")
        {
            targets.push(text_string(uri));
        }
    }
    targets.sort();
    targets
}

/// A structural check in the spirit of `qpdf --check`: the file parses, the
/// cross-reference table covers every object, every reference resolves, and
/// every page has a size and content.
fn assert_sound(pdf: &[u8], what: &str) {
    let doc = load(pdf);
    assert!(pdf.starts_with(b"%PDF-1.") || pdf.starts_with(b"%PDF-2."), "{what}: no PDF header");
    assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"), "{what}: no %%EOF");
    let mut dangling = Vec::new();
    let mut check = |object: &Object| {
        if let Object::Reference(id) = object
            && doc.get_object(*id).is_err()
        {
            dangling.push(*id);
        }
    };
    for object in doc.objects.values() {
        match object {
            Object::Dictionary(dict) => dict.iter().for_each(|(_, value)| check(value)),
            Object::Stream(stream) => stream.dict.iter().for_each(|(_, value)| check(value)),
            Object::Array(items) => items.iter().for_each(&mut check),
            other => check(other),
        }
    }
    assert!(dangling.is_empty(), "{what}: references to missing objects {dangling:?}");
    let pages = doc.get_pages();
    assert!(!pages.is_empty(), "{what}: no pages");
    for (number, id) in pages {
        let page = doc.get_dictionary(id).unwrap();
        // A page has a size: its own MediaBox, or one inherited from a
        // parent of the page tree.
        let mut node = page;
        let media_box = loop {
            if let Ok(media_box) = node.get(b"MediaBox") {
                break Some(media_box);
            }
            match node.get(b"Parent").and_then(Object::as_reference).and_then(|parent| doc.get_dictionary(parent)) {
                Ok(parent) => node = parent,
                Err(_) => break None,
            }
        };
        let size = media_box.and_then(|media_box| media_box.as_array().ok()).map(|corners| corners.len());
        assert_eq!(size, Some(4), "{what}: page {number} has no size");
        assert!(!doc.get_page_content(id).unwrap_or_default().is_empty(), "{what}: page {number} is empty");
    }
}

#[test]
fn metadata_names_the_person_and_the_cv() {
    let doc = load(&render_default());
    assert_eq!(info(&doc, b"Title"), "Резюме — Самойлов Игорь Валентинович");
    assert_eq!(info(&doc, b"Author"), "Самойлов Игорь Валентинович");
    assert_eq!(info(&doc, b"Subject"), "Архитектор, Тимлид, Rust/Pg-разработчик");
    let keywords = info(&doc, b"Keywords");
    assert!(keywords.contains("PostgreSQL") && keywords.contains("руководство командой разработчиков"), "{keywords}");
    assert_eq!(info(&doc, b"Creator"), format!("cvpdf {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(text_string(catalog(&doc).get(b"Lang").unwrap()), "ru");

    let english = load(&render(&root().join("examples/en/cv.yaml"), &["--template", "classic"]));
    assert_eq!(info(&english, b"Title"), "Résumé — Alex Morgan");
    assert_eq!(text_string(catalog(&english).get(b"Lang").unwrap()), "en");
}

#[test]
fn the_outline_has_one_entry_per_section() {
    let doc = load(&render_default());
    let titles = outline_titles(&doc);
    let mut expected = vec!["Опыт работы 30 лет 1 месяц", "Навыки", "Обо мне"];
    let sections = data_section_titles();
    expected.extend(sections.iter().map(String::as_str));
    expected.extend(["Высшее образование", "Знание языков", "Тесты, экзамены"]);
    assert_eq!(titles, expected);

    let sidebar = outline_titles(&load(&render(&long_cv(), &["--template", "sidebar"])));
    for title in ["Навыки", "Знание языков", "Высшее образование", "Опыт работы · 30 лет 1 месяц", "Роли"]
    {
        assert!(sidebar.iter().any(|entry| entry == title), "sidebar outline lacks {title}: {sidebar:?}");
    }
}

fn data_section_titles() -> Vec<String> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(long_cv()).unwrap()).unwrap();
    yaml["sections"].as_sequence().unwrap().iter().map(|s| s["title"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn links_are_clickable_with_mailto_and_tel() {
    let targets = link_targets(&load(&render_default()));
    for target in [
        "mailto:igor.samoylov@example.org",
        "https://git.example.org/isamoylov",
        "https://meridian-soft.example.com",
        "https://severnaya-logistika.example.com/",
    ] {
        assert!(targets.iter().any(|t| t == target), "no link to {target}: {targets:#?}");
    }
    let english = link_targets(&load(&render(&root().join("examples/en/cv.yaml"), &[])));
    assert!(english.iter().any(|t| t == "tel:+441134960000"), "{english:#?}");
}

#[test]
fn every_template_and_standard_gives_a_sound_pdf() {
    for template in cvpdf::builtin_templates() {
        assert_sound(&render(&long_cv(), &["--template", template]), template);
        for standard in ["a-2b", "a-3b", "ua-1"] {
            let pdf = render(&long_cv(), &["--template", template, "--pdf-standard", standard]);
            let what = format!("{template} as {standard}");
            assert_sound(&pdf, &what);
            let declares = match standard {
                "ua-1" => "pdfuaid:part",
                _ => "pdfaid:part",
            };
            assert!(
                pdf.windows(declares.len()).any(|w| w == declares.as_bytes()),
                "{what}: no {declares} in the metadata"
            );
        }
    }
}

#[test]
fn standards_that_cannot_be_combined_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    let result = run_in(
        dir.path(),
        &[
            "render",
            long_cv().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--pdf-standard",
            "a-2b",
            "--pdf-standard",
            "a-3b",
        ],
    );
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8(result.stderr).unwrap();
    assert!(stderr.contains("PDF/A-2b and PDF/A-3b cannot be combined"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn the_pdf_is_tagged_by_default() {
    let doc = load(&render_default());
    let mark_info = catalog(&doc).get(b"MarkInfo").and_then(Object::as_dict).expect("/MarkInfo");
    assert_eq!(mark_info.get(b"Marked").and_then(Object::as_bool).ok(), Some(true));
    assert!(catalog(&doc).has(b"StructTreeRoot"));
}

#[test]
fn text_comes_out_in_reading_order() {
    let text = squeeze(&pdf_text(&render_default()));
    let order = [
        "СамойловИгорьВалентинович",
        "Мужчина,51год",
        "Контакты",
        "Опытработы30лет",
        "Навыки",
        "Обомне",
        "Роли",
        "Высшееобразование",
        "Знаниеязыков",
        "Тесты,экзамены",
    ];
    let mut last = 0;
    for phrase in order {
        let at = text[last..].find(phrase).unwrap_or_else(|| panic!("{phrase} missing or out of order"));
        last += at + phrase.len();
    }
}

#[test]
fn ligatures_and_spaces_survive_extraction() {
    let text = pdf_text(&render(&root().join("examples/en/cv.yaml"), &[]));
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    // "fi" and "ff" are ligatures in many fonts; they must come out as letters.
    for phrase in ["Certified Kubernetes Administrator", "Staff Backend Engineer", "fell running"] {
        assert!(joined.contains(phrase), "{phrase:?} is not in the text: {joined}");
    }
    assert!(
        !text.contains('\u{FB01}') && !text.contains('\u{FB00}'),
        "a ligature glyph came out as a ligature character"
    );
}

/// A 289×318 JPEG with a portrait's detail: smooth light falling across the
/// frame plus fine grain, so it weighs what a real photo of that size does.
fn grainy_portrait(width: u32, height: u32) -> Vec<u8> {
    let mut state: u32 = 0x2545_F491;
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let grain = (state % 41) as i32 - 20;
        let light = (x * 120 / width + y * 80 / height) as i32 + 60;
        let channel = |tint: i32| (light + tint + grain).clamp(0, 255) as u8;
        image::Rgb([channel(30), channel(10), channel(-10)])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    jpeg.into_inner()
}

/// The size budget: the long fixture with a 289×318 photo is no larger than
/// the 160 KB of the print version it imitates.
#[test]
fn the_long_cv_with_a_photo_stays_within_160_kb() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("portrait.jpg");
    std::fs::write(&photo, grainy_portrait(289, 318)).unwrap();
    let pdf = render(&long_cv(), &["--photo", photo.to_str().unwrap()]);
    let doc = load(&pdf);
    let photo_bytes: usize = doc
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .filter(|stream| stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Image"))
        .map(|stream| stream.content.len())
        .sum();
    // A photo this small in the PDF would make the budget meaningless.
    assert!(photo_bytes > 20_000, "the test photo is only {photo_bytes} bytes in the PDF");
    assert!(pdf.len() <= 160_000, "{} bytes, over the 160 KB budget (photo {photo_bytes} bytes)", pdf.len());
    assert_sound(&pdf, "print with a 289×318 photo");
}

/// Packing into object streams must not change what a reader gets: the same
/// objects, text and pages as typst-pdf wrote.
#[test]
fn packing_keeps_every_object() {
    let compiled = cvpdf::compile(&cvpdf::RenderOptions::new(long_cv(), "print")).unwrap();
    let packed = compiled.pdf().unwrap();
    let unpacked = compiled.unpacked_pdf().unwrap();
    assert!(packed.len() * 10 < unpacked.len() * 7, "packed {} bytes, unpacked {}", packed.len(), unpacked.len());
    let (packed_doc, unpacked_doc) = (load(&packed), load(&unpacked));
    let plain = |doc: &Document| -> Vec<(lopdf::ObjectId, String)> {
        let mut objects: Vec<_> = doc
            .objects
            .iter()
            .filter(|(_, object)| !matches!(object.type_name(), Ok(b"ObjStm") | Ok(b"XRef")))
            .map(|(id, object)| {
                // A stream's position in the file differs by design; its dictionary and bytes must not.
                let shown = match object {
                    Object::Stream(stream) => format!("{:?} {:?}", stream.dict, stream.content),
                    other => format!("{other:?}"),
                };
                (*id, shown)
            })
            .collect();
        objects.sort();
        objects
    };
    assert_eq!(plain(&packed_doc), plain(&unpacked_doc));
    assert_eq!(pdf_text(&packed), pdf_text(&unpacked));
    assert_eq!(packed_doc.trailer.get(b"ID").unwrap(), unpacked_doc.trailer.get(b"ID").unwrap());
}

/// The soundness check can fail: a PDF whose pages lost their size (on the
/// pages and on the page tree) is refused, though every page has content.
#[test]
fn the_soundness_check_notices_a_page_without_a_size() {
    let pdf = render(&root().join("examples/minimal/cv.yaml"), &[]);
    assert_sound(&pdf, "as rendered");
    let mut doc = load(&pdf);
    for object in doc.objects.values_mut() {
        if let Ok(dict) = object.as_dict_mut() {
            dict.remove(b"MediaBox");
        }
    }
    let mut sizeless = Vec::new();
    doc.save_to(&mut sizeless).unwrap();
    let refused = std::panic::catch_unwind(|| assert_sound(&sizeless, "without MediaBox"));
    let message = refused.expect_err("a PDF without page sizes passed the check");
    let message = message.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("has no size"), "refused for another reason: {message}");
}

//! Arbitrary text in every kind of field a template prints: the bytes are
//! cut into strings and put into a valid CV (names, headings, paragraphs,
//! list items nested as deep as the bytes say, links, addresses), which is
//! then rendered with each built-in template.
//!
//! What it guards: data that passes validation renders. A string that a
//! template cannot lay out must be refused by the loader with the line of
//! its field, never discovered by Typst; so a validated CV whose template
//! fails is a crash here, as are panics and hangs.
#![no_main]

use libfuzzer_sys::fuzz_target;

const TEMPLATES: &[&str] = &["print", "classic", "sidebar"];

fuzz_target!(|bytes: &[u8]| {
    let Some((&choice, rest)) = bytes.split_first() else { return };
    let template = TEMPLATES[usize::from(choice) % TEMPLATES.len()];
    let depth = usize::from(choice / 3 % 20);
    let mut texts = rest.split(|&byte| byte == 0).map(|piece| String::from_utf8_lossy(piece).into_owned());
    let mut next = || serde_json::to_string(&texts.next().unwrap_or_default()).unwrap_or_default();

    // Every text goes in as a JSON string, which YAML reads as it is.
    let mut yaml = format!(
        "updated: \"2026-02-08\"\nlang: en\nurl: {}\nperson:\n  name: {}\n  location: {}\n  contacts:\n    \
         email: {}\n    phone: {}\n    links:\n      - label: {}\n        url: {}\nheadline: {}\nsalary: {}\n\
         motto:\n  text: {}\n  author: {}\nskills: [{}, {}]\nlanguages:\n  - name: {}\n    level: {}\n",
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next()
    );
    yaml.push_str(&format!(
        "experience:\n  - company: {}\n    url: {}\n    title: {}\n    start: \"2020-01\"\n    end: present\n    \
         description:\n      - {}\n      - heading: {}\n    items:\n",
        next(),
        next(),
        next(),
        next(),
        next()
    ));
    // List items nested `depth` levels deep, the innermost with a text.
    for level in 0..depth {
        let indent = "  ".repeat(2 * level + 3);
        yaml.push_str(&format!("{indent}- text: {}\n{indent}  items:\n", next()));
    }
    yaml.push_str(&format!("{}- {}\n", "  ".repeat(2 * depth + 3), next()));
    yaml.push_str(&format!(
        "education:\n  - institution: {}\n    end: 2001\n    faculty: {}\ncourses:\n  - name: {}\n    year: 2010\n    \
         url: {}\nsections:\n  - title: {}\n    body:\n      - {}\n      - numbered: [{}, {}]\n",
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next(),
        next()
    ));

    let options = cvpdf::RenderOptions {
        data_text: Some(yaml),
        photo: cvpdf::PhotoChoice::None,
        ..cvpdf::RenderOptions::new("cv.yaml", template)
    };
    if cvpdf::prepare(&options).is_ok() {
        match cvpdf::compile(&options) {
            Ok(compiled) => {
                if let Err(error) = compiled.pdf() {
                    panic!("validated data failed in the PDF export of {template}:\n{error}");
                }
            }
            Err(error) => panic!("validated data failed in {template}:\n{error}"),
        }
    }
    // Typst memoises across compilations; a long run would otherwise grow
    // until libFuzzer's memory limit reports it as a leak.
    comemo::evict(0);
});

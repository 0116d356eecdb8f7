//! Every text value of `data/cv.yaml` appears in the PDF's text.

mod common;

use common::*;

/// Keys whose values are not printed as written: machine values (dates,
/// paths, identifiers, link targets) that the template turns into words or
/// uses as link destinations.
const NOT_PRINTED_VERBATIM: &[&str] =
    &["lang", "updated", "photo", "gender", "start", "end", "id", "birth_date", "url"];

fn collect_text(value: &serde_yaml::Value, key: Option<&str>, out: &mut Vec<String>) {
    match value {
        serde_yaml::Value::String(text) if !key.is_some_and(|key| NOT_PRINTED_VERBATIM.contains(&key)) => {
            out.push(cvpdf::markup::plain(text))
        }
        serde_yaml::Value::Number(number) if !key.is_some_and(|key| NOT_PRINTED_VERBATIM.contains(&key)) => {
            out.push(number.to_string())
        }
        serde_yaml::Value::Sequence(items) => items.iter().for_each(|item| collect_text(item, key, out)),
        serde_yaml::Value::Mapping(map) => {
            for (k, v) in map {
                collect_text(v, k.as_str(), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_text_value_of_the_default_cv_is_in_the_pdf() {
    let yaml = std::fs::read_to_string(root().join("data/cv.yaml")).unwrap();
    let value: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    let mut texts = Vec::new();
    collect_text(&value, None, &mut texts);
    assert!(texts.len() > 150, "only {} text values found; is the walk broken?", texts.len());

    let pdf_text = squeeze(&pdf_text(&render_default()));
    let missing: Vec<_> = texts.iter().filter(|text| !pdf_text.contains(&squeeze(text))).collect();
    assert!(missing.is_empty(), "{} of {} values missing from the PDF: {missing:#?}", missing.len(), texts.len());
}

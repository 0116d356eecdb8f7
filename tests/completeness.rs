//! Every text value of the long Russian fixture appears in the PDF's text.

use crate::common::*;

#[test]
fn every_text_value_of_the_default_cv_is_in_the_pdf() {
    let texts = data_texts(&long_cv());
    assert!(texts.len() > 150, "only {} text values found; is the walk broken?", texts.len());
    assert_all_printed(&texts, &render_default(), "print", &running_lines(&long_cv()));
}

#[test]
fn the_check_notices_a_missing_value() {
    let texts = vec!["Самойлов".to_owned(), "a value no CV contains".to_owned()];
    let result = std::panic::catch_unwind(|| assert_all_printed(&texts, &render_default(), "print", &[]));
    assert!(result.is_err(), "a missing value went unnoticed");
}

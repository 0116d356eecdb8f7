//! The JSON Schema of the data format, generated from [`crate::data::model`] so it
//! can never drift from what the loader accepts. `cvpdf schema` prints it,
//! `data/cv.schema.json` is a committed copy, and a `yaml-language-server`
//! line at the top of a CV points editors at it for completion and checks.

use schemars::generate::SchemaSettings;

use crate::data::model::Cv;

/// The file name `cvpdf init` writes the schema to and the starter CV's
/// `yaml-language-server` line names.
pub const FILE_NAME: &str = "cv.schema.json";

/// The schema as pretty JSON with a final newline. Draft 7, because that is
/// the draft every YAML editor plug-in understands.
pub fn json() -> String {
    let mut schema = SchemaSettings::draft07().into_generator().into_root_schema_for::<Cv>();
    schema.insert("title".into(), "cvpdf CV data".into());
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// The first line of a CV that points editors at a schema file.
pub fn modeline(schema_path: &str) -> String {
    format!("# yaml-language-server: $schema={schema_path}\n")
}

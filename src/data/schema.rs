//! The JSON Schema of the data format, generated from [`crate::data::model`] so it
//! can never drift from what the loader accepts. `cvpdf schema` prints it,
//! `data/cv.schema.json` is a committed copy, and a `yaml-language-server`
//! line at the top of a CV points editors at it for completion and checks.

use schemars::generate::SchemaSettings;

use super::design::Declaration;
use super::model::Cv;

/// The file name `cvpdf init` writes the schema to and the starter CV's
/// `yaml-language-server` line names.
pub const FILE_NAME: &str = "cv.schema.json";

/// The schema as pretty JSON with a final newline, with the design options
/// `templates` declare (a template's name and its options). Draft 7,
/// because that is the draft every YAML editor plug-in understands.
pub fn json(templates: &[(&str, Vec<Declaration>)]) -> String {
    let mut schema = SchemaSettings::draft07().into_generator().into_root_schema_for::<Cv>();
    schema.insert("title".into(), "cvpdf CV data".into());
    if let Some(design) = schema.get_mut("definitions").and_then(|definitions| definitions.get_mut("Design")) {
        *design = super::design::schema(templates);
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// The first line of a CV that points editors at a schema file.
pub fn modeline(schema_path: &str) -> String {
    format!("# yaml-language-server: $schema={schema_path}\n")
}

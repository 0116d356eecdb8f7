//! The first stage: the user's YAML file read into the typed model and
//! validated, with every error located at the file's line and field.
//!
//! [`model`] is the format, [`load`] reads and parses it, [`validate`]
//! checks what types cannot, [`limits`] bounds what the YAML may expand to
//! and how long a text may be, [`design`] declares the design options, [`positions`] finds a field's line for those
//! checks, [`publications`] reads a bibliography file and a citation style, [`tags`] checks tags and variants, [`overrides`] applies `--set`, and [`schema`] describes the
//! format to editors. [`text`] and [`languages`] let one file hold a CV in
//! several languages.

pub(crate) mod design;
pub(crate) mod languages;
pub(crate) mod letter;
pub(crate) mod limits;
pub(crate) mod load;
pub(crate) mod model;
pub(crate) mod overrides;
pub(crate) mod positions;
pub(crate) mod publications;
pub(crate) mod schema;
pub(crate) mod tags;
pub(crate) mod text;
pub(crate) mod validate;

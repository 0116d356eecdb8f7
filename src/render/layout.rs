//! The virtual file layout every template compiles in: where cvpdf puts the
//! CV, the photo and its helpers. This module is the one place that names
//! these paths; the World, the templates and the contract all ask it.
//!
//! Everything cvpdf adds lives under `/.cvpdf/`, outside any template's own
//! files, so a template cannot shadow it.

/// The folder of everything cvpdf adds to a template's files.
pub const CVPDF_DIR: &str = "/.cvpdf/";
/// The prepared photo, for `image(cv.photo)`.
pub const PHOTO_PATH: &str = "/.cvpdf/photo";
/// The signature under a letter, for `image(cv.letter.signature.path)`.
pub const SIGNATURE_PATH: &str = "/.cvpdf/signature";
/// The CV, as JSON, which `load-cv` reads.
///
/// It is a file and not `sys.inputs.cv` because `sys.inputs` is part of
/// Typst's standard library: changing it, as every edit of the data would,
/// invalidates all of Typst's memoised work, while a changed file
/// invalidates only what read it.
pub const DATA_PATH: &str = "/.cvpdf/cv.json";
/// Facts about the CV's language (its direction, script, hyphenation
/// language and list separator), as JSON, which the helpers read for
/// themselves: they break long words and join lists without being handed
/// the CV. A file of its own, so that an edit of the data, which changes
/// the CV's file, leaves what only reads these facts as it was.
pub const LANGUAGE_PATH: &str = "/.cvpdf/language.json";
/// The key of `sys.inputs` that tells `load-cv` where [`DATA_PATH`] is.
pub const DATA_INPUT: &str = "cv-file";
/// The shared helpers (`typst/common/cv.typ`), which every template may
/// import as `/.cvpdf/cv.typ`.
pub const HELPERS_PATH: &str = "/.cvpdf/cv.typ";

/// How a virtual path is shown in a diagnostic: cvpdf's own files as
/// `<cvpdf>/…`, so the user does not look for them on disk.
pub fn shown(vpath: &str) -> Option<String> {
    vpath.strip_prefix(CVPDF_DIR).map(|rest| format!("<cvpdf>/{rest}"))
}

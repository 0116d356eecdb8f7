//! The built-in templates, embedded in the binary from `typst/`.
//!
//! Every built-in's files are served under one virtual root, each template in
//! its own folder beside the shared `common/` module, exactly as they lie in
//! the repository. So `typst compile` run inside `typst/` sees the same tree.

use crate::error::Error;
use crate::photo::Frame;

/// One file of the embedded template tree.
pub struct EmbeddedFile {
    /// Virtual path, absolute within the template root: `/print/main.typ`.
    pub path: &'static str,
    pub data: &'static [u8],
}

macro_rules! embedded {
    ($($path:literal),* $(,)?) => {
        &[$(EmbeddedFile { path: concat!("/", $path), data: include_bytes!(concat!("../typst/", $path)) }),*]
    };
}

/// All files under `typst/` that templates may read.
pub const FILES: &[EmbeddedFile] = embedded!["common/cv.typ", "print/main.typ"];

/// A built-in template.
pub struct Builtin {
    pub name: &'static str,
    pub description: &'static str,
    /// The frame the photo is set in, so it can be cropped and scaled to fit.
    pub photo_frame: Frame,
}

pub const BUILTINS: &[Builtin] = &[Builtin {
    name: "print",
    description: "The print version: Inter, A4, two-column experience (default)",
    photo_frame: Frame { width_pt: 97.5, height_pt: 107.25 },
}];

pub const DEFAULT: &str = "print";

impl Builtin {
    /// The virtual path of the template's entry file.
    pub fn main_path(&self) -> String {
        format!("/{}/main.typ", self.name)
    }
}

/// Looks a built-in up by name.
pub fn builtin(name: &str) -> Result<&'static Builtin, Error> {
    BUILTINS.iter().find(|builtin| builtin.name == name).ok_or_else(|| {
        let names: Vec<_> = BUILTINS.iter().map(|builtin| builtin.name).collect();
        Error::Other(format!("unknown template `{name}`; the built-in templates are: {}", names.join(", ")))
    })
}

//! Templates: the built-ins embedded from `typst/`, or the user's own
//! directory (or single `.typ` file) given to `--template`.
//!
//! Every built-in's files are served under one virtual root, each template in
//! its own folder beside the shared `common/` module, exactly as they lie in
//! the repository, so `typst compile --root typst` sees the same tree. A
//! directory template is its own root. Either way cvpdf adds its files under
//! `/.cvpdf/`: the helpers as `/.cvpdf/cv.typ` and the photo as
//! `/.cvpdf/photo`.

use std::path::{Path, PathBuf};

use typst::foundations::Bytes;

use crate::error::Error;
use crate::photo::Frame;
use crate::render::files::{DiskRoot, VirtualFiles};

/// One file of the embedded template tree.
pub struct EmbeddedFile {
    /// Virtual path, absolute within the template root: `/print/main.typ`.
    pub path: &'static str,
    pub data: &'static [u8],
}

macro_rules! embedded {
    ($($path:literal),* $(,)?) => {
        &[$(EmbeddedFile { path: concat!("/", $path), data: include_bytes!(concat!("../../typst/", $path)) }),*]
    };
}

/// All files under `typst/` that templates may read.
pub const FILES: &[EmbeddedFile] = embedded!["common/cv.typ", "print/main.typ", "classic/main.typ", "sidebar/main.typ"];

const HELPERS: &[u8] = include_bytes!("../../typst/common/cv.typ");

/// A built-in template.
pub struct Builtin {
    pub name: &'static str,
    pub description: &'static str,
    /// The frame the photo is set in, so it can be cropped and scaled to fit.
    pub photo_frame: Frame,
}

pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "print",
        description: "the print version: Inter, A4, experience in two columns (default)",
        photo_frame: Frame { width_pt: 97.5, height_pt: 107.25 },
    },
    Builtin {
        name: "classic",
        description: "one column, PT Serif headings and PT Sans text, in the order of the web page",
        photo_frame: Frame { width_pt: 80.0, height_pt: 88.0 },
    },
    Builtin {
        name: "sidebar",
        description: "two columns: a tinted sidebar with photo, contacts, skills, languages, education",
        photo_frame: Frame { width_pt: 120.0, height_pt: 132.0 },
    },
];

pub const DEFAULT: &str = "print";

/// The photo frame of a template that does not declare one: the print
/// version's 289:318.
pub const DEFAULT_FRAME: Frame = Frame { width_pt: 97.5, height_pt: 107.25 };

/// What `--template` selected.
#[derive(Debug, Clone)]
pub enum Template {
    Builtin(&'static Builtin),
    /// A directory of the user's, with the entry file's virtual path in it.
    Directory {
        dir: PathBuf,
        main: String,
        /// Given as a single `.typ` file: it may read only itself from disk.
        single: bool,
    },
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl Template {
    /// A built-in's name, a directory holding `main.typ`, or a `.typ` file.
    pub fn resolve(spec: &str) -> Result<Template, Error> {
        let path = Path::new(spec);
        let looks_like_path = spec.contains(['/', '\\']) || spec.ends_with(".typ") || spec.starts_with('.');
        if !looks_like_path && !path.is_dir() {
            return builtin(spec).map(Template::Builtin);
        }
        if path.is_dir() {
            if !path.join("main.typ").is_file() {
                return Err(Error::Other(format!("template {spec}: the directory has no main.typ")));
            }
            return Ok(Template::Directory { dir: path.to_owned(), main: "/main.typ".into(), single: false });
        }
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_file() => {
                let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
                let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
                Ok(Template::Directory { dir: dir.to_owned(), main: format!("/{name}"), single: true })
            }
            Ok(metadata) => Err(Error::Other(format!(
                "template {spec}: is {}, not a regular file",
                crate::input::kind_of(&metadata)
            ))),
            Err(_) => Err(Error::Other(format!("template {spec}: no such file or directory"))),
        }
    }

    /// The virtual path of the entry file.
    pub fn main_path(&self) -> String {
        match self {
            Template::Builtin(builtin) => format!("/{}/main.typ", builtin.name),
            Template::Directory { main, .. } => main.clone(),
        }
    }

    pub fn photo_frame(&self) -> Frame {
        match self {
            Template::Builtin(builtin) => builtin.photo_frame,
            Template::Directory { .. } => DEFAULT_FRAME,
        }
    }

    /// The files served from memory; a directory template's own files are
    /// read from its directory when Typst asks for them.
    pub fn files(&self) -> VirtualFiles {
        let mut files = VirtualFiles::default();
        if let Template::Builtin(_) = self {
            for file in FILES {
                files.insert(file.path, Bytes::new(file.data));
            }
        }
        files.insert(super::layout::HELPERS_PATH, Bytes::new(HELPERS));
        files
    }

    /// Where a template's own files are read from, if anywhere: its
    /// directory, or for a single file, that file alone.
    pub fn disk_root(&self) -> Option<DiskRoot> {
        match self {
            Template::Builtin(_) => None,
            Template::Directory { dir, main, single } => {
                Some(DiskRoot { dir: dir.clone(), only: single.then(|| main.clone()) })
            }
        }
    }

    /// What the template is called in messages: a built-in's name, or the
    /// path it was given by.
    pub fn name(&self) -> String {
        match self {
            Template::Builtin(builtin) => builtin.name.to_owned(),
            Template::Directory { dir, main, single: true } => {
                dir.join(main.trim_start_matches('/')).display().to_string()
            }
            Template::Directory { dir, .. } => dir.display().to_string(),
        }
    }

    /// The path the user knows a template file by, for diagnostics.
    pub fn display_path(&self, vpath: &str) -> String {
        if let Some(shown) = super::layout::shown(vpath) {
            return shown;
        }
        match self {
            Template::Builtin(_) => format!("typst{vpath}"),
            Template::Directory { dir, .. } => dir.join(vpath.trim_start_matches('/')).display().to_string(),
        }
    }
}

/// Looks a built-in up by name; an unknown name lists them and suggests the
/// nearest.
pub fn builtin(name: &str) -> Result<&'static Builtin, Error> {
    BUILTINS.iter().find(|builtin| builtin.name == name).ok_or_else(|| {
        let names: Vec<_> = BUILTINS.iter().map(|builtin| builtin.name).collect();
        let nearest = BUILTINS
            .iter()
            .map(|builtin| (strsim::damerau_levenshtein(name, builtin.name), builtin.name))
            .min()
            .filter(|(distance, _)| *distance <= 3);
        let suggestion = nearest.map(|(_, nearest)| format!("; did you mean `{nearest}`?")).unwrap_or_default();
        Error::Other(format!(
            "unknown template `{name}`{suggestion}\nthe built-in templates are: {}; a directory with a main.typ or a .typ file works too",
            names.join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_names_get_the_nearest_builtin() {
        let message = builtin("clasic").unwrap_err().to_string();
        assert!(message.contains("did you mean `classic`?"), "{message}");
        assert!(message.contains("print, classic, sidebar"), "{message}");
        let message = builtin("zzzzzzzzzz").unwrap_err().to_string();
        assert!(!message.contains("did you mean"), "{message}");
    }

    #[test]
    fn every_builtin_has_its_main_file_embedded() {
        for builtin in BUILTINS {
            let main = Template::Builtin(builtin).main_path();
            assert!(FILES.iter().any(|file| file.path == main), "{main} is not embedded");
        }
    }

    /// Outside cvpdf (plain `typst compile`, an editor preview) there is no
    /// `sys.inputs.cv-file`; the built-ins then read the `cv.json` that `cvpdf data`
    /// writes beside them.
    #[test]
    fn builtins_fall_back_to_cv_json_beside_them() {
        use typst::foundations::{Bytes, Dict};

        use crate::render::world::{CvWorld, VirtualFiles};

        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let options = crate::RenderOptions {
            photo: crate::PhotoChoice::None,
            ..crate::RenderOptions::new(root.join("examples/en/cv.yaml"), "print")
        };
        let json = serde_json::to_string(&crate::prepare(&options).unwrap().contract_json()).unwrap();
        for template in BUILTINS.iter().map(|builtin| builtin.name) {
            let mut files = VirtualFiles::default();
            for file in FILES {
                files.insert(file.path, Bytes::new(file.data));
            }
            files.insert(format!("/{template}/cv.json"), Bytes::from_string(json.clone()));
            let world = CvWorld::new(
                crate::Fonts::load(&[]).unwrap(),
                files,
                &format!("/{template}/main.typ"),
                crate::Date { year: 2026, month: 3, day: 14 },
            )
            .with_inputs(Dict::new());
            let (document, _) =
                crate::render::compile::compile(&world, &|path| path.to_owned()).expect("compiles from cv.json");
            let text = crate::render::compile::text_of(&document);
            assert!(text.contains("Alex") && text.contains("Morgan"), "{template} did not read cv.json: {text}");
        }
    }
}

//! The Typst `World` of cvpdf: the template's files and cvpdf's own (see
//! [`super::files`]), the bundled fonts, the CV as a JSON file, and the
//! as-of date as "today".
//!
//! Files go through typst-kit's `FileStore`, which reads each file once per
//! compilation and keeps parsed sources between compilations: `watch` keeps
//! one World alive, and [`CvWorld::next_round`] marks its files stale, so
//! the next compilation reads them again and edits changed sources in
//! place, keeping Typst's memoised work for their unchanged parts.

use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use typst::diag::FileResult;
use typst::foundations::{Bytes, Datetime, Dict, Duration, Str, Value};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::files::FileStore;

use super::files::Sandbox;
pub use super::files::VirtualFiles;
use crate::data::model::Date;
use crate::input::template::UserTemplate;
use crate::render::fonts::Fonts;

/// The library of every render: its inputs never change (the CV is a file),
/// and one shared instance lets Typst's memoised work of one render serve
/// the next, which is what makes `cvpdf watch` quick.
static STANDARD_LIBRARY: LazyLock<Arc<LazyHash<Library>>> =
    LazyLock::new(|| Arc::new(LazyHash::new(Library::builder().with_inputs(inputs()).build())));

pub struct CvWorld {
    library: Arc<LazyHash<Library>>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    today: Date,
    store: FileStore<Sandbox>,
}

impl CvWorld {
    /// `main` is the virtual path of the template's entry file, which must
    /// be one of `files` or of the disk root given later. `sys.inputs` is
    /// [`inputs`], shared by every render.
    pub fn new(fonts: Fonts, files: VirtualFiles, main: &str, today: Date) -> CvWorld {
        CvWorld {
            library: STANDARD_LIBRARY.clone(),
            book: LazyHash::new(fonts.book),
            fonts: fonts.fonts,
            main: file_id(main),
            today,
            store: FileStore::new(Sandbox { memory: files, disk: None }),
        }
    }

    /// Lets a template of the user's read the files of its own folder.
    pub fn with_template_folder(mut self, template: UserTemplate) -> CvWorld {
        self.store.loader_mut().disk = Some(template);
        self
    }

    /// Other `sys.inputs` than cvpdf's, as plain `typst compile` would give,
    /// to run a template as it runs outside cvpdf.
    #[cfg(test)]
    pub fn with_inputs(mut self, inputs: Dict) -> CvWorld {
        self.library = Arc::new(LazyHash::new(Library::builder().with_inputs(inputs).build()));
        self
    }

    /// Readies the World for another compilation of the same template with
    /// new in-memory files (the CV, the photo) and a new "today": every file
    /// will be read again, and changed sources are edited in place.
    pub fn next_round(&mut self, files: VirtualFiles, today: Date) {
        self.store.loader_mut().memory = files;
        self.today = today;
        self.store.reset();
    }

    /// The template's files on disk that the last compilation asked for,
    /// including those it could not read: what `watch` follows.
    pub fn disk_dependencies(&mut self) -> Vec<PathBuf> {
        let (loader, ids) = self.store.dependencies();
        let mut paths: Vec<PathBuf> = ids.filter_map(|id| loader.disk_path(id)).collect();
        paths.sort();
        paths.dedup();
        paths
    }
}

/// Builds the standard library and its hash ahead of the first compilation,
/// so a caller can do it on another core while it reads the data.
pub fn warm_up() {
    // Hashing a `LazyHash` computes the hash once and keeps it; the value
    // itself is of no use here.
    let _ = typst::utils::hash128(&**STANDARD_LIBRARY);
}

/// The id of a path in the project root.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/").expect("the root is a valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// The inputs dictionary, the same for every render: where the CV is
/// (see [`super::layout::DATA_PATH`]).
pub fn inputs() -> Dict {
    let mut dict = Dict::new();
    dict.insert(Str::from(super::layout::DATA_INPUT), Value::Str(Str::from(super::layout::DATA_PATH)));
    dict
}

impl World for CvWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.store.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.store.file(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    /// The as-of date, never the clock, so `datetime.today()` is reproducible.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year, u8::try_from(self.today.month).ok()?, u8::try_from(self.today.day).ok()?)
    }
}

#[cfg(test)]
mod tests {
    use typst::foundations::Bytes;
    use typst_layout::PagedDocument;

    use super::*;

    /// Compiles a one-file template in the cvpdf World and returns the error text.
    fn compile_error(source: &str) -> String {
        let mut files = VirtualFiles::default();
        files.insert("/evil/main.typ", Bytes::from_string(source.to_owned()));
        let world =
            CvWorld::new(Fonts::load(&[]).unwrap(), files, "/evil/main.typ", Date { year: 2026, month: 2, day: 8 });
        assert_eq!(typst::World::main(&world), file_id("/evil/main.typ"));
        match super::super::compile::compile(&world, &|path| format!("template{path}")) {
            Ok(_) => panic!("the template compiled: {source}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn a_template_cannot_read_system_files() {
        let error = compile_error(r#"#read("/etc/passwd")"#);
        assert!(error.contains("/etc/passwd"), "{error}");
        assert!(error.contains("can read only its own files"), "{error}");
        assert!(error.contains("template/evil/main.typ:1:"), "the error does not point at the template: {error}");
    }

    #[test]
    fn a_template_cannot_climb_out_of_its_root() {
        let error = compile_error(r#"#image("../../x.png")"#);
        assert!(error.starts_with("error: "), "{error}");
        assert!(
            error.contains("template/evil/main.typ:1:") && error.contains("1 │ #image(\"../../x.png\")"),
            "{error}"
        );
        assert!(error.contains("outside of the project sandbox"), "{error}");
        assert!(!error.contains("--root"), "a hint about a flag cvpdf does not have: {error}");
    }

    #[test]
    fn a_template_cannot_download_packages() {
        let error = compile_error(r#"#import "@preview/example:0.1.0": *"#);
        assert!(error.contains("does not download packages"), "{error}");
    }

    #[test]
    fn the_world_compiles_a_harmless_template() {
        let mut files = VirtualFiles::default();
        files.insert("/ok/main.typ", Bytes::from_string("#set text(font: \"Inter\")\nHello".to_owned()));
        let world =
            CvWorld::new(Fonts::load(&[]).unwrap(), files, "/ok/main.typ", Date { year: 2026, month: 2, day: 8 });
        let warned = typst::compile::<PagedDocument>(&world);
        let document = warned.output.expect("a harmless template compiles");
        assert_eq!(document.pages().len(), 1);
        let text = super::super::compile::text_of(&document);
        assert_eq!(text, "Hello");
    }
}

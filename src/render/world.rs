//! The Typst `World` of one render: the template's files and the photo as
//! virtual files, the bundled fonts, the CV as a JSON file, and the as-of
//! date as "today".
//!
//! The World reads nothing from disk while Typst compiles. Every file a
//! template may open is decided before compilation starts; any other path is
//! refused with an error that says why. That is what keeps a template, or
//! data smuggled into one, from reading the user's files.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Dict, Duration, Str, Value};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::data::model::Date;
use crate::render::fonts::Fonts;

/// The files a compilation may see, by absolute virtual path.
#[derive(Default, Clone)]
pub struct VirtualFiles {
    files: BTreeMap<String, Bytes>,
}

impl VirtualFiles {
    pub fn insert(&mut self, path: impl Into<String>, data: Bytes) {
        self.files.insert(path.into(), data);
    }

    pub fn get(&self, path: &str) -> Option<&Bytes> {
        self.files.get(path)
    }
}

/// The library of every render: its inputs never change (the CV is a file),
/// and one shared instance lets Typst's memoised work of one render serve
/// the next, which is what makes `cvpdf watch` quick.
static STANDARD_LIBRARY: LazyLock<Arc<LazyHash<Library>>> =
    LazyLock::new(|| Arc::new(LazyHash::new(Library::builder().with_inputs(inputs()).build())));

pub struct CvWorld {
    /// A directory template's folder: files not in `files` are read from
    /// here, never from outside it.
    disk_root: Option<PathBuf>,
    /// Files read from `disk_root`, looked up by id and never iterated.
    disk_files: Mutex<HashMap<FileId, FileResult<Bytes>>>,
    library: Arc<LazyHash<Library>>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    files: VirtualFiles,
    today: Date,
    /// The sources this compilation has seen, by id and never iterated:
    /// Typst resolves spans against the one `Source` it was given, so a file
    /// must not be swapped for another parse of it mid-compilation, which
    /// [`PARSED`] alone would do when two compilations share a file id.
    sources: Mutex<HashMap<FileId, Source>>,
}

impl CvWorld {
    /// `main` is the virtual path of the template's entry file, which must
    /// be one of `files`. `sys.inputs` is [`inputs`], shared by every render.
    pub fn new(fonts: Fonts, files: VirtualFiles, main: &str, today: Date) -> CvWorld {
        let main = file_id(main);
        CvWorld {
            disk_root: None,
            disk_files: Mutex::new(HashMap::new()),
            library: STANDARD_LIBRARY.clone(),
            book: LazyHash::new(fonts.book),
            fonts: fonts.fonts,
            main,
            files,
            today,
            sources: Mutex::new(HashMap::new()),
        }
    }
}

/// Every template file parsed so far in this process, by id and never
/// iterated. `cvpdf watch` compiles again and again: an unchanged file is
/// not parsed again, and a changed one is reparsed incrementally, as the
/// typst CLI does, which keeps Typst's memoised work for its unchanged parts.
static PARSED: LazyLock<Mutex<HashMap<FileId, Source>>> = LazyLock::new(Default::default);

fn parse(id: FileId, text: &str) -> Source {
    let Ok(mut parsed) = PARSED.lock() else {
        return Source::new(id, text.to_owned());
    };
    let source = parsed.entry(id).or_insert_with(|| Source::new(id, text.to_owned()));
    if source.text() != text {
        source.replace(text);
    }
    source.clone()
}

/// Builds the standard library and its hash ahead of the first compilation,
/// so a caller can do it on another core while it reads the data.
pub fn warm_up() {
    // Hashing a `LazyHash` computes the hash once and keeps it; the value
    // itself is of no use here.
    let _ = typst::utils::hash128(&**STANDARD_LIBRARY);
}

impl CvWorld {
    /// Other `sys.inputs` than cvpdf's, as plain `typst compile` would give,
    /// to run a template as it runs outside cvpdf.
    #[cfg(test)]
    pub fn with_inputs(mut self, inputs: Dict) -> CvWorld {
        self.library = Arc::new(LazyHash::new(Library::builder().with_inputs(inputs).build()));
        self
    }

    /// Lets the template read the files of its own directory.
    pub fn with_disk_root(mut self, root: PathBuf) -> CvWorld {
        self.disk_root = Some(root);
        self
    }

    /// Reads `vpath` from the template directory, refusing anything that
    /// resolves outside it, through a symlink for instance.
    fn read_from_disk(root: &Path, vpath: &str) -> FileResult<Bytes> {
        let outside = || {
            FileError::Other(Some(
                format!(
                    "{vpath} leads outside the template directory {}; a template can read only the files in its \
                     own directory",
                    root.display()
                )
                .into(),
            ))
        };
        let full = root.join(vpath.trim_start_matches('/'));
        let real_root = root.canonicalize().map_err(|error| FileError::from_io(error, root))?;
        let real = match full.canonicalize() {
            Ok(real) => real,
            Err(_) => {
                return Err(FileError::Other(Some(
                    format!(
                        "{vpath} is not a file of the template directory {} (in a template, absolute paths start \
                         at its directory)",
                        root.display()
                    )
                    .into(),
                )));
            }
        };
        if !real.starts_with(&real_root) {
            return Err(outside());
        }
        if real.is_dir() {
            return Err(FileError::IsDirectory);
        }
        std::fs::read(&real).map(Bytes::new).map_err(|error| FileError::from_io(error, &full))
    }
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
        let mut sources = self.sources.lock().map_err(|_| FileError::Other(None))?;
        if let Some(source) = sources.get(&id) {
            return Ok(source.clone());
        }
        let bytes = self.file(id)?;
        let text = bytes.as_str().map_err(|_| FileError::InvalidUtf8)?;
        let source = parse(id, text);
        sources.insert(id, source.clone());
        Ok(source)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Package(PackageError::Other(Some(
                format!(
                    "cvpdf does not download packages ({spec}); copy the package's files into the template \
                     directory and import them by relative path"
                )
                .into(),
            ))));
        }
        let path = id.vpath().get_with_slash();
        if let Some(bytes) = self.files.get(path) {
            return Ok(bytes.clone());
        }
        if let Some(root) = &self.disk_root {
            let mut cache = self.disk_files.lock().map_err(|_| FileError::Other(None))?;
            return cache.entry(id).or_insert_with(|| Self::read_from_disk(root, path)).clone();
        }
        Err(FileError::Other(Some(
            format!(
                "{path} is not a file of this template; a cvpdf template can read only its own files and the photo"
            )
            .into(),
        )))
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

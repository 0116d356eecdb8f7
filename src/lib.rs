//! cvpdf turns a CV kept as YAML into a print-ready PDF.
//!
//! The data flows one way, one module per step:
//! [`load`] (YAML into the typed [`model`]) → [`derive`] (durations, ages,
//! locale text) and [`markup`] (inline Markdown) → [`contract`] (the values a
//! template receives) → [`world`] (template files, photo, [`fonts`]) →
//! [`export`] (compile, PDF). [`schema`] describes the data format to editors;
//! [`watch`] re-renders on every save.

pub mod cli;
pub mod contract;
pub mod derive;
pub mod diag;
pub mod error;
pub mod export;
pub mod fonts;
pub mod load;
pub mod locate;
pub mod markup;
pub mod model;
pub mod pack;
pub mod photo;
pub mod schema;
pub mod templates;
pub mod watch;
pub mod world;

use std::path::PathBuf;

use typst::foundations::Bytes;

pub use error::Error;
use model::Date;

/// What to render and how.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub data: PathBuf,
    pub template: String,
    /// The date ages and open periods are counted to; `updated` when none.
    pub as_of: Option<Date>,
    pub font_paths: Vec<PathBuf>,
    pub photo: PhotoChoice,
    /// PDF standards to enforce (`--pdf-standard`).
    pub standards: Vec<export::Standard>,
    /// `SOURCE_DATE_EPOCH`: the PDF's creation date, instead of `updated`.
    pub source_date_epoch: Option<i64>,
}

impl RenderOptions {
    /// Options for rendering `data` with `template`: the data's own photo,
    /// its `updated` date, the bundled fonts only, no PDF standard.
    pub fn new(data: impl Into<PathBuf>, template: &str) -> RenderOptions {
        RenderOptions {
            data: data.into(),
            template: template.to_owned(),
            as_of: None,
            font_paths: Vec::new(),
            photo: PhotoChoice::FromData,
            standards: Vec::new(),
            source_date_epoch: None,
        }
    }
}

/// Which photo to use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PhotoChoice {
    /// The data's `photo:`, if it has one.
    #[default]
    FromData,
    /// This file instead (`--photo`), relative to the working directory.
    File(PathBuf),
    /// No photo at all (`--no-photo`).
    None,
}

/// A compiled CV, ready to be written as PDF or as page images.
pub struct Compiled {
    pub document: typst_layout::PagedDocument,
    /// Template warnings, rendered for the terminal; empty when none.
    pub warnings: String,
    ident: String,
    created: export::Instant,
    standards: Vec<export::Standard>,
}

impl Compiled {
    pub fn pages(&self) -> usize {
        self.document.pages().len()
    }

    pub fn pdf(&self) -> Result<Vec<u8>, Error> {
        self.unpacked_pdf().map(export::pack_objects)
    }

    /// The PDF as typst-pdf writes it, before [`export::pack_objects`]:
    /// the same objects, each on its own and uncompressed.
    pub fn unpacked_pdf(&self) -> Result<Vec<u8>, Error> {
        export::pdf(&self.document, self.ident.clone(), self.created, &self.standards)
    }

    /// Each page as a PNG image at `ppi` pixels per inch.
    pub fn png_pages(&self, ppi: f32) -> Result<Vec<Vec<u8>>, Error> {
        self.document.pages().iter().map(|page| export::png(page, ppi)).collect()
    }
}

/// A finished PDF render.
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Template warnings, rendered for the terminal; empty when none.
    pub warnings: String,
}

/// Everything a template is compiled from: the validated data, the chosen
/// template, the prepared photo and the contract values.
pub struct Prepared {
    pub loaded: load::Loaded,
    pub template: templates::Template,
    pub as_of: Date,
    pub photo: Option<Vec<u8>>,
    /// The photo file read, so `watch` can follow it.
    pub photo_path: Option<PathBuf>,
    pub data: contract::TemplateData,
}

/// Loads and validates the data, resolves the template, prepares the photo
/// for the template's frame and builds the values the template receives.
pub fn prepare(options: &RenderOptions) -> Result<Prepared, Error> {
    let loaded = load::load_file(&options.data, options.as_of)?;
    let cv = &loaded.cv;
    let as_of = options.as_of.unwrap_or(cv.updated);
    let template = templates::Template::resolve(&options.template)?;
    let photo_path = match &options.photo {
        PhotoChoice::FromData => cv.photo.as_deref().map(|written| (photo::resolve(&options.data, written), written)),
        PhotoChoice::File(path) => Some((path.clone(), path.to_str().unwrap_or_default())),
        PhotoChoice::None => None,
    };
    let photo = match &photo_path {
        Some((path, written)) => {
            let focus = cv.photo_focus.map_or_else(photo::Focus::default, |f| photo::Focus { x: f.x, y: f.y });
            let jpeg = photo::load(path, written, template.photo_frame(), focus).map_err(|error| {
                match options.photo {
                    // The data named the photo: point at its line.
                    PhotoChoice::FromData => loaded.error_at("photo", error.to_string()),
                    _ => error,
                }
            })?;
            Some(jpeg)
        }
        None => None,
    };
    let data = contract::TemplateData::new(cv, as_of, photo.is_some());
    let photo_path = photo_path.map(|(path, _)| path);
    Ok(Prepared { loaded, template, as_of, photo, photo_path, data })
}

/// Loads the data, builds the template inputs and compiles the template.
pub fn compile(options: &RenderOptions) -> Result<Compiled, Error> {
    // The fonts and Typst's standard library do not depend on the data: a
    // second core gets them ready while this one reads the data and the photo.
    let (fonts, prepared) = std::thread::scope(|scope| {
        let fonts = scope.spawn(|| {
            world::warm_up();
            fonts::Fonts::load(&options.font_paths)
        });
        let prepared = prepare(options);
        let fonts = fonts.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (fonts, prepared)
    });
    // A data error is the one to report when both fail: it is the user's
    // file, and its line is known.
    let prepared = prepared?;
    compile_prepared(prepared, fonts?, options)
}

/// Compiles what [`prepare`] made with fonts loaded beforehand, so a caller
/// that renders again and again (`watch`) parses the fonts only once.
pub fn compile_prepared(prepared: Prepared, fonts: fonts::Fonts, options: &RenderOptions) -> Result<Compiled, Error> {
    let Prepared { loaded, template, as_of, photo, data, .. } = prepared;
    let mut files = template.files();
    if let Some(jpeg) = photo {
        files.insert(contract::PHOTO_PATH, Bytes::new(jpeg));
    }
    let json = serde_json::to_vec(&data.to_json())
        .map_err(|error| Error::Other(format!("could not write the CV as JSON: {error}")))?;
    files.insert(contract::DATA_PATH, Bytes::new(json));
    let mut world = world::CvWorld::new(fonts, files, &template.main_path(), as_of);
    if let Some(root) = template.disk_root() {
        world = world.with_disk_root(root.to_owned());
    }

    let display_path = |vpath: &str| template.display_path(vpath);
    let (document, warnings) = export::compile(&world, &display_path)?;
    let created = match options.source_date_epoch {
        Some(seconds) => export::Instant::from_unix(seconds),
        None => export::Instant::midnight(loaded.cv.updated),
    };
    let ident = format!("cvpdf/{}/{}", data.person.name_plain, loaded.cv.updated);
    Ok(Compiled { document, warnings, ident, created, standards: options.standards.clone() })
}

/// Compiles the CV and exports it as PDF.
pub fn render(options: &RenderOptions) -> Result<Rendered, Error> {
    let compiled = compile(options)?;
    Ok(Rendered { pdf: compiled.pdf()?, pages: compiled.pages(), warnings: compiled.warnings })
}

//! The pipeline: the data loaded and checked, the design and the variant
//! chosen, the photo prepared, the contract built once, the template
//! compiled (again and again through one World in a [`Session`]), and the
//! pages handed to the outputs. The library's front door (`lib.rs`) hands on
//! what is public here; the command line calls nothing else.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use typst::foundations::Bytes;

use crate::contract::design::Resolved;
use crate::contract::{self, Photo, TemplateData};
use crate::data::load::Loaded;
use crate::data::model::Date;
use crate::data::overrides::Override;
use crate::error::{self, Error};
use crate::output::pdf::Standard;
use crate::render::fonts::Fonts;
use crate::variants::select::Selection;
use crate::{data, markup, output, photo, variants};

pub mod finish;
pub(crate) mod letter;

/// What to render and how.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The data file; with [`data_text`](Self::data_text), only the name
    /// errors show and the folder the photo is found in.
    pub data: PathBuf,
    /// The data itself, instead of reading [`data`](Self::data) from disk.
    pub data_text: Option<String>,
    /// Fields of the data changed for this run (`--set PATH=VALUE`).
    pub overrides: Vec<Override>,
    pub template: String,
    /// The date ages and open periods are counted to; `updated` when none.
    pub as_of: Option<Date>,
    pub font_paths: Vec<PathBuf>,
    pub photo: PhotoChoice,
    /// PDF standards to enforce (`--pdf-standard`).
    pub standards: Vec<Standard>,
    /// The language to render, by code (`--lang`): one of those the data
    /// declares; its default (first) language when `None`.
    pub lang: Option<String>,
    /// `SOURCE_DATE_EPOCH`: the PDF's creation date, instead of `updated`.
    pub source_date_epoch: Option<i64>,
    /// The variant of the data to render (`--variant`); the whole CV when none.
    pub variant: Option<String>,
    /// Fit into this many pages (`--fit`), instead of the variant's `fit`.
    pub fit: Option<u32>,
    /// How long Typst may compile before [`compile`] gives up with
    /// [`Error::Timeout`]; `None` waits for ever. Typst cannot be stopped:
    /// after a timeout it goes on in the background, so exit soon.
    pub timeout: Option<Duration>,
}

/// How long a template may compile unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

impl RenderOptions {
    /// Options for rendering `data` with `template`: the data's own photo,
    /// its `updated` date, the bundled fonts only, no PDF standard.
    pub fn new(data: impl Into<PathBuf>, template: &str) -> RenderOptions {
        RenderOptions {
            data: data.into(),
            data_text: None,
            overrides: Vec::new(),
            template: template.to_owned(),
            as_of: None,
            font_paths: Vec::new(),
            photo: PhotoChoice::FromData,
            standards: Vec::new(),
            source_date_epoch: None,
            variant: None,
            fit: None,
            timeout: Some(DEFAULT_TIMEOUT),
            lang: None,
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
    pub(crate) document: typst_layout::PagedDocument,
    /// Warnings about the data (characters no font has) and the template's
    /// own, rendered for the terminal; empty when none.
    pub warnings: String,
    ident: String,
    created: output::pdf::Instant,
    standards: Vec<Standard>,
    /// What the template received.
    pub(crate) data: contract::TemplateData,
    /// When the CV was fitted into its pages: what was left out (a field path
    /// of the data per line), and how many layouts that took.
    pub fit: Option<FitReport>,
    /// When a stray last page was pulled back by tightening the spacing.
    pub pulled_back: Option<finish::PulledBack>,
    /// Every file the render read from disk, which no output may replace.
    pub(crate) inputs: Vec<output::write::Input>,
}

/// What fitting a CV into its pages left out.
#[derive(Debug, Clone)]
pub struct FitReport {
    pub pages: usize,
    /// One line per entry: its field path and line in the data file.
    pub left_out: Vec<String>,
    /// How many times the CV was laid out.
    pub trials: usize,
}

impl Compiled {
    pub fn pages(&self) -> usize {
        self.document.pages().len()
    }

    pub fn pdf(&self) -> Result<Vec<u8>, Error> {
        self.unpacked_pdf().map(output::pdf::pack_objects)
    }

    /// The PDF as typst-pdf writes it, before its small objects are packed into object streams:
    /// the same objects, each on its own and uncompressed.
    pub fn unpacked_pdf(&self) -> Result<Vec<u8>, Error> {
        output::pdf::pdf(&self.document, self.ident.clone(), self.created, &self.standards)
    }

    /// What the template received, as the JSON `cvpdf data` prints: after
    /// fitting into pages, what was left in.
    pub fn contract_json(&self) -> serde_json::Value {
        self.data.to_json()
    }

    /// Each page as a PNG image at `ppi` pixels per inch. A page of more
    /// than 150 megapixels at that resolution is an error, before any page
    /// is rendered.
    pub fn png_pages(&self, ppi: f32) -> Result<Vec<Vec<u8>>, Error> {
        let pages = self.document.pages();
        for (index, page) in pages.iter().enumerate() {
            output::png::check_size(page, ppi, index + 1)?;
        }
        pages.iter().map(|page| output::png::png(page, ppi)).collect()
    }

    /// A number for each page that changes when what the page shows
    /// changes: a page an edit left alone keeps its number.
    pub fn page_fingerprints(&self) -> Vec<u128> {
        self.document.pages().iter().map(output::svg::fingerprint).collect()
    }

    /// Page `index` (from 0) as an SVG document, if there is such a page.
    pub fn svg_page(&self, index: usize) -> Option<String> {
        self.document.pages().get(index).map(output::svg::svg)
    }

    /// The size of page `index` (from 0) in points, width and height.
    pub fn page_size(&self, index: usize) -> Option<(f64, f64)> {
        let size = self.document.pages().get(index)?.frame.size();
        Some((size.x.to_pt(), size.y.to_pt()))
    }
}

/// A finished PDF render.
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Warnings about the data and the template, rendered for the terminal;
    /// empty when none.
    pub warnings: String,
    /// What was done to a stray last page, if anything.
    pub pulled_back: Option<finish::PulledBack>,
}

/// Everything a template is compiled from: the validated data, the chosen
/// template, the prepared photo and the contract values.
pub struct Prepared {
    /// Shared by the variants of one data file.
    pub(crate) loaded: Arc<data::load::Loaded>,
    pub(crate) template: crate::render::templates::Template,
    pub(crate) as_of: Date,
    pub(crate) photo: Option<Bytes>,
    /// The template's photo frame, when there is a photo.
    pub(crate) photo_frame: Option<photo::Frame>,
    /// The photo file read, so `watch` can follow it.
    pub(crate) photo_path: Option<PathBuf>,
    /// The variant and the pages to fit into.
    pub(crate) chosen: variants::Chosen,
    /// The design options, resolved for the template.
    pub(crate) design: Resolved,
    /// What the template receives, before any fitting into pages.
    pub(crate) data: contract::TemplateData,
}

impl Prepared {
    /// What the template receives, as the JSON `cvpdf data` prints.
    pub fn contract_json(&self) -> serde_json::Value {
        self.data.to_json()
    }

    /// The photo file that was read, if any.
    pub fn photo_path(&self) -> Option<&std::path::Path> {
        self.photo_path.as_deref()
    }

    /// The bibliography and citation style files that were read.
    pub fn publication_files(&self) -> Vec<PathBuf> {
        self.loaded.publication_files()
    }

    /// The files of the CV no output may replace: the data (as `role`), its
    /// photo and its publications files.
    pub(crate) fn cv_inputs(&self, role: &'static str) -> Vec<output::write::Input> {
        cv_inputs(&self.loaded, self.photo_path.as_deref(), role)
    }

    /// The data as loaded: its languages and warnings.
    pub fn loaded(&self) -> &Loaded {
        &self.loaded
    }

    /// What every output of this CV warns about, whatever lays it out: the
    /// data's warnings (a text missing in the chosen language, words with
    /// no language file) and the publications the style cannot format.
    /// The design's warnings concern a Typst template's options; a Typst
    /// render adds them, and the fonts' and the pages' own.
    pub fn data_warnings(&self) -> Vec<String> {
        let mut warnings = self.loaded.warnings().to_vec();
        warnings.extend(publication_warnings(&self.loaded, &self.data));
        warnings
    }

    /// The CV as a Word document (`.docx`), written from the contract: the
    /// chosen variant (without fitting into pages, which a word processor
    /// lays out itself), the page and margins of the design, the photo
    /// inline. The same inputs give the same bytes.
    pub fn docx(&self) -> Result<Vec<u8>, Error> {
        let named: Vec<&str> = self.loaded.cv.design.0.keys().map(String::as_str).collect();
        let setup = crate::output::docx::Setup::of(&self.data, self.loaded.cv.lang.code(), &named);
        let photo = match (&self.photo, self.photo_frame) {
            (Some(jpeg), Some(frame)) => {
                Some(crate::output::docx::Photo { jpeg, width: frame.width_pt, height: frame.height_pt })
            }
            _ => None,
        };
        crate::output::docx::cv(&self.data, &setup, photo)
    }

    /// The names of the data's variants, in order.
    pub fn variant_names(&self) -> Vec<String> {
        self.loaded.cv.variants.keys().cloned().collect()
    }

    /// The CV as one self-contained HTML page in the built-in web design,
    /// as `cvpdf render -o cv.html` writes it.
    pub fn html_page(&self) -> Result<String, Error> {
        let template = output::html::Template::resolve(None)?;
        output::html::render(&self.data, self.photo.as_deref(), &template)
    }
}

/// One warning for each publication the style prints nothing for (its
/// title is printed instead), naming the data file, the style and the
/// entry's key.
fn publication_warnings(loaded: &Loaded, data: &TemplateData) -> Vec<String> {
    let style = data.publications.style.as_deref().unwrap_or_default();
    data.publications
        .unformatted
        .iter()
        .map(|key| {
            format!(
                "warning: {}: publications: the style `{style}` prints nothing for the entry `{key}`; its title is \
                 printed instead",
                loaded.path.display()
            )
        })
        .collect()
}

/// Reads and validates the data that `options` name, without the photo or
/// the template.
pub fn load(options: &RenderOptions) -> Result<Loaded, Error> {
    match &options.data_text {
        Some(text) => {
            data::load::load_str_with(&options.data, text, options.as_of, &options.overrides, options.lang.as_deref())
        }
        None => data::load::load_file(&options.data, options.as_of, &options.overrides, options.lang.as_deref()),
    }
}

/// Packs a PDF's small objects into compressed object streams (see
/// [`Compiled::unpacked_pdf`]); a PDF that cannot be packed is returned as
/// it was.
pub fn pack_pdf(pdf: Vec<u8>) -> Vec<u8> {
    output::pdf::pack_objects(pdf)
}

/// The text of inline Markdown as a reader sees it: `**bold** [a](b)` is
/// `bold a`.
pub fn plain_text(markdown: &str) -> String {
    markup::plain(markdown)
}

/// The photo file `options` ask for, given the data: `--photo`, or the
/// data's `photo:` resolved against the data's folder, as the user wrote it.
fn photo_file<'a>(options: &'a RenderOptions, cv: &'a data::model::Cv) -> Option<(PathBuf, &'a str)> {
    match &options.photo {
        PhotoChoice::FromData => cv.photo.as_deref().map(|written| (photo::resolve(&options.data, written), written)),
        PhotoChoice::File(path) => Some((path.clone(), path.to_str().unwrap_or_default())),
        PhotoChoice::None => None,
    }
}

/// Loads and validates the data, resolves the template, prepares the photo
/// for the template's frame and builds the values the template receives.
pub fn prepare(options: &RenderOptions) -> Result<Prepared, Error> {
    Common::new(options, Arc::new(load(options)?))?.variant(options, options.variant.as_deref())
}

/// Prepares the whole CV, then each of its variants in the order of
/// `variants:`, and hands each to `each` by name (none for the whole CV) as
/// it is ready; an error of `each` stops the list. The data, the template
/// and the photo are read once, so the time a variant takes does not grow
/// with the number of variants.
pub fn prepare_variants(
    options: &RenderOptions,
    mut each: impl FnMut(Option<&str>, Result<Prepared, Error>) -> Result<(), Error>,
) -> Result<(), Error> {
    let common = Common::new(options, Arc::new(load(options)?))?;
    each(None, common.variant(options, None))?;
    for name in common.loaded.cv.variants.keys() {
        each(Some(name), common.variant(options, Some(name)))?;
    }
    Ok(())
}

/// The data `loaded` was read from, read in each other language it is
/// written in (those of `langs:` after the one `loaded` is in), each handed
/// to `each` with its code; an error of `each` stops. Only what depends on
/// the language is done again, so the time a language takes does not grow
/// with the number of languages.
pub fn load_other_languages(
    options: &RenderOptions,
    loaded: &Loaded,
    mut each: impl FnMut(&str, Result<Loaded, Error>) -> Result<(), Error>,
) -> Result<(), Error> {
    for &lang in loaded.cv.langs.iter().filter(|lang| **lang != loaded.cv.lang) {
        let other = if options.overrides.is_empty() {
            loaded.in_language(lang, options.as_of)
        } else {
            // The overrides change the text, which is read again whole.
            load(&RenderOptions { lang: Some(lang.code().to_owned()), ..options.clone() })
        };
        each(lang.code(), other)?;
    }
    Ok(())
}

/// What every variant of one CV shares: the data, the template, the
/// resolved design and the photo.
struct Common {
    loaded: Arc<data::load::Loaded>,
    template: crate::render::templates::Template,
    as_of: Date,
    design: Resolved,
    photo: Option<Bytes>,
    photo_frame: Option<photo::Frame>,
    photo_path: Option<PathBuf>,
}

impl Common {
    fn new(options: &RenderOptions, loaded: Arc<data::load::Loaded>) -> Result<Common, Error> {
        let cv = &loaded.cv;
        let as_of = options.as_of.unwrap_or(cv.updated);
        let template = crate::render::templates::Template::resolve(&options.template)?;
        let manifest = template.manifest()?;
        let frame = manifest.photo;
        let design = contract::design::Resolved::new(&loaded, &manifest.options, &template.name(), &builtin_options())
            .map_err(|error| from_override(error, &options.overrides))?;
        // A hidden photo is not even read.
        let photo_path = if design.hides("photo") { None } else { photo_file(options, cv) };
        let photo = match &photo_path {
            Some((path, written)) => {
                let focus = cv.photo_focus.map_or_else(photo::Focus::default, |f| photo::Focus { x: f.x, y: f.y });
                let jpeg = photo::load(path, written, frame, focus).map_err(|error| {
                    match options.photo {
                        // The data named the photo: point at its line.
                        PhotoChoice::FromData => loaded.error_at("photo", error.to_string()),
                        _ => error,
                    }
                })?;
                Some(Bytes::new(jpeg))
            }
            None => None,
        };
        let photo_frame = photo.is_some().then_some(frame);
        let photo_path = photo_path.map(|(path, _)| path);
        Ok(Common { loaded, template, as_of, design, photo, photo_frame, photo_path })
    }

    /// The variant `name` (none for the whole CV), fitted as `options` say.
    fn variant(&self, options: &RenderOptions, name: Option<&str>) -> Result<Prepared, Error> {
        let chosen = variants::Chosen::of(&self.loaded, name, options.fit)?;
        let data =
            contract_of(&self.loaded, &chosen, &self.design, &Selection::default(), self.as_of, self.photo_frame);
        Ok(Prepared {
            loaded: self.loaded.clone(),
            template: self.template.clone(),
            as_of: self.as_of,
            photo: self.photo.clone(),
            photo_frame: self.photo_frame,
            photo_path: self.photo_path.clone(),
            chosen,
            design: self.design.clone(),
            data,
        })
    }
}

/// The contract of the CV as the variant `chosen` shows it, with what
/// fitting left out (`selection`), in `design`.
fn contract_of(
    loaded: &Loaded,
    chosen: &variants::Chosen,
    design: &Resolved,
    selection: &Selection,
    as_of: Date,
    photo: Option<photo::Frame>,
) -> TemplateData {
    // Without `variants:`, which nothing reads from here on: a copy per
    // variant then costs what the CV holds.
    let whole = design.hidden(loaded.bare());
    let photo = photo.map(|frame| Photo {
        path: crate::render::layout::PHOTO_PATH.to_owned(),
        width: frame.width_pt,
        height: frame.height_pt,
    });
    let view;
    let (cv, collapsed) = if chosen.name.is_none() && selection == &Selection::default() {
        (&*whole, &[][..])
    } else {
        view = variants::select::view(&whole, chosen.name.as_deref(), &chosen.variant, selection);
        (&view.cv, &view.collapsed[..])
    };
    TemplateData::new(&contract::Source { cv, whole: &whole, collapsed, as_of, photo, design })
}

/// The names of every built-in's design options, for the warning about an
/// option the chosen template lacks but another built-in offers.
fn builtin_options() -> Vec<(&'static str, Vec<String>)> {
    crate::render::templates::builtin_options()
        .into_iter()
        .map(|(name, options)| (name, options.into_iter().map(|option| option.name).collect()))
        .collect()
}

/// An error about a field a `--set` gave is the command line's: a usage
/// error naming the `--set`, as the loader reports the data's own fields.
pub(crate) fn from_override(error: Error, overrides: &[Override]) -> Error {
    match error {
        Error::Data(data) => {
            let field = data.field.clone().unwrap_or_default();
            match overrides.iter().find(|set| !field.is_empty() && set.covers(&field)) {
                Some(set) => Error::usage(error::Message {
                    text: format!("--set {}: {field}: {}", set.written, data.message),
                    hints: data.hints.clone(),
                }),
                None => Error::Data(data),
            }
        }
        other => other,
    }
}

/// The font families a render can use, by name.
pub(crate) fn font_families(fonts: &Fonts) -> Vec<String> {
    fonts.book.families().map(|(name, _)| name.to_owned()).collect()
}

/// Loads the data, builds the template inputs and compiles the template.
pub fn compile(options: &RenderOptions) -> Result<Compiled, Error> {
    // The fonts and Typst's standard library do not depend on the data: a
    // second core gets them ready while this one reads the data and the photo.
    let (fonts, prepared) = std::thread::scope(|scope| {
        let fonts = scope.spawn(|| {
            crate::render::world::warm_up();
            Fonts::load(&options.font_paths)
        });
        let prepared = prepare(options);
        let fonts = fonts.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (fonts, prepared)
    });
    // A data error is the one to report when both fail: it is the user's
    // file, and its line is known.
    let prepared = prepared?;
    Session::new(fonts?).compile(prepared, options)
}

/// Compiles again and again through one Typst World, as `cvpdf watch`
/// does: the fonts are parsed once, and each compilation reads the
/// template's files afresh while Typst's memoised work for what did not
/// change carries over. A CV with pages to fit into is compiled a few times
/// in one call, each time through the same World, so the cache carries over
/// between the trials too.
pub struct Session {
    fonts: Fonts,
    /// The World of the last compilation, and the template it was made for.
    world: Option<(crate::render::world::CvWorld, String)>,
    /// The template's files on disk that the last compilation asked for.
    template_files: Vec<PathBuf>,
    /// The characters no font has, for the data last compiled: the same
    /// for each of its variants, and worked out from the whole text.
    glyphs: Option<(std::sync::Weak<data::load::Loaded>, Vec<String>)>,
}

/// The files of a CV no output may replace: the data (as `role`), its photo
/// and its publications files.
fn cv_inputs(loaded: &Loaded, photo_path: Option<&Path>, role: &'static str) -> Vec<output::write::Input> {
    let mut inputs = vec![output::write::Input::new(&loaded.path, role)];
    inputs.extend(photo_path.map(|path| output::write::Input::new(path, "the photo")));
    inputs.extend(
        loaded.publication_files().into_iter().map(|path| output::write::Input::new(path, "a publications file")),
    );
    inputs
}

impl Session {
    /// The template's and fonts' files the last compilation read, which no
    /// output may replace.
    fn own_inputs(&self) -> impl Iterator<Item = output::write::Input> + '_ {
        let templates = self.template_files.iter().map(|path| output::write::Input::new(path, "the template file"));
        templates.chain(self.fonts.files.iter().map(|path| output::write::Input::new(path, "the font file")))
    }

    pub fn new(fonts: Fonts) -> Session {
        Session { fonts, world: None, template_files: Vec::new(), glyphs: None }
    }

    /// The warnings about characters no font has in `loaded`.
    fn glyph_warnings(&mut self, loaded: &Arc<data::load::Loaded>) -> Vec<String> {
        match &self.glyphs {
            Some((last, warnings)) if std::ptr::eq(last.as_ptr(), Arc::as_ptr(loaded)) => warnings.clone(),
            _ => {
                let warnings = crate::render::fonts::missing_glyphs(&self.fonts, loaded);
                self.glyphs = Some((Arc::downgrade(loaded), warnings.clone()));
                warnings
            }
        }
    }

    /// Compiles what [`prepare`] made, each layout within `options.timeout`.
    pub fn compile(&mut self, prepared: Prepared, options: &RenderOptions) -> Result<Compiled, Error> {
        let Prepared { loaded, template, as_of, photo, photo_frame, photo_path, chosen, design, data } = prepared;
        design
            .check_fonts(&loaded, &font_families(&self.fonts))
            .map_err(|error| from_override(error, &options.overrides))?;
        let mut glyph_warnings = design.warnings.clone();
        glyph_warnings.extend(self.glyph_warnings(&loaded));
        let mut files = template.files();
        if let Some(jpeg) = photo {
            files.insert(crate::render::layout::PHOTO_PATH, jpeg);
        }
        let mut compile_data = |data: &contract::TemplateData| {
            let json = serde_json::to_vec(&data.to_json())
                .map_err(|error| Error::other(format!("could not write the CV as JSON: {error}")))?;
            let mut files = files.clone();
            files.insert(crate::render::layout::DATA_PATH, Bytes::new(json));
            files.insert(crate::render::layout::LANGUAGE_PATH, Bytes::new(data.language_json()));
            self.compile_round(&template, &template.main_path(), files, as_of, options)
        };
        let limits = finish::limits(&template.manifest()?.options, &data.design);
        let (finished, fit) = match &chosen.fit {
            None => {
                let first = compile_data(&data)?;
                (finish::pull_back(first, data, limits, true, &mut compile_data)?, None)
            }
            Some(fit) => {
                let fitted =
                    fit_into_pages(&loaded, &chosen, &design, fit, as_of, photo_frame, limits, &mut compile_data)?;
                let report = FitReport { pages: fit.pages, left_out: fitted.left_out, trials: fitted.trials };
                (fitted.finished, Some(report))
            }
        };
        let finish::Finished { document, warnings: template_warnings, data, pulled_back, stray, tried } = finished;
        // The data's warnings first: they are about the user's own file.
        let mut warnings: String = loaded.warnings().iter().map(|warning| format!("{warning}\n")).collect();
        warnings.extend(glyph_warnings.iter().map(|line| format!("{line}\n")));
        if let Some(end) = stray.filter(|_| finish::enabled(&data.design)) {
            warnings.push_str(&finish::stray_warning(&end, &tried));
        }
        warnings.extend(publication_warnings(&loaded, &data).iter().map(|line| format!("{line}\n")));
        warnings.push_str(&template_warnings);
        let created = match options.source_date_epoch {
            Some(seconds) => output::pdf::from_unix(seconds)?,
            None => output::pdf::midnight(loaded.cv.updated)?,
        };
        let ident = format!("cvpdf/{}/{}", data.person.name_plain, loaded.cv.updated);
        let mut inputs = cv_inputs(&loaded, photo_path.as_deref(), "the data file");
        inputs.extend(self.own_inputs());
        Ok(Compiled {
            document,
            warnings,
            ident,
            created,
            standards: options.standards.clone(),
            data,
            fit,
            pulled_back,
            inputs,
        })
    }

    /// One layout of `files` with `template`, through the World of the
    /// last round when it was made for the same template.
    fn compile_round(
        &mut self,
        template: &crate::render::templates::Template,
        entry: &str,
        files: crate::render::world::VirtualFiles,
        as_of: Date,
        options: &RenderOptions,
    ) -> Result<(typst_layout::PagedDocument, String), Error> {
        let identity = format!("{template:?} {entry}");
        let world = match self.world.take() {
            Some((mut world, made_for)) if made_for == identity => {
                world.next_round(files, as_of);
                world
            }
            _ => {
                let world = crate::render::world::CvWorld::new(self.fonts.clone(), files, entry, as_of);
                match template.user_template() {
                    Some(user) => world.with_template_folder(user.clone()),
                    None => world,
                }
            }
        };
        let shown = template.clone();
        let (world, compiled) = crate::render::compile::on_worker(&template.name(), options.timeout, move || {
            let compiled = crate::render::compile::compile(&world, &|vpath| shown.display_path(vpath));
            (world, compiled)
        })?;
        let mut world = world;
        self.template_files = world.disk_dependencies();
        self.world = Some((world, identity));
        compiled
    }

    /// The template's files on disk that the last compilation asked for,
    /// those it could not find included.
    pub fn template_files(&self) -> &[PathBuf] {
        &self.template_files
    }
}

/// The files a render of `options` reads, as far as they can be known
/// without rendering: the data, and the photo, the bibliography and a
/// style file when the data loads.
pub(crate) fn known_inputs(options: &RenderOptions) -> Vec<PathBuf> {
    let mut files = vec![options.data.clone()];
    let loaded = load(options);
    match (&options.photo, &loaded) {
        (PhotoChoice::File(path), _) => files.push(path.clone()),
        (PhotoChoice::FromData, Ok(loaded)) => files.extend(photo_file(options, &loaded.cv).map(|(path, _)| path)),
        _ => {}
    }
    // The bibliography and a style file, when the data loads.
    if let Ok(loaded) = &loaded {
        files.extend(loaded.publication_files());
    }
    files
}

/// Compiles the CV and exports it as PDF.
pub fn render(options: &RenderOptions) -> Result<Rendered, Error> {
    let compiled = compile(options)?;
    let pdf = compiled.pdf()?;
    Ok(Rendered { pdf, pages: compiled.pages(), warnings: compiled.warnings, pulled_back: compiled.pulled_back })
}

/// A CV fitted into its pages: the compiled pages, their contract, and
/// what was left out, one line each for the terminal.
struct Fitted {
    pub finished: finish::Finished,
    pub left_out: Vec<String>,
    /// How many times the CV was compiled.
    pub trials: usize,
}

/// Fits the chosen variant into `fit.pages` pages. `compile` lays out one
/// contract and returns its pages and rendered warnings; it is called a
/// handful of times with the same World but for the CV, so Typst's cache
/// serves the unchanged parts.
// What the search needs is the variant's whole setting; a struct of it
// would be built once, here, and taken apart at once.
#[allow(clippy::too_many_arguments)]
fn fit_into_pages(
    loaded: &Loaded,
    chosen: &variants::Chosen,
    design: &Resolved,
    fit: &variants::Fit,
    as_of: Date,
    photo: Option<crate::photo::Frame>,
    limits: Option<finish::Spacing>,
    compile: &mut impl FnMut(&TemplateData) -> Result<(typst_layout::PagedDocument, String), Error>,
) -> Result<Fitted, Error> {
    let cv = loaded.bare();
    let name = chosen.name.as_deref();
    let units = variants::select::view(cv, name, &chosen.variant, &Selection::default()).units;
    let locations = loaded.locations();
    let line = |path: &str| locations.find(path).map(|(line, _)| line);
    let part_line = |part: &str| {
        let path = match (part, name) {
            ("about", Some(name)) if chosen.variant.about.is_some() => format!("variants.{name}.about"),
            _ => part.to_owned(),
        };
        line(&path).unwrap_or(0)
    };
    let order = variants::fit::drop_order(&units, part_line);
    let mut pulls = 0;
    let outcome = variants::fit::search(fit.pages, &units, &order, |selection| {
        let data = contract_of(loaded, chosen, design, selection, as_of, photo);
        let first = compile(&data)?;
        // The whole CV a stray page too long fits by tightening the spacing,
        // before anything is left out.
        let pages = first.0.pages().len();
        let finished = if selection == &Selection::default() && pages == fit.pages + 1 {
            let finished = finish::pull_back(first, data, limits, false, compile)?;
            pulls += finished.tried.len() + usize::from(finished.pulled_back.is_some());
            finished
        } else {
            finish::Finished::as_is(first, data)
        };
        Ok((finished.document.pages().len(), finished))
    })?;
    match outcome {
        variants::fit::Outcome::Fits { selection, best: finished, trials } => {
            let trials = trials + pulls;
            let left_out = variants::fit::report(&units, &selection)
                .into_iter()
                .map(|entry| {
                    let at = line(&entry.path).map(|line| format!(" (line {line})")).unwrap_or_default();
                    let how = if entry.collapsed { ": collapsed to one line" } else { "" };
                    format!("{}{at}{how}", entry.path)
                })
                .collect();
            Ok(Fitted { finished, left_out, trials })
        }
        variants::fit::Outcome::Unreachable { minimum } => {
            let message = format!(
                "cannot fit into {}: with everything optional left out, the CV still takes {minimum} pages",
                variants::pages(fit.pages)
            );
            Err(match &fit.field {
                Some(field) => loaded.error_at(field, message),
                None => loaded.error_in_file(format!("--fit {}: {message}", fit.pages)),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    /// Outside cvpdf (plain `typst compile`, an editor preview) there is no
    /// `sys.inputs.cv-file`; the built-ins then read the `cv.json` that `cvpdf data`
    /// writes beside them.
    #[test]
    fn builtins_fall_back_to_cv_json_beside_them() {
        use typst::foundations::{Bytes, Dict};

        use crate::render::world::{CvWorld, VirtualFiles};

        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for template in crate::render::templates::BUILTINS.iter().map(|builtin| builtin.name) {
            // The design options are resolved for the template, as
            // `cvpdf data -t NAME` resolves them.
            let options = crate::RenderOptions {
                photo: crate::PhotoChoice::None,
                ..crate::RenderOptions::new(root.join("examples/en/cv.yaml"), template)
            };
            let json = serde_json::to_string(&crate::prepare(&options).unwrap().contract_json()).unwrap();
            let mut files = VirtualFiles::default();
            for file in crate::render::templates::FILES {
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

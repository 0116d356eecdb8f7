//! A cover letter through the pipeline: the letter read, the CV it names
//! prepared as for a render of its own (the variant the letter names, the
//! letter's language), the letter's contract built on the CV's, and the
//! template's `letter.typ` compiled through the same [`Session`], World,
//! timeout and memory guards as a CV.
//!
//! A letter fits one page. When it does not, the render still succeeds
//! with a warning that says by how many lines; with [`LetterOptions::fit`]
//! the spacing is first tightened within the template's declared limits.

use std::path::{Path, PathBuf};

use typst::foundations::Bytes;

use super::{Compiled, Prepared, RenderOptions, Session, font_families, from_override};
use crate::contract::Photo;
use crate::contract::letter::{LetterContract, LetterSource};
use crate::data::letter::{LetterFile, LoadedLetter};
use crate::error::{Error, Message};
use crate::render::fonts::Fonts;
use crate::{output, photo};

/// What letter to render and how.
#[derive(Debug, Clone)]
pub struct LetterOptions {
    /// The letter file.
    pub letter: PathBuf,
    /// How to render: the template, `--as-of`, the fonts, the photo, the
    /// PDF standards, `--lang`, the timeout. Its `data` is replaced by the
    /// CV the letter names, its `variant` by the letter's.
    pub render: RenderOptions,
    /// Append the CV after the letter, in the same document.
    pub with_cv: bool,
    /// Tighten the spacing, within the template's limits, until the letter
    /// fits one page (`--fit 1`).
    pub fit: bool,
}

impl LetterOptions {
    pub fn new(letter: impl Into<PathBuf>, template: &str) -> LetterOptions {
        let letter = letter.into();
        LetterOptions { render: RenderOptions::new(&letter, template), letter, with_cv: false, fit: false }
    }
}

/// A letter ready to compile: the CV prepared for it, the letter read in
/// its language, and its contract.
pub struct PreparedLetter {
    cv: Prepared,
    letter: LoadedLetter,
    contract: LetterContract,
    entry: String,
    signature: Option<(Vec<u8>, PathBuf)>,
}

impl PreparedLetter {
    /// What `letter.typ` receives, as JSON.
    pub fn contract_json(&self) -> serde_json::Value {
        self.contract.to_json()
    }

    /// The CV the letter goes with.
    pub fn cv_path(&self) -> &Path {
        &self.cv.loaded.path
    }

    /// The letter as one self-contained HTML page.
    pub fn html_page(&self) -> Result<String, Error> {
        crate::output::html::letter(&self.contract, self.cv.photo.as_deref())
    }

    /// The letter as Markdown.
    pub fn markdown(&self) -> String {
        crate::output::markdown::letter(&self.contract)
    }

    /// The letter's and the CV's warnings, one per line.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = self.letter.warnings().to_vec();
        warnings.extend(self.cv.loaded.warnings().iter().cloned());
        warnings.extend(self.cv.design.warnings.iter().cloned());
        warnings
    }

    /// Every file the letter was made from.
    pub(crate) fn inputs(&self) -> Vec<output::write::Input> {
        PreparedLetter::inputs_of(&self.letter, &self.cv, &self.signature)
    }
}

/// The files a letter's render reads, as far as they can be known without
/// rendering: the letter, and its CV when the letter can be read.
pub(crate) fn known_inputs(options: &LetterOptions) -> Vec<PathBuf> {
    let mut files = vec![options.letter.clone()];
    if let Ok(file) = LetterFile::read(&options.letter)
        && let Ok(cv) = file.cv_path()
    {
        let cv_options = RenderOptions { data: cv, ..options.render.clone() };
        files.extend(super::known_inputs(&cv_options));
    }
    files
}

/// Reads the letter and the CV it names, prepares the CV for the letter's
/// template and language, and builds the letter's contract.
pub fn prepare_letter(options: &LetterOptions) -> Result<PreparedLetter, Error> {
    let file = LetterFile::read(&options.letter)?;
    let cv_path = file.cv_path()?;
    if std::fs::metadata(&cv_path).is_err() {
        let written = if file.has("cv") { "the CV it names" } else { "a cv.yaml beside it" };
        let message = Message::new(format!("the letter goes with {written}, and {} does not exist", cv_path.display()))
            .hint("name the CV's file with `cv: path/to/cv.yaml`, relative to the letter");
        return Err(file.error_at("cv", message));
    }
    let template = crate::render::templates::Template::resolve(&options.render.template)?;
    let entry = template.letter_path()?;
    let requested = match &options.render.lang {
        Some(code) => Some(crate::lang::Lang::parse(code).map_err(|why| Error::usage(format!("--lang: {why}")))?),
        None => file.lang()?,
    };
    let mut cv_options = RenderOptions {
        data: cv_path,
        data_text: None,
        variant: file.variant(),
        // The CV's own fitting is for the CV alone; appended, it keeps its variant.
        fit: None,
        lang: None,
        ..options.render.clone()
    };
    let declared = super::load(&cv_options)?;
    let lang = requested.unwrap_or(declared.cv.lang);
    if declared.cv.langs.contains(&lang) {
        cv_options.lang = Some(lang.code().to_owned());
    }
    let variant = cv_options.variant.clone();
    let cv = super::prepare(&cv_options).map_err(|error| match (&variant, error) {
        // A variant the CV lacks is the letter's mistake.
        (Some(_), Error::Data(data)) if data.field.as_deref() == Some("variants") => file.error_at(
            "variant",
            Message {
                text: format!("{} (in the CV {})", data.message, data.file.display()),
                hints: data.hints.clone(),
            },
        ),
        (_, error) => error,
    })?;
    let letter = file.load(lang, &cv.loaded.cv.langs)?;
    let signature = match &letter.letter.signature {
        Some(written) => {
            let folder = letter.path.parent().unwrap_or(Path::new(""));
            let path = folder.join(written.trim());
            let (jpeg, frame) =
                photo::signature(&path, written).map_err(|error| letter.error_at("signature", error.to_string()))?;
            Some((jpeg, path, frame))
        }
        None => None,
    };
    let contract = LetterContract::new(LetterSource {
        letter: &letter,
        cv: cv.data.clone(),
        date: cv.as_of,
        signature: signature.as_ref().map(|(_, _, frame)| Photo {
            path: crate::render::layout::SIGNATURE_PATH.to_owned(),
            width: frame.width_pt,
            height: frame.height_pt,
        }),
        with_cv: options.with_cv,
    });
    let signature = signature.map(|(jpeg, path, _)| (jpeg, path));
    Ok(PreparedLetter { cv, letter, contract, entry, signature })
}

/// Reads, prepares and compiles a letter.
pub fn compile_letter(options: &LetterOptions) -> Result<Compiled, Error> {
    let (fonts, prepared) = std::thread::scope(|scope| {
        let fonts = scope.spawn(|| {
            crate::render::world::warm_up();
            Fonts::load(&options.render.font_paths)
        });
        let prepared = prepare_letter(options);
        let fonts = fonts.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (fonts, prepared)
    });
    let prepared = prepared?;
    Session::new(fonts?).compile_letter(prepared, options)
}

impl Session {
    /// Compiles a prepared letter: its pages, and the CV's after them with
    /// `with_cv`.
    pub fn compile_letter(&mut self, prepared: PreparedLetter, options: &LetterOptions) -> Result<Compiled, Error> {
        let PreparedLetter { cv, letter, contract, entry, signature } = prepared;
        let inputs_of_letter = PreparedLetter::inputs_of(&letter, &cv, &signature);
        let Prepared { loaded, template, as_of, photo, design, .. } = cv;
        let render = &options.render;
        design
            .check_fonts(&loaded, &font_families(&self.fonts))
            .map_err(|error| from_override(error, &render.overrides))?;
        let mut files = template.files();
        if let Some(jpeg) = photo {
            files.insert(crate::render::layout::PHOTO_PATH, Bytes::new(jpeg));
        }
        if let Some((jpeg, _)) = signature {
            files.insert(crate::render::layout::SIGNATURE_PATH, Bytes::new(jpeg));
        }
        let mut compile = |contract: &LetterContract| {
            let json = serde_json::to_vec(&contract.to_json())
                .map_err(|error| Error::other(format!("could not write the letter as JSON: {error}")))?;
            let mut files = files.clone();
            files.insert(crate::render::layout::DATA_PATH, Bytes::new(json));
            files.insert(crate::render::layout::LANGUAGE_PATH, Bytes::new(contract.cv.language_json()));
            self.compile_round(&template, &entry, files, as_of, render)
        };
        let (mut document, mut template_warnings) = compile(&contract)?;
        let mut overflow = overflow(&document);
        let mut tightened = None;
        if options.fit
            && let Some(over) = overflow.clone().filter(|over| over.pages > 1)
            && let Some(limits) = super::finish::spacing_limits(&template.manifest()?.options, &contract.cv.design)
        {
            // The CV's ladder down to the template's least spacing (an
            // estimate, then the least), each layout through the same
            // World, so Typst's cache serves everything but the letter's
            // own text.
            for super::finish::Step { spacing, .. } in super::finish::ladder(&over, limits, false) {
                let mut trial = contract.clone();
                trial.cv.design.insert("line_spacing".into(), spacing.into());
                let (trial_document, trial_warnings) = compile(&trial)?;
                overflow = self::overflow(&trial_document);
                document = trial_document;
                template_warnings = trial_warnings;
                tightened = Some(spacing);
                if overflow.as_ref().is_none_or(|over| over.pages <= 1) {
                    break;
                }
            }
        }
        let mut warnings: String = letter.warnings().iter().map(|warning| format!("{warning}\n")).collect();
        warnings.extend(loaded.warnings().iter().map(|warning| format!("{warning}\n")));
        warnings.extend(design.warnings.iter().map(|line| format!("{line}\n")));
        warnings
            .extend(crate::render::fonts::missing_glyphs(&self.fonts, &loaded).iter().map(|line| format!("{line}\n")));
        match &overflow {
            Some(over) if over.pages > 1 => {
                let lines = if over.lines == 1 { "1 line".to_owned() } else { format!("{} lines", over.lines) };
                let tried = match tightened {
                    Some(spacing) => format!(" even with the line spacing tightened to {spacing:.2}"),
                    None => String::new(),
                };
                let hint = if options.fit || tightened.is_some() {
                    "shorten the body".to_owned()
                } else {
                    "shorten the body, or give --fit 1 to tighten the spacing".to_owned()
                };
                warnings.push_str(&format!(
                    "warning: {}: the letter takes {} pages{tried}: it is {lines} too long for one page\n  = hint: {hint}\n",
                    letter.path.display(),
                    over.pages,
                ));
            }
            None => {
                warnings.push_str(&format!(
                    "warning: template {}: letter.typ does not mark the letter's end with <cvpdf-letter-end>, so \
                     whether it fits one page is not known\n",
                    template.name()
                ));
            }
            _ => {}
        }
        warnings.push_str(&template_warnings);
        let created = match render.source_date_epoch {
            Some(seconds) => output::pdf::from_unix(seconds)?,
            None => output::pdf::midnight(loaded.cv.updated)?,
        };
        let date = contract.letter.date.iso.clone();
        let ident = format!("cvpdf/letter/{}/{date}/{}", contract.cv.person.name_plain, letter.path.display());
        let mut inputs = inputs_of_letter;
        inputs.extend(self.own_inputs());
        Ok(Compiled {
            document,
            warnings,
            ident,
            created,
            standards: render.standards.clone(),
            data: contract.cv,
            fit: None,
            pulled_back: None,
            inputs,
        })
    }
}

impl PreparedLetter {
    fn inputs_of(
        letter: &LoadedLetter,
        cv: &Prepared,
        signature: &Option<(Vec<u8>, PathBuf)>,
    ) -> Vec<output::write::Input> {
        let mut inputs = vec![output::write::Input::new(&letter.path, "the letter")];
        inputs.extend(cv.cv_inputs("the CV"));
        inputs.extend(signature.as_ref().map(|(_, path)| output::write::Input::new(path, "the signature")));
        inputs
    }
}

/// Where the letter ends, from the `<cvpdf-letter-end>` metadata a
/// `letter.typ` places after its last line, with the geometry it declares
/// there: `top` and `bottom`, the page's text area in points from the top
/// edge, and `pitch`, the distance between two lines of body text.
/// How far it runs past its first page: `used` and `lines` count what is
/// past the first page.
fn overflow(document: &typst_layout::PagedDocument) -> Option<super::finish::End> {
    let end = super::finish::end_marker(document, "cvpdf-letter-end")?;
    let pages = end.page;
    let area = (end.bottom - end.top).max(1.0);
    let past = end.y - end.top + (pages.saturating_sub(2)) as f64 * area;
    let lines = if pages > 1 { (past / end.pitch).ceil().max(1.0) as usize } else { 0 };
    Some(super::finish::End { pages, lines, used: past.max(0.0), area, pitch: end.pitch, spilled: None })
}

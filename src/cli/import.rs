//! `cvpdf import`: a CV made from an hh.ru resume, a JSON Resume document,
//! LinkedIn's data export or a RenderCV file, written as YAML with a report
//! of where each part of the source went and of every problem in it.

use std::path::{Path, PathBuf};

use super::args::{ImportArgs, ImportFormat};
use crate::Error;
use crate::data::model::{Date, Lang};
use crate::import::{Format, Options};
use crate::output::write::Input;

pub(crate) fn import(args: &ImportArgs) -> Result<(), Error> {
    let format = match args.format {
        ImportFormat::Hh => Format::Hh,
        ImportFormat::Jsonresume => Format::JsonResume,
        ImportFormat::Linkedin => Format::LinkedIn,
        ImportFormat::Rendercv => Format::RenderCv,
    };
    let output = args.output.clone().unwrap_or_else(|| default_output(&args.file));
    let to_stdout = output.as_os_str() == "-";
    if !to_stdout && output.exists() && !args.force {
        return Err(Error::other(format!(
            "{} exists; cvpdf import does not overwrite it unless you give --force (or choose another -o)",
            output.display()
        )));
    }
    let lang = args.lang.as_deref().map(import_lang).transpose()?;
    let today = match args.as_of {
        Some(date) => date,
        None => today()?,
    };
    let shown = if to_stdout { PathBuf::from("cv.yaml") } else { output.clone() };
    let imported = crate::import::import(format, &args.file, &Options { lang, output: &shown, today })?;
    let inputs = [Input::new(&args.file, "the document being imported")];
    super::print_or_write((!to_stdout).then_some(output.as_path()), &imported.yaml, &inputs)?;

    let mut wrote_schema = None;
    if !to_stdout {
        let folder = output.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let schema = folder.join(crate::data::schema::FILE_NAME);
        if !schema.exists() {
            // The YAML's first line points editors at this file.
            crate::output::write::write_new(&schema, crate::render::templates::data_schema().as_bytes())?;
            wrote_schema = Some(schema);
        }
    }
    if !args.quiet {
        let mut lines = vec![format!(
            "{}: imported from {}, {}",
            if to_stdout { "<stdout>".into() } else { output.display().to_string() },
            args.file.display(),
            format.describe()
        )];
        lines.extend(imported.report.moves.iter().map(|line| format!("  {line}")));
        lines.extend(imported.report.notes.iter().map(|line| format!("  note: {line}")));
        if !imported.report.problems.is_empty() {
            lines.push(format!("  {} problem(s) in the source, none of them fatal:", imported.report.problems.len()));
            lines.extend(imported.report.problems.iter().map(|line| format!("    warning: {line}")));
        }
        if let Some(schema) = wrote_schema {
            lines.push(format!("  wrote {} for editors' completion", schema.display()));
        }
        if !to_stdout {
            lines.push(format!("render it with: cvpdf render {} -o cv.pdf", output.display()));
        }
        super::say(&lines.join("\n"));
    }
    Ok(())
}

/// FILE with the extension .yaml, or FILE.cvpdf.yaml when FILE is already
/// a .yaml file (a RenderCV source).
fn default_output(file: &Path) -> PathBuf {
    let beside = file.with_extension("yaml");
    if beside == file || file.extension().is_some_and(|ext| ext == "yml") {
        file.with_extension("cvpdf.yaml")
    } else {
        beside
    }
}

/// A language an imported CV can be written in: one with a language file.
fn import_lang(code: &str) -> Result<Lang, Error> {
    let known = || crate::lang::locale::codes().collect::<Vec<_>>().join(", ");
    let lang = Lang::parse(code).map_err(|why| Error::Other(format!("--lang {code}: {why}").into()))?;
    if crate::lang::locale::file(lang).is_none() {
        return Err(Error::Other(
            format!("--lang {code}: an import writes one of the languages cvpdf has words for: {}", known()).into(),
        ));
    }
    Ok(lang)
}

/// The day of the import, in UTC: `updated` when the source does not say.
fn today() -> Result<Date, Error> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| Error::Other("the system clock is before 1970; give the date with --as-of".into()))?
        .as_secs();
    let now = time::OffsetDateTime::from_unix_timestamp(seconds as i64)
        .map_err(|_| Error::Other("the system clock is out of range; give the date with --as-of".into()))?;
    Ok(Date { year: now.year(), month: u8::from(now.month()) as u32, day: now.day() as u32 })
}

//! `cvpdf init`: a starter CV, the placeholder photo and the schema, in a
//! folder where none of them exists yet.

use super::args::InitArgs;
use crate::Error;

const PLACEHOLDER_PHOTO: &[u8] = include_bytes!("../../examples/starter/photo.jpg");

const LETTER_RU: &str = include_str!("../../examples/starter/letter.ru.yaml");
const LETTER_EN: &str = include_str!("../../examples/starter/letter.en.yaml");

pub(crate) fn init(args: &InitArgs) -> Result<(), Error> {
    // The starter letter's own text is Russian or English; its salutation,
    // closing and date line follow the CV's language whatever it is.
    let letter = if args.lang.0.code() == "ru" { LETTER_RU } else { LETTER_EN };
    let letter_path = args.dir.join("letter.yaml");
    if args.letter && args.dir.join("cv.yaml").symlink_metadata().is_ok() {
        // A CV is there already: the letter is added beside it.
        if letter_path.symlink_metadata().is_ok() {
            return Err(Error::other(format!("{} already exists; cvpdf init never overwrites", letter_path.display())));
        }
        crate::output::write::write_new(&letter_path, letter.as_bytes())?;
        return super::print(&format!(
            "wrote {}; render it with: cvpdf letter {} -o letter.pdf\n",
            letter_path.display(),
            letter_path.display()
        ));
    }
    let starter = crate::import::starter::starter(args.lang.0)?;
    // The schema line makes editors offer completion in the new file at once.
    let cv = format!("{}{starter}", crate::data::schema::modeline(crate::data::schema::FILE_NAME));
    let schema = crate::render::templates::data_schema();
    let mut files = vec![
        (args.dir.join("cv.yaml"), cv.as_bytes()),
        (args.dir.join("photo.jpg"), PLACEHOLDER_PHOTO),
        (args.dir.join(crate::data::schema::FILE_NAME), schema.as_bytes()),
    ];
    if args.letter {
        files.push((letter_path, letter.as_bytes()));
    }
    let existing: Vec<String> = files
        .iter()
        .filter(|(path, _)| path.symlink_metadata().is_ok())
        .map(|(path, _)| path.display().to_string())
        .collect();
    if !existing.is_empty() {
        let verb = if existing.len() == 1 { "exists" } else { "exist" };
        return Err(Error::other(format!(
            "{} already {verb}; cvpdf init never overwrites, so choose an empty directory",
            existing.join(", ")
        )));
    }
    std::fs::create_dir_all(&args.dir).map_err(|source| Error::io(&args.dir, source))?;
    for (path, bytes) in &files {
        crate::output::write::write_new(path, bytes)?;
    }
    let written: Vec<String> = files.iter().map(|(path, _)| path.display().to_string()).collect();
    super::print(&format!(
        "wrote {}; render with: cvpdf render {} -o cv.pdf (or `cvpdf watch` to re-render on every save)\n",
        written.join(", "),
        files[0].0.display()
    ))
}

//! `cvpdf watch`: render, then render again on every save of the data, the
//! photo or a template file.

use std::path::Path;
use std::time::Instant;

use super::args::RenderArgs;
use super::render::{Destination, fit_lines, write_output};
use crate::{Error, PhotoChoice};

pub(crate) fn watch(args: RenderArgs) -> Result<(), Error> {
    let destination = Destination::of(&args)?;
    if destination.format == super::args::Format::Jsonresume {
        return Err(Error::Other("watch renders PDF or PNG; write JSON Resume with `cvpdf export jsonresume`".into()));
    }
    if destination.to_stdout {
        return Err(Error::Other("watch writes a file each time; give -o with a file name".into()));
    }
    if destination.format.is_web() {
        return super::web::watch(&args, &destination);
    }
    let options = args.variant.apply(args.input.options(args.font_path.clone(), &args.pdf_standard));
    let fonts = crate::render::fonts::Fonts::load(&options.font_paths)?;
    let template_tree = |template: &crate::render::templates::Template| template.disk_root().map(Path::to_owned);
    let mut first = crate::cli::watcher::Targets {
        files: [options.data.clone()].into(),
        trees: crate::render::templates::Template::resolve(&options.template)
            .ok()
            .as_ref()
            .and_then(template_tree)
            .into_iter()
            .collect(),
        output: Some(destination.output.clone()),
    };
    if let PhotoChoice::File(photo) = &options.photo {
        first.files.insert(photo.clone());
    }
    crate::cli::watcher::run(first, || {
        let started = Instant::now();
        let prepared = match crate::prepare(&options) {
            Ok(prepared) => prepared,
            Err(error) => return crate::cli::watcher::Round { outcome: Err(error), targets: None },
        };
        let targets = crate::cli::watcher::Targets {
            files: [options.data.clone()].into_iter().chain(prepared.photo_path.clone()).collect(),
            trees: template_tree(&prepared.template).into_iter().collect(),
            output: Some(destination.output.clone()),
        };
        let outcome = crate::compile_prepared(prepared, fonts.clone(), &options).and_then(|compiled| {
            let line = write_output(&args, &destination, &compiled, started)?;
            Ok(std::iter::once(line).chain(fit_lines(&compiled, false)).collect::<Vec<_>>().join("\n"))
        });
        crate::cli::watcher::Round { outcome, targets: Some(targets) }
    })
}

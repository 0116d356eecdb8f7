//! The `cvpdf` binary: parses arguments, calls the library, maps errors to
//! exit codes (0 success, 1 input or template error, 2 usage error).

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use cvpdf::cli::{Cli, Command, RenderArgs};
use cvpdf::{Error, PhotoChoice, RenderOptions};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error @ Error::Template(_)) => {
            // Typst diagnostics carry their own `error:` prefixes.
            eprintln!("{error}");
            ExitCode::from(1)
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

fn render(args: RenderArgs) -> Result<(), Error> {
    let started = Instant::now();
    let source_date_epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => Some(text.trim().parse::<i64>().map_err(|_| {
            Error::Other(format!("SOURCE_DATE_EPOCH must be a whole number of seconds, found {text:?}"))
        })?),
        Err(_) => None,
    };
    let options = RenderOptions {
        data: args.data.clone(),
        template: args.template,
        as_of: args.as_of,
        font_paths: args.font_path,
        photo: match (args.photo, args.no_photo) {
            (_, true) => PhotoChoice::None,
            (Some(path), false) => PhotoChoice::File(path),
            (None, false) => PhotoChoice::FromData,
        },
        source_date_epoch,
    };
    let rendered = cvpdf::render(&options)?;
    if !rendered.warnings.is_empty() {
        eprint!("{}", rendered.warnings);
    }
    let output = args.output.unwrap_or_else(|| cvpdf::default_output(&args.data));
    let shown = if output.as_os_str() == "-" {
        std::io::stdout()
            .lock()
            .write_all(&rendered.pdf)
            .and_then(|()| std::io::stdout().flush())
            .map_err(|source| Error::io(&output, source))?;
        "<stdout>".to_owned()
    } else {
        cvpdf::export::write_atomically(&output, &rendered.pdf)?;
        output.display().to_string()
    };
    if !args.quiet {
        let pages = if rendered.pages == 1 { "page" } else { "pages" };
        eprintln!(
            "{shown}: {} {pages}, {} bytes, {} ms",
            rendered.pages,
            rendered.pdf.len(),
            started.elapsed().as_millis()
        );
    }
    Ok(())
}

//! The command line: [`args`] holds what `cvpdf --help` shows, and each
//! command has its own module. `main.rs` only parses and maps the result to
//! an exit code.

use std::io::Write;
use std::path::Path;

pub mod args;
mod check;
mod data;
mod export;
mod import;
mod init;
mod render;
mod templates;
mod variants;
mod watch;
pub(crate) mod watcher;
mod web;

pub use args::Cli;
use args::Command;

use crate::Error;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Render(args) => render::render(args),
        Command::Watch(args) => watch::watch(args),
        Command::Check(args) => check::check(&args),
        Command::Init(args) => init::init(&args),
        Command::Schema(args) => print_or_write(args.output.as_deref(), &crate::data::schema::json()),
        Command::Templates(args) => templates::list(&args),
        Command::Data(args) => data::data(&args),
        Command::Variants(args) => variants::list(&args),
        Command::Completions(args) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut command, "cvpdf", &mut script);
            print_or_write(None, &String::from_utf8_lossy(&script))
        }
        Command::Import(args) => import::import(&args),
        Command::Export(args) => export::export(&args),
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(&mut page)
                .map_err(|error| Error::Other(format!("could not write the manual page: {error}")))?;
            print_or_write(None, &String::from_utf8_lossy(&page))
        }
    }
}

/// Writes `text` to `path`, or to standard output when there is none.
pub(crate) fn print_or_write(path: Option<&Path>, text: &str) -> Result<(), Error> {
    match path {
        Some(path) => crate::output::write::write_atomically(path, text.as_bytes()),
        None => std::io::stdout().lock().write_all(text.as_bytes()).map_err(|source| Error::io(Path::new("-"), source)),
    }
}

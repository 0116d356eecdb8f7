//! The command line: [`args`] holds what `cvpdf --help` shows, and each
//! command has its own module. `main.rs` only parses and maps the result to
//! an exit code.
//!
//! Nothing here prints with `println!`, which panics when standard output
//! is gone: [`print`] reports a failed write as an error (a closed pipe
//! ends the command quietly, as Unix tools do), and [`say`] writes to
//! standard error, where a failed write has nobody left to tell.

use std::io::Write;
use std::path::Path;

pub mod args;
mod ats;
mod build;
mod check;
mod data;
mod export;
mod follow;
mod import;
mod init;
mod letter;
mod output;
mod render;
mod serve;
mod templates;
mod variants;
mod watch;

pub use args::Cli;
use args::Command;

use crate::Error;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    // A program may take over signals; the library alone does not. The
    // preview writes nothing and stops on its own at Ctrl-C.
    if !matches!(cli.command, Command::Serve(_)) {
        crate::output::write::clean_up_on_signals();
    }
    crate::render::compile::guard_stack_overflows();
    if let Some(mib) = cli.max_memory {
        crate::memory::set_limit_mib(mib);
    }
    let result = match cli.command {
        Command::Render(args) => render::render(args),
        Command::Build(args) => build::build(&args),
        Command::Letter(args) => letter::letter(&args),
        Command::Watch(args) => watch::watch(args),
        Command::Serve(args) => serve::serve(&args),
        Command::Check(args) => check::check(&args),
        Command::Init(args) => init::init(&args),
        Command::Schema(args) => print_or_write(args.output.as_deref(), &crate::render::templates::data_schema(), &[]),
        Command::Templates(args) => templates::list(&args),
        Command::Data(args) => data::data(&args),
        Command::Variants(args) => variants::list(&args),
        Command::Completions(args) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut command, "cvpdf", &mut script);
            print(&String::from_utf8_lossy(&script))
        }
        Command::Import(args) => import::import(&args),
        Command::Export(args) => export::export(&args),
        Command::Ats(args) => ats::ats(&args),
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(&mut page)
                .map_err(|error| Error::other(format!("could not write the manual page: {error}")))?;
            print(&String::from_utf8_lossy(&page))
        }
    };
    match result {
        // The reader went away (`cvpdf templates | head -1`): nothing is wrong.
        Err(Error::Io { path, source })
            if path == Path::new("-") && source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Writes `text` to standard output.
pub(crate) fn print(text: &str) -> Result<(), Error> {
    crate::output::write::to_stdout(text.as_bytes())
}

/// Writes a line to standard error, if there is one to write to.
pub(crate) fn say(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Writes `text` to `path`, or to standard output when there is none (or it
/// is `-`). `inputs` are the files the command read, which `path` must not be.
pub(crate) fn print_or_write(
    path: Option<&Path>,
    text: &str,
    inputs: &[crate::output::write::Input],
) -> Result<(), Error> {
    match path {
        Some(path) if path != Path::new("-") => crate::output::write::write(path, text.as_bytes(), inputs),
        _ => print(text),
    }
}

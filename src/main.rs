//! The `cvpdf` binary: parses arguments, calls the library, maps errors to
//! exit codes (0 success, 1 input or template error, 2 usage error: clap
//! reports its own, and the library's `Error::Usage` is one too).

use std::process::ExitCode;

use clap::Parser;
use cvpdf::cli::Cli;

fn main() -> ExitCode {
    match cvpdf::cli::run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", error.report());
            ExitCode::from(error.exit_code())
        }
    }
}

//! The `cvpdf` binary: parses arguments, calls the library, maps errors to
//! exit codes (0 success, 1 input or template error, 2 usage error: clap
//! reports its own, and the library's `Error::Usage` is one too).

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use cvpdf::cli::Cli;

/// Every allocation counted against `--max-memory`, so running out of memory
/// is an error with exit code 1, never an abort.
#[global_allocator]
static ALLOCATOR: cvpdf::memory::Budgeted = cvpdf::memory::Budgeted;

fn main() -> ExitCode {
    match cvpdf::cli::run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Standard error may be gone too; the exit code still tells.
            let _ = writeln!(std::io::stderr().lock(), "{}", error.report());
            ExitCode::from(error.exit_code())
        }
    }
}

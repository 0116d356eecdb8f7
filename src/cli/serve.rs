//! `cvpdf serve`: the live preview of [`crate::serve`], on 127.0.0.1 unless
//! `--bind` says otherwise, until Ctrl-C.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;

use super::args::ServeArgs;
use crate::Error;

pub(crate) fn serve(args: &ServeArgs) -> Result<(), Error> {
    let address = match args.bind {
        None => IpAddr::V4(Ipv4Addr::LOCALHOST),
        Some(address) if address.is_unspecified() => {
            return Err(Error::usage(
                crate::error::Message::new(format!(
                    "--bind {address} listens on every address, but the preview answers only requests for the \
                     address it listens on (against DNS rebinding)"
                ))
                .hint("give one of this machine's own addresses"),
            ));
        }
        Some(address) => {
            if address != IpAddr::V4(Ipv4Addr::LOCALHOST) {
                super::say(&format!(
                    "warning: listening on {address} instead of 127.0.0.1: anyone who can reach {address} can see \
                     the CV (the preview has no password)"
                ));
            }
            address
        }
    };
    let config = crate::serve::Config {
        options: args.options(),
        address,
        port: args.port,
        report: Arc::new(|line: &str| super::say(line)),
    };
    let preview = crate::serve::start(config)?;
    let url = preview.url();
    // The address alone on standard output, for a script that gave --port 0.
    super::print(&format!("{url}\n"))?;
    super::say(&format!("previewing {} at {url}; Ctrl-C stops", args.input.data.display()));
    if args.open {
        open_in_browser(&url);
    }
    stop_on_signals(preview.stopper());
    let outcome = preview.wait();
    if outcome.is_ok() {
        super::say("stopped");
    }
    outcome
}

/// Ctrl-C (and a closed terminal, or `kill`) stops the preview cleanly.
fn stop_on_signals(stopper: crate::serve::Stopper) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else { return };
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                stopper.stop();
            }
        });
    }
    #[cfg(not(unix))]
    let _ = stopper;
}

/// Hands the address to the desktop's opener; says so when there is none.
fn open_in_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("explorer", vec![url])
    } else {
        ("xdg-open", vec![url])
    };
    let started = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match started {
        // Reaped on a thread of its own, so it leaves no zombie.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(error) => super::say(&format!("could not open a browser ({program}: {error}); open {url}")),
    }
}

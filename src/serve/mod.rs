//! The live preview (`cvpdf serve`): a small HTTP server on this machine
//! that shows the rendered pages in a browser and renders again on every
//! save of the data, the photo or a template.
//!
//! [`worker`] renders on a thread of its own through one long-lived
//! [`crate::Session`], waking on the file events [`files`] follows and on
//! what the browser picks; [`state`] is what the page shows, shared with
//! the threads of [`http`], which answer the browser: the page, its script
//! and style (`assets/`, built in), the page images (SVG), the web page,
//! the PDF, and an event stream (server-sent events) that sends each new
//! state. Nothing is written to disk, and nothing is read from it by a path
//! a request names.
//!
//! The pages are SVG, drawn by typst-svg from the frames the PDF is written
//! from: sharp at any zoom and on any screen (a PNG would have to be drawn
//! again for each), a few milliseconds a page where a PNG at screen
//! resolution takes tens, and shown as images, which run nothing.

mod files;
mod http;
mod state;
mod worker;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crate::error::Message;
use crate::{Error, RenderOptions};
use state::{Choices, Format, Selection, Shared};
use worker::Wake;

/// How many threads answer requests; an event stream takes a thread of
/// its own besides.
const ANSWERING_THREADS: usize = 4;

/// What to preview, and where.
pub struct Config {
    /// What to render at first; the browser may pick another template,
    /// variant and language.
    pub options: RenderOptions,
    /// The address to listen on: 127.0.0.1 unless the user says otherwise.
    pub address: IpAddr,
    /// The port; 0 takes any free one.
    pub port: u16,
    /// Where each render's line goes (`cvpdf serve` prints it).
    pub report: Arc<dyn Fn(&str) + Send + Sync>,
}

/// A running preview.
pub struct Preview {
    address: SocketAddr,
    server: Arc<tiny_http::Server>,
    shared: Arc<Shared>,
    site: Arc<http::Site>,
    wake: Sender<Wake>,
    answering: Vec<JoinHandle<()>>,
    rendering: Option<JoinHandle<()>>,
    done: Receiver<Result<(), Error>>,
    stopper: Stopper,
}

/// Stops a preview from another thread (Ctrl-C).
#[derive(Clone)]
pub struct Stopper(Arc<Mutex<Sender<Result<(), Error>>>>);

impl Stopper {
    pub fn stop(&self) {
        let _ = self.0.lock().map(|done| done.send(Ok(())));
    }
}

/// Starts a preview: binds the address (a port in use is an error that
/// says so), then renders in the background. The page shows
/// "rendering…" until the first render is done.
pub fn start(config: Config) -> Result<Preview, Error> {
    let Config { options, address, port, report } = config;
    let wanted = SocketAddr::new(address, port);
    let listener = TcpListener::bind(wanted).map_err(|error| bind_error(wanted, error))?;
    let address = listener.local_addr().map_err(|error| bind_error(wanted, error))?;
    let server = tiny_http::Server::from_listener(listener, None)
        .map_err(|error| Error::other(format!("cannot serve on {address}: {error}")))?;
    let server = Arc::new(server);

    // The built-ins, and the user's own template when one was given.
    let mut templates: Vec<String> =
        crate::render::templates::BUILTINS.iter().map(|builtin| builtin.name.to_owned()).collect();
    if !templates.contains(&options.template) {
        templates.push(options.template.clone());
    }
    let selection = Selection {
        template: options.template.clone(),
        variant: options.variant.clone(),
        lang: options.lang.clone(),
        format: Format::Pages,
    };
    let choices = Choices { templates, formats: vec![Format::Pages, Format::Html], ..Choices::default() };
    let shared = Arc::new(Shared::new(selection, choices));

    let (wake, woken) = mpsc::channel();
    let events = wake.clone();
    let follower = files::Follower::new(move |paths| {
        let _ = events.send(Wake::Files(paths));
    })?;
    let fonts = crate::Fonts::load(&options.font_paths)?;
    let (done_sender, done) = mpsc::channel();
    let stopper = Stopper(Arc::new(Mutex::new(done_sender)));

    let worker = worker::Worker {
        base: options.clone(),
        session: crate::Session::new(fonts),
        shared: Arc::clone(&shared),
        follower,
        wake: woken,
        cache: Default::default(),
        read: Vec::new(),
        report,
        again: false,
    };
    let finished = stopper.clone();
    let rendering = std::thread::Builder::new()
        .name("cvpdf serve: render".into())
        .spawn(move || {
            let outcome = worker.run();
            // A template that never finished ends the preview, as it ends `watch`.
            if outcome.is_err() {
                let _ = finished.0.lock().map(|done| done.send(outcome));
            }
        })
        .map_err(|error| Error::other(format!("cannot start rendering: {error}")))?;

    let site = Arc::new(http::Site::new(Arc::clone(&shared), wake.clone(), address, options));
    let answering = (0..ANSWERING_THREADS)
        .map(|_| {
            let server = Arc::clone(&server);
            let site = Arc::clone(&site);
            let shared = Arc::clone(&shared);
            std::thread::spawn(move || {
                loop {
                    match server.recv() {
                        Ok(request) => http::answer(&site, request),
                        Err(_) if shared.lock().stopped => return,
                        // A connection that failed before its request was read.
                        Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
                    }
                }
            })
        })
        .collect();
    Ok(Preview { address, server, shared, site, wake, answering, rendering: Some(rendering), done, stopper })
}

fn bind_error(address: SocketAddr, error: std::io::Error) -> Error {
    match error.kind() {
        std::io::ErrorKind::AddrInUse => Error::other(
            Message::new(format!("cannot serve on {address}: the port is in use by another program"))
                .hint("choose another port with --port N; --port 0 takes any free one"),
        ),
        std::io::ErrorKind::AddrNotAvailable => Error::other(
            Message::new(format!("cannot serve on {address}: this machine has no such address"))
                .hint("--bind takes one of this machine's own addresses"),
        ),
        _ => Error::other(format!("cannot serve on {address}: {error}")),
    }
}

impl Preview {
    /// The address the preview listens on, with the port it got.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The address to open in a browser.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// A handle that stops the preview.
    pub fn stopper(&self) -> Stopper {
        self.stopper.clone()
    }

    /// Serves until stopped; an error is a template that never finished.
    pub fn wait(mut self) -> Result<(), Error> {
        let outcome = self.done.recv().unwrap_or(Ok(()));
        self.shutdown();
        outcome
    }

    fn shutdown(&mut self) {
        // The event streams send the last state, marked stopped, and end;
        // a browser that does not take it in a second is not waited for.
        self.shared.update(|state| state.stopped = true);
        let _ = self.wake.send(Wake::Stop);
        let started = std::time::Instant::now();
        while self.site.open_streams() > 0 && started.elapsed() < std::time::Duration::from_secs(1) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        for _ in &self.answering {
            self.server.unblock();
        }
        for thread in self.answering.drain(..) {
            let _ = thread.join();
        }
        // A template still compiling cannot be stopped: the render thread
        // is left to the end of the process.
        if let Some(rendering) = self.rendering.take()
            && rendering.is_finished()
        {
            let _ = rendering.join();
        }
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        if !self.answering.is_empty() {
            self.shutdown();
        }
    }
}

/// What fitting into pages did, in a line: `fitted into 2 pages: left
/// out 3 entries`.
fn fit_note(compiled: &crate::Compiled) -> Option<String> {
    let fit = compiled.fit.as_ref()?;
    let pages = crate::variants::pages(fit.pages);
    Some(match fit.left_out.len() {
        0 => format!("fits into {pages} whole"),
        1 => format!("fitted into {pages}: left out 1 entry"),
        count => format!("fitted into {pages}: left out {count} entries"),
    })
}

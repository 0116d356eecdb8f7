//! Compiling a World into pages, with Typst's diagnostics rendered for the
//! terminal, on a thread of its own.
//!
//! A template is code, and Typst cannot be stopped once it runs: a loop
//! that never ends runs for ever, and values nested deeply enough (built in
//! a loop, say) exhaust any stack. So Typst runs on a worker thread with a
//! large stack ([`STACK_BYTES`]) while the caller waits for it with a
//! deadline. When the deadline passes the caller gets an error naming the
//! template; the worker cannot be stopped and keeps running, so a program
//! (like the `cvpdf` command) should exit soon after. When the worker runs
//! out of stack after all, [`guard_stack_overflows`] turns what would be an
//! abort into a message and exit code 1.

use std::sync::mpsc;
use std::time::Duration;

use typst_layout::PagedDocument;

use super::world::CvWorld;
use crate::error::Error;

/// The stack of the thread Typst compiles on. It is address space, not
/// memory: only what a compilation touches is ever committed.
pub const STACK_BYTES: usize = 256 << 20;

/// Compiles the template. Warnings are returned rendered, beside the pages.
pub fn compile(
    world: &CvWorld,
    display_path: &(dyn Fn(&str) -> String + Sync),
) -> Result<(PagedDocument, String), Error> {
    let warned = typst::compile::<PagedDocument>(world);
    let warnings = super::diagnostics::render(world, &warned.warnings, display_path);
    match warned.output {
        Ok(document) => Ok((document, warnings)),
        Err(errors) => {
            Err(Error::Template(format!("{warnings}{}", super::diagnostics::render(world, &errors, display_path))))
        }
    }
}

/// Runs `job` on a worker thread with a [`STACK_BYTES`] stack and waits for
/// it at most `deadline`. `template` names what runs, for the errors.
pub fn on_worker<T: Send + 'static>(
    template: &str,
    deadline: Option<Duration>,
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Error> {
    let (sender, receiver) = mpsc::sync_channel(1);
    let overflow_message =
        format!("error: template {template}: it ran out of stack: it nests values or calls too deeply\n");
    let doing = format!("template {template}");
    std::thread::Builder::new()
        .name("typst".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let _guard = overflow::Armed::new(overflow_message.as_bytes());
            let _doing = crate::memory::Doing::new(doing);
            // A panic in Typst is reported by the caller; the hook has
            // printed where it happened.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            // The caller may have stopped waiting.
            let _ = sender.send(result);
        })
        .map_err(|error| Error::other(format!("cannot start a thread to compile on: {error}")))?;
    let received = match deadline {
        Some(deadline) => receiver.recv_timeout(deadline).map_err(|error| match error {
            mpsc::RecvTimeoutError::Timeout => {
                Error::Timeout { template: template.to_owned(), seconds: deadline.as_secs() }
            }
            mpsc::RecvTimeoutError::Disconnected => crashed(template),
        })?,
        None => receiver.recv().map_err(|_| crashed(template))?,
    };
    received.map_err(|_| crashed(template))
}

fn crashed(template: &str) -> Error {
    Error::other(format!("template {template}: Typst stopped with an internal error (see above)"))
}

/// Makes a stack overflow on a compile thread print the thread's message
/// and exit with code 1, instead of aborting the process. Other threads'
/// faults go on to the handler installed before (Rust's own). For programs
/// only: a library must not take over signals of its caller.
pub fn guard_stack_overflows() {
    overflow::install();
}

#[cfg(unix)]
mod overflow {
    use std::cell::Cell;
    use std::sync::OnceLock;

    thread_local! {
        /// The message of the compile thread running on this thread, if any.
        static MESSAGE: Cell<Option<(*const u8, usize)>> = const { Cell::new(None) };
    }

    /// Marks the current thread as a compile thread while it lives.
    pub struct Armed;

    impl Armed {
        /// `message` must outlive the guard.
        pub fn new(message: &[u8]) -> Armed {
            MESSAGE.with(|cell| cell.set(Some((message.as_ptr(), message.len()))));
            Armed
        }
    }

    impl Drop for Armed {
        fn drop(&mut self) {
            MESSAGE.with(|cell| cell.set(None));
        }
    }

    struct Previous([libc::sigaction; 2]);
    // Only read, from signal handlers, after it is set once.
    unsafe impl Sync for Previous {}
    unsafe impl Send for Previous {}

    static PREVIOUS: OnceLock<Previous> = OnceLock::new();

    const SIGNALS: [libc::c_int; 2] = [libc::SIGSEGV, libc::SIGBUS];

    pub fn install() {
        PREVIOUS.get_or_init(|| {
            // SAFETY: sigaction with a zeroed, then filled, action; the
            // handler only calls async-signal-safe functions.
            unsafe {
                let mut previous: [libc::sigaction; 2] = std::mem::zeroed();
                for (signal, slot) in SIGNALS.iter().zip(previous.iter_mut()) {
                    let mut action: libc::sigaction = std::mem::zeroed();
                    action.sa_sigaction = handler as *const () as libc::sighandler_t;
                    action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                    libc::sigemptyset(&mut action.sa_mask);
                    libc::sigaction(*signal, &action, slot);
                }
                Previous(previous)
            }
        });
    }

    extern "C" fn handler(signal: libc::c_int, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
        // SAFETY: async-signal-safe calls only: a thread-local read of a
        // plain value, write(2) and _exit(2).
        unsafe {
            if let Ok(Some((message, length))) = MESSAGE.try_with(Cell::get) {
                libc::write(2, message.cast(), length);
                libc::_exit(1);
            }
            let Some(Previous(previous)) = PREVIOUS.get() else { return };
            let Some(index) = SIGNALS.iter().position(|&s| s == signal) else { return };
            let previous = &previous[index];
            match previous.sa_sigaction {
                libc::SIG_DFL | libc::SIG_IGN => {
                    // Fault again, this time with the action from before.
                    libc::sigaction(signal, previous, std::ptr::null_mut());
                }
                handler if previous.sa_flags & libc::SA_SIGINFO != 0 => {
                    let handler: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                        std::mem::transmute(handler);
                    handler(signal, info, context);
                }
                handler => {
                    let handler: extern "C" fn(libc::c_int) = std::mem::transmute(handler);
                    handler(signal);
                }
            }
        }
    }
}

#[cfg(not(unix))]
mod overflow {
    pub struct Armed;

    impl Armed {
        pub fn new(_message: &[u8]) -> Armed {
            Armed
        }
    }

    pub fn install() {}
}

/// All the text of a document's pages, in the order of its frames, for tests
/// that look at a compilation without exporting it.
#[cfg(test)]
pub(crate) fn text_of(document: &PagedDocument) -> String {
    fn walk(frame: &typst::layout::Frame, out: &mut String) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Text(text) => out.push_str(&text.text),
                typst::layout::FrameItem::Group(group) => walk(&group.frame, out),
                _ => {}
            }
        }
    }
    let mut out = String::new();
    for page in document.pages() {
        walk(&page.frame, &mut out);
    }
    out
}

//! A memory budget for the whole process, so that no data file or template
//! can make cvpdf abort.
//!
//! Rust aborts a program whose allocation fails ("memory allocation of N
//! bytes failed", exit code 134), and the system kills one that takes all
//! the memory there is. A template is code: `range(1000000000)`, `"a" *
//! 100000000000`, a million pages or a table of a million cells each ask
//! for more memory than any machine has. Typst cannot be told to stop, and
//! an allocation cannot fail softly in stable Rust, so cvpdf's own
//! allocator, [`Budgeted`], counts the bytes in use and ends the process
//! with a message and exit code 1 when
//!
//! - an allocation would take the bytes in use past the limit
//!   ([`DEFAULT_LIMIT_MIB`] unless `--max-memory` says otherwise), or
//! - the system refuses an allocation (a `ulimit -v` or container limit
//!   lower than cvpdf's own).
//!
//! The message names what was running ([`Doing`]: "template NAME", "HTML
//! template NAME"), how much it asked for, and the
//! flag that raises the limit. Nothing is written by then: outputs are
//! written only after everything is computed, so the previous output stays
//! as it was.
//!
//! Why a budget inside the process rather than a worker process under
//! `RLIMIT_AS`: a worker would have to send Typst's laid-out pages back
//! (they cannot be serialised), `watch` would lose Typst's cache between
//! edits, and the library (tests, benches) would run without protection.
//! The budget counts what is allocated, not address space, so the 256 MiB
//! stack of the compile thread and the mapped binary do not count against
//! it, and the same limit means the same thing on every machine. Limits
//! inside the pipeline come first and say more (a data file's size, alias
//! expansion, a text's length, an image's pixels, a page's size, an HTML
//! page's size): the budget is the floor under them all.
//!
//! The allocator is installed by the `cvpdf` binary only (`main.rs`); a
//! program that uses the library keeps its own.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

/// The limit unless `--max-memory` gives another: forty times what a long
/// CV takes to render (about 50 MiB), and three times the largest page
/// image cvpdf draws (150 megapixels).
pub const DEFAULT_LIMIT_MIB: usize = 2048;

/// Bytes allocated and not yet freed.
static IN_USE: AtomicUsize = AtomicUsize::new(0);
/// The most [`IN_USE`] may reach.
static LIMIT: AtomicUsize = AtomicUsize::new(DEFAULT_LIMIT_MIB << 20);

/// Sets the limit in MiB for the rest of the process.
pub fn set_limit_mib(mib: usize) {
    LIMIT.store(mib.saturating_mul(1 << 20), Ordering::Relaxed);
}

/// The limit in MiB.
pub fn limit_mib() -> usize {
    LIMIT.load(Ordering::Relaxed) >> 20
}

/// The bytes in use now, as counted by [`Budgeted`] (zero when the
/// program installed another allocator).
pub fn in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

/// What the process is doing, for the message: a leaked string, since a
/// thread of Typst's pool may read it while another thread replaces it.
static DOING: AtomicPtr<String> = AtomicPtr::new(std::ptr::null_mut());

/// Names what the process is doing while the guard lives ("template
/// print"), so that running out of memory names it, whichever thread asked.
/// One render runs at a time; the guard puts back what was there before.
pub struct Doing {
    previous: *mut String,
}

impl Doing {
    pub fn new(what: impl Into<String>) -> Doing {
        let what = what.into();
        // The names are few (one per template a process compiles): each is
        // leaked once and then reused, so a reader never sees a freed one.
        static NAMES: std::sync::Mutex<Vec<&'static String>> = std::sync::Mutex::new(Vec::new());
        let mut names = NAMES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let name: &'static String = match names.iter().find(|name| ***name == what) {
            Some(name) => name,
            None => {
                let leaked: &'static String = Box::leak(Box::new(what));
                names.push(leaked);
                leaked
            }
        };
        let previous = DOING.swap(std::ptr::from_ref(name).cast_mut(), Ordering::AcqRel);
        Doing { previous }
    }
}

impl Drop for Doing {
    fn drop(&mut self) {
        DOING.store(self.previous, Ordering::Release);
    }
}

/// The system's allocator, counted and held to the limit.
pub struct Budgeted;

// SAFETY: every call is passed on to the system allocator unchanged; the
// counting only decides whether to pass it on at all.
unsafe impl GlobalAlloc for Budgeted {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        take(layout.size());
        // SAFETY: the caller's promises about `layout` hold for System too.
        let pointer = unsafe { System.alloc(layout) };
        if pointer.is_null() {
            refused(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        take(layout.size());
        // SAFETY: as for `alloc`.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if pointer.is_null() {
            refused(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` came from this allocator, that is from System.
        unsafe { System.dealloc(pointer, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            take(new_size - layout.size());
        }
        // SAFETY: as for `alloc`; `pointer` came from System.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if moved.is_null() {
            refused(new_size.saturating_sub(layout.size()));
        }
        if new_size < layout.size() {
            IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        moved
    }
}

/// Counts `bytes` more in use, or ends the process when that would pass
/// the limit.
fn take(bytes: usize) {
    let before = IN_USE.fetch_add(bytes, Ordering::Relaxed);
    let limit = LIMIT.load(Ordering::Relaxed);
    if before.saturating_add(bytes) > limit {
        IN_USE.fetch_sub(bytes, Ordering::Relaxed);
        over_budget(bytes, before, limit);
    }
}

/// A fixed buffer that formatting writes into without allocating: the
/// allocator cannot allocate to report that it will not.
struct Message {
    bytes: [u8; 1024],
    length: usize,
}

impl std::fmt::Write for Message {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let room = self.bytes.len() - self.length;
        let taken = text.len().min(room);
        self.bytes[self.length..self.length + taken].copy_from_slice(&text.as_bytes()[..taken]);
        self.length += taken;
        Ok(())
    }
}

/// What the current thread is doing, as [`Doing`] named it.
fn doing(message: &mut Message) {
    use std::fmt::Write;
    // SAFETY: a non-null pointer is a leaked, never freed, String.
    let _ = match unsafe { DOING.load(Ordering::Acquire).as_ref() } {
        Some(what) => write!(message, "error: {what}: "),
        None => write!(message, "error: "),
    };
}

/// A size as people read it: in MiB, or in KiB below one MiB; rounded up.
struct Mib(usize);

impl std::fmt::Display for Mib {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        if self.0 < 1 << 20 {
            write!(f, "{} KiB", self.0.div_ceil(1 << 10))
        } else {
            write!(f, "{} MiB", self.0.div_ceil(1 << 20))
        }
    }
}

#[cold]
fn over_budget(bytes: usize, in_use: usize, limit: usize) -> ! {
    use std::fmt::Write;
    let mut message = Message { bytes: [0; 1024], length: 0 };
    doing(&mut message);
    let _ = write!(
        message,
        "it needs more memory than cvpdf allows, {}: it asked for {} more with {} in use; a template that builds \
         huge values, or a CV of millions of pieces, cannot be rendered\n  = hint: --max-memory MIB (or \
         CVPDF_MAX_MEMORY) raises the limit\n",
        Mib(limit),
        Mib(bytes),
        Mib(in_use)
    );
    exit_with(&message)
}

#[cold]
fn refused(bytes: usize) -> ! {
    use std::fmt::Write;
    // What was asked for was counted before the system was asked.
    let in_use = IN_USE.load(Ordering::Relaxed).saturating_sub(bytes);
    let mut message = Message { bytes: [0; 1024], length: 0 };
    doing(&mut message);
    let _ = writeln!(
        message,
        "out of memory: the system refused {} more with {} in use, below cvpdf's own limit of {}; a memory limit \
         of the system (ulimit -v, a container's) is lower",
        Mib(bytes),
        Mib(in_use),
        Mib(LIMIT.load(Ordering::Relaxed))
    );
    exit_with(&message)
}

/// Prints `message` and ends the process with exit code 1, calling only
/// what cannot allocate.
fn exit_with(message: &Message) -> ! {
    // SAFETY: write(2) of a buffer we own, then _exit(2).
    #[cfg(unix)]
    unsafe {
        libc::write(2, message.bytes.as_ptr().cast(), message.length);
        libc::_exit(1)
    }
    #[cfg(not(unix))]
    {
        use std::io::Write;
        let _ = std::io::stderr().write_all(&message.bytes[..message.length]);
        std::process::exit(1)
    }
}

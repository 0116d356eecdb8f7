//! Benchmarks of each step of a render of the long Russian test CV
//! (`tests/fixtures/long-russian/cv.yaml` with the `print` template), of the whole render, of fitting it into two
//! pages, and of a re-render after a one-line edit with Typst's memoised work kept, as `cvpdf watch` does;
//! and the Word document of a CV as long (`tests/fixtures/long-english/`) beside that CV's PDF.
//!
//! `cargo bench` runs them. The budgets are in docs/performance.md; `make
//! bench` times the whole process over a plain-text floor and beside the
//! typst CLI (benches/compare.sh), and checks the re-render after an edit
//! inside a job, and the live preview's new page image after the same edit,
//! against `whole_render` from this bench's output.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};

use cvpdf::{Fonts, RenderOptions};
use divan::Bencher;

fn main() {
    divan::main();
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/long-russian/cv.yaml")
}

fn options() -> RenderOptions {
    RenderOptions::new(data(), "print")
}

#[divan::bench(sample_count = 50)]
fn load_and_validate() -> cvpdf::Loaded {
    cvpdf::load(&options()).unwrap()
}

/// The CV in Russian and English (`examples/bilingual/`) loaded in English:
/// the declared languages read first, every language map picked while the
/// YAML is read, and the texts that fall back to Russian found.
#[divan::bench(sample_count = 50)]
fn load_bilingual_in_english() -> cvpdf::Loaded {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bilingual/cv.yaml");
    cvpdf::load(&RenderOptions { lang: Some("en".into()), ..RenderOptions::new(data, "print") }).unwrap()
}

/// Load, validate, derive and the photo: everything before Typst.
#[divan::bench(sample_count = 50)]
fn prepare() -> cvpdf::Prepared {
    cvpdf::prepare(&options()).unwrap()
}

#[divan::bench(sample_count = 20)]
fn fonts() -> Fonts {
    Fonts::load(&[]).unwrap()
}

/// Typst compilation from scratch: the memo cache is emptied first.
#[divan::bench(sample_count = 20)]
fn compile(bencher: Bencher) {
    let options = options();
    let fonts = Fonts::load(&[]).unwrap();
    bencher.bench_local(|| {
        comemo::evict(0);
        cvpdf::Session::new(fonts.clone()).compile(cvpdf::prepare(&options).unwrap(), &options).unwrap()
    });
}

/// PDF export of compiled pages, typst-pdf's part alone.
#[divan::bench(sample_count = 20)]
fn pdf_export(bencher: Bencher) {
    let compiled = cvpdf::compile(&options()).unwrap();
    bencher.bench_local(|| compiled.unpacked_pdf().unwrap());
}

/// Packing the exported PDF into object streams.
#[divan::bench(sample_count = 20)]
fn pdf_pack(bencher: Bencher) {
    let unpacked = cvpdf::compile(&options()).unwrap().unpacked_pdf().unwrap();
    bencher.with_inputs(|| unpacked.clone()).bench_local_values(cvpdf::pack_pdf);
}

/// What `cvpdf render` does, minus process start and the file write.
#[divan::bench(sample_count = 20)]
fn whole_render() -> Vec<u8> {
    comemo::evict(0);
    cvpdf::render(&options()).unwrap().pdf
}

/// `cvpdf render --fit 2`: the nine pages fitted into two, from an empty
/// memo cache, so it compares with `whole_render`. The trial layouts after
/// the first share Typst's cache.
#[divan::bench(sample_count = 10)]
fn fit_to_two_pages() -> Vec<u8> {
    comemo::evict(0);
    let options = RenderOptions { fit: Some(2), ..options() };
    let rendered = cvpdf::render(&options).unwrap();
    assert_eq!(rendered.pages, 2);
    rendered.pdf
}

/// The fixture built to spill two lines onto a second page, rendered as it
/// is (`pull_back: false`), from an empty memo cache: one layout.
#[divan::bench(sample_count = 20)]
fn stray_page_as_is() -> Vec<u8> {
    comemo::evict(0);
    let rendered = cvpdf::render(&spill(&["design.pull_back=false"])).unwrap();
    assert_eq!(rendered.pages, 2);
    rendered.pdf
}

/// The same CV with its stray last page pulled back: at most one layout
/// more than [`stray_page_as_is`], and it may cost at most twice as much.
#[divan::bench(sample_count = 20)]
fn stray_page_pulled_back() -> Vec<u8> {
    comemo::evict(0);
    let rendered = cvpdf::render(&spill(&[])).unwrap();
    assert_eq!(rendered.pages, 1);
    rendered.pdf
}

/// A CV whose stray last page cannot be pulled back (`tests/fixtures/vietnamese`
/// in `print`), as it is, from an empty memo cache: one layout.
#[divan::bench(sample_count = 20)]
fn unpullable_page_as_is() -> Vec<u8> {
    comemo::evict(0);
    let rendered = cvpdf::render(&unpullable(&["design.pull_back=false"])).unwrap();
    assert_eq!(rendered.pages, 2);
    rendered.pdf
}

/// The same CV with its last page filled: the worst case of the finish,
/// three layouts more than [`unpullable_page_as_is`] (the estimate, the
/// least spacing, the looser one).
#[divan::bench(sample_count = 20)]
fn unpullable_page_filled() -> Vec<u8> {
    comemo::evict(0);
    let rendered = cvpdf::render(&unpullable(&[])).unwrap();
    assert_eq!(rendered.pages, 2);
    assert!(matches!(rendered.pulled_back, Some(cvpdf::PulledBack::Filled { .. })), "{:?}", rendered.pulled_back);
    rendered.pdf
}

fn unpullable(sets: &[&str]) -> RenderOptions {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vietnamese/cv.yaml");
    let overrides = sets.iter().map(|set| cvpdf::Override::parse(set).unwrap()).collect();
    RenderOptions { overrides, ..RenderOptions::new(data, "print") }
}

fn spill(sets: &[&str]) -> RenderOptions {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/finish-spill/cv.yaml");
    let overrides = sets.iter().map(|set| cvpdf::Override::parse(set).unwrap()).collect();
    RenderOptions { overrides, ..RenderOptions::new(data, "print") }
}

/// `cvpdf watch` after a one-line edit, as [`rerender_after_edit`] runs it.
fn rerender_after_edit(bencher: Bencher, from: &str, edit: impl Fn(u32) -> String) {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(data()).unwrap();
    assert!(text.contains(from), "the fixture no longer has {from:?}");
    std::fs::copy(data().with_file_name("photo.jpg"), dir.path().join("photo.jpg")).unwrap();
    let copy = dir.path().join("cv.yaml");
    std::fs::write(&copy, &text).unwrap();
    let options = RenderOptions::new(&copy, "print");
    // One session through all renders, as `watch` keeps one.
    let mut session = cvpdf::Session::new(Fonts::load(&[]).unwrap());
    let mut render = || {
        let compiled = session.compile(cvpdf::prepare(&options).unwrap(), &options).unwrap();
        compiled.pdf().unwrap()
    };
    render();
    let mut edits = 0u32;
    bencher
        .with_inputs(|| {
            // `watch` trims the cache after it has written the PDF, not
            // while the user waits for it.
            comemo::evict(10);
            edits += 1;
            std::fs::write(&copy, text.replacen(from, &edit(edits), 1)).unwrap();
        })
        .bench_local_values(|()| render());
}

/// `cvpdf watch` after a one-line edit of the salary, near the top: the
/// fonts and Typst's memo cache are warm.
#[divan::bench(sample_count = 30)]
fn rerender_after_one_line_edit(bencher: Bencher) {
    let from = "salary: 450 000 ₽ на руки";
    rerender_after_edit(bencher, from, |n| format!("salary: {} ₽ на руки", 500_000 + n));
}

/// `cvpdf watch` after a one-line edit of an item of a job's body in the
/// middle of the experience: the edited item's paragraph is shaped again
/// and the pages from it on are laid out again.
#[divan::bench(sample_count = 30)]
fn rerender_after_an_edit_inside_a_job(bencher: Bencher) {
    let from = "поиск и устранение узких мест сервисов проведения платежей под пиковой нагрузкой";
    rerender_after_edit(bencher, from, |n| format!("{from} {n}"));
}

/// A fictional English CV about as long as the Russian one (about 2,100 words), for the Word
/// document's budget.
fn long_cv() -> RenderOptions {
    RenderOptions::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/long-english/cv.yaml"), "print")
}

/// `cvpdf render -f docx` minus process start and the file write: load,
/// validate, the photo, the contract and the document.
#[divan::bench(sample_count = 20)]
fn docx_of_a_long_cv() -> Vec<u8> {
    cvpdf::prepare(&long_cv()).unwrap().docx().unwrap()
}

/// The PDF of the same CV from an empty memo cache, as `whole_render`: the
/// Word document may cost at most a quarter of it.
#[divan::bench(sample_count = 20)]
fn pdf_of_a_long_cv() -> Vec<u8> {
    comemo::evict(0);
    cvpdf::render(&long_cv()).unwrap().pdf
}

/// `cvpdf serve` after the same edit inside a job: from the save of the
/// file to the new image of the page the edit is on, read whole from the
/// server. The time covers the file event, the quiet moment the preview
/// waits for an editor's save to end, the render, the page drawn as SVG,
/// the state on the event stream and the image's request.
#[divan::bench(sample_count = 20)]
fn serve_after_an_edit_inside_a_job(bencher: Bencher) {
    let from = "поиск и устранение узких мест сервисов проведения платежей под пиковой нагрузкой";
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(data()).unwrap();
    assert!(text.contains(from), "the fixture no longer has {from:?}");
    std::fs::copy(data().with_file_name("photo.jpg"), dir.path().join("photo.jpg")).unwrap();
    let copy = dir.path().join("cv.yaml");
    std::fs::write(&copy, &text).unwrap();
    let config = cvpdf::serve::Config {
        options: RenderOptions::new(&copy, "print"),
        address: std::net::Ipv4Addr::LOCALHOST.into(),
        port: 0,
        report: std::sync::Arc::new(|_: &str| {}),
    };
    let preview = cvpdf::serve::start(config).unwrap();
    let address = preview.address();
    let mut events = Events::open(address);
    let mut shown = events.next_render(0);
    let mut edits = 0u32;
    bencher
        .with_inputs(|| {
            edits += 1;
            text.replacen(from, &format!("{from} {edits}"), 1)
        })
        .bench_local_values(|edited| {
            std::fs::write(&copy, edited).unwrap();
            let state = events.next_render(shown["version"].as_u64().unwrap());
            let changed = page_urls(&state).into_iter().find(|url| !page_urls(&shown).contains(url));
            let image = get(address, &changed.expect("the edit changed a page"));
            assert!(image.ends_with(b"</svg>"), "not a whole page image");
            shown = state;
        });
    drop(preview);
}

/// The preview's event stream.
struct Events(BufReader<TcpStream>);

impl Events {
    fn open(address: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(address).unwrap();
        write!(stream, "GET /events HTTP/1.1\r\nHost: {address}\r\n\r\n").unwrap();
        Events(BufReader::new(stream))
    }

    /// The first finished render with pages after version `after`.
    fn next_render(&mut self, after: u64) -> serde_json::Value {
        let mut line = String::new();
        loop {
            line.clear();
            assert!(self.0.read_line(&mut line).unwrap() > 0, "the event stream ended");
            let Some(data) = line.strip_prefix("data: ") else { continue };
            let state: serde_json::Value = serde_json::from_str(data).unwrap();
            assert!(state["error"].is_null(), "the preview shows an error: {}", state["error"]);
            if state["version"].as_u64().unwrap() > after && state["busy"] == false && !state["good"].is_null() {
                return state;
            }
        }
    }
}

fn page_urls(state: &serde_json::Value) -> Vec<String> {
    state["good"]["pages"].as_array().unwrap().iter().map(|page| page["url"].as_str().unwrap().to_owned()).collect()
}

/// The body of `path`, read whole.
fn get(address: SocketAddr, path: &str) -> Vec<u8> {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n").unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let end = bytes.windows(4).position(|window| window == b"\r\n\r\n").expect("an answer");
    assert!(bytes.starts_with(b"HTTP/1.1 200") || bytes.starts_with(b"HTTP/1.0 200"), "not found: {path}");
    bytes.split_off(end + 4)
}

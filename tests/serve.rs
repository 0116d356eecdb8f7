//! `cvpdf serve`: the live preview, through the real binary and a plain
//! TCP client. The page and a page image are served; a saved edit arrives
//! on the event stream as a new version, a broken edit as its error at the
//! line with the last good pages kept, the fix as pages again; requests for
//! another host, from another site's page, or for a path the server has no
//! route for are refused. A browser test loads the preview in headless
//! Chromium. Every wait is bounded: a hung server fails within a minute.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

/// Longer than any render here takes on a loaded machine; only a hang
/// waits this long.
const PATIENCE: Duration = Duration::from_secs(60);

/// The fictional CV of these tests and its photo in a fresh folder;
/// returns the folder and the data file.
fn scratch_cv() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for file in ["cv.yaml", "photo.jpg"] {
        std::fs::copy(root().join("tests/fixtures/serve").join(file), dir.path().join(file)).unwrap();
    }
    let data = dir.path().join("cv.yaml");
    (dir, data)
}

/// A running `cvpdf serve` and what it printed.
struct Serving {
    child: Child,
    address: SocketAddr,
    stderr: mpsc::Receiver<String>,
}

impl Serving {
    /// Starts `cvpdf serve ARGS --port 0` in `dir` and reads the address it
    /// prints.
    fn start(dir: &Path, args: &[&str]) -> Serving {
        let mut child = cvpdf()
            .current_dir(dir)
            .arg("serve")
            .args(args)
            .args(["--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cvpdf serve starts");
        let stdout = child.stdout.take().unwrap();
        let (sender, stderr) = mpsc::channel();
        let pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let (url_sender, url) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = url_sender.send(line);
        });
        let url = url.recv_timeout(PATIENCE).expect("cvpdf serve prints its address");
        let address = url
            .trim()
            .strip_prefix("http://")
            .and_then(|rest| rest.strip_suffix('/'))
            .and_then(|address| address.parse().ok())
            .unwrap_or_else(|| panic!("not an address: {url:?}"));
        Serving { child, address, stderr }
    }

    fn host(&self) -> String {
        self.address.to_string()
    }

    fn get(&self, path: &str) -> Reply {
        request(self.address, &format!("GET {path} HTTP/1.0\r\nHost: {}\r\n\r\n", self.host()))
    }

    /// Picks another selection as the page's script does.
    fn select(&self, selection: &Value) -> Reply {
        let body = selection.to_string();
        let head = format!(
            "POST /select HTTP/1.0\r\nHost: {}\r\nOrigin: http://{}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n",
            self.host(),
            self.host(),
            body.len()
        );
        request(self.address, &(head + &body))
    }

    /// Waits for a line of standard error containing `wanted`.
    fn expect_line(&self, wanted: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            match self.stderr.recv_timeout(PATIENCE) {
                Ok(line) => {
                    let done = line.contains(wanted);
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(_) => panic!("no line with {wanted:?} from cvpdf serve; it printed {seen:#?}"),
            }
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer: status, headers (names in lower case) and body.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.text()))
    }
}

/// Sends `raw` (an HTTP/1.0 request, so the answer ends with the
/// connection) and reads the answer.
fn request(address: SocketAddr, raw: &str) -> Reply {
    let mut stream = TcpStream::connect(address).expect("the server takes connections");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(raw.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("the answer ends");
    let end = bytes.windows(4).position(|window| window == b"\r\n\r\n").expect("an answer with headers");
    let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().and_then(|line| line.split(' ').nth(1)).and_then(|code| code.parse().ok()).unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Reply { status, headers, body: bytes[end + 4..].to_vec() }
}

/// The event stream, read on a thread of its own: each state it sends.
struct Events {
    states: mpsc::Receiver<Value>,
    last: Option<Value>,
}

impl Events {
    fn open(serving: &Serving) -> Events {
        let mut stream = TcpStream::connect(serving.address).unwrap();
        write!(stream, "GET /events HTTP/1.1\r\nHost: {}\r\n\r\n", serving.host()).unwrap();
        let (sender, states) = mpsc::channel();
        std::thread::spawn(move || {
            let mut event = String::new();
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if let Some(data) = line.strip_prefix("data: ") {
                    event = data.to_owned();
                } else if line.is_empty() && !event.is_empty() {
                    let state = serde_json::from_str(&event).expect("an event's data is JSON");
                    if sender.send(state).is_err() {
                        return;
                    }
                    event.clear();
                }
            }
        });
        Events { states, last: None }
    }

    /// Waits for a state that `done` accepts, and returns it.
    fn until(&mut self, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            match self.states.recv_timeout(PATIENCE - started.elapsed().min(PATIENCE)) {
                Ok(state) => {
                    let accepted = done(&state);
                    self.last = Some(state.clone());
                    if accepted {
                        return state;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("no state where {what} on the event stream; the last was {:#}", self.last.clone().unwrap_or_default())
    }

    /// Waits for a finished render with pages, after version `after`.
    fn pages_after(&mut self, after: u64) -> Value {
        self.until("a render after the last has pages", |state| {
            version(state) > after && !is_busy(state) && state["error"].is_null() && !state["good"].is_null()
        })
    }

    /// The first state after `before` whose pages differ from its own: the
    /// render of an edit. A render of the files as they were may come first
    /// (a file read for the first time is rendered again at once when it is
    /// younger than the render), and is passed over.
    fn pages_changed(&mut self, before: &Value) -> Value {
        let (after, old) = (version(before), page_urls(before));
        self.until("a render after the last has other pages", |state| {
            version(state) > after
                && !is_busy(state)
                && state["error"].is_null()
                && !state["good"].is_null()
                && page_urls(state) != old
        })
    }
}

fn version(state: &Value) -> u64 {
    state["version"].as_u64().unwrap()
}

fn is_busy(state: &Value) -> bool {
    state["busy"].as_bool().unwrap()
}

fn page_urls(state: &Value) -> Vec<String> {
    state["good"]["pages"].as_array().unwrap().iter().map(|page| page["url"].as_str().unwrap().to_owned()).collect()
}

/// Replaces the file as editors do: write a new file, rename it over the old one.
fn save(path: &Path, text: &str) {
    let temp = path.with_extension("yaml.swp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

/// The names in `dir` and their contents, to show the server wrote nothing.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            (entry.file_name().to_string_lossy().into_owned(), std::fs::read(entry.path()).unwrap_or_default())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn serve_shows_the_pages_and_follows_each_save_and_each_error() {
    let (dir, data) = scratch_cv();
    let seed = std::fs::read_to_string(&data).unwrap();
    let serving = Serving::start(dir.path(), &["cv.yaml"]);
    let mut events = Events::open(&serving);
    let first = events.pages_after(0);
    assert_eq!(first["good"]["count"], 2, "{first:#}");
    assert_eq!(first["choices"]["langs"], serde_json::json!(["en", "de"]));
    assert_eq!(first["choices"]["variants"], serde_json::json!(["search"]));

    // The page: its own script and style only, under a strict policy.
    let page = serving.get("/");
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    let policy = page.header("content-security-policy").expect("a Content-Security-Policy");
    for rule in ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"] {
        assert!(policy.contains(rule), "the policy lacks {rule}: {policy}");
    }
    let html = page.text();
    assert!(html.contains("src=\"/app.js\""), "{html}");
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "a third-party asset: {html}");
    let script = serving.get("/app.js");
    assert_eq!(script.status, 200);
    assert!(script.text().contains("EventSource(\"/events\")"));

    // A page image: an SVG of the page's size, which runs nothing.
    let urls = page_urls(&first);
    let image = serving.get(&urls[0]);
    assert_eq!(image.status, 200);
    assert_eq!(image.header("content-type"), Some("image/svg+xml"));
    let svg = image.text();
    assert!(svg.starts_with("<svg") && svg.contains("viewBox=\"0 0 595.2"), "{}", &svg[..200.min(svg.len())]);
    assert!(!svg.contains("<script"), "an SVG page with a script");
    let pdf = serving.get("/cv.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-disposition"), Some("attachment; filename=\"cv.pdf\""));
    assert!(pdf_text(&pdf.body).contains("€95,000"));

    // A saved edit: the next version arrives, and only the page it is on changes.
    save(&data, &seed.replacen("€95,000 a year", "€97,531 a year", 1));
    let edited = events.pages_changed(&first);
    let new_urls = page_urls(&edited);
    assert_ne!(new_urls[0], urls[0], "the first page did not change");
    assert_eq!(new_urls[1], urls[1], "the second page, which the edit did not touch, was drawn again");
    assert_eq!(serving.get(&new_urls[0]).status, 200);
    assert!(pdf_text(&serving.get("/cv.pdf").body).contains("€97,531"), "the edit did not reach the PDF");

    // A broken edit: the error at its line, with the excerpt; the last good pages kept.
    let line = seed.lines().position(|line| line.starts_with("updated:")).unwrap() + 1;
    save(&data, &seed.replacen("updated: \"2026-02-14\"", "updated: Valentinstag", 1));
    let broken = events.until("the error is shown", |state| !is_busy(state) && !state["error"].is_null());
    let location = broken["error"]["location"].as_str().unwrap();
    assert!(location.starts_with(&format!("cv.yaml:{line}:")), "the error is at {location}, not line {line}");
    let report = broken["error"]["report"].as_str().unwrap();
    assert!(report.contains("updated: Valentinstag") && report.contains('^'), "no excerpt: {report}");
    assert_eq!(page_urls(&broken), new_urls, "the last good pages were not kept");
    assert_eq!(serving.get(&new_urls[0]).status, 200, "the last good page is gone");
    // A fresh load shows the same.
    let fresh = serving.get("/state").json();
    assert_eq!(fresh["error"]["location"], broken["error"]["location"]);
    let mut late = Events::open(&serving);
    let seen = late.until("a fresh stream starts with the error", |state| !state["error"].is_null());
    assert_eq!(seen["error"]["location"], broken["error"]["location"]);

    // The fix: pages again.
    save(&data, &seed);
    let fixed = events.pages_after(version(&broken));
    assert!(fixed["error"].is_null());
    assert_eq!(page_urls(&fixed), urls, "the same data did not give the same pages");
    serving.expect_line("cv.yaml: 2 pages");
    drop(serving);
    drop(dir);
}

#[test]
fn serve_follows_the_photo_and_a_template_of_the_users() {
    let (dir, _) = scratch_cv();
    let template = dir.path().join("mine");
    std::fs::create_dir(&template).unwrap();
    let main = |body: &str| format!("#import \"/.cvpdf/cv.typ\": load-cv\n#let cv = load-cv(() => none)\n{body}\n");
    std::fs::write(template.join("main.typ"), main("#cv.person.name")).unwrap();
    let serving = Serving::start(dir.path(), &["cv.yaml", "-t", "mine"]);
    let mut events = Events::open(&serving);
    let first = events.pages_after(0);
    assert_eq!(first["selection"]["template"], "mine");
    assert!(first["choices"]["templates"].as_array().unwrap().contains(&Value::from("mine")));

    std::fs::write(template.join("main.typ"), main("Template two: #cv.headline")).unwrap();
    let second = events.pages_changed(&first);
    assert_ne!(page_urls(&second), page_urls(&first), "an edit of the template did not render again");

    std::fs::write(template.join("main.typ"), main("#cv.no-such-field")).unwrap();
    let broken = events.until("the template's error", |state| !is_busy(state) && !state["error"].is_null());
    let report = broken["error"]["report"].as_str().unwrap();
    assert!(report.contains("dictionary does not contain key") && report.contains("main.typ"), "{report}");

    // The photo, with the built-in template.
    let print = serde_json::json!({"template": "print", "variant": null, "lang": null, "format": "pages"});
    assert_eq!(serving.select(&print).status, 204);
    let printed = events.pages_after(version(&broken));
    assert_eq!(printed["good"]["selection"]["template"], "print");
    let mut photo = image::open(dir.path().join("photo.jpg")).unwrap();
    photo.invert();
    photo.save(dir.path().join("photo.jpg")).unwrap();
    let new_photo = events.pages_changed(&printed);
    assert_ne!(page_urls(&new_photo)[0], page_urls(&printed)[0], "a new photo did not render again");
}

#[test]
fn serve_switches_template_variant_language_and_format() {
    let (dir, _) = scratch_cv();
    let serving = Serving::start(dir.path(), &["cv.yaml"]);
    let mut events = Events::open(&serving);
    let first = events.pages_after(0);

    let german = serde_json::json!({"template": "classic", "variant": "search", "lang": "de", "format": "pages"});
    assert_eq!(serving.select(&german).status, 204);
    let switched = events.pages_after(version(&first));
    assert_eq!(switched["good"]["selection"], german);
    let pdf = serving.get("/cv.pdf");
    assert_eq!(pdf.header("content-disposition"), Some("attachment; filename=\"cv-search.pdf\""));
    let text = pdf_text(&pdf.body);
    assert!(text.contains("Nordhafen") && !text.contains("Elbtal"), "not the variant: {text}");
    assert!(text.contains("Vorträge"), "not in German: {text}");

    // The web page, in a frame of its own that runs nothing.
    let web = serde_json::json!({"template": "classic", "variant": null, "lang": "en", "format": "html"});
    assert_eq!(serving.select(&web).status, 204);
    let shown = events
        .until("the web page is shown", |state| !is_busy(state) && state["good"]["selection"]["format"] == "html");
    let url = shown["good"]["html"].as_str().expect("the web page's address");
    let page = serving.get(url);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Ingrid Solvang-Brandt"));
    let policy = page.header("content-security-policy").unwrap();
    assert!(policy.contains("sandbox") && policy.contains("default-src 'none'"), "{policy}");
    assert!(!policy.contains("script-src"), "{policy}");

    // Only what the bar offers.
    for wrong in [
        serde_json::json!({"template": "/etc", "variant": null, "lang": null, "format": "pages"}),
        serde_json::json!({"template": "../mine", "variant": null, "lang": null, "format": "pages"}),
        serde_json::json!({"template": "print", "variant": "none-such", "lang": null, "format": "pages"}),
        serde_json::json!({"template": "print", "variant": null, "lang": "fr", "format": "pages"}),
        serde_json::json!({"template": "print", "variant": null, "lang": null, "format": "letter"}),
        serde_json::json!({"template": "print", "variant": null, "lang": null, "format": "pages", "path": "/"}),
    ] {
        assert_eq!(serving.select(&wrong).status, 400, "{wrong} was taken");
    }
}

#[test]
fn serve_answers_only_its_own_address_and_routes() {
    let (dir, _) = scratch_cv();
    let before = listing(dir.path());
    let serving = Serving::start(dir.path(), &["cv.yaml"]);
    let host = serving.host();
    let port = serving.address.port();
    let raw = |head: &str| request(serving.address, &format!("{head}\r\n\r\n"));

    // DNS rebinding: a name of someone else's that resolves here.
    for other in [format!("evil.example:{port}"), format!("127.0.0.1:{}", port.wrapping_add(1)), "127.0.0.1".into()] {
        let reply = raw(&format!("GET / HTTP/1.0\r\nHost: {other}"));
        assert_eq!(reply.status, 403, "Host {other} was answered");
        assert!(reply.text().contains("refused"));
    }
    assert_eq!(raw("GET /state HTTP/1.0").status, 403, "a request without Host was answered");
    assert_eq!(raw(&format!("GET / HTTP/1.0\r\nHost: {host}\r\nHost: evil.example")).status, 403);
    assert_eq!(raw(&format!("GET / HTTP/1.0\r\nHost: localhost:{port}")).status, 200);

    // Another site's page, asking from the browser.
    let cross =
        raw(&format!("GET /state HTTP/1.0\r\nHost: {host}\r\nSec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: cors"));
    assert_eq!(cross.status, 403);
    let from = raw(&format!(
        "POST /select HTTP/1.0\r\nHost: {host}\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\n\
         Content-Length: 2\r\n\r\n{{}}"
    ));
    assert_eq!(from.status, 403);
    let plain_form = raw(&format!(
        "POST /select HTTP/1.0\r\nHost: {host}\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{{}}"
    ));
    assert_eq!(plain_form.status, 415);

    // Only the server's own routes: nothing from disk by path.
    for path in [
        "/cv.yaml",
        "/photo.jpg",
        "/../cv.yaml",
        "/%2e%2e/cv.yaml",
        "/page/../../cv.yaml",
        "/page/00000000000000000000000000000000.svg",
        "/web/x.html",
        "/app.js/../cv.yaml",
        "/assets/app.js",
        "/favicon.ico",
    ] {
        let reply = serving.get(path);
        assert_eq!(reply.status, 404, "{path} gave {}", reply.status);
        assert!(reply.header("content-security-policy").is_some(), "{path}: no policy");
    }
    assert_eq!(raw(&format!("DELETE / HTTP/1.0\r\nHost: {host}")).status, 405);
    assert_eq!(raw(&format!("GET /select HTTP/1.0\r\nHost: {host}")).status, 405);
    drop(serving);
    assert_eq!(listing(dir.path()), before, "the preview wrote or changed a file");
}

#[test]
fn serve_stops_cleanly_on_ctrl_c() {
    let (dir, _) = scratch_cv();
    let mut serving = Serving::start(dir.path(), &["cv.yaml"]);
    let mut events = Events::open(&serving);
    events.pages_after(0);
    let pid = libc::pid_t::try_from(serving.child.id()).unwrap();
    // SAFETY: a signal to the child this test started, which is still running.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0, "no Ctrl-C could be sent");
    let last = events.until("the preview says it stopped", |state| state["stopped"] == true);
    assert!(last["good"].is_object(), "{last:#}");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = serving.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < PATIENCE, "cvpdf serve still runs after Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "Ctrl-C ended cvpdf serve with {status}");
    serving.expect_line("stopped");
    assert!(TcpStream::connect(serving.address).is_err(), "the port still takes connections");
}

#[test]
fn a_template_that_never_finishes_ends_the_preview_with_its_error() {
    let (dir, _) = scratch_cv();
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("main.typ"), "#for i in range(1000000) { for j in range(1000000) { } }\n").unwrap();
    let mut serving = Serving::start(dir.path(), &["cv.yaml", "-t", "tpl", "--timeout", "2"]);
    let mut events = Events::open(&serving);
    let last = events.until("the preview stopped", |state| state["stopped"] == true);
    let report = last["error"]["report"].as_str().unwrap_or_default();
    assert!(report.contains("still compiling after 2 s"), "{last:#}");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = serving.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < PATIENCE, "cvpdf serve goes on after its template's deadline");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(1));
    serving.expect_line("still compiling after 2 s");
}

#[test]
fn a_port_in_use_is_a_clear_error_with_the_port_hint() {
    let (dir, _) = scratch_cv();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = run_in(dir.path(), &["serve", "cv.yaml", "--port", &port]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("127.0.0.1:{port}")) && stderr.contains("in use"), "{stderr}");
    assert!(stderr.contains("--port"), "no hint: {stderr}");

    // Every address at once would defeat the Host check.
    let output = run_in(dir.path(), &["serve", "cv.yaml", "--bind", "0.0.0.0"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--bind"));
}

#[test]
fn serve_on_another_address_warns_that_anyone_there_can_see_the_cv() {
    // 127.0.0.2 is this machine too, but not the default address.
    let (dir, _) = scratch_cv();
    let serving = Serving::start(dir.path(), &["cv.yaml", "--bind", "127.0.0.2"]);
    assert_eq!(serving.address.ip().to_string(), "127.0.0.2");
    let seen = serving.expect_line("previewing");
    assert!(seen.iter().any(|line| line.starts_with("warning: listening on 127.0.0.2")), "no warning: {seen:#?}");
    let reply =
        request(serving.address, &format!("GET / HTTP/1.0\r\nHost: 127.0.0.1:{}\r\n\r\n", serving.address.port()));
    assert_eq!(reply.status, 403, "another address's name was answered");
}

#[test]
fn in_a_browser_the_preview_shows_the_page_images_and_asks_nothing_of_anyone_else() {
    use crate::web::{BROWSER_OWN_HOSTS, browser, chromium, screenshot};
    let Some(chromium) = chromium() else { return };
    let artifacts = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve");
    std::fs::create_dir_all(&artifacts).unwrap();
    let (dir, data) = scratch_cv();
    let serving = Serving::start(dir.path(), &["cv.yaml"]);
    let mut events = Events::open(&serving);
    events.pages_after(0);
    let url = format!("http://{}/", serving.host());
    // The page has the state in it, so the browser's `load` (when a
    // headless run dumps or shoots) waits for the page images; `--timeout`
    // ends the run although the event stream stays open.
    let flags = |extra: &str| vec!["--timeout=10000".to_owned(), extra.to_owned()];

    let dom = browser(&chromium, dir.path(), &url, &flags("--dump-dom"));
    let dom = String::from_utf8_lossy(&dom.stdout);
    let images = dom.matches("<img ").count();
    let pages = dom.matches("src=\"/page/").count();
    assert_eq!((images, pages), (2, 2), "not two page images: {dom}");
    assert!(dom.contains("2 pages"), "no page count in the bar: {dom}");

    let netlog = dir.path().join("net.json");
    let shot = screenshot(
        &chromium,
        dir.path(),
        &url,
        1280,
        &artifacts.join("preview-1280.png"),
        &["--timeout=10000", &format!("--log-net-log={}", netlog.display())],
    );
    // The paper is the pages' own (the page has none of its own behind
    // them): a page image that did not load leaves no paper.
    let pixels = f64::from(shot.width() * shot.height());
    let paper = shot.pixels().filter(|pixel| pixel.0 == [255, 255, 255]).count() as f64 / pixels;
    assert!(paper > 0.25, "only {:.0} % of the preview is paper: the pages are not shown", paper * 100.0);
    let ink = shot.pixels().filter(|pixel| pixel.0.iter().all(|&c| c < 90)).count() as f64 / pixels;
    assert!(ink > 0.005, "the pages are blank");

    let log = std::fs::read_to_string(&netlog).unwrap();
    let own = format!("http://{}/", serving.host());
    let requests: Vec<&str> = log
        .split("\"url\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|url| !BROWSER_OWN_HOSTS.iter().any(|host| url.contains(&format!("://{host}/"))))
        .filter(|url| !url.starts_with(&own) && !url.starts_with("data:"))
        .collect();
    assert!(requests.is_empty(), "the preview asked elsewhere: {requests:#?}");
    assert!(log.contains(&format!("{own}page/")), "the net log shows no page image fetched");

    // A broken save: the error at its line in place of the pages, which are
    // kept, hidden, behind a button.
    let text = std::fs::read_to_string(&data).unwrap();
    save(&data, &text.replacen("    start: \"2016-02\"", "    start: Februar 2016", 1));
    let line = text.lines().position(|line| line == "    start: \"2016-02\"").unwrap() + 1;
    events.until("the error is shown", |state| !is_busy(state) && !state["error"].is_null());
    let dom = browser(&chromium, dir.path(), &url, &flags("--dump-dom"));
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("<section id=\"error\">"), "the error is hidden: {dom}");
    assert!(dom.contains(&format!("<p id=\"where\">cv.yaml:{line}:")), "not at line {line}: {dom}");
    assert!(dom.contains("start: Februar 2016"), "no excerpt: {dom}");
    assert!(dom.contains("<section id=\"good\" hidden=\"\">"), "the last good pages are not put away: {dom}");
    assert_eq!(dom.matches("src=\"/page/").count(), 2, "the last good pages are gone: {dom}");
    assert!(dom.contains(">Show the last good version</button>"), "no way back to them: {dom}");
    screenshot(&chromium, dir.path(), &url, 1280, &artifacts.join("error-1280.png"), &["--timeout=10000"]);
    eprintln!("the screenshots are in {}", artifacts.display());
}

#[test]
fn markup_in_a_broken_line_is_text_in_the_preview() {
    let (dir, data) = scratch_cv();
    let serving = Serving::start(dir.path(), &["cv.yaml"]);
    let mut events = Events::open(&serving);
    let first = events.pages_after(0);
    let text = std::fs::read_to_string(&data).unwrap();
    let hostile = "updated: \"</script><script src=/x></script><img src=x onerror=alert(1)>\"";
    save(&data, &text.replacen("updated: \"2026-02-14\"", hostile, 1));
    let broken =
        events.until("the error is shown", |state| version(state) > version(&first) && !state["error"].is_null());
    assert!(broken["error"]["report"].as_str().unwrap().contains("<img src=x"), "{broken:#}");
    let page = serving.get("/").text();
    assert!(
        !page.contains("<img src=x") && !page.contains("<script src=/x>"),
        "markup from the data in the page: {page}"
    );
    assert!(page.contains("\\u003cimg src=x"), "the error is not carried in the page: {page}");
}

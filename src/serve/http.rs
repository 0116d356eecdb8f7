//! The preview's answers to the browser: its own page, script and style,
//! the state, its event stream, the page images, the web page and the PDF.
//! Nothing is read from disk by path: every answer comes from the binary or
//! from the last render.
//!
//! Only a request whose `Host` is the address the server bound is answered
//! (a page elsewhere that makes its own name resolve to 127.0.0.1, DNS
//! rebinding, gets nothing), a browser's request made by another site's
//! page is refused (`Sec-Fetch-Site`, `Origin`), and every answer carries a
//! strict Content-Security-Policy.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response};

use super::state::{Format, Selection, Shared};
use super::worker::Wake;
use crate::RenderOptions;

/// The preview page, its script and its style, built into the binary.
const INDEX: &str = include_str!("assets/index.html");
const SCRIPT: &str = include_str!("assets/app.js");
const STYLE: &str = include_str!("assets/app.css");

/// The preview page may run its own script and style, fetch from its own
/// server and frame its own web page; nothing else, from nowhere else.
const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                           connect-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; \
                           frame-ancestors 'none'";
/// Everything else runs nothing, even opened on its own; the web page may
/// be framed by the preview page.
const PLAIN_POLICY: &str =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; sandbox";
const WEB_POLICY: &str =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'self'; sandbox";

/// How many event streams may be open at once: a few tabs' worth.
const MAX_STREAMS: usize = 16;
/// How long an event stream stays silent before it says it is still there
/// (and finds out whether the browser still is).
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// The largest selection a browser sends.
const MAX_BODY: u64 = 4096;

/// What answering needs: the state, the way to the rendering thread, and
/// what the server is called.
pub(crate) struct Site {
    pub(crate) shared: Arc<Shared>,
    pub(crate) wake: Sender<Wake>,
    /// The `Host` values answered, in lower case.
    hosts: Vec<String>,
    streams: AtomicUsize,
    /// The options of the command line, for a PDF made on demand.
    base: RenderOptions,
    /// The name a downloaded PDF is saved under, without `.pdf`.
    stem: String,
}

impl Site {
    pub(crate) fn new(shared: Arc<Shared>, wake: Sender<Wake>, address: SocketAddr, base: RenderOptions) -> Site {
        let mut hosts = vec![address.to_string().to_ascii_lowercase()];
        if address.port() == 80 {
            hosts.push(address.ip().to_string());
        }
        // A name no one else can make resolve to this machine.
        if address.ip().is_loopback() {
            hosts.push(format!("localhost:{}", address.port()));
        }
        let stem = base.data.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
        Site { shared, wake, hosts, streams: AtomicUsize::new(0), base, stem }
    }

    /// How many event streams are open.
    pub(crate) fn open_streams(&self) -> usize {
        self.streams.load(Ordering::SeqCst)
    }
}

/// Answers one request.
pub(crate) fn answer(site: &Arc<Site>, mut request: Request) {
    if let Err(refusal) = admit(site, &request) {
        return send(request, 403, "text/plain; charset=utf-8", refusal.into_bytes(), PLAIN_POLICY, &[]);
    }
    let url = request.url().to_owned();
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let method = request.method().clone();
    let get = matches!(method, Method::Get | Method::Head);
    match path {
        "/" | "/index.html" if get => {
            let page = index(&super::state::view(&site.shared.lock()));
            send(request, 200, "text/html; charset=utf-8", page.into_bytes(), PAGE_POLICY, &[])
        }
        "/app.js" if get => send(request, 200, "text/javascript; charset=utf-8", SCRIPT.into(), PLAIN_POLICY, &[]),
        "/app.css" if get => send(request, 200, "text/css; charset=utf-8", STYLE.into(), PLAIN_POLICY, &[]),
        "/state" if get => {
            let view = super::state::view(&site.shared.lock());
            send(request, 200, "application/json", view.into_bytes(), PLAIN_POLICY, &[])
        }
        "/events" if method == Method::Get => stream(site, request),
        "/select" if method == Method::Post => {
            let (status, text) = select(site, &mut request);
            send(request, status, "text/plain; charset=utf-8", text.into_bytes(), PLAIN_POLICY, &[])
        }
        "/cv.pdf" if get => pdf(site, request),
        _ if get && path.starts_with("/page/") => {
            let key = path.trim_start_matches("/page/").trim_end_matches(".svg");
            let good = site.shared.lock().good.clone();
            let image = good.as_ref().and_then(|good| good.pages.iter().find(|page| page.key == key).cloned());
            match image {
                Some(image) if path.ends_with(".svg") => {
                    send(request, 200, "image/svg+xml", image.svg.as_bytes().to_vec(), PLAIN_POLICY, &[])
                }
                _ => not_found(request),
            }
        }
        _ if get && path.starts_with("/web/") => {
            let key = path.trim_start_matches("/web/").trim_end_matches(".html");
            let good = site.shared.lock().good.clone();
            let page = good.as_ref().and_then(|good| good.html.clone()).filter(|(shown, _)| shown == key);
            match page {
                Some((_, page)) if path.ends_with(".html") => {
                    let framed = [("X-Frame-Options", "SAMEORIGIN")];
                    send(request, 200, "text/html; charset=utf-8", page.as_bytes().to_vec(), WEB_POLICY, &framed)
                }
                _ => not_found(request),
            }
        }
        "/" | "/index.html" | "/app.js" | "/app.css" | "/state" | "/events" | "/select" | "/cv.pdf" => {
            send(request, 405, "text/plain; charset=utf-8", b"method not allowed".to_vec(), PLAIN_POLICY, &[])
        }
        _ => not_found(request),
    }
}

/// The preview page with the state in it, as data its script reads (a
/// JSON block runs nothing), so the first view needs no round trip and the
/// browser's `load` waits for the page images.
fn index(view: &str) -> String {
    // `<` only occurs inside JSON strings, where `\u003c` means the same:
    // nothing in the data can close the element.
    let data = view.replace('<', "\\u003c");
    INDEX.replacen("<!-- state -->", &format!("<script type=\"application/json\" id=\"state\">{data}</script>"), 1)
}

/// Refuses a request for another host, or one a browser makes for another
/// site's page; says why.
fn admit(site: &Site, request: &Request) -> Result<(), String> {
    let header = |name: &'static str| -> Vec<String> {
        request
            .headers()
            .iter()
            .filter(|header| header.field.equiv(name))
            .map(|header| header.value.as_str().to_owned())
            .collect()
    };
    let hosts = header("Host");
    let [host] = &hosts[..] else {
        return Err("refused: a request needs exactly one Host header\n".into());
    };
    let host = host.trim().to_ascii_lowercase();
    if !site.hosts.contains(&host) {
        return Err(format!("refused: this preview answers only to {}, not to {host}\n", site.hosts[0]));
    }
    // A browser names the site whose page made the request; only the
    // preview's own page (or the user, typing the address) may ask.
    let sites = header("Sec-Fetch-Site");
    let navigation = header("Sec-Fetch-Mode").iter().any(|mode| mode == "navigate")
        && *request.method() == Method::Get
        && matches!(request.url(), "/" | "/index.html");
    if sites.iter().any(|from| from != "same-origin" && from != "none") && !navigation {
        return Err("refused: a request from another site's page\n".into());
    }
    if let Some(origin) = header("Origin").first()
        && *origin != format!("http://{host}")
    {
        return Err(format!("refused: a request from {origin}\n"));
    }
    Ok(())
}

/// Sends an answer with the headers every answer has.
fn send(request: Request, status: u16, kind: &str, body: Vec<u8>, policy: &str, extra: &[(&str, &str)]) {
    let mut response = Response::from_data(body).with_status_code(status);
    for (name, value) in common_headers(kind, policy).iter().chain(extra) {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // The browser may have gone; there is no one to tell.
    let _ = request.respond(response);
}

fn common_headers<'a>(kind: &'a str, policy: &'a str) -> [(&'a str, &'a str); 7] {
    [
        ("Content-Type", kind),
        ("Content-Security-Policy", policy),
        // A CV stays out of the browser's disk cache.
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ]
}

fn not_found(request: Request) {
    send(request, 404, "text/plain; charset=utf-8", b"not found\n".to_vec(), PLAIN_POLICY, &[]);
}

/// Takes a new selection (JSON) if it picks only what the bar offers.
fn select(site: &Site, request: &mut Request) -> (u16, String) {
    let json = request
        .headers()
        .iter()
        .any(|header| header.field.equiv("Content-Type") && header.value.as_str().starts_with("application/json"));
    if !json {
        return (415, "send the selection as application/json\n".into());
    }
    let mut body = Vec::new();
    if request.as_reader().take(MAX_BODY + 1).read_to_end(&mut body).is_err() || body.len() as u64 > MAX_BODY {
        return (400, "the selection could not be read\n".into());
    }
    let Ok(selection) = serde_json::from_slice::<Selection>(&body) else {
        return (400, "not a selection\n".into());
    };
    let mut state = site.shared.lock();
    if !state.choices.allow(&selection) {
        return (400, "the selection picks something the bar does not offer\n".into());
    }
    if state.selection != selection {
        state.selection = selection;
        drop(state);
        let _ = site.wake.send(Wake::Selected);
    }
    (204, String::new())
}

/// The event stream: the state at once, then each new version, as
/// server-sent events, until the browser goes or the preview stops.
fn stream(site: &Arc<Site>, request: Request) {
    if site.streams.fetch_add(1, Ordering::SeqCst) >= MAX_STREAMS {
        site.streams.fetch_sub(1, Ordering::SeqCst);
        return send(
            request,
            503,
            "text/plain; charset=utf-8",
            b"too many open previews\n".to_vec(),
            PLAIN_POLICY,
            &[],
        );
    }
    let site = Arc::clone(site);
    std::thread::spawn(move || {
        let mut writer = request.into_writer();
        let mut head = String::from("HTTP/1.1 200 OK\r\nConnection: close\r\n");
        for (name, value) in common_headers("text/event-stream; charset=utf-8", PLAIN_POLICY) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        // A lost stream is opened again after a second.
        head.push_str("\r\nretry: 1000\n\n");
        let mut sent = writer.write_all(head.as_bytes()).and_then(|()| writer.flush());
        let mut seen = 0;
        while sent.is_ok() {
            let (message, last) = match site.shared.next_after(seen, KEEP_ALIVE) {
                Some((version, view, stopped)) => {
                    seen = version;
                    (format!("event: state\ndata: {view}\n\n"), stopped)
                }
                None => (": still here\n\n".to_owned(), false),
            };
            sent = writer.write_all(message.as_bytes()).and_then(|()| writer.flush());
            if last {
                break;
            }
        }
        site.streams.fetch_sub(1, Ordering::SeqCst);
    });
}

/// The PDF of the last good render of the pages, or, while the web page
/// is shown, of the selection compiled now.
fn pdf(site: &Site, request: Request) {
    let (good, selection) = {
        let state = site.shared.lock();
        (state.good.clone(), state.selection.clone())
    };
    let made = match &good {
        Some(good) if good.selection.format == Format::Pages => good
            .pdf
            .get_or_init(|| match &good.compiled {
                Some(compiled) => compiled.pdf().map(Arc::new).map_err(|error| error.report()),
                None => Err("no pages to download".to_owned()),
            })
            .clone(),
        _ => {
            let options = super::worker::options_for(&site.base, &Selection { format: Format::Pages, ..selection });
            crate::compile(&options).and_then(|compiled| compiled.pdf()).map(Arc::new).map_err(|error| error.report())
        }
    };
    match made {
        Ok(pdf) => {
            let name = download_name(&site.stem, good.as_ref().and_then(|good| good.selection.variant.as_deref()));
            let disposition = format!("attachment; filename=\"{name}\"");
            send(request, 200, "application/pdf", pdf.to_vec(), PLAIN_POLICY, &[("Content-Disposition", &disposition)])
        }
        Err(report) => send(request, 409, "text/plain; charset=utf-8", report.into_bytes(), PLAIN_POLICY, &[]),
    }
}

/// `cv.pdf`, or `cv-short.pdf` for the variant `short`: only letters,
/// digits, `-`, `_` and `.` of the data file's name, so the header holds
/// nothing a browser could misread.
fn download_name(stem: &str, variant: Option<&str>) -> String {
    let clean = |text: &str| -> String {
        text.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect()
    };
    let mut name = clean(stem.trim_start_matches('.'));
    if name.is_empty() {
        name = "cv".into();
    }
    if let Some(variant) = variant {
        name = format!("{name}-{}", clean(variant));
    }
    format!("{name}.pdf")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_is_named_after_the_data_file_in_plain_characters() {
        assert_eq!(download_name("cv", None), "cv.pdf");
        assert_eq!(download_name("cv", Some("short")), "cv-short.pdf");
        assert_eq!(download_name("резюме \"x\"", Some("кратко")), "________x_-______.pdf");
        assert_eq!(download_name("..", None), "cv.pdf");
    }

    #[test]
    fn the_state_in_the_page_cannot_close_the_element_it_is_carried_in() {
        let view = serde_json::json!({"report": "x </script><script>alert(1)</script> <!-- y"}).to_string();
        let page = index(&view);
        assert_eq!(page.matches("</script>").count(), INDEX.matches("</script>").count() + 1, "{page}");
        assert!(!page.contains("<script>alert") && !page.contains("<!-- y"), "{page}");
        let start = page.find("id=\"state\">").unwrap() + "id=\"state\">".len();
        let carried = &page[start..start + page[start..].find("</script>").unwrap()];
        assert_eq!(serde_json::from_str::<serde_json::Value>(carried).unwrap().to_string(), view);
    }
}

//! What the web outputs (Markdown and HTML) share: which link targets a page
//! may carry, the heading line of a job, the photo as a data URI.

use crate::contract::markup::Inline;
use crate::contract::{Job, Rich};

/// Whether a link target from the data may become a link on a web page:
/// `http:`, `https:`, `mailto:`, `tel:` or a relative address. Anything else
/// (`javascript:`, `data:`, `vbscript:`, `file:`) would run code or reach
/// the reader's machine when clicked, so its text is shown without a link.
pub fn safe_url(url: &str) -> bool {
    // Browsers drop leading control characters and spaces, and tabs and
    // newlines anywhere, before they read the scheme.
    let cleaned: String =
        url.trim_start_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let scheme_end = cleaned.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    match scheme_end {
        Some(end) if end > 0 && cleaned[end..].starts_with(':') => {
            let scheme = cleaned[..end].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        // No scheme: a path, `//host/…`, `?query` or `#fragment`.
        _ => !cleaned.chars().any(char::is_control),
    }
}

/// Rich text as a reader sees it, without formatting.
pub fn plain(nodes: &[Inline]) -> String {
    crate::contract::markup::plain_nodes(nodes)
}

/// The name a job goes by in its heading: its title, else its position,
/// else the company.
pub fn job_heading(job: &Job) -> &Rich {
    job.title.as_ref().or(job.position.as_ref()).unwrap_or(&job.company)
}

/// The period of a job as a phrase inside a line, as the owner's page has
/// it: «ноябрь 2023 — по настоящее время». The contract capitalises the
/// start for the start of a line; inside a sentence the month starts as
/// the language's file says (lower case in Russian, capitalised in English,
/// German and Turkish).
pub fn period_phrase(job: &Job, lang: &str) -> String {
    // The contract's no-break space before the dash is for a narrow
    // column; inside a line an ordinary space reads the same.
    let start = job.period.start.replace('\u{a0}', " ");
    let start = if facts(lang).is_some_and(|facts| facts.month_lower) { start.to_lowercase() } else { start };
    format!("{start} {}", job.period.end)
}

/// The Open Graph locale of a page in `lang` (`ru_RU`), from the language's
/// file; none for a language without one, since a guessed territory would
/// be wrong.
pub fn og_locale(lang: &str) -> Option<String> {
    facts(lang).and_then(|facts| facts.og_locale)
}

fn facts(lang: &str) -> Option<crate::contract::locale::Facts> {
    crate::data::model::Lang::parse(lang).ok().map(crate::contract::locale::facts)
}

/// Whether a job's company line would only repeat its heading: the job has
/// no title or position, or its title is the company's name, and there is no
/// site or city to add.
pub fn company_in_heading(job: &Job) -> bool {
    plain(job_heading(job)) == plain(&job.company) && job.url.is_none() && job.city.is_none()
}

/// A JPEG as a `data:` URI, so a page carries its photo inside itself.
pub fn jpeg_data_uri(jpeg: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(23 + jpeg.len().div_ceil(3) * 4);
    out.push_str("data:image/jpeg;base64,");
    for chunk in jpeg.chunks(3) {
        let bytes = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
        for (index, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(ALPHABET[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_mail_phone_and_relative_links_are_safe() {
        for url in
            ["https://x.org", "http://x.org/a?b#c", "mailto:a@b.c", "tel:+7900", "/cv.pdf", "//x.org", "#top", "a/b"]
        {
            assert!(safe_url(url), "{url}");
        }
        for url in ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:x", "data:text/html,x", "vbscript:x"] {
            assert!(!safe_url(url), "{url}");
        }
    }

    #[test]
    fn data_uris_are_standard_base64() {
        assert_eq!(jpeg_data_uri(b""), "data:image/jpeg;base64,");
        assert_eq!(jpeg_data_uri(b"f"), "data:image/jpeg;base64,Zg==");
        assert_eq!(jpeg_data_uri(b"fo"), "data:image/jpeg;base64,Zm8=");
        assert_eq!(jpeg_data_uri(b"foo"), "data:image/jpeg;base64,Zm9v");
        assert_eq!(jpeg_data_uri(b"foobar"), "data:image/jpeg;base64,Zm9vYmFy");
        assert_eq!(jpeg_data_uri(&[0xff, 0xfe, 0xfd]), "data:image/jpeg;base64,//79");
    }
}

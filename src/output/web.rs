//! What the web outputs (Markdown and HTML) share: which link targets a page
//! may carry, the photo as a data URI. Their words come from the contract.

use crate::markup::Inline;

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
    crate::markup::plain_nodes(nodes)
}

/// A JPEG as a `data:` URI, so a page carries its photo inside itself.
pub fn jpeg_data_uri(jpeg: &[u8]) -> String {
    use base64::Engine;
    format!("data:image/jpeg;base64,{}", base64::engine::general_purpose::STANDARD.encode(jpeg))
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

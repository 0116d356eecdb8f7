//! The finish of a printed page, as values: how a link reads on paper
//! (`link_text`), which icon stands before a contact (`icons`), and the QR
//! code of the CV's address (`qr`) as a matrix of modules the template
//! draws as vector squares.

use serde::Serialize;

use super::{Rich, url_text};
use crate::markup::Inline;

/// How a link of the contacts is printed: the design's `link_text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkText {
    /// Its label, as written («GitHub»): today's look.
    #[default]
    Label,
    /// Its short address (`github.com/name`), which works on paper.
    Address,
    /// Both: «GitHub (github.com/name)».
    Both,
}

impl LinkText {
    /// The design's word, `label` when the template has no such option.
    pub fn of(word: Option<&str>) -> LinkText {
        match word {
            Some("address") => LinkText::Address,
            Some("both") => LinkText::Both,
            _ => LinkText::Label,
        }
    }

    /// What is printed for a link with `label` to `url`.
    pub fn text(self, label: Rich, url: &str) -> Rich {
        let address = short_address(url);
        // A label that is the address already is printed once.
        let plain = crate::markup::plain_nodes(&label);
        if short_address(plain.trim()) == address {
            return label;
        }
        match self {
            LinkText::Label => label,
            LinkText::Address => vec![Inline::Text(address)],
            LinkText::Both => {
                let mut nodes = label;
                nodes.push(Inline::Text(format!(" ({address})")));
                nodes
            }
        }
    }
}

/// An address as a reader types it: no scheme, no `www.`, no trailing
/// slash: `https://www.github.com/ann/` reads `github.com/ann`.
pub fn short_address(url: &str) -> String {
    let text = url_text(url).text;
    let text = text.strip_prefix("www.").unwrap_or(&text);
    text.trim_end_matches('/').to_owned()
}

/// The icon of a link, by the site it leads to: a name the templates'
/// icon font has a glyph for, `link` for any other site.
pub fn icon_of(url: &str) -> &'static str {
    let address = short_address(url).to_lowercase();
    let host = address.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let is = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    if url.starts_with("mailto:") {
        "email"
    } else if url.starts_with("tel:") {
        "phone"
    } else if is("github.com") {
        "github"
    } else if is("gitlab.com") {
        "gitlab"
    } else if is("linkedin.com") {
        "linkedin"
    } else if is("t.me") || is("telegram.me") || is("telegram.org") {
        "telegram"
    } else if is("twitter.com") || is("x.com") {
        "twitter"
    } else if is("stackoverflow.com") || is("stackexchange.com") {
        "stackoverflow"
    } else {
        "link"
    }
}

/// A QR code: the address it holds and its modules, row by row from the
/// top, `true` for a dark one. The quiet zone around it is the
/// template's to leave (four modules wide).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Qr {
    pub url: String,
    /// Modules across (and down).
    pub size: usize,
    pub rows: Vec<Vec<bool>>,
}

/// The QR code of `url` at error correction level M (15 % of the code may
/// be lost), or none when the address is too long for any QR code.
pub fn qr(url: &str) -> Option<Qr> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
    let size = code.width();
    let colors = code.to_colors();
    let rows = colors.chunks(size).map(|row| row.iter().map(|&color| color == qrcode::Color::Dark).collect()).collect();
    Some(Qr { url: url.to_owned(), size, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_address_has_no_scheme_www_or_trailing_slash() {
        assert_eq!(short_address("https://www.github.com/ann/"), "github.com/ann");
        assert_eq!(short_address("http://example.org"), "example.org");
        assert_eq!(short_address("https://t.me/ann"), "t.me/ann");
    }

    #[test]
    fn both_reads_label_then_address_in_brackets() {
        let label = vec![Inline::Text("GitHub".into())];
        let both = LinkText::Both.text(label.clone(), "https://github.com/ann/");
        assert_eq!(both, vec![Inline::Text("GitHub".into()), Inline::Text(" (github.com/ann)".into())]);
        assert_eq!(
            LinkText::Address.text(label.clone(), "https://github.com/ann"),
            vec![Inline::Text("github.com/ann".into())]
        );
        assert_eq!(LinkText::Label.text(label.clone(), "https://github.com/ann"), label);
        let written = vec![Inline::Text("github.com/ann".into())];
        assert_eq!(LinkText::Both.text(written.clone(), "https://github.com/ann/"), written);
    }

    #[test]
    fn icons_follow_the_site_not_the_label() {
        assert_eq!(icon_of("https://github.com/ann"), "github");
        assert_eq!(icon_of("https://www.linkedin.com/in/ann"), "linkedin");
        assert_eq!(icon_of("https://t.me/ann"), "telegram");
        assert_eq!(icon_of("https://notgithub.com/ann"), "link");
        assert_eq!(icon_of("https://evil.example/github.com"), "link");
    }

    #[test]
    fn a_qr_code_is_square_with_finder_patterns_in_three_corners() {
        let code = qr("https://ann.example.org").unwrap();
        assert_eq!(code.rows.len(), code.size);
        assert!(code.rows.iter().all(|row| row.len() == code.size));
        // The finder pattern's outer ring: seven dark modules along the top.
        let last = code.size - 1;
        assert!(code.rows[0][..7].iter().all(|&dark| dark));
        assert!(code.rows[0][last - 6..].iter().all(|&dark| dark));
        assert!(code.rows[last][..7].iter().all(|&dark| dark));
        // Inside the ring a light one, then the dark centre.
        assert!(!code.rows[1][1] && code.rows[2][2]);
    }
}

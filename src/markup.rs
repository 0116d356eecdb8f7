//! Inline Markdown in data text, parsed into structured rich text.
//!
//! Templates never see Markdown and never see Typst markup built from data:
//! they receive a list of [`Inline`] nodes and render each one with the
//! `rich` helper of `typst/common/cv.typ`. Plain text stays a string value,
//! so characters that mean something in Typst (`#`, `$`, `<`, `@`, `*`, `_`,
//! `//`, `= `) are printed literally.
//!
//! Only inline constructs are honoured: bold, italic, code, links and hard
//! line breaks. Text that CommonMark would read as a block (a leading `#`,
//! `- `, `1. `, `>`) is escaped first, because a CV line such as
//! «2016. Something» must stay a line of text, not become a list.
//!
//! What a template can lay out is bounded, and [`check`] holds data to it
//! before anything is rendered: spans nest at most [`MAX_NESTING`] deep, a
//! text has at most [`MAX_NODES`] nodes, and a link goes to a web, mail or
//! phone address. Parsing is linear in the text's length.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// One node of rich text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Inline {
    /// Literal text.
    Text(String),
    /// A formatted span.
    Span(Span),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Span {
    Strong {
        body: Vec<Inline>,
    },
    Emph {
        body: Vec<Inline>,
    },
    Code {
        text: String,
    },
    Link {
        url: String,
        body: Vec<Inline>,
    },
    /// A hard line break.
    Break,
}

/// How deep formatting may nest in one text (`**_[a](b)_**` is 3). Typst
/// stops at 64 levels of nested content, and a template's own layout, a
/// list nested in a list, and the spans of one item share them.
pub const MAX_NESTING: usize = 16;

/// How many nodes one text may have. Templates walk the nodes in a loop
/// whose cost grows faster than their number.
pub const MAX_NODES: usize = 1000;

/// Parses one data string into rich text. Text that [`check`] refuses is
/// parsed all the same, as far as it goes; validation keeps it from
/// templates.
pub fn parse(text: &str) -> Vec<Inline> {
    match parse_checked(text) {
        Ok(nodes) | Err(Refused { nodes, .. }) => nodes,
    }
}

/// Whether a data string is rich text a template can lay out: an error
/// message for the user when it is not.
pub fn check(text: &str) -> Result<(), String> {
    parse_checked(text).map(drop).map_err(|refused| refused.why)
}

/// Why a text was refused, with what was parsed before that.
struct Refused {
    why: String,
    nodes: Vec<Inline>,
}

fn parse_checked(text: &str) -> Result<Vec<Inline>, Refused> {
    let escaped = escape_block_markers(text);
    let mut root: Vec<Inline> = Vec::new();
    // Open formatting spans, innermost last, each with the nodes it holds.
    let mut open: Vec<(Frame, Vec<Inline>)> = Vec::new();
    let mut count = 0usize;
    let mut problem: Option<String> = None;
    for event in Parser::new_ext(&escaped, Options::empty()) {
        if problem.is_some() {
            break;
        }
        if matches!(event, Event::Start(_) | Event::Code(_) | Event::HardBreak | Event::Text(_)) {
            count += 1;
            if count > MAX_NODES {
                problem = Some(format!(
                    "the text has more than {MAX_NODES} pieces of formatting and text; split it, or use less \
                     formatting"
                ));
                break;
            }
        }
        if let Event::Start(Tag::Strong | Tag::Emphasis | Tag::Link { .. } | Tag::Image { .. }) = &event
            && open.len() >= MAX_NESTING
        {
            problem = Some(format!("formatting is nested more than {MAX_NESTING} levels deep"));
            break;
        }
        let current = match open.last_mut() {
            Some((_, nodes)) => nodes,
            None => &mut root,
        };
        match event {
            Event::Start(Tag::Strong) => open.push((Frame::Strong, Vec::new())),
            Event::Start(Tag::Emphasis) => open.push((Frame::Emph, Vec::new())),
            Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                // `<name@example.org>` links to the address by mail.
                let url = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.into_string(),
                };
                if let Err(why) = check_link(&url) {
                    problem = Some(format!("a link in the text: {why}"));
                }
                open.push((Frame::Link(url), Vec::new()));
            }
            // An image in a CV line is shown as its alt text: data never
            // makes the template load a file.
            Event::Start(Tag::Image { .. }) => open.push((Frame::Transparent, Vec::new())),
            Event::End(TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link | TagEnd::Image) => {
                if let Some((frame, body)) = open.pop() {
                    if let Frame::Link(_) = frame {
                        let mut shown = String::new();
                        append_plain(&body, &mut shown);
                        if is_blank(&shown) {
                            problem = Some(
                                "a link in the text has no text to show; write it as [text](https://example.org)"
                                    .into(),
                            );
                        } else if let Err(why) = check_trailing_soft_hyphen(&shown) {
                            problem = Some(format!("a link in the text: {why}"));
                        }
                    }
                    let parent = match open.last_mut() {
                        Some((_, nodes)) => nodes,
                        None => &mut root,
                    };
                    close(parent, frame, body);
                }
            }
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => push_text(current, &text),
            Event::Code(code) => current.push(Inline::Span(Span::Code { text: code.into_string() })),
            Event::SoftBreak => push_text(current, " "),
            // Paragraph boundaries of a multi-paragraph string become breaks;
            // other block events cannot occur after escaping.
            Event::HardBreak | Event::End(TagEnd::Paragraph) => current.push(Inline::Span(Span::Break)),
            _ => {}
        }
    }
    // pulldown-cmark closes every span it opens; fold in any that were not,
    // rather than lose their text.
    while let Some((_, body)) = open.pop() {
        let parent = match open.last_mut() {
            Some((_, nodes)) => nodes,
            None => &mut root,
        };
        close(parent, Frame::Transparent, body);
    }
    while matches!(root.last(), Some(Inline::Span(Span::Break))) {
        root.pop();
    }
    match problem {
        Some(why) => Err(Refused { why, nodes: root }),
        None => Ok(root),
    }
}

fn close(parent: &mut Vec<Inline>, frame: Frame, body: Vec<Inline>) {
    match frame {
        Frame::Strong => parent.push(Inline::Span(Span::Strong { body })),
        Frame::Emph => parent.push(Inline::Span(Span::Emph { body })),
        Frame::Link(url) => parent.push(Inline::Span(Span::Link { url, body })),
        Frame::Transparent => body.into_iter().for_each(|node| push(parent, node)),
    }
}

/// The text of a data string as a reader sees it, without Markdown syntax.
pub fn plain(text: &str) -> String {
    plain_nodes(&parse(text))
}

/// Rich text as a reader sees it, without formatting.
pub fn plain_nodes(nodes: &[Inline]) -> String {
    let mut out = String::new();
    append_plain(nodes, &mut out);
    out
}

fn append_plain(nodes: &[Inline], out: &mut String) {
    for node in nodes {
        match node {
            Inline::Text(text) => out.push_str(text),
            Inline::Span(Span::Strong { body } | Span::Emph { body } | Span::Link { body, .. }) => {
                append_plain(body, out)
            }
            Inline::Span(Span::Code { text }) => out.push_str(text),
            Inline::Span(Span::Break) => out.push('\n'),
        }
    }
}

#[derive(Debug, Clone)]
enum Frame {
    Strong,
    Emph,
    Link(String),
    Transparent,
}

fn push(nodes: &mut Vec<Inline>, node: Inline) {
    match node {
        Inline::Text(text) => push_text(nodes, &text),
        other => nodes.push(other),
    }
}

fn push_text(nodes: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text(last)) = nodes.last_mut() {
        last.push_str(text);
    } else {
        nodes.push(Inline::Text(text.to_owned()));
    }
}

/// Backslash-escapes what would start a block in CommonMark, line by line,
/// and drops leading indentation (which would start a code block).
fn escape_block_markers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let line = line.trim_start();
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let after_digits = line.as_bytes().get(digits).copied();
        if digits > 0 && matches!(after_digits, Some(b'.' | b')')) {
            out.push_str(&line[..digits]);
            out.push('\\');
            out.push_str(&line[digits..]);
        } else if line.starts_with(['#', '>', '-', '+', '*', '=', '_', '~', '`', '|']) && !starts_inline(line) {
            out.push('\\');
            out.push_str(line);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Whether a line starting with a marker character is really inline syntax:
/// emphasis or bold (`*word*`, `**word**`, `_word_`) or a code span.
fn starts_inline(line: &str) -> bool {
    let rest = line.trim_start_matches(['*', '_']);
    let marker_len = line.len() - rest.len();
    let emphasis = marker_len > 0 && marker_len <= 3 && rest.chars().next().is_some_and(|c| !c.is_whitespace());
    let code = line.starts_with('`') && !line.starts_with("```");
    emphasis || code
}

// ---- Addresses and visible text ----

/// Whether a text shows nothing: it holds only white space and characters
/// that print as nothing (soft hyphens, zero-width spaces and joiners, the
/// byte order mark). A template cannot lay out a link of such text.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// A character that prints as nothing: a soft hyphen, a zero-width space or
/// joiner, a direction mark, an invisible operator, the byte order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// A soft hyphen at the end of a text (before white space) marks a break
/// after the last letter, where there is nothing to break; at the end of a
/// link's text it broke the tagged PDF.
pub fn check_trailing_soft_hyphen(text: &str) -> Result<(), String> {
    if text.trim_end_matches(|c: char| c.is_whitespace() || (is_invisible(c) && c != '\u{ad}')).ends_with('\u{ad}') {
        return Err("the text ends with a soft hyphen (U+00AD), which hyphenates nothing; remove it".into());
    }
    Ok(())
}

/// The longest address cvpdf accepts: browsers' old limit, a quarter of
/// what a PDF link may hold.
pub const MAX_URL_BYTES: usize = 2000;

/// The target of a link in text: an address [`check_url`] accepts, or a
/// phone number as `tel:+7900…`.
pub fn check_link(url: &str) -> Result<(), String> {
    if url.is_empty() {
        return Err("the link has no address; write it as [text](https://example.org)".into());
    }
    if let Some(number) = url.strip_prefix("tel:") {
        let digits = number.chars().filter(char::is_ascii_digit).count();
        let plausible = url.len() <= 64
            && digits >= 3
            && number.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')'));
        return if plausible {
            Ok(())
        } else {
            Err(format!("expected a phone address like tel:+79000000000, found {url:?}"))
        };
    }
    check_url(url)
        .map_err(|why| format!("{why} (links go to web, mail or phone addresses: https:, http:, mailto:, tel:)"))
}

/// An absolute web or mail address: `https://host/…`, `http://…` or `mailto:…`.
pub fn check_url(url: &str) -> Result<(), String> {
    if url.len() > MAX_URL_BYTES {
        return Err(format!("the address is {} bytes long; at most {MAX_URL_BYTES} are allowed", url.len()));
    }
    let expected = || format!("expected an address like https://example.org, found {url:?}");
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || is_invisible(c)) {
        return Err(expected());
    }
    if let Some(mail) = url.strip_prefix("mailto:") {
        return check_email(mail);
    }
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).ok_or_else(expected)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let name = host.split(':').next().unwrap_or_default();
    if name.is_empty() || name.starts_with('.') || name.ends_with('.') {
        return Err(expected());
    }
    Ok(())
}

/// A plausible e-mail address: one `@`, a local part, and a domain with a
/// dot, at most 254 bytes long as mail systems allow.
pub fn check_email(email: &str) -> Result<(), String> {
    let expected = || format!("expected an e-mail address like name@example.org, found {email:?}");
    if email.len() > 254 {
        return Err(format!("the e-mail address is {} bytes long; at most 254 are allowed", email.len()));
    }
    let (local, domain) = email.split_once('@').ok_or_else(expected)?;
    let plausible = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || matches!(c, '<' | '>' | ',' | ';'));
    if plausible { Ok(()) } else { Err(expected()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_owned())
    }

    #[test]
    fn bold_inside_a_word() {
        assert_eq!(
            parse("**po**stgresql - я"),
            vec![Inline::Span(Span::Strong { body: vec![text("po")] }), text("stgresql - я")]
        );
    }

    #[test]
    fn links_and_code() {
        assert_eq!(
            parse("на [гитхаб](https://x.y/z) и `make`"),
            vec![
                text("на "),
                Inline::Span(Span::Link { url: "https://x.y/z".into(), body: vec![text("гитхаб")] }),
                text(" и "),
                Inline::Span(Span::Code { text: "make".into() }),
            ]
        );
    }

    #[test]
    fn block_markers_stay_text() {
        for line in
            ["# not a heading", "- not a list", "1. not numbered", "> not a quote", "= heading?", "---", "* star"]
        {
            assert_eq!(plain(line), line, "{line}");
        }
    }

    #[test]
    fn typst_syntax_is_literal_text() {
        let hostile = r#"#read("/etc/passwd") $x$ <x> @ref a * b snake_case // = x"#;
        assert_eq!(plain(hostile), hostile);
    }

    #[test]
    fn emphasis_at_line_start_is_kept() {
        assert_eq!(parse("_Аристотель_"), vec![Inline::Span(Span::Emph { body: vec![text("Аристотель")] })]);
    }

    /// Emphasis and strong spans inside each other, `levels` deep, with a
    /// link innermost.
    fn nested(levels: usize) -> String {
        let mut text = "[x](https://e.org)".to_owned();
        for level in 1..levels {
            text = if level % 2 == 0 { format!("*a {text} a*") } else { format!("**b {text} b**") };
        }
        text
    }

    fn depth(nodes: &[Inline]) -> usize {
        nodes
            .iter()
            .map(|node| match node {
                Inline::Span(Span::Strong { body } | Span::Emph { body } | Span::Link { body, .. }) => 1 + depth(body),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn formatting_nests_up_to_the_limit_and_no_deeper() {
        let deepest = nested(MAX_NESTING);
        assert_eq!(depth(&parse(&deepest)), MAX_NESTING);
        assert!(check(&deepest).is_ok());
        let error = check(&nested(MAX_NESTING + 1)).unwrap_err();
        assert_eq!(error, "formatting is nested more than 16 levels deep");
        // A long run of stars nests as deep as it is long.
        assert!(check(&format!("{}a{}", "*".repeat(5000), "*".repeat(5000))).is_err());
    }

    #[test]
    fn a_text_of_too_many_pieces_is_refused() {
        assert!(check(&"*a* ".repeat(MAX_NODES / 4)).is_ok());
        let error = check(&"*a*a".repeat(MAX_NODES)).unwrap_err();
        assert!(error.contains("more than 1000 pieces"), "{error}");
    }

    #[test]
    fn links_go_only_to_web_mail_and_phone_addresses() {
        for good in ["https://e.org/x?y#z", "http://e.org", "mailto:a@e.org", "tel:+7-900-000-00-00"] {
            assert!(check(&format!("[a]({good})")).is_ok(), "{good}");
        }
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "//server/share", "\\\\server\\share", "/x", "#top"] {
            let error = check(&format!("[a]({bad})")).unwrap_err();
            assert!(error.starts_with("a link in the text: "), "{bad}: {error}");
        }
        assert!(check("[a]()").unwrap_err().contains("no address"));
        for blank in ["[](https://e.org)", "[ \u{ad}](https://e.org)", "[**\u{200b}**](https://e.org)"] {
            assert!(check(blank).unwrap_err().contains("no text to show"), "{blank:?}");
        }
        // A soft hyphen ending a link's text broke the tagged PDF.
        assert!(check("[a\u{ad}](https://e.org) b").unwrap_err().contains("ends with a soft hyphen"));
        assert!(check("[a\u{ad}b](https://e.org)").is_ok());
        assert!(check(&format!("[a](https://e.org/{})", "a".repeat(3000))).unwrap_err().contains("at most 2000"));
    }

    #[test]
    fn mail_autolinks_become_mailto_links() {
        assert_eq!(
            parse("<a@e.org>"),
            vec![Inline::Span(Span::Link { url: "mailto:a@e.org".into(), body: vec![text("a@e.org")] })]
        );
    }

    #[test]
    fn images_become_their_alt_text() {
        assert_eq!(plain("see ![a photo](/etc/passwd)"), "see a photo");
    }
}

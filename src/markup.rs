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

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
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
    Strong { body: Vec<Inline> },
    Emph { body: Vec<Inline> },
    Code { text: String },
    Link { url: String, body: Vec<Inline> },
    /// A hard line break.
    Break,
}

/// Parses one data string into rich text.
pub fn parse(text: &str) -> Vec<Inline> {
    let escaped = escape_block_markers(text);
    let mut stack: Vec<(Option<Frame>, Vec<Inline>)> = vec![(None, Vec::new())];
    for event in Parser::new_ext(&escaped, Options::empty()) {
        match event {
            Event::Start(Tag::Strong) => stack.push((Some(Frame::Strong), Vec::new())),
            Event::Start(Tag::Emphasis) => stack.push((Some(Frame::Emph), Vec::new())),
            Event::Start(Tag::Link { dest_url, .. }) => {
                stack.push((Some(Frame::Link(dest_url.into_string())), Vec::new()))
            }
            // An image in a CV line is shown as its alt text: data never
            // makes the template load a file.
            Event::Start(Tag::Image { .. }) => stack.push((Some(Frame::Transparent), Vec::new())),
            Event::End(TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link | TagEnd::Image) => {
                if stack.len() > 1 {
                    let (frame, body) = stack.pop().unwrap_or_default();
                    let top = &mut stack.last_mut().expect("the root frame is never popped").1;
                    match frame {
                        Some(Frame::Strong) => top.push(Inline::Span(Span::Strong { body })),
                        Some(Frame::Emph) => top.push(Inline::Span(Span::Emph { body })),
                        Some(Frame::Link(url)) => top.push(Inline::Span(Span::Link { url, body })),
                        Some(Frame::Transparent) | None => body.into_iter().for_each(|node| push(top, node)),
                    }
                }
            }
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                push_text(&mut stack.last_mut().expect("root frame").1, &text)
            }
            Event::Code(code) => {
                stack.last_mut().expect("root frame").1.push(Inline::Span(Span::Code { text: code.into_string() }))
            }
            Event::SoftBreak => push_text(&mut stack.last_mut().expect("root frame").1, " "),
            Event::HardBreak => stack.last_mut().expect("root frame").1.push(Inline::Span(Span::Break)),
            // Paragraph boundaries of a multi-paragraph string become breaks;
            // other block events cannot occur after escaping.
            Event::End(TagEnd::Paragraph) => stack.last_mut().expect("root frame").1.push(Inline::Span(Span::Break)),
            _ => {}
        }
    }
    // Unclosed frames cannot happen with pulldown-cmark, but fold them in
    // rather than lose text if they ever do.
    while stack.len() > 1 {
        let (_, body) = stack.pop().unwrap_or_default();
        let top = &mut stack.last_mut().expect("root frame").1;
        body.into_iter().for_each(|node| push(top, node));
    }
    let mut nodes = stack.pop().map(|(_, nodes)| nodes).unwrap_or_default();
    while matches!(nodes.last(), Some(Inline::Span(Span::Break))) {
        nodes.pop();
    }
    nodes
}

/// The text of a data string as a reader sees it, without Markdown syntax.
pub fn plain(text: &str) -> String {
    let mut out = String::new();
    append_plain(&parse(text), &mut out);
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
        for line in ["# not a heading", "- not a list", "1. not numbered", "> not a quote", "= heading?", "---", "* star"] {
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

    #[test]
    fn images_become_their_alt_text() {
        assert_eq!(plain("see ![a photo](/etc/passwd)"), "see a photo");
    }
}

//! HTML in a text field made into the data format's inline Markdown.
//!
//! Some JSON Resume editors store rich text as HTML (`<p>`, `<ul><li>`,
//! `<strong>`, `<a href>`). Printed as it is, the tags would show on the CV;
//! this turns the common ones into Markdown (bold, italic, links, lists,
//! paragraphs), decodes entities, escapes the text between tags so that it
//! prints as written, and drops every other tag while keeping its text. It
//! is a small converter for the markup of rich-text editors, not a browser:
//! scripts and styles are dropped whole.

use super::text::escape;

/// Whether `text` holds HTML markup: a tag cvpdf knows or an entity.
pub(crate) fn is_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    const TAGS: &[&str] = &[
        "<p>", "<p ", "</p>", "<br", "<ul", "<ol", "<li", "<b>", "</b>", "<strong", "<i>", "</i>", "<em>", "<a ",
        "</a>", "<div", "<span", "<u>", "<h1", "<h2", "<h3", "<h4", "<code", "<small", "<sup", "<sub", "<font",
    ];
    const ENTITIES: &[&str] = &["&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#"];
    TAGS.iter().any(|tag| lower.contains(tag)) || ENTITIES.iter().any(|entity| lower.contains(entity))
}

/// HTML as Markdown text: paragraphs and list items on lines of their own
/// (`- ` or `1. `), inline markup as `**`, `*`, `` ` `` and `[text](url)`.
pub(crate) fn to_markdown(html: &str) -> String {
    let mut out = String::new();
    // Open lists: whether each is numbered, and its next number.
    let mut lists: Vec<(bool, usize)> = Vec::new();
    let mut links: Vec<Option<String>> = Vec::new();
    let mut skip_until: Option<&'static str> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..open]);
        }
        let after = &rest[open..];
        let Some(close) = after.find('>') else {
            // A lone `<` is text.
            if skip_until.is_none() {
                push_text(&mut out, after);
            }
            break;
        };
        let tag = &after[1..close];
        rest = &after[close + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(end) = skip_until {
            if closing && name == end {
                skip_until = None;
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("script", false) => skip_until = Some("script"),
            ("style", false) => skip_until = Some("style"),
            ("b" | "strong", _) => out.push_str("**"),
            ("i" | "em", _) => out.push('*'),
            ("code", _) => out.push('`'),
            ("br", _) => out.push('\n'),
            ("p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6", _) => paragraph_break(&mut out),
            ("ul", false) => {
                lists.push((false, 1));
                line_break(&mut out);
            }
            ("ol", false) => {
                lists.push((true, 1));
                line_break(&mut out);
            }
            ("ul" | "ol", true) => {
                lists.pop();
                paragraph_break(&mut out);
            }
            ("li", false) => {
                line_break(&mut out);
                let depth = lists.len().saturating_sub(1);
                out.push_str(&"  ".repeat(depth));
                match lists.last_mut() {
                    Some((true, number)) => {
                        out.push_str(&format!("{number}. "));
                        *number += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            ("li", true) => line_break(&mut out),
            ("a", false) => {
                let href =
                    attribute(tag, "href").filter(|href| href.starts_with("http") || href.starts_with("mailto:"));
                if href.is_some() {
                    out.push('[');
                }
                links.push(href);
            }
            ("a", true) => {
                if let Some(Some(href)) = links.pop() {
                    out.push_str(&format!("]({})", href.replace(' ', "%20").replace(')', "%29")));
                }
            }
            _ => {}
        }
    }
    // Lines trimmed, runs of blank lines made one.
    let mut lines: Vec<String> = Vec::new();
    for line in out.lines() {
        let line = line.trim_end().to_owned();
        let blank = line.trim().is_empty();
        if blank && lines.last().is_none_or(|last| last.is_empty()) {
            continue;
        }
        lines.push(if blank { String::new() } else { line });
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

fn line_break(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn paragraph_break(out: &mut String) {
    if !out.is_empty() && !out.ends_with("\n\n") {
        line_break(out);
        out.push('\n');
    }
}

/// Text between tags: entities decoded, white space collapsed as a browser
/// does, and escaped so that it prints as written.
fn push_text(out: &mut String, raw: &str) {
    let decoded = decode(raw);
    let collapsed: String = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        if !decoded.is_empty() && !out.ends_with([' ', '\n']) && !out.is_empty() {
            out.push(' ');
        }
        return;
    }
    if decoded.starts_with(char::is_whitespace) && !out.ends_with([' ', '\n']) && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&escape(&collapsed));
    if decoded.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

/// The value of attribute `name` in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = &tag[at..];
    let value = match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next()?,
        _ => rest.split(char::is_whitespace).next()?,
    };
    Some(decode(value).trim().to_owned())
}

/// Decodes the named entities rich-text editors write and numeric ones.
pub(crate) fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after.find(';').filter(|&end| end <= 10);
        let decoded = end.and_then(|end| {
            let name = &after[1..end];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" | "#39" => '\'',
                "nbsp" => '\u{a0}',
                "ndash" => '–',
                "mdash" => '—',
                "hellip" => '…',
                "laquo" => '«',
                "raquo" => '»',
                "rsquo" => '’',
                "lsquo" => '‘',
                "ldquo" => '“',
                "rdquo" => '”',
                "bull" => '•',
                "euro" => '€',
                "copy" => '©',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?
                }
            };
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::plain;

    #[test]
    fn rich_text_becomes_markdown() {
        let html = "<p>Led the <strong>payments</strong> team &amp; <em>grew</em> it.</p><ul><li>Cut costs by 30%</li><li>See <a href=\"https://example.org/x\">the talk</a></li></ul><p>Tools: C++ *and* Go<br>Second line</p>";
        assert_eq!(
            to_markdown(html),
            "Led the **payments** team & *grew* it.\n\n- Cut costs by 30%\n- See [the talk](https://example.org/x)\n\nTools: C++ \\*and\\* Go\nSecond line"
        );
        assert_eq!(to_markdown("<ol><li>One</li><li>Two</li></ol>"), "1. One\n2. Two");
        assert_eq!(to_markdown("a<script>alert(1)</script>b"), "ab");
        assert_eq!(plain(&to_markdown("<b>x</b> &lt;b&gt; &#233;t&eacute;")), "x <b> ét&eacute;");
        assert!(is_html("<p>x</p>") && is_html("Tom &amp; Jerry") && !is_html("a < b and c > d"));
    }
}

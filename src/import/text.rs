//! Text from another format made into the data format's text: plain text
//! escaped so that it prints as written, multi-line text split into
//! paragraphs and lists, and addresses checked the way `cvpdf check` does.
//!
//! hh.ru keeps plain text (a `*` is a star), JSON Resume keeps Markdown
//! (most of its themes render it), and the data format keeps inline
//! Markdown; [`Flavor`] says which the source is.

use super::draft::{Block, Item};

/// What the source's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    /// Plain text: every character prints as written. Each line is a
    /// paragraph or, after a `-`, `•`, `*`… or `1.`, a list item.
    Plain,
    /// Markdown: kept as written. Lines of a paragraph are joined; `#`
    /// lines are headings.
    Markdown,
}

/// One line of source text as data text: white space collapsed and, for
/// plain text, inline Markdown escaped.
pub(crate) fn line(text: &str, flavor: Flavor) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flavor {
        Flavor::Plain => escape(&collapsed),
        Flavor::Markdown => collapsed,
    }
}

/// A single-line value, or none when it is blank.
pub(crate) fn field(text: Option<&str>, flavor: Flavor) -> Option<String> {
    text.map(|text| line(text, flavor)).filter(|text| !text.is_empty())
}

/// `text` without the characters the data format refuses in a text, and
/// what was taken out, as a note for the report: control characters that
/// draw nothing and are no white space (a bell, a NUL, an escape; a tab or
/// a line break is white space, which the import already makes into a
/// space or a new line), and the bidirectional embeddings, overrides and
/// isolates, which reorder text unseen and which right-to-left text does
/// not need. None when the text has none.
pub(crate) fn without_unprintable(text: &str) -> Option<(String, String)> {
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let control = |c: char| c.is_control() && !c.is_whitespace();
    if !text.chars().any(|c| control(c) || bidi(c)) {
        return None;
    }
    let mut removed: Vec<char> = Vec::new();
    let cleaned: String = text
        .chars()
        .filter(|&c| {
            let drop = control(c) || bidi(c);
            if drop && !removed.contains(&c) {
                removed.push(c);
            }
            !drop
        })
        .collect();
    let named: Vec<String> = removed.iter().map(|c| format!("U+{:04X}", u32::from(*c))).collect();
    let what = match (removed.iter().any(|&c| control(c)), removed.iter().any(|&c| bidi(c))) {
        (true, false) => "control character",
        (false, true) => "bidirectional control character",
        _ => "control character",
    };
    let plural = if removed.len() == 1 { "" } else { "s" };
    let why = match (removed.iter().all(|&c| bidi(c)), removed.len() == 1) {
        (true, true) => "it reorders text unseen",
        (true, false) => "they reorder text unseen",
        (false, true) => "it prints as nothing",
        (false, false) => "they print as nothing",
    };
    let note = format!("removed the {what}{plural} {} ({why})", named.join(", "));
    Some((cleaned, note))
}

/// Backslash-escapes what inline Markdown would read as syntax, so that the
/// text prints exactly as written. Block markers at the start of a line are
/// escaped by the renderer itself.
pub(crate) fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 4);
    for (index, &c) in chars.iter().enumerate() {
        let before = index.checked_sub(1).and_then(|i| chars.get(i)).copied();
        let after = chars.get(index + 1).copied();
        let needs = match c {
            '\\' | '`' | '*' | '[' | ']' => true,
            // An underscore inside a word never starts emphasis.
            '_' => !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)),
            // An entity (`&amp;`, `&#38;`) or an HTML tag or autolink.
            '&' => after.is_some_and(|a| a.is_ascii_alphanumeric() || a == '#'),
            '<' => after.is_some_and(|a| a.is_ascii_alphabetic() || matches!(a, '/' | '!' | '?')),
            _ => false,
        };
        if needs {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Multi-line text as blocks: paragraphs, bulleted and numbered lists
/// (nested by indentation) and, in Markdown, headings.
pub(crate) fn blocks(text: &str, flavor: Flavor) -> Vec<Block> {
    let mut builder = Builder { flavor, blocks: Vec::new(), paragraph: Vec::new(), lists: Vec::new() };
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for raw in text.split('\n') {
        let indent = raw.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\t' { 4 } else { 1 }).sum();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            builder.flush_paragraph();
            continue;
        }
        if flavor == Flavor::Markdown
            && let Some(heading) = heading(trimmed)
        {
            builder.flush_all();
            builder.blocks.push(Block::Heading(line(heading, flavor)));
            continue;
        }
        if let Some((kind, rest)) = marker(trimmed, flavor) {
            builder.flush_paragraph();
            builder.item(indent, kind, line(rest, flavor));
            continue;
        }
        if let Some(top) = builder.lists.last_mut()
            && indent > top.indent
            && let Some(last) = top.items.last_mut()
        {
            // A continuation of the last item.
            let joiner = if flavor == Flavor::Markdown { "\n" } else { " " };
            last.text = format!("{}{joiner}{}", last.text, line(trimmed, flavor));
            continue;
        }
        builder.close_lists();
        builder.paragraph.push(line(trimmed, flavor));
        if flavor == Flavor::Plain {
            builder.flush_paragraph();
        }
    }
    builder.flush_all();
    builder.blocks
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bullet,
    Number,
}

struct OpenList {
    indent: usize,
    kind: Kind,
    items: Vec<Item>,
}

struct Builder {
    flavor: Flavor,
    blocks: Vec<Block>,
    paragraph: Vec<String>,
    /// Open lists, outermost first; each nested one belongs to the last item
    /// of the one before it.
    lists: Vec<OpenList>,
}

impl Builder {
    fn flush_paragraph(&mut self) {
        if !self.paragraph.is_empty() {
            let joiner = if self.flavor == Flavor::Markdown { "\n" } else { " " };
            self.blocks.push(Block::Paragraph(self.paragraph.join(joiner)));
            self.paragraph.clear();
        }
    }

    fn flush_all(&mut self) {
        self.flush_paragraph();
        self.close_lists();
    }

    /// Closes the innermost list into its parent's last item, or into a block.
    fn pop_list(&mut self) {
        let Some(list) = self.lists.pop() else { return };
        match self.lists.last_mut().and_then(|parent| parent.items.last_mut()) {
            Some(parent_item) => parent_item.items.extend(list.items),
            None => self.blocks.push(match list.kind {
                Kind::Bullet => Block::List(list.items),
                Kind::Number => Block::Numbered(list.items),
            }),
        }
    }

    fn close_lists(&mut self) {
        while !self.lists.is_empty() {
            self.pop_list();
        }
    }

    fn item(&mut self, indent: usize, kind: Kind, text: String) {
        // Deeper indentation than this stays at the deepest level.
        const MAX_DEPTH: usize = 6;
        while let Some(top) = self.lists.last() {
            if indent < top.indent || (indent == top.indent && kind != top.kind && self.lists.len() == 1) {
                self.pop_list();
            } else {
                break;
            }
        }
        let full = self.lists.len() >= MAX_DEPTH;
        match self.lists.last_mut() {
            Some(top) if indent <= top.indent || top.items.is_empty() || full => top.items.push(Item::new(text)),
            _ => self.lists.push(OpenList { indent, kind, items: vec![Item::new(text)] }),
        }
    }
}

/// A list marker at the start of a line, and the text after it.
fn marker(line: &str, flavor: Flavor) -> Option<(Kind, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if let Some(text) = rest.strip_prefix(['.', ')'])
            && text.starts_with(char::is_whitespace)
        {
            return Some((Kind::Number, text.trim()));
        }
    }
    let first = line.chars().next()?;
    let rest = &line[first.len_utf8()..];
    let spaced = rest.starts_with(char::is_whitespace);
    let bullet = match flavor {
        Flavor::Markdown => matches!(first, '-' | '*' | '+') && spaced,
        // Dashes and stars need a space after them ("-5 %" is not an item);
        // typographic bullets do not.
        Flavor::Plain => {
            (matches!(first, '-' | '*' | '+' | '–' | '—' | '·' | '>') && spaced)
                || matches!(first, '•' | '●' | '▪' | '◦' | '○' | '■' | '□' | '►' | '▸' | '✓' | '✔' | '➢' | '⁃')
        }
    };
    (bullet && !rest.trim().is_empty()).then(|| (Kind::Bullet, rest.trim()))
}

/// The text of a Markdown heading line (`# …` to `###### …`).
fn heading(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && rest.starts_with(char::is_whitespace))
        .then(|| rest.trim().trim_end_matches('#').trim_end())
        .filter(|text| !text.is_empty())
}

/// A web address as `cvpdf check` wants it, adding `https://` to an address
/// written without a scheme (`www.example.org`); none when it cannot be one.
pub(crate) fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    if crate::markup::check_url(text).is_ok() {
        return Some(text.to_owned());
    }
    let bare = !text.contains("://") && text.contains('.') && !text.starts_with('@') && !text.contains('@');
    let with_scheme = format!("https://{text}");
    (bare && crate::markup::check_url(&with_scheme).is_ok()).then_some(with_scheme)
}

/// An e-mail address `cvpdf check` accepts, or none.
pub(crate) fn email(text: &str) -> Option<String> {
    let text = text.trim();
    crate::markup::check_email(text).is_ok().then(|| text.to_owned())
}

/// A phone number `cvpdf check` accepts (five digits or more), or none.
pub(crate) fn phone(text: &str) -> Option<String> {
    let text = line(text, Flavor::Markdown);
    (text.chars().filter(char::is_ascii_digit).count() >= 5).then_some(text)
}

/// Inline Markdown of a link, with the text escaped for the brackets.
pub(crate) fn link(text: &str, url: &str) -> String {
    let text = text.replace('[', "\\[").replace(']', "\\]");
    if url.contains([' ', '(', ')', '<', '>']) { format!("[{text}](<{url}>)") } else { format!("[{text}]({url})") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::plain;

    #[test]
    fn escaped_plain_text_prints_exactly_as_written() {
        let alphabet = ['a', '_', '*', '`', '[', ']', '\\', '<', '&', '#', ';', ' ', '!', '(', ')', '1', '.'];
        let mut cases = vec![String::new()];
        for _ in 0..4 {
            cases = cases
                .iter()
                .flat_map(|prefix| alphabet.iter().map(move |c| format!("{prefix}{c}")))
                .chain(cases.iter().cloned())
                .collect();
            cases.sort();
            cases.dedup();
        }
        assert!(cases.len() > 80_000);
        for case in cases.iter().filter(|case| case.trim() == case.as_str() && !case.contains("  ")) {
            assert_eq!(plain(&escape(case)), *case, "escaped as {:?}", escape(case));
        }
        for hostile in [
            "C++ & C#; 100 %",
            "snake_case and _emph_ and __bold__",
            "**not bold** `not code` [not](link) <b>not html</b> <https://x.y>",
            "&amp; &#38; a&b",
            "# not a heading",
            "2016. Год",
            "![alt](/etc/passwd)",
            "#read(\"/etc/passwd\") $x$ @ref // = x",
        ] {
            assert_eq!(plain(&escape(hostile)), hostile);
        }
        assert_eq!(escape("snake_case"), "snake_case", "an underscore inside a word needs no escape");
    }

    #[test]
    fn plain_descriptions_become_paragraphs_and_items() {
        let text = "Разработка сервисов.\nЗадачи:\n- API на Go\n- PostgreSQL *тюнинг*\n\n• Итог: 2×\n1. первое\n2) второе\n-5 % затрат";
        assert_eq!(
            blocks(text, Flavor::Plain),
            vec![
                Block::Paragraph("Разработка сервисов.".into()),
                Block::Paragraph("Задачи:".into()),
                Block::List(vec![Item::new("API на Go"), Item::new("PostgreSQL \\*тюнинг\\*"), Item::new("Итог: 2×")]),
                Block::Numbered(vec![Item::new("первое"), Item::new("второе")]),
                Block::Paragraph("-5 % затрат".into()),
            ]
        );
    }

    #[test]
    fn indented_items_nest() {
        let text = "- a\n  - a1\n  - a2\n- b\n    continued";
        assert_eq!(
            blocks(text, Flavor::Markdown),
            vec![Block::List(vec![
                Item { text: "a".into(), items: vec![Item::new("a1"), Item::new("a2")] },
                Item::new("b\ncontinued"),
            ])]
        );
    }

    #[test]
    fn deep_indentation_nests_only_so_far() {
        let text: String = (0..200).map(|level| format!("{}- item {level}\n", " ".repeat(level * 2))).collect();
        fn depth(items: &[Item]) -> usize {
            1 + items.iter().map(|item| if item.items.is_empty() { 0 } else { depth(&item.items) }).max().unwrap_or(0)
        }
        let blocks = blocks(&text, Flavor::Markdown);
        let [Block::List(items)] = blocks.as_slice() else { panic!("not one list: {blocks:?}") };
        assert_eq!(depth(items), 6);
    }

    #[test]
    fn markdown_keeps_syntax_joins_lines_and_reads_headings() {
        let text = "First **line**\nsame paragraph\n\n### How I work\n1. One\n2. Two\n\n\\- not a list";
        assert_eq!(
            blocks(text, Flavor::Markdown),
            vec![
                Block::Paragraph("First **line**\nsame paragraph".into()),
                Block::Heading("How I work".into()),
                Block::Numbered(vec![Item::new("One"), Item::new("Two")]),
                Block::Paragraph("\\- not a list".into()),
            ]
        );
    }

    #[test]
    fn addresses_are_checked_and_completed() {
        assert_eq!(web_address("www.rbc.ru").as_deref(), Some("https://www.rbc.ru"));
        assert_eq!(web_address("http://example.com/").as_deref(), Some("http://example.com/"));
        assert_eq!(web_address("echo123"), None);
        assert_eq!(web_address("name@example.org"), None);
        assert_eq!(email("a@b.ru").as_deref(), Some("a@b.ru"));
        assert_eq!(email("a at b"), None);
        assert_eq!(phone("+7 (900) 123-45-67").as_deref(), Some("+7 (900) 123-45-67"));
        assert_eq!(phone("123"), None);
        assert_eq!(plain(&link("A [b]", "https://x.y/(z)")), "A [b]");
    }
}

//! What a data file may ask of cvpdf before anything else reads it: how
//! far its YAML aliases expand, and how long one text may be.
//!
//! A YAML alias (`*a`) repeats the node its anchor (`&a`) names, so a file
//! of a few hundred kilobytes can stand for gigabytes: a list of a thousand
//! aliases to a list of a thousand items is a million items ("billion
//! laughs"). serde_yaml expands every alias while it reads, and `--set`
//! writes the expanded document back out, so the size the aliases stand for
//! is counted here first, on the parser's events, without expanding
//! anything. A file without aliases always passes: its expanded size is
//! its own.
//!
//! A text is laid out as one paragraph, and a very long one costs Typst
//! time and memory far beyond its size (a headline of 390 KB took 36 s and
//! 6 GB). [`text_limit`] says how long a text of each kind of field may be.

use yaml_rust2::parser::{Event, Parser};

/// The most the document may stand for once its aliases are expanded:
/// every node counts one, and every scalar its bytes besides. A file at the
/// 1 MiB cap without aliases weighs at most 1.5 MiB.
pub const MAX_EXPANDED: u64 = 2 << 20;

/// Why a text is refused: where, and what to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// The line and column (1-based) of the alias that went past the limit.
    pub at: (usize, usize),
    pub message: String,
}

/// Checks that `text`'s aliases expand to at most [`MAX_EXPANDED`]. Text
/// that does not parse passes: the YAML parser reports it later.
pub fn check_expansion(text: &str) -> Result<(), Expansion> {
    // Cheap first: without an alias there is nothing to expand.
    if !text.contains('*') {
        return Ok(());
    }
    let mut parser = Parser::new_from_str(text);
    // The expanded weight of each anchor, by the parser's anchor id.
    let mut anchors: Vec<u64> = Vec::new();
    // The nodes being read: their anchor id and the weight so far.
    let mut open: Vec<(usize, u64)> = Vec::new();
    let mut total: u64 = 0;
    loop {
        let Ok((event, marker)) = parser.next_token() else { return Ok(()) };
        let finished = match event {
            Event::StreamEnd => return Ok(()),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((anchor, 1));
                None
            }
            Event::SequenceEnd | Event::MappingEnd => open.pop(),
            Event::Scalar(value, _, anchor, _) => Some((anchor, 1 + value.len() as u64)),
            Event::Alias(anchor) => Some((0, anchors.get(anchor).copied().unwrap_or(1))),
            _ => None,
        };
        let Some((anchor, weight)) = finished else { continue };
        if anchor > 0 {
            if anchors.len() <= anchor {
                anchors.resize(anchor + 1, 0);
            }
            anchors[anchor] = weight;
        }
        match open.last_mut() {
            Some((_, parent)) => *parent = parent.saturating_add(weight),
            None => total = total.saturating_add(weight),
        }
        let inside: u64 = open.iter().fold(0u64, |sum, (_, weight)| sum.saturating_add(*weight));
        if total.saturating_add(inside) > MAX_EXPANDED {
            return Err(Expansion {
                at: (marker.line(), marker.col() + 1),
                message: format!(
                    "the aliases (`*name`) expand the data past {} MiB, far more than any CV; write the repeated \
                     values out, or repeat fewer of them",
                    MAX_EXPANDED >> 20
                ),
            });
        }
    }
}

/// The longest text, in characters, that a field whose key is `key` may
/// hold: a line of a heading or of the running header (a name, a
/// headline, a company, a skill) is a line; anything else is a paragraph.
pub fn text_limit(key: &str) -> (usize, &'static str) {
    if LINES.contains(&key) { (MAX_LINE, "a line") } else { (MAX_PARAGRAPH, "a paragraph") }
}

/// Fields that print as one line of a heading, a list of chips or the
/// running header.
const LINES: &[&str] = &[
    "name",
    "headline",
    "salary",
    "status",
    "location",
    "relocation",
    "remote",
    "travel",
    "company",
    "title",
    "position",
    "department",
    "city",
    "industry",
    "industry_area",
    "institution",
    "level",
    "faculty",
    "degree",
    "label",
    "skills",
    "specialisations",
    "employment",
    "author",
];

/// The longest line: three lines of a heading at the widest template.
pub const MAX_LINE: usize = 300;
/// The longest paragraph: some two pages of body text. A longer text is
/// several paragraphs, or list items.
pub const MAX_PARAGRAPH: usize = 5000;

#[cfg(test)]
mod tests {
    use super::*;

    fn bomb(width: usize) -> String {
        let items = vec!["abcdefghij"; width].join(", ");
        let aliases = vec!["*a"; width].join(", ");
        format!("skills: &a [{items}]\nabout: [{aliases}]\n")
    }

    #[test]
    fn aliases_that_expand_far_are_refused_where_they_pass_the_limit() {
        assert!(check_expansion(&bomb(100)).is_ok());
        let refused = check_expansion(&bomb(2000)).unwrap_err();
        assert_eq!(refused.at.0, 2, "{refused:?}");
        assert!(refused.message.contains("expand the data past 2 MiB"), "{}", refused.message);
    }

    #[test]
    fn nested_aliases_multiply() {
        // Each level is ten of the one before: a5 (line 6) stands for a
        // million items and passes the limit.
        let mut text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n".to_owned();
        for level in 1..8 {
            let previous = format!("*a{}", level - 1);
            text.push_str(&format!("a{level}: &a{level} [{}]\n", [previous.as_str(); 10].join(", ")));
        }
        let refused = check_expansion(&text).unwrap_err();
        assert_eq!(refused.at.0, 6, "{refused:?}");
    }

    #[test]
    fn a_file_without_aliases_is_not_read_twice() {
        let text = format!("skills: [{}]\n", vec!["a"; 300_000].join(", "));
        assert!(check_expansion(&text).is_ok());
        // Stars in text are not aliases.
        assert!(check_expansion("about: [\"**bold** *a\"]\n").is_ok());
    }
}

//! Where a field sits in the YAML text, for errors found after parsing.
//!
//! serde_yaml knows the line of a syntax or type error, but a check that runs
//! on the typed model («the job ends before it starts») only knows the field
//! path, such as `experience[2].end`. This module reads the same text with
//! an event parser that reports positions, and maps every path to the line
//! and column of its key (or of its item, inside a list).

use std::collections::BTreeMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

/// Line and column, both 1-based, of every field path in the text, and the
/// keys of every mapping.
#[derive(Debug, Default)]
pub struct Locations {
    by_path: BTreeMap<String, (usize, usize)>,
    /// Where a key is written a second time in its mapping.
    again: BTreeMap<String, (usize, usize)>,
    /// The plain keys of each mapping, by the mapping's path, so language
    /// maps (`{ru: …, en: …}`) can be told from others.
    maps: BTreeMap<String, Vec<String>>,
}

impl Locations {
    /// Maps the paths of the first document in `text`. Text that does not
    /// parse gives an empty map: errors then show the path alone.
    pub fn of(text: &str) -> Locations {
        let mut walker = Walker {
            parser: Parser::new_from_str(text),
            by_path: BTreeMap::new(),
            again: BTreeMap::new(),
            maps: BTreeMap::new(),
            first_key: None,
        };
        // Skip to the document's root node.
        loop {
            match walker.next() {
                Some((Event::StreamStart | Event::DocumentStart, _)) => continue,
                Some((event, _)) => {
                    walker.node(event, "");
                    break;
                }
                None => break,
            }
        }
        Locations { by_path: walker.by_path, again: walker.again, maps: walker.maps }
    }

    /// The position of the second `path` in its mapping, if it is written twice.
    pub fn again(&self, path: &str) -> Option<(usize, usize)> {
        self.again.get(path).copied()
    }

    /// Every mapping's path (the root's is empty) with its plain keys.
    pub fn maps(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.maps.iter().map(|(path, keys)| (path.as_str(), keys.as_slice()))
    }

    /// The position of `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path;
        loop {
            if let Some(&at) = self.by_path.get(path) {
                return Some(at);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

struct Walker<'a> {
    parser: Parser<std::str::Chars<'a>>,
    by_path: BTreeMap<String, (usize, usize)>,
    again: BTreeMap<String, (usize, usize)>,
    maps: BTreeMap<String, Vec<String>>,
    /// The position of the first key of the mapping walked last. A list
    /// item that is a mapping is located there: the parser marks the start
    /// of a block mapping after its first key.
    first_key: Option<(usize, usize)>,
}

fn position(marker: Marker) -> (usize, usize) {
    (marker.line(), marker.col() + 1)
}

impl Walker<'_> {
    fn next(&mut self) -> Option<(Event, Marker)> {
        match self.parser.next_token() {
            Ok((Event::StreamEnd, _)) | Err(_) => None,
            Ok(token) => Some(token),
        }
    }

    /// Walks one key and its value inside a mapping at `path`.
    fn entry(&mut self, key: Event, marker: Marker, path: &str) -> Option<()> {
        let key = match key {
            Event::Scalar(key, ..) => key,
            // A complex key: walk it and give up on naming the value.
            other => {
                self.node(other, path)?;
                let (value, _) = self.next()?;
                return self.node(value, path);
            }
        };
        let child = if path.is_empty() { key } else { format!("{path}.{key}") };
        if self.by_path.contains_key(&child) {
            self.again.entry(child.clone()).or_insert(position(marker));
        } else {
            self.by_path.insert(child.clone(), position(marker));
        }
        let (value, _) = self.next()?;
        self.node(value, &child)
    }

    /// Walks the node that starts with `event`, recording the paths below `path`.
    fn node(&mut self, event: Event, path: &str) -> Option<()> {
        match event {
            Event::MappingStart(..) => {
                let mut first_key = None;
                let mut keys = Vec::new();
                loop {
                    let (key, marker) = self.next()?;
                    first_key.get_or_insert(position(marker));
                    if key == Event::MappingEnd {
                        self.first_key = first_key;
                        self.maps.entry(path.to_owned()).or_insert(keys);
                        return Some(());
                    }
                    if let Event::Scalar(name, ..) = &key {
                        keys.push(name.clone());
                    }
                    self.entry(key, marker, path)?;
                }
            }
            Event::SequenceStart(..) => {
                for index in 0.. {
                    let (item, marker) = self.next()?;
                    if item == Event::SequenceEnd {
                        return Some(());
                    }
                    let child = format!("{path}[{index}]");
                    let is_mapping = matches!(item, Event::MappingStart(..));
                    self.first_key = None;
                    self.node(item, &child)?;
                    let at = if is_mapping { self.first_key.unwrap_or(position(marker)) } else { position(marker) };
                    self.by_path.entry(child).or_insert(at);
                }
                Some(())
            }
            _ => Some(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
lang: ru
person:
  name: Иван
experience:
  - company: A
    start: \"2020-01\"
  - company: B
    start: \"2021-01\"
    end: \"2020-05\"
    items:
      - one
      - {text: two, items: [x]}
";

    #[test]
    fn keys_and_items_are_found() {
        let at = Locations::of(TEXT);
        assert_eq!(at.find("lang"), Some((1, 1)));
        assert_eq!(at.find("person.name"), Some((3, 3)));
        assert_eq!(at.find("experience[1].end"), Some((9, 5)));
        assert_eq!(at.find("experience[1].items[1]"), Some((12, 10)));
    }

    #[test]
    fn unknown_paths_fall_back_to_their_parent() {
        let at = Locations::of(TEXT);
        assert_eq!(at.find("experience[1].nothing"), Some((7, 5)));
        assert_eq!(at.find("nowhere"), None);
    }

    #[test]
    fn broken_yaml_keeps_the_keys_read_before_the_break() {
        // The parser stops at the unclosed bracket; `a` was read before it.
        assert_eq!(Locations::of("a: [unclosed").find("a"), Some((1, 1)));
        assert_eq!(Locations::of("a: 1\nb: [unclosed").find("b"), Some((2, 1)));
        assert_eq!(Locations::of("a: [unclosed\nb: 2").find("b"), None);
        assert_eq!(Locations::of(": : :").find("x"), None);
    }
}

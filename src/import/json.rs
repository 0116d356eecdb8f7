//! A JSON document read as people write it, with the line and column of
//! every value.
//!
//! JSON Resume files are hand-edited, and the readers their authors tried
//! them with (JavaScript's, most themes') forgive what strict JSON refuses.
//! This reader accepts the same: a trailing comma, a key written twice (the
//! last wins, as in JavaScript), `//` and `/* */` comments, and a raw tab or
//! line break inside a string; each is a warning at its place, not a
//! refusal. Anything else that is not JSON is an error at its line and
//! column. Each value remembers where it was written and whether the
//! importer read it, so that unread keys can be kept and listed, and every
//! later problem can point at its line.

use std::cell::Cell;

/// Line and column, both 1-based; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A value and where it starts.
#[derive(Debug)]
pub(crate) struct Node {
    pub value: Value,
    pub at: Pos,
    read: Cell<bool>,
}

#[derive(Debug)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// A number as written, so nothing is rounded.
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in the order written, each key once.
    Object(Vec<(String, Node)>),
}

impl Node {
    /// Marks the value as used by the importer.
    pub fn mark(&self) {
        self.read.set(true);
    }

    pub fn is_read(&self) -> bool {
        self.read.get()
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|(name, _)| name == key).map(|(_, node)| node),
            _ => None,
        }
    }

    pub fn members(&self) -> &[(String, Node)] {
        match &self.value {
            Value::Object(members) => members,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Array(items) => items,
            _ => &[],
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// What the value is, for messages.
    pub fn kind(&self) -> &'static str {
        match &self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The value as serde_json's, for keeping and for generic handling.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(flag) => serde_json::Value::Bool(*flag),
            Value::Number(text) => {
                serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.clone()))
            }
            Value::String(text) => serde_json::Value::String(text.clone()),
            Value::Array(items) => serde_json::Value::Array(items.iter().map(Node::to_json).collect()),
            Value::Object(members) => {
                serde_json::Value::Object(members.iter().map(|(key, node)| (key.clone(), node.to_json())).collect())
            }
        }
    }
}

/// A parsed document and what was forgiven in it.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub root: Node,
    /// `(where, what)`, in the order of the text.
    pub warnings: Vec<(Pos, String)>,
}

/// Nesting deeper than this is no CV.
const MAX_DEPTH: usize = 128;

/// Parses `text` leniently; an error is `(where, what)`.
pub(crate) fn parse(text: &str) -> Result<Parsed, (Pos, String)> {
    let mut parser = Parser { chars: text.chars().collect(), index: 0, line: 1, column: 1, warnings: Vec::new() };
    parser.skip_space()?;
    let root = parser.value(0)?;
    parser.skip_space()?;
    if parser.index < parser.chars.len() {
        return Err((parser.pos(), "more text after the document's end".into()));
    }
    Ok(Parsed { root, warnings: parser.warnings })
}

struct Parser {
    chars: Vec<char>,
    index: usize,
    line: usize,
    column: usize,
    warnings: Vec<(Pos, String)>,
}

impl Parser {
    fn pos(&self) -> Pos {
        Pos { line: self.line, column: self.column }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.index).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.index += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn found(&self) -> String {
        match self.peek() {
            None => "the end of the file".into(),
            Some(c) => format!("{c:?}"),
        }
    }

    /// Skips white space and comments (a warning each).
    fn skip_space(&mut self) -> Result<(), (Pos, String)> {
        loop {
            match self.peek() {
                Some(' ' | '\t' | '\n' | '\r' | '\u{feff}') => {
                    self.bump();
                }
                Some('/') if self.chars.get(self.index + 1) == Some(&'/') => {
                    self.warnings.push((self.pos(), "a comment, which JSON does not allow; skipped".into()));
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                Some('/') if self.chars.get(self.index + 1) == Some(&'*') => {
                    let at = self.pos();
                    self.warnings.push((at, "a comment, which JSON does not allow; skipped".into()));
                    self.bump();
                    self.bump();
                    loop {
                        match self.bump() {
                            None => return Err((at, "a comment that never ends (no */)".into())),
                            Some('*') if self.peek() == Some('/') => {
                                self.bump();
                                break;
                            }
                            Some(_) => {}
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, (Pos, String)> {
        if depth > MAX_DEPTH {
            return Err((self.pos(), format!("nested deeper than {MAX_DEPTH} levels")));
        }
        let at = self.pos();
        let value = match self.peek() {
            Some('{') => self.object(depth)?,
            Some('[') => self.array(depth)?,
            Some('"') => Value::String(self.string()?),
            Some(c) if c == '-' || c.is_ascii_digit() => Value::Number(self.number()?),
            Some(c) if c.is_ascii_alphabetic() => {
                let mut word = String::new();
                while let Some(c) = self.peek().filter(char::is_ascii_alphanumeric) {
                    word.push(c);
                    self.bump();
                }
                match word.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    "null" => Value::Null,
                    _ => return Err((at, format!("expected a value, found the word {word:?} (text needs quotes)"))),
                }
            }
            _ => return Err((at, format!("expected a value, found {}", self.found()))),
        };
        Ok(Node { value, at, read: Cell::new(false) })
    }

    fn object(&mut self, depth: usize) -> Result<Value, (Pos, String)> {
        let open = self.pos();
        self.bump();
        let mut members: Vec<(String, Node)> = Vec::new();
        loop {
            self.skip_space()?;
            match self.peek() {
                Some('}') => {
                    self.bump();
                    return Ok(Value::Object(members));
                }
                Some('"') => {}
                None => return Err((open, "an object that never closes (no })".into())),
                _ => return Err((self.pos(), format!("expected a key in quotes or }}, found {}", self.found()))),
            }
            let key_at = self.pos();
            let key = self.string()?;
            self.skip_space()?;
            if self.peek() != Some(':') {
                return Err((self.pos(), format!("expected : after the key {key:?}, found {}", self.found())));
            }
            self.bump();
            self.skip_space()?;
            let node = self.value(depth + 1)?;
            match members.iter_mut().find(|(name, _)| *name == key) {
                Some((_, earlier)) => {
                    self.warnings.push((
                        key_at,
                        format!(
                            "the key {key:?} is written again (first at line {}); the last one is used",
                            earlier.at.line
                        ),
                    ));
                    *earlier = node;
                }
                None => members.push((key, node)),
            }
            self.after_element(open, '}', ("member", "a member"), "an object")?;
        }
    }

    /// What may follow a member of an object or an item of an array: a
    /// comma (one before the closing bracket is allowed, with a warning) or
    /// the closing bracket, which is left for the caller's loop.
    fn after_element(
        &mut self,
        open: Pos,
        close: char,
        (element, an_element): (&str, &str),
        container: &str,
    ) -> Result<(), (Pos, String)> {
        self.skip_space()?;
        match self.peek() {
            Some(',') => {
                let comma = self.pos();
                self.bump();
                self.skip_space()?;
                if self.peek() == Some(close) {
                    self.warnings.push((comma, format!("a comma after the last {element}, which JSON does not allow")));
                }
                Ok(())
            }
            Some(c) if c == close => Ok(()),
            None => Err((open, format!("{container} that never closes (no {close})"))),
            _ => Err((self.pos(), format!("expected , or {close} after {an_element}, found {}", self.found()))),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, (Pos, String)> {
        let open = self.pos();
        self.bump();
        let mut items = Vec::new();
        loop {
            self.skip_space()?;
            match self.peek() {
                Some(']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                None => return Err((open, "an array that never closes (no ])".into())),
                _ => {}
            }
            items.push(self.value(depth + 1)?);
            self.after_element(open, ']', ("item", "an item"), "an array")?;
        }
    }

    fn string(&mut self) -> Result<String, (Pos, String)> {
        let open = self.pos();
        self.bump();
        let mut out = String::new();
        let mut warned = false;
        loop {
            let at = self.pos();
            match self.bump() {
                None => return Err((open, "a string that never closes (no closing \")".into())),
                Some('"') => return Ok(out),
                Some('\\') => match self.bump() {
                    Some('"') => out.push('"'),
                    Some('\\') => out.push('\\'),
                    Some('/') => out.push('/'),
                    Some('b') => out.push('\u{8}'),
                    Some('f') => out.push('\u{c}'),
                    Some('n') => out.push('\n'),
                    Some('r') => out.push('\r'),
                    Some('t') => out.push('\t'),
                    Some('u') => {
                        let first = self.hex4(at)?;
                        let code = if (0xd800..0xdc00).contains(&first)
                            && self.peek() == Some('\\')
                            && self.chars.get(self.index + 1) == Some(&'u')
                        {
                            self.bump();
                            self.bump();
                            let second = self.hex4(at)?;
                            if (0xdc00..0xe000).contains(&second) {
                                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                            } else {
                                return Err((at, "a broken surrogate pair in a \\u escape".into()));
                            }
                        } else {
                            first
                        };
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    other => {
                        let shown = other.map_or("the end".to_owned(), |c| format!("{c:?}"));
                        return Err((at, format!("an unknown escape \\{shown} in a string")));
                    }
                },
                Some(c @ ('\n' | '\r' | '\t')) => {
                    if !warned {
                        self.warnings.push((at, "a raw line break or tab inside a string; kept".into()));
                        warned = true;
                    }
                    out.push(c);
                }
                Some(c) if c.is_control() => {
                    return Err((at, format!("a control character U+{:04X} in a string", c as u32)));
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn hex4(&mut self, at: Pos) -> Result<u32, (Pos, String)> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.bump().and_then(|c| c.to_digit(16));
            code = code * 16 + digit.ok_or((at, "expected four hex digits after \\u".to_owned()))?;
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<String, (Pos, String)> {
        let at = self.pos();
        let mut text = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E')) {
            text.push(c);
            self.bump();
        }
        if serde_json::from_str::<serde_json::Number>(&text).is_err() {
            return Err((at, format!("{text:?} is not a number")));
        }
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgives_what_javascript_does_and_says_where() {
        let text = "{\n  \"a\": [1, 2,],\n  // note\n  \"b\": \"x\",\n  \"b\": \"y\",\n}";
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.root.get("b").and_then(Node::as_str), Some("y"));
        assert_eq!(parsed.root.get("a").map(|a| a.items().len()), Some(2));
        let warnings: Vec<String> = parsed.warnings.iter().map(|(at, what)| format!("{at} {what}")).collect();
        assert_eq!(
            warnings,
            [
                "2:13 a comma after the last item, which JSON does not allow",
                "3:3 a comment, which JSON does not allow; skipped",
                "5:3 the key \"b\" is written again (first at line 4); the last one is used",
                "5:11 a comma after the last member, which JSON does not allow",
            ]
        );
        assert_eq!(parsed.root.get("b").map(|b| b.at), Some(Pos { line: 5, column: 8 }));
    }

    #[test]
    fn refuses_what_is_not_json_at_its_place() {
        for (text, expected) in [
            ("{\"a\": }", "1:7 expected a value, found '}'"),
            ("{\"a\": 1 \"b\": 2}", "1:9 expected , or } after a member, found '\"'"),
            ("{\"a\": \"x", "1:7 a string that never closes (no closing \")"),
            ("{\"a\": yes}", "1:7 expected a value, found the word \"yes\" (text needs quotes)"),
            ("{} x", "1:4 more text after the document's end"),
            ("{\"a\": 01.}", "1:7 \"01.\" is not a number"),
        ] {
            let (at, what) = parse(text).unwrap_err();
            assert_eq!(format!("{at} {what}"), expected, "{text}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(parse(&deep).unwrap_err().1.contains("nested deeper"));
    }

    #[test]
    fn strings_and_numbers_read_as_serde_json_reads_them() {
        let text = r#"{"s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": -1.5e3, "t": true, "z": null}"#;
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.root.to_json(), serde_json::from_str::<serde_json::Value>(text).unwrap());
    }
}

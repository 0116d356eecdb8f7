//! What a PDF's fonts say about their glyphs: how a string of bytes splits
//! into character codes, how wide each code is, and which Unicode text each
//! code stands for, from the font's `ToUnicode` map or, for a simple font
//! without one, from its encoding's glyph names.
//!
//! The `ToUnicode` map is parsed here rather than by lopdf, whose parser
//! expands every range of a map into a reverse index: a hostile map with one
//! range over four-byte codes would take billions of steps. Here a lookup
//! costs a binary search, whatever the map holds.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Document, Object};

use super::reader::{capped_content, name_of, number, resolve};

/// At most this many mappings are read from one `ToUnicode` map.
const MAP_ENTRIES: usize = 200_000;

/// How a code of a font maps to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mapped {
    /// The text the font's map gives (one or more characters).
    Text(String),
    /// Neither a `ToUnicode` map nor an encoding says which character the
    /// code is: a parser gets nothing, or a guess.
    Unmapped,
}

/// A font as the reader needs it.
#[derive(Debug)]
pub(crate) struct Font {
    /// The font's name without a subset tag (`ABCDEF+Inter-Bold` is `Inter-Bold`).
    pub(crate) name: String,
    pub(crate) bold: bool,
    kind: Kind,
    to_unicode: Option<UnicodeMap>,
    /// Each one-byte code's text from the encoding's glyph names, for a
    /// simple font without a `ToUnicode` map.
    encoding: Option<Vec<Option<String>>>,
    /// Type 3 fonts scale glyph widths by their own matrix, others by 1/1000.
    width_scale: f32,
}

#[derive(Debug)]
enum Kind {
    /// One byte per code, widths from `FirstChar`.
    Simple { first: u32, widths: Vec<f32>, missing: f32 },
    /// Codes of one to four bytes as the encoding's code space says; widths
    /// by CID (the code itself under `Identity-H`).
    Composite { spaces: Vec<CodeSpace>, identity: bool, widths: BTreeMap<u32, f32>, default: f32 },
}

/// A range of codes of one length, `low..=high` per byte.
#[derive(Debug, Clone)]
struct CodeSpace {
    low: Vec<u8>,
    high: Vec<u8>,
}

impl Font {
    /// Reads the font dictionary `dict`.
    pub(crate) fn read(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = dict.get(b"Subtype").ok().and_then(name_of).unwrap_or_default();
        let base = dict.get(b"BaseFont").ok().and_then(|name| name_of(resolve(doc, name))).unwrap_or_default();
        let name = match base.split_once('+') {
            Some((tag, rest)) if tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()) => rest.to_owned(),
            _ => base.clone(),
        };
        let to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .map(|object| resolve(doc, object))
            .and_then(|object| object.as_stream().ok())
            .and_then(|stream| capped_content(stream).ok())
            .map(|bytes| UnicodeMap::parse(&bytes));
        let descendant = dict
            .get(b"DescendantFonts")
            .ok()
            .map(|object| resolve(doc, object))
            .and_then(|object| object.as_array().ok())
            .and_then(|array| array.first())
            .and_then(|object| resolve(doc, object).as_dict().ok());
        let descriptor = descendant
            .unwrap_or(dict)
            .get(b"FontDescriptor")
            .ok()
            .and_then(|object| resolve(doc, object).as_dict().ok());
        let bold = is_bold(&name, descriptor);
        if subtype == "Type0" {
            let encoding = dict.get(b"Encoding").ok().map(|object| resolve(doc, object));
            let (spaces, identity) = match encoding {
                Some(Object::Stream(stream)) => {
                    let spaces = capped_content(stream).map(|bytes| code_spaces(&bytes)).unwrap_or_default();
                    (spaces, false)
                }
                Some(object) => {
                    let name = name_of(object).unwrap_or_default();
                    (Vec::new(), name.starts_with("Identity"))
                }
                None => (Vec::new(), true),
            };
            let spaces =
                if spaces.is_empty() { vec![CodeSpace { low: vec![0, 0], high: vec![255, 255] }] } else { spaces };
            let (widths, default) = descendant.map(|cid| cid_widths(doc, cid)).unwrap_or_default();
            return Font {
                name,
                bold,
                kind: Kind::Composite { spaces, identity, widths, default },
                to_unicode,
                encoding: None,
                width_scale: 0.001,
            };
        }
        let first = dict.get(b"FirstChar").ok().and_then(|object| number(resolve(doc, object))).unwrap_or(0.0) as u32;
        let widths = dict
            .get(b"Widths")
            .ok()
            .map(|object| resolve(doc, object))
            .and_then(|object| object.as_array().ok())
            .map(|array| array.iter().map(|width| number(resolve(doc, width)).unwrap_or(0.0)).collect())
            .unwrap_or_default();
        let missing = descriptor
            .and_then(|descriptor| descriptor.get(b"MissingWidth").ok())
            .and_then(|object| number(resolve(doc, object)))
            .unwrap_or(0.0);
        let width_scale = if subtype == "Type3" {
            dict.get(b"FontMatrix")
                .ok()
                .map(|object| resolve(doc, object))
                .and_then(|object| object.as_array().ok())
                .and_then(|array| array.first())
                .and_then(number)
                .unwrap_or(0.001)
        } else {
            0.001
        };
        let encoding = if to_unicode.is_none() { Some(simple_encoding(doc, dict)) } else { None };
        Font { name, bold, kind: Kind::Simple { first, widths, missing }, to_unicode, encoding, width_scale }
    }

    /// Splits a string of a text-showing operator into codes, each with its
    /// length in bytes.
    pub(crate) fn codes(&self, bytes: &[u8]) -> Vec<(u32, u8)> {
        match &self.kind {
            Kind::Simple { .. } => bytes.iter().map(|&byte| (u32::from(byte), 1)).collect(),
            Kind::Composite { spaces, .. } => {
                let mut codes = Vec::with_capacity(bytes.len() / 2);
                let mut rest = bytes;
                while !rest.is_empty() {
                    let length = spaces
                        .iter()
                        .find(|space| {
                            space.low.len() <= rest.len()
                                && (0..space.low.len()).all(|i| (space.low[i]..=space.high[i]).contains(&rest[i]))
                        })
                        .map_or_else(|| spaces[0].low.len().min(rest.len()), |space| space.low.len());
                    let code = rest[..length].iter().fold(0u32, |code, &byte| (code << 8) | u32::from(byte));
                    codes.push((code, length as u8));
                    rest = &rest[length..];
                }
                codes
            }
        }
    }

    /// The width of a code in text space units (before the font size).
    pub(crate) fn width(&self, code: u32) -> f32 {
        let width = match &self.kind {
            Kind::Simple { first, widths, missing } => {
                code.checked_sub(*first).and_then(|index| widths.get(index as usize)).copied().unwrap_or(*missing)
            }
            // Under an identity encoding the CID is the code; other CMaps map
            // codes to CIDs through tables this reader does not load, so
            // their widths fall back to the default.
            Kind::Composite { widths, default, identity, .. } => {
                if *identity {
                    widths.get(&code).copied().unwrap_or(*default)
                } else {
                    *default
                }
            }
        };
        width * self.width_scale
    }

    /// The text a code stands for.
    pub(crate) fn text(&self, code: u32, length: u8) -> Mapped {
        if let Some(map) = &self.to_unicode
            && let Some(text) = map.get(code, length)
        {
            return Mapped::Text(text);
        }
        if let Some(table) = &self.encoding
            && let Some(Some(text)) = table.get(code as usize)
        {
            return Mapped::Text(text.clone());
        }
        Mapped::Unmapped
    }
}

/// Whether a font is bold, by its name or its descriptor's weight.
fn is_bold(name: &str, descriptor: Option<&Dictionary>) -> bool {
    let lower = name.to_ascii_lowercase();
    let by_name = ["bold", "black", "heavy", "semibold", "demi"].iter().any(|word| lower.contains(word));
    let by_weight = descriptor
        .and_then(|descriptor| descriptor.get(b"FontWeight").ok())
        .and_then(number)
        .is_some_and(|weight| weight >= 600.0);
    // Bit 19 of the flags: ForceBold.
    let forced = descriptor
        .and_then(|descriptor| descriptor.get(b"Flags").ok())
        .and_then(|flags| flags.as_i64().ok())
        .is_some_and(|flags| flags & (1 << 18) != 0);
    by_name || by_weight || forced
}

/// The widths of a CID font: `W` (`c [w1 w2 …]` and `c1 c2 w` entries) and `DW`.
fn cid_widths(doc: &Document, cid: &Dictionary) -> (BTreeMap<u32, f32>, f32) {
    let default = cid.get(b"DW").ok().and_then(|object| number(resolve(doc, object))).unwrap_or(1000.0);
    let mut widths = BTreeMap::new();
    let Some(list) = cid.get(b"W").ok().map(|object| resolve(doc, object)).and_then(|object| object.as_array().ok())
    else {
        return (widths, default);
    };
    let mut index = 0;
    while index + 1 < list.len() && widths.len() < MAP_ENTRIES {
        let Some(first) = number(resolve(doc, &list[index])) else { break };
        match resolve(doc, &list[index + 1]) {
            Object::Array(each) => {
                for (offset, width) in each.iter().enumerate() {
                    widths.insert(first as u32 + offset as u32, number(resolve(doc, width)).unwrap_or(default));
                }
                index += 2;
            }
            last => {
                let (Some(last), Some(width)) = (number(last), list.get(index + 2).and_then(number)) else { break };
                let (first, last) = (first as u32, (last as u32).min(first as u32 + MAP_ENTRIES as u32));
                for code in first..=last {
                    widths.insert(code, width);
                }
                index += 3;
            }
        }
    }
    (widths, default)
}

/// Each one-byte code's text through the font's encoding (its base encoding
/// and `Differences`, by glyph name), as lopdf reads it.
fn simple_encoding(doc: &Document, dict: &Dictionary) -> Vec<Option<String>> {
    let encoding = dict.get_font_encoding(doc);
    (0..=255u8)
        .map(|code| {
            let text = encoding.as_ref().ok().and_then(|encoding| encoding.bytes_to_string(&[code]).ok())?;
            (!text.is_empty()).then_some(text)
        })
        .collect()
}

/// A token of a CMap: what its sections are made of.
#[derive(Debug, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Open,
    Close,
    Word(String),
}

fn tokens(bytes: &[u8]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                let end = bytes[i + 1..].iter().position(|&b| b == b'>').map_or(bytes.len(), |at| i + 1 + at);
                let digits: Vec<u8> = bytes[i + 1..end].iter().copied().filter(u8::is_ascii_hexdigit).collect();
                let value = |d: u8| (d as char).to_digit(16).unwrap_or(0) as u8;
                let mut hex: Vec<u8> =
                    digits.chunks(2).map(|pair| value(pair[0]) << 4 | pair.get(1).map_or(0, |&d| value(d))).collect();
                hex.truncate(64);
                tokens.push(Token::Hex(hex));
                i = end + 1;
            }
            b'[' => {
                tokens.push(Token::Open);
                i += 1;
            }
            b']' => {
                tokens.push(Token::Close);
                i += 1;
            }
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            byte if byte.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !b"<[]%".contains(&bytes[i]) {
                    i += 1;
                }
                tokens.push(Token::Word(String::from_utf8_lossy(&bytes[start..i]).into_owned()));
            }
        }
    }
    tokens
}

/// The code space ranges of an embedded CMap.
fn code_spaces(bytes: &[u8]) -> Vec<CodeSpace> {
    let tokens = tokens(bytes);
    let mut spaces = Vec::new();
    let mut inside = false;
    let mut pending: Option<Vec<u8>> = None;
    for token in tokens {
        match token {
            Token::Word(word) if word == "begincodespacerange" => inside = true,
            Token::Word(word) if word == "endcodespacerange" => inside = false,
            Token::Hex(bytes) if inside && (1..=4).contains(&bytes.len()) => match pending.take() {
                None => pending = Some(bytes),
                Some(low) if low.len() == bytes.len() => spaces.push(CodeSpace { low, high: bytes }),
                Some(_) => {}
            },
            _ => {}
        }
    }
    spaces
}

/// A `ToUnicode` map: single codes and ranges, by code length.
#[derive(Debug, Default)]
pub(crate) struct UnicodeMap {
    singles: BTreeMap<(u8, u32), String>,
    /// `(length, low, high, target)`, sorted, not overlapping in practice.
    ranges: Vec<(u8, u32, u32, RangeTarget)>,
}

#[derive(Debug)]
enum RangeTarget {
    /// The first code's UTF-16 units; later codes add to the last unit.
    From(Vec<u16>),
    /// One text per code.
    Each(Vec<String>),
}

impl UnicodeMap {
    pub(crate) fn parse(bytes: &[u8]) -> UnicodeMap {
        let tokens = tokens(bytes);
        let mut map = UnicodeMap::default();
        let mut section = "";
        let mut index = 0;
        let code = |bytes: &[u8]| -> Option<(u8, u32)> {
            (1..=4)
                .contains(&bytes.len())
                .then(|| (bytes.len() as u8, bytes.iter().fold(0u32, |code, &byte| (code << 8) | u32::from(byte))))
        };
        while index < tokens.len() && map.singles.len() + map.ranges.len() < MAP_ENTRIES {
            match &tokens[index] {
                Token::Word(word) if word == "beginbfchar" => section = "char",
                Token::Word(word) if word == "beginbfrange" => section = "range",
                Token::Word(word) if word.starts_with("end") => section = "",
                Token::Hex(source) if section == "char" => {
                    if let (Some(key), Some(Token::Hex(target))) = (code(source), tokens.get(index + 1)) {
                        map.singles.insert(key, utf16(&units(target)));
                        index += 1;
                    }
                }
                Token::Hex(low) if section == "range" => {
                    let (Some((length, low)), Some(Token::Hex(high))) = (code(low), tokens.get(index + 1)) else {
                        index += 1;
                        continue;
                    };
                    let Some((_, high)) = code(high) else {
                        index += 2;
                        continue;
                    };
                    match tokens.get(index + 2) {
                        Some(Token::Hex(target)) => {
                            if low <= high {
                                map.ranges.push((length, low, high, RangeTarget::From(units(target))));
                            }
                            index += 2;
                        }
                        Some(Token::Open) => {
                            let mut each = Vec::new();
                            let mut at = index + 3;
                            while let Some(Token::Hex(target)) = tokens.get(at) {
                                each.push(utf16(&units(target)));
                                at += 1;
                            }
                            if low <= high {
                                map.ranges.push((length, low, high, RangeTarget::Each(each)));
                            }
                            index = at;
                        }
                        _ => index += 1,
                    }
                }
                _ => {}
            }
            index += 1;
        }
        map.ranges.sort_by_key(|(length, low, _, _)| (*length, *low));
        map
    }

    /// The text of `code`, of `length` bytes; `None` when the map has none.
    pub(crate) fn get(&self, code: u32, length: u8) -> Option<String> {
        if let Some(text) = self.singles.get(&(length, code)) {
            return Some(text.clone());
        }
        // The last range starting at or before the code.
        let after = self.ranges.partition_point(|(l, low, _, _)| (*l, *low) <= (length, code));
        let (l, low, high, target) = self.ranges.get(after.checked_sub(1)?)?;
        if *l != length || code > *high {
            return None;
        }
        let offset = code - low;
        match target {
            RangeTarget::From(units) => {
                let mut units = units.clone();
                let last = units.last_mut()?;
                *last = last.wrapping_add(offset as u16);
                Some(utf16(&units))
            }
            RangeTarget::Each(each) => each.get(offset as usize).cloned(),
        }
    }
}

fn units(bytes: &[u8]) -> Vec<u16> {
    bytes.chunks(2).map(|pair| u16::from(pair[0]) << 8 | u16::from(pair.get(1).copied().unwrap_or(0))).collect()
}

fn utf16(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied()).map(|c| c.unwrap_or('\u{fffd}')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unicode_map_reads_single_codes_and_both_kinds_of_range() {
        let map = UnicodeMap::parse(
            b"/CIDInit /ProcSet findresource begin\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar\n<0003> <0020>\n<0010> <00660069>\nendbfchar\n\
              2 beginbfrange\n<0020> <0022> <0041>\n<0030> <0031> [<D83DDE00> <00E9>]\nendbfrange\nendcmap",
        );
        assert_eq!(map.get(3, 2).as_deref(), Some(" "));
        assert_eq!(map.get(0x10, 2).as_deref(), Some("fi"));
        assert_eq!(map.get(0x21, 2).as_deref(), Some("B"));
        assert_eq!(map.get(0x22, 2).as_deref(), Some("C"));
        assert_eq!(map.get(0x23, 2), None);
        assert_eq!(map.get(0x30, 2).as_deref(), Some("😀"));
        assert_eq!(map.get(0x31, 2).as_deref(), Some("é"));
        assert_eq!(map.get(0x21, 1), None, "a one-byte code is another code");
        assert_eq!(map.get(4, 2), None);
    }

    #[test]
    fn a_huge_range_costs_nothing_to_read() {
        let map = UnicodeMap::parse(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert_eq!(map.get(0x0100_0002, 4).as_deref(), Some("C"));
    }

    #[test]
    fn code_spaces_give_the_lengths_of_codes() {
        let spaces = code_spaces(b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange");
        assert_eq!(spaces.len(), 2);
        let font = Font {
            name: String::new(),
            bold: false,
            kind: Kind::Composite { spaces, identity: false, widths: BTreeMap::new(), default: 1000.0 },
            to_unicode: None,
            encoding: None,
            width_scale: 0.001,
        };
        assert_eq!(font.codes(&[0x41, 0x81, 0x40, 0x42]), vec![(0x41, 1), (0x8140, 2), (0x42, 1)]);
    }
}

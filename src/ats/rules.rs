//! The checks: each field of the data against what the parser model reads
//! ([`fields`]), the layout hazards found in the PDF itself ([`hazards`]),
//! and the rules about the data that a parser or a recruiter trips over
//! ([`data_rules`]).

use std::collections::{BTreeMap, BTreeSet};

use super::expected::{Expected, Value};
use super::reader::{Document, Page, Rgb};
use super::reading::{Indexed, Reading, find_word, normal};
use super::report::{Field, Finding, Group, Kind, Severity};
use super::words::{Photo, Words};

/// Text smaller than this (in points) is hard to read for people and for
/// parsers that read the page as an image.
const SMALL_TEXT: f32 = 6.0;
/// Text whose contrast with what it is drawn on is below this ratio is
/// taken for hidden.
const HIDDEN_CONTRAST: f32 = 1.5;
/// A CV longer than this (in pages) is long for any purpose.
const LONG_CV: usize = 3;
/// A variant longer than this is long for one application.
const LONG_VARIANT: usize = 2;

/// A found value: where in a reading, and its text as printed.
struct Hit {
    at: usize,
    end: usize,
    text: String,
}

fn search(text: &Indexed, value: &str, from: usize) -> Option<Hit> {
    let needle = normal(value);
    let at = find_word(&text.text, &needle, from)?;
    Some(Hit { at, end: at + needle.len(), text: text.cased(at..at + needle.len()) })
}

/// The last occurrence of a value that starts in `from..to`.
fn search_last(text: &Indexed, value: &str, from: usize, to: usize) -> Option<Hit> {
    let mut last = None;
    let mut at = from;
    while let Some(hit) = search(text, value, at) {
        if hit.at >= to {
            break;
        }
        at = hit.at + 1;
        last = Some(hit);
    }
    last
}

/// A value found in the reading by columns or, failing that, by lines.
fn find_anywhere(reading: &Reading, value: &str) -> Option<String> {
    search(&reading.columns, value, 0).or_else(|| search(&reading.naive, value, 0)).map(|hit| hit.text)
}

/// A value that is in the text only when the line breaks inside it are
/// ignored: a long address or name broken across lines, which a parser
/// reads as two words.
fn broken(reading: &Reading, value: &str) -> Option<String> {
    let squeezed: String = normal(value).chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.chars().count() < 6 {
        return None;
    }
    let text = &reading.columns.text;
    let mut kept = String::new();
    let mut offsets = Vec::new();
    for (at, c) in text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
        kept.push(c);
        offsets.resize(kept.len(), at);
    }
    let found = kept.find(&squeezed)?;
    let start = offsets[found];
    let end = offsets[found + squeezed.len() - 1] + 1;
    let shown = reading.columns.cased(start..end.min(text.len()));
    Some(format!("{} (broken across lines)", shown.split_whitespace().collect::<Vec<_>>().join(" ⏎ ")))
}

fn field(group: Group, value: &Value, found: Option<String>, ok: bool) -> Field {
    Field { group, field: value.field.clone(), expected: Some(value.text.clone()), found, ok, line: value.line }
}

/// A field looked for in the text, with what was found otherwise when not.
fn text_field(reading: &Reading, group: Group, value: &Value, found: Option<String>) -> Field {
    let ok = found.is_some();
    let found = found.or_else(|| running_only(reading, &value.text)).or_else(|| broken(reading, &value.text));
    field(group, value, found, ok)
}

/// Each value of the data, looked for in the PDF's text, and the findings
/// of those that are not there.
pub(crate) fn fields(document: &Document, reading: &Reading, words: &Words, expected: &Expected) -> Vec<Field> {
    let mut fields = Vec::new();
    // The name: the largest text of the first page.
    let name = largest_text(reading);
    let name_ok = name.as_deref().is_some_and(|found| normal(found) == normal(&expected.name.text));
    fields.push(field(Group::Contacts, &expected.name, name, name_ok));
    if let Some(email) = &expected.email {
        let found = emails(reading).into_iter().find(|found| normal(found) == normal(&email.text));
        fields.push(text_field(reading, Group::Contacts, email, found));
    }
    if let Some(phone) = &expected.phone {
        let found = phone_in(&reading.columns, &phone.text).or_else(|| phone_in(&reading.naive, &phone.text));
        fields.push(text_field(reading, Group::Contacts, phone, found));
    }
    for (label, url) in &expected.links {
        let forms = address_forms(url);
        let found = forms.iter().find_map(|form| find_anywhere(reading, form));
        let ok = found.is_some();
        let found = found
            .or_else(|| forms.iter().find_map(|form| running_only(reading, form)))
            .or_else(|| broken(reading, &forms[0]))
            .or_else(|| annotation_label(document, url).map(|label| format!("only behind the label «{label}»")));
        let value = Value { text: url.clone(), field: label.field.clone(), line: label.line };
        fields.push(field(Group::Contacts, &value, found, ok));
    }
    for heading in &expected.headings {
        let (found, ok) = heading_found(reading, words, &heading.title.text, &heading.kinds);
        fields.push(field(Group::Headings, &heading.title, found, ok));
    }
    jobs(reading, words, expected, &mut fields);
    for skill in &expected.skills {
        let found = find_anywhere(reading, &skill.text);
        fields.push(text_field(reading, Group::Skills, skill, found));
    }
    fields
}

/// A value that is only in a running header or footer: shown as found
/// there, though it does not count.
fn running_only(reading: &Reading, value: &str) -> Option<String> {
    search(&reading.running, value, 0).map(|hit| format!("{} (only in a page header or footer)", hit.text))
}

/// Free sections whose titles name no part a parser knows: their text may
/// be filed under the part before them.
pub(crate) fn unknown_titles(words: &Words, expected: &Expected) -> Vec<Finding> {
    expected
        .headings
        .iter()
        .filter(|heading| heading.kinds.is_empty() && words.parts_of(&heading.title.text).is_empty())
        .map(|heading| {
            let title = &heading.title;
            Finding::new(
                Kind::UnknownHeading,
                Severity::Advice,
                format!(
                    "«{}» is a title no parser word of {} names: a parser may file its text under the part before it; a usual title (projects, publications, awards, interests…) is read as its own part",
                    title.text, words.lang
                ),
            )
            .at(&title.field, title.line)
        })
        .collect()
}

/// The findings of the fields the parser did not find.
pub(crate) fn not_found(fields: &[Field]) -> Vec<Finding> {
    fields
        .iter()
        .filter(|field| !field.ok)
        .map(|field| {
            let expected = field.expected.as_deref().unwrap_or_default();
            let message = match field.found.as_deref() {
                None => format!("{}: a parser does not find «{expected}» in the text", field.field),
                Some(found) => format!("{}: a parser finds «{found}», not «{expected}»", field.field),
            };
            Finding::new(Kind::NotFound, Severity::Warning, message).at(&field.field, field.line)
        })
        .collect()
}

/// The text of the largest type on the first page, its lines joined.
fn largest_text(reading: &Reading) -> Option<String> {
    let first: Vec<&super::reading::Piece> = reading
        .pieces
        .iter()
        .filter(|piece| {
            piece.page == 0 && !piece.running && piece.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        })
        .collect();
    let largest = first.iter().map(|piece| piece.size).fold(0.0, f32::max);
    let mut lines: Vec<&super::reading::Piece> =
        first.into_iter().filter(|piece| piece.size >= largest - 0.25).collect();
    // In reading order: by line, then from where the line starts.
    let rtl = reading.right_to_left.first().copied().unwrap_or(false);
    lines.sort_by_key(|piece| (piece.line, (if rtl { -piece.right } else { piece.left } * 10.0) as i64));
    // The first run of lines in the largest type: a name set on two lines.
    let mut text = String::new();
    let mut last: Option<&super::reading::Piece> = None;
    for piece in lines {
        if let Some(last) = last
            && piece.baseline - last.baseline > 1.6 * piece.size
        {
            break;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(piece.text.trim());
        last = Some(piece);
    }
    let joined = normal_keep_case(&text);
    (!joined.is_empty()).then_some(joined)
}

/// Lines joined as the normalisation joins them, keeping the case.
fn normal_keep_case(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{ad}' if chars.peek() == Some(&'\n') => {
                chars.next();
            }
            '-' if chars.peek() == Some(&'\n') => {
                out.push('-');
                chars.next();
            }
            c if c.is_whitespace() => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// Every e-mail address in the text, by columns then by lines.
fn emails(reading: &Reading) -> Vec<String> {
    let mut found = Vec::new();
    for text in [&reading.columns, &reading.naive] {
        let hay = &text.text;
        for (at, _) in hay.match_indices('@') {
            let start =
                hay[..at].rfind(|c: char| c.is_whitespace() || "<>()[]«»\"',;:".contains(c)).map_or(0, |i| i + 1);
            let end = hay[at..]
                .find(|c: char| c.is_whitespace() || "<>()[]«»\"',;".contains(c))
                .map_or(hay.len(), |i| at + i);
            let mut end = end;
            while end > at && hay[..end].ends_with(['.', ':']) {
                end -= 1;
            }
            if end <= at + 1 || start >= at {
                continue;
            }
            let domain = &hay[at + 1..end];
            if domain.contains('.') && !domain.starts_with('.') {
                let address = text.cased(start..end);
                if !found.contains(&address) {
                    found.push(address);
                }
            }
        }
    }
    found
}

/// The phone number `expected` in `text`: the same digits in a run of
/// digits and the characters phone numbers are written with.
fn phone_in(text: &Indexed, expected: &str) -> Option<String> {
    if let Some(hit) = search(text, expected, 0) {
        return Some(hit.text);
    }
    // The number's own digits, without an extension (`ext. 42`, `доб. 305`).
    let dialled = crate::contract::phone_url(expected);
    let number = dialled.split(';').next().unwrap_or_default();
    let wanted: String = number.chars().filter(char::is_ascii_digit).collect();
    if wanted.len() < 5 {
        return None;
    }
    let hay = &text.text;
    let is_phone_char = |c: char| c.is_ascii_digit() || "+()-–./ \u{a0}".contains(c);
    let mut start = 0;
    while start < hay.len() {
        let Some(offset) = hay[start..].find(|c: char| c.is_ascii_digit() || c == '+' || c == '(') else { break };
        let run_start = start + offset;
        let run_end = hay[run_start..].find(|c: char| !is_phone_char(c)).map_or(hay.len(), |i| run_start + i);
        let digits: Vec<(usize, char)> =
            hay[run_start..run_end].char_indices().filter(|(_, c)| c.is_ascii_digit()).collect();
        let string: String = digits.iter().map(|(_, c)| *c).collect();
        if let Some(index) = string.find(&wanted) {
            // The digits are ASCII: the index in the digit string counts digits.
            let first = run_start + digits[index].0;
            let last = run_start + digits[index + wanted.len() - 1].0 + 1;
            let first = if hay[..first].ends_with('+') { first - 1 } else { first };
            let first = if hay[..first].ends_with('(') { first - 1 } else { first };
            let before_ok = !hay[..first].ends_with(|c: char| c.is_ascii_digit());
            let after_ok = !hay[last..].starts_with(|c: char| c.is_ascii_digit());
            if before_ok && after_ok {
                return Some(text.cased(first..last));
            }
        }
        start = run_end.max(run_start + 1);
        while !hay.is_char_boundary(start) {
            start += 1;
        }
    }
    None
}

/// The forms of an address a parser may find printed: without its scheme,
/// `www.` and trailing slash, and as written.
fn address_forms(url: &str) -> Vec<String> {
    let bare = crate::contract::url_text(url).text;
    let mut forms = vec![bare.clone()];
    if let Some(short) = bare.strip_prefix("www.") {
        forms.push(short.to_owned());
    }
    if url.starts_with("mailto:") || url.starts_with("tel:") {
        forms.push(url.split_once(':').map(|(_, rest)| rest.to_owned()).unwrap_or_default());
    }
    forms.push(url.to_owned());
    forms
}

/// The visible text of the first link annotation that points at `url`.
fn annotation_label(document: &Document, url: &str) -> Option<String> {
    let same = |a: &str, b: &str| a.trim_end_matches('/') == b.trim_end_matches('/');
    document.pages.iter().find_map(|page| {
        let links: Vec<_> = page.links.iter().filter(|link| same(&link.uri, url)).collect();
        if links.is_empty() {
            return None;
        }
        let mut glyphs: Vec<&super::reader::Glyph> = page
            .glyphs
            .iter()
            .filter(|glyph| {
                let (x, y) = (glyph.x + glyph.width / 2.0, glyph.y - glyph.size * 0.3);
                links.iter().any(|link| link.rect.contains(x, y))
            })
            .collect();
        glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let text: String = glyphs.iter().map(|glyph| glyph.text.as_str()).collect();
        Some(normal_keep_case(&text))
    })
}

/// Whether a piece reads as a title: short, and set larger than the body,
/// bold or in capitals, or else nothing but a title's words on a line of
/// its own (as parsers fall back to, for scripts without capitals).
fn heading_like(piece: &super::reading::Piece, body_size: f32, words: &Words) -> bool {
    let letters: Vec<char> = piece.text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || piece.running {
        return false;
    }
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count() * 10 >= letters.len() * 8 && letters.len() >= 3;
    let count = piece.text.split_whitespace().count();
    let styled = (piece.size >= body_size * 1.12 || piece.bold || capitals) && count <= 8;
    let bare = count <= 3
        && letters.len() <= 24
        && !piece.text.chars().any(|c| c.is_ascii_digit())
        && words.is_title(&piece.normal);
    styled || bare
}

/// The title of a part: a piece set like a title, holding the title's text
/// and words a parser takes for that kind of part (any kind for a free
/// section).
fn heading_found(reading: &Reading, words: &Words, title: &str, kinds: &[&'static str]) -> (Option<String>, bool) {
    let wanted = normal(title);
    let holds = |piece: &super::reading::Piece| find_word(&piece.normal, &wanted, 0).is_some();
    let mut titles =
        reading.pieces.iter().filter(|piece| heading_like(piece, reading.body_size, words) && holds(piece));
    if let Some(piece) = titles.next() {
        // A free section may have any title: that a parser knows it is
        // advice (see `unknown_titles`); a built-in part's must be known.
        let parts = words.parts_of_normal(&piece.normal);
        let known = kinds.is_empty() || parts.iter().any(|part| kinds.contains(part));
        let text = normal_keep_case(&piece.text);
        return if known {
            (Some(text), true)
        } else {
            (Some(format!("{text} (a title no parser word names)")), false)
        };
    }
    match reading.pieces.iter().find(|piece| !piece.running && holds(piece)) {
        Some(piece) => (Some(format!("{} (not set as a title)", normal_keep_case(&piece.text))), false),
        None => (None, false),
    }
}

/// A point in time a parser reads in a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Month(i32, u32),
    Year(i32),
    Present,
}

impl When {
    fn show(self) -> String {
        match self {
            When::Month(year, month) => format!("{year:04}-{month:02}"),
            When::Year(year) => format!("{year:04}"),
            When::Present => "present".to_owned(),
        }
    }

    fn year(self) -> Option<i32> {
        match self {
            When::Month(year, _) | When::Year(year) => Some(year),
            When::Present => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Digits(String),
    Word(String),
    Mark(char),
}

fn tokens(text: &str) -> Vec<(usize, Token)> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut digits = c.to_string();
            while let Some(&(_, next)) = chars.peek().filter(|(_, next)| next.is_ascii_digit()) {
                digits.push(next);
                chars.next();
            }
            tokens.push((at, Token::Digits(digits)));
        } else if c.is_alphabetic() {
            let mut word = c.to_string();
            // Han characters are words of their own: «2022年11月».
            let han = !super::reading::is_word_char(c);
            while let Some(&(_, next)) = chars.peek().filter(|(_, next)| {
                !han && (next.is_alphabetic() || *next == '\'') && super::reading::is_word_char(*next)
            }) {
                word.push(next);
                chars.next();
            }
            tokens.push((at, Token::Word(word)));
        } else if !c.is_whitespace() {
            tokens.push((at, Token::Mark(c)));
        }
    }
    tokens
}

/// The dates and open ends in a text, in order.
pub(crate) fn dates(text: &str, words: &Words) -> Vec<When> {
    let tokens = tokens(text);
    let mut found: Vec<(usize, When)> = Vec::new();
    let mut used = BTreeSet::new();
    let year_of = |token: &Token| match token {
        Token::Digits(digits) if digits.len() == 4 => {
            digits.parse::<i32>().ok().filter(|year| (1950..=2100).contains(year))
        }
        _ => None,
    };
    let month_number = |token: Option<&(usize, Token)>| match token {
        Some((_, Token::Digits(digits))) if digits.len() <= 2 => {
            digits.parse::<u32>().ok().filter(|m| (1..=12).contains(m))
        }
        _ => None,
    };
    // A month's name at a token: a word («ноября»), or a number and the
    // word after it that the language writes months with («11월», «11月»,
    // forms of its `month` message), as two tokens.
    let month_word = |index: usize| -> Option<(u32, usize)> {
        match (&tokens[index].1, tokens.get(index + 1).map(|t| &t.1)) {
            (Token::Word(word), _) => words.month(word).map(|month| (month, index)),
            (Token::Digits(digits), Some(Token::Word(word))) if digits.len() <= 2 => {
                words.numbered_month(digits, word).map(|month| (month, index + 1))
            }
            _ => None,
        }
    };
    // A word that may stand between a month and its year: «octubre de
    // 2022», «2016 жылғы қыркүйек», «October, 2022».
    let filler = |index: usize| match &tokens[index].1 {
        Token::Word(word) => word.chars().count() <= 6 && words.month(word).is_none(),
        Token::Mark(',') => true,
        _ => false,
    };
    // Whether tokens `index` and `index + 1` touch, with no space between.
    let touching = |index: usize| match (tokens.get(index), tokens.get(index + 1)) {
        (Some((at, token)), Some((next, _))) => {
            let length = match token {
                Token::Digits(text) | Token::Word(text) => text.len(),
                Token::Mark(c) => c.len_utf8(),
            };
            at + length == *next
        }
        _ => false,
    };
    let mut index = 0;
    while index < tokens.len() {
        let (at, token) = &tokens[index];
        if let Some(year) = year_of(token) {
            // 2023-11, 2023.11, 2023/11 written without spaces.
            let mark = matches!(tokens.get(index + 1).map(|t| &t.1), Some(Token::Mark('-' | '.' | '/')))
                && touching(index)
                && touching(index + 1);
            if mark && let Some(month) = month_number(tokens.get(index + 2)) {
                found.push((*at, When::Month(year, month)));
                index += 3;
                continue;
            }
            // A month's name before or after the year, at most one filler
            // word between («2022년 11월», «2022 年 11 月»: the year's own
            // word is the filler).
            let before = [index.checked_sub(1), index.checked_sub(2)];
            let after = [Some(index + 1), Some(index + 2)];
            let mut month = None;
            for side in [before, after] {
                for (step, candidate) in side.iter().enumerate() {
                    let Some(candidate) = candidate.filter(|&c| c < tokens.len()) else { break };
                    if used.contains(&candidate) {
                        break;
                    }
                    if let Some((number, last)) = month_word(candidate) {
                        month = Some((candidate, last, number));
                        break;
                    }
                    if step == 0 && !filler(candidate) {
                        break;
                    }
                }
                if month.is_some() {
                    break;
                }
            }
            match month {
                Some((word, last, number)) => {
                    used.extend(word..=last);
                    found.push((tokens[word].0.min(*at), When::Month(year, number)));
                }
                None => found.push((*at, When::Year(year))),
            }
        } else if let Token::Digits(digits) = token
            && digits.len() <= 2
            && matches!(tokens.get(index + 1).map(|t| &t.1), Some(Token::Mark('.' | '/')))
            && touching(index)
            && touching(index + 1)
            && let Some(year) = tokens.get(index + 2).and_then(|t| year_of(&t.1))
            && let Some(month) = month_number(Some(&tokens[index]))
        {
            // 11.2023, 11/2023
            found.push((*at, When::Month(year, month)));
            index += 3;
            continue;
        }
        index += 1;
    }
    for word in &words.present {
        let mut from = 0;
        while let Some(at) = find_word(text, word, from) {
            if !found.iter().any(|(other, when)| *when == When::Present && *other <= at && at < other + word.len()) {
                found.push((at, When::Present));
            }
            from = at + word.len();
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, when)| when).collect()
}

/// The first period in a list of dates: a start and the end that follows
/// it (not before it: a date before the period, such as the CV's own, does
/// not start it), else the first start alone.
fn period_of(dates: &[When]) -> Option<(When, Option<When>)> {
    let order = |when: When| match when {
        When::Month(year, month) => (year, month),
        When::Year(year) => (year, 0),
        When::Present => (i32::MAX, 0),
    };
    let complete = dates.windows(2).find(|pair| {
        pair[0] != When::Present
            && (pair[1] == When::Present || order(pair[1]).0 >= order(pair[0]).0 && order(pair[1]) >= order(pair[0]))
    });
    match complete {
        Some(pair) => Some((pair[0], Some(pair[1]))),
        None => dates.iter().find(|when| **when != When::Present).map(|start| (*start, None)),
    }
}

fn show_period(start: When, end: Option<When>) -> String {
    match end {
        Some(end) => format!("{} – {}", start.show(), end.show()),
        None => format!("{} –", start.show()),
    }
}

/// Each job's company, position and period, in order.
fn jobs(reading: &Reading, words: &Words, expected: &Expected, fields: &mut Vec<Field>) {
    let columns = &reading.columns;
    // The companies first, in order, so that each job's text lies between
    // its company and the next one.
    let mut cursor = 0;
    let mut places: Vec<Option<Hit>> = Vec::new();
    for job in &expected.jobs {
        let hit = search(columns, &job.company.text, cursor);
        if let Some(hit) = &hit {
            cursor = hit.at;
        }
        places.push(hit);
    }
    for (index, job) in expected.jobs.iter().enumerate() {
        let hit = places[index].as_ref();
        let out_of_order = hit.is_none() && search(columns, &job.company.text, 0).is_some();
        let found = match hit {
            Some(hit) => Some(hit.text.clone()),
            None if out_of_order => Some(format!("{} (out of order)", job.company.text)),
            None => search(&reading.naive, &job.company.text, 0).map(|hit| hit.text),
        };
        let company_ok = hit.is_some() || (!out_of_order && found.is_some());
        fields.push(field(Group::Experience, &job.company, found, company_ok));
        // The job's position: after its company and before the next one
        // (a heading under the company), else the nearest before it and
        // after the previous company (a heading «role — company»).
        let previous_end = index.checked_sub(1).and_then(|previous| places[previous].as_ref()).map_or(0, |hit| hit.end);
        let next_start = places[index + 1..].iter().flatten().next().map_or(columns.text.len(), |hit| hit.at);
        if let Some(position) = &job.position {
            let found = match hit {
                Some(hit) => search(columns, &position.text, hit.at)
                    .filter(|found| found.at < next_start.max(hit.end))
                    .or_else(|| search_last(columns, &position.text, previous_end, hit.end)),
                None => None,
            };
            let found = found.map(|hit| hit.text).or_else(|| find_anywhere(reading, &position.text));
            fields.push(text_field(reading, Group::Experience, position, found));
        }
        let wanted_start = if job.years_only { job.start[..4].to_owned() } else { job.start.clone() };
        let wanted_end = match &job.end {
            Some(end) if job.years_only => end[..4].to_owned(),
            Some(end) => end.clone(),
            None => "present".to_owned(),
        };
        let next_company = places[index + 1..].iter().flatten().next().map(|hit| columns.piece(hit.at));
        let period = match hit {
            Some(hit) => job_period(reading, words, columns.piece(hit.at), next_company),
            None => None,
        };
        let (found, ok) = match period {
            Some((start, end)) => {
                let shown_start = if job.years_only {
                    start.year().map(|y| format!("{y:04}")).unwrap_or_default()
                } else {
                    start.show()
                };
                let shown_end = end.map(|end| match end {
                    When::Present => "present".to_owned(),
                    _ if job.years_only => end.year().map(|y| format!("{y:04}")).unwrap_or_default(),
                    _ => end.show(),
                });
                let ok = shown_start == wanted_start && shown_end.as_deref() == Some(wanted_end.as_str());
                (Some(show_period(start, end)), ok)
            }
            None => (None, false),
        };
        let value = Value {
            text: format!("{wanted_start} – {wanted_end}"),
            field: format!("{}.start", job.field),
            line: job.line,
        };
        fields.push(field(Group::Experience, &value, found, ok));
    }
}

/// The period near a job's company: in the company's own piece, in the
/// pieces beside it (a column of dates), in its column from the company
/// down to the next job's company (the job's own stretch: a period that
/// wraps onto the next line belongs to this job, the next period to the
/// next), then in the lines around it; the first complete one.
fn job_period(
    reading: &Reading,
    words: &Words,
    company: usize,
    next_company: Option<usize>,
) -> Option<(When, Option<When>)> {
    let piece = &reading.pieces[company];
    let line = piece.line;
    let same_page = |index: usize| reading.lines.get(index).is_some_and(|l| l.page == piece.page);
    let lines_text = |range: std::ops::RangeInclusive<usize>, beside: bool| -> String {
        let mut text = String::new();
        for index in range.filter(|&index| same_page(index)) {
            for &other in &reading.lines[index].pieces {
                let other_piece = &reading.pieces[other];
                let apart = other_piece.right <= piece.left + 1.0 || other_piece.left >= piece.right - 1.0;
                if other_piece.running {
                    continue;
                }
                if !beside || (apart && other != company) {
                    text.push_str(&other_piece.text);
                    text.push('\n');
                }
            }
        }
        normal(&text)
    };
    // Beside it, under it, then around it: a period is seldom above the
    // company, and what is above may be another job's or the CV's own date.
    let candidates = [
        normal(&piece.text),
        lines_text(line..=line + 3, true),
        normal(
            &reading.blocks[reading.block_of[company]]
                .iter()
                .skip_while(|&&index| index != company)
                .take_while(|&&index| Some(index) != next_company)
                .map(|&index| reading.pieces[index].text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        lines_text(line..=line + 6, false),
        lines_text(line.saturating_sub(2)..=line + 6, false),
    ];
    let mut partial = None;
    for text in candidates {
        match period_of(&dates(&text, words)) {
            Some((start, Some(end))) => return Some((start, Some(end))),
            Some(found) if partial.is_none() => partial = Some(found),
            _ => {}
        }
    }
    partial
}

/// WCAG's relative luminance of an sRGB colour.
fn luminance(colour: Rgb) -> f32 {
    let channel = |c: f32| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    0.2126 * channel(colour[0]) + 0.7152 * channel(colour[1]) + 0.0722 * channel(colour[2])
}

fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// A short quotation of a text for a message.
fn quote(text: &str) -> String {
    let text = normal_keep_case(text);
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(60).collect();
    if chars.next().is_some() { format!("{short}…") } else { short }
}

/// The layout hazards of the PDF.
pub(crate) fn hazards(document: &Document, reading: &Reading, expected: Option<&Expected>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, page) in document.pages.iter().enumerate() {
        let texts = &reading.texts[index];
        hidden_text(page, texts, &mut findings);
        small_text(page, texts, &mut findings);
        glyph_maps(document, page, &mut findings);
        images(page, texts, expected, index, &mut findings);
    }
    if reading.pieces.is_empty() {
        findings.push(Finding::new(
            Kind::NoText,
            Severity::Warning,
            "the PDF has no text at all: a parser reads nothing (a scan or text turned into outlines)".into(),
        ));
    }
    if document.truncated {
        findings.push(Finding::new(
            Kind::NoText,
            Severity::Warning,
            format!(
                "the PDF holds more than a parser reads (over {} pages, 2 million characters or 64 MiB of content, or a page's content over 4 MiB): only the first part was read",
                super::reader::PAGE_LIMIT
            ),
        ));
    }
    hyphenated(reading, &mut findings);
    reading_order(document, reading, &mut findings);
    label_only_links(document, reading, expected, &mut findings);
    running_content(reading, expected, &mut findings);
    findings
}

/// Groups marked glyphs of a page into runs of text, for messages.
fn runs(page: &Page, texts: &[String], marked: &[bool]) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current = String::new();
    for (index, glyph) in page.glyphs.iter().enumerate() {
        if marked[index] {
            current.push_str(&texts[index]);
        } else if !current.trim().is_empty() && !glyph.text.trim().is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        runs.push(current);
    }
    runs
}

fn hidden_text(page: &Page, texts: &[String], findings: &mut Vec<Finding>) {
    let mut why: BTreeMap<&'static str, usize> = BTreeMap::new();
    let marked: Vec<bool> = page
        .glyphs
        .iter()
        .zip(texts)
        .map(|(glyph, text)| {
            if text.trim().is_empty() {
                return false;
            }
            let (x, y) = (glyph.x + glyph.width / 2.0, glyph.y - glyph.size * 0.3);
            let reason = if glyph.invisible {
                Some("invisible")
            } else if x < 0.0 || y < 0.0 || x > page.width || y > page.height {
                Some("off the page")
            } else if glyph.size < 1.0 {
                Some("too small to see")
            } else if page.fills.iter().any(|fill| fill.opaque && fill.order > glyph.order && fill.rect.contains(x, y))
            {
                Some("covered by a shape")
            } else {
                let under = page
                    .fills
                    .iter()
                    .rev()
                    .find(|fill| fill.order < glyph.order && fill.opaque && fill.rect.contains(x, y));
                let background = match under {
                    Some(fill) => fill.colour,
                    None => Some([1.0; 3]),
                };
                match (glyph.colour, background) {
                    (Some(colour), Some(background)) if contrast(colour, background) < HIDDEN_CONTRAST => {
                        Some("in the colour of its background")
                    }
                    _ => None,
                }
            };
            if let Some(reason) = reason {
                *why.entry(reason).or_default() += 1;
            }
            reason.is_some()
        })
        .collect();
    let runs = runs(page, texts, &marked);
    let Some(first) = runs.first() else { return };
    let count = marked.iter().filter(|&&hidden| hidden).count();
    let reasons: Vec<&str> = why.keys().copied().collect();
    findings.push(
        Finding::new(
            Kind::HiddenText,
            Severity::Warning,
            format!(
                "{count} characters a reader cannot see but a parser reads ({}), such as «{}»; parsers and recruiters take hidden text for keyword stuffing: remove it",
                reasons.join(", "),
                quote(first)
            ),
        )
        .on_page(page.number),
    );
}

fn small_text(page: &Page, texts: &[String], findings: &mut Vec<Finding>) {
    let marked: Vec<bool> = page
        .glyphs
        .iter()
        .zip(texts)
        .map(|(glyph, text)| !text.trim().is_empty() && glyph.size >= 1.0 && glyph.size < SMALL_TEXT)
        .collect();
    let runs = runs(page, texts, &marked);
    let Some(first) = runs.first() else { return };
    let smallest = page
        .glyphs
        .iter()
        .zip(&marked)
        .filter(|(_, small)| **small)
        .map(|(glyph, _)| glyph.size)
        .fold(f32::MAX, f32::min);
    findings.push(
        Finding::new(
            Kind::SmallText,
            Severity::Warning,
            format!(
                "text as small as {smallest:.1} pt, such as «{}»: hard to read for people and for parsers that read the page as an image; use {SMALL_TEXT} pt or more",
                quote(first)
            ),
        )
        .on_page(page.number),
    );
}

/// Whether a character is one a parser cannot read as text.
fn private_use(c: char) -> bool {
    matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD | 0xFFFD)
        || (c.is_control() && c != '\n' && c != '\t')
}

fn glyph_maps(document: &Document, page: &Page, findings: &mut Vec<Finding>) {
    let mut unmapped: BTreeMap<usize, (usize, bool, String)> = BTreeMap::new();
    let mut ligatures = String::new();
    for (index, glyph) in page.glyphs.iter().enumerate() {
        let odd = glyph.unmapped || glyph.text.chars().any(private_use);
        if odd {
            let entry = unmapped.entry(glyph.font).or_insert((0, true, String::new()));
            entry.0 += 1;
            entry.1 &= glyph.actual.is_some();
            if entry.2.is_empty() {
                // What is around it, for the message.
                let around: String = page.glyphs[index.saturating_sub(12)..(index + 12).min(page.glyphs.len())]
                    .iter()
                    .map(|g| if g.unmapped || g.text.chars().any(private_use) { "�" } else { g.text.as_str() })
                    .collect();
                entry.2 = around;
            }
        }
        for c in glyph.text.chars().filter(|c| ('\u{fb00}'..='\u{fb06}').contains(c)) {
            if !ligatures.contains(c) {
                ligatures.push(c);
            }
        }
    }
    for (font, (count, covered, around)) in unmapped {
        let name = document.fonts.get(font).map_or("?", |font| font.name.as_str());
        let note = if covered {
            "; the PDF gives the text as ActualText, which some parsers read and many ignore"
        } else {
            ""
        };
        let severity = Severity::Warning;
        findings.push(
            Finding::new(
                Kind::UnmappedGlyph,
                severity,
                format!(
                    "{count} glyph{} of the font {name} map to no character (or to an icon's private code), near «{}»: a parser reads nothing or garbage there{note}; use text for what matters (an e-mail, not an envelope icon)",
                    if count == 1 { "" } else { "s" },
                    quote(&around)
                ),
            )
            .on_page(page.number),
        );
    }
    if !ligatures.is_empty() {
        findings.push(
            Finding::new(
                Kind::Ligature,
                Severity::Warning,
                format!(
                    "ligatures read as the single characters «{ligatures}», not as letters: a parser searching «fi» or «ff» misses the words they are in; turn ligatures off or use a font that maps them to letters"
                ),
            )
            .on_page(page.number),
        );
    }
}

fn images(page: &Page, texts: &[String], expected: Option<&Expected>, index: usize, findings: &mut Vec<Finding>) {
    let page_area = (page.width * page.height).max(1.0);
    let text_chars: usize = texts.iter().map(|text| text.trim().chars().count()).sum();
    let covered: f32 = page.images.iter().map(|image| image.area()).sum();
    if covered > 0.5 * page_area && text_chars < 40 {
        findings.push(
            Finding::new(
                Kind::TextInImage,
                Severity::Warning,
                "the page is an image with (almost) no text: a parser reads nothing on it; export the CV as text, not as a scan or a picture".into(),
            )
            .on_page(page.number),
        );
        return;
    }
    // The portrait: on the first page, upright, at most a tenth of the page.
    let is_photo = |image: &super::reader::Rect| {
        let (width, height) = (image.right - image.left, image.bottom - image.top);
        index == 0 && height > 0.0 && (0.6..=1.1).contains(&(width / height)) && image.area() < 0.1 * page_area
    };
    let photo = expected.is_none_or(|expected| expected.photo);
    let mut photo_seen = false;
    for image in &page.images {
        if image.area() < 0.002 * page_area {
            continue;
        }
        if photo && !photo_seen && is_photo(image) {
            photo_seen = true;
            continue;
        }
        findings.push(
            Finding::new(
                Kind::TextInImage,
                Severity::Advice,
                format!(
                    "an image of {:.0} × {:.0} pt: a parser reads no text in images; if it holds words (a logo, a chart, skills as icons), give them as text too",
                    image.right - image.left,
                    image.bottom - image.top
                ),
            )
            .on_page(page.number),
        );
    }
}

/// Words broken at a line end: a piece that ends with a hyphen and goes on
/// in its column on the next line.
fn hyphenated(reading: &Reading, findings: &mut Vec<Finding>) {
    let mut by_page: BTreeMap<usize, Vec<(String, bool)>> = BTreeMap::new();
    for block in &reading.blocks {
        for pair in block.windows(2) {
            let (first, next) = (&reading.pieces[pair[0]], &reading.pieces[pair[1]]);
            let end = first.text.trim_end_matches(char::is_whitespace);
            let soft = end.ends_with('\u{ad}');
            let hard = end.ends_with(['-', '\u{2010}']);
            if !(soft || hard) {
                continue;
            }
            let head = end.trim_end_matches(['-', '\u{2010}', '\u{ad}']);
            if !head.ends_with(char::is_alphabetic) || !next.text.trim_start().starts_with(char::is_alphabetic) {
                continue;
            }
            let before: String =
                head.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
            let after: String = next.text.trim_start().chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
            by_page.entry(first.page).or_default().push((format!("{before}-» «{after}"), soft));
        }
    }
    for (page, words) in by_page {
        for soft in [true, false] {
            let these: Vec<&String> = words.iter().filter(|(_, s)| *s == soft).map(|(word, _)| word).collect();
            let Some(first) = these.first() else { continue };
            let (severity, what) = if soft {
                (
                    Severity::Warning,
                    "the layout hyphenated a word at a line end: a parser may read two fragments and miss the word; turn hyphenation off, or give a long word room (a wider column, a shorter word)",
                )
            } else {
                (
                    Severity::Advice,
                    "broken after its hyphen at a line end: some parsers drop the hyphen and join the halves, others read two words",
                )
            };
            let more = if these.len() > 1 { format!(" and {} more", these.len() - 1) } else { String::new() };
            findings.push(
                Finding::new(Kind::HyphenatedWord, severity, format!("«{first}»{more}: {what}")).on_page(page + 1),
            );
        }
    }
}

/// Places where reading by position mixes two columns: a line that wraps
/// onto the next one in the order the PDF gives (its tags, else its content
/// stream) while another column's text sits beside the break.
fn reading_order(document: &Document, reading: &Reading, findings: &mut Vec<Finding>) {
    // Each glyph's place in the intended order, and the block of the
    // structure it belongs to.
    let tagged: Option<BTreeMap<(usize, u32), (usize, u32)>> = document.tags.as_ref().map(|tags| {
        let mut ranks = BTreeMap::new();
        for (rank, leaf) in tags.iter().enumerate() {
            ranks.entry((leaf.page, leaf.mcid)).or_insert((rank, leaf.block));
        }
        ranks
    });
    let tag_rank: Option<BTreeMap<(usize, u32), usize>> =
        tagged.as_ref().map(|ranks| ranks.iter().map(|(key, (rank, _))| (*key, *rank)).collect());
    let block_of = |piece: &super::reading::Piece, last: bool| -> Option<u32> {
        let glyph = if last { piece.glyphs.last() } else { piece.glyphs.first() }?;
        let mcid = document.pages[piece.page].glyphs[*glyph].mcid?;
        tagged.as_ref()?.get(&(piece.page, mcid)).map(|(_, block)| *block)
    };
    // Typst, like most producers, keeps the space at which a line wrapped;
    // a line that ends without one ended there.
    let keeps_line_end_spaces = reading.pieces.iter().any(|piece| piece.text.ends_with(' '));
    // Where a piece starts and ends along its lines: from the left edge of
    // a left-to-right page, from the right edge of a right-to-left one
    // (whose lines start at the right), so that one model reads both.
    let along = |piece: &super::reading::Piece| -> (f32, f32) {
        if reading.right_to_left.get(piece.page).copied().unwrap_or(false) {
            let width = document.pages[piece.page].width;
            (width - piece.right, width - piece.left)
        } else {
            (piece.left, piece.right)
        }
    };
    // The far edge of each page's text, where its lines end.
    let mut page_right = vec![0.0f32; document.pages.len()];
    for piece in reading.pieces.iter().filter(|piece| !piece.running) {
        page_right[piece.page] = page_right[piece.page].max(along(piece).1);
    }
    let mut by_page: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let rank_of = |piece: &super::reading::Piece| -> Option<(usize, usize)> {
        let page = &document.pages[piece.page];
        let ranks: Vec<usize> = piece
            .glyphs
            .iter()
            .filter_map(|&glyph| match &tag_rank {
                Some(ranks) => page.glyphs[glyph].mcid.and_then(|mcid| ranks.get(&(piece.page, mcid)).copied()),
                None => Some(glyph),
            })
            .collect();
        Some((*ranks.iter().min()?, *ranks.iter().max()?))
    };
    let mut ordered: Vec<(usize, (usize, usize), usize)> = reading
        .pieces
        .iter()
        .enumerate()
        .filter(|(_, piece)| !piece.running)
        .filter_map(|(index, piece)| rank_of(piece).map(|rank| (piece.page, rank, index)))
        .collect();
    ordered.sort();
    for pair in ordered.windows(2) {
        let ((page, _, a), (next_page, _, b)) = (pair[0], pair[1]);
        if page != next_page {
            continue;
        }
        let (first, second) = (&reading.pieces[a], &reading.pieces[b]);
        let below =
            second.baseline > first.baseline && second.baseline - first.baseline <= 2.2 * first.size.max(second.size);
        let ((_, first_end), (second_start, _)) = (along(first), along(second));
        if !below || second_start >= first_end {
            continue;
        }
        // A line's pieces are in reading order: what comes after the first
        // piece on its line, and the nearest before the second on its own.
        let beside_first = reading.lines[first.line]
            .pieces
            .iter()
            .map(|&p| &reading.pieces[p])
            .find(|p| along(p).0 >= first_end && !p.running);
        let beside_second = reading.lines[second.line]
            .pieces
            .iter()
            .rev()
            .map(|&p| &reading.pieces[p])
            .find(|p| along(p).1 <= second_start && !p.running);
        let Some(intruder) = beside_first.or(beside_second) else { continue };
        // Whether the first piece wrapped onto the second: it ends where a
        // line may break, or the tags put both in one paragraph; without
        // either sign, the next word would not have fitted beside it.
        let breaks = first.text.ends_with(|c: char| c.is_whitespace() || c == '-' || c == '\u{ad}');
        let one_block = || block_of(first, true).is_some_and(|block| block_of(second, false) == Some(block));
        // The line was full: the next word would not have fitted before the
        // other column (or the page's text edge).
        let limit = match beside_first {
            Some(other) => along(other).0 - 0.7 * first.size,
            None => page_right[page],
        };
        let rtl = reading.right_to_left.get(page).copied().unwrap_or(false);
        let full = first_end + 0.25 * first.size + first_word_width(document, second, rtl) > limit;
        let wrapped = full && (breaks || (!keeps_line_end_spaces && (tagged.is_none() || one_block())));
        if !wrapped {
            continue;
        }
        let tail: String = {
            let words: Vec<&str> = first.text.split_whitespace().collect();
            words[words.len().saturating_sub(3)..].join(" ")
        };
        let head: String = second.text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        let other: String = intruder.text.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        by_page
            .entry(page)
            .or_default()
            .push(format!("«…{tail}» goes on with «{head}…», but a parser reading across reads «{other}…» in between"));
    }
    for (page, places) in by_page {
        let more = if places.len() > 1 { format!(" ({} places on this page)", places.len()) } else { String::new() };
        findings.push(
            Finding::new(
                Kind::ReadingOrder,
                Severity::Warning,
                format!(
                    "a parser that reads lines {} mixes two columns: {}{more}; a one-column template (print, classic) reads in order",
                    if reading.right_to_left.get(page).copied().unwrap_or(false) { "right to left" } else { "left to right" },
                    places[0]
                ),
            )
            .on_page(page + 1),
        );
    }
}

/// The width of a piece's first word, from its glyphs: up to its first
/// breaking space, or one character of a script without spaces. A
/// right-to-left line's first word is at its right end.
fn first_word_width(document: &Document, piece: &super::reading::Piece, right_to_left: bool) -> f32 {
    let glyphs = &document.pages[piece.page].glyphs;
    let mut width = 0.0;
    let order: Box<dyn Iterator<Item = &usize>> =
        if right_to_left { Box::new(piece.glyphs.iter().rev()) } else { Box::new(piece.glyphs.iter()) };
    for &index in order {
        let glyph = &glyphs[index];
        let mut chars = glyph.text.chars();
        let first = chars.next();
        if first.is_some_and(|c| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}') {
            break;
        }
        width = if right_to_left { piece.right - glyph.x } else { glyph.x + glyph.width - piece.left };
        if first.is_some_and(|c| c.is_alphanumeric() && !super::reading::is_word_char(c)) {
            break;
        }
    }
    width
}

/// Links whose address is not printed: a parser sees only the label.
fn label_only_links(document: &Document, reading: &Reading, expected: Option<&Expected>, findings: &mut Vec<Finding>) {
    let mut seen = BTreeSet::new();
    for page in &document.pages {
        for link in &page.links {
            let uri = link.uri.trim_end_matches('/').to_owned();
            if !seen.insert(uri.clone())
                || !(uri.starts_with("http") || uri.starts_with("mailto:") || uri.starts_with("tel:"))
            {
                continue;
            }
            let label = annotation_label(document, &link.uri).unwrap_or_default();
            // A phone number's label is the number as people write it
            // (`+44 (0) 161…` dials `+44161…`): any number will do.
            let printed = if uri.starts_with("tel:") {
                label.chars().filter(char::is_ascii_digit).count() >= 6
            } else {
                address_forms(&link.uri)
                    .iter()
                    .any(|form| find_anywhere(reading, form).is_some() || search(&reading.running, form, 0).is_some())
            };
            if printed {
                continue;
            }
            let contact = expected.and_then(|expected| {
                expected.links.iter().find(|(_, url)| url.trim_end_matches('/') == uri).map(|(label, _)| label)
            });
            let shown = crate::contract::url_text(&link.uri).text;
            let message = format!(
                "the link «{}» shows only its label: a parser reads «{}» and loses the address {shown}; print the address (as the link's text, or with a template option that prints link addresses)",
                quote(&label),
                quote(&label)
            );
            let finding = match contact {
                Some(value) => {
                    Finding::new(Kind::LabelOnlyLink, Severity::Warning, message).at(&value.field, value.line)
                }
                None => Finding::new(Kind::LabelOnlyLink, Severity::Advice, message),
            };
            findings.push(finding.on_page(page.number));
        }
    }
}

/// Contact details that only a running header or footer carries, which
/// parsers often drop.
fn running_content(reading: &Reading, expected: Option<&Expected>, findings: &mut Vec<Finding>) {
    let running = &reading.running.text;
    if running.is_empty() {
        return;
    }
    let mut values: Vec<(String, Option<&Value>)> = Vec::new();
    if let Some(expected) = expected {
        values.push((expected.name.text.clone(), Some(&expected.name)));
        values.extend(expected.email.iter().map(|value| (value.text.clone(), Some(value))));
        values.extend(expected.phone.iter().map(|value| (value.text.clone(), Some(value))));
        values.extend(expected.links.iter().map(|(label, url)| (crate::contract::url_text(url).text, Some(label))));
    }
    // Addresses of any kind in the running text.
    for word in running.split_whitespace() {
        let word = word.trim_matches(|c: char| "()[]«»\"',;.".contains(c));
        if (word.contains('@') && word.contains('.'))
            || word.contains("://")
            || word.starts_with("www.")
            || (word.contains('.') && word.contains('/'))
        {
            values.push((word.to_owned(), None));
        }
    }
    let mut reported = BTreeSet::new();
    for (text, value) in values {
        let form = normal(&text);
        if form.is_empty() || !reported.insert(form.clone()) {
            continue;
        }
        let in_running = find_word(running, &form, 0).is_some();
        let in_body =
            find_word(&reading.columns.text, &form, 0).is_some() || find_word(&reading.naive.text, &form, 0).is_some();
        if !in_running || in_body {
            continue;
        }
        let message = format!(
            "«{}» is only in a page header or footer: many parsers drop headers and footers; put it in the body too",
            quote(&text)
        );
        let finding = match value {
            Some(value) => Finding::new(Kind::HeaderFooter, Severity::Warning, message).at(&value.field, value.line),
            None => Finding::new(Kind::HeaderFooter, Severity::Advice, message),
        };
        findings.push(finding);
    }
}

/// The rules about the data, in the language of the CV.
pub(crate) fn data_rules(expected: &Expected, words: &Words, pages: usize) -> Vec<Finding> {
    let mut findings = Vec::new();
    let contacts = "person.contacts";
    match (&expected.email, &expected.phone) {
        (None, None) => findings.push(
            Finding::new(
                Kind::MissingContact,
                Severity::Warning,
                "no e-mail and no phone: a parser finds no way to reach you, and most systems require an e-mail".into(),
            )
            .at(contacts, expected.contacts_line),
        ),
        (None, Some(_)) => findings.push(
            Finding::new(
                Kind::MissingContact,
                Severity::Warning,
                "no e-mail: most applicant tracking systems require one to file a candidate".into(),
            )
            .at(contacts, expected.contacts_line),
        ),
        (Some(_), None) => findings.push(
            Finding::new(Kind::MissingContact, Severity::Advice, "no phone: recruiters often call first".into())
                .at(contacts, expected.contacts_line),
        ),
        _ => {}
    }
    for value in &expected.backwards {
        findings.push(
            Finding::new(
                Kind::BackwardsPeriod,
                Severity::Warning,
                format!("«{}» ends before it starts: a parser computes a negative duration or drops it", value.text),
            )
            .at(&value.field, value.line),
        );
    }
    for value in &expected.empty_sections {
        findings.push(
            Finding::new(
                Kind::EmptyPart,
                Severity::Warning,
                format!("the part «{}» has no text: the templates leave it out, title and all", value.text),
            )
            .at(&value.field, value.line),
        );
    }
    for job in expected.jobs.iter().filter(|job| !job.has_body) {
        findings.push(
            Finding::new(
                Kind::EmptyPart,
                Severity::Advice,
                format!(
                    "the job at «{}» has a heading only: a parser finds no duties, results or skills in it",
                    job.company.text
                ),
            )
            .at(&job.field, job.line),
        );
    }
    if !expected.jobs.is_empty() && expected.jobs.iter().all(|job| job.end.is_some()) {
        let last = expected.jobs.iter().filter_map(|job| job.end.clone()).max().unwrap_or_default();
        let job = expected.jobs.first();
        findings.push(
            Finding::new(
                Kind::NoCurrentJob,
                Severity::Advice,
                format!(
                    "no job is held now (the last ended {last}): parsers take the first job for the current one; between jobs, say so in `status`"
                ),
            )
            .at(job.map_or("experience", |job| job.field.as_str()), job.and_then(|job| job.line)),
        );
    }
    let limit = match (&expected.variant, expected.fit) {
        (_, Some(fit)) => fit as usize,
        (Some(_), None) => LONG_VARIANT,
        (None, None) => LONG_CV,
    };
    if pages > limit {
        let purpose = match (&expected.variant, expected.fit) {
            (_, Some(fit)) => format!("the {fit} its variant should fit"),
            (Some(variant), None) => format!("{LONG_VARIANT} for the variant «{variant}», one application"),
            (None, None) => format!("{LONG_CV}"),
        };
        findings.push(Finding::new(
            Kind::LongCv,
            Severity::Advice,
            format!(
                "{pages} pages, more than {purpose}: parsers read it all, but recruiters skim; a variant with `fit:` makes a short one"
            ),
        ));
    }
    if expected.photo && words.photo == Photo::Omitted {
        findings.push(
            Finding::new(
                Kind::Photo,
                Severity::Advice,
                format!(
                    "a photo on a CV in {}: in this language's usual markets CVs carry none, and some employers discard CVs with one; `--no-photo` leaves it out",
                    expected.lang
                ),
            )
            .at("photo", None),
        );
    }
    findings
}

/// Without data: what a parser finds on its own. Each field has no
/// expected value and counts as found when the parser finds one.
pub(crate) fn found_alone(document: &Document, reading: &Reading, words: &Words) -> Vec<Field> {
    let alone = |group: Group, name: &str, found: Option<String>| Field {
        group,
        field: name.to_owned(),
        expected: None,
        ok: found.is_some(),
        found,
        line: None,
    };
    let mut fields = vec![
        alone(Group::Contacts, "name", largest_text(reading)),
        alone(Group::Contacts, "email", emails(reading).into_iter().next()),
        alone(Group::Contacts, "phone", phones(reading).into_iter().next()),
    ];
    let mut seen = BTreeSet::new();
    for link in document.pages.iter().flat_map(|page| &page.links) {
        let uri = link.uri.trim_end_matches('/').to_owned();
        if !uri.starts_with("http") || !seen.insert(uri.clone()) {
            continue;
        }
        let printed = address_forms(&link.uri).iter().find_map(|form| find_anywhere(reading, form));
        let found = printed
            .clone()
            .or_else(|| annotation_label(document, &link.uri).map(|label| format!("only behind the label «{label}»")));
        fields.push(Field {
            group: Group::Contacts,
            field: format!("links[{}]", seen.len() - 1),
            expected: Some(link.uri.clone()),
            ok: printed.is_some(),
            found,
            line: None,
        });
    }
    for piece in reading.pieces.iter().filter(|piece| heading_like(piece, reading.body_size, words)) {
        if let Some(part) = words.parts_of_normal(&piece.normal).first() {
            fields.push(alone(Group::Headings, &format!("headings.{part}"), Some(normal_keep_case(&piece.text))));
        }
    }
    let periods: Vec<String> = reading
        .blocks
        .iter()
        .filter_map(|block| {
            let text: Vec<&str> = block.iter().map(|&piece| reading.pieces[piece].text.as_str()).collect();
            match period_of(&dates(&normal(&text.join("\n")), words)) {
                Some((start, Some(end))) => Some(show_period(start, Some(end))),
                _ => None,
            }
        })
        .collect();
    let found = (!periods.is_empty()).then(|| periods.join(", "));
    fields.push(alone(Group::Experience, "experience.periods", found));
    fields
}

/// Phone numbers in the text: a `+` and 8 to 15 digits written as phone
/// numbers are, or, failing those, 9 to 12 digits that are not a date.
fn phones(reading: &Reading) -> Vec<String> {
    let hay = &reading.columns.text;
    let mut found = Vec::new();
    let mut fallback = Vec::new();
    let is_phone_char = |c: char| c.is_ascii_digit() || "+()-–./ ".contains(c);
    let mut start = 0;
    while let Some(offset) = hay[start..].find(|c: char| c.is_ascii_digit() || c == '+' || c == '(') {
        let run_start = start + offset;
        let run_end = hay[run_start..].find(|c: char| !is_phone_char(c)).map_or(hay.len(), |i| run_start + i);
        let run = hay[run_start..run_end].trim_end_matches([' ', '-', '.', '/', '–', '(']);
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let text = reading.columns.cased(run_start..run_start + run.len()).trim().to_owned();
        let date_like =
            run.contains(" - ") || run.contains('–') || run.split(['-', '.', '/']).any(|part| part.len() == 4);
        if run.starts_with('+') && (8..=15).contains(&digits) {
            found.push(text);
        } else if (9..=12).contains(&digits) && !date_like {
            fallback.push(text);
        }
        start = run_end.max(run_start + 1);
        while !hay.is_char_boundary(start) {
            start += 1;
        }
    }
    found.extend(fallback);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn words(code: &str) -> Words {
        Words::of(Lang::parse(code).unwrap())
    }

    #[test]
    fn dates_are_read_in_each_language() {
        let ru = words("ru");
        assert_eq!(dates(&normal("Ноябрь 2023 — по настоящее время"), &ru), [When::Month(2023, 11), When::Present]);
        assert_eq!(dates(&normal("сентябрь 2016 — октябрь 2022"), &ru), [When::Month(2016, 9), When::Month(2022, 10)]);
        let kk = words("kk");
        assert_eq!(
            dates(&normal("2016 жылғы қыркүйек — 2022 жылғы қазан"), &kk),
            [When::Month(2016, 9), When::Month(2022, 10)]
        );
        let es = words("es");
        assert_eq!(dates(&normal("Octubre de 2022 — actualidad"), &es), [When::Month(2022, 10), When::Present]);
        let en = words("en");
        assert_eq!(dates(&normal("2019 — October 2022"), &en), [When::Year(2019), When::Month(2022, 10)]);
        assert_eq!(dates(&normal("11.2023 – 02/2024"), &en), [When::Month(2023, 11), When::Month(2024, 2)]);
        assert_eq!(dates(&normal("2021-03 — present"), &en), [When::Month(2021, 3), When::Present]);
        assert_eq!(dates(&normal("Marketing 2020"), &en), [When::Year(2020)]);
        let zh = words("zh");
        assert_eq!(dates(&normal("2022年11月 — 至今"), &zh), [When::Month(2022, 11), When::Present]);
        assert_eq!(dates(&normal("2022 年 11 月 — 2023 年"), &zh), [When::Month(2022, 11), When::Year(2023)]);
        // Korean and Japanese write a month as its number and a word.
        let ko = words("ko");
        assert_eq!(dates(&normal("2022년 11월 ~ 현재"), &ko), [When::Month(2022, 11), When::Present]);
        assert_eq!(
            dates(&normal("2016년 9월 ~\n2022년 10월\n6년 2개월"), &ko),
            [When::Month(2016, 9), When::Month(2022, 10)]
        );
        assert_eq!(dates(&normal("2016년 ~ 2018년"), &ko), [When::Year(2016), When::Year(2018)]);
        let ja = words("ja");
        assert_eq!(dates(&normal("2022 年 11 月 ～ 現在"), &ja), [When::Month(2022, 11), When::Present]);
        assert_eq!(dates(&normal("2016年9月～2022年10月"), &ja), [When::Month(2016, 9), When::Month(2022, 10)]);
        let sr = words("sr");
        assert_eq!(dates(&normal("Новембар 2022. — данас"), &sr), [When::Month(2022, 11), When::Present]);
        // A year that ends a sentence is no month: «2022.» then «6 година».
        assert_eq!(
            dates(&normal("Септембар 2016. —\nоктобар 2022.\n6 година"), &sr),
            [When::Month(2016, 9), When::Month(2022, 10)]
        );
    }

    #[test]
    fn a_phone_is_found_by_its_digits_however_it_is_spaced() {
        let mut text = Indexed::default();
        text.text = normal("call +44 (0) 161 496 0123 2026-01-20");
        text.piece_at = vec![0; text.text.len()];
        let found = phone_in(&text, "+44 (0) 161 496 0123");
        assert_eq!(found.as_deref(), Some("+44 (0) 161 496 0123"));
        assert_eq!(phone_in(&text, "+44 161 496 0124"), None);
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0.0; 3], [1.0; 3]) - 21.0).abs() < 0.01);
        assert!(contrast([1.0; 3], [0.98; 3]) < HIDDEN_CONTRAST);
    }
}

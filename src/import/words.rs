//! The words an import adds to a CV, in the CV's language: titles of the
//! free sections that hold what has no field of its own, labels of the lines
//! in them, the salary as text, and dates of any precision.

use std::sync::Mutex;

use crate::contract::wording;
use crate::data::model::{Lang, YearMonth};

/// The words an import writes, in one language, from the language files'
/// `import_*` messages.
pub(crate) struct Words {
    pub lang: Lang,
    pub additional: &'static str,
    pub other: &'static str,
    pub recommendations: &'static str,
    pub portfolio: &'static str,
    pub volunteering: &'static str,
    pub awards: &'static str,
    pub honors: &'static str,
    pub interests: &'static str,
    pub projects: &'static str,
    pub certificates: &'static str,
    pub coursework: &'static str,
    pub undated_work: &'static str,
    pub undated_education: &'static str,
    pub schedule: &'static str,
    pub travel_time: &'static str,
    pub citizenship: &'static str,
    pub work_permit: &'static str,
    pub driving_licence: &'static str,
    pub vehicle_yes: &'static str,
    pub vehicle_no: &'static str,
    pub education_level: &'static str,
    pub profession_area: &'static str,
    pub preferred: &'static str,
    pub score: &'static str,
    pub keywords: &'static str,
    pub roles: &'static str,
    pub level_not_given: &'static str,
    pub level_native: &'static str,
    pub level_full_professional: &'static str,
    pub level_professional_working: &'static str,
    pub level_limited_working: &'static str,
    pub level_elementary: &'static str,
    pub name_placeholder: &'static str,
    pub headline_placeholder: &'static str,
    pub company_placeholder: &'static str,
    pub image: &'static str,
}

impl Words {
    /// The words of `lang`, made once per language and kept for the run.
    pub fn of(lang: Lang) -> &'static Words {
        static MADE: Mutex<Vec<&'static Words>> = Mutex::new(Vec::new());
        let mut made = MADE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(words) = made.iter().find(|words| words.lang == lang) {
            return words;
        }
        let locale = locale(lang);
        // At most one per language cvpdf has a file for, so leaking is bounded.
        let word = |name: &str| -> &'static str {
            Box::leak(locale.message(&format!("{}{name}", crate::lang::locale::IMPORT_PREFIX)).into_boxed_str())
        };
        let words: &'static Words = Box::leak(Box::new(Words {
            lang,
            additional: word("additional"),
            other: word("other"),
            recommendations: word("recommendations"),
            portfolio: word("portfolio"),
            volunteering: word("volunteering"),
            awards: word("awards"),
            honors: word("honors"),
            interests: word("interests"),
            projects: word("projects"),
            certificates: word("certificates"),
            coursework: word("coursework"),
            undated_work: word("undated_work"),
            undated_education: word("undated_education"),
            schedule: word("schedule"),
            travel_time: word("travel_time"),
            citizenship: word("citizenship"),
            work_permit: word("work_permit"),
            driving_licence: word("driving_licence"),
            vehicle_yes: word("vehicle_yes"),
            vehicle_no: word("vehicle_no"),
            education_level: word("education_level"),
            profession_area: word("profession_area"),
            preferred: word("preferred"),
            score: word("score"),
            keywords: word("keywords"),
            roles: word("roles"),
            level_not_given: word("level_not_given"),
            level_native: word("level_native"),
            level_full_professional: word("level_full_professional"),
            level_professional_working: word("level_professional_working"),
            level_limited_working: word("level_limited_working"),
            level_elementary: word("level_elementary"),
            name_placeholder: word("name_placeholder"),
            headline_placeholder: word("headline_placeholder"),
            company_placeholder: word("company_placeholder"),
            image: word("image"),
        }));
        made.push(words);
        words
    }

    /// A LinkedIn proficiency (its words or its enum) in the CV's language;
    /// none for a level it does not define.
    pub fn proficiency(&self, level: &str) -> Option<&'static str> {
        let key: String = level.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
        Some(match key.as_str() {
            "nativeorbilingualproficiency" | "nativeorbilingual" | "native" => self.level_native,
            "fullprofessionalproficiency" | "fullprofessional" => self.level_full_professional,
            "professionalworkingproficiency" | "professionalworking" => self.level_professional_working,
            "limitedworkingproficiency" | "limitedworking" => self.level_limited_working,
            "elementaryproficiency" | "elementary" => self.level_elementary,
            _ => return None,
        })
    }
}

/// The language a text is most likely in, of those cvpdf has words for:
/// Cyrillic text by the letters only some of its languages have; any other
/// text by whatlang's statistics when they are reliable, else Latin text by
/// its most common short words and its accented letters; English when
/// nothing tells.
pub(crate) fn guess_lang<'a>(texts: impl IntoIterator<Item = &'a str>) -> Lang {
    let mut text = String::new();
    for part in texts {
        text.push_str(part);
        text.push(' ');
        if text.len() > 64 << 10 {
            break;
        }
    }
    let lower = text.to_lowercase();
    let count = |letters: &str| lower.chars().filter(|c| letters.contains(*c)).count();
    let cyrillic = lower.chars().filter(|c| ('\u{400}'..='\u{4ff}').contains(c)).count();
    let latin = lower.chars().filter(char::is_ascii_alphabetic).count();
    let lang = |code: &str| Lang::parse(code).unwrap_or(Lang::EN);
    if cyrillic > latin {
        return if count("ђјљњћџ") > 0 {
            lang("sr")
        } else if count("әғқңөұүһ") > 0 {
            lang("kk")
        } else if count("ў") > 0 || (count("і") > 0 && count("ыэ") > 0) {
            lang("be")
        } else if count("іїєґ") > 0 {
            lang("uk")
        } else if count("ыэъёйщь") == 0 && serbian_words(&lower) {
            // Serbian Cyrillic has none of the letters Russian has beyond
            // it, and short words Russian rarely uses alone.
            lang("sr")
        } else {
            Lang::RU
        };
    }
    // Other scripts, and Latin: whatlang's trigram statistics among the
    // languages with a file (each names its ISO 639-3 code), when it calls
    // its guess reliable; else the common short words below.
    let known: Vec<(whatlang::Lang, &str)> = crate::lang::locale::iso639_3_codes()
        .filter_map(|(iso, code)| whatlang::Lang::from_code(iso).map(|lang| (lang, code)))
        .collect();
    let detector = whatlang::Detector::with_allowlist(known.iter().map(|(lang, _)| *lang).collect());
    let detected = detector
        .detect(&text)
        .filter(whatlang::Info::is_reliable)
        .and_then(|info| known.iter().find(|(lang, _)| *lang == info.lang()))
        .and_then(|(_, code)| Lang::parse(code).ok());
    if let Some(lang) = detected {
        return lang;
    }
    const WORDS: &[(&str, &[&str], &str)] = &[
        ("en", &["the", "and", "of", "to", "in", "for", "with", "on", "at", "from", "by", "is", "as"], ""),
        (
            "de",
            &["und", "der", "die", "das", "mit", "für", "von", "bei", "im", "ist", "auf", "den", "zu", "eine"],
            "äöüß",
        ),
        (
            "fr",
            &["et", "le", "la", "les", "des", "du", "pour", "avec", "dans", "sur", "une", "au", "aux", "en"],
            "éèêàçùœâîôûëï",
        ),
        ("es", &["y", "el", "la", "los", "las", "del", "con", "para", "en", "por", "una", "al", "de"], "ñáíóú¿¡"),
        ("pl", &["i", "w", "z", "na", "do", "się", "oraz", "dla", "od", "jest", "przy", "we", "ze"], "ąćęłńśźż"),
    ];
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|word| !word.is_empty()).collect();
    let score = |(_, common, letters): &(&str, &[&str], &str)| {
        2 * words.iter().filter(|word| common.contains(word)).count() + count(letters) * 3
    };
    WORDS
        .iter()
        .map(|entry| (score(entry), entry.0))
        .filter(|(score, _)| *score > 0)
        .max_by_key(|(score, _)| *score)
        .map_or(Lang::EN, |(_, code)| lang(code))
}

/// Whether Cyrillic text has words common in Serbian: `у`, `са`, `као`, …
fn serbian_words(lower: &str) -> bool {
    const WORDS: &[&str] = &["у", "са", "као", "који", "која", "које", "сам", "смо", "радим", "или"];
    lower.split(|c: char| !c.is_alphabetic()).any(|word| WORDS.contains(&word))
}

/// A salary as text: `500 000 ₽` with narrow no-break spaces between the
/// thousands and a no-break space before a trailing currency sign.
pub(crate) fn salary(lang: Lang, amount: f64, currency: &str) -> String {
    let whole = amount.trunc().abs() as u64;
    let cents = ((amount.abs() - amount.trunc().abs()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push('\u{202f}');
        }
        grouped.push(digit);
    }
    if cents > 0 {
        let separator = if lang == Lang::RU { ',' } else { '.' };
        grouped = format!("{grouped}{separator}{cents:02}");
    }
    let symbol = match currency.trim().to_ascii_uppercase().as_str() {
        "RUR" | "RUB" => "₽".to_owned(),
        "USD" => "$".to_owned(),
        "EUR" => "€".to_owned(),
        "KZT" => "₸".to_owned(),
        "UAH" => "₴".to_owned(),
        other => other.to_owned(),
    };
    match (lang, symbol.as_str()) {
        (_, "") => grouped,
        (Lang::EN, "$" | "€") => format!("{symbol}{grouped}"),
        _ => format!("{grouped}\u{a0}{symbol}"),
    }
}

/// A date of any precision as the source gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Partial {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Partial {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part checked; a time after a
    /// `T` is ignored.
    pub fn parse(text: &str) -> Option<Partial> {
        let date = text.trim().split('T').next()?;
        let parts: Vec<&str> = date.split('-').collect();
        let number = |part: &str, digits: usize| {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u32>().ok())?
        };
        let year = number(parts.first()?, 4)? as i32;
        let month = match parts.get(1) {
            Some(part) => Some(number(part, 2).filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match (month, parts.get(2)) {
            (Some(month), Some(part)) => {
                Some(number(part, 2).filter(|d| (1..=crate::data::model::days_in_month(year, month)).contains(d))?)
            }
            (_, None) => None,
            (None, Some(_)) => return None,
        };
        (parts.len() <= 3 && year >= 1000).then_some(Partial { year, month, day })
    }

    /// The month of a period's start: January when only the year is known.
    pub fn start_month(self) -> YearMonth {
        YearMonth { year: self.year, month: self.month.unwrap_or(1) }
    }

    /// The month of a period's end: December when only the year is known.
    pub fn end_month(self) -> YearMonth {
        YearMonth { year: self.year, month: self.month.unwrap_or(12) }
    }

    /// The last day it may stand for, as `YYYY-MM-DD`.
    pub fn last_day(self) -> crate::data::model::Date {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| crate::data::model::days_in_month(self.year, month));
        crate::data::model::Date { year: self.year, month, day }
    }

    /// In words: «2019», «март 2019», «15 марта 2019».
    pub fn words(self, lang: Lang) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => {
                wording::date_long(&locale(lang), crate::data::model::Date { year: self.year, month, day })
            }
            (Some(month), None) => wording::month_year(&locale(lang), YearMonth { year: self.year, month }),
            _ => self.year.to_string(),
        }
    }
}

/// How a date written by a person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A date, and what was guessed or left out to read it, if anything.
    Date(Partial, Option<String>),
    /// A word for "still going": `present`, `heute`, «по настоящее время»…
    Present,
    /// Not a date cvpdf can read, and why.
    Unclear(String),
}

/// Reads a date as people write them: `2017`, `2017-11`, `2017-11-05`,
/// `11/2017`, `2017/11`, `11.2017`, `Nov 2017`, `November 2017`, `5 Nov
/// 2017`, `November 5, 2017`, month names and their common abbreviations in
/// every language cvpdf has words for (`lang`'s own first), and a word for
/// the present. An impossible day is dropped with a note; a date whose
/// month cannot be told (`05/06/2017`) keeps its year with a note; text
/// without a year is unclear.
pub(crate) fn read_date(text: &str, lang: Lang) -> Reading {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    if is_present(&lower) {
        return Reading::Present;
    }
    if let Some(date) = Partial::parse(trimmed) {
        return Reading::Date(date, None);
    }
    // An ISO date with an impossible day: the month is clear.
    let iso: Vec<&str> = trimmed.split('T').next().unwrap_or_default().split('-').collect();
    if iso.len() == 3
        && let Some(month) = Partial::parse(&format!("{}-{}", iso[0], iso[1]))
        && iso[2].len() == 2
        && iso[2].bytes().all(|b| b.is_ascii_digit())
    {
        return Reading::Date(
            month,
            Some(format!("there is no day {} in that month; read as {}", iso[2], month.words(Lang::EN))),
        );
    }
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|token| !token.is_empty()).collect();
    let mut years = Vec::new();
    let mut numbers = Vec::new();
    let mut months = Vec::new();
    let mut unknown = Vec::new();
    for token in &tokens {
        if token.bytes().all(|b| b.is_ascii_digit()) {
            match token.len() {
                4 => years.push(token.parse::<i32>().unwrap_or_default()),
                1 | 2 => numbers.push(token.parse::<u32>().unwrap_or_default()),
                _ => unknown.push(*token),
            }
        } else if let Some(ordinal) = ordinal(token) {
            numbers.push(ordinal);
        } else if FILLERS.contains(token) {
            continue;
        } else {
            match month_named(token, lang) {
                Some(Ok(month)) => months.push(month),
                Some(Err(())) => return Reading::Unclear(format!("«{token}» could be more than one month")),
                None => unknown.push(*token),
            }
        }
    }
    let [year] = years[..] else {
        return Reading::Unclear(if years.is_empty() {
            "no year in it".into()
        } else {
            "more than one year in it".into()
        });
    };
    if !(1000..=9999).contains(&year) {
        return Reading::Unclear("no year in it".into());
    }
    let with_day = |month: u32, day: Option<u32>| -> Reading {
        let valid = day.filter(|day| (1..=crate::data::model::days_in_month(year, month)).contains(day));
        let date = Partial { year, month: Some(month), day: valid };
        let note = (day.is_some() && valid.is_none()).then(|| {
            format!("there is no day {} in that month; read as {}", day.unwrap_or_default(), date.words(Lang::EN))
        });
        Reading::Date(date, note)
    };
    let leftover = |reading: Reading| match (reading, unknown.is_empty()) {
        (Reading::Date(date, None), false) => {
            let note =
                format!("«{}» is not part of a date cvpdf knows; read as {}", unknown.join(" "), date.words(Lang::EN));
            Reading::Date(date, Some(note))
        }
        (reading, _) => reading,
    };
    match (months.as_slice(), numbers.as_slice()) {
        ([month], []) => leftover(with_day(*month, None)),
        ([month], [day]) => leftover(with_day(*month, Some(*day))),
        ([], []) => {
            let date = Partial { year, month: None, day: None };
            leftover(Reading::Date(date, None))
        }
        ([], [month]) if (1..=12).contains(month) => leftover(with_day(*month, None)),
        ([], [a, b]) => {
            // Day and month in either order: clear only when one cannot be a month.
            let (a, b) = (*a, *b);
            let year_first = tokens.first().is_some_and(|first| first.len() == 4);
            match (a <= 12, b <= 12) {
                _ if year_first && a <= 12 => leftover(with_day(a, Some(b))),
                (true, false) => leftover(with_day(a, Some(b))),
                (false, true) => leftover(with_day(b, Some(a))),
                (true, true) if a == b => leftover(with_day(a, Some(b))),
                (true, true) => Reading::Date(
                    Partial { year, month: None, day: None },
                    Some(format!("the month could be {a} or {b}; read as the year {year} alone")),
                ),
                (false, false) => Reading::Unclear("no month in it".into()),
            }
        }
        _ => Reading::Unclear("not a form of date cvpdf knows".into()),
    }
}

/// Words that stand between the parts of a date: «March of 2019», «marzo de
/// 2019», «2019 г.», «2019 жылғы».
const FILLERS: &[&str] = &[
    "of",
    "de",
    "del",
    "the",
    "г",
    "год",
    "года",
    "р",
    "року",
    "рік",
    "жылғы",
    "жыл",
    "ж",
    "god",
    "roku",
    "r",
    "jahr",
    "le",
    "am",
    "en",
];

/// `1st`, `2nd`, `23rd`, `5th` as a day.
fn ordinal(token: &str) -> Option<u32> {
    let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &token[digits.len()..];
    (matches!(suffix, "st" | "nd" | "rd" | "th") && (1..=2).contains(&digits.len())).then(|| digits.parse().ok())?
}

/// Whether a word means "still going" in a language cvpdf has words for.
pub(crate) fn is_present(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "present",
        "current",
        "currently",
        "now",
        "today",
        "ongoing",
        "till now",
        "to date",
        "по настоящее время",
        "н.в.",
        "н. в.",
        "наст. время",
        "настоящее время",
        "сейчас",
        "по сей день",
        "heute",
        "aktuell",
        "jetzt",
        "bis heute",
        "aujourd'hui",
        "aujourd’hui",
        "présent",
        "actuel",
        "en cours",
        "actualidad",
        "actual",
        "presente",
        "hoy",
        "obecnie",
        "teraz",
        "nadal",
        "дотепер",
        "тепер",
        "донині",
        "зараз",
        "па цяперашні час",
        "цяпер",
        "қазір",
        "қазіргі уақытқа дейін",
        "данас",
        "сада",
    ];
    let lower = lower.trim().trim_end_matches('.').trim();
    if lower.is_empty() {
        return false;
    }
    WORDS.iter().any(|word| word.trim_end_matches('.') == lower)
        || crate::lang::locale::codes()
            .filter_map(|code| Lang::parse(code).ok())
            .any(|lang| locale(lang).message("present").to_lowercase() == lower)
}

/// The month a word names, in `lang` first and then in any language cvpdf
/// has words for: a whole name in any case the language files give, or an
/// abbreviation of three letters or more. `Err` when the word could be two
/// different months.
fn month_named(word: &str, lang: Lang) -> Option<Result<u32, ()>> {
    let word = word.trim_end_matches('.');
    let letters = word.chars().count();
    if letters < 3 {
        return None;
    }
    let table = month_names();
    let matches = |own: bool| -> Vec<u32> {
        let mut found: Vec<u32> = table
            .iter()
            .filter(|(code, _, _)| !own || *code == lang.code())
            .filter(|(_, name, _)| *name == word || (letters >= 3 && name.starts_with(word)))
            .map(|(_, _, month)| *month)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    for own in [true, false] {
        match matches(own).as_slice() {
            [] => continue,
            [month] => return Some(Ok(*month)),
            _ => {
                // A whole name wins over abbreviations of others.
                let exact: Vec<u32> =
                    table.iter().filter(|(_, name, _)| *name == word).map(|(_, _, month)| *month).collect();
                if let [month, rest @ ..] = exact.as_slice()
                    && rest.iter().all(|other| other == month)
                {
                    return Some(Ok(*month));
                }
                return Some(Err(()));
            }
        }
    }
    None
}

/// `(language, lower-case name, month)` of every month name the language
/// files give, as it stands alone and in a date.
fn month_names() -> &'static [(String, String, u32)] {
    static NAMES: std::sync::LazyLock<Vec<(String, String, u32)>> = std::sync::LazyLock::new(|| {
        let mut names = Vec::new();
        for code in crate::lang::locale::codes() {
            let Ok(lang) = Lang::parse(code) else { continue };
            let locale = locale(lang);
            for month in 1..=12u32 {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("month", month);
                for message in ["month", "month_genitive"] {
                    let name = locale.format(message, &args).to_lowercase();
                    if !name.is_empty() {
                        names.push((code.to_owned(), name, month));
                    }
                }
            }
        }
        names
    });
    &NAMES
}

/// The language's words for dates, without any labels of a CV.
fn locale(lang: Lang) -> crate::lang::locale::Locale {
    crate::lang::locale::Locale::of(lang)
}

/// One message of the language file, such as `present`.
pub(crate) fn locale_message(lang: Lang, id: &str) -> String {
    locale(lang).message(id)
}

/// A period in words: «март 2019 — май 2021», «2019 — по настоящее время».
pub(crate) fn period(lang: Lang, start: Option<Partial>, end: Option<Partial>) -> Option<String> {
    let present = locale(lang).message("present");
    match (start, end) {
        (Some(start), Some(end)) => Some(format!("{} — {}", start.words(lang), end.words(lang))),
        (Some(start), None) => Some(format!("{} — {present}", start.words(lang))),
        (None, Some(end)) => Some(end.words(lang)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salaries_group_thousands_with_narrow_spaces_and_use_signs() {
        assert_eq!(salary(Lang::RU, 500000.0, "RUR"), "500\u{202f}000\u{a0}₽");
        assert_eq!(salary(Lang::RU, 1234567.0, "RUB"), "1\u{202f}234\u{202f}567\u{a0}₽");
        assert_eq!(salary(Lang::RU, 999.0, "KZT"), "999\u{a0}₸");
        assert_eq!(salary(Lang::RU, 3500.0, "UAH"), "3\u{202f}500\u{a0}₴");
        assert_eq!(salary(Lang::RU, 5000.0, "USD"), "5\u{202f}000\u{a0}$");
        assert_eq!(salary(Lang::EN, 120000.0, "USD"), "$120\u{202f}000");
        assert_eq!(salary(Lang::EN, 90000.5, "EUR"), "€90\u{202f}000.50");
        assert_eq!(salary(Lang::EN, 70000.0, "GBP"), "70\u{202f}000\u{a0}GBP");
    }

    #[test]
    fn partial_dates_are_checked() {
        assert_eq!(Partial::parse("2019"), Some(Partial { year: 2019, month: None, day: None }));
        assert_eq!(Partial::parse("2019-03"), Some(Partial { year: 2019, month: Some(3), day: None }));
        assert_eq!(Partial::parse("2020-02-29"), Some(Partial { year: 2020, month: Some(2), day: Some(29) }));
        assert_eq!(Partial::parse("2026-03-14T10:00:00").map(|p| p.day), Some(Some(14)));
        for bad in ["2019-02-29", "2019-13", "2019-00", "19", "2019-3", "2019/03", "soon", "", "2019-03-01-02"] {
            assert_eq!(Partial::parse(bad), None, "{bad}");
        }
    }

    fn read(text: &str, lang: &str) -> String {
        match read_date(text, Lang::parse(lang).unwrap()) {
            Reading::Date(date, None) => format!("{}-{:?}-{:?}", date.year, date.month, date.day),
            Reading::Date(date, Some(note)) => format!("{}-{:?}-{:?} ({note})", date.year, date.month, date.day),
            Reading::Present => "present".into(),
            Reading::Unclear(why) => format!("unclear: {why}"),
        }
    }

    #[test]
    fn dates_in_the_forms_people_write() {
        for (text, lang, expected) in [
            ("2017", "en", "2017-None-None"),
            ("2017-11", "en", "2017-Some(11)-None"),
            ("2017-11-05", "en", "2017-Some(11)-Some(5)"),
            ("11/2017", "en", "2017-Some(11)-None"),
            ("2017/11", "en", "2017-Some(11)-None"),
            ("11.2017", "de", "2017-Some(11)-None"),
            ("Nov 2017", "en", "2017-Some(11)-None"),
            ("Nov. 2017", "en", "2017-Some(11)-None"),
            ("November 2017", "en", "2017-Some(11)-None"),
            ("November 5th, 2017", "en", "2017-Some(11)-Some(5)"),
            ("5 Nov 2017", "en", "2017-Some(11)-Some(5)"),
            ("novembre 2017", "fr", "2017-Some(11)-None"),
            ("Mars 2019", "fr", "2019-Some(3)-None"),
            ("juin 2017", "fr", "2017-Some(6)-None"),
            ("noviembre de 2017", "es", "2017-Some(11)-None"),
            ("listopad 2017", "pl", "2017-Some(11)-None"),
            ("15 listopada 2017", "pl", "2017-Some(11)-Some(15)"),
            ("März 2020", "de", "2020-Some(3)-None"),
            ("ноябрь 2017", "ru", "2017-Some(11)-None"),
            ("листопад 2017", "uk", "2017-Some(11)-None"),
            ("23 октября 1972 г.", "ru", "1972-Some(10)-Some(23)"),
            ("13/05/2017", "en", "2017-Some(5)-Some(13)"),
            ("present", "en", "present"),
            ("Aujourd'hui", "fr", "present"),
            ("по настоящее время", "ru", "present"),
            ("heute", "de", "present"),
            ("obecnie", "pl", "present"),
        ] {
            assert_eq!(read(text, lang), expected, "{text}");
        }
        assert_eq!(
            read("2022-02-30", "en"),
            "2022-Some(2)-None (there is no day 30 in that month; read as February 2022)"
        );
        assert_eq!(read("05/06/2017", "en"), "2017-None-None (the month could be 5 or 6; read as the year 2017 alone)");
        assert_eq!(read("Fall 2019", "en"), "2019-None-None («fall» is not part of a date cvpdf knows; read as 2019)");
        assert_eq!(read("soon", "en"), "unclear: no year in it");
        assert_eq!(read("2020-13", "en"), "unclear: not a form of date cvpdf knows");
        assert_eq!(read("ju 2017", "fr"), "2017-None-None («ju» is not part of a date cvpdf knows; read as 2017)");
    }

    #[test]
    fn the_language_of_a_text_among_those_cvpdf_speaks() {
        for (text, code) in [
            ("Разработчик на Go, опыт работы с высоконагруженными системами", "ru"),
            ("Розробниця мобільних застосунків, люблю тести й доступність", "uk"),
            ("Распрацоўшчык праграмнага забеспячэння, працую ў банку", "be"),
            ("Бағдарламашы, қазіргі уақытта банкте жұмыс істеймін", "kk"),
            ("Програмер, радим у банци, волим тестове и приступачност", "sr"),
            ("Je conçois des systèmes de paiement pour les banques et les musées", "fr"),
            ("Ich entwickle Firmware für Messgeräte und die Cloud", "de"),
            ("Desarrollo aplicaciones para bancos y hospitales con un equipo", "es"),
            ("Pracuję z danymi od ośmiu lat i buduję raporty dla zarządu", "pl"),
            ("I build payment systems for banks and museums", "en"),
        ] {
            assert_eq!(guess_lang([text]).code(), code, "{text}");
        }
    }

    #[test]
    fn periods_and_languages_in_words() {
        let start = Partial::parse("2019-03");
        assert_eq!(period(Lang::RU, start, None).unwrap(), "март 2019 — по настоящее время");
        assert_eq!(period(Lang::EN, start, Partial::parse("2021")).unwrap(), "March 2019 — 2021");
        assert_eq!(guess_lang(["Иван Петров, Go-разработчик"]), Lang::RU);
        assert_eq!(guess_lang(["Alex Morgan"]), Lang::EN);
    }

    /// The language of a CV's text, among the languages with a file: a
    /// sentence or two of a CV is enough.
    #[test]
    fn the_language_of_a_text_is_recognised() {
        let cases = [
            ("pt", "Desenvolvedora back-end com experiência em sistemas distribuídos e bancos de dados"),
            ("it", "Sviluppatore backend con esperienza nella progettazione di servizi e nella gestione dei dati"),
            ("es", "Desarrolladora backend con experiencia en sistemas distribuidos y bases de datos"),
            ("fr", "Développeuse back-end, j’ai conçu des services et des bases de données pour des clients"),
            ("de", "Backend-Entwicklerin mit Erfahrung in verteilten Systemen und Datenbanken"),
            ("nl", "Backendontwikkelaar met ervaring in gedistribueerde systemen en databases bij grote bedrijven"),
            (
                "sv",
                "Backendutvecklare med erfarenhet av distribuerade system och databaser. Jag har lett ett litet \
                 team och skrivit tjänster som används av miljontals kunder varje dag.",
            ),
            ("fi", "Taustajärjestelmäkehittäjä, jolla on kokemusta hajautetuista järjestelmistä ja tietokannoista"),
            ("cs", "Backendová vývojářka se zkušenostmi s distribuovanými systémy a databázemi ve velkých firmách"),
            ("pl", "Programistka backendu z doświadczeniem w systemach rozproszonych i bazach danych"),
            ("tr", "Dağıtık sistemler ve veritabanları konusunda deneyimli arka uç geliştiricisi"),
            ("el", "Προγραμματίστρια backend με εμπειρία σε κατανεμημένα συστήματα και βάσεις δεδομένων"),
            ("uk", "Бекенд-розробниця з досвідом роботи з розподіленими системами та базами даних"),
            ("ru", "Бэкенд-разработчица с опытом работы с распределёнными системами и базами данных"),
            ("zh", "后端开发工程师，熟悉分布式系统和数据库，负责核心服务的设计与开发"),
            ("ja", "分散システムとデータベースの経験があるバックエンドエンジニアです"),
            ("ko", "분산 시스템과 데이터베이스 경험이 있는 백엔드 개발자입니다"),
            ("ar", "مطورة خلفيات ذات خبرة في الأنظمة الموزعة وقواعد البيانات"),
            ("he", "מפתחת צד שרת עם ניסיון במערכות מבוזרות ובמסדי נתונים"),
            ("fa", "توسعه‌دهنده بک‌اند با تجربه در سیستم‌های توزیع‌شده و پایگاه‌های داده"),
        ];
        for (code, text) in cases {
            assert_eq!(guess_lang([text]).code(), code, "{text}");
        }
    }
}

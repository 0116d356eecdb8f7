//! Facts derived from the data: durations, ages, dates in words, and the
//! locale's labels.
//!
//! Grammar lives here, in Rust and under unit tests, rather than in the
//! templates: every template gets «2 года 4 месяца» ready-made, and none can
//! get the Russian plural wrong. The as-of date is always passed in (it is the
//! CV's `updated` date or `--as-of`), never read from the clock.

use crate::data::model::{Date, End, Gender, Lang, YearMonth};

/// Russian plural category of a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// 1, 21, 101: «год».
    One,
    /// 2–4, 22–24: «года».
    Few,
    /// 0, 5–20, 25–30, 111: «лет».
    Many,
}

pub fn plural_ru(n: u64) -> Plural {
    match (n % 10, n % 100) {
        (1, rem) if rem != 11 => Plural::One,
        (2..=4, rem) if !(12..=14).contains(&rem) => Plural::Few,
        _ => Plural::Many,
    }
}

/// `n` with its noun in the right form, e.g. `count(3, ["год", "года", "лет"])`.
fn count_ru(n: u64, forms: [&str; 3]) -> String {
    let form = match plural_ru(n) {
        Plural::One => forms[0],
        Plural::Few => forms[1],
        Plural::Many => forms[2],
    };
    format!("{n} {form}")
}

fn count_en(n: u64, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

pub fn years(lang: Lang, n: u64) -> String {
    match lang {
        Lang::Ru => count_ru(n, ["год", "года", "лет"]),
        Lang::En => count_en(n, "year", "years"),
    }
}

pub fn months(lang: Lang, n: u64) -> String {
    match lang {
        Lang::Ru => count_ru(n, ["месяц", "месяца", "месяцев"]),
        Lang::En => count_en(n, "month", "months"),
    }
}

/// A span of whole months in words: «4 года 11 месяцев», «14 лет», «1 месяц».
pub fn span(lang: Lang, total_months: u64) -> String {
    let (y, m) = (total_months / 12, total_months % 12);
    match (y, m) {
        (0, m) => months(lang, m),
        (y, 0) => years(lang, y),
        (y, m) => format!("{} {}", years(lang, y), months(lang, m)),
    }
}

const MONTHS_RU_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_index(month: u32) -> usize {
    (month.clamp(1, 12) - 1) as usize
}

/// A month as the start or end of a period, lower case in Russian: «ноябрь 2023».
pub fn month_year(lang: Lang, ym: YearMonth) -> String {
    let name = match lang {
        Lang::Ru => MONTHS_RU_NOMINATIVE[month_index(ym.month)],
        Lang::En => MONTHS_EN[month_index(ym.month)],
    };
    format!("{name} {}", ym.year)
}

/// A date in words, with the month in the genitive in Russian: «23 октября 1972».
pub fn date_long(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Ru => format!("{} {} {}", date.day, MONTHS_RU_GENITIVE[month_index(date.month)], date.year),
        Lang::En => format!("{} {} {}", date.day, MONTHS_EN[month_index(date.month)], date.year),
    }
}

/// A date in digits: «08.02.2026», or ISO 8601 in English.
pub fn date_short(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Ru => format!("{:02}.{:02}.{:04}", date.day, date.month, date.year),
        Lang::En => date.to_string(),
    }
}

/// Upper-cases the first letter, for a label that starts a line.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The last month a period covers, with open ends closed at the as-of month.
pub fn end_month(end: End, as_of: Date) -> YearMonth {
    match end {
        End::Month(ym) => ym,
        End::Present => as_of.year_month(),
    }
}

/// Whole months from `start` to `end`, both included: May 2021 — May 2022 is 13.
pub fn inclusive_months(start: YearMonth, end: YearMonth) -> u64 {
    u64::try_from(end.index() - start.index() + 1).unwrap_or(0)
}

/// The number of distinct months covered by any of the periods, so that
/// overlapping jobs count once.
pub fn union_months(periods: &[(YearMonth, YearMonth)]) -> u64 {
    let mut ranges: Vec<(i64, i64)> =
        periods.iter().map(|(s, e)| (s.index(), e.index())).filter(|(s, e)| s <= e).collect();
    ranges.sort_unstable();
    let mut total = 0u64;
    let mut current: Option<(i64, i64)> = None;
    for (start, end) in ranges {
        current = match current {
            Some((cs, ce)) if start <= ce + 1 => Some((cs, ce.max(end))),
            Some((cs, ce)) => {
                total += (ce - cs + 1) as u64;
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    if let Some((cs, ce)) = current {
        total += (ce - cs + 1) as u64;
    }
    total
}

/// Full years of age on `as_of`.
pub fn age(birth: Date, as_of: Date) -> u64 {
    let had_birthday = (as_of.month, as_of.day) >= (birth.month, birth.day);
    let years = as_of.year - birth.year - i32::from(!had_birthday);
    u64::try_from(years).unwrap_or(0)
}

/// The line under the name: «Мужчина, 53 года, родился 23 октября 1972».
pub fn age_line(lang: Lang, gender: Option<Gender>, birth: Date, as_of: Date) -> String {
    let age = age(birth, as_of);
    let born = date_long(lang, birth);
    match (lang, gender) {
        (Lang::Ru, Some(Gender::Male)) => format!("Мужчина, {}, родился {born}", years(lang, age)),
        (Lang::Ru, Some(Gender::Female)) => format!("Женщина, {}, родилась {born}", years(lang, age)),
        (Lang::Ru, None) => format!("{}, дата рождения {born}", years(lang, age)),
        (Lang::En, Some(Gender::Male)) => format!("Male, {age} years old, born {born}"),
        (Lang::En, Some(Gender::Female)) => format!("Female, {age} years old, born {born}"),
        (Lang::En, None) => format!("{age} years old, born {born}"),
    }
}

/// How a period is printed in the left column of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodText {
    /// «Ноябрь 2023 —»
    pub start: String,
    /// «по настоящее время» or «ноябрь 2023»
    pub end: String,
    /// «2 года 4 месяца»
    pub duration: String,
}

pub fn period(lang: Lang, start: YearMonth, end: End, as_of: Date) -> PeriodText {
    let end_text = match end {
        End::Present => Labels::of(lang).present.to_owned(),
        End::Month(ym) => month_year(lang, ym),
    };
    PeriodText {
        start: format!("{} —", capitalize(&month_year(lang, start))),
        end: end_text,
        duration: span(lang, inclusive_months(start, end_month(end, as_of))),
    }
}

/// The words a template prints around the data, in the CV's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Labels {
    pub resume: &'static str,
    pub contacts: &'static str,
    pub updated: &'static str,
    pub specialisations: &'static str,
    pub employment: &'static str,
    pub experience: &'static str,
    pub present: &'static str,
    pub achievements: &'static str,
    pub skills: &'static str,
    pub about: &'static str,
    pub education: &'static str,
    /// The title of the education part when every entry is higher education.
    #[serde(skip)]
    pub higher_education: &'static str,
    /// The level of higher education as the data writes it, lower case, to
    /// recognise it.
    #[serde(skip)]
    pub higher_level: &'static str,
    pub languages: &'static str,
    pub courses: &'static str,
    pub motto: &'static str,
}

impl Labels {
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::Ru => &Labels {
                resume: "Резюме",
                contacts: "Контакты",
                updated: "Резюме обновлено",
                specialisations: "Специализации:",
                employment: "Тип занятости:",
                experience: "Опыт работы",
                present: "по настоящее время",
                achievements: "Достижения",
                skills: "Навыки",
                about: "Обо мне",
                education: "Образование",
                higher_education: "Высшее образование",
                higher_level: "высшее",
                languages: "Знание языков",
                courses: "Тесты, экзамены",
                motto: "Девиз",
            },
            Lang::En => &Labels {
                resume: "Résumé",
                contacts: "Contacts",
                updated: "Updated",
                specialisations: "Specialisations:",
                employment: "Employment:",
                experience: "Experience",
                present: "present",
                achievements: "Achievements",
                skills: "Skills",
                about: "About me",
                education: "Education",
                higher_education: "Higher education",
                higher_level: "higher",
                languages: "Languages",
                courses: "Courses and tests",
                motto: "Motto",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(year: i32, month: u32) -> YearMonth {
        YearMonth { year, month }
    }

    const AS_OF: Date = Date { year: 2026, month: 2, day: 8 };

    #[test]
    fn plural_examples_from_the_issue() {
        let cases = [(1, "1 год"), (2, "2 года"), (5, "5 лет"), (11, "11 лет"), (21, "21 год"), (111, "111 лет")];
        for (n, want) in cases {
            assert_eq!(years(Lang::Ru, n), want);
        }
        assert_eq!(months(Lang::Ru, 1), "1 месяц");
        assert_eq!(months(Lang::Ru, 3), "3 месяца");
        assert_eq!(months(Lang::Ru, 11), "11 месяцев");
    }

    /// Checks every number 0–200 against the rule spelled out digit by digit.
    #[test]
    fn plural_rule_for_every_number_up_to_200() {
        for n in 0..=200u64 {
            let last = n % 10;
            let teen = (11..=14).contains(&(n % 100));
            let want = if teen {
                "лет"
            } else if last == 1 {
                "год"
            } else if (2..=4).contains(&last) {
                "года"
            } else {
                "лет"
            };
            assert_eq!(years(Lang::Ru, n), format!("{n} {want}"), "n = {n}");
            let want_months = match want {
                "год" => "месяц",
                "года" => "месяца",
                _ => "месяцев",
            };
            assert_eq!(months(Lang::Ru, n), format!("{n} {want_months}"), "n = {n}");
        }
    }

    #[test]
    fn english_plurals() {
        assert_eq!(span(Lang::En, 28), "2 years 4 months");
        assert_eq!(span(Lang::En, 13), "1 year 1 month");
        assert_eq!(span(Lang::En, 24), "2 years");
    }

    /// The seven jobs of the seed CV, as of its `updated` date.
    #[test]
    fn durations_of_the_seed_jobs() {
        let jobs = [
            (ym(2023, 11), End::Present, "2 года 4 месяца"),
            (ym(2015, 5), End::Month(ym(2023, 11)), "8 лет 7 месяцев"),
            (ym(2021, 5), End::Month(ym(2022, 5)), "1 год 1 месяц"),
            (ym(2006, 8), End::Month(ym(2020, 8)), "14 лет 1 месяц"),
            (ym(2002, 8), End::Month(ym(2009, 9)), "7 лет 2 месяца"),
            (ym(1999, 6), End::Month(ym(2002, 7)), "3 года 2 месяца"),
            (ym(1994, 8), End::Month(ym(1999, 6)), "4 года 11 месяцев"),
        ];
        for (start, end, want) in jobs {
            assert_eq!(period(Lang::Ru, start, end, AS_OF).duration, want, "{start}");
        }
        assert_eq!(period(Lang::Ru, ym(2020, 8), End::Month(ym(2023, 11)), AS_OF).duration, "3 года 4 месяца");
    }

    #[test]
    fn period_words() {
        let open = period(Lang::Ru, ym(2023, 11), End::Present, AS_OF);
        assert_eq!(open.start, "Ноябрь 2023 —");
        assert_eq!(open.end, "по настоящее время");
        let closed = period(Lang::Ru, ym(2021, 5), End::Month(ym(2022, 5)), AS_OF);
        assert_eq!(closed.end, "май 2022");
        let english = period(Lang::En, ym(2021, 5), End::Present, AS_OF);
        assert_eq!((english.start.as_str(), english.end.as_str()), ("May 2021 —", "present"));
    }

    #[test]
    fn union_counts_overlaps_once() {
        // 1994-08 … 2026-02 without gaps: 31 years 7 months, as in the print version.
        let seed = [
            (ym(2023, 11), AS_OF.year_month()),
            (ym(2015, 5), ym(2023, 11)),
            (ym(2021, 5), ym(2022, 5)),
            (ym(2006, 8), ym(2020, 8)),
            (ym(2002, 8), ym(2009, 9)),
            (ym(1999, 6), ym(2002, 7)),
            (ym(1994, 8), ym(1999, 6)),
        ];
        assert_eq!(span(Lang::Ru, union_months(&seed)), "31 год 7 месяцев");
        // Two disjoint periods with a gap are added, not bridged.
        assert_eq!(union_months(&[(ym(2000, 1), ym(2000, 3)), (ym(2000, 6), ym(2000, 6))]), 4);
        // Adjacent periods join.
        assert_eq!(union_months(&[(ym(2000, 1), ym(2000, 3)), (ym(2000, 4), ym(2000, 4))]), 4);
        // A period inside another adds nothing.
        assert_eq!(union_months(&[(ym(2000, 1), ym(2001, 12)), (ym(2000, 5), ym(2000, 7))]), 24);
        assert_eq!(union_months(&[]), 0);
    }

    #[test]
    fn ages_and_birth_dates() {
        let birth = Date { year: 1972, month: 10, day: 23 };
        assert_eq!(age_line(Lang::Ru, Some(Gender::Male), birth, AS_OF), "Мужчина, 53 года, родился 23 октября 1972");
        assert_eq!(age(birth, Date { year: 2026, month: 10, day: 22 }), 53);
        assert_eq!(age(birth, Date { year: 2026, month: 10, day: 23 }), 54);
        assert_eq!(
            age_line(Lang::Ru, Some(Gender::Female), Date { year: 2005, month: 3, day: 1 }, AS_OF),
            "Женщина, 20 лет, родилась 1 марта 2005"
        );
        assert_eq!(age_line(Lang::En, None, birth, AS_OF), "53 years old, born 23 October 1972");
    }

    #[test]
    fn dates_in_digits() {
        assert_eq!(date_short(Lang::Ru, AS_OF), "08.02.2026");
        assert_eq!(date_short(Lang::En, AS_OF), "2026-02-08");
    }
}

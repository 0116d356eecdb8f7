//! Facts derived from the data: durations, ages, dates in words, and the
//! locale's labels.
//!
//! Grammar lives here and in the language files (`locales/*.ftl`, read by
//! [`super::locale`]), under tests, rather than in the templates: every
//! template gets «2 года 4 месяца» ready-made, and none can get a plural
//! wrong. This file does the arithmetic and hands the numbers to the
//! language's messages. The as-of date is always passed in (it is the CV's
//! `updated` date or `--as-of`), never read from the clock.

use fluent_bundle::FluentArgs;

use crate::data::model::{Date, End, Gender, YearMonth};
use crate::lang::Locale;
use crate::lang::locale::date_args;

/// `n` years, in the plural form the language's CLDR rules pick: «2 года».
pub fn years(locale: &Locale, n: u64) -> String {
    let mut args = FluentArgs::new();
    args.set("n", n);
    locale.format("years", &args)
}

/// `n` months: «5 месяцев».
pub fn months(locale: &Locale, n: u64) -> String {
    let mut args = FluentArgs::new();
    args.set("n", n);
    locale.format("months", &args)
}

/// A span of whole months in words: «4 года 11 месяцев», «14 лет», «1 месяц».
pub fn span(locale: &Locale, total_months: u64) -> String {
    let (y, m) = (total_months / 12, total_months % 12);
    match (y, m) {
        (0, m) => months(locale, m),
        (y, 0) => years(locale, y),
        (y, m) => {
            let mut args = FluentArgs::new();
            args.set("years", years(locale, y));
            args.set("months", months(locale, m));
            args.set("y", y);
            args.set("m", m);
            locale.format("duration", &args)
        }
    }
}

/// A month as the start or end of a period: «ноябрь 2023».
pub fn month_year(locale: &Locale, ym: YearMonth) -> String {
    let mut args = FluentArgs::new();
    args.set("month", ym.month);
    args.set("year", ym.year);
    locale.format("month_year", &args)
}

/// A date in words, with the month in the genitive where the language has
/// one: «23 октября 1972».
pub fn date_long(locale: &Locale, date: Date) -> String {
    locale.format("date_long", &date_args(date.day, date.month, date.year))
}

/// A date in digits: «08.02.2026», or ISO 8601 in English.
pub fn date_short(locale: &Locale, date: Date) -> String {
    locale.format("date_short", &date_args(date.day, date.month, date.year))
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
pub fn age_line(locale: &Locale, gender: Option<Gender>, birth: Date, as_of: Date) -> String {
    let mut args = date_args(birth.day, birth.month, birth.year);
    args.set("age", age(birth, as_of));
    args.set("gender", gender_name(gender));
    locale.format("age_line", &args)
}

/// How dates of periods are written: in words, as the language file has
/// them («ноябрь 2023»), or in digits («11.2023»), as a design chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStyle {
    #[default]
    Words,
    Numeric,
}

/// A month in digits: «02.2026».
pub fn month_numeric(month: YearMonth) -> String {
    format!("{:02}.{:04}", month.month, month.year)
}

/// The words of one render: the language (with the CV's `labels:`) and the
/// design's choices that change words. Every phrase a reader sees that is
/// not the data's own text is made here, from the language's messages, so
/// the PDF, the web page, Markdown and every other output print the same
/// words: they receive them ready-made in the contract.
pub struct Words {
    pub locale: Locale,
    pub date_style: DateStyle,
}

impl Words {
    pub fn new(locale: Locale, date_style: DateStyle) -> Words {
        Words { locale, date_style }
    }

    /// A month of a period: «ноябрь 2023», or «11.2023» in digits.
    pub fn month(&self, month: YearMonth) -> String {
        match self.date_style {
            DateStyle::Words => month_year(&self.locale, month),
            DateStyle::Numeric => month_numeric(month),
        }
    }

    /// The end of a period: a month, or «по настоящее время».
    pub fn end(&self, end: End) -> String {
        match end {
            End::Present => self.locale.message("present"),
            End::Month(month) => self.month(month),
        }
    }

    /// Two ends of a period inside a line, «1994 — 1999»; one when they are
    /// the same («2005», not «2005 — 2005»).
    pub fn range(&self, start: &str, end: &str) -> String {
        if start == end {
            return start.to_owned();
        }
        let mut args = FluentArgs::new();
        args.set("start", start.to_owned());
        args.set("end", end.to_owned());
        self.locale.format("range", &args)
    }

    /// The start of a period on a line of its own, its end on the next:
    /// «Ноябрь 2023 —», upper-cased as a line starts.
    pub fn range_start(&self, start: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("start", capitalize(start));
        self.locale.format("range_start", &args)
    }

    /// Years alone: «1989 — 1994», or «1994» without a start or within one
    /// year.
    pub fn years(&self, start: Option<i32>, end: i32) -> String {
        match start {
            Some(start) => self.range(&start.to_string(), &end.to_string()),
            None => end.to_string(),
        }
    }

    /// Every way a job's period is printed.
    pub fn period(&self, start: YearMonth, end: End, as_of: Date) -> super::Period {
        let end_text = self.end(end);
        let start_text = self.month(start);
        let end_year = match end {
            End::Month(month) => month.year.to_string(),
            End::Present => end_text.clone(),
        };
        super::Period {
            start_iso: start.to_string(),
            end_iso: match end {
                End::Month(month) => Some(month.to_string()),
                End::Present => None,
            },
            start: self.range_start(&start_text),
            range: self.range(&start_text, &end_text),
            years: self.range(&start.year.to_string(), &end_year),
            duration: span(&self.locale, inclusive_months(start, end_month(end, as_of))),
            end: end_text,
        }
    }

    /// The total of `periods`, each month counted once: «31 год 7 месяцев».
    pub fn total(&self, periods: &[(YearMonth, End)], as_of: Date) -> String {
        let periods: Vec<_> = periods.iter().map(|(start, end)| (*start, end_month(*end, as_of))).collect();
        span(&self.locale, union_months(&periods))
    }

    /// A date in words and in digits.
    pub fn date(&self, date: Date) -> super::DateText {
        super::DateText {
            iso: date.to_string(),
            short: date_short(&self.locale, date),
            long: date_long(&self.locale, date),
        }
    }

    /// The line under the name with what is shown of the gender, the age and
    /// the date of birth: «Мужчина, 53 года, родился 23 октября 1972», or
    /// what is left of it; none when nothing is. The date is in digits when
    /// the design writes dates so.
    pub fn person_line(&self, gender: Option<Gender>, birth: Date, as_of: Date, show: Shown) -> Option<String> {
        let locale = &self.locale;
        let numeric = self.date_style == DateStyle::Numeric;
        if show.age && show.birth_date && !numeric {
            return Some(age_line(locale, gender, birth, as_of));
        }
        let gender_name = gender_name(gender);
        let mut parts: Vec<String> = Vec::new();
        if gender.is_some() {
            let mut args = FluentArgs::new();
            args.set("gender", gender_name);
            parts.push(locale.format("gender_word", &args));
        }
        if show.age {
            let mut args = FluentArgs::new();
            args.set("age", age(birth, as_of));
            args.set("gender", gender_name);
            parts.push(locale.format("age", &args));
        }
        if show.birth_date {
            // The day too, for the languages whose preposition depends on
            // it («nata l’8 ottobre», «γεννημένη την 1η Μαρτίου»).
            let mut args = date_args(birth.day, birth.month, birth.year);
            args.set("gender", gender_name);
            args.set("date", if numeric { date_short(locale, birth) } else { date_long(locale, birth) });
            parts.push(locale.format("born", &args));
        }
        (!parts.is_empty()).then(|| capitalize(&parts.join(&self.separator())))
    }

    /// What separates the parts of a line that lists several, in the
    /// language: «, », «، », «，».
    pub fn separator(&self) -> String {
        self.locale.message("list_separator")
    }

    /// The title of the PDF and the page: «Резюме — Иван Петров».
    pub fn document_title(&self, name: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("name", name.to_owned());
        self.locale.format("document_title", &args)
    }

    /// The title of a cover letter's PDF: «Cover letter — Ann Lee».
    pub fn letter_title(&self, name: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("name", name.to_owned());
        self.locale.format("letter_title", &args)
    }

    /// The title of a group of publications of one kind (`article`,
    /// `conference`, `book`, `thesis`, `report`, `talk`, `preprint`,
    /// `other`): «Статьи в журналах», "Conference papers".
    pub fn publication_group(&self, kind: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("kind", kind.to_owned());
        self.locale.format("publication_group", &args)
    }

    /// The heading of a letter's list of `n` enclosures: «Enclosure»,
    /// «Enclosures».
    pub fn letter_enclosures(&self, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("n", n);
        self.locale.format("letter_enclosures", &args)
    }
}

/// Which details of the line under the name are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub age: bool,
    pub birth_date: bool,
}

fn gender_name(gender: Option<Gender>) -> &'static str {
    match gender {
        Some(Gender::Male) => "male",
        Some(Gender::Female) => "female",
        None => "none",
    }
}

#[cfg(test)]
mod tests {
    use crate::lang::Labels;

    use icu_plurals::PluralCategory;

    use super::*;
    use crate::data::model::Lang;
    use crate::lang::locale::plural_rules;

    fn ym(year: i32, month: u32) -> YearMonth {
        YearMonth { year, month }
    }

    fn locale(code: &str) -> Locale {
        Locale::of(Lang::parse(code).unwrap())
    }

    const AS_OF: Date = Date { year: 2026, month: 2, day: 8 };

    /// The words for years and months each language uses, by CLDR plural
    /// category; `%` stands for the number. Categories a language does not
    /// have for whole numbers are left out.
    type Forms = &'static [(PluralCategory, &'static str)];
    const WORDS: &[(&str, Forms, Forms, Forms)] = {
        use PluralCategory::{Few as FEW, Many as MANY, One as ONE, Other as OTHER, Two as TWO, Zero as ZERO};
        &[
            // (language, years, months, age)
            (
                "ru",
                &[(ONE, "% год"), (FEW, "% года"), (MANY, "% лет")],
                &[(ONE, "% месяц"), (FEW, "% месяца"), (MANY, "% месяцев")],
                &[(ONE, "% год"), (FEW, "% года"), (MANY, "% лет")],
            ),
            (
                "uk",
                &[(ONE, "% рік"), (FEW, "% роки"), (MANY, "% років")],
                &[(ONE, "% місяць"), (FEW, "% місяці"), (MANY, "% місяців")],
                &[(ONE, "% рік"), (FEW, "% роки"), (MANY, "% років")],
            ),
            (
                "be",
                &[(ONE, "% год"), (FEW, "% гады"), (MANY, "% гадоў")],
                &[(ONE, "% месяц"), (FEW, "% месяцы"), (MANY, "% месяцаў")],
                &[(ONE, "% год"), (FEW, "% гады"), (MANY, "% гадоў")],
            ),
            (
                "kk",
                &[(ONE, "% жыл"), (OTHER, "% жыл")],
                &[(ONE, "% ай"), (OTHER, "% ай")],
                &[(ONE, "% жас"), (OTHER, "% жас")],
            ),
            (
                "sr",
                &[(ONE, "% година"), (FEW, "% године"), (OTHER, "% година")],
                &[(ONE, "% месец"), (FEW, "% месеца"), (OTHER, "% месеци")],
                &[(ONE, "% година"), (FEW, "% године"), (OTHER, "% година")],
            ),
            (
                "pl",
                &[(ONE, "% rok"), (FEW, "% lata"), (MANY, "% lat")],
                &[(ONE, "% miesiąc"), (FEW, "% miesiące"), (MANY, "% miesięcy")],
                &[(ONE, "% rok"), (FEW, "% lata"), (MANY, "% lat")],
            ),
            (
                "de",
                &[(ONE, "% Jahr"), (OTHER, "% Jahre")],
                &[(ONE, "% Monat"), (OTHER, "% Monate")],
                &[(ONE, "% Jahr"), (OTHER, "% Jahre")],
            ),
            (
                "fr",
                &[(ONE, "% an"), (OTHER, "% ans")],
                &[(ONE, "% mois"), (OTHER, "% mois")],
                &[(ONE, "% an"), (OTHER, "% ans")],
            ),
            (
                "es",
                &[(ONE, "% año"), (OTHER, "% años")],
                &[(ONE, "% mes"), (OTHER, "% meses")],
                &[(ONE, "% año"), (OTHER, "% años")],
            ),
            (
                "en",
                &[(ONE, "% year"), (OTHER, "% years")],
                &[(ONE, "% month"), (OTHER, "% months")],
                &[(ONE, "% year old"), (OTHER, "% years old")],
            ),
            (
                "pt",
                &[(ONE, "% ano"), (OTHER, "% anos")],
                &[(ONE, "% mês"), (OTHER, "% meses")],
                &[(ONE, "% ano"), (OTHER, "% anos")],
            ),
            (
                "it",
                &[(ONE, "% anno"), (OTHER, "% anni")],
                &[(ONE, "% mese"), (OTHER, "% mesi")],
                &[(ONE, "% anno"), (OTHER, "% anni")],
            ),
            (
                "nl",
                &[(ONE, "% jaar"), (OTHER, "% jaar")],
                &[(ONE, "% maand"), (OTHER, "% maanden")],
                &[(ONE, "% jaar"), (OTHER, "% jaar")],
            ),
            (
                "sv",
                &[(ONE, "% år"), (OTHER, "% år")],
                &[(ONE, "% månad"), (OTHER, "% månader")],
                &[(ONE, "% år"), (OTHER, "% år")],
            ),
            (
                "nb",
                &[(ONE, "% år"), (OTHER, "% år")],
                &[(ONE, "% måned"), (OTHER, "% måneder")],
                &[(ONE, "% år"), (OTHER, "% år")],
            ),
            (
                "da",
                &[(ONE, "% år"), (OTHER, "% år")],
                &[(ONE, "% måned"), (OTHER, "% måneder")],
                &[(ONE, "% år"), (OTHER, "% år")],
            ),
            (
                "fi",
                &[(ONE, "% vuosi"), (OTHER, "% vuotta")],
                &[(ONE, "% kuukausi"), (OTHER, "% kuukautta")],
                &[(ONE, "% vuosi"), (OTHER, "% vuotta")],
            ),
            (
                "cs",
                &[(ONE, "% rok"), (FEW, "% roky"), (OTHER, "% let")],
                &[(ONE, "% měsíc"), (FEW, "% měsíce"), (OTHER, "% měsíců")],
                &[(ONE, "% rok"), (FEW, "% roky"), (OTHER, "% let")],
            ),
            (
                "tr",
                &[(ONE, "% yıl"), (OTHER, "% yıl")],
                &[(ONE, "% ay"), (OTHER, "% ay")],
                &[(ONE, "% yaşında"), (OTHER, "% yaşında")],
            ),
            (
                "el",
                &[(ONE, "% χρόνος"), (OTHER, "% χρόνια")],
                &[(ONE, "% μήνας"), (OTHER, "% μήνες")],
                &[(ONE, "% έτους"), (OTHER, "% ετών")],
            ),
            ("zh", &[(OTHER, "%年")], &[(OTHER, "%个月")], &[(OTHER, "%岁")]),
            ("ja", &[(OTHER, "%年")], &[(OTHER, "%か月")], &[(OTHER, "%歳")]),
            ("ko", &[(OTHER, "%년")], &[(OTHER, "%개월")], &[(OTHER, "%세")]),
            (
                "ar",
                &[
                    (ZERO, "% سنة"),
                    (ONE, "سنة واحدة"),
                    (TWO, "سنتان"),
                    (FEW, "% سنوات"),
                    (MANY, "% سنة"),
                    (OTHER, "% سنة"),
                ],
                &[
                    (ZERO, "% شهر"),
                    (ONE, "شهر واحد"),
                    (TWO, "شهران"),
                    (FEW, "% أشهر"),
                    (MANY, "% شهرا"),
                    (OTHER, "% شهر"),
                ],
                &[
                    (ZERO, "% عام"),
                    (ONE, "عام واحد"),
                    (TWO, "عامان"),
                    (FEW, "% أعوام"),
                    (MANY, "% عاما"),
                    (OTHER, "% عام"),
                ],
            ),
            (
                "he",
                &[(ONE, "שנה"), (TWO, "שנתיים"), (OTHER, "% שנים")],
                &[(ONE, "חודש"), (TWO, "חודשיים"), (OTHER, "% חודשים")],
                // The age agrees with the gender, not the number: «גיל 53» without one.
                &[(ONE, "גיל %"), (TWO, "גיל %"), (OTHER, "גיל %")],
            ),
            (
                "fa",
                &[(ONE, "% سال"), (OTHER, "% سال")],
                &[(ONE, "% ماه"), (OTHER, "% ماه")],
                &[(ONE, "% ساله"), (OTHER, "% ساله")],
            ),
        ]
    };

    fn word(forms: Forms, category: &PluralCategory, n: u64, what: &str) -> String {
        let (_, form) = forms
            .iter()
            .find(|(known, _)| known == category)
            .unwrap_or_else(|| panic!("{what}: CLDR gives {n} the category {category:?}, which the table lacks"));
        form.replace('%', &n.to_string())
    }

    /// Every number 0–200 in every language: the category comes from CLDR's
    /// rules (ICU4X's data), the word from the table above.
    #[test]
    fn plural_forms_0_to_200_follow_cldr_in_every_language() {
        for (code, year_forms, month_forms, age_forms) in WORDS {
            let rules = plural_rules(Lang::parse(code).unwrap()).unwrap();
            let words = locale(code);
            for n in 0..=200u64 {
                let category = rules.category_for(n);
                assert_eq!(years(&words, n), word(year_forms, &category, n, code), "{code}: {n} years");
                assert_eq!(months(&words, n), word(month_forms, &category, n, code), "{code}: {n} months");
                let birth = Date { year: 2026 - n as i32, month: 1, day: 1 };
                let line = age_line(&words, None, birth, AS_OF);
                let want = word(age_forms, &category, n, code);
                assert!(line.contains(&want), "{code}: age {n}: {line:?} lacks {want:?}");
            }
        }
    }

    /// The cases where the languages part ways: a rule copied from Russian
    /// would fail Polish at 21 and 0, French at 0, Serbian at 5.
    #[test]
    fn plurals_where_languages_differ() {
        let cases = [
            ("ru", 1, "1 год"),
            ("ru", 21, "21 год"),
            ("ru", 111, "111 лет"),
            ("ru", 2, "2 года"),
            ("pl", 21, "21 lat"),
            ("pl", 22, "22 lata"),
            ("pl", 12, "12 lat"),
            ("pl", 0, "0 lat"),
            ("uk", 11, "11 років"),
            ("uk", 24, "24 роки"),
            ("be", 3, "3 гады"),
            ("be", 5, "5 гадоў"),
            ("sr", 5, "5 година"),
            ("sr", 3, "3 године"),
            ("sr", 101, "101 година"),
            ("fr", 0, "0 an"),
            ("fr", 2, "2 ans"),
            ("kk", 5, "5 жыл"),
            ("de", 1, "1 Jahr"),
            ("es", 11, "11 años"),
            // Czech has no «21 = 1» nor «22 = 2» of the East Slavic languages.
            ("cs", 21, "21 let"),
            ("cs", 22, "22 let"),
            ("cs", 4, "4 roky"),
            ("pt", 0, "0 ano"),
            ("nl", 5, "5 jaar"),
            ("fi", 2, "2 vuotta"),
            // Arabic's six: the dual and the singular without a number,
            // the plural to 10, the singular accusative to 99, the genitive
            // singular after a hundred.
            ("ar", 1, "سنة واحدة"),
            ("ar", 2, "سنتان"),
            ("ar", 3, "3 سنوات"),
            ("ar", 10, "10 سنوات"),
            ("ar", 11, "11 سنة"),
            ("ar", 100, "100 سنة"),
            ("ar", 103, "103 سنوات"),
            ("he", 2, "שנתיים"),
            ("he", 20, "20 שנים"),
            ("zh", 21, "21年"),
            ("ko", 2, "2년"),
        ];
        for (code, n, want) in cases {
            assert_eq!(years(&locale(code), n), want, "{code}");
        }
    }

    #[test]
    fn durations_in_every_language() {
        let cases = [
            ("ru", "2 года 4 месяца"),
            ("uk", "2 роки 4 місяці"),
            ("be", "2 гады 4 месяцы"),
            ("kk", "2 жыл 4 ай"),
            ("sr", "2 године 4 месеца"),
            ("pl", "2 lata 4 miesiące"),
            ("de", "2 Jahre 4 Monate"),
            ("fr", "2 ans 4 mois"),
            ("es", "2 años 4 meses"),
            ("en", "2 years 4 months"),
            ("pt", "2 anos e 4 meses"),
            ("it", "2 anni e 4 mesi"),
            ("nl", "2 jaar en 4 maanden"),
            ("sv", "2 år och 4 månader"),
            ("nb", "2 år og 4 måneder"),
            ("da", "2 år og 4 måneder"),
            ("fi", "2 vuotta 4 kuukautta"),
            ("cs", "2 roky 4 měsíce"),
            ("tr", "2 yıl 4 ay"),
            ("el", "2 χρόνια και 4 μήνες"),
            ("zh", "2年4个月"),
            ("ja", "2年4か月"),
            ("ko", "2년 4개월"),
            ("ar", "سنتان و4 أشهر"),
            ("he", "שנתיים ו־4 חודשים"),
            ("fa", "2 سال و 4 ماه"),
        ];
        for (code, want) in cases {
            assert_eq!(span(&locale(code), 28), want, "{code}");
        }
        // Hebrew joins «and» to a word, and with a hyphen to a number.
        assert_eq!(span(&locale("he"), 25), "שנתיים וחודש");
        assert_eq!(span(&locale("he"), 14), "שנה וחודשיים");
        assert_eq!(span(&locale("ar"), 13), "سنة واحدة وشهر واحد");
        assert_eq!(span(&locale("en"), 13), "1 year 1 month");
        assert_eq!(span(&locale("en"), 24), "2 years");
        assert_eq!(span(&locale("pl"), 5), "5 miesięcy");
    }

    /// Dates and the age line in every language, with the month in the
    /// case each language uses: nominative for a period, genitive (or its
    /// equivalent) in a full date.
    #[test]
    fn dates_and_ages_in_every_language() {
        let birth = Date { year: 1972, month: 10, day: 23 };
        let first = Date { year: 2005, month: 3, day: 1 };
        let september = ym(2014, 9);
        // (language, period month, long date, short date, male line, female line for `first`, line without gender)
        let cases = [
            (
                "ru",
                "сентябрь 2014",
                "23 октября 1972",
                "08.02.2026",
                "Мужчина, 53 года, родился 23 октября 1972",
                "Женщина, 20 лет, родилась 1 марта 2005",
                "53 года, дата рождения 23 октября 1972",
            ),
            (
                "uk",
                "вересень 2014",
                "23 жовтня 1972",
                "08.02.2026",
                "Чоловік, 53 роки, народився 23 жовтня 1972",
                "Жінка, 20 років, народилася 1 березня 2005",
                "53 роки, дата народження 23 жовтня 1972",
            ),
            (
                "be",
                "верасень 2014",
                "23 кастрычніка 1972",
                "08.02.2026",
                "Мужчына, 53 гады, нарадзіўся 23 кастрычніка 1972",
                "Жанчына, 20 гадоў, нарадзілася 1 сакавіка 2005",
                "53 гады, дата нараджэння 23 кастрычніка 1972",
            ),
            (
                "kk",
                "2014 жылғы қыркүйек",
                "1972 жылғы 23 қазан",
                "08.02.2026",
                "Ер, 53 жас, 1972 жылғы 23 қазанда туған",
                "Әйел, 20 жас, 2005 жылғы 1 наурызда туған",
                "53 жас, 1972 жылғы 23 қазанда туған",
            ),
            (
                "sr",
                "септембар 2014.",
                "23. октобра 1972.",
                "08.02.2026.",
                "Мушкарац, 53 године, рођен 23. октобра 1972.",
                "Жена, 20 година, рођена 1. марта 2005.",
                "53 године, датум рођења 23. октобра 1972.",
            ),
            (
                "pl",
                "wrzesień 2014",
                "23 października 1972",
                "08.02.2026",
                "Mężczyzna, 53 lata, urodzony 23 października 1972",
                "Kobieta, 20 lat, urodzona 1 marca 2005",
                "53 lata, data urodzenia 23 października 1972",
            ),
            (
                "de",
                "September 2014",
                "23. Oktober 1972",
                "08.02.2026",
                "Männlich, 53 Jahre, geboren am 23. Oktober 1972",
                "Weiblich, 20 Jahre, geboren am 1. März 2005",
                "53 Jahre, geboren am 23. Oktober 1972",
            ),
            (
                "fr",
                "septembre 2014",
                "23 octobre 1972",
                "08/02/2026",
                "Homme, 53 ans, né le 23 octobre 1972",
                "Femme, 20 ans, née le 1er mars 2005",
                "53 ans, date de naissance\u{a0}: 23 octobre 1972",
            ),
            (
                "es",
                "septiembre de 2014",
                "23 de octubre de 1972",
                "08/02/2026",
                "Hombre, 53 años, nacido el 23 de octubre de 1972",
                "Mujer, 20 años, nacida el 1 de marzo de 2005",
                "53 años, fecha de nacimiento: 23 de octubre de 1972",
            ),
            (
                "en",
                "September 2014",
                "23 October 1972",
                "2026-02-08",
                "Male, 53 years old, born 23 October 1972",
                "Female, 20 years old, born 1 March 2005",
                "53 years old, born 23 October 1972",
            ),
            (
                "pt",
                "setembro de 2014",
                "23 de outubro de 1972",
                "08/02/2026",
                "Masculino, 53 anos, nascido em 23 de outubro de 1972",
                "Feminino, 20 anos, nascida em 1º de março de 2005",
                "53 anos, data de nascimento: 23 de outubro de 1972",
            ),
            (
                "it",
                "settembre 2014",
                "23 ottobre 1972",
                "08/02/2026",
                "Uomo, 53 anni, nato il 23 ottobre 1972",
                "Donna, 20 anni, nata il 1º marzo 2005",
                "53 anni, data di nascita: 23 ottobre 1972",
            ),
            (
                "nl",
                "september 2014",
                "23 oktober 1972",
                "08-02-2026",
                "Man, 53 jaar, geboren op 23 oktober 1972",
                "Vrouw, 20 jaar, geboren op 1 maart 2005",
                "53 jaar, geboren op 23 oktober 1972",
            ),
            (
                "sv",
                "september 2014",
                "23 oktober 1972",
                "2026-02-08",
                "Man, 53 år, född 23 oktober 1972",
                "Kvinna, 20 år, född 1 mars 2005",
                "53 år, född 23 oktober 1972",
            ),
            (
                "nb",
                "september 2014",
                "23. oktober 1972",
                "08.02.2026",
                "Mann, 53 år, født 23. oktober 1972",
                "Kvinne, 20 år, født 1. mars 2005",
                "53 år, født 23. oktober 1972",
            ),
            (
                "da",
                "september 2014",
                "23. oktober 1972",
                "08.02.2026",
                "Mand, 53 år, født 23. oktober 1972",
                "Kvinde, 20 år, født 1. marts 2005",
                "53 år, født 23. oktober 1972",
            ),
            (
                "fi",
                "syyskuu 2014",
                "23. lokakuuta 1972",
                "8.2.2026",
                "Mies, 53 vuotta, syntynyt 23. lokakuuta 1972",
                "Nainen, 20 vuotta, syntynyt 1. maaliskuuta 2005",
                "53 vuotta, syntymäaika 23. lokakuuta 1972",
            ),
            (
                "cs",
                "září 2014",
                "23. října 1972",
                "8. 2. 2026",
                "Muž, 53 let, narozen 23. října 1972",
                "Žena, 20 let, narozena 1. března 2005",
                "53 let, datum narození 23. října 1972",
            ),
            (
                "tr",
                "Eylül 2014",
                "23 Ekim 1972",
                "08.02.2026",
                "Erkek, 53 yaşında, 23 Ekim 1972 doğumlu",
                "Kadın, 20 yaşında, 1 Mart 2005 doğumlu",
                "53 yaşında, doğum tarihi 23 Ekim 1972",
            ),
            (
                "el",
                "Σεπτέμβριος 2014",
                "23 Οκτωβρίου 1972",
                "08/02/2026",
                "Άνδρας, 53 ετών, γεννημένος στις 23 Οκτωβρίου 1972",
                "Γυναίκα, 20 ετών, γεννημένη την 1η Μαρτίου 2005",
                "53 ετών, ημερομηνία γέννησης: 23 Οκτωβρίου 1972",
            ),
            (
                "zh",
                "2014年9月",
                "1972年10月23日",
                "2026-02-08",
                "男，53岁，1972年10月23日出生",
                "女，20岁，2005年3月1日出生",
                "53岁，1972年10月23日出生",
            ),
            (
                "ja",
                "2014年9月",
                "1972年10月23日",
                "2026/02/08",
                "男性、53歳、1972年10月23日生まれ",
                "女性、20歳、2005年3月1日生まれ",
                "53歳、1972年10月23日生まれ",
            ),
            (
                "ko",
                "2014년 9월",
                "1972년 10월 23일",
                "2026. 2. 8.",
                "남성, 53세, 1972년 10월 23일생",
                "여성, 20세, 2005년 3월 1일생",
                "53세, 1972년 10월 23일생",
            ),
            (
                "ar",
                "سبتمبر 2014",
                "23 أكتوبر 1972",
                "08/02/2026",
                "ذكر، العمر 53 عاما، من مواليد 23 أكتوبر 1972",
                "أنثى، العمر 20 عاما، من مواليد 1 مارس 2005",
                "العمر 53 عاما، من مواليد 23 أكتوبر 1972",
            ),
            (
                "he",
                "ספטמבר 2014",
                "23 באוקטובר 1972",
                "08/02/2026",
                "גבר, בן 53, נולד ב־23 באוקטובר 1972",
                "אישה, בת 20, נולדה ב־1 במרץ 2005",
                "גיל 53, תאריך לידה: 23 באוקטובר 1972",
            ),
            (
                "fa",
                "سپتامبر 2014",
                "23 اکتبر 1972",
                "2026/02/08",
                "مرد، 53 ساله، متولد 23 اکتبر 1972",
                "زن، 20 ساله، متولد 1 مارس 2005",
                "53 ساله، متولد 23 اکتبر 1972",
            ),
        ];
        for (code, period_month, long, short, male, female, neutral) in cases {
            let words = locale(code);
            assert_eq!(month_year(&words, september), period_month, "{code}");
            assert_eq!(date_long(&words, birth), long, "{code}");
            assert_eq!(date_short(&words, AS_OF), short, "{code}");
            assert_eq!(age_line(&words, Some(Gender::Male), birth, AS_OF), male, "{code}");
            assert_eq!(age_line(&words, Some(Gender::Female), first, AS_OF), female, "{code}");
            assert_eq!(age_line(&words, None, birth, AS_OF), neutral, "{code}");
        }
    }

    /// Where a language has a genitive, each of the twelve months differs
    /// from its nominative, and the period uses the nominative.
    #[test]
    fn genitive_months_differ_from_nominative_ones() {
        // Czech is left out: «září» is both the nominative and the genitive.
        for code in ["ru", "uk", "be", "sr", "pl", "fi", "el", "he"] {
            let words = locale(code);
            for month in 1..=12 {
                let nominative = month_year(&words, ym(2000, month));
                let date = date_long(&words, Date { year: 2000, month, day: 15 });
                let name = nominative.split(' ').next().unwrap();
                assert!(!date.split(' ').any(|word| word == name), "{code}: {date:?} has the nominative {name:?}");
            }
        }
        assert_eq!(month_year(&locale("ru"), ym(2000, 3)), "март 2000");
        assert_eq!(date_long(&locale("ru"), Date { year: 2000, month: 3, day: 8 }), "8 марта 2000");
    }

    /// The seven jobs of the seed CV, as of its `updated` date.
    #[test]
    fn durations_of_the_seed_jobs() {
        let ru = words("ru", DateStyle::Words);
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
            assert_eq!(ru.period(start, end, AS_OF).duration, want, "{start}");
        }
        assert_eq!(ru.period(ym(2020, 8), End::Month(ym(2023, 11)), AS_OF).duration, "3 года 4 месяца");
    }

    #[test]
    fn period_words() {
        let ru = words("ru", DateStyle::Words);
        let open = ru.period(ym(2023, 11), End::Present, AS_OF);
        assert_eq!(open.start, "Ноябрь 2023\u{a0}—");
        assert_eq!(open.end, "по настоящее время");
        let closed = ru.period(ym(2021, 5), End::Month(ym(2022, 5)), AS_OF);
        assert_eq!(closed.end, "май 2022");
        let english = words("en", DateStyle::Words).period(ym(2021, 5), End::Present, AS_OF);
        assert_eq!((english.start.as_str(), english.end.as_str()), ("May 2021\u{a0}—", "present"));
        let german = words("de", DateStyle::Words).period(ym(2021, 5), End::Present, AS_OF);
        assert_eq!((german.start.as_str(), german.end.as_str()), ("Mai 2021\u{a0}—", "heute"));
        let polish = words("pl", DateStyle::Words).period(ym(2014, 9), End::Present, AS_OF);
        assert_eq!((polish.start.as_str(), polish.end.as_str()), ("Wrzesień 2014\u{a0}—", "obecnie"));
        // Each language's own dash: an en dash in Portuguese, a wave dash
        // in Japanese.
        let portuguese = words("pt", DateStyle::Words).period(ym(2014, 9), End::Present, AS_OF);
        assert_eq!((portuguese.start.as_str(), portuguese.end.as_str()), ("Setembro de 2014\u{a0}–", "atual"));
        assert_eq!(portuguese.range, "setembro de 2014 – atual", "a month inside a line as the file writes it");
        let japanese = words("ja", DateStyle::Words);
        let period = japanese.period(ym(2014, 9), End::Month(ym(2016, 3)), AS_OF);
        assert_eq!((period.start.as_str(), period.end.as_str()), ("2014年9月\u{a0}～", "2016年3月"));
        assert_eq!(period.duration, "1年7か月");
        assert_eq!(japanese.range("2014", "2016"), "2014～2016");
        assert_eq!(words("cs", DateStyle::Words).range("2014", "2016"), "2014 – 2016");
        assert_eq!(words("ar", DateStyle::Words).separator(), "، ");
        assert_eq!(words("zh", DateStyle::Words).separator(), "，");
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
        assert_eq!(span(&locale("ru"), union_months(&seed)), "31 год 7 месяцев");
        // Two disjoint periods with a gap are added, not bridged.
        assert_eq!(union_months(&[(ym(2000, 1), ym(2000, 3)), (ym(2000, 6), ym(2000, 6))]), 4);
        // Adjacent periods join.
        assert_eq!(union_months(&[(ym(2000, 1), ym(2000, 3)), (ym(2000, 4), ym(2000, 4))]), 4);
        // A period inside another adds nothing.
        assert_eq!(union_months(&[(ym(2000, 1), ym(2001, 12)), (ym(2000, 5), ym(2000, 7))]), 24);
        assert_eq!(union_months(&[]), 0);
    }

    #[test]
    fn ages_count_whole_years() {
        let birth = Date { year: 1972, month: 10, day: 23 };
        assert_eq!(age(birth, Date { year: 2026, month: 10, day: 22 }), 53);
        assert_eq!(age(birth, Date { year: 2026, month: 10, day: 23 }), 54);
    }

    #[test]
    fn labels_come_from_the_language_file() {
        assert_eq!(Labels::of(&locale("ru")).experience, "Опыт работы");
        assert_eq!(Labels::of(&locale("uk")).experience, "Досвід роботи");
        assert_eq!(Labels::of(&locale("de")).experience, "Berufserfahrung");
        assert_eq!(Labels::of(&locale("fr")).present, "aujourd’hui");
        assert_eq!(Labels::of(&locale("pt")).skills, "Habilidades");
        assert_eq!(Labels::of(&locale("ar")).experience, "الخبرة العملية");
        assert_eq!(Labels::of(&locale("ja")).experience, "職務経歴");
    }

    fn words(code: &str, date_style: DateStyle) -> Words {
        Words::new(locale(code), date_style)
    }

    #[test]
    fn the_person_line_keeps_only_what_is_shown() {
        let birth = Date { year: 1972, month: 10, day: 23 };
        let male = Some(Gender::Male);
        let russian = words("ru", DateStyle::Words);
        let line =
            |words: &Words, gender, age, birth_date| words.person_line(gender, birth, AS_OF, Shown { age, birth_date });
        assert_eq!(line(&russian, male, true, true).as_deref(), Some("Мужчина, 53 года, родился 23 октября 1972"));
        assert_eq!(line(&russian, male, true, false).as_deref(), Some("Мужчина, 53 года"));
        assert_eq!(line(&russian, male, false, true).as_deref(), Some("Мужчина, родился 23 октября 1972"));
        let numeric = words("ru", DateStyle::Numeric);
        assert_eq!(line(&numeric, None, false, true).as_deref(), Some("Дата рождения 23.10.1972"));
        assert_eq!(line(&numeric, male, true, true).as_deref(), Some("Мужчина, 53 года, родился 23.10.1972"));
        let english = words("en", DateStyle::Words);
        assert_eq!(line(&english, None, true, false).as_deref(), Some("53 years old"));
        assert_eq!(line(&english, None, false, false), None);
        let german = words("de", DateStyle::Numeric);
        assert_eq!(
            line(&german, Some(Gender::Female), false, true).as_deref(),
            Some("Weiblich, geboren am 23.10.1972")
        );
        let ukrainian = words("uk", DateStyle::Words);
        assert_eq!(line(&ukrainian, Some(Gender::Female), true, false).as_deref(), Some("Жінка, 53 роки"));
        // The age agrees with the gender where the language's does, the
        // preposition with the day, and the parts are joined by the
        // language's own separator.
        let hebrew = words("he", DateStyle::Words);
        assert_eq!(line(&hebrew, Some(Gender::Female), true, false).as_deref(), Some("אישה, בת 53"));
        assert_eq!(line(&hebrew, male, true, false).as_deref(), Some("גבר, בן 53"));
        let italian = words("it", DateStyle::Words);
        let eighth = Date { year: 1990, month: 10, day: 8 };
        let shown = Shown { age: false, birth_date: true };
        assert_eq!(
            italian.person_line(Some(Gender::Female), eighth, AS_OF, shown).as_deref(),
            Some("Donna, nata l’8 ottobre 1990")
        );
        let arabic = words("ar", DateStyle::Words);
        assert_eq!(line(&arabic, Some(Gender::Female), true, false).as_deref(), Some("أنثى، 53 عاما"));
    }

    #[test]
    fn a_range_within_one_year_or_month_is_one_value() {
        let russian = words("ru", DateStyle::Words);
        assert_eq!(russian.years(Some(1994), 1994), "1994");
        assert_eq!(russian.years(Some(1989), 1994), "1989 — 1994");
        assert_eq!(russian.years(None, 1994), "1994");
        let period = russian.period(ym(2023, 11), End::Present, AS_OF);
        assert_eq!(period.range, "ноябрь 2023 — по настоящее время");
        assert_eq!(period.years, "2023 — по настоящее время");
        let one_month = russian.period(ym(2005, 3), End::Month(ym(2005, 3)), AS_OF);
        assert_eq!((one_month.range.as_str(), one_month.years.as_str()), ("март 2005", "2005"));
        let numeric = words("ru", DateStyle::Numeric).period(ym(2023, 11), End::Month(ym(2024, 2)), AS_OF);
        assert_eq!((numeric.start.as_str(), numeric.range.as_str()), ("11.2023\u{a0}—", "11.2023 — 02.2024"));
        assert_eq!(month_numeric(YearMonth { year: 2026, month: 2 }), "02.2026");
    }
}

//! The words an import adds to a CV, in the CV's language: titles of the
//! free sections that hold what has no field of its own, labels of the lines
//! in them, the salary as text, and dates of any precision.

use crate::contract::wording;
use crate::data::model::{Lang, YearMonth};

/// Declares [`Words`] from one list of names: each is the message
/// `import_<name>` of the language files (`locales/*.ftl`), so a new word
/// is a name here and a line in every file, and the tests fail until each
/// file has it.
macro_rules! words {
    ($($name:ident),* $(,)?) => {
        /// Phrases in one language.
        pub(crate) struct Words {
            pub lang: Lang,
            $(pub $name: &'static str,)*
        }

        impl Words {
            /// The words of `lang`, from its language file (English where
            /// it has none). They are read once per language and kept for
            /// the process, as the file they come from is.
            pub fn of(lang: Lang) -> &'static Words {
                static READ: std::sync::Mutex<Vec<&'static Words>> = std::sync::Mutex::new(Vec::new());
                let mut read = READ.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                if let Some(words) = read.iter().find(|words| words.lang == lang) {
                    return words;
                }
                let locale = locale(lang);
                let word = |name: &str| -> &'static str { locale.message(name).leak() };
                let words: &'static Words =
                    Box::leak(Box::new(Words { lang, $($name: word(concat!("import_", stringify!($name))),)* }));
                read.push(words);
                words
            }
        }
    };
}

words!(
    additional,
    other,
    recommendations,
    portfolio,
    volunteering,
    awards,
    publications,
    interests,
    projects,
    certificates,
    coursework,
    undated_work,
    undated_education,
    schedule,
    travel_time,
    citizenship,
    work_permit,
    driving_licence,
    vehicle_yes,
    vehicle_no,
    education_level,
    profession_area,
    preferred,
    score,
    keywords,
    roles,
    level_not_given,
    name_placeholder,
    headline_placeholder,
    company_placeholder,
    image,
);

/// The language a text is most likely in, among those with a language
/// file: whatlang's trigram statistics pick it, restricted to the languages
/// cvpdf has words for (each file names its ISO 639-3 code). A text too
/// short or mixed to tell reliably is Russian when Cyrillic letters
/// outnumber Latin ones, else English.
pub(crate) fn guess_lang<'a>(texts: impl IntoIterator<Item = &'a str>) -> Lang {
    // Enough text to tell, and no more: a whole CV adds nothing but time.
    const ENOUGH: usize = 20_000;
    let mut sample = String::new();
    for text in texts {
        if sample.len() >= ENOUGH {
            break;
        }
        sample.push_str(text);
        sample.push('\n');
    }
    let known: Vec<(whatlang::Lang, &str)> = crate::lang::locale::iso639_3_codes()
        .filter_map(|(iso, code)| whatlang::Lang::from_code(iso).map(|lang| (lang, code)))
        .collect();
    let detector = whatlang::Detector::with_allowlist(known.iter().map(|(lang, _)| *lang).collect());
    // A guess whatlang itself calls unreliable (a name and a title) is no
    // better than counting letters.
    let detected = detector
        .detect(&sample)
        .filter(whatlang::Info::is_reliable)
        .and_then(|info| known.iter().find(|(lang, _)| *lang == info.lang()))
        .and_then(|(_, code)| Lang::parse(code).ok());
    detected.unwrap_or_else(|| {
        let (mut cyrillic, mut latin) = (0usize, 0usize);
        for c in sample.chars() {
            if ('\u{400}'..='\u{4ff}').contains(&c) {
                cyrillic += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        if cyrillic > latin { Lang::RU } else { Lang::EN }
    })
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

/// The language's words for dates, without any labels of a CV.
fn locale(lang: Lang) -> crate::lang::locale::Locale {
    crate::lang::locale::Locale::of(lang)
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

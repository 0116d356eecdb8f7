//! The contract of a cover letter: what a template's `letter.typ` receives.
//!
//! It is the CV's own contract (the person, contacts, photo, labels and
//! design, exactly as the CV's `main.typ` receives them) with one key more,
//! `letter`, holding the letter's parts with every word made: the date
//! line, the salutation and closing a letter gives none of, and the word
//! for the enclosures all come from the language files through [`Words`].

use serde::Serialize;

use super::wording::Words;
use super::{Block, DateText, Photo, Rich, TemplateData, blocks, phrase_with, rich, rich_opt};
use crate::data::letter::LoadedLetter;
use crate::data::model::{Date, Gender};
use crate::lang::Locale;

/// What `letter.typ` receives: the CV's contract and the letter.
#[derive(Debug, Clone, Serialize)]
pub struct LetterContract {
    #[serde(flatten)]
    pub cv: TemplateData,
    pub letter: LetterData,
}

/// The letter's parts, final.
#[derive(Debug, Clone, Serialize)]
pub struct LetterData {
    /// The letter's language, for `set text(lang: ..)`: the CV's unless the
    /// letter names another.
    pub lang: String,
    /// The letter's writing direction, its language's: `ltr` or `rtl`
    /// (a Hebrew letter for an English CV runs from right to left while
    /// the CV appended to it does not).
    pub dir: String,
    /// The title of the PDF: «Cover letter — Ann Lee».
    pub title: String,
    pub date: DateText,
    /// «Berlin, 7. Dezember 2026», «Paris, le 7 décembre 2026».
    pub date_line: Rich,
    /// Which side of the page the date line is set on, as the language's
    /// letters have it: `left` or `right`.
    pub date_side: String,
    pub place: Option<Rich>,
    pub recipient: Option<Recipient>,
    pub subject: Option<Rich>,
    /// The letter's own, or the language's default.
    pub salutation: Rich,
    pub body: Vec<Block>,
    /// The letter's own, or the language's default.
    pub closing: Rich,
    /// The name under the closing: the CV's person.
    pub signer: Rich,
    pub signature: Option<Photo>,
    pub enclosures: Option<Enclosures>,
    /// Whether the CV follows the letter in the same document, its pages
    /// numbered from 1.
    pub with_cv: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    pub name: Option<Rich>,
    pub title: Option<Rich>,
    pub company: Option<Rich>,
    pub address: Vec<Rich>,
    /// Every line of the address block in order: name, title, company,
    /// address.
    pub lines: Vec<Rich>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Enclosures {
    /// «Enclosures», «Anlagen», «Pièces jointes»: the plural as the count asks.
    pub title: String,
    pub items: Vec<Rich>,
}

/// What the letter's contract is built from.
pub struct LetterSource<'a> {
    pub letter: &'a LoadedLetter,
    /// The CV's contract, built for the variant the letter names.
    pub cv: TemplateData,
    /// The letter's date when it gives none: the CV's `updated` or `--as-of`.
    pub date: Date,
    pub signature: Option<Photo>,
    pub with_cv: bool,
}

impl LetterContract {
    pub fn new(source: LetterSource) -> LetterContract {
        let LetterSource { letter: loaded, cv, date, signature, with_cv } = source;
        let letter = &loaded.letter;
        let words = Words::new(Locale::of(loaded.lang), Default::default());
        let locale = &words.locale;
        let date = words.date(letter.date.unwrap_or(date));
        let place = rich_opt(&letter.place);
        let date_text: Rich = vec![crate::markup::Inline::Text(date.long.clone())];
        let date_line = match &place {
            Some(place) => phrase_with(locale, "letter_place_date", &[("place", place), ("date", &date_text)], &[]),
            None => phrase_with(locale, "letter_date", &[("date", &date_text)], &[]),
        };
        let recipient = letter.recipient.as_ref().map(|recipient| {
            let name = rich_opt(&recipient.name);
            let title = rich_opt(&recipient.title);
            let company = rich_opt(&recipient.company);
            let address: Vec<Rich> = recipient.address.iter().map(|line| rich(line)).collect();
            let lines =
                [&name, &title, &company].into_iter().flatten().cloned().chain(address.iter().cloned()).collect();
            Recipient { name, title, company, address, lines }
        });
        let addressed = letter.recipient.as_ref();
        let gender = match addressed.and_then(|recipient| recipient.gender) {
            Some(Gender::Male) => "male",
            Some(Gender::Female) => "female",
            None => "none",
        };
        let salutation = match &letter.salutation {
            Some(text) => rich(text),
            None => match addressed.and_then(|recipient| recipient.name.as_deref()) {
                Some(name) => phrase_with(locale, "letter_salutation", &[("name", &rich(name))], &[("gender", gender)]),
                None => phrase_with(locale, "letter_salutation_default", &[], &[]),
            },
        };
        let closing = match &letter.closing {
            Some(text) => rich(text),
            None => phrase_with(locale, "letter_closing", &[], &[("gender", gender)]),
        };
        let enclosures = (!letter.enclosures.is_empty()).then(|| Enclosures {
            title: words.letter_enclosures(letter.enclosures.len()),
            items: letter.enclosures.iter().map(|item| rich(item)).collect(),
        });
        LetterData {
            lang: loaded.lang.language().to_owned(),
            dir: crate::lang::locale::facts(loaded.lang).dir().to_owned(),
            title: words.letter_title(&cv.person.name_plain),
            date_side: locale.message("letter_side").trim().to_owned(),
            date,
            date_line,
            place,
            recipient,
            subject: rich_opt(&letter.subject),
            salutation,
            body: blocks(&loaded.body),
            closing,
            signer: cv.person.name.clone(),
            signature,
            enclosures,
            with_cv,
        }
        .with(cv)
    }

    /// The contract as JSON, which is also what Typst receives.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

impl LetterData {
    fn with(self, cv: TemplateData) -> LetterContract {
        LetterContract { cv, letter: self }
    }
}

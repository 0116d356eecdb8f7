//! Pages into PDF bytes.
//!
//! Everything that could make two runs differ is pinned here: the PDF's
//! identifier comes from the CV, and its dates from the CV's `updated` date
//! or `SOURCE_DATE_EPOCH`.
//! The PDF then goes through [`crate::output::pack`], which gathers its small
//! objects into compressed object streams: the same PDF at half the size.

use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::error::Error;

/// The instant a PDF says it was made, in UTC.
pub type Instant = time::PrimitiveDateTime;

/// Midnight UTC of a calendar date of the data.
pub fn midnight(date: crate::data::model::Date) -> Result<Instant, Error> {
    let invalid = || Error::other(format!("{date} is not a calendar date"));
    let month =
        u8::try_from(date.month).ok().and_then(|month| time::Month::try_from(month).ok()).ok_or_else(invalid)?;
    let day = u8::try_from(date.day).map_err(|_| invalid())?;
    let date = time::Date::from_calendar_date(date.year, month, day).map_err(|_| invalid())?;
    Ok(Instant::new(date, time::Time::MIDNIGHT))
}

/// A Unix timestamp, as `SOURCE_DATE_EPOCH` gives it.
pub fn from_unix(seconds: i64) -> Result<Instant, Error> {
    let utc = time::OffsetDateTime::from_unix_timestamp(seconds).map_err(|_| {
        Error::other(format!(
            "SOURCE_DATE_EPOCH {seconds} is out of range: it must be a time between the years -9999 and 9999"
        ))
    })?;
    Ok(Instant::new(utc.date(), utc.time()))
}

/// A PDF standard cvpdf can enforce, by its command-line name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standard {
    /// PDF/A-2b: archival, visual appearance preserved.
    A2b,
    /// PDF/A-3b: PDF/A-2b that may carry attachments.
    A3b,
    /// PDF/UA-1: universal accessibility.
    Ua1,
}

impl Standard {
    pub fn name(self) -> &'static str {
        match self {
            Standard::A2b => "PDF/A-2b",
            Standard::A3b => "PDF/A-3b",
            Standard::Ua1 => "PDF/UA-1",
        }
    }

    fn typst(self) -> PdfStandard {
        match self {
            Standard::A2b => PdfStandard::A_2b,
            Standard::A3b => PdfStandard::A_3b,
            Standard::Ua1 => PdfStandard::Ua_1,
        }
    }
}

/// Writes the PDF as typst-pdf makes it, before [`pack_objects`]. `ident`
/// must be stable for the same CV across runs.
pub fn pdf(
    document: &PagedDocument,
    ident: String,
    created: Instant,
    standards: &[Standard],
) -> Result<Vec<u8>, Error> {
    let names = || standards.iter().map(|standard| standard.name()).collect::<Vec<_>>().join(" and ");
    let typst_standards: Vec<PdfStandard> = standards.iter().map(|standard| standard.typst()).collect();
    let standards_config = PdfStandards::new(&typst_standards)
        .map_err(|error| Error::other(format!("{} cannot be combined: {}", names(), error.message())))?;
    let datetime = Datetime::from_ymd_hms(
        created.year(),
        created.month().into(),
        created.day(),
        created.hour(),
        created.minute(),
        created.second(),
    )
    .ok_or_else(|| Error::other(format!("the PDF date {created} is not a date Typst can write")))?;
    let options = PdfOptions {
        ident: Smart::Custom(ident),
        creator: Smart::Custom(Some(format!("cvpdf {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(datetime)),
        page_ranges: None,
        standards: standards_config,
        tagged: true,
        pretty: false,
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        let mut text = String::new();
        if !standards.is_empty() {
            text.push_str(&format!(
                "error: the CV cannot be written as {}: the template or the data breaks the standard\n",
                names()
            ));
        }
        for error in &errors {
            text.push_str(&format!("error: {}\n", error.message));
            for hint in &error.hints {
                text.push_str(&format!("  = hint: {}\n", hint.v));
            }
        }
        Error::Template(text)
    })
}

/// The PDF with its small objects in object streams (see [`crate::output::pack`]),
/// or as it was if it cannot be packed: unpacked, it is still a sound file.
pub fn pack_objects(pdf: Vec<u8>) -> Vec<u8> {
    crate::output::pack::pack(&pdf).unwrap_or(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_time_to_civil() {
        let at = |seconds| from_unix(seconds).unwrap().to_string();
        assert_eq!(at(0), "1970-01-01 0:00:00.0");
        assert_eq!(at(1_770_594_005), "2026-02-08 23:40:05.0");
        assert_eq!(at(951_782_400), "2000-02-29 0:00:00.0"); // a leap day
        assert!(from_unix(i64::MAX).unwrap_err().to_string().contains("out of range"));
    }

    #[test]
    fn midnight_of_a_data_date() {
        let date = crate::data::model::Date { year: 2026, month: 2, day: 8 };
        assert_eq!(midnight(date).unwrap().to_string(), "2026-02-08 0:00:00.0");
        let impossible = crate::data::model::Date { year: 2026, month: 2, day: 30 };
        assert!(midnight(impossible).is_err());
    }
}

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

/// The instant a PDF says it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Instant {
    /// Midnight UTC of a calendar date.
    pub fn midnight(date: crate::data::model::Date) -> Instant {
        Instant { year: date.year, month: date.month as u8, day: date.day as u8, hour: 0, minute: 0, second: 0 }
    }

    /// A Unix timestamp, as `SOURCE_DATE_EPOCH` gives it.
    pub fn from_unix(seconds: i64) -> Instant {
        let days = seconds.div_euclid(86_400);
        let rest = seconds.rem_euclid(86_400);
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Instant {
            year: year as i32,
            month: month as u8,
            day: day as u8,
            hour: (rest / 3600) as u8,
            minute: (rest % 3600 / 60) as u8,
            second: (rest % 60) as u8,
        }
    }
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
        .map_err(|error| Error::Other(format!("{} cannot be combined: {}", names(), error.message())))?;
    let datetime =
        Datetime::from_ymd_hms(created.year, created.month, created.day, created.hour, created.minute, created.second)
            .ok_or_else(|| Error::Other(format!("the PDF date {created:?} is not a valid date")))?;
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
        assert_eq!(Instant::from_unix(0), Instant { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
        // 2026-02-08T23:40:05Z
        assert_eq!(
            Instant::from_unix(1_770_594_005),
            Instant { year: 2026, month: 2, day: 8, hour: 23, minute: 40, second: 5 }
        );
        assert_eq!(Instant::from_unix(951_782_400).day, 29); // 2000-02-29, a leap day
    }
}

//! The words a template prints around the data («Опыт работы»,
//! "Experience"), one field per label, read from the language's file.

use super::Locale;

/// Declares [`Labels`] from one list of names, so the struct, the names the
/// language files and `labels:` use, and the reading of each from a locale
/// cannot drift apart. A new label is a name here and a line in every
/// language file (`locales/*.ftl`); the tests fail until each file has it.
macro_rules! labels {
    ($($name:ident),* $(,)?) => {
        /// The words a template prints around the data, in the CV's language.
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
        pub struct Labels {
            $(pub $name: String,)*
        }

        impl Labels {
            /// The labels' names, as in the language files.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            pub fn of(locale: &Locale) -> Labels {
                Labels { $($name: locale.message(stringify!($name)),)* }
            }
        }
    };
}

labels!(
    resume,
    contacts,
    updated,
    specialisations,
    employment,
    experience,
    present,
    achievements,
    skills,
    about,
    education,
    higher_education,
    higher_level,
    languages,
    courses,
    motto,
    publications,
);

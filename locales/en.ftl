### English. This file is the reference: it defines every message, with a
### comment on what each is for and the variables it gets, and a message
### missing from another language's file is taken from here. See README.md
### in this folder for how to add a language.

## Labels: the words templates print around the data. A CV's `labels:`
## overrides any of them.

resume = Résumé
contacts = Contacts
updated = Updated
specialisations = Specialisations:
employment = Employment:
experience = Experience
# The end of a period that has not ended: «May 2021 — present».
present = present
achievements = Achievements
skills = Skills
about = About me
education = Education
# The title of the education part when every entry's level is `higher_level`.
higher_education = Higher education
# The level of higher education as a CV writes it, in lower case: when every
# entry has it, the education part is titled `higher_education`.
higher_level = higher
languages = Languages
courses = Courses and tests
motto = Motto
# The title of the publications part.
publications = Publications
# The title of a group of publications of one $kind: article, conference,
# book (with chapters), thesis, report, talk, preprint or other.
publication_group =
    { $kind ->
        [article] Journal articles
        [conference] Conference papers
        [book] Books and chapters
        [thesis] Theses
        [report] Reports
        [talk] Talks
        [preprint] Preprints
       *[other] Other publications
    }

## Grammar. `PLURAL($n)` is the CLDR plural category of the number $n in
## this language: zero, one, two, few, many or other, whichever the language
## has; a variant per category picks the word, and the default variant
## (marked *) takes the rest.

# A number of years in a duration: $n.
years =
    { PLURAL($n) ->
        [one] { $n } year
       *[other] { $n } years
    }
# A number of months in a duration: $n.
months =
    { PLURAL($n) ->
        [one] { $n } month
       *[other] { $n } months
    }
# A duration of whole years and months, both non-zero: $years and $months
# are the texts of the two messages above, $y and $m their numbers.
duration = { $years } { $months }
# The name of month $month (1–12) on its own, as a period starts or ends.
month =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
# Month $month in a date, where some languages use another case: «23 октября».
month_genitive = { month }
# A month of a period: $month (1–12) and $year. Its first letter is
# upper-cased where it starts a line.
month_year = { month } { $year }
# A date in words: $day, $month (1–12) and $year.
date_long = { $day } { month_genitive } { $year }
# A date in digits: $dd and $mm are two digits, $yyyy four; $day and
# $month without a leading zero.
date_short = { $yyyy }-{ $mm }-{ $dd }
# An age in years: $age; $gender (male, female or none) for the languages
# whose word agrees with it.
age =
    { PLURAL($age) ->
        [one] { $age } year old
       *[other] { $age } years old
    }
# The line under the name: $gender is male, female or none (not given);
# $age is the age, and $day, $month and $year the date of birth.
age_line =
    { $gender ->
        [male] Male, { age }, born { date_long }
        [female] Female, { age }, born { date_long }
       *[none] { age }, born { date_long }
    }

# The gender alone, for the line under the name when the age or the date
# of birth is hidden: $gender is male or female.
gender_word =
    { $gender ->
        [male] Male
       *[female] Female
    }

# The date of birth alone, for the line under the name when the age is
# hidden: $gender as above (or none), $date the date as the CV writes dates,
# and $day, $month and $year its numbers.
born =
    { $gender ->
        [male] born { $date }
        [female] born { $date }
       *[none] born { $date }
    }

## Phrases made of other words.

# A period inside a line, from $start to $end: two months, two years, or a
# start and `present`. «May 2021 — present», «1994 — 1999».
range = { $start } — { $end }
# The start of a period whose end follows on the next line: $start is a
# month or a year. The no-break space keeps the dash on the month's line.
range_start = { $start }{"\u00A0"}—
# The title of the PDF and of the web page: $name is the person's name.
document_title = { resume } — { $name }
# A language and how well it is known, on one line: $language and $level.
language_level = { $language } — { $level }
# What separates the parts of a line that lists several: «Berlin, open to
# relocation». A string literal, so that its space is kept.
list_separator = { ", " }

## Facts about the language for machines, not words a reader sees.

# The language's name in itself. Its attributes are facts templates,
# pages and imports receive:
#   .direction: ltr or rtl, the direction its script runs;
#   .script: the ISO 15924 code of its script (Latn, Cyrl, Arab, Hans, …);
#   .hyphenation: the language whose hyphenation patterns break its long
#     words at a line's end: its own code, a close language's where Typst
#     has no patterns for it (Kazakh: ru), or none where the script is not
#     hyphenated (Arabic, Hebrew, Chinese, Japanese, Korean);
#   .iso639_3: the ISO 639-3 code an imported CV's text is recognised by
#     (for a macrolanguage, the code of the language meant: cmn, pes);
#   .also (optional): other codes this file serves, separated by spaces.
# A month's name is written here as it stands inside a sentence («ноябрь
# 2023», «November 2023»); the contract upper-cases it only where it starts
# a line.
language = English
    .direction = ltr
    .script = Latn
    .hyphenation = en
    .iso639_3 = eng

# The Open Graph locale of a web page in this language: language_TERRITORY.
og_locale = en_GB

# The letters of the language's alphabet, in lower case. A long word of the
# CV (18 letters or more, which templates hyphenate) that the CV's own
# language cannot spell is hyphenated in the language of the smallest
# alphabet that spells it (typst/README.md, `hyphenation`).
alphabet = abcdefghijklmnopqrstuvwxyz

## Cover letters: the words of a letter that the letter file does not give
## itself. $gender is the recipient's: male, female or none (not given).

# The date line of a letter that names no place: $date is the date in words.
letter_date = { $date }
# The date line of a letter written at $place on $date (in words).
letter_place_date = { $place }, { $date }
# Which side of the page the date line is set on, as letters in the language have it: left or right.
letter_side = left
# The salutation when the letter gives none but names the recipient: $name, $gender.
letter_salutation =
    { $gender ->
        [male] Dear { $name },
        [female] Dear { $name },
       *[none] Dear { $name },
    }
# The salutation when the letter gives none and names no recipient.
letter_salutation_default = Dear Hiring Manager,
# The closing above the name when the letter gives none: $gender.
letter_closing =
    { $gender ->
        [male] Yours sincerely,
        [female] Yours sincerely,
       *[none] Yours sincerely,
    }
# The heading of the list of what is sent with the letter: $n things.
letter_enclosures =
    { PLURAL($n) ->
        [one] Enclosure
       *[other] Enclosures
    }
# The title of a letter's PDF: $name is the person's name.
letter_title = Cover letter — { $name }

## Import: words `cvpdf import` writes into the CV it makes. They are not
## labels: templates never print them, and `labels:` cannot replace them.

# The words an import writes into a CV it makes (cvpdf import): titles of the parts that hold what has no field of its own, labels of their lines, languages' proficiency levels and placeholders. The title of the part with the rest of a resume's details.
import_additional = Additional information
import_other = Other
import_recommendations = Recommendations
import_portfolio = Portfolio
import_volunteering = Volunteering
import_awards = Awards
import_honors = Honours and awards
import_interests = Interests
import_projects = Projects
import_certificates = Certificates
import_coursework = Coursework
# A job without dates, which the data format cannot place in `experience`.
import_undated_work = Other experience
import_undated_education = Other education
import_schedule = Work schedule
import_travel_time = Travel time to work
import_citizenship = Citizenship
import_work_permit = Work permit
# Followed by the licence's categories: «Driving licence categories: B, C».
import_driving_licence = Driving licence categories
import_vehicle_yes = Has own car
import_vehicle_no = No own car
import_education_level = Education level
import_profession_area = Professional area
# Marks the contact the resume prefers, after it in parentheses.
import_preferred = preferred contact
# Before a grade or GPA: «score 3.9».
import_score = score
import_keywords = Keywords
import_roles = Roles
import_level_not_given = level not given
# Proficiency in a language, as a CV writes it after the language's name (LinkedIn's five levels, from native down).
import_level_native = native or bilingual
import_level_full_professional = full professional
import_level_professional_working = professional working
import_level_limited_working = limited working
import_level_elementary = elementary
# Placeholders where the source has no name, no position sought or no company.
import_name_placeholder = First Last
import_headline_placeholder = Desired position
import_company_placeholder = Company not given
import_image = Image

## Words a résumé parser looks for in this language, for `cvpdf ats`. A
## list's items are separated by commas; case does not matter. They are the
## parser's, not the CV's: a CV's `labels:` do not change them.

# The titles a parser takes for a part of a CV, besides the label the
# templates print: $part is summary, experience, education, skills,
# languages, courses, projects, publications, awards, interests,
# volunteering, references or contacts.
ats-headings =
    { $part ->
        [summary] summary, profile, about me, about, objective, career objective, personal statement, introduction, motto
        [experience] experience, work experience, professional experience, employment history, work history, employment, career history, career
        [education] education, academic background, qualifications, degrees
        [skills] skills, technical skills, key skills, core competencies, competencies, expertise, technologies, tools, technology stack
        [languages] languages, language skills
        [courses] courses, certifications, certificates, training, licenses, licences, professional development
        [projects] projects, personal projects, side projects, open source
        [publications] publications, talks, papers, presentations, conference talks
        [awards] awards, honors, honours, achievements, accomplishments
        [interests] interests, hobbies, activities
        [volunteering] volunteering, volunteer experience, community
        [references] references
       *[contacts] contacts, contact, contact information, contact details, personal details, personal information
    }
# Forms of month $month (1–12) a parser reads in a date besides `month` and
# `month_genitive`: abbreviations (a prefix of a month's name counts
# anyway) and other cases.
ats-months =
    { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep, Sept
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# The words for the open end of a period, besides `present`.
ats-present = present, current, now, today, to date, ongoing
# Whether CVs in this language's market carry a photo: usual, optional or
# omitted. Where it is omitted, `cvpdf ats` advises leaving it out.
ats-photo = omitted

## The starter CV `cvpdf init` writes: comments that explain the file, and
## the words of a fictional CV to replace. Keep them short and plain.

# The header of the file, over the command that renders it.
starter_intro = Your CV for cvpdf. Replace the examples with your own data and run:
starter_markdown = Text may use Markdown: **bold**, _italic_, [link](https://…), `code`.
starter_updated = when you last edited it: ages and durations count to this date
starter_photo = replace the photo with yours
# The comment beside `gender: male`, or { "" } to leave `gender:` out where
# a CV in the language does not state it.
starter_gender = { "" }
# A person's name, in the order the language writes names.
starter_name = First Last
starter_city = London
starter_relocation = open to relocation
starter_status = Open to offers
# A fictional number in the country's format.
starter_phone = +44 20 7946 0000
starter_headline = Backend Developer
starter_specialisation = Software development
starter_employment = full-time
starter_about = A few lines about what you do and what you are best at.
starter_company = Example Ltd
starter_company_earlier = Start plc
starter_position = Senior Developer
starter_position_earlier = Developer
starter_item = What you did and what came of it
starter_item_earlier = Your main achievement there
# The language itself, as a CV lists it, and its level.
starter_native_language = English
starter_native_level = native
# A second language, named in this language.
starter_foreign_language = German
starter_foreign_level = B1
starter_institution = Your university
starter_level = Bachelor's degree
starter_faculty = Computer Science

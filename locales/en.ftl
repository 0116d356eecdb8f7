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
# are the texts of the two messages above.
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
# A date in digits: $dd and $mm are two digits, $yyyy four.
date_short = { $yyyy }-{ $mm }-{ $dd }
# An age in years: $age.
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
# hidden: $gender as above (or none), $date the date as the CV writes dates.
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

## Facts about the language for machines, not words a reader sees.

# The Open Graph locale of a web page in this language: language_TERRITORY.
og_locale = en_GB

# The letters of the language's alphabet, in lower case. A long word of the
# CV (18 letters or more, which templates hyphenate) that the CV's own
# language cannot spell is hyphenated in the language of the smallest
# alphabet that spells it (typst/README.md, `hyphenation`).
alphabet = abcdefghijklmnopqrstuvwxyz

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
import_publications = Publications
import_interests = Interests
import_projects = Projects
import_certificates = Certificates
import_coursework = Coursework
import_undated_work = Other experience
import_undated_education = Other education
import_schedule = Work schedule
import_travel_time = Travel time to work
import_citizenship = Citizenship
import_work_permit = Work permit
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

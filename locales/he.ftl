### עברית. ההודעות והמשתנים שלהן מתוארים ב־en.ftl.
### Needs a native reader's review: see README.md in this folder.

## כותרות

resume = קורות חיים
contacts = פרטי התקשרות
updated = עודכן
specialisations = תחומי התמחות:
employment = היקף משרה:
experience = ניסיון תעסוקתי
present = היום
achievements = הישגים
skills = כישורים
about = על עצמי
education = השכלה
higher_education = השכלה גבוהה
higher_level = אקדמית
languages = שפות
courses = קורסים והסמכות
motto = מוטו
# The publication words need a native reader's review.
publications = פרסומים
publication_group =
    { $kind ->
        [article] מאמרים בכתבי עת
        [conference] מאמרים בכנסים
        [book] ספרים ופרקים
        [thesis] עבודות גמר
        [report] דוחות
        [talk] הרצאות
        [preprint] טרום-פרסומים
       *[other] פרסומים אחרים
    }

## דקדוק: קטגוריות הרבים של CLDR לעברית — one (1), two (2), other (השאר).
## «שנה», «שנתיים», «3 שנים»; הגיל מתאים למין: «בן 53», «בת 53».
## בתאריך: «23 באוקטובר 1972»; לפני ספרה בא מקף עברי: «ב־23», «ו־4».

years =
    { PLURAL($n) ->
        [one] שנה
        [two] שנתיים
       *[other] { $n } שנים
    }
months =
    { PLURAL($n) ->
        [one] חודש
        [two] חודשיים
       *[other] { $n } חודשים
    }
duration =
    { PLURAL($m) ->
        [one] { $years } ו{ $months }
        [two] { $years } ו{ $months }
       *[other] { $years } ו־{ $months }
    }
month =
    { $month ->
        [1] ינואר
        [2] פברואר
        [3] מרץ
        [4] אפריל
        [5] מאי
        [6] יוני
        [7] יולי
        [8] אוגוסט
        [9] ספטמבר
        [10] אוקטובר
        [11] נובמבר
       *[12] דצמבר
    }
month_genitive = ב{ month }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }/{ $mm }/{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { $gender ->
        [male] בן { $age }
        [female] בת { $age }
       *[none] גיל { $age }
    }
age_line =
    { $gender ->
        [male] גבר, { age }, נולד ב־{ date_long }
        [female] אישה, { age }, נולדה ב־{ date_long }
       *[none] { age }, תאריך לידה: { date_long }
    }

gender_word =
    { $gender ->
        [male] גבר
       *[female] אישה
    }

born =
    { $gender ->
        [male] נולד ב־{ $date }
        [female] נולדה ב־{ $date }
       *[none] תאריך לידה: { $date }
    }

## Facts (see en.ftl)

language = עברית
    .direction = rtl
    .script = Hebr
    .hyphenation = none
    .iso639_3 = heb

og_locale = he_IL

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = אבגדהוזחטיךכלםמןנסעףפץצקרשת


## מכתבים מקדימים. התאריך נכתב בראש העמוד משמאל.

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = left
letter_salutation =
    { $gender ->
        [male] מר { $name }, שלום רב,
        [female] גברת { $name }, שלום רב,
       *[none] { $name }, שלום רב,
    }
letter_salutation_default = שלום רב,
letter_closing = בברכה,
letter_enclosures =
    { PLURAL($n) ->
        [one] נספח
       *[other] נספחים
    }
letter_title = מכתב מקדים — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = מידע נוסף
import_other = שונות
import_recommendations = המלצות
import_portfolio = תיק עבודות
import_volunteering = התנדבות
import_awards = פרסים
import_honors = אותות ופרסים
import_interests = תחומי עניין
import_projects = פרויקטים
import_certificates = תעודות
import_coursework = קורסים אקדמיים
import_undated_work = ניסיון נוסף
import_undated_education = השכלה נוספת
import_schedule = היקף ושעות עבודה
import_travel_time = זמן נסיעה לעבודה
import_citizenship = אזרחות
import_work_permit = אישור עבודה
import_driving_licence = דרגות רישיון נהיגה
import_vehicle_yes = בעל רכב
import_vehicle_no = ללא רכב
import_education_level = רמת השכלה
import_profession_area = תחום מקצועי
import_preferred = דרך התקשרות מועדפת
import_score = ציון
import_keywords = מילות מפתח
import_roles = תפקידים
import_level_not_given = רמה לא צוינה
import_level_native = שפת אם או דו־לשוני
import_level_full_professional = רמה מקצועית מלאה
import_level_professional_working = רמה מקצועית
import_level_limited_working = רמה מוגבלת
import_level_elementary = בסיסית
import_name_placeholder = שם פרטי ושם משפחה
import_headline_placeholder = התפקיד המבוקש
import_company_placeholder = החברה לא צוינה
import_image = תמונה

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] על עצמי, קצת עליי, תקציר, תמצית, פרופיל, פרופיל אישי, מטרה, מוטו
        [experience] ניסיון תעסוקתי, ניסיון, ניסיון מקצועי, ניסיון בעבודה, נסיון, נסיון תעסוקתי, היסטוריה תעסוקתית, שירות צבאי, שירות לאומי
        [education] השכלה, השכלה אקדמית, השכלה גבוהה, לימודים
        [skills] כישורים, כישורים מקצועיים, כישורים טכניים, מיומנויות, יכולות, ידע מקצועי, טכנולוגיות
        [languages] שפות, ידיעת שפות
        [courses] קורסים, הסמכות, תעודות, השתלמויות, קורסים והסמכות
        [projects] פרויקטים, פרוייקטים
        [publications] פרסומים, הרצאות, מאמרים
        [awards] פרסים, הישגים, הצטיינות
        [interests] תחומי עניין, תחביבים
        [volunteering] התנדבות, פעילות התנדבותית, מעורבות חברתית
        [references] ממליצים, המלצות
       *[contacts] פרטי התקשרות, פרטי קשר, פרטים אישיים, יצירת קשר
    }
ats-months =
    { $month ->
        [1] ינו, מינואר
        [2] פבר, מפברואר
        [3] מרס, ממרץ, ממרס, במרס
        [4] אפר, מאפריל
        [5] ממאי
        [6] יונ, מיוני
        [7] יול, מיולי
        [8] אוג, מאוגוסט
        [9] ספט, מספטמבר
        [10] אוק, מאוקטובר
        [11] נוב, מנובמבר
       *[12] דצמ, מדצמבר
    }
ats-present = היום, עד היום, כיום, עד כה, הווה, נוכחי, עכשיו
ats-photo = omitted

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = קורות החיים שלך עבור cvpdf. החליפו את הדוגמאות בפרטים שלכם והריצו:
starter_markdown = אפשר להשתמש בטקסט ב־Markdown: **מודגש**, _נטוי_, [קישור](https://…), `קוד`.
starter_updated = תאריך העדכון האחרון: הגיל ומשכי העבודה מחושבים עד אליו
starter_photo = החליפו את התמונה בתמונה שלכם
starter_gender = male או female
starter_name = שם פרטי ושם משפחה
starter_city = תל אביב
starter_relocation = מוכן לרילוקיישן
starter_status = פתוח להצעות
starter_phone = +972 3-000-0000
starter_headline = מפתח Backend
starter_specialisation = פיתוח תוכנה
starter_employment = משרה מלאה
starter_about = כמה שורות על מה שאתם עושים ובמה אתם הכי טובים.
starter_company = דוגמה בע״מ
starter_company_earlier = סטארט בע״מ
starter_position = מפתח בכיר
starter_position_earlier = מפתח
starter_item = מה עשיתם ומה יצא מזה
starter_item_earlier = ההישג העיקרי שלכם שם
starter_native_language = עברית
starter_native_level = שפת אם
starter_foreign_language = אנגלית
starter_foreign_level = C1
starter_institution = שם האוניברסיטה
starter_level = תואר ראשון
starter_faculty = מדעי המחשב

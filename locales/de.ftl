### Deutsch. Die Nachrichten und ihre Variablen beschreibt en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Beschriftungen

resume = Lebenslauf
contacts = Kontakt
updated = Aktualisiert am
specialisations = Fachgebiete:
employment = Beschäftigungsart:
experience = Berufserfahrung
present = heute
achievements = Erfolge
skills = Kenntnisse
about = Über mich
education = Ausbildung
higher_education = Hochschulbildung
higher_level = hochschule
languages = Sprachen
courses = Weiterbildung und Prüfungen
motto = Motto
# The publication words need a native reader's review.
publications = Publikationen
publication_group =
    { $kind ->
        [article] Zeitschriftenartikel
        [conference] Konferenzbeiträge
        [book] Bücher und Buchkapitel
        [thesis] Abschlussarbeiten
        [report] Berichte
        [talk] Vorträge
        [preprint] Preprints
       *[other] Weitere Publikationen
    }

## Grammatik: CLDR-Pluralkategorien im Deutschen sind one (1) und other.

years =
    { PLURAL($n) ->
        [one] { $n } Jahr
       *[other] { $n } Jahre
    }
months =
    { PLURAL($n) ->
        [one] { $n } Monat
       *[other] { $n } Monate
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day }. { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } Jahr
       *[other] { $age } Jahre
    }
age_line =
    { $gender ->
        [male] Männlich, { age }, geboren am { date_long }
        [female] Weiblich, { age }, geboren am { date_long }
       *[none] { age }, geboren am { date_long }
    }

gender_word =
    { $gender ->
        [male] Männlich
       *[female] Weiblich
    }

born =
    { $gender ->
        [male] geboren am { $date }
        [female] geboren am { $date }
       *[none] geboren am { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Deutsch
    .direction = ltr
    .script = Latn
    .hyphenation = de
    .iso639_3 = deu

og_locale = de_DE
alphabet = abcdefghijklmnopqrstuvwxyzäöüß


## Anschreiben

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Sehr geehrter { $name },
        [female] Sehr geehrte { $name },
       *[none] Sehr geehrte Damen und Herren,
    }
letter_salutation_default = Sehr geehrte Damen und Herren,
letter_closing = Mit freundlichen Grüßen
letter_enclosures =
    { PLURAL($n) ->
        [one] Anlage
       *[other] Anlagen
    }
letter_title = Anschreiben — { $name }

## Import

import_additional = Weitere Angaben
import_other = Sonstiges
import_recommendations = Empfehlungen
import_portfolio = Portfolio
import_volunteering = Ehrenamt
import_awards = Auszeichnungen
import_honors = Ehrungen und Auszeichnungen
import_interests = Interessen
import_projects = Projekte
import_certificates = Zertifikate
import_coursework = Lehrveranstaltungen
import_undated_work = Weitere Berufserfahrung
import_undated_education = Weitere Ausbildung
import_schedule = Arbeitszeit
import_travel_time = Fahrzeit zur Arbeit
import_citizenship = Staatsangehörigkeit
import_work_permit = Arbeitserlaubnis
import_driving_licence = Führerscheinklassen
import_vehicle_yes = Eigenes Auto vorhanden
import_vehicle_no = Kein eigenes Auto
import_education_level = Bildungsstand
import_profession_area = Berufsfeld
import_preferred = bevorzugter Kontakt
import_score = Note
import_keywords = Schlüsselwörter
import_roles = Rollen
import_level_not_given = Niveau nicht angegeben
import_level_native = Muttersprache
import_level_full_professional = verhandlungssicher
import_level_professional_working = gute Kenntnisse
import_level_limited_working = Grundkenntnisse
import_level_elementary = Anfänger
import_name_placeholder = Vorname Nachname
import_headline_placeholder = Gewünschte Position
import_company_placeholder = Firma nicht angegeben
import_image = Bild

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profil, über mich, zusammenfassung, kurzprofil, persönliches profil, zielsetzung, motto
        [experience] berufserfahrung, erfahrung, berufliche erfahrung, beruflicher werdegang, werdegang, berufslaufbahn, praxiserfahrung
        [education] ausbildung, bildung, bildungsweg, studium, schulbildung, hochschulbildung
        [skills] kenntnisse, fähigkeiten, kompetenzen, fachkenntnisse, it-kenntnisse, qualifikationen, skills
        [languages] sprachen, sprachkenntnisse, fremdsprachen
        [courses] weiterbildung, kurse, fortbildung, zertifikate, zertifizierungen, schulungen, kurse und prüfungen
        [projects] projekte
        [publications] publikationen, veröffentlichungen, vorträge
        [awards] auszeichnungen, erfolge
        [interests] interessen, hobbys, hobbies, freizeit
        [volunteering] ehrenamt, ehrenamtliches engagement, engagement
        [references] referenzen
       *[contacts] kontakt, kontaktdaten, persönliche daten
    }
ats-months =
    { $month ->
        [1] Jan, Jänner
        [2] Feb, Feber
        [3] Mrz, Maerz
        [4] Apr
        [5] Mai
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep, Sept
        [10] Okt
        [11] Nov
       *[12] Dez
    }
ats-present = heute, bis heute, aktuell, derzeit, laufend, jetzt
ats-photo = usual


## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ihr Lebenslauf für cvpdf. Ersetzen Sie die Beispiele durch Ihre Angaben und führen Sie aus:
starter_markdown = Text darf Markdown enthalten: **fett**, _kursiv_, [Link](https://…), `Code`.
starter_updated = Datum der letzten Änderung: Alter und Dauer werden bis zu diesem Tag gezählt
starter_photo = ersetzen Sie das Foto durch Ihres
starter_gender = { "" }
starter_name = Vorname Nachname
starter_city = Berlin
starter_relocation = umzugsbereit
starter_status = Offen für Angebote
starter_phone = +49 30 0000000
starter_headline = Backend-Entwickler
starter_specialisation = Softwareentwicklung
starter_employment = Vollzeit
starter_about = Ein paar Sätze dazu, was Sie tun und was Sie am besten können.
starter_company = Beispiel GmbH
starter_company_earlier = Start AG
starter_position = Senior-Entwickler
starter_position_earlier = Entwickler
starter_item = Was Sie getan haben und was daraus wurde
starter_item_earlier = Ihr wichtigster Erfolg dort
starter_native_language = Deutsch
starter_native_level = Muttersprache
starter_foreign_language = Englisch
starter_foreign_level = C1
starter_institution = Ihre Hochschule
starter_level = Bachelor
starter_faculty = Informatik

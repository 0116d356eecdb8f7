### Norsk bokmål; tjener også koden `no`. Meldingene og variablene deres er beskrevet i en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Overskrifter

resume = CV
contacts = Kontakt
updated = Oppdatert
specialisations = Spesialiseringer:
employment = Stillingstype:
experience = Arbeidserfaring
present = nå
achievements = Resultater
skills = Kompetanse
about = Om meg
education = Utdanning
higher_education = Høyere utdanning
higher_level = høyere
languages = Språk
courses = Kurs og sertifiseringer
motto = Motto
# The publication words need a native reader's review.
publications = Publikasjoner
publication_group =
    { $kind ->
        [article] Tidsskriftartikler
        [conference] Konferansebidrag
        [book] Bøker og kapitler
        [thesis] Avhandlinger
        [report] Rapporter
        [talk] Foredrag
        [preprint] Preprinter
       *[other] Andre publikasjoner
    }

## Grammatikk: CLDRs flertallskategorier for norsk — one (1) og other.
## «år» er likt i entall og flertall.

years =
    { PLURAL($n) ->
        [one] { $n } år
       *[other] { $n } år
    }
months =
    { PLURAL($n) ->
        [one] { $n } måned
       *[other] { $n } måneder
    }
duration = { $years } og { $months }
month =
    { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day }. { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } år
       *[other] { $age } år
    }
age_line =
    { $gender ->
        [male] Mann, { age }, født { date_long }
        [female] Kvinne, { age }, født { date_long }
       *[none] { age }, født { date_long }
    }

gender_word =
    { $gender ->
        [male] Mann
       *[female] Kvinne
    }

born =
    { $gender ->
        [male] født { $date }
        [female] født { $date }
       *[none] født { $date }
    }

## Facts (see en.ftl)

language = Norsk bokmål
    .direction = ltr
    .script = Latn
    .hyphenation = nb
    .iso639_3 = nob
    .also = no

og_locale = nb_NO

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzæøåéèêóòôü


## Søknadsbrev

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Hei, { $name }!
        [female] Hei, { $name }!
       *[none] Hei, { $name }!
    }
letter_salutation_default = Hei!
letter_closing = Med vennlig hilsen
letter_enclosures =
    { PLURAL($n) ->
        [one] Vedlegg
       *[other] Vedlegg
    }
letter_title = Søknadsbrev — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Tilleggsinformasjon
import_other = Annet
import_recommendations = Anbefalinger
import_portfolio = Portefølje
import_volunteering = Frivillig arbeid
import_awards = Utmerkelser
import_honors = Utmerkelser og priser
import_interests = Interesser
import_projects = Prosjekter
import_certificates = Sertifikater
import_coursework = Emner
import_undated_work = Annen erfaring
import_undated_education = Annen utdanning
import_schedule = Arbeidstid
import_travel_time = Reisetid til jobben
import_citizenship = Statsborgerskap
import_work_permit = Arbeidstillatelse
import_driving_licence = Førerkortklasser
import_vehicle_yes = Har egen bil
import_vehicle_no = Har ikke egen bil
import_education_level = Utdanningsnivå
import_profession_area = Fagområde
import_preferred = foretrukket kontaktmåte
import_score = poengsum
import_keywords = Nøkkelord
import_roles = Roller
import_level_not_given = nivå ikke oppgitt
import_level_native = morsmål eller tospråklig
import_level_full_professional = fullstendig profesjonell
import_level_professional_working = profesjonell
import_level_limited_working = begrenset
import_level_elementary = grunnleggende
import_name_placeholder = Fornavn Etternavn
import_headline_placeholder = Ønsket stilling
import_company_placeholder = Arbeidsgiver ikke oppgitt
import_image = Bilde

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profil, personlig profil, om meg, sammendrag, mål, motto
        [experience] arbeidserfaring, erfaring, yrkeserfaring, praksis, tidligere arbeidsgivere, karriere
        [education] utdanning, utdannelse, studier, høyere utdanning
        [skills] kompetanse, ferdigheter, kvalifikasjoner, nøkkelkvalifikasjoner, kunnskaper, it-kompetanse, teknisk kompetanse, fagkunnskap
        [languages] språk, språkkunnskaper, språkferdigheter
        [courses] kurs, sertifiseringer, sertifikater, etterutdanning, videreutdanning, kurs og sertifiseringer
        [projects] prosjekter
        [publications] publikasjoner, foredrag, artikler
        [awards] priser, utmerkelser
        [interests] interesser, fritidsinteresser, hobbyer, fritid
        [volunteering] frivillig arbeid, frivillighet, verv, tillitsverv
        [references] referanser
       *[contacts] kontakt, kontaktinformasjon, personalia, personopplysninger
    }
ats-months =
    { $month ->
        [1] jan
        [2] feb
        [3] mar
        [4] apr
        [5] mai
        [6] jun
        [7] jul
        [8] aug
        [9] sep, sept
        [10] okt
        [11] nov
       *[12] des
    }
ats-present = nå, til nå, dags dato, i dag, pågående, nåværende
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = CV-en din for cvpdf. Bytt ut eksemplene med dine egne opplysninger og kjør:
starter_markdown = Teksten kan inneholde Markdown: **fet**, _kursiv_, [lenke](https://…), `kode`.
starter_updated = dato for siste endring: alder og varighet telles frem til denne datoen
starter_photo = bytt ut bildet med ditt eget
starter_gender = { "" }
starter_name = Fornavn Etternavn
starter_city = Oslo
starter_relocation = åpen for å flytte
starter_status = Åpen for tilbud
starter_phone = +47 00 00 00 00
starter_headline = Backend-utvikler
starter_specialisation = Programvareutvikling
starter_employment = heltid
starter_about = Noen linjer om hva du gjør og hva du er best på.
starter_company = Eksempel AS
starter_company_earlier = Start ASA
starter_position = Seniorutvikler
starter_position_earlier = Utvikler
starter_item = Hva du gjorde og hva det førte til
starter_item_earlier = Ditt viktigste resultat der
starter_native_language = Norsk
starter_native_level = morsmål
starter_foreign_language = Engelsk
starter_foreign_level = C1
starter_institution = Ditt universitet
starter_level = Bachelorgrad
starter_faculty = Informatikk

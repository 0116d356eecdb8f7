### Dansk. Beskederne og deres variabler er beskrevet i en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Overskrifter

resume = CV
contacts = Kontakt
updated = Opdateret
specialisations = Specialer:
employment = Ansættelsesform:
experience = Erhvervserfaring
present = nu
achievements = Resultater
skills = Kompetencer
about = Om mig
education = Uddannelse
higher_education = Videregående uddannelse
higher_level = videregående
languages = Sprog
courses = Kurser og certificeringer
motto = Motto
# The publication words need a native reader's review.
publications = Publikationer
publication_group =
    { $kind ->
        [article] Tidsskriftsartikler
        [conference] Konferencebidrag
        [book] Bøger og kapitler
        [thesis] Afhandlinger
        [report] Rapporter
        [talk] Foredrag
        [preprint] Preprints
       *[other] Andre publikationer
    }

## Grammatik: CLDR’s flertalskategorier for dansk — one (1) og other.
## «år» er ens i ental og flertal.

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
        [3] marts
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] december
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
        [male] Mand, { age }, født { date_long }
        [female] Kvinde, { age }, født { date_long }
       *[none] { age }, født { date_long }
    }

gender_word =
    { $gender ->
        [male] Mand
       *[female] Kvinde
    }

born =
    { $gender ->
        [male] født { $date }
        [female] født { $date }
       *[none] født { $date }
    }

## Facts (see en.ftl)

language = Dansk
    .direction = ltr
    .script = Latn
    .hyphenation = da
    .iso639_3 = dan

og_locale = da_DK

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzæøåé


## Ansøgninger

letter_date = { $date }
letter_place_date = { $place }, den { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Kære { $name }
        [female] Kære { $name }
       *[none] Kære { $name }
    }
letter_salutation_default = Kære rekrutteringsansvarlige
letter_closing = Med venlig hilsen
letter_enclosures =
    { PLURAL($n) ->
        [one] Bilag
       *[other] Bilag
    }
letter_title = Ansøgning — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Yderligere oplysninger
import_other = Andet
import_recommendations = Anbefalinger
import_portfolio = Portefølje
import_volunteering = Frivilligt arbejde
import_awards = Priser
import_honors = Udmærkelser og priser
import_interests = Interesser
import_projects = Projekter
import_certificates = Certifikater
import_coursework = Fag
import_undated_work = Anden erfaring
import_undated_education = Anden uddannelse
import_schedule = Arbejdstid
import_travel_time = Transporttid til arbejdet
import_citizenship = Statsborgerskab
import_work_permit = Arbejdstilladelse
import_driving_licence = Kørekortkategorier
import_vehicle_yes = Har egen bil
import_vehicle_no = Har ikke egen bil
import_education_level = Uddannelsesniveau
import_profession_area = Fagområde
import_preferred = foretrukken kontaktform
import_score = point
import_keywords = Nøgleord
import_roles = Roller
import_level_not_given = niveau ikke angivet
import_level_native = modersmål eller tosproget
import_level_full_professional = fuld professionel
import_level_professional_working = professionel
import_level_limited_working = begrænset
import_level_elementary = grundlæggende
import_name_placeholder = Fornavn Efternavn
import_headline_placeholder = Ønsket stilling
import_company_placeholder = Virksomhed ikke angivet
import_image = Billede

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profil, personlig profil, profiltekst, om mig, kort om mig, resumé, mål, motto
        [experience] erhvervserfaring, erfaring, arbejdserfaring, joberfaring, beskæftigelse, ansættelser, karriere
        [education] uddannelse, uddannelser, studier, videregående uddannelse
        [skills] kompetencer, kernekompetencer, faglige kompetencer, tekniske kompetencer, it-kompetencer, færdigheder, kvalifikationer, kompetenceprofil
        [languages] sprog, sprogkundskaber, sprogkompetencer
        [courses] kurser, certificeringer, certifikater, efteruddannelse, videreuddannelse, kurser og certificeringer
        [projects] projekter
        [publications] publikationer, foredrag, artikler
        [awards] priser, udmærkelser, hædersbevisninger
        [interests] interesser, fritidsinteresser, hobbyer, fritid
        [volunteering] frivilligt arbejde, frivillighed, tillidshverv
        [references] referencer
       *[contacts] kontakt, kontaktoplysninger, personlige oplysninger, personlige data
    }
ats-months =
    { $month ->
        [1] jan
        [2] feb
        [3] mar
        [4] apr
        [5] maj
        [6] jun
        [7] jul
        [8] aug
        [9] sep, sept
        [10] okt
        [11] nov
       *[12] dec
    }
ats-present = nu, d.d., dags dato, i dag, nuværende, igangværende
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Dit CV til cvpdf. Erstat eksemplerne med dine egne oplysninger, og kør:
starter_markdown = Teksten må indeholde Markdown: **fed**, _kursiv_, [link](https://…), `kode`.
starter_updated = dato for seneste ændring: alder og varighed tælles frem til denne dato
starter_photo = erstat billedet med dit eget
starter_gender = { "" }
starter_name = Fornavn Efternavn
starter_city = København
starter_relocation = åben for at flytte
starter_status = Åben for tilbud
starter_phone = +45 00 00 00 00
starter_headline = Backendudvikler
starter_specialisation = Softwareudvikling
starter_employment = fuld tid
starter_about = Et par linjer om, hvad du laver, og hvad du er bedst til.
starter_company = Eksempel ApS
starter_company_earlier = Start A/S
starter_position = Seniorudvikler
starter_position_earlier = Udvikler
starter_item = Hvad du gjorde, og hvad det førte til
starter_item_earlier = Din vigtigste præstation der
starter_native_language = Dansk
starter_native_level = modersmål
starter_foreign_language = Engelsk
starter_foreign_level = C1
starter_institution = Dit universitet
starter_level = Bachelorgrad
starter_faculty = Datalogi

### Svenska. Meddelandena och deras variabler beskrivs i en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Rubriker

resume = CV
contacts = Kontakt
updated = Uppdaterad
specialisations = Specialiseringar:
employment = Anställningsform:
experience = Arbetslivserfarenhet
present = nu
achievements = Resultat
skills = Kompetenser
about = Om mig
education = Utbildning
higher_education = Högre utbildning
higher_level = högre
languages = Språk
courses = Kurser och certifikat
motto = Motto
# The publication words need a native reader's review.
publications = Publikationer
publication_group =
    { $kind ->
        [article] Tidskriftsartiklar
        [conference] Konferensbidrag
        [book] Böcker och kapitel
        [thesis] Avhandlingar
        [report] Rapporter
        [talk] Föredrag
        [preprint] Preprints
       *[other] Övriga publikationer
    }

## Grammatik: CLDR:s pluralkategorier för svenska — one (1) och other.
## «år» är detsamma i singular och plural.

years =
    { PLURAL($n) ->
        [one] { $n } år
       *[other] { $n } år
    }
months =
    { PLURAL($n) ->
        [one] { $n } månad
       *[other] { $n } månader
    }
duration = { $years } och { $months }
month =
    { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $yyyy }-{ $mm }-{ $dd }
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
        [male] Man, { age }, född { date_long }
        [female] Kvinna, { age }, född { date_long }
       *[none] { age }, född { date_long }
    }

gender_word =
    { $gender ->
        [male] Man
       *[female] Kvinna
    }

born =
    { $gender ->
        [male] född { $date }
        [female] född { $date }
       *[none] född { $date }
    }

## Facts (see en.ftl)

language = Svenska
    .direction = ltr
    .script = Latn
    .hyphenation = sv
    .iso639_3 = swe

og_locale = sv_SE

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzåäöé


## Personliga brev

letter_date = { $date }
letter_place_date = { $place } den { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Hej { $name }!
        [female] Hej { $name }!
       *[none] Hej { $name }!
    }
letter_salutation_default = Hej!
letter_closing = Med vänliga hälsningar
letter_enclosures =
    { PLURAL($n) ->
        [one] Bilaga
       *[other] Bilagor
    }
letter_title = Personligt brev — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Övrig information
import_other = Övrigt
import_recommendations = Rekommendationer
import_portfolio = Portfolio
import_volunteering = Ideellt arbete
import_awards = Utmärkelser
import_honors = Utmärkelser och priser
import_interests = Intressen
import_projects = Projekt
import_certificates = Certifikat
import_coursework = Lästa kurser
import_undated_work = Övrig erfarenhet
import_undated_education = Övrig utbildning
import_schedule = Arbetstider
import_travel_time = Restid till arbetet
import_citizenship = Medborgarskap
import_work_permit = Arbetstillstånd
import_driving_licence = Körkortsbehörighet
import_vehicle_yes = Har egen bil
import_vehicle_no = Har inte egen bil
import_education_level = Utbildningsnivå
import_profession_area = Yrkesområde
import_preferred = föredraget sätt att kontakta
import_score = poäng
import_keywords = Nyckelord
import_roles = Roller
import_level_not_given = nivå ej angiven
import_level_native = modersmål eller tvåspråkig
import_level_full_professional = fullständig yrkesmässig
import_level_professional_working = yrkesmässig
import_level_limited_working = begränsad
import_level_elementary = grundläggande
import_name_placeholder = Förnamn Efternamn
import_headline_placeholder = Önskad tjänst
import_company_placeholder = Arbetsgivare ej angiven
import_image = Bild

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profil, personlig profil, om mig, sammanfattning, presentation, mål, motto
        [experience] arbetslivserfarenhet, erfarenhet, yrkeserfarenhet, arbetserfarenhet, anställningar, tidigare anställningar, karriär
        [education] utbildning, utbildningar, studier, högre utbildning, akademisk utbildning
        [skills] kompetenser, kompetens, färdigheter, kunskaper, tekniska färdigheter, teknisk kompetens, it-kunskaper, expertis
        [languages] språk, språkkunskaper
        [courses] kurser, certifikat, certifieringar, vidareutbildning, kurser och certifikat
        [projects] projekt
        [publications] publikationer, föredrag, artiklar
        [awards] utmärkelser, priser
        [interests] intressen, fritidsintressen, fritid, hobbyer
        [volunteering] ideellt arbete, ideella uppdrag, volontärarbete, förtroendeuppdrag
        [references] referenser
       *[contacts] kontakt, kontaktuppgifter, personuppgifter, personliga uppgifter
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
ats-present = nu, pågående, idag, i dag, nuvarande, tills vidare
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ditt cv för cvpdf. Byt ut exemplen mot dina egna uppgifter och kör:
starter_markdown = Texten får innehålla Markdown: **fet**, _kursiv_, [länk](https://…), `kod`.
starter_updated = datum för senaste ändringen: ålder och tid räknas fram till den
starter_photo = byt ut fotot mot ditt eget
starter_gender = { "" }
starter_name = Förnamn Efternamn
starter_city = Stockholm
starter_relocation = öppen för att flytta
starter_status = Öppen för erbjudanden
starter_phone = +46 8 000 000 00
starter_headline = Backendutvecklare
starter_specialisation = Mjukvaruutveckling
starter_employment = heltid
starter_about = Några rader om vad du gör och vad du är bäst på.
starter_company = Exempel AB
starter_company_earlier = Start AB
starter_position = Senior utvecklare
starter_position_earlier = Utvecklare
starter_item = Vad du gjorde och vad det ledde till
starter_item_earlier = Din viktigaste prestation där
starter_native_language = Svenska
starter_native_level = modersmål
starter_foreign_language = Engelska
starter_foreign_level = C1
starter_institution = Ditt universitet
starter_level = Kandidatexamen
starter_faculty = Datavetenskap

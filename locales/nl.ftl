### Nederlands. De berichten en hun variabelen staan beschreven in en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Labels

resume = Curriculum vitae
contacts = Contact
updated = Bijgewerkt op
specialisations = Specialisaties:
employment = Dienstverband:
experience = Werkervaring
present = heden
achievements = Resultaten
skills = Vaardigheden
about = Over mij
education = Opleiding
higher_education = Hoger onderwijs
higher_level = hoger
languages = Talen
courses = Cursussen en certificaten
motto = Motto
# The publication words need a native reader's review.
publications = Publicaties
publication_group =
    { $kind ->
        [article] Tijdschriftartikelen
        [conference] Conferentiebijdragen
        [book] Boeken en hoofdstukken
        [thesis] Scripties en proefschriften
        [report] Rapporten
        [talk] Lezingen
        [preprint] Preprints
       *[other] Overige publicaties
    }

## Grammatica: CLDR-meervoudscategorieën voor het Nederlands — one (1) en
## other. Na een getal blijft «jaar» enkelvoud («5 jaar»), «maand» niet.

years =
    { PLURAL($n) ->
        [one] { $n } jaar
       *[other] { $n } jaar
    }
months =
    { PLURAL($n) ->
        [one] { $n } maand
       *[other] { $n } maanden
    }
duration = { $years } en { $months }
month =
    { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }-{ $mm }-{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } jaar
       *[other] { $age } jaar
    }
age_line =
    { $gender ->
        [male] Man, { age }, geboren op { date_long }
        [female] Vrouw, { age }, geboren op { date_long }
       *[none] { age }, geboren op { date_long }
    }

gender_word =
    { $gender ->
        [male] Man
       *[female] Vrouw
    }

born =
    { $gender ->
        [male] geboren op { $date }
        [female] geboren op { $date }
       *[none] geboren op { $date }
    }

## Facts (see en.ftl)

language = Nederlands
    .direction = ltr
    .script = Latn
    .hyphenation = nl
    .iso639_3 = nld

og_locale = nl_NL

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzáéíóúàèëïöüĳ


## Sollicitatiebrieven

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = left
letter_salutation =
    { $gender ->
        [male] Geachte heer { $name },
        [female] Geachte mevrouw { $name },
       *[none] Geachte { $name },
    }
letter_salutation_default = Geachte heer/mevrouw,
letter_closing = Met vriendelijke groet,
letter_enclosures =
    { PLURAL($n) ->
        [one] Bijlage
       *[other] Bijlagen
    }
letter_title = Sollicitatiebrief — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Aanvullende informatie
import_other = Overig
import_recommendations = Aanbevelingen
import_portfolio = Portfolio
import_volunteering = Vrijwilligerswerk
import_awards = Onderscheidingen
import_honors = Onderscheidingen en prijzen
import_interests = Interesses
import_projects = Projecten
import_certificates = Certificaten
import_coursework = Gevolgde vakken
import_undated_work = Overige ervaring
import_undated_education = Overige opleidingen
import_schedule = Werkrooster
import_travel_time = Reistijd naar het werk
import_citizenship = Nationaliteit
import_work_permit = Werkvergunning
import_driving_licence = Rijbewijs, categorieën
import_vehicle_yes = Eigen auto
import_vehicle_no = Geen eigen auto
import_education_level = Opleidingsniveau
import_profession_area = Vakgebied
import_preferred = voorkeur voor contact
import_score = score
import_keywords = Trefwoorden
import_roles = Rollen
import_level_not_given = niveau niet opgegeven
import_level_native = moedertaal of tweetalig
import_level_full_professional = volledig professioneel
import_level_professional_working = professioneel
import_level_limited_working = beperkt
import_level_elementary = elementair
import_name_placeholder = Voornaam Achternaam
import_headline_placeholder = Gewenste functie
import_company_placeholder = Werkgever niet opgegeven
import_image = Afbeelding

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profiel, persoonlijk profiel, profielschets, over mij, samenvatting, doelstelling, motto
        [experience] werkervaring, werkervaringen, ervaring, beroepservaring, professionele ervaring, loopbaan, arbeidsverleden
        [education] opleiding, opleidingen, onderwijs, scholing, studie, hoger onderwijs
        [skills] vaardigheden, competenties, kennis, technische vaardigheden, ict-vaardigheden, expertise
        [languages] talen, talenkennis, taalvaardigheid, taalvaardigheden
        [courses] cursussen, certificaten, certificeringen, trainingen, cursussen en trainingen, nevenopleidingen
        [projects] projecten
        [publications] publicaties, presentaties, lezingen
        [awards] prijzen, onderscheidingen, prestaties
        [interests] interesses, hobby's, hobby, vrije tijd
        [volunteering] vrijwilligerswerk
        [references] referenties
       *[contacts] contact, contactgegevens, personalia, persoonlijke gegevens, persoonsgegevens
    }
ats-months =
    { $month ->
        [1] jan
        [2] feb
        [3] mrt
        [4] apr
        [5] mei
        [6] jun
        [7] jul
        [8] aug
        [9] sep, sept
        [10] okt
        [11] nov
       *[12] dec
    }
ats-present = heden, tot heden, nu, tot nu, huidig, momenteel, lopend
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Je cv voor cvpdf. Vervang de voorbeelden door je eigen gegevens en voer uit:
starter_markdown = Tekst mag Markdown bevatten: **vet**, _cursief_, [link](https://…), `code`.
starter_updated = datum van de laatste wijziging: leeftijd en duur worden tot deze datum geteld
starter_photo = vervang de foto door je eigen foto
starter_gender = { "" }
starter_name = Voornaam Achternaam
starter_city = Amsterdam
starter_relocation = bereid te verhuizen
starter_status = Open voor aanbiedingen
starter_phone = +31 20 000 0000
starter_headline = Backendontwikkelaar
starter_specialisation = Softwareontwikkeling
starter_employment = fulltime
starter_about = Een paar regels over wat je doet en waar je het beste in bent.
starter_company = Voorbeeld B.V.
starter_company_earlier = Start N.V.
starter_position = Senior ontwikkelaar
starter_position_earlier = Ontwikkelaar
starter_item = Wat je deed en wat het opleverde
starter_item_earlier = Je belangrijkste prestatie daar
starter_native_language = Nederlands
starter_native_level = moedertaal
starter_foreign_language = Engels
starter_foreign_level = C1
starter_institution = Je hogeschool of universiteit
starter_level = Bachelor
starter_faculty = Informatica

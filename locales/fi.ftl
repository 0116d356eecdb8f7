### Suomi. Viestit ja niiden muuttujat kuvataan tiedostossa en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Otsikot

resume = Ansioluettelo
contacts = Yhteystiedot
updated = Päivitetty
specialisations = Erikoisalat:
employment = Työsuhde:
experience = Työkokemus
present = nykyhetki
achievements = Saavutukset
skills = Osaaminen
about = Tietoa minusta
education = Koulutus
higher_education = Korkea-asteen koulutus
higher_level = korkea-aste
languages = Kielitaito
courses = Kurssit ja sertifikaatit
motto = Motto
# The publication words need a native reader's review.
publications = Julkaisut
publication_group =
    { $kind ->
        [article] Lehtiartikkelit
        [conference] Konferenssijulkaisut
        [book] Kirjat ja kirjan luvut
        [thesis] Opinnäytteet
        [report] Raportit
        [talk] Esitelmät
        [preprint] Preprintit
       *[other] Muut julkaisut
    }

## Kielioppi: CLDR:n monikkoluokat suomelle — one (1) ja other. Luvun
## jälkeen sana on partitiivissa («2 vuotta»). Kuukausi on päiväyksessä
## partitiivissa («23. lokakuuta»), jaksossa perusmuodossa («lokakuu 2022»).

years =
    { PLURAL($n) ->
        [one] { $n } vuosi
       *[other] { $n } vuotta
    }
months =
    { PLURAL($n) ->
        [one] { $n } kuukausi
       *[other] { $n } kuukautta
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] tammikuu
        [2] helmikuu
        [3] maaliskuu
        [4] huhtikuu
        [5] toukokuu
        [6] kesäkuu
        [7] heinäkuu
        [8] elokuu
        [9] syyskuu
        [10] lokakuu
        [11] marraskuu
       *[12] joulukuu
    }
month_genitive =
    { $month ->
        [1] tammikuuta
        [2] helmikuuta
        [3] maaliskuuta
        [4] huhtikuuta
        [5] toukokuuta
        [6] kesäkuuta
        [7] heinäkuuta
        [8] elokuuta
        [9] syyskuuta
        [10] lokakuuta
        [11] marraskuuta
       *[12] joulukuuta
    }
month_year = { month } { $year }
date_long = { $day }. { month_genitive } { $year }
date_short = { $day }.{ $month }.{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start }–{ $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } vuosi
       *[other] { $age } vuotta
    }
age_line =
    { $gender ->
        [male] Mies, { age }, syntynyt { date_long }
        [female] Nainen, { age }, syntynyt { date_long }
       *[none] { age }, syntymäaika { date_long }
    }

gender_word =
    { $gender ->
        [male] Mies
       *[female] Nainen
    }

born =
    { $gender ->
        [male] syntynyt { $date }
        [female] syntynyt { $date }
       *[none] syntymäaika { $date }
    }

## Facts (see en.ftl)

language = Suomi
    .direction = ltr
    .script = Latn
    .hyphenation = fi
    .iso639_3 = fin

og_locale = fi_FI

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzåäöšž


## Työhakemukset. Paikka on päiväyksen edessä perusmuodossa ilman pilkkua
## («Helsinki 7. joulukuuta 2026»); sisäpaikallissijan («Helsingissä») voi
## antaa kirjeen paikaksi.

letter_date = { $date }
letter_place_date = { $place } { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Hyvä { $name },
        [female] Hyvä { $name },
       *[none] Hyvä { $name },
    }
letter_salutation_default = Hyvä rekrytoija,
letter_closing = Ystävällisin terveisin
letter_enclosures =
    { PLURAL($n) ->
        [one] Liite
       *[other] Liitteet
    }
letter_title = Työhakemus — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Lisätiedot
import_other = Muuta
import_recommendations = Suositukset
import_portfolio = Portfolio
import_volunteering = Vapaaehtoistyö
import_awards = Palkinnot
import_honors = Kunnianosoitukset ja palkinnot
import_interests = Kiinnostuksen kohteet
import_projects = Projektit
import_certificates = Sertifikaatit
import_coursework = Suoritetut kurssit
import_undated_work = Muu työkokemus
import_undated_education = Muu koulutus
import_schedule = Työaika
import_travel_time = Työmatkan kesto
import_citizenship = Kansalaisuus
import_work_permit = Työlupa
import_driving_licence = Ajokorttiluokat
import_vehicle_yes = Oma auto
import_vehicle_no = Ei omaa autoa
import_education_level = Koulutustaso
import_profession_area = Ammattiala
import_preferred = ensisijainen yhteystapa
import_score = pisteet
import_keywords = Avainsanat
import_roles = Roolit
import_level_not_given = tasoa ei ilmoitettu
import_level_native = äidinkieli tai kaksikielinen
import_level_full_professional = täysi ammatillinen
import_level_professional_working = ammatillinen
import_level_limited_working = rajallinen
import_level_elementary = alkeet
import_name_placeholder = Etunimi Sukunimi
import_headline_placeholder = Toivottu tehtävä
import_company_placeholder = Työnantajaa ei ilmoitettu
import_image = Kuva

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profiili, tietoa minusta, minusta, esittely, yhteenveto, henkilökuva, tavoite, motto
        [experience] työkokemus, kokemus, työhistoria, työura, aiempi työkokemus
        [education] koulutus, koulutustausta, opinnot, tutkinnot, tutkinto
        [skills] osaaminen, ydinosaaminen, erityisosaaminen, tekninen osaaminen, osaamisalueet, taidot, it-taidot, vahvuudet
        [languages] kielitaito, kielitaidot, kielet
        [courses] kurssit, sertifikaatit, lisäkoulutus, täydennyskoulutus, kurssit ja sertifikaatit
        [projects] projektit, hankkeet
        [publications] julkaisut, esitelmät, artikkelit
        [awards] palkinnot, tunnustukset, palkinnot ja tunnustukset, saavutukset
        [interests] harrastukset, kiinnostuksen kohteet, vapaa-aika
        [volunteering] vapaaehtoistyö, järjestötoiminta, luottamustehtävät
        [references] suosittelijat, referenssit
       *[contacts] yhteystiedot, henkilötiedot, perustiedot
    }
ats-months =
    { $month ->
        [1] tammik, tammikuussa, tammikuusta
        [2] helmik, helmikuussa, helmikuusta
        [3] maalisk, maaliskuussa, maaliskuusta
        [4] huhtik, huhtikuussa, huhtikuusta
        [5] toukok, toukokuussa, toukokuusta
        [6] kesäk, kesäkuussa, kesäkuusta
        [7] heinäk, heinäkuussa, heinäkuusta
        [8] elok, elokuussa, elokuusta
        [9] syysk, syyskuussa, syyskuusta
        [10] lokak, lokakuussa, lokakuusta
        [11] marrask, marraskuussa, marraskuusta
       *[12] jouluk, joulukuussa, joulukuusta
    }
ats-present = nykyhetki, nyt, nykyään, tähän päivään, tähän asti, jatkuu, toistaiseksi, nykyinen
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ansioluettelosi cvpdf:lle. Korvaa esimerkit omilla tiedoillasi ja suorita:
starter_markdown = Tekstissä voi käyttää Markdownia: **lihavointi**, _kursiivi_, [linkki](https://…), `koodi`.
starter_updated = viimeisimmän muutoksen päivä: ikä ja kestot lasketaan siihen asti
starter_photo = vaihda kuva omaasi
starter_gender = { "" }
starter_name = Etunimi Sukunimi
starter_city = Helsinki
starter_relocation = valmis muuttamaan
starter_status = Avoin tarjouksille
starter_phone = +358 9 0000 0000
starter_headline = Backend-kehittäjä
starter_specialisation = Ohjelmistokehitys
starter_employment = kokoaikainen
starter_about = Muutama rivi siitä, mitä teet ja missä olet parhaimmillasi.
starter_company = Esimerkki Oy
starter_company_earlier = Start Oyj
starter_position = Johtava kehittäjä
starter_position_earlier = Kehittäjä
starter_item = Mitä teit ja mitä siitä seurasi
starter_item_earlier = Tärkein saavutuksesi siellä
starter_native_language = Suomi
starter_native_level = äidinkieli
starter_foreign_language = Englanti
starter_foreign_level = C1
starter_institution = Yliopistosi
starter_level = Kandidaatin tutkinto
starter_faculty = Tietojenkäsittelytiede

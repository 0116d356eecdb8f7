### Čeština. Zprávy a jejich proměnné popisuje en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Nadpisy

resume = Životopis
contacts = Kontakt
updated = Aktualizováno
specialisations = Specializace:
employment = Typ úvazku:
experience = Pracovní zkušenosti
present = současnost
achievements = Úspěchy
skills = Dovednosti
about = O mně
education = Vzdělání
higher_education = Vysokoškolské vzdělání
higher_level = vysokoškolské
languages = Jazykové znalosti
courses = Kurzy a certifikáty
motto = Motto
# The publication words need a native reader's review.
publications = Publikace
publication_group =
    { $kind ->
        [article] Články v časopisech
        [conference] Příspěvky na konferencích
        [book] Knihy a kapitoly
        [thesis] Závěrečné práce
        [report] Zprávy
        [talk] Přednášky
        [preprint] Preprinty
       *[other] Další publikace
    }

## Mluvnice: kategorie množného čísla CLDR pro češtinu — one (1), few
## (2–4), many (desetinná čísla: «1,5 roku»), other (0, 5 a více: «5 let»).
## V období stojí měsíc v 1. pádě («září 2014»), v datu ve 2. pádě
## («23. října 1972»).

years =
    { PLURAL($n) ->
        [one] { $n } rok
        [few] { $n } roky
        [many] { $n } roku
       *[other] { $n } let
    }
months =
    { PLURAL($n) ->
        [one] { $n } měsíc
        [few] { $n } měsíce
        [many] { $n } měsíce
       *[other] { $n } měsíců
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] leden
        [2] únor
        [3] březen
        [4] duben
        [5] květen
        [6] červen
        [7] červenec
        [8] srpen
        [9] září
        [10] říjen
        [11] listopad
       *[12] prosinec
    }
month_genitive =
    { $month ->
        [1] ledna
        [2] února
        [3] března
        [4] dubna
        [5] května
        [6] června
        [7] července
        [8] srpna
        [9] září
        [10] října
        [11] listopadu
       *[12] prosince
    }
month_year = { month } { $year }
date_long = { $day }. { month_genitive } { $year }
date_short = { $day }. { $month }. { $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } rok
        [few] { $age } roky
        [many] { $age } roku
       *[other] { $age } let
    }
age_line =
    { $gender ->
        [male] Muž, { age }, narozen { date_long }
        [female] Žena, { age }, narozena { date_long }
       *[none] { age }, datum narození { date_long }
    }

gender_word =
    { $gender ->
        [male] Muž
       *[female] Žena
    }

born =
    { $gender ->
        [male] narozen { $date }
        [female] narozena { $date }
       *[none] datum narození { $date }
    }

## Facts (see en.ftl)

language = Čeština
    .direction = ltr
    .script = Latn
    .hyphenation = cs
    .iso639_3 = ces

og_locale = cs_CZ

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzáčďéěíňóřšťúůýž


## Motivační dopisy. Jméno by v oslovení stálo v 5. pádě, který cvpdf
## netvoří, proto ho oslovení vynechává («Vážený pane,»); «Vážený pane
## Nováku,» lze zapsat do `salutation:` dopisu. Místo stojí před datem bez
## čárky («Praha 7. prosince 2026»).

letter_date = { $date }
letter_place_date = { $place } { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Vážený pane,
        [female] Vážená paní,
       *[none] Vážená paní, vážený pane,
    }
letter_salutation_default = Vážená paní, vážený pane,
letter_closing = S pozdravem
letter_enclosures =
    { PLURAL($n) ->
        [one] Příloha
       *[other] Přílohy
    }
letter_title = Motivační dopis — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Další informace
import_other = Ostatní
import_recommendations = Doporučení
import_portfolio = Portfolio
import_volunteering = Dobrovolnictví
import_awards = Ocenění
import_honors = Vyznamenání a ocenění
import_interests = Zájmy
import_projects = Projekty
import_certificates = Certifikáty
import_coursework = Absolvované předměty
import_undated_work = Další praxe
import_undated_education = Další vzdělání
import_schedule = Pracovní doba
import_travel_time = Doba dojíždění do práce
import_citizenship = Státní občanství
import_work_permit = Pracovní povolení
import_driving_licence = Řidičský průkaz skupiny
import_vehicle_yes = Vlastní automobil
import_vehicle_no = Bez vlastního automobilu
import_education_level = Stupeň vzdělání
import_profession_area = Profesní oblast
import_preferred = preferovaný způsob kontaktu
import_score = hodnocení
import_keywords = Klíčová slova
import_roles = Role
import_level_not_given = úroveň neuvedena
import_level_native = rodilý mluvčí nebo bilingvní
import_level_full_professional = plně profesionální
import_level_professional_working = pracovní
import_level_limited_working = omezená
import_level_elementary = základní
import_name_placeholder = Jméno Příjmení
import_headline_placeholder = Požadovaná pozice
import_company_placeholder = Firma neuvedena
import_image = Obrázek

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] o mně, profil, osobní profil, profesní profil, shrnutí, cíl, kariérní cíl, motto
        [experience] pracovní zkušenosti, zkušenosti, profesní zkušenosti, praxe, pracovní praxe, profesní praxe, zaměstnání, kariéra
        [education] vzdělání, dosažené vzdělání, vysokoškolské vzdělání, studium
        [skills] dovednosti, technické dovednosti, počítačové dovednosti, odborné znalosti, schopnosti, kompetence
        [languages] jazyky, jazykové znalosti, cizí jazyky, znalost jazyků
        [courses] kurzy, certifikáty, certifikace, školení, osvědčení, kurzy a certifikáty
        [projects] projekty
        [publications] publikace, přednášky, články
        [awards] ocenění, úspěchy, ceny
        [interests] zájmy, koníčky, záliby, volný čas
        [volunteering] dobrovolnictví, dobrovolnická činnost
        [references] reference, doporučení
       *[contacts] kontakt, kontakty, kontaktní údaje, osobní údaje
    }
ats-months =
    { $month ->
        [1] led, lednu
        [2] úno, únoru
        [3] bře, březnu
        [4] dub, dubnu
        [5] kvě, květnu
        [6] čvn, červnu
        [7] čvc, červenci
        [8] srp, srpnu
        [9] zář
        [10] říj, říjnu
        [11] lis
       *[12] pro, prosinci
    }
ats-present = současnost, do současnosti, dosud, doposud, dodnes, nyní, trvá
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Váš životopis pro cvpdf. Nahraďte příklady svými údaji a spusťte:
starter_markdown = V textu lze použít Markdown: **tučně**, _kurzíva_, [odkaz](https://…), `kód`.
starter_updated = datum poslední úpravy: věk a délka praxe se počítají k tomuto dni
starter_photo = nahraďte fotografii svou
starter_gender = { "" }
starter_name = Jméno Příjmení
starter_city = Praha
starter_relocation = ochoten se přestěhovat
starter_status = Otevřen nabídkám
starter_phone = +420 200 000 000
starter_headline = Backendový vývojář
starter_specialisation = Vývoj softwaru
starter_employment = plný úvazek
starter_about = Pár řádků o tom, co děláte a v čem jste nejlepší.
starter_company = Příklad s.r.o.
starter_company_earlier = Start a.s.
starter_position = Vedoucí vývojář
starter_position_earlier = Vývojář
starter_item = Co jste udělali a jaký to mělo výsledek
starter_item_earlier = Váš hlavní úspěch v tomto zaměstnání
starter_native_language = Čeština
starter_native_level = rodilý mluvčí
starter_foreign_language = Angličtina
starter_foreign_level = B2
starter_institution = Vaše vysoká škola
starter_level = Vysokoškolské
starter_faculty = Informatika

### Polski. Komunikaty i ich zmienne opisuje en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Etykiety

resume = CV
contacts = Kontakt
updated = CV zaktualizowane
specialisations = Specjalizacje:
employment = Forma zatrudnienia:
experience = Doświadczenie zawodowe
present = obecnie
achievements = Osiągnięcia
skills = Umiejętności
about = O mnie
education = Wykształcenie
higher_education = Wykształcenie wyższe
higher_level = wyższe
languages = Języki
courses = Kursy i egzaminy
motto = Motto
# The publication words need a native reader's review.
publications = Publikacje
publication_group =
    { $kind ->
        [article] Artykuły w czasopismach
        [conference] Referaty konferencyjne
        [book] Książki i rozdziały
        [thesis] Rozprawy i prace dyplomowe
        [report] Raporty
        [talk] Wystąpienia
        [preprint] Preprinty
       *[other] Inne publikacje
    }

## Gramatyka: kategorie liczby mnogiej CLDR dla polskiego —
## one (tylko 1), few (2–4, 22–24), many (0, 5–21, 25–31, 111), other (ułamki).

years =
    { PLURAL($n) ->
        [one] { $n } rok
        [few] { $n } lata
        [many] { $n } lat
       *[other] { $n } roku
    }
months =
    { PLURAL($n) ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
        [many] { $n } miesięcy
       *[other] { $n } miesiąca
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] styczeń
        [2] luty
        [3] marzec
        [4] kwiecień
        [5] maj
        [6] czerwiec
        [7] lipiec
        [8] sierpień
        [9] wrzesień
        [10] październik
        [11] listopad
       *[12] grudzień
    }
month_genitive =
    { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } rok
        [few] { $age } lata
        [many] { $age } lat
       *[other] { $age } roku
    }
age_line =
    { $gender ->
        [male] Mężczyzna, { age }, urodzony { date_long }
        [female] Kobieta, { age }, urodzona { date_long }
       *[none] { age }, data urodzenia { date_long }
    }

gender_word =
    { $gender ->
        [male] Mężczyzna
       *[female] Kobieta
    }

born =
    { $gender ->
        [male] urodzony { $date }
        [female] urodzona { $date }
       *[none] data urodzenia { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Polski
    .direction = ltr
    .script = Latn
    .hyphenation = pl
    .iso639_3 = pol

og_locale = pl_PL
alphabet = aąbcćdeęfghijklłmnńoóprsśtuwyzźż


## Listy motywacyjne

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Szanowny Panie,
        [female] Szanowna Pani,
       *[none] Szanowni Państwo,
    }
letter_salutation_default = Szanowni Państwo,
letter_closing = Z poważaniem
letter_enclosures =
    { PLURAL($n) ->
        [one] Załącznik
       *[other] Załączniki
    }
letter_title = List motywacyjny — { $name }

## Import

import_additional = Informacje dodatkowe
import_other = Inne
import_recommendations = Rekomendacje
import_portfolio = Portfolio
import_volunteering = Wolontariat
import_awards = Nagrody
import_honors = Nagrody i wyróżnienia
import_interests = Zainteresowania
import_projects = Projekty
import_certificates = Certyfikaty
import_coursework = Kursy
import_undated_work = Inne doświadczenie
import_undated_education = Inne wykształcenie
import_schedule = Godziny pracy
import_travel_time = Czas dojazdu do pracy
import_citizenship = Obywatelstwo
import_work_permit = Pozwolenie na pracę
import_driving_licence = Prawo jazdy kategorii
import_vehicle_yes = Ma własny samochód
import_vehicle_no = Nie ma własnego samochodu
import_education_level = Poziom wykształcenia
import_profession_area = Obszar zawodowy
import_preferred = preferowany kontakt
import_score = ocena
import_keywords = Słowa kluczowe
import_roles = Role
import_level_not_given = poziom nie podany
import_level_native = ojczysty
import_level_full_professional = biegły
import_level_professional_working = roboczy
import_level_limited_working = podstawowy
import_level_elementary = początkujący
import_name_placeholder = Imię Nazwisko
import_headline_placeholder = Stanowisko docelowe
import_company_placeholder = Firma nie podana
import_image = Obraz

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] o mnie, podsumowanie, profil, profil zawodowy, cel zawodowy, motto
        [experience] doświadczenie zawodowe, doświadczenie, przebieg kariery, historia zatrudnienia, przebieg pracy zawodowej
        [education] wykształcenie, edukacja, wykształcenie wyższe
        [skills] umiejętności, kompetencje, umiejętności techniczne, technologie
        [languages] języki, języki obce, znajomość języków
        [courses] kursy, szkolenia, certyfikaty, kursy i szkolenia, kursy i egzaminy
        [projects] projekty
        [publications] publikacje, wystąpienia, prelekcje
        [awards] nagrody, osiągnięcia
        [interests] zainteresowania, hobby
        [volunteering] wolontariat
        [references] referencje
       *[contacts] kontakt, dane kontaktowe, dane osobowe
    }
ats-months =
    { $month ->
        [1] sty
        [2] lut
        [3] mar
        [4] kwi
        [5] maj
        [6] cze
        [7] lip
        [8] sie
        [9] wrz
        [10] paź
        [11] lis
       *[12] gru
    }
ats-present = obecnie, do teraz, nadal, do chwili obecnej, teraz
ats-photo = usual


## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Twoje CV dla cvpdf. Zastąp przykłady swoimi danymi i uruchom:
starter_markdown = W tekście można używać Markdown: **pogrubienie**, _kursywa_, [link](https://…), `kod`.
starter_updated = data ostatniej zmiany: do niej liczy się wiek i staż
starter_photo = zastąp zdjęcie swoim
starter_gender = { "" }
starter_name = Imię Nazwisko
starter_city = Warszawa
starter_relocation = gotowy do przeprowadzki
starter_status = Otwarty na oferty
starter_phone = +48 22 000 00 00
starter_headline = Programista backendu
starter_specialisation = Tworzenie oprogramowania
starter_employment = pełny etat
starter_about = Kilka zdań o tym, czym się zajmujesz i w czym jesteś najlepszy.
starter_company = Przykład sp. z o.o.
starter_company_earlier = Start S.A.
starter_position = Starszy programista
starter_position_earlier = Programista
starter_item = Co zrobiłeś i jaki był efekt
starter_item_earlier = Twoje najważniejsze osiągnięcie w tej pracy
starter_native_language = Polski
starter_native_level = ojczysty
starter_foreign_language = Angielski
starter_foreign_level = B2
starter_institution = Twoja uczelnia
starter_level = Wyższe
starter_faculty = Informatyka

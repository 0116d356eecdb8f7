### Српски (ћирилица). Поруке и њихове променљиве описане су у en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Натписи

resume = Биографија
contacts = Контакт
updated = Ажурирано
specialisations = Специјализације:
employment = Врста запослења:
experience = Радно искуство
present = данас
achievements = Постигнућа
skills = Вештине
about = О мени
education = Образовање
higher_education = Високо образовање
higher_level = високо
languages = Знање језика
courses = Курсеви и испити
motto = Мото
# The publication words need a native reader's review.
publications = Публикације
publication_group =
    { $kind ->
        [article] Чланци у часописима
        [conference] Радови на конференцијама
        [book] Књиге и поглавља
        [thesis] Дисертације и тезе
        [report] Извештаји
        [talk] Предавања
        [preprint] Препринти
       *[other] Остале публикације
    }

## Граматика: категорије множине CLDR за српски —
## one (1, 21, 101), few (2–4, 22–24), other (0, 5–20, 25–30, 111 и разломци).
## Година се пише са тачком, као редни број: «октобар 2014.».

years =
    { PLURAL($n) ->
        [one] { $n } година
        [few] { $n } године
       *[other] { $n } година
    }
months =
    { PLURAL($n) ->
        [one] { $n } месец
        [few] { $n } месеца
       *[other] { $n } месеци
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] јануар
        [2] фебруар
        [3] март
        [4] април
        [5] мај
        [6] јун
        [7] јул
        [8] август
        [9] септембар
        [10] октобар
        [11] новембар
       *[12] децембар
    }
month_genitive =
    { $month ->
        [1] јануара
        [2] фебруара
        [3] марта
        [4] априла
        [5] маја
        [6] јуна
        [7] јула
        [8] августа
        [9] септембра
        [10] октобра
        [11] новембра
       *[12] децембра
    }
month_year = { month } { $year }.
date_long = { $day }. { month_genitive } { $year }.
date_short = { $dd }.{ $mm }.{ $yyyy }.
age =
    { PLURAL($age) ->
        [one] { $age } година
        [few] { $age } године
       *[other] { $age } година
    }
age_line =
    { $gender ->
        [male] Мушкарац, { age }, рођен { date_long }
        [female] Жена, { age }, рођена { date_long }
       *[none] { age }, датум рођења { date_long }
    }

gender_word =
    { $gender ->
        [male] Мушкарац
       *[female] Жена
    }

born =
    { $gender ->
        [male] рођен { $date }
        [female] рођена { $date }
       *[none] датум рођења { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Српски
    .direction = ltr
    .script = Cyrl
    .hyphenation = sr
    .iso639_3 = srp

og_locale = sr_RS
alphabet = абвгдђежзијклљмнњопрстћуфхцчџш


## Пропратна писма

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = left
letter_salutation =
    { $gender ->
        [male] Поштовани { $name },
        [female] Поштована { $name },
       *[none] Поштовани { $name },
    }
letter_salutation_default = Поштовани,
letter_closing = С поштовањем,
letter_enclosures =
    { PLURAL($n) ->
        [one] Прилог
       *[other] Прилози
    }
letter_title = Пропратно писмо — { $name }

## Import

import_additional = Додатне информације
import_other = Остало
import_recommendations = Препоруке
import_portfolio = Портфолио
import_volunteering = Волонтирање
import_awards = Награде
import_honors = Награде и признања
import_interests = Интересовања
import_projects = Пројекти
import_certificates = Сертификати
import_coursework = Курсеви
import_undated_work = Остало радно искуство
import_undated_education = Остало образовање
import_schedule = Радно време
import_travel_time = Време путовања до посла
import_citizenship = Држављанство
import_work_permit = Радна дозвола
import_driving_licence = Возачка дозвола категорија
import_vehicle_yes = Има сопствени аутомобил
import_vehicle_no = Нема сопствени аутомобил
import_education_level = Ниво образовања
import_profession_area = Стручна област
import_preferred = пожељан начин контакта
import_score = оцена
import_keywords = Кључне речи
import_roles = Улоге
import_level_not_given = ниво није наведен
import_level_native = матерњи
import_level_full_professional = течно
import_level_professional_working = радни
import_level_limited_working = основни
import_level_elementary = почетни
import_name_placeholder = Име Презиме
import_headline_placeholder = Жељена позиција
import_company_placeholder = Компанија није наведена
import_image = Слика

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] о мени, профил, резиме, циљ, o meni, profil, rezime
        [experience] радно искуство, искуство, професионално искуство, запослење, radno iskustvo, iskustvo, profesionalno iskustvo
        [education] образовање, високо образовање, школовање, obrazovanje, visoko obrazovanje
        [skills] вештине, кључне вештине, техничке вештине, компетенције, технологије, veštine, vještine, kompetencije, tehnologije
        [languages] језици, познавање језика, страни језици, jezici, poznavanje jezika, strani jezici
        [courses] курсеви, сертификати, обуке, стручно усавршавање, kursevi, sertifikati, obuke
        [projects] пројекти, projekti
        [publications] публикације, предавања, радови, publikacije, predavanja
        [awards] награде, постигнућа, nagrade
        [interests] интересовања, хоби, хобији, interesovanja, hobi, hobiji
        [volunteering] волонтирање, volontiranje
        [references] препоруке, preporuke
       *[contacts] контакт, контакти, контакт подаци, лични подаци, kontakt, kontakt podaci, lični podaci
    }
ats-months =
    { $month ->
        [1] јан, januar, januara
        [2] феб, februar, februara
        [3] мар, mart, marta
        [4] апр, april, aprila
        [5] maj, maja
        [6] jun, juna
        [7] jul, jula
        [8] авг, avgust, avgusta
        [9] сеп, септ, septembar, septembra
        [10] окт, oktobar, oktobra
        [11] нов, novembar, novembra
       *[12] дец, decembar, decembra
    }
ats-present = данас, до данас, тренутно, садашњост, danas, do danas, trenutno
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ваша биографија за cvpdf. Замените примере својим подацима и покрените:
starter_markdown = У тексту можете користити Markdown: **подебљано**, _курзив_, [веза](https://…), `код`.
starter_updated = датум измене: године и радни стаж рачунају се до њега
starter_photo = замените фотографију својом
starter_gender = male или female
starter_name = Име Презиме
starter_city = Београд
starter_relocation = спреман за пресељење
starter_status = Отворен за понуде
starter_phone = +381 11 000 0000
starter_headline = Backend програмер
starter_specialisation = Развој софтвера
starter_employment = пуно радно време
starter_about = Неколико реченица о томе чиме се бавите и шта најбоље радите.
starter_company = Пример д.о.о.
starter_company_earlier = Старт а.д.
starter_position = Водећи програмер
starter_position_earlier = Програмер
starter_item = Шта сте урадили и какав је резултат
starter_item_earlier = Најважније постигнуће на том послу
starter_native_language = Српски
starter_native_level = матерњи
starter_foreign_language = Енглески
starter_foreign_level = B2
starter_institution = Назив факултета
starter_level = Високо
starter_faculty = Електротехнички факултет

### Беларуская. Паведамленні і іх зменныя апісаны ў en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Подпісы

resume = Рэзюмэ
contacts = Кантакты
updated = Рэзюмэ абноўлена
specialisations = Спецыялізацыі:
employment = Тып занятасці:
experience = Досвед работы
present = па цяперашні час
achievements = Дасягненні
skills = Навыкі
about = Пра сябе
education = Адукацыя
higher_education = Вышэйшая адукацыя
higher_level = вышэйшая
languages = Веданне моў
courses = Курсы, экзамены
motto = Дэвіз
# The publication words need a native reader's review.
publications = Публікацыі
publication_group =
    { $kind ->
        [article] Артыкулы ў часопісах
        [conference] Артыкулы ў матэрыялах канферэнцый
        [book] Кнігі і раздзелы
        [thesis] Дысертацыі
        [report] Справаздачы
        [talk] Выступленні
        [preprint] Прэпрынты
       *[other] Іншыя публікацыі
    }

## Граматыка: катэгорыі множнага ліку CLDR для беларускай —
## one (1, 21), few (2–4, 22–24), many (0, 5–20, 25–30), other (дробы).

years =
    { PLURAL($n) ->
        [one] { $n } год
        [few] { $n } гады
        [many] { $n } гадоў
       *[other] { $n } года
    }
months =
    { PLURAL($n) ->
        [one] { $n } месяц
        [few] { $n } месяцы
        [many] { $n } месяцаў
       *[other] { $n } месяца
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] студзень
        [2] люты
        [3] сакавік
        [4] красавік
        [5] травень
        [6] чэрвень
        [7] ліпень
        [8] жнівень
        [9] верасень
        [10] кастрычнік
        [11] лістапад
       *[12] снежань
    }
month_genitive =
    { $month ->
        [1] студзеня
        [2] лютага
        [3] сакавіка
        [4] красавіка
        [5] траўня
        [6] чэрвеня
        [7] ліпеня
        [8] жніўня
        [9] верасня
        [10] кастрычніка
        [11] лістапада
       *[12] снежня
    }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } год
        [few] { $age } гады
        [many] { $age } гадоў
       *[other] { $age } года
    }
age_line =
    { $gender ->
        [male] Мужчына, { age }, нарадзіўся { date_long }
        [female] Жанчына, { age }, нарадзілася { date_long }
       *[none] { age }, дата нараджэння { date_long }
    }

gender_word =
    { $gender ->
        [male] Мужчына
       *[female] Жанчына
    }

born =
    { $gender ->
        [male] нарадзіўся { $date }
        [female] нарадзілася { $date }
       *[none] дата нараджэння { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Беларуская
    .direction = ltr
    .script = Cyrl
    .hyphenation = be
    .iso639_3 = bel

og_locale = be_BY
alphabet = абвгдеёжзійклмнопрстуўфхцчшыьэюя


## Суправаджальныя лісты

letter_date = { $date } г.
letter_place_date = { $date } г.
letter_side = left
letter_salutation =
    { $gender ->
        [male] Паважаны { $name }!
        [female] Паважаная { $name }!
       *[none] Добры дзень, { $name }!
    }
letter_salutation_default = Добры дзень!
letter_closing = З павагай,
letter_enclosures =
    { PLURAL($n) ->
        [one] Дадатак
       *[other] Дадаткі
    }
letter_title = Суправаджальны ліст — { $name }

## Import

import_additional = Дадатковая інфармацыя
import_other = Іншае
import_recommendations = Рэкамендацыі
import_portfolio = Партфоліа
import_volunteering = Валанцёрства
import_awards = Узнагароды
import_honors = Узнагароды і адзнакі
import_interests = Інтарэсы
import_projects = Праекты
import_certificates = Сертыфікаты
import_coursework = Навучальныя курсы
import_undated_work = Іншы досвед работы
import_undated_education = Іншая адукацыя
import_schedule = Графік работы
import_travel_time = Час у дарозе да работы
import_citizenship = Грамадзянства
import_work_permit = Дазвол на работу
import_driving_licence = Вадзіцельскае пасведчанне катэгорый
import_vehicle_yes = Ёсць асабісты аўтамабіль
import_vehicle_no = Няма асабістага аўтамабіля
import_education_level = Узровень адукацыі
import_profession_area = Прафесійная галіна
import_preferred = пераважны спосаб сувязі
import_score = адзнака
import_keywords = Ключавыя словы
import_roles = Ролі
import_level_not_given = узровень не пазначаны
import_level_native = родная
import_level_full_professional = свабоднае валоданне
import_level_professional_working = працоўны
import_level_limited_working = базавы
import_level_elementary = пачатковы
import_name_placeholder = Прозвішча Імя
import_headline_placeholder = Пажаданая пасада
import_company_placeholder = Кампанія не пазначана
import_image = Выява

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] пра сябе, профіль, рэзюмэ, мэта, дэвіз
        [experience] досвед работы, досвед, працоўная дзейнасць, прафесійны досвед
        [education] адукацыя, вышэйшая адукацыя, навучанне
        [skills] навыкі, ключавыя навыкі, прафесійныя навыкі, кампетэнцыі, тэхналогіі
        [languages] мовы, веданне моў, замежныя мовы
        [courses] курсы, павышэнне кваліфікацыі, сертыфікаты, трэнінгі
        [projects] праекты
        [publications] публікацыі, даклады, выступленні, артыкулы
        [awards] узнагароды, дасягненні
        [interests] інтарэсы, хобі, захапленні
        [volunteering] валанцёрства
        [references] рэкамендацыі
       *[contacts] кантакты, кантактная інфармацыя, асабістыя даныя
    }
ats-months =
    { $month ->
        [1] студз, студзені
        [2] лют, лютым
        [3] сак, сакавіку
        [4] крас, красавіку
        [5] трав, траўні
        [6] чэрв, чэрвені
        [7] ліп, ліпені
        [8] жн, жніўні
        [9] вер, верасні
        [10] кастр, кастрычніку
        [11] ліст, лістападзе
       *[12] сн, снежні
    }
ats-present = па цяперашні час, цяперашні час, цяпер, дагэтуль
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ваша рэзюмэ для cvpdf. Замяніце прыклады сваімі дадзенымі і выканайце:
starter_markdown = У тэксце можна выкарыстоўваць Markdown: **тоўсты**, _курсіў_, [спасылка](https://…), `код`.
starter_updated = дата абнаўлення: ад яе лічацца ўзрост і стаж
starter_photo = замяніце фотаздымак сваім
starter_gender = male або female
starter_name = Прозвішча Імя Імя па бацьку
starter_city = Мінск
starter_relocation = гатовы да пераезду
starter_status = Разглядаю прапановы
starter_phone = +375 17 000-00-00
starter_headline = Backend-распрацоўшчык
starter_specialisation = Праграміст, распрацоўшчык
starter_employment = поўная занятасць
starter_about = Коратка пра сябе: чым займаецеся і што ўмееце лепш за ўсё.
starter_company = ТАА «Прыклад»
starter_company_earlier = ААТ «Старт»
starter_position = Вядучы распрацоўшчык
starter_position_earlier = Распрацоўшчык
starter_item = Што зрабілі і які вынік
starter_item_earlier = Галоўнае дасягненне на гэтай рабоце
starter_native_language = Беларуская
starter_native_level = родная
starter_foreign_language = Англійская
starter_foreign_level = B2
starter_institution = Назва ўніверсітэта
starter_level = Вышэйшая
starter_faculty = Факультэт

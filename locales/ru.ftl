### Русский. Сообщения и их переменные описаны в en.ftl.

## Подписи

resume = Резюме
contacts = Контакты
updated = Резюме обновлено
specialisations = Специализации:
employment = Тип занятости:
experience = Опыт работы
present = по настоящее время
achievements = Достижения
skills = Навыки
about = Обо мне
education = Образование
higher_education = Высшее образование
higher_level = высшее
languages = Знание языков
courses = Тесты, экзамены
motto = Девиз
publications = Публикации
publication_group =
    { $kind ->
        [article] Статьи в журналах
        [conference] Статьи в материалах конференций
        [book] Книги и главы
        [thesis] Диссертации
        [report] Отчёты
        [talk] Выступления
        [preprint] Препринты
       *[other] Другие публикации
    }

## Грамматика: категории множественного числа CLDR для русского —
## one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 111), other (дроби).

years =
    { PLURAL($n) ->
        [one] { $n } год
        [few] { $n } года
        [many] { $n } лет
       *[other] { $n } года
    }
months =
    { PLURAL($n) ->
        [one] { $n } месяц
        [few] { $n } месяца
        [many] { $n } месяцев
       *[other] { $n } месяца
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] январь
        [2] февраль
        [3] март
        [4] апрель
        [5] май
        [6] июнь
        [7] июль
        [8] август
        [9] сентябрь
        [10] октябрь
        [11] ноябрь
       *[12] декабрь
    }
month_genitive =
    { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } год
        [few] { $age } года
        [many] { $age } лет
       *[other] { $age } года
    }
age_line =
    { $gender ->
        [male] Мужчина, { age }, родился { date_long }
        [female] Женщина, { age }, родилась { date_long }
       *[none] { age }, дата рождения { date_long }
    }

gender_word =
    { $gender ->
        [male] Мужчина
       *[female] Женщина
    }

born =
    { $gender ->
        [male] родился { $date }
        [female] родилась { $date }
       *[none] дата рождения { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Русский
    .direction = ltr
    .script = Cyrl
    .hyphenation = ru
    .iso639_3 = rus

og_locale = ru_RU
alphabet = абвгдеёжзийклмнопрстуфхцчшщъыьэюя


## Сопроводительные письма. В русском деловом письме дата стоит одна,
## без места: место, если оно дано, в строку даты не входит.

letter_date = { $date } г.
letter_place_date = { $date } г.
letter_side = left
letter_salutation =
    { $gender ->
        [male] Уважаемый { $name }!
        [female] Уважаемая { $name }!
       *[none] Здравствуйте, { $name }!
    }
letter_salutation_default = Здравствуйте!
letter_closing = С уважением,
letter_enclosures =
    { PLURAL($n) ->
        [one] Приложение
       *[other] Приложения
    }
letter_title = Сопроводительное письмо — { $name }

## Import

import_additional = Дополнительная информация
import_other = Прочее
import_recommendations = Рекомендации
import_portfolio = Портфолио
import_volunteering = Волонтёрство
import_awards = Награды
import_honors = Награды и достижения
import_interests = Интересы
import_projects = Проекты
import_certificates = Сертификаты
import_coursework = Учебные курсы
import_undated_work = Другой опыт работы
import_undated_education = Другое образование
import_schedule = График работы
import_travel_time = Время в пути до работы
import_citizenship = Гражданство
import_work_permit = Разрешение на работу
import_driving_licence = Водительские права категории
import_vehicle_yes = Есть личный автомобиль
import_vehicle_no = Нет личного автомобиля
import_education_level = Уровень образования
import_profession_area = Профессиональная область
import_preferred = предпочтительный способ связи
import_score = оценка
import_keywords = Ключевые слова
import_roles = Роли
import_level_not_given = уровень не указан
import_level_native = родной
import_level_full_professional = свободный
import_level_professional_working = рабочий
import_level_limited_working = базовый
import_level_elementary = начальный
import_name_placeholder = Фамилия Имя
import_headline_placeholder = Желаемая должность
import_company_placeholder = Компания не указана
import_image = Изображение

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] о себе, обо мне, резюме, профиль, кратко о себе, цель, общая информация, личные качества, девиз
        [experience] опыт работы, опыт, трудовая деятельность, профессиональный опыт, места работы, карьера, трудовой стаж
        [education] образование, высшее образование, обучение
        [skills] навыки, ключевые навыки, профессиональные навыки, технические навыки, компетенции, технологии, стек технологий, умения
        [languages] языки, знание языков, владение языками, иностранные языки
        [courses] курсы, повышение квалификации, сертификаты, тренинги, курсы и тесты, дополнительное образование
        [projects] проекты, pet-проекты, открытые проекты
        [publications] публикации, доклады, выступления, статьи
        [awards] награды, достижения
        [interests] интересы, хобби, увлечения
        [volunteering] волонтёрство, волонтерство, общественная деятельность
        [references] рекомендации
       *[contacts] контакты, контактная информация, контактные данные, личные данные
    }
ats-months =
    { $month ->
        [1] янв, январе
        [2] фев, февр, феврале
        [3] мар, марте
        [4] апр, апреле
        [5] мае
        [6] июн, июне
        [7] июл, июле
        [8] авг, августе
        [9] сен, сент, сентябре
        [10] окт, октябре
        [11] ноя, нояб, ноябре
       *[12] дек, декабре
    }
ats-present = по настоящее время, настоящее время, н. в., н.в., сейчас, по сей день, по текущее время, текущее время
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ваше резюме для cvpdf. Замените примеры своими данными и выполните:
starter_markdown = В тексте можно использовать Markdown: **жирный**, _курсив_, [ссылка](https://…), `код`.
starter_updated = дата обновления: от неё считаются возраст и стаж
starter_photo = замените фотографию своей
starter_gender = male или female
starter_name = Фамилия Имя Отчество
starter_city = Москва
starter_relocation = готов к переезду
starter_status = Рассматриваю предложения
starter_phone = +7 900 000-00-00
starter_headline = Backend-разработчик
starter_specialisation = Программист, разработчик
starter_employment = полная занятость
starter_about = Коротко о себе: чем занимаетесь и что умеете лучше всего.
starter_company = ООО «Пример»
starter_company_earlier = АО «Старт»
starter_position = Ведущий разработчик
starter_position_earlier = Разработчик
starter_item = Что сделали и каков результат
starter_item_earlier = Главное достижение на этой работе
starter_native_language = Русский
starter_native_level = родной
starter_foreign_language = Английский
starter_foreign_level = B2
starter_institution = Название вуза
starter_level = Высшее
starter_faculty = Факультет

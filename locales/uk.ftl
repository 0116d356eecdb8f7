### Українська. Повідомлення та їхні змінні описано в en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Підписи

resume = Резюме
contacts = Контакти
updated = Резюме оновлено
specialisations = Спеціалізації:
employment = Тип зайнятості:
experience = Досвід роботи
present = дотепер
achievements = Досягнення
skills = Навички
about = Про себе
education = Освіта
higher_education = Вища освіта
higher_level = вища
languages = Знання мов
courses = Курси, іспити
motto = Девіз
# The publication words need a native reader's review.
publications = Публікації
publication_group =
    { $kind ->
        [article] Статті в журналах
        [conference] Статті в матеріалах конференцій
        [book] Книги та розділи
        [thesis] Дисертації
        [report] Звіти
        [talk] Виступи
        [preprint] Препринти
       *[other] Інші публікації
    }

## Граматика: категорії множини CLDR для української —
## one (1, 21), few (2–4, 22–24), many (0, 5–20, 25–30), other (дроби).

years =
    { PLURAL($n) ->
        [one] { $n } рік
        [few] { $n } роки
        [many] { $n } років
       *[other] { $n } року
    }
months =
    { PLURAL($n) ->
        [one] { $n } місяць
        [few] { $n } місяці
        [many] { $n } місяців
       *[other] { $n } місяця
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] січень
        [2] лютий
        [3] березень
        [4] квітень
        [5] травень
        [6] червень
        [7] липень
        [8] серпень
        [9] вересень
        [10] жовтень
        [11] листопад
       *[12] грудень
    }
month_genitive =
    { $month ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
       *[12] грудня
    }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } року
    }
age_line =
    { $gender ->
        [male] Чоловік, { age }, народився { date_long }
        [female] Жінка, { age }, народилася { date_long }
       *[none] { age }, дата народження { date_long }
    }

gender_word =
    { $gender ->
        [male] Чоловік
       *[female] Жінка
    }

born =
    { $gender ->
        [male] народився { $date }
        [female] народилася { $date }
       *[none] дата народження { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Українська
    .direction = ltr
    .script = Cyrl
    .hyphenation = uk
    .iso639_3 = ukr

og_locale = uk_UA
alphabet = абвгґдеєжзиіїйклмнопрстуфхцчшщьюя


## Супровідні листи

letter_date = { $date } р.
letter_place_date = { $date } р.
letter_side = left
letter_salutation =
    { $gender ->
        [male] Шановний { $name }!
        [female] Шановна { $name }!
       *[none] Добрий день, { $name }!
    }
letter_salutation_default = Добрий день!
letter_closing = З повагою,
letter_enclosures =
    { PLURAL($n) ->
        [one] Додаток
       *[other] Додатки
    }
letter_title = Супровідний лист — { $name }

## Import

import_additional = Додаткова інформація
import_other = Інше
import_recommendations = Рекомендації
import_portfolio = Портфоліо
import_volunteering = Волонтерство
import_awards = Нагороди
import_honors = Нагороди та відзнаки
import_interests = Інтереси
import_projects = Проєкти
import_certificates = Сертифікати
import_coursework = Навчальні курси
import_undated_work = Інший досвід роботи
import_undated_education = Інша освіта
import_schedule = Графік роботи
import_travel_time = Час у дорозі до роботи
import_citizenship = Громадянство
import_work_permit = Дозвіл на роботу
import_driving_licence = Водійське посвідчення категорій
import_vehicle_yes = Є власний автомобіль
import_vehicle_no = Немає власного автомобіля
import_education_level = Рівень освіти
import_profession_area = Професійна галузь
import_preferred = бажаний спосіб зв’язку
import_score = оцінка
import_keywords = Ключові слова
import_roles = Ролі
import_level_not_given = рівень не вказано
import_level_native = рідна
import_level_full_professional = вільне володіння
import_level_professional_working = робочий
import_level_limited_working = базовий
import_level_elementary = початковий
import_name_placeholder = Прізвище Ім’я
import_headline_placeholder = Бажана посада
import_company_placeholder = Компанію не вказано
import_image = Зображення

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] про себе, профіль, резюме, коротко про себе, мета, загальна інформація, девіз
        [experience] досвід роботи, досвід, трудова діяльність, професійний досвід, місця роботи, кар'єра
        [education] освіта, вища освіта, навчання
        [skills] навички, ключові навички, професійні навички, технічні навички, компетенції, технології, вміння
        [languages] мови, знання мов, володіння мовами, іноземні мови
        [courses] курси, підвищення кваліфікації, сертифікати, тренінги, курси та тести, додаткова освіта
        [projects] проєкти, проекти
        [publications] публікації, доповіді, виступи, статті
        [awards] нагороди, досягнення
        [interests] інтереси, хобі, захоплення
        [volunteering] волонтерство, громадська діяльність
        [references] рекомендації
       *[contacts] контакти, контактна інформація, контактні дані, особисті дані
    }
ats-months =
    { $month ->
        [1] січ, січні
        [2] лют, лютому
        [3] бер, березні
        [4] квіт, квітні
        [5] трав, травні
        [6] черв, червні
        [7] лип, липні
        [8] серп, серпні
        [9] вер, вересні
        [10] жовт, жовтні
        [11] лист, листопаді
       *[12] груд, грудні
    }
ats-present = дотепер, по теперішній час, теперішній час, тепер, зараз, донині, по сьогодні
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Ваше резюме для cvpdf. Замініть приклади своїми даними й виконайте:
starter_markdown = У тексті можна використовувати Markdown: **жирний**, _курсив_, [посилання](https://…), `код`.
starter_updated = дата оновлення: від неї рахуються вік і стаж
starter_photo = замініть фотографію своєю
starter_gender = male або female
starter_name = Прізвище Ім’я По батькові
starter_city = Київ
starter_relocation = готовий до переїзду
starter_status = Розглядаю пропозиції
starter_phone = +380 44 000 00 00
starter_headline = Backend-розробник
starter_specialisation = Програміст, розробник
starter_employment = повна зайнятість
starter_about = Коротко про себе: чим займаєтеся і що вмієте найкраще.
starter_company = ТОВ «Приклад»
starter_company_earlier = АТ «Старт»
starter_position = Провідний розробник
starter_position_earlier = Розробник
starter_item = Що зробили і який результат
starter_item_earlier = Головне досягнення на цій роботі
starter_native_language = Українська
starter_native_level = рідна
starter_foreign_language = Англійська
starter_foreign_level = B2
starter_institution = Назва університету
starter_level = Вища
starter_faculty = Факультет

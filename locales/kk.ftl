### Қазақ тілі. Хабарламалар мен олардың айнымалылары en.ftl файлында сипатталған.
### Needs a native reader's review: see README.md in this folder.

## Жазулар

resume = Түйіндеме
contacts = Байланыс
updated = Түйіндеме жаңартылды
specialisations = Мамандықтар:
employment = Жұмыспен қамту түрі:
experience = Жұмыс тәжірибесі
present = қазіргі уақытқа дейін
achievements = Жетістіктер
skills = Дағдылар
about = Өзім туралы
education = Білім
higher_education = Жоғары білім
higher_level = жоғары
languages = Тілдерді білу
courses = Курстар, емтихандар
motto = Ұран
# The publication words need a native reader's review.
publications = Жарияланымдар
publication_group =
    { $kind ->
        [article] Журналдардағы мақалалар
        [conference] Конференция материалдарындағы мақалалар
        [book] Кітаптар мен тараулар
        [thesis] Диссертациялар
        [report] Есептер
        [talk] Баяндамалар
        [preprint] Препринттер
       *[other] Басқа жарияланымдар
    }

## Грамматика. Сан есімнен кейін зат есім жекеше түрде тұрады («5 жыл»),
## сондықтан CLDR санаттарының екеуінде де (one, other) сөз бір.

years =
    { PLURAL($n) ->
        [one] { $n } жыл
       *[other] { $n } жыл
    }
months =
    { PLURAL($n) ->
        [one] { $n } ай
       *[other] { $n } ай
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] қаңтар
        [2] ақпан
        [3] наурыз
        [4] сәуір
        [5] мамыр
        [6] маусым
        [7] шілде
        [8] тамыз
        [9] қыркүйек
        [10] қазан
        [11] қараша
       *[12] желтоқсан
    }
# Қазақ тілінде күн атау септігінде жазылады: «1972 жылғы 23 қазан».
month_genitive = { month }
# Жатыс септігіндегі ай: «23 қазанда туған». Тек age_line үшін.
month_locative =
    { $month ->
        [1] қаңтарда
        [2] ақпанда
        [3] наурызда
        [4] сәуірде
        [5] мамырда
        [6] маусымда
        [7] шілдеде
        [8] тамызда
        [9] қыркүйекте
        [10] қазанда
        [11] қарашада
       *[12] желтоқсанда
    }
month_year = { $year } жылғы { month }
date_long = { $year } жылғы { $day } { month_genitive }
date_short = { $dd }.{ $mm }.{ $yyyy }
age = { $age } жас
age_line =
    { $gender ->
        [male] Ер, { age }, { $year } жылғы { $day } { month_locative } туған
        [female] Әйел, { age }, { $year } жылғы { $day } { month_locative } туған
       *[none] { age }, { $year } жылғы { $day } { month_locative } туған
    }

gender_word =
    { $gender ->
        [male] Ер
       *[female] Әйел
    }

born =
    { $gender ->
        [male] туған күні { $date }
        [female] туған күні { $date }
       *[none] туған күні { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Қазақ тілі
    .direction = ltr
    .script = Cyrl
    .hyphenation = ru
    .iso639_3 = kaz

og_locale = kk_KZ
alphabet = аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя


## Ілеспе хаттар

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = left
letter_salutation =
    { $gender ->
        [male] Құрметті { $name }!
        [female] Құрметті { $name }!
       *[none] Құрметті { $name }!
    }
letter_salutation_default = Сәлеметсіз бе!
letter_closing = Құрметпен,
letter_enclosures =
    { PLURAL($n) ->
        [one] Қосымша
       *[other] Қосымшалар
    }
letter_title = Ілеспе хат — { $name }

## Import

import_additional = Қосымша ақпарат
import_other = Басқа
import_recommendations = Ұсынымдар
import_portfolio = Портфолио
import_volunteering = Волонтерлік
import_awards = Марапаттар
import_honors = Марапаттар мен жетістіктер
import_interests = Қызығушылықтар
import_projects = Жобалар
import_certificates = Сертификаттар
import_coursework = Оқу курстары
import_undated_work = Басқа жұмыс тәжірибесі
import_undated_education = Басқа білім
import_schedule = Жұмыс кестесі
import_travel_time = Жұмысқа жол уақыты
import_citizenship = Азаматтық
import_work_permit = Жұмысқа рұқсат
import_driving_licence = Жүргізуші куәлігінің санаттары
import_vehicle_yes = Жеке көлігі бар
import_vehicle_no = Жеке көлігі жоқ
import_education_level = Білім деңгейі
import_profession_area = Кәсіби сала
import_preferred = байланыстың қалаулы тәсілі
import_score = баға
import_keywords = Түйінді сөздер
import_roles = Рөлдер
import_level_not_given = деңгейі көрсетілмеген
import_level_native = ана тілі
import_level_full_professional = еркін
import_level_professional_working = жұмыс деңгейі
import_level_limited_working = базалық
import_level_elementary = бастапқы
import_name_placeholder = Тегі Аты
import_headline_placeholder = Қалаған лауазым
import_company_placeholder = Компания көрсетілмеген
import_image = Сурет

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] өзім туралы, түйіндеме, профиль, мақсат, ұран
        [experience] жұмыс тәжірибесі, тәжірибе, еңбек жолы, кәсіби тәжірибе
        [education] білім, жоғары білім, оқу
        [skills] дағдылар, негізгі дағдылар, кәсіби дағдылар, біліктер, құзыреттер, технологиялар
        [languages] тілдер, тілдерді білу, тіл білу, шет тілдері
        [courses] курстар, біліктілікті арттыру, сертификаттар, тренингтер, емтихандар
        [projects] жобалар
        [publications] жарияланымдар, баяндамалар, мақалалар
        [awards] марапаттар, жетістіктер
        [interests] қызығушылықтар, хобби
        [volunteering] еріктілік, волонтерлік
        [references] ұсынымдар
       *[contacts] байланыс, байланыстар, байланыс ақпараты, жеке деректер
    }
ats-months =
    { $month ->
        [1] қаңтарда
        [2] ақпанда
        [3] наурызда
        [4] сәуірде
        [5] мамырда
        [6] маусымда
        [7] шілдеде
        [8] тамызда
        [9] қыркүйекте
        [10] қазанда
        [11] қарашада
       *[12] желтоқсанда
    }
ats-present = қазіргі уақытқа дейін, қазіргі уақыт, қазір, осы уақытқа дейін
ats-photo = usual


## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = cvpdf үшін түйіндемеңіз. Мысалдарды өз деректеріңізбен ауыстырып, іске қосыңыз:
starter_markdown = Мәтінде Markdown қолдануға болады: **қалың**, _көлбеу_, [сілтеме](https://…), `код`.
starter_updated = жаңартылған күні: жас пен еңбек өтілі осы күнге дейін есептеледі
starter_photo = фотосуретті өзіңіздікімен ауыстырыңыз
starter_gender = male немесе female
starter_name = Тегі Аты
starter_city = Алматы
starter_relocation = көшуге дайынмын
starter_status = Ұсыныстарды қарастырамын
starter_phone = +7 701 000 00 00
starter_headline = Backend әзірлеуші
starter_specialisation = Бағдарламашы, әзірлеуші
starter_employment = толық жұмыс күні
starter_about = Өзіңіз туралы қысқаша: немен айналысасыз және не істей аласыз.
starter_company = «Мысал» ЖШС
starter_company_earlier = «Старт» АҚ
starter_position = Жетекші әзірлеуші
starter_position_earlier = Әзірлеуші
starter_item = Не істедіңіз және нәтижесі қандай
starter_item_earlier = Осы жұмыстағы басты жетістік
starter_native_language = Қазақ тілі
starter_native_level = ана тілі
starter_foreign_language = Ағылшын тілі
starter_foreign_level = B2
starter_institution = Университеттің атауы
starter_level = Жоғары
starter_faculty = Факультет

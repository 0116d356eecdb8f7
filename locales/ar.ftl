### العربية. الرسائل ومتغيراتها موصوفة في en.ftl.
### Needs a native reader's review: see README.md in this folder.

## العناوين

resume = السيرة الذاتية
contacts = معلومات الاتصال
updated = آخر تحديث
specialisations = التخصصات:
employment = نوع العمل:
experience = الخبرة العملية
present = حتى الآن
achievements = الإنجازات
skills = المهارات
about = نبذة عني
education = التعليم
higher_education = التعليم العالي
higher_level = جامعي
languages = اللغات
courses = الدورات والشهادات
motto = الشعار
# The publication words need a native reader's review.
publications = المنشورات
publication_group =
    { $kind ->
        [article] مقالات في مجلات علمية
        [conference] أوراق مؤتمرات
        [book] كتب وفصول
        [thesis] رسائل جامعية
        [report] تقارير
        [talk] محاضرات
        [preprint] مسودات أولية
       *[other] منشورات أخرى
    }

## القواعد: فئات الجمع في CLDR للعربية ست: zero (0)، one (1)، two (2)،
## few (3–10، 103–110)، many (11–99، 111–199)، other (100–102، 200…).
## المفرد والمثنى بلا رقم («سنة واحدة»، «سنتان»)، والجمع من 3 إلى 10
## («5 سنوات»)، والتمييز المفرد المنصوب من 11 إلى 99 («11 سنةً»)،
## والمفرد المجرور بعد المئة («100 سنة»). الأرقام لاتينية كما في البيانات.
## التنوين لا يُكتب («11 شهرا»): قارئات PDF تكرر الحرف الذي يحمل علامة.

years =
    { PLURAL($n) ->
        [zero] { $n } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $n } سنوات
        [many] { $n } سنة
       *[other] { $n } سنة
    }
months =
    { PLURAL($n) ->
        [zero] { $n } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $n } أشهر
        [many] { $n } شهرا
       *[other] { $n } شهر
    }
duration = { $years } و{ $months }
month =
    { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }/{ $mm }/{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { "، " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [zero] { $age } عام
        [one] عام واحد
        [two] عامان
        [few] { $age } أعوام
        [many] { $age } عاما
       *[other] { $age } عام
    }
age_line =
    { $gender ->
        [male] ذكر، العمر { age }، من مواليد { date_long }
        [female] أنثى، العمر { age }، من مواليد { date_long }
       *[none] العمر { age }، من مواليد { date_long }
    }

gender_word =
    { $gender ->
        [male] ذكر
       *[female] أنثى
    }

born =
    { $gender ->
        [male] من مواليد { $date }
        [female] من مواليد { $date }
       *[none] من مواليد { $date }
    }

## Facts (see en.ftl)

language = العربية
    .direction = rtl
    .script = Arab
    .hyphenation = none
    .iso639_3 = ara

og_locale = ar_AR

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي


## خطابات التقديم. يكتب التاريخ في أعلى الصفحة على اليسار.

letter_date = { $date }
letter_place_date = { $place } في { $date }
letter_side = left
letter_salutation =
    { $gender ->
        [male] السيد { $name } المحترم،
        [female] السيدة { $name } المحترمة،
       *[none] { $name } المحترم،
    }
letter_salutation_default = إلى مسؤول التوظيف المحترم،
letter_closing = وتفضلوا بقبول فائق الاحترام،
letter_enclosures =
    { PLURAL($n) ->
        [one] المرفق
       *[other] المرفقات
    }
letter_title = خطاب تقديم — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = معلومات إضافية
import_other = أخرى
import_recommendations = التوصيات
import_portfolio = معرض الأعمال
import_volunteering = العمل التطوعي
import_awards = الجوائز
import_honors = التكريمات والجوائز
import_interests = الاهتمامات
import_projects = المشاريع
import_certificates = الشهادات
import_coursework = المقررات الدراسية
import_undated_work = خبرات أخرى
import_undated_education = تعليم آخر
import_schedule = نظام العمل
import_travel_time = مدة التنقل إلى العمل
import_citizenship = الجنسية
import_work_permit = تصريح العمل
import_driving_licence = فئات رخصة القيادة
import_vehicle_yes = يملك سيارة
import_vehicle_no = لا يملك سيارة
import_education_level = المستوى التعليمي
import_profession_area = المجال المهني
import_preferred = وسيلة التواصل المفضلة
import_score = الدرجة
import_keywords = الكلمات المفتاحية
import_roles = الأدوار
import_level_not_given = المستوى غير مذكور
import_level_native = اللغة الأم أو ثنائي اللغة
import_level_full_professional = كفاءة مهنية كاملة
import_level_professional_working = كفاءة مهنية
import_level_limited_working = كفاءة محدودة
import_level_elementary = مبتدئ
import_name_placeholder = الاسم الكامل
import_headline_placeholder = المنصب المطلوب
import_company_placeholder = الشركة غير مذكورة
import_image = صورة

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] نبذة عني, نبذة, نبذة مختصرة, الملخص, ملخص, الملف الشخصي, الهدف الوظيفي, الشعار
        [experience] الخبرة العملية, الخبرات العملية, الخبرة, الخبرات, خبرة, الخبرة المهنية, الخبرات المهنية, الخبرة الوظيفية, الخبرات السابقة, السجل الوظيفي
        [education] التعليم, التعليم العالي, المؤهلات العلمية, المؤهل العلمي, المؤهلات الأكاديمية, التحصيل العلمي, الدراسة
        [skills] المهارات, مهارات, المهارات التقنية, المهارات الفنية, المهارات الأساسية, الكفاءات, القدرات
        [languages] اللغات, اللغات الأجنبية, المهارات اللغوية
        [courses] الدورات, الدورات التدريبية, الشهادات, الشهادات المهنية, الشهادات والدورات, التدريب
        [projects] المشاريع, مشاريع
        [publications] المنشورات, الأبحاث, الأوراق العلمية, المؤتمرات, المحاضرات
        [awards] الجوائز, الإنجازات, التكريمات
        [interests] الاهتمامات, الهوايات, هوايات
        [volunteering] العمل التطوعي, التطوع, الأنشطة التطوعية
        [references] المراجع, المعرفون
       *[contacts] معلومات الاتصال, بيانات الاتصال, التواصل, المعلومات الشخصية, معلومات شخصية, البيانات الشخصية
    }
ats-months =
    { $month ->
        [1] كانون الثاني, جانفي
        [2] شباط, فيفري
        [3] آذار
        [4] نيسان, أفريل, إبريل, ابريل
        [5] أيار, ماي
        [6] حزيران, جوان, يونيه
        [7] تموز, جويلية, يوليه, يوليوز
        [8] آب, أوت, غشت, اغسطس
        [9] أيلول, شتنبر
        [10] تشرين الأول, اكتوبر
        [11] تشرين الثاني, نونبر
       *[12] كانون الأول, دجنبر
    }
ats-present = حتى الآن, إلى الآن, الآن, حاليا, حتى تاريخه, حتى اليوم, مستمر, الحاضر
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = سيرتك الذاتية لبرنامج cvpdf. استبدل الأمثلة ببياناتك ثم شغّل:
starter_markdown = يمكن أن يحتوي النص على Markdown: **عريض**، _مائل_، [رابط](https://…)، `شيفرة`.
starter_updated = تاريخ آخر تعديل: يُحسب العمر ومدد العمل حتى هذا اليوم
starter_photo = استبدل الصورة بصورتك
starter_gender = { "" }
starter_name = الاسم الكامل
starter_city = القاهرة
starter_relocation = مستعد للانتقال
starter_status = منفتح على العروض
starter_phone = +20 2 0000 0000
starter_headline = مطور خلفيات (Backend)
starter_specialisation = تطوير البرمجيات
starter_employment = دوام كامل
starter_about = بضعة أسطر عما تعمله وما تتقنه أكثر.
starter_company = شركة المثال
starter_company_earlier = شركة البداية
starter_position = مطور أول
starter_position_earlier = مطور
starter_item = ما الذي فعلته وما الذي نتج عنه
starter_item_earlier = أهم إنجازاتك هناك
starter_native_language = العربية
starter_native_level = اللغة الأم
starter_foreign_language = الإنجليزية
starter_foreign_level = B2
starter_institution = اسم جامعتك
starter_level = بكالوريوس
starter_faculty = علوم الحاسوب

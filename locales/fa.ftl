### فارسی. پیام‌ها و متغیرهایشان در en.ftl توضیح داده شده‌اند.
### Needs a native reader's review: see README.md in this folder.

## عنوان‌ها

resume = رزومه
contacts = اطلاعات تماس
updated = به‌روزرسانی
specialisations = تخصص‌ها:
employment = نوع همکاری:
experience = سوابق کاری
present = تاکنون
achievements = دستاوردها
skills = مهارت‌ها
about = درباره من
education = تحصیلات
higher_education = تحصیلات دانشگاهی
higher_level = دانشگاهی
languages = زبان‌ها
courses = دوره‌ها و گواهینامه‌ها
motto = شعار
# The publication words need a native reader's review.
publications = انتشارات
publication_group =
    { $kind ->
        [article] مقاله‌های مجله
        [conference] مقاله‌های کنفرانس
        [book] کتاب‌ها و فصل‌ها
        [thesis] پایان‌نامه‌ها
        [report] گزارش‌ها
        [talk] سخنرانی‌ها
        [preprint] پیش‌انتشارها
       *[other] سایر انتشارات
    }

## دستور: دسته‌های جمع CLDR برای فارسی one (0 و 1) و other است؛ اسم پس
## از عدد مفرد می‌ماند («۵ سال»). ماه‌ها میلادی‌اند، چون تاریخ‌های داده
## میلادی است؛ رقم‌ها لاتین، مانند داده‌ها.

years =
    { PLURAL($n) ->
        [one] { $n } سال
       *[other] { $n } سال
    }
months =
    { PLURAL($n) ->
        [one] { $n } ماه
       *[other] { $n } ماه
    }
duration = { $years } و { $months }
month =
    { $month ->
        [1] ژانویه
        [2] فوریه
        [3] مارس
        [4] آوریل
        [5] مه
        [6] ژوئن
        [7] ژوئیه
        [8] اوت
        [9] سپتامبر
        [10] اکتبر
        [11] نوامبر
       *[12] دسامبر
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $yyyy }/{ $mm }/{ $dd }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { "، " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } ساله
       *[other] { $age } ساله
    }
age_line =
    { $gender ->
        [male] مرد، { age }، متولد { date_long }
        [female] زن، { age }، متولد { date_long }
       *[none] { age }، متولد { date_long }
    }

gender_word =
    { $gender ->
        [male] مرد
       *[female] زن
    }

born =
    { $gender ->
        [male] متولد { $date }
        [female] متولد { $date }
       *[none] متولد { $date }
    }

## Facts (see en.ftl)

language = فارسی
    .direction = rtl
    .script = Arab
    .hyphenation = none
    .iso639_3 = pes

og_locale = fa_IR

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی


## نامه‌های پوششی. تاریخ در بالای صفحه، سمت چپ نوشته می‌شود.

letter_date = { $date }
letter_place_date = { $place }، { $date }
letter_side = left
letter_salutation =
    { $gender ->
        [male] جناب آقای { $name }،
        [female] سرکار خانم { $name }،
       *[none] { $name } گرامی،
    }
letter_salutation_default = با سلام و احترام،
letter_closing = با احترام
letter_enclosures =
    { PLURAL($n) ->
        [one] پیوست
       *[other] پیوست‌ها
    }
letter_title = نامه پوششی — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = اطلاعات تکمیلی
import_other = سایر
import_recommendations = توصیه‌نامه‌ها
import_portfolio = نمونه‌کارها
import_volunteering = فعالیت‌های داوطلبانه
import_awards = جوایز
import_honors = افتخارات و جوایز
import_interests = علایق
import_projects = پروژه‌ها
import_certificates = گواهینامه‌ها
import_coursework = دروس گذرانده
import_undated_work = سایر سوابق کاری
import_undated_education = سایر تحصیلات
import_schedule = ساعات کاری
import_travel_time = زمان رفت‌وآمد تا محل کار
import_citizenship = تابعیت
import_work_permit = مجوز کار
import_driving_licence = گواهینامه رانندگی، پایه
import_vehicle_yes = خودروی شخصی دارد
import_vehicle_no = خودروی شخصی ندارد
import_education_level = مقطع تحصیلی
import_profession_area = حوزه شغلی
import_preferred = روش ارتباطی ترجیحی
import_score = امتیاز
import_keywords = کلیدواژه‌ها
import_roles = نقش‌ها
import_level_not_given = سطح ذکر نشده
import_level_native = زبان مادری یا دوزبانه
import_level_full_professional = کاملاً حرفه‌ای
import_level_professional_working = حرفه‌ای
import_level_limited_working = محدود
import_level_elementary = مقدماتی
import_name_placeholder = نام و نام خانوادگی
import_headline_placeholder = عنوان شغلی مورد نظر
import_company_placeholder = شرکت ذکر نشده
import_image = تصویر

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] درباره من, درباره‌ی من, خلاصه, معرفی, معرفی خودم, پروفایل, هدف شغلی, اهداف شغلی, شعار
        [experience] سوابق کاری, سوابق شغلی, سابقه کار, سوابق حرفه‌ای, تجربه کاری, تجربیات کاری, تجارب کاری
        [education] تحصیلات, تحصیلات دانشگاهی, سوابق تحصیلی, مدارک تحصیلی
        [skills] مهارت‌ها, مهارت ها, مهارت‌های فنی, مهارت‌های نرم‌افزاری, توانمندی‌ها, شایستگی‌ها, دانش فنی
        [languages] زبان‌ها, زبان‌های خارجی, زبان های خارجی, مهارت‌های زبانی, مهارت زبان
        [courses] دوره‌ها, دوره‌های آموزشی, گواهینامه‌ها, گواهی‌ها, آموزش‌ها
        [projects] پروژه‌ها, پروژه ها
        [publications] مقالات, انتشارات, ارائه‌ها, سخنرانی‌ها
        [awards] جوایز, افتخارات, دستاوردها
        [interests] علاقه‌مندی‌ها, علایق, سرگرمی‌ها
        [volunteering] فعالیت‌های داوطلبانه, کار داوطلبانه, داوطلبی
        [references] معرف‌ها, معرفین
       *[contacts] اطلاعات تماس, راه‌های ارتباطی, اطلاعات شخصی, مشخصات فردی
    }
ats-months =
    { $month ->
        [1] ژانویه
        [2] فوریه
        [3] مارس
        [4] آپریل
        [5] می
        [6] ژوئن
        [7] جولای
        [8] آگوست
        [9] سپتامبر
        [10] اکتبر
        [11] نوامبر
       *[12] دسامبر
    }
ats-present = تاکنون, تا کنون, تا به حال, هم‌اکنون, اکنون, در حال حاضر, حال حاضر, ادامه دارد
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = رزومهٔ شما برای cvpdf. نمونه‌ها را با اطلاعات خودتان جایگزین کنید و اجرا کنید:
starter_markdown = در متن می‌توان از Markdown استفاده کرد: **پررنگ**، _مورب_، [پیوند](https://…)، `کد`.
starter_updated = تاریخ آخرین ویرایش: سن و مدت‌ها تا این روز حساب می‌شوند
starter_photo = عکس را با عکس خودتان جایگزین کنید
starter_gender = { "" }
starter_name = نام و نام خانوادگی
starter_city = تهران
starter_relocation = آماده جابه‌جایی
starter_status = آماده پیشنهادهای کاری
starter_phone = +98 21 0000 0000
starter_headline = توسعه‌دهنده بک‌اند
starter_specialisation = توسعه نرم‌افزار
starter_employment = تمام‌وقت
starter_about = چند خط درباره کاری که می‌کنید و آنچه در آن بهترین هستید.
starter_company = شرکت نمونه
starter_company_earlier = شرکت آغاز
starter_position = توسعه‌دهنده ارشد
starter_position_earlier = توسعه‌دهنده
starter_item = چه کردید و چه نتیجه‌ای داشت
starter_item_earlier = مهم‌ترین دستاورد شما در آنجا
starter_native_language = فارسی
starter_native_level = زبان مادری
starter_foreign_language = انگلیسی
starter_foreign_level = B2
starter_institution = نام دانشگاه
starter_level = کارشناسی
starter_faculty = مهندسی کامپیوتر

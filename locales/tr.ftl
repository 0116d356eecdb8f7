### Türkçe. İletiler ve değişkenleri en.ftl dosyasında açıklanır.
### Needs a native reader's review: see README.md in this folder.

## Başlıklar

resume = Özgeçmiş
contacts = İletişim
updated = Güncelleme
specialisations = Uzmanlık alanları:
employment = Çalışma şekli:
experience = İş deneyimi
present = günümüz
achievements = Başarılar
skills = Yetkinlikler
about = Hakkımda
education = Eğitim
higher_education = Yükseköğrenim
higher_level = lisans
languages = Yabancı diller
courses = Kurslar ve sertifikalar
motto = Motto
# The publication words need a native reader's review.
publications = Yayınlar
publication_group =
    { $kind ->
        [article] Dergi makaleleri
        [conference] Konferans bildirileri
        [book] Kitaplar ve bölümler
        [thesis] Tezler
        [report] Raporlar
        [talk] Konuşmalar
        [preprint] Ön baskılar
       *[other] Diğer yayınlar
    }

## Dilbilgisi: CLDR’ın Türkçe çoğul kategorileri one (1) ve other’dır;
## sayıdan sonra isim tekil kalır («5 yıl»). Ay adları her zaman büyük
## harfle başlar («Eylül 2014»).

years =
    { PLURAL($n) ->
        [one] { $n } yıl
       *[other] { $n } yıl
    }
months =
    { PLURAL($n) ->
        [one] { $n } ay
       *[other] { $n } ay
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    }
month_genitive = { month }
month_year = { month } { $year }
date_long = { $day } { month_genitive } { $year }
date_short = { $dd }.{ $mm }.{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } yaşında
       *[other] { $age } yaşında
    }
age_line =
    { $gender ->
        [male] Erkek, { age }, { date_long } doğumlu
        [female] Kadın, { age }, { date_long } doğumlu
       *[none] { age }, doğum tarihi { date_long }
    }

gender_word =
    { $gender ->
        [male] Erkek
       *[female] Kadın
    }

born =
    { $gender ->
        [male] { $date } doğumlu
        [female] { $date } doğumlu
       *[none] doğum tarihi { $date }
    }

## Facts (see en.ftl)

language = Türkçe
    .direction = ltr
    .script = Latn
    .hyphenation = tr
    .iso639_3 = tur

og_locale = tr_TR

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcçdefgğhıijklmnoöprsştuüvyz


## Ön yazılar

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Sayın { $name },
        [female] Sayın { $name },
       *[none] Sayın { $name },
    }
letter_salutation_default = Sayın Yetkili,
letter_closing = Saygılarımla,
letter_enclosures =
    { PLURAL($n) ->
        [one] Ek
       *[other] Ekler
    }
letter_title = Ön yazı — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Ek bilgiler
import_other = Diğer
import_recommendations = Referanslar
import_portfolio = Portfolyo
import_volunteering = Gönüllü çalışmalar
import_awards = Ödüller
import_honors = Onurlar ve ödüller
import_interests = İlgi alanları
import_projects = Projeler
import_certificates = Sertifikalar
import_coursework = Alınan dersler
import_undated_work = Diğer deneyimler
import_undated_education = Diğer eğitimler
import_schedule = Çalışma düzeni
import_travel_time = İşe ulaşım süresi
import_citizenship = Vatandaşlık
import_work_permit = Çalışma izni
import_driving_licence = Ehliyet sınıfları
import_vehicle_yes = Kendi aracı var
import_vehicle_no = Kendi aracı yok
import_education_level = Eğitim düzeyi
import_profession_area = Meslek alanı
import_preferred = tercih edilen iletişim yolu
import_score = puan
import_keywords = Anahtar kelimeler
import_roles = Roller
import_level_not_given = seviye belirtilmemiş
import_level_native = ana dil veya iki dilli
import_level_full_professional = tam profesyonel
import_level_professional_working = profesyonel çalışma
import_level_limited_working = sınırlı çalışma
import_level_elementary = başlangıç
import_name_placeholder = Ad Soyad
import_headline_placeholder = İstenen pozisyon
import_company_placeholder = Şirket belirtilmemiş
import_image = Görsel

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] hakkımda, özet, profil, kişisel profil, kariyer hedefi, hedef, motto
        [experience] iş deneyimi, iş deneyimleri, deneyim, deneyimler, mesleki deneyim, iş tecrübesi, tecrübe
        [education] eğitim, eğitim bilgileri, eğitim durumu, öğrenim, öğrenim durumu, yükseköğrenim
        [skills] yetkinlikler, beceriler, yetenekler, teknik beceriler, bilgisayar becerileri, uzmanlık alanları
        [languages] yabancı diller, yabancı dil, yabancı dil bilgisi, diller
        [courses] kurslar, sertifikalar, seminerler, kurslar ve sertifikalar
        [projects] projeler
        [publications] yayınlar, makaleler, sunumlar, konferanslar
        [awards] ödüller, başarılar
        [interests] ilgi alanları, hobiler
        [volunteering] gönüllülük, gönüllü çalışmalar, sosyal sorumluluk
        [references] referanslar
       *[contacts] iletişim, iletişim bilgileri, kişisel bilgiler
    }
ats-months =
    { $month ->
        [1] Oca
        [2] Şub
        [3] Mar
        [4] Nis
        [5] May
        [6] Haz
        [7] Tem
        [8] Ağu
        [9] Eyl
        [10] Eki
        [11] Kas
       *[12] Ara
    }
ats-present = günümüz, günümüze kadar, halen, hâlâ, hala, devam ediyor, şu an
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = cvpdf için özgeçmişiniz. Örnekleri kendi bilgilerinizle değiştirin ve çalıştırın:
starter_markdown = Metinde Markdown kullanılabilir: **kalın**, _italik_, [bağlantı](https://…), `kod`.
starter_updated = son düzenleme tarihi: yaş ve süreler bu tarihe kadar hesaplanır
starter_photo = fotoğrafı kendinizinkiyle değiştirin
starter_gender = { "" }
starter_name = Ad Soyad
starter_city = İstanbul
starter_relocation = taşınmaya açık
starter_status = Tekliflere açık
starter_phone = +90 212 000 00 00
starter_headline = Backend Geliştirici
starter_specialisation = Yazılım geliştirme
starter_employment = tam zamanlı
starter_about = Ne yaptığınızı ve en iyi neyi yaptığınızı anlatan birkaç satır.
starter_company = Örnek A.Ş.
starter_company_earlier = Start Ltd. Şti.
starter_position = Kıdemli Geliştirici
starter_position_earlier = Geliştirici
starter_item = Ne yaptığınız ve sonucunda ne olduğu
starter_item_earlier = Oradaki en önemli başarınız
starter_native_language = Türkçe
starter_native_level = ana dil
starter_foreign_language = İngilizce
starter_foreign_level = B2
starter_institution = Üniversiteniz
starter_level = Lisans
starter_faculty = Bilgisayar Mühendisliği

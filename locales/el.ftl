### Ελληνικά. Τα μηνύματα και οι μεταβλητές τους περιγράφονται στο en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Ετικέτες

resume = Βιογραφικό σημείωμα
contacts = Επικοινωνία
updated = Ενημέρωση
specialisations = Ειδικεύσεις:
employment = Είδος απασχόλησης:
experience = Επαγγελματική εμπειρία
present = σήμερα
achievements = Επιτεύγματα
skills = Δεξιότητες
about = Σχετικά με εμένα
education = Εκπαίδευση
higher_education = Ανώτατη εκπαίδευση
higher_level = ανώτατη
languages = Ξένες γλώσσες
courses = Σεμινάρια και πιστοποιήσεις
motto = Μότο
# The publication words need a native reader's review.
publications = Δημοσιεύσεις
publication_group =
    { $kind ->
        [article] Άρθρα σε περιοδικά
        [conference] Ανακοινώσεις σε συνέδρια
        [book] Βιβλία και κεφάλαια
        [thesis] Διατριβές
        [report] Εκθέσεις
        [talk] Ομιλίες
        [preprint] Προδημοσιεύσεις
       *[other] Άλλες δημοσιεύσεις
    }

## Γραμματική: κατηγορίες πληθυντικού του CLDR για τα ελληνικά — one (1)
## και other. Ο μήνας μόνος του είναι σε ονομαστική («Σεπτέμβριος 2014»),
## σε ημερομηνία σε γενική («23 Οκτωβρίου 1972»). Η ηλικία σε γενική
## («53 ετών»).

years =
    { PLURAL($n) ->
        [one] { $n } χρόνος
       *[other] { $n } χρόνια
    }
months =
    { PLURAL($n) ->
        [one] { $n } μήνας
       *[other] { $n } μήνες
    }
duration = { $years } και { $months }
month =
    { $month ->
        [1] Ιανουάριος
        [2] Φεβρουάριος
        [3] Μάρτιος
        [4] Απρίλιος
        [5] Μάιος
        [6] Ιούνιος
        [7] Ιούλιος
        [8] Αύγουστος
        [9] Σεπτέμβριος
        [10] Οκτώβριος
        [11] Νοέμβριος
       *[12] Δεκέμβριος
    }
month_genitive =
    { $month ->
        [1] Ιανουαρίου
        [2] Φεβρουαρίου
        [3] Μαρτίου
        [4] Απριλίου
        [5] Μαΐου
        [6] Ιουνίου
        [7] Ιουλίου
        [8] Αυγούστου
        [9] Σεπτεμβρίου
        [10] Οκτωβρίου
        [11] Νοεμβρίου
       *[12] Δεκεμβρίου
    }
month_year = { month } { $year }
# Η πρώτη του μήνα γράφεται ως τακτικό: «1η Μαρτίου».
date_long =
    { $day ->
        [1] 1η
       *[other] { $day }
    } { month_genitive } { $year }
date_short = { $dd }/{ $mm }/{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } έτους
       *[other] { $age } ετών
    }
# «στις 23 Οκτωβρίου», αλλά «την 1η Μαρτίου».
on_date =
    { $day ->
        [1] την { date_long }
       *[other] στις { date_long }
    }
age_line =
    { $gender ->
        [male] Άνδρας, { age }, γεννημένος { on_date }
        [female] Γυναίκα, { age }, γεννημένη { on_date }
       *[none] { age }, ημερομηνία γέννησης: { date_long }
    }

gender_word =
    { $gender ->
        [male] Άνδρας
       *[female] Γυναίκα
    }

born =
    { $gender ->
        [male] γεννημένος { $day ->
            [1] την { $date }
           *[other] στις { $date }
        }
        [female] γεννημένη { $day ->
            [1] την { $date }
           *[other] στις { $date }
        }
       *[none] ημερομηνία γέννησης: { $date }
    }

## Facts (see en.ftl)

language = Ελληνικά
    .direction = ltr
    .script = Grek
    .hyphenation = el
    .iso639_3 = ell

og_locale = el_GR

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ


## Συνοδευτικές επιστολές. Η προσφώνηση παραλείπει το όνομα, που θα ήθελε
## κλητική («κύριε Παπαδόπουλε»)· μπορεί να δοθεί στο `salutation:` της
## επιστολής.

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Αξιότιμε κύριε,
        [female] Αξιότιμη κυρία,
       *[none] Αξιότιμε κύριε/κυρία,
    }
letter_salutation_default = Αξιότιμε κύριε/κυρία,
letter_closing = Με εκτίμηση,
letter_enclosures =
    { PLURAL($n) ->
        [one] Συνημμένο
       *[other] Συνημμένα
    }
letter_title = Συνοδευτική επιστολή — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Πρόσθετες πληροφορίες
import_other = Λοιπά
import_recommendations = Συστάσεις
import_portfolio = Χαρτοφυλάκιο
import_volunteering = Εθελοντική εργασία
import_awards = Βραβεία
import_honors = Διακρίσεις και βραβεία
import_interests = Ενδιαφέροντα
import_projects = Έργα
import_certificates = Πιστοποιήσεις
import_coursework = Μαθήματα
import_undated_work = Λοιπή εμπειρία
import_undated_education = Λοιπή εκπαίδευση
import_schedule = Ωράριο εργασίας
import_travel_time = Χρόνος μετακίνησης προς την εργασία
import_citizenship = Υπηκοότητα
import_work_permit = Άδεια εργασίας
import_driving_licence = Δίπλωμα οδήγησης, κατηγορίες
import_vehicle_yes = Διαθέτει αυτοκίνητο
import_vehicle_no = Δεν διαθέτει αυτοκίνητο
import_education_level = Επίπεδο εκπαίδευσης
import_profession_area = Επαγγελματικός τομέας
import_preferred = προτιμώμενος τρόπος επικοινωνίας
import_score = βαθμολογία
import_keywords = Λέξεις-κλειδιά
import_roles = Ρόλοι
import_level_not_given = δεν αναφέρεται επίπεδο
import_level_native = μητρική ή δίγλωσσος
import_level_full_professional = πλήρης επαγγελματική
import_level_professional_working = επαγγελματική
import_level_limited_working = περιορισμένη
import_level_elementary = στοιχειώδης
import_name_placeholder = Όνομα Επώνυμο
import_headline_placeholder = Επιθυμητή θέση
import_company_placeholder = Δεν αναφέρεται εταιρεία
import_image = Εικόνα

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] προφίλ, επαγγελματικό προφίλ, σχετικά με εμένα, σύνοψη, περίληψη, στόχος, στόχοι, μότο
        [experience] επαγγελματική εμπειρία, εμπειρία, εργασιακή εμπειρία, προϋπηρεσία, επαγγελματική πορεία, σταδιοδρομία
        [education] εκπαίδευση, σπουδές, ακαδημαϊκή εκπαίδευση, εκπαίδευση και κατάρτιση
        [skills] δεξιότητες, τεχνικές δεξιότητες, ικανότητες, γνώσεις πληροφορικής, προσόντα
        [languages] ξένες γλώσσες, γλώσσες, γλωσσικές δεξιότητες, γνώση ξένων γλωσσών
        [courses] σεμινάρια, πιστοποιήσεις, πιστοποιητικά, επιμόρφωση, κατάρτιση
        [projects] έργα
        [publications] δημοσιεύσεις, ομιλίες, παρουσιάσεις, άρθρα
        [awards] βραβεία, διακρίσεις, επιτεύγματα
        [interests] ενδιαφέροντα, χόμπι, δραστηριότητες
        [volunteering] εθελοντισμός, εθελοντική εργασία, εθελοντική δράση
        [references] συστάσεις
       *[contacts] επικοινωνία, στοιχεία επικοινωνίας, προσωπικά στοιχεία
    }
ats-months =
    { $month ->
        [1] Ιαν, Ιανουάριο, Γενάρης, Γενάρη
        [2] Φεβ, Φεβρουάριο, Φλεβάρης, Φλεβάρη
        [3] Μαρ, Μάρ, Μάρτιο, Μάρτης, Μάρτη
        [4] Απρ, Απρίλιο, Απρίλης, Απρίλη
        [5] Μαΐ, Μάι, Μάιο, Μάης, Μάη
        [6] Ιουν, Ιούν, Ιούνιο, Ιούνης, Ιούνη
        [7] Ιουλ, Ιούλ, Ιούλιο, Ιούλης, Ιούλη
        [8] Αυγ, Αύγ, Αύγουστο
        [9] Σεπ, Σεπτ, Σεπτέμβριο, Σεπτέμβρης, Σεπτέμβρη
        [10] Οκτ, Οκτώβριο, Οκτώβρης, Οκτώβρη
        [11] Νοε, Νοέ, Νοέμβριο, Νοέμβρης, Νοέμβρη
       *[12] Δεκ, Δεκέμβριο, Δεκέμβρης, Δεκέμβρη
    }
ats-present = σήμερα, έως σήμερα, μέχρι σήμερα, τώρα, παρόν, σε εξέλιξη
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Το βιογραφικό σας για το cvpdf. Αντικαταστήστε τα παραδείγματα με τα δικά σας στοιχεία και εκτελέστε:
starter_markdown = Το κείμενο μπορεί να έχει Markdown: **έντονα**, _πλάγια_, [σύνδεσμος](https://…), `κώδικας`.
starter_updated = ημερομηνία τελευταίας αλλαγής: η ηλικία και οι διάρκειες μετρώνται έως αυτήν
starter_photo = αντικαταστήστε τη φωτογραφία με τη δική σας
starter_gender = { "" }
starter_name = Όνομα Επώνυμο
starter_city = Αθήνα
starter_relocation = διαθέσιμος για μετεγκατάσταση
starter_status = Ανοιχτός σε προτάσεις
starter_phone = +30 210 000 0000
starter_headline = Προγραμματιστής backend
starter_specialisation = Ανάπτυξη λογισμικού
starter_employment = πλήρης απασχόληση
starter_about = Λίγες γραμμές για το τι κάνετε και σε τι είστε καλύτεροι.
starter_company = Παράδειγμα Α.Ε.
starter_company_earlier = Start Ε.Π.Ε.
starter_position = Senior προγραμματιστής
starter_position_earlier = Προγραμματιστής
starter_item = Τι κάνατε και ποιο ήταν το αποτέλεσμα
starter_item_earlier = Το σημαντικότερο επίτευγμά σας εκεί
starter_native_language = Ελληνικά
starter_native_level = μητρική
starter_foreign_language = Αγγλικά
starter_foreign_level = C1
starter_institution = Το πανεπιστήμιό σας
starter_level = Πτυχίο
starter_faculty = Πληροφορική

### Italiano. I messaggi e le loro variabili sono descritti in en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Etichette

resume = Curriculum vitae
contacts = Contatti
updated = Aggiornato il
specialisations = Specializzazioni:
employment = Tipo di impiego:
experience = Esperienza professionale
present = oggi
achievements = Risultati
skills = Competenze
about = Chi sono
education = Istruzione
higher_education = Istruzione universitaria
higher_level = universitaria
languages = Lingue
courses = Corsi e certificazioni
motto = Motto
# The publication words need a native reader's review.
publications = Pubblicazioni
publication_group =
    { $kind ->
        [article] Articoli su rivista
        [conference] Atti di convegno
        [book] Libri e capitoli
        [thesis] Tesi
        [report] Rapporti
        [talk] Interventi
        [preprint] Preprint
       *[other] Altre pubblicazioni
    }

## Grammatica: categorie di plurale del CLDR per l’italiano —
## one (1), many (milioni esatti: «1 milione di anni»), other (il resto).

years =
    { PLURAL($n) ->
        [one] { $n } anno
        [many] { $n } di anni
       *[other] { $n } anni
    }
months =
    { PLURAL($n) ->
        [one] { $n } mese
        [many] { $n } di mesi
       *[other] { $n } mesi
    }
duration = { $years } e { $months }
month =
    { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    }
month_genitive = { month }
month_year = { month } { $year }
# Il primo del mese è un ordinale: «1º marzo».
date_long =
    { $day ->
        [1] 1º
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
        [one] { $age } anno
        [many] { $age } di anni
       *[other] { $age } anni
    }
# «nato il 23 ottobre», ma «nato l’8 ottobre», «nato l’11 ottobre».
on_date =
    { $day ->
        [8] l’{ date_long }
        [11] l’{ date_long }
       *[other] il { date_long }
    }
age_line =
    { $gender ->
        [male] Uomo, { age }, nato { on_date }
        [female] Donna, { age }, nata { on_date }
       *[none] { age }, data di nascita: { date_long }
    }

gender_word =
    { $gender ->
        [male] Uomo
       *[female] Donna
    }

born =
    { $gender ->
        [male] nato { $day ->
            [8] l’{ $date }
            [11] l’{ $date }
           *[other] il { $date }
        }
        [female] nata { $day ->
            [8] l’{ $date }
            [11] l’{ $date }
           *[other] il { $date }
        }
       *[none] data di nascita: { $date }
    }

## Facts (see en.ftl)

language = Italiano
    .direction = ltr
    .script = Latn
    .hyphenation = it
    .iso639_3 = ita

og_locale = it_IT

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzàèéìíîòóùú


## Lettere di presentazione

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Gentile { $name },
        [female] Gentile { $name },
       *[none] Gentile { $name },
    }
letter_salutation_default = Gentile Responsabile della selezione,
letter_closing = Distinti saluti
letter_enclosures =
    { PLURAL($n) ->
        [one] Allegato
       *[other] Allegati
    }
letter_title = Lettera di presentazione — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Ulteriori informazioni
import_other = Altro
import_recommendations = Referenze
import_portfolio = Portfolio
import_volunteering = Volontariato
import_awards = Premi
import_honors = Onorificenze e premi
import_interests = Interessi
import_projects = Progetti
import_certificates = Certificazioni
import_coursework = Corsi seguiti
import_undated_work = Altre esperienze
import_undated_education = Altra formazione
import_schedule = Orario di lavoro
import_travel_time = Tempo di viaggio per il lavoro
import_citizenship = Cittadinanza
import_work_permit = Permesso di lavoro
import_driving_licence = Patente di guida, categorie
import_vehicle_yes = Automunito
import_vehicle_no = Non automunito
import_education_level = Titolo di studio
import_profession_area = Area professionale
import_preferred = contatto preferito
import_score = punteggio
import_keywords = Parole chiave
import_roles = Ruoli
import_level_not_given = livello non indicato
import_level_native = madrelingua o bilingue
import_level_full_professional = professionale completa
import_level_professional_working = professionale
import_level_limited_working = limitata
import_level_elementary = elementare
import_name_placeholder = Nome Cognome
import_headline_placeholder = Posizione desiderata
import_company_placeholder = Azienda non indicata
import_image = Immagine

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profilo, profilo professionale, chi sono, su di me, sommario, presentazione, obiettivo, obiettivo professionale, motto
        [experience] esperienza, esperienze, esperienza professionale, esperienze professionali, esperienza lavorativa, esperienze lavorative, percorso professionale, carriera
        [education] istruzione, formazione, istruzione e formazione, titoli di studio, percorso di studi, studi
        [skills] competenze, capacità, abilità, competenze tecniche, competenze informatiche, conoscenze informatiche, conoscenze tecniche, tecnologie
        [languages] lingue, lingue straniere, conoscenze linguistiche, competenze linguistiche
        [courses] corsi, certificazioni, attestati, corsi di formazione, corsi e certificazioni, aggiornamento professionale
        [projects] progetti
        [publications] pubblicazioni, conferenze, interventi, articoli
        [awards] premi, riconoscimenti, risultati
        [interests] interessi, hobby, passioni, tempo libero
        [volunteering] volontariato, attività di volontariato
        [references] referenze
       *[contacts] contatti, recapiti, dati personali, informazioni personali
    }
ats-months =
    { $month ->
        [1] gen
        [2] feb
        [3] mar
        [4] apr
        [5] mag
        [6] giu
        [7] lug
        [8] ago
        [9] set, sett
        [10] ott
        [11] nov
       *[12] dic
    }
ats-present = oggi, ad oggi, in corso, attuale, attualmente, presente, tuttora
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Il tuo CV per cvpdf. Sostituisci gli esempi con i tuoi dati ed esegui:
starter_markdown = Il testo può usare Markdown: **grassetto**, _corsivo_, [link](https://…), `codice`.
starter_updated = data dell’ultima modifica: età e durate sono calcolate fino a questa data
starter_photo = sostituisci la foto con la tua
starter_gender = { "" }
starter_name = Nome Cognome
starter_city = Milano
starter_relocation = disponibile al trasferimento
starter_status = Aperto a proposte
starter_phone = +39 02 0000 0000
starter_headline = Sviluppatore backend
starter_specialisation = Sviluppo software
starter_employment = tempo pieno
starter_about = Qualche riga su cosa fai e in cosa riesci meglio.
starter_company = Esempio S.r.l.
starter_company_earlier = Start S.p.A.
starter_position = Sviluppatore senior
starter_position_earlier = Sviluppatore
starter_item = Cosa hai fatto e con quale risultato
starter_item_earlier = Il tuo risultato principale in quel lavoro
starter_native_language = Italiano
starter_native_level = madrelingua
starter_foreign_language = Inglese
starter_foreign_level = B2
starter_institution = La tua università
starter_level = Laurea triennale
starter_faculty = Informatica

### Français. Les messages et leurs variables sont décrits dans en.ftl.
### Avant « : » vient une espace insécable (U+00A0).
### Needs a native reader's review: see README.md in this folder.

## Libellés

resume = CV
contacts = Contact
updated = Mis à jour le
specialisations = Spécialisations :
employment = Type de contrat :
experience = Expérience professionnelle
present = aujourd’hui
achievements = Réalisations
skills = Compétences
about = À propos de moi
education = Formation
higher_education = Enseignement supérieur
higher_level = supérieur
languages = Langues
courses = Formations et certifications
motto = Devise
# The publication words need a native reader's review.
publications = Publications
publication_group =
    { $kind ->
        [article] Articles de revues
        [conference] Communications dans des congrès
        [book] Livres et chapitres
        [thesis] Thèses et mémoires
        [report] Rapports
        [talk] Présentations orales
        [preprint] Prépublications
       *[other] Autres publications
    }

## Grammaire : catégories de pluriel CLDR du français — one (0 et 1),
## many (grands nombres comme 1 000 000) et other.

years =
    { PLURAL($n) ->
        [one] { $n } an
       *[other] { $n } ans
    }
months = { $n } mois
duration = { $years } { $months }
month =
    { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
month_genitive = { month }
month_year = { month } { $year }
# Le premier du mois s’écrit « 1er ».
date_long =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { month_genitive } { $year }
date_short = { $dd }/{ $mm }/{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } an
       *[other] { $age } ans
    }
age_line =
    { $gender ->
        [male] Homme, { age }, né le { date_long }
        [female] Femme, { age }, née le { date_long }
       *[none] { age }, date de naissance : { date_long }
    }

gender_word =
    { $gender ->
        [male] Homme
       *[female] Femme
    }

born =
    { $gender ->
        [male] né le { $date }
        [female] née le { $date }
       *[none] date de naissance : { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Français
    .direction = ltr
    .script = Latn
    .hyphenation = fr
    .iso639_3 = fra

og_locale = fr_FR
alphabet = abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ


## Lettres de motivation

letter_date = Le { $date }
letter_place_date = { $place }, le { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Monsieur,
        [female] Madame,
       *[none] Madame, Monsieur,
    }
letter_salutation_default = Madame, Monsieur,
letter_closing =
    { $gender ->
        [male] Je vous prie d’agréer, Monsieur, l’expression de mes salutations distinguées.
        [female] Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.
       *[none] Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
    }
letter_enclosures =
    { PLURAL($n) ->
        [one] Pièce jointe
       *[other] Pièces jointes
    }
letter_title = Lettre de motivation — { $name }

## Import

import_additional = Informations complémentaires
import_other = Divers
import_recommendations = Recommandations
import_portfolio = Portfolio
import_volunteering = Bénévolat
import_awards = Prix
import_honors = Distinctions et prix
import_interests = Centres d’intérêt
import_projects = Projets
import_certificates = Certificats
import_coursework = Cours suivis
import_undated_work = Autres expériences
import_undated_education = Autres formations
import_schedule = Horaires de travail
import_travel_time = Temps de trajet
import_citizenship = Nationalité
import_work_permit = Permis de travail
import_driving_licence = Permis de conduire, catégories
import_vehicle_yes = Véhicule personnel
import_vehicle_no = Pas de véhicule personnel
import_education_level = Niveau d’études
import_profession_area = Domaine professionnel
import_preferred = contact préféré
import_score = note
import_keywords = Mots-clés
import_roles = Rôles
import_level_not_given = niveau non précisé
import_level_native = langue maternelle
import_level_full_professional = courant
import_level_professional_working = professionnel
import_level_limited_working = notions
import_level_elementary = débutant
import_name_placeholder = Prénom Nom
import_headline_placeholder = Poste recherché
import_company_placeholder = Entreprise non précisée
import_image = Image

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] profil, à propos, à propos de moi, résumé, objectif, présentation, devise
        [experience] expérience, expérience professionnelle, expériences professionnelles, parcours professionnel, parcours, emplois
        [education] formation, formations, éducation, études, diplômes, cursus
        [skills] compétences, compétences techniques, savoir-faire, aptitudes, technologies
        [languages] langues, compétences linguistiques
        [courses] cours, certifications, formation continue, cours et examens
        [projects] projets
        [publications] publications, conférences, interventions
        [awards] distinctions, prix, récompenses
        [interests] centres d'intérêt, loisirs, intérêts, activités
        [volunteering] bénévolat, engagement associatif
        [references] références
       *[contacts] contact, coordonnées, informations personnelles
    }
ats-months =
    { $month ->
        [1] janv
        [2] févr, fevrier, fevr
        [3] mars
        [4] avr
        [5] mai
        [6] juin
        [7] juil
        [8] août, aout
        [9] sept
        [10] oct
        [11] nov
       *[12] déc, decembre, dec
    }
ats-present = aujourd'hui, présent, ce jour, à ce jour, actuellement, en cours
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Votre CV pour cvpdf. Remplacez les exemples par vos données, puis lancez :
starter_markdown = Le texte peut contenir du Markdown : **gras**, _italique_, [lien](https://…), `code`.
starter_updated = date de la dernière modification : âge et durées sont comptés jusqu’à ce jour
starter_photo = remplacez la photo par la vôtre
starter_gender = { "" }
starter_name = Prénom Nom
starter_city = Paris
starter_relocation = mobilité géographique
starter_status = Ouvert aux propositions
starter_phone = +33 1 00 00 00 00
starter_headline = Développeur back-end
starter_specialisation = Développement logiciel
starter_employment = temps plein
starter_about = Quelques lignes sur ce que vous faites et ce que vous faites le mieux.
starter_company = Exemple SARL
starter_company_earlier = Start SA
starter_position = Développeur senior
starter_position_earlier = Développeur
starter_item = Ce que vous avez fait et ce qui en est sorti
starter_item_earlier = Votre principale réussite dans ce poste
starter_native_language = Français
starter_native_level = langue maternelle
starter_foreign_language = Anglais
starter_foreign_level = C1
starter_institution = Votre université
starter_level = Licence
starter_faculty = Informatique

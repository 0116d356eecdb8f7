### Español. Los mensajes y sus variables se describen en en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Etiquetas

resume = Currículum
contacts = Contacto
updated = Actualizado el
specialisations = Especialidades:
employment = Tipo de empleo:
experience = Experiencia laboral
present = actualidad
achievements = Logros
skills = Habilidades
about = Sobre mí
education = Formación
higher_education = Educación superior
higher_level = superior
languages = Idiomas
courses = Cursos y certificaciones
motto = Lema
# The publication words need a native reader's review.
publications = Publicaciones
publication_group =
    { $kind ->
        [article] Artículos en revistas
        [conference] Ponencias en congresos
        [book] Libros y capítulos
        [thesis] Tesis
        [report] Informes
        [talk] Charlas
        [preprint] Preprints
       *[other] Otras publicaciones
    }

## Gramática: categorías de plural de CLDR para el español: one (1),
## many (números grandes como 1 000 000) y other.

years =
    { PLURAL($n) ->
        [one] { $n } año
       *[other] { $n } años
    }
months =
    { PLURAL($n) ->
        [one] { $n } mes
       *[other] { $n } meses
    }
duration = { $years } { $months }
month =
    { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
month_genitive = { month }
month_year = { month } de { $year }
date_long = { $day } de { month_genitive } de { $year }
date_short = { $dd }/{ $mm }/{ $yyyy }
age =
    { PLURAL($age) ->
        [one] { $age } año
       *[other] { $age } años
    }
age_line =
    { $gender ->
        [male] Hombre, { age }, nacido el { date_long }
        [female] Mujer, { age }, nacida el { date_long }
       *[none] { age }, fecha de nacimiento: { date_long }
    }

gender_word =
    { $gender ->
        [male] Hombre
       *[female] Mujer
    }

born =
    { $gender ->
        [male] nacido el { $date }
        [female] nacida el { $date }
       *[none] fecha de nacimiento: { $date }
    }

## Phrases (see en.ftl)

range = { $start } — { $end }
range_start = { $start }{"\u00A0"}—
document_title = { resume } — { $name }
language_level = { $language } — { $level }
list_separator = { ", " }

## Facts (see en.ftl)

language = Español
    .direction = ltr
    .script = Latn
    .hyphenation = es
    .iso639_3 = spa

og_locale = es_ES
alphabet = abcdefghijklmnopqrstuvwxyzáéíñóúü


## Cartas de presentación

letter_date = { $date }
letter_place_date = { $place }, { $date }
letter_side = right
letter_salutation =
    { $gender ->
        [male] Estimado { $name }:
        [female] Estimada { $name }:
       *[none] Estimado/a { $name }:
    }
letter_salutation_default = Estimados señores:
letter_closing = Atentamente,
letter_enclosures =
    { PLURAL($n) ->
        [one] Anexo
       *[other] Anexos
    }
letter_title = Carta de presentación — { $name }

## Import

import_additional = Información adicional
import_other = Otros
import_recommendations = Recomendaciones
import_portfolio = Portafolio
import_volunteering = Voluntariado
import_awards = Premios
import_honors = Reconocimientos y premios
import_interests = Intereses
import_projects = Proyectos
import_certificates = Certificados
import_coursework = Asignaturas
import_undated_work = Otra experiencia
import_undated_education = Otra formación
import_schedule = Horario de trabajo
import_travel_time = Tiempo de desplazamiento
import_citizenship = Nacionalidad
import_work_permit = Permiso de trabajo
import_driving_licence = Permiso de conducir, categorías
import_vehicle_yes = Tiene coche propio
import_vehicle_no = No tiene coche propio
import_education_level = Nivel de estudios
import_profession_area = Área profesional
import_preferred = contacto preferido
import_score = nota
import_keywords = Palabras clave
import_roles = Funciones
import_level_not_given = nivel no indicado
import_level_native = nativo o bilingüe
import_level_full_professional = competencia profesional completa
import_level_professional_working = competencia profesional básica
import_level_limited_working = competencia básica limitada
import_level_elementary = elemental
import_name_placeholder = Nombre Apellido
import_headline_placeholder = Puesto deseado
import_company_placeholder = Empresa no indicada
import_image = Imagen

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] perfil, sobre mí, acerca de mí, resumen, objetivo, perfil profesional, presentación, lema
        [experience] experiencia, experiencia laboral, experiencia profesional, trayectoria profesional, historial laboral
        [education] educación, formación, formación académica, estudios
        [skills] habilidades, competencias, aptitudes, conocimientos, habilidades técnicas, tecnologías
        [languages] idiomas, lenguas
        [courses] cursos, certificaciones, certificados, formación complementaria, cursos y exámenes
        [projects] proyectos
        [publications] publicaciones, conferencias, ponencias
        [awards] premios, reconocimientos, logros
        [interests] intereses, aficiones, hobbies
        [volunteering] voluntariado
        [references] referencias
       *[contacts] contacto, datos de contacto, datos personales
    }
ats-months =
    { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sep, sept, setiembre
        [10] oct
        [11] nov
       *[12] dic
    }
ats-present = actualidad, la actualidad, presente, actualmente, hoy, en curso
ats-photo = usual

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Tu CV para cvpdf. Sustituye los ejemplos por tus datos y ejecuta:
starter_markdown = El texto admite Markdown: **negrita**, _cursiva_, [enlace](https://…), `código`.
starter_updated = fecha de la última modificación: edades y duraciones se cuentan hasta ella
starter_photo = sustituye la foto por la tuya
starter_gender = { "" }
starter_name = Nombre Apellido
starter_city = Madrid
starter_relocation = disponibilidad para trasladarse
starter_status = Abierto a ofertas
starter_phone = +34 900 000 000
starter_headline = Desarrollador backend
starter_specialisation = Desarrollo de software
starter_employment = jornada completa
starter_about = Unas líneas sobre lo que haces y lo que mejor se te da.
starter_company = Ejemplo S.L.
starter_company_earlier = Start S.A.
starter_position = Desarrollador sénior
starter_position_earlier = Desarrollador
starter_item = Qué hiciste y qué resultado tuvo
starter_item_earlier = Tu principal logro en ese puesto
starter_native_language = Español
starter_native_level = nativo
starter_foreign_language = Inglés
starter_foreign_level = B2
starter_institution = Tu universidad
starter_level = Grado
starter_faculty = Ingeniería Informática

### Español. Los mensajes y sus variables se describen en en.ftl.

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

## Facts (see en.ftl)

og_locale = es_ES

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

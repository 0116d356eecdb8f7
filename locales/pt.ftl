### Português (do Brasil). As mensagens e suas variáveis estão descritas em en.ftl.
### Needs a native reader's review: see README.md in this folder.

## Rótulos

resume = Currículo
contacts = Contato
updated = Atualizado em
specialisations = Especializações:
employment = Regime de trabalho:
experience = Experiência profissional
present = atual
achievements = Conquistas
skills = Habilidades
about = Sobre mim
education = Formação acadêmica
higher_education = Ensino superior
higher_level = superior
languages = Idiomas
courses = Cursos e certificações
motto = Lema
# The publication words need a native reader's review.
publications = Publicações
publication_group =
    { $kind ->
        [article] Artigos em periódicos
        [conference] Trabalhos em eventos
        [book] Livros e capítulos
        [thesis] Teses e dissertações
        [report] Relatórios
        [talk] Palestras
        [preprint] Preprints
       *[other] Outras publicações
    }

## Gramática: categorias de plural do CLDR para o português —
## one (0 e 1), many (milhões exatos: «1 milhão de anos»), other (o resto).

years =
    { PLURAL($n) ->
        [one] { $n } ano
        [many] { $n } de anos
       *[other] { $n } anos
    }
months =
    { PLURAL($n) ->
        [one] { $n } mês
        [many] { $n } de meses
       *[other] { $n } meses
    }
duration = { $years } e { $months }
month =
    { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
month_genitive = { month }
month_year = { month } de { $year }
# O primeiro dia do mês se escreve como ordinal: «1º de março».
date_long =
    { $day ->
        [1] 1º
       *[other] { $day }
    } de { month_genitive } de { $year }
date_short = { $dd }/{ $mm }/{ $yyyy }
range_start = { $start }{ "\u00A0" }–
range = { $start } – { $end }
list_separator = { ", " }
document_title = { resume } — { $name }
language_level = { $language } — { $level }
age =
    { PLURAL($age) ->
        [one] { $age } ano
        [many] { $age } de anos
       *[other] { $age } anos
    }
age_line =
    { $gender ->
        [male] Masculino, { age }, nascido em { date_long }
        [female] Feminino, { age }, nascida em { date_long }
       *[none] { age }, data de nascimento: { date_long }
    }

gender_word =
    { $gender ->
        [male] Masculino
       *[female] Feminino
    }

born =
    { $gender ->
        [male] nascido em { $date }
        [female] nascida em { $date }
       *[none] data de nascimento: { $date }
    }

## Facts (see en.ftl)

language = Português
    .direction = ltr
    .script = Latn
    .hyphenation = pt
    .iso639_3 = por

og_locale = pt_BR

# The letters of the alphabet, in lower case (see en.ftl).
alphabet = abcdefghijklmnopqrstuvwxyzáâãàçéêíóôõú


## Cartas de apresentação

letter_date = { $date }
letter_place_date = { $place }, { $date }.
letter_side = right
letter_salutation =
    { $gender ->
        [male] Prezado { $name },
        [female] Prezada { $name },
       *[none] Prezado(a) { $name },
    }
letter_salutation_default = Prezado(a) recrutador(a),
letter_closing = Atenciosamente,
letter_enclosures =
    { PLURAL($n) ->
        [one] Anexo
       *[other] Anexos
    }
letter_title = Carta de apresentação — { $name }

## import_*: words an import writes into a new CV (see en.ftl).

import_additional = Informações adicionais
import_other = Outros
import_recommendations = Recomendações
import_portfolio = Portfólio
import_volunteering = Voluntariado
import_awards = Prêmios
import_honors = Honrarias e prêmios
import_interests = Interesses
import_projects = Projetos
import_certificates = Certificados
import_coursework = Disciplinas cursadas
import_undated_work = Outras experiências
import_undated_education = Outra formação
import_schedule = Jornada de trabalho
import_travel_time = Tempo de deslocamento até o trabalho
import_citizenship = Nacionalidade
import_work_permit = Autorização de trabalho
import_driving_licence = Carteira de habilitação, categorias
import_vehicle_yes = Possui carro próprio
import_vehicle_no = Não possui carro próprio
import_education_level = Nível de escolaridade
import_profession_area = Área profissional
import_preferred = forma de contato preferida
import_score = nota
import_keywords = Palavras-chave
import_roles = Funções
import_level_not_given = nível não informado
import_level_native = nativo ou bilíngue
import_level_full_professional = profissional completo
import_level_professional_working = profissional
import_level_limited_working = limitado
import_level_elementary = elementar
import_name_placeholder = Nome Sobrenome
import_headline_placeholder = Cargo pretendido
import_company_placeholder = Empresa não informada
import_image = Imagem

## Words a résumé parser looks for (`cvpdf ats`): see en.ftl.

ats-headings =
    { $part ->
        [summary] resumo, resumo profissional, perfil, perfil profissional, sobre mim, objetivo, objetivo profissional, apresentação, lema
        [experience] experiência, experiência profissional, experiências profissionais, histórico profissional, trajetória profissional, carreira
        [education] formação, formação acadêmica, escolaridade, educação, ensino superior
        [skills] habilidades, competências, conhecimentos, habilidades técnicas, conhecimentos técnicos, tecnologias
        [languages] idiomas, línguas
        [courses] cursos, certificações, certificados, cursos complementares, cursos e certificações, formação complementar
        [projects] projetos
        [publications] publicações, palestras, artigos
        [awards] prêmios, premiações, conquistas, reconhecimentos
        [interests] interesses, hobbies, atividades
        [volunteering] voluntariado, trabalho voluntário
        [references] referências
       *[contacts] contato, contatos, informações de contato, dados pessoais
    }
ats-months =
    { $month ->
        [1] jan
        [2] fev
        [3] mar
        [4] abr
        [5] mai
        [6] jun
        [7] jul
        [8] ago
        [9] set
        [10] out
        [11] nov
       *[12] dez
    }
ats-present = atual, atualmente, até o momento, o momento, até hoje, hoje, presente, em andamento
ats-photo = optional

## starter_*: the starter CV of `cvpdf init` (see en.ftl).

starter_intro = Seu currículo para o cvpdf. Substitua os exemplos pelos seus dados e execute:
starter_markdown = O texto aceita Markdown: **negrito**, _itálico_, [link](https://…), `código`.
starter_updated = data da última alteração: idade e tempo de experiência são contados até ela
starter_photo = substitua a foto pela sua
starter_gender = { "" }
starter_name = Nome Sobrenome
starter_city = São Paulo
starter_relocation = disponível para mudança
starter_status = Aberto a propostas
starter_phone = +55 11 90000-0000
starter_headline = Desenvolvedor back-end
starter_specialisation = Desenvolvimento de software
starter_employment = tempo integral
starter_about = Algumas linhas sobre o que você faz e no que é melhor.
starter_company = Exemplo Ltda.
starter_company_earlier = Start S.A.
starter_position = Desenvolvedor sênior
starter_position_earlier = Desenvolvedor
starter_item = O que você fez e qual foi o resultado
starter_item_earlier = Sua principal conquista nesse emprego
starter_native_language = Português
starter_native_level = nativo
starter_foreign_language = Inglês
starter_foreign_level = B2
starter_institution = Sua universidade
starter_level = Bacharelado
starter_faculty = Ciência da Computação

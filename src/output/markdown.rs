//! The CV as Markdown for a static site generator (Hugo, Jekyll, Zola).
//!
//! The page is built from the same final values a template receives: YAML
//! front matter (title, description, date, photo), the head of the CV, then
//! the parts in the data's `order`, each a `##` heading with its `{#id}`
//! anchor, jobs as `###` headings with their period and duration.
//!
//! Data is text, never Markdown: every text node is escaped so that a
//! CommonMark reader (with the GFM extensions and heading attributes) reads
//! back exactly the characters the data holds, and so that the shortcode and
//! Liquid delimiters of the site generators (`{{`, `{%`) never appear.
//! Formatting comes only from the rich-text nodes of the contract.

use crate::contract::{Block, Item, Job, Rich, TemplateData};
use crate::markup::{Inline, Span};
use crate::output::web;

/// Which site generator's front matter keys to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FrontMatter {
    /// `title`, `description`, `date`, `image`
    #[default]
    Hugo,
    /// `title`, `description`, `date`, `image`
    Jekyll,
    /// `title`, `description`, `date`, and `image` under `extra`
    Zola,
    /// no front matter; the name becomes the page's `#` heading
    None,
}

/// How the Markdown is written.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub front_matter: FrontMatter,
    /// Whether headings carry `{#id}` anchors.
    pub anchors: bool,
    /// The photo's file name beside the Markdown file, if there is a photo.
    pub image: Option<String>,
}

/// The page as Markdown.
pub fn markdown(cv: &TemplateData, options: &Options) -> String {
    let mut page = Page { out: String::new(), options, headed: false };
    page.front_matter(cv);
    page.head(cv);
    for key in &cv.order {
        page.part(cv, key);
    }
    // The page's own address closes it, below a rule, as on the owner's page.
    if let Some(url) = &cv.url {
        page.out.push_str("---\n\n");
        page.paragraph(&link(&url.url, &url.url), "");
    }
    // The footer note last, as at the foot of the printed pages.
    if let Some(note) = &cv.footer_note {
        if cv.url.is_none() {
            page.out.push_str("---\n\n");
        }
        page.paragraph(note, "");
    }
    while page.out.ends_with("\n\n") {
        page.out.pop();
    }
    page.out
}

/// A cover letter as Markdown, the same words as its PDF: the sender's
/// name and contacts, the recipient, the date line, the subject, the
/// salutation, the body, the closing, the name and the enclosures. Every
/// text is escaped as on the CV's page.
pub fn letter(contract: &crate::contract::letter::LetterContract) -> String {
    let options = Options::default();
    let mut page = Page { out: String::new(), options: &options, headed: false };
    let (cv, letter) = (&contract.cv, &contract.letter);
    page.heading(1, &cv.person.name, None);
    let contacts = &cv.person.contacts;
    let mut reach: Vec<Rich> = Vec::new();
    reach.extend(contacts.email.iter().map(|email| link(&format!("mailto:{email}"), email)));
    reach.extend(contacts.phone.iter().map(|phone| vec![Inline::Text(phone.clone())]));
    reach.extend(
        contacts
            .links
            .iter()
            .map(|entry| vec![Inline::Span(Span::Link { url: entry.url.clone(), body: entry.label.clone() })]),
    );
    page.paragraph(&join(&reach, " · "), "");
    if let Some(recipient) = &letter.recipient {
        page.lines(&recipient.lines, "");
    }
    page.paragraph(&letter.date_line, "");
    if let Some(subject) = &letter.subject {
        page.paragraph(&[Inline::Span(Span::Strong { body: subject.clone() })], "");
    }
    page.paragraph(&letter.salutation, "");
    page.blocks(&letter.body, 2);
    page.lines(&[letter.closing.clone(), letter.signer.clone()], "");
    if let Some(enclosures) = &letter.enclosures {
        page.label(&enclosures.title);
        let items: Vec<Item> =
            enclosures.items.iter().map(|body| Item { body: body.clone(), items: Vec::new() }).collect();
        page.list(&items, false, "", false);
    }
    while page.out.ends_with("\n\n") {
        page.out.pop();
    }
    page.out
}

struct Page<'a> {
    out: String,
    options: &'a Options,
    /// Whether a part with a heading has been written: the parts before the
    /// first one are the page's introduction and go without a heading.
    headed: bool,
}

impl Page<'_> {
    fn front_matter(&mut self, cv: &TemplateData) {
        let format = self.options.front_matter;
        if format == FrontMatter::None {
            self.out.push_str("# ");
            write_inline(&mut self.out, &cv.person.name, "");
            self.out.push_str("\n\n");
            return;
        }
        let out = &mut self.out;
        out.push_str("---\n");
        out.push_str(&format!("title: {}\n", yaml_string(&cv.person.name_plain)));
        out.push_str(&format!("description: {}\n", yaml_string(&cv.headline_plain)));
        out.push_str(&format!("date: {}\n", cv.updated.iso));
        // A page in a right-to-left language says so, for the site's
        // template to set `dir="rtl"` (Hugo and Jekyll: `page.dir`; Zola
        // takes only its own keys at the top, the others under `extra`).
        let mut own: Vec<String> = Vec::new();
        if cv.dir == "rtl" {
            own.push("dir: rtl".to_owned());
        }
        if let Some(image) = &self.options.image {
            own.push(format!("image: {}", yaml_string(image)));
        }
        match format {
            FrontMatter::Zola if !own.is_empty() => {
                out.push_str("extra:\n");
                for line in own {
                    out.push_str(&format!("  {line}\n"));
                }
            }
            _ => {
                for line in own {
                    out.push_str(&format!("{line}\n"));
                }
            }
        }
        out.push_str("---\n\n");
    }

    /// The photo, the headline and the facts about the person.
    fn head(&mut self, cv: &TemplateData) {
        if let Some(image) = &self.options.image {
            self.out.push_str("![");
            escape_text(&mut self.out, &cv.person.name_plain, false);
            self.out.push_str("](");
            link_destination(&mut self.out, image);
            self.out.push_str(")\n\n");
        }
        let mut line = Vec::new();
        line.push(vec![Inline::Span(Span::Strong { body: cv.headline.clone() })]);
        line.extend(cv.salary.clone());
        self.paragraph(&join(&line, " · "), "");

        let person = &cv.person;
        let mut lines: Vec<Rich> = Vec::new();
        let facts: Vec<Rich> =
            person.age_line.iter().map(|age| vec![Inline::Text(age.clone())]).chain(person.status.clone()).collect();
        lines.push(join(&facts, " · "));
        let stance: Vec<Rich> = [&person.location, &person.relocation, &person.remote, &person.travel]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        lines.push(join(&stance, &cv.separator));
        let contacts = &person.contacts;
        let mut reach: Vec<Rich> = Vec::new();
        if let Some(email) = &contacts.email {
            reach.push(link(&format!("mailto:{email}"), email));
        }
        if let (Some(phone), Some(url)) = (&contacts.phone, &contacts.phone_url) {
            reach.push(link(url, phone));
        }
        reach.extend(
            contacts
                .links
                .iter()
                .map(|entry| vec![Inline::Span(Span::Link { url: entry.url.clone(), body: entry.label.clone() })]),
        );
        lines.push(join(&reach, " · "));
        for (label, values) in
            [(&cv.labels.specialisations, &cv.specialisations), (&cv.labels.employment, &cv.employment)]
        {
            if !values.is_empty() {
                let mut line = vec![Inline::Text(format!("{label} "))];
                line.extend(join(values, &cv.separator));
                lines.push(line);
            }
        }
        lines.push(vec![Inline::Text(format!("{} {}", cv.labels.updated, cv.updated.short))]);
        self.lines(&lines, "");
    }

    fn part(&mut self, cv: &TemplateData, key: &str) {
        match key {
            "motto" => {
                if let Some(motto) = &cv.motto {
                    let mut lines = vec![vec![Inline::Span(Span::Emph { body: motto.text.clone() })]];
                    if let Some(author) = &motto.author {
                        let mut line = vec![Inline::Text("— ".into())];
                        line.push(Inline::Span(Span::Emph { body: author.clone() }));
                        lines.push(line);
                    }
                    self.lines(&lines, "> ");
                }
            }
            "about" => {
                if !cv.about.is_empty() {
                    if self.headed {
                        self.heading(2, &[Inline::Text(cv.labels.about.clone())], Some("about"));
                    }
                    self.blocks(&cv.about, 3);
                }
            }
            "experience" => {
                if !cv.experience.jobs.is_empty() {
                    let title = format!("{} · {}", cv.labels.experience, cv.experience.total);
                    self.heading(2, &[Inline::Text(title)], Some("experience"));
                    for job in &cv.experience.jobs {
                        self.job(cv, job);
                    }
                }
            }
            "education" => {
                if !cv.education.entries.is_empty() {
                    self.heading(2, &[Inline::Text(cv.education.title.clone())], Some("education"));
                    for entry in &cv.education.entries {
                        let mut parts: Vec<Rich> = entry.level.iter().cloned().collect();
                        parts.push(vec![Inline::Text(entry.period.clone())]);
                        parts.push(vec![Inline::Span(Span::Strong { body: entry.institution.clone() })]);
                        parts.extend([&entry.city, &entry.faculty, &entry.degree].into_iter().flatten().cloned());
                        self.paragraph(&join(&parts, &cv.separator), "");
                    }
                }
            }
            "skills" => {
                if !cv.skills.is_empty() {
                    self.heading(2, &[Inline::Text(cv.labels.skills.clone())], Some("skills"));
                    self.paragraph(&join(&cv.skills, " · "), "");
                }
            }
            "languages" => {
                if !cv.languages.is_empty() {
                    self.heading(2, &[Inline::Text(cv.labels.languages.clone())], Some("languages"));
                    let items: Vec<Item> = cv
                        .languages
                        .iter()
                        .map(|language| Item { body: language.line.clone(), items: Vec::new() })
                        .collect();
                    self.list(&items, false, "", false);
                }
            }
            "courses" => {
                if !cv.courses.is_empty() {
                    self.heading(2, &[Inline::Text(cv.labels.courses.clone())], Some("courses"));
                    let items: Vec<Item> = cv
                        .courses
                        .iter()
                        .map(|course| {
                            let mut body = vec![Inline::Text(format!("{} · ", course.year))];
                            body.push(Inline::Span(Span::Strong { body: course.name.clone() }));
                            if let Some(url) = &course.url {
                                body.push(Inline::Text(" · ".into()));
                                body.extend(link(&url.url, &url.text));
                            }
                            Item { body, items: Vec::new() }
                        })
                        .collect();
                    self.list(&items, false, "", false);
                }
            }
            "publications" => {
                if cv.publications.count > 0 {
                    self.heading(2, &[Inline::Text(cv.labels.publications.clone())], Some("publications"));
                    for group in &cv.publications.groups {
                        if let Some(title) = &group.title {
                            self.heading(3, &[Inline::Text(title.clone())], None);
                        }
                        let items: Vec<Item> = group
                            .entries
                            .iter()
                            .map(|entry| {
                                let mut body: Rich =
                                    entry.label.iter().map(|label| Inline::Text(format!("{label} "))).collect();
                                body.extend(entry.body.iter().cloned());
                                Item { body, items: Vec::new() }
                            })
                            .collect();
                        self.list(&items, false, "", false);
                    }
                }
            }
            key => {
                for section in cv.sections.iter().filter(|section| section.key == key && !section.body.is_empty()) {
                    self.heading(2, &section.title, section.id.as_deref());
                    self.blocks(&section.body, 3);
                }
            }
        }
    }

    fn job(&mut self, cv: &TemplateData, job: &Job) {
        let mut heading = job.heading.clone();
        heading.push(Inline::Text(format!(" ({}{}{})", job.period.range, cv.separator, job.period.duration)));
        self.heading(3, &heading, job.id.as_deref());

        let mut lines: Vec<Rich> = Vec::new();
        let company = match &job.url {
            Some(url) => vec![Inline::Span(Span::Link { url: url.url.clone(), body: job.company.clone() })],
            None => job.company.clone(),
        };
        if !job.company_in_heading {
            let mut place = vec![company];
            place.extend(job.city.clone());
            lines.push(join(&place, &cv.separator));
        }
        let role: Vec<Rich> = [if job.title.is_some() { &job.position } else { &None }, &job.department]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        lines.push(join(&role, &cv.separator));
        let industry: Vec<Rich> = [&job.industry, &job.industry_area].into_iter().flatten().cloned().collect();
        lines.push(join(&industry, " — "));
        self.lines(&lines, "");

        self.blocks(&job.description, 4);
        self.list(&job.items, false, "", false);
        if !job.achievements.is_empty() {
            self.label(&cv.labels.achievements);
            self.blocks(&job.achievements, 4);
        }
        for role in &job.roles {
            self.heading(4, &role.title, None);
            self.blocks(&role.description, 5);
            self.list(&role.items, false, "", false);
            if !role.achievements.is_empty() {
                self.label(&cv.labels.achievements);
                self.blocks(&role.achievements, 5);
            }
        }
        for project in &job.projects {
            self.heading(4, &project.title, None);
            self.blocks(&project.description, 5);
            self.list(&project.items, false, "", false);
        }
    }

    /// A small bold label on its own line, as the owner's page marks
    /// «Личные достижения».
    fn label(&mut self, text: &str) {
        self.paragraph(&[Inline::Span(Span::Strong { body: vec![Inline::Text(text.into())] })], "");
    }

    fn heading(&mut self, level: usize, body: &[Inline], anchor: Option<&str>) {
        if level == 2 {
            self.headed = true;
        }
        if level > 6 {
            self.paragraph(&[Inline::Span(Span::Strong { body: body.to_vec() })], "");
            return;
        }
        self.out.push_str(&"#".repeat(level));
        self.out.push(' ');
        // A heading is one line: breaks inside it become spaces.
        let flat: Vec<Inline> = body.iter().map(flatten_breaks).collect();
        write_inline(&mut self.out, &flat, "");
        if let Some(anchor) = anchor.filter(|_| self.options.anchors) {
            // Ids are validated to be letters, digits, `-` and `_`.
            self.out.push_str(&format!(" {{#{anchor}}}"));
        }
        self.out.push_str("\n\n");
    }

    fn paragraph(&mut self, body: &[Inline], prefix: &str) {
        if body.is_empty() {
            return;
        }
        self.out.push_str(prefix);
        write_inline(&mut self.out, body, prefix);
        self.out.push_str("\n\n");
    }

    /// Lines of one paragraph, joined by hard breaks; empty ones are left out.
    fn lines(&mut self, lines: &[Rich], prefix: &str) {
        let mut body: Vec<Inline> = Vec::new();
        for line in lines.iter().filter(|line| !line.is_empty()) {
            if !body.is_empty() {
                body.push(Inline::Span(Span::Break));
            }
            body.extend(line.iter().cloned());
        }
        self.paragraph(&body, prefix);
    }

    fn blocks(&mut self, blocks: &[Block], heading_level: usize) {
        let mut previous: Option<bool> = None;
        let mut alternate = false;
        for block in blocks {
            match block {
                Block::Paragraph { body } => {
                    self.paragraph(body, "");
                    previous = None;
                }
                Block::Heading { body } => {
                    self.heading(heading_level, body, None);
                    previous = None;
                }
                Block::List { items } | Block::Numbered { items } => {
                    let numbered = matches!(block, Block::Numbered { .. });
                    // Two lists in a row would merge into one: the second
                    // takes the other bullet character, which starts a new list.
                    alternate = previous == Some(numbered) && !alternate;
                    self.list(items, numbered, "", alternate);
                    previous = Some(numbered);
                }
            }
        }
    }

    fn list(&mut self, items: &[Item], numbered: bool, indent: &str, alternate: bool) {
        if items.is_empty() {
            return;
        }
        self.list_items(items, numbered, indent, alternate);
        self.out.push('\n');
    }

    fn list_items(&mut self, items: &[Item], numbered: bool, indent: &str, alternate: bool) {
        for (index, item) in items.iter().enumerate() {
            let marker = match (numbered, alternate) {
                (false, false) => "*".to_owned(),
                (false, true) => "-".to_owned(),
                (true, false) => format!("{}.", index + 1),
                (true, true) => format!("{})", index + 1),
            };
            let inner = format!("{indent}{}", " ".repeat(marker.len() + 1));
            self.out.push_str(indent);
            self.out.push_str(&marker);
            self.out.push(' ');
            write_inline(&mut self.out, &item.body, &inner);
            self.out.push('\n');
            self.list_items(&item.items, false, &inner, false);
        }
    }
}

fn flatten_breaks(node: &Inline) -> Inline {
    match node {
        Inline::Span(Span::Break) => Inline::Text(" ".into()),
        Inline::Text(text) => Inline::Text(text.replace(['\n', '\r'], " ")),
        Inline::Span(Span::Strong { body }) => {
            Inline::Span(Span::Strong { body: body.iter().map(flatten_breaks).collect() })
        }
        Inline::Span(Span::Emph { body }) => {
            Inline::Span(Span::Emph { body: body.iter().map(flatten_breaks).collect() })
        }
        Inline::Span(Span::Link { url, body }) => {
            Inline::Span(Span::Link { url: url.clone(), body: body.iter().map(flatten_breaks).collect() })
        }
        other => other.clone(),
    }
}

/// Joins the non-empty rich values with a separator.
fn join(values: &[Rich], separator: &str) -> Rich {
    let mut out: Rich = Vec::new();
    for value in values.iter().filter(|value| !value.is_empty()) {
        if !out.is_empty() {
            out.push(Inline::Text(separator.to_owned()));
        }
        out.extend(value.iter().cloned());
    }
    out
}

fn link(url: &str, text: &str) -> Rich {
    vec![Inline::Span(Span::Link { url: url.to_owned(), body: vec![Inline::Text(text.to_owned())] })]
}

/// A string as a YAML scalar: a JSON string is a valid YAML double-quoted
/// scalar, with every special character escaped. Braces are written as
/// `\u007B` and `\u007D`, which YAML reads back as braces, so not even a
/// tool that scans the raw file for `{{` or `{%` finds a template tag.
/// JSON leaves some characters as they are that YAML does not take inside
/// a scalar: the line breaks of YAML 1.1 (U+0085, U+2028, U+2029, which
/// Jekyll's and Hugo's readers break the line at), characters outside
/// YAML's printable set, and the byte order mark; they are escaped too.
fn yaml_string(text: &str) -> String {
    let json = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '{' => out.push_str("\\u007B"),
            '}' => out.push_str("\\u007D"),
            '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out
}

/// Writes rich text as inline Markdown. `indent` starts every line after a
/// hard break (the list item's or block quote's continuation).
fn write_inline(out: &mut String, nodes: &[Inline], indent: &str) {
    let mut at_line_start = true;
    write_nodes(out, nodes, indent, &mut at_line_start);
}

fn write_nodes(out: &mut String, nodes: &[Inline], indent: &str, at_line_start: &mut bool) {
    for node in nodes {
        match node {
            Inline::Text(text) => {
                for (index, line) in text.split(['\n', '\r']).enumerate() {
                    if index > 0 {
                        hard_break(out, indent);
                        *at_line_start = true;
                    }
                    if !line.is_empty() {
                        escape_text(out, line, *at_line_start);
                        *at_line_start = false;
                    }
                }
            }
            Inline::Span(Span::Strong { body }) => delimited(out, "**", body, indent, at_line_start),
            Inline::Span(Span::Emph { body }) => delimited(out, "*", body, indent, at_line_start),
            Inline::Span(Span::Code { text }) => {
                code(out, text);
                *at_line_start = false;
            }
            Inline::Span(Span::Link { url, body }) => {
                if web::safe_url(url) {
                    out.push('[');
                    let mut inner_start = false;
                    write_nodes(out, body, indent, &mut inner_start);
                    out.push_str("](");
                    link_destination(out, url);
                    out.push(')');
                    *at_line_start = false;
                } else {
                    write_nodes(out, body, indent, at_line_start);
                }
            }
            Inline::Span(Span::Break) => {
                hard_break(out, indent);
                *at_line_start = true;
            }
        }
    }
}

fn delimited(out: &mut String, delimiter: &str, body: &[Inline], indent: &str, at_line_start: &mut bool) {
    if body.is_empty() {
        return;
    }
    out.push_str(delimiter);
    let mut inner_start = false;
    write_nodes(out, body, indent, &mut inner_start);
    out.push_str(delimiter);
    *at_line_start = false;
}

/// A backslash at the end of a line: CommonMark's hard line break, which,
/// unlike two trailing spaces, survives editors that trim lines.
fn hard_break(out: &mut String, indent: &str) {
    out.push_str("\\\n");
    out.push_str(indent);
}

/// Escapes literal text so that a reader gets exactly these characters.
/// What opens inline syntax anywhere in CommonMark, GFM or the generators'
/// template languages is always backslash-escaped (`\\`, `` ` ``, `*`,
/// `[`, `]`, `<`, `{`, `}`, `|`, `~`); the rest only where it means
/// something: `_` not between letters, `&` before a name or `#`, `#` that
/// could start or close a heading, and the block markers at the start of a
/// line (`-`, `+`, `:`, `>`, `=`, `1.`).
fn escape_text(out: &mut String, text: &str, at_line_start: bool) {
    let chars: Vec<char> = text.chars().collect();
    // A reader drops the spaces that start a line, so the marker test looks
    // past them.
    let lead = if at_line_start { chars.iter().take_while(|c| matches!(c, ' ' | '\t')).count() } else { 0 };
    let digits = if at_line_start { chars.iter().skip(lead).take_while(|c| c.is_ascii_digit()).count() } else { 0 };
    let blank_or_end = |index: usize| chars.get(index).is_none_or(|c| matches!(c, ' ' | '\t'));
    let rest_is = |index: usize, marker: char| chars[index..].iter().all(|&c| c == marker || c == ' ' || c == '\t');
    for (index, &c) in chars.iter().enumerate() {
        let previous = index.checked_sub(1).map(|before| chars[before]);
        let next = chars.get(index + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '{' | '}' | '|' | '~' => true,
            '_' => !(previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)),
            '&' => next.is_some_and(|next| next.is_ascii_alphanumeric() || next == '#'),
            '#' => (at_line_start && index == lead) || previous.is_none_or(char::is_whitespace),
            // `{%` opens a Liquid or Tera tag; `{` is escaped already, but
            // the backslash sits before it, so `%` needs one too.
            '%' => previous == Some('{'),
            '>' => at_line_start && index == lead,
            '-' => at_line_start && index == lead && (blank_or_end(index + 1) || rest_is(index, '-')),
            '+' | ':' => at_line_start && index == lead && blank_or_end(index + 1),
            '=' => at_line_start && index == lead && rest_is(index, '='),
            '.' | ')' => digits > 0 && index == lead + digits && blank_or_end(index + 1),
            _ => false,
        };
        if at_line_start && index < lead {
            // A reader would drop it, or take four columns of it for code.
            out.push_str(if c == '\t' { "&#9;" } else { "&#32;" });
            continue;
        }
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A code span, with a fence longer than any run of backticks inside. No
/// escape works in a code span and the generators expand `{{` and `{%`
/// even there, so the `{` of such a pair is written as escaped text
/// between two code spans.
fn code(out: &mut String, text: &str) {
    let mut piece = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' && matches!(chars.peek(), Some('{' | '%')) {
            code_span(out, &piece);
            piece.clear();
            out.push_str("\\{");
        } else {
            piece.push(c);
        }
    }
    code_span(out, &piece);
}

fn code_span(out: &mut String, piece: &str) {
    if piece.is_empty() {
        return;
    }
    let longest = piece.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    // The reader strips one space inside each fence; it is needed when the
    // code itself starts or ends with a backtick or a space.
    let pad = piece.contains(|c| c != ' ') && (piece.starts_with(['`', ' ']) || piece.ends_with(['`', ' ']));
    out.push_str(&fence);
    if pad {
        out.push(' ');
    }
    out.push_str(piece);
    if pad {
        out.push(' ');
    }
    out.push_str(&fence);
}

/// A link destination. Characters that would end it or open a template tag
/// are percent-encoded or escaped; the address stays the same address.
fn link_destination(out: &mut String, url: &str) {
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::{Event, Options as ParseOptions, Parser, Tag, TagEnd};

    use super::*;

    /// The reader the output is checked against: CommonMark with the
    /// extensions Hugo, Jekyll (kramdown) and Zola switch on.
    fn reader_options() -> ParseOptions {
        ParseOptions::ENABLE_TABLES
            | ParseOptions::ENABLE_FOOTNOTES
            | ParseOptions::ENABLE_STRIKETHROUGH
            | ParseOptions::ENABLE_TASKLISTS
            | ParseOptions::ENABLE_HEADING_ATTRIBUTES
            | ParseOptions::ENABLE_DEFINITION_LIST
            | ParseOptions::ENABLE_YAML_STYLE_METADATA_BLOCKS
    }

    /// The text a reader gets from one paragraph of Markdown, with breaks as
    /// newlines, and whether anything but text, code and breaks appeared.
    fn read_back(markdown: &str) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut structure = Vec::new();
        for event in Parser::new_ext(markdown, reader_options()) {
            match event {
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push('\n'),
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                other => structure.push(format!("{other:?}")),
            }
        }
        (text, structure)
    }

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        write_inline(&mut out, &[Inline::Text(text.to_owned())], "");
        out
    }

    /// Every string of up to three characters from the characters that mean
    /// something in Markdown or a site generator reads back as itself and
    /// makes no structure, at the start of a line and after a letter.
    #[test]
    fn every_short_string_of_metacharacters_reads_back_as_itself() {
        let alphabet: Vec<char> = "\\`*_[]<>&|~{}#%-+=:.!()\"'^$1 a\tб".chars().collect();
        let mut strings = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(longer);
        }
        strings.sort();
        strings.dedup();
        let mut checked = 0;
        for core in &strings {
            for text in [core.clone(), format!("x{core}"), format!("{core}y"), format!("1986{core}")] {
                // A paragraph's trailing white space is not part of its text.
                let trimmed = text.trim_end_matches([' ', '\t']);
                if trimmed.is_empty() {
                    continue;
                }
                let markdown = escaped(trimmed);
                let (back, structure) = read_back(&markdown);
                assert_eq!(back, trimmed, "{trimmed:?} was written as {markdown:?}");
                assert!(structure.is_empty(), "{trimmed:?} as {markdown:?} made {structure:?}");
                assert!(!["{{", "{%"].iter().any(|tag| markdown.contains(tag)), "{markdown:?} opens a template tag");
                checked += 1;
            }
        }
        assert!(checked > 100_000, "only {checked} strings checked");
    }

    #[test]
    fn code_spans_read_back_and_hide_template_tags() {
        for text in ["make", "a`b", "``", "` x", "{{< shortcode >}}", "{% raw %}", "{#c#}", " x ", "  ", "{{{", "x{"] {
            let mut markdown = String::new();
            code(&mut markdown, text);
            let (back, _) = read_back(&markdown);
            assert_eq!(back, text, "{text:?} as {markdown:?}");
            assert!(!["{{", "{%"].iter().any(|tag| markdown.contains(tag)), "{markdown:?}");
        }
    }

    #[test]
    fn links_keep_their_address_and_unsafe_ones_lose_the_link() {
        let nodes = |url: &str| {
            vec![Inline::Span(Span::Link { url: url.into(), body: vec![Inline::Text("a [b] *c*".into())] })]
        };
        for url in ["https://x.org/a_(b)", "https://x.org/?q=a b", "mailto:a@b.c", "/cv.pdf"] {
            let mut out = String::new();
            write_inline(&mut out, &nodes(url), "");
            let link = Parser::new_ext(&out, reader_options()).find_map(|event| match event {
                Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
                _ => None,
            });
            let expected = url.replace(' ', "%20");
            assert_eq!(link.as_deref(), Some(expected.as_str()), "{out}");
            assert_eq!(read_back(&out).0, "a [b] *c*");
        }
        let mut out = String::new();
        write_inline(&mut out, &nodes("javascript:alert(1)"), "");
        assert!(!out.contains("javascript"), "{out}");
        assert_eq!(read_back(&out).0, "a [b] *c*");
    }

    #[test]
    fn an_escaped_brace_at_the_end_of_a_heading_is_text_not_an_anchor() {
        let mut out = String::new();
        write_inline(&mut out, &[Inline::Text("Set {#evil}".into())], "");
        let markdown = format!("## {out} {{#real}}\n");
        let mut ids = Vec::new();
        let mut text = String::new();
        for event in Parser::new_ext(&markdown, reader_options()) {
            match event {
                Event::Start(Tag::Heading { id, .. }) => ids.push(id.map(|id| id.to_string())),
                Event::Text(t) => text.push_str(&t),
                _ => {}
            }
        }
        assert_eq!(ids, [Some("real".to_owned())]);
        assert_eq!(text, "Set {#evil}");
    }
}

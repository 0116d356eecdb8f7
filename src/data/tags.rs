//! Facts about tags and variants that types cannot rule out: an empty tag, a
//! variant that names a tag no entry carries or a part the CV does not have,
//! `older` without `since`, an empty headline, `fit: 0`. Each problem names
//! its field path, and misspelt names get the nearest real one.

use std::collections::BTreeSet;

use super::model::{Block, Cv, Item};
use super::validate::Problem;
use crate::error::Message;
use crate::suggest::unknown;

/// Checks the tags of every entry and the rules of every variant, up to
/// the first problem: only the first is reported, and naming the nearest
/// tag of thousands for each of thousands of problems would take quadratic
/// time.
pub(crate) fn check(cv: &Cv) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut carried = BTreeSet::new();
    each_tagged(cv, &mut |path, tags| {
        for (index, tag) in tags.iter().enumerate() {
            if tag.trim().is_empty() {
                problems.push(Problem { field: format!("{path}.tags[{index}]"), message: "the tag is empty".into() });
            }
            carried.insert(tag.clone());
        }
    });
    if !problems.is_empty() {
        return problems;
    }
    let parts: BTreeSet<String> = part_names(cv).into_iter().collect();

    for (name, variant) in &cv.variants {
        if !problems.is_empty() {
            break;
        }
        let base = format!("variants.{name}");
        let mut problem = |field: String, message: Message| problems.push(Problem { field, message });
        let excluded: BTreeSet<&String> = variant.exclude.iter().collect();
        'rules: for (rule, tags) in
            [("include", &variant.include), ("exclude", &variant.exclude), ("first", &variant.first)]
        {
            for (index, tag) in tags.iter().enumerate() {
                let field = format!("{base}.{rule}[{index}]");
                if !carried.contains(tag) {
                    problem(field, unknown("no entry carries the tag", tag, carried.iter().map(String::as_str)));
                    break 'rules;
                } else if rule == "include" && excluded.contains(tag) {
                    problem(field, format!("`{tag}` is both included and excluded").into());
                    break 'rules;
                }
            }
        }
        if variant.older.is_some() && variant.since.is_none() {
            problem(
                format!("{base}.older"),
                "`older` says what happens to the jobs that ended before `since`, and this variant has no `since`"
                    .into(),
            );
        }
        if let Some(shown) = &variant.parts {
            let mut seen = BTreeSet::new();
            for (index, part) in shown.iter().enumerate() {
                let field = format!("{base}.parts[{index}]");
                if !parts.contains(part) {
                    let names = part_names(cv);
                    problem(field, unknown("no part is called", part, names.iter().map(String::as_str)));
                    break;
                } else if !seen.insert(part) {
                    problem(field, format!("`{part}` is already in the parts").into());
                    break;
                }
            }
        }
        if variant.headline.as_ref().is_some_and(|headline| headline.trim().is_empty()) {
            problem(format!("{base}.headline"), "the headline is empty".into());
        }
        if variant.fit == Some(0) {
            problem(format!("{base}.fit"), "`fit` is a number of pages, at least 1".into());
        }
    }
    problems
}

/// The names `parts` and `order` take: the built-in parts and the sections' keys.
pub(crate) fn part_names(cv: &Cv) -> Vec<String> {
    let mut names: Vec<String> = super::model::BUILT_IN_PARTS.iter().map(|part| part.to_string()).collect();
    names.extend(cv.sections.iter().enumerate().map(|(index, section)| section.key(index)));
    names
}

/// Calls `visit` with the path and the tags of every entry that can carry
/// tags, in the order of the data, variants' own `about` included.
fn each_tagged(cv: &Cv, visit: &mut dyn FnMut(&str, &[String])) {
    let blocks = each_block;
    blocks(&cv.about, "about", visit);
    for (index, job) in cv.experience.iter().enumerate() {
        let path = format!("experience[{index}]");
        visit(&path, &job.tags);
        blocks(&job.description, &format!("{path}.description"), visit);
        each_item(&job.items, &format!("{path}.items"), visit);
        blocks(&job.achievements, &format!("{path}.achievements"), visit);
        for (r, role) in job.roles.iter().enumerate() {
            let path = format!("{path}.roles[{r}]");
            visit(&path, &role.tags);
            blocks(&role.description, &format!("{path}.description"), visit);
            each_item(&role.items, &format!("{path}.items"), visit);
            blocks(&role.achievements, &format!("{path}.achievements"), visit);
        }
        for (p, project) in job.projects.iter().enumerate() {
            let path = format!("{path}.projects[{p}]");
            visit(&path, &project.tags);
            blocks(&project.description, &format!("{path}.description"), visit);
            each_item(&project.items, &format!("{path}.items"), visit);
        }
    }
    for (index, skill) in cv.skills.iter().enumerate() {
        visit(&format!("skills[{index}]"), &skill.tags);
    }
    for (index, language) in cv.languages.iter().enumerate() {
        visit(&format!("languages[{index}]"), &language.tags);
    }
    for (index, entry) in cv.education.iter().enumerate() {
        visit(&format!("education[{index}]"), &entry.tags);
    }
    for (index, course) in cv.courses.iter().enumerate() {
        visit(&format!("courses[{index}]"), &course.tags);
    }
    if let Some(publications) = &cv.publications {
        for (index, entry) in publications.entries.iter().enumerate() {
            visit(&format!("publications.entries[{index}]"), &entry.tags);
        }
        for record in publications.library.iter().flat_map(|library| &library.records) {
            visit(&format!("publications.bib.{}", record.entry.key()), &record.tags);
        }
    }
    for (index, section) in cv.sections.iter().enumerate() {
        let path = format!("sections[{index}]");
        visit(&path, &section.tags);
        blocks(&section.body, &format!("{path}.body"), visit);
    }
    for (name, variant) in &cv.variants {
        if let Some(about) = &variant.about {
            blocks(about, &format!("variants.{name}.about"), visit);
        }
    }
}

fn each_block(blocks: &[Block], path: &str, visit: &mut dyn FnMut(&str, &[String])) {
    for (index, block) in blocks.iter().enumerate() {
        let path = format!("{path}[{index}]");
        if let Some(marks) = block.marks() {
            visit(&path, &marks.tags);
        }
        match block.plain() {
            Block::List(items) => each_item(items, &format!("{path}.list"), visit),
            Block::Numbered(items) => each_item(items, &format!("{path}.numbered"), visit),
            _ => {}
        }
    }
}

fn each_item(items: &[Item], path: &str, visit: &mut dyn FnMut(&str, &[String])) {
    for (index, item) in items.iter().enumerate() {
        let path = format!("{path}[{index}]");
        visit(&path, &item.tags);
        each_item(&item.items, &format!("{path}.items"), visit);
    }
}

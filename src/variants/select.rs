//! What a variant shows: the validated model filtered by a variant's rules
//! and by what `fit` left out, as a model of its own (the [`View`]) that the
//! contract is built from.
//!
//! One walk over the CV does both jobs. It applies the rules (tags,
//! `since`, `max_items`, `parts`, the overrides, `first`) and the current
//! [`Selection`] of `fit`, and it lists every piece of content that `fit`
//! may leave out as a [`Unit`], named by its field path in the data file.
//! Paths always name the entry as written, so a unit keeps its name whatever
//! is left out around it.

use std::collections::BTreeSet;

use crate::data::model::{Block, Cv, End, Item, Job, Older, Project, Role, Variant};
use crate::data::publications::Library;

/// What `fit` left out: entries by field path, and jobs collapsed to one line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Selection {
    pub dropped: BTreeSet<String>,
    pub collapsed: BTreeSet<usize>,
}

/// A piece of content `fit` may leave out.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum UnitKey {
    /// The entry at this field path, with all it holds.
    Drop(String),
    /// The details of the job at this index: it is then collapsed to one
    /// line (company, position, period).
    Collapse(usize),
}

impl Selection {
    pub fn contains(&self, key: &UnitKey) -> bool {
        match key {
            UnitKey::Drop(path) => self.dropped.contains(path),
            UnitKey::Collapse(job) => self.collapsed.contains(job),
        }
    }

    pub fn insert(&mut self, key: &UnitKey) {
        match key {
            UnitKey::Drop(path) => self.dropped.insert(path.clone()),
            UnitKey::Collapse(job) => self.collapsed.insert(*job),
        };
    }

    pub fn remove(&mut self, key: &UnitKey) {
        match key {
            UnitKey::Drop(path) => self.dropped.remove(path),
            UnitKey::Collapse(job) => self.collapsed.remove(job),
        };
    }
}

/// One piece of content that `fit` may leave out, with what its place in
/// the order of leaving out depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    pub key: UnitKey,
    /// The part it belongs to: `motto`, `about`, `experience`, `skills`,
    /// `languages`, `education`, `courses`, `publications` or `sections`.
    pub part: &'static str,
    /// Within its part, a unit with a larger `seq` is left out first: later
    /// entries and items, and the content of older jobs.
    pub seq: u64,
    /// Its own `priority:`, or that of the nearest entry around it; 0 if none.
    pub priority: i64,
    /// A rough measure of its own printed size, without the units inside
    /// it: its characters plus a line's worth.
    pub weight: usize,
    /// Units that must be shown for this one to be seen.
    pub requires: Vec<UnitKey>,
    /// Paths of the entries around it that are no units themselves
    /// (sections, roles, projects, lists, parts), outermost first; when all
    /// their units are left out, the report names them instead.
    pub within: Vec<String>,
}

/// The CV as one variant and one [`Selection`] show it.
#[derive(Debug, Clone)]
pub(crate) struct View {
    pub cv: Cv,
    /// Whether each job of `cv.experience` is collapsed to one line.
    pub collapsed: Vec<bool>,
    /// Everything shown that `fit` may leave out, in the order it is shown.
    pub units: Vec<Unit>,
}

/// A line's worth of characters, added to a unit's weight per paragraph or
/// item, so that many short items weigh more than one long line.
const LINE: usize = 40;

/// How far apart the `seq` of two jobs' units are: more units than any job has.
const JOB_SPAN: u64 = 1 << 32;

/// Builds the view of `cv` under `variant` (named `name`, for the paths of
/// its own `about`) with what `fit` left out.
pub(crate) fn view(cv: &Cv, name: Option<&str>, variant: &Variant, selection: &Selection) -> View {
    fn set(tags: &[String]) -> BTreeSet<&str> {
        tags.iter().map(String::as_str).collect()
    }
    let (include, exclude, first) = (set(&variant.include), set(&variant.exclude), set(&variant.first));
    let mut walker = Walker {
        variant,
        selection,
        include: &include,
        exclude: &exclude,
        first: &first,
        units: Vec::new(),
        part: "",
        seq_base: 0,
        counter: 0,
    };
    // Sets, so that a CV of thousands of parts and tags takes linear time.
    let parts: Option<BTreeSet<&str>> = variant.parts.as_ref().map(|parts| set(parts));
    let shows = |part: &str| parts.as_ref().is_none_or(|parts| parts.contains(part));
    let mut shown = cv.clone();

    shown.headline = variant.headline.clone().unwrap_or_else(|| cv.headline.clone());
    for (part, page) in &variant.pages {
        shown.pages.insert(part.clone(), *page);
    }
    if let Some(salary) = &variant.salary {
        shown.salary = salary.clone();
    }
    if let Some(parts) = &variant.parts {
        shown.order = parts.clone();
    }

    let top = Context::default();
    shown.motto = None;
    if shows("motto")
        && let Some(motto) = &cv.motto
    {
        walker.part = "motto";
        walker.unit(UnitKey::Drop("motto".into()), &top, motto.text.chars().count() + LINE);
        if !selection.dropped.contains("motto") {
            shown.motto = Some(motto.clone());
        }
    }

    shown.about.clear();
    if shows("about") {
        walker.part = "about";
        let (about, path) = match (&variant.about, name) {
            (Some(about), Some(name)) => (about, format!("variants.{name}.about")),
            _ => (&cv.about, "about".to_owned()),
        };
        *shown.about = walker.blocks(about, &path, &top.within(&path));
    }

    let mut collapsed = Vec::new();
    shown.experience.clear();
    if shows("experience") {
        walker.part = "experience";
        // Older jobs go first: rank the jobs by recency, the newest first.
        let mut recency: Vec<usize> = (0..cv.experience.len()).collect();
        recency.sort_by_key(|&index| {
            let job = &cv.experience[index];
            let end = match job.end {
                End::Present => None,
                End::Month(month) => Some(month),
            };
            // Present sorts after any month, so reversed it comes first.
            std::cmp::Reverse((end.is_none(), end, job.start, std::cmp::Reverse(index)))
        });
        let mut rank_of = vec![0; recency.len()];
        for (rank, &index) in recency.iter().enumerate() {
            rank_of[index] = rank;
        }
        for (index, job) in cv.experience.iter().enumerate() {
            let rank = rank_of[index] as u64;
            walker.seq_base = rank * JOB_SPAN;
            if let Some((job, is_collapsed)) = walker.job(index, job) {
                shown.experience.push(job);
                collapsed.push(is_collapsed);
            }
        }
        walker.seq_base = 0;
    }

    let path_list = |part: &str, index: usize| format!("{part}[{index}]");
    shown.skills.clear();
    if shows("skills") {
        walker.part = "skills";
        let context = top.within("skills");
        for index in walker.ordered(&cv.skills, |skill| &skill.tags[..]) {
            let skill = &cv.skills[index];
            let path = path_list("skills", index);
            if walker.entry(&path, &skill.tags, skill.priority, &context, skill.chars().count()) {
                shown.skills.push(skill.clone());
            }
        }
    }

    shown.languages.clear();
    if shows("languages") {
        walker.part = "languages";
        let context = top.within("languages");
        for index in walker.ordered(&cv.languages, |language| &language.tags[..]) {
            let language = &cv.languages[index];
            let size = language.name.chars().count() + language.level.chars().count();
            if walker.entry(&path_list("languages", index), &language.tags, language.priority, &context, size) {
                shown.languages.push(language.clone());
            }
        }
    }

    shown.education.clear();
    if shows("education") {
        walker.part = "education";
        let context = top.within("education");
        for (index, entry) in cv.education.iter().enumerate() {
            let size = [&entry.level, &entry.city, &entry.faculty, &entry.degree]
                .iter()
                .filter_map(|text| text.as_deref())
                .map(|text| text.chars().count() + LINE)
                .sum::<usize>()
                + entry.institution.chars().count();
            if walker.entry(&path_list("education", index), &entry.tags, entry.priority, &context, size) {
                shown.education.push(entry.clone());
            }
        }
    }

    shown.courses.clear();
    if shows("courses") {
        walker.part = "courses";
        let context = top.within("courses");
        for (index, course) in cv.courses.iter().enumerate() {
            let size = course.name.chars().count() + course.url.as_deref().map_or(0, |url| url.chars().count() + LINE);
            if walker.entry(&path_list("courses", index), &course.tags, course.priority, &context, size) {
                shown.courses.push(course.clone());
            }
        }
    }

    if let Some(publications) = &cv.publications {
        let mut kept = publications.clone();
        kept.entries.clear();
        if shows("publications") {
            walker.part = "publications";
            let context = top.within("publications");
            if let Some(library) = &publications.library {
                let records = library
                    .records
                    .iter()
                    .filter(|record| {
                        let path = format!("publications.bib.{}", record.entry.key());
                        let size = record.entry.title().map_or(0, |title| title.value.to_str().chars().count());
                        walker.entry(&path, &record.tags, None, &context, size + LINE)
                    })
                    .cloned()
                    .collect();
                kept.library = Some(std::sync::Arc::new(Library { records, ..(**library).clone() }));
            }
            for (index, entry) in publications.entries.iter().enumerate() {
                let path = path_list("publications.entries", index);
                let size = entry.title.chars().count() + entry.venue.as_deref().map_or(0, str::len) + LINE;
                if walker.entry(&path, &entry.tags, entry.priority, &context, size) {
                    kept.entries.push(entry.clone());
                }
            }
        } else if let Some(library) = &publications.library {
            kept.library = Some(std::sync::Arc::new(Library { records: Vec::new(), ..(**library).clone() }));
        }
        shown.publications = Some(kept);
    }

    shown.sections.clear();
    walker.part = "sections";
    for (index, section) in cv.sections.iter().enumerate() {
        let key = section.key(index);
        if !shows(&key) || !walker.tags_pass(&section.tags) {
            continue;
        }
        let path = path_list("sections", index);
        let context = top.within("sections").within(&path).with_priority(section.priority);
        let body = walker.blocks(&section.body, &format!("{path}.body"), &context);
        if body.is_empty() && !section.body.is_empty() {
            continue;
        }
        let mut section = section.clone();
        // A section without an id is called `section-N` after its place; it
        // keeps the name of its place in the data.
        if section.id.is_none() && shown.sections.len() != index {
            section.id = Some(key);
        }
        *section.body = body;
        shown.sections.push(section);
    }

    View { cv: shown, collapsed, units: walker.units }
}

/// What units inherit from the entries around them.
#[derive(Debug, Clone, Default)]
struct Context {
    priority: i64,
    requires: Vec<UnitKey>,
    within: Vec<String>,
}

impl Context {
    fn within(&self, path: &str) -> Context {
        let mut next = self.clone();
        next.within.push(path.to_owned());
        next
    }

    fn with_priority(&self, priority: Option<i64>) -> Context {
        let mut next = self.clone();
        next.priority = priority.unwrap_or(self.priority);
        next
    }

    fn requiring(&self, key: UnitKey) -> Context {
        let mut next = self.clone();
        next.requires.push(key);
        next
    }
}

struct Walker<'a> {
    variant: &'a Variant,
    selection: &'a Selection,
    /// The variant's tags: `include`, `exclude` and `first`.
    include: &'a BTreeSet<&'a str>,
    exclude: &'a BTreeSet<&'a str>,
    first: &'a BTreeSet<&'a str>,
    units: Vec<Unit>,
    part: &'static str,
    /// `seq` is `seq_base` plus the number of units walked so far.
    seq_base: u64,
    counter: u64,
}

impl Walker<'_> {
    /// Whether an entry with `tags` passes `exclude` and `include`.
    fn tags_pass(&self, tags: &[String]) -> bool {
        if tags.iter().any(|tag| self.exclude.contains(tag.as_str())) {
            return false;
        }
        self.include.is_empty() || tags.is_empty() || tags.iter().any(|tag| self.include.contains(tag.as_str()))
    }

    /// The indices of `list` in the order shown: entries with a tag of
    /// `first` ahead of the others, each group in the data's order.
    fn ordered<T>(&self, list: &[T], tags: impl Fn(&T) -> &[String]) -> Vec<usize> {
        let leads = |entry: &T| tags(entry).iter().any(|tag| self.first.contains(tag.as_str()));
        let (mut front, back): (Vec<usize>, Vec<usize>) = (0..list.len()).partition(|&index| leads(&list[index]));
        front.extend(back);
        front
    }

    fn unit(&mut self, key: UnitKey, context: &Context, weight: usize) {
        self.counter += 1;
        self.units.push(Unit {
            key,
            part: self.part,
            seq: self.seq_base + self.counter,
            priority: context.priority,
            weight,
            requires: context.requires.clone(),
            within: context.within.clone(),
        });
    }

    /// An entry that is one unit: whether it is shown.
    fn entry(&mut self, path: &str, tags: &[String], priority: Option<i64>, context: &Context, size: usize) -> bool {
        if !self.tags_pass(tags) {
            return false;
        }
        let key = UnitKey::Drop(path.to_owned());
        self.unit(key.clone(), &context.with_priority(priority), size + LINE);
        !self.selection.contains(&key)
    }

    /// The blocks of `list` at `path` that are shown.
    fn blocks(&mut self, list: &[Block], path: &str, context: &Context) -> Vec<Block> {
        let mut shown = Vec::new();
        let tags_of = block_tags;
        for index in self.ordered(list, tags_of) {
            let block = &list[index];
            if !self.tags_pass(tags_of(block)) {
                continue;
            }
            let path = format!("{path}[{index}]");
            let context = context.with_priority(block.marks().and_then(|marks| marks.priority));
            let kept = match block.plain() {
                Block::Paragraph(text) | Block::Heading(text) => {
                    let key = UnitKey::Drop(path.clone());
                    self.unit(key.clone(), &context, text.chars().count() + LINE);
                    (!self.selection.contains(&key)).then(|| block.plain().clone())
                }
                Block::List(items) | Block::Numbered(items) => {
                    let kind = if matches!(block.plain(), Block::List(_)) { "list" } else { "numbered" };
                    let kept = self.items(items, &format!("{path}.{kind}"), &context.within(&path), None);
                    match block.plain() {
                        _ if kept.is_empty() && !items.is_empty() => None,
                        Block::List(_) => Some(Block::List(kept)),
                        _ => Some(Block::Numbered(kept)),
                    }
                }
                Block::Marked(..) => None,
            };
            if let Some(kept) = kept {
                shown.push(match block.marks() {
                    Some(marks) => Block::Marked(Box::new(kept), marks.clone()),
                    None => kept,
                });
            }
        }
        shown
    }

    /// The items of `list` at `path` that are shown: at most `max` of those
    /// the tags let through, then without what `fit` left out.
    fn items(&mut self, list: &[Item], path: &str, context: &Context, max: Option<usize>) -> Vec<Item> {
        let mut shown = Vec::new();
        let mut passed = 0;
        for index in self.ordered(list, |item| &item.tags[..]) {
            let item = &list[index];
            if !self.tags_pass(&item.tags) || max.is_some_and(|max| passed >= max) {
                continue;
            }
            passed += 1;
            let path = format!("{path}[{index}]");
            let key = UnitKey::Drop(path.clone());
            let context = context.with_priority(item.priority);
            self.unit(key.clone(), &context, item.text.chars().count() + LINE);
            let nested = self.items(&item.items, &format!("{path}.items"), &context.requiring(key.clone()), None);
            if !self.selection.contains(&key) {
                shown.push(Item { items: nested, ..item.clone() });
            }
        }
        shown
    }

    /// The job at `index` as shown, and whether it is collapsed; none when
    /// it is left out.
    fn job(&mut self, index: usize, job: &Job) -> Option<(Job, bool)> {
        let variant = self.variant;
        if !self.tags_pass(&job.tags) {
            return None;
        }
        let older = match (variant.since, job.end) {
            (Some(since), End::Month(end)) => end < since,
            _ => false,
        };
        match (older, variant.older.unwrap_or_default()) {
            (true, Older::Drop) => return None,
            (true, Older::Collapse) => return Some((collapsed(job.clone()), true)),
            (false, _) => {}
        }
        let path = format!("experience[{index}]");
        let collapse = UnitKey::Collapse(index);
        let context = Context::default().with_priority(job.priority);
        let details = [&job.city, &job.industry, &job.industry_area, &job.department];
        let weight = details.iter().filter_map(|text| text.as_deref()).map(|text| text.chars().count() + LINE).sum();
        self.unit(collapse.clone(), &context, weight);
        let context = context.requiring(collapse.clone());
        let max = variant.max_items.map(|max| max as usize);
        let mut shown = Job {
            description: self.blocks(&job.description, &format!("{path}.description"), &context).into(),
            items: self.items(&job.items, &format!("{path}.items"), &context, max).into(),
            achievements: self.blocks(&job.achievements, &format!("{path}.achievements"), &context).into(),
            roles: Vec::new().into(),
            projects: Vec::new().into(),
            ..job.clone()
        };
        for (r, role) in job.roles.iter().enumerate() {
            if !self.tags_pass(&role.tags) {
                continue;
            }
            let path = format!("{path}.roles[{r}]");
            let context = context.within(&path).with_priority(role.priority);
            let role_shown = Role {
                description: self.blocks(&role.description, &format!("{path}.description"), &context).into(),
                items: self.items(&role.items, &format!("{path}.items"), &context, max).into(),
                achievements: self.blocks(&role.achievements, &format!("{path}.achievements"), &context).into(),
                ..role.clone()
            };
            // A role whose content is all left out goes with it.
            if has_content(&role_shown.description, &role_shown.items, &role_shown.achievements)
                || !has_content(&role.description, &role.items, &role.achievements)
            {
                shown.roles.push(role_shown);
            }
        }
        for (p, project) in job.projects.iter().enumerate() {
            if !self.tags_pass(&project.tags) {
                continue;
            }
            let path = format!("{path}.projects[{p}]");
            let context = context.within(&path).with_priority(project.priority);
            let project_shown = Project {
                description: self.blocks(&project.description, &format!("{path}.description"), &context).into(),
                items: self.items(&project.items, &format!("{path}.items"), &context, max).into(),
                ..project.clone()
            };
            if has_content(&project_shown.description, &project_shown.items, &[])
                || !has_content(&project.description, &project.items, &[])
            {
                shown.projects.push(project_shown);
            }
        }
        if self.selection.contains(&collapse) {
            return Some((collapsed(shown), true));
        }
        Some((shown, false))
    }
}

fn block_tags(block: &Block) -> &[String] {
    block.marks().map_or(&[], |marks| &marks.tags)
}

fn has_content(description: &[Block], items: &[Item], achievements: &[Block]) -> bool {
    !(description.is_empty() && items.is_empty() && achievements.is_empty())
}

/// A job reduced to its one line: company, position and period (and the
/// company's address, which that line links).
fn collapsed(job: Job) -> Job {
    Job {
        city: None,
        industry: None,
        industry_area: None,
        department: None,
        description: Vec::new().into(),
        items: Vec::new().into(),
        achievements: Vec::new().into(),
        roles: Vec::new().into(),
        projects: Vec::new().into(),
        ..job
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::data::load::load_file;

    fn loaded(path: &str) -> crate::data::load::Loaded {
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path), None, &[], None).unwrap()
    }

    /// With no rules and nothing left out, the view is the CV itself: a fit
    /// that leaves nothing out gives what a plain render gives.
    #[test]
    fn the_view_without_rules_is_the_whole_cv() {
        for path in ["tests/fixtures/senior/cv.yaml", "tests/fixtures/variants/rules.yaml", "examples/en/cv.yaml"] {
            let cv = &loaded(path).cv;
            let view = view(cv, None, &Variant::default(), &Selection::default());
            assert_eq!(format!("{:?}", view.cv), format!("{cv:?}"), "{path}");
            assert!(view.collapsed.iter().all(|collapsed| !collapsed), "{path}");
        }
    }

    #[test]
    fn units_are_named_by_their_path_in_the_data() {
        let cv = &loaded("tests/fixtures/variants/rules.yaml").cv;
        let units = view(cv, None, &Variant::default(), &Selection::default()).units;
        let keys: Vec<String> = units
            .iter()
            .map(|unit| match &unit.key {
                UnitKey::Drop(path) => path.clone(),
                UnitKey::Collapse(job) => format!("collapse {job}"),
            })
            .collect();
        for expected in [
            "about[1]",
            "about[3].list[1]",
            "collapse 0",
            "experience[0].items[3]",
            "experience[0].roles[0].items[0]",
            "experience[0].projects[0].items[0]",
            "skills[2]",
            "sections[1].body[1]",
        ] {
            assert!(keys.contains(&expected.to_owned()), "no unit {expected}: {keys:?}");
        }
        // Leaving a unit out hides it and what needs it.
        let mut selection = Selection::default();
        selection.insert(&UnitKey::Collapse(0));
        selection.insert(&UnitKey::Drop("sections[1].body[0]".into()));
        selection.insert(&UnitKey::Drop("sections[1].body[1]".into()));
        let shown = view(cv, None, &Variant::default(), &selection);
        assert!(shown.collapsed[0]);
        assert!(shown.cv.experience[0].items.is_empty() && shown.cv.experience[0].city.is_none());
        assert_eq!(shown.cv.sections.len(), 1, "a section with all its content left out goes");
    }
}

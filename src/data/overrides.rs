//! `--set PATH=VALUE`: a field of the data changed for one run, without
//! editing the file (`--set person.contacts.phone=…`, `--set
//! 'skills=[Rust, Go]'`, `--set experience[0].title=Lead`).
//!
//! The value is read as YAML and put into the data's tree at the path, and
//! the result is validated like the file itself. A mistake in an override is
//! the command line's fault, so it is a usage error naming the `--set`; a
//! mistake elsewhere in the data is reported at its line of the file, as
//! without overrides.

use serde_yaml::Value;

/// One step of a path: a key of a map or an index into a list. The JSON
/// paths of imported documents are made of the same steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// A parsed `--set PATH=VALUE`.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    /// As the user wrote it, for messages.
    pub written: String,
    /// The path in the notation of error messages, e.g. `experience[0].title`.
    pub path: String,
    steps: Vec<Step>,
    value: Value,
}

impl Override {
    /// Parses `PATH=VALUE`; the error says what is wrong with it.
    pub fn parse(written: &str) -> Result<Override, String> {
        let (path, value) = written
            .split_once('=')
            .ok_or_else(|| format!("expected PATH=VALUE, such as design.page=letter, found {written:?}"))?;
        let steps = parse_path(path.trim())?;
        if value.len() as u64 > crate::input::DATA_LIMIT {
            return Err(format!(
                "the value of {path} is {} bytes long; a value may be at most {}, as the data file itself",
                value.len(),
                crate::input::size(crate::input::DATA_LIMIT)
            ));
        }
        super::limits::check_expansion(value).map_err(|refused| format!("the value of {path}: {}", refused.message))?;
        let value = serde_yaml::from_str::<Value>(value)
            .map_err(|error| format!("the value of {path} is not valid YAML: {error}"))?;
        Ok(Override { written: written.to_owned(), path: path.trim().to_owned(), steps, value })
    }

    /// Puts the value into `root`, creating the maps the path goes through.
    fn apply(&self, root: &mut Value) -> Result<(), String> {
        let mut node = root;
        for (position, step) in self.steps.iter().enumerate() {
            let shown = || show_path(&self.steps[..=position]);
            node = match step {
                Step::Key(key) => {
                    if node.is_null() {
                        *node = Value::Mapping(serde_yaml::Mapping::new());
                    }
                    let parent = || match show_path(&self.steps[..position]) {
                        path if path.is_empty() => "the data".to_owned(),
                        path => path,
                    };
                    let map = node
                        .as_mapping_mut()
                        .ok_or_else(|| format!("{} is not a map, so it has no key {key}", parent()))?;
                    map.entry(Value::String(key.clone())).or_insert(Value::Null)
                }
                Step::Index(index) => {
                    let list = node
                        .as_sequence_mut()
                        .ok_or_else(|| format!("{} is not a list", show_path(&self.steps[..position])))?;
                    let length = list.len();
                    list.get_mut(*index)
                        .ok_or_else(|| format!("{} does not exist: the list has {length} items", shown()))?
                }
            };
        }
        *node = self.value.clone();
        Ok(())
    }

    /// Whether an error about `field` is about what this override set.
    pub fn covers(&self, field: &str) -> bool {
        field == self.path
            || field.starts_with(&format!("{}.", self.path))
            || field.starts_with(&format!("{}[", self.path))
    }
}

fn parse_path(path: &str) -> Result<Vec<Step>, String> {
    let bad = || format!("{path:?} is not a field path; write it like person.contacts.phone or experience[0].title");
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(at) => (&part[..at], &part[at..]),
            None => (part, ""),
        };
        if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
            return Err(bad());
        }
        steps.push(Step::Key(key.to_owned()));
        while let Some(inner) = rest.strip_prefix('[') {
            let (index, after) = inner.split_once(']').ok_or_else(bad)?;
            steps.push(Step::Index(index.parse().map_err(|_| bad())?));
            rest = after;
        }
        if !rest.is_empty() {
            return Err(bad());
        }
    }
    Ok(steps)
}

/// A path as error messages show it: `experience[2].start`.
pub(crate) fn show_path(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Key(key) if out.is_empty() => out.push_str(key),
            Step::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Step::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// The data's text with every override applied, as YAML. `None` when the
/// text itself is not YAML: its own error is then the one to report.
pub fn apply(text: &str, overrides: &[Override]) -> Result<Option<String>, String> {
    let Ok(mut root) = serde_yaml::from_str::<Value>(text) else {
        return Ok(None);
    };
    for item in overrides {
        item.apply(&mut root).map_err(|message| format!("--set {}: {message}", item.written))?;
    }
    serde_yaml::to_string(&root)
        .map(Some)
        .map_err(|error| format!("the data with --set could not be written as YAML: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(text: &str, sets: &[&str]) -> Result<Value, String> {
        let sets: Vec<Override> = sets.iter().map(|set| Override::parse(set)).collect::<Result<_, _>>()?;
        let text = apply(text, &sets)?.expect("YAML");
        Ok(serde_yaml::from_str(&text).unwrap())
    }

    #[test]
    fn a_nested_field_is_set_and_missing_maps_are_made() {
        let value = applied("person:\n  name: A\n", &["person.contacts.phone=+7 900", "design.page=letter"]).unwrap();
        assert_eq!(value["person"]["contacts"]["phone"], Value::String("+7 900".into()));
        assert_eq!(value["person"]["name"], Value::String("A".into()));
        assert_eq!(value["design"]["page"], Value::String("letter".into()));
    }

    #[test]
    fn a_list_element_and_a_yaml_value() {
        let value =
            applied("experience:\n  - title: A\n  - title: B\n", &["experience[1].title=Lead", "skills=[Rust, Go]"])
                .unwrap();
        assert_eq!(value["experience"][1]["title"], Value::String("Lead".into()));
        assert_eq!(value["experience"][0]["title"], Value::String("A".into()));
        assert_eq!(value["skills"][1], Value::String("Go".into()));
    }

    #[test]
    fn bad_overrides_say_what_is_wrong() {
        assert!(Override::parse("design.page").unwrap_err().contains("expected PATH=VALUE"));
        assert!(Override::parse("a..b=1").unwrap_err().contains("is not a field path"));
        assert!(Override::parse("a[x]=1").unwrap_err().contains("is not a field path"));
        assert!(Override::parse("a=[unclosed").unwrap_err().contains("not valid YAML"));
        let missing = applied("experience:\n  - title: A\n", &["experience[3].title=B"]).unwrap_err();
        assert!(missing.contains("experience[3] does not exist: the list has 1 items"), "{missing}");
        let scalar = applied("headline: A\n", &["headline.x=B"]).unwrap_err();
        assert!(scalar.contains("headline is not a map"), "{scalar}");
    }

    #[test]
    fn an_override_covers_the_fields_below_it() {
        let set = Override::parse("design.hide=[age]").unwrap();
        assert!(set.covers("design.hide") && set.covers("design.hide[0]"));
        assert!(!set.covers("design.hidden") && !set.covers("design"));
    }
}

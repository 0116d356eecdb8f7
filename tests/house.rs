//! The layers of `src/` and the one rule between them: a file never names
//! a layer above its own. Data flows up from `error` to the commands, and
//! a `crate::…` path that points the other way is the first step towards
//! a circle. `docs/architecture.md` describes the same order.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Every layer of `src/` from the bottom; layers on one rung may name
/// each other.
const RUNGS: &[&[&str]] = &[
    &["error", "memory"],
    &["suggest", "input"],
    &["markup", "lang", "photo"],
    &["data"],
    &["variants"],
    &["contract"],
    &["render"],
    &["output", "ats"],
    &["pipeline"],
    &["import"],
    &["serve", "build"],
    &["cli"],
];

fn rung_of(layer: &str) -> Option<usize> {
    RUNGS.iter().position(|rung| rung.contains(&layer))
}

/// The layer each name re-exported by `lib.rs` comes from, so that
/// `use crate::{Error, RenderOptions}` counts as naming `error` and
/// `pipeline`.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(start) = statement.find("pub use ") else { continue };
        let path = statement[start + "pub use ".len()..].trim();
        let Some((layer, rest)) = path.split_once("::") else { continue };
        let rest = rest.trim();
        let items = match (rest.find('{'), rest.rfind('}')) {
            (Some(open), Some(close)) => rest[open + 1..close].to_string(),
            _ => rest.to_string(),
        };
        for item in items.split(',') {
            let name = item.trim().rsplit("::").next().unwrap_or("").trim();
            if !name.is_empty() {
                names.insert(name.to_string(), layer.to_string());
            }
        }
    }
    names
}

/// The first segments of every `crate::` path in `source`, groups opened:
/// `crate::{data, markup::Node}` names `data` and `markup`.
fn named_roots(source: &str) -> Vec<String> {
    let mut roots = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let preceded_by_word = rest[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = after;
        if preceded_by_word {
            continue;
        }
        if let Some(group) = after.strip_prefix('{') {
            let mut depth = 1;
            let mut item_start = true;
            let mut word = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => word.push(c),
                    _ => {
                        if !word.is_empty() {
                            roots.push(std::mem::take(&mut word));
                            item_start = false;
                        }
                    }
                }
            }
            if !word.is_empty() {
                roots.push(word);
            }
        } else {
            let word: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !word.is_empty() {
                roots.push(word);
            }
        }
    }
    roots
}

/// The layer a file of `src/` belongs to: its folder, or its own name.
fn layer_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let layer = first.strip_suffix(".rs").unwrap_or(first);
    (layer != "lib" && layer != "main").then(|| layer.to_string())
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// Every `file: names layer` where a file names a layer above its own, and
/// every layer the ladder does not know.
fn violations(files: &[(String, String)], lib: &str) -> Vec<String> {
    let exported = reexports(lib);
    let mut found = Vec::new();
    for (relative, source) in files {
        let Some(layer) = layer_of(Path::new(relative)) else { continue };
        let Some(own) = rung_of(&layer) else {
            found.push(format!("{relative}: the layer `{layer}` is not on the ladder of tests/house.rs"));
            continue;
        };
        for root in named_roots(source) {
            let named = if rung_of(&root).is_some() {
                root.clone()
            } else if let Some(layer) = exported.get(&root) {
                layer.clone()
            } else {
                continue;
            };
            if let Some(rung) = rung_of(&named)
                && rung > own
            {
                found
                    .push(format!("{relative}: `{layer}` names `crate::{root}`, which is in `{named}`, a layer above"));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn no_layer_names_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(&src).unwrap().to_string_lossy().into_owned();
            (relative, fs::read_to_string(path).unwrap())
        })
        .collect();
    assert!(files.len() > 40, "the walk found only {} files in src/", files.len());
    let lib = fs::read_to_string(src.join("lib.rs")).unwrap();
    let found = violations(&files, &lib);
    assert!(found.is_empty(), "arrows running back up:\n{}", found.join("\n"));
}

#[test]
fn the_check_sees_an_arrow_up_in_every_form_of_path() {
    let lib = "pub use error::Error;\npub use pipeline::{\n    Prepared, RenderOptions,\n};\n";
    let file = |name: &str, text: &str| (name.to_string(), text.to_string());
    let files = [
        file("data/load.rs", "use crate::render::fonts::Fonts;"),
        file("contract/mod.rs", "use crate::{lang::Lang, output::pdf};"),
        file("markup.rs", "fn f() -> crate::RenderOptions { todo!() }"),
        file("render/world.rs", "use crate::{Error, data::model::Cv};"),
        file("strange/mod.rs", "use crate::error::Error;"),
    ];
    let found = violations(&files, lib);
    let expected = [
        "contract/mod.rs: `contract` names `crate::output`, which is in `output`, a layer above",
        "data/load.rs: `data` names `crate::render`, which is in `render`, a layer above",
        "markup.rs: `markup` names `crate::RenderOptions`, which is in `pipeline`, a layer above",
        "strange/mod.rs: the layer `strange` is not on the ladder of tests/house.rs",
    ];
    assert_eq!(found, expected);
}

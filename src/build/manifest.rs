//! The manifest of a build (`manifest.json`: every file written, with its
//! inputs, variant, language, format, pages, size and SHA-256), the
//! `index.html` that links them, and the merge of the manifests of shards.
//!
//! Both files are deterministic: outputs are sorted by path, failures by
//! input, and nothing depends on the clock, the machine or the order in
//! which the threads finished.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::{Deserialize, Serialize};

use super::plan::{INDEX, below};
use crate::error::{Error, Message};
use crate::output::write::{self, Input};

/// What a build wrote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The cvpdf that wrote it.
    pub cvpdf: String,
    /// `K/N` for the manifest of one shard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    pub outputs: Vec<Output>,
    /// What could not be built, with its first error.
    #[serde(default)]
    pub failed: Vec<Failed>,
}

/// One file a build wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// Relative to the manifest, with `/` between folders.
    pub path: String,
    /// The data file and the photo it was made from.
    pub inputs: Vec<String>,
    /// `null` for the whole CV.
    pub variant: Option<String>,
    pub lang: String,
    /// The Typst template, for the formats that have one.
    pub template: Option<String>,
    /// `pdf`, `png`, `html`, `md`, `docx`, `jsonresume`, or `jpg` for the
    /// photo beside a Markdown page.
    pub format: String,
    /// The page of a PNG image, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    /// The number of pages of a PDF or of the set a PNG page belongs to.
    pub pages: Option<usize>,
    pub bytes: u64,
    pub sha256: String,
}

/// A CV, or one render of it, that failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Failed {
    pub input: String,
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub template: Option<String>,
    /// The error as the terminal shows it.
    pub error: String,
}

impl Manifest {
    pub fn new(shard: Option<String>, mut outputs: Vec<Output>, mut failed: Vec<Failed>) -> Manifest {
        outputs.sort_by_key(|output| sort_key(&output.path, output.page));
        failed.sort_by(|a, b| {
            (&a.input, &a.variant, &a.lang, &a.template).cmp(&(&b.input, &b.variant, &b.lang, &b.template))
        });
        Manifest { cvpdf: env!("CARGO_PKG_VERSION").to_owned(), shard, outputs, failed }
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// PNG pages in page order (`cv-2.png` before `cv-10.png`), the rest by path.
fn sort_key(path: &str, page: Option<usize>) -> (String, usize) {
    match page {
        Some(page) => {
            let base = path.rsplit_once('-').map_or(path, |(base, _)| base);
            (base.to_owned(), page)
        }
        None => (path.to_owned(), 0),
    }
}

/// Writes `manifest` as `name` in `folder`, and `index.html` beside it
/// unless it is a shard's.
pub(crate) fn write_manifest(
    folder: &Path,
    name: &str,
    manifest: &Manifest,
    inputs: &[Input],
) -> Result<PathBuf, Error> {
    std::fs::create_dir_all(folder).map_err(|source| Error::io(folder, source))?;
    let path = folder.join(name);
    write::write(&path, manifest.to_json().as_bytes(), inputs)?;
    if manifest.shard.is_none() {
        write::write(&folder.join(INDEX), index_html(manifest)?.as_bytes(), inputs)?;
    }
    Ok(path)
}

/// The page that links every output, grouped by CV. Every value is escaped
/// by minijinja's auto-escape, as on the CV's web page; every link is a
/// relative path with each segment percent-encoded.
pub fn index_html(manifest: &Manifest) -> Result<String, Error> {
    #[derive(Serialize)]
    struct Row<'a> {
        href: String,
        path: &'a str,
        format: &'a str,
        variant: &'a str,
        lang: &'a str,
        template: &'a str,
        pages: Option<usize>,
        bytes: u64,
    }
    let mut groups: BTreeMap<&str, Vec<Row>> = BTreeMap::new();
    for output in &manifest.outputs {
        let input = output.inputs.first().map_or("", String::as_str);
        groups.entry(input).or_default().push(Row {
            href: output.path.split('/').map(percent_encode).collect::<Vec<_>>().join("/"),
            path: &output.path,
            format: &output.format,
            variant: output.variant.as_deref().unwrap_or(super::plan::WHOLE),
            lang: &output.lang,
            template: output.template.as_deref().unwrap_or(""),
            pages: output.pages,
            bytes: output.bytes,
        });
    }
    let groups: Vec<(&str, Vec<Row>)> = groups.into_iter().collect();
    let failed: Vec<&Failed> = manifest.failed.iter().collect();
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("index.html", INDEX_TEMPLATE)
        .map_err(|error| Error::other(format!("the index page's template: {error}")))?;
    let context = minijinja::context! {
        groups => minijinja::Value::from(minijinja::value::Serde(&groups)),
        failed => minijinja::Value::from(minijinja::value::Serde(&failed)),
        generator => format!("cvpdf {}", env!("CARGO_PKG_VERSION")),
    };
    env.get_template("index.html")
        .and_then(|template| template.render(context))
        .map(|mut page| {
            page.push('\n');
            page
        })
        .map_err(|error| Error::other(format!("could not write the index page: {error}")))
}

const INDEX_TEMPLATE: &str = r#"<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{ generator }}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>CVs</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
td.n { text-align: right; }
.failed { color: #a00; white-space: pre-wrap; }
</style>
</head>
<body>
<h1>CVs</h1>
{% for input, rows in groups %}
<h2>{{ input }}</h2>
<table>
<tr><th>File</th><th>Format</th><th>Variant</th><th>Language</th><th>Template</th><th>Pages</th><th>Bytes</th></tr>
{% for row in rows %}
<tr><td><a href="{{ row.href }}">{{ row.path }}</a></td><td>{{ row.format }}</td><td>{{ row.variant }}</td><td>{{ row.lang }}</td><td>{{ row.template }}</td><td class="n">{{ row.pages if row.pages is not none else "" }}</td><td class="n">{{ row.bytes }}</td></tr>
{% endfor %}
</table>
{% endfor %}
{% if failed %}
<h2>Failed</h2>
{% for failure in failed %}
<p class="failed">{{ failure.input }}: {{ failure.error }}</p>
{% endfor %}
{% endif %}
</body>
</html>"#;

/// A path segment as a URL path segment: unreserved characters kept, every
/// other byte of its UTF-8 as `%XX`.
fn percent_encode(segment: &str) -> String {
    let mut out = String::new();
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Reads a manifest cvpdf wrote.
pub fn read(path: &Path) -> Result<Manifest, Error> {
    let bytes = crate::input::read(path, 256 << 20).map_err(|error| error.at(path))?;
    serde_json::from_slice(&bytes)
        .map_err(|error| Error::other(format!("{}: not a manifest of `cvpdf build`: {error}", path.display())))
}

/// Merges the manifests of `paths` into one in `folder`: every output's
/// path made relative to `folder`, no path twice, and with shards, every
/// shard of the build present once.
pub fn merge(paths: &[PathBuf], folder: &Path) -> Result<Manifest, Error> {
    let folder_abs = absolute(folder)?;
    let mut outputs: Vec<Output> = Vec::new();
    let mut failed = Vec::new();
    let mut from: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut shards: BTreeMap<usize, PathBuf> = BTreeMap::new();
    let mut counts = std::collections::BTreeSet::new();
    for path in paths {
        let manifest = read(path)?;
        if let Some(shard) = &manifest.shard {
            let parsed: super::Shard = shard
                .parse()
                .map_err(|error: String| Error::other(format!("{}: shard {shard}: {error}", path.display())))?;
            counts.insert(parsed.count);
            if let Some(other) = shards.insert(parsed.index, path.clone()) {
                return Err(Error::other(format!(
                    "{} and {} are both the manifest of shard {shard}",
                    other.display(),
                    path.display()
                )));
            }
        }
        let dir = absolute(path.parent().unwrap_or(Path::new("")))?;
        for mut output in manifest.outputs {
            let file = normalize(&below(&dir, &output.path));
            let Ok(relative) = file.strip_prefix(&folder_abs) else {
                return Err(Error::other(format!(
                    "{}: {} lies outside {}, where the merged manifest goes",
                    path.display(),
                    output.path,
                    folder.display()
                )));
            };
            output.path =
                relative.components().map(|part| part.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if let Some(other) = from.insert(output.path.clone(), path.clone()) {
                return Err(Error::other(
                    Message::new(format!("{} is listed by {} and by {}", output.path, other.display(), path.display()))
                        .hint("the shards of one build never overlap: were two builds merged?"),
                ));
            }
            outputs.push(output);
        }
        failed.extend(manifest.failed);
    }
    if !shards.is_empty() {
        if counts.len() > 1 || shards.len() != paths.len() {
            return Err(Error::other("the manifests are not the shards of one build: their counts differ"));
        }
        let count = counts.first().copied().unwrap_or(0);
        let missing: Vec<String> =
            (1..=count).filter(|index| !shards.contains_key(index)).map(|index| format!("{index}/{count}")).collect();
        if !missing.is_empty() {
            return Err(Error::other(format!("the manifest of shard {} is missing", missing.join(", "))));
        }
    }
    Ok(Manifest::new(None, outputs, failed))
}

fn absolute(path: &Path) -> Result<PathBuf, Error> {
    let path = if path.as_os_str().is_empty() { Path::new(".") } else { path };
    std::path::absolute(path).map(|path| normalize(&path)).map_err(|source| Error::io(path, source))
}

/// `path` with `.` and `..` taken away as written (symlinks are not asked).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(path: &str, variant: &str) -> Output {
        Output {
            path: path.into(),
            inputs: vec!["<b>cv</b>.yaml".into()],
            variant: Some(variant.into()),
            lang: "en".into(),
            template: Some("print".into()),
            format: "pdf".into(),
            page: None,
            pages: Some(1),
            bytes: 10,
            sha256: "00".into(),
        }
    }

    #[test]
    fn the_index_escapes_what_the_data_names_and_encodes_its_links() {
        let manifest = Manifest::new(None, vec![output("a b/<x>\".pdf", "<script>alert(1)</script>")], vec![]);
        let page = index_html(&manifest).unwrap();
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(page.contains("&lt;script&gt;"), "{page}");
        // The `/` between folders stays one (minijinja writes it `&#x2f;`).
        assert!(page.contains("href=\"a%20b&#x2f;%3Cx%3E%22.pdf\""), "{page}");
        assert!(!page.contains("<x>"), "{page}");
        assert!(!page.contains("<b>cv</b>"), "{page}");
    }

    #[test]
    fn outputs_are_sorted_by_path_with_pages_in_page_order() {
        let mut ten = output("cv-10.png", "x");
        ten.page = Some(10);
        let mut two = output("cv-2.png", "x");
        two.page = Some(2);
        let manifest = Manifest::new(None, vec![output("b.pdf", "x"), ten, two, output("a.pdf", "x")], vec![]);
        let paths: Vec<&str> = manifest.outputs.iter().map(|output| output.path.as_str()).collect();
        assert_eq!(paths, ["a.pdf", "b.pdf", "cv-2.png", "cv-10.png"]);
    }
}

//! A template of the user's on disk, Typst's or HTML's alike: how a
//! `--template` names one (a built-in's name, a folder with its entry file,
//! or a single file), and the one way its files are read, never from
//! outside its folder and never more than a template file may weigh.

use std::path::{Component, Path, PathBuf};

use super::{ReadError, TEMPLATE_FILE_LIMIT, kind_of, read};

/// The kind of template a `--template` is resolved as.
pub(crate) struct TemplateKind {
    /// What the kind is called in messages: `template`, `HTML template`.
    pub what: &'static str,
    /// The entry file of a folder: `main.typ`, `index.html`.
    pub entry: &'static str,
    /// Whether a file's name is one of this kind's (`.typ`; `.html`).
    pub is_file_name: fn(&str) -> bool,
}

/// What a `--template` names.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Named<'a> {
    /// A name that is not a path: a built-in's, for the caller to look up.
    Builtin(&'a str),
    /// A template of the user's.
    User(UserTemplate),
}

/// A template of the user's: a folder holding its entry file, or a single
/// file, which may read only itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserTemplate {
    pub dir: PathBuf,
    /// The entry file's name in `dir`.
    pub main: String,
    /// Given as a single file rather than a folder.
    pub single: bool,
}

/// Why a file of a user's template was not read.
#[derive(Debug)]
pub(crate) enum TemplateFileError {
    /// A template given as a single file asked for another file.
    OnlyItself,
    /// The path leads out of the template's folder: `..`, an absolute path
    /// or a symbolic link to elsewhere.
    Outside,
    /// The folder has no such file.
    Missing,
    /// The file is there but could not be read: not a regular file, too
    /// large, or an I/O error.
    Read(PathBuf, ReadError),
}

/// Resolves a `--template` of `kind`: a built-in's name (anything that does
/// not look like a path and is no folder), a folder with the kind's entry
/// file, or a file.
pub(crate) fn locate<'a>(spec: &'a str, kind: &TemplateKind) -> Result<Named<'a>, String> {
    let path = Path::new(spec);
    let looks_like_path = spec.contains(['/', '\\']) || (kind.is_file_name)(spec) || spec.starts_with('.');
    if !looks_like_path && !path.is_dir() {
        return Ok(Named::Builtin(spec));
    }
    let what = kind.what;
    if path.is_dir() {
        if !path.join(kind.entry).is_file() {
            return Err(format!("{what} {spec}: the directory has no {}", kind.entry));
        }
        return Ok(Named::User(UserTemplate { dir: path.to_owned(), main: kind.entry.to_owned(), single: false }));
    }
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_file() => {
            let main = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
            Ok(Named::User(UserTemplate { dir: dir.to_owned(), main, single: true }))
        }
        Ok(metadata) => Err(format!("{what} {spec}: is {}, not a regular file", kind_of(&metadata))),
        Err(_) => Err(format!("{what} {spec}: no such file or directory")),
    }
}

impl UserTemplate {
    /// The entry file on disk.
    pub fn main_file(&self) -> PathBuf {
        self.dir.join(&self.main)
    }

    /// What the template is called in messages: the path it was given by.
    pub fn name(&self) -> String {
        if self.single { self.main_file() } else { self.dir.clone() }.display().to_string()
    }

    /// Whether the template may read the file `name` (relative to its
    /// folder; a leading `/` names the folder itself): a single file reads
    /// only itself.
    pub fn may_read(&self, name: &str) -> bool {
        !self.single || name.trim_start_matches('/') == self.main
    }

    /// Where the file `name` is on disk, if it is one the template may read.
    pub fn path_of(&self, name: &str) -> Option<PathBuf> {
        let relative = Path::new(name.trim_start_matches('/'));
        let normal = relative.components().all(|component| matches!(component, Component::Normal(_)));
        (normal && self.may_read(name)).then(|| self.dir.join(relative))
    }

    /// Reads the file `name` of the template: only a file inside its folder
    /// (after following links), only itself for a single file, and no more
    /// than a template file may weigh.
    pub fn read(&self, name: &str) -> Result<Vec<u8>, TemplateFileError> {
        if !self.may_read(name) {
            return Err(TemplateFileError::OnlyItself);
        }
        let full = self.path_of(name).ok_or(TemplateFileError::Outside)?;
        let real_root =
            self.dir.canonicalize().map_err(|error| TemplateFileError::Read(self.dir.clone(), error.into()))?;
        let Ok(real) = full.canonicalize() else {
            return Err(TemplateFileError::Missing);
        };
        if !real.starts_with(&real_root) {
            return Err(TemplateFileError::Outside);
        }
        read(&real, TEMPLATE_FILE_LIMIT).map_err(|error| TemplateFileError::Read(full, error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TYPST: TemplateKind =
        TemplateKind { what: "template", entry: "main.typ", is_file_name: |name| name.ends_with(".typ") };

    fn user(spec: &str) -> UserTemplate {
        match locate(spec, &TYPST) {
            Ok(Named::User(template)) => template,
            other => panic!("{spec}: {other:?}"),
        }
    }

    #[test]
    fn a_name_that_is_no_path_is_a_builtins() {
        assert_eq!(locate("print", &TYPST), Ok(Named::Builtin("print")));
    }

    #[test]
    fn folders_and_files_are_the_users_and_a_folder_needs_its_entry() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_str().unwrap();
        let error = locate(root, &TYPST).unwrap_err();
        assert!(error.ends_with("the directory has no main.typ"), "{error}");
        std::fs::write(dir.path().join("main.typ"), "= Hi").unwrap();
        assert_eq!(user(root), UserTemplate { dir: dir.path().to_owned(), main: "main.typ".into(), single: false });
        let file = dir.path().join("main.typ");
        assert!(user(file.to_str().unwrap()).single);
        let missing = dir.path().join("other.typ");
        assert!(locate(missing.to_str().unwrap(), &TYPST).unwrap_err().ends_with("no such file or directory"));
    }

    #[test]
    fn a_template_reads_only_inside_its_folder_and_a_single_file_only_itself() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("design");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("main.typ"), "= Hi").unwrap();
        std::fs::write(folder.join("style.typ"), "#let x = 1").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), folder.join("link.txt")).unwrap();
        let template = user(folder.to_str().unwrap());
        assert_eq!(template.read("/style.typ").unwrap(), b"#let x = 1");
        assert!(matches!(template.read("../secret.txt"), Err(TemplateFileError::Outside)));
        assert!(matches!(template.read("/nothing.typ"), Err(TemplateFileError::Missing)));
        #[cfg(unix)]
        assert!(matches!(template.read("link.txt"), Err(TemplateFileError::Outside)));
        let single = user(folder.join("main.typ").to_str().unwrap());
        assert_eq!(single.read("main.typ").unwrap(), b"= Hi");
        assert!(matches!(single.read("style.typ"), Err(TemplateFileError::OnlyItself)));
    }
}

//! `cvpdf watch`: a saved edit re-renders, a broken edit is reported while
//! the last good PDF stays, and the fix renders again. Each step waits for
//! the line cvpdf prints, not for a fixed time.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;

/// Generous: only a hung watcher ever waits this long.
const PATIENCE: Duration = Duration::from_secs(120);

struct Watching {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Watching {
    fn start(dir: &Path, args: &[&str]) -> Watching {
        let mut child = cvpdf()
            .current_dir(dir)
            .arg("watch")
            .args(args)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("cvpdf watch starts");
        let stderr = child.stderr.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Watching { child, lines }
    }

    /// Waits for a line containing `wanted` and returns all lines up to it.
    fn expect(&self, wanted: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(PATIENCE) {
                Ok(line) => {
                    let done = line.contains(wanted);
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(_) => panic!("no line with {wanted:?} from cvpdf watch; it printed {seen:#?}"),
            }
        }
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Replaces the file as editors do: write a new file, rename it over the old one.
fn save(path: &Path, text: &str) {
    let temp = path.with_extension("yaml.swp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

#[test]
fn watch_renders_on_save_and_survives_a_broken_edit() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let seed = std::fs::read_to_string(&data).unwrap();
    let out = dir.path().join("cv.pdf");
    let watching = Watching::start(dir.path(), &["cv.yaml", "-o", "cv.pdf"]);
    let first = watching.expect("watching");
    assert!(first.iter().any(|line| line.starts_with("cv.pdf: ") && line.contains(" pages, ")), "{first:#?}");
    assert!(first.iter().any(|line| line.ends_with(" ms")), "no render time: {first:#?}");
    assert!(pdf_text(&std::fs::read(&out).unwrap()).contains("450 000"));

    save(&data, &seed.replacen("salary: 450 000", "salary: 612 345", 1));
    watching.expect("cv.pdf:");
    let good = std::fs::read(&out).unwrap();
    assert!(pdf_text(&good).contains("612 345"), "the edit did not reach the PDF");

    let start = "    start: \"2022-03\"";
    let line = seed.lines().position(|line| line == start).expect("the seed has the first job's start") + 1;
    save(&data, &seed.replacen(start, "    start: ноябрь", 1));
    let broken = watching.expect("error");
    let located = format!("cv.yaml:{line}:");
    assert!(broken.iter().any(|line| line.contains(&located)), "the error does not point at {located}: {broken:#?}");
    assert_eq!(std::fs::read(&out).unwrap(), good, "a broken edit touched the last good PDF");

    // The photo is watched too: a new photo re-renders.
    save(&data, &seed.replacen("salary: 450 000", "salary: 700 001", 1));
    watching.expect("cv.pdf:");
    assert!(pdf_text(&std::fs::read(&out).unwrap()).contains("700 001"), "watch stopped after the broken edit");
    let before_photo = std::fs::read(&out).unwrap();
    let mut photo = image::open(dir.path().join("photo.jpg")).unwrap();
    photo.invert();
    photo.save(dir.path().join("photo.jpg")).unwrap();
    // A render the salary's save queued may report first (an editor's save
    // is two events); the photo's render follows within the patience.
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        watching.expect("cv.pdf:");
        if std::fs::read(&out).unwrap() != before_photo {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "a new photo did not re-render");
    }
}

#[test]
fn watch_follows_a_directory_template() {
    let dir = tempfile::tempdir().unwrap();
    copy_default_data(dir.path());
    let template = dir.path().join("mine");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(
        template.join("main.typ"),
        "#import \"/.cvpdf/cv.typ\": load-cv\n#let cv = load-cv(() => none)\n#cv.person.name\n",
    )
    .unwrap();
    // The output inside the watched tree must not set off a render of its own.
    let watching = Watching::start(dir.path(), &["cv.yaml", "-t", "mine", "-o", "mine/out.pdf"]);
    watching.expect("watching");
    std::fs::write(
        template.join("main.typ"),
        "#import \"/.cvpdf/cv.typ\": load-cv\n#let cv = load-cv(() => none)\nTemplate two: #cv.headline\n",
    )
    .unwrap();
    watching.expect("out.pdf:");
    let text = pdf_text(&std::fs::read(template.join("out.pdf")).unwrap());
    assert!(text.contains("Template two"), "{text}");
    std::fs::write(
        template.join("main.typ"),
        "#import \"/.cvpdf/cv.typ\": load-cv\n#let cv = load-cv(() => none)\n#cv.no-such-field\n",
    )
    .unwrap();
    let broken = watching.expect("main.typ");
    assert!(broken.iter().any(|line| line.contains("error: dictionary does not contain key")), "{broken:#?}");
}

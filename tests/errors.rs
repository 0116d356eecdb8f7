//! Bad input, table-driven: every case must exit with the right code, name
//! the file and the line or field, never panic, and leave an existing output
//! file exactly as it was.

use crate::common::*;

/// How a case breaks the input.
enum Input {
    /// The default CV with `from` replaced by `to` (the first occurrence).
    Edit(&'static str, &'static str),
    /// The default CV with text appended.
    Append(&'static str),
    /// A data file with exactly these bytes.
    Bytes(Vec<u8>),
    /// The data path is a directory.
    Directory,
    /// The default CV, rendered to an output inside a missing folder.
    OutputInMissingFolder,
    /// The default CV, with the data file itself as the output.
    OutputIsTheData,
    /// Extra command-line arguments on the default CV.
    Args(&'static [&'static str]),
}

struct Case {
    name: &'static str,
    input: Input,
    code: i32,
    /// Substrings the message must contain, besides the file's name.
    expect: &'static [&'static str],
}

fn default_yaml() -> String {
    std::fs::read_to_string(long_cv()).unwrap()
}

fn cases() -> Vec<Case> {
    use Input::*;
    // Nested list items are valid data, so the aliases are really expanded:
    // nine levels of nine references each would be 9^9 items.
    let bomb = {
        let mut text = String::from(
            "updated: \"2026-02-08\"\nperson: {name: x}\nheadline: x\nsections:\n  - title: t\n    body:\n      - list:\n          - &a0 {text: lol, items: []}\n",
        );
        for level in 1..10 {
            let refs = vec![format!("*a{}", level - 1); 9].join(", ");
            text.push_str(&format!("          - &a{level} {{text: lol, items: [{refs}]}}\n"));
        }
        text.into_bytes()
    };
    let huge = format!("updated: \"2026-02-08\"\nperson: {{name: x}}\nheadline: \"{}\"\n", "я".repeat(5_000_000));
    let deep = format!(
        "updated: \"2026-02-08\"\nperson: {{name: x}}\nheadline: x\nsections:\n  - title: t\n    body:\n      - list:\n          - {}x{}\n",
        "{text: x, items: [".repeat(20_000),
        "]}".repeat(20_000)
    );
    vec![
        Case {
            name: "wrong date format",
            input: Edit("start: \"2022-03\"", "start: ноябрь 2023"),
            code: 1,
            expect: &[":", "experience[0].start", "expected a month like 2023-11", "ноябрь 2023"],
        },
        Case {
            name: "misspelt key",
            input: Edit("position: Главный", "positon: Главный"),
            code: 1,
            expect: &["experience[0]", "did you mean `position`?"],
        },
        Case {
            name: "misspelt top-level key",
            input: Edit("skills:", "skils:"),
            code: 1,
            expect: &["did you mean `skills`?"],
        },
        Case {
            name: "wrong indentation",
            input: Edit("  birth_date:", "    birth_date:"),
            code: 1,
            expect: &["cv.yaml:15:", "mapping values are not allowed", "check this line's indentation"],
        },
        Case { name: "tab indentation", input: Edit("  birth_date:", "\tbirth_date:"), code: 1, expect: &["tab"] },
        Case {
            name: "list instead of string",
            input: Edit("headline: Архитектор, Тимлид, Rust/Pg-разработчик", "headline: [Архитектор, Тимлид]"),
            code: 1,
            expect: &["headline", "sequence", "expected a string"],
        },
        Case {
            name: "string instead of list",
            input: Edit("skills:\n", "skills: PostgreSQL\nx_skills:\n"),
            code: 1,
            expect: &["skills", "expected a sequence"],
        },
        Case {
            name: "missing required field",
            input: Edit("headline: ", "x_headline: "),
            code: 1,
            expect: &["unknown key `x_headline`\n", "= hint: did you mean `headline`?"],
        },
        Case {
            name: "missing headline",
            input: Bytes(b"updated: \"2026-02-08\"\nperson: {name: x}\n".to_vec()),
            code: 1,
            expect: &["missing field `headline`"],
        },
        Case {
            name: "end before start",
            input: Edit("end: \"2021-06\"", "end: \"2019-05\""),
            code: 1,
            expect: &["experience[2].end", "before it starts"],
        },
        Case {
            name: "start after the as-of date",
            input: Edit("start: \"2022-03\"", "start: \"2027-11\""),
            code: 1,
            expect: &["experience[0].start", "after the as-of date"],
        },
        Case {
            name: "birth after the as-of date",
            input: Edit("birth_date: \"1974-05-14\"", "birth_date: \"2030-10-23\""),
            code: 1,
            expect: &["person.birth_date", "after the as-of date"],
        },
        Case {
            name: "impossible date",
            input: Edit("birth_date: \"1974-05-14\"", "birth_date: \"1974-02-30\""),
            code: 1,
            expect: &["person.birth_date", "expected a date like"],
        },
        Case {
            name: "date in the wrong order",
            input: Edit("updated: \"2026-02-08\"", "updated: \"08.02.2026\""),
            code: 1,
            expect: &["updated", "expected a date like 2026-02-08"],
        },
        Case {
            name: "open end in words",
            input: Edit("end: present", "end: сейчас"),
            code: 1,
            expect: &["experience[0].end", "present"],
        },
        Case {
            name: "malformed URL",
            input: Edit("url: https://meridian-soft.example.com", "url: meridian-soft.example.com"),
            code: 1,
            expect: &["experience[3].url", "https://example.org"],
        },
        Case {
            name: "malformed e-mail",
            input: Edit("email: igor.samoylov@example.org", "email: igor.samoylov.example.org"),
            code: 1,
            expect: &["person.contacts.email", "e-mail address"],
        },
        Case {
            name: "empty name",
            input: Edit("name: Самойлов Игорь Валентинович", "name: \"\""),
            code: 1,
            expect: &["person.name", "empty"],
        },
        Case {
            name: "unknown language",
            input: Edit("lang: ru", "lang: xx"),
            code: 1,
            expect: &["lang", "`ru`", "`en`"],
        },
        Case {
            name: "unknown gender",
            input: Edit("gender: male", "gender: m"),
            code: 1,
            expect: &["person.gender", "`male`"],
        },
        Case {
            name: "block with two kinds",
            input: Append("  - title: X\n    body:\n      - {list: [a], heading: b}\n"),
            code: 1,
            expect: &["sections[", "exactly one key"],
        },
        Case {
            name: "unknown block kind",
            input: Append("  - title: X\n    body:\n      - {lst: [a]}\n"),
            code: 1,
            expect: &["sections[", "did you mean `list`?"],
        },
        Case {
            name: "item with unknown key",
            input: Append("  - title: X\n    body:\n      - list:\n          - {txt: a}\n"),
            code: 1,
            expect: &["sections[", "did you mean `text`?"],
        },
        Case { name: "duplicate key", input: Edit("lang: ru", "lang: ru\nlang: en"), code: 1, expect: &["duplicate"] },
        Case {
            name: "photo focus out of range",
            input: Edit("photo: photo.jpg", "photo: photo.jpg\nphoto_focus: {x: 2, y: 0.5}"),
            code: 1,
            expect: &["photo_focus", "fractions"],
        },
        Case {
            name: "missing photo",
            input: Edit("photo: photo.jpg", "photo: me.jpg"),
            code: 1,
            expect: &["cv.yaml:11:1: photo:", "`me.jpg`", "No such file"],
        },
        Case { name: "empty file", input: Bytes(Vec::new()), code: 1, expect: &["empty"] },
        Case { name: "only a comment", input: Bytes(b"# nothing yet\n".to_vec()), code: 1, expect: &["empty"] },
        Case {
            name: "not UTF-8",
            input: Bytes(b"updated: \"2026-02-08\"\nperson: {name: \xff\xfe}\n".to_vec()),
            code: 1,
            expect: &[":2:", "UTF-8"],
        },
        Case {
            name: "billion laughs",
            input: Bytes(bomb),
            code: 1,
            expect: &["aliases", "expand the data past 2 MiB"],
        },
        Case { name: "10 MB string", input: Bytes(huge.into_bytes()), code: 1, expect: &["at most 1 MiB"] },
        Case {
            name: "deep nesting",
            input: Bytes(deep.into_bytes()),
            code: 1,
            expect: &["nested more than 64 levels deep"],
        },
        Case { name: "a directory as the data file", input: Directory, code: 1, expect: &["is a directory"] },
        Case { name: "output in a missing folder", input: OutputInMissingFolder, code: 1, expect: &["does not exist"] },
        Case { name: "output equal to input", input: OutputIsTheData, code: 1, expect: &["overwrite the data file"] },
        Case {
            name: "unknown template",
            input: Args(&["--template", "nosuch"]),
            code: 1,
            expect: &["nosuch", "print"],
        },
        Case {
            name: "bad --as-of",
            input: Args(&["--as-of", "yesterday"]),
            code: 2,
            expect: &["--as-of", "2026-02-08"],
        },
        Case { name: "unknown flag", input: Args(&["--colour"]), code: 2, expect: &["--colour"] },
        Case {
            name: "missing font folder",
            input: Args(&["--font-path", "no-such-fonts"]),
            code: 1,
            expect: &["no-such-fonts"],
        },
    ]
}

/// The fonts load on another thread while the data is read. When both are
/// wrong, the data's error is the one shown, since it points at a line.
#[test]
fn a_data_error_is_shown_before_a_font_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(&dir.path().join("cv"));
    std::fs::write(&data, default_yaml().replacen("updated: \"2026-02-08\"", "updated: \"08.02.2026\"", 1)).unwrap();
    let result = run_in(dir.path(), &["render", data.to_str().unwrap(), "--font-path", "no-such-fonts", "-o", "x.pdf"]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    let line = default_yaml().lines().position(|line| line.starts_with("updated:")).unwrap() + 1;
    assert!(stderr.contains(&format!("cv.yaml:{line}:")) && stderr.contains("updated"), "{stderr}");
    assert!(!stderr.contains("no-such-fonts"), "{stderr}");
}

fn run_case(case: &Case) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("cv");
    let data = copy_default_data(&data_dir);
    let out = dir.path().join("cv.pdf");
    std::fs::write(&out, b"the previous PDF").unwrap();
    let mut output_path = out.clone();
    let mut extra: Vec<&str> = Vec::new();
    let mut data_arg = data.clone();
    match &case.input {
        Input::Edit(from, to) => {
            let yaml = default_yaml();
            if !yaml.contains(from) {
                return Err(format!("the default CV has no {from:?} to edit"));
            }
            std::fs::write(&data, yaml.replacen(from, to, 1)).unwrap();
        }
        Input::Append(text) => std::fs::write(&data, default_yaml() + text).unwrap(),
        Input::Bytes(bytes) => std::fs::write(&data, bytes).unwrap(),
        Input::Directory => data_arg = data_dir.clone(),
        Input::OutputInMissingFolder => output_path = dir.path().join("no/such/folder/cv.pdf"),
        Input::OutputIsTheData => output_path = data.clone(),
        Input::Args(args) => extra.extend_from_slice(args),
    }
    let data_before = std::fs::read(&data).ok();
    let mut args = vec!["render", data_arg.to_str().unwrap(), "-o", output_path.to_str().unwrap()];
    args.extend(extra);
    let result = run_in(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
    let mut problems = Vec::new();
    if result.status.code() != Some(case.code) {
        problems.push(format!("exit code {:?}, expected {}", result.status.code(), case.code));
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        problems.push("it panicked".into());
    }
    // Usage errors name the flag; everything else names the file.
    let file_name = if case.code == 2 {
        None
    } else if matches!(case.input, Input::OutputInMissingFolder) {
        Some("cv.pdf")
    } else if matches!(case.input, Input::Args(_)) {
        None
    } else {
        Some(if matches!(case.input, Input::Directory) { "cv" } else { "cv.yaml" })
    };
    if let Some(name) = file_name.filter(|name| !stderr.contains(name)) {
        problems.push(format!("the message does not name {name}"));
    }
    for expected in case.expect {
        if !stderr.contains(expected) {
            problems.push(format!("the message lacks {expected:?}"));
        }
    }
    if std::fs::read(&out).unwrap() != b"the previous PDF" {
        problems.push("the previous output changed".into());
    }
    if std::fs::read(&data).ok() != data_before {
        problems.push("the data file changed".into());
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "cv" && name != "cv.pdf")
        .collect();
    if !leftovers.is_empty() {
        problems.push(format!("files left behind: {leftovers:?}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}:\n  {}\n  stderr: {stderr}", case.name, problems.join("\n  ")))
    }
}

#[test]
fn bad_inputs_fail_cleanly() {
    let cases = cases();
    // A copied case that kept its name hides which of the two failed.
    let mut names: Vec<&str> = cases.iter().map(|case| case.name).collect();
    names.sort_unstable();
    let repeated: Vec<_> = names.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| pair[0]).collect();
    assert!(repeated.is_empty(), "case names used twice: {repeated:?}");
    let failures: Vec<String> = cases.iter().filter_map(|case| run_case(case).err()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

#[test]
fn a_byte_order_mark_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(default_yaml().into_bytes());
    std::fs::write(&data, bytes).unwrap();
    assert!(!render(&data, &[]).is_empty());
}

#[test]
fn the_message_shows_the_offending_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    std::fs::write(&data, default_yaml().replacen("start: \"2022-03\"", "start: ноябрь 2023", 1)).unwrap();
    let result = run_in(dir.path(), &["render", "cv.yaml", "-o", "out.pdf"]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    let first = stderr.lines().next().unwrap_or_default();
    let line: usize = first.split(':').nth(2).and_then(|n| n.trim().parse().ok()).unwrap_or(0);
    let expected_line = default_yaml().lines().position(|l| l.contains("start: \"2022-03\"")).unwrap() + 1;
    assert_eq!(line, expected_line, "{stderr}");
    assert!(stderr.contains(&format!("{expected_line} |     start: ноябрь 2023")), "{stderr}");
    assert!(!dir.path().join("out.pdf").exists());
}

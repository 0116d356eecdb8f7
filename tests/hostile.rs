//! Hostile files, links, data and templates, as an attacker or a careless
//! user would give them: cvpdf must not hang, abort, panic, read outside its
//! sandbox, or write anywhere but the regular file it was asked to write.
//!
//! Every case is built here from what the test creates (FIFOs, symlinks,
//! device nodes where the test runs as root, tiny images that declare huge
//! sizes, generated deep Markdown), and every run of cvpdf is bounded: a
//! hang fails within seconds instead of hanging the suite.

use std::io::Read;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// Longer than any of these runs takes on a loaded machine; only a hang
/// waits this long.
const BOUND: Duration = Duration::from_secs(60);

/// Runs `command` to its end, or kills it after `bound` and fails.
fn run_bounded(command: &mut Command, bound: Duration) -> Output {
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (stdout, stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let read = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let (stdout, stderr) = (read(Box::new(stdout)), read(Box::new(stderr)));
    let status = wait_bounded(&mut child, bound, command);
    Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() }
}

fn wait_bounded(child: &mut Child, bound: Duration, command: &Command) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if started.elapsed() > bound {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} still ran after {bound:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `cvpdf args…` in `dir`, bounded.
fn cvpdf_in(dir: &Path, args: &[&str]) -> Output {
    run_bounded(cvpdf().current_dir(dir).args(args), BOUND)
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts a clean failure: exit code 1, no panic, and a message with all of `expect`.
fn assert_refused(output: &Output, expect: &[&str]) -> String {
    let stderr = stderr_of(output);
    assert_eq!(output.status.code(), Some(1), "expected exit code 1: {stderr}");
    assert!(!stderr.contains("panicked"), "cvpdf panicked: {stderr}");
    for part in expect {
        assert!(stderr.contains(part), "the message lacks {part:?}: {stderr}");
    }
    stderr
}

/// A short valid CV in `dir` without a photo; returns its path.
fn short_cv(dir: &Path) -> PathBuf {
    let path = dir.join("cv.yaml");
    std::fs::write(&path, "updated: \"2026-02-08\"\nlang: en\nperson:\n  name: Jane Doe\nheadline: Engineer\n")
        .unwrap();
    path
}

/// A short CV with `extra` appended.
fn short_cv_with(dir: &Path, extra: &str) -> PathBuf {
    let path = short_cv(dir);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}{extra}")).unwrap();
    path
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// The temporary files a writer may have left in `dir`.
fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

// Writing.

#[test]
fn an_output_that_is_not_a_regular_file_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    let fifo = dir.path().join("fifo.pdf");
    mkfifo(&fifo);
    let socket_path = dir.path().join("socket.pdf");
    let _socket = std::os::unix::net::UnixListener::bind(&socket_path).unwrap();
    let folder = dir.path().join("folder.pdf");
    std::fs::create_dir(&folder).unwrap();
    let mut cases = vec![(fifo.clone(), "named pipe"), (socket_path.clone(), "socket"), (folder.clone(), "directory")];
    let device = dir.path().join("null");
    if is_root() {
        // The device /dev/null is, made where nothing else depends on it.
        let made = Command::new("mknod").arg(&device).args(["c", "1", "3"]).status().unwrap();
        assert!(made.success());
        cases.push((device.clone(), "character device"));
    } else {
        eprintln!("not root: the device node case is skipped");
    }
    for (output, kind) in &cases {
        for command in [&["render"][..], &["data"]] {
            let mut args = command.to_vec();
            args.extend([data.to_str().unwrap(), "-o", output.to_str().unwrap()]);
            assert_refused(&cvpdf_in(dir.path(), &args), &[kind]);
        }
        let schema = cvpdf_in(dir.path(), &["schema", "-o", output.to_str().unwrap()]);
        assert_refused(&schema, &[kind]);
    }
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
    assert!(std::fs::symlink_metadata(&socket_path).unwrap().file_type().is_socket(), "the socket was replaced");
    assert!(folder.is_dir());
    if is_root() {
        assert!(std::fs::symlink_metadata(&device).unwrap().file_type().is_char_device(), "the device was replaced");
    }
    assert!(temporary_files(dir.path()).is_empty());
}

#[test]
fn a_planted_symlink_at_a_temporary_name_does_not_redirect_the_write() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    // Temporary names made from the process id are predictable: plant a
    // link at each name the next few hundred processes would use.
    let next = Command::new("true").spawn().unwrap().id();
    for pid in next..next + 400 {
        std::os::unix::fs::symlink(&victim, dir.path().join(format!(".cv.pdf.{pid}.tmp"))).unwrap();
    }
    let output = cvpdf_in(dir.path(), &["render", data.to_str().unwrap(), "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious", "the write followed a planted link");
    assert!(std::fs::read(dir.path().join("cv.pdf")).unwrap().starts_with(b"%PDF"));
}

#[test]
fn a_symlinked_output_is_written_where_it_points() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    let real = dir.path().join("real.pdf");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink("real.pdf", &link).unwrap();
    let output = cvpdf_in(dir.path(), &["render", data.to_str().unwrap(), "-o", "link.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(std::fs::read(&real).unwrap().starts_with(b"%PDF"), "the link's target was not written");
    // A link to a file that does not exist yet creates it.
    let dangling = dir.path().join("new.json");
    std::os::unix::fs::symlink("made.json", &dangling).unwrap();
    let output = cvpdf_in(dir.path(), &["data", data.to_str().unwrap(), "-o", "new.json"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(std::fs::read_to_string(dir.path().join("made.json")).unwrap().contains("Jane Doe"));
    assert!(std::fs::symlink_metadata(&dangling).unwrap().file_type().is_symlink());
}

#[test]
fn no_command_overwrites_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let before = std::fs::read(&data).unwrap();
    let photo_before = std::fs::read(dir.path().join("photo.jpg")).unwrap();
    for args in [
        &["data", "cv.yaml", "-o", "cv.yaml"][..],
        &["render", "cv.yaml", "-o", "cv.yaml"],
        &["render", "cv.yaml", "-f", "pdf", "-o", "photo.jpg"],
        &["data", "cv.yaml", "-o", "photo.jpg"],
    ] {
        let output = cvpdf_in(dir.path(), args);
        assert_refused(&output, &["would overwrite"]);
    }
    // Through a symlink, too.
    std::os::unix::fs::symlink("cv.yaml", dir.path().join("alias.json")).unwrap();
    assert_refused(&cvpdf_in(dir.path(), &["data", "cv.yaml", "-o", "alias.json"]), &["the data file"]);
    // A template's own file is an input as well.
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("main.typ"), "Hello\n").unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-f", "pdf", "-o", "tpl/main.typ"]);
    assert_refused(&output, &["the template file"]);
    assert_eq!(std::fs::read_to_string(template.join("main.typ")).unwrap(), "Hello\n");
    assert_eq!(std::fs::read(&data).unwrap(), before);
    assert_eq!(std::fs::read(dir.path().join("photo.jpg")).unwrap(), photo_before);
}

#[test]
fn a_rewritten_output_keeps_its_permission_bits() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    let out = dir.path().join("cv.pdf");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
    let output = cvpdf_in(dir.path(), &["render", data.to_str().unwrap(), "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    // A new file gets what the umask allows, as any created file does.
    let output = run_bounded(
        Command::new("sh")
            .current_dir(dir.path())
            .args(["-c", &format!("umask 027 && exec {} data cv.yaml -o new.json", env!("CARGO_BIN_EXE_cvpdf"))]),
        BOUND,
    );
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(std::fs::metadata(dir.path().join("new.json")).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn a_png_page_set_is_replaced_as_a_whole() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let page = |n: usize| dir.path().join(format!("cv-{n}.png"));
    // An older, longer set.
    for n in 1..=12 {
        std::fs::write(page(n), format!("old {n}")).unwrap();
    }
    // A failure partway (page 5 cannot be written) keeps the old set whole.
    std::fs::remove_file(page(5)).unwrap();
    std::fs::create_dir(page(5)).unwrap();
    let args = ["render", data.to_str().unwrap(), "-o", "cv.png", "--ppi", "10", "-q"];
    assert_refused(&cvpdf_in(dir.path(), &args), &["cv-5.png", "is a directory"]);
    for n in (1..=12).filter(|&n| n != 5) {
        assert_eq!(std::fs::read_to_string(page(n)).unwrap(), format!("old {n}"), "page {n} of the old set changed");
    }
    // Success replaces the set, and no page of the longer set remains.
    std::fs::remove_dir(page(5)).unwrap();
    std::fs::write(page(5), "old 5").unwrap();
    let output = cvpdf_in(dir.path(), &args);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let pages =
        (1..=12).take_while(|&n| std::fs::read(page(n)).is_ok_and(|bytes| bytes.starts_with(b"\x89PNG"))).count();
    assert!((2..12).contains(&pages), "expected a new set of 2 to 11 pages, found {pages}");
    for n in pages + 1..=12 {
        assert!(!page(n).exists(), "the stale page {n} of {pages} remains");
    }
    assert!(temporary_files(dir.path()).is_empty());
}

#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    // Nine large pages take a while to write and sync: long enough to be
    // caught with their temporary files on disk.
    for attempt in 1..=5 {
        let mut child = cvpdf()
            .current_dir(dir.path())
            .args(["render", data.to_str().unwrap(), "-o", "cv.png", "--ppi", "300", "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let mut caught = false;
        while started.elapsed() < BOUND {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if !temporary_files(dir.path()).is_empty() {
                // SAFETY: kill(2) on our own child's pid.
                unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
                caught = true;
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let status = wait_bounded(&mut child, BOUND, &Command::new("cvpdf"));
        if caught {
            let left = temporary_files(dir.path());
            assert!(left.is_empty(), "SIGTERM left temporary files: {left:?}");
            assert!(!status.success(), "the render was not interrupted");
            return;
        }
        eprintln!("attempt {attempt}: the write finished before it could be interrupted");
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "png") {
                std::fs::remove_file(path).unwrap();
            }
        }
    }
    panic!("the write was never caught with its temporary files on disk");
}

#[test]
fn closed_standard_streams_do_not_make_cvpdf_panic() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    // Standard output a pipe nobody reads any more: a quiet exit, as Unix tools make.
    for args in [&["templates"][..], &["data", "cv.yaml"], &["render", "cv.yaml", "-o", "-", "-q"], &["man"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let mut command = cvpdf();
        command.current_dir(dir.path()).args(args).stdout(writer).stderr(Stdio::piped()).stdin(Stdio::null());
        let output = command.output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", stderr_of(&output));
        assert!(output.stderr.is_empty(), "{args:?} complained: {}", stderr_of(&output));
    }
    // A full disk behind standard output is an error with a message.
    match std::fs::OpenOptions::new().write(true).open("/dev/full") {
        Ok(full) => {
            let output = cvpdf().current_dir(dir.path()).args(["data", "cv.yaml"]).stdout(full).output().unwrap();
            assert_refused(&output, &["standard output", "No space left"]);
        }
        Err(_) => eprintln!("no /dev/full here: the case of a full disk is skipped"),
    }
    // Standard error gone: the exit code still tells, without a panic's 101.
    for (args, code) in [(&["check", "missing.yaml"][..], 1), (&["render", "cv.yaml", "-o", "cv.pdf"], 0)] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let status = cvpdf().current_dir(dir.path()).args(args).stderr(writer).stdout(Stdio::null()).status().unwrap();
        assert_eq!(status.code(), Some(code), "{args:?}");
    }
    let _ = data;
}

// Reading.

#[test]
fn a_fifo_given_as_any_input_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    let fifo_str = fifo.to_str().unwrap();
    // The data, and the photo through --photo and through the data.
    assert_refused(&cvpdf_in(dir.path(), &["check", fifo_str]), &["named pipe", "not a regular file"]);
    assert_refused(&cvpdf_in(dir.path(), &["check", "cv.yaml", "--photo", fifo_str]), &["named pipe"]);
    let with_photo = short_cv_with(dir.path(), "photo: pipe\n");
    assert_refused(
        &cvpdf_in(dir.path(), &["check", with_photo.to_str().unwrap()]),
        &["cv.yaml:6:1: photo", "named pipe"],
    );
    short_cv(dir.path());
    // A font file.
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    mkfifo(&fonts.join("evil.ttf"));
    let args = ["render", "cv.yaml", "--font-path", "fonts", "-o", "cv.pdf"];
    assert_refused(&cvpdf_in(dir.path(), &args), &["evil.ttf", "named pipe"]);
    // A file a template reads, and a template given as the FIFO itself.
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("main.typ"), "#read(\"data.txt\")\n").unwrap();
    mkfifo(&template.join("data.txt"));
    assert_refused(&cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"]), &["named pipe"]);
    mkfifo(&dir.path().join("fifo.typ"));
    assert_refused(&cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "fifo.typ", "-o", "cv.pdf"]), &["named pipe"]);
    let _ = data;
}

#[test]
fn an_endless_device_as_data_or_photo_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    assert_refused(&cvpdf_in(dir.path(), &["check", "/dev/zero"]), &["character device"]);
    assert_refused(
        &cvpdf_in(dir.path(), &["check", data.to_str().unwrap(), "--photo", "/dev/zero"]),
        &["character device"],
    );
    // A file whose reported size is a lie (the kernel's files report 0):
    // the cap counts what is read.
    let kallsyms = Path::new("/proc/kallsyms");
    if std::fs::read(kallsyms).is_ok_and(|bytes| bytes.len() > 1 << 20) {
        assert_eq!(std::fs::metadata(kallsyms).unwrap().len(), 0);
        assert_refused(&cvpdf_in(dir.path(), &["check", "/proc/kallsyms"]), &["at most 1 MiB"]);
    } else {
        eprintln!("/proc/kallsyms is not readable here: the case of a lying size is skipped");
    }
}

#[test]
fn a_font_folder_with_links_back_to_its_parents_is_walked_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    let fonts = dir.path().join("fonts/a/b");
    std::fs::create_dir_all(&fonts).unwrap();
    std::os::unix::fs::symlink("..", fonts.join("up")).unwrap();
    std::os::unix::fs::symlink("../..", fonts.join("upup")).unwrap();
    std::os::unix::fs::symlink("/", fonts.join("root")).unwrap();
    std::fs::copy(root().join("fonts/inter/Inter-Regular.otf"), fonts.join("Inter.otf")).unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "--font-path", "fonts", "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    // A font file outside the folder is not read through a link.
    std::os::unix::fs::symlink("/proc/self/environ", fonts.join("env.ttf")).unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "--font-path", "fonts", "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
}

#[test]
fn a_single_file_template_reads_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    std::fs::write(dir.path().join("id_rsa"), "PRIVATE KEY").unwrap();
    std::fs::write(dir.path().join("cv.typ"), "#read(\"id_rsa\")\n").unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "cv.typ", "-o", "cv.pdf"]);
    assert_refused(&output, &["can read only itself"]);
    assert!(!stderr_of(&output).contains("PRIVATE KEY"));
    assert!(!dir.path().join("cv.pdf").exists());
    // cvpdf's own files it does see.
    std::fs::write(dir.path().join("cv.typ"), "#import \"/.cvpdf/cv.typ\": load-cv\n#load-cv(() => none).headline\n")
        .unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "cv.typ", "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap()).contains("Engineer"));
}

// Data.

/// `check` and `render` of `data` both fail at `location` with `message`.
fn assert_check_and_render_refuse(dir: &Path, data: &Path, location: &str, message: &str) {
    let data = data.to_str().unwrap();
    let check = assert_refused(&cvpdf_in(dir, &["check", data]), &[location, message]);
    let render = assert_refused(&cvpdf_in(dir, &["render", data, "-o", "cv.pdf"]), &[location, message]);
    assert_eq!(check, render, "check and render disagree");
    assert!(!dir.join("cv.pdf").exists());
    assert!(!render.contains("cv.typ") && !render.contains("<cvpdf>"), "Typst noticed the data first: {render}");
}

#[test]
fn deeply_nested_markdown_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let stars = "*".repeat(100_000);
    let data = short_cv_with(dir.path(), &format!("salary: \"{stars}a{stars}\"\n"));
    assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:6:1: salary", "nested more than 16 levels deep");
}

#[test]
fn a_megabyte_of_alternating_emphasis_is_refused_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    short_cv_with(dir.path(), &format!("about:\n  - \"{}\"\n", "*a".repeat(500_000)));
    let started = Instant::now();
    let output = run_bounded(cvpdf().current_dir(dir.path()).args(["render", "cv.yaml", "-o", "cv.pdf"]), BOUND);
    assert_refused(&output, &["cv.yaml:7:5: about[0]", "more than 1000 pieces"]);
    eprintln!("refused in {:?}", started.elapsed());
}

#[test]
fn link_targets_in_text_are_checked_like_address_fields() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("https://example.org/{}", "a".repeat(9000));
    for (target, message) in [
        ("javascript:alert(1)", "expected an address like https://example.org"),
        ("file:///etc/passwd", "expected an address"),
        ("\\\\\\\\server\\\\share", "expected an address"),
        ("", "the link has no address"),
        (long.as_str(), "at most 2000 are allowed"),
    ] {
        let data = short_cv_with(dir.path(), &format!("salary: \"see [this]({target})\"\n"));
        assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:6:1: salary: a link in the text", message);
    }
}

#[test]
fn deeply_nested_items_are_an_error_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut yaml = "experience:\n  - company: A\n    start: \"2020-01\"\n    end: present\n    items:\n".to_owned();
    for level in 0..40 {
        let indent = "  ".repeat(2 * level + 3);
        yaml.push_str(&format!("{indent}- text: x\n{indent}  items:\n"));
    }
    yaml.push_str(&format!("{}- y\n", "  ".repeat(83)));
    let data = short_cv_with(dir.path(), &yaml);
    assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:42:", "list items are nested more than 16 levels deep");
}

#[test]
fn a_control_character_is_reported_at_its_real_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = short_cv(dir.path());
    let text = std::fs::read_to_string(&data).unwrap().replace("Engineer", "Engi\u{7}neer");
    std::fs::write(&data, text).unwrap();
    assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:5:15:", "control character U+0007");
    let data = short_cv_with(dir.path(), "salary: \"a\\u0008b\"\n");
    assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:6:1: salary", "control character U+0008");
}

#[test]
fn the_deepest_data_validation_allows_renders_with_every_builtin() {
    let dir = tempfile::tempdir().unwrap();
    // Formatting 16 levels deep, in list items 16 levels deep, in the
    // deepest place a template prints: a role's achievements.
    let mut markdown = "[x](https://example.org)".to_owned();
    for level in 1..16 {
        markdown = if level % 2 == 0 { format!("*a {markdown} a*") } else { format!("**b {markdown} b**") };
    }
    let mut yaml = "experience:\n  - company: A\n    start: \"2020-01\"\n    end: present\n    roles:\n      - title: R\n        achievements:\n          - list:\n".to_owned();
    for level in 0..15 {
        let indent = "  ".repeat(2 * level + 6);
        yaml.push_str(&format!("{indent}- text: \"{markdown}\"\n{indent}  items:\n"));
    }
    yaml.push_str(&format!("{}- \"{markdown}\"\n", "  ".repeat(36)));
    let data = short_cv_with(dir.path(), &yaml);
    let check = cvpdf_in(dir.path(), &["check", "cv.yaml"]);
    assert!(check.status.success(), "{}", stderr_of(&check));
    for template in cvpdf::builtin_templates() {
        let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", template, "-o", "cv.pdf", "-q"]);
        assert!(output.status.success(), "{template} cannot lay out what validation allows: {}", stderr_of(&output));
    }
    let _ = data;
}

// Templates.

fn template_dir(dir: &Path, main: &str) -> PathBuf {
    let template = dir.join("tpl");
    std::fs::create_dir_all(&template).unwrap();
    std::fs::write(template.join("main.typ"), main).unwrap();
    template
}

#[test]
fn a_template_that_never_finishes_is_stopped_at_its_deadline() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    template_dir(dir.path(), "#for i in range(1000000) { for j in range(1000000) { } }\n");
    std::fs::write(dir.path().join("cv.pdf"), "old").unwrap();
    let started = Instant::now();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "--timeout", "2", "-o", "cv.pdf"]);
    assert_refused(&output, &["template tpl", "still compiling after 2 s"]);
    assert!(started.elapsed() < Duration::from_secs(30), "the deadline was not kept: {:?}", started.elapsed());
    assert_eq!(std::fs::read_to_string(dir.path().join("cv.pdf")).unwrap(), "old");
    assert!(temporary_files(dir.path()).is_empty());
}

#[test]
fn values_nested_too_deep_for_the_stack_end_in_an_error() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    template_dir(dir.path(), "#let x = ()\n#for i in range(3000000) { x = (x,) }\n#(x == x)\n");
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"]);
    assert_refused(&output, &["template tpl", "ran out of stack"]);
    assert!(!dir.path().join("cv.pdf").exists());
}

/// A PNG that declares `width`×`height` pixels and holds almost nothing.
fn png_declaring(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], body: &[u8]| {
        png.extend_from_slice(&(body.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(body);
        png.extend_from_slice(kind);
        png.extend_from_slice(body);
        png.extend_from_slice(&crc.sum().to_be_bytes());
    };
    let mut header = width.to_be_bytes().to_vec();
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(b"IHDR", &header);
    chunk(b"IDAT", b"\x78\x9c\x03\x00\x00\x00\x00\x01");
    chunk(b"IEND", b"");
    png
}

#[test]
fn an_image_declaring_a_huge_size_is_refused_before_it_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    let template = template_dir(dir.path(), "#image(\"big.png\", width: 5cm)\n");
    std::fs::write(template.join("big.png"), png_declaring(30_000, 30_000)).unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"]);
    assert_refused(&output, &["big.png", "30000×30000 pixels", "100 megapixels", "tpl/main.typ:1:"]);
    // Read as bytes and handed to image(), it is the same file.
    std::fs::write(template.join("main.typ"), "#image(read(\"big.png\", encoding: none))\n").unwrap();
    assert_refused(&cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"]), &["100 megapixels"]);
    // Inside an SVG, as a data address.
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(png_declaring(20_000, 20_000));
    std::fs::write(
        template.join("big.svg"),
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><image width=\"10\" height=\"10\" href=\"data:image/png;base64,{encoded}\"/></svg>"
        ),
    )
    .unwrap();
    std::fs::write(template.join("main.typ"), "#image(\"big.svg\", width: 5cm)\n").unwrap();
    assert_refused(
        &cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"]),
        &["inside the SVG", "20000×20000"],
    );
    // An image within the limit is fine.
    std::fs::write(template.join("main.typ"), "#image(\"small.png\", width: 5cm)\n").unwrap();
    image::RgbImage::new(40, 30).save(template.join("small.png")).unwrap();
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf", "-q"]);
    assert!(output.status.success(), "{}", stderr_of(&output));
}

#[test]
fn a_png_page_too_large_to_draw_is_an_error_before_drawing() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    template_dir(dir.path(), "#set page(width: 5000cm, height: 5000cm)\nx\n");
    let output = cvpdf_in(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.png"]);
    assert_refused(&output, &["page 1 would be", "150 megapixels"]);
    assert!(!dir.path().join("cv-1.png").exists());
}

// Smaller.

#[test]
fn a_jpeg_with_data_after_its_end_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let mut photo = std::fs::read(dir.path().join("photo.jpg")).unwrap();
    photo.extend_from_slice(b"\0\0\0\x18ftypmp42 a motion photo's video");
    std::fs::write(dir.path().join("photo.jpg"), &photo).unwrap();
    let output = cvpdf_in(dir.path(), &["check", data.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr_of(&output));
}

#[test]
fn watch_renders_again_after_its_data_folder_is_removed_and_created_again() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("cv");
    std::fs::create_dir(&folder).unwrap();
    let data = short_cv(&folder);
    let seed = std::fs::read_to_string(&data).unwrap();
    let mut child = cvpdf()
        .current_dir(dir.path())
        .args(["watch", "cv/cv.yaml", "-o", "cv.pdf"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = {
        let stderr = child.stderr.take().unwrap();
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        lines
    };
    let expect = |wanted: &str| {
        let mut seen = Vec::new();
        loop {
            match lines.recv_timeout(BOUND) {
                Ok(line) if line.contains(wanted) => return,
                Ok(line) => seen.push(line),
                Err(_) => panic!("no line with {wanted:?} from cvpdf watch; it printed {seen:#?}"),
            }
        }
    };
    expect("watching");
    std::fs::remove_dir_all(&folder).unwrap();
    expect("No such file");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(&data, seed.replace("Engineer", "Recreated")).unwrap();
    expect("cv.pdf: 1 page");
    let text = pdf_text(&std::fs::read(dir.path().join("cv.pdf")).unwrap());
    let _ = child.kill();
    let _ = child.wait();
    assert!(text.contains("Recreated"), "{text}");
}

#[test]
fn web_pages_import_and_export_refuse_a_fifo_like_render_does() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let data = data.to_str().unwrap();
    mkfifo(&dir.path().join("pipe"));
    let cases: [&[&str]; 5] = [
        &["render", data, "-o", "pipe", "-f", "html", "-q"],
        &["render", data, "-o", "pipe", "-f", "md", "--no-photo", "-q"],
        &["export", "jsonresume", data, "-o", "pipe", "-q"],
        &["import", "jsonresume", "pipe", "-o", "imported.yaml", "-q"],
        &["import", "hh", "pipe", "-o", "imported.yaml", "-q"],
    ];
    for args in cases {
        let stderr = assert_refused(&cvpdf_in(dir.path(), args), &["pipe", "named pipe"]);
        assert!(!dir.path().join("imported.yaml").exists(), "{args:?} wrote a file: {stderr}");
    }
    assert!(temporary_files(dir.path()).is_empty());
}

#[test]
fn a_template_manifest_that_is_a_fifo_or_leads_out_of_its_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let template = dir.path().join("tpl");
    std::fs::create_dir(&template).unwrap();
    std::fs::write(template.join("main.typ"), "Hello").unwrap();
    let manifest = template.join("typst.toml");
    let args = ["render", data.to_str().unwrap(), "-t", "tpl", "-o", "out.pdf", "-q"];
    mkfifo(&manifest);
    assert_refused(&cvpdf_in(dir.path(), &args), &["typst.toml", "named pipe"]);
    std::fs::remove_file(&manifest).unwrap();
    std::fs::write(dir.path().join("secret.toml"), "[tool.cvpdf]\n").unwrap();
    std::os::unix::fs::symlink("../secret.toml", &manifest).unwrap();
    assert_refused(&cvpdf_in(dir.path(), &args), &["typst.toml", "leads out of the template's folder"]);
    assert!(!dir.path().join("out.pdf").exists());
}

// Memory. Every case runs under an address-space limit, as a CI runner or
// a container would impose one: what must not happen is an abort (exit
// code 134, "memory allocation … failed") or the machine's memory taken.

/// `cvpdf args…` in `dir` with at most `bytes` of address space, bounded.
fn cvpdf_capped(dir: &Path, args: &[&str], bytes: u64) -> Output {
    use std::os::unix::process::CommandExt;
    let mut command = cvpdf();
    command.current_dir(dir).args(args);
    // SAFETY: setrlimit(2) only, between fork and exec.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: bytes as libc::rlim_t };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    run_bounded(&mut command, BOUND)
}

const GIB: u64 = 1 << 30;

#[test]
fn a_template_that_needs_more_memory_than_allowed_ends_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    std::fs::write(dir.path().join("cv.pdf"), "old").unwrap();
    for (main, max) in [
        // One allocation far past any limit.
        ("#let x = range(1000000000)\n", None),
        ("#let x = \"a\" * 100000000000\n", None),
        // Many small ones.
        ("#for i in range(1000000) { pagebreak() }\n", Some("256")),
        ("#table(columns: 10, ..range(300000).map(str))\n", Some("256")),
    ] {
        template_dir(dir.path(), main);
        let mut args = vec!["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"];
        args.extend(max.iter().flat_map(|max| ["--max-memory", max]));
        let output = cvpdf_capped(dir.path(), &args, 6 * GIB);
        let stderr = assert_refused(&output, &["template tpl", "needs more memory than cvpdf allows", "--max-memory"]);
        let limit = format!("{} MiB", max.unwrap_or("2048"));
        assert!(stderr.contains(&limit), "{main}: the limit is not named: {stderr}");
        assert_eq!(std::fs::read_to_string(dir.path().join("cv.pdf")).unwrap(), "old", "{main}");
    }
    assert!(temporary_files(dir.path()).is_empty());
}

#[test]
fn a_system_memory_limit_below_cvpdfs_own_is_an_error_too() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    template_dir(dir.path(), "#let x = range(100000000)\n");
    // The system refuses before the 2 GiB of cvpdf's own limit are reached.
    let output = cvpdf_capped(dir.path(), &["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf"], GIB);
    assert_refused(&output, &["template tpl", "out of memory: the system refused", "ulimit"]);
    assert!(!dir.path().join("cv.pdf").exists());
}

#[test]
fn the_memory_limit_is_a_flag_and_an_environment_variable() {
    let dir = tempfile::tempdir().unwrap();
    short_cv(dir.path());
    template_dir(dir.path(), "#let x = range(5000000).len()\n#x\n");
    // 5 million values take some 200 MiB: past 128, within 1024.
    let args = ["render", "cv.yaml", "-t", "tpl", "-o", "cv.pdf", "-q"];
    let low = run_bounded(cvpdf().current_dir(dir.path()).args(args).arg("--max-memory=128"), BOUND);
    assert_refused(&low, &["128 MiB"]);
    let low = run_bounded(cvpdf().current_dir(dir.path()).args(args).env("CVPDF_MAX_MEMORY", "128"), BOUND);
    assert_refused(&low, &["128 MiB"]);
    let high = run_bounded(cvpdf().current_dir(dir.path()).args(args).arg("--max-memory=1024"), BOUND);
    assert!(high.status.success(), "{}", stderr_of(&high));
    let nonsense = run_bounded(cvpdf().current_dir(dir.path()).args(args).arg("--max-memory=1"), BOUND);
    assert_eq!(nonsense.status.code(), Some(2), "{}", stderr_of(&nonsense));
}

/// A few hundred kilobytes of YAML whose aliases stand for millions of
/// nodes: a list of `width` items, and `width` aliases to it.
fn alias_bomb(width: usize) -> (String, String) {
    let items = vec!["abcdefghij"; width].join(", ");
    let aliases = vec!["{text: x, items: *a}"; width].join(", ");
    (format!("specialisations: &a [{items}]\n"), format!("about:\n  - list: [{aliases}]\n"))
}

#[test]
fn yaml_aliases_that_expand_quadratically_are_an_error_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let (anchor, aliases) = alias_bomb(3000);
    let data = short_cv_with(dir.path(), &format!("{anchor}{aliases}"));
    assert!(std::fs::metadata(&data).unwrap().len() < 200_000);
    let started = Instant::now();
    for args in [&["check", "cv.yaml"][..], &["render", "cv.yaml", "-o", "cv.pdf"], &["data", "cv.yaml"]] {
        let output = cvpdf_capped(dir.path(), args, 4 * GIB);
        assert_refused(&output, &["cv.yaml:8:", "aliases", "expand the data past 2 MiB"]);
    }
    assert!(started.elapsed() < Duration::from_secs(20), "refused too slowly: {:?}", started.elapsed());
    // Through --set: the file's own aliases before the overrides expand
    // them, and a value's.
    let output = cvpdf_capped(dir.path(), &["check", "cv.yaml", "--set", "headline=Lead"], 4 * GIB);
    assert_refused(&output, &["cv.yaml:8:", "expand the data past 2 MiB"]);
    short_cv(dir.path());
    let value = format!("{{a: {}, b: {}}}", anchor.trim_end().trim_start_matches("specialisations: "), {
        let aliases = vec!["{text: x, items: *a}"; 3000].join(", ");
        format!("[{{list: [{aliases}]}}]")
    });
    let output = cvpdf_capped(dir.path(), &["check", "cv.yaml", "--set", &format!("x={value}")], 4 * GIB);
    assert_eq!(output.status.code(), Some(2), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("the value of x: the aliases"), "{}", stderr_of(&output));
}

#[test]
fn a_text_too_long_to_lay_out_is_an_error_at_its_line_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let headline = vec!["word"; 78_000].join(" ");
    let data = short_cv(dir.path());
    let text = std::fs::read_to_string(&data).unwrap().replace("headline: Engineer", &format!("headline: {headline}"));
    std::fs::write(&data, text).unwrap();
    assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:5:1: headline: the text has 389999 characters", "300");
    let output = cvpdf_in(dir.path(), &["check", "cv.yaml"]);
    assert!(stderr_of(&output).contains("hint: shorten it"), "{}", stderr_of(&output));
    // A paragraph may be longer than a line, within reason; in a language
    // map too.
    let paragraph = vec!["word"; 1000].join(" ");
    let data = short_cv_with(dir.path(), &format!("about:\n  - \"{paragraph}\"\n"));
    let output = cvpdf_in(dir.path(), &["check", data.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    let long = vec!["word"; 2000].join(" ");
    let data = short_cv_with(dir.path(), &format!("about:\n  - {{en: \"{long}\"}}\n"));
    assert_check_and_render_refuse(dir.path(), &data, "cv.yaml:7:", "more than the 5000 of a paragraph");
}

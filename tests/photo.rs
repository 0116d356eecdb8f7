//! The photo through the whole pipeline: size, metadata, overrides, errors.

use std::io::Cursor;

use crate::common::*;
use image::{DynamicImage, ImageFormat, RgbImage};

/// A JPEG of `width`×`height` with an EXIF segment that carries a marker,
/// standing in for a GPS position or a camera serial.
fn jpeg_with_private_exif(width: u32, height: u32) -> Vec<u8> {
    // Smooth, like a portrait's background, so the JPEG size is realistic.
    let image =
        RgbImage::from_fn(width, height, |x, y| image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128]));
    let mut jpeg = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(image).write_to(&mut jpeg, ImageFormat::Jpeg).unwrap();
    let jpeg = jpeg.into_inner();
    let mut app1 = b"Exif\0\0II*\0\x08\0\0\0\0\0GPS-SECRET-4711".to_vec();
    app1.extend_from_slice(&[0; 4]);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

#[test]
fn a_big_phone_photo_is_embedded_small_and_without_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("big.jpg");
    std::fs::write(&photo, jpeg_with_private_exif(6000, 4000)).unwrap();
    let pdf = render(&long_cv(), &["--photo", photo.to_str().unwrap()]);
    let images = pdf_images(&pdf);
    assert_eq!(images.len(), 1, "{images:?}");
    let (width, height) = images[0];
    assert!(width.max(height) <= 600, "embedded at {width}×{height}");
    assert!(!pdf.windows(15).any(|w| w == b"GPS-SECRET-4711"), "EXIF data reached the PDF");
    assert!(!pdf.windows(4).any(|w| w == b"Exif"), "an EXIF segment reached the PDF");
    let without = render(&long_cv(), &["--no-photo"]);
    let photo_bytes = pdf.len() - without.len();
    assert!(photo_bytes < 60_000, "the photo adds {photo_bytes} bytes");
}

#[test]
fn the_same_photo_gives_the_same_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("p.jpg");
    std::fs::write(&photo, jpeg_with_private_exif(900, 1200)).unwrap();
    let args = ["--photo", photo.to_str().unwrap()];
    assert!(render(&long_cv(), &args) == render(&long_cv(), &args));
}

#[test]
fn no_photo_means_no_image_and_no_frame() {
    let pdf = render(&long_cv(), &["--no-photo"]);
    assert!(pdf_images(&pdf).is_empty());
    let with_photo = render(&long_cv(), &[]);
    assert_eq!(pdf_images(&with_photo).len(), 1);
}

/// Runs a render that must fail and checks that an existing output survives.
fn failing_render(data: &std::path::Path, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cv.pdf");
    std::fs::write(&out, b"previous PDF").unwrap();
    let mut args = vec!["render", data.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = run_in(dir.path(), &args);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(std::fs::read(&out).unwrap(), b"previous PDF", "the previous output was touched");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary files left: {leftovers:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[test]
fn a_missing_photo_shows_the_path_as_written_and_as_resolved() {
    let dir = tempfile::tempdir().unwrap();
    let data = copy_default_data(dir.path());
    let yaml = std::fs::read_to_string(&data).unwrap().replace("photo: photo.jpg", "photo: pics/me.jpg");
    std::fs::write(&data, yaml).unwrap();
    let stderr = failing_render(&data, &[]);
    assert!(stderr.contains("`pics/me.jpg`"), "{stderr}");
    assert!(stderr.contains(&dir.path().join("pics/me.jpg").display().to_string()), "{stderr}");
}

#[test]
fn broken_photos_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut truncated = jpeg_with_private_exif(400, 400);
    truncated.truncate(truncated.len() / 3);
    let cases: [(&str, Vec<u8>, &str); 3] = [
        ("empty.jpg", Vec::new(), "empty"),
        ("notes.jpg", b"these are not pixels".to_vec(), "not an image"),
        ("cut.jpg", truncated, "cut.jpg"),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let stderr = failing_render(&long_cv(), &["--photo", path.to_str().unwrap()]);
        assert!(stderr.contains(name), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
    }
}

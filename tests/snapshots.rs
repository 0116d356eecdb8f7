//! Visual regression: every page of each built-in template (as the library
//! lists them), with the long fictional CV, rendered with typst-render, against the PNGs committed in `tests/snapshots/`.
//!
//! Set `UPDATE_SNAPSHOTS=1` to rewrite the snapshots after an intended change
//! of the layout, and look at the new PNGs before committing them.

use std::path::PathBuf;

use crate::common::{long_cv, root};
use cvpdf::RenderOptions;
use image::{GrayImage, ImageFormat};

/// Low enough to keep the files small, high enough to see a line move.
const PPI: f32 = 40.0;
/// A pixel counts as changed when its grey level moves by more than this…
const PIXEL_TOLERANCE: u8 = 48;
/// …and a page fails when more than this share of its pixels changed.
const PAGE_TOLERANCE: f64 = 0.002;

fn snapshot_path(template: &str, page: usize) -> PathBuf {
    root().join("tests/snapshots").join(format!("{template}-{page}.png"))
}

fn grey(png: &[u8]) -> GrayImage {
    image::load_from_memory_with_format(png, ImageFormat::Png).expect("a PNG").to_luma8()
}

/// The share of pixels that differ by more than the tolerance, or 1.0 when
/// the sizes differ.
fn changed_share(a: &GrayImage, b: &GrayImage) -> f64 {
    if a.dimensions() != b.dimensions() {
        return 1.0;
    }
    let changed = a.pixels().zip(b.pixels()).filter(|(p, q)| p.0[0].abs_diff(q.0[0]) > PIXEL_TOLERANCE).count();
    changed as f64 / f64::from(a.width() * a.height())
}

fn check_template(template: &str) {
    let options = RenderOptions::new(long_cv(), template);
    let pages = cvpdf::compile(&options).expect("the default CV compiles").png_pages(PPI).expect("pages render");
    let updating = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    if updating {
        for stale in (pages.len() + 1..).map(|page| snapshot_path(template, page)).take_while(|path| path.exists()) {
            std::fs::remove_file(stale).unwrap();
        }
    }
    let mut failures = Vec::new();
    for (index, png) in pages.iter().enumerate() {
        let path = snapshot_path(template, index + 1);
        let actual = grey(png);
        if updating {
            actual.save_with_format(&path, ImageFormat::Png).unwrap();
            continue;
        }
        let Ok(expected) = std::fs::read(&path) else {
            failures.push(format!("{}: no snapshot (run with UPDATE_SNAPSHOTS=1)", path.display()));
            continue;
        };
        let share = changed_share(&grey(&expected), &actual);
        if share > PAGE_TOLERANCE {
            let actual_path = std::env::temp_dir().join(format!("cvpdf-{template}-{}.actual.png", index + 1));
            actual.save_with_format(&actual_path, ImageFormat::Png).unwrap();
            failures.push(format!(
                "{}: {:.2}% of pixels changed; the new render is {}",
                path.display(),
                share * 100.0,
                actual_path.display()
            ));
        }
    }
    let extra = snapshot_path(template, pages.len() + 1);
    if !updating && extra.exists() {
        failures.push(format!("{} exists but the render has only {} pages", extra.display(), pages.len()));
    }
    assert!(failures.is_empty(), "snapshots differ:\n{}", failures.join("\n"));
}

#[test]
fn every_builtin_template_matches_its_snapshots() {
    let builtins = cvpdf::builtin_templates();
    assert!(!builtins.is_empty());
    // Snapshots of a template that is no longer built in would never be checked.
    for entry in std::fs::read_dir(root().join("tests/snapshots")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".png") else { continue };
        let template = stem.rsplit_once('-').map_or(stem, |(template, _)| template);
        assert!(builtins.contains(&template), "{name} is the snapshot of no built-in template");
    }
    for template in builtins {
        check_template(template);
    }
}

#[test]
fn the_comparison_notices_a_moved_block() {
    let mut a = GrayImage::from_pixel(100, 100, image::Luma([255]));
    let mut b = a.clone();
    for x in 10..60 {
        a.put_pixel(x, 20, image::Luma([0]));
        b.put_pixel(x, 23, image::Luma([0]));
    }
    assert!(changed_share(&a, &b) > PAGE_TOLERANCE);
    assert_eq!(changed_share(&a, &a), 0.0);
}

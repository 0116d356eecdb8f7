//! Pages into PNG images, one per page.

use crate::error::Error;

/// The most pixels one page may have: A4 at the highest `--ppi` (1200) is
/// 139 megapixels. Each pixel takes 4 bytes while the page is drawn.
pub const MAX_PIXELS: u64 = 150_000_000;

/// The pixel size of a page at `ppi`, as the renderer computes it.
fn pixel_size(page: &typst_layout::Page, ppi: f32) -> (f64, f64) {
    let size = page.frame.size();
    let scale = f64::from(ppi) / 72.0;
    ((size.x.to_pt() * scale).round().max(1.0), (size.y.to_pt() * scale).round().max(1.0))
}

/// Refuses a page (number `number`, from 1) too large to draw at `ppi`.
pub fn check_size(page: &typst_layout::Page, ppi: f32, number: usize) -> Result<(), Error> {
    let (width, height) = pixel_size(page, ppi);
    let pixels = width * height;
    if pixels.is_nan() || pixels > MAX_PIXELS as f64 {
        return Err(Error::other(format!(
            "page {number} would be {width}×{height} pixels at {ppi} pixels per inch, more than the {} megapixels a \
             PNG page may have; lower --ppi or make the template's pages smaller",
            MAX_PIXELS / 1_000_000
        )));
    }
    Ok(())
}

/// Renders one page to PNG at `ppi` pixels per inch, on white.
pub fn png(page: &typst_layout::Page, ppi: f32) -> Result<Vec<u8>, Error> {
    let options = typst_render::RenderOptions { pixel_per_pt: f64::from(ppi / 72.0).into(), render_bleed: false };
    let pixmap = typst_render::render(page, &options);
    pixmap.encode_png().map_err(|error| Error::other(format!("could not encode a page as PNG: {error}")))
}

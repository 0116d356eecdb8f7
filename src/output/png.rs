//! Pages into PNG images, one per page.

use crate::error::Error;

/// Renders one page to PNG at `ppi` pixels per inch, on white.
pub fn png(page: &typst_layout::Page, ppi: f32) -> Result<Vec<u8>, Error> {
    let options = typst_render::RenderOptions { pixel_per_pt: f64::from(ppi / 72.0).into(), render_bleed: false };
    let pixmap = typst_render::render(page, &options);
    pixmap.encode_png().map_err(|error| Error::Other(format!("could not encode a page as PNG: {error}")))
}

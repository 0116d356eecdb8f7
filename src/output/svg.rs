//! Pages as SVG images, for the live preview: drawn by typst-svg from the
//! same frames the PDF is written from, each keyed by a hash of its frame
//! so that a page an edit did not change keeps its key and is not drawn again.

/// An SVG document of one page: glyphs as outlines, images as `data:` URIs,
/// nothing fetched from elsewhere.
pub fn svg(page: &typst_layout::Page) -> String {
    typst_svg::svg(page, &typst_svg::SvgOptions { render_bleed: false, pretty: false })
}

/// What a page looks like, as a number: equal for pages that draw the same.
pub fn fingerprint(page: &typst_layout::Page) -> u128 {
    typst::utils::hash128(page)
}

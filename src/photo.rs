//! The person's photo: found beside the data, decoded, turned upright,
//! cropped to the template's frame, scaled for print and re-encoded clean.
//!
//! What comes out is a JPEG with no metadata at all: no EXIF (so no GPS
//! position or camera serial), no XMP, no comments. It is at most about
//! 300 dpi at the printed size, so a 24-megapixel phone picture does not
//! bloat the PDF, and never larger than the original. The same input always
//! gives the same bytes.
//!
//! A JPEG that already fits (upright, of the frame's aspect, no larger than
//! print resolution) keeps its compressed image data as it is, with only the
//! metadata segments taken out: re-encoding it would cost quality and time
//! for nothing.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};

use crate::error::Error;

/// Larger images are refused before they are decoded, so a huge file is an
/// error and not an out-of-memory kill.
pub const MAX_PIXELS: u64 = 100_000_000;
/// The resolution a photo is scaled down to at its printed size.
pub const PRINT_DPI: f64 = 300.0;
/// JPEG quality of the re-encoded photo.
pub const JPEG_QUALITY: u8 = 90;

/// The frame a template sets the photo in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Width and height in points.
    pub width_pt: f64,
    pub height_pt: f64,
}

impl Frame {
    /// The largest pixel size worth embedding: the frame at [`PRINT_DPI`].
    pub fn max_pixels(self) -> (u32, u32) {
        let px = |pt: f64| (pt / 72.0 * PRINT_DPI).round().max(1.0) as u32;
        (px(self.width_pt), px(self.height_pt))
    }
}

/// A point of the photo to keep in view when it is cropped, as fractions of
/// its width and height from the top-left corner (0.5, 0.5 is the centre).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Focus {
    pub x: f64,
    pub y: f64,
}

impl Default for Focus {
    fn default() -> Self {
        Focus { x: 0.5, y: 0.5 }
    }
}

/// Resolves `photo:` from the data against the data file's folder.
pub fn resolve(data_file: &Path, written: &str) -> PathBuf {
    data_file.parent().unwrap_or(Path::new("")).join(written)
}

/// Reads, checks and prepares a photo for a frame. `written` is the path as
/// the user wrote it, shown in errors beside the resolved one.
pub fn load(path: &Path, written: &str, frame: Frame, focus: Focus) -> Result<Vec<u8>, Error> {
    let data = crate::input::read(path, crate::input::IMAGE_LIMIT).map_err(|error| {
        let shown = if Path::new(written) == path {
            format!("photo `{written}`")
        } else {
            format!("photo `{written}` (resolved to {})", path.display())
        };
        Error::other(format!("{shown}: {error}"))
    })?;
    prepare_memoized(&data, frame, focus)
        .map_err(|message| Error::other(format!("photo {}: {message}", path.display())))
}

/// The height a signature is set at, in points: about two lines of text.
pub const SIGNATURE_HEIGHT_PT: f64 = 36.0;
/// The widest a signature is set, in points.
pub const SIGNATURE_MAX_WIDTH_PT: f64 = 180.0;

/// Reads a signature image (PNG or JPEG), prepares it as a photo is (upright,
/// metadata-free, scaled for print) in a frame of its own aspect, and returns
/// it with the size it is set at, in points.
pub fn signature(path: &Path, written: &str) -> Result<(Vec<u8>, Frame), Error> {
    let data = crate::input::read(path, crate::input::IMAGE_LIMIT)
        .map_err(|error| Error::other(format!("signature `{written}`: {error}")))?;
    let (width, height) = ImageReader::new(Cursor::new(&data))
        .with_guessed_format()
        .ok()
        .and_then(|reader| reader.into_dimensions().ok())
        .filter(|(width, height)| *width > 0 && *height > 0)
        .ok_or_else(|| Error::other(format!("signature `{written}`: not an image cvpdf can read (PNG or JPEG)")))?;
    let aspect = f64::from(width) / f64::from(height);
    let (width_pt, height_pt) = if SIGNATURE_HEIGHT_PT * aspect > SIGNATURE_MAX_WIDTH_PT {
        (SIGNATURE_MAX_WIDTH_PT, SIGNATURE_MAX_WIDTH_PT / aspect)
    } else {
        (SIGNATURE_HEIGHT_PT * aspect, SIGNATURE_HEIGHT_PT)
    };
    let frame = Frame { width_pt, height_pt };
    let jpeg = prepare_memoized(&data, frame, Focus::default())
        .map_err(|message| Error::other(format!("signature `{written}`: {message}")))?;
    Ok((jpeg, frame))
}

/// [`prepare`] through Typst's memo cache, keyed by the file's bytes:
/// `cvpdf watch` renders after every save of the data, and decoding the same
/// photo each time would take a tenth of a re-render.
#[comemo::memoize]
fn prepare_memoized(data: &[u8], frame: Frame, focus: Focus) -> Result<Vec<u8>, String> {
    prepare(data, frame, focus)
}

// By bits, for the memo cache: equal bits mean the same crop. Values that
// compare equal with other bits (0.0 and -0.0) only miss the cache.
impl std::hash::Hash for Frame {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.width_pt.to_bits().hash(state);
        self.height_pt.to_bits().hash(state);
    }
}

impl std::hash::Hash for Focus {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.x.to_bits().hash(state);
        self.y.to_bits().hash(state);
    }
}

/// Decodes an image, applies its EXIF orientation, flattens alpha onto white,
/// crops it to the frame's aspect around `focus`, scales it down to print
/// resolution and encodes it as a metadata-free JPEG.
pub fn prepare(data: &[u8], frame: Frame, focus: Focus) -> Result<Vec<u8>, String> {
    if data.is_empty() {
        return Err("the file is empty".into());
    }
    // JPEG decoders fill a cut-off file with grey instead of failing; a
    // complete JPEG has an EOI marker. Phones append data after it (the
    // video of a "motion photo"), which is not part of the image.
    let data = if image::guess_format(data).ok() == Some(ImageFormat::Jpeg) {
        &data[..jpeg_end(data).ok_or("the JPEG is truncated (it has no end marker)")?]
    } else {
        data
    };
    let (image, upright) = decode(data)?;
    let plain_colour = matches!(image, DynamicImage::ImageRgb8(_) | DynamicImage::ImageLuma8(_));
    let image = flatten_onto_white(image);
    let cropped = crop_to_aspect(&image, frame.width_pt / frame.height_pt, focus);
    let (max_width, max_height) = frame.max_pixels();
    let fits = cropped.dimensions() == image.dimensions() && image.width() <= max_width && image.height() <= max_height;
    if fits
        && upright
        && plain_colour
        && image::guess_format(data).ok() == Some(ImageFormat::Jpeg)
        && let Some(stripped) = strip_jpeg_metadata(data)
    {
        return Ok(stripped);
    }
    let scaled = if cropped.width() > max_width || cropped.height() > max_height {
        let scale = (f64::from(max_width) / f64::from(cropped.width()))
            .min(f64::from(max_height) / f64::from(cropped.height()));
        let width = (f64::from(cropped.width()) * scale).round().max(1.0) as u32;
        let height = (f64::from(cropped.height()) * scale).round().max(1.0) as u32;
        image::imageops::resize(&cropped, width, height, FilterType::Lanczos3)
    } else {
        cropped
    };
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&scaled)
        .map_err(|error| format!("could not encode the photo: {error}"))?;
    Ok(jpeg)
}

/// Decodes an image and turns it upright; says whether it already was.
fn decode(data: &[u8]) -> Result<(DynamicImage, bool), String> {
    let format = image::guess_format(data).map_err(|_| "not an image cvpdf can read (JPEG, PNG or WebP)".to_owned())?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) {
        return Err(format!("a {format:?} image; use JPEG, PNG or WebP"));
    }
    let reader = ImageReader::with_format(Cursor::new(data), format);
    let (width, height) = reader.into_dimensions().map_err(|error| format!("cannot be read: {error}"))?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "{width}×{height} pixels is more than the {} megapixels cvpdf accepts; scale it down first",
            MAX_PIXELS / 1_000_000
        ));
    }
    let mut reader = ImageReader::with_format(Cursor::new(data), format);
    let mut limits = Limits::default();
    // Room for the decoded pixels (up to 4 bytes each at 8 bits, 8 at 16) and the decoder's own buffers.
    limits.max_alloc = Some(MAX_PIXELS * 8 + (64 << 20));
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|error| format!("cannot be read: {error}"))?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|error| format!("cannot be decoded: {error}"))?;
    image.apply_orientation(orientation);
    Ok((image, orientation == image::metadata::Orientation::NoTransforms))
}

/// Where a JPEG's image ends: just after its EOI marker, found by walking
/// the segments and the entropy-coded data between them (where a 0xFF byte
/// is always followed by a stuffed zero, a restart marker or fill). `None`
/// when the data ends first.
pub fn jpeg_end(data: &[u8]) -> Option<usize> {
    if !data.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut at = 2;
    loop {
        // Between segments: a marker, after any number of 0xFF fill bytes.
        if *data.get(at)? != 0xFF {
            // Entropy-coded data of the scan before: skip to the next marker.
            at += 1;
            continue;
        }
        let mut marker_at = at + 1;
        while *data.get(marker_at)? == 0xFF {
            marker_at += 1;
        }
        let marker = data[marker_at];
        at = marker_at + 1;
        match marker {
            // End of image.
            0xD9 => return Some(at),
            // A stuffed zero or a restart marker inside scan data: no length follows.
            0x00 | 0xD0..=0xD7 | 0x01 => {}
            _ => {
                let length = usize::from(u16::from_be_bytes([*data.get(at)?, *data.get(at + 1)?]));
                if length < 2 {
                    return None;
                }
                at += length;
            }
        }
    }
}

/// A JPEG without its metadata segments: EXIF and XMP (APP1), ICC profiles
/// and the other application segments, and comments. The JFIF header (APP0),
/// the Adobe segment (APP14, which says how to read the colours) and
/// everything that describes or holds the image are copied unchanged. `None`
/// when the segment structure is not what JPEG prescribes.
pub fn strip_jpeg_metadata(data: &[u8]) -> Option<Vec<u8>> {
    if !data.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(data.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut at = 2;
    loop {
        if *data.get(at)? != 0xFF {
            return None;
        }
        // Any number of 0xFF fill bytes may precede a marker.
        while *data.get(at + 1)? == 0xFF {
            at += 1;
        }
        let marker = *data.get(at + 1)?;
        if marker == 0xDA {
            // Start of scan: the compressed data and the rest of the file follow as they are.
            out.extend_from_slice(&data[at..]);
            return Some(out);
        }
        let length = usize::from(u16::from_be_bytes([*data.get(at + 2)?, *data.get(at + 3)?]));
        let segment = data.get(at..at + 2 + length)?;
        let metadata = matches!(marker, 0xE1..=0xED | 0xEF | 0xFE);
        if !metadata {
            out.extend_from_slice(segment);
        }
        at += 2 + length;
    }
}

fn flatten_onto_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.to_rgb8();
    }
    let rgba = image.to_rgba8();
    let mut rgb = RgbImage::new(rgba.width(), rgba.height());
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let alpha = u16::from(pixel.0[3]);
        for channel in 0..3 {
            let value = u16::from(pixel.0[channel]);
            out.0[channel] = ((value * alpha + 255 * (255 - alpha) + 127) / 255) as u8;
        }
    }
    rgb
}

/// The largest region of the frame's aspect, placed so that the focus point
/// is as near its centre as the image's edges allow.
fn crop_to_aspect(image: &RgbImage, aspect: f64, focus: Focus) -> RgbImage {
    let (width, height) = image.dimensions();
    let (crop_width, crop_height) = if f64::from(width) / f64::from(height) > aspect {
        (((f64::from(height) * aspect).round() as u32).clamp(1, width), height)
    } else {
        (width, ((f64::from(width) / aspect).round() as u32).clamp(1, height))
    };
    let place = |extent: u32, crop: u32, at: f64| {
        let centre = at.clamp(0.0, 1.0) * f64::from(extent);
        let start = (centre - f64::from(crop) / 2.0).round().max(0.0) as u32;
        start.min(extent - crop)
    };
    let x = place(width, crop_width, focus.x);
    let y = place(height, crop_height, focus.y);
    image::imageops::crop_imm(image, x, y, crop_width, crop_height).to_image()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, Rgba, RgbaImage};

    const FRAME: Frame = Frame { width_pt: 97.5, height_pt: 107.25 };

    fn encode(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    fn decode_jpeg(data: &[u8]) -> RgbImage {
        image::load_from_memory_with_format(data, ImageFormat::Jpeg).unwrap().to_rgb8()
    }

    /// A JPEG with an EXIF APP1 segment that sets `orientation`.
    pub fn jpeg_with_orientation(image: &DynamicImage, orientation: u16) -> Vec<u8> {
        let jpeg = encode(image, ImageFormat::Jpeg);
        // Little-endian TIFF with one IFD entry: 0x0112 Orientation, SHORT, 1 value.
        let mut tiff = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
        tiff.extend_from_slice(&orientation.to_le_bytes());
        tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn halves(width: u32, height: u32) -> DynamicImage {
        // Left half red, right half blue.
        let image =
            RgbImage::from_fn(width, height, |x, _| if x < width / 2 { Rgb([220, 0, 0]) } else { Rgb([0, 0, 220]) });
        DynamicImage::ImageRgb8(image)
    }

    fn is_red(pixel: &Rgb<u8>) -> bool {
        pixel.0[0] > 150 && pixel.0[2] < 100
    }

    fn is_blue(pixel: &Rgb<u8>) -> bool {
        pixel.0[2] > 150 && pixel.0[0] < 100
    }

    #[test]
    fn exif_rotation_is_applied() {
        // Orientation 6: the camera was turned; the raw left edge is the top.
        let data = jpeg_with_orientation(&halves(400, 200), 6);
        let out = decode_jpeg(&prepare(&data, FRAME, Focus::default()).unwrap());
        assert!(out.height() > out.width(), "the portrait frame was not filled: {:?}", out.dimensions());
        let middle = out.width() / 2;
        assert!(is_red(out.get_pixel(middle, 2)), "top is not red: {:?}", out.get_pixel(middle, 2));
        assert!(is_blue(out.get_pixel(middle, out.height() - 3)), "bottom is not blue");
    }

    #[test]
    fn without_exif_nothing_turns() {
        let data = encode(&halves(400, 200), ImageFormat::Jpeg);
        let out = decode_jpeg(&prepare(&data, FRAME, Focus::default()).unwrap());
        assert!(
            is_red(out.get_pixel(2, out.height() / 2)) && is_blue(out.get_pixel(out.width() - 3, out.height() / 2))
        );
    }

    #[test]
    fn alpha_is_flattened_onto_white() {
        let image = RgbaImage::from_pixel(120, 132, Rgba([0, 0, 0, 0]));
        let data = encode(&DynamicImage::ImageRgba8(image), ImageFormat::Png);
        let out = decode_jpeg(&prepare(&data, FRAME, Focus::default()).unwrap());
        assert!(out.pixels().all(|p| p.0.iter().all(|&c| c > 245)), "transparent pixels did not become white");
    }

    #[test]
    fn webp_is_read() {
        // Read as the picture it is: a JPEG of the frame's shape, red on the
        // left and blue on the right, like the WebP it was made from.
        let data = encode(&halves(80, 88), ImageFormat::WebP);
        let out = decode_jpeg(&prepare(&data, FRAME, Focus::default()).unwrap());
        assert!(is_red(out.get_pixel(2, out.height() / 2)), "left is not red: {:?}", out.get_pixel(2, 44));
        assert!(is_blue(out.get_pixel(out.width() - 3, out.height() / 2)), "right is not blue");
    }

    #[test]
    fn large_photos_shrink_to_print_resolution_and_small_ones_stay() {
        let data = encode(&halves(6000, 4000), ImageFormat::Jpeg);
        let out = decode_jpeg(&prepare(&data, FRAME, Focus::default()).unwrap());
        assert_eq!(FRAME.max_pixels(), (406, 447));
        assert!(out.width() <= 406 && out.height() <= 447, "{:?}", out.dimensions());
        assert!(out.width() >= 400, "shrunk more than needed: {:?}", out.dimensions());
        let ratio = f64::from(out.width()) / f64::from(out.height());
        assert!((ratio - 289.0 / 318.0).abs() < 0.01, "aspect {ratio}");

        let small = encode(&halves(100, 110), ImageFormat::Jpeg);
        let out = decode_jpeg(&prepare(&small, FRAME, Focus::default()).unwrap());
        assert!(out.width() <= 100 && out.height() <= 110, "upscaled to {:?}", out.dimensions());
    }

    #[test]
    fn focus_moves_the_crop() {
        // A wide image, red on the left: focusing left keeps mostly red.
        let data = encode(&halves(1000, 200), ImageFormat::Png);
        let left = decode_jpeg(&prepare(&data, FRAME, Focus { x: 0.0, y: 0.5 }).unwrap());
        let right = decode_jpeg(&prepare(&data, FRAME, Focus { x: 1.0, y: 0.5 }).unwrap());
        assert!(left.pixels().all(is_red));
        assert!(right.pixels().all(is_blue));
    }

    #[test]
    fn no_metadata_survives() {
        let data = jpeg_with_orientation(&halves(300, 300), 1);
        let out = prepare(&data, FRAME, Focus::default()).unwrap();
        assert!(!out.windows(4).any(|w| w == b"Exif"), "EXIF survived");
        assert!(!out.windows(2).any(|w| w == [0xFF, 0xE1]), "an APP1 segment survived");
    }

    #[test]
    fn a_jpeg_that_fits_keeps_its_image_data_and_loses_its_metadata() {
        // The print frame's own 289:318, upright, with EXIF and a comment.
        let mut data = jpeg_with_orientation(&halves(289, 318), 1);
        let comment = b"\xFF\xFE\x00\x0Dsecret note";
        data.splice(2..2, comment.iter().copied());
        let out = prepare(&data, FRAME, Focus::default()).unwrap();
        assert!(!out.windows(4).any(|w| w == b"Exif") && !out.windows(11).any(|w| w == b"secret note"));
        let scan = |jpeg: &[u8]| jpeg[jpeg.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap()..].to_vec();
        assert_eq!(scan(&out), scan(&data), "the compressed image data was re-encoded");
        assert_eq!(decode_jpeg(&out), decode_jpeg(&data), "the pixels changed");

        // Turned, or of another aspect, or too large: re-encoded as before.
        for (image, orientation) in [(halves(289, 318), 6), (halves(300, 300), 1), (halves(578, 636), 1)] {
            let data = jpeg_with_orientation(&image, orientation);
            let out = prepare(&data, FRAME, Focus::default()).unwrap();
            assert_ne!(scan(&out), scan(&data), "{:?} orientation {orientation}", (image.width(), image.height()));
        }
    }

    #[test]
    fn a_jpeg_with_data_after_its_end_marker_is_read_without_it() {
        // A "motion photo": the picture, then a video that holds marker-like bytes.
        let jpeg = jpeg_with_orientation(&halves(289, 318), 1);
        let mut motion = jpeg.clone();
        motion.extend_from_slice(b"\0\0\0\x18ftypmp42\xFF\xD8\xFF\xD9 trailing video bytes");
        assert_eq!(jpeg_end(&motion), Some(jpeg.len()));
        let out = prepare(&motion, FRAME, Focus::default()).expect("a motion photo is accepted");
        assert!(!out.windows(4).any(|w| w == b"ftyp"), "the trailing video reached the PDF");
        assert_eq!(decode_jpeg(&out), decode_jpeg(&jpeg));
        // Cut inside the scan, it is still refused.
        assert_eq!(jpeg_end(&jpeg[..jpeg.len() - 10]), None);
        let error = prepare(&jpeg[..jpeg.len() - 10], FRAME, Focus::default()).unwrap_err();
        assert!(error.contains("truncated"), "{error}");
    }

    #[test]
    fn metadata_stripping_refuses_what_is_not_a_jpeg() {
        assert_eq!(strip_jpeg_metadata(b"\x89PNG"), None);
        assert_eq!(strip_jpeg_metadata(&[0xFF, 0xD8, 0xFF, 0xE1, 0x00]), None, "a cut-off segment");
    }

    #[test]
    fn same_input_same_bytes() {
        let data = encode(&halves(700, 500), ImageFormat::Png);
        assert_eq!(prepare(&data, FRAME, Focus::default()), prepare(&data, FRAME, Focus::default()));
    }

    #[test]
    fn broken_inputs_are_errors() {
        assert!(prepare(b"", FRAME, Focus::default()).unwrap_err().contains("empty"));
        assert!(prepare(b"hello, world", FRAME, Focus::default()).unwrap_err().contains("not an image"));
        let mut truncated = encode(&halves(200, 200), ImageFormat::Png);
        truncated.truncate(truncated.len() / 2);
        assert!(prepare(&truncated, FRAME, Focus::default()).is_err());
    }

    #[test]
    fn oversized_images_are_refused_before_decoding() {
        // A valid PNG header claiming 20000×20000 pixels; the data is not there.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend_from_slice(&20_000u32.to_be_bytes());
        png.extend_from_slice(&20_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 2, 0, 0, 0]);
        let crc = crc32(&png[12..]);
        png.extend_from_slice(&crc.to_be_bytes());
        // A token IDAT chunk and the end, so the header is read as a whole file.
        for (kind, body) in [(&b"IDAT"[..], &b"\x78\x9c\x03\x00\x00\x00\x00\x01"[..]), (b"IEND", b"")] {
            png.extend_from_slice(&(body.len() as u32).to_be_bytes());
            let start = png.len();
            png.extend_from_slice(kind);
            png.extend_from_slice(body);
            let crc = crc32(&png[start..]);
            png.extend_from_slice(&crc.to_be_bytes());
        }
        let error = prepare(&png, FRAME, Focus::default()).unwrap_err();
        assert!(error.contains("megapixels"), "{error}");
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in data {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }
}

//! Packs a finished PDF's small objects into compressed object streams.
//!
//! typst-pdf writes every object on its own and uncompressed, with a classic
//! cross-reference table. A tagged CV has hundreds of small dictionaries
//! (structure elements, annotations, outline entries) that then take about
//! half of the file. PDF 1.5 object streams hold such objects compressed;
//! PDF/A-2, PDF/A-3 and PDF/UA-1 all allow them.
//!
//! The packer copies every object's bytes verbatim: nothing is parsed beyond
//! the cross-reference table and the trailer, and nothing is re-serialised,
//! so the objects a reader gets are exactly the ones typst-pdf wrote. Streams
//! stay where they were (a stream cannot live in an object stream); the
//! trailer becomes a compressed cross-reference stream. The output depends
//! only on the input bytes.

use std::io::Write;
use std::ops::Range;

use flate2::Compression;
use flate2::write::ZlibEncoder;

/// Objects per object stream: few enough that a reader decompresses little
/// to reach one object, many enough that the compressor sees repetition.
const OBJECTS_PER_STREAM: usize = 200;

/// The packed PDF, or `None` when the input is not laid out the way
/// typst-pdf writes files (a classic cross-reference table, generation-0
/// objects in order, a trailer that starts with `/Size`), in which case the
/// caller keeps the input as it is.
pub fn pack(pdf: &[u8]) -> Option<Vec<u8>> {
    let layout = Layout::read(pdf)?;
    let mut packable = Vec::new();
    let mut kept = Vec::new();
    for object in &layout.objects {
        let body = &pdf[object.body.clone()];
        if is_stream(body) { kept.push(object) } else { packable.push(object) }
    }

    let mut out = Vec::with_capacity(pdf.len() / 2);
    out.extend_from_slice(&pdf[..layout.header_end]);
    // Per object number: where it ended up.
    let mut entries = vec![Entry::Free; layout.size];
    for object in kept {
        entries[object.number] = Entry::Direct(out.len());
        out.extend_from_slice(&pdf[object.whole.clone()]);
    }
    let mut next_number = layout.size;
    for group in packable.chunks(OBJECTS_PER_STREAM) {
        let number = next_number;
        next_number += 1;
        let mut offsets = String::new();
        let mut bodies = Vec::new();
        for (index, object) in group.iter().enumerate() {
            entries[object.number] = Entry::Packed { stream: number, index };
            offsets.push_str(&format!("{} {} ", object.number, bodies.len()));
            bodies.extend_from_slice(pdf[object.body.clone()].trim_ascii());
            bodies.push(b'\n');
        }
        let mut content = offsets.into_bytes();
        let first = content.len();
        content.extend_from_slice(&bodies);
        let data = deflate(&content)?;
        entries.push(Entry::Direct(out.len()));
        write!(
            out,
            "{number} 0 obj\n<</Type/ObjStm/N {}/First {first}/Filter/FlateDecode/Length {}>>\nstream\n",
            group.len(),
            data.len()
        )
        .ok()?;
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    let xref_number = next_number;
    let xref_offset = out.len();
    entries.push(Entry::Direct(xref_offset));
    let mut table = Vec::with_capacity(entries.len() * 7);
    for entry in &entries {
        let (kind, field, generation): (u8, usize, u16) = match *entry {
            Entry::Free => (0, 0, 0xFFFF),
            Entry::Direct(offset) => (1, offset, 0),
            Entry::Packed { stream, index } => (2, stream, u16::try_from(index).ok()?),
        };
        table.push(kind);
        table.extend_from_slice(&u32::try_from(field).ok()?.to_be_bytes());
        table.extend_from_slice(&generation.to_be_bytes());
    }
    let data = deflate(&table)?;
    write!(
        out,
        "{xref_number} 0 obj\n<</Type/XRef/Size {}/W[1 4 2]/Filter/FlateDecode/Length {}",
        entries.len(),
        data.len()
    )
    .ok()?;
    // The rest of the old trailer (/Root, /Info, /ID) carries over as written.
    out.extend_from_slice(&pdf[layout.trailer_rest.clone()]);
    out.extend_from_slice(b">>\nstream\n");
    out.extend_from_slice(&data);
    write!(out, "\nendstream\nendobj\nstartxref\n{xref_offset}\n%%EOF\n").ok()?;
    Some(out)
}

#[derive(Clone, Copy)]
enum Entry {
    Free,
    Direct(usize),
    Packed { stream: usize, index: usize },
}

struct Object {
    number: usize,
    /// From `N 0 obj` to the end of `endobj`'s line.
    whole: Range<usize>,
    /// Between `obj` and `endobj`.
    body: Range<usize>,
}

/// Where things are in a PDF as typst-pdf writes it.
struct Layout {
    header_end: usize,
    /// The `/Size` of the trailer: object numbers run below it.
    size: usize,
    objects: Vec<Object>,
    /// The trailer dictionary after its `/Size` entry, up to its closing `>>`.
    trailer_rest: Range<usize>,
}

impl Layout {
    fn read(pdf: &[u8]) -> Option<Layout> {
        let startxref = rfind(pdf, b"startxref")?;
        let xref_offset: usize = parse_number(first_token(&pdf[startxref + b"startxref".len()..])?)?;
        let xref = pdf.get(xref_offset..)?.strip_prefix(b"xref")?;
        let trailer_at = find(xref, b"trailer")?;
        let mut tokens = xref[..trailer_at].split(u8::is_ascii_whitespace).filter(|token| !token.is_empty());

        // One subsection from object 0, as pdf-writer writes it.
        let (start, count): (usize, usize) = (parse_number(tokens.next()?)?, parse_number(tokens.next()?)?);
        if start != 0 {
            return None;
        }
        let mut offsets = Vec::with_capacity(count);
        for number in 0..count {
            let offset: usize = parse_number(tokens.next()?)?;
            let generation: u32 = parse_number(tokens.next()?)?;
            match tokens.next()? {
                b"n" if generation == 0 => offsets.push((offset, number)),
                b"f" => {}
                _ => return None,
            }
        }
        if tokens.next().is_some() {
            return None;
        }

        // The trailer: `<< /Size N …rest… >>`.
        let trailer_start = xref_offset + 4 + trailer_at + b"trailer".len();
        let trailer_end = xref_offset + 4 + rfind(&xref[trailer_at..], b">>")? + trailer_at;
        let trailer = &pdf[trailer_start..trailer_end];
        let after_open = skip_whitespace(trailer, find(trailer, b"<<")? + 2);
        let size_key = trailer.get(after_open..)?.strip_prefix(b"/Size")?;
        let size_value_start = skip_whitespace(size_key, 0);
        let digits = size_key[size_value_start..].iter().take_while(|byte| byte.is_ascii_digit()).count();
        let size: usize = parse_number(&size_key[size_value_start..size_value_start + digits])?;
        if size != count {
            return None;
        }
        let rest_start = trailer_start + after_open + b"/Size".len() + size_value_start + digits;

        // Objects lie in order, each up to the next one; the last up to the xref table.
        offsets.sort_unstable();
        let header_end = offsets.first().map_or(xref_offset, |&(offset, _)| offset);
        let mut objects = Vec::with_capacity(offsets.len());
        for (index, &(offset, number)) in offsets.iter().enumerate() {
            let end = offsets.get(index + 1).map_or(xref_offset, |&(next, _)| next);
            let whole = pdf.get(offset..end)?;
            let header = format!("{number} 0 obj");
            let after_header = whole.strip_prefix(header.as_bytes())?;
            let body_start = offset + header.len();
            let body_end = body_start + rfind(after_header, b"endobj")?;
            if !whole.trim_ascii_end().ends_with(b"endobj") {
                return None;
            }
            objects.push(Object { number, whole: offset..end, body: body_start..body_end });
        }
        Some(Layout { header_end, size, objects, trailer_rest: rest_start..trailer_end })
    }
}

/// Whether an object's body is a stream: a dictionary followed by
/// `stream … endstream`.
fn is_stream(body: &[u8]) -> bool {
    body.trim_ascii_end().ends_with(b"endstream")
}

fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(data.len() / 3), Compression::default());
    encoder.write_all(data).ok()?;
    encoder.finish().ok()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|window| window == needle)
}

fn skip_whitespace(bytes: &[u8], from: usize) -> usize {
    from + bytes.get(from..).map_or(0, |rest| rest.iter().take_while(|byte| byte.is_ascii_whitespace()).count())
}

fn first_token(bytes: &[u8]) -> Option<&[u8]> {
    bytes.split(u8::is_ascii_whitespace).find(|token| !token.is_empty())
}

fn parse_number<T: std::str::FromStr>(token: &[u8]) -> Option<T> {
    std::str::from_utf8(token).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    /// A PDF laid out as pdf-writer lays one out, with a stream whose data
    /// contains `endobj`, which must not end the object early.
    fn sample() -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n%\x80\x80\x80\x80\n".to_vec();
        let objects: [&[u8]; 4] = [
            b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]/Contents 4 0 R>>",
            b"<</Length 12>>\nstream\nendobj 0 0 m\nendstream",
        ];
        let mut offsets = Vec::new();
        for (index, body) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n", index + 1).as_bytes());
            pdf.extend_from_slice(body);
            pdf.extend_from_slice(b"\nendobj\n\n");
        }
        let xref = pdf.len();
        pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f\r\n");
        for offset in offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
        }
        pdf.extend_from_slice(b"trailer\n<</Size 5/Root 1 0 R/ID[(a)(b)]>>\nstartxref\n");
        pdf.extend_from_slice(format!("{xref}\n%%EOF").as_bytes());
        pdf
    }

    #[test]
    fn objects_move_into_a_stream_and_the_stream_stays_whole() {
        let packed = pack(&sample()).expect("the sample packs");
        let text = String::from_utf8_lossy(&packed);
        assert!(text.starts_with("%PDF-1.7\n"));
        assert!(text.contains("4 0 obj\n<</Length 12>>\nstream\nendobj 0 0 m\nendstream"), "{text}");
        assert!(text.contains("5 0 obj\n<</Type/ObjStm/N 3/First "), "{text}");
        assert!(text.contains("6 0 obj\n<</Type/XRef/Size 7/W[1 4 2]/Filter/FlateDecode/Length "), "{text}");
        assert!(text.contains("/Root 1 0 R/ID[(a)(b)]>>"), "the trailer's entries must carry over: {text}");
        assert!(!text.contains("/Catalog"), "the catalog should be packed: {text}");
        let startxref = rfind(&packed, b"startxref\n").unwrap() + 10;
        let offset: usize = parse_number(first_token(&packed[startxref..]).unwrap()).unwrap();
        assert!(packed[offset..].starts_with(b"6 0 obj"), "startxref must point at the xref stream");
    }

    #[test]
    fn the_object_stream_holds_each_body_at_its_offset() {
        let packed = pack(&sample()).unwrap();
        let start = find(&packed, b"/Type/ObjStm").unwrap();
        let data_start = start + find(&packed[start..], b"stream\n").unwrap() + 7;
        let data_end = start + find(&packed[start..], b"\nendstream").unwrap();
        let mut content = Vec::new();
        flate2::read::ZlibDecoder::new(&packed[data_start..data_end])
            .read_to_end(&mut content)
            .expect("the object stream inflates");
        let header = &packed[start..data_start];
        let first: usize = String::from_utf8_lossy(header)
            .split("/First ")
            .nth(1)
            .unwrap()
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let numbers: Vec<usize> =
            String::from_utf8_lossy(&content[..first]).split_whitespace().map(|token| token.parse().unwrap()).collect();
        assert_eq!(numbers.iter().step_by(2).copied().collect::<Vec<_>>(), [1, 2, 3]);
        let page_at = first + numbers[5];
        assert!(content[page_at..].starts_with(b"<</Type/Page/Parent 2 0 R"));
    }

    #[test]
    fn a_file_of_another_shape_is_left_alone() {
        assert!(pack(b"%PDF-1.7\nnot really").is_none());
        let mut generation_one = sample();
        let at = find(&generation_one, b"00000 n").unwrap();
        generation_one[at..at + 5].copy_from_slice(b"00001");
        assert!(pack(&generation_one).is_none());
    }
}

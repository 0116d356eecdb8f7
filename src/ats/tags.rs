//! The tagged structure of a PDF (`StructTreeRoot`): the order in which
//! its marked content is meant to be read, and which block (a paragraph, a
//! heading, a list item, a table cell) each piece belongs to. A screen
//! reader follows it; a parser that reads positions does not, and where the
//! two disagree a parser mixes text that belongs apart.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};

use super::reader::{name_of, resolve};

/// Structure elements are nested at most this deep.
const DEPTH: usize = 64;
/// At most this many structure elements are read.
const ELEMENTS: usize = 500_000;

/// One piece of marked content in the structure's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Leaf {
    /// 0-based page index.
    pub(crate) page: usize,
    pub(crate) mcid: u32,
    /// The block it belongs to: the nearest paragraph-like element above it
    /// (numbered in the order of the tree).
    pub(crate) block: u32,
}

/// The standard structure types that hold lines of text as one block.
const BLOCKS: &[&str] = &[
    "P",
    "H",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "LI",
    "Lbl",
    "LBody",
    "TD",
    "TH",
    "Caption",
    "BlockQuote",
    "Title",
    "TOCI",
    "Note",
    "BibEntry",
    "Figure",
    "Formula",
];

/// The marked content of a tagged PDF in the order of its structure, or
/// `None` when the PDF has no structure tree.
pub(crate) fn read(pdf: &Pdf, pages: &BTreeMap<ObjectId, usize>) -> Option<Vec<Leaf>> {
    let catalog = pdf.catalog().ok()?;
    let root = resolve(pdf, catalog.get(b"StructTreeRoot").ok()?).as_dict().ok()?;
    let roles = root.get(b"RoleMap").ok().map(|object| resolve(pdf, object)).and_then(|object| object.as_dict().ok());
    let mut walk = Walk { pdf, pages, roles, leaves: Vec::new(), seen: BTreeSet::new(), blocks: 0, elements: 0 };
    if let Ok(kids) = root.get(b"K") {
        walk.kids(kids, None, None, 0);
    }
    Some(walk.leaves)
}

struct Walk<'a> {
    pdf: &'a Pdf,
    pages: &'a BTreeMap<ObjectId, usize>,
    roles: Option<&'a Dictionary>,
    leaves: Vec<Leaf>,
    seen: BTreeSet<ObjectId>,
    blocks: u32,
    elements: usize,
}

impl Walk<'_> {
    /// A structure type with custom names mapped to standard ones.
    fn standard(&self, mut kind: String) -> String {
        for _ in 0..8 {
            if BLOCKS.contains(&kind.as_str()) {
                break;
            }
            match self.roles.and_then(|roles| roles.get(kind.as_bytes()).ok()).and_then(name_of) {
                Some(mapped) if mapped != kind => kind = mapped,
                _ => break,
            }
        }
        kind
    }

    fn page_of(&self, dict: &Dictionary) -> Option<usize> {
        let id = dict.get(b"Pg").ok()?.as_reference().ok()?;
        self.pages.get(&id).copied()
    }

    fn kids(&mut self, kids: &Object, page: Option<usize>, block: Option<u32>, depth: usize) {
        if depth > DEPTH || self.elements > ELEMENTS {
            return;
        }
        match kids {
            Object::Array(items) => {
                for item in items {
                    self.kids(item, page, block, depth + 1);
                }
            }
            Object::Integer(mcid) => {
                if let (Some(page), Ok(mcid)) = (page, u32::try_from(*mcid)) {
                    let block = block.unwrap_or_else(|| self.new_block());
                    self.leaves.push(Leaf { page, mcid, block });
                }
            }
            Object::Reference(id) => {
                if self.seen.insert(*id)
                    && let Ok(object) = self.pdf.get_object(*id)
                {
                    self.kids(object, page, block, depth + 1);
                }
            }
            Object::Dictionary(dict) => self.element(dict, page, block, depth),
            _ => {}
        }
    }

    fn new_block(&mut self) -> u32 {
        self.blocks += 1;
        self.blocks
    }

    fn element(&mut self, dict: &Dictionary, page: Option<usize>, block: Option<u32>, depth: usize) {
        self.elements += 1;
        let page = self.page_of(dict).or(page);
        match dict.get(b"Type").ok().and_then(name_of).as_deref() {
            Some("MCR") => {
                let mcid = dict.get(b"MCID").ok().and_then(|mcid| mcid.as_i64().ok());
                if let (Some(page), Some(Ok(mcid))) = (page, mcid.map(u32::try_from)) {
                    let block = block.unwrap_or_else(|| self.new_block());
                    self.leaves.push(Leaf { page, mcid, block });
                }
                return;
            }
            Some("OBJR") => return,
            _ => {}
        }
        let kind = dict.get(b"S").ok().and_then(name_of).map(|kind| self.standard(kind)).unwrap_or_default();
        // The outermost paragraph-like element is the block: a paragraph
        // inside a list item belongs to the item.
        let block = match block {
            Some(block) => Some(block),
            None if BLOCKS.contains(&kind.as_str()) => Some(self.new_block()),
            None => None,
        };
        if let Ok(kids) = dict.get(b"K") {
            // An element whose marked content sits directly under it, with no
            // block above: its own block.
            let block = match (block, resolve(self.pdf, kids)) {
                (None, Object::Integer(_)) => Some(self.new_block()),
                (block, _) => block,
            };
            self.kids(kids, page, block, depth + 1);
        }
    }
}

//! Limits on untrusted input, all in one place.
//!
//! Model files, GraphML from other tools, rating matrices and coded-excerpt spreadsheets
//! come from other people. Whatever they hold, the readers answer with a typed error or a
//! correct result in bounded time, memory and output. Each limit below is checked before
//! the work it protects (the size before any parsing, XML nesting and attributes before
//! the XML parser sees the text, the number of records before the graph is built), and
//! each has its own [`ErrorKind`] variant.
//!
//! | limit | value | refused with |
//! |-------|-------|--------------|
//! | [`MAX_INPUT_BYTES`]: text handed to any reader (JSON model, GraphML, rating matrix, coded-excerpt CSV, profile JSON) or read from a file | 1 GiB | [`InputTooLarge`](crate::ErrorKind::InputTooLarge) |
//! | [`MAX_RECORDS`]: mechanisms, links, studies or CSV rows in one input | 4 000 000 | [`TooManyRecords`](crate::ErrorKind::TooManyRecords) |
//! | [`MAX_CSV_FIELDS`]: fields in one CSV row | 4 096 | [`TooManyFields`](crate::ErrorKind::TooManyFields) |
//! | [`MAX_XML_DEPTH`]: nesting of XML elements | 64 | [`XmlTooDeep`](crate::ErrorKind::XmlTooDeep) |
//! | [`MAX_XML_ATTRIBUTES`]: attributes on one XML element | 256 | [`XmlTooManyAttributes`](crate::ErrorKind::XmlTooManyAttributes) |
//! | [`MAX_XML_ATTRIBUTE_BYTES`]: one XML attribute value | 64 KiB | [`XmlAttributeTooLong`](crate::ErrorKind::XmlAttributeTooLong) |
//! | a document type declaration (`<!DOCTYPE`, which entities need) | none allowed | [`XmlDtd`](crate::ErrorKind::XmlDtd) |
//! | [`MAX_ID_LEN`]: a mechanism or study id | 128 bytes | [`InvalidId`](crate::ErrorKind::InvalidId) |
//! | [`MAX_QUOTED_CHARS`]: a value quoted in a message | 80 characters | cut with `…` and its length |
//! | [`MAX_PROBLEMS`]: problems kept in one error | 100 | the rest counted |
//! | [`MAX_SUGGESTION_CHARS`]: text a did-you-mean is computed for | 64 characters | no suggestion |
//!
//! # Example
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use isp_moc::limits::MAX_XML_DEPTH;
//! use isp_moc::ErrorKind;
//!
//! let deep = "<a>".repeat(MAX_XML_DEPTH + 1);
//! let err = isp_moc::io::from_graphml(&format!("<graphml>{deep}")).unwrap_err();
//! assert_eq!(err.kind(), &ErrorKind::XmlTooDeep { limit: MAX_XML_DEPTH });
//! # }
//! ```

use std::io::Read;
use std::path::Path;

use crate::{Error, ErrorKind, Result};

pub use crate::error::{MAX_PROBLEMS, MAX_QUOTED_CHARS};
pub use crate::id::MAX_ID_LEN;

/// Largest text, in bytes, any reader accepts (1 GiB): a model of a million links with
/// their evidence (about 160 MB compact, 260 MB pretty-printed) fits with room to spare,
/// and a reader never starts on more.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024 * 1024;

/// Most records of one kind in one input: mechanisms, links, studies, or rows of a CSV
/// file.
pub const MAX_RECORDS: usize = 4_000_000;

/// Most fields in one row of a CSV file (a rating matrix has one per site, a coded-excerpt
/// file one per field or code).
pub const MAX_CSV_FIELDS: usize = 4096;

/// Deepest nesting of XML elements accepted (GraphML needs about 5; tools' graphics
/// extensions about 10).
pub const MAX_XML_DEPTH: usize = 64;

/// Most attributes on one XML element (GraphML uses at most 6; XML parsers check
/// attributes for duplicates in time that grows with the square of their number).
pub const MAX_XML_ATTRIBUTES: usize = 256;

/// Longest XML attribute value, in bytes (attributes hold ids and key names; the model's
/// text is in element content, which only [`MAX_INPUT_BYTES`] bounds).
pub const MAX_XML_ATTRIBUTE_BYTES: usize = 64 * 1024;

/// Longest text, in characters, a did-you-mean suggestion is computed for: no id or term
/// is longer, so longer text is not a typo, and the search stays fast.
pub const MAX_SUGGESTION_CHARS: usize = 64;

/// The text a reader reads: `text` without a leading byte-order mark (not content, and
/// written by many Windows tools; lines and columns count from after it), or
/// `Err(InputTooLarge)` when it is over [`MAX_INPUT_BYTES`].
#[cfg_attr(not(any(feature = "serde", feature = "csv")), allow(dead_code))]
pub(crate) fn check_input(text: &str) -> Result<&str> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::new(ErrorKind::InputTooLarge {
            bytes: text.len(),
            limit: MAX_INPUT_BYTES,
        }));
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

#[cfg_attr(not(any(feature = "serde", feature = "csv")), allow(dead_code))]
/// Reads a UTF-8 text file of at most [`MAX_INPUT_BYTES`], reading no more than that
/// whatever the file is (a device, a pipe, a file that grows). A file that is not UTF-8
/// is [`ErrorKind::Syntax`] in `format` (the reader's: "JSON", "XML", "CSV"), placed in
/// the file at the first byte that is not (see [`not_utf8`]): the file could be read,
/// so it is not an [`ErrorKind::Io`] problem, and the fix is to re-save it.
pub(crate) fn read_text_file(path: &Path, format: &'static str) -> Result<String> {
    let io = |e: std::io::Error| {
        Error::new(ErrorKind::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    let cap = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX);
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > MAX_INPUT_BYTES {
        let bytes = std::fs::metadata(path)
            .ok()
            .and_then(|m| usize::try_from(m.len()).ok())
            .unwrap_or(bytes.len())
            .max(bytes.len());
        return Err(Error::new(ErrorKind::InputTooLarge {
            bytes,
            limit: MAX_INPUT_BYTES,
        }));
    }
    utf8_text(bytes, format, "file").map_err(|e| e.in_file(&path.display().to_string()))
}

/// Why `bytes` are not read as text: [`ErrorKind::Syntax`] in `format` at the line and
/// column (in characters, a byte-order mark not counted, as the readers count them) of
/// the first byte that is not UTF-8, naming the byte and its offset, and saying how to
/// fix the file; UTF-16 (recognised by its byte-order mark) is named as such, since
/// spreadsheets and Windows tools write it and its bytes alone would puzzle.
#[cfg_attr(not(any(feature = "serde", feature = "csv")), allow(dead_code))]
fn not_utf8(bytes: &[u8], error: std::str::Utf8Error, format: &'static str, what: &str) -> Error {
    let offset = error.valid_up_to();
    let message = match bytes {
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => format!(
            "the {what} is UTF-16 text (it starts with the bytes {}), which isp-moc does not \
             read; re-save it as UTF-8",
            if bytes.first() == Some(&0xFF) {
                "FF FE"
            } else {
                "FE FF"
            }
        ),
        _ => format!(
            "the {what} is not UTF-8 text: byte 0x{:02X} (byte offset {offset}) is not UTF-8, \
             as in text saved as Latin-1 or Windows-1252; re-save it as UTF-8{}; \
             UTF-16 text (starting with the bytes FF FE or FE FF) is not read either",
            bytes.get(offset).copied().unwrap_or_default(),
            // spreadsheets are where CSV files come from, each with its own menu entry
            if format == "CSV" {
                " (a spreadsheet's \"CSV UTF-8\" format)"
            } else {
                ""
            }
        ),
    };
    // the valid text before the byte places it
    let before = bytes
        .get(..offset)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or_default();
    let before = before.strip_prefix('\u{feff}').unwrap_or(before);
    crate::error::Problem::new(ErrorKind::Syntax { format, message })
        .at(crate::error::Location::after(before))
        .into()
}

/// Bytes read from elsewhere than a file (standard input) as text, or the error a file's
/// would give ([`read_text_file`]), in the words of `what` the bytes are ("input").
#[cfg_attr(not(any(feature = "serde", feature = "csv")), allow(dead_code))]
pub(crate) fn utf8_text(bytes: Vec<u8>, format: &'static str, what: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error(), format, what))
}

/// `Err(TooManyFields)` when `count` is over [`MAX_CSV_FIELDS`].
#[cfg_attr(not(feature = "csv"), allow(dead_code))]
pub(crate) fn check_fields(count: usize) -> Result<()> {
    if count > MAX_CSV_FIELDS {
        return Err(Error::new(ErrorKind::TooManyFields {
            limit: MAX_CSV_FIELDS,
        }));
    }
    Ok(())
}

/// `Err(TooManyRecords)` when `count` is over [`MAX_RECORDS`].
#[cfg_attr(not(any(feature = "serde", feature = "csv")), allow(dead_code))]
pub(crate) fn check_records(what: &'static str, count: usize) -> Result<()> {
    if count > MAX_RECORDS {
        return Err(Error::new(ErrorKind::TooManyRecords {
            what,
            limit: MAX_RECORDS,
        }));
    }
    Ok(())
}

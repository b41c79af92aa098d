//! A single linear pass over XML text, before the XML parser sees it, for what the parser
//! does not bound cheaply: nesting depth, attributes per element (roxmltree checks them for
//! duplicates in quadratic time), the length of attribute values, and a DTD (which entity
//! attacks need). Markup the pass cannot make sense of is left to the parser, which
//! reports it as a syntax error.

use crate::error::{Location, Problem};
use crate::limits::{MAX_XML_ATTRIBUTES, MAX_XML_ATTRIBUTE_BYTES, MAX_XML_DEPTH};
use crate::{Error, ErrorKind, Result};

/// `Err` with the first limit `text` exceeds, located at its element or attribute.
pub(crate) fn check_xml(text: &str) -> Result<()> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(open) = find(bytes, i, b"<") {
        let rest = bytes.get(open + 1..).unwrap_or_default();
        i = if rest.starts_with(b"!--") {
            after(bytes, open + 4, b"-->")
        } else if rest.starts_with(b"![CDATA[") {
            after(bytes, open + 9, b"]]>")
        } else if rest.starts_with(b"!DOCTYPE") {
            return Err(at(text, open, ErrorKind::XmlDtd));
        } else if rest.starts_with(b"?") {
            after(bytes, open + 2, b"?>")
        } else if rest.starts_with(b"/") {
            depth = depth.saturating_sub(1);
            after(bytes, open + 2, b">")
        } else {
            match start_tag(text, open)? {
                Tag::Open(end) => {
                    depth += 1;
                    if depth > MAX_XML_DEPTH {
                        return Err(at(
                            text,
                            open,
                            ErrorKind::XmlTooDeep {
                                limit: MAX_XML_DEPTH,
                            },
                        ));
                    }
                    end
                }
                Tag::Empty(end) => end,
                // left to the parser
                Tag::Malformed => return Ok(()),
            }
        };
    }
    Ok(())
}

/// What a start tag turned out to be, with the offset just after it.
enum Tag {
    Open(usize),
    Empty(usize),
    Malformed,
}

/// Reads the start tag at `open` (the offset of its `<`), checking its attributes.
fn start_tag(text: &str, open: usize) -> Result<Tag> {
    let bytes = text.as_bytes();
    let name_end = skip(bytes, open + 1, |b| !is_space(b) && b != b'/' && b != b'>');
    let name = text.get(open + 1..name_end).unwrap_or_default();
    let mut i = name_end;
    let mut count = 0usize;
    loop {
        i = skip(bytes, i, is_space);
        match bytes.get(i) {
            Some(b'>') => return Ok(Tag::Open(i + 1)),
            Some(b'/') if bytes.get(i + 1) == Some(&b'>') => return Ok(Tag::Empty(i + 2)),
            None | Some(b'/' | b'<') => return Ok(Tag::Malformed),
            Some(_) => {}
        }
        let attribute_at = i;
        let attribute_end = skip(bytes, i, |b| !is_space(b) && b != b'=' && b != b'>');
        i = skip(bytes, attribute_end, is_space);
        if bytes.get(i) != Some(&b'=') {
            return Ok(Tag::Malformed);
        }
        i = skip(bytes, i + 1, is_space);
        let Some(&quote @ (b'"' | b'\'')) = bytes.get(i) else {
            return Ok(Tag::Malformed);
        };
        let Some(close) = find(bytes, i + 1, &[quote]) else {
            return Ok(Tag::Malformed);
        };
        count += 1;
        if count > MAX_XML_ATTRIBUTES {
            return Err(at(
                text,
                open,
                ErrorKind::XmlTooManyAttributes {
                    element: name.to_owned(),
                    limit: MAX_XML_ATTRIBUTES,
                },
            ));
        }
        let length = close - (i + 1);
        if length > MAX_XML_ATTRIBUTE_BYTES {
            return Err(at(
                text,
                attribute_at,
                ErrorKind::XmlAttributeTooLong {
                    attribute: text
                        .get(attribute_at..attribute_end)
                        .unwrap_or_default()
                        .to_owned(),
                    bytes: length,
                    limit: MAX_XML_ATTRIBUTE_BYTES,
                },
            ));
        }
        i = close + 1;
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// The first offset from `from` whose byte fails `keep` (or the end).
fn skip(bytes: &[u8], from: usize, keep: impl Fn(u8) -> bool) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    from + rest.iter().position(|&b| !keep(b)).unwrap_or(rest.len())
}

/// The offset of the first `needle` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let first = *needle.first()?;
    let mut start = 0;
    while let Some(p) = rest.get(start..)?.iter().position(|&b| b == first) {
        let candidate = start + p;
        if rest.get(candidate..)?.starts_with(needle) {
            return Some(from + candidate);
        }
        start = candidate + 1;
    }
    None
}

/// The offset just after the first `needle` at or after `from` (the end when there is
/// none).
fn after(bytes: &[u8], from: usize, needle: &[u8]) -> usize {
    find(bytes, from, needle).map_or(bytes.len(), |p| p + needle.len())
}

/// An error of `kind` at byte `offset`, with its line and column (in characters, as the
/// XML parser counts).
fn at(text: &str, offset: usize, kind: ErrorKind) -> Error {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    Problem::new(kind).at(Location::at(line, column)).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_graphml_passes() {
        let text = "<?xml version=\"1.0\"?>\n<!-- c <a> -->\n<graphml a='1' b = \"2\">\
                    <![CDATA[<x><y>]]><graph/><node id=\"a&gt;b\"></node></graphml>";
        assert!(check_xml(text).is_ok());
    }

    #[test]
    fn limits_are_found_where_they_are() {
        let deep = format!("<g>\n{}", "<a>".repeat(MAX_XML_DEPTH));
        let err = check_xml(&deep).unwrap_err();
        assert_eq!(
            err.kind(),
            &ErrorKind::XmlTooDeep {
                limit: MAX_XML_DEPTH
            }
        );
        let at = err.location().unwrap();
        assert_eq!(
            (at.line, at.column),
            (Some(2), Some(1 + 3 * (MAX_XML_DEPTH - 1)))
        );
        let closed = format!("<g>{}", "<a></a>".repeat(1000));
        assert!(check_xml(&closed).is_ok());
        let err = check_xml("<g>\n  <!DOCTYPE g>").unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::XmlDtd);
        assert_eq!(err.location(), Some(&Location::at(2, 3)));
    }

    #[test]
    fn malformed_markup_is_left_to_the_parser() {
        for text in [
            "<", "<a", "<a b", "<a b=", "<a b='", "<a b='c'", "<a/", "</", "<!--",
        ] {
            assert!(check_xml(text).is_ok(), "{text}");
        }
    }
}

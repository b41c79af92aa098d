//! Saving and loading graphs as JSON text.

use serde::Deserialize;

use super::document::{Document, FORMAT_VERSION};
use crate::{Error, MechanismGraph, Result};

/// The graph as a pretty-printed, versioned JSON document (two-space indent, trailing
/// newline), elements and links in declaration order. Floats are written in their shortest
/// exact form and read back bit for bit.
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// let text = isp_moc::io::to_json(&g);
/// assert!(text.starts_with("{\n  \"format_version\": 1,"));
/// assert_eq!(isp_moc::io::from_json(&text)?, g);
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn to_json(graph: &MechanismGraph) -> String {
    // Serializing plain data into a String cannot fail.
    let mut text = serde_json::to_string_pretty(&Document::from(graph)).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a graph from JSON text, with the builder's validation.
///
/// # Errors
///
/// * [`Error::Json`] for malformed JSON, unknown fields, wrong types or unknown vocabulary
///   ids, with line and column;
/// * [`Error::UnsupportedFormatVersion`] for a document of another format version
///   (checked before anything else);
/// * any of the builder's errors ([`Error::DuplicateMechanism`], [`Error::UnknownEndpoint`],
///   [`Error::GrammarViolation`], ...), naming the offending element.
///
/// Nothing is returned unless the whole document is valid.
///
/// # Example
///
/// ```
/// use isp_moc::Error;
/// let err = isp_moc::io::from_json(r#"{"format_version": 1, "mechanisms": [], "linx": []}"#).unwrap_err();
/// assert!(matches!(err, Error::Json { line: 1, .. }));
/// assert!(err.to_string().contains("unknown field `linx`"));
/// ```
pub fn from_json(text: &str) -> Result<MechanismGraph> {
    // serde would read a JSON array as a struct's fields in order; say what is expected.
    if let Some((offset, c)) = text.char_indices().find(|(_, c)| !c.is_whitespace()) {
        if c != '{' {
            let line = text[..offset].matches('\n').count() + 1;
            let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
            return Err(Error::Json {
                line,
                column,
                message: "expected a JSON object (a model document)".to_owned(),
            });
        }
    }
    match serde_json::from_str::<Document>(text) {
        // the builder checks the version before anything else
        Ok(document) => MechanismGraph::try_from(document),
        // a document of another format version gets a version error, not a field error
        Err(e) => Err(other_version(text).unwrap_or_else(|| json_error(e))),
    }
}

/// The version error for a document whose `format_version` is a number other than ours.
/// Only called when parsing failed, so the happy path reads the text once.
fn other_version(text: &str) -> Option<Error> {
    #[derive(Deserialize)]
    struct Version {
        format_version: u64,
    }
    let found = serde_json::from_str::<Version>(text).ok()?.format_version;
    (found != u64::from(FORMAT_VERSION)).then_some(Error::UnsupportedFormatVersion {
        found,
        supported: FORMAT_VERSION,
    })
}

/// Converts a serde_json error into the crate's error, keeping line and column.
fn json_error(e: serde_json::Error) -> Error {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    Error::Json {
        line: e.line(),
        column: e.column(),
        message,
    }
}

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
    #[derive(Deserialize)]
    struct Probe {
        format_version: Option<serde::de::IgnoredAny>,
    }
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
    // Check the version first, so a newer file gets a version error, not a field error.
    let probe: Probe = serde_json::from_str(text).map_err(json_error)?;
    if probe.format_version.is_some() {
        #[derive(Deserialize)]
        struct Version {
            format_version: u64,
        }
        if let Ok(v) = serde_json::from_str::<Version>(text) {
            if v.format_version != u64::from(FORMAT_VERSION) {
                return Err(Error::UnsupportedFormatVersion {
                    found: v.format_version,
                    supported: FORMAT_VERSION,
                });
            }
        }
    }
    let document: Document = serde_json::from_str(text).map_err(json_error)?;
    MechanismGraph::try_from(document)
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

//! Reading and writing model files, in any [`Format`].

use std::path::Path;

use super::{from_graphml, from_json, to_graphml, to_json, Format};
use crate::export::{dagitty, dot, mermaid, node_link, DagittyOptions, DrawOptions};
use crate::{Error, ErrorKind, MechanismGraph, Result};

fn io_error(path: &Path, e: std::io::Error) -> Error {
    ErrorKind::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
    .into()
}

/// Reads a model from text in a readable format ([`Format::Json`] or
/// [`Format::GraphMl`]).
///
/// # Errors
///
/// [`ErrorKind::UnsupportedFormat`] for a format this crate only writes, and every error
/// of [`from_json`] or [`from_graphml`].
///
/// # Example
///
/// ```
/// use isp_moc::io::{parse, to_text, Format};
/// let g = isp_moc::catalog::figure2();
/// assert_eq!(parse(&to_text(&g, Format::GraphMl), Format::GraphMl)?, g);
/// assert!(parse("digraph {}", Format::Dot).is_err());
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn parse(text: &str, format: Format) -> Result<MechanismGraph> {
    match format {
        Format::Json => from_json(text),
        Format::GraphMl => from_graphml(text),
        other => Err(ErrorKind::UnsupportedFormat {
            what: other.label().to_owned(),
            reason: WRITTEN_NOT_READ.to_owned(),
        }
        .into()),
    }
}

/// Why a drawing or exchange format is refused as a model to read.
const WRITTEN_NOT_READ: &str =
    "isp-moc writes this format but does not read it; read a JSON or GraphML model";

/// The model as text in `format`, with each writer's default options.
///
/// # Example
///
/// ```
/// use isp_moc::io::{to_text, Format};
/// let g = isp_moc::catalog::figure2();
/// assert!(to_text(&g, Format::Dot).starts_with("digraph "));
/// assert!(to_text(&g, Format::Mermaid).contains("flowchart LR"));
/// ```
pub fn to_text(graph: &MechanismGraph, format: Format) -> String {
    match format {
        Format::Json => to_json(graph),
        Format::GraphMl => to_graphml(graph),
        Format::Dot => dot(graph, &DrawOptions::default()),
        Format::Mermaid => mermaid(graph, &DrawOptions::default()),
        Format::NodeLink => node_link(graph, &Default::default()),
        Format::Dagitty => dagitty(graph, &DagittyOptions::default()),
    }
}

/// A model's bytes read from elsewhere than a file (standard input, a network stream) as
/// text for [`parse`]: UTF-8, or [`ErrorKind::Syntax`] (`JSON` or `XML`) placed at the
/// first byte that is not, as [`read_file`] reports a file that is not (UTF-16 is named).
///
/// # Errors
///
/// [`ErrorKind::Syntax`] when `bytes` are not UTF-8 text.
///
/// # Example
///
/// ```
/// use isp_moc::io::{text_of, Format};
/// assert_eq!(text_of(b"{}".to_vec(), Format::Json)?, "{}");
/// let err = text_of(b"{\n  \"name\": \"K\xF6ln\"}".to_vec(), Format::Json).unwrap_err();
/// assert!(err.to_string().starts_with("line 2, column 13: invalid JSON: the input is not \
///     UTF-8 text: byte 0xF6 (byte offset 14)"), "{err}");
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn text_of(bytes: Vec<u8>, format: Format) -> Result<String> {
    crate::limits::utf8_text(bytes, syntax_of(format), "input")
}

/// The syntax a reader of `format` reports its problems in.
fn syntax_of(format: Format) -> &'static str {
    match format {
        Format::GraphMl => "XML",
        _ => "JSON",
    }
}

/// Reads a model file, in the format its extension names ([`Format::from_path`]).
///
/// Problems in the file are reported with the file's name in their location
/// (`model.json:12:5, mechanism #3 `trust`: ...`).
///
/// # Errors
///
/// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::Syntax`] (`JSON` or `XML`)
/// when it is not UTF-8 text (placed at its first byte that is not; UTF-16 is named),
/// [`ErrorKind::UnsupportedFormat`] for an unknown or write-only extension, and every error
/// of [`parse`].
///
/// # Example
///
/// ```
/// let path = std::env::temp_dir().join("isp-moc-doc-read-file.graphml");
/// isp_moc::io::write_file(&path, &isp_moc::catalog::figure2())?;
/// assert_eq!(isp_moc::io::read_file(&path)?, isp_moc::catalog::figure2());
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_file(path: impl AsRef<Path>) -> Result<MechanismGraph> {
    let path = path.as_ref();
    let format = Format::from_path(path).map_err(|_| {
        // only two of the formats a file name may stand for are read: name those
        Error::from(ErrorKind::UnsupportedFormat {
            what: path.display().to_string(),
            reason: "unknown file extension; a model is read from .json (the model \
                     document) or .graphml (or .xml), or name the format (`--model-format \
                     json` or `graphml` in the command; `read_file_as` in Rust)"
                .to_owned(),
        })
    })?;
    read_file_as(path, format)
}

/// Reads a model file in the given format, whatever its extension.
///
/// # Errors
///
/// As [`read_file`].
///
/// # Example
///
/// ```
/// use isp_moc::io::Format;
/// let path = std::env::temp_dir().join("isp-moc-doc-read-as.txt");
/// isp_moc::io::write_file_as(&path, &isp_moc::catalog::figure2(), Format::Json)?;
/// assert!(isp_moc::io::read_file_as(&path, Format::Json).is_ok());
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_file_as(path: impl AsRef<Path>, format: Format) -> Result<MechanismGraph> {
    let path = path.as_ref();
    if !format.can_read() {
        return Err(ErrorKind::UnsupportedFormat {
            what: path.display().to_string(),
            reason: format!(
                "{}, a format isp-moc writes but does not read; read a JSON or GraphML model",
                format.label()
            ),
        }
        .into());
    }
    let text = crate::limits::read_text_file(path, syntax_of(format))?;
    parse(&text, format).map_err(|e| e.in_file(&path.display().to_string()))
}

/// Writes a model file, in the format its extension names ([`Format::from_path`]),
/// replacing the file.
///
/// # Errors
///
/// [`ErrorKind::UnsupportedFormat`] for an unknown extension, [`ErrorKind::Io`] when the
/// file cannot be written.
///
/// # Example
///
/// ```
/// let path = std::env::temp_dir().join("isp-moc-doc-write-file.mmd");
/// isp_moc::io::write_file(&path, &isp_moc::catalog::figure2())?;
/// assert!(std::fs::read_to_string(&path).unwrap().contains("flowchart LR"));
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn write_file(path: impl AsRef<Path>, graph: &MechanismGraph) -> Result<()> {
    let path = path.as_ref();
    write_file_as(path, graph, Format::from_path(path)?)
}

/// Writes a model file in the given format, whatever its extension.
///
/// # Errors
///
/// [`ErrorKind::Io`] when the file cannot be written.
///
/// # Example
///
/// ```
/// use isp_moc::io::Format;
/// let path = std::env::temp_dir().join("isp-moc-doc-write-as.txt");
/// isp_moc::io::write_file_as(&path, &isp_moc::catalog::figure2(), Format::Dagitty)?;
/// assert!(std::fs::read_to_string(&path).unwrap().starts_with("dag {"));
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn write_file_as(path: impl AsRef<Path>, graph: &MechanismGraph, format: Format) -> Result<()> {
    let path = path.as_ref();
    std::fs::write(path, to_text(graph, format)).map_err(|e| io_error(path, e))
}

/// Reads a model from a JSON file (see [`from_json`]); the same as [`read_file_as`] with
/// [`Format::Json`].
///
/// # Errors
///
/// As [`read_file`].
///
/// # Example
///
/// ```
/// let path = std::env::temp_dir().join("isp-moc-doc-read.json");
/// isp_moc::io::write_json_file(&path, &isp_moc::catalog::figure2())?;
/// assert_eq!(isp_moc::io::read_json_file(&path)?, isp_moc::catalog::figure2());
/// assert!(isp_moc::io::read_json_file("no/such/file.json").is_err());
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_json_file(path: impl AsRef<Path>) -> Result<MechanismGraph> {
    read_file_as(path, Format::Json)
}

/// Writes a model to a JSON file (see [`to_json`]), replacing the file; the same as
/// [`write_file_as`] with [`Format::Json`].
///
/// # Errors
///
/// [`ErrorKind::Io`] when the file cannot be written.
///
/// # Example
///
/// ```
/// let path = std::env::temp_dir().join("isp-moc-doc-write.json");
/// isp_moc::io::write_json_file(&path, &isp_moc::catalog::figure2())?;
/// assert!(std::fs::read_to_string(&path).unwrap().contains("\"format_version\": 2"));
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn write_json_file(path: impl AsRef<Path>, graph: &MechanismGraph) -> Result<()> {
    write_file_as(path, graph, Format::Json)
}

//! Reading and writing model files.

use std::path::Path;

use super::{from_json, to_json};
use crate::{Error, MechanismGraph, Result};

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// Reads a model from a JSON file (see [`from_json`]).
///
/// # Errors
///
/// [`Error::Io`] when the file cannot be read (or is not UTF-8), and every error of
/// [`from_json`].
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
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
    from_json(&text)
}

/// Writes a model to a JSON file (see [`to_json`]), replacing the file.
///
/// # Errors
///
/// [`Error::Io`] when the file cannot be written.
///
/// # Example
///
/// ```
/// let path = std::env::temp_dir().join("isp-moc-doc-write.json");
/// isp_moc::io::write_json_file(&path, &isp_moc::catalog::figure2())?;
/// assert!(std::fs::read_to_string(&path).unwrap().contains("\"format_version\": 1"));
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn write_json_file(path: impl AsRef<Path>, graph: &MechanismGraph) -> Result<()> {
    let path = path.as_ref();
    std::fs::write(path, to_json(graph)).map_err(|e| io_error(path, e))
}

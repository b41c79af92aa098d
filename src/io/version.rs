//! Which document format versions are read, and what each version may hold.
//!
//! The crate writes [`FORMAT_VERSION`] and reads every version back to 1. A field that
//! arrived with a later version is refused in a document that declares an earlier one,
//! so a file never claims a version whose readers would drop part of it.

use super::collected::Collected;
use crate::model::Evidence;
use crate::ErrorKind;

/// The document format this version of the crate writes.
///
/// * 1: info, mechanisms and links.
/// * 2: adds the study table (`studies`), evidence that names studies by id
///   (`evidence.studies`, `observations[].studies`) and links' GRADE-CERQual assessments
///   (`links[].confidence`), link weights (`links[].weight`) and link-level moderation
///   (`links[].moderators`).
pub const FORMAT_VERSION: u32 = 2;

/// The oldest document format this version of the crate reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Why a document of version `found` cannot be read, if it cannot.
pub(crate) fn unsupported(found: u64) -> Option<ErrorKind> {
    let readable = u64::from(OLDEST_FORMAT_VERSION)..=u64::from(FORMAT_VERSION);
    (!readable.contains(&found)).then_some(ErrorKind::UnsupportedFormatVersion {
        found,
        supported: FORMAT_VERSION,
    })
}

/// The first field of the content that needs a later version than the document
/// declares, if any.
pub(crate) fn too_new_content(declared: u64, c: &Collected) -> Option<ErrorKind> {
    if declared >= u64::from(FORMAT_VERSION) {
        // every field is in the latest version: nothing to look for
        return None;
    }
    let (field, needs) = first_newer_field(c)?;
    (u64::from(needs) > declared).then(|| ErrorKind::NeedsFormatVersion {
        field: field.to_owned(),
        needs,
        declared,
    })
}

/// The first field of the content that a version-1 document cannot hold, with the version
/// that introduced it.
fn first_newer_field(c: &Collected) -> Option<(&'static str, u32)> {
    if !c.studies.is_empty() {
        return Some(("studies", 2));
    }
    let names_studies = |e: &Evidence| {
        !e.studies.is_empty() || e.observations.iter().any(|o| !o.studies.is_empty())
    };
    let evidence = c
        .mechanisms
        .records
        .iter()
        .map(|m| &m.evidence)
        .chain(c.links.records.iter().map(|l| &l.evidence));
    for e in evidence {
        if names_studies(e) {
            return Some(("evidence.studies", 2));
        }
    }
    if c.links.records.iter().any(|l| l.confidence.is_some()) {
        return Some(("links[].confidence", 2));
    }
    if c.links.records.iter().any(|l| l.weight.is_some()) {
        return Some(("links[].weight", 2));
    }
    if c.links.records.iter().any(|l| !l.moderators.is_empty()) {
        return Some(("links[].moderators", 2));
    }
    None
}

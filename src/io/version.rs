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

/// Every field of the content that needs a later version than the document declares,
/// each once, in the order of [`FORMAT_VERSION`]'s list (a version-1 document with both
/// weights and moderators is told both in one run).
pub(crate) fn too_new_content(declared: u64, c: &Collected) -> Vec<ErrorKind> {
    if declared >= u64::from(FORMAT_VERSION) {
        // every field is in the latest version: nothing to look for
        return Vec::new();
    }
    newer_fields(c)
        .into_iter()
        .filter(|&(_, needs)| u64::from(needs) > declared)
        .map(|(field, needs)| ErrorKind::NeedsFormatVersion {
            field: field.to_owned(),
            needs,
            declared,
        })
        .collect()
}

/// The fields of the content that a version-1 document cannot hold, with the version that
/// introduced each.
fn newer_fields(c: &Collected) -> Vec<(&'static str, u32)> {
    let names_studies = |e: &Evidence| {
        !e.studies.is_empty() || e.observations.iter().any(|o| !o.studies.is_empty())
    };
    let mut evidence = c
        .mechanisms
        .records
        .iter()
        .map(|m| &m.evidence)
        .chain(c.links.records.iter().map(|l| &l.evidence));
    let links = &c.links.records;
    [
        ("studies", !c.studies.is_empty()),
        ("evidence.studies", evidence.any(names_studies)),
        (
            "links[].confidence",
            links.iter().any(|l| l.confidence.is_some()),
        ),
        ("links[].weight", links.iter().any(|l| l.weight.is_some())),
        (
            "links[].moderators",
            links.iter().any(|l| !l.moderators.is_empty()),
        ),
    ]
    .into_iter()
    .filter(|&(_, used)| used)
    .map(|(field, _)| (field, 2))
    .collect()
}

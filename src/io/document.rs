//! The versioned JSON document a whole graph is stored as.

use serde::{Deserialize, Serialize};

use super::collected::{at_record, Collected, Position};
use super::record::{LinkRecord, MechanismRecord};
use crate::error::Record;
use crate::model::{Link, ModelInfo};
use crate::{ErrorKind, MechanismGraph, Result};

/// The document format this version of the crate writes (and the newest it reads).
///
/// | version | adds |
/// |---|---|
/// | 1 | info, mechanisms, links |
/// | 2 | link `weight` and link `moderators` (link-level moderation) |
///
/// Every version from [`OLDEST_FORMAT_VERSION`] to this one loads; a document that uses a
/// field newer than the version it declares is rejected, naming the field and the version
/// it needs ([`ErrorKind::FieldNeedsVersion`]).
///
/// # Example
///
/// ```
/// assert_eq!(isp_moc::io::FORMAT_VERSION, 2);
/// ```
pub const FORMAT_VERSION: u32 = 2;

/// The oldest document format this version of the crate reads.
pub(crate) const OLDEST_FORMAT_VERSION: u32 = 1;

/// The version gate: every field added after version 1, with the version that added it.
/// A new field joins this table, and its record's `newer_fields` reports it when used.
const FIELD_VERSIONS: &[(&str, u32)] = &[("weight", 2), ("moderators", 2)];

/// The version that added `field` (1 for fields every version has).
fn since(field: &str) -> u32 {
    FIELD_VERSIONS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(1, |&(_, v)| v)
}

/// Checks a declared format version: `Err` for one this crate cannot read.
pub(crate) fn check_version(found: u64) -> Result<u32> {
    match u32::try_from(found) {
        Ok(v) if (OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&v) => Ok(v),
        _ => Err(ErrorKind::UnsupportedFormatVersion {
            found,
            supported: FORMAT_VERSION,
        }
        .into()),
    }
}

impl LinkRecord {
    /// The fields this record uses that a document of `version` cannot have, as errors.
    pub(crate) fn newer_fields(&self, version: u32) -> impl Iterator<Item = ErrorKind> {
        let used = [
            ("weight", self.weight.is_some()),
            ("moderators", !self.moderators.is_empty()),
        ];
        used.into_iter()
            .filter(move |&(field, used)| used && since(field) > version)
            .map(move |(field, _)| ErrorKind::FieldNeedsVersion {
                field,
                found: u64::from(version),
                needed: since(field),
            })
    }
}

/// A whole model as stored in a file: format version, info, mechanisms and links, keyed by
/// ids, in declaration order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MechanismModel"))]
#[serde(deny_unknown_fields)]
pub(crate) struct Document {
    /// Version of the document format (this crate writes 2 and reads 1 and 2).
    pub(crate) format_version: u32,
    /// Model-level information.
    #[serde(default)]
    pub(crate) info: ModelInfo,
    /// The elements.
    #[serde(default)]
    pub(crate) mechanisms: Vec<MechanismRecord>,
    /// The links.
    #[serde(default)]
    pub(crate) links: Vec<LinkRecord>,
}

impl From<&MechanismGraph> for Document {
    fn from(g: &MechanismGraph) -> Self {
        Document {
            format_version: FORMAT_VERSION,
            info: g.info().clone(),
            mechanisms: g.mechanisms().iter().map(MechanismRecord::from).collect(),
            links: g.links().iter().map(LinkRecord::from).collect(),
        }
    }
}

impl Document {
    /// The records, each with its position (and no place in a file: the caller adds
    /// that), with any record whose category fields do not convert reported.
    pub(crate) fn into_collected(self) -> Result<Collected> {
        let version = check_version(u64::from(self.format_version))?;
        let mut collected = Collected {
            info: self.info,
            ..Collected::default()
        };
        for (i, record) in self.mechanisms.into_iter().enumerate() {
            collected.add_mechanism(i + 1, None, record);
        }
        for (i, record) in self.links.into_iter().enumerate() {
            collected.add_link(i + 1, None, version, record);
        }
        Ok(collected)
    }
}

impl Collected {
    /// Converts a link record of a document of `version`; a field newer than the version
    /// is reported at the record (and the link kept, so its other problems show too).
    pub(crate) fn add_link(
        &mut self,
        position: usize,
        start: Position,
        version: u32,
        record: LinkRecord,
    ) {
        let mut newer = record.newer_fields(version).peekable();
        if newer.peek().is_some() {
            let at = at_record(
                Record::Link {
                    position,
                    from: Some(record.from.clone()),
                    to: Some(record.to.clone()),
                },
                start,
            );
            for kind in newer {
                self.problems.add(kind, at.clone());
            }
        }
        self.links.push((position, start, Link::from(record)));
    }
    /// Converts a mechanism record; one that does not convert is reported at its position
    /// and its id remembered as unreadable.
    pub(crate) fn add_mechanism(
        &mut self,
        position: usize,
        start: Position,
        record: MechanismRecord,
    ) {
        let id = record.id.clone();
        match record.into_mechanism() {
            Ok(m) => self.mechanisms.push((position, start, m)),
            Err(reasons) => {
                let valid = crate::id::invalid_reason(&id).is_none();
                let at = at_record(
                    Record::Mechanism {
                        position,
                        id: valid.then(|| id.clone()),
                    },
                    start,
                );
                for reason in reasons {
                    self.problems.add(
                        ErrorKind::InvalidMechanism {
                            id: id.clone(),
                            reason,
                        },
                        at.clone(),
                    );
                }
                self.unreadable.push((id, position, start));
            }
        }
    }
}

impl Serialize for MechanismGraph {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        Document::from(self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for MechanismGraph {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        Document::deserialize(deserializer)?
            .into_collected()
            .and_then(Collected::finish)
            .map_err(serde::de::Error::custom)
    }
}

//! The versioned JSON document a whole graph is stored as.

use serde::{Deserialize, Serialize};

use super::collected::{at_record, Collected, Placed, Position};
use super::record::{LinkRecord, MechanismRecord};
use super::version::{self, FORMAT_VERSION};
use crate::error::{Problems, Record};
use crate::model::{Link, Mechanism, ModelInfo, Study};
use crate::{ErrorKind, MechanismGraph, Result};

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
    #[serde(default, deserialize_with = "links_as_read")]
    pub(crate) links: Vec<Link>,
    /// The study table (format version 2): the studies evidence names by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) studies: Vec<Study>,
}

/// A graph written as a [`Document`], borrowing its records instead of copying them.
#[derive(Serialize)]
pub(crate) struct DocumentView<'a> {
    format_version: u32,
    info: &'a ModelInfo,
    mechanisms: &'a [Mechanism],
    links: &'a [Link],
    #[serde(skip_serializing_if = "<[Study]>::is_empty")]
    studies: &'a [Study],
}

impl<'a> From<&'a MechanismGraph> for DocumentView<'a> {
    fn from(g: &'a MechanismGraph) -> Self {
        DocumentView {
            format_version: FORMAT_VERSION,
            info: g.info(),
            mechanisms: g.mechanisms(),
            links: g.links(),
            studies: g.studies(),
        }
    }
}

/// Reads a document's links as link records, each made a [`Link`] as it is read (no second
/// pass moving every record), ids unchecked: the builder checks them with everything else
/// and reports each at its record.
fn links_as_read<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Vec<Link>, D::Error> {
    struct Links;
    impl<'de> serde::de::Visitor<'de> for Links {
        type Value = Vec<Link>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a list of links")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Vec<Link>, A::Error> {
            let mut links = Vec::new();
            while let Some(record) = seq.next_element::<LinkRecord>()? {
                links.push(Link::from(record));
            }
            Ok(links)
        }
    }
    deserializer.deserialize_seq(Links)
}

impl Document {
    /// The records, each with its position (and no place in a file: the caller adds
    /// that), with any record whose category fields do not convert reported.
    pub(crate) fn into_collected(self) -> Result<Collected> {
        let declared = u64::from(self.format_version);
        if let Some(kind) = version::unsupported(declared) {
            return Err(kind.into());
        }
        let mut collected = Collected {
            info: self.info,
            ..Collected::default()
        };
        collected.mechanisms.reserve(self.mechanisms.len());
        for (i, record) in self.mechanisms.into_iter().enumerate() {
            collected.add_mechanism(i + 1, None, record);
        }
        collected.links = Placed::numbered(self.links);
        collected.studies = Placed::numbered(self.studies);
        let newer = version::too_new_content(declared, &collected);
        if !newer.is_empty() {
            let mut problems = Problems::new();
            for kind in newer {
                problems.add(kind, at_record(Record::Document, None));
            }
            problems.finish()?;
        }
        Ok(collected)
    }
}

impl Collected {
    /// Converts a mechanism record; one that does not convert is reported at its position
    /// and its id remembered as unreadable.
    pub(crate) fn add_mechanism(
        &mut self,
        position: usize,
        start: Position,
        record: MechanismRecord,
    ) {
        match record.into_mechanism() {
            Ok(m) => self.mechanisms.push(position, start, m),
            Err((id, reasons)) => {
                let id = id.as_str().to_owned();
                let valid = crate::id::invalid_reason(&id).is_none();
                let at = at_record(
                    Record::Mechanism {
                        position,
                        id: valid.then(|| id.clone()),
                    },
                    start,
                );
                self.add_unreadable(id.clone(), position, start);
                for reason in reasons {
                    self.problems.add(
                        ErrorKind::InvalidMechanism {
                            id: id.clone(),
                            reason,
                        },
                        at.clone(),
                    );
                }
            }
        }
    }
}

impl Serialize for MechanismGraph {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        DocumentView::from(self).serialize(serializer)
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

//! The versioned JSON document a whole graph is stored as.

use serde::{Deserialize, Serialize};

use super::record::{LinkRecord, MechanismRecord};
use crate::model::{Link, Mechanism, ModelInfo};
use crate::{Error, MechanismGraph, Result};

/// The document format this version of the crate writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole model as stored in a file: format version, info, mechanisms and links, keyed by
/// ids, in declaration order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MechanismModel"))]
#[serde(deny_unknown_fields)]
pub(crate) struct Document {
    /// Version of the document format (this crate writes 1).
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

impl TryFrom<Document> for MechanismGraph {
    type Error = Error;

    fn try_from(d: Document) -> Result<Self> {
        if d.format_version != FORMAT_VERSION {
            return Err(Error::UnsupportedFormatVersion {
                found: u64::from(d.format_version),
                supported: FORMAT_VERSION,
            });
        }
        let mechanisms = d
            .mechanisms
            .into_iter()
            .map(Mechanism::try_from)
            .collect::<Result<Vec<_>>>()?;
        let links = d
            .links
            .into_iter()
            .map(Link::try_from)
            .collect::<Result<Vec<_>>>()?;
        MechanismGraph::from_parts(d.info, mechanisms, links)
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
        MechanismGraph::try_from(Document::deserialize(deserializer)?)
            .map_err(serde::de::Error::custom)
    }
}

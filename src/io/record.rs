//! The flat JSON records for mechanisms and links, and their conversion to the typed model.
//!
//! A mechanism is stored flat (`"kind": "reasoning", "reasoning": "relational"`) rather than
//! as a nested tagged enum, so hand-written files stay short and every attribute maps onto
//! one GraphML/CSV column. The category fields are converted by [`CategoryFields`], which
//! checks that exactly the fields of the kind are present.

use serde::{Deserialize, Serialize};

use crate::model::{
    Basis, CategoryFields, CerqualAssessment, Evidence, Link, Mechanism, MechanismKind, Polarity,
    Relation,
};
use crate::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, ComBSubcomponent, EricStrategy,
    ImplementationOutcome, IspResource, OutcomeLevel, ReasoningType,
};
use crate::ErrorKind;

/// A mechanism as stored in a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(rename = "Mechanism", transform = super::schema::require_kind_fields)
)]
#[serde(deny_unknown_fields)]
pub(crate) struct MechanismRecord {
    /// Stable snake_case id.
    // (read straight into a shared id; checked by the builder)
    #[serde(deserialize_with = "crate::id::deserialize_unchecked")]
    pub(crate) id: crate::MechanismId,
    /// Resource, reasoning, context or outcome.
    pub(crate) kind: MechanismKind,
    /// Short human label.
    pub(crate) label: String,
    /// Resources only: which ISP characteristic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) resource: Option<IspResource>,
    /// Skills or combination resources only, optional: the ERIC strategies used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) eric_strategies: Vec<EricStrategy>,
    /// Reasoning only: the response type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) reasoning: Option<ReasoningType>,
    /// Reasoning only, optional: the COM-B sub-component (must belong to `reasoning`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) com_b: Option<ComBSubcomponent>,
    /// Context only: the CFIR 2009 domain (derived from `cfir_construct` when omitted). A
    /// context factor names at least one CFIR 2009 or 2022 domain or construct.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cfir_domain: Option<CfirDomain>,
    /// Context only, optional: the CFIR 2009 construct.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cfir_construct: Option<CfirConstruct>,
    /// Context only: the CFIR 2022 domain (derived from `cfir2022_construct` when omitted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cfir2022_domain: Option<Cfir2022Domain>,
    /// Context only, optional: the CFIR 2022 construct.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cfir2022_construct: Option<Cfir2022Construct>,
    /// Outcome only: the levels at which behaviour changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) levels: Option<Vec<OutcomeLevel>>,
    /// Outcome only, optional: a Proctor implementation outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) implementation_outcome: Option<ImplementationOutcome>,
    /// Longer description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) description: String,
    /// Sub-group within the category (a snake_case word).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) group: Option<String>,
    /// Evidence for the element.
    #[serde(default, skip_serializing_if = "Evidence::is_empty")]
    pub(crate) evidence: Evidence,
    /// Phrases locating the element in the source text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) passages: Vec<String>,
    /// The modeller's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) note: Option<String>,
}

/// A link as stored in a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "Link"))]
#[serde(deny_unknown_fields)]
pub(crate) struct LinkRecord {
    /// Source mechanism id.
    #[serde(deserialize_with = "crate::id::deserialize_unchecked")]
    pub(crate) from: crate::MechanismId,
    /// Target mechanism id.
    #[serde(deserialize_with = "crate::id::deserialize_unchecked")]
    pub(crate) to: crate::MechanismId,
    /// What the link claims.
    pub(crate) relation: Relation,
    /// Its sign (default `positive`).
    #[serde(default = "positive")]
    pub(crate) polarity: Polarity,
    /// `text` (default) or `inferred`.
    #[serde(default = "text")]
    pub(crate) basis: Basis,
    /// The evidence for it.
    #[serde(default, skip_serializing_if = "Evidence::is_empty")]
    pub(crate) evidence: Evidence,
    /// Phrases locating the link in the source text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) passages: Vec<String>,
    /// The modeller's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) note: Option<String>,
    /// Format version 2: a numeric evidence weight or effect estimate (finite).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) weight: Option<f64>,
    /// Format version 2: ids of the context factors that moderate this link.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::id::deserialize_unchecked_list"
    )]
    pub(crate) moderators: Vec<crate::MechanismId>,
    /// The GRADE-CERQual assessment of the finding (format version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) confidence: Option<Box<CerqualAssessment>>,
}

fn positive() -> Polarity {
    Polarity::Positive
}

fn text() -> Basis {
    Basis::Text
}

/// The record a mechanism is written as: the oracle its direct serializer is tested
/// against.
#[cfg(test)]
impl From<&Mechanism> for MechanismRecord {
    fn from(m: &Mechanism) -> Self {
        let CategoryFields {
            resource,
            eric_strategies,
            reasoning,
            com_b,
            cfir_domain,
            cfir_construct,
            cfir2022_domain,
            cfir2022_construct,
            levels,
            implementation_outcome,
        } = CategoryFields::from(&m.category);
        MechanismRecord {
            id: m.id.clone(),
            kind: m.kind(),
            label: m.label.clone(),
            resource,
            eric_strategies,
            reasoning,
            com_b,
            cfir_domain,
            cfir_construct,
            cfir2022_domain,
            cfir2022_construct,
            levels,
            implementation_outcome,
            description: m.description.clone(),
            group: m.group.clone(),
            evidence: m.evidence.clone(),
            passages: m.passages.clone(),
            note: m.note.clone(),
        }
    }
}

impl MechanismRecord {
    /// The typed mechanism, or its id (given back, not copied) and every reason the
    /// category fields do not make one. The id is not checked here: the builder checks it
    /// with everything else.
    pub(crate) fn into_mechanism(self) -> Result<Mechanism, (crate::MechanismId, Vec<String>)> {
        let fields = CategoryFields {
            resource: self.resource,
            eric_strategies: self.eric_strategies,
            reasoning: self.reasoning,
            com_b: self.com_b,
            cfir_domain: self.cfir_domain,
            cfir_construct: self.cfir_construct,
            cfir2022_domain: self.cfir2022_domain,
            cfir2022_construct: self.cfir2022_construct,
            levels: self.levels,
            implementation_outcome: self.implementation_outcome,
        };
        let category = match fields.into_category(self.kind) {
            Ok(category) => category,
            Err(reasons) => return Err((self.id, reasons)),
        };
        Ok(Mechanism {
            id: self.id,
            label: self.label,
            category,
            description: self.description,
            group: self.group,
            evidence: self.evidence,
            passages: self.passages,
            note: self.note,
        })
    }
}

impl From<LinkRecord> for Link {
    fn from(r: LinkRecord) -> Self {
        Link {
            from: r.from,
            to: r.to,
            relation: r.relation,
            polarity: r.polarity,
            basis: r.basis,
            evidence: r.evidence,
            passages: r.passages,
            note: r.note,
            weight: r.weight,
            moderators: r.moderators,
            confidence: r.confidence,
        }
    }
}

/// Writes the `MechanismRecord` shape straight from the mechanism (no copy of its label,
/// evidence and passages): the same fields in the same order, skipped under the same
/// conditions (a test compares the two on every shipped and many generated mechanisms).
impl Serialize for Mechanism {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let c = CategoryFields::from(&self.category);
        let evidence = !self.evidence.is_empty();
        let fields = 3
            + usize::from(c.resource.is_some())
            + usize::from(!c.eric_strategies.is_empty())
            + usize::from(c.reasoning.is_some())
            + usize::from(c.com_b.is_some())
            + usize::from(c.cfir_domain.is_some())
            + usize::from(c.cfir_construct.is_some())
            + usize::from(c.cfir2022_domain.is_some())
            + usize::from(c.cfir2022_construct.is_some())
            + usize::from(c.levels.is_some())
            + usize::from(c.implementation_outcome.is_some())
            + usize::from(!self.description.is_empty())
            + usize::from(self.group.is_some())
            + usize::from(evidence)
            + usize::from(!self.passages.is_empty())
            + usize::from(self.note.is_some());
        let mut s = serializer.serialize_struct("Mechanism", fields)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("label", &self.label)?;
        if c.resource.is_some() {
            s.serialize_field("resource", &c.resource)?;
        }
        if !c.eric_strategies.is_empty() {
            s.serialize_field("eric_strategies", &c.eric_strategies)?;
        }
        if c.reasoning.is_some() {
            s.serialize_field("reasoning", &c.reasoning)?;
        }
        if c.com_b.is_some() {
            s.serialize_field("com_b", &c.com_b)?;
        }
        if c.cfir_domain.is_some() {
            s.serialize_field("cfir_domain", &c.cfir_domain)?;
        }
        if c.cfir_construct.is_some() {
            s.serialize_field("cfir_construct", &c.cfir_construct)?;
        }
        if c.cfir2022_domain.is_some() {
            s.serialize_field("cfir2022_domain", &c.cfir2022_domain)?;
        }
        if c.cfir2022_construct.is_some() {
            s.serialize_field("cfir2022_construct", &c.cfir2022_construct)?;
        }
        if c.levels.is_some() {
            s.serialize_field("levels", &c.levels)?;
        }
        if c.implementation_outcome.is_some() {
            s.serialize_field("implementation_outcome", &c.implementation_outcome)?;
        }
        if !self.description.is_empty() {
            s.serialize_field("description", &self.description)?;
        }
        if self.group.is_some() {
            s.serialize_field("group", &self.group)?;
        }
        if evidence {
            s.serialize_field("evidence", &self.evidence)?;
        }
        if !self.passages.is_empty() {
            s.serialize_field("passages", &self.passages)?;
        }
        if self.note.is_some() {
            s.serialize_field("note", &self.note)?;
        }
        s.end()
    }
}

impl<'de> Deserialize<'de> for Mechanism {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let record = MechanismRecord::deserialize(deserializer)?;
        let m = record
            .into_mechanism()
            .map_err(|(_, reasons)| serde::de::Error::custom(reasons.join("; ")))?;
        match crate::id::invalid_reason(m.id.as_str()) {
            Some(reason) => Err(serde::de::Error::custom(ErrorKind::InvalidId {
                id: m.id.as_str().to_owned(),
                reason,
            })),
            None => Ok(m),
        }
    }
}

/// Writes the `LinkRecord` shape straight from the link (no copy of the record): the
/// same fields in the same order, skipped under the same conditions (the round-trip and
/// drift tests hold the two together).
impl Serialize for Link {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let evidence = !self.evidence.is_empty();
        let passages = !self.passages.is_empty();
        let moderators = !self.moderators.is_empty();
        // fields at their defaults are left out (the reader fills them in)
        let polarity = self.polarity != Polarity::Positive;
        let basis = self.basis != Basis::Text;
        let fields = 3
            + usize::from(polarity)
            + usize::from(basis)
            + usize::from(evidence)
            + usize::from(passages)
            + usize::from(self.note.is_some())
            + usize::from(self.weight.is_some())
            + usize::from(moderators)
            + usize::from(self.confidence.is_some());
        let mut s = serializer.serialize_struct("Link", fields)?;
        s.serialize_field("from", &self.from)?;
        s.serialize_field("to", &self.to)?;
        s.serialize_field("relation", &self.relation)?;
        if polarity {
            s.serialize_field("polarity", &self.polarity)?;
        }
        if basis {
            s.serialize_field("basis", &self.basis)?;
        }
        if evidence {
            s.serialize_field("evidence", &self.evidence)?;
        }
        if passages {
            s.serialize_field("passages", &self.passages)?;
        }
        if let Some(note) = &self.note {
            s.serialize_field("note", note)?;
        }
        if let Some(weight) = self.weight {
            s.serialize_field("weight", &weight)?;
        }
        if moderators {
            s.serialize_field("moderators", &self.moderators)?;
        }
        if let Some(confidence) = &self.confidence {
            s.serialize_field("confidence", confidence)?;
        }
        s.end()
    }
}

impl<'de> Deserialize<'de> for Link {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let link = Link::from(LinkRecord::deserialize(deserializer)?);
        for id in [&link.from, &link.to] {
            if let Some(reason) = crate::id::invalid_reason(id.as_str()) {
                return Err(serde::de::Error::custom(ErrorKind::InvalidId {
                    id: id.to_string(),
                    reason,
                }));
            }
        }
        Ok(link)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Citation, Evidence, Observation, Valence};
    use crate::vocab::{CfirDomain, ComBSubcomponent, EricStrategy, IspResource, OutcomeLevel};

    /// Mechanisms of every kind, with every optional field given or left out.
    fn every_shape() -> Vec<Mechanism> {
        let categories = [
            Category::resource(IspResource::Knowledge),
            Category::resource(IspResource::Skills).with_strategies(&[
                EricStrategy::ConductEducationalMeetings,
                EricStrategy::ProvideOngoingConsultation,
            ]),
            Category::reasoning(ReasoningType::Relational),
            Category::reasoning(ReasoningType::Capability)
                .with_com_b(ComBSubcomponent::PsychologicalCapability),
            Category::context(CfirDomain::InnerSetting),
            Category::cfir(CfirConstruct::Cosmopolitanism)
                .with_cfir2022(Cfir2022Construct::PartnershipsAndConnections),
            Category::cfir2022(Cfir2022Construct::HighLevelLeaders),
            Category::outcome(&[OutcomeLevel::Individual]),
            Category::outcome(&[OutcomeLevel::Individual, OutcomeLevel::System])
                .with_implementation_outcome(ImplementationOutcome::Fidelity),
        ];
        let mut all = Vec::new();
        for (i, category) in categories.into_iter().enumerate() {
            let bare = Mechanism::new(&format!("m{i}"), "A \"label\"", category);
            let full = bare
                .clone()
                .with_description("what it is")
                .with_group("group_one")
                .with_evidence(
                    Evidence::new()
                        .with_publications(3)
                        .with_citation(Citation::new("Akin", 2016))
                        .with_observation(Observation::new(Valence::Hindering, "slow")),
                )
                .with_passage("a passage")
                .with_note("a note");
            all.extend([bare, full]);
        }
        all
    }

    #[test]
    fn a_mechanism_is_written_exactly_as_its_record() {
        let shipped = crate::catalog::figure2().mechanisms().to_vec();
        for m in every_shape().iter().chain(&shipped) {
            let direct = serde_json::to_string(m).unwrap();
            let record = serde_json::to_string(&MechanismRecord::from(m)).unwrap();
            assert_eq!(direct, record, "{}", m.id);
            let back: Mechanism = serde_json::from_str(&direct).unwrap();
            assert_eq!(&back, m);
        }
    }
}

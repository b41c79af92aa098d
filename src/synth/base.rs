//! [`EvidenceBase`]: the studies of a review and their coded excerpts, as one set.

use std::collections::BTreeMap;

use super::Excerpt;
use crate::error::{quoted, Location, Problems, Record};
use crate::model::{Study, StudyId};
use crate::{ErrorKind, Result};

/// The evidence of a review: its study table and its coded excerpts, kept in a canonical
/// order (studies by id, excerpts sorted, each once), so that merging two evidence bases
/// (an update of the review) is a set union: idempotent, independent of order, and never
/// counting a study twice.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Study, Valence};
/// use isp_moc::synth::{EvidenceBase, Excerpt};
/// use isp_moc::vocab::{IspResource, ReasoningType};
///
/// let akin = Study::new(Citation::new("Akin", 2016));
/// let base = EvidenceBase::new()
///     .with_study(akin.clone())
///     .with_excerpt(Excerpt::new(akin.id.clone(), Valence::Enabling)
///         .with_resource(IspResource::Skills).with_reasoning(ReasoningType::Relational));
/// base.check()?;
/// assert_eq!(base.merge(&base)?, base);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "RawEvidenceBase", deny_unknown_fields)
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EvidenceBase {
    /// The studies, by id.
    #[cfg_attr(feature = "serde", serde(default))]
    pub studies: Vec<Study>,
    /// The coded excerpts, sorted, each once.
    #[cfg_attr(feature = "serde", serde(default))]
    pub excerpts: Vec<Excerpt>,
}

/// An evidence base as a file holds it, put in canonical order on reading.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "EvidenceBase"))]
#[serde(deny_unknown_fields)]
struct RawEvidenceBase {
    /// The studies, in any order.
    #[serde(default)]
    studies: Vec<Study>,
    /// The coded excerpts, in any order.
    #[serde(default)]
    excerpts: Vec<Excerpt>,
}

#[cfg(feature = "serde")]
impl From<RawEvidenceBase> for EvidenceBase {
    fn from(raw: RawEvidenceBase) -> Self {
        EvidenceBase::from_parts(raw.studies, raw.excerpts)
    }
}

impl EvidenceBase {
    /// An empty evidence base.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::synth::EvidenceBase::new().studies.is_empty());
    /// ```
    pub fn new() -> Self {
        EvidenceBase::default()
    }

    /// Builds a canonical evidence base from studies and excerpts in any order (studies
    /// by id, excerpts sorted, exact repeats dropped).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// use isp_moc::synth::EvidenceBase;
    /// let b = EvidenceBase::from_parts(vec![Study::new(Citation::new("Zed", 2020)), Study::new(Citation::new("Akin", 2016))], vec![]);
    /// assert_eq!(b.studies[0].id, "akin_2016");
    /// ```
    pub fn from_parts(mut studies: Vec<Study>, mut excerpts: Vec<Excerpt>) -> Self {
        studies.sort_by(|a, b| a.id.cmp(&b.id));
        studies.dedup();
        for e in &mut excerpts {
            for p in &mut e.context {
                p.normalize();
            }
        }
        excerpts.sort();
        excerpts.dedup();
        EvidenceBase { studies, excerpts }
    }

    /// The same base with one more study.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// let b = isp_moc::synth::EvidenceBase::new().with_study(Study::new(Citation::new("Akin", 2016)));
    /// assert_eq!(b.studies.len(), 1);
    /// ```
    pub fn with_study(mut self, study: Study) -> Self {
        self.studies.push(study);
        EvidenceBase::from_parts(self.studies, self.excerpts)
    }

    /// The same base with one more excerpt.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// use isp_moc::synth::{EvidenceBase, Excerpt};
    /// let b = EvidenceBase::new().with_excerpt(Excerpt::new(StudyId::new("akin_2016")?, Valence::Enabling));
    /// assert_eq!(b.excerpts.len(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_excerpt(mut self, excerpt: Excerpt) -> Self {
        self.excerpts.push(excerpt);
        EvidenceBase::from_parts(self.studies, self.excerpts)
    }

    /// The study with this id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// let b = isp_moc::synth::EvidenceBase::new().with_study(Study::new(Citation::new("Akin", 2016)));
    /// assert!(b.study("akin_2016").is_some());
    /// ```
    pub fn study(&self, id: &str) -> Option<&Study> {
        self.studies
            .binary_search_by(|s| s.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.studies.get(i))
    }

    /// Checks the base: every study id once, every excerpt's study in the table, every
    /// mechanism id well formed, every context code a valid CFIR placement.
    ///
    /// # Errors
    ///
    /// Every problem at once as [`ErrorKind::InvalidValue`], each located at its study or
    /// excerpt (by position in the canonical order) and naming the field: a study id given
    /// to two different records, an excerpt's study missing from the table (with a
    /// did-you-mean), a context code that is not a valid CFIR placement; and
    /// [`ErrorKind::InvalidId`] for a malformed mechanism id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// use isp_moc::synth::{EvidenceBase, Excerpt};
    /// let b = EvidenceBase::new().with_excerpt(Excerpt::new(StudyId::new("akin_2016")?, Valence::Enabling));
    /// assert_eq!(b.check().unwrap_err().to_string(),
    ///     "excerpt #1, at `study`: study `akin_2016` is not in the study table");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn check(&self) -> Result<()> {
        let mut problems = Problems::new();
        let mut seen: BTreeMap<&StudyId, usize> = BTreeMap::new();
        for (i, s) in self.studies.iter().enumerate() {
            if let Some(first) = seen.insert(&s.id, i) {
                problems.add(
                    ErrorKind::InvalidValue {
                        field: "id".to_owned(),
                        message: format!(
                            "study id {} names two different studies (study #{} too)",
                            quoted(s.id.as_str()),
                            first + 1
                        ),
                    },
                    Location::record(Record::Study {
                        position: i + 1,
                        id: Some(s.id.to_string()),
                    }),
                );
            }
        }
        for (i, e) in self.excerpts.iter().enumerate() {
            let at = || Location::record(Record::Excerpt { position: i + 1 });
            if self.study(e.study.as_str()).is_none() {
                let mut message = format!(
                    "study {} is not in the study table",
                    quoted(e.study.as_str())
                );
                let ids = self.studies.iter().map(|s| s.id.as_str());
                if let Some(near) = crate::suggest::nearest(e.study.as_str(), ids) {
                    message.push_str(&format!("; did you mean `{near}`?"));
                }
                problems.add(
                    ErrorKind::InvalidValue {
                        field: "study".to_owned(),
                        message,
                    },
                    at().with_field("study"),
                );
            }
            for m in &e.mechanisms {
                if let Some(reason) = crate::id::invalid_reason(m.as_str()) {
                    problems.add(
                        ErrorKind::InvalidId {
                            id: m.to_string(),
                            reason,
                        },
                        at().with_field("mechanisms"),
                    );
                }
            }
            for p in &e.context {
                for reason in p.problems() {
                    problems.add(
                        ErrorKind::InvalidValue {
                            field: "context".to_owned(),
                            message: reason,
                        },
                        at().with_field("context"),
                    );
                }
            }
        }
        problems.finish()
    }

    /// The union of two evidence bases: every study and excerpt of both, each once. A study
    /// id the two bases give to different records is a conflict, reported rather than
    /// settled.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidValue`] for every study id the bases disagree on.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// use isp_moc::synth::EvidenceBase;
    /// let a = EvidenceBase::new().with_study(Study::new(Citation::new("Akin", 2016)));
    /// let b = EvidenceBase::new().with_study(Study::new(Citation::new("Barac et al.", 2018)));
    /// assert_eq!(a.merge(&b)?, b.merge(&a)?);
    /// assert_eq!(a.merge(&b)?.studies.len(), 2);
    /// let other = EvidenceBase::new().with_study(Study::new(Citation::new("Akin", 2016)).with_location("US"));
    /// assert!(a.merge(&other).is_err());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn merge(&self, other: &EvidenceBase) -> Result<EvidenceBase> {
        let mut problems = Problems::new();
        for (i, s) in other.studies.iter().enumerate() {
            if let Some(mine) = self.study(s.id.as_str()) {
                if mine != s {
                    // what differs, as a diff of two models says it
                    let fields: Vec<String> = crate::compare::StudyDiff::Changed {
                        before: Box::new(mine.clone()),
                        after: Box::new(s.clone()),
                    }
                    .changes()
                    .into_iter()
                    .map(|(_, change)| change)
                    .collect();
                    let detail = if fields.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", fields.join("; "))
                    };
                    problems.add(
                        ErrorKind::InvalidValue {
                            field: "id".to_owned(),
                            message: format!(
                                "study {} differs between the two evidence bases{detail}; make \
                                 the records agree or give one another id",
                                quoted(s.id.as_str()),
                            ),
                        },
                        Location::record(Record::Study {
                            position: i + 1,
                            id: Some(s.id.to_string()),
                        }),
                    );
                }
            }
        }
        problems.finish()?;
        let studies = self.studies.iter().chain(&other.studies).cloned().collect();
        let excerpts = self
            .excerpts
            .iter()
            .chain(&other.excerpts)
            .cloned()
            .collect();
        Ok(EvidenceBase::from_parts(studies, excerpts))
    }
}

//! [`Evidence`] and its [`Observation`]s: what supports or complicates an element or link.

use super::{Citation, StudyId};

vocabulary! {
    /// Whether an observation shows a mechanism working (enabling) or failing (hindering).
    ///
    /// ```
    /// use isp_moc::model::Valence;
    /// assert_eq!("barrier".parse::<Valence>()?, Valence::Hindering);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Valence ("valence") {
        Enabling = "enabling" {
            "enabling",
            "The observation shows the mechanism or factor helping.",
            aliases: ["facilitator", "facilitating", "positive", "+"],
        },
        Hindering = "hindering" {
            "hindering",
            "The observation shows it failing or hurting (a poor resource lowering trust, a barrier).",
            aliases: ["barrier", "negative", "-"],
        },
    }
}

/// One finding about an element or link, with its direction and the studies reporting it.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Observation, Valence};
///
/// let o = Observation::hindering("lack of familiarity with local contexts lowered trust")
///     .with_citation(Citation::new("Shernoff et al.", 2015));
/// assert_eq!(o.valence, Valence::Hindering);
/// assert_eq!(o.citations.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Observation {
    /// Enabling or hindering.
    pub valence: Valence,
    /// What was observed, in a sentence.
    pub summary: String,
    /// The studies reporting it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub citations: Vec<Citation>,
    /// A phrase locating it in the source text.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub passage: Option<String>,
    /// Studies of the model's study table reporting it, by id (format version 2).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub studies: Vec<StudyId>,
}

impl Observation {
    /// An observation with the given valence and summary.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Observation, Valence};
    /// let o = Observation::new(Valence::Enabling, "presence built credibility");
    /// assert_eq!(o.summary, "presence built credibility");
    /// ```
    #[inline]
    pub fn new(valence: Valence, summary: &str) -> Self {
        Observation {
            valence,
            summary: summary.to_owned(),
            citations: Vec::new(),
            passage: None,
            studies: Vec::new(),
        }
    }

    /// An enabling observation.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Observation, Valence};
    /// assert_eq!(Observation::enabling("x").valence, Valence::Enabling);
    /// ```
    pub fn enabling(summary: &str) -> Self {
        Observation::new(Valence::Enabling, summary)
    }

    /// A hindering observation.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Observation, Valence};
    /// assert_eq!(Observation::hindering("x").valence, Valence::Hindering);
    /// ```
    pub fn hindering(summary: &str) -> Self {
        Observation::new(Valence::Hindering, summary)
    }

    /// Adds a citation.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Observation};
    /// let o = Observation::enabling("x").with_citation(Citation::new("Akin", 2016));
    /// assert_eq!(o.citations[0].year, 2016);
    /// ```
    #[inline]
    pub fn with_citation(mut self, citation: Citation) -> Self {
        self.citations.push(citation);
        self
    }

    /// Adds a study of the model's study table, by id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Observation, StudyId};
    /// let o = Observation::enabling("x").with_study(StudyId::new("akin_2016")?);
    /// assert_eq!(o.studies[0], "akin_2016");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_study(mut self, study: StudyId) -> Self {
        self.studies.push(study);
        self
    }

    /// Sets the passage that locates the observation in the source.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Observation;
    /// let o = Observation::hindering("x").with_passage("could also demotivate");
    /// assert_eq!(o.passage.as_deref(), Some("could also demotivate"));
    /// ```
    #[inline]
    pub fn with_passage(mut self, passage: &str) -> Self {
        self.passage = Some(passage.to_owned());
        self
    }
}

/// The evidence behind an element or link: how many publications report it, which
/// studies, and what was observed for and against it.
///
/// A link's **support** ([`Evidence::support`]) is the number the strongest-pathway query
/// ranks by: the reported publication count when the source gives one, otherwise the number
/// of distinct studies cited in support (plain citations plus enabling observations).
/// Hindering observations never add support.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Evidence, Observation};
///
/// let e = Evidence::new()
///     .with_citation(Citation::new("Akin", 2016))
///     .with_citation(Citation::new("Anaby et al.", 2015))
///     .with_observation(Observation::hindering("inauthentic positivity demotivated")
///         .with_citation(Citation::new("Akin", 2016)));
/// assert_eq!(e.support(), 2);
/// assert_eq!(e.hindering().count(), 1);
/// assert_eq!(Evidence::new().with_publications(24).support(), 24);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Evidence {
    /// Number of publications the source reports for this element or link (its "n").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub publications: Option<u32>,
    /// Studies cited in support.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub citations: Vec<Citation>,
    /// Enabling and hindering findings.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub observations: Vec<Observation>,
    /// Studies of the model's study table cited in support, by id (format version 2).
    /// The builder checks that each is in the table.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub studies: Vec<StudyId>,
}

impl Evidence {
    /// Empty evidence.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::model::Evidence::new().is_empty());
    /// ```
    #[inline]
    pub fn new() -> Self {
        Evidence::default()
    }

    /// Sets the reported publication count.
    ///
    /// # Example
    ///
    /// ```
    /// let e = isp_moc::model::Evidence::new().with_publications(33);
    /// assert_eq!(e.publications, Some(33));
    /// ```
    #[inline]
    pub fn with_publications(mut self, n: u32) -> Self {
        self.publications = Some(n);
        self
    }

    /// Adds a supporting citation.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Evidence};
    /// let e = Evidence::new().with_citation(Citation::new("Akin", 2016));
    /// assert_eq!(e.citations.len(), 1);
    /// ```
    #[inline]
    pub fn with_citation(mut self, citation: Citation) -> Self {
        self.citations.push(citation);
        self
    }

    /// Adds an observation.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Evidence, Observation};
    /// let e = Evidence::new().with_observation(Observation::enabling("x"));
    /// assert_eq!(e.enabling().count(), 1);
    /// ```
    #[inline]
    pub fn with_observation(mut self, observation: Observation) -> Self {
        self.observations.push(observation);
        self
    }

    /// Adds a supporting study of the model's study table, by id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Evidence, StudyId};
    /// let e = Evidence::new().with_study(StudyId::new("akin_2016")?);
    /// assert_eq!(e.support(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_study(mut self, study: StudyId) -> Self {
        self.studies.push(study);
        self
    }

    /// True when nothing is recorded.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Evidence;
    /// assert!(!Evidence::new().with_publications(1).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.publications.is_none()
            && self.citations.is_empty()
            && self.observations.is_empty()
            && self.studies.is_empty()
    }

    /// The enabling observations, in recorded order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Evidence, Observation};
    /// let e = Evidence::new().with_observation(Observation::hindering("x"));
    /// assert_eq!(e.enabling().count(), 0);
    /// ```
    pub fn enabling(&self) -> impl Iterator<Item = &Observation> {
        self.observations
            .iter()
            .filter(|o| o.valence == Valence::Enabling)
    }

    /// The hindering observations, in recorded order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Evidence, Observation};
    /// let e = Evidence::new().with_observation(Observation::hindering("x"));
    /// assert_eq!(e.hindering().count(), 1);
    /// ```
    pub fn hindering(&self) -> impl Iterator<Item = &Observation> {
        self.observations
            .iter()
            .filter(|o| o.valence == Valence::Hindering)
    }

    /// Distinct studies cited in support: plain citations plus enabling observations,
    /// each study once (see [`Citation::same_study`]), in first-cited order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Evidence};
    /// let e = Evidence::new()
    ///     .with_citation(Citation::new("Akin", 2016))
    ///     .with_citation(Citation::new("Akin", 2016).with_locator("p. 165"));
    /// assert_eq!(e.supporting_studies().len(), 1);
    /// ```
    pub fn supporting_studies(&self) -> Vec<&Citation> {
        let mut seen = Vec::new();
        let cited = self
            .citations
            .iter()
            .chain(self.enabling().flat_map(|o| o.citations.iter()));
        for c in cited {
            if !seen.iter().any(|s: &&Citation| s.same_study(c)) {
                seen.push(c);
            }
        }
        seen
    }

    /// The distinct studies in support, by id, in first-cited order: the studies named by
    /// id and the citations (each as [`StudyId::from_citation`]), of the evidence itself
    /// and of its enabling observations. A citation and a study id that name the same
    /// study count once, as do two spellings of one citation (`Hjälmhult` and
    /// `Hjalmhult`, `Akin` and `akin`).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Evidence, Observation, StudyId};
    /// let e = Evidence::new()
    ///     .with_study(StudyId::new("akin_2016")?)
    ///     .with_citation(Citation::new("Akin", 2016))
    ///     .with_observation(Observation::enabling("x").with_citation(Citation::new("Barac et al.", 2018)))
    ///     .with_observation(Observation::hindering("y").with_citation(Citation::new("Zed", 2020)));
    /// let ids: Vec<_> = e.supporting_study_ids().iter().map(|s| s.to_string()).collect();
    /// assert_eq!(ids, ["akin_2016", "barac_et_al_2018"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn supporting_study_ids(&self) -> Vec<StudyId> {
        let enabling = || self.enabling();
        let named = self
            .studies
            .iter()
            .cloned()
            .chain(self.citations.iter().map(StudyId::from_citation))
            .chain(enabling().flat_map(|o| o.studies.iter().cloned()))
            .chain(enabling().flat_map(|o| o.citations.iter().map(StudyId::from_citation)));
        let mut seen = std::collections::BTreeSet::new();
        named.filter(|id| seen.insert(id.clone())).collect()
    }

    /// The support count used to rank pathways: `publications` when reported, otherwise
    /// the number of [`supporting_study_ids`](Evidence::supporting_study_ids).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Evidence};
    /// let e = Evidence::new().with_citation(Citation::new("Akin", 2016));
    /// assert_eq!(e.support(), 1);
    /// assert_eq!(e.with_publications(9).support(), 9);
    /// ```
    pub fn support(&self) -> u32 {
        self.publications
            .unwrap_or_else(|| u32::try_from(self.supporting_study_ids().len()).unwrap_or(u32::MAX))
    }

    /// Every problem of the citations and observations, in recorded order.
    pub(crate) fn problems(&self) -> Vec<String> {
        let all_citations = self
            .citations
            .iter()
            .chain(self.observations.iter().flat_map(|o| o.citations.iter()));
        let mut problems: Vec<String> = all_citations
            .filter_map(|c| {
                c.problem().map(|reason| {
                    format!(
                        "citation {}: {reason}",
                        crate::error::quoted(&c.to_string())
                    )
                })
            })
            .collect();
        problems.extend(
            self.observations
                .iter()
                .filter(|o| o.summary.trim().is_empty())
                .map(|_| "an observation needs a summary".to_owned()),
        );
        problems
    }
}

//! [`Link`]: a typed, evidenced relation between two mechanisms.

use super::{Basis, CerqualAssessment, Citation, Evidence, Observation, Polarity, Relation};
use crate::MechanismId;

/// A directed relation between two mechanisms: what it claims ([`Relation`]), its sign
/// ([`Polarity`]), whether the source states it or the modeller inferred it ([`Basis`]),
/// and the [`Evidence`] for it, including hindering observations.
///
/// At most one link joins an ordered pair of mechanisms; the builder enforces that and the
/// grammar (see [`MechanismGraphBuilder`](crate::MechanismGraphBuilder)).
///
/// Two optional attributes (format version 2) qualify a link further:
///
/// * [`weight`](Self::weight): a numeric evidence weight or effect estimate beside the
///   support count. Any finite number is valid (NaN and infinities are rejected at build);
///   [`strongest_pathway`](crate::MechanismGraph::strongest_pathway) ranked by
///   [`Ranking::Weight`](crate::query::Ranking) multiplies weights in (0, 1].
/// * [`moderators`](Self::moderators): context factors that condition *this link*
///   (link-level moderation), where a `moderates` link conditions a whole mechanism. Each
///   must be a context factor of the model, listed once.
///
/// Equality and hashing compare the weight by its bits, so a link equals itself whatever
/// its weight.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Basis, Citation, Link, Observation, Polarity, Relation};
///
/// let l = Link::new("isp_knowledge", "trust", Relation::LeadsTo)
///     .with_citation(Citation::new("Aasekjaer et al.", 2016))
///     .with_observation(Observation::hindering("unfamiliarity with the local context lowered trust")
///         .with_citation(Citation::new("Shernoff et al.", 2015)))
///     .with_passage("respect and recognition");
/// assert_eq!((l.polarity, l.basis), (Polarity::Positive, Basis::Text));
/// assert_eq!(l.support(), 1);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Link {
    /// Source mechanism.
    pub from: MechanismId,
    /// Target mechanism.
    pub to: MechanismId,
    /// What the link claims.
    pub relation: Relation,
    /// Its sign (default positive).
    pub polarity: Polarity,
    /// Stated in the text or inferred (default text).
    pub basis: Basis,
    /// The evidence for it.
    pub evidence: Evidence,
    /// Phrases that locate it in the source text.
    pub passages: Vec<String>,
    /// The modeller's note.
    pub note: Option<String>,
    /// A numeric evidence weight or effect estimate (finite; format version 2).
    pub weight: Option<f64>,
    /// Context factors that moderate this link (not the whole target mechanism), in
    /// declaration order (format version 2); neither end of the link is one.
    pub moderators: Vec<MechanismId>,
    /// How much confidence the finding deserves, by GRADE-CERQual (format version 2).
    /// Boxed: few links carry one, and inline it would more than double every link.
    pub confidence: Option<Box<CerqualAssessment>>,
}

impl Link {
    /// Every field, the weight as its bits, for equality and hashing.
    #[allow(clippy::type_complexity)]
    fn key(
        &self,
    ) -> (
        (&MechanismId, &MechanismId, Relation, Polarity, Basis),
        (
            &Evidence,
            &[String],
            &Option<String>,
            Option<u64>,
            &[MechanismId],
            Option<&CerqualAssessment>,
        ),
    ) {
        (
            (
                &self.from,
                &self.to,
                self.relation,
                self.polarity,
                self.basis,
            ),
            (
                &self.evidence,
                &self.passages,
                &self.note,
                self.weight.map(f64::to_bits),
                &self.moderators,
                self.confidence.as_deref(),
            ),
        )
    }
}

impl PartialEq for Link {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Link {}

impl std::hash::Hash for Link {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl Link {
    /// A positive, text-based link with no evidence yet.
    ///
    /// Nothing is checked here: [`build`](crate::MechanismGraphBuilder::build) resolves
    /// both ends and reports every problem, naming the link (and suggesting the nearest
    /// declared id for a misspelt one).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let l = Link::new("trust", "openness", Relation::LeadsTo);
    /// assert_eq!(l.from, "trust");
    /// ```
    #[inline]
    pub fn new(from: &str, to: &str, relation: Relation) -> Self {
        Link::joining(
            MechanismId::unchecked(from),
            MechanismId::unchecked(to),
            relation,
        )
    }

    /// As [`new`](Self::new), with ids the caller already holds: cloning a
    /// [`MechanismId`] allocates nothing (a short id is copied inline, a long one shared),
    /// so a large model written from an edge list allocates no id text per link.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::vocab::ReasoningType;
    /// let relational = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
    /// let mechanisms: Vec<Mechanism> = ["trust", "openness", "safety"].map(relational).into();
    /// let links: Vec<Link> = [(0, 1), (1, 2)]
    ///     .iter()
    ///     .map(|&(a, b)| Link::between(&mechanisms[a].id, &mechanisms[b].id, Relation::LeadsTo))
    ///     .collect();
    /// assert_eq!(links[0], Link::new("trust", "openness", Relation::LeadsTo));
    /// let g = isp_moc::MechanismGraph::builder().mechanisms(mechanisms).links(links).build()?;
    /// assert_eq!(g.link_count(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn between(from: &MechanismId, to: &MechanismId, relation: Relation) -> Self {
        Link::joining(from.clone(), to.clone(), relation)
    }

    #[inline]
    fn joining(from: MechanismId, to: MechanismId, relation: Relation) -> Self {
        Link {
            from,
            to,
            relation,
            polarity: Polarity::Positive,
            basis: Basis::Text,
            evidence: Evidence::new(),
            passages: Vec::new(),
            note: None,
            weight: None,
            moderators: Vec::new(),
            confidence: None,
        }
    }

    /// Sets the polarity.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Polarity, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_polarity(Polarity::Negative);
    /// assert_eq!(l.polarity, Polarity::Negative);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_polarity(mut self, polarity: Polarity) -> Self {
        self.polarity = polarity;
        self
    }

    /// Marks the link as the modeller's inference rather than the text's statement.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Basis, Link, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).inferred();
    /// assert_eq!(l.basis, Basis::Inferred);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn inferred(mut self) -> Self {
        self.basis = Basis::Inferred;
        self
    }

    /// Sets the evidence.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Evidence, Link, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_evidence(Evidence::new().with_publications(3));
    /// assert_eq!(l.support(), 3);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence = evidence;
        self
    }

    /// Adds a supporting citation to the evidence.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Link, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_citation(Citation::new("Akin", 2016));
    /// assert_eq!(l.evidence.citations.len(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_citation(mut self, citation: Citation) -> Self {
        self.evidence.citations.push(citation);
        self
    }

    /// Adds an observation to the evidence.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Observation, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_observation(Observation::hindering("x"));
    /// assert_eq!(l.evidence.hindering().count(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_observation(mut self, observation: Observation) -> Self {
        self.evidence.observations.push(observation);
        self
    }

    /// Adds a passage that locates the link in the source.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_passage("Such meaningful learning helped to develop");
    /// assert_eq!(l.passages.len(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_passage(mut self, passage: &str) -> Self {
        self.passages.push(passage.to_owned());
        self
    }

    /// Sets the modeller's note.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_note("our reading");
    /// assert_eq!(l.note.as_deref(), Some("our reading"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_note(mut self, note: &str) -> Self {
        self.note = Some(note.to_owned());
        self
    }

    /// Sets the numeric weight (checked at build: it must be finite).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let l = Link::new("a", "b", Relation::LeadsTo).with_weight(0.6);
    /// assert_eq!(l.weight, Some(0.6));
    /// ```
    #[inline]
    pub fn with_weight(mut self, weight: f64) -> Self {
        self.weight = Some(weight);
        self
    }

    /// Adds a context factor that moderates this link (checked at build: it must be a
    /// context factor of the model, listed once, and not an end of this link).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let l = Link::new("trust", "openness", Relation::LeadsTo).with_moderator("available_resources");
    /// assert_eq!(l.moderators, ["available_resources"]);
    /// ```
    #[inline]
    pub fn with_moderator(mut self, context_factor: &str) -> Self {
        self.moderators.push(MechanismId::unchecked(context_factor));
        self
    }

    /// Sets the GRADE-CERQual assessment of the finding the link states.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement, Link, Relation};
    /// let j = |c| Judgement::new(c, "see the evidence profile");
    /// let l = Link::new("trust", "openness", Relation::LeadsTo).with_confidence(CerqualAssessment::new(
    ///     j(Concern::Minor), j(Concern::NoOrVeryMinor), j(Concern::Minor), j(Concern::Minor),
    ///     Confidence::Moderate, "four studies in three sectors"));
    /// assert_eq!(l.confidence.unwrap().confidence, Confidence::Moderate);
    /// ```
    #[inline]
    pub fn with_confidence(mut self, assessment: CerqualAssessment) -> Self {
        self.confidence = Some(Box::new(assessment));
        self
    }

    /// The link's support count (see [`Evidence::support`]).
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.link("meaningful_learning", "self_efficacy")?.support() >= 12);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn support(&self) -> u32 {
        self.evidence.support()
    }

    /// Every problem of the record besides its ends, in field order.
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.passages.iter().any(|p| p.trim().is_empty()) {
            problems.push("a passage cannot be blank".to_owned());
        }
        problems.extend(self.evidence.problems());
        if let Some(w) = self.weight.filter(|w| !w.is_finite()) {
            problems.push(format!("weight must be a finite number, not {w}"));
        }
        if let Some(c) = &self.confidence {
            problems.extend(c.problems().into_iter().map(|p| format!("confidence: {p}")));
        }
        problems
    }
}

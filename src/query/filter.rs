//! [`LinkFilter`]: which links a query may follow.

use crate::model::{Basis, Confidence, Link, Relation};

/// Which links a query may follow: by relation, and optionally only links the source text
/// states ([`Basis::Text`]) or only links whose GRADE-CERQual confidence reaches a level.
///
/// The default follows every link. Pathways can only *start* at a context factor (nothing
/// links into one), so `moderates` links only matter when a query starts from context.
///
/// # Example
///
/// ```
/// use isp_moc::model::Relation;
/// use isp_moc::query::LinkFilter;
///
/// let g = isp_moc::catalog::figure2();
/// let causal_text = LinkFilter::all().relations(&[Relation::LeadsTo, Relation::Precondition]).text_only();
/// let inferred = g.link("self_efficacy", "implementation_behaviour")?;
/// assert!(!causal_text.allows(inferred));
/// assert!(LinkFilter::all().allows(inferred));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LinkFilter {
    /// Bit `i` set: `Relation::ALL[i]` may be followed.
    relations: u32,
    text_only: bool,
    min_confidence: Option<Confidence>,
}

impl Default for LinkFilter {
    fn default() -> Self {
        LinkFilter::all()
    }
}

impl LinkFilter {
    /// Follows every link.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::LinkFilter;
    /// assert_eq!(LinkFilter::all(), LinkFilter::default());
    /// ```
    pub fn all() -> Self {
        LinkFilter {
            relations: u32::MAX,
            text_only: false,
            min_confidence: None,
        }
    }

    /// Follows only links whose relation is listed.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Relation;
    /// use isp_moc::query::LinkFilter;
    /// let g = isp_moc::catalog::figure2();
    /// let f = LinkFilter::all().relations(&[Relation::LeadsTo]);
    /// assert!(!f.allows(g.link("trust", "meaningful_learning")?)); // a precondition
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn relations(mut self, relations: &[Relation]) -> Self {
        self.relations = relations.iter().fold(0, |bits, r| bits | bit(*r));
        self
    }

    /// Follows only links the source text states (skips inferred links).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::LinkFilter;
    /// let g = isp_moc::catalog::figure2();
    /// assert!(!LinkFilter::all().text_only().allows(g.link("isp_skills", "prompting")?));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn text_only(mut self) -> Self {
        self.text_only = true;
        self
    }

    /// Follows only links assessed with GRADE-CERQual at `minimum` confidence or higher
    /// ([`Link::confidence`]); a link without an assessment is not followed.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
    /// use isp_moc::query::{LinkFilter, PathQuery};
    /// let j = || Judgement::new(Concern::Minor, "see the evidence profile");
    /// let moderate = CerqualAssessment::new(j(), j(), j(), j(), Confidence::Moderate, "-");
    /// let mut parts = isp_moc::catalog::figure2().into_parts();
    /// for l in &mut parts.links {
    ///     if (l.from == "isp_skills" && l.to == "trust") || l.from == "trust" {
    ///         l.confidence = Some(Box::new(moderate.clone()));
    ///     }
    /// }
    /// let g = parts.build()?;
    /// let confident = LinkFilter::all().min_confidence(Confidence::Moderate);
    /// let set = g.pathways(PathQuery::new(["isp_skills"], ["implementation_behaviour"]).filter(confident))?;
    /// assert_eq!(set.pathways.len(), 1); // isp_skills → trust → implementation_behaviour
    /// let high = LinkFilter::all().min_confidence(Confidence::High);
    /// assert!(g.pathways(PathQuery::new(["isp_skills"], ["implementation_behaviour"]).filter(high))?.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn min_confidence(mut self, minimum: Confidence) -> Self {
        self.min_confidence = Some(minimum);
        self
    }

    /// True when a query with this filter may follow `link`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::LinkFilter;
    /// let g = isp_moc::catalog::figure2();
    /// assert!(LinkFilter::all().allows(g.link("trust", "openness")?));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn allows(&self, link: &Link) -> bool {
        self.allows_facts(facts(link))
    }

    /// As [`allows`](Self::allows), on a link's compact facts (see [`facts`]): what queries
    /// test per examined link, without reading the link record.
    pub(crate) fn allows_facts(&self, facts: u8) -> bool {
        let confident = |minimum: Confidence| {
            let level = (facts & CONFIDENCE_BITS) >> CONFIDENCE_SHIFT;
            level > 0
                && Confidence::ALL
                    .get(usize::from(level) - 1)
                    .is_some_and(|c| c.is_at_least(minimum))
        };
        self.relations & (1u32 << (facts & RELATION_BITS)) != 0
            && (!self.text_only || facts & INFERRED == 0)
            && self.min_confidence.is_none_or(confident)
    }

    /// True when the filter follows every link (queries then skip the test).
    pub(crate) fn is_all(&self) -> bool {
        *self == LinkFilter::all()
    }
}

/// The low bits of a link's facts: the index of its relation in [`Relation::ALL`].
const RELATION_BITS: u8 = 0b0000_0111;
/// The next bits: 0 for a link without a CERQual assessment, else 1 + the index of its
/// confidence in [`Confidence::ALL`].
const CONFIDENCE_BITS: u8 = 0b0111_1000;
const CONFIDENCE_SHIFT: u8 = 3;
/// The bit of a link's facts set for an inferred link.
const INFERRED: u8 = 0b1000_0000;

/// Whether a link's facts byte marks it inferred.
pub(crate) fn is_inferred(facts: u8) -> bool {
    facts & INFERRED != 0
}

/// What a [`LinkFilter`] tests of a link, in one byte (kept per link by the graph).
pub(crate) fn facts(link: &Link) -> u8 {
    let relation = Relation::ALL
        .iter()
        .position(|r| *r == link.relation)
        .unwrap_or(0) as u8;
    let inferred = if link.basis == Basis::Text {
        0
    } else {
        INFERRED
    };
    let confidence = link.confidence.as_ref().map_or(0, |a| {
        Confidence::ALL
            .iter()
            .position(|c| *c == a.confidence)
            .map_or(0, |i| i as u8 + 1)
    });
    (relation & RELATION_BITS) | ((confidence << CONFIDENCE_SHIFT) & CONFIDENCE_BITS) | inferred
}

fn bit(relation: Relation) -> u32 {
    let i = Relation::ALL
        .iter()
        .position(|r| *r == relation)
        .unwrap_or(0);
    1 << i
}

//! [`Ranking`]: what "strongest" means for a pathway.

/// What [`strongest_pathway`](crate::MechanismGraph::strongest_pathway) (and
/// [`PathSet::strongest_by`](super::PathSet::strongest_by)) maximise, set with
/// [`PathQuery::rank_by`](super::PathQuery::rank_by).
///
/// * [`Support`](Ranking::Support) (the default): the **weakest link**, the smallest
///   support count on the pathway ([`Pathway::strength`](super::Pathway::strength)); then
///   fewest links, then first by ids.
/// * [`Weight`](Ranking::Weight): the largest **product of link weights**
///   ([`Pathway::weight`](super::Pathway::weight)), as networkx and rustworkx find it
///   (a shortest path on costs `-ln w`); then fewest links. Only links whose
///   [`weight`](crate::model::Link::weight) lies in (0, 1] are followed: a link without a
///   weight, or with a weight outside that range (an effect estimate, say), is not a
///   probability-like evidence weight and is left out rather than given an invented one.
///   Among pathways of equal product and length, the one returned is deterministic.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, Link, Mechanism, Relation};
/// use isp_moc::query::{PathQuery, Ranking};
/// use isp_moc::vocab::ReasoningType;
///
/// let m = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability));
/// let g = isp_moc::MechanismGraph::builder()
///     .mechanisms(["a", "b", "c"].map(m))
///     .link(Link::new("a", "c", Relation::LeadsTo).with_weight(0.3))
///     .link(Link::new("a", "b", Relation::LeadsTo).with_weight(0.9))
///     .link(Link::new("b", "c", Relation::LeadsTo).with_weight(0.8))
///     .build()?;
/// let q = PathQuery::new(["a"], ["c"]);
/// assert_eq!(g.strongest_pathway(&q)?.unwrap().to_string(), "a → c");
/// let p = g.strongest_pathway(q.rank_by(Ranking::Weight))?.unwrap();
/// assert_eq!(p.to_string(), "a → b → c");
/// assert!((p.weight().unwrap() - 0.72).abs() < 1e-12);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Ranking {
    /// Weakest-link support (the default).
    #[default]
    Support,
    /// Largest product of link weights in (0, 1].
    Weight,
}

impl Ranking {
    /// Whether this ranking follows `link`: [`Support`](Ranking::Support) follows every
    /// link, [`Weight`](Ranking::Weight) only those with a weight in (0, 1].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// use isp_moc::query::Ranking;
    /// let link = Link::new("a", "b", Relation::LeadsTo);
    /// assert!(Ranking::Support.follows(&link));
    /// assert!(!Ranking::Weight.follows(&link));
    /// assert!(Ranking::Weight.follows(&link.clone().with_weight(0.5)));
    /// assert!(!Ranking::Weight.follows(&link.with_weight(1.5)));
    /// ```
    pub fn follows(self, link: &crate::model::Link) -> bool {
        match self {
            Ranking::Support => true,
            Ranking::Weight => link.weight.and_then(weight_cost).is_some(),
        }
    }
}

/// The weight ranking's cost of a link weight, `0.0 - ln w` (so a weight of 1 costs +0.0),
/// or `None` for a weight it does not follow (outside (0, 1]). The one place that rule
/// lives: the graph's cost array, `Pathway::weight`/`weight_cost` and the
/// `weight_outside_unit` lint all read it.
pub(crate) fn weight_cost(weight: f64) -> Option<f64> {
    (weight > 0.0 && weight <= 1.0).then(|| 0.0 - weight.ln())
}

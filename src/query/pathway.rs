//! [`Pathway`] and [`FeedbackLoop`]: the results of path queries.

use std::fmt;

use super::Strength;
use crate::{MechanismGraph, MechanismId};

/// A simple pathway through the model: mechanism ids in order, with the support of each
/// link it follows.
///
/// **Strength** is *weakest link*: the smallest [`support`](crate::model::Link::support)
/// of any link on the pathway. A chain of inferences is only as well evidenced as its least
/// evidenced step; summing would reward long pathways and hide an unsupported step.
///
/// `Display` prints the ids joined by ` → `.
///
/// # Example
///
/// ```
/// use isp_moc::query::PathQuery;
/// let g = isp_moc::catalog::figure2();
/// let set = g.pathways(&PathQuery::new(["trust"], ["self_efficacy"]))?;
/// let p = &set.pathways[0];
/// assert_eq!(p.to_string(), "trust → meaningful_learning → self_efficacy");
/// assert_eq!(p.hops(), 2);
/// assert_eq!(p.strength().support(), p.link_support().iter().copied().min().unwrap());
/// assert_eq!(p.labels(&g), "Trust → Meaningful learning → Self-efficacy");
/// # Ok::<(), isp_moc::Error>(())
/// ```
///
/// Equality and hashing compare link weights by their bits.
#[derive(Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Pathway {
    mechanisms: Vec<MechanismId>,
    link_support: Vec<u32>,
    // empty when no link has a weight: read through `link_weights()`
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "unweighted"))]
    link_weights: Vec<Option<f64>>,
    inferred_links: usize,
}

/// True when no link has a weight (the field is then left out of the serialised form).
#[cfg(feature = "serde")]
fn unweighted(weights: &[Option<f64>]) -> bool {
    weights.iter().all(Option::is_none)
}

impl Pathway {
    /// Assembles a pathway from internal node and link indices.
    pub(crate) fn from_indices(g: &MechanismGraph, nodes: &[u32], links: &[u32]) -> Self {
        Pathway::with_support(
            g,
            nodes,
            links,
            links.iter().map(|&l| g.link_support(l)).collect(),
        )
    }

    /// The pathway along `nodes` and `links`, with the links' support counts given.
    fn with_support(
        g: &MechanismGraph,
        nodes: &[u32],
        links: &[u32],
        link_support: Vec<u32>,
    ) -> Self {
        Pathway {
            mechanisms: nodes
                .iter()
                .map(|&n| g.mechanism_at(n).id.clone())
                .collect(),
            link_support,
            link_weights: weights(g, links),
            inferred_links: links
                .iter()
                .filter(|&&l| super::filter::is_inferred(g.link_facts(l)))
                .count(),
        }
    }

    /// A pathway found by the walk, its buffer reused for the support counts (one
    /// allocation fewer per pathway; the link records are not read for the basis).
    pub(crate) fn from_found(g: &MechanismGraph, found: super::search::Found) -> Self {
        let (mut indices, nodes) = found.into_parts();
        let nodes = nodes.min(indices.len());
        let (node_part, link_part) = indices.split_at_mut(nodes);
        debug_assert_eq!(node_part.len(), link_part.len() + 1);
        let mut pathway = Pathway::with_support(g, node_part, link_part, Vec::new());
        // A path has one node more than links, so each link's support goes over a node
        // already read (the front of the buffer), never over a link not yet read. (The
        // buffer keeps its capacity: four bytes per node unused, against an allocation.)
        let hops = link_part.len();
        for (slot, &l) in node_part.iter_mut().zip(link_part.iter()) {
            *slot = g.link_support(l);
        }
        indices.truncate(hops);
        pathway.link_support = indices;
        pathway
    }

    /// Every field, weights as bits, for equality and hashing.
    fn key(&self) -> (&[MechanismId], &[u32], Vec<Option<u64>>, usize) {
        let bits = self.link_weights().iter().map(|w| w.map(f64::to_bits));
        (
            &self.mechanisms,
            &self.link_support,
            bits.collect(),
            self.inferred_links,
        )
    }

    /// The weight of each link, in order (`None` for a link without one).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = &g.pathways(&PathQuery::new(["trust"], ["openness"]))?.pathways[0];
    /// assert_eq!(p.link_weights(), [None]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn link_weights(&self) -> &[Option<f64>] {
        if self.link_weights.is_empty() {
            NO_WEIGHTS.get(..self.hops()).unwrap_or_default()
        } else {
            &self.link_weights
        }
    }

    /// The product of the link weights, the pathway's rank under
    /// [`Ranking::Weight`](super::Ranking); `None` when a link has no weight or a weight
    /// outside (0, 1].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::PathQuery;
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["a", "b", "c"].map(m))
    ///     .link(Link::new("a", "b", Relation::LeadsTo).with_weight(0.5))
    ///     .link(Link::new("b", "c", Relation::LeadsTo).with_weight(0.5))
    ///     .build()?;
    /// let p = g.pathways(("a", "c"))?.pathways.remove(0);
    /// assert_eq!(p.weight(), Some(0.25));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn weight(&self) -> Option<f64> {
        self.link_weights()
            .iter()
            .map(|w| w.filter(|&w| super::weight_cost(w).is_some()))
            .product()
    }

    /// `-ln` of [`weight`](Self::weight), summed link by link as the weight ranking adds
    /// them (the figure networkx and rustworkx report as the path length); `None` as for
    /// `weight`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["a", "b"].map(m))
    ///     .link(Link::new("a", "b", Relation::LeadsTo).with_weight(1.0))
    ///     .build()?;
    /// let p = g.pathways(("a", "b"))?.pathways.remove(0);
    /// assert_eq!(p.weight_cost(), Some(0.0));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn weight_cost(&self) -> Option<f64> {
        self.link_weights()
            .iter()
            .map(|w| w.and_then(super::weight_cost))
            .sum()
    }

    /// The mechanism ids, first to last.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["boundary_spanning"], ["culture_and_climate"]))?;
    /// assert_eq!(set.pathways[0].mechanisms(), ["boundary_spanning", "culture_and_climate"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanisms(&self) -> &[MechanismId] {
        &self.mechanisms
    }

    /// Number of links followed.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["trust"], ["openness"]))?;
    /// assert_eq!(set.pathways[0].hops(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn hops(&self) -> usize {
        self.link_support.len()
    }

    /// The first mechanism.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["trust"], ["openness"]))?;
    /// assert_eq!(set.pathways[0].start(), "trust");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn start(&self) -> &MechanismId {
        &self.mechanisms[0]
    }

    /// The last mechanism.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["trust"], ["openness"]))?;
    /// assert_eq!(set.pathways[0].end(), "openness");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn end(&self) -> &MechanismId {
        &self.mechanisms[self.mechanisms.len() - 1]
    }

    /// The support of each link, in order (see [`Link::support`](crate::model::Link::support)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["meaningful_learning"], ["self_efficacy"]))?;
    /// assert_eq!(set.pathways[0].link_support(), [12]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn link_support(&self) -> &[u32] {
        &self.link_support
    }

    /// Weakest-link strength: the smallest link support on the pathway.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let best = g.strongest_pathway(&PathQuery::new(["isp_skills"], ["implementation_behaviour"]))?.unwrap();
    /// assert!(best.strength().support() >= 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn strength(&self) -> Strength {
        Strength::weakest(&self.link_support)
    }

    /// Sum of link supports (a secondary, descriptive figure; ranking uses
    /// [`strength`](Self::strength)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = &g.pathways(&PathQuery::new(["trust"], ["self_efficacy"]))?.pathways[0];
    /// assert!(p.total_support() >= u64::from(p.strength().support()));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn total_support(&self) -> u64 {
        self.link_support.iter().map(|&s| u64::from(s)).sum()
    }

    /// How many of the links are the modeller's inference rather than the text's.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = &g.pathways(&PathQuery::new(["isp_skills"], ["prompting"]))?.pathways[0];
    /// assert_eq!(p.inferred_links(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn inferred_links(&self) -> usize {
        self.inferred_links
    }

    /// True when the pathway passes through `id` (endpoints included).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = &g.pathways(&PathQuery::new(["trust"], ["self_efficacy"]))?.pathways[0];
    /// assert!(p.contains("meaningful_learning"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn contains(&self, id: &str) -> bool {
        self.mechanisms.iter().any(|m| m == id)
    }

    /// The links followed, as `(from, to)` id pairs.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = &g.pathways(&PathQuery::new(["trust"], ["self_efficacy"]))?.pathways[0];
    /// let pairs: Vec<_> = p.links().collect();
    /// assert_eq!(pairs.len(), 2);
    /// assert_eq!(pairs[1].1, "self_efficacy");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn links(&self) -> impl Iterator<Item = (&MechanismId, &MechanismId)> {
        self.mechanisms.windows(2).map(|w| (&w[0], &w[1]))
    }

    /// The links the weight ranking ([`Ranking::Weight`](super::Ranking)) does not follow,
    /// as `(from, to)` id pairs: those without a weight or with one outside (0, 1]. A
    /// pathway with any is left out of that ranking; these say why.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::{PathQuery, Ranking};
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["a", "b", "c"].map(m))
    ///     .link(Link::new("a", "b", Relation::LeadsTo).with_weight(0.9))
    ///     .link(Link::new("b", "c", Relation::LeadsTo).with_weight(1.5))
    ///     .build()?;
    /// let q = PathQuery::new(["a"], ["c"]);
    /// assert!(g.strongest_pathway(q.clone().rank_by(Ranking::Weight))?.is_none());
    /// let p = &g.pathways(&q)?.pathways[0];
    /// let skipped: Vec<_> = p.unweighted_links().collect();
    /// assert_eq!(skipped.len(), 1);
    /// assert_eq!((skipped[0].0.as_str(), skipped[0].1.as_str()), ("b", "c"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn unweighted_links(&self) -> impl Iterator<Item = (&MechanismId, &MechanismId)> {
        (self.links().zip(self.link_weights()))
            .filter(|(_, w)| w.and_then(super::ranking::weight_cost).is_none())
            .map(|(link, _)| link)
    }

    /// The pathway with the graph's labels instead of ids (ids the graph does not know are
    /// printed as they are).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = &g.pathways(&PathQuery::new(["trust"], ["openness"]))?.pathways[0];
    /// assert_eq!(p.labels(&g), "Trust → Openness");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn labels(&self, graph: &MechanismGraph) -> String {
        join_labels(graph, &self.mechanisms)
    }
}

/// The weights of a pathway none of whose links has one (most models), shared instead of
/// allocated per pathway found.
const NO_WEIGHTS: [Option<f64>; 32] = [None; 32];

/// The weights of `links`, in order; empty (read as [`NO_WEIGHTS`]) when none has one and
/// the pathway is not longer than that.
fn weights(g: &MechanismGraph, links: &[u32]) -> Vec<Option<f64>> {
    let weighted = links.iter().any(|&l| g.link_at(l).weight.is_some());
    if weighted || links.len() > NO_WEIGHTS.len() {
        links.iter().map(|&l| g.link_at(l).weight).collect()
    } else {
        Vec::new()
    }
}

impl fmt::Debug for Pathway {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pathway")
            .field("mechanisms", &self.mechanisms)
            .field("link_support", &self.link_support)
            .field("link_weights", &self.link_weights())
            .field("inferred_links", &self.inferred_links)
            .finish()
    }
}

impl PartialEq for Pathway {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Pathway {}

impl std::hash::Hash for Pathway {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Display for Pathway {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&join_ids(&self.mechanisms))
    }
}

/// A feedback loop: a simple cycle of links, listed from its smallest id; the last
/// mechanism links back to the first.
///
/// `Display` prints the ids joined by ` → `, closing back on the first.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, Link, Mechanism, Relation};
/// use isp_moc::query::LoopQuery;
/// use isp_moc::vocab::{OutcomeLevel, ReasoningType};
///
/// let g = isp_moc::MechanismGraph::builder()
///     .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational)))
///     .mechanism(Mechanism::new("adoption", "Adoption", Category::outcome(&[OutcomeLevel::Individual])))
///     .link(Link::new("trust", "adoption", Relation::LeadsTo))
///     .link(Link::new("adoption", "trust", Relation::LeadsTo))
///     .build()?;
/// let loops = g.feedback_loops(&LoopQuery::new())?;
/// assert_eq!(loops.loops[0].to_string(), "adoption → trust → adoption");
/// assert_eq!(loops.loops[0].hops(), 2);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FeedbackLoop {
    mechanisms: Vec<MechanismId>,
}

impl FeedbackLoop {
    pub(crate) fn from_indices(g: &MechanismGraph, nodes: &[u32]) -> Self {
        FeedbackLoop {
            mechanisms: nodes
                .iter()
                .map(|&n| g.mechanism_at(n).id.clone())
                .collect(),
        }
    }

    /// The mechanisms on the loop, starting with the smallest id (the first is not
    /// repeated at the end).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::LoopQuery;
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, &id.to_uppercase(), Category::reasoning(ReasoningType::Relational));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms([m("b"), m("a")])
    ///     .link(Link::new("b", "a", Relation::LeadsTo))
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .build()?;
    /// let l = &g.feedback_loops(&LoopQuery::new())?.loops[0];
    /// assert_eq!(l.mechanisms(), ["a", "b"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanisms(&self) -> &[MechanismId] {
        &self.mechanisms
    }

    /// Number of links on the loop (equal to the number of mechanisms).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::LoopQuery;
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, &id.to_uppercase(), Category::reasoning(ReasoningType::Relational));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms([m("b"), m("a")])
    ///     .link(Link::new("b", "a", Relation::LeadsTo))
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .build()?;
    /// let l = &g.feedback_loops(&LoopQuery::new())?.loops[0];
    /// assert_eq!(l.hops(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn hops(&self) -> usize {
        self.mechanisms.len()
    }

    /// The loop with labels instead of ids.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::LoopQuery;
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, &id.to_uppercase(), Category::reasoning(ReasoningType::Relational));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms([m("b"), m("a")])
    ///     .link(Link::new("b", "a", Relation::LeadsTo))
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .build()?;
    /// let l = &g.feedback_loops(&LoopQuery::new())?.loops[0];
    /// assert_eq!(l.labels(&g), "A → B → A");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn labels(&self, graph: &MechanismGraph) -> String {
        let mut closed = self.mechanisms.clone();
        closed.extend(self.mechanisms.first().cloned());
        join_labels(graph, &closed)
    }
}

impl fmt::Display for FeedbackLoop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut closed = self.mechanisms.clone();
        closed.extend(self.mechanisms.first().cloned());
        f.write_str(&join_ids(&closed))
    }
}

fn join_ids(ids: &[MechanismId]) -> String {
    ids.iter()
        .map(MechanismId::as_str)
        .collect::<Vec<_>>()
        .join(" → ")
}

fn join_labels(graph: &MechanismGraph, ids: &[MechanismId]) -> String {
    ids.iter()
        .map(|id| {
            graph
                .mechanism(id.as_str())
                .map_or(id.as_str(), |m| m.label.as_str())
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

//! [`MechanismGraph`]: a validated, immutable mechanism model you query by id.
//!
//! The graph is stored in petgraph, but petgraph never appears in the API: every method
//! takes and returns [`MechanismId`]s (or `&str` ids) and the crate's own records. Internal
//! indices are an implementation detail that never leaves the crate, so nothing a user
//! holds can go stale.

mod adjacency;
mod builder;
mod parts;

use std::collections::HashMap;
use std::fmt;

use petgraph::graph::{DiGraph, NodeIndex};

pub(crate) use adjacency::{Adjacency, ModeratedLinks, Neighbours};
pub use builder::MechanismGraphBuilder;
pub use parts::ModelParts;

use crate::model::{Link, Mechanism, MechanismKind, ModelInfo, Study};
use crate::{Error, ErrorKind, MechanismId, Result};

/// A validated mechanism model: elements ([`Mechanism`]s) joined by typed, evidenced
/// [`Link`]s, built by [`MechanismGraphBuilder`] (or loaded from a file) and immutable
/// afterwards.
///
/// * **Ids, not indices.** Every method speaks [`MechanismId`](crate::MechanismId)s; unknown ids give
///   [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) (with a
///   did-you-mean), never a panic.
/// * **Declaration order is kept.** [`mechanisms`](Self::mechanisms) and
///   [`links`](Self::links) return records in the order they were declared (or stored in the
///   file), so saved files diff cleanly. Query results are sorted by id (see
///   [`crate::query`]).
/// * **One link per ordered pair.** At most one link joins `a` to `b`; `a -> b` and
///   `b -> a` may both exist, and cycles are allowed.
///
/// Equality compares info, mechanisms and links (in order).
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// assert!(g.contains("trust"));
/// let link = g.link("trust", "meaningful_learning")?;
/// assert_eq!(link.relation, isp_moc::model::Relation::Precondition);
/// let targets: Vec<&str> = g.links_from("trust")?.iter().map(|l| l.to.as_str()).collect();
/// assert_eq!(targets[0], "empowerment"); // sorted by id
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Clone)]
pub struct MechanismGraph {
    info: ModelInfo,
    mechanisms: Vec<Mechanism>,
    links: Vec<Link>,
    /// Node `i` is `mechanisms[i]`, edge `j` is `links[j]`.
    graph: DiGraph<(), (), u32>,
    /// Node by id: every query starts by looking its ids up, and a hash probe beats a
    /// binary search of string comparisons (one memory access against about log2(V)).
    index: IdIndex,
    /// The nodes in id order (for answers in id order).
    by_id: Vec<u32>,
    /// Position of each node when mechanisms are sorted by id.
    rank: Vec<u32>,
    outgoing: Adjacency,
    incoming: Adjacency,
    /// Per link, what queries test without reading the record: the link filter's facts
    /// (relation and basis in one byte), the support count, and the weight's cost.
    link_facts: Vec<u8>,
    link_support: Vec<u32>,
    /// `0.0 - ln(weight)` for a weight in (0, 1]; infinite for any other link (not
    /// followed when ranking by weight).
    link_cost: Vec<f64>,
    /// The distinct support counts of all links, ascending.
    support_levels: Vec<u32>,
    /// The links each context factor moderates (the links' moderator lists, inverted).
    moderated: ModeratedLinks,
    /// The study table, in declaration order.
    studies: Vec<Study>,
    /// Positions in `studies`, sorted by id (for lookup).
    study_order: Vec<u32>,
}

/// Mechanism id -> node, hashed with foldhash (fast, seeded per process). The keys share
/// the mechanisms' id text.
pub(crate) type IdIndex = HashMap<MechanismId, u32, foldhash::fast::RandomState>;

/// What the builder worked out while validating, handed to
/// [`assemble`](MechanismGraph::assemble) so nothing is worked out twice: each link's end
/// nodes and moderator nodes (link `j`'s are `moderator_nodes[moderator_starts[j]..
/// moderator_starts[j + 1]]`), the nodes in id order with each node's rank in it, and the
/// outgoing lists.
pub(crate) struct Resolved {
    pub(crate) index: IdIndex,
    pub(crate) endpoints: Vec<(u32, u32)>,
    pub(crate) moderator_starts: Vec<u32>,
    pub(crate) moderator_nodes: Vec<u32>,
    pub(crate) by_id: Vec<u32>,
    pub(crate) rank: Vec<u32>,
    pub(crate) outgoing: Adjacency,
    pub(crate) columns: LinkColumns,
}

/// The per-link arrays queries read instead of the link records, filled by the builder
/// while it validates each record (one pass over the records, not two).
pub(crate) struct LinkColumns {
    /// What a link filter tests (relation and basis).
    pub(crate) facts: Vec<u8>,
    /// Support counts.
    pub(crate) support: Vec<u32>,
    /// The weight's cost for max-product ranking (`0 - ln w`; infinite without a usable
    /// weight).
    pub(crate) cost: Vec<f64>,
}

impl LinkColumns {
    /// Room for `links` links.
    pub(crate) fn with_capacity(links: usize) -> Self {
        LinkColumns {
            facts: Vec::with_capacity(links),
            support: Vec::with_capacity(links),
            cost: Vec::with_capacity(links),
        }
    }

    /// Appends `link`'s entries.
    pub(crate) fn push(&mut self, link: &Link) {
        self.facts.push(crate::query::link_facts(link));
        self.support.push(link.support());
        self.cost.push(
            link.weight
                .and_then(crate::query::weight_cost)
                .unwrap_or(f64::INFINITY),
        );
    }
}

impl MechanismGraph {
    /// A new [`MechanismGraphBuilder`].
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::MechanismGraph::builder().build()?;
    /// assert_eq!(g.mechanism_count(), 0);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn builder() -> MechanismGraphBuilder {
        MechanismGraphBuilder::new()
    }

    /// Builds a graph from its parts, with the builder's validation.
    ///
    /// # Errors
    ///
    /// Every problem found, as [`MechanismGraphBuilder::build`].
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// let parts = g.clone().into_parts();
    /// assert_eq!(isp_moc::MechanismGraph::from_parts(parts)?, g);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn from_parts(parts: ModelParts) -> Result<Self> {
        MechanismGraphBuilder::from(parts).build()
    }

    /// Takes the graph apart into its records (declaration order), e.g. to edit and
    /// rebuild it.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = isp_moc::catalog::figure2().into_parts();
    /// assert!(!parts.info.name.is_empty());
    /// assert!(parts.mechanisms.len() > 20 && parts.links.len() > 40);
    /// ```
    pub fn into_parts(self) -> ModelParts {
        ModelParts {
            info: self.info,
            mechanisms: self.mechanisms,
            links: self.links,
            studies: self.studies,
        }
    }

    /// Called by the builder once everything has been validated.
    pub(crate) fn assemble(
        info: ModelInfo,
        mechanisms: Vec<Mechanism>,
        links: Vec<Link>,
        resolved: Resolved,
    ) -> Self {
        let endpoints = &resolved.endpoints;
        let mut graph = DiGraph::with_capacity(mechanisms.len(), links.len());
        for _ in &mechanisms {
            graph.add_node(());
        }
        for &(a, b) in endpoints {
            graph.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), ());
        }
        let incoming = Adjacency::new(
            mechanisms.len(),
            endpoints
                .iter()
                .enumerate()
                .map(|(l, &(a, b))| (b, a, l as u32)),
            &resolved.rank,
        );
        let moderated = ModeratedLinks::new(
            mechanisms.len(),
            &resolved.moderator_starts,
            &resolved.moderator_nodes,
        );
        let LinkColumns {
            facts: link_facts,
            support: link_support,
            cost: link_cost,
        } = resolved.columns;
        let mut support_levels = link_support.clone();
        support_levels.sort_unstable();
        support_levels.dedup();
        MechanismGraph {
            info,
            mechanisms,
            links,
            graph,
            index: resolved.index,
            by_id: resolved.by_id,
            rank: resolved.rank,
            outgoing: resolved.outgoing,
            incoming,
            link_facts,
            link_support,
            link_cost,
            support_levels,
            moderated,
            studies: Vec::new(),
            study_order: Vec::new(),
        }
    }

    /// Sets the (validated) study table.
    pub(crate) fn set_studies(&mut self, studies: Vec<Study>) {
        let mut order: Vec<u32> = (0..studies.len() as u32).collect();
        order.sort_by(|&a, &b| studies[a as usize].id.cmp(&studies[b as usize].id));
        self.studies = studies;
        self.study_order = order;
    }

    /// The study table (the studies evidence refers to by id), in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.studies().iter().any(|s| s.id == "akin_2016"));
    /// ```
    pub fn studies(&self) -> &[Study] {
        &self.studies
    }

    /// The study with this id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownStudy`] (with a did-you-mean) when the table has no such study.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.study("akin_2016")?.citation.authors, "Akin");
    /// let err = g.study("akin_2061").unwrap_err();
    /// assert_eq!(err.to_string(), "study `akin_2061` is not in the study table; did you mean `akin_2016`?");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn study(&self, id: &str) -> Result<&Study> {
        self.find_study(id).ok_or_else(|| {
            ErrorKind::UnknownStudy {
                id: id.to_owned(),
                suggestion: crate::suggest::nearest(id, self.studies.iter().map(|s| s.id.as_str()))
                    .map(str::to_owned),
            }
            .into()
        })
    }

    /// The study with this id, if the table has it (no did-you-mean work).
    fn find_study(&self, id: &str) -> Option<&Study> {
        let at = find(&self.study_order, &self.studies, id, |s| s.id.as_str())?;
        self.studies.get(at as usize)
    }

    /// The study of the table a citation names: the one whose id the citation gives
    /// ([`StudyId::from_citation`](crate::model::StudyId::from_citation)). In a model with
    /// a study table, author-year citations (which keep their page locators) and study ids
    /// name the same studies, and support counts each once.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Citation;
    /// let g = isp_moc::catalog::figure2();
    /// let cited = &g.link("boundary_spanning", "culture_and_climate")?.evidence.citations[0];
    /// let study = g.cited_study(cited).unwrap();
    /// assert_eq!(study.citation.authors, "Williams, Glisson, Hemmelgarn, & Green");
    /// assert!(g.cited_study(&Citation::new("Nobody", 1999)).is_none());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn cited_study(&self, citation: &crate::model::Citation) -> Option<&Study> {
        self.find_study(crate::model::StudyId::from_citation(citation).as_str())
    }

    /// Model-level information (name, source, tallies).
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.info().source.as_deref().unwrap().contains("Albers"));
    /// ```
    pub fn info(&self) -> &ModelInfo {
        &self.info
    }

    /// All mechanisms, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.mechanisms()[0].id, "isp_knowledge");
    /// ```
    pub fn mechanisms(&self) -> &[Mechanism] {
        &self.mechanisms
    }

    /// All links, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.links().len(), g.link_count());
    /// ```
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// The mechanisms of one kind, in declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::MechanismKind;
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.mechanisms_of_kind(MechanismKind::Resource).count(), 3);
    /// ```
    pub fn mechanisms_of_kind(&self, kind: MechanismKind) -> impl Iterator<Item = &Mechanism> {
        self.mechanisms.iter().filter(move |m| m.kind() == kind)
    }

    /// Number of mechanisms.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::catalog::figure2().mechanism_count(), 31);
    /// ```
    pub fn mechanism_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of links.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::catalog::figure2().link_count() > 60);
    /// ```
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// True when the graph has no mechanisms.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!isp_moc::catalog::figure2().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.mechanisms.is_empty()
    }

    /// True when a mechanism with this id exists.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.contains("self_efficacy") && !g.contains("selfefficacy"));
    /// ```
    pub fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// The mechanism with this id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`] when there is none (with the nearest id, when one is
    /// close enough to be a typo).
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.mechanism("trust")?.label, "Trust");
    /// assert!(g.mechanism("nope").is_err());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanism(&self, id: &str) -> Result<&Mechanism> {
        Ok(&self.mechanisms[self.node(id)? as usize])
    }

    /// The link from `from` to `to`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`] for an unknown id, [`ErrorKind::UnknownLink`] when
    /// both exist but are not linked that way.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::ErrorKind;
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.link("meaningful_learning", "self_efficacy").is_ok());
    /// let err = g.link("self_efficacy", "meaningful_learning").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::UnknownLink { .. }));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn link(&self, from: &str, to: &str) -> Result<&Link> {
        let (a, b) = (self.node(from)?, self.node(to)?);
        self.link_between(a, b)
            .map(|l| &self.links[l as usize])
            .ok_or_else(|| {
                Error::new(ErrorKind::UnknownLink {
                    from: from.to_owned(),
                    to: to.to_owned(),
                })
            })
    }

    /// The links leaving a mechanism, sorted by target id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`] for an unknown id.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.links_from("implementation_behaviour")?.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn links_from(&self, id: &str) -> Result<Vec<&Link>> {
        let node = self.node(id)?;
        Ok(self.link_refs(self.outgoing.of(node)))
    }

    /// The links entering a mechanism, sorted by source id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`] for an unknown id.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// let sources: Vec<&str> = g.links_to("self_efficacy")?.iter().map(|l| l.from.as_str()).collect();
    /// assert_eq!(sources, ["isp_attitudes", "meaningful_learning"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn links_to(&self, id: &str) -> Result<Vec<&Link>> {
        let node = self.node(id)?;
        Ok(self.link_refs(self.incoming.of(node)))
    }

    fn link_refs(&self, list: Neighbours<'_>) -> Vec<&Link> {
        list.links()
            .iter()
            .map(|&l| &self.links[l as usize])
            .collect()
    }

    // ----- crate-internal access for the query and export modules -----

    /// The internal node of an id.
    pub(crate) fn node(&self, id: &str) -> Result<u32> {
        self.position(id).ok_or_else(|| self.unknown(id))
    }

    /// The node of the mechanism with this id, if there is one (no did-you-mean work).
    pub(crate) fn position(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }

    /// The error for an id the graph does not contain, with a did-you-mean.
    pub(crate) fn unknown(&self, id: &str) -> Error {
        // the id written otherwise (`Data Use`), a label, or a slip of the keyboard
        let written = crate::id::valid_near(id).filter(|near| self.position(near).is_some());
        let labelled = || {
            self.mechanisms
                .iter()
                .find(|m| m.label.trim().eq_ignore_ascii_case(id.trim()))
                .map(|m| m.id.to_string())
        };
        let near = || {
            crate::suggest::nearest(id, self.mechanisms.iter().map(|m| m.id.as_str()))
                .map(str::to_owned)
        };
        let suggestion = written.or_else(labelled).or_else(near);
        Error::new(ErrorKind::UnknownMechanism {
            id: id.to_owned(),
            suggestion,
        })
    }

    pub(crate) fn mechanism_at(&self, node: u32) -> &Mechanism {
        &self.mechanisms[node as usize]
    }

    pub(crate) fn link_at(&self, link: u32) -> &Link {
        &self.links[link as usize]
    }

    /// The node a link ends at: petgraph's edge `link` joins the link's end nodes.
    pub(crate) fn link_end(&self, link: u32) -> u32 {
        self.graph.raw_edges()[link as usize].target().index() as u32
    }

    /// A link's compact filter facts (see [`LinkFilter`](crate::query::LinkFilter)).
    pub(crate) fn link_facts(&self, link: u32) -> u8 {
        self.link_facts[link as usize]
    }

    /// A link's support count, without reading its record.
    pub(crate) fn link_support(&self, link: u32) -> u32 {
        self.link_support[link as usize]
    }

    /// A link's cost when ranking by weight (`-ln w`; infinite when not followed).
    pub(crate) fn link_cost(&self, link: u32) -> f64 {
        self.link_cost[link as usize]
    }

    /// The links a node moderates, in link order.
    pub(crate) fn moderated_by(&self, node: u32) -> &[u32] {
        self.moderated.of(node)
    }

    /// The distinct support counts of the links, ascending.
    pub(crate) fn support_levels(&self) -> &[u32] {
        &self.support_levels
    }

    /// Every node, in id order.
    pub(crate) fn in_id_order(&self) -> &[u32] {
        &self.by_id
    }

    /// The rank of every node (its position in id order).
    pub(crate) fn ranks(&self) -> &[u32] {
        &self.rank
    }

    pub(crate) fn rank(&self, node: u32) -> u32 {
        self.rank[node as usize]
    }

    /// The nodes `node` links to and the links, in id order of those nodes.
    pub(crate) fn outgoing(&self, node: u32) -> Neighbours<'_> {
        self.outgoing.of(node)
    }

    /// The nodes that link to `node` and the links, in id order of those nodes.
    pub(crate) fn incoming(&self, node: u32) -> Neighbours<'_> {
        self.incoming.of(node)
    }

    pub(crate) fn link_between(&self, a: u32, b: u32) -> Option<u32> {
        let list = self.outgoing.of(a);
        list.nodes()
            .binary_search_by_key(&self.rank[b as usize], |&n| self.rank[n as usize])
            .ok()
            .and_then(|i| list.get(i))
            .map(|(_, link)| link)
    }
}

/// The position of the record with this id: a binary search over `order`, the positions
/// of `records` sorted by id.
fn find<T>(order: &[u32], records: &[T], id: &str, id_of: impl Fn(&T) -> &str) -> Option<u32> {
    order
        .binary_search_by(|&n| id_of(&records[n as usize]).cmp(id))
        .ok()
        .map(|i| order[i])
}

impl PartialEq for MechanismGraph {
    fn eq(&self, other: &Self) -> bool {
        self.info == other.info
            && self.mechanisms == other.mechanisms
            && self.links == other.links
            && self.studies == other.studies
    }
}

impl fmt::Debug for MechanismGraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MechanismGraph")
            .field("name", &self.info.name)
            .field("mechanisms", &self.mechanisms.len())
            .field("links", &self.links.len())
            .finish()
    }
}

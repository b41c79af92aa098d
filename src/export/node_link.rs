//! networkx node-link JSON export.

use serde::Serialize;

use super::Layout;
use crate::model::{
    Basis, CategoryFields, CategoryTally, CerqualAssessment, Citation, DomainSubject, Link,
    Mechanism, MechanismKind, Observation, Polarity, Relation, Study, StudyId,
};
use crate::MechanismGraph;

/// Options for [`node_link`]. `Default` writes everything.
///
/// # Example
///
/// ```
/// use isp_moc::export::{node_link, NodeLinkOptions};
/// let g = isp_moc::catalog::figure2();
/// let mut options = NodeLinkOptions::default();
/// options.context = false;
/// let text = node_link(&g, &options);
/// assert!(!text.contains("leadership_support"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NodeLinkOptions {
    /// Include context factors and their links (default true).
    pub context: bool,
    /// Include citations, observations, passages and notes (default true).
    pub provenance: bool,
}

impl Default for NodeLinkOptions {
    fn default() -> Self {
        NodeLinkOptions {
            context: true,
            provenance: true,
        }
    }
}

/// Renders the model as networkx node-link JSON, read by `networkx.node_link_graph`
/// (feature `serde`).
///
/// The document is `{"directed": true, "multigraph": false, "graph": {...}, "nodes": [...],
/// "edges": [...]}`: links are under **`edges`**, the key networkx 3.6 and later read by
/// default. Read it with `node_link_graph(data)` on networkx ≥ 3.6,
/// `node_link_graph(data, edges="edges")` on 3.4 and 3.5, and
/// `node_link_graph(data, link="edges")` on 3.0 to 3.3.
///
/// Attributes have the names of the GraphML export's (see
/// [`graphml`](crate::export::graphml)) with native JSON values: a node is `{"id", "label",
/// "kind", <the category fields of its kind>, "description", "group", "publications",
/// "support", "hindering", "citations", "observations", "studies", "passages", "note"}` and an
/// edge `{"source", "target", "relation", "polarity", "basis", "weight", "moderators",
/// "publications", "support", "hindering", "citations", "observations", "studies",
/// "passages", "note", "confidence"}`; `levels` and `moderators` are arrays of ids, citations
/// and observations are objects as in the JSON document, and fields without a value are
/// left out. `support` and `hindering` are derived counts. The graph
/// attributes are the model info (`name`, `description`, `source`, `domain_subjects`,
/// `tallies`, `layout`) and the study table (`studies`, records as in the JSON document).
///
/// Pretty-printed (two-space indent, trailing newline) and deterministic (declaration
/// order).
///
/// # Example
///
/// ```
/// use isp_moc::export::{node_link, NodeLinkOptions};
/// let text = node_link(&isp_moc::catalog::figure2(), &NodeLinkOptions::default());
/// let doc: serde_json::Value = serde_json::from_str(&text)?;
/// assert_eq!(doc["directed"], true);
/// assert_eq!(doc["nodes"][0]["id"], "isp_knowledge");
/// assert_eq!(doc["nodes"][0]["resource"], "knowledge");
/// assert!(doc["edges"].as_array().unwrap().iter().any(|e| e["source"] == "trust"));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn node_link(graph: &MechanismGraph, options: &NodeLinkOptions) -> String {
    let shown = |m: &Mechanism| options.context || m.kind() != MechanismKind::Context;
    let info = graph.info();
    let doc = Document {
        directed: true,
        multigraph: false,
        graph: GraphAttrs {
            name: &info.name,
            description: &info.description,
            source: info.source.as_deref(),
            domain_subjects: &info.domain_subjects,
            tallies: &info.tallies,
            layout: info.layout,
            studies: if options.provenance {
                graph.studies()
            } else {
                &[]
            },
        },
        nodes: graph
            .mechanisms()
            .iter()
            .filter(|m| shown(m))
            .map(|m| Node::new(m, options))
            .collect(),
        edges: graph
            .links()
            .iter()
            .filter(|l| {
                [&l.from, &l.to]
                    .iter()
                    .all(|id| graph.mechanism(id.as_str()).is_ok_and(shown))
            })
            .map(|l| Edge::new(l, options))
            .collect(),
    };
    // Serializing plain data into a String cannot fail.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

#[derive(Serialize)]
struct Document<'g> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs<'g>,
    nodes: Vec<Node<'g>>,
    edges: Vec<Edge<'g>>,
}

#[derive(Serialize)]
struct GraphAttrs<'g> {
    name: &'g str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'g str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'g str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    domain_subjects: &'g [DomainSubject],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tallies: &'g [CategoryTally],
    #[serde(skip_serializing_if = "Option::is_none")]
    layout: Option<Layout>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    studies: &'g [Study],
}

/// Evidence, derived counts and provenance, shared by nodes and edges.
#[derive(Serialize)]
struct Attached<'g> {
    #[serde(skip_serializing_if = "Option::is_none")]
    publications: Option<u32>,
    support: u32,
    hindering: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    citations: &'g [Citation],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    observations: &'g [Observation],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    studies: &'g [StudyId],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    passages: &'g [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'g str>,
}

impl<'g> Attached<'g> {
    fn new(
        evidence: &'g crate::model::Evidence,
        passages: &'g [String],
        note: Option<&'g str>,
        options: &NodeLinkOptions,
    ) -> Self {
        let p = options.provenance;
        Attached {
            publications: evidence.publications,
            support: evidence.support(),
            hindering: evidence.hindering().count(),
            citations: if p { &evidence.citations } else { &[] },
            observations: if p { &evidence.observations } else { &[] },
            studies: if p { &evidence.studies } else { &[] },
            passages: if p { passages } else { &[] },
            note: note.filter(|_| p),
        }
    }
}

#[derive(Serialize)]
struct Node<'g> {
    id: &'g str,
    label: &'g str,
    kind: MechanismKind,
    #[serde(flatten)]
    category: CategoryFields,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'g str,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'g str>,
    #[serde(flatten)]
    attached: Attached<'g>,
}

impl<'g> Node<'g> {
    fn new(m: &'g Mechanism, options: &NodeLinkOptions) -> Self {
        Node {
            id: m.id.as_str(),
            label: &m.label,
            kind: m.kind(),
            category: CategoryFields::from(&m.category),
            description: &m.description,
            group: m.group.as_deref(),
            attached: Attached::new(&m.evidence, &m.passages, m.note.as_deref(), options),
        }
    }
}

#[derive(Serialize)]
struct Edge<'g> {
    source: &'g str,
    target: &'g str,
    relation: Relation,
    polarity: Polarity,
    basis: Basis,
    #[serde(skip_serializing_if = "Option::is_none")]
    weight: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    moderators: Vec<&'g str>,
    #[serde(flatten)]
    attached: Attached<'g>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<&'g CerqualAssessment>,
}

impl<'g> Edge<'g> {
    fn new(l: &'g Link, options: &NodeLinkOptions) -> Self {
        Edge {
            source: l.from.as_str(),
            target: l.to.as_str(),
            relation: l.relation,
            polarity: l.polarity,
            basis: l.basis,
            weight: l.weight,
            moderators: l.moderators.iter().map(|m| m.as_str()).collect(),
            attached: Attached::new(&l.evidence, &l.passages, l.note.as_deref(), options),
            confidence: l.confidence.as_deref().filter(|_| options.provenance),
        }
    }
}

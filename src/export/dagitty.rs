//! DAGitty model string export (dagitty.net and the dagitty R package).

use std::fmt::Write;

use super::layout::columns;
use crate::model::{Mechanism, MechanismKind};
use crate::MechanismGraph;

/// Options for [`dagitty`]. `Default` shows everything.
///
/// # Example
///
/// ```
/// use isp_moc::export::{dagitty, DagittyOptions};
/// let g = isp_moc::catalog::figure2();
/// let mut options = DagittyOptions::default();
/// options.context = false;
/// options.positions = false;
/// let text = dagitty(&g, &options);
/// assert!(!text.contains("leadership_support") && !text.contains("pos="));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DagittyOptions {
    /// Include context factors and their links (default true).
    pub context: bool,
    /// Mark ISP resources as exposures and outcomes as outcomes (default true).
    pub roles: bool,
    /// Place the nodes in the paper's columns (`pos="x,y"`, default true); without
    /// positions DAGitty lays the graph out itself.
    pub positions: bool,
    /// Give each node its human label (`label="..."`, default true).
    pub labels: bool,
}

impl Default for DagittyOptions {
    fn default() -> Self {
        DagittyOptions {
            context: true,
            roles: true,
            positions: true,
            labels: true,
        }
    }
}

/// Renders the model as a DAGitty model string (`dag { ... }`), for dagitty.net and the
/// dagitty R package (`dagitty::dagitty(text)`).
///
/// Every mechanism is declared with its id as the variable name (ids are snake_case, valid
/// DAGitty names), except the two names DAGitty forbids, `graph` and `node`, which are
/// written `M_graph` and `M_node` (no mechanism id has capitals, so these cannot clash).
/// With [`DagittyOptions::labels`] each node carries its human label as `label="..."`
/// (double quotes escaped; a backslash becomes `/` and a line break or other control
/// character a space, since DAGitty strings cannot hold them). With
/// [`DagittyOptions::roles`], ISP resources are `exposure`s and outcome elements
/// `outcome`s; responses and context factors carry no role. With
/// [`DagittyOptions::positions`], nodes get `pos="column,row"` in the paper's column order
/// (context, resources, relational, capability, opportunity, motivation, outcome) and the
/// graph a matching bounding box `bb`. Every link is an arrow `->`, whatever its relation:
/// a DAG has no notion of moderation or precondition, so context factors appear as causes
/// of the mechanisms they condition, and a factor moderating one link (link-level
/// moderation) as a cause of the link's target, as a DAG draws an effect modifier. Each
/// arrow is written once. Categories, evidence and other link attributes are not carried.
///
/// **Feedback loops.** A DAG has no cycles, but a mechanism model may (outcome → reasoning
/// feedback). Links that close a cycle are still written, so the string stays a faithful,
/// parseable DAGitty graph: dagitty.net then reports the cycle and refuses adjustment-set
/// analyses, and the R package's `isAcyclic()` is `FALSE`. Leave such links out (e.g.
/// rebuild the model without them, found with
/// [`feedback_loops`](crate::MechanismGraph::feedback_loops)) before a causal analysis.
///
/// The output is deterministic (declaration order).
///
/// # Example
///
/// ```
/// use isp_moc::export::{dagitty, DagittyOptions};
/// let text = dagitty(&isp_moc::catalog::figure2(), &DagittyOptions::default());
/// assert!(text.starts_with("dag {\n"));
/// assert!(text.contains("isp_skills [exposure,label=\"ISP skills\",pos="));
/// assert!(text.contains("implementation_behaviour [outcome,"));
/// assert!(text.contains("\ntrust -> meaningful_learning\n"));
/// ```
pub fn dagitty(graph: &MechanismGraph, options: &DagittyOptions) -> String {
    let mut out = String::from("dag {\n");
    let shown = |m: &Mechanism| options.context || m.kind() != MechanismKind::Context;
    let layout: Vec<_> = columns(graph.mechanisms(), shown)
        .into_iter()
        .filter(|(_, members)| !members.is_empty())
        .collect();
    let tallest = layout.iter().map(|(_, m)| m.len()).max().unwrap_or(0);
    if options.positions && !layout.is_empty() {
        let _ = writeln!(
            out,
            "bb=\"-0.5,-0.5,{}.5,{}.5\"",
            layout.len() - 1,
            tallest.saturating_sub(1)
        );
    }
    for (x, (_, members)) in layout.iter().enumerate() {
        // Centre each column on the tallest one (rows in half steps).
        let offset = (tallest - members.len()) as f64 / 2.0;
        for (row, m) in members.iter().enumerate() {
            let mut attrs = Vec::new();
            if options.roles {
                match m.kind() {
                    MechanismKind::Resource => attrs.push("exposure".to_owned()),
                    MechanismKind::Outcome => attrs.push("outcome".to_owned()),
                    MechanismKind::Reasoning | MechanismKind::Context => {}
                }
            }
            if options.labels {
                attrs.push(format!("label=\"{}\"", label(&m.label)));
            }
            if options.positions {
                attrs.push(format!("pos=\"{x},{}\"", offset + row as f64));
            }
            let id = name(m.id.as_str());
            if attrs.is_empty() {
                let _ = writeln!(out, "{id}");
            } else {
                let _ = writeln!(out, "{id} [{}]", attrs.join(","));
            }
        }
    }
    // each arrow once: a factor moderating a link may also be linked to its target
    let mut written = std::collections::BTreeSet::new();
    let shown_end = |id: &str| graph.mechanism(id).is_ok_and(shown);
    for link in graph.links() {
        let arrows = std::iter::once(&link.from)
            .chain(&link.moderators)
            .map(|from| (from.as_str(), link.to.as_str()));
        for (from, to) in arrows {
            if shown_end(from) && shown_end(to) && written.insert((from, to)) {
                let _ = writeln!(out, "{} -> {}", name(from), name(to));
            }
        }
    }
    out.push_str("}\n");
    out
}

/// The DAGitty name of a mechanism id: DAGitty forbids `graph` and `node`.
fn name(id: &str) -> String {
    if id == "graph" || id == "node" {
        format!("M_{id}")
    } else {
        id.to_owned()
    }
}

/// Text for a DAGitty string: `"` escaped; `\` (which DAGitty reads as the start of an
/// escape) becomes `/`, control characters (which it rejects) a space.
fn label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push('/'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_labels_are_safe() {
        assert_eq!(name("graph"), "M_graph");
        assert_eq!(name("node"), "M_node");
        assert_eq!(name("graphs"), "graphs");
        assert_eq!(label("a \"b\" c\\d\ne"), "a \\\"b\\\" c/d e");
    }
}

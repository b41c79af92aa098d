//! Graphviz DOT export.

use std::fmt::Write;

use super::layout::COLUMNS;
use super::DrawOptions;
use crate::model::{Basis, Link, Mechanism, MechanismKind, Relation};
use crate::MechanismGraph;

/// Renders the model as Graphviz DOT, laid out like the paper's Figure 2.
///
/// Left to right: context factors, ISP resources, relational, capability, opportunity and
/// motivation responses, outcome, one cluster per column. Node names are the stable ids;
/// labels are the human labels, quoted and escaped. `leads_to` links are solid arrows,
/// `precondition` links end in a diamond, context links are dashed; inferred links are
/// grey and dotted; links with hindering findings are red and say how many.
///
/// The output is deterministic (declaration order) and renders with `dot -Tsvg`.
///
/// # Example
///
/// ```
/// use isp_moc::export::{dot, DrawOptions};
/// let text = dot(&isp_moc::catalog::figure2(), &DrawOptions::default());
/// assert!(text.starts_with("digraph "));
/// assert!(text.contains("\"trust\" -> \"meaningful_learning\""));
/// ```
pub fn dot(graph: &MechanismGraph, options: &DrawOptions) -> String {
    let mut out = String::new();
    let title = options.title.as_deref().unwrap_or(&graph.info().name);
    let shown = |m: &Mechanism| options.context || m.kind() != MechanismKind::Context;
    let _ = writeln!(out, "digraph {} {{", quote(title));
    let _ = writeln!(
        out,
        "  graph [rankdir=LR, newrank=true, ranksep=1.1, nodesep=0.18, fontname=\"Helvetica\", labelloc=t, label={}];",
        quote(title)
    );
    out.push_str(
        "  node [fontname=\"Helvetica\", fontsize=11, style=\"filled,rounded\", shape=box];\n",
    );
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#333333\"];\n");
    let mut previous: Option<&Mechanism> = None;
    for column in &COLUMNS {
        let members: Vec<&Mechanism> = graph
            .mechanisms()
            .iter()
            .filter(|m| (column.holds)(&m.category) && shown(m))
            .collect();
        let Some(&first) = members.first() else {
            continue;
        };
        let _ = writeln!(out, "  subgraph \"cluster_{}\" {{", column.key);
        let _ = writeln!(
            out,
            "    label={}; style=\"rounded{}\"; color=\"#999999\";",
            quote(column.heading),
            if column.key == "context" {
                ",dashed"
            } else {
                ""
            }
        );
        let _ = writeln!(
            out,
            "    {{ rank=same; {} }}",
            members
                .iter()
                .map(|m| quote(m.id.as_str()))
                .collect::<Vec<_>>()
                .join("; ")
        );
        for m in &members {
            let _ = writeln!(out, "    {};", node(m, column.fill));
        }
        out.push_str("  }\n");
        // An invisible edge keeps the columns in reading order.
        if let Some(p) = previous {
            let _ = writeln!(
                out,
                "  {} -> {} [style=invis, weight=10];",
                quote(p.id.as_str()),
                quote(first.id.as_str())
            );
        }
        previous = Some(first);
    }
    for link in graph.links() {
        let (from, to) = (
            graph.mechanism(link.from.as_str()),
            graph.mechanism(link.to.as_str()),
        );
        if let (Ok(from), Ok(to)) = (from, to) {
            if shown(from) && shown(to) {
                let _ = writeln!(
                    out,
                    "  {};",
                    edge(link, from.kind() == MechanismKind::Context, options)
                );
            }
        }
    }
    out.push_str("}\n");
    out
}

fn node(m: &Mechanism, fill: &str) -> String {
    let mut label = m.label.clone();
    if let Some(n) = m.evidence.publications {
        let _ = write!(label, "\n(n={n})");
    }
    let shape = match m.kind() {
        MechanismKind::Reasoning => "ellipse",
        MechanismKind::Context => "note",
        MechanismKind::Resource | MechanismKind::Outcome => "box",
    };
    let peripheries = if m.kind() == MechanismKind::Outcome {
        2
    } else {
        1
    };
    format!(
        "{} [label={}, shape={shape}, peripheries={peripheries}, fillcolor=\"{fill}\", tooltip={}]",
        quote(m.id.as_str()),
        quote(&label),
        quote(if m.description.is_empty() {
            &m.label
        } else {
            &m.description
        })
    )
}

fn edge(link: &Link, from_context: bool, options: &DrawOptions) -> String {
    let mut attrs: Vec<String> = Vec::new();
    let mut styles = Vec::new();
    if from_context {
        styles.push("dashed");
    }
    let hindering = link.evidence.hindering().count();
    if link.basis == Basis::Inferred {
        if !from_context {
            styles.push("dotted");
        }
        if hindering == 0 {
            attrs.push("color=\"#888888\"".to_owned());
        }
    }
    if !styles.is_empty() {
        attrs.push(format!("style=\"{}\"", styles.join(",")));
    }
    attrs.push(
        match link.relation {
            Relation::Precondition => "arrowhead=diamond",
            Relation::Moderates => "arrowhead=odot",
            _ => "arrowhead=normal",
        }
        .to_owned(),
    );
    if hindering > 0 {
        attrs.push("color=\"#c0392b\"".to_owned());
        attrs.push("fontcolor=\"#c0392b\"".to_owned());
        attrs.push("penwidth=1.6".to_owned());
    }
    if options.evidence && !from_context {
        let mut label = format!("n={}", link.support());
        if hindering > 0 {
            let _ = write!(label, ", {hindering} hindering");
        }
        attrs.push(format!("label={}", quote(&label)));
    }
    attrs.push(format!(
        "tooltip={}",
        quote(&format!(
            "{} {} {} ({})",
            link.from,
            link.relation.label(),
            link.to,
            link.basis.label()
        ))
    ));
    format!(
        "{} -> {} [{}]",
        quote(link.from.as_str()),
        quote(link.to.as_str()),
        attrs.join(", ")
    )
}

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
fn quote(text: &str) -> String {
    let mut q = String::with_capacity(text.len() + 2);
    q.push('"');
    for c in text.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\r' => {}
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting_escapes_what_dot_needs() {
        assert_eq!(quote("plain"), "\"plain\"");
        assert_eq!(quote("a \"b\""), "\"a \\\"b\\\"\"");
        assert_eq!(quote("back\\slash"), "\"back\\\\slash\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
    }
}

//! Mermaid flowchart export (renders on GitHub and in most Markdown tools).

use std::fmt::Write;

use super::layout::columns;
use super::DrawOptions;
use crate::model::{Basis, Link, Mechanism, MechanismKind, Relation};
use crate::MechanismGraph;

/// Words the Mermaid flowchart grammar reserves: a node named like this does not parse.
const RESERVED: &[&str] = &[
    "call",
    "class",
    "classDef",
    "click",
    "default",
    "direction",
    "end",
    "flowchart",
    "graph",
    "href",
    "interpolate",
    "linkStyle",
    "style",
    "subgraph",
];

/// Renders the model as a Mermaid flowchart, laid out like the paper's Figure 2.
///
/// Left to right, one subgraph per column: context factors, ISP resources, relational,
/// capability, opportunity and motivation responses, outcome (subgraph ids are the column
/// keys with a `C_` prefix). Node ids are the mechanism ids; an id that is a Mermaid keyword
/// (`end`, `graph`, `style`, `class`, `click`, ...) is written as `M_` + id, which cannot
/// clash with another mechanism id (those have no capitals). Labels are the human labels
/// in double quotes, with the publication count on a second line; quotes, `#`, `&`, `<`,
/// `>`, backticks, control characters and white space at either end (which Mermaid would
/// trim) are written as Mermaid entity codes (`#quot;`, `#35;`, ...), line breaks as
/// `<br/>`, so any text shows as it is.
///
/// Shapes: resources are boxes, responses rounded, context factors parallelograms, the
/// outcome a double-bordered box. Links: `leads_to` is a solid arrow, `precondition` ends
/// in a circle, context links are dotted; inferred links are dotted, grey and labelled
/// `inferred`; links with hindering findings are red and say how many; the label `n=` is a
/// link's support. Columns are kept in reading order with invisible links (`~~~`) between
/// the subgraphs.
///
/// The output is deterministic (declaration order); the tests parse it with Mermaid 11.
///
/// # Example
///
/// ```
/// use isp_moc::export::{mermaid, DrawOptions};
/// let text = mermaid(&isp_moc::catalog::figure2(), &DrawOptions::default());
/// assert!(text.contains("flowchart LR\n"));
/// assert!(text.contains("  trust --o|\"n=3\"| meaningful_learning\n"));
/// assert!(text.contains("  meaningful_learning -->|\"n=12\"| self_efficacy\n"));
/// ```
pub fn mermaid(graph: &MechanismGraph, options: &DrawOptions) -> String {
    let mut out = String::new();
    let title = options.title.as_deref().unwrap_or(&graph.info().name);
    if !title.is_empty() {
        let _ = write!(out, "---\ntitle: ");
        yaml_string(&mut out, title);
        out.push_str("\n---\n");
    }
    out.push_str("flowchart LR\n");
    let shown = |m: &Mechanism| options.context || m.kind() != MechanismKind::Context;
    let layout = columns(graph.mechanisms(), shown);
    let mut classes: Vec<(&str, &str, Vec<String>)> = Vec::new();
    let mut subgraphs = Vec::new();
    for (column, members) in &layout {
        if members.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "  subgraph C_{}[\"{}\"]",
            column.key,
            escape(column.heading)
        );
        out.push_str("    direction TB\n");
        for m in members {
            let _ = writeln!(out, "    {}", node(m));
        }
        out.push_str("  end\n");
        subgraphs.push(column.key);
        classes.push((
            column.key,
            column.fill,
            members.iter().map(|m| node_id(m.id.as_str())).collect(),
        ));
    }
    // Invisible links keep the columns in reading order; they count as links for
    // `linkStyle`, so the link index starts after them.
    let mut index = 0usize;
    for pair in subgraphs.windows(2) {
        let _ = writeln!(out, "  C_{} ~~~ C_{}", pair[0], pair[1]);
        index += 1;
    }
    let mut inferred = Vec::new();
    let mut hindered = Vec::new();
    for link in graph.links() {
        let (Ok(from), Ok(to)) = (
            graph.mechanism(link.from.as_str()),
            graph.mechanism(link.to.as_str()),
        ) else {
            continue;
        };
        if !(shown(from) && shown(to)) {
            continue;
        }
        let from_context = from.kind() == MechanismKind::Context;
        let _ = writeln!(out, "  {}", edge(link, from_context, options));
        if link.evidence.hindering().next().is_some() {
            hindered.push(index.to_string());
        } else if link.basis == Basis::Inferred {
            inferred.push(index.to_string());
        }
        index += 1;
    }
    for (key, fill, members) in &classes {
        let _ = writeln!(
            out,
            "  classDef {key} fill:{fill},stroke:#555555,color:#000000"
        );
        let _ = writeln!(out, "  class {} {key}", members.join(","));
    }
    if !inferred.is_empty() {
        let _ = writeln!(
            out,
            "  linkStyle {} stroke:#888888,color:#666666",
            inferred.join(",")
        );
    }
    if !hindered.is_empty() {
        let _ = writeln!(
            out,
            "  linkStyle {} stroke:#c0392b,stroke-width:2px,color:#c0392b",
            hindered.join(",")
        );
    }
    out
}

/// The Mermaid node id of a mechanism id (reserved words get an `M_` prefix).
fn node_id(id: &str) -> String {
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(id)) {
        format!("M_{id}")
    } else {
        id.to_owned()
    }
}

fn node(m: &Mechanism) -> String {
    let mut label = escape(&m.label);
    if let Some(n) = m.evidence.publications {
        let _ = write!(label, "<br/>(n={n})");
    }
    let (open, close) = match m.kind() {
        MechanismKind::Resource => ("[", "]"),
        MechanismKind::Reasoning => ("(", ")"),
        MechanismKind::Context => ("[/", "/]"),
        MechanismKind::Outcome => ("[[", "]]"),
    };
    let id = node_id(m.id.as_str());
    let label = guard_style(&id, label);
    format!("{id}{open}\"{label}\"{close}")
}

fn edge(link: &Link, from_context: bool, options: &DrawOptions) -> String {
    let dotted = from_context || link.basis == Basis::Inferred;
    let arrow = match (dotted, link.relation) {
        (false, Relation::Precondition) => "--o",
        (false, _) => "-->",
        (true, Relation::Precondition) => "-.-o",
        (true, _) => "-.->",
    };
    let mut label = Vec::new();
    if link.basis == Basis::Inferred && !from_context {
        label.push("inferred".to_owned());
    }
    if options.evidence && !from_context {
        label.push(format!("n={}", link.support()));
        let hindering = link.evidence.hindering().count();
        if hindering > 0 {
            label.push(format!("{hindering} hindering"));
        }
    }
    let (from, to) = (node_id(link.from.as_str()), node_id(link.to.as_str()));
    if label.is_empty() {
        format!("{from} {arrow} {to}")
    } else {
        format!("{from} {arrow}|\"{}\"| {to}", label.join(", "))
    }
}

/// Text for a double-quoted Mermaid label: characters Mermaid or HTML would read as syntax
/// become entity codes, line breaks `<br/>`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Mermaid trims labels: white space at either end is kept as entity codes.
    let inner = text.trim();
    let start = text.len() - text.trim_start().len();
    let end = start + inner.len();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            c if c.is_whitespace() && (at < start || at >= end) && c != '\n' && c != '\r' => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            '\r' if chars.peek().map(|&(_, c)| c) == Some('\n') => {}
            '\n' | '\r' => out.push_str("<br/>"),
            c if c.is_control() => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// Mermaid strips the last `;` of any line where `style` or `classDef` is followed by
/// `:` and a `#`, which would break an entity code; writing `:` as an entity code on such
/// lines (the node id or the label holds one of the words) keeps the label intact.
fn guard_style(id: &str, label: String) -> String {
    let risky = |s: &str| s.contains("style") || s.contains("classDef");
    if risky(id) || risky(&label) {
        label.replace(':', "#58;")
    } else {
        label
    }
}

/// A YAML double-quoted scalar (for the front-matter title).
fn yaml_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_mermaid_syntax() {
        assert_eq!(
            escape("a \"b\" #1; <i>&`"),
            "a #quot;b#quot; #35;1; #lt;i#gt;#amp;#96;"
        );
        assert_eq!(
            escape("one\r\ntwo\nthree\rfour"),
            "one<br/>two<br/>three<br/>four"
        );
        assert_eq!(escape("tab\there"), "tab#9;here");
        assert_eq!(escape(" a b\u{a0}"), "#32;a b#160;");
        assert_eq!(guard_style("a", "style: #35;".into()), "style#58; #35;");
        assert_eq!(guard_style("style_x", "a:#35;".into()), "a#58;#35;");
        assert_eq!(guard_style("a", "a:#35;".into()), "a:#35;");
    }

    #[test]
    fn reserved_ids_get_a_prefix() {
        assert_eq!(node_id("end"), "M_end");
        assert_eq!(node_id("classdef"), "M_classdef");
        assert_eq!(node_id("ending"), "ending");
    }
}

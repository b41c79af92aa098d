//! Mermaid flowchart export (renders on GitHub and in most Markdown tools).

use std::fmt::Write;

use super::drawing::{plan, Drawn, Key};
use super::layout::{column_of, Column, COLUMNS};
use super::{DrawOptions, Emphasis, Style};
use crate::model::{Basis, Mechanism, MechanismKind, Polarity, Relation};
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

/// Renders the model as a Mermaid flowchart.
///
/// **Layout** ([`DrawOptions::layout`], by default the model's preference): with
/// [`Layout::Ranks`](super::Layout::Ranks) the nodes are declared rank by rank, in the
/// order of the model's own structure (see [`dot`](super::dot)), without subgraphs, so
/// Mermaid's layered layout draws the chain forwards from the resources. With
/// [`Layout::Columns`](super::Layout::Columns) (Figure 2's preference) there is one
/// subgraph per column of the paper, left to right: context factors, ISP resources,
/// relational, capability, opportunity and motivation responses, outcome (subgraph ids are
/// the column keys with a `C_` prefix), kept in reading order with invisible links (`~~~`).
/// Either way each node has the class of its element group (the column key), which gives
/// its fill colour.
///
/// Node ids are the mechanism ids; an id that is a Mermaid keyword (`end`, `graph`,
/// `style`, `class`, `click`, ...) is written as `M_` + id, which cannot clash with another
/// mechanism id (those have no capitals). Labels are the human labels in double quotes,
/// with the publication count on a second line; quotes, `#`, `&`, `<`, `>`, backticks,
/// control characters and white space at either end (which Mermaid would trim) are written
/// as Mermaid entity codes (`#quot;`, `#35;`, ...), line breaks as `<br/>`, so any text
/// shows as it is.
///
/// Shapes: resources are boxes, responses rounded, context factors parallelograms, the
/// outcome a double-bordered box. Links: `leads_to` is an arrow, `precondition` ends in a
/// circle; a negative link ends in a cross (`--x`) unless it is a precondition, and the
/// label of a negative or mixed link starts with `−` or `±`. Context links are dotted;
/// inferred links are dotted, grey and labelled `inferred`; links with hindering findings
/// are red and say how many; the label `n=` is a link's support where any is reported (a
/// link with no count and no study cited has none). A link that context factors moderate
/// (link-level moderation) names them in its label (`moderated by Time`): Mermaid has no
/// junction point that every renderer draws, so the factor is not joined to the link by a
/// line as in [`dot`](super::dot). With
/// [`DrawOptions::legend`] a `LEGEND` subgraph shows the link styles the drawing uses and
/// what `n=` and `w=` mean where labels show them (and, in the rank layout, the element
/// groups), its sample nodes named `LEGEND_...`.
/// [`DrawOptions::styles`] then colours (`style`, `linkStyle`), emphasises or annotates
/// chosen mechanisms and links.
///
/// The output is deterministic (declaration order); the tests parse it with Mermaid 11.
///
/// # Example
///
/// ```
/// use isp_moc::export::{mermaid, DrawOptions, Layout};
/// let g = isp_moc::catalog::figure2();
/// let text = mermaid(&g, &DrawOptions::default());
/// assert!(text.contains("flowchart LR\n"));
/// assert!(text.contains("  trust --o|\"n=3\"| meaningful_learning\n"));
/// assert!(text.contains("  meaningful_learning -->|\"n=12\"| self_efficacy\n"));
/// assert!(text.contains("  policy_changes -.->|\"±\"| openness\n"));
///
/// let mut by_rank = DrawOptions::default();
/// by_rank.layout = Some(Layout::Ranks);
/// assert!(!mermaid(&g, &by_rank).contains("subgraph C_"));
/// ```
pub fn mermaid(graph: &MechanismGraph, options: &DrawOptions) -> String {
    let drawing = plan(graph, options, false);
    let mut out = String::new();
    let title = options.title.as_deref().unwrap_or(&graph.info().name);
    if !title.is_empty() {
        let _ = write!(out, "---\ntitle: ");
        yaml_string(&mut out, title);
        out.push_str("\n---\n");
    }
    out.push_str("flowchart LR\n");
    // The members of each column's class, in the order written.
    let mut classes: Vec<(&'static Column, Vec<String>)> = Vec::new();
    let mut member_of = |m: &Mechanism| {
        let column = column_of(&m.category);
        let id = node_id(m.id.as_str());
        match classes.iter_mut().find(|(c, _)| std::ptr::eq(*c, column)) {
            Some((_, members)) => members.push(id),
            None => classes.push((column, vec![id])),
        }
    };
    let mut subgraphs = Vec::new();
    for group in &drawing.groups {
        if let Some(column) = group.column {
            let _ = writeln!(
                out,
                "  subgraph C_{}[\"{}\"]",
                column.key,
                escape(column.heading)
            );
            out.push_str("    direction TB\n");
            for m in &group.members {
                let _ = writeln!(out, "    {}", node(m, options));
                member_of(m);
            }
            out.push_str("  end\n");
            subgraphs.push(column.key);
        } else {
            for m in &group.members {
                let _ = writeln!(out, "  {}", node(m, options));
                member_of(m);
            }
        }
    }
    // The column layout's classes go in column order.
    classes.sort_by_key(|(c, _)| COLUMNS.iter().position(|k| std::ptr::eq(k, *c)));
    // Invisible links keep the columns in reading order; they count as links for
    // `linkStyle`, so the link index starts after them.
    let mut index = 0usize;
    for (a, b) in subgraphs.iter().zip(subgraphs.iter().skip(1)) {
        let _ = writeln!(out, "  C_{a} ~~~ C_{b}");
        index += 1;
    }
    let mut inferred = Vec::new();
    let mut hindered = Vec::new();
    let mut styled = Vec::new();
    for drawn in &drawing.links {
        let _ = writeln!(out, "  {}", edge(drawn, options));
        let css = if drawn.hindering > 0 {
            Css::hindering()
        } else if drawn.link.basis == Basis::Inferred {
            Css::inferred()
        } else {
            Css::default()
        };
        // A styled link gets a `linkStyle` of its own; the others share one per look.
        match drawn.style.map(|s| css.clone().with(s, true)) {
            Some(custom) if custom != css => styled.push((index, custom)),
            _ if drawn.hindering > 0 => hindered.push(index.to_string()),
            _ if drawn.link.basis == Basis::Inferred => inferred.push(index.to_string()),
            _ => {}
        }
        index += 1;
    }
    let (legend_styles, legend_classes) = legend(&mut out, &drawing.legend, &mut index);
    for (column, members) in &classes {
        let _ = writeln!(
            out,
            "  classDef {} fill:{},stroke:#555555,color:#000000",
            column.key, column.fill
        );
        let _ = writeln!(out, "  class {} {}", members.join(","), column.key);
    }
    out.push_str(&legend_classes);
    if !inferred.is_empty() {
        let _ = writeln!(
            out,
            "  linkStyle {} {}",
            inferred.join(","),
            Css::inferred().text()
        );
    }
    if !hindered.is_empty() {
        let _ = writeln!(
            out,
            "  linkStyle {} {}",
            hindered.join(","),
            Css::hindering().text()
        );
    }
    for (at, css) in styled.iter().chain(&legend_styles) {
        let _ = writeln!(out, "  linkStyle {at} {}", css.text());
    }
    for group in &drawing.groups {
        for m in &group.members {
            let Some(style) = options.styles.mechanism(m.id.as_str()) else {
                continue;
            };
            let css = Css::default().with(style, false);
            if !css.0.is_empty() {
                let _ = writeln!(out, "  style {} {}", node_id(m.id.as_str()), css.text());
            }
        }
    }
    out
}

/// CSS properties of a node or link, in writing order; setting one again replaces it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Css(Vec<(&'static str, String)>);

impl Css {
    fn set(mut self, key: &'static str, value: String) -> Self {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
        self
    }

    /// An inferred link: grey.
    fn inferred() -> Self {
        Css::default()
            .set("stroke", "#888888".to_owned())
            .set("color", "#666666".to_owned())
    }

    /// A link with hindering findings: red and thicker.
    fn hindering() -> Self {
        Css::default()
            .set("stroke", RED.to_owned())
            .set("stroke-width", "2px".to_owned())
            .set("color", RED.to_owned())
    }

    /// With a style's colours and emphasis: a node's fill and border, or a link's line
    /// and label (a link has no fill).
    fn with(self, style: &Style, link: bool) -> Self {
        let mut css = self;
        if let (Some(fill), false) = (style.fill, link) {
            css = css.set("fill", fill.to_string());
        }
        if let Some(stroke) = style.stroke {
            css = css.set("stroke", stroke.to_string());
            if link {
                css = css.set("color", stroke.to_string());
            }
        }
        match style.emphasis {
            Emphasis::Strong => css
                .set("stroke-width", "3px".to_owned())
                .set("font-weight", "bold".to_owned()),
            Emphasis::Faint => css.set("opacity", "0.4".to_owned()),
            _ => css,
        }
    }

    fn text(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}:{v}"))
            .collect::<Vec<_>>()
            .join(",")
    }
}

const RED: &str = "#c0392b";

/// A legend sample drawn as a node labelled `text` in `brackets`, joined to the node
/// `before` it in the row by an invisible link (advancing `index`); the node's name and its
/// `look` (the line giving its class or style).
fn legend_node(
    out: &mut String,
    index: &mut usize,
    before: Option<&(String, String)>,
    i: usize,
    text: &str,
    ((open, close), look): ((&str, &str), String),
) -> (String, String) {
    match before {
        Some((before, _)) => {
            let _ = writeln!(out, "    {before} ~~~ LEGEND_{i}{open}\"{text}\"{close}");
            *index += 1;
        }
        None => {
            let _ = writeln!(out, "    LEGEND_{i}{open}\"{text}\"{close}");
        }
    }
    (format!("LEGEND_{i}"), look)
}

/// The legend: a `LEGEND` subgraph with one sample per key, its nodes named `LEGEND_...`
/// (capitals, so no mechanism id can clash). Advances `index` past its links and returns
/// the `linkStyle`s of its samples and the lines giving its nodes their classes.
fn legend(out: &mut String, keys: &[Key], index: &mut usize) -> (Vec<(usize, Css)>, String) {
    let mut styles = Vec::new();
    let mut classes = String::new();
    if keys.is_empty() {
        return (styles, classes);
    }
    out.push_str("  subgraph LEGEND[\"Legend\"]\n    direction LR\n");
    let mut ends = Vec::new();
    // the samples drawn as nodes, side by side in one row: each node and its class or style
    let mut nodes: Vec<(String, String)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let text = escape(&key.text());
        let (arrow, css) = match *key {
            // a group or a styled look of mechanisms: a node of that look, in one row with
            // the others
            Key::Group(column) => {
                let look = format!("class LEGEND_{i} {}", column.key);
                let node = (brackets(column.kind), look);
                nodes.push(legend_node(out, index, nodes.last(), i, &text, node));
                continue;
            }
            Key::Node(style, _) => {
                let css = Css::default()
                    .set("fill", "#ffffff".to_owned())
                    .set("stroke", "#555555".to_owned())
                    .set("color", "#000000".to_owned())
                    .with(style, false);
                let look = format!("style LEGEND_{i} {}", css.text());
                nodes.push(legend_node(
                    out,
                    index,
                    nodes.last(),
                    i,
                    &text,
                    (("[", "]"), look),
                ));
                continue;
            }
            Key::Head(relation, polarity) => {
                let dotted = relation == Relation::Moderates;
                let arrow = arrow(dotted, relation, polarity);
                let sign = match polarity {
                    Polarity::Positive => String::new(),
                    p => format!("|\"{}\"|", p.symbol()),
                };
                (format!("{arrow}{sign}"), None)
            }
            Key::Context => ("-.-".to_owned(), None),
            Key::Inferred => ("-.-".to_owned(), Some(Css::inferred())),
            Key::Hindering => ("---".to_owned(), Some(Css::hindering())),
            Key::Support => ("---|\"n=\"|".to_owned(), None),
            Key::Weight => ("---|\"w=\"|".to_owned(), None),
            Key::Line(style, _) => {
                let css = Css::default().with(style, true);
                ("---".to_owned(), (!css.0.is_empty()).then_some(css))
            }
        };
        let _ = writeln!(
            out,
            "    LEGEND_{i}_from[\" \"] {arrow} LEGEND_{i}[\"{text}\"]"
        );
        ends.push(format!("LEGEND_{i}_from,LEGEND_{i}"));
        if let Some(css) = css {
            styles.push((*index, css));
        }
        *index += 1;
    }
    out.push_str("  end\n");
    if !ends.is_empty() {
        classes.push_str("  classDef legendKey fill:none,stroke:none,color:#000000\n");
        let _ = writeln!(classes, "  class {} legendKey", ends.join(","));
    }
    for (_, look) in nodes {
        let _ = writeln!(classes, "  {look}");
    }
    (styles, classes)
}

/// The arrow of a link: dotted or solid, ending in a circle (precondition), a cross
/// (negative) or an arrowhead.
fn arrow(dotted: bool, relation: Relation, polarity: Polarity) -> &'static str {
    let precondition = relation == Relation::Precondition;
    match (dotted, precondition, polarity) {
        (false, true, _) => "--o",
        (false, false, Polarity::Negative) => "--x",
        (false, false, _) => "-->",
        (true, true, _) => "-.-o",
        (true, false, Polarity::Negative) => "-.-x",
        (true, false, _) => "-.->",
    }
}

/// The Mermaid node id of a mechanism id (reserved words get an `M_` prefix).
fn node_id(id: &str) -> String {
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(id)) {
        format!("M_{id}")
    } else {
        id.to_owned()
    }
}

fn node(m: &Mechanism, options: &DrawOptions) -> String {
    let mut label = escape(&m.label);
    if let Some(n) = m.evidence.publications {
        let _ = write!(label, "<br/>(n={n})");
    }
    let style = options.styles.mechanism(m.id.as_str());
    if let Some(note) = style.and_then(|s| s.shown_note()) {
        label.push_str("<br/>");
        label.push_str(&escape(note));
    }
    let (open, close) = brackets(m.kind());
    let id = node_id(m.id.as_str());
    let label = guard_style(&id, label);
    format!("{id}{open}\"{label}\"{close}")
}

/// The shape of a kind: resources boxes, responses rounded, context factors
/// parallelograms, the outcome a double-bordered box.
fn brackets(kind: MechanismKind) -> (&'static str, &'static str) {
    match kind {
        MechanismKind::Resource => ("[", "]"),
        MechanismKind::Reasoning => ("(", ")"),
        MechanismKind::Context => ("[/", "/]"),
        MechanismKind::Outcome => ("[[", "]]"),
    }
}

fn edge(drawn: &Drawn<'_>, options: &DrawOptions) -> String {
    let link = drawn.link;
    let dotted = drawn.from_context || link.basis == Basis::Inferred;
    let arrow = arrow(dotted, link.relation, link.polarity);
    let mut parts = drawn.label_parts(options);
    if link.basis == Basis::Inferred && !drawn.from_context {
        let at = usize::from(link.polarity != Polarity::Positive);
        parts.insert(at, "inferred".to_owned());
    }
    // escaped: the moderators' labels are the modeller's text
    let mut label = escape(&parts.join(", "));
    if let Some(note) = drawn.style.and_then(|s| s.shown_note()) {
        if !label.is_empty() {
            label.push_str("<br/>");
        }
        label.push_str(&escape(note));
    }
    let (from, to) = (node_id(link.from.as_str()), node_id(link.to.as_str()));
    if label.is_empty() {
        format!("{from} {arrow} {to}")
    } else {
        let label = guard_style(&format!("{from} {to}"), label);
        format!("{from} {arrow}|\"{label}\"| {to}")
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

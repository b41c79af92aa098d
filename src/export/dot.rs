//! Graphviz DOT export.

use std::fmt::Write;

use super::drawing::{plan, Drawn, Key};
use super::layout::{column_of, Column};
use super::{DrawOptions, Emphasis, Style};
use crate::model::{Basis, Mechanism, MechanismKind, Polarity, Relation};
use crate::MechanismGraph;

/// Renders the model as Graphviz DOT.
///
/// **Layout** ([`DrawOptions::layout`], by default the model's preference): with
/// [`Layout::Ranks`](super::Layout::Ranks) the mechanisms are placed left to right by the
/// model's own structure: resources first, each mechanism one rank after the furthest
/// mechanism leading to it, and a context factor (or any other element nothing leads to)
/// just before the first mechanism it acts on. A link that closes a feedback loop does not
/// count and is drawn with `constraint=false`, so it bends back instead of stretching the
/// ranks; a loop through an outcome is broken at the outcome's own link, so the outcome
/// stays rightmost. Each rank is a `{ rank=same; ... }` group, in order. With
/// [`Layout::Columns`](super::Layout::Columns) (Figure 2's preference) the mechanisms sit
/// in the paper's columns, one cluster each: context factors, ISP resources, relational,
/// capability, opportunity and motivation responses, outcome. Either way the fill colour
/// says the element group and the shape its kind (resources boxes, responses ellipses,
/// context factors notes, the outcome a double box).
///
/// Node names are the stable ids; labels are the human labels (with the publication count
/// on a second line), quoted and escaped. **Links**: the arrowhead says the relation —
/// `leads_to` an arrow, `precondition` a dot (as Mermaid's circle), `moderates` an open
/// diamond — and a bar at the
/// arrowhead the polarity: a full bar (`tee`) negative, a half bar (`ltee`) mixed, and the
/// label starts with `−` or `±`. Context links are dashed; inferred links are grey and
/// dotted; links with hindering findings are red and say how many; `n=` is a link's support
/// where any is reported, a link with no count and no study cited has none
/// ([`DrawOptions::evidence`]). A link that context factors moderate (link-level
/// moderation, [`Link::moderators`](crate::model::Link::moderators)) is drawn as path
/// diagrams draw moderation: the link runs through a small junction point and a dashed line
/// with the open diamond runs from each factor into it (its tooltip names them too). A
/// link closing a feedback loop, or one whose factors are not drawn
/// ([`DrawOptions::context`]), names them in its label instead (`moderated by Time`).
/// With [`DrawOptions::legend`] a `Legend` cluster shows the arrowheads and line styles
/// the drawing uses, what `n=` and `w=` mean where labels show them (and, in the rank
/// layout, the element groups). [`DrawOptions::styles`] then colours, emphasises or
/// annotates chosen mechanisms and links.
///
/// The output is deterministic (declaration order) and renders with `dot -Tsvg`.
///
/// # Example
///
/// ```
/// use isp_moc::export::{dot, DrawOptions, Layout};
/// let g = isp_moc::catalog::figure2();
/// let text = dot(&g, &DrawOptions::default());
/// assert!(text.starts_with("digraph "));
/// assert!(text.contains("\"trust\" -> \"meaningful_learning\""));
/// assert!(text.contains("subgraph \"cluster_relational\""));
/// // mixed moderation: a half bar before the circle, and `±`
/// assert!(text.contains("\"policy_changes\" -> \"openness\" [color=\"#888888\", style=\"dashed\", arrowhead=lteeodiamond, label=\"±\""));
///
/// let mut by_rank = DrawOptions::default();
/// by_rank.layout = Some(Layout::Ranks);
/// assert!(!dot(&g, &by_rank).contains("cluster_relational"));
/// ```
pub fn dot(graph: &MechanismGraph, options: &DrawOptions) -> String {
    let drawing = plan(graph, options, true);
    let mut out = String::new();
    let title = options.title.as_deref().unwrap_or(&graph.info().name);
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
    for group in &drawing.groups {
        let Some(&first) = group.members.first() else {
            continue;
        };
        let ids = group
            .members
            .iter()
            .map(|m| quote(m.id.as_str()))
            .collect::<Vec<_>>()
            .join("; ");
        if let Some(column) = group.column {
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
            if options.svg_attributes {
                let _ = writeln!(out, "    id=\"group-{}\"; class=\"group\";", column.key);
            }
            let _ = writeln!(out, "    {{ rank=same; {ids} }}");
            for m in &group.members {
                let _ = writeln!(out, "    {};", node(m, column, options));
            }
            out.push_str("  }\n");
        } else {
            let _ = writeln!(out, "  {{ rank=same; {ids} }}");
            for m in &group.members {
                let _ = writeln!(out, "  {};", node(m, column_of(&m.category), options));
            }
        }
        // An invisible edge keeps the groups in reading order.
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
    for drawn in &drawing.links {
        if drawn.has_junction() {
            through_junction(&mut out, drawn, options);
        } else {
            let _ = writeln!(out, "  {};", edge(drawn, options));
        }
    }
    let last = drawing
        .groups
        .last()
        .and_then(|g| g.members.first().copied());
    legend(&mut out, &drawing.legend, last);
    out.push_str("}\n");
    out
}

/// DOT attributes in writing order; setting one again replaces its value in place.
#[derive(Default)]
struct Attrs(Vec<(&'static str, String)>);

impl Attrs {
    fn set(&mut self, key: &'static str, value: String) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| *k != key);
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    fn join(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A quoted colour with an alpha channel (for faint elements): `"#rrggbb"` + `aa`.
fn faded(color: &str, alpha: &str) -> String {
    let bare = color.trim_matches('"');
    let rgb = bare.get(..7).unwrap_or(bare);
    format!("\"{rgb}{alpha}\"")
}

fn node(m: &Mechanism, column: &Column, options: &DrawOptions) -> String {
    let style = options.styles.mechanism(m.id.as_str());
    let mut label = m.label.clone();
    if let Some(n) = m.evidence.publications {
        let _ = write!(label, "\n(n={n})");
    }
    if let Some(note) = style.and_then(|s| s.shown_note()) {
        label.push('\n');
        label.push_str(note);
    }
    let mut a = Attrs::default();
    a.set("label", quote(&label));
    a.set("shape", shape(m.kind()).to_owned());
    let peripheries = if m.kind() == MechanismKind::Outcome {
        "2"
    } else {
        "1"
    };
    a.set("peripheries", peripheries.to_owned());
    a.set("fillcolor", format!("\"{}\"", column.fill));
    a.set(
        "tooltip",
        quote(if m.description.is_empty() {
            &m.label
        } else {
            &m.description
        }),
    );
    if let Some(style) = style {
        apply_node_style(&mut a, style);
    }
    if options.svg_attributes {
        a.set("id", quote(&format!("mechanism-{}", m.id)));
        a.set("class", quote(&format!("mechanism {}", m.kind().as_str())));
    }
    format!("{} [{}]", quote(m.id.as_str()), a.join())
}

fn shape(kind: MechanismKind) -> &'static str {
    match kind {
        MechanismKind::Reasoning => "ellipse",
        MechanismKind::Context => "note",
        MechanismKind::Resource | MechanismKind::Outcome => "box",
    }
}

fn apply_node_style(a: &mut Attrs, style: &Style) {
    if let Some(fill) = style.fill {
        a.set("fillcolor", format!("\"{fill}\""));
    }
    if let Some(stroke) = style.stroke {
        a.set("color", format!("\"{stroke}\""));
    }
    match style.emphasis {
        Emphasis::Strong => {
            a.set("penwidth", "3".to_owned());
            a.set("fontname", "\"Helvetica-Bold\"".to_owned());
        }
        Emphasis::Faint => {
            let fill = a.get("fillcolor").map(|f| faded(f, "66"));
            if let Some(fill) = fill {
                a.set("fillcolor", fill);
            }
            let color = faded(a.get("color").unwrap_or("\"#000000\""), "55");
            a.set("color", color);
            a.set("fontcolor", "\"#999999\"".to_owned());
        }
        Emphasis::Normal => {}
    }
}

fn apply_link_style(a: &mut Attrs, style: &Style) {
    if let Some(stroke) = style.stroke {
        a.set("color", format!("\"{stroke}\""));
        a.set("fontcolor", format!("\"{stroke}\""));
    }
    match style.emphasis {
        Emphasis::Strong => {
            a.set("penwidth", "3".to_owned());
            a.set("fontname", "\"Helvetica-Bold\"".to_owned());
        }
        Emphasis::Faint => {
            let color = faded(a.get("color").unwrap_or("\"#333333\""), "44");
            a.set("color", color);
            a.set("fontcolor", "\"#aaaaaa\"".to_owned());
        }
        Emphasis::Normal => {}
    }
}

/// The arrowhead of a relation with a polarity: the relation's shape, behind a full bar
/// (negative) or a half bar (mixed) at the node.
fn arrowhead(relation: Relation, polarity: Polarity) -> &'static str {
    match (relation, polarity) {
        // a filled dot, as Mermaid, which has only arrow, circle and cross ends, draws a
        // precondition: the round end means the same in both drawings
        (Relation::Precondition, Polarity::Positive) => "dot",
        (Relation::Precondition, Polarity::Negative) => "teedot",
        (Relation::Precondition, Polarity::Mixed) => "lteedot",
        (Relation::Moderates, Polarity::Positive) => "odiamond",
        (Relation::Moderates, Polarity::Negative) => "teeodiamond",
        (Relation::Moderates, Polarity::Mixed) => "lteeodiamond",
        (_, Polarity::Negative) => "teenormal",
        (_, Polarity::Mixed) => "lteenormal",
        _ => "normal",
    }
}

const RED: &str = "\"#c0392b\"";
const GREY: &str = "\"#888888\"";

fn edge(drawn: &Drawn<'_>, options: &DrawOptions) -> String {
    let link = drawn.link;
    format!(
        "{} -> {} [{}]",
        quote(link.from.as_str()),
        quote(link.to.as_str()),
        link_attrs(drawn, options).join()
    )
}

/// A link that factors moderate (link-level moderation), drawn as path diagrams draw it:
/// the link runs through a small junction point, and a dashed line with the moderation
/// head runs from each factor to that point. The first half carries the label, the second
/// the arrowhead; with SVG attributes, the halves are `link-a-b` and `link-a-b-head`, the
/// point `junction-a-b` and each factor's line `moderation-f-a-b`.
fn through_junction(out: &mut String, drawn: &Drawn<'_>, options: &DrawOptions) {
    let link = drawn.link;
    let point = quote(&format!("{}->{}", link.from, link.to));
    let attrs = link_attrs(drawn, options);
    let color = attrs.get("color").unwrap_or("\"#333333\"").to_owned();
    let mut p = Attrs::default();
    p.set("label", "\"\"".to_owned());
    p.set("shape", "point".to_owned());
    p.set("width", "0.07".to_owned());
    p.set("color", color.clone());
    p.set("fillcolor", color);
    p.set("style", "filled".to_owned());
    if let Some(tooltip) = attrs.get("tooltip") {
        p.set("tooltip", tooltip.to_owned());
    }
    if options.svg_attributes {
        p.set("id", quote(&format!("junction-{}-{}", link.from, link.to)));
        p.set("class", "\"junction\"".to_owned());
    }
    let _ = writeln!(out, "  {point} [{}];", p.join());
    let mut first = attrs;
    let mut second = Attrs(first.0.clone());
    first.set("arrowhead", "none".to_owned());
    second.remove("label");
    if options.svg_attributes {
        second.set("id", quote(&format!("link-{}-{}-head", link.from, link.to)));
    }
    let _ = writeln!(
        out,
        "  {} -> {point} [{}];",
        quote(link.from.as_str()),
        first.join()
    );
    let _ = writeln!(
        out,
        "  {point} -> {} [{}];",
        quote(link.to.as_str()),
        second.join()
    );
    for factor in &drawn.junction_from {
        let mut m = Attrs::default();
        m.set("style", "\"dashed\"".to_owned());
        m.set(
            "arrowhead",
            arrowhead(Relation::Moderates, Polarity::Positive).to_owned(),
        );
        m.set(
            "tooltip",
            quote(&format!(
                "{factor} moderates the link {} -> {}",
                link.from, link.to
            )),
        );
        if options.svg_attributes {
            m.set(
                "id",
                quote(&format!("moderation-{factor}-{}-{}", link.from, link.to)),
            );
            m.set("class", "\"moderation\"".to_owned());
        }
        let _ = writeln!(out, "  {} -> {point} [{}];", quote(factor), m.join());
    }
}

/// The attributes of a link's line: style, arrowhead, label, tooltip, the styles' look
/// and (with SVG attributes) its id and classes.
fn link_attrs(drawn: &Drawn<'_>, options: &DrawOptions) -> Attrs {
    let link = drawn.link;
    let mut a = Attrs::default();
    let mut styles = Vec::new();
    if drawn.from_context {
        styles.push("dashed");
    }
    if link.basis == Basis::Inferred {
        if !drawn.from_context {
            styles.push("dotted");
        }
        if drawn.hindering == 0 {
            a.set("color", GREY.to_owned());
        }
    }
    if !styles.is_empty() {
        a.set("style", format!("\"{}\"", styles.join(",")));
    }
    a.set(
        "arrowhead",
        arrowhead(link.relation, link.polarity).to_owned(),
    );
    if drawn.hindering > 0 {
        a.set("color", RED.to_owned());
        a.set("fontcolor", RED.to_owned());
        a.set("penwidth", "1.6".to_owned());
    }
    let mut label = drawn.label_parts(options).join(", ");
    if let Some(note) = drawn.style.and_then(|s| s.shown_note()) {
        if !label.is_empty() {
            label.push('\n');
        }
        label.push_str(note);
    }
    if !label.is_empty() {
        a.set("label", quote(&label));
    }
    // a sentence on hover: "a is a precondition of b (text); moderated by Time"
    let verb = match link.relation {
        Relation::Precondition => "is a precondition of",
        relation => relation.label(),
    };
    let mut tooltip = format!("{} {verb} {} ({})", link.from, link.to, link.basis.label());
    if let Some(moderated) = drawn.moderated_by() {
        tooltip.push_str(&format!("; {moderated}"));
    }
    if let Some(c) = &link.confidence {
        tooltip.push_str(&format!("; GRADE-CERQual: {}", c.confidence.label()));
    }
    a.set("tooltip", quote(&tooltip));
    if drawn.feedback {
        a.set("constraint", "false".to_owned());
    }
    if let Some(style) = drawn.style {
        apply_link_style(&mut a, style);
    }
    if options.svg_attributes {
        a.set("id", quote(&format!("link-{}-{}", link.from, link.to)));
        a.set(
            "class",
            quote(&format!(
                "link {} {} {}",
                link.relation.as_str(),
                link.polarity.as_str(),
                link.basis.as_str()
            )),
        );
    }
    a
}

/// A legend sample drawn as a node of `look` labelled `text`; the name of its invisible
/// anchor.
fn legend_node(out: &mut String, i: usize, text: &str, look: &Attrs) -> String {
    let _ = writeln!(
        out,
        "    \"LEGEND_{i}_from\" [label=\"\", shape=point, style=invis, width=0.01];"
    );
    let _ = writeln!(
        out,
        "    \"LEGEND_{i}\" [label={text}, {}, fontsize=9, height=0.3, margin=\"0.1,0.03\"];",
        look.join()
    );
    let _ = writeln!(
        out,
        "    \"LEGEND_{i}_from\" -> \"LEGEND_{i}\" [style=invis, weight=10];"
    );
    format!("\"LEGEND_{i}_from\"")
}

/// The look of a legend sample node: `shape`, `peripheries` and `fill`.
fn node_look(shape: &str, peripheries: u8, fill: String) -> Attrs {
    let mut a = Attrs(Vec::new());
    a.set("shape", shape.to_owned());
    a.set("peripheries", peripheries.to_string());
    a.set("fillcolor", format!("\"{fill}\""));
    a
}

/// The legend: a cluster with one sample per key, named `LEGEND_...` (capitals, so no
/// mechanism id can clash), placed after the last group (`last` is one of its members) by
/// invisible edges, so its samples are short and it takes no room from the model.
fn legend(out: &mut String, keys: &[Key], last: Option<&Mechanism>) {
    if keys.is_empty() {
        return;
    }
    out.push_str("  subgraph \"cluster_legend\" {\n");
    out.push_str("    label=\"Legend\"; style=\"rounded\"; color=\"#999999\"; fontsize=10;\n");
    let mut anchors = Vec::new();
    // One width for every text, so their left-justified (`\l`) labels line up.
    let widest = keys
        .iter()
        .filter(|k| !matches!(k, Key::Group(_) | Key::Node(..)))
        .map(|k| k.text().chars().count())
        .max()
        .unwrap_or(0);
    let width = format!("{:.2}", 0.1 + 0.07 * widest as f64);
    for (i, key) in keys.iter().enumerate() {
        let text = quote(&key.text());
        let sample = match *key {
            // a group or a styled look of mechanisms: a node of that look
            Key::Group(column) => {
                let peripheries = if column.kind == MechanismKind::Outcome {
                    2
                } else {
                    1
                };
                let look = node_look(shape(column.kind), peripheries, column.fill.to_owned());
                anchors.push(legend_node(out, i, &text, &look));
                continue;
            }
            Key::Node(style, _) => {
                let fill = style
                    .fill
                    .map_or_else(|| "#ffffff".to_owned(), |f| f.to_string());
                let mut look = node_look("box", 1, fill);
                apply_node_style(&mut look, style);
                anchors.push(legend_node(out, i, &text, &look));
                continue;
            }
            Key::Line(style, _) => {
                let mut a = Attrs(vec![("arrowhead", "none".to_owned())]);
                apply_link_style(&mut a, style);
                a.join()
            }
            Key::Head(relation, polarity) => {
                let dashed = if relation == Relation::Moderates {
                    ", style=\"dashed\""
                } else {
                    ""
                };
                format!("arrowhead={}{dashed}", arrowhead(relation, polarity))
            }
            Key::Context => "arrowhead=none, style=\"dashed\"".to_owned(),
            Key::Inferred => format!("arrowhead=none, style=\"dotted\", color={GREY}"),
            Key::Hindering => format!("arrowhead=none, color={RED}, penwidth=1.6"),
            Key::Support => "arrowhead=none, label=\"n=\", fontsize=9".to_owned(),
            Key::Weight => "arrowhead=none, label=\"w=\", fontsize=9".to_owned(),
        };
        let _ = writeln!(
            out,
            "    \"LEGEND_{i}_from\" [label=\"\", shape=point, style=invis, width=0.01];"
        );
        let _ = writeln!(
            out,
            "    \"LEGEND_{i}\" [label={}\\l\", shape=plaintext, style=\"\", fontsize=9, width={width}, height=0.2];",
            &text[..text.len() - 1]
        );
        let _ = writeln!(
            out,
            "    \"LEGEND_{i}_from\" -> \"LEGEND_{i}\" [{sample}, weight=10];"
        );
        anchors.push(format!("\"LEGEND_{i}_from\""));
    }
    out.push_str("  }\n");
    if let Some(last) = last {
        for anchor in anchors {
            let _ = writeln!(
                out,
                "  {} -> {anchor} [style=invis];",
                quote(last.id.as_str())
            );
        }
    }
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
    use super::*;

    #[test]
    fn quoting_escapes_what_dot_needs() {
        assert_eq!(quote("plain"), "\"plain\"");
        assert_eq!(quote("a \"b\""), "\"a \\\"b\\\"\"");
        assert_eq!(quote("back\\slash"), "\"back\\\\slash\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
    }

    #[test]
    fn arrowheads_say_relation_and_polarity() {
        assert_eq!(arrowhead(Relation::LeadsTo, Polarity::Positive), "normal");
        assert_eq!(
            arrowhead(Relation::LeadsTo, Polarity::Negative),
            "teenormal"
        );
        assert_eq!(
            arrowhead(Relation::Moderates, Polarity::Negative),
            "teeodiamond"
        );
        assert_eq!(
            arrowhead(Relation::Precondition, Polarity::Mixed),
            "lteedot"
        );
        assert_eq!(faded("\"#123456\"", "44"), "\"#12345644\"");
    }
}

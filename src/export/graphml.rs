//! GraphML export, with typed attributes that networkx, Gephi, yEd and Cytoscape read.

use std::fmt::Write;

use super::json_text;
use crate::model::{CategoryFields, Evidence, Link, Mechanism, MechanismKind, ModelInfo};
use crate::MechanismGraph;

/// The GraphML namespace.
pub(crate) const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

/// Which element an attribute belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Domain {
    Graph,
    Node,
    Edge,
}

impl Domain {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Domain::Graph => "graph",
            Domain::Node => "node",
            Domain::Edge => "edge",
        }
    }

    fn key_prefix(self) -> &'static str {
        match self {
            Domain::Graph => "g_",
            Domain::Node => "n_",
            Domain::Edge => "e_",
        }
    }
}

/// One declared attribute: its name, GraphML type, and whether it is provenance (written
/// only with [`GraphMlOptions::provenance`]) or derived (written for display, ignored when
/// read back).
pub(crate) struct Attr {
    pub(crate) name: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) provenance: bool,
    #[cfg_attr(not(feature = "serde"), allow(dead_code))] // read by `io::from_graphml`
    pub(crate) derived: bool,
}

const fn attr(name: &'static str, kind: &'static str) -> Attr {
    Attr {
        name,
        kind,
        provenance: false,
        derived: false,
    }
}

const fn provenance(name: &'static str) -> Attr {
    Attr {
        name,
        kind: "string",
        provenance: true,
        derived: false,
    }
}

const fn derived(name: &'static str) -> Attr {
    Attr {
        name,
        kind: "long",
        provenance: false,
        derived: true,
    }
}

/// Graph attributes, in declaration order.
pub(crate) const GRAPH_ATTRS: &[Attr] = &[
    attr("name", "string"),
    attr("description", "string"),
    attr("source", "string"),
    attr("domain_subjects", "string"),
    attr("tallies", "string"),
    attr("layout", "string"),
    provenance("studies"),
];

/// Node attributes, in declaration order.
pub(crate) const NODE_ATTRS: &[Attr] = &[
    attr("label", "string"),
    attr("kind", "string"),
    attr("resource", "string"),
    attr("eric_strategies", "string"),
    attr("reasoning", "string"),
    attr("com_b", "string"),
    attr("cfir_domain", "string"),
    attr("cfir_construct", "string"),
    attr("cfir2022_domain", "string"),
    attr("cfir2022_construct", "string"),
    attr("levels", "string"),
    attr("implementation_outcome", "string"),
    attr("description", "string"),
    attr("group", "string"),
    attr("publications", "long"),
    derived("support"),
    derived("hindering"),
    provenance("citations"),
    provenance("observations"),
    provenance("studies"),
    provenance("passages"),
    provenance("note"),
];

/// Edge attributes, in declaration order.
pub(crate) const EDGE_ATTRS: &[Attr] = &[
    attr("relation", "string"),
    attr("polarity", "string"),
    attr("basis", "string"),
    attr("weight", "double"),
    attr("moderators", "string"),
    attr("publications", "long"),
    derived("support"),
    derived("hindering"),
    provenance("citations"),
    provenance("observations"),
    provenance("studies"),
    provenance("passages"),
    provenance("note"),
    provenance("confidence"),
];

/// Options for [`graphml`]. `Default` writes everything, so the file reads back into an
/// equal graph with [`io::from_graphml`](crate::io::from_graphml).
///
/// # Example
///
/// ```
/// use isp_moc::export::{graphml, GraphMlOptions};
/// let g = isp_moc::catalog::figure2();
/// let mut options = GraphMlOptions::default();
/// options.provenance = false; // a lean file for Gephi: no citations, passages or notes
/// let text = graphml(&g, &options);
/// assert!(!text.contains("attr.name=\"citations\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct GraphMlOptions {
    /// Include context factors and their links (default true).
    pub context: bool,
    /// Include citations, observations, passages and notes as JSON-valued string
    /// attributes (default true). Without them the file does not read back into an equal
    /// graph.
    pub provenance: bool,
}

impl Default for GraphMlOptions {
    fn default() -> Self {
        GraphMlOptions {
            context: true,
            provenance: true,
        }
    }
}

/// Renders the model as GraphML with typed attributes (`<key>` declarations with
/// `attr.type`), read by networkx (`networkx.read_graphml`), Gephi, yEd and Cytoscape.
///
/// Nodes are the mechanisms (`id` = the mechanism id), edges the links, both in declaration
/// order; the graph is directed. Attributes (all strings unless noted):
///
/// * graph: `name`, `description`, `source`, `domain_subjects` and `tallies` (JSON arrays),
///   `layout` (the drawing layout the model prefers, an id);
/// * node: `label`, `kind`, the category fields of its kind (`resource`; `reasoning`,
///   `com_b`; `eric_strategies` as comma-separated ids; `cfir_domain`, `cfir_construct`,
///   `cfir2022_domain`, `cfir2022_construct`; `levels` as comma-separated ids,
///   `implementation_outcome`), `description`, `group`, `publications` (long), `support`
///   and `hindering` (long, derived: the support count and the number of hindering
///   observations), and the provenance `citations`, `observations`, `passages` (JSON
///   arrays in the JSON document's form) and `note`;
/// * edge: `relation`, `polarity`, `basis`, `weight` (double, when set), `moderators`
///   (comma-separated context factor ids, when any), `publications`, `support`,
///   `hindering` and the same provenance attributes.
///
/// Vocabulary values are stable ids. An attribute without a value is left out (an empty
/// description, no group, no citations); a note that is present but empty is written as an
/// empty element. Text is XML-escaped; characters that XML 1.0 cannot carry at all (control
/// characters other than tab, line feed and carriage return, U+FFFE, U+FFFF) are written as
/// U+FFFD. With the default options, and text free of such characters,
/// [`io::from_graphml`](crate::io::from_graphml) reads the file back into an equal graph.
///
/// The output is deterministic (declaration order).
///
/// # Example
///
/// ```
/// use isp_moc::export::{graphml, GraphMlOptions};
/// let text = graphml(&isp_moc::catalog::figure2(), &GraphMlOptions::default());
/// assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "));
/// assert!(text.contains("<edge source=\"trust\" target=\"meaningful_learning\">"));
/// assert!(text.contains("<key id=\"n_publications\" for=\"node\" attr.name=\"publications\" attr.type=\"long\"/>"));
/// ```
pub fn graphml(graph: &MechanismGraph, options: &GraphMlOptions) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<graphml xmlns=\"{NAMESPACE}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    );
    for (domain, attrs) in [
        (Domain::Graph, GRAPH_ATTRS),
        (Domain::Node, NODE_ATTRS),
        (Domain::Edge, EDGE_ATTRS),
    ] {
        for a in attrs.iter().filter(|a| options.provenance || !a.provenance) {
            let _ = writeln!(
                out,
                "  <key id=\"{}{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>",
                domain.key_prefix(),
                a.name,
                domain.as_str(),
                a.name,
                a.kind
            );
        }
    }
    out.push_str("  <graph id=\"G\" edgedefault=\"directed\">\n");
    let mut w = Writer {
        out,
        options,
        indent: "    ",
        domain: Domain::Graph,
    };
    w.info(graph.info());
    if options.provenance && !graph.studies().is_empty() {
        w.data("studies", &json_text::studies(graph.studies()));
    }
    let shown = |m: &Mechanism| options.context || m.kind() != MechanismKind::Context;
    for m in graph.mechanisms().iter().filter(|m| shown(m)) {
        let _ = writeln!(w.out, "    <node id=\"{}\">", m.id);
        w.indent = "      ";
        w.domain = Domain::Node;
        w.mechanism(m);
        w.indent = "    ";
        w.out.push_str("    </node>\n");
    }
    for l in graph.links() {
        let endpoints_shown = [&l.from, &l.to]
            .iter()
            .all(|id| graph.mechanism(id.as_str()).is_ok_and(shown));
        if !endpoints_shown {
            continue;
        }
        let _ = writeln!(
            w.out,
            "    <edge source=\"{}\" target=\"{}\">",
            l.from, l.to
        );
        w.indent = "      ";
        w.domain = Domain::Edge;
        w.link(l);
        w.indent = "    ";
        w.out.push_str("    </edge>\n");
    }
    let mut out = w.out;
    out.push_str("  </graph>\n</graphml>\n");
    out
}

struct Writer<'o> {
    out: String,
    options: &'o GraphMlOptions,
    indent: &'static str,
    domain: Domain,
}

impl Writer<'_> {
    fn data(&mut self, name: &str, value: &str) {
        let _ = write!(
            self.out,
            "{}<data key=\"{}{name}\">",
            self.indent,
            self.domain.key_prefix()
        );
        escape_text(&mut self.out, value);
        self.out.push_str("</data>\n");
    }

    fn info(&mut self, info: &ModelInfo) {
        let ModelInfo {
            name,
            description,
            source,
            domain_subjects,
            tallies,
            layout,
        } = info;
        self.data("name", name);
        if !description.is_empty() {
            self.data("description", description);
        }
        if let Some(s) = source {
            self.data("source", s);
        }
        if !domain_subjects.is_empty() {
            self.data(
                "domain_subjects",
                &json_text::domain_subjects(domain_subjects),
            );
        }
        if !tallies.is_empty() {
            self.data("tallies", &json_text::tallies(tallies));
        }
        if let Some(layout) = layout {
            self.data("layout", layout.as_str());
        }
    }

    fn mechanism(&mut self, m: &Mechanism) {
        let Mechanism {
            id: _,
            label,
            category,
            description,
            group,
            evidence,
            passages,
            note,
        } = m;
        self.data("label", label);
        self.data("kind", m.kind().as_str());
        for (key, _, ids) in CategoryFields::from(category).entries() {
            if let Some(ids) = ids {
                self.data(key, &ids);
            }
        }
        if !description.is_empty() {
            self.data("description", description);
        }
        if let Some(g) = group {
            self.data("group", g);
        }
        self.evidence(evidence, passages, note.as_deref());
    }

    fn link(&mut self, l: &Link) {
        let Link {
            from: _,
            to: _,
            relation,
            polarity,
            basis,
            evidence,
            passages,
            note,
            weight,
            moderators,
            confidence,
        } = l;
        self.data("relation", relation.as_str());
        self.data("polarity", polarity.as_str());
        self.data("basis", basis.as_str());
        if let Some(w) = weight {
            self.data("weight", &w.to_string());
        }
        if !moderators.is_empty() {
            let ids: Vec<&str> = moderators.iter().map(|m| m.as_str()).collect();
            self.data("moderators", &ids.join(","));
        }
        self.evidence(evidence, passages, note.as_deref());
        if let (Some(c), true) = (confidence, self.options.provenance) {
            self.data("confidence", &json_text::cerqual(c));
        }
    }

    /// `publications`, the derived counts and the provenance attributes.
    fn evidence(&mut self, evidence: &Evidence, passages: &[String], note: Option<&str>) {
        let Evidence {
            publications,
            citations,
            observations,
            studies,
        } = evidence;
        if let Some(n) = publications {
            self.data("publications", &n.to_string());
        }
        self.data("support", &evidence.support().to_string());
        self.data("hindering", &evidence.hindering().count().to_string());
        if !self.options.provenance {
            return;
        }
        if !citations.is_empty() {
            self.data("citations", &json_text::citations(citations));
        }
        if !observations.is_empty() {
            self.data("observations", &json_text::observations(observations));
        }
        if !studies.is_empty() {
            self.data("studies", &json_text::study_ids(studies));
        }
        if !passages.is_empty() {
            self.data("passages", &json_text::strings(passages));
        }
        if let Some(n) = note {
            self.data("note", n);
        }
    }
}

/// True for the characters XML 1.0 can carry.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Element text: `&`, `<`, `>` escaped, carriage returns as `&#13;` (so a parser does not
/// turn them into line feeds), characters XML cannot carry as U+FFFD.
pub(crate) fn escape_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if !is_xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Attribute text: as [`escape_text`], and `"` as `&quot;`, tabs and line feeds as
/// character references (a parser would otherwise normalise them to spaces).
pub(crate) fn escape_attribute(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c => escape_text(out, c.encode_utf8(&mut [0; 4])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        escape_text(&mut out, "a<b>&c\r\n\u{1}\u{FFFE}é");
        assert_eq!(out, "a&lt;b&gt;&amp;c&#13;\n\u{FFFD}\u{FFFD}é");
    }
}

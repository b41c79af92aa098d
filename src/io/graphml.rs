//! Reading (and, for symmetry, writing) graphs as GraphML.

use std::collections::HashMap;

use roxmltree::{Document as Xml, Node, ParsingOptions};
use serde::de::DeserializeOwned;

use super::document::{Document, FORMAT_VERSION};
use super::record::{LinkRecord, MechanismRecord};
use crate::export::graphml::{Domain, EDGE_ATTRS, GRAPH_ATTRS, NAMESPACE, NODE_ATTRS};
use crate::export::{graphml, GraphMlOptions};
use crate::model::{Basis, Evidence, ModelInfo, Polarity};
use crate::vocab::{unknown_term, Term};
use crate::{Error, MechanismGraph, Result};

/// The graph as GraphML with every attribute, so that [`from_graphml`] reads it back into
/// an equal graph; the same text as
/// [`export::graphml`](crate::export::graphml) with the default options.
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// let text = isp_moc::io::to_graphml(&g);
/// assert_eq!(isp_moc::io::from_graphml(&text)?, g);
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn to_graphml(graph: &MechanismGraph) -> String {
    graphml(graph, &GraphMlOptions::default())
}

/// Reads a graph from GraphML written by this crate, or by a tool that edited such a file
/// (yEd, Gephi, Cytoscape, networkx), with the builder's validation.
///
/// What is read:
///
/// * keys are matched by `for` and `attr.name` (their ids may be anything, as tools renumber
///   them), and a key's `<default>` applies to elements without a value;
/// * each `<node>` is a mechanism (`id` = mechanism id) and each `<edge>` a link, with the
///   attributes [`export::graphml`](crate::export::graphml) writes; `kind` and `label` are
///   required on nodes and `relation` on edges, `polarity` defaults to `positive` and
///   `basis` to `text`, as in the JSON document;
/// * vocabulary values must be stable ids (after trimming white space); an empty value of a
///   vocabulary, number, group or JSON attribute counts as absent;
/// * `support` and `hindering` are derived counts, written for display and ignored here;
///   attributes this crate does not know (a tool's colours, positions, graphics) and
///   elements in other namespaces are ignored.
///
/// What is refused, with [`Error::GraphMl`] naming the element, its line and column: XML
/// syntax errors and DTDs, a root that is not `<graphml>`, anything but exactly one
/// `<graph>`, undirected edges, nested graphs, hyperedges and ports, `<data>` naming an
/// undeclared key or a key declared for another element, two keys for one attribute, two
/// values for one attribute, markup inside a value, missing required attributes, values
/// that are not ids of their vocabulary, counts or JSON of the expected shape.
///
/// # Errors
///
/// * [`Error::GraphMl`] as above, at the first problem in document order;
/// * then, exactly as [`from_json`](crate::io::from_json), [`Error::InvalidId`] and
///   [`Error::InvalidMechanism`] for records that do not convert, and any of the builder's
///   errors ([`Error::DuplicateMechanism`], [`Error::UnknownEndpoint`],
///   [`Error::GrammarViolation`], ...), naming the offending element.
///
/// Nothing is returned unless the whole document is valid; no input makes it panic.
///
/// A tool that rewrites the file may lose what GraphML lets it lose: networkx, for one,
/// drops empty values (an empty note reads back as no note), writes carriage returns raw
/// (XML reads them as line feeds) and reorders links by source; the tests check that
/// everything else comes back.
///
/// # Example
///
/// ```
/// use isp_moc::Error;
/// let text = r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
///   <key id="k" for="node" attr.name="kind" attr.type="string"/>
///   <key id="l" for="node" attr.name="label" attr.type="string"/>
///   <key id="r" for="node" attr.name="reasoning" attr.type="string"/>
///   <graph edgedefault="directed">
///     <node id="trust"><data key="k">reasoning</data><data key="l">Trust</data>
///       <data key="r">relatonal</data></node>
///   </graph>
/// </graphml>"#;
/// let err = isp_moc::io::from_graphml(text).unwrap_err();
/// assert_eq!(err.to_string(), "invalid GraphML at line 7, column 7: node `trust`: \
///     unknown reasoning type `relatonal`; did you mean `relational`?");
/// assert!(matches!(err, Error::GraphMl { line: 7, column: 7, .. }));
/// ```
pub fn from_graphml(text: &str) -> Result<MechanismGraph> {
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let xml = Xml::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        let full = e.to_string();
        // The position is reported apart, so drop it from the message.
        let message = full.replacen(&format!(" at {pos}"), "", 1);
        Error::GraphMl {
            line: pos.row as usize,
            column: pos.col as usize,
            message,
        }
    })?;
    Reader::new(&xml).read()
}

/// Which of our attributes a key stands for.
#[derive(Clone)]
struct Key<'a> {
    /// The element kinds it applies to.
    domains: Vec<Domain>,
    /// Its `attr.name` when it is one of ours (not derived) for those domains.
    name: Option<&'a str>,
    /// Its `<default>` text.
    default: Option<String>,
}

struct Reader<'a, 'input> {
    xml: &'a Xml<'input>,
    /// The namespace GraphML elements are in (the root's).
    ns: Option<&'a str>,
    keys: HashMap<&'a str, Key<'a>>,
}

/// The values of one element's attributes (ours only), with their `<data>` elements.
struct Values<'a, 'input> {
    what: String,
    map: HashMap<&'a str, (String, Node<'a, 'input>)>,
    element: Node<'a, 'input>,
}

impl<'a, 'input> Reader<'a, 'input> {
    fn new(xml: &'a Xml<'input>) -> Self {
        Reader {
            xml,
            ns: None,
            keys: HashMap::new(),
        }
    }

    fn error(&self, at: Node<'_, '_>, message: String) -> Error {
        let pos = self.xml.text_pos_at(at.range().start);
        Error::GraphMl {
            line: pos.row as usize,
            column: pos.col as usize,
            message,
        }
    }

    /// True for an element of the GraphML namespace named `name`.
    fn is(&self, n: Node<'_, '_>, name: &str) -> bool {
        n.is_element() && n.tag_name().namespace() == self.ns && n.tag_name().name() == name
    }

    /// GraphML child elements of `n` (other namespaces are extensions, ignored).
    fn children(&self, n: Node<'a, 'input>) -> impl Iterator<Item = Node<'a, 'input>> + '_ {
        n.children()
            .filter(move |c| c.is_element() && c.tag_name().namespace() == self.ns)
    }

    fn read(mut self) -> Result<MechanismGraph> {
        let root = self.xml.root_element();
        let ns = root.tag_name().namespace();
        if root.tag_name().name() != "graphml" || !(ns.is_none() || ns == Some(NAMESPACE)) {
            return Err(self.error(
                root,
                format!(
                    "expected a `<graphml>` root element in namespace {NAMESPACE}, found `<{}>`",
                    root.tag_name().name()
                ),
            ));
        }
        self.ns = ns;
        let mut graphs = Vec::new();
        let children: Vec<_> = self.children(root).collect();
        for child in children {
            match child.tag_name().name() {
                "key" => self.key(child)?,
                "graph" => graphs.push(child),
                _ => {}
            }
        }
        let graph = match graphs.as_slice() {
            [g] => *g,
            [] => return Err(self.error(root, "no `<graph>` element".to_owned())),
            [_, second, ..] => {
                return Err(self.error(
                    *second,
                    "a second `<graph>`: a file holds one model".to_owned(),
                ))
            }
        };
        self.graph(graph)
    }

    fn key(&mut self, key: Node<'a, 'input>) -> Result<()> {
        let Some(id) = key.attribute("id") else {
            return Err(self.error(key, "`<key>` without an `id`".to_owned()));
        };
        if self.keys.contains_key(id) {
            return Err(self.error(key, format!("key `{id}` is declared twice")));
        }
        let domains = match key.attribute("for").unwrap_or("all") {
            "all" => vec![Domain::Graph, Domain::Node, Domain::Edge],
            "graph" => vec![Domain::Graph],
            "node" => vec![Domain::Node],
            "edge" => vec![Domain::Edge],
            _ => Vec::new(), // graphml, port, hyperedge, endpoint: nothing of ours
        };
        let is_yfiles = key.attributes().any(|a| a.name() == "yfiles.type");
        let name = key
            .attribute("attr.name")
            .filter(|name| !is_yfiles && domains.iter().any(|&d| known(d, name)));
        if let Some(name) = name {
            for &d in &domains {
                if !known(d, name) {
                    continue;
                }
                let clash = self
                    .keys
                    .iter()
                    .find(|(_, k)| k.name == Some(name) && k.domains.contains(&d));
                if let Some((other, _)) = clash {
                    return Err(self.error(
                        key,
                        format!(
                            "keys `{other}` and `{id}` both declare {} attribute `{name}`",
                            d.as_str()
                        ),
                    ));
                }
            }
        }
        let mut default = None;
        for child in self.children(key) {
            if child.tag_name().name() == "default" {
                default = Some(self.text(child, &format!("the default of key `{id}`"))?);
            }
        }
        self.keys.insert(
            id,
            Key {
                domains,
                name,
                default,
            },
        );
        Ok(())
    }

    /// The text of a `<data>` or `<default>` element; markup inside is an error.
    fn text(&self, n: Node<'_, '_>, what: &str) -> Result<String> {
        let mut text = String::new();
        for c in n.children() {
            if c.is_element() {
                return Err(self.error(c, format!("{what} holds markup, not text")));
            }
            if let Some(t) = c.text().filter(|_| c.is_text()) {
                text.push_str(t);
            }
        }
        Ok(text)
    }

    /// Collects the values of our attributes on `element` (a graph, node or edge).
    fn values(
        &self,
        element: Node<'a, 'input>,
        domain: Domain,
        what: String,
    ) -> Result<Values<'a, 'input>> {
        let mut map = HashMap::new();
        for data in self.children(element).filter(|c| self.is(*c, "data")) {
            let Some(key_id) = data.attribute("key") else {
                return Err(self.error(data, format!("`<data>` of {what} without a `key`")));
            };
            let Some(key) = self.keys.get(key_id) else {
                return Err(self.error(
                    data,
                    format!("`<data>` of {what} names undeclared key `{key_id}`"),
                ));
            };
            if !key.domains.contains(&domain) {
                return Err(self.error(
                    data,
                    format!(
                        "`<data>` of {what} names key `{key_id}`, which is declared for another element"
                    ),
                ));
            }
            let Some(name) = key.name.filter(|n| known(domain, n)) else {
                continue;
            };
            let value = self.text(data, &format!("attribute `{name}` of {what}"))?;
            if map.insert(name, (value, data)).is_some() {
                return Err(self.error(data, format!("{what} has two values for `{name}`")));
            }
        }
        // Key defaults fill in what the element leaves out.
        for key in self.keys.values() {
            if let (Some(name), Some(default)) = (key.name, &key.default) {
                if key.domains.contains(&domain) && known(domain, name) {
                    map.entry(name).or_insert((default.clone(), element));
                }
            }
        }
        Ok(Values { what, map, element })
    }

    fn graph(&self, graph: Node<'a, 'input>) -> Result<MechanismGraph> {
        let undirected_default = graph.attribute("edgedefault") == Some("undirected");
        let mut info = self.values(graph, Domain::Graph, "the graph".to_owned())?;
        let info = ModelInfo {
            name: info.string("name").unwrap_or_default(),
            description: info.string("description").unwrap_or_default(),
            source: info.string("source"),
            domain_subjects: self.json(&mut info, "domain_subjects")?.unwrap_or_default(),
            tallies: self.json(&mut info, "tallies")?.unwrap_or_default(),
        };
        let mut mechanisms = Vec::new();
        let mut links = Vec::new();
        for child in self.children(graph) {
            match child.tag_name().name() {
                "node" => mechanisms.push(self.node(child)?),
                "edge" => links.push(self.edge(child, undirected_default)?),
                "hyperedge" => {
                    return Err(self.error(child, "hyperedges are not supported".to_owned()))
                }
                _ => {}
            }
        }
        let document = Document {
            format_version: FORMAT_VERSION,
            info,
            mechanisms,
            links,
        };
        MechanismGraph::try_from(document)
    }

    fn node(&self, node: Node<'a, 'input>) -> Result<MechanismRecord> {
        let Some(id) = node.attribute("id") else {
            return Err(self.error(node, "`<node>` without an `id`".to_owned()));
        };
        let what = format!("node `{id}`");
        for child in self.children(node) {
            let name = child.tag_name().name();
            if name == "graph" || name == "port" {
                return Err(self.error(
                    child,
                    format!("{what} holds a `<{name}>`; nested graphs and ports are not supported"),
                ));
            }
        }
        let mut v = self.values(node, Domain::Node, what)?;
        let levels = self.list(&mut v, "levels")?;
        let eric_strategies = self.list(&mut v, "eric_strategies")?.unwrap_or_default();
        Ok(MechanismRecord {
            id: id.to_owned(),
            kind: self
                .vocab(&mut v, "kind")?
                .ok_or_else(|| self.missing(&v, "kind"))?,
            label: v.string("label").ok_or_else(|| self.missing(&v, "label"))?,
            resource: self.vocab(&mut v, "resource")?,
            eric_strategies,
            reasoning: self.vocab(&mut v, "reasoning")?,
            com_b: self.vocab(&mut v, "com_b")?,
            cfir_domain: self.vocab(&mut v, "cfir_domain")?,
            cfir_construct: self.vocab(&mut v, "cfir_construct")?,
            cfir2022_domain: self.vocab(&mut v, "cfir2022_domain")?,
            cfir2022_construct: self.vocab(&mut v, "cfir2022_construct")?,
            levels,
            implementation_outcome: self.vocab(&mut v, "implementation_outcome")?,
            description: v.string("description").unwrap_or_default(),
            group: v.string("group").filter(|g| !g.is_empty()),
            evidence: self.evidence(&mut v)?,
            passages: self.json(&mut v, "passages")?.unwrap_or_default(),
            note: v.string("note"),
        })
    }

    fn edge(&self, edge: Node<'a, 'input>, undirected_default: bool) -> Result<LinkRecord> {
        let endpoint = |name: &str| {
            edge.attribute(name)
                .ok_or_else(|| self.error(edge, format!("`<edge>` without a `{name}`")))
        };
        let (from, to) = (endpoint("source")?, endpoint("target")?);
        let what = format!("edge `{from}` -> `{to}`");
        let undirected = match edge.attribute("directed") {
            Some(d) => d == "false",
            None => undirected_default,
        };
        if undirected {
            return Err(self.error(
                edge,
                format!("{what} is undirected; a mechanism model's links are directed"),
            ));
        }
        if edge.attribute("sourceport").is_some() || edge.attribute("targetport").is_some() {
            return Err(self.error(edge, format!("{what} uses ports, which are not supported")));
        }
        let mut v = self.values(edge, Domain::Edge, what)?;
        Ok(LinkRecord {
            from: from.to_owned(),
            to: to.to_owned(),
            relation: self
                .vocab(&mut v, "relation")?
                .ok_or_else(|| self.missing(&v, "relation"))?,
            polarity: self
                .vocab(&mut v, "polarity")?
                .unwrap_or(Polarity::Positive),
            basis: self.vocab(&mut v, "basis")?.unwrap_or(Basis::Text),
            evidence: self.evidence(&mut v)?,
            passages: self.json(&mut v, "passages")?.unwrap_or_default(),
            note: v.string("note"),
        })
    }

    fn missing(&self, v: &Values<'_, '_>, name: &str) -> Error {
        self.error(v.element, format!("{} has no `{name}`", v.what))
    }

    fn evidence(&self, v: &mut Values<'a, 'input>) -> Result<Evidence> {
        let publications = match v.take("publications") {
            Some((text, at)) if !text.trim().is_empty() => {
                Some(text.trim().parse::<u32>().map_err(|_| {
                    self.error(
                        at,
                        format!(
                            "{}: `publications` is not a count (0 to {}): `{text}`",
                            v.what,
                            u32::MAX
                        ),
                    )
                })?)
            }
            _ => None,
        };
        Ok(Evidence {
            publications,
            citations: self.json(v, "citations")?.unwrap_or_default(),
            observations: self.json(v, "observations")?.unwrap_or_default(),
        })
    }

    /// A vocabulary attribute: a stable id, or absent when empty.
    fn vocab<T: Term>(&self, v: &mut Values<'a, 'input>, name: &str) -> Result<Option<T>> {
        match v.take(name) {
            Some((text, at)) if !text.trim().is_empty() => {
                self.term(text.trim(), at, &v.what).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// A comma-separated list of vocabulary ids, or absent when empty.
    fn list<T: Term>(&self, v: &mut Values<'a, 'input>, name: &str) -> Result<Option<Vec<T>>> {
        match v.take(name) {
            Some((text, at)) if !text.trim().is_empty() => text
                .split(',')
                .map(|id| self.term(id.trim(), at, &v.what))
                .collect::<Result<Vec<_>>>()
                .map(Some),
            _ => Ok(None),
        }
    }

    fn term<T: Term>(&self, id: &str, at: Node<'_, '_>, what: &str) -> Result<T> {
        T::from_id(id).ok_or_else(|| self.error(at, format!("{what}: {}", unknown_term::<T>(id))))
    }

    /// A JSON-valued attribute, or absent when empty.
    fn json<T: DeserializeOwned>(
        &self,
        v: &mut Values<'a, 'input>,
        name: &str,
    ) -> Result<Option<T>> {
        match v.take(name) {
            Some((text, at)) if !text.trim().is_empty() => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| self.error(at, format!("{}: `{name}` is not valid: {e}", v.what))),
            _ => Ok(None),
        }
    }
}

impl<'a, 'input> Values<'a, 'input> {
    fn take(&mut self, name: &str) -> Option<(String, Node<'a, 'input>)> {
        self.map.remove(name)
    }

    fn string(&mut self, name: &str) -> Option<String> {
        self.take(name).map(|(text, _)| text)
    }
}

/// True when this crate reads attribute `name` on elements of `domain` (derived
/// attributes are only written).
fn known(domain: Domain, name: &str) -> bool {
    let all = match domain {
        Domain::Graph => GRAPH_ATTRS,
        Domain::Node => NODE_ATTRS,
        Domain::Edge => EDGE_ATTRS,
    };
    all.iter().any(|a| !a.derived && a.name == name)
}

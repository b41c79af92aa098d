//! Reading (and, for symmetry, writing) graphs as GraphML.

use std::collections::HashMap;

use roxmltree::{Document as Xml, Node, ParsingOptions};
use serde::de::DeserializeOwned;

use super::collected::{Collected, Placed};
use super::line_table::LineTable;
use super::record::{LinkRecord, MechanismRecord};
use super::serde_words::translate;
use crate::error::{quoted, Escaped, Location, Problem, Problems, Quoted, Record};
use crate::export::graphml::{Domain, EDGE_ATTRS, GRAPH_ATTRS, NAMESPACE, NODE_ATTRS};
use crate::export::{graphml, GraphMlOptions};
use crate::model::{Basis, Evidence, Link, MechanismKind, ModelInfo, Polarity, Relation, Study};
use crate::vocab::{unknown_term_kind, Term};
use crate::{Error, ErrorKind, MechanismGraph, Result};

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
///   them; networkx declares one per Python type, so one attribute may have several), and a
///   key's `<default>` applies to elements without a value;
/// * each `<node>` is a mechanism (`id` = mechanism id) and each `<edge>` a link, with the
///   attributes [`export::graphml`](crate::export::graphml) writes; `kind` and `label` are
///   required on nodes and `relation` on edges, `polarity` defaults to `positive` and
///   `basis` to `text`, as in the JSON document;
/// * lists (`levels`, `eric_strategies`, `moderators`) are ids separated by `,` or `;`;
/// * vocabulary values must be stable ids (after trimming white space); an empty value of a
///   vocabulary, number, group or JSON attribute counts as absent, as does `NaN` under a
///   `float` or `double` key (pandas' missing value);
/// * `support` and `hindering` are derived counts, written for display and not read; where
///   the element can carry what they derive from (it gives `publications`, or the file
///   declares citations, observations or studies), a value that disagrees was edited and is
///   refused;
/// * attributes this crate does not know (a tool's colours, positions, graphics) and
///   elements in other namespaces are ignored, except a slip of a name it reads (its plural
///   or singular, `citation`, `notes`, or two neighbouring letters swapped, `lable`),
///   which is refused with the name meant;
/// * counts may be written as decimals (`3.0`, as networkx writes pandas' floats).
///
/// What is refused, with [`ErrorKind::GraphMl`] naming the element, its line and column:
/// XML syntax errors and DTDs, a root that is not `<graphml>`, anything but exactly one
/// `<graph>`, undirected edges, nested graphs, hyperedges and ports, `<data>` naming an
/// undeclared key or a key declared for another element, two keys for one attribute of
/// which one has a `<default>`, two values for one attribute, markup inside a value,
/// missing required attributes, values that are not ids of their vocabulary, counts or
/// JSON of the expected shape.
///
/// # Errors
///
/// Every problem, in document order: [`ErrorKind::Syntax`] for malformed XML (alone),
/// [`ErrorKind::GraphMl`] as above, then, exactly as [`from_json`](crate::io::from_json),
/// [`ErrorKind::InvalidMechanism`] for records that do not convert and every error of the
/// builder ([`ErrorKind::DuplicateMechanism`], [`ErrorKind::UnknownEndpoint`],
/// [`ErrorKind::GrammarViolation`], ...). Each is located at its element's line and column
/// and names its record (a node is a mechanism, an edge a link, counted in document order).
/// A `<data>` that cannot be read is left out of its element, so the element's other
/// attributes are still read and checked in the same run.
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
/// use isp_moc::ErrorKind;
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
/// assert_eq!(err.to_string(), "line 7, column 7, mechanism #1 `trust`, at `reasoning`: \
///     unknown reasoning type `relatonal`; did you mean `relational`? (expected one of \
///     `relational`, `capability`, `opportunity`, `motivation`)");
/// assert!(matches!(err.kind(), ErrorKind::GraphMl { .. }));
/// ```
pub fn from_graphml(text: &str) -> Result<MechanismGraph> {
    let text = crate::limits::check_input(text)?;
    super::xml_limits::check_xml(text)?;
    let xml = parse(text).map_err(|e| {
        if matches!(
            e,
            roxmltree::Error::UnclosedRootNode | roxmltree::Error::UnexpectedEndOfStream
        ) {
            // the parser places it at 1:1; the file's end, just after its last character,
            // is where something is missing
            return Error::from(
                Problem::new(ErrorKind::Syntax {
                    format: "XML",
                    message: "the file ends before the root element is closed (`</graphml>`): \
                              is it cut short?"
                        .to_owned(),
                })
                .at(Location::after(text.trim_end())),
            );
        }
        let pos = e.pos();
        let full = e.to_string();
        // The position is reported apart, so drop it from the message.
        let message = requote(&full.replacen(&format!(" at {pos}"), "", 1));
        Error::from(
            Problem::new(ErrorKind::Syntax {
                format: "XML",
                message,
            })
            .at(Location::at(pos.row as usize, pos.col as usize)),
        )
    })?;
    Reader::new(&xml).read()
}

/// The XML tree of `text`, as every GraphML reading parses it (no DTD: no entity
/// expansion to blow up).
fn parse(text: &str) -> std::result::Result<Xml<'_>, roxmltree::Error> {
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    Xml::parse_with_options(text, options)
}

/// Where each node and edge of a GraphML model starts (line, column), in document order:
/// the mechanisms and links of the model read from it, in declaration order. `None` when
/// the text is not one readable graph.
pub(crate) fn record_starts(text: &str) -> Option<super::json::RecordStarts> {
    let text = crate::limits::check_input(text).ok()?;
    super::xml_limits::check_xml(text).ok()?;
    let xml = parse(text).ok()?;
    let mut reader = Reader::new(&xml);
    reader.ns = xml.root_element().tag_name().namespace();
    let mut graphs = reader
        .children(xml.root_element())
        .filter(|n| reader.is(*n, "graph"));
    let (Some(graph), None) = (graphs.next(), graphs.next()) else {
        return None;
    };
    let starts = |name: &str| -> Vec<(usize, usize)> {
        (reader.children(graph))
            .filter(|n| reader.is(*n, name))
            .map(|n| reader.position(n))
            .collect()
    };
    Some(super::json::RecordStarts {
        mechanisms: starts("node"),
        links: starts("edge"),
    })
}

/// The XML parser's message with the input it quotes between `'` (names, entities)
/// quoted as every message quotes input: shortened and escaped.
fn requote(message: &str) -> String {
    if !message.matches('\'').count().is_multiple_of(2) {
        return message.to_owned();
    }
    message
        .split('\'')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                Quoted(part).to_string()
            } else {
                part.to_owned()
            }
        })
        .collect()
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
    /// Declared `attr.type="float"` or `"double"`: a value `NaN` is a missing value
    /// (pandas writes one where a cell is empty), so it counts as absent.
    float: bool,
    /// Its `attr.name` when it is one of the derived counts (`support`, `hindering`),
    /// which are not read but checked against what they derive from.
    derived: Option<&'a str>,
    /// Its place among the keys, in document order.
    order: usize,
}

struct Reader<'a, 'input> {
    xml: &'a Xml<'input>,
    /// Where the text's lines start, for placing elements (roxmltree's own positions
    /// scan the text from its start each time: quadratic over a file's elements).
    lines: LineTable,
    /// The namespace GraphML elements are in (the root's).
    ns: Option<&'a str>,
    keys: HashMap<&'a str, Key<'a>>,
    /// The ids of the nodes that have attributes, found once when a bare node needs a
    /// did-you-mean (not once per bare node: a file of them would take quadratic time).
    described: std::cell::OnceCell<Vec<&'a str>>,
    /// How many bare nodes have asked for a did-you-mean search: past the problems kept,
    /// or a quarter of a million id comparisons in all, none.
    searched: std::cell::Cell<usize>,
}

/// The values of one element's attributes (ours only), with their `<data>` elements.
struct Values<'a, 'input> {
    map: HashMap<&'a str, (String, Node<'a, 'input>)>,
    element: Node<'a, 'input>,
    /// Attributes given by a `<data>` that could not be read (already a problem), so not
    /// missing.
    unreadable: Vec<&'a str>,
    /// The derived counts given (`support`, `hindering`), with their text and element.
    derived: Vec<(&'a str, String, Node<'a, 'input>)>,
}

impl<'a, 'input> Reader<'a, 'input> {
    fn new(xml: &'a Xml<'input>) -> Self {
        Reader {
            xml,
            lines: LineTable::new(xml.input_text()),
            ns: None,
            keys: HashMap::new(),
            described: std::cell::OnceCell::new(),
            searched: std::cell::Cell::new(0),
        }
    }

    /// Where an element starts.
    fn position(&self, at: Node<'_, '_>) -> (usize, usize) {
        self.lines.position(self.xml.input_text(), at.range().start)
    }

    fn error(&self, at: Node<'_, '_>, message: String) -> Error {
        self.error_in(at, None, message)
    }

    /// An error at `at`, about attribute `field` when given.
    fn error_in(&self, at: Node<'_, '_>, field: Option<&str>, message: String) -> Error {
        let (line, column) = self.position(at);
        let mut location = Location::at(line, column);
        location.field = field.map(str::to_owned);
        Problem::new(ErrorKind::GraphMl { message })
            .at(location)
            .into()
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
                    Escaped(root.tag_name().name())
                ),
            ));
        }
        self.ns = ns;
        let mut problems = Problems::new();
        let mut graphs = Vec::new();
        let children: Vec<_> = self.children(root).collect();
        for child in children {
            match child.tag_name().name() {
                "key" => {
                    if let Err(e) = self.key(child) {
                        let record = Record::Element {
                            name: "key".to_owned(),
                            id: child.attribute("id").map(str::to_owned),
                        };
                        problems.absorb(with_record(e, &record));
                    }
                }
                "graph" => graphs.push(child),
                _ => {}
            }
        }
        let graph = match graphs.as_slice() {
            [g] => *g,
            [] => {
                problems.absorb(self.error(root, "no `<graph>` element".to_owned()));
                return Err(problems
                    .finish()
                    .err()
                    .unwrap_or_else(|| self.error(root, "no `<graph>` element".to_owned())));
            }
            [_, second, ..] => {
                problems.absorb(self.error(
                    *second,
                    "a second `<graph>`: a file holds one model".to_owned(),
                ));
                return Err(problems
                    .finish()
                    .err()
                    .unwrap_or_else(|| self.error(*second, "a second `<graph>`".to_owned())));
            }
        };
        self.graph(graph, problems)
    }

    fn key(&mut self, key: Node<'a, 'input>) -> Result<()> {
        let Some(id) = key.attribute("id") else {
            return Err(self.error(key, "a `<key>` needs an `id`".to_owned()));
        };
        if self.keys.contains_key(id) {
            return Err(self.error(key, "the key is declared twice".to_owned()));
        }
        let domains = match key.attribute("for").unwrap_or("all") {
            "all" => vec![Domain::Graph, Domain::Node, Domain::Edge],
            "graph" => vec![Domain::Graph],
            "node" => vec![Domain::Node],
            "edge" => vec![Domain::Edge],
            _ => Vec::new(), // graphml, port, hyperedge, endpoint: nothing of ours
        };
        let is_yfiles = key.attributes().any(|a| a.name() == "yfiles.type");
        let mut name = key
            .attribute("attr.name")
            .filter(|name| !is_yfiles && domains.iter().any(|&d| known(d, name)));
        let mut problems = Problems::new();
        if let (None, Some(unknown), false) = (name, key.attribute("attr.name"), is_yfiles) {
            if let Some(message) = near_miss(id, unknown, &domains) {
                problems.absorb(self.error(key, message));
            }
        }
        let mut default = None;
        for child in self.children(key) {
            if child.tag_name().name() == "default" {
                match self.text(child, "the default") {
                    Ok(text) => default = Some(text),
                    Err(e) => problems.absorb(e),
                }
            }
        }
        if let Some(attribute) = name {
            // Two keys for one attribute are harmless while neither has a default: values
            // are read by attribute name (networkx declares one key per Python type, so a
            // `weight` of 1 beside weights of 0.5 gets a `long` and a `double` key). With
            // a default, which one applies would be a guess. The clash names the first
            // such key declared (the map has no order).
            let clash = (domains.iter())
                .filter(|&&d| known(d, attribute))
                .find_map(|&d| {
                    (self.keys.iter())
                        .filter(|(_, k)| k.name == Some(attribute) && k.domains.contains(&d))
                        .filter(|(_, k)| k.default.is_some() || default.is_some())
                        .min_by_key(|(_, k)| k.order)
                        .map(|(other, _)| (*other, d))
                });
            if let Some((other, d)) = clash {
                problems.absorb(self.error(
                    key,
                    format!(
                        "keys {} and {} both declare {} attribute `{attribute}`, and one has \
                         a `<default>`: which default applies is unclear",
                        quoted(other),
                        quoted(id),
                        d.as_str()
                    ),
                ));
                // declared all the same, so that its `<data>` are not "undeclared" too
                name = None;
            }
        }
        let float = matches!(key.attribute("attr.type"), Some("float" | "double"));
        let derived = (key.attribute("attr.name"))
            .filter(|n| !is_yfiles && domains.iter().any(|&d| is_derived(d, n)));
        let order = self.keys.len();
        self.keys.insert(
            id,
            Key {
                domains,
                name,
                default,
                float,
                derived,
                order,
            },
        );
        problems.finish()
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

    /// Collects the values of our attributes on `element` (a graph, node or edge). A
    /// `<data>` that cannot be read (no or an undeclared key, markup, a second value) is a
    /// problem and is left out, so that it does not hide the element's other problems.
    fn values(&self, element: Node<'a, 'input>, domain: Domain) -> (Values<'a, 'input>, Faults) {
        let mut map = HashMap::new();
        let mut faults = Faults::default();
        let mut unreadable = Vec::new();
        let mut derived = Vec::new();
        for data in self.children(element).filter(|c| self.is(*c, "data")) {
            let (name, float) = match faults.check(self.data(data, domain)) {
                Some(Given::Read { name, float }) => (name, float),
                Some(Given::Derived(name)) => {
                    if let Ok(text) = self.text(data, name) {
                        derived.push((name, text, data));
                    }
                    continue;
                }
                None => continue,
            };
            match self.text(data, &format!("attribute `{name}`")) {
                Ok(text) if float && text.trim().eq_ignore_ascii_case("nan") => {}
                Err(e) => {
                    faults.problems.absorb(e);
                    unreadable.push(name);
                }
                Ok(_) if map.contains_key(name) => faults.problems.absorb(self.error_in(
                    data,
                    Some(name),
                    format!("two values for `{name}`"),
                )),
                Ok(value) => {
                    map.insert(name, (value, data));
                }
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
        let values = Values {
            map,
            element,
            unreadable,
            derived,
        };
        (values, faults)
    }

    /// What a `<data>` of an element of `domain` gives, or `None` when it is an attribute
    /// this crate does not know.
    fn data(&self, data: Node<'a, 'input>, domain: Domain) -> Result<Option<Given<'a>>> {
        let Some(key_id) = data.attribute("key") else {
            return Err(self.error(data, "`<data>` without a `key`".to_owned()));
        };
        let Some(key) = self.keys.get(key_id) else {
            // the nearest key declared for this element, in id order (the map has none)
            let mut ids: Vec<&str> = (self.keys.iter())
                .filter(|(_, k)| k.domains.contains(&domain))
                .map(|(id, _)| *id)
                .collect();
            ids.sort_unstable();
            let hint = match crate::suggest::nearest(key_id, ids) {
                Some(id) => format!("; did you mean {}?", quoted(id)),
                None => " (declare it with a `<key>`, or remove the `<data>`)".to_owned(),
            };
            return Err(self.error(
                data,
                format!("`<data>` names undeclared key {}{hint}", quoted(key_id)),
            ));
        };
        if !key.domains.contains(&domain) {
            return Err(self.error(
                data,
                format!(
                    "`<data>` names key {}, which is declared for another element",
                    quoted(key_id)
                ),
            ));
        }
        let read = key.name.filter(|n| known(domain, n));
        Ok(match (read, key.derived) {
            (Some(name), _) => Some(Given::Read {
                name,
                float: key.float,
            }),
            (None, Some(name)) => Some(Given::Derived(name)),
            (None, None) => None,
        })
    }

    /// The graph's info and its study table.
    fn info(&self, graph: Node<'a, 'input>) -> Result<(ModelInfo, Vec<Study>)> {
        let (mut v, mut f) = self.values(graph, Domain::Graph);
        let info = ModelInfo {
            name: v.string("name").unwrap_or_default(),
            description: v.string("description").unwrap_or_default(),
            source: v.string("source"),
            domain_subjects: f
                .check(self.json(&mut v, "domain_subjects"))
                .unwrap_or_default(),
            tallies: f.check(self.json(&mut v, "tallies")).unwrap_or_default(),
            layout: f.check(self.vocab(&mut v, "layout")),
        };
        let studies = f.check(self.json(&mut v, "studies")).unwrap_or_default();
        f.finish((info, studies))
    }

    fn graph(&self, graph: Node<'a, 'input>, problems: Problems) -> Result<MechanismGraph> {
        let undirected_default = graph.attribute("edgedefault") == Some("undirected");
        let mut c = Collected {
            problems,
            info_at: Some(self.position(graph)),
            ..Collected::default()
        };
        match self.info(graph) {
            Ok((info, studies)) => {
                c.info = info;
                c.studies = Placed::numbered(studies);
            }
            Err(e) => c.problems.absorb(with_record(e, &Record::Info)),
        }
        let count = |name: &str| {
            self.children(graph)
                .filter(|c| c.tag_name().name() == name)
                .count()
        };
        // checked before any record is read
        crate::limits::check_records("mechanisms", count("node"))?;
        crate::limits::check_records("links", count("edge"))?;
        let (mut nodes, mut edges) = (0, 0);
        for child in self.children(graph) {
            let start = Some(self.position(child));
            match child.tag_name().name() {
                "node" => {
                    nodes += 1;
                    let id = child.attribute("id");
                    let record = Record::Mechanism {
                        position: nodes,
                        id: id
                            .filter(|id| crate::id::invalid_reason(id).is_none())
                            .map(str::to_owned),
                    };
                    match self.node(child) {
                        Ok(r) => c.add_mechanism(nodes, start, r),
                        Err(e) => {
                            if let Some(id) = id {
                                c.add_unreadable(id.to_owned(), nodes, start);
                            }
                            c.problems.absorb(with_record(e, &record));
                        }
                    }
                }
                "edge" => {
                    edges += 1;
                    let record = Record::Link {
                        position: edges,
                        from: child.attribute("source").map(str::to_owned),
                        to: child.attribute("target").map(str::to_owned),
                    };
                    match self.edge(child, undirected_default) {
                        Ok((r, faults)) => {
                            // read without its bad optional attributes, a link is still
                            // checked (its ends, moderators, grammar), as in JSON; without
                            // a required one (its relation), its ends and moderators
                            let (r, standing, problems) = faults.settle(r);
                            if let Some(e) = problems {
                                c.problems.absorb(with_record(e, &record));
                            }
                            c.links.push(edges, start, Link::from(r));
                            if standing == Standing::StandIn {
                                c.partial_links.push(edges);
                            }
                        }
                        Err(e) => c.problems.absorb(with_record(e, &record)),
                    }
                }
                "hyperedge" => c.problems.absorb(with_record(
                    self.error(child, "hyperedges are not supported".to_owned()),
                    &Record::Element {
                        name: "hyperedge".to_owned(),
                        id: child.attribute("id").map(str::to_owned),
                    },
                )),
                _ => {}
            }
        }
        c.finish()
    }

    fn node(&self, node: Node<'a, 'input>) -> Result<MechanismRecord> {
        let Some(id) = node.attribute("id") else {
            return Err(self.error(node, "`<node>` without an `id`".to_owned()));
        };
        for child in self.children(node) {
            let name = child.tag_name().name();
            if name == "graph" || name == "port" {
                return Err(self.error(
                    child,
                    format!("a node holds a `<{name}>`; nested graphs and ports are not supported"),
                ));
            }
        }
        let (mut v, mut f) = self.values(node, Domain::Node);
        // nothing given and no key default: a tool's stand-in for a link end
        if v.map.is_empty() && v.unreadable.is_empty() {
            return Err(self.error(node, self.bare_node(node, id)));
        }
        let kind = self.vocab(&mut v, "kind");
        let kind = f.required(kind, || self.missing(&v, "kind"));
        let label = f.required(Ok(v.string("label")), || self.missing(&v, "label"));
        // a required attribute's stand-in is never seen: `finish` refuses the record then
        let record = MechanismRecord {
            id: crate::MechanismId::unchecked(id),
            kind: kind.unwrap_or(MechanismKind::Resource),
            label: label.unwrap_or_default(),
            resource: f.check(self.vocab(&mut v, "resource")),
            eric_strategies: f
                .check(self.list(&mut v, "eric_strategies"))
                .unwrap_or_default(),
            reasoning: f.check(self.vocab(&mut v, "reasoning")),
            com_b: f.check(self.vocab(&mut v, "com_b")),
            cfir_domain: f.check(self.vocab(&mut v, "cfir_domain")),
            cfir_construct: f.check(self.vocab(&mut v, "cfir_construct")),
            cfir2022_domain: f.check(self.vocab(&mut v, "cfir2022_domain")),
            cfir2022_construct: f.check(self.vocab(&mut v, "cfir2022_construct")),
            levels: f.check(self.list(&mut v, "levels")),
            implementation_outcome: f.check(self.vocab(&mut v, "implementation_outcome")),
            description: v.string("description").unwrap_or_default(),
            group: v.string("group").filter(|g| !g.is_empty()),
            evidence: f.check(self.checked_evidence(&mut v, Domain::Node)),
            passages: f.check(self.json(&mut v, "passages")).unwrap_or_default(),
            note: v.string("note"),
        };
        f.finish(record)
    }

    /// Why a node without any attribute cannot be a mechanism. networkx and other tools
    /// add such a node for a link to an id the graph does not have, so a misspelt link
    /// end arrives as a bare node: the message names the nearest node that has attributes.
    fn bare_node(&self, node: Node<'a, 'input>, id: &str) -> String {
        let described = self.described.get_or_init(|| {
            let nodes = node
                .parent()
                .into_iter()
                .flat_map(|graph| self.children(graph));
            nodes
                .filter(|n| self.is(*n, "node") && self.children(*n).any(|c| self.is(c, "data")))
                .filter_map(|n| n.attribute("id"))
                .collect()
        });
        let node = format!(
            "node {} has no attributes (no `kind`, no `label`)",
            quoted(id)
        );
        // at most a quarter of a million comparisons in all, however many nodes of either kind
        const COMPARISONS: usize = 250_000;
        let searched = self.searched.get() + 1;
        self.searched.set(searched);
        let affordable = searched <= crate::error::MAX_PROBLEMS
            && searched.saturating_mul(described.len()) <= COMPARISONS;
        let meant = affordable
            .then(|| crate::suggest::nearest(id, described.iter().copied()))
            .flatten();
        match meant {
            Some(meant) => format!(
                "{node}: a tool adds such a node for a link to an id the graph does not have; \
                 did you mean {} in the links that name it?",
                quoted(meant)
            ),
            None => format!(
                "{node}: give it a `kind` and a `label`, or, if a link names it by mistake, \
                 correct the link"
            ),
        }
    }

    /// The edge's record and the problems of its attributes (see [`Faults::settle`]); an
    /// edge that cannot be a link (undirected, without ends, with ports) is an error.
    fn edge(
        &self,
        edge: Node<'a, 'input>,
        undirected_default: bool,
    ) -> Result<(LinkRecord, Faults)> {
        let endpoint = |name: &str| {
            edge.attribute(name)
                .ok_or_else(|| self.error(edge, format!("`<edge>` without a `{name}`")))
        };
        let (from, to) = (endpoint("source")?, endpoint("target")?);
        let undirected = match edge.attribute("directed") {
            Some(d) => d == "false",
            None => undirected_default,
        };
        if undirected {
            return Err(self.error(
                edge,
                "the edge is undirected; a mechanism model's links are directed".to_owned(),
            ));
        }
        if edge.attribute("sourceport").is_some() || edge.attribute("targetport").is_some() {
            return Err(self.error(
                edge,
                "the edge uses ports, which are not supported".to_owned(),
            ));
        }
        let (mut v, mut f) = self.values(edge, Domain::Edge);
        let relation = self.vocab(&mut v, "relation");
        let relation = f.required(relation, || self.missing(&v, "relation"));
        // a required attribute's stand-in is never seen: `settle` drops the record then
        let record = LinkRecord {
            from: crate::MechanismId::unchecked(from),
            to: crate::MechanismId::unchecked(to),
            relation: relation.unwrap_or(Relation::LeadsTo),
            polarity: f
                .check(self.vocab(&mut v, "polarity"))
                .unwrap_or(Polarity::Positive),
            basis: f.check(self.vocab(&mut v, "basis")).unwrap_or(Basis::Text),
            evidence: f.check(self.checked_evidence(&mut v, Domain::Edge)),
            passages: f.check(self.json(&mut v, "passages")).unwrap_or_default(),
            confidence: f.check(self.json(&mut v, "confidence")),
            note: v.string("note"),
            weight: f.check(self.weight(&mut v)),
            moderators: v
                .string("moderators")
                .map(|ids| {
                    ids.split([',', ';'])
                        .map(str::trim)
                        .filter(|id| !id.is_empty())
                        .map(crate::MechanismId::unchecked)
                        .collect()
                })
                .unwrap_or_default(),
        };
        Ok((record, f))
    }

    /// The `weight` attribute: a number (its finiteness is checked by the builder).
    fn weight(&self, v: &mut Values<'a, 'input>) -> Result<Option<f64>> {
        match v.take("weight") {
            Some((text, at)) if !text.trim().is_empty() => {
                text.trim().parse::<f64>().map(Some).map_err(|_| {
                    self.error_in(
                        at,
                        Some("weight"),
                        format!("`weight` must be a number, not {}", quoted(&text)),
                    )
                })
            }
            _ => Ok(None),
        }
    }

    /// A required attribute the element does not give; `None` when it gives it, but in a
    /// `<data>` already reported as unreadable.
    fn missing(&self, v: &Values<'_, '_>, name: &str) -> Option<Error> {
        (!v.unreadable.contains(&name))
            .then(|| self.error(v.element, format!("missing attribute `{name}`")))
    }

    /// The evidence, and the derived counts given beside it checked against it, where the
    /// element can carry what they derive from (it gives `publications`, or the file
    /// declares citations, observations or studies for its kind): a `support` or
    /// `hindering` that disagrees was edited, and would be dropped without a word. A file
    /// written without provenance cannot carry them, so there the counts are ignored, as
    /// documented.
    fn checked_evidence(&self, v: &mut Values<'a, 'input>, domain: Domain) -> Result<Evidence> {
        let evidence = self.evidence(v)?;
        let declared = |names: &[&str]| {
            (self.keys.values())
                .any(|k| k.domains.contains(&domain) && k.name.is_some_and(|n| names.contains(&n)))
        };
        let mut f = Faults::default();
        for (name, text, at) in &v.derived {
            let Ok(stated) = text.trim().parse::<usize>() else {
                continue; // not a count: written for display, and not read
            };
            let (derived, from, carried) = match *name {
                "support" => (
                    usize::try_from(evidence.support()).unwrap_or(usize::MAX),
                    "`publications`, else the studies cited",
                    evidence.publications.is_some()
                        || declared(&["citations", "observations", "studies"]),
                ),
                _ => (
                    evidence.hindering().count(),
                    "the observations marked hindering",
                    declared(&["observations"]),
                ),
            };
            if carried && stated != derived {
                f.problems.absorb(self.error_in(
                    *at,
                    Some(name),
                    format!(
                        "`{name}` is {stated} here, but the evidence gives {derived}: it is \
                         derived (from {from}) and not read, so an edit of it would be lost; \
                         change what it derives from instead"
                    ),
                ));
            }
        }
        f.finish(evidence)
    }

    fn evidence(&self, v: &mut Values<'a, 'input>) -> Result<Evidence> {
        let mut f = Faults::default();
        let publications = match v.take("publications") {
            Some((text, at)) if !text.trim().is_empty() => {
                f.check(whole_number(&text).map(Some).ok_or_else(|| {
                    self.error_in(
                        at,
                        Some("publications"),
                        format!(
                            "`publications` must be a whole number from 0 to {}, not {}",
                            u32::MAX,
                            quoted(&text)
                        ),
                    )
                }))
            }
            _ => None,
        };
        let evidence = Evidence {
            publications,
            citations: f.check(self.json(v, "citations")).unwrap_or_default(),
            observations: f.check(self.json(v, "observations")).unwrap_or_default(),
            studies: f.check(self.json(v, "studies")).unwrap_or_default(),
        };
        f.finish(evidence)
    }

    /// A vocabulary attribute: a stable id, or absent when empty.
    fn vocab<T: Term>(&self, v: &mut Values<'a, 'input>, name: &str) -> Result<Option<T>> {
        match v.take(name) {
            Some((text, at)) if !text.trim().is_empty() => {
                self.term(text.trim(), at, name).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// A list of vocabulary ids separated by `,` (or `;`, as spreadsheets join lists), or
    /// absent when empty.
    fn list<T: Term>(&self, v: &mut Values<'a, 'input>, name: &str) -> Result<Option<Vec<T>>> {
        match v.take(name) {
            Some((text, at)) if !text.trim().is_empty() => text
                .split([',', ';'])
                .map(|id| self.term(id.trim(), at, name))
                .collect::<Result<Vec<_>>>()
                .map(Some),
            _ => Ok(None),
        }
    }

    fn term<T: Term>(&self, id: &str, at: Node<'_, '_>, name: &str) -> Result<T> {
        T::from_id(id)
            .ok_or_else(|| self.error_in(at, Some(name), unknown_term_kind::<T>(id).to_string()))
    }

    /// A JSON-valued attribute, or absent when empty.
    fn json<T: DeserializeOwned>(
        &self,
        v: &mut Values<'a, 'input>,
        name: &str,
    ) -> Result<Option<T>> {
        let Some((text, at)) = v.take(name).filter(|(text, _)| !text.trim().is_empty()) else {
            return Ok(None);
        };
        let mut de = serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(&mut de)
            .map(Some)
            .map_err(|e| {
                let path = match e.path().to_string() {
                    p if p == "." => name.to_owned(),
                    p if p.starts_with('[') => format!("{name}{p}"),
                    p => format!("{name}.{p}"),
                };
                let inner = e.inner();
                let full = inner.to_string();
                let suffix = format!(" at line {} column {}", inner.line(), inner.column());
                let message = full.strip_suffix(&suffix).unwrap_or(&full);
                let message = if inner.is_syntax() || inner.is_eof() {
                    format!(
                        "`{name}` is not valid JSON: {message}{}",
                        json_example(name)
                    )
                } else {
                    translate(message, &path).to_string()
                };
                self.error_in(at, Some(&path), message)
            })
    }
}

/// The problems of one record's attributes, every one of them: a bad attribute does not
/// hide the next, as in the JSON reader.
#[derive(Default)]
struct Faults {
    problems: Problems,
    /// Whether a required attribute is missing or bad (the record is no record then).
    required: bool,
}

impl Faults {
    /// The value read, or its type's default with the problem kept.
    fn check<T: Default>(&mut self, read: Result<T>) -> T {
        read.unwrap_or_else(|e| {
            self.problems.absorb(e);
            T::default()
        })
    }

    /// A required attribute: its value, or `None` with the problem kept (`missing` when it
    /// is absent, if it is not already a problem).
    fn required<T>(
        &mut self,
        read: Result<Option<T>>,
        missing: impl FnOnce() -> Option<Error>,
    ) -> Option<T> {
        match read {
            Ok(Some(value)) => Some(value),
            Ok(None) => {
                self.required = true;
                if let Some(e) = missing() {
                    self.problems.absorb(e);
                }
                None
            }
            Err(e) => {
                self.required = true;
                self.problems.absorb(e);
                None
            }
        }
    }

    /// The record, when no attribute had a problem; else the problems, in the order of
    /// the file (the attributes are read in the record's order, not the file's).
    fn finish<T>(self, record: T) -> Result<T> {
        self.problems.in_text_order().finish().map(|()| record)
    }

    /// The record read without its bad attributes, whether it stands (no required one is
    /// among them) or is only a stand-in, and the problems, if any (in the order of the
    /// file).
    fn settle<T>(self, record: T) -> (T, Standing, Option<Error>) {
        let standing = if self.required {
            Standing::StandIn
        } else {
            Standing::Read
        };
        (
            record,
            standing,
            self.problems.in_text_order().finish().err(),
        )
    }
}

/// What a `<data>` gives.
enum Given<'a> {
    /// An attribute this crate reads, and whether its key is `float` ([`Key::float`]).
    Read { name: &'a str, float: bool },
    /// A derived count (`support`, `hindering`), checked against the evidence.
    Derived(&'a str),
}

/// Whether a record read without its bad attributes stands for itself, or is only a
/// stand-in to check its ends and moderators by (a required attribute was bad).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    Read,
    StandIn,
}

/// The error with `record` set on every problem's location.
fn with_record(mut e: Error, record: &Record) -> Error {
    for p in e.problems_mut() {
        let at = p.location.get_or_insert_with(Location::default);
        at.record = Some(record.clone());
    }
    e
}

impl<'a, 'input> Values<'a, 'input> {
    fn take(&mut self, name: &str) -> Option<(String, Node<'a, 'input>)> {
        self.map.remove(name)
    }

    fn string(&mut self, name: &str) -> Option<String> {
        self.take(name).map(|(text, _)| text)
    }
}

/// Why an attribute this crate does not know, declared by key `id` for `domains`, is a
/// problem: its name is a slip of one it reads (a plural or singular of it, `citation`,
/// `notes`; or two neighbouring letters swapped, `weigth`), so its values would be dropped
/// without a word. `None` for any other name, a tool's colours, positions, `Description`
/// or notes of its own: those are ignored, as documented.
fn near_miss(id: &str, name: &str, domains: &[Domain]) -> Option<String> {
    domains.iter().find_map(|&d| {
        let meant = (attrs(d).iter())
            .filter(|a| !a.derived)
            .map(|a| a.name)
            .find(|read| slip_of(name, read))?;
        Some(format!(
            "key {} declares {} attribute {}, which is not read (an attribute this crate does \
             not know is ignored); did you mean `{meant}`?",
            quoted(id),
            d.as_str(),
            quoted(name)
        ))
    })
}

/// True when `name` is `read` with an `s` added or left off, or with two neighbouring
/// letters swapped; case counts (`Description` is a tool's own attribute).
fn slip_of(name: &str, read: &str) -> bool {
    let plural = |a: &str, b: &str| a.strip_suffix('s') == Some(b);
    let swapped = || {
        let (a, b): (Vec<char>, Vec<char>) = (name.chars().collect(), read.chars().collect());
        let differ: Vec<usize> = (0..a.len()).filter(|&i| a.get(i) != b.get(i)).collect();
        a.len() == b.len()
            && matches!(differ.as_slice(), [i, j] if *j == i + 1
                && a.get(*i) == b.get(*j) && a.get(*j) == b.get(*i))
    };
    name != read && (plural(name, read) || plural(read, name) || swapped())
}

/// The attributes of elements of `domain`, as the export declares them.
fn attrs(domain: Domain) -> &'static [crate::export::graphml::Attr] {
    match domain {
        Domain::Graph => GRAPH_ATTRS,
        Domain::Node => NODE_ATTRS,
        Domain::Edge => EDGE_ATTRS,
    }
}

/// A count: a whole number, also written as a decimal (`3.0`: pandas turns a column of
/// counts with an empty cell into floats, which networkx writes so).
fn whole_number(text: &str) -> Option<u32> {
    let text = text.trim();
    crate::number_text::whole_part(text)
        .unwrap_or(text)
        .parse()
        .ok()
}

/// An example of a JSON-valued attribute, for the message when its text is not JSON: in
/// GraphML these are the one kind of value that is not plain text.
fn json_example(name: &str) -> &'static str {
    match name {
        "citations" => r#" (write it as JSON, e.g. [{"authors": "Smith et al.", "year": 2020}])"#,
        "passages" => r#" (write it as JSON, e.g. ["the phrase in the source"])"#,
        "studies" => r#" (write it as JSON, e.g. ["smith_2020"], ids of the study table)"#,
        "observations" => {
            r#" (write it as JSON, e.g. [{"valence": "hindering", "summary": "staff turnover"}])"#
        }
        _ => "",
    }
}

/// True when `name` is a derived count on elements of `domain` (written, not read).
fn is_derived(domain: Domain, name: &str) -> bool {
    attrs(domain).iter().any(|a| a.derived && a.name == name)
}

/// True when this crate reads attribute `name` on elements of `domain` (derived
/// attributes are only written).
fn known(domain: Domain, name: &str) -> bool {
    attrs(domain).iter().any(|a| !a.derived && a.name == name)
}

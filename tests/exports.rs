//! The Mermaid, GraphML, node-link JSON and DAGitty exports: deterministic, escaped, and
//! read back by the real consumers (Mermaid's parser, networkx, dagitty.js), which must see
//! the same nodes, links and attributes as the crate's model.

#![cfg(feature = "serde")]

mod common;
mod drawing_models;

use std::collections::{BTreeMap, BTreeSet};

use common::tools::{
    consumer_script, dagitty_dir, have_node_modules, have_python_module, node_modules, run,
};
use common::*;
use isp_moc::catalog::figure2;
use isp_moc::export::{
    dagitty, graphml, mermaid, node_link, Color, DagittyOptions, DrawOptions, Emphasis,
    GraphMlOptions, Layout, NodeLinkOptions, Style, Styles,
};
use isp_moc::model::{
    Basis, Category, Citation, Evidence, Link, Mechanism, MechanismKind, ModelInfo, Observation,
    Polarity, Relation,
};
use isp_moc::vocab::{
    CfirConstruct, ComBSubcomponent, ImplementationOutcome, IspResource, OutcomeLevel,
    ReasoningType,
};
use isp_moc::{MechanismGraph, MechanismGraphBuilder};
use serde_json::{json, Map, Value};

/// Labels that break naive exporters: quotes, markup, Mermaid and DAGitty syntax,
/// entity-like text, line breaks, Unicode.
const HOSTILE: &[&str] = &[
    "Say \"hi\" & <b>bye</b>",
    "end",
    "a #1; b #quot; c &amp; d",
    "style: x:#f00; classDef y fill:#0f0;",
    "two\nlines\r\nand CRLF",
    "ünïcödé — 信頼 🙂",
    "brackets [x] (y) {z} |pipe| ;semi; `tick` *star* _under_",
    "-->|arrow| --o -.-> ~~~",
    "back\\slash \\\" \\n",
    "tab\there",
    "  padded\u{a0} ",
];

/// Mechanism ids that are keywords somewhere (Mermaid, DAGitty, DOT).
const KEYWORD_IDS: &[&str] = &[
    "end",
    "graph",
    "node",
    "style",
    "class",
    "click",
    "call",
    "href",
    "interpolate",
    "subgraph",
    "flowchart",
    "default",
    "direction",
    "dag",
    "o",
    "x",
];

/// A model with keyword ids, hostile labels and every kind, relation, polarity and basis.
fn hostile() -> MechanismGraph {
    let mut b = MechanismGraphBuilder::new();
    b = b.info(
        ModelInfo::new("Hostile \"model\" <&> #1; end")
            .with_description("line one\nline two")
            .with_source("Source & <source>"),
    );
    b = b.mechanism(
        Mechanism::new(
            "isp_skills",
            HOSTILE[0],
            Category::resource(IspResource::Skills),
        )
        .with_evidence(Evidence::new().with_publications(7)),
    );
    for (i, id) in KEYWORD_IDS.iter().enumerate() {
        let category = if i % 2 == 0 {
            Category::reasoning(ReasoningType::Relational)
        } else {
            Category::com_b(ComBSubcomponent::ReflectiveMotivation)
        };
        b = b.mechanism(
            Mechanism::new(id, HOSTILE[i % HOSTILE.len()], category)
                .with_description(HOSTILE[(i + 1) % HOSTILE.len()])
                .with_note(HOSTILE[(i + 2) % HOSTILE.len()]),
        );
    }
    b = b.mechanism(Mechanism::new(
        "uptake",
        "Uptake\n(of <RSIs>)",
        Category::outcome(&[OutcomeLevel::Individual, OutcomeLevel::System])
            .with_implementation_outcome(ImplementationOutcome::Adoption),
    ));
    b = b.mechanism(
        Mechanism::new(
            "leaders",
            "Leaders \"&\" <managers>",
            Category::cfir(CfirConstruct::LeadershipEngagement),
        )
        .with_group("inner")
        .with_evidence(Evidence::new().with_publications(3)),
    );
    b = b.link(Link::new("isp_skills", "end", Relation::LeadsTo));
    for pair in KEYWORD_IDS.windows(2) {
        let mut l = Link::new(pair[0], pair[1], Relation::LeadsTo)
            .with_citation(Citation::new("Doe & \"Roe\"", 2020).with_locator("p. <3>"));
        if pair[0].len() % 2 == 0 {
            l = l.inferred().with_polarity(Polarity::Mixed);
        }
        if pair[0] == "style" {
            l = l.with_observation(Observation::hindering("it <failed> & \"stopped\""));
        }
        if pair[0] == "click" {
            l.relation = Relation::Precondition;
        }
        b = b.link(l.with_note("note: \"quoted\"").with_passage("a <passage>"));
    }
    // moderated by a factor with a hostile label, which edge labels quote
    b = b.link(
        Link::new("x", "uptake", Relation::LeadsTo)
            .with_moderator("leaders")
            .with_weight(0.25),
    );
    b = b.link(Link::new("uptake", "graph", Relation::LeadsTo)); // feedback loop
    b = b.link(Link::new("leaders", "isp_skills", Relation::Moderates));
    b = b.link(Link::new("leaders", "end", Relation::Precondition));
    b.build().unwrap()
}

fn graphs() -> Vec<(&'static str, MechanismGraph)> {
    vec![("figure2", figure2()), ("hostile", hostile())]
}

// ----- plain checks (no external program) -----

#[test]
fn every_export_is_deterministic_and_does_not_panic() {
    for (name, g) in graphs() {
        let again = g.clone();
        assert_eq!(
            mermaid(&g, &DrawOptions::default()),
            mermaid(&again, &DrawOptions::default()),
            "{name}"
        );
        assert_eq!(
            graphml(&g, &GraphMlOptions::default()),
            graphml(&again, &GraphMlOptions::default())
        );
        assert_eq!(
            node_link(&g, &NodeLinkOptions::default()),
            node_link(&again, &NodeLinkOptions::default())
        );
        assert_eq!(
            dagitty(&g, &DagittyOptions::default()),
            dagitty(&again, &DagittyOptions::default())
        );
    }
    let empty = MechanismGraph::builder().build().unwrap();
    assert_eq!(mermaid(&empty, &DrawOptions::default()), "flowchart LR\n");
    assert_eq!(dagitty(&empty, &DagittyOptions::default()), "dag {\n}\n");
    assert!(graphml(&empty, &GraphMlOptions::default()).ends_with("</graph>\n</graphml>\n"));
    assert!(node_link(&empty, &NodeLinkOptions::default()).contains("\"nodes\": []"));
}

#[test]
fn options_drop_context_provenance_roles_and_titles() {
    let g = figure2();
    let mut m = DrawOptions::default();
    m.context = false;
    m.evidence = false;
    m.title = Some(String::new());
    let text = mermaid(&g, &m);
    assert!(text.starts_with("flowchart LR\n"));
    assert!(!text.contains("leadership_support") && !text.contains("C_context"));
    assert!(!text.contains("n="));

    let mut o = GraphMlOptions::default();
    o.context = false;
    o.provenance = false;
    let text = graphml(&g, &o);
    assert!(!text.contains("leadership_support"));
    for attr in ["citations", "observations", "passages", "note"] {
        assert!(!text.contains(&format!("attr.name=\"{attr}\"")), "{attr}");
    }
    assert!(text.contains("<data key=\"e_support\">"));

    let mut n = NodeLinkOptions::default();
    n.context = false;
    n.provenance = false;
    let doc: Value = serde_json::from_str(&node_link(&g, &n)).unwrap();
    assert!(doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["kind"] != "context" && n.get("passages").is_none()));
    assert!(doc["edges"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e.get("citations").is_none()));

    let mut d = DagittyOptions::default();
    d.roles = false;
    d.labels = false;
    d.positions = false;
    d.context = false;
    let text = dagitty(&g, &d);
    assert!(!text.contains('[') && !text.contains("bb=") && !text.contains("leadership"));
    assert!(text.contains("\ntrust -> meaningful_learning\n"));
}

#[test]
fn graphml_text_is_escaped() {
    let text = graphml(&hostile(), &GraphMlOptions::default());
    assert!(text.contains("<data key=\"n_label\">Say \"hi\" &amp; &lt;b&gt;bye&lt;/b&gt;</data>"));
    assert!(text.contains("two\nlines&#13;\nand CRLF"));
    assert!(!text.contains("<b>"));
}

// ----- Mermaid, parsed by the real mermaid package -----

fn mermaid_id(id: &str) -> String {
    match id {
        "end" | "graph" | "style" | "class" | "click" | "call" | "href" | "interpolate"
        | "subgraph" | "flowchart" | "default" | "direction" => format!("M_{id}"),
        _ => id.to_owned(),
    }
}

fn column(m: &Mechanism) -> &'static str {
    match &m.category {
        Category::Context { .. } => "context",
        Category::Resource { .. } => "resource",
        Category::Outcome { .. } => "outcome",
        c => c.reasoning_type().unwrap().as_str(),
    }
}

/// What Mermaid must show as a node's label.
fn shown_label(m: &Mechanism) -> String {
    let mut label = m.label.replace("\r\n", "\n").replace('\r', "\n");
    if let Some(n) = m.evidence.publications {
        label.push_str(&format!("\n(n={n})"));
    }
    label
}

/// Parses `text` with Mermaid; the drawing's own nodes, links and subgraphs (the legend's
/// are checked apart, by [`mermaid_legend`]).
fn parse_mermaid(text: &str) -> Value {
    serde_json::from_str(&run(
        "node",
        &[&consumer_script("mermaid_parse.mjs"), &node_modules()],
        text,
    ))
    .unwrap()
}

fn is_legend(id: &Value) -> bool {
    id.as_str().unwrap().starts_with("LEGEND")
}

fn check_mermaid(g: &MechanismGraph) {
    let text = mermaid(g, &DrawOptions::default());
    let out = parse_mermaid(&text);
    let columns = g.info().layout == Some(Layout::Columns);
    let vertices: BTreeMap<String, &Value> = out["vertices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| !is_legend(&v["id"]))
        .map(|v| (v["id"].as_str().unwrap().to_owned(), v))
        .collect();
    let subgraphs: BTreeMap<&str, &Value> = out["subgraphs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| !is_legend(&s["id"]))
        .map(|s| (s["id"].as_str().unwrap(), s))
        .collect();
    for m in g.mechanisms() {
        let id = mermaid_id(m.id.as_str());
        let v = vertices
            .get(&id)
            .unwrap_or_else(|| panic!("node {id} missing"));
        assert_eq!(v["label"], shown_label(m), "label of {id}");
        assert_eq!(v["classes"], json!([column(m)]), "class of {id}");
        if columns {
            let sub = subgraphs[format!("C_{}", column(m)).as_str()];
            assert!(
                sub["nodes"].as_array().unwrap().contains(&json!(id)),
                "{id} in its column"
            );
        }
    }
    // nodes are the mechanisms and the column subgraphs (which the layout links)
    assert_eq!(vertices.len(), g.mechanism_count() + subgraphs.len());
    if !columns {
        assert!(subgraphs.is_empty());
    }
    let edges: Vec<&Value> = out["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["stroke"] != "invisible" && !is_legend(&e["from"]))
        .collect();
    assert_eq!(edges.len(), g.link_count());
    for (l, e) in g.links().iter().zip(&edges) {
        let what = format!("{} -> {}", l.from, l.to);
        assert_eq!(e["from"], mermaid_id(l.from.as_str()), "{what}");
        assert_eq!(e["to"], mermaid_id(l.to.as_str()), "{what}");
        let from_context = g.mechanism(l.from.as_str()).unwrap().kind() == MechanismKind::Context;
        let dotted = from_context || l.basis == Basis::Inferred;
        assert_eq!(
            e["stroke"],
            if dotted { "dotted" } else { "normal" },
            "{what}"
        );
        let head = match (l.relation, l.polarity) {
            (Relation::Precondition, _) => "arrow_circle",
            (_, Polarity::Negative) => "arrow_cross",
            _ => "arrow_point",
        };
        assert_eq!(e["type"], head, "{what}");
        let hindering = l.evidence.hindering().count();
        let style = e["style"].to_string();
        assert_eq!(
            hindering > 0,
            style.contains("stroke:#c0392b"),
            "{what}: {style}"
        );
        let mut label = Vec::new();
        if l.polarity != Polarity::Positive {
            label.push(l.polarity.symbol().to_owned());
        }
        if !from_context {
            if l.basis == Basis::Inferred {
                label.push("inferred".to_owned());
            }
            // a count only where one is reported or studies are cited
            if l.support() > 0 || l.evidence.publications.is_some() {
                label.push(format!("n={}", l.support()));
            }
            if let Some(w) = l.weight {
                label.push(format!("w={w}"));
            }
            if hindering > 0 {
                label.push(format!("{hindering} hindering"));
            } else if l.basis == Basis::Inferred {
                assert!(style.contains("stroke:#888888"), "{what}");
            }
        }
        if !l.moderators.is_empty() {
            let names: Vec<&str> = l
                .moderators
                .iter()
                .map(|f| g.mechanism(f.as_str()).unwrap().label.as_str())
                .collect();
            label.push(format!("moderated by {}", names.join(" and ")));
        }
        assert_eq!(e["label"], label.join(", "), "{what}");
    }
}

/// The legend Mermaid read from `text`: its texts in order, each with the sample link's
/// type, stroke and label (`None` for an element-group sample, with its class instead).
fn mermaid_legend(text: &str) -> Vec<(String, Value)> {
    let out = parse_mermaid(text);
    let legend = out["subgraphs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "LEGEND")
        .cloned();
    let Some(legend) = legend else {
        return Vec::new();
    };
    assert_eq!(legend["title"], "Legend");
    let edges = out["edges"].as_array().unwrap();
    out["vertices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| is_legend(&v["id"]) && !v["id"].as_str().unwrap().ends_with("_from"))
        .map(|v| {
            assert!(legend["nodes"].as_array().unwrap().contains(&v["id"]));
            let sample = edges
                .iter()
                .find(|e| e["to"] == v["id"] && e["stroke"] != "invisible")
                .map(|e| json!({"type": e["type"], "stroke": e["stroke"], "label": e["label"], "style": e["style"]}))
                .unwrap_or_else(|| json!({"classes": v["classes"]}));
            (v["label"].as_str().unwrap().to_owned(), sample)
        })
        .collect()
}

#[test]
fn mermaid_figure2_parses_with_mermaid() {
    let g = figure2();
    let text = mermaid(&g, &DrawOptions::default());
    assert!(text.contains("C_context ~~~ C_resource"));
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    check_mermaid(&g);
}

#[test]
fn mermaid_hostile_labels_and_keyword_ids_survive_mermaid() {
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    check_mermaid(&hostile());
    // a hostile title still parses
    let mut o = DrawOptions::default();
    o.title = Some("Title: \"x\" #1; <y>\n---\nz".into());
    let text = mermaid(&hostile(), &o);
    run(
        "node",
        &[&consumer_script("mermaid_parse.mjs"), &node_modules()],
        &text,
    );
}

#[test]
fn mermaid_draws_other_models_by_rank_and_each_layout_parses() {
    let g = drawing_models::forwards();
    let text = mermaid(&g, &DrawOptions::default());
    assert!(!text.contains("subgraph C_") && !text.contains("~~~ C_"));
    // declared rank by rank, so Mermaid's layered layout starts from the resources
    let declared = |id: &str| {
        text.find(&format!("\n  {id}"))
            .unwrap_or_else(|| panic!("{id} declared"))
    };
    let order: Vec<&str> = drawing_models::FORWARDS_RANKS.concat();
    for pair in order.windows(2) {
        assert!(declared(pair[0]) < declared(pair[1]), "{pair:?}");
    }
    // the paper's columns on request
    let mut o = DrawOptions::default();
    o.layout = Some(Layout::Columns);
    let columns = mermaid(&g, &o);
    assert!(columns.contains("C_relational ~~~ C_capability\n  C_capability ~~~ C_motivation"));
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    let out = parse_mermaid(&text);
    let vertices: Vec<&str> = out["vertices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| !is_legend(&v["id"]))
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(vertices, order);
    check_mermaid(&g);
    check_mermaid(&drawing_models::signed());
    // hostile labels and keyword ids in the column layout, too
    let mut parts = hostile().into_parts();
    parts.info = parts.info.with_layout(Layout::Columns);
    check_mermaid(&MechanismGraph::from_parts(parts).unwrap());
    parse_mermaid(&columns);
}

#[test]
fn mermaid_shows_polarity_and_a_legend_of_what_it_uses() {
    let g = drawing_models::signed();
    let text = mermaid(&g, &DrawOptions::default());
    for line in [
        "  coaching --x|\"−, n=3\"| burnout\n",
        "  burnout --o|\"−\"| fidelity\n",
        "  coaching --> alliance\n",
        "  time -->|\"±, n=0\"| fidelity\n",
        "  turnover -.-x|\"−\"| alliance\n",
        "  mandate -.->|\"±\"| time\n",
    ] {
        assert!(text.contains(line), "{line}");
    }
    let mut no_legend = DrawOptions::default();
    no_legend.legend = false;
    assert!(!mermaid(&g, &no_legend).contains("LEGEND"));
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    let legend = mermaid_legend(&text);
    let texts: Vec<&str> = legend.iter().map(|(t, _)| t.as_str()).collect();
    let expected: Vec<&str> = drawing_models::SIGNED_GROUPS
        .iter()
        .chain(&drawing_models::SIGNED_LEGEND)
        .copied()
        .collect();
    assert_eq!(texts, expected);
    let sample = |text: &str| &legend.iter().find(|(t, _)| t == text).unwrap().1;
    assert_eq!(sample("Relational")["classes"], json!(["relational"]));
    assert_eq!(sample("moderates, negative (−)")["type"], "arrow_cross");
    assert_eq!(sample("moderates, negative (−)")["stroke"], "dotted");
    assert_eq!(sample("moderates, negative (−)")["label"], "−");
    assert_eq!(sample("leads to, mixed (±)")["type"], "arrow_point");
    assert_eq!(sample("leads to, mixed (±)")["label"], "±");
    assert_eq!(sample("precondition, negative (−)")["type"], "arrow_circle");
    assert!(sample("with hindering findings")["style"]
        .to_string()
        .contains("stroke:#c0392b"));

    // Figure 2: the paper's columns name the groups, the legend only the link styles
    let legend = mermaid_legend(&mermaid(&figure2(), &DrawOptions::default()));
    let texts: Vec<&str> = legend.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "leads to",
            "precondition",
            "moderates",
            "moderates, mixed (±)",
            "from a context factor",
            "inferred (the modeller's reading)",
            "with hindering findings",
            "publications reported, or studies cited"
        ]
    );
    let sample = |text: &str| &legend.iter().find(|(t, _)| t == text).unwrap().1;
    assert!(sample("inferred (the modeller's reading)")["style"]
        .to_string()
        .contains("stroke:#888888"));
    assert!(mermaid_legend(&mermaid(&figure2(), &no_legend)).is_empty());
}

#[test]
fn mermaid_styles_colour_emphasise_and_annotate_keyword_ids_safely() {
    let note = "style: #1; \"quoted\" <b> & `x`\nline two";
    let mut o = DrawOptions::default();
    o.styles = Styles::new()
        .with_mechanism(
            "end",
            Style::new()
                .with_fill(Color::rgb(0xff, 0xd7, 0x00))
                .with_stroke(Color::rgb(0xc0, 0x39, 0x2b))
                .with_emphasis(Emphasis::Strong)
                .with_note(note),
        )
        .with_mechanism("style", Style::new().with_emphasis(Emphasis::Faint))
        .with_link(
            "end",
            "graph",
            Style::new()
                .with_stroke(Color::rgb(0, 0x66, 0xcc))
                .with_emphasis(Emphasis::Strong)
                .with_note(note),
        )
        .with_link(
            "style",
            "class",
            Style::new().with_emphasis(Emphasis::Faint),
        )
        .with_mechanism("not_there", Style::new().with_note("ignored"));
    let g = hostile();
    let text = mermaid(&g, &o);
    assert!(text.contains(
        "\n  style M_end fill:#ffd700,stroke:#c0392b,stroke-width:3px,font-weight:bold\n"
    ));
    assert!(text.contains("\n  style M_style opacity:0.4\n"));
    assert!(!text.contains("not_there") && !text.contains("ignored"));
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    let out = parse_mermaid(&text);
    let vertex = |id: &str| {
        out["vertices"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["id"] == id)
            .unwrap()
            .clone()
    };
    let end = vertex("M_end");
    let m = g.mechanism("end").unwrap();
    assert_eq!(end["label"], format!("{}\n{note}", shown_label(m)));
    for css in ["fill:#ffd700", "stroke:#c0392b", "stroke-width:3px"] {
        assert!(
            end["styles"].as_array().unwrap().contains(&json!(css)),
            "{css}: {end}"
        );
    }
    let edges = out["edges"].as_array().unwrap();
    let link = edges
        .iter()
        .find(|e| e["from"] == "M_end" && e["to"] == "M_graph")
        .unwrap();
    let style = link["style"].to_string();
    assert!(
        style.contains("stroke:#0066cc") && style.contains("stroke-width:3px"),
        "{style}"
    );
    assert!(
        link["label"]
            .as_str()
            .unwrap()
            .ends_with(&format!("\n{note}")),
        "{link}"
    );
    let faint = edges
        .iter()
        .find(|e| e["from"] == "M_style" && e["to"] == "M_class")
        .unwrap();
    // the faint link keeps the red of its hindering findings
    let style = faint["style"].to_string();
    assert!(
        style.contains("opacity:0.4") && style.contains("stroke:#c0392b"),
        "{style}"
    );
    // the drawing's other nodes and links are as without styles
    check_mermaid(&g);
}

// ----- DAGitty, parsed by the real dagitty.js -----

fn check_dagitty(g: &MechanismGraph) {
    let Some(dir) = dagitty_dir() else { return };
    let text = dagitty(g, &DagittyOptions::default());
    let out: Value = serde_json::from_str(&run(
        "node",
        &[&consumer_script("dagitty_parse.cjs"), &node_modules(), &dir],
        &text,
    ))
    .unwrap();
    assert_eq!(out["type"], "dag");
    let name = |id: &str| match id {
        "graph" | "node" => format!("M_{id}"),
        _ => id.to_owned(),
    };
    let vertices: BTreeMap<String, &Value> = out["vertices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["id"].as_str().unwrap().to_owned(), v))
        .collect();
    assert_eq!(vertices.len(), g.mechanism_count());
    for m in g.mechanisms() {
        let v = vertices[&name(m.id.as_str())];
        let label: String = m
            .label
            .chars()
            .map(|c| match c {
                '\\' => '/',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        assert_eq!(v["label"], label, "{}", m.id);
        assert_eq!(
            v["exposure"],
            m.kind() == MechanismKind::Resource,
            "{}",
            m.id
        );
        assert_eq!(v["outcome"], m.kind() == MechanismKind::Outcome, "{}", m.id);
        assert!(v["x"].is_number() && v["y"].is_number(), "{}", m.id);
    }
    let edges: BTreeSet<(String, String, bool)> = out["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"].as_str().unwrap().to_owned(),
                e["to"].as_str().unwrap().to_owned(),
                e["directed"].as_bool().unwrap(),
            )
        })
        .collect();
    // every link, and each link moderator as a cause of the link's target
    let expected: BTreeSet<(String, String, bool)> = g
        .links()
        .iter()
        .flat_map(|l| {
            std::iter::once(&l.from)
                .chain(&l.moderators)
                .map(move |f| (f, &l.to))
        })
        .map(|(from, to)| (name(from.as_str()), name(to.as_str()), true))
        .collect();
    assert_eq!(edges, expected);
}

/// Link-level moderation reaches DAGitty as a DAG draws an effect modifier: the factor
/// as a cause of the moderated link's target, each arrow once.
#[test]
fn dagitty_draws_a_link_moderator_as_a_cause_of_the_target() {
    let g = MechanismGraph::builder()
        .mechanism(resource("skills"))
        .mechanism(reasoning("trust"))
        .mechanism(outcome("use"))
        .mechanism(context("time"))
        .link(leads("skills", "trust").with_moderator("time"))
        .link(Link::new("time", "trust", Relation::Moderates))
        .link(leads("trust", "use").with_moderator("time"))
        .build()
        .unwrap();
    let text = dagitty(&g, &DagittyOptions::default());
    let arrows: Vec<&str> = text.lines().filter(|l| l.contains(" -> ")).collect();
    assert_eq!(
        arrows,
        [
            "skills -> trust",
            "time -> trust",
            "trust -> use",
            "time -> use"
        ]
    );
    if have_node_modules(&["underscore"]) {
        check_dagitty(&g);
    }
}

#[test]
fn dagitty_figure2_parses_with_dagitty() {
    let text = dagitty(&figure2(), &DagittyOptions::default());
    assert!(text.starts_with("dag {\nbb="));
    if !have_node_modules(&["underscore"]) {
        return;
    }
    check_dagitty(&figure2());
}

#[test]
fn dagitty_hostile_labels_keyword_ids_and_cycles_parse_with_dagitty() {
    if !have_node_modules(&["underscore"]) {
        return;
    }
    check_dagitty(&hostile());
}

// ----- GraphML and node-link JSON, read by networkx -----

/// The attributes networkx must see on a mechanism. `json_strings`: GraphML carries lists
/// as JSON text (parsed before comparing); node-link JSON carries them natively.
fn expected_node(m: &Mechanism, graphml: bool) -> Value {
    let mut a = Map::new();
    a.insert("label".into(), json!(m.label));
    a.insert("kind".into(), json!(m.kind().as_str()));
    match &m.category {
        Category::Resource {
            resource,
            strategies,
            ..
        } => {
            a.insert("resource".into(), json!(resource.as_str()));
            if !strategies.is_empty() {
                let ids: Vec<&str> = strategies.iter().map(|s| s.as_str()).collect();
                a.insert(
                    "eric_strategies".into(),
                    if graphml {
                        json!(ids.join(","))
                    } else {
                        json!(ids)
                    },
                );
            }
        }
        Category::Reasoning {
            reasoning, com_b, ..
        } => {
            a.insert("reasoning".into(), json!(reasoning.as_str()));
            if let Some(c) = com_b {
                a.insert("com_b".into(), json!(c.as_str()));
            }
        }
        Category::Context(p) => {
            let ids = [
                ("cfir_domain", p.domain.map(|d| d.as_str())),
                ("cfir_construct", p.construct.map(|c| c.as_str())),
                ("cfir2022_domain", p.domain_2022.map(|d| d.as_str())),
                ("cfir2022_construct", p.construct_2022.map(|c| c.as_str())),
            ];
            for (key, id) in ids {
                if let Some(id) = id {
                    a.insert(key.into(), json!(id));
                }
            }
        }
        Category::Outcome {
            levels,
            implementation_outcome,
            ..
        } => {
            let ids: Vec<&str> = levels.iter().map(|l| l.as_str()).collect();
            a.insert(
                "levels".into(),
                if graphml {
                    json!(ids.join(","))
                } else {
                    json!(ids)
                },
            );
            if let Some(o) = implementation_outcome {
                a.insert("implementation_outcome".into(), json!(o.as_str()));
            }
        }
    }
    if !m.description.is_empty() {
        a.insert("description".into(), json!(m.description));
    }
    if let Some(g) = &m.group {
        a.insert("group".into(), json!(g));
    }
    attached(&mut a, &m.evidence, &m.passages, m.note.as_deref(), graphml);
    Value::Object(a)
}

fn expected_edge(l: &Link, graphml: bool) -> Value {
    let mut a = Map::new();
    a.insert("relation".into(), json!(l.relation.as_str()));
    a.insert("polarity".into(), json!(l.polarity.as_str()));
    a.insert("basis".into(), json!(l.basis.as_str()));
    if let Some(w) = l.weight {
        a.insert("weight".into(), json!(w));
    }
    if !l.moderators.is_empty() {
        let ids: Vec<&str> = l.moderators.iter().map(|m| m.as_str()).collect();
        // GraphML holds them as one comma-separated string
        let value = if graphml {
            json!(ids.join(","))
        } else {
            json!(ids)
        };
        a.insert("moderators".into(), value);
    }
    attached(&mut a, &l.evidence, &l.passages, l.note.as_deref(), graphml);
    Value::Object(a)
}

fn attached(
    a: &mut Map<String, Value>,
    e: &Evidence,
    passages: &[String],
    note: Option<&str>,
    graphml: bool,
) {
    if let Some(n) = e.publications {
        a.insert("publications".into(), json!(n));
    }
    a.insert("support".into(), json!(e.support()));
    a.insert("hindering".into(), json!(e.hindering().count()));
    if !e.citations.is_empty() {
        a.insert(
            "citations".into(),
            serde_json::to_value(&e.citations).unwrap(),
        );
    }
    if !e.observations.is_empty() {
        a.insert(
            "observations".into(),
            serde_json::to_value(&e.observations).unwrap(),
        );
    }
    if !e.studies.is_empty() {
        a.insert("studies".into(), serde_json::to_value(&e.studies).unwrap());
    }
    if !passages.is_empty() {
        a.insert("passages".into(), json!(passages));
    }
    // networkx reads an empty GraphML value as no value
    if let Some(n) = note.filter(|n| !graphml || !n.is_empty()) {
        a.insert("note".into(), json!(n));
    }
}

fn expected_graph(g: &MechanismGraph) -> Value {
    let info = g.info();
    let mut a = Map::new();
    a.insert("name".into(), json!(info.name));
    if !info.description.is_empty() {
        a.insert("description".into(), json!(info.description));
    }
    if let Some(s) = &info.source {
        a.insert("source".into(), json!(s));
    }
    if !info.domain_subjects.is_empty() {
        a.insert(
            "domain_subjects".into(),
            serde_json::to_value(&info.domain_subjects).unwrap(),
        );
    }
    if !info.tallies.is_empty() {
        a.insert(
            "tallies".into(),
            serde_json::to_value(&info.tallies).unwrap(),
        );
    }
    if let Some(layout) = info.layout {
        a.insert("layout".into(), json!(layout.as_str()));
    }
    if !g.studies().is_empty() {
        a.insert("studies".into(), serde_json::to_value(g.studies()).unwrap());
    }
    Value::Object(a)
}

/// GraphML carries lists as JSON text: parse those values before comparing.
fn parse_json_strings(attrs: &mut Value) {
    for key in [
        "citations",
        "observations",
        "passages",
        "domain_subjects",
        "tallies",
        "studies",
    ] {
        if let Some(Value::String(s)) = attrs.get(key) {
            let parsed: Value = serde_json::from_str(s).unwrap();
            attrs[key] = parsed;
        }
    }
}

fn check_networkx(g: &MechanismGraph, format: &str, text: &str) {
    let graphml = format == "graphml";
    let out: Value = serde_json::from_str(&run(
        "python3",
        &[&consumer_script("networkx_read.py"), format],
        text,
    ))
    .unwrap();
    assert_eq!(out["type"], "DiGraph", "{format}");
    let mut graph_attrs = out["graph"].clone();
    if graphml {
        parse_json_strings(&mut graph_attrs);
    }
    assert_eq!(graph_attrs, expected_graph(g), "{format}: graph attributes");
    let nodes = out["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), g.mechanism_count(), "{format}");
    for (m, n) in g.mechanisms().iter().zip(nodes) {
        assert_eq!(n[0], m.id.as_str(), "{format}: node order");
        let mut attrs = n[1].clone();
        if graphml {
            parse_json_strings(&mut attrs);
        }
        assert_eq!(attrs, expected_node(m, graphml), "{format}: node {}", m.id);
    }
    let edges = out["edges"].as_array().unwrap();
    assert_eq!(edges.len(), g.link_count(), "{format}");
    let by_pair: BTreeMap<(String, String), Value> = edges
        .iter()
        .map(|e| {
            let mut attrs = e[2].clone();
            if graphml {
                parse_json_strings(&mut attrs);
            }
            (
                (
                    e[0].as_str().unwrap().to_owned(),
                    e[1].as_str().unwrap().to_owned(),
                ),
                attrs,
            )
        })
        .collect();
    for l in g.links() {
        let key = (l.from.to_string(), l.to.to_string());
        let attrs = by_pair
            .get(&key)
            .unwrap_or_else(|| panic!("{format}: link {key:?} missing"));
        assert_eq!(attrs, &expected_edge(l, graphml), "{format}: link {key:?}");
    }
}

#[test]
fn graphml_is_read_by_networkx_with_every_attribute() {
    if !have_python_module("networkx") {
        return;
    }
    for (_, g) in graphs() {
        check_networkx(&g, "graphml", &graphml(&g, &GraphMlOptions::default()));
    }
}

#[test]
fn node_link_json_is_read_by_networkx_with_every_attribute() {
    if !have_python_module("networkx") {
        return;
    }
    for (_, g) in graphs() {
        check_networkx(&g, "nodelink", &node_link(&g, &NodeLinkOptions::default()));
    }
}

#[test]
fn graphml_rewritten_by_networkx_reads_back_into_the_same_model() {
    if !have_python_module("networkx") {
        return;
    }
    for (name, g) in graphs() {
        let text = graphml(&g, &GraphMlOptions::default());
        let rewritten = run(
            "python3",
            &[&consumer_script("networkx_read.py"), "graphml-rewrite"],
            &text,
        );
        assert_ne!(rewritten, text, "networkx writes its own key ids and order");
        let back = isp_moc::io::from_graphml(&rewritten).unwrap();
        // networkx drops empty values (an empty note), writes carriage returns raw (which
        // XML reads as line feeds) and writes links grouped by source
        let cr = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
        let note = |n: Option<String>| n.filter(|n| !n.is_empty()).map(|n| cr(&n));
        let isp_moc::ModelParts {
            info,
            mechanisms,
            mut links,
            ..
        } = back.into_parts();
        let mut expected_info = g.info().clone();
        expected_info.name = cr(&expected_info.name);
        expected_info.description = cr(&expected_info.description);
        expected_info.source = expected_info.source.map(|s| cr(&s));
        assert_eq!(info, expected_info, "{name}");
        let mut expected_mechanisms = g.mechanisms().to_vec();
        for m in &mut expected_mechanisms {
            m.label = cr(&m.label);
            m.description = cr(&m.description);
            m.note = note(m.note.take());
        }
        assert_eq!(mechanisms, expected_mechanisms, "{name}");
        let mut expected_links = g.links().to_vec();
        for l in &mut expected_links {
            l.note = note(l.note.take());
        }
        let key = |l: &Link| (l.from.clone(), l.to.clone());
        links.sort_by_key(key);
        expected_links.sort_by_key(key);
        assert_eq!(links, expected_links, "{name}");
    }
}

#[test]
fn graphml_characters_xml_cannot_hold_become_replacement_characters() {
    let g = build(
        vec![Mechanism::new(
            "a",
            "bell\u{7} nul\u{0} fffe\u{FFFE}",
            Category::reasoning(ReasoningType::Capability),
        )],
        vec![],
    )
    .unwrap();
    let text = graphml(&g, &GraphMlOptions::default());
    assert!(text.contains(">bell\u{FFFD} nul\u{FFFD} fffe\u{FFFD}</data>"));
    if have_python_module("networkx") {
        let out = run(
            "python3",
            &[&consumer_script("networkx_read.py"), "graphml"],
            &text,
        );
        assert!(out.contains("bell\u{FFFD} nul\u{FFFD} fffe\u{FFFD}"));
    }
}

#[test]
fn mermaid_legend_explains_styled_fills_instead_of_the_groups() {
    let g = drawing_models::signed();
    let gold = Color::rgb(0xff, 0xd7, 0x00);
    let mut o = DrawOptions::default();
    o.styles = Styles::new()
        .with_mechanism("burnout", Style::new().with_fill(gold))
        .with_key(gold, "flagged by the team");
    let text = mermaid(&g, &o);
    let key = text
        .lines()
        .find(|l| l.contains("[\"flagged by the team\"]"))
        .unwrap();
    let id = key.trim().split('[').next().unwrap();
    assert!(
        text.contains(&format!("  style {id} fill:#ffd700,")),
        "{text}"
    );
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    let legend = mermaid_legend(&text);
    let texts: Vec<&str> = legend.iter().map(|(t, _)| t.as_str()).collect();
    let mut expected: Vec<&str> = drawing_models::SIGNED_LEGEND.to_vec();
    expected.push("flagged by the team");
    assert_eq!(texts, expected);
}

#[test]
fn mermaid_legend_explains_styled_outlines_and_lines() {
    let g = drawing_models::signed();
    let thick = Style::new()
        .with_stroke(Color::rgb(0xc0, 0x39, 0x2b))
        .with_emphasis(Emphasis::Strong);
    let mut o = DrawOptions::default();
    o.styles = Styles::new()
        .with_mechanism("burnout", thick.clone())
        .with_mechanism_key(thick.clone(), "to discuss first")
        .with_link_key(thick, "the step we test")
        .with_link_key(Style::new(), "plain");
    let text = mermaid(&g, &o);
    let outline = text
        .lines()
        .find(|l| l.contains("[\"to discuss first\"]"))
        .unwrap();
    // `LEGEND_i ~~~ LEGEND_j["..."]`: the sample is the node the line declares
    let id = outline
        .split('[')
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap();
    assert!(
        text.contains(&format!(
            "  style {id} fill:#ffffff,stroke:#c0392b,color:#000000,stroke-width:3px,font-weight:bold\n"
        )),
        "{text}"
    );
    if !have_node_modules(&["mermaid", "jsdom"]) {
        return;
    }
    let legend = mermaid_legend(&text);
    let texts: Vec<&str> = legend.iter().map(|(t, _)| t.as_str()).collect();
    // no fill is set, so the group samples stay; the drawing's own keys, then the styles'
    let groups = [
        "Context (CFIR)",
        "ISP resources",
        "Relational",
        "Opportunity",
    ];
    assert_eq!(texts[..4], groups);
    let mut expected: Vec<&str> = drawing_models::SIGNED_LEGEND.to_vec();
    expected.extend(["to discuss first", "the step we test", "plain"]);
    assert_eq!(texts[texts.len() - expected.len()..], expected);
    let line = &legend[legend.len() - 2].1;
    assert!(
        line["style"].to_string().contains("stroke:#c0392b"),
        "{line}"
    );
    assert!(
        line["style"].to_string().contains("stroke-width:3px"),
        "{line}"
    );
}

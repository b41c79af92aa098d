//! The DOT export: deterministic, escaped, and rendered by the real Graphviz `dot`.

mod common;

use common::tools::{have, run};
use common::*;
use isp_moc::catalog::figure2;
use isp_moc::export::{dot, DrawOptions};
use isp_moc::model::{Category, Mechanism};
use isp_moc::vocab::ReasoningType;

#[test]
fn figure2_renders_with_graphviz() {
    let text = dot(&figure2(), &DrawOptions::default());
    if !have("dot", "-V") {
        return;
    }
    let svg = run("dot", &["-Tsvg"], &text);
    assert!(svg.contains("<svg"));
    for m in figure2().mechanisms() {
        assert!(
            svg.contains(&format!("<title>{}</title>", m.id)),
            "node {} drawn",
            m.id
        );
    }
}

#[test]
fn output_is_deterministic_and_complete() {
    let g = figure2();
    let a = dot(&g, &DrawOptions::default());
    assert_eq!(a, dot(&figure2(), &DrawOptions::default()));
    for m in g.mechanisms() {
        assert_eq!(
            a.matches(&format!("    \"{}\" [label=", m.id)).count(),
            1,
            "{}",
            m.id
        );
    }
    for l in g.links() {
        assert!(
            a.contains(&format!("\"{}\" -> \"{}\" [", l.from, l.to)),
            "{} -> {}",
            l.from,
            l.to
        );
    }
    // layout: the paper's columns, context dashed, hindering evidence visible
    for cluster in [
        "cluster_context",
        "cluster_resource",
        "cluster_relational",
        "cluster_capability",
        "cluster_opportunity",
        "cluster_motivation",
        "cluster_outcome",
    ] {
        assert!(a.contains(cluster), "{cluster}");
    }
    let context_edge = a
        .lines()
        .find(|l| l.contains("\"leadership_support\" -> \"isp_skills\""))
        .unwrap();
    assert!(context_edge.contains("dashed"));
    let hindered = a
        .lines()
        .find(|l| l.contains("\"isp_attitudes\" -> \"empowerment\""))
        .unwrap();
    assert!(hindered.contains("1 hindering") && hindered.contains("#c0392b"));
}

#[test]
fn options_drop_context_and_evidence() {
    let mut o = DrawOptions::default();
    o.context = false;
    o.evidence = false;
    o.title = Some("Just the mechanisms".into());
    let text = dot(&figure2(), &o);
    assert!(!text.contains("cluster_context") && !text.contains("leadership_support"));
    assert!(!text.contains("label=\"n="));
    assert!(text.starts_with("digraph \"Just the mechanisms\""));
}

#[test]
fn hostile_labels_are_escaped_and_survive_graphviz() {
    let label = "Say \"hi\" \\ {not a block}; <b>html</b>\nsecond line — ünïcode";
    let g = build(
        vec![
            Mechanism::new("a", label, Category::reasoning(ReasoningType::Relational)),
            reasoning("b"),
        ],
        vec![leads("a", "b")],
    )
    .unwrap();
    let text = dot(&g, &DrawOptions::default());
    if !have("dot", "-V") {
        return;
    }
    // Graphviz parses it and keeps the label escapes (`\\`, `\n`) for rendering ...
    let json = run("dot", &["-Tjson"], &text);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let objects = v["objects"].as_array().unwrap();
    let node = objects.iter().find(|o| o["name"] == "a").unwrap();
    assert_eq!(
        node["label"].as_str().unwrap(),
        label.replace('\\', "\\\\").replace('\n', "\\n")
    );
    // ... and draws exactly our two lines of text
    let svg = run("dot", &["-Tsvg"], &text);
    assert!(
        svg.contains(">Say &quot;hi&quot; \\ {not a block}; &lt;b&gt;html&lt;/b&gt;<"),
        "{svg}"
    );
    assert!(svg.contains(">second line — ünïcode<"), "{svg}");
}

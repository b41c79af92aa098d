//! The DOT export: deterministic, escaped, and rendered by the real Graphviz `dot`.

mod common;

use common::tools::{have, run};
use common::*;
use isp_moc::catalog::figure2;
use isp_moc::export::{dot, DrawOptions};
use isp_moc::model::{Category, Link, Mechanism, Relation};
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

// ----- layout, polarity, legend and styles, checked on what Graphviz laid out -----

mod drawing_models;

use drawing_models::{forwards, signed, FORWARDS_RANKS, SIGNED_GROUPS, SIGNED_LEGEND};
use isp_moc::export::{Color, Emphasis, Layout, Style, Styles};
use isp_moc::MechanismGraph;
use serde_json::Value;

/// The `{ rank=same; ... }` groups of the text, in order (legend excluded).
fn rank_groups(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| !l.contains("LEGEND"))
        .filter_map(|l| l.trim().strip_prefix("{ rank=same; "))
        .map(|l| {
            l.trim_end_matches(" }")
                .split("; ")
                .map(|id| id.trim_matches('"').to_owned())
                .collect()
        })
        .collect()
}

/// What Graphviz laid out (`dot -Tjson`), or `None` when `dot` is not installed.
fn laid_out(text: &str) -> Option<Value> {
    if !have("dot", "-V") {
        return None;
    }
    Some(serde_json::from_str(&run("dot", &["-Tjson"], text)).unwrap())
}

/// The x coordinate Graphviz gave node `name`.
fn x(layout: &Value, name: &str) -> f64 {
    let node = layout["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("{name} not laid out"));
    node["pos"]
        .as_str()
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The legend Graphviz laid out: the texts of its entries, top to bottom.
fn legend_texts(layout: &Value) -> Vec<String> {
    let objects = layout["objects"].as_array().unwrap();
    let mut entries: Vec<(f64, String)> = objects
        .iter()
        .filter(|o| {
            let name = o["name"].as_str().unwrap_or("");
            name.starts_with("LEGEND_") && !name.ends_with("_from")
        })
        .map(|o| {
            let y: f64 = o["pos"]
                .as_str()
                .unwrap()
                .split(',')
                .nth(1)
                .unwrap()
                .parse()
                .unwrap();
            (
                -y,
                o["label"]
                    .as_str()
                    .unwrap()
                    .trim_end_matches("\\l")
                    .to_owned(),
            )
        })
        .collect();
    entries.sort_by(|a, b| a.0.total_cmp(&b.0));
    entries.into_iter().map(|(_, t)| t).collect()
}

/// The attributes Graphviz read for the link `from` -> `to`.
fn edge<'v>(layout: &'v Value, from: &str, to: &str) -> &'v Value {
    let objects = layout["objects"].as_array().unwrap();
    let id = |name: &str| {
        objects
            .iter()
            .find(|o| o["name"] == name)
            .map(|o| o["_gvid"].clone())
            .unwrap()
    };
    let (tail, head) = (id(from), id(to));
    layout["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["tail"] == tail && e["head"] == head && e["style"] != "invis")
        .unwrap_or_else(|| panic!("{from} -> {to} not drawn"))
}

fn with_layout(layout: Layout) -> DrawOptions {
    let mut o = DrawOptions::default();
    o.layout = Some(layout);
    o
}

#[test]
fn a_model_that_is_not_figure_2_draws_forwards_by_rank() {
    let g = forwards();
    assert_eq!(g.info().layout, None);
    let text = dot(&g, &DrawOptions::default());
    assert_eq!(
        text,
        dot(&g, &with_layout(Layout::Ranks)),
        "ranks by default"
    );
    assert_eq!(rank_groups(&text), FORWARDS_RANKS.map(|r| r.to_vec()));
    assert!(!text.contains("cluster_relational"), "no columns");
    // the feedback link does not constrain the layout; the others do
    let feedback = text
        .lines()
        .find(|l| l.contains("\"fidelity\" -> \"alliance\" ["))
        .unwrap();
    assert!(feedback.ends_with(", constraint=false];"), "{feedback}");
    assert_eq!(text.matches("constraint=false").count(), 1);
    let Some(layout) = laid_out(&text) else {
        return;
    };
    let order = ["coaching", "alliance", "engagement", "skill", "fidelity"];
    for pair in order.windows(2) {
        assert!(
            x(&layout, pair[0]) < x(&layout, pair[1]),
            "{} before {}",
            pair[0],
            pair[1]
        );
    }
    // the context factor sits just before what it conditions
    assert!(x(&layout, "leadership") < x(&layout, "engagement"));
    assert_eq!(x(&layout, "leadership"), x(&layout, "alliance"));
    // and the legend after the model
    assert!(legend_texts(&layout).contains(&"Relational".to_owned()));
    assert!(x(&layout, "LEGEND_0") > x(&layout, "fidelity"));
}

#[test]
fn figure_2_keeps_the_papers_columns_and_any_model_can_ask_for_them() {
    let g = figure2();
    let text = dot(&g, &DrawOptions::default());
    assert_eq!(text, dot(&g, &with_layout(Layout::Columns)));
    assert_eq!(rank_groups(&text).len(), 7, "one rank per column");
    // Figure 2 by rank: its own structure, no column clusters
    let ranked = dot(&g, &with_layout(Layout::Ranks));
    assert!(!ranked.contains("subgraph \"cluster_resource\""));
    let groups = rank_groups(&ranked);
    let rank_of = |id: &str| {
        groups
            .iter()
            .position(|r| r.iter().any(|m| m == id))
            .unwrap()
    };
    assert!(rank_of("isp_skills") < rank_of("trust"));
    assert!(rank_of("trust") < rank_of("meaningful_learning"));
    assert!(rank_of("meaningful_learning") < rank_of("implementation_behaviour"));
    assert_eq!(
        groups.iter().map(Vec::len).sum::<usize>(),
        g.mechanism_count()
    );
    // a user model in the paper's columns: motivation drawn before capability, as asked
    let columns = dot(&forwards(), &with_layout(Layout::Columns));
    let groups = rank_groups(&columns);
    assert_eq!(groups[2], ["alliance"]);
    assert_eq!(groups[3], ["skill"]);
    assert_eq!(groups[4], ["engagement"]);
    assert!(columns.contains("subgraph \"cluster_motivation\""));
    assert!(!columns.contains("constraint=false"));
    if let Some(layout) = laid_out(&ranked) {
        assert!(x(&layout, "isp_skills") < x(&layout, "implementation_behaviour"));
    }
}

#[test]
fn cycles_are_broken_without_stretching_the_ranks() {
    // a → b → c → a, and c → d → b: two loops through b
    let g = small(&[
        ("a", "b"),
        ("b", "c"),
        ("c", "a"),
        ("c", "d"),
        ("d", "b"),
        ("d", "e"),
    ]);
    let text = dot(&g, &DrawOptions::default());
    assert_eq!(
        rank_groups(&text),
        [vec!["a"], vec!["b"], vec!["c"], vec!["d"], vec!["e"]]
    );
    for (from, to) in [("c", "a"), ("d", "b")] {
        let line = text
            .lines()
            .find(|l| l.contains(&format!("\"{from}\" -> \"{to}\" [")))
            .unwrap();
        assert!(line.contains("constraint=false"), "{line}");
    }
    assert_eq!(text.matches("constraint=false").count(), 2);
    if let Some(layout) = laid_out(&text) {
        assert!(x(&layout, "a") < x(&layout, "b") && x(&layout, "d") < x(&layout, "e"));
    }
}

#[test]
fn polarity_is_drawn_and_in_the_legend() {
    let g = signed();
    let text = dot(&g, &DrawOptions::default());
    let line = |from: &str, to: &str| {
        text.lines()
            .find(|l| l.contains(&format!("\"{from}\" -> \"{to}\" [")) && !l.contains("invis"))
            .unwrap()
            .to_owned()
    };
    for (from, to, head, label) in [
        (
            "coaching",
            "burnout",
            "arrowhead=teenormal",
            "label=\"−, n=3\"",
        ),
        // no count reported: no `n=`
        ("burnout", "fidelity", "arrowhead=teedot", "label=\"−\""),
        (
            "time",
            "fidelity",
            "arrowhead=lteenormal",
            "label=\"±, n=0\"",
        ),
        (
            "turnover",
            "alliance",
            "arrowhead=teeodiamond",
            "label=\"−\"",
        ),
        ("mandate", "time", "arrowhead=lteeodiamond", "label=\"±\""),
    ] {
        let l = line(from, to);
        assert!(l.contains(head) && l.contains(label), "{l}");
    }
    // no count, no sign, no finding: no label at all
    let plain = line("coaching", "alliance");
    assert!(
        plain.contains("arrowhead=normal") && !plain.contains("label="),
        "{plain}"
    );
    let Some(layout) = laid_out(&text) else {
        return;
    };
    assert_eq!(
        edge(&layout, "turnover", "alliance")["arrowhead"],
        "teeodiamond"
    );
    assert_eq!(edge(&layout, "turnover", "alliance")["style"], "dashed");
    assert_eq!(
        edge(&layout, "coaching", "burnout")["arrowhead"],
        "teenormal"
    );
    let mut expected: Vec<String> = SIGNED_GROUPS.iter().map(|s| s.to_string()).collect();
    expected.extend(SIGNED_LEGEND.iter().map(|s| s.to_string()));
    assert_eq!(legend_texts(&layout), expected);
    // each sample is drawn as the links it explains
    let sample = |text: &str| {
        let objects = layout["objects"].as_array().unwrap();
        let node = objects
            .iter()
            .find(|o| o["label"].as_str().unwrap_or("").trim_end_matches("\\l") == text)
            .unwrap();
        layout["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["head"] == node["_gvid"])
            .unwrap()
            .clone()
    };
    assert_eq!(
        sample("moderates, negative (−)")["arrowhead"],
        "teeodiamond"
    );
    assert_eq!(sample("moderates, negative (−)")["style"], "dashed");
    assert_eq!(sample("leads to, mixed (±)")["arrowhead"], "lteenormal");
    assert_eq!(sample("with hindering findings")["color"], "#c0392b");
}

#[test]
fn the_legend_lists_only_what_the_drawing_uses_and_can_be_turned_off() {
    let text = dot(&figure2(), &DrawOptions::default());
    let legend: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("shape=plaintext"))
        .map(|l| {
            l.split("label=\"")
                .nth(1)
                .unwrap()
                .split("\\l\"")
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        legend,
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
    // no element groups in the column layout (its headings say them)
    assert!(!text.contains("\"LEGEND_0\" [label=\"Relational\""));
    // without evidence in the labels, no key for `n=`
    let mut bare = DrawOptions::default();
    bare.evidence = false;
    assert!(!dot(&figure2(), &bare).contains("publications reported"));
    // weights get a key where a drawn link has one
    assert!(!text.contains("the link's weight"));
    let relational =
        |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
    let weighted = MechanismGraph::builder()
        .mechanisms(["a", "b"].map(relational))
        .link(Link::new("a", "b", Relation::LeadsTo).with_weight(0.5))
        .build()
        .unwrap();
    let drawn = dot(&weighted, &DrawOptions::default());
    assert!(drawn.contains("label=\"w=\"") && drawn.contains("the link's weight"));
    assert!(drawn.contains("label=\"w=0.5\""), "{drawn}");
    // without context factors their styles leave the legend
    let mut o = DrawOptions::default();
    o.context = false;
    let text = dot(&figure2(), &o);
    assert!(!text.contains("moderates") && !text.contains("from a context factor"));
    o.legend = false;
    let text = dot(&figure2(), &o);
    assert!(!text.contains("LEGEND") && !text.contains("cluster_legend"));
    // a model with nothing to explain gets no legend
    let empty = MechanismGraph::builder().build().unwrap();
    assert!(!dot(&empty, &DrawOptions::default()).contains("LEGEND"));
}

#[test]
fn styles_colour_emphasise_and_annotate_and_are_escaped() {
    let note = "barrier \"rated −2\" \\ {x}; <b>\nsecond";
    let mut o = DrawOptions::default();
    o.styles = Styles::new()
        .with_mechanism(
            "alliance",
            Style::new()
                .with_fill(Color::rgb(0xff, 0xd7, 0x00))
                .with_stroke("#C0392B".parse().unwrap())
                .with_emphasis(Emphasis::Strong)
                .with_note(note),
        )
        .with_mechanism("skill", Style::new().with_emphasis(Emphasis::Faint))
        .with_mechanism("engagement", Style::new().with_note(""))
        .with_link(
            "alliance",
            "engagement",
            Style::new()
                .with_stroke(Color::rgb(0, 0x66, 0xcc))
                .with_emphasis(Emphasis::Strong)
                .with_note(note),
        )
        .with_link(
            "fidelity",
            "alliance",
            Style::new().with_emphasis(Emphasis::Faint),
        )
        // styles naming nothing drawn are skipped (and reported by `check`)
        .with_mechanism("no_such", Style::new().with_note("x"))
        .with_link("skill", "alliance", Style::new().with_note("x"));
    let g = forwards();
    assert_eq!(o.styles.check(&g).unwrap_err().problems().len(), 2);
    let text = dot(&g, &o);
    let node = text
        .lines()
        .find(|l| l.starts_with("  \"alliance\" ["))
        .unwrap();
    for attr in [
        "fillcolor=\"#ffd700\"",
        "color=\"#c0392b\"",
        "penwidth=3",
        "fontname=\"Helvetica-Bold\"",
    ] {
        assert!(node.contains(attr), "{attr}: {node}");
    }
    let faint = text
        .lines()
        .find(|l| l.starts_with("  \"skill\" ["))
        .unwrap();
    for attr in [
        "fillcolor=\"#d9eed566\"",
        "color=\"#00000055\"",
        "fontcolor=\"#999999\"",
    ] {
        assert!(faint.contains(attr), "{attr}: {faint}");
    }
    let link = text
        .lines()
        .find(|l| l.contains("\"alliance\" -> \"engagement\" ["))
        .unwrap();
    assert!(
        link.contains("color=\"#0066cc\", fontcolor=\"#0066cc\", penwidth=3"),
        "{link}"
    );
    let feedback = text
        .lines()
        .find(|l| l.contains("\"fidelity\" -> \"alliance\" ["))
        .unwrap();
    assert!(feedback.contains("color=\"#88888844\""), "{feedback}");
    assert!(!text.contains("no_such") && !text.contains("\"skill\" -> \"alliance\""));
    assert!(
        text.contains("  \"engagement\" [label=\"engagement\", "),
        "an empty note adds nothing"
    );
    // Graphviz reads the note back as written, on its own line
    let Some(layout) = laid_out(&text) else {
        return;
    };
    let escaped = |s: &str| s.replace('\\', "\\\\").replace('\n', "\\n");
    let node = layout["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "alliance")
        .unwrap();
    assert_eq!(
        node["label"].as_str().unwrap(),
        escaped(&format!("alliance\n{note}"))
    );
    assert_eq!(node["fillcolor"], "#ffd700");
    let link = edge(&layout, "alliance", "engagement");
    assert_eq!(link["label"].as_str().unwrap(), escaped(note));
    assert_eq!(link["color"], "#0066cc");
    let svg = run("dot", &["-Tsvg"], &text);
    assert!(
        svg.contains(">barrier &quot;rated −2&quot; \\ {x}; &lt;b&gt;<"),
        "{svg}"
    );
}

#[test]
fn styled_fills_replace_the_group_samples_in_the_legend_with_their_keys() {
    let g = signed();
    let gold = Color::rgb(0xff, 0xd7, 0x00);
    let mut o = DrawOptions::default();
    // a key alone explains a colour and keeps the groups (no mechanism is refilled)
    o.styles = Styles::new().with_key(gold, "flagged by the team");
    let text = dot(&g, &o);
    assert!(text.contains("label=\"Relational\""), "group samples kept");
    // a fill set on a mechanism: the groups' colours no longer hold
    o.styles = o
        .styles
        .with_mechanism("burnout", Style::new().with_fill(gold));
    let text = dot(&g, &o);
    assert!(
        !text.contains("label=\"Relational\""),
        "group samples left out"
    );
    let Some(layout) = laid_out(&text) else {
        return;
    };
    let mut expected: Vec<String> = SIGNED_LEGEND.iter().map(|s| s.to_string()).collect();
    expected.push("flagged by the team".to_owned());
    assert_eq!(legend_texts(&layout), expected);
    let objects = layout["objects"].as_array().unwrap();
    let filled = |label: &str| {
        objects
            .iter()
            .find(|o| o["label"] == label || o["name"] == label)
            .unwrap()["fillcolor"]
            .clone()
    };
    assert_eq!(filled("flagged by the team"), "#ffd700");
    assert_eq!(filled("burnout"), "#ffd700");
}

#[test]
fn styled_outlines_and_lines_have_legend_keys() {
    let g = signed();
    let red = Color::rgb(0xc0, 0x39, 0x2b);
    let thick = Style::new()
        .with_stroke(red)
        .with_emphasis(Emphasis::Strong);
    let mut o = DrawOptions::default();
    o.styles = Styles::new()
        .with_mechanism("burnout", thick.clone())
        .with_mechanism_key(thick.clone(), "to discuss first")
        .with_link_key(thick, "the step we test");
    let text = dot(&g, &o);
    // no fill is set, so the group samples stay
    assert!(text.contains("label=\"Relational\""), "{text}");
    let Some(layout) = laid_out(&text) else {
        return;
    };
    let texts = legend_texts(&layout);
    // mechanism keys, then link keys, after the drawing's own
    assert_eq!(
        texts[texts.len() - 2..],
        ["to discuss first".to_owned(), "the step we test".to_owned()],
        "{texts:?}"
    );
    let objects = layout["objects"].as_array().unwrap();
    let outline = objects
        .iter()
        .find(|o| o["label"] == "to discuss first")
        .unwrap();
    assert_eq!(outline["color"], "#c0392b");
    assert_eq!(outline["penwidth"], "3");
    assert_eq!(outline["fillcolor"], "#ffffff");
    let line_node = objects
        .iter()
        .find(|o| o["label"].as_str() == Some("the step we test\\l"))
        .unwrap()["_gvid"]
        .clone();
    let line = layout["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["head"] == line_node)
        .unwrap();
    assert_eq!(line["color"], "#c0392b");
    assert_eq!(line["penwidth"], "3");
}

#[test]
fn link_tooltips_read_as_sentences() {
    let text = dot(&isp_moc::catalog::figure2(), &DrawOptions::default());
    assert!(
        text.contains("tooltip=\"trust is a precondition of meaningful_learning (text)"),
        "{text}"
    );
    assert!(text.contains("tooltip=\"meaningful_learning leads to self_efficacy (text)"));
}

/// A factor moderating one link (link-level moderation) is drawn as path diagrams draw
/// it: a dashed line from the factor into a junction point on the link, not only named in
/// the link's label (it floated unconnected before).
#[test]
fn link_level_moderation_is_a_line_into_the_link() {
    let g = build(
        vec![
            resource("r"),
            reasoning("a"),
            reasoning("b"),
            outcome("o"),
            context("time"),
        ],
        vec![
            leads("r", "a"),
            leads("a", "b").with_moderator("time"),
            leads("b", "o"),
        ],
    )
    .unwrap();
    let text = dot(&g, &DrawOptions::default());
    let line = |start: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no line starting {start}:\n{text}"))
            .to_owned()
    };
    assert!(line("\"a->b\" [").contains("shape=point"));
    assert!(line("\"a\" -> \"a->b\" [").contains("arrowhead=none"));
    assert!(line("\"a->b\" -> \"b\" [").contains("arrowhead=normal"));
    let moderation = line("\"time\" -> \"a->b\" [");
    assert!(
        moderation.contains("style=\"dashed\", arrowhead=odiamond"),
        "{moderation}"
    );
    // the line says it, so the label does not; the tooltip still does
    assert!(!text.contains("label=\"moderated by"), "{text}");
    assert!(line("\"a\" -> \"a->b\" [").contains("; moderated by time"));
    // the link is drawn only through the point (a straight invisible edge may order ranks)
    assert!(
        text.lines()
            .filter(|l| l.contains("\"a\" -> \"b\" ["))
            .all(|l| l.contains("style=invis")),
        "{text}"
    );
    if let Some(layout) = laid_out(&text) {
        assert!(x(&layout, "a") < x(&layout, "a->b") && x(&layout, "a->b") < x(&layout, "b"));
        edge(&layout, "time", "a->b");
        // the moderation head is in the legend though no link's relation is `moderates`
        assert!(
            legend_texts(&layout).contains(&"moderates".to_owned()),
            "{:?}",
            legend_texts(&layout)
        );
    }

    // for web pages: each half, the point and the factor's line has its own SVG id
    let mut svg = DrawOptions::default();
    svg.svg_attributes = true;
    let text = dot(&g, &svg);
    for id in [
        "link-a-b",
        "link-a-b-head",
        "junction-a-b",
        "moderation-time-a-b",
    ] {
        assert_eq!(
            text.matches(&format!("id=\"{id}\"")).count(),
            1,
            "{id}:\n{text}"
        );
    }
    if have("dot", "-V") {
        let drawn = run("dot", &["-Tsvg"], &text);
        for id in [
            "link-a-b",
            "link-a-b-head",
            "junction-a-b",
            "moderation-time-a-b",
        ] {
            // Graphviz writes `-` in ids as `&#45;`
            let id = id.replace('-', "&#45;");
            assert!(drawn.contains(&format!("id=\"{id}\"")), "{id}");
        }
    }

    // without context factors there is no factor to draw a line from: the label names it
    let mut no_context = DrawOptions::default();
    no_context.context = false;
    let text = dot(&g, &no_context);
    assert!(!text.contains("a->b"), "{text}");
    assert!(text.contains("label=\"moderated by time\""), "{text}");
}

/// A moderated link that closes a feedback loop does not constrain the layout, so it has
/// no junction to place: its label names the factor.
#[test]
fn a_moderated_feedback_link_names_its_factor_in_the_label() {
    let g = build(
        vec![reasoning("a"), reasoning("b"), context("time")],
        vec![leads("a", "b"), leads("b", "a").with_moderator("time")],
    )
    .unwrap();
    let text = dot(&g, &DrawOptions::default());
    assert!(!text.contains("->a\""), "{text}");
    let back = text
        .lines()
        .find(|l| l.contains("\"b\" -> \"a\" ["))
        .unwrap();
    assert!(back.contains("constraint=false"), "{back}");
    assert!(back.contains("label=\"moderated by time\""), "{back}");
}

/// A loop through an outcome is broken at the outcome's own link (outcome → reasoning
/// feedback), not at whichever link the walk met last: the outcome stays rightmost. The
/// walk met `use` (through `lit`) before `own`, and broke `own -> use` before.
#[test]
fn a_loop_through_an_outcome_is_broken_at_the_outcomes_link() {
    let g = build(
        vec![
            resource("r"),
            reasoning("lit"),
            reasoning("own"),
            outcome("use"),
        ],
        vec![
            leads("r", "lit"),
            leads("lit", "use"),
            leads("use", "own"),
            leads("own", "use"),
        ],
    )
    .unwrap();
    let text = dot(&g, &DrawOptions::default());
    let groups = rank_groups(&text);
    assert_eq!(
        groups.last().unwrap(),
        &vec!["use".to_owned()],
        "{groups:?}"
    );
    let line = |from: &str, to: &str| {
        text.lines()
            .find(|l| l.contains(&format!("\"{from}\" -> \"{to}\" [")) && !l.contains("invis"))
            .unwrap()
            .to_owned()
    };
    assert!(line("use", "own").contains("constraint=false"));
    assert!(!line("own", "use").contains("constraint=false"));
    if let Some(layout) = laid_out(&text) {
        assert!(x(&layout, "own") < x(&layout, "use"));
    }
}

/// The resources keep the first rank to themselves: a response that only an outcome feeds
/// back to (and one nothing leads to) goes before what it leads to, but not into the
/// resources' rank (a newcomer's drawing had `peer_norms` among the resources).
#[test]
fn a_response_fed_back_to_by_an_outcome_is_not_drawn_with_the_resources() {
    let g = build(
        vec![
            resource("skills"),
            resource("attitudes"),
            reasoning("commitment"),
            reasoning("peer_norms"),
            reasoning("buy_in"),
            outcome("screening"),
        ],
        vec![
            leads("skills", "commitment"),
            leads("attitudes", "commitment"),
            leads("commitment", "screening"),
            leads("screening", "peer_norms"),
            leads("peer_norms", "commitment"),
            leads("buy_in", "commitment"),
        ],
    )
    .unwrap();
    let groups = rank_groups(&dot(&g, &DrawOptions::default()));
    assert_eq!(
        groups,
        [
            vec!["skills", "attitudes"],
            vec!["peer_norms", "buy_in"],
            vec!["commitment"],
            vec!["screening"]
        ],
        "{groups:?}"
    );
}

/// An element with no links does not push the rest of the drawing on: it stays in the
/// first rank (the resources' rank is kept for them only against elements that lead on).
#[test]
fn an_element_without_links_does_not_push_the_ranks_on() {
    let g = build(
        vec![
            resource("r"),
            reasoning("a"),
            reasoning("lonely"),
            outcome("o"),
        ],
        vec![leads("r", "a"), leads("a", "o")],
    )
    .unwrap();
    let groups = rank_groups(&dot(&g, &DrawOptions::default()));
    assert_eq!(
        groups,
        [vec!["r", "lonely"], vec!["a"], vec!["o"]],
        "{groups:?}"
    );
}

//! A model's drawing-layout preference (`ModelInfo::layout`) is optional, set by the
//! catalog for Figure 2, and carried by every file format that carries the model info.

#![cfg(feature = "serde")]

mod common;

use common::*;
use isp_moc::export::{node_link, Layout, NodeLinkOptions};
use isp_moc::io::{from_graphml, from_json, to_graphml, to_json};
use isp_moc::model::ModelInfo;
use isp_moc::{MechanismGraph, MechanismGraphBuilder};

fn model(layout: Option<Layout>) -> MechanismGraph {
    let mut info = ModelInfo::new("m");
    if let Some(l) = layout {
        info = info.with_layout(l);
    }
    MechanismGraphBuilder::new()
        .info(info)
        .mechanism(resource("r"))
        .mechanism(reasoning("a"))
        .link(leads("r", "a"))
        .build()
        .unwrap()
}

#[test]
fn figure2_prefers_the_papers_columns_and_other_models_none() {
    assert_eq!(
        isp_moc::catalog::figure2().info().layout,
        Some(Layout::Columns)
    );
    assert_eq!(model(None).info().layout, None);
}

#[test]
fn the_preference_round_trips_through_json_graphml_and_node_link() {
    for layout in [None, Some(Layout::Ranks), Some(Layout::Columns)] {
        let g = model(layout);
        let json = to_json(&g);
        assert_eq!(
            json.contains("\"layout\""),
            layout.is_some(),
            "absent when unset"
        );
        assert_eq!(from_json(&json).unwrap(), g);
        let xml = to_graphml(&g);
        assert_eq!(from_graphml(&xml).unwrap(), g);
        let doc: serde_json::Value =
            serde_json::from_str(&node_link(&g, &NodeLinkOptions::default())).unwrap();
        assert_eq!(
            doc["graph"].get("layout").and_then(|v| v.as_str()),
            layout.map(Layout::as_str)
        );
    }
    let xml = to_graphml(&model(Some(Layout::Columns)));
    assert!(xml.contains("<data key=\"g_layout\">columns</data>"));
}

#[test]
fn a_misspelt_layout_is_refused_with_a_suggestion() {
    let text = r#"{"format_version": 1, "info": {"name": "m", "layout": "colums"},
        "mechanisms": [], "links": []}"#;
    let err = from_json(text).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 55, model info, at `layout`: unknown drawing layout `colums`; \
         did you mean `columns`? (expected `ranks` or `columns`)"
    );

    let xml = to_graphml(&model(Some(Layout::Ranks))).replace(
        "<data key=\"g_layout\">ranks</data>",
        "<data key=\"g_layout\">rank order</data>",
    );
    let err = from_graphml(&xml).unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown drawing layout `rank order`"),
        "{err}"
    );
}

#[test]
fn layouts_parse_by_id_label_and_alias() {
    for (text, layout) in [
        ("ranks", Layout::Ranks),
        ("Columns", Layout::Columns),
        ("figure 2", Layout::Columns),
    ] {
        assert_eq!(text.parse::<Layout>().unwrap(), layout, "{text}");
    }
    assert_eq!(Layout::ALL, [Layout::Ranks, Layout::Columns]);
}

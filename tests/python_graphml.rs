//! The Python snippet of `docs/MODELLING.md` ("From Python, through GraphML"), run with
//! networkx, writes GraphML that the crate reads back as the model the snippet means.
#![cfg(feature = "serde")]

mod common;

use common::tools::have_python_module;
use isp_moc::model::{Basis, Relation};

/// The first ```python block after the heading in `docs/MODELLING.md`.
fn snippet() -> String {
    let doc = include_str!("../docs/MODELLING.md");
    let section = doc
        .split_once("### From Python, through GraphML")
        .expect("the section is in MODELLING.md")
        .1;
    let code = section.split_once("```python\n").expect("a python block").1;
    code.split_once("```").expect("the block ends").0.to_owned()
}

#[test]
fn the_modelling_guides_networkx_snippet_writes_a_model_the_crate_reads() {
    if !have_python_module("networkx") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("isp_moc_python_graphml_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("snippet.py");
    std::fs::write(&script, snippet()).unwrap();
    let out = std::process::Command::new("python3")
        .arg(&script)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let g = isp_moc::io::read_file(dir.join("leap.graphml")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!((g.mechanism_count(), g.link_count()), (5, 4));
    let first = g
        .link("consultation", "trainee_consultant_alliance")
        .unwrap();
    assert_eq!(
        (first.relation, first.basis),
        (Relation::LeadsTo, Basis::Inferred)
    );
    let moderated = g
        .link("trainee_consultant_alliance", "rsi_focused_learning")
        .unwrap();
    assert_eq!(moderated.weight, Some(0.6));
    assert_eq!(
        moderated.moderators[0].as_str(),
        "competence_of_those_supported"
    );
    assert_eq!(moderated.support(), 1, "one study cited");
    // an int weight beside float weights: networkx declares a key for each type
    assert_eq!(
        g.link("rsi_focused_learning", "rsi_delivery")
            .unwrap()
            .weight,
        Some(1.0)
    );
    assert_eq!(
        g.link("consultation", "rsi_focused_learning")
            .unwrap()
            .evidence
            .publications,
        Some(1)
    );
}

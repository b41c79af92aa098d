//! `docs/MODELLING.md` stays true: its JSON is the shipped file, and that file loads. (Its
//! Rust blocks run as doctests of `isp_moc::_documentation::modelling`.)
#![cfg(feature = "serde")]

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_guides_json_is_the_shipped_model() {
    let guide = std::fs::read_to_string(root().join("docs/MODELLING.md")).unwrap();
    let after = guide
        .split("### In JSON")
        .nth(1)
        .expect("the guide has a JSON section");
    let block = after
        .split("```json\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("the JSON section has a json block");
    let file = std::fs::read_to_string(root().join("examples/models/leap.json")).unwrap();
    assert_eq!(
        format!("{block}\n"),
        file,
        "docs/MODELLING.md and examples/models/leap.json differ"
    );
    let g = isp_moc::io::from_json(block).unwrap();
    assert_eq!(g.info().name, "LEAP consultation model");
    assert_eq!((g.mechanism_count(), g.link_count()), (6, 6));
}

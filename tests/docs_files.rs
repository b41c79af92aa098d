//! The ready-made Figure 2 files under `docs/figure2/` match the built-in catalog.
//! Regenerate them with `cargo run --example regenerate_docs`.

use isp_moc::export::{dot, DotOptions};

fn committed(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/figure2")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const STALE: &str = "docs/figure2 is stale: run `cargo run --example regenerate_docs`";

#[test]
fn dot_file_matches_the_catalog() {
    let g = isp_moc::catalog::figure2();
    assert!(
        committed("figure2.dot") == dot(&g, &DotOptions::default()),
        "{STALE}"
    );
}

#[test]
fn svg_shows_every_element() {
    let svg = committed("figure2.svg");
    assert!(svg.contains("<svg"));
    for m in isp_moc::catalog::figure2().mechanisms() {
        assert!(
            svg.contains(&format!("<title>{}</title>", m.id)),
            "{STALE} ({} missing)",
            m.id
        );
    }
}

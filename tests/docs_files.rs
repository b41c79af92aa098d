//! The ready-made Figure 2 files under `docs/figure2/` and the README's Mermaid block
//! match the built-in catalog. Regenerate them with `cargo run --example regenerate_docs`.

use isp_moc::export::{
    dagitty, dot, graphml, mermaid, DagittyOptions, DrawOptions, GraphMlOptions,
};

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
        committed("figure2.dot") == dot(&g, &DrawOptions::default()),
        "{STALE}"
    );
}

#[test]
fn svg_shows_every_element() {
    let svg = committed("figure2.svg");
    assert!(svg.contains("<svg"));
    // the legend Graphviz drew, with the mixed moderation Figure 2 has
    assert!(
        svg.contains("<title>cluster_legend</title>"),
        "{STALE} (no legend)"
    );
    assert!(
        svg.contains(">moderates, mixed (±)<"),
        "{STALE} (legend incomplete)"
    );
    for m in isp_moc::catalog::figure2().mechanisms() {
        assert!(
            svg.contains(&format!("<title>{}</title>", m.id)),
            "{STALE} ({} missing)",
            m.id
        );
    }
}

#[test]
fn mermaid_file_matches_the_catalog() {
    let g = isp_moc::catalog::figure2();
    assert!(
        committed("figure2.mmd") == mermaid(&g, &DrawOptions::default()),
        "{STALE}"
    );
}

#[test]
fn graphml_file_matches_the_catalog() {
    let g = isp_moc::catalog::figure2();
    assert!(
        committed("figure2.graphml") == graphml(&g, &GraphMlOptions::default()),
        "{STALE}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn graphml_file_reads_back_into_the_catalog() {
    let g = isp_moc::catalog::figure2();
    assert_eq!(
        isp_moc::io::from_graphml(&committed("figure2.graphml")).unwrap(),
        g
    );
}

#[cfg(feature = "serde")]
#[test]
fn node_link_file_matches_the_catalog() {
    use isp_moc::export::{node_link, NodeLinkOptions};
    let g = isp_moc::catalog::figure2();
    assert!(
        committed("figure2.nodelink.json") == node_link(&g, &NodeLinkOptions::default()),
        "{STALE}"
    );
}

#[test]
fn dagitty_file_matches_the_catalog() {
    let g = isp_moc::catalog::figure2();
    assert!(
        committed("figure2.dagitty") == dagitty(&g, &DagittyOptions::default()),
        "{STALE}"
    );
}

/// The README shows Figure 2 as a ```mermaid block between two marker lines.
#[test]
fn readme_mermaid_block_matches_the_export() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let begin = "<!-- BEGIN figure2-mermaid -->\n```mermaid\n";
    let end = "```\n<!-- END figure2-mermaid -->";
    let start = readme
        .find(begin)
        .expect("README has the BEGIN marker and a mermaid block")
        + begin.len();
    let stop = start
        + readme[start..]
            .find(end)
            .expect("README has the END marker");
    let expected = mermaid(&isp_moc::catalog::figure2(), &DrawOptions::default());
    assert!(
        readme[start..stop] == expected,
        "the README's Mermaid block is stale: run `cargo run --example regenerate_docs`"
    );
    // the block comes after the Figure 2 section
    assert!(readme.find("## Figure 2\n").unwrap() < start);
    // in the paper's columns, with a legend
    assert!(expected.contains("subgraph C_relational") && expected.contains("subgraph LEGEND"));
}

#[cfg(feature = "serde")]
#[test]
fn json_document_matches_the_catalog_and_loads() {
    let g = isp_moc::catalog::figure2();
    let committed = committed("figure2.json");
    assert!(committed == isp_moc::io::to_json(&g), "{STALE}");
    assert_eq!(isp_moc::io::from_json(&committed).unwrap(), g);
}

/// `docs/assessment/`: Figure 2 assessed under the example sites of
/// `examples/data/figure2_sites.csv`, as `regenerate_docs` writes it.
#[cfg(feature = "csv")]
#[test]
fn assessment_docs_match_the_example_sites() {
    use isp_moc::assess::*;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| {
        let path = root.join("docs/assessment").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let stale = "docs/assessment is stale: run `cargo run --example regenerate_docs`";
    let g = isp_moc::catalog::figure2();
    let sites = read_rating_matrix_file(
        root.join("examples/data/figure2_sites.csv"),
        &MatrixOptions::default(),
    )
    .unwrap();
    let options = AssessOptions::default().with_pathways(
        isp_moc::catalog::headline_mechanisms()
            .iter()
            .map(|h| PathwaySet::new(h.title, h.query())),
    );
    let mut report = String::new();
    let mut compared = Vec::new();
    for (i, site) in sites.iter().enumerate() {
        let a = assess(&g, site, &options).unwrap();
        report.push_str(&a.to_markdown(&g));
        report.push('\n');
        let mut draw = DrawOptions::default();
        draw.title = Some(format!("{}: Figure 2 under its context", a.site));
        draw.styles = a.styles();
        let name = site.site.to_lowercase();
        assert!(read(&format!("{name}.dot")) == dot(&g, &draw), "{stale}");
        let svg = read(&format!("{name}.svg"));
        assert!(
            svg.contains(&format!("{}: Figure 2 under its context", site.site)),
            "{stale}"
        );
        for m in &a.mechanisms {
            let fill = m.activation.colour().to_string();
            assert!(
                svg.contains(&fill),
                "{name}.svg lacks the colour of {}",
                m.id
            );
        }
        let outcome = if i == 0 {
            SiteOutcome::High
        } else {
            SiteOutcome::Low
        };
        compared.push((site.clone(), outcome));
    }
    report.push_str(
        &compare_sites(&g, &compared, &options)
            .unwrap()
            .to_markdown(&g),
    );
    assert!(read("report.md") == report, "{stale}");
    // the contrast the example is there to show
    assert!(report.contains("| Clarity of the ISP role | +2 | -2 | strongly distinguishing"));
}

/// `docs/codebook/`: the review's coding scheme with Figure 2's mechanisms.
#[test]
fn codebook_files_match_the_catalog() {
    let book = isp_moc::synth::Codebook::for_model(
        &isp_moc::catalog::figure2(),
        isp_moc::vocab::CfirVersion::Cfir2009,
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/codebook");
    let stale = "docs/codebook is stale: run `cargo run --example regenerate_docs`";
    let read = |name: &str| std::fs::read_to_string(root.join(name)).expect(stale);
    assert_eq!(read("figure2.qdc"), book.to_qdc(), "{stale}");
    assert_eq!(read("figure2-codebook.csv"), book.to_csv(), "{stale}");
}

/// Every model the README shows as a ```json block (those with a `format_version`) loads,
/// so the format examples a newcomer copies cannot drift from what the crate reads.
#[cfg(feature = "serde")]
#[test]
fn readme_json_models_load() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let mut models = 0;
    for block in readme.split("```json\n").skip(1) {
        let json = &block[..block.find("```").unwrap()];
        if !json.contains("\"format_version\"") {
            continue;
        }
        let g = isp_moc::io::from_json(json).unwrap_or_else(|e| panic!("{e}\nin:\n{json}"));
        models += 1;
        if let Ok(link) = g.link("isp_skills", "trust") {
            if json.contains("\"weight\"") {
                assert_eq!(link.weight, Some(0.6));
                assert_eq!(link.moderators, ["protected_time"]);
            }
        }
    }
    assert!(
        models >= 2,
        "the README shows a version-1 and a version-2 model"
    );
}

/// The minimum Rust version the crate docs and the README state is the one `Cargo.toml`
/// declares (the crate docs said 1.85 while `Cargo.toml` had moved to 1.89).
#[test]
fn the_stated_minimum_rust_version_is_the_declared_one() {
    let root = |name: &str| {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name))
            .unwrap()
    };
    let manifest = root("Cargo.toml");
    let declared = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.toml declares rust-version");
    let lib = root("src/lib.rs");
    let stated = lib
        .split("## Minimum supported Rust version\n//!\n//! ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("src/lib.rs states the minimum Rust version");
    assert_eq!(stated, declared);
    assert!(root("README.md").contains(&format!("Rust {declared}.")));
}

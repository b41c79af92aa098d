//! Regenerates the ready-made Figure 2 files under `docs/figure2/` from the built-in
//! catalog, and the Mermaid block of the README (run from the repository root; the SVG
//! needs Graphviz's `dot` on the PATH):
//!
//! ```text
//! cargo run --example regenerate_docs
//! ```
//!
//! It writes `figure2.dot` and `figure2.svg` (Graphviz), `figure2.mmd` (Mermaid),
//! `figure2.graphml` (GraphML, lossless), `figure2.nodelink.json` (networkx node-link
//! JSON) and `figure2.dagitty` (DAGitty), all with the default options, and replaces the
//! README's lines between `<!-- BEGIN figure2-mermaid -->` and `<!-- END figure2-mermaid -->`.
//! `tests/docs_files.rs` fails when any of them drifts from the catalog.
//!
//! It also writes the context assessment of Figure 2 under the two example sites of
//! `examples/data/figure2_sites.csv` to `docs/assessment/`: each site's drawing coloured by
//! standing (`<site>.dot`, `<site>.svg`) and one Markdown report (`report.md`).
//!
//! And every vocabulary as files under `docs/vocab/` (JSON, CSV, the SKOS Turtle and an
//! index), as `isp-moc vocab export -o docs/vocab` does.

#[macro_use]
mod support;

use std::path::Path;
use std::process::Command;

use isp_moc::export::{
    dagitty, dot, graphml, mermaid, DagittyOptions, DrawOptions, GraphMlOptions,
};

/// The README markers around the Mermaid rendering of Figure 2.
const BEGIN: &str = "<!-- BEGIN figure2-mermaid -->";
const END: &str = "<!-- END figure2-mermaid -->";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new("docs").join("figure2");
    std::fs::create_dir_all(&dir)?;
    let g = isp_moc::catalog::figure2();
    let write = |name: &str, text: &str| -> std::io::Result<()> {
        let path = dir.join(name);
        std::fs::write(&path, text)?;
        outln!("wrote {}", path.display());
        Ok(())
    };

    let mmd = mermaid(&g, &DrawOptions::default());
    write("figure2.mmd", &mmd)?;
    write("figure2.graphml", &graphml(&g, &GraphMlOptions::default()))?;
    write("figure2.dagitty", &dagitty(&g, &DagittyOptions::default()))?;
    #[cfg(feature = "serde")]
    {
        use isp_moc::export::{node_link, NodeLinkOptions};
        write(
            "figure2.nodelink.json",
            &node_link(&g, &NodeLinkOptions::default()),
        )?;
        write("figure2.json", &isp_moc::io::to_json(&g))?;
    }

    let readme = std::fs::read_to_string("README.md")?;
    let (Some(begin), Some(end)) = (readme.find(BEGIN), readme.find(END)) else {
        return Err(format!("README.md has no `{BEGIN}` ... `{END}` block").into());
    };
    let updated = format!(
        "{}{BEGIN}\n```mermaid\n{mmd}```\n{}",
        &readme[..begin],
        &readme[end..]
    );
    if updated != readme {
        std::fs::write("README.md", updated)?;
        outln!("updated the Mermaid block of README.md");
    }

    let dot_path = dir.join("figure2.dot");
    std::fs::write(&dot_path, dot(&g, &DrawOptions::default()))?;
    outln!("wrote {}", dot_path.display());
    let svg_path = render_svg(&dot_path)?;
    outln!("wrote {}", svg_path.display());
    #[cfg(feature = "csv")]
    assessment_docs(&g)?;
    codebook_docs(&g)?;
    #[cfg(feature = "serde")]
    vocabulary_docs()?;
    Ok(())
}

/// `docs/codebook/`: the coding scheme of the review with Figure 2's mechanisms, as a
/// REFI-QDA codebook and as CSV, for coders starting in NVivo, ATLAS.ti, MAXQDA or
/// QualCoder.
fn codebook_docs(g: &isp_moc::MechanismGraph) -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new("docs").join("codebook");
    std::fs::create_dir_all(&dir)?;
    let book = isp_moc::synth::Codebook::for_model(g, isp_moc::vocab::CfirVersion::Cfir2009);
    for (name, text) in [
        ("figure2.qdc", book.to_qdc()),
        ("figure2-codebook.csv", book.to_csv()),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, text)?;
        outln!("wrote {}", path.display());
    }
    Ok(())
}

/// `docs/vocab/`: every vocabulary as files.
#[cfg(feature = "serde")]
fn vocabulary_docs() -> std::io::Result<()> {
    let dir = Path::new("docs").join("vocab");
    std::fs::create_dir_all(&dir)?;
    for file in isp_moc::vocab::vocabulary_files() {
        std::fs::write(dir.join(&file.name), &file.text)?;
    }
    outln!("wrote {}", dir.display());
    Ok(())
}

/// Runs Graphviz `dot` on a DOT file, writing the SVG beside it.
fn render_svg(dot_path: &Path) -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    let svg_path = dot_path.with_extension("svg");
    let status = Command::new("dot")
        .arg("-Tsvg")
        .arg(dot_path)
        .arg("-o")
        .arg(&svg_path)
        .status()
        .map_err(|e| format!("cannot run Graphviz `dot` ({e}); install graphviz"))?;
    if !status.success() {
        return Err("dot failed".into());
    }
    Ok(svg_path)
}

/// `docs/assessment/`: Figure 2 assessed under the example sites.
#[cfg(feature = "csv")]
fn assessment_docs(g: &isp_moc::MechanismGraph) -> Result<(), Box<dyn std::error::Error>> {
    use isp_moc::assess::*;
    let dir = Path::new("docs").join("assessment");
    std::fs::create_dir_all(&dir)?;
    let sites =
        read_rating_matrix_file("examples/data/figure2_sites.csv", &MatrixOptions::default())?;
    let options = assessment_options();
    let mut report = String::new();
    let mut compared = Vec::new();
    for (i, site) in sites.iter().enumerate() {
        let a = assess(g, site, &options)?;
        report.push_str(&a.to_markdown(g));
        report.push('\n');
        let path = dir.join(format!("{}.dot", site.site.to_lowercase()));
        std::fs::write(&path, dot(g, &assessment_drawing(&a)))?;
        outln!("wrote {}", path.display());
        outln!("wrote {}", render_svg(&path)?.display());
        let outcome = if i == 0 {
            SiteOutcome::High
        } else {
            SiteOutcome::Low
        };
        compared.push((site.clone(), outcome));
    }
    report.push_str(&compare_sites(g, &compared, &options)?.to_markdown(g));
    let path = dir.join("report.md");
    std::fs::write(&path, report)?;
    outln!("wrote {}", path.display());
    Ok(())
}

/// The options the committed assessment uses: the paper's four headline mechanisms.
#[cfg(feature = "csv")]
fn assessment_options() -> isp_moc::assess::AssessOptions {
    use isp_moc::assess::{AssessOptions, PathwaySet};
    AssessOptions::default().with_pathways(
        isp_moc::catalog::headline_mechanisms()
            .iter()
            .map(|h| PathwaySet::new(h.title, h.query())),
    )
}

/// A site's drawing: Figure 2 coloured by the assessment.
#[cfg(feature = "csv")]
fn assessment_drawing(a: &isp_moc::assess::Assessment) -> DrawOptions {
    let mut draw = DrawOptions::default();
    draw.title = Some(format!("{}: Figure 2 under its context", a.site));
    draw.styles = a.styles();
    draw
}

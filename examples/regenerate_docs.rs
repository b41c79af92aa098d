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
        println!("wrote {}", path.display());
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
        println!("updated the Mermaid block of README.md");
    }

    let dot_path = dir.join("figure2.dot");
    std::fs::write(&dot_path, dot(&g, &DrawOptions::default()))?;
    println!("wrote {}", dot_path.display());
    let svg_path = dir.join("figure2.svg");
    let status = Command::new("dot")
        .arg("-Tsvg")
        .arg(&dot_path)
        .arg("-o")
        .arg(&svg_path)
        .status()
        .map_err(|e| format!("cannot run Graphviz `dot` ({e}); install graphviz"))?;
    if !status.success() {
        return Err("dot failed".into());
    }
    println!("wrote {}", svg_path.display());
    Ok(())
}

//! Regenerates the ready-made Figure 2 files under `docs/figure2/` from the built-in
//! catalog (run from the repository root; the SVG needs Graphviz's `dot` on the PATH):
//!
//! ```text
//! cargo run --example regenerate_docs
//! ```
//!
//! `tests/docs_files.rs` fails when the committed files drift from the catalog.

use std::path::Path;
use std::process::Command;

use isp_moc::export::{dot, DotOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new("docs").join("figure2");
    std::fs::create_dir_all(&dir)?;
    let g = isp_moc::catalog::figure2();
    let dot_path = dir.join("figure2.dot");
    std::fs::write(&dot_path, dot(&g, &DotOptions::default()))?;
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

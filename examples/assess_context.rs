//! Assesses the paper's Figure 2 under two contrasting sites' context, rated as a CFIR
//! rating matrix: Northside, with strong leadership support, protected time and a clear
//! ISP role; Eastside, with an unclear ISP role, leadership turnover and no resources.
//! Prints each site's report and the factors to address first, compares the sites, and
//! writes each site's drawing, coloured by standing, as DOT.
//!
//! ```text
//! cargo run --example assess_context                      # examples/data/figure2_sites.csv
//! cargo run --example assess_context -- my_sites.csv out/  # another matrix, DOT files in out/
//! dot -Tsvg target/assess_context/eastside.dot -o eastside.svg
//! ```
//!
//! The matrix's first row names the sites, each further row rates a CFIR 2009 construct (by
//! name) or a context factor of Figure 2 (by id). Problems in the file are all reported,
//! each with its line and column, and the program exits with status 2.

use std::io::Write;
use std::process::ExitCode;

use isp_moc::assess::{
    assess, compare_sites, read_rating_matrix_file, AssessOptions, MatrixOptions, PathwaySet,
    SiteOutcome,
};
use isp_moc::export::{dot, DrawOptions};

const USAGE: &str = "usage: assess_context [MATRIX.csv [OUT_DIR]]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 2 || args.first().is_some_and(|a| a.starts_with('-')) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let matrix = args
        .first()
        .map_or("examples/data/figure2_sites.csv", String::as_str);
    let out_dir = args.get(1).map_or("target/assess_context", String::as_str);
    match run(matrix, out_dir) {
        Ok(()) => ExitCode::SUCCESS,
        // the reader has gone (`| head -1`): nothing more to say
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(matrix: &str, out_dir: &str) -> Result<(), Box<dyn std::error::Error>> {
    let g = isp_moc::catalog::figure2();
    let sites = read_rating_matrix_file(matrix, &MatrixOptions::default())?;
    // the paper's four headline mechanisms as the pathways to judge
    let options = AssessOptions::default().with_pathways(
        isp_moc::catalog::headline_mechanisms()
            .iter()
            .map(|h| PathwaySet::new(h.title, h.query())),
    );
    std::fs::create_dir_all(out_dir)?;
    let mut out = std::io::stdout().lock();
    let mut compared = Vec::new();
    for (i, site) in sites.iter().enumerate() {
        let a = assess(&g, site, &options)?;
        writeln!(out, "{}", a.to_text(&g))?;
        let mut draw = DrawOptions::default();
        draw.title = Some(format!("{}: Figure 2 under its context", site.site));
        draw.styles = a.styles();
        let path = format!("{out_dir}/{}.dot", file_name(&site.site));
        std::fs::write(&path, dot(&g, &draw))?;
        writeln!(out, "drawing: {path}\n")?;
        // in this example the first site implemented well, the others poorly
        let outcome = if i == 0 {
            SiteOutcome::High
        } else {
            SiteOutcome::Low
        };
        compared.push((site.clone(), outcome));
    }
    if sites.len() >= 2 {
        let cases = compare_sites(&g, &compared, &options)?;
        write!(out, "{}", cases.to_markdown(&g))?;
    }
    Ok(())
}

/// A site name as a file name: lowercase letters and digits, other characters as `_`.
fn file_name(site: &str) -> String {
    site.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

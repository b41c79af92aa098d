//! From coded excerpts to the review's tables and an evidence-weighted Figure 2.
//!
//! Reads a spreadsheet of coded excerpts (one row per excerpt, the study's metadata on
//! each row), prints the summary tables a review reports, then replaces Figure 2's typed-in
//! evidence with what the excerpts say and prints the strongest pathway from each ISP
//! resource to implementation behaviour under that evidence, with the links the excerpts
//! leave unsupported.
//!
//! ```text
//! cargo run --example synthesis                        # examples/data/figure2_excerpts.csv
//! cargo run --example synthesis -- my_excerpts.csv     # your own coding
//! ```
//!
//! The shipped file is **illustrative**: the review's text has no excerpt table, so its own
//! sentences about each study stand in for the excerpts the authors coded. Problems in the
//! file are all reported, each with its line and column, and the program exits with
//! status 2.

use std::io::Write;
use std::process::ExitCode;

use isp_moc::model::MechanismKind;
use isp_moc::query::PathQuery;
use isp_moc::synth::{read_evidence_csv_file, CsvMapping};

const USAGE: &str = "usage: synthesis [EXCERPTS.csv]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a.starts_with('-')) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let file = args
        .first()
        .map_or("examples/data/figure2_excerpts.csv", String::as_str);
    match run(file) {
        Ok(()) => ExitCode::SUCCESS,
        // a reader that closed the pipe early is not an error
        Err(e) if is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(file: &str) -> Result<(), Box<dyn std::error::Error>> {
    let base = read_evidence_csv_file(file, &CsvMapping::new())?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "# {} excerpts of {} studies ({file})\n",
        base.excerpts.len(),
        base.studies.len()
    )?;
    write!(out, "{}", base.summary().to_markdown())?;

    let figure2 = isp_moc::catalog::figure2();
    let weighed = base.weigh(&figure2)?;
    writeln!(out, "\n## Figure 2 weighed by the excerpts\n")?;
    writeln!(out, "{weighed}\n")?;
    writeln!(
        out,
        "Strongest pathway from each resource to implementation behaviour (support = distinct studies with an enabling excerpt; ranked by the weakest link):\n"
    )?;
    let g = weighed.graph();
    for resource in g.mechanisms_of_kind(MechanismKind::Resource) {
        let query = PathQuery::new([resource.id.as_str()], [MechanismKind::Outcome]);
        match g.strongest_pathway(query)? {
            Some(p) => writeln!(
                out,
                "- {}: {p} (support per link {:?})",
                resource.id,
                p.link_support()
            )?,
            None => writeln!(out, "- {}: no pathway", resource.id)?,
        }
    }
    out.flush()?;
    Ok(())
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

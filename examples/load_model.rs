//! Loads a model file given on the command line, validates it, and answers a pathway
//! question on it.
//!
//! ```text
//! cargo run --example load_model -- examples/models/arc.json
//! cargo run --example load_model -- examples/models/consultation.json case_based_consultation rsi_delivery
//! cargo run --example load_model -- docs/figure2/figure2.graphml trust self_efficacy
//! cargo run --example load_model -- examples/models/arc.json kind:resource reasoning:motivation
//! ```
//!
//! Without FROM and TO it asks for every pathway from the model's resources to its
//! outcomes. A broken file is reported with every problem (each with its line, column and
//! record) and exit status 2.

#[macro_use]
mod support;

use std::process::ExitCode;

use isp_moc::model::MechanismKind;
use isp_moc::query::{LoopQuery, PathQuery, Selector};
use isp_moc::MechanismGraph;

const USAGE: &str = "usage: load_model FILE.json|FILE.graphml [FROM[,FROM..] TO[,TO..]]\n  (each FROM and TO an id, kind:KIND, reasoning:TYPE or group:GROUP)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let graph = match load(path) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let query = match &args[1..] {
        [] => Ok(default_query()),
        [from, to] => selectors(from).and_then(|from| Ok(PathQuery::new(from, selectors(to)?))),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let query = match query {
        Ok(q) => q,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match report(&graph, &query) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// A `.graphml` file is read as GraphML (e.g. edited in yEd or Gephi), a `.json` file as
/// the JSON document.
fn load(path: &str) -> isp_moc::Result<MechanismGraph> {
    isp_moc::io::read_file(path)
}

/// Comma-separated selectors: ids, `kind:resource`, `reasoning:motivation`, `group:g`.
fn selectors(list: &str) -> isp_moc::Result<Vec<Selector>> {
    list.split(',').map(str::parse).collect()
}

/// Every resource to every outcome.
fn default_query() -> PathQuery {
    PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome])
}

fn report(g: &MechanismGraph, query: &PathQuery) -> isp_moc::Result<()> {
    outln!("{}", g.info().name);
    outln!(
        "valid: {} mechanisms, {} links",
        g.mechanism_count(),
        g.link_count()
    );
    let set = g.pathways(query)?;
    outln!(
        "{} pathway(s){}",
        set.len(),
        if set.truncated { " (truncated)" } else { "" }
    );
    for p in &set.pathways {
        outln!(
            "  [strength {}, {} inferred] {}",
            p.strength().support(),
            p.inferred_links(),
            p.labels(g)
        );
    }
    if let Some(best) = set.strongest() {
        outln!("strongest: {best}");
        for c in g.context_of_pathway(best)? {
            outln!(
                "  context: {} {} {}",
                c.link.from,
                c.link.relation.label(),
                c.link.to
            );
        }
        for against in g.hindering_along(best)? {
            outln!("  hindering: {}", against.observation.summary);
        }
    }
    for l in &g.feedback_loops(LoopQuery::new())?.loops {
        outln!("feedback loop: {l}");
    }
    Ok(())
}

//! Answers a pathway question on the built-in Figure 2 model, given ids on the command line.
//!
//! ```text
//! cargo run --example pathway_query -- isp_skills self_efficacy
//! cargo run --example pathway_query -- isp_skills,isp_attitudes implementation_behaviour --via trust --max-hops 4
//! cargo run --example pathway_query -- trust self_efficacy --text-only
//! ```
//!
//! `FROM` and `TO` are comma-separated mechanism ids. An unknown id is reported with the
//! list of known ids, and the program exits with status 2.

#[macro_use]
mod support;

use std::process::ExitCode;

use isp_moc::query::{LinkFilter, PathQuery};
use isp_moc::{ErrorKind, MechanismGraph};

const USAGE: &str = "usage: pathway_query FROM[,FROM..] TO[,TO..] [--via ID[,ID..]] [--max-hops N] [--max-paths N] [--text-only]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let g = isp_moc::catalog::figure2();
    let query = match parse(&args) {
        Ok(q) => q,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match answer(&g, &query) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if matches!(e.kind(), ErrorKind::UnknownMechanism { .. }) => {
            let known: Vec<&str> = g.mechanisms().iter().map(|m| m.id.as_str()).collect();
            eprintln!("error: {e}\nknown ids: {}", known.join(", "));
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<PathQuery, String> {
    let [from, to, options @ ..] = args else {
        return Err("expected FROM and TO".to_owned());
    };
    let ids = |s: &str| {
        s.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let mut query = PathQuery::new(ids(from), ids(to));
    let mut options = options.iter();
    while let Some(option) = options.next() {
        let mut value = || {
            options
                .next()
                .ok_or_else(|| format!("`{option}` needs a value"))
        };
        let number = |v: &str| {
            v.parse::<usize>()
                .map_err(|_| format!("`{option}` takes a number, not `{v}`"))
        };
        query = match option.as_str() {
            "--via" => query.via_any(ids(value()?)),
            "--max-hops" => query.max_hops(number(value()?)?),
            "--max-paths" => query.max_paths(number(value()?)?),
            "--text-only" => query.filter(LinkFilter::all().text_only()),
            other => return Err(format!("unknown option `{other}`")),
        };
    }
    Ok(query)
}

fn answer(g: &MechanismGraph, query: &PathQuery) -> isp_moc::Result<()> {
    let set = g.pathways(query)?;
    outln!(
        "{} pathway(s){}",
        set.len(),
        if set.truncated {
            " (truncated: raise --max-paths or lower --max-hops)"
        } else {
            ""
        }
    );
    for p in &set.pathways {
        outln!(
            "  [{} links, strength {}, {} inferred] {}",
            p.hops(),
            p.strength().support(),
            p.inferred_links(),
            p.labels(g)
        );
    }
    let Some(best) = set.strongest() else {
        return Ok(());
    };
    outln!("strongest: {best}");
    for against in g.hindering_along(best)? {
        outln!(
            "  hindering on {} -> {}: {}",
            against.link.from,
            against.link.to,
            against.observation.summary
        );
    }
    for c in g.context_of_pathway(best)? {
        outln!(
            "  context: {} {} {}",
            c.link.from,
            c.link.relation.label(),
            c.link.to
        );
    }
    Ok(())
}

//! Looks a construct up by a loosely typed name across CFIR 2009 and CFIR 2022, showing
//! the terms it names (with their place in the framework and their counterpart in the
//! other edition) or, failing that, did-you-mean suggestions.
//!
//! ```text
//! cargo run --example lookup -- "relative priorty"
//! cargo run --example lookup -- "Innovation Evidence-Base"
//! cargo run --example lookup -- leaders
//! ```
//!
//! Exits with status 0 when it shows matches or suggestions, 1 when it finds nothing and
//! 2 on a usage error. The searched vocabularies are those of the library's registry that
//! are searched by default (`Vocabulary::searched_by_default`).

#[macro_use]
mod support;

use std::process::ExitCode;

use isp_moc::vocab::{self, TermHit as Hit, TermSearch};

const USAGE: &str = "usage: lookup NAME";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = args.join(" ");
    if text.trim().is_empty() {
        eprintln!("error: expected a name to look up\n{USAGE}");
        return ExitCode::from(2);
    }
    let found: Vec<TermSearch> = vocab::vocabularies()
        .iter()
        .filter(|v| v.searched_by_default())
        .map(|v| v.find(&text))
        .collect();

    let exact: Vec<&Hit> = found.iter().filter_map(|f| f.exact.as_ref()).collect();
    if !exact.is_empty() {
        let es = if exact.len() == 1 { "" } else { "es" };
        outln!("{} match{es} for \"{text}\":", exact.len());
        for h in exact {
            print_full(h);
        }
        return ExitCode::SUCCESS;
    }

    let suggested: Vec<&Hit> = found.iter().filter_map(|f| f.suggested.as_ref()).collect();
    let containing: Vec<&Hit> = found
        .iter()
        .flat_map(|f| &f.containing)
        .filter(|h| !suggested.iter().any(|s| s.id == h.id))
        .collect();
    if suggested.is_empty() && containing.is_empty() {
        outln!("nothing matches \"{text}\"");
        return ExitCode::from(1);
    }
    outln!("no exact match for \"{text}\"");
    if !suggested.is_empty() {
        outln!("did you mean:");
        for h in &suggested {
            print_short(h);
        }
    }
    if !containing.is_empty() {
        outln!("names containing \"{text}\":");
        for h in &containing {
            print_short(h);
        }
    }
    ExitCode::SUCCESS
}

fn print_short(h: &Hit) {
    outln!("  {:<52} {} [{}]", h.id, h.label, h.vocabulary);
}

fn print_full(h: &Hit) {
    outln!("\n  {} [{}]", h.label, h.vocabulary);
    outln!("    id: {}", h.id);
    for d in &h.details {
        outln!("    {d}");
    }
    outln!("    {}", h.description);
    for n in &h.notes {
        outln!("    {n}");
    }
}

//! Lints a model and prints the lints as a compiler prints warnings.
//!
//! ```text
//! cargo run --example lint_model                      # Figure 2, built in
//! cargo run --example lint_model -- examples/models/consultation.json
//! cargo run --example lint_model -- FILE --allow unsupported_link --deny-warnings
//! ```
//!
//! FILE is a JSON model document or GraphML (chosen by extension); without it the built-in
//! Figure 2 is linted. `--allow KIND` (repeatable) turns a lint off by its id;
//! `--deny-warnings` makes any remaining lint an error. Exit status: 0, or 1 when warnings
//! are denied and there are some, or 2 when the arguments are wrong or the file does not
//! load.

#[macro_use]
mod support;

use std::collections::BTreeMap;
use std::process::ExitCode;

use isp_moc::lint::{LintKind, LintOptions};
use isp_moc::MechanismGraph;

const USAGE: &str =
    "usage: lint_model [FILE.json|FILE.graphml] [--allow KIND]... [--deny-warnings]";

struct Args {
    file: Option<String>,
    options: LintOptions,
    deny: bool,
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (source, graph) = match &args.file {
        None => (
            "Figure 2 (built in)".to_owned(),
            isp_moc::catalog::figure2(),
        ),
        Some(path) => match load(path) {
            Ok(g) => (path.clone(), g),
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::from(2);
            }
        },
    };

    let lints = graph.lints_with(&args.options);
    for lint in &lints {
        outln!("warning[{}]: {}", lint.kind().as_str(), lint.message());
        outln!("  --> {source}: {}", lint.location());
    }
    if lints.is_empty() {
        outln!("{source}: no warnings");
        return ExitCode::SUCCESS;
    }
    let mut counts: BTreeMap<LintKind, usize> = BTreeMap::new();
    for lint in &lints {
        *counts.entry(lint.kind()).or_default() += 1;
    }
    let counts: Vec<String> = counts
        .iter()
        .map(|(kind, n)| format!("{} {n}", kind.as_str()))
        .collect();
    let n = lints.len();
    let plural = if n == 1 { "" } else { "s" };
    outln!("{source}: {n} warning{plural} ({})", counts.join(", "));
    if args.deny {
        eprintln!("error: {n} warning{plural} denied (--deny-warnings)");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args {
        file: None,
        options: LintOptions::new(),
        deny: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--deny-warnings" => parsed.deny = true,
            "--allow" => {
                let name = args.next().ok_or("--allow needs a lint name")?;
                let kind: LintKind = name.parse().map_err(|e| {
                    let ids: Vec<&str> = LintKind::ALL.iter().map(|k| k.as_str()).collect();
                    format!("{e} (lints: {})", ids.join(", "))
                })?;
                parsed.options = parsed.options.allow(kind);
            }
            "-h" | "--help" => {
                outln!("{USAGE}");
                std::process::exit(0);
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ if parsed.file.is_some() => return Err("one FILE at most".to_owned()),
            file => parsed.file = Some(file.to_owned()),
        }
    }
    Ok(parsed)
}

/// A `.graphml` file is read as GraphML, a `.json` file as the JSON document.
#[cfg(feature = "serde")]
fn load(path: &str) -> isp_moc::Result<MechanismGraph> {
    isp_moc::io::read_file(path)
}

/// Without the `serde` feature there is no file reader: only Figure 2 can be linted.
#[cfg(not(feature = "serde"))]
fn load(_path: &str) -> Result<MechanismGraph, &'static str> {
    Err("reading a model file needs the `serde` feature")
}

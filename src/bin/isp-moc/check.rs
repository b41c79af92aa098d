//! `isp-moc check`: validate a model (every problem), then lint it.

use std::collections::BTreeMap;

use isp_moc::lint::{LintKind, LintOptions};
use serde_json::json;

use crate::exit::{Outcome, Status};
use crate::model::{self, ModelArgs};
use crate::output::{self, OutputArgs, Paint};

/// Options of `check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 valid (warnings are only printed); 1 warnings with \
    --deny-warnings; 2 the model does not load (every problem is listed)."
)]
pub struct CheckArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Turn a lint off by its id (repeatable): unreached_response, unreached_outcome,
    /// dead_end, unused_context, unsupported_link, untraced_link, unexplained_inference,
    /// uncited_hindering, weight_outside_unit
    #[arg(long, value_name = "KIND")]
    allow: Vec<LintKind>,
    /// Exit 1 when any warning remains
    #[arg(long)]
    deny_warnings: bool,
    #[command(flatten)]
    output: OutputArgs,
}

/// Runs `check`.
pub fn run(args: &CheckArgs) -> Outcome {
    let loaded = match model::load(&args.model) {
        Ok(loaded) => loaded,
        Err(unreadable) => {
            if args.output.json() {
                output::print_json(&json!({
                    "source": unreadable.source,
                    "valid": false,
                    "problems": crate::json::problems(&unreadable.error),
                    "lints": [],
                }))?;
            }
            return Err(unreadable.into());
        }
    };
    let g = &loaded.graph;
    let options = args
        .allow
        .iter()
        .fold(LintOptions::new(), |o, &kind| o.allow(kind));
    let mut lints = g.lints_with(&options);
    // placed at their records' lines in the model's file, as errors are
    let placed = match loaded.text(&args.model) {
        Some((text, format)) if !lints.is_empty() => {
            if format == isp_moc::io::Format::GraphMl {
                isp_moc::lint::place_in_graphml(&mut lints, &text);
            } else {
                isp_moc::lint::place_in_json(&mut lints, &text);
            }
            true
        }
        _ => false,
    };
    // where a placed lint is: `model.json:19:5, link #2 …`, standard input named as its
    // errors name it
    let file = if loaded.source == "-" {
        "standard input"
    } else {
        loaded.source.as_str()
    };
    let place = |lint: &isp_moc::lint::Lint| {
        let at = lint.location().clone();
        if placed && at.line.is_some() {
            at.in_file(file)
        } else {
            at
        }
    };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for lint in &lints {
        *counts.entry(lint.kind().as_str()).or_default() += 1;
    }
    let denied = args.deny_warnings && !lints.is_empty();
    if args.output.json() {
        let list: Vec<_> = lints
            .iter()
            .map(|l| {
                json!({
                    "kind": l.kind().as_str(),
                    "message": l.message(),
                    "location": crate::json::location(&place(l)),
                    "route": l.route().map(|r| r.iter().map(|m| m.as_str()).collect::<Vec<_>>()),
                })
            })
            .collect();
        output::print_json(&json!({
            "source": loaded.source,
            "valid": true,
            "model": g.info().name,
            "mechanisms": g.mechanism_count(),
            "links": g.link_count(),
            "problems": [],
            "lints": list,
            "counts": counts,
            "denied": denied,
        }))?;
    } else {
        let paint = Paint::stdout();
        let mut text = String::new();
        for lint in &lints {
            // `file:line:column, record` when placed, else `source: record`
            let at = place(lint);
            let place = match at.file {
                Some(_) => at.to_string(),
                None => format!("{}: {at}", loaded.source),
            };
            text.push_str(&format!(
                "{}: {}\n  --> {place}\n",
                paint.yellow_bold(&format!("warning[{}]", lint.kind().as_str())),
                lint.message(),
            ));
        }
        let summary = if lints.is_empty() {
            "no warnings".to_owned()
        } else {
            let n = lints.len();
            let kinds: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
            format!("{n} warning{} ({})", plural(n), kinds.join(", "))
        };
        text.push_str(&format!(
            "{}: valid, {} mechanism{}, {} link{}; {summary}\n",
            loaded.source,
            g.mechanism_count(),
            plural(g.mechanism_count()),
            g.link_count(),
            plural(g.link_count())
        ));
        output::print(&text)?;
    }
    if denied {
        let n = lints.len();
        eprintln!(
            "{} {n} warning{} denied (--deny-warnings)",
            Paint::stderr().red_bold("error:"),
            plural(n)
        );
        return Ok(Status::Findings);
    }
    Ok(Status::Clean)
}

/// `"s"` unless there is one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

//! `isp-moc`: the isp-moc library as a command, for people who work in R, Python,
//! spreadsheets or the shell.
//!
//! Every subcommand reads a model (a JSON or GraphML file, `-` for standard input, or the
//! built-in Figure 2 when none is given), writes text for people or `--format json` for
//! programs, and exits 0 (ok), 1 (findings) or 2 (usage or input error). `docs/CLI.md`
//! documents every subcommand and its JSON shape. Install with
//! `cargo install isp-moc --features cli`.
//!
//! The binary is thin: each subcommand parses its options, calls the library and prints
//! the answer. One file per group of subcommands; `output.rs` writes, `exit.rs` ends.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// No panics in the command's own code (issue 11); allowed in tests by clippy.toml.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

mod assess;
mod check;
mod compare;
mod completions;
mod delimiter;
mod exit;
mod export;
mod json;
mod model;
mod output;
mod query;
mod schema;
mod synth;
mod vocab;

use clap::{CommandFactory, FromArgMatches, Subcommand};

const EXIT_CODES: &str = "\
Exit status: 0 ok; 1 findings (lint warnings with --deny-warnings, differences for diff, \
conflicts for merge without --accept-conflicts, nothing found by vocab search, unplaced \
parts of excerpts in synthesize --weigh); 2 usage or input error. Set NO_COLOR to turn colour off. \
Documentation: docs/CLI.md.";

/// Typed mechanisms of implementation support (Albers et al. 2022): check, query, export,
/// compare and assess models; the implementation-science vocabularies as files.
#[derive(Debug, clap::Parser)]
#[command(name = "isp-moc", version, after_help = EXIT_CODES, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Validate a model and list every problem, then its lints (warnings)
    Check(check::CheckArgs),
    /// Every bounded pathway between two sets of mechanisms
    Paths(query::PathsArgs),
    /// The best-evidenced pathway, with the context on it and the evidence against it
    Strongest(query::StrongestArgs),
    /// What a mechanism leads to (or, with --up, what leads to it)
    Reach(query::ReachArgs),
    /// The feedback loops of a model
    Loops(query::LoopsArgs),
    /// The context factors bearing on a mechanism
    Context(query::ContextArgs),
    /// Write a model as a drawing or an exchange format
    Export(export::ExportArgs),
    /// What differs between two models (exit 1 when they differ)
    Diff(compare::DiffArgs),
    /// Merge a model into a base model through an id crosswalk, reporting every conflict
    Merge(compare::MergeArgs),
    /// Print the JSON Schema of a file format
    Schema(schema::SchemaArgs),
    /// List, show, search and export the vocabularies
    Vocab(vocab::VocabArgs),
    /// Assess a site's context from CFIR ratings: which mechanisms are likely to work
    Assess(assess::AssessArgs),
    /// Coded-excerpt spreadsheets turned into the review's tables and evidence-weighted
    /// mechanisms
    Synthesize(synth::SynthesizeArgs),
    /// The coding scheme as a REFI-QDA codebook or CSV, for qualitative-analysis tools
    Codebook(synth::CodebookArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
}

fn main() -> std::process::ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // `check --format json` tells an unreadable model in its own document
    let json_failure = matches.subcommand_name() != Some("check") && json_requested(&matches);
    let outcome = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Paths(args) => query::paths(&args),
        Command::Strongest(args) => query::strongest(&args),
        Command::Reach(args) => query::reach(&args),
        Command::Loops(args) => query::loops(&args),
        Command::Context(args) => query::context(&args),
        Command::Export(args) => export::run(&args),
        Command::Diff(args) => compare::diff(&args),
        Command::Merge(args) => compare::merge(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Vocab(args) => vocab::run(&args),
        Command::Assess(args) => assess::run(&args),
        Command::Synthesize(args) => synth::synthesize(&args),
        Command::Codebook(args) => synth::codebook(&args),
        Command::Completions(args) => completions::run::<Cli>(&args),
    };
    exit::code(outcome, json_failure)
}

/// Whether the subcommand run was given `--format json`: a failure is then told in JSON
/// too, on standard output, where the program reading the answer looks.
fn json_requested(matches: &clap::ArgMatches) -> bool {
    match matches.subcommand() {
        Some((_, sub)) => json_requested(sub),
        None => {
            matches
                .try_get_one::<output::Format>("format")
                .ok()
                .flatten()
                == Some(&output::Format::Json)
        }
    }
}

//! How a run ends: the exit status and the failures that end it early.
//!
//! | status | meaning |
//! |---|---|
//! | 0 | done, nothing to report (also when standard output was closed early) |
//! | 1 | findings: lint warnings with `--deny-warnings`, differences for `diff`, conflicts for `merge` without `--accept-conflicts`, nothing found by `vocab search`, unplaced parts of excerpts in `synthesize --weigh` |
//! | 2 | a usage or input error: a bad option, a file that cannot be read, a model that does not load |

use std::process::ExitCode;

/// What a subcommand found, when it ran to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing to report: exit 0.
    Clean,
    /// Findings the caller asked to be told about: exit 1.
    Findings,
}

/// Why a subcommand stopped early.
#[derive(Debug)]
pub enum Failure {
    /// Standard output was closed (`isp-moc ... | head`): stop quietly, exit 0.
    ClosedPipe,
    /// A usage or input error, printed on standard error as one block: exit 2.
    Input(Input),
}

/// A usage or input error: the text for people, and the library errors it tells of (with
/// each problem's place), which `--format json` gives programs.
#[derive(Debug)]
pub struct Input {
    /// The block printed on standard error, after `error: `.
    pub message: String,
    /// The library errors behind it, in the order told; empty for the command's own
    /// errors (a bad combination of options, a file that cannot be opened).
    pub errors: Vec<isp_moc::Error>,
    /// What to do about it, each printed after the block as `hint: ...`.
    pub hints: Vec<String>,
}

impl Failure {
    /// The command's own error, told in `message` alone.
    pub fn message(message: impl Into<String>) -> Self {
        Failure::told(message, Vec::new())
    }

    /// The same failure with `hints` after any it has (a closed pipe stays quiet).
    pub fn with_hints(self, hints: Vec<String>) -> Self {
        match self {
            Failure::Input(mut input) => {
                input.hints.extend(hints);
                Failure::Input(input)
            }
            quiet => quiet,
        }
    }

    /// Library errors told as `message` (which may add to their own text).
    pub fn told(message: impl Into<String>, errors: Vec<isp_moc::Error>) -> Self {
        Failure::Input(Input {
            message: message.into(),
            errors,
            hints: Vec::new(),
        })
    }
}

/// A subcommand's result.
pub type Outcome = Result<Status, Failure>;

impl From<isp_moc::Error> for Failure {
    fn from(e: isp_moc::Error) -> Self {
        Failure::told(e.to_string(), vec![e])
    }
}

/// A failure naming what could not be done: `what: reason`.
pub fn input(what: impl std::fmt::Display, reason: impl std::fmt::Display) -> Failure {
    Failure::message(format!("{what}: {reason}"))
}

/// The process exit code for a subcommand's outcome. An input error is printed on
/// standard error first and, when the answer was asked for as JSON (`json`), also on
/// standard output as `{"error", "problems", "hints"}`, so a program reading the answer
/// reads the failure the same way.
pub fn code(outcome: Outcome, json: bool) -> ExitCode {
    match outcome {
        Ok(Status::Clean) | Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Ok(Status::Findings) => ExitCode::from(1),
        Err(Failure::Input(mut input)) => {
            if input.hints.is_empty()
                && forgot_model(&input.errors)
                && crate::model::built_in_used()
            {
                input.hints.push(
                    "no `-m` was given, so the model is the built-in Figure 2 (Albers et al. \
                     2022); if these are your model's ids, name it with `-m FILE`"
                        .to_owned(),
                );
            }
            let paint = crate::output::Paint::stderr();
            eprintln!("{} {}", paint.red_bold("error:"), input.message);
            for hint in &input.hints {
                eprintln!("hint: {hint}");
            }
            if json {
                // standard output may be closed already: the error is on standard error
                let _ = crate::output::print_json(&crate::json::failure(&input));
            }
            ExitCode::from(2)
        }
    }
}

/// Whether the errors are about ids or terms the model does not know, with nothing near
/// any of them: perhaps the model is not the one meant (a did-you-mean says the model is
/// right and an id misspelt).
fn forgot_model(errors: &[isp_moc::Error]) -> bool {
    use isp_moc::ErrorKind as K;
    let problems = || errors.iter().flat_map(isp_moc::Error::problems);
    let near = |kind: &K| match kind {
        K::UnknownTerm { suggestion, .. } => suggestion.is_some(),
        K::UnknownMechanism { suggestion, .. }
        | K::UnknownEndpoint { suggestion, .. }
        | K::UnknownModerator { suggestion, .. } => suggestion.is_some(),
        _ => false,
    };
    // a term of a short closed list (a mechanism kind, say) is not a model's id
    let unknown = |kind: &K| {
        matches!(kind, K::UnknownTerm { expected, .. } if expected.is_empty())
            || matches!(
                kind,
                K::UnknownMechanism { .. }
                    | K::UnknownEndpoint { .. }
                    | K::UnknownModerator { .. }
                    | K::UnknownLink { .. }
            )
    };
    // an empty id is a slip of the command line, not another model's id
    let empty = |kind: &K| matches!(kind, K::UnknownMechanism { id, .. } if id.is_empty());
    problems().any(|p| unknown(&p.kind) && !empty(&p.kind)) && !problems().any(|p| near(&p.kind))
}

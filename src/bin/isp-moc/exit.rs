//! How a run ends: the exit status and the failures that end it early.
//!
//! | status | meaning |
//! |---|---|
//! | 0 | done, nothing to report (also when standard output was closed early) |
//! | 1 | findings: lint warnings with `--deny-warnings`, differences for `diff`, conflicts for `merge` without `--accept-conflicts`, nothing found by `vocab search` |
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
    Input(String),
}

/// A subcommand's result.
pub type Outcome = Result<Status, Failure>;

impl From<isp_moc::Error> for Failure {
    fn from(e: isp_moc::Error) -> Self {
        Failure::Input(e.to_string())
    }
}

/// A failure naming what could not be done: `what: reason`.
pub fn input(what: impl std::fmt::Display, reason: impl std::fmt::Display) -> Failure {
    Failure::Input(format!("{what}: {reason}"))
}

/// The process exit code for a subcommand's outcome; input errors are printed on
/// standard error first.
pub fn code(outcome: Outcome) -> ExitCode {
    match outcome {
        Ok(Status::Clean) | Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Ok(Status::Findings) => ExitCode::from(1),
        Err(Failure::Input(message)) => {
            let paint = crate::output::Paint::stderr();
            eprintln!("{} {message}", paint.red_bold("error:"));
            // an id the model does not know, and nothing near it: perhaps not the model
            // meant (a did-you-mean says the model is right and the id misspelt)
            let unknown = message.contains("unknown ")
                && !message.contains("did you mean")
                && !message.contains("hint:");
            if unknown && crate::model::built_in_used() {
                eprintln!(
                    "hint: no `-m` was given, so the model is the built-in Figure 2 (Albers et \
                     al. 2022); if these are your model's ids, name it with `-m FILE`"
                );
            }
            ExitCode::from(2)
        }
    }
}

//! `isp-moc completions`: a shell completion script.

use clap_complete::Shell;

use crate::exit::{Outcome, Status};
use crate::output;

/// Options of `completions`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Install, e.g. for bash: isp-moc completions bash > \
    ~/.local/share/bash-completion/completions/isp-moc")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    shell: Shell,
}

/// Runs `completions` for the command `C`.
pub fn run<C: clap::CommandFactory>(args: &CompletionsArgs) -> Outcome {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut C::command(), "isp-moc", &mut script);
    output::print(&String::from_utf8_lossy(&script))?;
    Ok(Status::Clean)
}

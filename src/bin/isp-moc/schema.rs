//! `isp-moc schema`: the JSON Schema of a file format.

use crate::exit::{Outcome, Status};
use crate::output;

/// Which file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Which {
    /// The model document (`--model FILE.json`)
    Model,
    /// Context profiles: a site's CFIR ratings (`assess --ratings FILE.json`)
    Profiles,
    /// An assessment (`assess --format json`, each element of `assessments`)
    Assessment,
    /// A vocabulary file (`vocab export --to json`, `vocab show NAME --format json`)
    Vocabulary,
}

/// Options of `schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The file format
    #[arg(value_enum, default_value_t = Which::Model)]
    which: Which,
}

/// Runs `schema`.
pub fn run(args: &SchemaArgs) -> Outcome {
    let text = match args.which {
        Which::Model => isp_moc::io::json_schema(),
        Which::Profiles => isp_moc::assess::profile_schema(),
        Which::Assessment => isp_moc::assess::assessment_schema(),
        Which::Vocabulary => isp_moc::vocab::vocabulary_schema(),
    };
    output::print(&text)?;
    Ok(Status::Clean)
}

//! Where a subcommand's model comes from: a JSON or GraphML file, standard input, or the
//! built-in Figure 2.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use isp_moc::io::Format;
use isp_moc::MechanismGraph;

use crate::exit::Failure;

/// Files larger than this get a progress note on standard error (when it is a terminal).
const LARGE_FILE: u64 = 4 * 1024 * 1024;

/// The model options shared by the subcommands that read one model.
#[derive(Debug, Clone, clap::Args)]
pub struct ModelArgs {
    /// The model: a JSON or GraphML file (chosen by extension), or `-` for standard input;
    /// without it, the built-in Figure 2 of Albers et al. (2022)
    #[arg(short, long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// The model's format when read from standard input or from a file with another
    /// extension [default for standard input: json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub model_format: Option<ModelFormat>,
}

/// `--model-format`: the formats a model is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ModelFormat {
    /// The versioned JSON model document.
    Json,
    /// GraphML, as isp-moc writes it or yEd, Gephi and networkx keep it.
    Graphml,
}

impl ModelFormat {
    fn format(self) -> Format {
        match self {
            ModelFormat::Json => Format::Json,
            ModelFormat::Graphml => Format::GraphMl,
        }
    }
}

/// A model and where it came from (a file name, `-`, or the built-in model's name).
#[derive(Debug)]
pub struct Loaded {
    /// The model.
    pub graph: MechanismGraph,
    /// Where it came from, for reports.
    pub source: String,
    /// The text it was read from standard input as, and its format (a file can be read
    /// again).
    stdin_text: Option<(String, Format)>,
}

impl Loaded {
    /// The text and format of a model read from a file or from standard input, to place
    /// findings in it; `None` for the built-in model.
    pub fn text(&self, args: &ModelArgs) -> Option<(String, Format)> {
        if let Some(read) = &self.stdin_text {
            return Some(read.clone());
        }
        let path = args.model.as_deref().filter(|p| *p != Path::new("-"))?;
        let format = match args.model_format {
            Some(f) => f.format(),
            None => Format::from_path(path).ok()?,
        };
        // the file loaded, so it is within the library's input limits; read as it was (a
        // byte-order mark left out), so that places count as the reader counted them
        let text = isp_moc::io::text_of(std::fs::read(path).ok()?, format).ok()?;
        Some((text, format))
    }
}

/// A model that could not be read, with every problem the library found.
#[derive(Debug)]
pub struct Unreadable {
    /// Where it was read from.
    pub source: String,
    /// What is wrong.
    pub error: isp_moc::Error,
}

impl From<Unreadable> for Failure {
    fn from(u: Unreadable) -> Self {
        let message = if u.source == "-" {
            format!("standard input: {}", u.error)
        } else {
            u.error.to_string()
        };
        Failure::told(message, vec![u.error])
    }
}

/// Set once the built-in Figure 2 stands in for a model not named with `-m`: an error
/// after that (an unknown mechanism, a rating of a factor Figure 2 does not have) may only
/// mean that `-m` was forgotten, so [`crate::exit::code`] says so.
static BUILT_IN_USED: AtomicBool = AtomicBool::new(false);

/// Whether the built-in Figure 2 was loaded for want of `-m`.
pub fn built_in_used() -> bool {
    BUILT_IN_USED.load(Ordering::Relaxed)
}

/// The model the options name: a file, standard input, or the built-in Figure 2.
pub fn load(args: &ModelArgs) -> Result<Loaded, Unreadable> {
    if args.model.is_none() {
        BUILT_IN_USED.store(true, Ordering::Relaxed);
    }
    match &args.model {
        None => Ok(Loaded {
            graph: isp_moc::catalog::figure2(),
            source: "Figure 2 (built in)".to_owned(),
            stdin_text: None,
        }),
        Some(path) => read(path, args.model_format),
    }
}

/// Reads one model file (`-`: standard input), in `format` or by its extension.
pub fn read(path: &Path, format: Option<ModelFormat>) -> Result<Loaded, Unreadable> {
    let source = path.display().to_string();
    let unreadable = |error| Unreadable {
        source: source.clone(),
        error,
    };
    let mut stdin_text = None;
    let graph = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(io_error("standard input", e)))?;
        let format = format.map_or(Format::Json, ModelFormat::format);
        let text = isp_moc::io::text_of(bytes, format).map_err(unreadable)?;
        let graph = isp_moc::io::parse(&text, format).map_err(unreadable)?;
        stdin_text = Some((text, format));
        graph
    } else {
        note_large(path);
        match format {
            Some(f) => isp_moc::io::read_file_as(path, f.format()),
            None => isp_moc::io::read_file(path),
        }
        .map_err(unreadable)?
    };
    Ok(Loaded {
        graph,
        source,
        stdin_text,
    })
}

/// An I/O error as the library reports one.
fn io_error(what: &str, e: std::io::Error) -> isp_moc::Error {
    isp_moc::ErrorKind::Io {
        path: what.to_owned(),
        message: e.to_string(),
    }
    .into()
}

/// A note on standard error before reading a large file, only when a person is watching
/// (standard error is a terminal).
pub fn note_large(path: &Path) {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > LARGE_FILE && std::io::stderr().is_terminal() {
        eprintln!(
            "isp-moc: reading {} ({:.1} MB)...",
            path.display(),
            size as f64 / 1_000_000.0
        );
    }
}

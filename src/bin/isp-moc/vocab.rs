//! `isp-moc vocab`: the vocabularies, listed, shown, searched and exported as files.

use std::path::PathBuf;

use isp_moc::vocab::{vocabularies, vocabulary, TermHit, Vocabulary};
use serde_json::{json, Value};

use crate::check::plural;
use crate::exit::{input, Failure, Outcome, Status};
use crate::output::{self, columns, OutputArgs, Paint};

/// Options of `vocab`.
#[derive(Debug, clap::Args)]
pub struct VocabArgs {
    #[command(subcommand)]
    command: VocabCommand,
}

/// The `vocab` subcommands.
#[derive(Debug, clap::Subcommand)]
enum VocabCommand {
    /// Every vocabulary: name, number of terms, title
    List(ListArgs),
    /// One vocabulary's terms as a table (as JSON: the vocabulary file)
    Show(ShowArgs),
    /// Find terms by a loosely typed name, across vocabularies (exit 1 when nothing matches)
    Search(SearchArgs),
    /// Write the vocabularies as files: JSON, CSV and one SKOS Turtle file
    Export(ExportArgs),
}

/// Options of `vocab list`.
#[derive(Debug, clap::Args)]
struct ListArgs {
    #[command(flatten)]
    output: OutputArgs,
}

/// Options of `vocab show`.
#[derive(Debug, clap::Args)]
struct ShowArgs {
    /// The vocabulary's name (see `vocab list`)
    name: String,
    #[command(flatten)]
    output: OutputArgs,
}

/// Options of `vocab search`.
#[derive(Debug, clap::Args)]
struct SearchArgs {
    /// The name to look up (case, spacing and punctuation are ignored)
    #[arg(required = true, num_args = 1..)]
    text: Vec<String>,
    /// Search only these vocabularies (repeatable) [default: all]
    #[arg(long = "in", value_name = "NAME")]
    within: Vec<String>,
    #[command(flatten)]
    output: OutputArgs,
}

/// `vocab export --to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FileKind {
    /// `<name>.json`, one per vocabulary (schema: `isp-moc schema vocabulary`)
    Json,
    /// `<name>.csv`, one per vocabulary
    Csv,
    /// `vocabularies.ttl`: every vocabulary as a SKOS concept scheme, with the CFIR
    /// crosswalk
    Skos,
}

/// Options of `vocab export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "With -o DIR, writes the files into DIR (all formats and a README.md \
    index unless --to names one): `isp-moc vocab export -o docs/vocab` regenerates the \
    repository's copy. Without -o, writes one file to standard output: the Turtle \
    (--to skos), or one vocabulary given by NAME as --to json or --to csv."
)]
struct ExportArgs {
    /// Export only this vocabulary
    name: Option<String>,
    /// Export only this format
    #[arg(long, value_enum, value_name = "FORMAT")]
    to: Option<FileKind>,
    /// The folder to write into (created if missing)
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
}

/// Runs `vocab`.
pub fn run(args: &VocabArgs) -> Outcome {
    match &args.command {
        VocabCommand::List(a) => list(a),
        VocabCommand::Show(a) => show(a),
        VocabCommand::Search(a) => search(a),
        VocabCommand::Export(a) => export(a),
    }
}

fn list(args: &ListArgs) -> Outcome {
    if args.output.json() {
        let list: Vec<Value> = vocabularies()
            .iter()
            .map(|v| {
                json!({
                    "name": v.name(),
                    "title": v.title(),
                    "terms": v.terms().len(),
                    "iri": v.iri(),
                    "source": v.source(),
                    "note": v.note(),
                })
            })
            .collect();
        output::print_json(&Value::Array(list))?;
        return Ok(Status::Clean);
    }
    let mut rows = vec![vec![
        "name".to_owned(),
        "terms".to_owned(),
        "title".to_owned(),
    ]];
    rows.extend(vocabularies().iter().map(|v| {
        vec![
            v.name().to_owned(),
            v.terms().len().to_string(),
            v.title().to_owned(),
        ]
    }));
    output::print(&columns(&rows))?;
    Ok(Status::Clean)
}

fn show(args: &ShowArgs) -> Outcome {
    let v = named(&args.name)?;
    if args.output.json() {
        output::print(&v.to_json())?;
        return Ok(Status::Clean);
    }
    let table = v.table();
    let n = table.rows.len();
    let mut text = Paint::stdout().bold(&format!("{} ({n} term{})", v.title(), plural(n)));
    text.push_str(&format!("\nsource: {}\n", v.source()));
    if let Some(note) = v.note() {
        text.push_str(&format!("note: {note}\n"));
    }
    text.push('\n');
    text.push_str(&table.render());
    output::print(&text)?;
    Ok(Status::Clean)
}

/// The vocabulary with this name; an unknown name lists the names.
fn named(name: &str) -> Result<&'static Vocabulary, Failure> {
    vocabulary(name).map_err(|e| {
        let names: Vec<&str> = vocabularies().iter().map(|v| v.name()).collect();
        Failure::told(format!("{e} (vocabularies: {})", names.join(", ")), vec![e])
    })
}

fn search(args: &SearchArgs) -> Outcome {
    let text = args.text.join(" ");
    let searched: Vec<&Vocabulary> = if args.within.is_empty() {
        vocabularies().iter().collect()
    } else {
        args.within
            .iter()
            .map(|n| named(n))
            .collect::<Result<_, _>>()?
    };
    let mut exact = Vec::new();
    let mut suggested = Vec::new();
    let mut containing = Vec::new();
    for v in &searched {
        let found = v.find(&text);
        exact.extend(found.exact.map(|h| (v.name(), h)));
        suggested.extend(found.suggested.map(|h| (v.name(), h)));
        containing.extend(found.containing.into_iter().map(|h| (v.name(), h)));
    }
    // a term already shown as a match or suggestion is not listed again
    containing.retain(|(v, h)| {
        !exact
            .iter()
            .chain(&suggested)
            .any(|(w, k): &(&str, TermHit)| w == v && k.id == h.id)
    });
    let nothing = exact.is_empty() && suggested.is_empty() && containing.is_empty();
    if args.output.json() {
        let hits = |list: &[(&str, TermHit)]| -> Vec<Value> {
            list.iter().map(|(v, h)| hit(v, h)).collect()
        };
        output::print_json(&json!({
            "text": text,
            "exact": hits(&exact),
            "suggested": hits(&suggested),
            "containing": hits(&containing),
        }))?;
    } else {
        let paint = Paint::stdout();
        let mut out = String::new();
        if !exact.is_empty() {
            out.push_str(&paint.bold(&format!(
                "{} match{} for \"{text}\":",
                exact.len(),
                if exact.len() == 1 { "" } else { "es" }
            )));
            out.push('\n');
            for (v, h) in &exact {
                out.push_str(&format!("\n  {} [{v}]\n    id: {}\n", h.label, h.id));
                for d in &h.details {
                    out.push_str(&format!("    {d}\n"));
                }
                out.push_str(&format!("    {}\n", h.description));
                for n in &h.notes {
                    out.push_str(&format!("    {n}\n"));
                }
            }
        }
        let short = |title: &str, list: &[(&str, TermHit)], out: &mut String| {
            if list.is_empty() {
                return;
            }
            out.push_str(&paint.bold(title));
            out.push('\n');
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|(v, h)| vec![format!("  {}", h.id), h.label.to_owned(), format!("[{v}]")])
                .collect();
            out.push_str(&columns(&rows));
        };
        if nothing {
            out.push_str(&format!("nothing matches \"{text}\"\n"));
        }
        short("did you mean:", &suggested, &mut out);
        short(
            &format!("names containing \"{text}\":"),
            &containing,
            &mut out,
        );
        output::print(&out)?;
    }
    Ok(if nothing {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// `{"vocabulary", "id", "label", "description", "details", "notes"}`.
fn hit(vocabulary: &str, h: &TermHit) -> Value {
    json!({
        "vocabulary": vocabulary,
        "id": h.id,
        "label": h.label,
        "description": h.description,
        "details": h.details,
        "notes": h.notes,
    })
}

fn export(args: &ExportArgs) -> Outcome {
    let only = args.name.as_deref().map(named).transpose()?;
    let wanted = |file: &str| -> bool {
        let kind_ok = match args.to {
            None => true,
            Some(FileKind::Json) => file.ends_with(".json"),
            Some(FileKind::Csv) => file.ends_with(".csv"),
            Some(FileKind::Skos) => file.ends_with(".ttl"),
        };
        let name_ok = only.is_none_or(|v| {
            file == format!("{}.json", v.name()) || file == format!("{}.csv", v.name())
        });
        let index_ok = file != "README.md" || (args.to.is_none() && only.is_none());
        kind_ok && name_ok && index_ok
    };
    let files: Vec<_> = isp_moc::vocab::vocabulary_files()
        .into_iter()
        .filter(|f| wanted(&f.name))
        .collect();
    let Some(dir) = &args.output else {
        return match files.as_slice() {
            [one] => {
                output::print(&one.text)?;
                Ok(Status::Clean)
            }
            _ => Err(Failure::message(
                "without -o DIR, export one file: --to skos, or a vocabulary NAME with --to \
                 json or --to csv"
                    .to_owned(),
            )),
        };
    };
    if files.is_empty() {
        return Err(Failure::message(
            "the Turtle file holds every vocabulary; export it without a NAME".to_owned(),
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| input(dir.display(), e))?;
    for f in &files {
        let path = dir.join(&f.name);
        std::fs::write(&path, &f.text).map_err(|e| input(path.display(), e))?;
    }
    let n = files.len();
    eprintln!("wrote {n} file{} into {}", plural(n), dir.display());
    Ok(Status::Clean)
}

//! `isp-moc synthesize`: coded-excerpt spreadsheets turned into the review's tables and,
//! with `--weigh`, a model whose evidence comes from the excerpts; `isp-moc codebook`: the
//! coding scheme for qualitative-analysis tools.

use std::path::PathBuf;

use isp_moc::synth::{read_evidence_csv_file, Code, Codebook, CsvMapping, EvidenceBase, Field};
use isp_moc::vocab::CfirVersion;
use serde_json::{json, Value};

use crate::assess::Edition;
use crate::exit::{Failure, Outcome, Status};
use crate::model::{self, ModelArgs};
use crate::output::{self, OutputArgs};

/// Options of `synthesize`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each file is a spreadsheet of coded excerpts, one row per excerpt, \
    the study's metadata on each row (columns: study, citation, location, design, sector, roles, \
    doi, valence, resource, reasoning, context, mechanisms, text, page). Several files are \
    merged as an update of the review: a study is never counted twice. The format and the \
    mapping options are in the README (Synthesising evidence)."
)]
pub struct SynthesizeArgs {
    /// The coded-excerpt CSV files (merged in the order given)
    #[arg(required = true, value_name = "EXCERPTS.csv")]
    files: Vec<PathBuf>,
    /// A field's column title when it is not the field's name: FIELD=TITLE (repeatable;
    /// fields: study, citation, location, design, sector, roles, doi, valence, resource,
    /// reasoning, context, mechanisms, text, page)
    #[arg(long, value_name = "FIELD=TITLE", value_parser = field_title)]
    column: Vec<(Field, String)>,
    /// A 0/1 (true/false, x) column that codes one code: TITLE=CODE, such as
    /// `Skills=skills` or `Inner=2009:inner_setting` (repeatable)
    #[arg(long, value_name = "TITLE=CODE")]
    flag: Vec<String>,
    /// A column to skip (repeatable)
    #[arg(long, value_name = "TITLE")]
    ignore: Vec<String>,
    /// Skip every column the mapping does not know instead of reporting it
    #[arg(long)]
    ignore_unknown: bool,
    /// The cell delimiter (one character; `;` for many spreadsheet exports)
    #[arg(long, value_name = "C", default_value = ",", value_parser = crate::delimiter::ascii_delimiter)]
    delimiter: u8,
    /// The CFIR edition of context codes that do not say theirs
    #[arg(long, value_enum, default_value_t = Edition::Cfir2009)]
    edition: Edition,
    /// Also weigh the model (-m, or Figure 2): its evidence replaced by the excerpts',
    /// with the links no excerpt supports and every excerpt that names no link, an
    /// unknown mechanism or none (then exit 1: those parts are left out; an excerpt still
    /// evidences the mechanisms and links it names that the model has)
    #[arg(long)]
    weigh: bool,
    /// Write the weighed model as a JSON model file (implies --weigh)
    #[arg(long, value_name = "FILE")]
    save_model: Option<PathBuf>,
    /// Write the tables as Markdown
    #[arg(long, conflicts_with = "format")]
    markdown: bool,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    report: OutputArgs,
}

fn field_title(text: &str) -> Result<(Field, String), String> {
    let (field, title) = text
        .split_once('=')
        .ok_or_else(|| format!("expected FIELD=TITLE, not `{text}`"))?;
    let field: Field = field
        .trim()
        .parse()
        .map_err(|e: isp_moc::Error| e.to_string())?;
    Ok((field, title.trim().to_owned()))
}

fn cfir(edition: Edition) -> CfirVersion {
    match edition {
        Edition::Cfir2009 => CfirVersion::Cfir2009,
        Edition::Cfir2022 => CfirVersion::Cfir2022,
    }
}

/// The mapping the options describe.
fn mapping(args: &SynthesizeArgs) -> Result<CsvMapping, Failure> {
    let edition = cfir(args.edition);
    let mut m = CsvMapping::new()
        .with_edition(edition)
        .with_delimiter(args.delimiter);
    for (field, title) in &args.column {
        m = m.with_column(*field, title);
    }
    for flag in &args.flag {
        let (title, code) = flag
            .rsplit_once('=')
            .ok_or_else(|| Failure::message(format!("--flag expects TITLE=CODE, not `{flag}`")))?;
        let code = Code::parse(code, edition)
            .map_err(|e| Failure::told(format!("--flag `{flag}`: {e}"), vec![e]))?;
        m = m.with_flag(title.trim(), code);
    }
    for title in &args.ignore {
        m = m.with_ignored(title);
    }
    if args.ignore_unknown {
        m = m.ignoring_unknown_columns();
    }
    Ok(m)
}

/// Runs `synthesize`.
pub fn synthesize(args: &SynthesizeArgs) -> Outcome {
    let mapping = mapping(args)?;
    let mut base = EvidenceBase::new();
    for file in &args.files {
        model::note_large(file);
        let read = read_evidence_csv_file(file, &mapping)?;
        // a study both files hold, recorded differently: say which file disagrees
        base = base
            .merge(&read)
            .map_err(|e| Failure::told(format!("{}: {e}", file.display()), vec![e]))?;
    }
    let summary = base.summary();
    let weighed = if args.weigh || args.save_model.is_some() {
        let g = model::load(&args.model)?.graph;
        Some(base.weigh(&g)?)
    } else {
        None
    };
    // a part of an excerpt that names no mechanism or link of the model is left out
    let weighed_status = weighed.as_ref().map_or(0, |w| w.unplaced().len());
    if let (Some(path), Some(w)) = (&args.save_model, &weighed) {
        output::write(Some(path), &isp_moc::io::to_json(w.graph()))?;
    }
    if args.report.json() {
        let summary: Value = serde_json::from_str(&summary.to_json())
            .map_err(|e| Failure::message(format!("cannot write the report: {e}")))?;
        let weighed = weighed.as_ref().map(|w| {
            json!({
                "links": w.graph().link_count(),
                "links_without_excerpts": w
                    .links_without_excerpts()
                    .iter()
                    .map(|(from, to)| json!({ "from": from.as_str(), "to": to.as_str() }))
                    .collect::<Vec<_>>(),
                "unplaced": w.unplaced_described(),
            })
        });
        output::print_json(&json!({
            "studies": base.studies.len(),
            "excerpts": base.excerpts.len(),
            "summary": summary,
            "weighed": weighed,
        }))?;
        return Ok(placed(weighed_status));
    }
    let mut text = summary.to_markdown();
    if let Some(w) = &weighed {
        text.push_str(&format!(
            "\n## {} weighed by the excerpts\n\n{w}\n",
            w.graph().info().name
        ));
    }
    output::print(&text)?;
    Ok(placed(weighed_status))
}

/// Exit 1 (findings) when `unplaced` parts of excerpts were left out of the weighed model.
fn placed(unplaced: usize) -> Status {
    if unplaced == 0 {
        Status::Clean
    } else {
        Status::Findings
    }
}

/// `--to` of `codebook`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CodebookFormat {
    /// A REFI-QDA codebook (.qdc), read by NVivo, ATLAS.ti, MAXQDA and QualCoder
    Qdc,
    /// CSV: code, parent, description, id
    Csv,
}

/// Options of `codebook`.
#[derive(Debug, clap::Args)]
pub struct CodebookArgs {
    /// The output format [default: from the extension of -o FILE (.csv, .qdc), else qdc]
    #[arg(long, value_enum)]
    to: Option<CodebookFormat>,
    /// The CFIR edition of the context codes
    #[arg(long, value_enum, default_value_t = Edition::Cfir2009)]
    edition: Edition,
    /// The review's coding scheme only, without the model's mechanisms as codes
    #[arg(long, conflicts_with = "model")]
    review_only: bool,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    model: ModelArgs,
}

/// Runs `codebook`.
pub fn codebook(args: &CodebookArgs) -> Outcome {
    let edition = cfir(args.edition);
    let book = if args.review_only {
        Codebook::review(edition)
    } else {
        Codebook::for_model(&model::load(&args.model)?.graph, edition)
    };
    let named = args.output.as_deref().and_then(codebook_named_by);
    let to = args.to.or(named).unwrap_or(CodebookFormat::Qdc);
    let text = match to {
        CodebookFormat::Qdc => book.to_qdc(),
        CodebookFormat::Csv => book.to_csv(),
    };
    output::write(args.output.as_deref(), &text)?;
    if let (Some(path), Some(named)) = (&args.output, named) {
        if named != to {
            // written as asked, but the file's name will mislead whoever opens it
            eprintln!(
                "isp-moc: note: wrote {} into `{}`, whose extension names another format",
                match to {
                    CodebookFormat::Qdc => "a REFI-QDA codebook (qdc)",
                    CodebookFormat::Csv => "CSV",
                },
                path.display()
            );
        }
    }
    Ok(Status::Clean)
}

/// The codebook format a file's extension names (`.csv`, `.qdc`), if any.
fn codebook_named_by(path: &std::path::Path) -> Option<CodebookFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "csv" => Some(CodebookFormat::Csv),
        "qdc" => Some(CodebookFormat::Qdc),
        _ => None,
    }
}

//! `isp-moc assess`: a site's CFIR ratings turned into a standing for every mechanism and
//! pathway, the factors to address first, and a comparison of high- and
//! low-implementation sites.

use std::path::{Path, PathBuf};

use isp_moc::assess::{
    assess, compare_sites, read_profiles_file, read_rating_matrix_file, AssessOptions, Assessment,
    ContextProfile, MatrixOptions, SiteOutcome,
};
use isp_moc::export::{dot, mermaid, DrawOptions};
use isp_moc::vocab::{CfirVersion, Readings};
use isp_moc::ErrorKind;
use serde_json::{json, Value};

use crate::exit::{Failure, Outcome, Status};
use crate::model::{self, ModelArgs};
use crate::output::{self, OutputArgs};

/// `--edition`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Edition {
    /// CFIR 2009 constructs (names, ids or codes such as II.A)
    Cfir2009,
    /// CFIR 2022 constructs
    Cfir2022,
}

/// `--draw`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Drawing {
    /// Graphviz DOT
    Dot,
    /// A Mermaid flowchart
    Mermaid,
}

/// Options of `assess`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The rule is written out in docs/ASSESSMENT.md. A ratings CSV has one \
    row per CFIR construct (or model factor id) and one column per site, cells in CFIR \
    notation (-2..+2, X, M, 0 (mixed), ...); a ratings JSON is the context-profile document \
    (`isp-moc schema profiles`)."
)]
pub struct AssessArgs {
    /// The site ratings: a CSV rating matrix or a JSON context-profile document
    #[arg(long, value_name = "FILE")]
    ratings: PathBuf,
    /// Assess only this site [default: every site in the file]
    #[arg(long, value_name = "NAME")]
    site: Option<String>,
    /// The CFIR edition of a CSV matrix's construct rows
    #[arg(long, value_enum, default_value_t = Edition::Cfir2009)]
    edition: Edition,
    /// The cell delimiter of a CSV matrix (one character; `;` for many spreadsheet exports)
    #[arg(long, value_name = "C", default_value = ",", value_parser = crate::delimiter::ascii_delimiter)]
    delimiter: u8,
    /// Keep ratings of constructs the model places no factor at aside, as a full
    /// published matrix needs, instead of reporting them as problems
    #[arg(long)]
    allow_unused: bool,
    /// Let the crosswalk's readings, not only its verified rows, carry a rating across
    /// CFIR editions
    #[arg(long)]
    include_readings: bool,
    /// Compare sites: SITE=high or SITE=low (repeatable, at least one of each)
    #[arg(long, value_name = "SITE=OUTCOME", value_parser = site_outcome)]
    outcome: Vec<(String, SiteOutcome)>,
    /// Draw the model coloured by the site's standings into -o FILE (one site only)
    #[arg(long, value_enum, requires = "output")]
    draw: Option<Drawing>,
    /// The drawing's file
    #[arg(short, long, value_name = "FILE", requires = "draw")]
    output: Option<PathBuf>,
    /// Write the report as Markdown (for a planning document)
    #[arg(long, conflicts_with = "format")]
    markdown: bool,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    report: OutputArgs,
}

fn site_outcome(text: &str) -> Result<(String, SiteOutcome), String> {
    let (site, outcome) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("expected SITE=high or SITE=low, not `{text}`"))?;
    let outcome: SiteOutcome = outcome.parse().map_err(|e: isp_moc::Error| e.to_string())?;
    Ok((site.trim().to_owned(), outcome))
}

/// Runs `assess`.
pub fn run(args: &AssessArgs) -> Outcome {
    // the model first, so that the ratings' factor rows are checked against it in the
    // same run as every other problem of the ratings file
    let loaded = model::load(&args.model);
    let graph = loaded.as_ref().ok().map(|l| &l.graph);
    let profiles = match read_profiles(&args.ratings, args.edition, args.delimiter, graph) {
        Ok(profiles) => profiles,
        Err(e) => {
            return Err(match (with_label_hints(e, graph), loaded) {
                // both files are wrong: say so for both
                (Failure::Input(mut ratings), Err(model)) => match Failure::from(model) {
                    Failure::Input(model) => {
                        ratings.message =
                            format!("{}\nand the model: {}", ratings.message, model.message);
                        ratings.errors.extend(model.errors);
                        Failure::Input(ratings)
                    }
                    other => other,
                },
                (failure, _) => failure,
            });
        }
    };
    let g = loaded?.graph;
    let mut options = AssessOptions::default();
    if args.allow_unused {
        options = options.allow_unused();
    }
    if args.include_readings {
        options = options.with_readings(Readings::Include);
    }
    let find = |name: &str| -> Result<&ContextProfile, Failure> {
        profiles.iter().find(|p| p.site == name).ok_or_else(|| {
            let sites: Vec<&str> = profiles.iter().map(|p| p.site.as_str()).collect();
            // a site named in another case is the likely meaning
            let meant = sites
                .iter()
                .find(|s| s.trim().eq_ignore_ascii_case(name.trim()))
                .map_or(String::new(), |s| format!("; did you mean `{s}`?"));
            Failure::message(format!(
                "no site `{name}` in {}{meant} (sites: {})",
                args.ratings.display(),
                sites.join(", ")
            ))
        })
    };
    let selected: Vec<&ContextProfile> = match &args.site {
        Some(name) => vec![find(name)?],
        None => profiles.iter().collect(),
    };
    // every site's problems in one run, not only the first site's
    let (assessments, failed): (Vec<_>, Vec<_>) = selected
        .iter()
        .map(|p| assess(&g, p, &options))
        .partition(Result::is_ok);
    let errors: Vec<isp_moc::Error> = failed.into_iter().filter_map(Result::err).collect();
    match errors.as_slice() {
        [] => {}
        [one] => return Err(one.clone().into()),
        several => return Err(Failure::told(problem_list(several), several.to_vec())),
    }
    let assessments: Vec<Assessment> = assessments.into_iter().flatten().collect();
    let comparison = if args.outcome.is_empty() {
        None
    } else {
        let sites = args
            .outcome
            .iter()
            .map(|(name, o)| Ok(((*find(name)?).clone(), *o)))
            .collect::<Result<Vec<_>, Failure>>()?;
        Some(compare_sites(&g, &sites, &options)?)
    };
    if let (Some(drawing), Some(path)) = (args.draw, &args.output) {
        let [a] = assessments.as_slice() else {
            return Err(Failure::message(format!(
                "--draw colours one site; name it with --site ({} sites in {})",
                assessments.len(),
                args.ratings.display()
            )));
        };
        let mut draw = DrawOptions::default();
        draw.title = Some(format!("{}: {} under its context", a.site, g.info().name));
        draw.styles = a.styles();
        let text = match drawing {
            Drawing::Dot => dot(&g, &draw),
            Drawing::Mermaid => mermaid(&g, &draw),
        };
        output::write(Some(path), &text)?;
    }
    if args.report.json() {
        let to_value = |v: Result<Value, serde_json::Error>| {
            v.map_err(|e| Failure::message(format!("cannot write the report: {e}")))
        };
        let list = assessments
            .iter()
            .map(|a| to_value(serde_json::to_value(a)))
            .collect::<Result<Vec<_>, _>>()?;
        let comparison = comparison
            .as_ref()
            .map(|c| to_value(serde_json::to_value(c)))
            .transpose()?;
        output::print_json(&json!({ "assessments": list, "comparison": comparison }))?;
        return Ok(Status::Clean);
    }
    let mut text = String::new();
    for a in &assessments {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&if args.markdown {
            a.to_markdown(&g)
        } else {
            a.to_text(&g)
        });
    }
    if let Some(c) = &comparison {
        text.push('\n');
        text.push_str(&if args.markdown {
            c.to_markdown(&g)
        } else {
            c.to_text(&g)
        });
    }
    output::print(&text)?;
    Ok(Status::Clean)
}

/// Several sites' problems as one list: a count, then one indented line per problem. A
/// problem of a matrix row that every site repeats (the row's construct placed nowhere)
/// is told once, with the other sites it holds for.
fn problem_list(errors: &[isp_moc::Error]) -> String {
    // the place in the file, without the site: one row rates several sites
    let place = |p: &isp_moc::error::Problem| {
        p.location
            .as_ref()
            .map(|at| (at.file.clone(), at.line, at.column, at.field.clone()))
    };
    let site =
        |p: &isp_moc::error::Problem| match p.location.as_ref().and_then(|at| at.record.as_ref()) {
            Some(isp_moc::error::Record::Rating { site, .. }) => Some(site.clone()),
            _ => None,
        };
    let mut lines: Vec<(&isp_moc::error::Problem, Vec<String>)> = Vec::new();
    for p in errors.iter().flat_map(isp_moc::Error::problems) {
        let same = (lines.iter_mut()).find(|(q, _)| {
            q.kind == p.kind
                && place(q).is_some()
                && place(q) == place(p)
                && site(p).is_some()
                && site(q) != site(p)
        });
        match (same, site(p)) {
            (Some((_, others)), Some(site)) => others.push(site),
            _ => lines.push((p, Vec::new())),
        }
    }
    let omitted: usize = errors.iter().map(isp_moc::Error::omitted).sum();
    let told = |(p, others): &(&isp_moc::error::Problem, Vec<String>)| {
        let others: Vec<String> = others.iter().map(|s| format!("`{s}`")).collect();
        match others.as_slice() {
            [] => p.to_string(),
            [one] => format!("{p} (the same for site {one})"),
            _ => format!("{p} (the same for sites {})", others.join(", ")),
        }
    };
    if let ([one], 0) = (lines.as_slice(), omitted) {
        return told(one);
    }
    let mut text = format!("{} problems:", lines.len() + omitted);
    for line in &lines {
        text.push_str(&format!("\n  {}", told(line)));
    }
    if omitted > 0 {
        text.push_str(&format!("\n  and {omitted} more"));
    }
    text
}

/// The ratings file's problems, with a hint for each key that is the label of one of the
/// model's mechanisms (a factor is rated by its id, and a label reads as an unknown CFIR
/// construct), when the model could be read.
fn with_label_hints(e: RatingsError, graph: Option<&isp_moc::MechanismGraph>) -> Failure {
    let e = match e {
        RatingsError::Read(e) => e,
        RatingsError::Other(failure) => return failure,
    };
    let mut hints = Vec::new();
    if let Some(graph) = graph {
        for p in e.problems() {
            let ErrorKind::UnknownTerm { value, .. } = &p.kind else {
                continue;
            };
            let value = value.trim();
            let labelled = graph
                .mechanisms()
                .iter()
                .find(|m| m.label.trim().eq_ignore_ascii_case(value));
            if let Some(m) = labelled {
                hints.push(format!(
                    "`{value}` is the label of mechanism `{}`; rate it by its id",
                    m.id
                ));
            }
        }
    }
    Failure::told(e.to_string(), vec![e]).with_hints(hints)
}

/// Why a ratings file gave no profiles: the library's problems with it, or another
/// failure (an extension that names no ratings format).
enum RatingsError {
    Read(isp_moc::Error),
    Other(Failure),
}

impl From<isp_moc::Error> for RatingsError {
    fn from(e: isp_moc::Error) -> Self {
        RatingsError::Read(e)
    }
}

/// The site profiles in a ratings file: a CSV matrix or a JSON profile document.
fn read_profiles(
    path: &Path,
    edition: Edition,
    delimiter: u8,
    graph: Option<&isp_moc::MechanismGraph>,
) -> Result<Vec<ContextProfile>, RatingsError> {
    let name = path.display().to_string().to_lowercase();
    model::note_large(path);
    if name.ends_with(".csv") {
        let edition = match edition {
            Edition::Cfir2009 => CfirVersion::Cfir2009,
            Edition::Cfir2022 => CfirVersion::Cfir2022,
        };
        let mut options = MatrixOptions::new(edition).with_delimiter(delimiter);
        if let Some(graph) = graph {
            options = options.with_model(graph);
        }
        Ok(read_rating_matrix_file(path, &options)?)
    } else if name.ends_with(".json") {
        Ok(read_profiles_file(path)?)
    } else {
        Err(RatingsError::Other(Failure::message(format!(
            "`{}`: ratings are a .csv rating matrix or a .json profile document",
            path.display()
        ))))
    }
}

//! `isp-moc diff` and `isp-moc merge`: two models side by side.

use std::path::{Path, PathBuf};

use isp_moc::compare::{
    Change, ConflictKind, IdMap, InfoChange, LinkChange, LinkDiff, ListChange, MechanismChange,
    MechanismDiff, ModelDiff, Side, StudyDiff, Subject,
};
use serde_json::{json, Value};

use crate::check::plural;
use crate::exit::{Failure, Outcome, Status};
use crate::model::{self, ModelFormat};
use crate::output::{self, OutputArgs, Paint};

/// Options of `diff`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 the models are the same; 1 they differ; 2 a model \
    does not load. Mechanisms are matched by id, links by their ends; declaration order is \
    not a difference."
)]
pub struct DiffArgs {
    /// The first model (JSON or GraphML; `-` for standard input)
    a: PathBuf,
    /// The second model
    b: PathBuf,
    /// The format of the model read from standard input (`-`) [default: json]; a named
    /// file's format comes from its extension
    #[arg(long, value_enum, value_name = "FORMAT")]
    model_format: Option<ModelFormat>,
    #[command(flatten)]
    output: OutputArgs,
}

/// Runs `diff`.
pub fn diff(args: &DiffArgs) -> Outcome {
    let (a, b) = two(&args.a, &args.b, args.model_format)?;
    let d = isp_moc::compare::diff(&a.graph, &b.graph);
    if args.output.json() {
        output::print_json(&json!({
            "a": a.source,
            "b": b.source,
            "identical": d.is_empty(),
            "info": d.info.iter().map(info_change).collect::<Vec<_>>(),
            "mechanisms": d.mechanisms.iter().map(mechanism_diff).collect::<Vec<_>>(),
            "links": d.links.iter().map(link_diff).collect::<Vec<_>>(),
            "studies": d.studies.iter().map(study_diff).collect::<Vec<_>>(),
        }))?;
    } else {
        output::print(&coloured(&d))?;
    }
    Ok(if d.is_empty() {
        Status::Clean
    } else {
        Status::Findings
    })
}

/// Two models; at most one from standard input. `format` (`--model-format`) is the
/// format of the one read from standard input only, as its help says: a named file is
/// read by its extension, so a GraphML stream can be compared with a JSON file.
fn two(
    a: &Path,
    b: &Path,
    format: Option<ModelFormat>,
) -> Result<(model::Loaded, model::Loaded), Failure> {
    let stdin = |path: &Path| path == Path::new("-");
    if stdin(a) && stdin(b) {
        return Err(Failure::message(
            "only one of the two models can come from standard input".to_owned(),
        ));
    }
    let format_of = |path: &Path| format.filter(|_| stdin(path));
    Ok((model::read(a, format_of(a))?, model::read(b, format_of(b))?))
}

/// The diff as the library prints it, additions green and removals red on a terminal.
fn coloured(d: &ModelDiff) -> String {
    let paint = Paint::stdout();
    let mut out = String::new();
    for line in d.to_string().lines() {
        let body = line.trim_start();
        let painted = if body.starts_with("+ ") {
            paint.green(line)
        } else if body.starts_with("- ") {
            paint.red(line)
        } else if !line.starts_with(' ') {
            paint.bold(line)
        } else {
            line.to_owned()
        };
        out.push_str(&painted);
        out.push('\n');
    }
    out
}

fn change(field: &str, text: String) -> Value {
    json!({ "field": field, "text": text })
}

/// The values of a changed field, as the model document writes them.
enum Values {
    /// One value: before and after.
    One(Value, Value),
    /// A list: the items added and removed.
    List(Value, Value),
}

/// A field change with its values (a program need not parse `text`); the text alone for
/// a category and evidence, which change in several ways at once.
fn valued(field: &str, text: String, values: Option<Values>) -> Value {
    let mut v = change(field, text);
    let ([a, b], first, second) = match values {
        Some(Values::One(before, after)) => (["before", "after"], before, after),
        Some(Values::List(added, removed)) => (["added", "removed"], added, removed),
        None => return v,
    };
    crate::json::set(&mut v, a, first);
    crate::json::set(&mut v, b, second);
    v
}

/// `before` and `after` of a change of one value.
fn pair<T: serde::Serialize>(c: &Change<T>) -> Option<Values> {
    Some(Values::One(json!(c.before), json!(c.after)))
}

/// `added` and `removed` of a change of a list.
fn list<T: serde::Serialize>(c: &ListChange<T>) -> Option<Values> {
    Some(Values::List(json!(c.added), json!(c.removed)))
}

fn mechanism_values(c: &MechanismChange) -> Option<Values> {
    match c {
        MechanismChange::Label(c) | MechanismChange::Description(c) => pair(c),
        MechanismChange::Group(c) | MechanismChange::Note(c) => pair(c),
        MechanismChange::Passages(c) => list(c),
        _ => None,
    }
}

fn link_values(c: &LinkChange) -> Option<Values> {
    match c {
        LinkChange::Relation(c) => pair(c),
        LinkChange::Polarity(c) => pair(c),
        LinkChange::Basis(c) => pair(c),
        LinkChange::Note(c) => pair(c),
        LinkChange::Weight(w) => Some(Values::One(json!(w.before), json!(w.after))),
        LinkChange::Passages(c) => list(c),
        LinkChange::Moderators(c) => list(c),
        LinkChange::Confidence(c) => pair(c),
        _ => None,
    }
}

fn info_change(c: &InfoChange) -> Value {
    let field = match c {
        InfoChange::Name(_) => "name",
        InfoChange::Description(_) => "description",
        InfoChange::Source(_) => "source",
        InfoChange::DomainSubjects(_) => "domain_subjects",
        InfoChange::Tallies(_) => "tallies",
        InfoChange::Layout(_) => "layout",
        _ => "other",
    };
    change(field, c.to_string())
}

fn mechanism_diff(d: &MechanismDiff) -> Value {
    match d {
        MechanismDiff::Added(m) | MechanismDiff::Removed(m) => json!({
            "change": if matches!(d, MechanismDiff::Added(_)) { "added" } else { "removed" },
            "id": m.id.as_str(),
            "label": m.label,
            "kind": m.kind().as_str(),
        }),
        MechanismDiff::Changed { id, changes, .. } => json!({
            "change": "changed",
            "id": id.as_str(),
            "changes": changes
                .iter()
                .map(|c| valued(mechanism_field(c), c.to_string(), mechanism_values(c)))
                .collect::<Vec<_>>(),
        }),
        other => json!({ "change": "other", "id": other.id().as_str(), "text": other.to_string() }),
    }
}

fn mechanism_field(c: &MechanismChange) -> &'static str {
    match c {
        MechanismChange::Label(_) => "label",
        MechanismChange::Category(_) => "category",
        MechanismChange::Description(_) => "description",
        MechanismChange::Group(_) => "group",
        MechanismChange::Evidence(_) => "evidence",
        MechanismChange::Passages(_) => "passages",
        MechanismChange::Note(_) => "note",
        _ => "other",
    }
}

fn link_diff(d: &LinkDiff) -> Value {
    match d {
        LinkDiff::Added(l) | LinkDiff::Removed(l) => {
            let mut v = crate::json::link(l);
            let change = if matches!(d, LinkDiff::Added(_)) {
                "added"
            } else {
                "removed"
            };
            crate::json::set(&mut v, "change", json!(change));
            v
        }
        LinkDiff::Changed {
            from, to, changes, ..
        } => json!({
            "change": "changed",
            "from": from.as_str(),
            "to": to.as_str(),
            "changes": changes
                .iter()
                .map(|c| valued(link_field(c), c.to_string(), link_values(c)))
                .collect::<Vec<_>>(),
        }),
        other => {
            let (from, to) = other.ends();
            json!({ "change": "other", "from": from, "to": to, "text": other.to_string() })
        }
    }
}

fn link_field(c: &LinkChange) -> &'static str {
    match c {
        LinkChange::Relation(_) => "relation",
        LinkChange::Polarity(_) => "polarity",
        LinkChange::Basis(_) => "basis",
        LinkChange::Evidence(_) => "evidence",
        LinkChange::Passages(_) => "passages",
        LinkChange::Note(_) => "note",
        LinkChange::Weight(_) => "weight",
        LinkChange::Moderators(_) => "moderators",
        LinkChange::Confidence(_) => "confidence",
        _ => "other",
    }
}

/// Options of `merge`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The report goes to standard output; the merged model is written only \
    with -o FILE (format by extension). Exit status: 0 merged without conflicts, or with \
    --accept-conflicts; 1 conflicts not accepted (nothing written); 2 a model or a crosswalk \
    entry is wrong."
)]
pub struct MergeArgs {
    /// The base model (JSON or GraphML; `-` for standard input); its values win conflicts
    base: PathBuf,
    /// The model merged into it
    other: PathBuf,
    /// The other model's id OTHER_ID is the base's BASE_ID (repeatable)
    #[arg(long = "map", value_name = "OTHER_ID=BASE_ID", value_parser = id_pair)]
    map: Vec<(String, String)>,
    /// Write the merged model into this file (.json, .graphml, ...)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Accept the conflicts as the merge settled them (the base's side, or the larger
    /// publication count) and write the model anyway
    #[arg(long)]
    accept_conflicts: bool,
    /// The format of the model read from standard input (`-`) [default: json]; a named
    /// file's format comes from its extension
    #[arg(long, value_enum, value_name = "FORMAT")]
    model_format: Option<ModelFormat>,
    #[command(flatten)]
    report: OutputArgs,
}

fn id_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((other, base)) if !other.trim().is_empty() && !base.trim().is_empty() => {
            Ok((other.trim().to_owned(), base.trim().to_owned()))
        }
        _ => Err(format!("expected OTHER_ID=BASE_ID, not `{text}`")),
    }
}

/// Runs `merge`.
pub fn merge(args: &MergeArgs) -> Outcome {
    let (base, other) = two(&args.base, &args.other, args.model_format)?;
    let ids = args
        .map
        .iter()
        .fold(IdMap::new(), |ids, (o, b)| ids.with(o, b));
    let merged = isp_moc::compare::merge(&base.graph, &other.graph, &ids)?;
    let conflicts = merged.conflicts().len();
    let write = conflicts == 0 || args.accept_conflicts;
    let written = match (&args.output, write) {
        (Some(path), true) => {
            isp_moc::io::write_file(path, merged.graph())?;
            Some(path.display().to_string())
        }
        _ => None,
    };
    if args.report.json() {
        let list: Vec<_> = merged.conflicts().iter().map(conflict).collect();
        output::print_json(&json!({
            "base": base.source,
            "other": other.source,
            "mechanisms": merged.graph().mechanism_count(),
            "links": merged.graph().link_count(),
            "conflicts": list,
            "accepted": conflicts > 0 && args.accept_conflicts,
            "written": written,
        }))?;
    } else {
        let mut text = format!("{merged}\n");
        if let Some(path) = &written {
            text.push_str(&format!("wrote {path}\n"));
        }
        output::print(&text)?;
    }
    if !write {
        eprintln!(
            "{} {conflicts} conflict{} not accepted{}; review them and pass --accept-conflicts",
            Paint::stderr().red_bold("error:"),
            plural(conflicts),
            if args.output.is_some() {
                ", nothing written"
            } else {
                ""
            }
        );
        return Ok(Status::Findings);
    }
    Ok(Status::Clean)
}

/// `{"subject": {...}, "kind", "message", "kept"}`.
fn conflict(c: &isp_moc::compare::Conflict) -> Value {
    let subject = match &c.subject {
        Subject::Mechanism { id, other_id } => json!({
            "mechanism": id.as_str(),
            "other_mechanism": other_id.as_str(),
        }),
        Subject::Link {
            from,
            to,
            other_from,
            other_to,
        } => json!({
            "link": { "from": from.as_str(), "to": to.as_str() },
            "other_link": { "from": other_from.as_str(), "to": other_to.as_str() },
        }),
        Subject::Study { id } => json!({ "study": id.as_str() }),
        other => json!({ "text": other.to_string() }),
    };
    // the field in dispute, named as `diff` names it
    let kind = match &c.kind {
        ConflictKind::Label { .. } => "label",
        ConflictKind::Category { .. } => "category",
        ConflictKind::Description { .. } => "description",
        ConflictKind::Group { .. } => "group",
        ConflictKind::Note { .. } => "note",
        ConflictKind::Relation { .. } => "relation",
        ConflictKind::Polarity { .. } => "polarity",
        ConflictKind::Basis { .. } => "basis",
        ConflictKind::Weight(_) => "weight",
        ConflictKind::Confidence { .. } => "confidence",
        ConflictKind::Publications { .. } => "publications",
        ConflictKind::BreaksGrammar { .. } => "breaks_grammar",
        ConflictKind::Study { .. } => "study",
        _ => "other",
    };
    json!({
        "subject": subject,
        "kind": kind,
        "message": c.to_string(),
        "kept": match c.kept {
            Side::Base => "base",
            Side::Other => "other",
        },
    })
}

/// A study-table change; a changed study lists each changed field as the text report
/// prints it (`` location: `NO` → `SE` ``).
fn study_diff(d: &StudyDiff) -> Value {
    match d {
        StudyDiff::Added(s) | StudyDiff::Removed(s) => json!({
            "change": if matches!(d, StudyDiff::Added(_)) { "added" } else { "removed" },
            "id": s.id.as_str(),
            "citation": s.citation.to_string(),
        }),
        StudyDiff::Changed { before, .. } => json!({
            "change": "changed",
            "id": before.id.as_str(),
            "changes": d
                .changes()
                .into_iter()
                .map(|(field, text)| change(field, text))
                .collect::<Vec<_>>(),
        }),
        other => json!({ "change": "other", "text": other.to_string() }),
    }
}

//! The JSON shapes several subcommands share: where a problem is, a pathway, a link.
//! Every shape is built here field by field (never from a library type's serde form), so
//! the command's output stays as `docs/CLI.md` documents it.

use isp_moc::error::{Location, Record};
use isp_moc::model::Link;
use isp_moc::query::Pathway;
use isp_moc::MechanismGraph;
use serde_json::{json, Value};

/// `{"text", "file", "line", "column", "record", "field"}`; `record` is null or
/// `{"kind", ...}`: `mechanism` (`position`, `id`), `link` (`position`, `from`, `to`),
/// `rating` (`site`, `position`), `element` (`name`, `id`), `info`, `document`, or
/// `other` (`text`).
pub fn location(at: &Location) -> Value {
    let record = at.record.as_ref().map(|r| match r {
        Record::Mechanism { position, id } => {
            json!({ "kind": "mechanism", "position": position, "id": id })
        }
        Record::Link { position, from, to } => {
            json!({ "kind": "link", "position": position, "from": from, "to": to })
        }
        Record::Rating { site, position } => {
            json!({ "kind": "rating", "site": site, "position": position })
        }
        Record::Element { name, id } => json!({ "kind": "element", "name": name, "id": id }),
        Record::Info => json!({ "kind": "info" }),
        Record::Document => json!({ "kind": "document" }),
        other => json!({ "kind": "other", "text": other.to_string() }),
    });
    json!({
        "text": at.to_string(),
        "file": at.file,
        "line": at.line,
        "column": at.column,
        "record": record,
        "field": at.field,
    })
}

/// Every problem of an error: `[{"message", "location"}]` (`location` as [`location`], or
/// null), then `{"message": "and N more"}` when problems were left out.
pub fn problems(error: &isp_moc::Error) -> Value {
    let mut list: Vec<Value> = error
        .problems()
        .iter()
        .map(|p| {
            json!({
                "message": p.kind.to_string(),
                "location": p.location.as_ref().map(location),
            })
        })
        .collect();
    if error.omitted() > 0 {
        list.push(json!({ "message": format!("and {} more", error.omitted()), "location": null }));
    }
    Value::Array(list)
}

/// A failure for programs: `{"error": text, "problems": [{"message", "location"}],
/// "hints": [text]}`. `error` is the text printed on standard error; `problems` are the
/// library's problems behind it (as [`problems`]), or the text alone with a null location
/// when the command found the error itself.
pub fn failure(input: &crate::exit::Input) -> Value {
    let mut list: Vec<Value> = Vec::new();
    for error in &input.errors {
        if let Value::Array(problems) = problems(error) {
            list.extend(problems);
        }
    }
    if list.is_empty() {
        list.push(json!({ "message": input.message, "location": null }));
    }
    json!({ "error": input.message, "problems": list, "hints": input.hints })
}

/// `{"mechanisms": [ids], "labels": [labels], "hops", "support", "link_support": [..],
/// "inferred_links"}`; `support` is the weakest link's support (the pathway's strength).
pub fn pathway(p: &Pathway, graph: &MechanismGraph) -> Value {
    json!({
        "mechanisms": p.mechanisms().iter().map(|m| m.as_str()).collect::<Vec<_>>(),
        "labels": labels(graph, p.mechanisms().iter().map(|m| m.as_str())),
        "hops": p.hops(),
        "support": p.strength().support(),
        "link_support": p.link_support(),
        "weight": p.weight(),
        "inferred_links": p.inferred_links(),
    })
}

/// The labels of these mechanisms (the id where one is unknown).
pub fn labels<'a>(graph: &MechanismGraph, ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    ids.into_iter().map(|id| label(graph, id)).collect()
}

/// A mechanism's label (its id if unknown).
pub fn label(graph: &MechanismGraph, id: &str) -> String {
    graph
        .mechanism(id)
        .map_or_else(|_| id.to_owned(), |m| m.label.clone())
}

/// `{"from", "to", "relation", "polarity", "basis", "support"}`.
pub fn link(l: &Link) -> Value {
    json!({
        "from": l.from.as_str(),
        "to": l.to.as_str(),
        "relation": l.relation.as_str(),
        "polarity": l.polarity.as_str(),
        "basis": l.basis.as_str(),
        "support": l.support(),
    })
}

/// Sets `key` of a JSON object (every value this is given is one; anything else is left
/// as it is).
pub fn set(value: &mut Value, key: &str, field: Value) {
    if let Some(object) = value.as_object_mut() {
        object.insert(key.to_owned(), field);
    }
}

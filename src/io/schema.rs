//! The JSON Schema of the model document (feature `schemars`).

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::document::Document;
use super::record::{LinkRecord, MechanismRecord};
use crate::model::{Link, Mechanism};
use crate::MechanismGraph;

/// The JSON Schema (draft 2020-12) of the model document that [`to_json`](super::to_json)
/// writes and [`from_json`](super::from_json) reads, pretty-printed.
///
/// Vocabulary values appear as `enum`s of their stable ids; unknown fields are not allowed;
/// each mechanism kind requires its own category field. The schema checks shape only: the
/// builder's rules (unique ids, known endpoints, the grammar) are checked on loading.
/// `schema/mechanism-model.schema.json` in the repository is this text.
///
/// # Example
///
/// ```
/// let schema = isp_moc::io::json_schema();
/// assert!(schema.contains("\"format_version\""));
/// assert!(schema.contains("\"leads_to\""));
/// ```
pub fn json_schema() -> String {
    schema_text(schemars::schema_for!(Document))
}

/// A generated schema as the crate checks it in: tidied, pretty-printed, newline-ended.
pub(crate) fn schema_text(schema: Schema) -> String {
    let mut schema = serde_json::to_value(schema).unwrap_or_default();
    tidy(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Keeps the first paragraph of each description (schemars copies whole doc comments,
/// Rust examples included), joined onto one line, and bounds `uint32` numbers above as the
/// loader does.
fn tidy(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("format").and_then(|f| f.as_str()) == Some("uint32") {
                map.insert("maximum".to_owned(), u32::MAX.into());
            }
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(text) if key == "description" => {
                        let first = text.split("\n\n").next().unwrap_or_default();
                        *text = first.split_whitespace().collect::<Vec<_>>().join(" ");
                    }
                    _ => tidy(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Adds the per-kind requirements to the mechanism schema: a resource needs `resource`, a
/// reasoning element `reasoning`, a context factor a CFIR 2009 or 2022 domain or construct,
/// an outcome `levels`.
pub(crate) fn require_kind_fields(schema: &mut Schema) {
    let rule = |kind: &str, required: Schema| {
        json_schema!({
            "if": { "properties": { "kind": { "const": kind } }, "required": ["kind"] },
            "then": required,
        })
    };
    let rules = vec![
        rule("resource", json_schema!({ "required": ["resource"] })),
        rule("reasoning", json_schema!({ "required": ["reasoning"] })),
        rule(
            "context",
            json_schema!({ "anyOf": [
                { "required": ["cfir_domain"] },
                { "required": ["cfir_construct"] },
                { "required": ["cfir2022_domain"] },
                { "required": ["cfir2022_construct"] },
            ] }),
        ),
        rule("outcome", json_schema!({ "required": ["levels"] })),
    ];
    schema.insert(
        "allOf".to_owned(),
        serde_json::to_value(rules).unwrap_or_default(),
    );
}

impl JsonSchema for Mechanism {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        MechanismRecord::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        MechanismRecord::json_schema(generator)
    }
}

impl JsonSchema for Link {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        LinkRecord::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        LinkRecord::json_schema(generator)
    }
}

impl JsonSchema for MechanismGraph {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Document::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Document::json_schema(generator)
    }
}

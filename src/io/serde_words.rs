//! serde's messages in plain words: `invalid type: string "2018", expected u16` becomes
//! `` `year` must be a whole number such as 2018, not the text "2018" ``, an unknown field
//! gets a did-you-mean, a missing field names itself.

use crate::error::quoted;
use crate::suggest::nearest;
use crate::ErrorKind;

/// What other graph formats call a field (networkx's node-link data and GraphML: a link's
/// `source` and `target`, a node's `name`), and the crate's name for it.
const OTHER_NAMES: [(&str, &str); 3] = [("source", "from"), ("target", "to"), ("name", "label")];

/// The field of `expected` that other formats call `name`, if any.
fn other_name<'a>(name: &str, expected: &'a [String]) -> Option<&'a str> {
    let (_, ours) = OTHER_NAMES.iter().find(|(other, _)| *other == name)?;
    expected.iter().map(String::as_str).find(|e| e == ours)
}

/// Field `name`, not one of `expected`, with a did-you-mean: a near spelling, or the
/// crate's name for what another format calls it.
pub(crate) fn unknown_field(name: &str, expected: Vec<String>) -> ErrorKind {
    let suggestion = nearest(name, expected.iter().map(String::as_str))
        .or_else(|| other_name(name, &expected))
        .map(str::to_owned);
    ErrorKind::UnknownField {
        field: name.to_owned(),
        suggestion,
        expected,
    }
}

/// The problem a serde message describes, for the field at `path` (`evidence.citations[0]
/// .year`; empty at a record's top level).
pub(crate) fn translate(message: &str, path: &str) -> ErrorKind {
    let field = last_field(path);
    let subject = subject(path, &field);
    if let Some(rest) = message.strip_prefix("missing field `") {
        return ErrorKind::MissingField {
            field: rest.trim_end_matches('`').to_owned(),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // The name is input and may hold backticks; what follows the last `, expected` is
        // the format's own list of fields.
        let (name, expected) = rest
            .rsplit_once("`, expected ")
            .or_else(|| Some((rest.strip_suffix("`, there are no fields")?, "")))
            .unwrap_or((rest, ""));
        return unknown_field(name, backticked(expected));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (name, expected) = rest.rsplit_once("`, expected ").unwrap_or((rest, ""));
        return ErrorKind::InvalidValue {
            field: field.clone(),
            message: format!(
                "{subject} must be {}, not {}",
                wanted(&field, expected),
                quoted(name)
            ),
        };
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        return ErrorKind::DuplicateField {
            field: rest.trim_end_matches('`').to_owned(),
        };
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                // a whole number, but out of the type's range: not "must be a whole number"
                if let Some(range) = out_of_range(found, expected) {
                    return ErrorKind::InvalidValue {
                        field: field.clone(),
                        message: format!("{subject} must be {range}"),
                    };
                }
                return ErrorKind::InvalidValue {
                    field: field.clone(),
                    message: format!(
                        "{subject} must be {}, not {}",
                        wanted(&field, expected),
                        found_words(found)
                    ),
                };
            }
        }
    }
    if message == "number out of range" {
        return ErrorKind::InvalidValue {
            field: field.clone(),
            message: format!("{subject} is a number too large to store"),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let expected = rest.split_once(", expected ").map_or("", |(_, e)| e);
        return ErrorKind::InvalidValue {
            field: field.clone(),
            message: format!("{subject} must have {expected}"),
        };
    }
    // A message of this crate's own (an unknown vocabulary id, a malformed citation):
    // already in plain words.
    ErrorKind::InvalidValue {
        field,
        message: message.to_owned(),
    }
}

/// For a whole number `found` (serde's ``integer `-2` ``) outside the unsigned type
/// `expected`: "from 0 to 4294967295, not the number -2".
fn out_of_range(found: &str, expected: &str) -> Option<String> {
    let n: i128 = found
        .strip_prefix("integer `")?
        .strip_suffix('`')?
        .parse()
        .ok()?;
    let max = match expected {
        "u8" => u64::from(u8::MAX),
        "u16" => u64::from(u16::MAX),
        "u32" => u64::from(u32::MAX),
        // a version number, say: its range says nothing useful
        _ => return None,
    };
    (n < 0 || n > i128::from(max)).then(|| format!("from 0 to {max}, not the number {n}"))
}

/// What a message says must be something: `` `year` ``; "each item of `levels`" for
/// `levels[1]` (the list itself is fine); "the record" at a record's top level (its
/// location names it: mechanism #1, rating #2), not a made-up field name.
fn subject(path: &str, field: &str) -> String {
    if path.trim_start_matches('.').is_empty() {
        "the record".to_owned()
    } else if path.ends_with(']') {
        format!("each item of `{field}`")
    } else {
        format!("`{field}`")
    }
}

/// The last named segment of a path: `evidence.citations[0].year` → `year`,
/// `levels[1]` → `levels`.
fn last_field(path: &str) -> String {
    let last = path.rsplit('.').next().unwrap_or(path);
    let name = last.split('[').next().unwrap_or(last);
    if name.is_empty() {
        "value".to_owned()
    } else {
        name.to_owned()
    }
}

/// The words between backticks in `text`.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// What a field must be, in plain words: by field name where this crate knows it, else
/// by serde's expected type.
fn wanted(field: &str, expected: &str) -> String {
    let by_field = match field {
        "year" => Some("a whole number such as 2018"),
        "publications" => Some("a whole number (a count of publications) such as 12"),
        "format_version" => Some("a whole number such as 1"),
        "excerpt_share" => Some("a number between 0 and 1 such as 0.67"),
        "suffix" => Some("one lowercase letter such as \"b\""),
        "id" | "from" | "to" => Some("a snake_case id in quotes such as \"self_efficacy\""),
        _ => None,
    };
    if let Some(words) = by_field {
        return words.to_owned();
    }
    let words = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number",
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number",
        "f32" | "f64" => "a number",
        "a string" => "text in quotes",
        "a character" => "one character in quotes",
        "a boolean" => "true or false",
        "a sequence" => "a list in square brackets",
        e if e.starts_with("struct ") || e.contains("map") => "an object in curly braces",
        e if e.starts_with("a citation") => {
            "a citation: an object, or text such as \"Williams et al. 2017\""
        }
        e => return e.to_owned(),
    };
    words.to_owned()
}

/// What was found instead, in plain words.
fn found_words(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        let text = text.trim_matches('"');
        return format!("the text {}", quoted(text));
    }
    for (prefix, words) in [
        ("integer ", "the number "),
        ("floating point ", "the number "),
        ("boolean ", ""),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return format!("{words}{}", value.trim_matches('`'));
        }
    }
    match found {
        "null" | "unit value" => "null".to_owned(),
        "sequence" => "a list".to_owned(),
        "map" => "an object".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_errors_read_as_plain_words() {
        let k = translate(
            "invalid type: string \"2018\", expected u16",
            "evidence.citations[0].year",
        );
        assert_eq!(
            k.to_string(),
            "`year` must be a whole number such as 2018, not the text `2018`"
        );
        let k = translate("invalid type: integer `3`, expected a string", "label");
        assert_eq!(
            k.to_string(),
            "`label` must be text in quotes, not the number 3"
        );
        let k = translate("invalid type: map, expected a sequence", "levels");
        assert_eq!(
            k.to_string(),
            "`levels` must be a list in square brackets, not an object"
        );
        let k = translate("invalid value: integer `70000`, expected u16", "year");
        assert_eq!(
            k.to_string(),
            "`year` must be from 0 to 65535, not the number 70000"
        );
        let k = translate("invalid type: string \"x\", expected u16", "year");
        assert_eq!(
            k.to_string(),
            "`year` must be a whole number such as 2018, not the text `x`"
        );
    }

    #[test]
    fn a_list_item_or_a_whole_record_is_not_called_by_a_field_name() {
        let k = translate(
            "invalid type: integer `1`, expected a string",
            "passages[0]",
        );
        assert_eq!(
            k.to_string(),
            "each item of `passages` must be text in quotes, not the number 1"
        );
        let k = translate(
            "invalid type: string \"trust\", expected struct MechanismRecord",
            "",
        );
        assert_eq!(
            k.to_string(),
            "the record must be an object in curly braces, not the text `trust`"
        );
    }

    #[test]
    fn unknown_fields_get_a_suggestion() {
        let k = translate(
            "unknown field `lable`, expected one of `id`, `kind`, `label`",
            "",
        );
        assert_eq!(
            k.to_string(),
            "unknown field `lable`; did you mean `label`? (expected one of `id`, `kind`, `label`)"
        );
    }

    #[test]
    fn input_in_serde_messages_stays_input() {
        let k = translate(
            "unknown field `a`, expected `b`, `c`\u{1b}`, expected one of `id`, `label`",
            "",
        );
        assert_eq!(
            k.to_string(),
            "unknown field `a\\`, expected \\`b\\`, \\`c\\`\\u{1b}` (expected `id` or `label`)"
        );
        let k = translate("unknown field `x`, there are no fields", "");
        assert_eq!(k.to_string(), "unknown field `x`");
        let k = translate(
            "unknown variant `lots\nof`, expected `one` or `two`",
            "layout",
        );
        assert_eq!(
            k.to_string(),
            "`layout` must be `one` or `two`, not `lots\\nof`"
        );
    }

    #[test]
    fn missing_and_duplicate_fields_name_themselves() {
        assert_eq!(
            translate("missing field `label`", "").to_string(),
            "missing field `label`"
        );
        assert_eq!(
            translate("duplicate field `label`", "").to_string(),
            "field `label` is given twice"
        );
    }
}

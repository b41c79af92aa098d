//! Saving and loading graphs as JSON text.
//!
//! Loading reads the text once on the happy path. When anything is wrong, it reads it
//! again record by record ([`diagnose`]), so that every problem is reported at once, each
//! with its record, line and column.

use std::fmt;

use serde::de::{Deserialize, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::collected::{at_record, Collected};
use super::document::{Document, DocumentView};
use super::line_table::LineTable;
use super::record::{LinkRecord, MechanismRecord};
use super::serde_words::{translate, unknown_field};
use super::version::FORMAT_VERSION;
use crate::error::{Location, Problem, Record, MAX_PROBLEMS};
use crate::model::{Link, ModelInfo, Study};
use crate::{Error, ErrorKind, MechanismGraph, Result};

/// The graph as a pretty-printed, versioned JSON document (two-space indent, trailing
/// newline), elements and links in declaration order. Floats are written in their shortest
/// exact form and read back bit for bit.
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// let text = isp_moc::io::to_json(&g);
/// assert!(text.starts_with("{\n  \"format_version\": 2,"));
/// assert_eq!(isp_moc::io::from_json(&text)?, g);
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn to_json(graph: &MechanismGraph) -> String {
    // Serializing plain data into a String cannot fail.
    let mut text = serde_json::to_string_pretty(&DocumentView::from(graph)).unwrap_or_default();
    text.push('\n');
    text
}

/// The graph as a compact JSON document: the same document as [`to_json`], without
/// indentation or line breaks (about two thirds of the size on large models, and quicker
/// to write and read). [`from_json`] reads either.
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// let text = isp_moc::io::to_json_compact(&g);
/// assert!(text.starts_with("{\"format_version\":2,"));
/// assert!(text.len() < isp_moc::io::to_json(&g).len());
/// assert_eq!(isp_moc::io::from_json(&text)?, g);
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn to_json_compact(graph: &MechanismGraph) -> String {
    // Serializing plain data into a String cannot fail.
    serde_json::to_string(&DocumentView::from(graph)).unwrap_or_default()
}

/// Reads a graph from JSON text, with the builder's validation.
///
/// # Errors
///
/// Every problem in the document, in declaration order, each located at its line and
/// column and naming its record (see [`Location`]):
///
/// * [`ErrorKind::Syntax`] for malformed JSON (alone: nothing after it can be read);
/// * [`ErrorKind::UnsupportedFormatVersion`] for a document of another format version
///   (alone: its fields may mean something else);
/// * [`ErrorKind::UnknownField`] (with a did-you-mean), [`ErrorKind::MissingField`],
///   [`ErrorKind::DuplicateField`], and [`ErrorKind::InvalidValue`] for a wrong type, an
///   out-of-range number or an unknown vocabulary id, in plain words;
/// * every error of the builder ([`ErrorKind::DuplicateMechanism`],
///   [`ErrorKind::UnknownEndpoint`], [`ErrorKind::GrammarViolation`], ...). A link that
///   names a mechanism which could not be read is not checked, so one mistake is reported
///   once.
///
/// Nothing is returned unless the whole document is valid.
///
/// # Example
///
/// ```
/// use isp_moc::ErrorKind;
/// let err = isp_moc::io::from_json(r#"{"format_version": 1, "mechanisms": [], "link": []}"#).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnknownField { field, .. } if field == "link"));
/// assert_eq!(err.to_string(), "line 1, column 41, document: unknown field `link`; did you mean \
///     `links`? (expected one of `format_version`, `info`, `mechanisms`, `links`, `studies`)");
/// ```
pub fn from_json(text: &str) -> Result<MechanismGraph> {
    let text = crate::limits::check_input(text)?;
    let fast = serde_json::from_str::<Document>(text)
        .map_err(|e| {
            Error::new(ErrorKind::Syntax {
                format: "JSON",
                message: e.to_string(),
            })
        })
        .and_then(Document::into_collected)
        .and_then(Collected::finish);
    match fast {
        Ok(graph) => Ok(graph),
        // Read again, record by record, to find and place every problem.
        Err(first) => Err(diagnose(text).unwrap_or(first)),
    }
}

/// The fields a document has, in the order it writes them.
const DOCUMENT_FIELDS: [&str; 5] = ["format_version", "info", "mechanisms", "links", "studies"];

/// Every problem of a document that failed to load, placed; `None` if none is found
/// (the caller then reports the first reading's error).
fn diagnose(text: &str) -> Option<Error> {
    let lines = Lines::new(text);
    let Some(open) = text.find(|c: char| !c.is_whitespace()) else {
        return Some(syntax(
            &lines,
            text.len(),
            "the document is empty; expected a JSON object (a model document)",
        ));
    };
    if text[open..].starts_with('<') {
        return Some(syntax(
            &lines,
            open,
            "expected a JSON object (a model document), but the text starts with `<`: is \
             it GraphML? (read it with `io::from_graphml`, or `--model-format graphml`)",
        ));
    }
    if !text[open..].starts_with('{') {
        // valid JSON, perhaps, but not a model document: say what it is instead
        let found = match text[open..].bytes().next() {
            Some(b'[') => "a list",
            Some(b'"') => "a quoted string",
            Some(b'n') => "null",
            Some(b't' | b'f') => "true or false",
            Some(b'-' | b'0'..=b'9') => "a number",
            _ => "not JSON",
        };
        return Some(syntax(
            &lines,
            open,
            &format!(
                "expected a JSON object (a model document: `{{\"format_version\": …}}`), but \
                 the text is {found}"
            ),
        ));
    }
    let top = match serde_json::from_str::<Top<'_>>(text) {
        Ok(top) => top,
        Err(e) => return Some(serde_error(&e, None, &lines, 0, Location::default()).into()),
    };
    let has = |name: &str| top.0.iter().any(|(key, _)| key == name);
    if !has("mechanisms") && has("nodes") && (has("edges") || has("links")) {
        return Some(syntax(
            &lines,
            open,
            "this is networkx node-link JSON (`nodes` and `edges`), which isp-moc writes but \
             does not read; read the model document (JSON with `mechanisms` and `links`) or \
             GraphML",
        ));
    }
    let document_at = |offset: usize| at_record(Record::Document, Some(lines.position(offset)));
    let mut c = Collected::default();
    let mut fields: [Option<&RawValue>; 5] = [None; 5];
    for (key, raw) in &top.0 {
        // a misnamed or repeated field is shown at its name, not at its value
        let offset = lines.key_before(lines.offset_of(raw.get()));
        let slot = DOCUMENT_FIELDS
            .iter()
            .position(|f| f == key)
            .and_then(|i| fields.get_mut(i));
        match slot {
            Some(Some(_)) => c.problems.add(
                ErrorKind::DuplicateField { field: key.clone() },
                document_at(offset),
            ),
            Some(slot) => *slot = Some(*raw),
            None => c.problems.push(
                Problem::new(translate(
                    &format!(
                        "unknown field `{key}`, expected one of {}",
                        DOCUMENT_FIELDS.map(|f| format!("`{f}`")).join(", ")
                    ),
                    "",
                ))
                .at(document_at(offset)),
            ),
        }
    }
    let [version, info, mechanisms, links, studies] = fields;
    let mut declared = u64::from(FORMAT_VERSION);
    match version {
        None => c.problems.add(
            ErrorKind::MissingField {
                field: "format_version".to_owned(),
            },
            document_at(open),
        ),
        Some(raw) => match read::<u64>(raw, &lines, "format_version", Record::Document) {
            Ok(found) => {
                if let Some(kind) = super::version::unsupported(found) {
                    let at = document_at(lines.offset_of(raw.get()));
                    return Some(Problem::new(kind).at(at).into());
                }
                declared = found;
            }
            Err(p) => c.problems.push(*p),
        },
    }
    if let Some(raw) = info {
        c.info_at = Some(lines.position(lines.offset_of(raw.get())));
        match read::<ModelInfo>(raw, &lines, "", Record::Info) {
            Ok(info) => c.info = info,
            Err(p) => c.problems.push(*p),
        }
    }
    let mechanisms = list(mechanisms, &lines, "mechanisms", &mut c);
    let links = list(links, &lines, "links", &mut c);
    let studies = list(studies, &lines, "studies", &mut c);
    // checked before each record is read
    if let Err(e) = crate::limits::check_records("mechanisms", mechanisms.len())
        .and_then(|()| crate::limits::check_records("links", links.len()))
        .and_then(|()| crate::limits::check_records("studies", studies.len()))
    {
        return Some(e);
    }
    for (i, raw) in mechanisms.iter().enumerate() {
        let start = Some(lines.position(lines.offset_of(raw.get())));
        let id = probe(raw, "id");
        let record = Record::Mechanism {
            position: i + 1,
            id: id
                .clone()
                .filter(|id| crate::id::invalid_reason(id).is_none()),
        };
        match read_record::<MechanismRecord>(raw, &lines, &record) {
            Ok(r) => c.add_mechanism(i + 1, start, r),
            // not added without its bad fields: links to it are checked as to a
            // mechanism that could not be read
            Err(unread) => {
                if let Some(id) = id {
                    c.add_unreadable(id, i + 1, start);
                }
                unread.report(&mut c);
            }
        }
    }
    for (i, raw) in links.iter().enumerate() {
        let start = Some(lines.position(lines.offset_of(raw.get())));
        let record = Record::Link {
            position: i + 1,
            from: probe(raw, "from"),
            to: probe(raw, "to"),
        };
        match read_record::<LinkRecord>(raw, &lines, &record) {
            Ok(r) => c.links.push(i + 1, start, Link::from(r)),
            // read without its bad optional fields, it is still checked (its ends, its
            // moderators, the grammar)
            Err(unread) => match unread.report(&mut c) {
                Some(r) => c.links.push(i + 1, start, Link::from(r)),
                // a required field is bad: its ends and moderators are still checked
                None => {
                    if let Some(link) = ends_of(raw) {
                        c.links.push(i + 1, start, link);
                        c.partial_links.push(i + 1);
                    }
                }
            },
        }
    }
    for (i, raw) in studies.iter().enumerate() {
        let start = Some(lines.position(lines.offset_of(raw.get())));
        let record = Record::Study {
            position: i + 1,
            id: probe(raw, "id").filter(|id| crate::id::invalid_reason(id).is_none()),
        };
        match read_record::<Study>(raw, &lines, &record) {
            Ok(s) => c.studies.push(i + 1, start, s),
            Err(unread) => {
                unread.report(&mut c);
            }
        }
    }
    for kind in super::version::too_new_content(declared, &c) {
        let at = newer_link_field(&kind, &links, &lines)
            .unwrap_or_else(|| document_at(version.map_or(open, |raw| lines.offset_of(raw.get()))));
        c.problems.push(Problem::new(kind).at(at));
    }
    c.finish().err().map(|e| place_entries(e, &links, &lines))
}

/// Shows a link's problem with one entry of a list (`moderators[1]`) at that entry, not at
/// the link's start: the builder finds the problem, and only the text knows where the
/// entry is.
fn place_entries(mut error: Error, links: &[&RawValue], lines: &Lines<'_>) -> Error {
    for p in error.problems_mut() {
        let Some(at) = p.location.as_mut() else {
            continue;
        };
        let (Some(Record::Link { position, .. }), Some(field)) = (&at.record, &at.field) else {
            continue;
        };
        let entry = list_entry(field).and_then(|(name, k)| {
            let raw = links.get(position.wrapping_sub(1))?;
            entry_of(raw, name, k)
        });
        if let Some(entry) = entry {
            let (line, column) = lines.position(lines.offset_of(entry.get()));
            (at.line, at.column) = (Some(line), Some(column));
        }
    }
    error
}

/// Where a link first uses a field its document's version cannot hold (`links[].weight`):
/// at that field of that link, so the reader sees the use as well as the version to raise.
fn newer_link_field(kind: &ErrorKind, links: &[&RawValue], lines: &Lines<'_>) -> Option<Location> {
    let ErrorKind::NeedsFormatVersion { field, .. } = kind else {
        return None;
    };
    let name = field.strip_prefix("links[].")?;
    let (i, raw, value) = links
        .iter()
        .enumerate()
        .find_map(|(i, raw)| Some((i, raw, field_of(raw, name)?)))?;
    let mut at = Location::record(Record::Link {
        position: i + 1,
        from: probe(raw, "from"),
        to: probe(raw, "to"),
    })
    .with_field(name);
    let (line, column) = lines.position(lines.offset_of(value.get()));
    (at.line, at.column) = (Some(line), Some(column));
    Some(at)
}

/// `moderators[1]` as `("moderators", 1)`.
fn list_entry(field: &str) -> Option<(&str, usize)> {
    let (name, rest) = field.split_once('[')?;
    Some((name, rest.strip_suffix(']')?.parse().ok()?))
}

/// The `k`th entry of the list field `name` of a record.
fn entry_of<'a>(record: &'a RawValue, name: &str, k: usize) -> Option<&'a RawValue> {
    let list = field_of(record, name)?;
    serde_json::from_str::<Vec<&'a RawValue>>(list.get())
        .ok()?
        .into_iter()
        .nth(k)
}

/// The value of field `name` of a record, unread.
fn field_of<'a>(record: &'a RawValue, name: &str) -> Option<&'a RawValue> {
    let Top(fields) = serde_json::from_str::<Top<'a>>(record.get()).ok()?;
    fields
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// The elements of the `mechanisms` or `links` array (none, with a problem recorded, when
/// it is not an array).
fn list<'a>(
    raw: Option<&'a RawValue>,
    lines: &Lines<'_>,
    name: &str,
    c: &mut Collected,
) -> Vec<&'a RawValue> {
    let Some(raw) = raw else {
        return Vec::new();
    };
    match read::<Vec<&RawValue>>(raw, lines, name, Record::Document) {
        Ok(items) => items,
        Err(p) => {
            c.problems.push(*p);
            Vec::new()
        }
    }
}

/// Reads one value of the document; a failure becomes a problem at the exact line and
/// column, naming `record` and the field's path (prefixed with `name` for top-level
/// values).
fn read<'a, T: Deserialize<'a>>(
    raw: &'a RawValue,
    lines: &Lines<'_>,
    name: &str,
    record: Record,
) -> std::result::Result<T, Box<Problem>> {
    let at = Location::record(record);
    read_text(raw.get(), lines.offset_of(raw.get()), lines, name, at).map_err(|(p, _)| p)
}

/// Reads `text`, which stands at byte `start` of the document (or is a copy laid out as
/// the document is there, see [`read_record`]); a failure is a problem (see [`read`]) and
/// the byte of the document at which serde_json noticed it.
fn read_text<'a, T: Deserialize<'a>>(
    text: &'a str,
    start: usize,
    lines: &Lines<'_>,
    name: &str,
    at: Location,
) -> std::result::Result<T, (Box<Problem>, usize)> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = match (name, path.as_str()) {
            (name, ".") => name.to_owned(),
            ("", path) => path.to_owned(),
            (name, path) => format!("{name}.{path}"),
        };
        let (line, column) = lines.absolute(start, e.inner());
        let noticed = lines.offset(line, column).unwrap_or(start);
        let problem = serde_error(e.inner(), Some(&path), lines, start, at);
        (Box::new(problem), noticed)
    })
}

/// Reads one record (a mechanism, link or study). When it fails, serde has stopped at the
/// first bad field, so the record is read again without each field found wrong, blanked
/// out in a copy laid out as the document is, until the rest reads: every bad field of
/// the record is reported in one run. The record read without its bad fields comes back
/// with the problems when only optional fields were left out (`None` when a required one
/// was, or the record cannot be split into fields).
fn read_record<T: DeserializeOwned>(
    raw: &RawValue,
    lines: &Lines<'_>,
    record: &Record,
) -> std::result::Result<T, Unread<T>> {
    let start = lines.offset_of(raw.get());
    let at = Location::record(record.clone());
    let (first, noticed) = match read_text(raw.get(), start, lines, "", at.clone()) {
        Ok(value) => return Ok(value),
        Err(failure) => failure,
    };
    // a missing field of the record itself is the last thing serde checks: every other
    // field has read (one missing inside a field's value is that field's problem)
    if is_missing_here(&first) {
        return Err(Unread::one(*first));
    }
    let Ok(Top(fields)) = serde_json::from_str::<Top<'_>>(raw.get()) else {
        return Err(Unread::one(*first));
    };
    let mut fields = Fields::new(&fields, raw, lines, start);
    let mut problems = Vec::new();
    let mut omitted = 0;
    // only so many are kept in an error anyway: the rest are counted, not placed (placing
    // one counts the characters before it on its line)
    let mut keep = |make: &dyn Fn() -> Problem, problems: &mut Vec<Problem>| {
        if problems.len() < MAX_PROBLEMS {
            problems.push(make());
        } else {
            omitted += 1;
        }
    };
    // every later copy of a field given twice, found at once: serde notices a repeat only
    // when the first copy reads, and blanking a bad first copy would hide the second
    for j in fields.repeats() {
        fields.blank(j);
        keep(&|| fields.repeated(j, &first, lines, start), &mut problems);
    }
    let (mut problem, mut noticed) = (first, noticed);
    let rest = loop {
        // the field in which the problem was noticed: the last one starting before it; a
        // repeat is reported already
        let Some(i) = fields.at(noticed - start) else {
            problems.push(*problem);
            break None;
        };
        if !fields.is_blank(i) {
            // the same mistake in other fields of the record is found now, not one read
            // each (a record of many unknown fields is not read again for each)
            let alike = fields.unknown_alike(i, &problem);
            fields.blank(i);
            for j in alike {
                fields.blank(j);
                keep(&|| fields.unknown(j, &problem, lines, start), &mut problems);
            }
            problems.push(*problem);
        }
        if fields.rereads == MAX_REREADS {
            break None;
        }
        fields.rereads += 1;
        match read_text::<T>(fields.text(), start, lines, "", at.clone()) {
            Ok(rest) => break Some(rest),
            Err((next, at)) => {
                if is_missing_here(&next) {
                    let ErrorKind::MissingField { field } = &next.kind else {
                        break None;
                    };
                    // a required field left out (reported already), misspelt (an unknown
                    // field's did-you-mean names it) or missing
                    let misspelt = problems.iter().any(|p| {
                        matches!(&p.kind, ErrorKind::UnknownField { suggestion: Some(s), .. }
                            if s == field)
                    });
                    if !fields.left_out(field) && !misspelt {
                        problems.push(*next);
                    }
                    break None;
                }
                (problem, noticed) = (next, at);
            }
        }
    };
    problems.sort_by_key(|p| p.location.as_ref().map(|at| (at.line, at.column)));
    Err(Unread {
        problems,
        omitted,
        rest,
    })
}

/// Whether `problem` is a field missing from the record itself (not from a field's value,
/// such as an observation without its valence).
fn is_missing_here(problem: &Problem) -> bool {
    matches!(problem.kind, ErrorKind::MissingField { .. })
        && problem
            .location
            .as_ref()
            .is_none_or(|at| at.field.is_none())
}

/// What [`read_record`] found in a record that failed to read.
struct Unread<T> {
    /// Its problems, in the order of the text.
    problems: Vec<Problem>,
    /// How many more fields had the same problem as one of those (unknown or repeated
    /// fields), counted, not kept.
    omitted: usize,
    /// The record read without its bad fields, when they were all optional.
    rest: Option<T>,
}

impl<T> Unread<T> {
    fn one(problem: Problem) -> Self {
        Unread {
            problems: vec![problem],
            omitted: 0,
            rest: None,
        }
    }

    /// Records the problems in `c`, handing back the rest of the record.
    fn report(self, c: &mut Collected) -> Option<T> {
        c.problems.extend(self.problems);
        c.problems.omit(self.omitted);
        self.rest
    }
}

/// How many times a record is read again without its bad fields (see [`read_record`]):
/// more than any record type has fields.
const MAX_REREADS: usize = 24;

/// The top-level fields of a record that failed to read, and a copy of its text with the
/// bad ones blanked out.
struct Fields<'r> {
    /// Each field's name and span in the record: from its key's opening quote to its
    /// value's end.
    spans: Vec<(&'r str, usize, usize)>,
    /// Which fields are blanked out.
    blanked: Vec<bool>,
    /// The record's text with them blanked.
    text: Vec<u8>,
    rereads: usize,
}

impl<'r> Fields<'r> {
    fn new(
        fields: &'r [(String, &RawValue)],
        raw: &RawValue,
        lines: &Lines<'_>,
        start: usize,
    ) -> Self {
        let spans: Vec<(&str, usize, usize)> = fields
            .iter()
            .map(|(name, value)| {
                let at = lines.offset_of(value.get());
                let key = lines.key_before(at).saturating_sub(start);
                (
                    name.as_str(),
                    key,
                    at.saturating_sub(start) + value.get().len(),
                )
            })
            .collect();
        Fields {
            blanked: vec![false; spans.len()],
            spans,
            text: raw.get().as_bytes().to_vec(),
            rereads: 0,
        }
    }

    /// The field in which byte `offset` of the record lies.
    fn at(&self, offset: usize) -> Option<usize> {
        self.spans.iter().rposition(|&(_, key, _)| key <= offset)
    }

    fn is_blank(&self, j: usize) -> bool {
        self.blanked.get(j).copied().unwrap_or(true)
    }

    /// When `problem`, found in field `i`, is an unknown field of the record itself (not
    /// of a field's value, which has fields of its own): every other field the record type
    /// does not know.
    fn unknown_alike(&self, i: usize, problem: &Problem) -> Vec<usize> {
        let top_level = problem
            .location
            .as_ref()
            .is_none_or(|at| at.field.is_none());
        match &problem.kind {
            ErrorKind::UnknownField { expected, .. } if top_level => (0..self.spans.len())
                .filter(|&j| j != i && !self.is_blank(j))
                .filter(|&j| {
                    let name = self.name(j);
                    !expected.iter().any(|e| e == name)
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Every field after the first of its name.
    fn repeats(&self) -> Vec<usize> {
        let mut seen = std::collections::HashSet::new();
        (0..self.spans.len())
            .filter(|&j| !seen.insert(self.name(j)))
            .collect()
    }

    fn name(&self, j: usize) -> &'r str {
        self.spans.get(j).map_or("", |&(name, _, _)| name)
    }

    /// The problem of unknown field `j`, in the words `like` has for another.
    fn unknown(&self, j: usize, like: &Problem, lines: &Lines<'_>, start: usize) -> Problem {
        let expected = match &like.kind {
            ErrorKind::UnknownField { expected, .. } => expected.clone(),
            _ => Vec::new(),
        };
        let kind = unknown_field(self.name(j), expected);
        self.placed(j, kind, like, lines, start)
    }

    /// The problem of field `j` given again.
    fn repeated(&self, j: usize, like: &Problem, lines: &Lines<'_>, start: usize) -> Problem {
        let kind = ErrorKind::DuplicateField {
            field: self.name(j).to_owned(),
        };
        self.placed(j, kind, like, lines, start)
    }

    /// A problem of `kind` at field `j`'s name, in `like`'s record.
    fn placed(
        &self,
        j: usize,
        kind: ErrorKind,
        like: &Problem,
        lines: &Lines<'_>,
        start: usize,
    ) -> Problem {
        let key = self.spans.get(j).map_or(0, |&(_, key, _)| key);
        let (line, column) = lines.position(start + key);
        let mut at = like.location.clone().unwrap_or_default();
        (at.line, at.column, at.field) = (Some(line), Some(column), None);
        Problem::new(kind).at(at)
    }

    fn blank(&mut self, j: usize) {
        if let (Some(&(_, key, end)), Some(done)) = (self.spans.get(j), self.blanked.get_mut(j)) {
            blank(&mut self.text, key, end);
            *done = true;
        }
    }

    /// Whether a field of this name is blanked out (and no other of the name is left).
    fn left_out(&self, name: &str) -> bool {
        let mut named = self
            .spans
            .iter()
            .zip(&self.blanked)
            .filter(|((n, _, _), _)| *n == name);
        named.clone().next().is_some() && named.all(|(_, &done)| done)
    }

    /// The record's text with the bad fields blanked out (spaces over whole characters:
    /// still UTF-8).
    fn text(&self) -> &str {
        std::str::from_utf8(&self.text).unwrap_or_default()
    }
}

/// Blanks the field from `key` to `end` of a record's bytes, and the comma that separates
/// it from the next field (or, for the last field, from the one before), keeping line
/// breaks so that every other byte stays at its line and column.
fn blank(record: &mut [u8], key: usize, end: usize) {
    let is_comma = |at: Option<usize>| at.and_then(|at| record.get(at)) == Some(&b',');
    let solid = |b: &u8| !b.is_ascii_whitespace();
    let after = record
        .get(end..)
        .and_then(|rest| rest.iter().position(solid))
        .map(|k| end + k);
    // looked for only when needed: the fields before may be blanked already, a long way
    let before = || {
        record
            .get(..key)
            .and_then(|head| head.iter().rposition(solid))
    };
    let (from, to) = match after {
        Some(comma) if is_comma(after) => (key, comma + 1),
        _ => match before() {
            Some(comma) if is_comma(Some(comma)) => (comma, end),
            _ => (key, end),
        },
    };
    for b in record.get_mut(from..to).unwrap_or_default() {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// A serde_json error as a problem: its position made absolute (it is relative to
/// `start`), its message in plain words.
fn serde_error(
    e: &serde_json::Error,
    path: Option<&str>,
    lines: &Lines<'_>,
    start: usize,
    mut at: Location,
) -> Problem {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let kind = if (e.is_syntax() && message != "number out of range") || e.is_eof() {
        ErrorKind::Syntax {
            format: "JSON",
            message: message.to_owned(),
        }
    } else {
        translate(message, path.unwrap_or(""))
    };
    // A missing field is noticed at the end of its object: point at the record instead.
    let (line, column) = match kind {
        ErrorKind::MissingField { .. } => lines.byte_position(start),
        _ => lines.absolute(start, e),
    };
    // serde_json reports the end of input as column 0
    let column = column.max(1);
    let (kind, line, column) = lines.place(kind, line, column);
    at.line = Some(line);
    at.column = Some(column);
    at.field = path.and_then(|p| field_path(p, &kind));
    Problem::new(kind).at(at)
}

/// The field path shown in a location: none at a record's top level, and without the last
/// segment when the message already names that field.
fn field_path(path: &str, kind: &ErrorKind) -> Option<String> {
    let named = match kind {
        ErrorKind::UnknownField { field, .. }
        | ErrorKind::MissingField { field }
        | ErrorKind::DuplicateField { field } => Some(field.as_str()),
        _ => None,
    };
    let path = match named {
        Some(field) if path == field => "",
        Some(field) => path
            .strip_suffix(field)
            .and_then(|p| p.strip_suffix('.'))
            .unwrap_or(path),
        None => path,
    };
    (!path.is_empty()).then(|| path.to_owned())
}

/// Where a problem serde_json reported at `line`, `column` of `text` is shown, and in
/// what words (see `Lines::place`; for the other JSON files the crate reads).
pub(crate) fn place(
    text: &str,
    kind: ErrorKind,
    line: usize,
    column: usize,
) -> (ErrorKind, usize, usize) {
    Lines::new(text).place(kind, line, column)
}

/// Where each mechanism and link of a JSON model document starts (line, column), in
/// declaration order; `None` when the text is not a readable document.
pub(crate) struct RecordStarts {
    pub(crate) mechanisms: Vec<(usize, usize)>,
    pub(crate) links: Vec<(usize, usize)>,
}

/// The starts of the records of `text` (see [`RecordStarts`]).
pub(crate) fn record_starts(text: &str) -> Option<RecordStarts> {
    // as the reader reads it: a byte-order mark left out
    let text = crate::limits::check_input(text).ok()?;
    let lines = Lines::new(text);
    let top = serde_json::from_str::<Top<'_>>(text).ok()?;
    let starts = |name: &str| -> Option<Vec<(usize, usize)>> {
        let raw = top
            .0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, raw)| raw);
        let Some(raw) = raw else {
            return Some(Vec::new());
        };
        let items = serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok()?;
        Some(
            items
                .iter()
                .map(|item| lines.position(lines.offset_of(item.get())))
                .collect(),
        )
    };
    Some(RecordStarts {
        mechanisms: starts("mechanisms")?,
        links: starts("links")?,
    })
}

/// A JSON text read part by part (one record of a list at a time), each problem placed in
/// the whole text: for the other JSON files the crate reads, to report a bad record and go
/// on to the next, as the model reader does.
pub(crate) struct JsonParts<'a> {
    lines: Lines<'a>,
}

impl<'a> JsonParts<'a> {
    /// Parts of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        JsonParts {
            lines: Lines::new(text),
        }
    }

    /// The line and column at which `part`, a slice of the text, starts.
    pub(crate) fn position(&self, part: &str) -> (usize, usize) {
        self.lines.position(self.lines.offset_of(part))
    }

    /// Reads `part`, a slice of the text, as a `T`. A problem is placed at the line and
    /// column of the text where it is, in `at` (a record, say), its field path starting
    /// with `name` (empty: the part's own fields).
    pub(crate) fn read<'p, T: Deserialize<'p>>(
        &self,
        part: &'p str,
        name: &str,
        at: Location,
    ) -> std::result::Result<T, Box<Problem>> {
        let start = self.lines.offset_of(part);
        read_text(part, start, &self.lines, name, at).map_err(|(problem, _)| problem)
    }
}

/// A syntax problem at a byte offset.
fn syntax(lines: &Lines<'_>, offset: usize, message: &str) -> Error {
    let (line, column) = lines.position(offset);
    Problem::new(ErrorKind::Syntax {
        format: "JSON",
        message: message.to_owned(),
    })
    .at(Location::at(line, column))
    .into()
}

/// The ends and moderators of a link record whose relation (or another required field)
/// could not be read, as a link to check them by (its relation a stand-in whose problems
/// are not reported: see `Collected::partial_links`); `None` without both ends.
fn ends_of(raw: &RawValue) -> Option<Link> {
    let Top(fields) = serde_json::from_str::<Top<'_>>(raw.get()).ok()?;
    // of a field given twice, the last, as a JSON object keeps it
    let field = |name: &str| {
        let (_, value) = fields.iter().rev().find(|(key, _)| key == name)?;
        Some(value.get())
    };
    let text = |name: &str| serde_json::from_str::<String>(field(name)?).ok();
    let mut link = Link::new(
        &text("from")?,
        &text("to")?,
        crate::model::Relation::LeadsTo,
    );
    let moderators: Vec<String> = field("moderators")
        .and_then(|value| serde_json::from_str(value).ok())
        .unwrap_or_default();
    link.moderators = moderators
        .iter()
        .map(|m| crate::MechanismId::unchecked(m))
        .collect();
    Some(link)
}

/// A string field of a record, if it has one (for naming a record that failed to read).
/// The record's other values are left unread: a number too large to store, say, is what
/// failed.
fn probe(raw: &RawValue, field: &str) -> Option<String> {
    let Top(fields) = serde_json::from_str::<Top<'_>>(raw.get()).ok()?;
    // of a field given twice, the last, as a JSON object keeps it
    let (_, value) = fields.iter().rev().find(|(key, _)| key == field)?;
    serde_json::from_str(value.get()).ok()
}

/// The top level of a document: its fields in order, values unread.
struct Top<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a model document")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Top<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Top(fields))
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// Line starts of a text, to turn byte offsets into 1-based lines and columns. Columns
/// shown count characters, as editors do; serde_json's count bytes, and [`Lines::place`]
/// turns them into characters.
struct Lines<'a> {
    text: &'a str,
    table: LineTable,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            table: LineTable::new(text),
        }
    }

    /// The offset of `part`, a slice of the text, within it.
    fn offset_of(&self, part: &str) -> usize {
        (part.as_ptr() as usize)
            .saturating_sub(self.text.as_ptr() as usize)
            .min(self.text.len())
    }

    /// The offset of the opening quote of the key whose value starts at `value` (the
    /// value's own offset when the text before it is not `"key":`).
    fn key_before(&self, value: usize) -> usize {
        let before = self.text.get(..value).unwrap_or_default().trim_end();
        before
            .strip_suffix(':')
            .and_then(|key| self.key_ending_at(key.len()))
            .unwrap_or(value)
    }

    /// The offset of the opening quote of the string that ends, blanks aside, just before
    /// `end`; `None` when no string ends there.
    fn key_ending_at(&self, end: usize) -> Option<usize> {
        let key = self.text.get(..end)?.trim_end();
        key.ends_with('"')
            .then(|| self.opening_quote(key.len() - 1))
            .flatten()
    }

    /// The byte offset of 1-based `line`, `column`.
    fn offset(&self, line: usize, column: usize) -> Option<usize> {
        Some(self.table.line_start(line)? + column.checked_sub(1)?)
    }

    /// Where a problem serde_json reported at `line`, `column` is shown, and in what words:
    /// a misnamed or repeated field (reported just after its name) at the start of its
    /// name; a comma after the last item (reported at the bracket after it, in words that
    /// depend on where the comma is) at the comma, as a trailing comma; a problem with a
    /// value (reported at its last character) at the value's start; any other as it is.
    fn place(&self, kind: ErrorKind, line: usize, column: usize) -> (ErrorKind, usize, usize) {
        if let Some(comma) = self.trailing_comma(&kind, line, column) {
            let (line, column) = self.position(comma);
            let kind = ErrorKind::Syntax {
                format: "JSON",
                message: "trailing comma: remove the comma after the last item".to_owned(),
            };
            return (kind, line, column);
        }
        let at = self.offset(line, column);
        let (line, column) = match (&kind, at) {
            (ErrorKind::UnknownField { .. } | ErrorKind::DuplicateField { .. }, _) => {
                self.key_start(line, column)
            }
            // a problem with a value is shown at the value's start, as a misnamed field is
            // at its name's (serde_json reports the value's last character)
            (ErrorKind::Syntax { .. } | ErrorKind::MissingField { .. }, Some(at)) => {
                self.position(at)
            }
            (_, Some(at)) => self.position(self.value_start(at)),
            (_, None) => (line, column),
        };
        (kind, line, column)
    }

    /// The offset of the comma before the `]` or `}` at `line`, `column`, when serde_json
    /// reports a syntax error there (`expected value`, `key must be a string` or `trailing
    /// comma`, depending on where the comma is).
    fn trailing_comma(&self, kind: &ErrorKind, line: usize, column: usize) -> Option<usize> {
        let ErrorKind::Syntax { message, .. } = kind else {
            return None;
        };
        if !matches!(
            message.as_str(),
            "expected value" | "key must be a string" | "trailing comma"
        ) {
            return None;
        }
        let at = self.offset(line, column)?;
        let before = self.text.get(..at)?.trim_end();
        let closes = self.text.get(at..)?.trim_start();
        (before.ends_with(',') && (closes.starts_with(']') || closes.starts_with('}')))
            .then(|| before.len() - 1)
    }

    /// The position of the opening quote of the key that ends at `line`, `column` (where
    /// serde_json reports a misnamed field: at the key's closing quote, or at the blank
    /// after it); the position itself when no key ends there.
    fn key_start(&self, line: usize, column: usize) -> (usize, usize) {
        // the reported character itself may be the closing quote
        let end = self
            .offset(line, column)
            .map(|at| (at + 1).min(self.text.len()));
        match end.and_then(|end| self.key_ending_at(end)) {
            Some(opening) => self.position(opening),
            None => (line, column),
        }
    }

    /// The start of the value whose last character is at `last`: the opening quote of a
    /// string, the first character of a number or a literal (`true`, `null`); `last`
    /// itself for anything else (an object or array is reported at its first character).
    fn value_start(&self, last: usize) -> usize {
        let bytes = self.text.as_bytes();
        match bytes.get(last) {
            Some(b'"') => self.opening_quote(last).unwrap_or(last),
            Some(b) if b.is_ascii_alphanumeric() => {
                let token = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-');
                let before = bytes.get(..last).unwrap_or_default();
                before.len() - before.iter().rev().take_while(|b| token(b)).count()
            }
            _ => last,
        }
    }

    /// The offset of the quote opening the string whose closing quote is at `closing`
    /// (skipping escaped quotes inside it).
    fn opening_quote(&self, closing: usize) -> Option<usize> {
        let mut end = closing;
        loop {
            let quote = self.text[..end].rfind('"')?;
            let backslashes =
                self.text[..quote].len() - self.text[..quote].trim_end_matches('\\').len();
            if backslashes.is_multiple_of(2) {
                return Some(quote);
            }
            end = quote;
        }
    }

    /// The 1-based line and byte column of byte `offset`, as serde_json counts them.
    fn byte_position(&self, offset: usize) -> (usize, usize) {
        self.table.byte_position(offset)
    }

    /// Where in the document serde_json's error `e` is (line and byte column), for a text
    /// read from byte `start` of it (or a copy laid out as the document is there): its
    /// line and column count from the text's own start.
    fn absolute(&self, start: usize, e: &serde_json::Error) -> (usize, usize) {
        let (line0, column0) = self.byte_position(start);
        match e.line() {
            0 => (line0, column0),
            1 => (line0, column0 + e.column().saturating_sub(1)),
            l => (line0 + l - 1, e.column()),
        }
    }

    /// The 1-based line and column (in characters) of byte `offset`. An offset past the
    /// end, or inside a character, counts the characters that start before it.
    fn position(&self, offset: usize) -> (usize, usize) {
        self.table.position(self.text, offset)
    }
}

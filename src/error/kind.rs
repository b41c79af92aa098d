//! [`ErrorKind`]: what went wrong, as data.

use std::fmt;

use super::quote::{Bounded, Escaped, Quoted};
use crate::model::{GrammarRule, MechanismKind, Relation};

/// What went wrong: one variant per failure mode, carrying the durable ids and values
/// involved (never internal indices), for programs to match on.
///
/// `Display` says *what* is wrong; *where* (the file, line and column, the record, the
/// field) is the problem's [`Location`](super::Location), which
/// [`Problem`](super::Problem) and [`Error`](super::Error) print in front of it. So a
/// problem about a record does not repeat the record's id:
/// `mechanism #3 `trust`: a mechanism needs a label`.
///
/// Values taken from input are quoted shortened and escaped (see
/// [`MAX_QUOTED_CHARS`](super::MAX_QUOTED_CHARS)).
///
/// `#[non_exhaustive]`: new failure modes can be added without a breaking release.
///
/// # Example
///
/// ```
/// use isp_moc::ErrorKind;
///
/// let g = isp_moc::catalog::figure2();
/// let err = g.mechanism("self_eficacy").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnknownMechanism { id, .. } if id == "self_eficacy"));
/// assert_eq!(err.to_string(), "unknown mechanism `self_eficacy`; did you mean `self_efficacy`?");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A string is not a valid mechanism id.
    InvalidId {
        /// The rejected text.
        id: String,
        /// Why it was rejected.
        reason: &'static str,
    },

    /// A string is not a term of a vocabulary (a CFIR construct, a COM-B component, ...).
    UnknownTerm {
        /// Human name of the vocabulary, e.g. "CFIR 2009 construct".
        vocabulary: &'static str,
        /// The rejected text.
        value: String,
        /// The closest known id, when one is close enough to be a likely typo.
        suggestion: Option<&'static str>,
        /// Every id of the vocabulary when it is short enough to list (at most six
        /// terms, such as the mechanism kinds), else empty.
        expected: Vec<&'static str>,
    },

    /// Two mechanisms share an id (reported at the second).
    DuplicateMechanism {
        /// The repeated id.
        id: String,
        /// 1-based position of the mechanism that first declared it.
        first: usize,
    },

    /// Two studies of a model's study table share an id (reported at the second).
    DuplicateStudy {
        /// The repeated id.
        id: String,
        /// 1-based position of the study that first declared it.
        first: usize,
    },

    /// Evidence or a lookup names a study that is not in the model's study table.
    UnknownStudy {
        /// The id that was not found.
        id: String,
        /// A study id of the table close enough to be a likely typo.
        suggestion: Option<String>,
    },

    /// A study of a model's study table is malformed (its citation, say).
    InvalidStudy {
        /// The study's id.
        id: String,
        /// Why it was rejected.
        reason: String,
    },

    /// A query or lookup names a mechanism the graph does not contain.
    UnknownMechanism {
        /// The id that was not found.
        id: String,
        /// A mechanism id of the graph close enough to be a likely typo.
        suggestion: Option<String>,
    },

    /// A link names an endpoint that is not a mechanism of the model.
    UnknownEndpoint {
        /// Source id of the link.
        from: String,
        /// Target id of the link.
        to: String,
        /// The endpoint that does not exist.
        missing: String,
        /// A declared mechanism id close enough to be a likely typo.
        suggestion: Option<String>,
    },

    /// A link names a moderator that is not a mechanism of the model.
    UnknownModerator {
        /// Source id of the link.
        from: String,
        /// Target id of the link.
        to: String,
        /// The moderator that does not exist.
        moderator: String,
        /// A declared context factor id close enough to be a likely typo.
        suggestion: Option<String>,
    },

    /// A link from a mechanism to itself.
    SelfLink {
        /// The mechanism linked to itself.
        id: String,
    },

    /// Two links join the same ordered pair of mechanisms (reported at the second).
    DuplicateLink {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
        /// 1-based position of the link that first joined the pair.
        first: usize,
    },

    /// A link breaks the Dalkin/causal-pathway grammar (e.g. something leads *to* a
    /// resource).
    GrammarViolation {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
        /// The rule that was broken.
        rule: GrammarRule,
        /// The source's kind.
        from_kind: MechanismKind,
        /// The target's kind.
        to_kind: MechanismKind,
        /// The link's relation.
        relation: Relation,
    },

    /// A mechanism record is internally inconsistent (a COM-B sub-component that does not
    /// belong to its reasoning type, a field of another kind, a blank label, ...).
    InvalidMechanism {
        /// The mechanism's id.
        id: String,
        /// What is wrong with it.
        reason: String,
    },

    /// A link record is internally inconsistent (e.g. an empty citation).
    InvalidLink {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
        /// What is wrong with it.
        reason: String,
    },

    /// Model-level information is inconsistent (e.g. a share outside 0..=1).
    InvalidInfo {
        /// What is wrong.
        reason: String,
    },

    /// A pathway handed to a query does not follow links of this graph.
    UnknownLink {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
    },

    /// Query options that cannot be answered (e.g. an empty set of start mechanisms).
    InvalidQuery {
        /// What is wrong with the query.
        reason: String,
    },

    /// A site's context profile that does not fit the model it is assessed against: a
    /// rating of something that is not one of the model's context factors, a construct
    /// the model never places, the same thing rated twice, ratings that disagree on one
    /// factor. The location names the site and the rating.
    InvalidProfile {
        /// What is wrong.
        reason: String,
    },

    /// An entry of an id map (the crosswalk [`merge`](crate::compare::merge) and
    /// [`IdMap::rename`](crate::compare::IdMap::rename) rename ids through) that cannot be
    /// applied: an id that is not a mechanism of its model, an id mapped twice, two ids
    /// mapped onto one.
    InvalidIdMap {
        /// 1-based position of the entry in the map.
        position: usize,
        /// The id the entry renames.
        from: String,
        /// The id it renames it to.
        to: String,
        /// What is wrong, naming the ids.
        reason: String,
    },

    /// A conflict between two merged models, for a caller that asked for a merge without
    /// any ([`Merged::into_graph`](crate::compare::Merged::into_graph)).
    MergeConflict {
        /// The conflict.
        conflict: Box<crate::compare::Conflict>,
    },

    /// A model too large for the crate's 32-bit internal indices.
    CapacityExceeded {
        /// What overflowed ("mechanisms", "links").
        what: &'static str,
        /// The largest supported count.
        limit: usize,
    },

    /// Text that is not well-formed in its format (JSON or XML syntax).
    Syntax {
        /// "JSON" or "XML".
        format: &'static str,
        /// What the parser said.
        message: String,
    },

    /// A required field is absent.
    MissingField {
        /// The field's name.
        field: String,
    },

    /// A field this format does not have (often a typo).
    UnknownField {
        /// The field as written.
        field: String,
        /// The nearest known field, when close enough to be a typo.
        suggestion: Option<String>,
        /// The fields allowed here.
        expected: Vec<String>,
    },

    /// A field given twice in one record.
    DuplicateField {
        /// The field's name.
        field: String,
    },

    /// A field whose value has the wrong type or is out of range, in plain words.
    InvalidValue {
        /// The field's name.
        field: String,
        /// What is wrong, naming the field (`` `year` must be a whole number such as 2018, not
        /// the text "2018" ``).
        message: String,
    },

    /// A document written in a format version this crate does not read.
    UnsupportedFormatVersion {
        /// The version found in the document.
        found: u64,
        /// The newest version this crate reads.
        supported: u32,
    },

    /// A document declares a format version older than a field it holds (a study table in
    /// a version-1 document, say).
    NeedsFormatVersion {
        /// The field (`studies`, `evidence.studies`).
        field: String,
        /// The version that introduced it.
        needs: u32,
        /// The version the document declares.
        declared: u64,
    },

    /// A file that cannot be read or written.
    Io {
        /// The file.
        path: String,
        /// What the operating system said.
        message: String,
    },

    /// A file format that cannot be used for this operation (reading a drawing, an
    /// unknown file extension).
    UnsupportedFormat {
        /// The file or format name.
        what: String,
        /// Why, with the formats that can be used.
        reason: String,
    },

    /// A citation that cannot be parsed or is incomplete.
    InvalidCitation {
        /// The rejected text.
        text: String,
        /// Why it was rejected.
        reason: &'static str,
    },

    /// Text that is not a CFIR construct rating in any notation this crate reads, or (when
    /// deserializing) not in the canonical notation.
    InvalidRating {
        /// The rejected text.
        text: String,
        /// Why it was rejected, with the accepted notations or the canonical spelling.
        reason: String,
    },

    /// A GraphML document this crate cannot read as a model: not GraphML, an undeclared
    /// key, a malformed attribute, an undirected edge. The location names the element.
    GraphMl {
        /// What is wrong.
        message: String,
    },

    /// Input larger than [`MAX_INPUT_BYTES`](crate::limits::MAX_INPUT_BYTES), refused
    /// before any of it is parsed.
    InputTooLarge {
        /// The input's size in bytes (at least this many, for a file that kept growing).
        bytes: usize,
        /// The largest size accepted.
        limit: usize,
    },

    /// More records of one kind than [`MAX_RECORDS`](crate::limits::MAX_RECORDS),
    /// refused before they are checked or built.
    TooManyRecords {
        /// What there are too many of ("mechanisms", "links", "studies", "rows").
        what: &'static str,
        /// The most accepted.
        limit: usize,
    },

    /// A CSV row with more fields than [`MAX_CSV_FIELDS`](crate::limits::MAX_CSV_FIELDS),
    /// refused before the file is interpreted. The location is the row.
    TooManyFields {
        /// The most fields accepted in a row.
        limit: usize,
    },

    /// XML elements nested deeper than [`MAX_XML_DEPTH`](crate::limits::MAX_XML_DEPTH),
    /// refused before the XML is parsed. The location is the element that goes too deep.
    XmlTooDeep {
        /// The deepest nesting accepted.
        limit: usize,
    },

    /// An XML element with more attributes than
    /// [`MAX_XML_ATTRIBUTES`](crate::limits::MAX_XML_ATTRIBUTES), refused before the XML
    /// is parsed. The location is the element.
    XmlTooManyAttributes {
        /// The element's name as written.
        element: String,
        /// The most attributes accepted.
        limit: usize,
    },

    /// An XML attribute value longer than
    /// [`MAX_XML_ATTRIBUTE_BYTES`](crate::limits::MAX_XML_ATTRIBUTE_BYTES), refused before
    /// the XML is parsed. The location is the attribute.
    XmlAttributeTooLong {
        /// The attribute's name as written.
        attribute: String,
        /// The value's length in bytes.
        bytes: usize,
        /// The longest value accepted.
        limit: usize,
    },

    /// An XML document type declaration (`<!DOCTYPE ...>`). GraphML needs none, and a DTD
    /// is what external entities (XXE) and entity expansion ("billion laughs") need, so
    /// none is read. The location is the declaration.
    XmlDtd,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ErrorKind::*;
        match self {
            InvalidId { id, reason } => {
                write!(f, "invalid mechanism id {}: {reason}", Quoted(id))?;
                match crate::id::valid_near(id) {
                    Some(near) => write!(f, "; try `{near}`"),
                    None => Ok(()),
                }
            }
            UnknownTerm {
                vocabulary,
                value,
                suggestion,
                expected,
            } => {
                write!(f, "unknown {vocabulary} {}", Quoted(value))?;
                if let Some(s) = suggestion {
                    write!(f, "; did you mean `{s}`?")?;
                }
                if !expected.is_empty() {
                    write!(f, " (expected {})", one_of(expected))?;
                }
                Ok(())
            }
            DuplicateMechanism { id, first } => write!(
                f,
                "duplicate mechanism id {}: already declared by mechanism #{first}",
                Quoted(id)
            ),
            DuplicateStudy { id, first } => write!(
                f,
                "duplicate study id {}: already declared by study #{first}",
                Quoted(id)
            ),
            UnknownStudy { id, suggestion } => {
                write!(f, "study {} is not in the study table", Quoted(id))?;
                did_you_mean(f, suggestion.as_deref())
            }
            InvalidStudy { reason, .. } => f.write_str(reason),
            UnknownMechanism { id, .. } if id.is_empty() => {
                f.write_str("a mechanism id cannot be empty: give one of the model's ids")
            }
            UnknownMechanism { id, suggestion } => {
                write!(f, "unknown mechanism {}", Quoted(id))?;
                did_you_mean(f, suggestion.as_deref())
            }
            UnknownEndpoint {
                missing,
                suggestion,
                ..
            } => {
                write!(f, "{} is not a mechanism of the model", Quoted(missing))?;
                did_you_mean(f, suggestion.as_deref())
            }
            SelfLink { .. } => f.write_str("a link cannot join a mechanism to itself"),
            DuplicateLink { from, to, first } => write!(
                f,
                "duplicate link: link #{first} already joins {} to {}",
                Quoted(from),
                Quoted(to)
            ),
            GrammarViolation {
                from,
                to,
                rule,
                from_kind,
                to_kind,
                relation,
            } => write!(
                f,
                "{rule} ({} is {}, {} is {}, relation `{}`)",
                Quoted(from),
                from_kind.with_article(),
                Quoted(to),
                to_kind.with_article(),
                relation.as_str()
            ),
            InvalidMechanism { reason, .. } => write!(f, "{}", Bounded(reason)),
            InvalidLink { reason, .. } => write!(f, "{}", Bounded(reason)),
            InvalidInfo { reason } => write!(f, "{}", Bounded(reason)),
            UnknownLink { from, to } => {
                write!(f, "no link {} -> {} in this model", Quoted(from), Quoted(to))
            }
            InvalidQuery { reason } => write!(f, "invalid query: {}", Bounded(reason)),
            InvalidProfile { reason } => write!(f, "{}", Bounded(reason)),
            InvalidIdMap {
                position,
                from,
                to,
                reason,
            } => write!(
                f,
                "id map entry #{position} {} -> {}: {}",
                Quoted(from),
                Quoted(to),
                Bounded(reason)
            ),
            MergeConflict { conflict } => write!(f, "merge conflict: {conflict}"),
            CapacityExceeded { what, limit } => {
                write!(f, "too many {what}: at most {limit} are supported")
            }
            Syntax { format, message } => write!(f, "invalid {format}: {}", Bounded(message)),
            MissingField { field } => write!(f, "missing field {}", Quoted(field)),
            UnknownField {
                field,
                suggestion,
                expected,
            } => {
                write!(f, "unknown field {}", Quoted(field))?;
                did_you_mean(f, suggestion.as_deref())?;
                if !expected.is_empty() {
                    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
                    write!(f, " (expected {})", one_of(&expected))?;
                }
                Ok(())
            }
            DuplicateField { field } => write!(f, "field {} is given twice", Quoted(field)),
            InvalidValue { message, .. } => write!(f, "{}", Bounded(message)),
            UnknownModerator {
                moderator,
                suggestion,
                ..
            } => {
                write!(f, "moderator {} is not a mechanism of the model", Quoted(moderator))?;
                did_you_mean(f, suggestion.as_deref())
            }
            UnsupportedFormatVersion { found, supported } => write!(
                f,
                "unsupported format_version {found}: this version of isp-moc reads format_version 1 to {supported}"
            ),
            NeedsFormatVersion {
                field,
                needs,
                declared,
            } => write!(
                f,
                "{} needs format_version {needs} or later, but the document declares {declared}",
                Quoted(field)
            ),
            Io { path, message } => {
                write!(f, "cannot access {}: {}", Quoted(path), Bounded(message))
            },
            UnsupportedFormat { what, reason } => {
                write!(f, "{}: {}", Quoted(what), Bounded(reason))
            },
            InvalidCitation { text, reason } => {
                write!(f, "invalid citation {}: {reason}", Quoted(text))
            }
            InvalidRating { text, reason } => {
                write!(f, "invalid CFIR rating {}: {}", Quoted(text), Bounded(reason))
            }
            GraphMl { message } => write!(f, "{}", Bounded(message)),
            InputTooLarge { bytes, limit } => write!(
                f,
                "the input is {bytes} bytes, more than the {limit} bytes isp-moc reads"
            ),
            TooManyRecords { what, limit } => {
                write!(f, "more than {limit} {what}, the most isp-moc reads")
            }
            TooManyFields { limit } => write!(
                f,
                "a row of more than {limit} fields, the most isp-moc reads"
            ),
            XmlTooDeep { limit } => write!(
                f,
                "XML elements nested more than {limit} deep, the deepest isp-moc reads"
            ),
            XmlTooManyAttributes { element, limit } => write!(
                f,
                "element `<{}>` has more than {limit} attributes, the most isp-moc reads",
                Escaped(element)
            ),
            XmlAttributeTooLong {
                attribute,
                bytes,
                limit,
            } => write!(
                f,
                "attribute {} is {bytes} bytes long, more than the {limit} bytes isp-moc reads",
                Quoted(attribute)
            ),
            XmlDtd => f.write_str(
                "a document type declaration (`<!DOCTYPE`) is not allowed: GraphML needs \
                 none, and entities could read files or expand without bound",
            ),
        }
    }
}

fn did_you_mean(f: &mut fmt::Formatter<'_>, suggestion: Option<&str>) -> fmt::Result {
    match suggestion {
        Some(s) => write!(f, "; did you mean {}?", Quoted(s)),
        None => Ok(()),
    }
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
pub(crate) fn one_of(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

//! The crate's one error type.
//!
//! Every fallible function returns [`Result<T>`](crate::Result). The enum is
//! `#[non_exhaustive]` so new failure modes can be added without a breaking release; every
//! message is lowercase, has no trailing period and names the offending id or value, so a
//! user can find the culprit in a model file without a debugger.

/// Result alias used throughout the crate.
///
/// # Example
///
/// ```
/// fn first_link() -> isp_moc::Result<usize> {
///     let graph = isp_moc::catalog::figure2();
///     Ok(graph.link_count())
/// }
/// assert!(first_link().unwrap() > 0);
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when building, loading or querying a mechanism model.
///
/// Variants carry the durable ids (never internal indices) of what was wrong.
///
/// # Example
///
/// ```
/// use isp_moc::Error;
///
/// let graph = isp_moc::catalog::figure2();
/// let err = graph.mechanism("no_such_thing").unwrap_err();
/// assert_eq!(err, Error::UnknownMechanism { id: "no_such_thing".into() });
/// assert_eq!(err.to_string(), "unknown mechanism `no_such_thing`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string is not a valid mechanism id.
    #[error("invalid mechanism id `{id}`: {reason}")]
    InvalidId {
        /// The rejected text.
        id: String,
        /// Why it was rejected.
        reason: &'static str,
    },

    /// A string is not a term of a vocabulary (a CFIR construct, a COM-B component, ...).
    #[error("unknown {vocabulary} `{value}`{}", suggestion_suffix(*.suggestion))]
    UnknownTerm {
        /// Human name of the vocabulary, e.g. "CFIR 2009 construct".
        vocabulary: &'static str,
        /// The rejected text.
        value: String,
        /// The closest known id, when one is close enough to be a likely typo.
        suggestion: Option<&'static str>,
    },

    /// Two mechanisms share an id.
    #[error("duplicate mechanism `{id}`")]
    DuplicateMechanism {
        /// The repeated id.
        id: String,
    },

    /// A query or lookup names a mechanism the graph does not contain.
    #[error("unknown mechanism `{id}`")]
    UnknownMechanism {
        /// The id that was not found.
        id: String,
    },

    /// A link names an endpoint that is not a mechanism of the model.
    #[error("link `{from}` -> `{to}` names unknown mechanism `{missing}`")]
    UnknownEndpoint {
        /// Source id of the link.
        from: String,
        /// Target id of the link.
        to: String,
        /// The endpoint that does not exist.
        missing: String,
    },

    /// A link from a mechanism to itself.
    #[error("link `{id}` -> `{id}` is a self-link")]
    SelfLink {
        /// The mechanism linked to itself.
        id: String,
    },

    /// Two links join the same ordered pair of mechanisms.
    #[error("duplicate link `{from}` -> `{to}`")]
    DuplicateLink {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
    },

    /// A link breaks the Dalkin/causal-pathway grammar (e.g. something leads *to* a resource).
    #[error("link `{from}` -> `{to}`: {reason}")]
    GrammarViolation {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
        /// The rule that was broken.
        reason: String,
    },

    /// A mechanism record is internally inconsistent (e.g. a COM-B sub-component that does
    /// not belong to its reasoning type, or a non-finite number).
    #[error("mechanism `{id}`: {reason}")]
    InvalidMechanism {
        /// The mechanism's id.
        id: String,
        /// What is wrong with it.
        reason: String,
    },

    /// A link record is internally inconsistent (e.g. an empty citation).
    #[error("link `{from}` -> `{to}`: {reason}")]
    InvalidLink {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
        /// What is wrong with it.
        reason: String,
    },

    /// Model-level information is inconsistent (e.g. a share outside 0..=1).
    #[error("model info: {reason}")]
    InvalidInfo {
        /// What is wrong.
        reason: String,
    },

    /// A pathway handed to a query does not follow links of this graph.
    #[error("no link `{from}` -> `{to}` in this model")]
    UnknownLink {
        /// Source id.
        from: String,
        /// Target id.
        to: String,
    },

    /// Query options that cannot be answered (e.g. an empty set of start mechanisms).
    #[error("invalid query: {reason}")]
    InvalidQuery {
        /// What is wrong with the query.
        reason: String,
    },

    /// A model too large for the crate's 32-bit internal indices.
    #[error("too many {what}: at most {limit} are supported")]
    CapacityExceeded {
        /// What overflowed ("mechanisms", "links").
        what: &'static str,
        /// The largest supported count.
        limit: usize,
    },

    /// Text that is not a well-formed model document: bad JSON syntax, a wrong type, an
    /// unknown field or an unknown vocabulary id.
    #[error("invalid model document at line {line}, column {column}: {message}")]
    Json {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong.
        message: String,
    },

    /// A document written in a format version this crate does not read.
    #[error("unsupported format_version {found}: this version of isp-moc reads format_version {supported}")]
    UnsupportedFormatVersion {
        /// The version found in the document.
        found: u64,
        /// The version this crate reads.
        supported: u32,
    },

    /// A model file that cannot be read or written.
    #[error("cannot access `{path}`: {message}")]
    Io {
        /// The file.
        path: String,
        /// What the operating system said.
        message: String,
    },

    /// A citation that cannot be parsed or is incomplete.
    #[error("invalid citation `{text}`: {reason}")]
    InvalidCitation {
        /// The rejected text.
        text: String,
        /// Why it was rejected.
        reason: &'static str,
    },

    /// Text that is not a CFIR construct rating in any notation this crate reads, or (when
    /// deserializing) not in the canonical notation.
    #[error("invalid CFIR rating `{text}`: {reason}")]
    InvalidRating {
        /// The rejected text.
        text: String,
        /// Why it was rejected, with the accepted notations or the canonical spelling.
        reason: String,
    },

    /// Text that is not a GraphML model this crate can read: bad XML syntax, a document
    /// that is not GraphML, an undeclared key, a missing or malformed attribute, an unknown
    /// vocabulary id, an undirected edge. The position is that of the offending element
    /// (or of the syntax error), and the message names it.
    #[error("invalid GraphML at line {line}, column {column}: {message}")]
    GraphMl {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong, naming the offending element.
        message: String,
    },
}

fn suggestion_suffix(suggestion: Option<&'static str>) -> String {
    match suggestion {
        Some(id) => format!("; did you mean `{id}`?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_and_unpunctuated() {
        let errors = [
            Error::DuplicateMechanism { id: "trust".into() },
            Error::SelfLink { id: "trust".into() },
            Error::UnknownTerm {
                vocabulary: "CFIR 2009 construct",
                value: "leadership".into(),
                suggestion: None,
            },
        ];
        for e in errors {
            let m = e.to_string();
            assert!(!m.ends_with('.'), "{m}");
            assert!(m.chars().next().unwrap().is_lowercase(), "{m}");
        }
    }

    #[test]
    fn suggestion_is_appended() {
        let e = Error::UnknownTerm {
            vocabulary: "COM-B component",
            value: "capabilty".into(),
            suggestion: Some("capability"),
        };
        assert_eq!(
            e.to_string(),
            "unknown COM-B component `capabilty`; did you mean `capability`?"
        );
    }
}

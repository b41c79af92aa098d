//! The crate's one error type, with every problem found and where it lies.
//!
//! Every fallible function returns [`Result<T>`](crate::Result). An [`Error`] is opaque,
//! like `csv::Error` and `jiff::Error`: ask it for its [`kind`](Error::kind) (what went
//! wrong, as data), its [`location`](Error::location) (where) and, when building or loading
//! a model, for [`problems`](Error::problems): **every** problem found, in declaration
//! order, each with its own kind and location, so a file with five mistakes takes one run
//! to fix, not five. The first problem is the error's own kind and location, so code that
//! wants one problem needs nothing more.
//!
//! Messages are lowercase, have no trailing period, name the offending id and place, and
//! quote input shortened and escaped ([`MAX_QUOTED_CHARS`]).
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! let text = r#"{"format_version": 1,
//!   "mechanisms": [
//!     {"id": "trust", "kind": "reasoning", "label": "Trust", "reasoning": "relational"},
//!     {"id": "openness", "kind": "reasonning", "label": "Openness", "reasoning": "relational"}
//!   ],
//!   "links": [ {"from": "trust", "to": "opennes", "relation": "leads_to"} ]
//! }"#;
//! let err = isp_moc::io::from_json(text).unwrap_err();
//! assert_eq!(err.problems().len(), 2);
//! assert_eq!(err.to_string(), "\
//! 2 problems:
//!   line 4, column 32, mechanism #2 `openness`, at `kind`: unknown mechanism kind `reasonning`; did you mean `reasoning`? (expected one of `resource`, `reasoning`, `context`, `outcome`)
//!   line 6, column 14, link #1 `trust` -> `opennes`: `opennes` is not a mechanism of the model; did you mean `openness`?");
//! # }
//! ```

mod kind;
mod location;
mod problems;
mod quote;

use std::fmt;

pub use kind::ErrorKind;
pub use location::{Location, Record};
pub(crate) use problems::Problems;
pub use problems::MAX_PROBLEMS;
pub(crate) use quote::quoted;
#[cfg(feature = "serde")]
pub(crate) use quote::Escaped;
#[cfg(feature = "serde")]
pub(crate) use quote::Quoted;
pub use quote::MAX_QUOTED_CHARS;

/// Result alias used throughout the crate.
///
/// # Example
///
/// ```
/// fn link_count() -> isp_moc::Result<usize> {
///     let graph = isp_moc::catalog::figure2();
///     Ok(graph.links_from("trust")?.len())
/// }
/// assert!(link_count().unwrap() > 0);
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One problem: what is wrong ([`ErrorKind`]) and where ([`Location`]).
///
/// `Display` prints `where: what`.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, Mechanism};
/// use isp_moc::vocab::ReasoningType;
///
/// let err = isp_moc::MechanismGraph::builder()
///     .mechanism(Mechanism::new("trust", "", Category::reasoning(ReasoningType::Relational)))
///     .build()
///     .unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.to_string(), "mechanism #1 `trust`: a mechanism needs a label");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// What is wrong.
    pub kind: ErrorKind,
    /// Where, when known.
    pub location: Option<Location>,
}

impl Problem {
    /// A problem with no known location.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::Problem;
    /// use isp_moc::ErrorKind;
    /// let p = Problem::new(ErrorKind::InvalidQuery { reason: "empty".into() });
    /// assert_eq!(p.to_string(), "invalid query: empty");
    /// ```
    pub fn new(kind: ErrorKind) -> Self {
        Problem {
            kind,
            location: None,
        }
    }

    /// The same problem at a location.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::{Location, Problem};
    /// use isp_moc::ErrorKind;
    /// let p = Problem::new(ErrorKind::MissingField { field: "label".into() }).at(Location::at(3, 5));
    /// assert_eq!(p.to_string(), "line 3, column 5: missing field `label`");
    /// ```
    pub fn at(mut self, location: Location) -> Self {
        self.location = (!location.is_empty()).then_some(location);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(at) => write!(f, "{at}: {}", self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

/// Everything that can go wrong when building, loading or querying a mechanism model.
///
/// Opaque: [`kind`](Error::kind) and [`location`](Error::location) describe the first
/// problem, [`problems`](Error::problems) lists all of them (at most [`MAX_PROBLEMS`];
/// [`omitted`](Error::omitted) counts the rest). It is `Clone + PartialEq + Send + Sync +
/// 'static`, so tests compare whole errors and errors cross threads, and it holds no
/// third-party type.
///
/// `Display` prints the one problem as `where: what`, or, when there are several, a count
/// and one indented line per problem (and `and N more` when some were omitted).
///
/// `Debug` (`{:?}`) prints the same text, so a `main` returning `Result<(), Error>` shows
/// the readable message; `{:#?}` prints the structure (every problem's kind and location).
///
/// # Example
///
/// ```
/// use isp_moc::ErrorKind;
///
/// let graph = isp_moc::catalog::figure2();
/// let err = graph.mechanism("no_such_thing").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::UnknownMechanism { id: "no_such_thing".into(), suggestion: None });
/// assert_eq!(err.to_string(), "unknown mechanism `no_such_thing`");
/// assert_eq!(err.problems().len(), 1);
/// assert!(err.location().is_none());
/// assert_eq!(format!("{err:?}"), err.to_string());
/// assert!(format!("{err:#?}").contains("UnknownMechanism"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Error(Box<Inner>);

/// What an error without problems would say; never shown, since every constructor puts a
/// problem in, but it keeps [`Error::kind`] total.
static NO_PROBLEM: Problem = Problem {
    kind: ErrorKind::InvalidQuery {
        reason: String::new(),
    },
    location: None,
};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    /// Never empty.
    problems: Vec<Problem>,
    omitted: usize,
}

impl Error {
    /// An error of one problem with no location.
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error::from_problem(Problem::new(kind))
    }

    /// An error of one problem.
    pub(crate) fn from_problem(problem: Problem) -> Self {
        Error(Box::new(Inner {
            problems: vec![problem],
            omitted: 0,
        }))
    }

    /// An error of several problems (`problems` must not be empty).
    pub(crate) fn from_parts(mut problems: Vec<Problem>, omitted: usize) -> Self {
        debug_assert!(!problems.is_empty());
        if problems.is_empty() {
            problems.push(NO_PROBLEM.clone());
        }
        Error(Box::new(Inner { problems, omitted }))
    }

    /// What went wrong (the first problem's kind).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::ErrorKind;
    /// let err = isp_moc::MechanismId::new("Self Efficacy").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidId { .. }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.first().kind
    }

    /// Where the first problem lies, when known.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::Record;
    /// use isp_moc::model::{Link, Relation};
    /// let err = isp_moc::MechanismGraph::builder()
    ///     .link(Link::new("a", "a", Relation::LeadsTo))
    ///     .build()
    ///     .unwrap_err();
    /// let at = err.location().unwrap();
    /// assert_eq!(at.record, Some(Record::Link { position: 1, from: Some("a".into()), to: Some("a".into()) }));
    /// ```
    pub fn location(&self) -> Option<&Location> {
        self.first().location.as_ref()
    }

    /// Every problem found, in declaration order (at most [`MAX_PROBLEMS`]); never empty.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let err = isp_moc::MechanismGraph::builder()
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .link(Link::new("c", "c", Relation::LeadsTo))
    ///     .build()
    ///     .unwrap_err();
    /// let lines: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    /// assert_eq!(lines, [
    ///     "link #1 `a` -> `b`: `a` is not a mechanism of the model",
    ///     "link #1 `a` -> `b`: `b` is not a mechanism of the model",
    ///     "link #2 `c` -> `c`: a link cannot join a mechanism to itself",
    ///     "link #2 `c` -> `c`: `c` is not a mechanism of the model",
    /// ]);
    /// ```
    pub fn problems(&self) -> &[Problem] {
        &self.0.problems
    }

    /// How many further problems were found but not kept (beyond [`MAX_PROBLEMS`]).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::catalog::figure2().mechanism("x").unwrap_err().omitted(), 0);
    /// ```
    pub fn omitted(&self) -> usize {
        self.0.omitted
    }

    /// The number of problems found, kept or not.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::catalog::figure2().mechanism("x").unwrap_err().problem_count(), 1);
    /// ```
    pub fn problem_count(&self) -> usize {
        self.0.problems.len() + self.0.omitted
    }

    /// The first problem's kind, by value.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::ErrorKind;
    /// let kind = isp_moc::catalog::figure2().mechanism("x").unwrap_err().into_kind();
    /// assert!(matches!(kind, ErrorKind::UnknownMechanism { .. }));
    /// ```
    pub fn into_kind(self) -> ErrorKind {
        let first = self.0.problems.into_iter().next();
        first.map_or_else(|| NO_PROBLEM.kind.clone(), |p| p.kind)
    }

    fn first(&self) -> &Problem {
        // `problems` is never empty: every constructor puts one in.
        self.0.problems.first().unwrap_or(&NO_PROBLEM)
    }

    /// The same error with `file` set on every problem's location (for file loaders).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn in_file(mut self, file: &str) -> Self {
        for p in &mut self.0.problems {
            let at = p.location.take().unwrap_or_default();
            p.location = Some(at.in_file(file));
        }
        self
    }

    /// The same error, its first problem placed at `line` (for a limit found on a line).
    #[cfg_attr(not(feature = "csv"), allow(dead_code))]
    pub(crate) fn at_line(mut self, line: usize) -> Self {
        if let Some(p) = self.0.problems.first_mut() {
            p.location.get_or_insert_with(Location::default).line = Some(line);
        }
        self
    }

    /// Mutable access to the problems, for loaders that add positions.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn problems_mut(&mut self) -> &mut [Problem] {
        &mut self.0.problems
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error::new(kind)
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Self {
        Error::from_problem(problem)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problems = &self.0.problems;
        if let ([only], 0) = (problems.as_slice(), self.0.omitted) {
            return write!(f, "{only}");
        }
        write!(f, "{} problems:", self.problem_count())?;
        for p in problems {
            write!(f, "\n  {p}")?;
        }
        if self.0.omitted > 0 {
            write!(f, "\n  and {} more", self.0.omitted)?;
        }
        Ok(())
    }
}

/// The message for `{:?}` (what `main` prints when it returns the error), the structure
/// for `{:#?}`.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        f.debug_struct("Error")
            .field("problems", &self.0.problems)
            .field("omitted", &self.0.omitted)
            .finish()
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_and_unpunctuated() {
        let kinds = [
            ErrorKind::DuplicateMechanism {
                id: "trust".into(),
                first: 1,
            },
            ErrorKind::SelfLink { id: "trust".into() },
            ErrorKind::UnknownTerm {
                vocabulary: "CFIR 2009 construct",
                value: "leadership".into(),
                suggestion: None,
                expected: Vec::new(),
            },
        ];
        for k in kinds {
            let m = Error::new(k).to_string();
            assert!(!m.ends_with('.'), "{m}");
            assert!(m.chars().next().unwrap().is_lowercase(), "{m}");
        }
    }

    #[test]
    fn suggestion_is_appended() {
        let e = Error::new(ErrorKind::UnknownTerm {
            vocabulary: "COM-B component",
            value: "capabilty".into(),
            suggestion: Some("capability"),
            expected: Vec::new(),
        });
        assert_eq!(
            e.to_string(),
            "unknown COM-B component `capabilty`; did you mean `capability`?"
        );
    }

    #[test]
    fn several_problems_print_as_a_list() {
        let p = |id: &str| Problem::new(ErrorKind::SelfLink { id: id.into() });
        let e = Error::from_parts(vec![p("a"), p("b")], 3);
        assert_eq!(e.problem_count(), 5);
        assert_eq!(
            e.to_string(),
            "5 problems:\n  a link cannot join a mechanism to itself\n  a link cannot join a mechanism to itself\n  and 3 more"
        );
    }

    #[test]
    fn errors_cross_threads() {
        fn is_send_sync<T: Send + Sync + 'static>() {}
        is_send_sync::<Error>();
    }
}

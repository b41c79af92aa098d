//! Lints: warnings about a valid model, returned as data.
//!
//! [`build`](crate::MechanismGraphBuilder::build) rejects what breaks the grammar; a lint
//! points at what is allowed but probably not meant — a response no resource reaches, a
//! context factor bearing on nothing, a link nothing traces to the source, a link whose
//! missing support makes every pathway through it strength 0. Lints never stop a model from
//! loading or being queried.
//!
//! [`MechanismGraph::lints`] runs every lint; [`MechanismGraph::lints_with`] runs those a
//! [`LintOptions`] enables. Each [`Lint`] has a [`LintKind`] (with a stable id to allow it
//! by name), the record it points at (a [`Location`] naming a mechanism or link by
//! position and id, as errors do) and a message saying what to do. Lints come out in
//! declaration order: mechanisms, then links, then by kind within a record.
//!
//! | id | finds |
//! |----|-------|
//! | `unreached_response` | a reasoning mechanism no resource reaches |
//! | `unreached_outcome` | an outcome no resource reaches |
//! | `dead_end` | a resource or response that reaches no outcome |
//! | `unused_context` | a context factor with no link |
//! | `unsupported_link` | a link with support 0 on a route from a resource to an outcome |
//! | `untraced_link` | a `text` link with no passage and no citation |
//! | `unexplained_inference` | an `inferred` link without a note |
//! | `uncited_hindering` | a hindering observation that cites no study |
//! | `weight_outside_unit` | a link weight of 0, below 0 or above 1 (left out of the weight ranking) |
//!
//! "Reaches" means over causal links (`leads_to`, `precondition`), found by breadth-first
//! search. Context factors are left out of reach: nothing links into one, so no resource
//! reaches one, and a context factor's `precondition` or `moderates` link does not make its
//! target reached — only a resource starts a route. Their lint is `unused_context`.
//!
//! An `unsupported_link` lint is reported once per link, not per pathway, and names one
//! example route ([`Lint::route`]): a simple route from a resource to an outcome taking the
//! link, built from shortest walks rather than by enumerating pathways. Every route named
//! is real. In a model without cycles every such link is reported; with cycles, deciding
//! whether a simple route takes a given link is NP-complete, and a link whose only routes
//! need a longer way in or out than the shortest can go unreported (rare: about one link
//! in ten thousand on small random models with cycles). All checks together take time
//! linear in the size of the model, plus at most four breadth-first searches per
//! unsupported link.
//!
//! # Example
//!
//! ```
//! use isp_moc::lint::{LintKind, LintOptions};
//!
//! let g = isp_moc::catalog::figure2();
//! let lints = g.lints();
//! // Figure 2 reports no study for some links it draws, so pathways through them have strength 0.
//! assert!(lints.iter().all(|l| l.kind() == LintKind::UnsupportedLink));
//! assert_eq!(lints[0].to_string(),
//!     "link #9 `psychological_safety` -> `meaningful_learning`: support 0 (no publication count \
//!      and no supporting study), so every pathway through this link has strength 0, e.g. \
//!      isp_attitudes → psychological_safety → meaningful_learning → implementation_behaviour: \
//!      add its publication count or cite the studies that report it [unsupported_link]");
//! assert!(g.lints_with(&LintOptions::new().allow(LintKind::UnsupportedLink)).is_empty());
//! ```

mod checks;
mod kind;
mod reach;

use std::collections::BTreeSet;
use std::fmt;

pub use kind::LintKind;

use crate::error::Location;
use crate::{MechanismGraph, MechanismId};

/// One warning about a model: its [`LintKind`], the record it points at and a message a
/// person can act on.
///
/// `Display` prints it as errors print — the place, then the message — followed by the
/// kind's id in brackets, which is the name to allow it by:
/// `link #14 `isp_attitudes` -> `self_efficacy`: support 0 (…) [unsupported_link]`.
///
/// # Example
///
/// ```
/// use isp_moc::error::Record;
/// use isp_moc::lint::LintKind;
/// use isp_moc::model::{Category, Mechanism};
/// use isp_moc::vocab::CfirDomain;
///
/// let g = isp_moc::MechanismGraph::builder()
///     .mechanism(Mechanism::new("funding", "Funding", Category::context(CfirDomain::OuterSetting)))
///     .build()?;
/// let lint = &g.lints()[0];
/// assert_eq!(lint.kind(), LintKind::UnusedContext);
/// assert_eq!(lint.location().record, Some(Record::Mechanism { position: 1, id: Some("funding".into()) }));
/// assert!(lint.message().starts_with("this context factor bears on nothing"));
/// assert!(lint.to_string().starts_with("mechanism #1 `funding`: this context factor"));
/// assert!(lint.to_string().ends_with(" [unused_context]"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lint {
    kind: LintKind,
    location: Location,
    message: String,
    route: Option<Vec<MechanismId>>,
}

impl Lint {
    fn new(kind: LintKind, location: Location, message: String) -> Self {
        Lint {
            kind,
            location,
            message,
            route: None,
        }
    }

    /// What the lint is about.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::lint::LintKind;
    /// let lints = isp_moc::catalog::figure2().lints();
    /// assert_eq!(lints[0].kind(), LintKind::UnsupportedLink);
    /// assert_eq!(lints[0].kind().as_str(), "unsupported_link");
    /// ```
    pub fn kind(&self) -> LintKind {
        self.kind
    }

    /// The record it points at (a mechanism or a link, by 1-based declaration position and
    /// id) and, for an observation, the field (`evidence.observations[0]`).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::Record;
    /// let lints = isp_moc::catalog::figure2().lints();
    /// assert!(matches!(&lints[0].location().record, Some(Record::Link { position: 9, .. })));
    /// ```
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// What is wrong and what to do, without the place.
    ///
    /// # Example
    ///
    /// ```
    /// let lints = isp_moc::catalog::figure2().lints();
    /// assert!(lints[0].message().starts_with("support 0"));
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// For an [`UnsupportedLink`](LintKind::UnsupportedLink) lint, the example route the
    /// message names: mechanism ids from a resource to an outcome, no mechanism twice,
    /// taking the link. `None` for other kinds.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// let lints = g.lints();
    /// let route = lints[0].route().unwrap();
    /// assert_eq!(route.first().unwrap(), "isp_attitudes");
    /// assert_eq!(route.last().unwrap(), "implementation_behaviour");
    /// assert!(route.windows(2).all(|w| g.link(w[0].as_str(), w[1].as_str()).is_ok()));
    /// ```
    pub fn route(&self) -> Option<&[MechanismId]> {
        self.route.as_deref()
    }
}

/// Places the lints of a model read from the JSON model document `text` at the line and
/// column where each one's mechanism or link starts there, so that they print as errors
/// do (`line 31, column 5, link #9 …`). Lints number records in declaration order, as the
/// document lists them; a lint whose record the text does not have, or a text that is not
/// a model document, is left as it is.
///
/// # Example
///
/// ```
/// let text = r#"{"format_version": 1, "mechanisms": [
///   {"id": "skills", "kind": "resource", "label": "Skills", "resource": "skills"},
///   {"id": "trust", "kind": "reasoning", "label": "Trust", "reasoning": "relational"}
/// ], "links": [
///   {"from": "skills", "to": "trust", "relation": "leads_to"}
/// ]}"#;
/// let g = isp_moc::io::from_json(text)?;
/// let mut lints = g.lints();
/// isp_moc::lint::place_in_json(&mut lints, text);
/// let untraced = lints.iter().find(|l| l.kind().as_str() == "untraced_link").unwrap();
/// assert!(untraced.to_string().starts_with("line 5, column 3, link #1 `skills` -> `trust`"));
/// assert!(lints[0].to_string().starts_with("line 2, column 3, mechanism #1 `skills`"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[cfg(feature = "serde")]
pub fn place_in_json(lints: &mut [Lint], text: &str) {
    if let Some(starts) = crate::io::record_starts(text) {
        place(lints, &starts);
    }
}

/// Places the lints of a model read from the GraphML `text` at the line and column where
/// each one's node or edge starts there, as [`place_in_json`] does for the JSON document
/// (mechanisms are the graph's nodes and links its edges, in document order). A text that
/// is not one readable graph leaves the lints as they are.
///
/// # Example
///
/// ```
/// let text = isp_moc::io::to_graphml(&isp_moc::catalog::figure2());
/// let g = isp_moc::io::from_graphml(&text)?;
/// let mut lints = g.lints();
/// isp_moc::lint::place_in_graphml(&mut lints, &text);
/// assert!(!lints.is_empty());
/// assert!(lints.iter().all(|l| l.location().line.is_some()));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[cfg(feature = "serde")]
pub fn place_in_graphml(lints: &mut [Lint], text: &str) {
    if let Some(starts) = crate::io::graphml_record_starts(text) {
        place(lints, &starts);
    }
}

/// Places each lint at its record's start, unless it is placed already.
#[cfg(feature = "serde")]
fn place(lints: &mut [Lint], starts: &crate::io::RecordStarts) {
    use crate::error::Record;
    for lint in lints {
        let at = &mut lint.location;
        let start = match &at.record {
            Some(Record::Mechanism { position, .. }) => position
                .checked_sub(1)
                .and_then(|i| starts.mechanisms.get(i)),
            Some(Record::Link { position, .. }) => {
                position.checked_sub(1).and_then(|i| starts.links.get(i))
            }
            _ => None,
        };
        if let (Some(&(line, column)), None) = (start, at.line) {
            (at.line, at.column) = (Some(line), Some(column));
        }
    }
}

impl fmt::Display for Lint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{} [{}]", self.message, self.kind.as_str())
        } else {
            write!(
                f,
                "{}: {} [{}]",
                self.location,
                self.message,
                self.kind.as_str()
            )
        }
    }
}

/// Which lints to run: every lint by default; [`allow`](Self::allow) turns one off,
/// [`only`](Self::only) runs just the ones named.
///
/// A lint that is allowed is not computed at all, so allowing
/// [`UnsupportedLink`](LintKind::UnsupportedLink) also skips its route search.
///
/// # Example
///
/// ```
/// use isp_moc::lint::{LintKind, LintOptions};
///
/// let options = LintOptions::new().allow("unsupported_link".parse()?);
/// assert!(!options.enables(LintKind::UnsupportedLink));
/// assert!(options.enables(LintKind::UntracedLink));
///
/// let only = LintOptions::only([LintKind::UntracedLink]);
/// assert!(only.enables(LintKind::UntracedLink) && !only.enables(LintKind::DeadEnd));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct LintOptions {
    allowed: BTreeSet<LintKind>,
}

impl LintOptions {
    /// Every lint.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::lint::{LintKind, LintOptions};
    /// assert!(LintKind::ALL.iter().all(|&k| LintOptions::new().enables(k)));
    /// ```
    pub fn new() -> Self {
        LintOptions::default()
    }

    /// Only the lints named (none when `kinds` is empty).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::lint::{LintKind, LintOptions};
    /// let g = isp_moc::catalog::figure2();
    /// assert!(g.lints_with(&LintOptions::only([LintKind::DeadEnd])).is_empty());
    /// assert!(g.lints_with(&LintOptions::only([])).is_empty());
    /// ```
    pub fn only(kinds: impl IntoIterator<Item = LintKind>) -> Self {
        let wanted: BTreeSet<LintKind> = kinds.into_iter().collect();
        LintOptions {
            allowed: LintKind::ALL
                .iter()
                .copied()
                .filter(|k| !wanted.contains(k))
                .collect(),
        }
    }

    /// Turns one lint off.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::lint::{LintKind, LintOptions};
    /// let o = LintOptions::new().allow(LintKind::DeadEnd).allow(LintKind::UnusedContext);
    /// assert!(!o.enables(LintKind::DeadEnd) && !o.enables(LintKind::UnusedContext));
    /// ```
    pub fn allow(mut self, kind: LintKind) -> Self {
        self.allowed.insert(kind);
        self
    }

    /// True when the lint runs.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::lint::{LintKind, LintOptions};
    /// assert!(LintOptions::new().enables(LintKind::UncitedHindering));
    /// ```
    pub fn enables(&self, kind: LintKind) -> bool {
        !self.allowed.contains(&kind)
    }
}

impl MechanismGraph {
    /// Every lint on the model (see [`crate::lint`]): warnings about what the grammar allows
    /// but is probably not meant, in declaration order (mechanisms, then links; by kind
    /// within a record).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::vocab::{IspResource, OutcomeLevel, ReasoningType};
    ///
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanism(Mechanism::new("coaching", "Coaching", Category::resource(IspResource::Skills)))
    ///     .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational)))
    ///     .mechanism(Mechanism::new("use", "Use", Category::outcome(&[OutcomeLevel::Individual])))
    ///     .link(Link::new("coaching", "trust", Relation::LeadsTo).with_passage("coaching built trust"))
    ///     .build()?;
    /// let lines: Vec<String> = g.lints().iter().map(|l| l.to_string()).collect();
    /// assert_eq!(lines, [
    ///     "mechanism #1 `coaching`: this resource reaches no outcome over `leads_to` or \
    ///      `precondition` links, so it explains no outcome: link it on to a response or an \
    ///      outcome [dead_end]",
    ///     "mechanism #2 `trust`: this response reaches no outcome over `leads_to` or \
    ///      `precondition` links, so it explains no outcome: link it on to a response or an \
    ///      outcome [dead_end]",
    ///     "mechanism #3 `use`: no resource reaches this outcome over `leads_to` or \
    ///      `precondition` links, so no pathway explains it: link a response or a resource \
    ///      to it [unreached_outcome]",
    /// ]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn lints(&self) -> Vec<Lint> {
        self.lints_with(&LintOptions::new())
    }

    /// The lints `options` enables, in the order of [`lints`](Self::lints).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::lint::{LintKind, LintOptions};
    /// let g = isp_moc::catalog::figure2();
    /// let all = g.lints();
    /// let some = g.lints_with(&LintOptions::only([LintKind::UnsupportedLink]));
    /// assert_eq!(some, all);
    /// ```
    pub fn lints_with(&self, options: &LintOptions) -> Vec<Lint> {
        checks::run(self, options)
    }
}

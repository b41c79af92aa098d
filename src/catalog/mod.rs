//! Built-in models: the paper's Figure 2, traced to its text.
//!
//! [`figure2`] returns the mechanism model of Albers et al. (2022), "Figure 2.
//! Implementation support practitioner mechanisms of change", reconstructed from the
//! paper's text (the figure itself is an image). It holds
//!
//! * the three ISP resources, the fourteen stakeholder responses (relational, capability,
//!   opportunity, motivation) and the outcome, implementation behaviour;
//! * the thirteen Table 1 context factors, each mapped to its CFIR 2009 domain and, where
//!   the paper names one, construct, with the publication counts and the enabling and
//!   hindering findings the text reports;
//! * every link the text states, plus the links this model infers, marked
//!   [`Basis::Inferred`](crate::model::Basis) with a note saying why;
//! * the review's tallies (response categories by publications, resource triggers by share
//!   of excerpts) in [`ModelInfo::tallies`](crate::model::ModelInfo).
//!
//! Every element and link carries the phrases of the paper it is traced to
//! (`passages`; each matches one line of the published text) and the studies the text
//! cites for it. [`headline_mechanisms`] gives the four mechanisms the paper's Discussion
//! sums the model up with, as pathway queries.
//!
//! ```
//! use isp_moc::model::CodingCategory;
//! use isp_moc::vocab::{IspResource, ReasoningType};
//!
//! let g = isp_moc::catalog::figure2();
//! assert!(g.link("trust", "meaningful_learning").is_ok());
//! assert!(g.link("meaningful_learning", "self_efficacy").is_ok());
//! let share = g.info().tally(CodingCategory::Resource(IspResource::Skills)).unwrap().excerpt_share;
//! assert_eq!(share, Some(0.67));
//! for h in isp_moc::catalog::headline_mechanisms() {
//!     assert!(!g.pathways(&h.query())?.is_empty(), "{}", h.title);
//! }
//! # Ok::<(), isp_moc::Error>(())
//! ```

mod figure2;

pub use figure2::SOURCE;

use crate::query::PathQuery;
use crate::MechanismGraph;

/// The paper's Figure 2 model (see the [module documentation](self)).
///
/// # Example
///
/// ```
/// use isp_moc::model::MechanismKind;
/// let g = isp_moc::catalog::figure2();
/// assert_eq!(g.mechanisms_of_kind(MechanismKind::Context).count(), 13);
/// assert_eq!(g.mechanisms_of_kind(MechanismKind::Reasoning).count(), 14);
/// ```
///
/// # Panics
///
/// Never: the model is built from constant tables, which a test builds.
// The tables are constant and a test builds them, so this cannot fail at run time, for
// any input: there is none.
#[allow(clippy::expect_used)]
pub fn figure2() -> MechanismGraph {
    figure2::build().expect("the built-in Figure 2 model is valid")
}

/// One of the four mechanisms the paper's Discussion sums Figure 2 up with, as a pathway
/// question over the model.
///
/// # Example
///
/// ```
/// let h = &isp_moc::catalog::headline_mechanisms()[2];
/// assert_eq!(h.title, "Helping to span boundaries");
/// let set = isp_moc::catalog::figure2().pathways(&h.query())?;
/// assert!(set.pathways.iter().all(|p| p.contains("boundary_spanning")));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Headline {
    /// Short title.
    pub title: &'static str,
    /// The Discussion's phrase for it (one line of the published text, as it breaks, to
    /// find it).
    pub passage: &'static str,
    /// The Discussion's whole clause for it, as a reader quotes it (words broken across
    /// lines joined).
    pub quote: &'static str,
    /// Where its pathways start.
    pub from: &'static [&'static str],
    /// Where they end.
    pub to: &'static [&'static str],
    /// The mechanisms that make it this headline (a pathway passes at least one).
    pub via_any: &'static [&'static str],
}

impl Headline {
    /// The pathway question for this headline (default bounds).
    ///
    /// # Example
    ///
    /// ```
    /// let h = &isp_moc::catalog::headline_mechanisms()[0];
    /// let set = isp_moc::catalog::figure2().pathways(&h.query())?;
    /// assert!(set.pathways.iter().any(|p| p.to_string() ==
    ///     "isp_skills → trust → meaningful_learning → self_efficacy"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn query(&self) -> PathQuery {
        PathQuery::new(self.from, self.to).via_any(self.via_any)
    }
}

const RESOURCES: &[&str] = &["isp_knowledge", "isp_skills", "isp_attitudes"];

/// The four headline mechanisms of the paper's Discussion, in its order: installing trust
/// and using it for meaningful learning; ongoing opportunities for learning, reflection and
/// support; spanning boundaries; positively motivating stakeholders.
///
/// # Example
///
/// ```
/// let titles: Vec<&str> = isp_moc::catalog::headline_mechanisms().iter().map(|h| h.title).collect();
/// assert_eq!(titles.len(), 4);
/// ```
pub fn headline_mechanisms() -> [Headline; 4] {
    [
        Headline {
            title: "Installing trust and using it to promote meaningful learning",
            passage: "among stakeholders and utilizing this trust to promote",
            quote: "installing trust in and among stakeholders and utilizing this trust to promote meaningful and relevant learning",
            from: RESOURCES,
            to: &["self_efficacy"],
            via_any: &["trust"],
        },
        Headline {
            title: "Providing ongoing opportunities for learning, reflection and support",
            passage: "providing ongoing oppor-",
            quote: "providing ongoing opportunities for learning, reflection, and support",
            from: RESOURCES,
            to: &["meaningful_learning", "implementation_behaviour"],
            via_any: &["prompting", "reflection_space", "go_to_availability"],
        },
        Headline {
            title: "Helping to span boundaries",
            passage: "boundaries in ways that support implementation",
            quote: "helping to span boundaries in ways that support implementation",
            from: RESOURCES,
            to: &["implementation_behaviour"],
            via_any: &["boundary_spanning"],
        },
        Headline {
            title: "Positively motivating stakeholders",
            passage: "tively motivating stakeholders",
            quote: "positively motivating stakeholders",
            from: RESOURCES,
            to: &["implementation_behaviour"],
            via_any: &["morale_and_commitment", "empowerment", "responsibility"],
        },
    ]
}

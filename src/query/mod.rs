//! Questions about a model: pathways, the strongest pathway, what lies up- and
//! downstream, feedback loops, and the context and counter-evidence around them.
//!
//! Every query takes ids, validates them first (unknown ids are
//! [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism), never a panic), and answers
//! deterministically: results are sorted (pathways by number of links, then by ids) and
//! never depend on hashing or insertion order. Anything exponential is bounded by default
//! and says so when a bound cut it short.
//!
//! | question | method | cost |
//! |---|---|---|
//! | every pathway between two sets | [`pathways`](crate::MechanismGraph::pathways) | bounded search ([`PathQuery`]) |
//! | the best-evidenced pathway | [`strongest_pathway`](crate::MechanismGraph::strongest_pathway) | polynomial |
//! | what a mechanism leads to / comes from | [`downstream`](crate::MechanismGraph::downstream), [`upstream`](crate::MechanismGraph::upstream) | linear |
//! | feedback loops | [`feedback_loops`](crate::MechanismGraph::feedback_loops), [`has_cycles`](crate::MechanismGraph::has_cycles) | bounded search / linear |
//! | context bearing on a mechanism or pathway | [`context_of`](crate::MechanismGraph::context_of), [`context_of_pathway`](crate::MechanismGraph::context_of_pathway) | linear |
//! | hindering evidence along a pathway, or a set of them | [`hindering_along`](crate::MechanismGraph::hindering_along), [`hindering_across`](crate::MechanismGraph::hindering_across) | linear |
//!
//! Pathway queries take their start and end sets as [`Selector`]s: ids, or every
//! mechanism of a kind, response type or group, so "all resources to all outcomes" is
//! `PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome])`.

mod context;
mod filter;
mod loops;
mod path_query;
mod pathway;
mod pathways;
mod ranking;
mod reach;
mod search;
mod selector;
mod strength;
mod strongest;
mod weighted;

pub use context::{ContextInfluence, LinkModeration, LinkObservation};
pub(crate) use filter::facts as link_facts;
pub use filter::LinkFilter;
pub use loops::{LoopQuery, LoopSet};
pub use path_query::PathQuery;
pub use pathway::{FeedbackLoop, Pathway};
pub use pathways::PathSet;
pub(crate) use ranking::weight_cost;
pub use ranking::Ranking;
pub use reach::{Reach, Reached};
pub use selector::Selector;
pub use strength::Strength;

//! Questions about a model: pathways, the strongest pathway, what lies up- and
//! downstream, feedback loops, and the context and counter-evidence around them.
//!
//! Every query takes ids, validates them first (unknown ids are
//! [`Error::UnknownMechanism`](crate::Error::UnknownMechanism), never a panic), and answers
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
//! | hindering evidence along a pathway | [`hindering_along`](crate::MechanismGraph::hindering_along) | linear |

mod context;
mod filter;
mod loops;
mod path_query;
mod pathway;
mod pathways;
mod reach;
mod search;
mod strongest;

pub use context::{ContextInfluence, LinkObservation};
pub use filter::LinkFilter;
pub use loops::{LoopQuery, LoopSet};
pub use path_query::PathQuery;
pub use pathway::{FeedbackLoop, Pathway};
pub use pathways::PathSet;
pub use reach::{Reach, Reached};

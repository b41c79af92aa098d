//! Comparing and merging models: what differs between two models ([`diff`]), and one
//! model merged into another through an id crosswalk ([`merge`], [`IdMap`]).
//!
//! * [`diff`] matches records by id (a link by its ends) and lists the mechanisms and
//!   links added, removed and changed, and for each change the fields (label, category,
//!   relation, polarity, basis, evidence, passages, note, ...), as typed records
//!   ([`ModelDiff`]) and as a short report a person reads (`Display`).
//! * [`merge`] renames the other model's ids through an [`IdMap`] (a user's `alliance` is
//!   Figure 2's `trust`), unions records and evidence without counting a study twice,
//!   takes a field only one model fills, and reports every disagreement (two different
//!   values of a field) as a [`Conflict`] saying which side it kept, instead of choosing
//!   silently; [`Merged::into_graph`] refuses a merge with conflicts, and
//!   [`Merged::accept_conflicts`] takes it as settled.
//!
//! ```
//! use isp_moc::compare::{diff, merge, IdMap};
//! use isp_moc::model::{Category, Link, Mechanism, Polarity, Relation};
//! use isp_moc::vocab::{ComBSubcomponent, ReasoningType};
//! use isp_moc::MechanismGraph;
//!
//! let figure2 = isp_moc::catalog::figure2();
//! let relational = |id: &str, label: &str| Mechanism::new(id, label, Category::reasoning(ReasoningType::Relational));
//! let mine = MechanismGraph::builder()
//!     .mechanism(relational("alliance", "Working alliance"))
//!     .mechanism(relational("openness", "Openness"))
//!     .mechanism(Mechanism::new("engagement", "Engagement in learning",
//!         Category::com_b(ComBSubcomponent::AutomaticMotivation)))
//!     .link(Link::new("alliance", "engagement", Relation::LeadsTo))
//!     .link(Link::new("alliance", "openness", Relation::LeadsTo).with_polarity(Polarity::Mixed))
//!     .build()?;
//! let merged = merge(&figure2, &mine, &IdMap::new().with("alliance", "trust"))?;
//! assert_eq!(merged.to_string(), "\
//! merged: 32 mechanisms, 68 links; 1 conflict:
//!   link `trust` -> `openness` (`alliance` -> `openness` in the other model): polarity: base `positive`, other `mixed`; kept the base's");
//!
//! let what_changed = diff(&figure2, merged.graph());
//! assert_eq!(what_changed.to_string(), "\
//! mechanisms: 1 added; links: 1 added
//! mechanisms:
//!   + engagement `Engagement in learning` (reasoning)
//! links:
//!   + trust -> engagement (leads_to, positive, text; support 0)");
//! # Ok::<(), isp_moc::Error>(())
//! ```

mod category_union;
mod change;
mod conflict;
mod diff;
mod evidence_change;
mod evidence_union;
mod id_map;
mod merge;
mod record_change;

pub use change::{Change, ListChange, WeightChange};
pub use conflict::{Conflict, ConflictKind, Side, Subject};
pub use diff::{diff, LinkDiff, MechanismDiff, ModelDiff, StudyDiff};
pub use evidence_change::EvidenceChange;
pub use id_map::IdMap;
pub use merge::{merge, Merged};
pub use record_change::{InfoChange, LinkChange, MechanismChange};

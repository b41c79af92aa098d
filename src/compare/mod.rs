//! Comparing models: what differs between two models ([`diff`]), and an id crosswalk
//! ([`IdMap`]) to compare models that name the same elements differently.
//!
//! * [`diff`] matches records by id (a link by its ends) and lists the mechanisms and
//!   links added, removed and changed, and for each change the fields (label, category,
//!   relation, polarity, basis, evidence, passages, note, ...), as typed records
//!   ([`ModelDiff`]) and as a short report a person reads (`Display`).


mod change;
mod diff;
mod evidence_change;
mod id_map;
mod record_change;

pub use change::{Change, ListChange};
pub use diff::{diff, LinkDiff, MechanismDiff, ModelDiff};
pub use evidence_change::EvidenceChange;
pub use id_map::IdMap;
pub use record_change::{InfoChange, LinkChange, MechanismChange};

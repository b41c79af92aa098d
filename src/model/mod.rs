//! The typed model: mechanisms (elements), links (relations) and their evidence.
//!
//! A model follows Dalkin et al. (2015)'s split as the paper adapts it: the ISP is a
//! **resource**, stakeholders respond with **reasoning** (COM-B capability, opportunity,
//! motivation, plus *relational* responses), **context** (CFIR) shapes the interaction and
//! the **outcome** is implementation behaviour. Each element is a [`Mechanism`] with a typed
//! [`Category`]; each relation is a [`Link`] with a [`Relation`], [`Polarity`], [`Basis`]
//! and [`Evidence`]. Records are plain data; the
//! [`MechanismGraphBuilder`](crate::MechanismGraphBuilder) validates them into a
//! [`MechanismGraph`](crate::MechanismGraph).

mod category;
mod category_fields;
mod cerqual;
mod cfir_placement;
mod citation;
#[cfg(feature = "serde")]
mod citation_serde;
mod evidence;
mod grammar_rule;
mod info;
mod kind;
mod link;
mod mechanism;
mod relation;
mod study;

pub use category::Category;
pub(crate) use category_fields::CategoryFields;
pub use cerqual::{CerqualAssessment, Concern, Confidence, Judgement};
pub use cfir_placement::CfirPlacement;
pub use citation::Citation;
pub use evidence::{Evidence, Observation, Valence};
pub use grammar_rule::GrammarRule;
pub use info::{CategoryTally, CodingCategory, DomainSubject, ModelInfo};
pub use kind::MechanismKind;
pub use link::Link;
pub use mechanism::Mechanism;
pub use relation::{Basis, Polarity, Relation};
pub use study::{Sector, Study, StudyDesign, StudyId};

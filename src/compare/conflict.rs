//! [`Conflict`]: where two models disagree about the same element or link, and which
//! side a merge kept.

use std::fmt;

use super::WeightChange;
use crate::error::quoted;
use crate::model::{
    Basis, Category, CategoryFields, CerqualAssessment, GrammarRule, MechanismKind, Polarity,
    Relation, Study, StudyId,
};
use crate::MechanismId;

/// A disagreement [`merge`](super::merge) found and did not settle silently: what
/// disagrees ([`ConflictKind`]), about which record ([`Subject`]), and which side's value
/// the merged model holds ([`Side`]).
///
/// `Display` prints one line: `link `trust` -> `meaningful_learning` (`alliance` ->
/// `learning` in the other model): relation: base `precondition`, other `leads_to`; kept
/// the base's`.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{merge, ConflictKind, IdMap, Side};
/// use isp_moc::model::Relation;
///
/// let base = isp_moc::catalog::figure2();
/// let mut parts = base.clone().into_parts();
/// parts.links.iter_mut().find(|l| l.from == "trust" && l.to == "meaningful_learning").unwrap()
///     .relation = Relation::LeadsTo;
/// let merged = merge(&base, &parts.build()?, &IdMap::new())?;
/// let c = &merged.conflicts()[0];
/// assert_eq!(c.kind, ConflictKind::Relation { base: Relation::Precondition, other: Relation::LeadsTo });
/// assert_eq!(c.kept, Side::Base);
/// assert_eq!(c.to_string(),
///     "link `trust` -> `meaningful_learning`: relation: base `precondition`, other `leads_to`; kept the base's");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Conflict {
    /// The mechanism or link the two models disagree about.
    pub subject: Subject,
    /// What they disagree about.
    pub kind: ConflictKind,
    /// Whose value the merged model holds.
    pub kept: Side,
}

/// The record a [`Conflict`] is about, by its ids in the merged (base) model and in the
/// other model, which differ when the [`IdMap`](super::IdMap) renamed it.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{merge, IdMap, Subject};
/// use isp_moc::model::{Category, Mechanism};
/// use isp_moc::vocab::ReasoningType;
/// use isp_moc::MechanismGraph;
///
/// let base = isp_moc::catalog::figure2();
/// let mine = MechanismGraph::builder()
///     .mechanism(Mechanism::new("alliance", "Alliance", Category::reasoning(ReasoningType::Motivation)))
///     .build()?;
/// let merged = merge(&base, &mine, &IdMap::new().with("alliance", "trust"))?;
/// let subject = &merged.conflicts()[0].subject;
/// assert!(matches!(subject, Subject::Mechanism { id, other_id } if id == "trust" && other_id == "alliance"));
/// assert_eq!(subject.to_string(), "mechanism `trust` (`alliance` in the other model)");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Subject {
    /// A mechanism.
    Mechanism {
        /// Its id in the base and the merged model.
        id: MechanismId,
        /// Its id in the other model.
        other_id: MechanismId,
    },
    /// A link.
    Link {
        /// Its source in the base and the merged model.
        from: MechanismId,
        /// Its target in the base and the merged model.
        to: MechanismId,
        /// Its source in the other model.
        other_from: MechanismId,
        /// Its target in the other model.
        other_to: MechanismId,
    },
    /// A study of the study table, by id.
    Study {
        /// Its id (in both models).
        id: StudyId,
    },
}

/// What two models disagree about.
///
/// # Example
///
/// ```
/// use isp_moc::compare::ConflictKind;
/// let k = ConflictKind::Publications { base: 24, other: 12 };
/// assert_eq!(k.to_string(), "publications: base 24, other 12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConflictKind {
    /// The same mechanism has another label; the merge keeps the base's.
    Label {
        /// The base's label.
        base: String,
        /// The other model's label.
        other: String,
    },
    /// The same mechanism has another kind, or a category field both models set
    /// differently (a field only one sets is detail, not a conflict); the merge keeps the
    /// base's.
    Category {
        /// The base's category.
        base: Category,
        /// The other model's category.
        other: Category,
    },
    /// The same mechanism has another description in each model; the merge keeps the
    /// base's (a description only one model gives is taken, not a conflict).
    Description {
        /// The base's description.
        base: String,
        /// The other model's description.
        other: String,
    },
    /// The same mechanism is in another sub-group in each model; the merge keeps the
    /// base's (a group only one model gives is taken, not a conflict).
    Group {
        /// The base's group.
        base: String,
        /// The other model's group.
        other: String,
    },
    /// The same mechanism or link has another note in each model; the merge keeps the
    /// base's (a note only one model gives is taken, not a conflict).
    Note {
        /// The base's note.
        base: String,
        /// The other model's note.
        other: String,
    },
    /// The same link has another relation; the merge keeps the base's.
    Relation {
        /// The base's relation.
        base: Relation,
        /// The other model's relation.
        other: Relation,
    },
    /// The same link has another polarity; the merge keeps the base's.
    Polarity {
        /// The base's polarity.
        base: Polarity,
        /// The other model's polarity.
        other: Polarity,
    },
    /// The same link is stated in one source and inferred in the other; the merge keeps
    /// the base's basis.
    Basis {
        /// The base's basis.
        base: Basis,
        /// The other model's basis.
        other: Basis,
    },
    /// The same link has another weight in each model (`before` is the base's, `after`
    /// the other's); the merge keeps the base's.
    Weight(WeightChange),
    /// Both report a publication count for the same mechanism or link and the counts
    /// differ; the merge keeps the larger (a count is a lower bound on the publications
    /// reporting it, and adding them would count shared studies twice).
    Publications {
        /// The base's count.
        base: u32,
        /// The other model's count.
        other: u32,
    },
    /// A link only the other model has would break the grammar here, because one of its
    /// ends is of another kind in the base (see `Category`); the merge leaves it out.
    BreaksGrammar {
        /// The rule it would break.
        rule: GrammarRule,
        /// The kind of its source in the merged model.
        from_kind: MechanismKind,
        /// The kind of its target in the merged model.
        to_kind: MechanismKind,
        /// Its relation.
        relation: Relation,
    },
    /// The two models' study tables hold records under one id that disagree: another
    /// citation, or another value of a field both records set (a field only one sets is
    /// filled in, not a conflict). The base's record is kept.
    Study {
        /// The base model's record.
        base: Box<Study>,
        /// The other model's record.
        other: Box<Study>,
    },
    /// The two models assess the link with different GRADE-CERQual assessments (the
    /// base's is kept).
    Confidence {
        /// The base model's assessment.
        base: Box<CerqualAssessment>,
        /// The other model's assessment.
        other: Box<CerqualAssessment>,
    },
}

/// One of the two models of a merge.
///
/// # Example
///
/// ```
/// use isp_moc::compare::Side;
/// assert_eq!(Side::Base.to_string(), "base");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The model merged into.
    Base,
    /// The model merged in.
    Other,
}

impl Subject {
    /// A mechanism, by its id in the base and in the other model.
    pub(crate) fn mechanism(id: &MechanismId, other_id: &MechanismId) -> Self {
        Subject::Mechanism {
            id: id.clone(),
            other_id: other_id.clone(),
        }
    }

    /// A link, by its ends in the base and in the other model.
    pub(crate) fn link(
        (from, to): (&MechanismId, &MechanismId),
        (other_from, other_to): (&MechanismId, &MechanismId),
    ) -> Self {
        Subject::Link {
            from: from.clone(),
            to: to.clone(),
            other_from: other_from.clone(),
            other_to: other_to.clone(),
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Mechanism { id, other_id } => {
                write!(f, "mechanism {}", quoted(id.as_str()))?;
                if id != other_id {
                    write!(f, " ({} in the other model)", quoted(other_id.as_str()))?;
                }
                Ok(())
            }
            Subject::Link {
                from,
                to,
                other_from,
                other_to,
            } => {
                write!(
                    f,
                    "link {} -> {}",
                    quoted(from.as_str()),
                    quoted(to.as_str())
                )?;
                if (from, to) != (other_from, other_to) {
                    write!(
                        f,
                        " ({} -> {} in the other model)",
                        quoted(other_from.as_str()),
                        quoted(other_to.as_str())
                    )?;
                }
                Ok(())
            }
            Subject::Study { id } => write!(f, "study {}", quoted(id.as_str())),
        }
    }
}

impl fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let terms = |f: &mut fmt::Formatter<'_>, field: &str, base: &str, other: &str| {
            write!(f, "{field}: base `{base}`, other `{other}`")
        };
        let texts = |f: &mut fmt::Formatter<'_>, field: &str, base: &str, other: &str| {
            write!(f, "{field}: base {}, other {}", quoted(base), quoted(other))
        };
        match self {
            ConflictKind::Label { base, other } => texts(f, "label", base, other),
            ConflictKind::Description { base, other } => texts(f, "description", base, other),
            ConflictKind::Group { base, other } => texts(f, "group", base, other),
            ConflictKind::Note { base, other } => texts(f, "note", base, other),
            ConflictKind::Category { base, other } => write!(
                f,
                "category: base {}, other {}",
                describe(base),
                describe(other)
            ),
            ConflictKind::Relation { base, other } => {
                terms(f, "relation", base.as_str(), other.as_str())
            }
            ConflictKind::Polarity { base, other } => {
                terms(f, "polarity", base.as_str(), other.as_str())
            }
            ConflictKind::Basis { base, other } => terms(f, "basis", base.as_str(), other.as_str()),
            ConflictKind::Weight(w) => {
                let shown = |w: Option<f64>| w.map_or("none".to_owned(), |w| w.to_string());
                write!(
                    f,
                    "weight: base {}, other {}",
                    shown(w.before),
                    shown(w.after)
                )
            }
            ConflictKind::Publications { base, other } => {
                write!(f, "publications: base {base}, other {other}")
            }
            ConflictKind::Confidence { base, other } => write!(
                f,
                "confidence: base `{}`, other `{}`",
                base.confidence.as_str(),
                other.confidence.as_str()
            ),
            ConflictKind::Study { base, other } => {
                // the fields that differ, as `diff` words them (two records under one id
                // often share their citation)
                let differs = super::StudyDiff::Changed {
                    before: base.clone(),
                    after: other.clone(),
                }
                .changes();
                let fields: Vec<String> = differs.into_iter().map(|(_, text)| text).collect();
                write!(f, "study record (base → other): {}", fields.join("; "))
            }
            ConflictKind::BreaksGrammar {
                rule,
                from_kind,
                to_kind,
                relation,
            } => write!(
                f,
                "{rule} (from {}, to {}, relation `{}`)",
                from_kind.as_str(),
                to_kind.as_str(),
                relation.as_str()
            ),
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Base => "base",
            Side::Other => "other",
        })
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.kind)?;
        match (&self.kind, self.kept) {
            (ConflictKind::BreaksGrammar { .. }, _) => f.write_str("; the other's link left out"),
            (_, Side::Base) => f.write_str("; kept the base's"),
            (_, Side::Other) => f.write_str("; kept the other's"),
        }
    }
}

/// `reasoning (reasoning relational, com_b automatic_motivation)`: the kind and every file
/// field the category sets.
fn describe(category: &Category) -> String {
    let fields: Vec<String> = CategoryFields::from(category)
        .entries()
        .into_iter()
        .filter_map(|(field, _, value)| value.map(|v| format!("{field} {v}")))
        .collect();
    format!("{} ({})", category.kind().as_str(), fields.join(", "))
}

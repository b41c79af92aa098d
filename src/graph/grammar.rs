//! The link grammar: which kinds may be joined by which relation.
//!
//! After Dalkin et al. (2015) and causal pathway diagrams (Lewis et al. 2018):
//!
//! | from \ to  | resource                 | reasoning / outcome                 | context |
//! |------------|--------------------------|-------------------------------------|---------|
//! | resource   | no                       | leads_to, precondition              | no      |
//! | reasoning  | no                       | leads_to, precondition              | no      |
//! | outcome    | no                       | leads_to, precondition (feedback)   | no      |
//! | context    | moderates, precondition  | moderates, precondition             | no      |
//!
//! In words: nothing leads *to* a resource (only context can condition one); nothing links
//! *to* a context factor; a context factor only moderates or is a precondition; only a
//! context factor moderates. Cycles are allowed.

use crate::model::{MechanismKind, Relation};

/// Why a link of `relation` from a `from`-kind to a `to`-kind element is not allowed, or
/// `None` when it is.
pub(crate) fn violation(
    from: MechanismKind,
    relation: Relation,
    to: MechanismKind,
) -> Option<&'static str> {
    use MechanismKind::*;
    if to == Context {
        return Some("nothing links to a context factor");
    }
    if from == Context {
        return (relation == Relation::LeadsTo)
            .then_some("a context factor can only moderate or be a precondition");
    }
    if relation == Relation::Moderates {
        return Some("only a context factor can moderate");
    }
    if to == Resource {
        return Some("nothing leads to a resource; only a context factor can condition one");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use MechanismKind::*;

    #[test]
    fn the_table_holds() {
        let causal = [Relation::LeadsTo, Relation::Precondition];
        for from in [Resource, Reasoning, Outcome] {
            for to in [Reasoning, Outcome] {
                for r in causal {
                    assert_eq!(violation(from, r, to), None, "{from:?} {r:?} {to:?}");
                }
                assert!(violation(from, Relation::Moderates, to).is_some());
            }
            for r in Relation::ALL {
                assert!(violation(from, *r, Resource).is_some());
                assert!(violation(from, *r, Context).is_some());
            }
        }
        for to in [Resource, Reasoning, Outcome] {
            assert_eq!(violation(Context, Relation::Moderates, to), None);
            assert_eq!(violation(Context, Relation::Precondition, to), None);
            assert!(violation(Context, Relation::LeadsTo, to).is_some());
        }
        for r in Relation::ALL {
            assert!(violation(Context, *r, Context).is_some());
        }
    }
}

//! [`GrammarRule`]: the rules of the link grammar, as data.

vocabulary! {
    /// A rule of the link grammar, after Dalkin et al. (2015) and causal pathway diagrams
    /// (Lewis et al. 2018): which kinds of element may be joined by which relation.
    ///
    /// | from \ to  | resource                | reasoning / outcome               | context |
    /// |------------|-------------------------|-----------------------------------|---------|
    /// | resource   | no                      | leads_to, precondition            | no      |
    /// | reasoning  | no                      | leads_to, precondition            | no      |
    /// | outcome    | no                      | leads_to, precondition (feedback) | no      |
    /// | context    | moderates, precondition | moderates, precondition           | no      |
    ///
    /// A link that breaks one is reported as
    /// [`ErrorKind::GrammarViolation`](crate::ErrorKind::GrammarViolation) naming the
    /// rule; its label is the rule in words.
    ///
    /// ```
    /// use isp_moc::model::{GrammarRule, MechanismKind, Relation};
    ///
    /// assert_eq!(GrammarRule::check(MechanismKind::Reasoning, Relation::LeadsTo, MechanismKind::Resource),
    ///     Some(GrammarRule::IntoResource));
    /// assert_eq!(GrammarRule::check(MechanismKind::Context, Relation::Moderates, MechanismKind::Reasoning), None);
    /// assert_eq!(GrammarRule::IntoContext.to_string(), "nothing links to a context factor");
    /// ```
    #[non_exhaustive]
    pub enum GrammarRule ("grammar rule") {
        IntoContext = "into_context" {
            "nothing links to a context factor",
            "A context factor conditions the interaction; nothing in the model acts on it.",
        },
        ContextLeadsTo = "context_leads_to" {
            "a context factor can only moderate or be a precondition",
            "Context shapes whether a mechanism fires; it does not itself carry a mechanism forward.",
        },
        ModeratorNotContext = "moderator_not_context" {
            "only a context factor can moderate",
            "Resources, responses and outcomes act on each other by leading to or being preconditions.",
        },
        IntoResource = "into_resource" {
            "nothing leads to a resource; only a context factor can condition one",
            "The ISP's knowledge, skills and attitudes are what the ISP brings; responses do not produce them.",
        },
    }
}

use super::{MechanismKind, Relation};

impl GrammarRule {
    /// The rule a link of `relation` from a `from`-kind to a `to`-kind element breaks, or
    /// `None` when the grammar allows it.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{GrammarRule, MechanismKind, Relation};
    /// assert_eq!(GrammarRule::check(MechanismKind::Resource, Relation::Moderates, MechanismKind::Reasoning),
    ///     Some(GrammarRule::ModeratorNotContext));
    /// ```
    pub fn check(from: MechanismKind, relation: Relation, to: MechanismKind) -> Option<Self> {
        use MechanismKind::{Context, Resource};
        if to == Context {
            return Some(GrammarRule::IntoContext);
        }
        if from == Context {
            return (relation == Relation::LeadsTo).then_some(GrammarRule::ContextLeadsTo);
        }
        if relation == Relation::Moderates {
            return Some(GrammarRule::ModeratorNotContext);
        }
        if to == Resource {
            return Some(GrammarRule::IntoResource);
        }
        None
    }
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
                    assert_eq!(
                        GrammarRule::check(from, r, to),
                        None,
                        "{from:?} {r:?} {to:?}"
                    );
                }
                assert!(GrammarRule::check(from, Relation::Moderates, to).is_some());
            }
            for r in Relation::ALL {
                assert!(GrammarRule::check(from, *r, Resource).is_some());
                assert!(GrammarRule::check(from, *r, Context).is_some());
            }
        }
        for to in [Resource, Reasoning, Outcome] {
            assert_eq!(GrammarRule::check(Context, Relation::Moderates, to), None);
            assert_eq!(
                GrammarRule::check(Context, Relation::Precondition, to),
                None
            );
            assert!(GrammarRule::check(Context, Relation::LeadsTo, to).is_some());
        }
        for r in Relation::ALL {
            assert!(GrammarRule::check(Context, *r, Context).is_some());
        }
    }
}

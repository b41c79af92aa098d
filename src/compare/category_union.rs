//! The one category two descriptions of the same mechanism agree on.

use crate::model::{Category, CategoryFields};

/// The category `base` and `other` both describe, when they agree: the same kind, and
/// every field either one leaves unset or both set alike (ERIC strategies as a set). The
/// result is `base` with the detail only `other` gives filled in (a COM-B sub-component,
/// a CFIR construct, ERIC strategies), so it is the same whichever side is the base.
/// `None` when they disagree.
pub(crate) fn unite(base: &Category, other: &Category) -> Option<Category> {
    if base == other {
        return Some(base.clone());
    }
    if base.kind() != other.kind() {
        return None;
    }
    // Destructured so a new field cannot be forgotten here.
    let CategoryFields {
        resource,
        eric_strategies,
        reasoning,
        com_b,
        cfir_domain,
        cfir_construct,
        cfir2022_domain,
        cfir2022_construct,
        levels,
        implementation_outcome,
    } = CategoryFields::from(base);
    let o = CategoryFields::from(other);
    let same_strategies = eric_strategies.len() == o.eric_strategies.len()
        && eric_strategies
            .iter()
            .all(|s| o.eric_strategies.contains(s));
    let agree = agree(&resource, &o.resource)
        && (eric_strategies.is_empty() || o.eric_strategies.is_empty() || same_strategies)
        && agree(&reasoning, &o.reasoning)
        && agree(&com_b, &o.com_b)
        && agree(&cfir_domain, &o.cfir_domain)
        && agree(&cfir_construct, &o.cfir_construct)
        && agree(&cfir2022_domain, &o.cfir2022_domain)
        && agree(&cfir2022_construct, &o.cfir2022_construct)
        && agree(&levels, &o.levels)
        && agree(&implementation_outcome, &o.implementation_outcome);
    if !agree {
        return None;
    }
    let united = CategoryFields {
        resource: resource.or(o.resource),
        eric_strategies: if eric_strategies.is_empty() {
            o.eric_strategies
        } else {
            eric_strategies
        },
        reasoning: reasoning.or(o.reasoning),
        com_b: com_b.or(o.com_b),
        cfir_domain: cfir_domain.or(o.cfir_domain),
        cfir_construct: cfir_construct.or(o.cfir_construct),
        cfir2022_domain: cfir2022_domain.or(o.cfir2022_domain),
        cfir2022_construct: cfir2022_construct.or(o.cfir2022_construct),
        levels: levels.or(o.levels),
        implementation_outcome: implementation_outcome.or(o.implementation_outcome),
    };
    let mut category = united.into_category(base.kind()).ok()?;
    category.normalize();
    category.problems().is_empty().then_some(category)
}

/// True when either is unset or both are equal.
fn agree<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
    a.is_none() || b.is_none() || a == b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{
        Cfir2022Construct, CfirConstruct, CfirDomain, ComBSubcomponent, EricStrategy, IspResource,
        ReasoningType,
    };

    #[test]
    fn detail_is_filled_in_either_way() {
        let plain = Category::reasoning(ReasoningType::Motivation);
        let detailed = Category::com_b(ComBSubcomponent::AutomaticMotivation);
        assert_eq!(unite(&plain, &detailed), Some(detailed.clone()));
        assert_eq!(unite(&detailed, &plain), Some(detailed));

        let mut domain = Category::context(CfirDomain::InnerSetting);
        domain.normalize();
        let mut construct =
            Category::cfir(CfirConstruct::Culture).with_cfir2022(Cfir2022Construct::Culture);
        construct.normalize();
        assert_eq!(unite(&domain, &construct), Some(construct.clone()));

        let skills = Category::resource(IspResource::Skills);
        let named = Category::skills(&[EricStrategy::Facilitation, EricStrategy::RemindClinicians]);
        let reordered =
            Category::skills(&[EricStrategy::RemindClinicians, EricStrategy::Facilitation]);
        assert_eq!(unite(&skills, &named), Some(named.clone()));
        assert_eq!(unite(&named, &reordered), Some(named));
    }

    #[test]
    fn disagreement_is_none() {
        let relational = Category::reasoning(ReasoningType::Relational);
        assert_eq!(
            unite(&relational, &Category::reasoning(ReasoningType::Motivation)),
            None
        );
        assert_eq!(
            unite(&relational, &Category::resource(IspResource::Skills)),
            None
        );
        let mut outer = Category::context(CfirDomain::OuterSetting);
        outer.normalize();
        let mut culture = Category::cfir(CfirConstruct::Culture);
        culture.normalize();
        assert_eq!(unite(&outer, &culture), None);
        assert_eq!(
            unite(
                &Category::skills(&[EricStrategy::Facilitation]),
                &Category::skills(&[EricStrategy::RemindClinicians])
            ),
            None
        );
    }
}

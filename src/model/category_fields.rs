//! [`CategoryFields`]: a mechanism's typed category as the flat fields every file format
//! uses (`"kind": "context", "cfir_construct": "leadership_engagement"`), converted in one
//! place for the JSON document, GraphML and node-link JSON.

use super::{Category, CfirPlacement, MechanismKind};
use crate::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, ComBSubcomponent, EricStrategy,
    ImplementationOutcome, IspResource, OutcomeLevel, ReasoningType, Term,
};

/// The category fields of a flat mechanism record; each belongs to exactly one kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(crate) struct CategoryFields {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) resource: Option<IspResource>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub(crate) eric_strategies: Vec<EricStrategy>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) reasoning: Option<ReasoningType>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) com_b: Option<ComBSubcomponent>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) cfir_domain: Option<CfirDomain>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) cfir_construct: Option<CfirConstruct>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) cfir2022_domain: Option<Cfir2022Domain>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) cfir2022_construct: Option<Cfir2022Construct>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) levels: Option<Vec<OutcomeLevel>>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub(crate) implementation_outcome: Option<ImplementationOutcome>,
}

/// The ids of a list field, comma-separated.
fn joined<T: Term>(terms: &[T]) -> String {
    terms
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

impl CategoryFields {
    /// Every field in declaration order: its name, the kind it belongs to, and its value as
    /// ids (lists comma-separated) when present.
    pub(crate) fn entries(&self) -> [(&'static str, MechanismKind, Option<String>); 10] {
        use MechanismKind::{Context, Outcome, Reasoning, Resource};
        let id = |t: Option<&'static str>| t.map(str::to_owned);
        [
            (
                "resource",
                Resource,
                id(self.resource.map(IspResource::as_str)),
            ),
            (
                "eric_strategies",
                Resource,
                (!self.eric_strategies.is_empty()).then(|| joined(&self.eric_strategies)),
            ),
            (
                "reasoning",
                Reasoning,
                id(self.reasoning.map(ReasoningType::as_str)),
            ),
            (
                "com_b",
                Reasoning,
                id(self.com_b.map(ComBSubcomponent::as_str)),
            ),
            (
                "cfir_domain",
                Context,
                id(self.cfir_domain.map(CfirDomain::as_str)),
            ),
            (
                "cfir_construct",
                Context,
                id(self.cfir_construct.map(CfirConstruct::as_str)),
            ),
            (
                "cfir2022_domain",
                Context,
                id(self.cfir2022_domain.map(Cfir2022Domain::as_str)),
            ),
            (
                "cfir2022_construct",
                Context,
                id(self.cfir2022_construct.map(Cfir2022Construct::as_str)),
            ),
            ("levels", Outcome, self.levels.as_deref().map(joined)),
            (
                "implementation_outcome",
                Outcome,
                id(self
                    .implementation_outcome
                    .map(ImplementationOutcome::as_str)),
            ),
        ]
    }

    /// The typed category of a `kind` mechanism, checking that exactly the fields of that
    /// kind are present (used when reading files). On failure, every reason, in field
    /// order.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn into_category(self, kind: MechanismKind) -> Result<Category, Vec<String>> {
        let entries = self.entries();
        // "an outcome", "a resource"
        let article = if kind == MechanismKind::Outcome {
            "an"
        } else {
            "a"
        };
        let mut reasons: Vec<String> = entries
            .iter()
            .filter(|(_, k, v)| v.is_some() && *k != kind)
            .map(|(field, ..)| {
                format!(
                    "field `{field}` does not apply to {article} {} mechanism",
                    kind.as_str()
                )
            })
            .collect();
        // the field and the ids it takes, so the fix needs no look-up
        let missing = |field: &str, ids: &[&str]| {
            format!(
                "{article} {} mechanism needs `{field}` ({}`{}`)",
                kind.as_str(),
                if field == "levels" {
                    "a list of any of "
                } else {
                    "one of "
                },
                ids.join("`, `")
            )
        };

        let category = match kind {
            MechanismKind::Resource => match self.resource {
                Some(resource) => Some(Category::Resource {
                    resource,
                    strategies: self.eric_strategies,
                }),
                None => {
                    let ids: Vec<&str> = IspResource::ALL.iter().map(|r| r.as_str()).collect();
                    reasons.push(missing("resource", &ids));
                    None
                }
            },
            MechanismKind::Reasoning => match self.reasoning {
                Some(reasoning) => Some(Category::Reasoning {
                    reasoning,
                    com_b: self.com_b,
                }),
                None => {
                    // a COM-B sub-component says which it is: name it, not just the field
                    let hint = self.com_b.map_or(String::new(), |sub| {
                        let reasoning: crate::vocab::ReasoningType = sub.component().into();
                        format!(
                            "; with `com_b` `{}` it is `\"reasoning\": \"{}\"`",
                            sub.as_str(),
                            reasoning.as_str()
                        )
                    });
                    let ids: Vec<&str> = ReasoningType::ALL.iter().map(|r| r.as_str()).collect();
                    reasons.push(missing("reasoning", &ids) + &hint);
                    None
                }
            },
            MechanismKind::Context => {
                let placement = CfirPlacement {
                    domain: self.cfir_domain,
                    construct: self.cfir_construct,
                    domain_2022: self.cfir2022_domain,
                    construct_2022: self.cfir2022_construct,
                };
                if placement.is_empty() {
                    reasons.push(
                        "a context mechanism needs one of `cfir_domain`, `cfir_construct`, \
                         `cfir2022_domain` or `cfir2022_construct`"
                            .to_owned(),
                    );
                }
                Some(Category::Context(placement))
            }
            MechanismKind::Outcome => match self.levels {
                Some(levels) => Some(Category::Outcome {
                    levels,
                    implementation_outcome: self.implementation_outcome,
                }),
                None => {
                    let ids: Vec<&str> = OutcomeLevel::ALL.iter().map(|l| l.as_str()).collect();
                    reasons.push(missing("levels", &ids));
                    None
                }
            },
        };
        match category {
            Some(c) if reasons.is_empty() => Ok(c),
            _ => Err(reasons),
        }
    }
}

impl From<&Category> for CategoryFields {
    fn from(category: &Category) -> Self {
        let mut f = CategoryFields::default();
        match category {
            Category::Resource {
                resource,
                strategies,
            } => {
                f.resource = Some(*resource);
                f.eric_strategies.clone_from(strategies);
            }
            Category::Reasoning { reasoning, com_b } => {
                f.reasoning = Some(*reasoning);
                f.com_b = *com_b;
            }
            Category::Context(p) => {
                f.cfir_domain = p.domain;
                f.cfir_construct = p.construct;
                f.cfir2022_domain = p.domain_2022;
                f.cfir2022_construct = p.construct_2022;
            }
            Category::Outcome {
                levels,
                implementation_outcome,
            } => {
                f.levels = Some(levels.clone());
                f.implementation_outcome = *implementation_outcome;
            }
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_checked_against_the_kind() {
        // a field of another kind is rejected, whichever field it is
        let all = CategoryFields {
            resource: Some(IspResource::Skills),
            eric_strategies: vec![EricStrategy::Facilitation],
            reasoning: Some(ReasoningType::Relational),
            com_b: Some(ComBSubcomponent::SocialOpportunity),
            cfir_domain: Some(CfirDomain::InnerSetting),
            cfir_construct: Some(CfirConstruct::Culture),
            cfir2022_domain: Some(Cfir2022Domain::InnerSetting),
            cfir2022_construct: Some(Cfir2022Construct::Culture),
            levels: Some(vec![OutcomeLevel::System]),
            implementation_outcome: Some(ImplementationOutcome::Adoption),
        };
        let entries = all.entries();
        assert!(
            entries.iter().all(|(_, _, v)| v.is_some()),
            "entries cover every field"
        );
        for (field, owner, _) in &entries {
            for kind in MechanismKind::ALL.iter().filter(|k| *k != owner) {
                let mut one = CategoryFields::default();
                match *field {
                    "resource" => one.resource = all.resource,
                    "eric_strategies" => one.eric_strategies.clone_from(&all.eric_strategies),
                    "reasoning" => one.reasoning = all.reasoning,
                    "com_b" => one.com_b = all.com_b,
                    "cfir_domain" => one.cfir_domain = all.cfir_domain,
                    "cfir_construct" => one.cfir_construct = all.cfir_construct,
                    "cfir2022_domain" => one.cfir2022_domain = all.cfir2022_domain,
                    "cfir2022_construct" => one.cfir2022_construct = all.cfir2022_construct,
                    "levels" => one.levels.clone_from(&all.levels),
                    _ => one.implementation_outcome = all.implementation_outcome,
                }
                let err = one.into_category(*kind).unwrap_err();
                assert!(
                    err.contains(&format!(
                        "field `{field}` does not apply to {} {} mechanism",
                        if *kind == MechanismKind::Outcome {
                            "an"
                        } else {
                            "a"
                        },
                        kind.as_str()
                    )),
                    "{err:?}"
                );
            }
        }
    }

    #[test]
    fn round_trips_every_category_shape() {
        for c in [
            Category::skills(&[EricStrategy::RemindClinicians]),
            Category::com_b(ComBSubcomponent::AutomaticMotivation),
            Category::cfir(CfirConstruct::Culture).with_cfir2022(Cfir2022Construct::Culture),
            Category::outcome(&[OutcomeLevel::Individual]),
        ] {
            let back = CategoryFields::from(&c).into_category(c.kind()).unwrap();
            assert_eq!(back, c);
        }
    }
}

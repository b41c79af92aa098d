//! [`Category`]: the typed detail of a mechanism, one shape per kind.

use super::{CfirPlacement, MechanismKind};
use crate::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, ComBSubcomponent, EricStrategy,
    ImplementationOutcome, IspResource, OutcomeLevel, ReasoningType,
};

/// What a mechanism *is*, in the vocabulary of its kind.
///
/// * a **resource** names the ISP characteristic ([`IspResource`]); a skills (or
///   combination) resource may name the ERIC strategies it uses;
/// * a **reasoning** element names its response type ([`ReasoningType`], which includes the
///   paper's non-COM-B *relational* type) and, optionally, a COM-B sub-component that must
///   belong to it;
/// * a **context** factor names where it sits in CFIR 2009 and/or CFIR 2022 (its
///   [`CfirPlacement`]);
/// * an **outcome** names the levels at which behaviour changes and, optionally, a Proctor
///   implementation outcome.
///
/// The builder checks the cross-field rules, so an inconsistent category never reaches a
/// graph.
///
/// The variants are `#[non_exhaustive]` (and the context placement is a struct of its
/// own), so fields can be added without a breaking release: build categories with the
/// constructors below and match them with `..`.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, MechanismKind};
/// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirDomain, EricStrategy, ReasoningType};
///
/// let trust = Category::reasoning(ReasoningType::Relational);
/// assert_eq!(trust.kind(), MechanismKind::Reasoning);
///
/// let resources = Category::cfir(CfirConstruct::AvailableResources)
///     .with_cfir2022(Cfir2022Construct::AvailableResources);
/// assert_eq!(resources.cfir_domain(), Some(CfirDomain::InnerSetting));
///
/// let skills = Category::skills(&[EricStrategy::Facilitation, EricStrategy::AuditAndProvideFeedback]);
/// assert_eq!(skills.eric_strategies().len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Category {
    /// An ISP resource.
    #[non_exhaustive]
    Resource {
        /// Which characteristic of the ISP.
        resource: IspResource,
        /// ERIC strategies this resource's strategy use covers (skills or combination
        /// resources only; no repeats).
        strategies: Vec<EricStrategy>,
    },
    /// A stakeholder response.
    #[non_exhaustive]
    Reasoning {
        /// Relational, capability, opportunity or motivation.
        reasoning: ReasoningType,
        /// Optional COM-B sub-component; must belong to `reasoning` (so never set for
        /// relational responses).
        com_b: Option<ComBSubcomponent>,
    },
    /// A contextual factor, placed in CFIR 2009 and/or CFIR 2022.
    Context(CfirPlacement),
    /// An outcome.
    #[non_exhaustive]
    Outcome {
        /// Levels at which behaviour changes (non-empty, no repeats; a built graph keeps
        /// them in vocabulary order).
        levels: Vec<OutcomeLevel>,
        /// A Proctor implementation outcome, when the outcome is one.
        implementation_outcome: Option<ImplementationOutcome>,
    },
}

impl Category {
    /// A resource category.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::IspResource;
    /// assert!(matches!(Category::resource(IspResource::Skills), Category::Resource { .. }));
    /// ```
    pub fn resource(resource: IspResource) -> Self {
        Category::Resource {
            resource,
            strategies: Vec::new(),
        }
    }

    /// A skills resource that names the ERIC strategies its strategy use covers.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{EricStrategy, IspResource};
    /// let c = Category::skills(&[EricStrategy::RemindClinicians]);
    /// assert!(matches!(c, Category::Resource { resource: IspResource::Skills, .. }));
    /// assert_eq!(c.eric_strategies(), [EricStrategy::RemindClinicians]);
    /// ```
    pub fn skills(strategies: &[EricStrategy]) -> Self {
        Category::Resource {
            resource: IspResource::Skills,
            strategies: strategies.to_vec(),
        }
    }

    /// A reasoning category without a COM-B sub-component.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::ReasoningType;
    /// let c = Category::reasoning(ReasoningType::Relational);
    /// assert_eq!(c.reasoning_type(), Some(ReasoningType::Relational));
    /// ```
    pub fn reasoning(reasoning: ReasoningType) -> Self {
        Category::Reasoning {
            reasoning,
            com_b: None,
        }
    }

    /// A reasoning category with its COM-B sub-component; the response type is the
    /// sub-component's component.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{ComBSubcomponent, ReasoningType};
    /// let c = Category::com_b(ComBSubcomponent::AutomaticMotivation);
    /// assert_eq!(c.reasoning_type(), Some(ReasoningType::Motivation));
    /// ```
    pub fn com_b(sub: ComBSubcomponent) -> Self {
        Category::Reasoning {
            reasoning: sub.component().into(),
            com_b: Some(sub),
        }
    }

    /// A context category naming only a CFIR domain.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::CfirDomain;
    /// let c = Category::context(CfirDomain::InterventionCharacteristics);
    /// assert_eq!(c.cfir_domain(), Some(CfirDomain::InterventionCharacteristics));
    /// ```
    pub fn context(domain: CfirDomain) -> Self {
        Category::Context(CfirPlacement::from_domain(domain))
    }

    /// A context category naming a CFIR construct (its domain is filled in).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{CfirConstruct, CfirDomain};
    /// let c = Category::cfir(CfirConstruct::Cosmopolitanism);
    /// assert_eq!(c.cfir_domain(), Some(CfirDomain::OuterSetting));
    /// ```
    pub fn cfir(construct: CfirConstruct) -> Self {
        Category::Context(CfirPlacement::from_construct(construct))
    }

    /// A context category naming a CFIR 2022 construct (its domain is filled in).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain};
    /// let c = Category::cfir2022(Cfir2022Construct::Financing);
    /// assert_eq!(c.cfir2022_domain(), Some(Cfir2022Domain::OuterSetting));
    /// assert_eq!(c.cfir_domain(), None);
    /// ```
    pub fn cfir2022(construct: Cfir2022Construct) -> Self {
        Category::Context(CfirPlacement::from_construct_2022(construct))
    }

    /// A context category with the given placement.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, CfirPlacement};
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct};
    /// let c = Category::placed(CfirPlacement::from_construct(CfirConstruct::Culture)
    ///     .with_construct_2022(Cfir2022Construct::Culture));
    /// assert_eq!(c.term_id(), "culture");
    /// ```
    pub fn placed(placement: CfirPlacement) -> Self {
        Category::Context(placement)
    }

    /// Adds (or replaces) the CFIR 2022 construct of a context category; other categories
    /// are returned unchanged.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct};
    /// let c = Category::cfir(CfirConstruct::RelativePriority).with_cfir2022(Cfir2022Construct::RelativePriority);
    /// assert_eq!(c.term_id(), "relative_priority");
    /// assert_eq!(c.cfir_placement().unwrap().construct_2022, Some(Cfir2022Construct::RelativePriority));
    /// ```
    pub fn with_cfir2022(mut self, construct: Cfir2022Construct) -> Self {
        if let Category::Context(placement) = &mut self {
            *placement = placement.with_construct_2022(construct);
        }
        self
    }

    /// Sets the ERIC strategies of a resource category (other categories are returned
    /// unchanged); [`build`](crate::MechanismGraphBuilder::build) checks that the resource
    /// is skills or a combination and that none repeats.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{EricStrategy, IspResource};
    /// let c = Category::resource(IspResource::Combination).with_strategies(&[EricStrategy::Facilitation]);
    /// assert_eq!(c.eric_strategies(), [EricStrategy::Facilitation]);
    /// ```
    pub fn with_strategies(mut self, eric_strategies: &[EricStrategy]) -> Self {
        if let Category::Resource { strategies, .. } = &mut self {
            *strategies = eric_strategies.to_vec();
        }
        self
    }

    /// Sets the COM-B sub-component of a reasoning category (other categories are returned
    /// unchanged); [`build`](crate::MechanismGraphBuilder::build) checks that it belongs to
    /// the response type. [`Category::com_b`] sets both at once.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::{ComBSubcomponent, ReasoningType};
    /// let c = Category::reasoning(ReasoningType::Relational).with_com_b(ComBSubcomponent::SocialOpportunity);
    /// let err = isp_moc::MechanismGraph::builder().mechanism(Mechanism::new("x", "X", c)).build().unwrap_err();
    /// assert_eq!(err.to_string(), "mechanism #1 `x`: COM-B sub-component `social_opportunity` \
    ///     does not belong to reasoning type `relational`");
    /// ```
    pub fn with_com_b(mut self, sub: ComBSubcomponent) -> Self {
        if let Category::Reasoning { com_b, .. } = &mut self {
            *com_b = Some(sub);
        }
        self
    }

    /// Sets the Proctor implementation outcome of an outcome category (other categories are
    /// returned unchanged).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{ImplementationOutcome, OutcomeLevel};
    /// let c = Category::outcome(&[OutcomeLevel::Organization]).with_implementation_outcome(ImplementationOutcome::Adoption);
    /// assert_eq!(c.term_id(), "adoption");
    /// ```
    pub fn with_implementation_outcome(mut self, outcome: ImplementationOutcome) -> Self {
        if let Category::Outcome {
            implementation_outcome,
            ..
        } = &mut self
        {
            *implementation_outcome = Some(outcome);
        }
        self
    }

    /// An outcome category at the given levels (sorted, repeats dropped).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::OutcomeLevel;
    /// let c = Category::outcome(&[OutcomeLevel::Individual]);
    /// assert!(matches!(c, Category::Outcome { .. }));
    /// ```
    pub fn outcome(levels: &[OutcomeLevel]) -> Self {
        let mut levels = levels.to_vec();
        levels.sort();
        levels.dedup();
        Category::Outcome {
            levels,
            implementation_outcome: None,
        }
    }

    /// The kind this category belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, MechanismKind};
    /// use isp_moc::vocab::IspResource;
    /// assert_eq!(Category::resource(IspResource::Knowledge).kind(), MechanismKind::Resource);
    /// ```
    pub fn kind(&self) -> MechanismKind {
        match self {
            Category::Resource { .. } => MechanismKind::Resource,
            Category::Reasoning { .. } => MechanismKind::Reasoning,
            Category::Context { .. } => MechanismKind::Context,
            Category::Outcome { .. } => MechanismKind::Outcome,
        }
    }

    /// The response type, for reasoning categories.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::IspResource;
    /// assert_eq!(Category::resource(IspResource::Knowledge).reasoning_type(), None);
    /// ```
    pub fn reasoning_type(&self) -> Option<ReasoningType> {
        match self {
            Category::Reasoning { reasoning, .. } => Some(*reasoning),
            _ => None,
        }
    }

    /// The CFIR domain, for context categories.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::ReasoningType;
    /// assert_eq!(Category::reasoning(ReasoningType::Capability).cfir_domain(), None);
    /// ```
    pub fn cfir_domain(&self) -> Option<CfirDomain> {
        self.cfir_placement().and_then(|p| p.domain)
    }

    /// The CFIR placement, for context categories.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{CfirConstruct, ReasoningType};
    /// let c = Category::cfir(CfirConstruct::Culture);
    /// assert_eq!(c.cfir_placement().unwrap().construct, Some(CfirConstruct::Culture));
    /// assert!(Category::reasoning(ReasoningType::Capability).cfir_placement().is_none());
    /// ```
    pub fn cfir_placement(&self) -> Option<&CfirPlacement> {
        match self {
            Category::Context(placement) => Some(placement),
            _ => None,
        }
    }

    /// The CFIR 2022 domain, for context categories that name one.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::CfirDomain;
    /// assert_eq!(Category::context(CfirDomain::Process).cfir2022_domain(), None);
    /// ```
    pub fn cfir2022_domain(&self) -> Option<Cfir2022Domain> {
        self.cfir_placement().and_then(|p| p.domain_2022)
    }

    /// The ERIC strategies a resource names (empty for everything else).
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// let skills = &g.mechanism("isp_skills")?.category;
    /// assert!(skills.eric_strategies().contains(&isp_moc::vocab::EricStrategy::AuditAndProvideFeedback));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn eric_strategies(&self) -> &[EricStrategy] {
        match self {
            Category::Resource { strategies, .. } => strategies,
            _ => &[],
        }
    }

    /// The id of the most specific term: the resource, the COM-B sub-component or else
    /// the response type, the CFIR 2009 construct or domain (else the CFIR 2022 ones), the
    /// implementation outcome or else `behaviour`. Used to colour and group elements in exports.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Category;
    /// use isp_moc::vocab::{CfirConstruct, ReasoningType};
    /// assert_eq!(Category::reasoning(ReasoningType::Relational).term_id(), "relational");
    /// assert_eq!(Category::cfir(CfirConstruct::Executing).term_id(), "executing");
    /// ```
    pub fn term_id(&self) -> &'static str {
        match self {
            Category::Resource { resource, .. } => resource.as_str(),
            Category::Reasoning { reasoning, com_b } => {
                com_b.map_or(reasoning.as_str(), |s| s.as_str())
            }
            Category::Context(p) => p
                .construct
                .map(CfirConstruct::as_str)
                .or(p.domain.map(CfirDomain::as_str))
                .or(p.construct_2022.map(Cfir2022Construct::as_str))
                .or(p.domain_2022.map(Cfir2022Domain::as_str))
                .unwrap_or("context"),
            Category::Outcome {
                implementation_outcome,
                ..
            } => implementation_outcome.map_or("behaviour", |o| o.as_str()),
        }
    }

    /// The canonical form a graph stores: outcome levels in vocabulary order, CFIR domains
    /// filled in from constructs.
    pub(crate) fn normalize(&mut self) {
        match self {
            Category::Outcome { levels, .. } => levels.sort(),
            Category::Context(placement) => placement.normalize(),
            _ => {}
        }
    }

    /// Every broken cross-field rule, in field order.
    pub(crate) fn problems(&self) -> Vec<String> {
        match self {
            Category::Reasoning {
                reasoning,
                com_b: Some(sub),
            } if reasoning.com_b() != Some(sub.component()) => vec![format!(
                "COM-B sub-component `{}` does not belong to reasoning type `{}`",
                sub.as_str(),
                reasoning.as_str()
            )],
            Category::Context(placement) => placement.problems(),
            Category::Resource {
                resource,
                strategies,
            } => {
                let mut problems = Vec::new();
                if !strategies.is_empty()
                    && !matches!(resource, IspResource::Skills | IspResource::Combination)
                {
                    problems.push(format!(
                        "only a `skills` or `combination` resource names ERIC strategies, not `{}`",
                        resource.as_str()
                    ));
                }
                problems.extend(
                    strategies
                        .iter()
                        .enumerate()
                        .filter(|(i, s)| strategies.iter().take(*i).any(|t| t == *s))
                        .map(|(_, s)| format!("ERIC strategy `{}` is named twice", s.as_str())),
                );
                problems
            }
            Category::Outcome { levels, .. } if levels.is_empty() => {
                vec!["an outcome needs at least one level".to_owned()]
            }
            Category::Outcome { levels, .. } => {
                let mut sorted = levels.clone();
                sorted.sort();
                sorted.dedup();
                if sorted.len() == levels.len() {
                    Vec::new()
                } else {
                    vec!["outcome levels repeat".to_owned()]
                }
            }
            Category::Reasoning { .. } => Vec::new(),
        }
    }
}

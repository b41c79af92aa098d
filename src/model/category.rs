//! [`Category`]: the typed detail of a mechanism, one shape per kind.

use super::MechanismKind;
use crate::vocab::{
    CfirConstruct, CfirDomain, ComBSubcomponent, ImplementationOutcome, IspResource, OutcomeLevel,
    ReasoningType,
};

/// What a mechanism *is*, in the vocabulary of its kind.
///
/// * a **resource** names the ISP characteristic ([`IspResource`]);
/// * a **reasoning** element names its response type ([`ReasoningType`], which includes the
///   paper's non-COM-B *relational* type) and, optionally, a COM-B sub-component that must
///   belong to it;
/// * a **context** factor names its CFIR 2009 domain and, optionally, the construct (which
///   must lie in that domain);
/// * an **outcome** names the levels at which behaviour changes and, optionally, a Proctor
///   implementation outcome.
///
/// The builder checks the cross-field rules, so an inconsistent category never reaches a
/// graph.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, MechanismKind};
/// use isp_moc::vocab::{CfirConstruct, CfirDomain, ReasoningType};
///
/// let trust = Category::reasoning(ReasoningType::Relational);
/// assert_eq!(trust.kind(), MechanismKind::Reasoning);
///
/// let leaders = Category::cfir(CfirConstruct::LeadershipEngagement);
/// assert_eq!(leaders, Category::Context {
///     domain: CfirDomain::InnerSetting,
///     construct: Some(CfirConstruct::LeadershipEngagement),
/// });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Category {
    /// An ISP resource.
    Resource {
        /// Which characteristic of the ISP.
        resource: IspResource,
    },
    /// A stakeholder response.
    Reasoning {
        /// Relational, capability, opportunity or motivation.
        reasoning: ReasoningType,
        /// Optional COM-B sub-component; must belong to `reasoning` (so never set for
        /// relational responses).
        com_b: Option<ComBSubcomponent>,
    },
    /// A contextual factor.
    Context {
        /// The CFIR 2009 domain.
        domain: CfirDomain,
        /// The nearest CFIR 2009 construct, when one applies; must lie in `domain`.
        construct: Option<CfirConstruct>,
    },
    /// An outcome.
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
        Category::Resource { resource }
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
        Category::Context {
            domain,
            construct: None,
        }
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
        Category::Context {
            domain: construct.domain(),
            construct: Some(construct),
        }
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
        match self {
            Category::Context { domain, .. } => Some(*domain),
            _ => None,
        }
    }

    /// The id of the most specific term: the resource, the COM-B sub-component or else
    /// the response type, the CFIR construct or else the domain, the implementation outcome
    /// or else `behaviour`. Used to colour and group elements in exports.
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
            Category::Resource { resource } => resource.as_str(),
            Category::Reasoning { reasoning, com_b } => {
                com_b.map_or(reasoning.as_str(), |s| s.as_str())
            }
            Category::Context { domain, construct } => {
                construct.map_or(domain.as_str(), |c| c.as_str())
            }
            Category::Outcome {
                implementation_outcome,
                ..
            } => implementation_outcome.map_or("behaviour", |o| o.as_str()),
        }
    }

    /// Puts outcome levels in vocabulary order (the canonical form a graph stores).
    pub(crate) fn normalize(&mut self) {
        if let Category::Outcome { levels, .. } = self {
            levels.sort();
        }
    }

    /// Checks the cross-field rules; returns the reason when one is broken.
    pub(crate) fn problem(&self) -> Option<String> {
        match self {
            Category::Reasoning {
                reasoning,
                com_b: Some(sub),
            } if reasoning.com_b() != Some(sub.component()) => Some(format!(
                "COM-B sub-component `{}` does not belong to reasoning type `{}`",
                sub.as_str(),
                reasoning.as_str()
            )),
            Category::Context {
                domain,
                construct: Some(c),
            } if c.domain() != *domain => Some(format!(
                "CFIR construct `{}` lies in domain `{}`, not `{}`",
                c.as_str(),
                c.domain().as_str(),
                domain.as_str()
            )),
            Category::Outcome { levels, .. } if levels.is_empty() => {
                Some("an outcome needs at least one level".to_owned())
            }
            Category::Outcome { levels, .. } => {
                let mut sorted = levels.clone();
                sorted.sort();
                sorted.dedup();
                (sorted.len() != levels.len()).then(|| "outcome levels repeat".to_owned())
            }
            _ => None,
        }
    }
}

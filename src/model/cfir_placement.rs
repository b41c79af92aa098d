//! [`CfirPlacement`]: where a context factor sits in CFIR 2009 and/or CFIR 2022.

use crate::vocab::{Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain};

/// Where a context factor sits in CFIR: a domain, a construct or both, in CFIR 2009 and/or
/// CFIR 2022. At least one of the four is set; a construct must lie in the domain given
/// with it, and a domain left out is filled in from the construct when a graph is built.
///
/// Models written entirely in CFIR 2022 need no 2009 terms, and the other way round;
/// placing a factor in both editions lets ratings of either edition reach it.
///
/// `#[non_exhaustive]`: build it with the constructors and `with_*` setters, so further
/// placements (a CFIR 2022 sub-domain, say) can be added without a breaking release.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, CfirPlacement};
/// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain};
///
/// let p = CfirPlacement::from_construct(CfirConstruct::LeadershipEngagement)
///     .with_construct_2022(Cfir2022Construct::HighLevelLeaders);
/// assert_eq!(p.domain, Some(CfirDomain::InnerSetting));
/// assert_eq!(p.domain_2022, Some(Cfir2022Domain::Individuals)); // a role in CFIR 2022
/// let leaders = Category::placed(p);
/// assert_eq!(leaders.cfir_placement(), Some(&p));
/// ```
///
/// In files (where a placement stands on its own, as in a coded excerpt) the fields are
/// `cfir_domain`, `cfir_construct`, `cfir2022_domain` and `cfir2022_construct`, as on a
/// context mechanism.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CfirPlacement {
    /// The CFIR 2009 domain.
    #[cfg_attr(
        feature = "serde",
        serde(
            rename = "cfir_domain",
            default,
            skip_serializing_if = "Option::is_none"
        )
    )]
    pub domain: Option<CfirDomain>,
    /// The nearest CFIR 2009 construct; must lie in `domain`.
    #[cfg_attr(
        feature = "serde",
        serde(
            rename = "cfir_construct",
            default,
            skip_serializing_if = "Option::is_none"
        )
    )]
    pub construct: Option<CfirConstruct>,
    /// The CFIR 2022 domain.
    #[cfg_attr(
        feature = "serde",
        serde(
            rename = "cfir2022_domain",
            default,
            skip_serializing_if = "Option::is_none"
        )
    )]
    pub domain_2022: Option<Cfir2022Domain>,
    /// The nearest CFIR 2022 construct; must lie in `domain_2022`.
    #[cfg_attr(
        feature = "serde",
        serde(
            rename = "cfir2022_construct",
            default,
            skip_serializing_if = "Option::is_none"
        )
    )]
    pub construct_2022: Option<Cfir2022Construct>,
}

impl CfirPlacement {
    /// Placed in a CFIR 2009 domain only.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::CfirDomain;
    /// let p = CfirPlacement::from_domain(CfirDomain::OuterSetting);
    /// assert_eq!(p.construct, None);
    /// ```
    pub fn from_domain(domain: CfirDomain) -> Self {
        CfirPlacement::default().with_domain(domain)
    }

    /// Placed at a CFIR 2009 construct (and its domain).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::{CfirConstruct, CfirDomain};
    /// let p = CfirPlacement::from_construct(CfirConstruct::Cosmopolitanism);
    /// assert_eq!(p.domain, Some(CfirDomain::OuterSetting));
    /// ```
    pub fn from_construct(construct: CfirConstruct) -> Self {
        CfirPlacement::default().with_construct(construct)
    }

    /// Placed in a CFIR 2022 domain only.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::Cfir2022Domain;
    /// let p = CfirPlacement::from_domain_2022(Cfir2022Domain::OuterSetting);
    /// assert_eq!(p.domain, None);
    /// ```
    pub fn from_domain_2022(domain: Cfir2022Domain) -> Self {
        CfirPlacement::default().with_domain_2022(domain)
    }

    /// Placed at a CFIR 2022 construct (and its domain).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain};
    /// let p = CfirPlacement::from_construct_2022(Cfir2022Construct::Financing);
    /// assert_eq!(p.domain_2022, Some(Cfir2022Domain::OuterSetting));
    /// ```
    pub fn from_construct_2022(construct: Cfir2022Construct) -> Self {
        CfirPlacement::default().with_construct_2022(construct)
    }

    /// Sets the CFIR 2009 domain (keeping the construct; [`build`] checks they agree).
    ///
    /// [`build`]: crate::MechanismGraphBuilder::build
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::{Cfir2022Construct, CfirDomain};
    /// let p = CfirPlacement::from_construct_2022(Cfir2022Construct::Financing).with_domain(CfirDomain::OuterSetting);
    /// assert_eq!(p.domain, Some(CfirDomain::OuterSetting));
    /// ```
    pub fn with_domain(mut self, domain: CfirDomain) -> Self {
        self.domain = Some(domain);
        self
    }

    /// Sets the CFIR 2009 construct and its domain.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct};
    /// let p = CfirPlacement::from_construct_2022(Cfir2022Construct::Financing)
    ///     .with_construct(CfirConstruct::Cost);
    /// assert_eq!(p.construct, Some(CfirConstruct::Cost));
    /// ```
    pub fn with_construct(mut self, construct: CfirConstruct) -> Self {
        self.domain = Some(construct.domain());
        self.construct = Some(construct);
        self
    }

    /// Sets the CFIR 2022 domain (keeping the construct; [`build`] checks they agree).
    ///
    /// [`build`]: crate::MechanismGraphBuilder::build
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::{Cfir2022Domain, CfirDomain};
    /// let p = CfirPlacement::from_domain(CfirDomain::OuterSetting).with_domain_2022(Cfir2022Domain::OuterSetting);
    /// assert!(p.domain.is_some() && p.domain_2022.is_some());
    /// ```
    pub fn with_domain_2022(mut self, domain: Cfir2022Domain) -> Self {
        self.domain_2022 = Some(domain);
        self
    }

    /// Sets the CFIR 2022 construct and its domain.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct};
    /// let p = CfirPlacement::from_construct(CfirConstruct::RelativePriority)
    ///     .with_construct_2022(Cfir2022Construct::RelativePriority);
    /// assert_eq!(p.construct_2022, Some(Cfir2022Construct::RelativePriority));
    /// ```
    pub fn with_construct_2022(mut self, construct: Cfir2022Construct) -> Self {
        self.domain_2022 = Some(construct.domain());
        self.construct_2022 = Some(construct);
        self
    }

    /// True when nothing is placed (which [`build`] rejects).
    ///
    /// [`build`]: crate::MechanismGraphBuilder::build
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::model::CfirPlacement::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.domain.is_none()
            && self.construct.is_none()
            && self.domain_2022.is_none()
            && self.construct_2022.is_none()
    }

    /// Fills in domains from constructs.
    pub(crate) fn normalize(&mut self) {
        self.domain = self.domain.or(self.construct.map(CfirConstruct::domain));
        self.domain_2022 = self
            .domain_2022
            .or(self.construct_2022.map(Cfir2022Construct::domain));
    }

    /// Every broken rule, in field order.
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.is_empty() {
            problems.push(
                "a context factor names a CFIR 2009 or CFIR 2022 domain or construct".to_owned(),
            );
        }
        if let (Some(c), Some(d)) = (self.construct, self.domain) {
            if c.domain() != d {
                problems.push(format!(
                    "CFIR construct `{}` lies in domain `{}`, not `{}`",
                    c.as_str(),
                    c.domain().as_str(),
                    d.as_str()
                ));
            }
        }
        if let (Some(c), Some(d)) = (self.construct_2022, self.domain_2022) {
            if c.domain() != d {
                problems.push(format!(
                    "CFIR 2022 construct `{}` lies in domain `{}`, not `{}`",
                    c.as_str(),
                    c.domain().as_str(),
                    d.as_str()
                ));
            }
        }
        problems
    }
}

impl From<CfirConstruct> for CfirPlacement {
    fn from(construct: CfirConstruct) -> Self {
        CfirPlacement::from_construct(construct)
    }
}

impl From<Cfir2022Construct> for CfirPlacement {
    fn from(construct: Cfir2022Construct) -> Self {
        CfirPlacement::from_construct_2022(construct)
    }
}

impl From<CfirDomain> for CfirPlacement {
    fn from(domain: CfirDomain) -> Self {
        CfirPlacement::from_domain(domain)
    }
}

impl From<Cfir2022Domain> for CfirPlacement {
    fn from(domain: Cfir2022Domain) -> Self {
        CfirPlacement::from_domain_2022(domain)
    }
}

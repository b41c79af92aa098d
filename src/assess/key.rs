//! [`RatingKey`]: what a site rating is about.

use std::fmt;

use crate::vocab::{Cfir2022Construct, CfirConstruct};
use crate::MechanismId;

/// What a site rating is about: one context factor of the model by id, or a CFIR
/// construct of either edition, which then applies to every factor the model places at
/// that construct.
///
/// Typed, not a free string: a construct of the wrong edition or a misspelt one is caught
/// when the rating is made, and a factor id is checked against the model when the site is
/// assessed. `&str` converts to a factor key, the construct types to construct keys.
///
/// # Example
///
/// ```
/// use isp_moc::assess::RatingKey;
/// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct};
///
/// assert_eq!(RatingKey::from("leadership_support").to_string(), "factor `leadership_support`");
/// assert_eq!(RatingKey::from(CfirConstruct::AvailableResources).to_string(),
///     "CFIR 2009 construct `available_resources`");
/// assert_eq!(RatingKey::from(Cfir2022Construct::RelativePriority).to_string(),
///     "CFIR 2022 construct `cfir2022_relative_priority`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RatingKey {
    /// A context factor of the model, by id.
    Factor(MechanismId),
    /// A CFIR 2009 construct.
    #[cfg_attr(feature = "serde", serde(rename = "cfir2009"))]
    Cfir2009(CfirConstruct),
    /// A CFIR 2022 construct.
    #[cfg_attr(feature = "serde", serde(rename = "cfir2022"))]
    Cfir2022(Cfir2022Construct),
}

impl fmt::Display for RatingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RatingKey::Factor(id) => write!(f, "factor {}", crate::error::quoted(id.as_str())),
            RatingKey::Cfir2009(c) => write!(f, "CFIR 2009 construct `{}`", c.as_str()),
            RatingKey::Cfir2022(c) => write!(f, "CFIR 2022 construct `{}`", c.as_str()),
        }
    }
}

impl From<&str> for RatingKey {
    fn from(id: &str) -> Self {
        RatingKey::Factor(MechanismId::unchecked(id))
    }
}

impl From<MechanismId> for RatingKey {
    fn from(id: MechanismId) -> Self {
        RatingKey::Factor(id)
    }
}

impl From<CfirConstruct> for RatingKey {
    fn from(c: CfirConstruct) -> Self {
        RatingKey::Cfir2009(c)
    }
}

impl From<Cfir2022Construct> for RatingKey {
    fn from(c: Cfir2022Construct) -> Self {
        RatingKey::Cfir2022(c)
    }
}

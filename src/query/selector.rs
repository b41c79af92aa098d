//! [`Selector`]: which mechanisms a query starts at, ends at or passes through.

use std::fmt;
use std::str::FromStr;

use crate::model::MechanismKind;
use crate::vocab::{ComBComponent, ReasoningType};
use crate::{Error, ErrorKind, MechanismGraph, MechanismId, Result};

/// Which mechanisms a query starts at, ends at or passes through: one by id, or every
/// mechanism of a kind (all resources, all outcomes), of a response type (every motivation
/// response) or of a group, without collecting ids by hand.
///
/// Anything that names mechanisms converts into a selector, so a query's sets can mix
/// them: `&str`, `String` and [`MechanismId`] select by id, [`MechanismKind`] by kind,
/// [`ReasoningType`] and [`ComBComponent`] by response type.
///
/// `Display` and `FromStr` use `id`, `kind:resource`, `reasoning:motivation` and
/// `group:isp_as_opportunity` (for command lines and files).
///
/// # Example
///
/// ```
/// use isp_moc::model::MechanismKind;
/// use isp_moc::query::{PathQuery, Selector};
/// use isp_moc::vocab::ReasoningType;
///
/// let g = isp_moc::catalog::figure2();
/// // every resource to every outcome
/// let all = g.pathways(PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome]))?;
/// assert!(all.pathways.iter().all(|p| p.start().as_str().starts_with("isp_")));
/// // from trust to every motivation response
/// let set = g.pathways(PathQuery::new(["trust"], [ReasoningType::Motivation]))?;
/// assert_eq!(set.len(), 3);
/// let s: Selector = "group:isp_as_opportunity".parse()?;
/// assert_eq!(s.resolve(&g)?.len(), 3);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Selector {
    /// The mechanism with this id.
    Id(String),
    /// Every mechanism of this kind.
    Kind(MechanismKind),
    /// Every reasoning mechanism of this response type.
    Reasoning(ReasoningType),
    /// Every mechanism of this group (a mechanism's `group`).
    Group(String),
}

impl Selector {
    /// The ids this selector picks in `graph`, in declaration order.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`] for an unknown id (with a did-you-mean), and
    /// [`ErrorKind::InvalidQuery`] for a kind, response type or group that selects
    /// nothing (an empty selection is almost always a mistake).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::Selector;
    /// use isp_moc::vocab::ReasoningType;
    /// let g = isp_moc::catalog::figure2();
    /// let ids = Selector::from(ReasoningType::Capability).resolve(&g)?;
    /// assert_eq!(ids, ["meaningful_learning", "self_efficacy"]);
    /// assert!(Selector::from("selfefficacy").resolve(&g).is_err());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn resolve<'g>(&self, graph: &'g MechanismGraph) -> Result<Vec<&'g MechanismId>> {
        Ok(self
            .nodes(graph)?
            .into_iter()
            .map(|n| &graph.mechanism_at(n).id)
            .collect())
    }

    /// The internal nodes this selector picks, in declaration order.
    pub(crate) fn nodes(&self, graph: &MechanismGraph) -> Result<Vec<u32>> {
        if let Selector::Id(id) = self {
            return Ok(vec![graph.node(id)?]);
        }
        let picked: Vec<u32> = graph
            .mechanisms()
            .iter()
            .enumerate()
            .filter(|(_, m)| match self {
                Selector::Kind(kind) => m.kind() == *kind,
                Selector::Reasoning(r) => m.category.reasoning_type() == Some(*r),
                Selector::Group(g) => m.group.as_deref() == Some(g.as_str()),
                Selector::Id(_) => false,
            })
            .map(|(i, _)| i as u32)
            .collect();
        if picked.is_empty() {
            let mut reason = format!("{} selects no mechanism of the model", self.quoted());
            if let Selector::Group(g) = self {
                let groups = graph.mechanisms().iter().filter_map(|m| m.group.as_deref());
                if let Some(near) = crate::suggest::nearest(g, groups) {
                    reason.push_str(&format!("; did you mean `group:{near}`?"));
                }
            }
            return Err(Error::new(ErrorKind::InvalidQuery { reason }));
        }
        Ok(picked)
    }

    fn quoted(&self) -> String {
        crate::error::quoted(&self.to_string())
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Selector::Id(id) => f.write_str(id),
            Selector::Kind(k) => write!(f, "kind:{}", k.as_str()),
            Selector::Reasoning(r) => write!(f, "reasoning:{}", r.as_str()),
            Selector::Group(g) => write!(f, "group:{g}"),
        }
    }
}

impl FromStr for Selector {
    type Err = Error;

    /// Parses `id`, `kind:K`, `reasoning:R` or `group:G` (kinds and response types by
    /// their ids, labels or aliases, as their own `parse` does).
    fn from_str(text: &str) -> Result<Self> {
        let text = text.trim();
        match text.split_once(':') {
            None => Ok(Selector::Id(text.to_owned())),
            Some(("kind", k)) => Ok(Selector::Kind(k.parse()?)),
            Some(("reasoning", r)) => Ok(Selector::Reasoning(r.parse()?)),
            Some(("group", g)) => Ok(Selector::Group(g.trim().to_owned())),
            Some((prefix, _)) => Err(Error::new(ErrorKind::UnknownTerm {
                vocabulary: "selector prefix",
                value: prefix.to_owned(),
                suggestion: crate::suggest::nearest(prefix, ["kind", "reasoning", "group"]),
                expected: vec!["kind", "reasoning", "group"],
            })),
        }
    }
}

impl From<&str> for Selector {
    fn from(id: &str) -> Self {
        Selector::Id(id.to_owned())
    }
}

impl From<&&str> for Selector {
    fn from(id: &&str) -> Self {
        Selector::Id((*id).to_owned())
    }
}

impl From<String> for Selector {
    fn from(id: String) -> Self {
        Selector::Id(id)
    }
}

impl From<&String> for Selector {
    fn from(id: &String) -> Self {
        Selector::Id(id.clone())
    }
}

impl From<MechanismId> for Selector {
    fn from(id: MechanismId) -> Self {
        Selector::Id(id.into())
    }
}

impl From<&MechanismId> for Selector {
    fn from(id: &MechanismId) -> Self {
        Selector::Id(id.to_string())
    }
}

impl From<MechanismKind> for Selector {
    fn from(kind: MechanismKind) -> Self {
        Selector::Kind(kind)
    }
}

impl From<ReasoningType> for Selector {
    fn from(reasoning: ReasoningType) -> Self {
        Selector::Reasoning(reasoning)
    }
}

impl From<ComBComponent> for Selector {
    fn from(component: ComBComponent) -> Self {
        Selector::Reasoning(component.into())
    }
}

impl From<&Selector> for Selector {
    fn from(s: &Selector) -> Self {
        s.clone()
    }
}

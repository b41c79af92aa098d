//! [`Priority`]: which context factors to address first, and why.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::{Activation, Assessment, FactorEffect};
use crate::vocab::CfirRating;
use crate::{MechanismGraph, MechanismId};

/// A context factor worth addressing: what it blocks and puts at risk at the site, how
/// many assessed pathways that threatens, and the evidence behind those links.
///
/// Factors are ranked by the mechanisms they block, then put at risk, then the pathways
/// threatened, then the evidence (the support of the links through which they do it, plus
/// the publications reported for the factor), then by id; `Display` says why in a line.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A").rate("isp_role_clarity", "-2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// let p = &a.priorities[0];
/// assert_eq!(p.factor, "isp_role_clarity");
/// assert_eq!(p.blocks, ["isp_skills"]);
/// assert_eq!(p.puts_at_risk, ["trust"]);
/// assert!(p.to_string().starts_with("isp_role_clarity (-2): blocks isp_skills; puts trust at risk;"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Priority {
    /// The factor.
    pub factor: MechanismId,
    /// Its rating at the site (in the usual sign convention).
    pub rating: Option<CfirRating>,
    /// Mechanisms it blocks (a failed precondition), in declaration order.
    pub blocks: Vec<MechanismId>,
    /// Mechanisms it puts at risk, in declaration order.
    pub puts_at_risk: Vec<MechanismId>,
    /// Assessed pathways it blocks or puts at risk itself (each once): those whose
    /// weakest mechanism it causes, over the link it moderates where it moderates a link.
    pub pathways: usize,
    /// Support of its links to those mechanisms plus the factor's own publication count.
    pub evidence: u32,
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.factor)?;
        if let Some(r) = self.rating {
            write!(f, " ({r})")?;
        }
        f.write_str(":")?;
        let list = |ids: &[MechanismId]| {
            ids.iter()
                .map(MechanismId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !self.blocks.is_empty() {
            parts.push(format!("blocks {}", list(&self.blocks)));
        }
        if !self.puts_at_risk.is_empty() {
            parts.push(format!("puts {} at risk", list(&self.puts_at_risk)));
        }
        parts.push(format!(
            "{} threatened",
            crate::prose::counted(self.pathways, "pathway")
        ));
        parts.push(format!("evidence {}", self.evidence));
        write!(f, " {}", parts.join("; "))
    }
}

/// The factors that cause a blocked or at-risk standing, ranked.
pub(crate) fn priorities(graph: &MechanismGraph, a: &Assessment) -> Vec<Priority> {
    let mut by_factor: BTreeMap<&MechanismId, Priority> = BTreeMap::new();
    for m in &a.mechanisms {
        if !m.activation.is_threatened() {
            continue;
        }
        for cause in m.causes() {
            let p = by_factor.entry(&cause.factor).or_insert_with(|| Priority {
                factor: cause.factor.clone(),
                rating: cause.rating.as_ref().map(|r| r.rating),
                blocks: Vec::new(),
                puts_at_risk: Vec::new(),
                pathways: 0,
                evidence: graph
                    .mechanism(cause.factor.as_str())
                    .ok()
                    .and_then(|f| f.evidence.publications)
                    .unwrap_or(0),
            });
            // a factor bearing on a mechanism twice (linked to it and moderating a link
            // into it) names it once
            let list = match m.activation {
                Activation::Blocked => &mut p.blocks,
                _ => &mut p.puts_at_risk,
            };
            if list.last() != Some(&m.id) {
                list.push(m.id.clone());
            }
            p.evidence = p.evidence.saturating_add(cause.support);
        }
    }
    // each threatened pathway counts for the factors behind its weakest steps: a factor
    // linked to such a mechanism, or moderating the link the pathway reaches it over
    let mut threatened: BTreeMap<&MechanismId, BTreeSet<&[MechanismId]>> = BTreeMap::new();
    for set in &a.pathway_sets {
        for s in set.pathways.iter().filter(|s| s.activation.is_threatened()) {
            let ids = s.pathway.mechanisms();
            for (i, id) in ids.iter().enumerate() {
                if !s.weakest.contains(id) {
                    continue;
                }
                let Some(m) = a.mechanism(id.as_str()) else {
                    continue;
                };
                let from = i.checked_sub(1).and_then(|j| ids.get(j));
                // a factor on every route, or moderating the link this step comes over
                let on_this_step = |f: &&FactorEffect| {
                    m.route_of(f).is_none() || f.moderates_link_from.as_ref() == from
                };
                for f in m
                    .factors
                    .iter()
                    .filter(|f| f.effect == s.activation)
                    .filter(on_this_step)
                {
                    threatened.entry(&f.factor).or_default().insert(ids);
                }
            }
        }
    }
    for p in by_factor.values_mut() {
        p.pathways = threatened.get(&p.factor).map_or(0, BTreeSet::len);
    }
    let mut ranked: Vec<Priority> = by_factor.into_values().collect();
    ranked.sort_by(|x, y| {
        y.blocks
            .len()
            .cmp(&x.blocks.len())
            .then(y.puts_at_risk.len().cmp(&x.puts_at_risk.len()))
            .then(y.pathways.cmp(&x.pathways))
            .then(y.evidence.cmp(&x.evidence))
            .then(x.factor.cmp(&y.factor))
    });
    ranked
}

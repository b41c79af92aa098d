//! [`compare_sites`]: which context distinguishes high- from low-implementation sites,
//! and which mechanisms stand differently, as CFIR cross-case analyses ask.

use std::collections::BTreeMap;

use super::{assess, Activation, AssessOptions, Assessment, ContextProfile};
use crate::error::Problems;
use crate::vocab::{CfirRating, Distinguishing};
use crate::{Error, ErrorKind, MechanismGraph, MechanismId, Result};

vocabulary! {
    /// How well a site implemented, for a cross-case comparison.
    ///
    /// ```
    /// use isp_moc::assess::SiteOutcome;
    /// assert_eq!("high".parse::<SiteOutcome>()?, SiteOutcome::High);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum SiteOutcome ("site outcome") {
        High = "high" {
            "High implementation",
            "The site implemented well (by the study's own outcome measure).",
        },
        Low = "low" {
            "Low implementation",
            "The site implemented poorly (by the study's own outcome measure).",
        },
    }
}

/// One context factor across the sites: its rating at each, and whether it distinguishes
/// the high- from the low-implementation sites.
///
/// **Rule** (this crate's, in the spirit of CFIR cross-case analysis, which names
/// constructs that "distinguish" high from low sites): using only numeric scores (−2…+2
/// after the legend's normalization), a factor distinguishes the groups when *every*
/// site of one group rated it higher than *every* site of the other, with at least one
/// scored site in each; strongly when the group means differ by 2 or more, weakly
/// otherwise. Missing, mixed and categorical ratings are left out, not read as 0.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
/// use isp_moc::vocab::{CfirConstruct, Distinguishing};
/// let g = isp_moc::catalog::figure2();
/// let site = |name: &str, r: &str| -> isp_moc::Result<ContextProfile> {
///     Ok(ContextProfile::new(name).rate(CfirConstruct::LeadershipEngagement, r.parse()?))
/// };
/// let cases = compare_sites(&g, &[
///     (site("A", "+2")?, SiteOutcome::High), (site("B", "+1")?, SiteOutcome::High),
///     (site("C", "-2")?, SiteOutcome::Low),
/// ], &AssessOptions::default())?;
/// let leadership = cases.factor("leadership_support").unwrap();
/// assert_eq!(leadership.distinguishing, Distinguishing::Strong);
/// assert_eq!(leadership.higher_in, Some(SiteOutcome::High));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FactorContrast {
    /// The factor.
    pub factor: MechanismId,
    /// Its rating at each site (in the usual sign convention), in the sites' order.
    pub ratings: Vec<(String, Option<CfirRating>)>,
    /// Whether it distinguishes the groups.
    pub distinguishing: Distinguishing,
    /// The group that rated it higher, when it distinguishes them.
    pub higher_in: Option<SiteOutcome>,
    /// Mean numeric score of the high-implementation sites (none without scores).
    pub high_mean: Option<f64>,
    /// Mean numeric score of the low-implementation sites.
    pub low_mean: Option<f64>,
}

/// A mechanism or pathway set standing consistently better in one group of sites.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
/// use isp_moc::vocab::CfirConstruct;
/// let g = isp_moc::catalog::figure2();
/// // the two factors bearing on the ISP's attitudes rated at both sites
/// let site = |name: &str, leadership: &str| -> Result<ContextProfile, isp_moc::Error> {
///     Ok(ContextProfile::new(name)
///         .rate(CfirConstruct::LeadershipEngagement, leadership.parse()?)
///         .rate(CfirConstruct::RelativePriority, "0".parse()?))
/// };
/// let (good, poor) = (site("A", "+2")?, site("B", "-2")?);
/// let cases = compare_sites(&g, &[(good, SiteOutcome::High), (poor, SiteOutcome::Low)],
///     &AssessOptions::default())?;
/// assert!(cases.mechanisms.iter().any(|c| c.subject == "isp_attitudes"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct StandingContrast {
    /// The mechanism id, or the pathway set's title.
    pub subject: String,
    /// Its standing at each site, in the sites' order.
    pub standings: Vec<(String, Activation)>,
    /// The group where it stands better at every site (a site where it stands `unknown`
    /// is listed in `standings` but not compared).
    pub better_in: SiteOutcome,
}

/// A cross-case comparison of sites: each site's assessment, the factors that
/// distinguish the high- from the low-implementation sites, and the mechanisms and
/// pathway sets that stand consistently differently.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
/// let g = isp_moc::catalog::figure2();
/// let cases = compare_sites(&g, &[(ContextProfile::new("A"), SiteOutcome::High),
///     (ContextProfile::new("B"), SiteOutcome::Low)], &AssessOptions::default())?;
/// assert_eq!(cases.assessments.len(), 2);
/// assert!(cases.distinguishing().next().is_none()); // nothing rated
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CrossCase {
    /// Each site's assessment, in the order given, with its outcome.
    pub assessments: Vec<(Assessment, SiteOutcome)>,
    /// Every context factor, in declaration order.
    pub factors: Vec<FactorContrast>,
    /// Mechanisms standing consistently better in one group, in declaration order.
    pub mechanisms: Vec<StandingContrast>,
    /// Pathway sets standing consistently better in one group.
    pub pathway_sets: Vec<StandingContrast>,
}

impl CrossCase {
    /// The factors that distinguish the groups, strongly distinguishing first, then in
    /// declaration order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
    /// let g = isp_moc::catalog::figure2();
    /// let a = ContextProfile::new("A").rate("policy_changes", "+1".parse()?);
    /// let b = ContextProfile::new("B").rate("policy_changes", "0".parse()?);
    /// let cases = compare_sites(&g, &[(a, SiteOutcome::High), (b, SiteOutcome::Low)], &Default::default())?;
    /// let d: Vec<&str> = cases.distinguishing().map(|f| f.factor.as_str()).collect();
    /// assert_eq!(d, ["policy_changes"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn distinguishing(&self) -> impl Iterator<Item = &FactorContrast> {
        let strong = self
            .factors
            .iter()
            .filter(|f| f.distinguishing == Distinguishing::Strong);
        let weak = self
            .factors
            .iter()
            .filter(|f| f.distinguishing == Distinguishing::Weak);
        strong.chain(weak)
    }

    /// The contrast of factor `id`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
    /// let g = isp_moc::catalog::figure2();
    /// let cases = compare_sites(&g, &[(ContextProfile::new("A"), SiteOutcome::High),
    ///     (ContextProfile::new("B"), SiteOutcome::Low)], &Default::default())?;
    /// assert!(cases.factor("policy_changes").is_some());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn factor(&self, id: &str) -> Option<&FactorContrast> {
        self.factors.iter().find(|f| f.factor == id)
    }
}

/// Compares sites as a CFIR cross-case analysis does: assesses each, then finds the
/// factors rated consistently differently between the high- and low-implementation sites
/// (see [`FactorContrast`] for the rule) and the mechanisms and pathway sets that stand
/// better at every site of one group than at every site of the other.
///
/// # Errors
///
/// Every problem of every site's profile at once (as [`assess`]), and
/// [`ErrorKind::InvalidProfile`] when there is not at least one site of each outcome or
/// two sites share a name.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
/// let g = isp_moc::catalog::figure2();
/// let err = compare_sites(&g, &[(ContextProfile::new("A"), SiteOutcome::High)], &AssessOptions::default())
///     .unwrap_err();
/// assert_eq!(err.to_string(), "a comparison needs at least one high- and one low-implementation site");
/// ```
pub fn compare_sites(
    graph: &MechanismGraph,
    sites: &[(ContextProfile, SiteOutcome)],
    options: &AssessOptions,
) -> Result<CrossCase> {
    let has = |o| sites.iter().any(|(_, outcome)| *outcome == o);
    if !has(SiteOutcome::High) || !has(SiteOutcome::Low) {
        return Err(Error::new(ErrorKind::InvalidProfile {
            reason: "a comparison needs at least one high- and one low-implementation site"
                .to_owned(),
        }));
    }
    let mut problems = Problems::new();
    let mut names = BTreeMap::new();
    for (p, _) in sites {
        if names.insert(p.site.as_str(), ()).is_some() {
            problems.add(
                ErrorKind::InvalidProfile {
                    reason: format!(
                        "two sites are named {}; name each site once",
                        crate::error::quoted(&p.site)
                    ),
                },
                Default::default(),
            );
        }
    }
    let mut assessments = Vec::new();
    for (p, outcome) in sites {
        match assess(graph, p, options) {
            Ok(a) => assessments.push((a, *outcome)),
            Err(e) => problems.absorb(e),
        }
    }
    problems.finish()?;

    let factors = assessments
        .first()
        .map(|(a, _)| a.factors.iter().map(|f| f.id.clone()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|id| factor_contrast(&assessments, id))
        .collect();
    let mechanisms = assessments
        .first()
        .map(|(a, _)| {
            a.mechanisms
                .iter()
                .map(|m| m.id.to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .filter_map(|id| {
            contrast(&assessments, id.clone(), |a| {
                a.mechanism(&id).map(|m| m.activation)
            })
        })
        .collect();
    let titles: Vec<String> = assessments
        .first()
        .map(|(a, _)| a.pathway_sets.iter().map(|s| s.title.clone()).collect())
        .unwrap_or_default();
    let pathway_sets = titles
        .into_iter()
        .filter_map(|title| {
            contrast(&assessments, title.clone(), |a| {
                a.pathway_sets
                    .iter()
                    .find(|s| s.title == title)
                    .map(|s| s.activation)
            })
        })
        .collect();
    Ok(CrossCase {
        assessments,
        factors,
        mechanisms,
        pathway_sets,
    })
}

fn factor_contrast(assessments: &[(Assessment, SiteOutcome)], id: MechanismId) -> FactorContrast {
    let ratings: Vec<(String, Option<CfirRating>)> = assessments
        .iter()
        .map(|(a, _)| {
            let rating = a
                .factor(id.as_str())
                .and_then(|f| f.rating.as_ref())
                .map(|r| r.rating);
            (a.site.clone(), rating)
        })
        .collect();
    let scores = |o: SiteOutcome| -> Vec<i8> {
        assessments
            .iter()
            .zip(&ratings)
            .filter(|((_, outcome), _)| *outcome == o)
            .filter_map(|(_, (_, r))| r.and_then(|r| r.score()))
            .collect()
    };
    let (high, low) = (scores(SiteOutcome::High), scores(SiteOutcome::Low));
    let mean = |s: &[i8]| {
        (!s.is_empty()).then(|| s.iter().map(|&x| f64::from(x)).sum::<f64>() / s.len() as f64)
    };
    let (high_mean, low_mean) = (mean(&high), mean(&low));
    let higher_in = match (
        high.iter().min(),
        high.iter().max(),
        low.iter().min(),
        low.iter().max(),
    ) {
        (Some(hmin), _, _, Some(lmax)) if hmin > lmax => Some(SiteOutcome::High),
        (_, Some(hmax), Some(lmin), _) if hmax < lmin => Some(SiteOutcome::Low),
        _ => None,
    };
    let distinguishing = match (higher_in, high_mean, low_mean) {
        (Some(_), Some(h), Some(l)) if (h - l).abs() >= 2.0 => Distinguishing::Strong,
        (Some(_), _, _) => Distinguishing::Weak,
        _ => Distinguishing::None,
    };
    FactorContrast {
        factor: id,
        ratings,
        distinguishing,
        higher_in,
        high_mean,
        low_mean,
    }
}

/// The contrast of one subject when it stands better at every site of one group. A site
/// where it stands `unknown` (the context bearing on it is not rated) is listed but not
/// compared, as a missing rating is left out of a factor's contrast: a gap in the data
/// makes no site better off.
fn contrast(
    assessments: &[(Assessment, SiteOutcome)],
    subject: String,
    standing: impl Fn(&Assessment) -> Option<Activation>,
) -> Option<StandingContrast> {
    let standings: Vec<(String, Activation, SiteOutcome)> = assessments
        .iter()
        .filter_map(|(a, o)| standing(a).map(|s| (a.site.clone(), s, *o)))
        .collect();
    let of = |o: SiteOutcome| {
        (standings.iter())
            .filter(move |s| s.2 == o && s.1 != Activation::Unknown)
            .map(|s| s.1)
    };
    let better_in = match (
        of(SiteOutcome::High).min(),
        of(SiteOutcome::High).max(),
        of(SiteOutcome::Low).min(),
        of(SiteOutcome::Low).max(),
    ) {
        (Some(hmin), _, _, Some(lmax)) if hmin > lmax => SiteOutcome::High,
        (_, Some(hmax), Some(lmin), _) if hmax < lmin => SiteOutcome::Low,
        _ => return None,
    };
    Some(StandingContrast {
        subject,
        standings: standings.into_iter().map(|(s, a, _)| (s, a)).collect(),
        better_in,
    })
}

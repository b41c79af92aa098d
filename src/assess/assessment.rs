//! [`assess`]: a model's mechanisms and pathways under a site's context, each conclusion
//! with the factors, ratings and links that produced it.

use std::collections::{BTreeMap, BTreeSet};

use super::resolve::{resolve, AppliedRating};
use super::rule::{combine, effect, valence, Contribution, Valence};
use super::{Activation, ContextProfile, Priority, SiteRating};
use crate::model::{MechanismKind, Relation};
use crate::query::{PathQuery, Pathway};
use crate::vocab::Readings;
use crate::{MechanismGraph, MechanismId, Result};

/// A named set of pathways to assess, such as one of the paper's headline mechanisms.
///
/// # Example
///
/// ```
/// use isp_moc::assess::PathwaySet;
/// let h = &isp_moc::catalog::headline_mechanisms()[0];
/// let set = PathwaySet::new(h.title, h.query());
/// assert_eq!(set.title, h.title);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PathwaySet {
    /// A short title for reports.
    pub title: String,
    /// The pathways it stands for.
    pub query: PathQuery,
}

impl PathwaySet {
    /// A titled pathway query.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::PathwaySet;
    /// let s = PathwaySet::new("trust to learning", ("trust", "meaningful_learning"));
    /// assert_eq!(s.title, "trust to learning");
    /// ```
    pub fn new(title: &str, query: impl Into<PathQuery>) -> Self {
        PathwaySet {
            title: title.to_owned(),
            query: query.into(),
        }
    }
}

/// What to assess and how: which pathways, and whether ratings may cross CFIR editions
/// through crosswalk readings as well as verified links.
///
/// The default assesses every pathway from the model's resources to its outcomes (when it
/// has both) and carries ratings across editions through verified links only.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{AssessOptions, PathwaySet};
/// use isp_moc::vocab::Readings;
/// let options = AssessOptions::default()
///     .with_readings(Readings::Include)
///     .with_pathways(isp_moc::catalog::headline_mechanisms().iter()
///         .map(|h| PathwaySet::new(h.title, h.query())));
/// assert_eq!(options.pathways.len(), 4);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AssessOptions {
    /// Whether crosswalk readings may carry a rating across CFIR editions.
    pub readings: Readings,
    /// The pathway sets to assess; empty means resources → outcomes.
    pub pathways: Vec<PathwaySet>,
    /// Keep ratings of CFIR constructs the model places no factor at aside
    /// ([`Assessment::unused`]) instead of reporting them as problems, as a full published
    /// rating matrix needs (it rates every construct; a model places a few).
    pub allow_unused: bool,
}

impl AssessOptions {
    /// Sets whether crosswalk readings may carry ratings.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Readings;
    /// let o = isp_moc::assess::AssessOptions::default().with_readings(Readings::Include);
    /// assert_eq!(o.readings, Readings::Include);
    /// ```
    pub fn with_readings(mut self, readings: Readings) -> Self {
        self.readings = readings;
        self
    }

    /// Keeps ratings of constructs the model does not place aside instead of failing.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// use isp_moc::vocab::CfirConstruct;
    /// let g = isp_moc::catalog::figure2();
    /// let site = ContextProfile::new("A").rate(CfirConstruct::Cost, "-1".parse()?);
    /// assert!(assess(&g, &site, &AssessOptions::default()).is_err());
    /// let a = assess(&g, &site, &AssessOptions::default().allow_unused())?;
    /// assert_eq!(a.unused.len(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn allow_unused(mut self) -> Self {
        self.allow_unused = true;
        self
    }

    /// Sets the pathway sets to assess.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{AssessOptions, PathwaySet};
    /// let o = AssessOptions::default().with_pathways([PathwaySet::new("t", ("trust", "openness"))]);
    /// assert_eq!(o.pathways.len(), 1);
    /// ```
    pub fn with_pathways(mut self, sets: impl IntoIterator<Item = PathwaySet>) -> Self {
        self.pathways = sets.into_iter().collect();
        self
    }
}

/// One context factor's bearing on a mechanism: the link, the rating that reached the
/// factor, and the effect the rule gives it.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, Activation, AssessOptions, ContextProfile};
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A").rate("isp_role_clarity", "-2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// let skills = a.mechanism("isp_skills").unwrap();
/// let clarity = skills.factors.iter().find(|f| f.factor == "isp_role_clarity").unwrap();
/// assert_eq!(clarity.effect, Activation::Blocked); // a failed precondition
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FactorEffect {
    /// The context factor.
    pub factor: MechanismId,
    /// How it bears on the mechanism (`moderates` or `precondition`).
    pub relation: Relation,
    /// The rating that reached it, if any.
    pub rating: Option<AppliedRating>,
    /// What it does to the mechanism under the rule.
    pub effect: Activation,
    /// The support (studies) behind the link from the factor to the mechanism.
    pub support: u32,
    /// Set when the factor moderates one link into the mechanism (link-level moderation)
    /// rather than the mechanism: that link's source. The support is then the link's.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub moderates_link_from: Option<MechanismId>,
}

/// A mechanism's standing at the site, with the factors that produced it (sorted by
/// factor id).
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, Activation, AssessOptions, ContextProfile};
/// let g = isp_moc::catalog::figure2();
/// let a = assess(&g, &ContextProfile::new("unrated"), &AssessOptions::default())?;
/// // nothing rated: the mechanisms context bears on are unknown, never neutral
/// assert_eq!(a.mechanism("trust").unwrap().activation, Activation::Unknown);
/// // the model places no context on self-efficacy
/// assert_eq!(a.mechanism("self_efficacy").unwrap().activation, Activation::Neutral);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct MechanismStanding {
    /// The mechanism.
    pub id: MechanismId,
    /// Its standing: at its worst, where links into it have moderators (each such link is
    /// a route with a standing of its own; see [`assess`]).
    pub activation: Activation,
    /// Every context factor bearing on it: those linked to it (and any moderating those
    /// links), then those moderating a link into it, in the model's order.
    pub factors: Vec<FactorEffect>,
    /// Each moderated link into it from another mechanism: its source and the standing of
    /// the route over it (the link's moderators bear only on that route).
    #[cfg_attr(feature = "serde", serde(skip))]
    #[cfg_attr(feature = "schemars", schemars(skip))]
    routes: Vec<(MechanismId, Activation)>,
}

impl MechanismStanding {
    /// The factors whose effect is the mechanism's standing: the reasons for it (for a
    /// `mixed` standing, the factors pulling each way).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// use isp_moc::vocab::CfirConstruct;
    /// let g = isp_moc::catalog::figure2();
    /// let site = ContextProfile::new("A").rate(CfirConstruct::LeadershipEngagement, "-2".parse()?);
    /// let a = assess(&g, &site, &AssessOptions::default())?;
    /// let why: Vec<&str> = a.mechanism("isp_attitudes").unwrap().causes().map(|f| f.factor.as_str()).collect();
    /// assert_eq!(why, ["leadership_support"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn causes(&self) -> impl Iterator<Item = &FactorEffect> {
        let activation = self.activation;
        self.factors.iter().filter(move |f| {
            let on_the_worst_route = self.route_of(f).is_none_or(|route| route == activation);
            on_the_worst_route
                && (f.effect == activation
                    || (activation == Activation::Mixed
                        && matches!(f.effect, Activation::AtRisk | Activation::Supported)))
        })
    }

    /// The standing of the route a factor bears on the mechanism by, when it moderates a
    /// link from another mechanism into it; `None` for a factor bearing on every route
    /// (linked to the mechanism, or moderating such a factor's link).
    pub(crate) fn route_of(&self, f: &FactorEffect) -> Option<Activation> {
        let from = f.moderates_link_from.as_ref()?;
        self.routes
            .iter()
            .find(|(source, _)| source == from)
            .map(|&(_, a)| a)
    }
}

/// A pathway's standing: no better than its weakest mechanism.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, Activation, AssessOptions, ContextProfile};
/// use isp_moc::vocab::CfirConstruct;
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A").rate(CfirConstruct::LeadershipEngagement, "-2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// let from_attitudes = a.pathway_sets[0].pathways.iter()
///     .find(|p| p.pathway.start() == "isp_attitudes").unwrap();
/// assert_eq!(from_attitudes.activation, Activation::AtRisk);
/// assert_eq!(from_attitudes.weakest[0], "isp_attitudes");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PathwayStanding {
    /// The pathway.
    pub pathway: Pathway,
    /// The weakest standing of its mechanisms, each as the pathway reaches it (a link's
    /// moderators count only on the pathways over that link).
    pub activation: Activation,
    /// The mechanisms at that standing, in pathway order.
    pub weakest: Vec<MechanismId>,
    /// Each mechanism's standing as the pathway reaches it, in pathway order (a
    /// mechanism reached over a moderated link may stand otherwise than on its other
    /// routes, or than [`MechanismStanding::activation`], its worst).
    pub steps: Vec<Activation>,
}

/// A pathway set's standings: each pathway's, and the set's (its best pathway's: one
/// route that works is enough for the mechanism to unfold).
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
/// let g = isp_moc::catalog::figure2();
/// let a = assess(&g, &ContextProfile::new("A"), &AssessOptions::default())?;
/// assert_eq!(a.pathway_sets[0].title, "resources to outcomes");
/// assert!(!a.pathway_sets[0].truncated);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PathwaySetStanding {
    /// The set's title.
    pub title: String,
    /// The best standing of its pathways (`neutral` when it has none).
    pub activation: Activation,
    /// Every pathway found, in the query's order.
    pub pathways: Vec<PathwayStanding>,
    /// True when the query's bounds cut the pathways short.
    pub truncated: bool,
}

/// A model assessed under one site's context: every mechanism's standing and why, the
/// pathway sets' standings, the context factors to address first, and those to rate.
///
/// See [`assess`] for the rule.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
/// use isp_moc::vocab::CfirConstruct;
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A")
///     .rate(CfirConstruct::LeadershipEngagement, "-2".parse()?)
///     .rate(CfirConstruct::AvailableResources, "-2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// // resources are also a precondition of the ISP's skills, so they rank first
/// assert_eq!(a.priorities[0].factor, "available_resources");
/// assert_eq!(a.priorities[1].factor, "leadership_support");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Assessment {
    /// The site.
    pub site: String,
    /// Every resource, response and outcome, in declaration order.
    pub mechanisms: Vec<MechanismStanding>,
    /// Every context factor, in declaration order, with the rating that reached it.
    pub factors: Vec<FactorRating>,
    /// The pathway sets, in the options' order.
    pub pathway_sets: Vec<PathwaySetStanding>,
    /// Factors that block or put mechanisms at risk, most consequential first.
    pub priorities: Vec<Priority>,
    /// Ratings of CFIR constructs the model places no factor at, in the profile's order
    /// (kept only with [`AssessOptions::allow_unused`]; otherwise they are problems).
    pub unused: Vec<SiteRating>,
    /// Ratings of CFIR constructs that apply to no factor because every factor they reach
    /// is rated itself (a factor's own rating takes precedence), in the profile's order:
    /// said, not dropped.
    pub overridden: Vec<OverriddenRating>,
}

/// A construct rating set aside because every factor it reaches is rated itself.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
/// use isp_moc::vocab::CfirConstruct;
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A")
///     .rate("available_resources", "-2".parse()?)
///     .rate(CfirConstruct::AvailableResources, "+2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// assert_eq!(a.overridden[0].rating.rating.to_string(), "+2");
/// assert_eq!(a.overridden[0].by, ["available_resources"]);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct OverriddenRating {
    /// The construct rating, as the site gave it.
    pub rating: SiteRating,
    /// The factors it reaches, each rated itself, in declaration order.
    pub by: Vec<MechanismId>,
}

/// A context factor and the rating that reached it (none: not rated, so unknown).
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
/// let g = isp_moc::catalog::figure2();
/// let a = assess(&g, &ContextProfile::new("A"), &AssessOptions::default())?;
/// assert!(a.factors.iter().all(|f| f.rating.is_none()));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FactorRating {
    /// The factor.
    pub id: MechanismId,
    /// The rating that reached it.
    pub rating: Option<AppliedRating>,
    /// The mechanisms it bears on, by id.
    pub bears_on: Vec<MechanismId>,
}

impl Assessment {
    /// The standing of mechanism `id` (not a context factor).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let a = assess(&g, &ContextProfile::new("A"), &AssessOptions::default())?;
    /// assert!(a.mechanism("trust").is_some() && a.mechanism("leadership_support").is_none());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanism(&self, id: &str) -> Option<&MechanismStanding> {
        self.mechanisms.iter().find(|m| m.id == id)
    }

    /// The rating of context factor `id`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let a = assess(&g, &ContextProfile::new("A").rate("policy_changes", "+1".parse()?), &AssessOptions::default())?;
    /// assert_eq!(a.factor("policy_changes").unwrap().rating.as_ref().unwrap().rating.to_string(), "+1");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn factor(&self, id: &str) -> Option<&FactorRating> {
        self.factors.iter().find(|f| f.id == id)
    }

    /// Context factors that bear on something but are not rated, sorted by how many
    /// mechanisms they bear on (most first), then by id: the ratings to collect next.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let a = assess(&g, &ContextProfile::new("A"), &AssessOptions::default())?;
    /// assert_eq!(a.unrated()[0].id, "available_resources"); // bears on three mechanisms
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn unrated(&self) -> Vec<&FactorRating> {
        let mut unrated: Vec<&FactorRating> = self
            .factors
            .iter()
            .filter(|f| f.rating.is_none() && !f.bears_on.is_empty())
            .collect();
        unrated.sort_by(|a, b| {
            b.bears_on
                .len()
                .cmp(&a.bears_on.len())
                .then(a.id.cmp(&b.id))
        });
        unrated
    }

    /// How many mechanisms stand at each level, worst first (levels with none left out).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, Activation, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let a = assess(&g, &ContextProfile::new("A"), &AssessOptions::default())?;
    /// assert_eq!(a.counts(), [(Activation::Unknown, 10), (Activation::Neutral, 8)]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn counts(&self) -> Vec<(Activation, usize)> {
        Activation::ALL
            .iter()
            .map(|&a| {
                (
                    a,
                    self.mechanisms.iter().filter(|m| m.activation == a).count(),
                )
            })
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// Assesses `graph` under a site's context profile.
///
/// **The rule.** Each context factor's rating (its own, else that of the CFIR construct the
/// model places it at, else one carried from the other CFIR edition through the crosswalk)
/// gives its effect on each mechanism it bears on:
///
/// | rating | through a `precondition` | through `moderates` |
/// |---|---|---|
/// | −2, −1 | `blocked` (the precondition fails) | `at_risk` |
/// | `0 (mixed)`, `X` | `mixed` | `mixed` |
/// | 0 | `neutral` | `neutral` |
/// | +1, +2 | `supported` | `supported` |
/// | not rated, `M`, `I`/`E` | `unknown` | `unknown` |
///
/// A mechanism stands at the worst effect on it, except that a −1 moderator countered by
/// positive context makes it `mixed` rather than `at_risk`; with no context bearing on it
/// the model says nothing about its context, and it is `neutral`. A factor moderating one
/// link (link-level moderation) bears on the mechanism the link leads to only on the
/// pathways over that link; a mechanism is reported at its worst route. A pathway stands at
/// its weakest mechanism as it reaches each, a pathway set at its best pathway. No effect
/// sizes are invented: the
/// review reports none. Ratings are the site's view of each factor's *influence* (−2 a
/// strong barrier), in the project's sign convention normalized by its
/// [`RatingLegend`](crate::vocab::RatingLegend); a link's polarity, which describes the
/// model's general direction, does not flip them.
///
/// # Errors
///
/// Every problem of the profile at once ([`ErrorKind::InvalidProfile`](crate::ErrorKind::InvalidProfile),
/// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) with a
/// did-you-mean), each located at the site and rating: an unknown factor, a mechanism
/// that is not a context factor, a construct the model never places (unless
/// [`AssessOptions::allow_unused`]), a key rated twice,
/// ratings of two constructs that disagree on one factor (a factor's own rating is not a
/// disagreement: it takes precedence, and a construct rating that so applies to no factor
/// is kept in [`Assessment::overridden`]); and the errors of the pathway queries.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, Activation, AssessOptions, ContextProfile};
/// use isp_moc::vocab::CfirConstruct;
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A").rate(CfirConstruct::RelativePriority, "+2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// assert_eq!(a.mechanism("isp_knowledge").unwrap().activation, Activation::Unknown);
/// let err = assess(&g, &ContextProfile::new("A").rate("leadership_suport", "+2".parse()?),
///     &AssessOptions::default()).unwrap_err();
/// assert_eq!(err.to_string(), "site `A`, rating #1: unknown mechanism `leadership_suport`; \
///     did you mean `leadership_support`?");
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn assess(
    graph: &MechanismGraph,
    profile: &ContextProfile,
    options: &AssessOptions,
) -> Result<Assessment> {
    let resolved = resolve(graph, profile, options.readings, options.allow_unused)?;
    let ratings = resolved.ratings;
    let mut mechanisms = Vec::new();
    let mut standing = BTreeMap::new();
    for m in graph.mechanisms() {
        if m.kind() == MechanismKind::Context {
            continue;
        }
        let mut factors = Vec::new();
        let mut bear =
            |factor: &MechanismId, relation, support, link_from: Option<&MechanismId>| {
                let rating = ratings.get(factor).cloned();
                let v = valence(rating.as_ref().map(|r| r.rating));
                let e = effect(relation, v);
                factors.push(FactorEffect {
                    factor: factor.clone(),
                    relation,
                    rating,
                    effect: e,
                    support,
                    moderates_link_from: link_from.cloned(),
                });
                Contribution {
                    effect: e,
                    soft: relation != Relation::Precondition && v == Valence::Negative,
                }
            };
        // the factors linked to the mechanism, and any moderating those links, bear on it
        // whatever the route to it
        let mut own = Vec::new();
        for c in graph.context_of(m.id.as_str())? {
            let l = c.link;
            own.push(bear(&l.from, l.relation, l.support(), None));
            for f in &l.moderators {
                own.push(bear(f, Relation::Moderates, l.support(), Some(&l.from)));
            }
        }
        // a factor moderating one link from another mechanism into it bears on it only
        // when reached over that link; its own factors alone are a route only when some
        // link in has no moderators, or none comes in (it can only start a pathway)
        let mut into = Vec::new();
        for l in graph.links_to(m.id.as_str())? {
            if graph.mechanism(l.from.as_str())?.kind() != MechanismKind::Context {
                into.push(l);
            }
        }
        let mut routes = Routes {
            own: combine(&own),
            own_is_a_route: into.iter().any(|l| l.moderators.is_empty()) || into.is_empty(),
            through: BTreeMap::new(),
        };
        for l in into.into_iter().filter(|l| !l.moderators.is_empty()) {
            let mut route = own.clone();
            for f in &l.moderators {
                route.push(bear(f, Relation::Moderates, l.support(), Some(&l.from)));
            }
            routes.through.insert(l.from.clone(), combine(&route));
        }
        let activation = routes.worst();
        mechanisms.push(MechanismStanding {
            id: m.id.clone(),
            activation,
            factors,
            routes: routes
                .through
                .iter()
                .map(|(from, &a)| (from.clone(), a))
                .collect(),
        });
        standing.insert(m.id.clone(), routes);
    }
    let factors = graph
        .mechanisms_of_kind(MechanismKind::Context)
        .map(|m| {
            Ok(FactorRating {
                id: m.id.clone(),
                rating: ratings.get(&m.id).cloned(),
                bears_on: graph
                    .links_from(m.id.as_str())?
                    .iter()
                    .map(|l| l.to.clone())
                    .chain(
                        graph
                            .links()
                            .iter()
                            .filter(|l| l.moderators.contains(&m.id))
                            .map(|l| l.to.clone()),
                    )
                    // each mechanism once, where it first appears
                    .fold((Vec::new(), BTreeSet::new()), |(mut on, mut seen), id| {
                        if seen.insert(id.clone()) {
                            on.push(id);
                        }
                        (on, seen)
                    })
                    .0,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut pathway_sets = Vec::new();
    for set in pathway_sets_of(graph, options) {
        let found = graph.pathways(&set.query)?;
        let pathways: Vec<PathwayStanding> = found
            .pathways
            .into_iter()
            .map(|pathway| {
                // each mechanism as the pathway reaches it (the first, on its own)
                let ids = pathway.mechanisms();
                let steps: Vec<Activation> = ids
                    .iter()
                    .enumerate()
                    .map(|(i, id)| {
                        let from = i.checked_sub(1).and_then(|j| ids.get(j));
                        standing
                            .get(id)
                            .map_or(Activation::Neutral, |r| r.reached_from(from))
                    })
                    .collect();
                let activation = steps.iter().copied().min().unwrap_or(Activation::Neutral);
                let weakest = ids
                    .iter()
                    .zip(&steps)
                    .filter(|&(_, &s)| s == activation)
                    .map(|(id, _)| id.clone())
                    .collect();
                PathwayStanding {
                    pathway,
                    activation,
                    weakest,
                    steps,
                }
            })
            .collect();
        pathway_sets.push(PathwaySetStanding {
            title: set.title,
            activation: pathways
                .iter()
                .map(|p| p.activation)
                .max()
                .unwrap_or(Activation::Neutral),
            pathways,
            truncated: found.truncated,
        });
    }
    let mut assessment = Assessment {
        site: profile.site.clone(),
        mechanisms,
        factors,
        pathway_sets,
        priorities: Vec::new(),
        unused: resolved
            .unused
            .iter()
            .filter_map(|&i| profile.ratings.get(i).cloned())
            .collect(),
        overridden: resolved
            .overridden
            .into_iter()
            .filter_map(|(i, by)| {
                let rating = profile.ratings.get(i)?.clone();
                Some(OverriddenRating { rating, by })
            })
            .collect(),
    };
    assessment.priorities = super::priority::priorities(graph, &assessment);
    Ok(assessment)
}

/// A mechanism's standing by the route to it: from its own factors, and over each link
/// into it that has moderators, from those together with the link's moderators.
struct Routes {
    own: Activation,
    /// Whether the mechanism is reached without a moderated link (or only starts pathways).
    own_is_a_route: bool,
    /// By the moderated link's source.
    through: BTreeMap<MechanismId, Activation>,
}

impl Routes {
    /// The standing when reached over the link from `from` (or not over a link).
    fn reached_from(&self, from: Option<&MechanismId>) -> Activation {
        from.and_then(|f| self.through.get(f))
            .copied()
            .unwrap_or(self.own)
    }

    /// The worst standing over every route.
    fn worst(&self) -> Activation {
        let own = self.own_is_a_route.then_some(self.own);
        own.into_iter()
            .chain(self.through.values().copied())
            .min()
            .unwrap_or(self.own)
    }
}

/// The pathway sets to assess: the options', or resources → outcomes when the model has
/// both.
fn pathway_sets_of(graph: &MechanismGraph, options: &AssessOptions) -> Vec<PathwaySet> {
    if !options.pathways.is_empty() {
        return options.pathways.clone();
    }
    let has = |kind| graph.mechanisms_of_kind(kind).next().is_some();
    if has(MechanismKind::Resource) && has(MechanismKind::Outcome) {
        vec![PathwaySet::new(
            "resources to outcomes",
            PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome]),
        )]
    } else {
        Vec::new()
    }
}

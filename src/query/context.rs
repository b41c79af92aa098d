//! Context and counter-evidence around mechanisms and pathways.

use super::Pathway;
use crate::model::{Link, MechanismKind, Observation};
use crate::{ErrorKind, MechanismGraph, MechanismId, Result};

/// A context factor's link onto a mechanism: it moderates the mechanism or is a
/// precondition of it (see [`Link::relation`](crate::model::Link)).
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// let on_trust = g.context_of("trust")?;
/// assert!(on_trust.iter().any(|c| c.link.from == "isp_accessibility"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ContextInfluence<'g> {
    /// The link from the context factor (`link.from`) to the mechanism (`link.to`).
    pub link: &'g Link,
    /// Position on the pathway of the mechanism it bears on (0 for single-mechanism
    /// queries).
    pub position: usize,
}

/// A context factor conditioning one link (link-level moderation, [`Link::moderators`]):
/// it bears on the link's target only through that link.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, Link, Mechanism, Relation};
/// use isp_moc::vocab::{CfirDomain, ReasoningType};
/// let g = isp_moc::MechanismGraph::builder()
///     .mechanism(Mechanism::new("rapport", "Rapport", Category::reasoning(ReasoningType::Relational)))
///     .mechanism(Mechanism::new("confidence", "Confidence", Category::reasoning(ReasoningType::Capability)))
///     .mechanism(Mechanism::new("time", "Time for coaching", Category::context(CfirDomain::InnerSetting)))
///     .link(Link::new("rapport", "confidence", Relation::LeadsTo).with_moderator("time"))
///     .build()?;
/// let on = g.link_moderators_of("confidence")?;
/// assert_eq!((on[0].factor.as_str(), on[0].link.from.as_str()), ("time", "rapport"));
/// // a factor linked to nothing, which `context_of` therefore does not show
/// assert!(g.context_of("confidence")?.is_empty());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct LinkModeration<'g> {
    /// The context factor.
    pub factor: &'g MechanismId,
    /// The link it moderates.
    pub link: &'g Link,
    /// Position on the pathway of the link's target (0 for single-mechanism queries).
    pub position: usize,
}

/// A hindering observation recorded on one link of a pathway.
///
/// # Example
///
/// ```
/// use isp_moc::query::PathQuery;
/// let g = isp_moc::catalog::figure2();
/// let p = g.pathways(&PathQuery::new(["isp_attitudes"], ["empowerment"]))?.pathways.remove(0);
/// let against = g.hindering_along(&p)?;
/// assert_eq!(against[0].link.to, "empowerment");
/// assert!(against[0].observation.summary.contains("inauthentic"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct LinkObservation<'g> {
    /// The link the observation is recorded on.
    pub link: &'g Link,
    /// The hindering observation.
    pub observation: &'g Observation,
}

impl MechanismGraph {
    /// The context factors that moderate, or are preconditions of, a mechanism: every
    /// link into `id` from a context factor, sorted by factor id.
    ///
    /// A factor that conditions only one link into `id` (a moderator listed on the link)
    /// is not linked to `id` itself: [`link_moderators_of`](Self::link_moderators_of)
    /// lists those.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Relation;
    /// let g = isp_moc::catalog::figure2();
    /// let factors: Vec<(&str, Relation)> = g.context_of("isp_skills")?
    ///     .iter().map(|c| (c.link.from.as_str(), c.link.relation)).collect();
    /// assert!(factors.contains(&("isp_role_clarity", Relation::Precondition)));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn context_of(&self, id: &str) -> Result<Vec<ContextInfluence<'_>>> {
        let node = self.node(id)?;
        Ok(self.context_at(node, 0).collect())
    }

    /// The context factors bearing on any mechanism of a pathway, in pathway order, then
    /// by factor id.
    ///
    /// Factors that condition only one of its links (moderators listed on the link):
    /// [`link_moderators_of_pathway`](Self::link_moderators_of_pathway).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) or
    /// [`ErrorKind::UnknownLink`](crate::ErrorKind::UnknownLink) when the pathway does not follow
    /// this model's links (e.g. it came from another model).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = g.strongest_pathway(&PathQuery::new(["boundary_spanning"], ["culture_and_climate"]))?.unwrap();
    /// let ctx = g.context_of_pathway(&p)?;
    /// assert_eq!(ctx[0].link.from, "external_networks");
    /// assert_eq!(ctx[0].position, 0);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn context_of_pathway(&self, pathway: &Pathway) -> Result<Vec<ContextInfluence<'_>>> {
        let nodes = self.check_pathway(pathway)?;
        Ok(nodes
            .iter()
            .enumerate()
            .flat_map(|(i, &n)| self.context_at(n, i))
            .collect())
    }

    /// The hindering observations recorded on the links of a pathway, in pathway order.
    ///
    /// # Errors
    ///
    /// As [`context_of_pathway`](Self::context_of_pathway).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = g.pathways(&PathQuery::new(["isp_knowledge"], ["trust"]))?.pathways.remove(0);
    /// let against: Vec<String> = g.hindering_along(&p)?.iter().map(|h| h.observation.summary.clone()).collect();
    /// assert_eq!(against, ["a lack of familiarity with local contexts decreased trust toward the ISP"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn hindering_along(&self, pathway: &Pathway) -> Result<Vec<LinkObservation<'_>>> {
        self.check_pathway(pathway)?;
        let mut out = Vec::new();
        for (from, to) in pathway.links() {
            let link = self.link(from.as_str(), to.as_str())?;
            out.extend(
                link.evidence
                    .hindering()
                    .map(|observation| LinkObservation { link, observation }),
            );
        }
        Ok(out)
    }

    /// The hindering observations on the links of any of these pathways, each link once
    /// however many pathways share it, in the links' declaration order: the evidence
    /// against a whole set of pathways, without repeats.
    ///
    /// # Errors
    ///
    /// As [`context_of_pathway`](Self::context_of_pathway), for any pathway.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::MechanismKind;
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(PathQuery::new([MechanismKind::Resource], ["trust", "empowerment"]))?;
    /// let against = g.hindering_across(&set.pathways)?;
    /// let links: Vec<String> = against.iter().map(|h| format!("{} -> {}", h.link.from, h.link.to)).collect();
    /// assert_eq!(links, ["isp_knowledge -> trust", "isp_attitudes -> trust", "isp_attitudes -> empowerment"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn hindering_across<'p>(
        &self,
        pathways: impl IntoIterator<Item = &'p Pathway>,
    ) -> Result<Vec<LinkObservation<'_>>> {
        let mut links = std::collections::BTreeSet::new();
        for pathway in pathways {
            let nodes = self.check_pathway(pathway)?;
            links.extend(self.links_along(&nodes).map(|(_, link)| link));
        }
        Ok(links
            .into_iter()
            .flat_map(|l| {
                let link = self.link_at(l);
                link.evidence
                    .hindering()
                    .map(move |observation| LinkObservation { link, observation })
            })
            .collect())
    }

    /// The links moderated (link-level moderation, [`Link::moderators`]) by at least one of
    /// these context factors, in declaration order: with the factors a site rates as
    /// barriers, every link whose working that site's context puts in doubt.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id,
    /// [`ErrorKind::InvalidQuery`](crate::ErrorKind::InvalidQuery) for a mechanism that is
    /// not a context factor (only a context factor moderates a link, so the answer would
    /// always be empty: the id is more likely a slip).
    ///
    /// # Complexity
    ///
    /// The graph keeps, per context factor, the links it moderates: O(K log K) time for
    /// the K links the chosen factors moderate when they are few (under 1/16 of the
    /// links), O(E + K) otherwise; memory O(K), or O(E) in the second case, besides the
    /// answer.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::vocab::{CfirDomain, ReasoningType};
    /// let r = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["trust", "openness"].map(r))
    ///     .mechanism(Mechanism::new("workload", "Workload", Category::context(CfirDomain::InnerSetting)))
    ///     .link(Link::new("trust", "openness", Relation::LeadsTo).with_moderator("workload"))
    ///     .link(Link::new("openness", "trust", Relation::LeadsTo))
    ///     .build()?;
    /// let doubted = g.links_moderated_by(["workload"])?;
    /// assert_eq!(doubted.len(), 1);
    /// assert_eq!(doubted[0].to, "openness");
    /// let err = g.links_moderated_by(["trust"]).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid query: `trust` is a response (reasoning), not a \
    ///     context factor; only a context factor moderates a link");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn links_moderated_by<'a>(
        &self,
        factors: impl IntoIterator<Item = &'a str>,
    ) -> Result<Vec<&Link>> {
        // The chosen factors' nodes, on the stack for the usual handful. A factor named
        // twice needs no removing: the merge below drops repeated links.
        let mut few = [0u32; 8];
        let mut many = Vec::new();
        let mut count = 0;
        for id in factors {
            let node = self.node(id)?;
            let kind = self.mechanism_at(node).kind();
            if kind != MechanismKind::Context {
                return Err(ErrorKind::InvalidQuery {
                    reason: format!(
                        "{} is {}, not a context factor; only a context factor moderates a link",
                        crate::error::quoted(id),
                        kind.with_article()
                    ),
                }
                .into());
            }
            match few.get_mut(count) {
                Some(slot) => *slot = node,
                None => {
                    if many.is_empty() {
                        many.extend_from_slice(&few);
                    }
                    many.push(node);
                }
            }
            count += 1;
        }
        let chosen = if many.is_empty() {
            &few[..count]
        } else {
            &many[..]
        };
        let lists = || chosen.iter().map(|&n| self.moderated_by(n));
        let found: usize = lists().map(<[u32]>::len).sum();
        // Each factor's list is in link order; a few are merged by sorting (the records'
        // addresses are in link order), many by marking the links (linear, however many
        // factors moderate each link).
        if found <= 64 || found * 16 < self.link_count() {
            let mut links: Vec<&Link> = lists().flatten().map(|&l| self.link_at(l)).collect();
            if chosen.len() > 1 {
                links.sort_unstable_by_key(|&l| std::ptr::from_ref(l));
                links.dedup_by(|a, b| std::ptr::eq(*a, *b));
            }
            Ok(links)
        } else {
            let mut marked = vec![false; self.link_count()];
            for &l in lists().flatten() {
                marked[l as usize] = true;
            }
            Ok((0..self.link_count() as u32)
                .filter(|&l| marked[l as usize])
                .map(|l| self.link_at(l))
                .collect())
        }
    }

    /// The context factors conditioning a link into `id` (link-level moderation, listed on
    /// the link rather than linked to `id`): for each link into `id` in the id order of
    /// its source, its moderators in the order listed.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// // Figure 2 places its context on mechanisms, not on single links
    /// assert!(g.link_moderators_of("trust")?.is_empty());
    /// assert!(g.link_moderators_of("trusst").is_err());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn link_moderators_of(&self, id: &str) -> Result<Vec<LinkModeration<'_>>> {
        let node = self.node(id)?;
        Ok(self
            .incoming(node)
            .links()
            .iter()
            .flat_map(|&l| self.moderations(l, 0))
            .collect())
    }

    /// The context factors conditioning the links of a pathway (link-level moderation),
    /// in pathway order, each link's in the order listed; `position` is the link's target.
    ///
    /// # Errors
    ///
    /// As [`context_of_pathway`](Self::context_of_pathway).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::PathQuery;
    /// use isp_moc::vocab::{CfirDomain, ReasoningType};
    /// let m = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["a", "b", "c"].map(m))
    ///     .mechanism(Mechanism::new("time", "Time", Category::context(CfirDomain::InnerSetting)))
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .link(Link::new("b", "c", Relation::LeadsTo).with_moderator("time"))
    ///     .build()?;
    /// let p = g.strongest_pathway(&PathQuery::new(["a"], ["c"]))?.unwrap();
    /// let on = g.link_moderators_of_pathway(&p)?;
    /// assert_eq!((on[0].factor.as_str(), on[0].link.to.as_str(), on[0].position), ("time", "c", 2));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn link_moderators_of_pathway(&self, pathway: &Pathway) -> Result<Vec<LinkModeration<'_>>> {
        let nodes = self.check_pathway(pathway)?;
        Ok(self
            .links_along(&nodes)
            .flat_map(|(position, l)| self.moderations(l, position))
            .collect())
    }

    /// The links joining a checked pathway's nodes, each with the position of its target.
    fn links_along<'a>(&'a self, nodes: &'a [u32]) -> impl Iterator<Item = (usize, u32)> + 'a {
        nodes.windows(2).enumerate().filter_map(|(i, pair)| {
            Some((i + 1, self.link_between(*pair.first()?, *pair.get(1)?)?))
        })
    }

    /// Link `l`'s moderators, as seen from `position`.
    fn moderations(&self, l: u32, position: usize) -> impl Iterator<Item = LinkModeration<'_>> {
        let link = self.link_at(l);
        link.moderators.iter().map(move |factor| LinkModeration {
            factor,
            link,
            position,
        })
    }

    fn context_at(&self, node: u32, position: usize) -> impl Iterator<Item = ContextInfluence<'_>> {
        self.incoming(node)
            .iter()
            .filter(move |&(from, _)| self.mechanism_at(from).kind() == MechanismKind::Context)
            .map(move |(_, link)| ContextInfluence {
                link: self.link_at(link),
                position,
            })
    }

    /// Resolves a pathway's ids and checks that each step is a link of this graph.
    fn check_pathway(&self, pathway: &Pathway) -> Result<Vec<u32>> {
        for (from, to) in pathway.links() {
            self.link(from.as_str(), to.as_str())?;
        }
        pathway
            .mechanisms()
            .iter()
            .map(|id| self.node(id.as_str()))
            .collect()
    }
}

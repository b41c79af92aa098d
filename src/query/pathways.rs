//! [`MechanismGraph::pathways`]: every bounded pathway between two sets of mechanisms.

use super::search::{self, Goal, Limits};
use super::{PathQuery, Pathway, Ranking};
use crate::{MechanismGraph, Result};

/// The answer to a pathway query.
///
/// `pathways` is sorted by number of links, then by the ids along the way. When
/// `truncated` is true there are more pathways than the query's `max_paths`, or the search
/// ran out of `max_steps`; the pathways returned are then the *first* ones in that order
/// (all pathways up to some length, then the first by id of the next length).
///
/// # Example
///
/// ```
/// use isp_moc::query::PathQuery;
/// let g = isp_moc::catalog::figure2();
/// let set = g.pathways(&PathQuery::new(["isp_knowledge"], ["self_efficacy"]))?;
/// assert!(!set.truncated);
/// assert!(set.pathways.windows(2).all(|w| w[0].hops() <= w[1].hops()));
/// let best = set.strongest().unwrap();
/// assert!(set.pathways.iter().all(|p| p.strength() <= best.strength()));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PathSet {
    /// The pathways, shortest first, then by ids.
    pub pathways: Vec<Pathway>,
    /// True when the bounds cut the answer short.
    pub truncated: bool,
    /// Links examined by the search (a measure of the work done).
    pub steps: u64,
}

impl PathSet {
    /// The strongest pathway in the set: highest weakest-link strength, then fewest links,
    /// then first by ids (the same order as
    /// [`strongest_pathway`](MechanismGraph::strongest_pathway)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let q = PathQuery::new(["isp_skills"], ["implementation_behaviour"]);
    /// let set = g.pathways(&q)?;
    /// assert_eq!(set.strongest(), g.strongest_pathway(&q)?.as_ref());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn strongest(&self) -> Option<&Pathway> {
        // `pathways` is already in (hops, ids) order, so the first maximum wins ties.
        self.pathways.iter().rev().max_by_key(|p| p.strength())
    }

    /// The strongest pathway in the set under `ranking`: [`Ranking::Support`] as
    /// [`strongest`](Self::strongest); [`Ranking::Weight`] the largest product of link
    /// weights ([`Pathway::weight`]; pathways with an unweighted link are left out), then
    /// fewest links, then first by ids.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::{PathQuery, Ranking};
    /// let g = isp_moc::catalog::figure2(); // no link weights
    /// let set = g.pathways(&PathQuery::new(["trust"], ["self_efficacy"]))?;
    /// assert!(set.strongest_by(Ranking::Weight).is_none());
    /// assert_eq!(set.strongest_by(Ranking::Support), set.strongest());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn strongest_by(&self, ranking: Ranking) -> Option<&Pathway> {
        match ranking {
            Ranking::Support => self.strongest(),
            Ranking::Weight => self
                .pathways
                .iter()
                .filter_map(|p| p.weight_cost().map(|c| (c, p)))
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, p)| p),
        }
    }

    /// Number of pathways returned.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let set = isp_moc::catalog::figure2().pathways(&PathQuery::new(["trust"], ["openness"]))?;
    /// assert_eq!(set.len(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.pathways.len()
    }

    /// True when no pathway was found.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let set = isp_moc::catalog::figure2().pathways(&PathQuery::new(["self_efficacy"], ["trust"]))?;
    /// assert!(set.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.pathways.is_empty()
    }
}

impl MechanismGraph {
    /// Every simple pathway from a `from` mechanism to a `to` mechanism within the query's
    /// bounds, in deterministic order (fewest links first, then by ids).
    ///
    /// # Arguments
    ///
    /// * `query`: start and end sets, optional `via_any`, link filter and bounds (see
    ///   [`PathQuery`] for the defaults).
    ///
    /// # Returns
    ///
    /// A [`PathSet`]; `truncated` says whether `max_paths` or `max_steps` cut it short.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id,
    /// [`ErrorKind::InvalidQuery`](crate::ErrorKind::InvalidQuery) for an empty set, a
    /// selector that selects nothing, or a zero bound.
    ///
    /// # Complexity
    ///
    /// Depth-first search over simple paths: O(k · d) for k pathways of up to d links,
    /// exponential in the worst case, but never more than `max_steps` link examinations (twice
    /// that when truncated, for the depth-by-depth rerun that picks the first pathways).
    /// The walk is iterative (explicit stacks, no recursion), so any `max_hops` is safe.
    /// Memory: O(V + max_hops) for the walk, plus the pathways kept: at most
    /// `max_paths` + 1, each of at most `max_hops` links.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["isp_skills"], ["self_efficacy"]).via_any(["trust"]))?;
    /// let shown: Vec<String> = set.pathways.iter().map(|p| p.to_string()).collect();
    /// assert_eq!(shown[0], "isp_skills → trust → meaningful_learning → self_efficacy");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn pathways(&self, query: impl Into<PathQuery>) -> Result<PathSet> {
        let query = query.into();
        let r = query.resolve(self)?;
        let via = r.via.as_deref();
        let accept = |nodes: &[u32]| via.is_none_or(|v| nodes.iter().any(|&n| v[n as usize]));
        let limits = Limits {
            max_hops: query.max_hops,
            max_items: query.max_paths,
            max_steps: query.max_steps,
        };
        let e = search::enumerate(
            self,
            query.filter,
            &r.starts,
            &Goal::Targets(&r.targets),
            limits,
            &accept,
        );
        Ok(PathSet {
            pathways: e
                .found
                .into_iter()
                .map(|f| Pathway::from_found(self, f))
                .collect(),
            truncated: e.truncated,
            steps: e.steps,
        })
    }
}

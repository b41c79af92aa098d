//! [`PathQuery`]: the options of a pathway question, with bounded defaults.

use super::{LinkFilter, Ranking, Selector};
use crate::{Error, ErrorKind, MechanismGraph, Result};

/// A pathway question: from which mechanisms to which, through which, how far, how many.
///
/// The sets are [`Selector`]s: ids, or every mechanism of a kind, response type or group
/// (`PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome])` asks for every
/// resource-to-outcome pathway). Built by value and chained; the query methods take
/// anything that converts into a query: a `PathQuery`, a reference to one, or a
/// `(from, to)` pair. Every bound has a default that keeps the query fast on any
/// model; there is no unbounded mode.
///
/// | option      | default      | meaning |
/// |-------------|--------------|---------|
/// | `max_hops`  | 6            | most **links** on a pathway (a direct link is 1 hop). petgraph counts intermediate nodes (hops − 1) and NetworkX's `cutoff` counts links, as here. |
/// | `max_paths` | 1 000        | most pathways returned; more sets [`PathSet::truncated`](super::PathSet). |
/// | `max_steps` | 10 000 000   | most links examined by the search; running out also sets `truncated`. |
/// | `via_any`   | (none)       | keep only pathways through at least one of these mechanisms. |
/// | `filter`    | all links    | which links may be followed ([`LinkFilter`]). |
/// | `rank_by`   | support      | what [`strongest_pathway`](crate::MechanismGraph::strongest_pathway) maximises ([`Ranking`]). |
///
/// A pathway starts at a `from` mechanism, ends at a `to` mechanism, has at least one link
/// and never repeats a mechanism (it may pass through other `to` mechanisms on the way).
/// A mechanism in both sets has no pathway to itself; cycles are answered by
/// [`feedback_loops`](crate::MechanismGraph::feedback_loops).
///
/// # Example
///
/// ```
/// use isp_moc::query::{LinkFilter, PathQuery};
///
/// let q = PathQuery::new(["isp_skills", "isp_attitudes"], ["implementation_behaviour"])
///     .max_hops(4)
///     .max_paths(50)
///     .via_any(["trust"])
///     .filter(LinkFilter::all().text_only());
/// let set = isp_moc::catalog::figure2().pathways(&q)?;
/// assert!(set.pathways.iter().all(|p| p.contains("trust") && p.hops() <= 4));
///
/// // a pair converts into a query:
/// let q: PathQuery = ("trust", "self_efficacy").into();
/// assert_eq!(q, PathQuery::new(["trust"], ["self_efficacy"]));
/// assert_eq!(isp_moc::catalog::figure2().pathways(("trust", "self_efficacy"))?.len(), 1);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PathQuery {
    pub(crate) from: Vec<Selector>,
    pub(crate) to: Vec<Selector>,
    pub(crate) via_any: Vec<Selector>,
    pub(crate) max_hops: usize,
    pub(crate) max_paths: usize,
    pub(crate) max_steps: u64,
    pub(crate) filter: LinkFilter,
    pub(crate) ranking: Ranking,
}

impl PathQuery {
    /// Default `max_hops`.
    pub const DEFAULT_MAX_HOPS: usize = 6;
    /// Default `max_paths`.
    pub const DEFAULT_MAX_PATHS: usize = 1_000;
    /// Default `max_steps`.
    pub const DEFAULT_MAX_STEPS: u64 = 10_000_000;

    /// Pathways from any of `from` to any of `to`, with the default bounds; each set is
    /// ids, kinds, response types or groups ([`Selector`]).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::{PathQuery, Selector};
    /// use isp_moc::vocab::ReasoningType;
    /// let q = PathQuery::new(["trust"], ["openness", "self_efficacy"]);
    /// assert_eq!(isp_moc::catalog::figure2().pathways(&q)?.pathways.len(), 2);
    /// // sets can mix ids and kinds
    /// let mixed = PathQuery::new([Selector::from("isp_skills"), Selector::from(ReasoningType::Relational)],
    ///     ["self_efficacy"]);
    /// assert!(!isp_moc::catalog::figure2().pathways(mixed)?.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn new<F, T>(from: F, to: T) -> Self
    where
        F: IntoIterator,
        F::Item: Into<Selector>,
        T: IntoIterator,
        T::Item: Into<Selector>,
    {
        PathQuery {
            from: selectors(from),
            to: selectors(to),
            via_any: Vec::new(),
            max_hops: Self::DEFAULT_MAX_HOPS,
            max_paths: Self::DEFAULT_MAX_PATHS,
            max_steps: Self::DEFAULT_MAX_STEPS,
            filter: LinkFilter::all(),
            ranking: Ranking::Support,
        }
    }

    /// Sets the most links a pathway may have (at least 1).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let q = PathQuery::new(["isp_skills"], ["self_efficacy"]).max_hops(2);
    /// assert!(g.pathways(&q)?.pathways.iter().all(|p| p.hops() <= 2));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn max_hops(mut self, max_hops: usize) -> Self {
        self.max_hops = max_hops;
        self
    }

    /// Sets the most pathways returned (at least 1).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["isp_skills"], ["implementation_behaviour"]).max_paths(3))?;
    /// assert_eq!(set.pathways.len(), 3);
    /// assert!(set.truncated);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn max_paths(mut self, max_paths: usize) -> Self {
        self.max_paths = max_paths;
        self
    }

    /// Sets the search's step budget (links examined; at least 1).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let set = g.pathways(&PathQuery::new(["isp_skills"], ["implementation_behaviour"]).max_steps(5))?;
    /// assert!(set.truncated);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn max_steps(mut self, max_steps: u64) -> Self {
        self.max_steps = max_steps;
        self
    }

    /// Keeps only pathways through at least one of these mechanisms (endpoints count).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let q = PathQuery::new(["isp_skills"], ["implementation_behaviour"]).via_any(["boundary_spanning"]);
    /// assert!(g.pathways(&q)?.pathways.iter().all(|p| p.contains("boundary_spanning")));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn via_any<V>(mut self, via: V) -> Self
    where
        V: IntoIterator,
        V::Item: Into<Selector>,
    {
        self.via_any = selectors(via);
        self
    }

    /// Sets which links may be followed.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::{LinkFilter, PathQuery};
    /// let g = isp_moc::catalog::figure2();
    /// let q = PathQuery::new(["isp_skills"], ["prompting"]).filter(LinkFilter::all().text_only());
    /// assert!(g.pathways(&q)?.pathways.is_empty()); // the only link is inferred
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn filter(mut self, filter: LinkFilter) -> Self {
        self.filter = filter;
        self
    }

    /// Sets what [`strongest_pathway`](crate::MechanismGraph::strongest_pathway) maximises
    /// (the weakest link's support by default; see [`Ranking`]).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::{PathQuery, Ranking};
    /// let g = isp_moc::catalog::figure2(); // no link weights
    /// let q = PathQuery::new(["trust"], ["self_efficacy"]).rank_by(Ranking::Weight);
    /// assert!(g.strongest_pathway(&q)?.is_none());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn rank_by(mut self, ranking: Ranking) -> Self {
        self.ranking = ranking;
        self
    }

    /// Checks the bounds and resolves every id, in the order from, to, via.
    pub(crate) fn resolve(&self, g: &MechanismGraph) -> Result<Resolved> {
        let invalid = |reason: &str| {
            Err(Error::new(ErrorKind::InvalidQuery {
                reason: reason.to_owned(),
            }))
        };
        if self.from.is_empty() {
            return invalid("a pathway query needs at least one `from` mechanism");
        }
        if self.to.is_empty() {
            return invalid("a pathway query needs at least one `to` mechanism");
        }
        if self.max_hops == 0 {
            return invalid("`max_hops` must be at least 1");
        }
        if self.max_paths == 0 {
            return invalid("`max_paths` must be at least 1");
        }
        if self.max_steps == 0 {
            return invalid("`max_steps` must be at least 1");
        }
        let nodes = |selectors: &[Selector]| -> Result<Vec<u32>> {
            let mut all = Vec::new();
            for s in selectors {
                all.extend(s.nodes(g)?);
            }
            Ok(all)
        };
        let mut starts = nodes(&self.from)?;
        let mask = |ids: &[Selector]| -> Result<Vec<bool>> {
            let mut mask = vec![false; g.mechanism_count()];
            for n in nodes(ids)? {
                mask[n as usize] = true;
            }
            Ok(mask)
        };
        let targets = mask(&self.to)?;
        let via = (!self.via_any.is_empty())
            .then(|| mask(&self.via_any))
            .transpose()?;
        starts.sort_by_key(|&n| g.rank(n));
        starts.dedup();
        Ok(Resolved {
            starts,
            targets,
            via,
        })
    }
}

/// A query's ids resolved to internal nodes.
pub(crate) struct Resolved {
    /// Start nodes, in id order, without repeats.
    pub(crate) starts: Vec<u32>,
    pub(crate) targets: Vec<bool>,
    pub(crate) via: Option<Vec<bool>>,
}

impl<A: Into<Selector>, B: Into<Selector>> From<(A, B)> for PathQuery {
    fn from((from, to): (A, B)) -> Self {
        PathQuery::new([from.into()], [to.into()])
    }
}

impl From<&PathQuery> for PathQuery {
    fn from(query: &PathQuery) -> Self {
        query.clone()
    }
}

fn selectors<I>(items: I) -> Vec<Selector>
where
    I: IntoIterator,
    I::Item: Into<Selector>,
{
    items.into_iter().map(Into::into).collect()
}

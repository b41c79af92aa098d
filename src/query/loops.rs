//! [`MechanismGraph::feedback_loops`]: the model's cycles, bounded.

use super::search::{self, Goal, Limits};
use super::{FeedbackLoop, LinkFilter};
use crate::{Error, ErrorKind, MechanismGraph, Result};

/// Options for [`feedback_loops`](MechanismGraph::feedback_loops), with bounded defaults
/// like [`PathQuery`](super::PathQuery)'s: at most `max_hops` = 8 links per loop,
/// `max_loops` = 1 000 loops and `max_steps` = 10 000 000 links examined.
///
/// # Example
///
/// ```
/// use isp_moc::query::LoopQuery;
/// let q = LoopQuery::new().max_hops(4).max_loops(10);
/// assert!(isp_moc::catalog::figure2().feedback_loops(&q)?.loops.is_empty());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LoopQuery {
    max_hops: usize,
    max_loops: usize,
    max_steps: u64,
    filter: LinkFilter,
}

impl Default for LoopQuery {
    fn default() -> Self {
        LoopQuery::new()
    }
}

impl LoopQuery {
    /// The default bounds, following every link.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::query::LoopQuery::new(), isp_moc::query::LoopQuery::default());
    /// ```
    pub fn new() -> Self {
        LoopQuery {
            max_hops: 8,
            max_loops: 1_000,
            max_steps: 10_000_000,
            filter: LinkFilter::all(),
        }
    }

    /// Sets the most links per loop (at least 2, since self-links do not exist).
    ///
    /// # Example
    ///
    /// ```
    /// let q = isp_moc::query::LoopQuery::new().max_hops(3);
    /// assert!(isp_moc::catalog::figure2().feedback_loops(&q).is_ok());
    /// ```
    pub fn max_hops(mut self, max_hops: usize) -> Self {
        self.max_hops = max_hops;
        self
    }

    /// Sets the most loops returned (at least 1).
    ///
    /// # Example
    ///
    /// ```
    /// let q = isp_moc::query::LoopQuery::new().max_loops(1);
    /// assert!(isp_moc::catalog::figure2().feedback_loops(&q)?.loops.len() <= 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn max_loops(mut self, max_loops: usize) -> Self {
        self.max_loops = max_loops;
        self
    }

    /// Sets the step budget (at least 1).
    ///
    /// # Example
    ///
    /// ```
    /// let q = isp_moc::query::LoopQuery::new().max_steps(1_000);
    /// assert!(isp_moc::catalog::figure2().feedback_loops(&q).is_ok());
    /// ```
    pub fn max_steps(mut self, max_steps: u64) -> Self {
        self.max_steps = max_steps;
        self
    }

    /// Follows only the links `filter` allows.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::{LinkFilter, LoopQuery};
    /// let q = LoopQuery::new().filter(LinkFilter::all().text_only());
    /// assert!(isp_moc::catalog::figure2().feedback_loops(&q).is_ok());
    /// ```
    pub fn filter(mut self, filter: LinkFilter) -> Self {
        self.filter = filter;
        self
    }
}

/// The answer to a feedback-loop query: loops sorted by length, then by ids; `truncated`
/// as in [`PathSet`](super::PathSet) (the loops kept are then the first in that order).
///
/// # Example
///
/// ```
/// let set = isp_moc::catalog::figure2().feedback_loops(&isp_moc::query::LoopQuery::new())?;
/// assert!(!set.truncated);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LoopSet {
    /// The loops, shortest first, then by ids.
    pub loops: Vec<FeedbackLoop>,
    /// True when the bounds cut the answer short.
    pub truncated: bool,
    /// Links examined by the search.
    pub steps: u64,
}

impl From<&LoopQuery> for LoopQuery {
    fn from(query: &LoopQuery) -> Self {
        *query
    }
}

impl MechanismGraph {
    /// The model's feedback loops (simple cycles), each listed once from its smallest id.
    ///
    /// The paper expects "potentially recursive interactions" between its mechanisms;
    /// user models with outcome → reasoning feedback have loops.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidQuery`](crate::ErrorKind::InvalidQuery) for `max_hops` below 2 or a zero
    /// bound.
    ///
    /// # Complexity
    ///
    /// Exponential in the worst case (the number of cycles is), bounded by `max_steps`
    /// link examinations (twice that when truncated). The walk is iterative, so any
    /// `max_hops` is safe. Memory: O(V + max_hops) for the walk, plus the loops kept (at
    /// most `max_loops` + 1, each of at most `max_hops` mechanisms).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::query::LoopQuery;
    /// use isp_moc::vocab::ReasoningType;
    /// let m = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["a", "b", "c"].map(m))
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .link(Link::new("b", "c", Relation::LeadsTo))
    ///     .link(Link::new("c", "a", Relation::LeadsTo))
    ///     .link(Link::new("b", "a", Relation::LeadsTo))
    ///     .build()?;
    /// let set = g.feedback_loops(&LoopQuery::new())?;
    /// let shown: Vec<String> = set.loops.iter().map(|l| l.to_string()).collect();
    /// assert_eq!(shown, ["a → b → a", "a → b → c → a"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn feedback_loops(&self, query: impl Into<LoopQuery>) -> Result<LoopSet> {
        let query = &query.into();
        if query.max_hops < 2 || query.max_loops == 0 || query.max_steps == 0 {
            return Err(Error::new(ErrorKind::InvalidQuery {
                reason: "a loop query needs `max_hops` of at least 2 and non-zero `max_loops` and `max_steps`"
                    .to_owned(),
            }));
        }
        let mut starts: Vec<u32> = (0..self.mechanism_count() as u32).collect();
        starts.sort_by_key(|&n| self.rank(n));
        let limits = Limits {
            max_hops: query.max_hops,
            max_items: query.max_loops,
            max_steps: query.max_steps,
        };
        let e = search::enumerate(
            self,
            query.filter,
            &starts,
            &Goal::BackToStart,
            limits,
            &|_| true,
        );
        Ok(LoopSet {
            loops: e
                .found
                .iter()
                .map(|f| FeedbackLoop::from_indices(self, f.nodes()))
                .collect(),
            truncated: e.truncated,
            steps: e.steps,
        })
    }

    /// True when the model has at least one cycle (any length, every link).
    ///
    /// # Complexity
    ///
    /// O(V + E) time, iterative (Kahn's algorithm: peel off mechanisms nothing
    /// unpeeled links into; a cycle is what remains), so no model is too deep for it;
    /// memory O(V): an in-degree and a queue slot per mechanism.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!isp_moc::catalog::figure2().has_cycles());
    /// ```
    pub fn has_cycles(&self) -> bool {
        let n = self.mechanism_count() as u32;
        let mut indegree: Vec<u32> = (0..n).map(|v| self.incoming(v).len() as u32).collect();
        let mut queue: Vec<u32> = (0..n).filter(|&v| indegree[v as usize] == 0).collect();
        let mut peeled = 0;
        while let Some(v) = queue.pop() {
            peeled += 1;
            for &next in self.outgoing(v).nodes() {
                indegree[next as usize] -= 1;
                if indegree[next as usize] == 0 {
                    queue.push(next);
                }
            }
        }
        peeled < n
    }
}

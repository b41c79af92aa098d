//! [`MechanismGraph::strongest_pathway`]: the best-evidenced pathway, found exactly.

use std::collections::VecDeque;

use super::weighted::max_product;
use super::{PathQuery, Pathway, Ranking};
use crate::{Error, ErrorKind, MechanismGraph, Result};

impl MechanismGraph {
    /// The strongest pathway from a `from` to a `to` mechanism within `max_hops`, ranked
    /// as the query's [`Ranking`] says.
    ///
    /// * [`Ranking::Support`] (the default): the pathway whose weakest link has the most
    ///   support ([`Pathway::strength`]), then the one with fewest links, then the first
    ///   by ids. Support is the evidence behind a link (reported publications, else
    ///   distinct supporting studies; see
    ///   [`Evidence::support`](crate::model::Evidence::support)). The weakest-link rule
    ///   ranks a pathway by its least-evidenced step, so a single unsupported inference
    ///   cannot hide behind well-supported neighbours.
    /// * [`Ranking::Weight`]: the pathway with the largest product of link weights
    ///   ([`Pathway::weight`]), then fewest links, following only links whose weight lies
    ///   in (0, 1] (links without a weight are left out).
    ///
    /// # Arguments
    ///
    /// * `query`: start and end sets, `max_hops`, link filter and ranking; `max_paths`
    ///   and `max_steps` do not apply (the search is polynomial).
    ///
    /// # Returns
    ///
    /// `None` when no pathway exists within the bounds.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id; [`ErrorKind::InvalidQuery`](crate::ErrorKind::InvalidQuery) for an empty
    /// set, a zero bound, or `via_any` (use [`PathSet::strongest`](super::PathSet::strongest)
    /// on a [`pathways`](Self::pathways) answer instead).
    ///
    /// # Complexity
    ///
    /// Support: O(s · (V + E) · log L) time for s start mechanisms and L distinct support
    /// counts (a binary search over support thresholds, each tested by a breadth-first
    /// search per start); weight: O((V + E) · log E) (Dijkstra from all starts at once),
    /// or O(max_hops · (V + E)) when the lightest pathway has more than `max_hops` links.
    /// Memory: O(V) per query (a few words per mechanism), and O(max_hops · V) at most in
    /// the weight ranking's hop-bounded fallback.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::PathQuery;
    /// let g = isp_moc::catalog::figure2();
    /// let p = g.strongest_pathway(&PathQuery::new(["trust"], ["self_efficacy"]))?.unwrap();
    /// assert_eq!(p.to_string(), "trust → meaningful_learning → self_efficacy");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn strongest_pathway(&self, query: impl Into<PathQuery>) -> Result<Option<Pathway>> {
        let query = &query.into();
        let r = query.resolve(self)?;
        if r.via.is_some() {
            return Err(Error::new(ErrorKind::InvalidQuery {
                reason:
                    "`strongest_pathway` does not take `via_any`; use `pathways(..)?.strongest()`"
                        .to_owned(),
            }));
        }
        let found = match query.ranking {
            Ranking::Weight => max_product(self, query, &r.starts, &r.targets),
            Ranking::Support => widest(self, query, &r.starts, &r.targets),
        };
        Ok(found.map(|(nodes, links)| Pathway::from_indices(self, &nodes, &links)))
    }
}

/// The weakest-link-strongest pathway: the largest support threshold that still connects
/// the sets (feasibility is monotone), found by binary search over the graph's support
/// levels, then the best pathway at that threshold.
fn widest(
    g: &MechanismGraph,
    query: &PathQuery,
    starts: &[u32],
    targets: &[bool],
) -> Option<(Vec<u32>, Vec<u32>)> {
    let levels = g.support_levels();
    let mut bfs = Bfs::new(g, query, targets);
    let (mut lo, mut hi) = (0, levels.len());
    if hi == 0 || !bfs.best_from(starts, levels[0]) {
        return None;
    }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if bfs.best_from(starts, levels[mid]) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    bfs.best_from(starts, levels[lo]);
    bfs.best.take()
}

/// Breadth-first search over links with support ≥ a floor, its buffers reused from one
/// search to the next (a node is seen in this search when `seen[n] == generation`).
struct Bfs<'a> {
    g: &'a MechanismGraph,
    query: &'a PathQuery,
    targets: &'a [bool],
    seen: Vec<u32>,
    generation: u32,
    depth: Vec<u32>,
    parent: Vec<(u32, u32)>,
    queue: VecDeque<u32>,
    /// The best pathway of the last `best_from`.
    best: Option<(Vec<u32>, Vec<u32>)>,
}

impl<'a> Bfs<'a> {
    fn new(g: &'a MechanismGraph, query: &'a PathQuery, targets: &'a [bool]) -> Self {
        let n = g.mechanism_count();
        Bfs {
            g,
            query,
            targets,
            seen: vec![0; n],
            generation: 0,
            depth: vec![0; n],
            parent: vec![(0, 0); n],
            queue: VecDeque::new(),
            best: None,
        }
    }

    /// Finds the best (fewest links, then first by ids) pathway from any start at this
    /// floor into `best`; true when there is one.
    fn best_from(&mut self, starts: &[u32], floor: u32) -> bool {
        self.best = None;
        for &s in starts {
            let Some(found) = self.from(s, floor) else {
                continue;
            };
            let better = match &self.best {
                None => true,
                Some(best) => {
                    let ranks = |nodes: &[u32]| {
                        let r: Vec<u32> = nodes.iter().map(|&n| self.g.rank(n)).collect();
                        r
                    };
                    (found.0.len(), ranks(&found.0)) < (best.0.len(), ranks(&best.0))
                }
            };
            if better {
                self.best = Some(found);
            }
        }
        self.best.is_some()
    }

    /// The first target discovered from `start`. Neighbours are visited in id order, so
    /// discovery order is (links, ids) order and the first target found is the best.
    fn from(&mut self, start: u32, floor: u32) -> Option<(Vec<u32>, Vec<u32>)> {
        let g = self.g;
        self.generation += 1;
        let generation = self.generation;
        let max_hops = u32::try_from(self.query.max_hops).unwrap_or(u32::MAX);
        let filter = self.query.filter;
        let all = filter.is_all();
        self.seen[start as usize] = generation;
        self.depth[start as usize] = 0;
        self.queue.clear();
        self.queue.push_back(start);
        while let Some(here) = self.queue.pop_front() {
            let d = self.depth[here as usize];
            if d >= max_hops {
                continue;
            }
            for (next, link) in g.outgoing(here).iter() {
                if self.seen[next as usize] == generation
                    || g.link_support(link) < floor
                    || !(all || filter.allows_facts(g.link_facts(link)))
                {
                    continue;
                }
                self.seen[next as usize] = generation;
                self.depth[next as usize] = d + 1;
                self.parent[next as usize] = (here, link);
                if self.targets[next as usize] {
                    return Some(self.trace(start, next));
                }
                self.queue.push_back(next);
            }
        }
        None
    }

    /// Follows parents back from `end` to `start`.
    fn trace(&self, start: u32, end: u32) -> (Vec<u32>, Vec<u32>) {
        trace(|n| self.parent[n as usize], |n| n == start, end)
    }
}

/// Follows `parent` back from `end` to the first node that `is_start`: the nodes and
/// links, first to last.
pub(super) fn trace(
    parent: impl Fn(u32) -> (u32, u32),
    is_start: impl Fn(u32) -> bool,
    end: u32,
) -> (Vec<u32>, Vec<u32>) {
    let (mut nodes, mut links) = (vec![end], Vec::new());
    let mut here = end;
    while !is_start(here) {
        let (prev, link) = parent(here);
        nodes.push(prev);
        links.push(link);
        here = prev;
    }
    nodes.reverse();
    links.reverse();
    (nodes, links)
}

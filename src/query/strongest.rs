//! [`MechanismGraph::strongest_pathway`]: the best-evidenced pathway, found exactly.

use std::collections::VecDeque;

use super::{PathQuery, Pathway};
use crate::{Error, ErrorKind, MechanismGraph, Result};

impl MechanismGraph {
    /// The strongest pathway from a `from` to a `to` mechanism within `max_hops`: the one
    /// whose weakest link has the most support ([`Pathway::strength`]), then the one with
    /// fewest links, then the first by ids.
    ///
    /// Support is the evidence behind a link (reported publications, else distinct
    /// supporting studies; see [`Evidence::support`](crate::model::Evidence::support)). The
    /// weakest-link rule ranks a pathway by its least-evidenced step, so a single
    /// unsupported inference cannot hide behind well-supported neighbours.
    ///
    /// # Arguments
    ///
    /// * `query`: start and end sets, `max_hops` and link filter; `max_paths` and
    ///   `max_steps` do not apply (the search is polynomial).
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
    /// O(s · (V + E) · log E) for s start mechanisms: a binary search over support
    /// thresholds, each tested by a breadth-first search per start.
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
        let mut thresholds: Vec<u32> = self
            .links()
            .iter()
            .filter(|l| query.filter.allows(l))
            .map(|l| l.support())
            .collect();
        thresholds.sort_unstable();
        thresholds.dedup();
        let search = |floor: u32| {
            Bfs {
                g: self,
                query,
                floor,
                targets: &r.targets,
            }
            .best_from(&r.starts)
        };
        // Largest threshold that still connects the sets (feasibility is monotone).
        let (mut lo, mut hi) = (0, thresholds.len());
        if hi == 0 || search(thresholds[0]).is_none() {
            return Ok(None);
        }
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if search(thresholds[mid]).is_some() {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Ok(
            search(thresholds[lo])
                .map(|(nodes, links)| Pathway::from_indices(self, &nodes, &links)),
        )
    }
}

/// Breadth-first search over links with support ≥ `floor`.
struct Bfs<'a> {
    g: &'a MechanismGraph,
    query: &'a PathQuery,
    floor: u32,
    targets: &'a [bool],
}

impl Bfs<'_> {
    /// The best (fewest links, then first by ids) pathway from any start.
    fn best_from(&self, starts: &[u32]) -> Option<(Vec<u32>, Vec<u32>)> {
        starts.iter().filter_map(|&s| self.from(s)).min_by(|a, b| {
            a.0.len().cmp(&b.0.len()).then_with(|| {
                let ra = a.0.iter().map(|&n| self.g.rank(n));
                let rb = b.0.iter().map(|&n| self.g.rank(n));
                ra.cmp(rb)
            })
        })
    }

    /// The first target discovered from `start`. Neighbours are visited in id order, so
    /// discovery order is (links, ids) order and the first target found is the best.
    fn from(&self, start: u32) -> Option<(Vec<u32>, Vec<u32>)> {
        let g = self.g;
        let mut parent: Vec<Option<(u32, u32)>> = vec![None; g.mechanism_count()];
        let mut depth = vec![usize::MAX; g.mechanism_count()];
        depth[start as usize] = 0;
        let mut queue = VecDeque::from([start]);
        while let Some(here) = queue.pop_front() {
            if depth[here as usize] >= self.query.max_hops {
                continue;
            }
            for &(next, link) in g.outgoing(here) {
                let l = g.link_at(link);
                if depth[next as usize] != usize::MAX
                    || l.support() < self.floor
                    || !self.query.filter.allows(l)
                {
                    continue;
                }
                depth[next as usize] = depth[here as usize] + 1;
                parent[next as usize] = Some((here, link));
                if self.targets[next as usize] {
                    return Some(trace(&parent, next));
                }
                queue.push_back(next);
            }
        }
        None
    }
}

/// Follows parents back from `end` to the start.
fn trace(parent: &[Option<(u32, u32)>], end: u32) -> (Vec<u32>, Vec<u32>) {
    let (mut nodes, mut links) = (vec![end], Vec::new());
    let mut here = end;
    while let Some((prev, link)) = parent[here as usize] {
        nodes.push(prev);
        links.push(link);
        here = prev;
    }
    nodes.reverse();
    links.reverse();
    (nodes, links)
}

//! [`MechanismGraph::downstream`] and [`MechanismGraph::upstream`]: what a mechanism
//! reaches, and what reaches it, with distances.

use super::LinkFilter;
use crate::{MechanismGraph, MechanismId, Result};

/// Options for [`downstream`](MechanismGraph::downstream) and
/// [`upstream`](MechanismGraph::upstream): an optional hop limit and a link filter. The
/// default follows every link with no limit (breadth-first search is linear, so no bound is
/// needed).
///
/// # Example
///
/// ```
/// use isp_moc::query::{LinkFilter, Reach};
/// let r = Reach::all().max_hops(2).filter(LinkFilter::all().text_only());
/// let g = isp_moc::catalog::figure2();
/// let near = g.downstream("trust", r)?;
/// assert!(near.iter().all(|m| m.distance <= 2));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Reach {
    max_hops: Option<usize>,
    filter: LinkFilter,
}

impl Reach {
    /// Every link, no hop limit.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::query::Reach::all(), isp_moc::query::Reach::default());
    /// ```
    pub fn all() -> Self {
        Reach::default()
    }

    /// Stops at `max_hops` links from the start.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::Reach;
    /// let g = isp_moc::catalog::figure2();
    /// let one = g.downstream("trust", Reach::all().max_hops(1))?;
    /// assert!(one.iter().all(|m| m.distance == 1));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn max_hops(mut self, max_hops: usize) -> Self {
        self.max_hops = Some(max_hops);
        self
    }

    /// Follows only the links `filter` allows.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Relation;
    /// use isp_moc::query::{LinkFilter, Reach};
    /// let g = isp_moc::catalog::figure2();
    /// let via_moderation = g.downstream("leadership_support",
    ///     Reach::all().filter(LinkFilter::all().relations(&[Relation::Moderates])))?;
    /// assert!(via_moderation.iter().all(|m| m.distance == 1));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn filter(mut self, filter: LinkFilter) -> Self {
        self.filter = filter;
        self
    }
}

/// A mechanism reached by [`downstream`](MechanismGraph::downstream) or
/// [`upstream`](MechanismGraph::upstream), with its distance in links.
///
/// It borrows the id from the graph (as [`links_moderated_by`](MechanismGraph::links_moderated_by)
/// borrows links): a large answer copies no id per mechanism.
/// `id.clone()` gives an owned id.
///
/// # Example
///
/// ```
/// use isp_moc::query::Reach;
/// let g = isp_moc::catalog::figure2();
/// let up = g.upstream("self_efficacy", Reach::all())?;
/// assert_eq!((up[0].distance, up[0].id.as_str()), (1, "isp_attitudes"));
/// // owned, to keep beyond the graph
/// let owned: Vec<isp_moc::MechanismId> = up.iter().map(|r| r.id.clone()).collect();
/// assert_eq!(owned.len(), up.len());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Reached<'g> {
    /// Fewest links between the start and this mechanism.
    pub distance: usize,
    /// The mechanism reached.
    pub id: &'g MechanismId,
}

#[derive(Clone, Copy)]
enum Direction {
    Down,
    Up,
}

impl MechanismGraph {
    /// Every mechanism reachable from `id` along links, with its distance; the start is not
    /// listed. Sorted by distance, then id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id.
    ///
    /// # Complexity
    ///
    /// O(V + E) time (breadth-first search), plus sorting what is reached; memory O(V):
    /// a distance and a queue slot per mechanism, and the answer.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::Reach;
    /// let g = isp_moc::catalog::figure2();
    /// let down = g.downstream("meaningful_learning", Reach::all())?;
    /// let ids: Vec<(&str, usize)> = down.iter().map(|m| (m.id.as_str(), m.distance)).collect();
    /// assert_eq!(ids, [("implementation_behaviour", 1), ("self_efficacy", 1)]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn downstream(&self, id: &str, reach: Reach) -> Result<Vec<Reached<'_>>> {
        self.reach(id, reach, Direction::Down)
    }

    /// Every mechanism from which `id` can be reached, with its distance; the start is not
    /// listed. Sorted by distance, then id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownMechanism`](crate::ErrorKind::UnknownMechanism) for an unknown id.
    ///
    /// # Complexity
    ///
    /// O(V + E) time (breadth-first search against the links), plus sorting what is
    /// reached; memory O(V), as [`downstream`](Self::downstream).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::Reach;
    /// let g = isp_moc::catalog::figure2();
    /// let up = g.upstream("self_efficacy", Reach::all().max_hops(1))?;
    /// let ids: Vec<&str> = up.iter().map(|m| m.id.as_str()).collect();
    /// assert_eq!(ids, ["isp_attitudes", "meaningful_learning"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn upstream(&self, id: &str, reach: Reach) -> Result<Vec<Reached<'_>>> {
        self.reach(id, reach, Direction::Up)
    }

    fn reach(&self, id: &str, reach: Reach, direction: Direction) -> Result<Vec<Reached<'_>>> {
        let start = self.node(id)?;
        let limit = reach.max_hops.unwrap_or(usize::MAX);
        let filter = reach.filter;
        let all = filter.is_all();
        let mut distance = vec![u32::MAX; self.mechanism_count()];
        distance[start as usize] = 0;
        // the queue: nodes in the order reached (so by distance), the start first; sized
        // for the worst case once (untouched capacity costs no memory)
        let mut order = Vec::with_capacity(self.mechanism_count());
        order.push(start);
        let mut head = 0;
        while let Some(&here) = order.get(head) {
            head += 1;
            let d = distance[here as usize];
            if d as usize >= limit {
                continue;
            }
            if all {
                // no link to test: the neighbours alone
                let neighbours = match direction {
                    Direction::Down => self.outgoing(here).nodes(),
                    Direction::Up => self.incoming(here).nodes(),
                };
                for &next in neighbours {
                    if distance[next as usize] == u32::MAX {
                        distance[next as usize] = d + 1;
                        order.push(next);
                    }
                }
                continue;
            }
            let neighbours = match direction {
                Direction::Down => self.outgoing(here),
                Direction::Up => self.incoming(here),
            };
            for (next, link) in neighbours.iter() {
                if distance[next as usize] == u32::MAX && filter.allows_facts(self.link_facts(link))
                {
                    distance[next as usize] = d + 1;
                    order.push(next);
                }
            }
        }
        let reached = &mut order[1..];
        self.order_by_distance_then_id(reached, &distance);
        Ok(reached
            .iter()
            .map(|&n| Reached {
                distance: distance[n as usize] as usize,
                id: &self.mechanism_at(n).id,
            })
            .collect())
    }

    /// Orders the reached nodes (in breadth-first order, so by distance) by distance,
    /// then id. When they are a good share of the graph, one pass over the nodes in id
    /// order places them by distance without comparing anything; otherwise they are
    /// sorted.
    fn order_by_distance_then_id(&self, reached: &mut [u32], distance: &[u32]) {
        let Some(&last) = reached.last() else {
            return;
        };
        if reached.len() * 8 < self.mechanism_count() {
            let ranks = self.ranks();
            reached.sort_unstable_by_key(|&n| (distance[n as usize], ranks[n as usize]));
            return;
        }
        // next[d]: where the next node at distance d goes (breadth-first order puts the
        // farthest last)
        let mut next = vec![0usize; distance[last as usize] as usize + 1];
        for &n in reached.iter() {
            next[distance[n as usize] as usize] += 1;
        }
        let mut start = 0;
        for slot in &mut next {
            (start, *slot) = (start + *slot, start);
        }
        // `reached` is rewritten in place: the pass reads distances, not `reached`
        for &n in self.in_id_order() {
            match distance[n as usize] {
                0 | u32::MAX => {}
                d => {
                    let slot = &mut next[d as usize];
                    reached[*slot] = n;
                    *slot += 1;
                }
            }
        }
    }
}

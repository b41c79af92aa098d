//! The weight ranking of [`strongest_pathway`](crate::MechanismGraph::strongest_pathway):
//! the pathway with the largest product of link weights, as the shortest pathway on costs
//! `-ln w` (every cost is finite and non-negative: only weights in (0, 1] are followed).
//!
//! Dijkstra from the starts finds the lightest pathway regardless of length; when it has
//! more than `max_hops` links, a hop-bounded Bellman-Ford (one round per link allowed)
//! finds the lightest within the bound. Both are iterative. Ties in cost go to fewer links.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use super::PathQuery;
use crate::MechanismGraph;

/// A found pathway: node and link indices.
type Found = (Vec<u32>, Vec<u32>);

/// The best pathway from any start to any target under the weight ranking.
pub(super) fn max_product(
    g: &MechanismGraph,
    query: &PathQuery,
    starts: &[u32],
    targets: &[bool],
) -> Option<Found> {
    // A start that is also a target must not end a pathway that began at itself: search
    // from each start on its own then.
    let groups: Vec<&[u32]> = if starts.iter().any(|&s| targets[s as usize]) {
        starts.chunks(1).collect()
    } else {
        vec![starts]
    };
    let mut best: Option<(Arrival, Found)> = None;
    let mut search = Search::new(g, query, targets);
    for group in groups {
        let mut found = search.dijkstra(group);
        if let Some((arrival, path)) = &found {
            if path.1.len() > query.max_hops {
                found = search.bounded(group);
            } else {
                found = Some((*arrival, path.clone()));
            }
        }
        if let Some((arrival, path)) = found {
            if best.as_ref().is_none_or(|(b, _)| arrival.key() < b.key()) {
                best = Some((arrival, path));
            }
        }
    }
    best.map(|(_, path)| path)
}

/// The cost and length of a pathway arriving at a target.
#[derive(Clone, Copy)]
struct Arrival {
    cost: f64,
    hops: u32,
}

impl Arrival {
    fn key(self) -> (Cost, u32) {
        (Cost(self.cost), self.hops)
    }
}

/// A finite, non-negative cost, totally ordered.
#[derive(Clone, Copy, PartialEq)]
struct Cost(f64);

impl Eq for Cost {}

impl PartialOrd for Cost {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Cost {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

struct Search<'a> {
    g: &'a MechanismGraph,
    query: &'a PathQuery,
    targets: &'a [bool],
    cost: Vec<f64>,
    hops: Vec<u32>,
    parent: Vec<(u32, u32)>,
}

impl<'a> Search<'a> {
    fn new(g: &'a MechanismGraph, query: &'a PathQuery, targets: &'a [bool]) -> Self {
        let n = g.mechanism_count();
        Search {
            g,
            query,
            targets,
            cost: vec![f64::INFINITY; n],
            hops: vec![0; n],
            parent: vec![(0, 0); n],
        }
    }

    /// The links a search may follow from `here`, with their costs.
    fn links(&self, here: u32) -> impl Iterator<Item = (u32, u32, f64)> + 'a {
        let (g, filter) = (self.g, self.query.filter);
        let all = filter.is_all();
        g.outgoing(here).iter().filter_map(move |(next, link)| {
            let c = g.link_cost(link);
            (c.is_finite() && (all || filter.allows_facts(g.link_facts(link))))
                .then_some((next, link, c))
        })
    }

    /// Dijkstra from `starts` (ignoring `max_hops`): the lightest pathway to a target.
    fn dijkstra(&mut self, starts: &[u32]) -> Option<(Arrival, Found)> {
        self.cost.fill(f64::INFINITY);
        let mut heap = BinaryHeap::new();
        for &s in starts {
            self.cost[s as usize] = 0.0;
            self.hops[s as usize] = 0;
            heap.push(Reverse((Cost(0.0), 0u32, self.g.rank(s), s)));
        }
        let mut best: Option<(Arrival, u32, u32)> = None;
        while let Some(Reverse((Cost(c), h, _, here))) = heap.pop() {
            if let Some((b, _, _)) = best {
                if (Cost(c), h) >= b.key() {
                    break;
                }
            }
            if (Cost(c), h) != (Cost(self.cost[here as usize]), self.hops[here as usize]) {
                continue; // a stale entry
            }
            for (next, link, lc) in self.links(here) {
                let (nc, nh) = (c + lc, h + 1);
                if self.targets[next as usize] && !starts.contains(&next) {
                    let arrival = Arrival { cost: nc, hops: nh };
                    if best.is_none_or(|(b, _, _)| arrival.key() < b.key()) {
                        best = Some((arrival, here, link));
                    }
                }
                let n = next as usize;
                if (Cost(nc), nh) < (Cost(self.cost[n]), self.hops[n]) {
                    self.cost[n] = nc;
                    self.hops[n] = nh;
                    self.parent[n] = (here, link);
                    heap.push(Reverse((Cost(nc), nh, self.g.rank(next), next)));
                }
            }
        }
        let (arrival, last, link) = best?;
        let (mut nodes, mut links) = super::strongest::trace(
            |n| self.parent[n as usize],
            |n| self.hops[n as usize] == 0,
            last,
        );
        nodes.push(self.g.link_end(link));
        links.push(link);
        Some((arrival, (nodes, links)))
    }

    /// Hop-bounded Bellman-Ford from `starts`: the lightest pathway with at most
    /// `max_hops` links. Round k relaxes the links out of the mechanisms whose cost
    /// improved in round k - 1; each round's improvements are kept to trace the answer.
    fn bounded(&mut self, starts: &[u32]) -> Option<(Arrival, Found)> {
        self.cost.fill(f64::INFINITY);
        let mut frontier: Vec<(u32, f64)> = starts.iter().map(|&s| (s, 0.0)).collect();
        for &s in starts {
            self.cost[s as usize] = 0.0;
        }
        // rounds[k - 1]: (node, parent, link) of each improvement in round k, by node
        let mut rounds: Vec<Vec<(u32, u32, u32)>> = Vec::new();
        let mut best: Option<(Arrival, u32, u32)> = None;
        let mut round = 0u32;
        while !frontier.is_empty() && (round as usize) < self.query.max_hops {
            round += 1;
            let mut improved = Vec::new();
            for &(here, c) in &frontier {
                for (next, link, lc) in self.links(here) {
                    let nc = c + lc;
                    if self.targets[next as usize] && !starts.contains(&next) {
                        let arrival = Arrival {
                            cost: nc,
                            hops: round,
                        };
                        if best.is_none_or(|(b, _, _)| arrival.key() < b.key()) {
                            best = Some((arrival, here, link));
                        }
                    }
                    if nc < self.cost[next as usize] {
                        self.cost[next as usize] = nc;
                        improved.push((next, here, link));
                    }
                }
            }
            // keep each node's last improvement of the round
            improved.reverse();
            improved.sort_by_key(|&(n, _, _)| n);
            improved.dedup_by_key(|&mut (n, _, _)| n);
            frontier = improved
                .iter()
                .map(|&(n, _, _)| (n, self.cost[n as usize]))
                .collect();
            rounds.push(improved);
        }
        let (arrival, last, link) = best?;
        // `last` was improved in round hops - 1, its parent in the round before, ...
        let (mut nodes, mut links) = (vec![self.g.link_end(link), last], vec![link]);
        let mut here = last;
        for k in (1..arrival.hops).rev() {
            let list = &rounds[k as usize - 1];
            let i = list.binary_search_by_key(&here, |&(n, _, _)| n).ok()?;
            let (_, prev, l) = list[i];
            nodes.push(prev);
            links.push(l);
            here = prev;
        }
        nodes.reverse();
        links.reverse();
        Some((arrival, (nodes, links)))
    }
}

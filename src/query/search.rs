//! The bounded depth-first engine behind pathway and feedback-loop enumeration.
//!
//! It walks simple paths in lexicographic id order (neighbour lists are pre-sorted by id),
//! counts every link it examines as one *step*, and stops at a step budget, so no query can
//! run unbounded however dense the model. Result sets are capped by the caller; when a cap
//! or the budget cuts a search short, [`enumerate`] reruns it by increasing length
//! (iterative deepening) so that what it returns is always the *first* items in result
//! order: shortest first, then by ids.

use std::ops::ControlFlow;

use super::LinkFilter;
use crate::MechanismGraph;

/// Where a walk from a given start may end.
pub(crate) enum Goal<'a> {
    /// At any node whose mask entry is true (pathways).
    Targets(&'a [bool]),
    /// Back at the start node (feedback loops); only nodes ranked above the start may be
    /// visited, so each cycle is found once, from its smallest id.
    BackToStart,
}

/// Limits for one enumeration.
#[derive(Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) max_hops: usize,
    pub(crate) max_items: usize,
    pub(crate) max_steps: u64,
}

/// A found path: node indices and the link indices between them, in one allocation
/// (the nodes, then the links).
pub(crate) struct Found {
    indices: Vec<u32>,
    nodes: usize,
}

impl Found {
    /// The nodes along the path (for a loop, without the start repeated).
    pub(crate) fn nodes(&self) -> &[u32] {
        self.indices.get(..self.nodes).unwrap_or_default()
    }

    /// The path's buffer, the nodes then the links, and the number of nodes.
    pub(crate) fn into_parts(self) -> (Vec<u32>, usize) {
        (self.indices, self.nodes)
    }
}

/// What an enumeration returns.
pub(crate) struct Enumeration {
    pub(crate) found: Vec<Found>,
    pub(crate) truncated: bool,
    pub(crate) steps: u64,
}

/// Enumerates paths from `starts` (in the given order) to `goal`, with at most
/// `limits.max_hops` links, keeping those `accept` approves, sorted by (hops, ids).
///
/// If there are more than `max_items`, or the step budget runs out, `truncated` is set and
/// the result is the first items in that order that a depth-by-depth rerun (with a fresh
/// budget) can establish.
pub(crate) fn enumerate(
    g: &MechanismGraph,
    filter: LinkFilter,
    starts: &[u32],
    goal: &Goal<'_>,
    limits: Limits,
    accept: &dyn Fn(&[u32]) -> bool,
) -> Enumeration {
    let mut walk = Walk::new(g, filter, limits.max_steps);
    let mut found = Vec::new();
    let complete = walk.run_all(starts, goal, 1, limits.max_hops, &mut |f| {
        if accept(f.nodes()) {
            found.push(f);
        }
        if found.len() > limits.max_items {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    if complete {
        sort(g, &mut found);
        return Enumeration {
            found,
            truncated: false,
            steps: walk.steps,
        };
    }
    // Cut short: rerun depth by depth so the items kept are the first in result order.
    let first_steps = walk.steps;
    let mut walk = Walk::new(g, filter, limits.max_steps);
    found.clear();
    for hops in 1..=limits.max_hops {
        let mut level = Vec::new();
        let complete = walk.run_all(starts, goal, hops, hops, &mut |f| {
            if accept(f.nodes()) {
                level.push(f);
            }
            if found.len() + level.len() >= limits.max_items {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        sort(g, &mut level);
        found.extend(level);
        if !complete {
            break;
        }
    }
    found.truncate(limits.max_items);
    Enumeration {
        found,
        truncated: true,
        steps: first_steps + walk.steps,
    }
}

/// Puts found paths in result order: fewest nodes, then by ids. The walk already emits
/// them by ids (starts and neighbours in id order, a path before its extensions, so in
/// lexicographic order of id ranks), so a stable sort by length is enough.
fn sort(g: &MechanismGraph, found: &mut [Found]) {
    found.sort_by_key(|f| f.nodes);
    debug_assert!(found.is_sorted_by(|a, b| {
        let ra = a.nodes().iter().map(|&n| g.rank(n));
        let rb = b.nodes().iter().map(|&n| g.rank(n));
        a.nodes.cmp(&b.nodes).then_with(|| ra.cmp(rb)).is_le()
    }));
}

/// A depth-first walk over simple paths, iterative: the path and, per node on it, the
/// position of the next neighbour to try are explicit stacks, so no walk recurses
/// whatever `max_hops` is. Memory: O(V) for the on-path marks, O(max_hops) for the stacks.
struct Walk<'g> {
    g: &'g MechanismGraph,
    filter: LinkFilter,
    all: bool,
    on_path: Vec<bool>,
    nodes: Vec<u32>,
    links: Vec<u32>,
    /// For each node on the path, the index of its next neighbour to examine.
    next: Vec<usize>,
    steps: u64,
    max_steps: u64,
}

impl<'g> Walk<'g> {
    fn new(g: &'g MechanismGraph, filter: LinkFilter, max_steps: u64) -> Self {
        Walk {
            g,
            filter,
            all: filter.is_all(),
            on_path: vec![false; g.mechanism_count()],
            nodes: Vec::new(),
            links: Vec::new(),
            next: Vec::new(),
            steps: 0,
            max_steps,
        }
    }

    /// Walks from every start; reports paths of `min_hops..=max_hops` links. Returns true
    /// when the walk completed (neither the budget nor `emit` stopped it).
    fn run_all(
        &mut self,
        starts: &[u32],
        goal: &Goal<'_>,
        min_hops: usize,
        max_hops: usize,
        emit: &mut dyn FnMut(Found) -> ControlFlow<()>,
    ) -> bool {
        for &s in starts {
            let flow = self.walk_from(s, goal, min_hops, max_hops, emit);
            // leave the marks clean whether or not the walk was cut short
            for &n in &self.nodes {
                self.on_path[n as usize] = false;
            }
            self.nodes.clear();
            self.links.clear();
            self.next.clear();
            if flow.is_break() {
                return false;
            }
        }
        true
    }

    fn walk_from(
        &mut self,
        start: u32,
        goal: &Goal<'_>,
        min_hops: usize,
        max_hops: usize,
        emit: &mut dyn FnMut(Found) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let g = self.g;
        self.nodes.push(start);
        self.next.push(0);
        self.on_path[start as usize] = true;
        while let (Some(&here), Some(&i)) = (self.nodes.last(), self.next.last()) {
            let Some((next, link)) = g.outgoing(here).get(i) else {
                // every neighbour tried: step back
                self.on_path[here as usize] = false;
                self.nodes.pop();
                self.next.pop();
                self.links.pop();
                continue;
            };
            if let Some(slot) = self.next.last_mut() {
                *slot += 1;
            }
            self.steps += 1;
            if self.steps > self.max_steps {
                return ControlFlow::Break(());
            }
            if !(self.all || self.filter.allows_facts(g.link_facts(link))) {
                continue;
            }
            let hops = self.links.len() + 1;
            let free = !self.on_path[next as usize];
            let (ends_here, may_enter) = match goal {
                Goal::Targets(mask) => (free && mask[next as usize], free),
                Goal::BackToStart => (next == start, free && g.rank(next) > g.rank(start)),
            };
            if ends_here && hops >= min_hops {
                let nodes = self.nodes.len() + usize::from(free);
                let mut indices = Vec::with_capacity(nodes + hops);
                indices.extend_from_slice(&self.nodes);
                if free {
                    indices.push(next);
                }
                indices.extend_from_slice(&self.links);
                indices.push(link);
                emit(Found { indices, nodes })?;
            }
            if may_enter && hops < max_hops {
                self.on_path[next as usize] = true;
                self.nodes.push(next);
                self.next.push(0);
                self.links.push(link);
            }
        }
        ControlFlow::Continue(())
    }
}

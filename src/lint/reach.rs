//! Reachability over causal links, and one example route through a link: breadth-first
//! searches, each linear in the size of the model.
//!
//! Neighbour lists are sorted by id, so every search (and every example route) comes out
//! the same way each run.

use std::collections::VecDeque;

use crate::model::MechanismKind;
use crate::MechanismGraph;

/// Which way a search follows links.
#[derive(Clone, Copy)]
enum Direction {
    /// From source to target.
    Forward,
    /// From target to source.
    Backward,
}

fn is_kind(g: &MechanismGraph, node: u32, kind: MechanismKind) -> bool {
    g.mechanism_at(node).kind() == kind
}

/// The `(neighbour, link)` pairs a search may take from `node`: causal links only.
fn causal_steps(
    g: &MechanismGraph,
    node: u32,
    direction: Direction,
) -> impl Iterator<Item = u32> + '_ {
    let pairs = match direction {
        Direction::Forward => g.outgoing(node),
        Direction::Backward => g.incoming(node),
    };
    pairs
        .iter()
        .filter(move |&(_, link)| g.link_at(link).relation.is_causal())
        .map(|(next, _)| next)
}

/// Marks every node reached from a node of `kind` (those included), following causal
/// links in `direction`.
fn closure(g: &MechanismGraph, kind: MechanismKind, direction: Direction) -> Vec<bool> {
    let n = g.mechanism_count();
    let mut seen = vec![false; n];
    let mut queue = VecDeque::new();
    for node in 0..n as u32 {
        if is_kind(g, node, kind) && mark(&mut seen, node) {
            queue.push_back(node);
        }
    }
    while let Some(node) = queue.pop_front() {
        for next in causal_steps(g, node, direction) {
            if mark(&mut seen, next) {
                queue.push_back(next);
            }
        }
    }
    seen
}

/// Marks `node`; true when it was not marked yet (false too for a node out of range).
fn mark(marks: &mut [bool], node: u32) -> bool {
    match marks.get_mut(node as usize) {
        Some(m) if !*m => {
            *m = true;
            true
        }
        _ => false,
    }
}

/// True when `node` is marked.
fn is_marked(marks: &[bool], node: u32) -> bool {
    marks.get(node as usize).copied().unwrap_or(false)
}

/// Per node: does some resource reach it over causal links? (Resources reach themselves.)
pub(super) fn reached_from_resources(g: &MechanismGraph) -> Vec<bool> {
    closure(g, MechanismKind::Resource, Direction::Forward)
}

/// Per node: does it reach some outcome over causal links? (Outcomes reach themselves.)
pub(super) fn reaching_outcomes(g: &MechanismGraph) -> Vec<bool> {
    closure(g, MechanismKind::Outcome, Direction::Backward)
}

/// The shortest causal walk from `start` to the nearest node `goal` accepts, entering no
/// `blocked` node, as nodes in the order walked (`start` first). Ties go to the smaller id
/// at each step.
fn shortest(
    g: &MechanismGraph,
    start: u32,
    goal: &dyn Fn(u32) -> bool,
    direction: Direction,
    blocked: &[bool],
) -> Option<Vec<u32>> {
    const NONE: u32 = u32::MAX;
    let n = g.mechanism_count();
    let mut previous = vec![NONE; n];
    let mut seen = vec![false; n];
    let mut queue = VecDeque::from([start]);
    mark(&mut seen, start);
    while let Some(node) = queue.pop_front() {
        if goal(node) {
            let mut walk = vec![node];
            let mut at = node;
            while let Some(&back) = previous.get(at as usize).filter(|&&p| p != NONE) {
                at = back;
                walk.push(at);
            }
            walk.reverse();
            return Some(walk);
        }
        for next in causal_steps(g, node, direction) {
            if !is_marked(blocked, next) && mark(&mut seen, next) {
                if let Some(p) = previous.get_mut(next as usize) {
                    *p = node;
                }
                queue.push_back(next);
            }
        }
    }
    None
}

/// Which half of a route through a link is found first; the other avoids it.
#[derive(Clone, Copy)]
enum First {
    /// The way in, from a resource to the link's source.
    Head,
    /// The way out, from the link's target to an outcome.
    Tail,
}

/// A simple route (no mechanism twice) from a resource to an outcome over causal links that
/// takes the link `from -> to`, as nodes from the resource to the outcome.
///
/// Deciding whether any such route exists is NP-complete in a graph with cycles (it
/// contains the two-disjoint-paths problem), so this builds one from two shortest walks,
/// the second kept off the first: the way in from the nearest resource, then a way out to
/// an outcome; failing that, the way out to the nearest outcome, then a way in. That is
/// four breadth-first searches, linear each. Without cycles the first attempt always
/// succeeds when a route exists; with cycles both may fail although a route exists (on
/// small random models with cycles, about one such link in ten thousand), and then `None`
/// is returned. Anything returned is a true route.
pub(super) fn route_through(g: &MechanismGraph, from: u32, to: u32) -> Option<Vec<u32>> {
    let is = |kind| move |node: u32| is_kind(g, node, kind);
    let (resource, outcome) = (is(MechanismKind::Resource), is(MechanismKind::Outcome));
    attempt(g, from, to, First::Head, &resource, &outcome)
        .or_else(|| attempt(g, from, to, First::Tail, &resource, &outcome))
}

/// One attempt of [`route_through`]: the `first` half by the shortest walk (the head not
/// through `to`, the tail not through `from`), then the other half by the shortest walk
/// that avoids it.
fn attempt(
    g: &MechanismGraph,
    from: u32,
    to: u32,
    first: First,
    head_goal: &dyn Fn(u32) -> bool,
    tail_goal: &dyn Fn(u32) -> bool,
) -> Option<Vec<u32>> {
    let n = g.mechanism_count();
    let head = |blocked: &[bool]| {
        // walked backward, from `from` to the resource: turn it round
        shortest(g, from, head_goal, Direction::Backward, blocked).map(|mut walk| {
            walk.reverse();
            walk
        })
    };
    let tail = |blocked: &[bool]| shortest(g, to, tail_goal, Direction::Forward, blocked);
    let avoiding = |nodes: &[u32]| {
        let mut blocked = vec![false; n];
        for &node in nodes {
            mark(&mut blocked, node);
        }
        blocked
    };
    let (head, tail) = match first {
        First::Head => {
            let head = head(&avoiding(&[to]))?;
            let tail = tail(&avoiding(&head))?;
            (head, tail)
        }
        First::Tail => {
            let tail = tail(&avoiding(&[from]))?;
            let head = head(&avoiding(&tail))?;
            (head, tail)
        }
    };
    Some(head.into_iter().chain(tail).collect())
}

//! The rank layout: places mechanisms by the model's own causal structure.
//!
//! 1. **Feedback.** A depth-first walk over the causal links (`leads_to`, `precondition`)
//!    between shown elements other than context factors starts from the resources, then
//!    from the elements no causal link reaches, then from any element not yet visited,
//!    each group in declaration order, following links in declaration order, but not the
//!    links that leave an outcome. A link to an element still on the walk's path closes a
//!    cycle: it is a *feedback* link and does not count for the ranks. Then each link
//!    leaving an outcome, in declaration order, is feedback when its target leads back to
//!    the outcome by the links kept so far: a loop through an outcome is broken at the
//!    outcome's own link (outcome → reasoning feedback, as the review draws it), not at
//!    whichever link the walk met last. What remains is acyclic.
//! 2. **Ranks.** Each element's rank is the length of the longest chain of remaining causal
//!    links leading to it (sources, such as the resources, have rank 0).
//! 3. **Other sources.** An element that is not a resource and that no causal link reaches,
//!    or only a feedback link (a response an outcome feeds back to), goes one rank before
//!    the first element it leads to, next to what it acts on. The resources keep the first
//!    rank to themselves: if another element that leads somewhere would share it, every
//!    element after the resources moves one rank on.
//! 4. **Context.** Each shown context factor goes one rank before the first element it
//!    conditions (a factor conditioning nothing shown goes to the first rank); then every
//!    rank is shifted so the first is 0.
//!
//! Deterministic (declaration order only), no recursion; linear in the size of the model
//! plus one walk per link leaving an outcome.

use crate::model::{Mechanism, MechanismKind};
use crate::MechanismGraph;

/// The mechanisms by rank, and which links close a feedback loop.
pub(super) struct Ranked<'g> {
    /// The shown mechanisms of each rank, in declaration order; no rank is empty.
    pub(super) ranks: Vec<Vec<&'g Mechanism>>,
    /// Per link of the graph (declaration order): true when it closes a feedback loop.
    pub(super) feedback: Vec<bool>,
}

/// Ranks the `shown` mechanisms of `graph`.
pub(super) fn rank<'g>(
    graph: &'g MechanismGraph,
    shown: impl Fn(&Mechanism) -> bool,
) -> Ranked<'g> {
    let mechanisms = graph.mechanisms();
    let n = mechanisms.len();
    let visible: Vec<bool> = mechanisms.iter().map(&shown).collect();
    let has_kind =
        |i: usize, kind: MechanismKind| mechanisms.get(i).is_some_and(|m| m.kind() == kind);
    let is_context = |i: usize| has_kind(i, MechanismKind::Context);
    let is_outcome = |i: usize| has_kind(i, MechanismKind::Outcome);
    // The causal links between shown non-context elements, per source, in declaration
    // order; and the shown targets of each context factor.
    let mut out: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    let mut conditions: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut reached = vec![false; n];
    for (l, link) in graph.links().iter().enumerate() {
        let (Ok(from), Ok(to)) = (graph.node(link.from.as_str()), graph.node(link.to.as_str()))
        else {
            continue;
        };
        let (from, to) = (from as usize, to as usize);
        if !(at(&visible, from) && at(&visible, to)) {
            continue;
        }
        if is_context(from) {
            if let Some(targets) = conditions.get_mut(from) {
                targets.push(to);
            }
        } else if link.relation.is_causal() && !is_context(to) {
            if let Some(edges) = out.get_mut(from) {
                edges.push((l, to));
            }
            set(&mut reached, to, true);
        }
    }
    let edges = |i: usize| out.get(i).map_or(&[][..], Vec::as_slice);

    // 1. Feedback links, by an iterative depth-first walk.
    let mut feedback = vec![false; graph.links().len()];
    let candidates = |i: &usize| at(&visible, *i) && !is_context(*i);
    let roots = (0..n)
        .filter(candidates)
        .filter(|&i| has_kind(i, MechanismKind::Resource))
        .chain((0..n).filter(candidates).filter(|&i| !at(&reached, i)))
        .chain((0..n).filter(candidates));
    #[derive(Clone, Copy, PartialEq, Default)]
    enum State {
        #[default]
        New,
        OnPath,
        Done,
    }
    let mut state = vec![State::New; n];
    let mut path: Vec<(usize, usize)> = Vec::new(); // (element, next link to follow)
    for root in roots {
        if at(&state, root) != State::New {
            continue;
        }
        set(&mut state, root, State::OnPath);
        path.push((root, 0));
        while let Some(top) = path.last_mut() {
            let (node, next) = *top;
            if let Some(&(l, to)) = edges(node).get(next) {
                top.1 += 1;
                if is_outcome(node) {
                    continue; // decided below, once the rest is walked
                }
                match at(&state, to) {
                    State::New => {
                        set(&mut state, to, State::OnPath);
                        path.push((to, 0));
                    }
                    State::OnPath => set(&mut feedback, l, true),
                    State::Done => {}
                }
            } else {
                set(&mut state, node, State::Done);
                path.pop();
            }
        }
    }

    // Links leaving an outcome, in declaration order: feedback when the target leads back
    // to the outcome over the links kept so far (those not feedback, and the outcome links
    // already kept), so that what is kept stays acyclic.
    let mut kept_from_outcome = vec![false; graph.links().len()];
    let mut seen = vec![false; n];
    let mut stack = Vec::new();
    for outcome in (0..n).filter(|&i| candidates(&i) && is_outcome(i)) {
        for &(l, to) in edges(outcome) {
            seen.iter_mut().for_each(|s| *s = false);
            stack.clear();
            stack.push(to);
            set(&mut seen, to, true);
            let mut back = false;
            while let Some(node) = stack.pop() {
                if node == outcome {
                    back = true;
                    break;
                }
                for &(k, next) in edges(node) {
                    let kept =
                        !at(&feedback, k) && (!is_outcome(node) || at(&kept_from_outcome, k));
                    if kept && !at(&seen, next) {
                        set(&mut seen, next, true);
                        stack.push(next);
                    }
                }
            }
            if back {
                set(&mut feedback, l, true);
            } else {
                set(&mut kept_from_outcome, l, true);
            }
        }
    }

    // 2. Longest chains over the remaining (acyclic) links, in topological order.
    let mut waiting = vec![0usize; n];
    for &(l, to) in out.iter().flatten() {
        if !at(&feedback, l) {
            let count = at(&waiting, to) + 1;
            set(&mut waiting, to, count);
        }
    }
    let mut rank = vec![0i64; n];
    let mut ready: Vec<usize> = (0..n)
        .rev()
        .filter(|&i| candidates(&i) && at(&waiting, i) == 0)
        .collect();
    while let Some(node) = ready.pop() {
        let next_rank = at(&rank, node) + 1;
        for &(l, to) in edges(node) {
            if at(&feedback, l) {
                continue;
            }
            let longest = at(&rank, to).max(next_rank);
            set(&mut rank, to, longest);
            let left = at(&waiting, to).saturating_sub(1);
            set(&mut waiting, to, left);
            if left == 0 {
                ready.push(to);
            }
        }
    }

    // 3. Elements no kept link leads to (none, or only feedback), other than resources,
    //    one rank before the first element they lead to (their targets have rank 1 or
    //    more: this never goes below 0).
    let mut led_to = vec![false; n];
    for &(l, to) in out.iter().flatten() {
        if !at(&feedback, l) {
            set(&mut led_to, to, true);
        }
    }
    for i in (0..n).filter(|&i| candidates(&i) && !at(&led_to, i)) {
        if has_kind(i, MechanismKind::Resource) {
            continue;
        }
        let first = edges(i)
            .iter()
            .filter(|&&(l, _)| !at(&feedback, l))
            .map(|&(_, t)| at(&rank, t) - 1)
            .min();
        if let Some(first) = first {
            set(&mut rank, i, first);
        }
    }

    //    The resources keep the first rank to themselves: when another element that
    //    leads somewhere would share it, everything after the resources moves one rank
    //    on (an element with no links stays where it is, rather than push the rest on).
    let is_resource = |i: usize| has_kind(i, MechanismKind::Resource);
    let leads = |i: usize| edges(i).iter().any(|&(l, _)| !at(&feedback, l));
    let first_rank: Vec<usize> = (0..n)
        .filter(|&i| candidates(&i) && at(&rank, i) == 0)
        .collect();
    if first_rank.iter().any(|&i| is_resource(i))
        && first_rank.iter().any(|&i| !is_resource(i) && leads(i))
    {
        for i in (0..n).filter(|&i| candidates(&i) && !is_resource(i)) {
            let after = at(&rank, i) + 1;
            set(&mut rank, i, after);
        }
    }

    // 4. Context factors one rank before the first element they condition.
    for i in (0..n).filter(|&i| at(&visible, i) && is_context(i)) {
        let first = conditions
            .get(i)
            .into_iter()
            .flatten()
            .map(|&t| at(&rank, t) - 1)
            .min()
            .unwrap_or(0);
        set(&mut rank, i, first);
    }
    let shown_ranks = || (0..n).filter(|&i| at(&visible, i)).map(|i| at(&rank, i));
    let first = shown_ranks().min().unwrap_or(0);
    let last = shown_ranks().max().unwrap_or(-1);
    let mut ranks: Vec<Vec<&Mechanism>> =
        vec![Vec::new(); usize::try_from(last - first + 1).unwrap_or(0)];
    for (i, m) in mechanisms.iter().enumerate() {
        if !at(&visible, i) {
            continue;
        }
        let slot = usize::try_from(at(&rank, i) - first)
            .ok()
            .and_then(|r| ranks.get_mut(r));
        if let Some(slot) = slot {
            slot.push(m);
        }
    }
    ranks.retain(|r| !r.is_empty());
    Ranked { ranks, feedback }
}

/// The entry `i` of a per-node (or per-link) table; every index used is in range.
fn at<T: Copy + Default>(table: &[T], i: usize) -> T {
    table.get(i).copied().unwrap_or_default()
}

/// Sets entry `i` of a per-node (or per-link) table.
fn set<T>(table: &mut [T], i: usize, value: T) {
    if let Some(slot) = table.get_mut(i) {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Link, Relation};
    use crate::vocab::{CfirConstruct, IspResource, OutcomeLevel, ReasoningType};

    fn ids<'g>(r: &Ranked<'g>) -> Vec<Vec<&'g str>> {
        r.ranks
            .iter()
            .map(|rank| rank.iter().map(|m| m.id.as_str()).collect())
            .collect()
    }

    #[test]
    fn chains_run_forward_and_loops_do_not_stretch_ranks() {
        let g = MechanismGraph::builder()
            .mechanism(Mechanism::new(
                "out",
                "Out",
                Category::outcome(&[OutcomeLevel::Individual]),
            ))
            .mechanism(Mechanism::new(
                "cap",
                "Cap",
                Category::reasoning(ReasoningType::Capability),
            ))
            .mechanism(Mechanism::new(
                "mot",
                "Mot",
                Category::reasoning(ReasoningType::Motivation),
            ))
            .mechanism(Mechanism::new(
                "rel",
                "Rel",
                Category::reasoning(ReasoningType::Relational),
            ))
            .mechanism(Mechanism::new(
                "res",
                "Res",
                Category::resource(IspResource::Skills),
            ))
            .mechanism(Mechanism::new(
                "ctx",
                "Ctx",
                Category::cfir(CfirConstruct::LeadershipEngagement),
            ))
            .mechanism(Mechanism::new(
                "lone",
                "Lone",
                Category::cfir(CfirConstruct::Cosmopolitanism),
            ))
            .link(Link::new("res", "rel", Relation::LeadsTo))
            .link(Link::new("rel", "mot", Relation::LeadsTo))
            .link(Link::new("mot", "cap", Relation::Precondition))
            .link(Link::new("cap", "out", Relation::LeadsTo))
            .link(Link::new("out", "rel", Relation::LeadsTo)) // feedback
            .link(Link::new("ctx", "mot", Relation::Moderates))
            .build()
            .unwrap();
        let r = rank(&g, |_| true);
        assert_eq!(
            ids(&r),
            [
                vec!["res", "lone"],
                vec!["rel", "ctx"],
                vec!["mot"],
                vec!["cap"],
                vec!["out"]
            ]
        );
        assert_eq!(r.feedback, [false, false, false, false, true, false]);
        // without context
        let r = rank(&g, |m| m.kind() != MechanismKind::Context);
        assert_eq!(
            ids(&r),
            [
                vec!["res"],
                vec!["rel"],
                vec!["mot"],
                vec!["cap"],
                vec!["out"]
            ]
        );
    }

    #[test]
    fn context_before_a_resource_shifts_everything() {
        let g = MechanismGraph::builder()
            .mechanism(Mechanism::new(
                "res",
                "Res",
                Category::resource(IspResource::Skills),
            ))
            .mechanism(Mechanism::new(
                "rel",
                "Rel",
                Category::reasoning(ReasoningType::Relational),
            ))
            .mechanism(Mechanism::new(
                "ctx",
                "Ctx",
                Category::cfir(CfirConstruct::LeadershipEngagement),
            ))
            .link(Link::new("res", "rel", Relation::LeadsTo))
            .link(Link::new("ctx", "res", Relation::Moderates))
            .link(Link::new("ctx", "rel", Relation::Precondition))
            .build()
            .unwrap();
        assert_eq!(
            ids(&rank(&g, |_| true)),
            [vec!["ctx"], vec!["res"], vec!["rel"]]
        );
    }

    #[test]
    fn sources_other_than_resources_sit_next_to_what_they_lead_to() {
        let g = MechanismGraph::builder()
            .mechanism(Mechanism::new(
                "res",
                "Res",
                Category::resource(IspResource::Skills),
            ))
            .mechanism(Mechanism::new(
                "a",
                "A",
                Category::reasoning(ReasoningType::Relational),
            ))
            .mechanism(Mechanism::new(
                "b",
                "B",
                Category::reasoning(ReasoningType::Capability),
            ))
            .mechanism(Mechanism::new(
                "time",
                "Time",
                Category::reasoning(ReasoningType::Opportunity),
            ))
            .mechanism(Mechanism::new(
                "out",
                "Out",
                Category::outcome(&[OutcomeLevel::Individual]),
            ))
            .link(Link::new("res", "a", Relation::LeadsTo))
            .link(Link::new("a", "b", Relation::LeadsTo))
            .link(Link::new("b", "out", Relation::LeadsTo))
            .link(Link::new("time", "out", Relation::Precondition))
            .build()
            .unwrap();
        assert_eq!(
            ids(&rank(&g, |_| true)),
            [vec!["res"], vec!["a"], vec!["b", "time"], vec!["out"]]
        );
    }

    #[test]
    fn a_cycle_without_resources_is_broken_at_its_first_element() {
        let g = MechanismGraph::builder()
            .mechanism(Mechanism::new(
                "a",
                "A",
                Category::reasoning(ReasoningType::Relational),
            ))
            .mechanism(Mechanism::new(
                "b",
                "B",
                Category::reasoning(ReasoningType::Relational),
            ))
            .mechanism(Mechanism::new(
                "c",
                "C",
                Category::reasoning(ReasoningType::Relational),
            ))
            .link(Link::new("b", "c", Relation::LeadsTo))
            .link(Link::new("c", "a", Relation::LeadsTo))
            .link(Link::new("a", "b", Relation::LeadsTo))
            .build()
            .unwrap();
        let r = rank(&g, |_| true);
        assert_eq!(ids(&r), [vec!["a"], vec!["b"], vec!["c"]]);
        assert_eq!(r.feedback, [false, true, false]);
        let empty = MechanismGraph::builder().build().unwrap();
        assert!(rank(&empty, |_| true).ranks.is_empty());
    }
}

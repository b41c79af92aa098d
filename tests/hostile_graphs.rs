//! Hostile graphs: dense and deep models on which every bounded query must come back
//! promptly, with `truncated` set when a default bound cut it short, and no walk may
//! recurse (a 10^5-mechanism ring would overflow the stack of a recursive search).
//!
//! Nothing here is timed: each query either finishes within its step budget or the test
//! would hang; the whole file runs in a few seconds in a debug build.

use isp_moc::model::{Category, Link, Mechanism, Relation};
use isp_moc::query::{LoopQuery, PathQuery, Ranking, Reach};
use isp_moc::vocab::ReasoningType;
use isp_moc::MechanismGraph;

fn mechanism(i: usize) -> Mechanism {
    let id = format!("m{i:06}");
    Mechanism::new(&id, &id, Category::reasoning(ReasoningType::Capability))
}

fn id(i: usize) -> String {
    format!("m{i:06}")
}

/// Every ordered pair of `n` mechanisms linked, each link weighted.
fn complete(n: usize) -> MechanismGraph {
    let mut b = MechanismGraph::builder().mechanisms((0..n).map(mechanism));
    for a in 0..n {
        for c in 0..n {
            if a != c {
                let w = 0.5 + ((a * 7 + c * 3) % 10) as f64 / 20.0;
                b = b.link(Link::new(&id(a), &id(c), Relation::LeadsTo).with_weight(w));
            }
        }
    }
    b.build().unwrap()
}

/// A directed cycle of `n` mechanisms.
fn ring(n: usize) -> MechanismGraph {
    MechanismGraph::builder()
        .mechanisms((0..n).map(mechanism))
        .links(
            (0..n).map(|i| Link::new(&id(i), &id((i + 1) % n), Relation::LeadsTo).with_weight(0.9)),
        )
        .build()
        .unwrap()
}

#[test]
fn complete_graph_queries_stop_at_their_default_bounds() {
    let g = complete(32);
    assert_eq!(g.link_count(), 32 * 31);
    assert!(g.has_cycles());

    let set = g.pathways(PathQuery::new([id(0)], [id(31)])).unwrap();
    assert!(set.truncated);
    assert_eq!(set.pathways.len(), PathQuery::DEFAULT_MAX_PATHS);
    // the first pathways in result order: the direct link, then all two-link pathways
    assert_eq!(set.pathways[0].hops(), 1);
    assert!(set.pathways[1..31].iter().all(|p| p.hops() == 2));
    assert!(set.steps <= 2 * PathQuery::DEFAULT_MAX_STEPS);

    // a tiny step budget also stops it, and says so
    let set = g
        .pathways(
            PathQuery::new([id(0)], [id(31)])
                .max_steps(1_000)
                .max_hops(30),
        )
        .unwrap();
    assert!(set.truncated);

    let loops = g.feedback_loops(LoopQuery::new()).unwrap();
    assert!(loops.truncated);
    assert_eq!(loops.loops.len(), 1_000);
    assert_eq!(loops.loops[0].hops(), 2);

    let q = PathQuery::new([id(0)], [id(31)]);
    let strongest = g.strongest_pathway(&q).unwrap().unwrap();
    assert_eq!(strongest.hops(), 1); // every link equally supported: the shortest wins
    let weighted = g
        .strongest_pathway(q.rank_by(Ranking::Weight))
        .unwrap()
        .unwrap();
    let direct = g.link(&id(0), &id(31)).unwrap().weight.unwrap();
    assert!(weighted.weight().unwrap() >= direct);

    assert_eq!(g.downstream(&id(0), Reach::all()).unwrap().len(), 31);
}

#[test]
fn a_long_ring_is_walked_without_recursion() {
    let n = 100_000;
    let g = ring(n);
    assert!(g.has_cycles());

    // one pathway, n - 1 links deep: a recursive walk would overflow the stack
    let q = PathQuery::new([id(0)], [id(n - 1)]).max_hops(usize::MAX);
    let set = g.pathways(&q).unwrap();
    assert!(!set.truncated);
    assert_eq!(set.pathways.len(), 1);
    assert_eq!(set.pathways[0].hops(), n - 1);

    // with the default bounds, nothing within 6 links, and nothing cut short
    let set = g.pathways(PathQuery::new([id(0)], [id(n - 1)])).unwrap();
    assert!(set.is_empty() && !set.truncated);

    // the walk from the first mechanism goes all the way round (n links deep); walks
    // from the others then exhaust the step budget, which the answer says
    let loops = g
        .feedback_loops(LoopQuery::new().max_hops(usize::MAX).max_steps(1_000_000))
        .unwrap();
    assert!(loops.truncated);
    assert!(loops.steps <= 2 * (1_000_000 + 1));
    assert!(!g.feedback_loops(LoopQuery::new()).unwrap().truncated);
    let small = ring(2_000);
    let loops = small
        .feedback_loops(LoopQuery::new().max_hops(usize::MAX))
        .unwrap();
    assert!(!loops.truncated);
    assert_eq!(loops.loops.len(), 1);
    assert_eq!(loops.loops[0].hops(), 2_000);

    let p = g.strongest_pathway(&q).unwrap().unwrap();
    assert_eq!(p.hops(), n - 1);
    let p = g
        .strongest_pathway(q.clone().rank_by(Ranking::Weight))
        .unwrap()
        .unwrap();
    assert_eq!(p.hops(), n - 1);
    // within 6 links there is none, whichever the ranking (the hop-bounded fallback)
    let near = PathQuery::new([id(0)], [id(n - 1)]);
    assert!(g.strongest_pathway(&near).unwrap().is_none());
    assert!(g
        .strongest_pathway(near.rank_by(Ranking::Weight))
        .unwrap()
        .is_none());

    let down = g.downstream(&id(0), Reach::all()).unwrap();
    assert_eq!(down.len(), n - 1);
    assert_eq!(down[n - 2].distance, n - 1);
}

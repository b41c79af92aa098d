//! Queries on small hand-made graphs: bounds, ordering, truncation, edge cases.

mod common;

use common::*;
use isp_moc::model::{Link, Relation};
use isp_moc::query::{LinkFilter, LoopQuery, PathQuery, Reach};
use isp_moc::ErrorKind;

fn shown(g: &isp_moc::MechanismGraph, q: &PathQuery) -> Vec<String> {
    g.pathways(q)
        .unwrap()
        .pathways
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn pathways_are_sorted_by_hops_then_ids() {
    let g = small(&[
        ("a", "c"),
        ("c", "d"),
        ("a", "b"),
        ("b", "d"),
        ("a", "d"),
        ("b", "c"),
    ]);
    assert_eq!(
        shown(&g, &PathQuery::new(["a"], ["d"])),
        ["a → d", "a → b → d", "a → c → d", "a → b → c → d"]
    );
}

#[test]
fn max_hops_counts_links() {
    let g = small(&[("a", "b"), ("b", "c"), ("c", "d")]);
    assert!(shown(&g, &PathQuery::new(["a"], ["d"]).max_hops(2)).is_empty());
    assert_eq!(
        shown(&g, &PathQuery::new(["a"], ["d"]).max_hops(3)),
        ["a → b → c → d"]
    );
    assert_eq!(
        shown(&g, &PathQuery::new(["a"], ["b"]).max_hops(1)),
        ["a → b"]
    );
}

#[test]
fn truncation_is_visible_and_keeps_the_first_pathways() {
    let g = small(&[
        ("a", "c"),
        ("c", "d"),
        ("a", "b"),
        ("b", "d"),
        ("a", "d"),
        ("b", "c"),
    ]);
    let set = g
        .pathways(PathQuery::new(["a"], ["d"]).max_paths(2))
        .unwrap();
    assert!(set.truncated);
    let got: Vec<String> = set.pathways.iter().map(|p| p.to_string()).collect();
    assert_eq!(got, ["a → d", "a → b → d"]);
    let exact = g
        .pathways(PathQuery::new(["a"], ["d"]).max_paths(4))
        .unwrap();
    assert!(!exact.truncated, "exactly at the cap is not truncated");
    let starved = g
        .pathways(PathQuery::new(["a"], ["d"]).max_steps(2))
        .unwrap();
    assert!(starved.truncated);
}

#[test]
fn paths_continue_through_targets_and_sources_are_not_their_own_targets() {
    let g = small(&[("a", "b"), ("b", "c"), ("c", "a")]);
    assert_eq!(
        shown(&g, &PathQuery::new(["a"], ["b", "c"])),
        ["a → b", "a → b → c"]
    );
    // a is both start and end: no pathway from a to itself; a -> b -> c -> a is a loop
    assert_eq!(
        shown(&g, &PathQuery::new(["a", "b"], ["a", "b"])),
        ["a → b", "b → c → a"]
    );
    let loops = g.feedback_loops(LoopQuery::new()).unwrap();
    assert_eq!(loops.loops.len(), 1);
    assert_eq!(loops.loops[0].to_string(), "a → b → c → a");
    assert!(g.has_cycles());
}

#[test]
fn via_any_and_filters() {
    let g = common::build(
        ["a", "b", "c", "d"]
            .iter()
            .map(|id| reasoning(id))
            .collect(),
        vec![
            leads("a", "b"),
            leads("b", "d"),
            Link::new("a", "c", Relation::Precondition),
            leads("c", "d").inferred(),
        ],
    )
    .unwrap();
    assert_eq!(
        shown(&g, &PathQuery::new(["a"], ["d"]).via_any(["c"])),
        ["a → c → d"]
    );
    assert_eq!(
        shown(
            &g,
            &PathQuery::new(["a"], ["d"]).filter(LinkFilter::all().text_only())
        ),
        ["a → b → d"]
    );
    assert_eq!(
        shown(
            &g,
            &PathQuery::new(["a"], ["d"]).filter(LinkFilter::all().relations(&[Relation::LeadsTo]))
        ),
        ["a → b → d"]
    );
    assert!(
        shown(&g, &PathQuery::new(["a"], ["d"]).via_any(["a"])).len() == 2,
        "endpoints count as via"
    );
}

#[test]
fn invalid_queries_are_errors() {
    let g = small(&[("a", "b")]);
    let empty: [&str; 0] = [];
    for q in [
        PathQuery::new(empty, ["b"]),
        PathQuery::new(["a"], empty),
        PathQuery::new(["a"], ["b"]).max_hops(0),
        PathQuery::new(["a"], ["b"]).max_paths(0),
        PathQuery::new(["a"], ["b"]).max_steps(0),
    ] {
        assert!(
            matches!(
                g.pathways(&q).unwrap_err().kind(),
                ErrorKind::InvalidQuery { .. }
            ),
            "{q:?}"
        );
        assert!(
            matches!(
                g.strongest_pathway(&q).unwrap_err().kind(),
                ErrorKind::InvalidQuery { .. }
            ),
            "{q:?}"
        );
    }
    assert_eq!(
        g.pathways(PathQuery::new(["a"], ["zz"]))
            .unwrap_err()
            .kind(),
        &ErrorKind::UnknownMechanism {
            id: "zz".into(),
            suggestion: None
        }
    );
    assert!(g
        .pathways(PathQuery::new(["a"], ["b"]).via_any(["zz"]))
        .is_err());
    assert!(matches!(
        g.strongest_pathway(PathQuery::new(["a"], ["b"]).via_any(["a"]))
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidQuery { .. }
    ));
    assert!(g.feedback_loops(LoopQuery::new().max_hops(1)).is_err());
}

#[test]
fn strongest_uses_weakest_link_then_hops_then_ids() {
    let nodes = ["a", "b", "c", "d", "e"]
        .iter()
        .map(|id| reasoning(id))
        .collect();
    let links = vec![
        supported("a", "e", 1), // direct but weak
        supported("a", "b", 5),
        supported("b", "e", 3), // weakest link 3
        supported("a", "c", 3),
        supported("c", "e", 9), // weakest link 3, same hops: b < c
        supported("a", "d", 9),
        supported("d", "b", 9), // longer
    ];
    let g = common::build(nodes, links).unwrap();
    let q = PathQuery::new(["a"], ["e"]);
    let best = g.strongest_pathway(&q).unwrap().unwrap();
    assert_eq!(best.to_string(), "a → b → e");
    assert_eq!(best.strength().support(), 3);
    assert_eq!(g.pathways(&q).unwrap().strongest(), Some(&best));
    assert_eq!(
        g.strongest_pathway(q.clone().max_hops(1))
            .unwrap()
            .unwrap()
            .to_string(),
        "a → e"
    );
    assert_eq!(
        g.strongest_pathway(PathQuery::new(["e"], ["a"])).unwrap(),
        None
    );
}

#[test]
fn downstream_and_upstream_with_distances() {
    let g = small(&[("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "a")]);
    let down: Vec<(String, usize)> = g
        .downstream("a", Reach::all())
        .unwrap()
        .into_iter()
        .map(|r| (r.id.to_string(), r.distance))
        .collect();
    assert_eq!(down, [("b".into(), 1), ("c".into(), 1), ("d".into(), 2)]);
    let up: Vec<String> = g
        .upstream("a", Reach::all().max_hops(2))
        .unwrap()
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    assert_eq!(up, ["d", "c"]);
    assert!(g.downstream("e", Reach::all()).unwrap().is_empty());
}

#[test]
fn context_of_mechanisms_and_pathways() {
    let g = common::build(
        vec![
            resource("r"),
            reasoning("m"),
            outcome("o"),
            context("c1"),
            context("c2"),
        ],
        vec![
            leads("r", "m"),
            leads("m", "o"),
            Link::new("c2", "m", Relation::Moderates),
            Link::new("c1", "m", Relation::Precondition),
            Link::new("c1", "r", Relation::Moderates),
        ],
    )
    .unwrap();
    let on_m: Vec<&str> = g
        .context_of("m")
        .unwrap()
        .iter()
        .map(|c| c.link.from.as_str())
        .collect();
    assert_eq!(on_m, ["c1", "c2"]);
    let p = g
        .pathways(PathQuery::new(["r"], ["o"]))
        .unwrap()
        .pathways
        .remove(0);
    let along: Vec<(String, usize)> = g
        .context_of_pathway(&p)
        .unwrap()
        .iter()
        .map(|c| (format!("{}->{}", c.link.from, c.link.to), c.position))
        .collect();
    assert_eq!(
        along,
        [
            ("c1->r".into(), 0),
            ("c1->m".into(), 1),
            ("c2->m".into(), 1)
        ]
    );
    // a pathway from another model is rejected, not trusted
    let other = small(&[("a", "b")]);
    let foreign = other
        .pathways(PathQuery::new(["a"], ["b"]))
        .unwrap()
        .pathways
        .remove(0);
    assert!(g.context_of_pathway(&foreign).is_err());
    assert!(g.hindering_along(&foreign).is_err());
    // pathways may start at a context factor
    assert_eq!(
        shown(&g, &PathQuery::new(["c1"], ["o"])),
        ["c1 → m → o", "c1 → r → m → o"]
    );
}

#[test]
fn a_link_moderated_by_several_asked_factors_is_listed_once() {
    use isp_moc::model::{Category, Mechanism};
    use isp_moc::vocab::{CfirDomain, ReasoningType};
    use isp_moc::MechanismGraph;
    // a chain of 100 links, two of them moderated by both factors: few links for the
    // factors asked, against the model's size
    let step = |i: usize| format!("m{i:03}");
    let mut b = MechanismGraph::builder();
    for i in 0..=100 {
        b = b.mechanism(Mechanism::new(
            &step(i),
            &step(i),
            Category::reasoning(ReasoningType::Capability),
        ));
    }
    for f in ["workload", "turnover"] {
        b = b.mechanism(Mechanism::new(
            f,
            f,
            Category::context(CfirDomain::InnerSetting),
        ));
    }
    for i in 0..100 {
        let mut l = Link::new(&step(i), &step(i + 1), Relation::LeadsTo);
        if i == 7 || i == 3 {
            l = l.with_moderator("turnover").with_moderator("workload");
        }
        b = b.link(l);
    }
    let g = b.build().unwrap();
    for asked in [
        &["workload", "turnover"][..],
        &["turnover", "workload", "turnover"],
        &["workload"],
    ] {
        let found = g.links_moderated_by(asked.iter().copied()).unwrap();
        let from: Vec<&str> = found.iter().map(|l| l.from.as_str()).collect();
        assert_eq!(from, ["m003", "m007"], "asked {asked:?}");
    }
    // a mechanism that is not context moderates nothing: asking is a slip, and refused
    assert!(matches!(
        g.links_moderated_by(["m001"]).unwrap_err().kind(),
        ErrorKind::InvalidQuery { .. }
    ));
    assert!(matches!(
        g.links_moderated_by(["workloda"]).unwrap_err().kind(),
        ErrorKind::UnknownMechanism { .. }
    ));
}

/// An id written as its label, or with capitals and blanks, is told the id it means; a
/// mechanism that is not context asked for the links it moderates is refused, not
/// answered with nothing.
#[test]
fn queries_suggest_the_id_a_label_or_miswritten_id_means() {
    let g = isp_moc::catalog::figure2();
    let suggested = |id: &str| match g.mechanism(id).unwrap_err().kind() {
        ErrorKind::UnknownMechanism { suggestion, .. } => suggestion.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        suggested("Meaningful learning").as_deref(),
        Some("meaningful_learning")
    );
    assert_eq!(suggested("Self Efficacy").as_deref(), Some("self_efficacy"));
    assert_eq!(suggested("self_eficacy").as_deref(), Some("self_efficacy"));
    assert_eq!(suggested("no_such_thing"), None);
    let err = g
        .pathways(PathQuery::new(["ISP skills"], ["self_efficacy"]))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown mechanism `ISP skills`; did you mean `isp_skills`?"
    );
    let err = g.links_moderated_by(["trust"]).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::InvalidQuery { .. }),
        "{err}"
    );
    assert!(g.links_moderated_by(["isp_role_clarity"]).is_ok());
}

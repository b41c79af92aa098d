//! Link weights and link-level moderation: validation, the format version gate, the
//! files and exports that carry them, and the weight ranking of the strongest pathway
//! against a brute-force oracle.

use isp_moc::compare::{diff, merge, IdMap, LinkChange, LinkDiff};
use isp_moc::model::{Category, Link, Mechanism, Relation};
use isp_moc::query::{PathQuery, Ranking};
use isp_moc::vocab::{CfirDomain, ReasoningType};
use isp_moc::{ErrorKind, MechanismGraph};
use proptest::prelude::*;

fn reasoning(id: &str) -> Mechanism {
    Mechanism::new(id, id, Category::reasoning(ReasoningType::Capability))
}

fn context(id: &str) -> Mechanism {
    let label = format!("{}{} (label)", id[..1].to_uppercase(), &id[1..]);
    Mechanism::new(id, &label, Category::context(CfirDomain::InnerSetting))
}

fn model() -> MechanismGraph {
    MechanismGraph::builder()
        .mechanisms(["a", "b", "c"].map(reasoning))
        .mechanisms(["climate", "resources"].map(context))
        .link(
            Link::new("a", "b", Relation::LeadsTo)
                .with_weight(0.9)
                .with_moderator("climate"),
        )
        .link(Link::new("b", "c", Relation::LeadsTo).with_weight(0.25))
        .link(
            Link::new("a", "c", Relation::LeadsTo)
                .with_moderator("resources")
                .with_moderator("climate"),
        )
        .build()
        .unwrap()
}

#[test]
fn weights_must_be_finite_and_moderators_context_factors() {
    let err = MechanismGraph::builder()
        .mechanisms(["a", "b"].map(reasoning))
        .mechanism(context("climate"))
        .link(Link::new("a", "b", Relation::LeadsTo).with_weight(f64::NAN))
        .link(
            Link::new("b", "a", Relation::LeadsTo)
                .with_weight(f64::INFINITY)
                .with_moderator("climat")
                .with_moderator("a"),
        )
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "4 problems:
  link #1 `a` -> `b`: weight must be a finite number, not NaN
  link #2 `b` -> `a`, at `moderators[0]`: moderator `climat` is not a mechanism of the model; did you mean `climate`?
  link #2 `b` -> `a`, at `moderators[1]`: moderator `a` is a response (reasoning); only a context factor can moderate a link (the model's context factors: `climate`)
  link #2 `b` -> `a`: weight must be a finite number, not inf"
    );
    assert!(matches!(
        &err.problems()[1].kind,
        ErrorKind::UnknownModerator { moderator, suggestion: Some(s), .. } if moderator == "climat" && s == "climate"
    ));
}

#[cfg(feature = "serde")]
#[test]
fn json_writes_version_2_and_reads_version_1_unchanged() {
    let g = model();
    let text = isp_moc::io::to_json(&g);
    assert!(text.contains("\"format_version\": 2"));
    assert!(text.contains("\"weight\": 0.9"));
    assert!(
        text.contains("\"moderators\": [\n        \"resources\",\n        \"climate\"\n      ]")
    );
    assert_eq!(isp_moc::io::from_json(&text).unwrap(), g);

    let v1 = r#"{"format_version": 1, "mechanisms": [
        {"id": "a", "kind": "reasoning", "label": "A", "reasoning": "capability"},
        {"id": "b", "kind": "reasoning", "label": "B", "reasoning": "capability"}],
      "links": [{"from": "a", "to": "b", "relation": "leads_to"}]}"#;
    let old = isp_moc::io::from_json(v1).unwrap();
    assert_eq!(old.links()[0].weight, None);
    assert!(isp_moc::io::to_json(&old).contains("\"format_version\": 2"));

    let err =
        isp_moc::io::from_json(&v1.replace(r#""leads_to"}"#, r#""leads_to", "weight": 0.5}"#))
            .unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::NeedsFormatVersion {
            field: "links[].weight".into(),
            needs: 2,
            declared: 1
        }
    );
}

#[cfg(feature = "serde")]
#[test]
fn graphml_and_node_link_carry_weights_and_moderators() {
    use isp_moc::export::{graphml, node_link, GraphMlOptions, NodeLinkOptions};
    let g = model();
    let xml = graphml(&g, &GraphMlOptions::default());
    assert!(
        xml.contains(r#"<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>"#)
    );
    assert!(xml.contains(r#"<data key="e_moderators">resources,climate</data>"#));
    assert_eq!(isp_moc::io::from_graphml(&xml).unwrap(), g);

    let doc: serde_json::Value =
        serde_json::from_str(&node_link(&g, &NodeLinkOptions::default())).unwrap();
    assert_eq!(doc["edges"][0]["weight"], 0.9);
    assert_eq!(
        doc["edges"][2]["moderators"],
        serde_json::json!(["resources", "climate"])
    );
    assert!(doc["edges"][2].get("weight").is_none());
}

#[test]
fn drawings_label_weights_and_moderators() {
    let g = model();
    let dot = isp_moc::export::dot(&g, &isp_moc::export::DrawOptions::default());
    assert!(dot.contains("w=0.9"), "{dot}");
    // the factors are named by the labels their boxes show, not by id
    assert!(
        dot.contains("moderated by Resources (label) and Climate (label)"),
        "{dot}"
    );
    let mmd = isp_moc::export::mermaid(&g, &isp_moc::export::DrawOptions::default());
    assert!(mmd.contains("moderated by Climate (label)"), "{mmd}");
}

#[test]
fn three_moderators_are_listed_with_commas_and_a_final_and() {
    let g = MechanismGraph::builder()
        .mechanisms(["a", "b"].map(reasoning))
        .mechanisms(["time", "climate", "leaders"].map(context))
        .link(
            Link::new("a", "b", Relation::LeadsTo)
                .with_moderator("time")
                .with_moderator("climate")
                .with_moderator("leaders"),
        )
        .build()
        .unwrap();
    let dot = isp_moc::export::dot(&g, &isp_moc::export::DrawOptions::default());
    assert!(
        dot.contains("moderated by Time (label), Climate (label) and Leaders (label)"),
        "{dot}"
    );
    // the tooltip says it in a sentence, too
    assert!(
        dot.contains("tooltip=\"a leads to b (text); moderated by Time (label), Climate (label) and Leaders (label)\""),
        "{dot}"
    );
}

#[test]
fn diff_and_merge_see_weights_and_moderators() {
    let g = model();
    let mut parts = g.clone().into_parts();
    parts.links[1].weight = Some(0.5);
    parts.links[1]
        .moderators
        .push(isp_moc::MechanismId::new("climate").unwrap());
    let other = parts.build().unwrap();
    let d = diff(&g, &other);
    let LinkDiff::Changed { changes, .. } = &d.links[0] else {
        panic!("{d:?}")
    };
    let shown: Vec<String> = changes.iter().map(|c| c.to_string()).collect();
    assert_eq!(shown, ["weight: 0.25 → 0.5", "moderators: + `climate`"]);
    assert!(matches!(changes[1], LinkChange::Moderators(_)));

    let merged = merge(&g, &other, &IdMap::new()).unwrap();
    assert_eq!(merged.conflicts().len(), 1);
    assert_eq!(
        merged.conflicts()[0].kind.to_string(),
        "weight: base 0.25, other 0.5"
    );
    let kept = merged.graph().link("b", "c").unwrap();
    assert_eq!(kept.weight, Some(0.25));
    assert_eq!(kept.moderators, ["climate"]);
}

#[test]
fn weight_ranking_multiplies_and_leaves_unweighted_links_out() {
    let g = model();
    let q = PathQuery::new(["a"], ["c"]).rank_by(Ranking::Weight);
    // a -> c has no weight, so the only weighted pathway is a -> b -> c
    let p = g.strongest_pathway(&q).unwrap().unwrap();
    assert_eq!(p.to_string(), "a → b → c");
    assert_eq!(p.weight(), Some(0.9 * 0.25));
    assert_eq!(p.link_weights(), [Some(0.9), Some(0.25)]);
    // within one link, none
    assert!(g.strongest_pathway(q.max_hops(1)).unwrap().is_none());
}

/// A random model of up to 7 reasoning mechanisms with weighted (or unweighted) links.
fn weighted_model() -> impl Strategy<Value = (usize, Vec<(usize, usize, Option<u8>)>)> {
    (2usize..=7).prop_flat_map(|n| {
        (
            Just(n),
            proptest::collection::vec(
                (0..n, 0..n, proptest::option::weighted(0.85, 0u8..=20)),
                0..(n * n),
            ),
        )
    })
}

fn build(n: usize, links: &[(usize, usize, Option<u8>)]) -> MechanismGraph {
    let mut seen = std::collections::BTreeSet::new();
    let ids: Vec<String> = (0..n).map(|i| format!("n{i}")).collect();
    let mut b = MechanismGraph::builder().mechanisms(ids.iter().map(|i| reasoning(i)));
    for &(f, t, w) in links {
        if f != t && seen.insert((f, t)) {
            let mut l = Link::new(&ids[f], &ids[t], Relation::LeadsTo);
            // weights 0, 0.05, ..., 1 (0 is outside (0, 1] and so never followed)
            l.weight = w.map(|w| f64::from(w) / 20.0);
            b = b.link(l);
        }
    }
    b.build().unwrap()
}

proptest! {
    /// The weight ranking finds the largest product over all bounded simple pathways,
    /// and among the equally heavy, the fewest links.
    #[test]
    fn weight_ranking_matches_brute_force((n, links) in weighted_model(), max_hops in 1usize..=6) {
        let g = build(n, &links);
        let q = PathQuery::new(["n0"], [format!("n{}", n - 1)]).max_hops(max_hops).max_paths(100_000);
        let all = g.pathways(&q).unwrap();
        prop_assert!(!all.truncated);
        let oracle = all.pathways.iter()
            .filter_map(|p| p.weight_cost().map(|c| (c, p.hops())))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let found = g.strongest_pathway(q.clone().rank_by(Ranking::Weight)).unwrap();
        match (oracle, found) {
            (None, None) => {}
            (Some((cost, hops)), Some(p)) => {
                let c = p.weight_cost().unwrap();
                prop_assert!((c - cost).abs() <= 1e-9 * (1.0 + cost), "{} vs {}", c, cost);
                if (c - cost).abs() == 0.0 {
                    prop_assert_eq!(p.hops(), hops);
                }
                prop_assert!(p.hops() <= max_hops);
                prop_assert_eq!(all.strongest_by(Ranking::Weight).unwrap().weight_cost().map(|x| (x - c).abs() <= 1e-9 * (1.0 + c)), Some(true));
            }
            (o, f) => prop_assert!(false, "oracle {:?}, found {:?}", o, f),
        }
        // a pathway the ranking leaves out names the links it did not follow, and one it
        // ranks names none; each named link has no weight in (0, 1]
        for p in &all.pathways {
            let skipped: Vec<_> = p.unweighted_links().collect();
            prop_assert_eq!(p.weight().is_none(), !skipped.is_empty());
            for (from, to) in skipped {
                let w = g.link(from, to).unwrap().weight;
                prop_assert!(!w.is_some_and(|w| w > 0.0 && w <= 1.0), "{:?}", w);
            }
        }
    }
}

/// A chain `m0 -> m1 -> ... -> m<hops>`, with a weight on the links `weighted` names.
fn chain(hops: usize, weighted: &[usize]) -> MechanismGraph {
    let ids: Vec<String> = (0..=hops).map(|i| format!("m{i}")).collect();
    let links = (0..hops).map(|i| {
        let link = Link::new(&ids[i], &ids[i + 1], Relation::LeadsTo);
        if weighted.contains(&i) {
            link.with_weight(0.5)
        } else {
            link
        }
    });
    MechanismGraph::builder()
        .mechanisms(ids.iter().map(|id| reasoning(id)))
        .links(links)
        .build()
        .unwrap()
}

#[test]
fn every_pathway_has_one_weight_per_link_with_or_without_weights() {
    // short and long pathways, none, one or every link weighted
    for hops in [1, 2, 31, 32, 33, 40] {
        for weighted in [vec![], vec![hops - 1], (0..hops).collect::<Vec<_>>()] {
            let g = chain(hops, &weighted);
            let query = PathQuery::new(["m0"], [format!("m{hops}").as_str()]).max_hops(hops);
            let p = g.pathways(&query).unwrap().pathways.remove(0);
            let expected: Vec<Option<f64>> = (0..hops)
                .map(|i| weighted.contains(&i).then_some(0.5))
                .collect();
            assert_eq!(
                p.link_weights(),
                expected,
                "{hops} hops, {weighted:?} weighted"
            );
            assert_eq!(p.hops(), hops);
            let all = weighted.len() == hops;
            assert_eq!(p.weight(), all.then(|| 0.5f64.powi(hops as i32)));
            // the debug form shows the weights too
            let shown = format!("{p:?}");
            assert!(
                shown.contains(&format!("link_weights: {expected:?}")),
                "{shown}"
            );
        }
    }
}

#[test]
fn link_moderators_of_a_pathway_and_of_a_mechanism_match_the_links() {
    let g = model();
    let set = g.pathways(PathQuery::new(["a"], ["c"])).unwrap();
    assert_eq!(set.pathways.len(), 2);
    for p in &set.pathways {
        // the oracle: each link of the pathway, looked up among all links, its moderators
        let ids = p.mechanisms();
        let mut expected = Vec::new();
        for (i, pair) in ids.windows(2).enumerate() {
            let link = g
                .links()
                .iter()
                .find(|l| l.from == pair[0] && l.to == pair[1])
                .unwrap();
            for m in &link.moderators {
                expected.push((
                    m.to_string(),
                    link.from.to_string(),
                    link.to.to_string(),
                    i + 1,
                ));
            }
        }
        let got: Vec<_> = g
            .link_moderators_of_pathway(p)
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m.factor.to_string(),
                    m.link.from.to_string(),
                    m.link.to.to_string(),
                    m.position,
                )
            })
            .collect();
        assert_eq!(got, expected, "{p}");
    }
    // into c: the link from a (resources, climate), then from b (none)
    let into_c: Vec<(&str, &str)> = g
        .link_moderators_of("c")
        .unwrap()
        .iter()
        .map(|m| (m.factor.as_str(), m.link.from.as_str()))
        .collect();
    assert_eq!(into_c, [("resources", "a"), ("climate", "a")]);
    assert!(g.link_moderators_of("a").unwrap().is_empty());
    assert!(g.link_moderators_of("nope").is_err());
}

/// A moderator that is not a context factor is told which ones the model has: all of a
/// few, the first five and a count of the rest of many, and "none" when it has none.
#[test]
fn a_wrong_moderator_is_shown_the_context_factors() {
    let relational =
        |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
    let message = |contexts: usize| {
        let mut b = MechanismGraph::builder().mechanisms(["a", "b"].map(relational));
        for i in 0..contexts {
            let id = format!("c{i}");
            b = b.mechanism(Mechanism::new(
                &id,
                &id,
                Category::context(CfirDomain::InnerSetting),
            ));
        }
        let err = b
            .link(Link::new("a", "b", Relation::LeadsTo).with_moderator("a"))
            .build()
            .unwrap_err();
        err.to_string()
    };
    assert!(message(0).ends_with(
        "moderator `a` is a response (reasoning); only a context factor can moderate a link \
         (the model's context factors: none)"
    ));
    assert!(message(2).ends_with("(the model's context factors: `c0` and `c1`)"));
    assert!(message(7)
        .ends_with("(the model's context factors: `c0`, `c1`, `c2`, `c3`, `c4` and 2 more)"));
}

//! Lints: pinned on a fixture model that trips each one where intended, absent from a clean
//! model, pinned on Figure 2 (and checked to be true statements about it), and checked
//! against brute-force oracles on small random models.
//!
//! After a deliberate change of messages, rewrite the pinned lists with
//! `ISP_MOC_BLESS=1 cargo test --test lints` and review the diff.

mod common;

use std::collections::{BTreeMap, BTreeSet};
#[cfg(feature = "serde")]
use std::path::Path;

use isp_moc::error::Record;
use isp_moc::lint::{Lint, LintKind, LintOptions};
use isp_moc::model::{
    Basis, Category, Citation, Evidence, Link, Mechanism, MechanismKind, Observation, Relation,
};
use isp_moc::vocab::{CfirDomain, IspResource, OutcomeLevel, ReasoningType};
use isp_moc::{MechanismGraph, MechanismGraphBuilder};
use proptest::prelude::*;

use common::{context, leads, outcome, reasoning, resource, supported};

fn lines(lints: &[Lint]) -> Vec<String> {
    lints.iter().map(|l| l.to_string()).collect()
}

/// Compares `got` with the pinned file (one lint a line), or rewrites it when blessing.
fn pinned(file: &str, got: &[String]) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lint/").to_owned() + file;
    if std::env::var("ISP_MOC_BLESS").is_ok_and(|v| v == "1") {
        let mut text = got.join("\n");
        text.push('\n');
        std::fs::write(&path, text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(got, expected, "lints differ from {path}");
}

#[cfg(feature = "serde")]
fn fixture(name: &str) -> MechanismGraph {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lint")
        .join(name);
    isp_moc::io::read_file(&path).unwrap()
}

/// The key lints are ordered by: mechanisms before links, declaration position, kind, field.
fn order_key(l: &Lint) -> (u8, usize, LintKind, Option<String>) {
    let (class, position) = match &l.location().record {
        Some(Record::Mechanism { position, .. }) => (0, *position),
        Some(Record::Link { position, .. }) => (1, *position),
        other => panic!("a lint points at a mechanism or a link, not {other:?}"),
    };
    (class, position, l.kind(), l.location().field.clone())
}

fn assert_ordered(lints: &[Lint]) {
    let keys: Vec<_> = lints.iter().map(order_key).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "lints are in declaration order");
}

// ----- the fixture models -----

#[cfg(feature = "serde")]
#[test]
fn the_fixture_trips_every_lint_where_intended() {
    let g = fixture("every_lint.json");
    let lints = g.lints();
    pinned("every_lint.lints", &lines(&lints));
    assert_ordered(&lints);
    let kinds: BTreeSet<LintKind> = lints.iter().map(Lint::kind).collect();
    assert_eq!(
        kinds,
        LintKind::ALL.iter().copied().collect(),
        "every kind of lint is tripped at least once"
    );
    // Structured, not just text: the routes and fields behind the lines.
    let routes: Vec<Vec<&str>> = lints
        .iter()
        .filter_map(|l| l.route())
        .map(|r| r.iter().map(|id| id.as_str()).collect())
        .collect();
    assert_eq!(
        routes,
        [
            vec!["coaching", "trust", "learning", "practice_use"],
            vec!["coaching", "practice_use"],
        ]
    );
    let fields: Vec<&str> = lints
        .iter()
        .filter_map(|l| l.location().field.as_deref())
        .collect();
    assert_eq!(
        fields,
        ["evidence.observations[1]", "evidence.observations[1]"]
    );
}

/// A factor that conditions one link (link-level moderation) bears on something.
#[test]
fn a_factor_moderating_a_link_is_not_unused() {
    let build = |moderated: bool| {
        let mut l = supported("skills", "alliance", 2);
        if moderated {
            l = l.with_moderator("leadership");
        }
        MechanismGraphBuilder::new()
            .mechanism(resource("skills"))
            .mechanism(reasoning("alliance"))
            .mechanism(outcome("fidelity"))
            .mechanism(context("leadership"))
            .link(l)
            .link(supported("alliance", "fidelity", 2))
            .build()
            .unwrap()
    };
    let unused = |g: &MechanismGraph| {
        g.lints()
            .iter()
            .filter(|l| l.kind() == LintKind::UnusedContext)
            .count()
    };
    assert_eq!(unused(&build(false)), 1);
    assert_eq!(unused(&build(true)), 0);
}

#[cfg(feature = "serde")]
#[test]
fn a_clean_model_has_no_lints() {
    let g = fixture("clean.json");
    assert_eq!(lines(&g.lints()), Vec::<String>::new());
    // so does the ARC example model shipped with the crate
    let g = example_model("arc.json");
    assert_eq!(lines(&g.lints()), Vec::<String>::new());
}

#[cfg(feature = "serde")]
fn example_model(file: &str) -> MechanismGraph {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/models")
        .join(file);
    isp_moc::io::read_file(&path).unwrap()
}

/// The consultation example model draws links its source reports no study for, and one
/// inference without a note: true findings, pinned (the model is not changed here).
#[cfg(feature = "serde")]
#[test]
fn the_consultation_model_lints_are_pinned() {
    let g = example_model("consultation.json");
    let lints = g.lints();
    pinned("consultation.lints", &lines(&lints));
    assert_ordered(&lints);
    for lint in &lints {
        let Some(Record::Link { position, .. }) = lint.location().record else {
            panic!("{lint}")
        };
        let link = &g.links()[position - 1];
        match lint.kind() {
            LintKind::UnsupportedLink => assert_eq!(link.support(), 0),
            LintKind::UnexplainedInference => {
                assert!(link.basis == Basis::Inferred && link.note.is_none())
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn options_run_a_subset() {
    let g = fixture("every_lint.json");
    let all = g.lints();
    for &kind in LintKind::ALL {
        let only: Vec<Lint> = all.iter().filter(|l| l.kind() == kind).cloned().collect();
        assert_eq!(g.lints_with(&LintOptions::only([kind])), only, "{kind:?}");
        let rest: Vec<Lint> = all.iter().filter(|l| l.kind() != kind).cloned().collect();
        assert_eq!(
            g.lints_with(&LintOptions::new().allow(kind)),
            rest,
            "{kind:?}"
        );
    }
    assert!(g.lints_with(&LintOptions::only([])).is_empty());
    assert_eq!(g.lints_with(&LintOptions::new()), all);
}

#[test]
fn kinds_parse_from_their_ids_and_suggest_on_a_typo() {
    for &kind in LintKind::ALL {
        assert_eq!(kind.as_str().parse::<LintKind>().unwrap(), kind);
        assert!(!kind.description().is_empty());
    }
    let err = "unused_contxt".parse::<LintKind>().unwrap_err();
    assert!(
        err.to_string().contains("did you mean `unused_context`?"),
        "{err}"
    );
}

// ----- Figure 2 -----

#[test]
fn figure2_lints_are_pinned() {
    let g = isp_moc::catalog::figure2();
    let lints = g.lints();
    pinned("figure2.lints", &lines(&lints));
    assert_ordered(&lints);
    assert_eq!(g.lints(), lints, "the same every run");
}

/// Every Figure 2 lint is a true statement: the link has support 0, and the route it names
/// is a pathway of the model (found by the pathway query) from a resource to an outcome
/// through that link. And none is missing: every zero-support link that some
/// resource-to-outcome pathway takes is reported.
#[test]
fn figure2_lints_are_true() {
    let g = isp_moc::catalog::figure2();
    let lints = g.lints();
    assert!(!lints.is_empty());
    let mut reported = BTreeSet::new();
    for lint in &lints {
        assert_eq!(lint.kind(), LintKind::UnsupportedLink, "{lint}");
        let Some(Record::Link {
            position,
            from: Some(from),
            to: Some(to),
        }) = &lint.location().record
        else {
            panic!("{lint}")
        };
        let link = &g.links()[position - 1];
        assert_eq!((link.from.as_str(), link.to.as_str()), (&from[..], &to[..]));
        assert_eq!(link.support(), 0, "{lint}");
        let route = lint.route().unwrap();
        assert!(route
            .windows(2)
            .any(|w| w[0] == from.as_str() && w[1] == to.as_str()));
        let (start, end) = (&route[0], &route[route.len() - 1]);
        assert_eq!(
            g.mechanism(start.as_str()).unwrap().kind(),
            MechanismKind::Resource
        );
        assert_eq!(
            g.mechanism(end.as_str()).unwrap().kind(),
            MechanismKind::Outcome
        );
        let set = g
            .pathways(
                isp_moc::query::PathQuery::new([start.as_str()], [end.as_str()]).max_paths(100_000),
            )
            .unwrap();
        assert!(!set.truncated);
        assert!(
            set.pathways.iter().any(|p| p.mechanisms() == route),
            "{lint}: the route is a pathway"
        );
        // the pathway's weakest link is this one's 0
        let weakest = route
            .windows(2)
            .map(|w| g.link(w[0].as_str(), w[1].as_str()).unwrap().support())
            .min();
        assert_eq!(weakest, Some(0));
        reported.insert(*position);
    }
    assert_eq!(
        reported,
        on_a_route(&g)
            .intersection(&zero_support(&g))
            .copied()
            .collect()
    );
    // and Figure 2 has no other kind of lint to report
    for &kind in LintKind::ALL {
        if kind != LintKind::UnsupportedLink {
            assert!(
                g.lints_with(&LintOptions::only([kind])).is_empty(),
                "{kind:?}"
            );
        }
    }
}

// ----- oracles -----

fn zero_support(g: &MechanismGraph) -> BTreeSet<usize> {
    g.links()
        .iter()
        .enumerate()
        .filter(|(_, l)| l.support() == 0)
        .map(|(j, _)| j + 1)
        .collect()
}

/// Causal out-neighbours with link positions, from the public link list.
fn causal_adjacency(g: &MechanismGraph) -> BTreeMap<String, Vec<(String, usize)>> {
    let mut adj: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
    for (j, l) in g.links().iter().enumerate() {
        if l.relation.is_causal() {
            adj.entry(l.from.to_string())
                .or_default()
                .push((l.to.to_string(), j + 1));
        }
    }
    adj
}

fn kind_of(g: &MechanismGraph, id: &str) -> MechanismKind {
    g.mechanism(id).unwrap().kind()
}

/// Positions of the links that some simple path from a resource to an outcome takes, by
/// enumerating every simple path.
fn on_a_route(g: &MechanismGraph) -> BTreeSet<usize> {
    fn walk(
        g: &MechanismGraph,
        adj: &BTreeMap<String, Vec<(String, usize)>>,
        path: &mut Vec<String>,
        links: &mut Vec<usize>,
        out: &mut BTreeSet<usize>,
    ) {
        let here = path.last().unwrap().clone();
        for (next, link) in adj.get(&here).into_iter().flatten() {
            if path.contains(next) {
                continue;
            }
            path.push(next.clone());
            links.push(*link);
            if kind_of(g, next) == MechanismKind::Outcome {
                out.extend(links.iter().copied());
            }
            walk(g, adj, path, links, out);
            path.pop();
            links.pop();
        }
    }
    let adj = causal_adjacency(g);
    let mut out = BTreeSet::new();
    for r in g.mechanisms_of_kind(MechanismKind::Resource) {
        walk(
            g,
            &adj,
            &mut vec![r.id.to_string()],
            &mut Vec::new(),
            &mut out,
        );
    }
    out
}

/// Ids reached from any mechanism of `kind` over causal links, forward or backward, by
/// repeating until nothing changes.
fn fixpoint(g: &MechanismGraph, kind: MechanismKind, forward: bool) -> BTreeSet<String> {
    let mut set: BTreeSet<String> = g
        .mechanisms_of_kind(kind)
        .map(|m| m.id.to_string())
        .collect();
    loop {
        let before = set.len();
        for l in g.links().iter().filter(|l| l.relation.is_causal()) {
            let (a, b) = if forward {
                (&l.from, &l.to)
            } else {
                (&l.to, &l.from)
            };
            if set.contains(a.as_str()) {
                set.insert(b.to_string());
            }
        }
        if set.len() == before {
            return set;
        }
    }
}

/// True when the causal links form no cycle (Kahn's algorithm).
fn causal_acyclic(g: &MechanismGraph) -> bool {
    let mut indegree: BTreeMap<String, usize> = g
        .mechanisms()
        .iter()
        .map(|m| (m.id.to_string(), 0))
        .collect();
    let causal: Vec<&Link> = g
        .links()
        .iter()
        .filter(|l| l.relation.is_causal())
        .collect();
    for l in &causal {
        *indegree.get_mut(l.to.as_str()).unwrap() += 1;
    }
    let mut ready: Vec<String> = indegree
        .iter()
        .filter(|(_, &d)| d == 0)
        .map(|(id, _)| id.clone())
        .collect();
    let mut done = 0;
    while let Some(id) = ready.pop() {
        done += 1;
        for l in causal.iter().filter(|l| l.from == id.as_str()) {
            let d = indegree.get_mut(l.to.as_str()).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push(l.to.to_string());
            }
        }
    }
    done == g.mechanism_count()
}

/// The lints every check should give, computed independently of the library; the
/// `unsupported_link` set is compared separately (its routes are the library's choice).
fn oracle(g: &MechanismGraph) -> BTreeSet<(u8, usize, LintKind, Option<String>)> {
    let reached = fixpoint(g, MechanismKind::Resource, true);
    let reaching = fixpoint(g, MechanismKind::Outcome, false);
    let mut out = BTreeSet::new();
    let hindering = |e: &Evidence| -> Vec<String> {
        e.observations
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                o.valence == isp_moc::model::Valence::Hindering && o.citations.is_empty()
            })
            .map(|(k, _)| format!("evidence.observations[{k}]"))
            .collect()
    };
    for (i, m) in g.mechanisms().iter().enumerate() {
        let p = i + 1;
        let id = m.id.as_str();
        let mut add = |kind| {
            out.insert((0, p, kind, None));
        };
        match m.kind() {
            MechanismKind::Reasoning if !reached.contains(id) => add(LintKind::UnreachedResponse),
            MechanismKind::Outcome if !reached.contains(id) => add(LintKind::UnreachedOutcome),
            _ => {}
        }
        if matches!(m.kind(), MechanismKind::Resource | MechanismKind::Reasoning)
            && !reaching.contains(id)
        {
            add(LintKind::DeadEnd);
        }
        if m.kind() == MechanismKind::Context
            && g.links()
                .iter()
                .all(|l| l.from != id && !l.moderators.iter().any(|f| f == id))
        {
            add(LintKind::UnusedContext);
        }
        for field in hindering(&m.evidence) {
            out.insert((0, p, LintKind::UncitedHindering, Some(field)));
        }
    }
    for (j, l) in g.links().iter().enumerate() {
        let p = j + 1;
        let observed = l
            .evidence
            .observations
            .iter()
            .any(|o| !o.citations.is_empty() || o.passage.is_some());
        if l.basis == Basis::Text
            && l.passages.is_empty()
            && l.evidence.citations.is_empty()
            && !observed
        {
            out.insert((1, p, LintKind::UntracedLink, None));
        }
        if l.basis == Basis::Inferred && l.note.is_none() {
            out.insert((1, p, LintKind::UnexplainedInference, None));
        }
        for field in hindering(&l.evidence) {
            out.insert((1, p, LintKind::UncitedHindering, Some(field)));
        }
        if l.weight.is_some_and(|w| w <= 0.0 || w > 1.0) {
            out.insert((1, p, LintKind::WeightOutsideUnit, None));
        }
    }
    out
}

// ----- random models -----

/// A random model: mechanisms of every kind and links chosen per ordered pair, kept to the
/// grammar, with random support, basis, notes, passages and observations.
#[derive(Debug, Clone)]
struct Spec {
    /// 0 resource, 1 reasoning, 2 outcome, 3 context; and a hindering observation:
    /// none, uncited or cited.
    mechanisms: Vec<(u8, u8)>,
    links: Vec<LinkSpec>,
}

/// from, to, precondition?, support, inferred?, note?, passage?, observation (0 none,
/// 1 hindering uncited, 2 hindering cited, 3 enabling uncited with a passage), weight
/// (an index into [`WEIGHTS`])
type LinkSpec = (usize, usize, bool, u16, bool, bool, bool, u8, usize);

/// The weights a random link may have: none, inside (0, 1], and outside it.
const WEIGHTS: [Option<f64>; 6] = [
    None,
    Some(0.5),
    Some(1.0),
    Some(0.0),
    Some(1.5),
    Some(-0.25),
];

fn spec() -> impl Strategy<Value = Spec> {
    (2usize..=8).prop_flat_map(|n| {
        (
            proptest::collection::vec((0u8..4, 0u8..3), n),
            proptest::collection::vec(
                (
                    0..n,
                    0..n,
                    any::<bool>(),
                    prop_oneof![3 => Just(0u16), 2 => 1u16..3],
                    prop::bool::weighted(0.3),
                    any::<bool>(),
                    any::<bool>(),
                    0u8..4,
                    0..WEIGHTS.len(),
                ),
                0..(n * n),
            ),
        )
            .prop_map(|(mechanisms, raw)| {
                let kind = |i: usize| mechanisms[i].0;
                let mut seen = BTreeSet::new();
                let links = raw
                    .into_iter()
                    .filter(|&(f, t, ..)| {
                        // the grammar: nothing into context; into a resource only from context
                        f != t && kind(t) != 3 && (kind(t) != 0 || kind(f) == 3)
                    })
                    .filter(|&(f, t, ..)| seen.insert((f, t)))
                    .collect();
                Spec { mechanisms, links }
            })
    })
}

fn name(i: usize) -> String {
    format!("m{i}")
}

fn observation(which: u8) -> Option<Observation> {
    match which {
        1 => Some(Observation::hindering("it failed once")),
        2 => Some(
            Observation::hindering("it failed twice").with_citation(Citation::new("Roe", 2020)),
        ),
        3 => Some(Observation::enabling("it worked").with_passage("it worked")),
        _ => None,
    }
}

fn build(spec: &Spec) -> MechanismGraph {
    let mut b = MechanismGraphBuilder::new();
    for (i, &(kind, obs)) in spec.mechanisms.iter().enumerate() {
        let category = match kind {
            0 => Category::resource(IspResource::Skills),
            1 => Category::reasoning(ReasoningType::Motivation),
            2 => Category::outcome(&[OutcomeLevel::Organization]),
            _ => Category::context(CfirDomain::OuterSetting),
        };
        let mut m = Mechanism::new(&name(i), &name(i), category);
        if let Some(o) = observation(obs) {
            m.evidence.observations.push(o);
        }
        b = b.mechanism(m);
    }
    for &(f, t, pre, support, inferred, note, passage, obs, weight) in &spec.links {
        let relation = match (spec.mechanisms[f].0 == 3, pre) {
            (_, true) => Relation::Precondition,
            (true, false) => Relation::Moderates,
            (false, false) => Relation::LeadsTo,
        };
        let mut e = Evidence::new();
        for k in 0..support {
            e = e.with_citation(Citation::new(&format!("A{k}"), 2001 + k));
        }
        let mut l = Link::new(&name(f), &name(t), relation).with_evidence(e);
        if inferred {
            l = l.inferred();
        }
        if note {
            l = l.with_note("why");
        }
        if passage {
            l = l.with_passage("where");
        }
        if let Some(o) = observation(obs) {
            l = l.with_observation(o);
        }
        if let Some(w) = WEIGHTS[weight] {
            l = l.with_weight(w);
        }
        b = b.link(l);
    }
    b.build().expect("generated models obey the grammar")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, max_shrink_iters: 4096, ..ProptestConfig::default() })]

    #[test]
    fn lints_match_the_oracles(s in spec()) {
        let g = build(&s);
        let lints = g.lints();
        assert_ordered(&lints);
        prop_assert_eq!(&g.lints(), &lints, "the same every run");

        let got: BTreeSet<_> = lints
            .iter()
            .filter(|l| l.kind() != LintKind::UnsupportedLink)
            .map(order_key)
            .collect();
        prop_assert_eq!(got, oracle(&g));

        // unsupported_link: sound always, complete when the causal links have no cycle
        let reported: BTreeSet<usize> = lints
            .iter()
            .filter(|l| l.kind() == LintKind::UnsupportedLink)
            .map(|l| order_key(l).1)
            .collect();
        let expect: BTreeSet<usize> = on_a_route(&g).intersection(&zero_support(&g)).copied().collect();
        prop_assert!(reported.is_subset(&expect), "{:?} not all in {:?}", reported, expect);
        if causal_acyclic(&g) {
            prop_assert_eq!(&reported, &expect);
        }
        for lint in lints.iter().filter(|l| l.kind() == LintKind::UnsupportedLink) {
            let link = &g.links()[order_key(lint).1 - 1];
            let route = lint.route().unwrap();
            let unique: BTreeSet<_> = route.iter().collect();
            prop_assert_eq!(unique.len(), route.len(), "a simple route");
            prop_assert_eq!(kind_of(&g, route[0].as_str()), MechanismKind::Resource);
            prop_assert_eq!(kind_of(&g, route[route.len() - 1].as_str()), MechanismKind::Outcome);
            for w in route.windows(2) {
                prop_assert!(g.link(w[0].as_str(), w[1].as_str()).unwrap().relation.is_causal());
            }
            prop_assert!(route.windows(2).any(|w| w[0] == link.from && w[1] == link.to));
            let shown: Vec<&str> = route.iter().map(|id| id.as_str()).collect();
            prop_assert!(lint.message().contains(&shown.join(" → ")));
        }
        for l in lints.iter().filter(|l| l.kind() != LintKind::UnsupportedLink) {
            prop_assert!(l.route().is_none());
        }
    }

    #[test]
    fn options_select_exactly_their_kinds(s in spec(), allowed in proptest::collection::vec(0..LintKind::ALL.len(), 0..4)) {
        let g = build(&s);
        let all = g.lints();
        let mut options = LintOptions::new();
        for &k in &allowed {
            options = options.allow(LintKind::ALL[k]);
        }
        let expect: Vec<Lint> = all.iter().filter(|l| options.enables(l.kind())).cloned().collect();
        prop_assert_eq!(g.lints_with(&options), expect);
    }
}

// ----- the edges of the rules -----

#[test]
fn an_empty_model_has_no_lints() {
    assert!(MechanismGraph::builder()
        .build()
        .unwrap()
        .lints()
        .is_empty());
}

#[test]
fn reach_ignores_moderation_and_context_preconditions() {
    // `c` is a precondition of `r2` and moderates `m`; neither makes `r2` reached: only a
    // resource starts a route.
    let g = common::build(
        vec![
            resource("r"),
            context("c"),
            reasoning("m"),
            reasoning("r2"),
            outcome("o"),
        ],
        vec![
            supported("r", "m", 1),
            supported("m", "o", 1),
            Link::new("c", "r2", Relation::Precondition).with_passage("p"),
            Link::new("c", "m", Relation::Moderates).with_passage("p"),
            supported("r2", "o", 1),
        ],
    )
    .unwrap();
    let kinds: Vec<(LintKind, String)> = g
        .lints()
        .iter()
        .map(|l| (l.kind(), l.location().to_string()))
        .collect();
    assert_eq!(
        kinds,
        [(LintKind::UnreachedResponse, "mechanism #4 `r2`".to_owned())]
    );
}

#[test]
fn an_unsupported_link_on_a_cycle_names_a_simple_route() {
    // r -> a -> b -> a is a cycle; b -> o leaves it. The unsupported link a -> b lies on
    // r -> a -> b -> o.
    let g = common::build(
        vec![resource("r"), reasoning("a"), reasoning("b"), outcome("o")],
        vec![
            supported("r", "a", 1),
            leads("a", "b").with_passage("p"),
            supported("b", "a", 1),
            supported("b", "o", 1),
        ],
    )
    .unwrap();
    let lints = g.lints();
    assert_eq!(lints.len(), 1);
    assert_eq!(lints[0].route().unwrap(), ["r", "a", "b", "o"]);
}

#[test]
fn an_unsupported_link_only_a_walk_could_take_is_not_reported() {
    // r -> x -> a -> b -> x -> o: the only way on from b is back through x, so no simple
    // route takes a -> b, although r reaches a and b reaches o.
    let g = common::build(
        vec![
            resource("r"),
            reasoning("x"),
            reasoning("a"),
            reasoning("b"),
            outcome("o"),
        ],
        vec![
            supported("r", "x", 1),
            supported("x", "a", 1),
            leads("a", "b").with_passage("p"),
            supported("b", "x", 1),
            supported("x", "o", 1),
        ],
    )
    .unwrap();
    assert!(g.lints().is_empty(), "{:?}", lines(&g.lints()));
}

#[test]
fn zero_publications_count_as_no_support() {
    let g = common::build(
        vec![resource("r"), outcome("o")],
        vec![leads("r", "o").with_evidence(
            Evidence::new()
                .with_publications(0)
                .with_citation(Citation::new("Roe", 2020)),
        )],
    )
    .unwrap();
    let lints = g.lints();
    assert_eq!(lints.len(), 1);
    assert!(
        lints[0]
            .message()
            .starts_with("support 0 (0 publications reported)"),
        "{}",
        lints[0]
    );
}

#[test]
fn a_blank_note_does_not_explain_an_inference() {
    let g = common::build(
        vec![resource("r"), outcome("o")],
        vec![supported("r", "o", 1).inferred().with_note("  ")],
    )
    .unwrap();
    let kinds: Vec<LintKind> = g.lints().iter().map(Lint::kind).collect();
    assert_eq!(kinds, [LintKind::UnexplainedInference]);
}

#[test]
fn a_route_that_needs_a_longer_way_in_is_missed() {
    // The one route taking the unsupported link x -> y is r -> b -> x -> y -> a -> c -> o.
    // The shortest way in (r -> a -> x) uses `a`, the only way out of `y`; the shortest way
    // out (y -> a -> b -> o) uses `b`, the other way in. Both constructions fail, so the
    // link goes unreported: deciding it exactly is NP-complete with cycles (see
    // `LintKind::UnsupportedLink`). Pinned so that a better construction shows up here.
    let g = common::build(
        vec![
            resource("r"),
            reasoning("a"),
            reasoning("b"),
            reasoning("c"),
            reasoning("x"),
            reasoning("y"),
            outcome("o"),
        ],
        vec![
            supported("r", "a", 1),
            supported("r", "b", 1),
            supported("a", "x", 1),
            supported("b", "x", 1),
            leads("x", "y").with_passage("p"),
            supported("y", "a", 1),
            supported("a", "b", 1),
            supported("a", "c", 1),
            supported("b", "o", 1),
            supported("c", "o", 1),
        ],
    )
    .unwrap();
    assert!(on_a_route(&g).contains(&5), "a route exists");
    assert!(g.lints().is_empty(), "{:?}", lines(&g.lints()));
}

#[cfg(feature = "serde")]
/// The (line, column) of each record's `{` in a fixture written one field a line: the
/// lines reading `    {` between `"<section>": [` and the section's closing `  ]`.
fn record_lines(text: &str, section: &str) -> Vec<(usize, usize)> {
    let opening = format!("  \"{section}\": [");
    let mut inside = false;
    let mut starts = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line == opening {
            inside = true;
        } else if inside && line.starts_with("  ]") {
            break;
        } else if inside && line == "    {" {
            starts.push((i + 1, 5));
        }
    }
    starts
}

#[cfg(feature = "serde")]
#[test]
fn lints_are_placed_where_their_records_start_in_a_json_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint/every_lint.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let g = isp_moc::io::from_json(&text).unwrap();
    let unplaced = g.lints();
    let mut lints = unplaced.clone();
    isp_moc::lint::place_in_json(&mut lints, &text);
    let (mechanisms, links) = (
        record_lines(&text, "mechanisms"),
        record_lines(&text, "links"),
    );
    assert_eq!(mechanisms.len(), g.mechanism_count());
    assert_eq!(links.len(), g.link_count());
    for (lint, before) in lints.iter().zip(&unplaced) {
        let at = lint.location();
        let expected = match &at.record {
            Some(Record::Mechanism { position, .. }) => mechanisms[position - 1],
            Some(Record::Link { position, .. }) => links[position - 1],
            other => panic!("{other:?}"),
        };
        assert_eq!(
            (at.line, at.column),
            (Some(expected.0), Some(expected.1)),
            "{lint}"
        );
        // only the place is added
        let prefix = format!("line {}, column {}, ", expected.0, expected.1);
        assert_eq!(lint.to_string(), prefix + &before.to_string());
        assert_eq!(
            (lint.kind(), lint.message()),
            (before.kind(), before.message())
        );
    }
    // the same model on one line: columns follow each record's `{`
    let compact = isp_moc::io::to_json_compact(&g);
    let mut placed = g.lints();
    isp_moc::lint::place_in_json(&mut placed, &compact);
    let link_starts: Vec<usize> = compact
        .match_indices("{\"from\":")
        .map(|(i, _)| i + 1)
        .collect();
    for lint in &placed {
        if let Some(Record::Link { position, .. }) = &lint.location().record {
            assert_eq!(lint.location().line, Some(1));
            assert_eq!(
                lint.location().column,
                Some(link_starts[position - 1]),
                "{lint}"
            );
        }
    }
    // a text that is not the model's document leaves the lints as they were
    let mut left = g.lints();
    isp_moc::lint::place_in_json(&mut left, "not json");
    assert_eq!(left, unplaced);
}

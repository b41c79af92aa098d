//! Property tests: every query against a simple, independent oracle on small random
//! graphs (random relations, bases, support, cycles and context factors).

use std::collections::{BTreeSet, HashMap, VecDeque};

use isp_moc::error::Record;
use isp_moc::model::{Basis, Category, Citation, Evidence, Link, Mechanism, Relation};
use isp_moc::query::{LinkFilter, LoopQuery, PathQuery, Reach};
use isp_moc::vocab::{CfirDomain, OutcomeLevel, ReasoningType};
use isp_moc::{ErrorKind, MechanismGraph, MechanismGraphBuilder};
use proptest::prelude::*;

/// A random model: `n` causal nodes (reasoning or outcome), a few context factors, and
/// links chosen per ordered pair.
#[derive(Debug, Clone)]
struct Spec {
    outcomes: Vec<bool>,
    contexts: usize,
    links: Vec<(usize, usize, bool, bool, u16)>, // from, to, precondition?, inferred?, support
}

fn spec() -> impl Strategy<Value = Spec> {
    (2usize..=7, 0usize..=2).prop_flat_map(|(n, contexts)| {
        let total = n + contexts;
        (
            proptest::collection::vec(any::<bool>(), n),
            proptest::collection::vec(
                (
                    0..total,
                    0..n,
                    any::<bool>(),
                    prop::bool::weighted(0.3),
                    0u16..4,
                ),
                0..(n * n + 2),
            ),
        )
            .prop_map(move |(outcomes, raw)| {
                let mut seen = BTreeSet::new();
                let links = raw
                    .into_iter()
                    .filter(|&(f, t, ..)| f != t && seen.insert((f, t)))
                    .collect();
                Spec {
                    outcomes,
                    contexts,
                    links,
                }
            })
    })
}

fn name(i: usize) -> String {
    format!("n{i}")
}

fn build(spec: &Spec) -> MechanismGraph {
    let n = spec.outcomes.len();
    let mut b = MechanismGraphBuilder::new();
    for (i, &is_outcome) in spec.outcomes.iter().enumerate() {
        let c = if is_outcome {
            Category::outcome(&[OutcomeLevel::Individual])
        } else {
            Category::reasoning(ReasoningType::Capability)
        };
        b = b.mechanism(Mechanism::new(&name(i), &name(i), c));
    }
    for i in n..n + spec.contexts {
        b = b.mechanism(Mechanism::new(
            &name(i),
            &name(i),
            Category::context(CfirDomain::InnerSetting),
        ));
    }
    for &(f, t, pre, inferred, support) in &spec.links {
        let relation = match (f >= n, pre) {
            (true, true) => Relation::Precondition,
            (true, false) => Relation::Moderates,
            (false, true) => Relation::Precondition,
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
        b = b.link(l);
    }
    b.build().expect("generated models obey the grammar")
}

/// Which links a test query follows; mirrored by hand in the oracle.
#[derive(Debug, Clone, Copy)]
enum Follow {
    All,
    TextOnly,
    LeadsToOnly,
}

impl Follow {
    fn filter(self) -> LinkFilter {
        match self {
            Follow::All => LinkFilter::all(),
            Follow::TextOnly => LinkFilter::all().text_only(),
            Follow::LeadsToOnly => LinkFilter::all().relations(&[Relation::LeadsTo]),
        }
    }
    fn follows(self, l: &Link) -> bool {
        match self {
            Follow::All => true,
            Follow::TextOnly => l.basis == Basis::Text,
            Follow::LeadsToOnly => l.relation == Relation::LeadsTo,
        }
    }
}

#[derive(Debug, Clone)]
struct Ask {
    from: Vec<usize>,
    to: Vec<usize>,
    via: Option<usize>,
    max_hops: usize,
    max_paths: usize,
    follow: Follow,
}

fn ask(total: usize) -> impl Strategy<Value = Ask> {
    (
        proptest::collection::vec(0..total, 1..3),
        proptest::collection::vec(0..total, 1..3),
        proptest::option::weighted(0.3, 0..total),
        1usize..6,
        1usize..12,
        prop_oneof![
            Just(Follow::All),
            Just(Follow::TextOnly),
            Just(Follow::LeadsToOnly)
        ],
    )
        .prop_map(|(from, to, via, max_hops, max_paths, follow)| Ask {
            from,
            to,
            via,
            max_hops,
            max_paths,
            follow,
        })
}

fn query(a: &Ask) -> PathQuery {
    let mut q = PathQuery::new(
        a.from.iter().map(|&i| name(i)),
        a.to.iter().map(|&i| name(i)),
    )
    .max_hops(a.max_hops)
    .max_paths(a.max_paths)
    .filter(a.follow.filter());
    if let Some(v) = a.via {
        q = q.via_any([name(v)]);
    }
    q
}

/// Out-neighbour map built from the public link list.
fn adjacency(g: &MechanismGraph, follow: Follow) -> HashMap<String, Vec<(String, u32)>> {
    let mut adj: HashMap<String, Vec<(String, u32)>> = HashMap::new();
    for l in g.links().iter().filter(|l| follow.follows(l)) {
        adj.entry(l.from.to_string())
            .or_default()
            .push((l.to.to_string(), l.support()));
    }
    adj
}

/// Every qualifying pathway, by brute force, sorted by (hops, ids).
fn oracle_paths(g: &MechanismGraph, a: &Ask) -> Vec<(Vec<String>, Vec<u32>)> {
    fn walk(
        adj: &HashMap<String, Vec<(String, u32)>>,
        path: &mut Vec<String>,
        support: &mut Vec<u32>,
        a: &Ask,
        out: &mut Vec<(Vec<String>, Vec<u32>)>,
    ) {
        let here = path.last().unwrap().clone();
        for (next, s) in adj.get(&here).into_iter().flatten() {
            if path.contains(next) || support.len() >= a.max_hops {
                continue;
            }
            path.push(next.clone());
            support.push(*s);
            let ends = a.to.iter().any(|&t| name(t) == *next);
            let via_ok = a.via.is_none_or(|v| path.contains(&name(v)));
            if ends && via_ok {
                out.push((path.clone(), support.clone()));
            }
            walk(adj, path, support, a, out);
            path.pop();
            support.pop();
        }
    }
    let adj = adjacency(g, a.follow);
    let starts: BTreeSet<String> = a.from.iter().map(|&i| name(i)).collect();
    let mut out = Vec::new();
    for s in starts {
        walk(&adj, &mut vec![s], &mut Vec::new(), a, &mut out);
    }
    out.sort_by(|x, y| x.0.len().cmp(&y.0.len()).then_with(|| x.0.cmp(&y.0)));
    out
}

fn ids(p: &isp_moc::query::Pathway) -> Vec<String> {
    p.mechanisms().iter().map(|m| m.to_string()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, max_shrink_iters: 2048, ..ProptestConfig::default() })]

    #[test]
    fn pathways_match_the_oracle((s, a) in spec().prop_flat_map(|s| {
        let total = s.outcomes.len() + s.contexts;
        (Just(s), ask(total))
    })) {
        let g = build(&s);
        let set = g.pathways(query(&a)).unwrap();
        let all = oracle_paths(&g, &a);
        // truncated iff the cap was hit, and then the first pathways in order are kept
        prop_assert_eq!(set.truncated, all.len() > a.max_paths);
        let expect: Vec<Vec<String>> = all.iter().take(a.max_paths).map(|(p, _)| p.clone()).collect();
        let got: Vec<Vec<String>> = set.pathways.iter().map(ids).collect();
        prop_assert_eq!(&got, &expect);
        for (p, (_, support)) in set.pathways.iter().zip(&all) {
            // simple, follows existing links, within bounds, strength is the weakest link
            let unique: BTreeSet<_> = p.mechanisms().iter().collect();
            prop_assert_eq!(unique.len(), p.mechanisms().len());
            prop_assert!(p.hops() >= 1 && p.hops() <= a.max_hops);
            for (f, t) in p.links() {
                prop_assert!(g.link(f.as_str(), t.as_str()).is_ok());
            }
            prop_assert_eq!(p.link_support(), &support[..]);
            prop_assert_eq!(p.strength().support(), *support.iter().min().unwrap());
        }
        // same answer every time
        prop_assert_eq!(g.pathways(query(&a)).unwrap(), set);
    }

    #[test]
    fn strongest_matches_the_oracle((s, a) in spec().prop_flat_map(|s| {
        let total = s.outcomes.len() + s.contexts;
        (Just(s), ask(total))
    })) {
        let g = build(&s);
        let a = Ask { via: None, ..a };
        let best = g.strongest_pathway(query(&a)).unwrap().map(|p| ids(&p));
        let all = oracle_paths(&g, &a);
        // highest weakest-link support, then fewest hops, then ids (all is in (hops, ids) order)
        let expect = all
            .iter()
            .rev()
            .max_by_key(|(_, support)| *support.iter().min().unwrap())
            .map(|(p, _)| p.clone());
        prop_assert_eq!(best, expect);
    }

    #[test]
    fn removing_a_link_never_adds_a_pathway((s, a, k) in spec().prop_flat_map(|s| {
        let total = s.outcomes.len() + s.contexts;
        let links = s.links.len().max(1);
        (Just(s), ask(total), 0..links)
    })) {
        let g = build(&s);
        let a = Ask { max_paths: 100_000, ..a };
        let before: BTreeSet<Vec<String>> = g.pathways(query(&a)).unwrap().pathways.iter().map(ids).collect();
        let mut parts = g.into_parts();
        if k < parts.links.len() {
            parts.links.remove(k);
        }
        let smaller = MechanismGraph::from_parts(parts).unwrap();
        let after: BTreeSet<Vec<String>> = smaller.pathways(query(&a)).unwrap().pathways.iter().map(ids).collect();
        prop_assert!(after.is_subset(&before));
    }

    #[test]
    fn reach_matches_breadth_first_oracle((s, start, hops) in spec().prop_flat_map(|s| {
        let total = s.outcomes.len() + s.contexts;
        (Just(s), 0..total, proptest::option::of(0usize..4))
    })) {
        let g = build(&s);
        // the same model among many unlinked mechanisms, so that what is reached is a
        // small share of the graph (the answer is ordered by another route then)
        let mut parts = g.clone().into_parts();
        parts.mechanisms.extend((0..100).map(|i| {
            let id = format!("pad{i}");
            Mechanism::new(&id, &id, Category::reasoning(ReasoningType::Capability))
        }));
        let padded = MechanismGraph::from_parts(parts).unwrap();
        let mut reach = Reach::all();
        if let Some(h) = hops {
            reach = reach.max_hops(h);
        }
        // oracle: plain BFS over the public link list, then sorted by distance and id
        let adj = adjacency(&g, Follow::All);
        let mut reverse: HashMap<String, Vec<(String, u32)>> = HashMap::new();
        for (from, nexts) in &adj {
            for (to, l) in nexts {
                reverse.entry(to.clone()).or_default().push((from.clone(), *l));
            }
        }
        for (down, adj) in [(true, &adj), (false, &reverse)] {
            let mut dist: HashMap<String, usize> = HashMap::from([(name(start), 0)]);
            let mut queue = VecDeque::from([name(start)]);
            while let Some(here) = queue.pop_front() {
                let d = dist[&here];
                if hops.is_some_and(|h| d >= h) { continue; }
                for (next, _) in adj.get(&here).into_iter().flatten() {
                    if !dist.contains_key(next) {
                        dist.insert(next.clone(), d + 1);
                        queue.push_back(next.clone());
                    }
                }
            }
            let mut expect: Vec<(String, usize)> = dist.into_iter().filter(|(id, _)| *id != name(start)).collect();
            expect.sort_by(|x, y| x.1.cmp(&y.1).then_with(|| x.0.cmp(&y.0)));
            for graph in [&g, &padded] {
                let got = if down { graph.downstream(&name(start), reach) } else { graph.upstream(&name(start), reach) };
                let got: Vec<(String, usize)> = got.unwrap()
                    .into_iter().map(|r| (r.id.to_string(), r.distance)).collect();
                prop_assert_eq!(&got, &expect);
            }
        }
    }

    #[test]
    fn feedback_loops_match_the_oracle((s, max_hops) in (spec(), 2usize..6)) {
        let g = build(&s);
        let set = g.feedback_loops(LoopQuery::new().max_hops(max_hops)).unwrap();
        prop_assert!(!set.truncated);
        // oracle: every simple cycle, rotated to start at its smallest id
        let adj = adjacency(&g, Follow::All);
        let mut cycles = BTreeSet::new();
        fn walk(adj: &HashMap<String, Vec<(String, u32)>>, path: &mut Vec<String>, max: usize, out: &mut BTreeSet<(usize, Vec<String>)>) {
            let here = path.last().unwrap().clone();
            for (next, _) in adj.get(&here).into_iter().flatten() {
                if *next == path[0] {
                    let i = (0..path.len()).min_by_key(|&i| &path[i]).unwrap();
                    let mut c = path[i..].to_vec();
                    c.extend_from_slice(&path[..i]);
                    out.insert((c.len(), c));
                } else if !path.contains(next) && path.len() < max {
                    path.push(next.clone());
                    walk(adj, path, max, out);
                    path.pop();
                }
            }
        }
        for m in g.mechanisms() {
            walk(&adj, &mut vec![m.id.to_string()], max_hops, &mut cycles);
        }
        let expect: Vec<Vec<String>> = cycles.into_iter().map(|(_, c)| c).collect();
        let got: Vec<Vec<String>> = set.loops.iter().map(|l| l.mechanisms().iter().map(|m| m.to_string()).collect()).collect();
        prop_assert_eq!(got, expect);
        prop_assert_eq!(g.has_cycles(), !g.feedback_loops(LoopQuery::new().max_hops(64)).unwrap().loops.is_empty());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_round_trip_is_lossless(s in spec()) {
        let g = build(&s);
        let text = isp_moc::io::to_json(&g);
        prop_assert_eq!(isp_moc::io::from_json(&text).unwrap(), g.clone());
        prop_assert_eq!(isp_moc::io::to_json(&isp_moc::io::from_json(&text).unwrap()), text);
    }
}

/// A model whose links are moderated by context factors: `n` reasoning mechanisms, links
/// between distinct pairs, each listing a random subset of the `contexts` factors.
fn moderated_model() -> impl Strategy<Value = (MechanismGraph, Vec<String>)> {
    // sparse and dense moderation, so that both ways of merging the factors' lists run
    (3usize..=16, 1usize..=10, prop_oneof![Just(0.04), Just(0.3)]).prop_flat_map(
        |(n, contexts, p)| {
            let pairs =
                proptest::collection::btree_set((0..n, 0..n), n * (n - 1) / 2..=n * (n - 1));
            let picks = proptest::collection::vec(prop::bool::weighted(p), 256 * contexts);
            // up to 12 asked, repeats included: more than the handful kept on the stack
            let asked = proptest::collection::vec(0..contexts, 0..=12);
            (pairs, picks, asked).prop_map(move |(pairs, picks, asked)| {
                let factor = |k: usize| format!("ctx{k}");
                let mut b = MechanismGraphBuilder::new();
                for i in 0..n {
                    b = b.mechanism(Mechanism::new(
                        &name(i),
                        &name(i),
                        Category::reasoning(ReasoningType::Capability),
                    ));
                }
                for k in 0..contexts {
                    b = b.mechanism(Mechanism::new(
                        &factor(k),
                        &factor(k),
                        Category::context(CfirDomain::InnerSetting),
                    ));
                }
                let links = pairs.into_iter().filter(|(f, t)| f != t).enumerate();
                for (j, (f, t)) in links {
                    let mut l = Link::new(&name(f), &name(t), Relation::LeadsTo);
                    for k in (0..contexts).filter(|&k| picks[j * contexts + k]) {
                        l = l.with_moderator(&factor(k));
                    }
                    b = b.link(l);
                }
                (
                    b.build().expect("valid model"),
                    asked.into_iter().map(factor).collect(),
                )
            })
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn links_moderated_by_matches_a_scan_of_the_links((g, asked) in moderated_model()) {
        let got = g.links_moderated_by(asked.iter().map(String::as_str)).unwrap();
        // oracle: every link, in order, that names one of the asked factors
        let expect: Vec<&Link> = g.links().iter()
            .filter(|l| l.moderators.iter().any(|m| asked.iter().any(|a| m == a.as_str())))
            .collect();
        prop_assert_eq!(got, expect);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Every repeated pair (unknown endpoints and self-links among them) is reported, in
    /// declaration order, naming the first link between the two mechanisms; the oracle
    /// is a map from pair to first position.
    #[test]
    fn duplicate_links_name_their_first_link(
        raw in proptest::collection::vec((0usize..6, 0usize..6), 0..40)
    ) {
        // n0..n4 exist; n5 does not
        let mut b = MechanismGraphBuilder::new();
        for i in 0..5 {
            b = b.mechanism(Mechanism::new(&name(i), &name(i), Category::reasoning(ReasoningType::Capability)));
        }
        for &(f, t) in &raw {
            b = b.link(Link::new(&name(f), &name(t), Relation::LeadsTo));
        }
        let mut first = HashMap::new();
        let mut expect = Vec::new();
        for (i, &(f, t)) in raw.iter().enumerate() {
            if f == t || f == 5 || t == 5 {
                continue;
            }
            match first.get(&(f, t)) {
                Some(&j) => expect.push((i + 1, j + 1)),
                None => { first.insert((f, t), i); }
            }
        }
        let got: Vec<(usize, usize)> = match b.build() {
            Ok(_) => Vec::new(),
            Err(e) => e.problems().iter().filter_map(|p| match (&p.kind, p.location.as_ref().and_then(|l| l.record.clone())) {
                (ErrorKind::DuplicateLink { first, .. }, Some(Record::Link { position, .. })) => Some((position, *first)),
                _ => None,
            }).collect(),
        };
        prop_assert_eq!(got, expect);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Answers come in id order however long the ids' shared beginnings are (the build
    /// orders ids by their first 16 bytes and compares the rest only on a tie): a hub's
    /// downstream mechanisms, all one link away, are exactly its neighbours sorted as text.
    #[test]
    fn answers_are_in_id_order_with_long_shared_prefixes(
        raw in proptest::collection::btree_set(
            (0usize..4, proptest::collection::vec(prop::sample::select(vec!['a', 'b', '_', 'z', '0']), 0..22)),
            1..40,
        )
    ) {
        let prefixes = ["", "a", "implementation_", "implementation_climate", "implementation_climate_b"];
        let mut ids: Vec<String> = raw
            .into_iter()
            .map(|(p, tail)| format!("{}{}x", prefixes[p], tail.into_iter().collect::<String>()))
            .filter(|id| id.as_str() != "hub" && isp_moc::MechanismId::new(id).is_ok())
            .collect();
        ids.sort();
        ids.dedup();
        let relational = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
        // declared in reverse text order, so declaration order gives nothing away
        let g = MechanismGraphBuilder::new()
            .mechanism(relational("hub"))
            .mechanisms(ids.iter().rev().map(|id| relational(id)))
            .links(ids.iter().map(|id| Link::new("hub", id, Relation::LeadsTo)))
            .build()
            .unwrap();
        let got: Vec<String> = g.downstream("hub", Reach::all()).unwrap().into_iter().map(|r| r.id.to_string()).collect();
        prop_assert_eq!(got, ids);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// An invalid id's message suggests a fix only when the fix is itself a valid id
    /// (`Coach-Feedback` → `coach_feedback`), and never the same text again.
    #[test]
    fn an_invalid_ids_suggested_fix_is_valid(id in "[ -~]{0,40}|[A-Za-zäöü0-9 _.-]{1,30}") {
        if let Err(e) = isp_moc::MechanismId::new(&id) {
            let message = e.to_string();
            if let Some((_, tail)) = message.rsplit_once("; try `") {
                let near = tail.strip_suffix('`').unwrap();
                prop_assert!(isp_moc::MechanismId::new(near).is_ok(), "{message}");
                prop_assert_ne!(near, id.as_str());
            }
        }
    }
}

/// The suggested fix for ids a person types wrongly.
#[test]
fn an_invalid_id_suggests_its_snake_case_form() {
    let near = |id: &str| isp_moc::MechanismId::new(id).unwrap_err().to_string();
    assert!(near("Coach-Feedback").ends_with("; try `coach_feedback`"));
    assert!(near("ISP skills").ends_with("; try `isp_skills`"));
    assert!(near(" Trust ").ends_with("; try `trust`"));
    assert!(!near("2nd coach").contains("try"));
    assert!(!near("___").contains("try"));
    assert!(!near("").contains("try"));
}

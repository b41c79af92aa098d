//! Building graphs: validation errors name the offending id; lookups never panic.

mod common;

use common::*;
use isp_moc::error::Record;
use isp_moc::model::{
    Category, CfirPlacement, Citation, Evidence, GrammarRule, Link, Mechanism, ModelInfo,
    Observation, Relation,
};
use isp_moc::vocab::{CfirConstruct, CfirDomain, ComBSubcomponent, OutcomeLevel, ReasoningType};
use isp_moc::{Error, ErrorKind};

#[test]
fn duplicate_mechanism() {
    let err = build(vec![reasoning("a"), reasoning("a")], vec![]).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::DuplicateMechanism {
            id: "a".into(),
            first: 1
        }
    );
    assert_eq!(
        err.location().unwrap().record,
        Some(Record::Mechanism {
            position: 2,
            id: Some("a".into())
        })
    );
    assert_eq!(
        err.to_string(),
        "mechanism #2 `a`: duplicate mechanism id `a`: already declared by mechanism #1"
    );
}

#[test]
fn unknown_endpoint_names_the_missing_id() {
    let err = build(vec![reasoning("a")], vec![leads("a", "ghost")]).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::UnknownEndpoint {
            from: "a".into(),
            to: "ghost".into(),
            missing: "ghost".into(),
            suggestion: None,
        }
    );
    assert_eq!(
        err.to_string(),
        "link #1 `a` -> `ghost`: `ghost` is not a mechanism of the model"
    );
    let err = build(vec![reasoning("a")], vec![leads("ghost", "a")]).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::UnknownEndpoint { missing, .. } if missing == "ghost"));
}

#[test]
fn misspelt_endpoints_get_a_suggestion() {
    let err = build(
        vec![reasoning("trust"), reasoning("self_efficacy")],
        vec![
            leads("trust", "self_eficacy"),
            leads("Trust", "self_efficacy"),
        ],
    )
    .unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "link #1 `trust` -> `self_eficacy`: `self_eficacy` is not a mechanism of the model; did you mean `self_efficacy`?",
            "link #2 `Trust` -> `self_efficacy`: `Trust` is not a mechanism of the model; did you mean `trust`?",
        ]
    );
}

#[test]
fn records_added_one_by_one_and_in_batches_keep_declaration_order() {
    use isp_moc::MechanismGraph;
    let g = MechanismGraph::builder()
        .mechanisms(vec![reasoning("c"), reasoning("a")])
        .mechanism(reasoning("d"))
        .mechanisms([reasoning("b")])
        .links(vec![leads("c", "a")])
        .link(leads("a", "d"))
        .links(vec![leads("d", "b")])
        .build()
        .unwrap();
    let ids: Vec<&str> = g.mechanisms().iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["c", "a", "d", "b"]);
    let ends: Vec<(&str, &str)> = g
        .links()
        .iter()
        .map(|l| (l.from.as_str(), l.to.as_str()))
        .collect();
    assert_eq!(ends, [("c", "a"), ("a", "d"), ("d", "b")]);
}

#[test]
fn self_link() {
    let err = build(vec![reasoning("a")], vec![leads("a", "a")]).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::SelfLink { id: "a".into() });
    assert_eq!(
        err.to_string(),
        "link #1 `a` -> `a`: a link cannot join a mechanism to itself"
    );
}

#[test]
fn self_link_to_an_unknown_id_names_it_once_and_known_ends_are_told_apart() {
    let err = build(
        vec![reasoning("a"), reasoning("b")],
        vec![leads("zed", "zed"), leads("a", "zed"), leads("b", "a")],
    )
    .unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "link #1 `zed` -> `zed`: a link cannot join a mechanism to itself",
            "link #1 `zed` -> `zed`: `zed` is not a mechanism of the model",
            "link #2 `a` -> `zed`: `zed` is not a mechanism of the model",
        ]
    );
}

#[test]
fn duplicate_link_even_with_another_relation() {
    let twice = vec![leads("a", "b"), Link::new("a", "b", Relation::Precondition)];
    let err = build(vec![reasoning("a"), reasoning("b")], twice).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::DuplicateLink {
            from: "a".into(),
            to: "b".into(),
            first: 1
        }
    );
    // the reverse direction is a different link
    assert!(build(
        vec![reasoning("a"), reasoning("b")],
        vec![leads("a", "b"), leads("b", "a")]
    )
    .is_ok());
}

#[test]
fn a_link_repeated_three_times_names_the_first_each_time() {
    let nodes = vec![reasoning("a"), reasoning("b"), reasoning("c")];
    let links = vec![
        leads("b", "c"),
        leads("a", "b"),
        leads("a", "c"),
        Link::new("a", "b", Relation::Precondition),
        leads("b", "c"),
        leads("a", "b"),
    ];
    let err = build(nodes, links).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "link #4 `a` -> `b`: duplicate link: link #2 already joins `a` to `b`",
            "link #5 `b` -> `c`: duplicate link: link #1 already joins `b` to `c`",
            "link #6 `a` -> `b`: duplicate link: link #2 already joins `a` to `b`",
        ]
    );
}

#[test]
fn grammar_violations() {
    let nodes = || {
        vec![
            resource("r"),
            reasoning("m"),
            outcome("o"),
            context("c"),
            context("c2"),
        ]
    };
    let cases = [
        (leads("m", "r"), GrammarRule::IntoResource),
        (leads("o", "r"), GrammarRule::IntoResource),
        (leads("r", "c"), GrammarRule::IntoContext),
        (
            Link::new("c2", "c", Relation::Moderates),
            GrammarRule::IntoContext,
        ),
        (leads("c", "m"), GrammarRule::ContextLeadsTo),
        (
            Link::new("r", "m", Relation::Moderates),
            GrammarRule::ModeratorNotContext,
        ),
    ];
    for (link, expected) in cases {
        let (from, to) = (link.from.to_string(), link.to.to_string());
        let err = build(nodes(), vec![link]).unwrap_err();
        match err.kind() {
            ErrorKind::GrammarViolation {
                from: f,
                to: t,
                rule,
                ..
            } => {
                assert_eq!((f, t), (&from, &to));
                assert_eq!(*rule, expected);
                assert!(err.to_string().contains(rule.label()), "{err}");
            }
            other => panic!("expected a grammar violation, got {other:?}"),
        }
    }
    // allowed: context conditions a resource; outcome feeds back into reasoning
    let ok = vec![
        Link::new("c", "r", Relation::Moderates),
        Link::new("c", "m", Relation::Precondition),
        leads("r", "m"),
        leads("m", "o"),
        leads("o", "m"),
        leads("r", "o"),
    ];
    assert!(build(nodes(), ok).is_ok());
}

fn invalid_mechanism(err: &isp_moc::Error) -> bool {
    matches!(err.kind(), ErrorKind::InvalidMechanism { .. })
}

#[test]
fn inconsistent_categories_are_rejected() {
    let bad_com_b = Mechanism::new(
        "x",
        "X",
        Category::reasoning(ReasoningType::Capability)
            .with_com_b(ComBSubcomponent::AutomaticMotivation),
    );
    let err = build(vec![bad_com_b], vec![]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "mechanism #1 `x`: COM-B sub-component `automatic_motivation` does not belong to reasoning type `capability`"
    );
    let relational_com_b = Mechanism::new(
        "y",
        "Y",
        Category::reasoning(ReasoningType::Relational)
            .with_com_b(ComBSubcomponent::SocialOpportunity),
    );
    assert!(invalid_mechanism(
        &build(vec![relational_com_b], vec![]).unwrap_err()
    ));
    let wrong_domain = Mechanism::new(
        "z",
        "Z",
        Category::placed(
            CfirPlacement::from_construct(CfirConstruct::Culture)
                .with_domain(CfirDomain::OuterSetting),
        ),
    );
    assert_eq!(
        build(vec![wrong_domain], vec![]).unwrap_err().to_string(),
        "mechanism #1 `z`: CFIR construct `culture` lies in domain `inner_setting`, not `outer_setting`"
    );
    let no_levels = Mechanism::new("o", "O", Category::outcome(&[]));
    assert!(invalid_mechanism(
        &build(vec![no_levels], vec![]).unwrap_err()
    ));
    let mut repeated = Category::outcome(&[OutcomeLevel::System]);
    if let Category::Outcome { levels, .. } = &mut repeated {
        levels.push(OutcomeLevel::System);
    }
    let repeated = Mechanism::new("o", "O", repeated);
    assert!(invalid_mechanism(
        &build(vec![repeated], vec![]).unwrap_err()
    ));
}

#[test]
fn outcome_levels_are_stored_in_vocabulary_order() {
    let mut category = Category::outcome(&[OutcomeLevel::Individual]);
    if let Category::Outcome { levels, .. } = &mut category {
        *levels = vec![OutcomeLevel::System, OutcomeLevel::Individual];
    }
    let g = build(vec![Mechanism::new("o", "O", category)], vec![]).unwrap();
    assert_eq!(
        g.mechanism("o").unwrap().category,
        Category::outcome(&[OutcomeLevel::Individual, OutcomeLevel::System])
    );
}

#[test]
fn malformed_records_are_rejected() {
    let blank_label = Mechanism::new("a", " ", Category::reasoning(ReasoningType::Capability));
    assert!(invalid_mechanism(
        &build(vec![blank_label], vec![]).unwrap_err()
    ));
    let bad_citation =
        reasoning("a").with_evidence(Evidence::new().with_citation(Citation::new("", 2016)));
    assert_eq!(
        build(vec![bad_citation], vec![]).unwrap_err().to_string(),
        "mechanism #1 `a`: citation ` 2016`: a citation needs authors"
    );
    let bad_group = reasoning("a").with_group("Not Snake");
    assert!(invalid_mechanism(
        &build(vec![bad_group], vec![]).unwrap_err()
    ));
    let blank_observation = leads("a", "b").with_observation(Observation::hindering(""));
    assert_eq!(
        build(
            vec![reasoning("a"), reasoning("b")],
            vec![blank_observation]
        )
        .unwrap_err()
        .kind(),
        &ErrorKind::InvalidLink {
            from: "a".into(),
            to: "b".into(),
            reason: "an observation needs a summary".into()
        }
    );
}

#[test]
fn invalid_model_info() {
    use isp_moc::model::{CategoryTally, CodingCategory};
    use isp_moc::vocab::IspResource;
    let share = |s| CategoryTally::share(CodingCategory::Resource(IspResource::Skills), s);
    for bad in [f64::NAN, f64::INFINITY, -0.1, 1.5] {
        let b = isp_moc::MechanismGraph::builder().info(ModelInfo::new("m").with_tally(share(bad)));
        let err = b.build().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::InvalidInfo { .. }), "{bad}");
    }
    let b = isp_moc::MechanismGraph::builder().info(
        ModelInfo::new("m")
            .with_tally(share(0.5))
            .with_tally(share(0.4)),
    );
    assert_eq!(
        b.build().unwrap_err().to_string(),
        "model info: tally for `resource: Skills (use of implementation strategies)` repeats"
    );
}

#[test]
fn every_problem_is_reported_in_declaration_order() {
    let err = build(
        vec![reasoning("a"), reasoning("b"), reasoning("b")],
        vec![leads("a", "ghost"), leads("a", "a")],
    )
    .unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::DuplicateMechanism {
            id: "b".into(),
            first: 2
        }
    );
    assert_eq!(err.problem_count(), 3);
    assert_eq!(
        err.to_string(),
        "3 problems:
  mechanism #3 `b`: duplicate mechanism id `b`: already declared by mechanism #2
  link #1 `a` -> `ghost`: `ghost` is not a mechanism of the model
  link #2 `a` -> `a`: a link cannot join a mechanism to itself"
    );
}

#[test]
fn problems_are_capped_with_a_count_of_the_rest() {
    let links = (0..150)
        .map(|i| leads("a", &format!("missing_{i}")))
        .collect();
    let err = build(vec![reasoning("a")], links).unwrap_err();
    assert_eq!(err.problems().len(), isp_moc::error::MAX_PROBLEMS);
    assert_eq!(err.omitted(), 50);
    assert_eq!(err.problem_count(), 150);
    assert!(err.to_string().starts_with("150 problems:\n"));
    assert!(err.to_string().ends_with("\n  and 50 more"));
}

#[test]
fn lookups_give_errors_not_panics() {
    let g = small(&[("a", "b")]);
    assert_eq!(
        g.mechanism("zz").unwrap_err().kind(),
        &ErrorKind::UnknownMechanism {
            id: "zz".into(),
            suggestion: None
        }
    );
    assert_eq!(
        g.link("b", "a").unwrap_err().kind(),
        &ErrorKind::UnknownLink {
            from: "b".into(),
            to: "a".into()
        }
    );
    assert!(matches!(
        g.link("zz", "a").unwrap_err().kind(),
        ErrorKind::UnknownMechanism { .. }
    ));
    assert!(g.links_from("").is_err());
    assert!(g.links_to("no such id with spaces").is_err());
    assert!(g.downstream("zz", Default::default()).is_err());
    assert!(g.context_of("zz").is_err());
}

#[test]
fn declaration_order_is_kept_and_equality_is_structural() {
    let g1 = small(&[("b", "c"), ("a", "b")]);
    let ids: Vec<&str> = g1.mechanisms().iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    assert_eq!(g1.links()[0].from, "b");
    let g2 = small(&[("b", "c"), ("a", "b")]);
    assert_eq!(g1, g2);
    assert_ne!(
        g1,
        small(&[("a", "b"), ("b", "c")]),
        "order is part of the model"
    );
    let parts = g1.clone().into_parts();
    assert_eq!(isp_moc::MechanismGraph::from_parts(parts).unwrap(), g1);
    assert!(format!("{g1:?}").contains("mechanisms: 5"));
}

#[test]
fn error_is_send_sync_and_static() {
    fn check<T: std::error::Error + Send + Sync + 'static>() {}
    check::<Error>();
    fn send_sync<T: Send + Sync>() {}
    send_sync::<isp_moc::MechanismGraph>();
    send_sync::<isp_moc::query::PathSet>();
}

#[test]
fn invalid_ids_are_rejected_at_build() {
    let m = Mechanism::new(
        "Has Space",
        "x",
        Category::reasoning(ReasoningType::Capability),
    );
    let err = build(vec![m, reasoning("a")], vec![leads("a", "B")]).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidId { id, .. } if id == "Has Space"));
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "mechanism #1: invalid mechanism id `Has Space`: an id starts with a lowercase ascii letter; try `has_space`",
            "link #1 `a` -> `B`: `B` is not a mechanism of the model",
        ]
    );
    // a link to a mechanism whose id is malformed is not reported again
    let bad = Mechanism::new("Bad", "x", Category::reasoning(ReasoningType::Capability));
    let err = build(vec![bad.clone(), reasoning("a")], vec![leads("a", "Bad")]).unwrap_err();
    assert_eq!(err.problem_count(), 1, "{err}");
    // nor one to the fix its message offers (`bad`), which the links may already use
    let err = build(vec![bad.clone(), reasoning("a")], vec![leads("a", "bad")]).unwrap_err();
    assert_eq!(err.problem_count(), 1, "{err}");
    // unless the model declares that id itself: then it is that mechanism
    let err = build(
        vec![bad, reasoning("bad"), reasoning("a")],
        vec![leads("a", "bad"), leads("a", "Bad")],
    )
    .unwrap_err();
    assert_eq!(err.problem_count(), 1, "{err}");
}

#[test]
fn context_and_resource_vocabulary_rules() {
    use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain, EricStrategy, IspResource};
    let m = |c: Category| Mechanism::new("x", "X", c);
    // CFIR 2022 alone is enough; its domain is filled in
    let g = build(
        vec![m(Category::cfir2022(Cfir2022Construct::Financing))],
        vec![],
    )
    .unwrap();
    assert_eq!(
        g.mechanism("x").unwrap().category.cfir2022_domain(),
        Some(Cfir2022Domain::OuterSetting)
    );
    // a construct alone gets its domain
    let mut bare = CfirPlacement::from_construct(CfirConstruct::Culture);
    bare.domain = None;
    let bare = Category::placed(bare);
    let g = build(vec![m(bare)], vec![]).unwrap();
    assert_eq!(
        g.mechanism("x").unwrap().category,
        Category::cfir(CfirConstruct::Culture)
    );
    // nothing named at all
    let empty = Category::placed(CfirPlacement::default());
    assert_eq!(
        build(vec![m(empty)], vec![]).unwrap_err().to_string(),
        "mechanism #1 `x`: a context factor names a CFIR 2009 or CFIR 2022 domain or construct"
    );
    // a 2022 construct outside its 2022 domain
    let wrong = Category::placed(
        CfirPlacement::from_construct_2022(Cfir2022Construct::Financing)
            .with_domain_2022(Cfir2022Domain::Innovation),
    );
    assert_eq!(
        build(vec![m(wrong)], vec![]).unwrap_err().to_string(),
        "mechanism #1 `x`: CFIR 2022 construct `cfir2022_financing` lies in domain `cfir2022_outer_setting`, not `cfir2022_innovation`"
    );
    // ERIC strategies belong to skills (or combination) resources, once each
    let on_attitudes =
        Category::resource(IspResource::Attitudes).with_strategies(&[EricStrategy::Facilitation]);
    assert_eq!(
        build(vec![m(on_attitudes)], vec![]).unwrap_err().to_string(),
        "mechanism #1 `x`: only a `skills` or `combination` resource names ERIC strategies, not `attitudes`"
    );
    let twice = Category::skills(&[EricStrategy::Facilitation, EricStrategy::Facilitation]);
    assert_eq!(
        build(vec![m(twice)], vec![]).unwrap_err().to_string(),
        "mechanism #1 `x`: ERIC strategy `facilitation` is named twice"
    );
    let combination = Category::resource(IspResource::Combination)
        .with_strategies(&[EricStrategy::RemindClinicians]);
    assert!(build(vec![m(combination)], vec![]).is_ok());
}

#[test]
fn links_share_long_ids_with_their_mechanisms_and_hold_short_ones_inline() {
    // 23 bytes is the longest id held inline; a longer one is shared, not copied, by
    // every link that names it once the graph is built.
    let long = "a_mechanism_id_longer_than_twenty_three_bytes";
    let short = "trust";
    let g = build(
        vec![reasoning(long), reasoning(short)],
        vec![Link::new(long, short, Relation::LeadsTo)],
    )
    .unwrap();
    let link = &g.links()[0];
    let text = |id: &isp_moc::MechanismId| id.as_str().as_ptr();
    assert_eq!(text(&link.from), text(&g.mechanism(long).unwrap().id));
    assert_eq!(link.to, short);
    assert_ne!(text(&link.to), text(&g.mechanism(short).unwrap().id));
    // the same ids whichever way they were made
    assert_eq!(
        g,
        build(vec![reasoning(long), reasoning(short)], vec![link.clone()]).unwrap()
    );
}

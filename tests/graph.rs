//! Building graphs: validation errors name the offending id; lookups never panic.

mod common;

use common::*;
use isp_moc::model::{
    Category, Citation, Evidence, Link, Mechanism, ModelInfo, Observation, Relation,
};
use isp_moc::vocab::{CfirConstruct, CfirDomain, ComBSubcomponent, OutcomeLevel, ReasoningType};
use isp_moc::Error;

#[test]
fn duplicate_mechanism() {
    let err = build(vec![reasoning("a"), reasoning("a")], vec![]).unwrap_err();
    assert_eq!(err, Error::DuplicateMechanism { id: "a".into() });
    assert_eq!(err.to_string(), "duplicate mechanism `a`");
}

#[test]
fn unknown_endpoint_names_the_missing_id() {
    let err = build(vec![reasoning("a")], vec![leads("a", "ghost")]).unwrap_err();
    assert_eq!(
        err,
        Error::UnknownEndpoint {
            from: "a".into(),
            to: "ghost".into(),
            missing: "ghost".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "link `a` -> `ghost` names unknown mechanism `ghost`"
    );
    let err = build(vec![reasoning("a")], vec![leads("ghost", "a")]).unwrap_err();
    assert!(matches!(err, Error::UnknownEndpoint { missing, .. } if missing == "ghost"));
}

#[test]
fn self_link() {
    let err = build(vec![reasoning("a")], vec![leads("a", "a")]).unwrap_err();
    assert_eq!(err, Error::SelfLink { id: "a".into() });
}

#[test]
fn duplicate_link_even_with_another_relation() {
    let twice = vec![
        leads("a", "b"),
        Link::new("a", "b", Relation::Precondition).unwrap(),
    ];
    let err = build(vec![reasoning("a"), reasoning("b")], twice).unwrap_err();
    assert_eq!(
        err,
        Error::DuplicateLink {
            from: "a".into(),
            to: "b".into()
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
        (leads("m", "r"), "nothing leads to a resource"),
        (leads("o", "r"), "nothing leads to a resource"),
        (leads("r", "c"), "nothing links to a context factor"),
        (
            Link::new("c2", "c", Relation::Moderates).unwrap(),
            "nothing links to a context factor",
        ),
        (
            leads("c", "m"),
            "a context factor can only moderate or be a precondition",
        ),
        (
            Link::new("r", "m", Relation::Moderates).unwrap(),
            "only a context factor can moderate",
        ),
    ];
    for (link, rule) in cases {
        let (from, to) = (link.from.to_string(), link.to.to_string());
        match build(nodes(), vec![link]).unwrap_err() {
            Error::GrammarViolation {
                from: f,
                to: t,
                reason,
            } => {
                assert_eq!((f, t), (from, to));
                assert!(reason.starts_with(rule), "{reason}");
            }
            other => panic!("expected a grammar violation, got {other:?}"),
        }
    }
    // allowed: context conditions a resource; outcome feeds back into reasoning
    let ok = vec![
        Link::new("c", "r", Relation::Moderates).unwrap(),
        Link::new("c", "m", Relation::Precondition).unwrap(),
        leads("r", "m"),
        leads("m", "o"),
        leads("o", "m"),
        leads("r", "o"),
    ];
    assert!(build(nodes(), ok).is_ok());
}

#[test]
fn inconsistent_categories_are_rejected() {
    let bad_com_b = Mechanism::new(
        "x",
        "X",
        Category::Reasoning {
            reasoning: ReasoningType::Capability,
            com_b: Some(ComBSubcomponent::AutomaticMotivation),
        },
    )
    .unwrap();
    let err = build(vec![bad_com_b], vec![]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "mechanism `x`: COM-B sub-component `automatic_motivation` does not belong to reasoning type `capability`"
    );
    let relational_com_b = Mechanism::new(
        "y",
        "Y",
        Category::Reasoning {
            reasoning: ReasoningType::Relational,
            com_b: Some(ComBSubcomponent::SocialOpportunity),
        },
    )
    .unwrap();
    assert!(matches!(
        build(vec![relational_com_b], vec![]),
        Err(Error::InvalidMechanism { .. })
    ));
    let wrong_domain = Mechanism::new(
        "z",
        "Z",
        Category::Context {
            domain: Some(CfirDomain::OuterSetting),
            construct: Some(CfirConstruct::Culture),
            domain_2022: None,
            construct_2022: None,
        },
    )
    .unwrap();
    assert_eq!(
        build(vec![wrong_domain], vec![]).unwrap_err().to_string(),
        "mechanism `z`: CFIR construct `culture` lies in domain `inner_setting`, not `outer_setting`"
    );
    let no_levels = Mechanism::new(
        "o",
        "O",
        Category::Outcome {
            levels: vec![],
            implementation_outcome: None,
        },
    )
    .unwrap();
    assert!(matches!(
        build(vec![no_levels], vec![]),
        Err(Error::InvalidMechanism { .. })
    ));
    let repeated = Mechanism::new(
        "o",
        "O",
        Category::Outcome {
            levels: vec![OutcomeLevel::System, OutcomeLevel::System],
            implementation_outcome: None,
        },
    )
    .unwrap();
    assert!(matches!(
        build(vec![repeated], vec![]),
        Err(Error::InvalidMechanism { .. })
    ));
}

#[test]
fn outcome_levels_are_stored_in_vocabulary_order() {
    let o = Mechanism::new(
        "o",
        "O",
        Category::Outcome {
            levels: vec![OutcomeLevel::System, OutcomeLevel::Individual],
            implementation_outcome: None,
        },
    )
    .unwrap();
    let g = build(vec![o], vec![]).unwrap();
    assert_eq!(
        g.mechanism("o").unwrap().category,
        Category::Outcome {
            levels: vec![OutcomeLevel::Individual, OutcomeLevel::System],
            implementation_outcome: None
        }
    );
}

#[test]
fn malformed_records_are_rejected() {
    let blank_label =
        Mechanism::new("a", " ", Category::reasoning(ReasoningType::Capability)).unwrap();
    assert!(matches!(
        build(vec![blank_label], vec![]),
        Err(Error::InvalidMechanism { .. })
    ));
    let bad_citation =
        reasoning("a").with_evidence(Evidence::new().with_citation(Citation::new("", 2016)));
    assert_eq!(
        build(vec![bad_citation], vec![]).unwrap_err().to_string(),
        "mechanism `a`: citation ` 2016`: a citation needs authors"
    );
    let bad_group = reasoning("a").with_group("Not Snake");
    assert!(matches!(
        build(vec![bad_group], vec![]),
        Err(Error::InvalidMechanism { .. })
    ));
    let blank_observation = leads("a", "b").with_observation(Observation::hindering(""));
    assert_eq!(
        build(
            vec![reasoning("a"), reasoning("b")],
            vec![blank_observation]
        )
        .unwrap_err(),
        Error::InvalidLink {
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
        let mut b = isp_moc::MechanismGraph::builder();
        b.info(ModelInfo::new("m").with_tally(share(bad)));
        assert!(matches!(b.build(), Err(Error::InvalidInfo { .. })), "{bad}");
    }
    let mut b = isp_moc::MechanismGraph::builder();
    b.info(
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
fn first_error_in_declaration_order_wins() {
    let err = build(
        vec![reasoning("a"), reasoning("b"), reasoning("b")],
        vec![leads("a", "ghost")],
    )
    .unwrap_err();
    assert_eq!(err, Error::DuplicateMechanism { id: "b".into() });
}

#[test]
fn lookups_give_errors_not_panics() {
    let g = small(&[("a", "b")]);
    assert_eq!(
        g.mechanism("zz").unwrap_err(),
        Error::UnknownMechanism { id: "zz".into() }
    );
    assert_eq!(
        g.link("b", "a").unwrap_err(),
        Error::UnknownLink {
            from: "b".into(),
            to: "a".into()
        }
    );
    assert!(matches!(
        g.link("zz", "a"),
        Err(Error::UnknownMechanism { .. })
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
    let (info, m, l) = g1.clone().into_parts();
    assert_eq!(isp_moc::MechanismGraph::from_parts(info, m, l).unwrap(), g1);
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
fn invalid_ids_are_rejected_at_construction() {
    assert!(matches!(
        Mechanism::new(
            "Has Space",
            "x",
            Category::reasoning(ReasoningType::Capability)
        ),
        Err(Error::InvalidId { .. })
    ));
    assert!(
        matches!(Link::new("a", "B", Relation::LeadsTo), Err(Error::InvalidId { id, .. }) if id == "B")
    );
}

#[test]
fn context_and_resource_vocabulary_rules() {
    use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain, EricStrategy, IspResource};
    let m = |c: Category| Mechanism::new("x", "X", c).unwrap();
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
    let bare = Category::Context {
        domain: None,
        construct: Some(CfirConstruct::Culture),
        domain_2022: None,
        construct_2022: None,
    };
    let g = build(vec![m(bare)], vec![]).unwrap();
    assert_eq!(
        g.mechanism("x").unwrap().category,
        Category::cfir(CfirConstruct::Culture)
    );
    // nothing named at all
    let empty = Category::Context {
        domain: None,
        construct: None,
        domain_2022: None,
        construct_2022: None,
    };
    assert_eq!(
        build(vec![m(empty)], vec![]).unwrap_err().to_string(),
        "mechanism `x`: a context factor names a CFIR 2009 or CFIR 2022 domain or construct"
    );
    // a 2022 construct outside its 2022 domain
    let wrong = Category::Context {
        domain: None,
        construct: None,
        domain_2022: Some(Cfir2022Domain::Innovation),
        construct_2022: Some(Cfir2022Construct::Financing),
    };
    assert_eq!(
        build(vec![m(wrong)], vec![]).unwrap_err().to_string(),
        "mechanism `x`: CFIR 2022 construct `cfir2022_financing` lies in domain `cfir2022_outer_setting`, not `cfir2022_innovation`"
    );
    // ERIC strategies belong to skills (or combination) resources, once each
    let on_attitudes = Category::Resource {
        resource: IspResource::Attitudes,
        strategies: vec![EricStrategy::Facilitation],
    };
    assert_eq!(
        build(vec![m(on_attitudes)], vec![]).unwrap_err().to_string(),
        "mechanism `x`: only a `skills` or `combination` resource names ERIC strategies, not `attitudes`"
    );
    let twice = Category::skills(&[EricStrategy::Facilitation, EricStrategy::Facilitation]);
    assert_eq!(
        build(vec![m(twice)], vec![]).unwrap_err().to_string(),
        "mechanism `x`: ERIC strategy `facilitation` is named twice"
    );
    let combination = Category::Resource {
        resource: IspResource::Combination,
        strategies: vec![EricStrategy::RemindClinicians],
    };
    assert!(build(vec![m(combination)], vec![]).is_ok());
}

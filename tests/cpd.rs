//! Causal pathway diagrams written as isp-moc models through the element mapping alone.

use isp_moc::model::{Category, Link, Mechanism, MechanismKind, Relation};
use isp_moc::query::PathQuery;
use isp_moc::vocab::{
    CfirConstruct, ComBSubcomponent, CpdElement, ImplementationOutcome, IspResource, OutcomeLevel,
};
use isp_moc::{Error, MechanismGraph, MechanismGraphBuilder};

/// A category of the given kind; the test never chooses a kind itself.
fn category(kind: MechanismKind) -> Category {
    match kind {
        MechanismKind::Resource => Category::resource(IspResource::Skills),
        MechanismKind::Reasoning => Category::com_b(ComBSubcomponent::ReflectiveMotivation),
        MechanismKind::Context => Category::cfir(CfirConstruct::AvailableResources),
        MechanismKind::Outcome => Category::outcome(&[OutcomeLevel::Individual]),
    }
}

/// A CPD box written as a mechanism of the element's mapped kind.
fn node(id: &str, label: &str, element: CpdElement) -> Mechanism {
    Mechanism::new(id, label, category(element.kind()))
}

/// A CPD arrow written with the element's mapped relation.
fn arrow(from: &str, to: &str, element: CpdElement) -> Link {
    Link::new(from, to, element.relation().expect("element has an arrow"))
}

/// strategy → mechanism → proximal → distal, a determinant as precondition and a moderator.
fn small_cpd() -> Result<MechanismGraph, Error> {
    use CpdElement::*;
    let mut distal = node("adoption", "Adoption of the guideline", DistalOutcome);
    distal.category = Category::outcome(&[OutcomeLevel::Organization])
        .with_implementation_outcome(ImplementationOutcome::Adoption);
    let mut moderator = node("leadership_engagement", "Leadership engagement", Moderator);
    moderator.category = Category::cfir(CfirConstruct::LeadershipEngagement);

    // more specific categories, still of the mapped kinds
    assert_eq!(distal.kind(), DistalOutcome.kind());
    assert_eq!(moderator.kind(), Moderator.kind());

    let mut b = MechanismGraphBuilder::new();
    b = b
        .mechanism(node(
            "audit_and_feedback",
            "Audit and provide feedback",
            ImplementationStrategy,
        ))
        .mechanism(node(
            "data_access",
            "Access to performance data",
            Determinant,
        ))
        .mechanism(node(
            "reflection",
            "Reflection on own performance",
            Mechanism,
        ))
        .mechanism(node(
            "guideline_use",
            "Clinicians use the guideline",
            ProximalOutcome,
        ))
        .mechanism(distal)
        .mechanism(moderator)
        .link(arrow(
            "audit_and_feedback",
            "reflection",
            ImplementationStrategy,
        ))
        .link(arrow("reflection", "guideline_use", Mechanism))
        .link(arrow("guideline_use", "adoption", ProximalOutcome))
        .link(arrow("data_access", "reflection", Determinant))
        .link(arrow("leadership_engagement", "reflection", Moderator));
    b.build()
}

#[test]
fn a_small_cpd_builds_through_the_public_builder() {
    let g = small_cpd().unwrap();
    assert_eq!((g.mechanism_count(), g.link_count()), (6, 5));
    let kinds = |k| g.mechanisms_of_kind(k).count();
    assert_eq!(kinds(MechanismKind::Resource), 1);
    assert_eq!(kinds(MechanismKind::Reasoning), 1);
    assert_eq!(kinds(MechanismKind::Context), 2);
    assert_eq!(kinds(MechanismKind::Outcome), 2);

    // the strategy reaches the distal outcome through its mechanism
    let set = g
        .pathways(PathQuery::new(["audit_and_feedback"], ["adoption"]))
        .unwrap();
    assert_eq!(set.pathways.len(), 1);
    assert_eq!(
        set.pathways[0].labels(&g),
        "Audit and provide feedback → Reflection on own performance → \
         Clinicians use the guideline → Adoption of the guideline"
    );

    // the determinant and the moderator condition the mechanism
    let on_mechanism: Vec<(&str, Relation)> = g
        .context_of("reflection")
        .unwrap()
        .iter()
        .map(|c| (c.link.from.as_str(), c.link.relation))
        .collect();
    assert_eq!(
        on_mechanism,
        [
            ("data_access", Relation::Precondition),
            ("leadership_engagement", Relation::Moderates),
        ]
    );
}

/// Every element with an arrow, linked to its target as the mapping says: the whole
/// canonical CPD passes the builder's grammar.
#[test]
fn every_element_and_arrow_of_the_mapping_is_accepted() {
    let mut b = MechanismGraphBuilder::new();
    for &e in CpdElement::ALL {
        b = b.mechanism(node(e.as_str(), e.label(), e));
    }
    let mut arrows = 0;
    for &e in CpdElement::ALL {
        match (e.relation(), e.target()) {
            (Some(relation), Some(target)) => {
                assert!(!target.is_link(), "{e:?} targets a node element");
                b = b.link(Link::new(e.as_str(), target.as_str(), relation));
                arrows += 1;
            }
            (None, None) => assert_eq!(e, CpdElement::DistalOutcome),
            other => panic!("{e:?}: relation and target disagree: {other:?}"),
        }
    }
    let g = b.build().unwrap();
    assert_eq!((g.mechanism_count(), g.link_count()), (8, arrows));
    assert_eq!(arrows, 7);
}

#[test]
fn the_mapping_respects_the_grammar() {
    use CpdElement::*;
    // node elements vs link elements
    for &e in CpdElement::ALL {
        assert_eq!(e.is_link(), matches!(e, Precondition | Moderator), "{e:?}");
        if e.is_link() || e == Determinant {
            assert_eq!(e.kind(), MechanismKind::Context, "{e:?}");
        }
    }
    // only context factors moderate, and only along conditioning elements
    for &e in CpdElement::ALL {
        if e.relation() == Some(Relation::Moderates) {
            assert_eq!(e.kind(), MechanismKind::Context);
        }
        // nothing leads to a resource or links to a context factor
        if let Some(t) = e.target() {
            assert!(
                !matches!(t.kind(), MechanismKind::Resource | MechanismKind::Context),
                "{e:?} -> {t:?}"
            );
        }
    }
    let kinds: Vec<(&str, &str)> = CpdElement::ALL
        .iter()
        .map(|e| (e.as_str(), e.kind().as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("implementation_strategy", "resource"),
            ("determinant", "context"),
            ("mechanism", "reasoning"),
            ("precondition", "context"),
            ("moderator", "context"),
            ("mediator", "reasoning"),
            ("proximal_outcome", "outcome"),
            ("distal_outcome", "outcome"),
        ]
    );
    // a moderator drawn from anything but a context factor is rejected by the builder
    let mut b = MechanismGraphBuilder::new();
    b = b
        .mechanism(node("strategy", "Strategy", ImplementationStrategy))
        .mechanism(node("mechanism", "Mechanism", Mechanism))
        .link(arrow("strategy", "mechanism", Moderator));
    assert!(matches!(
        b.build().unwrap_err().kind(),
        isp_moc::ErrorKind::GrammarViolation { .. }
    ));
}

#[test]
fn cpd_labels_are_the_reference_names() {
    let labels: Vec<&str> = CpdElement::ALL.iter().map(|e| e.label()).collect();
    assert_eq!(
        labels,
        [
            "Implementation strategy",
            "Determinant",
            "Mechanism",
            "Precondition",
            "Moderator",
            "Mediator",
            "Proximal outcome",
            "Distal outcome",
        ]
    );
}

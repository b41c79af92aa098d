//! Every vocabulary: stable unique ids, labels and aliases that parse back, serde by id,
//! and the counts and names of the frameworks' sources.

use std::collections::HashSet;
use std::fmt::Debug;
use std::str::FromStr;

use isp_moc::model::{Basis, MechanismKind, Polarity, Relation, Valence};
use isp_moc::vocab::*;

fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(feature = "serde")]
fn serde_round_trip<T: Term + serde::Serialize + serde::de::DeserializeOwned>(t: T) {
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(json, format!("\"{}\"", t.as_str()));
    assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t);
    // deserialization is strict: labels are not ids
    if t.label() != t.as_str() {
        let err = serde_json::from_str::<T>(&format!("\"{}\"", t.label().replace('"', "\\\"")))
            .unwrap_err();
        assert!(err.to_string().contains(T::VOCABULARY), "{err}");
    }
}

#[cfg(not(feature = "serde"))]
fn serde_round_trip<T: Term>(_: T) {}

#[cfg(feature = "serde")]
trait Serde: serde::Serialize + serde::de::DeserializeOwned {}
#[cfg(feature = "serde")]
impl<T: serde::Serialize + serde::de::DeserializeOwned> Serde for T {}
#[cfg(not(feature = "serde"))]
trait Serde {}
#[cfg(not(feature = "serde"))]
impl<T> Serde for T {}

fn check<T>(expected: usize)
where
    T: Term + FromStr<Err = isp_moc::Error> + std::fmt::Display + Debug + Serde,
{
    let all = T::all();
    assert_eq!(all.len(), expected, "{}", T::VOCABULARY);
    let ids: HashSet<&str> = all.iter().map(|t| t.as_str()).collect();
    assert_eq!(ids.len(), all.len(), "ids unique in {}", T::VOCABULARY);
    // Labels are unique, except where the framework itself repeats a name: CFIR 2022 has
    // "Innovation Deliverers" and "Innovation Recipients" as roles and again as
    // sub-constructs of Assessing Needs and of Engaging (4 repeats).
    let labels: HashSet<&str> = all.iter().map(|t| t.label()).collect();
    let repeats = if T::VOCABULARY == "CFIR 2022 construct" {
        4
    } else {
        0
    };
    assert_eq!(
        all.len() - labels.len(),
        repeats,
        "labels unique in {}",
        T::VOCABULARY
    );
    for &t in all {
        assert!(is_snake_case(t.as_str()), "{:?}", t.as_str());
        assert_eq!(T::from_id(t.as_str()), Some(t));
        assert_eq!(t.as_str().parse::<T>().unwrap(), t);
        // a label parses to the first term that bears it; a later term with the same
        // label must be reachable through an alias (checked below)
        let first = *all.iter().find(|u| u.label() == t.label()).unwrap();
        assert_eq!(t.label().parse::<T>().unwrap(), first, "label of {t:?}");
        assert!(first == t || !t.aliases().is_empty(), "{t:?} unreachable");
        assert_eq!(
            t.label().to_uppercase().parse::<T>().unwrap(),
            first,
            "case-insensitive {t:?}"
        );
        assert_eq!(t.to_string(), t.label());
        for alias in t.aliases() {
            assert_eq!(alias.parse::<T>().unwrap(), t, "alias {alias:?}");
        }
        assert!(
            t.description().ends_with('.') && t.description().len() > 10,
            "{t:?}"
        );
        serde_round_trip(t);
    }
    // ordering follows the framework's order
    let mut sorted = all.to_vec();
    sorted.sort();
    assert_eq!(sorted, all);
    assert!(matches!(
        "definitely not a term".parse::<T>().unwrap_err().kind(),
        isp_moc::ErrorKind::UnknownTerm { .. }
    ));
}

#[test]
fn every_vocabulary_is_consistent() {
    check::<IspResource>(5);
    check::<ComBComponent>(3);
    check::<ComBSubcomponent>(6);
    check::<ReasoningType>(4);
    check::<CfirDomain>(5);
    check::<CfirConstruct>(39);
    check::<CfirVersion>(2);
    check::<Cfir2022Domain>(5);
    check::<Cfir2022Subdomain>(2);
    check::<Cfir2022Construct>(67);
    check::<CorrespondenceBasis>(6);
    check::<CorrespondenceKind>(7);
    check::<Standing>(2);
    check::<NewConstructBasis>(3);
    check::<RefusalReason>(7);
    check::<Distinguishing>(3);
    check::<RatingCategory>(2);
    check::<ImplementationOutcome>(8);
    check::<OutcomeLevel>(3);
    check::<IspRole>(6);
    check::<MechanismKind>(4);
    check::<Relation>(3);
    check::<Polarity>(3);
    check::<Basis>(2);
    check::<Valence>(2);
    check::<EricStrategy>(73);
    check::<EricCluster>(9);
    check::<EricClusterVerification>(3);
    check::<IspCompetencyDomain>(3);
    check::<IspCompetency>(15);
    check::<IspPrinciple>(6);
    check::<IspKnowledgeArea>(5);
    check::<IspAttitudeTheme>(6);
    check::<TdfDomain>(14);
    check::<InterventionFunction>(9);
    check::<PolicyCategory>(7);
    check::<ServiceOutcome>(6);
    check::<ClientOutcome>(3);
    check::<CpdElement>(8);
}

#[test]
fn aliases_never_point_at_two_terms() {
    fn fold(name: &str) -> String {
        name.replace('&', " and ")
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    }
    fn unique<T: Term>() {
        let names = |t: T| {
            [t.as_str(), t.label()]
                .into_iter()
                .chain(t.aliases().iter().copied())
                .map(fold)
                .collect::<Vec<_>>()
        };
        for &t in T::all() {
            for key in names(t).into_iter().filter(|k| !k.is_empty()) {
                let owners: Vec<T> = T::all()
                    .iter()
                    .copied()
                    .filter(|&u| names(u).contains(&key))
                    .collect();
                assert_eq!(
                    owners,
                    [t],
                    "name {key:?} is ambiguous in {}",
                    T::VOCABULARY
                );
            }
        }
    }
    unique::<CfirConstruct>();
    unique::<CfirDomain>();
    unique::<CfirVersion>();
    unique::<Cfir2022Domain>();
    unique::<Cfir2022Subdomain>();
    unique::<CorrespondenceBasis>();
    unique::<CorrespondenceKind>();
    unique::<Standing>();
    unique::<NewConstructBasis>();
    unique::<RefusalReason>();
    unique::<Distinguishing>();
    unique::<RatingCategory>();
    unique::<IspRole>();
    unique::<IspResource>();
    unique::<ImplementationOutcome>();
    unique::<ComBSubcomponent>();
    unique::<ReasoningType>();
    unique::<Relation>();
    unique::<Polarity>();
    unique::<EricStrategy>();
    unique::<EricCluster>();
    unique::<EricClusterVerification>();
    unique::<IspCompetencyDomain>();
    unique::<IspCompetency>();
    unique::<IspPrinciple>();
    unique::<IspKnowledgeArea>();
    unique::<IspAttitudeTheme>();
    unique::<TdfDomain>();
    unique::<InterventionFunction>();
    unique::<PolicyCategory>();
    unique::<ServiceOutcome>();
    unique::<ClientOutcome>();
    unique::<CpdElement>();
}

/// Names exactly as in the reference list (cfirguide's archived 2009 table).
#[test]
fn cfir_2009_names_codes_and_structure() {
    let expected = [
        ("I.A", "Intervention Source"),
        ("I.B", "Evidence Strength & Quality"),
        ("I.C", "Relative Advantage"),
        ("I.D", "Adaptability"),
        ("I.E", "Trialability"),
        ("I.F", "Complexity"),
        ("I.G", "Design Quality & Packaging"),
        ("I.H", "Cost"),
        ("II.A", "Patient Needs & Resources"),
        ("II.B", "Cosmopolitanism"),
        ("II.C", "Peer Pressure"),
        ("II.D", "External Policy & Incentives"),
        ("III.A", "Structural Characteristics"),
        ("III.B", "Networks & Communications"),
        ("III.C", "Culture"),
        ("III.D", "Implementation Climate"),
        ("III.D.1", "Tension for Change"),
        ("III.D.2", "Compatibility"),
        ("III.D.3", "Relative Priority"),
        ("III.D.4", "Organizational Incentives & Rewards"),
        ("III.D.5", "Goals & Feedback"),
        ("III.D.6", "Learning Climate"),
        ("III.E", "Readiness for Implementation"),
        ("III.E.1", "Leadership Engagement"),
        ("III.E.2", "Available Resources"),
        ("III.E.3", "Access to Knowledge & Information"),
        ("IV.A", "Knowledge & Beliefs about the Intervention"),
        ("IV.B", "Self-efficacy"),
        ("IV.C", "Individual Stage of Change"),
        ("IV.D", "Individual Identification with Organization"),
        ("IV.E", "Other Personal Attributes"),
        ("V.A", "Planning"),
        ("V.B", "Engaging"),
        ("V.B.1", "Opinion Leaders"),
        (
            "V.B.2",
            "Formally Appointed Internal Implementation Leaders",
        ),
        ("V.B.3", "Champions"),
        ("V.B.4", "External Change Agents"),
        ("V.C", "Executing"),
        ("V.D", "Reflecting & Evaluating"),
    ];
    let got: Vec<(&str, &str)> = CfirConstruct::ALL
        .iter()
        .map(|c| (c.code(), c.label()))
        .collect();
    assert_eq!(got, expected);
    for c in CfirConstruct::ALL {
        // the code's numeral is the domain's; a sub-construct's code extends its parent's
        assert!(c.code().starts_with(&format!("{}.", c.domain().numeral())));
        if let Some(p) = c.parent() {
            assert!(c.code().starts_with(&format!("{}.", p.code())));
            assert_eq!(p.domain(), c.domain());
            assert!(p.parent().is_none());
        }
    }
    let subs: Vec<usize> = [
        CfirConstruct::ImplementationClimate,
        CfirConstruct::ReadinessForImplementation,
        CfirConstruct::Engaging,
    ]
    .iter()
    .map(|p| {
        CfirConstruct::ALL
            .iter()
            .filter(|c| c.parent() == Some(*p))
            .count()
    })
    .collect();
    assert_eq!(subs, [6, 3, 4]);
    let domains: Vec<&str> = CfirDomain::ALL.iter().map(|d| d.label()).collect();
    assert_eq!(
        domains,
        [
            "Intervention Characteristics",
            "Outer Setting",
            "Inner Setting",
            "Characteristics of Individuals",
            "Process"
        ]
    );
    // variants from the field parse to the canonical construct
    for (variant, c) in [
        (
            "Access to information & knowledge",
            CfirConstruct::AccessToKnowledgeAndInformation,
        ),
        (
            "External policies & incentives",
            CfirConstruct::ExternalPolicyAndIncentives,
        ),
        (
            "Client needs & resources",
            CfirConstruct::PatientNeedsAndResources,
        ),
        (
            "Needs and resources of those served",
            CfirConstruct::PatientNeedsAndResources,
        ),
        (
            "evidence strength and quality",
            CfirConstruct::EvidenceStrengthAndQuality,
        ),
    ] {
        assert_eq!(variant.parse::<CfirConstruct>().unwrap(), c, "{variant}");
    }
    assert_eq!(
        "Innovation".parse::<CfirDomain>().unwrap(),
        CfirDomain::InterventionCharacteristics
    );
}

#[test]
fn com_b_structure() {
    for c in ComBComponent::ALL {
        for s in c.subcomponents() {
            assert_eq!(s.component(), *c);
        }
    }
    let labels: Vec<&str> = ComBSubcomponent::ALL.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        [
            "Physical capability",
            "Psychological capability",
            "Physical opportunity",
            "Social opportunity",
            "Reflective motivation",
            "Automatic motivation"
        ]
    );
    assert_eq!(ReasoningType::Relational.com_b(), None);
    for c in ComBComponent::ALL {
        assert_eq!(ReasoningType::from(*c).com_b(), Some(*c));
    }
}

#[test]
fn proctor_outcomes_and_roles() {
    let labels: Vec<&str> = ImplementationOutcome::ALL
        .iter()
        .map(|o| o.label())
        .collect();
    assert_eq!(
        labels,
        [
            "Acceptability",
            "Adoption",
            "Appropriateness",
            "Feasibility",
            "Fidelity",
            "Implementation cost",
            "Penetration",
            "Sustainability"
        ]
    );
    let roles: Vec<&str> = IspRole::ALL.iter().map(|r| r.as_str()).collect();
    assert_eq!(
        roles,
        [
            "facilitator",
            "consultant",
            "knowledge_broker",
            "technical_assistance_provider",
            "coach",
            "other"
        ]
    );
}

#[test]
fn unknown_terms_suggest_the_nearest_id() {
    let err = "Leadership Engagment".parse::<CfirConstruct>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown CFIR 2009 construct `Leadership Engagment`; did you mean `leadership_engagement`?"
    );
    let err = "motivaton".parse::<ComBComponent>().unwrap_err();
    assert!(err.to_string().ends_with(
        "did you mean `motivation`? (expected one of `capability`, `opportunity`, `motivation`)"
    ));
    let err = "xyzzy".parse::<IspRole>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown ISP role `xyzzy` (expected one of `facilitator`, `consultant`, \
         `knowledge_broker`, `technical_assistance_provider`, `coach`, `other`)"
    );
}

/// Arbitrary text never panics any vocabulary's parser; an error always names the
/// vocabulary and the text, and a suggestion is always a real id.
mod parsing_never_panics {
    use super::*;
    use proptest::prelude::*;

    fn parse_any<T: Term + FromStr<Err = isp_moc::Error>>(text: &str) {
        match text.parse::<T>().map_err(isp_moc::Error::into_kind) {
            Ok(t) => assert!(T::all().contains(&t)),
            Err(isp_moc::ErrorKind::UnknownTerm {
                vocabulary,
                value,
                suggestion,
                ..
            }) => {
                assert_eq!(vocabulary, T::VOCABULARY);
                assert_eq!(value, text);
                if let Some(id) = suggestion {
                    assert!(T::from_id(id).is_some(), "{id}");
                }
            }
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }

    proptest! {
        #[test]
        fn on_any_text(text in "\\PC{0,40}|[a-z &/,-]{0,60}") {
            parse_any::<EricStrategy>(&text);
            parse_any::<EricCluster>(&text);
            parse_any::<EricClusterVerification>(&text);
            parse_any::<IspCompetencyDomain>(&text);
            parse_any::<IspCompetency>(&text);
            parse_any::<IspPrinciple>(&text);
            parse_any::<IspKnowledgeArea>(&text);
            parse_any::<IspAttitudeTheme>(&text);
            parse_any::<TdfDomain>(&text);
            parse_any::<InterventionFunction>(&text);
            parse_any::<PolicyCategory>(&text);
            parse_any::<ServiceOutcome>(&text);
            parse_any::<ClientOutcome>(&text);
            parse_any::<CpdElement>(&text);
        }
    }
}

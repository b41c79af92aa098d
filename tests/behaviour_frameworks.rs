//! TDF v2 and its canonical COM-B mapping, the Behaviour Change Wheel's functions and
//! policy categories, and Proctor's service and client outcomes, exactly as the reference
//! lists them.

use isp_moc::vocab::{
    ClientOutcome, ComBSubcomponent, InterventionFunction, PolicyCategory, ServiceOutcome,
    TdfDomain, Term,
};

fn labels<T: Term>() -> Vec<&'static str> {
    T::all().iter().map(|t| t.label()).collect()
}

#[test]
fn fourteen_tdf_domains_numbered_in_order() {
    assert_eq!(
        labels::<TdfDomain>(),
        [
            "Knowledge",
            "Skills",
            "Social/Professional Role and Identity",
            "Beliefs about Capabilities",
            "Optimism",
            "Beliefs about Consequences",
            "Reinforcement",
            "Intentions",
            "Goals",
            "Memory, Attention and Decision Processes",
            "Environmental Context and Resources",
            "Social Influences",
            "Emotions",
            "Behavioural Regulation",
        ]
    );
    let numbers: Vec<u8> = TdfDomain::ALL.iter().map(|d| d.number()).collect();
    assert_eq!(numbers, (1..=14).collect::<Vec<u8>>());
    assert_eq!("Emotion".parse::<TdfDomain>().unwrap(), TdfDomain::Emotions);
    assert_eq!(
        "social / professional role & identity"
            .parse::<TdfDomain>()
            .unwrap(),
        TdfDomain::SocialProfessionalRoleAndIdentity
    );
}

/// The BCW-guide table as the reference gives it: COM-B sub-component → TDF domains, with
/// the Skills split written as the guide writes it.
#[test]
fn tdf_to_com_b_is_the_reference_table() {
    let expected: [(&str, &[&str]); 6] = [
        ("Physical capability", &["Skills (physical)"]),
        (
            "Psychological capability",
            &[
                "Knowledge",
                "Skills (cognitive/interpersonal)",
                "Memory, Attention and Decision Processes",
                "Behavioural Regulation",
            ],
        ),
        (
            "Physical opportunity",
            &["Environmental Context and Resources"],
        ),
        ("Social opportunity", &["Social Influences"]),
        (
            "Reflective motivation",
            &[
                "Social/Professional Role and Identity",
                "Beliefs about Capabilities",
                "Optimism",
                "Beliefs about Consequences",
                "Intentions",
                "Goals",
            ],
        ),
        (
            "Automatic motivation",
            &[
                "Social/Professional Role and Identity",
                "Optimism",
                "Reinforcement",
                "Emotions",
            ],
        ),
    ];
    let got: Vec<(&str, Vec<String>)> = ComBSubcomponent::ALL
        .iter()
        .map(|&s| {
            let domains = s
                .tdf_domains()
                .iter()
                .map(|d| match d.com_b_qualifier(s) {
                    Some(q) => format!("{} ({q})", d.label()),
                    None => d.label().to_owned(),
                })
                .collect();
            (s.label(), domains)
        })
        .collect();
    let expected: Vec<(&str, Vec<String>)> = expected
        .iter()
        .map(|(s, ds)| (*s, ds.iter().map(|d| d.to_string()).collect()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn tdf_and_com_b_directions_are_inverse() {
    let mut forward = Vec::new();
    for &d in TdfDomain::ALL {
        assert!(!d.com_b().is_empty(), "{d:?} maps somewhere");
        for &s in d.com_b() {
            forward.push((d, s));
        }
    }
    let mut backward = Vec::new();
    for &s in ComBSubcomponent::ALL {
        for &d in s.tdf_domains() {
            backward.push((d, s));
        }
    }
    forward.sort();
    backward.sort();
    assert_eq!(forward, backward);
    assert_eq!(forward.len(), 17);
    // many-to-many: exactly Skills, Social/Professional Role and Identity and Optimism map twice
    let twice: Vec<TdfDomain> = TdfDomain::ALL
        .iter()
        .copied()
        .filter(|d| d.com_b().len() == 2)
        .collect();
    assert_eq!(
        twice,
        [
            TdfDomain::Skills,
            TdfDomain::SocialProfessionalRoleAndIdentity,
            TdfDomain::Optimism
        ]
    );
    // qualifiers only where the guide splits a domain, and only on mapped pairs
    for &d in TdfDomain::ALL {
        for &s in ComBSubcomponent::ALL {
            if d.com_b_qualifier(s).is_some() {
                assert_eq!(d, TdfDomain::Skills);
                assert!(d.com_b().contains(&s));
            }
        }
    }
}

#[test]
fn bcw_functions_and_policy_categories() {
    assert_eq!(
        labels::<InterventionFunction>(),
        [
            "Education",
            "Persuasion",
            "Incentivisation",
            "Coercion",
            "Training",
            "Restriction",
            "Environmental restructuring",
            "Modelling",
            "Enablement",
        ]
    );
    assert_eq!(
        labels::<PolicyCategory>(),
        [
            "Communication/marketing",
            "Guidelines",
            "Fiscal measures",
            "Regulation",
            "Legislation",
            "Environmental/social planning",
            "Service provision",
        ]
    );
    assert_eq!(
        "incentivization".parse::<InterventionFunction>().unwrap(),
        InterventionFunction::Incentivisation
    );
    assert_eq!(
        "Environmental / social planning"
            .parse::<PolicyCategory>()
            .unwrap(),
        PolicyCategory::EnvironmentalSocialPlanning
    );
}

#[test]
fn proctor_service_and_client_outcomes() {
    assert_eq!(
        labels::<ServiceOutcome>(),
        [
            "Efficiency",
            "Safety",
            "Effectiveness",
            "Equity",
            "Patient-centeredness",
            "Timeliness",
        ]
    );
    assert_eq!(
        labels::<ClientOutcome>(),
        ["Satisfaction", "Function", "Symptomatology"]
    );
    let err = "Timelines".parse::<ServiceOutcome>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown service outcome `Timelines`; did you mean `timeliness`? (expected one of \
         `efficiency`, `safety`, `effectiveness`, `equity`, `patient_centeredness`, `timeliness`)"
    );
}

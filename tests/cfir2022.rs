//! CFIR 2022: names, counts and structure exactly as the reference lists them; ids that
//! never collide with CFIR 2009; the 2009 -> 2022 correspondence.

use std::collections::HashSet;

use isp_moc::vocab::*;

/// The reference list (Damschroder et al. 2022, cfirguide.org): (domain, construct,
/// sub-constructs), in framework order.
const REFERENCE: &[(&str, &str, &[&str])] = &[
    ("Innovation", "Innovation Source", &[]),
    ("Innovation", "Innovation Evidence Base", &[]),
    ("Innovation", "Innovation Relative Advantage", &[]),
    ("Innovation", "Innovation Adaptability", &[]),
    ("Innovation", "Innovation Trialability", &[]),
    ("Innovation", "Innovation Complexity", &[]),
    ("Innovation", "Innovation Design", &[]),
    ("Innovation", "Innovation Cost", &[]),
    ("Outer Setting", "Critical Incidents", &[]),
    ("Outer Setting", "Local Attitudes", &[]),
    ("Outer Setting", "Local Conditions", &[]),
    ("Outer Setting", "Partnerships & Connections", &[]),
    ("Outer Setting", "Policies & Laws", &[]),
    ("Outer Setting", "Financing", &[]),
    (
        "Outer Setting",
        "External Pressure",
        &[
            "Societal Pressure",
            "Market Pressure",
            "Performance-Measurement Pressure",
        ],
    ),
    (
        "Inner Setting",
        "Structural Characteristics",
        &[
            "Physical Infrastructure",
            "Information Technology Infrastructure",
            "Work Infrastructure",
        ],
    ),
    ("Inner Setting", "Relational Connections", &[]),
    ("Inner Setting", "Communications", &[]),
    (
        "Inner Setting",
        "Culture",
        &[
            "Human Equality-Centeredness",
            "Recipient-Centeredness",
            "Deliverer-Centeredness",
            "Learning-Centeredness",
        ],
    ),
    ("Inner Setting", "Tension for Change", &[]),
    ("Inner Setting", "Compatibility", &[]),
    ("Inner Setting", "Relative Priority", &[]),
    ("Inner Setting", "Incentive Systems", &[]),
    ("Inner Setting", "Mission Alignment", &[]),
    (
        "Inner Setting",
        "Available Resources",
        &["Funding", "Space", "Materials & Equipment"],
    ),
    ("Inner Setting", "Access to Knowledge & Information", &[]),
    ("Individuals", "High-level Leaders", &[]),
    ("Individuals", "Mid-level Leaders", &[]),
    ("Individuals", "Opinion Leaders", &[]),
    ("Individuals", "Implementation Facilitators", &[]),
    ("Individuals", "Implementation Leads", &[]),
    ("Individuals", "Implementation Team Members", &[]),
    ("Individuals", "Other Implementation Support", &[]),
    ("Individuals", "Innovation Deliverers", &[]),
    ("Individuals", "Innovation Recipients", &[]),
    ("Individuals", "Need", &[]),
    ("Individuals", "Capability", &[]),
    ("Individuals", "Opportunity", &[]),
    ("Individuals", "Motivation", &[]),
    ("Implementation Process", "Teaming", &[]),
    (
        "Implementation Process",
        "Assessing Needs",
        &["Innovation Deliverers", "Innovation Recipients"],
    ),
    ("Implementation Process", "Assessing Context", &[]),
    ("Implementation Process", "Planning", &[]),
    ("Implementation Process", "Tailoring Strategies", &[]),
    (
        "Implementation Process",
        "Engaging",
        &["Innovation Deliverers", "Innovation Recipients"],
    ),
    ("Implementation Process", "Doing", &[]),
    (
        "Implementation Process",
        "Reflecting & Evaluating",
        &["Implementation", "Innovation"],
    ),
    ("Implementation Process", "Adapting", &[]),
];

#[test]
fn names_order_and_structure_match_the_reference() {
    // flatten the reference into (domain, parent, label) rows in framework order
    let mut expected: Vec<(&str, Option<&str>, &str)> = Vec::new();
    for &(domain, construct, subs) in REFERENCE {
        expected.push((domain, None, construct));
        for &sub in subs {
            expected.push((domain, Some(construct), sub));
        }
    }
    let got: Vec<(&str, Option<&str>, &str)> = Cfir2022Construct::ALL
        .iter()
        .map(|c| (c.domain().label(), c.parent().map(|p| p.label()), c.label()))
        .collect();
    assert_eq!(got, expected);

    let domains: Vec<&str> = Cfir2022Domain::ALL.iter().map(|d| d.label()).collect();
    assert_eq!(
        domains,
        [
            "Innovation",
            "Outer Setting",
            "Inner Setting",
            "Individuals",
            "Implementation Process"
        ]
    );
    let numerals: Vec<&str> = Cfir2022Domain::ALL.iter().map(|d| d.numeral()).collect();
    assert_eq!(numerals, ["I", "II", "III", "IV", "V"]);
}

#[test]
fn counts_are_pinned() {
    assert_eq!(Cfir2022Domain::ALL.len(), 5);
    assert_eq!(Cfir2022Construct::ALL.len(), 67);
    let constructs = Cfir2022Construct::ALL
        .iter()
        .filter(|c| !c.is_subconstruct())
        .count();
    assert_eq!(constructs, 48);
    assert_eq!(
        Cfir2022Construct::ALL
            .iter()
            .filter(|c| c.is_subconstruct())
            .count(),
        19
    );
    // per domain: (constructs, sub-constructs)
    let per_domain: Vec<(usize, usize)> = Cfir2022Domain::ALL
        .iter()
        .map(|d| {
            let subs = d.constructs().filter(|c| c.is_subconstruct()).count();
            (d.constructs().count() - subs, subs)
        })
        .collect();
    assert_eq!(per_domain, [(8, 0), (7, 3), (11, 10), (13, 0), (9, 6)]);
    assert_eq!(Cfir2022Subdomain::Roles.constructs().count(), 9);
    assert_eq!(Cfir2022Subdomain::Characteristics.constructs().count(), 4);
    assert_eq!(
        Cfir2022Construct::ALL
            .iter()
            .filter(|c| c.is_role())
            .count(),
        9
    );
    assert_eq!(
        Cfir2022Construct::ALL
            .iter()
            .filter(|c| c.is_characteristic())
            .count(),
        4
    );
}

#[test]
fn parents_domains_and_subdomains_are_consistent() {
    for &c in Cfir2022Construct::ALL {
        assert_eq!(c.version(), CfirVersion::Cfir2022);
        if let Some(p) = c.parent() {
            assert_eq!(p.domain(), c.domain(), "{c:?}");
            assert!(p.parent().is_none(), "two-level hierarchy only: {c:?}");
            assert!(p.subconstructs().any(|s| s == c));
            // a parent precedes its sub-constructs, which follow it directly
            let pos = |x| Cfir2022Construct::ALL.iter().position(|&y| y == x).unwrap();
            assert!(pos(p) < pos(c));
            assert!(Cfir2022Construct::ALL[pos(p)..pos(c)]
                .iter()
                .all(|&y| y == p || y.parent() == Some(p)));
        }
        assert_eq!(
            c.subdomain().is_some(),
            c.domain() == Cfir2022Domain::Individuals,
            "{c:?}"
        );
        if let Some(s) = c.subdomain() {
            assert_eq!(s.domain(), c.domain());
            assert!(!c.is_subconstruct());
        }
        assert_eq!(
            c.com_b().is_some(),
            c.is_characteristic() && c.label() != "Need"
        );
        assert_eq!(
            c.qualified_label().parse::<Cfir2022Construct>().unwrap(),
            c,
            "{c:?}"
        );
    }
    let roles: Vec<&str> = Cfir2022Subdomain::Roles
        .constructs()
        .map(|c| c.label())
        .collect();
    assert_eq!(
        roles,
        [
            "High-level Leaders",
            "Mid-level Leaders",
            "Opinion Leaders",
            "Implementation Facilitators",
            "Implementation Leads",
            "Implementation Team Members",
            "Other Implementation Support",
            "Innovation Deliverers",
            "Innovation Recipients"
        ]
    );
    let characteristics: Vec<(&str, Option<ComBComponent>)> = Cfir2022Subdomain::Characteristics
        .constructs()
        .map(|c| (c.label(), c.com_b()))
        .collect();
    assert_eq!(
        characteristics,
        [
            ("Need", None),
            ("Capability", Some(ComBComponent::Capability)),
            ("Opportunity", Some(ComBComponent::Opportunity)),
            ("Motivation", Some(ComBComponent::Motivation)),
        ]
    );
    for &b in ComBComponent::ALL {
        assert_eq!(Cfir2022Construct::from_com_b(b).com_b(), Some(b));
    }
    for d in Cfir2022Domain::ALL {
        assert_eq!(d.version(), CfirVersion::Cfir2022);
    }
}

#[test]
fn ids_are_prefixed_unique_and_never_collide_with_cfir_2009() {
    let ids_2022: Vec<&str> = Cfir2022Construct::ALL
        .iter()
        .map(|c| c.as_str())
        .chain(Cfir2022Domain::ALL.iter().map(|d| d.as_str()))
        .chain(Cfir2022Subdomain::ALL.iter().map(|s| s.as_str()))
        .collect();
    let unique: HashSet<&str> = ids_2022.iter().copied().collect();
    assert_eq!(unique.len(), ids_2022.len(), "unique across CFIR 2022");
    for id in &ids_2022 {
        assert!(id.starts_with("cfir2022_"), "{id}");
    }
    let ids_2009: HashSet<&str> = CfirConstruct::ALL
        .iter()
        .map(|c| c.as_str())
        .chain(CfirDomain::ALL.iter().map(|d| d.as_str()))
        .collect();
    for id in &ids_2022 {
        assert!(!ids_2009.contains(id), "{id} collides with CFIR 2009");
        // nor can a 2022 id be read as a 2009 term, or the other way round
        assert!(CfirConstruct::from_id(id).is_none());
    }
    for id in &ids_2009 {
        assert!(Cfir2022Construct::from_id(id).is_none());
        assert!(Cfir2022Domain::from_id(id).is_none());
    }
    assert_eq!(
        Cfir2022Construct::RelativePriority.as_str(),
        "cfir2022_relative_priority"
    );
    assert_eq!(
        Cfir2022Domain::InnerSetting.as_str(),
        "cfir2022_inner_setting"
    );
    // sub-constructs whose names repeat carry their parent in the id
    let repeated = [
        (
            Cfir2022Construct::AssessingNeedsInnovationDeliverers,
            "cfir2022_assessing_needs_innovation_deliverers",
        ),
        (
            Cfir2022Construct::AssessingNeedsInnovationRecipients,
            "cfir2022_assessing_needs_innovation_recipients",
        ),
        (
            Cfir2022Construct::EngagingInnovationDeliverers,
            "cfir2022_engaging_innovation_deliverers",
        ),
        (
            Cfir2022Construct::EngagingInnovationRecipients,
            "cfir2022_engaging_innovation_recipients",
        ),
        (
            Cfir2022Construct::ReflectingAndEvaluatingImplementation,
            "cfir2022_reflecting_and_evaluating_implementation",
        ),
        (
            Cfir2022Construct::ReflectingAndEvaluatingInnovation,
            "cfir2022_reflecting_and_evaluating_innovation",
        ),
    ];
    for (c, id) in repeated {
        assert_eq!(c.as_str(), id);
    }
}

#[test]
fn names_parse_without_ambiguity() {
    fn fold(name: &str) -> String {
        name.replace('&', " and ")
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    }
    // The framework repeats exactly two names: the roles Innovation Deliverers and
    // Innovation Recipients reappear as sub-constructs of Assessing Needs and Engaging.
    let repeated: HashSet<&str> = Cfir2022Construct::ALL
        .iter()
        .map(|c| c.label())
        .filter(|&l| {
            Cfir2022Construct::ALL
                .iter()
                .filter(|c| c.label() == l)
                .count()
                > 1
        })
        .collect();
    assert_eq!(
        repeated,
        HashSet::from(["Innovation Deliverers", "Innovation Recipients"])
    );
    // Apart from those bare labels, every id, label, qualified label and alias names
    // exactly one construct.
    let names = |c: Cfir2022Construct| {
        let label = (!repeated.contains(c.label())).then(|| c.label().to_owned());
        [c.as_str().to_owned(), c.qualified_label()]
            .into_iter()
            .chain(label)
            .chain(c.aliases().iter().map(|a| a.to_string()))
            .map(|n| fold(&n))
            .collect::<Vec<_>>()
    };
    for &c in Cfir2022Construct::ALL {
        for key in names(c) {
            let owners: Vec<_> = Cfir2022Construct::ALL
                .iter()
                .filter(|&&u| names(u).contains(&key))
                .collect();
            assert_eq!(owners, [&c], "{key:?} is ambiguous");
        }
    }
    // the bare repeated name is the role
    assert_eq!(
        "Innovation Deliverers"
            .parse::<Cfir2022Construct>()
            .unwrap(),
        Cfir2022Construct::InnovationDeliverers
    );
    for (text, c) in [
        (
            "Innovation Evidence-Base",
            Cfir2022Construct::InnovationEvidenceBase,
        ),
        (
            "innovation evidence base",
            Cfir2022Construct::InnovationEvidenceBase,
        ),
        ("Evidence Base", Cfir2022Construct::InnovationEvidenceBase),
        (
            "Partnerships and connections",
            Cfir2022Construct::PartnershipsAndConnections,
        ),
        (
            "performance measurement pressure",
            Cfir2022Construct::PerformanceMeasurementPressure,
        ),
        (
            "IT infrastructure",
            Cfir2022Construct::InformationTechnologyInfrastructure,
        ),
        ("High level leaders", Cfir2022Construct::HighLevelLeaders),
        (
            "Engaging: Innovation Recipients",
            Cfir2022Construct::EngagingInnovationRecipients,
        ),
        (
            "engaging_innovation_recipients",
            Cfir2022Construct::EngagingInnovationRecipients,
        ),
        (
            "Access to information & knowledge",
            Cfir2022Construct::AccessToKnowledgeAndInformation,
        ),
    ] {
        assert_eq!(text.parse::<Cfir2022Construct>().unwrap(), c, "{text}");
    }
    assert_eq!(
        "Process".parse::<Cfir2022Domain>().unwrap(),
        Cfir2022Domain::ImplementationProcess
    );
}

#[test]
fn unknown_names_get_helpful_errors() {
    let err = "relative priorty".parse::<Cfir2022Construct>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown CFIR 2022 construct `relative priorty`; did you mean `cfir2022_relative_priority`?"
    );
    let err = "Mision Alignment".parse::<Cfir2022Construct>().unwrap_err();
    assert!(
        err.to_string()
            .ends_with("did you mean `cfir2022_mission_alignment`?"),
        "{err}"
    );
    let err = "iner setting".parse::<Cfir2022Domain>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown CFIR 2022 domain `iner setting`; did you mean `cfir2022_inner_setting`? \
         (expected one of `cfir2022_innovation`, `cfir2022_outer_setting`, `cfir2022_inner_setting`, \
         `cfir2022_individuals`, `cfir2022_implementation_process`)"
    );
    let err = "xyzzy".parse::<Cfir2022Construct>().unwrap_err();
    assert_eq!(err.to_string(), "unknown CFIR 2022 construct `xyzzy`");
    // a CFIR 2009 id is not a CFIR 2022 id
    assert!("relative_priority".parse::<Cfir2022Construct>().is_ok()); // tolerant: same name
    assert!(Cfir2022Construct::from_id("relative_priority").is_none()); // strict: no
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_prefixed_ids_and_rejects_cfir_2009_ids() {
    let json = serde_json::to_string(&Cfir2022Construct::EngagingInnovationDeliverers).unwrap();
    assert_eq!(json, "\"cfir2022_engaging_innovation_deliverers\"");
    let err = serde_json::from_str::<Cfir2022Construct>("\"relative_priority\"").unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown CFIR 2022 construct `relative_priority`"),
        "{err}"
    );
    let err = serde_json::from_str::<CfirConstruct>("\"cfir2022_relative_priority\"").unwrap_err();
    assert!(err.to_string().contains("CFIR 2009 construct"), "{err}");
}

#[test]
fn versions_tag_both_editions() {
    assert_eq!(CfirVersion::ALL.len(), 2);
    for c in CfirConstruct::ALL {
        assert_eq!(c.version(), CfirVersion::Cfir2009);
    }
    for d in CfirDomain::ALL {
        assert_eq!(d.version(), CfirVersion::Cfir2009);
    }
    assert_eq!(CfirVersion::Cfir2009.year(), 2009);
    assert_eq!(CfirVersion::Cfir2022.year(), 2022);
    assert!(CfirVersion::Cfir2022.citation().contains("17:75"));
    assert!(CfirVersion::Cfir2009.citation().contains("4:50"));
}

/// The 12 rows the crate held before the crosswalk: (CFIR 2009, CFIR 2022), the first
/// confirmed, the other 11 by identical name only.
const FORMER_ROWS: [(&str, &str); 12] = [
    ("intervention_source", "cfir2022_innovation_source"),
    (
        "structural_characteristics",
        "cfir2022_structural_characteristics",
    ),
    ("culture", "cfir2022_culture"),
    ("tension_for_change", "cfir2022_tension_for_change"),
    ("compatibility", "cfir2022_compatibility"),
    ("relative_priority", "cfir2022_relative_priority"),
    ("available_resources", "cfir2022_available_resources"),
    (
        "access_to_knowledge_and_information",
        "cfir2022_access_to_knowledge_and_information",
    ),
    ("planning", "cfir2022_planning"),
    ("engaging", "cfir2022_engaging"),
    ("opinion_leaders", "cfir2022_opinion_leaders"),
    (
        "reflecting_and_evaluating",
        "cfir2022_reflecting_and_evaluating",
    ),
];

#[test]
fn the_twelve_former_rows_are_verified_crosswalk_rows() {
    use CorrespondenceBasis::{Af4Row, ExplicitNamed, OfficialContinuity};
    use CorrespondenceKind::{Relocated, Renamed, Same};
    let reconciled: Vec<(CorrespondenceKind, CorrespondenceBasis)> = FORMER_ROWS
        .iter()
        .map(|&(a, b)| {
            let c09 = CfirConstruct::from_id(a).unwrap();
            let c22 = Cfir2022Construct::from_id(b).unwrap();
            // none conflicts: the former pair is the row's one verified target ...
            let row = CfirCorrespondence::of_2009(c09, Readings::Exclude).unwrap();
            assert_eq!(row.cfir2022, [c22], "{a}");
            assert!(row.cfir2022_unverified.is_empty(), "{a}");
            assert_eq!(row.standing_of(c22), Some(Standing::Verified), "{a}");
            // ... and the only row that leads back to it
            let back: Vec<_> = CfirCorrespondence::of_2022(c22, Readings::Exclude)
                .map(|r| r.cfir2009)
                .collect();
            assert_eq!(back, [c09], "{b}");
            (row.kind, row.basis)
        })
        .collect();
    assert_eq!(
        reconciled,
        [
            (Renamed, Af4Row), // the former confirmed row
            (Same, ExplicitNamed),
            (Same, ExplicitNamed),
            (Same, OfficialContinuity),
            (Same, OfficialContinuity),
            (Same, OfficialContinuity),
            (Same, ExplicitNamed),
            (Same, OfficialContinuity),
            (Same, OfficialContinuity),
            (Same, OfficialContinuity),
            // same name, moved from an Engaging sub-construct to an Individuals role
            (Relocated, OfficialContinuity),
            (Same, ExplicitNamed),
        ]
    );
    // the former same-name rows were exactly the constructs whose label is identical in
    // both editions; every such pair is now a verified row
    let same_name: HashSet<(CfirConstruct, Cfir2022Construct)> = CfirConstruct::ALL
        .iter()
        .flat_map(|&a| {
            Cfir2022Construct::ALL
                .iter()
                .filter(move |b| b.label() == a.label())
                .map(move |&b| (a, b))
        })
        .collect();
    let former: HashSet<(CfirConstruct, Cfir2022Construct)> = FORMER_ROWS[1..]
        .iter()
        .map(|&(a, b)| {
            (
                CfirConstruct::from_id(a).unwrap(),
                Cfir2022Construct::from_id(b).unwrap(),
            )
        })
        .collect();
    assert_eq!(former, same_name);
}

#[cfg(feature = "serde")]
#[test]
fn correspondence_rows_serialize_with_ids() {
    let row = CfirCorrespondence::ALL[0];
    let json = serde_json::to_value(row).unwrap();
    assert_eq!(json["cfir2009"], "intervention_source");
    assert_eq!(
        json["cfir2022"],
        serde_json::json!(["cfir2022_innovation_source"])
    );
    assert_eq!(json["kind"], "renamed");
    assert_eq!(json["basis"], "af4_row");
    assert_eq!(json["verified"], true);
}

#[cfg(feature = "schemars")]
#[test]
fn schemas_list_the_prefixed_ids() {
    let schema = serde_json::to_value(schemars::schema_for!(Cfir2022Construct)).unwrap();
    let ids = schema["enum"].as_array().unwrap();
    assert_eq!(ids.len(), 67);
    assert!(ids
        .iter()
        .all(|id| id.as_str().unwrap().starts_with("cfir2022_")));
}

//! ERIC (Powell et al. 2015; Waltz et al. 2015): the 73 strategies, their numbers, names,
//! clusters and verification levels exactly as the reference lists them.

use std::collections::HashSet;

use isp_moc::vocab::{EricCluster, EricClusterVerification, EricStrategy, Term};

/// (Powell number, Powell name, Waltz cluster, how the cluster was checked: D/S/E), copied
/// from the reference table.
const REFERENCE: [(u8, &str, &str, &str); 73] = [
    (1, "Access new funding", "Utilize financial strategies", "E"),
    (
        2,
        "Alter incentive/allowance structures",
        "Utilize financial strategies",
        "E",
    ),
    (
        3,
        "Alter patient/consumer fees",
        "Utilize financial strategies",
        "E",
    ),
    (
        4,
        "Assess for readiness and identify barriers and facilitators",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        5,
        "Audit and provide feedback",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        6,
        "Build a coalition",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (
        7,
        "Capture and share local knowledge",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        8,
        "Centralize technical assistance",
        "Provide interactive assistance",
        "D",
    ),
    (
        9,
        "Change accreditation or membership requirements",
        "Change infrastructure",
        "S",
    ),
    (10, "Change liability laws", "Change infrastructure", "S"),
    (
        11,
        "Change physical structure and equipment",
        "Change infrastructure",
        "S",
    ),
    (12, "Change record systems", "Change infrastructure", "S"),
    (13, "Change service sites", "Change infrastructure", "S"),
    (
        14,
        "Conduct cyclical small tests of change",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        15,
        "Conduct educational meetings",
        "Train and educate stakeholders",
        "S",
    ),
    (
        16,
        "Conduct educational outreach visits",
        "Train and educate stakeholders",
        "S",
    ),
    (
        17,
        "Conduct local consensus discussions",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        18,
        "Conduct local needs assessment",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        19,
        "Conduct ongoing training",
        "Train and educate stakeholders",
        "S",
    ),
    (
        20,
        "Create a learning collaborative",
        "Train and educate stakeholders",
        "S",
    ),
    (21, "Create new clinical teams", "Support clinicians", "E"),
    (
        22,
        "Create or change credentialing and/or licensure standards",
        "Change infrastructure",
        "S",
    ),
    (
        23,
        "Develop a formal implementation blueprint",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        24,
        "Develop academic partnerships",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        25,
        "Develop an implementation glossary",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        26,
        "Develop and implement tools for quality monitoring",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        27,
        "Develop and organize quality monitoring systems",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        28,
        "Develop disincentives",
        "Utilize financial strategies",
        "E",
    ),
    (
        29,
        "Develop educational materials",
        "Train and educate stakeholders",
        "S",
    ),
    (
        30,
        "Develop resource sharing agreements",
        "Support clinicians",
        "E",
    ),
    (
        31,
        "Distribute educational materials",
        "Train and educate stakeholders",
        "S",
    ),
    (
        32,
        "Facilitate relay of clinical data to providers",
        "Support clinicians",
        "E",
    ),
    (33, "Facilitation", "Provide interactive assistance", "D"),
    (
        34,
        "Fund and contract for the clinical innovation",
        "Utilize financial strategies",
        "E",
    ),
    (
        35,
        "Identify and prepare champions",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (
        36,
        "Identify early adopters",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (37, "Increase demand", "Engage consumers", "S"),
    (
        38,
        "Inform local opinion leaders",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (
        39,
        "Intervene with patients/consumers to enhance uptake and adherence",
        "Engage consumers",
        "S",
    ),
    (
        40,
        "Involve executive boards",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        41,
        "Involve patients/consumers and family members",
        "Engage consumers",
        "S",
    ),
    (
        42,
        "Make billing easier",
        "Utilize financial strategies",
        "E",
    ),
    (
        43,
        "Make training dynamic",
        "Train and educate stakeholders",
        "S",
    ),
    (44, "Mandate change", "Change infrastructure", "S"),
    (
        45,
        "Model and simulate change",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        46,
        "Obtain and use patients/consumers and family feedback",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        47,
        "Obtain formal commitments",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (
        48,
        "Organize clinician implementation team meetings",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (
        49,
        "Place innovation on fee for service lists/formularies",
        "Utilize financial strategies",
        "E",
    ),
    (
        50,
        "Prepare patients/consumers to be active participants",
        "Engage consumers",
        "S",
    ),
    (
        51,
        "Promote adaptability",
        "Adapt and tailor to context",
        "D",
    ),
    (
        52,
        "Promote network weaving",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        53,
        "Provide clinical supervision",
        "Provide interactive assistance",
        "D",
    ),
    (
        54,
        "Provide local technical assistance",
        "Provide interactive assistance",
        "D",
    ),
    (
        55,
        "Provide ongoing consultation",
        "Train and educate stakeholders",
        "S",
    ),
    (
        56,
        "Purposely reexamine the implementation",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        57,
        "Recruit, designate, and train for leadership",
        "Develop stakeholder interrelationships",
        "D",
    ),
    (58, "Remind clinicians", "Support clinicians", "E"),
    (59, "Revise professional roles", "Support clinicians", "E"),
    (
        60,
        "Shadow other experts",
        "Train and educate stakeholders",
        "S",
    ),
    (
        61,
        "Stage implementation scale up",
        "Use evaluative and iterative strategies",
        "D",
    ),
    (
        62,
        "Start a dissemination organization",
        "Change infrastructure",
        "S",
    ),
    (63, "Tailor strategies", "Adapt and tailor to context", "D"),
    (
        64,
        "Use advisory boards and workgroups",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        65,
        "Use an implementation advisor",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        66,
        "Use capitated payments",
        "Utilize financial strategies",
        "E",
    ),
    (67, "Use data experts", "Adapt and tailor to context", "D"),
    (
        68,
        "Use data warehousing techniques",
        "Adapt and tailor to context",
        "D",
    ),
    (69, "Use mass media", "Engage consumers", "S"),
    (
        70,
        "Use other payment schemes",
        "Utilize financial strategies",
        "E",
    ),
    (
        71,
        "Use train-the-trainer strategies",
        "Train and educate stakeholders",
        "S",
    ),
    (
        72,
        "Visit other sites",
        "Develop stakeholder interrelationships",
        "S",
    ),
    (
        73,
        "Work with educational institutions",
        "Train and educate stakeholders",
        "S",
    ),
];

#[test]
fn names_numbers_clusters_and_levels_match_the_reference() {
    assert_eq!(EricStrategy::ALL.len(), REFERENCE.len());
    for (s, &(number, name, cluster, level)) in EricStrategy::ALL.iter().zip(REFERENCE.iter()) {
        assert_eq!(s.number(), number, "{s:?}");
        assert_eq!(s.label(), name, "{s:?}");
        assert_eq!(s.to_string(), name);
        assert_eq!(s.cluster().label(), cluster, "{s:?}");
        assert_eq!(
            s.cluster_verification(),
            level.parse::<EricClusterVerification>().unwrap(),
            "{s:?}"
        );
    }
}

#[test]
fn powell_numbers_run_1_to_73_once_each_in_alphabetical_order() {
    let numbers: Vec<u8> = EricStrategy::ALL.iter().map(|s| s.number()).collect();
    assert_eq!(numbers, (1..=73).collect::<Vec<u8>>());
    let names: Vec<&str> = EricStrategy::ALL.iter().map(|s| s.label()).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(
        names, sorted,
        "Powell numbers follow alphabetical name order"
    );
    for n in 0..=u8::MAX {
        match EricStrategy::from_number(n) {
            Some(s) => assert_eq!(s.number(), n),
            None => assert!(n == 0 || n > 73, "{n}"),
        }
    }
}

#[test]
fn ids_are_the_names_in_snake_case() {
    let mut seen = HashSet::new();
    for s in EricStrategy::ALL {
        let expected: Vec<String> = s
            .label()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        assert_eq!(s.as_str(), expected.join("_"));
        assert!(seen.insert(s.as_str()));
        assert_eq!(EricStrategy::from_id(s.as_str()), Some(*s));
    }
    assert_eq!(
        EricStrategy::AuditAndProvideFeedback.as_str(),
        "audit_and_provide_feedback"
    );
}

#[test]
fn nine_clusters_of_the_reference_sizes() {
    let got: Vec<(&str, usize)> = EricCluster::ALL
        .iter()
        .map(|c| (c.label(), c.strategies().count()))
        .collect();
    assert_eq!(
        got,
        [
            ("Use evaluative and iterative strategies", 10),
            ("Provide interactive assistance", 4),
            ("Adapt and tailor to context", 4),
            ("Develop stakeholder interrelationships", 17),
            ("Train and educate stakeholders", 11),
            ("Support clinicians", 5),
            ("Engage consumers", 5),
            ("Utilize financial strategies", 9),
            ("Change infrastructure", 8),
        ]
    );
    let total: usize = EricCluster::ALL
        .iter()
        .map(|c| c.strategies().count())
        .sum();
    assert_eq!(total, 73);
    for c in EricCluster::ALL {
        assert!(c.strategies().all(|s| s.cluster() == *c));
    }
}

#[test]
fn verification_levels_as_the_reference_records_them() {
    let count = |v: EricClusterVerification| {
        EricStrategy::ALL
            .iter()
            .filter(|s| s.cluster_verification() == v)
            .count()
    };
    // D: the evaluative (10), interactive (4) and adapt (4) clusters plus the first 7
    // stakeholder-interrelationship strategies; E: the 14 of two clusters; S: the rest.
    assert_eq!(count(EricClusterVerification::WaltzTable1), 25);
    assert_eq!(count(EricClusterVerification::ByElimination), 14);
    assert_eq!(count(EricClusterVerification::SecondaryTables), 34);
    let direct_in_interrelationships: Vec<u8> = EricCluster::DevelopStakeholderInterrelationships
        .strategies()
        .filter(|s| s.cluster_verification() == EricClusterVerification::WaltzTable1)
        .map(|s| s.number())
        .collect();
    assert_eq!(direct_in_interrelationships, [6, 35, 36, 38, 47, 48, 57]);
    for s in EricStrategy::ALL {
        let by_elimination = matches!(
            s.cluster(),
            EricCluster::SupportClinicians | EricCluster::UtilizeFinancialStrategies
        );
        assert_eq!(
            s.cluster_verification() == EricClusterVerification::ByElimination,
            by_elimination,
            "{s:?}"
        );
        assert_eq!(s.cluster_verification().is_verified(), !by_elimination);
    }
}

#[test]
fn tolerant_lookup_accepts_the_listed_variants() {
    for (text, s) in [
        (
            "Purposefully reexamine the implementation",
            EricStrategy::PurposelyReexamineTheImplementation,
        ),
        (
            "purposely re-examine the implementation",
            EricStrategy::PurposelyReexamineTheImplementation,
        ),
        (
            "Conduct local need assessment",
            EricStrategy::ConductLocalNeedsAssessment,
        ),
        (
            "CONDUCT LOCAL NEEDS ASSESSMENT",
            EricStrategy::ConductLocalNeedsAssessment,
        ),
        (
            "Create or change credentialing/licensure standards",
            EricStrategy::CreateOrChangeCredentialingAndOrLicensureStandards,
        ),
        (
            "recruit designate and train for leadership",
            EricStrategy::RecruitDesignateAndTrainForLeadership,
        ),
        (
            "use train the trainer strategies",
            EricStrategy::UseTrainTheTrainerStrategies,
        ),
        (
            "audit_and_provide_feedback",
            EricStrategy::AuditAndProvideFeedback,
        ),
    ] {
        assert_eq!(text.parse::<EricStrategy>().unwrap(), s, "{text}");
    }
    for (text, c) in [
        (
            "Use financial strategies",
            EricCluster::UtilizeFinancialStrategies,
        ),
        (
            "Adapt and tailor to the context",
            EricCluster::AdaptAndTailorToContext,
        ),
        (
            "adapt & tailor to context",
            EricCluster::AdaptAndTailorToContext,
        ),
    ] {
        assert_eq!(text.parse::<EricCluster>().unwrap(), c, "{text}");
    }
}

#[test]
fn unknown_strategies_get_a_helpful_error() {
    let err = "Audit and provide feedbak"
        .parse::<EricStrategy>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown ERIC strategy `Audit and provide feedbak`; did you mean `audit_and_provide_feedback`?"
    );
    let err = "Remind clinician".parse::<EricStrategy>().unwrap_err();
    assert!(err
        .to_string()
        .ends_with("did you mean `remind_clinicians`?"));
    let err = "x".parse::<EricStrategy>().unwrap_err();
    assert_eq!(err.to_string(), "unknown ERIC strategy `x`");
    let err = "Chnage infrastructure".parse::<EricCluster>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown ERIC cluster `Chnage infrastructure`; did you mean `change_infrastructure`?"
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_is_by_id_only() {
    let s = EricStrategy::Facilitation;
    assert_eq!(serde_json::to_string(&s).unwrap(), "\"facilitation\"");
    let err = serde_json::from_str::<EricStrategy>("\"Purposefully reexamine the implementation\"")
        .unwrap_err();
    assert!(err.to_string().contains("unknown ERIC strategy"), "{err}");
}

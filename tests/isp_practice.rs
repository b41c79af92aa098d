//! ISP competencies and principles (Metz et al. 2021) and ISP knowledge areas and attitude
//! themes (Bührmann et al. 2022), exactly as the reference lists them.

use isp_moc::vocab::{
    IspAttitudeTheme, IspCompetency, IspCompetencyDomain, IspKnowledgeArea, IspPrinciple, Term,
};

fn labels<T: Term>() -> Vec<&'static str> {
    T::all().iter().map(|t| t.label()).collect()
}

#[test]
fn fifteen_competencies_in_three_domains_of_5_6_4() {
    let by_domain: Vec<(&str, Vec<&str>)> = IspCompetencyDomain::ALL
        .iter()
        .map(|d| (d.label(), d.competencies().map(|c| c.label()).collect()))
        .collect();
    assert_eq!(
        by_domain,
        [
            (
                "Co-creation and engagement",
                vec![
                    "Co-learning",
                    "Brokering",
                    "Addressing power differentials",
                    "Co-design",
                    "Tailoring support",
                ]
            ),
            (
                "Ongoing improvement",
                vec![
                    "Assessing needs and assets",
                    "Understanding context",
                    "Applying and integrating implementation frameworks, strategies, and approaches",
                    "Facilitation",
                    "Communication",
                    "Conducting improvement cycles",
                ]
            ),
            (
                "Sustaining change",
                vec![
                    "Growing and sustaining relationships",
                    "Developing teams",
                    "Building capacity",
                    "Cultivating leaders and champions",
                ]
            ),
        ]
    );
    assert_eq!(IspCompetency::ALL.len(), 15);
    // ALL lists the competencies domain by domain
    let mut domains: Vec<IspCompetencyDomain> =
        IspCompetency::ALL.iter().map(|c| c.domain()).collect();
    let as_listed = domains.clone();
    domains.sort();
    assert_eq!(domains, as_listed);
    // the reference's prose drops the serial comma; that spelling parses too
    assert_eq!(
        "Applying and integrating implementation frameworks, strategies and approaches"
            .parse::<IspCompetency>()
            .unwrap(),
        IspCompetency::ApplyingAndIntegratingImplementationFrameworksStrategiesAndApproaches
    );
}

#[test]
fn six_guiding_principles() {
    assert_eq!(
        labels::<IspPrinciple>(),
        [
            "Be empathetic",
            "Be curious",
            "Be committed",
            "Advance equity",
            "Embrace cross-disciplinary approaches",
            "Use critical thinking",
        ]
    );
}

#[test]
fn five_knowledge_areas() {
    assert_eq!(
        labels::<IspKnowledgeArea>(),
        [
            "clinical practice they work with",
            "implementation/improvement practice",
            "the local context",
            "supporting change processes",
            "facilitating evidence-based practice in general",
        ]
    );
    for (text, area) in [
        (
            "the clinical practice they work with",
            IspKnowledgeArea::ClinicalPractice,
        ),
        (
            "facilitating EBP in general",
            IspKnowledgeArea::FacilitatingEvidenceBasedPractice,
        ),
        (
            "Implementation / improvement practice",
            IspKnowledgeArea::ImplementationPractice,
        ),
    ] {
        assert_eq!(text.parse::<IspKnowledgeArea>().unwrap(), area, "{text}");
    }
}

#[test]
fn six_verified_attitude_themes_and_the_seventh_is_not_invented() {
    assert_eq!(
        labels::<IspAttitudeTheme>(),
        [
            "professional",
            "motivated/motivating/encouraging/empowering",
            "empathetic/respectful/sensitive",
            "collaborative/inclusive",
            "authentic",
            "creative/flexible",
        ]
    );
    assert_eq!(IspAttitudeTheme::REPORTED, 7);
    assert_eq!(IspAttitudeTheme::ALL.len(), IspAttitudeTheme::REPORTED - 1);
    // each word of a theme finds its theme
    for &t in IspAttitudeTheme::ALL {
        for word in t.label().split('/') {
            assert_eq!(word.parse::<IspAttitudeTheme>().unwrap(), t, "{word}");
        }
    }
}

#[test]
fn unknown_competency_suggests() {
    let err = "Brokring".parse::<IspCompetency>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown ISP core competency `Brokring`; did you mean `brokering`?"
    );
}

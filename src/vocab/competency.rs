//! ISP core competencies and guiding principles (Metz et al. 2021).
//!
//! Source: Metz A, Albers B, Burke K, et al., *Implementation practice in human service
//! systems: Understanding the principles and competencies of professionals who support
//! implementation*, Human Service Organizations: Management, Leadership & Governance 2021,
//! doi:10.1080/23303131.2021.1895401, whose list comes from the *Implementation Support
//! Practitioner Profile* v4.0 (Metz, Louison, Burke, Albers & Ward 2020; NIRN). Names are
//! copied from this crate's reference (NIRN and implementationpractice.org domain pages);
//! descriptions are this crate's paraphrases.
//!
//! Competencies are a separate axis from the individual knowledge, skill and attitude
//! observations of [`IspResource`](crate::vocab::IspResource): a competency describes what
//! an ISP is able to do across many interactions.

vocabulary! {
    /// The three domains of the 15 ISP core competencies (5, 6 and 4 competencies), from the
    /// ISP Practice Profile v4.0 (Metz, Louison, Burke, Albers & Ward 2020) as confirmed by
    /// Metz et al. (2021).
    ///
    /// ```
    /// use isp_moc::vocab::IspCompetencyDomain;
    ///
    /// let sizes: Vec<usize> = IspCompetencyDomain::ALL.iter()
    ///     .map(|d| d.competencies().count())
    ///     .collect();
    /// assert_eq!(sizes, [5, 6, 4]);
    /// ```
    #[non_exhaustive]
    pub enum IspCompetencyDomain ("ISP competency domain") {
        CoCreationAndEngagement = "co_creation_and_engagement" {
            "Co-creation and engagement",
            "Working with stakeholders as partners to understand problems and design solutions together.",
        },
        OngoingImprovement = "ongoing_improvement" {
            "Ongoing improvement",
            "Using data, frameworks and facilitation to improve practice continually.",
        },
        SustainingChange = "sustaining_change" {
            "Sustaining change",
            "Building the relationships, teams, capacity and leadership that keep change going.",
        },
    }
}

vocabulary! {
    /// The 15 ISP core competencies of Metz et al. (2021) and the ISP Practice Profile
    /// v4.0, in the profile's order, each in one [`domain`](Self::domain).
    ///
    /// Competencies are a separate axis from the individual knowledge, skill and attitude
    /// observations coded as [`IspResource`](crate::vocab::IspResource).
    ///
    /// ```
    /// use isp_moc::vocab::{IspCompetency, IspCompetencyDomain};
    ///
    /// assert_eq!(IspCompetency::ALL.len(), 15);
    /// let c: IspCompetency = "co-learning".parse()?;
    /// assert_eq!(c, IspCompetency::CoLearning);
    /// assert_eq!(c.domain(), IspCompetencyDomain::CoCreationAndEngagement);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum IspCompetency ("ISP core competency") {
        CoLearning = "co_learning" {
            "Co-learning",
            "Learning alongside stakeholders, valuing their expertise as much as the ISP's own.",
        },
        Brokering = "brokering" {
            "Brokering",
            "Connecting people, knowledge and resources across boundaries.",
        },
        AddressingPowerDifferentials = "addressing_power_differentials" {
            "Addressing power differentials",
            "Noticing and reducing imbalances of power among the people involved.",
        },
        CoDesign = "co_design" {
            "Co-design",
            "Designing solutions together with the people who will use them and be affected by them.",
        },
        TailoringSupport = "tailoring_support" {
            "Tailoring support",
            "Fitting the kind and intensity of support to what stakeholders need.",
        },
        AssessingNeedsAndAssets = "assessing_needs_and_assets" {
            "Assessing needs and assets",
            "Working out with stakeholders what is needed and which strengths are already there.",
        },
        UnderstandingContext = "understanding_context" {
            "Understanding context",
            "Grasping the history, culture and systems of the setting where change happens.",
        },
        ApplyingAndIntegratingImplementationFrameworksStrategiesAndApproaches =
            "applying_and_integrating_implementation_frameworks_strategies_and_approaches" {
            "Applying and integrating implementation frameworks, strategies, and approaches",
            "Using implementation frameworks, strategies and methods in a way that fits the situation.",
        },
        Facilitation = "facilitation" {
            "Facilitation",
            "Guiding groups through shared work, decisions and problem solving.",
        },
        Communication = "communication" {
            "Communication",
            "Sharing information clearly and listening, so that stakeholders understand one another.",
        },
        ConductingImprovementCycles = "conducting_improvement_cycles" {
            "Conducting improvement cycles",
            "Using data in repeated cycles to test and refine changes.",
        },
        GrowingAndSustainingRelationships = "growing_and_sustaining_relationships" {
            "Growing and sustaining relationships",
            "Building trust in the ISP as reliable, competent and committed, and trust among stakeholders, and keeping it.",
        },
        DevelopingTeams = "developing_teams" {
            "Developing teams",
            "Forming and strengthening the teams that lead and carry out implementation.",
        },
        BuildingCapacity = "building_capacity" {
            "Building capacity",
            "Strengthening stakeholders' own ability to implement and sustain change.",
        },
        CultivatingLeadersAndChampions = "cultivating_leaders_and_champions" {
            "Cultivating leaders and champions",
            "Helping leaders and champions grow into their part in driving change.",
        },
    }
}

vocabulary! {
    /// The six guiding principles of implementation practice (Metz et al. 2021). This
    /// crate's reference classes them as
    /// *attitudes*: in the seed paper's terms they sit on the
    /// [`IspResource::Attitudes`](crate::vocab::IspResource::Attitudes) side of the ISP.
    ///
    /// ```
    /// use isp_moc::vocab::IspPrinciple;
    ///
    /// assert_eq!(IspPrinciple::ALL.len(), 6);
    /// assert_eq!("curious".parse::<IspPrinciple>()?, IspPrinciple::BeCurious);
    /// assert_eq!(IspPrinciple::AdvanceEquity.to_string(), "Advance equity");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum IspPrinciple ("ISP guiding principle") {
        BeEmpathetic = "be_empathetic" {
            "Be empathetic",
            "Understanding and sharing stakeholders' perspectives and feelings.",
            aliases: ["empathetic"],
        },
        BeCurious = "be_curious" {
            "Be curious",
            "Asking questions and staying open to learning about people and settings.",
            aliases: ["curious"],
        },
        BeCommitted = "be_committed" {
            "Be committed",
            "Staying dedicated to stakeholders and to achieving the change.",
            aliases: ["committed"],
        },
        AdvanceEquity = "advance_equity" {
            "Advance equity",
            "Working to make participation and outcomes fair for everyone involved.",
        },
        EmbraceCrossDisciplinaryApproaches = "embrace_cross_disciplinary_approaches" {
            "Embrace cross-disciplinary approaches",
            "Drawing on the knowledge and methods of several disciplines.",
        },
        UseCriticalThinking = "use_critical_thinking" {
            "Use critical thinking",
            "Questioning assumptions and weighing evidence before acting.",
        },
    }
}

impl IspCompetencyDomain {
    /// The domain's competencies, in the profile's order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{IspCompetency, IspCompetencyDomain};
    /// assert_eq!(IspCompetencyDomain::SustainingChange.competencies().next(),
    ///            Some(IspCompetency::GrowingAndSustainingRelationships));
    /// ```
    pub fn competencies(self) -> impl Iterator<Item = IspCompetency> {
        IspCompetency::ALL
            .iter()
            .copied()
            .filter(move |c| c.domain() == self)
    }
}

impl IspCompetency {
    /// The domain the competency belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{IspCompetency, IspCompetencyDomain};
    /// assert_eq!(IspCompetency::Facilitation.domain(), IspCompetencyDomain::OngoingImprovement);
    /// ```
    pub const fn domain(self) -> IspCompetencyDomain {
        use IspCompetency::*;
        use IspCompetencyDomain::*;
        match self {
            CoLearning | Brokering | AddressingPowerDifferentials | CoDesign | TailoringSupport => {
                CoCreationAndEngagement
            }
            AssessingNeedsAndAssets
            | UnderstandingContext
            | ApplyingAndIntegratingImplementationFrameworksStrategiesAndApproaches
            | Facilitation
            | Communication
            | ConductingImprovementCycles => OngoingImprovement,
            GrowingAndSustainingRelationships
            | DevelopingTeams
            | BuildingCapacity
            | CultivatingLeadersAndChampions => SustainingChange,
        }
    }
}

//! CFIR 2009 (Damschroder et al., Implementation Science 2009;4:50): the context side.
//!
//! Names, letters and numbers follow the archived cfirguide.org construct table; the
//! descriptions are this crate's paraphrases.

vocabulary! {
    /// The five CFIR 2009 domains, in the framework's order (I to V).
    ///
    /// The paper re-points two of them: *intervention characteristics* are those of the
    /// ISP role itself, and *characteristics of individuals* are those of the ISP's
    /// stakeholders (see [`ModelInfo::domain_subjects`](crate::model::ModelInfo)).
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirDomain};
    ///
    /// assert_eq!(CfirDomain::ALL.len(), 5);
    /// assert_eq!(CfirDomain::InnerSetting.numeral(), "III");
    /// assert_eq!(CfirDomain::InnerSetting.constructs().count(), 14);
    /// assert_eq!("Individuals (ISP Stakeholders)".parse::<CfirDomain>()?,
    ///            CfirDomain::CharacteristicsOfIndividuals);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CfirDomain ("CFIR 2009 domain") {
        InterventionCharacteristics = "intervention_characteristics" {
            "Intervention Characteristics",
            "Features of the thing being implemented, as stakeholders perceive them.",
            aliases: ["intervention", "innovation", "characteristics of the intervention",
                      "Characteristics of the ISP Intervention", "ISP intervention"],
        },
        OuterSetting = "outer_setting" {
            "Outer Setting",
            "The economic, political and social world around the implementing organization.",
        },
        InnerSetting = "inner_setting" {
            "Inner Setting",
            "The structure, culture and climate of the organization where implementation happens.",
        },
        CharacteristicsOfIndividuals = "characteristics_of_individuals" {
            "Characteristics of Individuals",
            "The people involved: what they know and believe, their confidence and other attributes.",
            aliases: ["individuals", "individual", "Individuals (ISP Stakeholders)", "ISP stakeholders"],
        },
        Process = "process" {
            "Process",
            "How implementation is planned, carried out, and reflected on, and who is engaged.",
            aliases: ["implementation process"],
        },
    }
}

vocabulary! {
    /// The 39 CFIR 2009 constructs and sub-constructs (26 constructs, 13 sub-constructs),
    /// each with its domain, its cfirguide code (`III.E.2`) and, for sub-constructs, its
    /// parent.
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirDomain};
    ///
    /// assert_eq!(CfirConstruct::ALL.len(), 39);
    /// let c = CfirConstruct::LeadershipEngagement;
    /// assert_eq!(c.code(), "III.E.1");
    /// assert_eq!(c.parent(), Some(CfirConstruct::ReadinessForImplementation));
    /// assert_eq!(c.domain(), CfirDomain::InnerSetting);
    /// assert_eq!("External policies & incentives".parse::<CfirConstruct>()?,
    ///            CfirConstruct::ExternalPolicyAndIncentives);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CfirConstruct ("CFIR 2009 construct") {
        InterventionSource = "intervention_source" {
            "Intervention Source",
            "Whether stakeholders see the intervention as made inside or outside the organization.",
            aliases: ["innovation source"],
        },
        EvidenceStrengthAndQuality = "evidence_strength_and_quality" {
            "Evidence Strength & Quality",
            "How sound stakeholders think the evidence is that the intervention will work.",
        },
        RelativeAdvantage = "relative_advantage" {
            "Relative Advantage",
            "How much better than the alternatives the intervention seems.",
        },
        Adaptability = "adaptability" {
            "Adaptability",
            "How far the intervention can be tailored or reinvented to fit local needs.",
        },
        Trialability = "trialability" {
            "Trialability",
            "Whether it can be tried on a small scale first and undone if need be.",
        },
        Complexity = "complexity" {
            "Complexity",
            "How hard the intervention seems: its scope, duration, disruption and number of steps.",
        },
        DesignQualityAndPackaging = "design_quality_and_packaging" {
            "Design Quality & Packaging",
            "How well the intervention is bundled, presented and assembled.",
        },
        Cost = "cost" {
            "Cost",
            "What the intervention and its implementation cost, including opportunity costs.",
        },
        PatientNeedsAndResources = "patient_needs_and_resources" {
            "Patient Needs & Resources",
            "How well the needs of those served, and what helps or hinders them, are known and prioritised.",
            aliases: ["Client needs & resources", "Needs and resources of those served"],
        },
        Cosmopolitanism = "cosmopolitanism" {
            "Cosmopolitanism",
            "How well networked the organization is with other organizations.",
            aliases: ["external networks"],
        },
        PeerPressure = "peer_pressure" {
            "Peer Pressure",
            "Competitive or mimetic pressure to implement because peers have.",
        },
        ExternalPolicyAndIncentives = "external_policy_and_incentives" {
            "External Policy & Incentives",
            "Mandates, regulations, guidelines, incentives and reporting requirements from outside.",
            aliases: ["External policies & incentives", "external policies and incentives"],
        },
        StructuralCharacteristics = "structural_characteristics" {
            "Structural Characteristics",
            "The organization's social architecture, age, maturity and size.",
        },
        NetworksAndCommunications = "networks_and_communications" {
            "Networks & Communications",
            "The quality of social networks and of formal and informal communication inside the organization.",
        },
        Culture = "culture" {
            "Culture",
            "Shared norms, values and basic assumptions of the organization.",
        },
        ImplementationClimate = "implementation_climate" {
            "Implementation Climate",
            "Shared receptivity to the intervention and whether its use is expected, supported and rewarded.",
        },
        TensionForChange = "tension_for_change" {
            "Tension for Change",
            "A shared sense that the current situation cannot go on.",
        },
        Compatibility = "compatibility" {
            "Compatibility",
            "How well the intervention fits the organization's values, norms, workflows and systems.",
        },
        RelativePriority = "relative_priority" {
            "Relative Priority",
            "How important implementing it is seen to be compared with other priorities.",
        },
        OrganizationalIncentivesAndRewards = "organizational_incentives_and_rewards" {
            "Organizational Incentives & Rewards",
            "Tangible and intangible rewards for implementing: awards, reviews, promotion, pay, standing.",
            aliases: ["Organisational Incentives & Rewards"],
        },
        GoalsAndFeedback = "goals_and_feedback" {
            "Goals & Feedback",
            "How clearly goals are communicated and acted on, and progress fed back.",
        },
        LearningClimate = "learning_climate" {
            "Learning Climate",
            "Psychological safety to try new things, time to reflect, and leaders who admit they can be wrong.",
        },
        ReadinessForImplementation = "readiness_for_implementation" {
            "Readiness for Implementation",
            "Tangible, immediate signs that the organization is committed to implementing.",
        },
        LeadershipEngagement = "leadership_engagement" {
            "Leadership Engagement",
            "Leaders' commitment to, involvement in and accountability for the implementation.",
        },
        AvailableResources = "available_resources" {
            "Available Resources",
            "Money, training, space and time set aside for the implementation.",
            aliases: ["resource availability"],
        },
        AccessToKnowledgeAndInformation = "access_to_knowledge_and_information" {
            "Access to Knowledge & Information",
            "How easily people can get information about the intervention and how to use it.",
            aliases: ["Access to information & knowledge"],
        },
        KnowledgeAndBeliefsAboutTheIntervention = "knowledge_and_beliefs_about_the_intervention" {
            "Knowledge & Beliefs about the Intervention",
            "What individuals know about the intervention, and how they value it.",
            aliases: ["knowledge and beliefs"],
        },
        SelfEfficacy = "self_efficacy" {
            "Self-efficacy",
            "Individuals' belief that they can carry out what implementation asks of them.",
        },
        IndividualStageOfChange = "individual_stage_of_change" {
            "Individual Stage of Change",
            "Where a person is on the way to skilled, sustained use.",
        },
        IndividualIdentificationWithOrganization = "individual_identification_with_organization" {
            "Individual Identification with Organization",
            "How individuals see the organization and how committed they are to it.",
        },
        OtherPersonalAttributes = "other_personal_attributes" {
            "Other Personal Attributes",
            "Any other trait that matters: tolerance of ambiguity, competence, values, learning style.",
        },
        Planning = "planning" {
            "Planning",
            "How far, and how well, the implementation is planned ahead.",
        },
        Engaging = "engaging" {
            "Engaging",
            "Drawing the right people into the implementation through marketing, education, role modelling and training.",
        },
        OpinionLeaders = "opinion_leaders" {
            "Opinion Leaders",
            "People whose formal or informal standing shapes others' attitudes to the intervention.",
        },
        FormallyAppointedInternalImplementationLeaders = "formally_appointed_internal_implementation_leaders" {
            "Formally Appointed Internal Implementation Leaders",
            "Insiders formally given the job of leading or coordinating the implementation.",
            aliases: ["internal implementation leaders"],
        },
        Champions = "champions" {
            "Champions",
            "People who throw themselves behind the implementation and overcome indifference or resistance.",
        },
        ExternalChangeAgents = "external_change_agents" {
            "External Change Agents",
            "Outsiders who formally influence or facilitate implementation decisions.",
        },
        Executing = "executing" {
            "Executing",
            "Carrying the implementation out according to plan.",
        },
        ReflectingAndEvaluating = "reflecting_and_evaluating" {
            "Reflecting & Evaluating",
            "Feeding back progress and quality, with individual and team debriefing.",
        },
    }
}

impl CfirDomain {
    /// The domain's Roman numeral in the cfirguide table (`I` to `V`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::CfirDomain::Process.numeral(), "V");
    /// ```
    pub const fn numeral(self) -> &'static str {
        match self {
            CfirDomain::InterventionCharacteristics => "I",
            CfirDomain::OuterSetting => "II",
            CfirDomain::InnerSetting => "III",
            CfirDomain::CharacteristicsOfIndividuals => "IV",
            CfirDomain::Process => "V",
        }
    }

    /// The domain's constructs and sub-constructs, in framework order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirDomain;
    /// let sizes: Vec<usize> = CfirDomain::ALL.iter().map(|d| d.constructs().count()).collect();
    /// assert_eq!(sizes, [8, 4, 14, 5, 8]);
    /// ```
    pub fn constructs(self) -> impl Iterator<Item = CfirConstruct> {
        CfirConstruct::ALL
            .iter()
            .copied()
            .filter(move |c| c.domain() == self)
    }
}

/// A CFIR 2009 construct by its cfirguide code (`II.D`, any case) or, failing that, by
/// [`super::Term::lookup`] (id, label or alias, with a did-you-mean on failure).
pub(crate) fn construct_by_code_or_name(text: &str) -> Result<CfirConstruct, crate::Error> {
    let text = text.trim();
    match CfirConstruct::ALL
        .iter()
        .find(|c| c.code().eq_ignore_ascii_case(text))
    {
        Some(&c) => Ok(c),
        None => <CfirConstruct as super::Term>::lookup(text),
    }
}

impl CfirConstruct {
    /// The cfirguide code, e.g. `II.B` or `V.B.2`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirConstruct;
    /// assert_eq!(CfirConstruct::Cosmopolitanism.code(), "II.B");
    /// assert_eq!(CfirConstruct::Champions.code(), "V.B.3");
    /// ```
    pub const fn code(self) -> &'static str {
        self.row().0
    }

    /// The construct this one is a sub-construct of (`None` for top-level constructs).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirConstruct;
    /// assert_eq!(CfirConstruct::Champions.parent(), Some(CfirConstruct::Engaging));
    /// assert_eq!(CfirConstruct::Engaging.parent(), None);
    /// ```
    pub const fn parent(self) -> Option<CfirConstruct> {
        self.row().1
    }

    /// True for the 13 sub-constructs.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirConstruct;
    /// assert_eq!(CfirConstruct::ALL.iter().filter(|c| c.is_subconstruct()).count(), 13);
    /// ```
    pub const fn is_subconstruct(self) -> bool {
        self.parent().is_some()
    }

    /// The domain the construct belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirDomain};
    /// assert_eq!(CfirConstruct::Executing.domain(), CfirDomain::Process);
    /// ```
    pub const fn domain(self) -> CfirDomain {
        self.row().2
    }

    /// (code, parent, domain) for each construct, in one place.
    const fn row(self) -> (&'static str, Option<CfirConstruct>, CfirDomain) {
        use CfirConstruct::*;
        use CfirDomain::*;
        match self {
            InterventionSource => ("I.A", None, InterventionCharacteristics),
            EvidenceStrengthAndQuality => ("I.B", None, InterventionCharacteristics),
            RelativeAdvantage => ("I.C", None, InterventionCharacteristics),
            Adaptability => ("I.D", None, InterventionCharacteristics),
            Trialability => ("I.E", None, InterventionCharacteristics),
            Complexity => ("I.F", None, InterventionCharacteristics),
            DesignQualityAndPackaging => ("I.G", None, InterventionCharacteristics),
            Cost => ("I.H", None, InterventionCharacteristics),
            PatientNeedsAndResources => ("II.A", None, OuterSetting),
            Cosmopolitanism => ("II.B", None, OuterSetting),
            PeerPressure => ("II.C", None, OuterSetting),
            ExternalPolicyAndIncentives => ("II.D", None, OuterSetting),
            StructuralCharacteristics => ("III.A", None, InnerSetting),
            NetworksAndCommunications => ("III.B", None, InnerSetting),
            Culture => ("III.C", None, InnerSetting),
            ImplementationClimate => ("III.D", None, InnerSetting),
            TensionForChange => ("III.D.1", Some(ImplementationClimate), InnerSetting),
            Compatibility => ("III.D.2", Some(ImplementationClimate), InnerSetting),
            RelativePriority => ("III.D.3", Some(ImplementationClimate), InnerSetting),
            OrganizationalIncentivesAndRewards => {
                ("III.D.4", Some(ImplementationClimate), InnerSetting)
            }
            GoalsAndFeedback => ("III.D.5", Some(ImplementationClimate), InnerSetting),
            LearningClimate => ("III.D.6", Some(ImplementationClimate), InnerSetting),
            ReadinessForImplementation => ("III.E", None, InnerSetting),
            LeadershipEngagement => ("III.E.1", Some(ReadinessForImplementation), InnerSetting),
            AvailableResources => ("III.E.2", Some(ReadinessForImplementation), InnerSetting),
            AccessToKnowledgeAndInformation => {
                ("III.E.3", Some(ReadinessForImplementation), InnerSetting)
            }
            KnowledgeAndBeliefsAboutTheIntervention => ("IV.A", None, CharacteristicsOfIndividuals),
            SelfEfficacy => ("IV.B", None, CharacteristicsOfIndividuals),
            IndividualStageOfChange => ("IV.C", None, CharacteristicsOfIndividuals),
            IndividualIdentificationWithOrganization => {
                ("IV.D", None, CharacteristicsOfIndividuals)
            }
            OtherPersonalAttributes => ("IV.E", None, CharacteristicsOfIndividuals),
            Planning => ("V.A", None, Process),
            Engaging => ("V.B", None, Process),
            OpinionLeaders => ("V.B.1", Some(Engaging), Process),
            FormallyAppointedInternalImplementationLeaders => ("V.B.2", Some(Engaging), Process),
            Champions => ("V.B.3", Some(Engaging), Process),
            ExternalChangeAgents => ("V.B.4", Some(Engaging), Process),
            Executing => ("V.C", None, Process),
            ReflectingAndEvaluating => ("V.D", None, Process),
        }
    }
}

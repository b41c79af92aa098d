//! ERIC: the 73 implementation strategies of Powell et al. (2015) and the 9 clusters of
//! Waltz et al. (2015).
//!
//! * Strategies: Powell BJ, Waltz TJ, Chinman MJ, et al., *A refined compilation of
//!   implementation strategies: results from the ERIC project*, Implementation Science
//!   2015;10:21, Table 3. Names are copied exactly; the number is Powell's alphabetical
//!   index (1 to 73), which Waltz reuses.
//! * Clusters: Waltz TJ, et al., *Use of concept mapping to characterize relationships among
//!   implementation strategies…*, Implementation Science 2015;10:109, Table 1.
//!
//! Not every cluster assignment could be read in the primary table, so each one records how
//! it was checked ([`EricClusterVerification`]); the by-elimination ones are not verified
//! against Waltz Table 1 and say so through
//! [`is_verified`](EricClusterVerification::is_verified).

vocabulary! {
    /// The nine clusters Waltz et al. (2015) found among the ERIC strategies, in the order
    /// of their Table 1 (Implementation Science 2015;10:109; concept mapping by 35 experts).
    ///
    /// Waltz merged two clusters into *Develop stakeholder interrelationships* and moved
    /// strategies #48, #58 and #62 to a neighbouring cluster (#62, *Start a dissemination
    /// organization*, from *Engage consumers* to *Change infrastructure*); the assignments
    /// here are the final ones.
    ///
    /// ```
    /// use isp_moc::vocab::EricCluster;
    ///
    /// let sizes: Vec<usize> = EricCluster::ALL.iter().map(|c| c.strategies().count()).collect();
    /// assert_eq!(sizes, [10, 4, 4, 17, 11, 5, 5, 9, 8]);
    /// assert_eq!("Use financial strategies".parse::<EricCluster>()?,
    ///            EricCluster::UtilizeFinancialStrategies);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum EricCluster ("ERIC cluster") {
        UseEvaluativeAndIterativeStrategies = "use_evaluative_and_iterative_strategies" {
            "Use evaluative and iterative strategies",
            "Assess, plan, monitor and revise the implementation in repeated cycles.",
        },
        ProvideInteractiveAssistance = "provide_interactive_assistance" {
            "Provide interactive assistance",
            "Give hands-on, ongoing help to the people implementing.",
        },
        AdaptAndTailorToContext = "adapt_and_tailor_to_context" {
            "Adapt and tailor to context",
            "Fit the practice and the strategies to local needs and data.",
            aliases: ["Adapt and tailor to the context"],
        },
        DevelopStakeholderInterrelationships = "develop_stakeholder_interrelationships" {
            "Develop stakeholder interrelationships",
            "Build the relationships, coalitions and leadership that carry the implementation.",
        },
        TrainAndEducateStakeholders = "train_and_educate_stakeholders" {
            "Train and educate stakeholders",
            "Teach the people involved about the practice and how to deliver it.",
        },
        SupportClinicians = "support_clinicians" {
            "Support clinicians",
            "Make it easier for practitioners to deliver the practice day to day.",
        },
        EngageConsumers = "engage_consumers" {
            "Engage consumers",
            "Involve clients, families and the public in the practice and its take-up.",
        },
        UtilizeFinancialStrategies = "utilize_financial_strategies" {
            "Utilize financial strategies",
            "Use funding, payment and incentives to support the implementation.",
            aliases: ["Use financial strategies", "Utilise financial strategies"],
        },
        ChangeInfrastructure = "change_infrastructure" {
            "Change infrastructure",
            "Change the rules, standards, structures and systems around the implementation.",
        },
    }
}

vocabulary! {
    /// How a strategy's Waltz cluster was checked when this crate's reference was compiled.
    ///
    /// A closed set of levels, so exhaustive. The ids are the reference's own keys; the
    /// one-letter codes of its table (`D`, `S`, `E`) parse too.
    ///
    /// ```
    /// use isp_moc::vocab::{EricClusterVerification, EricStrategy};
    ///
    /// let v = EricStrategy::Facilitation.cluster_verification();
    /// assert_eq!(v, EricClusterVerification::WaltzTable1);
    /// assert!(v.is_verified());
    /// assert_eq!("E".parse::<EricClusterVerification>()?, EricClusterVerification::ByElimination);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum EricClusterVerification ("ERIC cluster verification level") {
        WaltzTable1 = "waltz_table1_direct" {
            "Direct read of Waltz Table 1",
            "The assignment was read directly in an excerpt of Waltz et al. (2015), Table 1.",
            aliases: ["D", "direct"],
        },
        SecondaryTables = "secondary_tables" {
            "Secondary tables",
            "The assignment was confirmed in peer-reviewed secondary tables that group all 73 strategies by Waltz cluster.",
            aliases: ["S", "secondary"],
        },
        ByElimination = "elimination_plus_secondary" {
            "By elimination",
            "The assignment was deduced by elimination and corroborated by secondary sources, but not read in Waltz Table 1.",
            aliases: ["E", "elimination"],
        },
    }
}

impl EricClusterVerification {
    /// True when the assignment was confirmed in a source (Waltz Table 1 or secondary
    /// tables); false for [`ByElimination`](Self::ByElimination), which the reference lists
    /// as *not verified* (strongly corroborated, but not read in the primary table). These
    /// are the 14 strategies of *Support clinicians* and *Utilize financial strategies*.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::EricStrategy;
    /// let unverified = EricStrategy::ALL.iter()
    ///     .filter(|s| !s.cluster_verification().is_verified())
    ///     .count();
    /// assert_eq!(unverified, 14);
    /// ```
    pub const fn is_verified(self) -> bool {
        !matches!(self, EricClusterVerification::ByElimination)
    }
}

vocabulary! {
    /// The 73 ERIC implementation strategies (Powell et al. 2015, Table 3), in Powell's
    /// alphabetical order, each with its Powell [`number`](Self::number), its Waltz
    /// [`cluster`](Self::cluster) and how that assignment was
    /// [verified](Self::cluster_verification).
    ///
    /// Source: Powell et al., Implementation Science 2015;10:21, Table 3. The label is
    /// Powell's name, copied exactly; parsing also accepts Waltz's spellings ("Purposefully
    /// reexamine the implementation", "Conduct local need assessment"). Descriptions are
    /// this crate's paraphrases, not Powell's definitions.
    ///
    /// In the seed paper an ISP's skills are the use of implementation strategies
    /// ([`IspResource::Skills`](crate::vocab::IspResource::Skills)). Which 18 ERIC
    /// strategies Albers et al. (2021) found ISPs using is **unverified** in this crate's
    /// reference, so no such subset is encoded.
    ///
    /// ```
    /// use isp_moc::vocab::{EricCluster, EricStrategy};
    ///
    /// assert_eq!(EricStrategy::ALL.len(), 73);
    /// let s: EricStrategy = "audit and provide feedback".parse()?;
    /// assert_eq!(s.number(), 5);
    /// assert_eq!(s.as_str(), "audit_and_provide_feedback");
    /// assert_eq!(s.cluster(), EricCluster::UseEvaluativeAndIterativeStrategies);
    /// assert_eq!(EricStrategy::from_number(33), Some(EricStrategy::Facilitation));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum EricStrategy ("ERIC strategy") {
        AccessNewFunding = "access_new_funding" {
            "Access new funding",
            "Secure additional money, from inside or outside the organization, to pay for the implementation.",
        },
        AlterIncentiveAllowanceStructures = "alter_incentive_allowance_structures" {
            "Alter incentive/allowance structures",
            "Change how rewards and allowances work so that adopting and delivering the practice pays off.",
        },
        AlterPatientConsumerFees = "alter_patient_consumer_fees" {
            "Alter patient/consumer fees",
            "Change what clients are charged so that the new practice becomes more attractive to use.",
        },
        AssessForReadinessAndIdentifyBarriersAndFacilitators = "assess_for_readiness_and_identify_barriers_and_facilitators" {
            "Assess for readiness and identify barriers and facilitators",
            "Check how ready the organization and its people are, and what will help or hinder the change.",
        },
        AuditAndProvideFeedback = "audit_and_provide_feedback" {
            "Audit and provide feedback",
            "Collect data on performance over a period and report it back to those delivering care, to prompt change.",
        },
        BuildACoalition = "build_a_coalition" {
            "Build a coalition",
            "Bring partners together around a shared commitment to the implementation.",
        },
        CaptureAndShareLocalKnowledge = "capture_and_share_local_knowledge" {
            "Capture and share local knowledge",
            "Learn how implementers at successful sites made it work, and pass that on to other sites.",
        },
        CentralizeTechnicalAssistance = "centralize_technical_assistance" {
            "Centralize technical assistance",
            "Set up a central source of technical help that sites can draw on for implementation problems.",
            aliases: ["Centralise technical assistance"],
        },
        ChangeAccreditationOrMembershipRequirements = "change_accreditation_or_membership_requirements" {
            "Change accreditation or membership requirements",
            "Make adopting the practice a condition of accreditation or of membership in a professional body.",
        },
        ChangeLiabilityLaws = "change_liability_laws" {
            "Change liability laws",
            "Reform liability rules so that the legal risk of delivering the practice changes.",
        },
        ChangePhysicalStructureAndEquipment = "change_physical_structure_and_equipment" {
            "Change physical structure and equipment",
            "Rework buildings, rooms or equipment so that the practice can be delivered well.",
        },
        ChangeRecordSystems = "change_record_systems" {
            "Change record systems",
            "Revise records so that they capture what is needed to deliver and monitor the practice.",
        },
        ChangeServiceSites = "change_service_sites" {
            "Change service sites",
            "Move or add the places where the service is delivered, to widen access.",
        },
        ConductCyclicalSmallTestsOfChange = "conduct_cyclical_small_tests_of_change" {
            "Conduct cyclical small tests of change",
            "Try changes on a small scale, measure, learn and repeat before spreading them.",
        },
        ConductEducationalMeetings = "conduct_educational_meetings" {
            "Conduct educational meetings",
            "Hold meetings with the people involved to teach them about the practice.",
        },
        ConductEducationalOutreachVisits = "conduct_educational_outreach_visits" {
            "Conduct educational outreach visits",
            "Send a trained person to meet practitioners where they work and teach them about the practice.",
        },
        ConductLocalConsensusDiscussions = "conduct_local_consensus_discussions" {
            "Conduct local consensus discussions",
            "Discuss with local stakeholders whether the problem matters and whether the practice is the right answer.",
        },
        ConductLocalNeedsAssessment = "conduct_local_needs_assessment" {
            "Conduct local needs assessment",
            "Gather local data on needs to decide whether and how the change should be made.",
            aliases: ["Conduct local need assessment"],
        },
        ConductOngoingTraining = "conduct_ongoing_training" {
            "Conduct ongoing training",
            "Keep training people in the practice over time rather than only once.",
        },
        CreateALearningCollaborative = "create_a_learning_collaborative" {
            "Create a learning collaborative",
            "Form groups of teams or organizations that learn together and share ways to improve.",
        },
        CreateNewClinicalTeams = "create_new_clinical_teams" {
            "Create new clinical teams",
            "Change who delivers care, adding or combining professions so that the practice can be delivered well.",
        },
        CreateOrChangeCredentialingAndOrLicensureStandards = "create_or_change_credentialing_and_or_licensure_standards" {
            "Create or change credentialing and/or licensure standards",
            "Create or revise professional credentialing or licensing standards so that they require or support the practice.",
            aliases: ["Create or change credentialing/licensure standards"],
        },
        DevelopAFormalImplementationBlueprint = "develop_a_formal_implementation_blueprint" {
            "Develop a formal implementation blueprint",
            "Write a plan covering goals, scope, timeline, milestones and measures, and keep it up to date.",
        },
        DevelopAcademicPartnerships = "develop_academic_partnerships" {
            "Develop academic partnerships",
            "Partner with universities or research institutes to share training and research skills.",
        },
        DevelopAnImplementationGlossary = "develop_an_implementation_glossary" {
            "Develop an implementation glossary",
            "Agree on shared terms for the practice and its implementation so that everyone speaks the same language.",
        },
        DevelopAndImplementToolsForQualityMonitoring = "develop_and_implement_tools_for_quality_monitoring" {
            "Develop and implement tools for quality monitoring",
            "Build and use tools that track the quality of delivery and its results.",
        },
        DevelopAndOrganizeQualityMonitoringSystems = "develop_and_organize_quality_monitoring_systems" {
            "Develop and organize quality monitoring systems",
            "Set up the systems and procedures that keep quality under review over time.",
            aliases: ["Develop and organise quality monitoring systems"],
        },
        DevelopDisincentives = "develop_disincentives" {
            "Develop disincentives",
            "Create penalties or costs that discourage not adopting the practice.",
        },
        DevelopEducationalMaterials = "develop_educational_materials" {
            "Develop educational materials",
            "Produce manuals, guides and other materials that make the practice easier to learn and deliver.",
        },
        DevelopResourceSharingAgreements = "develop_resource_sharing_agreements" {
            "Develop resource sharing agreements",
            "Agree with partners to share the resources the implementation needs.",
        },
        DistributeEducationalMaterials = "distribute_educational_materials" {
            "Distribute educational materials",
            "Get educational materials to the people involved, in person, by mail or online.",
        },
        FacilitateRelayOfClinicalDataToProviders = "facilitate_relay_of_clinical_data_to_providers" {
            "Facilitate relay of clinical data to providers",
            "Get timely data about their clients to providers so that they can adjust care.",
        },
        Facilitation = "facilitation" {
            "Facilitation",
            "Help people work through implementation problems in a supportive, interactive, problem-solving process.",
        },
        FundAndContractForTheClinicalInnovation = "fund_and_contract_for_the_clinical_innovation" {
            "Fund and contract for the clinical innovation",
            "Have funders or purchasers pay for the practice through contracts and funding calls.",
        },
        IdentifyAndPrepareChampions = "identify_and_prepare_champions" {
            "Identify and prepare champions",
            "Find people who will push the implementation forward and equip them for the role.",
        },
        IdentifyEarlyAdopters = "identify_early_adopters" {
            "Identify early adopters",
            "Find the people or sites that take the practice up first, so that others can learn from them.",
        },
        IncreaseDemand = "increase_demand" {
            "Increase demand",
            "Raise awareness and interest among clients and the public so that they ask for the practice.",
        },
        InformLocalOpinionLeaders = "inform_local_opinion_leaders" {
            "Inform local opinion leaders",
            "Inform and win over the people whose views others in the organization follow.",
        },
        InterveneWithPatientsConsumersToEnhanceUptakeAndAdherence = "intervene_with_patients_consumers_to_enhance_uptake_and_adherence" {
            "Intervene with patients/consumers to enhance uptake and adherence",
            "Work with clients directly so that they take the practice up and keep to it.",
        },
        InvolveExecutiveBoards = "involve_executive_boards" {
            "Involve executive boards",
            "Engage governing or executive boards in the implementation effort.",
        },
        InvolvePatientsConsumersAndFamilyMembers = "involve_patients_consumers_and_family_members" {
            "Involve patients/consumers and family members",
            "Give clients and their families an active part in the implementation.",
        },
        MakeBillingEasier = "make_billing_easier" {
            "Make billing easier",
            "Simplify billing for the practice so that being paid for delivering it is easier.",
        },
        MakeTrainingDynamic = "make_training_dynamic" {
            "Make training dynamic",
            "Use varied, interactive training methods that suit different learners.",
        },
        MandateChange = "mandate_change" {
            "Mandate change",
            "Have leaders formally require the change and declare it a priority.",
        },
        ModelAndSimulateChange = "model_and_simulate_change" {
            "Model and simulate change",
            "Model or simulate the change before making it, to learn what it will take.",
        },
        ObtainAndUsePatientsConsumersAndFamilyFeedback = "obtain_and_use_patients_consumers_and_family_feedback" {
            "Obtain and use patients/consumers and family feedback",
            "Seek and act on the views of clients and families about the implementation.",
        },
        ObtainFormalCommitments = "obtain_formal_commitments" {
            "Obtain formal commitments",
            "Get written commitments from key partners stating what they will do.",
        },
        OrganizeClinicianImplementationTeamMeetings = "organize_clinician_implementation_team_meetings" {
            "Organize clinician implementation team meetings",
            "Give practitioners protected time to meet, reflect on the implementation and share lessons.",
            aliases: ["Organise clinician implementation team meetings"],
        },
        PlaceInnovationOnFeeForServiceListsFormularies = "place_innovation_on_fee_for_service_lists_formularies" {
            "Place innovation on fee for service lists/formularies",
            "Get the practice onto the lists of services or formularies that payers reimburse.",
        },
        PreparePatientsConsumersToBeActiveParticipants = "prepare_patients_consumers_to_be_active_participants" {
            "Prepare patients/consumers to be active participants",
            "Prepare clients to take part in their care, ask questions and expect the practice.",
        },
        PromoteAdaptability = "promote_adaptability" {
            "Promote adaptability",
            "Identify which parts of the practice can be tailored to local needs without losing its core.",
        },
        PromoteNetworkWeaving = "promote_network_weaving" {
            "Promote network weaving",
            "Strengthen and link relationships within and between organizations so that information spreads.",
        },
        ProvideClinicalSupervision = "provide_clinical_supervision" {
            "Provide clinical supervision",
            "Give practitioners ongoing supervision focused on delivering the practice.",
        },
        ProvideLocalTechnicalAssistance = "provide_local_technical_assistance" {
            "Provide local technical assistance",
            "Give on-site or locally based technical help with implementation problems.",
        },
        ProvideOngoingConsultation = "provide_ongoing_consultation" {
            "Provide ongoing consultation",
            "Keep offering expert consultation after training, often focused on cases.",
        },
        PurposelyReexamineTheImplementation = "purposely_reexamine_the_implementation" {
            "Purposely reexamine the implementation",
            "Monitor progress and deliberately revisit the implementation to adjust the plan.",
            aliases: ["Purposefully reexamine the implementation"],
        },
        RecruitDesignateAndTrainForLeadership = "recruit_designate_and_train_for_leadership" {
            "Recruit, designate, and train for leadership",
            "Recruit or appoint leaders for the change and train them for that role.",
        },
        RemindClinicians = "remind_clinicians" {
            "Remind clinicians",
            "Prompt practitioners at the right moment, on paper or electronically, to deliver the practice.",
        },
        ReviseProfessionalRoles = "revise_professional_roles" {
            "Revise professional roles",
            "Change the tasks and responsibilities of professional roles to make room for the practice.",
        },
        ShadowOtherExperts = "shadow_other_experts" {
            "Shadow other experts",
            "Let people observe experienced practitioners at work to learn the practice.",
        },
        StageImplementationScaleUp = "stage_implementation_scale_up" {
            "Stage implementation scale up",
            "Start with a few sites and widen the implementation step by step.",
        },
        StartADisseminationOrganization = "start_a_dissemination_organization" {
            "Start a dissemination organization",
            "Set up an organization that spreads the practice and supports its implementation elsewhere.",
        },
        TailorStrategies = "tailor_strategies" {
            "Tailor strategies",
            "Fit the implementation strategies to the barriers and facilitators found locally.",
        },
        UseAdvisoryBoardsAndWorkgroups = "use_advisory_boards_and_workgroups" {
            "Use advisory boards and workgroups",
            "Set up boards or workgroups that advise on, and help carry out, the implementation.",
        },
        UseAnImplementationAdvisor = "use_an_implementation_advisor" {
            "Use an implementation advisor",
            "Draw on an expert in implementation for advice and support.",
        },
        UseCapitatedPayments = "use_capitated_payments" {
            "Use capitated payments",
            "Pay a fixed amount per client for a period, so that providers can deliver care flexibly.",
        },
        UseDataExperts = "use_data_experts" {
            "Use data experts",
            "Involve people skilled in managing and using data to guide the implementation.",
        },
        UseDataWarehousingTechniques = "use_data_warehousing_techniques" {
            "Use data warehousing techniques",
            "Bring data from different systems together so that it can be analysed as a whole.",
        },
        UseMassMedia = "use_mass_media" {
            "Use mass media",
            "Spread messages about the practice through television, radio, print or online media.",
        },
        UseOtherPaymentSchemes = "use_other_payment_schemes" {
            "Use other payment schemes",
            "Use other payment arrangements that reward delivering the practice.",
        },
        UseTrainTheTrainerStrategies = "use_train_the_trainer_strategies" {
            "Use train-the-trainer strategies",
            "Train local people so that they can train others in the practice.",
        },
        VisitOtherSites = "visit_other_sites" {
            "Visit other sites",
            "Visit organizations that have implemented the practice to learn from them.",
        },
        WorkWithEducationalInstitutions = "work_with_educational_institutions" {
            "Work with educational institutions",
            "Encourage colleges and training schools to teach the practice to future practitioners.",
        },
    }
}

impl EricCluster {
    /// The cluster's strategies, in Powell number order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{EricCluster, EricStrategy};
    /// let adapt: Vec<u8> = EricCluster::AdaptAndTailorToContext.strategies()
    ///     .map(EricStrategy::number)
    ///     .collect();
    /// assert_eq!(adapt, [51, 63, 67, 68]);
    /// ```
    pub fn strategies(self) -> impl Iterator<Item = EricStrategy> {
        EricStrategy::ALL
            .iter()
            .copied()
            .filter(move |s| s.cluster() == self)
    }
}

impl EricStrategy {
    /// Powell's number for the strategy (1 to 73, alphabetical by name), as Waltz reuses it.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::EricStrategy;
    /// assert_eq!(EricStrategy::AccessNewFunding.number(), 1);
    /// assert_eq!(EricStrategy::WorkWithEducationalInstitutions.number(), 73);
    /// ```
    pub const fn number(self) -> u8 {
        self.row().0
    }

    /// The strategy with Powell number `number`, or `None` outside 1 to 73.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::EricStrategy;
    /// assert_eq!(EricStrategy::from_number(56),
    ///            Some(EricStrategy::PurposelyReexamineTheImplementation));
    /// assert_eq!(EricStrategy::from_number(0), None);
    /// assert_eq!(EricStrategy::from_number(74), None);
    /// ```
    pub fn from_number(number: u8) -> Option<EricStrategy> {
        EricStrategy::ALL
            .iter()
            .copied()
            .find(|s| s.number() == number)
    }

    /// The Waltz et al. (2015) cluster the strategy belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{EricCluster, EricStrategy};
    /// assert_eq!(EricStrategy::StartADisseminationOrganization.cluster(),
    ///            EricCluster::ChangeInfrastructure);
    /// ```
    pub const fn cluster(self) -> EricCluster {
        self.row().1
    }

    /// How the [`cluster`](Self::cluster) assignment was checked; see
    /// [`EricClusterVerification::is_verified`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{EricClusterVerification, EricStrategy};
    /// assert_eq!(EricStrategy::RemindClinicians.cluster_verification(),
    ///            EricClusterVerification::ByElimination);
    /// assert!(!EricStrategy::RemindClinicians.cluster_verification().is_verified());
    /// ```
    pub const fn cluster_verification(self) -> EricClusterVerification {
        self.row().2
    }

    /// (Powell number, Waltz cluster, verification level) for each strategy, in one place.
    const fn row(self) -> (u8, EricCluster, EricClusterVerification) {
        use EricCluster::*;
        use EricClusterVerification::*;
        use EricStrategy::*;
        match self {
            AccessNewFunding => (1, UtilizeFinancialStrategies, ByElimination),
            AlterIncentiveAllowanceStructures => (2, UtilizeFinancialStrategies, ByElimination),
            AlterPatientConsumerFees => (3, UtilizeFinancialStrategies, ByElimination),
            AssessForReadinessAndIdentifyBarriersAndFacilitators => {
                (4, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            AuditAndProvideFeedback => (5, UseEvaluativeAndIterativeStrategies, WaltzTable1),
            BuildACoalition => (6, DevelopStakeholderInterrelationships, WaltzTable1),
            CaptureAndShareLocalKnowledge => {
                (7, DevelopStakeholderInterrelationships, SecondaryTables)
            }
            CentralizeTechnicalAssistance => (8, ProvideInteractiveAssistance, WaltzTable1),
            ChangeAccreditationOrMembershipRequirements => {
                (9, ChangeInfrastructure, SecondaryTables)
            }
            ChangeLiabilityLaws => (10, ChangeInfrastructure, SecondaryTables),
            ChangePhysicalStructureAndEquipment => (11, ChangeInfrastructure, SecondaryTables),
            ChangeRecordSystems => (12, ChangeInfrastructure, SecondaryTables),
            ChangeServiceSites => (13, ChangeInfrastructure, SecondaryTables),
            ConductCyclicalSmallTestsOfChange => {
                (14, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            ConductEducationalMeetings => (15, TrainAndEducateStakeholders, SecondaryTables),
            ConductEducationalOutreachVisits => (16, TrainAndEducateStakeholders, SecondaryTables),
            ConductLocalConsensusDiscussions => {
                (17, DevelopStakeholderInterrelationships, SecondaryTables)
            }
            ConductLocalNeedsAssessment => (18, UseEvaluativeAndIterativeStrategies, WaltzTable1),
            ConductOngoingTraining => (19, TrainAndEducateStakeholders, SecondaryTables),
            CreateALearningCollaborative => (20, TrainAndEducateStakeholders, SecondaryTables),
            CreateNewClinicalTeams => (21, SupportClinicians, ByElimination),
            CreateOrChangeCredentialingAndOrLicensureStandards => {
                (22, ChangeInfrastructure, SecondaryTables)
            }
            DevelopAFormalImplementationBlueprint => {
                (23, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            DevelopAcademicPartnerships => {
                (24, DevelopStakeholderInterrelationships, SecondaryTables)
            }
            DevelopAnImplementationGlossary => {
                (25, DevelopStakeholderInterrelationships, SecondaryTables)
            }
            DevelopAndImplementToolsForQualityMonitoring => {
                (26, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            DevelopAndOrganizeQualityMonitoringSystems => {
                (27, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            DevelopDisincentives => (28, UtilizeFinancialStrategies, ByElimination),
            DevelopEducationalMaterials => (29, TrainAndEducateStakeholders, SecondaryTables),
            DevelopResourceSharingAgreements => (30, SupportClinicians, ByElimination),
            DistributeEducationalMaterials => (31, TrainAndEducateStakeholders, SecondaryTables),
            FacilitateRelayOfClinicalDataToProviders => (32, SupportClinicians, ByElimination),
            Facilitation => (33, ProvideInteractiveAssistance, WaltzTable1),
            FundAndContractForTheClinicalInnovation => {
                (34, UtilizeFinancialStrategies, ByElimination)
            }
            IdentifyAndPrepareChampions => (35, DevelopStakeholderInterrelationships, WaltzTable1),
            IdentifyEarlyAdopters => (36, DevelopStakeholderInterrelationships, WaltzTable1),
            IncreaseDemand => (37, EngageConsumers, SecondaryTables),
            InformLocalOpinionLeaders => (38, DevelopStakeholderInterrelationships, WaltzTable1),
            InterveneWithPatientsConsumersToEnhanceUptakeAndAdherence => {
                (39, EngageConsumers, SecondaryTables)
            }
            InvolveExecutiveBoards => (40, DevelopStakeholderInterrelationships, SecondaryTables),
            InvolvePatientsConsumersAndFamilyMembers => (41, EngageConsumers, SecondaryTables),
            MakeBillingEasier => (42, UtilizeFinancialStrategies, ByElimination),
            MakeTrainingDynamic => (43, TrainAndEducateStakeholders, SecondaryTables),
            MandateChange => (44, ChangeInfrastructure, SecondaryTables),
            ModelAndSimulateChange => (45, DevelopStakeholderInterrelationships, SecondaryTables),
            ObtainAndUsePatientsConsumersAndFamilyFeedback => {
                (46, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            ObtainFormalCommitments => (47, DevelopStakeholderInterrelationships, WaltzTable1),
            OrganizeClinicianImplementationTeamMeetings => {
                (48, DevelopStakeholderInterrelationships, WaltzTable1)
            }
            PlaceInnovationOnFeeForServiceListsFormularies => {
                (49, UtilizeFinancialStrategies, ByElimination)
            }
            PreparePatientsConsumersToBeActiveParticipants => {
                (50, EngageConsumers, SecondaryTables)
            }
            PromoteAdaptability => (51, AdaptAndTailorToContext, WaltzTable1),
            PromoteNetworkWeaving => (52, DevelopStakeholderInterrelationships, SecondaryTables),
            ProvideClinicalSupervision => (53, ProvideInteractiveAssistance, WaltzTable1),
            ProvideLocalTechnicalAssistance => (54, ProvideInteractiveAssistance, WaltzTable1),
            ProvideOngoingConsultation => (55, TrainAndEducateStakeholders, SecondaryTables),
            PurposelyReexamineTheImplementation => {
                (56, UseEvaluativeAndIterativeStrategies, WaltzTable1)
            }
            RecruitDesignateAndTrainForLeadership => {
                (57, DevelopStakeholderInterrelationships, WaltzTable1)
            }
            RemindClinicians => (58, SupportClinicians, ByElimination),
            ReviseProfessionalRoles => (59, SupportClinicians, ByElimination),
            ShadowOtherExperts => (60, TrainAndEducateStakeholders, SecondaryTables),
            StageImplementationScaleUp => (61, UseEvaluativeAndIterativeStrategies, WaltzTable1),
            StartADisseminationOrganization => (62, ChangeInfrastructure, SecondaryTables),
            TailorStrategies => (63, AdaptAndTailorToContext, WaltzTable1),
            UseAdvisoryBoardsAndWorkgroups => {
                (64, DevelopStakeholderInterrelationships, SecondaryTables)
            }
            UseAnImplementationAdvisor => {
                (65, DevelopStakeholderInterrelationships, SecondaryTables)
            }
            UseCapitatedPayments => (66, UtilizeFinancialStrategies, ByElimination),
            UseDataExperts => (67, AdaptAndTailorToContext, WaltzTable1),
            UseDataWarehousingTechniques => (68, AdaptAndTailorToContext, WaltzTable1),
            UseMassMedia => (69, EngageConsumers, SecondaryTables),
            UseOtherPaymentSchemes => (70, UtilizeFinancialStrategies, ByElimination),
            UseTrainTheTrainerStrategies => (71, TrainAndEducateStakeholders, SecondaryTables),
            VisitOtherSites => (72, DevelopStakeholderInterrelationships, SecondaryTables),
            WorkWithEducationalInstitutions => (73, TrainAndEducateStakeholders, SecondaryTables),
        }
    }
}

//! CFIR 2022, the updated Consolidated Framework for Implementation Research (Damschroder,
//! Reardon, Opra Widerquist & Lowery, Implementation Science 2022;17:75): 5 domains,
//! 48 constructs and 19 sub-constructs.
//!
//! Names, order and structure follow the 2022 paper and cfirguide.org's construct pages,
//! cross-checked against a secondary summary that states "48 constructs and 19
//! subconstructs"; the descriptions are this crate's paraphrases.
//!
//! Every id starts with `cfir2022_` so it can never be mistaken for a CFIR 2009 id
//! ([`CfirConstruct`](super::CfirConstruct)). Sub-constructs whose name is used elsewhere in
//! the framework carry their parent in the id and in a qualified label: "Innovation
//! Deliverers" is a role (`cfir2022_innovation_deliverers`), a sub-construct of Assessing
//! Needs (`cfir2022_assessing_needs_innovation_deliverers`) and one of Engaging
//! (`cfir2022_engaging_innovation_deliverers`). Parsing the bare name gives the role; parse
//! the qualified label ("Engaging: Innovation Deliverers") to get a sub-construct.
//!
//! **Not encoded:** a secondary (GitHub) source says the Inner Setting constructs A to D
//! exist regardless of the innovation while E to K are specific to it. No primary source
//! confirms that split, so this crate does not record it. Construct letters are not
//! encoded either.

use super::CfirVersion;
use super::ComBComponent;

vocabulary! {
    /// The five CFIR 2022 domains, in the framework's order (I to V).
    ///
    /// The 2022 edition fixes exactly these five, so the enum is exhaustive.
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Domain;
    ///
    /// assert_eq!(Cfir2022Domain::ALL.len(), 5);
    /// assert_eq!(Cfir2022Domain::InnerSetting.as_str(), "cfir2022_inner_setting");
    /// assert_eq!(Cfir2022Domain::InnerSetting.constructs().count(), 21);
    /// assert_eq!("Implementation process".parse::<Cfir2022Domain>()?,
    ///            Cfir2022Domain::ImplementationProcess);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Cfir2022Domain ("CFIR 2022 domain") {
        Innovation = "cfir2022_innovation" {
            "Innovation",
            "The thing being implemented, whatever its kind, as the people involved see it.",
            aliases: ["Innovation Domain"],
        },
        OuterSetting = "cfir2022_outer_setting" {
            "Outer Setting",
            "The setting around the Inner Setting; there may be several, at several levels.",
            aliases: ["Outer Setting Domain"],
        },
        InnerSetting = "cfir2022_inner_setting" {
            "Inner Setting",
            "The setting in which the innovation is implemented.",
            aliases: ["Inner Setting Domain"],
        },
        Individuals = "cfir2022_individuals" {
            "Individuals",
            "The people involved: the roles they hold and, for each role, their need, capability, opportunity and motivation.",
            aliases: ["Individuals Domain"],
        },
        ImplementationProcess = "cfir2022_implementation_process" {
            "Implementation Process",
            "The activities and strategies through which the innovation is implemented.",
            aliases: ["Implementation Process Domain", "Process"],
        },
    }
}

vocabulary! {
    /// The two subdomains of the CFIR 2022 Individuals domain: nine **Roles** and four
    /// **Characteristics** (Need, Capability, Opportunity, Motivation), the characteristics
    /// being assessed for each role.
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Subdomain;
    ///
    /// assert_eq!(Cfir2022Subdomain::Roles.constructs().count(), 9);
    /// assert_eq!(Cfir2022Subdomain::Characteristics.constructs().count(), 4);
    /// ```
    pub enum Cfir2022Subdomain ("CFIR 2022 subdomain") {
        Roles = "cfir2022_roles" {
            "Roles",
            "The positions people hold toward the implementation and the innovation; one person may hold several.",
            aliases: ["Roles Subdomain"],
        },
        Characteristics = "cfir2022_characteristics" {
            "Characteristics",
            "What is assessed for each role: need, capability, opportunity and motivation.",
            aliases: ["Characteristics Subdomain"],
        },
    }
}

vocabulary! {
    /// The 67 CFIR 2022 terms: 48 constructs and 19 sub-constructs, each with its domain,
    /// its parent (for sub-constructs) and, in the Individuals domain, its subdomain.
    ///
    /// Per domain: Innovation 8 constructs; Outer Setting 7 + 3 sub-constructs; Inner
    /// Setting 11 + 10; Individuals 13 (9 roles, 4 characteristics); Implementation Process
    /// 9 + 6. `#[non_exhaustive]` because projects may add constructs and the framework may
    /// be revised.
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain};
    ///
    /// assert_eq!(Cfir2022Construct::ALL.len(), 67);
    /// let c: Cfir2022Construct = "Innovation Evidence-Base".parse()?;
    /// assert_eq!(c, Cfir2022Construct::InnovationEvidenceBase);
    /// assert_eq!(c.domain(), Cfir2022Domain::Innovation);
    /// let e: Cfir2022Construct = "Engaging: Innovation Deliverers".parse()?;
    /// assert_eq!(e.as_str(), "cfir2022_engaging_innovation_deliverers");
    /// assert_eq!(e.parent(), Some(Cfir2022Construct::Engaging));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Cfir2022Construct ("CFIR 2022 construct") {
        // I. Innovation
        InnovationSource = "cfir2022_innovation_source" {
            "Innovation Source",
            "Whether the people who developed or visibly back the innovation are seen as reputable and trustworthy.",
        },
        InnovationEvidenceBase = "cfir2022_innovation_evidence_base" {
            "Innovation Evidence Base",
            "How strong the evidence is that the innovation works.",
            aliases: ["Innovation Evidence-Base", "Evidence Base", "Evidence-Base"],
        },
        InnovationRelativeAdvantage = "cfir2022_innovation_relative_advantage" {
            "Innovation Relative Advantage",
            "How much better the innovation is than current practice or other options.",
        },
        InnovationAdaptability = "cfir2022_innovation_adaptability" {
            "Innovation Adaptability",
            "How far the innovation can be changed or refined to suit local needs.",
        },
        InnovationTrialability = "cfir2022_innovation_trialability" {
            "Innovation Trialability",
            "Whether the innovation can be tried out on a small scale and then undone.",
        },
        InnovationComplexity = "cfir2022_innovation_complexity" {
            "Innovation Complexity",
            "How complicated the innovation is, in scope and in its many steps and connections.",
        },
        InnovationDesign = "cfir2022_innovation_design" {
            "Innovation Design",
            "How well the innovation is put together, bundled and presented.",
        },
        InnovationCost = "cfir2022_innovation_cost" {
            "Innovation Cost",
            "Whether buying and running the innovation is affordable.",
        },
        // II. Outer Setting
        CriticalIncidents = "cfir2022_critical_incidents" {
            "Critical Incidents",
            "Large or unexpected events that disrupt implementation or delivery.",
        },
        LocalAttitudes = "cfir2022_local_attitudes" {
            "Local Attitudes",
            "Whether local values and beliefs lead the outer setting to back the innovation.",
        },
        LocalConditions = "cfir2022_local_conditions" {
            "Local Conditions",
            "Whether economic, environmental, political and technological conditions let the outer setting back the innovation.",
        },
        PartnershipsAndConnections = "cfir2022_partnerships_and_connections" {
            "Partnerships & Connections",
            "How well the inner setting is networked with outside bodies such as referral, academic and professional networks.",
        },
        PoliciesAndLaws = "cfir2022_policies_and_laws" {
            "Policies & Laws",
            "Whether legislation, regulation, professional guidance and accreditation standards support the innovation.",
        },
        Financing = "cfir2022_financing" {
            "Financing",
            "Whether outside money, such as grants or reimbursement, is available for the innovation.",
        },
        ExternalPressure = "cfir2022_external_pressure" {
            "External Pressure",
            "Pressures from outside that push toward implementation; also the catch-all for those its sub-constructs miss.",
        },
        SocietalPressure = "cfir2022_societal_pressure" {
            "Societal Pressure",
            "Push from media campaigns, advocacy groups or social movements.",
            aliases: ["External Pressure: Societal Pressure"],
        },
        MarketPressure = "cfir2022_market_pressure" {
            "Market Pressure",
            "Push from competing with or imitating peer organizations.",
            aliases: ["External Pressure: Market Pressure"],
        },
        PerformanceMeasurementPressure = "cfir2022_performance_measurement_pressure" {
            "Performance-Measurement Pressure",
            "Push from quality metrics, benchmarks or set service targets.",
            aliases: ["External Pressure: Performance-Measurement Pressure"],
        },
        // III. Inner Setting
        StructuralCharacteristics = "cfir2022_structural_characteristics" {
            "Structural Characteristics",
            "Whether the setting's infrastructure supports how it works.",
        },
        PhysicalInfrastructure = "cfir2022_physical_infrastructure" {
            "Physical Infrastructure",
            "Whether the layout of space and other tangible features support the setting's work.",
            aliases: ["Structural Characteristics: Physical Infrastructure"],
        },
        InformationTechnologyInfrastructure = "cfir2022_information_technology_infrastructure" {
            "Information Technology Infrastructure",
            "Whether systems for communication, records and data support the setting's work.",
            aliases: ["IT Infrastructure",
                      "Structural Characteristics: Information Technology Infrastructure"],
        },
        WorkInfrastructure = "cfir2022_work_infrastructure" {
            "Work Infrastructure",
            "Whether the division of tasks and responsibilities, and staffing levels, support the setting's work.",
            aliases: ["Structural Characteristics: Work Infrastructure"],
        },
        RelationalConnections = "cfir2022_relational_connections" {
            "Relational Connections",
            "The quality of formal and informal relationships, networks and teams within and across the setting's boundaries.",
        },
        Communications = "cfir2022_communications" {
            "Communications",
            "The quality of formal and informal information sharing within and across the setting's boundaries.",
        },
        Culture = "cfir2022_culture" {
            "Culture",
            "The values, beliefs and norms shared across the setting.",
        },
        HumanEqualityCenteredness = "cfir2022_human_equality_centeredness" {
            "Human Equality-Centeredness",
            "Shared conviction that every human being has equal worth.",
            aliases: ["Culture: Human Equality-Centeredness"],
        },
        RecipientCenteredness = "cfir2022_recipient_centeredness" {
            "Recipient-Centeredness",
            "Shared commitment to caring for and meeting the needs of those who receive the innovation.",
            aliases: ["Culture: Recipient-Centeredness"],
        },
        DelivererCenteredness = "cfir2022_deliverer_centeredness" {
            "Deliverer-Centeredness",
            "Shared commitment to caring for and meeting the needs of those who deliver the innovation.",
            aliases: ["Culture: Deliverer-Centeredness"],
        },
        LearningCenteredness = "cfir2022_learning_centeredness" {
            "Learning-Centeredness",
            "Shared norms of psychological safety, continuous improvement and using data in practice.",
            aliases: ["Culture: Learning-Centeredness"],
        },
        TensionForChange = "cfir2022_tension_for_change" {
            "Tension for Change",
            "A sense that the present situation cannot continue and must change.",
        },
        Compatibility = "cfir2022_compatibility" {
            "Compatibility",
            "How well the innovation fits existing workflows, systems and processes.",
        },
        RelativePriority = "cfir2022_relative_priority" {
            "Relative Priority",
            "How important implementing the innovation is next to other initiatives.",
        },
        IncentiveSystems = "cfir2022_incentive_systems" {
            "Incentive Systems",
            "Whether rewards and sanctions, tangible or not, support implementing the innovation.",
        },
        MissionAlignment = "cfir2022_mission_alignment" {
            "Mission Alignment",
            "Whether implementing the innovation serves the setting's overall purpose and goals.",
        },
        AvailableResources = "cfir2022_available_resources" {
            "Available Resources",
            "Whether the resources needed to implement and deliver the innovation are there.",
        },
        Funding = "cfir2022_funding" {
            "Funding",
            "Whether money is available for the innovation.",
            aliases: ["Available Resources: Funding"],
        },
        Space = "cfir2022_space" {
            "Space",
            "Whether physical room is available for the innovation.",
            aliases: ["Available Resources: Space"],
        },
        MaterialsAndEquipment = "cfir2022_materials_and_equipment" {
            "Materials & Equipment",
            "Whether supplies and equipment are available for the innovation.",
            aliases: ["Available Resources: Materials & Equipment"],
        },
        AccessToKnowledgeAndInformation = "cfir2022_access_to_knowledge_and_information" {
            "Access to Knowledge & Information",
            "Whether guidance and training on implementing and delivering the innovation are within reach.",
            aliases: ["Access to Information & Knowledge"],
        },
        // IV. Individuals: Roles
        HighLevelLeaders = "cfir2022_high_level_leaders" {
            "High-level Leaders",
            "People with a high degree of authority, such as executives, directors and key decision makers.",
        },
        MidLevelLeaders = "cfir2022_mid_level_leaders" {
            "Mid-level Leaders",
            "People with moderate authority who report to high-level leaders and supervise others.",
        },
        OpinionLeaders = "cfir2022_opinion_leaders" {
            "Opinion Leaders",
            "People whose informal influence shapes what others think and do.",
        },
        ImplementationFacilitators = "cfir2022_implementation_facilitators" {
            "Implementation Facilitators",
            "People with relevant expertise who help, coach or support the implementation.",
        },
        ImplementationLeads = "cfir2022_implementation_leads" {
            "Implementation Leads",
            "People who lead the effort to implement the innovation.",
        },
        ImplementationTeamMembers = "cfir2022_implementation_team_members" {
            "Implementation Team Members",
            "People who work with the implementation leads to implement the innovation.",
        },
        OtherImplementationSupport = "cfir2022_other_implementation_support" {
            "Other Implementation Support",
            "Anyone else who helps the implementation leads or team members implement the innovation.",
        },
        InnovationDeliverers = "cfir2022_innovation_deliverers" {
            "Innovation Deliverers",
            "People who deliver the innovation, directly or indirectly.",
        },
        InnovationRecipients = "cfir2022_innovation_recipients" {
            "Innovation Recipients",
            "People who receive the innovation, directly or indirectly.",
        },
        // IV. Individuals: Characteristics
        Need = "cfir2022_need" {
            "Need",
            "Whether a role holder has a gap in survival, well-being or fulfilment that the innovation will address.",
            aliases: ["Needs"],
        },
        Capability = "cfir2022_capability" {
            "Capability",
            "Whether a role holder has the interpersonal competence, knowledge and skills the role needs.",
        },
        Opportunity = "cfir2022_opportunity" {
            "Opportunity",
            "Whether a role holder has the availability, scope and power the role needs.",
        },
        Motivation = "cfir2022_motivation" {
            "Motivation",
            "Whether a role holder is committed to fulfilling the role.",
        },
        // V. Implementation Process
        Teaming = "cfir2022_teaming" {
            "Teaming",
            "Working together on interdependent implementation tasks, with deliberate coordination.",
        },
        AssessingNeeds = "cfir2022_assessing_needs" {
            "Assessing Needs",
            "Gathering information on the priorities, preferences and needs of the people involved.",
        },
        AssessingNeedsInnovationDeliverers = "cfir2022_assessing_needs_innovation_deliverers" {
            "Innovation Deliverers",
            "Gathering information on the priorities, preferences and needs of those who deliver the innovation.",
            aliases: ["Assessing Needs: Innovation Deliverers"],
        },
        AssessingNeedsInnovationRecipients = "cfir2022_assessing_needs_innovation_recipients" {
            "Innovation Recipients",
            "Gathering information on the priorities, preferences and needs of those who receive the innovation.",
            aliases: ["Assessing Needs: Innovation Recipients"],
        },
        AssessingContext = "cfir2022_assessing_context" {
            "Assessing Context",
            "Gathering information to find and weigh the barriers to and facilitators of implementation.",
        },
        Planning = "cfir2022_planning" {
            "Planning",
            "Setting out roles, steps, milestones, goals and measures of success beforehand.",
        },
        TailoringStrategies = "cfir2022_tailoring_strategies" {
            "Tailoring Strategies",
            "Choosing and shaping implementation strategies to meet barriers, use facilitators and fit the context.",
        },
        Engaging = "cfir2022_engaging" {
            "Engaging",
            "Drawing people into the implementation or the innovation; also the catch-all for those its sub-constructs miss.",
        },
        EngagingInnovationDeliverers = "cfir2022_engaging_innovation_deliverers" {
            "Innovation Deliverers",
            "Drawing deliverers into the implementation team or into delivering the innovation.",
            aliases: ["Engaging: Innovation Deliverers"],
        },
        EngagingInnovationRecipients = "cfir2022_engaging_innovation_recipients" {
            "Innovation Recipients",
            "Drawing recipients into taking part in the innovation.",
            aliases: ["Engaging: Innovation Recipients"],
        },
        Doing = "cfir2022_doing" {
            "Doing",
            "Implementing in small steps, tests or change cycles that try out and build up delivery.",
        },
        ReflectingAndEvaluating = "cfir2022_reflecting_and_evaluating" {
            "Reflecting & Evaluating",
            "Gathering and discussing quantitative and qualitative information on how things are going.",
        },
        ReflectingAndEvaluatingImplementation = "cfir2022_reflecting_and_evaluating_implementation" {
            "Implementation",
            "Gathering and discussing information on how well the implementation is succeeding.",
            aliases: ["Reflecting & Evaluating: Implementation"],
        },
        ReflectingAndEvaluatingInnovation = "cfir2022_reflecting_and_evaluating_innovation" {
            "Innovation",
            "Gathering and discussing information on how well the innovation itself is succeeding.",
            aliases: ["Reflecting & Evaluating: Innovation"],
        },
        Adapting = "cfir2022_adapting" {
            "Adapting",
            "Changing the innovation or the inner setting so the two fit and work together.",
        },
    }
}

impl Cfir2022Domain {
    /// The domain's Roman numeral (`I` to `V`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::Cfir2022Domain::Individuals.numeral(), "IV");
    /// ```
    pub const fn numeral(self) -> &'static str {
        match self {
            Cfir2022Domain::Innovation => "I",
            Cfir2022Domain::OuterSetting => "II",
            Cfir2022Domain::InnerSetting => "III",
            Cfir2022Domain::Individuals => "IV",
            Cfir2022Domain::ImplementationProcess => "V",
        }
    }

    /// The domain's constructs and sub-constructs, in framework order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Domain;
    /// let sizes: Vec<usize> = Cfir2022Domain::ALL.iter().map(|d| d.constructs().count()).collect();
    /// assert_eq!(sizes, [8, 10, 21, 13, 15]);
    /// ```
    pub fn constructs(self) -> impl Iterator<Item = Cfir2022Construct> {
        Cfir2022Construct::ALL
            .iter()
            .copied()
            .filter(move |c| c.domain() == self)
    }

    /// The CFIR edition of this domain: always [`CfirVersion::Cfir2022`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Domain, CfirVersion};
    /// assert_eq!(Cfir2022Domain::Innovation.version(), CfirVersion::Cfir2022);
    /// ```
    pub const fn version(self) -> CfirVersion {
        CfirVersion::Cfir2022
    }
}

impl Cfir2022Subdomain {
    /// The constructs of this subdomain (roles or characteristics), in framework order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Subdomain};
    /// let c: Vec<_> = Cfir2022Subdomain::Characteristics.constructs().collect();
    /// assert_eq!(c[0], Cfir2022Construct::Need);
    /// ```
    pub fn constructs(self) -> impl Iterator<Item = Cfir2022Construct> {
        Cfir2022Construct::ALL
            .iter()
            .copied()
            .filter(move |c| c.subdomain() == Some(self))
    }

    /// The domain this subdomain belongs to: always [`Cfir2022Domain::Individuals`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Domain, Cfir2022Subdomain};
    /// assert_eq!(Cfir2022Subdomain::Roles.domain(), Cfir2022Domain::Individuals);
    /// ```
    pub const fn domain(self) -> Cfir2022Domain {
        Cfir2022Domain::Individuals
    }

    /// The CFIR edition of this subdomain: always [`CfirVersion::Cfir2022`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Subdomain, CfirVersion};
    /// assert_eq!(Cfir2022Subdomain::Roles.version(), CfirVersion::Cfir2022);
    /// ```
    pub const fn version(self) -> CfirVersion {
        CfirVersion::Cfir2022
    }
}

impl Cfir2022Construct {
    /// The domain the construct belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Domain};
    /// assert_eq!(Cfir2022Construct::MissionAlignment.domain(), Cfir2022Domain::InnerSetting);
    /// ```
    pub const fn domain(self) -> Cfir2022Domain {
        self.row().1
    }

    /// The construct this one is a sub-construct of (`None` for the 48 constructs).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// assert_eq!(Cfir2022Construct::Space.parent(), Some(Cfir2022Construct::AvailableResources));
    /// assert_eq!(Cfir2022Construct::AvailableResources.parent(), None);
    /// ```
    pub const fn parent(self) -> Option<Cfir2022Construct> {
        self.row().0
    }

    /// True for the 19 sub-constructs.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// assert_eq!(Cfir2022Construct::ALL.iter().filter(|c| c.is_subconstruct()).count(), 19);
    /// ```
    pub const fn is_subconstruct(self) -> bool {
        self.parent().is_some()
    }

    /// The sub-constructs of this construct, in framework order (none for most).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// assert_eq!(Cfir2022Construct::Culture.subconstructs().count(), 4);
    /// assert_eq!(Cfir2022Construct::Doing.subconstructs().count(), 0);
    /// ```
    pub fn subconstructs(self) -> impl Iterator<Item = Cfir2022Construct> {
        Cfir2022Construct::ALL
            .iter()
            .copied()
            .filter(move |c| c.parent() == Some(self))
    }

    /// For the Individuals domain, whether the construct is one of the 9 roles or one of
    /// the 4 characteristics; `None` in the other domains.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, Cfir2022Subdomain};
    /// assert_eq!(Cfir2022Construct::OpinionLeaders.subdomain(), Some(Cfir2022Subdomain::Roles));
    /// assert_eq!(Cfir2022Construct::Need.subdomain(), Some(Cfir2022Subdomain::Characteristics));
    /// assert_eq!(Cfir2022Construct::Engaging.subdomain(), None);
    /// ```
    pub const fn subdomain(self) -> Option<Cfir2022Subdomain> {
        self.row().2
    }

    /// True for the 9 roles of the Individuals domain.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// assert!(Cfir2022Construct::InnovationDeliverers.is_role());
    /// assert!(!Cfir2022Construct::EngagingInnovationDeliverers.is_role());
    /// ```
    pub const fn is_role(self) -> bool {
        matches!(self.subdomain(), Some(Cfir2022Subdomain::Roles))
    }

    /// True for the 4 characteristics (Need, Capability, Opportunity, Motivation), which
    /// are assessed for each role.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// assert!(Cfir2022Construct::Need.is_characteristic());
    /// assert!(!Cfir2022Construct::Planning.is_characteristic());
    /// ```
    pub const fn is_characteristic(self) -> bool {
        matches!(self.subdomain(), Some(Cfir2022Subdomain::Characteristics))
    }

    /// The COM-B component a characteristic corresponds to: Capability, Opportunity and
    /// Motivation map to their COM-B namesakes; Need has no COM-B counterpart, and
    /// constructs that are not characteristics give `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, ComBComponent};
    /// assert_eq!(Cfir2022Construct::Opportunity.com_b(), Some(ComBComponent::Opportunity));
    /// assert_eq!(Cfir2022Construct::Need.com_b(), None);
    /// ```
    pub const fn com_b(self) -> Option<ComBComponent> {
        match self {
            Cfir2022Construct::Capability => Some(ComBComponent::Capability),
            Cfir2022Construct::Opportunity => Some(ComBComponent::Opportunity),
            Cfir2022Construct::Motivation => Some(ComBComponent::Motivation),
            _ => None,
        }
    }

    /// The characteristic that corresponds to a COM-B component (the inverse of
    /// [`com_b`](Self::com_b)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, ComBComponent};
    /// assert_eq!(Cfir2022Construct::from_com_b(ComBComponent::Motivation),
    ///            Cfir2022Construct::Motivation);
    /// ```
    pub const fn from_com_b(component: ComBComponent) -> Cfir2022Construct {
        match component {
            ComBComponent::Capability => Cfir2022Construct::Capability,
            ComBComponent::Opportunity => Cfir2022Construct::Opportunity,
            ComBComponent::Motivation => Cfir2022Construct::Motivation,
        }
    }

    /// The label, prefixed with the parent's for sub-constructs ("Engaging: Innovation
    /// Deliverers"); it tells apart sub-constructs that share a name, and parses back.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// let c = Cfir2022Construct::AssessingNeedsInnovationRecipients;
    /// assert_eq!(c.label(), "Innovation Recipients");
    /// assert_eq!(c.qualified_label(), "Assessing Needs: Innovation Recipients");
    /// assert_eq!(c.qualified_label().parse::<Cfir2022Construct>()?, c);
    /// assert_eq!(Cfir2022Construct::Doing.qualified_label(), "Doing");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn qualified_label(self) -> String {
        match self.parent() {
            Some(parent) => format!("{}: {}", parent.label(), self.label()),
            None => self.label().to_owned(),
        }
    }

    /// The CFIR edition of this construct: always [`CfirVersion::Cfir2022`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirVersion};
    /// assert_eq!(Cfir2022Construct::Teaming.version(), CfirVersion::Cfir2022);
    /// ```
    pub const fn version(self) -> CfirVersion {
        CfirVersion::Cfir2022
    }

    /// (parent, domain, subdomain) for each construct, in one place.
    const fn row(self) -> (Option<Self>, Cfir2022Domain, Option<Cfir2022Subdomain>) {
        use Cfir2022Construct::*;
        use Cfir2022Domain::*;
        use Cfir2022Subdomain::{Characteristics, Roles};
        match self {
            InnovationSource
            | InnovationEvidenceBase
            | InnovationRelativeAdvantage
            | InnovationAdaptability
            | InnovationTrialability
            | InnovationComplexity
            | InnovationDesign
            | InnovationCost => (None, Innovation, None),

            CriticalIncidents
            | LocalAttitudes
            | LocalConditions
            | PartnershipsAndConnections
            | PoliciesAndLaws
            | Financing
            | ExternalPressure => (None, OuterSetting, None),
            SocietalPressure | MarketPressure | PerformanceMeasurementPressure => {
                (Some(ExternalPressure), OuterSetting, None)
            }

            StructuralCharacteristics
            | RelationalConnections
            | Communications
            | Culture
            | TensionForChange
            | Compatibility
            | RelativePriority
            | IncentiveSystems
            | MissionAlignment
            | AvailableResources
            | AccessToKnowledgeAndInformation => (None, InnerSetting, None),
            PhysicalInfrastructure | InformationTechnologyInfrastructure | WorkInfrastructure => {
                (Some(StructuralCharacteristics), InnerSetting, None)
            }
            HumanEqualityCenteredness
            | RecipientCenteredness
            | DelivererCenteredness
            | LearningCenteredness => (Some(Culture), InnerSetting, None),
            Funding | Space | MaterialsAndEquipment => {
                (Some(AvailableResources), InnerSetting, None)
            }

            HighLevelLeaders
            | MidLevelLeaders
            | OpinionLeaders
            | ImplementationFacilitators
            | ImplementationLeads
            | ImplementationTeamMembers
            | OtherImplementationSupport
            | InnovationDeliverers
            | InnovationRecipients => (None, Individuals, Some(Roles)),
            Need | Capability | Opportunity | Motivation => {
                (None, Individuals, Some(Characteristics))
            }

            Teaming
            | AssessingNeeds
            | AssessingContext
            | Planning
            | TailoringStrategies
            | Engaging
            | Doing
            | ReflectingAndEvaluating
            | Adapting => (None, ImplementationProcess, None),
            AssessingNeedsInnovationDeliverers | AssessingNeedsInnovationRecipients => {
                (Some(AssessingNeeds), ImplementationProcess, None)
            }
            EngagingInnovationDeliverers | EngagingInnovationRecipients => {
                (Some(Engaging), ImplementationProcess, None)
            }
            ReflectingAndEvaluatingImplementation | ReflectingAndEvaluatingInnovation => {
                (Some(ReflectingAndEvaluating), ImplementationProcess, None)
            }
        }
    }
}

//! The Behaviour Change Wheel (Michie, van Stralen & West 2011): its nine intervention
//! functions and seven policy categories.
//!
//! Source: Michie S, van Stralen MM, West R, Implementation Science 2011;6:42, as tabulated in Implementation Science s13012-015-0331-0 Table 1 (and
//! PMC8267230). Names are copied exactly (British spelling, as the BCW writes them; the
//! American spellings parse too); descriptions are this crate's paraphrases.
//!
//! **Not encoded:** the BCW guide's matrix linking COM-B components to the intervention
//! functions likely to change them. This crate's reference saw it only through a secondary
//! table whose cells did not all match the guide, and marks it **unverified**; it will be
//! added once checked against the guide (Michie, Atkins & West 2014).

vocabulary! {
    /// The nine intervention functions of the Behaviour Change Wheel (Michie, van Stralen &
    /// West, Implementation Science 2011;6:42): broad categories of means by which an
    /// intervention can change behaviour.
    ///
    /// **Not encoded:** the BCW guide's matrix linking COM-B components to the functions
    /// likely to change them. This crate's reference saw it only through a secondary table
    /// and marks it **unverified**, so there is deliberately no COM-B → function lookup.
    ///
    /// ```
    /// use isp_moc::vocab::InterventionFunction;
    ///
    /// assert_eq!(InterventionFunction::ALL.len(), 9);
    /// assert_eq!("modeling".parse::<InterventionFunction>()?, InterventionFunction::Modelling);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum InterventionFunction ("BCW intervention function") {
        Education = "education" {
            "Education",
            "Raises knowledge or understanding.",
        },
        Persuasion = "persuasion" {
            "Persuasion",
            "Uses communication to stir feelings or spur action.",
        },
        Incentivisation = "incentivisation" {
            "Incentivisation",
            "Creates an expectation of reward.",
            aliases: ["Incentivization"],
        },
        Coercion = "coercion" {
            "Coercion",
            "Creates an expectation of punishment or cost.",
        },
        Training = "training" {
            "Training",
            "Imparts skills.",
        },
        Restriction = "restriction" {
            "Restriction",
            "Uses rules to reduce the opportunity for the target behaviour, or for behaviours that compete with it.",
        },
        EnvironmentalRestructuring = "environmental_restructuring" {
            "Environmental restructuring",
            "Changes the physical or social context.",
        },
        Modelling = "modelling" {
            "Modelling",
            "Gives people an example to imitate or aspire to.",
            aliases: ["Modeling"],
        },
        Enablement = "enablement" {
            "Enablement",
            "Increases means or reduces barriers beyond what education, training and environmental restructuring do.",
        },
    }
}

vocabulary! {
    /// The seven policy categories of the Behaviour Change Wheel (Michie, van Stralen &
    /// West 2011): the kinds of decision by authorities that can deliver the intervention
    /// functions.
    ///
    /// ```
    /// use isp_moc::vocab::PolicyCategory;
    ///
    /// assert_eq!(PolicyCategory::ALL.len(), 7);
    /// assert_eq!("communication / marketing".parse::<PolicyCategory>()?,
    ///            PolicyCategory::CommunicationMarketing);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum PolicyCategory ("BCW policy category") {
        CommunicationMarketing = "communication_marketing" {
            "Communication/marketing",
            "Gets messages out through print, broadcast, electronic or other media.",
        },
        Guidelines = "guidelines" {
            "Guidelines",
            "Produces documents that recommend or mandate practice.",
        },
        FiscalMeasures = "fiscal_measures" {
            "Fiscal measures",
            "Uses taxes or spending to raise or lower the financial cost of a behaviour.",
        },
        Regulation = "regulation" {
            "Regulation",
            "Sets rules or principles of behaviour or practice.",
        },
        Legislation = "legislation" {
            "Legislation",
            "Makes or changes laws.",
        },
        EnvironmentalSocialPlanning = "environmental_social_planning" {
            "Environmental/social planning",
            "Designs or controls the physical or social environment.",
        },
        ServiceProvision = "service_provision" {
            "Service provision",
            "Delivers a service.",
        },
    }
}

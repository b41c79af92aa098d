//! Outcomes: Proctor's implementation outcomes and the level at which behaviour changes.

vocabulary! {
    /// Proctor et al. (2011)'s eight implementation outcomes.
    ///
    /// The paper could not connect its mechanisms "to clearly defined implementation
    /// outcomes", so the built-in Figure 2 model does not use these; they are here for
    /// users who extend a model toward distal outcomes.
    ///
    /// ```
    /// use isp_moc::vocab::ImplementationOutcome;
    ///
    /// assert_eq!(ImplementationOutcome::ALL.len(), 8);
    /// assert_eq!("Implementation cost".parse::<ImplementationOutcome>()?,
    ///            ImplementationOutcome::ImplementationCost);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum ImplementationOutcome ("implementation outcome") {
        Acceptability = "acceptability" {
            "Acceptability",
            "Whether stakeholders find the intervention agreeable or satisfactory.",
        },
        Adoption = "adoption" {
            "Adoption",
            "The intention, initial decision or first action to take the intervention up.",
            aliases: ["uptake"],
        },
        Appropriateness = "appropriateness" {
            "Appropriateness",
            "Perceived fit or relevance for the setting, provider, consumer or problem.",
        },
        Feasibility = "feasibility" {
            "Feasibility",
            "How far the intervention can actually be carried out in the setting.",
        },
        Fidelity = "fidelity" {
            "Fidelity",
            "Whether it is delivered as its protocol or developers intended.",
        },
        ImplementationCost = "implementation_cost" {
            "Implementation cost",
            "What the implementation effort costs.",
            aliases: ["cost"],
        },
        Penetration = "penetration" {
            "Penetration",
            "How far it is integrated within a service setting and its subsystems.",
            aliases: ["reach"],
        },
        Sustainability = "sustainability" {
            "Sustainability",
            "Whether it is maintained or institutionalised in ongoing operations.",
            aliases: ["sustainment"],
        },
    }
}

vocabulary! {
    /// Where implementation behaviour changes: the paper's outcome is "implementation
    /// behaviour of individuals, organizations and systems".
    ///
    /// ```
    /// use isp_moc::vocab::OutcomeLevel;
    ///
    /// assert_eq!(OutcomeLevel::ALL, [OutcomeLevel::Individual, OutcomeLevel::Organization,
    ///                                OutcomeLevel::System]);
    /// assert_eq!("organisation".parse::<OutcomeLevel>()?, OutcomeLevel::Organization);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum OutcomeLevel ("outcome level") {
        Individual = "individual" {
            "Individual",
            "Practitioners, supervisors and leaders changing how they promote, select and use interventions.",
            aliases: ["individuals"],
        },
        Organization = "organization" {
            "Organization",
            "Organizational routines, policies, plans and culture.",
            aliases: ["organisation", "organizations", "organisational", "organizational"],
        },
        System = "system" {
            "System",
            "Service systems spanning several organizations (funders, policy, networks).",
            aliases: ["systems"],
        },
    }
}

//! COM-B (Michie, van Stralen & West 2011): the three conditions of behaviour.

vocabulary! {
    /// The three COM-B components. Together they produce behaviour; the paper uses them to
    /// classify how stakeholders respond to an ISP.
    ///
    /// Closed theory, so the enum is exhaustive and `match` stays checked.
    ///
    /// ```
    /// use isp_moc::vocab::{ComBComponent, ComBSubcomponent};
    ///
    /// assert_eq!(ComBComponent::ALL.len(), 3);
    /// assert_eq!(ComBComponent::Opportunity.subcomponents(),
    ///            [ComBSubcomponent::PhysicalOpportunity, ComBSubcomponent::SocialOpportunity]);
    /// assert_eq!("capability".parse::<ComBComponent>()?, ComBComponent::Capability);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum ComBComponent ("COM-B component") {
        Capability = "capability" {
            "Capability",
            "The person's own capacity to carry the behaviour out, in body and in mind.",
        },
        Opportunity = "opportunity" {
            "Opportunity",
            "Everything outside the person that makes the behaviour possible or prompts it.",
        },
        Motivation = "motivation" {
            "Motivation",
            "The processes in the brain that energise and direct the behaviour.",
        },
    }
}

vocabulary! {
    /// The six COM-B sub-components, two per component.
    ///
    /// ```
    /// use isp_moc::vocab::{ComBComponent, ComBSubcomponent};
    ///
    /// assert_eq!(ComBSubcomponent::ALL.len(), 6);
    /// assert_eq!(ComBSubcomponent::AutomaticMotivation.component(), ComBComponent::Motivation);
    /// assert_eq!("Psychological capability".parse::<ComBSubcomponent>()?,
    ///            ComBSubcomponent::PsychologicalCapability);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum ComBSubcomponent ("COM-B sub-component") {
        PhysicalCapability = "physical_capability" {
            "Physical capability",
            "Bodily skill, strength and stamina needed for the behaviour.",
        },
        PsychologicalCapability = "psychological_capability" {
            "Psychological capability",
            "Knowledge and the mental skills (comprehension, reasoning, memory, attention) the behaviour needs.",
        },
        PhysicalOpportunity = "physical_opportunity" {
            "Physical opportunity",
            "What the environment affords: time, resources, places, cues.",
        },
        SocialOpportunity = "social_opportunity" {
            "Social opportunity",
            "Interpersonal influences, social cues and cultural norms around the behaviour.",
        },
        ReflectiveMotivation = "reflective_motivation" {
            "Reflective motivation",
            "Conscious plans and evaluations: intentions and beliefs about what is good or bad.",
        },
        AutomaticMotivation = "automatic_motivation" {
            "Automatic motivation",
            "Emotions, wants, impulses, habits and other non-deliberative drivers.",
        },
    }
}

impl ComBComponent {
    /// The two sub-components of this component.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::ComBComponent;
    /// for c in ComBComponent::ALL {
    ///     assert!(c.subcomponents().iter().all(|s| s.component() == *c));
    /// }
    /// ```
    pub const fn subcomponents(self) -> [ComBSubcomponent; 2] {
        use ComBSubcomponent::*;
        match self {
            ComBComponent::Capability => [PhysicalCapability, PsychologicalCapability],
            ComBComponent::Opportunity => [PhysicalOpportunity, SocialOpportunity],
            ComBComponent::Motivation => [ReflectiveMotivation, AutomaticMotivation],
        }
    }
}

impl ComBSubcomponent {
    /// The component this sub-component belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{ComBComponent, ComBSubcomponent};
    /// assert_eq!(ComBSubcomponent::SocialOpportunity.component(), ComBComponent::Opportunity);
    /// ```
    pub const fn component(self) -> ComBComponent {
        use ComBSubcomponent::*;
        match self {
            PhysicalCapability | PsychologicalCapability => ComBComponent::Capability,
            PhysicalOpportunity | SocialOpportunity => ComBComponent::Opportunity,
            ReflectiveMotivation | AutomaticMotivation => ComBComponent::Motivation,
        }
    }
}

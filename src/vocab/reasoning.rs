//! How stakeholders respond: Dalkin's *reasoning* side of a mechanism.

use super::ComBComponent;

vocabulary! {
    /// The kinds of stakeholder response the paper distinguishes: the three COM-B
    /// components plus **relational** responses (trust, a sense of safety, relationships),
    /// which "could not be identified clearly as an element of any of the three COM-B
    /// domains" and were analysed as a category of their own.
    ///
    /// ```
    /// use isp_moc::vocab::{ComBComponent, ReasoningType};
    ///
    /// assert_eq!(ReasoningType::ALL.len(), 4);
    /// assert_eq!(ReasoningType::Relational.com_b(), None);
    /// assert_eq!(ReasoningType::Capability.com_b(), Some(ComBComponent::Capability));
    /// assert_eq!(ReasoningType::from(ComBComponent::Motivation), ReasoningType::Motivation);
    /// ```
    pub enum ReasoningType ("reasoning type") {
        Relational = "relational" {
            "Relational",
            "Trust in and among stakeholders, a sense of safety, and the relationships that carry them; outside COM-B.",
            aliases: ["relational response", "relational responses"],
        },
        Capability = "capability" {
            "Capability",
            "Changes in stakeholders' knowledge, skills and confidence to act (COM-B capability).",
        },
        Opportunity = "opportunity" {
            "Opportunity",
            "Changes outside the stakeholder, in the physical or social environment, that make implementation behaviour possible (COM-B opportunity).",
        },
        Motivation = "motivation" {
            "Motivation",
            "Changes in what energises and directs stakeholders' implementation behaviour (COM-B motivation).",
        },
    }
}

impl ReasoningType {
    /// The COM-B component this response type corresponds to; `None` for relational.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::ReasoningType;
    /// let in_com_b = ReasoningType::ALL.iter().filter(|r| r.com_b().is_some()).count();
    /// assert_eq!(in_com_b, 3);
    /// ```
    pub const fn com_b(self) -> Option<ComBComponent> {
        match self {
            ReasoningType::Relational => None,
            ReasoningType::Capability => Some(ComBComponent::Capability),
            ReasoningType::Opportunity => Some(ComBComponent::Opportunity),
            ReasoningType::Motivation => Some(ComBComponent::Motivation),
        }
    }
}

impl From<ComBComponent> for ReasoningType {
    fn from(c: ComBComponent) -> Self {
        match c {
            ComBComponent::Capability => ReasoningType::Capability,
            ComBComponent::Opportunity => ReasoningType::Opportunity,
            ComBComponent::Motivation => ReasoningType::Motivation,
        }
    }
}

//! The four kinds of element in Dalkin's mechanism grammar.

vocabulary! {
    /// The four kinds of element a mechanism model is made of: the ISP as **resource**,
    /// stakeholders' **reasoning** in response, the **context** that shapes the interaction
    /// and the **outcome** (implementation behaviour).
    ///
    /// Closed by the grammar, so exhaustive. The typed detail of each kind lives in
    /// [`Category`](crate::model::Category).
    ///
    /// ```
    /// use isp_moc::model::MechanismKind;
    /// assert_eq!(MechanismKind::ALL.len(), 4);
    /// assert_eq!(MechanismKind::Reasoning.as_str(), "reasoning");
    /// assert_eq!("response".parse::<MechanismKind>()?, MechanismKind::Reasoning);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum MechanismKind ("mechanism kind") {
        Resource = "resource" {
            "Resource",
            "What the ISP brings: knowledge, skills (strategy use) and attitudes.",
        },
        Reasoning = "reasoning" {
            "Reasoning",
            "How stakeholders respond: relational, capability, opportunity or motivation.",
            aliases: ["response", "stakeholder response"],
        },
        Context = "context" {
            "Context",
            "Conditions around the ISP-stakeholder interaction, classified by CFIR domain.",
            aliases: ["context factor", "determinant"],
        },
        Outcome = "outcome" {
            "Outcome",
            "Implementation behaviour of individuals, organizations or systems.",
            aliases: ["behaviour", "behavior"],
        },
    }
}

impl MechanismKind {
    /// The kind as a noun phrase, for messages ("`x` is a resource").
    pub(crate) fn with_article(self) -> &'static str {
        match self {
            MechanismKind::Resource => "a resource",
            MechanismKind::Reasoning => "a response (reasoning)",
            MechanismKind::Context => "a context factor",
            MechanismKind::Outcome => "an outcome",
        }
    }
}

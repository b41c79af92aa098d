//! ISP role labels.

vocabulary! {
    /// The implementation support roles the review's publications studied (facilitator 17,
    /// consultant 14, knowledge broker 13, technical assistance provider 10, coach 7, other
    /// 17 publications). The paper proposes "implementation support practitioner" as the
    /// umbrella for all of them.
    ///
    /// ```
    /// use isp_moc::vocab::IspRole;
    ///
    /// assert_eq!(IspRole::ALL.len(), 6);
    /// assert_eq!("TA provider".parse::<IspRole>()?, IspRole::TechnicalAssistanceProvider);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum IspRole ("ISP role") {
        Facilitator = "facilitator" {
            "Facilitator",
            "Enables a group or organization to work through implementation, internally or from outside.",
            aliases: ["facilitators", "implementation facilitator"],
        },
        Consultant = "consultant" {
            "Consultant",
            "Gives ongoing expert advice, often case-based, after training.",
            aliases: ["consultants"],
        },
        KnowledgeBroker = "knowledge_broker" {
            "Knowledge broker",
            "Links research and practice, moving evidence to where it is used.",
            aliases: ["knowledge brokers", "broker", "linking agent"],
        },
        TechnicalAssistanceProvider = "technical_assistance_provider" {
            "Technical assistance provider",
            "Provides tailored technical help to implementing sites.",
            aliases: ["TA provider", "TA providers", "technical assistance", "technical assistance providers"],
        },
        Coach = "coach" {
            "Coach",
            "Supports practitioners in building skills through observation and feedback.",
            aliases: ["coaches"],
        },
        Other = "other" {
            "Other",
            "Any other implementation support role (improvement advisor, mentor, implementation specialist, ...).",
        },
    }
}

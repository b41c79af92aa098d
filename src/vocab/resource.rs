//! What the ISP brings: Dalkin's *resource* side of a mechanism.

vocabulary! {
    /// The ISP characteristic a stakeholder response is attributed to: the paper's
    /// resource coding categories (knowledge, skills, attitudes), plus the two codes its
    /// excerpt tally needed (`combination`, `unspecified`).
    ///
    /// In the paper the ISP *is* the resource, "a unique combination of knowledge, skills,
    /// and attitudes"; skills mean the use of implementation strategies.
    ///
    /// ```
    /// use isp_moc::vocab::IspResource;
    ///
    /// assert_eq!(IspResource::ALL.len(), 5);
    /// assert_eq!(IspResource::Skills.as_str(), "skills");
    /// assert_eq!(IspResource::Skills.to_string(), "Skills (use of implementation strategies)");
    /// assert_eq!("Strategy use".parse::<IspResource>()?, IspResource::Skills);
    /// assert!(IspResource::Combination.is_coding_only());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum IspResource ("ISP resource") {
        Knowledge = "knowledge" {
            "Knowledge",
            "What the ISP knows: the intervention, implementation practice, the local context.",
            aliases: ["ISP knowledge", "knowledge use"],
        },
        Skills = "skills" {
            "Skills (use of implementation strategies)",
            "What the ISP does: the skilled use of implementation strategies such as facilitation, audit and feedback or reminders.",
            aliases: ["skill", "ISP skills", "strategy use", "use of implementation strategies", "strategies"],
        },
        Attitudes = "attitudes" {
            "Attitudes",
            "How the ISP comes across: respect, positivity, validation, professionalism.",
            aliases: ["attitude", "ISP attitudes"],
        },
        Combination = "combination" {
            "Combination",
            "A coding category for excerpts that credit several ISP characteristics at once (e.g. strategy use plus attitudes).",
            aliases: ["combined", "strategy use plus attitudes"],
        },
        Unspecified = "unspecified" {
            "Unspecified",
            "A coding category for excerpts that do not say which ISP characteristic brought the response about.",
            aliases: ["not specified", "unknown"],
        },
    }
}

impl IspResource {
    /// True for the two codes that exist for tallying excerpts (`combination`,
    /// `unspecified`) rather than naming one characteristic of the ISP.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::IspResource;
    /// assert!(!IspResource::Knowledge.is_coding_only());
    /// assert!(IspResource::Unspecified.is_coding_only());
    /// ```
    pub const fn is_coding_only(self) -> bool {
        matches!(self, IspResource::Combination | IspResource::Unspecified)
    }
}

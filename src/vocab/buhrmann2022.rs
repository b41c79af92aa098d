//! What ISPs know and how they come across: Bührmann, Driessen et al. (2022).
//!
//! Source: Bührmann L, Driessen P, et al., *Knowledge and attitudes of Implementation
//! Support Practitioners*, PLOS ONE 2022;17(5):e0267533 (a review of 79 studies). They refine the *knowledge* and *attitudes*
//! sides of the ISP resource ([`IspResource`](crate::vocab::IspResource)); the *skills* side
//! is the use of implementation strategies ([`EricStrategy`](crate::vocab::EricStrategy)).
//!
//! Labels are copied from this crate's reference, lowercase as it lists them; descriptions
//! are this crate's paraphrases.

vocabulary! {
    /// The five areas of knowledge ISPs draw on, from Bührmann, Driessen et al. (2022),
    /// PLOS ONE 17(5):e0267533.
    ///
    /// The labels follow the reference's machine-readable list; its prose spells two of
    /// them slightly differently ("the clinical practice they work with", "facilitating EBP
    /// in general"), and those spellings parse too.
    ///
    /// ```
    /// use isp_moc::vocab::IspKnowledgeArea;
    ///
    /// assert_eq!(IspKnowledgeArea::ALL.len(), 5);
    /// assert_eq!("the local context".parse::<IspKnowledgeArea>()?, IspKnowledgeArea::LocalContext);
    /// assert_eq!("facilitating EBP in general".parse::<IspKnowledgeArea>()?,
    ///            IspKnowledgeArea::FacilitatingEvidenceBasedPractice);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum IspKnowledgeArea ("ISP knowledge area") {
        ClinicalPractice = "clinical_practice" {
            "clinical practice they work with",
            "Knowledge of the clinical or service practice the ISP helps to implement.",
            aliases: ["the clinical practice they work with"],
        },
        ImplementationPractice = "implementation_practice" {
            "implementation/improvement practice",
            "Knowledge of implementation and improvement science and its methods.",
            aliases: ["implementation practice", "improvement practice"],
        },
        LocalContext = "local_context" {
            "the local context",
            "Knowledge of the setting: its people, systems and history.",
        },
        SupportingChangeProcesses = "supporting_change_processes" {
            "supporting change processes",
            "Knowledge of how to support people and organizations through change.",
        },
        FacilitatingEvidenceBasedPractice = "facilitating_evidence_based_practice" {
            "facilitating evidence-based practice in general",
            "Knowledge of how to foster the use of evidence-based practice in general.",
            aliases: ["facilitating EBP in general"],
        },
    }
}

vocabulary! {
    /// The ISP attitude themes of Bührmann, Driessen et al. (2022) that this crate's
    /// reference could verify: **six of the seven** the review reports.
    ///
    /// The seventh theme was not retrieved when the reference was compiled and is marked
    /// **unverified** there, so it is deliberately *not* encoded (nothing is invented in its
    /// place). [`IspAttitudeTheme::REPORTED`] keeps the source's count visible, and the enum
    /// is `#[non_exhaustive]` so the missing theme can be added without a breaking release.
    ///
    /// The reference's prose writes the sixth theme as "creative/flexible…", so the full
    /// wording of that theme may be longer than its label here.
    ///
    /// ```
    /// use isp_moc::vocab::IspAttitudeTheme;
    ///
    /// assert_eq!(IspAttitudeTheme::ALL.len(), 6);
    /// assert_eq!(IspAttitudeTheme::REPORTED, 7); // one theme is missing, not invented
    /// assert_eq!("respectful".parse::<IspAttitudeTheme>()?, IspAttitudeTheme::Empathetic);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum IspAttitudeTheme ("ISP attitude theme") {
        Professional = "professional" {
            "professional",
            "Coming across as professional: prepared, reliable and competent.",
        },
        Motivating = "motivating" {
            "motivated/motivating/encouraging/empowering",
            "Being motivated oneself and motivating, encouraging and empowering others.",
            aliases: ["motivated", "encouraging", "empowering"],
        },
        Empathetic = "empathetic" {
            "empathetic/respectful/sensitive",
            "Showing empathy, respect and sensitivity towards others.",
            aliases: ["respectful", "sensitive"],
        },
        Collaborative = "collaborative" {
            "collaborative/inclusive",
            "Working with others as partners and including them.",
            aliases: ["inclusive"],
        },
        Authentic = "authentic" {
            "authentic",
            "Being genuine rather than putting on a show.",
        },
        Creative = "creative" {
            "creative/flexible",
            "Finding new ways and adapting flexibly to circumstances.",
            aliases: ["flexible"],
        },
    }
}

impl IspAttitudeTheme {
    /// How many attitude themes Bührmann et al. (2022) report: 7. [`ALL`](Self::ALL) has
    /// one fewer because the seventh is unverified and not encoded.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::IspAttitudeTheme;
    /// assert_eq!(IspAttitudeTheme::REPORTED - IspAttitudeTheme::ALL.len(), 1);
    /// ```
    pub const REPORTED: usize = 7;
}

//! The typed attributes of a link: relation, polarity and basis.

vocabulary! {
    /// What a link claims about its two mechanisms, after Dalkin et al. (2015) and the
    /// causal-pathway-diagram literature (Lewis et al. 2018).
    ///
    /// ```
    /// use isp_moc::model::Relation;
    ///
    /// assert_eq!(Relation::ALL.len(), 3);
    /// assert_eq!("leads to".parse::<Relation>()?, Relation::LeadsTo);
    /// assert!(Relation::Precondition.is_causal());
    /// assert!(!Relation::Moderates.is_causal());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Relation ("relation") {
        LeadsTo = "leads_to" {
            "leads to",
            "Activating the source tends to activate the target: the resource, reasoning, outcome chain.",
            aliases: ["leads", "causes", "->"],
        },
        Precondition = "precondition" {
            "precondition",
            "The target cannot be activated without the source: a necessary condition.",
            aliases: ["pre-condition", "requires", "necessary condition"],
        },
        Moderates = "moderates" {
            "moderates",
            "A context factor strengthens or weakens the target's activation without being necessary for it.",
            aliases: ["moderator", "moderation", "conditions"],
        },
    }
}

impl Relation {
    /// True for the relations that carry a mechanism forward (`leads_to`, `precondition`);
    /// `moderates` only conditions.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Relation;
    /// assert_eq!(Relation::ALL.iter().filter(|r| r.is_causal()).count(), 2);
    /// ```
    pub const fn is_causal(self) -> bool {
        !matches!(self, Relation::Moderates)
    }
}

vocabulary! {
    /// The sign of a link: does more of the source give more of the target?
    ///
    /// Hindering findings on a positive link (a *poor* resource lowering trust) are recorded
    /// as hindering [`Observation`](crate::model::Observation)s, not as a negative polarity.
    ///
    /// ```
    /// use isp_moc::model::Polarity;
    /// assert_eq!(Polarity::Positive.symbol(), "+");
    /// assert_eq!("-".parse::<Polarity>()?, Polarity::Negative);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Polarity ("polarity") {
        Positive = "positive" {
            "positive",
            "More of the source gives more of the target.",
            aliases: ["+", "plus"],
        },
        Negative = "negative" {
            "negative",
            "More of the source gives less of the target.",
            aliases: ["-", "minus", "−"],
        },
        Mixed = "mixed" {
            "mixed",
            "The text reports effects in both directions (e.g. a policy that raises interest or causes anxiety).",
            aliases: ["±", "+/-", "either"],
        },
    }
}

impl Polarity {
    /// The one-character sign: `+`, `−` or `±`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Polarity;
    /// assert_eq!(Polarity::Mixed.symbol(), "±");
    /// ```
    pub const fn symbol(self) -> &'static str {
        match self {
            Polarity::Positive => "+",
            Polarity::Negative => "−",
            Polarity::Mixed => "±",
        }
    }
}

vocabulary! {
    /// Where a link comes from: the source text's own words, or the modeller's reading.
    ///
    /// ```
    /// use isp_moc::model::Basis;
    /// assert_eq!(Basis::ALL, [Basis::Text, Basis::Inferred]);
    /// ```
    pub enum Basis ("link basis") {
        Text = "text" {
            "text",
            "The source states the relation (in its results, discussion or conclusion).",
            aliases: ["reported", "stated"],
        },
        Inferred = "inferred" {
            "inferred",
            "The relation, or the mapping of its ends onto these mechanisms, is the modeller's reading.",
            aliases: ["inference", "ours"],
        },
    }
}

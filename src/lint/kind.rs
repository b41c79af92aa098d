//! [`LintKind`]: what a lint is about, with a stable id to allow it by name.

vocabulary! {
    /// What a [`Lint`](super::Lint) is about. Each kind has a stable snake_case id
    /// ([`as_str`](Self::as_str)) that a program or command line can allow by name
    /// (`"untraced_link".parse::<LintKind>()`, with a did-you-mean for a misspelt one);
    /// its label ([`Display`](std::fmt::Display)) says in words what it finds, and its
    /// description why that is worth a look.
    ///
    /// "Reaches" always means over **causal** links (`leads_to`, `precondition`): a
    /// `moderates` link conditions its target without carrying anything forward. Context
    /// factors are never reached (the grammar lets nothing link into one), so the reach
    /// lints leave them to [`UnusedContext`](Self::UnusedContext).
    ///
    /// Kinds are declared (and ordered) structure first — what no resource reaches, what
    /// reaches no outcome, context bearing on nothing, unsupported links on a route —
    /// then how the model is traced to its source.
    ///
    /// ```
    /// use isp_moc::lint::LintKind;
    ///
    /// assert_eq!("unsupported_link".parse::<LintKind>()?, LintKind::UnsupportedLink);
    /// assert_eq!(LintKind::UntracedLink.as_str(), "untraced_link");
    /// let err = "untraced_lnk".parse::<LintKind>().unwrap_err();
    /// assert!(err.to_string().contains("did you mean `untraced_link`?"), "{err}");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum LintKind ("lint") {
        UnreachedResponse = "unreached_response" {
            "response no resource reaches",
            "A reasoning mechanism (stakeholder response) that no resource reaches: no pathway from what the ISP brings explains it, so the model claims a response without a mechanism.",
        },
        UnreachedOutcome = "unreached_outcome" {
            "outcome no resource reaches",
            "An outcome that no resource reaches: no pathway explains it, so every pathway query into it comes back empty.",
        },
        DeadEnd = "dead_end" {
            "reaches no outcome",
            "A resource or response from which no outcome is reached: it explains no implementation behaviour, so no pathway query to an outcome passes through it.",
        },
        UnusedContext = "unused_context" {
            "context factor bearing on nothing",
            "A context factor with no link: it moderates nothing and is a precondition of nothing, so no query about the context of a pathway ever shows it.",
        },
        UnsupportedLink = "unsupported_link" {
            "unsupported link on a pathway",
            "A link with support 0 on a route from a resource to an outcome: pathway strength is the weakest link's support, so every pathway through it has strength 0 however well evidenced the rest.",
        },
        UntracedLink = "untraced_link" {
            "text link traced to nothing",
            "A link marked `text` (stated by the source) with no passage and no citation: nothing lets a reader find where the source states it.",
        },
        UnexplainedInference = "unexplained_inference" {
            "inferred link without a note",
            "A link marked `inferred` (the modeller's reading) with no note: a reader cannot tell why the modeller read it into the source.",
        },
        UncitedHindering = "uncited_hindering" {
            "hindering observation without a citation",
            "A hindering observation that cites no study: evidence against a mechanism or link is the first thing a reader checks, and it names no source.",
        },
        CountBelowCited = "count_below_cited" {
            "publication count below the studies cited",
            "A reported publication count lower than the distinct studies the evidence cites in support: support is the reported count, so the cited studies beyond it do not count, and one of the two is likely out of date.",
        },
        WeightOutsideUnit = "weight_outside_unit" {
            "link weight outside (0, 1]",
            "A link weight of 0, below 0 or above 1: ranking pathways by weight (the product of the weights, as networkx and rustworkx rank) follows only weights in (0, 1], so this link is left out of that ranking.",
        },
    }
}

//! [`CerqualAssessment`]: how much confidence a review finding deserves, by GRADE-CERQual.
//!
//! GRADE-CERQual (Lewin et al., 2018, Implementation Science 13(Suppl 1)) rates a finding of
//! a qualitative evidence synthesis on four components — methodological limitations,
//! coherence, adequacy of data, relevance — each as no or very minor, minor, moderate or
//! serious concerns with an explanation, and concludes with an overall confidence: high,
//! moderate, low or very low. A link of a mechanism model is such a finding.

vocabulary! {
    /// How serious the concerns about one GRADE-CERQual component are.
    ///
    /// ```
    /// use isp_moc::model::Concern;
    /// assert_eq!("minor concerns".parse::<Concern>()?, Concern::Minor);
    /// assert!(Concern::NoOrVeryMinor < Concern::Serious);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Concern ("CERQual concern") {
        NoOrVeryMinor = "no_or_very_minor" {
            "No or very minor concerns",
            "Unlikely to reduce confidence in the finding.",
            aliases: ["none", "no concerns", "very minor", "very minor concerns"],
        },
        Minor = "minor" {
            "Minor concerns",
            "May reduce confidence in the finding.",
            aliases: ["minor concerns"],
        },
        Moderate = "moderate" {
            "Moderate concerns",
            "Will probably reduce confidence in the finding.",
            aliases: ["moderate concerns"],
        },
        Serious = "serious" {
            "Serious concerns",
            "Very likely to reduce confidence in the finding.",
            aliases: ["serious concerns"],
        },
    }
}

vocabulary! {
    /// The overall GRADE-CERQual confidence in a finding: how likely it is a reasonable
    /// representation of the phenomenon of interest. Ordered from high to very low, so
    /// `confidence <= Confidence::Moderate` reads "at least moderate".
    ///
    /// ```
    /// use isp_moc::model::Confidence;
    /// assert!(Confidence::High < Confidence::Low);
    /// assert!(Confidence::High.is_at_least(Confidence::Moderate));
    /// assert!(!Confidence::VeryLow.is_at_least(Confidence::Low));
    /// ```
    pub enum Confidence ("CERQual confidence") {
        High = "high" {
            "High confidence",
            "It is highly likely that the finding is a reasonable representation of the phenomenon.",
            aliases: ["high confidence"],
        },
        Moderate = "moderate" {
            "Moderate confidence",
            "It is likely that the finding is a reasonable representation of the phenomenon.",
            aliases: ["moderate confidence"],
        },
        Low = "low" {
            "Low confidence",
            "It is possible that the finding is a reasonable representation of the phenomenon.",
            aliases: ["low confidence"],
        },
        VeryLow = "very_low" {
            "Very low confidence",
            "It is not clear whether the finding is a reasonable representation of the phenomenon.",
            aliases: ["very low confidence"],
        },
    }
}

impl Confidence {
    /// True when this confidence is `minimum` or higher.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Confidence;
    /// assert!(Confidence::Moderate.is_at_least(Confidence::Moderate));
    /// assert!(!Confidence::Low.is_at_least(Confidence::Moderate));
    /// ```
    pub fn is_at_least(self, minimum: Confidence) -> bool {
        self <= minimum
    }
}

/// The judgement on one GRADE-CERQual component: the level of concern and why.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Concern, Judgement};
/// let j = Judgement::new(Concern::Minor, "two of nine studies lacked reflexivity");
/// assert_eq!(j.concern, Concern::Minor);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Judgement {
    /// The level of concern.
    pub concern: Concern,
    /// Why, in a sentence or two.
    pub explanation: String,
}

impl Judgement {
    /// A judgement of `concern`, explained.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Concern, Judgement};
    /// assert_eq!(Judgement::new(Concern::Serious, "one thin study").explanation, "one thin study");
    /// ```
    pub fn new(concern: Concern, explanation: &str) -> Self {
        Judgement {
            concern,
            explanation: explanation.to_owned(),
        }
    }
}

/// A GRADE-CERQual assessment of a finding (here: a link): the four components, each with
/// its concern and explanation, and the overall confidence with its explanation.
///
/// The overall confidence is the reviewers' judgement, not a formula over the components
/// (GRADE-CERQual asks for a judgement); [`CerqualAssessment::problems`] only flags what
/// the approach rules out: an unexplained judgement, or high confidence despite a serious
/// concern.
///
/// # Example
///
/// ```
/// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
/// let a = CerqualAssessment::new(
///     Judgement::new(Concern::NoOrVeryMinor, "well-conducted qualitative studies"),
///     Judgement::new(Concern::NoOrVeryMinor, "consistent across settings"),
///     Judgement::new(Concern::Minor, "five studies, moderately rich data"),
///     Judgement::new(Concern::Minor, "mostly US health settings"),
///     Confidence::Moderate,
///     "minor concerns about adequacy and relevance",
/// );
/// assert!(a.problems().is_empty());
/// assert_eq!(a.worst_concern(), Concern::Minor);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CerqualAssessment {
    /// Concerns about the design or conduct of the studies behind the finding.
    pub methodological_limitations: Judgement,
    /// How clear and cogent the fit is between the data and the finding.
    pub coherence: Judgement,
    /// The richness and quantity of the data behind the finding.
    pub adequacy: Judgement,
    /// How applicable the data are to the context the question names.
    pub relevance: Judgement,
    /// The overall confidence.
    pub confidence: Confidence,
    /// Why that confidence: the explanation a Summary of Qualitative Findings table gives.
    pub explanation: String,
}

impl CerqualAssessment {
    /// An assessment: the four components in GRADE-CERQual's order, then the overall
    /// confidence and its explanation.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
    /// let j = |c| Judgement::new(c, "see the evidence profile");
    /// let a = CerqualAssessment::new(j(Concern::Minor), j(Concern::Minor), j(Concern::Serious),
    ///     j(Concern::Minor), Confidence::Low, "one thin study");
    /// assert_eq!(a.confidence, Confidence::Low);
    /// ```
    pub fn new(
        methodological_limitations: Judgement,
        coherence: Judgement,
        adequacy: Judgement,
        relevance: Judgement,
        confidence: Confidence,
        explanation: &str,
    ) -> Self {
        CerqualAssessment {
            methodological_limitations,
            coherence,
            adequacy,
            relevance,
            confidence,
            explanation: explanation.to_owned(),
        }
    }

    /// The four components in GRADE-CERQual's order, with their names.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
    /// let j = || Judgement::new(Concern::Minor, "-");
    /// let a = CerqualAssessment::new(j(), j(), j(), j(), Confidence::Moderate, "-");
    /// let names: Vec<&str> = a.components().iter().map(|(name, _)| *name).collect();
    /// assert_eq!(names, ["methodological limitations", "coherence", "adequacy", "relevance"]);
    /// ```
    pub fn components(&self) -> [(&'static str, &Judgement); 4] {
        [
            (
                "methodological limitations",
                &self.methodological_limitations,
            ),
            ("coherence", &self.coherence),
            ("adequacy", &self.adequacy),
            ("relevance", &self.relevance),
        ]
    }

    /// The most serious concern among the four components.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
    /// let j = |c| Judgement::new(c, "-");
    /// let a = CerqualAssessment::new(j(Concern::Minor), j(Concern::Serious), j(Concern::Minor),
    ///     j(Concern::NoOrVeryMinor), Confidence::Low, "studies disagree");
    /// assert_eq!(a.worst_concern(), Concern::Serious);
    /// ```
    pub fn worst_concern(&self) -> Concern {
        self.components()
            .iter()
            .map(|(_, j)| j.concern)
            .max()
            .unwrap_or(Concern::NoOrVeryMinor)
    }

    /// What GRADE-CERQual rules out, in words: an empty explanation (overall or of a
    /// component), or high confidence despite a serious concern.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
    /// let j = |c| Judgement::new(c, "-");
    /// let a = CerqualAssessment::new(j(Concern::Minor), j(Concern::Minor), j(Concern::Serious),
    ///     j(Concern::Minor), Confidence::High, "");
    /// assert_eq!(a.problems().len(), 2);
    /// ```
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.explanation.trim().is_empty() {
            problems.push("a CERQual assessment explains its overall confidence".to_owned());
        }
        for (name, judgement) in self.components() {
            if judgement.explanation.trim().is_empty() {
                problems.push(format!("the CERQual {name} judgement needs an explanation"));
            }
        }
        if self.confidence == Confidence::High && self.worst_concern() == Concern::Serious {
            problems.push(
                "high confidence despite serious concerns: a serious concern about a component lowers the confidence".to_owned(),
            );
        }
        problems
    }
}

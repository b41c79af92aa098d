//! [`Activation`]: how likely a mechanism is to fire in a site's context.

vocabulary! {
    /// Where a mechanism stands on Dalkin et al.'s (2015) continuum of activation, given a
    /// site's context: not an on/off switch but an ordered scale, worst first.
    ///
    /// | standing | means |
    /// |---|---|
    /// | `blocked` | a precondition of the mechanism fails at this site |
    /// | `at_risk` | context the site rates negatively weakens it |
    /// | `mixed` | context pulls both ways |
    /// | `unknown` | context bearing on it is not rated (a missing rating is never neutral) |
    /// | `neutral` | the context bearing on it is rated neutral, or the model places none |
    /// | `supported` | the context bearing on it is rated positively |
    ///
    /// The order is the declaration order (`Blocked < AtRisk < ... < Supported`), so
    /// `min` gives the weaker of two standings; a pathway is no better than its weakest
    /// mechanism. `Mixed` ranks below `Unknown`: known negative influence is worse news
    /// than a gap in the data, and so raising a rating never lowers a standing.
    ///
    /// ```
    /// use isp_moc::assess::Activation;
    ///
    /// assert!(Activation::Blocked < Activation::AtRisk);
    /// assert!(Activation::Unknown < Activation::Neutral);
    /// assert_eq!(Activation::AtRisk.min(Activation::Supported), Activation::AtRisk);
    /// assert_eq!("at risk".parse::<Activation>()?, Activation::AtRisk);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Activation ("activation standing") {
        Blocked = "blocked" {
            "Blocked",
            "A precondition of the mechanism fails in this context.",
        },
        AtRisk = "at_risk" {
            "At risk",
            "Context rated as a negative influence weakens the mechanism.",
            aliases: ["risk", "weakened"],
        },
        Mixed = "mixed" {
            "Mixed",
            "Context bearing on the mechanism pulls both ways.",
        },
        Unknown = "unknown" {
            "Unknown",
            "Context bearing on the mechanism is not rated, so its standing cannot be judged.",
            aliases: ["unrated", "missing"],
        },
        Neutral = "neutral" {
            "Neutral",
            "The context bearing on the mechanism is rated neutral, or the model places none on it.",
        },
        Supported = "supported" {
            "Supported",
            "Context rated as a positive influence supports the mechanism.",
            aliases: ["positive"],
        },
    }
}

use crate::export::Color;

impl Activation {
    /// A fill colour for drawings: red for blocked through green for supported, grey for
    /// unknown.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::assess::Activation::Blocked.colour().to_string(), "#e06666");
    /// ```
    pub const fn colour(self) -> Color {
        match self {
            Activation::Blocked => Color::rgb(0xe0, 0x66, 0x66),
            Activation::AtRisk => Color::rgb(0xf6, 0xb2, 0x6b),
            Activation::Mixed => Color::rgb(0xff, 0xe5, 0x99),
            Activation::Unknown => Color::rgb(0xd9, 0xd9, 0xd9),
            Activation::Neutral => Color::rgb(0xff, 0xff, 0xff),
            Activation::Supported => Color::rgb(0x93, 0xc4, 0x7d),
        }
    }

    /// True for `blocked` and `at_risk`: the standings a plan should address.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::Activation;
    /// assert!(Activation::AtRisk.is_threatened() && !Activation::Mixed.is_threatened());
    /// ```
    pub const fn is_threatened(self) -> bool {
        matches!(self, Activation::Blocked | Activation::AtRisk)
    }
}

//! [`Strength`]: how well evidenced a pathway is.

use std::fmt;

/// How well evidenced a pathway is: the **weakest link**, the smallest
/// [`support`](crate::model::Link::support) of any link on it.
///
/// A chain of inferences is only as well evidenced as its least evidenced step: summing
/// would reward long pathways, a product needs probabilities the review does not report.
/// One unsupported link (support 0) makes the whole pathway's strength 0
/// ([`is_unsupported`](Self::is_unsupported)).
///
/// A type rather than a bare number so that numeric link weights can join support counts
/// without changing every signature. Ordered by support: a stronger pathway compares
/// greater.
///
/// `Display` prints `support 3` (or `unsupported`).
///
/// # Example
///
/// ```
/// use isp_moc::query::{PathQuery, Strength};
/// let g = isp_moc::catalog::figure2();
/// let p = g.strongest_pathway(&PathQuery::new(["trust"], ["self_efficacy"]))?.unwrap();
/// assert_eq!(p.strength(), Strength::from_support(3));
/// assert_eq!(p.strength().support(), 3);
/// assert_eq!(p.strength().to_string(), "support 3");
/// assert!(Strength::from_support(3) > Strength::from_support(1));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Strength {
    support: u32,
}

impl Strength {
    /// The strength of a pathway with an unsupported link.
    pub const UNSUPPORTED: Strength = Strength { support: 0 };

    /// A strength of `support` (the weakest link's support count).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::query::Strength::from_support(0).is_unsupported());
    /// ```
    pub const fn from_support(support: u32) -> Self {
        Strength { support }
    }

    /// The weakest link of these supports (a pathway without links is unsupported).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::query::Strength;
    /// assert_eq!(Strength::weakest(&[12, 3, 8]).support(), 3);
    /// assert_eq!(Strength::weakest(&[]), Strength::UNSUPPORTED);
    /// ```
    pub fn weakest(supports: &[u32]) -> Self {
        Strength {
            support: supports.iter().copied().min().unwrap_or(0),
        }
    }

    /// The weakest link's support count.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::query::Strength::from_support(4).support(), 4);
    /// ```
    pub const fn support(self) -> u32 {
        self.support
    }

    /// True when some link on the pathway has no support at all.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::query::Strength::UNSUPPORTED.is_unsupported());
    /// ```
    pub const fn is_unsupported(self) -> bool {
        self.support == 0
    }
}

impl fmt::Display for Strength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_unsupported() {
            f.write_str("unsupported")
        } else {
            write!(f, "support {}", self.support)
        }
    }
}

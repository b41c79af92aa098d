//! CFIR construct ratings, as qualitative case comparisons publish them.
//!
//! The scale comes from Damschroder & Lowery (2013, Implementation Science 8:51, Table 2):
//! five levels from −2 (a strong negative influence on implementation) to +2 (a strong
//! positive one). Published studies extend it, and this module reads those extensions:
//!
//! | Notation | Meaning | Type |
//! |---|---|---|
//! | `-2` `-1` `0` `+1` `+2` (also `2`, `−1` with a Unicode minus) | the 2013 scale | [`CfirRating::Score`] |
//! | `-1*` | a score carrying the project's `*` marker | [`CfirRating::Score`] with `starred` |
//! | `0 (mixed)`, `0 (mix)` | neutral because positives and negatives balance | [`CfirRating::NeutralMixed`] |
//! | `X` | mixed influence, kept apart from 0 | [`CfirRating::Mixed`] |
//! | `M`, `Missing` | the construct is absent from the data | [`CfirRating::Missing`] |
//! | `I`, `E` | internal / external, a categorical code for (Intervention) Source | [`CfirRating::Category`] |
//!
//! What the `*` marker means differs between studies (in one, "mixed but leaning slightly
//! positive or negative"), so a rating only records that the marker is there; a
//! per-project [`RatingLegend`] says what it means, and which constructs the project rates
//! in reverse (Complexity sometimes is). Whether a construct distinguishes cases (written
//! `*` / `**` in a separate column of published tables) is a property of the construct
//! across cases, not of one rating: see [`Distinguishing`].
//!
//! **Unverified:** the CFIR User Guide (2025) rating guidelines were not read, so whether
//! the current guidance keeps the ±2 scale is unknown; this module encodes the 2013 scale
//! and the published field extensions above.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use super::Term;
use crate::{Error, ErrorKind, Result};

vocabulary! {
    /// How strongly a construct distinguishes high- from low-implementation cases in a
    /// cross-case comparison; published tables write weak and strong as `*` and `**`.
    ///
    /// ```
    /// use isp_moc::vocab::Distinguishing;
    ///
    /// assert_eq!("**".parse::<Distinguishing>()?, Distinguishing::Strong);
    /// assert_eq!("weak".parse::<Distinguishing>()?, Distinguishing::Weak);
    /// assert_eq!(Distinguishing::Strong.marker(), "**");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Distinguishing ("CFIR distinguishing level") {
        None = "none" {
            "Not distinguishing",
            "The construct's ratings do not set high- and low-implementation cases apart.",
            aliases: ["no", "not"],
        },
        Weak = "weak" {
            "Weakly distinguishing",
            "The construct's ratings set the cases apart, but only weakly.",
            aliases: ["*", "weakly"],
        },
        Strong = "strong" {
            "Strongly distinguishing",
            "The construct's ratings clearly set high- and low-implementation cases apart.",
            aliases: ["**", "strongly"],
        },
    }
}

impl Distinguishing {
    /// The marker published tables use: `""`, `"*"` or `"**"`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::Distinguishing::Weak.marker(), "*");
    /// ```
    pub const fn marker(self) -> &'static str {
        match self {
            Distinguishing::None => "",
            Distinguishing::Weak => "*",
            Distinguishing::Strong => "**",
        }
    }
}

vocabulary! {
    /// Categorical codes some projects record instead of a valence score, such as internal
    /// / external for (Intervention) Source in the CFIR codebook template.
    ///
    /// ```
    /// use isp_moc::vocab::RatingCategory;
    ///
    /// assert_eq!("E".parse::<RatingCategory>()?, RatingCategory::External);
    /// assert_eq!(RatingCategory::Internal.code(), "I");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum RatingCategory ("CFIR rating category") {
        Internal = "internal" {
            "Internal",
            "The innovation is seen as developed inside the organization.",
            aliases: ["I"],
        },
        External = "external" {
            "External",
            "The innovation is seen as developed outside the organization.",
            aliases: ["E"],
        },
    }
}

impl RatingCategory {
    /// The one-letter code published tables use (`I`, `E`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::RatingCategory::External.code(), "E");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            RatingCategory::Internal => "I",
            RatingCategory::External => "E",
        }
    }
}

/// A score on the Damschroder & Lowery (2013) scale, −2 to +2.
///
/// The closed five-level scale, so the enum is exhaustive. `Display` writes `-2`, `-1`,
/// `0`, `+1`, `+2`; serde uses the integer.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::RatingScore;
///
/// assert_eq!(RatingScore::MinusOne.value(), -1);
/// assert_eq!(RatingScore::try_from(2)?, RatingScore::PlusTwo);
/// assert!(RatingScore::try_from(3).is_err());
/// assert_eq!(RatingScore::PlusOne.to_string(), "+1");
/// assert_eq!(RatingScore::PlusTwo.negated(), RatingScore::MinusTwo);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RatingScore {
    /// −2: a strong negative influence, with concrete examples from several interviewees.
    MinusTwo,
    /// −1: a negative influence stated in general terms, mixed but net negative, inferred,
    /// or weakly negative because the construct is absent.
    MinusOne,
    /// 0: neutral; descriptive only, contradictory, or balanced.
    Zero,
    /// +1: the positive mirror of −1.
    PlusOne,
    /// +2: the positive mirror of −2.
    PlusTwo,
}

impl RatingScore {
    /// The five scores, from −2 to +2.
    pub const ALL: [RatingScore; 5] = [
        RatingScore::MinusTwo,
        RatingScore::MinusOne,
        RatingScore::Zero,
        RatingScore::PlusOne,
        RatingScore::PlusTwo,
    ];

    /// The score as an integer, −2 to 2.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::RatingScore::PlusTwo.value(), 2);
    /// ```
    pub const fn value(self) -> i8 {
        match self {
            RatingScore::MinusTwo => -2,
            RatingScore::MinusOne => -1,
            RatingScore::Zero => 0,
            RatingScore::PlusOne => 1,
            RatingScore::PlusTwo => 2,
        }
    }

    /// The score for an integer, or `None` outside −2..=2.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::RatingScore;
    /// assert_eq!(RatingScore::from_value(-2), Some(RatingScore::MinusTwo));
    /// assert_eq!(RatingScore::from_value(5), None);
    /// ```
    pub const fn from_value(value: i8) -> Option<RatingScore> {
        match value {
            -2 => Some(RatingScore::MinusTwo),
            -1 => Some(RatingScore::MinusOne),
            0 => Some(RatingScore::Zero),
            1 => Some(RatingScore::PlusOne),
            2 => Some(RatingScore::PlusTwo),
            _ => None,
        }
    }

    /// The score with its sign flipped (0 stays 0).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::RatingScore;
    /// assert_eq!(RatingScore::MinusOne.negated(), RatingScore::PlusOne);
    /// ```
    pub const fn negated(self) -> RatingScore {
        match self {
            RatingScore::MinusTwo => RatingScore::PlusTwo,
            RatingScore::MinusOne => RatingScore::PlusOne,
            RatingScore::Zero => RatingScore::Zero,
            RatingScore::PlusOne => RatingScore::MinusOne,
            RatingScore::PlusTwo => RatingScore::MinusTwo,
        }
    }

    const fn notation(self) -> &'static str {
        match self {
            RatingScore::MinusTwo => "-2",
            RatingScore::MinusOne => "-1",
            RatingScore::Zero => "0",
            RatingScore::PlusOne => "+1",
            RatingScore::PlusTwo => "+2",
        }
    }

    const fn starred_notation(self) -> &'static str {
        match self {
            RatingScore::MinusTwo => "-2*",
            RatingScore::MinusOne => "-1*",
            RatingScore::Zero => "0*",
            RatingScore::PlusOne => "+1*",
            RatingScore::PlusTwo => "+2*",
        }
    }
}

impl TryFrom<i8> for RatingScore {
    type Error = Error;
    fn try_from(value: i8) -> Result<Self> {
        RatingScore::from_value(value).ok_or_else(|| invalid(&value.to_string(), OUT_OF_SCALE))
    }
}

impl From<RatingScore> for i8 {
    fn from(score: RatingScore) -> i8 {
        score.value()
    }
}

impl fmt::Display for RatingScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.notation())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for RatingScore {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_i8(self.value())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RatingScore {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = i64::deserialize(deserializer)?;
        i8::try_from(value)
            .ok()
            .and_then(RatingScore::from_value)
            .ok_or_else(|| serde::de::Error::custom(invalid(&value.to_string(), OUT_OF_SCALE)))
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RatingScore {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RatingScore".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "CFIR construct rating score (Damschroder & Lowery 2013 scale)",
            "type": "integer",
            "minimum": -2,
            "maximum": 2,
        })
    }
}

/// One CFIR construct rating, in any of the notations published tables use.
///
/// Parsing (`str::parse`) is tolerant: `+2` or `2`, `−1*` with a Unicode minus or `-1*`
/// with a hyphen, `0 (mixed)` or `0 (mix)`, `M` or `Missing`, any letter case and
/// spacing. `Display` and serde write one canonical notation ([`notation`](Self::notation)):
/// `-2`, `-1`, `0`, `+1`, `+2` (each optionally followed by `*`), `0 (mixed)`, `X`, `M`,
/// `I`, `E`. Deserialization is strict: only the canonical notation is accepted, and the
/// error names it.
///
/// `#[non_exhaustive]` because projects keep inventing notations.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{CfirRating, RatingScore};
///
/// let r: CfirRating = "−1*".parse()?;
/// assert_eq!(r, CfirRating::Score { score: RatingScore::MinusOne, starred: true });
/// assert_eq!(r.score(), Some(-1));
/// assert!(r.is_negative() && r.is_starred());
/// assert_eq!(r.to_string(), "-1*");
///
/// let m: CfirRating = "0 (mix)".parse()?;
/// assert_eq!(m, CfirRating::NeutralMixed);
/// assert!(m.is_neutral() && m.is_mixed());
/// assert_eq!(m.to_string(), "0 (mixed)");
///
/// assert_eq!("Missing".parse::<CfirRating>()?, CfirRating::Missing);
/// assert_eq!("X".parse::<CfirRating>()?.score(), None);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CfirRating {
    /// A score on the −2…+2 scale; `starred` when the project's `*` marker follows it
    /// (see [`RatingLegend::star`] for what the marker means in a project).
    Score {
        /// The score.
        score: RatingScore,
        /// Whether the `*` marker follows the score.
        starred: bool,
    },
    /// `0 (mixed)`: neutral because positive and negative influences balance out.
    NeutralMixed,
    /// `X`: a mixed influence, kept apart from 0.
    Mixed,
    /// `M`: the construct does not appear in the data.
    Missing,
    /// A categorical code instead of a score (`I` / `E` for Source).
    Category(RatingCategory),
}

const OUT_OF_SCALE: &str = "scores run from -2 to +2";
const EXPECTED: &str = "expected -2, -1, 0, +1 or +2 (optionally followed by `*`), \
                        X, 0 (mixed), M, I or E";

fn invalid(text: &str, reason: &str) -> Error {
    Error::new(ErrorKind::InvalidRating {
        text: text.to_owned(),
        reason: reason.to_owned(),
    })
}

impl CfirRating {
    /// Every rating this crate knows, in canonical notation order: the five scores, the
    /// five starred scores, `0 (mixed)`, `X`, `M`, then the categories.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// let all: Vec<String> = CfirRating::ALL.iter().map(|r| r.to_string()).collect();
    /// assert_eq!(all[..5], ["-2", "-1", "0", "+1", "+2"]);
    /// assert_eq!(all.len(), 15);
    /// ```
    pub const ALL: &'static [CfirRating] = {
        use RatingScore::*;
        const fn s(score: RatingScore, starred: bool) -> CfirRating {
            CfirRating::Score { score, starred }
        }
        &[
            s(MinusTwo, false),
            s(MinusOne, false),
            s(Zero, false),
            s(PlusOne, false),
            s(PlusTwo, false),
            s(MinusTwo, true),
            s(MinusOne, true),
            s(Zero, true),
            s(PlusOne, true),
            s(PlusTwo, true),
            CfirRating::NeutralMixed,
            CfirRating::Mixed,
            CfirRating::Missing,
            CfirRating::Category(RatingCategory::Internal),
            CfirRating::Category(RatingCategory::External),
        ]
    };

    /// A plain (unstarred) score.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirRating, RatingScore};
    /// assert_eq!(CfirRating::from_score(RatingScore::PlusTwo).to_string(), "+2");
    /// ```
    pub const fn from_score(score: RatingScore) -> CfirRating {
        CfirRating::Score {
            score,
            starred: false,
        }
    }

    /// A score followed by the project's `*` marker.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirRating, RatingScore};
    /// assert_eq!(CfirRating::starred(RatingScore::MinusOne).to_string(), "-1*");
    /// ```
    pub const fn starred(score: RatingScore) -> CfirRating {
        CfirRating::Score {
            score,
            starred: true,
        }
    }

    /// The canonical notation, as `Display` and serde write it.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert_eq!("missing".parse::<CfirRating>()?.notation(), "M");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn notation(self) -> &'static str {
        match self {
            CfirRating::Score {
                score,
                starred: false,
            } => score.notation(),
            CfirRating::Score {
                score,
                starred: true,
            } => score.starred_notation(),
            CfirRating::NeutralMixed => "0 (mixed)",
            CfirRating::Mixed => "X",
            CfirRating::Missing => "M",
            CfirRating::Category(c) => c.code(),
        }
    }

    /// Strict parse: only the canonical [`notation`](Self::notation), as deserialization
    /// does.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidRating`](crate::ErrorKind::InvalidRating) naming the text and, when it is a valid rating in another
    /// notation, the canonical one.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!(CfirRating::from_notation("+2").is_ok());
    /// let err = CfirRating::from_notation("2").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid CFIR rating `2`: write it as `+2`, the canonical notation");
    /// ```
    pub fn from_notation(text: &str) -> Result<CfirRating> {
        if let Some(&r) = Self::ALL.iter().find(|r| r.notation() == text) {
            return Ok(r);
        }
        match text.parse::<CfirRating>() {
            Ok(r) => Err(invalid(
                text,
                &format!("write it as `{}`, the canonical notation", r.notation()),
            )),
            Err(e) => Err(e),
        }
    }

    /// The score as an integer: the score of [`Score`](Self::Score), 0 for
    /// [`NeutralMixed`](Self::NeutralMixed), `None` for `X`, `M` and categories.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert_eq!("+2".parse::<CfirRating>()?.score(), Some(2));
    /// assert_eq!("0 (mixed)".parse::<CfirRating>()?.score(), Some(0));
    /// assert_eq!("M".parse::<CfirRating>()?.score(), None);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn score(self) -> Option<i8> {
        match self.rating_score() {
            Some(s) => Some(s.value()),
            None => None,
        }
    }

    /// The typed score, as [`score`](Self::score) but as a [`RatingScore`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirRating, RatingScore};
    /// assert_eq!("-2".parse::<CfirRating>()?.rating_score(), Some(RatingScore::MinusTwo));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn rating_score(self) -> Option<RatingScore> {
        match self {
            CfirRating::Score { score, .. } => Some(score),
            CfirRating::NeutralMixed => Some(RatingScore::Zero),
            CfirRating::Mixed | CfirRating::Missing | CfirRating::Category(_) => None,
        }
    }

    /// True for +1 and +2 (starred or not).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!("+1*".parse::<CfirRating>()?.is_positive());
    /// assert!(!"X".parse::<CfirRating>()?.is_positive());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn is_positive(self) -> bool {
        matches!(self.score(), Some(s) if s > 0)
    }

    /// True for −1 and −2 (starred or not).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!("−2".parse::<CfirRating>()?.is_negative());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn is_negative(self) -> bool {
        matches!(self.score(), Some(s) if s < 0)
    }

    /// True for 0 and `0 (mixed)`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!("0".parse::<CfirRating>()?.is_neutral());
    /// assert!(!"X".parse::<CfirRating>()?.is_neutral());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn is_neutral(self) -> bool {
        matches!(self.score(), Some(0))
    }

    /// True for a mixed influence: `X` or `0 (mixed)`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!("X".parse::<CfirRating>()?.is_mixed());
    /// assert!("0 (mix)".parse::<CfirRating>()?.is_mixed());
    /// assert!(!"0".parse::<CfirRating>()?.is_mixed());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn is_mixed(self) -> bool {
        matches!(self, CfirRating::Mixed | CfirRating::NeutralMixed)
    }

    /// True for `M` (the construct is absent from the data).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!("Missing".parse::<CfirRating>()?.is_missing());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn is_missing(self) -> bool {
        matches!(self, CfirRating::Missing)
    }

    /// True when the project's `*` marker follows the score.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert!("+1*".parse::<CfirRating>()?.is_starred());
    /// assert!(!"+1".parse::<CfirRating>()?.is_starred());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn is_starred(self) -> bool {
        matches!(self, CfirRating::Score { starred: true, .. })
    }

    /// The categorical code, for `I` / `E` ratings.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirRating, RatingCategory};
    /// assert_eq!("I".parse::<CfirRating>()?.category(), Some(RatingCategory::Internal));
    /// assert_eq!("+1".parse::<CfirRating>()?.category(), None);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn category(self) -> Option<RatingCategory> {
        match self {
            CfirRating::Category(c) => Some(c),
            _ => None,
        }
    }

    /// The rating with the score's sign flipped (the marker is kept); every other rating
    /// is returned unchanged. Used to read a reverse-rated construct (see
    /// [`RatingLegend::normalized`]).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirRating;
    /// assert_eq!("-2*".parse::<CfirRating>()?.reversed().to_string(), "+2*");
    /// assert_eq!("X".parse::<CfirRating>()?.reversed().to_string(), "X");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub const fn reversed(self) -> CfirRating {
        match self {
            CfirRating::Score { score, starred } => CfirRating::Score {
                score: score.negated(),
                starred,
            },
            other => other,
        }
    }
}

impl From<RatingScore> for CfirRating {
    fn from(score: RatingScore) -> Self {
        CfirRating::from_score(score)
    }
}

impl From<RatingCategory> for CfirRating {
    fn from(category: RatingCategory) -> Self {
        CfirRating::Category(category)
    }
}

impl TryFrom<i8> for CfirRating {
    type Error = Error;
    fn try_from(value: i8) -> Result<Self> {
        RatingScore::try_from(value).map(CfirRating::from_score)
    }
}

impl fmt::Display for CfirRating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.notation())
    }
}

impl FromStr for CfirRating {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        // Minus look-alikes (Unicode minus, en and figure dashes) read as a hyphen; case
        // and spacing do not matter.
        let key: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '\u{2212}' | '\u{2012}' | '\u{2013}' | '\u{FE63}' | '\u{FF0D}' => '-',
                '\u{FF0B}' => '+',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        match key.as_str() {
            "" => return Err(invalid(text, EXPECTED)),
            "x" | "mixed" | "mix" => return Ok(CfirRating::Mixed),
            "m" | "missing" => return Ok(CfirRating::Missing),
            "0(mixed)" | "0(mix)" => return Ok(CfirRating::NeutralMixed),
            _ => {}
        }
        // Categories match whole (so `E*` is not read as `E`).
        if let Some(&c) = RatingCategory::ALL.iter().find(|c| {
            key == c.code().to_lowercase() || key == c.label().to_lowercase() || key == c.as_str()
        }) {
            return Ok(CfirRating::Category(c));
        }
        let (body, starred) = match key.strip_suffix('*') {
            Some(body) if body.ends_with('*') => {
                return Err(invalid(
                    text,
                    "`**` marks a strongly distinguishing construct, not a rating \
                     (see `Distinguishing`)",
                ))
            }
            Some(body) => (body, true),
            None => (key.as_str(), false),
        };
        let (negative, digits) = match body.as_bytes().first() {
            Some(b'-') => (true, &body[1..]),
            Some(b'+') => (false, &body[1..]),
            _ => (false, body),
        };
        // A whole number written as a decimal (`-2.0`: pandas writes a column of scores so
        // when a cell is empty) is that number; any other fraction is no score.
        let fraction = |(whole, fraction): (&str, &str)| {
            !whole.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())
        };
        let digits = match crate::number_text::whole_part(digits) {
            Some(whole) => whole,
            None if digits.split_once('.').is_some_and(fraction) => {
                return Err(invalid(text, "scores are whole numbers, from -2 to +2"))
            }
            None => digits,
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            let reason = if starred && !digits.is_empty() {
                "`*` follows a numeric score only"
            } else {
                EXPECTED
            };
            return Err(invalid(text, reason));
        }
        // At most two digits fit the scale after leading zeros are dropped; longer input is
        // out of scale without parsing it into an integer that could overflow.
        let trimmed = digits.trim_start_matches('0');
        let magnitude: i8 = match trimmed.len() {
            0 => 0,
            1 => trimmed.bytes().next().map_or(0, |b| (b - b'0') as i8),
            _ => return Err(invalid(text, OUT_OF_SCALE)),
        };
        let value = if negative { -magnitude } else { magnitude };
        let score = RatingScore::from_value(value).ok_or_else(|| invalid(text, OUT_OF_SCALE))?;
        Ok(CfirRating::Score { score, starred })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CfirRating {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.notation())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CfirRating {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        CfirRating::from_notation(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for CfirRating {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CfirRating".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let notations: Vec<&str> = CfirRating::ALL.iter().map(|r| r.notation()).collect();
        schemars::json_schema!({
            "description": "CFIR construct rating in canonical notation: -2..+2 (optionally \
                            followed by `*`, whose meaning the project's legend gives), \
                            `0 (mixed)`, `X` (mixed), `M` (missing), `I`/`E` (internal/external)",
            "type": "string",
            "enum": notations,
        })
    }
}

/// A project's key to its rating table: what the `*` marker means and which constructs it
/// rates in reverse.
///
/// The `*` after a score means different things in different studies (one uses it for
/// "mixed, but leaning slightly positive or negative"), so the meaning is stored once per
/// project rather than in each rating. Reverse-rated constructs (Complexity, in some
/// studies) are written with the opposite sign to the usual convention (positive = helps
/// implementation); [`normalized`](Self::normalized) turns such a rating back. Constructs
/// are recorded by id, which works across CFIR editions because their ids never collide.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{CfirConstruct, CfirRating, RatingLegend};
///
/// let legend = RatingLegend::new()
///     .with_star("mixed, but leaning slightly positive or negative")
///     .with_reverse_rated(CfirConstruct::Complexity);
/// let r: CfirRating = "+1*".parse()?;
/// assert_eq!(legend.star_meaning(r), Some("mixed, but leaning slightly positive or negative"));
/// assert_eq!(legend.normalized(CfirConstruct::Complexity, r).to_string(), "-1*");
/// assert_eq!(legend.normalized(CfirConstruct::Cost, r).to_string(), "+1*");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RatingLegend {
    /// What a `*` after a score means in this project; `None` when the project does not
    /// use or define it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub star: Option<String>,
    /// Ids of the constructs this project rates in reverse, sorted.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "BTreeSet::is_empty")
    )]
    pub reverse_rated: BTreeSet<String>,
}

impl RatingLegend {
    /// An empty legend: no `*` meaning, nothing reverse rated.
    ///
    /// # Example
    ///
    /// ```
    /// let legend = isp_moc::vocab::RatingLegend::new();
    /// assert_eq!(legend.star, None);
    /// ```
    pub fn new() -> Self {
        RatingLegend::default()
    }

    /// Sets what the `*` marker means in this project.
    ///
    /// # Example
    ///
    /// ```
    /// let legend = isp_moc::vocab::RatingLegend::new().with_star("weakly distinguishing");
    /// assert_eq!(legend.star.as_deref(), Some("weakly distinguishing"));
    /// ```
    pub fn with_star(mut self, meaning: &str) -> Self {
        self.star = Some(meaning.to_owned());
        self
    }

    /// Records that this project rates `construct` in reverse.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, RatingLegend};
    /// let legend = RatingLegend::new().with_reverse_rated(Cfir2022Construct::InnovationComplexity);
    /// assert!(legend.is_reverse_rated(Cfir2022Construct::InnovationComplexity));
    /// ```
    pub fn with_reverse_rated<T: Term>(mut self, construct: T) -> Self {
        self.reverse_rated.insert(construct.as_str().to_owned());
        self
    }

    /// Whether this project rates `construct` in reverse.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, RatingLegend};
    /// assert!(!RatingLegend::new().is_reverse_rated(CfirConstruct::Complexity));
    /// ```
    pub fn is_reverse_rated<T: Term>(&self, construct: T) -> bool {
        self.reverse_rated.contains(construct.as_str())
    }

    /// The rating of `construct` in the usual sign convention: reversed when this project
    /// rates the construct in reverse, unchanged otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirRating, RatingLegend};
    /// let legend = RatingLegend::new().with_reverse_rated(CfirConstruct::Complexity);
    /// let r: CfirRating = "+2".parse()?;
    /// assert_eq!(legend.normalized(CfirConstruct::Complexity, r).score(), Some(-2));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn normalized<T: Term>(&self, construct: T, rating: CfirRating) -> CfirRating {
        if self.is_reverse_rated(construct) {
            rating.reversed()
        } else {
            rating
        }
    }

    /// What the `*` on `rating` means in this project: the legend's meaning when the
    /// rating is starred, `None` otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirRating, RatingLegend};
    /// let legend = RatingLegend::new().with_star("leaning");
    /// assert_eq!(legend.star_meaning("+1".parse::<CfirRating>()?), None);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn star_meaning(&self, rating: CfirRating) -> Option<&str> {
        if rating.is_starred() {
            self.star.as_deref()
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_or_odd_numbers_do_not_overflow() {
        for text in [
            "99999999999999999999",
            "-0000002",
            "+",
            "-",
            "*",
            "-*",
            "1**",
            "٣",
        ] {
            let _ = text.parse::<CfirRating>();
        }
        assert_eq!("-0000002".parse::<CfirRating>().unwrap().score(), Some(-2));
        assert!("99999999999999999999".parse::<CfirRating>().is_err());
    }

    #[test]
    fn a_whole_number_written_as_a_decimal_is_that_score() {
        // pandas writes a column of scores with an empty cell as floats
        for (text, score) in [("-2.0", -2), ("+1.00", 1), ("0.0", 0), ("2.0*", 2)] {
            assert_eq!(
                text.parse::<CfirRating>().unwrap().score(),
                Some(score),
                "{text}"
            );
        }
        assert_eq!(
            "-1.5".parse::<CfirRating>().unwrap_err().to_string(),
            "invalid CFIR rating `-1.5`: scores are whole numbers, from -2 to +2"
        );
        assert!("3.0".parse::<CfirRating>().is_err());
        for text in ["1.", ".0", "1.x", "1.0.0"] {
            assert!(text.parse::<CfirRating>().is_err(), "{text}");
        }
    }
}

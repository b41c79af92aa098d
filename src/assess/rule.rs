//! The assessment rule: what one rated context factor does to a mechanism it bears on,
//! and how several combine. Small, pure and documented, so every conclusion can be
//! explained.

use super::Activation;
use crate::model::Relation;
use crate::vocab::CfirRating;

/// The influence a rating records at the site.
///
/// A CFIR rating is the factor's *influence on implementation* at the site (−2 a strong
/// barrier … +2 a strong facilitator), already signed; the link's polarity describes the
/// model's general direction ("more turnover, less trust") and does not flip it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Valence {
    /// −2.
    StrongNegative,
    /// −1.
    Negative,
    /// 0.
    Neutral,
    /// +1 or +2.
    Positive,
    /// `0 (mixed)` or `X`.
    Mixed,
    /// Not rated, `M`, or a categorical code that carries no valence.
    Unknown,
}

/// The valence of `rating` (already in the usual sign convention, see
/// [`RatingLegend::normalized`](crate::vocab::RatingLegend::normalized)).
pub(crate) fn valence(rating: Option<CfirRating>) -> Valence {
    let Some(rating) = rating else {
        return Valence::Unknown;
    };
    if rating.is_missing() {
        return Valence::Unknown;
    }
    if rating.is_mixed() {
        return Valence::Mixed;
    }
    match rating.score() {
        None => Valence::Unknown, // a categorical code (I / E)
        Some(i8::MIN..=-2) => Valence::StrongNegative,
        Some(-1) => Valence::Negative,
        Some(0) => Valence::Neutral,
        Some(_) => Valence::Positive,
    }
}

/// What one factor does to the mechanism it bears on: a failed precondition (negative)
/// blocks; a moderator at −2 puts at risk, at −1 too (softened to mixed by positive
/// context, see [`combine`]); mixed, unknown, neutral and positive map to their
/// standings.
pub(crate) fn effect(relation: Relation, valence: Valence) -> Activation {
    match (valence, relation) {
        (Valence::StrongNegative | Valence::Negative, Relation::Precondition) => {
            Activation::Blocked
        }
        (Valence::StrongNegative | Valence::Negative, _) => Activation::AtRisk,
        (Valence::Mixed, _) => Activation::Mixed,
        (Valence::Unknown, _) => Activation::Unknown,
        (Valence::Neutral, _) => Activation::Neutral,
        (Valence::Positive, _) => Activation::Supported,
    }
}

/// One factor's contribution: its effect and whether it is a soft (−1 moderator) risk.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Contribution {
    pub(crate) effect: Activation,
    /// A −1 moderator: at risk on its own, mixed when positive context counters it.
    pub(crate) soft: bool,
}

/// The standing of a mechanism from its factors' contributions: the worst effect, except
/// that when every factor putting it at risk is a −1 moderator and some factor supports
/// it, it is `mixed`. No factor: `neutral` (the model places no context on it).
pub(crate) fn combine(contributions: &[Contribution]) -> Activation {
    let Some(worst) = contributions.iter().map(|c| c.effect).min() else {
        return Activation::Neutral;
    };
    let only_soft_risks = contributions
        .iter()
        .filter(|c| c.effect == Activation::AtRisk)
        .all(|c| c.soft);
    let supported = contributions
        .iter()
        .any(|c| c.effect == Activation::Supported);
    if worst == Activation::AtRisk && only_soft_risks && supported {
        Activation::Mixed
    } else {
        worst
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> Option<CfirRating> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn valence_reads_the_rating() {
        assert_eq!(valence(r("-2")), Valence::StrongNegative);
        assert_eq!(valence(r("-1*")), Valence::Negative);
        assert_eq!(valence(r("0")), Valence::Neutral);
        assert_eq!(valence(r("+2")), Valence::Positive);
        assert_eq!(valence(r("0 (mixed)")), Valence::Mixed);
        assert_eq!(valence(r("X")), Valence::Mixed);
        assert_eq!(valence(r("M")), Valence::Unknown);
        assert_eq!(valence(r("E")), Valence::Unknown);
        assert_eq!(valence(None), Valence::Unknown);
    }

    #[test]
    fn failed_preconditions_block_and_soft_risks_soften() {
        let c = |effect, soft| Contribution { effect, soft };
        assert_eq!(
            effect(Relation::Precondition, Valence::Negative),
            Activation::Blocked
        );
        assert_eq!(
            effect(Relation::Moderates, Valence::StrongNegative),
            Activation::AtRisk
        );
        assert_eq!(combine(&[]), Activation::Neutral);
        assert_eq!(
            combine(&[c(Activation::AtRisk, true), c(Activation::Supported, false)]),
            Activation::Mixed
        );
        assert_eq!(
            combine(&[
                c(Activation::AtRisk, false),
                c(Activation::Supported, false)
            ]),
            Activation::AtRisk
        );
        assert_eq!(
            combine(&[
                c(Activation::Blocked, false),
                c(Activation::Supported, false)
            ]),
            Activation::Blocked
        );
        assert_eq!(
            combine(&[
                c(Activation::Unknown, false),
                c(Activation::Supported, false)
            ]),
            Activation::Unknown
        );
    }
}

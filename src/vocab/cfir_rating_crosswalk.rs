//! Carrying CFIR construct ratings from one edition to the other through the crosswalk,
//! and reporting every rating that cannot be carried.
//!
//! A rating moves only along a **one-to-one** link: the construct has exactly one
//! counterpart in the other edition, that counterpart has no other source, and the whole
//! construct continues ([same, renamed or relocated](CorrespondenceKind::keeps_whole)). So
//! a rating is never spread over the targets of a split, never made to stand for a
//! construct that also holds other constructs' content, and never invented for a removed or
//! new construct. By default only verified links count; [`Readings::Include`] lets a caller
//! accept the reference's readings, treated exactly like facts but still marked
//! [`Standing::Reading`] on what they carry. Accepting readings can also refuse more:
//! Goals & Feedback is read as split into Mission Alignment and Reflecting & Evaluating,
//! so with readings a CFIR 2009 Reflecting & Evaluating rating no longer covers the whole
//! CFIR 2022 construct.
//!
//! The rating is carried unchanged, in the project's own sign convention (see
//! [`RatingLegend`](super::RatingLegend), whose reverse-rated constructs are named per
//! edition).

use std::collections::BTreeMap;
use std::fmt;

use super::{
    Cfir2022Construct, CfirConstruct, CfirCorrespondence, CfirRating, CorrespondenceBasis,
    CorrespondenceKind, Readings, Standing,
};

vocabulary! {
    /// Why a rating was not carried to the other CFIR edition.
    ///
    /// `#[non_exhaustive]`: finer reasons may be added.
    ///
    /// ```
    /// use isp_moc::vocab::RefusalReason;
    ///
    /// assert_eq!("split".parse::<RefusalReason>()?, RefusalReason::Split);
    /// assert_eq!(RefusalReason::Unverified.as_str(), "unverified");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum RefusalReason ("CFIR rating refusal reason") {
        Unverified = "unverified" {
            "Unverified",
            "Only a reading links the construct to the other edition, and readings were not accepted.",
        },
        NoCounterpart = "no_counterpart" {
            "No counterpart",
            "No row of the crosswalk leads to the construct: new in CFIR 2022, or no CFIR 2009 origin seen.",
        },
        Removed = "removed" {
            "Removed",
            "The CFIR 2009 construct has no CFIR 2022 successor.",
        },
        Split = "split" {
            "Split",
            "The CFIR 2009 construct's content is divided among several CFIR 2022 constructs, so one rating cannot stand for any of them.",
        },
        Merged = "merged" {
            "Merged",
            "The CFIR 2022 construct also holds content of other CFIR 2009 constructs, so their ratings would collide in it.",
        },
        Partial = "partial" {
            "Partial",
            "Only part of the CFIR 2009 construct is carried into the CFIR 2022 construct.",
        },
        ConflictingRatings = "conflicting_ratings" {
            "Conflicting ratings",
            "The batch gives the construct several different ratings; none is chosen.",
        },
    }
}

/// Carries CFIR ratings between the editions, one at a time or in batches.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::*;
///
/// let crosswalk = RatingCrosswalk::default(); // verified links only
/// let carried = crosswalk.to_2022(CfirConstruct::Executing, "+2".parse()?).unwrap();
/// assert_eq!(carried.to, Cfir2022Construct::Doing);
/// assert_eq!(carried.rating.to_string(), "+2");
/// assert_eq!(carried.standing, Standing::Verified);
///
/// let refused = crosswalk.to_2022(CfirConstruct::Champions, "-1".parse()?).unwrap_err();
/// assert_eq!(refused.reason, RefusalReason::Split);
/// assert_eq!(refused.counterparts,
///            [Cfir2022Construct::Motivation, Cfir2022Construct::ImplementationLeads]);
///
/// // a reading carries a rating only when the caller accepts readings
/// let cost = CfirConstruct::Cost;
/// assert_eq!(crosswalk.to_2022(cost, "0".parse()?).unwrap_err().reason, RefusalReason::Unverified);
/// let read = RatingCrosswalk::new(Readings::Include).to_2022(cost, "0".parse()?).unwrap();
/// assert_eq!((read.to, read.standing), (Cfir2022Construct::InnovationCost, Standing::Reading));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct RatingCrosswalk {
    readings: Readings,
}

/// A rating carried from construct `from` of one edition to construct `to` of the other.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::*;
///
/// let c = RatingCrosswalk::default().to_2009(Cfir2022Construct::InnovationDesign, "X".parse()?).unwrap();
/// assert_eq!(c.from, Cfir2022Construct::InnovationDesign);
/// assert_eq!(c.to, CfirConstruct::DesignQualityAndPackaging);
/// assert_eq!(c.kind, CorrespondenceKind::Renamed);
/// assert_eq!(c.basis, CorrespondenceBasis::OfficialContinuity);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CarriedRating<F, T> {
    /// The rated construct.
    pub from: F,
    /// Its counterpart in the other edition.
    pub to: T,
    /// The rating, unchanged.
    pub rating: CfirRating,
    /// Whether the link it went through is verified or a reading the caller accepted.
    pub standing: Standing,
    /// The kind of change of the crosswalk row.
    pub kind: CorrespondenceKind,
    /// The basis of the crosswalk row (its quote: [`CfirCorrespondence::of_2009`]).
    pub basis: CorrespondenceBasis,
}

/// A rating that was not carried, and why.
///
/// Plain data; `Display` writes a sentence for a report.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::*;
///
/// let r = RatingCrosswalk::default()
///     .to_2009(Cfir2022Construct::ImplementationLeads, "+1".parse()?)
///     .unwrap_err();
/// assert_eq!(r.reason, RefusalReason::Merged);
/// assert_eq!(r.counterparts, [
///     CfirConstruct::FormallyAppointedInternalImplementationLeaders,
///     CfirConstruct::Champions,
/// ]);
/// assert_eq!(r.to_string(), "+1 for Implementation Leads (CFIR 2022) not carried to CFIR 2009: \
///     merged (Formally Appointed Internal Implementation Leaders; Champions)");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RatingRefusal<F, T> {
    /// The rated construct.
    pub from: F,
    /// The rating that was not carried.
    pub rating: CfirRating,
    /// Why.
    pub reason: RefusalReason,
    /// The constructs of the other edition involved, in framework order: the targets of a
    /// split or of a reading, the 2009 constructs merged into a 2022 one, the 2009
    /// construct a 2022 construct holds only part of, the target of conflicting ratings.
    pub counterparts: Vec<T>,
}

/// What a batch conversion carried and what it refused, each sorted by the rated
/// construct's framework order (then by rating), whatever the input order.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::*;
///
/// let profile = [
///     (CfirConstruct::RelativePriority, "+2".parse()?),
///     (CfirConstruct::NetworksAndCommunications, "-1".parse()?),
///     (CfirConstruct::InterventionSource, "E".parse()?),
/// ];
/// let out = RatingCrosswalk::default().all_to_2022(profile);
/// let carried: Vec<_> = out.carried.iter().map(|c| (c.to, c.rating.to_string())).collect();
/// assert_eq!(carried, [
///     (Cfir2022Construct::InnovationSource, "E".to_owned()),
///     (Cfir2022Construct::RelativePriority, "+2".to_owned()),
/// ]);
/// assert_eq!(out.refused.len(), 1);
/// assert_eq!(out.refused[0].reason, RefusalReason::Split);
/// assert!(!out.is_complete());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RatingConversion<F, T> {
    /// The ratings carried over.
    pub carried: Vec<CarriedRating<F, T>>,
    /// The ratings not carried, with reasons.
    pub refused: Vec<RatingRefusal<F, T>>,
}

impl<F, T> RatingConversion<F, T> {
    /// True when every rating was carried.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, RatingCrosswalk};
    /// let out = RatingCrosswalk::default().all_to_2022([(CfirConstruct::Culture, "0".parse()?)]);
    /// assert!(out.is_complete());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn is_complete(&self) -> bool {
        self.refused.is_empty()
    }
}

/// A one-to-one link found for a construct, or why there is none.
type Found<T> = Result<(T, &'static CfirCorrespondence, Standing), (RefusalReason, Vec<T>)>;

impl RatingCrosswalk {
    /// A crosswalk that uses verified links only ([`Readings::Exclude`]) or also the
    /// reference's readings ([`Readings::Include`]). `RatingCrosswalk::default()` uses
    /// verified links only.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{RatingCrosswalk, Readings};
    /// assert_eq!(RatingCrosswalk::new(Readings::Exclude), RatingCrosswalk::default());
    /// ```
    pub const fn new(readings: Readings) -> Self {
        RatingCrosswalk { readings }
    }

    /// Whether readings are used.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{RatingCrosswalk, Readings};
    /// assert_eq!(RatingCrosswalk::new(Readings::Include).readings(), Readings::Include);
    /// ```
    pub const fn readings(self) -> Readings {
        self.readings
    }

    /// Carries the rating of a CFIR 2009 construct to its CFIR 2022 counterpart.
    ///
    /// # Errors
    ///
    /// A [`RatingRefusal`] when the link is not one-to-one or not allowed: the row is a
    /// reading and readings are excluded ([`Unverified`](RefusalReason::Unverified)), or
    /// the construct was [removed](RefusalReason::Removed), [split](RefusalReason::Split),
    /// only [partly](RefusalReason::Partial) carried, or [merged](RefusalReason::Merged)
    /// with other constructs.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::*;
    /// let c = RatingCrosswalk::default().to_2022(CfirConstruct::PeerPressure, "-2".parse()?).unwrap();
    /// assert_eq!(c.to, Cfir2022Construct::MarketPressure);
    /// let r = RatingCrosswalk::new(Readings::Include)
    ///     .to_2022(CfirConstruct::ImplementationClimate, "+1".parse()?)
    ///     .unwrap_err();
    /// assert_eq!(r.reason, RefusalReason::Removed);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_2022(
        self,
        construct: CfirConstruct,
        rating: CfirRating,
    ) -> Result<
        CarriedRating<CfirConstruct, Cfir2022Construct>,
        RatingRefusal<CfirConstruct, Cfir2022Construct>,
    > {
        carry(construct, rating, self.find_2022(construct))
    }

    /// Carries the rating of a CFIR 2022 construct to its CFIR 2009 counterpart.
    ///
    /// # Errors
    ///
    /// A [`RatingRefusal`] when the link is not one-to-one or not allowed: only readings
    /// lead to the construct and readings are excluded
    /// ([`Unverified`](RefusalReason::Unverified)); no row leads to it
    /// ([`NoCounterpart`](RefusalReason::NoCounterpart)); several CFIR 2009 constructs lead
    /// to it ([`Merged`](RefusalReason::Merged)); or it holds only part of a CFIR 2009
    /// construct ([`Split`](RefusalReason::Split), [`Partial`](RefusalReason::Partial)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::*;
    /// let c = RatingCrosswalk::default().to_2009(Cfir2022Construct::OpinionLeaders, "+1".parse()?).unwrap();
    /// assert_eq!(c.to, CfirConstruct::OpinionLeaders);
    /// let r = RatingCrosswalk::default().to_2009(Cfir2022Construct::Teaming, "+1".parse()?).unwrap_err();
    /// assert_eq!(r.reason, RefusalReason::NoCounterpart);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_2009(
        self,
        construct: Cfir2022Construct,
        rating: CfirRating,
    ) -> Result<
        CarriedRating<Cfir2022Construct, CfirConstruct>,
        RatingRefusal<Cfir2022Construct, CfirConstruct>,
    > {
        carry(construct, rating, self.find_2009(construct))
    }

    /// Carries a set of CFIR 2009 ratings (a profile, a column of a rating matrix) to CFIR
    /// 2022: every rating is either carried or refused, never dropped. A construct rated
    /// twice with the same rating counts once; with different ratings, all of them are
    /// refused ([`ConflictingRatings`](RefusalReason::ConflictingRatings)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::*;
    /// let out = RatingCrosswalk::default().all_to_2022([
    ///     (CfirConstruct::Culture, "+1".parse()?),
    ///     (CfirConstruct::Culture, "-1".parse()?),
    ///     (CfirConstruct::Planning, "0".parse()?),
    ///     (CfirConstruct::Planning, "0".parse()?),
    /// ]);
    /// assert_eq!(out.carried.len(), 1);
    /// assert_eq!(out.refused.len(), 2);
    /// assert!(out.refused.iter().all(|r| r.reason == RefusalReason::ConflictingRatings));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn all_to_2022<I>(self, ratings: I) -> RatingConversion<CfirConstruct, Cfir2022Construct>
    where
        I: IntoIterator<Item = (CfirConstruct, CfirRating)>,
    {
        batch(ratings, |c| self.find_2022(c))
    }

    /// Carries a set of CFIR 2022 ratings to CFIR 2009, as
    /// [`all_to_2022`](Self::all_to_2022) does the other way.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::*;
    /// let out = RatingCrosswalk::default().all_to_2009([
    ///     (Cfir2022Construct::Communications, "+2".parse()?),
    ///     (Cfir2022Construct::TensionForChange, "+2".parse()?),
    /// ]);
    /// assert_eq!(out.carried[0].to, CfirConstruct::TensionForChange);
    /// assert_eq!(out.refused[0].reason, RefusalReason::Split);
    /// assert_eq!(out.refused[0].counterparts, [CfirConstruct::NetworksAndCommunications]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn all_to_2009<I>(self, ratings: I) -> RatingConversion<Cfir2022Construct, CfirConstruct>
    where
        I: IntoIterator<Item = (Cfir2022Construct, CfirRating)>,
    {
        batch(ratings, |c| self.find_2009(c))
    }

    /// The one-to-one CFIR 2022 counterpart of a CFIR 2009 construct.
    fn find_2022(self, construct: CfirConstruct) -> Found<Cfir2022Construct> {
        // Every CFIR 2009 construct has a row (pinned by the tests).
        let Some(row) = CfirCorrespondence::of_2009(construct, Readings::Include) else {
            return Err((RefusalReason::NoCounterpart, Vec::new()));
        };
        if !self.readings.allows(row.standing()) {
            return Err((
                RefusalReason::Unverified,
                row.targets(Readings::Include).collect(),
            ));
        }
        let targets: Vec<Cfir2022Construct> = row.targets(self.readings).collect();
        let refusal = match (row.kind, targets.as_slice()) {
            (CorrespondenceKind::Removed, _) | (_, []) => RefusalReason::Removed,
            (CorrespondenceKind::Split, _) | (_, [_, _, ..]) => RefusalReason::Split,
            (CorrespondenceKind::Partial, _) => RefusalReason::Partial,
            (kind, &[target]) => {
                let sources = CfirCorrespondence::of_2022(target, self.readings);
                if kind.keeps_whole() && sources.map(|r| r.cfir2009).eq([construct]) {
                    let standing = row.standing_of(target).unwrap_or(Standing::Reading);
                    return Ok((target, row, standing));
                }
                RefusalReason::Merged
            }
        };
        Err((refusal, targets))
    }

    /// The one-to-one CFIR 2009 counterpart of a CFIR 2022 construct.
    fn find_2009(self, construct: Cfir2022Construct) -> Found<CfirConstruct> {
        let sources: Vec<&'static CfirCorrespondence> =
            CfirCorrespondence::of_2022(construct, self.readings).collect();
        let row = match sources.as_slice() {
            [] => {
                let read: Vec<CfirConstruct> =
                    CfirCorrespondence::of_2022(construct, Readings::Include)
                        .map(|r| r.cfir2009)
                        .collect();
                let reason = if read.is_empty() {
                    RefusalReason::NoCounterpart
                } else {
                    RefusalReason::Unverified
                };
                return Err((reason, read));
            }
            [_, _, ..] => {
                return Err((
                    RefusalReason::Merged,
                    sources.iter().map(|r| r.cfir2009).collect(),
                ))
            }
            [row] => *row,
        };
        let reason = match row.kind {
            kind if kind.keeps_whole() && row.targets(self.readings).count() == 1 => {
                let standing = row.standing_of(construct).unwrap_or(Standing::Reading);
                return Ok((row.cfir2009, row, standing));
            }
            CorrespondenceKind::Partial => RefusalReason::Partial,
            CorrespondenceKind::Merged => RefusalReason::Merged,
            _ => RefusalReason::Split,
        };
        Err((reason, vec![row.cfir2009]))
    }
}

/// Turns a found link (or the reason there is none) into a carried rating or a refusal.
fn carry<F, T>(
    from: F,
    rating: CfirRating,
    found: Found<T>,
) -> Result<CarriedRating<F, T>, RatingRefusal<F, T>> {
    match found {
        Ok((to, row, standing)) => Ok(CarriedRating {
            from,
            to,
            rating,
            standing,
            kind: row.kind,
            basis: row.basis,
        }),
        Err((reason, counterparts)) => Err(RatingRefusal {
            from,
            rating,
            reason,
            counterparts,
        }),
    }
}

/// Position of a rating in [`CfirRating::ALL`], to order a construct's ratings.
fn rank(rating: CfirRating) -> usize {
    CfirRating::ALL
        .iter()
        .position(|&r| r == rating)
        .unwrap_or(usize::MAX)
}

/// Converts every rating, grouped by construct in framework order: identical repeats count
/// once; different ratings of a construct that could be carried are all refused.
fn batch<F, T, I>(ratings: I, find: impl Fn(F) -> Found<T>) -> RatingConversion<F, T>
where
    F: Copy + Ord,
    T: Copy,
    I: IntoIterator<Item = (F, CfirRating)>,
{
    let mut by_construct: BTreeMap<F, Vec<CfirRating>> = BTreeMap::new();
    for (construct, rating) in ratings {
        let list = by_construct.entry(construct).or_default();
        if !list.contains(&rating) {
            list.push(rating);
        }
    }
    let mut out = RatingConversion {
        carried: Vec::new(),
        refused: Vec::new(),
    };
    for (construct, mut list) in by_construct {
        list.sort_by_key(|&r| rank(r));
        let found = find(construct);
        match (&found, list.as_slice()) {
            (Ok((to, _, _)), [_, _, ..]) => {
                out.refused.extend(list.iter().map(|&rating| RatingRefusal {
                    from: construct,
                    rating,
                    reason: RefusalReason::ConflictingRatings,
                    counterparts: vec![*to],
                }))
            }
            _ => {
                for &rating in &list {
                    match carry(construct, rating, found.clone()) {
                        Ok(c) => out.carried.push(c),
                        Err(r) => out.refused.push(r),
                    }
                }
            }
        }
    }
    out
}

/// Writes "`rating` for `from` (CFIR y) not carried to CFIR z: reason (counterparts)".
fn describe(
    f: &mut fmt::Formatter<'_>,
    rating: CfirRating,
    from: (&str, u16),
    to_year: u16,
    reason: RefusalReason,
    counterparts: &[String],
) -> fmt::Result {
    write!(
        f,
        "{rating} for {} (CFIR {}) not carried to CFIR {to_year}: {}",
        from.0,
        from.1,
        reason.label().to_lowercase()
    )?;
    if !counterparts.is_empty() {
        write!(f, " ({})", counterparts.join("; "))?;
    }
    Ok(())
}

impl fmt::Display for RatingRefusal<CfirConstruct, Cfir2022Construct> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<String> = self
            .counterparts
            .iter()
            .map(|c| c.qualified_label())
            .collect();
        describe(
            f,
            self.rating,
            (self.from.label(), 2009),
            2022,
            self.reason,
            &names,
        )
    }
}

impl fmt::Display for RatingRefusal<Cfir2022Construct, CfirConstruct> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<String> = self
            .counterparts
            .iter()
            .map(|c| c.label().to_owned())
            .collect();
        let from = self.from.qualified_label();
        describe(f, self.rating, (&from, 2022), 2009, self.reason, &names)
    }
}

impl std::error::Error for RatingRefusal<CfirConstruct, Cfir2022Construct> {}
impl std::error::Error for RatingRefusal<Cfir2022Construct, CfirConstruct> {}

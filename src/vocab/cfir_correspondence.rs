//! The CFIR 2009 → 2022 crosswalk: what became of each CFIR 2009 construct in CFIR 2022,
//! and on what evidence.
//!
//! [`CfirCorrespondence::ALL`] has one row per CFIR 2009 construct (39), taken from this
//! crate's reference, which gathers what the sources state. Each row gives the CFIR 2022
//! construct(s), the [kind of change](CorrespondenceKind), a short verbatim quote with its
//! source URL, and the [basis](CorrespondenceBasis) (the reference's evidence level). The
//! sources, in order of authority:
//!
//! 1. Additional File 4 of Damschroder et al. (2022), "Original CFIR (2009) to Updated CFIR
//!    (2022): Construct Mapping"; only its first row could be read
//!    ([`Af4Row`](CorrespondenceBasis::Af4Row)).
//! 2. The CFIR team's cfirguide.org page of each 2022 construct, which says what came from
//!    "the original CFIR" ([`ExplicitNamed`](CorrespondenceBasis::ExplicitNamed),
//!    [`OfficialContinuity`](CorrespondenceBasis::OfficialContinuity)).
//! 3. Nothing stating the mapping ([`TextualReuseOnly`](CorrespondenceBasis::TextualReuseOnly),
//!    [`DefinitionOnly`](CorrespondenceBasis::DefinitionOnly),
//!    [`NoSource`](CorrespondenceBasis::NoSource)): the row's 2022 side is a best reading,
//!    explained in its note.
//!
//! **Facts and readings are never mixed silently.** 30 rows are verified; 9 are readings
//! (Cost, Implementation Climate, Readiness for Implementation, Goals & Feedback, Knowledge
//! & Beliefs about the Intervention, Self-efficacy, Individual Stage of Change, Individual
//! Identification with Organization, Other Personal Attributes). A verified row may also
//! name further 2022 constructs the sources do not back (`cfir2022_unverified`: Financing
//! for External Policy & Incentives, for instance). Every link between two constructs
//! therefore has a [`Standing`], and the lookups take a [`Readings`] option: by default
//! they return verified links only.
//!
//! To carry construct ratings from one edition to the other, see
//! [`RatingCrosswalk`](super::RatingCrosswalk); for the CFIR 2022 constructs without a
//! CFIR 2009 row, see [`CfirNewConstruct`](super::CfirNewConstruct).

use super::{Cfir2022Construct, CfirConstruct};

vocabulary! {
    /// How a row of the crosswalk was established: the reference's evidence level, in order
    /// of authority. The first three are verified, the other three are readings.
    ///
    /// `#[non_exhaustive]`: more rows of the official mapping file may be read later.
    ///
    /// ```
    /// use isp_moc::vocab::CorrespondenceBasis;
    ///
    /// assert!(CorrespondenceBasis::Af4Row.is_verified());
    /// assert!(CorrespondenceBasis::OfficialContinuity.is_verified());
    /// assert!(!CorrespondenceBasis::TextualReuseOnly.is_verified());
    /// assert_eq!("AF4_row".parse::<CorrespondenceBasis>()?, CorrespondenceBasis::Af4Row);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CorrespondenceBasis ("CFIR correspondence basis") {
        Af4Row = "af4_row" {
            "AF4 row",
            "A row of Additional File 4 of Damschroder et al. (2022), the official construct mapping.",
            aliases: ["Additional File 4"],
        },
        ExplicitNamed = "explicit_named" {
            "Explicitly named",
            "The CFIR team's page for the 2022 construct names the 2009 construct, or the concept it carries, and attributes it to the original CFIR.",
        },
        OfficialContinuity = "official_continuity" {
            "Official continuity",
            "The CFIR team's page attributes content to the original CFIR, identified by the same name (or the name with an Innovation prefix) or by wording found in only one 2009 construct.",
        },
        TextualReuseOnly = "textual_reuse_only" {
            "Textual reuse only",
            "The 2022 text reuses 2009 wording without attributing it, or the 2009 source is ambiguous; a reading, not verified.",
        },
        DefinitionOnly = "definition_only" {
            "Definition only",
            "Only the 2022 construct's definition was seen and nothing states the mapping; a reading, not verified.",
        },
        NoSource = "none" {
            "No source",
            "No source statement was seen; the row is a reading, not verified.",
        },
    }
}

impl CorrespondenceBasis {
    /// True for the verified levels (AF4 row, explicitly named, official continuity), false
    /// for the readings.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CorrespondenceBasis;
    /// assert!(CorrespondenceBasis::ExplicitNamed.is_verified());
    /// assert!(!CorrespondenceBasis::NoSource.is_verified());
    /// ```
    pub const fn is_verified(self) -> bool {
        match self {
            CorrespondenceBasis::Af4Row
            | CorrespondenceBasis::ExplicitNamed
            | CorrespondenceBasis::OfficialContinuity => true,
            CorrespondenceBasis::TextualReuseOnly
            | CorrespondenceBasis::DefinitionOnly
            | CorrespondenceBasis::NoSource => false,
        }
    }

    /// [`Standing::Verified`] for the verified levels, [`Standing::Reading`] otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CorrespondenceBasis, Standing};
    /// assert_eq!(CorrespondenceBasis::DefinitionOnly.standing(), Standing::Reading);
    /// ```
    pub const fn standing(self) -> Standing {
        if self.is_verified() {
            Standing::Verified
        } else {
            Standing::Reading
        }
    }
}

vocabulary! {
    /// What became of a CFIR 2009 construct in CFIR 2022, in the reference's terms.
    ///
    /// `#[non_exhaustive]` because the official mapping file may use finer kinds.
    ///
    /// ```
    /// use isp_moc::vocab::CorrespondenceKind;
    ///
    /// assert_eq!("split".parse::<CorrespondenceKind>()?, CorrespondenceKind::Split);
    /// assert!(CorrespondenceKind::Renamed.keeps_whole());
    /// assert!(!CorrespondenceKind::Merged.keeps_whole());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CorrespondenceKind ("CFIR correspondence kind") {
        Same = "same" {
            "Same",
            "The construct keeps its name and content; its level or its sub-constructs may change.",
        },
        Renamed = "renamed" {
            "Renamed",
            "The construct continues under a new name.",
        },
        Relocated = "relocated" {
            "Relocated",
            "The construct moves to another domain or parent, possibly under a new name.",
        },
        Split = "split" {
            "Split",
            "The construct's content is divided among several 2022 constructs.",
        },
        Merged = "merged" {
            "Merged",
            "The construct is joined with content from other 2009 constructs in one 2022 construct.",
        },
        Removed = "removed" {
            "Removed",
            "The construct has no 2022 successor.",
        },
        Partial = "partial" {
            "Partial",
            "Only part of the construct is carried into a 2022 construct, as a theme; the rest may have been dropped.",
        },
    }
}

impl CorrespondenceKind {
    /// True when the whole construct continues as one construct of the other edition:
    /// same, renamed or relocated.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CorrespondenceKind;
    /// assert!(CorrespondenceKind::Relocated.keeps_whole());
    /// assert!(!CorrespondenceKind::Partial.keeps_whole());
    /// ```
    pub const fn keeps_whole(self) -> bool {
        matches!(
            self,
            CorrespondenceKind::Same | CorrespondenceKind::Renamed | CorrespondenceKind::Relocated
        )
    }
}

vocabulary! {
    /// Whether a link of the crosswalk is a fact or a reading.
    ///
    /// ```
    /// use isp_moc::vocab::Standing;
    ///
    /// assert_eq!("reading".parse::<Standing>()?, Standing::Reading);
    /// assert!(Standing::Verified.is_verified());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum Standing ("CFIR crosswalk standing") {
        Verified = "verified" {
            "Verified",
            "A quoted source backs the link; it is stated as a fact.",
        },
        Reading = "reading" {
            "Reading",
            "A best reading of the sources, not verified; never stated as a fact.",
            aliases: ["unverified"],
        },
    }
}

impl Standing {
    /// True for [`Standing::Verified`].
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!isp_moc::vocab::Standing::Reading.is_verified());
    /// ```
    pub const fn is_verified(self) -> bool {
        matches!(self, Standing::Verified)
    }
}

/// Whether lookups and rating conversions may use readings as well as verified links.
///
/// The default, [`Exclude`](Readings::Exclude), keeps to verified links; a caller who
/// accepts the reference's readings says so with [`Include`](Readings::Include), and every
/// link returned still carries its [`Standing`].
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{Readings, Standing};
///
/// assert_eq!(Readings::default(), Readings::Exclude);
/// assert!(!Readings::Exclude.allows(Standing::Reading));
/// assert!(Readings::Include.allows(Standing::Reading));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Readings {
    /// Verified links only.
    #[default]
    Exclude,
    /// Verified links and readings.
    Include,
}

impl Readings {
    /// Whether a link of this standing is used.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Readings, Standing};
    /// assert!(Readings::Exclude.allows(Standing::Verified));
    /// ```
    pub const fn allows(self, standing: Standing) -> bool {
        matches!(
            (self, standing),
            (_, Standing::Verified) | (Readings::Include, Standing::Reading)
        )
    }
}

/// A short verbatim quote and the address it was read at.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{CfirConstruct, CfirCorrespondence, Readings};
///
/// let row = CfirCorrespondence::of_2009(CfirConstruct::LearningClimate, Readings::Exclude).unwrap();
/// let evidence = row.evidence.unwrap();
/// assert!(evidence.quote.starts_with("The original CFIR’s learning climate construct"));
/// assert!(evidence.source_url.starts_with("https://cfirguide.org/"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct SourceQuote {
    /// The quote, verbatim.
    pub quote: &'static str,
    /// Where it was read.
    pub source_url: &'static str,
}

/// One row of the CFIR 2009 → 2022 crosswalk: a CFIR 2009 construct, what became of it in
/// CFIR 2022, and the evidence.
///
/// Field names follow the reference (its `evidence_level` is [`basis`](Self::basis)).
/// Rows serialize (for export) but do not deserialize: the table is fixed data, so a row
/// cannot be fabricated from a file.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::*;
///
/// let row = CfirCorrespondence::of_2009(CfirConstruct::NetworksAndCommunications, Readings::Exclude)
///     .unwrap();
/// assert_eq!(row.kind, CorrespondenceKind::Split);
/// assert_eq!(row.cfir2022, [Cfir2022Construct::RelationalConnections, Cfir2022Construct::Communications]);
/// assert_eq!(row.basis, CorrespondenceBasis::OfficialContinuity);
/// assert!(row.verified);
///
/// // a reading is only returned when asked for, and says what it is
/// assert!(CfirCorrespondence::of_2009(CfirConstruct::Cost, Readings::Exclude).is_none());
/// let cost = CfirCorrespondence::of_2009(CfirConstruct::Cost, Readings::Include).unwrap();
/// assert_eq!(cost.standing(), Standing::Reading);
/// assert!(cost.note.unwrap().starts_with("UNVERIFIED"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CfirCorrespondence {
    /// The CFIR 2009 construct.
    pub cfir2009: CfirConstruct,
    /// The CFIR 2022 construct(s) it became, as the row states them; empty when it was
    /// removed. Verified when the row is.
    pub cfir2022: &'static [Cfir2022Construct],
    /// Further CFIR 2022 constructs that plausibly took part of it but that no source seen
    /// confirms: always readings, even in a verified row.
    pub cfir2022_unverified: &'static [Cfir2022Construct],
    /// The kind of change.
    pub kind: CorrespondenceKind,
    /// How the row was established (the reference's evidence level).
    pub basis: CorrespondenceBasis,
    /// Whether the row is verified (always `basis.is_verified()`).
    pub verified: bool,
    /// The quote the row rests on, with its source; `None` when no source was seen.
    pub evidence: Option<SourceQuote>,
    /// Further quotes backing the row (often for a second 2022 construct).
    pub additional_evidence: &'static [SourceQuote],
    /// CFIR 2009 text seen at a source, where it helps identify the 2009 construct.
    pub cfir2009_text_seen: Option<SourceQuote>,
    /// The reference's note: caveats, and for readings what the reading rests on.
    pub note: Option<&'static str>,
}

impl CfirCorrespondence {
    /// Every row, verified and readings alike, in CFIR 2009 order: one per CFIR 2009
    /// construct.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirCorrespondence;
    /// assert_eq!(CfirCorrespondence::ALL.len(), 39);
    /// assert_eq!(CfirCorrespondence::ALL.iter().filter(|r| r.verified).count(), 30);
    /// ```
    pub const ALL: &'static [CfirCorrespondence] = super::cfir_correspondence_rows::ROWS;

    /// The row of a CFIR 2009 construct, if `readings` allows it: with
    /// [`Readings::Exclude`], `None` for the 9 constructs whose row is a reading.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence, Readings};
    /// let row = CfirCorrespondence::of_2009(CfirConstruct::Executing, Readings::Exclude).unwrap();
    /// assert_eq!(row.cfir2022, [Cfir2022Construct::Doing]);
    /// assert!(CfirCorrespondence::of_2009(CfirConstruct::SelfEfficacy, Readings::Exclude).is_none());
    /// ```
    pub fn of_2009(
        construct: CfirConstruct,
        readings: Readings,
    ) -> Option<&'static CfirCorrespondence> {
        Self::ALL
            .iter()
            .find(|r| r.cfir2009 == construct)
            .filter(|r| readings.allows(r.standing()))
    }

    /// The rows that lead to a CFIR 2022 construct, in CFIR 2009 order, keeping the links
    /// `readings` allows (see [`standing_of`](Self::standing_of)); none for constructs
    /// without a CFIR 2009 origin (see [`CfirNewConstruct`](super::CfirNewConstruct)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence, Readings};
    /// let from = |c, readings| -> Vec<CfirConstruct> {
    ///     CfirCorrespondence::of_2022(c, readings).map(|r| r.cfir2009).collect()
    /// };
    /// assert_eq!(from(Cfir2022Construct::Motivation, Readings::Exclude),
    ///            [CfirConstruct::LeadershipEngagement, CfirConstruct::Champions]);
    /// assert_eq!(from(Cfir2022Construct::Motivation, Readings::Include).len(), 6);
    /// assert!(from(Cfir2022Construct::Teaming, Readings::Include).is_empty());
    /// ```
    pub fn of_2022(
        construct: Cfir2022Construct,
        readings: Readings,
    ) -> impl Iterator<Item = &'static CfirCorrespondence> {
        Self::ALL
            .iter()
            .filter(move |r| r.standing_of(construct).is_some_and(|s| readings.allows(s)))
    }

    /// [`Standing::Verified`] for a verified row, [`Standing::Reading`] otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirCorrespondence, Readings, Standing};
    /// let row = CfirCorrespondence::of_2009(CfirConstruct::Culture, Readings::Exclude).unwrap();
    /// assert_eq!(row.standing(), Standing::Verified);
    /// ```
    pub const fn standing(&self) -> Standing {
        if self.verified {
            Standing::Verified
        } else {
            Standing::Reading
        }
    }

    /// True when the row is verified.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirCorrespondence, Readings};
    /// let row = CfirCorrespondence::of_2009(CfirConstruct::Culture, Readings::Exclude).unwrap();
    /// assert!(row.is_verified());
    /// ```
    pub const fn is_verified(&self) -> bool {
        self.verified
    }

    /// How this row links its CFIR 2009 construct to `construct`: verified when the row is
    /// verified and names it in [`cfir2022`](Self::cfir2022); a reading when the row is a
    /// reading or names it only in [`cfir2022_unverified`](Self::cfir2022_unverified);
    /// `None` when the row does not lead to it.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence, Readings, Standing};
    /// let row = CfirCorrespondence::of_2009(CfirConstruct::ExternalPolicyAndIncentives, Readings::Exclude)
    ///     .unwrap();
    /// assert_eq!(row.standing_of(Cfir2022Construct::PoliciesAndLaws), Some(Standing::Verified));
    /// assert_eq!(row.standing_of(Cfir2022Construct::Financing), Some(Standing::Reading));
    /// assert_eq!(row.standing_of(Cfir2022Construct::Teaming), None);
    /// ```
    pub fn standing_of(&self, construct: Cfir2022Construct) -> Option<Standing> {
        if self.cfir2022.contains(&construct) {
            Some(self.standing())
        } else if self.cfir2022_unverified.contains(&construct) {
            Some(Standing::Reading)
        } else {
            None
        }
    }

    /// The CFIR 2022 constructs this row leads to through links `readings` allows: with
    /// [`Readings::Exclude`], [`cfir2022`](Self::cfir2022) of a verified row (nothing for a
    /// reading); with [`Readings::Include`], `cfir2022` then `cfir2022_unverified`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence, Readings};
    /// let row = CfirCorrespondence::of_2009(CfirConstruct::LeadershipEngagement, Readings::Exclude)
    ///     .unwrap();
    /// let verified: Vec<_> = row.targets(Readings::Exclude).collect();
    /// assert_eq!(verified, [Cfir2022Construct::Motivation]);
    /// assert_eq!(row.targets(Readings::Include).count(), 3);
    /// ```
    pub fn targets(&self, readings: Readings) -> impl Iterator<Item = Cfir2022Construct> {
        let stated: &'static [Cfir2022Construct] = if readings.allows(self.standing()) {
            self.cfir2022
        } else {
            &[]
        };
        let unverified: &'static [Cfir2022Construct] = match readings {
            Readings::Include => self.cfir2022_unverified,
            Readings::Exclude => &[],
        };
        stated.iter().chain(unverified).copied()
    }
}

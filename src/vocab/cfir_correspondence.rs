//! Which CFIR 2009 construct corresponds to which CFIR 2022 construct, as far as this
//! crate's sources support it.
//!
//! The official row-by-row mapping is Additional File 4 of Damschroder et al. (2022)
//! ("Original CFIR (2009) to Updated CFIR (2022): Construct Mapping"; cfirguide's FAQ calls
//! the mapping with rationale Additional File 5). This crate has **not** verified that
//! file, so the table is deliberately partial:
//!
//! * [`Confirmed`](CorrespondenceBasis::Confirmed): rows the sources confirm as part of
//!   the official mapping. Only one: Intervention Source → Innovation Source.
//! * [`SameName`](CorrespondenceBasis::SameName): constructs with an identical name in
//!   both editions. A shared name is **not** evidence that the official mapping pairs them
//!   or that the definitions match (Opinion Leaders, for instance, is an Engaging
//!   sub-construct in 2009 and a role in the 2022 Individuals domain), so these rows are
//!   unverified ([`CfirCorrespondence::is_verified`] is `false`).
//!
//! Renamed constructs (e.g. Relative Advantage → Innovation Relative Advantage) are left
//! out until Additional File 4 has been checked; no row is inferred.

use super::{Cfir2022Construct, CfirConstruct};

vocabulary! {
    /// How a row of the 2009 → 2022 correspondence was established.
    ///
    /// `#[non_exhaustive]`: a basis for rows read from the official mapping file can be
    /// added once it has been checked.
    ///
    /// ```
    /// use isp_moc::vocab::CorrespondenceBasis;
    ///
    /// assert!(CorrespondenceBasis::Confirmed.is_verified());
    /// assert!(!CorrespondenceBasis::SameName.is_verified());
    /// assert_eq!("same name".parse::<CorrespondenceBasis>()?, CorrespondenceBasis::SameName);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CorrespondenceBasis ("CFIR correspondence basis") {
        Confirmed = "confirmed" {
            "Confirmed",
            "A row of the official 2009 to 2022 mapping that the sources confirm.",
        },
        SameName = "same_name" {
            "Same name",
            "The construct has the same name in both editions; the official mapping (Additional File 4) is unverified, so the row is not confirmed.",
            aliases: ["identical name"],
        },
    }
}

impl CorrespondenceBasis {
    /// True when the row is confirmed by a source, false when it rests on an unverified
    /// assumption.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::vocab::CorrespondenceBasis::Confirmed.is_verified());
    /// ```
    pub const fn is_verified(self) -> bool {
        match self {
            CorrespondenceBasis::Confirmed => true,
            CorrespondenceBasis::SameName => false,
        }
    }
}

/// One row of the CFIR 2009 → 2022 correspondence: a 2009 construct, the 2022 construct
/// it corresponds to, and how that was established.
///
/// The table may relate one construct to several in the other edition, so the lookups
/// return iterators.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence, CorrespondenceBasis};
///
/// let rows: Vec<_> = CfirCorrespondence::of_2009(CfirConstruct::InterventionSource).collect();
/// assert_eq!(rows.len(), 1);
/// assert_eq!(rows[0].cfir2022, Cfir2022Construct::InnovationSource);
/// assert_eq!(rows[0].basis, CorrespondenceBasis::Confirmed);
///
/// // Renamed constructs are not guessed
/// assert_eq!(CfirCorrespondence::of_2009(CfirConstruct::RelativeAdvantage).count(), 0);
/// ```
///
/// Rows serialize (for export) but do not deserialize: the table is fixed data, so a row
/// cannot be fabricated from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CfirCorrespondence {
    /// The CFIR 2009 construct.
    pub cfir2009: CfirConstruct,
    /// The CFIR 2022 construct it corresponds to.
    pub cfir2022: Cfir2022Construct,
    /// How the row was established.
    pub basis: CorrespondenceBasis,
}

const fn row(
    cfir2009: CfirConstruct,
    cfir2022: Cfir2022Construct,
    basis: CorrespondenceBasis,
) -> CfirCorrespondence {
    CfirCorrespondence {
        cfir2009,
        cfir2022,
        basis,
    }
}

impl CfirCorrespondence {
    /// Every row, in CFIR 2009 order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirCorrespondence;
    /// assert_eq!(CfirCorrespondence::ALL.len(), 12);
    /// assert_eq!(CfirCorrespondence::ALL.iter().filter(|r| r.is_verified()).count(), 1);
    /// ```
    pub const ALL: &'static [CfirCorrespondence] = {
        use CorrespondenceBasis::{Confirmed, SameName};
        type C09 = CfirConstruct;
        type C22 = Cfir2022Construct;
        &[
            row(C09::InterventionSource, C22::InnovationSource, Confirmed),
            row(
                C09::StructuralCharacteristics,
                C22::StructuralCharacteristics,
                SameName,
            ),
            row(C09::Culture, C22::Culture, SameName),
            row(C09::TensionForChange, C22::TensionForChange, SameName),
            row(C09::Compatibility, C22::Compatibility, SameName),
            row(C09::RelativePriority, C22::RelativePriority, SameName),
            row(C09::AvailableResources, C22::AvailableResources, SameName),
            row(
                C09::AccessToKnowledgeAndInformation,
                C22::AccessToKnowledgeAndInformation,
                SameName,
            ),
            row(C09::Planning, C22::Planning, SameName),
            row(C09::Engaging, C22::Engaging, SameName),
            row(C09::OpinionLeaders, C22::OpinionLeaders, SameName),
            row(
                C09::ReflectingAndEvaluating,
                C22::ReflectingAndEvaluating,
                SameName,
            ),
        ]
    };

    /// The rows for a CFIR 2009 construct (none when the sources support no row).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence};
    /// let to: Vec<_> = CfirCorrespondence::of_2009(CfirConstruct::Culture).map(|r| r.cfir2022).collect();
    /// assert_eq!(to, [Cfir2022Construct::Culture]);
    /// ```
    pub fn of_2009(construct: CfirConstruct) -> impl Iterator<Item = CfirCorrespondence> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |r| r.cfir2009 == construct)
    }

    /// The rows for a CFIR 2022 construct (none when the sources support no row).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirCorrespondence};
    /// let from: Vec<_> = CfirCorrespondence::of_2022(Cfir2022Construct::InnovationSource)
    ///     .map(|r| r.cfir2009).collect();
    /// assert_eq!(from, [CfirConstruct::InterventionSource]);
    /// assert_eq!(CfirCorrespondence::of_2022(Cfir2022Construct::Teaming).count(), 0);
    /// ```
    pub fn of_2022(construct: Cfir2022Construct) -> impl Iterator<Item = CfirCorrespondence> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |r| r.cfir2022 == construct)
    }

    /// True when the row is confirmed by a source (see [`CorrespondenceBasis::is_verified`]).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirCorrespondence};
    /// let row = CfirCorrespondence::of_2009(CfirConstruct::Culture).next().unwrap();
    /// assert!(!row.is_verified());
    /// ```
    pub const fn is_verified(&self) -> bool {
        self.basis.is_verified()
    }
}

//! The CFIR 2022 constructs the sources give no single CFIR 2009 origin, and what they say
//! about it.
//!
//! Transcribed from this crate's reference (`cfir-2022-new-constructs.json`; a copy is
//! kept under `tests/fixtures/cfir_crosswalk/`). Only two constructs are *stated* new by an
//! official source (Local Attitudes, Local Conditions). Six have an official page that
//! attributes some content to the original CFIR without one 2009 construct being their
//! origin; three of them (Capability, Motivation, Mission Alignment) are also targets of
//! crosswalk rows. For the other 24 no 2009 origin was seen, which is not proof of novelty
//! (Financing is also an unverified target of External Policy & Incentives). Together with
//! the crosswalk's rows this covers every CFIR 2022 construct but one: Work Infrastructure,
//! which neither file lists (the Structural Characteristics row quotes its page).

use super::cfir_correspondence::SourceQuote;
use super::Cfir2022Construct;
use super::Cfir2022Construct as C22;
use NewConstructBasis::{AttributedWithoutSingleOrigin, NoOriginSeen, StatedNew};

vocabulary! {
    /// What the sources say about the origin of a CFIR 2022 construct listed in
    /// [`CfirNewConstruct::ALL`].
    ///
    /// ```
    /// use isp_moc::vocab::NewConstructBasis;
    ///
    /// assert!(NewConstructBasis::StatedNew.is_verified());
    /// assert!(!NewConstructBasis::NoOriginSeen.is_verified());
    /// assert_eq!("stated new".parse::<NewConstructBasis>()?, NewConstructBasis::StatedNew);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum NewConstructBasis ("CFIR 2022 new-construct basis") {
        StatedNew = "stated_new" {
            "Stated new",
            "An official source says the construct was added in the 2022 update.",
        },
        AttributedWithoutSingleOrigin = "attributed_without_single_origin" {
            "Attributed, no single origin",
            "The CFIR team's page attributes some content to the original CFIR, but no single 2009 construct is the construct's origin; unverified as new.",
            aliases: ["original content attributed but no single 2009 origin"],
        },
        NoOriginSeen = "no_origin_seen" {
            "No origin seen",
            "No 2009 row or attribution was seen, which is not proof that the construct is new; unverified.",
            aliases: ["no 2009 origin seen unverified"],
        },
    }
}

impl NewConstructBasis {
    /// True only for [`StatedNew`](Self::StatedNew): the reference treats every other
    /// entry as unverified.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::NewConstructBasis;
    /// assert!(!NewConstructBasis::AttributedWithoutSingleOrigin.is_verified());
    /// ```
    pub const fn is_verified(self) -> bool {
        matches!(self, NewConstructBasis::StatedNew)
    }
}

/// A CFIR 2022 construct the sources give no single CFIR 2009 origin, with what they say.
///
/// Rows serialize but do not deserialize (fixed data).
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{Cfir2022Construct, CfirNewConstruct, NewConstructBasis};
///
/// let local = CfirNewConstruct::of(Cfir2022Construct::LocalAttitudes).unwrap();
/// assert_eq!(local.basis, NewConstructBasis::StatedNew);
/// assert!(local.evidence.unwrap().quote.contains("This construct was added to CFIR"));
///
/// let teaming = CfirNewConstruct::of(Cfir2022Construct::Teaming).unwrap();
/// assert_eq!(teaming.basis, NewConstructBasis::AttributedWithoutSingleOrigin);
/// assert!(CfirNewConstruct::of(Cfir2022Construct::Culture).is_none()); // has a 2009 row
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CfirNewConstruct {
    /// The CFIR 2022 construct.
    pub cfir2022: Cfir2022Construct,
    /// What the sources say about its origin.
    pub basis: NewConstructBasis,
    /// The quote, for the stated and attributed entries.
    pub evidence: Option<SourceQuote>,
    /// The reference's note, where it has one.
    pub note: Option<&'static str>,
}

const fn q(quote: &'static str, source_url: &'static str) -> SourceQuote {
    SourceQuote { quote, source_url }
}

impl CfirNewConstruct {
    /// Every entry, in the reference's order: stated new, attributed without a single
    /// origin, no origin seen.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirNewConstruct;
    /// assert_eq!(CfirNewConstruct::ALL.len(), 32);
    /// assert_eq!(CfirNewConstruct::ALL.iter().filter(|e| e.is_verified()).count(), 2);
    /// ```
    pub const ALL: &'static [CfirNewConstruct] = ENTRIES;

    /// The entry for a CFIR 2022 construct, if the reference lists it.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirNewConstruct, NewConstructBasis};
    /// let e = CfirNewConstruct::of(Cfir2022Construct::CriticalIncidents).unwrap();
    /// assert_eq!(e.basis, NewConstructBasis::NoOriginSeen);
    /// ```
    pub fn of(construct: Cfir2022Construct) -> Option<&'static CfirNewConstruct> {
        Self::ALL.iter().find(|e| e.cfir2022 == construct)
    }

    /// True when an official source states the construct is new.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirNewConstruct};
    /// assert!(CfirNewConstruct::of(Cfir2022Construct::LocalConditions).unwrap().is_verified());
    /// ```
    pub const fn is_verified(&self) -> bool {
        self.basis.is_verified()
    }
}

/// The reference's entries, in its order.
const ENTRIES: &[CfirNewConstruct] = &[
    CfirNewConstruct {
        cfir2022: C22::LocalAttitudes,
        basis: StatedNew,
        evidence: Some(q(
            "Note: This construct was added to CFIR to address situations in which the Inner Setting requires explicit support, e.g., participation, funding, from the Outer Setting",
            "https://cfirguide.org/constructs/local-attitudes",
        )),
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::LocalConditions,
        basis: StatedNew,
        evidence: Some(q(
            "Note: This construct was added to CFIR to address situations in which the Inner Setting requires explicit support, e.g., participation, funding, from the Outer Setting",
            "https://cfirguide.org/constructs/local-conditions",
        )),
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Teaming,
        basis: AttributedWithoutSingleOrigin,
        evidence: Some(q(
            "The original CFIR asserted that any one role cannot function in isolation",
            "https://cfirguide.org/constructs/implementation-process-domain/teaming/",
        )),
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::ImplementationTeamMembers,
        basis: AttributedWithoutSingleOrigin,
        evidence: Some(q(
            "The original CFIR elaborated that engaging team members tasked with implementing an innovation (or to be “first users”), is an often-overlooked part of implementation",
            "https://cfirguide.org/constructs/individuals/roles/implementation-team-members/",
        )),
        note: Some("text is from 2009 Engaging"),
    },
    CfirNewConstruct {
        cfir2022: C22::Opportunity,
        basis: AttributedWithoutSingleOrigin,
        evidence: Some(q(
            "The original CFIR provided further elaboration on this construct. Allocation of time by the organization is a key component of Opportunity",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/opportunity/",
        )),
        note: Some("time/dedicated-time text resembles 2009 FAIIL and Available Resources"),
    },
    CfirNewConstruct {
        cfir2022: C22::MissionAlignment,
        basis: AttributedWithoutSingleOrigin,
        evidence: Some(q(
            "The original CFIR highlighted the importance of aligning the innovation with the Inner Setting mission",
            "https://cfirguide.org/constructs/inner-setting/mission-alignment/",
        )),
        note: Some("reuses 2009 Goals & Feedback wording"),
    },
    CfirNewConstruct {
        cfir2022: C22::Capability,
        basis: AttributedWithoutSingleOrigin,
        evidence: Some(q(
            "The original CFIR elaborated further saying that the competence of individuals to judge the effectiveness of an innovation is facilitated by their understanding of underlying principles",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/capability/",
        )),
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Motivation,
        basis: AttributedWithoutSingleOrigin,
        evidence: Some(q(
            "individual-level constructs from the original CFIR that are included as themes within the new Motivation construct",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/motivation/",
        )),
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::CriticalIncidents,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Financing,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::ExternalPressure,
        basis: NoOriginSeen,
        evidence: None,
        note: Some("parent; holds 2009 Peer Pressure and part of External Policy & Incentives"),
    },
    CfirNewConstruct {
        cfir2022: C22::SocietalPressure,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::PhysicalInfrastructure,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::InformationTechnologyInfrastructure,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::HumanEqualityCenteredness,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::DelivererCenteredness,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Funding,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Space,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::MaterialsAndEquipment,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::OtherImplementationSupport,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::InnovationDeliverers,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Need,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::AssessingNeeds,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::AssessingNeedsInnovationDeliverers,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::AssessingNeedsInnovationRecipients,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::AssessingContext,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::TailoringStrategies,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::Adapting,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::EngagingInnovationDeliverers,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::EngagingInnovationRecipients,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::ReflectingAndEvaluatingImplementation,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
    CfirNewConstruct {
        cfir2022: C22::ReflectingAndEvaluatingInnovation,
        basis: NoOriginSeen,
        evidence: None,
        note: None,
    },
];

//! Which edition of CFIR a term belongs to.
//!
//! CFIR 2009 and CFIR 2022 share many names ("Culture", "Relative Priority", "Engaging")
//! but not always their meaning or place, so they are separate vocabularies. Every term of
//! either carries a [`version`](CfirConstruct::version), and their ids never collide:
//! CFIR 2022 ids all start with `cfir2022_`, so one id names one term of one version.

use super::{CfirConstruct, CfirDomain};

vocabulary! {
    /// The CFIR editions this crate encodes.
    ///
    /// `#[non_exhaustive]` because the framework keeps evolving (the CFIR User Guide 2025,
    /// for instance, may bring another revision).
    ///
    /// ```
    /// use isp_moc::vocab::{Cfir2022Construct, CfirConstruct, CfirVersion};
    ///
    /// assert_eq!(CfirConstruct::RelativePriority.version(), CfirVersion::Cfir2009);
    /// assert_eq!(Cfir2022Construct::RelativePriority.version(), CfirVersion::Cfir2022);
    /// assert_eq!("updated CFIR".parse::<CfirVersion>()?, CfirVersion::Cfir2022);
    /// assert_eq!(CfirVersion::Cfir2022.year(), 2022);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum CfirVersion ("CFIR version") {
        Cfir2009 = "cfir2009" {
            "CFIR 2009",
            "The original framework: five domains with 26 constructs and 13 sub-constructs.",
            aliases: ["2009", "original CFIR", "CFIR 1.0", "CFIR 1"],
        },
        Cfir2022 = "cfir2022" {
            "CFIR 2022",
            "The framework updated from user feedback: five domains with 48 constructs and 19 sub-constructs.",
            aliases: ["2022", "updated CFIR", "CFIR 2.0", "CFIR 2"],
        },
    }
}

impl CfirVersion {
    /// The publication year of the edition.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::CfirVersion::Cfir2009.year(), 2009);
    /// ```
    pub const fn year(self) -> u16 {
        match self {
            CfirVersion::Cfir2009 => 2009,
            CfirVersion::Cfir2022 => 2022,
        }
    }

    /// The paper that defines the edition.
    ///
    /// # Example
    ///
    /// ```
    /// let c = isp_moc::vocab::CfirVersion::Cfir2022.citation();
    /// assert!(c.contains("doi:10.1186/s13012-022-01245-0"));
    /// ```
    pub const fn citation(self) -> &'static str {
        match self {
            CfirVersion::Cfir2009 => {
                "Damschroder LJ et al. Implementation Science 2009;4:50. doi:10.1186/1748-5908-4-50"
            }
            CfirVersion::Cfir2022 => {
                "Damschroder LJ, Reardon CM, Opra Widerquist MA, Lowery J. \
                 Implementation Science 2022;17:75. doi:10.1186/s13012-022-01245-0"
            }
        }
    }
}

impl CfirDomain {
    /// The CFIR edition of this domain: always [`CfirVersion::Cfir2009`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirDomain, CfirVersion};
    /// assert_eq!(CfirDomain::InnerSetting.version(), CfirVersion::Cfir2009);
    /// ```
    pub const fn version(self) -> CfirVersion {
        CfirVersion::Cfir2009
    }
}

impl CfirConstruct {
    /// The CFIR edition of this construct: always [`CfirVersion::Cfir2009`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, CfirVersion};
    /// assert_eq!(CfirConstruct::Champions.version(), CfirVersion::Cfir2009);
    /// ```
    pub const fn version(self) -> CfirVersion {
        CfirVersion::Cfir2009
    }
}

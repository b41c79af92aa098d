//! Context assessment: where implementation support is likely to work at a site, where
//! it is at risk, and which context to address first.
//!
//! Hiring an ISP does not by itself solve implementation problems: whether the
//! mechanisms unfold depends on context (the review's Table 1). A site describes its
//! context as CFIR ratings ([`ContextProfile`]: by factor, or by CFIR 2009 or 2022
//! construct), [`assess`] turns them into a standing for every mechanism and pathway on
//! Dalkin's continuum of activation ([`Activation`]: blocked, at risk, mixed, unknown,
//! neutral, supported), each with the factors, ratings and links that produced it, and
//! ranks the factors to address ([`Priority`]). The rule is written out at [`assess`] and
//! in `docs/ASSESSMENT.md`.
//!
//! ```
//! use isp_moc::assess::{assess, Activation, AssessOptions, ContextProfile};
//! use isp_moc::vocab::CfirConstruct;
//!
//! let g = isp_moc::catalog::figure2();
//! let site = ContextProfile::new("Eastside")
//!     .rate(CfirConstruct::LeadershipEngagement, "-2".parse()?)
//!     .rate("isp_role_clarity", "-1".parse()?);
//! let a = assess(&g, &site, &AssessOptions::default())?;
//! assert_eq!(a.mechanism("isp_skills").unwrap().activation, Activation::Blocked);
//! assert_eq!(a.priorities[0].factor, "isp_role_clarity");
//! # Ok::<(), isp_moc::Error>(())
//! ```

mod activation;
mod assessment;
mod cross_case;
mod drawing;
mod key;
#[cfg(feature = "csv")]
mod matrix;
mod priority;
mod profile;
#[cfg(feature = "serde")]
mod profile_file;
mod report;
mod resolve;
mod rule;

pub use activation::Activation;
pub use assessment::{
    assess, AssessOptions, Assessment, FactorEffect, FactorRating, MechanismStanding,
    OverriddenRating, PathwaySet, PathwaySetStanding, PathwayStanding,
};
pub use cross_case::{compare_sites, CrossCase, FactorContrast, SiteOutcome, StandingContrast};
pub use key::RatingKey;
#[cfg(feature = "csv")]
pub use matrix::{read_rating_matrix, read_rating_matrix_file, MatrixOptions};
pub use priority::Priority;
pub use profile::{ContextProfile, SiteRating};
#[cfg(feature = "schemars")]
pub use profile_file::{assessment_schema, profile_schema};
#[cfg(feature = "serde")]
pub use profile_file::{
    profiles_from_json, profiles_to_json, read_profiles_file, PROFILE_FORMAT_VERSION,
};
pub use resolve::AppliedRating;

//! Evidence synthesis: from coded studies to the review's tables and evidence-weighted
//! mechanisms.
//!
//! The review coded excerpts of its included publications deductively (resource = ISP
//! knowledge, skills, attitudes; reasoning = COM-B capability, opportunity, motivation plus
//! relational; context = the five CFIR domains), exported them to spreadsheets and counted
//! them. This module is that pipeline: a study table with identity ([`Study`]), coded
//! [`Excerpt`]s read from the spreadsheets qualitative-analysis tools export
//! ([`read_evidence_csv`], with a [`CsvMapping`]), an [`EvidenceBase`] that merges updates
//! without counting a study twice, the summary tables a review reports
//! ([`ReviewSummary`]), and the coding scheme as a codebook for the tools people code in
//! ([`Codebook`]).
//!
//! [`Study`]: crate::model::Study

mod base;
mod code;
mod codebook;
#[cfg(feature = "csv")]
mod csv_read;
mod csv_write;
mod excerpt;
#[cfg(feature = "csv")]
mod mapping;
mod summary;
mod weigh;

pub use base::EvidenceBase;
pub use code::Code;
pub use codebook::{Codebook, CodebookEntry};
#[cfg(feature = "csv")]
pub use csv_read::{read_evidence_csv, read_evidence_csv_file};
pub use excerpt::Excerpt;
#[cfg(feature = "csv")]
pub use mapping::{CsvMapping, Field};
pub use summary::{CountRow, ReviewSummary, ShareRow};
pub use weigh::{Unplaced, Weighed};

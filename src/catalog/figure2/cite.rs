//! Small helpers that keep the catalog tables readable.

use crate::model::{Citation, Evidence, Observation};
use crate::Result;

/// Parses a `;`-separated list of author-year citations ("Akin 2016; Barac et al. 2018").
pub(super) fn studies(list: &str) -> Result<Vec<Citation>> {
    list.split(';').map(|c| c.trim().parse()).collect()
}

/// Evidence made of supporting citations.
pub(super) fn cited(list: &str) -> Result<Evidence> {
    Ok(Evidence {
        citations: studies(list)?,
        ..Evidence::default()
    })
}

/// An enabling observation with its citations (an empty list for none).
pub(super) fn enabling(summary: &str, list: &str) -> Result<Observation> {
    with_studies(Observation::enabling(summary), list)
}

/// A hindering observation with its citations (an empty list for none).
pub(super) fn hindering(summary: &str, list: &str) -> Result<Observation> {
    with_studies(Observation::hindering(summary), list)
}

fn with_studies(mut o: Observation, list: &str) -> Result<Observation> {
    if !list.is_empty() {
        o.citations = studies(list)?;
    }
    Ok(o)
}

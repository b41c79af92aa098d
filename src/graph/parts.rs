//! [`ModelParts`]: a model's records, taken apart to edit and rebuild.

use crate::model::{Link, Mechanism, ModelInfo, Study};
use crate::{MechanismGraph, MechanismGraphBuilder, Result};

/// A model's records: info, mechanisms, links and the study table, in declaration order. Take a graph
/// apart with [`MechanismGraph::into_parts`], edit the records, and rebuild it (with the
/// builder's validation) with [`MechanismGraph::from_parts`] or [`ModelParts::build`].
///
/// `#[non_exhaustive]`: further tables can join without a breaking release; start from
/// [`ModelParts::new`] or from a graph's parts.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Link, Relation};
///
/// let mut parts = isp_moc::catalog::figure2().into_parts();
/// parts.links.retain(|l| l.from != "boundary_spanning");
/// parts.links.push(Link::new("trust", "self_efficacy", Relation::LeadsTo).inferred());
/// let edited = parts.build()?;
/// assert!(edited.links_from("boundary_spanning")?.is_empty());
/// assert!(edited.link("trust", "self_efficacy").is_ok());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ModelParts {
    /// Model-level information.
    pub info: ModelInfo,
    /// The elements, in declaration order.
    pub mechanisms: Vec<Mechanism>,
    /// The links, in declaration order.
    pub links: Vec<Link>,
    /// The studies that evidence refers to by id ([`Evidence::studies`]), in declaration
    /// order; empty for a model that cites by author and year only.
    ///
    /// [`Evidence::studies`]: crate::model::Evidence::studies
    pub studies: Vec<Study>,
}

impl ModelParts {
    /// No records and default info.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = isp_moc::ModelParts::new();
    /// assert!(parts.mechanisms.is_empty() && parts.links.is_empty());
    /// ```
    pub fn new() -> Self {
        ModelParts::default()
    }

    /// Validates the records and builds the graph (see [`MechanismGraphBuilder::build`]).
    ///
    /// # Errors
    ///
    /// Every problem found, as [`MechanismGraphBuilder::build`].
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::ModelParts::new().build()?;
    /// assert!(g.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn build(self) -> Result<MechanismGraph> {
        MechanismGraphBuilder::from(self).build()
    }
}

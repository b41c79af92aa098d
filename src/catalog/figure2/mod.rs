//! Figure 2 of Albers et al. (2022), assembled from its parts.

mod cite;
mod context;
mod context_links;
mod elements;
mod info;
mod links;
mod studies;

pub use info::SOURCE;

use crate::{MechanismGraph, MechanismGraphBuilder, Result};

/// Builds the model; every part is validated like a user's model.
pub(super) fn build() -> Result<MechanismGraph> {
    MechanismGraphBuilder::new()
        .info(info::info())
        .mechanisms(elements::elements()?)
        .mechanisms(context::context_factors()?)
        .links(links::links()?)
        .links(context_links::context_links()?)
        .studies(studies::studies()?)
        .build()
}

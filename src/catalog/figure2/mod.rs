//! Figure 2 of Albers et al. (2022), assembled from its parts.

mod cite;
mod context;
mod context_links;
mod elements;
mod info;
mod links;

pub use info::SOURCE;

use crate::{MechanismGraph, MechanismGraphBuilder, Result};

/// Builds the model; every part is validated like a user's model.
pub(super) fn build() -> Result<MechanismGraph> {
    let mut b = MechanismGraphBuilder::new();
    b.info(info::info());
    for m in elements::elements()?
        .into_iter()
        .chain(context::context_factors()?)
    {
        b.mechanism(m);
    }
    for l in links::links()?
        .into_iter()
        .chain(context_links::context_links()?)
    {
        b.link(l);
    }
    b.build()
}

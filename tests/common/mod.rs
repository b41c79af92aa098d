//! Helpers shared by the integration tests.

#![allow(dead_code)]

pub mod expected;
pub mod hostile;
pub mod tools;

use isp_moc::model::{Category, Citation, Evidence, Link, Mechanism, Relation};
use isp_moc::vocab::{CfirDomain, IspResource, OutcomeLevel, ReasoningType};
use isp_moc::{MechanismGraph, MechanismGraphBuilder, Result};

pub fn resource(id: &str) -> Mechanism {
    Mechanism::new(id, id, Category::resource(IspResource::Skills))
}

pub fn reasoning(id: &str) -> Mechanism {
    Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational))
}

pub fn outcome(id: &str) -> Mechanism {
    Mechanism::new(id, id, Category::outcome(&[OutcomeLevel::Individual]))
}

pub fn context(id: &str) -> Mechanism {
    Mechanism::new(id, id, Category::context(CfirDomain::InnerSetting))
}

pub fn leads(from: &str, to: &str) -> Link {
    Link::new(from, to, Relation::LeadsTo)
}

/// A link whose support is `n` distinct supporting studies.
pub fn supported(from: &str, to: &str, n: u16) -> Link {
    let mut e = Evidence::new();
    for i in 0..n {
        e = e.with_citation(Citation::new(&format!("Author{i}"), 2000 + i));
    }
    leads(from, to).with_evidence(e)
}

pub fn build(mechanisms: Vec<Mechanism>, links: Vec<Link>) -> Result<MechanismGraph> {
    let mut b = MechanismGraphBuilder::new();
    for m in mechanisms {
        b = b.mechanism(m);
    }
    for l in links {
        b = b.link(l);
    }
    b.build()
}

/// Reasoning nodes `a`..`e` with the given links.
pub fn small(links: &[(&str, &str)]) -> MechanismGraph {
    let nodes = ["a", "b", "c", "d", "e"]
        .iter()
        .map(|id| reasoning(id))
        .collect();
    build(nodes, links.iter().map(|(f, t)| leads(f, t)).collect()).unwrap()
}

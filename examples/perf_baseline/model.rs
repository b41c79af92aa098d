//! The harness's edge lists as isp-moc models (shared by `perf_baseline` and
//! `perf_memory`): resources are resources, every other causal node (strategies,
//! relational and COM-B responses, behaviour, the synthetic layers) is reasoning, outcomes
//! are outcomes and context nodes are context factors; an edge is a link with its evidence
//! weight, its sign, a support count of round(10 · weight) and its moderators.

use crate::harness::EdgeList;
use isp_moc::model::{Category, Link, Mechanism, Polarity, Relation};
use isp_moc::vocab::{CfirDomain, IspResource, OutcomeLevel, ReasoningType};
use isp_moc::{MechanismGraph, MechanismId};

/// The mechanism category for a harness node kind.
fn category(kind: &str, label: &str) -> Category {
    match kind {
        "resource" => Category::resource(IspResource::Skills),
        "outcome" => Category::outcome(&[OutcomeLevel::Individual]),
        "context" => Category::context(CfirDomain::InnerSetting),
        "relational" => Category::reasoning(ReasoningType::Relational),
        _ if label.starts_with("opp_") => Category::reasoning(ReasoningType::Opportunity),
        _ if label.starts_with("mot_") => Category::reasoning(ReasoningType::Motivation),
        _ => Category::reasoning(ReasoningType::Capability),
    }
}

/// Builds the model through the public builder (full validation). The links share the
/// mechanisms' ids (`Link::between` on clones of them), as a program writing a large
/// model would.
pub fn build(el: &EdgeList) -> MechanismGraph {
    let mechanisms = mechanisms(el);
    let ids: Vec<MechanismId> = mechanisms.iter().map(|m| m.id.clone()).collect();
    match MechanismGraph::builder()
        .mechanisms(mechanisms)
        .links(links(el, &ids))
        .build()
    {
        Ok(g) => g,
        Err(e) => panic!("{}: {e}", el.name),
    }
}

/// The harness's nodes as mechanism records, in node order.
pub fn mechanisms(el: &EdgeList) -> Vec<Mechanism> {
    el.nodes
        .iter()
        .map(|n| Mechanism::new(&n.label, &n.label, category(&n.kind, &n.label)))
        .collect()
}

/// The harness's edges as link records, between the mechanisms' `ids` (in node order).
pub fn links<'a>(el: &'a EdgeList, ids: &'a [MechanismId]) -> impl Iterator<Item = Link> + 'a {
    el.edges.iter().map(move |e| {
        let id = |i: u32| &ids[i as usize];
        // Fields set in place: the `with_*` chain moves the whole record through each call.
        let mut l = Link::between(id(e.u), id(e.v), Relation::LeadsTo);
        l.weight = Some(e.weight);
        l.evidence.publications = Some((e.weight * 10.0).round() as u32);
        if e.sign < 0 {
            l.polarity = Polarity::Negative;
        }
        l.moderators = e.moderators.iter().map(|&m| id(m).clone()).collect();
        l
    })
}

//! The harness's edge lists as isp-moc models (shared by `perf_baseline` and
//! `perf_memory`): resources are resources, every other causal node (strategies,
//! relational and COM-B responses, behaviour, the synthetic layers) is reasoning, outcomes
//! are outcomes and context nodes are context factors; an edge is a link with its evidence
//! weight, its sign, a support count of round(10 · weight) and its moderators.

use crate::harness::EdgeList;
use isp_moc::model::{Category, Evidence, Link, Mechanism, Polarity, Relation};
use isp_moc::vocab::{CfirDomain, IspResource, OutcomeLevel, ReasoningType};
use isp_moc::MechanismGraph;

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

/// Builds the model through the public builder (full validation).
pub fn build(el: &EdgeList) -> MechanismGraph {
    let ids: Vec<&str> = el.nodes.iter().map(|n| n.label.as_str()).collect();
    let mechanisms = el
        .nodes
        .iter()
        .map(|n| Mechanism::new(&n.label, &n.label, category(&n.kind, &n.label)));
    let links = el.edges.iter().map(|e| {
        let relation = Relation::LeadsTo;
        let mut l = Link::new(ids[e.u as usize], ids[e.v as usize], relation)
            .with_weight(e.weight)
            .with_evidence(Evidence::new().with_publications((e.weight * 10.0).round() as u32));
        if e.sign < 0 {
            l = l.with_polarity(Polarity::Negative);
        }
        for &m in &e.moderators {
            l = l.with_moderator(ids[m as usize]);
        }
        l
    });
    match MechanismGraph::builder()
        .mechanisms(mechanisms)
        .links(links)
        .build()
    {
        Ok(g) => g,
        Err(e) => panic!("{}: {e}", el.name),
    }
}

//! Models for the drawing tests (`tests/dot.rs`, `tests/exports.rs`): not Figure 2.

#![allow(dead_code)]

use isp_moc::model::{Category, Evidence, Link, Mechanism, Observation, Polarity, Relation};
use isp_moc::vocab::{CfirConstruct, IspResource, OutcomeLevel, ReasoningType};
use isp_moc::MechanismGraph;

fn mechanism(id: &str, category: Category) -> Mechanism {
    Mechanism::new(id, &id.replace('_', " "), category)
}

/// A chain that runs resource → relational → motivation → capability → outcome, declared
/// in Figure 2's column order (so columns draw it backwards), with a feedback link from the
/// outcome back to the relational response and a context factor moderating motivation.
pub fn forwards() -> MechanismGraph {
    MechanismGraph::builder()
        .mechanism(mechanism(
            "leadership",
            Category::cfir(CfirConstruct::LeadershipEngagement),
        ))
        .mechanism(mechanism(
            "coaching",
            Category::resource(IspResource::Skills),
        ))
        .mechanism(mechanism(
            "alliance",
            Category::reasoning(ReasoningType::Relational),
        ))
        .mechanism(mechanism(
            "skill",
            Category::reasoning(ReasoningType::Capability),
        ))
        .mechanism(mechanism(
            "engagement",
            Category::reasoning(ReasoningType::Motivation),
        ))
        .mechanism(mechanism(
            "fidelity",
            Category::outcome(&[OutcomeLevel::Individual]),
        ))
        .link(Link::new("coaching", "alliance", Relation::LeadsTo))
        .link(Link::new("alliance", "engagement", Relation::LeadsTo))
        .link(Link::new("engagement", "skill", Relation::Precondition))
        .link(Link::new("skill", "fidelity", Relation::LeadsTo))
        .link(Link::new("fidelity", "alliance", Relation::LeadsTo).inferred())
        .link(Link::new("leadership", "engagement", Relation::Moderates))
        .build()
        .unwrap()
}

/// The ranks [`forwards`] must be drawn in.
pub const FORWARDS_RANKS: [&[&str]; 5] = [
    &["coaching"],
    &["leadership", "alliance"],
    &["engagement"],
    &["skill"],
    &["fidelity"],
];

/// Every sign on every relation: a negative and a mixed `leads_to`, a negative
/// precondition, a negative and a mixed moderation, next to positive ones and a link with
/// hindering findings; support counts of 3 and 0 on two links, none on the others.
pub fn signed() -> MechanismGraph {
    MechanismGraph::builder()
        .mechanism(mechanism(
            "turnover",
            Category::cfir(CfirConstruct::StructuralCharacteristics),
        ))
        .mechanism(mechanism(
            "mandate",
            Category::cfir(CfirConstruct::ExternalPolicyAndIncentives),
        ))
        .mechanism(mechanism(
            "coaching",
            Category::resource(IspResource::Skills),
        ))
        .mechanism(mechanism(
            "alliance",
            Category::reasoning(ReasoningType::Relational),
        ))
        .mechanism(mechanism(
            "burnout",
            Category::reasoning(ReasoningType::Motivation),
        ))
        .mechanism(mechanism(
            "time",
            Category::reasoning(ReasoningType::Opportunity),
        ))
        .mechanism(mechanism(
            "fidelity",
            Category::outcome(&[OutcomeLevel::Individual]),
        ))
        .link(Link::new("coaching", "alliance", Relation::LeadsTo))
        .link(
            Link::new("coaching", "burnout", Relation::LeadsTo)
                .with_polarity(Polarity::Negative)
                .with_evidence(Evidence::new().with_publications(3)),
        )
        .link(
            Link::new("burnout", "fidelity", Relation::Precondition)
                .with_polarity(Polarity::Negative),
        )
        // a count of none reported is drawn (`n=0`); no count at all is not
        .link(
            Link::new("time", "fidelity", Relation::LeadsTo)
                .with_polarity(Polarity::Mixed)
                .with_evidence(Evidence::new().with_publications(0)),
        )
        .link(
            Link::new("alliance", "fidelity", Relation::LeadsTo)
                .with_observation(Observation::hindering("no effect")),
        )
        .link(
            Link::new("turnover", "alliance", Relation::Moderates)
                .with_polarity(Polarity::Negative),
        )
        .link(Link::new("mandate", "time", Relation::Moderates).with_polarity(Polarity::Mixed))
        .build()
        .unwrap()
}

/// The legend of [`signed`], in order, after its element groups (rank layout).
pub const SIGNED_LEGEND: [&str; 8] = [
    "leads to",
    "leads to, negative (−)",
    "leads to, mixed (±)",
    "precondition, negative (−)",
    "moderates, negative (−)",
    "moderates, mixed (±)",
    "with hindering findings",
    "publications reported, or studies cited",
];

/// The element groups [`signed`] shows, in the legend's order.
pub const SIGNED_GROUPS: [&str; 6] = [
    "Context (CFIR)",
    "ISP resources",
    "Relational",
    "Opportunity",
    "Motivation",
    "Outcome",
];

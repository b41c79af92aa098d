//! Compares a user's own model with the paper's Figure 2 and merges it in.
//!
//! ```text
//! cargo run --example compare_models
//! ```
//!
//! The user's model (a consultation model after CBT training, written in code) names some
//! of Figure 2's elements its own way: its `alliance` is Figure 2's `trust`. A crosswalk
//! ([`IdMap`]) says so; the example then prints
//!
//! 1. where the user's model names, types or links the elements both models have
//!    differently (from a diff of Figure 2 against the user's model renamed into Figure 2's
//!    ids: labels, categories, relations, polarities and bases);
//! 2. the merge of the user's model into Figure 2: its size and every conflict, with the
//!    side kept;
//! 3. what the merge adds to Figure 2 (a diff of Figure 2 against the merged model).

#[macro_use]
mod support;

use isp_moc::compare::{diff, merge, IdMap, LinkChange, LinkDiff, MechanismChange, MechanismDiff};
use isp_moc::model::{Category, Citation, Evidence, Link, Mechanism, ModelInfo, Relation};
use isp_moc::vocab::{
    ComBSubcomponent, ImplementationOutcome, IspResource, OutcomeLevel, ReasoningType,
};
use isp_moc::MechanismGraph;

fn users_model() -> isp_moc::Result<MechanismGraph> {
    let cited =
        |authors: &str, year: u16| Evidence::new().with_citation(Citation::new(authors, year));
    MechanismGraph::builder()
        .info(ModelInfo::new(
            "Consultation after CBT training (my reading)",
        ))
        .mechanism(
            Mechanism::new(
                "isp_skills",
                "Consultation skills",
                Category::resource(IspResource::Skills),
            )
            .with_evidence(cited("Beidas et al.", 2013)),
        )
        .mechanism(
            Mechanism::new(
                "alliance",
                "Working alliance",
                Category::reasoning(ReasoningType::Relational),
            )
            .with_evidence(cited("McLeod et al.", 2018)),
        )
        .mechanism(Mechanism::new(
            "feeling_connected",
            "Feeling connected",
            Category::reasoning(ReasoningType::Relational),
        ))
        .mechanism(Mechanism::new(
            "learning",
            "Learning from actual cases",
            Category::com_b(ComBSubcomponent::PsychologicalCapability),
        ))
        .mechanism(Mechanism::new(
            "confidence",
            "Confidence",
            Category::reasoning(ReasoningType::Capability),
        ))
        .mechanism(Mechanism::new(
            "delivery",
            "Delivery as trained",
            Category::outcome(&[OutcomeLevel::Individual])
                .with_implementation_outcome(ImplementationOutcome::Fidelity),
        ))
        .link(
            Link::new("isp_skills", "alliance", Relation::LeadsTo)
                .with_citation(Citation::new("Barac et al.", 2018).with_locator("p. 12"))
                .with_citation(Citation::new("McLeod et al.", 2018)),
        )
        .link(
            Link::new("isp_skills", "feeling_connected", Relation::LeadsTo)
                .with_evidence(cited("Beidas et al.", 2013)),
        )
        .link(Link::new("feeling_connected", "alliance", Relation::LeadsTo).inferred())
        .link(
            Link::new("alliance", "learning", Relation::LeadsTo)
                .with_evidence(cited("McLeod et al.", 2018)),
        )
        .link(
            Link::new("learning", "confidence", Relation::LeadsTo)
                .with_evidence(cited("Beidas et al.", 2013)),
        )
        .link(Link::new("confidence", "delivery", Relation::LeadsTo).inferred())
        .build()
}

fn main() -> isp_moc::Result<()> {
    let figure2 = isp_moc::catalog::figure2();
    let mine = users_model()?;
    outln!(
        "comparing {:?} ({} mechanisms, {} links) with Figure 2 ({} mechanisms, {} links)",
        mine.info().name,
        mine.mechanism_count(),
        mine.link_count(),
        figure2.mechanism_count(),
        figure2.link_count()
    );

    // my id → Figure 2's id; ids not listed (isp_skills, feeling_connected) keep theirs
    let ids = IdMap::new()
        .with("alliance", "trust")
        .with("learning", "meaningful_learning")
        .with("confidence", "self_efficacy")
        .with("delivery", "implementation_behaviour");
    let crosswalk: Vec<String> = ids
        .iter()
        .map(|(mine, theirs)| format!("{mine} = {theirs}"))
        .collect();
    outln!("crosswalk: {}", crosswalk.join(", "));

    // Descriptions, passages and evidence Figure 2 has and my model lacks are differences
    // too; here only the names, categories and claims of the elements both models have.
    outln!("\n1. where my model names, types or links the same elements differently");
    let renamed = ids.rename(&mine)?;
    let d = diff(&figure2, &renamed);
    for m in &d.mechanisms {
        if let MechanismDiff::Changed { id, changes, .. } = m {
            for c in changes {
                if matches!(c, MechanismChange::Label(_) | MechanismChange::Category(_)) {
                    outln!("  {id}: {c}");
                }
            }
        }
    }
    for l in &d.links {
        if let LinkDiff::Changed {
            from, to, changes, ..
        } = l
        {
            for c in changes {
                if matches!(
                    c,
                    LinkChange::Relation(_) | LinkChange::Polarity(_) | LinkChange::Basis(_)
                ) {
                    outln!("  {from} -> {to}: {c}");
                }
            }
        }
    }

    outln!("\n2. merging my model into Figure 2");
    let merged = merge(&figure2, &mine, &ids)?;
    outln!("{merged}");

    outln!("\n3. what the merge adds to Figure 2");
    outln!("{}", diff(&figure2, merged.graph()));

    // The conflicts were read above; accept how they were settled (Figure 2's side, or
    // the larger publication count).
    let g = merged.accept_conflicts();
    outln!(
        "\nmerged model: {} mechanisms, {} links",
        g.mechanism_count(),
        g.link_count()
    );
    Ok(())
}

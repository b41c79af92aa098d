//! Concurrent use: every public type is `Send + Sync` (checked at compile time, so this
//! file stops compiling when one is not), and the same queries asked from several threads
//! of one shared graph give exactly the answers one thread gets.

use isp_moc::model::MechanismKind;
use isp_moc::query::{LoopQuery, PathQuery, Reach};
use isp_moc::MechanismGraph;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn every_public_type_is_send_and_sync() {
    use isp_moc::vocab::{Cfir2022Construct as To22, CfirConstruct as From09};
    macro_rules! send_sync {
        ($($t:ty),* $(,)?) => { $( assert_send_sync::<$t>(); )* };
    }
    send_sync!(
        isp_moc::Error,
        isp_moc::ErrorKind,
        isp_moc::MechanismGraph,
        isp_moc::MechanismGraphBuilder,
        isp_moc::ModelParts,
        isp_moc::MechanismId,
        isp_moc::error::Location,
        isp_moc::error::Problem,
        isp_moc::error::Record,
    );
    send_sync!(
        isp_moc::assess::Activation,
        isp_moc::assess::AppliedRating,
        isp_moc::assess::AssessOptions,
        isp_moc::assess::Assessment,
        isp_moc::assess::ContextProfile,
        isp_moc::assess::CrossCase,
        isp_moc::assess::FactorContrast,
        isp_moc::assess::FactorEffect,
        isp_moc::assess::FactorRating,
        isp_moc::assess::MechanismStanding,
        isp_moc::assess::PathwaySet,
        isp_moc::assess::PathwaySetStanding,
        isp_moc::assess::PathwayStanding,
        isp_moc::assess::Priority,
        isp_moc::assess::RatingKey,
        isp_moc::assess::SiteOutcome,
        isp_moc::assess::SiteRating,
        isp_moc::assess::StandingContrast,
    );
    send_sync!(isp_moc::catalog::Headline);
    send_sync!(
        isp_moc::compare::Change<String>,
        isp_moc::compare::Conflict,
        isp_moc::compare::ConflictKind,
        isp_moc::compare::EvidenceChange,
        isp_moc::compare::IdMap,
        isp_moc::compare::InfoChange,
        isp_moc::compare::LinkChange,
        isp_moc::compare::LinkDiff,
        isp_moc::compare::ListChange<String>,
        isp_moc::compare::MechanismChange,
        isp_moc::compare::MechanismDiff,
        isp_moc::compare::Merged,
        isp_moc::compare::ModelDiff,
        isp_moc::compare::Side,
        isp_moc::compare::Subject,
    );
    send_sync!(
        isp_moc::export::Color,
        isp_moc::export::DagittyOptions,
        isp_moc::export::DrawOptions,
        isp_moc::export::Emphasis,
        isp_moc::export::GraphMlOptions,
        isp_moc::export::Layout,
        isp_moc::export::Style,
        isp_moc::export::Styles,
    );
    send_sync!(
        isp_moc::lint::Lint,
        isp_moc::lint::LintKind,
        isp_moc::lint::LintOptions
    );
    send_sync!(
        isp_moc::model::Basis,
        isp_moc::model::Category,
        isp_moc::model::CategoryTally,
        isp_moc::model::CerqualAssessment,
        isp_moc::model::CfirPlacement,
        isp_moc::model::Citation,
        isp_moc::model::CodingCategory,
        isp_moc::model::Concern,
        isp_moc::model::Confidence,
        isp_moc::model::DomainSubject,
        isp_moc::model::Evidence,
        isp_moc::model::GrammarRule,
        isp_moc::model::Judgement,
        isp_moc::model::Link,
        isp_moc::model::Mechanism,
        isp_moc::model::MechanismKind,
        isp_moc::model::ModelInfo,
        isp_moc::model::Observation,
        isp_moc::model::Polarity,
        isp_moc::model::Relation,
        isp_moc::model::Sector,
        isp_moc::model::Study,
        isp_moc::model::StudyDesign,
        isp_moc::model::StudyId,
        isp_moc::model::Valence,
    );
    send_sync!(
        isp_moc::query::ContextInfluence<'static>,
        isp_moc::query::FeedbackLoop,
        isp_moc::query::LinkFilter,
        isp_moc::query::LinkObservation<'static>,
        isp_moc::query::LoopQuery,
        isp_moc::query::LoopSet,
        isp_moc::query::PathQuery,
        isp_moc::query::PathSet,
        isp_moc::query::Pathway,
        isp_moc::query::Reach,
        isp_moc::query::Reached,
        isp_moc::query::Selector,
        isp_moc::query::Strength,
    );
    send_sync!(
        isp_moc::synth::Code,
        isp_moc::synth::Codebook,
        isp_moc::synth::CodebookEntry,
        isp_moc::synth::CountRow,
        isp_moc::synth::EvidenceBase,
        isp_moc::synth::Excerpt,
        isp_moc::synth::ReviewSummary,
        isp_moc::synth::ShareRow,
    );
    send_sync!(
        isp_moc::vocab::CarriedRating<From09, To22>, isp_moc::vocab::Cfir2022Construct,
        isp_moc::vocab::Cfir2022Domain, isp_moc::vocab::Cfir2022Subdomain,
        isp_moc::vocab::CfirConstruct, isp_moc::vocab::CfirCorrespondence,
        isp_moc::vocab::CfirDomain, isp_moc::vocab::CfirNewConstruct,
        isp_moc::vocab::CfirRating, isp_moc::vocab::CfirVersion, isp_moc::vocab::ClientOutcome,
        isp_moc::vocab::ComBComponent, isp_moc::vocab::ComBSubcomponent,
        isp_moc::vocab::CpdElement, isp_moc::vocab::Distinguishing,
        isp_moc::vocab::EricCluster, isp_moc::vocab::EricClusterVerification,
        isp_moc::vocab::EricStrategy, isp_moc::vocab::ImplementationOutcome,
        isp_moc::vocab::InterventionFunction, isp_moc::vocab::IspAttitudeTheme,
        isp_moc::vocab::IspCompetency, isp_moc::vocab::IspCompetencyDomain,
        isp_moc::vocab::IspKnowledgeArea, isp_moc::vocab::IspPrinciple,
        isp_moc::vocab::IspResource, isp_moc::vocab::IspRole,
        isp_moc::vocab::NewConstructBasis, isp_moc::vocab::OutcomeLevel,
        isp_moc::vocab::PolicyCategory, isp_moc::vocab::RatingCategory,
        isp_moc::vocab::RatingConversion<From09, To22>, isp_moc::vocab::RatingCrosswalk,
        isp_moc::vocab::RatingLegend, isp_moc::vocab::RatingRefusal<From09, To22>,
        isp_moc::vocab::RatingScore, isp_moc::vocab::ReasoningType, isp_moc::vocab::Readings,
        isp_moc::vocab::ServiceOutcome, isp_moc::vocab::SourceQuote,
        isp_moc::vocab::TdfDomain, isp_moc::vocab::TermHit, isp_moc::vocab::TermRecord,
        isp_moc::vocab::TermRef, isp_moc::vocab::TermSearch, isp_moc::vocab::TermTable,
        isp_moc::vocab::Verification, isp_moc::vocab::Vocabulary,
    );
    #[cfg(feature = "serde")]
    send_sync!(
        isp_moc::io::Format,
        isp_moc::vocab::VocabularyFile,
        isp_moc::export::NodeLinkOptions,
    );
    #[cfg(feature = "csv")]
    send_sync!(
        isp_moc::assess::MatrixOptions,
        isp_moc::synth::CsvMapping,
        isp_moc::synth::Field,
    );
}

/// Every query of the crate on `g`, as text, so answers compare whole.
fn answers(g: &MechanismGraph) -> Vec<String> {
    let resources = PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome]);
    let mut out = vec![
        format!("{:?}", g.pathways(resources.clone()).unwrap()),
        format!("{:?}", g.strongest_pathway(resources).unwrap()),
        format!("{:?}", g.feedback_loops(LoopQuery::new()).unwrap()),
        format!("{:?}", g.lints()),
        isp_moc::export::dot(g, &Default::default()),
        isp_moc::export::mermaid(g, &Default::default()),
    ];
    for m in g.mechanisms() {
        let id = m.id.as_str();
        out.push(format!("{:?}", g.downstream(id, Reach::all()).unwrap()));
        out.push(format!("{:?}", g.upstream(id, Reach::all()).unwrap()));
        out.push(format!("{:?}", g.context_of(id).unwrap()));
    }
    #[cfg(feature = "serde")]
    out.push(isp_moc::io::to_json(g));
    out
}

#[test]
fn queries_from_several_threads_agree_with_one() {
    let g = isp_moc::catalog::figure2();
    let expected = answers(&g);
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..4).map(|_| s.spawn(|| answers(&g))).collect();
        for w in workers {
            assert_eq!(w.join().unwrap(), expected);
        }
    });
}

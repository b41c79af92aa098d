//! The model's info: source, CFIR domain subjects and the review's category tallies.

use crate::export::Layout;
use crate::model::{CategoryTally, CodingCategory, DomainSubject, ModelInfo};
use crate::vocab::{CfirDomain, IspResource, ReasoningType};

/// The full reference of the source paper.
pub const SOURCE: &str = "Albers, B., Metz, A., Burke, K., Bührmann, L., Bartley, L., \
Driessen, P., & Varsi, C. (2022). The Mechanisms of Implementation Support: Findings from a \
Systematic Integrative Review. Research on Social Work Practice, 32(3), 259-280. \
https://doi.org/10.1177/10497315211042375";

pub(super) fn info() -> ModelInfo {
    use CodingCategory::{Context, Reasoning, Resource};
    let relational = "extracted from 24 studies";
    let com_b = "capability (n=22), opportunity";
    ModelInfo::new(
        "Implementation support practitioner mechanisms of change (Albers et al. 2022, Figure 2)",
    )
    .with_description(
        "Implementation support practitioner mechanisms of change (Albers et al. 2022, \
             Figure 2), reconstructed from the paper's text: ISP resources, stakeholder \
             responses (relational, capability, opportunity, motivation), the Table 1 context \
             factors and implementation behaviour. Data came from 78 of 109 included \
             publications: responses from 50, context from 63. Every link is a hypothesis from \
             a narrative synthesis, not an effect size; inferred links are marked.",
    )
    .with_source(SOURCE)
    .with_layout(Layout::Columns)
    .with_domain_subject(DomainSubject::new(
        CfirDomain::InterventionCharacteristics,
        "the ISP role",
    ))
    .with_domain_subject(DomainSubject::new(
        CfirDomain::CharacteristicsOfIndividuals,
        "ISP stakeholders",
    ))
    .with_tally(
        CategoryTally::share(Resource(IspResource::Skills), 0.67)
            .with_passage("The vast majority of these text excerpts")
            .with_note("share of response excerpts (from 50 publications) crediting strategy use"),
    )
    .with_tally(
        CategoryTally::share(Resource(IspResource::Attitudes), 0.26)
            .with_passage("26% of excerpts")
            .with_note("attitudes alone or combined with strategy use"),
    )
    .with_tally(
        CategoryTally::share(Resource(IspResource::Knowledge), 0.04)
            .with_passage("Only few excerpts (4%)"),
    )
    .with_tally(
        CategoryTally::share(Resource(IspResource::Unspecified), 0.03)
            .with_passage("further 3% did not specify the exact")
            .with_note("excerpts not saying which ISP characteristic brought the response about"),
    )
    .with_tally(
        CategoryTally::publications(Reasoning(ReasoningType::Relational), 24)
            .with_passage(relational),
    )
    .with_tally(
        CategoryTally::publications(Reasoning(ReasoningType::Capability), 22).with_passage(com_b),
    )
    .with_tally(
        CategoryTally::publications(Reasoning(ReasoningType::Opportunity), 25).with_passage(com_b),
    )
    .with_tally(
        CategoryTally::publications(Reasoning(ReasoningType::Motivation), 14)
            .with_passage("(n=25), and motivation (n=14)"),
    )
    .with_tally(
        CategoryTally::publications(Context(CfirDomain::InterventionCharacteristics), 43)
            .with_passage("ence in the literature (n=43)")
            .with_note("the ISP role as the intervention"),
    )
    .with_tally(
        CategoryTally::publications(Context(CfirDomain::CharacteristicsOfIndividuals), 24)
            .with_passage("Twenty-four studies described stakeholder")
            .with_note("characteristics of the ISP's stakeholders"),
    )
}

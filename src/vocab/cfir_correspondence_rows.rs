//! The rows of the CFIR 2009 → 2022 crosswalk, as data: one per CFIR 2009 construct, in
//! CFIR 2009 order, transcribed from this crate's reference (`cfir-2009-2022-crosswalk.json`;
//! a copy is kept under `tests/fixtures/cfir_crosswalk/`, and `tests/cfir_crosswalk.rs`
//! checks every field against it). Quotes and notes are verbatim.

use super::cfir_correspondence::{CfirCorrespondence, SourceQuote};
use super::CorrespondenceBasis::{
    Af4Row, DefinitionOnly, ExplicitNamed, NoSource, OfficialContinuity, TextualReuseOnly,
};
use super::CorrespondenceKind::{Merged, Partial, Relocated, Removed, Renamed, Same, Split};
use super::{Cfir2022Construct as C22, CfirConstruct as C09};

const fn q(quote: &'static str, source_url: &'static str) -> SourceQuote {
    SourceQuote { quote, source_url }
}

pub(super) const ROWS: &[CfirCorrespondence] = &[
    CfirCorrespondence {
        cfir2009: C09::InterventionSource,
        cfir2022: &[C22::InnovationSource],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: Af4Row,
        verified: true,
        evidence: Some(q(
            "Intervention Source Perception of key stakeholders about whether the A. Innovation The group that developed and/or visibly sponsored",
            "https://www.scribd.com/document/719686260/13012-2022-1245-MOESM4-ESM",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Only row of Additional File 4 readable in the stored copy (page 1; the two table columns are interleaved in the text layer). Row reads: old name 'Intervention Source' -> 'A. Innovation Source'.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::EvidenceStrengthAndQuality,
        cfir2022: &[C22::InnovationEvidenceBase],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further on this construct, stating that though there is no agreed upon measure of",
            "https://cfirguide.org/constructs/innovation-domain/innovation-evidence-base/",
        )),
        additional_evidence: &[
            q(
                "Evidence Strength & Stakeholders’ perceptions of the quality",
                "https://www.scribd.com/document/719686260/13012-2022-1245-MOESM4-ESM",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "Though there is no agreed upon measure of “strong evidence”, there is empirical support of a positive association with dissemination",
            "https://cfirguide.org/constructs-old/intervention-characteristics/evidence-strength-quality/",
        )),
        note: Some(
            "Quote is on the official cfirguide page of the 2022 construct and reuses the 2009 ESQ description. AF4 page 1 shows the ESQ row starts right after Innovation Source, but its updated-CFIR cell is cut off in the stored copy. Spelling: IS Table 3 'Innovation Evidence Base', cfirguide 'Innovation Evidence-Base' (frameworks.json canonical: 'Innovation Evidence Base').",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::RelativeAdvantage,
        cfir2022: &[C22::InnovationRelativeAdvantage],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further on this construct, stating that relative advantage must be recognized and acknowledged by all individuals for effective implementation",
            "https://cfirguide.org/constructs/innovation-domain/innovation-relative-advantage/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: None,
    },
    CfirCorrespondence {
        cfir2009: C09::Adaptability,
        cfir2022: &[C22::InnovationAdaptability],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR (Laura J. Damschroder et al. 2009) elaborated on this construct, stating that information about the hard core and soft periphery can be used to assess “fidelity”",
            "https://cfirguide.org/constructs/innovation-adaptability",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: None,
    },
    CfirCorrespondence {
        cfir2009: C09::Trialability,
        cfir2022: &[C22::InnovationTrialability],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR (Laura J. Damschroder et al. 2009) elaborated on this construct, stating that the ability to test the innovation on a small scale",
            "https://cfirguide.org/constructs/innovation-trialability",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "cfirguide adds that the 2022 construct is the inherent trialability of the innovation, not the process of trialing (process content sits in Doing).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Complexity,
        cfir2022: &[C22::InnovationComplexity],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further on this construct, stating that appropriately diagnosing and assessing complexity is thought to benefit implementation by avoiding unintended consequences",
            "https://cfirguide.org/constructs/innovation-complexity/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: None,
    },
    CfirCorrespondence {
        cfir2009: C09::DesignQualityAndPackaging,
        cfir2022: &[C22::InnovationDesign],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further on this construct, stating that how an innovation is designed, including how it is assembled, bundled, and presented",
            "https://cfirguide.org/constructs/innovation-domain/innovation-design/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "Perceived excellence in how the intervention is bundled, presented, and assembled.",
            "https://cfirguide.org/constructs-old/",
        )),
        note: None,
    },
    CfirCorrespondence {
        cfir2009: C09::Cost,
        cfir2022: &[C22::InnovationCost],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: DefinitionOnly,
        verified: false,
        evidence: Some(q(
            "The innovation purchase and operating costs are affordable.",
            "https://cfirguide.org/constructs/innovation-domain/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "UNVERIFIED. Best reading: renamed to Innovation Cost (8th Innovation construct, same slot as 2009 Cost). The quote is only the 2022 definition; no page seen says the original Cost construct maps here. The 2009 definition also covered costs of implementing (investment, supply, opportunity costs); where that part went was not seen.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::PatientNeedsAndResources,
        cfir2022: &[C22::RecipientCenteredness, C22::InnovationRecipients],
        cfir2022_unverified: &[C22::AssessingNeedsInnovationRecipients],
        kind: Split,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "While the original CFIR highlighted patient centered care, the updated CFIR expands on the patient role to include any recipient",
            "https://cfirguide.org/constructs/inner-setting/culture-updated/recipient-centeredness/",
        )),
        additional_evidence: &[
            q(
                "The original CFIR acknowledged that within healthcare, many theories of research uptake or implementation acknowledge the importance of accounting for patient (recipient) characteristics",
                "https://cfirguide.org/constructs/individuals/roles/innovation-recipients/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "Many theories of research uptake or implementation acknowledge the importance of accounting for patient characteristics",
            "http://cfirguide.org/wiki/index.php?title=Patient_Needs_%26_Resources",
        )),
        note: Some(
            "Moved out of the Outer Setting. Recipient-Centeredness page also reuses the 2009 PN&R PRISM 'six elements' text. Whether AF4 also maps PN&R to Implementation Process > Assessing Needs > Innovation Recipients was not seen (plausible, unverified).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Cosmopolitanism,
        cfir2022: &[C22::PartnershipsAndConnections],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further, recognizing that Inner Settings that support and promote external boundary-spanning roles are more likely to implement new practices quickly",
            "https://cfirguide.org/constructs/outer-setting-domain/partnerships-connections/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "Organizations that support and promote external boundary-spanning roles are more likely to implement new practices quickly",
            "https://cfirguide.org/constructs/cosmopolitanism/",
        )),
        note: Some(
            "Attribution quote does not name 'Cosmopolitanism'; the identification rests on verbatim reuse of the 2009 Cosmopolitanism text (only 2009 construct with that sentence).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::PeerPressure,
        cfir2022: &[C22::MarketPressure],
        cfir2022_unverified: &[],
        kind: Relocated,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on this construct, recognizing that the need to compete with and/or imitate external peer entities can drive implementation and/or delivery of an innovation",
            "https://cfirguide.org/constructs/outer-setting-domain/external-pressure/market-pressure/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "Mimetic or competitive pressure to implement an intervention",
            "https://cfirguide.org/constructs-old/peer-pressure/",
        )),
        note: Some(
            "Renamed and demoted from construct to a sub-construct of the new External Pressure construct.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::ExternalPolicyAndIncentives,
        cfir2022: &[C22::PoliciesAndLaws, C22::PerformanceMeasurementPressure],
        cfir2022_unverified: &[C22::Financing],
        kind: Split,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR expanded more on this construct to include “political directives,” “policy push,” and “external mandates.”",
            "https://cfirguide.org/constructs/outer-setting-domain/policies-laws/",
        )),
        additional_evidence: &[
            q(
                "The original CFIR elaborated further on this construct, stating that the threat or reality of public reporting may motivate Inner Settings, especially late-adopters, to implement an innovation",
                "https://cfirguide.org/constructs/outer-setting-domain/external-pressure/performance-measurement-pressure/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "including policy and regulations (governmental or other central entity), external mandates, recommendations and guidelines, pay-for-performance, collaboratives, and public or benchmark reporting",
            "https://bmcmedresmethodol.biomedcentral.com/articles/10.1186/s12874-023-02083-4/tables/2",
        )),
        note: Some(
            "Policies & Laws and Performance-Measurement Pressure parts are attributed on cfirguide. The incentive/pay-for-performance part most plausibly went to Outer Setting > Financing, but no Financing page or AF4 row was seen (UNVERIFIED).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::StructuralCharacteristics,
        cfir2022: &[C22::StructuralCharacteristics],
        cfir2022_unverified: &[],
        kind: Same,
        basis: ExplicitNamed,
        verified: true,
        evidence: Some(q(
            "The original CFIR provided a broad description of the role of Structural Characteristics.",
            "https://cfirguide.org/constructs/inner-setting/structural-characteristics-updated/",
        )),
        additional_evidence: &[
            q(
                "The original CFIR (Laura J. Damschroder et al. 2009) described social architecture: how large numbers of people are clustered into smaller groups and differentiated",
                "https://cfirguide.org/constructs/work-infrastructure",
            ),
        ],
        cfir2009_text_seen: None,
        note: Some(
            "2022 adds sub-constructs Physical Infrastructure, Information Technology Infrastructure, Work Infrastructure; the 2009 'social architecture' content is described under Work Infrastructure.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::NetworksAndCommunications,
        cfir2022: &[C22::RelationalConnections, C22::Communications],
        cfir2022_unverified: &[],
        kind: Split,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on this construct by recognizing that research on organizational change has moved beyond simplified measures of Inner Setting structure",
            "https://cfirguide.org/constructs/inner-setting/relational-connections/",
        )),
        additional_evidence: &[
            q(
                "The original CFIR elaborated that regardless of how an Inner Setting is structurally organized, the importance of communication across the setting is clear.",
                "https://cfirguide.org/constructs/inner-setting/communications/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "The nature and quality of webs of social networks and the nature and quality of formal and informal communications within an organization.",
            "https://bmchealthservres.biomedcentral.com/articles/10.1186/s12913-017-2459-x/tables/2",
        )),
        note: Some(
            "The two halves of the 2009 definition (networks; communications) became two constructs.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Culture,
        cfir2022: &[C22::Culture],
        cfir2022_unverified: &[],
        kind: Same,
        basis: ExplicitNamed,
        verified: true,
        evidence: Some(q(
            "The original CFIR had extensive elaboration on Culture, including a general description of culture concepts",
            "https://cfirguide.org/constructs/inner-setting/culture-updated/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "2022 adds sub-constructs Human Equality-Centeredness, Recipient-Centeredness, Deliverer-Centeredness, Learning-Centeredness (the last from 2009 Learning Climate).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::ImplementationClimate,
        cfir2022: &[],
        cfir2022_unverified: &[],
        kind: Removed,
        basis: NoSource,
        verified: false,
        evidence: None,
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "UNVERIFIED. Best reading: the parent construct is not in the 2022 list (IS 2022 Table 3; cfirguide construct list); its six 2009 sub-constructs each have a 2022 home (four as stand-alone Inner Setting constructs, Learning Climate under Culture, Goals & Feedback unclear). No source sentence seen stating what AF4 says for this parent row.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::TensionForChange,
        cfir2022: &[C22::TensionForChange],
        cfir2022_unverified: &[],
        kind: Same,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR highlighted that an intolerable situation where a need for change is acutely felt can be an important determinant of implementation outcomes",
            "https://cfirguide.org/constructs/inner-setting/tension-for-change/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Was an Implementation Climate sub-construct; now a stand-alone Inner Setting construct.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Compatibility,
        cfir2022: &[C22::Compatibility],
        cfir2022_unverified: &[],
        kind: Same,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated by saying that this construct includes the tangible fit between the innovation and existing workflows and systems",
            "https://cfirguide.org/constructs/inner-setting/compatibility/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Was an Implementation Climate sub-construct; now stand-alone. 2022 definition (fit with workflows, systems, processes) is narrower than 2009 (which also covered fit with meaning, values, norms); where the values part went was not seen.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::RelativePriority,
        cfir2022: &[C22::RelativePriority],
        cfir2022_unverified: &[],
        kind: Same,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on this construct, stating that the importance of implementing and delivering the innovation relative to other initiatives can affect implementation outcomes.",
            "https://cfirguide.org/constructs/inner-setting/relative-priority/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Was an Implementation Climate sub-construct; now stand-alone.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::OrganizationalIncentivesAndRewards,
        cfir2022: &[C22::IncentiveSystems],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR described “incentives and rewards” that include extrinsic incentives such as goal-sharing awards, performance reviews, promotions, and raises in salary",
            "https://cfirguide.org/constructs/inner-setting/incentive-systems/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "Extrinsic incentives such as goal-sharing awards, performance reviews, promotions, and raises in salary",
            "https://bmchealthservres.biomedcentral.com/articles/10.1186/s12913-017-2459-x/tables/2",
        )),
        note: Some(
            "Quote reproduces the 2009 OI&R definition verbatim. Was an Implementation Climate sub-construct; now stand-alone.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::GoalsAndFeedback,
        cfir2022: &[C22::MissionAlignment, C22::ReflectingAndEvaluating],
        cfir2022_unverified: &[],
        kind: Split,
        basis: TextualReuseOnly,
        verified: false,
        evidence: Some(q(
            "the degree to which goals (aligned with mission) are clearly communicated, acted upon, and measured, monitored, and reported is important for successful implementation",
            "https://cfirguide.org/constructs/inner-setting/mission-alignment/",
        )),
        additional_evidence: &[
            q(
                "Feedback on progress toward those goals or objectives is a key behavior change technique in many individual behavior change theories and models",
                "https://cfirguide.org/constructs/implementation-process-domain/reflecting-evaluating/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "The degree to which goals are clearly communicated, acted upon, and fed back to staff, and alignment of that feedback with goals.",
            "https://cfirguide.org/constructs-old/goals-and-feedback/",
        )),
        note: Some(
            "UNVERIFIED. Best reading: no same-named 2022 construct; its goals wording is reused on the Mission Alignment page and its feedback wording on the Reflecting & Evaluating page (Planning also mentions goal-setting). Neither page attributes this text to the original Goals & Feedback construct.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::LearningClimate,
        cfir2022: &[C22::LearningCenteredness],
        cfir2022_unverified: &[],
        kind: Relocated,
        basis: ExplicitNamed,
        verified: true,
        evidence: Some(q(
            "The original CFIR’s learning climate construct has been moved under Culture in the updated CFIR because of the lack of agreement on culture versus climate concepts.",
            "https://cfirguide.org/constructs/inner-setting/culture-updated/learning-centeredness/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Also renamed (climate -> centeredness).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::ReadinessForImplementation,
        cfir2022: &[],
        cfir2022_unverified: &[],
        kind: Removed,
        basis: NoSource,
        verified: false,
        evidence: None,
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "UNVERIFIED. Best reading: the parent construct is not in the 2022 list; its sub-constructs Available Resources and Access to Knowledge & Information survive as stand-alone Inner Setting constructs, Leadership Engagement moved to Individuals. Only a hint seen: Work Infrastructure page calls absorptive capacity 'a potential antecedent assessment related to implementation readiness – refer to the CFIR Outcomes Addendum', i.e. readiness is treated on the outcomes side. Not a mapping statement.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::LeadershipEngagement,
        cfir2022: &[C22::Motivation],
        cfir2022_unverified: &[C22::HighLevelLeaders, C22::MidLevelLeaders],
        kind: Split,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "Perceptions of the commitment of leaders was captured in the original CFIR as part of the Inner Setting, but the updated CFIR recognizes the importance of capturing this theme",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/motivation/",
        )),
        additional_evidence: &[
            q(
                "The updated CFIR divides formal leadership roles into two levels (see below).",
                "https://cfirguide.org/constructs/individuals/roles/high-level-leaders/",
            ),
            q(
                "Commitment, involvement, and accountability (see also Characteristics: Motivation and Opportunity) of leaders and managers have a significant influence on the success of implementation",
                "https://cfirguide.org/constructs/individuals/roles/mid-level-leaders/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "Leadership commitment, involvement, and accountability are key features for successful implementation (see Leadership Engagement).",
            "https://cfirguide.org/constructs-old/goals-and-feedback/",
        )),
        note: Some(
            "Verified part: the leaders'-commitment theme (the only 2009 Inner Setting construct about leader commitment) is now captured by Motivation for every role. The leader roles (High-level Leaders, Mid-level Leaders) reuse the 2009 Leadership Engagement wording but no sentence attributing it was seen, so they are listed as unverified targets.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::AvailableResources,
        cfir2022: &[C22::AvailableResources],
        cfir2022_unverified: &[],
        kind: Same,
        basis: ExplicitNamed,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on Available Resources, stating that the level of resources dedicated for implementation is positively associated with implementation",
            "https://cfirguide.org/constructs/inner-setting/available-resources/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Was a Readiness for Implementation sub-construct; now stand-alone with sub-constructs Funding, Space, Materials & Equipment. cfirguide: staffing/time allocations now go to Individuals: Characteristics: Opportunity; training-related statements go to Access to Knowledge & Information.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::AccessToKnowledgeAndInformation,
        cfir2022: &[C22::AccessToKnowledgeAndInformation],
        cfir2022_unverified: &[],
        kind: Same,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR further elaborated on the importance of the ease of access to digestible information about the innovation and how to incorporate the innovation into work tasks",
            "https://cfirguide.org/constructs/inner-setting/access-knowledge-information/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Was a Readiness for Implementation sub-construct; now stand-alone.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::KnowledgeAndBeliefsAboutTheIntervention,
        cfir2022: &[C22::Capability, C22::Motivation],
        cfir2022_unverified: &[],
        kind: Split,
        basis: TextualReuseOnly,
        verified: false,
        evidence: Some(q(
            "The degree to which new behaviors are positively or negatively valued heightens intention to change, which is a precursor to actual change",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/motivation/",
        )),
        additional_evidence: &[
            q(
                "The original CFIR elaborated further saying that the competence of individuals to judge the effectiveness of an innovation is facilitated by their understanding of underlying principles",
                "https://cfirguide.org/constructs/individuals/characteristics-subdomain/capability/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "The degree to which new behaviors are positively or negatively valued heightens intention to change, which is a precursor to actual change.",
            "http://cfirguide.org/wiki/index.php?title=Knowledge_%26_Beliefs_about_the_Intervention",
        )),
        note: Some(
            "UNVERIFIED. Best reading: the 'beliefs/valuing/enthusiasm' part reused verbatim on the Motivation page, the 'knowledge/understanding of principles' part on the Capability page. No sentence names Knowledge & Beliefs; the Capability sentence is attributed to 'the original CFIR' but its 2009 source construct was not seen verbatim.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::SelfEfficacy,
        cfir2022: &[C22::Capability],
        cfir2022_unverified: &[],
        kind: Merged,
        basis: TextualReuseOnly,
        verified: false,
        evidence: Some(q(
            "Self-efficacy, confidence in one’s ability to make the change, has been widely studied and is among the most common individual measures in theories of individual change",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/capability/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "UNVERIFIED but strong: the Capability page discusses self-efficacy by name with 2009 wording, yet no sentence says the Self-efficacy construct maps to Capability (COM-B/TDF practice would also link beliefs about capabilities to Motivation).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::IndividualStageOfChange,
        cfir2022: &[C22::Motivation],
        cfir2022_unverified: &[],
        kind: Partial,
        basis: NoSource,
        verified: false,
        evidence: None,
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "Characterization of the phase an individual is in, as he or she progresses toward skilled, enthusiastic, and sustained use of the intervention.",
            "https://cfirguide.org/constructs-old/individual-stage-of-change/",
        )),
        note: Some(
            "UNVERIFIED guess, low confidence. The Motivation page says original individual-level constructs are included there as themes, but the visible excerpt only shows Championing. It may instead have been dropped (stage of change overlaps implementation outcomes). Needs AF4.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::IndividualIdentificationWithOrganization,
        cfir2022: &[C22::Motivation],
        cfir2022_unverified: &[],
        kind: Partial,
        basis: NoSource,
        verified: false,
        evidence: None,
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "UNVERIFIED guess, low confidence (the commitment-to-organization theme fits Motivation). No 2022 page seen reusing its text. It may have been dropped. Needs AF4.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::OtherPersonalAttributes,
        cfir2022: &[C22::Capability, C22::Motivation],
        cfir2022_unverified: &[],
        kind: Split,
        basis: TextualReuseOnly,
        verified: false,
        evidence: Some(q(
            "Capabilities including personal traits of competence and learning style are important for tailoring training strategies",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/capability/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "UNVERIFIED. Best reading: its trait list (tolerance of ambiguity, intellectual ability, motivation, values, competence, capacity, learning style) is spread over COM-B characteristics; only the competence/learning-style part was seen (Capability page), without attribution. The cfirguide Characteristics sub-domain page also allows role-specific theories instead.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Planning,
        cfir2022: &[C22::Planning],
        cfir2022_unverified: &[],
        kind: Same,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on this construct, stating that regardless of the degree of complexity of the innovation, simple, clear, and detailed implementation plans",
            "https://cfirguide.org/constructs/implementation-process-domain/planning/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: None,
    },
    CfirCorrespondence {
        cfir2009: C09::Engaging,
        cfir2022: &[C22::Engaging],
        cfir2022_unverified: &[],
        kind: Same,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR asserted that if supporters of the innovation outnumber and are better strategically positioned than the opponents, the implementation is more likely to be successful",
            "https://cfirguide.org/constructs/implementation-process-domain/engaging/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "If supporters of the intervention outnumber and are better strategically positioned than opponents are, the implementation is more likely to be successful",
            "https://cfirguide.org/constructs-old/engaging/",
        )),
        note: Some(
            "Same name, but the sub-constructs changed: the four 2009 Engaging sub-constructs moved to Individuals (roles / Motivation); 2022 Engaging has sub-constructs Innovation Deliverers and Innovation Recipients. The 2009 'engaging team members / first users' text now appears on the Implementation Team Members role page.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::OpinionLeaders,
        cfir2022: &[C22::OpinionLeaders],
        cfir2022_unverified: &[],
        kind: Relocated,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on this role further by acknowledging that opinion leaders can exert a strong negative or positive effect",
            "https://cfirguide.org/constructs/individuals/roles/opinion-leaders/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "Moved from Process > Engaging sub-construct to Individuals > Roles (same name).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::FormallyAppointedInternalImplementationLeaders,
        cfir2022: &[C22::ImplementationLeads],
        cfir2022_unverified: &[],
        kind: Merged,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated on this role further … Ideally, Implementation Leads bring a high degree of passion, creativity, and willingness to take risks",
            "https://cfirguide.org/constructs/individuals/roles/implementation-leads/",
        )),
        additional_evidence: &[
            q(
                "These individuals take on the role as coordinator, project manager, team leader, or other similar responsibility.",
                "https://cfirguide.org/constructs/individuals/roles/implementation-leads/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "formally appointed with responsibility for implementing an intervention as coordinator, project manager, team leader, or other similar role",
            "https://cfirguide.org/constructs-old/formally-appointed-internal-implementation-leaders/",
        )),
        note: Some(
            "Renamed and moved to Individuals > Roles; merged with the champion-role text (see Champions). Both quotes reuse 2009 FAIIL wording; the first is inside the paragraph the page attributes to the original CFIR (ellipsis marks omitted champion sentence).",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Champions,
        cfir2022: &[C22::Motivation, C22::ImplementationLeads],
        cfir2022_unverified: &[],
        kind: Split,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "individual-level constructs from the original CFIR that are included as themes within the new Motivation construct. Championing as a behavior can be an important indicator of Motivation",
            "https://cfirguide.org/constructs/individuals/characteristics-subdomain/motivation/",
        )),
        additional_evidence: &[
            q(
                "The original CFIR elaborated on this role further by noting that ideally, Implementation Leads dedicate themselves to supporting, marketing, and ‘driving through an [implementation]’",
                "https://cfirguide.org/constructs/individuals/roles/implementation-leads/",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "Individuals who dedicate themselves to supporting, marketing, and ‘driving through an [implementation]’",
            "https://cfirguide.org/constructs-old/champions/",
        )),
        note: Some(
            "No 'Champions' role in 2022: championing is a behaviour under Motivation, and the 2009 champion definition now describes Implementation Leads (page: 'distinguish the role of champion versus championing behavior').",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::ExternalChangeAgents,
        cfir2022: &[C22::ImplementationFacilitators],
        cfir2022_unverified: &[],
        kind: Relocated,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further, stating that the PARiHS framework describes facilitators who are task-oriented versus holistic",
            "https://cfirguide.org/constructs/individuals/roles/implementation-facilitators/",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: Some(q(
            "The PARiHS framework describes facilitators who are task-oriented versus holistic, the latter approach being valued more highly than the former",
            "https://cfirguide.org/constructs-old/external-change-agents/",
        )),
        note: Some(
            "Renamed and moved from Process > Engaging to Individuals > Roles. The 2022 page also reuses the 2009 ECA text on outside researchers, corporate/regional facilitators and hired consultants.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::Executing,
        cfir2022: &[C22::Doing],
        cfir2022_unverified: &[],
        kind: Renamed,
        basis: OfficialContinuity,
        verified: true,
        evidence: Some(q(
            "The original CFIR elaborated further, stating that taking an incremental approach leads to breaking the innovation down into manageable parts that can be implemented incrementally",
            "https://cfirguide.org/constructs/implementation-process-domain/doing/",
        )),
        additional_evidence: &[
            q(
                "Plan, Do (execute), Study (reflect and evaluate), and Act",
                "http://cfirguide.org/wiki/index.php?title=Process",
            ),
        ],
        cfir2009_text_seen: Some(q(
            "The ability to implement an intervention incrementally (sometimes referred to as divisibility [2]; see Executing) can influence perception of complexity.",
            "https://cfirguide.org/constructs-old/intervention-characteristics/complexity/",
        )),
        note: Some(
            "The 2009 text places incremental implementation under Executing and equates Do with execute; the 2022 Doing page attributes that content to the original CFIR.",
        ),
    },
    CfirCorrespondence {
        cfir2009: C09::ReflectingAndEvaluating,
        cfir2022: &[C22::ReflectingAndEvaluating],
        cfir2022_unverified: &[],
        kind: Same,
        basis: ExplicitNamed,
        verified: true,
        evidence: Some(q(
            "The original CFIR (Damschroder, Aron, et al. 2009) highlighted that data to support Reflecting and Evaluating includes quantitative and qualitative feedback about the experience, progress, and quality of implementation efforts.",
            "https://cfirguide.org/constructs/reflecting-evaluating",
        )),
        additional_evidence: &[],
        cfir2009_text_seen: None,
        note: Some(
            "2022 adds sub-constructs Implementation and Innovation.",
        ),
    },
];

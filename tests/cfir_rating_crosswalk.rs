//! Carrying CFIR ratings between the editions: only through one-to-one links, verified by
//! default; every other rating is refused with its reason; round trips return the input.

use std::collections::BTreeSet;

use isp_moc::vocab::*;

use Cfir2022Construct as C22;
use CfirConstruct as C09;

const VERIFIED_ONLY: RatingCrosswalk = RatingCrosswalk::new(Readings::Exclude);
const WITH_READINGS: RatingCrosswalk = RatingCrosswalk::new(Readings::Include);

fn plus_one() -> CfirRating {
    CfirRating::from_score(RatingScore::PlusOne)
}

/// Where each CFIR 2009 construct's rating goes with verified links only: the 2022
/// construct, or the refusal reason.
fn forward(crosswalk: RatingCrosswalk) -> Vec<(C09, Result<C22, RefusalReason>)> {
    C09::ALL
        .iter()
        .map(|&c| {
            let out = crosswalk
                .to_2022(c, plus_one())
                .map(|carried| carried.to)
                .map_err(|refused| refused.reason);
            (c, out)
        })
        .collect()
}

#[test]
fn verified_one_to_one_rows_carry_ratings_and_nothing_else_does() {
    use RefusalReason::{Merged, Split, Unverified};
    let expected: Vec<(C09, Result<C22, RefusalReason>)> = vec![
        (C09::InterventionSource, Ok(C22::InnovationSource)),
        (
            C09::EvidenceStrengthAndQuality,
            Ok(C22::InnovationEvidenceBase),
        ),
        (C09::RelativeAdvantage, Ok(C22::InnovationRelativeAdvantage)),
        (C09::Adaptability, Ok(C22::InnovationAdaptability)),
        (C09::Trialability, Ok(C22::InnovationTrialability)),
        (C09::Complexity, Ok(C22::InnovationComplexity)),
        (C09::DesignQualityAndPackaging, Ok(C22::InnovationDesign)),
        (C09::Cost, Err(Unverified)),
        (C09::PatientNeedsAndResources, Err(Split)),
        (C09::Cosmopolitanism, Ok(C22::PartnershipsAndConnections)),
        (C09::PeerPressure, Ok(C22::MarketPressure)),
        (C09::ExternalPolicyAndIncentives, Err(Split)),
        (
            C09::StructuralCharacteristics,
            Ok(C22::StructuralCharacteristics),
        ),
        (C09::NetworksAndCommunications, Err(Split)),
        (C09::Culture, Ok(C22::Culture)),
        (C09::ImplementationClimate, Err(Unverified)),
        (C09::TensionForChange, Ok(C22::TensionForChange)),
        (C09::Compatibility, Ok(C22::Compatibility)),
        (C09::RelativePriority, Ok(C22::RelativePriority)),
        (
            C09::OrganizationalIncentivesAndRewards,
            Ok(C22::IncentiveSystems),
        ),
        (C09::GoalsAndFeedback, Err(Unverified)),
        (C09::LearningClimate, Ok(C22::LearningCenteredness)),
        (C09::ReadinessForImplementation, Err(Unverified)),
        (C09::LeadershipEngagement, Err(Split)),
        (C09::AvailableResources, Ok(C22::AvailableResources)),
        (
            C09::AccessToKnowledgeAndInformation,
            Ok(C22::AccessToKnowledgeAndInformation),
        ),
        (
            C09::KnowledgeAndBeliefsAboutTheIntervention,
            Err(Unverified),
        ),
        (C09::SelfEfficacy, Err(Unverified)),
        (C09::IndividualStageOfChange, Err(Unverified)),
        (
            C09::IndividualIdentificationWithOrganization,
            Err(Unverified),
        ),
        (C09::OtherPersonalAttributes, Err(Unverified)),
        (C09::Planning, Ok(C22::Planning)),
        (C09::Engaging, Ok(C22::Engaging)),
        (C09::OpinionLeaders, Ok(C22::OpinionLeaders)),
        (
            C09::FormallyAppointedInternalImplementationLeaders,
            Err(Merged),
        ),
        (C09::Champions, Err(Split)),
        (
            C09::ExternalChangeAgents,
            Ok(C22::ImplementationFacilitators),
        ),
        (C09::Executing, Ok(C22::Doing)),
        (
            C09::ReflectingAndEvaluating,
            Ok(C22::ReflectingAndEvaluating),
        ),
    ];
    assert_eq!(forward(VERIFIED_ONLY), expected);
    assert_eq!(forward(RatingCrosswalk::default()), expected);
    assert_eq!(expected.iter().filter(|(_, r)| r.is_ok()).count(), 24);
}

#[test]
fn no_rating_goes_through_an_unverified_row_unless_readings_are_accepted() {
    for r in CfirCorrespondence::ALL.iter().filter(|r| !r.verified) {
        let refused = VERIFIED_ONLY.to_2022(r.cfir2009, plus_one()).unwrap_err();
        assert_eq!(
            refused.reason,
            RefusalReason::Unverified,
            "{:?}",
            r.cfir2009
        );
        // the refusal still says where the reading points
        let read: Vec<C22> = r.targets(Readings::Include).collect();
        assert_eq!(refused.counterparts, read);
    }
    // the reverse: a 2022 construct reached only by readings is refused too
    for &c in C22::ALL {
        let verified = CfirCorrespondence::of_2022(c, Readings::Exclude).count();
        let read = CfirCorrespondence::of_2022(c, Readings::Include).count();
        if verified == 0 && read > 0 {
            let refused = VERIFIED_ONLY.to_2009(c, plus_one()).unwrap_err();
            assert_eq!(refused.reason, RefusalReason::Unverified, "{c:?}");
        }
    }
    // whatever is carried with verified links only is verified
    for &c in C09::ALL {
        if let Ok(carried) = VERIFIED_ONLY.to_2022(c, plus_one()) {
            assert_eq!(carried.standing, Standing::Verified);
            assert!(carried.basis.is_verified());
        }
    }
    for &c in C22::ALL {
        if let Ok(carried) = VERIFIED_ONLY.to_2009(c, plus_one()) {
            assert_eq!(carried.standing, Standing::Verified);
        }
    }
}

#[test]
fn accepting_readings_carries_cost_and_stays_strict_about_the_rest() {
    use RefusalReason::{Merged, Partial, Removed, Split};
    let verified = forward(VERIFIED_ONLY);
    let read = forward(WITH_READINGS);
    let changed: Vec<(C09, Result<C22, RefusalReason>)> = verified
        .iter()
        .zip(&read)
        .filter(|(a, b)| a != b)
        .map(|(_, b)| *b)
        .collect();
    assert_eq!(
        changed,
        [
            (C09::Cost, Ok(C22::InnovationCost)),
            (C09::ImplementationClimate, Err(Removed)),
            (C09::GoalsAndFeedback, Err(Split)),
            (C09::ReadinessForImplementation, Err(Removed)),
            (C09::KnowledgeAndBeliefsAboutTheIntervention, Err(Split)),
            (C09::SelfEfficacy, Err(Merged)),
            (C09::IndividualStageOfChange, Err(Partial)),
            (C09::IndividualIdentificationWithOrganization, Err(Partial)),
            (C09::OtherPersonalAttributes, Err(Split)),
            // the Goals & Feedback reading puts part of it into 2022 Reflecting &
            // Evaluating, so a 2009 rating no longer stands for the whole
            (C09::ReflectingAndEvaluating, Err(Merged)),
        ]
    );
    // an accepted reading stays marked as one
    let cost = WITH_READINGS.to_2022(C09::Cost, plus_one()).unwrap();
    assert_eq!(cost.standing, Standing::Reading);
    assert_eq!(cost.basis, CorrespondenceBasis::DefinitionOnly);
    let back = WITH_READINGS
        .to_2009(C22::InnovationCost, plus_one())
        .unwrap();
    assert_eq!((back.to, back.standing), (C09::Cost, Standing::Reading));
}

#[test]
fn refusals_name_the_constructs_involved() {
    let r = VERIFIED_ONLY
        .to_2022(C09::ExternalPolicyAndIncentives, plus_one())
        .unwrap_err();
    assert_eq!(
        r.counterparts,
        [C22::PoliciesAndLaws, C22::PerformanceMeasurementPressure]
    );
    let r = WITH_READINGS
        .to_2022(C09::ExternalPolicyAndIncentives, plus_one())
        .unwrap_err();
    assert_eq!(
        r.counterparts,
        [
            C22::PoliciesAndLaws,
            C22::PerformanceMeasurementPressure,
            C22::Financing
        ]
    );
    let r = VERIFIED_ONLY
        .to_2022(
            C09::FormallyAppointedInternalImplementationLeaders,
            plus_one(),
        )
        .unwrap_err();
    assert_eq!(
        (r.reason, r.counterparts),
        (RefusalReason::Merged, vec![C22::ImplementationLeads])
    );

    let r = VERIFIED_ONLY
        .to_2009(C22::Motivation, plus_one())
        .unwrap_err();
    assert_eq!(r.reason, RefusalReason::Merged);
    assert_eq!(r.counterparts, [C09::LeadershipEngagement, C09::Champions]);
    let r = VERIFIED_ONLY
        .to_2009(C22::Communications, plus_one())
        .unwrap_err();
    assert_eq!(
        (r.reason, r.counterparts),
        (RefusalReason::Split, vec![C09::NetworksAndCommunications])
    );
    let r = VERIFIED_ONLY
        .to_2009(C22::Financing, plus_one())
        .unwrap_err();
    assert_eq!(
        (r.reason, r.counterparts),
        (
            RefusalReason::Unverified,
            vec![C09::ExternalPolicyAndIncentives]
        )
    );
    let r = WITH_READINGS
        .to_2009(C22::Financing, plus_one())
        .unwrap_err();
    assert_eq!(r.reason, RefusalReason::Split);
    let r = WITH_READINGS
        .to_2009(C22::Capability, plus_one())
        .unwrap_err();
    assert_eq!(r.reason, RefusalReason::Merged);
    for c in [
        C22::LocalAttitudes,
        C22::Teaming,
        C22::WorkInfrastructure,
        C22::Need,
    ] {
        let r = WITH_READINGS.to_2009(c, plus_one()).unwrap_err();
        assert_eq!(
            (r.reason, r.counterparts),
            (RefusalReason::NoCounterpart, vec![]),
            "{c:?}"
        );
    }
}

#[test]
fn refusals_read_as_sentences() {
    let r = VERIFIED_ONLY
        .to_2022(C09::PatientNeedsAndResources, "-1*".parse().unwrap())
        .unwrap_err();
    assert_eq!(
        r.to_string(),
        "-1* for Patient Needs & Resources (CFIR 2009) not carried to CFIR 2022: split \
         (Culture: Recipient-Centeredness; Innovation Recipients)"
    );
    let r = VERIFIED_ONLY
        .to_2009(
            C22::AssessingNeedsInnovationRecipients,
            "M".parse().unwrap(),
        )
        .unwrap_err();
    assert_eq!(
        r.to_string(),
        "M for Assessing Needs: Innovation Recipients (CFIR 2022) not carried to CFIR 2009: \
         unverified (Patient Needs & Resources)"
    );
    let r = VERIFIED_ONLY
        .to_2009(C22::Teaming, "0".parse().unwrap())
        .unwrap_err();
    assert_eq!(
        r.to_string(),
        "0 for Teaming (CFIR 2022) not carried to CFIR 2009: no counterpart"
    );
    // refusals are std errors, so `?` can pass them on
    let boxed: Box<dyn std::error::Error> = Box::new(r);
    assert!(boxed.to_string().starts_with("0 for Teaming"));
}

#[test]
fn round_trip_2009_to_2022_to_2009_returns_the_input() {
    for crosswalk in [VERIFIED_ONLY, WITH_READINGS] {
        let mut round_trips = 0;
        for &c in C09::ALL {
            for &rating in CfirRating::ALL {
                let Ok(there) = crosswalk.to_2022(c, rating) else {
                    continue;
                };
                let back = crosswalk.to_2009(there.to, there.rating).unwrap();
                assert_eq!((back.to, back.rating), (c, rating), "{c:?}");
                assert_eq!(back.from, there.to);
                assert_eq!(
                    (back.kind, back.basis, back.standing),
                    (there.kind, there.basis, there.standing)
                );
                round_trips += 1;
            }
        }
        assert_eq!(round_trips, 24 * CfirRating::ALL.len(), "{crosswalk:?}");
    }
    // and 2022 -> 2009 -> 2022
    for &c in C22::ALL {
        if let Ok(there) = VERIFIED_ONLY.to_2009(c, plus_one()) {
            let back = VERIFIED_ONLY.to_2022(there.to, there.rating).unwrap();
            assert_eq!(back.to, c);
        }
    }
}

#[test]
fn both_directions_carry_exactly_the_same_pairs() {
    for crosswalk in [VERIFIED_ONLY, WITH_READINGS] {
        let forward: BTreeSet<(C09, C22)> = C09::ALL
            .iter()
            .filter_map(|&c| crosswalk.to_2022(c, plus_one()).ok())
            .map(|carried| (carried.from, carried.to))
            .collect();
        let backward: BTreeSet<(C09, C22)> = C22::ALL
            .iter()
            .filter_map(|&c| crosswalk.to_2009(c, plus_one()).ok())
            .map(|carried| (carried.to, carried.from))
            .collect();
        assert_eq!(forward, backward, "{crosswalk:?}");
        // one-to-one: no construct appears twice on either side
        let left: BTreeSet<C09> = forward.iter().map(|p| p.0).collect();
        let right: BTreeSet<C22> = forward.iter().map(|p| p.1).collect();
        assert_eq!(left.len(), forward.len());
        assert_eq!(right.len(), forward.len());
        // and every carried pair is a row the crosswalk states, with a kind that keeps the
        // whole construct
        for (a, b) in forward {
            let row = CfirCorrespondence::of_2009(a, crosswalk.readings()).unwrap();
            assert!(row.kind.keeps_whole(), "{a:?}");
            assert!(row.targets(crosswalk.readings()).eq([b]), "{a:?}");
        }
    }
}

fn profile() -> Vec<(C09, CfirRating)> {
    [
        (C09::ReflectingAndEvaluating, "+2"),
        (C09::Champions, "-1"),
        (C09::Culture, "+1"),
        (C09::Cost, "-2"),
        (C09::Culture, "+1"), // the same rating again counts once
        (C09::InterventionSource, "E"),
        (C09::Planning, "0"),
        (C09::Planning, "X"), // conflicting ratings
        (C09::NetworksAndCommunications, "+1"),
        (C09::NetworksAndCommunications, "-1"), // conflicting, and split anyway
    ]
    .into_iter()
    .map(|(c, r)| (c, r.parse().unwrap()))
    .collect()
}

fn summary<F: Term, T: Term>(out: &RatingConversion<F, T>) -> (Vec<String>, Vec<String>) {
    let carried = out
        .carried
        .iter()
        .map(|c| format!("{} {} -> {}", c.from.as_str(), c.rating, c.to.as_str()))
        .collect();
    let refused = out
        .refused
        .iter()
        .map(|r| format!("{} {} {}", r.from.as_str(), r.rating, r.reason.as_str()))
        .collect();
    (carried, refused)
}

#[test]
fn a_batch_carries_or_refuses_every_rating_in_a_fixed_order() {
    let out = VERIFIED_ONLY.all_to_2022(profile());
    let (carried, refused) = summary(&out);
    assert_eq!(
        carried,
        [
            "intervention_source E -> cfir2022_innovation_source",
            "culture +1 -> cfir2022_culture",
            "reflecting_and_evaluating +2 -> cfir2022_reflecting_and_evaluating",
        ]
    );
    assert_eq!(
        refused,
        [
            "cost -2 unverified",
            "networks_and_communications -1 split",
            "networks_and_communications +1 split",
            "planning 0 conflicting_ratings",
            "planning X conflicting_ratings",
            "champions -1 split",
        ]
    );
    assert!(!out.is_complete());
    let planning = out
        .refused
        .iter()
        .find(|r| r.from == C09::Planning)
        .unwrap();
    assert_eq!(planning.counterparts, [C22::Planning]);
    // the order does not depend on the input's
    let mut reversed = profile();
    reversed.reverse();
    assert_eq!(VERIFIED_ONLY.all_to_2022(reversed), out);
    // single conversions agree with the batch
    for c in &out.carried {
        assert_eq!(VERIFIED_ONLY.to_2022(c.from, c.rating), Ok(*c));
    }
    // accepting readings carries Cost, marked as a reading, and refuses 2009 Reflecting &
    // Evaluating (see accepting_readings_carries_cost_and_stays_strict_about_the_rest)
    let read = WITH_READINGS.all_to_2022(profile());
    let cost = read.carried.iter().find(|c| c.from == C09::Cost).unwrap();
    assert_eq!(cost.standing, Standing::Reading);
    assert!(read
        .refused
        .iter()
        .any(|r| r.from == C09::ReflectingAndEvaluating && r.reason == RefusalReason::Merged));
}

#[test]
fn a_batch_from_2022_works_the_same_way() {
    let out = VERIFIED_ONLY.all_to_2009([
        (C22::Teaming, "+1".parse().unwrap()),
        (C22::InnovationComplexity, "-2".parse().unwrap()),
        (C22::Motivation, "0".parse().unwrap()),
        (C22::LearningCenteredness, "+1*".parse().unwrap()),
    ]);
    let (carried, refused) = summary(&out);
    assert_eq!(
        carried,
        [
            "cfir2022_innovation_complexity -2 -> complexity",
            "cfir2022_learning_centeredness +1* -> learning_climate",
        ]
    );
    assert_eq!(
        refused,
        [
            "cfir2022_motivation 0 merged",
            "cfir2022_teaming +1 no_counterpart"
        ]
    );
    let empty = VERIFIED_ONLY.all_to_2009(Vec::new());
    assert!(empty.is_complete() && empty.carried.is_empty());
}

#[cfg(feature = "serde")]
#[test]
fn conversions_serialize_as_data() {
    let out = VERIFIED_ONLY.all_to_2022([
        (C09::Executing, "+1".parse().unwrap()),
        (C09::Champions, "-2".parse().unwrap()),
    ]);
    assert_eq!(
        serde_json::to_value(&out).unwrap(),
        serde_json::json!({
            "carried": [{
                "from": "executing",
                "to": "cfir2022_doing",
                "rating": "+1",
                "standing": "verified",
                "kind": "renamed",
                "basis": "official_continuity",
            }],
            "refused": [{
                "from": "champions",
                "rating": "-2",
                "reason": "split",
                "counterparts": ["cfir2022_motivation", "cfir2022_implementation_leads"],
            }],
        })
    );
}

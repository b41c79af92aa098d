//! The CFIR 2009 → 2022 crosswalk: every row of the reference encoded with its level,
//! the verified rows pinned, readings kept apart from facts, lookups both ways.
//!
//! `tests/fixtures/cfir_crosswalk/` holds unchanged copies of the reference files (see the
//! README there); the crate itself never reads them.

use std::collections::HashSet;

use isp_moc::vocab::*;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cfir_crosswalk")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// "Domain > Parent > Construct", as the reference writes CFIR 2009 paths.
fn path_2009(c: CfirConstruct) -> String {
    let mut parts = vec![c.domain().label()];
    parts.extend(c.parent().map(|p| p.label()));
    parts.push(c.label());
    parts.join(" > ")
}

/// "Domain > Subdomain > Parent > Construct", as the reference writes CFIR 2022 paths.
fn path_2022(c: Cfir2022Construct) -> String {
    let mut parts = vec![c.domain().label()];
    parts.extend(c.subdomain().map(|s| s.label()));
    parts.extend(c.parent().map(|p| p.label()));
    parts.push(c.label());
    parts.join(" > ")
}

/// The name the reference uses for an unverified target: the label, with the parent
/// for a sub-construct ("Assessing Needs > Innovation Recipients").
fn short_2022(c: Cfir2022Construct) -> String {
    match c.parent() {
        Some(p) => format!("{} > {}", p.label(), c.label()),
        None => c.label().to_owned(),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

fn quote(v: &Value) -> Option<(String, String)> {
    if v.is_null() {
        return None;
    }
    Some((
        v["quote"].as_str().unwrap().to_owned(),
        v["source_url"].as_str().unwrap().to_owned(),
    ))
}

fn encoded(q: Option<SourceQuote>) -> Option<(String, String)> {
    q.map(|q| (q.quote.to_owned(), q.source_url.to_owned()))
}

#[test]
fn every_reference_row_is_encoded_with_its_level_and_evidence() {
    let reference = fixture("cfir-2009-2022-crosswalk.json");
    let reference = reference.as_array().unwrap();
    assert_eq!(reference.len(), 39);
    assert_eq!(CfirCorrespondence::ALL.len(), reference.len());
    let known: HashSet<&str> = [
        "cfir2009",
        "cfir2009_path",
        "cfir2022",
        "cfir2022_paths",
        "cfir2022_unverified",
        "kind",
        "evidence",
        "source_url",
        "evidence_level",
        "verified",
        "additional_evidence",
        "cfir2009_text_seen",
        "note",
    ]
    .into();
    for (r, row) in reference.iter().zip(CfirCorrespondence::ALL) {
        let name = r["cfir2009"].as_str().unwrap();
        // nothing in the reference is silently dropped
        for key in r.as_object().unwrap().keys() {
            assert!(known.contains(key.as_str()), "{name}: unknown field {key}");
        }
        assert_eq!(row.cfir2009.label(), name);
        assert_eq!(path_2009(row.cfir2009), r["cfir2009_path"], "{name}");
        let labels: Vec<&str> = row.cfir2022.iter().map(|c| c.label()).collect();
        assert_eq!(labels, strings(&r["cfir2022"]), "{name}");
        let paths: Vec<String> = row.cfir2022.iter().map(|&c| path_2022(c)).collect();
        assert_eq!(paths, strings(&r["cfir2022_paths"]), "{name}");
        let unverified: Vec<String> = row
            .cfir2022_unverified
            .iter()
            .map(|&c| short_2022(c))
            .collect();
        let expected = if r["cfir2022_unverified"].is_null() {
            Vec::new()
        } else {
            strings(&r["cfir2022_unverified"])
        };
        assert_eq!(unverified, expected, "{name}");
        assert_eq!(row.kind.as_str(), r["kind"], "{name}");
        let level = r["evidence_level"].as_str().unwrap();
        assert_eq!(
            level.parse::<CorrespondenceBasis>().unwrap(),
            row.basis,
            "{name}"
        );
        assert_eq!(row.verified, r["verified"].as_bool().unwrap(), "{name}");
        assert_eq!(row.verified, row.basis.is_verified(), "{name}");
        let evidence = match (&r["evidence"], &r["source_url"]) {
            (Value::Null, Value::Null) => None,
            (q, u) => Some((
                q.as_str().unwrap().to_owned(),
                u.as_str().unwrap().to_owned(),
            )),
        };
        assert_eq!(encoded(row.evidence), evidence, "{name}");
        let additional: Vec<_> = match &r["additional_evidence"] {
            Value::Null => Vec::new(),
            list => list.as_array().unwrap().iter().map(quote).collect(),
        };
        let encoded_additional: Vec<_> = row
            .additional_evidence
            .iter()
            .map(|&q| encoded(Some(q)))
            .collect();
        assert_eq!(encoded_additional, additional, "{name}");
        assert_eq!(
            encoded(row.cfir2009_text_seen),
            quote(&r["cfir2009_text_seen"]),
            "{name}"
        );
        assert_eq!(row.note, r["note"].as_str(), "{name}");
    }
}

#[test]
fn one_row_per_cfir_2009_construct_in_framework_order() {
    let order: Vec<CfirConstruct> = CfirCorrespondence::ALL.iter().map(|r| r.cfir2009).collect();
    assert_eq!(order, CfirConstruct::ALL);
    for &c in CfirConstruct::ALL {
        let row = CfirCorrespondence::of_2009(c, Readings::Include).unwrap();
        assert_eq!(row.cfir2009, c);
    }
}

#[test]
fn levels_and_readings_match_the_reference_counts() {
    let count = |basis| {
        CfirCorrespondence::ALL
            .iter()
            .filter(|r| r.basis == basis)
            .count()
    };
    assert_eq!(count(CorrespondenceBasis::Af4Row), 1);
    assert_eq!(count(CorrespondenceBasis::ExplicitNamed), 5);
    assert_eq!(count(CorrespondenceBasis::OfficialContinuity), 24);
    let readings: Vec<&str> = CfirCorrespondence::ALL
        .iter()
        .filter(|r| !r.verified)
        .map(|r| r.cfir2009.label())
        .collect();
    assert_eq!(
        readings,
        [
            "Cost",
            "Implementation Climate",
            "Goals & Feedback",
            "Readiness for Implementation",
            "Knowledge & Beliefs about the Intervention",
            "Self-efficacy",
            "Individual Stage of Change",
            "Individual Identification with Organization",
            "Other Personal Attributes",
        ]
    );
    // every reading explains itself, and no reading rests on a verified level
    for r in CfirCorrespondence::ALL.iter().filter(|r| !r.verified) {
        assert!(!r.basis.is_verified());
        assert_eq!(r.standing(), Standing::Reading);
        assert!(
            r.note.unwrap().starts_with("UNVERIFIED"),
            "{:?}",
            r.cfir2009
        );
    }
    // every verified row quotes its source
    for r in CfirCorrespondence::ALL.iter().filter(|r| r.verified) {
        let evidence = r.evidence.unwrap();
        assert!(!evidence.quote.is_empty());
        assert!(evidence.source_url.starts_with("https://"));
    }
}

/// The 30 verified rows: (CFIR 2009, kind, basis, CFIR 2022).
#[rustfmt::skip]
const VERIFIED: &[(CfirConstruct, CorrespondenceKind, CorrespondenceBasis, &[Cfir2022Construct])] = {
    use CorrespondenceBasis::{Af4Row, ExplicitNamed as Named, OfficialContinuity as Continuity};
    use CorrespondenceKind::{Merged, Relocated, Renamed, Same, Split};
    use {Cfir2022Construct as C22, CfirConstruct as C09};
    &[
        (C09::InterventionSource, Renamed, Af4Row, &[C22::InnovationSource]),
        (C09::EvidenceStrengthAndQuality, Renamed, Continuity, &[C22::InnovationEvidenceBase]),
        (C09::RelativeAdvantage, Renamed, Continuity, &[C22::InnovationRelativeAdvantage]),
        (C09::Adaptability, Renamed, Continuity, &[C22::InnovationAdaptability]),
        (C09::Trialability, Renamed, Continuity, &[C22::InnovationTrialability]),
        (C09::Complexity, Renamed, Continuity, &[C22::InnovationComplexity]),
        (C09::DesignQualityAndPackaging, Renamed, Continuity, &[C22::InnovationDesign]),
        (C09::PatientNeedsAndResources, Split, Continuity, &[C22::RecipientCenteredness, C22::InnovationRecipients]),
        (C09::Cosmopolitanism, Renamed, Continuity, &[C22::PartnershipsAndConnections]),
        (C09::PeerPressure, Relocated, Continuity, &[C22::MarketPressure]),
        (C09::ExternalPolicyAndIncentives, Split, Continuity, &[C22::PoliciesAndLaws, C22::PerformanceMeasurementPressure]),
        (C09::StructuralCharacteristics, Same, Named, &[C22::StructuralCharacteristics]),
        (C09::NetworksAndCommunications, Split, Continuity, &[C22::RelationalConnections, C22::Communications]),
        (C09::Culture, Same, Named, &[C22::Culture]),
        (C09::TensionForChange, Same, Continuity, &[C22::TensionForChange]),
        (C09::Compatibility, Same, Continuity, &[C22::Compatibility]),
        (C09::RelativePriority, Same, Continuity, &[C22::RelativePriority]),
        (C09::OrganizationalIncentivesAndRewards, Renamed, Continuity, &[C22::IncentiveSystems]),
        (C09::LearningClimate, Relocated, Named, &[C22::LearningCenteredness]),
        (C09::LeadershipEngagement, Split, Continuity, &[C22::Motivation]),
        (C09::AvailableResources, Same, Named, &[C22::AvailableResources]),
        (C09::AccessToKnowledgeAndInformation, Same, Continuity, &[C22::AccessToKnowledgeAndInformation]),
        (C09::Planning, Same, Continuity, &[C22::Planning]),
        (C09::Engaging, Same, Continuity, &[C22::Engaging]),
        (C09::OpinionLeaders, Relocated, Continuity, &[C22::OpinionLeaders]),
        (C09::FormallyAppointedInternalImplementationLeaders, Merged, Continuity, &[C22::ImplementationLeads]),
        (C09::Champions, Split, Continuity, &[C22::Motivation, C22::ImplementationLeads]),
        (C09::ExternalChangeAgents, Relocated, Continuity, &[C22::ImplementationFacilitators]),
        (C09::Executing, Renamed, Continuity, &[C22::Doing]),
        (C09::ReflectingAndEvaluating, Same, Named, &[C22::ReflectingAndEvaluating]),
    ]
};

#[test]
fn the_verified_rows_are_pinned() {
    let verified: Vec<_> = CfirCorrespondence::ALL
        .iter()
        .filter_map(|r| CfirCorrespondence::of_2009(r.cfir2009, Readings::Exclude))
        .map(|r| (r.cfir2009, r.kind, r.basis, r.cfir2022))
        .collect();
    assert_eq!(verified, VERIFIED);
}

#[test]
fn verified_rows_keep_their_unverified_targets_apart() {
    let apart: Vec<(&str, Vec<&str>)> = CfirCorrespondence::ALL
        .iter()
        .filter(|r| !r.cfir2022_unverified.is_empty())
        .map(|r| {
            (
                r.cfir2009.as_str(),
                r.cfir2022_unverified.iter().map(|c| c.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        apart,
        [
            (
                "patient_needs_and_resources",
                vec!["cfir2022_assessing_needs_innovation_recipients"]
            ),
            ("external_policy_and_incentives", vec!["cfir2022_financing"]),
            (
                "leadership_engagement",
                vec!["cfir2022_high_level_leaders", "cfir2022_mid_level_leaders"]
            ),
        ]
    );
    for r in CfirCorrespondence::ALL {
        for &c in r.cfir2022_unverified {
            assert_eq!(r.standing_of(c), Some(Standing::Reading));
            assert!(!r.targets(Readings::Exclude).any(|t| t == c));
            assert!(r.targets(Readings::Include).any(|t| t == c));
            assert!(!CfirCorrespondence::of_2022(c, Readings::Exclude).any(|x| x == r));
            assert!(CfirCorrespondence::of_2022(c, Readings::Include).any(|x| x == r));
        }
    }
}

#[test]
fn default_lookups_return_facts_only_and_readings_on_request() {
    for &c in CfirConstruct::ALL {
        let row = CfirCorrespondence::of_2009(c, Readings::Include).unwrap();
        match CfirCorrespondence::of_2009(c, Readings::Exclude) {
            Some(r) => {
                assert!(r.verified);
                assert_eq!(r, row);
            }
            None => assert!(!row.verified, "{c:?}"),
        }
        assert_eq!(
            row.targets(Readings::Exclude).next().is_some(),
            row.verified && !row.cfir2022.is_empty()
        );
    }
    for &c in Cfir2022Construct::ALL {
        let facts: Vec<_> = CfirCorrespondence::of_2022(c, Readings::Exclude).collect();
        let all: Vec<_> = CfirCorrespondence::of_2022(c, Readings::Include).collect();
        for r in &facts {
            assert_eq!(r.standing_of(c), Some(Standing::Verified), "{c:?}");
            assert!(all.contains(r));
        }
        for r in &all {
            let standing = r.standing_of(c).unwrap();
            assert_eq!(facts.contains(r), standing == Standing::Verified, "{c:?}");
        }
    }
    // the reverse of a row's targets leads back to the row, and only to rows that name it
    for policy in [Readings::Exclude, Readings::Include] {
        let forward: HashSet<(CfirConstruct, Cfir2022Construct)> = CfirCorrespondence::ALL
            .iter()
            .flat_map(|r| r.targets(policy).map(move |t| (r.cfir2009, t)))
            .collect();
        let backward: HashSet<(CfirConstruct, Cfir2022Construct)> = Cfir2022Construct::ALL
            .iter()
            .flat_map(|&c| CfirCorrespondence::of_2022(c, policy).map(move |r| (r.cfir2009, c)))
            .collect();
        assert_eq!(forward, backward, "{policy:?}");
    }
}

#[test]
fn lookups_from_cfir_2022_name_their_sources() {
    let from = |c, policy| -> Vec<&str> {
        CfirCorrespondence::of_2022(c, policy)
            .map(|r| r.cfir2009.as_str())
            .collect()
    };
    use Cfir2022Construct as C;
    assert_eq!(
        from(C::Motivation, Readings::Exclude),
        ["leadership_engagement", "champions"]
    );
    assert_eq!(
        from(C::Motivation, Readings::Include),
        [
            "leadership_engagement",
            "knowledge_and_beliefs_about_the_intervention",
            "individual_stage_of_change",
            "individual_identification_with_organization",
            "other_personal_attributes",
            "champions"
        ]
    );
    assert!(from(C::Capability, Readings::Exclude).is_empty());
    assert_eq!(
        from(C::Capability, Readings::Include),
        [
            "knowledge_and_beliefs_about_the_intervention",
            "self_efficacy",
            "other_personal_attributes"
        ]
    );
    assert_eq!(
        from(C::ImplementationLeads, Readings::Exclude),
        [
            "formally_appointed_internal_implementation_leaders",
            "champions"
        ]
    );
    assert_eq!(
        from(C::ReflectingAndEvaluating, Readings::Include),
        ["goals_and_feedback", "reflecting_and_evaluating"]
    );
    assert_eq!(from(C::Financing, Readings::Exclude), Vec::<&str>::new());
    assert_eq!(
        from(C::Financing, Readings::Include),
        ["external_policy_and_incentives"]
    );
    assert!(from(C::LocalAttitudes, Readings::Include).is_empty());
}

#[test]
fn new_constructs_match_the_reference() {
    let reference = fixture("cfir-2022-new-constructs.json");
    let names = |e: &CfirNewConstruct| e.cfir2022.label().to_owned();
    let of = |basis| -> Vec<&CfirNewConstruct> {
        CfirNewConstruct::ALL
            .iter()
            .filter(|e| e.basis == basis)
            .collect()
    };
    for (key, basis) in [
        ("stated_new", NewConstructBasis::StatedNew),
        (
            "original_content_attributed_but_no_single_2009_origin",
            NewConstructBasis::AttributedWithoutSingleOrigin,
        ),
    ] {
        let listed = reference[key].as_array().unwrap();
        let entries = of(basis);
        assert_eq!(entries.len(), listed.len(), "{key}");
        for (e, l) in entries.iter().zip(listed) {
            assert_eq!(names(e), l["cfir2022"], "{key}");
            let stated = Some((
                l["evidence"].as_str().unwrap().to_owned(),
                l["source_url"].as_str().unwrap().to_owned(),
            ));
            assert_eq!(encoded(e.evidence), stated, "{key}");
            assert_eq!(e.note, l["note"].as_str(), "{key}");
        }
    }
    // the unverified list names constructs loosely ("Innovation Deliverers (role)",
    // "Assessing Needs (+ sub-constructs ...)"): every encoded entry is named in it, and
    // every item of it is encoded
    let loose: Vec<String> = strings(&reference["no_2009_origin_seen_unverified"]);
    let unseen = of(NewConstructBasis::NoOriginSeen);
    assert_eq!(unseen.len(), 24);
    for e in &unseen {
        let named = |item: &String| {
            item.starts_with(e.cfir2022.label())
                || e.cfir2022.parent().is_some_and(|p| {
                    item.starts_with(p.label()) && item.contains(e.cfir2022.label())
                })
        };
        assert!(loose.iter().any(named), "{:?}", e.cfir2022);
        assert!(e.evidence.is_none() && !e.is_verified());
    }
    for item in &loose {
        assert!(
            unseen.iter().any(|e| item.starts_with(e.cfir2022.label())
                || e.cfir2022
                    .parent()
                    .is_some_and(|p| item.starts_with(p.label()))),
            "{item}"
        );
    }
    // one entry per construct
    let constructs: HashSet<Cfir2022Construct> =
        CfirNewConstruct::ALL.iter().map(|e| e.cfir2022).collect();
    assert_eq!(constructs.len(), CfirNewConstruct::ALL.len());
    for e in CfirNewConstruct::ALL {
        assert_eq!(CfirNewConstruct::of(e.cfir2022), Some(e));
    }
}

#[test]
fn every_cfir_2022_construct_is_accounted_for_but_work_infrastructure() {
    let unaccounted: Vec<Cfir2022Construct> = Cfir2022Construct::ALL
        .iter()
        .copied()
        .filter(|&c| {
            CfirCorrespondence::of_2022(c, Readings::Include)
                .next()
                .is_none()
        })
        .filter(|&c| CfirNewConstruct::of(c).is_none())
        .collect();
    assert_eq!(unaccounted, [Cfir2022Construct::WorkInfrastructure]);
    // stated-new constructs have no 2009 row at all
    for e in CfirNewConstruct::ALL.iter().filter(|e| e.is_verified()) {
        assert_eq!(
            CfirCorrespondence::of_2022(e.cfir2022, Readings::Include).count(),
            0
        );
    }
}

#[cfg(feature = "serde")]
#[test]
fn the_crosswalk_serializes_as_data() {
    let json = serde_json::to_value(CfirCorrespondence::ALL).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 39);
    let cost = &rows[7];
    assert_eq!(cost["cfir2009"], "cost");
    assert_eq!(
        cost["cfir2022"],
        serde_json::json!(["cfir2022_innovation_cost"])
    );
    assert_eq!(cost["kind"], "renamed");
    assert_eq!(cost["basis"], "definition_only");
    assert_eq!(cost["verified"], false);
    assert_eq!(
        cost["evidence"]["quote"],
        "The innovation purchase and operating costs are affordable."
    );
    assert!(cost["note"].as_str().unwrap().starts_with("UNVERIFIED"));
    let climate = &rows[15];
    assert_eq!(climate["cfir2009"], "implementation_climate");
    assert_eq!(climate["cfir2022"], serde_json::json!([]));
    assert_eq!(climate["evidence"], Value::Null);
    let pnr = &rows[8];
    assert_eq!(
        pnr["cfir2022_unverified"],
        serde_json::json!(["cfir2022_assessing_needs_innovation_recipients"])
    );
    // every id in the export is a stable id the vocabularies parse back
    for row in rows {
        let c09 = row["cfir2009"].as_str().unwrap();
        assert_eq!(CfirConstruct::from_id(c09).unwrap().as_str(), c09);
        for c22 in row["cfir2022"].as_array().unwrap() {
            assert!(Cfir2022Construct::from_id(c22.as_str().unwrap()).is_some());
        }
    }
    let new = serde_json::to_value(CfirNewConstruct::ALL).unwrap();
    assert_eq!(new[0]["cfir2022"], "cfir2022_local_attitudes");
    assert_eq!(new[0]["basis"], "stated_new");
}

#[cfg(feature = "schemars")]
#[test]
fn the_crosswalk_has_a_json_schema_that_accepts_its_export() {
    let schema = serde_json::to_value(schemars::schema_for!(Vec<CfirCorrespondence>)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let export = serde_json::to_value(CfirCorrespondence::ALL).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&export)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut broken = export.clone();
    broken[0]["kind"] = "moved".into();
    assert!(!validator.is_valid(&broken));
}

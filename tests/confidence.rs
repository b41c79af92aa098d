//! GRADE-CERQual confidence on links: carried by every format that carries links, checked
//! at build, compared and merged, and usable as a pathway filter.

use isp_moc::compare::{diff, merge, ConflictKind, IdMap, LinkDiff};
use isp_moc::model::{CerqualAssessment, Concern, Confidence, Judgement};
use isp_moc::query::{LinkFilter, PathQuery};
use isp_moc::MechanismGraph;

fn assessment(confidence: Confidence, adequacy: Concern) -> CerqualAssessment {
    let j = |c, why: &str| Judgement::new(c, why);
    CerqualAssessment::new(
        j(
            Concern::Minor,
            "two of four studies lacked a described analysis",
        ),
        j(Concern::NoOrVeryMinor, "the studies agree"),
        j(adequacy, "few studies, thin data"),
        j(Concern::Minor, "health and social welfare only"),
        confidence,
        "adequacy of data lowers confidence",
    )
}

/// Figure 2 with `trust -> openness` assessed at `confidence`.
fn assessed(confidence: Confidence) -> MechanismGraph {
    let mut parts = isp_moc::catalog::figure2().into_parts();
    for l in &mut parts.links {
        if l.from == "trust" && l.to == "openness" {
            l.confidence = Some(Box::new(assessment(confidence, Concern::Moderate)));
        }
    }
    parts.build().unwrap()
}

#[cfg(feature = "serde")]
#[test]
fn confidence_survives_json_graphml_and_node_link() {
    let g = assessed(Confidence::Moderate);
    let json = isp_moc::io::to_json(&g);
    assert!(json.contains("\"confidence\": \"moderate\""));
    assert_eq!(isp_moc::io::from_json(&json).unwrap(), g);
    assert_eq!(
        isp_moc::io::from_graphml(&isp_moc::io::to_graphml(&g)).unwrap(),
        g
    );
    let nl = isp_moc::export::node_link(&g, &Default::default());
    let doc: serde_json::Value = serde_json::from_str(&nl).unwrap();
    let edge = doc["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "trust" && e["target"] == "openness")
        .unwrap();
    assert_eq!(edge["confidence"]["adequacy"]["concern"], "moderate");
    let dot = isp_moc::export::dot(&g, &Default::default());
    assert!(dot.contains("trust leads to openness (text); GRADE-CERQual: Moderate confidence"));
    // a version-1 document cannot hold it
    let mut parts = g.into_parts();
    parts.studies.clear();
    let json = isp_moc::io::to_json(&parts.build().unwrap());
    let v1 = json.replacen("\"format_version\": 2", "\"format_version\": 1", 1);
    let err = isp_moc::io::from_json(&v1).unwrap_err();
    assert!(
        err.to_string()
            .contains("`links[].confidence` needs format_version 2"),
        "{err}"
    );
}

#[test]
fn a_malformed_assessment_is_reported_at_its_link() {
    let mut parts = isp_moc::catalog::figure2().into_parts();
    let mut bad = assessment(Confidence::High, Concern::Serious);
    bad.explanation = " ".to_owned();
    parts.links[6].confidence = Some(Box::new(bad));
    let err = parts.build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 problems:
  link #7 `trust` -> `openness`: confidence: a CERQual assessment explains its overall confidence
  link #7 `trust` -> `openness`: confidence: high confidence despite serious concerns: a serious concern about a component lowers the confidence"
    );
}

#[test]
fn pathways_can_be_limited_to_confident_links() {
    let g = assessed(Confidence::Moderate);
    let query = |filter| PathQuery::new(["trust"], ["openness"]).filter(filter);
    let moderate = LinkFilter::all().min_confidence(Confidence::Moderate);
    assert_eq!(g.pathways(query(moderate)).unwrap().len(), 1);
    let low = LinkFilter::all().min_confidence(Confidence::Low);
    assert_eq!(g.pathways(query(low)).unwrap().len(), 1);
    let high = LinkFilter::all().min_confidence(Confidence::High);
    assert!(g.pathways(query(high)).unwrap().is_empty());
    // unassessed links are not followed under a minimum
    let from_skills = PathQuery::new(["isp_skills"], ["openness"]).filter(moderate);
    assert!(g.pathways(from_skills).unwrap().is_empty());
    assert!(g
        .strongest_pathway(PathQuery::new(["isp_skills"], ["openness"]).filter(moderate))
        .unwrap()
        .is_none());
}

#[test]
fn diff_and_merge_compare_assessments() {
    let (low, moderate) = (assessed(Confidence::Low), assessed(Confidence::Moderate));
    let d = diff(&low, &moderate);
    assert!(matches!(&d.links[..], [LinkDiff::Changed { from, .. }] if from == "trust"));
    assert!(
        d.to_string()
            .contains("confidence: Low confidence → Moderate confidence"),
        "{d}"
    );
    let merged = merge(&low, &moderate, &IdMap::new()).unwrap();
    assert!(matches!(
        merged.conflicts(),
        [c] if matches!(c.kind, ConflictKind::Confidence { .. })
    ));
    let kept = merged.accept_conflicts();
    let link = kept.link("trust", "openness").unwrap();
    assert_eq!(
        link.confidence.as_ref().unwrap().confidence,
        Confidence::Low
    );
    // an assessment only the other model has is taken
    let plain = isp_moc::catalog::figure2();
    let g = merge(&plain, &moderate, &IdMap::new())
        .unwrap()
        .into_graph()
        .unwrap();
    assert!(g.link("trust", "openness").unwrap().confidence.is_some());
}

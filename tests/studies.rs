//! The study table: studies with identity in a model, evidence that names them by id,
//! exact distinct-study support, and the version-2 document that carries them.

use isp_moc::compare::{diff, merge, ConflictKind, IdMap, StudyDiff};
use isp_moc::model::{Category, Citation, Evidence, Link, Mechanism, Relation, Study, StudyId};
use isp_moc::vocab::{IspResource, ReasoningType};
use isp_moc::{ErrorKind, MechanismGraph};

fn id(s: &str) -> StudyId {
    StudyId::new(s).unwrap()
}

fn small(studies: Vec<Study>, link_evidence: Evidence) -> isp_moc::Result<MechanismGraph> {
    MechanismGraph::builder()
        .mechanism(Mechanism::new(
            "isp_skills",
            "ISP skills",
            Category::resource(IspResource::Skills),
        ))
        .mechanism(Mechanism::new(
            "trust",
            "Trust",
            Category::reasoning(ReasoningType::Relational),
        ))
        .link(Link::new("isp_skills", "trust", Relation::LeadsTo).with_evidence(link_evidence))
        .studies(studies)
        .build()
}

#[test]
fn figure2_cites_only_studies_of_its_table() {
    let g = isp_moc::catalog::figure2();
    assert_eq!(g.studies().len(), 67);
    let evidence = g
        .mechanisms()
        .iter()
        .map(|m| &m.evidence)
        .chain(g.links().iter().map(|l| &l.evidence));
    let mut cited = 0;
    for e in evidence {
        let citations = e
            .citations
            .iter()
            .chain(e.observations.iter().flat_map(|o| o.citations.iter()));
        for c in citations {
            let study = g.study(StudyId::from_citation(c).as_str()).unwrap();
            assert_eq!(study.citation.year, c.year, "{c}");
            cited += 1;
        }
    }
    assert!(cited > 150, "{cited}");
    // the fullest author list the review prints, under the id of its short citation
    let a = g.study("aasekjaer_et_al_2016").unwrap();
    assert_eq!(
        a.citation.authors,
        "Aasekjaer, Waehle, Ciliska, Nordtvedt, & Hjälmhult"
    );
    // every study of the table is cited somewhere
    let unused: Vec<&str> = g
        .studies()
        .iter()
        .map(|s| s.id.as_str())
        .filter(|s| {
            !g.links().iter().any(|l| {
                l.evidence
                    .supporting_study_ids()
                    .iter()
                    .chain(
                        l.evidence
                            .observations
                            .iter()
                            .flat_map(|o| o.citations.iter().map(StudyId::from_citation))
                            .collect::<Vec<_>>()
                            .iter(),
                    )
                    .any(|x| x == *s)
            }) && !g.mechanisms().iter().any(|m| {
                m.evidence
                    .citations
                    .iter()
                    .chain(
                        m.evidence
                            .observations
                            .iter()
                            .flat_map(|o| o.citations.iter()),
                    )
                    .any(|c| StudyId::from_citation(c) == *s)
            })
        })
        .collect();
    assert!(unused.is_empty(), "{unused:?}");
}

#[test]
fn support_counts_each_study_once_whether_cited_or_named() {
    let akin = Study::new(Citation::new("Akin", 2016));
    let e = Evidence::new()
        .with_study(akin.id.clone())
        .with_citation(Citation::new("Akin", 2016))
        .with_citation(Citation::new("akin", 2016).with_locator("p. 3"))
        .with_study(id("barac_et_al_2018"));
    let barac = Study::new(Citation::new("Barac et al.", 2018));
    let g = small(vec![akin, barac], e).unwrap();
    assert_eq!(g.link("isp_skills", "trust").unwrap().support(), 2);
}

#[test]
fn unknown_and_duplicate_studies_are_reported_together() {
    let akin = Study::new(Citation::new("Akin", 2016));
    let err = small(
        vec![akin.clone(), akin],
        Evidence::new().with_study(id("akin_2061")),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 problems:
  link #1 `isp_skills` -> `trust`: study `akin_2061` is not in the study table; did you mean `akin_2016`?
  study #2 `akin_2016`: duplicate study id `akin_2016`: already declared by study #1"
    );
    assert!(err
        .problems()
        .iter()
        .any(|p| matches!(&p.kind, ErrorKind::DuplicateStudy { first: 1, .. })));
    // a model without a table cannot name studies
    let err = small(vec![], Evidence::new().with_study(id("akin_2016"))).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::UnknownStudy {
            suggestion: None,
            ..
        }
    ));
}

#[cfg(feature = "serde")]
#[test]
fn the_table_survives_json_graphml_and_node_link() {
    let g = isp_moc::catalog::figure2();
    let json = isp_moc::io::to_json(&g);
    assert!(json.starts_with("{\n  \"format_version\": 2,"));
    assert_eq!(isp_moc::io::from_json(&json).unwrap(), g);
    assert_eq!(
        isp_moc::io::from_graphml(&isp_moc::io::to_graphml(&g)).unwrap(),
        g
    );
    let named = small(
        vec![Study::new(Citation::new("Akin", 2016)).with_location("US")],
        Evidence::new().with_study(id("akin_2016")),
    )
    .unwrap();
    assert_eq!(
        isp_moc::io::from_json(&isp_moc::io::to_json(&named)).unwrap(),
        named
    );
    assert_eq!(
        isp_moc::io::from_graphml(&isp_moc::io::to_graphml(&named)).unwrap(),
        named
    );
    let nl = isp_moc::export::node_link(&named, &Default::default());
    let doc: serde_json::Value = serde_json::from_str(&nl).unwrap();
    assert_eq!(doc["graph"]["studies"][0]["location"], "US");
    assert_eq!(doc["edges"][0]["studies"][0], "akin_2016");
}

#[cfg(feature = "serde")]
#[test]
fn version_1_documents_still_load_and_are_saved_as_version_2() {
    let v1 = r#"{"format_version": 1, "mechanisms": [
        {"id": "trust", "label": "Trust", "kind": "reasoning", "reasoning": "relational",
         "evidence": {"citations": [{"authors": "Akin", "year": 2016}]}}]}"#;
    let g = isp_moc::io::from_json(v1).unwrap();
    assert!(g.studies().is_empty());
    assert!(isp_moc::io::to_json(&g).contains("\"format_version\": 2"));
    // version 2 content in a version 1 document is refused, naming the field
    let named = v1.replace(
        r#""citations": [{"authors": "Akin", "year": 2016}]"#,
        r#""studies": ["akin_2016"]"#,
    );
    let err = isp_moc::io::from_json(&named).unwrap_err();
    assert!(err.problems().iter().any(|p| matches!(
        &p.kind,
        ErrorKind::NeedsFormatVersion { field, needs: 2, declared: 1 } if field == "evidence.studies"
    )));
}

#[test]
fn diff_and_merge_compare_study_tables() {
    let akin = Study::new(Citation::new("Akin", 2016));
    let a = small(vec![akin.clone()], Evidence::new()).unwrap();
    let b = small(
        vec![
            akin.clone().with_location("US"),
            Study::new(Citation::new("Zed", 2020)),
        ],
        Evidence::new().with_study(id("zed_2020")),
    )
    .unwrap();
    let d = diff(&a, &b);
    assert!(
        matches!(&d.studies[..], [StudyDiff::Changed { .. }, StudyDiff::Added(s)] if s.id == "zed_2020")
    );
    let text = d.to_string();
    assert!(text.contains("studies: 1 added, 1 changed"), "{text}");
    assert!(text.contains("location: none → `US`"), "{text}");
    assert!(text.contains("studies: + `zed_2020`"), "{text}");

    // a field only one record sets is filled in
    let merged = merge(&a, &b, &IdMap::new()).unwrap();
    assert!(merged.is_clean(), "{merged}");
    let g = merged.into_graph().unwrap();
    assert_eq!(g.studies().len(), 2);
    assert_eq!(
        g.study("akin_2016").unwrap().location.as_deref(),
        Some("US")
    );
    assert_eq!(g.link("isp_skills", "trust").unwrap().support(), 1);
    // a field both set differently is a conflict
    let c = small(vec![akin.with_location("SE")], Evidence::new()).unwrap();
    let merged = merge(&c, &b, &IdMap::new()).unwrap();
    assert!(matches!(
        merged.conflicts(),
        [c] if matches!(c.kind, ConflictKind::Study { .. })
    ));
    let g = merged.accept_conflicts();
    assert_eq!(
        g.study("akin_2016").unwrap().location.as_deref(),
        Some("SE")
    ); // the base's record kept
}

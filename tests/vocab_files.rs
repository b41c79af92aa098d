//! The vocabularies as files: `docs/vocab/` matches the code, the JSON files validate
//! against their schema, Python's `csv` reads the CSVs and `rdflib` the SKOS Turtle, and
//! each sees every term, parent and crosswalk link.
//!
//! Regenerate `docs/vocab/` with `cargo run --features cli -- vocab export -o docs/vocab`
//! (or `cargo run --example regenerate_docs`, or `ISP_MOC_BLESS=1 cargo test --test
//! vocab_files`) and review the diff.
#![cfg(feature = "serde")]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::tools::{consumer_script, have_python_module, run};
use isp_moc::vocab::{
    vocabularies, vocabulary_files, CfirCorrespondence, Standing, TermRecord, VOCABULARY_IRI_BASE,
};
use serde_json::Value;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/vocab")
}

const STALE: &str = "docs/vocab is stale: run `cargo run --features cli -- vocab export -o \
                     docs/vocab` (or ISP_MOC_BLESS=1 cargo test --test vocab_files)";

#[test]
fn committed_files_match_the_code() {
    let files = vocabulary_files();
    if std::env::var("ISP_MOC_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(dir()).unwrap();
        for f in &files {
            std::fs::write(dir().join(&f.name), &f.text).unwrap();
        }
    }
    for f in &files {
        let path = dir().join(&f.name);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; {STALE}", path.display()));
        assert!(committed == f.text, "{}: {STALE}", f.name);
    }
    let expected: BTreeSet<String> = files.into_iter().map(|f| f.name).collect();
    let present: BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        present, expected,
        "files in docs/vocab the code does not write"
    );
}

/// Every term of every vocabulary, with its vocabulary's name.
fn all_terms() -> Vec<(&'static str, TermRecord)> {
    vocabularies()
        .iter()
        .flat_map(|v| v.terms().into_iter().map(move |t| (v.name(), t)))
        .collect()
}

#[test]
fn parents_and_verification_levels_are_registered_terms() {
    let known: BTreeSet<(&str, &str)> = all_terms().iter().map(|(v, t)| (*v, t.id)).collect();
    let mut parents = 0;
    for (v, t) in all_terms() {
        assert!(
            t.id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && t.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{v}: {} is not snake_case (the Turtle writes it as a local name)",
            t.id
        );
        assert_eq!(t.iri, format!("{VOCABULARY_IRI_BASE}{v}/{}", t.id));
        if let Some(p) = t.parent {
            parents += 1;
            assert!(
                known.contains(&(p.vocabulary, p.id)),
                "{v}:{} parent {p:?}",
                t.id
            );
        }
        if let Some(check) = t.verification {
            assert!(
                known.contains(&(check.level.vocabulary, check.level.id)),
                "{v}:{} level {check:?}",
                t.id
            );
        }
        assert!(
            t.aliases.iter().all(|a| !a.contains("; ")),
            "{v}:{} alias with `; `",
            t.id
        );
    }
    // every CFIR 2009 (39) and CFIR 2022 (67) construct, both CFIR 2022 subdomains, the 6
    // COM-B sub-components, the 73 ERIC strategies and the 15 ISP competencies
    assert_eq!(parents, 39 + 67 + 2 + 6 + 73 + 15);
    let titles: BTreeSet<&str> = vocabularies().iter().map(|v| v.title()).collect();
    assert_eq!(
        titles.len(),
        vocabularies().len(),
        "titles name a vocabulary uniquely"
    );
}

#[test]
fn hierarchy_and_verification_follow_the_frameworks() {
    let find = |v: &str, id: &str| {
        isp_moc::vocab::vocabulary(v)
            .unwrap()
            .terms()
            .into_iter()
            .find(|t| t.id == id)
            .unwrap()
    };
    let parent = |v: &str, id: &str| find(v, id).parent.map(|p| (p.vocabulary, p.id));
    // a CFIR 2009 sub-construct's parent is its construct; a construct's, its domain
    assert_eq!(
        parent("cfir2009", "relative_priority"),
        Some(("cfir2009", "implementation_climate"))
    );
    assert_eq!(
        parent("cfir2009", "implementation_climate"),
        Some(("cfir2009-domains", "inner_setting"))
    );
    assert_eq!(parent("cfir2009-domains", "inner_setting"), None);
    // CFIR 2022: sub-construct → construct; Individuals → subdomain; else the domain
    assert_eq!(
        parent("cfir2022", "cfir2022_work_infrastructure"),
        Some(("cfir2022", "cfir2022_structural_characteristics"))
    );
    assert_eq!(
        parent("cfir2022", "cfir2022_high_level_leaders").unwrap().0,
        "cfir2022-subdomains"
    );
    assert_eq!(
        parent("cfir2022", "cfir2022_culture"),
        Some(("cfir2022-domains", "cfir2022_inner_setting"))
    );
    assert_eq!(
        parent("eric", "facilitation"),
        Some(("eric-clusters", "provide_interactive_assistance"))
    );
    // verification: ERIC clusters, the crosswalk rows
    let v = find("eric", "remind_clinicians").verification.unwrap();
    assert_eq!(
        (v.of, v.level.id, v.verified),
        ("cluster", "elimination_plus_secondary", false)
    );
    let v = find("cfir2009", "cost").verification.unwrap();
    assert_eq!((v.of, v.verified), ("crosswalk", false));
    let v = find("cfir2022", "cfir2022_local_attitudes")
        .verification
        .unwrap();
    assert_eq!(
        (v.of, v.level.id, v.verified),
        ("new_construct", "stated_new", true)
    );
    assert!(find("com-b", "capability").verification.is_none());
}

#[cfg(feature = "schemars")]
fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[cfg(feature = "schemars")]
#[test]
fn json_files_validate_against_the_schema() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/vocabulary.schema.json");
    if std::env::var("ISP_MOC_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, isp_moc::vocab::vocabulary_schema()).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == isp_moc::vocab::vocabulary_schema(),
        "schema/vocabulary.schema.json is stale: run \
         `cargo run --features cli -- schema vocabulary > schema/vocabulary.schema.json`"
    );
    let schema: Value = serde_json::from_str(&committed).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    for v in vocabularies() {
        let doc = read_json(&dir().join(format!("{}.json", v.name())));
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", v.name());
        assert_eq!(doc["terms"].as_array().unwrap().len(), v.terms().len());
    }
    // and it rejects what is not a vocabulary file
    let mut broken = read_json(&dir().join("eric.json"));
    broken["terms"][0]["verification"]["verified"] = "yes".into();
    assert!(!validator.is_valid(&broken));
    broken = read_json(&dir().join("eric.json"));
    broken["terms"][0].as_object_mut().unwrap().remove("label");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn python_csv_reads_every_term() {
    if !have_python_module("csv") {
        return;
    }
    let out: Value = serde_json::from_str(&run(
        "python3",
        &[
            &consumer_script("vocab_read.py"),
            "csv",
            dir().to_str().unwrap(),
        ],
        "",
    ))
    .unwrap();
    assert_eq!(out.as_object().unwrap().len(), vocabularies().len());
    for v in vocabularies() {
        let file = &out[format!("{}.csv", v.name())];
        let header: Vec<&str> = file["header"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h.as_str().unwrap())
            .collect();
        assert_eq!(&header[..3], ["id", "label", "description"]);
        assert_eq!(header.last(), Some(&"iri"));
        let rows = file["rows"].as_array().unwrap();
        let terms = v.terms();
        assert_eq!(rows.len(), terms.len(), "{}", v.name());
        let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
        for (row, t) in rows.iter().zip(&terms) {
            let cell = |name: &str| row[column(name)].as_str().unwrap().to_owned();
            assert_eq!(row.as_array().unwrap().len(), header.len());
            assert_eq!(cell("id"), t.id);
            assert_eq!(
                cell("label"),
                t.label,
                "{}: commas and quotes survive",
                t.id
            );
            assert_eq!(cell("description"), t.description);
            assert_eq!(cell("parent"), t.parent.map_or("", |p| p.id));
            assert_eq!(cell("aliases"), t.aliases.join("; "));
            assert_eq!(
                cell("verified"),
                t.verification
                    .map_or(String::new(), |c| c.verified.to_string())
            );
            for name in v.property_names() {
                assert_eq!(
                    &cell(name),
                    t.properties.get(name).map_or("", String::as_str)
                );
            }
            assert_eq!(cell("iri"), t.iri);
        }
    }
}

#[test]
fn rdflib_reads_the_concept_schemes_and_the_crosswalk() {
    if !have_python_module("rdflib") {
        return;
    }
    let path = dir().join("vocabularies.ttl");
    let out: Value = serde_json::from_str(&run(
        "python3",
        &[
            &consumer_script("vocab_read.py"),
            "skos",
            path.to_str().unwrap(),
        ],
        "",
    ))
    .unwrap();
    let schemes: Vec<String> = vocabularies().iter().map(|v| v.iri()).collect();
    let mut sorted = schemes.clone();
    sorted.sort();
    assert_eq!(out["schemes"], serde_json::json!(sorted));

    let concepts = out["concepts"].as_object().unwrap();
    let terms = all_terms();
    assert_eq!(concepts.len(), terms.len(), "one concept per term");
    for (v, t) in &terms {
        let c = &concepts[&t.iri];
        assert_eq!(c["notation"], t.id);
        assert_eq!(c["label"], t.label);
        assert_eq!(c["scheme"], format!("{VOCABULARY_IRI_BASE}{v}"));
        let broader: Vec<String> = t
            .parent
            .iter()
            .map(|p| format!("{VOCABULARY_IRI_BASE}{}/{}", p.vocabulary, p.id))
            .collect();
        assert_eq!(c["broader"], serde_json::json!(broader), "{}", t.iri);
        assert_eq!(
            c["verified"],
            serde_json::json!(t.verification.map(|x| x.verified))
        );
    }

    // the crosswalk: every link described with its standing, only verified ones asserted
    let iri = |edition: &str, id: &str| format!("{VOCABULARY_IRI_BASE}{edition}/{id}");
    let skos = |p: &str| format!("http://www.w3.org/2004/02/skos/core#{p}");
    let mut asserted = Vec::new();
    let mut described = Vec::new();
    for row in CfirCorrespondence::ALL {
        let mapping = skos(if row.kind.keeps_whole() {
            "exactMatch"
        } else {
            "closeMatch"
        });
        for &to in row.cfir2022.iter().chain(row.cfir2022_unverified) {
            let link = [
                iri("cfir2009", row.cfir2009.as_str()),
                mapping.clone(),
                iri("cfir2022", to.as_str()),
            ];
            let standing = row.standing_of(to).unwrap();
            if standing == Standing::Verified {
                asserted.push(link.to_vec());
            }
            let mut d = link.to_vec();
            d.push(iri("crosswalk-standings", standing.as_str()));
            described.push(d);
        }
    }
    asserted.sort();
    described.sort();
    assert!(asserted.len() >= 30 && described.len() > asserted.len());
    assert_eq!(out["mappings"], serde_json::json!(asserted));
    assert_eq!(out["statements"], serde_json::json!(described));
}

#[test]
fn csv_and_json_agree_on_every_term() {
    for v in vocabularies() {
        let doc: Value = serde_json::from_str(&v.to_json()).unwrap();
        let ids: Vec<&str> = doc["terms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap())
            .collect();
        let csv = v.to_csv();
        // ids are snake_case, so the first cell of each row is the id as written
        let csv_ids: Vec<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(ids, csv_ids, "{}", v.name());
        let properties: BTreeMap<&str, usize> =
            v.property_names().iter().map(|p| (*p, 0)).collect();
        for t in doc["terms"].as_array().unwrap() {
            for key in t["properties"].as_object().unwrap().keys() {
                assert!(properties.contains_key(key.as_str()), "{}: {key}", v.name());
            }
        }
    }
}

//! The JSON Schema: the checked-in copy matches the code, and an independent validator
//! (the `jsonschema` crate) accepts every shipped model and rejects malformed ones.
#![cfg(feature = "schemars")]

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&isp_moc::io::json_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn checked_in_schema_matches_the_code() {
    let committed =
        std::fs::read_to_string(root().join("schema/mechanism-model.schema.json")).unwrap();
    assert!(
        committed == isp_moc::io::json_schema(),
        "schema/mechanism-model.schema.json is stale: run \
         `cargo run --example print_schema --features schemars > schema/mechanism-model.schema.json`"
    );
}

/// The profile and assessment schemas are checked in too (the assessment's had gone stale
/// before this test: it lacked `link_weights`).
#[test]
fn checked_in_profile_and_assessment_schemas_match_the_code() {
    for (file, arg, schema) in [
        (
            "context-profiles.schema.json",
            "profiles",
            isp_moc::assess::profile_schema(),
        ),
        (
            "assessment.schema.json",
            "assessment",
            isp_moc::assess::assessment_schema(),
        ),
    ] {
        let committed = std::fs::read_to_string(root().join("schema").join(file)).unwrap();
        assert!(
            committed == schema,
            "schema/{file} is stale: run `cargo run --example print_schema --features \
             schemars -- {arg} > schema/{file}`"
        );
    }
}

/// Every model the crate ships: the example models and the ready-made Figure 2 file.
fn shipped_models() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples/models"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.push(root().join("docs/figure2/figure2.json"));
    files.sort();
    files
}

#[test]
fn shipped_models_validate_and_load() {
    let v = validator();
    let models = shipped_models();
    assert!(models.len() >= 3);
    for path in &models {
        let instance = read(path);
        let errors: Vec<String> = v.iter_errors(&instance).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        isp_moc::io::read_json_file(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    // the built-in model, as the crate writes it
    let figure2: Value =
        serde_json::from_str(&isp_moc::io::to_json(&isp_moc::catalog::figure2())).unwrap();
    assert!(v.is_valid(&figure2));
}

#[test]
fn schema_rejects_what_the_loader_rejects_for_shape() {
    let v = validator();
    for name in [
        "unknown_top_level_field",
        "unknown_mechanism_field",
        "unknown_link_field",
        "unknown_evidence_field",
        "unknown_citation_field",
        "unknown_reasoning_type",
        "unknown_cfir_construct",
        "label_instead_of_id",
        "unknown_relation",
        "invalid_mechanism_id",
        "invalid_link_id",
        "missing_format_version",
        "format_version_as_string",
        "missing_category_field",
        "share_above_one",
        "publications_overflow",
        "null_id",
    ] {
        let instance = read(
            &root()
                .join("tests/fixtures/invalid")
                .join(format!("{name}.json")),
        );
        assert!(!v.is_valid(&instance), "the schema accepts {name}.json");
        assert!(isp_moc::io::read_json_file(
            root()
                .join("tests/fixtures/invalid")
                .join(format!("{name}.json"))
        )
        .is_err());
    }
}

#[test]
fn vocabulary_values_in_the_schema_are_the_stable_ids() {
    use isp_moc::vocab::{CfirConstruct, Term};
    let schema: Value = serde_json::from_str(&isp_moc::io::json_schema()).unwrap();
    let ids: Vec<&str> = schema["$defs"]["CfirConstruct"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let expected: Vec<&str> = CfirConstruct::all().iter().map(|c| c.as_str()).collect();
    assert_eq!(ids, expected);
    assert_eq!(schema["properties"]["format_version"]["type"], "integer");
}

#[test]
fn citations_may_be_objects_or_text_in_the_schema_as_in_the_loader() {
    let v = validator();
    let doc = |citations: &str| -> Value {
        serde_json::from_str(&format!(
            r#"{{"format_version": 1,
              "mechanisms": [
                {{"id": "skills", "kind": "resource", "label": "Skills", "resource": "skills"}},
                {{"id": "trust", "kind": "reasoning", "label": "Trust", "reasoning": "relational"}}
              ],
              "links": [{{"from": "skills", "to": "trust", "relation": "leads_to",
                         "evidence": {{"citations": {citations}}}}}]}}"#
        ))
        .unwrap()
    };
    for ok in [
        r#"["Williams et al. 2017"]"#,
        r#"["Beidas, Edmunds et al. 2013b", {"authors": "Akin", "year": 2016}]"#,
        r#"["Brown et al. 2018b, p. 3"]"#,
    ] {
        let instance = doc(ok);
        assert!(v.is_valid(&instance), "{ok}");
        assert!(
            isp_moc::io::from_json(&instance.to_string()).is_ok(),
            "{ok}"
        );
    }
    for bad in [r#"["Akin"]"#, r#"[2016]"#, r#"[{"authors": "Akin"}]"#] {
        let instance = doc(bad);
        assert!(!v.is_valid(&instance), "the schema accepts {bad}");
        assert!(
            isp_moc::io::from_json(&instance.to_string()).is_err(),
            "{bad}"
        );
    }
}

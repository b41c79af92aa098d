//! The corpus of hostile files under `tests/fixtures/hostile/`: XML attacks (external
//! entities, entity expansion, DTDs, deep nesting, many or duplicate attributes), control
//! characters and bidi overrides meant to rewrite a terminal or forge a line of output,
//! very long values. Each `NAME.ext` must be refused with exactly the message in
//! `NAME.error`, quickly, and the message must be bounded and hold no control character.
//! The reader is chosen by name: `*.graphml` GraphML, `profile_*.json` a profile file,
//! other `*.json` a model, `matrix_*.csv` a rating matrix, `excerpts_*.csv` coded excerpts.
//! After a deliberate change of messages, rewrite the expectations with
//! `ISP_MOC_BLESS=1 cargo test --test hostile_files` and review the diff.
#![cfg(all(feature = "serde", feature = "csv"))]

mod common;

use std::path::{Path, PathBuf};

use common::hostile::{assert_clean, within};
use isp_moc::{Error, ErrorKind};

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "error"))
        .collect();
    files.sort();
    files
}

/// Reads `path` with the reader its name asks for.
fn read(path: &Path) -> Result<(), Error> {
    let name = path.file_name().unwrap().to_str().unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    match path.extension().and_then(|e| e.to_str()) {
        Some("graphml") => isp_moc::io::from_graphml(&text).map(drop),
        Some("json") if name.starts_with("profile_") => {
            isp_moc::assess::profiles_from_json(&text).map(drop)
        }
        Some("json") => isp_moc::io::from_json(&text).map(drop),
        Some("csv") if name.starts_with("matrix_") => {
            isp_moc::assess::read_rating_matrix(&text, &Default::default()).map(drop)
        }
        Some("csv") if name.starts_with("excerpts_") => {
            isp_moc::synth::read_evidence_csv(&text, &Default::default()).map(drop)
        }
        _ => panic!("{name}: no reader for this name"),
    }
}

#[test]
fn every_hostile_file_is_refused_with_its_exact_error() {
    let files = corpus();
    assert!(files.len() >= 20, "the corpus is in place");
    common::expected::check_messages(&files, |file| {
        let path = file.to_path_buf();
        let err = within(20, move || read(&path))
            .err()
            .unwrap_or_else(|| panic!("{} was accepted", file.display()));
        assert_clean(&err);
        err.to_string()
    });
}

#[test]
fn every_expectation_has_its_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "error") {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let found = corpus()
                .iter()
                .any(|f| f.file_stem().is_some_and(|s| s == stem.as_str()));
            assert!(found, "{} is orphaned", path.display());
        }
    }
}

fn load(name: &str) -> Error {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name);
    read(&path).unwrap_err()
}

#[test]
fn every_xml_attack_has_its_own_typed_error() {
    for dtd in [
        "xxe_external_entity.graphml",
        "xxe_external_dtd.graphml",
        "xxe_parameter_entity.graphml",
        "billion_laughs.graphml",
        "quadratic_blowup.graphml",
    ] {
        assert_eq!(load(dtd).kind(), &ErrorKind::XmlDtd, "{dtd}");
    }
    assert_eq!(
        load("deep_nesting.graphml").kind(),
        &ErrorKind::XmlTooDeep {
            limit: isp_moc::limits::MAX_XML_DEPTH
        }
    );
    assert_eq!(
        load("many_attributes.graphml").kind(),
        &ErrorKind::XmlTooManyAttributes {
            element: "node".into(),
            limit: isp_moc::limits::MAX_XML_ATTRIBUTES
        }
    );
    assert!(matches!(
        load("undeclared_entity.graphml").kind(),
        ErrorKind::Syntax { format: "XML", .. }
    ));
    assert!(matches!(
        load("duplicate_attributes.graphml").kind(),
        ErrorKind::Syntax { format: "XML", .. }
    ));
}

#[test]
fn the_file_never_reaches_the_terminal_raw() {
    let err = load("control_characters_in_ids.json");
    let text = err.to_string();
    assert!(
        text.contains("`trust\\u{1b}[2J\\r\\nforged: all fine`"),
        "{text}"
    );
    assert!(!text.contains("\nforged"), "{text}");
    assert!(text.contains("`\\u{202e}gnirts`"), "{text}");
}

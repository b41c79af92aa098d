//! The corpus of broken model files under `tests/fixtures/invalid/`: each `NAME.json` must
//! fail to load with exactly the message in `NAME.error`, and never panic or return a
//! partial graph. After a deliberate change of messages, rewrite the expectations with
//! `ISP_MOC_BLESS=1 cargo test --test invalid_files` and review the diff.
#![cfg(feature = "serde")]

mod common;

use std::path::{Path, PathBuf};

use isp_moc::{Error, ErrorKind};

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_invalid_file_fails_with_its_exact_error() {
    let files = corpus();
    assert!(files.len() >= 40, "the corpus is in place");
    common::expected::check_messages(&files, |file| {
        // read as text, so that messages hold no machine-specific path
        let text = std::fs::read_to_string(file).unwrap();
        match isp_moc::io::from_json(&text) {
            Ok(_) => panic!("{} loaded, but it is invalid", file.display()),
            Err(e) => e.to_string(),
        }
    });
}

#[test]
fn every_expectation_has_its_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "error") {
            assert!(
                path.with_extension("json").exists(),
                "{} is orphaned",
                path.display()
            );
        }
    }
}

fn load(name: &str) -> Error {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid")
        .join(name);
    isp_moc::io::read_json_file(path).unwrap_err()
}

#[test]
fn errors_are_typed_not_just_text() {
    let err = load("syntax_trailing_comma.json");
    assert!(matches!(
        err.kind(),
        ErrorKind::Syntax { format: "JSON", .. }
    ));
    let at = err.location().unwrap();
    // at the comma itself (serde_json noticed it at the `}` on the next line)
    assert_eq!((at.line, at.column), (Some(3), Some(19)));
    assert!(at
        .file
        .as_deref()
        .unwrap()
        .ends_with("syntax_trailing_comma.json"));
    assert_eq!(
        load("unsupported_format_version.json").kind(),
        &ErrorKind::UnsupportedFormatVersion {
            found: 99,
            supported: isp_moc::io::FORMAT_VERSION
        }
    );
    assert_eq!(
        load("studies_in_version_1.json").kind(),
        &ErrorKind::NeedsFormatVersion {
            field: "studies".into(),
            needs: 2,
            declared: 1
        }
    );
    assert_eq!(
        load("unknown_study.json").kind(),
        &ErrorKind::UnknownStudy {
            id: "akin_2061".into(),
            suggestion: Some("akin_2016".into())
        }
    );
    assert_eq!(
        load("duplicate_mechanism.json").kind(),
        &ErrorKind::DuplicateMechanism {
            id: "trust".into(),
            first: 2
        }
    );
    assert!(matches!(
        load("dangling_link.json").kind(),
        ErrorKind::UnknownEndpoint { missing, .. } if missing == "self_efficacy"
    ));
    assert_eq!(
        load("self_link.json").kind(),
        &ErrorKind::SelfLink { id: "trust".into() }
    );
    assert!(matches!(
        load("duplicate_link.json").kind(),
        ErrorKind::DuplicateLink { from, to, .. } if from == "isp_skills" && to == "trust"
    ));
    assert!(matches!(
        load("grammar_leads_to_resource.json").kind(),
        ErrorKind::GrammarViolation { .. }
    ));
    assert!(
        matches!(load("invalid_mechanism_id.json").kind(), ErrorKind::InvalidId { id, .. } if id == "Self Efficacy")
    );
    assert!(
        matches!(load("field_of_another_kind.json").kind(), ErrorKind::InvalidMechanism { id, .. } if id == "trust")
    );
    assert!(matches!(
        load("share_above_one.json").kind(),
        ErrorKind::InvalidInfo { .. }
    ));
    assert!(matches!(
        load("unknown_reasoning_type.json").kind(),
        ErrorKind::InvalidValue { field, .. } if field == "reasoning"
    ));
    let missing =
        isp_moc::io::read_json_file("tests/fixtures/invalid/no_such_file.json").unwrap_err();
    assert!(matches!(missing.kind(), ErrorKind::Io { .. }));
}

/// A model file that is not UTF-8 could be read, so it is no I/O error: it is said to be
/// not UTF-8 (UTF-16 named as such), at its first byte that is not, with how to fix it.
#[test]
fn a_model_file_that_is_not_utf8_says_so_where_and_how_to_fix() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encoding");
    for (name, format, bom) in [
        ("utf16.json", "JSON", "FF FE"),
        ("utf16be.graphml", "XML", "FE FF"),
    ] {
        let path = dir.join(name);
        let err = isp_moc::io::read_file(&path).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::Syntax { format: f, .. } if *f == format),
            "{err}"
        );
        let at = err.location().unwrap();
        assert_eq!((at.line, at.column), (Some(1), Some(1)), "{err}");
        assert_eq!(
            at.file.as_deref(),
            Some(path.display().to_string().as_str())
        );
        assert_eq!(
            err.to_string(),
            format!(
                "{}:1:1: invalid {format}: the file is UTF-16 text (it starts with the bytes \
                 {bom}), which isp-moc does not read; re-save it as UTF-8",
                path.display()
            )
        );
    }
    // a byte that is not UTF-8 further in: its line and column (after a byte-order mark,
    // in characters), the byte and its offset
    let path = std::env::temp_dir().join(format!("isp-moc-latin1-{}.json", std::process::id()));
    std::fs::write(
        &path,
        b"\xef\xbb\xbf{\"format_version\": 2,\n \"info\": {\"name\": \"Z\xc3\xbcrich \xe9\"}}",
    )
    .unwrap();
    let err = isp_moc::io::read_json_file(&path).unwrap_err();
    std::fs::remove_file(&path).unwrap();
    let at = err.location().unwrap();
    assert_eq!((at.line, at.column), (Some(2), Some(27)), "{err}");
    assert!(
        err.to_string().ends_with(
            ":2:27: invalid JSON: the file is not UTF-8 text: byte 0xE9 (byte offset 52) is \
             not UTF-8, as in text saved as Latin-1 or Windows-1252; re-save it as \
             UTF-8; UTF-16 text (starting with the bytes FF FE or FE FF) is not read either"
        ),
        "{err}"
    );
    assert!(!err.to_string().contains("cannot access"), "{err}");
}

/// A byte-order mark (written by many Windows tools) is not content: a model saved with one
/// loads as without it, in JSON and GraphML, and columns count from after it (see
/// `bom_then_unknown_field.json`).
#[test]
fn a_byte_order_mark_is_not_content() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/models");
    let plain = isp_moc::io::read_file(dir.join("coaching.json")).unwrap();
    for name in ["coaching-bom.json", "coaching-bom.graphml"] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        assert!(bytes.starts_with(b"\xef\xbb\xbf"), "{name}");
        assert_eq!(
            isp_moc::io::read_file(dir.join(name)).unwrap(),
            plain,
            "{name}"
        );
    }
}

//! The examples run and print what they promise (the binaries `cargo test` builds).

use std::path::PathBuf;
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
    // target/<profile>/deps/<this test> -> target/<profile>/examples/<name>
    let mut dir = std::env::current_exe().unwrap();
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let path = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} not built; run through `cargo test`",
        path.display()
    );
    path
}

fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example(name)).args(args).output().unwrap()
}

#[test]
fn figure2_example_prints_the_model_and_writes_dot() {
    let out_dir = std::env::temp_dir().join(format!("isp-moc-example-{}", std::process::id()));
    let dot_path = out_dir.join("figure2.dot");
    let out = run("figure2", &[dot_path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "31 mechanisms",
        "Relational responses (24 publications)",
        "Capability responses (22 publications)",
        "Opportunity responses (25 publications)",
        "Motivation responses (14 publications)",
        "isp_skills",
        "67%",
        "1. Installing trust and using it to promote meaningful learning",
        "2. Providing ongoing opportunities for learning, reflection and support",
        "3. Helping to span boundaries",
        "4. Positively motivating stakeholders",
        "ISP attitudes → Trust → Meaningful learning → Self-efficacy",
        "hindering on isp_attitudes -> trust",
        "context bearing on it:",
        "Access to external networks moderates boundary_spanning",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let dot = std::fs::read_to_string(&dot_path).unwrap();
    assert!(dot.starts_with("digraph"));
    std::fs::remove_dir_all(out_dir).unwrap();
}

#[test]
fn pathway_query_example_answers_and_rejects_unknown_ids() {
    let out = run("pathway_query", &["trust", "self_efficacy"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 pathway(s)"), "{text}");
    assert!(
        text.contains("Trust → Meaningful learning → Self-efficacy"),
        "{text}"
    );

    let out = run(
        "pathway_query",
        &[
            "isp_skills,isp_attitudes",
            "implementation_behaviour",
            "--via",
            "trust",
            "--max-hops",
            "3",
        ],
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines()
            .skip(1)
            .take_while(|l| l.starts_with("  ["))
            .all(|l| l.contains("Trust")),
        "{text}"
    );

    let out = run("pathway_query", &["trust", "selfefficacy"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown mechanism `selfefficacy`"), "{err}");
    assert!(
        err.contains("known ids:") && err.contains("self_efficacy"),
        "{err}"
    );

    let out = run("pathway_query", &["trust"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("usage:"));
}

#[cfg(feature = "serde")]
#[test]
fn load_model_example_validates_and_queries_files() {
    let models = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/models");
    let out = run("load_model", &[&format!("{models}/arc.json")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("valid: 5 mechanisms, 4 links"), "{text}");
    assert!(text.contains("ARC specialist support → Proficient organizational culture → Intentions to use the RSI → RSI use"), "{text}");

    let out = run(
        "load_model",
        &[
            &format!("{models}/consultation.json"),
            "case_based_consultation",
            "rsi_delivery",
        ],
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("2 pathway(s)"), "{text}");
    assert!(
        text.contains("feedback loop: authentic_case_work → rsi_delivery → feeling_connected"),
        "{text}"
    );

    let broken = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid/unknown_reasoning_type.json"
    );
    let out = run("load_model", &[broken]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("unknown reasoning type `relatonal`; did you mean `relational`?"),
        "{err}"
    );
}

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
        // ties go to the pathway with the fewest hindering findings; the others' are named
        "strongest (weakest-link support n=1; 2 others as strong): ISP skills → Trust → Meaningful learning → Self-efficacy",
        "as strong, with hindering findings: ISP attitudes → Trust → Meaningful learning → Self-efficacy",
        "hindering on isp_attitudes -> trust",
        "as strong: ISP skills → Boundary spanning → Organizational culture and climate → Implementation behaviour",
        "3 pathways from the ISP's resources through Trust to Self-efficacy",
        "(CFIR: Available Resources, inferred)",
        // context listed once, then referred back to
        "ISP skills \u{2014} the 7 factors listed under 1.",
        "context bearing on it:",
        "Boundary spanning \u{2014} moderated by Access to external networks",
        "ISP skills \u{2014} conditional on Availability of resources for implementation support",
        "   Discussion: \u{201c}providing ongoing opportunities for learning, reflection, and support\u{201d}",
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

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn vocab_table_prints_cfir_2022_by_default() {
    let out = run("vocab_table", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("CFIR 2022 construct (67 terms)"));
    assert_eq!(lines.next(), Some(""));
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "id",
            "label",
            "parent",
            "domain",
            "subdomain",
            "COM-B",
            "description"
        ]
    );
    assert!(lines.next().unwrap().starts_with("---"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 67);
    assert!(rows[0].starts_with("cfir2022_innovation_source "));
    let engaging = rows
        .iter()
        .find(|r| r.starts_with("cfir2022_engaging_innovation_deliverers "))
        .unwrap();
    assert!(
        engaging.contains("Innovation Deliverers") && engaging.contains("Engaging"),
        "{engaging}"
    );
    assert!(engaging.contains("Implementation Process"), "{engaging}");
    let capability = rows
        .iter()
        .find(|r| r.starts_with("cfir2022_capability "))
        .unwrap();
    assert!(capability.contains("Characteristics"), "{capability}");
    // the table is deterministic
    assert_eq!(stdout(&run("vocab_table", &["cfir2022"])), text);
}

#[test]
fn vocab_table_prints_a_named_vocabulary() {
    let out = run("vocab_table", &["cfir2009"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("CFIR 2009 construct (39 terms)"), "{text}");
    assert!(text.contains("code"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("leadership_engagement "))
        .unwrap();
    assert!(row.contains("III.E.1") && row.contains("Readiness for Implementation"));

    let text = stdout(&run("vocab_table", &["com-b"]));
    assert!(text.starts_with("COM-B component (3 terms)"), "{text}");
    assert!(text.lines().nth(2).unwrap().starts_with("id"), "{text}");

    let out = run("vocab_table", &["--list"]);
    assert!(out.status.success());
    let list = stdout(&out);
    assert!(list.starts_with("cfir2022 "), "{list}");
    assert!(list.contains("cfir2009-domains"), "{list}");
}

#[test]
fn vocab_table_lists_the_names_on_an_unknown_one() {
    let out = run("vocab_table", &["cfir2099"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown vocabulary `cfir2099`"), "{err}");
    assert!(
        err.contains("available: cfir2022, cfir2022-domains,") && err.contains("cfir2009"),
        "{err}"
    );
    assert_eq!(run("vocab_table", &["a", "b"]).status.code(), Some(2));
}

#[test]
fn lookup_suggests_across_cfir_versions() {
    let out = run("lookup", &["relative priorty"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.contains("no exact match for \"relative priorty\""),
        "{text}"
    );
    assert!(text.contains("did you mean:"), "{text}");
    for id in ["cfir2022_relative_priority", "relative_priority "] {
        assert!(text.contains(id), "missing {id:?} in:\n{text}");
    }
    assert!(text.contains("[CFIR 2009 construct]") && text.contains("[CFIR 2022 construct]"));
}

#[test]
fn lookup_shows_matches_with_their_place_and_counterpart() {
    let text = stdout(&run("lookup", &["Relative Priority"]));
    assert!(
        text.starts_with("2 matches for \"Relative Priority\""),
        "{text}"
    );
    assert!(text.contains("parent: Implementation Climate"), "{text}");
    assert!(
        text.contains(
            "CFIR 2009: relative_priority (Relative Priority), same; verified (official_continuity)"
        ),
        "{text}"
    );

    let text = stdout(&run("lookup", &["intervention", "source"]));
    assert!(
        text.contains(
            "CFIR 2022: cfir2022_innovation_source (Innovation Source), renamed; verified (af4_row)"
        ),
        "{text}"
    );

    let text = stdout(&run("lookup", &["Innovation Evidence-Base"]));
    assert!(
        text.contains("id: cfir2022_innovation_evidence_base"),
        "{text}"
    );
    assert!(
        text.contains("CFIR 2009: evidence_strength_and_quality (Evidence Strength & Quality), renamed; verified (official_continuity)"),
        "{text}"
    );

    // readings say so, and so do constructs without a CFIR 2009 row
    let text = stdout(&run("lookup", &["Cost"]));
    assert!(
        text.contains("CFIR 2022: cfir2022_innovation_cost (Innovation Cost), renamed; reading only (not verified: definition_only)"),
        "{text}"
    );
    let text = stdout(&run("lookup", &["External Policy & Incentives"]));
    assert!(
        text.contains("CFIR 2022: cfir2022_financing (Financing), split; reading only (an unverified further target of a verified row)"),
        "{text}"
    );
    let text = stdout(&run("lookup", &["Implementation Climate"]));
    assert!(
        text.contains("CFIR 2022: none, removed; reading only (not verified: none)"),
        "{text}"
    );
    let text = stdout(&run("lookup", &["Local Attitudes"]));
    assert!(text.contains("no CFIR 2009 row (stated new)"), "{text}");

    let text = stdout(&run("lookup", &["Engaging: Innovation Deliverers"]));
    assert!(
        text.contains("id: cfir2022_engaging_innovation_deliverers"),
        "{text}"
    );
    assert!(text.contains("parent: Engaging"), "{text}");

    let text = stdout(&run("lookup", &["leaders"]));
    assert!(text.contains("names containing \"leaders\":"), "{text}");
    assert!(text.contains("cfir2022_high_level_leaders"), "{text}");
    assert!(text.contains("formally_appointed_internal_implementation_leaders"));
}

#[test]
fn lookup_reports_nothing_and_usage_errors() {
    let out = run("lookup", &["qqqqzzzz"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("nothing matches \"qqqqzzzz\""));
    let out = run("lookup", &[]);
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

    let graphml = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/figure2/figure2.graphml");
    let out = run("load_model", &[graphml, "trust", "self_efficacy"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("valid: 31 mechanisms"), "{text}");
    assert!(
        text.contains("Trust → Meaningful learning → Self-efficacy"),
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

#[test]
fn vocab_table_knows_every_framework() {
    let list = stdout(&run("vocab_table", &["--list"]));
    for name in [
        "eric",
        "eric-clusters",
        "tdf",
        "isp-competencies",
        "bcw-functions",
        "cpd-elements",
        "service-outcomes",
    ] {
        assert!(
            list.lines().any(|l| l.starts_with(&format!("{name} "))),
            "{name} missing in:\n{list}"
        );
    }
    let eric = stdout(&run("vocab_table", &["eric"]));
    assert!(eric.starts_with("ERIC strategy (73 terms)"), "{eric}");
    let row = eric
        .lines()
        .find(|l| l.starts_with("audit_and_provide_feedback "))
        .unwrap();
    assert!(
        row.contains(" 5 ") && row.contains("Use evaluative and iterative strategies"),
        "{row}"
    );
    let tdf = stdout(&run("vocab_table", &["tdf"]));
    let skills = tdf.lines().find(|l| l.starts_with("skills ")).unwrap();
    assert!(
        skills.contains("Physical capability; Psychological capability"),
        "{skills}"
    );
}

#[test]
fn cfir_crosswalk_prints_every_row_marked_verified_or_reading() {
    let out = run("cfir_crosswalk", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("CFIR 2009 → 2022 crosswalk: 39 rows, 30 verified, 9 readings")
    );
    assert_eq!(lines.next(), Some(""));
    let header: Vec<&str> = lines
        .next()
        .unwrap()
        .split("  ")
        .filter(|c| !c.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        header,
        [
            "code",
            "CFIR 2009",
            "standing",
            "change",
            "basis",
            "CFIR 2022"
        ]
    );
    assert!(lines.next().unwrap().starts_with("---"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 39);
    // aligned: every row's standing starts in the header's column
    let column = text.lines().nth(2).unwrap().find("standing").unwrap();
    for row in &rows {
        let cell = &row[column..];
        assert!(
            cell.starts_with("verified") || cell.starts_with("READING"),
            "{row}"
        );
    }
    assert_eq!(
        rows.iter()
            .filter(|r| r[column..].starts_with("READING"))
            .count(),
        9
    );
    let row = |code: &str| {
        *rows
            .iter()
            .find(|r| r.starts_with(&format!("{code} ")))
            .unwrap()
    };
    let networks = row("III.B");
    assert!(networks.contains("Networks & Communications") && networks.contains("split"));
    assert!(
        networks.ends_with("Relational Connections; Communications"),
        "{networks}"
    );
    let cost = row("I.H");
    assert!(
        cost.contains("READING") && cost.contains("definition_only"),
        "{cost}"
    );
    assert!(row("III.D").ends_with("(none)"));
    assert!(
        row("II.D").ends_with("(reading: Financing)"),
        "{}",
        row("II.D")
    );
    // deterministic
    assert_eq!(stdout(&run("cfir_crosswalk", &[])), text);

    let verified = stdout(&run("cfir_crosswalk", &["--verified"]));
    assert!(verified.starts_with("CFIR 2009 → 2022 crosswalk: 30 rows, 30 verified, 0 readings"));
    assert!(!verified.contains("READING") && !verified.contains("(reading:"));
    assert_eq!(verified.lines().count(), 4 + 30);

    let new = stdout(&run("cfir_crosswalk", &["--new"]));
    assert!(
        new.starts_with(
            "CFIR 2022 constructs without a single CFIR 2009 origin: 32 entries, 2 stated new"
        ),
        "{new}"
    );
    assert!(new
        .lines()
        .any(|l| l.starts_with("cfir2022_local_attitudes ") && l.contains("stated_new")));

    let out = run("cfir_crosswalk", &["--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("usage:"));
}

#[cfg(feature = "serde")]
#[test]
fn cfir_crosswalk_prints_the_rows_as_json() {
    let out = run("cfir_crosswalk", &["--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json,
        serde_json::to_value(isp_moc::vocab::CfirCorrespondence::ALL).unwrap()
    );
    assert_eq!(json.as_array().unwrap().len(), 39);
    assert_eq!(json[7]["verified"], false);
}

#[test]
fn lint_model_prints_figure2_lints_as_warnings() {
    let out = run("lint_model", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let lints = isp_moc::catalog::figure2().lints();
    assert_eq!(
        text.lines().filter(|l| l.starts_with("warning[")).count(),
        lints.len(),
        "{text}"
    );
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(format!("warning[unsupported_link]: {}", lints[0].message()).as_str())
    );
    assert_eq!(
        lines.next(),
        Some("  --> Figure 2 (built in): link #9 `psychological_safety` -> `meaningful_learning`")
    );
    assert_eq!(
        text.lines().last(),
        Some(
            format!(
                "Figure 2 (built in): {n} warnings (unsupported_link {n})",
                n = lints.len()
            )
            .as_str()
        )
    );

    // denied warnings fail; allowed lints are not reported
    let out = run("lint_model", &["--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warnings denied"));
    let out = run(
        "lint_model",
        &["--allow", "unsupported_link", "--deny-warnings"],
    );
    assert!(out.status.success());
    assert_eq!(stdout(&out), "Figure 2 (built in): no warnings\n");

    // a misspelt lint name is a usage error with a suggestion
    let out = run("lint_model", &["--allow", "unsuported_link"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did you mean `unsupported_link`?"), "{err}");
    assert!(err.contains("usage:"), "{err}");
}

#[cfg(feature = "serde")]
#[test]
fn lint_model_lints_a_model_file() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lint");
    let file = format!("{dir}/every_lint.json");
    let out = run("lint_model", &[&file]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for kind in isp_moc::lint::LintKind::ALL {
        assert!(
            text.contains(&format!("warning[{}]: ", kind.as_str())),
            "{kind:?} in {text}"
        );
    }
    assert!(
        text.contains(&format!("  --> {file}: mechanism #10 `funding`\n")),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "  --> {file}: link #3 `learning` -> `practice_use`, at `evidence.observations[1]`\n"
        )),
        "{text}"
    );
    assert!(
        text.ends_with(&format!(
            "{file}: 13 warnings (unreached_response 1, unreached_outcome 1, dead_end 2, \
         unused_context 1, unsupported_link 2, untraced_link 1, unexplained_inference 1, \
         uncited_hindering 2, count_below_cited 1, weight_outside_unit 1)\n"
        )),
        "{text}"
    );

    let clean = format!("{dir}/clean.json");
    let out = run("lint_model", &[&clean, "--deny-warnings"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), format!("{clean}: no warnings\n"));

    let out = run("lint_model", &[&format!("{dir}/missing.json")]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn compare_models_diffs_and_merges_a_user_model_with_figure2() {
    let out = run("compare_models", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for expected in [
        "with Figure 2 (31 mechanisms, 67 links)",
        "crosswalk: alliance = trust, learning = meaningful_learning,",
        "  trust: label: `Trust` → `Working alliance`",
        "  trust -> meaningful_learning: relation: precondition → leads_to",
        "merged: 32 mechanisms, 69 links; 3 conflicts:",
        "  mechanism `isp_skills`: label: base `ISP skills`, other `Consultation skills`; kept the base's",
        "  link `trust` -> `meaningful_learning` (`alliance` -> `learning` in the other model): \
         relation: base `precondition`, other `leads_to`; kept the base's",
        "  mechanism `implementation_behaviour` (`delivery` in the other model): category:",
        "mechanisms: 1 added, 2 changed; links: 2 added, 3 changed",
        "  + feeling_connected `Feeling connected` (reasoning)",
        "  ~ isp_skills -> trust\n      support: 1 → 2\n      cites: + `Barac et al. 2018, p. 12`\n      \
         cites: + `McLeod et al. 2018`\n      cites: - `Barac et al. 2018`\n",
        "  + feeling_connected -> trust (leads_to, positive, inferred; support 0)",
        "merged model: 32 mechanisms, 69 links",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Barac et al. 2018 is cited by both models: counted once (support 1 → 2 is McLeod),
    // with the page only my model gives
    assert_eq!(text.matches("+ `Barac et al. 2018").count(), 1, "{text}");
    // deterministic
    assert_eq!(stdout(&run("compare_models", &[])), text);
}

// the example needs the csv feature (a test built without it would find a stale binary)
#[cfg(feature = "csv")]
#[test]
fn assess_context_reports_both_sites_and_writes_coloured_drawings() {
    let out_dir = std::env::temp_dir().join(format!("isp-moc-assess-{}", std::process::id()));
    let out = run(
        "assess_context",
        &["examples/data/figure2_sites.csv", out_dir.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for expected in [
        "Context assessment: Northside\n",
        "Context assessment: Eastside\n",
        "Blocked\n  ISP skills (isp_skills): Availability of resources for implementation support is a precondition, rated -2",
        "Address first\n  Ranked by the mechanisms each factor blocks",
        "its links to those mechanisms).\n  1. available_resources (-2): blocks isp_skills;",
        "# Cross-case comparison",
        "| Leadership support provided to ISP | +2 | -2 | strongly distinguishing, higher in high implementation |",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let east = std::fs::read_to_string(out_dir.join("eastside.dot")).unwrap();
    assert!(east.contains("#e06666") && east.contains("blocked"));
    std::fs::remove_dir_all(&out_dir).unwrap();
    // a broken matrix: every problem, exit status 2
    let out = run("assess_context", &["tests/fixtures/assess/bad_matrix.csv"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: 6 problems:\n"), "{err}");
}

/// Runs an example whose stdout is closed before it writes (as `| head -0` would).
fn run_into_closed_pipe(name: &str, args: &[&str]) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn every_example_exits_cleanly_on_a_closed_pipe() {
    let dir = std::env::temp_dir().join(format!("isp-moc-pipe-{}", std::process::id()));
    let dot = dir.join("figure2.dot");
    let models = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/models");
    let arc = format!("{models}/arc.json");
    let sites = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/figure2_sites.csv"
    );
    let mut runs: Vec<(&str, Vec<&str>)> = vec![
        ("figure2", vec![dot.to_str().unwrap()]),
        ("pathway_query", vec!["trust", "self_efficacy"]),
        ("vocab_table", vec![]),
        ("vocab_table", vec!["--list"]),
        ("lookup", vec!["Relative Priority"]),
        ("cfir_crosswalk", vec![]),
        ("lint_model", vec![]),
        ("compare_models", vec![]),
    ];
    if cfg!(feature = "serde") {
        runs.push(("load_model", vec![&arc]));
        runs.push(("cfir_crosswalk", vec!["--json"]));
    }
    if cfg!(feature = "csv") {
        runs.push(("assess_context", vec![sites, dir.to_str().unwrap()]));
        runs.push(("synthesis", vec![]));
    }
    if cfg!(feature = "schemars") {
        runs.push(("print_schema", vec![]));
    }
    let mut failures = Vec::new();
    for (name, args) in &runs {
        let out = run_into_closed_pipe(name, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() || !stderr.is_empty() {
            failures.push(format!("{name} {args:?}: {}\n{stderr}", out.status));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[cfg(feature = "csv")]
#[test]
fn synthesis_prints_the_tables_and_the_weighed_figure2() {
    let out = run("synthesis", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for expected in [
        "# 13 excerpts of 10 studies (examples/data/figure2_excerpts.csv)\n",
        "| Relational | 7 |\n",
        "10 of 67 links evidenced by excerpts; 0 unplaced\n",
        "links without excerpts:\n  isp_skills -> psychological_safety\n",
        "- isp_skills: isp_skills → trust → openness → implementation_behaviour (support per link [1, 3, 2])\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // a broken file: every problem on stderr, exit status 2
    let out = run(
        "synthesis",
        &["tests/fixtures/synthesis/invalid/unknown_codes.csv"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        err.contains("unknown_codes.csv:2:3, at `resource`"),
        "{err}"
    );
}

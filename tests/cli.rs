//! The `isp-moc` command, run as a person or a script runs it: every subcommand with
//! `--help`, both output formats, standard input, every exit status and a closed pipe.
//! The JSON each subcommand prints is pinned by the snapshots in `tests/fixtures/cli/`;
//! after an intended change run `ISP_MOC_BLESS=1 cargo test --features cli --test cli`
//! and review the diff (the shapes are documented in `docs/CLI.md`).
#![cfg(feature = "cli")]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::tools::have;
use serde_json::{json, Value};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What a run of the command gave.
#[derive(Debug)]
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_isp-moc"));
    c.args(args).current_dir(root()).env_remove("NO_COLOR");
    c
}

/// Runs the command in the repository root with `input` on standard input.
fn run_with(args: &[&str], input: &[u8]) -> Ran {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let ran = Ran {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(!ran.stderr.contains("panicked"), "{args:?}: {}", ran.stderr);
    assert!(
        !ran.stdout.contains('\u{1b}'),
        "{args:?}: colour off a terminal"
    );
    ran
}

fn run(args: &[&str]) -> Ran {
    run_with(args, b"")
}

/// Runs and expects exit status `code`.
fn expect(code: i32, args: &[&str]) -> Ran {
    let ran = run(args);
    assert_eq!(
        ran.code, code,
        "{args:?}\nstdout: {}\nstderr: {}",
        ran.stdout, ran.stderr
    );
    ran
}

/// Compares `--format json` output with `tests/fixtures/cli/<name>.json`.
fn snapshot(name: &str, ran: &Ran) {
    let value: Value = serde_json::from_str(&ran.stdout)
        .unwrap_or_else(|e| panic!("{name}: not JSON ({e}):\n{}", ran.stdout));
    let path = root()
        .join("tests/fixtures/cli")
        .join(format!("{name}.json"));
    if std::env::var("ISP_MOC_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &ran.stdout).unwrap();
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; bless with ISP_MOC_BLESS=1", path.display()));
    let expected: Value = serde_json::from_str(&committed).unwrap();
    assert!(
        value == expected,
        "{name}: the JSON shape changed; if intended, update docs/CLI.md and bless with \
         ISP_MOC_BLESS=1\n{}",
        ran.stdout
    );
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("isp-moc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

const SUBCOMMANDS: [&[&str]; 19] = [
    &["synthesize"],
    &["codebook"],
    &["check"],
    &["paths"],
    &["strongest"],
    &["reach"],
    &["loops"],
    &["context"],
    &["export"],
    &["diff"],
    &["merge"],
    &["schema"],
    &["vocab"],
    &["vocab", "list"],
    &["vocab", "show"],
    &["vocab", "search"],
    &["vocab", "export"],
    &["assess"],
    &["completions"],
];

#[test]
fn every_subcommand_has_help_and_the_command_a_version() {
    let top = expect(0, &["--help"]);
    for sub in SUBCOMMANDS.iter().filter(|s| s.len() == 1) {
        assert!(
            top.stdout.contains(&format!("\n  {} ", sub[0])),
            "{sub:?} not listed"
        );
    }
    assert!(top.stdout.contains("Exit status: 0 ok; 1 findings"));
    for sub in SUBCOMMANDS {
        let mut args = sub.to_vec();
        args.push("--help");
        let help = expect(0, &args);
        assert!(
            help.stdout
                .contains(&format!("Usage: isp-moc {}", sub.join(" "))),
            "{sub:?}: {}",
            help.stdout
        );
    }
    let version = expect(0, &["--version"]);
    assert_eq!(
        version.stdout,
        format!("isp-moc {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn check_lists_lints_and_denies_them_on_request() {
    let ran = expect(0, &["check"]);
    assert!(ran
        .stdout
        .starts_with("warning[unsupported_link]: support 0"));
    assert!(ran.stdout.ends_with(
        "Figure 2 (built in): valid, 31 mechanisms, 67 links; 13 warnings (unsupported_link 13)\n"
    ));
    let denied = expect(1, &["check", "--deny-warnings"]);
    assert_eq!(
        denied.stderr,
        "error: 13 warnings denied (--deny-warnings)\n"
    );
    let allowed = expect(
        0,
        &["check", "--deny-warnings", "--allow", "unsupported_link"],
    );
    assert!(allowed.stdout.ends_with("; no warnings\n"));
    snapshot(
        "check",
        &expect(
            0,
            &[
                "check",
                "-m",
                "examples/models/consultation.json",
                "--format",
                "json",
            ],
        ),
    );
    // a JSON model's lints point at file:line:column, as its errors do; the built-in
    // model's at the record alone
    let model = "tests/fixtures/models/coaching.json";
    let text = expect(0, &["check", "-m", model]).stdout;
    assert!(
        text.contains(&format!(
            "  --> {model}:19:5, link #2 `coach_knowledge` -> `teacher_confidence`\n"
        )),
        "{text}"
    );
    assert!(ran.stdout.contains("  --> Figure 2 (built in): link #"));
    let json = expect(1, &["check", "--deny-warnings", "--format", "json"]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        (
            v["denied"].as_bool(),
            v["counts"]["unsupported_link"].as_u64()
        ),
        (Some(true), Some(13))
    );
}

#[test]
fn a_model_that_does_not_load_lists_every_problem_and_exits_2() {
    let file = "tests/fixtures/authoring/many_mistakes.json";
    let ran = expect(2, &["check", "-m", file]);
    assert_eq!(ran.stdout, "");
    assert!(
        ran.stderr
            .starts_with("error: 11 problems:\n  tests/fixtures/authoring/many_mistakes.json:"),
        "{}",
        ran.stderr
    );
    assert_eq!(
        ran.stderr.matches("\n  ").count(),
        11,
        "one block, one line per problem"
    );
    // for programs, the problems as JSON too
    let ran = expect(2, &["check", "-m", file, "--format", "json"]);
    snapshot("check_invalid", &ran);
    // every query subcommand refuses it the same way
    for sub in ["paths", "strongest", "loops"] {
        assert!(expect(2, &[sub, "-m", file])
            .stderr
            .starts_with("error: 11 problems:"));
    }
}

#[test]
fn usage_and_input_errors_exit_2_with_one_message() {
    for (args, message) in [
        (
            &["paths", "--from", "kind:resourc"][..],
            "did you mean `resource`?",
        ),
        (
            &["paths", "--from", "no_such_id"],
            "error: unknown mechanism `no_such_id`",
        ),
        (&["reach", "selfefficacy"], "did you mean `self_efficacy`?"),
        (
            &["check", "--allow", "unsuported_link"],
            "unknown lint `unsuported_link`",
        ),
        (
            &["check", "-m", "no/such/model.json"],
            "cannot access `no/such/model.json`",
        ),
        (&["check", "-m", "model.yaml"], "unknown file extension"),
        (&["export"], "name the format with --to"),
        (
            &["export", "-o", "model.txt"],
            "cannot tell the format from `model.txt`",
        ),
        (
            &["export", "-o", "figure.svg"],
            "isp-moc export --to svg-ready-dot | dot -Tsvg -o figure.svg",
        ),
        (
            &["export", "-m", "examples/models/leap.json", "-o", "leap.png"],
            "isp-moc export -m examples/models/leap.json --to svg-ready-dot | dot -Tpng -o leap.png",
        ),
        (
            &["export", "--to", "graphml", "--no-legend"],
            "apply to drawings only",
        ),
        (
            &["export", "--to", "mermaid", "--compact"],
            "--compact applies to the json format only",
        ),
        (&["vocab", "show", "cfir2002"], "did you mean `cfir2022`?"),
        (
            &[
                "merge",
                "docs/figure2/figure2.json",
                "examples/models/arc.json",
                "--map",
                "trust",
            ],
            "expected OTHER_ID=BASE_ID",
        ),
        (&["diff", "-", "-"], "only one of the two models"),
        (
            &[
                "assess",
                "--ratings",
                "examples/data/figure2_sites.csv",
                "--site",
                "Westside",
            ],
            "no site `Westside`",
        ),
        (
            &[
                "assess",
                "--ratings",
                "examples/data/figure2_sites.csv",
                "--site",
                "eastside",
            ],
            "no site `eastside` in examples/data/figure2_sites.csv; did you mean `Eastside`?",
        ),
        (&["nonsense"], "unrecognized subcommand"),
    ] {
        let ran = expect(2, args);
        assert!(ran.stderr.contains(message), "{args:?}: {}", ran.stderr);
        assert!(
            ran.stderr.starts_with("error: "),
            "{args:?}: {}",
            ran.stderr
        );
    }
}

#[test]
fn paths_and_strongest_answer_in_text_and_json() {
    let ran = expect(
        0,
        &[
            "paths",
            "--from",
            "isp_skills",
            "--to",
            "self_efficacy",
            "--via",
            "trust",
        ],
    );
    assert_eq!(
        ran.stdout,
        "1 pathway from isp_skills to self_efficacy via trust\n\
         support  inferred  pathway\n\
         1        0         ISP skills → Trust → Meaningful learning → Self-efficacy\n\
         strongest: isp_skills → trust → meaningful_learning → self_efficacy (support 1)\n"
    );
    snapshot(
        "paths",
        &expect(
            0,
            &[
                "paths",
                "--from",
                "kind:resource",
                "--to",
                "self_efficacy",
                "--max-hops",
                "3",
                "--format",
                "json",
            ],
        ),
    );
    let truncated = expect(
        0,
        &[
            "paths",
            "--from",
            "kind:context",
            "--to",
            "kind:outcome",
            "--max-paths",
            "2",
            "--format",
            "json",
        ],
    );
    let v: Value = serde_json::from_str(&truncated.stdout).unwrap();
    assert_eq!(
        (
            v["truncated"].as_bool(),
            v["pathways"].as_array().unwrap().len()
        ),
        (Some(true), 2)
    );
    // in text, the strongest of a cut-short list is said to be only the strongest listed
    let truncated = expect(
        0,
        &[
            "paths",
            "--from",
            "kind:resource",
            "--to",
            "kind:outcome",
            "--max-paths",
            "2",
        ],
    );
    assert!(
        truncated.stdout.contains("\nstrongest listed: ")
            && truncated
                .stdout
                .ends_with("; `isp-moc strongest` finds the strongest of all\n"),
        "{}",
        truncated.stdout
    );

    // hindering evidence is cited, as in the JSON
    let against = expect(
        0,
        &["strongest", "--from", "isp_knowledge", "--to", "trust"],
    );
    assert!(
        against.stdout.ends_with(
            "hindering evidence along it:\n  isp_knowledge -> trust: a lack of familiarity with \
             local contexts decreased trust toward the ISP (Shernoff et al. 2015)\n"
        ),
        "{}",
        against.stdout
    );

    let text = expect(
        0,
        &["strongest", "--from", "trust", "--to", "self_efficacy"],
    );
    assert!(text.stdout.starts_with("Trust → Meaningful learning → Self-efficacy\n  trust → meaningful_learning → self_efficacy\n  support 3 (its weakest link's, ranked by it), 2 links, 0 inferred\n"), "{}", text.stdout);
    assert!(text.stdout.contains("context bearing on it:\n"));
    snapshot(
        "strongest",
        &expect(0, &["strongest", "--format", "json", "--text-only"]),
    );
    let none = expect(
        0,
        &["strongest", "--from", "self_efficacy", "--to", "trust"],
    );
    assert_eq!(
        none.stdout,
        "no pathway from self_efficacy to trust within 6 links\n"
    );
}

/// A matrix row every site repeats the problem of (its construct placed nowhere in the
/// model) is told once, naming the other sites, not once per site.
#[test]
fn a_rows_problem_shared_by_every_site_is_told_once() {
    let ran = expect(
        2,
        &[
            "assess",
            "--ratings",
            "tests/fixtures/assess/unused_row_two_sites.csv",
            "-m",
            "tests/fixtures/models/coaching.json",
        ],
    );
    assert_eq!(
        ran.stderr,
        "error: tests/fixtures/assess/unused_row_two_sites.csv:3:1, site `A`, rating #2, at \
         `construct`: the model places no context factor at CFIR 2009 construct \
         `tension_for_change`; allowing unused ratings keeps them aside instead \
         (`AssessOptions::allow_unused`, `isp-moc assess --allow-unused`) (the same for site \
         `B`)\n"
    );
}

/// The weight ranking follows weighted links only: the answer says which links between
/// the ends it did not follow, so a pathway left out is not left out without a word.
#[test]
fn strongest_by_weight_names_the_links_it_did_not_follow() {
    let model = "tests/fixtures/models/partly_weighted.json";
    let args = [
        "strongest",
        "--rank",
        "weight",
        "--from",
        "trust",
        "--to",
        "own",
        "-m",
        model,
    ];
    let ran = expect(0, &args);
    assert!(
        ran.stdout.ends_with(
            "not followed: 1 link without a weight in (0, 1] on pathways between them (trust \
             -> own); pathways through them are left out of the weight ranking (rank by \
             support to include them)\n"
        ),
        "{}",
        ran.stdout
    );
    let json_args: Vec<&str> = args.iter().copied().chain(["--format", "json"]).collect();
    let ran: Value = serde_json::from_str(&expect(0, &json_args).stdout).unwrap();
    assert_eq!(
        ran["unweighted_links"],
        json!([{"from": "trust", "to": "own"}])
    );
    // ranked by support, every link is followed: nothing to say
    let ran = expect(
        0,
        &["strongest", "--from", "trust", "--to", "own", "-m", model],
    );
    assert!(!ran.stdout.contains("not followed"), "{}", ran.stdout);
}

/// The unweighted links named are those on a pathway of the question: within
/// `--max-hops` links, stated in the text under `--text-only`, and never a link leaving the
/// one target (a pathway ends there) or reached only through it.
#[test]
fn strongest_by_weight_names_only_links_on_the_questions_pathways() {
    // a-b-c-d: b-c is unweighted and three links from a to d; a-e is inferred and
    // unweighted; d-f-b is an unweighted feedback loop from the target
    let model = br#"{"format_version": 2, "mechanisms": [
        {"id": "a", "kind": "resource", "label": "A", "resource": "skills"},
        {"id": "b", "kind": "reasoning", "label": "B", "reasoning": "relational"},
        {"id": "c", "kind": "reasoning", "label": "C", "reasoning": "capability"},
        {"id": "e", "kind": "reasoning", "label": "E", "reasoning": "motivation"},
        {"id": "f", "kind": "reasoning", "label": "F", "reasoning": "motivation"},
        {"id": "d", "kind": "outcome", "label": "D", "levels": ["individual"]}],
      "links": [
        {"from": "a", "to": "b", "relation": "leads_to", "weight": 0.5},
        {"from": "b", "to": "c", "relation": "leads_to"},
        {"from": "c", "to": "d", "relation": "leads_to", "weight": 0.5},
        {"from": "a", "to": "e", "relation": "leads_to", "basis": "inferred"},
        {"from": "e", "to": "d", "relation": "leads_to", "weight": 0.9},
        {"from": "a", "to": "d", "relation": "leads_to", "weight": 0.2},
        {"from": "d", "to": "f", "relation": "leads_to"},
        {"from": "f", "to": "b", "relation": "leads_to"}]}"#;
    let named = |extra: &[&str]| -> Value {
        let mut args = vec![
            "strongest",
            "-m",
            "-",
            "--rank",
            "weight",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        let ran = run_with(&args, model);
        assert_eq!(ran.code, 0, "{}", ran.stderr);
        let ran: Value = serde_json::from_str(&ran.stdout).unwrap();
        assert_eq!(ran["unweighted_links_truncated"], false);
        ran["unweighted_links"].clone()
    };
    assert_eq!(
        named(&[]),
        json!([{"from": "b", "to": "c"}, {"from": "a", "to": "e"}])
    );
    assert_eq!(
        named(&["--max-hops", "2"]),
        json!([{"from": "a", "to": "e"}])
    );
    assert_eq!(named(&["--text-only"]), json!([{"from": "b", "to": "c"}]));
    assert_eq!(named(&["--text-only", "--max-hops", "2"]), json!([]));
    // from b to c, d, or e: the loop d-f-b leads back to the start, on no pathway
    assert_eq!(
        named(&["--from", "b", "--to", "d"]),
        json!([{"from": "b", "to": "c"}])
    );
    // with more pathways than the search looks at (6^4 = 1 296 through four layers of
    // six), the list says it may be short
    let mut mechanisms = vec![
        json!({"id": "r", "kind": "resource", "label": "R", "resource": "skills"}),
        json!({"id": "o", "kind": "outcome", "label": "O", "levels": ["individual"]}),
    ];
    let mut links = Vec::new();
    let mut before = vec!["r".to_owned()];
    for layer in 0..4 {
        let here: Vec<String> = (0..6).map(|i| format!("l{layer}_{i}")).collect();
        for id in &here {
            mechanisms.push(json!({"id": id, "kind": "reasoning", "label": id,
                                   "reasoning": "capability"}));
            for from in &before {
                // one unweighted link, among the first pathways by ids
                let weight = (from != "l1_0" || id != "l2_0").then_some(0.5);
                links.push(json!({"from": from, "to": id, "relation": "leads_to",
                                  "weight": weight}));
            }
        }
        before = here;
    }
    for from in &before {
        links.push(json!({"from": from, "to": "o", "relation": "leads_to", "weight": 0.5}));
    }
    let wide = json!({"format_version": 2, "mechanisms": mechanisms, "links": links});
    let ran = run_with(
        &["strongest", "-m", "-", "--rank", "weight"],
        wide.to_string().as_bytes(),
    );
    assert!(
        ran.stdout.contains(
            "not followed: at least 1 link without a weight in (0, 1] on pathways between \
             them (l1_0 -> l2_0)"
        ),
        "{}",
        ran.stdout
    );
    // every grid link weighted, and a six-link chain beside it whose last link is not:
    // the search stops among the five-link pathways, and says it could not look further
    let mut links: Vec<Value> = (links.into_iter())
        .map(|mut l| {
            l["weight"] = json!(0.5);
            l
        })
        .collect();
    let chain = ["r", "c0", "c1", "c2", "c3", "c4", "o"];
    for id in &chain[1..6] {
        mechanisms.push(json!({"id": id, "kind": "reasoning", "label": id,
                               "reasoning": "capability"}));
    }
    for pair in chain.windows(2) {
        let weight = (pair[1] != "o").then_some(0.99);
        links.push(
            json!({"from": pair[0], "to": pair[1], "relation": "leads_to",
                          "weight": weight}),
        );
    }
    let wide = json!({"format_version": 2, "mechanisms": mechanisms, "links": links});
    let args = ["strongest", "-m", "-", "--rank", "weight"];
    let ran = run_with(&args, wide.to_string().as_bytes());
    assert!(
        ran.stdout.ends_with(
            "not checked: the pathway search stopped at its bounds, so links without a weight \
             in (0, 1] on the pathways it did not reach, if any, are not named here\n"
        ),
        "{}",
        ran.stdout
    );
    let json_args: Vec<&str> = args.iter().copied().chain(["--format", "json"]).collect();
    let ran: Value =
        serde_json::from_str(&run_with(&json_args, wide.to_string().as_bytes()).stdout).unwrap();
    assert_eq!(
        (&ran["unweighted_links"], &ran["unweighted_links_truncated"]),
        (&json!([]), &json!(true))
    );
}

/// An end left to its default (`kind:resource`, `kind:outcome`) in a model without that
/// kind: the error says where the selector came from and what to do.
#[test]
fn a_default_end_the_model_lacks_is_named_as_the_default() {
    let model = br#"{"format_version": 2, "mechanisms": [
        {"id": "a", "kind": "resource", "label": "A", "resource": "skills"},
        {"id": "b", "kind": "reasoning", "label": "B", "reasoning": "capability"}],
      "links": [{"from": "a", "to": "b", "relation": "leads_to"}]}"#;
    for command in ["paths", "strongest"] {
        let ran = run_with(&[command, "-m", "-"], model);
        assert_eq!(ran.code, 2);
        assert_eq!(
            ran.stderr,
            "error: invalid query: `kind:outcome` selects no mechanism of the model\nhint: \
             `kind:outcome` is the default of `--to`, and the model has no outcome mechanism: \
             name the pathways' ends with `--to`\n"
        );
        // named, it is the user's own choice: no hint
        let ran = run_with(&[command, "-m", "-", "--to", "kind:outcome"], model);
        assert!(!ran.stderr.contains("hint:"), "{}", ran.stderr);
    }
    // `paths --via` is in the heading
    let ran = run_with(&["paths", "-m", "-", "--to", "b", "--via", "a"], model);
    assert!(
        ran.stdout
            .starts_with("1 pathway from kind:resource to b via a\n"),
        "{}",
        ran.stdout
    );
}

/// Lints on a GraphML model are placed at their node's or edge's line, as on a JSON model
/// (they had no place: `--> model.graphml: link #2 …`).
#[test]
fn check_places_lints_in_a_graphml_model() {
    let graphml = expect(
        0,
        &[
            "export",
            "-m",
            "tests/fixtures/models/coaching.json",
            "--to",
            "graphml",
        ],
    )
    .stdout;
    let ran = run_with(
        &[
            "check",
            "-m",
            "-",
            "--model-format",
            "graphml",
            "--format",
            "json",
        ],
        graphml.as_bytes(),
    );
    let json: Value = serde_json::from_str(&ran.stdout).unwrap();
    let lints = json["lints"].as_array().unwrap();
    assert!(!lints.is_empty());
    let lines: Vec<&str> = graphml.lines().collect();
    for lint in lints {
        let at = &lint["location"];
        let line = at["line"].as_u64().expect("placed") as usize;
        let element = if at["record"]["kind"] == "link" {
            format!(
                "<edge source=\"{}\" target=\"{}\"",
                at["record"]["from"].as_str().unwrap(),
                at["record"]["to"].as_str().unwrap()
            )
        } else {
            format!("<node id=\"{}\"", at["record"]["id"].as_str().unwrap())
        };
        assert!(
            lines[line - 1].trim_start().starts_with(&element),
            "{lint}: line {line} is {}",
            lines[line - 1]
        );
    }
    // a JSON model with a byte-order mark is placed as one without (it was not placed)
    let model = std::fs::read("tests/fixtures/models/coaching.json").unwrap();
    let with_bom: Vec<u8> = [&[0xEF, 0xBB, 0xBF][..], &model].concat();
    let (plain, marked) = (
        run_with(&["check", "-m", "-"], &model),
        run_with(&["check", "-m", "-"], &with_bom),
    );
    assert!(
        plain.stdout.contains("--> standard input:19:5, link #2"),
        "{}",
        plain.stdout
    );
    assert_eq!(marked.stdout, plain.stdout);
    let text = run_with(
        &["check", "-m", "-", "--model-format", "graphml"],
        graphml.as_bytes(),
    );
    assert!(
        text.stdout.contains("--> standard input:"),
        "{}",
        text.stdout
    );
}

/// With `--format json`, a failure is also told on standard output as one JSON document
/// (`{"error", "problems", "hints"}`), each problem with its place, so a program reading
/// the answer reads the failure the same way; standard error keeps the text for people.
#[test]
fn a_failure_is_told_in_json_when_json_was_asked_for() {
    let ran = expect(2, &["paths", "--from", "coach_skills", "--format", "json"]);
    let told: Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_eq!(
        told,
        json!({"error": "unknown mechanism `coach_skills`",
               "problems": [{"message": "unknown mechanism `coach_skills`", "location": null}],
               "hints": ["no `-m` was given, so the model is the built-in Figure 2 (Albers et \
                          al. 2022); if these are your model's ids, name it with `-m FILE`"]})
    );
    assert!(ran
        .stderr
        .starts_with("error: unknown mechanism `coach_skills`\nhint: "));
    // every problem of a model file, with its line, record and field
    let model = "tests/fixtures/invalid/outcome_without_levels.json";
    let ran = expect(2, &["reach", "data_use", "-m", model, "--format", "json"]);
    let told: Value = serde_json::from_str(&ran.stdout).unwrap();
    let problems = told["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2, "{told}");
    assert_eq!(problems[1]["location"]["line"], 4);
    assert_eq!(problems[1]["location"]["record"]["id"], "data_use");
    assert!(problems[1]["message"]
        .as_str()
        .unwrap()
        .starts_with("an outcome mechanism needs `levels`"));
    assert_eq!(told["hints"], json!([]));
    // the command's own errors too, down to `vocab` subcommands
    let ran = expect(2, &["vocab", "show", "nope", "--format", "json"]);
    let told: Value = serde_json::from_str(&ran.stdout).unwrap();
    assert!(told["error"]
        .as_str()
        .unwrap()
        .starts_with("unknown vocabulary `nope`"));
    assert_eq!(told["problems"][0]["location"], Value::Null);
    // text for people: nothing on standard output
    let ran = expect(2, &["reach", "data_use", "-m", model]);
    assert_eq!(ran.stdout, "");
}

/// An id the model does not know, with nothing near it, while `-m` was not given: the
/// error says the model is the built-in Figure 2 (a user forgot `-m`); with `-m`, or with a
/// did-you-mean, it does not.
#[test]
fn an_unknown_id_without_m_says_the_model_is_figure_2() {
    let hint = "hint: no `-m` was given, so the model is the built-in Figure 2 (Albers et al. \
                2022); if these are your model's ids, name it with `-m FILE`\n";
    let ran = expect(2, &["paths", "--from", "coach_skills", "--to", "data_use"]);
    assert_eq!(
        ran.stderr,
        format!("error: unknown mechanism `coach_skills`\n{hint}")
    );
    let ran = expect(2, &["reach", "trusst"]);
    assert!(!ran.stderr.contains("hint:"), "{}", ran.stderr);
    // an empty id is a slip of the command line: said so, without the hint
    let ran = expect(2, &["reach", ""]);
    assert_eq!(
        ran.stderr,
        "error: a mechanism id cannot be empty: give one of the model's ids\n"
    );
    // a factor row of a rating matrix that Figure 2 does not have, nothing near it: the
    // hint too (the rows are the user's own model's factors)
    let ran = expect(
        2,
        &[
            "assess",
            "--ratings",
            "tests/fixtures/assess/unused_row_two_sites.csv",
        ],
    );
    assert!(ran.stderr.contains(hint), "{}", ran.stderr);
    let model = "tests/fixtures/models/coaching.json";
    let ran = expect(2, &["reach", "data_use", "-m", model]);
    assert!(!ran.stderr.contains("hint:"), "{}", ran.stderr);
}

/// A factor moderating a link among what `reach` finds is reached by no link: it is
/// listed after the table (it was left out without a word).
#[test]
fn reach_lists_the_factors_moderating_links_among_what_it_reached() {
    let model = "tests/fixtures/models/coaching.json";
    let up = expect(0, &["reach", "--up", "teacher_confidence", "-m", model]);
    assert!(
        up.stdout.ends_with(
            "link-level moderation on the way (no link, so not listed above):\n  \
             time_for_coaching  moderates the link rapport -> teacher_confidence  Protected \
             time for coaching\n"
        ),
        "{}",
        up.stdout
    );
    let down = expect(0, &["reach", "rapport", "-m", model, "--format", "json"]);
    let down: Value = serde_json::from_str(&down.stdout).unwrap();
    assert_eq!(
        down["link_moderators"],
        json!([{"factor": "time_for_coaching", "label": "Protected time for coaching",
                "from": "rapport", "to": "teacher_confidence"}])
    );
    // the moderated link is not among what reaches rapport
    let up = expect(0, &["reach", "--up", "rapport", "-m", model]);
    assert!(!up.stdout.contains("time_for_coaching"), "{}", up.stdout);
    // downstream of the factor itself: the link it moderates (it leads nowhere by links)
    let own = expect(0, &["reach", "time_for_coaching", "-m", model]);
    assert_eq!(
        own.stdout,
        "0 mechanisms downstream of time_for_coaching\nlink-level moderation on the way (no \
         link, so not listed above):\n  time_for_coaching  moderates the link rapport -> \
         teacher_confidence  Protected time for coaching\n"
    );
}

#[test]
fn reach_loops_and_context() {
    let up = expect(
        0,
        &["reach", "meaningful_learning", "--up", "--max-hops", "1"],
    );
    assert!(
        up.stdout
            .starts_with("5 mechanisms upstream of meaningful_learning\ndistance  id "),
        "{}",
        up.stdout
    );
    snapshot("reach", &expect(0, &["reach", "trust", "--format", "json"]));
    let model = "examples/models/consultation.json";
    let loops = expect(0, &["loops", "-m", model]);
    assert!(
        loops
            .stdout
            .starts_with("1 feedback loop\n  Authentic interactions"),
        "{}",
        loops.stdout
    );
    snapshot(
        "loops",
        &expect(0, &["loops", "-m", model, "--format", "json"]),
    );
    assert_eq!(expect(0, &["loops"]).stdout, "0 feedback loops\n");
    let context = expect(0, &["context", "trust"]);
    assert!(
        context
            .stdout
            .starts_with("3 context factors bearing on trust\nfactor "),
        "{}",
        context.stdout
    );
    snapshot(
        "context",
        &expect(0, &["context", "isp_skills", "--format", "json"]),
    );
}

#[test]
fn context_counts_a_factor_linked_and_moderating_a_link_once() {
    let text = r#"{"format_version": 2, "mechanisms": [
  {"id": "skills", "kind": "resource", "label": "Skills", "resource": "skills"},
  {"id": "alliance", "kind": "reasoning", "label": "Alliance", "reasoning": "relational"},
  {"id": "time", "kind": "context", "label": "Time", "cfir_domain": "inner_setting"}
], "links": [
  {"from": "skills", "to": "alliance", "relation": "leads_to", "moderators": ["time"]},
  {"from": "time", "to": "alliance", "relation": "moderates"}
]}"#;
    let model = temp("linked_and_moderating.json");
    std::fs::write(&model, text).unwrap();
    let out = expect(0, &["context", "-m", model.to_str().unwrap(), "alliance"]);
    assert!(
        out.stdout
            .starts_with("1 context factor bearing on alliance\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn context_and_strongest_show_factors_conditioning_single_links() {
    // `time_for_coaching` moderates only the link rapport -> teacher_confidence
    let model = "tests/fixtures/models/coaching.json";
    let context = expect(0, &["context", "-m", model, "teacher_confidence"]);
    assert_eq!(
        context.stdout,
        "1 context factor bearing on teacher_confidence\n\
         conditioning a single link into it (link-level moderation):\n  \
         time_for_coaching  moderates the link rapport -> teacher_confidence  \
         Protected time for coaching\n"
    );
    snapshot(
        "context_link_moderation",
        &expect(
            0,
            &[
                "context",
                "-m",
                model,
                "teacher_confidence",
                "--format",
                "json",
            ],
        ),
    );
    let strongest = expect(0, &["strongest", "-m", model]);
    assert!(
        strongest.stdout.ends_with(
            "context on its links:\n  Protected time for coaching  moderates the link  \
             rapport -> teacher_confidence\n"
        ),
        "{}",
        strongest.stdout
    );
    let json: serde_json::Value =
        serde_json::from_str(&expect(0, &["strongest", "-m", model, "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(
        json["link_moderators"],
        serde_json::json!([{"factor": "time_for_coaching", "label": "Protected time for coaching",
            "from": "rapport", "to": "teacher_confidence", "position": 2}])
    );
}

#[test]
fn strongest_ranks_by_weight_on_request() {
    // two weighted routes from a to d: a-b-d (0.7 x 0.4 = 0.28, support 1 and 9) and
    // a-c-d (0.6 x 0.45 = 0.27, support 5 and 5); an unweighted shortcut a-d (support 9).
    // 0.7 x 0.4 is 0.27999999999999997 in floating point: the text shows 0.28.
    let model = br#"{"format_version": 2, "info": {"name": "weights"},
      "mechanisms": [
        {"id": "a", "kind": "resource", "label": "A", "resource": "skills"},
        {"id": "b", "kind": "reasoning", "label": "B", "reasoning": "relational"},
        {"id": "c", "kind": "reasoning", "label": "C", "reasoning": "relational"},
        {"id": "d", "kind": "outcome", "label": "D", "levels": ["individual"]}],
      "links": [
        {"from": "a", "to": "b", "relation": "leads_to", "evidence": {"publications": 1}, "weight": 0.7},
        {"from": "b", "to": "d", "relation": "leads_to", "evidence": {"publications": 9}, "weight": 0.4},
        {"from": "a", "to": "c", "relation": "leads_to", "evidence": {"publications": 5}, "weight": 0.6},
        {"from": "c", "to": "d", "relation": "leads_to", "evidence": {"publications": 5}, "weight": 0.45},
        {"from": "a", "to": "d", "relation": "leads_to", "evidence": {"publications": 9}}]}"#;
    let by_support = run_with(&["strongest", "-m", "-"], model);
    assert_eq!(by_support.code, 0, "{}", by_support.stderr);
    assert!(
        by_support.stdout.starts_with("A → D\n"),
        "{}",
        by_support.stdout
    );
    let by_weight = run_with(&["strongest", "-m", "-", "--rank", "weight"], model);
    assert_eq!(by_weight.code, 0, "{}", by_weight.stderr);
    assert!(
        by_weight.stdout.starts_with("A → B → D\n")
            && by_weight
                .stdout
                .contains("\n  weight 0.28 (product of the links', ranked by it), support "),
        "{}",
        by_weight.stdout
    );
    let json = run_with(
        &[
            "strongest",
            "-m",
            "-",
            "--rank",
            "weight",
            "--format",
            "json",
        ],
        model,
    );
    let json: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["query"]["rank"], "weight");
    assert_eq!(
        json["pathway"]["mechanisms"],
        serde_json::json!(["a", "b", "d"])
    );
    assert!((json["pathway"]["weight"].as_f64().unwrap() - 0.28).abs() < 1e-12);
    // no fully weighted pathway: said so
    let none = run_with(
        &[
            "strongest",
            "-m",
            "-",
            "--rank",
            "weight",
            "--to",
            "d",
            "--from",
            "a",
            "--max-hops",
            "1",
        ],
        model,
    );
    assert_eq!(
        none.stdout,
        "no pathway from a to d within 1 link whose links all carry a weight in (0, 1] \
         (a link without one is not followed; `isp-moc check` names links weighted outside \
         it)\nnot followed: 1 link without a weight in (0, 1] on pathways between them (a -> d); \
         pathways through them are left out of the weight ranking (rank by support to \
         include them)\n"
    );
}

#[test]
fn models_come_from_standard_input_in_either_format() {
    let json = std::fs::read(root().join("examples/models/arc.json")).unwrap();
    let from_file = expect(
        0,
        &[
            "check",
            "-m",
            "examples/models/arc.json",
            "--format",
            "json",
        ],
    );
    let from_stdin = run_with(&["check", "-m", "-", "--format", "json"], &json);
    assert_eq!(from_stdin.code, 0, "{}", from_stdin.stderr);
    let (a, b): (Value, Value) = (
        serde_json::from_str(&from_file.stdout).unwrap(),
        serde_json::from_str(&from_stdin.stdout).unwrap(),
    );
    assert_eq!(a["lints"], b["lints"]);
    assert_eq!(b["source"], "-");

    let graphml = std::fs::read(root().join("docs/figure2/figure2.graphml")).unwrap();
    let ran = run_with(
        &[
            "paths",
            "-m",
            "-",
            "--model-format",
            "graphml",
            "--from",
            "trust",
            "--to",
            "openness",
        ],
        &graphml,
    );
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(ran.stdout.starts_with("1 pathway from trust to openness\n"));
    // the same GraphML read as JSON: every problem, said to come from standard input
    let ran = run_with(&["check", "-m", "-"], &graphml);
    assert_eq!(ran.code, 2);
    assert!(
        ran.stderr.starts_with("error: standard input: "),
        "{}",
        ran.stderr
    );
    // diff: one side from standard input
    let ran = run_with(
        &["diff", "-", "docs/figure2/figure2.graphml"],
        &std::fs::read(root().join("docs/figure2/figure2.json")).unwrap(),
    );
    assert_eq!((ran.code, ran.stdout.as_str()), (0, "no differences\n"));
    // --model-format is the format of standard input only: the named file is read by its
    // extension, on either side, for diff and merge
    for args in [
        &["diff", "-", "docs/figure2/figure2.json"][..],
        &["diff", "docs/figure2/figure2.json", "-"][..],
        &["merge", "-", "docs/figure2/figure2.json"][..],
    ] {
        let ran = run_with(&[args, &["--model-format", "graphml"]].concat(), &graphml);
        assert_eq!(ran.code, 0, "{args:?}: {}", ran.stderr);
        assert_eq!(ran.stderr, "", "{args:?}");
    }
    let ran = run_with(
        &[
            "diff",
            "-",
            "docs/figure2/figure2.graphml",
            "--model-format",
            "json",
        ],
        &std::fs::read(root().join("docs/figure2/figure2.json")).unwrap(),
    );
    assert_eq!((ran.code, ran.stdout.as_str()), (0, "no differences\n"));
    // a single-model subcommand's option still sets a named file's format, as its help says
    let ran = run(&[
        "check",
        "-m",
        "docs/figure2/figure2.json",
        "--model-format",
        "graphml",
    ]);
    assert_eq!(ran.code, 2, "{}", ran.stderr);
    assert!(ran.stderr.contains("invalid XML"), "{}", ran.stderr);
}

#[test]
fn files_that_are_not_utf8_are_said_to_be_so_not_inaccessible() {
    let latin1 = "tests/fixtures/encoding/latin1.csv";
    let utf16 = "tests/fixtures/encoding/utf16.json";
    for (args, expected) in [
        (
            &["assess", "--ratings", latin1][..],
            format!("{latin1}:2:14: invalid CSV: the file is not UTF-8 text: byte 0xE4 (byte offset 36)"),
        ),
        (
            &["synthesize", latin1][..],
            format!("{latin1}:2:14: invalid CSV: the file is not UTF-8 text: byte 0xE4 (byte offset 36)"),
        ),
        (
            &["check", "-m", utf16][..],
            format!("{utf16}:1:1: invalid JSON: the file is UTF-16 text (it starts with the bytes FF FE)"),
        ),
        (
            &["diff", utf16, "docs/figure2/figure2.json"][..],
            format!("{utf16}:1:1: invalid JSON: the file is UTF-16 text"),
        ),
        (
            &["assess", "--ratings", utf16][..],
            format!("{utf16}:1:1: invalid JSON: the file is UTF-16 text"),
        ),
    ] {
        let ran = expect(2, args);
        assert!(
            ran.stderr.starts_with(&format!("error: {expected}")),
            "{args:?}: {}",
            ran.stderr
        );
        assert!(ran.stderr.contains("UTF-8"), "{args:?}: {}", ran.stderr);
        assert!(!ran.stderr.contains("cannot access"), "{args:?}: {}", ran.stderr);
    }
    // standard input too
    let ran = run_with(
        &["check", "-m", "-"],
        &std::fs::read(root().join(utf16)).unwrap(),
    );
    assert_eq!(ran.code, 2);
    assert!(
        ran.stderr.starts_with(
            "error: standard input: line 1, column 1: invalid JSON: the input is UTF-16 text"
        ),
        "{}",
        ran.stderr
    );
    let ran = run_with(
        &["check", "-m", "-"],
        b"{\"format_version\": 2, \"info\": \"\xe9\"}",
    );
    assert!(
        ran.stderr.starts_with(
            "error: standard input: line 1, column 32: invalid JSON: the input is not UTF-8 \
             text: byte 0xE9 (byte offset 31) is not UTF-8, as in text saved as Latin-1 or \
             Windows-1252; re-save it as UTF-8"
        ),
        "{}",
        ran.stderr
    );
}

#[test]
fn export_writes_every_format_to_stdout_or_a_file() {
    let g = isp_moc::catalog::figure2();
    for (to, expected) in [
        ("json", isp_moc::io::to_json(&g)),
        ("graphml", isp_moc::io::to_graphml(&g)),
        ("dot", isp_moc::export::dot(&g, &Default::default())),
        ("mermaid", isp_moc::export::mermaid(&g, &Default::default())),
        (
            "node-link",
            isp_moc::io::to_text(&g, isp_moc::io::Format::NodeLink),
        ),
        (
            "dagitty",
            isp_moc::io::to_text(&g, isp_moc::io::Format::Dagitty),
        ),
    ] {
        assert!(
            expect(0, &["export", "--to", to]).stdout == expected,
            "{to}"
        );
    }
    // compact JSON: one line, the library's compact document, which reads back
    let compact = expect(0, &["export", "--to", "json", "--compact"]).stdout;
    assert_eq!(compact, format!("{}\n", isp_moc::io::to_json_compact(&g)));
    assert_eq!(compact.lines().count(), 1);
    assert_eq!(isp_moc::io::from_json(&compact).unwrap(), g);
    // the format from the file's extension; the written JSON reads back
    let path = temp("exported.graphml");
    let p = path.to_str().unwrap();
    assert_eq!(expect(0, &["export", "-o", p]).stdout, "");
    assert_eq!(isp_moc::io::read_file(&path).unwrap(), g);
    // layout and legend options reach the drawing
    let ranks = expect(
        0,
        &[
            "export",
            "--to",
            "mermaid",
            "--layout",
            "ranks",
            "--no-legend",
        ],
    )
    .stdout;
    assert!(
        !ranks.contains("LEGEND") && !ranks.contains("subgraph C_context"),
        "{ranks}"
    );
    let consultation = expect(
        0,
        &[
            "export",
            "--to",
            "dot",
            "-m",
            "examples/models/consultation.json",
        ],
    )
    .stdout;
    assert!(consultation.contains("feeling_connected"));
}

#[test]
fn svg_ready_dot_gives_graphviz_ids_and_classes_for_the_svg() {
    let text = expect(0, &["export", "--to", "svg-ready-dot"]).stdout;
    assert!(text.contains(r#"id="mechanism-trust", class="mechanism reasoning""#));
    assert!(text.contains(r#"id="group-context"; class="group";"#));
    if !have("dot", "-V") {
        return;
    }
    // Graphviz writes `-` in attributes as `&#45;` and puts its own class first
    let svg = common::tools::run("dot", &["-Tsvg"], &text).replace("&#45;", "-");
    for m in isp_moc::catalog::figure2().mechanisms() {
        let element = format!(
            "id=\"mechanism-{}\" class=\"node mechanism {}\"",
            m.id,
            m.kind().as_str()
        );
        assert!(svg.contains(&element), "{element}");
    }
    assert!(svg.contains(r#"id="link-trust-openness" class="edge link leads_to positive text""#));
    assert!(svg.contains(r#"id="group-context" class="cluster group""#));
}

#[test]
fn diff_exits_1_when_models_differ() {
    let same = expect(
        0,
        &[
            "diff",
            "docs/figure2/figure2.json",
            "docs/figure2/figure2.graphml",
        ],
    );
    assert_eq!(same.stdout, "no differences\n");
    let ran = expect(
        1,
        &[
            "diff",
            "examples/models/arc.json",
            "examples/models/consultation.json",
        ],
    );
    assert!(
        ran.stdout.starts_with(
            "model info changed; mechanisms: 7 added, 5 removed; links: 8 added, 4 removed\n"
        ),
        "{}",
        ran.stdout
    );
    assert_eq!(ran.stderr, "");
    snapshot(
        "diff",
        &expect(
            1,
            &[
                "diff",
                "examples/models/arc.json",
                "examples/models/consultation.json",
                "--format",
                "json",
            ],
        ),
    );
}

/// Every kind of change reaches the JSON: a study's changed field and a link's weight and
/// moderators, each named (a program saw `"identical": false` with nothing listed).
#[test]
fn diff_json_lists_study_weight_and_moderator_changes() {
    let model = |location: &str, weight: f64, moderators: &str| {
        format!(
            r#"{{"format_version": 2, "info": {{"name": "m"}},
              "mechanisms": [
                {{"id": "a", "kind": "resource", "label": "A", "resource": "skills"}},
                {{"id": "b", "kind": "outcome", "label": "B", "levels": ["individual"]}},
                {{"id": "time", "kind": "context", "label": "Time", "cfir_domain": "inner_setting"}}],
              "links": [{{"from": "a", "to": "b", "relation": "leads_to", "weight": {weight},
                "moderators": [{moderators}], "evidence": {{"studies": ["akin_2016"]}}}}],
              "studies": [{{"id": "akin_2016", "citation": {{"authors": "Akin", "year": 2016}},
                "location": "{location}"}}]}}"#
        )
    };
    let b = temp("diff_b.json");
    std::fs::write(&b, model("SE", 0.95, "")).unwrap();
    let out = run_with(
        &["diff", "-", b.to_str().unwrap(), "--format", "json"],
        model("NO", 0.9, r#""time""#).as_bytes(),
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["identical"], false);
    let fields: Vec<&str> = v["links"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["weight", "moderators"], "{}", out.stdout);
    // with their values, so a program need not read the text
    let changes = &v["links"][0]["changes"];
    assert_eq!(
        (&changes[0]["before"], &changes[0]["after"]),
        (&json!(0.9), &json!(0.95))
    );
    assert_eq!(
        (&changes[1]["added"], &changes[1]["removed"]),
        (&json!([]), &json!(["time"]))
    );
    assert_eq!(
        v["studies"],
        serde_json::json!([{"change": "changed", "id": "akin_2016",
            "changes": [{"field": "location", "text": "location: `NO` → `SE`"}]}]),
        "{}",
        out.stdout
    );
}

#[test]
fn merge_reports_conflicts_and_writes_only_what_is_accepted() {
    let base = "docs/figure2/figure2.json";
    let other = "examples/models/consultation.json";
    let out = temp("merged.json");
    let o = out.to_str().unwrap();
    let maps = [
        "--map",
        "feeling_connected=trust",
        "--map",
        "consultant_responsiveness=isp_skills",
    ];
    let mut args = vec!["merge", base, other, "-o", o];
    args.extend(maps);
    let refused = expect(1, &args);
    assert!(
        refused
            .stdout
            .starts_with("merged: 36 mechanisms, 74 links; 3 conflicts:\n"),
        "{}",
        refused.stdout
    );
    assert!(
        refused
            .stderr
            .contains("3 conflicts not accepted, nothing written"),
        "{}",
        refused.stderr
    );
    assert!(!out.exists());
    args.push("--format");
    args.push("json");
    snapshot("merge_conflicts", &expect(1, &args));
    args.push("--accept-conflicts");
    let accepted = expect(0, &args);
    let v: Value = serde_json::from_str(&accepted.stdout).unwrap();
    assert_eq!(
        (v["accepted"].as_bool(), v["written"].as_str()),
        (Some(true), Some(o))
    );
    let merged = isp_moc::io::read_file(&out).unwrap();
    assert_eq!((merged.mechanism_count(), merged.link_count()), (36, 74));
    // a clean merge writes without being asked
    let clean = expect(0, &["merge", base, other, "-o", o]);
    assert!(
        clean
            .stdout
            .starts_with("merged: 38 mechanisms, 75 links; no conflicts\nwrote "),
        "{}",
        clean.stdout
    );
    // a crosswalk naming an id the other model lacks is an input error
    let wrong = expect(
        2,
        &["merge", base, other, "--map", "feeling_conected=trust"],
    );
    assert!(
        wrong.stderr.contains("feeling_conected"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn schema_prints_each_file_format() {
    assert!(expect(0, &["schema"]).stdout == isp_moc::io::json_schema());
    assert!(expect(0, &["schema", "profiles"]).stdout == isp_moc::assess::profile_schema());
    assert!(expect(0, &["schema", "assessment"]).stdout == isp_moc::assess::assessment_schema());
    let vocabulary = expect(0, &["schema", "vocabulary"]).stdout;
    assert!(
        vocabulary
            == std::fs::read_to_string(root().join("schema/vocabulary.schema.json")).unwrap()
    );
}

#[test]
fn vocab_lists_shows_and_searches() {
    let list = expect(0, &["vocab", "list"]);
    assert!(list.stdout.starts_with("name                       terms  title\ncfir2022                   67     CFIR 2022 construct\n"), "{}", list.stdout);
    snapshot(
        "vocab_list",
        &expect(0, &["vocab", "list", "--format", "json"]),
    );
    let show = expect(0, &["vocab", "show", "com-b"]);
    assert!(
        show.stdout
            .starts_with("COM-B component (3 terms)\nsource: Michie, van Stralen & West"),
        "{}",
        show.stdout
    );
    // as JSON, a vocabulary is its file
    let json = expect(0, &["vocab", "show", "eric-clusters", "--format", "json"]).stdout;
    assert!(json == std::fs::read_to_string(root().join("docs/vocab/eric-clusters.json")).unwrap());

    let found = expect(0, &["vocab", "search", "relative", "priorty"]);
    assert!(
        found
            .stdout
            .starts_with("did you mean:\n  cfir2022_relative_priority "),
        "{}",
        found.stdout
    );
    assert!(
        found
            .stdout
            .contains("\n  relative_priority           Relative Priority  [cfir2009]\n"),
        "{}",
        found.stdout
    );
    let exact = expect(
        0,
        &["vocab", "search", "Relative Priority", "--in", "cfir2009"],
    );
    assert!(exact.stdout.starts_with("1 match for \"Relative Priority\":\n\n  Relative Priority [cfir2009]\n    id: relative_priority\n"), "{}", exact.stdout);
    snapshot(
        "vocab_search",
        &expect(0, &["vocab", "search", "leaders", "--format", "json"]),
    );
    let nothing = expect(1, &["vocab", "search", "zzzzzz"]);
    assert_eq!(nothing.stdout, "nothing matches \"zzzzzz\"\n");
}

#[test]
fn vocab_export_regenerates_docs_vocab_and_writes_single_files() {
    let dir = temp("vocab");
    let d = dir.to_str().unwrap();
    let ran = expect(0, &["vocab", "export", "-o", d]);
    assert!(
        ran.stderr.starts_with("wrote 70 files into "),
        "{}",
        ran.stderr
    );
    for f in isp_moc::vocab::vocabulary_files() {
        let written = std::fs::read_to_string(dir.join(&f.name)).unwrap();
        let committed = std::fs::read_to_string(root().join("docs/vocab").join(&f.name)).unwrap();
        assert!(written == committed, "{}", f.name);
    }
    let csv_only = temp("vocab-csv");
    expect(
        0,
        &[
            "vocab",
            "export",
            "--to",
            "csv",
            "-o",
            csv_only.to_str().unwrap(),
        ],
    );
    let names: Vec<String> = std::fs::read_dir(&csv_only)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), isp_moc::vocab::vocabularies().len());
    assert!(names.iter().all(|n| n.ends_with(".csv")));
    assert!(
        expect(0, &["vocab", "export", "--to", "skos"]).stdout == isp_moc::vocab::skos_turtle()
    );
    assert!(expect(0, &["vocab", "export", "tdf", "--to", "csv"])
        .stdout
        .starts_with("id,label,description,"));
    assert!(expect(2, &["vocab", "export"])
        .stderr
        .contains("without -o DIR"));
}

/// A rating keyed by a factor's label (not its id) is told the id: in a matrix, read with
/// the model, as a did-you-mean; in a profile document, where it names a construct, by the
/// command's hint.
#[test]
fn a_rating_keyed_by_a_label_is_told_the_id() {
    let ran = expect(
        2,
        &[
            "assess",
            "--ratings",
            "tests/fixtures/assess/label_as_key.csv",
        ],
    );
    assert_eq!(
        ran.stderr,
        "error: tests/fixtures/assess/label_as_key.csv:2:1, at `construct`: unknown mechanism \
         `Clarity of the ISP role`; did you mean `isp_role_clarity`?\n"
    );
    let ran = expect(
        2,
        &[
            "assess",
            "--ratings",
            "tests/fixtures/assess/label_as_key.json",
        ],
    );
    assert_eq!(
        ran.stderr,
        "error: tests/fixtures/assess/label_as_key.json:1:72, site `A`, rating #1, at \
         `cfir2009`: unknown CFIR 2009 construct `Clarity of the ISP role`\nhint: `Clarity of \
         the ISP role` is the label of mechanism `isp_role_clarity`; rate it by its id\n"
    );
}

/// A file written in one format under another's extension is written as asked, with a
/// note; a matching extension gets none.
#[test]
fn export_notes_an_extension_naming_another_format() {
    let out = temp("drawing.mmd");
    let o = out.to_str().unwrap();
    let ran = expect(0, &["export", "--to", "dot", "-o", o]);
    assert_eq!(
        ran.stderr,
        format!("isp-moc: note: wrote dot into `{o}`, whose extension names another format\n")
    );
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("digraph "));
    let ran = expect(0, &["export", "--to", "mermaid", "-o", o]);
    assert_eq!(ran.stderr, "");
    let dot = temp("drawing.dot");
    let ran = expect(
        0,
        &[
            "export",
            "--to",
            "svg-ready-dot",
            "-o",
            dot.to_str().unwrap(),
        ],
    );
    assert_eq!(ran.stderr, "");
}

/// A factor id close to a construct's name (`leaders`, near `opinion_leaders`) is the
/// model's factor: the matrix is read with the model, so it is not taken for the construct
/// misspelt.
#[test]
fn a_rating_keyed_by_a_model_id_near_a_construct_rates_that_factor() {
    let ran = expect(
        0,
        &[
            "assess",
            "-m",
            "tests/fixtures/assess/leaders_model.json",
            "--ratings",
            "tests/fixtures/assess/id_near_a_construct.csv",
            "--format",
            "json",
        ],
    );
    let report: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    let factor = &report["assessments"][0]["factors"][0];
    assert_eq!(factor["id"], "leaders");
    assert_eq!(factor["rating"]["key"]["factor"], "leaders");
    assert_eq!(factor["rating"]["rating"], "-1");
}

/// A misspelt factor row, a bad cell and a row naming a mechanism that is not context are
/// reported in one run, not the factor only once the cells are fixed.
#[test]
fn a_rating_matrix_is_checked_against_the_model_in_the_same_run() {
    let ran = expect(
        2,
        &[
            "assess",
            "--ratings",
            "tests/fixtures/assess/misspelt_factor.csv",
        ],
    );
    let m = "tests/fixtures/assess/misspelt_factor.csv";
    assert_eq!(
        ran.stderr,
        format!(
            "error: 3 problems:\n  \
             {m}:2:1, at `construct`: unknown mechanism `isp_role_clarty`; did you mean \
             `isp_role_clarity`?\n  \
             {m}:3:2, site `North`, rating #2, at `North`: invalid CFIR rating `+3`: scores \
             run from -2 to +2\n  \
             {m}:4:1, at `construct`: `trust` is a response (reasoning), not a context \
             factor; only context is rated\n"
        )
    );
}

/// Every site's problems in one run, as one list.
#[test]
fn assess_reports_every_sites_problems_at_once() {
    let p = "tests/fixtures/assess/two_sites_wrong.json";
    let ran = expect(2, &["assess", "--ratings", p]);
    assert_eq!(
        ran.stderr,
        format!(
            "error: 2 problems:\n  \
             {p}:2:44, site `North`, rating #1, at `factor`: unknown mechanism \
             `isp_role_clarty`; did you mean `isp_role_clarity`?\n  \
             {p}:3:44, site `South`, rating #1, at `factor`: unknown mechanism \
             `availabel_resources`; did you mean `available_resources`?\n"
        )
    );
}

/// When the ratings and the model are both wrong, both are reported.
#[test]
fn assess_reports_a_bad_model_and_bad_ratings_together() {
    let ran = expect(
        2,
        &[
            "assess",
            "-m",
            "tests/fixtures/invalid/dangling_link.json",
            "--ratings",
            "tests/fixtures/assess/bad_matrix.csv",
        ],
    );
    let (ratings, model) = ran.stderr.split_once("\nand the model: ").unwrap();
    assert!(ratings.contains("bad_matrix.csv:"), "{ratings}");
    assert!(model.contains("dangling_link.json:"), "{model}");
}

#[test]
fn assess_reports_sites_compares_them_and_draws_one() {
    let ratings = "examples/data/figure2_sites.csv";
    let text = expect(0, &["assess", "--ratings", ratings]);
    assert!(
        text.stdout.starts_with("Context assessment: Northside\n"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("\nContext assessment: Eastside\n"));
    let md = expect(
        0,
        &[
            "assess",
            "--ratings",
            ratings,
            "--site",
            "Eastside",
            "--markdown",
        ],
    );
    assert!(
        md.stdout.starts_with("# Context assessment: Eastside\n"),
        "{}",
        md.stdout
    );
    snapshot(
        "assess",
        &expect(
            0,
            &[
                "assess",
                "--ratings",
                ratings,
                "--site",
                "Eastside",
                "--format",
                "json",
            ],
        ),
    );
    // two sites compared, in JSON; in text the comparison is text, as the assessments are;
    // Markdown on request
    let compare = |extra: &[&str]| {
        let mut args = vec![
            "assess",
            "--ratings",
            ratings,
            "--outcome",
            "Northside=high",
            "--outcome",
            "Eastside=low",
        ];
        args.extend_from_slice(extra);
        expect(0, &args).stdout
    };
    let v: Value = serde_json::from_str(&compare(&["--format", "json"])).unwrap();
    assert_eq!(v["assessments"].as_array().unwrap().len(), 2);
    assert!(v["comparison"]["factors"]
        .as_array()
        .is_some_and(|f| !f.is_empty()));
    let text = compare(&[]);
    let comparison = &text[text.find("Cross-case comparison\n").expect(&text)..];
    assert!(
        comparison.starts_with("Cross-case comparison\n  Northside: high implementation\n")
            && !comparison.contains('|')
            && !comparison.contains('#'),
        "{comparison}"
    );
    assert!(compare(&["--markdown"])
        .contains("# Cross-case comparison\n\n- Northside: high implementation\n"));
    let drawing = temp("eastside.dot");
    let p = drawing.to_str().unwrap();
    expect(
        0,
        &[
            "assess",
            "--ratings",
            ratings,
            "--site",
            "Eastside",
            "--draw",
            "dot",
            "-o",
            p,
        ],
    );
    assert!(std::fs::read_to_string(&drawing)
        .unwrap()
        .contains("Eastside: "));
    assert!(expect(
        2,
        &["assess", "--ratings", ratings, "--draw", "dot", "-o", p]
    )
    .stderr
    .contains("name it with --site"));
    // the ratings file's problems, all at once
    let bad = expect(
        2,
        &[
            "assess",
            "--ratings",
            "tests/fixtures/assess/bad_matrix.csv",
        ],
    );
    assert!(bad.stderr.starts_with("error: "), "{}", bad.stderr);
    // JSON profiles, and a full published matrix with --allow-unused
    let profiles = temp("profiles.json");
    let sites = isp_moc::assess::read_rating_matrix_file(root().join(ratings), &Default::default())
        .unwrap();
    std::fs::write(&profiles, isp_moc::assess::profiles_to_json(&sites)).unwrap();
    let from_json = expect(
        0,
        &[
            "assess",
            "--ratings",
            profiles.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let from_csv = expect(0, &["assess", "--ratings", ratings, "--format", "json"]);
    assert_eq!(from_json.stdout, from_csv.stdout);
    // a factor id the model does not have is shown where the file names it
    let typo = temp("typo.json");
    std::fs::write(
        &typo,
        "{\"format_version\": 1, \"sites\": [{\"site\": \"A\", \"ratings\": [\n  {\"factor\": \"isp_role_clartiy\", \"rating\": \"-2\"}\n]}]}",
    )
    .unwrap();
    let bad = expect(2, &["assess", "--ratings", typo.to_str().unwrap()]);
    assert_eq!(
        bad.stderr,
        format!(
            "error: {}:2:14, site `A`, rating #1, at `factor`: unknown mechanism `isp_role_clartiy`; did you mean `isp_role_clarity`?\n",
            typo.display()
        )
    );
    // a site with two profiles is refused, not assessed twice (nor picked first by --site)
    let twice = temp("twice.json");
    std::fs::write(
        &twice,
        "{\"format_version\": 1, \"sites\": [\n  {\"site\": \"A\", \"ratings\": []},\n  {\"site\": \"A\", \"ratings\": []}\n]}",
    )
    .unwrap();
    for site in [&[][..], &["--site", "A"][..]] {
        let refused = expect(
            2,
            &[&["assess", "--ratings", twice.to_str().unwrap()], site].concat(),
        );
        assert_eq!(
            refused.stderr,
            format!(
                "error: {}:3:12, at `sites[1].site`: site `A` is named twice (first at line 2, column 12); give each site one profile\n",
                twice.display()
            )
        );
        assert_eq!(refused.stdout, "");
    }
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = expect(0, &["completions", shell]).stdout;
        assert!(
            script.contains("isp-moc") && script.contains("strongest"),
            "{shell}"
        );
    }
}

/// Runs with standard output closed by the reader before anything is read.
fn closed_pipe(args: &[&str]) -> (i32, String) {
    let mut child = command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // each writes more than a pipe holds
    for args in [
        &["export", "--to", "graphml"][..],
        &["vocab", "export", "--to", "skos"],
        &["paths", "--from", "kind:context", "--format", "json"],
        &["vocab", "show", "cfir2022"],
        &["schema"],
        &["completions", "zsh"],
    ] {
        let (code, stderr) = closed_pipe(args);
        assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
    }
}

#[test]
fn large_files_get_no_progress_note_off_a_terminal() {
    // a valid model padded past the size that earns a note when a person watches
    let mut text = std::fs::read_to_string(root().join("examples/models/arc.json")).unwrap();
    text.push_str(&" ".repeat(5 * 1024 * 1024));
    let path = temp("large.json");
    std::fs::write(&path, text).unwrap();
    let ran = expect(
        0,
        &["check", "-m", path.to_str().unwrap(), "--deny-warnings"],
    );
    assert_eq!(ran.stderr, "");
}

#[test]
fn synthesize_prints_the_tables_merges_files_and_weighs_a_model() {
    let excerpts = "examples/data/figure2_excerpts.csv";
    let text = expect(0, &["synthesize", excerpts]);
    assert!(
        text.stdout
            .starts_with("# Evidence base\n\n10 publications\n"),
        "{}",
        text.stdout
    );
    // the same file twice is one update of the review: no study counted twice
    let twice = expect(0, &["synthesize", excerpts, excerpts]);
    assert_eq!(twice.stdout, text.stdout);
    let weighed = expect(0, &["synthesize", excerpts, "--weigh"]);
    assert!(weighed
        .stdout
        .contains("10 of 67 links evidenced by excerpts; 0 unplaced\nlinks without excerpts:\n"));
    snapshot(
        "synthesize",
        &expect(0, &["synthesize", excerpts, "--weigh", "--format", "json"]),
    );
    // a misspelt mechanism in the coding: the excerpt is found by its study (and page, when
    // coded), and the run exits 1, since that evidence is left out of the weighed model
    let misspelt = temp("misspelt.csv");
    let original = std::fs::read_to_string(root().join(excerpts)).unwrap();
    assert!(original.contains("isp_skills; trust"));
    std::fs::write(
        &misspelt,
        original.replacen("isp_skills; trust", "isp_skills; trusst", 1),
    )
    .unwrap();
    let left_out = expect(1, &["synthesize", misspelt.to_str().unwrap(), "--weigh"]);
    assert!(
        left_out.stdout.contains(
            "\n  excerpt #6: `trusst` is not a mechanism of the model; did you mean `trust`? \
             (study `barac_et_al_2018`)\n"
        ),
        "{}",
        left_out.stdout
    );
    // the weighed model is a model file the other subcommands read
    let saved = temp("weighed.json");
    expect(
        0,
        &[
            "synthesize",
            excerpts,
            "--save-model",
            saved.to_str().unwrap(),
        ],
    );
    let strongest = expect(
        0,
        &[
            "strongest",
            "-m",
            saved.to_str().unwrap(),
            "--from",
            "isp_skills",
            "--to",
            "implementation_behaviour",
        ],
    );
    assert!(strongest.stdout.contains("trust"), "{}", strongest.stdout);
    // a column mapping: titles other than the field names
    let renamed = temp("renamed.csv");
    let original = std::fs::read_to_string(root().join(excerpts)).unwrap();
    std::fs::write(
        &renamed,
        original.replacen("study,citation", "Document,Reference", 1),
    )
    .unwrap();
    let mapped = expect(
        0,
        &[
            "synthesize",
            renamed.to_str().unwrap(),
            "--column",
            "study=Document",
            "--column",
            "citation=Reference",
        ],
    );
    assert_eq!(mapped.stdout, text.stdout);
    // every bad row at once, exit 2
    let bad = expect(
        2,
        &[
            "synthesize",
            "tests/fixtures/synthesis/invalid/unknown_codes.csv",
        ],
    );
    assert!(
        bad.stderr.starts_with("error: 3 problems:\n"),
        "{}",
        bad.stderr
    );
    let usage = expect(2, &["synthesize", excerpts, "--column", "colour=Colour"]);
    assert!(
        usage.stderr.contains("unknown spreadsheet field `colour`"),
        "{}",
        usage.stderr
    );
}

#[test]
fn codebook_writes_the_scheme_for_qualitative_analysis_tools() {
    let csv = expect(0, &["codebook", "--to", "csv"]);
    assert!(
        csv.stdout
            .starts_with("code,parent,description,id\nISP resource,,"),
        "{}",
        csv.stdout
    );
    assert!(
        csv.stdout.contains(",mechanisms/"),
        "the model's mechanisms are codes"
    );
    let review = expect(0, &["codebook", "--to", "csv", "--review-only"]);
    assert!(!review.stdout.contains(",mechanisms/"));
    // the shipped Figure 2 codebook is what the command writes
    let out = temp("figure2.qdc");
    expect(0, &["codebook", "-o", out.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(out).unwrap(),
        std::fs::read_to_string(root().join("docs/codebook/figure2.qdc")).unwrap()
    );
    // without --to, `-o` names the format by its extension, as `export -o` does
    let out = temp("codebook.csv");
    let ran = expect(0, &["codebook", "-o", out.to_str().unwrap()]);
    assert_eq!(ran.stderr, "");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), csv.stdout);
    // --to wins, with a note that the file's name will mislead
    let o = out.to_str().unwrap();
    let ran = expect(0, &["codebook", "--to", "qdc", "-o", o]);
    assert_eq!(
        ran.stderr,
        format!(
            "isp-moc: note: wrote a REFI-QDA codebook (qdc) into `{o}`, whose extension names \
             another format\n"
        )
    );
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("<?xml"));
}

/// A CSV saved with `;` between cells (spreadsheets in many locales) is recognised from
/// its one-cell first row, with the option that reads it; with the option it reads.
#[test]
fn a_semicolon_separated_csv_is_recognised_and_read_with_delimiter() {
    let matrix = "tests/fixtures/assess/semicolon_matrix.csv";
    let hint = "the first row is a single cell with `;` in it: is the file separated by `;`? \
                (`--delimiter ';'`; in Rust `with_delimiter`)";
    let refused = expect(2, &["assess", "--ratings", matrix]);
    assert!(
        refused
            .stderr
            .starts_with(&format!("error: {matrix}:1:1: invalid CSV: {hint}")),
        "{}",
        refused.stderr
    );
    let read = expect(0, &["assess", "--ratings", matrix, "--delimiter", ";"]);
    assert!(
        read.stdout.starts_with("Context assessment: Northside\n"),
        "{}",
        read.stdout
    );
    let excerpts = "tests/fixtures/synthesis/semicolon_excerpts.csv";
    let refused = expect(2, &["synthesize", excerpts]);
    assert!(refused.stderr.contains(hint), "{}", refused.stderr);
    assert_eq!(
        refused.stderr.lines().count(),
        1,
        "one problem, not one per column: {}",
        refused.stderr
    );
    expect(0, &["synthesize", excerpts, "--delimiter", ";"]);
    let bad = expect(2, &["synthesize", excerpts, "--delimiter", ";;"]);
    assert!(
        bad.stderr.contains("must be one ASCII character"),
        "{}",
        bad.stderr
    );
    // a tab-separated matrix: the hint names an option value a shell passes as is
    let tabs = "tests/fixtures/assess/tab_matrix.csv";
    let refused = expect(2, &["assess", "--ratings", tabs]);
    assert!(
        refused.stderr.contains(
            "the first row is a single cell with a tab in it: is the file separated by a tab? \
             (`--delimiter tab`; in Rust `with_delimiter`)"
        ),
        "{}",
        refused.stderr
    );
    for tab in ["tab", "\\t", "\t"] {
        expect(0, &["assess", "--ratings", tabs, "--delimiter", tab]);
    }
    // an empty profile document says so
    let empty = expect(
        2,
        &["assess", "--ratings", "tests/fixtures/assess/empty.json"],
    );
    assert!(
        empty.stderr.contains("invalid JSON: the document is empty"),
        "{}",
        empty.stderr
    );
}

/// Two excerpt files recording one study differently: the file that disagrees and the
/// field that differs are named.
#[test]
fn merging_excerpt_files_names_the_file_and_field_that_disagree() {
    let first = "tests/fixtures/synthesis/studies_and_excerpts.csv";
    let second = "tests/fixtures/synthesis/disagreeing_study.csv";
    let refused = expect(2, &["synthesize", first, second]);
    assert_eq!(
        refused.stderr,
        format!(
            "error: {second}: study #1 `akin_2016`: study `akin_2016` differs between the two \
             evidence bases (location: `US` → `NO`); make the records agree or give one another \
             id\n"
        )
    );
}

//! Fuzzing on the stable toolchain: every parser and importer, fed arbitrary bytes and
//! structured mutations of every shipped valid file (truncation, byte flips, deleted,
//! repeated and swapped lines, a JSON value retyped, hostile snippets inserted, two files
//! spliced), must never panic and never hang, and must answer either a complete, valid
//! result (a graph that saves and reloads equal) or a typed error whose message is bounded
//! and holds no raw control character.
//!
//! The normal suite runs 64 cases per property; `scripts/fuzz.sh` runs the same properties
//! with many more (`PROPTEST_CASES`) for a bounded time. Failing inputs are kept by
//! proptest in `tests/fuzz_parsers.proptest-regressions` and replayed first on every run.
#![cfg(all(feature = "serde", feature = "csv"))]

mod common;

use std::path::Path;

use common::hostile::{assert_clean, within};
use isp_moc::assess::{profiles_from_json, profiles_to_json, read_rating_matrix};
use isp_moc::io::{from_graphml, from_json, to_graphml, to_json};
use isp_moc::synth::read_evidence_csv;
use isp_moc::vocab::CfirRating;
use isp_moc::{Error, MechanismGraph};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

/// 64 cases in the normal suite, unless `PROPTEST_CASES` asks for more.
fn config() -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 64;
    }
    config
}

/// The most seconds one input may take before the run counts as a hang (debug builds of
/// the largest seed, diagnosed record by record, take well under one).
const HANG_SECONDS: u64 = 30;

/// The format a seed file is in, which is the parser it is fed to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Parser {
    Json,
    GraphMl,
    Matrix,
    Excerpts,
    Profiles,
}

const PARSERS: [Parser; 5] = [
    Parser::Json,
    Parser::GraphMl,
    Parser::Matrix,
    Parser::Excerpts,
    Parser::Profiles,
];

fn file(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The seed corpus: every valid file the crate ships, by parser.
fn seeds(parser: Parser) -> Vec<String> {
    match parser {
        Parser::Json => [
            "docs/figure2/figure2.json",
            "examples/models/arc.json",
            "examples/models/consultation.json",
            "examples/models/leap.json",
            "tests/fixtures/lint/clean.json",
            "tests/fixtures/lint/every_lint.json",
        ]
        .map(file)
        .into(),
        Parser::GraphMl => vec![
            file("docs/figure2/figure2.graphml"),
            to_graphml(&from_json(&file("examples/models/consultation.json")).unwrap()),
        ],
        Parser::Matrix => [
            "tests/fixtures/assess/two_sites.csv",
            "examples/data/figure2_sites.csv",
        ]
        .map(file)
        .into(),
        Parser::Excerpts => [
            "tests/fixtures/synthesis/studies_and_excerpts.csv",
            "tests/fixtures/synthesis/code_matrix.csv",
        ]
        .map(file)
        .into(),
        Parser::Profiles => vec![profiles_to_json(
            &read_rating_matrix(
                &file("tests/fixtures/assess/two_sites.csv"),
                &Default::default(),
            )
            .unwrap(),
        )],
    }
}

/// Feeds `text` to `parser` on a guarded thread and checks the answer.
fn check(parser: Parser, text: String) -> Result<(), TestCaseError> {
    let answer = within(HANG_SECONDS, move || run(parser, &text));
    match answer {
        Ok(()) => Ok(()),
        Err(Outcome::Refused(err)) => {
            prop_assert!(!err.problems().is_empty());
            assert_clean(&err);
            Ok(())
        }
        Err(Outcome::Broken(why)) => Err(TestCaseError::fail(why)),
    }
}

enum Outcome {
    Refused(Error),
    Broken(String),
}

impl From<Error> for Outcome {
    fn from(e: Error) -> Self {
        Outcome::Refused(e)
    }
}

/// Parses; a success must be whole: a graph that saves and reloads equal, in both
/// formats, profiles that save and reload.
fn run(parser: Parser, text: &str) -> Result<(), Outcome> {
    match parser {
        Parser::Json => whole(&from_json(text)?),
        Parser::GraphMl => whole(&from_graphml(text)?),
        Parser::Matrix => {
            let profiles = read_rating_matrix(text, &Default::default())?;
            let saved = profiles_to_json(&profiles);
            let back = profiles_from_json(&saved)
                .map_err(|e| Outcome::Broken(format!("saved profiles do not reload: {e}")))?;
            if back != profiles {
                return Err(Outcome::Broken("profiles changed on reload".into()));
            }
            Ok(())
        }
        Parser::Excerpts => {
            // a base is canonical by construction; writing it must not fail either
            let base = read_evidence_csv(text, &Default::default())?;
            let _ = (base.studies_to_csv(), base.excerpts_to_csv());
            Ok(())
        }
        Parser::Profiles => {
            let profiles = profiles_from_json(text)?;
            let back = profiles_from_json(&profiles_to_json(&profiles))
                .map_err(|e| Outcome::Broken(format!("saved profiles do not reload: {e}")))?;
            if back != profiles {
                return Err(Outcome::Broken("profiles changed on reload".into()));
            }
            Ok(())
        }
    }
}

/// A loaded graph is complete and valid: it rebuilds from its parts, and saves and
/// reloads equal through JSON and GraphML.
fn whole(g: &MechanismGraph) -> Result<(), Outcome> {
    let broken = |what: &str, e: Error| Outcome::Broken(format!("{what}: {e}"));
    let rebuilt = g
        .clone()
        .into_parts()
        .build()
        .map_err(|e| broken("the loaded graph does not rebuild", e))?;
    let json = from_json(&to_json(g)).map_err(|e| broken("saved JSON does not reload", e))?;
    let graphml =
        from_graphml(&to_graphml(g)).map_err(|e| broken("saved GraphML does not reload", e))?;
    if rebuilt != *g || json != *g || to_json(&json) != to_json(g) {
        return Err(Outcome::Broken("the graph changed on a round trip".into()));
    }
    // GraphML writes characters XML cannot hold as U+FFFD, so compare it saved as GraphML
    if to_graphml(&graphml) != to_graphml(g) {
        return Err(Outcome::Broken("the graph changed through GraphML".into()));
    }
    Ok(())
}

/// One structured change to a file.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(Index),
    FlipByte(Index, u8),
    DeleteLine(Index),
    RepeatLine(Index, u8),
    SwapLines(Index, Index),
    /// Replaces the value after a `:` (JSON) or between `>` and `<` (XML) or a cell (CSV).
    Retype(Index, &'static str),
    Insert(Index, &'static str),
    /// The start of this file up to one index, then another seed from another index.
    Splice(Index, Index, Index),
}

/// Values and snippets that mean something to one of the formats.
const SNIPPETS: &[&str] = &[
    "",
    "0",
    "-1",
    "1e999",
    "-0.0",
    "18446744073709551616",
    "null",
    "true",
    "[]",
    "{}",
    "\"\"",
    "\"x\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"a\\nb\"",
    "[[[[[[[[",
    "]]]]",
    "}",
    "{",
    ",",
    ":",
    "\"",
    "'",
    "`",
    "\\",
    "<",
    ">",
    "/>",
    "</graph>",
    "<graph>",
    "<node id=\"x\"/>",
    "<!DOCTYPE a [<!ENTITY x \"y\">]>",
    "&x;",
    "&#0;",
    "&#x1b;",
    "&amp;",
    "<![CDATA[<]]>",
    "<!--",
    "<?x?>",
    "\u{feff}",
    "\u{202e}",
    "\u{1b}[2J",
    "\r",
    "\r\n",
    "\n\n\n",
    "\t",
    ";",
    "\"a,b\"",
    "+3",
    "-2*",
    "**",
    "0 (mixed)",
    "X",
    "trust",
    "leads_to",
    "resource",
    "format_version",
    "\u{10ffff}",
    "e\u{301}",
    "👩‍🔬",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let snippet = proptest::sample::select(SNIPPETS);
    prop_oneof![
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), 1u8..=255).prop_map(|(i, m)| Mutation::FlipByte(i, m)),
        any::<Index>().prop_map(Mutation::DeleteLine),
        (any::<Index>(), 1u8..8).prop_map(|(i, n)| Mutation::RepeatLine(i, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), snippet.clone()).prop_map(|(i, s)| Mutation::Retype(i, s)),
        (any::<Index>(), snippet).prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(a, b, c)| Mutation::Splice(a, b, c)),
    ]
}

fn lines(text: &[u8]) -> Vec<Vec<u8>> {
    text.split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn apply(text: &mut Vec<u8>, m: &Mutation, others: &[String]) {
    match m {
        Mutation::Truncate(i) => text.truncate(i.index(text.len() + 1)),
        Mutation::FlipByte(i, mask) => {
            if !text.is_empty() {
                let at = i.index(text.len());
                text[at] ^= mask;
            }
        }
        Mutation::DeleteLine(i) | Mutation::RepeatLine(i, _) | Mutation::SwapLines(i, _) => {
            let mut all = lines(text);
            if all.is_empty() {
                return;
            }
            let at = i.index(all.len());
            match m {
                Mutation::DeleteLine(_) => {
                    all.remove(at);
                }
                Mutation::RepeatLine(_, n) => {
                    let line = all[at].clone();
                    for _ in 0..*n {
                        all.insert(at, line.clone());
                    }
                }
                Mutation::SwapLines(_, j) => {
                    let other = j.index(all.len());
                    all.swap(at, other);
                }
                _ => {}
            }
            *text = all.concat();
        }
        Mutation::Retype(i, snippet) => {
            // the value after a separator: `:` (JSON), `>` (XML text), `,` or `;` (CSV)
            let starts: Vec<usize> = text
                .iter()
                .enumerate()
                .filter(|(_, b)| matches!(b, b':' | b'>' | b',' | b';'))
                .map(|(p, _)| p + 1)
                .collect();
            if starts.is_empty() {
                return;
            }
            let start = starts[i.index(starts.len())];
            let end = text[start..]
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']' | b'<' | b'\n' | b';'))
                .map_or(text.len(), |p| start + p);
            text.splice(start..end, snippet.bytes());
        }
        Mutation::Insert(i, snippet) => {
            let at = i.index(text.len() + 1);
            text.splice(at..at, snippet.bytes());
        }
        Mutation::Splice(cut, which, from) => {
            let other = others[which.index(others.len())].as_bytes();
            text.truncate(cut.index(text.len() + 1));
            text.extend_from_slice(&other[from.index(other.len() + 1)..]);
        }
    }
}

/// A parser, one of its seeds and up to four mutations.
fn mutated() -> impl Strategy<Value = (Parser, String)> {
    (
        proptest::sample::select(PARSERS.to_vec()),
        any::<Index>(),
        proptest::collection::vec(mutation(), 1..=4),
    )
        .prop_map(|(parser, seed, mutations)| {
            let all = seeds(parser);
            let mut text = all[seed.index(all.len())].clone().into_bytes();
            for m in &mutations {
                apply(&mut text, m, &all);
            }
            // the readers take text: invalid UTF-8 is the file reader's concern
            (parser, String::from_utf8_lossy(&text).into_owned())
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_valid_files_never_break_a_parser((parser, text) in mutated()) {
        check(parser, text)?;
    }

    #[test]
    fn arbitrary_bytes_never_break_a_parser(
        parser in proptest::sample::select(PARSERS.to_vec()),
        bytes in proptest::collection::vec(any::<u8>(), 0..512),
    ) {
        check(parser, String::from_utf8_lossy(&bytes).into_owned())?;
    }

    #[test]
    fn arbitrary_text_never_breaks_a_parser(
        parser in proptest::sample::select(PARSERS.to_vec()),
        text in "\\PC{0,64}|[{}\\[\\]<>/:,;\"'=&#!?a-z0-9 \n-]{0,256}",
    ) {
        check(parser, text)?;
    }

    #[test]
    fn rating_notation_never_panics_and_reads_back(text in "\\PC{0,12}|[-+0-9*xXmMiIeE() \u{2212}]{0,8}") {
        if let Ok(rating) = text.parse::<CfirRating>() {
            prop_assert_eq!(rating.to_string().parse::<CfirRating>().unwrap(), rating);
            prop_assert_eq!(CfirRating::from_notation(rating.notation()).unwrap(), rating);
        } else {
            assert_clean(&text.parse::<CfirRating>().unwrap_err());
        }
    }
}

#[test]
fn every_seed_is_valid() {
    for parser in PARSERS {
        for (i, seed) in seeds(parser).into_iter().enumerate() {
            let ok = !matches!(run(parser, &seed), Err(Outcome::Broken(_)));
            assert!(ok, "{parser:?} seed #{i} breaks a round trip");
            if parser != Parser::Excerpts {
                assert!(
                    run(parser, &seed).is_ok(),
                    "{parser:?} seed #{i} does not load"
                );
            }
        }
    }
}

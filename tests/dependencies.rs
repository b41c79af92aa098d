//! The library's dependencies do not grow with the command: `cargo tree` for the default
//! features lists exactly the packages in `tests/fixtures/default-dependencies.txt`, and
//! the command's argument parser (clap) appears only with the `cli` feature.
//!
//! A change to the library's dependencies is a decision: update the list with
//! `ISP_MOC_BLESS=1 cargo test --test dependencies` and say why in the changelog.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// The names of the packages `cargo tree -e normal` lists for these feature flags.
fn tree(features: &[&str]) -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args([
            "tree", "-e", "normal", "--prefix", "none", "--format", "{p}",
        ])
        .args(features)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "isp-moc")
        .map(str::to_owned)
        .collect()
}

#[test]
fn default_features_pull_in_exactly_the_listed_packages() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/default-dependencies.txt");
    let found = tree(&[]);
    if std::env::var("ISP_MOC_BLESS").is_ok_and(|v| v == "1") {
        let text: String = found.iter().map(|n| format!("{n}\n")).collect();
        std::fs::write(&path, text).unwrap();
    }
    let listed: BTreeSet<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(found, listed, "the default dependencies changed");
    assert!(!found.iter().any(|n| n.starts_with("clap")), "{found:?}");
}

#[test]
fn the_command_brings_clap_only_with_its_feature() {
    let cli = tree(&["--features", "cli"]);
    assert!(
        cli.contains("clap") && cli.contains("clap_complete"),
        "{cli:?}"
    );
    let no_default = tree(&["--no-default-features"]);
    assert!(
        !no_default.iter().any(|n| n.starts_with("clap")),
        "{no_default:?}"
    );
}

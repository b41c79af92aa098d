//! The README's "From R, Python or the shell" recipes run as written, against the built
//! command: the Python one always (CI has Python), the R one where R and jsonlite are
//! installed (CI does not install R, to keep its time; the recipe is run on a machine
//! that has it).
#![cfg(feature = "cli")]

mod common;

use std::path::Path;
use std::process::Command;

/// The first fenced block in `language` of the README's section `heading`.
fn recipe(heading: &str, language: &str) -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split(&format!("\n## {heading}\n"))
        .nth(1)
        .expect("the section");
    let section = section.split("\n## ").next().unwrap();
    let fence = format!("```{language}\n");
    let start = section.find(&fence).expect("a recipe") + fence.len();
    section[start..].split("```").next().unwrap().to_owned()
}

/// `PATH` with the built `isp-moc` first, as after `cargo install`.
fn path_with_the_command() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_isp-moc"))
        .parent()
        .unwrap()
        .to_owned();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&rest)))
        .unwrap()
        .into_string()
        .unwrap()
}

fn run_recipe(program: &str, args: &[&str], code: &str) -> String {
    let out = Command::new(program)
        .args(args)
        .arg(code)
        .env("PATH", path_with_the_command())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{program}: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn the_python_recipe_runs() {
    if !common::tools::have("python3", "--version") {
        return;
    }
    let code = recipe("From R, Python or the shell", "python");
    let check =
        "\nassert changes is not None and not changes['identical'], changes\nprint('diff ok')\n";
    let out = run_recipe("python3", &["-c"], &(code + check));
    assert!(
        out.starts_with(
            "ISP skills -> Reminding and prompting -> Implementation behaviour | support 6\n"
        ),
        "{out}"
    );
    assert!(out.ends_with("diff ok\n"), "{out}");
}

#[test]
fn the_r_recipe_runs_where_r_is_installed() {
    let has_r = Command::new("Rscript")
        .args(["-e", "library(jsonlite)"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_r {
        eprintln!("note: Rscript with jsonlite not available; skipping the R recipe");
        return;
    }
    let code = recipe("From R, Python or the shell", "r");
    let out = run_recipe(
        "Rscript",
        &["-e"],
        &format!("{code}\nprint(nrow(paths$pathways))"),
    );
    assert!(
        out.contains("ISP skills -> Trust -> Meaningful learning -> Self-efficacy"),
        "{out}"
    );
    assert!(out.trim_end().ends_with("[1] 9"), "{out}");
}

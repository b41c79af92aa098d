//! Running the real external consumers (Graphviz, Python with networkx, ...) from tests.
//!
//! A test that needs a tool calls [`have`] first. When the tool is missing the test is
//! skipped with a note on stderr, unless `ISP_MOC_REQUIRE_EXTERNAL=1` is set: then a
//! missing tool fails the test. CI sets it after installing the tools, so there these
//! tests always run.

use std::io::Write;
use std::process::{Command, Stdio};

/// True when `program` answers `version_arg`; false (test skipped) or a panic (when
/// required) otherwise.
pub fn have(program: &str, version_arg: &str) -> bool {
    available(&format!("`{program}`"), program, &[version_arg])
}

/// True when Python 3 can import `module`; skipped or required like [`have`].
pub fn have_python_module(module: &str) -> bool {
    have("python3", "--version")
        && available(
            &format!("python module `{module}`"),
            "python3",
            &["-c", &format!("import {module}")],
        )
}

/// Says on the terminal, once per test program, that a check is skipped. Written to
/// stderr directly: the test harness captures `eprintln!` of passing tests, so a note
/// printed that way is never seen and the skipped check looks as if it ran.
fn skip_note(text: &str) {
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !said.iter().any(|s| s == text) {
        said.push(text.to_owned());
        let _ = writeln!(std::io::stderr(), "note: {text}");
    }
}

/// Runs the probe; on failure skips with a note, or panics when tools are required.
fn available(what: &str, program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        let required = std::env::var("ISP_MOC_REQUIRE_EXTERNAL").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "{what} is required (ISP_MOC_REQUIRE_EXTERNAL=1) but not available"
        );
        skip_note(&format!(
            "{what} not available; skipping this check (CI runs it)"
        ));
    }
    ok
}

/// Runs `program args`, feeding `input` on stdin; returns stdout, or panics with stderr.
pub fn run(program: &str, args: &[&str], input: &str) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `{program}`: {e}"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "`{program} {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `tests/consumers/NAME`: the small helper scripts that run a real consumer.
pub fn consumer_script(name: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/consumers")
        .join(name)
        .display()
        .to_string()
}

/// Where `.ci/run` installs the npm packages the consumer scripts use:
/// `$ISP_MOC_NODE_MODULES`, else `target/consumers/node_modules`.
pub fn node_modules() -> String {
    std::env::var("ISP_MOC_NODE_MODULES").unwrap_or_else(|_| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/consumers/node_modules")
            .display()
            .to_string()
    })
}

/// True when Node.js runs and every npm package in `packages` is installed in
/// [`node_modules`]; skipped or required like [`have`].
pub fn have_node_modules(packages: &[&str]) -> bool {
    have("node", "--version") && {
        let dir = node_modules();
        let missing: Vec<&str> = packages
            .iter()
            .copied()
            .filter(|p| {
                !std::path::Path::new(&dir)
                    .join(p)
                    .join("package.json")
                    .is_file()
            })
            .collect();
        if !missing.is_empty() {
            let required = std::env::var("ISP_MOC_REQUIRE_EXTERNAL").is_ok_and(|v| v == "1");
            assert!(
                !required,
                "npm packages {missing:?} are required but not installed in {dir} (see .ci/run)"
            );
            skip_note(&format!(
                "npm packages {missing:?} not in {dir}; skipping this check"
            ));
        }
        missing.is_empty()
    }
}

/// The folder of dagitty.js as the PyPI package `jupyterlab-dagitty` installs it (the
/// real DAGitty parser is not on the npm registry); `None` (skipped, or a panic when
/// required) when it is not installed.
pub fn dagitty_dir() -> Option<String> {
    if !have_python_module("importlib.metadata") {
        return None;
    }
    const FIND: &str = "import importlib.metadata as m, os\n\
        try:\n    files = m.files('jupyterlab-dagitty') or []\n\
        except m.PackageNotFoundError:\n    files = []\n\
        dirs = sorted({os.path.dirname(f.locate()) for f in files if f.name.endswith('.js') and '/static/' in str(f)})\n\
        print(dirs[0] if dirs else '')";
    let out = Command::new("python3")
        .args(["-c", FIND])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .filter(|d| !d.is_empty() && std::path::Path::new(d).is_dir());
    if out.is_none() {
        let required = std::env::var("ISP_MOC_REQUIRE_EXTERNAL").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "python package `jupyterlab-dagitty` (which ships dagitty.js) is required but not installed"
        );
        skip_note("python package `jupyterlab-dagitty` not installed; skipping this check");
    }
    out
}

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
        eprintln!("note: {what} not available; skipping this check (CI runs it)");
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

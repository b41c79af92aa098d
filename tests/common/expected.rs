//! Fixture files with their exact expected messages (`NAME.error` beside `NAME.ext`).

use std::path::{Path, PathBuf};

/// Compares `message(file)` with each file's `.error` expectation and fails listing every
/// mismatch at once; with `ISP_MOC_BLESS=1`, writes the expectations instead (review the
/// diff).
pub fn check_messages(files: &[PathBuf], message: impl Fn(&Path) -> String) {
    let bless = std::env::var("ISP_MOC_BLESS").is_ok_and(|v| v == "1");
    let mut mismatches = Vec::new();
    for file in files {
        let got = message(file);
        let expected_path = file.with_extension("error");
        if bless {
            std::fs::write(&expected_path, format!("{got}\n")).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no .error file", file.display()));
        if got != expected.trim_end() {
            mismatches.push(format!(
                "{}:\n  expected: {}\n  got:      {got}",
                file.display(),
                expected.trim_end()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

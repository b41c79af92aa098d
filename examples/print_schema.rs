//! Prints a JSON Schema of this crate's files. The checked-in copies are regenerated with
//!
//! ```text
//! cargo run --example print_schema --features schemars > schema/mechanism-model.schema.json
//! cargo run --example print_schema --features schemars -- profiles > schema/context-profiles.schema.json
//! cargo run --example print_schema --features schemars -- assessment > schema/assessment.schema.json
//! ```
//!
//! and `tests/schema.rs` fails when they drift apart.

#[macro_use]
mod support;

use std::process::ExitCode;

fn main() -> ExitCode {
    let which = std::env::args().nth(1);
    let text = match which.as_deref() {
        None | Some("model") => isp_moc::io::json_schema(),
        Some("profiles") => isp_moc::assess::profile_schema(),
        Some("assessment") => isp_moc::assess::assessment_schema(),
        Some(other) => {
            eprintln!("error: unknown schema `{other}`; use model, profiles or assessment");
            return ExitCode::from(2);
        }
    };
    out!("{text}");
    ExitCode::SUCCESS
}

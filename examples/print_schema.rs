//! Prints the JSON Schema of the model document. The checked-in copy is regenerated with
//!
//! ```text
//! cargo run --example print_schema --features schemars > schema/mechanism-model.schema.json
//! ```
//!
//! and `tests/schema.rs` fails when the two drift apart.

fn main() {
    print!("{}", isp_moc::io::json_schema());
}

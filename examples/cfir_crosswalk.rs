//! Prints the CFIR 2009 → 2022 crosswalk as an aligned table: one row per CFIR 2009
//! construct with its standing (verified or reading), kind of change, basis and CFIR 2022
//! construct(s).
//!
//! ```text
//! cargo run --example cfir_crosswalk                # all 39 rows, each marked
//! cargo run --example cfir_crosswalk -- --verified  # the 30 verified rows only
//! cargo run --example cfir_crosswalk -- --json      # the rows as JSON, quotes and notes included
//! cargo run --example cfir_crosswalk -- --new       # CFIR 2022 constructs without a single 2009 origin
//! ```
//!
//! Readings are best readings of the sources, not facts; further targets a verified row
//! names without confirmation are listed after "reading:". An unknown option exits with
//! status 2.

#[macro_use]
mod support;

use std::process::ExitCode;

use isp_moc::vocab::{
    CfirCorrespondence, CfirNewConstruct, Readings, Standing, TermTable as Table,
};

const USAGE: &str = "usage: cfir_crosswalk [--verified | --json | --new]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => print_rows(Readings::Include),
        ["--verified"] => print_rows(Readings::Exclude),
        ["--json"] => return print_json(),
        ["--new"] => print_new(),
        _ => {
            eprintln!("error: unexpected arguments {args:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn print_rows(readings: Readings) {
    let rows: Vec<&CfirCorrespondence> = CfirCorrespondence::ALL
        .iter()
        .filter(|r| readings.allows(r.standing()))
        .collect();
    let verified = rows.iter().filter(|r| r.verified).count();
    outln!(
        "CFIR 2009 → 2022 crosswalk: {} rows, {verified} verified, {} readings\n",
        rows.len(),
        rows.len() - verified
    );
    let header = [
        "code",
        "CFIR 2009",
        "standing",
        "change",
        "basis",
        "CFIR 2022",
    ];
    let table = Table {
        header: header.map(String::from).to_vec(),
        rows: rows.iter().map(|r| cells(r, readings)).collect(),
    };
    out!("{}", table.render());
}

fn cells(row: &CfirCorrespondence, readings: Readings) -> Vec<String> {
    let mut targets: Vec<String> = row.cfir2022.iter().map(|c| c.qualified_label()).collect();
    if targets.is_empty() {
        targets.push("(none)".to_owned());
    }
    let mut cfir2022 = targets.join("; ");
    if readings == Readings::Include && !row.cfir2022_unverified.is_empty() {
        let read: Vec<String> = row
            .cfir2022_unverified
            .iter()
            .map(|c| c.qualified_label())
            .collect();
        cfir2022.push_str(&format!(" (reading: {})", read.join("; ")));
    }
    vec![
        row.cfir2009.code().to_owned(),
        row.cfir2009.label().to_owned(),
        standing(row.standing()).to_owned(),
        row.kind.as_str().to_owned(),
        row.basis.as_str().to_owned(),
        cfir2022,
    ]
}

fn standing(s: Standing) -> &'static str {
    match s {
        Standing::Verified => "verified",
        Standing::Reading => "READING",
    }
}

fn print_new() {
    let entries = CfirNewConstruct::ALL;
    outln!(
        "CFIR 2022 constructs without a single CFIR 2009 origin: {} entries, {} stated new\n",
        entries.len(),
        entries.iter().filter(|e| e.is_verified()).count()
    );
    let table = Table {
        header: ["id", "CFIR 2022", "basis", "note"]
            .map(String::from)
            .to_vec(),
        rows: entries
            .iter()
            .map(|e| {
                vec![
                    e.cfir2022.as_str().to_owned(),
                    e.cfir2022.qualified_label(),
                    e.basis.as_str().to_owned(),
                    e.note.unwrap_or("").to_owned(),
                ]
            })
            .collect(),
    };
    out!("{}", table.render());
}

#[cfg(feature = "serde")]
fn print_json() -> ExitCode {
    match serde_json::to_string_pretty(CfirCorrespondence::ALL) {
        Ok(json) => {
            outln!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "serde"))]
fn print_json() -> ExitCode {
    eprintln!("error: --json needs the `serde` feature");
    ExitCode::from(2)
}

//! Prints a vocabulary as a table: id, label, the columns that apply to it (parent,
//! domain, subdomain, ...) and the description.
//!
//! ```text
//! cargo run --example vocab_table                  # CFIR 2022 constructs
//! cargo run --example vocab_table -- cfir2009
//! cargo run --example vocab_table -- --list        # the available names
//! ```
//!
//! An unknown name is reported with the list of available names, and the program exits
//! with status 2. The vocabularies are the library's registry,
//! `isp_moc::vocab::vocabularies()`.

#[macro_use]
mod support;

use std::process::ExitCode;

use isp_moc::vocab;

const USAGE: &str = "usage: vocab_table [NAME | --list]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let vocabularies = vocab::vocabularies();
    let name = match args.as_slice() {
        [] => vocabularies[0].name(),
        [flag] if flag == "--list" => {
            for v in vocabularies {
                outln!("{:<22}{}", v.name(), v.title());
            }
            return ExitCode::SUCCESS;
        }
        [name] => name.as_str(),
        _ => {
            eprintln!("error: expected at most one vocabulary name\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let vocabulary = match vocab::vocabulary(name) {
        Ok(v) => v,
        Err(e) => {
            let names: Vec<&str> = vocabularies.iter().map(|v| v.name()).collect();
            eprintln!("error: {e}\navailable: {}", names.join(", "));
            return ExitCode::from(2);
        }
    };
    let table = vocabulary.table();
    outln!("{} ({} terms)\n", vocabulary.title(), table.rows.len());
    out!("{}", table.render());
    ExitCode::SUCCESS
}

//! What the examples share: printing that ends the program quietly when its reader has
//! gone (`cargo run --example figure2 | head -1`), as command-line tools do. Rust ignores
//! `SIGPIPE`, so `println!` would panic on the closed pipe instead.

use std::io::Write;

/// `println!` that exits quietly (status 0) when stdout is closed.
#[allow(unused_macros)]
macro_rules! outln {
    () => {
        $crate::support::write_out(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::support::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `print!` that exits quietly (status 0) when stdout is closed.
#[allow(unused_macros)]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::support::write_out(format_args!($($arg)*))
    };
}

/// Writes to stdout: on a closed pipe the program exits quietly with status 0, on any other
/// failure it says so and exits with status 1.
pub fn write_out(args: std::fmt::Arguments<'_>) {
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        exit_on(&e);
    }
}

/// Ends the program after a failed write to stdout: quietly (status 0) when the reader has
/// gone, else with a message (status 1).
pub fn exit_on(e: &std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("error: cannot write the output: {e}");
    std::process::exit(1);
}

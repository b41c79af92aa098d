//! What the command writes: text for people (aligned columns, colour on a terminal) or
//! JSON for programs, on standard output or into a file.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::exit::{input, Failure};

/// `--format`: for people or for programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned text for people (coloured on a terminal unless `NO_COLOR` is set).
    Text,
    /// One JSON document, shaped as `docs/CLI.md` documents for each subcommand.
    Json,
}

/// The output option of the subcommands that report.
#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// Output for people (text) or programs (json)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

impl OutputArgs {
    /// True for `--format json`.
    pub fn json(&self) -> bool {
        self.format == Format::Json
    }
}

/// Writes `text` to standard output; a closed pipe stops the run quietly.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Failure::ClosedPipe,
            _ => input("standard output", e),
        })
}

/// Writes `value` as pretty JSON (ending in a newline) to standard output.
pub fn print_json(value: &serde_json::Value) -> Result<(), Failure> {
    print(&json_text(value))
}

/// `value` as pretty JSON ending in a newline.
pub fn json_text(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes `text` into the file `path` (`-` is standard output), or to standard output
/// when there is no path.
pub fn write(path: Option<&Path>, text: &str) -> Result<(), Failure> {
    match path {
        Some(path) if path != Path::new("-") => {
            std::fs::write(path, text).map_err(|e| input(path.display(), e))
        }
        _ => print(text),
    }
}

/// Cells in aligned columns, two spaces apart; the last column is not padded. Cells may
/// not hold colour codes (they would count as width).
pub fn columns(rows: &[Vec<String>]) -> String {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                let width = widths.get(i).copied().unwrap_or(0);
                let pad = width.saturating_sub(cell.chars().count());
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Colour for one stream: on only when the stream is a terminal and `NO_COLOR` is unset
/// or empty (<https://no-color.org>).
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    on: bool,
}

impl Paint {
    /// Colour for standard output.
    pub fn stdout() -> Self {
        Paint::when(std::io::stdout().is_terminal())
    }

    /// Colour for standard error.
    pub fn stderr() -> Self {
        Paint::when(std::io::stderr().is_terminal())
    }

    fn when(terminal: bool) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Paint {
            on: terminal && !no_color,
        }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// Bold (headings).
    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Bold red (errors, what is blocked or removed).
    pub fn red_bold(self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// Bold yellow (warnings).
    pub fn yellow_bold(self, text: &str) -> String {
        self.paint("1;33", text)
    }

    /// Green (what was added).
    pub fn green(self, text: &str) -> String {
        self.paint("32", text)
    }

    /// Red (what was removed).
    pub fn red(self, text: &str) -> String {
        self.paint("31", text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_and_leave_the_last_unpadded() {
        let rows = vec![
            vec!["a".to_owned(), "bb".to_owned(), "c".to_owned()],
            vec!["aaa".to_owned(), "b".to_owned(), "c".to_owned()],
        ];
        assert_eq!(columns(&rows), "a    bb  c\naaa  b   c\n");
    }

    #[test]
    fn no_colour_off_a_terminal() {
        assert_eq!(Paint::when(false).bold("x"), "x");
    }
}

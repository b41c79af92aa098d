//! CSV text shared by the readers (rating matrices, coded excerpts) and writers (excerpts,
//! studies, codebooks): every record read at once with its line, errors located, and
//! fields quoted only when they must be.

#[cfg(feature = "csv")]
use crate::error::{Location, Problem};
#[cfg(feature = "csv")]
use crate::{Error, ErrorKind, Result};

/// Every record of `text` (a byte-order mark ignored; rows may differ in length), or the
/// first error of the CSV reader, located at its line. A first row that is one cell
/// holding another common delimiter is an error: every reader here needs several
/// columns, so the file is separated otherwise, and each row would be misread.
///
/// A first line `sep=;` (one character after `sep=`, as Excel writes and reads it to name
/// the separator) sets the delimiter, whatever `delimiter` says, and is not a row.
#[cfg(feature = "csv")]
pub(crate) fn read_records(text: &str, delimiter: u8) -> Result<Vec<csv::StringRecord>> {
    let text = crate::limits::check_input(text)?;
    let directive = separator_line(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(directive.unwrap_or(delimiter))
        .from_reader(text.as_bytes());
    let delimiter = directive.unwrap_or(delimiter);
    let mut rows = Vec::new();
    let mut lines = LineCounter::default();
    for (i, record) in reader.records().enumerate() {
        let mut record = record.map_err(|e| csv_error(&e))?;
        lines.correct(text.as_bytes(), &mut record);
        if i == 0 && directive.is_some() {
            continue;
        }
        crate::limits::check_fields(record.len()).map_err(|e| e.at_line(line_of(&record)))?;
        if rows.is_empty() {
            if let Some(message) = other_delimiter(&record, delimiter) {
                return Err(Problem::new(ErrorKind::Syntax {
                    format: "CSV",
                    message,
                })
                .at(Location::at(line_of(&record), 1))
                .into());
            }
        }
        rows.push(record);
        crate::limits::check_records("rows", rows.len())?;
    }
    Ok(rows)
}

/// Counts lines up to each record's first byte, in order. The CSV reader counts a line
/// one short after a `\r\n` line end (it ends the record at the `\r` and takes the line
/// for the next before counting the `\n`), so every record of a file written on Windows
/// was reported a line early.
#[cfg(feature = "csv")]
#[derive(Default)]
struct LineCounter {
    /// Bytes counted so far.
    at: usize,
    /// Line breaks among them.
    breaks: usize,
}

#[cfg(feature = "csv")]
impl LineCounter {
    /// Sets `record`'s line to that of its first byte (line-end bytes before it skipped).
    fn correct(&mut self, text: &[u8], record: &mut csv::StringRecord) {
        let Some(mut position) = record.position().cloned() else {
            return;
        };
        let start = usize::try_from(position.byte()).unwrap_or(usize::MAX);
        let rest = text.get(start..).unwrap_or_default();
        let start = start
            + rest
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        let counted = text.get(self.at..start.min(text.len())).unwrap_or_default();
        self.breaks += counted.iter().filter(|&&b| b == b'\n').count();
        self.at = self.at.max(start.min(text.len()));
        position.set_line(u64::try_from(self.breaks + 1).unwrap_or(u64::MAX));
        record.set_position(Some(position));
    }
}

/// The separator a first line `sep=X` names (Excel's way of saying which one a file uses):
/// one ASCII character, the line holding nothing else.
#[cfg(feature = "csv")]
fn separator_line(text: &str) -> Option<u8> {
    let first = text.lines().next()?;
    match first.strip_prefix("sep=")?.as_bytes() {
        [d] if d.is_ascii() && *d != b'"' => Some(*d),
        _ => None,
    }
}

/// The 1-based line a record starts on.
#[cfg(feature = "csv")]
pub(crate) fn line_of(record: &csv::StringRecord) -> usize {
    record
        .position()
        .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX))
}

/// When a file's first row is one cell holding another common delimiter (`;`, as
/// spreadsheets write CSV in many locales, or a tab), the likely mistake, said with how
/// to read the file instead.
#[cfg(feature = "csv")]
fn other_delimiter(header: &csv::StringRecord, delimiter: u8) -> Option<String> {
    let [cell] = header.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let (_, name, option) = [
        (b';', "`;`", "';'"),
        (b'\t', "a tab", "tab"),
        (b',', "`,`", "','"),
    ]
    .into_iter()
    .find(|&(d, _, _)| d != delimiter && cell.as_bytes().contains(&d))?;
    Some(format!(
        "the first row is a single cell with {name} in it: is the file separated by {name}? \
         (`--delimiter {option}`; in Rust `with_delimiter`)"
    ))
}

#[cfg(feature = "csv")]
fn csv_error(e: &csv::Error) -> Error {
    let mut at = Location::default();
    if let Some(p) = e.position() {
        at.line = usize::try_from(p.line()).ok();
    }
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "the file is not UTF-8 text".to_owned(),
        _ => e.to_string(),
    };
    Problem::new(ErrorKind::Syntax {
        format: "CSV",
        message,
    })
    .at(at)
    .into()
}

/// Appends one CSV row (RFC 4180): fields joined by commas, a field quoted when it holds a
/// comma, quote, line break or leading or trailing space, quotes doubled; ends with `\n`.
pub(crate) fn write_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let needs_quotes = field.contains([',', '"', '\n', '\r'])
            || field.starts_with(char::is_whitespace)
            || field.ends_with(char::is_whitespace);
        if needs_quotes {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::write_row;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = String::new();
        write_row(
            &mut out,
            ["a", "b,c", "say \"hi\"", " pad", "two\nlines", ""],
        );
        assert_eq!(
            out,
            "a,\"b,c\",\"say \"\"hi\"\"\",\" pad\",\"two\nlines\",\n"
        );
    }
}

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
#[cfg(feature = "csv")]
pub(crate) fn read_records(text: &str, delimiter: u8) -> Result<Vec<csv::StringRecord>> {
    let text = crate::limits::check_input(text)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e))?;
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
        "the first row is one cell holding {name}: is the file separated by {name}? \
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

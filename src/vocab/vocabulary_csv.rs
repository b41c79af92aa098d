//! A vocabulary as CSV, for spreadsheets and data-frame libraries.

use super::Vocabulary;

/// The columns every vocabulary's CSV starts with; the vocabulary's own facts
/// ([`Vocabulary::property_names`]) follow, then `iri`.
const COLUMNS: [&str; 9] = [
    "id",
    "label",
    "description",
    "parent_vocabulary",
    "parent",
    "aliases",
    "verification_of",
    "verification_level",
    "verified",
];

impl Vocabulary {
    /// The vocabulary as CSV (RFC 4180, UTF-8 without a byte-order mark, `\n` line ends):
    /// a header, then one row per term in the framework's order. Columns: `id`, `label`,
    /// `description`, `parent_vocabulary` and `parent` (the broader term, empty at the
    /// top), `aliases` (joined with `; `), `verification_of`, `verification_level` and
    /// `verified` (`true`/`false`, empty where the crate records no verification), the
    /// vocabulary's own facts ([`property_names`](Self::property_names)), and `iri`.
    ///
    /// # Example
    ///
    /// ```
    /// let csv = isp_moc::vocab::vocabulary("eric")?.to_csv();
    /// let mut lines = csv.lines();
    /// assert_eq!(lines.next().unwrap(), "id,label,description,parent_vocabulary,parent,aliases,\
    ///     verification_of,verification_level,verified,number,iri");
    /// assert!(lines.next().unwrap().starts_with("access_new_funding,Access new funding,"));
    /// assert_eq!(csv.lines().count(), 1 + 73);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header = COLUMNS
            .iter()
            .chain(self.property_names())
            .chain(&["iri"])
            .copied();
        row(&mut out, header);
        for t in self.terms() {
            let verification = t.verification.as_ref();
            let mut cells: Vec<&str> = vec![
                t.id,
                t.label,
                t.description,
                t.parent.as_ref().map_or("", |p| p.vocabulary),
                t.parent.as_ref().map_or("", |p| p.id),
            ];
            let aliases = t.aliases.join("; ");
            cells.push(&aliases);
            cells.push(verification.map_or("", |v| v.of));
            cells.push(verification.map_or("", |v| v.level.id));
            cells.push(verification.map_or("", |v| if v.verified { "true" } else { "false" }));
            for name in self.property_names() {
                cells.push(t.properties.get(name).map_or("", String::as_str));
            }
            cells.push(&t.iri);
            row(&mut out, cells);
        }
        out
    }
}

/// Appends one CSV record: cells separated by commas, quoted when they hold a comma, a
/// quote, a line break or space at either end (quotes doubled), ended by `\n`.
fn row<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let needs_quotes =
            cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ');
        if needs_quotes {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::row;

    #[test]
    fn cells_are_quoted_only_when_needed() {
        let mut out = String::new();
        row(
            &mut out,
            ["plain", "a, b", "say \"hi\"", "two\nlines", " pad", ""],
        );
        assert_eq!(
            out,
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\n"
        );
    }
}

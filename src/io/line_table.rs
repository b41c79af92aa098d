//! Where each line of a text starts, to turn byte offsets into the 1-based lines and
//! columns (in characters, as editors count them) that problems are shown at. Built once
//! per text: finding a position then costs a binary search, not a scan from the start of
//! the text or of the line (which made placing the problems of a large file quadratic).

use std::cell::Cell;

/// The line starts of a text, and which lines are ASCII.
pub(crate) struct LineTable {
    starts: Vec<usize>,
    /// Whether each line is ASCII, where a column is its byte offset.
    ascii: Vec<bool>,
    /// The last place found on a line that is not ASCII, as (offset, characters before it
    /// on its line): records are placed in text order, so the next count starts there
    /// instead of at the start of a long line (quadratic over a one-line document).
    last: Cell<(usize, usize)>,
}

impl LineTable {
    /// The table of `text`.
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let ascii = text.split('\n').map(str::is_ascii).collect();
        LineTable {
            starts,
            ascii,
            last: Cell::new((0, 0)),
        }
    }

    /// The byte offset at which 1-based `line` starts.
    pub(crate) fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    /// The 1-based line of byte `offset`, and the byte offset that line starts at.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        (line.max(1), start)
    }

    /// The 1-based line and byte column of byte `offset`.
    pub(crate) fn byte_position(&self, offset: usize) -> (usize, usize) {
        let (line, start) = self.line_of(offset);
        (line, offset.saturating_sub(start) + 1)
    }

    /// The 1-based line and column (in characters) of byte `offset` of `text` (the text
    /// the table was built from). An offset past the end, or inside a character, counts
    /// the characters that start before it.
    pub(crate) fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let (line, start) = self.line_of(offset);
        if self.ascii.get(line - 1) == Some(&true) {
            return (line, offset.saturating_sub(start) + 1);
        }
        let bytes = text.as_bytes();
        let end = offset.min(bytes.len());
        // count from the last place found when it is on this line, before `offset`
        let (from, counted) = match self.last.get() {
            (at, chars) if start <= at && at <= end => (at, chars),
            _ => (start, 0),
        };
        let between = bytes.get(from..end).unwrap_or_default();
        // a character starts at every byte that is not a UTF-8 continuation byte
        let chars = counted + between.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        self.last.set((end, chars));
        (line, chars + offset.saturating_sub(bytes.len()) + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::LineTable;

    /// The 1-based line and column of byte `offset`, counted the slow, obvious way.
    fn counted(text: &str, offset: usize) -> (usize, usize) {
        let before = &text.as_bytes()[..offset.min(text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let chars = before[start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        (line, chars + offset.saturating_sub(text.len()) + 1)
    }

    proptest::proptest! {
        /// Every offset, asked in any order (the remembered place must not leak into a
        /// later answer), is placed as counting from the text's start places it.
        #[test]
        fn positions_match_counting(
            text in "([a-zü→\\n ]{0,12}){0,6}",
            order in proptest::collection::vec(0usize..80, 0..40),
        ) {
            let table = LineTable::new(&text);
            for offset in order.into_iter().chain(0..=text.len() + 1) {
                proptest::prop_assert_eq!(table.position(&text, offset), counted(&text, offset));
            }
        }
    }
}

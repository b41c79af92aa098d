//! Where each line of a text starts, to turn byte offsets into the 1-based lines and
//! columns (in characters, as editors count them) that problems are shown at. Built once
//! per text: finding a position then costs a binary search, not a scan from the start of
//! the text or of the line (which made placing the problems of a large file quadratic).

/// The line starts of a text, and which lines are ASCII.
pub(crate) struct LineTable {
    starts: Vec<usize>,
    /// Whether each line is ASCII, where a column is its byte offset.
    ascii: Vec<bool>,
}

impl LineTable {
    /// The table of `text`.
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let ascii = text.split('\n').map(str::is_ascii).collect();
        LineTable { starts, ascii }
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
        let before = bytes
            .get(start..offset.min(bytes.len()))
            .unwrap_or_default();
        // a character starts at every byte that is not a UTF-8 continuation byte
        let chars = before.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        (line, chars + offset.saturating_sub(bytes.len()) + 1)
    }
}

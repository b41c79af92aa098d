//! Numbers as spreadsheets and data frames write them.

/// The whole part of a whole number written as a decimal (`3.0`, `-2.00`: pandas writes a
/// column of whole numbers so when a cell is empty); `None` for any other text.
pub(crate) fn whole_part(text: &str) -> Option<&str> {
    let (whole, zeros) = text.split_once('.')?;
    (!zeros.is_empty() && zeros.bytes().all(|b| b == b'0')).then_some(whole)
}

#[cfg(test)]
mod tests {
    use super::whole_part;

    #[test]
    fn only_zeros_after_the_point_make_a_whole_number() {
        assert_eq!(whole_part("3.0"), Some("3"));
        assert_eq!(whole_part("-2.00"), Some("-2"));
        for text in ["3", "3.", "3.5", "3.0.0", ".0x"] {
            assert_eq!(whole_part(text), None, "{text}");
        }
    }
}

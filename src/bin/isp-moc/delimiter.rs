//! `--delimiter`: the cell delimiter of a CSV file, one ASCII character.

/// Parses `--delimiter`: one ASCII character (`,`, `;`, a tab), as the CSV reader takes it.
pub fn ascii_delimiter(text: &str) -> Result<u8, String> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii() => Ok(c as u8),
        _ => Err("must be one ASCII character, such as ';'".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::ascii_delimiter;

    #[test]
    fn one_ascii_character() {
        assert_eq!(ascii_delimiter(";"), Ok(b';'));
        assert_eq!(ascii_delimiter("\t"), Ok(b'\t'));
        assert!(ascii_delimiter(";;").is_err());
        assert!(ascii_delimiter("").is_err());
        assert!(ascii_delimiter("§").is_err());
    }
}

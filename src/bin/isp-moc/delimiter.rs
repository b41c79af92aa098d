//! `--delimiter`: the cell delimiter of a CSV file, one ASCII character.

/// Parses `--delimiter`: one ASCII character (`,`, `;`), as the CSV reader takes it; a
/// tab also as `tab` or `\t`, which a shell passes more easily than the character.
pub fn ascii_delimiter(text: &str) -> Result<u8, String> {
    if text == "tab" || text == "\\t" {
        return Ok(b'\t');
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii() => Ok(c as u8),
        _ => Err("must be one ASCII character, such as ';', or `tab`".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::ascii_delimiter;

    #[test]
    fn one_ascii_character() {
        assert_eq!(ascii_delimiter(";"), Ok(b';'));
        assert_eq!(ascii_delimiter("\t"), Ok(b'\t'));
        assert_eq!(ascii_delimiter("tab"), Ok(b'\t'));
        assert_eq!(ascii_delimiter("\\t"), Ok(b'\t'));
        assert!(ascii_delimiter(";;").is_err());
        assert!(ascii_delimiter("").is_err());
        assert!(ascii_delimiter("§").is_err());
    }
}

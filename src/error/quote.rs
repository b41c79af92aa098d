//! Quoting user input in messages: shortened and escaped, so a hostile or huge value can
//! neither flood a terminal nor rewrite it.

use std::fmt;

/// Most characters of a value shown in a message; longer values are cut with an ellipsis
/// and their full length is given.
pub const MAX_QUOTED_CHARS: usize = 80;

/// Displays `text` between backticks, control characters and line breaks escaped (`\n`,
/// `\u{1b}`), cut to [`MAX_QUOTED_CHARS`] characters with `…` and the full length when
/// longer.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

/// As [`Quoted`], without the backticks (for names that are not values, such as an XML
/// element's name).
pub(crate) struct Escaped<'a>(pub(crate) &'a str);

/// Most characters of a whole message part that is not a single value (a reason, another
/// parser's message), shown as [`Bounded`].
const MAX_MESSAGE_CHARS: usize = 1000;

/// A message part that may hold input (another parser's message, a reason built
/// elsewhere): control characters escaped as [`Quoted`] does, cut at 1000 characters.
/// Values inside it are already quoted, so it is only a safety net.
pub(crate) struct Bounded<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(f, self.0, "`", MAX_QUOTED_CHARS)
    }
}

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(f, self.0, "", MAX_QUOTED_CHARS)
    }
}

impl fmt::Display for Bounded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(f, self.0, "", MAX_MESSAGE_CHARS)
    }
}

fn write_escaped(
    f: &mut fmt::Formatter<'_>,
    text: &str,
    fence: &str,
    max_chars: usize,
) -> fmt::Result {
    {
        f.write_str(fence)?;
        let mut cut = false;
        for (shown, c) in text.chars().enumerate() {
            if shown == max_chars {
                cut = true;
                break;
            }
            match c {
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '`' if !fence.is_empty() => f.write_str("\\`")?,
                c if c.is_control() || is_format_control(c) => {
                    write!(f, "\\u{{{:x}}}", u32::from(c))?
                }
                c => write!(f, "{c}")?,
            }
        }
        if cut {
            let total = text.chars().count();
            write!(f, "…{fence} ({total} characters)")
        } else {
            f.write_str(fence)
        }
    }
}

/// Characters that change how text is shown without being visible themselves: bidi
/// overrides and isolates, which could reorder a message on screen.
fn is_format_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Shorthand: the quoted form as a `String`.
pub(crate) fn quoted(text: &str) -> String {
    Quoted(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_backticked() {
        assert_eq!(quoted("trust"), "`trust`");
        assert_eq!(quoted(""), "``");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(quoted("a\nb"), "`a\\nb`");
        assert_eq!(quoted("\u{1b}[2J"), "`\\u{1b}[2J`");
        assert_eq!(quoted("nul\0"), "`nul\\u{0}`");
        assert_eq!(quoted("\u{202e}abc"), "`\\u{202e}abc`");
        assert_eq!(quoted("a`b"), "`a\\`b`");
    }

    #[test]
    fn long_text_is_cut_with_its_length() {
        let long = "x".repeat(1_000_000);
        let q = quoted(&long);
        assert!(q.len() < 120, "{q}");
        assert!(q.ends_with("…` (1000000 characters)"), "{q}");
        let exact = "y".repeat(MAX_QUOTED_CHARS);
        assert_eq!(quoted(&exact), format!("`{exact}`"));
    }

    #[test]
    fn bounded_messages_are_escaped_and_cut_later() {
        assert_eq!(Bounded("a `b`\n\u{1b}").to_string(), "a `b`\\n\\u{1b}");
        let long = "y".repeat(5000);
        let b = Bounded(&long).to_string();
        assert!(b.ends_with("… (5000 characters)"), "{b}");
        assert_eq!(b.chars().filter(|&c| c == 'y').count(), MAX_MESSAGE_CHARS);
    }
}

//! [`Citation`]: an author-year reference to a study.

use std::fmt;
use std::str::FromStr;

use crate::{Error, ErrorKind, Result};

/// An author-year reference to one study, as the paper cites them ("Barac et al. 2018",
/// "Brown et al. 2018b, p. 3").
///
/// Two citations name the same study when authors, year and suffix agree, letter case,
/// accents and punctuation aside (when they give the same [`StudyId`]); the locator (page)
/// does not change which study is meant.
///
/// [`StudyId`]: super::StudyId
///
/// # Example
///
/// ```
/// use isp_moc::model::Citation;
///
/// let c: Citation = "Brown et al. 2018b, p. 3".parse()?;
/// assert_eq!(c.authors, "Brown et al.");
/// assert_eq!(c.year, 2018);
/// assert_eq!(c.suffix, Some('b'));
/// assert_eq!(c.locator.as_deref(), Some("p. 3"));
/// assert_eq!(c.to_string(), "Brown et al. 2018b, p. 3");
/// assert!(c.same_study(&Citation::new("Brown et al.", 2018).with_suffix('b')));
/// # Ok::<(), isp_moc::Error>(())
/// ```
///
/// In files a citation is an object (`{"authors": "Akin", "year": 2016}`), which is what
/// saving writes; loading also accepts the same text `parse` reads (`"Akin 2016"`,
/// `"Beidas, Edmunds et al. 2013b"`), so hand-written files stay short.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Citation {
    /// Authors as cited: "Akin", "Kristensen & Hounsgaard", "Barac et al.".
    pub authors: String,
    /// Publication year.
    pub year: u16,
    /// Letter telling apart same-author, same-year studies ("2018b" has `b`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub suffix: Option<char>,
    /// Where in the study: a page or section ("p. 37").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub locator: Option<String>,
}

impl Citation {
    /// A citation of `authors`' study from `year`.
    ///
    /// # Example
    ///
    /// ```
    /// let c = isp_moc::model::Citation::new("Akin", 2016);
    /// assert_eq!(c.to_string(), "Akin 2016");
    /// ```
    pub fn new(authors: &str, year: u16) -> Self {
        Citation {
            authors: authors.to_owned(),
            year,
            suffix: None,
            locator: None,
        }
    }

    /// Sets the same-year suffix letter.
    ///
    /// # Example
    ///
    /// ```
    /// let c = isp_moc::model::Citation::new("Brown et al.", 2018).with_suffix('a');
    /// assert_eq!(c.to_string(), "Brown et al. 2018a");
    /// ```
    pub fn with_suffix(mut self, suffix: char) -> Self {
        self.suffix = Some(suffix);
        self
    }

    /// Sets the locator (page or section).
    ///
    /// # Example
    ///
    /// ```
    /// let c = isp_moc::model::Citation::new("Akin", 2016).with_locator("p. 165");
    /// assert_eq!(c.to_string(), "Akin 2016, p. 165");
    /// ```
    pub fn with_locator(mut self, locator: &str) -> Self {
        self.locator = Some(locator.to_owned());
        self
    }

    /// True when both cite the same study: authors, year and suffix agree, letter case,
    /// accents and punctuation aside (`Hjälmhult` and `Hjalmhult`).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Citation;
    /// let a = Citation::new("Akin", 2016);
    /// assert!(a.same_study(&Citation::new("Akin", 2016).with_locator("p. 165")));
    /// assert!(!a.same_study(&Citation::new("Akin", 2017)));
    /// ```
    pub fn same_study(&self, other: &Citation) -> bool {
        super::StudyId::from_citation(self) == super::StudyId::from_citation(other)
    }

    /// Checks the fields; returns the reason when one is malformed.
    pub(crate) fn problem(&self) -> Option<&'static str> {
        if self.authors.trim().is_empty() {
            Some("a citation needs authors")
        } else if self.authors.trim() != self.authors {
            Some("citation authors have surrounding white space")
        } else if !(1000..=2999).contains(&self.year) {
            Some("a citation year has four digits")
        } else if self.suffix.is_some_and(|c| !c.is_ascii_lowercase()) {
            Some("a citation suffix is one lowercase letter")
        } else if self.locator.as_deref().is_some_and(|l| l.trim().is_empty()) {
            Some("a citation locator cannot be blank")
        } else {
            None
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.authors, self.year)?;
        if let Some(s) = self.suffix {
            write!(f, "{s}")?;
        }
        if let Some(l) = &self.locator {
            write!(f, ", {l}")?;
        }
        Ok(())
    }
}

impl FromStr for Citation {
    type Err = Error;

    /// Parses `Authors YYYY[x][, locator]`: the year is the last four-digit word that is
    /// followed by the end of the text or a comma.
    fn from_str(text: &str) -> Result<Self> {
        let fail = |reason| {
            Error::new(ErrorKind::InvalidCitation {
                text: text.to_owned(),
                reason,
            })
        };
        let text = text.trim();
        let bytes = text.as_bytes();
        let year_at = (1..bytes.len())
            .rev()
            .find(|&i| {
                bytes[i - 1] == b' '
                    && bytes.len() >= i + 4
                    && bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                    && {
                        let rest = &bytes[i + 4..];
                        let rest = match rest.first() {
                            Some(c) if c.is_ascii_lowercase() => &rest[1..],
                            _ => rest,
                        };
                        rest.is_empty() || rest[0] == b','
                    }
            })
            .ok_or_else(|| {
                fail("expected `Authors YYYY`, optionally with a suffix letter and `, locator`")
            })?;
        let authors = text[..year_at].trim();
        let year: u16 = text[year_at..year_at + 4]
            .parse()
            .map_err(|_| fail("a citation year has four digits"))?;
        let mut rest = &text[year_at + 4..];
        let suffix = rest.chars().next().filter(char::is_ascii_lowercase);
        if suffix.is_some() {
            rest = &rest[1..];
        }
        let locator = rest.strip_prefix(',').map(|l| l.trim().to_owned());
        let citation = Citation {
            authors: authors.to_owned(),
            year,
            suffix,
            locator,
        };
        match citation.problem() {
            Some(reason) => Err(fail(reason)),
            None => Ok(citation),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        for text in [
            "Akin 2016",
            "Barac et al. 2018",
            "Kristensen & Hounsgaard 2013",
            "Brown et al. 2018b",
            "Aasekjaer et al. 2016, p. 37",
            "Williams, Burton & Rycroft-Malone 2013",
        ] {
            let c: Citation = text.parse().unwrap();
            assert_eq!(c.to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "Akin",
            "Akin 16",
            "Akin 2016B",
            "Akin 2016ab",
            " 2016",
            "Akin 0999",
        ] {
            assert!(bad.parse::<Citation>().is_err(), "{bad}");
        }
    }
}

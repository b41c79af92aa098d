//! [`Location`]: where in a model, a file or a query a problem lies.

use std::fmt;

use super::quote::{Bounded, Escaped, Quoted};

/// Where a problem lies: the file, the line and column, the record (a mechanism, a link,
/// the model info, an XML element) and the field within it. Every part is optional; a
/// problem found by [`build`](crate::MechanismGraphBuilder::build) names its record, a
/// problem found while reading a file adds the file's line and column.
///
/// The same type serves JSON, GraphML and (as they land) CSV files, so a program can show
/// any problem the same way.
///
/// `Display` prints the parts that are known, most general first, such as
/// ``model.json:12:5, mechanism #3 `trust`, at `evidence.citations[0].year` ``.
///
/// # Example
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let text = r#"{"format_version": 1, "mechanisms": [
///   {"id": "trust", "kind": "reasoning", "reasoning": "relational"}
/// ]}"#;
/// let err = isp_moc::io::from_json(text).unwrap_err();
/// let at = err.location().unwrap();
/// assert_eq!((at.line, at.column), (Some(2), Some(3)));
/// assert_eq!(at.record, Some(isp_moc::error::Record::Mechanism { position: 1, id: Some("trust".into()) }));
/// assert_eq!(at.to_string(), "line 2, column 3, mechanism #1 `trust`");
/// # }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Location {
    /// The file, as given to the loader.
    pub file: Option<String>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column: in characters (Unicode scalar values) for JSON and GraphML, as
    /// most editors count them (one that counts UTF-16 units shows one more after each
    /// emoji); the field number for CSV.
    pub column: Option<usize>,
    /// The record the problem belongs to.
    pub record: Option<Record>,
    /// The field within the record, as a path (`label`, `evidence.citations[0].year`).
    pub field: Option<String>,
}

impl Location {
    /// A location naming only a record.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::{Location, Record};
    /// let at = Location::record(Record::Info);
    /// assert_eq!(at.to_string(), "model info");
    /// ```
    pub fn record(record: Record) -> Self {
        Location {
            record: Some(record),
            ..Location::default()
        }
    }

    /// A location naming only a line and column.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::Location;
    /// assert_eq!(Location::at(4, 1).to_string(), "line 4, column 1");
    /// ```
    pub fn at(line: usize, column: usize) -> Self {
        Location {
            line: Some(line),
            column: Some(column),
            ..Location::default()
        }
    }

    /// The place just after `text` (its last line, the column after its last character),
    /// in characters as editors count them: where a file that ends too soon lacks
    /// something, or where the text read so far stops.
    pub(crate) fn after(text: &str) -> Self {
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Location::at(line, column)
    }

    /// The same location in a file.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::Location;
    /// assert_eq!(Location::at(4, 1).in_file("model.json").to_string(), "model.json:4:1");
    /// ```
    pub fn in_file(mut self, file: &str) -> Self {
        self.file = Some(file.to_owned());
        self
    }

    /// The same location, narrowed to a field of the record.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::error::{Location, Record};
    /// let at = Location::record(Record::Info).with_field("tallies[0].excerpt_share");
    /// assert_eq!(at.to_string(), "model info, at `tallies[0].excerpt_share`");
    /// ```
    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_owned());
        self
    }

    /// True when nothing is known.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::error::Location::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.file.is_none()
            && self.line.is_none()
            && self.column.is_none()
            && self.record.is_none()
            && self.field.is_none()
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        // a file name may hold anything a path can
        match (self.file.as_deref().map(Bounded), self.line, self.column) {
            (Some(file), Some(line), Some(column)) => parts.push(format!("{file}:{line}:{column}")),
            (Some(file), Some(line), None) => parts.push(format!("{file}:{line}")),
            (Some(file), None, _) => parts.push(file.to_string()),
            (None, Some(line), Some(column)) => parts.push(format!("line {line}, column {column}")),
            (None, Some(line), None) => parts.push(format!("line {line}")),
            (None, None, _) => {}
        }
        if let Some(record) = &self.record {
            parts.push(record.to_string());
        }
        if let Some(field) = &self.field {
            parts.push(format!("at {}", Quoted(field)));
        }
        f.write_str(&parts.join(", "))
    }
}

/// The record a problem belongs to, by its position in declaration (file) order and its id
/// when it has a usable one.
///
/// # Example
///
/// ```
/// use isp_moc::error::Record;
/// let r = Record::Link { position: 5, from: Some("trust".into()), to: Some("openness".into()) };
/// assert_eq!(r.to_string(), "link #5 `trust` -> `openness`");
/// assert_eq!(Record::Mechanism { position: 3, id: None }.to_string(), "mechanism #3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Record {
    /// The document as a whole (its top level: `format_version`, unknown top-level fields).
    Document,
    /// The model info.
    Info,
    /// The `position`-th mechanism (1-based, declaration order).
    Mechanism {
        /// 1-based position among the mechanisms.
        position: usize,
        /// Its id, when the record has a valid one.
        id: Option<String>,
    },
    /// The `position`-th link (1-based, declaration order).
    Link {
        /// 1-based position among the links.
        position: usize,
        /// Its source id, when readable.
        from: Option<String>,
        /// Its target id, when readable.
        to: Option<String>,
    },
    /// The `position`-th rating of a site's context profile (1-based; for a rating matrix,
    /// the row).
    Rating {
        /// The site the profile describes.
        site: String,
        /// 1-based position among the site's ratings.
        position: usize,
    },
    /// The `position`-th study of a study table (1-based; for a CSV file, the data row).
    Study {
        /// 1-based position among the studies.
        position: usize,
        /// Its id, when it has a usable one.
        id: Option<String>,
    },
    /// The `position`-th coded excerpt (1-based; for a CSV file, the data row).
    Excerpt {
        /// 1-based position among the excerpts.
        position: usize,
    },
    /// An element of an XML file that is not a model record (a GraphML `<key>` or
    /// `<graph>`), by its name and `id` attribute.
    Element {
        /// The element's local name.
        name: String,
        /// Its `id` attribute, when it has one.
        id: Option<String>,
    },
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::Document => f.write_str("document"),
            Record::Info => f.write_str("model info"),
            Record::Mechanism { position, id } => {
                write!(f, "mechanism #{position}")?;
                match id {
                    Some(id) => write!(f, " {}", Quoted(id)),
                    None => Ok(()),
                }
            }
            Record::Link { position, from, to } => {
                write!(f, "link #{position}")?;
                match (from, to) {
                    (Some(a), Some(b)) => write!(f, " {} -> {}", Quoted(a), Quoted(b)),
                    (Some(a), None) => write!(f, " from {}", Quoted(a)),
                    (None, Some(b)) => write!(f, " to {}", Quoted(b)),
                    (None, None) => Ok(()),
                }
            }
            Record::Rating { site, position } => {
                write!(f, "site {}, rating #{position}", Quoted(site))
            }
            Record::Study { position, id } => {
                write!(f, "study #{position}")?;
                match id {
                    Some(id) => write!(f, " {}", Quoted(id)),
                    None => Ok(()),
                }
            }
            Record::Excerpt { position } => write!(f, "excerpt #{position}"),
            Record::Element { name, id } => {
                write!(f, "<{}>", Escaped(name))?;
                match id {
                    Some(id) => write!(f, " {}", Quoted(id)),
                    None => Ok(()),
                }
            }
        }
    }
}

//! [`CsvMapping`]: which column of a coded-excerpt or study spreadsheet holds what.

use super::Code;
use crate::vocab::CfirVersion;

vocabulary! {
    /// A field of a coded-excerpt or study spreadsheet, and the column title it has by
    /// default (its id). [`CsvMapping::with_column`] gives it another title.
    ///
    /// ```
    /// use isp_moc::synth::Field;
    /// assert_eq!(Field::Study.as_str(), "study");
    /// assert_eq!(Field::ALL.len(), 14);
    /// ```
    pub enum Field ("spreadsheet field") {
        Study = "study" {
            "Study",
            "The study's id; in a study table derived from the citation when empty.",
        },
        Citation = "citation" {
            "Citation",
            "How the study is cited: `Authors YYYY`, optionally a suffix letter and `, locator`.",
        },
        Location = "location" {
            "Location",
            "Country or region of the study.",
        },
        Design = "design" {
            "Design",
            "Qualitative, quantitative or mixed.",
        },
        Sector = "sector" {
            "Sector",
            "The service sector.",
        },
        Roles = "roles" {
            "ISP roles",
            "The ISP roles the study examines, a list.",
        },
        Doi = "doi" {
            "DOI",
            "The study's DOI.",
        },
        Valence = "valence" {
            "Valence",
            "Enabling or hindering.",
        },
        Resource = "resource" {
            "Resource",
            "The ISP resource that triggered the response.",
        },
        Reasoning = "reasoning" {
            "Reasoning",
            "The responses coded (COM-B components or relational), a list.",
        },
        Context = "context" {
            "Context",
            "The CFIR placements coded, a list of context codes.",
        },
        Mechanisms = "mechanisms" {
            "Mechanisms",
            "The mechanism ids the excerpt evidences, a list in path order.",
        },
        Text = "text" {
            "Text",
            "The quoted text, kept as written.",
        },
        Page = "page" {
            "Page",
            "Where in the publication.",
        },
    }
}

impl Field {
    /// True for the fields that describe a study rather than an excerpt.
    pub(crate) fn is_study_metadata(self) -> bool {
        matches!(
            self,
            Field::Citation
                | Field::Location
                | Field::Design
                | Field::Sector
                | Field::Roles
                | Field::Doi
        )
    }
}

/// How to read a coded-excerpt or study spreadsheet: the title of each field's column, the
/// flag columns (one code each, cells `1`/`0`), columns to ignore, the CFIR edition of
/// unprefixed context terms, the delimiter and the list separator.
///
/// By default a column whose title is a field's id is that field (`study`, `valence`,
/// `resource`, `reasoning`, `context`, `mechanisms`, `text`, `page`, `citation`,
/// `location`, `design`, `sector`, `roles`, `doi`; case and spacing ignored), and a column
/// whose title is the id or label of a code is a flag column for that code (`Skills`,
/// `Relational`, `Hindering`, `2009:Culture`). Any other column is an error unless ignored:
/// nothing in a file is dropped unsaid.
///
/// # Example
///
/// ```
/// use isp_moc::synth::{Code, CsvMapping, Field};
/// use isp_moc::vocab::ReasoningType;
/// let mapping = CsvMapping::new()
///     .with_column(Field::Study, "Document")
///     .with_flag("Trust", Code::Reasoning(ReasoningType::Relational))
///     .with_ignored("Coder")
///     .with_delimiter(b';');
/// assert_eq!(mapping.column(Field::Study), "Document");
/// assert_eq!(mapping.column(Field::Valence), "valence");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsvMapping {
    columns: Vec<(Field, String)>,
    flags: Vec<(String, Code)>,
    ignored: Vec<String>,
    /// Ignore every column that is neither a field nor a code (off by default).
    pub ignore_unknown: bool,
    /// The edition of context terms written without `2009:` or `2022:` (CFIR 2009 by
    /// default, the review's edition).
    pub edition: CfirVersion,
    /// The field delimiter (`,` by default).
    pub delimiter: u8,
    /// The separator of list cells (`;` by default): reasoning, context, mechanisms, roles.
    pub list_separator: char,
}

impl Default for CsvMapping {
    fn default() -> Self {
        CsvMapping {
            columns: Vec::new(),
            flags: Vec::new(),
            ignored: Vec::new(),
            ignore_unknown: false,
            edition: CfirVersion::Cfir2009,
            delimiter: b',',
            list_separator: ';',
        }
    }
}

impl CsvMapping {
    /// The default mapping (see the type's documentation).
    ///
    /// # Example
    ///
    /// ```
    /// let m = isp_moc::synth::CsvMapping::new();
    /// assert_eq!((m.delimiter, m.list_separator), (b',', ';'));
    /// ```
    pub fn new() -> Self {
        CsvMapping::default()
    }

    /// Reads `field` from the column titled `title` instead of its id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::{CsvMapping, Field};
    /// let m = CsvMapping::new().with_column(Field::Text, "Coded segment");
    /// assert_eq!(m.column(Field::Text), "Coded segment");
    /// ```
    pub fn with_column(mut self, field: Field, title: &str) -> Self {
        self.columns.retain(|(f, _)| *f != field);
        self.columns.push((field, title.trim().to_owned()));
        self
    }

    /// Reads the column titled `title` as a flag for `code`: a true cell (`1`, `true`,
    /// `yes`, `x` or a positive count) codes the excerpt with it; a false or empty cell
    /// does not.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::{Code, CsvMapping};
    /// use isp_moc::vocab::IspResource;
    /// let m = CsvMapping::new().with_flag("Strategy use", Code::Resource(IspResource::Skills));
    /// assert_eq!(m.flag("strategy use"), Some(Code::Resource(IspResource::Skills)));
    /// ```
    pub fn with_flag(mut self, title: &str, code: Code) -> Self {
        let key = crate::vocab::fold(title);
        self.flags.retain(|(t, _)| crate::vocab::fold(t) != key);
        self.flags.push((title.trim().to_owned(), code));
        self
    }

    /// Ignores the column titled `title` (a coder's name, a row number).
    ///
    /// # Example
    ///
    /// ```
    /// let m = isp_moc::synth::CsvMapping::new().with_ignored("Coder");
    /// assert!(m.is_ignored("coder"));
    /// ```
    pub fn with_ignored(mut self, title: &str) -> Self {
        self.ignored.push(title.trim().to_owned());
        self
    }

    /// Ignores every column that is neither a field nor a code.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::synth::CsvMapping::new().ignoring_unknown_columns().ignore_unknown);
    /// ```
    pub fn ignoring_unknown_columns(mut self) -> Self {
        self.ignore_unknown = true;
        self
    }

    /// Sets the edition of unprefixed context terms.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirVersion;
    /// let m = isp_moc::synth::CsvMapping::new().with_edition(CfirVersion::Cfir2022);
    /// assert_eq!(m.edition, CfirVersion::Cfir2022);
    /// ```
    pub fn with_edition(mut self, edition: CfirVersion) -> Self {
        self.edition = edition;
        self
    }

    /// Sets the field delimiter.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::synth::CsvMapping::new().with_delimiter(b'\t').delimiter, b'\t');
    /// ```
    pub fn with_delimiter(mut self, delimiter: u8) -> Self {
        self.delimiter = delimiter;
        self
    }

    /// Sets the list separator.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::synth::CsvMapping::new().with_list_separator('|').list_separator, '|');
    /// ```
    pub fn with_list_separator(mut self, separator: char) -> Self {
        self.list_separator = separator;
        self
    }

    /// The column title `field` is read from.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::{CsvMapping, Field};
    /// assert_eq!(CsvMapping::new().column(Field::Reasoning), "reasoning");
    /// ```
    pub fn column(&self, field: Field) -> &str {
        self.columns
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(field.as_str(), |(_, t)| t.as_str())
    }

    /// The code an explicitly mapped flag column stands for (titles compared ignoring case
    /// and spacing).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::synth::CsvMapping::new().flag("Skills"), None); // not explicit
    /// ```
    pub fn flag(&self, title: &str) -> Option<Code> {
        let key = crate::vocab::fold(title);
        self.flags
            .iter()
            .find(|(t, _)| crate::vocab::fold(t) == key)
            .map(|&(_, c)| c)
    }

    /// True when the column titled `title` is ignored by name.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!isp_moc::synth::CsvMapping::new().is_ignored("Coder"));
    /// ```
    pub fn is_ignored(&self, title: &str) -> bool {
        let key = crate::vocab::fold(title);
        self.ignored.iter().any(|t| crate::vocab::fold(t) == key)
    }

    /// The field whose column is titled `title` (case and spacing ignored).
    pub(crate) fn field_of(&self, title: &str) -> Option<Field> {
        let key = crate::vocab::fold(title);
        Field::ALL
            .iter()
            .copied()
            .find(|&f| crate::vocab::fold(self.column(f)) == key)
    }
}

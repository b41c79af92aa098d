//! Reading a CFIR rating matrix: one row per construct (or factor), one column per site,
//! cells in CFIR notation, as published tables and spreadsheets export them.

use std::path::Path;

use super::profile::ReadAt;
use super::resolve::factor_problem;
use super::{ContextProfile, RatingKey, SiteRating};
use crate::csv_text::{line_of, read_records};
use crate::error::{quoted, Location, Problem, Problems, Record};
use crate::model::MechanismKind;
use crate::vocab::{Cfir2022Construct, CfirRating, CfirVersion, RatingLegend, Term};
use crate::{ErrorKind, MechanismGraph, MechanismId, Result};

/// How to read a rating matrix: which CFIR edition its construct names belong to, the
/// project's legend, and the field delimiter.
///
/// # Example
///
/// ```
/// use isp_moc::assess::MatrixOptions;
/// use isp_moc::vocab::CfirVersion;
/// let o = MatrixOptions::new(CfirVersion::Cfir2022).with_delimiter(b';');
/// assert_eq!(o.edition, CfirVersion::Cfir2022);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MatrixOptions {
    /// The edition construct names in the first column belong to (names such as Relative
    /// Priority exist in both).
    pub edition: CfirVersion,
    /// The project's legend, given to every site's profile.
    pub legend: RatingLegend,
    /// The field delimiter (`,` by default; `;` or `\t` for some spreadsheet exports).
    pub delimiter: u8,
    /// The model's mechanisms (id, kind and label), by id, when the rows are to be checked
    /// against it ([`MatrixOptions::with_model`]); empty otherwise.
    model: Vec<(MechanismId, MechanismKind, String)>,
}

impl Default for MatrixOptions {
    fn default() -> Self {
        MatrixOptions::new(CfirVersion::Cfir2009)
    }
}

impl MatrixOptions {
    /// A matrix of `edition` constructs, comma-separated, with an empty legend.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::MatrixOptions;
    /// use isp_moc::vocab::CfirVersion;
    /// assert_eq!(MatrixOptions::default(), MatrixOptions::new(CfirVersion::Cfir2009));
    /// ```
    pub fn new(edition: CfirVersion) -> Self {
        MatrixOptions {
            edition,
            legend: RatingLegend::new(),
            delimiter: b',',
            model: Vec::new(),
        }
    }

    /// Sets the legend.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::MatrixOptions;
    /// use isp_moc::vocab::RatingLegend;
    /// let o = MatrixOptions::default().with_legend(RatingLegend::new().with_star("leaning"));
    /// assert!(o.legend.star.is_some());
    /// ```
    pub fn with_legend(mut self, legend: RatingLegend) -> Self {
        self.legend = legend;
        self
    }

    /// Sets the field delimiter.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::assess::MatrixOptions::default().with_delimiter(b'\t').delimiter, b'\t');
    /// ```
    pub fn with_delimiter(mut self, delimiter: u8) -> Self {
        self.delimiter = delimiter;
        self
    }

    /// Checks the factor rows against `graph` while reading, so that a misspelt factor id
    /// is reported with every other problem of the file, not only when the profiles are
    /// assessed. A row key that is the id of one of the model's mechanisms is read as that
    /// factor even where it is close to a construct's name (which would otherwise be read as
    /// that construct misspelt).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{read_rating_matrix, MatrixOptions};
    /// let g = isp_moc::catalog::figure2();
    /// let options = MatrixOptions::default().with_model(&g);
    /// let err = read_rating_matrix("construct,A\nisp_role_clarty,-1\nCulture,+3\n", &options)
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "2 problems:
    ///   line 2, column 1, at `construct`: unknown mechanism `isp_role_clarty`; did you mean `isp_role_clarity`?
    ///   line 3, column 2, site `A`, rating #2, at `A`: invalid CFIR rating `+3`: scores run from -2 to +2");
    /// ```
    pub fn with_model(mut self, graph: &MechanismGraph) -> Self {
        self.model = graph
            .mechanisms()
            .iter()
            .map(|m| (m.id.clone(), m.kind(), m.label.clone()))
            .collect();
        self.model.sort_by(|a, b| a.0.cmp(&b.0));
        self
    }

    /// The kind of the model's mechanism `id`, when a model is given and holds it.
    fn kind_of(&self, id: &str) -> Option<MechanismKind> {
        self.model
            .binary_search_by(|(m, _, _)| m.as_str().cmp(id))
            .ok()
            .and_then(|i| self.model.get(i))
            .map(|(_, kind, _)| *kind)
    }

    /// The model's context factor a row key that is neither a construct nor an id most
    /// likely means: one labelled so (`Principal support`), or whose id it is but for case
    /// and separators (`Available_Time`).
    fn factor_meant(&self, text: &str) -> Option<&MechanismId> {
        let near = crate::id::valid_near(text);
        self.model
            .iter()
            .filter(|(_, kind, _)| *kind == MechanismKind::Context)
            .find(|(id, _, label)| {
                label.trim().eq_ignore_ascii_case(text.trim())
                    || near.as_deref() == Some(id.as_str())
            })
            .map(|(id, _, _)| id)
    }

    /// Why a factor row's `id` is not one of the model's context factors (nothing without
    /// a model).
    fn factor_problem(&self, id: &str) -> Option<ErrorKind> {
        if self.model.is_empty() {
            return None;
        }
        let factors = self
            .model
            .iter()
            .filter(|(_, kind, _)| *kind == MechanismKind::Context)
            .map(|(m, _, _)| m.as_str());
        factor_problem(id, self.kind_of(id), factors)
    }
}

/// Reads a CFIR rating matrix as one [`ContextProfile`] per site, in column order.
///
/// The first row names the sites (its first cell, the key column's title, is ignored);
/// each further row rates one construct or factor: its first cell is a construct of the
/// options' edition (id, name or, for CFIR 2009, code such as `II.D`) or a context factor
/// id of the model, the other cells are ratings in any CFIR notation (`-2` … `+2`, `-1*`,
/// `0 (mixed)`, `X`, `M`, `I`, `E`); an empty cell is not rated. A byte-order mark is
/// ignored.
///
/// # Errors
///
/// Every bad cell at once, each with its line and column (the 1-based field number) and
/// the site: an unknown construct (with a did-you-mean), a rating in no known notation, a
/// row with more or fewer cells than the header (an empty cell is written, as in `+1,,-2`
/// or a row ending in `,`; a missing one is not read as unrated), a site named twice or
/// unnamed; or
/// [`ErrorKind::Syntax`] for text the CSV reader cannot read. Nothing is returned unless
/// every cell is valid.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{read_rating_matrix, MatrixOptions};
/// let text = "construct,Northside,Eastside\n\
///             Leadership Engagement,+2,-2\n\
///             Available Resources,+1,-2\n\
///             isp_role_clarity,,-1\n";
/// let sites = read_rating_matrix(text, &MatrixOptions::default())?;
/// assert_eq!(sites.len(), 2);
/// assert_eq!(sites[1].site, "Eastside");
/// assert_eq!(sites[1].ratings.len(), 3);
/// assert_eq!(sites[0].ratings.len(), 2); // the empty cell is not rated
///
/// let err = read_rating_matrix("construct,A\nLeadership Engagment,+3\n", &MatrixOptions::default())
///     .unwrap_err();
/// assert_eq!(err.to_string(), "2 problems:
///   line 2, column 1, at `construct`: unknown CFIR 2009 construct `Leadership Engagment`; did you mean `leadership_engagement`?
///   line 2, column 2, site `A`, rating #1, at `A`: invalid CFIR rating `+3`: scores run from -2 to +2");
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_rating_matrix(text: &str, options: &MatrixOptions) -> Result<Vec<ContextProfile>> {
    let rows = read_records(text, options.delimiter)?;
    let mut problems = Problems::new();
    let Some((header, body)) = rows.split_first() else {
        return Err(ErrorKind::Syntax {
            format: "CSV",
            message: "an empty file; the first row names the sites".to_owned(),
        }
        .into());
    };
    let header_line = line_of(header);
    let key_title = header.get(0).unwrap_or("key").to_owned();
    // Columns empty in every row, after the last named site, are no sites: spreadsheets
    // export a sheet's unused columns so (`construct;North;East;;`).
    let blank = |cell: Option<&str>| cell.is_none_or(|c| c.trim().is_empty());
    let mut width = header.len();
    // (one site column is always kept: a sheet without a named site is told so)
    while width > 2
        && blank(header.get(width - 1))
        && body.iter().all(|row| blank(row.get(width - 1)))
    {
        width -= 1;
    }
    let mut profiles: Vec<ContextProfile> = Vec::new();
    let mut named: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (column, name) in header.iter().enumerate().take(width).skip(1) {
        let name = name.trim();
        let at = Location::at(header_line, column + 1);
        if name.is_empty() {
            problems.add(
                ErrorKind::InvalidProfile {
                    reason: "a site column needs a name in the first row".to_owned(),
                },
                at,
            );
        } else if !named.insert(name) {
            problems.add(
                ErrorKind::InvalidProfile {
                    reason: format!("site {} is named twice", quoted(name)),
                },
                at,
            );
        }
        profiles.push(ContextProfile::new(name).with_legend(options.legend.clone()));
    }
    for (row, record) in body.iter().enumerate() {
        let line = line_of(record);
        let position = row + 1;
        let place = |column: usize, site: &str, field: &str| {
            let mut at = Location::at(line, column);
            at.record = Some(Record::Rating {
                site: site.to_owned(),
                position,
            });
            at.with_field(field)
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        // a short row would leave its last sites silently unrated, a long one rate no
        // site: either way the cells may be shifted, so the row's count must be the
        // header's (placed at the first cell too many, or the first missing)
        // (the unused columns after the last site, empty in every row, do not count; a
        // row longer than the first is placed at its first cell too many)
        if !(width..=header.len()).contains(&record.len()) {
            let (expected, at) = if record.len() > header.len() {
                (header.len(), header.len() + 1)
            } else {
                (width, record.len() + 1)
            };
            let sites = if expected == width {
                format!(
                    " (the key and {})",
                    crate::prose::counted(width.saturating_sub(1), "site")
                )
            } else {
                String::new()
            };
            problems.add(
                ErrorKind::InvalidProfile {
                    reason: format!(
                        "this row has {}, but the first row has {expected}{sites}",
                        crate::prose::counted(record.len(), "cell"),
                    ),
                },
                Location::at(line, at),
            );
        }
        let key_text = record.get(0).unwrap_or("").trim();
        let key = match key(key_text, options) {
            Ok(RatingKey::Factor(id)) => match options.factor_problem(id.as_str()) {
                Some(kind) => {
                    problems
                        .push(Problem::new(kind).at(Location::at(line, 1).with_field(&key_title)));
                    None
                }
                None => Some(RatingKey::Factor(id)),
            },
            Ok(k) => Some(k),
            Err(kind) => {
                problems.push(Problem::new(kind).at(Location::at(line, 1).with_field(&key_title)));
                None
            }
        };
        // only the row's own cells: a short row costs nothing however wide the header
        for (i, (profile, cell)) in profiles.iter_mut().zip(record.iter().skip(1)).enumerate() {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<CfirRating>() {
                Ok(rating) => {
                    if let Some(key) = &key {
                        let mut rating = SiteRating::new(key.clone(), rating);
                        // the row's key is what the assessment may find wrong
                        rating.read_at = ReadAt(Some(place(1, &profile.site, &key_title)));
                        profile.ratings.push(rating);
                    }
                }
                Err(e) => problems.push(Problem::new(e.into_kind()).at(place(
                    i + 2,
                    &profile.site,
                    &profile.site,
                ))),
            }
        }
    }
    problems.finish()?;
    Ok(profiles)
}

/// Reads a rating matrix file (see [`read_rating_matrix`]); problems name the file.
///
/// # Errors
///
/// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::Syntax`] (`CSV`) when it
/// is not UTF-8 text (placed at its first byte that is not), and every error of
/// [`read_rating_matrix`].
///
/// # Example
///
/// ```
/// use isp_moc::assess::{read_rating_matrix_file, MatrixOptions};
/// let path = std::env::temp_dir().join("isp-moc-doc-matrix.csv");
/// std::fs::write(&path, "construct,A\nCulture,+1\n").unwrap();
/// let sites = read_rating_matrix_file(&path, &MatrixOptions::default())?;
/// assert_eq!(sites[0].ratings.len(), 1);
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_rating_matrix_file(
    path: impl AsRef<Path>,
    options: &MatrixOptions,
) -> Result<Vec<ContextProfile>> {
    let path = path.as_ref();
    let text = crate::limits::read_text_file(path, "CSV")?;
    let file = path.display().to_string();
    let mut profiles = read_rating_matrix(&text, options).map_err(|e| e.in_file(&file))?;
    super::profile::read_from_file(&mut profiles, &file);
    Ok(profiles)
}

/// A row key: a construct of the options' edition (id, name or code), else a factor id.
fn key(text: &str, options: &MatrixOptions) -> std::result::Result<RatingKey, ErrorKind> {
    let factor_or = |text: &str, construct_error| match options.kind_of(text) {
        // the model's own id, however close to a construct's name
        Some(_) => MechanismId::new(text)
            .map(RatingKey::Factor)
            .map_err(|e| e.into_kind()),
        None => match options.factor_meant(text) {
            // a factor's label, or its id miswritten: not a construct misspelt
            Some(id) if MechanismId::new(text).is_err() => Err(ErrorKind::UnknownMechanism {
                id: text.to_owned(),
                suggestion: Some(id.to_string()),
            }),
            _ => factor_or(text, construct_error),
        },
    };
    match options.edition {
        CfirVersion::Cfir2022 => match Cfir2022Construct::lookup(text) {
            Ok(c) => Ok(RatingKey::Cfir2022(c)),
            Err(e) => factor_or(text, e.into_kind()),
        },
        _ => match crate::vocab::cfir_2009_construct(text) {
            Ok(c) => Ok(RatingKey::Cfir2009(c)),
            Err(e) => factor_or(text, e.into_kind()),
        },
    }
}

/// A factor key when `text` is a valid id (checked against the model on assessment),
/// else the construct error.
fn factor_or(text: &str, construct_error: ErrorKind) -> std::result::Result<RatingKey, ErrorKind> {
    match MechanismId::new(text) {
        Ok(id)
            if !matches!(
                construct_error,
                ErrorKind::UnknownTerm {
                    suggestion: Some(_),
                    ..
                }
            ) =>
        {
            Ok(RatingKey::Factor(id))
        }
        _ => Err(construct_error),
    }
}

//! Reading coded excerpts and studies from CSV, in the shape qualitative-analysis tools and
//! spreadsheets export them.

use std::collections::BTreeMap;
use std::path::Path;

use super::{Code, CsvMapping, EvidenceBase, Excerpt, Field};
use crate::csv_text::{line_of, read_records};
use crate::error::{quoted, Location, Problem, Problems};
use crate::model::{Citation, Sector, Study, StudyDesign, StudyId, Valence};
use crate::vocab::{IspResource, IspRole, ReasoningType, Term};
use crate::{Error, ErrorKind, MechanismId, Result};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Field(Field),
    Flag(Code),
    Ignored,
}

/// Reads a coded-excerpt spreadsheet, a study table, or one sheet that is both, as an
/// [`EvidenceBase`].
///
/// The first row titles the columns (see [`CsvMapping`] for how titles are read); each
/// further row is one excerpt when the sheet has any excerpt column (valence, resource,
/// reasoning, context, mechanisms, text, page or a flag column), else one study. Study
/// columns (citation, location, design, sector, roles, doi) on an excerpt sheet describe
/// the excerpt's study: rows of one study must agree. List cells (reasoning, context,
/// mechanisms, roles) separate items with the mapping's list separator; flag cells are
/// `1`/`0`, `true`/`false`, `yes`/`no`, `x` or a count, empty meaning not coded. Cells are
/// trimmed, except the quoted text. Empty rows are skipped; a byte-order mark is ignored.
///
/// # Errors
///
/// Every problem at once, each with its line and column (1-based) and the column's title:
/// an unknown column (with a did-you-mean), a field given two columns, a missing study or
/// valence, an unknown code, citation, design, sector, role or mechanism id, a bad flag, two
/// resource codes on one excerpt (code it `combination`), a study described two ways, a
/// row longer than the header (unless its extra cells are empty, as a row ending in `,`)
/// or shorter than its titled columns (an empty cell is written, `a,,b`; a missing one is
/// not read as empty), an excerpt repeating an earlier row exactly (the evidence base
/// would count it once: give each excerpt its text or page); or [`ErrorKind::Syntax`] for text the CSV reader cannot
/// read. Nothing is returned unless every row is valid.
///
/// # Example
///
/// ```
/// use isp_moc::synth::{read_evidence_csv, CsvMapping};
/// let sheet = "study,citation,location,valence,Skills,Attitudes,reasoning,text\n\
///              akin_2016,Akin 2016,US,enabling,1,0,relational; capability,\"regular, reliable presence\"\n\
///              akin_2016,Akin 2016,US,hindering,0,1,motivation,\n";
/// let base = read_evidence_csv(sheet, &CsvMapping::new())?;
/// assert_eq!((base.studies.len(), base.excerpts.len()), (1, 2));
/// assert_eq!(base.excerpts[0].reasoning.len(), 2);
///
/// let bad = "study,valence,Skils\nakin_2016,enabeling,1\n";
/// let err = read_evidence_csv(bad, &CsvMapping::new()).unwrap_err();
/// assert_eq!(err.to_string(), "2 problems:
///   line 1, column 3, at `Skils`: unknown column `Skils`: neither a field nor a code; did you mean `skills`?
///   line 2, column 2, at `valence`: unknown valence `enabeling`; did you mean `enabling`? (expected `enabling` or `hindering`)");
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_evidence_csv(text: &str, mapping: &CsvMapping) -> Result<EvidenceBase> {
    let rows = read_records(text, mapping.delimiter)?;
    let Some((header, body)) = rows.split_first() else {
        return Err(ErrorKind::Syntax {
            format: "CSV",
            message: "an empty file; the first row titles the columns".to_owned(),
        }
        .into());
    };
    let mut problems = Problems::new();
    let header_line = line_of(header);
    let columns = read_header(header, header_line, body, mapping, &mut problems);
    let has = |field: Field| columns.contains(&Column::Field(field));
    let excerpt_sheet = columns.iter().any(|c| match c {
        Column::Flag(_) => true,
        Column::Field(f) => !f.is_study_metadata() && *f != Field::Study,
        Column::Ignored => false,
    });
    let no_study = !has(Field::Study) && !has(Field::Citation);
    if no_study {
        problems.add(
            ErrorKind::InvalidValue {
                field: mapping.column(Field::Study).to_owned(),
                message: format!(
                    "no {} column: every row names its study (or, in a study table, its citation)",
                    quoted(mapping.column(Field::Study))
                ),
            },
            Location::at(header_line, 1),
        );
    }
    let metadata = columns
        .iter()
        .any(|c| matches!(c, Column::Field(f) if f.is_study_metadata()));
    let no_citation = metadata && !has(Field::Citation);
    if no_citation {
        problems.add(
            ErrorKind::InvalidValue {
                field: mapping.column(Field::Citation).to_owned(),
                message: format!(
                    "study columns need a {} column to make a study",
                    quoted(mapping.column(Field::Citation))
                ),
            },
            Location::at(header_line, 1),
        );
    }
    if no_study || no_citation {
        // rows cannot be read without their study; the header's problems are the answer
        return problems.finish().map(|()| EvidenceBase::new());
    }

    // the cells a row must have: up to the last titled column
    let titled = header
        .iter()
        .enumerate()
        .filter(|(_, title)| !title.trim().is_empty())
        .map(|(i, _)| i + 1)
        .last()
        .unwrap_or(0);
    let mut studies: BTreeMap<StudyId, (Study, usize)> = BTreeMap::new();
    let mut excerpts = Vec::new();
    // each excerpt read and its line: an evidence base keeps an excerpt once, so a row
    // repeating another exactly would silently count once
    let mut read: std::collections::HashMap<Excerpt, usize> = std::collections::HashMap::new();
    for record in body {
        let line = line_of(record);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let mut row = Row {
            line,
            record,
            header,
            mapping,
            problems: &mut problems,
        };
        if record.len() > columns.len()
            && record
                .iter()
                .skip(columns.len())
                .any(|c| !c.trim().is_empty())
        {
            row.problems.add(
                ErrorKind::InvalidValue {
                    field: "row".to_owned(),
                    message: format!(
                        "this row has {} cells, but the first row titles {} columns",
                        record.len(),
                        columns.len()
                    ),
                },
                Location::at(line, columns.len() + 1),
            );
        }
        // a row short of a titled column would read its missing cells as empty (uncoded,
        // no text) and may have its cells shifted: the header's titled columns are needed
        // (trailing untitled ones, empty by the header check, may be left out)
        if record.len() < titled {
            row.problems.add(
                ErrorKind::InvalidValue {
                    field: "row".to_owned(),
                    message: format!(
                        "this row has {}, but the first row titles {}",
                        crate::prose::counted(record.len(), "cell"),
                        crate::prose::counted(titled, "column")
                    ),
                },
                Location::at(line, record.len() + 1),
            );
        }
        let Some((id, study)) = row.study(&columns) else {
            continue;
        };
        if let Some(study) = study {
            match studies.get(&study.id) {
                Some((first, first_line)) if *first != study => row.problems.add(
                    ErrorKind::InvalidValue {
                        field: "study".to_owned(),
                        message: format!(
                            "study {} is described differently on line {first_line} (in {}); \
                             rows of one study must agree",
                            quoted(study.id.as_str()),
                            differing(first, &study, mapping).join(", ")
                        ),
                    },
                    Location::at(line, 1),
                ),
                Some(_) => {}
                None => {
                    studies.insert(study.id.clone(), (study, line));
                }
            }
        }
        if excerpt_sheet {
            if let Some(mut excerpt) = row.excerpt(id, &columns) {
                for p in &mut excerpt.context {
                    p.normalize();
                }
                match read.get(&excerpt) {
                    Some(first) => row.problems.add(
                        ErrorKind::InvalidValue {
                            field: "row".to_owned(),
                            message: format!(
                                "this excerpt repeats line {first} exactly (study, valence, \
                                 codes, text and page): an evidence base counts an excerpt \
                                 once, so give each its text or page, or delete the repeat"
                            ),
                        },
                        Location::at(line, 1),
                    ),
                    None => {
                        read.insert(excerpt.clone(), line);
                        excerpts.push(excerpt);
                    }
                }
            }
        }
    }
    problems.finish()?;
    Ok(EvidenceBase::from_parts(
        studies.into_values().map(|(s, _)| s).collect(),
        excerpts,
    ))
}

/// Reads a coded-excerpt or study spreadsheet file (see [`read_evidence_csv`]); problems
/// name the file.
///
/// # Errors
///
/// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::InputTooLarge`] over
/// [`MAX_INPUT_BYTES`](crate::limits::MAX_INPUT_BYTES), [`ErrorKind::Syntax`] (`CSV`) when
/// it is not UTF-8 text (placed at its first byte that is not), and every error of
/// [`read_evidence_csv`].
///
/// # Example
///
/// ```
/// use isp_moc::synth::{read_evidence_csv_file, CsvMapping};
/// let path = std::env::temp_dir().join("isp-moc-doc-studies.csv");
/// std::fs::write(&path, "citation,design\nAkin 2016,qualitative\n").unwrap();
/// let base = read_evidence_csv_file(&path, &CsvMapping::new())?;
/// assert_eq!(base.studies[0].id, "akin_2016");
/// # std::fs::remove_file(path).unwrap();
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn read_evidence_csv_file(
    path: impl AsRef<Path>,
    mapping: &CsvMapping,
) -> Result<EvidenceBase> {
    let path = path.as_ref();
    // the shared reader: the input limit, and a file that is not UTF-8 said so, placed
    let text = crate::limits::read_text_file(path, "CSV")?;
    read_evidence_csv(&text, mapping).map_err(|e| e.in_file(&path.display().to_string()))
}

/// What each column holds; problems for unknown, duplicate and untitled columns.
fn read_header(
    header: &csv::StringRecord,
    line: usize,
    body: &[csv::StringRecord],
    mapping: &CsvMapping,
    problems: &mut Problems,
) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::new();
    for (i, title) in header.iter().enumerate() {
        let at = Location::at(line, i + 1).with_field(title.trim());
        let title = title.trim();
        let column = if title.is_empty() {
            if body
                .iter()
                .any(|r| r.get(i).is_some_and(|c| !c.trim().is_empty()))
            {
                problems.add(
                    ErrorKind::InvalidValue {
                        field: "column".to_owned(),
                        message: "a column with cells needs a title".to_owned(),
                    },
                    Location::at(line, i + 1),
                );
            }
            Column::Ignored
        } else if let Some(field) = mapping.field_of(title) {
            Column::Field(field)
        } else if let Some(code) = mapping.flag(title) {
            Column::Flag(code)
        } else if mapping.is_ignored(title) {
            Column::Ignored
        } else if let Ok(code) = Code::parse(title, mapping.edition) {
            Column::Flag(code)
        } else if mapping.ignore_unknown {
            Column::Ignored
        } else {
            let mut message = format!(
                "unknown column {}: neither a field nor a code",
                quoted(title)
            );
            let names = Field::ALL
                .iter()
                .map(|&f| mapping.column(f))
                .chain(IspResource::ALL.iter().map(|r| r.as_str()))
                .chain(ReasoningType::ALL.iter().map(|r| r.as_str()))
                .chain(Valence::ALL.iter().map(|v| v.as_str()));
            match crate::suggest::nearest(&title.to_lowercase(), names) {
                Some(near) => message.push_str(&format!("; did you mean `{near}`?")),
                None => message.push_str(
                    "; name the field it holds (`--column FIELD=TITLE`; in Rust \
                     `CsvMapping::with_column`), the code it flags (`--flag TITLE=CODE`; \
                     `with_flag`), or skip it (`--ignore TITLE`; `with_ignored`)",
                ),
            }
            problems.add(
                ErrorKind::InvalidValue {
                    field: title.to_owned(),
                    message,
                },
                at.clone(),
            );
            Column::Ignored
        };
        if column != Column::Ignored {
            if let Some(first) = columns.iter().position(|c| *c == column) {
                problems.add(
                    ErrorKind::InvalidValue {
                        field: title.to_owned(),
                        message: format!(
                            "column {} repeats column {} ({} says the same)",
                            i + 1,
                            first + 1,
                            quoted(header.get(first).unwrap_or("").trim())
                        ),
                    },
                    at,
                );
            }
        }
        columns.push(column);
    }
    columns
}

/// One data row being read, and where its problems go.
struct Row<'a> {
    line: usize,
    record: &'a csv::StringRecord,
    header: &'a csv::StringRecord,
    mapping: &'a CsvMapping,
    problems: &'a mut Problems,
}

impl<'a> Row<'a> {
    /// The location of column `i` (0-based) on this row.
    fn at(&self, i: usize) -> Location {
        Location::at(self.line, i + 1).with_field(self.header.get(i).unwrap_or("").trim())
    }

    fn report(&mut self, i: usize, error: Error) {
        let at = self.at(i);
        self.problems.push(Problem::new(error.into_kind()).at(at));
    }

    fn invalid(&mut self, i: usize, message: String) {
        let at = self.at(i);
        let field = self.header.get(i).unwrap_or("").trim().to_owned();
        self.problems
            .add(ErrorKind::InvalidValue { field, message }, at);
    }

    /// The trimmed cell of `field`'s column and its index, when the sheet has one and the
    /// cell is not empty.
    fn cell(&self, columns: &[Column], field: Field) -> Option<(usize, &'a str)> {
        let i = columns.iter().position(|c| *c == Column::Field(field))?;
        let cell = self.record.get(i).unwrap_or("").trim();
        (!cell.is_empty()).then_some((i, cell))
    }

    /// The items of a list cell.
    fn items<'c>(&self, cell: &'c str) -> impl Iterator<Item = &'c str> {
        let separator = self.mapping.list_separator;
        cell.split(separator)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The row's study id and, when the sheet has study columns, its study record.
    fn study(&mut self, columns: &[Column]) -> Option<(StudyId, Option<Study>)> {
        let citation = match self.cell(columns, Field::Citation) {
            Some((i, text)) => match text.parse::<Citation>() {
                Ok(c) => Some(c),
                Err(e) => {
                    self.report(i, e);
                    return None;
                }
            },
            None => None,
        };
        let id = match self.cell(columns, Field::Study) {
            Some((i, text)) => match StudyId::new(text) {
                Ok(id) => id,
                Err(e) => {
                    self.report(i, e);
                    return None;
                }
            },
            None => match &citation {
                Some(c) => StudyId::from_citation(c),
                None => {
                    let i = columns
                        .iter()
                        .position(|c| *c == Column::Field(Field::Study))
                        .unwrap_or(0);
                    self.invalid(i, "a row names its study: an id or a citation".to_owned());
                    return None;
                }
            },
        };
        let has_metadata = columns
            .iter()
            .any(|c| matches!(c, Column::Field(f) if f.is_study_metadata()));
        if !has_metadata {
            return Some((id, None));
        }
        let Some(citation) = citation else {
            let i = columns
                .iter()
                .position(|c| *c == Column::Field(Field::Citation))
                .unwrap_or(0);
            self.invalid(
                i,
                format!("study {} has no citation on this row", quoted(id.as_str())),
            );
            return None;
        };
        let mut study = Study::new(citation).with_id(id.clone());
        if let Some((_, text)) = self.cell(columns, Field::Location) {
            study = study.with_location(text);
        }
        if let Some((i, text)) = self.cell(columns, Field::Design) {
            match StudyDesign::lookup(text) {
                Ok(d) => study = study.with_design(d),
                Err(e) => self.report(i, e),
            }
        }
        if let Some((i, text)) = self.cell(columns, Field::Sector) {
            match Sector::lookup(text) {
                Ok(s) => study = study.with_sector(s),
                Err(e) => self.report(i, e),
            }
        }
        if let Some((i, text)) = self.cell(columns, Field::Roles) {
            for item in self.items(text).collect::<Vec<_>>() {
                match IspRole::lookup(item) {
                    Ok(r) => study = study.with_role(r),
                    Err(e) => self.report(i, e),
                }
            }
        }
        if let Some((_, text)) = self.cell(columns, Field::Doi) {
            study = study.with_doi(text);
        }
        Some((id, Some(study)))
    }

    /// The row's excerpt of study `id`.
    fn excerpt(&mut self, id: StudyId, columns: &[Column]) -> Option<Excerpt> {
        let before = self.problems.count();
        let mut valences: Vec<(usize, Valence)> = Vec::new();
        let mut unreadable_valence = false;
        let mut resources: Vec<(usize, IspResource)> = Vec::new();
        let mut reasoning: Vec<ReasoningType> = Vec::new();
        let mut context = Vec::new();
        let mut mechanisms: Vec<MechanismId> = Vec::new();
        for (i, column) in columns.iter().enumerate() {
            let cell = self.record.get(i).unwrap_or("");
            let trimmed = cell.trim();
            match *column {
                Column::Flag(code) => match flag(trimmed) {
                    Ok(false) => {}
                    Ok(true) => match code {
                        Code::Resource(r) => resources.push((i, r)),
                        Code::Reasoning(r) => reasoning.push(r),
                        Code::Valence(v) => valences.push((i, v)),
                        Code::Context(p) => context.push(p),
                    },
                    Err(message) => self.invalid(i, message),
                },
                Column::Field(_) | Column::Ignored if trimmed.is_empty() => {}
                Column::Field(Field::Valence) => match Valence::lookup(trimmed) {
                    Ok(v) => valences.push((i, v)),
                    Err(e) => {
                        unreadable_valence = true;
                        self.report(i, e);
                    }
                },
                Column::Field(Field::Resource) => {
                    for item in self.items(trimmed).collect::<Vec<_>>() {
                        match IspResource::lookup(item) {
                            Ok(r) => resources.push((i, r)),
                            Err(e) => self.report(i, e),
                        }
                    }
                }
                Column::Field(Field::Reasoning) => {
                    for item in self.items(trimmed).collect::<Vec<_>>() {
                        match ReasoningType::lookup(item) {
                            Ok(r) => reasoning.push(r),
                            Err(e) => self.report(i, e),
                        }
                    }
                }
                Column::Field(Field::Context) => {
                    for item in self.items(trimmed).collect::<Vec<_>>() {
                        match Code::parse_context(item, self.mapping.edition) {
                            Ok(p) => context.push(p),
                            Err(e) => self.report(i, e),
                        }
                    }
                }
                Column::Field(Field::Mechanisms) => {
                    for item in self.items(trimmed).collect::<Vec<_>>() {
                        match MechanismId::new(item) {
                            Ok(m) => mechanisms.push(m),
                            Err(e) => match ids_written_as_one(item) {
                                // `a, b` or `a -> b`: a list with another separator, not
                                // one id to be rewritten as `a_b`
                                Some(n) => self.invalid(
                                    i,
                                    format!(
                                        "{} looks like {n} mechanisms; separate the items of a \
                                         list with `{}`",
                                        quoted(item),
                                        self.mapping.list_separator
                                    ),
                                ),
                                None => self.report(i, e),
                            },
                        }
                    }
                }
                Column::Field(_) | Column::Ignored => {}
            }
        }
        valences.dedup_by_key(|(_, v)| *v);
        let valence = match valences.as_slice() {
            [(_, v)] => Some(*v),
            [] if unreadable_valence => None,
            [] => {
                let i = columns
                    .iter()
                    .position(|c| *c == Column::Field(Field::Valence))
                    .unwrap_or(0);
                self.invalid(
                    i,
                    "an excerpt needs a valence: enabling or hindering".to_owned(),
                );
                None
            }
            [.., (i, _)] => {
                self.invalid(
                    *i,
                    "an excerpt is enabling or hindering, not both".to_owned(),
                );
                None
            }
        };
        resources.sort_by_key(|&(_, r)| r);
        resources.dedup_by_key(|(_, r)| *r);
        if let [(_, a), .., (i, b)] = resources.as_slice() {
            let message = format!(
                "two resource codes on one excerpt (`{}`, `{}`); code it `combination`",
                a.as_str(),
                b.as_str()
            );
            self.invalid(*i, message);
        }
        let valence = valence?;
        if self.problems.count() > before {
            return None;
        }
        let mut excerpt = Excerpt::new(id, valence);
        if let Some(&(_, r)) = resources.first() {
            excerpt = excerpt.with_resource(r);
        }
        for r in reasoning {
            excerpt = excerpt.with_reasoning(r);
        }
        for p in context {
            excerpt = excerpt.with_context(p);
        }
        excerpt.mechanisms = mechanisms;
        if let Some(i) = columns
            .iter()
            .position(|c| *c == Column::Field(Field::Text))
        {
            excerpt = excerpt.with_text(self.record.get(i).unwrap_or(""));
        }
        if let Some((_, page)) = self.cell(columns, Field::Page) {
            excerpt = excerpt.with_page(page);
        }
        Some(excerpt)
    }
}

/// A flag cell: true, false (empty is false), or what is wrong.
fn flag(cell: &str) -> std::result::Result<bool, String> {
    match cell.to_ascii_lowercase().as_str() {
        "" | "0" | "false" | "no" | "n" | "f" => Ok(false),
        "1" | "true" | "yes" | "y" | "t" | "x" | "✓" => Ok(true),
        other => match other.parse::<u64>() {
            Ok(count) => Ok(count > 0),
            Err(_) => Err(format!(
                "{} is not a flag: write 1 or 0, true or false, yes or no, x, or leave it empty",
                quoted(cell)
            )),
        },
    }
}

/// The columns, by their titles in the sheet, in which two descriptions of one study
/// differ.
fn differing(a: &Study, b: &Study, mapping: &CsvMapping) -> Vec<String> {
    [
        (Field::Citation, a.citation != b.citation),
        (Field::Location, a.location != b.location),
        (Field::Design, a.design != b.design),
        (Field::Sector, a.sector != b.sector),
        (Field::Roles, a.roles != b.roles),
        (Field::Doi, a.doi != b.doi),
    ]
    .into_iter()
    .filter(|&(_, differs)| differs)
    .map(|(field, _)| format!("`{}`", mapping.column(field)))
    .collect()
}

/// How many ids `item` holds when it is several valid ids joined by something other than
/// the list separator (`a, b`, `a -> b`, `a | b`); `None` otherwise, and for ids joined by
/// blanks alone (`trust building` is more likely one id, `trust_building`).
fn ids_written_as_one(item: &str) -> Option<usize> {
    let joiner = |c: char| matches!(c, ',' | '|' | '/' | '>' | '→');
    if !item.contains(joiner) {
        return None;
    }
    let parts: Vec<&str> = item
        .split(|c: char| joiner(c) || c.is_whitespace())
        .map(|part| part.trim_matches('-'))
        .filter(|part| !part.is_empty())
        .collect();
    (parts.len() > 1 && parts.iter().all(|part| MechanismId::new(part).is_ok()))
        .then_some(parts.len())
}

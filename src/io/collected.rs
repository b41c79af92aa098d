//! [`Collected`]: the records a loader read, each with its position in the file, and the
//! problems found reading them; built into a graph with every problem reported at once.

use std::collections::HashSet;

use crate::error::{Location, Problem, Problems, Record, MAX_PROBLEMS};
use crate::model::{Link, Mechanism, ModelInfo, Study};
use crate::{Error, ErrorKind, MechanismGraph, ModelParts, Result};

/// Where a record starts in its file (line, column), for records that have one.
pub(crate) type Position = Option<(usize, usize)>;

/// Records of one kind that were read, and beside them (not in them, so the records move
/// into the graph without a copy) each one's 1-based position and where it starts.
///
/// Records read in order with no place in a file (a document's links, say) keep no
/// positions at all: a record without an entry in `at` is numbered by its index, so a
/// million links cost no table of a million `(n, None)`.
pub(crate) struct Placed<T> {
    pub(crate) records: Vec<T>,
    pub(crate) at: Vec<(usize, Position)>,
}

impl<T> Default for Placed<T> {
    fn default() -> Self {
        Placed {
            records: Vec::new(),
            at: Vec::new(),
        }
    }
}

impl<T> Placed<T> {
    /// Records read from a document without places, numbered from 1.
    pub(crate) fn numbered(records: Vec<T>) -> Self {
        Placed {
            records,
            at: Vec::new(),
        }
    }

    /// Room for `additional` more records (a loader that knows how many are coming).
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.records.reserve(additional);
    }

    pub(crate) fn push(&mut self, position: usize, start: Position, record: T) {
        if self.at.is_empty() && start.is_none() && position == self.records.len() + 1 {
            // still numbered by index
            self.records.push(record);
            return;
        }
        // records numbered so far get their positions first
        let numbered = self.at.len() + 1..=self.records.len();
        self.at.extend(numbered.map(|i| (i, None)));
        self.records.push(record);
        self.at.push((position, start));
    }

    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// `(position, start, record)` in reading order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, Position, &T)> {
        self.records.iter().enumerate().map(|(i, r)| {
            let (p, at) = self.at.get(i).copied().unwrap_or((i + 1, None));
            (p, at, r)
        })
    }
}

/// What a loader read, record by record.
#[derive(Default)]
pub(crate) struct Collected {
    pub(crate) info: ModelInfo,
    /// Mechanisms that were read, with their 1-based position and where they start.
    pub(crate) mechanisms: Placed<Mechanism>,
    /// Links that were read, likewise.
    pub(crate) links: Placed<Link>,
    pub(crate) studies: Placed<Study>,
    /// Mechanisms that could not be read, by id with their positions: links to them are
    /// not checked, so one mistake is not reported again at every link that names it.
    pub(crate) unreadable: Vec<(String, usize, Position)>,
    /// The valid form of each invalid id among them (`data_literacy` for `Data
    /// Literacy`): a link naming it is not reported as unknown either.
    pub(crate) unreadable_fixes: Vec<String>,
    /// File positions of links whose relation (or another required field) could not be
    /// read: stand-ins given to the builder only so that their ends and moderators are
    /// checked in the same run (their grammar is not checked). In file order.
    pub(crate) partial_links: Vec<usize>,
    /// Where the info starts.
    pub(crate) info_at: Position,
    /// Problems found while reading, in file order.
    pub(crate) problems: Problems,
}

impl Collected {
    /// Remembers a mechanism record that could not be read, so that links to it are not
    /// reported again as unknown. The builder, which checks ids, never sees the record, so
    /// an invalid id is reported here (with the record's other problems in one run), and
    /// links may name its valid form.
    pub(crate) fn add_unreadable(&mut self, id: String, position: usize, start: Position) {
        if let Some(reason) = crate::id::invalid_reason(&id) {
            self.problems.add(
                ErrorKind::InvalidId {
                    id: id.clone(),
                    reason,
                },
                at_record(Record::Mechanism { position, id: None }, start),
            );
            self.unreadable_fixes.extend(crate::id::valid_near(&id));
        }
        self.unreadable.push((id, position, start));
    }

    /// Builds the graph, or reports the reading problems together with the builder's (each
    /// placed at its record's position in the file), in declaration order.
    pub(crate) fn finish(self) -> Result<MechanismGraph> {
        let Collected {
            info,
            mechanisms,
            links,
            studies,
            unreadable,
            unreadable_fixes,
            partial_links,
            info_at,
            problems: reading,
        } = self;
        // checked before the graph is built
        crate::limits::check_records("mechanisms", mechanisms.len() + unreadable.len())?;
        crate::limits::check_records("links", links.len())?;
        crate::limits::check_records("studies", studies.len())?;
        if reading.is_empty() && unreadable.is_empty() {
            // Everything was read: build from the records themselves (no copies), keeping
            // only their positions to place the builder's problems, if any.
            let mut parts = ModelParts::new();
            parts.info = info;
            parts.mechanisms = mechanisms.records;
            parts.links = links.records;
            parts.studies = studies.records;
            return parts.build().map_err(|e| {
                let at = relocate(e, &mechanisms.at, &links.at, &studies.at, info_at, &[]);
                merge(vec![at])
            });
        }
        let read: HashSet<&str> = mechanisms.records.iter().map(|m| m.id.as_str()).collect();
        // ids known only from records that could not be read
        let lost: HashSet<&str> = unreadable
            .iter()
            .map(|(id, ..)| id.as_str())
            .chain(unreadable_fixes.iter().map(String::as_str))
            .filter(|id| !read.contains(id))
            .collect();
        let mut reading = reading;
        duplicates_with_unreadable(&mechanisms, &unreadable, &mut reading);
        let mut parts = ModelParts::new();
        parts.info = info;
        parts.mechanisms = mechanisms.records.clone();
        // every link, so each is checked (a misspelt moderator of a link to a mechanism
        // that could not be read is still found); an end that could not be read is not
        // reported again as unknown
        parts.links = links.iter().map(|(_, _, l)| l.clone()).collect();
        parts.studies = studies.records.clone();
        let stand_ins: Vec<usize> = links
            .iter()
            .enumerate()
            .filter(|(_, (position, ..))| partial_links.binary_search(position).is_ok())
            .map(|(i, _)| i)
            .collect();
        let built = crate::MechanismGraphBuilder::from(parts)
            .without_grammar_for(stand_ins)
            .build();
        if reading.is_empty() {
            if let Ok(graph) = built {
                return Ok(graph);
            }
        }
        let mut all = match reading.finish() {
            Ok(()) => Vec::new(),
            Err(e) => vec![e],
        };
        if let Some(e) = built.err().and_then(|e| without_lost_ends(e, &lost)) {
            let link_at: Vec<(usize, Position)> = links.iter().map(|(p, at, _)| (p, at)).collect();
            // offered as what an unknown end meant: valid ids only
            let unreadable_ids: Vec<&str> = unreadable
                .iter()
                .map(|(id, ..)| id.as_str())
                .filter(|id| crate::id::invalid_reason(id).is_none())
                .chain(unreadable_fixes.iter().map(String::as_str))
                .collect();
            let placed = relocate(
                e,
                &mechanisms.at,
                &link_at,
                &studies.at,
                info_at,
                &unreadable_ids,
            );
            all.push(placed);
        }
        Err(merge(all))
    }
}

/// The builder's problems but those naming as unknown an endpoint or moderator whose
/// mechanism could not be read (it is reported where it failed); `None` when nothing else
/// is left.
fn without_lost_ends(error: Error, lost: &HashSet<&str>) -> Option<Error> {
    let omitted = error.omitted();
    let kept: Vec<Problem> = error
        .problems()
        .iter()
        .filter(|p| match &p.kind {
            ErrorKind::UnknownEndpoint { missing: id, .. }
            | ErrorKind::UnknownModerator { moderator: id, .. } => !lost.contains(id.as_str()),
            _ => true,
        })
        .cloned()
        .collect();
    (!kept.is_empty()).then(|| Error::from_parts(kept, omitted))
}

/// Puts the builder's record positions (counted over the records it saw) back to the
/// file's, and adds where each record starts.
fn relocate(
    mut error: Error,
    mechanisms: &[(usize, Position)],
    links: &[(usize, Position)],
    studies: &[(usize, Position)],
    info_at: Position,
    unreadable: &[&str],
) -> Error {
    let original = |table: &[(usize, Position)], position: usize| {
        table
            .get(position.wrapping_sub(1))
            .copied()
            .unwrap_or((position, None))
    };
    for p in error.problems_mut() {
        let Some(at) = p.location.as_mut() else {
            continue;
        };
        let start = match &mut at.record {
            Some(Record::Mechanism { position, .. }) => {
                let (file_position, start) = original(mechanisms, *position);
                *position = file_position;
                start
            }
            Some(Record::Link { position, .. }) => {
                let (file_position, start) = original(links, *position);
                *position = file_position;
                start
            }
            Some(Record::Study { position, .. }) => {
                let (file_position, start) = original(studies, *position);
                *position = file_position;
                start
            }
            Some(Record::Info) => info_at,
            _ => None,
        };
        match &mut p.kind {
            ErrorKind::DuplicateMechanism { first, .. } => *first = original(mechanisms, *first).0,
            ErrorKind::DuplicateLink { first, .. } => *first = original(links, *first).0,
            ErrorKind::DuplicateStudy { first, .. } => *first = original(studies, *first).0,
            // the id meant may be one of a mechanism that could not be read
            ErrorKind::UnknownEndpoint {
                missing: id,
                suggestion: suggestion @ None,
                ..
            }
            | ErrorKind::UnknownModerator {
                moderator: id,
                suggestion: suggestion @ None,
                ..
            } => {
                *suggestion =
                    crate::suggest::nearest(id, unreadable.iter().copied()).map(str::to_owned);
            }
            _ => {}
        }
        if let (Some((line, column)), None) = (start, at.line) {
            at.line = Some(line);
            at.column = Some(column);
        }
    }
    error
}

/// One error holding the problems of several, in declaration order (document, info,
/// mechanisms by position, links by position), at most [`MAX_PROBLEMS`].
pub(crate) fn merge(errors: Vec<Error>) -> Error {
    let mut omitted = 0;
    let mut problems: Vec<Problem> = Vec::new();
    for e in errors {
        omitted += e.omitted();
        problems.extend(e.problems().iter().cloned());
    }
    problems.sort_by_key(order);
    if problems.len() > MAX_PROBLEMS {
        omitted += problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
    }
    if problems.is_empty() {
        // Not reached: callers merge at least one error, and errors are never empty.
        problems.push(Problem::new(ErrorKind::InvalidInfo {
            reason: "the model could not be read".to_owned(),
        }));
    }
    Error::from_parts(problems, omitted)
}

/// Sort key: section, then position in the section (stable for problems of one record).
fn order(p: &Problem) -> (u8, usize) {
    match p.location.as_ref().and_then(|l| l.record.as_ref()) {
        None | Some(Record::Document) | Some(Record::Element { .. }) => (0, 0),
        Some(Record::Rating { position, .. }) => (4, *position),
        Some(Record::Study { position, .. }) => (5, *position),
        Some(Record::Excerpt { position }) => (6, *position),
        Some(Record::Info) => (1, 0),
        Some(Record::Mechanism { position, .. }) => (2, *position),
        Some(Record::Link { position, .. }) => (3, *position),
    }
}

/// Mechanisms that share an id with one that could not be read (the builder only sees
/// the readable ones): each later declaration is a duplicate of the first.
fn duplicates_with_unreadable(
    mechanisms: &Placed<Mechanism>,
    unreadable: &[(String, usize, Position)],
    problems: &mut Problems,
) {
    let mut all: Vec<(&str, usize, Position, bool)> = mechanisms
        .iter()
        .map(|(p, at, m)| (m.id.as_str(), p, at, true))
        .chain(
            unreadable
                .iter()
                .map(|(id, p, at)| (id.as_str(), *p, *at, false)),
        )
        .collect();
    all.sort_by_key(|&(_, p, ..)| p);
    let mut first: std::collections::HashMap<&str, (usize, bool)> = Default::default();
    for (id, position, start, readable) in all {
        match first.get(id) {
            // two readable records: the builder reports those
            Some(&(earlier, true)) if readable => {
                let _ = earlier;
            }
            Some(&(earlier, _)) => problems.add(
                ErrorKind::DuplicateMechanism {
                    id: id.to_owned(),
                    first: earlier,
                },
                at_record(
                    Record::Mechanism {
                        position,
                        id: Some(id.to_owned())
                            .filter(|id| crate::id::invalid_reason(id).is_none()),
                    },
                    start,
                ),
            ),
            None => {
                first.insert(id, (position, readable));
            }
        }
    }
}

/// A location at `record`, starting at `start`.
pub(crate) fn at_record(record: Record, start: Position) -> Location {
    let mut at = Location::record(record);
    if let Some((line, column)) = start {
        at.line = Some(line);
        at.column = Some(column);
    }
    at
}

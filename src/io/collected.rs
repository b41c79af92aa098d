//! [`Collected`]: the records a loader read, each with its position in the file, and the
//! problems found reading them; built into a graph with every problem reported at once.

use std::collections::HashSet;

use crate::error::{Location, Problem, Problems, Record, MAX_PROBLEMS};
use crate::model::{Link, Mechanism, ModelInfo};
use crate::{Error, ErrorKind, MechanismGraph, ModelParts, Result};

/// Where a record starts in its file (line, column), for records that have one.
pub(crate) type Position = Option<(usize, usize)>;

/// What a loader read, record by record.
#[derive(Default)]
pub(crate) struct Collected {
    pub(crate) info: ModelInfo,
    /// Mechanisms that were read, with their 1-based position and where they start.
    pub(crate) mechanisms: Vec<(usize, Position, Mechanism)>,
    /// Links that were read, likewise.
    pub(crate) links: Vec<(usize, Position, Link)>,
    /// Ids of mechanisms that could not be read: links to them are not checked, so one
    /// mistake is not reported again at every link that names it.
    pub(crate) unreadable: HashSet<String>,
    /// Where the info starts.
    pub(crate) info_at: Position,
    /// Problems found while reading, in file order.
    pub(crate) problems: Problems,
}

impl Collected {
    /// Builds the graph, or reports the reading problems together with the builder's (each
    /// placed at its record's position in the file), in declaration order.
    pub(crate) fn finish(self) -> Result<MechanismGraph> {
        let Collected {
            info,
            mechanisms,
            links,
            unreadable,
            info_at,
            problems: reading,
        } = self;
        let checked: Vec<&(usize, Position, Link)> = links
            .iter()
            .filter(|(_, _, l)| {
                !unreadable.contains(l.from.as_str()) && !unreadable.contains(l.to.as_str())
            })
            .collect();
        let mut parts = ModelParts::new();
        parts.info = info;
        parts.mechanisms = mechanisms.iter().map(|(_, _, m)| m.clone()).collect();
        parts.links = checked.iter().map(|(_, _, l)| l.clone()).collect();
        let built = parts.build();
        if reading.is_empty() {
            if let Ok(graph) = built {
                return Ok(graph);
            }
        }
        let mut all = match reading.finish() {
            Ok(()) => Vec::new(),
            Err(e) => vec![e],
        };
        if let Err(e) = built {
            let mechanism_at: Vec<(usize, Position)> =
                mechanisms.iter().map(|(p, at, _)| (*p, *at)).collect();
            let link_at: Vec<(usize, Position)> =
                checked.iter().map(|(p, at, _)| (*p, *at)).collect();
            all.push(relocate(e, &mechanism_at, &link_at, info_at, &unreadable));
        }
        Err(merge(all))
    }
}

/// Puts the builder's record positions (counted over the records it saw) back to the
/// file's, and adds where each record starts.
fn relocate(
    mut error: Error,
    mechanisms: &[(usize, Position)],
    links: &[(usize, Position)],
    info_at: Position,
    unreadable: &HashSet<String>,
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
            Some(Record::Info) => info_at,
            _ => None,
        };
        match &mut p.kind {
            ErrorKind::DuplicateMechanism { first, .. } => *first = original(mechanisms, *first).0,
            ErrorKind::DuplicateLink { first, .. } => *first = original(links, *first).0,
            // the id meant may be one of a mechanism that could not be read
            ErrorKind::UnknownEndpoint {
                missing,
                suggestion: suggestion @ None,
                ..
            } => {
                *suggestion =
                    crate::suggest::nearest(missing, unreadable.iter().map(String::as_str))
                        .map(str::to_owned);
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
        Some(Record::Info) => (1, 0),
        Some(Record::Mechanism { position, .. }) => (2, *position),
        Some(Record::Link { position, .. }) => (3, *position),
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

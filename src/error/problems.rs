//! [`Problems`]: collects every problem of a build or load, capped.

use super::{Error, ErrorKind, Location, Problem, Result};

/// Most problems an [`Error`] keeps; further ones are only counted
/// ([`Error::omitted`]).
pub const MAX_PROBLEMS: usize = 100;

/// The problems found so far, in the order found, at most [`MAX_PROBLEMS`] kept.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    kept: Vec<Problem>,
    omitted: usize,
}

impl Problems {
    pub(crate) fn new() -> Self {
        Problems::default()
    }

    /// Records a problem.
    pub(crate) fn push(&mut self, problem: Problem) {
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(problem);
        } else {
            self.omitted += 1;
        }
    }

    /// Records a problem of `kind` at `location`.
    pub(crate) fn add(&mut self, kind: ErrorKind, location: Location) {
        self.push(Problem::new(kind).at(location));
    }

    /// Records every problem of `error`.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn absorb(&mut self, error: Error) {
        let omitted = error.omitted();
        for p in error.0.problems {
            self.push(p);
        }
        self.omitted += omitted;
    }

    /// Records each of `problems`, in order.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn extend(&mut self, problems: impl IntoIterator<Item = Problem>) {
        for p in problems {
            self.push(p);
        }
    }

    /// The problems in the order of their place in the text (line, then column), for a
    /// record whose fields were checked in another order.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn in_text_order(mut self) -> Self {
        self.kept
            .sort_by_key(|p| p.location.as_ref().map(|at| (at.line, at.column)));
        self
    }

    /// Counts `n` problems found but not kept.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn omit(&mut self, n: usize) {
        self.omitted += n;
    }

    /// Records every problem of `other`, after those found so far.
    pub(crate) fn append(&mut self, other: Problems) {
        for p in other.kept {
            self.push(p);
        }
        self.omitted += other.omitted;
    }

    /// How many problems were found, kept or omitted.
    #[cfg_attr(not(feature = "csv"), allow(dead_code))]
    pub(crate) fn count(&self) -> usize {
        self.kept.len() + self.omitted
    }

    /// True while no more problems would be kept (suggestions need not be computed).
    /// The declared id nearest to `id` (a did-you-mean), unless no more problems are kept:
    /// then the search is skipped, since nobody will read it.
    pub(crate) fn suggestion<'a>(
        &self,
        id: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Option<String> {
        if self.is_full() {
            None
        } else {
            crate::suggest::nearest(id, candidates).map(str::to_owned)
        }
    }

    pub(crate) fn is_full(&self) -> bool {
        self.kept.len() >= MAX_PROBLEMS
    }

    /// True when nothing was found.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// `Ok` when nothing was found, else the error holding everything found.
    pub(crate) fn finish(self) -> Result<()> {
        if self.kept.is_empty() {
            Ok(())
        } else {
            Err(Error::from_parts(self.kept, self.omitted))
        }
    }
}

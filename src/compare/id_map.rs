//! [`IdMap`]: which id of one model is which id of another (a user's `alliance` is
//! Figure 2's `trust`).

use std::collections::HashMap;

use crate::error::{quoted, Location, Problems};
use crate::{ErrorKind, MechanismGraph, MechanismId, ModelParts, Result};

/// A crosswalk of mechanism ids: each entry says that mechanism `from` of one model is
/// mechanism `to` of another. [`merge`](super::merge) renames the other model's ids through
/// it onto the base's; [`rename`](IdMap::rename) renames one model, e.g. to
/// [`diff`](super::diff) it against a model that names the same elements differently.
///
/// Ids the map does not mention keep their id, so equal ids name the same element.
///
/// Entries are written without a `?` (like the records) and checked when the map is
/// used, all at once, each problem naming its entry: `from` must be a mechanism of the
/// model renamed, `to` a mechanism of the base (for a merge) or a valid id (for a
/// rename), and no two ids may become one, whether two entries map onto the same id or an
/// entry maps onto an id the model keeps for one of its own mechanisms.
///
/// # Example
///
/// ```
/// use isp_moc::compare::IdMap;
///
/// let ids = IdMap::new().with("alliance", "trust").with("confidence", "self_efficacy");
/// assert_eq!(ids.get("alliance").map(|id| id.as_str()), Some("trust"));
/// assert_eq!(ids.len(), 2);
///
/// // or from pairs
/// let same: IdMap = [("alliance", "trust"), ("confidence", "self_efficacy")].into_iter().collect();
/// assert_eq!(same, ids);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdMap {
    entries: Vec<(MechanismId, MechanismId)>,
}

impl IdMap {
    /// An empty map (every id keeps its id).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::compare::IdMap::new().is_empty());
    /// ```
    pub fn new() -> Self {
        IdMap::default()
    }

    /// The map with one more entry: mechanism `from` of the model renamed is `to`.
    ///
    /// # Example
    ///
    /// ```
    /// let ids = isp_moc::compare::IdMap::new().with("alliance", "trust");
    /// assert_eq!(ids.get("alliance").unwrap(), "trust");
    /// ```
    pub fn with(mut self, from: &str, to: &str) -> Self {
        self.insert(from, to);
        self
    }

    /// Adds an entry: mechanism `from` of the model renamed is `to`.
    ///
    /// # Example
    ///
    /// ```
    /// let mut ids = isp_moc::compare::IdMap::new();
    /// for (mine, theirs) in [("alliance", "trust"), ("learning", "meaningful_learning")] {
    ///     ids.insert(mine, theirs);
    /// }
    /// assert_eq!(ids.len(), 2);
    /// ```
    pub fn insert(&mut self, from: &str, to: &str) {
        self.entries
            .push((MechanismId::unchecked(from), MechanismId::unchecked(to)));
    }

    /// The id `from` becomes (its first entry), or `None` when the map does not mention it.
    ///
    /// # Example
    ///
    /// ```
    /// let ids = isp_moc::compare::IdMap::new().with("alliance", "trust");
    /// assert!(ids.get("trust").is_none());
    /// ```
    pub fn get(&self, from: &str) -> Option<&MechanismId> {
        self.entries
            .iter()
            .find(|(f, _)| f.as_str() == from)
            .map(|(_, to)| to)
    }

    /// The entries, `(from, to)`, in the order given.
    ///
    /// # Example
    ///
    /// ```
    /// let ids = isp_moc::compare::IdMap::new().with("alliance", "trust");
    /// let pairs: Vec<(&str, &str)> = ids.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    /// assert_eq!(pairs, [("alliance", "trust")]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&MechanismId, &MechanismId)> {
        self.entries.iter().map(|(from, to)| (from, to))
    }

    /// The number of entries.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::compare::IdMap::new().with("a", "b").len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the map has no entry.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!isp_moc::compare::IdMap::new().with("a", "b").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The model with its ids renamed through the map (in its mechanisms and its links),
    /// everything else unchanged.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidIdMap`] for every entry that cannot be applied: a `from` that
    /// is not a mechanism of `model` (with the nearest id when it looks like a typo) or
    /// that an earlier entry already maps, a `to` that is not a valid id, two entries onto
    /// one `to`, or a `to` that `model` keeps for one of its own mechanisms.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::IdMap;
    ///
    /// let g = isp_moc::catalog::figure2();
    /// let renamed = IdMap::new().with("trust", "alliance").rename(&g)?;
    /// assert!(renamed.contains("alliance") && !renamed.contains("trust"));
    /// assert!(renamed.link("alliance", "openness").is_ok());
    ///
    /// let err = IdMap::new().with("turst", "alliance").with("openness", "self_efficacy")
    ///     .rename(&g).unwrap_err();
    /// assert_eq!(err.to_string(), "2 problems:
    ///   id map entry #1 `turst` -> `alliance`: `turst` is not a mechanism of the model; did you mean `trust`?
    ///   id map entry #2 `openness` -> `self_efficacy`: the model's own `self_efficacy` keeps its id, so two mechanisms would be `self_efficacy`; map `self_efficacy` too");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn rename(&self, model: &MechanismGraph) -> Result<MechanismGraph> {
        let renaming = self.renaming(model, "the model", None)?;
        rename_parts(model.clone().into_parts(), &renaming).build()
    }

    /// Checks the map against `model` (described as `side` in messages) and, for a merge,
    /// against the `base` its ids must exist in; returns each mapped id's new id.
    pub(crate) fn renaming(
        &self,
        model: &MechanismGraph,
        side: &str,
        base: Option<&MechanismGraph>,
    ) -> Result<HashMap<MechanismId, MechanismId>> {
        let mut problems = Problems::new();
        let mut renaming: HashMap<MechanismId, MechanismId> = HashMap::new();
        // the first entry (1-based) that maps from, and that maps onto, each id
        let mut first_from: HashMap<&str, usize> = HashMap::new();
        let mut first_to: HashMap<&str, usize> = HashMap::new();
        let mapped: Vec<&str> = self.entries.iter().map(|(f, _)| f.as_str()).collect();
        for (i, (from, to)) in self.entries.iter().enumerate() {
            let position = i + 1;
            let mut problem = |reason: String| {
                problems.add(
                    ErrorKind::InvalidIdMap {
                        position,
                        from: from.to_string(),
                        to: to.to_string(),
                        reason,
                    },
                    Location::default(),
                );
            };
            let ids = |g: &MechanismGraph| -> Vec<String> {
                g.mechanisms().iter().map(|m| m.id.to_string()).collect()
            };
            if !model.contains(from.as_str()) {
                problem(unknown(from.as_str(), side, &ids(model)));
            }
            match first_from.get(from.as_str()) {
                Some(&k) => problem(format!(
                    "{} is already mapped by entry #{k}",
                    quoted(from.as_str())
                )),
                None => {
                    first_from.insert(from.as_str(), position);
                }
            }
            match base {
                Some(base) if !base.contains(to.as_str()) => {
                    problem(unknown(to.as_str(), "the base model", &ids(base)));
                }
                Some(_) => {}
                None => {
                    if let Some(reason) = crate::id::invalid_reason(to.as_str()) {
                        let invalid = crate::ErrorKind::InvalidId {
                            id: to.as_str().to_owned(),
                            reason,
                        };
                        problem(invalid.to_string());
                    }
                }
            }
            match first_to.get(to.as_str()) {
                Some(&k) => problem(format!(
                    "entry #{k} already maps {} onto {}",
                    quoted(
                        self.entries
                            .get(k.wrapping_sub(1))
                            .map_or("", |e| e.0.as_str())
                    ),
                    quoted(to.as_str())
                )),
                None => {
                    first_to.insert(to.as_str(), position);
                }
            }
            if from != to && model.contains(to.as_str()) && !mapped.contains(&to.as_str()) {
                problem(format!(
                    "{side}'s own {q} keeps its id, so two mechanisms would be {q}; map {q} too",
                    q = quoted(to.as_str())
                ));
            }
            renaming.entry(from.clone()).or_insert_with(|| to.clone());
        }
        problems.finish()?;
        Ok(renaming)
    }
}

/// "`x` is not a mechanism of the base model; did you mean `y`?"
fn unknown(id: &str, side: &str, ids: &[String]) -> String {
    let mut reason = format!("{} is not a mechanism of {side}", quoted(id));
    if let Some(near) = crate::suggest::nearest(id, ids.iter().map(String::as_str)) {
        reason.push_str(&format!("; did you mean {}?", quoted(near)));
    }
    reason
}

/// `parts` with every id in `renaming` replaced, in mechanisms and link ends.
pub(crate) fn rename_parts(
    mut parts: ModelParts,
    renaming: &HashMap<MechanismId, MechanismId>,
) -> ModelParts {
    let new_id = |id: &mut MechanismId| {
        if let Some(to) = renaming.get(id) {
            *id = to.clone();
        }
    };
    for m in &mut parts.mechanisms {
        new_id(&mut m.id);
    }
    for l in &mut parts.links {
        new_id(&mut l.from);
        new_id(&mut l.to);
        l.moderators.iter_mut().for_each(new_id);
    }
    parts
}

impl<A: AsRef<str>, B: AsRef<str>> FromIterator<(A, B)> for IdMap {
    fn from_iter<I: IntoIterator<Item = (A, B)>>(pairs: I) -> Self {
        let mut map = IdMap::new();
        map.extend(pairs);
        map
    }
}

impl<A: AsRef<str>, B: AsRef<str>> Extend<(A, B)> for IdMap {
    fn extend<I: IntoIterator<Item = (A, B)>>(&mut self, pairs: I) {
        for (from, to) in pairs {
            self.insert(from.as_ref(), to.as_ref());
        }
    }
}

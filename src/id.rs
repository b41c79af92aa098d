//! [`MechanismId`]: the durable identity of a mechanism.

use smol_str::SmolStr;
use std::borrow::Borrow;
use std::fmt;
use std::str::FromStr;

use crate::{Error, ErrorKind, Result};

/// Longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 128;

/// The stable, human-readable identity of a mechanism (`trust`, `isp_skills`, ...).
///
/// Ids are what the whole API speaks: queries take them, results return them, files store
/// them. Internal graph indices never leave the crate, so an id stays valid across saves,
/// loads and edits.
///
/// A valid id is 1 to 128 bytes of ASCII lowercase letters, digits and `_`, starting with
/// a letter (snake_case), so it is safe unquoted in Mermaid, DAGitty and file names.
///
/// Every id of a built graph, and every id made by [`new`](Self::new) or `parse`, is
/// valid. The record constructors ([`Mechanism::new`](crate::model::Mechanism::new),
/// [`Link::new`](crate::model::Link::new)) take any text and leave the check to
/// [`build`](crate::MechanismGraphBuilder::build), so a record not yet built may hold an
/// invalid one.
///
/// # Example
///
/// ```
/// use isp_moc::MechanismId;
///
/// let id: MechanismId = "meaningful_learning".parse()?;
/// assert_eq!(id.as_str(), "meaningful_learning");
/// assert!(MechanismId::new("Meaningful Learning").is_err());
/// # Ok::<(), isp_moc::Error>(())
/// ```
///
/// Cloning an id is cheap and allocates nothing: an id of up to 23 bytes (most are) is
/// held inline and copied, a longer one is shared, not copied. So query results, pathways
/// and a built graph's links hold ids of their own without a heap allocation or a shared
/// reference count per copy.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MechanismId(SmolStr);

impl MechanismId {
    /// Validates `id` and wraps it.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidId`] when `id` is empty, too long, does not start with a lowercase
    /// letter or contains anything but `a-z`, `0-9` and `_`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::{ErrorKind, MechanismId};
    ///
    /// assert!(MechanismId::new("self_efficacy").is_ok());
    /// let err = MechanismId::new("self-efficacy").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidId { .. }));
    /// ```
    pub fn new(id: &str) -> Result<Self> {
        validate(id)?;
        Ok(MechanismId(SmolStr::new(id)))
    }

    /// The id as a string slice.
    ///
    /// # Example
    ///
    /// ```
    /// let id = isp_moc::MechanismId::new("trust")?;
    /// assert_eq!(id.as_str(), "trust");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Wraps `id` without checking it: the record constructors use this so a model is
    /// written without a `?` per record, and the builder checks every id.
    pub(crate) fn unchecked(id: &str) -> Self {
        MechanismId(SmolStr::new(id))
    }

    /// Makes this id share `same`'s text (which must be equal) instead of holding its
    /// own copy of a long id; nothing to do for a short one (held inline) or when it
    /// already shares it.
    pub(crate) fn share(&mut self, same: &MechanismId) {
        debug_assert_eq!(self, same);
        if self.0.is_heap_allocated() && self.as_str().as_ptr() != same.as_str().as_ptr() {
            self.0 = same.0.clone();
        }
    }
}

fn validate(id: &str) -> Result<()> {
    match invalid_reason(id) {
        Some(reason) => Err(Error::new(ErrorKind::InvalidId {
            id: id.to_owned(),
            reason,
        })),
        None => Ok(()),
    }
}

/// Why `id` is not a valid mechanism id, or `None` when it is.
pub(crate) fn invalid_reason(id: &str) -> Option<&'static str> {
    let Some(first) = id.bytes().next() else {
        return Some("an id cannot be empty");
    };
    if id.len() > MAX_ID_LEN {
        return Some("an id is at most 128 bytes long");
    }
    if !first.is_ascii_lowercase() {
        return Some("an id starts with a lowercase ascii letter");
    }
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Some("an id contains only `a-z`, `0-9` and `_`");
    }
    None
}

/// A valid id close to the invalid `id`, for the error message: lowercase, `_` for each run
/// of other characters (`Coach-Feedback` → `coach_feedback`).
/// `None` when nothing valid is left, or the id is too long or holds control characters
/// (no slip of the keyboard, then).
pub(crate) fn valid_near(id: &str) -> Option<String> {
    if id.len() > MAX_ID_LEN || id.chars().any(char::is_control) {
        return None;
    }
    let mut near = String::with_capacity(id.len());
    for c in id.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            near.push(c);
        } else if !near.is_empty() && !near.ends_with('_') {
            near.push('_');
        }
    }
    // an id starting with a digit has no obvious fix (`2nd_coach`): none is offered
    let near = near.trim_start_matches('_').trim_end_matches('_');
    (invalid_reason(near).is_none() && near != id).then(|| near.to_owned())
}

impl FromStr for MechanismId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        MechanismId::new(s)
    }
}

impl TryFrom<String> for MechanismId {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        validate(&s)?;
        Ok(MechanismId(SmolStr::from(s)))
    }
}

impl From<MechanismId> for String {
    fn from(id: MechanismId) -> String {
        id.0.as_str().to_owned()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for MechanismId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Reads the text where the input lends it (no intermediate `String`) and validates it.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for MechanismId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_str(IdVisitor { checked: true })
    }
}

/// Reads an id from the input text, checked (the public `Deserialize`) or not (a link's
/// endpoints and moderators, which the builder resolves and reports at their record).
#[cfg(feature = "serde")]
struct IdVisitor {
    checked: bool,
}

#[cfg(feature = "serde")]
impl serde::de::Visitor<'_> for IdVisitor {
    type Value = MechanismId;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mechanism id")
    }
    fn visit_str<E: serde::de::Error>(self, id: &str) -> std::result::Result<MechanismId, E> {
        if self.checked {
            MechanismId::new(id).map_err(E::custom)
        } else {
            Ok(MechanismId::unchecked(id))
        }
    }
}

/// Reads an id from a file without checking it, its text allocated once from the input.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_unchecked<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<MechanismId, D::Error> {
    deserializer.deserialize_str(IdVisitor { checked: false })
}

/// As [`deserialize_unchecked`], for a list of ids.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_unchecked_list<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Vec<MechanismId>, D::Error> {
    /// One element of the list.
    struct Unchecked(MechanismId);
    impl<'de> serde::Deserialize<'de> for Unchecked {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> std::result::Result<Self, D::Error> {
            deserialize_unchecked(deserializer).map(Unchecked)
        }
    }
    let ids: Vec<Unchecked> = serde::Deserialize::deserialize(deserializer)?;
    Ok(ids.into_iter().map(|Unchecked(id)| id).collect())
}

impl AsRef<str> for MechanismId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// An id reads as its text wherever a `&str` is taken, so the ids of a link go straight
/// into a query.
///
/// # Example
///
/// ```
/// let g = isp_moc::catalog::figure2();
/// let l = &g.links()[0];
/// assert_eq!(g.link(&l.from, &l.to)?, l);
/// assert!(l.from.starts_with("isp_"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
impl std::ops::Deref for MechanismId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for MechanismId {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for MechanismId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for MechanismId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for MechanismId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for MechanismId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for MechanismId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MechanismId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Stable snake_case id of a mechanism.",
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "minLength": 1,
            "maxLength": MAX_ID_LEN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_snake_case() {
        for ok in ["a", "trust", "isp_skills", "l0_123", "x__y_"] {
            assert!(MechanismId::new(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_everything_else() {
        let long = "a".repeat(MAX_ID_LEN + 1);
        for bad in [
            "",
            "Trust",
            "1trust",
            "_x",
            "a-b",
            "a b",
            "ä",
            long.as_str(),
        ] {
            assert!(MechanismId::new(bad).is_err(), "{bad}");
        }
        assert!(MechanismId::new(&"a".repeat(MAX_ID_LEN)).is_ok());
    }
}

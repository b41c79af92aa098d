//! [`diff`]: what differs between two models, as data and as a report.

use std::collections::HashMap;
use std::fmt;

use super::record_change::{InfoChange, LinkChange, MechanismChange};
use crate::error::quoted;
use crate::model::{Link, Mechanism, Study};
use crate::{MechanismGraph, MechanismId};

/// What differs between two models: the model info, and the mechanisms and links added,
/// removed and changed.
///
/// Records are matched by id (a link by its two ends), so a renamed mechanism is one
/// removed and one added; use [`IdMap::rename`](super::IdMap::rename) first to compare
/// models that name the same element differently. Declaration order, and the order within
/// lists (citations, observations, passages), are not differences.
///
/// **Order**: the first model's records in its declaration order (each removed or
/// changed; unchanged ones are left out), then the records only the second model has, in
/// its declaration order. Within a changed record, fields come in declaration order.
///
/// `Display` prints a short report, like a changelog of the model: a summary line, then
/// one line per added (`+`), removed (`-`) and changed (`~`) record, with one indented
/// line per changed field; `no differences` for an empty diff.
///
/// # Example
///
/// ```
/// use isp_moc::compare::diff;
/// use isp_moc::model::{Category, Citation, Link, Mechanism, Relation};
/// use isp_moc::vocab::{IspResource, ReasoningType};
/// use isp_moc::MechanismGraph;
///
/// let before = MechanismGraph::builder()
///     .mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills)))
///     .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational)))
///     .link(Link::new("isp_skills", "trust", Relation::LeadsTo))
///     .build()?;
/// let after = MechanismGraph::builder()
///     .mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills)))
///     .mechanism(Mechanism::new("trust", "Trust in the ISP", Category::reasoning(ReasoningType::Relational)))
///     .mechanism(Mechanism::new("openness", "Openness", Category::reasoning(ReasoningType::Relational)))
///     .link(Link::new("isp_skills", "trust", Relation::LeadsTo).with_citation(Citation::new("Akin", 2016)))
///     .link(Link::new("trust", "openness", Relation::LeadsTo).inferred())
///     .build()?;
///
/// let d = diff(&before, &after);
/// assert_eq!(d.to_string(), "\
/// mechanisms: 1 added, 1 changed; links: 1 added, 1 changed
/// mechanisms:
///   ~ trust
///       label: `Trust` → `Trust in the ISP`
///   + openness `Openness` (reasoning)
/// links:
///   ~ isp_skills -> trust
///       support: 0 → 1
///       cites: + `Akin 2016`
///   + trust -> openness (leads_to, positive, inferred; support 0)");
/// assert!(diff(&after, &after).is_empty());
/// assert_eq!(diff(&after, &after).to_string(), "no differences");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ModelDiff {
    /// The fields of the model info that differ.
    pub info: Vec<InfoChange>,
    /// The mechanisms added, removed and changed.
    pub mechanisms: Vec<MechanismDiff>,
    /// The links added, removed and changed.
    pub links: Vec<LinkDiff>,
    /// The studies of the study table added, removed and changed (matched by id).
    pub studies: Vec<StudyDiff>,
}

/// A study only one model's study table has, or one whose record differs.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, StudyDiff};
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// parts.studies[0].location = Some("Norway".to_owned());
/// let d = diff(&g, &parts.build()?);
/// assert!(matches!(&d.studies[..], [StudyDiff::Changed { before, after }]
///     if before.id == after.id && after.location.as_deref() == Some("Norway")));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StudyDiff {
    /// Only the second model has it.
    Added(Box<Study>),
    /// Only the first model has it.
    Removed(Box<Study>),
    /// Both have a study of this id, with different records.
    Changed {
        /// The first model's record.
        before: Box<Study>,
        /// The second model's record.
        after: Box<Study>,
    },
}

impl StudyDiff {
    /// For a changed study, each field that differs with the change as the report writes
    /// it (`` ("location", "location: `NO` → `SE`") ``), in the table's column order; empty
    /// for an added or removed study.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::StudyDiff;
    /// use isp_moc::model::{Citation, Study};
    /// let before = Study::new(Citation::new("Akin", 2016)).with_location("NO");
    /// let after = before.clone().with_location("SE");
    /// let d = StudyDiff::Changed { before: Box::new(before), after: Box::new(after) };
    /// assert_eq!(d.changes(), [("location", "location: `NO` → `SE`".to_owned())]);
    /// ```
    pub fn changes(&self) -> Vec<(&'static str, String)> {
        let StudyDiff::Changed { before, after } = self else {
            return Vec::new();
        };
        let mut changes = Vec::new();
        let mut changed = |field: &'static str, was: String, is: String| {
            if was != is {
                changes.push((field, format!("{field}: {was} → {is}")));
            }
        };
        let cited = |s: &Study| quoted(&s.citation.to_string());
        let text = |v: &Option<String>| v.as_deref().map_or("none".to_owned(), quoted);
        let term = |v: Option<&str>| v.map_or("none".to_owned(), |t| format!("`{t}`"));
        let roles = |s: &Study| {
            let ids: Vec<&str> = s.roles.iter().map(|r| r.as_str()).collect();
            format!("[{}]", ids.join(", "))
        };
        changed("citation", cited(before), cited(after));
        changed("location", text(&before.location), text(&after.location));
        changed(
            "design",
            term(before.design.map(|d| d.as_str())),
            term(after.design.map(|d| d.as_str())),
        );
        changed(
            "sector",
            term(before.sector.map(|d| d.as_str())),
            term(after.sector.map(|d| d.as_str())),
        );
        changed("roles", roles(before), roles(after));
        changed("doi", text(&before.doi), text(&after.doi));
        changes
    }
}

impl fmt::Display for StudyDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StudyDiff::Added(s) => write!(f, "+ {} {}", s.id, quoted(&s.citation.to_string())),
            StudyDiff::Removed(s) => write!(f, "- {} {}", s.id, quoted(&s.citation.to_string())),
            StudyDiff::Changed { before, .. } => {
                write!(f, "~ {}", before.id)?;
                for (_, change) in self.changes() {
                    write!(f, "\n    {change}")?;
                }
                Ok(())
            }
        }
    }
}

/// A mechanism only one model has, or one whose fields differ.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, MechanismDiff};
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// parts.links.retain(|l| l.from != "isp_knowledge" && l.to != "isp_knowledge");
/// parts.mechanisms.retain(|m| m.id != "isp_knowledge");
/// let d = diff(&g, &parts.build()?);
/// assert!(matches!(&d.mechanisms[..], [MechanismDiff::Removed(m)] if m.id == "isp_knowledge"));
/// assert_eq!(d.mechanisms[0].id(), "isp_knowledge");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MechanismDiff {
    /// Only the second model has it.
    Added(Box<Mechanism>),
    /// Only the first model has it.
    Removed(Box<Mechanism>),
    /// Both have it, with these fields differing (never empty).
    #[non_exhaustive]
    Changed {
        /// Its id.
        id: MechanismId,
        /// What differs, in field order.
        changes: Vec<MechanismChange>,
    },
}

/// A link only one model has, or one whose fields differ.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, LinkDiff};
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// let dropped = parts.links.remove(0);
/// let d = diff(&g, &parts.build()?);
/// assert_eq!(d.links, [LinkDiff::Removed(Box::new(dropped))]);
/// assert_eq!(d.links[0].ends(), ("isp_skills", "trust"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkDiff {
    /// Only the second model has it.
    Added(Box<Link>),
    /// Only the first model has it.
    Removed(Box<Link>),
    /// Both have it, with these fields differing (never empty).
    #[non_exhaustive]
    Changed {
        /// Its source.
        from: MechanismId,
        /// Its target.
        to: MechanismId,
        /// What differs, in field order.
        changes: Vec<LinkChange>,
    },
}

/// What differs between `before` and `after` (see [`ModelDiff`] for how records are
/// matched and ordered).
///
/// # Example
///
/// ```
/// use isp_moc::compare::diff;
/// let g = isp_moc::catalog::figure2();
/// assert!(diff(&g, &g).is_empty());
///
/// let mut parts = g.clone().into_parts();
/// parts.mechanisms[0].label = "What the ISP knows".to_owned();
/// let d = diff(&g, &parts.build()?);
/// assert_eq!(d.to_string(), "\
/// mechanisms: 1 changed
/// mechanisms:
///   ~ isp_knowledge
///       label: `ISP knowledge` → `What the ISP knows`");
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn diff(before: &MechanismGraph, after: &MechanismGraph) -> ModelDiff {
    let info = InfoChange::between(before.info(), after.info());

    let in_after: HashMap<&str, &Mechanism> = after
        .mechanisms()
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    let mut mechanisms = Vec::new();
    for m in before.mechanisms() {
        match in_after.get(m.id.as_str()) {
            None => mechanisms.push(MechanismDiff::Removed(Box::new(m.clone()))),
            Some(other) => {
                let changes = MechanismChange::between(m, other);
                if !changes.is_empty() {
                    mechanisms.push(MechanismDiff::Changed {
                        id: m.id.clone(),
                        changes,
                    });
                }
            }
        }
    }
    mechanisms.extend(
        after
            .mechanisms()
            .iter()
            .filter(|m| !before.contains(m.id.as_str()))
            .map(|m| MechanismDiff::Added(Box::new(m.clone()))),
    );

    let key = |l: &Link| (l.from.clone(), l.to.clone());
    let links_after: HashMap<(MechanismId, MechanismId), &Link> =
        after.links().iter().map(|l| (key(l), l)).collect();
    let links_before: HashMap<(MechanismId, MechanismId), &Link> =
        before.links().iter().map(|l| (key(l), l)).collect();
    let mut links = Vec::new();
    for l in before.links() {
        match links_after.get(&key(l)) {
            None => links.push(LinkDiff::Removed(Box::new(l.clone()))),
            Some(other) => {
                let changes = LinkChange::between(l, other);
                if !changes.is_empty() {
                    links.push(LinkDiff::Changed {
                        from: l.from.clone(),
                        to: l.to.clone(),
                        changes,
                    });
                }
            }
        }
    }
    links.extend(
        after
            .links()
            .iter()
            .filter(|l| !links_before.contains_key(&key(l)))
            .map(|l| LinkDiff::Added(Box::new(l.clone()))),
    );

    ModelDiff {
        info,
        mechanisms,
        links,
        studies: study_diffs(before, after),
    }
}

/// The study tables' differences: removed and changed in `before`'s order, then added in
/// `after`'s.
fn study_diffs(before: &MechanismGraph, after: &MechanismGraph) -> Vec<StudyDiff> {
    let mut diffs = Vec::new();
    for s in before.studies() {
        match after.study(s.id.as_str()) {
            Err(_) => diffs.push(StudyDiff::Removed(Box::new(s.clone()))),
            Ok(other) if other != s => diffs.push(StudyDiff::Changed {
                before: Box::new(s.clone()),
                after: Box::new(other.clone()),
            }),
            Ok(_) => {}
        }
    }
    diffs.extend(
        after
            .studies()
            .iter()
            .filter(|s| before.study(s.id.as_str()).is_err())
            .map(|s| StudyDiff::Added(Box::new(s.clone()))),
    );
    diffs
}

impl ModelDiff {
    /// True when the two models hold the same records (order aside).
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(isp_moc::compare::diff(&g, &g).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.info.is_empty()
            && self.mechanisms.is_empty()
            && self.links.is_empty()
            && self.studies.is_empty()
    }

    /// The report's first line: how many records were added, removed and changed.
    fn summary(&self) -> String {
        let counts = |added: usize, removed: usize, changed: usize| {
            [(added, "added"), (removed, "removed"), (changed, "changed")]
                .iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, what)| format!("{n} {what}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !self.info.is_empty() {
            parts.push("model info changed".to_owned());
        }
        let m = |f: fn(&MechanismDiff) -> bool| self.mechanisms.iter().filter(|d| f(d)).count();
        if !self.mechanisms.is_empty() {
            parts.push(format!(
                "mechanisms: {}",
                counts(
                    m(|d| matches!(d, MechanismDiff::Added(_))),
                    m(|d| matches!(d, MechanismDiff::Removed(_))),
                    m(|d| matches!(d, MechanismDiff::Changed { .. })),
                )
            ));
        }
        let l = |f: fn(&LinkDiff) -> bool| self.links.iter().filter(|d| f(d)).count();
        if !self.links.is_empty() {
            parts.push(format!(
                "links: {}",
                counts(
                    l(|d| matches!(d, LinkDiff::Added(_))),
                    l(|d| matches!(d, LinkDiff::Removed(_))),
                    l(|d| matches!(d, LinkDiff::Changed { .. })),
                )
            ));
        }
        if !self.studies.is_empty() {
            let n = |f: fn(&StudyDiff) -> bool| self.studies.iter().filter(|d| f(d)).count();
            parts.push(format!(
                "studies: {}",
                counts(
                    n(|d| matches!(d, StudyDiff::Added(_))),
                    n(|d| matches!(d, StudyDiff::Removed(_))),
                    n(|d| matches!(d, StudyDiff::Changed { .. })),
                )
            ));
        }
        parts.join("; ")
    }
}

impl MechanismDiff {
    /// The mechanism's id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::diff;
    /// let g = isp_moc::catalog::figure2();
    /// let mut parts = g.clone().into_parts();
    /// parts.mechanisms[1].note = Some("reworded".to_owned());
    /// assert_eq!(diff(&g, &parts.build()?).mechanisms[0].id(), "isp_skills");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn id(&self) -> &MechanismId {
        match self {
            MechanismDiff::Added(m) | MechanismDiff::Removed(m) => &m.id,
            MechanismDiff::Changed { id, .. } => id,
        }
    }
}

impl LinkDiff {
    /// The link's source and target ids.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::diff;
    /// let g = isp_moc::catalog::figure2();
    /// let mut parts = g.clone().into_parts();
    /// parts.links[1].note = Some("reworded".to_owned());
    /// assert_eq!(diff(&g, &parts.build()?).links[0].ends(), ("isp_knowledge", "trust"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn ends(&self) -> (&str, &str) {
        match self {
            LinkDiff::Added(l) | LinkDiff::Removed(l) => (l.from.as_str(), l.to.as_str()),
            LinkDiff::Changed { from, to, .. } => (from.as_str(), to.as_str()),
        }
    }
}

impl fmt::Display for MechanismDiff {
    /// `+ id `label` (kind)`, `- id `label` (kind)`, or `~ id` followed by one indented
    /// line per changed field.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = |f: &mut fmt::Formatter<'_>, sign: char, m: &Mechanism| {
            write!(
                f,
                "{sign} {} {} ({})",
                m.id,
                quoted(&m.label),
                m.kind().as_str()
            )
        };
        match self {
            MechanismDiff::Added(m) => whole(f, '+', m),
            MechanismDiff::Removed(m) => whole(f, '-', m),
            MechanismDiff::Changed { id, changes } => {
                write!(f, "~ {id}")?;
                for line in changes.iter().flat_map(MechanismChange::lines) {
                    write!(f, "\n    {line}")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for LinkDiff {
    /// `+ from -> to (relation, polarity, basis; support n)`, `- …`, or `~ from -> to`
    /// followed by one indented line per changed field.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = |f: &mut fmt::Formatter<'_>, sign: char, l: &Link| {
            write!(
                f,
                "{sign} {} -> {} ({}, {}, {}; support {})",
                l.from,
                l.to,
                l.relation.as_str(),
                l.polarity.as_str(),
                l.basis.as_str(),
                l.support()
            )
        };
        match self {
            LinkDiff::Added(l) => whole(f, '+', l),
            LinkDiff::Removed(l) => whole(f, '-', l),
            LinkDiff::Changed { from, to, changes } => {
                write!(f, "~ {from} -> {to}")?;
                for line in changes.iter().flat_map(LinkChange::lines) {
                    write!(f, "\n    {line}")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for ModelDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("no differences");
        }
        f.write_str(&self.summary())?;
        let indent = |text: String| text.replace('\n', "\n  ");
        if !self.info.is_empty() {
            f.write_str("\nmodel info:")?;
            for line in self.info.iter().flat_map(InfoChange::lines) {
                write!(f, "\n  {line}")?;
            }
        }
        if !self.mechanisms.is_empty() {
            f.write_str("\nmechanisms:")?;
            for d in &self.mechanisms {
                write!(f, "\n  {}", indent(d.to_string()))?;
            }
        }
        if !self.links.is_empty() {
            f.write_str("\nlinks:")?;
            for d in &self.links {
                write!(f, "\n  {}", indent(d.to_string()))?;
            }
        }
        if !self.studies.is_empty() {
            f.write_str("\nstudies:")?;
            for d in &self.studies {
                write!(f, "\n  {}", indent(d.to_string()))?;
            }
        }
        Ok(())
    }
}

//! [`EvidenceChange`]: how the evidence for a mechanism or link differs between two models.

use std::fmt;

use super::change::{Change, ListChange};
use crate::error::quoted;
use crate::model::{Citation, Evidence, Observation, StudyId};

/// How the evidence for one mechanism or link differs: the reported publication count,
/// the citations and the observations gained and lost (order aside; a citation is
/// compared whole, so one whose page changed is removed and added), and the support count
/// before and after ([`Evidence::support`]), which is what pathway strength ranks by.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, LinkChange, LinkDiff};
/// use isp_moc::model::{Citation, Link, Relation};
///
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// let link = parts.links.iter_mut().find(|l| l.from == "trust" && l.to == "openness").unwrap();
/// link.evidence.citations.push(Citation::new("McLeod et al.", 2018));
/// let d = diff(&g, &parts.build()?);
/// let LinkDiff::Changed { changes, .. } = &d.links[0] else { unreachable!() };
/// let LinkChange::Evidence(e) = &changes[0] else { unreachable!() };
/// assert_eq!(e.citations.added, [Citation::new("McLeod et al.", 2018)]);
/// assert_eq!((e.support.before, e.support.after), (4, 5));
/// assert_eq!(e.to_string(), "support: 4 → 5; cites: + `McLeod et al. 2018`");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EvidenceChange {
    /// The reported publication count, when it differs (`None` is "not reported").
    pub publications: Option<Change<Option<u32>>>,
    /// Supporting citations gained and lost.
    pub citations: ListChange<Citation>,
    /// Enabling and hindering observations gained and lost (compared whole: a changed
    /// observation is removed and added).
    pub observations: ListChange<Observation>,
    /// Studies of the study table cited by id, gained and lost.
    pub studies: ListChange<StudyId>,
    /// The support count before and after (equal when the changes do not move it).
    pub support: Change<u32>,
}

impl EvidenceChange {
    /// How `after` differs from `before`, or `None` when they hold the same evidence
    /// (order aside).
    pub(crate) fn between(before: &Evidence, after: &Evidence) -> Option<Self> {
        let Evidence {
            publications,
            citations,
            observations,
            studies,
        } = before;
        let change = EvidenceChange {
            publications: Change::between(publications, &after.publications),
            citations: ListChange::between(citations, &after.citations),
            observations: ListChange::between(observations, &after.observations),
            studies: ListChange::between(studies, &after.studies),
            support: Change::new(before.support(), after.support()),
        };
        let same = change.publications.is_none()
            && change.citations.is_empty()
            && change.observations.is_empty()
            && change.studies.is_empty();
        (!same).then_some(change)
    }

    /// The report's lines, each a part of the change.
    pub(crate) fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.support.before != self.support.after {
            lines.push(format!(
                "support: {} → {}",
                self.support.before, self.support.after
            ));
        }
        if let Some(p) = &self.publications {
            lines.push(format!(
                "publications: {} → {}",
                count(p.before),
                count(p.after)
            ));
        }
        let cites = |c: &Citation| quoted(&c.to_string());
        lines.extend(
            self.citations
                .added
                .iter()
                .map(|c| format!("cites: + {}", cites(c))),
        );
        lines.extend(
            self.citations
                .removed
                .iter()
                .map(|c| format!("cites: - {}", cites(c))),
        );
        lines.extend(
            self.studies
                .added
                .iter()
                .map(|s| format!("studies: + {}", quoted(s.as_str()))),
        );
        lines.extend(
            self.studies
                .removed
                .iter()
                .map(|s| format!("studies: - {}", quoted(s.as_str()))),
        );
        lines.extend(
            self.observations
                .added
                .iter()
                .map(|o| format!("observations: + {}", observation(o))),
        );
        lines.extend(
            self.observations
                .removed
                .iter()
                .map(|o| format!("observations: - {}", observation(o))),
        );
        lines
    }
}

impl fmt::Display for EvidenceChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("; "))
    }
}

fn count(n: Option<u32>) -> String {
    n.map_or_else(|| "not reported".to_owned(), |n| n.to_string())
}

/// `hindering `summary` (`Akin 2016`; `Beidas et al. 2013`)`.
fn observation(o: &Observation) -> String {
    let mut text = format!("{} {}", o.valence.as_str(), quoted(&o.summary));
    if !o.citations.is_empty() {
        let cited: Vec<String> = o.citations.iter().map(|c| quoted(&c.to_string())).collect();
        text.push_str(&format!(" ({})", cited.join("; ")));
    }
    text
}

//! What changed in one record: [`MechanismChange`], [`LinkChange`] and [`InfoChange`].

use std::fmt;

use super::change::{list_change, Change, ListChange, WeightChange};
use super::evidence_change::EvidenceChange;
use crate::error::quoted;
use crate::export::Layout;
use crate::model::{
    Basis, Category, CategoryFields, CategoryTally, CerqualAssessment, DomainSubject, Link,
    Mechanism, ModelInfo, Polarity, Relation,
};
use crate::MechanismId;

/// One field of a mechanism that differs between two models.
///
/// `Display` prints it as a report line (`label: `Trust` → `Alliance``), or several joined
/// by `; ` for evidence and passages.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, MechanismChange, MechanismDiff};
/// use isp_moc::model::{Category, Mechanism};
/// use isp_moc::vocab::ReasoningType;
/// use isp_moc::MechanismGraph;
///
/// let model = |reasoning| MechanismGraph::builder()
///     .mechanism(Mechanism::new("alliance", "Alliance", Category::reasoning(reasoning)))
///     .build();
/// let d = diff(&model(ReasoningType::Relational)?, &model(ReasoningType::Motivation)?);
/// let MechanismDiff::Changed { changes, .. } = &d.mechanisms[0] else { unreachable!() };
/// assert!(matches!(changes[0], MechanismChange::Category(_)));
/// assert_eq!(changes[0].to_string(), "category: reasoning relational → motivation");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MechanismChange {
    /// The label.
    Label(Change<String>),
    /// The kind or the typed category.
    Category(Change<Category>),
    /// The description.
    Description(Change<String>),
    /// The sub-group.
    Group(Change<Option<String>>),
    /// The evidence.
    Evidence(EvidenceChange),
    /// The passages (order aside).
    Passages(ListChange<String>),
    /// The modeller's note.
    Note(Change<Option<String>>),
}

/// One field of a link that differs between two models.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, LinkChange, LinkDiff};
/// use isp_moc::model::Polarity;
///
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// parts.links[0].polarity = Polarity::Negative;
/// let d = diff(&g, &parts.build()?);
/// let LinkDiff::Changed { changes, .. } = &d.links[0] else { unreachable!() };
/// assert_eq!(changes[0].to_string(), "polarity: positive → negative");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkChange {
    /// The relation.
    Relation(Change<Relation>),
    /// The polarity.
    Polarity(Change<Polarity>),
    /// Text or inferred.
    Basis(Change<Basis>),
    /// The evidence.
    Evidence(EvidenceChange),
    /// The passages (order aside).
    Passages(ListChange<String>),
    /// The modeller's note.
    Note(Change<Option<String>>),
    /// The numeric weight.
    Weight(WeightChange),
    /// The context factors moderating the link (order aside).
    Moderators(ListChange<MechanismId>),
    /// The GRADE-CERQual assessment.
    Confidence(Change<Option<CerqualAssessment>>),
}

/// One field of the model info that differs between two models.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, InfoChange};
///
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// parts.info.name = "Figure 2, edited".to_owned();
/// let d = diff(&g, &parts.build()?);
/// assert!(matches!(&d.info[0], InfoChange::Name(c) if c.after == "Figure 2, edited"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum InfoChange {
    /// The model's name.
    Name(Change<String>),
    /// Its description.
    Description(Change<String>),
    /// Its source.
    Source(Change<Option<String>>),
    /// The CFIR domains re-pointed at model-specific subjects (order aside).
    DomainSubjects(ListChange<DomainSubject>),
    /// The source's category tallies (order aside; a changed tally is removed and added).
    Tallies(ListChange<CategoryTally>),
    /// The layout the model prefers for drawings.
    Layout(Change<Option<Layout>>),
}

impl MechanismChange {
    /// Every field of `after` that differs from `before`, in field order.
    pub(crate) fn between(before: &Mechanism, after: &Mechanism) -> Vec<Self> {
        // Destructured so a new field cannot be forgotten here.
        let Mechanism {
            id: _,
            label,
            category,
            description,
            group,
            evidence,
            passages,
            note,
        } = before;
        let mut changes = Vec::new();
        changes.extend(Change::between(label, &after.label).map(MechanismChange::Label));
        changes.extend(Change::between(category, &after.category).map(MechanismChange::Category));
        changes.extend(
            Change::between(description, &after.description).map(MechanismChange::Description),
        );
        changes.extend(Change::between(group, &after.group).map(MechanismChange::Group));
        changes.extend(
            EvidenceChange::between(evidence, &after.evidence).map(MechanismChange::Evidence),
        );
        changes.extend(list_change(passages, &after.passages).map(MechanismChange::Passages));
        changes.extend(Change::between(note, &after.note).map(MechanismChange::Note));
        changes
    }

    /// One report line per part of the change.
    pub(crate) fn lines(&self) -> Vec<String> {
        match self {
            MechanismChange::Label(c) => vec![text_line("label", c)],
            MechanismChange::Category(c) => vec![category_line(c)],
            MechanismChange::Description(c) => vec![text_line("description", c)],
            MechanismChange::Group(c) => vec![optional_line("group", c)],
            MechanismChange::Evidence(e) => e.lines(),
            MechanismChange::Passages(p) => passage_lines(p),
            MechanismChange::Note(c) => vec![optional_line("note", c)],
        }
    }
}

impl LinkChange {
    /// Every field of `after` that differs from `before`, in field order.
    pub(crate) fn between(before: &Link, after: &Link) -> Vec<Self> {
        let Link {
            from: _,
            to: _,
            relation,
            polarity,
            basis,
            evidence,
            passages,
            note,
            weight,
            moderators,
            confidence,
        } = before;
        let mut changes = Vec::new();
        changes.extend(Change::between(relation, &after.relation).map(LinkChange::Relation));
        changes.extend(Change::between(polarity, &after.polarity).map(LinkChange::Polarity));
        changes.extend(Change::between(basis, &after.basis).map(LinkChange::Basis));
        changes
            .extend(EvidenceChange::between(evidence, &after.evidence).map(LinkChange::Evidence));
        changes.extend(list_change(passages, &after.passages).map(LinkChange::Passages));
        changes.extend(Change::between(note, &after.note).map(LinkChange::Note));
        changes.extend(WeightChange::between(*weight, after.weight).map(LinkChange::Weight));
        changes.extend(list_change(moderators, &after.moderators).map(LinkChange::Moderators));
        changes.extend(
            Change::between(&confidence.as_deref(), &after.confidence.as_deref())
                .map(|c| LinkChange::Confidence(Change::new(c.before.cloned(), c.after.cloned()))),
        );
        changes
    }

    /// One report line per part of the change.
    pub(crate) fn lines(&self) -> Vec<String> {
        let term = |field: &str, before: &str, after: &str| format!("{field}: {before} → {after}");
        match self {
            LinkChange::Relation(c) => vec![term("relation", c.before.as_str(), c.after.as_str())],
            LinkChange::Polarity(c) => vec![term("polarity", c.before.as_str(), c.after.as_str())],
            LinkChange::Basis(c) => vec![term("basis", c.before.as_str(), c.after.as_str())],
            LinkChange::Evidence(e) => e.lines(),
            LinkChange::Passages(p) => passage_lines(p),
            LinkChange::Note(c) => vec![optional_line("note", c)],
            LinkChange::Weight(c) => {
                let shown = |w: Option<f64>| w.map_or("none".to_owned(), |w| w.to_string());
                vec![format!("weight: {} → {}", shown(c.before), shown(c.after))]
            }
            LinkChange::Moderators(list) => {
                let mut lines: Vec<String> = list
                    .added
                    .iter()
                    .map(|m| format!("moderators: + {}", quoted(m.as_str())))
                    .collect();
                lines.extend(
                    list.removed
                        .iter()
                        .map(|m| format!("moderators: - {}", quoted(m.as_str()))),
                );
                lines
            }
            LinkChange::Confidence(c) => {
                let level = |a: &Option<CerqualAssessment>| {
                    a.as_ref()
                        .map_or("not assessed", |a| a.confidence.label())
                        .to_owned()
                };
                vec![format!(
                    "confidence: {} → {}",
                    level(&c.before),
                    level(&c.after)
                )]
            }
        }
    }
}

impl InfoChange {
    /// Every field of `after` that differs from `before`, in field order.
    pub(crate) fn between(before: &ModelInfo, after: &ModelInfo) -> Vec<Self> {
        let ModelInfo {
            name,
            description,
            source,
            domain_subjects,
            tallies,
            layout,
        } = before;
        let mut changes = Vec::new();
        changes.extend(Change::between(name, &after.name).map(InfoChange::Name));
        changes
            .extend(Change::between(description, &after.description).map(InfoChange::Description));
        changes.extend(Change::between(source, &after.source).map(InfoChange::Source));
        changes.extend(
            list_change(domain_subjects, &after.domain_subjects).map(InfoChange::DomainSubjects),
        );
        changes.extend(list_change(tallies, &after.tallies).map(InfoChange::Tallies));
        changes.extend(Change::between(layout, &after.layout).map(InfoChange::Layout));
        changes
    }

    /// One report line per part of the change.
    pub(crate) fn lines(&self) -> Vec<String> {
        match self {
            InfoChange::Name(c) => vec![text_line("name", c)],
            InfoChange::Description(c) => vec![text_line("description", c)],
            InfoChange::Source(c) => vec![optional_line("source", c)],
            InfoChange::Layout(c) => vec![format!(
                "layout: {} → {}",
                c.before.map_or("none", Layout::as_str),
                c.after.map_or("none", Layout::as_str)
            )],
            InfoChange::DomainSubjects(list) => {
                let line = |sign: char, s: &DomainSubject| {
                    format!(
                        "domain subjects: {sign} {} {}",
                        s.domain.as_str(),
                        quoted(&s.subject)
                    )
                };
                let mut lines: Vec<String> = list.added.iter().map(|s| line('+', s)).collect();
                lines.extend(list.removed.iter().map(|s| line('-', s)));
                lines
            }
            InfoChange::Tallies(list) => {
                let line = |sign: char, t: &CategoryTally| {
                    let mut figures = Vec::new();
                    if let Some(n) = t.publications {
                        figures.push(format!("{n} publications"));
                    }
                    if let Some(share) = t.excerpt_share {
                        figures.push(format!("{}% of excerpts", (share * 100.0).round()));
                    }
                    format!("tallies: {sign} {} ({})", t.category, figures.join(", "))
                };
                let mut lines: Vec<String> = list.added.iter().map(|t| line('+', t)).collect();
                lines.extend(list.removed.iter().map(|t| line('-', t)));
                lines
            }
        }
    }
}

impl fmt::Display for MechanismChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("; "))
    }
}

impl fmt::Display for LinkChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("; "))
    }
}

impl fmt::Display for InfoChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("; "))
    }
}

fn text_line(field: &str, c: &Change<String>) -> String {
    format!("{field}: {} → {}", quoted(&c.before), quoted(&c.after))
}

fn optional_line(field: &str, c: &Change<Option<String>>) -> String {
    let shown = |v: &Option<String>| v.as_deref().map_or_else(|| "none".to_owned(), quoted);
    format!("{field}: {} → {}", shown(&c.before), shown(&c.after))
}

fn passage_lines(p: &ListChange<String>) -> Vec<String> {
    let mut lines: Vec<String> = p
        .added
        .iter()
        .map(|t| format!("passages: + {}", quoted(t)))
        .collect();
    lines.extend(
        p.removed
            .iter()
            .map(|t| format!("passages: - {}", quoted(t))),
    );
    lines
}

/// `category: reasoning relational → motivation` (the field `reasoning`), or, when the kind changes,
/// `category: kind reasoning → context, reasoning relational → none, cfir_domain none →
/// inner_setting`: the kind (when it changes) and every file field that differs.
pub(crate) fn category_line(c: &Change<Category>) -> String {
    let (before, after) = (c.before.kind(), c.after.kind());
    let mut parts = Vec::new();
    if before != after {
        parts.push(format!("kind {} → {}", before.as_str(), after.as_str()));
    }
    let fields_before = CategoryFields::from(&c.before).entries();
    let fields_after = CategoryFields::from(&c.after).entries();
    for ((field, _, b), (_, _, a)) in fields_before.iter().zip(&fields_after) {
        if b != a {
            let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".to_owned());
            parts.push(format!("{field} {} → {}", shown(b), shown(a)));
        }
    }
    format!("category: {}", parts.join(", "))
}

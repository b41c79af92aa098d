//! [`merge`]: one model merged into another through an id crosswalk, with every conflict
//! reported.

use std::collections::HashMap;
use std::fmt;

use super::category_union::unite;
use super::conflict::{Conflict, ConflictKind, Side, Subject};
use super::evidence_union::{absorb_evidence, absorb_passages};
use super::id_map::{rename_parts, IdMap};
use super::WeightChange;
use crate::error::{Problem, Problems};
use crate::model::{GrammarRule, Link, Mechanism, MechanismKind, Study};
use crate::{ErrorKind, MechanismGraph, MechanismId, Result};

/// The result of a [`merge`]: the merged model and every conflict found, each saying which
/// side's value the model holds.
///
/// A conflict is never settled silently: read the model with [`graph`](Merged::graph) and
/// the conflicts with [`conflicts`](Merged::conflicts), then take the model with
/// [`into_graph`](Merged::into_graph), which fails while there are conflicts, or with
/// [`accept_conflicts`](Merged::accept_conflicts), which says you accept how each was
/// settled.
///
/// `Display` prints the merged model's size and one line per conflict.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{merge, IdMap};
///
/// let g = isp_moc::catalog::figure2();
/// let merged = merge(&g, &g, &IdMap::new())?;
/// assert!(merged.is_clean());
/// assert_eq!(merged.into_graph()?, g);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a merge may hold conflicts: read them with `conflicts`"]
pub struct Merged {
    graph: MechanismGraph,
    conflicts: Vec<Conflict>,
}

/// Merges `other` into `base`, renaming `other`'s ids through `ids` (see [`IdMap`]; ids
/// it does not mention keep their id, so equal ids name the same element).
///
/// * **Records.** Every mechanism and link of either model is in the result: `base`'s in
///   its declaration order, then those only `other` has, in `other`'s order, renamed.
/// * **Fields** of a record both have are merged field by field, so nothing either model
///   says is dropped silently: a field only one model fills (a description, a group, a
///   note, a weight, a GRADE-CERQual assessment) is taken from it, lists (passages,
///   moderators) are unioned, base's first, and two different values are a conflict.
/// * **Evidence** of a record both have is unioned without counting a study twice:
///   citations of a study `base` already cites ([`Citation::same_study`]) are dropped,
///   unless they give a locator `base` lacks (filled in) or another place in the study
///   (added); observations `base` already has are dropped and those reporting the same
///   finding (valence and summary) pool their studies, unless they quote another passage;
///   passages are unioned. So the support of every record is the same whichever model is
///   the base.
/// * **Categories** of a mechanism both have are united when they agree: a category that
///   only adds detail the other leaves out (a COM-B sub-component, a CFIR construct, ERIC
///   strategies) is no conflict, and the merged mechanism gets the detail.
/// * **Studies** of the study tables with one id are united the same way: a field only
///   one record sets is filled in.
/// * **Conflicts** ([`Conflict`]) are reported, not settled silently:
///   - another label, or another description, group or note where both models give one,
///     for a mechanism both hold under one id (`base`'s is kept; another note of a
///     mechanism the crosswalk renames too, but not its label, description or group,
///     which are the other model's wording of it: `base`'s stand without a conflict);
///   - another kind, or a category field both set differently, for the same mechanism
///     (`base`'s category is kept);
///   - another relation, polarity, basis, GRADE-CERQual assessment or weight for the same
///     link, or another note where both give one (`base`'s is kept);
///   - differing publication counts for the same record (the larger is kept: a count is
///     a lower bound on the publications reporting it, and adding two counts would count
///     shared studies twice);
///   - study records under one id with another citation, or another value of a field
///     both set (`base`'s record is kept);
///   - a link only `other` has that would break the grammar because an end has another
///     kind in `base` (left out).
///
///   Every conflict is recorded in [`Merged::conflicts`], saying which side was kept;
///   [`Merged::accept_conflicts`] takes them as settled.
/// * **Model info** (name, description, source, domain subjects, tallies, layout) is
///   `base`'s: the merged model is the base model with the other's records added.
///
/// `merge(a, a, &IdMap::new())` is `a` with no conflicts. The result passes the builder's
/// validation.
///
/// # Errors
///
/// [`ErrorKind::InvalidIdMap`] for every entry of `ids` that cannot be applied: an id
/// that is not a mechanism of `other` (for `from`) or of `base` (for `to`), with the
/// nearest id when it looks like a typo; an id mapped twice; two ids mapped onto one,
/// whether by two entries or by an entry onto an id `other` keeps for one of its own
/// mechanisms.
///
/// [`Citation::same_study`]: crate::model::Citation::same_study
///
/// # Example
///
/// ```
/// use isp_moc::compare::{merge, IdMap};
/// use isp_moc::model::{Category, Citation, Link, Mechanism, Relation};
/// use isp_moc::vocab::{IspResource, ReasoningType};
/// use isp_moc::MechanismGraph;
///
/// let figure2 = isp_moc::catalog::figure2();
/// let mine = MechanismGraph::builder()
///     .mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills)))
///     .mechanism(Mechanism::new("alliance", "Working alliance", Category::reasoning(ReasoningType::Relational)))
///     .link(Link::new("isp_skills", "alliance", Relation::LeadsTo)
///         .with_citation(Citation::new("Barac et al.", 2018).with_locator("p. 4"))
///         .with_citation(Citation::new("McLeod et al.", 2018)))
///     .build()?;
/// let ids = IdMap::new().with("alliance", "trust");
/// let merged = merge(&figure2, &mine, &ids)?;
/// // my `alliance` is Figure 2's `trust` in my words: Figure 2 names it, no conflict
/// assert_eq!(merged.to_string(), "merged: 31 mechanisms, 67 links; no conflicts");
/// let g = merged.into_graph()?;
/// assert_eq!(g.mechanism_count(), figure2.mechanism_count());
/// // Barac et al. 2018 was cited already: one new study, and the page Figure 2 lacked
/// let link = g.link("isp_skills", "trust")?;
/// assert_eq!(link.support(), figure2.link("isp_skills", "trust")?.support() + 1);
/// assert_eq!(link.evidence.citations[0].to_string(), "Barac et al. 2018, p. 4");
///
/// let err = merge(&figure2, &mine, &IdMap::new().with("aliance", "turst")).unwrap_err();
/// assert_eq!(err.to_string(), "2 problems:
///   id map entry #1 `aliance` -> `turst`: `aliance` is not a mechanism of the other model; did you mean `alliance`?
///   id map entry #1 `aliance` -> `turst`: `turst` is not a mechanism of the base model; did you mean `trust`?");
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn merge(base: &MechanismGraph, other: &MechanismGraph, ids: &IdMap) -> Result<Merged> {
    let renaming = ids.renaming(other, "the other model", Some(base))?;
    let renamed = rename_parts(other.clone().into_parts(), &renaming);
    let mut parts = base.clone().into_parts();
    let mut conflicts = Vec::new();

    let mut mechanism_at: HashMap<MechanismId, usize> = parts
        .mechanisms
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.clone(), i))
        .collect();
    for (m, original) in renamed.mechanisms.into_iter().zip(other.mechanisms()) {
        let Some(&i) = mechanism_at.get(&m.id) else {
            mechanism_at.insert(m.id.clone(), parts.mechanisms.len());
            parts.mechanisms.push(m);
            continue;
        };
        let Some(kept) = parts.mechanisms.get_mut(i) else {
            continue;
        };
        let renamed = m.id != original.id;
        let mut found = Found {
            subject: Subject::mechanism(&m.id, &original.id),
            conflicts: &mut conflicts,
        };
        absorb_mechanism(kept, m, renamed, &mut found);
    }

    let kinds: HashMap<&MechanismId, MechanismKind> =
        parts.mechanisms.iter().map(|m| (&m.id, m.kind())).collect();
    let link_at: HashMap<(MechanismId, MechanismId), usize> = parts
        .links
        .iter()
        .enumerate()
        .map(|(i, l)| ((l.from.clone(), l.to.clone()), i))
        .collect();
    let mut new_links = Vec::new();
    for (l, original) in renamed.links.into_iter().zip(other.links()) {
        let mut found = Found {
            subject: Subject::link((&l.from, &l.to), (&original.from, &original.to)),
            conflicts: &mut conflicts,
        };
        let Some(&i) = link_at.get(&(l.from.clone(), l.to.clone())) else {
            // Every end is a mechanism of the merged model; were one not, the build
            // below would report it.
            let broken = match (kinds.get(&l.from), kinds.get(&l.to)) {
                (Some(&from_kind), Some(&to_kind)) => {
                    GrammarRule::check(from_kind, l.relation, to_kind)
                        .map(|rule| (rule, from_kind, to_kind))
                }
                _ => None,
            };
            match broken {
                Some((rule, from_kind, to_kind)) => found.push(
                    ConflictKind::BreaksGrammar {
                        rule,
                        from_kind,
                        to_kind,
                        relation: l.relation,
                    },
                    Side::Base,
                ),
                None => new_links.push(l),
            }
            continue;
        };
        let Some(kept) = parts.links.get_mut(i) else {
            continue;
        };
        absorb_link(kept, l, &mut found);
    }
    parts.links.extend(new_links);

    for study in renamed.studies {
        let Some(kept) = parts.studies.iter_mut().find(|s| s.id == study.id) else {
            parts.studies.push(study);
            continue;
        };
        match unite_study(kept, &study) {
            Some(united) => *kept = united,
            None => conflicts.push(Conflict {
                subject: Subject::Study {
                    id: study.id.clone(),
                },
                kind: ConflictKind::Study {
                    base: Box::new(kept.clone()),
                    other: Box::new(study),
                },
                kept: Side::Base,
            }),
        }
    }

    Ok(Merged {
        graph: parts.build()?,
        conflicts,
    })
}

/// The conflicts found about one record, and the record they are about.
struct Found<'a> {
    /// The mechanism or link being merged.
    subject: Subject,
    /// Every conflict of the merge so far.
    conflicts: &'a mut Vec<Conflict>,
}

impl Found<'_> {
    /// Records that the two models disagree (`kind`) and whose value the merge kept.
    fn push(&mut self, kind: ConflictKind, kept: Side) {
        self.conflicts.push(Conflict {
            subject: self.subject.clone(),
            kind,
            kept,
        });
    }

    /// Records `base` and `other` as `kind` when they differ, the base's kept.
    fn differ<T: PartialEq + Copy>(&mut self, base: T, other: T, kind: fn(T, T) -> ConflictKind) {
        if base != other {
            self.push(kind(base, other), Side::Base);
        }
    }

    /// Records differing texts (see [`fill_text`]) as `kind`, the base's kept.
    fn text(
        &mut self,
        differing: Option<(String, String)>,
        kind: fn(String, String) -> ConflictKind,
    ) {
        if let Some((base, other)) = differing {
            self.push(kind(base, other), Side::Base);
        }
    }

    /// Records differing publication counts; the larger is kept.
    fn publications(&mut self, counts: Option<(u32, u32)>) {
        if let Some((base, other)) = counts {
            let kept = if base >= other {
                Side::Base
            } else {
                Side::Other
            };
            self.push(ConflictKind::Publications { base, other }, kept);
        }
    }
}

/// Merges the other model's record of a mechanism into `kept`, the base's, field by field.
/// A mechanism the id map `renamed` is the same element under the other model's own
/// names: its label, description and group there are how that model words it, not a
/// disagreement, so the base's stand (filled in where the base has none). Under one id
/// in both models, two different wordings are a conflict.
fn absorb_mechanism(kept: &mut Mechanism, other: Mechanism, renamed: bool, found: &mut Found<'_>) {
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
    } = other;
    // the base names a renamed mechanism: its own wording is no conflict
    let worded = |differing: Option<(String, String)>| differing.filter(|_| !renamed);
    found.text(worded(fill_text(&mut kept.label, label)), |base, other| {
        ConflictKind::Label { base, other }
    });
    match unite(&kept.category, &category) {
        Some(united) => kept.category = united,
        None => found.push(
            ConflictKind::Category {
                base: kept.category.clone(),
                other: category,
            },
            Side::Base,
        ),
    }
    found.text(
        worded(fill_text(&mut kept.description, description)),
        |base, other| ConflictKind::Description { base, other },
    );
    found.text(
        worded(fill_optional(&mut kept.group, group)),
        |base, other| ConflictKind::Group { base, other },
    );
    found.publications(absorb_evidence(&mut kept.evidence, &evidence));
    absorb_passages(&mut kept.passages, &passages);
    found.text(fill_optional(&mut kept.note, note), |base, other| {
        ConflictKind::Note { base, other }
    });
}

/// Merges the other model's record of a link into `kept`, the base's, field by field.
fn absorb_link(kept: &mut Link, other: Link, found: &mut Found<'_>) {
    // Destructured so a new field cannot be forgotten here.
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
    } = other;
    found.differ(kept.relation, relation, |base, other| {
        ConflictKind::Relation { base, other }
    });
    found.differ(kept.polarity, polarity, |base, other| {
        ConflictKind::Polarity { base, other }
    });
    found.differ(kept.basis, basis, |base, other| ConflictKind::Basis {
        base,
        other,
    });
    match (&kept.confidence, confidence) {
        (None, Some(other)) => kept.confidence = Some(other),
        (Some(base), Some(other)) if *base != other => {
            let base = base.clone();
            found.push(ConflictKind::Confidence { base, other }, Side::Base);
        }
        _ => {}
    }
    match (kept.weight, weight) {
        (None, Some(w)) => kept.weight = Some(w),
        (Some(base), Some(other)) if base.to_bits() != other.to_bits() => found.push(
            ConflictKind::Weight(WeightChange::new(Some(base), Some(other))),
            Side::Base,
        ),
        _ => {}
    }
    for m in moderators {
        if !kept.moderators.contains(&m) {
            kept.moderators.push(m);
        }
    }
    found.publications(absorb_evidence(&mut kept.evidence, &evidence));
    absorb_passages(&mut kept.passages, &passages);
    found.text(fill_optional(&mut kept.note, note), |base, other| {
        ConflictKind::Note { base, other }
    });
}

/// Gives an empty `kept` the `other` text. When both are set and differ, `kept` stays and
/// both are returned, `(base, other)`, for the caller to report.
fn fill_text(kept: &mut String, other: String) -> Option<(String, String)> {
    if other.is_empty() || *kept == other {
        None
    } else if kept.is_empty() {
        *kept = other;
        None
    } else {
        Some((kept.clone(), other))
    }
}

/// Gives an unset `kept` the `other` text. When both are set and differ, `kept` stays and
/// both are returned, `(base, other)`, for the caller to report.
fn fill_optional(kept: &mut Option<String>, other: Option<String>) -> Option<(String, String)> {
    match (kept, other) {
        (_, None) => None,
        (kept @ None, other) => {
            *kept = other;
            None
        }
        (Some(kept), Some(other)) => (*kept != other).then(|| (kept.clone(), other)),
    }
}

/// The one record two study tables hold under one id, when they agree: the same
/// citation, and every other field either one leaves unset (no roles) or both set alike
/// (roles as a set). The result is `base` with what only `other` gives filled in. `None`
/// when they disagree.
fn unite_study(base: &Study, other: &Study) -> Option<Study> {
    // Destructured so a new field cannot be forgotten here.
    let Study {
        id,
        citation,
        location,
        design,
        sector,
        roles,
        doi,
    } = other;
    let same_roles =
        roles.len() == base.roles.len() && roles.iter().all(|r| base.roles.contains(r));
    Some(Study {
        id: (*id == base.id).then(|| base.id.clone())?,
        citation: (*citation == base.citation).then(|| base.citation.clone())?,
        location: either(&base.location, location)?,
        design: either(&base.design, design)?,
        sector: either(&base.sector, sector)?,
        roles: if base.roles.is_empty() {
            roles.clone()
        } else if roles.is_empty() || same_roles {
            base.roles.clone()
        } else {
            return None;
        },
        doi: either(&base.doi, doi)?,
    })
}

/// The value `base` and `other` agree on: the one set, or both when equal; `None` when
/// both are set and differ.
fn either<T: PartialEq + Clone>(base: &Option<T>, other: &Option<T>) -> Option<Option<T>> {
    match (base, other) {
        (Some(b), Some(o)) if b != o => None,
        (None, o) => Some(o.clone()),
        (b, _) => Some(b.clone()),
    }
}

impl Merged {
    /// The merged model, each conflict settled as its [`Conflict::kept`] says.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// let merged = isp_moc::compare::merge(&g, &g, &isp_moc::compare::IdMap::new())?;
    /// assert_eq!(merged.graph().mechanism_count(), 31);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn graph(&self) -> &MechanismGraph {
        &self.graph
    }

    /// Every conflict, in the other model's declaration order (mechanisms, then links).
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(isp_moc::compare::merge(&g, &g, &Default::default())?.conflicts().is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// True when the merge found no conflict.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// assert!(isp_moc::compare::merge(&g, &g, &Default::default())?.is_clean());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// The merged model, when the merge found no conflict.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MergeConflict`] for every conflict, when there are any.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::{merge, IdMap};
    /// use isp_moc::model::Polarity;
    ///
    /// let g = isp_moc::catalog::figure2();
    /// let mut parts = g.clone().into_parts();
    /// parts.links[0].polarity = Polarity::Mixed;
    /// let err = merge(&g, &parts.build()?, &IdMap::new())?.into_graph().unwrap_err();
    /// assert_eq!(err.to_string(),
    ///     "merge conflict: link `isp_skills` -> `trust`: polarity: base `positive`, other `mixed`; kept the base's");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn into_graph(self) -> Result<MechanismGraph> {
        let mut problems = Problems::new();
        for conflict in self.conflicts {
            problems.push(Problem::new(ErrorKind::MergeConflict {
                conflict: Box::new(conflict),
            }));
        }
        problems.finish()?;
        Ok(self.graph)
    }

    /// The merged model, accepting how each conflict was settled (see
    /// [`conflicts`](Merged::conflicts)).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::{merge, IdMap};
    /// use isp_moc::model::Polarity;
    ///
    /// let g = isp_moc::catalog::figure2();
    /// let mut parts = g.clone().into_parts();
    /// parts.links[0].polarity = Polarity::Mixed;
    /// let merged = merge(&g, &parts.build()?, &IdMap::new())?;
    /// assert_eq!(merged.conflicts().len(), 1);
    /// assert_eq!(merged.accept_conflicts(), g);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn accept_conflicts(self) -> MechanismGraph {
        self.graph
    }
}

impl fmt::Display for Merged {
    /// `merged: 32 mechanisms, 70 links; 2 conflicts` and one indented line per conflict.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "merged: {}, {}; ",
            crate::prose::counted(self.graph.mechanism_count(), "mechanism"),
            crate::prose::counted(self.graph.link_count(), "link")
        )?;
        match self.conflicts.len() {
            0 => f.write_str("no conflicts"),
            1 => f.write_str("1 conflict:"),
            n => write!(f, "{n} conflicts:"),
        }?;
        for c in &self.conflicts {
            write!(f, "\n  {c}")?;
        }
        Ok(())
    }
}

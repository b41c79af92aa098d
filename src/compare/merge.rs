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
use crate::model::{GrammarRule, MechanismKind};
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
/// * **Evidence** of a record both have is unioned without counting a study twice:
///   citations of a study `base` already cites ([`Citation::same_study`]) are dropped,
///   observations `base` already has are dropped and those reporting the same finding
///   (valence and summary) pool their studies; passages are unioned. So the support of
///   every record is the same whichever model is the base.
/// * **Categories** of a mechanism both have are united when they agree: a category that
///   only adds detail the other leaves out (a COM-B sub-component, a CFIR construct, ERIC
///   strategies) is no conflict, and the merged mechanism gets the detail.
/// * **Conflicts** ([`Conflict`]) are reported, not settled silently:
///   - another kind, or a category field both set differently, for the same mechanism
///     (`base`'s category is kept);
///   - another relation, polarity or basis for the same link (`base`'s is kept);
///   - another weight for the same link (`base`'s is kept; a weight only one model sets
///     is taken, and the moderators of both are united, base's first);
///   - differing publication counts for the same record (the larger is kept: a count is
///     a lower bound on the publications reporting it, and adding two counts would count
///     shared studies twice);
///   - a link only `other` has that would break the grammar because an end has another
///     kind in `base` (left out).
///
///   Every conflict is recorded in [`Merged::conflicts`], saying which side was kept.
/// * **Descriptive fields** of a record both have (label, description, group, note) and
///   the model info are `base`'s: the crosswalk says the records are the same element,
///   and the base names it. [`diff`](super::diff) shows how they differ.
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
/// assert!(merged.is_clean());
/// let g = merged.into_graph()?;
/// assert_eq!(g.mechanism_count(), figure2.mechanism_count());
/// // Barac et al. 2018 was cited already: one new study
/// assert_eq!(g.link("isp_skills", "trust")?.support(), figure2.link("isp_skills", "trust")?.support() + 1);
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
        let subject = || Subject::mechanism(&m.id, &original.id);
        match unite(&kept.category, &m.category) {
            Some(category) => kept.category = category,
            None => conflicts.push(Conflict {
                subject: subject(),
                kind: ConflictKind::Category {
                    base: kept.category.clone(),
                    other: m.category.clone(),
                },
                kept: Side::Base,
            }),
        }
        if let Some(counts) = absorb_evidence(&mut kept.evidence, &m.evidence) {
            conflicts.push(publications(subject(), counts));
        }
        absorb_passages(&mut kept.passages, &m.passages);
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
        let subject = || Subject::link((&l.from, &l.to), (&original.from, &original.to));
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
                Some((rule, from_kind, to_kind)) => conflicts.push(Conflict {
                    subject: subject(),
                    kind: ConflictKind::BreaksGrammar {
                        rule,
                        from_kind,
                        to_kind,
                        relation: l.relation,
                    },
                    kept: Side::Base,
                }),
                None => new_links.push(l),
            }
            continue;
        };
        let Some(kept) = parts.links.get_mut(i) else {
            continue;
        };
        let mut differs = |kind: Option<ConflictKind>| {
            if let Some(kind) = kind {
                conflicts.push(Conflict {
                    subject: subject(),
                    kind,
                    kept: Side::Base,
                });
            }
        };
        differs(
            (kept.relation != l.relation).then_some(ConflictKind::Relation {
                base: kept.relation,
                other: l.relation,
            }),
        );
        differs(
            (kept.polarity != l.polarity).then_some(ConflictKind::Polarity {
                base: kept.polarity,
                other: l.polarity,
            }),
        );
        differs((kept.basis != l.basis).then_some(ConflictKind::Basis {
            base: kept.basis,
            other: l.basis,
        }));
        match (&kept.confidence, &l.confidence) {
            (None, Some(other)) => kept.confidence = Some(other.clone()),
            (Some(base), Some(other)) if base != other => {
                differs(Some(ConflictKind::Confidence {
                    base: base.clone(),
                    other: other.clone(),
                }));
            }
            _ => {}
        }
        match (kept.weight, l.weight) {
            (None, Some(w)) => kept.weight = Some(w),
            (Some(base), Some(other)) if base.to_bits() != other.to_bits() => {
                conflicts.push(Conflict {
                    subject: subject(),
                    kind: ConflictKind::Weight(WeightChange::new(Some(base), Some(other))),
                    kept: Side::Base,
                });
            }
            _ => {}
        }
        for m in &l.moderators {
            if !kept.moderators.contains(m) {
                kept.moderators.push(m.clone());
            }
        }
        if let Some(counts) = absorb_evidence(&mut kept.evidence, &l.evidence) {
            conflicts.push(publications(subject(), counts));
        }
        absorb_passages(&mut kept.passages, &l.passages);
    }
    parts.links.extend(new_links);

    for study in renamed.studies {
        match parts.studies.iter().find(|s| s.id == study.id) {
            None => parts.studies.push(study),
            Some(kept) if *kept != study => conflicts.push(Conflict {
                subject: Subject::Study {
                    id: study.id.clone(),
                },
                kind: ConflictKind::Study {
                    base: Box::new(kept.clone()),
                    other: Box::new(study),
                },
                kept: Side::Base,
            }),
            Some(_) => {}
        }
    }

    Ok(Merged {
        graph: parts.build()?,
        conflicts,
    })
}

/// Differing publication counts; the larger is kept.
fn publications(subject: Subject, (base, other): (u32, u32)) -> Conflict {
    Conflict {
        subject,
        kind: ConflictKind::Publications { base, other },
        kept: if base >= other {
            Side::Base
        } else {
            Side::Other
        },
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

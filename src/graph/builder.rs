//! [`MechanismGraphBuilder`]: collects records, validates them all at once, builds the
//! graph.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::{Adjacency, IdIndex, LinkColumns, MechanismGraph, ModelParts, Resolved};

/// An id the model lacks, in the endpoint array.
const NONE: u32 = u32::MAX;

/// A hash map with a fast, per-process seeded hasher (foldhash), for the build's indices.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
use crate::error::{Location, Problems, Record};
use crate::model::{Evidence, GrammarRule, Link, Mechanism, MechanismKind, ModelInfo, Study};
use crate::{ErrorKind, Result};

/// Collects a model's info, mechanisms and links, then validates everything at once in
/// [`build`](MechanismGraphBuilder::build).
///
/// The setters take the builder by value and return it, so a whole model chains to
/// `build()?`; in a loop, reassign (`b = b.mechanism(m)`) or use [`Extend`]. Links are
/// resolved by id at build time, so declaration order does not matter, and an unknown
/// endpoint is an error: nodes are never created implicitly.
///
/// `build` checks, and reports **every** problem (in declaration order, each naming its
/// record by position and id, at most [`MAX_PROBLEMS`](crate::error::MAX_PROBLEMS)):
///
/// 1. the model info (tallies, domain subjects);
/// 2. each mechanism: a valid id, not a duplicate, a label, the category rules, citations;
/// 3. each link: not a self-link, known endpoints (with a did-you-mean for a misspelt id),
///    not a second link for the same pair, the grammar ([`GrammarRule`]), its moderators
///    (known, context factors, each once; a did-you-mean among the context factors), a
///    finite weight, citations.
///
/// Cycles are allowed: the paper expects "recursive interactions".
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, GrammarRule, Link, Mechanism, Relation};
/// use isp_moc::vocab::{IspResource, ReasoningType};
/// use isp_moc::{ErrorKind, MechanismGraph};
///
/// let graph = MechanismGraph::builder()
///     .mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills)))
///     .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational)))
///     .link(Link::new("isp_skills", "trust", Relation::LeadsTo))
///     .build()?;
/// assert_eq!(graph.link_count(), 1);
///
/// // A link back into the resource breaks the grammar:
/// let err = MechanismGraph::builder()
///     .mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills)))
///     .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational)))
///     .link(Link::new("trust", "isp_skills", Relation::LeadsTo))
///     .build()
///     .unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::GrammarViolation { rule: GrammarRule::IntoResource, .. }));
/// assert_eq!(err.to_string(),
///     "link #1 `trust` -> `isp_skills`: nothing leads to a resource; only a context factor \
///      can condition one (`trust` is a response (reasoning), `isp_skills` is a resource, relation `leads_to`)");
///
/// // In a loop:
/// let mut b = MechanismGraph::builder();
/// for (id, label) in [("trust", "Trust"), ("openness", "Openness")] {
///     b = b.mechanism(Mechanism::new(id, label, Category::reasoning(ReasoningType::Relational)));
/// }
/// assert_eq!(b.build()?.mechanism_count(), 2);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct MechanismGraphBuilder {
    parts: ModelParts,
    /// Links (0-based, ascending) whose grammar is not checked: a loader's stand-ins for
    /// links whose relation could not be read, given only to check their ends.
    grammar_unchecked: Vec<usize>,
}

impl MechanismGraphBuilder {
    /// An empty builder.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::MechanismGraphBuilder::new().build()?;
    /// assert!(g.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn new() -> Self {
        MechanismGraphBuilder::default()
    }

    /// Sets the model info.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::ModelInfo;
    /// let g = isp_moc::MechanismGraph::builder().info(ModelInfo::new("demo")).build()?;
    /// assert_eq!(g.info().name, "demo");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn info(mut self, info: ModelInfo) -> Self {
        self.parts.info = info;
        self
    }

    /// Adds a mechanism.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational)))
    ///     .build()?;
    /// assert_eq!(g.mechanism_count(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanism(mut self, mechanism: Mechanism) -> Self {
        self.parts.mechanisms.push(mechanism);
        self
    }

    /// Adds mechanisms, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let relational = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["trust", "openness"].map(relational))
    ///     .build()?;
    /// assert_eq!(g.mechanisms()[1].id, "openness");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanisms(mut self, mechanisms: impl IntoIterator<Item = Mechanism>) -> Self {
        take_or_extend(&mut self.parts.mechanisms, mechanisms);
        self
    }

    /// Adds a link; its endpoints are resolved at build time.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// use isp_moc::ErrorKind;
    /// let err = isp_moc::MechanismGraph::builder()
    ///     .link(Link::new("a", "b", Relation::LeadsTo))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::UnknownEndpoint { .. }));
    /// ```
    pub fn link(mut self, link: Link) -> Self {
        self.parts.links.push(link);
        self
    }

    /// Adds links, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::vocab::ReasoningType;
    /// let relational = |id: &str| Mechanism::new(id, id, Category::reasoning(ReasoningType::Relational));
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .mechanisms(["a", "b", "c"].map(relational))
    ///     .links([("a", "b"), ("b", "c")].map(|(x, y)| Link::new(x, y, Relation::LeadsTo)))
    ///     .build()?;
    /// assert_eq!(g.link_count(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn links(mut self, links: impl IntoIterator<Item = Link>) -> Self {
        take_or_extend(&mut self.parts.links, links);
        self
    }

    /// Adds a study to the model's study table.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Citation, Evidence, Mechanism, Study};
    /// use isp_moc::vocab::ReasoningType;
    /// let akin = Study::new(Citation::new("Akin", 2016));
    /// let trust = Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational))
    ///     .with_evidence(Evidence::new().with_study(akin.id.clone()));
    /// let g = isp_moc::MechanismGraph::builder().study(akin).mechanism(trust).build()?;
    /// assert_eq!(g.study("akin_2016")?.citation.year, 2016);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn study(mut self, study: Study) -> Self {
        self.parts.studies.push(study);
        self
    }

    /// Adds studies to the model's study table, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// let g = isp_moc::MechanismGraph::builder()
    ///     .studies([Study::new(Citation::new("Akin", 2016)), Study::new(Citation::new("Zed", 2020))])
    ///     .build()?;
    /// assert_eq!(g.studies().len(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn studies(mut self, studies: impl IntoIterator<Item = Study>) -> Self {
        self.parts.studies.extend(studies);
        self
    }

    /// The records collected so far.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// let b = isp_moc::MechanismGraph::builder().link(Link::new("a", "b", Relation::LeadsTo));
    /// assert_eq!(b.parts().links.len(), 1);
    /// ```
    pub fn parts(&self) -> &ModelParts {
        &self.parts
    }

    /// Validates everything and builds the graph.
    ///
    /// # Errors
    ///
    /// Every problem found, in declaration order (info, mechanisms, links), each located
    /// at its record ([`Record::Mechanism`], [`Record::Link`], [`Record::Info`]):
    /// [`ErrorKind::InvalidInfo`], [`ErrorKind::InvalidId`],
    /// [`ErrorKind::DuplicateMechanism`], [`ErrorKind::InvalidMechanism`],
    /// [`ErrorKind::SelfLink`], [`ErrorKind::UnknownEndpoint`], [`ErrorKind::DuplicateLink`],
    /// [`ErrorKind::GrammarViolation`], [`ErrorKind::UnknownModerator`],
    /// [`ErrorKind::InvalidLink`] (including a non-finite weight, a moderator that is not a
    /// context factor, is an end of its own link or is listed twice); or
    /// [`ErrorKind::CapacityExceeded`] alone for a model too large to index.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Link, Mechanism, Relation};
    /// use isp_moc::vocab::ReasoningType;
    /// let trust = Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational));
    /// let err = isp_moc::MechanismGraph::builder()
    ///     .mechanism(trust.clone())
    ///     .mechanism(trust)
    ///     .link(Link::new("trust", "self_eficacy", Relation::LeadsTo))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "2 problems:
    ///   mechanism #2 `trust`: duplicate mechanism id `trust`: already declared by mechanism #1
    ///   link #1 `trust` -> `self_eficacy`: `self_eficacy` is not a mechanism of the model");
    /// ```
    pub fn build(self) -> Result<MechanismGraph> {
        let grammar_unchecked = self.grammar_unchecked;
        let ModelParts {
            info,
            mut mechanisms,
            mut links,
            studies,
        } = self.parts;
        check_capacity("mechanisms", mechanisms.len())?;
        check_capacity("links", links.len())?;
        check_capacity("studies", studies.len())?;
        let mut problems = Problems::new();
        for reason in info.problems() {
            problems.add(
                ErrorKind::InvalidInfo { reason },
                Location::record(Record::Info),
            );
        }

        // The table is checked first (evidence refers to it) and reported last, where
        // documents keep it.
        let mut study_problems = Problems::new();
        let study_ids = check_studies(&studies, &mut study_problems);

        // Indexed by the id's text, valid or not, so a link to a mechanism whose id is
        // malformed does not also report an unknown endpoint.
        let mut index: IdIndex =
            FastMap::with_capacity_and_hasher(mechanisms.len(), Default::default());
        // each malformed id's fix, the mechanism's node beside it (see below)
        let mut fixes: Vec<(u32, String)> = Vec::new();
        for (i, m) in mechanisms.iter().enumerate() {
            let id = m.id.as_str();
            let invalid = crate::id::invalid_reason(id);
            let at = || {
                Location::record(Record::Mechanism {
                    position: i + 1,
                    id: invalid.is_none().then(|| id.to_owned()),
                })
            };
            if let Some(reason) = invalid {
                problems.add(
                    ErrorKind::InvalidId {
                        id: id.to_owned(),
                        reason,
                    },
                    at(),
                );
                fixes.extend(crate::id::valid_near(id).map(|near| (i as u32, near)));
            }
            match index.entry(m.id.clone()) {
                Entry::Occupied(first) => problems.add(
                    ErrorKind::DuplicateMechanism {
                        id: id.to_owned(),
                        first: *first.get() as usize + 1,
                    },
                    at(),
                ),
                Entry::Vacant(slot) => {
                    slot.insert(i as u32);
                }
            }
            for reason in m.problems() {
                problems.add(
                    ErrorKind::InvalidMechanism {
                        id: id.to_owned(),
                        reason,
                    },
                    at(),
                );
            }
            check_study_refs(&m.evidence, &study_ids, &at, &mut problems);
        }
        // A malformed id's fix (`Psych-Safety` → `psych_safety`), which its message offers
        // and links may already use, finds that mechanism too, unless the model declares
        // it: one mistake, one message. The build fails on the malformed id anyway.
        for (i, near) in fixes {
            index
                .entry(crate::MechanismId::unchecked(&near))
                .or_insert(i);
        }
        // did-you-mean candidates, in declaration order (ties go to the first declared)
        let ids = || mechanisms.iter().map(|m| m.id.as_str());
        let context_ids = || {
            mechanisms
                .iter()
                .filter(|m| m.kind() == MechanismKind::Context)
                .map(|m| m.id.as_str())
        };

        // The link pass visits nodes in link order (at random): it reads a byte per kind
        // here instead of whole mechanism records.
        let kinds: Vec<MechanismKind> = mechanisms.iter().map(Mechanism::kind).collect();

        // Every link's end nodes first (NONE for an id the model lacks), so the outgoing
        // lists can be built once, here, and show duplicate links as neighbours repeated.
        // A resolved long id shares the model's text for it instead of holding a copy
        // (harmless if the build fails: the records are dropped); that text is the key of
        // the index entry just probed, so no mechanism record is read. A short id is held
        // inline and has nothing to share.
        let resolve = |id: &mut crate::MechanismId| match index.get_key_value(&*id) {
            Some((key, &node)) => {
                id.share(key);
                node
            }
            None => NONE,
        };
        let endpoints: Vec<(u32, u32)> = links
            .iter_mut()
            .map(|l| (resolve(&mut l.from), resolve(&mut l.to)))
            .collect();
        // the id order (kept by the graph, which exists only if ids turn out unique)
        let by_id = id_order(&mechanisms);
        let mut rank = vec![0; mechanisms.len()];
        for (r, &node) in by_id.iter().enumerate() {
            rank[node as usize] = r as u32;
        }
        let outgoing = Adjacency::new(
            mechanisms.len(),
            endpoints
                .iter()
                .enumerate()
                .filter(|&(_, &(a, b))| a != NONE && b != NONE && a != b)
                .map(|(l, &(a, b))| (a, b, l as u32)),
            &rank,
        );
        // later link -> the first link between the same two nodes (rare: a map, not a vector)
        let first_link: FastMap<u32, u32> = outgoing
            .repeated_links()
            .into_iter()
            .map(|(first, later)| (later, first))
            .collect();

        // link j's moderators are nodes moderator_nodes[moderator_starts[j]..moderator_starts[j + 1]]
        let mut moderator_starts = Vec::with_capacity(links.len() + 1);
        moderator_starts.push(0u32);
        let mut moderator_nodes = Vec::new();
        let mut columns = LinkColumns::with_capacity(links.len());
        for (i, (l, &(a, b))) in links.iter_mut().zip(&endpoints).enumerate() {
            let (from, to) = (l.from.as_str(), l.to.as_str());
            let at = || {
                Location::record(Record::Link {
                    position: i + 1,
                    from: Some(from.to_owned()),
                    to: Some(to.to_owned()),
                })
            };
            // Resolved ids are equal exactly when their nodes are (no text compared).
            let self_link = if a == NONE && b == NONE {
                from == to
            } else {
                a == b
            };
            if self_link {
                problems.add(
                    ErrorKind::SelfLink {
                        id: from.to_owned(),
                    },
                    at(),
                );
            }
            // a self-link to an unknown id names it once
            let missing = [(a, from), (b, to)];
            let missing = if self_link {
                &missing[..1]
            } else {
                &missing[..]
            };
            for &(_, id) in missing.iter().filter(|&&(node, _)| node == NONE) {
                let suggestion = problems.suggestion(id, ids());
                problems.add(
                    ErrorKind::UnknownEndpoint {
                        from: from.to_owned(),
                        to: to.to_owned(),
                        missing: id.to_owned(),
                        suggestion,
                    },
                    at(),
                );
            }
            if a != NONE && b != NONE {
                if let Some(&first) = first_link.get(&(i as u32)) {
                    problems.add(
                        ErrorKind::DuplicateLink {
                            from: from.to_owned(),
                            to: to.to_owned(),
                            first: first as usize + 1,
                        },
                        at(),
                    );
                }
                let (from_kind, to_kind) = (kinds[a as usize], kinds[b as usize]);
                let rule = GrammarRule::check(from_kind, l.relation, to_kind)
                    .filter(|_| grammar_unchecked.binary_search(&i).is_err());
                if let Some(rule) = rule {
                    problems.add(
                        ErrorKind::GrammarViolation {
                            from: from.to_owned(),
                            to: to.to_owned(),
                            rule,
                            from_kind,
                            to_kind,
                            relation: l.relation,
                        },
                        at(),
                    );
                }
            }
            for k in 0..l.moderators.len() {
                let found = index.get_key_value(&l.moderators[k]);
                let node = found.map(|(_, &node)| node);
                let moderator = l.moderators[k].as_str();
                let field = || at().with_field(&format!("moderators[{k}]"));
                let reason = match node {
                    None => {
                        let suggestion = problems.suggestion(moderator, context_ids());
                        problems.add(
                            ErrorKind::UnknownModerator {
                                from: from.to_owned(),
                                to: to.to_owned(),
                                moderator: moderator.to_owned(),
                                suggestion,
                            },
                            field(),
                        );
                        None
                    }
                    Some(n) if kinds[n as usize] != MechanismKind::Context => Some(format!(
                        "moderator `{moderator}` is {}; only a context factor can moderate a \
                         link ({})",
                        kinds[n as usize].with_article(),
                        listed("the model's context factors", context_ids())
                    )),
                    Some(n) if n == a || n == b => Some(format!(
                        "moderator `{moderator}` is an end of the link it moderates; a factor \
                         cannot condition its own link (leave it out of `moderators`)"
                    )),
                    Some(_) if l.moderators[..k].iter().any(|m| m == moderator) => {
                        Some(format!("moderator `{moderator}` is listed twice"))
                    }
                    Some(_) => None,
                };
                if let Some(reason) = reason {
                    problems.add(
                        ErrorKind::InvalidLink {
                            from: from.to_owned(),
                            to: to.to_owned(),
                            reason,
                        },
                        field(),
                    );
                }
                if let Some((key, &n)) = found {
                    moderator_nodes.push(n);
                    l.moderators[k].share(key);
                }
            }
            for reason in l.problems() {
                problems.add(
                    ErrorKind::InvalidLink {
                        from: from.to_owned(),
                        to: to.to_owned(),
                        reason,
                    },
                    at(),
                );
            }
            check_study_refs(&l.evidence, &study_ids, &at, &mut problems);
            columns.push(l);
            moderator_starts.push(moderator_nodes.len() as u32);
        }
        problems.append(study_problems);
        problems.finish()?;
        for m in &mut mechanisms {
            m.category.normalize();
        }
        let resolved = Resolved {
            index,
            endpoints,
            moderator_starts,
            moderator_nodes,
            by_id,
            rank,
            outgoing,
            columns,
        };
        let mut graph = MechanismGraph::assemble(info, mechanisms, links, resolved);
        graph.set_studies(studies);
        Ok(graph)
    }
}

impl From<ModelParts> for MechanismGraphBuilder {
    fn from(parts: ModelParts) -> Self {
        MechanismGraphBuilder {
            parts,
            grammar_unchecked: Vec::new(),
        }
    }
}

impl MechanismGraphBuilder {
    /// The same builder, not checking the grammar of `links` (0-based positions): a
    /// loader's stand-ins for links whose relation could not be read, given to the builder
    /// only so that their ends and moderators are checked in the same run.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn without_grammar_for(mut self, mut links: Vec<usize>) -> Self {
        links.sort_unstable();
        self.grammar_unchecked = links;
        self
    }
}

impl Extend<Mechanism> for MechanismGraphBuilder {
    fn extend<I: IntoIterator<Item = Mechanism>>(&mut self, mechanisms: I) {
        self.parts.mechanisms.extend(mechanisms);
    }
}

impl Extend<Link> for MechanismGraphBuilder {
    fn extend<I: IntoIterator<Item = Link>>(&mut self, links: I) {
        self.parts.links.extend(links);
    }
}

/// Appends `items` to `list`; into an empty list, a `Vec` is taken as it is (collecting a
/// vector's own iterator reuses its buffer), so large models are not copied record by
/// record.
fn take_or_extend<T>(list: &mut Vec<T>, items: impl IntoIterator<Item = T>) {
    if list.is_empty() {
        *list = items.into_iter().collect();
    } else {
        list.extend(items);
    }
}

/// Checks the study table (ids unique, citations well formed) and returns its ids.
fn check_studies<'s>(studies: &'s [Study], problems: &mut Problems) -> HashMap<&'s str, usize> {
    let mut ids = HashMap::with_capacity(studies.len());
    for (i, s) in studies.iter().enumerate() {
        let id = s.id.as_str();
        let at = Location::record(Record::Study {
            position: i + 1,
            id: Some(id.to_owned()),
        });
        if let Some(&first) = ids.get(id) {
            problems.add(
                ErrorKind::DuplicateStudy {
                    id: id.to_owned(),
                    first: first + 1,
                },
                at.clone(),
            );
        } else {
            ids.insert(id, i);
        }
        for reason in s.problems() {
            problems.add(
                ErrorKind::InvalidStudy {
                    id: id.to_owned(),
                    reason,
                },
                at.clone(),
            );
        }
    }
    ids
}

/// Reports every study an element's or link's evidence names by id that the table lacks.
fn check_study_refs(
    evidence: &Evidence,
    table: &HashMap<&str, usize>,
    at: &dyn Fn() -> Location,
    problems: &mut Problems,
) {
    // most records name no study: nothing to look up
    if evidence.studies.is_empty() && evidence.observations.is_empty() {
        return;
    }
    let named = evidence
        .studies
        .iter()
        .chain(evidence.observations.iter().flat_map(|o| o.studies.iter()));
    for id in named.filter(|id| !table.contains_key(id.as_str())) {
        let suggestion = problems.suggestion(id.as_str(), table.keys().copied());
        problems.add(
            ErrorKind::UnknownStudy {
                id: id.to_string(),
                suggestion,
            },
            at(),
        );
    }
}

/// The nodes in id order. Sorted by each id's first 16 bytes read as one big-endian
/// number, which orders ids as their text does wherever those bytes differ, with the
/// whole text compared only on a tie: most comparisons are one integer comparison, not
/// two trips to the records and a string comparison (a tenth of a build by the profile).
fn id_order(mechanisms: &[Mechanism]) -> Vec<u32> {
    let prefix = |id: &str| {
        let mut bytes = [0u8; 16];
        let n = id.len().min(16);
        bytes[..n].copy_from_slice(&id.as_bytes()[..n]);
        u128::from_be_bytes(bytes)
    };
    let mut keyed: Vec<(u128, u32)> = mechanisms
        .iter()
        .enumerate()
        .map(|(i, m)| (prefix(m.id.as_str()), i as u32))
        .collect();
    keyed.sort_unstable_by(|&(ka, a), &(kb, b)| {
        ka.cmp(&kb)
            .then_with(|| mechanisms[a as usize].id.cmp(&mechanisms[b as usize].id))
            .then(a.cmp(&b))
    });
    keyed.into_iter().map(|(_, node)| node).collect()
}

/// `what: `a`, `b`, `c`, `d`, `e` and 3 more`, or `what: none`: the ids a problem could
/// have meant, at most five of them named.
fn listed<'a>(what: &str, ids: impl Iterator<Item = &'a str>) -> String {
    const SHOWN: usize = 5;
    let ids: Vec<&str> = ids.collect();
    let mut names: Vec<String> = ids
        .iter()
        .take(SHOWN)
        .map(|id| crate::error::quoted(id))
        .collect();
    if ids.len() > SHOWN {
        names.push(format!("{} more", ids.len() - SHOWN));
    }
    if names.is_empty() {
        return format!("{what}: none");
    }
    format!("{what}: {}", crate::prose::and_list(&names))
}

/// Node and edge indices are `u32`; refuse models that would overflow them.
fn check_capacity(what: &'static str, count: usize) -> Result<()> {
    let limit = u32::MAX as usize - 1;
    if count > limit {
        return Err(ErrorKind::CapacityExceeded { what, limit }.into());
    }
    Ok(())
}

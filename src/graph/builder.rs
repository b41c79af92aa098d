//! [`MechanismGraphBuilder`]: collects records, validates them once, builds the graph.

use std::collections::{HashMap, HashSet};

use super::{grammar, MechanismGraph};
use crate::model::{Link, Mechanism, ModelInfo};
use crate::{Error, Result};

/// Collects a model's info, mechanisms and links, then validates everything at once in
/// [`build`](MechanismGraphBuilder::build).
///
/// Links are resolved by id at build time, so declaration order does not matter, and an
/// unknown endpoint is an error: nodes are never created implicitly.
///
/// `build` checks, in order, and reports the first problem found (declaration order):
///
/// 1. the model info (tallies, domain subjects);
/// 2. each mechanism: duplicate id, label, category rules, citations;
/// 3. each link: self-link, unknown endpoints, duplicate pair, the grammar (see below),
///    citations.
///
/// The grammar, after Dalkin et al. (2015) and causal pathway diagrams: nothing leads *to* a
/// resource (only context can condition one); nothing links *to* a context factor; a context
/// factor only `moderates` or is a `precondition`; only a context factor `moderates`. Cycles
/// are allowed: the paper expects "recursive interactions".
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, Link, Mechanism, Relation};
/// use isp_moc::vocab::{IspResource, ReasoningType};
/// use isp_moc::{Error, MechanismGraphBuilder};
///
/// let mut b = MechanismGraphBuilder::new();
/// b.mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills))?)
///  .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational))?)
///  .link(Link::new("isp_skills", "trust", Relation::LeadsTo)?);
/// let graph = b.build()?;
/// assert_eq!(graph.link_count(), 1);
///
/// // A link back into the resource breaks the grammar:
/// let mut b = MechanismGraphBuilder::new();
/// b.mechanism(Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills))?)
///  .mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational))?)
///  .link(Link::new("trust", "isp_skills", Relation::LeadsTo)?);
/// let err = b.build().unwrap_err();
/// assert!(matches!(err, Error::GrammarViolation { .. }));
/// assert_eq!(err.to_string(),
///     "link `trust` -> `isp_skills`: nothing leads to a resource; only a context factor \
///      can condition one (`trust` is reasoning, `isp_skills` is resource, relation `leads_to`)");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct MechanismGraphBuilder {
    info: ModelInfo,
    mechanisms: Vec<Mechanism>,
    links: Vec<Link>,
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
    /// let mut b = isp_moc::MechanismGraphBuilder::new();
    /// b.info(ModelInfo::new("demo"));
    /// assert_eq!(b.build()?.info().name, "demo");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn info(&mut self, info: ModelInfo) -> &mut Self {
        self.info = info;
        self
    }

    /// Adds a mechanism.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let mut b = isp_moc::MechanismGraphBuilder::new();
    /// b.mechanism(Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational))?);
    /// assert_eq!(b.build()?.mechanism_count(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn mechanism(&mut self, mechanism: Mechanism) -> &mut Self {
        self.mechanisms.push(mechanism);
        self
    }

    /// Adds a link; its endpoints are resolved at build time.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Link, Relation};
    /// use isp_moc::Error;
    /// let mut b = isp_moc::MechanismGraphBuilder::new();
    /// b.link(Link::new("a", "b", Relation::LeadsTo)?);
    /// assert!(matches!(b.build(), Err(Error::UnknownEndpoint { .. })));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn link(&mut self, link: Link) -> &mut Self {
        self.links.push(link);
        self
    }

    /// Validates everything and builds the graph.
    ///
    /// # Errors
    ///
    /// The first problem in declaration order: [`Error::InvalidInfo`],
    /// [`Error::DuplicateMechanism`], [`Error::InvalidMechanism`], [`Error::SelfLink`],
    /// [`Error::UnknownEndpoint`], [`Error::DuplicateLink`], [`Error::GrammarViolation`],
    /// [`Error::InvalidLink`] or [`Error::CapacityExceeded`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// use isp_moc::Error;
    /// let trust = Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational))?;
    /// let mut b = isp_moc::MechanismGraphBuilder::new();
    /// b.mechanism(trust.clone()).mechanism(trust);
    /// assert_eq!(b.build().unwrap_err(), Error::DuplicateMechanism { id: "trust".into() });
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn build(self) -> Result<MechanismGraph> {
        let MechanismGraphBuilder {
            info,
            mut mechanisms,
            links,
        } = self;
        if let Some(reason) = info.problem() {
            return Err(Error::InvalidInfo { reason });
        }
        check_capacity("mechanisms", mechanisms.len())?;
        check_capacity("links", links.len())?;

        let mut index = HashMap::with_capacity(mechanisms.len());
        for (i, m) in mechanisms.iter_mut().enumerate() {
            if index.insert(m.id.clone(), i as u32).is_some() {
                return Err(Error::DuplicateMechanism {
                    id: m.id.to_string(),
                });
            }
            if let Some(reason) = m.problem() {
                return Err(Error::InvalidMechanism {
                    id: m.id.to_string(),
                    reason,
                });
            }
            m.category.normalize();
        }

        let mut pairs = HashSet::with_capacity(links.len());
        let mut endpoints = Vec::with_capacity(links.len());
        for l in &links {
            let (from, to) = (l.from.as_str(), l.to.as_str());
            if from == to {
                return Err(Error::SelfLink {
                    id: from.to_owned(),
                });
            }
            let resolve = |id: &str| {
                index
                    .get(id)
                    .copied()
                    .ok_or_else(|| Error::UnknownEndpoint {
                        from: from.to_owned(),
                        to: to.to_owned(),
                        missing: id.to_owned(),
                    })
            };
            let (a, b) = (resolve(from)?, resolve(to)?);
            if !pairs.insert((a, b)) {
                return Err(Error::DuplicateLink {
                    from: from.to_owned(),
                    to: to.to_owned(),
                });
            }
            let (from_kind, to_kind) =
                (mechanisms[a as usize].kind(), mechanisms[b as usize].kind());
            if let Some(rule) = grammar::violation(from_kind, l.relation, to_kind) {
                return Err(Error::GrammarViolation {
                    from: from.to_owned(),
                    to: to.to_owned(),
                    reason: format!(
                        "{rule} (`{from}` is {}, `{to}` is {}, relation `{}`)",
                        from_kind.as_str(),
                        to_kind.as_str(),
                        l.relation.as_str()
                    ),
                });
            }
            if let Some(reason) = l.problem() {
                return Err(Error::InvalidLink {
                    from: from.to_owned(),
                    to: to.to_owned(),
                    reason,
                });
            }
            endpoints.push((a, b));
        }
        Ok(MechanismGraph::assemble(
            info, mechanisms, links, index, &endpoints,
        ))
    }
}

/// Node and edge indices are `u32`; refuse models that would overflow them.
fn check_capacity(what: &'static str, count: usize) -> Result<()> {
    let limit = u32::MAX as usize - 1;
    if count > limit {
        return Err(Error::CapacityExceeded { what, limit });
    }
    Ok(())
}

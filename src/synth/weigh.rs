//! [`EvidenceBase::weigh`]: a model whose evidence comes from the coded excerpts, and
//! [`Weighed`], the report of what the excerpts did and did not reach.

use std::fmt;

use super::{EvidenceBase, Excerpt};
use crate::error::quoted;
use crate::model::{Evidence, Observation};
use crate::{MechanismGraph, MechanismId, Result};

/// A model whose evidence was replaced by what an evidence base's excerpts say
/// ([`EvidenceBase::weigh`]), with what the excerpts left out.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Study, Valence};
/// use isp_moc::synth::{EvidenceBase, Excerpt};
/// let akin = Study::new(Citation::new("Akin", 2016));
/// let base = EvidenceBase::new()
///     .with_study(akin.clone())
///     .with_excerpt(Excerpt::new(akin.id.clone(), Valence::Enabling)
///         .with_mechanisms(["isp_skills", "trust"])
///         .with_text("the coach's modelling built trust"));
/// let weighed = base.weigh(&isp_moc::catalog::figure2())?;
/// let link = weighed.graph().link("isp_skills", "trust")?;
/// assert_eq!(link.support(), 1);
/// assert_eq!(link.evidence.observations[0].summary, "the coach's modelling built trust");
/// assert!(weighed.links_without_excerpts().len() > 40);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Weighed {
    graph: MechanismGraph,
    without: Vec<(MechanismId, MechanismId)>,
    unplaced: Vec<Unplaced>,
    /// Where each unplaced part's excerpt is found: its study and page (the excerpt's
    /// number is its place in the evidence base's order, not a row of a file).
    unplaced_at: Vec<String>,
}

/// Part of an excerpt that names no element or link of the model.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Study, Valence};
/// use isp_moc::synth::{EvidenceBase, Excerpt, Unplaced};
/// let akin = Study::new(Citation::new("Akin", 2016));
/// let base = EvidenceBase::new()
///     .with_study(akin.clone())
///     .with_excerpt(Excerpt::new(akin.id, Valence::Enabling).with_mechanisms(["trust", "isp_skills"]));
/// let weighed = base.weigh(&isp_moc::catalog::figure2())?;
/// assert!(matches!(&weighed.unplaced()[..], [Unplaced::NoLink { excerpt: 1, from, to }]
///     if from == "trust" && to == "isp_skills"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unplaced {
    /// The excerpt names a mechanism the model does not have.
    UnknownMechanism {
        /// The excerpt's 1-based position in the evidence base.
        excerpt: usize,
        /// The id it names.
        id: MechanismId,
        /// The model's nearest id, when one is close.
        suggestion: Option<String>,
    },
    /// The excerpt names no mechanism at all (an empty `mechanisms` cell): it evidences
    /// nothing in the model.
    NoMechanism {
        /// The excerpt's 1-based position in the evidence base.
        excerpt: usize,
    },
    /// Two consecutive mechanisms of the excerpt that no link of the model joins.
    NoLink {
        /// The excerpt's 1-based position in the evidence base.
        excerpt: usize,
        /// The first mechanism.
        from: MechanismId,
        /// The next.
        to: MechanismId,
    },
}

impl EvidenceBase {
    /// The model with its evidence taken from this base's excerpts instead of what was
    /// typed in: every mechanism and link keeps its other fields, and its evidence becomes
    /// one observation per excerpt that names it (the excerpt's valence, its text as the
    /// summary, its page as the passage, its study by id), so its support is the number of
    /// distinct studies with an enabling excerpt. An excerpt evidences each mechanism it
    /// names and each link joining two consecutive ones. The model's study table becomes
    /// this base's. Excerpts are taken in the base's order, so the result does not depend
    /// on the order the excerpts were added.
    ///
    /// Excerpts with the same valence and text (or both without text) for the same
    /// element or link are one observation naming each of their studies.
    ///
    /// # Errors
    ///
    /// Every problem of [`EvidenceBase::check`]; any problem of rebuilding the model.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study, Valence};
    /// use isp_moc::synth::{EvidenceBase, Excerpt};
    /// let (a, b) = (Study::new(Citation::new("Akin", 2016)), Study::new(Citation::new("Zed", 2020)));
    /// let coded = |s: &Study, v| Excerpt::new(s.id.clone(), v).with_mechanisms(["trust", "meaningful_learning"]);
    /// let base = EvidenceBase::new()
    ///     .with_study(a.clone()).with_study(b.clone())
    ///     .with_excerpt(coded(&a, Valence::Enabling))
    ///     .with_excerpt(coded(&b, Valence::Enabling))
    ///     .with_excerpt(coded(&b, Valence::Hindering));
    /// let g = base.weigh(&isp_moc::catalog::figure2())?.into_graph();
    /// let link = g.link("trust", "meaningful_learning")?;
    /// assert_eq!((link.support(), link.evidence.hindering().count()), (2, 1));
    /// assert_eq!(g.mechanism("trust")?.evidence.support(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn weigh(&self, graph: &MechanismGraph) -> Result<Weighed> {
        self.check()?;
        let mut parts = graph.clone().into_parts();
        for m in &mut parts.mechanisms {
            m.evidence = Evidence::new();
        }
        for l in &mut parts.links {
            l.evidence = Evidence::new();
        }
        let mut unplaced = Vec::new();
        let mut unplaced_at = Vec::new();
        for (i, excerpt) in self.excerpts.iter().enumerate() {
            let position = i + 1;
            if excerpt.mechanisms.is_empty() {
                unplaced.push(Unplaced::NoMechanism { excerpt: position });
            }
            // the graph's nodes and links are the parts' records, in the same order
            let mut nodes = Vec::with_capacity(excerpt.mechanisms.len());
            for id in &excerpt.mechanisms {
                let node = graph.position(id.as_str());
                match node.and_then(|n| parts.mechanisms.get_mut(n as usize)) {
                    Some(m) => add(&mut m.evidence, excerpt, position),
                    None => unplaced.push(Unplaced::UnknownMechanism {
                        excerpt: position,
                        id: id.clone(),
                        suggestion: crate::suggest::nearest(
                            id.as_str(),
                            graph.mechanisms().iter().map(|m| m.id.as_str()),
                        )
                        .map(str::to_owned),
                    }),
                }
                nodes.push(node.map(|n| (n, id)));
            }
            for pair in nodes.windows(2) {
                let [Some((a, from)), Some((b, to))] = pair else {
                    continue;
                };
                let link = graph.link_between(*a, *b);
                match link.and_then(|l| parts.links.get_mut(l as usize)) {
                    Some(l) => add(&mut l.evidence, excerpt, position),
                    None => unplaced.push(Unplaced::NoLink {
                        excerpt: position,
                        from: (*from).clone(),
                        to: (*to).clone(),
                    }),
                }
            }
            if unplaced.len() > unplaced_at.len() {
                let at = match &excerpt.page {
                    Some(page) => format!("study `{}`, {}", excerpt.study, quoted(page)),
                    None => format!("study `{}`", excerpt.study),
                };
                unplaced_at.resize(unplaced.len(), at);
            }
        }
        let without = parts
            .links
            .iter()
            .filter(|l| l.evidence.is_empty())
            .map(|l| (l.from.clone(), l.to.clone()))
            .collect();
        parts.studies = self.studies.clone();
        Ok(Weighed {
            graph: parts.build()?,
            without,
            unplaced,
            unplaced_at,
        })
    }
}

/// Adds `excerpt` (at `position`) to `evidence` as an observation.
fn add(evidence: &mut Evidence, excerpt: &Excerpt, position: usize) {
    let text = excerpt.text.as_deref().filter(|t| !t.trim().is_empty());
    let summary = text.map_or_else(
        || format!("coded excerpt #{position} (no text)"),
        str::to_owned,
    );
    let same = evidence
        .observations
        .iter_mut()
        .find(|o| o.valence == excerpt.valence && text.is_some() && o.summary == summary);
    match same {
        Some(o) => {
            if !o.studies.contains(&excerpt.study) {
                o.studies.push(excerpt.study.clone());
            }
        }
        None => {
            let mut o =
                Observation::new(excerpt.valence, &summary).with_study(excerpt.study.clone());
            o.passage.clone_from(&excerpt.page);
            evidence.observations.push(o);
        }
    }
}

impl Weighed {
    /// The model with its evidence from the excerpts.
    ///
    /// # Example
    ///
    /// ```
    /// let weighed = isp_moc::synth::EvidenceBase::new().weigh(&isp_moc::catalog::figure2())?;
    /// assert_eq!(weighed.graph().link("trust", "meaningful_learning")?.support(), 0);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn graph(&self) -> &MechanismGraph {
        &self.graph
    }

    /// The model, taken out of the report.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::synth::EvidenceBase::new().weigh(&isp_moc::catalog::figure2())?.into_graph();
    /// assert!(g.studies().is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn into_graph(self) -> MechanismGraph {
        self.graph
    }

    /// The model's links that no excerpt evidences, in declaration order: claims the
    /// coded studies do not (yet) support.
    ///
    /// # Example
    ///
    /// ```
    /// let g = isp_moc::catalog::figure2();
    /// let weighed = isp_moc::synth::EvidenceBase::new().weigh(&g)?;
    /// assert_eq!(weighed.links_without_excerpts().len(), g.link_count());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn links_without_excerpts(&self) -> &[(MechanismId, MechanismId)] {
        &self.without
    }

    /// What of the excerpts found no place in the model, in excerpt order.
    ///
    /// # Example
    ///
    /// ```
    /// let weighed = isp_moc::synth::EvidenceBase::new().weigh(&isp_moc::catalog::figure2())?;
    /// assert!(weighed.unplaced().is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn unplaced(&self) -> &[Unplaced] {
        &self.unplaced
    }

    /// Each of [`unplaced`](Self::unplaced) as the report says it, with the study and page
    /// of its excerpt, so it can be found in the coding (an excerpt's number is its place
    /// in the evidence base, which keeps excerpts by study, not a row of a file).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study, Valence};
    /// use isp_moc::synth::{EvidenceBase, Excerpt};
    /// let akin = Study::new(Citation::new("Akin", 2016));
    /// let base = EvidenceBase::new().with_study(akin.clone()).with_excerpt(
    ///     Excerpt::new(akin.id, Valence::Enabling).with_mechanisms(["trusst"]).with_page("p. 4"));
    /// let weighed = base.weigh(&isp_moc::catalog::figure2())?;
    /// assert_eq!(weighed.unplaced_described(), ["excerpt #1: `trusst` is not a mechanism of the \
    ///     model; did you mean `trust`? (study `akin_2016`, `p. 4`)"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn unplaced_described(&self) -> Vec<String> {
        self.unplaced
            .iter()
            .zip(&self.unplaced_at)
            .map(|(u, at)| format!("{u} ({at})"))
            .collect()
    }
}

impl fmt::Display for Unplaced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unplaced::UnknownMechanism {
                excerpt,
                id,
                suggestion,
            } => {
                write!(
                    f,
                    "excerpt #{excerpt}: {} is not a mechanism of the model",
                    quoted(id.as_str())
                )?;
                match suggestion {
                    Some(s) => write!(f, "; did you mean {}?", quoted(s)),
                    None => Ok(()),
                }
            }
            Unplaced::NoMechanism { excerpt } => {
                write!(f, "excerpt #{excerpt}: it names no mechanism")
            }
            Unplaced::NoLink { excerpt, from, to } => write!(
                f,
                "excerpt #{excerpt}: no link joins {} -> {}",
                quoted(from.as_str()),
                quoted(to.as_str())
            ),
        }
    }
}

/// The report: how many links the excerpts reached, then each link without excerpts and
/// each unplaced part of an excerpt.
impl fmt::Display for Weighed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.graph.link_count();
        write!(
            f,
            "{} of {total} links evidenced by excerpts; {} unplaced",
            total - self.without.len(),
            self.unplaced.len()
        )?;
        if !self.without.is_empty() {
            f.write_str("\nlinks without excerpts:")?;
            for (from, to) in &self.without {
                write!(f, "\n  {from} -> {to}")?;
            }
        }
        if !self.unplaced.is_empty() {
            f.write_str(
                "\nunplaced, so left out (an excerpt still evidences what it names that the \
                 model has; excerpts numbered by study, as the evidence base keeps them):",
            )?;
            for line in self.unplaced_described() {
                write!(f, "\n  {line}")?;
            }
        }
        Ok(())
    }
}

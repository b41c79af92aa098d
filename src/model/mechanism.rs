//! [`Mechanism`]: one element of a model (a resource, response, context factor or outcome).

use super::{Category, Evidence, MechanismKind};
use crate::MechanismId;

/// One element of a mechanism model: an ISP resource, a stakeholder response, a context
/// factor or an outcome, with its typed [`Category`], its evidence and the passages of the
/// source text it is traced to.
///
/// Fields are public so a model can be written and inspected plainly; the graph builder
/// checks them (category rules, citations, labels) before anything is queried.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Category, Citation, Evidence, Mechanism, MechanismKind};
/// use isp_moc::vocab::ReasoningType;
///
/// let trust = Mechanism::new("trust", "Trust", Category::reasoning(ReasoningType::Relational))
///     .with_description("Stakeholders' trust in the ISP and in each other")
///     .with_evidence(Evidence::new().with_citation(Citation::new("Akin", 2016)))
///     .with_passage("developing trust");
/// assert_eq!(trust.id, "trust");
/// assert_eq!(trust.kind(), MechanismKind::Reasoning);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Mechanism {
    /// Stable id.
    pub id: MechanismId,
    /// Short human label.
    pub label: String,
    /// Kind and typed category.
    pub category: Category,
    /// Longer description (may be empty).
    pub description: String,
    /// Optional sub-grouping within the category (the paper's "ISP as opportunity" vs
    /// "organizational norms"); a snake_case word.
    pub group: Option<String>,
    /// Evidence for the element itself.
    pub evidence: Evidence,
    /// Phrases that locate the element in the source text.
    pub passages: Vec<String>,
    /// The modeller's note: reading choices, caveats.
    pub note: Option<String>,
}

impl Mechanism {
    /// A mechanism with the given id, label and category, and nothing else yet.
    ///
    /// Nothing is checked here, so a model is written without a `?` per record:
    /// [`build`](crate::MechanismGraphBuilder::build) checks every record (the id
    /// included) and reports every problem, naming the record.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::IspResource;
    /// let m = Mechanism::new("isp_skills", "ISP skills", Category::resource(IspResource::Skills));
    /// assert!(m.description.is_empty());
    ///
    /// let bad = Mechanism::new("ISP skills", "x", Category::resource(IspResource::Skills));
    /// let err = isp_moc::MechanismGraph::builder().mechanism(bad).build().unwrap_err();
    /// assert_eq!(err.to_string(),
    ///     "mechanism #1: invalid mechanism id `ISP skills`: an id starts with a lowercase ascii letter; try `isp_skills`");
    /// ```
    #[inline]
    pub fn new(id: &str, label: &str, category: Category) -> Self {
        Mechanism {
            id: MechanismId::unchecked(id),
            label: label.to_owned(),
            category,
            description: String::new(),
            group: None,
            evidence: Evidence::new(),
            passages: Vec::new(),
            note: None,
        }
    }

    /// The element's kind (resource, reasoning, context, outcome).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::MechanismKind;
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.mechanism("leadership_support")?.kind(), MechanismKind::Context);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn kind(&self) -> MechanismKind {
        self.category.kind()
    }

    /// Sets the description.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let m = Mechanism::new("x", "X", Category::reasoning(ReasoningType::Capability))
    ///     .with_description("what x is");
    /// assert_eq!(m.description, "what x is");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_description(mut self, description: &str) -> Self {
        self.description = description.to_owned();
        self
    }

    /// Sets the sub-group.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let m = Mechanism::new("x", "X", Category::reasoning(ReasoningType::Opportunity))
    ///     .with_group("isp_as_opportunity");
    /// assert_eq!(m.group.as_deref(), Some("isp_as_opportunity"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_group(mut self, group: &str) -> Self {
        self.group = Some(group.to_owned());
        self
    }

    /// Sets the evidence.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Evidence, Mechanism};
    /// use isp_moc::vocab::CfirDomain;
    /// let m = Mechanism::new("x", "X", Category::context(CfirDomain::OuterSetting))
    ///     .with_evidence(Evidence::new().with_publications(10));
    /// assert_eq!(m.evidence.publications, Some(10));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_evidence(mut self, evidence: Evidence) -> Self {
        self.evidence = evidence;
        self
    }

    /// Adds a passage that locates the element in the source.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let m = Mechanism::new("x", "X", Category::reasoning(ReasoningType::Capability))
    ///     .with_passage("first phrase")
    ///     .with_passage("second phrase");
    /// assert_eq!(m.passages.len(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_passage(mut self, passage: &str) -> Self {
        self.passages.push(passage.to_owned());
        self
    }

    /// Sets the modeller's note.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Category, Mechanism};
    /// use isp_moc::vocab::ReasoningType;
    /// let m = Mechanism::new("x", "X", Category::reasoning(ReasoningType::Capability))
    ///     .with_note("sub-component is our reading");
    /// assert!(m.note.is_some());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[inline]
    pub fn with_note(mut self, note: &str) -> Self {
        self.note = Some(note.to_owned());
        self
    }

    /// Every problem of the record besides its id, in field order.
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.label.trim().is_empty() {
            problems.push("a mechanism needs a label".to_owned());
        }
        problems.extend(self.category.problems());
        if let Some(group) = &self.group {
            if crate::MechanismId::new(group).is_err() {
                problems.push(format!(
                    "group {} is not a snake_case word",
                    crate::error::quoted(group)
                ));
            }
        }
        if self.passages.iter().any(|p| p.trim().is_empty()) {
            problems.push("a passage cannot be blank".to_owned());
        }
        problems.extend(self.evidence.problems());
        problems
    }
}

//! [`Excerpt`]: one coded passage of an included publication.

use crate::model::{CfirPlacement, StudyId, Valence};
use crate::vocab::{IspResource, ReasoningType};
use crate::MechanismId;

/// One coded passage of an included publication, as a review codes it deductively: which
/// ISP resource triggered the response, which response (COM-B component or relational),
/// which context (CFIR), enabling or hindering, and optionally the mechanism ids of a model
/// it evidences, the quoted text and the page.
///
/// # Example
///
/// ```
/// use isp_moc::model::{StudyId, Valence};
/// use isp_moc::synth::Excerpt;
/// use isp_moc::vocab::{IspResource, ReasoningType};
///
/// let e = Excerpt::new(StudyId::new("akin_2016")?, Valence::Enabling)
///     .with_resource(IspResource::Skills)
///     .with_reasoning(ReasoningType::Relational)
///     .with_mechanisms(["isp_skills", "trust"])
///     .with_text("the coach's regular presence built trust")
///     .with_page("p. 165");
/// assert_eq!(e.mechanisms.len(), 2);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Excerpt {
    /// The publication it comes from.
    pub study: StudyId,
    /// What the ISP brought: knowledge, skills (strategy use), attitudes, a combination, or
    /// unspecified.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub resource: Option<IspResource>,
    /// The responses coded: COM-B components or relational.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub reasoning: Vec<ReasoningType>,
    /// The context coded: CFIR 2009 and/or 2022 domains and constructs.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub context: Vec<CfirPlacement>,
    /// Enabling or hindering.
    pub valence: Valence,
    /// The mechanisms of a model it evidences, in order: consecutive ids that a link joins
    /// make it evidence for that link; a single id, for that mechanism.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub mechanisms: Vec<MechanismId>,
    /// The quoted text.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub text: Option<String>,
    /// Where in the publication (`p. 12`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub page: Option<String>,
}

impl Excerpt {
    /// An excerpt of `study` with no codes yet.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("akin_2016")?, Valence::Hindering);
    /// assert!(e.resource.is_none() && e.reasoning.is_empty());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn new(study: StudyId, valence: Valence) -> Self {
        Excerpt {
            study,
            resource: None,
            reasoning: Vec::new(),
            context: Vec::new(),
            valence,
            mechanisms: Vec::new(),
            text: None,
            page: None,
        }
    }

    /// Sets the resource code.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// use isp_moc::vocab::IspResource;
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("a_2020")?, Valence::Enabling).with_resource(IspResource::Knowledge);
    /// assert_eq!(e.resource, Some(IspResource::Knowledge));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_resource(mut self, resource: IspResource) -> Self {
        self.resource = Some(resource);
        self
    }

    /// Adds a reasoning code (once: a code already there is not added again).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// use isp_moc::vocab::ReasoningType;
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("a_2020")?, Valence::Enabling)
    ///     .with_reasoning(ReasoningType::Capability).with_reasoning(ReasoningType::Motivation);
    /// assert_eq!(e.reasoning.len(), 2);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_reasoning(mut self, reasoning: ReasoningType) -> Self {
        if !self.reasoning.contains(&reasoning) {
            self.reasoning.push(reasoning);
        }
        self
    }

    /// Adds a context code (once), its domains filled in from its constructs.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CfirPlacement, StudyId, Valence};
    /// use isp_moc::vocab::CfirConstruct;
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("a_2020")?, Valence::Hindering)
    ///     .with_context(CfirPlacement::from_construct(CfirConstruct::AvailableResources));
    /// assert_eq!(e.context.len(), 1);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_context(mut self, mut context: CfirPlacement) -> Self {
        context.normalize();
        if !self.context.contains(&context) {
            self.context.push(context);
        }
        self
    }

    /// Sets the mechanism ids it evidences (checked against a model when applied).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("a_2020")?, Valence::Enabling)
    ///     .with_mechanisms(["trust", "openness"]);
    /// assert_eq!(e.mechanisms[1], "openness");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_mechanisms<I>(mut self, ids: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        self.mechanisms = ids
            .into_iter()
            .map(|id| MechanismId::unchecked(id.as_ref()))
            .collect();
        self
    }

    /// Sets the quoted text (empty text is no text).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("a_2020")?, Valence::Enabling).with_text("…");
    /// assert!(e.text.is_some());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_text(mut self, text: &str) -> Self {
        self.text = Some(text.to_owned()).filter(|t| !t.is_empty());
        self
    }

    /// Sets the page (trimmed; empty is no page).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{StudyId, Valence};
    /// let e = isp_moc::synth::Excerpt::new(StudyId::new("a_2020")?, Valence::Enabling).with_page("p. 3");
    /// assert_eq!(e.page.as_deref(), Some("p. 3"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_page(mut self, page: &str) -> Self {
        self.page = Some(page.trim().to_owned()).filter(|t| !t.is_empty());
        self
    }
}

//! [`ModelInfo`]: what a model is, where it comes from and the source's category tallies.

use crate::export::Layout;
use crate::vocab::{CfirDomain, IspResource, ReasoningType};

/// A category of the review's coding scheme: "resource = ISP knowledge, attitude, or
/// skill; reasoning = capability, opportunity, motivation [+ relational]; context =
/// intervention, individual, inner setting, outer setting, implementation process".
///
/// Tallies of coded excerpts and publications are kept per coding category
/// ([`CategoryTally`]). `#[non_exhaustive]`: coding by CFIR 2022 domain can join.
///
/// # Example
///
/// ```
/// use isp_moc::model::CodingCategory;
/// use isp_moc::vocab::ReasoningType;
///
/// let c = CodingCategory::Reasoning(ReasoningType::Relational);
/// assert_eq!(c.to_string(), "reasoning: Relational");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "snake_case", deny_unknown_fields)
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum CodingCategory {
    /// A resource code.
    Resource(IspResource),
    /// A reasoning (response) code.
    Reasoning(ReasoningType),
    /// A context code (a CFIR domain).
    Context(CfirDomain),
}

impl std::fmt::Display for CodingCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodingCategory::Resource(r) => write!(f, "resource: {r}"),
            CodingCategory::Reasoning(r) => write!(f, "reasoning: {r}"),
            CodingCategory::Context(d) => write!(f, "context: {d}"),
        }
    }
}

/// What a source reports for one coding category: how many publications, and/or what
/// share of coded excerpts.
///
/// # Example
///
/// ```
/// use isp_moc::model::{CategoryTally, CodingCategory};
/// use isp_moc::vocab::IspResource;
///
/// let t = CategoryTally::share(CodingCategory::Resource(IspResource::Skills), 0.67)
///     .with_passage("The vast majority of these text excerpts");
/// assert_eq!(t.excerpt_share, Some(0.67));
/// assert_eq!(t.publications, None);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = share_range))]
#[non_exhaustive]
pub struct CategoryTally {
    /// The coding category.
    pub category: CodingCategory,
    /// Publications the source reports for the category.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub publications: Option<u32>,
    /// Share of coded excerpts, in `0.0..=1.0`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub excerpt_share: Option<f64>,
    /// Phrase locating the figure in the source.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub passage: Option<String>,
    /// What exactly the figure counts, when the category label alone would mislead.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub note: Option<String>,
}

/// The schema of a tally bounds its share to 0..=1, as the builder does.
#[cfg(feature = "schemars")]
fn share_range(schema: &mut schemars::Schema) {
    if let Some(share) = schema
        .get_mut("properties")
        .and_then(|p| p.get_mut("excerpt_share"))
        .and_then(|s| s.as_object_mut())
    {
        share.insert("minimum".to_owned(), 0.0.into());
        share.insert("maximum".to_owned(), 1.0.into());
    }
}

impl CategoryTally {
    /// A publication count for a category.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CategoryTally, CodingCategory};
    /// use isp_moc::vocab::ReasoningType;
    /// let t = CategoryTally::publications(CodingCategory::Reasoning(ReasoningType::Capability), 22);
    /// assert_eq!(t.publications, Some(22));
    /// ```
    pub fn publications(category: CodingCategory, n: u32) -> Self {
        CategoryTally {
            category,
            publications: Some(n),
            excerpt_share: None,
            passage: None,
            note: None,
        }
    }

    /// An excerpt share for a category (a fraction, `0.67` for 67%).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CategoryTally, CodingCategory};
    /// use isp_moc::vocab::IspResource;
    /// let t = CategoryTally::share(CodingCategory::Resource(IspResource::Knowledge), 0.04);
    /// assert_eq!(t.excerpt_share, Some(0.04));
    /// ```
    pub fn share(category: CodingCategory, share: f64) -> Self {
        CategoryTally {
            category,
            publications: None,
            excerpt_share: Some(share),
            passage: None,
            note: None,
        }
    }

    /// Sets the passage.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CategoryTally, CodingCategory};
    /// use isp_moc::vocab::CfirDomain;
    /// let t = CategoryTally::publications(CodingCategory::Context(CfirDomain::InnerSetting), 1)
    ///     .with_passage("somewhere");
    /// assert_eq!(t.passage.as_deref(), Some("somewhere"));
    /// ```
    pub fn with_passage(mut self, passage: &str) -> Self {
        self.passage = Some(passage.to_owned());
        self
    }

    /// Sets the note.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CategoryTally, CodingCategory};
    /// use isp_moc::vocab::IspResource;
    /// let t = CategoryTally::share(CodingCategory::Resource(IspResource::Attitudes), 0.26)
    ///     .with_note("attitudes alone or combined with strategy use");
    /// assert!(t.note.is_some());
    /// ```
    pub fn with_note(mut self, note: &str) -> Self {
        self.note = Some(note.to_owned());
        self
    }
}

/// What a CFIR domain refers to in this model, when it is re-pointed: the paper applies
/// *intervention characteristics* to the ISP role and *characteristics of individuals* to
/// the ISP's stakeholders.
///
/// # Example
///
/// ```
/// use isp_moc::model::DomainSubject;
/// use isp_moc::vocab::CfirDomain;
/// let s = DomainSubject::new(CfirDomain::InterventionCharacteristics, "the ISP role");
/// assert_eq!(s.subject, "the ISP role");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DomainSubject {
    /// The CFIR domain.
    pub domain: CfirDomain,
    /// What it is applied to.
    pub subject: String,
}

impl DomainSubject {
    /// A domain re-pointed at `subject`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::DomainSubject;
    /// use isp_moc::vocab::CfirDomain;
    /// let s = DomainSubject::new(CfirDomain::CharacteristicsOfIndividuals, "ISP stakeholders");
    /// assert_eq!(s.domain, CfirDomain::CharacteristicsOfIndividuals);
    /// ```
    pub fn new(domain: CfirDomain, subject: &str) -> Self {
        DomainSubject {
            domain,
            subject: subject.to_owned(),
        }
    }
}

/// Model-level information: name, description, source reference, CFIR domain subjects and
/// the source's per-category tallies.
///
/// # Example
///
/// ```
/// use isp_moc::model::{CategoryTally, CodingCategory, ModelInfo};
/// use isp_moc::vocab::ReasoningType;
///
/// let info = ModelInfo::new("my_model")
///     .with_tally(CategoryTally::publications(CodingCategory::Reasoning(ReasoningType::Relational), 24));
/// assert_eq!(info.tally(CodingCategory::Reasoning(ReasoningType::Relational)).unwrap().publications, Some(24));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ModelInfo {
    /// Short name of the model.
    #[cfg_attr(feature = "serde", serde(default))]
    pub name: String,
    /// What the model represents.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub description: String,
    /// Full reference of the source the model is drawn from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<String>,
    /// CFIR domains re-pointed at model-specific subjects.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub domain_subjects: Vec<DomainSubject>,
    /// Per-category tallies the source reports.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub tallies: Vec<CategoryTally>,
    /// The drawing layout the model prefers (`ranks` or `columns`), used by the DOT and
    /// Mermaid drawings unless their options choose one; Figure 2 prefers `columns`.
    /// Without one, drawings place elements by rank.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub layout: Option<Layout>,
}

impl ModelInfo {
    /// Info with a name and nothing else.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::model::ModelInfo::new("arc").name, "arc");
    /// ```
    pub fn new(name: &str) -> Self {
        ModelInfo {
            name: name.to_owned(),
            ..ModelInfo::default()
        }
    }

    /// Sets the description.
    ///
    /// # Example
    ///
    /// ```
    /// let i = isp_moc::model::ModelInfo::new("arc").with_description("ARC intervention");
    /// assert_eq!(i.description, "ARC intervention");
    /// ```
    pub fn with_description(mut self, description: &str) -> Self {
        self.description = description.to_owned();
        self
    }

    /// Sets the source reference.
    ///
    /// # Example
    ///
    /// ```
    /// let i = isp_moc::model::ModelInfo::new("arc").with_source("Williams et al. 2017");
    /// assert!(i.source.is_some());
    /// ```
    pub fn with_source(mut self, source: &str) -> Self {
        self.source = Some(source.to_owned());
        self
    }

    /// Adds a domain subject.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{DomainSubject, ModelInfo};
    /// use isp_moc::vocab::CfirDomain;
    /// let i = ModelInfo::new("m").with_domain_subject(DomainSubject::new(CfirDomain::InterventionCharacteristics, "the ISP role"));
    /// assert_eq!(i.domain_subjects.len(), 1);
    /// ```
    pub fn with_domain_subject(mut self, subject: DomainSubject) -> Self {
        self.domain_subjects.push(subject);
        self
    }

    /// Adds a tally.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CategoryTally, CodingCategory, ModelInfo};
    /// use isp_moc::vocab::IspResource;
    /// let i = ModelInfo::new("m").with_tally(CategoryTally::share(CodingCategory::Resource(IspResource::Skills), 0.67));
    /// assert_eq!(i.tallies.len(), 1);
    /// ```
    pub fn with_tally(mut self, tally: CategoryTally) -> Self {
        self.tallies.push(tally);
        self
    }

    /// Sets the drawing layout the model prefers.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::Layout;
    /// let i = isp_moc::model::ModelInfo::new("m").with_layout(Layout::Columns);
    /// assert_eq!(i.layout, Some(Layout::Columns));
    /// ```
    pub fn with_layout(mut self, layout: Layout) -> Self {
        self.layout = Some(layout);
        self
    }

    /// The tally for a coding category, if the source reports one.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CodingCategory;
    /// use isp_moc::vocab::ReasoningType;
    /// let g = isp_moc::catalog::figure2();
    /// let t = g.info().tally(CodingCategory::Reasoning(ReasoningType::Motivation)).unwrap();
    /// assert_eq!(t.publications, Some(14));
    /// ```
    pub fn tally(&self, category: CodingCategory) -> Option<&CategoryTally> {
        self.tallies.iter().find(|t| t.category == category)
    }

    /// The subject a CFIR domain is re-pointed at, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CfirDomain;
    /// let g = isp_moc::catalog::figure2();
    /// assert_eq!(g.info().domain_subject(CfirDomain::InterventionCharacteristics), Some("the ISP role"));
    /// ```
    pub fn domain_subject(&self, domain: CfirDomain) -> Option<&str> {
        self.domain_subjects
            .iter()
            .find(|s| s.domain == domain)
            .map(|s| s.subject.as_str())
    }

    /// Every problem of the info, in field order.
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (i, t) in self.tallies.iter().enumerate() {
            if self
                .tallies
                .iter()
                .take(i)
                .any(|u| u.category == t.category)
            {
                problems.push(format!("tally for `{}` repeats", t.category));
            }
            if t.publications.is_none() && t.excerpt_share.is_none() {
                problems.push(format!(
                    "tally for `{}` has neither publications nor an excerpt share",
                    t.category
                ));
            }
            if let Some(s) = t.excerpt_share {
                if !(s.is_finite() && (0.0..=1.0).contains(&s)) {
                    problems.push(format!(
                        "tally for `{}`: excerpt share {s} is not within 0..=1",
                        t.category
                    ));
                }
            }
        }
        for (i, s) in self.domain_subjects.iter().enumerate() {
            if self
                .domain_subjects
                .iter()
                .take(i)
                .any(|u| u.domain == s.domain)
            {
                problems.push(format!(
                    "subject for domain `{}` repeats",
                    s.domain.as_str()
                ));
            }
        }
        problems
    }
}

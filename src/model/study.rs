//! [`Study`]: an included publication, with identity, so evidence can be counted per
//! publication rather than matched by spelling.

use std::fmt;

use super::Citation;
use crate::vocab::IspRole;
use crate::{Error, ErrorKind, Result};

vocabulary! {
    /// A study's design, as the review classifies its publications.
    ///
    /// ```
    /// use isp_moc::model::StudyDesign;
    /// assert_eq!("mixed methods".parse::<StudyDesign>()?, StudyDesign::Mixed);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub enum StudyDesign ("study design") {
        Qualitative = "qualitative" {
            "Qualitative",
            "Interviews, focus groups, observation, documents.",
            aliases: ["qual"],
        },
        Quantitative = "quantitative" {
            "Quantitative",
            "Trials, surveys and other measured designs.",
            aliases: ["quant"],
        },
        Mixed = "mixed" {
            "Mixed methods",
            "Both qualitative and quantitative data.",
            aliases: ["mixed methods", "mixed-methods", "mm"],
        },
    }
}

vocabulary! {
    /// The service sector a study is set in, as the review classifies them.
    ///
    /// `#[non_exhaustive]`: reviews of other strategies meet other sectors.
    ///
    /// ```
    /// use isp_moc::model::Sector;
    /// assert_eq!("social welfare".parse::<Sector>()?, Sector::SocialWelfare);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Sector ("service sector") {
        Health = "health" {
            "Health",
            "Health care, including mental health and public health.",
            aliases: ["healthcare", "health care"],
        },
        SocialWelfare = "social_welfare" {
            "Social welfare",
            "Social services, child welfare and family services.",
            aliases: ["social services", "welfare"],
        },
        Education = "education" {
            "Education",
            "Schools and other educational settings.",
            aliases: ["educational", "schools"],
        },
        CriminalJustice = "criminal_justice" {
            "Criminal justice",
            "Courts, probation, corrections.",
            aliases: ["justice"],
        },
        Mixed = "mixed" {
            "Mixed",
            "Several sectors at once.",
            aliases: ["multiple", "several"],
        },
    }
}

/// The stable identity of a study: a snake_case word such as `akin_2016` or
/// `brown_et_al_2018b`, the same rules as a [`MechanismId`](crate::MechanismId).
///
/// [`StudyId::from_citation`] derives one from an author-year citation.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, StudyId};
/// let id: StudyId = "akin_2016".parse()?;
/// assert_eq!(id.as_str(), "akin_2016");
/// assert_eq!(StudyId::from_citation(&"Brown et al. 2018b".parse::<Citation>()?).as_str(), "brown_et_al_2018b");
/// assert!("Akin 2016".parse::<StudyId>().is_err());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct StudyId(Box<str>);

impl StudyId {
    /// Validates `id` and wraps it.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidId`] when `id` is not a snake_case word of at most 128 bytes.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::model::StudyId::new("shernoff_et_al_2015").is_ok());
    /// ```
    pub fn new(id: &str) -> Result<Self> {
        match crate::id::invalid_reason(id) {
            Some(reason) => Err(Error::new(ErrorKind::InvalidId {
                id: id.to_owned(),
                reason,
            })),
            None => Ok(StudyId(id.into())),
        }
    }

    /// The id a citation suggests: its authors and year folded to a snake_case word
    /// (`Kristensen & Hounsgaard 2013` → `kristensen_hounsgaard_2013`).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, StudyId};
    /// let c = Citation::new("Kristensen & Hounsgaard", 2013);
    /// assert_eq!(StudyId::from_citation(&c).as_str(), "kristensen_hounsgaard_2013");
    /// ```
    pub fn from_citation(citation: &Citation) -> Self {
        let mut id = String::new();
        for word in citation
            .authors
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let folded: String = word
                .chars()
                .flat_map(fold_letter)
                .filter(char::is_ascii_alphanumeric)
                .collect();
            if folded.is_empty() {
                continue;
            }
            if !id.is_empty() {
                id.push('_');
            }
            id.push_str(&folded);
        }
        if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
            id.insert_str(0, "study_");
        }
        id.push('_');
        id.push_str(&citation.year.to_string());
        if let Some(s) = citation.suffix {
            id.push(s.to_ascii_lowercase());
        }
        id.truncate(crate::id::MAX_ID_LEN);
        StudyId(id.into())
    }

    /// The id as a string slice.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::model::StudyId::new("akin_2016")?.as_str(), "akin_2016");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Lowercase ASCII for a letter, dropping accents on common Latin letters (`ø` → `o`).
fn fold_letter(c: char) -> impl Iterator<Item = char> {
    let base = match c {
        'à'..='å' | 'À'..='Å' => 'a',
        'æ' | 'Æ' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        c => c,
    };
    base.to_lowercase()
}

impl std::str::FromStr for StudyId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        StudyId::new(s)
    }
}

impl TryFrom<String> for StudyId {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        StudyId::new(&s)
    }
}

impl From<StudyId> for String {
    fn from(id: StudyId) -> String {
        id.0.into()
    }
}

impl PartialEq<str> for StudyId {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for StudyId {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl fmt::Display for StudyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for StudyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for StudyId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StudyId".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Stable snake_case id of a study.",
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "minLength": 1,
            "maxLength": crate::id::MAX_ID_LEN,
        })
    }
}

/// One included publication: its id, its citation, and what a review records about it
/// (where, how, in which sector, which ISP roles).
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Sector, Study, StudyDesign};
/// use isp_moc::vocab::IspRole;
///
/// let s = Study::new(Citation::new("Akin", 2016))
///     .with_location("US")
///     .with_design(StudyDesign::Qualitative)
///     .with_sector(Sector::SocialWelfare)
///     .with_role(IspRole::Coach);
/// assert_eq!(s.id, "akin_2016");
/// assert_eq!(s.roles, [IspRole::Coach]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Study {
    /// Stable id.
    pub id: StudyId,
    /// How the study is cited.
    pub citation: Citation,
    /// Country or region (`US`, `Canada`, `Europe`, `multiple`); `None` when the study does
    /// not say.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub location: Option<String>,
    /// Qualitative, quantitative or mixed.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub design: Option<StudyDesign>,
    /// The service sector.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub sector: Option<Sector>,
    /// The ISP roles it studies.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub roles: Vec<IspRole>,
    /// Its DOI, without the `https://doi.org/` prefix.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub doi: Option<String>,
}

impl Study {
    /// A study of `citation`, its id derived from it ([`StudyId::from_citation`]).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// assert_eq!(Study::new(Citation::new("Barac et al.", 2018)).id, "barac_et_al_2018");
    /// ```
    pub fn new(citation: Citation) -> Self {
        Study {
            id: StudyId::from_citation(&citation),
            citation,
            location: None,
            design: None,
            sector: None,
            roles: Vec::new(),
            doi: None,
        }
    }

    /// Sets the id.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study, StudyId};
    /// let s = Study::new(Citation::new("Akin", 2016)).with_id(StudyId::new("akin_coaching_2016")?);
    /// assert_eq!(s.id, "akin_coaching_2016");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_id(mut self, id: StudyId) -> Self {
        self.id = id;
        self
    }

    /// Sets the country or region (trimmed; empty is none).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// assert_eq!(Study::new(Citation::new("Akin", 2016)).with_location("US").location.as_deref(), Some("US"));
    /// ```
    pub fn with_location(mut self, location: &str) -> Self {
        self.location = Some(location.trim().to_owned()).filter(|l| !l.is_empty());
        self
    }

    /// Sets the design.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study, StudyDesign};
    /// let s = Study::new(Citation::new("Akin", 2016)).with_design(StudyDesign::Mixed);
    /// assert_eq!(s.design, Some(StudyDesign::Mixed));
    /// ```
    pub fn with_design(mut self, design: StudyDesign) -> Self {
        self.design = Some(design);
        self
    }

    /// Sets the sector.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Sector, Study};
    /// let s = Study::new(Citation::new("Akin", 2016)).with_sector(Sector::Health);
    /// assert_eq!(s.sector, Some(Sector::Health));
    /// ```
    pub fn with_sector(mut self, sector: Sector) -> Self {
        self.sector = Some(sector);
        self
    }

    /// Adds an ISP role (once).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// use isp_moc::vocab::IspRole;
    /// let s = Study::new(Citation::new("Akin", 2016)).with_role(IspRole::Coach).with_role(IspRole::Consultant);
    /// assert_eq!(s.roles.len(), 2);
    /// ```
    pub fn with_role(mut self, role: IspRole) -> Self {
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
        self
    }

    /// Sets the DOI: trimmed, a `https://doi.org/` or `doi:` prefix dropped, empty is none.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study};
    /// let s = Study::new(Citation::new("Albers et al.", 2022))
    ///     .with_doi("https://doi.org/10.1177/10497315211042375");
    /// assert_eq!(s.doi.as_deref(), Some("10.1177/10497315211042375"));
    /// ```
    pub fn with_doi(mut self, doi: &str) -> Self {
        let doi = doi.trim();
        let doi = [
            "https://doi.org/",
            "http://doi.org/",
            "https://dx.doi.org/",
            "doi:",
        ]
        .iter()
        .find_map(|p| doi.strip_prefix(p))
        .unwrap_or(doi)
        .trim();
        self.doi = Some(doi.to_owned()).filter(|d| !d.is_empty());
        self
    }

    /// Every problem of the record, in field order (the builder reports them).
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some(reason) = self.citation.problem() {
            problems.push(format!(
                "citation {}: {reason}",
                crate::error::quoted(&self.citation.to_string())
            ));
        }
        let blank = |v: &Option<String>| v.as_deref().is_some_and(|t| t.trim().is_empty());
        if blank(&self.location) {
            problems.push("a location cannot be blank".to_owned());
        }
        if blank(&self.doi) {
            problems.push("a DOI cannot be blank".to_owned());
        }
        problems
    }
}

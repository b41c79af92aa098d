//! [`ContextProfile`]: a site's ratings of the context the model names.

use std::hash::{Hash, Hasher};

use super::RatingKey;
use crate::error::Location;
use crate::vocab::{CfirRating, RatingLegend};

/// One rating of a site: what it is about, the rating in CFIR notation, and optionally a
/// note and where it comes from.
///
/// # Example
///
/// ```
/// use isp_moc::assess::SiteRating;
/// use isp_moc::vocab::CfirConstruct;
///
/// let r = SiteRating::new(CfirConstruct::LeadershipEngagement, "-2".parse()?)
///     .with_note("two directors left in a year")
///     .with_source("site visit, March");
/// assert_eq!(r.rating.to_string(), "-2");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SiteRating {
    /// What is rated.
    pub key: RatingKey,
    /// The rating, in the project's own sign convention (see the profile's legend).
    pub rating: CfirRating,
    /// Why, in a sentence.
    pub note: Option<String>,
    /// Where the rating comes from (an interview, a document, a meeting).
    pub source: Option<String>,
    /// Where in a profile file the rating was read, to place the problems the assessment
    /// finds in it (an unknown factor id) at their line and column.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) read_at: ReadAt,
}

// Written by hand: where the rating was read is not part of what it says.
impl std::fmt::Debug for SiteRating {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteRating")
            .field("key", &self.key)
            .field("rating", &self.rating)
            .field("note", &self.note)
            .field("source", &self.source)
            .finish()
    }
}

/// The place a rating was read from, if it was read from a file. Not part of the rating's
/// value: two ratings equal in every field are equal wherever they were read.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReadAt(pub(crate) Option<Location>);

impl PartialEq for ReadAt {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ReadAt {}

/// Names `file` in the place of every rating of `profiles` read from it, so that the
/// assessment's problems with a rating print as `file:line:column`.
#[cfg(any(feature = "serde", feature = "csv"))]
pub(crate) fn read_from_file(profiles: &mut [ContextProfile], file: &str) {
    for rating in profiles.iter_mut().flat_map(|p| p.ratings.iter_mut()) {
        if let Some(at) = rating.read_at.0.take() {
            rating.read_at.0 = Some(at.in_file(file));
        }
    }
}

impl Hash for ReadAt {
    fn hash<H: Hasher>(&self, _: &mut H) {}
}

impl SiteRating {
    /// A rating of `key`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::SiteRating;
    /// let r = SiteRating::new("leadership_support", "+2".parse()?);
    /// assert!(r.note.is_none());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn new(key: impl Into<RatingKey>, rating: CfirRating) -> Self {
        SiteRating {
            key: key.into(),
            rating,
            note: None,
            source: None,
            read_at: ReadAt::default(),
        }
    }

    /// Sets the note.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::SiteRating;
    /// let r = SiteRating::new("leadership_support", "+2".parse()?).with_note("weekly check-ins");
    /// assert_eq!(r.note.as_deref(), Some("weekly check-ins"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_note(mut self, note: &str) -> Self {
        self.note = Some(note.to_owned());
        self
    }

    /// Sets the source.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::SiteRating;
    /// let r = SiteRating::new("leadership_support", "+2".parse()?).with_source("interviews");
    /// assert_eq!(r.source.as_deref(), Some("interviews"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_source(mut self, source: &str) -> Self {
        self.source = Some(source.to_owned());
        self
    }
}

/// A site's context, as the CFIR ratings its implementation team gave: ratings of the
/// model's context factors by id, or of CFIR 2009 or 2022 constructs (which apply to every
/// factor the model places there), under the project's [`RatingLegend`].
///
/// A profile is checked against a model when it is assessed
/// ([`assess`](super::assess)), which reports every problem at once. Factors the profile
/// does not rate are *unknown*, never neutral.
///
/// # Example
///
/// ```
/// use isp_moc::assess::ContextProfile;
/// use isp_moc::vocab::{CfirConstruct, RatingLegend};
///
/// let site = ContextProfile::new("Northside clinic")
///     .with_legend(RatingLegend::new().with_star("leaning slightly"))
///     .rate(CfirConstruct::LeadershipEngagement, "+2".parse()?)
///     .rate("isp_role_clarity", "-1*".parse()?);
/// assert_eq!(site.ratings.len(), 2);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ContextProfile {
    /// The site's name.
    pub site: String,
    /// What the project's notation means (`*`, reverse-rated constructs).
    pub legend: RatingLegend,
    /// The ratings, in the order given.
    pub ratings: Vec<SiteRating>,
}

impl ContextProfile {
    /// A profile of `site` with no ratings yet.
    ///
    /// # Example
    ///
    /// ```
    /// let p = isp_moc::assess::ContextProfile::new("Site A");
    /// assert!(p.ratings.is_empty());
    /// ```
    pub fn new(site: &str) -> Self {
        ContextProfile {
            site: site.to_owned(),
            ..ContextProfile::default()
        }
    }

    /// Sets the legend.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirConstruct, RatingLegend};
    /// let p = isp_moc::assess::ContextProfile::new("A")
    ///     .with_legend(RatingLegend::new().with_reverse_rated(CfirConstruct::Complexity));
    /// assert!(p.legend.is_reverse_rated(CfirConstruct::Complexity));
    /// ```
    pub fn with_legend(mut self, legend: RatingLegend) -> Self {
        self.legend = legend;
        self
    }

    /// Adds a rating of `key`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::Cfir2022Construct;
    /// let p = isp_moc::assess::ContextProfile::new("A")
    ///     .rate(Cfir2022Construct::AvailableResources, "-2".parse()?);
    /// assert_eq!(p.ratings[0].rating.to_string(), "-2");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn rate(self, key: impl Into<RatingKey>, rating: CfirRating) -> Self {
        self.with_rating(SiteRating::new(key, rating))
    }

    /// Adds a rating with its note and source.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{ContextProfile, SiteRating};
    /// let p = ContextProfile::new("A")
    ///     .with_rating(SiteRating::new("leadership_support", "-2".parse()?).with_note("turnover"));
    /// assert_eq!(p.ratings[0].note.as_deref(), Some("turnover"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn with_rating(mut self, rating: SiteRating) -> Self {
        self.ratings.push(rating);
        self
    }
}

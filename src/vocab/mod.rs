//! The implementation-science vocabularies the paper uses, as typed enums.
//!
//! | Framework | Types |
//! |---|---|
//! | The seed paper's own terms | [`IspResource`], [`ReasoningType`], [`IspRole`], [`OutcomeLevel`] |
//! | COM-B (Michie et al. 2011) | [`ComBComponent`], [`ComBSubcomponent`] |
//! | CFIR 2009 (Damschroder et al. 2009) | [`CfirDomain`], [`CfirConstruct`] |
//! | CFIR 2022 (Damschroder et al. 2022) | [`Cfir2022Domain`], [`Cfir2022Subdomain`], [`Cfir2022Construct`], [`CfirVersion`] |
//! | CFIR 2009 → 2022 crosswalk (this crate's reference: Additional File 4 of the 2022 paper, cfirguide.org) | [`CfirCorrespondence`], [`CorrespondenceKind`], [`CorrespondenceBasis`], [`Standing`], [`Readings`], [`SourceQuote`], [`CfirNewConstruct`], [`NewConstructBasis`] |
//! | CFIR construct ratings (Damschroder & Lowery 2013, and field practice) | [`CfirRating`], [`RatingScore`], [`RatingCategory`], [`Distinguishing`], [`RatingLegend`]; across editions: [`RatingCrosswalk`], [`CarriedRating`], [`RatingRefusal`], [`RefusalReason`], [`RatingConversion`] |
//! | Proctor et al. (2011) outcomes | [`ImplementationOutcome`], [`ServiceOutcome`], [`ClientOutcome`] |
//! | ERIC (Powell et al. 2015; Waltz et al. 2015) | [`EricStrategy`], [`EricCluster`], [`EricClusterVerification`] |
//! | TDF v2 (Cane et al. 2012) and its COM-B mapping | [`TdfDomain`] |
//! | Behaviour Change Wheel (Michie et al. 2011) | [`InterventionFunction`], [`PolicyCategory`] |
//! | ISP competencies and principles (Metz et al. 2021) | [`IspCompetencyDomain`], [`IspCompetency`], [`IspPrinciple`] |
//! | ISP knowledge and attitudes (Bührmann et al. 2022) | [`IspKnowledgeArea`], [`IspAttitudeTheme`] |
//! | Causal pathway diagrams (Lewis et al. 2018, 2020) | [`CpdElement`] |
//!
//! [`vocabularies`] lists them all by name ([`Vocabulary`]), to print as a table or search
//! by a loosely typed name without code per vocabulary, and to write as files for other
//! tools: JSON ([`Vocabulary::to_json`], feature `serde`, with a JSON Schema:
//! [`vocabulary_schema`]), CSV ([`Vocabulary::to_csv`]) and one SKOS concept scheme per
//! vocabulary in a single Turtle file ([`skos_turtle`]), with stable IRIs under
//! [`VOCABULARY_IRI_BASE`]. [`vocabulary_files`] gives the whole set, as shipped under
//! `docs/vocab/` in the repository.
//!
//! What this crate's reference marks **unverified** is either flagged in the API
//! ([`EricClusterVerification::is_verified`], [`CfirCorrespondence::standing`]) or left out
//! and documented as missing: the seventh ISP attitude theme ([`IspAttitudeTheme`]), the BCW
//! matrix from COM-B to intervention functions ([`InterventionFunction`]), and which 18 ERIC
//! strategies ISPs were found to use ([`EricStrategy`]).
//!
//! Every vocabulary term has
//!
//! * a **stable snake_case id** ([`Term::as_str`]): the serde form, the JSON Schema enum
//!   value and the canonical [`FromStr`](std::str::FromStr) input; ids never change once
//!   released;
//! * a **human label** ([`Term::label`], also what `Display` prints), written as in the
//!   framework's source;
//! * a **short description** in this crate's own words ([`Term::description`]);
//! * an `ALL` list in the framework's own order ([`Term::all`]).
//!
//! CFIR comes in two editions, [`CfirConstruct`] (2009) and [`Cfir2022Construct`] (2022),
//! tagged by [`CfirVersion`]; their ids never collide (CFIR 2022 ids start with
//! `cfir2022_`). [`CfirCorrespondence`] relates them, one row per CFIR 2009 construct with
//! its quoted basis: 30 verified rows, stated as facts, and 9 readings, which lookups leave
//! out unless asked ([`Readings`]); [`RatingCrosswalk`] carries ratings only through
//! one-to-one links and reports the rest. Labels are unique within a vocabulary except
//! where CFIR 2022 itself repeats a name (see [`Cfir2022Construct::qualified_label`]).
//! [`CfirRating`] reads construct ratings in the notations of published tables.
//!
//! Parsing with `str::parse` is tolerant: it accepts the id, the label and listed name
//! variants, ignoring case, spacing and punctuation (`&` reads as `and`). Unknown text gives
//! [`ErrorKind::UnknownTerm`] with a did-you-mean suggestion.
//! Deserialization is strict: only ids are accepted, so files stay canonical.
//!
//! ```
//! use isp_moc::vocab::{CfirConstruct, Term};
//!
//! let c: CfirConstruct = "Access to information & knowledge".parse()?;
//! assert_eq!(c, CfirConstruct::AccessToKnowledgeAndInformation);
//! assert_eq!(c.as_str(), "access_to_knowledge_and_information");
//! assert_eq!(c.to_string(), "Access to Knowledge & Information");
//! assert_eq!(CfirConstruct::all().len(), 39);
//! # Ok::<(), isp_moc::Error>(())
//! ```

mod bcw;
mod buhrmann2022;
mod cfir2009;
mod cfir2022;
mod cfir2022_new;
mod cfir_correspondence;
mod cfir_correspondence_rows;
mod cfir_rating_crosswalk;
mod cfir_version;
mod com_b;
mod competency;
mod cpd;
mod eric;
mod outcome;
mod proctor;
mod rating;
mod reasoning;
mod registry;
mod resource;
mod role;
mod skos;
mod tdf;
mod term_record;
mod vocabulary_csv;
#[cfg(feature = "serde")]
mod vocabulary_files;
#[cfg(feature = "serde")]
mod vocabulary_json;

pub use bcw::{InterventionFunction, PolicyCategory};
pub use buhrmann2022::{IspAttitudeTheme, IspKnowledgeArea};
pub(crate) use cfir2009::construct_by_code_or_name as cfir_2009_construct;
pub use cfir2009::{CfirConstruct, CfirDomain};
pub use cfir2022::{Cfir2022Construct, Cfir2022Domain, Cfir2022Subdomain};
pub use cfir2022_new::{CfirNewConstruct, NewConstructBasis};
pub use cfir_correspondence::{
    CfirCorrespondence, CorrespondenceBasis, CorrespondenceKind, Readings, SourceQuote, Standing,
};
pub use cfir_rating_crosswalk::{
    CarriedRating, RatingConversion, RatingCrosswalk, RatingRefusal, RefusalReason,
};
pub use cfir_version::CfirVersion;
pub use com_b::{ComBComponent, ComBSubcomponent};
pub use competency::{IspCompetency, IspCompetencyDomain, IspPrinciple};
pub use cpd::CpdElement;
pub use eric::{EricCluster, EricClusterVerification, EricStrategy};
pub use outcome::{ImplementationOutcome, OutcomeLevel};
pub use proctor::{ClientOutcome, ServiceOutcome};
pub use rating::{CfirRating, Distinguishing, RatingCategory, RatingLegend, RatingScore};
pub use reasoning::ReasoningType;
pub use registry::{
    vocabularies, vocabulary, TermHit, TermSearch, TermTable, Vocabulary, VOCABULARY_IRI_BASE,
};
pub use resource::IspResource;
pub use role::IspRole;
pub use skos::skos_turtle;
pub use tdf::TdfDomain;
pub use term_record::{TermRecord, TermRef, Verification};
#[cfg(feature = "serde")]
pub use vocabulary_files::{vocabulary_files, VocabularyFile};
#[cfg(feature = "schemars")]
pub use vocabulary_json::vocabulary_schema;
#[cfg(feature = "serde")]
pub use vocabulary_json::VOCABULARY_FORMAT_VERSION;

use crate::suggest::edit_distance;
use crate::{Error, ErrorKind};

/// What every vocabulary term offers: stable id, label, description and the full list.
///
/// Generic code (tables, UIs, property tests) can work over any vocabulary through it.
///
/// # Example
///
/// ```
/// use isp_moc::vocab::{ComBComponent, Term};
///
/// fn ids<T: Term>() -> Vec<&'static str> {
///     T::all().iter().map(|t| t.as_str()).collect()
/// }
/// assert_eq!(ids::<ComBComponent>(), ["capability", "opportunity", "motivation"]);
/// assert_eq!(ComBComponent::VOCABULARY, "COM-B component");
/// ```
pub trait Term: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + 'static {
    /// Human name of the vocabulary, used in error messages ("CFIR 2009 construct").
    const VOCABULARY: &'static str;
    /// Every term, in the framework's own order.
    fn all() -> &'static [Self];
    /// The stable snake_case id.
    fn as_str(self) -> &'static str;
    /// The human label, as written in the framework's source.
    fn label(self) -> &'static str;
    /// A one-sentence description in this crate's own words.
    fn description(self) -> &'static str;
    /// Accepted name variants besides the id and the label.
    fn aliases(self) -> &'static [&'static str];

    /// Looks a term up by its exact id (no tolerance), as deserialization does.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{IspResource, Term};
    /// assert_eq!(IspResource::from_id("skills"), Some(IspResource::Skills));
    /// assert_eq!(IspResource::from_id("Skills"), None);
    /// ```
    fn from_id(id: &str) -> Option<Self> {
        Self::all().iter().copied().find(|t| t.as_str() == id)
    }

    /// Tolerant lookup: id, label or alias, ignoring case, spacing and punctuation.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownTerm`] naming the text and, when one is close, the likely id
    /// (and every id, when the vocabulary has at most six).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::{CfirDomain, Term};
    /// assert_eq!(CfirDomain::lookup("Inner setting")?, CfirDomain::InnerSetting);
    /// let err = CfirDomain::lookup("iner setting").unwrap_err();
    /// assert_eq!(err.to_string(), "unknown CFIR 2009 domain `iner setting`; did you mean `inner_setting`? \
    ///     (expected one of `intervention_characteristics`, `outer_setting`, `inner_setting`, \
    ///     `characteristics_of_individuals`, `process`)");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    fn lookup(text: &str) -> Result<Self, Error> {
        lookup(text)
    }
}

/// Folds a name to a comparison key: lowercase alphanumerics, `&` read as `and`.
pub(crate) fn fold(text: &str) -> String {
    folded(text).collect()
}

/// [`fold`] without allocating: lookups compare against every name of a vocabulary, once
/// per cell of a spreadsheet.
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(|c| {
        let (and, kept) = if c == '&' {
            ("and", None)
        } else {
            ("", Some(c).filter(|c| c.is_alphanumeric()))
        };
        and.chars()
            .chain(kept.into_iter().flat_map(char::to_lowercase))
    })
}

fn lookup<T: Term>(text: &str) -> Result<T, Error> {
    if let Some(t) = T::from_id(text) {
        return Ok(t);
    }
    let key = fold(text);
    let names = |t: T| {
        [t.as_str(), t.label()]
            .into_iter()
            .chain(t.aliases().iter().copied())
    };
    // Symbols such as `+` or `±` fold to nothing, so match them as written first.
    let trimmed = text.trim();
    if let Some(&t) = T::all().iter().find(|&&t| names(t).any(|n| n == trimmed)) {
        return Ok(t);
    }
    if !key.is_empty() {
        for &t in T::all() {
            if names(t).any(|n| folded(n).eq(key.chars())) {
                return Ok(t);
            }
        }
    }
    Err(unknown_term::<T>(text))
}

/// Vocabularies of at most this many terms list them all in an unknown-term error.
const LISTED_TERMS: usize = 6;

/// The error for text that is not a term of `T`, with a suggestion when one is close and
/// the list of ids when the vocabulary is short.
pub(crate) fn unknown_term<T: Term>(text: &str) -> Error {
    Error::new(unknown_term_kind::<T>(text))
}

/// The [`ErrorKind`] of [`unknown_term`].
pub(crate) fn unknown_term_kind<T: Term>(text: &str) -> ErrorKind {
    let all = T::all();
    ErrorKind::UnknownTerm {
        vocabulary: T::VOCABULARY,
        value: text.to_owned(),
        suggestion: suggest::<T>(text),
        expected: if all.len() <= LISTED_TERMS {
            all.iter().map(|t| t.as_str()).collect()
        } else {
            Vec::new()
        },
    }
}

/// A likely intended id for text that matched nothing: the term whose id, label or alias is
/// nearest by edit distance when close enough to be a typo (at most a third of the length,
/// at most 4 edits); otherwise the term whose name contains every word of the text, with
/// the fewest extra words ("audit and feedback" → `audit_and_provide_feedback`).
fn suggest<T: Term>(text: &str) -> Option<&'static str> {
    if !crate::suggest::plausible(text) {
        return None;
    }
    let key = fold(text);
    if key.is_empty() {
        return None;
    }
    let names = |t: T| {
        [t.as_str(), t.label()]
            .into_iter()
            .chain(t.aliases().iter().copied())
    };
    let length = key.chars().count();
    let limit = (length / 3).clamp(1, 4);
    let typo = T::all()
        .iter()
        .flat_map(|&t| {
            let key = &key;
            names(t)
                // the distance is at least the difference in length
                .filter(move |n| folded(n).count().abs_diff(length) <= limit)
                .map(move |n| (edit_distance(&fold(n), key), t.as_str()))
        })
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, id)| id);
    typo.or_else(|| {
        let wanted = words(text);
        T::all()
            .iter()
            .flat_map(|&t| {
                let wanted = &wanted;
                names(t)
                    .filter(move |n| wanted.iter().all(|w| has_word(n, w)))
                    .map(move |n| (word_count(n).saturating_sub(wanted.len()), t.as_str()))
            })
            .min_by_key(|&(extra, _)| extra)
            .map(|(_, id)| id)
    })
}

/// True when `name` has the lowercase word `word` (as [`words`] splits it), without
/// allocating.
fn has_word(name: &str, word: &str) -> bool {
    (word == "and" && name.contains('&'))
        || name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.chars().flat_map(char::to_lowercase).eq(word.chars()))
}

/// How many words [`words`] finds in `name`, without allocating.
fn word_count(name: &str) -> usize {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
        + name.matches('&').count()
}

/// Lowercase alphanumeric words (`&` read as `and`, `_` and punctuation as separators).
fn words(text: &str) -> Vec<String> {
    text.replace('&', " and ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_punctuation_and_ampersand() {
        assert_eq!(
            fold("Access to Knowledge & Information"),
            fold("access_to_knowledge_and_information")
        );
        assert_eq!(fold("  Self-efficacy "), "selfefficacy");
    }

    #[test]
    fn word_suggestions_handle_repeated_words() {
        // more words typed than the name has (repeats) must not underflow
        let err = CfirConstruct::lookup("relative relative relative").unwrap_err();
        assert!(
            err.to_string()
                .contains("did you mean `relative_advantage`?"),
            "{err}"
        );
        let err = EricStrategy::lookup("audit and feedback").unwrap_err();
        assert!(
            err.to_string()
                .ends_with("did you mean `audit_and_provide_feedback`?"),
            "{err}"
        );
    }

    #[test]
    fn far_text_gets_no_suggestion() {
        let err = CfirDomain::lookup("zzzzzzzz").unwrap_err();
        assert_eq!(err.to_string(), "unknown CFIR 2009 domain `zzzzzzzz` (expected one of `intervention_characteristics`, `outer_setting`, `inner_setting`, `characteristics_of_individuals`, `process`)");
        let err = EricStrategy::lookup("").unwrap_err();
        assert_eq!(err.to_string(), "unknown ERIC strategy ``");
    }
}

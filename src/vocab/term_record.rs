//! [`TermRecord`]: one vocabulary term with everything the vocabulary files carry.

use std::collections::BTreeMap;

/// One term of a registered vocabulary as the vocabulary files write it: id, stable IRI,
/// label, description, the broader term, aliases, how its place was verified, and the
/// vocabulary's own facts (a CFIR code, a Powell number, a COM-B mapping).
///
/// Built by [`Vocabulary::terms`](super::Vocabulary::terms); written by
/// [`Vocabulary::to_json`](super::Vocabulary::to_json),
/// [`Vocabulary::to_csv`](super::Vocabulary::to_csv) and [`skos_turtle`](super::skos_turtle).
///
/// # Example
///
/// ```
/// let terms = isp_moc::vocab::vocabulary("eric")?.terms();
/// let audit = terms.iter().find(|t| t.id == "audit_and_provide_feedback").unwrap();
/// assert_eq!(audit.parent.as_ref().unwrap().vocabulary, "eric-clusters");
/// assert_eq!(audit.properties["number"], "5");
/// assert!(audit.verification.as_ref().unwrap().verified);
/// assert_eq!(audit.iri, "https://w3id.org/isp-moc/vocab/eric/audit_and_provide_feedback");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(
    feature = "schemars",
    schemars(extend("required" = [
        "id", "iri", "label", "description", "parent", "aliases", "verification", "properties"
    ]))
)]
#[non_exhaustive]
pub struct TermRecord {
    /// The stable snake_case id.
    pub id: &'static str,
    /// The stable IRI: `https://w3id.org/isp-moc/vocab/`, the vocabulary's name, `/`, the
    /// id.
    ///
    /// See [`VOCABULARY_IRI_BASE`](super::VOCABULARY_IRI_BASE).
    pub iri: String,
    /// The label, as written in the framework's source.
    pub label: &'static str,
    /// A one-sentence description in this crate's words.
    pub description: &'static str,
    /// The broader term: a CFIR construct's parent construct (else its subdomain, else its
    /// domain), an ERIC strategy's cluster, an ISP competency's domain, a COM-B
    /// sub-component's component; `null` for a term at the top.
    pub parent: Option<TermRef>,
    /// Accepted name variants besides the id and the label.
    pub aliases: &'static [&'static str],
    /// How the term's place was verified, where this crate records it; `null` otherwise.
    pub verification: Option<Verification>,
    /// The vocabulary's own facts about the term, by name (a CFIR code, a Powell number,
    /// ids of mapped terms); only those that apply to this term.
    ///
    /// The names are the vocabulary's
    /// [`property_names`](super::Vocabulary::property_names).
    pub properties: BTreeMap<&'static str, String>,
}

/// A term of a registered vocabulary, named by the vocabulary's name and the term's id.
///
/// # Example
///
/// ```
/// let culture = isp_moc::vocab::vocabulary("cfir2009")?.terms().into_iter()
///     .find(|t| t.id == "culture").unwrap();
/// let parent = culture.parent.unwrap();
/// assert_eq!((parent.vocabulary, parent.id), ("cfir2009-domains", "inner_setting"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct TermRef {
    /// The vocabulary's name in the registry (`cfir2009-domains`, `eric-clusters`, ...).
    pub vocabulary: &'static str,
    /// The term's id.
    pub id: &'static str,
}

/// How the place of a term was verified, where this crate records it.
///
/// `of` says what was checked:
///
/// * `cluster`: an ERIC strategy's Waltz cluster (level: an
///   [`EricClusterVerification`](super::EricClusterVerification));
/// * `crosswalk`: a CFIR 2009 construct's row of the CFIR 2009 → 2022 crosswalk, or the
///   best row linking a CFIR 2022 construct to CFIR 2009 (level: a
///   [`CorrespondenceBasis`](super::CorrespondenceBasis));
/// * `new_construct`: what the sources say of a CFIR 2022 construct without a CFIR 2009
///   row (level: a [`NewConstructBasis`](super::NewConstructBasis)).
///
/// # Example
///
/// ```
/// let cost = isp_moc::vocab::vocabulary("cfir2009")?.terms().into_iter()
///     .find(|t| t.id == "cost").unwrap();
/// let v = cost.verification.unwrap();
/// assert_eq!((v.of, v.level.vocabulary, v.verified), ("crosswalk", "correspondence-bases", false));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Verification {
    /// What was checked: `cluster`, `crosswalk` or `new_construct`.
    pub of: &'static str,
    /// The level, a term of another registered vocabulary.
    pub level: TermRef,
    /// Whether that level counts as verified (a fact) rather than a reading.
    pub verified: bool,
}

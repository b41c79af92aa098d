//! A vocabulary as a JSON document (feature `serde`), and that document's JSON Schema
//! (feature `schemars`).

use super::{TermRecord, Vocabulary};

/// The version of the vocabulary file format [`Vocabulary::to_json`] writes (its
/// `format_version`); raised whenever a field is removed or changes meaning.
///
/// # Example
///
/// ```
/// let json = isp_moc::vocab::vocabulary("com-b")?.to_json();
/// assert!(json.contains(&format!("\"format_version\": {}", isp_moc::vocab::VOCABULARY_FORMAT_VERSION)));
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub const VOCABULARY_FORMAT_VERSION: u32 = 1;

/// One vocabulary as a file: who it is, where it comes from, and its terms.
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(title = "isp-moc vocabulary"))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schemars",
    schemars(extend("required" = [
        "format_version", "name", "title", "iri", "source", "note", "property_names", "terms"
    ]))
)]
struct VocabularyDocument {
    /// The version of this file format (1).
    format_version: u32,
    /// The vocabulary's name in the registry (`cfir2009`, `eric`, ...).
    name: &'static str,
    /// The vocabulary's human name, singular (`CFIR 2009 construct`).
    title: &'static str,
    /// The IRI of the vocabulary's SKOS concept scheme.
    iri: String,
    /// Where the terms come from.
    source: &'static str,
    /// What the sources leave unverified or this crate leaves out, if anything.
    note: Option<&'static str>,
    /// The names of the vocabulary's own facts in `properties`, in the CSV's column order.
    property_names: &'static [&'static str],
    /// Every term, in the framework's order.
    terms: Vec<TermRecord>,
}

impl Vocabulary {
    /// The vocabulary as a pretty-printed JSON document (feature `serde`): `format_version`,
    /// `name`, `title`, `iri`, `source`, `note`, `property_names` and every term
    /// ([`TermRecord`]); described by [`vocabulary_schema`] (`schema/vocabulary.schema.json`
    /// in the repository). Deterministic: the same release always writes the same text.
    ///
    /// # Example
    ///
    /// ```
    /// let json = isp_moc::vocab::vocabulary("cfir2009")?.to_json();
    /// let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    /// assert_eq!(doc["terms"].as_array().unwrap().len(), 39);
    /// assert_eq!(doc["terms"][0]["parent"]["id"], "intervention_characteristics");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        let document = VocabularyDocument {
            format_version: VOCABULARY_FORMAT_VERSION,
            name: self.name(),
            title: self.title(),
            iri: self.iri(),
            source: self.source(),
            note: self.note(),
            property_names: self.property_names(),
            terms: self.terms(),
        };
        // Serializing plain strings, numbers, lists and maps with string keys cannot fail.
        let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The JSON Schema (draft 2020-12) of a vocabulary file as [`Vocabulary::to_json`] writes
/// it (feature `schemars`); `schema/vocabulary.schema.json` in the repository is this
/// text.
///
/// # Example
///
/// ```
/// let schema = isp_moc::vocab::vocabulary_schema();
/// assert!(schema.contains("\"property_names\""));
/// assert!(schema.contains("\"verification\""));
/// ```
#[cfg(feature = "schemars")]
pub fn vocabulary_schema() -> String {
    crate::io::schema_text(schemars::schema_for!(VocabularyDocument))
}

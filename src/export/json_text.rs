//! Compact JSON text for the evidence and info records, without serde.
//!
//! GraphML carries lists and records (citations, observations, passages, tallies) as
//! JSON-valued string attributes. The export must work without the `serde` feature, so
//! this module writes them by hand, in exactly the serde form of the JSON document (field
//! names, omitted empty fields, ids for vocabulary terms). Records are destructured
//! exhaustively, so a new model field is a compile error here rather than a silent loss; a
//! test checks the text against serde_json for every record of Figure 2 and for random
//! records.

use std::fmt::Write;

use crate::model::{
    CategoryTally, CerqualAssessment, Citation, CodingCategory, DomainSubject, Judgement,
    Observation, Study, StudyId,
};

/// A JSON string literal.
pub(crate) fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes `"name":` (after a comma unless it is the object's first field).
fn field(out: &mut String, first: &mut bool, name: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    string(out, name);
    out.push(':');
}

fn array<T>(out: &mut String, items: &[T], mut write: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// A JSON array of strings.
pub(crate) fn strings(items: &[String]) -> String {
    let mut out = String::new();
    array(&mut out, items, |out, s| string(out, s));
    out
}

/// A JSON array of citations, in the document's form.
pub(crate) fn citations(items: &[Citation]) -> String {
    let mut out = String::new();
    array(&mut out, items, citation);
    out
}

/// A JSON array of observations, in the document's form.
pub(crate) fn observations(items: &[Observation]) -> String {
    let mut out = String::new();
    array(&mut out, items, observation);
    out
}

/// A JSON array of study ids.
pub(crate) fn study_ids(items: &[StudyId]) -> String {
    let mut out = String::new();
    array(&mut out, items, |out, s| string(out, s.as_str()));
    out
}

/// A JSON array of studies (the study table), in the document's form.
pub(crate) fn studies(items: &[Study]) -> String {
    let mut out = String::new();
    array(&mut out, items, study);
    out
}

/// A GRADE-CERQual assessment, in the document's form.
pub(crate) fn cerqual(a: &CerqualAssessment) -> String {
    let CerqualAssessment {
        methodological_limitations,
        coherence,
        adequacy,
        relevance,
        confidence,
        explanation,
    } = a;
    let mut out = String::new();
    let mut first = true;
    out.push('{');
    for (name, j) in [
        ("methodological_limitations", methodological_limitations),
        ("coherence", coherence),
        ("adequacy", adequacy),
        ("relevance", relevance),
    ] {
        let Judgement {
            concern,
            explanation,
        } = j;
        field(&mut out, &mut first, name);
        let mut inner = true;
        out.push('{');
        field(&mut out, &mut inner, "concern");
        string(&mut out, concern.as_str());
        field(&mut out, &mut inner, "explanation");
        string(&mut out, explanation);
        out.push('}');
    }
    field(&mut out, &mut first, "confidence");
    string(&mut out, confidence.as_str());
    field(&mut out, &mut first, "explanation");
    string(&mut out, explanation);
    out.push('}');
    out
}

/// A JSON array of domain subjects, in the document's form.
pub(crate) fn domain_subjects(items: &[DomainSubject]) -> String {
    let mut out = String::new();
    array(&mut out, items, |out, s| {
        let DomainSubject { domain, subject } = s;
        let mut first = true;
        out.push('{');
        field(out, &mut first, "domain");
        string(out, domain.as_str());
        field(out, &mut first, "subject");
        string(out, subject);
        out.push('}');
    });
    out
}

/// A JSON array of category tallies, in the document's form.
pub(crate) fn tallies(items: &[CategoryTally]) -> String {
    let mut out = String::new();
    array(&mut out, items, |out, t| {
        let CategoryTally {
            category,
            publications,
            excerpt_share,
            passage,
            note,
        } = t;
        let mut first = true;
        out.push('{');
        field(out, &mut first, "category");
        out.push('{');
        let (variant, id) = match category {
            CodingCategory::Resource(r) => ("resource", r.as_str()),
            CodingCategory::Reasoning(r) => ("reasoning", r.as_str()),
            CodingCategory::Context(d) => ("context", d.as_str()),
        };
        string(out, variant);
        out.push(':');
        string(out, id);
        out.push('}');
        if let Some(n) = publications {
            field(out, &mut first, "publications");
            let _ = write!(out, "{n}");
        }
        if let Some(share) = excerpt_share {
            field(out, &mut first, "excerpt_share");
            number(out, *share);
        }
        if let Some(p) = passage {
            field(out, &mut first, "passage");
            string(out, p);
        }
        if let Some(n) = note {
            field(out, &mut first, "note");
            string(out, n);
        }
        out.push('}');
    });
    out
}

/// A finite float in a form that reads back bit for bit (Rust's shortest round-trip
/// form); non-finite values (never in a valid model) become `null`.
fn number(out: &mut String, x: f64) {
    if x.is_finite() {
        let _ = write!(out, "{x:?}");
    } else {
        out.push_str("null");
    }
}

fn citation(out: &mut String, c: &Citation) {
    let Citation {
        authors,
        year,
        suffix,
        locator,
    } = c;
    let mut first = true;
    out.push('{');
    field(out, &mut first, "authors");
    string(out, authors);
    field(out, &mut first, "year");
    let _ = write!(out, "{year}");
    if let Some(s) = suffix {
        field(out, &mut first, "suffix");
        string(out, s.encode_utf8(&mut [0; 4]));
    }
    if let Some(l) = locator {
        field(out, &mut first, "locator");
        string(out, l);
    }
    out.push('}');
}

fn study(out: &mut String, s: &Study) {
    let Study {
        id,
        citation: cited,
        location,
        design,
        sector,
        roles,
        doi,
    } = s;
    let mut first = true;
    out.push('{');
    field(out, &mut first, "id");
    string(out, id.as_str());
    field(out, &mut first, "citation");
    citation(out, cited);
    if let Some(l) = location {
        field(out, &mut first, "location");
        string(out, l);
    }
    if let Some(d) = design {
        field(out, &mut first, "design");
        string(out, d.as_str());
    }
    if let Some(s) = sector {
        field(out, &mut first, "sector");
        string(out, s.as_str());
    }
    if !roles.is_empty() {
        field(out, &mut first, "roles");
        array(out, roles, |out, r| string(out, r.as_str()));
    }
    if let Some(d) = doi {
        field(out, &mut first, "doi");
        string(out, d);
    }
    out.push('}');
}

fn observation(out: &mut String, o: &Observation) {
    let Observation {
        valence,
        summary,
        citations,
        passage,
        studies,
    } = o;
    let mut first = true;
    out.push('{');
    field(out, &mut first, "valence");
    string(out, valence.as_str());
    field(out, &mut first, "summary");
    string(out, summary);
    if !citations.is_empty() {
        field(out, &mut first, "citations");
        array(out, citations, citation);
    }
    if let Some(p) = passage {
        field(out, &mut first, "passage");
        string(out, p);
    }
    if !studies.is_empty() {
        field(out, &mut first, "studies");
        array(out, studies, |out, s| string(out, s.as_str()));
    }
    out.push('}');
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    /// The hand-written JSON is byte for byte serde_json's compact form of the records.
    #[test]
    fn matches_serde_json_on_figure2() {
        let g = crate::catalog::figure2();
        let same = |ours: String, theirs: serde_json::Result<String>| {
            assert_eq!(ours, theirs.unwrap());
        };
        let info = g.info();
        same(
            domain_subjects(&info.domain_subjects),
            serde_json::to_string(&info.domain_subjects),
        );
        same(tallies(&info.tallies), serde_json::to_string(&info.tallies));
        same(studies(g.studies()), serde_json::to_string(g.studies()));
        let records = g
            .mechanisms()
            .iter()
            .map(|m| (&m.evidence, &m.passages))
            .chain(g.links().iter().map(|l| (&l.evidence, &l.passages)));
        for (evidence, passages) in records {
            same(
                citations(&evidence.citations),
                serde_json::to_string(&evidence.citations),
            );
            same(
                observations(&evidence.observations),
                serde_json::to_string(&evidence.observations),
            );
            same(strings(passages), serde_json::to_string(passages));
            same(
                study_ids(&evidence.studies),
                serde_json::to_string(&evidence.studies),
            );
        }
    }

    #[test]
    fn cerqual_matches_serde_json() {
        use crate::model::{Concern, Confidence};
        let j = |c, e: &str| Judgement::new(c, e);
        let a = CerqualAssessment::new(
            j(Concern::Minor, "two \"thin\" studies"),
            j(Concern::NoOrVeryMinor, "consistent"),
            j(Concern::Serious, "one sector\n"),
            j(Concern::Moderate, "é"),
            Confidence::Low,
            "adequacy",
        );
        assert_eq!(cerqual(&a), serde_json::to_string(&a).unwrap());
    }

    #[test]
    fn strings_escape_like_serde_json() {
        let hostile = "q\" b\\ \n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f} é 🙂".to_owned();
        assert_eq!(
            strings(std::slice::from_ref(&hostile)),
            serde_json::to_string(&[hostile]).unwrap()
        );
    }
}

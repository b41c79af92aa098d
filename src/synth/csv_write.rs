//! Writing an evidence base back to CSV: the study table and the excerpt sheet, in the
//! default column titles, so that [`read_evidence_csv`](super::read_evidence_csv) reads
//! them back unchanged.

use super::{Code, EvidenceBase};
use crate::csv_text::write_row;

impl EvidenceBase {
    /// The study table as CSV: `study,citation,location,design,sector,roles,doi`, one row
    /// per study in id order, roles separated by `;`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{Citation, Study, StudyDesign};
    /// let base = isp_moc::synth::EvidenceBase::new()
    ///     .with_study(Study::new(Citation::new("Akin", 2016)).with_location("US").with_design(StudyDesign::Qualitative));
    /// assert_eq!(base.studies_to_csv(),
    ///     "study,citation,location,design,sector,roles,doi\nakin_2016,Akin 2016,US,qualitative,,,\n");
    /// ```
    pub fn studies_to_csv(&self) -> String {
        let mut out = String::new();
        write_row(
            &mut out,
            [
                "study", "citation", "location", "design", "sector", "roles", "doi",
            ],
        );
        for s in &self.studies {
            let citation = s.citation.to_string();
            let roles = join(s.roles.iter().map(|r| r.as_str().to_owned()));
            write_row(
                &mut out,
                [
                    s.id.as_str(),
                    &citation,
                    s.location.as_deref().unwrap_or(""),
                    s.design.map_or("", |d| d.as_str()),
                    s.sector.map_or("", |x| x.as_str()),
                    &roles,
                    s.doi.as_deref().unwrap_or(""),
                ],
            );
        }
        out
    }

    /// The coded excerpts as CSV:
    /// `study,valence,resource,reasoning,context,mechanisms,text,page`, one row per excerpt
    /// in the base's order, list cells separated by `;`, context codes in their [context
    /// form](Code::context_text).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::{CfirPlacement, StudyId, Valence};
    /// use isp_moc::synth::{EvidenceBase, Excerpt};
    /// use isp_moc::vocab::{CfirConstruct, IspResource, ReasoningType};
    /// let base = EvidenceBase::new().with_excerpt(
    ///     Excerpt::new(StudyId::new("akin_2016")?, Valence::Enabling)
    ///         .with_resource(IspResource::Skills)
    ///         .with_reasoning(ReasoningType::Relational)
    ///         .with_context(CfirPlacement::from_construct(CfirConstruct::Culture))
    ///         .with_text("built trust, slowly"));
    /// assert_eq!(base.excerpts_to_csv(),
    ///     "study,valence,resource,reasoning,context,mechanisms,text,page\n\
    ///      akin_2016,enabling,skills,relational,2009:culture,,\"built trust, slowly\",\n");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn excerpts_to_csv(&self) -> String {
        let mut out = String::new();
        write_row(
            &mut out,
            [
                "study",
                "valence",
                "resource",
                "reasoning",
                "context",
                "mechanisms",
                "text",
                "page",
            ],
        );
        for e in &self.excerpts {
            let reasoning = join(e.reasoning.iter().map(|r| r.as_str().to_owned()));
            let context = join(e.context.iter().map(Code::context_text));
            let mechanisms = join(e.mechanisms.iter().map(|m| m.as_str().to_owned()));
            write_row(
                &mut out,
                [
                    e.study.as_str(),
                    e.valence.as_str(),
                    e.resource.map_or("", |r| r.as_str()),
                    &reasoning,
                    &context,
                    &mechanisms,
                    e.text.as_deref().unwrap_or(""),
                    e.page.as_deref().unwrap_or(""),
                ],
            );
        }
        out
    }
}

/// A list cell: the items joined by `; `.
fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

//! [`ReviewSummary`]: the tables a review reports, counted from an evidence base.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::EvidenceBase;
use crate::model::{Sector, StudyDesign, StudyId};
use crate::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, IspResource, IspRole,
    ReasoningType, Term,
};

/// One row of a count table: a key (an id, or a location as written), its label, and the
/// number of publications.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Study, StudyDesign};
/// let base = isp_moc::synth::EvidenceBase::new()
///     .with_study(Study::new(Citation::new("Akin", 2016)).with_design(StudyDesign::Qualitative));
/// let row = &base.summary().by_design[0];
/// assert_eq!((row.key.as_str(), row.label.as_str(), row.publications), ("qualitative", "Qualitative", 1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CountRow {
    /// The id (or, for locations, the text as written; `not_reported` when absent).
    pub key: String,
    /// The label a report shows.
    pub label: String,
    /// Distinct publications.
    pub publications: usize,
}

/// One row of the excerpt-share table: which ISP resource triggered the response.
///
/// # Example
///
/// ```
/// use isp_moc::model::{StudyId, Valence};
/// use isp_moc::synth::{EvidenceBase, Excerpt};
/// use isp_moc::vocab::IspResource;
/// let base = EvidenceBase::new()
///     .with_excerpt(Excerpt::new(StudyId::new("a_2020")?, Valence::Enabling).with_resource(IspResource::Skills));
/// assert_eq!(base.summary().triggers[0].share, 1.0);
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ShareRow {
    /// The resource's id.
    pub key: String,
    /// Its label.
    pub label: String,
    /// Excerpts coded with it.
    pub excerpts: usize,
    /// Its share of the excerpts that carry a resource code, in `0.0..=1.0`.
    pub share: f64,
}

/// The tables a review of implementation support reports, counted from an evidence base:
/// publications by location, design, sector and ISP role; the share of excerpts each ISP
/// resource triggered; publications per response type (COM-B component or relational) and
/// per CFIR domain and construct of either edition.
///
/// Counts of publications are of *distinct* studies. Rows follow the vocabularies' order
/// (locations: most publications first, then by name, "not reported" last) and leave out
/// zero rows. `to_markdown` gives the tables for a report; with the `serde` feature the
/// summary serializes to JSON.
///
/// # Example
///
/// ```
/// use isp_moc::model::{Citation, Study, Valence};
/// use isp_moc::synth::{EvidenceBase, Excerpt};
/// use isp_moc::vocab::{IspResource, ReasoningType};
/// let s = Study::new(Citation::new("Akin", 2016)).with_location("US");
/// let base = EvidenceBase::new().with_study(s.clone())
///     .with_excerpt(Excerpt::new(s.id.clone(), Valence::Enabling)
///         .with_resource(IspResource::Skills).with_reasoning(ReasoningType::Relational));
/// let summary = base.summary();
/// assert_eq!(summary.publications, 1);
/// assert_eq!(summary.by_reasoning[0].label, "Relational");
/// assert!(summary.to_markdown().contains("| US | 1 |"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ReviewSummary {
    /// Publications in the study table.
    pub publications: usize,
    /// By country or region.
    pub by_location: Vec<CountRow>,
    /// By design.
    pub by_design: Vec<CountRow>,
    /// By sector.
    pub by_sector: Vec<CountRow>,
    /// By ISP role (a publication studying several roles counts for each).
    pub by_role: Vec<CountRow>,
    /// Publications with at least one coded excerpt.
    pub publications_with_excerpts: usize,
    /// Excerpts that carry a resource code.
    pub excerpts_with_resource: usize,
    /// Share of those excerpts per ISP resource.
    pub triggers: Vec<ShareRow>,
    /// Publications with at least one excerpt of each response type.
    pub by_reasoning: Vec<CountRow>,
    /// Publications per CFIR 2009 domain.
    pub by_cfir_domain: Vec<CountRow>,
    /// Publications per CFIR 2009 construct.
    pub by_cfir_construct: Vec<CountRow>,
    /// Publications per CFIR 2022 domain.
    pub by_cfir2022_domain: Vec<CountRow>,
    /// Publications per CFIR 2022 construct.
    pub by_cfir2022_construct: Vec<CountRow>,
}

impl EvidenceBase {
    /// The review's tables, counted from this evidence base (see [`ReviewSummary`]).
    ///
    /// # Example
    ///
    /// ```
    /// let summary = isp_moc::synth::EvidenceBase::new().summary();
    /// assert_eq!(summary.publications, 0);
    /// assert!(summary.triggers.is_empty());
    /// ```
    pub fn summary(&self) -> ReviewSummary {
        let studies = &self.studies;
        let mut locations: BTreeMap<String, usize> = BTreeMap::new();
        let mut unlocated = 0;
        for s in studies {
            match s
                .location
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                Some(l) => *locations.entry(l.to_owned()).or_default() += 1,
                None => unlocated += 1,
            }
        }
        let mut by_location: Vec<CountRow> = locations
            .into_iter()
            .map(|(key, publications)| CountRow {
                label: key.clone(),
                key,
                publications,
            })
            .collect();
        by_location.sort_by(|a, b| b.publications.cmp(&a.publications).then(a.key.cmp(&b.key)));
        if unlocated > 0 {
            by_location.push(CountRow {
                key: "not_reported".to_owned(),
                label: "Not reported".to_owned(),
                publications: unlocated,
            });
        }
        let by_design =
            rows::<StudyDesign>(|d| studies.iter().filter(|s| s.design == Some(d)).count());
        let by_sector = rows::<Sector>(|x| studies.iter().filter(|s| s.sector == Some(x)).count());
        let by_role = rows::<IspRole>(|r| studies.iter().filter(|s| s.roles.contains(&r)).count());

        let coded: Vec<IspResource> = self.excerpts.iter().filter_map(|e| e.resource).collect();
        let total = coded.len();
        let triggers = IspResource::ALL
            .iter()
            .map(|&r| (r, coded.iter().filter(|&&c| c == r).count()))
            .filter(|&(_, n)| n > 0)
            .map(|(r, n)| ShareRow {
                key: r.as_str().to_owned(),
                label: r.label().to_owned(),
                excerpts: n,
                share: n as f64 / total as f64,
            })
            .collect();

        let publications_with = |test: &dyn Fn(&super::Excerpt) -> bool| {
            self.excerpts
                .iter()
                .filter(|e| test(e))
                .map(|e| &e.study)
                .collect::<BTreeSet<&StudyId>>()
                .len()
        };
        let by_reasoning =
            rows::<ReasoningType>(|r| publications_with(&|e| e.reasoning.contains(&r)));
        let by_cfir_domain = rows::<CfirDomain>(|d| {
            publications_with(&|e| {
                e.context
                    .iter()
                    .any(|p| p.domain == Some(d) || p.construct.is_some_and(|c| c.domain() == d))
            })
        });
        let by_cfir_construct = rows::<CfirConstruct>(|c| {
            publications_with(&|e| e.context.iter().any(|p| p.construct == Some(c)))
        });
        let by_cfir2022_domain = rows::<Cfir2022Domain>(|d| {
            publications_with(&|e| {
                e.context.iter().any(|p| {
                    p.domain_2022 == Some(d) || p.construct_2022.is_some_and(|c| c.domain() == d)
                })
            })
        });
        let by_cfir2022_construct = rows::<Cfir2022Construct>(|c| {
            publications_with(&|e| e.context.iter().any(|p| p.construct_2022 == Some(c)))
        });
        ReviewSummary {
            publications: studies.len(),
            by_location,
            by_design,
            by_sector,
            by_role,
            publications_with_excerpts: publications_with(&|_| true),
            excerpts_with_resource: total,
            triggers,
            by_reasoning,
            by_cfir_domain,
            by_cfir_construct,
            by_cfir2022_domain,
            by_cfir2022_construct,
        }
    }
}

/// One row per term of `T` with a non-zero count, in the vocabulary's order.
fn rows<T: Term>(count: impl Fn(T) -> usize) -> Vec<CountRow> {
    T::all()
        .iter()
        .map(|&t| (t, count(t)))
        .filter(|&(_, n)| n > 0)
        .map(|(t, publications)| CountRow {
            key: t.as_str().to_owned(),
            label: t.label().to_owned(),
            publications,
        })
        .collect()
}

impl ReviewSummary {
    /// The tables as Markdown, for a report.
    ///
    /// # Example
    ///
    /// ```
    /// let md = isp_moc::synth::EvidenceBase::new().summary().to_markdown();
    /// assert!(md.starts_with("# Evidence base\n\n0 publications"));
    /// ```
    pub fn to_markdown(&self) -> String {
        let plural = if self.publications == 1 { "" } else { "s" };
        let mut out = format!(
            "# Evidence base\n\n{} publication{plural}\n",
            self.publications
        );
        let table = |out: &mut String, title: &str, rows: &[CountRow]| {
            if rows.is_empty() {
                return;
            }
            let _ = write!(
                out,
                "\n## {title}\n\n| {title} | Publications |\n|---|---|\n"
            );
            for r in rows {
                let _ = writeln!(out, "| {} | {} |", r.label, r.publications);
            }
        };
        table(&mut out, "Location", &self.by_location);
        table(&mut out, "Design", &self.by_design);
        table(&mut out, "Sector", &self.by_sector);
        table(&mut out, "ISP role", &self.by_role);
        if !self.triggers.is_empty() {
            let _ = write!(
                out,
                "\n## What triggered the response\n\n{} with a resource code, from {} with coded excerpts\n\n| ISP resource | Excerpts | Share |\n|---|---|---|\n",
                crate::prose::counted(self.excerpts_with_resource, "excerpt"),
                crate::prose::counted(self.publications_with_excerpts, "publication")
            );
            for t in &self.triggers {
                let _ = writeln!(
                    out,
                    "| {} | {} | {:.0}% |",
                    t.label,
                    t.excerpts,
                    t.share * 100.0
                );
            }
        }
        table(&mut out, "Response", &self.by_reasoning);
        table(&mut out, "CFIR 2009 domain", &self.by_cfir_domain);
        table(&mut out, "CFIR 2009 construct", &self.by_cfir_construct);
        table(&mut out, "CFIR 2022 domain", &self.by_cfir2022_domain);
        table(&mut out, "CFIR 2022 construct", &self.by_cfir2022_construct);
        out
    }

    /// The summary as pretty-printed JSON.
    ///
    /// # Example
    ///
    /// ```
    /// let json = isp_moc::synth::EvidenceBase::new().summary().to_json();
    /// assert!(json.contains("\"publications\": 0"));
    /// ```
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

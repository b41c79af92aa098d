//! The vocabularies the examples know, registered in one place.
//!
//! To make another vocabulary printable and searchable: implement [`Listed`] for it (its
//! extra columns and lookup notes, both optional) and add one line to [`vocabularies`].

// Each example uses part of the registry.
#![allow(dead_code)]

use isp_moc::vocab::*;

/// A vocabulary the examples can print as a table and search by name.
pub trait Listed: Term {
    /// Headers of the columns shown between the label and the description.
    const COLUMNS: &'static [&'static str] = &[];

    /// The cells of those columns for one term (empty string where none applies).
    fn cells(self) -> Vec<String> {
        Vec::new()
    }

    /// Extra lines shown under a term found by a lookup.
    fn notes(self) -> Vec<String> {
        Vec::new()
    }
}

/// A registered vocabulary.
pub struct Vocabulary {
    /// The command-line name.
    pub name: &'static str,
    /// Human name, as in error messages ("CFIR 2022 construct").
    pub title: &'static str,
    /// Searched by the `lookup` example.
    pub in_lookup: bool,
    /// The vocabulary as a table.
    pub table: fn() -> Table,
    /// Terms matching a loosely typed name.
    pub find: fn(&str) -> Found,
}

/// Every registered vocabulary, in the order they are listed; the first is the default.
pub fn vocabularies() -> Vec<Vocabulary> {
    vec![
        entry::<Cfir2022Construct>("cfir2022", true),
        entry::<Cfir2022Domain>("cfir2022-domains", true),
        entry::<Cfir2022Subdomain>("cfir2022-subdomains", true),
        entry::<CfirConstruct>("cfir2009", true),
        entry::<CfirDomain>("cfir2009-domains", true),
        entry::<CfirVersion>("cfir-versions", false),
        entry::<CorrespondenceBasis>("correspondence-bases", false),
        entry::<CorrespondenceKind>("correspondence-kinds", false),
        entry::<Standing>("crosswalk-standings", false),
        entry::<NewConstructBasis>("new-construct-bases", false),
        entry::<RefusalReason>("rating-refusal-reasons", false),
        entry::<Distinguishing>("distinguishing", false),
        entry::<RatingCategory>("rating-categories", false),
        entry::<ComBComponent>("com-b", false),
        entry::<ComBSubcomponent>("com-b-subcomponents", false),
        entry::<ReasoningType>("reasoning", false),
        entry::<IspResource>("isp-resources", false),
        entry::<IspRole>("isp-roles", false),
        entry::<ImplementationOutcome>("outcomes", false),
        entry::<OutcomeLevel>("outcome-levels", false),
        entry::<ServiceOutcome>("service-outcomes", false),
        entry::<ClientOutcome>("client-outcomes", false),
        entry::<EricStrategy>("eric", false),
        entry::<EricCluster>("eric-clusters", false),
        entry::<IspCompetency>("isp-competencies", false),
        entry::<IspCompetencyDomain>("isp-competency-domains", false),
        entry::<IspPrinciple>("isp-principles", false),
        entry::<IspKnowledgeArea>("isp-knowledge-areas", false),
        entry::<IspAttitudeTheme>("isp-attitude-themes", false),
        entry::<TdfDomain>("tdf", false),
        entry::<InterventionFunction>("bcw-functions", false),
        entry::<PolicyCategory>("bcw-policy-categories", false),
        entry::<CpdElement>("cpd-elements", false),
    ]
}

fn entry<T: Listed>(name: &'static str, in_lookup: bool) -> Vocabulary {
    Vocabulary {
        name,
        title: T::VOCABULARY,
        in_lookup,
        table: table::<T>,
        find: find::<T>,
    }
}

// --- per-vocabulary columns and notes --------------------------------------------------

fn label_of<T: Term>(t: Option<T>) -> String {
    t.map(|t| t.label().to_owned()).unwrap_or_default()
}

impl Listed for Cfir2022Construct {
    const COLUMNS: &'static [&'static str] = &["parent", "domain", "subdomain", "COM-B"];
    fn cells(self) -> Vec<String> {
        vec![
            label_of(self.parent()),
            self.domain().label().to_owned(),
            label_of(self.subdomain()),
            label_of(self.com_b()),
        ]
    }
    fn notes(self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.is_subconstruct() {
            notes.push(format!("qualified label: {}", self.qualified_label()));
        }
        for &other in Cfir2022Construct::ALL {
            if other != self && other.label() == self.label() {
                notes.push(format!(
                    "the name also denotes: {} ({})",
                    other.qualified_label(),
                    other.as_str()
                ));
            }
        }
        let rows: Vec<_> = CfirCorrespondence::of_2022(self, Readings::Include).collect();
        for r in &rows {
            notes.push(format!(
                "CFIR 2009: {} ({}), {}",
                r.cfir2009.as_str(),
                r.cfir2009.label(),
                link_note(r, self)
            ));
        }
        if rows.is_empty() {
            notes.push(match CfirNewConstruct::of(self) {
                Some(e) => format!("no CFIR 2009 row ({})", e.basis.label().to_lowercase()),
                None => "no CFIR 2009 row, and the reference names no origin".to_owned(),
            });
        }
        notes
    }
}

impl Listed for CfirConstruct {
    const COLUMNS: &'static [&'static str] = &["code", "parent", "domain"];
    fn cells(self) -> Vec<String> {
        vec![
            self.code().to_owned(),
            label_of(self.parent()),
            self.domain().label().to_owned(),
        ]
    }
    fn notes(self) -> Vec<String> {
        let Some(row) = CfirCorrespondence::of_2009(self, Readings::Include) else {
            return Vec::new();
        };
        let mut notes: Vec<String> = row
            .targets(Readings::Include)
            .map(|c| {
                format!(
                    "CFIR 2022: {} ({}), {}",
                    c.as_str(),
                    c.qualified_label(),
                    link_note(row, c)
                )
            })
            .collect();
        if notes.is_empty() {
            notes.push(format!(
                "CFIR 2022: none, {}",
                standing_note(row, row.standing())
            ));
        }
        notes
    }
}

/// "kind; verified (basis)" or "kind; reading only (...)" for the link from a crosswalk row
/// to one CFIR 2022 construct.
fn link_note(row: &CfirCorrespondence, to: Cfir2022Construct) -> String {
    standing_note(row, row.standing_of(to).unwrap_or(Standing::Reading))
}

fn standing_note(row: &CfirCorrespondence, standing: Standing) -> String {
    let kind = row.kind.as_str();
    match standing {
        Standing::Verified => format!("{kind}; verified ({})", row.basis.as_str()),
        Standing::Reading if row.verified => {
            format!("{kind}; reading only (an unverified further target of a verified row)")
        }
        Standing::Reading => format!(
            "{kind}; reading only (not verified: {})",
            row.basis.as_str()
        ),
    }
}

impl Listed for Cfir2022Domain {
    const COLUMNS: &'static [&'static str] = &["numeral"];
    fn cells(self) -> Vec<String> {
        vec![self.numeral().to_owned()]
    }
}

impl Listed for Cfir2022Subdomain {
    const COLUMNS: &'static [&'static str] = &["domain"];
    fn cells(self) -> Vec<String> {
        vec![self.domain().label().to_owned()]
    }
}

impl Listed for CfirDomain {
    const COLUMNS: &'static [&'static str] = &["numeral"];
    fn cells(self) -> Vec<String> {
        vec![self.numeral().to_owned()]
    }
}

impl Listed for ComBSubcomponent {
    const COLUMNS: &'static [&'static str] = &["component"];
    fn cells(self) -> Vec<String> {
        vec![self.component().label().to_owned()]
    }
}

impl Listed for ReasoningType {
    const COLUMNS: &'static [&'static str] = &["COM-B"];
    fn cells(self) -> Vec<String> {
        vec![label_of(self.com_b())]
    }
}

impl Listed for Distinguishing {
    const COLUMNS: &'static [&'static str] = &["marker"];
    fn cells(self) -> Vec<String> {
        vec![self.marker().to_owned()]
    }
}

impl Listed for RatingCategory {
    const COLUMNS: &'static [&'static str] = &["code"];
    fn cells(self) -> Vec<String> {
        vec![self.code().to_owned()]
    }
}

impl Listed for CfirVersion {
    const COLUMNS: &'static [&'static str] = &["year"];
    fn cells(self) -> Vec<String> {
        vec![self.year().to_string()]
    }
}

impl Listed for CorrespondenceBasis {
    const COLUMNS: &'static [&'static str] = &["verified"];
    fn cells(self) -> Vec<String> {
        vec![if self.is_verified() { "yes" } else { "no" }.to_owned()]
    }
}

impl Listed for CorrespondenceKind {
    const COLUMNS: &'static [&'static str] = &["keeps whole"];
    fn cells(self) -> Vec<String> {
        vec![if self.keeps_whole() { "yes" } else { "no" }.to_owned()]
    }
}

impl Listed for NewConstructBasis {
    const COLUMNS: &'static [&'static str] = &["verified"];
    fn cells(self) -> Vec<String> {
        vec![if self.is_verified() { "yes" } else { "no" }.to_owned()]
    }
}

impl Listed for Standing {}
impl Listed for RefusalReason {}
impl Listed for ComBComponent {}
impl Listed for IspResource {}
impl Listed for IspRole {}
impl Listed for ImplementationOutcome {}
impl Listed for OutcomeLevel {}
impl Listed for ServiceOutcome {}
impl Listed for ClientOutcome {}
impl Listed for EricCluster {}
impl Listed for IspCompetencyDomain {}
impl Listed for IspPrinciple {}
impl Listed for IspKnowledgeArea {}
impl Listed for IspAttitudeTheme {}
impl Listed for InterventionFunction {}
impl Listed for PolicyCategory {}

impl Listed for EricStrategy {
    const COLUMNS: &'static [&'static str] = &["number", "cluster", "cluster checked"];
    fn cells(self) -> Vec<String> {
        vec![
            self.number().to_string(),
            self.cluster().label().to_owned(),
            self.cluster_verification().as_str().to_owned(),
        ]
    }
}

impl Listed for IspCompetency {
    const COLUMNS: &'static [&'static str] = &["domain"];
    fn cells(self) -> Vec<String> {
        vec![self.domain().label().to_owned()]
    }
}

impl Listed for TdfDomain {
    const COLUMNS: &'static [&'static str] = &["number", "COM-B"];
    fn cells(self) -> Vec<String> {
        let com_b: Vec<&str> = self.com_b().iter().map(|c| c.label()).collect();
        vec![self.number().to_string(), com_b.join("; ")]
    }
}

impl Listed for CpdElement {
    const COLUMNS: &'static [&'static str] = &["kind", "relation"];
    fn cells(self) -> Vec<String> {
        vec![self.kind().label().to_owned(), label_of(self.relation())]
    }
}

// --- generic table and search ----------------------------------------------------------

/// A vocabulary as rows of cells under a header.
pub struct Table {
    /// Column headers.
    pub header: Vec<String>,
    /// One row per term, in the framework's order.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as aligned text columns (the last column is not padded).
    pub fn render(&self) -> String {
        let columns = self.header.len();
        let width = |i: usize| {
            std::iter::once(&self.header)
                .chain(&self.rows)
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..columns).map(width).collect();
        let line = |cells: &[String]| {
            let mut out = String::new();
            for (i, cell) in cells.iter().enumerate() {
                if i + 1 == columns {
                    out.push_str(cell);
                } else {
                    out.push_str(&format!("{cell:<w$}  ", w = widths[i]));
                }
            }
            out.trim_end().to_owned()
        };
        let mut out = line(&self.header);
        out.push('\n');
        let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w.max(3))).collect();
        out.push_str(&line(&rule));
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row));
            out.push('\n');
        }
        out
    }
}

fn table<T: Listed>() -> Table {
    let header = ["id", "label"]
        .into_iter()
        .chain(T::COLUMNS.iter().copied())
        .chain(["description"])
        .map(String::from)
        .collect();
    let rows = T::all()
        .iter()
        .map(|&t| {
            [t.as_str().to_owned(), t.label().to_owned()]
                .into_iter()
                .chain(t.cells())
                .chain([t.description().to_owned()])
                .collect()
        })
        .collect();
    Table { header, rows }
}

/// One term found by a lookup.
pub struct Hit {
    /// The vocabulary's human name.
    pub vocabulary: &'static str,
    /// The term's id.
    pub id: &'static str,
    /// The term's label.
    pub label: &'static str,
    /// The term's description.
    pub description: &'static str,
    /// `header: value` pairs of the non-empty extra columns.
    pub details: Vec<String>,
    /// Extra lines (correspondences, ...).
    pub notes: Vec<String>,
}

/// What a lookup in one vocabulary found.
#[derive(Default)]
pub struct Found {
    /// The term the name denotes (tolerant parse), if any.
    pub exact: Option<Hit>,
    /// Close misspellings (the crate's did-you-mean suggestion).
    pub suggested: Option<Hit>,
    /// Terms one of whose names contains the text.
    pub containing: Vec<Hit>,
}

fn hit<T: Listed>(t: T) -> Hit {
    let details = T::COLUMNS
        .iter()
        .zip(t.cells())
        .filter(|(_, v)| !v.is_empty())
        .map(|(h, v)| format!("{h}: {v}"))
        .collect();
    Hit {
        vocabulary: T::VOCABULARY,
        id: t.as_str(),
        label: t.label(),
        description: t.description(),
        details,
        notes: t.notes(),
    }
}

/// Lowercase alphanumerics, `&` read as `and` (as the crate compares names).
fn fold(text: &str) -> String {
    text.replace('&', " and ")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn find<T: Listed>(text: &str) -> Found {
    let mut found = Found::default();
    match T::lookup(text) {
        Ok(t) => found.exact = Some(hit(t)),
        Err(isp_moc::Error::UnknownTerm {
            suggestion: Some(id),
            ..
        }) => found.suggested = T::from_id(id).map(hit),
        Err(_) => {}
    }
    let key = fold(text);
    if key.chars().count() >= 3 {
        found.containing = T::all()
            .iter()
            .copied()
            .filter(|&t| {
                [t.as_str(), t.label()]
                    .into_iter()
                    .chain(t.aliases().iter().copied())
                    .any(|n| fold(n).contains(&key))
            })
            .map(hit)
            .collect();
    }
    found
}

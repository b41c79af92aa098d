//! A registry of every vocabulary, to list, print and search them by name without
//! writing a line per vocabulary: what the `vocab_table` and `lookup` examples (and the
//! planned command-line tool) are built on.

use super::*;
use crate::{Error, ErrorKind, Result};

/// A vocabulary the registry can print as a table and search by name.
pub(crate) trait Listed: Term {
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

/// A registered vocabulary: its command-line name, its human name, and its terms as a
/// table or a search.
///
/// # Example
///
/// ```
/// let v = isp_moc::vocab::vocabulary("cfir2009")?;
/// assert_eq!(v.title(), "CFIR 2009 construct");
/// assert_eq!(v.table().rows.len(), 39);
/// let found = v.find("relative priorty");
/// assert_eq!(found.suggested.unwrap().id, "relative_priority");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Vocabulary {
    name: &'static str,
    title: &'static str,
    in_lookup: bool,
    table: fn() -> TermTable,
    find: fn(&str) -> TermSearch,
}

impl Vocabulary {
    /// The short name used on command lines (`cfir2022`, `eric`, `com-b`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::vocabularies()[0].name(), "cfir2022");
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The human name, as in error messages (`CFIR 2022 construct`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::vocabulary("eric")?.title(), "ERIC strategy");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// True for the vocabularies a name lookup searches by default (the CFIR editions).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::vocab::vocabulary("cfir2009")?.searched_by_default());
    /// assert!(!isp_moc::vocab::vocabulary("eric")?.searched_by_default());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn searched_by_default(&self) -> bool {
        self.in_lookup
    }

    /// Every term as a row: id, label, the vocabulary's own columns, description.
    ///
    /// # Example
    ///
    /// ```
    /// let t = isp_moc::vocab::vocabulary("com-b")?.table();
    /// assert_eq!(t.header, ["id", "label", "description"]);
    /// assert_eq!(t.rows.len(), 3);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn table(&self) -> TermTable {
        (self.table)()
    }

    /// Looks a loosely typed name up: the term it names, else a did-you-mean, and the
    /// terms whose names contain it.
    ///
    /// # Example
    ///
    /// ```
    /// let found = isp_moc::vocab::vocabulary("cfir2022")?.find("leaders");
    /// assert!(found.exact.is_none());
    /// assert!(found.containing.iter().any(|t| t.id == "cfir2022_high_level_leaders"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn find(&self, text: &str) -> TermSearch {
        (self.find)(text)
    }
}

impl std::fmt::Debug for Vocabulary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vocabulary")
            .field("name", &self.name)
            .field("title", &self.title)
            .finish()
    }
}

/// Every registered vocabulary, in the order they are listed; the first is the default.
///
/// # Example
///
/// ```
/// let names: Vec<&str> = isp_moc::vocab::vocabularies().iter().map(|v| v.name()).collect();
/// assert!(names.contains(&"tdf") && names.contains(&"eric-clusters"));
/// ```
pub fn vocabularies() -> &'static [Vocabulary] {
    &VOCABULARIES
}

/// The vocabulary with this name (case ignored).
///
/// # Errors
///
/// [`ErrorKind::UnknownTerm`] for an unknown name, with a did-you-mean.
///
/// # Example
///
/// ```
/// let err = isp_moc::vocab::vocabulary("cfir2002").unwrap_err();
/// assert!(err.to_string().starts_with("unknown vocabulary `cfir2002`; did you mean `cfir2022`?"));
/// ```
pub fn vocabulary(name: &str) -> Result<&'static Vocabulary> {
    let wanted = name.trim();
    VOCABULARIES
        .iter()
        .find(|v| v.name.eq_ignore_ascii_case(wanted))
        .ok_or_else(|| {
            Error::new(ErrorKind::UnknownTerm {
                vocabulary: "vocabulary",
                value: name.to_owned(),
                suggestion: crate::suggest::nearest(wanted, VOCABULARIES.iter().map(|v| v.name)),
                expected: Vec::new(),
            })
        })
}

static VOCABULARIES: [Vocabulary; 33] = [
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
];

const fn entry<T: Listed>(name: &'static str, in_lookup: bool) -> Vocabulary {
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
///
/// # Example
///
/// ```
/// let t = isp_moc::vocab::vocabulary("cfir2009-domains")?.table();
/// assert!(t.render().starts_with("id "));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermTable {
    /// Column headers.
    pub header: Vec<String>,
    /// One row per term, in the framework's order.
    pub rows: Vec<Vec<String>>,
}

impl TermTable {
    /// The table as aligned text columns (the last column is not padded).
    ///
    /// # Example
    ///
    /// ```
    /// let text = isp_moc::vocab::vocabulary("com-b")?.table().render();
    /// assert_eq!(text.lines().count(), 5); // header, rule, three terms
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
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

fn table<T: Listed>() -> TermTable {
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
    TermTable { header, rows }
}

/// One term found by a lookup, with what the registry knows about it.
///
/// # Example
///
/// ```
/// let hit = isp_moc::vocab::vocabulary("cfir2009")?.find("culture").exact.unwrap();
/// assert_eq!(hit.id, "culture");
/// assert!(hit.details.iter().any(|d| d.starts_with("domain: ")));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TermHit {
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
///
/// # Example
///
/// ```
/// let found = isp_moc::vocab::vocabulary("eric")?.find("audit and feedback");
/// assert_eq!(found.suggested.unwrap().id, "audit_and_provide_feedback");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TermSearch {
    /// The term the name denotes (tolerant parse), if any.
    pub exact: Option<TermHit>,
    /// Close misspellings (the crate's did-you-mean suggestion).
    pub suggested: Option<TermHit>,
    /// Terms one of whose names contains the text.
    pub containing: Vec<TermHit>,
}

fn hit<T: Listed>(t: T) -> TermHit {
    let details = T::COLUMNS
        .iter()
        .zip(t.cells())
        .filter(|(_, v)| !v.is_empty())
        .map(|(h, v)| format!("{h}: {v}"))
        .collect();
    TermHit {
        vocabulary: T::VOCABULARY,
        id: t.as_str(),
        label: t.label(),
        description: t.description(),
        details,
        notes: t.notes(),
    }
}

fn find<T: Listed>(text: &str) -> TermSearch {
    let mut found = TermSearch::default();
    match T::lookup(text) {
        Ok(t) => found.exact = Some(hit(t)),
        Err(e) => {
            if let ErrorKind::UnknownTerm {
                suggestion: Some(id),
                ..
            } = e.kind()
            {
                found.suggested = T::from_id(id).map(hit);
            }
        }
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

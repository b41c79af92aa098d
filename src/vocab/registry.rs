//! A registry of every vocabulary, to list, print, search and export them by name without
//! writing a line per vocabulary: what the `vocab_table` and `lookup` examples, the
//! `isp-moc` command and the vocabulary files (JSON, CSV, SKOS) are built on.

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

    /// Names (snake_case) of the facts the vocabulary files carry besides id, label,
    /// description, parent, aliases and verification.
    const PROPERTIES: &'static [&'static str] = &[];

    /// Those facts for one term, ids where the value is a term (empty where none applies).
    fn properties(self) -> Vec<String> {
        Vec::new()
    }

    /// The broader term (parent construct, domain, cluster), if any.
    fn parent(self) -> Option<TermRef> {
        None
    }

    /// How the term's place was verified, where the crate records it.
    fn verification(self) -> Option<Verification> {
        None
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
    source: &'static str,
    note: Option<&'static str>,
    property_names: &'static [&'static str],
    table: fn() -> TermTable,
    find: fn(&str) -> TermSearch,
    terms: fn() -> Vec<TermRecord>,
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

    /// Where the terms come from: the framework's publication (as in the README's
    /// "Framework versions and sources" table), or this crate for its own coding terms.
    ///
    /// # Example
    ///
    /// ```
    /// let source = isp_moc::vocab::vocabulary("tdf")?.source();
    /// assert!(source.starts_with("Cane, O'Connor & Michie, Implementation Science 2012;7:37"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// What the sources leave unverified or this crate leaves out, when anything is.
    ///
    /// # Example
    ///
    /// ```
    /// let note = isp_moc::vocab::vocabulary("isp-attitude-themes")?.note().unwrap();
    /// assert!(note.contains("seventh"));
    /// assert!(isp_moc::vocab::vocabulary("com-b")?.note().is_none());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn note(&self) -> Option<&'static str> {
        self.note
    }

    /// The vocabulary's stable IRI: [`VOCABULARY_IRI_BASE`] followed by its name; each
    /// term's IRI is this, `/` and the term's id.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::vocabulary("cfir2009")?.iri(),
    ///     "https://w3id.org/isp-moc/vocab/cfir2009");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn iri(&self) -> String {
        format!("{VOCABULARY_IRI_BASE}{}", self.name)
    }

    /// Names of the vocabulary's own facts in the files ([`TermRecord::properties`]), in
    /// the order of the CSV columns.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::vocab::vocabulary("cfir2009")?.property_names(), ["code", "domain"]);
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn property_names(&self) -> &'static [&'static str] {
        self.property_names
    }

    /// Every term with what the vocabulary files carry, in the framework's order.
    ///
    /// # Example
    ///
    /// ```
    /// let terms = isp_moc::vocab::vocabulary("com-b-subcomponents")?.terms();
    /// assert_eq!(terms.len(), 6);
    /// assert_eq!(terms[0].parent.unwrap().id, "capability");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn terms(&self) -> Vec<TermRecord> {
        (self.terms)()
    }
}

impl std::fmt::Debug for Vocabulary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vocabulary")
            .field("name", &self.name)
            .field("title", &self.title)
            .field("source", &self.source)
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

/// The stable IRI every vocabulary's and term's IRI starts with (see
/// [`Vocabulary::iri`]): `https://w3id.org/isp-moc/vocab/`, a permanent-identifier
/// address for this project, followed by the vocabulary's name and, for a term, `/` and
/// its id (`https://w3id.org/isp-moc/vocab/cfir2009/relative_priority`). Ids never change
/// once released, so neither do the IRIs.
///
/// # Example
///
/// ```
/// assert!(isp_moc::vocab::VOCABULARY_IRI_BASE.ends_with("/vocab/"));
/// ```
pub const VOCABULARY_IRI_BASE: &str = "https://w3id.org/isp-moc/vocab/";

const CFIR2009: &str = "Damschroder et al., Implementation Science 2009;4:50; construct table of the archived cfirguide.org";
const CFIR2022: &str =
    "Damschroder, Reardon, Opra Widerquist & Lowery, Implementation Science 2022;17:75";
const CROSSWALK: &str = "this crate's CFIR 2009 → 2022 crosswalk, from Additional File 4 of Damschroder et al. 2022 (Implementation Science 2022;17:75) and the CFIR team's cfirguide.org construct pages";
const RATINGS: &str = "Damschroder & Lowery, Implementation Science 2013;8:51, and the notations of published CFIR rating tables";
const COM_B: &str = "Michie, van Stralen & West, Implementation Science 2011;6:42";
const ALBERS: &str = "Albers et al., Research on Social Work Practice 2022;32(3):259–280 (the review's coding scheme, after Dalkin et al. 2015)";
const PROCTOR: &str = "Proctor et al., Administration and Policy in Mental Health 2011;38(2):65–76";
const ERIC: &str = "Powell et al., Implementation Science 2015;10:21 (73 strategies), in the 9 clusters of Waltz et al., Implementation Science 2015;10:109";
const WALTZ: &str = "Waltz et al., Implementation Science 2015;10:109";
const METZ: &str = "Metz et al., Human Service Organizations: Management, Leadership & Governance 2021, and the ISP Practice Profile v4.0 (Metz, Louison, Burke, Albers & Ward 2020)";
const BUHRMANN: &str = "Bührmann et al., PLOS ONE 2022;17(5):e0267533";
const TDF: &str = "Cane, O'Connor & Michie, Implementation Science 2012;7:37 (TDF v2, 14 domains), mapped to COM-B as in the Behaviour Change Wheel guide (Michie, Atkins & West 2014)";
const CPD: &str = "Lewis et al., Frontiers in Public Health 2018;6:136, and Implementation Science 2020;15:21 (causal pathway diagrams)";

static VOCABULARIES: [Vocabulary; 34] = [
    entry::<Cfir2022Construct>("cfir2022", true, CFIR2022, None),
    entry::<Cfir2022Domain>("cfir2022-domains", true, CFIR2022, None),
    entry::<Cfir2022Subdomain>("cfir2022-subdomains", true, CFIR2022, None),
    entry::<CfirConstruct>("cfir2009", true, CFIR2009, Some(
        "each construct's verification is that of its row of the CFIR 2009 → 2022 crosswalk: 30 rows verified, 9 readings",
    )),
    entry::<CfirDomain>("cfir2009-domains", true, CFIR2009, None),
    entry::<CfirVersion>("cfir-versions", false, "Damschroder et al. 2009 and Damschroder et al. 2022", None),
    entry::<CorrespondenceBasis>("correspondence-bases", false, CROSSWALK, None),
    entry::<CorrespondenceKind>("correspondence-kinds", false, CROSSWALK, None),
    entry::<Standing>("crosswalk-standings", false, CROSSWALK, None),
    entry::<NewConstructBasis>("new-construct-bases", false, CROSSWALK, None),
    entry::<RefusalReason>("rating-refusal-reasons", false, CROSSWALK, None),
    entry::<Distinguishing>("distinguishing", false, RATINGS, None),
    entry::<RatingCategory>("rating-categories", false, RATINGS, None),
    entry::<ComBComponent>("com-b", false, COM_B, None),
    entry::<ComBSubcomponent>("com-b-subcomponents", false, COM_B, None),
    entry::<ReasoningType>("reasoning", false, ALBERS, None),
    entry::<IspResource>("isp-resources", false, ALBERS, None),
    entry::<IspRole>("isp-roles", false, ALBERS, None),
    entry::<ImplementationOutcome>("outcomes", false, PROCTOR, None),
    entry::<OutcomeLevel>("outcome-levels", false, ALBERS, None),
    entry::<ServiceOutcome>("service-outcomes", false, PROCTOR, None),
    entry::<ClientOutcome>("client-outcomes", false, PROCTOR, None),
    entry::<EricStrategy>("eric", false, ERIC, Some(
        "each strategy's cluster assignment carries how it was verified; which 18 strategies ISPs were found to use is unverified and not encoded",
    )),
    entry::<EricCluster>("eric-clusters", false, WALTZ, None),
    entry::<EricClusterVerification>("eric-cluster-verification", false, "this crate's reference for the ERIC clusters", None),
    entry::<IspCompetency>("isp-competencies", false, METZ, None),
    entry::<IspCompetencyDomain>("isp-competency-domains", false, METZ, None),
    entry::<IspPrinciple>("isp-principles", false, METZ, None),
    entry::<IspKnowledgeArea>("isp-knowledge-areas", false, BUHRMANN, None),
    entry::<IspAttitudeTheme>("isp-attitude-themes", false, BUHRMANN, Some(
        "the source reports 7 attitude themes; the seventh is unverified in this crate's reference and not encoded",
    )),
    entry::<TdfDomain>("tdf", false, TDF, None),
    entry::<InterventionFunction>("bcw-functions", false, COM_B, Some(
        "the BCW guide's COM-B → intervention-function matrix is unverified and not encoded",
    )),
    entry::<PolicyCategory>("bcw-policy-categories", false, COM_B, None),
    entry::<CpdElement>("cpd-elements", false, CPD, None),
];

const fn entry<T: Listed>(
    name: &'static str,
    in_lookup: bool,
    source: &'static str,
    note: Option<&'static str>,
) -> Vocabulary {
    Vocabulary {
        name,
        title: T::VOCABULARY,
        in_lookup,
        source,
        note,
        property_names: T::PROPERTIES,
        table: table::<T>,
        find: find::<T>,
        terms: terms::<T>,
    }
}

/// The registry's name of the vocabulary `T` (empty if `T` is not registered, which a test
/// rules out for every parent and verification level).
fn name_of<T: Term>() -> &'static str {
    VOCABULARIES
        .iter()
        .find(|v| v.title == T::VOCABULARY)
        .map_or("", |v| v.name)
}

/// `t` as a reference from another term (a parent, a verification level).
fn term_ref<T: Term>(t: T) -> TermRef {
    TermRef {
        vocabulary: name_of::<T>(),
        id: t.as_str(),
    }
}

fn terms<T: Listed>() -> Vec<TermRecord> {
    let vocabulary = name_of::<T>();
    T::all()
        .iter()
        .map(|&t| TermRecord {
            id: t.as_str(),
            iri: format!("{VOCABULARY_IRI_BASE}{vocabulary}/{}", t.as_str()),
            label: t.label(),
            description: t.description(),
            parent: t.parent(),
            aliases: t.aliases(),
            verification: t.verification(),
            properties: T::PROPERTIES
                .iter()
                .copied()
                .zip(t.properties())
                .filter(|(_, value)| !value.is_empty())
                .collect(),
        })
        .collect()
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
    const PROPERTIES: &'static [&'static str] =
        &["domain", "subdomain", "com_b", "qualified_label"];
    fn properties(self) -> Vec<String> {
        vec![
            self.domain().as_str().to_owned(),
            id_of(self.subdomain()),
            id_of(self.com_b()),
            if self.is_subconstruct() {
                self.qualified_label()
            } else {
                String::new()
            },
        ]
    }
    fn parent(self) -> Option<TermRef> {
        match (Cfir2022Construct::parent(self), self.subdomain()) {
            (Some(construct), _) => Some(term_ref(construct)),
            (None, Some(subdomain)) => Some(term_ref(subdomain)),
            (None, None) => Some(term_ref(self.domain())),
        }
    }
    /// The first verified crosswalk row naming the construct, else the first reading, else
    /// what the sources say of a construct without a CFIR 2009 row.
    fn verification(self) -> Option<Verification> {
        let rows = || CfirCorrespondence::of_2022(self, Readings::Include);
        let best = rows()
            .find(|r| r.standing_of(self) == Some(Standing::Verified))
            .or_else(|| rows().next());
        match (best, CfirNewConstruct::of(self)) {
            (Some(row), _) => Some(Verification {
                of: "crosswalk",
                level: term_ref(row.basis),
                verified: row.standing_of(self) == Some(Standing::Verified),
            }),
            (None, Some(new)) => Some(Verification {
                of: "new_construct",
                level: term_ref(new.basis),
                verified: new.basis.is_verified(),
            }),
            (None, None) => None,
        }
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
    const PROPERTIES: &'static [&'static str] = &["code", "domain"];
    fn properties(self) -> Vec<String> {
        vec![self.code().to_owned(), self.domain().as_str().to_owned()]
    }
    fn parent(self) -> Option<TermRef> {
        Some(match CfirConstruct::parent(self) {
            Some(construct) => term_ref(construct),
            None => term_ref(self.domain()),
        })
    }
    fn verification(self) -> Option<Verification> {
        CfirCorrespondence::of_2009(self, Readings::Include).map(|row| Verification {
            of: "crosswalk",
            level: term_ref(row.basis),
            verified: row.verified,
        })
    }
}

/// A term's id, or an empty cell.
fn id_of<T: Term>(t: Option<T>) -> String {
    t.map(|t| t.as_str().to_owned()).unwrap_or_default()
}

/// `"true"` or `"false"`, as the files write a yes/no fact.
fn flag(value: bool) -> String {
    value.to_string()
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
    const PROPERTIES: &'static [&'static str] = &["numeral"];
    fn properties(self) -> Vec<String> {
        self.cells()
    }
}

impl Listed for Cfir2022Subdomain {
    const COLUMNS: &'static [&'static str] = &["domain"];
    fn cells(self) -> Vec<String> {
        vec![self.domain().label().to_owned()]
    }
    fn parent(self) -> Option<TermRef> {
        Some(term_ref(self.domain()))
    }
}

impl Listed for CfirDomain {
    const COLUMNS: &'static [&'static str] = &["numeral"];
    fn cells(self) -> Vec<String> {
        vec![self.numeral().to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["numeral"];
    fn properties(self) -> Vec<String> {
        self.cells()
    }
}

impl Listed for ComBSubcomponent {
    const COLUMNS: &'static [&'static str] = &["component"];
    fn cells(self) -> Vec<String> {
        vec![self.component().label().to_owned()]
    }
    fn parent(self) -> Option<TermRef> {
        Some(term_ref(self.component()))
    }
}

impl Listed for ReasoningType {
    const COLUMNS: &'static [&'static str] = &["COM-B"];
    fn cells(self) -> Vec<String> {
        vec![label_of(self.com_b())]
    }
    const PROPERTIES: &'static [&'static str] = &["com_b"];
    fn properties(self) -> Vec<String> {
        vec![id_of(self.com_b())]
    }
}

impl Listed for Distinguishing {
    const COLUMNS: &'static [&'static str] = &["marker"];
    fn cells(self) -> Vec<String> {
        vec![self.marker().to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["marker"];
    fn properties(self) -> Vec<String> {
        self.cells()
    }
}

impl Listed for RatingCategory {
    const COLUMNS: &'static [&'static str] = &["code"];
    fn cells(self) -> Vec<String> {
        vec![self.code().to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["code"];
    fn properties(self) -> Vec<String> {
        self.cells()
    }
}

impl Listed for CfirVersion {
    const COLUMNS: &'static [&'static str] = &["year"];
    fn cells(self) -> Vec<String> {
        vec![self.year().to_string()]
    }
    const PROPERTIES: &'static [&'static str] = &["year", "citation"];
    fn properties(self) -> Vec<String> {
        vec![self.year().to_string(), self.citation().to_owned()]
    }
}

impl Listed for CorrespondenceBasis {
    const COLUMNS: &'static [&'static str] = &["verified"];
    fn cells(self) -> Vec<String> {
        vec![if self.is_verified() { "yes" } else { "no" }.to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["counts_as_verified"];
    fn properties(self) -> Vec<String> {
        vec![flag(self.is_verified())]
    }
}

impl Listed for CorrespondenceKind {
    const COLUMNS: &'static [&'static str] = &["keeps whole"];
    fn cells(self) -> Vec<String> {
        vec![if self.keeps_whole() { "yes" } else { "no" }.to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["keeps_whole"];
    fn properties(self) -> Vec<String> {
        vec![flag(self.keeps_whole())]
    }
}

impl Listed for NewConstructBasis {
    const COLUMNS: &'static [&'static str] = &["verified"];
    fn cells(self) -> Vec<String> {
        vec![if self.is_verified() { "yes" } else { "no" }.to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["counts_as_verified"];
    fn properties(self) -> Vec<String> {
        vec![flag(self.is_verified())]
    }
}

impl Listed for EricClusterVerification {
    const COLUMNS: &'static [&'static str] = &["verified"];
    fn cells(self) -> Vec<String> {
        vec![if self.is_verified() { "yes" } else { "no" }.to_owned()]
    }
    const PROPERTIES: &'static [&'static str] = &["counts_as_verified"];
    fn properties(self) -> Vec<String> {
        vec![flag(self.is_verified())]
    }
}

impl Listed for IspResource {
    const PROPERTIES: &'static [&'static str] = &["coding_only"];
    fn properties(self) -> Vec<String> {
        vec![flag(self.is_coding_only())]
    }
}

impl Listed for Standing {}
impl Listed for RefusalReason {}
impl Listed for ComBComponent {}
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
    const PROPERTIES: &'static [&'static str] = &["number"];
    fn properties(self) -> Vec<String> {
        vec![self.number().to_string()]
    }
    fn parent(self) -> Option<TermRef> {
        Some(term_ref(self.cluster()))
    }
    fn verification(self) -> Option<Verification> {
        let level = self.cluster_verification();
        Some(Verification {
            of: "cluster",
            level: term_ref(level),
            verified: level.is_verified(),
        })
    }
}

impl Listed for IspCompetency {
    const COLUMNS: &'static [&'static str] = &["domain"];
    fn cells(self) -> Vec<String> {
        vec![self.domain().label().to_owned()]
    }
    fn parent(self) -> Option<TermRef> {
        Some(term_ref(self.domain()))
    }
}

impl Listed for TdfDomain {
    const COLUMNS: &'static [&'static str] = &["number", "COM-B"];
    fn cells(self) -> Vec<String> {
        let com_b: Vec<&str> = self.com_b().iter().map(|c| c.label()).collect();
        vec![self.number().to_string(), com_b.join("; ")]
    }
    const PROPERTIES: &'static [&'static str] = &["number", "com_b"];
    fn properties(self) -> Vec<String> {
        let com_b: Vec<&str> = self.com_b().iter().map(|c| c.as_str()).collect();
        vec![self.number().to_string(), com_b.join("; ")]
    }
}

impl Listed for CpdElement {
    const COLUMNS: &'static [&'static str] = &["kind", "relation"];
    fn cells(self) -> Vec<String> {
        vec![self.kind().label().to_owned(), label_of(self.relation())]
    }
    const PROPERTIES: &'static [&'static str] = &["kind", "relation"];
    fn properties(self) -> Vec<String> {
        vec![self.kind().as_str().to_owned(), id_of(self.relation())]
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
                .map(|r| r.get(i).map_or(0, |cell| cell.chars().count()))
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
                    let w = widths.get(i).copied().unwrap_or(0);
                    out.push_str(&format!("{cell:<w$}  "));
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

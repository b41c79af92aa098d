//! [`Codebook`]: the review's coding scheme, for the tools people code in (NVivo,
//! ATLAS.ti, MAXQDA, QualCoder), as CSV and as a REFI-QDA codebook (`.qdc`).

use super::Code;
use crate::model::{CfirPlacement, Valence};
use crate::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, CfirVersion, IspResource,
    ReasoningType, Term,
};
use crate::MechanismGraph;

/// The REFI-QDA codebook namespace.
const QDC_NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";

/// One code of a codebook, with the codes nested under it.
///
/// # Example
///
/// ```
/// use isp_moc::synth::Codebook;
/// use isp_moc::vocab::CfirVersion;
/// let book = Codebook::review(CfirVersion::Cfir2009);
/// let resource = &book.entries[0];
/// assert_eq!((resource.id.as_str(), resource.name.as_str()), ("resource", "ISP resource"));
/// assert!(!resource.codable);
/// assert_eq!(resource.children[1].name, "Skills (use of implementation strategies)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodebookEntry {
    /// Stable id, unique in the codebook (`reasoning/relational`, `cfir2009/culture`,
    /// `mechanism/trust`); the code's GUID is derived from it.
    pub id: String,
    /// The name coders see.
    pub name: String,
    /// What the code means.
    pub description: String,
    /// False for grouping codes that only hold others.
    pub codable: bool,
    /// The code of the scheme it stands for, if any (not for groups and mechanisms).
    pub code: Option<Code>,
    /// A colour as `#rrggbb`, set on the top-level groups.
    pub color: Option<&'static str>,
    /// The codes nested under it.
    pub children: Vec<CodebookEntry>,
}

impl CodebookEntry {
    fn new(id: String, name: &str, description: &str) -> Self {
        CodebookEntry {
            id,
            name: name.to_owned(),
            description: description.to_owned(),
            codable: true,
            code: None,
            color: None,
            children: Vec::new(),
        }
    }

    fn group(id: &str, name: &str, description: &str, color: &'static str) -> Self {
        let mut e = CodebookEntry::new(id.to_owned(), name, description);
        e.codable = false;
        e.color = Some(color);
        e
    }

    fn term<T: Term>(prefix: &str, term: T, code: Code) -> Self {
        let mut e = CodebookEntry::new(
            format!("{prefix}/{}", term.as_str()),
            term.label(),
            term.description(),
        );
        e.code = Some(code);
        e
    }

    /// The code's GUID: a name-based (version 5) UUID of its id, so the same code has the
    /// same GUID in every export and in every version of this crate.
    ///
    /// # Example
    ///
    /// ```
    /// let book = isp_moc::synth::Codebook::review(isp_moc::vocab::CfirVersion::Cfir2009);
    /// let guid = book.entries[0].guid();
    /// assert_eq!(guid.len(), 36);
    /// assert_eq!(guid, book.entries[0].guid());
    /// assert_eq!(&guid[14..15], "5"); // version 5
    /// ```
    pub fn guid(&self) -> String {
        let name = format!("urn:isp-moc:code:{}", self.id);
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes())
            .hyphenated()
            .to_string()
    }

    /// This code and every code under it, depth first, each with its parent.
    fn walk<'a>(
        &'a self,
        parent: Option<&'a CodebookEntry>,
        out: &mut Vec<(Option<&'a CodebookEntry>, &'a CodebookEntry)>,
    ) {
        out.push((parent, self));
        for c in &self.children {
            c.walk(Some(self), out);
        }
    }
}

/// A coding scheme as a tree of codes: the review's deductive scheme (what the ISP brought,
/// how stakeholders responded, the CFIR context, the valence) and, for a model, its
/// mechanisms, so that coders tag excerpts with the ids the evidence base reads back.
///
/// Export it with [`Codebook::to_csv`] (`code,parent,description,id`) or
/// [`Codebook::to_qdc`] (a REFI-QDA codebook, which NVivo, ATLAS.ti, MAXQDA and QualCoder
/// import).
///
/// # Example
///
/// ```
/// use isp_moc::synth::Codebook;
/// use isp_moc::vocab::CfirVersion;
/// let book = Codebook::for_model(&isp_moc::catalog::figure2(), CfirVersion::Cfir2009);
/// let names: Vec<&str> = book.entries.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["ISP resource", "Stakeholder response", "Context (CFIR 2009)", "Valence", "Mechanisms"]);
/// assert!(book.to_qdc().contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Codebook {
    /// The top-level codes.
    pub entries: Vec<CodebookEntry>,
}

impl Codebook {
    /// The review's deductive coding scheme: ISP resource (knowledge, skills, attitudes,
    /// and the coding categories combination and unspecified), stakeholder response (COM-B
    /// capability, opportunity, motivation and relational), context (the domains,
    /// constructs and sub-constructs of `edition`, nested) and valence.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::Codebook;
    /// use isp_moc::vocab::CfirVersion;
    /// let book = Codebook::review(CfirVersion::Cfir2022);
    /// assert_eq!(book.entries[2].children.len(), 5); // the five domains
    /// assert_eq!(book.len(), 4 + 5 + 4 + 5 + 48 + 19 + 2);
    /// ```
    pub fn review(edition: CfirVersion) -> Codebook {
        let mut resource = CodebookEntry::group(
            "resource",
            "ISP resource",
            "What the ISP brought that triggered the response: knowledge, skills (use of implementation strategies) or attitudes.",
            "#1F77B4",
        );
        resource.children = IspResource::ALL
            .iter()
            .map(|&r| CodebookEntry::term("resource", r, Code::Resource(r)))
            .collect();
        let mut reasoning = CodebookEntry::group(
            "reasoning",
            "Stakeholder response",
            "How stakeholders responded: a change in COM-B capability, opportunity or motivation, or a relational response (trust, safety).",
            "#2CA02C",
        );
        reasoning.children = ReasoningType::ALL
            .iter()
            .map(|&r| CodebookEntry::term("reasoning", r, Code::Reasoning(r)))
            .collect();
        let context = match edition {
            CfirVersion::Cfir2022 => context_2022(),
            _ => context_2009(),
        };
        let mut valence = CodebookEntry::group(
            "valence",
            "Valence",
            "Whether the excerpt shows the ISP's effort enabling or hindering the response.",
            "#D62728",
        );
        valence.children = Valence::ALL
            .iter()
            .map(|&v| CodebookEntry::term("valence", v, Code::Valence(v)))
            .collect();
        Codebook {
            entries: vec![resource, reasoning, context, valence],
        }
    }

    /// The review's scheme ([`Codebook::review`]) plus a `Mechanisms` group holding the
    /// model's mechanisms by kind, each named by its label, its id in the description.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::Codebook;
    /// use isp_moc::vocab::CfirVersion;
    /// let figure2 = isp_moc::catalog::figure2();
    /// let book = Codebook::for_model(&figure2, CfirVersion::Cfir2009);
    /// let mechanisms = book.entries.last().unwrap();
    /// let count: usize = mechanisms.children.iter().map(|kind| kind.children.len()).sum();
    /// assert_eq!(count, figure2.mechanism_count());
    /// ```
    pub fn for_model(graph: &MechanismGraph, edition: CfirVersion) -> Codebook {
        let mut book = Codebook::review(edition);
        let mut mechanisms = CodebookEntry::group(
            "mechanisms",
            "Mechanisms",
            "The mechanisms of the model the excerpt evidences; code consecutive mechanisms of a pathway to evidence the links between them.",
            "#9467BD",
        );
        for &kind in crate::model::MechanismKind::ALL {
            let mut group = CodebookEntry::new(
                format!("mechanisms/{}", kind.as_str()),
                kind.label(),
                kind.description(),
            );
            group.codable = false;
            group.children = graph
                .mechanisms_of_kind(kind)
                .map(|m| {
                    let description = if m.description.is_empty() {
                        format!("Mechanism id `{}`.", m.id)
                    } else {
                        format!("{} Mechanism id `{}`.", m.description, m.id)
                    };
                    CodebookEntry::new(format!("mechanism/{}", m.id), &m.label, &description)
                })
                .collect();
            if !group.children.is_empty() {
                mechanisms.children.push(group);
            }
        }
        book.entries.push(mechanisms);
        book
    }

    /// How many codes the codebook holds, groups included.
    ///
    /// # Example
    ///
    /// ```
    /// let book = isp_moc::synth::Codebook::review(isp_moc::vocab::CfirVersion::Cfir2009);
    /// assert_eq!(book.len(), 4 + 5 + 4 + 5 + 39 + 2);
    /// ```
    pub fn len(&self) -> usize {
        self.walk().len()
    }

    /// True when the codebook holds no code.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!isp_moc::synth::Codebook::review(isp_moc::vocab::CfirVersion::Cfir2009).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every code, depth first, with its parent.
    fn walk(&self) -> Vec<(Option<&CodebookEntry>, &CodebookEntry)> {
        let mut out = Vec::new();
        for e in &self.entries {
            e.walk(None, &mut out);
        }
        out
    }

    /// The codebook as CSV, one row per code, depth first: `code` (its name), `parent`
    /// (the parent's name, empty at the top), `description`, and `id` (stable, unique: the
    /// parent's name alone can be ambiguous, as CFIR 2022 has constructs named Capability,
    /// Opportunity and Motivation too).
    ///
    /// # Example
    ///
    /// ```
    /// let csv = isp_moc::synth::Codebook::review(isp_moc::vocab::CfirVersion::Cfir2009).to_csv();
    /// let mut lines = csv.lines();
    /// assert_eq!(lines.next(), Some("code,parent,description,id"));
    /// assert!(lines.next().unwrap().starts_with("ISP resource,,"));
    /// assert!(csv.contains("\nRelational,Stakeholder response,"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        crate::csv_text::write_row(&mut out, ["code", "parent", "description", "id"]);
        for (parent, e) in self.walk() {
            crate::csv_text::write_row(
                &mut out,
                [
                    e.name.as_str(),
                    parent.map_or("", |p| p.name.as_str()),
                    e.description.as_str(),
                    e.id.as_str(),
                ],
            );
        }
        out
    }

    /// The codebook as a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`):
    /// nested `Code` elements with stable GUIDs ([`CodebookEntry::guid`]), names,
    /// `isCodable`, colours on the top-level groups and descriptions. Valid against the
    /// REFI-QDA codebook schema.
    ///
    /// # Example
    ///
    /// ```
    /// let qdc = isp_moc::synth::Codebook::review(isp_moc::vocab::CfirVersion::Cfir2009).to_qdc();
    /// assert!(qdc.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook"));
    /// assert!(qdc.contains("name=\"Relational\" isCodable=\"true\""));
    /// ```
    pub fn to_qdc(&self) -> String {
        let mut out = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"{QDC_NAMESPACE}\" origin=\"isp-moc {}\">\n  <Codes>\n",
            env!("CARGO_PKG_VERSION")
        );
        for e in &self.entries {
            qdc_code(&mut out, e, 2);
        }
        out.push_str("  </Codes>\n</CodeBook>\n");
        out
    }
}

/// One `Code` element and those nested in it.
fn qdc_code(out: &mut String, e: &CodebookEntry, depth: usize) {
    let indent = "  ".repeat(depth);
    out.push_str(&indent);
    out.push_str("<Code guid=\"");
    out.push_str(&e.guid());
    out.push_str("\" name=\"");
    crate::export::xml_attribute(out, &e.name);
    out.push_str("\" isCodable=\"");
    out.push_str(if e.codable { "true" } else { "false" });
    out.push('"');
    if let Some(color) = e.color {
        out.push_str(" color=\"");
        out.push_str(color);
        out.push('"');
    }
    if e.description.is_empty() && e.children.is_empty() {
        out.push_str("/>\n");
        return;
    }
    out.push_str(">\n");
    if !e.description.is_empty() {
        out.push_str(&indent);
        out.push_str("  <Description>");
        crate::export::xml_text(out, &e.description);
        out.push_str("</Description>\n");
    }
    for c in &e.children {
        qdc_code(out, c, depth + 1);
    }
    out.push_str(&indent);
    out.push_str("</Code>\n");
}

/// CFIR 2009: domains, their constructs, sub-constructs under their parents.
fn context_2009() -> CodebookEntry {
    context_tree(
        "cfir2009",
        "Context (CFIR 2009)",
        "The context that shaped the interaction, by the domains and constructs of the Consolidated Framework for Implementation Research (Damschroder et al., 2009).",
        |d: CfirDomain| Code::Context(CfirPlacement::from_domain(d)),
        |d| d.constructs().collect(),
        CfirConstruct::parent,
        |c| Code::Context(CfirPlacement::from_construct(c)),
    )
}

/// CFIR 2022: domains, their constructs, sub-constructs under their parents.
fn context_2022() -> CodebookEntry {
    context_tree(
        "cfir2022",
        "Context (CFIR 2022)",
        "The context that shaped the interaction, by the domains and constructs of the updated Consolidated Framework for Implementation Research (Damschroder et al., 2022).",
        |d: Cfir2022Domain| Code::Context(CfirPlacement::from_domain_2022(d)),
        |d| d.constructs().collect(),
        Cfir2022Construct::parent,
        |c| Code::Context(CfirPlacement::from_construct_2022(c)),
    )
}

/// A context group: each domain, its constructs, each construct's sub-constructs.
fn context_tree<D: Term, C: Term>(
    prefix: &str,
    name: &str,
    description: &str,
    domain_code: impl Fn(D) -> Code,
    constructs: impl Fn(D) -> Vec<C>,
    parent: impl Fn(C) -> Option<C>,
    construct_code: impl Fn(C) -> Code,
) -> CodebookEntry {
    let mut context = CodebookEntry::group("context", name, description, "#FF7F0E");
    let entry = |c: C| CodebookEntry::term(prefix, c, construct_code(c));
    for &d in D::all() {
        let mut domain = CodebookEntry::term(prefix, d, domain_code(d));
        let all = constructs(d);
        domain.children = all
            .iter()
            .filter(|&&c| parent(c).is_none())
            .map(|&c| {
                let mut e = entry(c);
                e.children = all
                    .iter()
                    .filter(|&&s| parent(s) == Some(c))
                    .map(|&s| entry(s))
                    .collect();
                e
            })
            .collect();
        context.children.push(domain);
    }
    context
}

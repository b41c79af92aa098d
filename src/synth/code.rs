//! [`Code`]: one code of the review's deductive coding scheme, and the written form of a
//! context code (`2009:culture`, `2022:inner_setting+2022:culture`).

use std::fmt;

use crate::model::{CfirPlacement, Valence};
use crate::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, CfirVersion, IspResource,
    ReasoningType, Term,
};
use crate::{ErrorKind, Result};

/// One code of the scheme the review coded its excerpts with: the ISP resource that
/// triggered a response, the response (COM-B component or relational), its valence, or the
/// context (a CFIR placement). A column of a coded-excerpt spreadsheet can stand for one
/// code (a flag column, see [`CsvMapping::with_flag`](super::CsvMapping::with_flag)).
///
/// Written as text, a code is its id, and a context code is its [context
/// form](Code::parse_context): `skills`, `relational`, `hindering`, `2009:culture`,
/// `cfir2022_culture`.
///
/// # Example
///
/// ```
/// use isp_moc::synth::Code;
/// use isp_moc::vocab::{CfirVersion, IspResource, ReasoningType};
///
/// assert_eq!(Code::parse("Skills", CfirVersion::Cfir2009)?, Code::Resource(IspResource::Skills));
/// assert_eq!(Code::parse("relational", CfirVersion::Cfir2009)?, Code::Reasoning(ReasoningType::Relational));
/// let culture = Code::parse("2022:Culture", CfirVersion::Cfir2009)?;
/// assert_eq!(culture.to_string(), "cfir2022_culture");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Code {
    /// What the ISP brought.
    Resource(IspResource),
    /// How stakeholders responded.
    Reasoning(ReasoningType),
    /// Enabling or hindering.
    Valence(Valence),
    /// Where in CFIR.
    Context(CfirPlacement),
}

impl Code {
    /// Reads a code from its id or label (ignoring case and spacing): an ISP resource, a
    /// response type, a valence, or a context code in the [context
    /// form](Code::parse_context), whose unprefixed terms are read in `edition`. Aliases
    /// (`facilitator` for enabling, say) are not accepted here: a column titled
    /// "Facilitator" is more likely an ISP role than a valence.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownTerm`] when the text names no code (with a did-you-mean when it
    /// is close to a resource, response or valence id).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::Code;
    /// use isp_moc::vocab::CfirVersion;
    /// assert!(Code::parse("Opportunity", CfirVersion::Cfir2009).is_ok());
    /// assert!(Code::parse("Facilitator", CfirVersion::Cfir2009).is_err());
    /// assert!(Code::parse("Leadership Engagement", CfirVersion::Cfir2009).is_ok());
    /// let typo = Code::parse("skils", CfirVersion::Cfir2009).unwrap_err();
    /// assert_eq!(typo.to_string(), "unknown code (an ISP resource, a response, a valence \
    ///     or a CFIR context) `skils`; did you mean `skills`?");
    /// ```
    pub fn parse(text: &str, edition: CfirVersion) -> Result<Code> {
        let text = text.trim();
        if let Some(c) = named::<IspResource>(text) {
            return Ok(Code::Resource(c));
        }
        if let Some(c) = named::<ReasoningType>(text) {
            return Ok(Code::Reasoning(c));
        }
        if let Some(c) = named::<Valence>(text) {
            return Ok(Code::Valence(c));
        }
        Code::parse_context(text, edition)
            .map(Code::Context)
            .map_err(|e| near_code(text).unwrap_or(e))
    }

    /// Reads a context code: one or more parts joined by `+`, each a CFIR domain or
    /// construct (id, label or alias; a CFIR 2009 construct also by its code such as
    /// `II.D`), optionally prefixed by its edition `2009:` or `2022:`; a CFIR 2022 id
    /// (`cfir2022_culture`) names its edition itself, other unprefixed parts are read in
    /// `edition`. A part naming a construct fills in its domain.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownTerm`] for a part that names no domain or construct (with a
    /// did-you-mean), [`ErrorKind::InvalidValue`] for two domains or two constructs of one
    /// edition, or a construct outside the domain given with it.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::synth::Code;
    /// use isp_moc::vocab::{CfirConstruct, CfirVersion};
    /// let p = Code::parse_context("III.D", CfirVersion::Cfir2009)?;
    /// assert_eq!(p.construct, Some(CfirConstruct::ImplementationClimate));
    /// let both = Code::parse_context("2009:culture + 2022:culture", CfirVersion::Cfir2009)?;
    /// assert!(both.construct.is_some() && both.construct_2022.is_some());
    /// assert!(Code::parse_context("2009:culture+2009:networks_and_communications", CfirVersion::Cfir2009).is_err());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn parse_context(text: &str, edition: CfirVersion) -> Result<CfirPlacement> {
        let mut placement = CfirPlacement::default();
        for part in text.split('+').map(str::trim) {
            let (edition, term) = match part.split_once(':') {
                Some((e, t)) if e.trim() == "2009" => (CfirVersion::Cfir2009, t.trim()),
                Some((e, t)) if e.trim() == "2022" => (CfirVersion::Cfir2022, t.trim()),
                _ if part.starts_with("cfir2022_") => (CfirVersion::Cfir2022, part),
                _ => (edition, part),
            };
            let twice = |what: &str| -> crate::Error {
                ErrorKind::InvalidValue {
                    field: "context".to_owned(),
                    message: format!(
                        "{} names two CFIR {} {what}s; write one context code per placement, separated by `;`",
                        crate::error::quoted(text),
                        edition.year()
                    ),
                }
                .into()
            };
            if edition == CfirVersion::Cfir2022 {
                if let Some(d) = named::<Cfir2022Domain>(term) {
                    if placement.domain_2022.replace(d).is_some() {
                        return Err(twice("domain"));
                    }
                    continue;
                }
                match Cfir2022Construct::lookup(term) {
                    Ok(c) => {
                        if placement.construct_2022.replace(c).is_some() {
                            return Err(twice("construct"));
                        }
                    }
                    Err(e) => match Cfir2022Domain::lookup(term) {
                        Ok(d) => {
                            if placement.domain_2022.replace(d).is_some() {
                                return Err(twice("domain"));
                            }
                        }
                        Err(_) => return Err(unknown_part(term, CfirVersion::Cfir2022, e)),
                    },
                }
            } else {
                if let Some(d) = named::<CfirDomain>(term) {
                    if placement.domain.replace(d).is_some() {
                        return Err(twice("domain"));
                    }
                    continue;
                }
                match crate::vocab::cfir_2009_construct(term) {
                    Ok(c) => {
                        if placement.construct.replace(c).is_some() {
                            return Err(twice("construct"));
                        }
                    }
                    Err(e) => match CfirDomain::lookup(term) {
                        Ok(d) => {
                            if placement.domain.replace(d).is_some() {
                                return Err(twice("domain"));
                            }
                        }
                        Err(_) => return Err(unknown_part(term, CfirVersion::Cfir2009, e)),
                    },
                }
            }
        }
        if let Some(problem) = placement.problems().into_iter().next() {
            return Err(ErrorKind::InvalidValue {
                field: "context".to_owned(),
                message: problem,
            }
            .into());
        }
        placement.normalize();
        Ok(placement)
    }

    /// The context form of a placement: CFIR 2009 parts prefixed `2009:`, CFIR 2022 parts
    /// by their ids (which name the edition), a domain left out when its construct implies
    /// it: the text [`Code::parse_context`] reads back in either edition.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::CfirPlacement;
    /// use isp_moc::synth::Code;
    /// use isp_moc::vocab::{CfirConstruct, CfirDomain};
    /// let p = CfirPlacement::from_construct(CfirConstruct::Culture);
    /// assert_eq!(Code::context_text(&p), "2009:culture");
    /// assert_eq!(Code::context_text(&CfirPlacement::from_domain(CfirDomain::Process)), "2009:process");
    /// ```
    pub fn context_text(placement: &CfirPlacement) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(d) = placement.domain {
            if placement.construct.map(CfirConstruct::domain) != Some(d) {
                parts.push(format!("2009:{}", d.as_str()));
            }
        }
        if let Some(c) = placement.construct {
            parts.push(format!("2009:{}", c.as_str()));
        }
        if let Some(d) = placement.domain_2022 {
            if placement.construct_2022.map(Cfir2022Construct::domain) != Some(d) {
                parts.push(d.as_str().to_owned());
            }
        }
        if let Some(c) = placement.construct_2022 {
            parts.push(c.as_str().to_owned());
        }
        parts.join("+")
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Resource(r) => f.write_str(r.as_str()),
            Code::Reasoning(r) => f.write_str(r.as_str()),
            Code::Valence(v) => f.write_str(v.as_str()),
            Code::Context(p) => f.write_str(&Code::context_text(p)),
        }
    }
}

/// For text that is no code, when it is close to a resource, response or valence id (a
/// typo, `skilz`): the error naming that id. A context code's own did-you-mean is not
/// asked for then: the CFIR lists are long, and a near miss there is less likely.
fn near_code(text: &str) -> Option<crate::Error> {
    let ids = IspResource::all()
        .iter()
        .map(|t| t.as_str())
        .chain(ReasoningType::all().iter().map(|t| t.as_str()))
        .chain(Valence::all().iter().map(|t| t.as_str()));
    let near = crate::suggest::nearest(text, ids)?;
    Some(
        ErrorKind::UnknownTerm {
            vocabulary: "code (an ISP resource, a response, a valence or a CFIR context)",
            value: text.to_owned(),
            suggestion: Some(near),
            expected: Vec::new(),
        }
        .into(),
    )
}

/// The error for a context part that is neither a domain nor a construct of `edition`:
/// the construct or domain lookup's error when either has a did-you-mean, else one naming
/// both, pointing to the other edition when the term is one of its.
fn unknown_part(term: &str, edition: CfirVersion, construct_error: crate::Error) -> crate::Error {
    let has_suggestion = |e: &crate::Error| {
        matches!(
            e.kind(),
            ErrorKind::UnknownTerm {
                suggestion: Some(_),
                ..
            }
        )
    };
    if has_suggestion(&construct_error) {
        return construct_error;
    }
    let (domain_error, in_other_edition, this, other) = match edition {
        CfirVersion::Cfir2022 => (
            Cfir2022Domain::lookup(term).err(),
            crate::vocab::cfir_2009_construct(term).is_ok() || CfirDomain::lookup(term).is_ok(),
            2022,
            2009,
        ),
        _ => (
            CfirDomain::lookup(term).err(),
            Cfir2022Construct::lookup(term).is_ok() || Cfir2022Domain::lookup(term).is_ok(),
            2009,
            2022,
        ),
    };
    if let Some(e) = domain_error.filter(has_suggestion) {
        return e;
    }
    let mut message = format!(
        "unknown CFIR {this} domain or construct {}",
        crate::error::quoted(term)
    );
    if in_other_edition {
        message.push_str(&format!(
            "; it is a CFIR {other} term: write `{other}:{term}`"
        ));
    }
    ErrorKind::InvalidValue {
        field: "context".to_owned(),
        message,
    }
    .into()
}

/// The term whose id or label is `text` (ignoring case, spacing and punctuation), aliases
/// not considered.
fn named<T: Term>(text: &str) -> Option<T> {
    let key = crate::vocab::fold(text);
    if key.is_empty() {
        return None;
    }
    T::all()
        .iter()
        .copied()
        .find(|t| crate::vocab::fold(t.as_str()) == key || crate::vocab::fold(t.label()) == key)
}

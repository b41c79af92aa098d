//! Profiles and assessments as JSON: a versioned profile document (read and written) and
//! the assessment (written), each with a JSON Schema.

use serde::{Deserialize, Serialize};

use super::profile::ReadAt;
use super::{Assessment, ContextProfile, RatingKey, SiteRating};
use crate::error::{quoted, Location, Problem, Problems, Record};
use crate::vocab::{Cfir2022Construct, CfirConstruct, CfirRating, RatingLegend, Term};
use crate::{Error, ErrorKind, MechanismId, Result};

/// The profile document format this version of the crate writes and reads.
pub const PROFILE_FORMAT_VERSION: u32 = 1;

/// Several sites' context profiles, as stored in a file.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "ContextProfiles"))]
#[serde(deny_unknown_fields)]
pub(crate) struct ProfileDocument {
    /// Version of the profile document format (this crate writes 1).
    pub(crate) format_version: u32,
    /// One profile per site.
    pub(crate) sites: Vec<SiteRecord>,
}

/// One site's profile.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "ContextProfile"))]
#[serde(deny_unknown_fields)]
pub(crate) struct SiteRecord {
    /// The site's name.
    site: String,
    /// What the project's notation means.
    #[serde(default, skip_serializing_if = "is_default_legend")]
    legend: RatingLegend,
    /// The site's ratings.
    #[serde(default)]
    ratings: Vec<RatingRecord>,
    /// Each rating's place (0-based) in the file's list, when some could not be read and
    /// are left out; empty when every rating is here.
    #[serde(skip)]
    #[cfg_attr(feature = "schemars", schemars(skip))]
    numbers: Vec<usize>,
}

fn is_default_legend(legend: &RatingLegend) -> bool {
    *legend == RatingLegend::default()
}

/// One rating: exactly one of `factor`, `cfir2009`, `cfir2022`, and the rating.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "SiteRating"))]
#[serde(deny_unknown_fields)]
struct RatingRecord {
    /// A context factor of the model, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    factor: Option<String>,
    /// A CFIR 2009 construct (its id, or its name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cfir2009: Option<String>,
    /// A CFIR 2022 construct (its id, or its name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cfir2022: Option<String>,
    /// The rating in CFIR notation: -2, -1, 0, +1, +2 (optionally with `*`), 0 (mixed), X,
    /// M, I or E; a score may also be a JSON number (`-1`, `2`).
    rating: RatingText,
    /// Why, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    /// Where the rating comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

/// A rating as a file gives it: its notation in quotes (`"+1"`, `"X"`), or a score as a
/// bare number (`-1`, `2`), which people and programs writing JSON reach for first.
#[derive(Debug)]
struct RatingText(String);

impl Serialize for RatingText {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for RatingText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = RatingText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a rating such as \"+1\", \"X\" or a score from -2 to 2")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<RatingText, E> {
                Ok(RatingText(v.to_owned()))
            }
            // a number is read as written (`3` stays `3` in a message about it)
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<RatingText, E> {
                Ok(RatingText(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<RatingText, E> {
                Ok(RatingText(v.to_string()))
            }
            // `2.0` and `-0` (which JSON parsers read as a float) are whole scores
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<RatingText, E> {
                if v.fract() == 0.0 && v.abs() < 100.0 {
                    Ok(RatingText(format!("{}", v as i64)))
                } else {
                    Err(E::invalid_type(serde::de::Unexpected::Float(v), &self))
                }
            }
        }
        deserializer.deserialize_any(Text)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RatingText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RatingText".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The rating in CFIR notation (-2, -1, 0, +1, +2, optionally with \
                            `*`; 0 (mixed), X, M, I or E), or a score as a whole number",
            "type": ["string", "integer"],
        })
    }
}

impl From<&SiteRating> for RatingRecord {
    fn from(r: &SiteRating) -> Self {
        let (mut factor, mut cfir2009, mut cfir2022) = (None, None, None);
        match &r.key {
            RatingKey::Factor(id) => factor = Some(id.to_string()),
            RatingKey::Cfir2009(c) => cfir2009 = Some(c.as_str().to_owned()),
            RatingKey::Cfir2022(c) => cfir2022 = Some(c.as_str().to_owned()),
        }
        RatingRecord {
            factor,
            cfir2009,
            cfir2022,
            rating: RatingText(r.rating.notation().to_owned()),
            note: r.note.clone(),
            source: r.source.clone(),
        }
    }
}

/// Context profiles as a versioned JSON document (`{"format_version": 1, "sites": [...]}`),
/// pretty-printed, ratings in canonical notation and keys as ids.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{profiles_from_json, profiles_to_json, ContextProfile};
/// use isp_moc::vocab::CfirConstruct;
/// let sites = vec![ContextProfile::new("A").rate(CfirConstruct::Culture, "+1".parse()?)];
/// let text = profiles_to_json(&sites);
/// assert!(text.contains("\"cfir2009\": \"culture\""));
/// assert_eq!(profiles_from_json(&text)?, sites);
/// # Ok::<(), isp_moc::Error>(())
/// ```
pub fn profiles_to_json(profiles: &[ContextProfile]) -> String {
    let doc = ProfileDocument {
        format_version: PROFILE_FORMAT_VERSION,
        sites: profiles
            .iter()
            .map(|p| SiteRecord {
                site: p.site.clone(),
                legend: p.legend.clone(),
                ratings: p.ratings.iter().map(RatingRecord::from).collect(),
                numbers: Vec::new(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads context profiles from JSON (see [`profiles_to_json`]). Keys may name constructs
/// by id or by name, ratings may use any notation [`CfirRating`]'s `parse` reads; a
/// profile is checked against a model when it is assessed.
///
/// # Errors
///
/// [`ErrorKind::Syntax`] and the document errors of the model loader (missing, unknown
/// and mistyped fields, with line and column) for a malformed document; then every bad
/// rating at once, each located at its site and position (and at the line and column of
/// the value): no key or several,
/// an unknown construct (with a did-you-mean), a notation that is not a rating; and a
/// site named twice (names compared trimmed, as in a rating matrix), at the second
/// profile's `site`.
///
/// # Example
///
/// ```
/// let text = r#"{"format_version": 1, "sites": [{"site": "A", "ratings": [
///     {"cfir2009": "Leadership Engagment", "rating": "+2"},
///     {"factor": "isp_role_clarity", "rating": "-3"}
/// ]}]}"#;
/// let err = isp_moc::assess::profiles_from_json(text).unwrap_err();
/// assert_eq!(err.to_string(), "2 problems:
///   line 2, column 18, site `A`, rating #1, at `cfir2009`: unknown CFIR 2009 construct `Leadership Engagment`; did you mean `leadership_engagement`?
///   line 3, column 46, site `A`, rating #2, at `rating`: invalid CFIR rating `-3`: scores run from -2 to +2");
/// ```
pub fn profiles_from_json(text: &str) -> Result<Vec<ContextProfile>> {
    let text = crate::limits::check_input(text)?;
    if text.trim().is_empty() {
        return Err(Problem::new(ErrorKind::Syntax {
            format: "JSON",
            message: "the document is empty; expected a JSON object (a site profile document)"
                .to_owned(),
        })
        .at(Location::at(1, 1))
        .into());
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let doc: ProfileDocument = match serde_path_to_error::deserialize(&mut de) {
        Ok(doc) => doc,
        Err(e) => {
            let data = !(e.inner().is_syntax() || e.inner().is_eof());
            let first = first_error(text, &e);
            // a wrong value stopped the reading: read each site and rating on its own to
            // report every one, not only the first
            return Err(data.then(|| diagnose(text)).flatten().unwrap_or(first));
        }
    };
    if doc.format_version != PROFILE_FORMAT_VERSION {
        return Err(ErrorKind::UnsupportedFormatVersion {
            found: u64::from(doc.format_version),
            supported: PROFILE_FORMAT_VERSION,
        }
        .into());
    }
    // Where each rating's fields are, to place the problems found now and those the
    // assessment finds later (a profile is small: the second read costs little).
    let positions = Positions::of(text);
    let parts = crate::io::JsonParts::new(text);
    profiles_of(
        doc.sites.into_iter().enumerate(),
        positions.as_ref().map(|p| (&parts, p)),
    )
}

/// The error serde_json stopped at when reading a profile document, placed.
fn first_error(text: &str, e: &serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = e.path().to_string();
    let inner = e.inner();
    let full = inner.to_string();
    let suffix = format!(" at line {} column {}", inner.line(), inner.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let kind = if inner.is_syntax() || inner.is_eof() {
        ErrorKind::Syntax {
            format: "JSON",
            message: message.to_owned(),
        }
    } else {
        crate::io::translate(message, if path == "." { "" } else { &path })
    };
    let (kind, line, column) = crate::io::place(text, kind, inner.line(), inner.column().max(1));
    let mut at = Location::at(line, column);
    at.field = (path != ".").then_some(path);
    Error::from(Problem::new(kind).at(at))
}

/// A profile document whose sites are left unread (read one by one on a second reading).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LooseDocument<'a> {
    format_version: u32,
    #[serde(borrow)]
    sites: Vec<&'a serde_json::value::RawValue>,
}

/// A site whose ratings are left unread (read one by one).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LooseSite<'a> {
    site: String,
    #[serde(default)]
    legend: RatingLegend,
    #[serde(borrow, default)]
    ratings: Vec<&'a serde_json::value::RawValue>,
}

/// Every problem of a profile document that did not read, in text order: each site and
/// each rating is read on its own, so that a wrong value in one does not hide the next,
/// and the ratings that do read are checked as a readable document's are. `None` when the
/// document's own fields are wrong (the first error then stands) or nothing is found.
fn diagnose(text: &str) -> Option<Error> {
    let doc = serde_json::from_str::<LooseDocument<'_>>(text).ok()?;
    if doc.format_version != PROFILE_FORMAT_VERSION {
        return None;
    }
    let parts = crate::io::JsonParts::new(text);
    let mut problems = Problems::new();
    let mut sites = Vec::new();
    for (s, raw) in doc.sites.iter().enumerate() {
        let at = Location::default();
        let site = match parts.read::<LooseSite<'_>>(raw.get(), &format!("sites[{s}]"), at) {
            Ok(site) => site,
            Err(problem) => {
                problems.push(*problem);
                continue;
            }
        };
        let mut record = SiteRecord {
            site: site.site,
            legend: site.legend,
            ratings: Vec::new(),
            numbers: Vec::new(),
        };
        for (i, raw) in site.ratings.iter().enumerate() {
            let at = Location::record(Record::Rating {
                site: record.site.clone(),
                position: i + 1,
            });
            match parts.read::<RatingRecord>(raw.get(), "", at) {
                Ok(rating) => {
                    record.ratings.push(rating);
                    record.numbers.push(i);
                }
                Err(problem) => problems.push(*problem),
            }
        }
        sites.push((s, record));
    }
    let positions = Positions::of(text);
    if let Err(e) = profiles_of(sites, positions.as_ref().map(|p| (&parts, p))) {
        problems.absorb(e);
    }
    problems.in_text_order().finish().err()
}

/// Reads context profiles from a JSON profile document file (see
/// [`profiles_from_json`]); every problem's location names the file, so it prints as
/// `file:line:column`.
///
/// # Errors
///
/// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::Syntax`] (`JSON`) when it
/// is not UTF-8 text (placed at its first byte that is not), and every error of
/// [`profiles_from_json`].
///
/// # Example
///
/// ```
/// let path = std::env::temp_dir().join("isp-moc-doc-profiles.json");
/// std::fs::write(&path, r#"{"format_version": 1, "sites": [{"site": "A", "ratings": [
///     {"factor": "isp_role_clarity", "rating": "+3"}]}]}"#).unwrap();
/// let err = isp_moc::assess::read_profiles_file(&path).unwrap_err();
/// let file = path.display();
/// assert_eq!(err.to_string(), format!("{file}:2:46, site `A`, rating #1, at `rating`: \
///     invalid CFIR rating `+3`: scores run from -2 to +2"));
/// # std::fs::remove_file(&path).unwrap();
/// ```
pub fn read_profiles_file(path: impl AsRef<std::path::Path>) -> Result<Vec<ContextProfile>> {
    let path = path.as_ref();
    let text = crate::limits::read_text_file(path, "JSON")?;
    let file = path.display().to_string();
    let mut profiles = profiles_from_json(&text).map_err(|e| e.in_file(&file))?;
    super::profile::read_from_file(&mut profiles, &file);
    Ok(profiles)
}

/// Where the fields of each site's ratings are in the text (read only to place problems).
/// Read leniently, part by part: a site or rating of the wrong shape has no positions, and
/// the others keep theirs.
struct Positions<'a> {
    sites: Vec<SitePositions<'a>>,
}

/// Where the fields of one site's ratings are, and its name.
#[derive(Default)]
struct SitePositions<'a> {
    /// The site's name (to place a site named twice).
    site: Option<&'a serde_json::value::RawValue>,
    /// Each rating's fields (none for a rating that is not an object).
    ratings: Vec<std::collections::BTreeMap<String, &'a serde_json::value::RawValue>>,
}

impl<'a> Positions<'a> {
    /// The positions in `text`; `None` when it has no list of sites.
    fn of(text: &'a str) -> Option<Self> {
        use serde_json::value::RawValue;
        #[derive(Deserialize)]
        struct Document<'a> {
            #[serde(borrow)]
            sites: Vec<&'a RawValue>,
        }
        #[derive(Deserialize)]
        struct Site<'a> {
            #[serde(borrow, default)]
            site: Option<&'a RawValue>,
            #[serde(borrow, default)]
            ratings: Option<&'a RawValue>,
        }
        let document = serde_json::from_str::<Document<'_>>(text).ok()?;
        let sites = document
            .sites
            .iter()
            .map(|raw| {
                let Ok(site) = serde_json::from_str::<Site<'_>>(raw.get()) else {
                    return SitePositions::default();
                };
                let ratings = site
                    .ratings
                    .and_then(|raw| serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok())
                    .unwrap_or_default()
                    .iter()
                    .map(|raw| serde_json::from_str(raw.get()).unwrap_or_default())
                    .collect();
                SitePositions {
                    site: site.site,
                    ratings,
                }
            })
            .collect();
        Some(Positions { sites })
    }
}

/// The profiles of a read document; with the text and the positions of its fields, each
/// problem is placed at its line and column.
fn profiles_of(
    sites: impl IntoIterator<Item = (usize, SiteRecord)>,
    placed: Option<(&crate::io::JsonParts<'_>, &Positions<'_>)>,
) -> Result<Vec<ContextProfile>> {
    let mut problems = Problems::new();
    let mut profiles = Vec::new();
    // the sites named so far and where: a second profile of a site would be assessed
    // twice and `--site` would pick the first, so it is refused as the CSV reader does
    let mut named: std::collections::HashMap<String, Option<(usize, usize)>> =
        std::collections::HashMap::new();
    for (s, site) in sites {
        let site_at = placed.and_then(|(parts, p)| {
            let value = p.sites.get(s)?.site?;
            Some(parts.position(value.get()))
        });
        match named.get(site.site.trim()) {
            Some(first) => {
                let mut at = Location::default().with_field(&format!("sites[{s}].site"));
                (at.line, at.column) = (site_at.map(|p| p.0), site_at.map(|p| p.1));
                let first = match first {
                    Some((line, column)) => format!(" (first at line {line}, column {column})"),
                    None => String::new(),
                };
                problems.add(
                    ErrorKind::InvalidProfile {
                        reason: format!(
                            "site {} is named twice{first}; give each site one profile",
                            quoted(site.site.trim())
                        ),
                    },
                    at,
                );
            }
            None => {
                named.insert(site.site.trim().to_owned(), site_at);
            }
        }
        let mut profile = ContextProfile::new(&site.site).with_legend(site.legend);
        for (k, r) in site.ratings.into_iter().enumerate() {
            // its place in the file's list (some may have been left out, unreadable)
            let i = site.numbers.get(k).copied().unwrap_or(k);
            // where this rating's fields are, when placing problems
            let fields =
                placed.and_then(|(parts, p)| Some((parts, p.sites.get(s)?.ratings.get(i)?)));
            let at = |field: &str| {
                let mut at = Location::record(Record::Rating {
                    site: site.site.clone(),
                    position: i + 1,
                })
                .with_field(field);
                if let Some((parts, fields)) = fields {
                    if let Some(value) = fields.get(field) {
                        let (line, column) = parts.position(value.get());
                        (at.line, at.column) = (Some(line), Some(column));
                    }
                }
                at
            };
            let key_field = match (&r.factor, &r.cfir2009) {
                (Some(_), _) => "factor",
                (None, Some(_)) => "cfir2009",
                (None, None) => "cfir2022",
            };
            let key = match (&r.factor, &r.cfir2009, &r.cfir2022) {
                (Some(id), None, None) => Some(RatingKey::Factor(MechanismId::unchecked(id))),
                (None, Some(c), None) => {
                    term::<CfirConstruct>(c, &mut problems, at("cfir2009")).map(RatingKey::Cfir2009)
                }
                (None, None, Some(c)) => {
                    term::<Cfir2022Construct>(c, &mut problems, at("cfir2022"))
                        .map(RatingKey::Cfir2022)
                }
                _ => {
                    // placed at the second key named, or at the rating when none is
                    let named: Vec<&str> = [
                        ("factor", r.factor.is_some()),
                        ("cfir2009", r.cfir2009.is_some()),
                        ("cfir2022", r.cfir2022.is_some()),
                    ]
                    .into_iter()
                    .filter_map(|(field, named)| named.then_some(field))
                    .collect();
                    let (reason, field) = match named[..] {
                        [first, second, ..] => (
                            format!(
                                "a rating names exactly one of `factor`, `cfir2009` or \
                                 `cfir2022`; this one names `{first}` and `{second}`"
                            ),
                            second,
                        ),
                        _ => (
                            "a rating names exactly one of `factor`, `cfir2009` or \
                             `cfir2022`; this one names none"
                                .to_owned(),
                            "rating",
                        ),
                    };
                    problems.add(ErrorKind::InvalidProfile { reason }, at(field));
                    None
                }
            };
            let rating = match r.rating.0.parse::<CfirRating>() {
                Ok(rating) => Some(rating),
                Err(e) => {
                    problems.push(Problem::new(e.into_kind()).at(at("rating")));
                    None
                }
            };
            if let (Some(key), Some(rating)) = (key, rating) {
                let mut rating = SiteRating::new(key, rating);
                rating.note = r.note;
                rating.source = r.source;
                rating.read_at = ReadAt(Some(at(key_field)));
                profile = profile.with_rating(rating);
            }
        }
        profiles.push(profile);
    }
    problems.finish()?;
    Ok(profiles)
}

/// A vocabulary term by id or name, or a problem with a did-you-mean.
fn term<T: Term>(text: &str, problems: &mut Problems, at: Location) -> Option<T> {
    match T::lookup(text) {
        Ok(t) => Some(t),
        Err(e) => {
            problems.push(Problem::new(e.into_kind()).at(at));
            None
        }
    }
}

impl Assessment {
    /// The assessment as pretty-printed JSON: every mechanism's standing with its factors,
    /// ratings and links, the pathway sets, the priorities (schema:
    /// [`assessment_schema`](super::assessment_schema), feature `schemars`).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let a = assess(&g, &ContextProfile::new("A").rate("isp_role_clarity", "-2".parse()?), &AssessOptions::default())?;
    /// let json = a.to_json();
    /// assert!(json.contains("\"activation\": \"blocked\""));
    /// assert!(json.contains("\"factor\": \"isp_role_clarity\""));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The JSON Schema of the profile document [`profiles_from_json`] reads (feature
/// `schemars`); `schema/context-profiles.schema.json` in the repository is this text.
///
/// # Example
///
/// ```
/// let schema = isp_moc::assess::profile_schema();
/// assert!(schema.contains("\"cfir2009\""));
/// ```
#[cfg(feature = "schemars")]
pub fn profile_schema() -> String {
    crate::io::schema_text(schemars::schema_for!(ProfileDocument))
}

/// The JSON Schema of an assessment as [`Assessment::to_json`] writes it (feature
/// `schemars`); `schema/assessment.schema.json` in the repository is this text.
///
/// # Example
///
/// ```
/// let schema = isp_moc::assess::assessment_schema();
/// assert!(schema.contains("\"at_risk\""));
/// ```
#[cfg(feature = "schemars")]
pub fn assessment_schema() -> String {
    crate::io::schema_text(schemars::schema_for!(Assessment))
}

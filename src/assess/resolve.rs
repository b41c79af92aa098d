//! Matching a site's ratings to the model's context factors: by factor id, else by the
//! CFIR construct the factor is placed at, else through the CFIR 2009 ↔ 2022 crosswalk.

use std::collections::BTreeMap;

use super::{ContextProfile, RatingKey};
use crate::error::{quoted, Location, Problems, Record};
use crate::model::{CfirPlacement, MechanismKind};
use crate::vocab::{CfirRating, RatingCrosswalk, RatingLegend, Readings, Standing};
use crate::{ErrorKind, MechanismGraph, MechanismId, Result};

/// A site rating as it reached one context factor.
///
/// # Example
///
/// ```
/// use isp_moc::assess::{assess, AssessOptions, ContextProfile, RatingKey};
/// use isp_moc::vocab::CfirConstruct;
/// let g = isp_moc::catalog::figure2();
/// let site = ContextProfile::new("A").rate(CfirConstruct::AvailableResources, "-2".parse()?);
/// let a = assess(&g, &site, &AssessOptions::default())?;
/// let applied = a.factor("available_resources").unwrap().rating.as_ref().unwrap();
/// assert_eq!(applied.key, RatingKey::Cfir2009(CfirConstruct::AvailableResources));
/// assert_eq!(applied.rating.to_string(), "-2");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct AppliedRating {
    /// What the site rated: the factor itself, or a construct it is placed at.
    pub key: RatingKey,
    /// The rating as the site gave it.
    pub given: CfirRating,
    /// The rating in the usual sign convention (reversed when the legend says the project
    /// rates the construct in reverse).
    pub rating: CfirRating,
    /// When the rating was carried from the other CFIR edition through the crosswalk:
    /// whether the link it went through is verified or an accepted reading.
    pub carried: Option<Standing>,
    /// The site's note.
    pub note: Option<String>,
    /// Where the rating comes from.
    pub source: Option<String>,
}

/// What a profile says about a model's context factors.
pub(crate) struct Resolved {
    /// Each rated factor's rating.
    pub(crate) ratings: BTreeMap<MechanismId, AppliedRating>,
    /// Positions (0-based) of construct ratings that reach no factor of the model.
    pub(crate) unused: Vec<usize>,
    /// Positions (0-based) of construct ratings that reach factors, each of which is
    /// rated itself (so the construct's rating applies to none), with those factors.
    pub(crate) overridden: Vec<(usize, Vec<MechanismId>)>,
}

/// Why `id` cannot key a rating of a model's context: it names no mechanism of the model
/// (`kind` is `None`; the nearest of its context `factors` is offered), or one that is not
/// a context factor. `None` when it names a context factor.
pub(crate) fn factor_problem<'a>(
    id: &str,
    kind: Option<MechanismKind>,
    factors: impl IntoIterator<Item = &'a str>,
) -> Option<ErrorKind> {
    match kind {
        None => Some(ErrorKind::UnknownMechanism {
            id: id.to_owned(),
            suggestion: crate::suggest::nearest(id, factors).map(str::to_owned),
        }),
        Some(MechanismKind::Context) => None,
        Some(kind) => Some(ErrorKind::InvalidProfile {
            reason: format!(
                "{} is {}, not a context factor; only context is rated",
                quoted(id),
                kind.with_article()
            ),
        }),
    }
}

/// Every context factor's rating (or none), or every problem of the profile. Construct
/// ratings that reach no factor are a problem unless `allow_unused`.
pub(crate) fn resolve(
    graph: &MechanismGraph,
    profile: &ContextProfile,
    readings: Readings,
    allow_unused: bool,
) -> Result<Resolved> {
    let mut found: Vec<(usize, ErrorKind)> = Vec::new();
    let invalid = |reason: String| ErrorKind::InvalidProfile { reason };

    // 1. each key once, and factor keys name context factors
    let mut first: BTreeMap<&RatingKey, usize> = BTreeMap::new();
    for (i, r) in profile.ratings.iter().enumerate() {
        if let Some(&earlier) = first.get(&r.key) {
            found.push((
                i,
                invalid(format!(
                    "{} is rated twice (rating #{} too)",
                    r.key,
                    earlier + 1
                )),
            ));
            continue;
        }
        first.insert(&r.key, i);
        if let RatingKey::Factor(id) = &r.key {
            let kind = graph.mechanism(id.as_str()).ok().map(|m| m.kind());
            let factors = graph
                .mechanisms_of_kind(MechanismKind::Context)
                .map(|m| m.id.as_str());
            if let Some(problem) = factor_problem(id.as_str(), kind, factors) {
                found.push((i, problem));
            }
        }
    }

    // 2. carry construct ratings across editions where the crosswalk allows it
    let crosswalk = RatingCrosswalk::new(readings);
    let mut carried_2022 = BTreeMap::new(); // 2022 construct -> (rating index, standing)
    let mut carried_2009 = BTreeMap::new();
    let mut refused: BTreeMap<usize, String> = BTreeMap::new();
    for (&key, &i) in &first {
        let Some(rating) = profile.ratings.get(i).map(|r| r.rating) else {
            continue;
        };
        match key {
            RatingKey::Cfir2009(c) => match crosswalk.to_2022(*c, rating) {
                Ok(carried) => {
                    carried_2022.insert(carried.to, (i, carried.standing));
                }
                Err(refusal) => {
                    refused.insert(i, refusal.reason.label().to_lowercase());
                }
            },
            RatingKey::Cfir2022(c) => match crosswalk.to_2009(*c, rating) {
                Ok(carried) => {
                    carried_2009.insert(carried.to, (i, carried.standing));
                }
                Err(refusal) => {
                    refused.insert(i, refusal.reason.label().to_lowercase());
                }
            },
            RatingKey::Factor(_) => {}
        }
    }

    // 3. each factor takes the most specific rating that reaches it
    let mut applied = BTreeMap::new();
    let mut used = vec![false; profile.ratings.len()];
    // which ratings are applied to some factor, and which factors each construct
    // rating reaches while a factor's own rating is applied instead
    let mut applies = vec![false; profile.ratings.len()];
    let mut set_aside: BTreeMap<usize, Vec<MechanismId>> = BTreeMap::new();
    // construct ratings that reach a factor not rated itself: not set aside by own ratings
    let mut reaches_unrated = vec![false; profile.ratings.len()];
    for m in graph.mechanisms_of_kind(MechanismKind::Context) {
        let Some(placement) = m.category.cfir_placement() else {
            continue;
        };
        let own = first.contains_key(&RatingKey::Factor(m.id.clone()));
        for k in reaching(placement, &first, &carried_2009, &carried_2022) {
            if let Some(u) = used.get_mut(k) {
                *u = true;
            }
            if own {
                // (a rating can reach a factor twice: directly and carried across editions)
                let by = set_aside.entry(k).or_default();
                if by.last() != Some(&m.id) {
                    by.push(m.id.clone());
                }
            } else if let Some(r) = reaches_unrated.get_mut(k) {
                *r = true;
            }
        }
        let candidates = candidates(
            m.id.as_str(),
            placement,
            &first,
            &carried_2009,
            &carried_2022,
        );
        let Some((&(i, carried), rest)) = candidates.split_first() else {
            continue;
        };
        let rating = |k: usize| {
            profile
                .ratings
                .get(k)
                .map(|r| normalize(&profile.legend, &r.key, placement, r.rating))
        };
        if let Some(&(j, _)) = rest.iter().find(|(j, _)| rating(*j) != rating(i)) {
            if let (Some(a), Some(b)) = (profile.ratings.get(i), profile.ratings.get(j)) {
                found.push((
                    i.max(j),
                    invalid(format!(
                        "factor {} is rated {} through {} and {} through {}; rate the factor itself to settle it",
                        quoted(m.id.as_str()),
                        a.rating,
                        a.key,
                        b.rating,
                        b.key
                    )),
                ));
            }
            continue;
        }
        let Some(r) = profile.ratings.get(i) else {
            continue;
        };
        if let Some(a) = applies.get_mut(i) {
            *a = true;
        }
        applied.insert(
            m.id.clone(),
            AppliedRating {
                key: r.key.clone(),
                given: r.rating,
                rating: normalize(&profile.legend, &r.key, placement, r.rating),
                carried,
                note: r.note.clone(),
                source: r.source.clone(),
            },
        );
    }

    // 4. a construct rating that reaches no factor says something the model cannot use
    let mut unused = Vec::new();
    for (&key, &i) in &first {
        if used.get(i).copied().unwrap_or(false) || matches!(key, RatingKey::Factor(_)) {
            continue;
        }
        if allow_unused {
            unused.push(i);
            continue;
        }
        let mut reason = format!("the model places no context factor at {key}");
        if let Some(why) = refused.get(&i) {
            reason.push_str(&format!(
                " (nor can the rating be carried to the other CFIR edition: {why})"
            ));
        }
        reason.push_str(
            "; allowing unused ratings keeps them aside instead (`AssessOptions::allow_unused`, \
             `isp-moc assess --allow-unused`)",
        );
        found.push((i, invalid(reason)));
    }
    unused.sort_unstable();
    let overridden = set_aside
        .into_iter()
        .filter(|(i, _)| {
            !applies.get(*i).copied().unwrap_or(true)
                && !reaches_unrated.get(*i).copied().unwrap_or(true)
        })
        .collect();
    found.sort_by_key(|(i, _)| *i);
    let mut problems = Problems::new();
    for (i, kind) in found {
        // where the rating was read in a file, if it was: its line, column and field
        let read_at = profile.ratings.get(i).and_then(|r| r.read_at.0.clone());
        let at = read_at.unwrap_or_else(|| {
            Location::record(Record::Rating {
                site: profile.site.clone(),
                position: i + 1,
            })
        });
        problems.add(kind, at);
    }
    problems.finish()?;
    Ok(Resolved {
        ratings: applied,
        unused,
        overridden,
    })
}

/// Every construct rating that reaches a factor placed at `placement`, at any precedence
/// (so a construct rating overridden by the factor's own rating still counts as used).
fn reaching(
    placement: &CfirPlacement,
    first: &BTreeMap<&RatingKey, usize>,
    carried_2009: &Carried<crate::vocab::CfirConstruct>,
    carried_2022: &Carried<crate::vocab::Cfir2022Construct>,
) -> Vec<usize> {
    let direct = [
        placement.construct.map(RatingKey::Cfir2009),
        placement.construct_2022.map(RatingKey::Cfir2022),
    ]
    .into_iter()
    .flatten()
    .filter_map(|k| first.get(&k).copied());
    let carried = placement
        .construct
        .and_then(|c| carried_2009.get(&c))
        .into_iter()
        .chain(placement.construct_2022.and_then(|c| carried_2022.get(&c)))
        .map(|&(i, _)| i);
    direct.chain(carried).collect()
}

type Carried<T> = BTreeMap<T, (usize, Standing)>;

/// The ratings reaching a factor, most specific first: its own, then its constructs',
/// then ratings carried to its constructs; each with the crosswalk standing if carried.
fn candidates(
    id: &str,
    placement: &CfirPlacement,
    first: &BTreeMap<&RatingKey, usize>,
    carried_2009: &Carried<crate::vocab::CfirConstruct>,
    carried_2022: &Carried<crate::vocab::Cfir2022Construct>,
) -> Vec<(usize, Option<Standing>)> {
    let own = first
        .iter()
        .find(|(k, _)| matches!(k, RatingKey::Factor(f) if f.as_str() == id))
        .map(|(_, &i)| i);
    if let Some(i) = own {
        return vec![(i, None)];
    }
    let direct: Vec<(usize, Option<Standing>)> = [
        placement.construct.map(RatingKey::Cfir2009),
        placement.construct_2022.map(RatingKey::Cfir2022),
    ]
    .into_iter()
    .flatten()
    .filter_map(|k| first.get(&k).map(|&i| (i, None)))
    .collect();
    if !direct.is_empty() {
        return direct;
    }
    let from_2022 = placement
        .construct
        .and_then(|c| carried_2009.get(&c))
        .map(|&(i, s)| (i, Some(s)));
    let from_2009 = placement
        .construct_2022
        .and_then(|c| carried_2022.get(&c))
        .map(|&(i, s)| (i, Some(s)));
    from_2022.into_iter().chain(from_2009).collect()
}

/// The rating in the usual sign convention: reversed when the legend names the rated
/// construct (or, for a factor rated by id, one of the constructs it is placed at).
fn normalize(
    legend: &RatingLegend,
    key: &RatingKey,
    placement: &CfirPlacement,
    rating: CfirRating,
) -> CfirRating {
    let reversed = match key {
        RatingKey::Cfir2009(c) => legend.is_reverse_rated(*c),
        RatingKey::Cfir2022(c) => legend.is_reverse_rated(*c),
        RatingKey::Factor(_) => {
            placement
                .construct
                .is_some_and(|c| legend.is_reverse_rated(c))
                || placement
                    .construct_2022
                    .is_some_and(|c| legend.is_reverse_rated(c))
        }
    };
    if reversed {
        rating.reversed()
    } else {
        rating
    }
}

//! The union of two records' evidence and passages, each study counted once.

use crate::model::{Citation, Evidence, Observation};

/// Adds `other`'s evidence to `base`, so that the support counted
/// ([`Evidence::support`]) is the same whichever side is the base, and nothing `other`
/// says is lost:
///
/// * citations as [`absorb_citation`] adds them: a study is counted once, and a locator
///   `base` lacks is taken;
/// * an observation equal to one of `base`'s is dropped; one with the same valence and
///   summary as one of `base`'s, and the same passage or a passage only one gives, gives
///   it the citations and studies it lacks (and its passage, when the base's has none);
///   any other, one quoting another passage included, is added;
/// * publication counts: a count only one side reports is kept; equal counts are kept;
///   differing counts keep the larger and are returned, `(base, other)`, for the caller
///   to report.
///
/// Nothing of `base` is removed or reordered (a locator or passage may be filled in), so
/// merging evidence into itself changes nothing.
pub(crate) fn absorb_evidence(base: &mut Evidence, other: &Evidence) -> Option<(u32, u32)> {
    let Evidence {
        publications,
        citations,
        observations,
        studies,
    } = other;
    let disagreement = match (base.publications, *publications) {
        (Some(b), Some(o)) if b != o => {
            base.publications = Some(b.max(o));
            Some((b, o))
        }
        (None, Some(o)) => {
            base.publications = Some(o);
            None
        }
        _ => None,
    };
    for c in citations {
        absorb_citation(&mut base.citations, c);
    }
    for s in studies {
        if !base.studies.contains(s) {
            base.studies.push(s.clone());
        }
    }
    for o in observations {
        absorb_observation(&mut base.observations, o);
    }
    disagreement
}

/// Adds `other` to `base` unless `base` already says it. A citation of a study `base`
/// already cites ([`Citation::same_study`]) is dropped when it adds no locator; its
/// locator is given to a citation of that study without one, or else, when `base` cites
/// the study only at other places, it is added (the study still counts once).
fn absorb_citation(base: &mut Vec<Citation>, other: &Citation) {
    let cited = |b: &Citation| b.same_study(other);
    let Some(locator) = &other.locator else {
        if !base.iter().any(cited) {
            base.push(other.clone());
        }
        return;
    };
    if base
        .iter()
        .any(|b| cited(b) && b.locator.as_ref() == Some(locator))
    {
        return;
    }
    match base.iter_mut().find(|b| cited(b) && b.locator.is_none()) {
        Some(unplaced) => unplaced.locator = Some(locator.clone()),
        None => base.push(other.clone()),
    }
}

/// Adds `other` to `base`'s observations, pooling it into one of the same finding (see
/// [`absorb_evidence`]).
fn absorb_observation(base: &mut Vec<Observation>, other: &Observation) {
    if base.contains(other) {
        return;
    }
    // Destructured so a new field cannot be forgotten here.
    let Observation {
        valence,
        summary,
        citations,
        passage,
        studies,
    } = other;
    let same_finding = |b: &Observation| b.valence == *valence && b.summary == *summary;
    // the same finding at the same passage, else one at a passage only one gives
    let at = base
        .iter()
        .position(|b| same_finding(b) && b.passage == *passage)
        .or_else(|| {
            base.iter()
                .position(|b| same_finding(b) && (b.passage.is_none() || passage.is_none()))
        });
    match at.and_then(|i| base.get_mut(i)) {
        Some(b) => {
            for c in citations {
                absorb_citation(&mut b.citations, c);
            }
            for s in studies {
                if !b.studies.contains(s) {
                    b.studies.push(s.clone());
                }
            }
            if b.passage.is_none() {
                b.passage.clone_from(passage);
            }
        }
        None => base.push(other.clone()),
    }
}

/// Adds the passages of `other` that `base` lacks, in `other`'s order.
pub(crate) fn absorb_passages(base: &mut Vec<String>, other: &[String]) {
    for p in other {
        if !base.contains(p) {
            base.push(p.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Citation;

    #[test]
    fn a_study_is_counted_once() {
        let mut base =
            Evidence::new().with_citation(Citation::new("Akin", 2016).with_locator("p. 3"));
        let other = Evidence::new()
            .with_citation(Citation::new("Akin", 2016))
            .with_citation(Citation::new("Beidas et al.", 2013))
            .with_observation(
                Observation::enabling("x").with_citation(Citation::new("Beidas et al.", 2013)),
            );
        assert_eq!(absorb_evidence(&mut base, &other), None);
        assert_eq!(base.citations.len(), 2);
        assert_eq!(base.citations[0].locator.as_deref(), Some("p. 3"));
        assert_eq!(base.support(), 2);
    }

    #[test]
    fn the_same_finding_gains_studies() {
        let mut base = Evidence::new()
            .with_observation(Observation::hindering("x").with_citation(Citation::new("A", 2001)));
        let other = Evidence::new().with_observation(
            Observation::hindering("x")
                .with_citation(Citation::new("B", 2002))
                .with_passage("here"),
        );
        absorb_evidence(&mut base, &other);
        assert_eq!(base.observations.len(), 1);
        assert_eq!(base.observations[0].citations.len(), 2);
        assert_eq!(base.observations[0].passage.as_deref(), Some("here"));
    }

    #[test]
    fn differing_counts_keep_the_larger() {
        let mut base = Evidence::new().with_publications(12);
        assert_eq!(
            absorb_evidence(&mut base, &Evidence::new().with_publications(24)),
            Some((12, 24))
        );
        assert_eq!(base.publications, Some(24));
        let mut base = Evidence::new();
        assert_eq!(
            absorb_evidence(&mut base, &Evidence::new().with_publications(3)),
            None
        );
        assert_eq!(base.publications, Some(3));
    }
}

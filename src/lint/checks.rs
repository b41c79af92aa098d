//! The checks: one pass over the mechanisms, then one over the links, each in declaration
//! order, so the lints come out in the order the records were written.

use super::reach::{reached_from_resources, reaching_outcomes, route_through};
use super::{Lint, LintKind, LintOptions};
use crate::error::{quoted, Location, Record};
use crate::model::{Basis, Evidence, Link, MechanismKind, Valence};
use crate::MechanismGraph;

/// Every lint `options` enables, mechanisms first, then links, each in declaration order;
/// within one record, in [`LintKind`] order, then by observation.
pub(super) fn run(g: &MechanismGraph, options: &LintOptions) -> Vec<Lint> {
    let mut lints = Vec::new();
    let reach_lints = [
        LintKind::UnreachedResponse,
        LintKind::UnreachedOutcome,
        LintKind::DeadEnd,
        LintKind::UnsupportedLink,
    ];
    let (reached, reaching) = if reach_lints.iter().any(|&k| options.enables(k)) {
        (reached_from_resources(g), reaching_outcomes(g))
    } else {
        (Vec::new(), Vec::new())
    };

    for (i, m) in g.mechanisms().iter().enumerate() {
        let at = Location::record(Record::Mechanism {
            position: i + 1,
            id: Some(m.id.to_string()),
        });
        let mut add = |kind: LintKind, message: String| {
            if options.enables(kind) {
                lints.push(Lint::new(kind, at.clone(), message));
            }
        };
        let kind = m.kind();
        let is_reached = reached.get(i).copied().unwrap_or(true);
        let reaches_outcome = reaching.get(i).copied().unwrap_or(true);
        match kind {
            MechanismKind::Reasoning if !is_reached => add(
                LintKind::UnreachedResponse,
                "no resource reaches this response over `leads_to` or `precondition` links: \
                 link it from a resource, or from a response a resource reaches"
                    .to_owned(),
            ),
            MechanismKind::Outcome if !is_reached => add(
                LintKind::UnreachedOutcome,
                "no resource reaches this outcome over `leads_to` or `precondition` links, \
                 so no pathway explains it: link a response or a resource to it"
                    .to_owned(),
            ),
            _ => {}
        }
        if matches!(kind, MechanismKind::Resource | MechanismKind::Reasoning) && !reaches_outcome {
            let what = if kind == MechanismKind::Resource {
                "resource"
            } else {
                "response"
            };
            add(
                LintKind::DeadEnd,
                format!(
                    "this {what} reaches no outcome over `leads_to` or `precondition` links, \
                     so it explains no outcome: link it on to a response or an outcome"
                ),
            );
        }
        let moderates_a_link = || g.links().iter().any(|l| l.moderators.contains(&m.id));
        if kind == MechanismKind::Context && g.outgoing(i as u32).is_empty() && !moderates_a_link()
        {
            add(
                LintKind::UnusedContext,
                "this context factor bears on nothing: link it (`moderates` or `precondition`) \
                 to the mechanisms it conditions, name it as a link's moderator, or remove it"
                    .to_owned(),
            );
        }
        uncited_hindering(&m.evidence, &at, options, &mut lints);
        count_below_cited(&m.evidence, &at, options, &mut lints);
    }

    for (j, l) in g.links().iter().enumerate() {
        let at = Location::record(Record::Link {
            position: j + 1,
            from: Some(l.from.to_string()),
            to: Some(l.to.to_string()),
        });
        if options.enables(LintKind::UnsupportedLink) {
            if let Some(lint) = unsupported(g, l, &at, &reached, &reaching) {
                lints.push(lint);
            }
        }
        if options.enables(LintKind::UntracedLink) && l.basis == Basis::Text && !traced(l) {
            lints.push(Lint::new(
                LintKind::UntracedLink,
                at.clone(),
                "a `text` link with no passage and no citation, so nothing traces it to the \
                 source: add a passage or a citation, or mark it `inferred` with a note"
                    .to_owned(),
            ));
        }
        if options.enables(LintKind::UnexplainedInference)
            && l.basis == Basis::Inferred
            && l.note.as_deref().is_none_or(|n| n.trim().is_empty())
        {
            lints.push(Lint::new(
                LintKind::UnexplainedInference,
                at.clone(),
                "an `inferred` link with no note: say in a note why you read it into the source"
                    .to_owned(),
            ));
        }
        uncited_hindering(&l.evidence, &at, options, &mut lints);
        count_below_cited(&l.evidence, &at, options, &mut lints);
        match l.weight {
            Some(w)
                if options.enables(LintKind::WeightOutsideUnit)
                    && crate::query::weight_cost(w).is_none() =>
            {
                lints.push(Lint::new(
                    LintKind::WeightOutsideUnit,
                    at.clone(),
                    format!(
                        "weight {w} is outside (0, 1], so ranking pathways by weight leaves this \
                         link out: give a weight in (0, 1] (a probability or a normalised \
                         effect), or keep an unnormalised estimate in the note"
                    ),
                ));
            }
            _ => {}
        }
    }
    lints
}

/// [`LintKind::CountBelowCited`] for `evidence`, when its reported publication count is
/// below the distinct studies it cites in support (a count of 0 is left to
/// [`LintKind::UnsupportedLink`], which says it makes support 0).
fn count_below_cited(
    evidence: &crate::model::Evidence,
    at: &Location,
    options: &LintOptions,
    lints: &mut Vec<Lint>,
) {
    let Some(reported) = evidence.publications.filter(|&n| n > 0) else {
        return;
    };
    if !options.enables(LintKind::CountBelowCited) {
        return;
    }
    let cited = evidence.supporting_study_ids().len();
    if usize::try_from(reported).is_ok_and(|n| n < cited) {
        lints.push(Lint::new(
            LintKind::CountBelowCited,
            at.clone(),
            format!(
                "reports {} but cites {} in support, and support is the reported count: \
                 raise the count, or leave it out to count the studies cited",
                crate::prose::counted(reported as usize, "publication"),
                if cited == 1 {
                    "1 distinct study".to_owned()
                } else {
                    format!("{cited} distinct studies")
                }
            ),
        ));
    }
}

/// [`LintKind::UnsupportedLink`] for `link`, when its support is 0 and it lies on a route
/// from a resource to an outcome (named in the lint).
fn unsupported(
    g: &MechanismGraph,
    link: &Link,
    at: &Location,
    reached: &[bool],
    reaching: &[bool],
) -> Option<Lint> {
    if link.support() != 0 || !link.relation.is_causal() {
        return None;
    }
    let (from, to) = (
        g.node(link.from.as_str()).ok()?,
        g.node(link.to.as_str()).ok()?,
    );
    // Necessary for a route, and cheap: only then look for one.
    if reached.get(from as usize) != Some(&true) || reaching.get(to as usize) != Some(&true) {
        return None;
    }
    let route = route_through(g, from, to)?;
    let route: Vec<_> = route
        .iter()
        .map(|&n| g.mechanism_at(n).id.clone())
        .collect();
    let shown: Vec<&str> = route.iter().map(|id| id.as_str()).collect();
    let why = if link.evidence.publications == Some(0) {
        "0 publications reported"
    } else {
        "no publication count and no supporting study"
    };
    let message = format!(
        "support 0 ({why}), so every pathway through this link has strength 0, \
         e.g. {}: add its publication count or cite the studies that report it",
        shown.join(" → ")
    );
    let mut lint = Lint::new(LintKind::UnsupportedLink, at.clone(), message);
    lint.route = Some(route);
    Some(lint)
}

/// True when something points at the source: a passage, a citation or a study of the
/// link, or a citation, study or passage of one of its observations.
fn traced(link: &Link) -> bool {
    !link.passages.is_empty()
        || !link.evidence.citations.is_empty()
        || !link.evidence.studies.is_empty()
        || link
            .evidence
            .observations
            .iter()
            .any(|o| !o.citations.is_empty() || !o.studies.is_empty() || o.passage.is_some())
}

/// [`LintKind::UncitedHindering`] for each hindering observation of `evidence` without a
/// citation, located at the observation.
fn uncited_hindering(
    evidence: &Evidence,
    at: &Location,
    options: &LintOptions,
    lints: &mut Vec<Lint>,
) {
    if !options.enables(LintKind::UncitedHindering) {
        return;
    }
    for (k, o) in evidence.observations.iter().enumerate() {
        if o.valence == Valence::Hindering && o.citations.is_empty() && o.studies.is_empty() {
            lints.push(Lint::new(
                LintKind::UncitedHindering,
                at.clone()
                    .with_field(&format!("evidence.observations[{k}]")),
                format!(
                    "hindering observation {} cites no study: add the citation that reports it",
                    quoted(&o.summary)
                ),
            ));
        }
    }
}

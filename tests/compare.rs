//! Comparing and merging models: every kind of change `diff` reports, the id map's
//! checks, every kind of conflict `merge` reports, and the properties (`diff(a, a)` is
//! empty, `merge(a, a) == a`, merge order does not change the evidence counted).

mod common;

use std::collections::BTreeMap;

use common::{build, leads, reasoning, resource};
use isp_moc::compare::{
    diff, merge, Change, Conflict, ConflictKind, IdMap, InfoChange, LinkChange, LinkDiff,
    ListChange, MechanismChange, MechanismDiff, Side, Subject,
};
use isp_moc::model::{
    Basis, Category, CategoryTally, Citation, CodingCategory, DomainSubject, Evidence, GrammarRule,
    Link, Mechanism, MechanismKind, ModelInfo, Observation, Polarity, Relation,
};
use isp_moc::vocab::{CfirDomain, ComBSubcomponent, IspResource, OutcomeLevel, ReasoningType};
use isp_moc::{ErrorKind, MechanismGraph, ModelParts};
use proptest::prelude::*;

fn figure2() -> MechanismGraph {
    isp_moc::catalog::figure2()
}

/// Figure 2 with one edit.
fn edited(edit: impl FnOnce(&mut ModelParts)) -> MechanismGraph {
    let mut parts = figure2().into_parts();
    edit(&mut parts);
    parts.build().unwrap()
}

fn mechanism<'a>(parts: &'a mut ModelParts, id: &str) -> &'a mut Mechanism {
    parts.mechanisms.iter_mut().find(|m| m.id == id).unwrap()
}

fn link<'a>(parts: &'a mut ModelParts, from: &str, to: &str) -> &'a mut Link {
    parts
        .links
        .iter_mut()
        .find(|l| l.from == from && l.to == to)
        .unwrap()
}

/// The changes of the one changed mechanism of a diff.
fn mechanism_changes(before: &MechanismGraph, after: &MechanismGraph) -> Vec<MechanismChange> {
    let d = diff(before, after);
    assert!(d.links.is_empty() && d.info.is_empty(), "{d}");
    match &d.mechanisms[..] {
        [MechanismDiff::Changed { changes, .. }] => changes.clone(),
        other => panic!("expected one changed mechanism, got {other:?}"),
    }
}

/// The changes of the one changed link of a diff.
fn link_changes(before: &MechanismGraph, after: &MechanismGraph) -> Vec<LinkChange> {
    let d = diff(before, after);
    assert!(d.mechanisms.is_empty() && d.info.is_empty(), "{d}");
    match &d.links[..] {
        [LinkDiff::Changed { changes, .. }] => changes.clone(),
        other => panic!("expected one changed link, got {other:?}"),
    }
}

fn lines<T: ToString>(changes: &[T]) -> Vec<String> {
    changes.iter().map(ToString::to_string).collect()
}

// ----- diff -----

#[test]
fn a_model_does_not_differ_from_itself() {
    let g = figure2();
    let d = diff(&g, &g);
    assert!(d.is_empty());
    assert_eq!(d.to_string(), "no differences");
}

#[test]
fn declaration_order_is_not_a_difference() {
    let g = figure2();
    let reversed = edited(|p| {
        p.mechanisms.reverse();
        p.links.reverse();
        for l in &mut p.links {
            l.evidence.citations.reverse();
            l.passages.reverse();
        }
    });
    assert_ne!(g, reversed);
    assert!(diff(&g, &reversed).is_empty());
}

#[test]
fn records_come_in_the_first_models_order_then_the_seconds_new_ones() {
    let before = build(
        vec![
            resource("r"),
            reasoning("a"),
            reasoning("b"),
            reasoning("c"),
        ],
        vec![leads("r", "a"), leads("a", "b"), leads("b", "c")],
    )
    .unwrap();
    let after = build(
        vec![
            reasoning("e"),
            resource("r"),
            reasoning("d"),
            reasoning("c").with_note("now noted"),
            reasoning("a"),
        ],
        vec![
            leads("a", "e"),
            leads("r", "a"),
            leads("d", "c"),
            leads("a", "c"),
        ],
    )
    .unwrap();
    let d = diff(&before, &after);
    let ids: Vec<(&str, &str)> = d
        .mechanisms
        .iter()
        .map(|m| {
            let what = match m {
                MechanismDiff::Added(_) => "added",
                MechanismDiff::Removed(_) => "removed",
                MechanismDiff::Changed { .. } => "changed",
                _ => "other",
            };
            (m.id().as_str(), what)
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("b", "removed"),
            ("c", "changed"),
            ("e", "added"),
            ("d", "added")
        ]
    );
    let ends: Vec<(&str, &str)> = d.links.iter().map(LinkDiff::ends).collect();
    assert_eq!(
        ends,
        [("a", "b"), ("b", "c"), ("a", "e"), ("d", "c"), ("a", "c")]
    );
    assert_eq!(
        d.to_string(),
        "\
mechanisms: 2 added, 1 removed, 1 changed; links: 3 added, 2 removed
mechanisms:
  - b `b` (reasoning)
  ~ c
      note: none → `now noted`
  + e `e` (reasoning)
  + d `d` (reasoning)
links:
  - a -> b (leads_to, positive, text; support 0)
  - b -> c (leads_to, positive, text; support 0)
  + a -> e (leads_to, positive, text; support 0)
  + d -> c (leads_to, positive, text; support 0)
  + a -> c (leads_to, positive, text; support 0)"
    );
}

#[test]
fn every_mechanism_field_is_reported() {
    let g = figure2();
    let one = |edit: fn(&mut Mechanism)| {
        mechanism_changes(&g, &edited(|p| edit(mechanism(p, "self_efficacy"))))
    };

    let c = one(|m| m.label = "Confidence".into());
    assert_eq!(
        c,
        [MechanismChange::Label(Change::new(
            "Self-efficacy".into(),
            "Confidence".into()
        ))]
    );
    assert_eq!(lines(&c), ["label: `Self-efficacy` → `Confidence`"]);

    let c = one(|m| m.category = Category::reasoning(ReasoningType::Motivation));
    assert!(matches!(&c[..], [MechanismChange::Category(ch)]
        if ch.after == Category::reasoning(ReasoningType::Motivation)));
    assert_eq!(
        lines(&c),
        ["category: reasoning capability → motivation, com_b psychological_capability → none"]
    );

    let c = one(|m| {
        m.category = Category::outcome(&[OutcomeLevel::Individual]);
    });
    assert_eq!(
        lines(&c),
        [
            "category: kind reasoning → outcome, reasoning capability → none, \
          com_b psychological_capability → none, levels none → individual"
        ]
    );

    let c = one(|m| m.description = "Belief in one's ability".into());
    assert!(
        matches!(&c[..], [MechanismChange::Description(ch)] if ch.after == "Belief in one's ability")
    );

    let c = one(|m| m.group = Some("beliefs".into()));
    assert_eq!(lines(&c), ["group: none → `beliefs`"]);

    let c = one(|m| m.note = None);
    assert!(matches!(&c[..], [MechanismChange::Note(ch)] if ch.after.is_none()));

    let c = one(|m| m.passages.push("a new phrase".into()));
    assert_eq!(
        c,
        [MechanismChange::Passages(ListChange::between(
            &[] as &[String],
            &["a new phrase".to_owned()]
        ))]
    );
    assert_eq!(lines(&c), ["passages: + `a new phrase`"]);

    let c = one(|m| m.evidence.publications = Some(99));
    let [MechanismChange::Evidence(e)] = &c[..] else {
        panic!("{c:?}")
    };
    assert_eq!(e.publications, Some(Change::new(None, Some(99))));
    assert_eq!(e.support.after, 99);
}

#[test]
fn evidence_changes_name_studies_and_observations() {
    let g = figure2();
    let before = g.link("trust", "openness").unwrap().clone();
    let after = edited(|p| {
        let l = link(p, "trust", "openness");
        l.evidence.citations.retain(|c| c.authors != "Akin");
        l.evidence
            .citations
            .push(Citation::new("McLeod et al.", 2018));
        l.evidence.observations.push(
            Observation::hindering("a hurried consultant lowered trust")
                .with_citation(Citation::new("McLeod et al.", 2018)),
        );
    });
    let c = link_changes(&g, &after);
    let [LinkChange::Evidence(e)] = &c[..] else {
        panic!("{c:?}")
    };
    assert_eq!(e.publications, None);
    assert_eq!(e.citations.added, [Citation::new("McLeod et al.", 2018)]);
    assert_eq!(e.citations.removed, [Citation::new("Akin", 2016)]);
    assert_eq!(e.observations.added.len(), 1);
    assert!(e.observations.removed.is_empty());
    // one study in, one out: support unchanged, and then not printed
    assert_eq!(e.support, Change::new(before.support(), before.support()));
    assert_eq!(
        lines(&c),
        [
            "cites: + `McLeod et al. 2018`; cites: - `Akin 2016`; observations: + hindering \
          `a hurried consultant lowered trust` (`McLeod et al. 2018`)"
        ]
    );

    // a changed locator is a citation removed and added
    let relocated = edited(|p| {
        let l = link(p, "trust", "openness");
        l.evidence.citations[0].locator = Some("p. 9".into());
    });
    let c = link_changes(&g, &relocated);
    let [LinkChange::Evidence(e)] = &c[..] else {
        panic!("{c:?}")
    };
    assert_eq!((e.citations.added.len(), e.citations.removed.len()), (1, 1));
    assert_eq!(e.support.before, e.support.after);
}

#[test]
fn every_link_field_is_reported() {
    let g = figure2();
    let one = |edit: fn(&mut Link)| {
        link_changes(
            &g,
            &edited(|p| edit(link(p, "trust", "meaningful_learning"))),
        )
    };
    let c = one(|l| l.relation = Relation::LeadsTo);
    assert_eq!(
        c,
        [LinkChange::Relation(Change::new(
            Relation::Precondition,
            Relation::LeadsTo
        ))]
    );
    assert_eq!(lines(&c), ["relation: precondition → leads_to"]);

    let c = one(|l| l.polarity = Polarity::Negative);
    assert_eq!(lines(&c), ["polarity: positive → negative"]);

    let c = one(|l| l.basis = Basis::Inferred);
    assert_eq!(lines(&c), ["basis: text → inferred"]);

    let c = one(|l| l.note = None);
    assert!(lines(&c)[0].starts_with("note: `Strategy use makes learning meaningful"));
    assert!(lines(&c)[0].ends_with("(87 characters) → none"));

    let c = one(|l| {
        l.passages.remove(0);
    });
    assert!(
        matches!(&c[..], [LinkChange::Passages(p)] if p.added.is_empty() && p.removed.len() == 1)
    );
    assert!(lines(&c)[0].starts_with("passages: - `In building on both"));

    // several fields at once, in field order
    let c = one(|l| {
        l.note = Some("n".into());
        l.polarity = Polarity::Mixed;
        l.relation = Relation::LeadsTo;
    });
    assert!(matches!(
        &c[..],
        [
            LinkChange::Relation(_),
            LinkChange::Polarity(_),
            LinkChange::Note(_)
        ]
    ));
}

#[test]
fn model_info_changes_are_reported() {
    let g = figure2();
    let after = edited(|p| {
        p.info.name = "Figure 2, extended".into();
        p.info.source = None;
        p.info.domain_subjects.push(DomainSubject::new(
            CfirDomain::Process,
            "the support process",
        ));
        p.info
            .tallies
            .retain(|t| t.category != CodingCategory::Reasoning(ReasoningType::Motivation));
        p.info.tallies.push(CategoryTally::publications(
            CodingCategory::Reasoning(ReasoningType::Motivation),
            15,
        ));
    });
    let d = diff(&g, &after);
    assert!(d.mechanisms.is_empty() && d.links.is_empty());
    assert!(matches!(
        &d.info[..],
        [
            InfoChange::Name(_),
            InfoChange::Source(_),
            InfoChange::DomainSubjects(_),
            InfoChange::Tallies(_)
        ]
    ));
    let text = d.to_string();
    assert!(
        text.starts_with("model info changed\nmodel info:\n  name: `"),
        "{text}"
    );
    assert!(text.contains("  source: `Albers"), "{text}");
    assert!(text.contains("→ none"), "{text}");
    assert!(
        text.contains("  domain subjects: + process `the support process`"),
        "{text}"
    );
    assert!(
        text.contains("  tallies: + reasoning: Motivation (15 publications)"),
        "{text}"
    );
    assert!(
        text.contains("  tallies: - reasoning: Motivation (14 publications)"),
        "{text}"
    );
}

#[test]
fn user_text_is_quoted_short_and_escaped() {
    let g = figure2();
    let after =
        edited(|p| mechanism(p, "trust").label = format!("x\n\u{1b}[2J{}", "y".repeat(500)));
    let text = diff(&g, &after).to_string();
    assert!(
        text.contains("label: `Trust` → `x\\n\\u{1b}[2Jyyy"),
        "{text}"
    );
    assert!(text.contains("…` (506 characters)"), "{text}");
    assert_eq!(text.lines().count(), 4, "{text}");
}

// ----- the id map -----

#[test]
fn rename_renames_mechanisms_and_link_ends() {
    let g = figure2();
    let renamed = IdMap::new()
        .with("trust", "alliance")
        .with("self_efficacy", "confidence")
        .rename(&g)
        .unwrap();
    assert_eq!(renamed.mechanism_count(), g.mechanism_count());
    assert_eq!(renamed.mechanism("alliance").unwrap().label, "Trust");
    assert!(renamed.link("meaningful_learning", "confidence").is_ok());
    assert!(!renamed.contains("trust"));
    // a swap is one-to-one, so allowed
    let swapped = IdMap::new()
        .with("trust", "openness")
        .with("openness", "trust")
        .rename(&g)
        .unwrap();
    assert!(swapped.link("openness", "trust").is_ok());
    // renamed back, nothing differs
    let back = IdMap::new()
        .with("alliance", "trust")
        .with("confidence", "self_efficacy")
        .rename(&renamed)
        .unwrap();
    assert_eq!(back, g);
    assert!(IdMap::new().rename(&g).unwrap() == g);
}

#[test]
fn the_id_map_reports_every_problem_at_once() {
    let base = figure2();
    let other = build(
        vec![
            resource("isp_skills"),
            reasoning("alliance"),
            reasoning("working_alliance"),
            reasoning("trust"),
            reasoning("openness"),
        ],
        vec![],
    )
    .unwrap();
    let ids = IdMap::new()
        .with("aliance", "trust") // unknown in other (typo)
        .with("alliance", "trusst") // unknown in base (typo)
        .with("alliance", "openness") // mapped twice
        .with("working_alliance", "openness") // onto openness again
        .with("isp_skills", "trust"); // other's own `trust` keeps its id
    let err = merge(&base, &other, &ids).unwrap_err();
    let messages: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "id map entry #1 `aliance` -> `trust`: `aliance` is not a mechanism of the other model; did you mean `alliance`?",
            "id map entry #1 `aliance` -> `trust`: the other model's own `trust` keeps its id, so two mechanisms would be `trust`; map `trust` too",
            "id map entry #2 `alliance` -> `trusst`: `trusst` is not a mechanism of the base model; did you mean `trust`?",
            "id map entry #3 `alliance` -> `openness`: `alliance` is already mapped by entry #2",
            "id map entry #3 `alliance` -> `openness`: the other model's own `openness` keeps its id, so two mechanisms would be `openness`; map `openness` too",
            "id map entry #4 `working_alliance` -> `openness`: entry #3 already maps `alliance` onto `openness`",
            "id map entry #4 `working_alliance` -> `openness`: the other model's own `openness` keeps its id, so two mechanisms would be `openness`; map `openness` too",
            "id map entry #5 `isp_skills` -> `trust`: entry #1 already maps `aliance` onto `trust`",
            "id map entry #5 `isp_skills` -> `trust`: the other model's own `trust` keeps its id, so two mechanisms would be `trust`; map `trust` too",
        ]
    );
    assert_eq!(
        err.kind(),
        &ErrorKind::InvalidIdMap {
            position: 1,
            from: "aliance".into(),
            to: "trust".into(),
            reason: "`aliance` is not a mechanism of the other model; did you mean `alliance`?"
                .into(),
        }
    );

    // a rename checks the new ids themselves
    let err = IdMap::new()
        .with("trust", "Trust")
        .rename(&base)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "id map entry #1 `trust` -> `Trust`: invalid mechanism id `Trust`: an id starts with a lowercase ascii letter; try `trust`"
    );
}

// ----- merge -----

/// A user's model: the alliance (Figure 2's trust) leads to learning (meaningful learning)
/// and to a new response, peer support.
fn users_model() -> MechanismGraph {
    MechanismGraph::builder()
        .info(ModelInfo::new("my consultation model"))
        .mechanism(
            Mechanism::new(
                "isp_skills",
                "Consultant skills",
                Category::resource(IspResource::Skills),
            )
            .with_evidence(Evidence::new().with_citation(Citation::new("Beidas et al.", 2013))),
        )
        .mechanism(
            Mechanism::new(
                "alliance",
                "Working alliance",
                Category::reasoning(ReasoningType::Relational),
            )
            .with_passage("the alliance"),
        )
        .mechanism(Mechanism::new(
            "learning",
            "Learning",
            Category::reasoning(ReasoningType::Capability),
        ))
        .mechanism(Mechanism::new(
            "peer_support",
            "Peer support",
            Category::com_b(ComBSubcomponent::SocialOpportunity),
        ))
        .link(
            Link::new("isp_skills", "alliance", Relation::LeadsTo)
                .with_citation(Citation::new("Barac et al.", 2018).with_locator("p. 12"))
                .with_citation(Citation::new("McLeod et al.", 2018)),
        )
        .link(
            Link::new("alliance", "learning", Relation::Precondition)
                .with_citation(Citation::new("Beidas et al.", 2013)),
        )
        .link(Link::new("peer_support", "learning", Relation::LeadsTo).inferred())
        .build()
        .unwrap()
}

fn crosswalk() -> IdMap {
    IdMap::new()
        .with("alliance", "trust")
        .with("learning", "meaningful_learning")
}

#[test]
fn merging_a_model_into_itself_changes_nothing() {
    let g = figure2();
    let merged = merge(&g, &g, &IdMap::new()).unwrap();
    assert!(merged.is_clean());
    assert_eq!(merged.graph(), &g);
    assert_eq!(merged.into_graph().unwrap(), g);
}

#[test]
fn merge_unions_records_through_the_crosswalk() {
    let base = figure2();
    let mine = users_model();
    let merged = merge(&base, &mine, &crosswalk()).unwrap();
    // the user labels Figure 2's `isp_skills`, under the same id, otherwise: reported,
    // the base's kept; the two mechanisms the crosswalk renames are the user's wording of
    // Figure 2's, which names them
    assert_eq!(
        lines(merged.conflicts()),
        [
            "mechanism `isp_skills`: label: base `ISP skills`, other `Consultant skills`; kept the base's",
        ]
    );
    let g = merged.accept_conflicts();
    assert_eq!(g.mechanism_count(), base.mechanism_count() + 1);
    assert_eq!(g.link_count(), base.link_count() + 1);
    // base records first, in order; the new ones after, renamed
    assert_eq!(
        &g.mechanisms()[..base.mechanism_count()]
            .iter()
            .map(|m| &m.id)
            .collect::<Vec<_>>(),
        &base.mechanisms().iter().map(|m| &m.id).collect::<Vec<_>>()
    );
    assert_eq!(g.mechanisms().last().unwrap().id, "peer_support");
    let last = g.links().last().unwrap();
    assert_eq!(
        (last.from.as_str(), last.to.as_str()),
        ("peer_support", "meaningful_learning")
    );
    assert!(!g.contains("alliance") && !g.contains("learning"));
    // the base's names and info, the other's passages and evidence added
    let trust = g.mechanism("trust").unwrap();
    assert_eq!(trust.label, "Trust");
    assert!(trust.passages.iter().any(|p| p == "the alliance"));
    assert_eq!(g.info(), base.info());

    let d = diff(&base, &g);
    assert!(
        d.mechanisms
            .iter()
            .all(|m| !matches!(m, MechanismDiff::Removed(_))),
        "{d}"
    );
    assert_eq!(
        d.to_string(),
        "\
mechanisms: 1 added, 2 changed; links: 1 added, 1 changed
mechanisms:
  ~ isp_skills
      support: 0 → 1
      cites: + `Beidas et al. 2013`
  ~ trust
      passages: + `the alliance`
  + peer_support `Peer support` (reasoning)
links:
  ~ isp_skills -> trust
      support: 1 → 2
      cites: + `Barac et al. 2018, p. 12`
      cites: + `McLeod et al. 2018`
      cites: - `Barac et al. 2018`
  + peer_support -> meaningful_learning (leads_to, positive, inferred; support 0)"
    );
}

#[test]
fn merged_evidence_counts_each_study_once() {
    let base = figure2();
    let merged = merge(&base, &users_model(), &crosswalk())
        .unwrap()
        .accept_conflicts();
    // Barac et al. 2018 is cited by both, by the user at a page: counted once, the page
    // Figure 2 lacks filled in
    let before = base.link("isp_skills", "trust").unwrap();
    let after = merged.link("isp_skills", "trust").unwrap();
    assert_eq!(after.support(), before.support() + 1);
    let barac: Vec<&Citation> = after
        .evidence
        .citations
        .iter()
        .filter(|c| c.authors == "Barac et al.")
        .collect();
    assert_eq!(
        barac,
        [&before.evidence.citations[0].clone().with_locator("p. 12")]
    );
    // Beidas et al. 2013 already supports trust -> meaningful learning
    assert_eq!(
        merged.link("trust", "meaningful_learning").unwrap(),
        base.link("trust", "meaningful_learning").unwrap()
    );
}

#[test]
fn observations_of_the_same_finding_pool_their_studies() {
    let finding = "unfamiliarity with the local context lowered trust";
    let with = |observation: Observation| {
        build(
            vec![resource("r"), reasoning("t")],
            vec![leads("r", "t").with_observation(observation)],
        )
        .unwrap()
    };
    let a =
        with(Observation::hindering(finding).with_citation(Citation::new("Shernoff et al.", 2015)));
    let b = with(
        Observation::hindering(finding)
            .with_citation(Citation::new("Shernoff et al.", 2015).with_locator("p. 2"))
            .with_citation(Citation::new("Akin", 2016))
            .with_passage("lack of familiarity"),
    );
    let merged = merge(&a, &b, &IdMap::new()).unwrap().into_graph().unwrap();
    let observations = &merged.link("r", "t").unwrap().evidence.observations;
    assert_eq!(observations.len(), 1);
    assert_eq!(
        observations[0].citations,
        [
            Citation::new("Shernoff et al.", 2015).with_locator("p. 2"),
            Citation::new("Akin", 2016)
        ]
    );
    assert_eq!(
        observations[0].passage.as_deref(),
        Some("lack of familiarity")
    );

    // an enabling finding with the same words is another observation
    let c = with(Observation::enabling(finding).with_citation(Citation::new("Akin", 2016)));
    let merged = merge(&a, &c, &IdMap::new()).unwrap().into_graph().unwrap();
    let l = merged.link("r", "t").unwrap();
    assert_eq!(l.evidence.observations.len(), 2);
    assert_eq!(l.support(), 1);
}

#[test]
fn publication_counts_are_kept_or_reported() {
    let counted = |n: Option<u32>| {
        let mut e = Evidence::new();
        e.publications = n;
        build(
            vec![resource("r"), reasoning("t").with_evidence(e.clone())],
            vec![leads("r", "t").with_evidence(e)],
        )
        .unwrap()
    };
    // one side reports a count: kept, no conflict, either way round
    for (a, b) in [(None, Some(7)), (Some(7), None), (Some(7), Some(7))] {
        let merged = merge(&counted(a), &counted(b), &IdMap::new()).unwrap();
        assert!(merged.is_clean());
        assert_eq!(
            merged.graph().link("r", "t").unwrap().evidence.publications,
            Some(7)
        );
    }
    // differing counts: the larger is kept, and said
    let merged = merge(&counted(Some(24)), &counted(Some(12)), &IdMap::new()).unwrap();
    let conflicts = merged.conflicts();
    assert_eq!(conflicts.len(), 2);
    assert_eq!(conflicts[0].subject, merged.conflicts()[0].subject);
    assert!(matches!(&conflicts[0].subject, Subject::Mechanism { id, .. } if id == "t"));
    assert!(
        matches!(&conflicts[1].subject, Subject::Link { from, to, .. } if from == "r" && to == "t")
    );
    assert_eq!(
        conflicts[1].kind,
        ConflictKind::Publications {
            base: 24,
            other: 12
        }
    );
    assert_eq!(conflicts[1].kept, Side::Base);
    assert_eq!(
        conflicts[1].to_string(),
        "link `r` -> `t`: publications: base 24, other 12; kept the base's"
    );
    let merged = merge(&counted(Some(12)), &counted(Some(24)), &IdMap::new()).unwrap();
    assert_eq!(merged.conflicts()[1].kept, Side::Other);
    assert_eq!(
        merged.conflicts()[1].to_string(),
        "link `r` -> `t`: publications: base 12, other 24; kept the other's"
    );
    assert_eq!(
        merged.accept_conflicts().link("r", "t").unwrap().support(),
        24
    );
}

#[test]
fn a_link_that_disagrees_is_reported_and_the_base_kept() {
    let base = figure2();
    let mine = edited(|p| {
        let l = link(p, "trust", "meaningful_learning");
        l.relation = Relation::LeadsTo;
        l.polarity = Polarity::Mixed;
        l.basis = Basis::Inferred;
        l.note = Some("my reading".into()); // another note: a conflict too
    });
    let ids = IdMap::new().with("trust", "trust");
    let merged = merge(&base, &mine, &ids).unwrap();
    let kinds: Vec<&ConflictKind> = merged.conflicts().iter().map(|c| &c.kind).collect();
    assert_eq!(
        kinds,
        [
            &ConflictKind::Relation {
                base: Relation::Precondition,
                other: Relation::LeadsTo
            },
            &ConflictKind::Polarity {
                base: Polarity::Positive,
                other: Polarity::Mixed
            },
            &ConflictKind::Basis {
                base: Basis::Text,
                other: Basis::Inferred
            },
            &ConflictKind::Note {
                base: "Strategy use makes learning meaningful \"in building on\" trust and the \
                       reflection space."
                    .to_owned(),
                other: "my reading".to_owned()
            },
        ]
    );
    assert!(merged.conflicts().iter().all(|c| c.kept == Side::Base));
    assert_eq!(
        merged.to_string(),
        "merged: 31 mechanisms, 67 links; 4 conflicts:
  link `trust` -> `meaningful_learning`: relation: base `precondition`, other `leads_to`; kept the base's
  link `trust` -> `meaningful_learning`: polarity: base `positive`, other `mixed`; kept the base's
  link `trust` -> `meaningful_learning`: basis: base `text`, other `inferred`; kept the base's
  link `trust` -> `meaningful_learning`: note: base `Strategy use makes learning meaningful \"in building on\" trust and the reflection…` \
     (87 characters), other `my reading`; kept the base's"
    );
    assert_eq!(merged.graph(), &base);

    // refusing a merge with conflicts lists them all
    let err = merged.clone().into_graph().unwrap_err();
    assert_eq!(err.problems().len(), 4);
    assert!(
        matches!(err.kind(), ErrorKind::MergeConflict { conflict } if conflict.kind == *kinds[0])
    );
    assert!(err.to_string().starts_with(
        "4 problems:\n  merge conflict: link `trust` -> `meaningful_learning`: relation: base"
    ));
    assert_eq!(merged.accept_conflicts(), base);
}

#[test]
fn a_mechanism_of_another_kind_is_reported_and_its_links_left_out() {
    let base = figure2();
    // the user reads "trust" as a context factor, moderating learning and engagement
    let mine = build(
        vec![
            Mechanism::new(
                "climate_of_trust",
                "Climate of trust",
                Category::context(CfirDomain::InnerSetting),
            ),
            reasoning("learning"),
            reasoning("engagement"),
            resource("isp_skills"),
        ],
        vec![
            Link::new("climate_of_trust", "learning", Relation::Moderates),
            Link::new("climate_of_trust", "engagement", Relation::Moderates),
            leads("isp_skills", "learning"),
        ],
    )
    .unwrap();
    let ids = IdMap::new()
        .with("climate_of_trust", "trust")
        .with("learning", "meaningful_learning");
    let merged = merge(&base, &mine, &ids).unwrap();
    // `isp_skills` is labelled otherwise under the same id: one label conflict, set aside
    // here (the renamed mechanisms' labels are the user's wording, not conflicts)
    let (labels, conflicts): (Vec<&Conflict>, Vec<&Conflict>) = merged
        .conflicts()
        .iter()
        .partition(|c| matches!(c.kind, ConflictKind::Label { .. }));
    assert_eq!(labels.len(), 1, "{merged}");
    assert_eq!(conflicts.len(), 4, "{merged}");
    assert!(
        matches!(&conflicts[0].kind, ConflictKind::Category { base, other }
        if base.kind() == MechanismKind::Reasoning && other.kind() == MechanismKind::Context)
    );
    assert_eq!(
        conflicts[0].to_string(),
        "mechanism `trust` (`climate_of_trust` in the other model): category: base reasoning \
         (reasoning relational), other context (cfir_domain inner_setting); kept the base's"
    );
    // relational vs capability: a category field both set differently
    assert!(matches!(&conflicts[1].kind, ConflictKind::Category { .. }));
    // a link both have: the base's relation is kept
    assert_eq!(
        conflicts[2].kind,
        ConflictKind::Relation {
            base: Relation::Precondition,
            other: Relation::Moderates
        }
    );
    // a link only the other has cannot moderate from a reasoning element
    assert_eq!(
        conflicts[3].kind,
        ConflictKind::BreaksGrammar {
            rule: GrammarRule::ModeratorNotContext,
            from_kind: MechanismKind::Reasoning,
            to_kind: MechanismKind::Reasoning,
            relation: Relation::Moderates,
        }
    );
    assert_eq!(conflicts[3].kept, Side::Base);
    assert_eq!(
        conflicts[3].to_string(),
        "link `trust` -> `engagement` (`climate_of_trust` -> `engagement` in the other model): \
         only a context factor can moderate (from reasoning, to reasoning, relation `moderates`); \
         the other's link left out"
    );
    let g = merged.accept_conflicts();
    assert_eq!(
        g.link("trust", "meaningful_learning").unwrap().relation,
        Relation::Precondition
    );
    assert!(g.link("isp_skills", "meaningful_learning").is_ok());
    assert!(g.contains("engagement") && g.link("trust", "engagement").is_err());
    assert_eq!(
        g.mechanism("trust").unwrap().kind(),
        MechanismKind::Reasoning
    );
}

#[test]
fn a_category_that_only_adds_detail_is_no_conflict() {
    let plain = build(
        vec![Mechanism::new(
            "t",
            "t",
            Category::reasoning(ReasoningType::Motivation),
        )],
        vec![],
    )
    .unwrap();
    let detailed = build(
        vec![Mechanism::new(
            "t",
            "t",
            Category::com_b(ComBSubcomponent::AutomaticMotivation),
        )],
        vec![],
    )
    .unwrap();
    for (a, b) in [(&plain, &detailed), (&detailed, &plain)] {
        let merged = merge(a, b, &IdMap::new()).unwrap();
        assert!(merged.is_clean());
        assert_eq!(
            merged.graph().mechanism("t").unwrap().category,
            Category::com_b(ComBSubcomponent::AutomaticMotivation)
        );
    }
}

/// A reasoning element `t` reached from `r`, with `edit` applied to `t` and the link.
fn described(edit: impl FnOnce(&mut Mechanism, &mut Link)) -> MechanismGraph {
    let mut t = Mechanism::new(
        "teacher_confidence",
        "Teacher confidence",
        Category::reasoning(ReasoningType::Capability),
    );
    let mut l = leads("r", "teacher_confidence");
    edit(&mut t, &mut l);
    build(vec![resource("r"), t], vec![l]).unwrap()
}

#[test]
fn a_field_only_the_other_model_fills_is_taken() {
    let plain = described(|_, _| {});
    let filled = described(|m, l| {
        m.description = "Other description".into();
        m.group = Some("teachers".into());
        m.note = Some("Other note".into());
        l.note = Some("other link note".into());
    });
    // either way round: no conflict, and the merged model says all the filled one says
    for (base, other) in [(&plain, &filled), (&filled, &plain)] {
        let merged = merge(base, other, &IdMap::new()).unwrap();
        assert!(merged.is_clean(), "{merged}");
        let g = merged.into_graph().unwrap();
        assert!(diff(&filled, &g).is_empty(), "{}", diff(&filled, &g));
        let t = g.mechanism("teacher_confidence").unwrap();
        assert_eq!(t.description, "Other description");
        assert_eq!(t.group.as_deref(), Some("teachers"));
        assert_eq!(t.note.as_deref(), Some("Other note"));
        let l = g.link("r", "teacher_confidence").unwrap();
        assert_eq!(l.note.as_deref(), Some("other link note"));
    }
}

#[test]
fn two_different_values_of_a_descriptive_field_are_conflicts() {
    let base = described(|m, l| {
        m.description = "Base description".into();
        m.group = Some("teachers".into());
        m.note = Some("Base note".into());
        l.note = Some("base link note".into());
    });
    let other = described(|m, l| {
        m.label = "Teacher self-efficacy".into();
        m.description = "Other description".into();
        m.group = Some("staff".into());
        m.note = Some("Other note".into());
        l.note = Some("other link note".into());
    });
    let merged = merge(&base, &other, &IdMap::new()).unwrap();
    let kinds: Vec<&ConflictKind> = merged.conflicts().iter().map(|c| &c.kind).collect();
    let texts = |base: &str, other: &str| (base.to_owned(), other.to_owned());
    let (b, o) = texts("Teacher confidence", "Teacher self-efficacy");
    let (bd, od) = texts("Base description", "Other description");
    let (bg, og) = texts("teachers", "staff");
    let (bn, on) = texts("Base note", "Other note");
    let (bl, ol) = texts("base link note", "other link note");
    assert_eq!(
        kinds,
        [
            &ConflictKind::Label { base: b, other: o },
            &ConflictKind::Description {
                base: bd,
                other: od
            },
            &ConflictKind::Group {
                base: bg,
                other: og
            },
            &ConflictKind::Note {
                base: bn,
                other: on
            },
            &ConflictKind::Note {
                base: bl,
                other: ol
            },
        ]
    );
    assert!(merged.conflicts().iter().all(|c| c.kept == Side::Base));
    assert_eq!(
        merged.to_string(),
        "merged: 2 mechanisms, 1 link; 5 conflicts:
  mechanism `teacher_confidence`: label: base `Teacher confidence`, other `Teacher self-efficacy`; kept the base's
  mechanism `teacher_confidence`: description: base `Base description`, other `Other description`; kept the base's
  mechanism `teacher_confidence`: group: base `teachers`, other `staff`; kept the base's
  mechanism `teacher_confidence`: note: base `Base note`, other `Other note`; kept the base's
  link `r` -> `teacher_confidence`: note: base `base link note`, other `other link note`; kept the base's"
    );
    assert_eq!(merged.clone().into_graph().unwrap_err().problems().len(), 5);
    assert_eq!(merged.accept_conflicts(), base);
}

#[test]
fn every_place_and_passage_cited_is_kept() {
    let finding = "the coach was trusted";
    let cited = |locators: &[Option<&str>], passage: Option<&str>| {
        let mut e = Evidence::new();
        for locator in locators {
            let mut c = Citation::new("Akin", 2016);
            c.locator = locator.map(str::to_owned);
            e = e.with_citation(c);
        }
        let mut o = Observation::enabling(finding).with_citation(Citation::new("Zed", 2020));
        o.passage = passage.map(str::to_owned);
        build(
            vec![resource("r"), reasoning("t")],
            vec![leads("r", "t").with_evidence(e.with_observation(o))],
        )
        .unwrap()
    };
    let base = cited(&[Some("p. 3")], Some("they trusted her"));
    let other = cited(&[None, Some("p. 5")], Some("a coach we could trust"));
    let merged = merge(&base, &other, &IdMap::new()).unwrap();
    assert!(merged.is_clean(), "{merged}");
    let g = merged.into_graph().unwrap();
    let e = &g.link("r", "t").unwrap().evidence;
    // another page of a study cited: kept, the study counted once
    assert_eq!(lines(&e.citations), ["Akin 2016, p. 3", "Akin 2016, p. 5"]);
    assert_eq!(g.link("r", "t").unwrap().support(), 2);
    // the same finding at another passage: both passages kept
    let passages: Vec<Option<&str>> = e
        .observations
        .iter()
        .map(|o| o.passage.as_deref())
        .collect();
    assert_eq!(
        passages,
        [Some("they trusted her"), Some("a coach we could trust")]
    );
    // a page only the other gives is filled in
    let unplaced = cited(&[None], None);
    let g = merge(
        &unplaced,
        &cited(&[Some("p. 5")], Some("here")),
        &IdMap::new(),
    )
    .unwrap()
    .into_graph()
    .unwrap();
    let e = &g.link("r", "t").unwrap().evidence;
    assert_eq!(lines(&e.citations), ["Akin 2016, p. 5"]);
    assert_eq!(e.observations.len(), 1);
    assert_eq!(e.observations[0].passage.as_deref(), Some("here"));
}

/// The model whose every optional field is filled (`tests/fixtures/models/every_field.json`).
#[cfg(feature = "serde")]
fn every_field() -> (MechanismGraph, serde_json::Value) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/models/every_field.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    (
        isp_moc::io::from_json(&text).unwrap(),
        serde_json::from_str(&text).unwrap(),
    )
}

/// `g` with only the fields a record cannot go without: ids, labels, categories, link
/// relations, polarities and bases, study citations. Built from the constructors, so a
/// field added later is empty here.
#[cfg(feature = "serde")]
fn bare(g: &MechanismGraph) -> MechanismGraph {
    let parts = g.clone().into_parts();
    let mut bare = ModelParts::new();
    bare.info = parts.info.clone();
    bare.mechanisms = parts
        .mechanisms
        .iter()
        .map(|m| Mechanism::new(m.id.as_str(), &m.label, m.category.clone()))
        .collect();
    bare.links = parts
        .links
        .iter()
        .map(|l| {
            let mut b =
                Link::new(l.from.as_str(), l.to.as_str(), l.relation).with_polarity(l.polarity);
            b.basis = l.basis;
            b
        })
        .collect();
    bare.studies = parts
        .studies
        .iter()
        .map(|s| isp_moc::model::Study::new(s.citation.clone()).with_id(s.id.clone()))
        .collect();
    bare.build().unwrap()
}

#[cfg(feature = "schemars")]
#[test]
fn the_every_field_fixture_fills_every_field_of_the_format() {
    let (_, doc) = every_field();
    let schema: serde_json::Value = serde_json::from_str(&isp_moc::io::json_schema()).unwrap();
    let records = |v: &serde_json::Value, key: &str| -> Vec<serde_json::Value> {
        v[key].as_array().cloned().unwrap_or_default()
    };
    let mechanisms = records(&doc, "mechanisms");
    let links = records(&doc, "links");
    let evidence: Vec<serde_json::Value> = mechanisms
        .iter()
        .chain(&links)
        .map(|r| r["evidence"].clone())
        .filter(|e| !e.is_null())
        .collect();
    let observations: Vec<serde_json::Value> = evidence
        .iter()
        .flat_map(|e| records(e, "observations"))
        .collect();
    let citations: Vec<serde_json::Value> = evidence
        .iter()
        .chain(&observations)
        .flat_map(|e| records(e, "citations"))
        .filter(serde_json::Value::is_object)
        .collect();
    // categories are united by their own rule (a field only one side sets is detail)
    let category_fields = [
        "kind",
        "resource",
        "eric_strategies",
        "reasoning",
        "com_b",
        "cfir_domain",
        "cfir_construct",
        "cfir2022_domain",
        "cfir2022_construct",
        "levels",
        "implementation_outcome",
    ];
    for (definition, records) in [
        ("Mechanism", &mechanisms),
        ("Link", &links),
        ("Evidence", &evidence),
        ("Observation", &observations),
        ("CitationObject", &citations),
        ("Study", &records(&doc, "studies")),
    ] {
        let properties = schema["$defs"][definition]["properties"]
            .as_object()
            .unwrap();
        for field in properties.keys() {
            if definition == "Mechanism" && category_fields.contains(&field.as_str()) {
                continue;
            }
            assert!(
                records.iter().any(|r| r.get(field).is_some()),
                "every_field.json gives no {definition} a `{field}`: add one"
            );
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn merge_drops_no_field() {
    let (filled, _) = every_field();
    let empty = bare(&filled);
    assert!(!diff(&empty, &filled).is_empty());
    for (base, other) in [(&filled, &filled), (&empty, &filled), (&filled, &empty)] {
        let merged = merge(base, other, &IdMap::new()).unwrap();
        assert!(merged.is_clean(), "{merged}");
        let g = merged.into_graph().unwrap();
        assert!(diff(&filled, &g).is_empty(), "{}", diff(&filled, &g));
        assert_eq!(g, filled);
    }
}

#[cfg(feature = "serde")]
#[test]
fn study_records_are_united_field_by_field() {
    let (filled, _) = every_field();
    let mut parts = filled.clone().into_parts();
    let akin = parts.studies[0].clone();
    // a record with only the citation takes the rest
    parts.studies[0] = isp_moc::model::Study::new(akin.citation.clone()).with_id(akin.id.clone());
    let plain = parts.clone().build().unwrap();
    assert!(merge(&plain, &filled, &IdMap::new()).unwrap().is_clean());
    // another location is a conflict, and the base's record is kept
    parts.studies[0] = akin.clone().with_location("NO");
    let elsewhere = parts.build().unwrap();
    let merged = merge(&filled, &elsewhere, &IdMap::new()).unwrap();
    assert!(
        matches!(merged.conflicts(), [c] if matches!(&c.subject, Subject::Study { id } if *id == akin.id)
            && matches!(c.kind, ConflictKind::Study { .. })),
        "{merged}"
    );
    // the message names what differs (both records cite the same study)
    let said = merged.conflicts()[0].to_string();
    assert!(
        said.contains("study record (base → other): location: ")
            && said.ends_with("→ `NO`; kept the base's"),
        "{said}"
    );
    assert_eq!(merged.accept_conflicts(), filled);
}

#[cfg(feature = "serde")]
#[test]
fn the_consultation_model_merges_into_figure2() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/models/consultation.json"
    );
    let consultation = isp_moc::io::read_file(path).unwrap();
    let ids = IdMap::new()
        .with("working_alliance", "trust")
        .with("rsi_delivery", "implementation_behaviour");
    let merged = merge(&figure2(), &consultation, &ids).unwrap();
    let g = merged.graph();
    assert_eq!(g.mechanism_count(), 31 + 5);
    assert!(g.link("trust", "engagement_in_learning").is_ok());
    // Figure 2's outcome is at three levels, the consultation's at one: a conflict
    assert!(
        merged
            .conflicts()
            .iter()
            .any(|c| matches!(&c.subject, Subject::Mechanism { id, .. } if id == "implementation_behaviour")),
        "{merged}"
    );
}

// ----- properties -----

/// Ids `m0`..`m7`, each of a fixed kind (so two random models never disagree about a kind,
/// and the grammar holds whichever model is the base), and a pool of evidence to draw
/// from, so that random models share studies and findings.
const KINDS: [MechanismKind; 8] = [
    MechanismKind::Resource,
    MechanismKind::Reasoning,
    MechanismKind::Reasoning,
    MechanismKind::Reasoning,
    MechanismKind::Outcome,
    MechanismKind::Context,
    MechanismKind::Reasoning,
    MechanismKind::Context,
];

fn category(kind: MechanismKind, variant: u8) -> Category {
    match (kind, variant % 3) {
        (MechanismKind::Resource, 0) => Category::resource(IspResource::Skills),
        (MechanismKind::Resource, _) => Category::resource(IspResource::Attitudes),
        (MechanismKind::Reasoning, 0) => Category::reasoning(ReasoningType::Motivation),
        (MechanismKind::Reasoning, 1) => Category::com_b(ComBSubcomponent::AutomaticMotivation),
        (MechanismKind::Reasoning, _) => Category::reasoning(ReasoningType::Relational),
        (MechanismKind::Outcome, 0) => Category::outcome(&[OutcomeLevel::Individual]),
        (MechanismKind::Outcome, _) => {
            Category::outcome(&[OutcomeLevel::Individual, OutcomeLevel::Organization])
        }
        (_, 0) => Category::context(CfirDomain::InnerSetting),
        (_, _) => Category::context(CfirDomain::OuterSetting),
    }
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        0usize..4,
        0u16..2,
        any::<bool>(),
        proptest::option::of(0u8..2),
    )
        .prop_map(|(author, year, suffix, page)| {
            let mut c = Citation::new(
                ["Akin", "Barac et al.", "Beidas et al.", "Shernoff et al."][author],
                2015 + year,
            );
            if suffix {
                c = c.with_suffix('a');
            }
            if let Some(p) = page {
                c = c.with_locator(&format!("p. {}", p + 1));
            }
            c
        })
}

fn observation() -> impl Strategy<Value = Observation> {
    (
        any::<bool>(),
        0usize..3,
        proptest::collection::vec(citation(), 0..3),
        proptest::option::of(0usize..2),
    )
        .prop_map(|(enabling, summary, citations, passage)| {
            let summary = ["it helped", "it hurt", "mixed feelings"][summary];
            let mut o = if enabling {
                Observation::enabling(summary)
            } else {
                Observation::hindering(summary)
            };
            o.citations = citations;
            if let Some(p) = passage {
                o = o.with_passage(["here", "there"][p]);
            }
            o
        })
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        proptest::option::weighted(0.3, 0u32..4),
        proptest::collection::vec(citation(), 0..4),
        proptest::collection::vec(observation(), 0..3),
    )
        .prop_map(|(publications, citations, observations)| {
            let mut e = Evidence::new();
            e.publications = publications;
            e.citations = citations;
            e.observations = observations;
            e
        })
}

fn passages() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(
        proptest::sample::select(vec!["first phrase", "second phrase", "third"]),
        0..3,
    )
    .prop_map(|p| p.into_iter().map(str::to_owned).collect())
}

/// The relations the grammar allows from one kind to another.
fn allowed(from: MechanismKind, to: MechanismKind) -> Vec<Relation> {
    Relation::ALL
        .iter()
        .copied()
        .filter(|r| GrammarRule::check(from, *r, to).is_none())
        .collect()
}

fn model() -> impl Strategy<Value = MechanismGraph> {
    let mechanisms = proptest::collection::vec(
        (
            any::<bool>(),
            0u8..3,
            0usize..2,
            evidence(),
            passages(),
            proptest::option::of(0usize..2),
        ),
        KINDS.len(),
    );
    let links = proptest::collection::vec(
        (
            0..KINDS.len(),
            0..KINDS.len(),
            0usize..3,
            0usize..3,
            any::<bool>(),
            evidence(),
            passages(),
        ),
        0..14,
    );
    (mechanisms, links, 0usize..2).prop_map(|(mechanisms, links, name)| {
        let mut present = Vec::new();
        let mut records = Vec::new();
        for (i, (keep, variant, label, evidence, passages, note)) in
            mechanisms.into_iter().enumerate()
        {
            if !keep {
                continue;
            }
            present.push(i);
            let id = format!("m{i}");
            let mut m = Mechanism::new(&id, ["one", "two"][label], category(KINDS[i], variant))
                .with_evidence(evidence);
            m.passages = passages;
            m.note = note.map(|n| ["a note", "another note"][n].to_owned());
            records.push(m);
        }
        let mut seen = Vec::new();
        let mut link_records = Vec::new();
        for (from, to, relation, polarity, inferred, evidence, passages) in links {
            let relations = allowed(KINDS[from], KINDS[to]);
            if from == to
                || relations.is_empty()
                || !present.contains(&from)
                || !present.contains(&to)
                || seen.contains(&(from, to))
            {
                continue;
            }
            seen.push((from, to));
            let mut l = Link::new(
                &format!("m{from}"),
                &format!("m{to}"),
                relations[relation % relations.len()],
            )
            .with_polarity(Polarity::ALL[polarity])
            .with_evidence(evidence);
            if inferred {
                l = l.inferred();
            }
            l.passages = passages;
            link_records.push(l);
        }
        MechanismGraph::builder()
            .info(ModelInfo::new(["model a", "model b"][name]))
            .mechanisms(records)
            .links(link_records)
            .build()
            .expect("generated models obey the grammar")
    })
}

/// Support of every mechanism and link, by id.
fn support(g: &MechanismGraph) -> BTreeMap<(String, String), u32> {
    let mut all: BTreeMap<(String, String), u32> = g
        .mechanisms()
        .iter()
        .map(|m| ((m.id.to_string(), String::new()), m.evidence.support()))
        .collect();
    all.extend(
        g.links()
            .iter()
            .map(|l| ((l.from.to_string(), l.to.to_string()), l.support())),
    );
    all
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_random_model_does_not_differ_from_itself(a in model()) {
        prop_assert!(diff(&a, &a).is_empty());
        prop_assert_eq!(diff(&a, &a).to_string(), "no differences");
    }

    #[test]
    fn merging_a_random_model_into_itself_changes_nothing(a in model()) {
        let merged = merge(&a, &a, &IdMap::new()).unwrap();
        prop_assert!(merged.is_clean(), "{}", merged);
        prop_assert_eq!(merged.into_graph().unwrap(), a);
    }

    #[test]
    fn merge_order_does_not_change_the_evidence_counted(a in model(), b in model()) {
        let ab = merge(&a, &b, &IdMap::new()).unwrap().accept_conflicts();
        let ba = merge(&b, &a, &IdMap::new()).unwrap().accept_conflicts();
        prop_assert_eq!(support(&ab), support(&ba));
        // and nothing of either model is lost
        for g in [&a, &b] {
            for m in g.mechanisms() {
                prop_assert!(ab.contains(m.id.as_str()));
            }
            for l in g.links() {
                prop_assert!(ab.link(l.from.as_str(), l.to.as_str()).is_ok());
            }
        }
        // and what a merge adds to the base is never a removal
        let d = diff(&a, &ab);
        prop_assert!(d.mechanisms.iter().all(|m| !matches!(m, MechanismDiff::Removed(_))), "{}", d);
        prop_assert!(d.links.iter().all(|l| !matches!(l, LinkDiff::Removed(_))), "{}", d);
    }

    #[test]
    fn models_that_do_not_differ_merge_into_the_base(a in model(), b in model()) {
        if diff(&a, &b).is_empty() {
            let merged = merge(&a, &b, &IdMap::new()).unwrap();
            prop_assert!(merged.is_clean());
            prop_assert_eq!(&merged.into_graph().unwrap(), &a);
        }
        // the diff is empty exactly when the records are the same, order aside
        let sorted = |g: &MechanismGraph| {
            let mut parts = g.clone().into_parts();
            parts.mechanisms.sort_by(|x, y| x.id.cmp(&y.id));
            parts.links.sort_by(|x, y| (&x.from, &x.to).cmp(&(&y.from, &y.to)));
            for e in parts.mechanisms.iter_mut().map(|m| (&mut m.evidence, &mut m.passages))
                .chain(parts.links.iter_mut().map(|l| (&mut l.evidence, &mut l.passages)))
            {
                e.0.citations.sort();
                e.0.observations.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
                e.1.sort();
            }
            parts
        };
        prop_assert_eq!(diff(&a, &b).is_empty(), sorted(&a) == sorted(&b));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_json_round_trip_does_not_differ(a in model()) {
        let back = isp_moc::io::from_json(&isp_moc::io::to_json(&a)).unwrap();
        prop_assert!(diff(&a, &back).is_empty(), "{}", diff(&a, &back));
    }
}

//! Context assessment: hand-checked profiles, the rule's properties, rating files and their
//! errors, cross-case comparison, reports and JSON.

mod common;

#[cfg(feature = "csv")]
use std::path::Path;

use common::*;
use isp_moc::assess::*;
use isp_moc::model::{Category, Link, Mechanism, MechanismKind, Relation};
use isp_moc::vocab::{
    Cfir2022Construct, CfirConstruct, CfirRating, Distinguishing, Readings, Standing,
};
use isp_moc::{ErrorKind, MechanismGraph};
use proptest::prelude::*;

fn figure2() -> MechanismGraph {
    isp_moc::catalog::figure2()
}

fn r(text: &str) -> CfirRating {
    text.parse().unwrap()
}

fn context_ids(g: &MechanismGraph) -> Vec<String> {
    g.mechanisms_of_kind(MechanismKind::Context)
        .map(|m| m.id.to_string())
        .collect()
}

fn every_factor(g: &MechanismGraph, rating: &str) -> ContextProfile {
    context_ids(g)
        .iter()
        .fold(ContextProfile::new("all"), |p, id| {
            p.rate(id.as_str(), r(rating))
        })
}

#[test]
fn every_factor_at_plus_two_puts_nothing_at_risk() {
    let g = figure2();
    let a = assess(&g, &every_factor(&g, "+2"), &AssessOptions::default()).unwrap();
    for m in &a.mechanisms {
        let expected = if m.factors.is_empty() {
            Activation::Neutral
        } else {
            Activation::Supported
        };
        assert_eq!(m.activation, expected, "{}", m.id);
    }
    assert!(a.priorities.is_empty());
    assert!(a.unrated().is_empty());
    assert!(a.pathway_sets[0]
        .pathways
        .iter()
        .all(|p| !p.activation.is_threatened()));
}

#[test]
fn leadership_and_resources_at_minus_two_put_what_depends_on_them_at_risk_and_rank_first() {
    let g = figure2();
    let site = every_factor(&g, "+2");
    let mut site = ContextProfile::new("site").with_legend(site.legend);
    for id in context_ids(&g) {
        let rating = match id.as_str() {
            "leadership_support" | "available_resources" => "-2",
            _ => "+2",
        };
        site = site.rate(id.as_str(), r(rating));
    }
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let standing = |id: &str| a.mechanism(id).unwrap().activation;
    // leadership support moderates the three resources; resources moderate reflection and
    // availability and are a precondition of the ISP's skills
    assert_eq!(standing("isp_knowledge"), Activation::AtRisk);
    assert_eq!(standing("isp_attitudes"), Activation::AtRisk);
    assert_eq!(standing("isp_skills"), Activation::Blocked);
    assert_eq!(standing("reflection_space"), Activation::AtRisk);
    assert_eq!(standing("go_to_availability"), Activation::AtRisk);
    assert_eq!(standing("trust"), Activation::Supported);
    let ranked: Vec<&str> = a.priorities.iter().map(|p| p.factor.as_str()).collect();
    assert_eq!(ranked, ["available_resources", "leadership_support"]);
    assert_eq!(a.priorities[0].blocks, ["isp_skills"]);
    assert_eq!(
        a.priorities[0].puts_at_risk,
        ["reflection_space", "go_to_availability"]
    );
    assert_eq!(
        a.priorities[1].puts_at_risk,
        ["isp_knowledge", "isp_attitudes"]
    );
    // every conclusion carries what produced it
    let attitudes = a.mechanism("isp_attitudes").unwrap();
    let cause = attitudes.causes().next().unwrap();
    assert_eq!(cause.factor, "leadership_support");
    assert_eq!(cause.relation, Relation::Moderates);
    assert_eq!(cause.rating.as_ref().unwrap().rating, r("-2"));
}

#[test]
fn a_missing_rating_is_unknown_not_neutral() {
    let g = figure2();
    let mut site = ContextProfile::new("site");
    for id in context_ids(&g) {
        if id != "stakeholder_competence" {
            site = site.rate(id.as_str(), r("+1"));
        }
    }
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    assert_eq!(
        a.mechanism("meaningful_learning").unwrap().activation,
        Activation::Unknown
    );
    assert_eq!(a.unrated()[0].id, "stakeholder_competence");
    // `M` (missing in the data) and a categorical code are unknown too
    for rating in ["M", "I"] {
        let a = assess(
            &g,
            &site.clone().rate("stakeholder_competence", r(rating)),
            &AssessOptions::default(),
        )
        .unwrap();
        assert_eq!(
            a.mechanism("meaningful_learning").unwrap().activation,
            Activation::Unknown,
            "{rating}"
        );
    }
}

#[test]
fn a_failed_precondition_blocks() {
    // isp_role_clarity is a precondition of isp_skills in Figure 2
    let g = figure2();
    assert_eq!(
        g.link("isp_role_clarity", "isp_skills").unwrap().relation,
        Relation::Precondition
    );
    for rating in ["-1", "-2"] {
        let site = every_factor(&g, "+2").rate("isp_role_clarity", r(rating));
        // the factor id outranks... rated twice is an error, so build afresh
        let _ = site;
        let mut site = ContextProfile::new("s");
        for id in context_ids(&g) {
            site = site.rate(
                id.as_str(),
                r(if id == "isp_role_clarity" {
                    rating
                } else {
                    "+2"
                }),
            );
        }
        let a = assess(&g, &site, &AssessOptions::default()).unwrap();
        let skills = a.mechanism("isp_skills").unwrap();
        assert_eq!(skills.activation, Activation::Blocked, "{rating}");
        assert_eq!(
            skills
                .causes()
                .map(|f| f.factor.as_str())
                .collect::<Vec<_>>(),
            ["isp_role_clarity"]
        );
        // a pathway is no better than its weakest mechanism
        for p in a.pathway_sets[0]
            .pathways
            .iter()
            .filter(|p| p.pathway.contains("isp_skills"))
        {
            assert_eq!(p.activation, Activation::Blocked);
        }
    }
}

/// Link-level moderation counts: a factor moderating the link into a mechanism bears on
/// that mechanism, puts it at risk when rated badly, and is ranked to address first.
#[test]
fn a_factor_moderating_a_link_bears_on_what_the_link_leads_to() {
    let g = MechanismGraph::builder()
        .mechanism(resource("skills"))
        .mechanism(reasoning("alliance"))
        .mechanism(outcome("fidelity"))
        .mechanism(context("org_leaders"))
        .link(leads("skills", "alliance").with_moderator("org_leaders"))
        .link(leads("alliance", "fidelity"))
        .build()
        .unwrap();
    let site = ContextProfile::new("s").rate("org_leaders", r("-2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let alliance = a.mechanism("alliance").unwrap();
    assert_eq!(alliance.activation, Activation::AtRisk);
    assert_eq!(alliance.factors[0].relation, Relation::Moderates);
    assert_eq!(
        a.mechanism("skills").unwrap().activation,
        Activation::Neutral
    );
    assert_eq!(a.factor("org_leaders").unwrap().bears_on, ["alliance"]);
    assert_eq!(a.priorities[0].factor, "org_leaders");
    assert_eq!(a.pathway_sets[0].activation, Activation::AtRisk);
}

/// A link-level moderator conditions the pathways through its link, not every pathway into
/// the mechanism it leads to: with two routes into `fidelity` and a barrier moderating one,
/// only the pathways over that link are at risk, the priority counts only those, and the
/// set still has a route that works.
#[test]
fn a_link_moderator_threatens_only_the_pathways_through_its_link() {
    let g = MechanismGraph::builder()
        .mechanism(resource("knowledge"))
        .mechanism(resource("skills"))
        .mechanism(reasoning("confidence"))
        .mechanism(reasoning("buy_in"))
        .mechanism(outcome("fidelity"))
        .mechanism(context("turnover"))
        .link(leads("knowledge", "confidence"))
        .link(leads("skills", "confidence"))
        .link(leads("knowledge", "buy_in"))
        .link(leads("skills", "buy_in"))
        .link(leads("confidence", "fidelity"))
        .link(leads("buy_in", "fidelity").with_moderator("turnover"))
        .build()
        .unwrap();
    let site = ContextProfile::new("s").rate("turnover", r("-2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let set = &a.pathway_sets[0];
    assert_eq!(set.pathways.len(), 4);
    for p in &set.pathways {
        let over_the_link = p.pathway.mechanisms().iter().any(|m| m == "buy_in");
        let expected = if over_the_link {
            Activation::AtRisk
        } else {
            Activation::Neutral
        };
        assert_eq!(p.activation, expected, "{}", p.pathway);
        if over_the_link {
            assert_eq!(p.weakest, ["fidelity"], "{}", p.pathway);
        }
    }
    // one route that works is enough
    assert_eq!(set.activation, Activation::Neutral);
    // the mechanism at worst: at risk through the moderated link
    let fidelity = a.mechanism("fidelity").unwrap();
    assert_eq!(fidelity.activation, Activation::AtRisk);
    let causes: Vec<&str> = fidelity.causes().map(|f| f.factor.as_str()).collect();
    assert_eq!(causes, ["turnover"]);
    let p = &a.priorities[0];
    assert_eq!(p.factor, "turnover");
    assert_eq!(p.puts_at_risk, ["fidelity"]);
    assert_eq!(p.pathways, 2, "{p}");
    // the report's example of the set is a pathway that works
    let report = a.to_text(&g);
    assert!(!report.contains("at risk at best"), "{report}");
}

/// A mechanism reached only over a moderated link stands as that route does: its own
/// factors alone are no route to it. With a supportive moderator it is supported; with a
/// −1 factor of its own countered by that moderator, mixed, and the −1 factor does not put
/// it at risk.
#[test]
fn a_mechanism_reached_only_over_a_moderated_link_stands_as_that_route() {
    let model = |own_factor: bool| {
        let b = MechanismGraph::builder()
            .mechanism(resource("r"))
            .mechanism(reasoning("a"))
            .mechanism(outcome("o"))
            .mechanism(context("f"))
            .mechanism(context("g"))
            .link(leads("r", "a"))
            .link(leads("a", "o").with_moderator("f"));
        let b = if own_factor {
            b.link(Link::new("g", "o", Relation::Moderates))
        } else {
            b
        };
        b.build().unwrap()
    };
    let g = model(false);
    let a = assess(
        &g,
        &ContextProfile::new("s").rate("f", r("+2")),
        &AssessOptions::default(),
    )
    .unwrap();
    let o = a.mechanism("o").unwrap();
    assert_eq!(o.activation, Activation::Supported);
    assert_eq!(
        o.causes().map(|f| f.factor.as_str()).collect::<Vec<_>>(),
        ["f"]
    );
    assert_eq!(
        a.pathway_sets[0].pathways[0].steps,
        [
            Activation::Neutral,
            Activation::Neutral,
            Activation::Supported
        ]
    );

    let g = model(true);
    let site = ContextProfile::new("s")
        .rate("f", r("+2"))
        .rate("g", r("-1"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    assert_eq!(a.mechanism("o").unwrap().activation, Activation::Mixed);
    assert_eq!(a.pathway_sets[0].pathways[0].activation, Activation::Mixed);
    assert!(a.priorities.is_empty(), "{:?}", a.priorities);
}

/// Two moderated links into one mechanism: a moderator whose route stands better than the
/// mechanism's worst is no reason for it, and is not a priority.
#[test]
fn a_moderator_on_a_better_route_is_not_blamed() {
    let g = MechanismGraph::builder()
        .mechanism(resource("r1"))
        .mechanism(resource("r2"))
        .mechanism(reasoning("a"))
        .mechanism(context("f1"))
        .mechanism(context("f2"))
        .mechanism(context("g"))
        .link(leads("r1", "a").with_moderator("f1"))
        .link(leads("r2", "a").with_moderator("f2"))
        .link(Link::new("g", "a", Relation::Moderates))
        .build()
        .unwrap();
    let site = ContextProfile::new("s")
        .rate("f1", r("-2"))
        .rate("f2", r("-1"))
        .rate("g", r("+1"));
    let opts = AssessOptions::default().with_pathways([PathwaySet::new(
        "to a",
        isp_moc::query::PathQuery::new([MechanismKind::Resource], ["a"]),
    )]);
    let a = assess(&g, &site, &opts).unwrap();
    let m = a.mechanism("a").unwrap();
    // over r1: -2 at risk; over r2: -1 countered by g, mixed
    assert_eq!(m.activation, Activation::AtRisk);
    assert_eq!(
        m.causes().map(|f| f.factor.as_str()).collect::<Vec<_>>(),
        ["f1"]
    );
    let stands: Vec<(String, Activation)> = a.pathway_sets[0]
        .pathways
        .iter()
        .map(|p| (p.pathway.start().to_string(), p.activation))
        .collect();
    assert_eq!(
        stands,
        [
            ("r1".to_owned(), Activation::AtRisk),
            ("r2".to_owned(), Activation::Mixed)
        ]
    );
    let names: Vec<&str> = a.priorities.iter().map(|p| p.factor.as_str()).collect();
    assert_eq!(names, ["f1"]);
    assert_eq!(a.priorities[0].pathways, 1);
}

/// A mechanism standing at a route no factor bears on, while a moderator bears on another:
/// the report says so, not that no factor bears on it at all.
#[test]
fn a_report_names_a_moderator_of_a_better_route() {
    let g = MechanismGraph::builder()
        .mechanism(resource("r1"))
        .mechanism(resource("r2"))
        .mechanism(reasoning("a"))
        .mechanism(context("f"))
        .link(leads("r1", "a").with_moderator("f"))
        .link(leads("r2", "a"))
        .build()
        .unwrap();
    let site = ContextProfile::new("s").rate("f", r("+2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let m = a.mechanism("a").unwrap();
    assert_eq!(m.activation, Activation::Neutral);
    assert_eq!(m.causes().count(), 0);
    let text = a.to_text(&g);
    let line = text.lines().find(|l| l.contains("(a):")).unwrap();
    assert_eq!(
        line.trim(),
        "a (a): no context factor bears on its worst route; f, moderating the link from r1, \
         rated +2 (factor `f`), bears only on a better one"
    );
}

/// A factor moderating a context factor's link bears on the mechanism on every route, as
/// the factor's own link does: pathways starting there are threatened too.
#[test]
fn a_moderator_of_a_context_link_bears_on_every_route() {
    let g = MechanismGraph::builder()
        .mechanism(resource("r"))
        .mechanism(outcome("o"))
        .mechanism(context("f"))
        .mechanism(context("g"))
        .link(Link::new("g", "r", Relation::Moderates).with_moderator("f"))
        .link(leads("r", "o"))
        .build()
        .unwrap();
    let site = ContextProfile::new("s")
        .rate("f", r("-2"))
        .rate("g", r("+2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    assert_eq!(a.mechanism("r").unwrap().activation, Activation::AtRisk);
    assert_eq!(a.pathway_sets[0].activation, Activation::AtRisk);
    assert_eq!(a.priorities[0].factor, "f");
    assert_eq!(a.priorities[0].pathways, 1);
}

/// A factor both linked to a mechanism and moderating a link into it: the two are told
/// apart in the report, the mechanism is named once, and the drawing turns both links red.
#[test]
fn a_factor_linked_and_moderating_a_link_into_the_same_mechanism_is_told_apart() {
    use isp_moc::export::{dot, DrawOptions, Emphasis};
    let g = MechanismGraph::builder()
        .mechanism(resource("skills"))
        .mechanism(reasoning("alliance"))
        .mechanism(outcome("fidelity"))
        .mechanism(context("time"))
        .link(leads("skills", "alliance").with_moderator("time"))
        .link(Link::new("time", "alliance", Relation::Moderates))
        .link(leads("alliance", "fidelity"))
        .build()
        .unwrap();
    let site = ContextProfile::new("s").rate("time", r("-2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let alliance = a.mechanism("alliance").unwrap();
    let via: Vec<Option<&str>> = alliance
        .factors
        .iter()
        .map(|f| f.moderates_link_from.as_ref().map(|m| m.as_str()))
        .collect();
    assert_eq!(via, [None, Some("skills")]);
    assert_eq!(a.factor("time").unwrap().bears_on, ["alliance"]);
    assert_eq!(a.priorities[0].puts_at_risk, ["alliance"]);
    assert!(
        a.priorities[0]
            .to_string()
            .starts_with("time (-2): puts alliance at risk; 1 pathway"),
        "{}",
        a.priorities[0]
    );
    let report = a.to_text(&g);
    assert!(
        report.contains("time, rated -2 (factor `time`); time, moderating the link from skills, rated -2 (factor `time`)"),
        "{report}"
    );
    // the drawing: the factor's own link and the link it moderates, both red
    let styles = a.styles();
    for from in ["time", "skills"] {
        let style = styles.link(from, "alliance").unwrap();
        assert_eq!(style.emphasis, Emphasis::Strong, "{from}");
    }
    let (_, key) = styles.link_keys().next().unwrap();
    assert!(
        key.ends_with("(its link, or the link it moderates)"),
        "{key}"
    );
    let mut options = DrawOptions::default();
    options.styles = styles;
    let text = dot(&g, &options);
    // the moderated link runs through a junction the factor's line points into
    assert!(
        text.lines()
            .any(|l| l.contains("\"skills\" -> \"skills->alliance\"") && l.contains("#c0392b")),
        "{text}"
    );
    assert!(
        text.contains("\"time\" -> \"skills->alliance\" ["),
        "{text}"
    );
}

#[test]
fn a_minus_one_moderator_countered_by_positive_context_is_mixed() {
    let g = build(
        vec![
            resource("r"),
            reasoning("m"),
            context("good"),
            context("weak"),
        ],
        vec![
            leads("r", "m"),
            Link::new("good", "m", Relation::Moderates),
            Link::new("weak", "m", Relation::Moderates),
        ],
    )
    .unwrap();
    let a = assess(
        &g,
        &ContextProfile::new("s")
            .rate("good", r("+2"))
            .rate("weak", r("-1")),
        &AssessOptions::default(),
    )
    .unwrap();
    assert_eq!(a.mechanism("m").unwrap().activation, Activation::Mixed);
    let a = assess(
        &g,
        &ContextProfile::new("s")
            .rate("good", r("+2"))
            .rate("weak", r("-2")),
        &AssessOptions::default(),
    )
    .unwrap();
    assert_eq!(a.mechanism("m").unwrap().activation, Activation::AtRisk);
    let a = assess(
        &g,
        &ContextProfile::new("s")
            .rate("good", r("0"))
            .rate("weak", r("X")),
        &AssessOptions::default(),
    )
    .unwrap();
    assert_eq!(a.mechanism("m").unwrap().activation, Activation::Mixed);
}

#[test]
fn reverse_rated_constructs_are_normalized_by_the_legend() {
    let g = figure2();
    let legend =
        isp_moc::vocab::RatingLegend::new().with_reverse_rated(CfirConstruct::AvailableResources);
    let site = ContextProfile::new("s")
        .with_legend(legend)
        .rate(CfirConstruct::AvailableResources, r("+2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let applied = a
        .factor("available_resources")
        .unwrap()
        .rating
        .clone()
        .unwrap();
    assert_eq!((applied.given, applied.rating), (r("+2"), r("-2")));
    assert_eq!(
        a.mechanism("isp_skills").unwrap().activation,
        Activation::Blocked
    );
}

/// A factor placed only in CFIR 2009, rated through a CFIR 2022 construct.
fn culture_model() -> MechanismGraph {
    build(
        vec![
            resource("r"),
            reasoning("m"),
            Mechanism::new("culture", "Culture", Category::cfir(CfirConstruct::Culture)),
            Mechanism::new(
                "networks",
                "Networks",
                Category::cfir(CfirConstruct::NetworksAndCommunications),
            ),
        ],
        vec![
            leads("r", "m"),
            Link::new("culture", "m", Relation::Moderates),
            Link::new("networks", "m", Relation::Moderates),
        ],
    )
    .unwrap()
}

#[test]
fn ratings_cross_cfir_editions_only_where_a_verified_row_allows() {
    let g = culture_model();
    let site = ContextProfile::new("s").rate(Cfir2022Construct::Culture, r("-2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let applied = a.factor("culture").unwrap().rating.clone().unwrap();
    assert_eq!(applied.key, RatingKey::Cfir2022(Cfir2022Construct::Culture));
    assert_eq!(applied.carried, Some(Standing::Verified));
    assert_eq!(a.mechanism("m").unwrap().activation, Activation::AtRisk);
    // Networks & Communications is split in CFIR 2022: a 2022 rating cannot reach it
    let site = ContextProfile::new("s").rate(Cfir2022Construct::RelationalConnections, r("+1"));
    let err = assess(&g, &site, &AssessOptions::default()).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "site `s`, rating #1: the model places no context factor at CFIR 2022 construct `cfir2022_relational_connections`"
        ),
        "{err}"
    );
    assert!(matches!(err.kind(), ErrorKind::InvalidProfile { .. }));
    let _ = Readings::Include;
}

#[test]
fn every_problem_of_a_profile_is_reported_at_once() {
    let g = figure2();
    let site = ContextProfile::new("Eastside")
        .rate("leadership_suport", r("-2"))
        .rate("trust", r("+1"))
        .rate(CfirConstruct::Cost, r("-1"))
        .rate(CfirConstruct::AvailableResources, r("-2"))
        .rate(CfirConstruct::AvailableResources, r("-2"))
        .rate("available_resources", r("+1"))
        .rate(Cfir2022Construct::RelativePriority, r("+2"))
        .rate(CfirConstruct::RelativePriority, r("-1"));
    let err = assess(&g, &site, &AssessOptions::default()).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "site `Eastside`, rating #1: unknown mechanism `leadership_suport`; did you mean `leadership_support`?",
            "site `Eastside`, rating #2: `trust` is a response (reasoning), not a context factor; only context is rated",
            "site `Eastside`, rating #3: the model places no context factor at CFIR 2009 construct `cost` (nor can the rating be carried to the other CFIR edition: unverified); allowing unused ratings keeps them aside instead (`AssessOptions::allow_unused`, `isp-moc assess --allow-unused`)",
            "site `Eastside`, rating #5: CFIR 2009 construct `available_resources` is rated twice (rating #4 too)",
            "site `Eastside`, rating #8: factor `relative_priority` is rated -1 through CFIR 2009 construct `relative_priority` and +2 through CFIR 2022 construct `cfir2022_relative_priority`; rate the factor itself to settle it",
        ]
    );
}

#[cfg(all(feature = "csv", feature = "serde"))]
#[test]
fn a_rating_matrix_reads_into_profiles_and_assesses() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess/two_sites.csv");
    let sites = read_rating_matrix_file(&path, &MatrixOptions::default()).unwrap();
    assert_eq!(
        sites.iter().map(|s| s.site.as_str()).collect::<Vec<_>>(),
        ["Northside", "Eastside"]
    );
    assert_eq!(sites[0].ratings.len(), 6);
    assert_eq!(sites[1].ratings.len(), 6);
    assert_eq!(sites[1].ratings[5].rating, r("-1*"));
    let g = figure2();
    // the matrix rates a construct Figure 2 does not place: an error unless allowed
    let err = assess(&g, &sites[1], &AssessOptions::default()).unwrap_err();
    assert!(err.to_string().contains("the model places no context factor at CFIR 2009 construct `access_to_knowledge_and_information`"), "{err}");
    let east = assess(&g, &sites[1], &AssessOptions::default().allow_unused()).unwrap();
    assert_eq!(east.unused.len(), 1);
    assert!(east.to_text(&g).contains("Rated, but not used by this model\n  CFIR 2009 construct `access_to_knowledge_and_information` rated M"));
    assert_eq!(
        east.mechanism("isp_skills").unwrap().activation,
        Activation::Blocked
    );
    // every bad cell at once, with its line and column, naming the file
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess/bad_matrix.csv");
    let err = read_rating_matrix_file(&bad, &MatrixOptions::default()).unwrap_err();
    let file = bad.display().to_string();
    let lines: Vec<String> = err
        .problems()
        .iter()
        .map(|p| p.to_string().replace(&file, "bad_matrix.csv"))
        .collect();
    assert_eq!(
        lines,
        [
            "bad_matrix.csv:1:3: site `Northside` is named twice",
            "bad_matrix.csv:1:4: a site column needs a name in the first row",
            "bad_matrix.csv:2:1, at `construct`: unknown CFIR 2009 construct `Leadership Engagment`; did you mean `leadership_engagement`?",
            "bad_matrix.csv:3:2, site `Northside`, rating #2, at `Northside`: invalid CFIR rating `+3`: scores run from -2 to +2",
            "bad_matrix.csv:4:5: this row has 5 cells, but the first row has 4 (the key and 3 sites)",
            "bad_matrix.csv:5:2, site `Northside`, rating #4, at `Northside`: invalid CFIR rating `minus one`: expected -2, -1, 0, +1 or +2 (optionally followed by `*`), X, 0 (mixed), M, I or E",
        ]
    );
}

#[cfg(feature = "csv")]
#[test]
fn a_row_short_of_the_header_is_a_problem_not_unrated_sites() {
    // `timetable,+1` would leave Pinehill's timetable silently unrated
    let short = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess/short_row.csv");
    let err = read_rating_matrix_file(&short, &MatrixOptions::default()).unwrap_err();
    let file = short.display().to_string();
    assert_eq!(
        err.to_string().replace(&file, "short_row.csv"),
        "short_row.csv:4:3: this row has 2 cells, but the first row has 3 (the key and 2 sites)"
    );
    assert!(matches!(
        err.problems()[0].kind,
        ErrorKind::InvalidProfile { .. }
    ));
    // with the other cells' problems, all at once
    let err = read_rating_matrix("c,A,B,C\nCulture\nCost,+3,-1\n", &MatrixOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "3 problems:
  line 2, column 2: this row has 1 cell, but the first row has 4 (the key and 3 sites)
  line 3, column 4: this row has 3 cells, but the first row has 4 (the key and 3 sites)
  line 3, column 2, site `A`, rating #2, at `A`: invalid CFIR rating `+3`: scores run from -2 to +2"
    );
    // an empty cell, written, is not rated; so is an empty row; a row of the header's
    // length reads as before
    let sites = read_rating_matrix(
        "c,A,B\nCulture,+1,\n,,\nCost,,-1\n\n",
        &MatrixOptions::default(),
    )
    .unwrap();
    assert_eq!((sites[0].ratings.len(), sites[1].ratings.len()), (1, 1));
    // a spreadsheet's unused columns after the last site (`;;`), empty in every row, are
    // no sites; a whole number written as a decimal (pandas: `-2.0`) is that score
    let mut semicolons = MatrixOptions::default();
    semicolons.delimiter = b';';
    let sites = read_rating_matrix(
        "c;A;B;;
Culture;-2.0;+1;;
Cost;;;;
",
        &semicolons,
    )
    .unwrap();
    assert_eq!(sites.len(), 2);
    assert_eq!(sites[0].ratings[0].rating.score(), Some(-2));
    // a column named, or with a cell, is a site as before
    let err = read_rating_matrix(
        "c;A;B;;
Culture;-2;+1;;+1
",
        &semicolons,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("a site column needs a name in the first row"),
        "{err}"
    );
    // a sheet without a named site is told so, not read as no sites
    let err = read_rating_matrix("c,,\nCulture,,\n", &MatrixOptions::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 2: a site column needs a name in the first row"
    );
    // a row longer than the first row is placed at its first cell too many
    let err =
        read_rating_matrix("c,A,B,,\nCulture,+1,-2,,,9\n", &MatrixOptions::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 2, column 6: this row has 6 cells, but the first row has 5"
    );
}

#[cfg(feature = "csv")]
#[test]
fn rating_files_that_are_not_utf8_say_so_where_and_how_to_fix() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encoding");
    let latin1 = dir.join("latin1.csv");
    let err = read_rating_matrix_file(&latin1, &MatrixOptions::default()).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::Syntax { format: "CSV", .. }),
        "{err}"
    );
    let at = err.location().unwrap();
    assert_eq!((at.line, at.column), (Some(2), Some(14)), "{err}");
    assert!(
        err.to_string()
            .contains("the file is not UTF-8 text: byte 0xE4 (byte offset 36)"),
        "{err}"
    );
    assert!(err.to_string().contains("re-save it as UTF-8"), "{err}");
    #[cfg(feature = "serde")]
    {
        let utf16 = dir.join("utf16.json");
        let err = read_profiles_file(&utf16).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}:1:1: invalid JSON: the file is UTF-16 text (it starts with the bytes FF FE), \
                 which isp-moc does not read; re-save it as UTF-8",
                utf16.display()
            )
        );
    }
}

#[cfg(feature = "csv")]
#[test]
fn a_cfir_2022_matrix_and_other_delimiters() {
    let text = "\u{feff}construct;A\nInnovation Source;E\nHigh-level Leaders;-1\n";
    let sites = read_rating_matrix(
        text,
        &MatrixOptions::new(isp_moc::vocab::CfirVersion::Cfir2022).with_delimiter(b';'),
    )
    .unwrap();
    assert_eq!(
        sites[0].ratings[1].key,
        RatingKey::Cfir2022(Cfir2022Construct::HighLevelLeaders)
    );
    // CFIR 2009 codes are read too
    let sites = read_rating_matrix("c,A\nII.B,+1\n", &MatrixOptions::default()).unwrap();
    assert_eq!(
        sites[0].ratings[0].key,
        RatingKey::Cfir2009(CfirConstruct::Cosmopolitanism)
    );
    assert!(read_rating_matrix("", &MatrixOptions::default()).is_err());
}

/// Excel's `sep=;` first line names the separator: it is read as such, whatever the
/// delimiter asked for, and rows keep their line numbers.
#[cfg(feature = "csv")]
#[test]
fn an_excel_separator_line_sets_the_delimiter() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess/excel_sep_line.csv");
    let sites = read_rating_matrix_file(&path, &MatrixOptions::default()).unwrap();
    let names: Vec<&str> = sites.iter().map(|s| s.site.as_str()).collect();
    assert_eq!(names, ["Northside", "Eastside"]);
    assert_eq!(sites[1].ratings.len(), 3);
    assert_eq!(
        sites[0].ratings[1].key,
        RatingKey::Cfir2009(CfirConstruct::LeadershipEngagement)
    );
    // a problem is placed at its own line, the `sep=` line counted
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("+1;+1", "+1;+9");
    let err = read_rating_matrix(&text, &MatrixOptions::default()).unwrap_err();
    assert_eq!(err.location().unwrap().line, Some(5), "{err}");
}

#[cfg(all(feature = "csv", feature = "serde"))]
#[test]
fn profiles_round_trip_through_json_and_validate_against_their_schema() {
    let g = figure2();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess/two_sites.csv");
    let sites = read_rating_matrix_file(&path, &MatrixOptions::default()).unwrap();
    let text = profiles_to_json(&sites);
    assert_eq!(profiles_from_json(&text).unwrap(), sites);
    let a = assess(&g, &sites[1], &AssessOptions::default().allow_unused()).unwrap();
    let json: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    assert_eq!(json["site"], "Eastside");
    assert_eq!(json["mechanisms"][1]["activation"], "blocked");
    #[cfg(feature = "schemars")]
    {
        let profile_schema: serde_json::Value = serde_json::from_str(&profile_schema()).unwrap();
        let v = jsonschema::validator_for(&profile_schema).unwrap();
        assert!(v.is_valid(&serde_json::from_str(&text).unwrap()));
        let assessment_schema: serde_json::Value =
            serde_json::from_str(&assessment_schema()).unwrap();
        let v = jsonschema::validator_for(&assessment_schema).unwrap();
        let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}

#[test]
fn sites_compare_as_a_cross_case_analysis() {
    let g = figure2();
    // relative priority, the other factor bearing on the ISP's attitudes, rated neutral
    // everywhere: their standing is known at every site
    let site = |name: &str, leadership: &str, resources: &str| {
        ContextProfile::new(name)
            .rate(CfirConstruct::LeadershipEngagement, r(leadership))
            .rate(CfirConstruct::AvailableResources, r(resources))
            .rate(CfirConstruct::RelativePriority, r("0"))
    };
    let cases = compare_sites(
        &g,
        &[
            (site("A", "+2", "+1"), SiteOutcome::High),
            (site("B", "+1", "-1"), SiteOutcome::High),
            (site("C", "-2", "0"), SiteOutcome::Low),
            (site("D", "-1", "+1"), SiteOutcome::Low),
        ],
        &AssessOptions::default(),
    )
    .unwrap();
    let leadership = cases.factor("leadership_support").unwrap();
    assert_eq!(leadership.distinguishing, Distinguishing::Strong);
    assert_eq!(leadership.high_mean, Some(1.5));
    assert_eq!(leadership.low_mean, Some(-1.5));
    // resources overlap between the groups: not distinguishing
    assert_eq!(
        cases.factor("available_resources").unwrap().distinguishing,
        Distinguishing::None
    );
    let d: Vec<&str> = cases.distinguishing().map(|f| f.factor.as_str()).collect();
    assert_eq!(d, ["leadership_support"]);
    assert!(cases
        .mechanisms
        .iter()
        .any(|c| c.subject == "isp_attitudes" && c.better_in == SiteOutcome::High));
    // duplicate site names and missing groups are refused
    assert!(compare_sites(
        &g,
        &[
            (site("A", "+1", "+1"), SiteOutcome::High),
            (site("A", "-1", "-1"), SiteOutcome::Low)
        ],
        &AssessOptions::default()
    )
    .is_err());
}

/// A site where a mechanism's context is not rated makes no group better off: a mixed
/// standing at one site against an unknown one at the other is no contrast (it was "better
/// in low-implementation sites", since `unknown` ranks above `mixed` on the continuum).
#[test]
fn an_unrated_site_is_not_compared() {
    let g = figure2();
    // rated mixed (X): the mechanisms leadership bears on stand mixed
    let mixed = ContextProfile::new("A").rate(CfirConstruct::LeadershipEngagement, r("X"));
    let high_a = |low: ContextProfile| {
        compare_sites(
            &g,
            &[(mixed.clone(), SiteOutcome::High), (low, SiteOutcome::Low)],
            &AssessOptions::default(),
        )
        .unwrap()
    };
    let unrated = high_a(ContextProfile::new("B"));
    let standing = |cases: &CrossCase, site: usize, id: &str| {
        cases.assessments[site].0.mechanism(id).unwrap().activation
    };
    // some mechanism stands mixed at A and unknown at B: named in no contrast
    let both: Vec<&str> = (g.mechanisms().iter())
        .map(|m| m.id.as_str())
        .filter(|id| unrated.assessments[0].0.mechanism(id).is_some())
        .filter(|id| {
            standing(&unrated, 0, id) == Activation::Mixed
                && standing(&unrated, 1, id) == Activation::Unknown
        })
        .collect();
    assert!(both.contains(&"isp_attitudes"), "{both:?}");
    for id in &both {
        assert!(
            !unrated.mechanisms.iter().any(|c| c.subject == *id),
            "{id} contrasted against an unrated site"
        );
    }
    assert!(
        unrated.pathway_sets.is_empty(),
        "{:?}",
        unrated.pathway_sets
    );
    // rated negatively at B, the same mechanisms are contrasted again
    let negative =
        high_a(ContextProfile::new("B").rate(CfirConstruct::LeadershipEngagement, r("-2")));
    assert!(both
        .iter()
        .any(|id| negative.mechanisms.iter().any(|c| c.subject == *id)));
}

#[test]
fn reports_read_as_a_planning_document() {
    let g = culture_model();
    let site = ContextProfile::new("s")
        .rate(CfirConstruct::Culture, r("-2"))
        .rate("networks", r("+1"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    assert_eq!(
        a.to_text(&g),
        "Context assessment: s
Mechanisms (2): 1 at risk, 1 neutral

At risk
  m (m): Culture, rated -2 (CFIR 2009 construct `culture`)

Neutral
  r (r): no context factor of the model bears on it

Address first
  Ranked by the mechanisms each factor blocks, then those it puts at risk, the pathways it threatens, then its evidence (the publications behind the factor and its links to those mechanisms).
  1. culture (-2): puts m at risk; 0 pathways threatened; evidence 0
"
    );
    assert!(a
        .to_markdown(&g)
        .contains("## At risk\n\n- m (m): Culture, rated -2"));
}

fn standings(a: &Assessment) -> Vec<Activation> {
    a.mechanisms
        .iter()
        .map(|m| m.activation)
        .chain(a.pathway_sets.iter().flat_map(|s| {
            std::iter::once(s.activation).chain(s.pathways.iter().map(|p| p.activation))
        }))
        .collect()
}

const SCORES: [&str; 9] = ["-2", "-1", "0", "+1", "+2", "X", "M", "0 (mixed)", "-1*"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Raising any numeric rating never worsens any standing, of mechanisms, pathways or
    /// pathway sets.
    #[test]
    fn raising_a_rating_never_worsens_a_standing(
        ratings in proptest::collection::vec(proptest::option::of(0usize..SCORES.len()), 13),
        pick in 0usize..13,
    ) {
        let g = figure2();
        let ids = context_ids(&g);
        let profile = |bump: bool| {
            let mut p = ContextProfile::new("s");
            for (i, (id, r)) in ids.iter().zip(&ratings).enumerate() {
                if let Some(k) = r {
                    let mut rating: CfirRating = SCORES[*k].parse().unwrap();
                    if bump && i == pick {
                        if let Some(s) = rating.score() {
                            rating = CfirRating::from_score(isp_moc::vocab::RatingScore::try_from((s + 1).min(2)).unwrap());
                        }
                    }
                    p = p.rate(id.as_str(), rating);
                }
            }
            p
        };
        let before = assess(&g, &profile(false), &AssessOptions::default()).unwrap();
        let after = assess(&g, &profile(true), &AssessOptions::default()).unwrap();
        for (b, a) in standings(&before).iter().zip(standings(&after)) {
            prop_assert!(a >= *b, "{b:?} -> {a:?}");
        }
    }

    /// The assessment does not depend on the order the ratings are given in, and is the
    /// same every time.
    #[test]
    fn assessment_is_independent_of_rating_order(
        ratings in proptest::collection::vec(0usize..5, 13),
        seed in any::<u64>(),
    ) {
        let g = figure2();
        let mut pairs: Vec<(String, &str)> = context_ids(&g).into_iter().zip(ratings.iter().map(|&k| SCORES[k])).collect();
        let forward = pairs.iter().fold(ContextProfile::new("s"), |p, (id, r)| p.rate(id.as_str(), r.parse().unwrap()));
        // a deterministic shuffle
        let mut state = seed | 1;
        for i in (1..pairs.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            pairs.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let shuffled = pairs.iter().fold(ContextProfile::new("s"), |p, (id, r)| p.rate(id.as_str(), r.parse().unwrap()));
        let a = assess(&g, &forward, &AssessOptions::default()).unwrap();
        prop_assert_eq!(&a, &assess(&g, &shuffled, &AssessOptions::default()).unwrap());
        prop_assert_eq!(&a, &assess(&g, &forward, &AssessOptions::default()).unwrap());
    }
}

#[test]
fn an_assessment_draws_its_model_coloured_in_dot_and_mermaid() {
    use isp_moc::export::{dot, mermaid, DrawOptions};
    let g = figure2();
    let site = ContextProfile::new("s").rate("isp_role_clarity", r("-2"));
    let a = assess(&g, &site, &AssessOptions::default()).unwrap();
    let mut options = DrawOptions::default();
    options.styles = a.styles();
    options.styles.check(&g).unwrap();
    for text in [dot(&g, &options), mermaid(&g, &options)] {
        assert!(text.contains("#e06666"), "blocked fill");
        assert!(text.contains("#c0392b"), "threat stroke");
        assert!(text.contains("rated -2"));
        // the legend explains the fills
        assert!(
            text.contains("a factor rated below 0 (a barrier)"),
            "{text}"
        );
    }
    // the red outline of a priority and the red lines of a threat are keys, after the fills
    let red = isp_moc::export::Style::new()
        .with_stroke(isp_moc::export::Color::rgb(0xc0, 0x39, 0x2b))
        .with_emphasis(isp_moc::export::Emphasis::Strong);
    assert!(!a.priorities.is_empty());
    let (outline, outline_text) = options.styles.keys().last().unwrap();
    assert_eq!((outline, outline_text), (&red, "a priority: address first"));
    assert_eq!(
        options.styles.link_keys().collect::<Vec<_>>(),
        [(&red, "a factor blocking a mechanism or putting it at risk")]
    );
    for text in [dot(&g, &options), mermaid(&g, &options)] {
        assert!(text.contains("a priority: address first"), "{text}");
        assert!(
            text.contains("a factor blocking a mechanism or putting it at risk"),
            "{text}"
        );
    }
    // one key per fill used, in standing order, naming what shares the colour
    let keys: Vec<(Activation, String)> = options
        .styles
        .keys()
        .filter_map(|(style, t)| {
            let fill = style.fill?;
            Some((
                *Activation::ALL.iter().find(|a| a.colour() == fill).unwrap(),
                t.to_owned(),
            ))
        })
        .collect();
    assert_eq!(keys.len() + 1, options.styles.keys().count());
    let used: Vec<Activation> = keys.iter().map(|(a, _)| *a).collect();
    let mut sorted = used.clone();
    sorted.sort_by_key(|a| Activation::ALL.iter().position(|b| b == a));
    sorted.dedup();
    assert_eq!(used, sorted, "{keys:?}");
    for (standing, text) in &keys {
        let mechanism = a.mechanisms.iter().any(|m| m.activation == *standing);
        assert_eq!(
            text.starts_with(&standing.label().to_lowercase()),
            mechanism,
            "{text}"
        );
    }
    assert!(
        keys.contains(&(Activation::Blocked, "blocked".to_owned())),
        "{keys:?}"
    );
    assert!(keys.iter().any(
        |(a, t)| *a == Activation::AtRisk && t.ends_with("a factor rated below 0 (a barrier)")
    ));
    // with nothing rated there is no priority and no threat: neither red key
    let calm = assess(&g, &ContextProfile::new("calm"), &AssessOptions::default()).unwrap();
    assert!(calm.priorities.is_empty());
    let styles = calm.styles();
    assert!(styles.keys().all(|(s, _)| s.stroke.is_none()));
    assert_eq!(styles.link_keys().count(), 0);
}

/// A score may be written as a bare JSON number; it reads as its notation.
#[cfg(feature = "serde")]
#[test]
fn a_profile_rating_may_be_a_number() {
    let text = r#"{"format_version": 1, "sites": [{"site": "A", "ratings": [
        {"cfir2009": "culture", "rating": -2},
        {"cfir2009": "networks_and_communications", "rating": 0},
        {"cfir2009": "tension_for_change", "rating": 2}
    ]}]}"#;
    let sites = profiles_from_json(text).unwrap();
    let notations: Vec<&str> = sites[0]
        .ratings
        .iter()
        .map(|r| r.rating.notation())
        .collect();
    assert_eq!(notations, ["-2", "0", "+2"]);
    // written back in notation, and read again the same
    assert_eq!(
        profiles_from_json(&profiles_to_json(&sites)).unwrap(),
        sites
    );
    let err = profiles_from_json(&text.replace("-2", "1.5")).unwrap_err();
    assert!(err.to_string().contains("not the number 1.5"), "{err}");
    let err = profiles_from_json(&text.replace("-2", "-3")).unwrap_err();
    assert!(
        err.to_string().contains("invalid CFIR rating `-3`"),
        "{err}"
    );
    // quoted as written; a whole number written as a float is a score
    let err = profiles_from_json(&text.replace(": 2}", ": 3}")).unwrap_err();
    assert!(err.to_string().contains("invalid CFIR rating `3`"), "{err}");
    let floats = text.replace(": 2}", ": 2.0}").replace(": 0}", ": -0}");
    assert_eq!(profiles_from_json(&floats).unwrap(), sites);
}

#[cfg(feature = "serde")]
#[test]
fn a_misspelt_field_in_a_profile_file_is_shown_at_its_name() {
    let text = "{\"format_version\": 1, \"sites\": [\n  {\"site\": \"A\", \"ratingz\" : []}\n]}";
    let err = profiles_from_json(text).unwrap_err();
    let at = err.problems()[0].location.clone().unwrap();
    // `"ratingz"` starts at line 2, column 17 (serde_json reports the blank after it)
    assert_eq!((at.line, at.column), (Some(2), Some(17)), "{err}");
    assert!(matches!(err.kind(), ErrorKind::UnknownField { field, .. } if field == "ratingz"));
}

#[cfg(feature = "serde")]
#[test]
fn profile_columns_count_characters_not_bytes() {
    // `Zürich – Nord` takes 13 characters and 16 bytes; editors show character columns
    let text = "{\"format_version\": 1, \"sites\": [\n  {\"site\": \"Zürich – Nord\", \"ratings\": [{\"factor\": \"x\", \"rating\": \"+3\"}], \"notes\": 1}\n]}";
    let err = profiles_from_json(text).unwrap_err();
    let at = err.problems()[0].location.clone().unwrap();
    let line = text.lines().nth(1).unwrap();
    let chars = |needle: &str| line[..line.find(needle).unwrap()].chars().count() + 1;
    assert_eq!(
        (at.line, at.column),
        (Some(2), Some(chars("\"notes\""))),
        "{err}"
    );
    let fixed = text.replace(", \"notes\": 1", "");
    let err = profiles_from_json(&fixed).unwrap_err();
    let at = err.problems()[0].location.clone().unwrap();
    let line = fixed.lines().nth(1).unwrap();
    let chars = line[..line.find("\"+3\"").unwrap()].chars().count() + 1;
    assert_eq!((at.line, at.column), (Some(2), Some(chars)), "{err}");
}

#[cfg(feature = "serde")]
#[test]
fn a_trailing_comma_in_a_profile_file_is_named_at_the_comma() {
    let text = "{\"format_version\": 1, \"sites\": [\n  {\"site\": \"A\", \"ratings\": []},\n]}";
    let err = profiles_from_json(text).unwrap_err();
    let at = err.problems()[0].location.clone().unwrap();
    assert_eq!((at.line, at.column), (Some(2), Some(31)), "{err}");
    assert!(err.to_string().contains("trailing comma"), "{err}");
}

#[cfg(feature = "serde")]
#[test]
fn a_site_named_twice_in_a_profile_file_is_refused_at_the_second() {
    // two profiles of one site would be assessed twice, and `--site` would pick the first
    let text = "{\"format_version\": 1, \"sites\": [\n  {\"site\": \"Oakwood\", \"ratings\": [\n    {\"factor\": \"x\", \"rating\": \"-2\"}]},\n  {\"site\": \"Pinehill\", \"ratings\": []},\n  {\"site\": \"Oakwood\", \"ratings\": [{\"factor\": \"y\", \"rating\": \"+3\"}]}\n]}";
    let err = profiles_from_json(text).unwrap_err();
    // one of the collected problems: the bad rating of the second profile is reported too
    assert_eq!(
        err.to_string(),
        "2 problems:
  line 5, column 12, at `sites[2].site`: site `Oakwood` is named twice (first at line 2, column 12); give each site one profile
  line 5, column 61, site `Oakwood`, rating #1, at `rating`: invalid CFIR rating `+3`: scores run from -2 to +2"
    );
    let at = err.problems()[0].location.clone().unwrap();
    assert_eq!((at.line, at.column), (Some(5), Some(12)), "{err}");
    assert!(matches!(
        err.problems()[0].kind,
        ErrorKind::InvalidProfile { .. }
    ));
    // names are compared as the CSV reader compares them, trimmed
    let spaced = text.replace("+3", "+2").replace(
        "\"Oakwood\", \"ratings\": [{",
        "\"Oakwood \", \"ratings\": [{",
    );
    let err = profiles_from_json(&spaced).unwrap_err();
    assert!(
        err.to_string().contains("site `Oakwood` is named twice"),
        "{err}"
    );
    // distinct names read as before
    let distinct = text.replace("+3", "+2").replace(
        "\"Oakwood\", \"ratings\": [{",
        "\"Elmside\", \"ratings\": [{",
    );
    assert_eq!(profiles_from_json(&distinct).unwrap().len(), 3);
}

#[cfg(feature = "serde")]
#[test]
fn bad_ratings_in_a_profile_file_are_placed_at_their_values() {
    let text = "{\"format_version\": 1, \"sites\": [\n  {\"site\": \"A\", \"ratings\": [\n    {\"cfir2009\": \"Cultur\", \"rating\": \"+1\"},\n    {\"factor\": \"x\", \"rating\": \"+3\"}\n  ]},\n  {\"site\": \"B\", \"ratings\": [{\"factor\": \"y\", \"rating\": \"high\"}]}\n]}";
    let err = profiles_from_json(text).unwrap_err();
    let placed: Vec<(Option<usize>, Option<usize>, Option<String>)> = err
        .problems()
        .iter()
        .map(|p| {
            let at = p.location.clone().unwrap();
            (at.line, at.column, at.field)
        })
        .collect();
    // each at the value of its field: `"Cultur"`, `"+3"`, `"high"`
    assert_eq!(
        placed,
        [
            (Some(3), Some(18), Some("cfir2009".to_owned())),
            (Some(4), Some(31), Some("rating".to_owned())),
            (Some(6), Some(55), Some("rating".to_owned())),
        ],
        "{err}"
    );
    // a valid document reads as before
    assert!(profiles_from_json(
        &text
            .replace("Cultur", "Culture")
            .replace("+3", "+2")
            .replace("high", "-1")
    )
    .is_ok());
    // the file reader names the file, so the lines read file:line:column
    let path = std::env::temp_dir().join(format!("isp-moc-profiles-{}.json", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let err = read_profiles_file(&path).unwrap_err();
    std::fs::remove_file(&path).unwrap();
    assert!(
        err.to_string()
            .contains(&format!("{}:4:31, site `A`, rating #2", path.display())),
        "{err}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn problems_the_assessment_finds_in_a_profile_file_are_placed_in_it() {
    let g = figure2();
    let text = "{\"format_version\": 1, \"sites\": [{\"site\": \"A\", \"ratings\": [\n    {\"factor\": \"isp_role_clarity\", \"rating\": \"-1\"},\n    {\"factor\": \"isp_role_clartiy\", \"rating\": \"-2\"},\n    {\"factor\": \"trust\", \"rating\": \"+1\"},\n    {\"factor\": \"isp_role_clarity\", \"rating\": \"+1\"}\n]}]}";
    let path = std::env::temp_dir().join(format!("isp-moc-placed-{}.json", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let sites = read_profiles_file(&path).unwrap();
    // where a rating was read is not part of its value
    assert_eq!(sites, profiles_from_json(text).unwrap());
    let err = assess(&g, &sites[0], &AssessOptions::default()).unwrap_err();
    let file = path.display();
    // each at its `factor` value, in the file: an unknown id, a mechanism that is not
    // context, a factor rated twice
    assert_eq!(
        err.to_string(),
        format!(
            "3 problems:\n  \
             {file}:3:16, site `A`, rating #2, at `factor`: unknown mechanism `isp_role_clartiy`; did you mean `isp_role_clarity`?\n  \
             {file}:4:16, site `A`, rating #3, at `factor`: `trust` is a response (reasoning), not a context factor; only context is rated\n  \
             {file}:5:16, site `A`, rating #4, at `factor`: factor `isp_role_clarity` is rated twice (rating #1 too)"
        )
    );
    std::fs::remove_file(&path).unwrap();
    // a profile built in code has no file: the rating alone is named
    let built = ContextProfile::new("A").rate("isp_role_clartiy", r("-2"));
    let err = assess(&g, &built, &AssessOptions::default()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("site `A`, rating #1: unknown mechanism `isp_role_clartiy`"),
        "{err}"
    );
}

#[cfg(feature = "csv")]
#[test]
fn an_unknown_factor_in_a_matrix_file_is_placed_at_its_row() {
    let path = std::env::temp_dir().join(format!("isp-moc-placed-{}.csv", std::process::id()));
    std::fs::write(
        &path,
        "factor,North,South\nisp_role_clarity,-1,+1\nisp_role_clartiy,,-2\n",
    )
    .unwrap();
    let sites = read_rating_matrix_file(&path, &MatrixOptions::default()).unwrap();
    let err = assess(&figure2(), &sites[1], &AssessOptions::default()).unwrap_err();
    let file = path.display();
    assert!(
        err.to_string().starts_with(&format!(
            "{file}:3:1, site `South`, rating #2, at `factor`: unknown mechanism `isp_role_clartiy`"
        )),
        "{err}"
    );
    std::fs::remove_file(&path).unwrap();
}

/// Read with the model, a matrix reports a misspelt factor and a row naming a mechanism
/// that is not context with its other problems; the model's own id near a construct's name
/// (`leaders`, near Opinion Leaders) is that factor; and without the model nothing changes.
#[cfg(feature = "csv")]
#[test]
fn a_matrix_read_with_the_model_checks_its_factor_rows() {
    let g = MechanismGraph::builder()
        .mechanism(Mechanism::new(
            "coaching",
            "Coaching",
            Category::resource(isp_moc::vocab::IspResource::Skills),
        ))
        .mechanism(Mechanism::new(
            "data_use",
            "Data use",
            Category::reasoning(isp_moc::vocab::ReasoningType::Capability),
        ))
        .mechanism(Mechanism::new(
            "leaders",
            "Leaders",
            Category::context(isp_moc::vocab::CfirDomain::InnerSetting),
        ))
        .link(Link::new("coaching", "data_use", Relation::LeadsTo))
        .link(Link::new("leaders", "data_use", Relation::Moderates))
        .build()
        .unwrap();
    let text = "factor,A\nleaders,-1\nleadrs,+1\ndata_use,+2\n";
    let with_model = MatrixOptions::default().with_model(&g);
    let err = read_rating_matrix(text, &with_model).unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 problems:\n  \
         line 3, column 1, at `factor`: unknown mechanism `leadrs`; did you mean `leaders`?\n  \
         line 4, column 1, at `factor`: `data_use` is a response (reasoning), not a context \
         factor; only context is rated"
    );
    let sites = read_rating_matrix("factor,A\nleaders,-1\n", &with_model).unwrap();
    assert_eq!(
        sites[0].ratings[0].key,
        RatingKey::Factor(isp_moc::MechanismId::new("leaders").unwrap())
    );
    assess(&g, &sites[0], &AssessOptions::default()).unwrap();
    // a factor's label, or its id miswritten, is told the id
    let err = read_rating_matrix("factor,A\nLeaders,-1\nLEADERS,+1\n", &with_model).unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 problems:\n  \
         line 2, column 1, at `factor`: unknown mechanism `Leaders`; did you mean `leaders`?\n  \
         line 3, column 1, at `factor`: unknown mechanism `LEADERS`; did you mean `leaders`?"
    );
    // without the model: `leaders` reads as Opinion Leaders misspelt, and the factor
    // rows are left to the assessment
    let err = read_rating_matrix("factor,A\nleaders,-1\n", &MatrixOptions::default()).unwrap_err();
    assert!(err.to_string().contains("did you mean"), "{err}");
    let sites = read_rating_matrix("factor,A\nleadrs,+1\n", &MatrixOptions::default()).unwrap();
    assert!(assess(&g, &sites[0], &AssessOptions::default()).is_err());
}

/// A value of the wrong type in one rating (or site) does not hide the next: every
/// rating is read on its own, and the ones that read are checked as usual, in one list in
/// the file's order.
#[cfg(feature = "serde")]
#[test]
fn a_profile_document_with_wrong_values_reports_every_one() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assess/wrong_values.json");
    let err = read_profiles_file(&file).unwrap_err();
    let name = file.display();
    assert_eq!(
        err.to_string(),
        format!(
            "6 problems:\n  \
             {name}:3:46, site `North`, rating #1, at `rating`: `rating` must be a rating such \
             as \"+1\", \"X\" or a score from -2 to 2, not true\n  \
             {name}:4:18, site `North`, rating #2, at `cfir2009`: unknown CFIR 2009 construct \
             `Leadership Engagment`; did you mean `leadership_engagement`?\n  \
             {name}:5:39, site `North`, rating #3: unknown field `ratng`; did you mean \
             `rating`? (expected one of `factor`, `cfir2009`, `cfir2022`, `rating`, `note`, \
             `source`)\n  \
             {name}:6:49, site `North`, rating #4, at `rating`: invalid CFIR rating `+3`: \
             scores run from -2 to +2\n  \
             {name}:8:31, at `sites[1].legend`: `legend` must be an object in curly braces, \
             not the number 7\n  \
             {name}:9:58, site `East`, rating #1, at `rating`: `rating` must be a rating such \
             as \"+1\", \"X\" or a score from -2 to 2, not a list"
        )
    );
    // a rating or a list of the wrong shape costs the others none of their places
    let err = profiles_from_json(
        "{\"format_version\": 1, \"sites\": [{\"site\": \"A\", \"ratings\": [
  {\"cfir2009\": \"Leadership Engagment\", \"rating\": \"+2\"},
  \"oops\",
  {\"factor\": \"isp_role_clarity\", \"rating\": \"-3\"}
]}, {\"site\": \"B\", \"ratings\": 5}]}",
    )
    .unwrap_err();
    let places: Vec<(Option<usize>, Option<usize>)> = err
        .problems()
        .iter()
        .map(|p| {
            p.location
                .as_ref()
                .map_or((None, None), |at| (at.line, at.column))
        })
        .collect();
    assert_eq!(
        places,
        [
            (Some(2), Some(16)),
            (Some(3), Some(3)),
            (Some(4), Some(44)),
            (Some(5), Some(30))
        ],
        "{err}"
    );
    // a document whose own fields are wrong still stops at the first
    let err = profiles_from_json(r#"{"format_version": 1, "site": []}"#).unwrap_err();
    assert_eq!(err.problems().len(), 1, "{err}");
}

/// A construct rating every factor of which is rated itself applies to none: it is kept
/// aside in `overridden` (and said in the report), not dropped; one that still reaches a
/// factor without its own rating is applied there and not listed.
#[test]
fn a_construct_rating_every_factor_of_which_is_rated_itself_is_said() {
    let at_leadership = |id: &str, label: &str| {
        Mechanism::new(
            id,
            label,
            Category::cfir(CfirConstruct::LeadershipEngagement),
        )
    };
    let g = build(
        vec![
            resource("coaching"),
            reasoning("data_use"),
            at_leadership("principal_support", "Principal support"),
            at_leadership("district_support", "District support"),
        ],
        vec![
            leads("coaching", "data_use"),
            Link::new("principal_support", "data_use", Relation::Moderates),
            Link::new("district_support", "data_use", Relation::Moderates),
        ],
    )
    .unwrap();
    let options = AssessOptions::default();
    let construct = || {
        ContextProfile::new("A").rate(CfirConstruct::LeadershipEngagement, "+2".parse().unwrap())
    };
    // one factor rated itself: the construct's +2 still reaches the other
    let a = assess(
        &g,
        &construct().rate("principal_support", "-2".parse().unwrap()),
        &options,
    )
    .unwrap();
    assert!(a.overridden.is_empty());
    assert_eq!(
        a.factor("district_support")
            .unwrap()
            .rating
            .as_ref()
            .unwrap()
            .rating
            .to_string(),
        "+2"
    );
    // both rated themselves: the +2 applies to neither, and is said
    let site = construct()
        .rate("principal_support", "-2".parse().unwrap())
        .rate("district_support", "-1".parse().unwrap());
    let a = assess(&g, &site, &options).unwrap();
    assert_eq!(a.overridden.len(), 1);
    assert_eq!(
        a.overridden[0].rating.key,
        RatingKey::Cfir2009(CfirConstruct::LeadershipEngagement)
    );
    assert_eq!(
        a.overridden[0].by,
        ["principal_support", "district_support"]
    );
    assert!(a.unused.is_empty());
    let text = a.to_text(&g);
    assert!(
        text.contains(
            "\nRated, but set aside for factors' own ratings\n  CFIR 2009 construct \
             `leadership_engagement` rated +2: applies to no factor, since each factor it \
             reaches is rated itself: Principal support (-2) and District support (-1)\n"
        ),
        "{text}"
    );
}

/// A construct rating that also reaches a factor not rated itself (where another
/// construct's rating wins) is not set aside by own ratings: not listed as overridden.
#[cfg(feature = "serde")]
#[test]
fn a_construct_rating_reaching_an_unrated_factor_is_not_overridden() {
    let options = AssessOptions::default();
    let fixture = |name: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/assess")
            .join(name)
    };
    let funding = isp_moc::io::from_json(
        &std::fs::read_to_string(fixture("two_funding_factors.json")).unwrap(),
    )
    .unwrap();
    let sites = read_profiles_file(fixture("two_funding_factors_ratings.json")).unwrap();
    let b = assess(&funding, &sites[0], &options).unwrap();
    assert!(b.overridden.is_empty(), "{:?}", b.overridden);
}

/// A rating that names two keys, or none, is placed at the second key (or at its rating),
/// and says which it names.
#[cfg(feature = "serde")]
#[test]
fn a_rating_with_two_keys_or_none_is_placed() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/assess/rating_keys.json");
    let err = read_profiles_file(&file).unwrap_err();
    let text = err.to_string();
    let name = file.display();
    assert_eq!(
        text,
        format!(
            "2 problems:\n  {name}:4:48, site `Oak`, rating #2, at `cfir2009`: a rating names \
             exactly one of `factor`, `cfir2009` or `cfir2022`; this one names `factor` and \
             `cfir2009`\n  {name}:5:16, site `Oak`, rating #3, at `rating`: a rating names \
             exactly one of `factor`, `cfir2009` or `cfir2022`; this one names none"
        )
    );
}

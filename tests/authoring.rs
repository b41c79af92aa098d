//! Writing a model: the chaining builder, every problem at once with its place, short
//! files that stay canonical, queries by kind, and files by format.
#![cfg(feature = "serde")]

mod common;

use std::path::Path;

use common::*;
use isp_moc::error::{Location, Record};
use isp_moc::io::{self, Format};
use isp_moc::model::{Category, Citation, Link, Mechanism, MechanismKind, Observation, Relation};
use isp_moc::query::{PathQuery, Selector, Strength};
use isp_moc::vocab::{IspResource, OutcomeLevel, ReasoningType};
use isp_moc::{ErrorKind, MechanismGraph};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/authoring")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_file_with_many_mistakes_reports_them_all_in_one_run() {
    let err = io::from_json(&fixture("many_mistakes.json")).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "line 3, column 11, model info: tally for `reasoning: Relational`: excerpt share 1.4 is not within 0..=1",
            "line 9, column 33, mechanism #2 `alliance`, at `kind`: unknown mechanism kind `reasonning`; did you mean `reasoning`? (expected one of `resource`, `reasoning`, `context`, `outcome`)",
            "line 10, column 5, mechanism #3 `self_efficacy`: missing field `label`",
            "line 11, column 5, mechanism #4: invalid mechanism id `Fidelity`: an id starts with a lowercase ascii letter; try `fidelity`",
            "line 13, column 75, mechanism #5 `feedback`, at `evidence.citations[0].year`: `year` must be a whole number such as 2018, not the text `2013`",
            "line 14, column 84, mechanism #6 `leaders`, at `cfir_construct`: unknown CFIR 2009 construct `leadership_engagment`; did you mean `leadership_engagement`?",
            "line 15, column 5, mechanism #7 `feedback`: duplicate mechanism id `feedback`: already declared by mechanism #5",
            "line 16, column 89, mechanism #8 `rsi_use`: unknown field `lable`; did you mean `label`? (expected one of `id`, `kind`, `label`, `resource`, `eric_strategies`, `reasoning`, `com_b`, `cfir_domain`, `cfir_construct`, `cfir2022_domain`, `cfir2022_construct`, `levels`, `implementation_outcome`, `description`, `group`, `evidence`, `passages`, `note`)",
            "line 20, column 5, link #2 `consultant_skills` -> `self_eficacy`: `self_eficacy` is not a mechanism of the model; did you mean `self_efficacy`?",
            "line 22, column 56, link #4 `feedback` -> `rsi_use`, at `relation`: unknown relation `causes`; did you mean `leads_to`? (expected one of `leads_to`, `precondition`, `moderates`)",
            "line 23, column 5, link #5 `feedback` -> `feedback`: a link cannot join a mechanism to itself",
        ]
    );
    assert!(err
        .to_string()
        .starts_with("11 problems:\n  line 3, column 11, model info"));
    // typed, so a program can act on each
    assert!(matches!(err.kind(), ErrorKind::InvalidInfo { .. }));
    assert!(matches!(
        &err.problems()[2].kind,
        ErrorKind::MissingField { field } if field == "label"
    ));
    assert!(matches!(
        &err.problems()[4].kind,
        ErrorKind::InvalidValue { field, .. } if field == "year"
    ));
    let at = err.problems()[4].location.as_ref().unwrap();
    assert_eq!(at.field.as_deref(), Some("evidence.citations[0].year"));
    assert_eq!(
        at.record,
        Some(Record::Mechanism {
            position: 5,
            id: Some("feedback".into())
        })
    );
}

#[test]
fn reading_a_file_names_it_in_every_problem() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authoring/many_mistakes.json");
    let err = io::read_file(&path).unwrap_err();
    let shown = path.display().to_string();
    for p in err.problems() {
        assert_eq!(
            p.location.as_ref().unwrap().file.as_deref(),
            Some(shown.as_str())
        );
        assert!(p.to_string().starts_with(&format!("{shown}:")), "{p}");
    }
}

#[test]
fn graphml_reports_every_problem_too() {
    let text = r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind"/>
  <key id="l" for="node" attr.name="label"/>
  <key id="r" for="node" attr.name="reasoning"/>
  <key id="rel" for="edge" attr.name="relation"/>
  <graph edgedefault="directed">
    <node id="trust"><data key="k">reasoning</data><data key="l">Trust</data><data key="r">relatonal</data></node>
    <node id="openness"><data key="k">reasoning</data><data key="r">relational</data></node>
    <node id="learning"><data key="k">reasoning</data><data key="l">Learning</data><data key="r">capability</data></node>
    <edge source="learning" target="learnin"><data key="rel">leads_to</data></edge>
    <edge source="learning" target="trust"><data key="rel">leads_too</data></edge>
  </graph>
</graphml>"#;
    let err = io::from_graphml(text).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "line 7, column 78, mechanism #1 `trust`, at `reasoning`: unknown reasoning type `relatonal`; did you mean `relational`? (expected one of `relational`, `capability`, `opportunity`, `motivation`)",
            "line 8, column 5, mechanism #2 `openness`: missing attribute `label`",
            "line 10, column 5, link #1 `learning` -> `learnin`: `learnin` is not a mechanism of the model; did you mean `learning`?",
            "line 11, column 44, link #2 `learning` -> `trust`, at `relation`: unknown relation `leads_too`; did you mean `leads_to`? (expected one of `leads_to`, `precondition`, `moderates`)",
        ]
    );
}

#[test]
fn the_builder_chains_to_build_and_works_in_a_loop() {
    // chained to the end, no `?` per record
    let g = MechanismGraph::builder()
        .mechanism(Mechanism::new(
            "skills",
            "Skills",
            Category::resource(IspResource::Skills),
        ))
        .mechanism(Mechanism::new(
            "alliance",
            "Alliance",
            Category::reasoning(ReasoningType::Relational),
        ))
        .mechanism(Mechanism::new(
            "use",
            "Use",
            Category::outcome(&[OutcomeLevel::Individual]),
        ))
        .link(Link::new("skills", "alliance", Relation::LeadsTo))
        .link(Link::new("alliance", "use", Relation::LeadsTo))
        .build()
        .unwrap();
    assert_eq!((g.mechanism_count(), g.link_count()), (3, 2));
    // in a loop, by reassignment or through Extend
    let mut b = MechanismGraph::builder();
    for id in ["a", "b", "c"] {
        b = b.mechanism(reasoning(id));
    }
    b.extend([leads("a", "b"), leads("b", "c")]);
    let looped = b.build().unwrap();
    assert_eq!(looped.link_count(), 2);
    // editing a loaded model: parts, change, rebuild
    let mut parts = looped.into_parts();
    parts.links.pop();
    parts.mechanisms.push(reasoning("d"));
    let edited = parts.build().unwrap();
    assert_eq!((edited.mechanism_count(), edited.link_count()), (4, 1));
}

#[test]
fn citations_can_be_written_as_text_and_are_saved_as_objects() {
    let text = r#"{"format_version": 1,
      "mechanisms": [
        {"id": "skills", "kind": "resource", "label": "Skills", "resource": "skills"},
        {"id": "trust", "kind": "reasoning", "label": "Trust", "reasoning": "relational"}
      ],
      "links": [{"from": "skills", "to": "trust", "relation": "leads_to",
        "evidence": {"citations": ["Williams et al. 2017", "Beidas, Edmunds et al. 2013b",
                                   {"authors": "Akin", "year": 2016}],
                     "observations": [{"valence": "hindering", "summary": "x",
                                       "citations": ["Shernoff et al. 2015, p. 4"]}]}}]}"#;
    let g = io::from_json(text).unwrap();
    let link = g.link("skills", "trust").unwrap();
    assert_eq!(
        link.evidence.citations,
        [
            Citation::new("Williams et al.", 2017),
            Citation::new("Beidas, Edmunds et al.", 2013).with_suffix('b'),
            Citation::new("Akin", 2016),
        ]
    );
    assert_eq!(
        link.evidence.observations[0].citations,
        [Citation::new("Shernoff et al.", 2015).with_locator("p. 4")]
    );
    let saved = io::to_json(&g);
    assert!(
        saved.contains("\"authors\": \"Williams et al.\""),
        "{saved}"
    );
    assert!(!saved.contains("\"Williams et al. 2017\""));
    assert_eq!(io::from_json(&saved).unwrap(), g);
    // a malformed citation text is reported at its place
    let bad = text.replace("\"Williams et al. 2017\"", "\"Williams et al.\"");
    let err = io::from_json(&bad).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 7, column 36, link #1 `skills` -> `trust`, at `evidence.citations[0]`: invalid citation \
         `Williams et al.`: expected `Authors YYYY`, optionally with a suffix letter and `, locator`"
    );
}

#[test]
fn queries_choose_mechanisms_by_kind_response_type_or_group() {
    let g = isp_moc::catalog::figure2();
    let by_kind = g
        .pathways(PathQuery::new([MechanismKind::Resource], [MechanismKind::Outcome]).max_hops(2))
        .unwrap();
    let by_ids = g
        .pathways(
            PathQuery::new(
                ["isp_knowledge", "isp_skills", "isp_attitudes"],
                ["implementation_behaviour"],
            )
            .max_hops(2),
        )
        .unwrap();
    assert_eq!(by_kind, by_ids);
    let motivation = Selector::from(ReasoningType::Motivation)
        .resolve(&g)
        .unwrap();
    assert_eq!(
        motivation,
        ["morale_and_commitment", "empowerment", "responsibility"]
    );
    // selectors print and parse
    for text in [
        "trust",
        "kind:outcome",
        "reasoning:capability",
        "group:isp_as_opportunity",
    ] {
        let s: Selector = text.parse().unwrap();
        assert_eq!(s.to_string(), text);
    }
    assert_eq!(
        "kind:Outcome".parse::<Selector>().unwrap(),
        Selector::Kind(MechanismKind::Outcome)
    );
    assert!("kin:outcome"
        .parse::<Selector>()
        .unwrap_err()
        .to_string()
        .contains("did you mean `kind`?"));
    // a selection that is empty is an error, not a silent empty answer
    let no_context = small(&[("a", "b")]);
    let err = no_context
        .pathways(PathQuery::new([MechanismKind::Context], ["b"]))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid query: `kind:context` selects no mechanism of the model"
    );
    let err = g
        .pathways(PathQuery::new(
            ["trust"],
            [Selector::Group("isp_as_oportunity".into())],
        ))
        .unwrap_err();
    assert!(
        err.to_string()
            .ends_with("did you mean `group:isp_as_opportunity`?"),
        "{err}"
    );
    // misspelt ids in queries get a suggestion
    let err = g.pathways(("trust", "self_eficacy")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown mechanism `self_eficacy`; did you mean `self_efficacy`?"
    );
}

#[test]
fn query_methods_take_what_converts_into_a_query() {
    let g = isp_moc::catalog::figure2();
    let q = PathQuery::new(["trust"], ["self_efficacy"]);
    let by_ref = g.pathways(&q).unwrap();
    assert_eq!(g.pathways(q.clone()).unwrap(), by_ref);
    assert_eq!(g.pathways(("trust", "self_efficacy")).unwrap(), by_ref);
    assert_eq!(
        g.strongest_pathway(("trust", "self_efficacy")).unwrap(),
        g.strongest_pathway(&q).unwrap()
    );
}

#[test]
fn hindering_evidence_for_a_set_of_pathways_is_listed_once() {
    let g = isp_moc::catalog::figure2();
    let set = g
        .pathways(PathQuery::new(
            [MechanismKind::Resource],
            [MechanismKind::Outcome],
        ))
        .unwrap();
    let across = g.hindering_across(&set.pathways).unwrap();
    let mut expected = Vec::new();
    for p in &set.pathways {
        for h in g.hindering_along(p).unwrap() {
            if !expected.contains(&(h.link, h.observation)) {
                expected.push((h.link, h.observation));
            }
        }
    }
    assert_eq!(across.len(), expected.len());
    for h in &across {
        assert!(expected.contains(&(h.link, h.observation)));
    }
    // in the links' declaration order
    let positions: Vec<usize> = across
        .iter()
        .map(|h| g.links().iter().position(|l| l == h.link).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]));
    // a pathway of another model is refused
    let other = small(&[("a", "b")]);
    let foreign = other.pathways(("a", "b")).unwrap();
    assert!(g.hindering_across(&foreign.pathways).is_err());
}

#[test]
fn strength_is_the_weakest_link_as_a_type() {
    let g = build(
        vec![reasoning("a"), reasoning("b"), reasoning("c")],
        vec![
            supported("a", "b", 3),
            leads("b", "c").with_observation(Observation::enabling("x")),
        ],
    )
    .unwrap();
    let p = g.strongest_pathway(("a", "c")).unwrap().unwrap();
    assert_eq!(p.strength(), Strength::UNSUPPORTED);
    assert!(p.strength().is_unsupported());
    assert_eq!(p.strength().to_string(), "unsupported");
    let q = g.strongest_pathway(("a", "b")).unwrap().unwrap();
    assert_eq!(q.strength(), Strength::from_support(3));
    assert!(q.strength() > p.strength());
}

#[test]
fn files_are_read_and_written_by_format() {
    let g = isp_moc::catalog::figure2();
    let dir = std::env::temp_dir().join(format!("isp-moc-authoring-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["m.json", "m.graphml"] {
        let path = dir.join(name);
        io::write_file(&path, &g).unwrap();
        assert_eq!(io::read_file(&path).unwrap(), g, "{name}");
    }
    for (name, start) in [
        ("m.dot", "digraph "),
        ("m.mmd", "---\ntitle:"),
        ("m.nodelink.json", "{"),
        ("m.dagitty", "dag {"),
    ] {
        let path = dir.join(name);
        io::write_file(&path, &g).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(start), "{name}: {}", &text[..20]);
        let err = io::read_file(&path).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::UnsupportedFormat { .. }),
            "{name}: {err}"
        );
        // the message names the file, then the format it was taken for
        let label = Format::from_path(&path).unwrap().label();
        assert_eq!(
            err.to_string(),
            format!(
                "`{}`: {label}, a format isp-moc writes but does not read; read a JSON or \
                 GraphML model",
                path.display()
            )
        );
    }
    // reading, only the formats that are read are offered
    let err = io::read_file(dir.join("m.yaml")).unwrap_err();
    assert!(
        err.to_string().ends_with(
            "unknown file extension; a model is read from .json (the model document) or \
             .graphml (or .xml), or name the format (`--model-format json` or `graphml` in \
             the command; `read_file_as` in Rust)"
        ),
        "{err}"
    );
    let err = io::read_file(dir.join("missing.json")).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { .. }));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(Format::from_path("A.GRAPHML").unwrap(), Format::GraphMl);
    assert_eq!("node-link".parse::<Format>().unwrap(), Format::NodeLink);
}

#[test]
fn locations_print_what_is_known() {
    let at = Location::at(3, 7)
        .in_file("model.json")
        .with_field("evidence.citations[0].year");
    assert_eq!(
        at.to_string(),
        "model.json:3:7, at `evidence.citations[0].year`"
    );
    let link = Location::record(Record::Link {
        position: 2,
        from: Some("a".into()),
        to: None,
    });
    assert_eq!(link.to_string(), "link #2 from `a`");
}

#[test]
fn messages_quote_input_shortened_and_escaped() {
    let long = format!("x{}", "y".repeat(10_000));
    let err = build(vec![reasoning("a")], vec![leads("a", &long)]).unwrap_err();
    let message = err.to_string();
    assert!(message.len() < 400, "{} bytes", message.len());
    assert!(message.contains("…` (10001 characters)"), "{message}");
    let err = build(vec![reasoning("a")], vec![leads("a", "b\n\u{1b}[2Jc")]).unwrap_err();
    assert!(!err.to_string().contains('\n'), "{err}");
    assert!(err.to_string().contains("`b\\n\\u{1b}[2Jc`"), "{err}");
}

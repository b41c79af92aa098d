//! GraphML import: exact round trips (Figure 2 and random graphs), files as tools rewrite
//! them, and an error corpus with the exact error for each invalid file.

#![cfg(feature = "serde")]

mod common;

use isp_moc::catalog::figure2;
use isp_moc::export::{graphml, GraphMlOptions};
use isp_moc::io::{from_graphml, to_graphml};
use isp_moc::model::{
    Basis, Category, CategoryTally, Citation, CodingCategory, DomainSubject, Evidence, Link,
    Mechanism, MechanismKind, ModelInfo, Observation, Polarity, Relation, Valence,
};
use isp_moc::vocab::{
    CfirConstruct, CfirDomain, ComBSubcomponent, ImplementationOutcome, IspResource, OutcomeLevel,
    ReasoningType,
};
use isp_moc::{ErrorKind, MechanismGraph, MechanismGraphBuilder};
use proptest::prelude::*;

#[test]
fn figure2_round_trips_exactly() {
    let g = figure2();
    let text = to_graphml(&g);
    assert_eq!(text, graphml(&g, &GraphMlOptions::default()));
    assert_eq!(from_graphml(&text).unwrap(), g);
}

#[test]
fn without_provenance_or_context_the_rest_still_reads_back() {
    let g = figure2();
    let mut o = GraphMlOptions::default();
    o.provenance = false;
    o.context = false;
    let back = from_graphml(&graphml(&g, &o)).unwrap();
    assert_eq!(
        back.mechanism_count(),
        g.mechanism_count() - g.mechanisms_of_kind(MechanismKind::Context).count()
    );
    assert!(!back.contains("leadership_support"));
    for m in back.mechanisms() {
        let original = g.mechanism(m.id.as_str()).unwrap();
        assert_eq!(
            (&m.label, &m.category, &m.description, &m.group),
            (
                &original.label,
                &original.category,
                &original.description,
                &original.group
            )
        );
        assert_eq!(m.evidence.publications, original.evidence.publications);
        assert!(m.evidence.citations.is_empty() && m.passages.is_empty() && m.note.is_none());
    }
    for l in back.links() {
        let original = g.link(l.from.as_str(), l.to.as_str()).unwrap();
        assert_eq!(
            (l.relation, l.polarity, l.basis),
            (original.relation, original.polarity, original.basis)
        );
    }
}

// ----- files as tools write them -----

const NS: &str = "http://graphml.graphdrawing.org/xmlns";

#[test]
fn reads_files_as_yed_and_gephi_rewrite_them() {
    // renumbered keys, a `for="all"` key, a key default, yEd graphics and extra
    // attributes, white space around ids, edge ids, a comment and CDATA
    let text = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="{NS}" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java">
  <key attr.name="label" attr.type="string" for="all" id="d0"/>
  <key attr.name="kind" attr.type="string" for="node" id="d1"/>
  <key attr.name="reasoning" attr.type="string" for="node" id="d2"/>
  <key attr.name="resource" attr.type="string" for="node" id="d3"/>
  <key attr.name="relation" attr.type="string" for="edge" id="d4"><default>leads_to</default></key>
  <key attr.name="publications" attr.type="int" for="node" id="d5"/>
  <key attr.name="url" attr.type="string" for="node" id="d6"/>
  <key for="node" id="d7" yfiles.type="nodegraphics"/>
  <key attr.name="x" attr.type="double" for="node" id="d8"/>
  <key attr.name="support" attr.type="long" for="edge" id="d9"/>
  <key for="graphml" id="d10" yfiles.type="resources"/>
  <graph edgedefault="directed" id="G">
    <!-- edited by hand -->
    <node id="isp_skills">
      <data key="d0"><![CDATA[ISP <skills>]]></data>
      <data key="d1"> resource
      </data>
      <data key="d3">skills</data>
      <data key="d7"><y:ShapeNode><y:NodeLabel>ISP skills</y:NodeLabel></y:ShapeNode></data>
      <data key="d8">12.5</data>
    </node>
    <node id="trust">
      <data key="d0">Trust</data>
      <data key="d1">reasoning</data>
      <data key="d2">relational</data>
      <data key="d5"> 24 </data>
      <data key="d6">https://example.invalid</data>
    </node>
    <edge id="e0" source="isp_skills" target="trust">
      <data key="d9">999</data>
      <y:foreign/>
    </edge>
  </graph>
  <data key="d10"><y:Resources/></data>
</graphml>"#
    );
    let g = from_graphml(&text).unwrap();
    assert_eq!(g.mechanism("isp_skills").unwrap().label, "ISP <skills>");
    assert_eq!(
        g.mechanism("isp_skills").unwrap().category,
        Category::resource(IspResource::Skills)
    );
    assert_eq!(
        g.mechanism("trust").unwrap().evidence.publications,
        Some(24)
    );
    let l = g.link("isp_skills", "trust").unwrap();
    assert_eq!(
        (l.relation, l.polarity, l.basis, l.support()),
        (Relation::LeadsTo, Polarity::Positive, Basis::Text, 0)
    );
}

#[test]
fn reads_graphml_without_a_namespace() {
    let text = r#"<graphml><key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/>
<key id="r" for="node" attr.name="reasoning"/><graph edgedefault="directed">
<node id="a"><data key="k">reasoning</data><data key="l">A</data><data key="r">capability</data></node>
</graph></graphml>"#;
    assert_eq!(from_graphml(text).unwrap().mechanism_count(), 1);
}

// ----- the error corpus -----

const KEYS: &str = r#"<key id="k" for="node" attr.name="kind" attr.type="string"/>
<key id="l" for="node" attr.name="label" attr.type="string"/>
<key id="r" for="node" attr.name="reasoning" attr.type="string"/>
<key id="c" for="node" attr.name="com_b" attr.type="string"/>
<key id="v" for="node" attr.name="levels" attr.type="string"/>
<key id="p" for="node" attr.name="publications" attr.type="long"/>
<key id="ci" for="node" attr.name="citations" attr.type="string"/>
<key id="rel" for="edge" attr.name="relation" attr.type="string"/>
<key id="pol" for="edge" attr.name="polarity" attr.type="string"/>
<key id="t" for="graph" attr.name="tallies" attr.type="string"/>
<key id="res" for="node" attr.name="resource" attr.type="string"/>"#;

/// A document: line 1 `<graphml>`, lines 2-12 the keys, line 13 `<graph>`, the body
/// from line 14.
fn doc(body: &str) -> String {
    format!("<graphml xmlns=\"{NS}\">\n{KEYS}\n<graph edgedefault=\"directed\">\n{body}\n</graph>\n</graphml>\n")
}

fn node(id: &str, kind: &str, label: &str, extra: &str) -> String {
    format!(
        "<node id=\"{id}\"><data key=\"k\">{kind}</data><data key=\"l\">{label}</data>{extra}</node>"
    )
}

fn trust() -> String {
    node(
        "trust",
        "reasoning",
        "Trust",
        "<data key=\"r\">relational</data>",
    )
}

fn skills() -> String {
    node(
        "isp_skills",
        "resource",
        "Skills",
        "<data key=\"res\">skills</data>",
    )
}

#[track_caller]
fn fails(text: &str, expected: impl AsRef<str>) {
    let got = from_graphml(text).unwrap_err().to_string();
    assert_eq!(got, expected.as_ref(), "{text}");
}

#[test]
fn xml_syntax_errors_name_line_and_column() {
    fails(
        "<graphml>\n  <graph>\n</graphml>",
        "line 3, column 1: invalid XML: expected `graph` tag, not `graphml`",
    );
    fails(
        "",
        "line 1, column 1: invalid XML: the document does not have a root node",
    );
    fails(
        "<graphml a=\"1\" a=\"2\"/>",
        "line 1, column 16: invalid XML: attribute `a` is already defined",
    );
    fails(
        "<!DOCTYPE graphml [<!ENTITY x \"y\">]><graphml/>",
        "line 1, column 1: a document type declaration (`<!DOCTYPE`) is not allowed: \
         GraphML needs none, and entities could read files or expand without bound",
    );
    fails(
        "<graphml>&unknown;</graphml>",
        "line 1, column 10: invalid XML: unknown entity reference `unknown`",
    );
    // a file cut short is placed at its end, where the closing tags are missing
    fails(
        "<graphml>\n  <graph edgedefault=\"directed\">\n    <node id=\"a\"/>\n",
        "line 3, column 19: invalid XML: the file ends before the root element is closed \
         (`</graphml>`): is it cut short?",
    );
    fails(
        "<graphml>\n  <graph>\n    <node id=\"a",
        "line 3, column 16: invalid XML: the file ends before the root element is closed \
         (`</graphml>`): is it cut short?",
    );
    fails(
        "<graphml>\n  <graph>",
        "line 2, column 10: invalid XML: the file ends before the root element is closed \
         (`</graphml>`): is it cut short?",
    );
}

/// Columns count characters, as editors do, also after non-ASCII text on the line (the
/// element's place comes from the crate's own line table, not the XML parser's).
#[test]
fn elements_after_non_ascii_text_are_placed_by_character() {
    let text = format!(
        r#"<graphml xmlns="{NS}"><graph edgedefault="directed"><!-- Gemeinschaftsraum für Lernen --><node id="Lern Raum"/></graph></graphml>"#
    );
    let got = from_graphml(&text).unwrap_err().to_string();
    let column = text[..text.find("<node").unwrap()].chars().count() + 1;
    assert!(
        got.contains(&format!("\n  line 1, column {column}, mechanism #1: ")),
        "{got}"
    );
}

#[test]
fn a_data_element_that_cannot_be_read_hides_none_of_its_records_other_problems() {
    // Each element has one `<data>` that cannot be read and one wrong value (a label with
    // markup is not also "missing"); the link also names an unknown mechanism, found
    // because the link is still read and checked. Mechanisms' problems come before links'.
    let text = doc(&format!(
        "{}\n{}\n<edge source=\"isp_skills\" target=\"trusst\"><data key=\"rell\">x</data><data key=\"rel\">leads_too</data></edge>\n<node id=\"b\"><data key=\"k\">reasoning</data><data key=\"l\"><i>B</i></data><data key=\"r\">capabilty</data></node>",
        skills(),
        node("trust", "reasoning", "Trust", "<data key=\"colour\">red</data><data key=\"r\">relationel</data>"),
    ));
    let err = from_graphml(&text).unwrap_err();
    let lines: Vec<String> = err.to_string().lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            "7 problems:",
            "  line 15, column 74, mechanism #2 `trust`: `<data>` names undeclared key `colour` (declare it with a `<key>`, or remove the `<data>`)",
            "  line 15, column 103, mechanism #2 `trust`, at `reasoning`: unknown reasoning type `relationel`; did you mean `relational`? (expected one of `relational`, `capability`, `opportunity`, `motivation`)",
            "  line 17, column 58, mechanism #3 `b`: attribute `label` holds markup, not text",
            "  line 17, column 73, mechanism #3 `b`, at `reasoning`: unknown reasoning type `capabilty`; did you mean `capability`? (expected one of `relational`, `capability`, `opportunity`, `motivation`)",
            "  line 16, column 43, link #1 `isp_skills` -> `trusst`: `<data>` names undeclared key `rell`; did you mean `rel`?",
            "  line 16, column 68, link #1 `isp_skills` -> `trusst`, at `relation`: unknown relation `leads_too`; did you mean `leads_to`? (expected one of `leads_to`, `precondition`, `moderates`)",
            "  line 16, column 1, link #1 `isp_skills` -> `trusst`: `trusst` is not a mechanism of the model; did you mean `trust`?",
        ]
    );
}

/// networkx declares one key per Python type, so a model with a `weight` of `1` beside
/// weights of `0.5` has a `long` and a `double` key for `weight`; pandas writes an empty
/// cell as `NaN` under a `double` key. Both read as networkx reads them.
#[test]
fn networkx_keys_per_python_type_and_pandas_nan_read() {
    let text = format!(
        "<graphml xmlns=\"{NS}\">\n{KEYS}\n<key id=\"w1\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n<key id=\"w2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<key id=\"m1\" for=\"edge\" attr.name=\"moderators\" attr.type=\"string\"/>\n<key id=\"m2\" for=\"edge\" attr.name=\"moderators\" attr.type=\"double\"/>\n<key id=\"cd\" for=\"node\" attr.name=\"cfir_domain\"/>\n<graph edgedefault=\"directed\">\n{}\n{}\n{}\n{}\n\
         <edge source=\"isp_skills\" target=\"trust\"><data key=\"rel\">leads_to</data><data key=\"w1\">1</data><data key=\"m2\">NaN</data></edge>\n\
         <edge source=\"trust\" target=\"b\"><data key=\"rel\">leads_to</data><data key=\"w2\">0.5</data><data key=\"m1\">time</data></edge>\n</graph>\n</graphml>\n",
        skills(),
        trust(),
        node("b", "reasoning", "B", "<data key=\"r\">capability</data>"),
        node("time", "context", "Time", "<data key=\"cd\">inner_setting</data>"),
    );
    let g = from_graphml(&text).unwrap();
    let first = g.link("isp_skills", "trust").unwrap();
    assert_eq!((first.weight, first.moderators.len()), (Some(1.0), 0));
    let second = g.link("trust", "b").unwrap();
    assert_eq!(second.weight, Some(0.5));
    assert_eq!(second.moderators[0].as_str(), "time");
    // `NaN` is missing only under a number key: as text it is an id like any other
    let text = text.replace("<data key=\"m2\">NaN", "<data key=\"m1\">NaN");
    let err = from_graphml(&text).unwrap_err().to_string();
    assert!(err.contains("`NaN`"), "{err}");
}

/// networkx adds a bare node for a link to an id the graph does not have, so a misspelt
/// link end arrives as a node without attributes: the message says so and names the node
/// meant, once, instead of "missing attribute `kind`" and "`label`" for a node the user
/// never wrote.
#[test]
fn a_bare_node_from_a_misspelt_link_end_names_the_node_meant() {
    let edge = |to: &str| {
        format!(
            "<edge source=\"isp_skills\" target=\"{to}\"><data key=\"rel\">leads_to</data></edge>"
        )
    };
    fails(
        &doc(&format!(
            "{}\n{}\n<node id=\"trsut\"/>\n{}",
            skills(),
            trust(),
            edge("trsut")
        )),
        "line 16, column 1, mechanism #3 `trsut`: node `trsut` has no attributes (no `kind`, \
         no `label`): a tool adds such a node for a link to an id the graph does not have; \
         did you mean `trust` in the links that name it?",
    );
    // a node given nothing but described by its keys' defaults is no stand-in: it reads
    let defaults = format!(
        "<graphml xmlns=\"{NS}\">\n\
         <key id=\"k\" for=\"node\" attr.name=\"kind\"><default>reasoning</default></key>\n\
         <key id=\"l\" for=\"node\" attr.name=\"label\"><default>Step</default></key>\n\
         <key id=\"r\" for=\"node\" attr.name=\"reasoning\"><default>capability</default></key>\n\
         <key id=\"rel\" for=\"edge\" attr.name=\"relation\"><default>leads_to</default></key>\n\
         <graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<node id=\"b\"><data key=\"l\">B</data></node>\n\
         <edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n"
    );
    let g = from_graphml(&defaults).unwrap();
    assert_eq!(g.mechanism("a").unwrap().label, "Step");
    // nothing near: what to do either way
    fails(
        &doc(&format!(
            "{}\n<node id=\"zzz\"/>\n{}",
            skills(),
            edge("zzz")
        )),
        "line 15, column 1, mechanism #2 `zzz`: node `zzz` has no attributes (no `kind`, no \
         `label`): give it a `kind` and a `label`, or, if a link names it by mistake, correct \
         the link",
    );
}

/// An attribute name one slip from one this crate reads (`citation`, `notes`) would be
/// dropped without a word: it is refused with the name meant. Other unknown attributes (a
/// tool's colours) are still ignored.
#[test]
fn a_near_miss_attribute_name_is_refused_with_the_name_meant() {
    let text = format!(
        "<graphml xmlns=\"{NS}\">\n{KEYS}\n<key id=\"cit\" for=\"edge\" attr.name=\"citation\"/>\n<key id=\"col\" for=\"node\" attr.name=\"color\"/>\n<graph edgedefault=\"directed\">\n{}\n{}\n<edge source=\"isp_skills\" target=\"trust\"><data key=\"rel\">leads_to</data><data key=\"cit\">Smith 2020</data></edge>\n</graph>\n</graphml>\n",
        node("isp_skills", "resource", "Skills", "<data key=\"res\">skills</data><data key=\"col\">red</data>"),
        trust(),
    );
    assert_eq!(
        from_graphml(&text).unwrap_err().to_string(),
        "line 13, column 1, <key> `cit`: key `cit` declares edge attribute `citation`, which is \
         not read (an attribute this crate does not know is ignored); did you mean `citations`?"
    );
    let without = text
        .replace("<data key=\"cit\">Smith 2020</data>", "")
        .replace(
            "<key id=\"cit\" for=\"edge\" attr.name=\"citation\"/>\n",
            "",
        );
    assert_eq!(from_graphml(&without).unwrap().link_count(), 1);
    // a swap of neighbours is a slip too; other near names are tools' own attributes:
    // yEd's `Description`, an edge's `height`, a node's `source`
    let swapped = without.replace(
        "<key id=\"col\" for=\"node\" attr.name=\"color\"/>",
        "<key id=\"col\" for=\"node\" attr.name=\"lable\"/>",
    );
    let err = from_graphml(&swapped).unwrap_err().to_string();
    assert!(err.ends_with("did you mean `label`?"), "{err}");
    let tools = without.replace(
        "<key id=\"col\" for=\"node\" attr.name=\"color\"/>",
        "<key id=\"col\" for=\"node\" attr.name=\"source\"/>\n<key id=\"d0\" for=\"graph\" attr.name=\"Description\"/>\n<key id=\"h\" for=\"edge\" attr.name=\"height\"/>",
    );
    assert_eq!(from_graphml(&tools).unwrap().link_count(), 1);
}

/// Of several keys for one attribute, the clash with a `<default>` names the first one
/// declared, whatever the order of the reader's table (it named one at random).
#[test]
fn a_key_clash_names_the_first_key_declared() {
    let keys: String = (1..=5)
        .map(|i| format!("<key id=\"n{i}\" for=\"node\" attr.name=\"note\"/>\n"))
        .collect();
    let text = format!(
        "<graphml xmlns=\"{NS}\">\n{keys}<key id=\"n6\" for=\"node\" attr.name=\"note\"><default>x</default></key>\n<graph/>\n</graphml>\n"
    );
    for _ in 0..5 {
        let err = from_graphml(&text).unwrap_err().to_string();
        assert!(err.contains("keys `n1` and `n6` both declare"), "{err}");
    }
}

/// A count written as a decimal (pandas turns a column of counts with an empty cell into
/// floats, and networkx writes `3.0`) is that count; `2.5` is not one.
#[test]
fn a_whole_count_written_as_a_decimal_reads() {
    let text = doc(&node(
        "a",
        "reasoning",
        "A",
        "<data key=\"r\">capability</data><data key=\"p\">3.0</data>",
    ));
    let g = from_graphml(&text).unwrap();
    assert_eq!(g.mechanism("a").unwrap().evidence.publications, Some(3));
    let err = from_graphml(&text.replace("3.0", "2.5"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`publications` must be a whole number"),
        "{err}"
    );
}

/// `support` and `hindering` are derived and not read: where the file carries what they
/// derive from, a value that disagrees was edited and is refused, not dropped.
#[test]
fn an_edited_derived_count_is_refused_where_the_file_carries_its_source() {
    let text = graphml(&figure2(), &GraphMlOptions::default());
    if let Err(e) = from_graphml(&text) {
        panic!("{e}");
    }
    let edited = text.replacen(
        "<data key=\"e_support\">1</data>",
        "<data key=\"e_support\">5</data>",
        1,
    );
    assert_ne!(edited, text);
    let err = from_graphml(&edited).unwrap_err().to_string();
    assert!(
        err.contains(
            "at `support`: `support` is 5 here, but the evidence gives 1: it is derived (from \
             `publications`, else the studies cited) and not read, so an edit of it would be \
             lost; change what it derives from instead"
        ),
        "{err}"
    );
    // written without provenance, a file cannot carry them: the counts are ignored
    let mut lean = GraphMlOptions::default();
    lean.provenance = false;
    let text = graphml(&figure2(), &lean);
    if let Err(e) = from_graphml(&text) {
        panic!("{e}");
    }
}

/// Lists may be joined with `;` as spreadsheets and pandas users join them, and a
/// citation written as plain text is told the JSON it needs, with an example.
#[test]
fn lists_take_semicolons_and_json_values_get_an_example() {
    let text = doc(&format!(
        "{}\n{}",
        node(
            "o",
            "outcome",
            "O",
            "<data key=\"v\">individual; organization</data>"
        ),
        node("a", "reasoning", "A", "<data key=\"r\">capability</data>"),
    ));
    let g = from_graphml(&text).unwrap();
    assert_eq!(
        g.mechanism("o").unwrap().category,
        Category::outcome(&[OutcomeLevel::Individual, OutcomeLevel::Organization])
    );
    let text = doc(&node(
        "a",
        "reasoning",
        "A",
        "<data key=\"r\">capability</data><data key=\"ci\">Smith et al. 2020</data>",
    ));
    let err = from_graphml(&text).unwrap_err().to_string();
    assert!(
        err.ends_with(
            r#"`citations` is not valid JSON: expected value (write it as JSON, e.g. [{"authors": "Smith et al.", "year": 2020}])"#
        ),
        "{err}"
    );
}

#[test]
fn structural_errors_name_the_element() {
    fails(
        "<graph/>",
        "line 1, column 1: expected a `<graphml>` root element in namespace http://graphml.graphdrawing.org/xmlns, found `<graph>`",
    );
    fails(
        "<graphml xmlns=\"urn:other\"/>",
        "line 1, column 1: expected a `<graphml>` root element in namespace http://graphml.graphdrawing.org/xmlns, found `<graphml>`",
    );
    fails(
        &format!("<graphml xmlns=\"{NS}\"/>"),
        "line 1, column 1: no `<graph>` element",
    );
    fails(
        &format!("<graphml xmlns=\"{NS}\"><graph/>\n<graph/></graphml>"),
        "line 2, column 1: a second `<graph>`: a file holds one model",
    );
    fails(
        &format!("<graphml xmlns=\"{NS}\"><key for=\"node\"/><graph/></graphml>"),
        "line 1, column 56, <key>: a `<key>` needs an `id`",
    );
    fails(
        &format!("<graphml xmlns=\"{NS}\"><key id=\"a\"/><key id=\"a\"/><graph/></graphml>"),
        "line 1, column 69, <key> `a`: the key is declared twice",
    );
    fails(
        &format!(
            "<graphml xmlns=\"{NS}\"><key id=\"a\" for=\"node\" attr.name=\"label\"/>\n<key id=\"b\" for=\"all\" attr.name=\"label\"><default>x</default></key><graph/></graphml>"
        ),
        "line 2, column 1, <key> `b`: keys `a` and `b` both declare node attribute `label`, and one has a `<default>`: which default applies is unclear",
    );
    fails(
        &doc(&node("a", "context", "A", "<data key=\"zz\">x</data>")),
        "line 14, column 64, mechanism #1 `a`: `<data>` names undeclared key `zz` (declare it with a `<key>`, or remove the `<data>`)",
    );
    fails(
        &doc(&node("a", "context", "A", "<data>x</data>")),
        "line 14, column 64, mechanism #1 `a`: `<data>` without a `key`",
    );
    fails(
        &doc(&node("a", "context", "A", "<data key=\"rel\">leads_to</data>")),
        "line 14, column 64, mechanism #1 `a`: `<data>` names key `rel`, which is declared for another element",
    );
    fails(
        &doc(&node("a", "reasoning", "A", "<data key=\"l\">B</data>")),
        "line 14, column 66, mechanism #1 `a`, at `label`: two values for `label`",
    );
    fails(
        &doc(&node("a", "reasoning", "<b>A</b>", "")),
        "line 14, column 58, mechanism #1 `a`: attribute `label` holds markup, not text",
    );
    fails(
        &doc("<node><data key=\"k\">reasoning</data></node>"),
        "line 14, column 1, mechanism #1: `<node>` without an `id`",
    );
    fails(
        &doc("<node id=\"a\"><data key=\"l\">A</data></node>"),
        "line 14, column 1, mechanism #1 `a`: missing attribute `kind`",
    );
    fails(
        &doc("<node id=\"a\"><data key=\"k\">reasoning</data></node>"),
        "line 14, column 1, mechanism #1 `a`: missing attribute `label`",
    );
    fails(
        &doc(&format!("{}<edge target=\"trust\"/>", trust())),
        "line 14, column 112, link #1 to `trust`: `<edge>` without a `source`",
    );
    fails(
        &doc(&format!(
            "{}\n{}\n<edge source=\"isp_skills\" target=\"trust\"><data key=\"pol\">positive</data></edge>",
            skills(),
            trust()
        )),
        "line 16, column 1, link #1 `isp_skills` -> `trust`: missing attribute `relation`",
    );
    fails(
        &doc(&format!(
            "{}\n{}\n<edge source=\"isp_skills\" target=\"trust\" directed=\"false\"/>",
            skills(),
            trust()
        )),
        "line 16, column 1, link #1 `isp_skills` -> `trust`: the edge is undirected; a mechanism model's links are directed",
    );
    fails(
        &format!("<graphml xmlns=\"{NS}\"><graph edgedefault=\"undirected\"><edge source=\"a\" target=\"b\"/></graph></graphml>"),
        "line 1, column 88, link #1 `a` -> `b`: the edge is undirected; a mechanism model's links are directed",
    );
    fails(
        &doc("<edge source=\"a\" target=\"b\" sourceport=\"p\"/>"),
        "line 14, column 1, link #1 `a` -> `b`: the edge uses ports, which are not supported",
    );
    fails(
        &doc("<node id=\"a\"><graph/></node>"),
        "line 14, column 14, mechanism #1 `a`: a node holds a `<graph>`; nested graphs and ports are not supported",
    );
    fails(
        &doc("<node id=\"a\"><port name=\"p\"/></node>"),
        "line 14, column 14, mechanism #1 `a`: a node holds a `<port>`; nested graphs and ports are not supported",
    );
    fails(
        &doc("<hyperedge><endpoint node=\"a\"/></hyperedge>"),
        "line 14, column 1, <hyperedge>: hyperedges are not supported",
    );
}

#[test]
fn value_errors_name_the_element_and_the_attribute() {
    fails(
        &doc(&node(
            "a",
            "reasoning",
            "A",
            "<data key=\"r\">relatonal</data>",
        )),
        "line 14, column 66, mechanism #1 `a`, at `reasoning`: unknown reasoning type `relatonal`; did you mean `relational`? (expected one of `relational`, `capability`, `opportunity`, `motivation`)",
    );
    fails(
        &doc(&node("a", "Reasoning", "A", "")),
        "line 14, column 14, mechanism #1 `a`, at `kind`: unknown mechanism kind `Reasoning`; did you mean `reasoning`? (expected one of `resource`, `reasoning`, `context`, `outcome`)",
    );
    fails(
        &doc(&node(
            "a",
            "outcome",
            "A",
            "<data key=\"v\">individual, organisation</data>",
        )),
        "line 14, column 64, mechanism #1 `a`, at `levels`: unknown outcome level `organisation`; did you mean `organization`? (expected one of `individual`, `organization`, `system`)",
    );
    fails(
        &doc(&node("a", "reasoning", "A", "<data key=\"p\">-1</data>")),
        "line 14, column 66, mechanism #1 `a`, at `publications`: `publications` must be a whole number from 0 to 4294967295, not `-1`",
    );
    fails(
        &doc(&node(
            "a",
            "reasoning",
            "A",
            "<data key=\"ci\">[{\"authors\": \"Akin\"}]</data>",
        )),
        "line 14, column 66, mechanism #1 `a`, at `citations[0]`: missing field `year`",
    );
    fails(
        &doc("<data key=\"t\">{}</data>"),
        "line 14, column 1, model info, at `tallies`: `tallies` must be a list in square brackets, not an object",
    );
    fails(
        &doc(&format!(
            "{}{}<edge source=\"isp_skills\" target=\"trust\"><data key=\"rel\">causes</data></edge>",
            skills(),
            trust()
        )),
        "line 14, column 267, link #1 `isp_skills` -> `trust`, at `relation`: unknown relation `causes`; did you mean `leads_to`? (expected one of `leads_to`, `precondition`, `moderates`)",
    );
}

#[test]
fn every_bad_attribute_of_a_record_is_reported_at_once() {
    // a node with a bad kind, a bad COM-B component and a bad count; an edge with a bad
    // relation and a bad polarity: one run names all five
    fails(
        &doc(&format!(
            "{}{}{}\n<edge source=\"isp_skills\" target=\"trust\"><data key=\"rel\">causes</data><data key=\"pol\">postive</data></edge>",
            skills(),
            trust(),
            node(
                "a",
                "reasonning",
                "A",
                "<data key=\"c\">physcal</data><data key=\"p\">many</data>"
            ),
        )),
        "5 problems:
  line 14, column 239, mechanism #3 `a`, at `kind`: unknown mechanism kind `reasonning`; did you mean `reasoning`? (expected one of `resource`, `reasoning`, `context`, `outcome`)
  line 14, column 292, mechanism #3 `a`, at `com_b`: unknown COM-B sub-component `physcal` (expected one of `physical_capability`, `psychological_capability`, `physical_opportunity`, `social_opportunity`, `reflective_motivation`, `automatic_motivation`)
  line 14, column 320, mechanism #3 `a`, at `publications`: `publications` must be a whole number from 0 to 4294967295, not `many`
  line 15, column 42, link #1 `isp_skills` -> `trust`, at `relation`: unknown relation `causes`; did you mean `leads_to`? (expected one of `leads_to`, `precondition`, `moderates`)
  line 15, column 71, link #1 `isp_skills` -> `trust`, at `polarity`: unknown polarity `postive`; did you mean `positive`? (expected one of `positive`, `negative`, `mixed`)",
    );
    // an edge whose bad attributes are optional is still checked, as a JSON link is
    fails(
        &doc(&format!(
            "{}{}\n<edge source=\"isp_skills\" target=\"trus\"><data key=\"rel\">leads_to</data><data key=\"pol\">postive</data></edge>",
            skills(),
            trust(),
        )),
        "2 problems:
  line 15, column 72, link #1 `isp_skills` -> `trus`, at `polarity`: unknown polarity `postive`; did you mean `positive`? (expected one of `positive`, `negative`, `mixed`)
  line 15, column 1, link #1 `isp_skills` -> `trus`: `trus` is not a mechanism of the model; did you mean `trust`?",
    );
    // in the file's order, whatever order the attributes are read in
    fails(
        &doc(
            "<node id=\"a\"><data key=\"c\">physcal</data><data key=\"k\">reasonning</data><data key=\"l\">A</data></node>",
        ),
        "2 problems:
  line 14, column 14, mechanism #1 `a`, at `com_b`: unknown COM-B sub-component `physcal` (expected one of `physical_capability`, `psychological_capability`, `physical_opportunity`, `social_opportunity`, `reflective_motivation`, `automatic_motivation`)
  line 14, column 42, mechanism #1 `a`, at `kind`: unknown mechanism kind `reasonning`; did you mean `reasoning`? (expected one of `resource`, `reasoning`, `context`, `outcome`)",
    );
    // a missing required attribute beside a bad one: both
    fails(
        &doc(
            "<node id=\"a\"><data key=\"k\">reasoning</data><data key=\"r\">relatonal</data></node>",
        ),
        "2 problems:
  line 14, column 1, mechanism #1 `a`: missing attribute `label`
  line 14, column 44, mechanism #1 `a`, at `reasoning`: unknown reasoning type `relatonal`; did you mean `relational`? (expected one of `relational`, `capability`, `opportunity`, `motivation`)",
    );
}

#[test]
fn model_errors_are_the_builders() {
    fails(
        &doc(&node(
            "Trust",
            "reasoning",
            "T",
            "<data key=\"r\">relational</data>",
        )),
        "line 14, column 1, mechanism #1: invalid mechanism id `Trust`: an id starts with a lowercase ascii letter; try `trust`",
    );
    fails(
        &doc(&node("a", "reasoning", "A", "")),
        "line 14, column 1, mechanism #1 `a`: a reasoning mechanism needs `reasoning` (one of `relational`, `capability`, `opportunity`, `motivation`)",
    );
    fails(
        &doc(&node(
            "a",
            "resource",
            "A",
            "<data key=\"c\">psychological_capability</data>",
        )),
        "2 problems:\n  line 14, column 1, mechanism #1 `a`: field `com_b` does not apply to a resource mechanism\n  line 14, column 1, mechanism #1 `a`: a resource mechanism needs `resource` (one of `knowledge`, `skills`, `attitudes`, `combination`, `unspecified`)",
    );
    fails(
        &doc(&format!("{}{}", trust(), trust())),
        "line 14, column 112, mechanism #2 `trust`: duplicate mechanism id `trust`: already declared by mechanism #1",
    );
    fails(
        &doc(&format!(
            "{}<edge source=\"trust\" target=\"nowhere\"><data key=\"rel\">leads_to</data></edge>",
            trust()
        )),
        "line 14, column 112, link #1 `trust` -> `nowhere`: `nowhere` is not a mechanism of the model",
    );
    let err = from_graphml(&doc(&format!(
        "{}{}<edge source=\"trust\" target=\"isp_skills\"><data key=\"rel\">leads_to</data></edge>",
        skills(),
        trust()
    )))
    .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::GrammarViolation { .. }),
        "{err}"
    );
}

#[test]
fn hostile_input_never_panics() {
    // deep nesting, a huge attribute, and every prefix of a valid file
    let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    assert!(from_graphml(&deep).is_err());
    let text = to_graphml(&figure2());
    for end in (0..text.len()).step_by(997) {
        if text.is_char_boundary(end) {
            assert!(from_graphml(&text[..end]).is_err());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn mutated_files_never_panic(at in 0usize..85_000, byte in any::<u8>()) {
        let mut bytes = to_graphml(&figure2()).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = from_graphml(&text);
        }
    }

    #[test]
    fn random_graphs_round_trip_exactly(g in graph()) {
        let text = to_graphml(&g);
        prop_assert_eq!(from_graphml(&text).unwrap(), g);
    }
}

// ----- random graphs -----

/// Text XML can carry, with the characters that need escaping made likely.
fn text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        3 => any::<char>().prop_filter("XML 1.0 character", |&c| {
            matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        }),
        1 => prop::sample::select(vec!['<', '>', '&', '"', '\'', '\r', '\n', ' ', ',', ']', '#', ';']),
    ];
    prop::collection::vec(c, 0..8).prop_map(String::from_iter)
}

/// Text that is not blank (labels, summaries, passages).
fn words() -> impl Strategy<Value = String> {
    text().prop_map(|t| format!("w{t}w"))
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        words(),
        1000u16..=2999,
        prop::option::of(prop::char::range('a', 'z')),
        prop::option::of(words()),
    )
        .prop_map(|(authors, year, suffix, locator)| {
            let mut c = Citation::new(&authors, year);
            if let Some(s) = suffix {
                c = c.with_suffix(s);
            }
            if let Some(l) = locator {
                c = c.with_locator(&l);
            }
            c
        })
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        prop::option::of(any::<u32>()),
        prop::collection::vec(citation(), 0..3),
        prop::collection::vec(
            (
                any::<bool>(),
                words(),
                prop::collection::vec(citation(), 0..2),
                prop::option::of(words()),
            ),
            0..3,
        ),
    )
        .prop_map(|(publications, citations, observations)| {
            let mut e = Evidence::new();
            e.publications = publications;
            e.citations = citations;
            for (hinders, summary, cites, passage) in observations {
                let mut o = Observation::new(
                    if hinders {
                        Valence::Hindering
                    } else {
                        Valence::Enabling
                    },
                    &summary,
                );
                o.citations = cites;
                o.passage = passage;
                e.observations.push(o);
            }
            e
        })
}

fn category(kind: usize, pick: usize, extra: bool) -> Category {
    match kind {
        0 => Category::resource(IspResource::ALL[pick % IspResource::ALL.len()]),
        1 if extra => Category::com_b(ComBSubcomponent::ALL[pick % ComBSubcomponent::ALL.len()]),
        1 => Category::reasoning(ReasoningType::ALL[pick % ReasoningType::ALL.len()]),
        2 if extra => Category::cfir(CfirConstruct::ALL[pick % CfirConstruct::ALL.len()]),
        2 => Category::context(CfirDomain::ALL[pick % CfirDomain::ALL.len()]),
        _ => {
            let levels: Vec<OutcomeLevel> = OutcomeLevel::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| (pick + 1) & (1 << i) != 0)
                .map(|(_, l)| *l)
                .collect();
            let mut c = Category::outcome(if levels.is_empty() {
                &OutcomeLevel::ALL[..1]
            } else {
                &levels
            });
            if extra {
                if let Category::Outcome {
                    implementation_outcome,
                    ..
                } = &mut c
                {
                    *implementation_outcome =
                        Some(ImplementationOutcome::ALL[pick % ImplementationOutcome::ALL.len()]);
                }
            }
            c
        }
    }
}

fn info() -> impl Strategy<Value = ModelInfo> {
    (
        text(),
        text(),
        prop::option::of(text()),
        prop::collection::vec(
            (
                prop::option::of(any::<u32>()),
                prop::option::of(0.0f64..=1.0),
                prop::option::of(words()),
            ),
            0..3,
        ),
        prop::option::of(words()),
    )
        .prop_map(|(name, description, source, tallies, subject)| {
            let mut i = ModelInfo::new(&name).with_description(&description);
            i.source = source;
            for (k, (publications, share, note)) in tallies.into_iter().enumerate() {
                let category = CodingCategory::Reasoning(ReasoningType::ALL[k]);
                let mut t = match share {
                    Some(s) => CategoryTally::share(category, s),
                    None => CategoryTally::publications(category, publications.unwrap_or(1)),
                };
                t.publications = t.publications.or(publications);
                t.note = note;
                i = i.with_tally(t);
            }
            if let Some(s) = subject {
                i = i.with_domain_subject(DomainSubject::new(CfirDomain::InnerSetting, &s));
            }
            i
        })
}

/// A random valid model: every kind and category shape, free text, evidence, passages,
/// notes (including empty ones), and links obeying the grammar.
fn graph() -> impl Strategy<Value = MechanismGraph> {
    let mechanism = (
        0usize..4,
        0usize..64,
        any::<bool>(),
        words(),
        text(),
        prop::option::of(prop::sample::select(vec!["core", "group_2", "x"])),
        evidence(),
        prop::collection::vec(words(), 0..2),
        prop::option::of(text()),
    );
    (
        info(),
        prop::collection::vec(mechanism, 1..7),
        prop::collection::vec(
            (
                0usize..7,
                0usize..7,
                0usize..3,
                any::<bool>(),
                evidence(),
                prop::option::of(text()),
            ),
            0..12,
        ),
    )
        .prop_map(|(info, mechanisms, links)| {
            let mut b = MechanismGraphBuilder::new();
            b = b.info(info);
            let mut kinds = Vec::new();
            for (i, (kind, pick, extra, label, description, group, evidence, passages, note)) in
                mechanisms.into_iter().enumerate()
            {
                let mut m = Mechanism::new(&format!("m{i}"), &label, category(kind, pick, extra))
                    .with_description(&description)
                    .with_evidence(evidence);
                m.group = group.map(str::to_owned);
                m.passages = passages;
                m.note = note;
                kinds.push(m.kind());
                b = b.mechanism(m);
            }
            let mut seen = std::collections::BTreeSet::new();
            for (f, t, r, inferred, evidence, note) in links {
                let (f, t) = (f % kinds.len(), t % kinds.len());
                let (from, to) = (kinds[f], kinds[t]);
                let ok_to = matches!(to, MechanismKind::Reasoning | MechanismKind::Outcome)
                    || (to == MechanismKind::Resource && from == MechanismKind::Context);
                if f == t || !ok_to || to == MechanismKind::Context || !seen.insert((f, t)) {
                    continue;
                }
                let relation = match (from == MechanismKind::Context, r) {
                    (true, 0) => Relation::Precondition,
                    (true, _) => Relation::Moderates,
                    (false, 0) => Relation::Precondition,
                    (false, _) => Relation::LeadsTo,
                };
                let mut l = Link::new(&format!("m{f}"), &format!("m{t}"), relation)
                    .with_evidence(evidence)
                    .with_polarity(Polarity::ALL[r % Polarity::ALL.len()]);
                if inferred {
                    l = l.inferred();
                }
                l.note = note;
                b = b.link(l);
            }
            b.build().expect("generated models obey the grammar")
        })
}

/// An edge whose relation cannot be read still has its ends and moderators checked in the
/// same run, as a JSON link does.
#[test]
fn an_edge_with_a_bad_relation_still_has_its_ends_checked() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/graphml/link_with_bad_relation.graphml");
    let err = from_graphml(&std::fs::read_to_string(path).unwrap()).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "line 70, column 7, link #1 `coach_skils` -> `data_literacy`, at `relation`: unknown \
             relation `leads_too`; did you mean `leads_to`? (expected one of `leads_to`, \
             `precondition`, `moderates`)",
            "line 69, column 5, link #1 `coach_skils` -> `data_literacy`: `coach_skils` is not a \
             mechanism of the model; did you mean `coach_skills`?",
            "line 69, column 5, link #1 `coach_skils` -> `data_literacy`, at `moderators[0]`: \
             moderator `tme` is not a mechanism of the model; did you mean `time`?",
        ]
    );
}

//! Every documented limit of `isp_moc::limits`, met by inputs generated here (too large
//! to keep as fixture files): each is refused with its own error, promptly, with a bounded
//! message, and the same input just under the limit is not refused for that reason.
#![cfg(all(feature = "serde", feature = "csv"))]

mod common;

use common::hostile::{assert_clean, within};
use isp_moc::limits::{
    MAX_CSV_FIELDS, MAX_INPUT_BYTES, MAX_RECORDS, MAX_XML_ATTRIBUTES, MAX_XML_ATTRIBUTE_BYTES,
    MAX_XML_DEPTH,
};
use isp_moc::{Error, ErrorKind};

const GRAPHML: &str = r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#;

/// Every reader of text, by name.
type Reader = fn(&str) -> Result<(), Error>;
const READERS: [(&str, Reader); 5] = [
    ("json", |t| isp_moc::io::from_json(t).map(drop)),
    ("graphml", |t| isp_moc::io::from_graphml(t).map(drop)),
    ("profiles", |t| {
        isp_moc::assess::profiles_from_json(t).map(drop)
    }),
    ("matrix", |t| {
        isp_moc::assess::read_rating_matrix(t, &Default::default()).map(drop)
    }),
    ("excerpts", |t| {
        isp_moc::synth::read_evidence_csv(t, &Default::default()).map(drop)
    }),
];

fn refused(reader: Reader, text: String) -> Error {
    let err = within(60, move || reader(&text)).unwrap_err();
    assert_clean(&err);
    err
}

#[test]
fn input_over_the_size_limit_is_refused_before_it_is_read() {
    // a gigabyte, shared by the readers rather than copied for each
    let text = std::sync::Arc::new(" ".repeat(MAX_INPUT_BYTES + 1));
    for (name, reader) in READERS {
        let shared = text.clone();
        let err = within(60, move || reader(&shared)).unwrap_err();
        assert_clean(&err);
        assert_eq!(
            err.kind(),
            &ErrorKind::InputTooLarge {
                bytes: MAX_INPUT_BYTES + 1,
                limit: MAX_INPUT_BYTES
            },
            "{name}"
        );
    }
    assert_eq!(
        isp_moc::io::from_json(&text).unwrap_err().to_string(),
        "the input is 1073741825 bytes, more than the 1073741824 bytes isp-moc reads"
    );
}

#[cfg(unix)]
#[test]
fn a_file_that_never_ends_is_read_no_further_than_the_limit() {
    let err = within(120, || {
        isp_moc::io::read_file_as("/dev/zero", isp_moc::io::Format::Json)
    })
    .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::InputTooLarge { bytes, limit: MAX_INPUT_BYTES } if *bytes > MAX_INPUT_BYTES),
        "{err}"
    );
}

#[test]
fn too_many_records_are_refused_before_they_are_read() {
    let zeros = |n: usize| vec!["0"; n].join(",");
    let err = refused(
        READERS[0].1,
        format!(
            r#"{{"format_version": 1, "links": [{}]}}"#,
            zeros(MAX_RECORDS + 1)
        ),
    );
    assert_eq!(
        err.kind(),
        &ErrorKind::TooManyRecords {
            what: "links",
            limit: MAX_RECORDS
        }
    );
    assert_eq!(
        err.to_string(),
        "more than 4000000 links, the most isp-moc reads"
    );
    let err = refused(
        READERS[0].1,
        format!(
            r#"{{"format_version": 1, "mechanisms": [{}]}}"#,
            zeros(MAX_RECORDS + 1)
        ),
    );
    assert!(matches!(
        err.kind(),
        ErrorKind::TooManyRecords {
            what: "mechanisms",
            ..
        }
    ));
    let err = refused(
        READERS[0].1,
        format!(
            r#"{{"format_version": 2, "studies": [{}]}}"#,
            zeros(MAX_RECORDS + 1)
        ),
    );
    assert!(matches!(
        err.kind(),
        ErrorKind::TooManyRecords {
            what: "studies",
            ..
        }
    ));
    // at the limit, every record is read (and these are all wrong)
    let err = refused(
        READERS[0].1,
        format!(r#"{{"format_version": 1, "links": [{}]}}"#, zeros(1000)),
    );
    assert_eq!(err.problem_count(), 1000);
}

#[test]
fn too_many_graphml_nodes_are_refused_before_they_are_read() {
    let nodes = "<node/>".repeat(MAX_RECORDS + 1);
    let err = refused(
        READERS[1].1,
        format!(r#"{GRAPHML}<graph edgedefault="directed">{nodes}</graph></graphml>"#),
    );
    assert_eq!(
        err.kind(),
        &ErrorKind::TooManyRecords {
            what: "mechanisms",
            limit: MAX_RECORDS
        }
    );
}

#[test]
fn too_many_csv_rows_or_fields_are_refused() {
    let rows = "a\n".repeat(MAX_RECORDS + 1);
    for reader in [READERS[3].1, READERS[4].1] {
        let err = refused(reader, rows.clone());
        assert_eq!(
            err.kind(),
            &ErrorKind::TooManyRecords {
                what: "rows",
                limit: MAX_RECORDS
            }
        );
    }
    let wide = format!("first\nkey{}\n", ",1".repeat(MAX_CSV_FIELDS));
    for reader in [READERS[3].1, READERS[4].1] {
        let err = refused(reader, wide.clone());
        assert_eq!(
            err.kind(),
            &ErrorKind::TooManyFields {
                limit: MAX_CSV_FIELDS
            }
        );
        assert_eq!(
            err.to_string(),
            "line 2: a row of more than 4096 fields, the most isp-moc reads"
        );
    }
    let fits = format!("key{}\n", ",s".repeat(MAX_CSV_FIELDS - 1));
    let err = refused(READERS[3].1, fits);
    assert!(
        !matches!(err.kind(), ErrorKind::TooManyFields { .. }),
        "{err}"
    );
}

#[test]
fn xml_limits_are_checked_before_the_parser_runs() {
    // far beyond the limits: refused at once, however much follows
    let deep = format!("{GRAPHML}{}", "<a>".repeat(1_000_000));
    assert_eq!(
        refused(READERS[1].1, deep).kind(),
        &ErrorKind::XmlTooDeep {
            limit: MAX_XML_DEPTH
        }
    );
    let attributes: String = (0..200_000).map(|i| format!(" a{i}=\"\"")).collect();
    let many = format!("{GRAPHML}<graph{attributes}/></graphml>");
    assert_eq!(
        refused(READERS[1].1, many).kind(),
        &ErrorKind::XmlTooManyAttributes {
            element: "graph".into(),
            limit: MAX_XML_ATTRIBUTES
        }
    );
    let long = format!(
        "{GRAPHML}\n<graph edgedefault=\"directed\"><node id=\"{}\"/></graph></graphml>",
        "a".repeat(MAX_XML_ATTRIBUTE_BYTES + 1)
    );
    let err = refused(READERS[1].1, long);
    assert_eq!(
        err.kind(),
        &ErrorKind::XmlAttributeTooLong {
            attribute: "id".into(),
            bytes: MAX_XML_ATTRIBUTE_BYTES + 1,
            limit: MAX_XML_ATTRIBUTE_BYTES
        }
    );
    assert_eq!(
        err.to_string(),
        "line 2, column 37: attribute `id` is 65537 bytes long, more than the 65536 bytes isp-moc reads"
    );
    // just within the limits, the parser reads on (and finds what is wrong)
    let attributes: String = (0..MAX_XML_ATTRIBUTES)
        .map(|i| format!(" a{i}=\"\""))
        .collect();
    let nested = "<a>".repeat(MAX_XML_DEPTH - 1);
    let fits = format!("<graphml{attributes}>{nested}");
    let err = refused(READERS[1].1, fits);
    assert!(matches!(err.kind(), ErrorKind::Syntax { .. }), "{err}");
}

#[test]
fn huge_values_give_short_messages_promptly() {
    let big = "x".repeat(5_000_000);
    let json_cases = [
        format!(
            r#"{{"format_version":1,"mechanisms":[{{"id":"a","kind":"resource","label":"A","resource":"{big}"}}]}}"#
        ),
        format!(r#"{{"format_version":1,"mechanisms":[{{"id":"a","kind":"{big}","label":"A"}}]}}"#),
        format!(
            r#"{{"format_version":1,"mechanisms":[{{"id":"{big}","kind":"resource","label":"A","resource":"skills"}}]}}"#
        ),
        format!(
            r#"{{"format_version":1,"mechanisms":[{{"id":"a","kind":"resource","label":"A","resource":"skills","{big}":1}}]}}"#
        ),
        format!(r#"{{"format_version":1,"{big}":1}}"#),
        format!(
            r#"{{"format_version":1,"mechanisms":[{{"id":"a","kind":"resource","label":"A","resource":"skills","group":"{big}"}}]}}"#
        ),
        format!(
            r#"{{"format_version":1,"links":[{{"from":"{big}","to":"b","relation":"leads_to"}}]}}"#
        ),
        format!(
            r#"{{"format_version":1,"mechanisms":[{{"id":"a","kind":"resource","label":"A","resource":"skills","evidence":{{"citations":["{big}"]}}}}]}}"#
        ),
    ];
    for text in json_cases {
        let err = refused(READERS[0].1, text);
        assert!(err.to_string().len() < 1000, "{err}");
    }
    let graphml_cases = [
        format!(r#"{GRAPHML}<{big}/>"#),
        format!(r#"{GRAPHML}&{big};</graphml>"#),
        format!(
            r#"{GRAPHML}<key id="k" for="node" attr.name="kind"/><graph edgedefault="directed"><node id="a"><data key="k">{big}</data></node></graph></graphml>"#
        ),
    ];
    for text in graphml_cases {
        let err = refused(READERS[1].1, text);
        assert!(err.to_string().len() < 1000, "{err}");
    }
    let err = refused(
        READERS[3].1,
        format!("construct,A\n{big},+1\nCulture,{big}\n"),
    );
    assert!(err.to_string().len() < 1000, "{err}");
    let err = big.parse::<isp_moc::vocab::CfirRating>().unwrap_err();
    assert!(err.to_string().len() < 400, "{err}");
}

#[test]
fn many_near_misses_stay_fast() {
    // every row's key is a plausible typo, so each gets a did-you-mean search
    let rows: String = (0..2_000).map(|i| format!("Cultur{i},+1\n")).collect();
    let err = refused(READERS[3].1, format!("construct,A\n{rows}"));
    assert_eq!(err.problem_count(), 2_000);
    // a wide header and many short rows (each refused as short, not read as unrated
    // sites): the work is in the cells there are, not the header's width
    let header: String = (0..MAX_CSV_FIELDS - 1).map(|i| format!(",s{i}")).collect();
    let rows = "x\n".repeat(2_000);
    let err = refused(READERS[3].1, format!("c{header}\n{rows}"));
    assert_eq!(err.problem_count(), 2_000);
    assert!(
        err.to_string()
            .contains("line 2, column 2: this row has 1 cell, but the first row has 4096"),
        "{err}"
    );
    // one-line (compact) JSON documents whose every record has a wrong value: each is
    // read and placed on its own, and placing one costs no count of the line before it
    let ratings = vec![r#"{"factor":"f","rating":true}"#; 20_000].join(",");
    // a non-ASCII character before them on the line: counted once, not per record
    let text =
        format!(r#"{{"format_version":1,"sites":[{{"site":"Zürich","ratings":[{ratings}]}}]}}"#);
    let err = refused(READERS[2].1, text);
    assert_eq!(err.problem_count(), 20_000);
    let links =
        vec![r#"{"from":"a","to":"b","relation":"leads_to","weight":"x"}"#; 20_000].join(",");
    let text = format!(
        r#"{{"format_version":2,"mechanisms":[{{"id":"z","kind":"resource","label":"Zürich","resource":"skills"}}],"links":[{links}]}}"#
    );
    let err = refused(READERS[0].1, text);
    assert!(err.problem_count() >= 20_000, "{err}");
    let edges = r#"<edge source="a" target="b"><data key="w">x</data></edge>"#.repeat(20_000);
    let text = format!(
        r#"{GRAPHML}<!-- Zürich --><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="directed"><node id="a"/><node id="b"/>{edges}</graph></graphml>"#
    );
    let err = refused(READERS[1].1, text);
    assert!(err.problem_count() >= 20_000, "{err}");
    // bare nodes (a tool's stand-ins for misspelt link ends) beside as many described
    // ones: the did-you-mean candidates are gathered once, and searched for the problems
    // kept only
    let described: String = (0..1_000)
        .map(|i| {
            format!(
                r#"<node id="mechanism_{i}"><data key="k">resource</data><data key="l">R</data><data key="r">skills</data></node>"#
            )
        })
        .collect();
    let bare: String = (0..1_000)
        .map(|i| format!(r#"<node id="mechanism_{i}x"/>"#))
        .collect();
    let text = format!(
        r#"{GRAPHML}<key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/><key id="r" for="node" attr.name="resource"/><graph edgedefault="directed">{described}{bare}</graph></graphml>"#
    );
    let err = refused(READERS[1].1, text);
    assert_eq!(err.problem_count(), 1_000, "{err}");
    assert!(
        err.to_string().contains("did you mean `mechanism_0`"),
        "{err}"
    );
}

/// Links whose relation cannot be read are checked for their ends only: whatever their
/// stand-in relation would break is not counted, so it cannot push a real problem past
/// the cap and out of the count.
#[test]
fn stand_ins_for_unreadable_links_cost_no_problem_its_count() {
    let mut mechanisms =
        vec![r#"{"id":"c","kind":"context","label":"C","cfir_domain":"inner_setting"}"#.to_owned()];
    let mut links = Vec::new();
    for i in 0..110 {
        mechanisms.push(format!(
            r#"{{"id":"r{i}","kind":"reasoning","label":"R{i}","reasoning":"capability"}}"#
        ));
        if i < 101 {
            // `leads_to` from a context factor would break the grammar
            links.push(format!(
                r#"{{"from":"c","to":"r{i}","relation":"leads_too"}}"#
            ));
        }
    }
    links.push(r#"{"from":"r0","to":"nope","relation":"leads_to"}"#.to_owned());
    let text = format!(
        r#"{{"format_version":2,"mechanisms":[{}],"links":[{}]}}"#,
        mechanisms.join(","),
        links.join(",")
    );
    let err = refused(READERS[0].1, text);
    assert_eq!(err.problem_count(), 102, "{err}");
}

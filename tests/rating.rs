//! CFIR construct ratings: every notation seen in published tables parses, `Display` writes
//! one canonical notation that parses back, serde is strict with helpful errors, and no
//! input panics.

use isp_moc::vocab::*;
use isp_moc::ErrorKind;
use proptest::prelude::*;

use CfirRating::{Category, Missing, Mixed, NeutralMixed};
use RatingScore::*;

fn s(score: RatingScore) -> CfirRating {
    CfirRating::from_score(score)
}

fn star(score: RatingScore) -> CfirRating {
    CfirRating::starred(score)
}

#[test]
fn published_notations_parse() {
    let table: &[(&str, CfirRating, &str)] = &[
        ("+2", s(PlusTwo), "+2"),
        ("2", s(PlusTwo), "+2"),
        ("+1", s(PlusOne), "+1"),
        ("1", s(PlusOne), "+1"),
        ("0", s(Zero), "0"),
        ("-1", s(MinusOne), "-1"),
        ("\u{2212}1", s(MinusOne), "-1"), // Unicode minus
        ("\u{2013}1", s(MinusOne), "-1"), // en dash typed for a minus
        ("-2", s(MinusTwo), "-2"),
        ("\u{2212}2", s(MinusTwo), "-2"),
        ("\u{2212}1*", star(MinusOne), "-1*"),
        ("-1*", star(MinusOne), "-1*"),
        ("+2*", star(PlusTwo), "+2*"),
        ("1*", star(PlusOne), "+1*"),
        ("0*", star(Zero), "0*"),
        ("X", Mixed, "X"),
        ("x", Mixed, "X"),
        ("mixed", Mixed, "X"),
        ("0 (mixed)", NeutralMixed, "0 (mixed)"),
        ("0 (mix)", NeutralMixed, "0 (mixed)"),
        ("0(Mixed)", NeutralMixed, "0 (mixed)"),
        ("M", Missing, "M"),
        ("Missing", Missing, "M"),
        ("missing", Missing, "M"),
        ("I", Category(RatingCategory::Internal), "I"),
        ("internal", Category(RatingCategory::Internal), "I"),
        ("E", Category(RatingCategory::External), "E"),
        ("External", Category(RatingCategory::External), "E"),
        ("  +1  ", s(PlusOne), "+1"),
        ("+ 1", s(PlusOne), "+1"),
    ];
    for &(text, rating, canonical) in table {
        let parsed: CfirRating = text
            .parse()
            .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"));
        assert_eq!(parsed, rating, "{text:?}");
        assert_eq!(parsed.to_string(), canonical, "{text:?}");
        assert_eq!(parsed.notation(), canonical, "{text:?}");
    }
}

#[test]
fn bad_notations_are_rejected_with_a_reason() {
    for (text, reason) in [
        ("+3", "scores run from -2 to +2"),
        ("-5", "scores run from -2 to +2"),
        ("12", "scores run from -2 to +2"),
        ("+2**", "`**` marks a strongly distinguishing construct"),
        ("X*", "`*` follows a numeric score only"),
        ("E*", "`*` follows a numeric score only"),
        ("", "expected -2, -1, 0, +1 or +2"),
        ("*", "expected -2, -1, 0, +1 or +2"),
        ("good", "expected -2, -1, 0, +1 or +2"),
        ("1.5", "scores are whole numbers, from -2 to +2"),
        ("--1", "expected -2, -1, 0, +1 or +2"),
    ] {
        let err = text.parse::<CfirRating>().unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::InvalidRating { text: t, .. } if t == text),
            "{err:?}"
        );
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("invalid CFIR rating `{text}`: ")),
            "{message}"
        );
        assert!(message.contains(reason), "{text:?}: {message}");
        assert!(!message.ends_with('.'), "{message}");
    }
}

#[test]
fn every_rating_round_trips_through_its_notation() {
    assert_eq!(CfirRating::ALL.len(), 15);
    let notations: Vec<&str> = CfirRating::ALL.iter().map(|r| r.notation()).collect();
    assert_eq!(
        notations,
        [
            "-2",
            "-1",
            "0",
            "+1",
            "+2",
            "-2*",
            "-1*",
            "0*",
            "+1*",
            "+2*",
            "0 (mixed)",
            "X",
            "M",
            "I",
            "E"
        ]
    );
    for &r in CfirRating::ALL {
        assert_eq!(r.to_string().parse::<CfirRating>().unwrap(), r);
        assert_eq!(CfirRating::from_notation(r.notation()).unwrap(), r);
        assert_eq!(r.reversed().reversed(), r);
    }
}

#[test]
fn queries() {
    let p = |t: &str| t.parse::<CfirRating>().unwrap();
    assert_eq!(p("+2").score(), Some(2));
    assert_eq!(p("-1*").score(), Some(-1));
    assert_eq!(p("0 (mix)").score(), Some(0));
    assert_eq!(p("X").score(), None);
    assert_eq!(p("M").score(), None);
    assert_eq!(p("I").score(), None);
    assert!(p("+1").is_positive() && !p("+1").is_negative() && !p("+1").is_neutral());
    assert!(p("-2").is_negative() && !p("-2").is_positive());
    assert!(p("0").is_neutral() && !p("0").is_mixed());
    assert!(p("0 (mixed)").is_neutral() && p("0 (mixed)").is_mixed());
    assert!(p("X").is_mixed() && !p("X").is_neutral() && !p("X").is_positive());
    assert!(p("M").is_missing() && !p("X").is_missing());
    assert!(p("-1*").is_starred() && !p("-1").is_starred());
    assert_eq!(p("E").category(), Some(RatingCategory::External));
    assert_eq!(p("-1*").reversed(), star(PlusOne));
    assert_eq!(p("0 (mixed)").reversed(), NeutralMixed);
    assert_eq!(CfirRating::try_from(-2i8).unwrap(), s(MinusTwo));
    assert!(CfirRating::try_from(3i8).is_err());
    assert_eq!(CfirRating::from(RatingCategory::Internal).to_string(), "I");
    assert_eq!(format!("[{:>4}]", s(PlusOne)), "[  +1]");
    for score in RatingScore::ALL {
        assert_eq!(RatingScore::from_value(score.value()), Some(score));
        assert_eq!(i8::from(score), score.value());
        assert_eq!(score.negated().value(), -score.value());
    }
}

#[test]
fn distinguishing_flags_read_the_published_markers() {
    let p = |t: &str| t.parse::<Distinguishing>().unwrap();
    assert_eq!(p("*"), Distinguishing::Weak);
    assert_eq!(p("**"), Distinguishing::Strong);
    assert_eq!(p("Weak"), Distinguishing::Weak);
    assert_eq!(p("strong"), Distinguishing::Strong);
    assert_eq!(p("none"), Distinguishing::None);
    let markers: Vec<&str> = Distinguishing::ALL.iter().map(|d| d.marker()).collect();
    assert_eq!(markers, ["", "*", "**"]);
    assert!("***".parse::<Distinguishing>().is_err());
}

#[test]
fn legend_keeps_the_star_meaning_and_reverse_rating_per_project() {
    let a = RatingLegend::new().with_star("mixed, but leaning slightly positive or negative");
    let b = RatingLegend::new().with_star("weakly distinguishing");
    let r = star(MinusOne);
    assert_ne!(a.star_meaning(r), b.star_meaning(r));
    assert_eq!(RatingLegend::new().star_meaning(r), None);
    assert_eq!(a.star_meaning(s(MinusOne)), None);

    let legend = RatingLegend::new()
        .with_reverse_rated(CfirConstruct::Complexity)
        .with_reverse_rated(Cfir2022Construct::InnovationComplexity);
    assert!(legend.is_reverse_rated(CfirConstruct::Complexity));
    assert!(legend.is_reverse_rated(Cfir2022Construct::InnovationComplexity));
    assert!(!legend.is_reverse_rated(CfirConstruct::Cost));
    assert_eq!(
        legend.normalized(CfirConstruct::Complexity, s(PlusTwo)),
        s(MinusTwo)
    );
    assert_eq!(
        legend.normalized(CfirConstruct::Cost, s(PlusTwo)),
        s(PlusTwo)
    );
    assert_eq!(
        legend.normalized(CfirConstruct::Complexity, Missing),
        Missing
    );
}

#[cfg(feature = "serde")]
mod serde_form {
    use super::*;

    #[test]
    fn ratings_serialize_as_their_notation() {
        for &r in CfirRating::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.notation()));
            assert_eq!(serde_json::from_str::<CfirRating>(&json).unwrap(), r);
        }
        let cells: Vec<CfirRating> = serde_json::from_str(r#"["+2", "-1*", "X", "M"]"#).unwrap();
        assert_eq!(cells, [s(PlusTwo), star(MinusOne), Mixed, Missing]);
    }

    #[test]
    fn deserialization_is_strict_and_names_the_canonical_notation() {
        for (json, expected) in [
            (
                "\"2\"",
                "invalid CFIR rating `2`: write it as `+2`, the canonical notation",
            ),
            (
                "\"\u{2212}1\"",
                "invalid CFIR rating `\u{2212}1`: write it as `-1`, the canonical notation",
            ),
            (
                "\"Missing\"",
                "invalid CFIR rating `Missing`: write it as `M`, the canonical notation",
            ),
            (
                "\"0 (mix)\"",
                "invalid CFIR rating `0 (mix)`: write it as `0 (mixed)`, the canonical notation",
            ),
            (
                "\"+3\"",
                "invalid CFIR rating `+3`: scores run from -2 to +2",
            ),
        ] {
            let err = serde_json::from_str::<CfirRating>(json).unwrap_err();
            assert!(err.to_string().starts_with(expected), "{json}: {err}");
        }
        assert!(serde_json::from_str::<CfirRating>("2").is_err());
    }

    #[test]
    fn scores_distinguishing_and_legends() {
        assert_eq!(serde_json::to_string(&MinusTwo).unwrap(), "-2");
        assert_eq!(serde_json::from_str::<RatingScore>("1").unwrap(), PlusOne);
        let err = serde_json::from_str::<RatingScore>("7").unwrap_err();
        assert!(
            err.to_string().contains("scores run from -2 to +2"),
            "{err}"
        );
        assert!(serde_json::from_str::<RatingScore>("300").is_err());
        assert_eq!(
            serde_json::to_string(&Distinguishing::Strong).unwrap(),
            "\"strong\""
        );

        let legend = RatingLegend::new()
            .with_star("leaning")
            .with_reverse_rated(CfirConstruct::Complexity);
        let json = serde_json::to_string(&legend).unwrap();
        assert_eq!(json, r#"{"star":"leaning","reverse_rated":["complexity"]}"#);
        assert_eq!(serde_json::from_str::<RatingLegend>(&json).unwrap(), legend);
        assert_eq!(
            serde_json::from_str::<RatingLegend>("{}").unwrap(),
            RatingLegend::new()
        );
        assert!(serde_json::from_str::<RatingLegend>(r#"{"stars":"x"}"#).is_err());
    }
}

#[cfg(feature = "schemars")]
#[test]
fn schema_lists_the_canonical_notations() {
    let schema = serde_json::to_value(schemars::schema_for!(CfirRating)).unwrap();
    assert_eq!(schema["type"], "string");
    let listed: Vec<&str> = schema["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let notations: Vec<&str> = CfirRating::ALL.iter().map(|r| r.notation()).collect();
    assert_eq!(listed, notations);
    let score = serde_json::to_value(schemars::schema_for!(RatingScore)).unwrap();
    assert_eq!(score["minimum"], -2);
    assert_eq!(score["maximum"], 2);
}

/// Spellings of a rating that published tables use: sign style, case, spacing.
fn spelling(r: CfirRating) -> impl Strategy<Value = String> {
    let minus = prop::sample::select(vec!["-", "\u{2212}", "\u{2013}"]);
    let pad = prop::sample::select(vec!["", " ", "  "]);
    (minus, any::<bool>(), any::<bool>(), pad.clone(), pad).prop_map(
        move |(minus, plus, lower, before, after)| {
            let body = match r {
                CfirRating::Score { score, starred } => {
                    let v = score.value();
                    let sign = if v < 0 {
                        minus
                    } else if v > 0 && plus {
                        "+"
                    } else {
                        ""
                    };
                    format!(
                        "{sign}{}{}",
                        v.unsigned_abs(),
                        if starred { "*" } else { "" }
                    )
                }
                NeutralMixed if plus => "0 (mix)".to_owned(),
                Missing if plus => "Missing".to_owned(),
                other => other.notation().to_owned(),
            };
            let body = if lower { body.to_lowercase() } else { body };
            format!("{before}{body}{after}")
        },
    )
}

proptest! {
    #[test]
    fn display_parse_round_trip(r in prop::sample::select(CfirRating::ALL)) {
        prop_assert_eq!(r.to_string().parse::<CfirRating>().unwrap(), r);
        prop_assert_eq!(CfirRating::from_notation(&r.to_string()).unwrap(), r);
    }

    #[test]
    fn every_spelling_reads_the_same((r, text) in prop::sample::select(CfirRating::ALL)
        .prop_flat_map(|r| (Just(r), spelling(r))))
    {
        prop_assert_eq!(text.parse::<CfirRating>().unwrap(), r, "{:?}", text);
    }

    #[test]
    fn any_text_parses_or_errors_without_panicking(text in "\\PC{0,12}") {
        match text.parse::<CfirRating>() {
            // whatever parses is a known rating and survives a round trip
            Ok(r) => {
                prop_assert!(CfirRating::ALL.contains(&r));
                prop_assert_eq!(r.to_string().parse::<CfirRating>().unwrap(), r);
            }
            Err(e) => prop_assert!(matches!(e.kind(), ErrorKind::InvalidRating { .. }), "{:?}", e),
        }
        let _ = CfirRating::from_notation(&text);
    }

    #[test]
    fn rating_like_text_never_panics(text in "[-+\u{2212}]?[0-9]{0,25}\\*{0,3}") {
        let _ = text.parse::<CfirRating>();
    }
}

//! `load(save(g)) == g` on random, fully populated models: every field, every piece of
//! evidence, every citation, arbitrary text and floats bit for bit. Saving again gives the
//! same bytes; evidence keeps its order and its repeats (nothing is merged on load). Text
//! includes unusual Unicode: combining marks, right-to-left script and bidi controls,
//! emoji sequences, a byte-order mark, line breaks, control characters other than NUL,
//! and very long labels. GraphML, which cannot hold most control characters, round-trips
//! every model without them, and any model after its first save.
#![cfg(feature = "serde")]

use isp_moc::model::{
    Basis, Category, CategoryTally, CerqualAssessment, Citation, CodingCategory, Concern,
    Confidence, DomainSubject, Evidence, Judgement, Link, Mechanism, ModelInfo, Observation,
    Polarity, Relation, Sector, Study, StudyDesign, StudyId, Valence,
};
use isp_moc::vocab::*;
use isp_moc::MechanismGraphBuilder;
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces of unusual text.
const UNUSUAL: &[&str] = &[
    "e\u{301}",                                          // e + combining acute
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",                      // Hebrew
    "\u{627}\u{644}\u{639}\u{631}\u{628}\u{64a}\u{629}", // Arabic
    "\u{202e}",                                          // right-to-left override
    "\u{200f}",                                          // right-to-left mark
    "\u{2066}",                                          // left-to-right isolate
    "\u{200d}",                                          // zero-width joiner
    "\u{1f469}\u{200d}\u{1f52c}",                        // woman scientist
    "\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}",                // rainbow flag
    "\u{feff}",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u{1}",
    "\u{1b}[2J",
    "\u{7f}",
    "\u{85}",
    "\u{fffd}",
    "\u{fffe}",
    "\u{10ffff}",
    "\"",
    "\\",
    "<&>",
    "]]>",
    " ",
    "a",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        // any non-control characters, including quotes, backslashes, braces and emoji
        3 => "[^\\p{C}]{0,24}",
        1 => proptest::collection::vec(select(UNUSUAL), 0..12).prop_map(|v| v.concat()),
        1 => (select(UNUSUAL), 500usize..3000).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// Every string of a JSON value, concatenated.
fn strings(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(strings).collect(),
        serde_json::Value::Object(map) => map.values().map(strings).collect(),
        _ => String::new(),
    }
}

/// True when XML 1.0 can hold every character of `text` (GraphML writes the others as
/// U+FFFD).
fn xml_can_hold(text: &str) -> bool {
    !text.chars().any(|c| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{7f}'..='\u{9f}'))
            || matches!(c, '\u{fffe}' | '\u{ffff}')
    })
}

fn label() -> impl Strategy<Value = String> {
    text().prop_map(|t| format!("L{t}"))
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        "[A-Z][a-z]{1,8}( et al\\.| & [A-Z][a-z]{1,8})?",
        1900u16..2100,
        proptest::option::of(select(('a'..='z').collect::<Vec<_>>())),
        proptest::option::of("p\\. [1-9][0-9]{0,2}"),
    )
        .prop_map(|(authors, year, suffix, locator)| {
            let mut c = Citation::new(&authors, year);
            c.suffix = suffix;
            c.locator = locator;
            c
        })
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        proptest::option::of(any::<u32>()),
        proptest::collection::vec(citation(), 0..3),
        proptest::collection::vec(
            (
                any::<bool>(),
                label(),
                proptest::collection::vec(citation(), 0..2),
                proptest::option::of(label()),
            ),
            0..3,
        ),
    )
        .prop_map(|(publications, citations, obs)| {
            let mut e = Evidence::new();
            e.publications = publications;
            // a repeated citation stays repeated: loading merges nothing
            let mut citations = citations;
            if let Some(first) = citations.first().cloned() {
                if citations.len() == 2 {
                    citations.push(first);
                }
            }
            e.citations = citations;
            e.observations = obs
                .into_iter()
                .map(|(enabling, summary, citations, passage)| {
                    let mut o = Observation::new(
                        if enabling {
                            Valence::Enabling
                        } else {
                            Valence::Hindering
                        },
                        &summary,
                    );
                    o.citations = citations;
                    o.passage = passage;
                    o
                })
                .collect();
            e
        })
}

fn category() -> impl Strategy<Value = Category> {
    prop_oneof![
        select(IspResource::ALL.to_vec()).prop_map(Category::resource),
        proptest::sample::subsequence(EricStrategy::ALL.to_vec(), 0..4)
            .prop_map(|s| Category::skills(&s)),
        (select(ReasoningType::ALL.to_vec()), any::<bool>()).prop_map(|(r, with_sub)| {
            match (r.com_b(), with_sub) {
                (Some(c), true) => Category::com_b(c.subcomponents()[1]),
                _ => Category::reasoning(r),
            }
        }),
        (
            select(CfirConstruct::ALL.to_vec()),
            select(Cfir2022Construct::ALL.to_vec()),
            0u8..4,
        )
            .prop_map(|(c, c22, how)| match how {
                0 => Category::cfir(c),
                1 => Category::context(c.domain()),
                2 => Category::cfir2022(c22),
                _ => Category::cfir(c).with_cfir2022(c22),
            }),
        (
            proptest::sample::subsequence(OutcomeLevel::ALL.to_vec(), 1..=3),
            proptest::option::of(select(ImplementationOutcome::ALL.to_vec()))
        )
            .prop_map(|(levels, o)| {
                let c = Category::outcome(&levels);
                match o {
                    Some(o) => c.with_implementation_outcome(o),
                    None => c,
                }
            }),
    ]
}

fn share() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0f64..=1.0,
        Just(0.0),
        Just(1.0),
        Just(0.1 + 0.2),
        Just(-0.0),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        Just(1.0 - f64::EPSILON),
    ]
}

fn info() -> impl Strategy<Value = ModelInfo> {
    (
        text(),
        text(),
        proptest::option::of(text()),
        proptest::collection::vec(share(), 0..4),
        proptest::option::of(text()),
    )
        .prop_map(|(name, description, source, shares, subject)| {
            let mut info = ModelInfo::new(&name).with_description(&description);
            info.source = source;
            if let Some(s) = subject {
                info = info.with_domain_subject(DomainSubject::new(CfirDomain::InnerSetting, &s));
            }
            for (resource, share) in IspResource::ALL.iter().zip(shares) {
                info = info.with_tally(
                    CategoryTally::share(CodingCategory::Resource(*resource), share).with_note("n"),
                );
            }
            info.with_tally(CategoryTally::publications(
                CodingCategory::Reasoning(ReasoningType::Relational),
                24,
            ))
        })
}

prop_compose! {
    fn mechanism(i: usize)(category in category(), label in label(), description in text(),
                           group in proptest::option::of("[a-z][a-z_]{0,8}"), evidence in evidence(),
                           passages in proptest::collection::vec(label(), 0..3), note in proptest::option::of(text()))
                           -> Mechanism {
        let mut m = Mechanism::new(&format!("m{i}"), &label, category).with_description(&description).with_evidence(evidence);
        m.group = group;
        m.passages = passages;
        m.note = note;
        m
    }
}

/// A study table of up to four studies, `s0`..`s3`, every field filled or not.
fn studies() -> impl Strategy<Value = Vec<Study>> {
    proptest::collection::vec(
        (
            citation(),
            proptest::option::of(label()),
            proptest::option::of(select(StudyDesign::ALL.to_vec())),
            proptest::option::of(select(Sector::ALL.to_vec())),
            proptest::collection::vec(select(IspRole::ALL.to_vec()), 0..3),
            proptest::option::of("10\\.[0-9]{4}/[a-z0-9.]{1,12}"),
        ),
        0..4,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (citation, location, design, sector, roles, doi))| {
                let mut s = Study::new(citation).with_id(StudyId::new(&format!("s{i}")).unwrap());
                s.location = location;
                s.design = design;
                s.sector = sector;
                for r in roles {
                    s = s.with_role(r);
                }
                if let Some(d) = doi {
                    s = s.with_doi(&d);
                }
                s
            })
            .collect()
    })
}

/// A GRADE-CERQual assessment chosen by `bits`, consistent (never high with a serious
/// concern), with arbitrary explanations.
fn assessment(bits: u8, why: &str) -> CerqualAssessment {
    let concern = |k: u8| Concern::ALL[usize::from(k) % Concern::ALL.len()];
    let j = |k: u8| Judgement::new(concern(k), &format!("E{why}"));
    let confidence = Confidence::ALL[1 + usize::from(bits) % (Confidence::ALL.len() - 1)];
    CerqualAssessment::new(
        j(bits),
        j(bits >> 2),
        j(bits >> 4),
        j(bits >> 6),
        confidence,
        &format!("W{why}"),
    )
}

/// A generated link: from, to, bits choosing relation/polarity/basis, evidence, note.
type RawLink = (usize, usize, u8, Evidence, Option<String>);

fn model() -> impl Strategy<Value = (ModelInfo, Vec<Mechanism>, Vec<RawLink>, Vec<Study>)> {
    (1usize..6).prop_flat_map(|n| {
        (
            info(),
            (0..n).map(mechanism).collect::<Vec<_>>(),
            proptest::collection::vec(
                (
                    0..n,
                    0..n,
                    any::<u8>(),
                    evidence(),
                    proptest::option::of(text()),
                ),
                0..8,
            ),
            studies(),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn save_then_load_is_lossless((info, mechanisms, raw_links, studies) in model()) {
        let mut b = MechanismGraphBuilder::new();
        b = b.info(info);
        let table: Vec<StudyId> = studies.iter().map(|s| s.id.clone()).collect();
        b = b.studies(studies);
        let kinds: Vec<_> = mechanisms.iter().map(|m| m.kind()).collect();
        for m in &mechanisms {
            b = b.mechanism(m.clone());
        }
        let mut seen = std::collections::HashSet::new();
        for (f, t, bits, evidence, note) in raw_links {
            use isp_moc::model::MechanismKind::*;
            // keep only links the grammar allows, so every generated model is valid
            let relation = match (kinds[f], kinds[t]) {
                (_, Context) | (_, Resource) if kinds[f] != Context => continue,
                (_, Context) => continue,
                (Context, _) => if bits & 1 == 0 { Relation::Moderates } else { Relation::Precondition },
                _ => if bits & 1 == 0 { Relation::LeadsTo } else { Relation::Precondition },
            };
            if f == t || !seen.insert((f, t)) {
                continue;
            }
            let mut l = Link::new(&format!("m{f}"), &format!("m{t}"), relation).with_evidence(evidence);
            l.polarity = Polarity::ALL[usize::from(bits >> 1) % 3];
            l.basis = if bits & 8 == 0 { Basis::Text } else { Basis::Inferred };
            // name studies of the table by id, and assess some links
            for (k, id) in table.iter().enumerate() {
                if bits >> (4 + k) & 1 == 1 {
                    l.evidence.studies.push(id.clone());
                    if let Some(o) = l.evidence.observations.first_mut() {
                        o.studies.push(id.clone());
                    }
                }
            }
            if bits & 16 == 16 {
                l.confidence = Some(Box::new(assessment(bits, note.as_deref().unwrap_or(""))));
            }
            l.note = note;
            b = b.link(l);
        }
        let g = b.build().unwrap();
        let text = isp_moc::io::to_json(&g);
        let back = isp_moc::io::from_json(&text).unwrap();
        prop_assert_eq!(&back, &g);
        // floats bit for bit
        for (a, b) in back.info().tallies.iter().zip(&g.info().tallies) {
            prop_assert_eq!(a.excerpt_share.map(f64::to_bits), b.excerpt_share.map(f64::to_bits));
        }
        // saving again gives the same bytes: output is deterministic
        prop_assert_eq!(&isp_moc::io::to_json(&back), &text);
        // and the records alone round-trip through serde too
        for m in g.mechanisms() {
            let json = serde_json::to_string(m).unwrap();
            prop_assert_eq!(&serde_json::from_str::<Mechanism>(&json).unwrap(), m);
        }
        for l in g.links() {
            let json = serde_json::to_string(l).unwrap();
            prop_assert_eq!(&serde_json::from_str::<Link>(&json).unwrap(), l);
        }
        // evidence comes back in its order, repeats and all
        for (a, b) in back.mechanisms().iter().zip(g.mechanisms()) {
            prop_assert_eq!(&a.evidence.citations, &b.evidence.citations);
            prop_assert_eq!(&a.evidence.observations, &b.evidence.observations);
        }
        // GraphML (study table and assessments included): lossless when XML can hold the
        // text, and stable after the first save
        let graphml = isp_moc::io::to_graphml(&g);
        let from_graphml = isp_moc::io::from_graphml(&graphml).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        if xml_can_hold(&strings(&value)) {
            prop_assert_eq!(&from_graphml, &g);
        }
        let again = isp_moc::io::to_graphml(&from_graphml);
        prop_assert_eq!(isp_moc::io::to_graphml(&isp_moc::io::from_graphml(&again).unwrap()), again);
    }
}

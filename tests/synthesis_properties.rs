//! Properties of evidence bases: merging is a set union (idempotent, independent of order,
//! never counting a study twice), and spreadsheets round-trip without loss.
#![cfg(feature = "csv")]

use std::collections::BTreeSet;

use isp_moc::model::{CfirPlacement, Citation, Sector, Study, StudyDesign, Valence};
use isp_moc::synth::{read_evidence_csv, CsvMapping, EvidenceBase, Excerpt};
use isp_moc::vocab::{
    Cfir2022Construct, Cfir2022Domain, CfirConstruct, CfirDomain, IspResource, IspRole,
    ReasoningType, Term,
};
use proptest::prelude::*;
use proptest::sample::select;

fn term<T: Term>() -> impl Strategy<Value = T> {
    select(T::all())
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        select(
            &[
                "Akin",
                "Barac et al.",
                "Kristensen & Hounsgaard",
                "Ødegård",
                "O'Brien, Smith",
            ][..],
        ),
        1990u16..2030,
        proptest::option::of(select(&['a', 'b'][..])),
    )
        .prop_map(|(authors, year, suffix)| {
            let c = Citation::new(authors, year);
            match suffix {
                Some(s) => c.with_suffix(s),
                None => c,
            }
        })
}

/// Text a spreadsheet cell may hold: commas, quotes, semicolons, line breaks, non-ASCII.
fn cell_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ,;\"'\n\r\té—“”-]{0,30}"
}

/// A trimmed, non-empty one-line value (what trimmed cells keep).
fn word_text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9][A-Za-z0-9 ,.\"/()-]{0,15}[A-Za-z0-9.)]"
}

fn study() -> impl Strategy<Value = Study> {
    (
        citation(),
        proptest::option::of(word_text()),
        proptest::option::of(term::<StudyDesign>()),
        proptest::option::of(term::<Sector>()),
        proptest::collection::vec(term::<IspRole>(), 0..3),
        proptest::option::of("10\\.[0-9]{4}/[a-z0-9.-]{1,12}"),
    )
        .prop_map(|(c, location, design, sector, roles, doi)| {
            let mut s = Study::new(c);
            if let Some(l) = location {
                s = s.with_location(&l);
            }
            if let Some(d) = design {
                s = s.with_design(d);
            }
            if let Some(x) = sector {
                s = s.with_sector(x);
            }
            for r in roles {
                s = s.with_role(r);
            }
            if let Some(d) = doi {
                s = s.with_doi(&d);
            }
            s
        })
}

fn placement() -> impl Strategy<Value = CfirPlacement> {
    prop_oneof![
        term::<CfirConstruct>().prop_map(CfirPlacement::from_construct),
        term::<CfirDomain>().prop_map(CfirPlacement::from_domain),
        term::<Cfir2022Construct>().prop_map(CfirPlacement::from_construct_2022),
        term::<Cfir2022Domain>().prop_map(CfirPlacement::from_domain_2022),
        (term::<CfirConstruct>(), term::<Cfir2022Construct>())
            .prop_map(|(a, b)| CfirPlacement::from_construct(a).with_construct_2022(b)),
        (term::<CfirDomain>(), term::<Cfir2022Domain>())
            .prop_map(|(a, b)| CfirPlacement::from_domain(a).with_domain_2022(b)),
    ]
}

/// An excerpt of one of `studies` (by index).
fn excerpt(studies: usize) -> impl Strategy<Value = (usize, Excerpt)> {
    (
        0..studies,
        term::<Valence>(),
        proptest::option::of(term::<IspResource>()),
        proptest::collection::vec(term::<ReasoningType>(), 0..4),
        proptest::collection::vec(placement(), 0..3),
        proptest::collection::vec("[a-z][a-z0-9_]{0,10}", 0..4),
        proptest::option::of(cell_text()),
        proptest::option::of(word_text()),
    )
        .prop_map(
            |(i, valence, resource, reasoning, context, mechanisms, text, page)| {
                // the study is filled in by `base`
                let mut e = Excerpt::new("placeholder_2000".parse().unwrap(), valence)
                    .with_mechanisms(mechanisms);
                if let Some(r) = resource {
                    e = e.with_resource(r);
                }
                for r in reasoning {
                    e = e.with_reasoning(r);
                }
                for p in context {
                    e = e.with_context(p);
                }
                if let Some(t) = text {
                    e = e.with_text(&t);
                }
                if let Some(p) = page {
                    e = e.with_page(&p);
                }
                (i, e)
            },
        )
}

/// A pool of studies with distinct ids.
fn pool() -> impl Strategy<Value = Vec<Study>> {
    proptest::collection::vec(study(), 1..8).prop_map(|mut v| {
        let mut seen = BTreeSet::new();
        v.retain(|s| seen.insert(s.id.clone()));
        v
    })
}

/// An evidence base drawing on `pool`: a subset of its studies and excerpts of them.
fn base(pool: Vec<Study>) -> impl Strategy<Value = EvidenceBase> {
    let n = pool.len();
    (
        proptest::collection::vec(any::<bool>(), n),
        proptest::collection::vec(excerpt(n), 0..6),
    )
        .prop_map(move |(keep, excerpts)| {
            let studies: Vec<Study> = pool
                .iter()
                .zip(&keep)
                .filter(|(_, &k)| k)
                .map(|(s, _)| s.clone())
                .collect();
            let excerpts = excerpts
                .into_iter()
                .map(|(i, mut e)| {
                    e.study = pool[i].id.clone();
                    e
                })
                .collect();
            EvidenceBase::from_parts(studies, excerpts)
        })
}

fn three_bases() -> impl Strategy<Value = (EvidenceBase, EvidenceBase, EvidenceBase)> {
    pool().prop_flat_map(|p| (base(p.clone()), base(p.clone()), base(p)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn import_export_import_is_lossless((a, _, _) in three_bases()) {
        let mapping = CsvMapping::new();
        let studies = read_evidence_csv(&a.studies_to_csv(), &mapping).unwrap();
        let excerpts = read_evidence_csv(&a.excerpts_to_csv(), &mapping).unwrap();
        prop_assert_eq!(&studies.studies, &a.studies);
        prop_assert_eq!(&excerpts.excerpts, &a.excerpts);
        let back = studies.merge(&excerpts).unwrap();
        prop_assert_eq!(&back, &a);
        // and writing again gives the same text
        prop_assert_eq!(back.excerpts_to_csv(), a.excerpts_to_csv());
    }

    #[test]
    fn merging_is_idempotent((a, _, _) in three_bases()) {
        prop_assert_eq!(a.merge(&a).unwrap(), a);
    }

    #[test]
    fn merging_is_independent_of_order((a, b, c) in three_bases()) {
        let ab = a.merge(&b).unwrap();
        prop_assert_eq!(&ab, &b.merge(&a).unwrap());
        prop_assert_eq!(ab.merge(&c).unwrap(), a.merge(&b.merge(&c).unwrap()).unwrap());
    }

    #[test]
    fn merging_never_counts_a_study_twice((a, b, _) in three_bases()) {
        let merged = a.merge(&b).unwrap();
        // oracle: the union of the two id sets
        let ids: BTreeSet<_> = a.studies.iter().chain(&b.studies).map(|s| s.id.clone()).collect();
        prop_assert_eq!(merged.summary().publications, ids.len());
        let with_excerpts: BTreeSet<_> = a.excerpts.iter().chain(&b.excerpts).map(|e| e.study.clone()).collect();
        prop_assert_eq!(merged.summary().publications_with_excerpts, with_excerpts.len());
        // and updating with the same update again changes nothing
        prop_assert_eq!(merged.merge(&b).unwrap(), merged);
    }

    #[test]
    fn canonical_order_does_not_depend_on_input_order((a, _, _) in three_bases(), seed in any::<u64>()) {
        let mut studies = a.studies.clone();
        let mut excerpts = a.excerpts.clone();
        // a deterministic shuffle: rotate and reverse by the seed
        let (ns, ne) = (studies.len().max(1), excerpts.len().max(1));
        studies.rotate_left((seed as usize) % ns);
        excerpts.rotate_left((seed as usize / 7) % ne);
        if seed % 2 == 0 {
            excerpts.reverse();
        }
        prop_assert_eq!(EvidenceBase::from_parts(studies, excerpts), a);
    }
}

/// Mechanism ids of Figure 2 (and one it lacks) for excerpts to name.
fn figure2_ids() -> impl Strategy<Value = Vec<String>> {
    const IDS: [&str; 7] = [
        "isp_skills",
        "isp_knowledge",
        "trust",
        "meaningful_learning",
        "self_efficacy",
        "openness",
        "not_in_figure2",
    ];
    proptest::collection::vec(select(&IDS[..]).prop_map(str::to_owned), 0..5)
}

/// A base whose every excerpt's study is in its table, naming Figure 2's mechanisms.
fn weighable() -> impl Strategy<Value = EvidenceBase> {
    pool().prop_flat_map(|pool| {
        let n = pool.len();
        proptest::collection::vec((excerpt(n), figure2_ids()), 0..12).prop_map(move |coded| {
            let excerpts = coded
                .into_iter()
                .map(|((i, e), ids)| {
                    let mut e = e.with_mechanisms(ids);
                    e.study = pool[i].id.clone();
                    e
                })
                .collect();
            EvidenceBase::from_parts(pool.clone(), excerpts)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A link's support is the number of distinct studies with an enabling excerpt naming
    /// its two ends in a row, counted here straight from the excerpts; every consecutive
    /// pair no link joins, every unknown id and every excerpt naming nothing is reported.
    #[test]
    fn weighing_counts_studies_per_link(base in weighable()) {
        let g = isp_moc::catalog::figure2();
        let weighed = base.weigh(&g).unwrap();
        for l in weighed.graph().links() {
            let studies: BTreeSet<&str> = base
                .excerpts
                .iter()
                .filter(|e| e.valence == Valence::Enabling)
                .filter(|e| e.mechanisms.windows(2).any(|w| w[0] == l.from && w[1] == l.to))
                .map(|e| e.study.as_str())
                .collect();
            prop_assert_eq!(l.support() as usize, studies.len(), "{} -> {}", l.from, l.to);
        }
        let mut unplaced = 0;
        for e in &base.excerpts {
            unplaced += usize::from(e.mechanisms.is_empty());
            unplaced += e.mechanisms.iter().filter(|m| !g.contains(m.as_str())).count();
            unplaced += e
                .mechanisms
                .windows(2)
                .filter(|w| g.contains(w[0].as_str()) && g.contains(w[1].as_str()))
                .filter(|w| g.link(w[0].as_str(), w[1].as_str()).is_err())
                .count();
        }
        prop_assert_eq!(weighed.unplaced().len(), unplaced);
        prop_assert_eq!(weighed.graph().studies(), &base.studies[..]);
    }
}

//! Criterion benches for applying the model: context assessment of sites (issue 8) and
//! evidence synthesis from coded excerpts (issue 9), on the shipped examples and on an
//! evidence base of thousands of excerpts.
//!
//! ```text
//! cargo bench --bench applied
//! ```
//!
//! CI only compiles the benches and runs each once (`cargo test --benches`); it times
//! nothing.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use isp_moc::assess::{
    assess, compare_sites, read_rating_matrix, AssessOptions, MatrixOptions, PathwaySet,
    SiteOutcome,
};
use isp_moc::synth::{read_evidence_csv, CsvMapping};

const SITES: &str = include_str!("../examples/data/figure2_sites.csv");
const EXCERPTS: &str = include_str!("../examples/data/figure2_excerpts.csv");

/// The shipped excerpts `copies` times over, each copy's studies renamed (a new id and a
/// new first author), so the base holds `copies` × as many studies and excerpts.
fn many_excerpts(copies: usize) -> String {
    let mut lines = EXCERPTS.lines();
    let mut text = lines.next().unwrap_or_default().to_owned();
    text.push('\n');
    let rows: Vec<&str> = lines.collect();
    for k in 0..copies {
        // a suffix of letters (authors' names have no digits)
        let suffix: String = [k / 676, (k / 26) % 26, k % 26]
            .iter()
            .map(|&d| char::from(b'a' + d as u8))
            .collect();
        for row in &rows {
            let (study, rest) = row.split_once(',').unwrap_or((row, ""));
            let (citation, rest) = rest.split_once(',').unwrap_or((rest, ""));
            let (author, year) = citation.split_once(' ').unwrap_or((citation, ""));
            text.push_str(&format!(
                "{study}_{suffix},{author}{suffix} {year},{rest}\n"
            ));
        }
    }
    text
}

fn assessment(c: &mut Criterion) {
    let g = isp_moc::catalog::figure2();
    let sites = read_rating_matrix(SITES, &MatrixOptions::default()).expect("shipped matrix");
    let options = AssessOptions::default().with_pathways(
        isp_moc::catalog::headline_mechanisms()
            .iter()
            .map(|h| PathwaySet::new(h.title, h.query())),
    );
    let mut group = c.benchmark_group("assessment (Figure 2)");
    group.bench_function("read rating matrix", |b| {
        b.iter(|| read_rating_matrix(black_box(SITES), &MatrixOptions::default()))
    });
    group.bench_function("assess one site", |b| {
        b.iter(|| assess(&g, black_box(&sites[0]), &options))
    });
    let compared: Vec<_> = sites
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let outcome = if i == 0 {
                SiteOutcome::High
            } else {
                SiteOutcome::Low
            };
            (s.clone(), outcome)
        })
        .collect();
    group.bench_function("compare sites", |b| {
        b.iter(|| compare_sites(&g, black_box(&compared), &options))
    });
    group.finish();
}

fn synthesis(c: &mut Criterion) {
    let figure2 = isp_moc::catalog::figure2();
    for copies in [1, 1000] {
        let text = many_excerpts(copies);
        let base = read_evidence_csv(&text, &CsvMapping::new()).expect("generated excerpts");
        let name = format!("synthesis ({} excerpts)", base.excerpts.len());
        let mut group = c.benchmark_group(name);
        if copies > 1 {
            group.sample_size(10);
        }
        group.bench_function("read excerpts CSV", |b| {
            b.iter(|| read_evidence_csv(black_box(&text), &CsvMapping::new()))
        });
        group.bench_function("summary tables", |b| b.iter(|| black_box(&base).summary()));
        group.bench_function("weigh Figure 2", |b| {
            b.iter(|| black_box(&base).weigh(&figure2))
        });
        group.finish();
    }
}

criterion_group!(benches, assessment, synthesis);
criterion_main!(benches);

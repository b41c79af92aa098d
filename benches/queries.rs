//! Criterion benches for building and querying mechanism graphs.
//!
//! Each group runs isp-moc beside a baseline measured in the same process (raw petgraph on
//! the same graph), so results read as ratios on whatever machine runs them:
//!
//! ```text
//! cargo bench --bench queries
//! ISP_MOC_BENCH_LARGE=1 cargo bench --bench queries   # also 10^5 and 10^6 links
//! ```
//!
//! CI only compiles the benches and runs each once (`cargo test --benches`); it times
//! nothing. The side-by-side comparison with networkx, rustworkx and petgraph is the
//! `perf_baseline` example (see `docs/PERFORMANCE.md`).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use isp_moc::model::{Category, Citation, Evidence, Link, Mechanism, Relation};
use isp_moc::query::{LoopQuery, PathQuery, Ranking, Reach};
use isp_moc::vocab::ReasoningType;
use isp_moc::{MechanismGraph, MechanismGraphBuilder};
use petgraph::graph::{DiGraph, NodeIndex};

/// A deterministic layered graph: `layers` × `width` reasoning nodes, `links` links, mostly
/// to the next layer nearby, some skipping a layer, a few feeding back (cycles).
struct Synthetic {
    width: usize,
    edges: Vec<(usize, usize, u16)>,
    nodes: usize,
}

fn synthetic(links: usize) -> Synthetic {
    let layers = 12;
    let width = (links / 4 / layers).max(4);
    let nodes = layers * width;
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut seen = std::collections::HashSet::new();
    let mut edges = Vec::with_capacity(links);
    while edges.len() < links {
        let u = next(width * (layers - 1));
        let (layer, pos) = (u / width, u % width);
        let roll = next(100);
        let to_layer = if roll < 90 {
            layer + 1
        } else if roll < 98 && layer + 2 < layers {
            layer + 2
        } else if layer > 0 {
            layer - 1
        } else {
            continue;
        };
        let v = to_layer * width + (pos + width + next(17) - 8) % width;
        if u != v && seen.insert((u, v)) {
            edges.push((u, v, next(5) as u16));
        }
    }
    Synthetic {
        width,
        edges,
        nodes,
    }
}

fn id(i: usize) -> String {
    format!("n{i:07}")
}

fn build(s: &Synthetic) -> MechanismGraph {
    let mut b = MechanismGraphBuilder::new();
    for i in 0..s.nodes {
        b = b.mechanism(Mechanism::new(
            &id(i),
            &id(i),
            Category::reasoning(ReasoningType::Capability),
        ));
    }
    for &(u, v, support) in &s.edges {
        let mut e = Evidence::new();
        for k in 0..support {
            e = e.with_citation(Citation::new("Study", 2000 + k));
        }
        let weight = 0.2 + f64::from(support) / 5.0;
        b = b.link(
            Link::new(&id(u), &id(v), Relation::LeadsTo)
                .with_evidence(e)
                .with_weight(weight),
        );
    }
    b.build().unwrap()
}

fn petgraph_of(s: &Synthetic) -> DiGraph<(), ()> {
    let mut g = DiGraph::with_capacity(s.nodes, s.edges.len());
    for _ in 0..s.nodes {
        g.add_node(());
    }
    for &(u, v, _) in &s.edges {
        g.add_edge(NodeIndex::new(u), NodeIndex::new(v), ());
    }
    g
}

fn figure2(c: &mut Criterion) {
    let g = isp_moc::catalog::figure2();
    let resources = ["isp_knowledge", "isp_skills", "isp_attitudes"];
    let q = PathQuery::new(resources, ["implementation_behaviour"]);
    let mut group = c.benchmark_group("figure2");
    group.bench_function("build", |b| b.iter(isp_moc::catalog::figure2));
    group.bench_function("pathways resources->behaviour", |b| {
        b.iter(|| g.pathways(black_box(&q)).unwrap())
    });
    group.bench_function("strongest resources->behaviour", |b| {
        b.iter(|| g.strongest_pathway(black_box(&q)).unwrap())
    });
    group.bench_function("downstream isp_skills", |b| {
        b.iter(|| g.downstream(black_box("isp_skills"), Reach::all()).unwrap())
    });
    group.bench_function("feedback loops", |b| {
        b.iter(|| g.feedback_loops(LoopQuery::new()).unwrap())
    });
    #[cfg(feature = "serde")]
    {
        let text = isp_moc::io::to_json(&g);
        group.bench_function("json save", |b| {
            b.iter(|| isp_moc::io::to_json(black_box(&g)))
        });
        group.bench_function("json load", |b| {
            b.iter(|| isp_moc::io::from_json(black_box(&text)).unwrap())
        });
    }
    group.finish();
}

fn synthetic_graphs(c: &mut Criterion) {
    let mut sizes = vec![1_000usize, 10_000];
    if std::env::var_os("ISP_MOC_BENCH_LARGE").is_some() {
        sizes.extend([100_000, 1_000_000]);
    }
    for links in sizes {
        let s = synthetic(links);
        let g = build(&s);
        let raw = petgraph_of(&s);
        let (from, to) = (0, 4 * s.width + 1);
        let mut group = c.benchmark_group(format!("synthetic {links} links"));
        group.sample_size(20);
        group.bench_function(BenchmarkId::new("build", "isp-moc"), |b| {
            b.iter(|| build(black_box(&s)))
        });
        group.bench_function(BenchmarkId::new("build", "petgraph (baseline)"), |b| {
            b.iter(|| petgraph_of(black_box(&s)))
        });
        let q = PathQuery::new([id(from)], [id(to)])
            .max_hops(6)
            .max_paths(usize::MAX);
        group.bench_function(BenchmarkId::new("all pathways <=6 links", "isp-moc"), |b| {
            b.iter(|| g.pathways(black_box(&q)).unwrap())
        });
        group.bench_function(
            BenchmarkId::new("all pathways <=6 links", "petgraph (baseline)"),
            |b| {
                b.iter(|| {
                    petgraph::algo::all_simple_paths::<Vec<_>, _, std::hash::RandomState>(
                        &raw,
                        NodeIndex::new(from),
                        NodeIndex::new(to),
                        0,
                        Some(5),
                    )
                    .count()
                })
            },
        );
        group.bench_function(BenchmarkId::new("downstream", "isp-moc"), |b| {
            b.iter(|| g.downstream(black_box(&id(from)), Reach::all()).unwrap())
        });
        group.bench_function(BenchmarkId::new("downstream", "petgraph (baseline)"), |b| {
            b.iter(|| {
                let mut bfs = petgraph::visit::Bfs::new(&raw, NodeIndex::new(from));
                std::iter::from_fn(|| bfs.next(&raw)).count()
            })
        });
        group.bench_function(BenchmarkId::new("strongest pathway", "isp-moc"), |b| {
            b.iter(|| {
                g.strongest_pathway(black_box(
                    &PathQuery::new([id(from)], [id(to)]).max_hops(12),
                ))
                .unwrap()
            })
        });
        group.bench_function(
            BenchmarkId::new("strongest pathway by weight", "isp-moc"),
            |b| {
                b.iter(|| {
                    g.strongest_pathway(black_box(
                        &PathQuery::new([id(from)], [id(to)])
                            .max_hops(12)
                            .rank_by(Ranking::Weight),
                    ))
                    .unwrap()
                })
            },
        );
        #[cfg(feature = "serde")]
        {
            let text = isp_moc::io::to_json_compact(&g);
            group.bench_function(BenchmarkId::new("json save (compact)", "isp-moc"), |b| {
                b.iter(|| isp_moc::io::to_json_compact(black_box(&g)))
            });
            group.bench_function(BenchmarkId::new("json load", "isp-moc"), |b| {
                b.iter(|| isp_moc::io::from_json(black_box(&text)).unwrap())
            });
        }
        group.finish();
    }
}

criterion_group!(benches, figure2, synthetic_graphs);
criterion_main!(benches);

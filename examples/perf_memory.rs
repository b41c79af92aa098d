//! Memory kept by a built graph, and the peak while loading it from JSON, on the
//! performance harness's graphs (`perf/`, see `docs/PERFORMANCE.md`), beside raw
//! petgraph holding the same data two ways: the harness's own node and edge payloads, and
//! isp-moc's own records with an id index (what a program using petgraph directly for
//! these models would keep). Bytes are counted by a counting global allocator
//! (`peak_alloc`), so they are exact heap bytes, not pages.
//!
//! ```sh
//! cargo run --release --example perf_memory -- --graphs /path/to/perf/graphs --only syn100k,syn1m
//! ```

#[path = "perf_baseline/harness.rs"]
mod harness;
#[path = "perf_baseline/model.rs"]
mod model;

use std::collections::HashMap;

use harness::{Args, EdgeList};
use isp_moc::model::{Link, Mechanism};
use isp_moc::MechanismId;
use peak_alloc::PeakAlloc;
use petgraph::graph::{DiGraph, NodeIndex};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The harness's petgraph node payload (`rust-baseline/src/main.rs`).
#[allow(dead_code)]
struct Node {
    label: String,
    kind: String,
    rating: Option<String>,
}

/// The harness's petgraph edge payload.
#[allow(dead_code)]
struct Edge {
    sign: i8,
    weight: f64,
    cost: f64,
    moderators: Vec<NodeIndex>,
}

/// Raw petgraph with the harness's payloads, built as the harness builds it.
fn petgraph(el: &EdgeList) -> DiGraph<Node, Edge> {
    let mut g = DiGraph::with_capacity(el.nodes.len(), el.edges.len());
    for n in &el.nodes {
        g.add_node(Node {
            label: n.label.clone(),
            kind: n.kind.clone(),
            rating: n.rating.clone(),
        });
    }
    for e in &el.edges {
        g.add_edge(
            NodeIndex::new(e.u as usize),
            NodeIndex::new(e.v as usize),
            Edge {
                sign: e.sign,
                weight: e.weight,
                cost: 0.0 - e.weight.ln(),
                moderators: e
                    .moderators
                    .iter()
                    .map(|&m| NodeIndex::new(m as usize))
                    .collect(),
            },
        );
    }
    g
}

/// Raw petgraph holding isp-moc's records (the same `Mechanism` and `Link` values the
/// builder gets), with a map from id to node for lookups by id. Nothing is validated.
fn petgraph_records(el: &EdgeList) -> (DiGraph<Mechanism, Link>, HashMap<MechanismId, NodeIndex>) {
    let mechanisms = model::mechanisms(el);
    let ids: Vec<MechanismId> = mechanisms.iter().map(|m| m.id.clone()).collect();
    let mut g = DiGraph::with_capacity(el.nodes.len(), el.edges.len());
    let mut index = HashMap::with_capacity(el.nodes.len());
    for m in mechanisms {
        let id = m.id.clone();
        index.insert(id, g.add_node(m));
    }
    for (e, link) in el.edges.iter().zip(model::links(el, &ids)) {
        g.add_edge(
            NodeIndex::new(e.u as usize),
            NodeIndex::new(e.v as usize),
            link,
        );
    }
    (g, index)
}

/// Heap bytes the value returned by `make` holds (after `make`'s temporaries are freed),
/// and the peak above the starting point while making it.
fn measure<T>(make: impl FnOnce() -> T) -> (T, usize, usize) {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let value = make();
    let kept = HEAP.current_usage().saturating_sub(before);
    let peak = HEAP.peak_usage().saturating_sub(before);
    (value, kept, peak)
}

fn main() {
    let args = Args::parse();
    println!(
        "| graph | links | petgraph kept (harness payloads) | petgraph kept (isp-moc records, id map) \
         | isp-moc kept | ratios | isp-moc peak while loading compact JSON (JSON text) |"
    );
    println!("|---|---|---|---|---|---|---|");
    for name in &args.only {
        let Ok(el) = EdgeList::read(&format!("{}/{}.txt", args.graphs, name)) else {
            continue;
        };
        let links = el.edges.len().max(1);
        let per_link = |bytes: usize| bytes as f64 / links as f64;
        let (pg, pg_kept, _) = measure(|| petgraph(&el));
        drop(pg);
        let (pr, records_kept, _) = measure(|| petgraph_records(&el));
        drop(pr);
        let (g, kept, _) = measure(|| model::build(&el));
        let text = isp_moc::io::to_json_compact(&g);
        drop(g);
        let (loaded, _, peak) = measure(|| isp_moc::io::from_json(&text));
        let loaded = match loaded {
            Ok(g) => g,
            Err(e) => panic!("{name}: {e}"),
        };
        assert_eq!(loaded.link_count(), el.edges.len());
        println!(
            "| {name} | {} | {:.0} B/link | {:.0} B/link | {:.0} B/link | {:.2}× / {:.2}× | {:.0} B/link ({:.0} B/link) |",
            el.edges.len(),
            per_link(pg_kept),
            per_link(records_kept),
            per_link(kept),
            kept as f64 / pg_kept.max(1) as f64,
            kept as f64 / records_kept.max(1) as f64,
            per_link(peak),
            per_link(text.len()),
        );
    }
}

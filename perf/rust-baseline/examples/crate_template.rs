//! TEMPLATE for the crate's own perf example: copy to the crate as
//! `examples/perf_baseline/main.rs`, copy `../src/harness.rs` next to it as
//! `examples/perf_baseline/harness.rs` (and change the `#[path]` below to "harness.rs"),
//! then replace every `petgraph` stand-in call with the crate's API. Keep op names and
//! `check` strings exactly as here, so report.py can line the rows up and cross-check them.
//!
//! Run it in the comparison:
//!   CRATE_BENCH_CMD="cargo run --release -q --manifest-path /path/to/crate/Cargo.toml \
//!       --example perf_baseline --" <harness>/compare.sh
//! This template itself runs as: CRATE_BENCH_CMD="cargo run --release -q --manifest-path
//!   <harness>/rust-baseline/Cargo.toml --example crate_template --" ./compare.sh

#[path = "../../../examples/perf_baseline/harness.rs"]
mod harness;

use harness::{Args, EdgeList, Sink};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{Bfs, EdgeRef, Reversed};

/// Column name in the report (use the crate's name).
const LIB: &str = "crate-template";

// Stand-in model (the crate has its own node/edge types; synthetic graphs use kinds L0..L11
// and `context` -- map unknown kinds to a generic kind rather than failing).
struct Node {
    label: String,
    rating: Option<String>,
}
struct Edge {
    cost: f64, // the crate may store the evidence weight; report cost = -ln(product of weights)
    moderators: Vec<NodeIndex>,
}

fn build(el: &EdgeList) -> DiGraph<Node, Edge> {
    let mut g = DiGraph::with_capacity(el.nodes.len(), el.edges.len());
    for n in &el.nodes {
        g.add_node(Node { label: n.label.clone(), rating: n.rating.clone() });
    }
    for e in &el.edges {
        let m = e.moderators.iter().map(|&m| NodeIndex::new(m as usize)).collect();
        g.add_edge(NodeIndex::new(e.u as usize), NodeIndex::new(e.v as usize), Edge { cost: 0.0 - e.weight.ln(), moderators: m });
    }
    g
}

fn main() {
    let args = Args::parse();
    let timer = args.timer;
    let mut sink = Sink::new(&args.out);
    for name in &args.only {
        let Ok(el) = EdgeList::read(&format!("{}/{}.txt", args.graphs, name)) else { continue };
        let gname = el.name.clone();
        let mut emit = |op: &str, st, check: String| sink.emit(LIB, &gname, op, st, &check);
        let ix = |i: u32| NodeIndex::new(i as usize);
        let (s0, far) = (ix(el.sources[0]), ix(el.far));

        // build: EdgeList -> the crate's graph.                         check: "nodes/edges"
        let (st, g) = timer.measure(|| build(&el));
        emit("build", st, format!("{}/{}", g.node_count(), g.edge_count()));

        // simple_paths: every path from any of el.sources to any of el.targets with at most
        // el.cutoff EDGES (continue through a target while another target is still unvisited,
        // as networkx does); materialise the paths.                      check: path count
        if !args.skip_paths.contains(&el.name) {
            let to: hashbrown017::HashSet<NodeIndex> = el.targets.iter().map(|&t| ix(t)).collect();
            let (st, cnt) = timer.measure(|| {
                el.sources.iter().map(|&s| {
                    rustworkx_core::connectivity::all_simple_paths_multiple_targets(&g, ix(s), &to, 0, Some(el.cutoff - 1))
                        .values().map(|v| v.len()).sum::<usize>()
                }).sum::<usize>()
            });
            emit("simple_paths", st, cnt.to_string());
        }

        // descendants / ancestors: downstream of {sources[0]}, upstream of {far},
        // excluding the start node.                                      check: node count
        let (st, cnt) = timer.measure(|| {
            let mut b = Bfs::new(&g, s0);
            std::iter::from_fn(|| b.next(&g)).count() - 1
        });
        emit("descendants", st, cnt.to_string());
        let (st, cnt) = timer.measure(|| {
            let r = Reversed(&g);
            let mut b = Bfs::new(r, far);
            std::iter::from_fn(|| b.next(r)).count() - 1
        });
        emit("ancestors", st, cnt.to_string());

        // strongest_path: sources[0] -> far maximising the product of evidence weights, with
        // the path.                                  check: format!("{:.6}", -ln(product))
        let (st, r) = timer.measure(|| petgraph::algo::astar(&g, s0, |x| x == far, |e| e.weight().cost, |_| 0.0));
        emit("strongest_path", st, format!("{:.6}", r.expect("path").0));

        // moderated_edges: edges with >= 1 moderator whose rating is "barrier". check: count
        let (st, cnt) = timer.measure(|| {
            let barrier: Vec<bool> = g.node_weights().map(|n| n.rating.as_deref() == Some("barrier")).collect();
            g.edge_weights().filter(|e| e.moderators.iter().any(|m| barrier[m.index()])).count()
        });
        emit("moderated_edges", st, cnt.to_string());

        // json_dump / json_load: the crate's own JSON save/load of the whole graph.
        //                                   check: bytes / "nodes/edges" after loading
        let (st, text) = timer.measure(|| {
            // stand-in: a minimal edge array; the crate calls its serde save here
            let v: Vec<(&str, &str, f64)> = g.edge_references().map(|e| (g[e.source()].label.as_str(), g[e.target()].label.as_str(), e.weight().cost)).collect();
            serde_json::to_string(&v).unwrap()
        });
        emit("json_dump", st, text.len().to_string());
        let (st, n_edges) = timer.measure(|| serde_json::from_str::<Vec<(String, String, f64)>>(&text).unwrap().len());
        emit("json_load", st, format!("{}/{}", g.node_count(), n_edges));
    }
}

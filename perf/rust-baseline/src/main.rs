//! Rust baselines on the shared edge-list graphs:
//!   petgraph        - petgraph 0.8 `DiGraph<Node, Edge>` with its own algorithms
//!   rustworkx-core  - rustworkx-core 0.18 algorithms on the same `DiGraph`
//!   floor           - hand-rolled CSR (u32 offsets/targets) code: a "physical limit"
//! plus extras (x_* ops). Output: TSV rows, see harness.rs.

#[path = "../../../examples/perf_baseline/harness.rs"]
mod harness;

use harness::{Args, EdgeList, Sink, Stats};
use petgraph::algo::{all_simple_paths, all_simple_paths_multi, astar, dijkstra};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{Bfs, EdgeRef, Reversed};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::hash_map::RandomState;
use std::collections::{BinaryHeap, HashMap};
use std::convert::Infallible;

// ----------------------------------------------------------------------------- model types
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Node {
    label: String,
    kind: String,
    rating: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Edge {
    sign: i8,
    weight: f64,
    cost: f64,
    moderators: Vec<NodeIndex>,
}

type G = DiGraph<Node, Edge>;

fn build(el: &EdgeList) -> G {
    let mut g = G::with_capacity(el.nodes.len(), el.edges.len());
    for n in &el.nodes {
        g.add_node(Node { label: n.label.clone(), kind: n.kind.clone(), rating: n.rating.clone() });
    }
    for e in &el.edges {
        g.add_edge(
            NodeIndex::new(e.u as usize),
            NodeIndex::new(e.v as usize),
            Edge {
                sign: e.sign,
                weight: e.weight,
                cost: 0.0 - e.weight.ln(), // 0.0 - ln(1.0) == +0.0 (plain negation gives -0.0)
                moderators: e.moderators.iter().map(|&m| NodeIndex::new(m as usize)).collect(),
            },
        );
    }
    g
}

// ----------------------------------------------------------------------------- node-link JSON
// Same document shape networkx's node_link_data(G, edges="edges") produces for the Python side.
#[derive(Serialize, Deserialize)]
struct NodeLink {
    directed: bool,
    multigraph: bool,
    graph: serde_json::Map<String, serde_json::Value>,
    nodes: Vec<JNode>,
    edges: Vec<JEdge>,
}

#[derive(Serialize, Deserialize)]
struct JNode {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<String>,
    id: String,
}

#[derive(Serialize, Deserialize)]
struct JEdge {
    sign: i8,
    weight: f64,
    cost: f64,
    moderators: Vec<String>,
    source: String,
    target: String,
}

fn to_node_link(g: &G) -> NodeLink {
    NodeLink {
        directed: true,
        multigraph: false,
        graph: serde_json::Map::new(),
        nodes: g
            .node_weights()
            .map(|n| JNode { kind: n.kind.clone(), rating: n.rating.clone(), id: n.label.clone() })
            .collect(),
        edges: g
            .edge_references()
            .map(|e| {
                let w = e.weight();
                JEdge {
                    sign: w.sign,
                    weight: w.weight,
                    cost: w.cost,
                    moderators: w.moderators.iter().map(|&m| g[m].label.clone()).collect(),
                    source: g[e.source()].label.clone(),
                    target: g[e.target()].label.clone(),
                }
            })
            .collect(),
    }
}

fn from_node_link(doc: NodeLink) -> G {
    let mut g = G::with_capacity(doc.nodes.len(), doc.edges.len());
    let mut index: HashMap<String, NodeIndex> = HashMap::with_capacity(doc.nodes.len());
    for n in doc.nodes {
        let ix = g.add_node(Node { label: n.id.clone(), kind: n.kind, rating: n.rating });
        index.insert(n.id, ix);
    }
    for e in doc.edges {
        let moderators = e.moderators.iter().map(|m| index[m]).collect();
        g.add_edge(
            index[&e.source],
            index[&e.target],
            Edge { sign: e.sign, weight: e.weight, cost: e.cost, moderators },
        );
    }
    g
}

// ----------------------------------------------------------------------------- CSR floor
struct Csr {
    off: Vec<u32>,
    adj: Vec<u32>,
    cost: Vec<f64>,
}

impl Csr {
    fn new(n: usize, el: &EdgeList, reverse: bool) -> Csr {
        let mut deg = vec![0u32; n + 1];
        for e in &el.edges {
            let t = if reverse { e.v } else { e.u };
            deg[t as usize + 1] += 1;
        }
        for i in 0..n {
            deg[i + 1] += deg[i];
        }
        let off = deg.clone();
        let mut fill = deg;
        let mut adj = vec![0u32; el.edges.len()];
        let mut cost = vec![0f64; el.edges.len()];
        // Keep each node's out-edges in insertion order (petgraph iterates them newest-first;
        // the order does not change any result we check).
        for e in &el.edges {
            let (t, h) = if reverse { (e.v, e.u) } else { (e.u, e.v) };
            let slot = fill[t as usize] as usize;
            adj[slot] = h;
            cost[slot] = 0.0 - e.weight.ln();
            fill[t as usize] += 1;
        }
        Csr { off, adj, cost }
    }
    fn n(&self) -> usize {
        self.off.len() - 1
    }
    fn nbrs(&self, u: u32) -> &[u32] {
        &self.adj[self.off[u as usize] as usize..self.off[u as usize + 1] as usize]
    }
}

/// BFS reach count (excluding the start) and number of edges scanned.
fn csr_bfs(c: &Csr, s: u32) -> (usize, usize) {
    let mut seen = vec![false; c.n()];
    let mut queue: Vec<u32> = Vec::with_capacity(1024);
    seen[s as usize] = true;
    queue.push(s);
    let mut head = 0;
    let mut scanned = 0;
    while head < queue.len() {
        let u = queue[head];
        head += 1;
        let ns = c.nbrs(u);
        scanned += ns.len();
        for &v in ns {
            if !seen[v as usize] {
                seen[v as usize] = true;
                queue.push(v);
            }
        }
    }
    (queue.len() - 1, scanned)
}

/// All simple paths from `s` to any target with <= cutoff edges (networkx semantics: a
/// path is reported whenever it reaches a target, and continues through it while some
/// target is not yet on the path). Paths are materialised like every library does.
fn csr_simple_paths(c: &Csr, s: u32, is_t: &[bool], n_t: usize, cutoff: usize) -> Vec<Vec<u32>> {
    let mut out = Vec::new();
    let mut on = vec![false; c.n()];
    let mut path: Vec<u32> = vec![s];
    let mut cursor: Vec<u32> = vec![c.off[s as usize]];
    on[s as usize] = true;
    let mut t_on = is_t[s as usize] as usize;
    while let Some(cur) = cursor.last_mut() {
        let u = *path.last().unwrap();
        if *cur < c.off[u as usize + 1] {
            let v = c.adj[*cur as usize];
            *cur += 1;
            if on[v as usize] {
                continue;
            }
            let vt = is_t[v as usize];
            if vt {
                let mut p = Vec::with_capacity(path.len() + 1);
                p.extend_from_slice(&path);
                p.push(v);
                out.push(p);
            }
            if path.len() < cutoff && t_on + (vt as usize) < n_t {
                on[v as usize] = true;
                t_on += vt as usize;
                path.push(v);
                cursor.push(c.off[v as usize]);
            }
        } else {
            cursor.pop();
            let u = path.pop().unwrap();
            on[u as usize] = false;
            t_on -= is_t[u as usize] as usize;
        }
    }
    out
}

#[derive(PartialEq)]
struct MinF(f64, u32);
impl Eq for MinF {}
impl PartialOrd for MinF {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for MinF {
    fn cmp(&self, o: &Self) -> Ordering {
        o.0.total_cmp(&self.0).then_with(|| o.1.cmp(&self.1))
    }
}

/// Dijkstra with early exit and path reconstruction on CSR; returns (cost, path).
fn csr_dijkstra(c: &Csr, s: u32, t: u32) -> Option<(f64, Vec<u32>)> {
    let n = c.n();
    let mut dist = vec![f64::INFINITY; n];
    let mut pred = vec![u32::MAX; n];
    let mut done = vec![false; n];
    let mut heap = BinaryHeap::new();
    dist[s as usize] = 0.0;
    heap.push(MinF(0.0, s));
    while let Some(MinF(d, u)) = heap.pop() {
        if done[u as usize] {
            continue;
        }
        done[u as usize] = true;
        if u == t {
            let mut p = vec![t];
            let mut x = t;
            while x != s {
                x = pred[x as usize];
                p.push(x);
            }
            p.reverse();
            return Some((d, p));
        }
        let (a, b) = (c.off[u as usize] as usize, c.off[u as usize + 1] as usize);
        for i in a..b {
            let v = c.adj[i];
            let nd = d + c.cost[i];
            if nd < dist[v as usize] {
                dist[v as usize] = nd;
                pred[v as usize] = u;
                heap.push(MinF(nd, v));
            }
        }
    }
    None
}

fn path_cost(g: &G, p: &[NodeIndex]) -> f64 {
    p.windows(2).map(|w| g[g.find_edge(w[0], w[1]).unwrap()].cost).sum()
}

// ----------------------------------------------------------------------------- main
fn main() {
    let args = Args::parse();
    let timer = args.timer;
    let mut sink = Sink::new(&args.out);
    for name in &args.only {
        let path = format!("{}/{}.txt", args.graphs, name);
        let el = match EdgeList::read(&path) {
            Ok(el) => el,
            Err(e) => {
                eprintln!("perf-baseline: {e}, skipped");
                continue;
            }
        };
        let gname = el.name.clone();
        let mut emit = |lib: &str, op: &str, s: Stats, check: String| sink.emit(lib, &gname, op, s, &check);
        let n = el.nodes.len();
        let ix = |i: u32| NodeIndex::new(i as usize);
        let s0 = ix(el.sources[0]);
        let far = ix(el.far);
        let cutoff = el.cutoff;
        let do_paths = !args.skip_paths.contains(&el.name);

        // ---------------- build
        let (st, g) = timer.measure(|| build(&el));
        emit("petgraph", "build", st, format!("{}/{}", g.node_count(), g.edge_count()));

        // ---------------- simple paths (source set x target set, <= cutoff edges)
        if do_paths {
            // petgraph: all_simple_paths_multi. Its max_intermediate_nodes is off by one
            // (it yields paths with up to max+1 intermediates), so cutoff-2 gives <= cutoff edges.
            let tset: hashbrown::HashSet<NodeIndex, RandomState> = el.targets.iter().map(|&t| ix(t)).collect();
            let (st, cnt) = timer.measure(|| {
                let mut cnt = 0usize;
                for &s in &el.sources {
                    cnt += all_simple_paths_multi::<Vec<NodeIndex>, _, RandomState>(
                        &g, ix(s), &tset, 0, Some(cutoff.saturating_sub(2)),
                    )
                    .count();
                }
                cnt
            });
            emit("petgraph", "simple_paths", st, cnt.to_string());

            // same with a fast hasher for `visited`/targets (what petgraph's docs suggest)
            let tset_fh: hashbrown::HashSet<NodeIndex, hashbrown::DefaultHashBuilder> =
                el.targets.iter().map(|&t| ix(t)).collect();
            let (st, cnt) = timer.measure(|| {
                let mut cnt = 0usize;
                for &s in &el.sources {
                    cnt += all_simple_paths_multi::<Vec<NodeIndex>, _, hashbrown::DefaultHashBuilder>(
                        &g, ix(s), &tset_fh, 0, Some(cutoff.saturating_sub(2)),
                    )
                    .count();
                }
                cnt
            });
            emit("petgraph", "x_simple_paths_foldhash", st, cnt.to_string());

            // petgraph pairwise: all_simple_paths per (source, target) pair (max_intermediate = cutoff-1)
            let (st, cnt) = timer.measure(|| {
                let mut cnt = 0usize;
                for &s in &el.sources {
                    for &t in &el.targets {
                        cnt += all_simple_paths::<Vec<NodeIndex>, _, RandomState>(
                            &g, ix(s), ix(t), 0, Some(cutoff - 1),
                        )
                        .count();
                    }
                }
                cnt
            });
            emit("petgraph", "x_simple_paths_pairwise", st, cnt.to_string());

            // rustworkx-core: all_simple_paths_multiple_targets (max_intermediate = cutoff-1)
            let tset17: hashbrown017::HashSet<NodeIndex> = el.targets.iter().map(|&t| ix(t)).collect();
            let (st, cnt) = timer.measure(|| {
                let mut cnt = 0usize;
                for &s in &el.sources {
                    let m = rustworkx_core::connectivity::all_simple_paths_multiple_targets(
                        &g, ix(s), &tset17, 0, Some(cutoff - 1),
                    );
                    cnt += m.values().map(|v| v.len()).sum::<usize>();
                }
                cnt
            });
            emit("rustworkx-core", "simple_paths", st, cnt.to_string());
        }

        // ---------------- descendants / ancestors
        let (st, cnt) = timer.measure(|| {
            let mut bfs = Bfs::new(&g, s0);
            let mut k = 0usize;
            while bfs.next(&g).is_some() {
                k += 1;
            }
            k - 1
        });
        emit("petgraph", "descendants", st, cnt.to_string());
        let (st, cnt) = timer.measure(|| {
            let r = Reversed(&g);
            let mut bfs = Bfs::new(r, far);
            let mut k = 0usize;
            while bfs.next(r).is_some() {
                k += 1;
            }
            k - 1
        });
        emit("petgraph", "ancestors", st, cnt.to_string());
        let (st, cnt) = timer.measure(|| rustworkx_core::traversal::descendants(&g, s0).count() - 1);
        emit("rustworkx-core", "descendants", st, cnt.to_string());
        let (st, cnt) = timer.measure(|| rustworkx_core::traversal::ancestors(&g, far).count() - 1);
        emit("rustworkx-core", "ancestors", st, cnt.to_string());

        // ---------------- strongest (evidence-weighted) path s0 -> far: min sum of -ln(w)
        let (st, r) = timer.measure(|| astar(&g, s0, |x| x == far, |e| e.weight().cost, |_| 0.0));
        let (c, p) = r.expect("path");
        debug_assert!((path_cost(&g, &p) - c).abs() < 1e-9);
        emit("petgraph", "strongest_path", st, format!("{c:.6}"));
        let (st, c) = timer.measure(|| dijkstra(&g, s0, Some(far), |e| e.weight().cost)[&far]);
        emit("petgraph", "x_strongest_path_cost_only", st, format!("{c:.6}"));
        let (st, (c, p)) = timer.measure(|| {
            let mut paths = rustworkx_core::dictmap::DictMap::default();
            let d: rustworkx_core::dictmap::DictMap<NodeIndex, f64> = rustworkx_core::shortest_path::dijkstra(
                &g,
                s0,
                Some(far),
                |e| Ok::<f64, Infallible>(e.weight().cost),
                Some(&mut paths),
            )
            .unwrap();
            (d[&far], paths.swap_remove(&far).unwrap())
        });
        debug_assert!((path_cost(&g, &p) - c).abs() < 1e-9);
        emit("rustworkx-core", "strongest_path", st, format!("{c:.6}"));

        // ---------------- context moderation: edges moderated by a barrier-rated context factor
        let (st, cnt) = timer.measure(|| {
            let barrier: Vec<bool> =
                g.node_weights().map(|n| n.rating.as_deref() == Some("barrier")).collect();
            g.edge_weights().filter(|e| e.moderators.iter().any(|m| barrier[m.index()])).count()
        });
        emit("petgraph", "moderated_edges", st, cnt.to_string());

        // ---------------- JSON (node-link document, string ids) via serde_json
        let (st, text) = timer.measure(|| serde_json::to_string(&to_node_link(&g)).unwrap());
        emit("petgraph", "json_dump", st, text.len().to_string());
        let (st, g2) = timer.measure(|| from_node_link(serde_json::from_str::<NodeLink>(&text).unwrap()));
        emit("petgraph", "json_load", st, format!("{}/{}", g2.node_count(), g2.edge_count()));
        drop(g2);
        let mb = text.len() as f64 / 1e6;
        let doc: NodeLink = serde_json::from_str(&text).unwrap();
        let (st, bytes) = timer.measure(|| serde_json::to_string(&doc).unwrap().len());
        emit("floor", "json_dump", st, format!("{bytes}"));
        emit("floor", "x_json_dump_MBps", st, format!("{:.0} MB/s", mb / st.median));
        drop(doc);
        let (st, nn) = timer.measure(|| serde_json::from_str::<NodeLink>(&text).unwrap().nodes.len());
        emit("floor", "json_load", st, format!("{nn}/{}", el.edges.len()));
        emit("floor", "x_json_parse_MBps", st, format!("{:.0} MB/s", mb / st.median));
        {
            // serde_json without the `float_roundtrip` feature does not parse every f64 exactly
            let back: NodeLink = serde_json::from_str(&text).unwrap();
            let orig = to_node_link(&g);
            let changed = orig.edges.iter().zip(&back.edges)
                .map(|(a, b)| (a.weight != b.weight) as usize + (a.cost != b.cost) as usize)
                .sum::<usize>();
            emit("floor", "x_json_f64_not_roundtripped", st, format!("{changed} of {} f64", 2 * el.edges.len()));
        }
        let (st, _) = timer.measure(|| serde_json::from_str::<serde_json::Value>(&text).unwrap());
        emit("floor", "x_json_parse_value_MBps", st, format!("{:.0} MB/s", mb / st.median));
        // petgraph's own serde-1 representation of Graph<Node, Edge> (no schema work at all)
        let (st, native) = timer.measure(|| serde_json::to_string(&g).unwrap());
        emit("petgraph", "x_json_dump_native_serde", st, native.len().to_string());
        let (st, g3) = timer.measure(|| serde_json::from_str::<G>(&native).unwrap());
        emit("petgraph", "x_json_load_native_serde", st, format!("{}/{}", g3.node_count(), g3.edge_count()));
        drop((g3, native, text));

        // ---------------- floor: hand-rolled CSR versions of the graph queries
        let fwd = Csr::new(n, &el, false);
        let rev = Csr::new(n, &el, true);
        let (st, (cnt, scanned)) = timer.measure(|| csr_bfs(&fwd, el.sources[0]));
        emit("floor", "descendants", st, cnt.to_string());
        emit("floor", "x_bfs_edges_per_s", st, format!("{:.0} M edges/s ({scanned} scanned)", scanned as f64 / st.median / 1e6));
        let (st, (cnt, _)) = timer.measure(|| csr_bfs(&rev, el.far));
        emit("floor", "ancestors", st, cnt.to_string());
        // Full sweep: BFS from every still-unseen node, touching every edge once.
        let (st, scanned) = timer.measure(|| {
            let mut seen = vec![false; fwd.n()];
            let mut queue: Vec<u32> = Vec::with_capacity(fwd.n());
            let mut scanned = 0usize;
            for s in 0..fwd.n() as u32 {
                if seen[s as usize] {
                    continue;
                }
                seen[s as usize] = true;
                queue.clear();
                queue.push(s);
                let mut head = 0;
                while head < queue.len() {
                    let u = queue[head];
                    head += 1;
                    let ns = fwd.nbrs(u);
                    scanned += ns.len();
                    for &v in ns {
                        if !seen[v as usize] {
                            seen[v as usize] = true;
                            queue.push(v);
                        }
                    }
                }
            }
            scanned
        });
        emit("floor", "x_bfs_full_sweep_edges_per_s", st, format!("{:.0} M edges/s ({scanned} edges)", scanned as f64 / st.median / 1e6));
        // petgraph's Bfs over the same full sweep for comparison (reuses one Bfs + visit map)
        let (st, visited) = timer.measure(|| {
            let mut bfs = Bfs::new(&g, NodeIndex::new(0));
            bfs.stack.clear();
            bfs.discovered.clear();
            let mut k = 0usize;
            for s in g.node_indices() {
                if bfs.discovered.put(s.index()) {
                    continue;
                }
                bfs.stack.push_back(s);
                while bfs.next(&g).is_some() {
                    k += 1;
                }
            }
            k
        });
        emit("petgraph", "x_bfs_full_sweep_edges_per_s", st, format!("{:.0} M edges/s ({visited} nodes)", el.edges.len() as f64 / st.median / 1e6));
        // ---------------- petgraph with payloads kept out of the adjacency ("slim": DiGraph<(), ()>
        // plus side arrays indexed by NodeIndex/EdgeIndex) -- shows what fat inline payloads cost.
        let slim: DiGraph<(), ()> = {
            let mut h = DiGraph::with_capacity(n, el.edges.len());
            for _ in 0..n {
                h.add_node(());
            }
            for e in &el.edges {
                h.add_edge(ix(e.u), ix(e.v), ());
            }
            h
        };
        let slim_cost: Vec<f64> = el.edges.iter().map(|e| 0.0 - e.weight.ln()).collect();
        let (st, cnt) = timer.measure(|| {
            let mut bfs = Bfs::new(&slim, s0);
            let mut k = 0usize;
            while bfs.next(&slim).is_some() {
                k += 1;
            }
            k - 1
        });
        emit("petgraph", "x_descendants_slim", st, cnt.to_string());
        let (st, _) = timer.measure(|| {
            let mut bfs = Bfs::new(&slim, NodeIndex::new(0));
            bfs.stack.clear();
            bfs.discovered.clear();
            let mut k = 0usize;
            for s in slim.node_indices() {
                if bfs.discovered.put(s.index()) {
                    continue;
                }
                bfs.stack.push_back(s);
                while bfs.next(&slim).is_some() {
                    k += 1;
                }
            }
            k
        });
        emit("petgraph", "x_bfs_full_sweep_slim_edges_per_s", st, format!("{:.0} M edges/s", el.edges.len() as f64 / st.median / 1e6));
        let (st, r) = timer.measure(|| astar(&slim, s0, |x| x == far, |e| slim_cost[e.id().index()], |_| 0.0));
        emit("petgraph", "x_strongest_path_slim", st, format!("{:.6}", r.expect("path").0));
        drop((slim, slim_cost));
        // Same slim graph, edges inserted grouped by source: petgraph threads each node's
        // edge list through the edge array, so insertion order decides memory locality.
        let sorted: DiGraph<(), ()> = {
            let mut order: Vec<usize> = (0..el.edges.len()).collect();
            order.sort_by_key(|&i| (el.edges[i].u, el.edges[i].v));
            let mut h = DiGraph::with_capacity(n, el.edges.len());
            for _ in 0..n {
                h.add_node(());
            }
            for &i in order.iter().rev() {
                // reversed: petgraph prepends to each node's list, so iteration order stays ascending
                h.add_edge(ix(el.edges[i].u), ix(el.edges[i].v), ());
            }
            h
        };
        let (st, cnt) = timer.measure(|| {
            let mut bfs = Bfs::new(&sorted, s0);
            let mut k = 0usize;
            while bfs.next(&sorted).is_some() {
                k += 1;
            }
            k - 1
        });
        emit("petgraph", "x_descendants_slim_sorted", st, cnt.to_string());
        let (st, _) = timer.measure(|| {
            let mut bfs = Bfs::new(&sorted, NodeIndex::new(0));
            bfs.stack.clear();
            bfs.discovered.clear();
            let mut k = 0usize;
            for s in sorted.node_indices() {
                if bfs.discovered.put(s.index()) {
                    continue;
                }
                bfs.stack.push_back(s);
                while bfs.next(&sorted).is_some() {
                    k += 1;
                }
            }
            k
        });
        emit("petgraph", "x_bfs_full_sweep_slim_sorted_edges_per_s", st, format!("{:.0} M edges/s", el.edges.len() as f64 / st.median / 1e6));
        drop(sorted);

        if do_paths {
            let mut is_t = vec![false; n];
            for &t in &el.targets {
                is_t[t as usize] = true;
            }
            let (st, cnt) = timer.measure(|| {
                el.sources.iter().map(|&s| csr_simple_paths(&fwd, s, &is_t, el.targets.len(), cutoff).len()).sum::<usize>()
            });
            emit("floor", "simple_paths", st, cnt.to_string());
        }
        let (st, r) = timer.measure(|| csr_dijkstra(&fwd, el.sources[0], el.far));
        let (c, _p) = r.expect("path");
        emit("floor", "strongest_path", st, format!("{c:.6}"));
        // Parity check: floor builds its CSR from the file, so the same graph/answers.
        let _ = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_graph() -> DiGraph<(), ()> {
        DiGraph::from_edges([(0u32, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
    }

    /// Longest path (in edges) each API yields for a given max_intermediate_nodes.
    #[test]
    fn max_intermediate_semantics() {
        let g = path_graph();
        let all: hashbrown::HashSet<NodeIndex, RandomState> = (1..6).map(NodeIndex::new).collect();
        let all17: hashbrown017::HashSet<NodeIndex> = (1..6).map(NodeIndex::new).collect();
        for k in 0..3usize {
            let multi = all_simple_paths_multi::<Vec<NodeIndex>, _, RandomState>(&g, NodeIndex::new(0), &all, 0, Some(k))
                .map(|p| p.len() - 1).max().unwrap();
            let single = (1..6).flat_map(|t| all_simple_paths::<Vec<NodeIndex>, _, RandomState>(&g, NodeIndex::new(0), NodeIndex::new(t), 0, Some(k)))
                .map(|p| p.len() - 1).max().unwrap();
            let rxc = rustworkx_core::connectivity::all_simple_paths_multiple_targets(&g, NodeIndex::new(0), &all17, 0, Some(k))
                .values().flatten().map(|p| p.len() - 1).max().unwrap();
            // k intermediate nodes == k + 1 edges
            assert_eq!(single, k + 1, "all_simple_paths");
            assert_eq!(rxc, k + 1, "rustworkx-core");
            assert_eq!(multi, k + 2, "all_simple_paths_multi yields one more intermediate node than asked");
        }
    }
}

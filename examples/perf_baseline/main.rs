//! isp-moc's column in the side-by-side performance harness (`perf/`, see
//! `docs/PERFORMANCE.md`): reads the harness's seeded edge lists, runs each operation
//! through the crate's public API (real records, validation and ids) and writes the
//! harness's TSV rows.
//!
//! ```sh
//! cd perf
//! CRATE_BENCH_CMD="cargo run --release -q --manifest-path $PWD/../Cargo.toml --example perf_baseline --" ./compare.sh --quick
//! ```
//!
//! The mapping from edge lists to models is in `model.rs`; the context factors' barrier
//! ratings (what a site profile would hold) are kept beside the model.

#[path = "harness.rs"]
mod harness;
#[path = "model.rs"]
mod model;

use std::collections::HashSet;

use harness::{Args, EdgeList, Sink};
use isp_moc::query::{PathQuery, Ranking, Reach};
use model::build;

/// Column name in the report.
const LIB: &str = "isp-moc";

fn main() {
    let args = Args::parse();
    let timer = args.timer;
    let mut sink = Sink::new(&args.out);
    for name in &args.only {
        let Ok(el) = EdgeList::read(&format!("{}/{}.txt", args.graphs, name)) else {
            continue;
        };
        let gname = el.name.clone();
        let mut emit = |op: &str, st, check: String| sink.emit(LIB, &gname, op, st, &check);
        let id = |i: u32| el.nodes[i as usize].label.as_str();
        let (s0, far) = (id(el.sources[0]), id(el.far));

        let (st, g) = timer.measure(|| build(&el));
        emit(
            "build",
            st,
            format!("{}/{}", g.mechanism_count(), g.link_count()),
        );

        if !args.skip_paths.contains(&el.name) {
            let q = PathQuery::new(
                el.sources.iter().map(|&s| id(s)),
                el.targets.iter().map(|&t| id(t)),
            )
            .max_hops(el.cutoff)
            .max_paths(usize::MAX - 1)
            .max_steps(u64::MAX);
            let (st, n) = timer.measure(|| g.pathways(&q).map(|set| set.len()).unwrap_or(0));
            emit("simple_paths", st, n.to_string());
        }

        let (st, n) = timer.measure(|| g.downstream(s0, Reach::all()).map_or(0, |r| r.len()));
        emit("descendants", st, n.to_string());
        let (st, n) = timer.measure(|| g.upstream(far, Reach::all()).map_or(0, |r| r.len()));
        emit("ancestors", st, n.to_string());

        let q = PathQuery::new([s0], [far]).max_hops(usize::MAX);
        let by_weight = q.clone().rank_by(Ranking::Weight);
        let (st, p) = timer.measure(|| g.strongest_pathway(&by_weight).ok().flatten());
        let cost = p.and_then(|p| p.weight_cost()).unwrap_or(f64::NAN);
        emit("strongest_path", st, format!("{cost:.6}"));
        let (st, p) = timer.measure(|| g.strongest_pathway(&q).ok().flatten());
        let support = p.map_or(0, |p| p.strength().support());
        emit(
            "x_strongest_path_support",
            st,
            format!("weakest link {support}"),
        );

        let barriers: Vec<&str> = el
            .nodes
            .iter()
            .filter(|n| n.rating.as_deref() == Some("barrier"))
            .map(|n| n.label.as_str())
            .collect();
        let (st, n) = timer.measure(|| {
            g.links_moderated_by(barriers.iter().copied())
                .map_or(0, |l| l.len())
        });
        emit("moderated_edges", st, n.to_string());
        let (st, n) = timer.measure(|| {
            let barrier: HashSet<&str> = barriers.iter().copied().collect();
            g.links()
                .iter()
                .filter(|l| l.moderators.iter().any(|m| barrier.contains(m.as_str())))
                .count()
        });
        emit("x_moderated_edges_scan", st, n.to_string());

        // The peers write compact JSON, so the json rows are the compact document
        // (`to_json_compact`); the pretty one (`to_json`, for files people read) is an
        // extra row.
        let (st, compact) = timer.measure(|| isp_moc::io::to_json_compact(&g));
        emit("json_dump", st, compact.len().to_string());
        let (st, pretty) = timer.measure(|| isp_moc::io::to_json(&g));
        emit("x_json_dump_pretty", st, pretty.len().to_string());
        let loaded_check = |l: Option<isp_moc::MechanismGraph>| {
            l.map_or("failed".to_owned(), |l| {
                format!("{}/{}", l.mechanism_count(), l.link_count())
            })
        };
        let (st, loaded) = timer.measure(|| isp_moc::io::from_json(&compact).ok());
        emit("json_load", st, loaded_check(loaded));
        let (st, loaded) = timer.measure(|| isp_moc::io::from_json(&pretty).ok());
        emit("x_json_load_pretty", st, loaded_check(loaded));
    }
}

//! Std-only benchmark harness of the side-by-side comparison (`perf/`): the one file
//! that both the crate's perf examples and the peers' baseline (`perf/rust-baseline`,
//! through `#[path]`) compile, so both sides read the same edge-list files, time the same
//! way and write the same TSV rows. Kept here so the packaged crate's examples build.
//!
//! Edge-list format: see `gen_graphs.py` (N lines, then E lines; `# key value...` headers).
//! TSV row: `lib \t graph \t op \t median_s \t min_s \t samples \t iters \t check`.

#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct NodeRec {
    pub kind: String,
    /// `Some("barrier" | "facilitator" | "neutral")` for context factors, else `None`.
    pub rating: Option<String>,
    pub label: String,
}

#[derive(Clone, Debug)]
pub struct EdgeRec {
    pub u: u32,
    pub v: u32,
    pub sign: i8,
    /// Evidence weight in (0, 1]; strongest pathway uses cost = -ln(weight).
    pub weight: f64,
    /// Indices of context nodes moderating this edge.
    pub moderators: Vec<u32>,
}

#[derive(Clone, Debug)]
pub struct EdgeList {
    pub name: String,
    pub nodes: Vec<NodeRec>,
    pub edges: Vec<EdgeRec>,
    /// Source set for all_simple_paths; `sources[0]` is the start of descendants / Dijkstra.
    pub sources: Vec<u32>,
    /// Target set for all_simple_paths.
    pub targets: Vec<u32>,
    /// Target of the strongest-path query and start of the ancestors query.
    pub far: u32,
    /// Max path length in EDGES for all_simple_paths (networkx semantics).
    pub cutoff: usize,
}

impl EdgeList {
    pub fn read(path: &str) -> Result<EdgeList, String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let mut el = EdgeList {
            name: String::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
            sources: Vec::new(),
            targets: Vec::new(),
            far: 0,
            cutoff: 0,
        };
        let ints = |it: std::str::SplitWhitespace| -> Vec<u32> {
            it.map(|x| x.parse().expect("int")).collect()
        };
        for line in text.lines() {
            let mut it = line.split_whitespace();
            match it.next() {
                Some("E") => {
                    let u = it.next().unwrap().parse().unwrap();
                    let v = it.next().unwrap().parse().unwrap();
                    let sign = it.next().unwrap().parse().unwrap();
                    let weight = it.next().unwrap().parse().unwrap();
                    let m = it.next().unwrap();
                    let moderators = if m == "-" {
                        Vec::new()
                    } else {
                        m.split(',').map(|x| x.parse().unwrap()).collect()
                    };
                    el.edges.push(EdgeRec {
                        u,
                        v,
                        sign,
                        weight,
                        moderators,
                    });
                }
                Some("N") => {
                    let _idx = it.next();
                    let kind = it.next().unwrap().to_string();
                    let r = it.next().unwrap();
                    let label = it.next().unwrap().to_string();
                    let rating = if r == "-" { None } else { Some(r.to_string()) };
                    el.nodes.push(NodeRec {
                        kind,
                        rating,
                        label,
                    });
                }
                Some("#") => match it.next() {
                    Some("name") => el.name = it.next().unwrap_or("").to_string(),
                    Some("sources") => el.sources = ints(it),
                    Some("targets") => el.targets = ints(it),
                    Some("far") => el.far = it.next().unwrap().parse().unwrap(),
                    Some("cutoff") => el.cutoff = it.next().unwrap().parse().unwrap(),
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(el)
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Stats {
    pub median: f64,
    pub min: f64,
    pub samples: usize,
    pub iters: usize,
}

/// Median-of-samples timer. Each sample runs the closure `iters` times (chosen so one
/// sample lasts >= `target_sample`); sampling stops once both `min_samples` and
/// `budget` are reached, or at `max_samples`. An op slower than 0.5 s counts its first
/// (warm-up) run as a sample. With one run per sample the previous result is dropped
/// outside the timed region; with several, dropping results is part of the time.
#[derive(Clone, Copy, Debug)]
pub struct Timer {
    pub budget: Duration,
    pub min_samples: usize,
    pub max_samples: usize,
    pub target_sample: Duration,
}

impl Default for Timer {
    fn default() -> Self {
        Timer {
            budget: Duration::from_millis(250),
            min_samples: 3,
            max_samples: 50,
            target_sample: Duration::from_millis(1),
        }
    }
}

impl Timer {
    pub fn measure<R>(&self, mut f: impl FnMut() -> R) -> (Stats, R) {
        let t0 = Instant::now();
        let mut result: Option<R> = Some(std::hint::black_box(f()));
        let dt = t0.elapsed();
        let mut samples: Vec<f64> = Vec::new();
        let iters = if dt >= Duration::from_millis(500) {
            samples.push(dt.as_secs_f64());
            1
        } else {
            let d = dt.as_secs_f64().max(1e-9);
            ((self.target_sample.as_secs_f64() / d).ceil() as usize).max(1)
        };
        let start = Instant::now();
        while samples.len() < self.max_samples
            && (samples.len() < self.min_samples || start.elapsed() < self.budget)
        {
            if iters == 1 {
                // one run per sample (ops >= target_sample): free the previous result untimed
                drop(result.take());
                let t = Instant::now();
                let r = std::hint::black_box(f());
                samples.push(t.elapsed().as_secs_f64());
                result = Some(r);
            } else {
                let t = Instant::now();
                for _ in 0..iters {
                    drop(result.replace(std::hint::black_box(f())));
                }
                samples.push(t.elapsed().as_secs_f64() / iters as f64);
            }
        }
        let min = samples.iter().cloned().fold(f64::INFINITY, f64::min);
        samples.sort_by(|a, b| a.total_cmp(b));
        let n = samples.len();
        let median = if n % 2 == 1 {
            samples[n / 2]
        } else {
            (samples[n / 2 - 1] + samples[n / 2]) / 2.0
        };
        (
            Stats {
                median,
                min,
                samples: n,
                iters,
            },
            result.unwrap(),
        )
    }
}

/// Writes TSV rows (to a file or stdout) and a human-readable line to stderr.
pub struct Sink {
    out: Box<dyn Write>,
}

impl Sink {
    pub fn new(path: &str) -> Sink {
        let out: Box<dyn Write> = if path == "-" {
            Box::new(std::io::stdout())
        } else {
            Box::new(fs::File::create(path).expect("create TSV"))
        };
        Sink { out }
    }

    pub fn emit(&mut self, lib: &str, graph: &str, op: &str, s: Stats, check: &str) {
        writeln!(
            self.out,
            "{lib}\t{graph}\t{op}\t{:.9e}\t{:.9e}\t{}\t{}\t{check}",
            s.median, s.min, s.samples, s.iters
        )
        .unwrap();
        self.out.flush().unwrap();
        eprintln!(
            "  {lib:14} {graph:8} {op:30} {:>10}  n={:<3} it={:<6} {check}",
            fmt_secs(s.median),
            s.samples,
            s.iters
        );
    }
}

pub fn fmt_secs(s: f64) -> String {
    if s < 1e-6 {
        format!("{:.0} ns", s * 1e9)
    } else if s < 1e-3 {
        format!("{:.1} us", s * 1e6)
    } else if s < 1.0 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.2} s", s)
    }
}

/// Minimal `--key value` argument parsing shared by the baseline and the crate example.
pub struct Args {
    pub graphs: String,
    pub out: String,
    pub only: Vec<String>,
    pub skip_paths: Vec<String>,
    pub timer: Timer,
}

impl Args {
    pub fn parse() -> Args {
        let here = env!("CARGO_MANIFEST_DIR");
        let mut a = Args {
            graphs: format!("{here}/../graphs"),
            out: "-".into(),
            only: "fig2,syn1k,syn10k,syn100k,syn1m"
                .split(',')
                .map(String::from)
                .collect(),
            skip_paths: Vec::new(),
            timer: Timer::default(),
        };
        let argv: Vec<String> = std::env::args().skip(1).collect();
        let mut i = 0;
        while i < argv.len() {
            let val = argv.get(i + 1).cloned().unwrap_or_default();
            match argv[i].as_str() {
                "--graphs" => a.graphs = val,
                "--out" => a.out = val,
                "--only" => {
                    a.only = val
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                }
                "--skip-paths" => {
                    a.skip_paths = val
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                }
                "--budget" => a.timer.budget = Duration::from_secs_f64(val.parse().unwrap()),
                "--min-samples" => a.timer.min_samples = val.parse().unwrap(),
                "--max-samples" => a.timer.max_samples = val.parse().unwrap(),
                "--bench" => {
                    i += 1; // `cargo bench` passes --bench; ignore it
                    continue;
                }
                other => panic!("unknown argument {other}"),
            }
            i += 2;
        }
        a
    }
}

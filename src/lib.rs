//! # isp-moc
//!
//! Typed, queryable mechanisms of change for **implementation support practitioners**
//! (ISPs), after Albers, Metz, Burke, Bührmann, Bartley, Driessen & Varsi, *The Mechanisms
//! of Implementation Support: Findings from a Systematic Integrative Review*, Research on
//! Social Work Practice 32(3), 2022, doi:10.1177/10497315211042375.
//!
//! The review explains how ISPs bring about change with Dalkin et al.'s split of a
//! mechanism: the ISP is a **resource** (knowledge, skills = use of implementation
//! strategies, attitudes); stakeholders respond with **reasoning** (COM-B capability,
//! opportunity, motivation, plus *relational* responses such as trust); **context** (the
//! five CFIR domains) shapes the interaction; the **outcome** is implementation behaviour.
//! This crate turns that model into software:
//!
//! * [`vocab`]: the frameworks as typed enums with stable ids (CFIR 2009 and 2022 with a
//!   version tag and a partial 2009 → 2022 correspondence, typed CFIR construct ratings,
//!   COM-B, TDF, the Behaviour Change Wheel, ERIC, ISP competencies, Proctor outcomes,
//!   causal-pathway-diagram elements, ISP resources and roles);
//! * [`model`]: mechanisms, links and their evidence (publication counts, citations,
//!   enabling and hindering observations);
//! * [`MechanismGraph`]: a validated graph you query by id ([`query`]): all bounded
//!   pathways, the strongest pathway, up/downstream sets, feedback loops, the context
//!   bearing on a pathway and the evidence against it;
//! * [`catalog`]: the paper's Figure 2 model, built in and traced to its text;
//! * [`export`]: Graphviz DOT and Mermaid drawings laid out by the model's own structure
//!   (or the paper's columns), with polarity, a legend and a style hook; GraphML,
//!   networkx node-link JSON and DAGitty;
//! * [`assess`]: a site's context, as CFIR ratings, turned into a standing for every
//!   mechanism and pathway, and the factors to address first;
//! * [`lint`]: warnings about a valid model (what no resource reaches, links traced to
//!   nothing, unsupported links that make pathways strength 0), returned as data;
//! * [`compare`]: what differs between two models, and one model merged into another
//!   through an id crosswalk, evidence unioned and conflicts reported;
//! * [`synth`]: coded excerpts of the review's studies (read from a spreadsheet) turned
//!   into the tables the review reports and into evidence weighing a model's links;
//! * `io` (feature `serde`): a model saved and loaded as versioned JSON or GraphML, with
//!   every problem of a file placed at its line and column;
//! * [`limits`] and [`error`]: the bounds every reader enforces, and the one error type.
//!
//! ```
//! use isp_moc::query::PathQuery;
//!
//! let g = isp_moc::catalog::figure2();
//! // "installing trust ... and utilizing this trust to promote meaningful and relevant learning"
//! let p = g.strongest_pathway(&PathQuery::new(["isp_skills"], ["self_efficacy"]).via_any(["trust"]).max_hops(3))
//!     .map_err(|e| e.to_string());
//! assert!(p.is_err()); // strongest_pathway takes no `via_any`: enumerate instead
//! let set = g.pathways(&PathQuery::new(["isp_skills"], ["self_efficacy"]).via_any(["trust"]))?;
//! assert_eq!(set.pathways[0].labels(&g),
//!     "ISP skills → Trust → Meaningful learning → Self-efficacy");
//! for against in g.hindering_along(&set.pathways[0])? {
//!     println!("hindering: {}", against.observation.summary);
//! }
//! # Ok::<(), isp_moc::Error>(())
//! ```
//!
//! ## Crate features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for the model and a versioned JSON
//!   document for whole graphs (the `io` module).
//! * `schemars`: JSON Schema for the document and every vocabulary (implies `serde`).
//! * `csv` (default): CFIR rating matrices (`assess::read_rating_matrix`) and coded-excerpt
//!   spreadsheets (`synth::read_evidence_csv`) from CSV.
//! * `cli`: the `isp-moc` command (`cargo install isp-moc --features cli`); not needed to
//!   use the library.
//!
//! ## Minimum supported Rust version
//!
//! 1.89, declared as `rust-version` in `Cargo.toml` (the highest `rust-version` of the
//! dependencies it resolves to).
//!
//! ## Design notes
//!
//! See [`_documentation::design`] and the [`_documentation::changelog`]; how to model a
//! paper yourself is `docs/MODELLING.md` (`_documentation::modelling`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// No panics reachable from the public API (issue 11); tests may (clippy.toml).
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented,
    clippy::missing_errors_doc
)]
#![cfg_attr(docsrs_isp_moc, feature(doc_cfg))]

#[macro_use]
mod macros;

mod csv_text;
pub mod error;
mod number_text;
mod prose;
// The graph's hot loops index its own arrays by node and link numbers the builder
// checked; `[]` keeps them bounds-checked (a bug panics, never reads out of range)
// without a `get` per step. Public functions still return errors, never panic.
#[allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::missing_errors_doc
)]
mod graph;
mod id;
pub mod limits;
mod suggest;

pub mod assess;
pub mod catalog;
pub mod compare;
pub mod export;
#[cfg(feature = "serde")]
pub mod io;
pub mod lint;
pub mod model;
// The queries' hot loops index its own arrays by node and link numbers the builder
// checked; `[]` keeps them bounds-checked (a bug panics, never reads out of range)
// without a `get` per step. Public functions still return errors, never panic.
#[allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::missing_errors_doc
)]
pub mod query;
pub mod synth;
pub mod vocab;

pub use error::{Error, ErrorKind, Result};
pub use graph::{MechanismGraph, MechanismGraphBuilder, ModelParts};
pub use id::MechanismId;

/// Longer documents compiled into the API docs (their code blocks run as tests).
pub mod _documentation {
    #[doc = include_str!("../docs/DESIGN.md")]
    pub mod design {}
    #[doc = include_str!("../docs/MODELLING.md")]
    #[cfg(feature = "serde")]
    pub mod modelling {}
    #[doc = include_str!("../docs/ASSESSMENT.md")]
    pub mod assessment {}
    #[doc = include_str!("../CHANGELOG.md")]
    pub mod changelog {}
    #[doc = include_str!("../README.md")]
    #[cfg(feature = "serde")]
    pub mod readme {}
}

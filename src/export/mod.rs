//! Exports to the formats other tools read.
//!
//! * [`dot`]: Graphviz DOT, laid out by the model's own structure ([`Layout::Ranks`]) or in
//!   the paper's Figure 2 columns ([`Layout::Columns`], Figure 2's own preference), with
//!   polarity, context, inferred links and hindering evidence drawn, and a legend.
//! * [`mermaid`]: a Mermaid flowchart drawn the same way, for GitHub and Markdown.
//! * [`graphml`]: GraphML with typed attributes for networkx, Gephi, yEd and Cytoscape;
//!   with the default options it reads back losslessly with
//!   [`io::from_graphml`](crate::io::from_graphml).
//! * [`node_link`] (feature `serde`): networkx node-link JSON.
//! * [`dagitty`]: a DAGitty model string for dagitty.net and the dagitty R package.
//!
//! Both drawings take one [`DrawOptions`], whose [`Styles`] colour, emphasise or annotate
//! chosen mechanisms and links (for overlays such as a context assessment).
//!
//! Every export is deterministic: the same model always gives byte-identical output
//! (elements and links in declaration order), so exports can be committed and diffed.
//! Every export takes any valid graph, whatever its labels hold, and never panics.
//!
//! | format | carries | leaves out |
//! |---|---|---|
//! | DOT, Mermaid | ids, labels, publication counts, layout, relation, polarity, basis, support, hindering count | descriptions, categories beyond the element group, citations, observations, passages, notes |
//! | GraphML | everything (lossless with the default options) | characters XML 1.0 cannot hold (written as U+FFFD) |
//! | node-link JSON | everything | nothing |
//! | DAGitty | ids, labels, exposure/outcome roles, column positions, arrows | relation, polarity, basis, evidence, categories |

mod dagitty;
mod dot;
mod draw_options;
mod drawing;
pub(crate) mod graphml;
mod json_text;
mod layout;
mod mermaid;
#[cfg(feature = "serde")]
mod node_link;
mod ranks;
mod style;

pub use dagitty::{dagitty, DagittyOptions};
pub use dot::dot;
pub use draw_options::DrawOptions;
pub(crate) use graphml::{escape_attribute as xml_attribute, escape_text as xml_text};
pub use graphml::{graphml, GraphMlOptions};
pub use layout::Layout;
pub use mermaid::mermaid;
#[cfg(feature = "serde")]
pub use node_link::{node_link, NodeLinkOptions};
pub use style::{Color, Emphasis, Style, Styles};

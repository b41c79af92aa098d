//! Exports to the formats other tools read.
//!
//! * [`dot`]: Graphviz DOT laid out like the paper's Figure 2 (one column per element
//!   group, context as dashed moderators, hindering evidence in red).
//!
//! Every export is deterministic: the same model always gives byte-identical output
//! (elements and links in declaration order), so exports can be committed and diffed.

mod dot;

pub use dot::{dot, DotOptions};

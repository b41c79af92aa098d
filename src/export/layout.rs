//! The column layout shared by the drawing exports (DOT, Mermaid, DAGitty positions).

use crate::model::{Category, Mechanism};
use crate::vocab::ReasoningType;

/// One column of the layout: which elements it holds, its heading and fill colour.
pub(super) struct Column {
    /// Stable key (cluster, subgraph and class names).
    pub(super) key: &'static str,
    /// Heading shown above the column.
    pub(super) heading: &'static str,
    /// Fill colour of its elements.
    pub(super) fill: &'static str,
    /// Whether an element of this category belongs in the column.
    pub(super) holds: fn(&Category) -> bool,
}

/// The paper's reading order: context, resources, the four response types, outcome.
pub(super) static COLUMNS: [Column; 7] = [
    Column {
        key: "context",
        heading: "Context (CFIR)",
        fill: "#eeeeee",
        holds: |c| matches!(c, Category::Context { .. }),
    },
    Column {
        key: "resource",
        heading: "ISP resources",
        fill: "#d6e4f5",
        holds: |c| matches!(c, Category::Resource { .. }),
    },
    Column {
        key: "relational",
        heading: "Relational",
        fill: "#f7d9d4",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Relational),
    },
    Column {
        key: "capability",
        heading: "Capability",
        fill: "#d9eed5",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Capability),
    },
    Column {
        key: "opportunity",
        heading: "Opportunity",
        fill: "#fbefc5",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Opportunity),
    },
    Column {
        key: "motivation",
        heading: "Motivation",
        fill: "#e6dcf1",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Motivation),
    },
    Column {
        key: "outcome",
        heading: "Outcome",
        fill: "#f5f5f5",
        holds: |c| matches!(c, Category::Outcome { .. }),
    },
];

/// The members of each column, in declaration order, keeping only `shown` elements.
pub(super) fn columns(
    mechanisms: &[Mechanism],
    shown: impl Fn(&Mechanism) -> bool,
) -> Vec<(&'static Column, Vec<&Mechanism>)> {
    COLUMNS
        .iter()
        .map(|column| {
            let members = mechanisms
                .iter()
                .filter(|m| (column.holds)(&m.category) && shown(m))
                .collect();
            (column, members)
        })
        .collect()
}

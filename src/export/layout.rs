//! [`Layout`], and the columns shared by the drawing exports (DOT, Mermaid, DAGitty
//! positions): the paper's column order, and the heading and fill of each element group.

use crate::model::{Category, Mechanism, MechanismKind};
use crate::vocab::ReasoningType;

vocabulary! {
    /// How a drawing ([`dot`](super::dot), [`mermaid`](super::mermaid)) places the
    /// mechanisms, left to right.
    ///
    /// Chosen by [`DrawOptions::layout`](super::DrawOptions::layout); when that is `None`,
    /// by the model's own preference, [`ModelInfo::layout`](crate::model::ModelInfo::layout)
    /// (Figure 2 prefers [`Columns`](Layout::Columns)); without either, [`Ranks`](Layout::Ranks).
    /// Stored in files by its id (`"ranks"`, `"columns"`). `#[non_exhaustive]`: more
    /// layouts can join.
    ///
    /// ```
    /// use isp_moc::export::Layout;
    /// assert_eq!("columns".parse::<Layout>()?, Layout::Columns);
    /// assert_eq!(Layout::Ranks.as_str(), "ranks");
    /// assert_eq!(isp_moc::catalog::figure2().info().layout, Some(Layout::Columns));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Layout ("drawing layout") {
        Ranks = "ranks" {
            "ranks",
            "By the model's own structure: resources first, each mechanism one rank after the furthest mechanism leading to it (links that close a feedback loop do not count), a context factor or any other element nothing leads to just before the first mechanism it acts on.",
            aliases: ["rank", "structure", "by structure"],
        },
        Columns = "columns" {
            "columns",
            "The paper's Figure 2 columns: context, ISP resources, relational, capability, opportunity and motivation responses, outcome.",
            aliases: ["column", "figure2", "figure 2", "paper"],
        },
    }
}

/// One column of the layout: which elements it holds, its heading and fill colour.
pub(super) struct Column {
    /// Stable key (cluster, subgraph and class names).
    pub(super) key: &'static str,
    /// Heading shown above the column.
    pub(super) heading: &'static str,
    /// Fill colour of its elements.
    pub(super) fill: &'static str,
    /// The kind of its elements (which decides their shape).
    pub(super) kind: MechanismKind,
    /// Whether an element of this category belongs in the column.
    pub(super) holds: fn(&Category) -> bool,
}

/// The paper's reading order: context, resources, the four response types, outcome.
pub(super) static COLUMNS: [Column; 7] = [
    Column {
        key: "context",
        kind: MechanismKind::Context,
        heading: "Context (CFIR)",
        fill: "#eeeeee",
        holds: |c| matches!(c, Category::Context { .. }),
    },
    Column {
        key: "resource",
        kind: MechanismKind::Resource,
        heading: "ISP resources",
        fill: "#d6e4f5",
        holds: |c| matches!(c, Category::Resource { .. }),
    },
    Column {
        key: "relational",
        kind: MechanismKind::Reasoning,
        heading: "Relational",
        fill: "#f7d9d4",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Relational),
    },
    Column {
        key: "capability",
        kind: MechanismKind::Reasoning,
        heading: "Capability",
        fill: "#d9eed5",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Capability),
    },
    Column {
        key: "opportunity",
        kind: MechanismKind::Reasoning,
        heading: "Opportunity",
        fill: "#fbefc5",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Opportunity),
    },
    Column {
        key: "motivation",
        kind: MechanismKind::Reasoning,
        heading: "Motivation",
        fill: "#e6dcf1",
        holds: |c| c.reasoning_type() == Some(ReasoningType::Motivation),
    },
    Column {
        key: "outcome",
        kind: MechanismKind::Outcome,
        heading: "Outcome",
        fill: "#f5f5f5",
        holds: |c| matches!(c, Category::Outcome { .. }),
    },
];

/// The column of an element.
pub(super) fn column_of(category: &Category) -> &'static Column {
    // Every category belongs to exactly one column (the response types cover reasoning).
    COLUMNS
        .iter()
        .find(|c| (c.holds)(category))
        .unwrap_or(&COLUMNS[0])
}

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

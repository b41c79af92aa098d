//! What a drawing shows, decided once for both writers ([`dot`](super::dot) and
//! [`mermaid`](super::mermaid)): the groups of mechanisms left to right, the links drawn,
//! and the legend's keys.

use super::layout::{column_of, columns, Column, COLUMNS};
use super::ranks::rank;
use super::{DrawOptions, Layout, Style};
use crate::model::{Basis, Link, Mechanism, MechanismKind, Polarity, Relation};
use crate::MechanismGraph;

/// A drawing, before it is written in a format.
pub(super) struct Drawing<'g> {
    /// Left to right: the non-empty columns, or the ranks.
    pub(super) groups: Vec<Group<'g>>,
    /// The links drawn (both ends shown), in declaration order.
    pub(super) links: Vec<Drawn<'g>>,
    /// The legend's keys, in the order shown; empty without a legend.
    pub(super) legend: Vec<Key<'g>>,
}

/// One group of mechanisms drawn side by side: a column of the paper, or a rank.
pub(super) struct Group<'g> {
    /// The column, in the column layout.
    pub(super) column: Option<&'static Column>,
    pub(super) members: Vec<&'g Mechanism>,
}

/// One link as drawn.
pub(super) struct Drawn<'g> {
    pub(super) link: &'g Link,
    pub(super) from_context: bool,
    /// Closes a feedback loop (rank layout only): it does not constrain the layout.
    pub(super) feedback: bool,
    pub(super) hindering: usize,
    pub(super) style: Option<&'g Style>,
    /// The labels of the context factors moderating the link (the id of one the graph
    /// does not hold): a reader finds the factor's box by the text it shows.
    pub(super) moderators: Vec<&'g str>,
    /// The ids of the factors moderating the link that the drawing shows, when the format
    /// can point into a link (DOT) and the link is not a feedback link: a line runs from
    /// each of them to a junction on it, and the label does not name them. Empty
    /// otherwise.
    pub(super) junction_from: Vec<&'g str>,
}

impl Drawn<'_> {
    /// The label parts every format writes: the polarity sign, then (with evidence, not on
    /// context links) the support count (where any is reported: a count of publications,
    /// or studies cited), the weight (`w=0.6`) and the hindering findings,
    /// then the context factors moderating the link by label (`moderated by A, B and C`),
    /// unless the drawing shows them with lines into a junction.
    pub(super) fn label_parts(&self, options: &DrawOptions) -> Vec<String> {
        let mut parts = Vec::new();
        if self.link.polarity != Polarity::Positive {
            parts.push(self.link.polarity.symbol().to_owned());
        }
        if options.evidence && !self.from_context {
            if self.shows_support() {
                parts.push(format!("n={}", self.link.support()));
            }
            if let Some(w) = self.link.weight.filter(|_| self.shows_weight()) {
                parts.push(format!("w={w}"));
            }
            if self.hindering > 0 {
                parts.push(format!("{} hindering", self.hindering));
            }
        }
        if !self.has_junction() {
            parts.extend(self.moderated_by());
        }
        parts
    }

    /// Whether the link is drawn through a junction that the factors moderating it point
    /// at (see [`Drawn::junction_from`]).
    pub(super) fn has_junction(&self) -> bool {
        !self.junction_from.is_empty()
    }

    /// Whether the link's label gives its support: not on a context link, and only where
    /// a count is reported or studies are cited (`n=0` would read as "no study found it").
    pub(super) fn shows_support(&self) -> bool {
        !self.from_context && (self.link.evidence.publications.is_some() || self.link.support() > 0)
    }

    /// Whether the link's label gives its weight: not on a context link, where it has one.
    pub(super) fn shows_weight(&self) -> bool {
        !self.from_context && self.link.weight.is_some()
    }

    /// `moderated by A, B and C`, naming the factors moderating the link by label.
    pub(super) fn moderated_by(&self) -> Option<String> {
        (!self.moderators.is_empty())
            .then(|| format!("moderated by {}", crate::prose::and_list(&self.moderators)))
    }
}

/// One entry of the legend.
#[derive(Clone, Copy)]
pub(super) enum Key<'g> {
    /// An element group (rank layout only: the column layout's headings say it).
    Group(&'static Column),
    /// An arrowhead: a relation with a polarity.
    Head(Relation, Polarity),
    /// A non-moderating link from a context factor (the line style of context).
    Context,
    /// An inferred link.
    Inferred,
    /// A link with hindering findings.
    Hindering,
    /// The `n=` of labels: support counts.
    Support,
    /// The `w=` of labels: link weights.
    Weight,
    /// A look of mechanisms set by the styles, with its meaning
    /// ([`Styles::with_mechanism_key`](super::Styles::with_mechanism_key)).
    Node(&'g Style, &'g str),
    /// A look of links set by the styles, with its meaning
    /// ([`Styles::with_link_key`](super::Styles::with_link_key)).
    Line(&'g Style, &'g str),
}

impl Key<'_> {
    /// The legend's text for the key.
    pub(super) fn text(self) -> String {
        match self {
            Key::Group(c) => c.heading.to_owned(),
            Key::Head(relation, polarity) => match polarity {
                Polarity::Positive => relation.label().to_owned(),
                _ => format!(
                    "{}, {} ({})",
                    relation.label(),
                    polarity.label(),
                    polarity.symbol()
                ),
            },
            Key::Context => "from a context factor".to_owned(),
            Key::Inferred => "inferred (the modeller's reading)".to_owned(),
            Key::Hindering => "with hindering findings".to_owned(),
            Key::Support => "publications reported, or studies cited".to_owned(),
            Key::Weight => "the link's weight".to_owned(),
            Key::Node(_, text) | Key::Line(_, text) => text.to_owned(),
        }
    }
}

/// Decides what `graph` looks like with `options`.
/// A drawing's plan; `junctions` when the format can draw a line into a link (DOT can,
/// Mermaid has no junction shape every renderer draws).
pub(super) fn plan<'g>(
    graph: &'g MechanismGraph,
    options: &'g DrawOptions,
    junctions: bool,
) -> Drawing<'g> {
    let shown = |m: &Mechanism| options.context || m.kind() != MechanismKind::Context;
    let layout = options.layout_for(graph);
    let (groups, feedback): (Vec<Group<'g>>, Vec<bool>) = match layout {
        Layout::Columns => (
            columns(graph.mechanisms(), shown)
                .into_iter()
                .filter(|(_, members)| !members.is_empty())
                .map(|(column, members)| Group {
                    column: Some(column),
                    members,
                })
                .collect(),
            Vec::new(),
        ),
        Layout::Ranks => {
            let ranked = rank(graph, shown);
            let groups = ranked
                .ranks
                .into_iter()
                .map(|members| Group {
                    column: None,
                    members,
                })
                .collect();
            (groups, ranked.feedback)
        }
    };
    let mut links = Vec::new();
    for (l, link) in graph.links().iter().enumerate() {
        let (Ok(from), Ok(to)) = (
            graph.mechanism(link.from.as_str()),
            graph.mechanism(link.to.as_str()),
        ) else {
            continue;
        };
        if !(shown(from) && shown(to)) {
            continue;
        }
        let feedback = feedback.get(l).copied().unwrap_or(false);
        // A feedback link does not constrain the layout, so a junction on it would have
        // nothing to place it by: its label names its moderators instead.
        let junction_from = if feedback || !junctions {
            Vec::new()
        } else {
            (link.moderators.iter())
                .filter(|m| graph.mechanism(m.as_str()).is_ok_and(shown))
                .map(|m| m.as_str())
                .collect()
        };
        links.push(Drawn {
            link,
            from_context: from.kind() == MechanismKind::Context,
            feedback,
            hindering: link.evidence.hindering().count(),
            style: options.styles.link(link.from.as_str(), link.to.as_str()),
            moderators: link
                .moderators
                .iter()
                .map(|m| graph.mechanism(m.as_str()).map_or(m.as_str(), |f| &f.label))
                .collect(),
            junction_from,
        });
    }
    let legend = if options.legend {
        let mut keys = legend(layout, &groups, &links, options.evidence);
        // fills set by the styles replace the groups' colours: their keys replace the
        // groups' samples
        if options.styles.fills_mechanisms() {
            keys.retain(|k| !matches!(k, Key::Group(_)));
        }
        let styles = &options.styles;
        keys.extend(styles.keys().map(|(style, text)| Key::Node(style, text)));
        keys.extend(
            styles
                .link_keys()
                .map(|(style, text)| Key::Line(style, text)),
        );
        keys
    } else {
        Vec::new()
    };
    Drawing {
        groups,
        links,
        legend,
    }
}

/// The keys of what the drawing uses, in a fixed order: element groups (rank layout),
/// arrowheads (relation, then polarity), context, inferred, hindering, and (with evidence
/// in the labels) what `n=` and `w=` mean.
fn legend<'g>(
    layout: Layout,
    groups: &[Group<'_>],
    links: &[Drawn<'_>],
    evidence: bool,
) -> Vec<Key<'g>> {
    let mut used = Vec::new();
    if layout != Layout::Columns {
        for column in &COLUMNS {
            let shows = groups
                .iter()
                .flat_map(|g| &g.members)
                .any(|m| std::ptr::eq(column_of(&m.category), column));
            if shows {
                used.push(Key::Group(column));
            }
        }
    }
    // a junction's lines carry the positive moderation head, whatever the links' relations
    let junctions = links.iter().any(Drawn::has_junction);
    for relation in Relation::ALL {
        for polarity in Polarity::ALL {
            let drawn = links
                .iter()
                .any(|d| d.link.relation == *relation && d.link.polarity == *polarity);
            let by_junction =
                junctions && *relation == Relation::Moderates && *polarity == Polarity::Positive;
            if drawn || by_junction {
                used.push(Key::Head(*relation, *polarity));
            }
        }
    }
    let any = |f: &dyn Fn(&Drawn<'_>) -> bool| links.iter().any(f);
    if any(&|d| d.from_context && d.link.relation != Relation::Moderates) {
        used.push(Key::Context);
    }
    if any(&|d| d.link.basis == Basis::Inferred) {
        used.push(Key::Inferred);
    }
    if any(&|d| d.hindering > 0) {
        used.push(Key::Hindering);
    }
    if evidence && any(&|d| d.shows_support()) {
        used.push(Key::Support);
    }
    if evidence && any(&|d| d.shows_weight()) {
        used.push(Key::Weight);
    }
    used
}

//! Reports a person pastes into a planning document: an assessment and a cross-case
//! comparison, as plain text and as Markdown.

use std::fmt::Write;

use super::{Activation, Assessment, CrossCase, FactorEffect, MechanismStanding, SiteOutcome};
use crate::model::Relation;
use crate::vocab::{CfirRating, Distinguishing};
use crate::MechanismGraph;

/// Plain text or Markdown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Markdown,
}

impl Assessment {
    /// The assessment as plain text: the standings worst first, each mechanism with the
    /// factors and ratings behind it, the pathway sets, the factors to address first and
    /// those to rate next. Labels come from `graph`, the model the site was assessed on.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let site = ContextProfile::new("Eastside").rate("isp_role_clarity", "-2".parse()?);
    /// let text = assess(&g, &site, &AssessOptions::default())?.to_text(&g);
    /// assert!(text.starts_with("Context assessment: Eastside\n"));
    /// assert!(text.contains("Blocked\n  ISP skills (isp_skills): Clarity of the ISP role is a precondition, \
    ///     rated -2 (factor `isp_role_clarity`)"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_text(&self, graph: &MechanismGraph) -> String {
        render(self, graph, Style::Text)
    }

    /// The assessment as Markdown (headings, lists and a table), for a planning document.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// let g = isp_moc::catalog::figure2();
    /// let md = assess(&g, &ContextProfile::new("Eastside"), &AssessOptions::default())?.to_markdown(&g);
    /// assert!(md.starts_with("# Context assessment: Eastside\n"));
    /// assert!(md.contains("| Unknown | 10 |"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_markdown(&self, graph: &MechanismGraph) -> String {
        render(self, graph, Style::Markdown)
    }
}

fn label(graph: &MechanismGraph, id: &str) -> String {
    graph
        .mechanism(id)
        .map_or_else(|_| id.to_owned(), |m| m.label.clone())
}

/// One-line explanation of a factor's effect: `Leadership (-2, CFIR 2009 construct ...)`.
fn because(graph: &MechanismGraph, f: &FactorEffect) -> String {
    let name = label(graph, f.factor.as_str());
    let rating = match &f.rating {
        None => "not rated".to_owned(),
        Some(r) => {
            let mut s = format!("rated {}", r.rating);
            if r.rating != r.given {
                let _ = write!(s, " (given {}, rated in reverse)", r.given);
            }
            let _ = write!(s, " ({}", r.key);
            if let Some(standing) = r.carried {
                let _ = write!(
                    s,
                    ", carried across CFIR editions: {}",
                    standing.label().to_lowercase()
                );
            }
            s.push(')');
            s
        }
    };
    match (&f.moderates_link_from, f.relation) {
        (Some(from), _) => format!(
            "{name}, moderating the link from {}, {rating}",
            label(graph, from.as_str())
        ),
        (None, Relation::Precondition) => format!("{name} is a precondition, {rating}"),
        (None, _) => format!("{name}, {rating}"),
    }
}

fn mechanism_line(graph: &MechanismGraph, m: &MechanismStanding) -> String {
    let reasons: Vec<String> = m.causes().map(|f| because(graph, f)).collect();
    // factors that bear on it only over a link that stands better than its worst route
    let elsewhere: Vec<String> = m.factors.iter().map(|f| because(graph, f)).collect();
    let why = if !reasons.is_empty() {
        reasons.join("; ")
    } else if elsewhere.is_empty() {
        "no context factor of the model bears on it".to_owned()
    } else {
        format!(
            "no context factor bears on its worst route; {}, bear{} only on a better one",
            elsewhere.join("; "),
            if elsewhere.len() == 1 { "s" } else { "" }
        )
    };
    format!("{} ({}): {why}", label(graph, m.id.as_str()), m.id)
}

fn render(a: &Assessment, graph: &MechanismGraph, style: Style) -> String {
    let md = style == Style::Markdown;
    let mut out = String::new();
    let heading = |out: &mut String, level: usize, text: &str| {
        if md {
            let _ = writeln!(out, "\n{} {text}\n", "#".repeat(level));
        } else if level == 1 {
            let _ = writeln!(out, "{text}");
        } else {
            let _ = writeln!(out, "\n{text}");
        }
    };
    if md {
        let _ = writeln!(out, "# Context assessment: {}", a.site);
    } else {
        let _ = writeln!(out, "Context assessment: {}", a.site);
    }
    let counts: Vec<String> = a
        .counts()
        .iter()
        .map(|(act, n)| format!("{n} {}", act.label().to_lowercase()))
        .collect();
    if md {
        out.push_str("\n| Standing | Mechanisms |\n|---|---|\n");
        for (act, n) in a.counts() {
            let _ = writeln!(out, "| {} | {n} |", act.label());
        }
    } else {
        let _ = writeln!(
            out,
            "Mechanisms ({}): {}",
            a.mechanisms.len(),
            counts.join(", ")
        );
    }
    for &level in Activation::ALL {
        let here: Vec<&MechanismStanding> = a
            .mechanisms
            .iter()
            .filter(|m| m.activation == level)
            .collect();
        if here.is_empty() {
            continue;
        }
        heading(&mut out, 2, level.label());
        for m in here {
            let line = mechanism_line(graph, m);
            if md {
                let _ = writeln!(out, "- {line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    if !a.pathway_sets.is_empty() {
        heading(&mut out, 2, "Pathways");
        for set in &a.pathway_sets {
            let best = set.pathways.iter().find(|p| p.activation == set.activation);
            let count = format!(
                "{}{}",
                crate::prose::counted(set.pathways.len(), "pathway"),
                if set.truncated { ", truncated" } else { "" }
            );
            let line = match best {
                Some(p) => format!(
                    "{}: {} at best ({count}); e.g. {}",
                    set.title,
                    set.activation.label().to_lowercase(),
                    p.pathway.labels(graph)
                ),
                None => format!("{}: no pathway", set.title),
            };
            if md {
                let _ = writeln!(out, "- {line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    if !a.priorities.is_empty() {
        heading(&mut out, 2, "Address first");
        // what the ranking and the figures mean (a reader met "evidence 35" unexplained)
        let _ = writeln!(
            out,
            "{}Ranked by the mechanisms each factor blocks, then those it puts at risk, the \
             pathways it threatens, then its evidence (the publications behind the factor and \
             its links to those mechanisms).{}",
            if md { "" } else { "  " },
            if md { "\n" } else { "" }
        );
        for (i, p) in a.priorities.iter().enumerate() {
            let _ = writeln!(out, "{}{}. {p}", if md { "" } else { "  " }, i + 1);
        }
    }
    if !a.unused.is_empty() {
        heading(&mut out, 2, "Rated, but not used by this model");
        for r in &a.unused {
            let line = format!("{} rated {}", r.key, r.rating);
            if md {
                let _ = writeln!(out, "- {line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    if !a.overridden.is_empty() {
        heading(&mut out, 2, "Rated, but set aside for factors' own ratings");
        for o in &a.overridden {
            let by: Vec<String> =
                o.by.iter()
                    .map(|id| {
                        let own = a
                            .factor(id.as_str())
                            .and_then(|f| f.rating.as_ref())
                            .map_or(String::new(), |r| format!(" ({})", r.rating));
                        format!("{}{own}", label(graph, id.as_str()))
                    })
                    .collect();
            let line = format!(
                "{} rated {}: applies to no factor, since each factor it reaches is rated \
                 itself: {}",
                o.rating.key,
                o.rating.rating,
                crate::prose::and_list(&by)
            );
            if md {
                let _ = writeln!(out, "- {line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    let unrated = a.unrated();
    if !unrated.is_empty() {
        heading(&mut out, 2, "Rate next (unknown)");
        for f in unrated {
            let on: Vec<&str> = f.bears_on.iter().map(|id| id.as_str()).collect();
            let line = format!(
                "{} ({}): bears on {}",
                label(graph, f.id.as_str()),
                f.id,
                on.join(", ")
            );
            if md {
                let _ = writeln!(out, "- {line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

impl CrossCase {
    /// The comparison as Markdown: the sites and their outcomes, the distinguishing
    /// factors with each site's rating, and the mechanisms and pathway sets that stand
    /// differently.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{compare_sites, AssessOptions, ContextProfile, SiteOutcome};
    /// use isp_moc::vocab::CfirConstruct;
    /// let g = isp_moc::catalog::figure2();
    /// let a = ContextProfile::new("A").rate(CfirConstruct::LeadershipEngagement, "+2".parse()?);
    /// let b = ContextProfile::new("B").rate(CfirConstruct::LeadershipEngagement, "-2".parse()?);
    /// let md = compare_sites(&g, &[(a, SiteOutcome::High), (b, SiteOutcome::Low)], &Default::default())?
    ///     .to_markdown(&g);
    /// assert!(md.contains("| Leadership support provided to ISP | +2 | -2 | strongly distinguishing, \
    ///     higher in high implementation |"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_markdown(&self, graph: &MechanismGraph) -> String {
        render_comparison(self, graph, Style::Markdown)
    }

    /// The comparison as plain text, as [`to_markdown`](Self::to_markdown) says it, a line
    /// per distinguishing factor with each site's rating: what `isp-moc assess` prints.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{compare_sites, ContextProfile, SiteOutcome};
    /// use isp_moc::vocab::CfirConstruct;
    /// let g = isp_moc::catalog::figure2();
    /// let a = ContextProfile::new("A").rate(CfirConstruct::LeadershipEngagement, "+2".parse()?);
    /// let b = ContextProfile::new("B").rate(CfirConstruct::LeadershipEngagement, "-2".parse()?);
    /// let text = compare_sites(&g, &[(a, SiteOutcome::High), (b, SiteOutcome::Low)], &Default::default())?
    ///     .to_text(&g);
    /// assert!(text.starts_with("Cross-case comparison\n  A: high implementation\n"));
    /// assert!(!text.contains('|') && !text.contains('#'));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn to_text(&self, graph: &MechanismGraph) -> String {
        render_comparison(self, graph, Style::Text)
    }
}

fn render_comparison(c: &CrossCase, graph: &MechanismGraph, style: Style) -> String {
    let md = style == Style::Markdown;
    let item = if md { "- " } else { "  " };
    let mut out = String::from(if md {
        "# Cross-case comparison\n\n"
    } else {
        "Cross-case comparison\n"
    });
    for (a, o) in &c.assessments {
        let _ = writeln!(out, "{item}{}: {}", a.site, o.label().to_lowercase());
    }
    let heading = |out: &mut String, text: &str| {
        let _ = writeln!(
            out,
            "\n{}{text}{}",
            if md { "## " } else { "" },
            if md { "\n" } else { "" }
        );
    };
    heading(&mut out, "Distinguishing context");
    let d: Vec<_> = c.distinguishing().collect();
    if d.is_empty() {
        let _ = writeln!(
            out,
            "{}No factor is rated consistently differently between the groups.",
            if md { "" } else { item }
        );
    } else {
        // Markdown: a table, a column per site; text: a line per factor (the labels are
        // long, and a table would not fit a terminal)
        if md {
            out.push_str("| Factor |");
            for (a, _) in &c.assessments {
                let _ = write!(out, " {} |", a.site);
            }
            let _ = writeln!(
                out,
                " Distinguishing |\n|---|{}---|",
                "---|".repeat(c.assessments.len())
            );
        }
        for f in d {
            let strength = match f.distinguishing {
                Distinguishing::Strong => "strongly distinguishing",
                _ => "weakly distinguishing",
            };
            let higher = f.higher_in.map_or(String::new(), |o| {
                format!(", higher in {}", o.label().to_lowercase())
            });
            let name = label(graph, f.factor.as_str());
            let rated = |r: &Option<CfirRating>| r.map_or("—".to_owned(), |r| r.to_string());
            if md {
                let _ = write!(out, "| {name} |");
                for (_, r) in &f.ratings {
                    let _ = write!(out, " {} |", rated(r));
                }
                let _ = writeln!(out, " {strength}{higher} |");
            } else {
                let at: Vec<String> = f
                    .ratings
                    .iter()
                    .map(|(site, r)| format!("{site} {}", rated(r)))
                    .collect();
                let _ = writeln!(out, "{item}{name}: {}; {strength}{higher}", at.join(", "));
            }
        }
    }
    for (title, list) in [
        ("Mechanisms standing differently", &c.mechanisms),
        ("Pathway sets standing differently", &c.pathway_sets),
    ] {
        heading(&mut out, title);
        if list.is_empty() {
            let _ = writeln!(out, "{}None.", if md { "" } else { item });
        }
        for s in list.iter() {
            let name = if graph.contains(&s.subject) {
                label(graph, &s.subject)
            } else {
                s.subject.clone()
            };
            let at: Vec<String> = s
                .standings
                .iter()
                .map(|(site, st)| format!("{site}: {}", st.label().to_lowercase()))
                .collect();
            let _ = writeln!(
                out,
                "{item}{name}: better in {} ({})",
                match s.better_in {
                    SiteOutcome::High => "high-implementation sites",
                    SiteOutcome::Low => "low-implementation sites",
                },
                at.join("; ")
            );
        }
    }
    out
}

//! The paper's Figure 2, end to end: its elements by category, the four headline
//! mechanisms of the Discussion as evidenced pathways, the context bearing on them, and a
//! Graphviz DOT file of the whole model.
//!
//! ```text
//! cargo run --example figure2                 # writes target/figure2.dot
//! cargo run --example figure2 -- my/path.dot  # writes there instead
//! ```

#[macro_use]
mod support;

use std::collections::BTreeMap;
use std::path::PathBuf;

use isp_moc::catalog::{self, Headline};
use isp_moc::model::{Basis, Category, CodingCategory, Mechanism, MechanismKind, Relation};
use isp_moc::query::{LinkObservation, Pathway};
use isp_moc::vocab::{CfirDomain, ReasoningType};
use isp_moc::MechanismGraph;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let g = catalog::figure2();
    let inferred = g
        .links()
        .iter()
        .filter(|l| l.basis == Basis::Inferred)
        .count();
    outln!("{}", g.info().name);
    outln!(
        "{} mechanisms, {} links ({} stated in the text, {} inferred)\nsource: {}\n",
        g.mechanism_count(),
        g.link_count(),
        g.link_count() - inferred,
        inferred,
        catalog::SOURCE
    );

    print_elements(&g);
    outln!("\n== The four headline mechanisms (Discussion)\n");
    // mechanism -> the headline that listed the context bearing on it
    let mut described = BTreeMap::new();
    for (i, headline) in catalog::headline_mechanisms().iter().enumerate() {
        print_headline(&g, i + 1, headline, &mut described)?;
    }

    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            // cargo's build directory, wherever the user put it
            let target = std::env::var_os("CARGO_TARGET_DIR").unwrap_or_else(|| "target".into());
            PathBuf::from(target).join("figure2.dot")
        });
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let dot = isp_moc::export::dot(&g, &isp_moc::export::DrawOptions::default());
    std::fs::write(&path, dot)?;
    outln!(
        "wrote {} (render with: dot -Tsvg {} -o figure2.svg)",
        path.display(),
        path.display()
    );
    Ok(())
}

fn print_elements(g: &MechanismGraph) {
    outln!("== Elements by category\n");
    outln!("ISP resources (share of response excerpts crediting them):");
    for m in g.mechanisms_of_kind(MechanismKind::Resource) {
        let share = match &m.category {
            Category::Resource { resource, .. } => g
                .info()
                .tally(CodingCategory::Resource(*resource))
                .and_then(|t| t.excerpt_share)
                .map_or(String::from("-"), |s| format!("{:.0}%", s * 100.0)),
            _ => String::new(),
        };
        outln!("  {:<26} {:<32} {share}", m.id, m.label);
        let strategies: Vec<&str> = m
            .category
            .eric_strategies()
            .iter()
            .map(|s| s.label())
            .collect();
        if !strategies.is_empty() {
            outln!("  {:<26} ERIC strategies: {}", "", strategies.join("; "));
        }
    }
    for reasoning in ReasoningType::ALL {
        let n = g
            .info()
            .tally(CodingCategory::Reasoning(*reasoning))
            .and_then(|t| t.publications)
            .map_or(String::new(), |n| format!(" ({n} publications)"));
        outln!("{} responses{n}:", reasoning.label());
        for m in g
            .mechanisms()
            .iter()
            .filter(|m| m.category.reasoning_type() == Some(*reasoning))
        {
            print_reasoning(m);
        }
    }
    outln!("Context factors (Table 1, CFIR 2009):");
    for domain in CfirDomain::ALL {
        let subject = g
            .info()
            .domain_subject(*domain)
            .map_or(String::new(), |s| format!(" [here: {s}]"));
        outln!("  {}{subject}", domain.label());
        for m in g
            .mechanisms()
            .iter()
            .filter(|m| m.category.cfir_domain() == Some(*domain))
        {
            let (construct, construct_2022) = match m.category.cfir_placement() {
                Some(p) => (
                    p.construct
                        .map_or("no CFIR construct named".to_owned(), |c| {
                            format!("{} {}", c.code(), c.label())
                        }),
                    p.construct_2022
                        .map_or(String::new(), |c| format!(" | CFIR 2022: {}", c.label())),
                ),
                None => (String::new(), String::new()),
            };
            let n = m
                .evidence
                .publications
                .map_or("n not reported".to_owned(), |n| format!("n={n}"));
            outln!("    {:<36} {n:<15} {construct}{construct_2022}", m.id);
        }
    }
    for m in g.mechanisms_of_kind(MechanismKind::Outcome) {
        outln!("Outcome:\n  {:<26} {}", m.id, m.label);
    }
}

fn print_reasoning(m: &Mechanism) {
    let com_b = match m.category {
        Category::Reasoning { com_b: Some(s), .. } => s.label(),
        _ => "",
    };
    let group = m.group.as_deref().unwrap_or("");
    outln!(
        "  {:<26} {:<36} {:<26} {group} ({} studies cited)",
        m.id,
        m.label,
        com_b,
        m.evidence.supporting_studies().len()
    );
}

fn print_headline(
    g: &MechanismGraph,
    number: usize,
    h: &Headline,
    described: &mut BTreeMap<String, usize>,
) -> isp_moc::Result<()> {
    let set = g.pathways(h.query())?;
    outln!("{number}. {}", h.title);
    outln!("   Discussion: \u{201c}{}\u{201d}", h.quote);
    let labels = |ids: &[&str]| -> isp_moc::Result<String> {
        let labels: Vec<&str> = ids
            .iter()
            .map(|id| g.mechanism(id).map(|m| m.label.as_str()))
            .collect::<isp_moc::Result<_>>()?;
        Ok(labels.join(" / "))
    };
    outln!(
        "   {} pathways from the ISP's resources through {} to {}",
        set.len(),
        labels(h.via_any)?,
        labels(h.to)?
    );
    let Some(top) = set.strongest() else {
        return Ok(());
    };
    // Pathways as strong as the strongest (the review's counts often tie): show the one
    // with the fewest hindering findings, and name the hindering findings of the others.
    let tied: Vec<&Pathway> = set
        .pathways
        .iter()
        .filter(|p| p.strength() == top.strength())
        .collect();
    let mut with_findings = Vec::new();
    for &p in &tied {
        with_findings.push((p, g.hindering_along(p)?));
    }
    let fewest = with_findings
        .iter()
        .map(|(_, h)| h.len())
        .min()
        .unwrap_or(0);
    let Some(shown) = with_findings.iter().position(|(_, h)| h.len() == fewest) else {
        return Ok(());
    };
    let (best, hindering) = with_findings.remove(shown);
    let tie = match tied.len() {
        1 => String::new(),
        2 => "; 1 other as strong".to_owned(),
        n => format!("; {} others as strong", n - 1),
    };
    outln!(
        "   strongest (weakest-link support n={}{tie}): {}",
        best.strength().support(),
        best.labels(g)
    );
    print_links(g, best)?;
    for against in &hindering {
        print_hindering(against);
    }
    for (other, against) in &with_findings {
        let findings = if against.is_empty() {
            ""
        } else {
            ", with hindering findings"
        };
        outln!("   as strong{findings}: {}", other.labels(g));
        for against in against {
            print_hindering(against);
        }
    }
    print_context(g, number, best, described)?;
    outln!();
    Ok(())
}

fn print_hindering(against: &LinkObservation<'_>) {
    outln!(
        "     hindering on {} -> {}: {} ({})",
        against.link.from,
        against.link.to,
        against.observation.summary,
        cite_list(&against.observation.citations)
    );
}

/// The context factors bearing on each mechanism of the pathway, one line each; a
/// mechanism whose factors an earlier headline listed refers back to it.
fn print_context(
    g: &MechanismGraph,
    number: usize,
    pathway: &Pathway,
    described: &mut BTreeMap<String, usize>,
) -> isp_moc::Result<()> {
    let context = g.context_of_pathway(pathway)?;
    if context.is_empty() {
        return Ok(());
    }
    outln!("   context bearing on it:");
    let mut i = 0;
    while i < context.len() {
        let to = &context[i].link.to;
        let count = context[i..].iter().take_while(|c| &c.link.to == to).count();
        let label = &g.mechanism(to.as_str())?.label;
        if let Some(first) = described.get(to.as_str()) {
            let factors = if count == 1 { "factor" } else { "factors" };
            outln!("     {label} \u{2014} the {count} {factors} listed under {first}.");
            i += count;
            continue;
        }
        described.insert(to.to_string(), number);
        for c in &context[i..i + count] {
            let factor = g.mechanism(c.link.from.as_str())?;
            // no verb to agree with labels that may be plural ("ISP attitudes")
            outln!(
                "     {label} \u{2014} {} {} ({}, {})",
                match c.link.relation {
                    Relation::Precondition => "conditional on",
                    Relation::Moderates => "moderated by",
                    _ => "influenced by",
                },
                factor.label,
                cfir_name(factor),
                c.link.basis.label()
            );
        }
        i += count;
    }
    Ok(())
}

/// Where CFIR places a context factor, in words: its construct, else its domain.
fn cfir_name(factor: &Mechanism) -> String {
    let placement = factor.category.cfir_placement();
    match (
        placement.and_then(|p| p.construct),
        factor.category.cfir_domain(),
    ) {
        (Some(construct), _) => format!("CFIR: {}", construct.label()),
        (None, Some(domain)) => format!("CFIR: {}", domain.label()),
        (None, None) => "no CFIR placement".to_owned(),
    }
}

fn print_links(g: &MechanismGraph, p: &Pathway) -> isp_moc::Result<()> {
    for (from, to) in p.links() {
        let l = g.link(from.as_str(), to.as_str())?;
        let studies: Vec<String> = l
            .evidence
            .supporting_studies()
            .iter()
            .map(|c| c.to_string())
            .collect();
        outln!(
            "     {from} -> {to}: {}, {}, n={} {}",
            l.relation.label(),
            l.basis.label(),
            l.support(),
            if studies.is_empty() {
                "(authors' synthesis)".to_owned()
            } else {
                format!("({})", studies.join("; "))
            }
        );
    }
    Ok(())
}

fn cite_list(citations: &[isp_moc::model::Citation]) -> String {
    citations
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

//! The questions: `paths`, `strongest`, `reach`, `loops` and `context`.

use isp_moc::model::MechanismKind;
use isp_moc::query::{LinkFilter, LoopQuery, PathQuery, Ranking, Reach, Selector};
use isp_moc::MechanismGraph;
use serde_json::json;

use crate::check::plural;
use crate::exit::{Failure, Outcome, Status};
use crate::json::{self, label};
use crate::model::{self, ModelArgs};
use crate::output::{self, columns, OutputArgs, Paint};

const SELECTORS: &str = "A selector is a mechanism id, kind:KIND (resource, reasoning, \
    context, outcome), reasoning:TYPE (capability, opportunity, motivation, relational) or \
    group:GROUP; give several as a comma-separated list or by repeating the option.";

/// The ends of a pathway question, shared by `paths` and `strongest`.
#[derive(Debug, clap::Args)]
pub struct Ends {
    /// Where pathways start [default: kind:resource]
    #[arg(long, value_name = "SELECTOR", value_delimiter = ',', value_parser = selector)]
    from: Vec<Selector>,
    /// Where pathways end [default: kind:outcome]
    #[arg(long, value_name = "SELECTOR", value_delimiter = ',', value_parser = selector)]
    to: Vec<Selector>,
    /// Most links on a pathway
    #[arg(long, value_name = "N", default_value_t = PathQuery::DEFAULT_MAX_HOPS, value_parser = at_least(1))]
    max_hops: usize,
    /// Follow only links the source text states (leave out inferred links)
    #[arg(long)]
    text_only: bool,
}

impl Ends {
    fn from(&self) -> Vec<Selector> {
        or_default(&self.from, MechanismKind::Resource)
    }

    fn to(&self) -> Vec<Selector> {
        or_default(&self.to, MechanismKind::Outcome)
    }

    /// The links the question follows: all, or those stated in the text.
    fn filter(&self) -> LinkFilter {
        if self.text_only {
            LinkFilter::all().text_only()
        } else {
            LinkFilter::all()
        }
    }

    fn query(&self) -> PathQuery {
        (PathQuery::new(self.from(), self.to()))
            .max_hops(self.max_hops)
            .filter(self.filter())
    }

    /// The links on a pathway of the question that the weight ranking does not follow (no
    /// weight in (0, 1]), in link order, and whether the pathway search stopped at its
    /// bounds (then there may be more): an answer ranked by weight leaves out every
    /// pathway through them, which the user should be told. The pathways are those `paths`
    /// finds for the same ends, hops and links.
    fn unweighted_on_pathways<'g>(
        &self,
        g: &'g MechanismGraph,
    ) -> Result<(Vec<&'g isp_moc::model::Link>, bool), isp_moc::Error> {
        // nothing to find when every link the question follows is weighted in (0, 1]
        let filter = self.filter();
        if (g.links().iter()).all(|l| !filter.allows(l) || Ranking::Weight.follows(l)) {
            return Ok((Vec::new(), false));
        }
        let set = g.pathways(self.query())?;
        let skipped: std::collections::HashSet<(&str, &str)> = (set.pathways.iter())
            .flat_map(|p| p.unweighted_links())
            .map(|(from, to)| (from.as_str(), to.as_str()))
            .collect();
        let links = (g.links().iter())
            .filter(|l| skipped.contains(&(l.from.as_str(), l.to.as_str())))
            .collect();
        Ok((links, set.truncated))
    }

    /// `error` from a question on `g`, with a hint for each end left to its default
    /// (`kind:resource`, `kind:outcome`) when the model has no mechanism of that kind.
    fn failure(&self, error: isp_moc::Error, g: &MechanismGraph) -> Failure {
        let defaults = [
            (&self.from, MechanismKind::Resource, "--from"),
            (&self.to, MechanismKind::Outcome, "--to"),
        ];
        let hints = (defaults.into_iter())
            .filter(|(given, kind, _)| {
                given.is_empty() && !g.mechanisms().iter().any(|m| m.kind() == *kind)
            })
            .map(|(_, kind, flag)| {
                let kind = kind.as_str();
                format!(
                    "`kind:{kind}` is the default of `{flag}`, and the model has no {kind} \
                     mechanism: name the pathways' ends with `{flag}`"
                )
            })
            .collect();
        Failure::from(error).with_hints(hints)
    }

    fn describe(&self) -> serde_json::Value {
        json!({
            "from": texts(&self.from()),
            "to": texts(&self.to()),
            "max_hops": self.max_hops,
            "text_only": self.text_only,
        })
    }
}

/// A selector as the library parses it (clap would otherwise take every text as an id).
fn selector(text: &str) -> Result<Selector, isp_moc::Error> {
    text.parse()
}

fn or_default(given: &[Selector], kind: MechanismKind) -> Vec<Selector> {
    if given.is_empty() {
        vec![kind.into()]
    } else {
        given.to_vec()
    }
}

fn texts(selectors: &[Selector]) -> Vec<String> {
    selectors.iter().map(ToString::to_string).collect()
}

/// Options of `paths`.
#[derive(Debug, clap::Args)]
#[command(after_help = SELECTORS)]
pub struct PathsArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    ends: Ends,
    /// Keep only pathways through at least one of these
    #[arg(long, value_name = "SELECTOR", value_delimiter = ',', value_parser = selector)]
    via: Vec<Selector>,
    /// Most pathways returned (the first ones: shortest, then by ids)
    #[arg(long, value_name = "N", default_value_t = PathQuery::DEFAULT_MAX_PATHS, value_parser = at_least(1))]
    max_paths: usize,
    #[command(flatten)]
    output: OutputArgs,
}

/// A count flag's parser: a whole number of at least `least`, so the flag is named in the
/// message (`--max-hops 0` would find nothing, and the library's message names its own
/// field, not the flag).
fn at_least(least: usize) -> impl Fn(&str) -> Result<usize, String> + Clone {
    move |text| match text.parse::<usize>() {
        Ok(n) if n < least => Err(format!("must be at least {least}")),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// Runs `paths`.
pub fn paths(args: &PathsArgs) -> Outcome {
    let loaded = model::load(&args.model)?;
    let g = &loaded.graph;
    let mut query = args.ends.query().max_paths(args.max_paths);
    if !args.via.is_empty() {
        query = query.via_any(args.via.clone());
    }
    let set = g.pathways(&query).map_err(|e| args.ends.failure(e, g))?;
    let strongest = set
        .strongest()
        .and_then(|best| set.pathways.iter().position(|p| p == best));
    if args.output.json() {
        let mut described = args.ends.describe();
        json::set(&mut described, "via", json!(texts(&args.via)));
        json::set(&mut described, "max_paths", json!(args.max_paths));
        output::print_json(&json!({
            "query": described,
            "truncated": set.truncated,
            "pathways": set.pathways.iter().map(|p| json::pathway(p, g)).collect::<Vec<_>>(),
            "strongest": strongest,
        }))?;
        return Ok(Status::Clean);
    }
    let paint = Paint::stdout();
    let n = set.len();
    let via = if args.via.is_empty() {
        String::new()
    } else {
        format!(" via {}", texts(&args.via).join(","))
    };
    let mut text = paint.bold(&format!(
        "{n} pathway{} from {} to {}{via}{}",
        plural(n),
        texts(&args.ends.from()).join(","),
        texts(&args.ends.to()).join(","),
        if set.truncated {
            format!(
                " (truncated at --max-paths {} or the step budget)",
                args.max_paths
            )
        } else {
            String::new()
        }
    ));
    text.push('\n');
    if n > 0 {
        let mut rows = vec![vec![
            "support".to_owned(),
            "inferred".to_owned(),
            "pathway".to_owned(),
        ]];
        for p in &set.pathways {
            rows.push(vec![
                p.strength().support().to_string(),
                p.inferred_links().to_string(),
                p.labels(g),
            ]);
        }
        text.push_str(&columns(&rows));
    }
    if let Some(best) = set.strongest() {
        if set.truncated {
            // the strongest of the pathways listed need not be the strongest of all
            text.push_str(&format!(
                "strongest listed: {best} ({}); `isp-moc strongest` finds the strongest of all\n",
                best.strength()
            ));
        } else {
            text.push_str(&format!("strongest: {best} ({})\n", best.strength()));
        }
    }
    output::print(&text)?;
    Ok(Status::Clean)
}

/// Options of `strongest`.
#[derive(Debug, clap::Args)]
#[command(after_help = SELECTORS)]
pub struct StrongestArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    ends: Ends,
    /// What "strongest" means: the highest weakest-link support, or the largest product
    /// of the links' weights (pathways with an unweighted link are then left out)
    #[arg(long, value_enum, default_value_t = RankBy::Support)]
    rank: RankBy,
    #[command(flatten)]
    output: OutputArgs,
}

/// `strongest --rank`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RankBy {
    /// The highest weakest-link support (publication counts)
    Support,
    /// The largest product of link weights
    Weight,
}

impl RankBy {
    fn ranking(self) -> Ranking {
        match self {
            RankBy::Support => Ranking::Support,
            RankBy::Weight => Ranking::Weight,
        }
    }
}

/// What the weight ranking did not follow, for the text answer: the unweighted links on
/// the question's pathways (the first few), or, when the search stopped at its bounds
/// and found none, that it could not look further; nothing otherwise.
fn unweighted_note(unweighted: &[&isp_moc::model::Link], more: bool) -> Option<String> {
    if unweighted.is_empty() {
        return more.then(|| {
            "not checked: the pathway search stopped at its bounds, so links without a weight \
             in (0, 1] on the pathways it did not reach, if any, are not named here\n"
                .to_owned()
        });
    }
    // a model without weights has many: the first few name the problem
    const SHOWN: usize = 5;
    let mut links: Vec<String> = (unweighted.iter().take(SHOWN))
        .map(|l| format!("{} -> {}", l.from, l.to))
        .collect();
    if unweighted.len() > SHOWN {
        links.push(format!("and {} more", unweighted.len() - SHOWN));
    }
    Some(format!(
        "not followed: {}{} link{} without a weight in (0, 1] on pathways between them ({}); \
         pathways through them are left out of the weight ranking (rank by support to \
         include them)\n",
        if more { "at least " } else { "" },
        unweighted.len(),
        plural(unweighted.len()),
        links.join(", ")
    ))
}

/// Runs `strongest`.
pub fn strongest(args: &StrongestArgs) -> Outcome {
    let loaded = model::load(&args.model)?;
    let g = &loaded.graph;
    let best = (g.strongest_pathway(args.ends.query().rank_by(args.rank.ranking())))
        .map_err(|e| args.ends.failure(e, g))?;
    let (unweighted, more) = match args.rank {
        RankBy::Weight => args.ends.unweighted_on_pathways(g)?,
        RankBy::Support => (Vec::new(), false),
    };
    let unweighted_note = unweighted_note(&unweighted, more);
    let (context, on_links, hindering) = match &best {
        Some(p) => (
            g.context_of_pathway(p)?,
            g.link_moderators_of_pathway(p)?,
            g.hindering_along(p)?,
        ),
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    if args.output.json() {
        let context: Vec<_> = context
            .iter()
            .map(|c| {
                let mut link = json::link(c.link);
                json::set(&mut link, "position", json!(c.position));
                link
            })
            .collect();
        let hindering: Vec<_> = hindering
            .iter()
            .map(|h| {
                json!({
                    "from": h.link.from.as_str(),
                    "to": h.link.to.as_str(),
                    "summary": h.observation.summary,
                    "citations": h.observation.citations.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "studies": h.observation.studies.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                })
            })
            .collect();
        let on_links: Vec<_> = on_links
            .iter()
            .map(|m| link_moderation(g, m.factor, m.link, Some(m.position)))
            .collect();
        let mut query = args.ends.describe();
        // the name the option takes, as given on the command line
        let rank = clap::ValueEnum::to_possible_value(&args.rank);
        json::set(
            &mut query,
            "rank",
            json!(rank.as_ref().map(|v| v.get_name())),
        );
        output::print_json(&json!({
            "query": query,
            "pathway": best.as_ref().map(|p| json::pathway(p, g)),
            "context": context,
            "link_moderators": on_links,
            "hindering": hindering,
            "unweighted_links": unweighted
                .iter()
                .map(|l| json!({"from": l.from.as_str(), "to": l.to.as_str()}))
                .collect::<Vec<_>>(),
            "unweighted_links_truncated": more,
        }))?;
        return Ok(Status::Clean);
    }
    let Some(best) = best else {
        // the weight ranking follows only weights in (0, 1], which an effect estimate or a
        // negative weight is not: say so, rather than that the links carry none
        let weighted = match args.rank {
            RankBy::Support => "",
            RankBy::Weight => {
                " whose links all carry a weight in (0, 1] (a link without one is not \
                 followed; `isp-moc check` names links weighted outside it)"
            }
        };
        output::print(&format!(
            "no pathway from {} to {} within {} link{}{weighted}\n{}",
            texts(&args.ends.from()).join(","),
            texts(&args.ends.to()).join(","),
            args.ends.max_hops,
            plural(args.ends.max_hops),
            unweighted_note.unwrap_or_default()
        ))?;
        return Ok(Status::Clean);
    };
    let paint = Paint::stdout();
    // a product of weights, shown to four decimals (0.7 × 0.4 is 0.27999999999999997)
    let weight = best.weight().map(|w| {
        let w = format!("{w:.4}");
        format!("weight {}", w.trim_end_matches('0').trim_end_matches('.'))
    });
    // the figure the pathway was ranked by comes first and says so
    let figures = match (args.rank, weight) {
        (RankBy::Weight, Some(weight)) => {
            format!(
                "{weight} (product of the links', ranked by it), {}",
                best.strength()
            )
        }
        (_, weight) => format!(
            "{} (its weakest link's, ranked by it){}",
            best.strength(),
            weight.map_or(String::new(), |w| format!(", {w}"))
        ),
    };
    let mut text = format!(
        "{}\n  {best}\n  {figures}, {} link{}, {} inferred\n",
        paint.bold(&best.labels(g)),
        best.hops(),
        plural(best.hops()),
        best.inferred_links()
    );
    if !context.is_empty() {
        text.push_str(&paint.bold("context bearing on it:"));
        text.push('\n');
        let rows: Vec<Vec<String>> = context
            .iter()
            .map(|c| {
                vec![
                    format!("  {}", label(g, c.link.from.as_str())),
                    c.link.relation.as_str().to_owned(),
                    c.link.to.to_string(),
                ]
            })
            .collect();
        text.push_str(&columns(&rows));
    }
    if !on_links.is_empty() {
        text.push_str(&paint.bold("context on its links:"));
        text.push('\n');
        let rows: Vec<Vec<String>> = on_links
            .iter()
            .map(|m| {
                vec![
                    format!("  {}", label(g, m.factor.as_str())),
                    "moderates the link".to_owned(),
                    format!("{} -> {}", m.link.from, m.link.to),
                ]
            })
            .collect();
        text.push_str(&columns(&rows));
    }
    if !hindering.is_empty() {
        text.push_str(&paint.bold("hindering evidence along it:"));
        text.push('\n');
        for h in &hindering {
            // who found it: its citations, then the studies it names by id
            let sources: Vec<String> = h
                .observation
                .citations
                .iter()
                .map(ToString::to_string)
                .chain(h.observation.studies.iter().map(|s| format!("study `{s}`")))
                .collect();
            let sources = if sources.is_empty() {
                String::new()
            } else {
                format!(" ({})", sources.join("; "))
            };
            text.push_str(&format!(
                "  {} -> {}: {}{sources}\n",
                h.link.from, h.link.to, h.observation.summary
            ));
        }
    }
    if let Some(note) = unweighted_note {
        text.push_str(&note);
    }
    output::print(&text)?;
    Ok(Status::Clean)
}

/// Options of `reach`.
#[derive(Debug, clap::Args)]
pub struct ReachArgs {
    /// The mechanism's id
    id: String,
    /// What leads to it (upstream) instead of what it leads to
    #[arg(long)]
    up: bool,
    /// Most links away
    #[arg(long, value_name = "N")]
    max_hops: Option<usize>,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    output: OutputArgs,
}

/// Runs `reach`.
pub fn reach(args: &ReachArgs) -> Outcome {
    let loaded = model::load(&args.model)?;
    let g = &loaded.graph;
    let mut reach = Reach::all();
    if let Some(n) = args.max_hops {
        reach = reach.max_hops(n);
    }
    let reached = if args.up {
        g.upstream(&args.id, reach)?
    } else {
        g.downstream(&args.id, reach)?
    };
    let direction = if args.up { "upstream" } else { "downstream" };
    // Factors moderating a link among what was reached are not reached through links
    // (link-level moderation is no link), so they are listed beside it: each such link
    // lies on a way from the start (downstream) or into it (upstream). Downstream of a
    // factor, the links it moderates itself are listed too.
    let inside: std::collections::HashSet<&str> = (reached.iter())
        .map(|r| r.id.as_str())
        .chain([args.id.as_str()])
        .collect();
    let moderated: Vec<(&isp_moc::MechanismId, &isp_moc::model::Link)> = (g.links().iter())
        .flat_map(|l| {
            let among = inside.contains(l.from.as_str()) && inside.contains(l.to.as_str());
            (l.moderators.iter())
                .filter(move |m| among || (!args.up && m.as_str() == args.id))
                .map(move |m| (m, l))
        })
        .collect();
    if args.output.json() {
        let list: Vec<_> = reached
            .iter()
            .map(|r| json!({ "id": r.id.as_str(), "label": label(g, r.id.as_str()), "distance": r.distance }))
            .collect();
        let link_moderators: Vec<_> = (moderated.iter())
            .map(|(factor, link)| link_moderation(g, factor, link, None))
            .collect();
        output::print_json(&json!({
            "id": args.id,
            "direction": direction,
            "max_hops": args.max_hops,
            "reached": list,
            "link_moderators": link_moderators,
        }))?;
        return Ok(Status::Clean);
    }
    let n = reached.len();
    let mut text = Paint::stdout().bold(&format!(
        "{n} mechanism{} {direction} of {}",
        plural(n),
        args.id
    ));
    text.push('\n');
    let mut rows = vec![vec![
        "distance".to_owned(),
        "id".to_owned(),
        "label".to_owned(),
    ]];
    rows.extend(reached.iter().map(|r| {
        vec![
            r.distance.to_string(),
            r.id.to_string(),
            label(g, r.id.as_str()),
        ]
    }));
    if n > 0 {
        text.push_str(&columns(&rows));
    }
    if !moderated.is_empty() {
        let rows: Vec<Vec<String>> = (moderated.iter())
            .map(|(factor, link)| {
                vec![
                    format!("  {factor}"),
                    format!("moderates the link {} -> {}", link.from, link.to),
                    label(g, factor.as_str()),
                ]
            })
            .collect();
        text.push_str(
            &Paint::stdout()
                .bold("link-level moderation on the way (no link, so not listed above):"),
        );
        text.push('\n');
        text.push_str(&columns(&rows));
    }
    output::print(&text)?;
    Ok(Status::Clean)
}

/// Options of `loops`.
#[derive(Debug, clap::Args)]
pub struct LoopsArgs {
    /// Most links in a loop
    #[arg(long, value_name = "N", value_parser = at_least(2))]
    max_hops: Option<usize>,
    /// Most loops returned (the first ones: shortest, then by ids)
    #[arg(long, value_name = "N")]
    max_loops: Option<usize>,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    output: OutputArgs,
}

/// Runs `loops`.
pub fn loops(args: &LoopsArgs) -> Outcome {
    let loaded = model::load(&args.model)?;
    let g = &loaded.graph;
    let mut query = LoopQuery::new();
    if let Some(n) = args.max_hops {
        query = query.max_hops(n);
    }
    if let Some(n) = args.max_loops {
        query = query.max_loops(n);
    }
    let set = g.feedback_loops(query)?;
    if args.output.json() {
        let list: Vec<_> = set
            .loops
            .iter()
            .map(|l| {
                let ids: Vec<&str> = l.mechanisms().iter().map(|m| m.as_str()).collect();
                json!({ "mechanisms": ids, "labels": json::labels(g, ids.iter().copied()), "hops": l.hops() })
            })
            .collect();
        output::print_json(&json!({ "truncated": set.truncated, "loops": list }))?;
        return Ok(Status::Clean);
    }
    let n = set.loops.len();
    let mut text = format!(
        "{n} feedback loop{}{}\n",
        plural(n),
        if set.truncated { " (truncated)" } else { "" }
    );
    for l in &set.loops {
        text.push_str(&format!("  {}\n", l.labels(g)));
    }
    output::print(&text)?;
    Ok(Status::Clean)
}

/// Options of `context`.
#[derive(Debug, clap::Args)]
pub struct ContextArgs {
    /// The mechanism's id
    id: String,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    output: OutputArgs,
}

/// Runs `context`.
pub fn context(args: &ContextArgs) -> Outcome {
    let loaded = model::load(&args.model)?;
    let g: &MechanismGraph = &loaded.graph;
    let influences = g.context_of(&args.id)?;
    let on_links = g.link_moderators_of(&args.id)?;
    if args.output.json() {
        let list: Vec<_> = influences
            .iter()
            .map(|c| {
                let mut link = json::link(c.link);
                json::set(&mut link, "label", json!(label(g, c.link.from.as_str())));
                link
            })
            .collect();
        let on_links: Vec<_> = on_links
            .iter()
            .map(|m| link_moderation(g, m.factor, m.link, None))
            .collect();
        output::print_json(
            &json!({ "id": args.id, "context": list, "link_moderators": on_links }),
        )?;
        return Ok(Status::Clean);
    }
    let n = influences.len();
    // a factor linked to the mechanism and moderating a link into it counts once
    let all = influences
        .iter()
        .map(|c| c.link.from.as_str())
        .chain(on_links.iter().map(|m| m.factor.as_str()))
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let mut text = Paint::stdout().bold(&format!(
        "{all} context factor{} bearing on {}",
        plural(all),
        args.id
    ));
    text.push('\n');
    if n > 0 {
        let mut rows = vec![vec![
            "factor".to_owned(),
            "relation".to_owned(),
            "polarity".to_owned(),
            "basis".to_owned(),
            "label".to_owned(),
        ]];
        rows.extend(influences.iter().map(|c| {
            vec![
                c.link.from.to_string(),
                c.link.relation.as_str().to_owned(),
                c.link.polarity.as_str().to_owned(),
                c.link.basis.as_str().to_owned(),
                label(g, c.link.from.as_str()),
            ]
        }));
        text.push_str(&columns(&rows));
    }
    if !on_links.is_empty() {
        let rows: Vec<Vec<String>> = on_links
            .iter()
            .map(|m| {
                vec![
                    format!("  {}", m.factor),
                    format!("moderates the link {} -> {}", m.link.from, m.link.to),
                    label(g, m.factor.as_str()),
                ]
            })
            .collect();
        text.push_str(
            &Paint::stdout().bold("conditioning a single link into it (link-level moderation):"),
        );
        text.push('\n');
        text.push_str(&columns(&rows));
    }
    output::print(&text)?;
    Ok(Status::Clean)
}

/// A link-level moderation as JSON: the factor, its label, the link it moderates and (on a
/// pathway) the position of the link's target.
fn link_moderation(
    g: &MechanismGraph,
    factor: &isp_moc::MechanismId,
    link: &isp_moc::model::Link,
    position: Option<usize>,
) -> serde_json::Value {
    let mut value = json!({
        "factor": factor.as_str(),
        "label": label(g, factor.as_str()),
        "from": link.from.as_str(),
        "to": link.to.as_str(),
    });
    if let Some(position) = position {
        json::set(&mut value, "position", json!(position));
    }
    value
}

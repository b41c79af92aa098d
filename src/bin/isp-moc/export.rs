//! `isp-moc export`: a model as a drawing or an exchange format.

use std::path::{Path, PathBuf};

use isp_moc::export::{dot, mermaid, DrawOptions, Layout};
use isp_moc::io::{to_text, Format};

use crate::exit::{Failure, Outcome, Status};
use crate::model::{self, ModelArgs};
use crate::output;

/// `--to`: what to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// Graphviz DOT, laid out like the model (or the paper's columns)
    Dot,
    /// Graphviz DOT for `dot -Tsvg`: every mechanism, link and group carries an SVG id and
    /// CSS classes, so a web page can style or script the drawing
    SvgReadyDot,
    /// A Mermaid flowchart (GitHub, Markdown)
    Mermaid,
    /// GraphML with every attribute, lossless (yEd, Gephi, Cytoscape, networkx)
    Graphml,
    /// networkx node-link JSON with every attribute
    NodeLink,
    /// The causal skeleton for dagitty.net and the dagitty R package
    Dagitty,
    /// The versioned JSON model document, lossless
    Json,
}

impl Target {
    /// The format's name, as `--to` takes it.
    fn name(self) -> String {
        clap::ValueEnum::to_possible_value(&self)
            .map_or_else(String::new, |v| v.get_name().to_owned())
    }

    /// The drawings, which take `--layout` and `--no-legend`.
    fn draws(self) -> bool {
        matches!(self, Target::Dot | Target::SvgReadyDot | Target::Mermaid)
    }

    /// The target a file name's extension stands for.
    fn of_format(format: Format) -> Option<Target> {
        Some(match format {
            Format::Json => Target::Json,
            Format::GraphMl => Target::Graphml,
            Format::Dot => Target::Dot,
            Format::Mermaid => Target::Mermaid,
            Format::NodeLink => Target::NodeLink,
            Format::Dagitty => Target::Dagitty,
            _ => return None,
        })
    }
}

/// `--layout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LayoutArg {
    /// Resources first, then each mechanism after what leads to it
    Ranks,
    /// The paper's Figure 2 columns
    Columns,
}

/// Options of `export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Without --to, the format is taken from the extension of -o FILE \
    (.dot, .mmd, .graphml, .nodelink.json, .dagitty, .json)."
)]
pub struct ExportArgs {
    /// The format to write
    #[arg(long, value_enum, value_name = "FORMAT")]
    to: Option<Target>,
    /// Write into this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Drawings only: place mechanisms by rank or in the paper's columns [default: the
    /// model's preference, else ranks]
    #[arg(long, value_enum)]
    layout: Option<LayoutArg>,
    /// Drawings only: leave the legend out
    #[arg(long)]
    no_legend: bool,
    /// JSON only: no indentation or line breaks (about two thirds of the size on large
    /// models, and quicker to write and read)
    #[arg(long)]
    compact: bool,
    #[command(flatten)]
    model: ModelArgs,
}

/// Runs `export`.
pub fn run(args: &ExportArgs) -> Outcome {
    let target = match (args.to, &args.output) {
        (Some(target), _) => target,
        (None, Some(path)) => Format::from_path(path)
            .ok()
            .and_then(Target::of_format)
            .ok_or_else(|| {
                // an image: Graphviz draws it from the DOT the command writes
                let image = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase)
                    .filter(|e| matches!(e.as_str(), "svg" | "png" | "pdf"));
                Failure::message(match image {
                    Some(kind) => {
                        let model = args
                            .model
                            .model
                            .as_ref()
                            .map(|m| format!(" -m {}", m.display()))
                            .unwrap_or_default();
                        format!(
                            "`{}`: the command writes no {} itself; write Graphviz DOT and let \
                             Graphviz draw it: isp-moc export{model} --to svg-ready-dot | dot \
                             -T{kind} -o {}",
                            path.display(),
                            kind.to_uppercase(),
                            path.display()
                        )
                    }
                    None => format!(
                        "cannot tell the format from `{}`; name it with --to",
                        path.display()
                    ),
                })
            })?,
        (None, None) => {
            return Err(Failure::message(
                "name the format with --to (dot, svg-ready-dot, mermaid, graphml, node-link, \
                 dagitty, json) or give -o FILE with its extension"
                    .to_owned(),
            ))
        }
    };
    if !target.draws() && (args.layout.is_some() || args.no_legend) {
        return Err(Failure::message(
            "--layout and --no-legend apply to drawings only (dot, svg-ready-dot, mermaid)"
                .to_owned(),
        ));
    }
    if args.compact && target != Target::Json {
        return Err(Failure::message(
            "--compact applies to the json format only".to_owned(),
        ));
    }
    let g = model::load(&args.model)?.graph;
    let mut draw = DrawOptions::default();
    draw.layout = args.layout.map(|l| match l {
        LayoutArg::Ranks => Layout::Ranks,
        LayoutArg::Columns => Layout::Columns,
    });
    draw.legend = !args.no_legend;
    let text = match target {
        Target::Dot => dot(&g, &draw),
        Target::SvgReadyDot => {
            draw.svg_attributes = true;
            dot(&g, &draw)
        }
        Target::Mermaid => mermaid(&g, &draw),
        Target::Graphml => to_text(&g, Format::GraphMl),
        Target::NodeLink => to_text(&g, Format::NodeLink),
        Target::Dagitty => to_text(&g, Format::Dagitty),
        Target::Json if args.compact => {
            let mut text = isp_moc::io::to_json_compact(&g);
            text.push('\n');
            text
        }
        Target::Json => to_text(&g, Format::Json),
    };
    output::write(args.output.as_deref(), &text)?;
    if let (Some(path), Some(named)) = (&args.output, args.output.as_deref().and_then(named_by)) {
        // written as asked, but the file's name will mislead whoever opens it
        let same = named == target || matches!((named, target), (Target::Dot, Target::SvgReadyDot));
        if !same {
            eprintln!(
                "isp-moc: note: wrote {} into `{}`, whose extension names another format",
                target.name(),
                path.display()
            );
        }
    }
    Ok(Status::Clean)
}

/// The target a file's extension names, if any.
fn named_by(path: &Path) -> Option<Target> {
    Format::from_path(path).ok().and_then(Target::of_format)
}

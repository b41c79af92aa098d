//! [`Format`]: the file formats a model is read from and written to, chosen by name or
//! file extension.

use std::path::Path;

use crate::{ErrorKind, Result};

vocabulary! {
    /// A file format for a whole model: the two this crate reads back (the JSON document
    /// and GraphML) and the drawings and exchange formats it writes.
    ///
    /// [`read_file`](super::read_file) and [`write_file`](super::write_file) pick it from the
    /// file's extension ([`Format::from_path`]); parse it from a name for a command-line
    /// option (`"graphml".parse()`).
    ///
    /// ```
    /// use isp_moc::io::Format;
    ///
    /// assert_eq!(Format::from_path("models/arc.json")?, Format::Json);
    /// assert_eq!(Format::from_path("figure2.nodelink.json")?, Format::NodeLink);
    /// assert_eq!("mmd".parse::<Format>()?, Format::Mermaid);
    /// assert!(Format::GraphMl.can_read() && !Format::Dot.can_read());
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    #[non_exhaustive]
    pub enum Format ("file format") {
        Json = "json" {
            "JSON model document",
            "The versioned, lossless JSON document (writes format_version 2, reads 1 and 2); read and written.",
            aliases: ["model"],
        },
        GraphMl = "graphml" {
            "GraphML",
            "GraphML with typed attributes, lossless; read and written (yEd, Gephi, Cytoscape, networkx).",
            aliases: ["xml"],
        },
        Dot = "dot" {
            "Graphviz DOT",
            "A drawing for Graphviz; written only.",
            aliases: ["gv", "graphviz"],
        },
        Mermaid = "mermaid" {
            "Mermaid flowchart",
            "A drawing for GitHub and Markdown tools; written only.",
            aliases: ["mmd"],
        },
        NodeLink = "node_link" {
            "networkx node-link JSON",
            "networkx's node-link JSON with every attribute; written only.",
            aliases: ["nodelink", "node-link"],
        },
        Dagitty = "dagitty" {
            "DAGitty",
            "The causal skeleton for dagitty.net and the dagitty R package; written only.",
        },
    }
}

impl Format {
    /// True for the formats [`read_file`](super::read_file) reads.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::io::Format;
    /// let readable: Vec<_> = Format::ALL.iter().filter(|f| f.can_read()).collect();
    /// assert_eq!(readable, [&Format::Json, &Format::GraphMl]);
    /// ```
    pub const fn can_read(self) -> bool {
        matches!(self, Format::Json | Format::GraphMl)
    }

    /// The usual file extension (without the dot).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(isp_moc::io::Format::NodeLink.extension(), "nodelink.json");
    /// ```
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::GraphMl => "graphml",
            Format::Dot => "dot",
            Format::Mermaid => "mmd",
            Format::NodeLink => "nodelink.json",
            Format::Dagitty => "dagitty",
        }
    }

    /// The format a file name's extension stands for: `.json`, `.graphml` (or `.xml`),
    /// `.dot` (or `.gv`), `.mmd` (or `.mermaid`), `.nodelink.json` (or
    /// `.node-link.json`), `.dagitty`; case is ignored.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnsupportedFormat`] for any other extension, listing these.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::io::Format;
    /// assert_eq!(Format::from_path("drawing.GV")?, Format::Dot);
    /// let err = Format::from_path("model.yaml").unwrap_err();
    /// assert_eq!(err.to_string(), "`model.yaml`: unknown file extension; use .json, .graphml, \
    ///     .dot, .mmd, .nodelink.json or .dagitty, or name the format");
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Format> {
        let path = path.as_ref();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let by_suffix = [
            (".nodelink.json", Format::NodeLink),
            (".node-link.json", Format::NodeLink),
            (".json", Format::Json),
            (".graphml", Format::GraphMl),
            (".xml", Format::GraphMl),
            (".dot", Format::Dot),
            (".gv", Format::Dot),
            (".mmd", Format::Mermaid),
            (".mermaid", Format::Mermaid),
            (".dagitty", Format::Dagitty),
        ];
        by_suffix
            .iter()
            .find(|(suffix, _)| name.ends_with(suffix))
            .map(|&(_, format)| format)
            .ok_or_else(|| {
                ErrorKind::UnsupportedFormat {
                    what: path.display().to_string(),
                    reason: "unknown file extension; use .json, .graphml, .dot, .mmd, \
                             .nodelink.json or .dagitty, or name the format"
                        .to_owned(),
                }
                .into()
            })
    }
}

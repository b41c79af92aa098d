//! The style hook of the drawings: [`Color`], [`Emphasis`], [`Style`] and [`Styles`].

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::error::{quoted, Problem, Problems};
use crate::{Error, ErrorKind, MechanismGraph, Result};

/// An opaque RGB colour, written `#rrggbb` in both DOT and Mermaid.
///
/// A colour is a value, never text passed through: it parses only from `#rrggbb` (six hex
/// digits, either case) and prints as lowercase `#rrggbb`, so a colour cannot smuggle
/// syntax into a drawing. Named colours are left out on purpose: Graphviz (X11) and CSS
/// name different colours alike.
///
/// # Example
///
/// ```
/// use isp_moc::export::Color;
/// let c: Color = "#C0392B".parse()?;
/// assert_eq!(c, Color::rgb(0xc0, 0x39, 0x2b));
/// assert_eq!(c.to_string(), "#c0392b");
/// assert!("red".parse::<Color>().is_err());
/// assert!("#12345".parse::<Color>().is_err());
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Color {
    rgb: [u8; 3],
}

impl Color {
    /// The colour with these red, green and blue components.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::Color;
    /// assert_eq!(Color::rgb(255, 0, 16).to_string(), "#ff0010");
    /// ```
    pub const fn rgb(red: u8, green: u8, blue: u8) -> Self {
        Color {
            rgb: [red, green, blue],
        }
    }

    /// The red, green and blue components.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::Color;
    /// assert_eq!(Color::rgb(1, 2, 3).components(), [1, 2, 3]);
    /// ```
    pub const fn components(self) -> [u8; 3] {
        self.rgb
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.rgb;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl FromStr for Color {
    type Err = Error;

    /// Parses `#rrggbb`; anything else is [`ErrorKind::InvalidValue`] for the field
    /// `color`.
    fn from_str(text: &str) -> Result<Self> {
        let digits = text
            .strip_prefix('#')
            .filter(|d| d.len() == 6 && d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(d) = digits else {
            return Err(Error::new(ErrorKind::InvalidValue {
                field: "color".to_owned(),
                message: format!(
                    "a colour is written #rrggbb, such as #c0392b, not {}",
                    quoted(text)
                ),
            }));
        };
        // Six ASCII hex digits: every slice is on a character boundary and parses.
        let byte = |at: usize| u8::from_str_radix(&d[at..at + 2], 16).unwrap_or(0);
        Ok(Color::rgb(byte(0), byte(2), byte(4)))
    }
}

/// How strongly a styled mechanism or link stands out. `#[non_exhaustive]`: more
/// emphases can join.
///
/// # Example
///
/// ```
/// use isp_moc::export::{Emphasis, Style};
/// assert_eq!(Style::new().emphasis, Emphasis::Normal);
/// assert_eq!(Style::new().with_emphasis(Emphasis::Strong).emphasis, Emphasis::Strong);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Emphasis {
    /// As drawn without a style (the default).
    #[default]
    Normal,
    /// Thicker border or line, bold label: to point at something (a blocking factor, the
    /// pathway under discussion).
    Strong,
    /// Faded: to push the rest back while something else is emphasised.
    Faint,
}

/// How one mechanism or link is drawn beyond the defaults: colours, emphasis and an extra
/// line of label text.
///
/// For a mechanism, `fill` colours the shape and `stroke` its border; for a link, `stroke`
/// colours the line, its arrowhead and its label, and `fill` is not used. A style's stroke
/// replaces the red of hindering findings and the grey of inferred links. The `note` is
/// shown as written (escaped for each format) on a line of its own below the label.
///
/// # Example
///
/// ```
/// use isp_moc::export::{Color, Emphasis, Style};
/// let barrier = Style::new()
///     .with_fill(Color::rgb(0xf4, 0xcc, 0xcc))
///     .with_stroke("#c0392b".parse()?)
///     .with_emphasis(Emphasis::Strong)
///     .with_note("barrier (rated −2)");
/// assert_eq!(barrier.note.as_deref(), Some("barrier (rated −2)"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Style {
    /// Fill colour of a mechanism (not used for links).
    pub fill: Option<Color>,
    /// Border colour of a mechanism; line, arrowhead and label colour of a link.
    pub stroke: Option<Color>,
    /// How strongly it stands out (default [`Emphasis::Normal`]).
    pub emphasis: Emphasis,
    /// Extra label text, on a line of its own (an empty note adds nothing).
    pub note: Option<String>,
}

impl Style {
    /// A style that changes nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::Style;
    /// assert_eq!(Style::new(), Style::default());
    /// ```
    pub fn new() -> Self {
        Style::default()
    }

    /// Sets the fill colour.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Color, Style};
    /// let s = Style::new().with_fill(Color::rgb(0xee, 0xee, 0xee));
    /// assert_eq!(s.fill, Some(Color::rgb(0xee, 0xee, 0xee)));
    /// ```
    pub fn with_fill(mut self, fill: Color) -> Self {
        self.fill = Some(fill);
        self
    }

    /// Sets the stroke colour.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Color, Style};
    /// let s = Style::new().with_stroke(Color::rgb(0, 0x66, 0xcc));
    /// assert_eq!(s.stroke.unwrap().to_string(), "#0066cc");
    /// ```
    pub fn with_stroke(mut self, stroke: Color) -> Self {
        self.stroke = Some(stroke);
        self
    }

    /// Sets the emphasis.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Emphasis, Style};
    /// assert_eq!(Style::new().with_emphasis(Emphasis::Faint).emphasis, Emphasis::Faint);
    /// ```
    pub fn with_emphasis(mut self, emphasis: Emphasis) -> Self {
        self.emphasis = emphasis;
        self
    }

    /// Sets the extra label text.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::Style;
    /// assert_eq!(Style::new().with_note("weak").note.as_deref(), Some("weak"));
    /// ```
    pub fn with_note(mut self, note: &str) -> Self {
        self.note = Some(note.to_owned());
        self
    }

    /// The note a drawing shows: none when it is empty.
    pub(super) fn shown_note(&self) -> Option<&str> {
        self.note.as_deref().filter(|n| !n.is_empty())
    }
}

/// The style hook of [`DrawOptions`](super::DrawOptions): a [`Style`] per mechanism id and
/// per link (`from`, `to`), as data, for the drawings to apply.
///
/// Setting a style again for the same mechanism or link replaces the earlier one. The
/// drawings skip styles naming a mechanism or link they do not show (an id the model does
/// not have, a context factor left out with `context: false`), so a misspelt id is silently
/// without effect there; call [`check`](Styles::check) to find such ids, with a
/// did-you-mean.
///
/// # Example
///
/// ```
/// use isp_moc::export::{dot, mermaid, Color, DrawOptions, Emphasis, Style, Styles};
/// let g = isp_moc::catalog::figure2();
/// let mut options = DrawOptions::default();
/// options.styles = Styles::new()
///     .with_mechanism("trust", Style::new().with_fill(Color::rgb(0xff, 0xd7, 0x00)))
///     .with_link("trust", "openness", Style::new().with_emphasis(Emphasis::Strong));
/// options.styles.check(&g)?;
/// assert!(dot(&g, &options).contains("fillcolor=\"#ffd700\""));
/// assert!(mermaid(&g, &options).contains("style trust fill:#ffd700"));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Styles {
    mechanisms: BTreeMap<String, Style>,
    links: BTreeMap<(String, String), Style>,
    /// Legend keys for looks of mechanisms, then of links.
    keys: Vec<(Style, String)>,
    link_keys: Vec<(Style, String)>,
}

impl Styles {
    /// No styles.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::export::Styles::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Styles::default()
    }

    /// Styles the mechanism `id` (replacing an earlier style for it).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Emphasis, Style, Styles};
    /// let mut styles = Styles::new();
    /// for id in ["trust", "openness"] {
    ///     styles = styles.with_mechanism(id, Style::new().with_emphasis(Emphasis::Strong));
    /// }
    /// assert!(styles.mechanism("openness").is_some());
    /// ```
    pub fn with_mechanism(mut self, id: &str, style: Style) -> Self {
        self.mechanisms.insert(id.to_owned(), style);
        self
    }

    /// Styles the link `from` → `to` (replacing an earlier style for it).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Style, Styles};
    /// let styles = Styles::new().with_link("trust", "openness", Style::new().with_note("key step"));
    /// assert!(styles.link("trust", "openness").is_some());
    /// assert!(styles.link("openness", "trust").is_none());
    /// ```
    pub fn with_link(mut self, from: &str, to: &str, style: Style) -> Self {
        self.links.insert((from.to_owned(), to.to_owned()), style);
        self
    }

    /// Explains a fill colour in the drawing's legend: a sample filled with `fill`, then
    /// `text` (in the order added). Once a style fills any mechanism, the legend leaves
    /// out its samples of the element groups, whose colours no longer hold. The same as
    /// [`with_mechanism_key`](Styles::with_mechanism_key) with a style of that fill.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{dot, Color, DrawOptions, Style, Styles};
    /// let g = isp_moc::catalog::figure2();
    /// let gold = Color::rgb(0xff, 0xd7, 0x00);
    /// let mut options = DrawOptions::default();
    /// options.styles = Styles::new()
    ///     .with_mechanism("trust", Style::new().with_fill(gold))
    ///     .with_key(gold, "named by the team");
    /// let keys: Vec<_> = options.styles.keys().collect();
    /// assert_eq!(keys, [(&Style::new().with_fill(gold), "named by the team")]);
    /// assert!(dot(&g, &options).contains("named by the team"));
    /// ```
    pub fn with_key(self, fill: Color, text: &str) -> Self {
        self.with_mechanism_key(Style::new().with_fill(fill), text)
    }

    /// Explains a look of mechanisms in the drawing's legend: a sample box drawn with
    /// `style` (its fill, border and emphasis; white when it sets no fill), then `text`,
    /// in the order added, before the link keys.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{dot, Color, DrawOptions, Emphasis, Style, Styles};
    /// let g = isp_moc::catalog::figure2();
    /// let red = Color::rgb(0xc0, 0x39, 0x2b);
    /// let outlined = Style::new().with_stroke(red).with_emphasis(Emphasis::Strong);
    /// let mut options = DrawOptions::default();
    /// options.styles = Styles::new()
    ///     .with_mechanism("trust", outlined.clone())
    ///     .with_mechanism_key(outlined, "to discuss first");
    /// assert!(dot(&g, &options).contains("to discuss first"));
    /// ```
    pub fn with_mechanism_key(mut self, style: Style, text: &str) -> Self {
        self.keys.push((style, text.to_owned()));
        self
    }

    /// Explains a look of links in the drawing's legend: a sample line drawn with `style`
    /// (its colour and emphasis), then `text`, in the order added, after the mechanism
    /// keys.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{mermaid, Color, DrawOptions, Emphasis, Style, Styles};
    /// let g = isp_moc::catalog::figure2();
    /// let thick = Style::new().with_stroke(Color::rgb(0, 0x66, 0xcc)).with_emphasis(Emphasis::Strong);
    /// let mut options = DrawOptions::default();
    /// options.styles = Styles::new()
    ///     .with_link("trust", "openness", thick.clone())
    ///     .with_link_key(thick, "the step we test");
    /// assert_eq!(options.styles.link_keys().count(), 1);
    /// assert!(mermaid(&g, &options).contains("the step we test"));
    /// ```
    pub fn with_link_key(mut self, style: Style, text: &str) -> Self {
        self.link_keys.push((style, text.to_owned()));
        self
    }

    /// The legend's keys for looks of mechanisms (fill colours among them), in the order
    /// added.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Color, Styles};
    /// let styles = Styles::new().with_key(Color::rgb(0, 0, 0), "black");
    /// assert_eq!(styles.keys().count(), 1);
    /// assert_eq!(styles.link_keys().count(), 0);
    /// ```
    pub fn keys(&self) -> impl Iterator<Item = (&Style, &str)> {
        self.keys.iter().map(|(s, t)| (s, t.as_str()))
    }

    /// The legend's keys for looks of links, in the order added.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Style, Styles};
    /// let styles = Styles::new().with_link_key(Style::new(), "plain");
    /// assert_eq!(styles.link_keys().collect::<Vec<_>>(), [(&Style::new(), "plain")]);
    /// ```
    pub fn link_keys(&self) -> impl Iterator<Item = (&Style, &str)> {
        self.link_keys.iter().map(|(s, t)| (s, t.as_str()))
    }

    /// True when some mechanism's style sets a fill colour.
    pub(crate) fn fills_mechanisms(&self) -> bool {
        self.mechanisms.values().any(|s| s.fill.is_some())
    }

    /// The style of the mechanism `id`, if one is set.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Style, Styles};
    /// let styles = Styles::new().with_mechanism("trust", Style::new().with_note("high"));
    /// assert_eq!(styles.mechanism("trust").unwrap().note.as_deref(), Some("high"));
    /// assert!(styles.mechanism("openness").is_none());
    /// ```
    pub fn mechanism(&self, id: &str) -> Option<&Style> {
        self.mechanisms.get(id)
    }

    /// The style of the link `from` → `to`, if one is set.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Emphasis, Style, Styles};
    /// let styles = Styles::new().with_link("a", "b", Style::new().with_emphasis(Emphasis::Faint));
    /// assert_eq!(styles.link("a", "b").unwrap().emphasis, Emphasis::Faint);
    /// ```
    pub fn link(&self, from: &str, to: &str) -> Option<&Style> {
        // A borrowed tuple key cannot be looked up without allocating; styles are few.
        self.links
            .iter()
            .find(|((f, t), _)| f == from && t == to)
            .map(|(_, s)| s)
    }

    /// True when no style and no legend key is set.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Style, Styles};
    /// assert!(!Styles::new().with_mechanism("trust", Style::new()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.mechanisms.is_empty()
            && self.links.is_empty()
            && self.keys.is_empty()
            && self.link_keys.is_empty()
    }

    /// Checks that every styled mechanism and link exists in `graph`.
    ///
    /// # Errors
    ///
    /// Every problem at once, mechanisms first, each in id order:
    /// [`ErrorKind::UnknownMechanism`] (with the nearest id when it looks like a typo) for a
    /// styled mechanism, or a link end, that `graph` does not have, and
    /// [`ErrorKind::UnknownLink`] for a styled link between two mechanisms that `graph`
    /// does not join.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{Style, Styles};
    /// use isp_moc::ErrorKind;
    /// let g = isp_moc::catalog::figure2();
    /// let styles = Styles::new()
    ///     .with_mechanism("trusst", Style::new())
    ///     .with_link("openness", "trust", Style::new());
    /// let err = styles.check(&g).unwrap_err();
    /// assert_eq!(err.problems().len(), 2);
    /// assert_eq!(err.to_string(), "2 problems:\n  unknown mechanism `trusst`; did you mean `trust`?\n  no link `openness` -> `trust` in this model");
    /// assert!(matches!(err.problems()[1].kind, ErrorKind::UnknownLink { .. }));
    /// ```
    pub fn check(&self, graph: &MechanismGraph) -> Result<()> {
        let mut problems = Problems::new();
        let known = |id: &str, problems: &mut Problems| {
            let ok = graph.contains(id);
            if !ok {
                problems.absorb(graph.unknown(id));
            }
            ok
        };
        for id in self.mechanisms.keys() {
            known(id, &mut problems);
        }
        for (from, to) in self.links.keys() {
            let ends = known(from, &mut problems) & known(to, &mut problems);
            if ends && graph.link(from, to).is_err() {
                problems.push(Problem::new(ErrorKind::UnknownLink {
                    from: from.clone(),
                    to: to.clone(),
                }));
            }
        }
        problems.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_only_as_hex() {
        assert_eq!("#00ff7F".parse::<Color>().unwrap(), Color::rgb(0, 255, 127));
        for bad in [
            "",
            "#",
            "00ff7f",
            "#00ff7",
            "#00ff7f0",
            "#00ff7g",
            "#é0ff7f",
            " #00ff7f",
            "#00ff7f\"",
        ] {
            let err = bad.parse::<Color>().unwrap_err();
            assert!(
                matches!(err.kind(), ErrorKind::InvalidValue { field, .. } if field == "color"),
                "{bad:?}"
            );
        }
        assert_eq!(
            "red".parse::<Color>().unwrap_err().to_string(),
            "a colour is written #rrggbb, such as #c0392b, not `red`"
        );
    }
}

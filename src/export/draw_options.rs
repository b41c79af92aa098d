//! [`DrawOptions`]: what the drawings (DOT and Mermaid) show and how.

use super::{Layout, Styles};
use crate::MechanismGraph;

/// Options shared by the drawing exports, [`dot`](super::dot) and
/// [`mermaid`](super::mermaid). `Default` shows everything, with a legend, in the layout
/// the model prefers.
///
/// # Example
///
/// ```
/// use isp_moc::export::{dot, mermaid, DrawOptions, Layout};
/// let g = isp_moc::catalog::figure2();
/// let mut options = DrawOptions::default();
/// options.context = false;
/// options.layout = Some(Layout::Ranks);
/// options.legend = false;
/// assert!(!dot(&g, &options).contains("leadership_support"));
/// assert!(!mermaid(&g, &options).contains("leadership_support"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DrawOptions {
    /// Include context factors and their links (default true).
    pub context: bool,
    /// Label links with their support count (where one is reported or studies are cited)
    /// and hindering findings (default true).
    pub evidence: bool,
    /// Title; `None` uses the model's name, `Some("")` writes none (default `None`).
    pub title: Option<String>,
    /// How to place the mechanisms; `None` (the default) takes the model's preference,
    /// [`ModelInfo::layout`](crate::model::ModelInfo::layout), and without one
    /// [`Layout::Ranks`] (see [`layout_for`](DrawOptions::layout_for)).
    pub layout: Option<Layout>,
    /// Draw a legend of the link styles the drawing uses (and, in the rank layout, of the
    /// element groups it shows) (default true).
    pub legend: bool,
    /// Colours, emphasis and extra label text for chosen mechanisms and links (default
    /// none).
    pub styles: Styles,
    /// DOT only: give every mechanism, link and group an `id` and CSS `class`es, which
    /// Graphviz copies into SVG output, so a web page can style or script the drawing
    /// (default false). Mechanisms are `id="mechanism-<id>"` with classes `mechanism` and
    /// their kind; links `id="link-<from>-<to>"` with `link`, the relation, polarity and
    /// basis; groups `id="group-<key>"` with `group`. A link drawn through a junction
    /// (link-level moderation, see [`dot`](super::dot)) has halves `link-<from>-<to>` and
    /// `link-<from>-<to>-head`, the point `junction-<from>-<to>` (class `junction`) and
    /// each factor's line `moderation-<factor>-<from>-<to>` (class `moderation`).
    ///
    /// ```
    /// use isp_moc::export::{dot, DrawOptions};
    /// let mut options = DrawOptions::default();
    /// options.svg_attributes = true;
    /// let text = dot(&isp_moc::catalog::figure2(), &options);
    /// assert!(text.contains(r#"id="mechanism-trust", class="mechanism reasoning""#));
    /// assert!(text.contains(r#"id="link-trust-openness", class="link leads_to positive text""#));
    /// ```
    pub svg_attributes: bool,
}

impl Default for DrawOptions {
    fn default() -> Self {
        DrawOptions {
            context: true,
            evidence: true,
            title: None,
            layout: None,
            legend: true,
            styles: Styles::new(),
            svg_attributes: false,
        }
    }
}

impl DrawOptions {
    /// The layout these options give `graph`: [`layout`](DrawOptions::layout) if set, else
    /// the model's preference, else [`Layout::Ranks`].
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::export::{DrawOptions, Layout};
    /// let figure2 = isp_moc::catalog::figure2();
    /// let mut options = DrawOptions::default();
    /// assert_eq!(options.layout_for(&figure2), Layout::Columns);
    /// options.layout = Some(Layout::Ranks);
    /// assert_eq!(options.layout_for(&figure2), Layout::Ranks);
    /// ```
    pub fn layout_for(&self, graph: &MechanismGraph) -> Layout {
        self.layout.or(graph.info().layout).unwrap_or(Layout::Ranks)
    }
}

//! [`DrawOptions`]: what the drawings (DOT and Mermaid) show and how.

/// Options shared by the drawing exports, [`dot`](super::dot) and
/// [`mermaid`](super::mermaid). `Default` shows everything.
///
/// # Example
///
/// ```
/// use isp_moc::export::{dot, mermaid, DrawOptions};
/// let g = isp_moc::catalog::figure2();
/// let mut options = DrawOptions::default();
/// options.context = false;
/// assert!(!dot(&g, &options).contains("leadership_support"));
/// assert!(!mermaid(&g, &options).contains("leadership_support"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DrawOptions {
    /// Include context factors and their links (default true).
    pub context: bool,
    /// Label links with their support count and hindering findings (default true).
    pub evidence: bool,
    /// Title; `None` uses the model's name, `Some("")` writes none (default `None`).
    pub title: Option<String>,
}

impl Default for DrawOptions {
    fn default() -> Self {
        DrawOptions {
            context: true,
            evidence: true,
            title: None,
        }
    }
}

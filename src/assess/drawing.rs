//! An assessment drawn on its model: mechanisms coloured by standing, the factors that
//! block or put them at risk emphasised, through the drawings' style hook.

use super::{Activation, Assessment, FactorRating};
use crate::export::{Color, Emphasis, Style, Styles};

/// Red for the links and factors behind a threatened standing.
const THREAT: Color = Color::rgb(0xc0, 0x39, 0x2b);

impl Assessment {
    /// Styles that draw this assessment on its model with
    /// [`export::dot`](crate::export::dot) or [`export::mermaid`](crate::export::mermaid):
    /// each mechanism filled by its standing and labelled with it; each context factor
    /// filled by its rating (red for a barrier, green for a facilitator, grey when not
    /// rated) and labelled with it, emphasised when it is a priority; the links through
    /// which a factor blocks or puts a mechanism at risk drawn red and thick. The legend
    /// explains each fill used, the red outline of a priority and the red links.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::assess::{assess, AssessOptions, ContextProfile};
    /// use isp_moc::export::{dot, DrawOptions};
    /// let g = isp_moc::catalog::figure2();
    /// let a = assess(&g, &ContextProfile::new("A").rate("isp_role_clarity", "-2".parse()?), &AssessOptions::default())?;
    /// let mut options = DrawOptions::default();
    /// options.styles = a.styles();
    /// let text = dot(&g, &options);
    /// assert!(text.contains("#e06666")); // isp_skills is blocked
    /// assert!(text.contains("blocked"));
    /// # Ok::<(), isp_moc::Error>(())
    /// ```
    pub fn styles(&self) -> Styles {
        let mut styles = Styles::new();
        let mut threat_links = false;
        let mut threat_moderated = false;
        for m in &self.mechanisms {
            styles = styles.with_mechanism(
                m.id.as_str(),
                Style::new()
                    .with_fill(m.activation.colour())
                    .with_note(&m.activation.label().to_lowercase()),
            );
            if m.activation.is_threatened() {
                for cause in m.causes() {
                    threat_links = true;
                    threat_moderated |= cause.moderates_link_from.is_some();
                    // the factor's own link, or the link it moderates
                    let from = cause.moderates_link_from.as_ref().unwrap_or(&cause.factor);
                    styles = styles.with_link(from.as_str(), m.id.as_str(), threat());
                }
            }
        }
        for f in &self.factors {
            let note = match &f.rating {
                None => "not rated".to_owned(),
                Some(r) => format!("rated {}", r.rating),
            };
            let mut style = Style::new()
                .with_fill(factor_standing(f).colour())
                .with_note(&note);
            if self.priorities.iter().any(|p| p.factor == f.id) {
                style = style.with_stroke(THREAT).with_emphasis(Emphasis::Strong);
            }
            styles = styles.with_mechanism(f.id.as_str(), style);
        }
        // the legend explains the fills used: a standing, and the rating a factor shares
        // its colour with
        for standing in Activation::ALL {
            let colour = standing.colour();
            let mechanism = self.mechanisms.iter().any(|m| m.activation == *standing);
            let factor = self.factors.iter().any(|f| factor_standing(f) == *standing);
            let text = match (mechanism, factor_meaning(*standing)) {
                (true, Some(rating)) if factor => {
                    format!("{}; a factor {rating}", standing.label().to_lowercase())
                }
                (true, _) => standing.label().to_lowercase(),
                (false, Some(rating)) if factor => format!("a factor {rating}"),
                _ => continue,
            };
            styles = styles.with_key(colour, &text);
        }
        // and the red outlines and lines
        if !self.priorities.is_empty() {
            styles = styles.with_mechanism_key(threat(), "a priority: address first");
        }
        if threat_links {
            let text = if threat_moderated {
                "a factor blocking a mechanism or putting it at risk (its link, or the link it moderates)"
            } else {
                "a factor blocking a mechanism or putting it at risk"
            };
            styles = styles.with_link_key(threat(), text);
        }
        styles
    }
}

/// The red, thick look of what threatens a standing: a priority factor's border, a link
/// through which a factor blocks or puts a mechanism at risk.
fn threat() -> Style {
    Style::new()
        .with_stroke(THREAT)
        .with_emphasis(Emphasis::Strong)
}

/// The standing whose colour fills a context factor: the one its rating leads to (at risk
/// for a barrier, supported for a facilitator, unknown when not rated).
fn factor_standing(f: &FactorRating) -> Activation {
    match f
        .rating
        .as_ref()
        .map(|r| (r.rating.score(), r.rating.is_mixed()))
    {
        None => Activation::Unknown,
        Some((Some(s), _)) if s < 0 => Activation::AtRisk,
        Some((Some(s), _)) if s > 0 => Activation::Supported,
        Some((Some(_), _)) => Activation::Neutral,
        Some((None, true)) => Activation::Mixed,
        Some((None, false)) => Activation::Unknown,
    }
}

/// What a factor filled with a standing's colour is rated, for the legend.
fn factor_meaning(standing: Activation) -> Option<&'static str> {
    match standing {
        Activation::AtRisk => Some("rated below 0 (a barrier)"),
        Activation::Supported => Some("rated above 0 (a facilitator)"),
        Activation::Neutral => Some("rated 0"),
        Activation::Mixed => Some("rated mixed"),
        Activation::Unknown => Some("not rated"),
        Activation::Blocked => None,
    }
}

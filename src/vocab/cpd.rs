//! The elements of a causal pathway diagram (CPD), and how to write one as an isp-moc
//! model.
//!
//! Sources: Lewis CC et al., Front Public Health 2018;6:136 (the four-step method: specify
//! the strategy, link it to its mechanisms, name proximal and distal outcomes, articulate
//! effect modifiers); Lewis CC et al., Implementation Science 2020;15:21, Table 1 (the
//! definitions, also tabulated in PMC10588196); Klasnja P et al., Implementation Research
//! and Practice 2024;5, doi:10.1177/26334895241248851 (a *series* of outcomes from proximal
//! to distal); the toolkit at <https://impscimethods.org/toolkits/causal-pathway-diagrams-toolkit>.
//! Descriptions are this crate's paraphrases.
//!
//! A CPD maps onto the crate's graph grammar (see
//! [`MechanismGraphBuilder`](crate::MechanismGraphBuilder)) element by element: see
//! [`CpdElement`].

use crate::model::{MechanismKind, Relation};

vocabulary! {
    /// The eight elements of a causal pathway diagram (Lewis et al. 2018, 2020; Klasnja et
    /// al. 2024), each mapped onto this crate's graph vocabulary so that a CPD can be written
    /// as an isp-moc model.
    ///
    /// *Node* elements become a [`Mechanism`](crate::model::Mechanism) of
    /// [`kind`](Self::kind); *link* elements ([`is_link`](Self::is_link)) become a
    /// [`Link`](crate::model::Link) of [`relation`](Self::relation) drawn from a context
    /// factor to the element's [`target`](Self::target). A node element's `relation` is
    /// that of the arrow it sends to its `target` along the pathway.
    ///
    /// | Element | Written as | Why (one line) |
    /// |---|---|---|
    /// | Implementation strategy | `resource` node, `leads_to` the mechanism | the strategy is what the ISP brings; in the seed paper, skills *are* strategy use |
    /// | Determinant | `context` node, `precondition` of the mechanism | a barrier or facilitator is context (CFIR constructs are determinants), and the mechanism works on it; use `moderates` when it only modulates |
    /// | Mechanism | `reasoning` node, `leads_to` the proximal outcome | Lewis's process through which the strategy works is Dalkin's reasoning: the stakeholders' response |
    /// | Precondition | `precondition` link from a `context` node to the mechanism | a necessary condition for activation; in this grammar conditioning factors are context |
    /// | Moderator | `moderates` link from a `context` node to the mechanism | only a context factor can moderate, and a link cannot target the strategy → mechanism link, so it targets the mechanism |
    /// | Mediator | `reasoning` node, `leads_to` the proximal outcome | every mechanism is a mediator; one that is not a mechanism may instead be written as an intermediate `outcome` |
    /// | Proximal outcome | `outcome` node, `leads_to` the distal outcome | the most immediate observable product; further outcomes chain with `leads_to` |
    /// | Distal outcome | `outcome` node, end of the pathway | what implementation aims for; set its [`ImplementationOutcome`](crate::vocab::ImplementationOutcome) when it is a Proctor outcome |
    ///
    /// ```
    /// use isp_moc::model::{MechanismKind, Relation};
    /// use isp_moc::vocab::CpdElement;
    ///
    /// assert_eq!(CpdElement::ALL.len(), 8);
    /// assert_eq!(CpdElement::Mechanism.kind(), MechanismKind::Reasoning);
    /// assert!(CpdElement::Moderator.is_link());
    /// assert_eq!(CpdElement::Moderator.relation(), Some(Relation::Moderates));
    /// assert_eq!(CpdElement::Moderator.kind(), MechanismKind::Context);
    /// assert_eq!(CpdElement::ImplementationStrategy.target(), Some(CpdElement::Mechanism));
    /// ```
    pub enum CpdElement ("causal pathway diagram element") {
        ImplementationStrategy = "implementation_strategy" {
            "Implementation strategy",
            "A method used to promote the implementation of an evidence-based practice or program.",
            aliases: ["strategy"],
        },
        Determinant = "determinant" {
            "Determinant",
            "A barrier or facilitator that the strategy is meant to address.",
            aliases: ["barrier", "facilitator"],
        },
        Mechanism = "mechanism" {
            "Mechanism",
            "The process or event through which the strategy works to affect implementation outcomes.",
            aliases: ["mechanism of change"],
        },
        Precondition = "precondition" {
            "Precondition",
            "A factor that must be present for the mechanism to be activated at all.",
            aliases: ["pre-condition"],
        },
        Moderator = "moderator" {
            "Moderator",
            "A factor that strengthens or weakens the strategy's influence without being necessary for it.",
        },
        Mediator = "mediator" {
            "Mediator",
            "An intervening variable that may statistically account for the strategy-outcome link; every mechanism is one, not every one is a mechanism.",
        },
        ProximalOutcome = "proximal_outcome" {
            "Proximal outcome",
            "The most immediate observable product of the strategy, reached through its specific mechanism.",
        },
        DistalOutcome = "distal_outcome" {
            "Distal outcome",
            "What the implementation ultimately aims for, such as a Proctor implementation outcome; not the most immediate step.",
        },
    }
}

impl CpdElement {
    /// The kind of isp-moc mechanism that writes the element; for a link element, the kind
    /// of the factor at the link's tail (always `context`).
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::MechanismKind;
    /// use isp_moc::vocab::CpdElement;
    /// assert_eq!(CpdElement::ImplementationStrategy.kind(), MechanismKind::Resource);
    /// assert_eq!(CpdElement::Determinant.kind(), MechanismKind::Context);
    /// assert_eq!(CpdElement::DistalOutcome.kind(), MechanismKind::Outcome);
    /// ```
    pub const fn kind(self) -> MechanismKind {
        use CpdElement::*;
        match self {
            // what the ISP brings (skills = strategy use)
            ImplementationStrategy => MechanismKind::Resource,
            // barriers and facilitators are context ("determinant" is an alias of `context`)
            Determinant => MechanismKind::Context,
            // the stakeholders' response through which the strategy works
            Mechanism | Mediator => MechanismKind::Reasoning,
            // only context factors condition or moderate in this grammar
            Precondition | Moderator => MechanismKind::Context,
            // implementation behaviour, immediate or ultimate
            ProximalOutcome | DistalOutcome => MechanismKind::Outcome,
        }
    }

    /// True for the elements that a CPD draws as conditions on the pathway and this crate
    /// writes as links (`precondition`, `moderator`); false for node elements.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CpdElement;
    /// let links: Vec<CpdElement> = CpdElement::ALL.iter().copied().filter(|e| e.is_link()).collect();
    /// assert_eq!(links, [CpdElement::Precondition, CpdElement::Moderator]);
    /// ```
    pub const fn is_link(self) -> bool {
        matches!(self, CpdElement::Precondition | CpdElement::Moderator)
    }

    /// The relation of the link the element contributes: for a link element, the link
    /// itself; for a node element, the arrow it sends to its [`target`](Self::target).
    /// `None` for the distal outcome, where the pathway ends.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::model::Relation;
    /// use isp_moc::vocab::CpdElement;
    /// assert_eq!(CpdElement::Mechanism.relation(), Some(Relation::LeadsTo));
    /// assert_eq!(CpdElement::Determinant.relation(), Some(Relation::Precondition));
    /// assert_eq!(CpdElement::DistalOutcome.relation(), None);
    /// ```
    pub const fn relation(self) -> Option<Relation> {
        use CpdElement::*;
        match self {
            ImplementationStrategy | Mechanism | Mediator | ProximalOutcome => {
                Some(Relation::LeadsTo)
            }
            Determinant | Precondition => Some(Relation::Precondition),
            Moderator => Some(Relation::Moderates),
            DistalOutcome => None,
        }
    }

    /// The element the [`relation`](Self::relation) points at in a canonical CPD; `None`
    /// for the distal outcome.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::vocab::CpdElement;
    /// assert_eq!(CpdElement::Moderator.target(), Some(CpdElement::Mechanism));
    /// assert_eq!(CpdElement::ProximalOutcome.target(), Some(CpdElement::DistalOutcome));
    /// ```
    pub const fn target(self) -> Option<CpdElement> {
        use CpdElement::*;
        match self {
            ImplementationStrategy | Determinant | Precondition | Moderator => Some(Mechanism),
            Mechanism | Mediator => Some(ProximalOutcome),
            ProximalOutcome => Some(DistalOutcome),
            DistalOutcome => None,
        }
    }
}

//! [`Change`] and [`ListChange`]: a value before and after, and what a list gained and lost.

/// One field's value before and after.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, Change, MechanismChange, MechanismDiff};
/// use isp_moc::model::{Category, Mechanism};
/// use isp_moc::vocab::ReasoningType;
/// use isp_moc::MechanismGraph;
///
/// let model = |label: &str| MechanismGraph::builder()
///     .mechanism(Mechanism::new("trust", label, Category::reasoning(ReasoningType::Relational)))
///     .build();
/// let d = diff(&model("Trust")?, &model("Alliance")?);
/// let MechanismDiff::Changed { changes, .. } = &d.mechanisms[0] else { unreachable!() };
/// assert_eq!(changes[0], MechanismChange::Label(Change::new("Trust".to_owned(), "Alliance".to_owned())));
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Change<T> {
    /// The value in the first model.
    pub before: T,
    /// The value in the second model.
    pub after: T,
}

impl<T> Change<T> {
    /// A change from `before` to `after`.
    ///
    /// # Example
    ///
    /// ```
    /// let c = isp_moc::compare::Change::new(1, 2);
    /// assert_eq!((c.before, c.after), (1, 2));
    /// ```
    pub fn new(before: T, after: T) -> Self {
        Change { before, after }
    }
}

impl<T: PartialEq + Clone> Change<T> {
    /// The change from `before` to `after`, or `None` when they are equal.
    pub(crate) fn between(before: &T, after: &T) -> Option<Self> {
        (before != after).then(|| Change::new(before.clone(), after.clone()))
    }
}

/// A link's weight before and after (either may be absent). Weights compare by their
/// bits, so the change is `Eq` like the other changes.
///
/// # Example
///
/// ```
/// use isp_moc::compare::{diff, LinkChange, LinkDiff, WeightChange};
///
/// let g = isp_moc::catalog::figure2();
/// let mut parts = g.clone().into_parts();
/// parts.links[0].weight = Some(0.9);
/// let d = diff(&g, &parts.build()?);
/// let LinkDiff::Changed { changes, .. } = &d.links[0] else { unreachable!() };
/// assert_eq!(changes[0], LinkChange::Weight(WeightChange::new(None, Some(0.9))));
/// assert_eq!(changes[0].to_string(), "weight: none → 0.9");
/// # Ok::<(), isp_moc::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct WeightChange {
    /// The weight in the first model.
    pub before: Option<f64>,
    /// The weight in the second model.
    pub after: Option<f64>,
}

impl WeightChange {
    /// A change from `before` to `after`.
    ///
    /// # Example
    ///
    /// ```
    /// let c = isp_moc::compare::WeightChange::new(Some(0.3), None);
    /// assert_eq!(c.before, Some(0.3));
    /// ```
    pub fn new(before: Option<f64>, after: Option<f64>) -> Self {
        WeightChange { before, after }
    }

    /// The change, or `None` when the weights are the same.
    pub(crate) fn between(before: Option<f64>, after: Option<f64>) -> Option<Self> {
        let change = WeightChange::new(before, after);
        (change.before.map(f64::to_bits) != change.after.map(f64::to_bits)).then_some(change)
    }
}

impl PartialEq for WeightChange {
    fn eq(&self, other: &Self) -> bool {
        let bits = |w: Option<f64>| w.map(f64::to_bits);
        (bits(self.before), bits(self.after)) == (bits(other.before), bits(other.after))
    }
}

impl Eq for WeightChange {}

/// What a list gained and lost, order aside: the items of the second list that the first
/// lacks (`added`, in the second list's order) and those of the first that the second lacks
/// (`removed`, in the first list's order). Items are matched one for one, so an item listed
/// twice in one list and once in the other counts once as added or removed.
///
/// # Example
///
/// ```
/// use isp_moc::compare::ListChange;
/// let c = ListChange::between(&["a", "b", "b"], &["b", "c"]);
/// assert_eq!(c.added, ["c"]);
/// assert_eq!(c.removed, ["a", "b"]);
/// assert!(ListChange::between(&["a", "b"], &["b", "a"]).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ListChange<T> {
    /// Items only the second list has.
    pub added: Vec<T>,
    /// Items only the first list has.
    pub removed: Vec<T>,
}

impl<T: PartialEq + Clone> ListChange<T> {
    /// What `after` gained and lost compared with `before`.
    ///
    /// # Example
    ///
    /// ```
    /// use isp_moc::compare::ListChange;
    /// let c = ListChange::between(&["developing trust"], &["developing trust", "respect"]);
    /// assert_eq!(c.added, ["respect"]);
    /// assert!(c.removed.is_empty());
    /// ```
    pub fn between(before: &[T], after: &[T]) -> Self {
        ListChange {
            added: unmatched(after, before),
            removed: unmatched(before, after),
        }
    }

    /// True when neither list has an item the other lacks.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(isp_moc::compare::ListChange::between(&[1, 2], &[2, 1]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

/// The items of `items` left once each item of `others` has taken away one equal item,
/// in `items`' order.
fn unmatched<T: PartialEq + Clone>(items: &[T], others: &[T]) -> Vec<T> {
    let mut taken = vec![false; others.len()];
    let mut left = Vec::new();
    for item in items {
        let free = taken
            .iter_mut()
            .zip(others)
            .find(|(taken, other)| !**taken && *other == item);
        match free {
            Some((taken, _)) => *taken = true,
            None => left.push(item.clone()),
        }
    }
    left
}

/// `Some(change)` when the lists differ.
pub(crate) fn list_change<T: PartialEq + Clone>(
    before: &[T],
    after: &[T],
) -> Option<ListChange<T>> {
    let change = ListChange::between(before, after);
    (!change.is_empty()).then_some(change)
}

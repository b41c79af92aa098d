//! Did-you-mean: the nearest name to a misspelt one, in bounded time.

use crate::limits::MAX_SUGGESTION_CHARS;

/// True when `text` is short enough to be a typo worth a suggestion (at most
/// [`MAX_SUGGESTION_CHARS`] characters); the byte length is checked first, so a huge text
/// costs nothing.
pub(crate) fn plausible(text: &str) -> bool {
    text.len() <= 4 * MAX_SUGGESTION_CHARS && text.chars().count() <= MAX_SUGGESTION_CHARS
}

/// The candidate nearest to `text` by edit distance, when close enough to be a typo: at
/// most a third of the length (so none for one- or two-letter ids) and at most 4 edits, after folding case and treating spaces
/// and hyphens as underscores (so `Self Efficacy` finds `self_efficacy`). Ties go to the
/// first candidate. Texts longer than a few hundred characters get no suggestion.
pub(crate) fn nearest<'a>(
    text: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if text.is_empty() || !plausible(text) {
        return None;
    }
    let key = fold_id(text);
    let len = key.chars().count();
    let limit = (len / 3).min(4);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if !plausible(c) || c.chars().count().abs_diff(len) > limit {
            continue;
        }
        let d = edit_distance(&fold_id(c), &key);
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, c));
        }
    }
    best.filter(|&(_, c)| c != text).map(|(_, c)| c)
}

/// Lowercase, with spaces and hyphens as underscores.
fn fold_id(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Edit distance over chars, counting a swap of two neighbours as one edit (optimal
/// string alignment), so `lable` is one edit from `label`. Callers bound the lengths.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // a cell of a row; every cell read exists, and a missing one would read as far away
    let cell = |row: &[usize], k: usize| row.get(k).copied().unwrap_or(usize::MAX / 2);
    // three rows: two back, one back, current
    let mut back2: Vec<usize> = vec![0; b.len() + 1];
    let mut back1: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = Vec::with_capacity(b.len() + 1);
    for (i, &ac) in a.iter().enumerate() {
        row.clear();
        row.push(i + 1);
        for (j, &bc) in b.iter().enumerate() {
            let cost = usize::from(ac != bc);
            let mut d = (cell(&back1, j) + cost)
                .min(cell(&back1, j + 1) + 1)
                .min(cell(&row, j) + 1);
            // a swap of two neighbours
            if i > 0 && j > 0 && a.get(i - 1) == Some(&bc) && b.get(j - 1) == Some(&ac) {
                d = d.min(cell(&back2, j - 1) + 1);
            }
            row.push(d);
        }
        std::mem::swap(&mut back2, &mut back1);
        std::mem::swap(&mut back1, &mut row);
    }
    cell(&back1, b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("capabilty", "capability"), 1);
        assert_eq!(edit_distance("lable", "label"), 1);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("a", ""), 1);
    }

    #[test]
    fn nearest_finds_typos_and_spellings() {
        let ids = ["trust", "self_efficacy", "openness"];
        assert_eq!(nearest("self_eficacy", ids), Some("self_efficacy"));
        assert_eq!(nearest("Self Efficacy", ids), Some("self_efficacy"));
        assert_eq!(nearest("opennes", ids), Some("openness"));
        assert_eq!(nearest("zzzzzzzzz", ids), None);
        assert_eq!(
            nearest("trust", ids),
            None,
            "an exact match is not a suggestion"
        );
        assert_eq!(nearest("b", ["a"]), None, "short ids are not guessed");
        assert_eq!(nearest("A", ["a"]), Some("a"));
        assert_eq!(nearest(&"x".repeat(10_000), ids), None);
    }
}

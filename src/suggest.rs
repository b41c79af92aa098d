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
    let key: Vec<char> = folded(text).collect();
    let len = key.len();
    let limit = (len / 3).min(4);
    let mut best: Option<(usize, &str)> = None;
    let mut candidate: Vec<char> = Vec::new();
    for c in candidates {
        if !plausible(c) || c.chars().count().abs_diff(len) > limit {
            continue;
        }
        candidate.clear();
        candidate.extend(folded(c));
        // only a distance under the best so far matters: the search stops beyond it
        let bound = best.map_or(limit, |(b, _)| b.saturating_sub(1));
        if let Some(d) = distance_within(&candidate, &key, bound) {
            best = Some((d, c));
        }
    }
    best.filter(|&(_, c)| c != text).map(|(_, c)| c)
}

/// `text` lowercase, with spaces and hyphens as underscores.
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().map(|c| match c {
        ' ' | '-' => '_',
        c => c.to_ascii_lowercase(),
    })
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

/// The edit distance of `a` and `b` (as [`edit_distance`]) when it is at most `limit`;
/// `None` otherwise. Only the cells within `limit` of the diagonal are worked out (a
/// farther one costs more than `limit` anyway), and the work stops as soon as every
/// alignment of a prefix costs more: a search over many long candidates that are nothing
/// alike looks at a few characters of each.
fn distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    const FAR: usize = usize::MAX / 2;
    let width = b.len() + 1;
    // a cell of a row; a cell never worked out is FAR
    let get = |row: &[usize], k: usize| row.get(k).copied().unwrap_or(FAR);
    let put = |row: &mut [usize], k: usize, value: usize| {
        if let Some(cell) = row.get_mut(k) {
            *cell = value;
        }
    };
    // three rows: two back, one back, current (row r, column c: a[..r] against b[..c])
    let mut back2 = vec![FAR; width];
    let mut back1: Vec<usize> = (0..width)
        .map(|c| if c <= limit { c } else { FAR })
        .collect();
    let mut row = vec![FAR; width];
    let mut back1_least = 0;
    for (i, &ac) in a.iter().enumerate() {
        let r = i + 1;
        let (lo, hi) = (r.saturating_sub(limit).max(1), (r + limit).min(b.len()));
        // the band's edges, so that no value left from an earlier row is read
        let first = if lo == 1 { r } else { FAR };
        put(&mut row, lo - 1, first);
        put(&mut row, hi + 1, FAR);
        let mut least = first;
        for c in lo..=hi {
            let (j, bc) = (c - 1, b.get(c - 1).copied());
            let cost = usize::from(Some(ac) != bc);
            let mut d = (get(&back1, c - 1) + cost)
                .min(get(&back1, c) + 1)
                .min(get(&row, c - 1) + 1);
            // a swap of two neighbours
            if i > 0 && j > 0 && a.get(i - 1).copied() == bc && b.get(j - 1) == Some(&ac) {
                d = d.min(get(&back2, c - 2) + 1);
            }
            put(&mut row, c, d);
            least = least.min(d);
        }
        // a swap reads two rows back, so both rows must be past the limit to stop
        if least > limit && back1_least > limit {
            return None;
        }
        back1_least = least;
        std::mem::swap(&mut back2, &mut back1);
        std::mem::swap(&mut back1, &mut row);
    }
    Some(get(&back1, b.len())).filter(|&d| d <= limit)
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

    /// The bounded, banded distance is the full one (an independent, plain computation)
    /// when within the bound, else `None`, for pairs of short strings over a small
    /// alphabet (swaps and all).
    #[test]
    fn distance_within_agrees_with_the_full_distance() {
        let words: Vec<String> = (0..3usize.pow(5))
            .flat_map(|n| {
                (0..=5).map(move |len| {
                    (0..len)
                        .map(|k| ['a', 'b', '_'][n / 3usize.pow(k as u32) % 3])
                        .collect::<String>()
                })
            })
            .collect();
        for a in words.iter().step_by(7) {
            for b in words.iter().step_by(5) {
                let full = edit_distance(a, b);
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                for limit in 0..=4 {
                    let within = distance_within(&ac, &bc, limit);
                    assert_eq!(within, (full <= limit).then_some(full), "{a} {b} {limit}");
                }
            }
        }
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

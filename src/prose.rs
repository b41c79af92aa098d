//! Lists and counts written as people write them in messages and drawings.

/// `A`, `A and B`, `A, B and C`; empty for none.
pub(crate) fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [most @ .., last] => {
            let most: Vec<&str> = most.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", most.join(", "), last.as_ref())
        }
    }
}

/// `1 link`, `2 links`: a count with its noun (a regular plural).
pub(crate) fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::{and_list, counted};

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(counted(0, "link"), "0 links");
        assert_eq!(counted(1, "link"), "1 link");
        assert_eq!(counted(2, "mechanism"), "2 mechanisms");
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
    }
}

//! Compact, sorted adjacency lists derived from the petgraph storage at build time.
//!
//! Queries walk neighbours in id order so every answer comes out the same way each run;
//! sorting once at build time keeps that free at query time.

/// Per-node lists of `(neighbour, link)` index pairs, sorted by the neighbour's id rank,
/// stored CSR-style in one vector.
#[derive(Debug, Clone, Default)]
pub(crate) struct Adjacency {
    offsets: Vec<usize>,
    entries: Vec<(u32, u32)>,
}

impl Adjacency {
    /// Builds the lists from `(node, neighbour, link)` triples; `rank` orders neighbours.
    pub(crate) fn new(
        nodes: usize,
        triples: impl Iterator<Item = (u32, u32, u32)>,
        rank: &[u32],
    ) -> Self {
        let mut lists: Vec<Vec<(u32, u32)>> = vec![Vec::new(); nodes];
        for (node, neighbour, link) in triples {
            lists[node as usize].push((neighbour, link));
        }
        let mut offsets = Vec::with_capacity(nodes + 1);
        let mut entries = Vec::new();
        offsets.push(0);
        for mut list in lists {
            list.sort_by_key(|&(n, _)| rank[n as usize]);
            entries.extend(list);
            offsets.push(entries.len());
        }
        Adjacency { offsets, entries }
    }

    /// The `(neighbour, link)` pairs of `node`, in neighbour-id order.
    pub(crate) fn of(&self, node: u32) -> &[(u32, u32)] {
        let n = node as usize;
        &self.entries[self.offsets[n]..self.offsets[n + 1]]
    }
}

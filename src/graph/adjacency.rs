//! Compact, sorted adjacency lists derived from the petgraph storage at build time.
//!
//! Queries walk neighbours in id order so every answer comes out the same way each run;
//! sorting once at build time keeps that free at query time.

/// Per-node lists of `(neighbour, link)` index pairs, sorted by the neighbour's id rank,
/// stored CSR-style as two arrays (neighbours, links) so that a walk needing no link (reach
/// without a filter) streams half the bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Adjacency {
    offsets: Vec<u32>,
    nodes: Vec<u32>,
    links: Vec<u32>,
}

/// One node's list in an [`Adjacency`]: its neighbours and the links to them, in
/// neighbour-id order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Neighbours<'a> {
    nodes: &'a [u32],
    links: &'a [u32],
}

impl<'a> Neighbours<'a> {
    /// The `(neighbour, link)` pairs.
    pub(crate) fn iter(self) -> impl Iterator<Item = (u32, u32)> + 'a {
        self.nodes.iter().copied().zip(self.links.iter().copied())
    }

    /// The neighbours alone.
    pub(crate) fn nodes(self) -> &'a [u32] {
        self.nodes
    }

    /// The links alone.
    pub(crate) fn links(self) -> &'a [u32] {
        self.links
    }

    /// The `i`th pair, if there is one.
    pub(crate) fn get(self, i: usize) -> Option<(u32, u32)> {
        Some((*self.nodes.get(i)?, *self.links.get(i)?))
    }

    pub(crate) fn len(self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn is_empty(self) -> bool {
        self.nodes.is_empty()
    }
}

impl Adjacency {
    /// Builds the lists from `(node, neighbour, link)` triples; `rank` orders neighbours.
    /// A counting sort by node fills one vector (no vector per node), then each node's
    /// slice is sorted by neighbour rank (ties, only possible in a model with duplicate
    /// links, by link).
    pub(crate) fn new(
        nodes: usize,
        triples: impl Iterator<Item = (u32, u32, u32)> + Clone,
        rank: &[u32],
    ) -> Self {
        let mut offsets = vec![0u32; nodes + 1];
        for (node, _, _) in triples.clone() {
            offsets[node as usize + 1] += 1;
        }
        for i in 0..nodes {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut pairs = vec![(0u32, 0u32); offsets[nodes] as usize];
        for (node, neighbour, link) in triples {
            let slot = &mut fill[node as usize];
            pairs[*slot as usize] = (neighbour, link);
            *slot += 1;
        }
        for n in 0..nodes {
            let list = &mut pairs[offsets[n] as usize..offsets[n + 1] as usize];
            if list.len() > 1 {
                list.sort_unstable_by_key(|&(m, link)| (rank[m as usize], link));
            }
        }
        Adjacency {
            offsets,
            nodes: pairs.iter().map(|&(m, _)| m).collect(),
            links: pairs.iter().map(|&(_, l)| l).collect(),
        }
    }

    /// The neighbours of `node` and the links to them, in neighbour-id order.
    pub(crate) fn of(&self, node: u32) -> Neighbours<'_> {
        let n = node as usize;
        let range = self.offsets[n] as usize..self.offsets[n + 1] as usize;
        Neighbours {
            nodes: &self.nodes[range.clone()],
            links: &self.links[range],
        }
    }

    /// Every later link between two nodes already joined by an earlier one, with that
    /// first link: `(first, later)`, in no particular order.
    pub(crate) fn repeated_links(&self) -> Vec<(u32, u32)> {
        let mut found = Vec::new();
        for node in 0..self.offsets.len().saturating_sub(1) as u32 {
            let Neighbours { nodes, links } = self.of(node);
            let mut first = 0;
            for k in 1..nodes.len() {
                if nodes[k] == nodes[first] {
                    found.push((links[first], links[k]));
                } else {
                    first = k;
                }
            }
        }
        found
    }
}

/// Per context factor, the links it moderates, in link order, stored CSR-style: the
/// inverse of the links' moderator lists, so a query for a few factors reads only their
/// links instead of scanning every link.
#[derive(Debug, Clone, Default)]
pub(crate) struct ModeratedLinks {
    offsets: Vec<u32>,
    links: Vec<u32>,
}

impl ModeratedLinks {
    /// Inverts `moderators[starts[j]..starts[j + 1]]` (link `j`'s moderator nodes) by a
    /// counting sort; visiting the links in order keeps each factor's list in link order.
    pub(crate) fn new(nodes: usize, starts: &[u32], moderators: &[u32]) -> Self {
        let mut offsets = vec![0u32; nodes + 1];
        for &m in moderators {
            offsets[m as usize + 1] += 1;
        }
        for i in 0..nodes {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut links = vec![0u32; moderators.len()];
        for (link, bounds) in starts.windows(2).enumerate() {
            for &m in &moderators[bounds[0] as usize..bounds[1] as usize] {
                let slot = &mut fill[m as usize];
                links[*slot as usize] = link as u32;
                *slot += 1;
            }
        }
        ModeratedLinks { offsets, links }
    }

    /// The links `node` moderates, in link order.
    pub(crate) fn of(&self, node: u32) -> &[u32] {
        let n = node as usize;
        &self.links[self.offsets[n] as usize..self.offsets[n + 1] as usize]
    }
}

//! Which rows the tree-table shows: the analysis arena flattened through the expand state,
//! the filter and the sort. Pure, so it is tested without a window and costs one pass over
//! the nodes, which keeps a 10,000-item scorecard fluid.

use crate::engine::{Analysis, Node};

/// How rows are ordered among their siblings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// The scorecard's order.
    #[default]
    Document,
    /// Most points lost first (baseline), ties in document order.
    Lost,
}

/// Whether a node matches a filter text (case-insensitive, on code, name or lead agency).
fn matches(node: &Node, needle: &str) -> bool {
    node.code.to_lowercase().contains(needle)
        || node.name.to_lowercase().contains(needle)
        || node
            .plan
            .as_ref()
            .is_some_and(|plan| plan.lead.to_lowercase().contains(needle))
}

/// The indices of the visible nodes, in display order.
///
/// Without a filter a node shows when every ancestor is expanded. With a filter, the matching
/// nodes show with their ancestors (so the hierarchy stays readable), whatever is expanded.
pub fn visible_rows(
    analysis: &Analysis,
    expanded: &[bool],
    filter: &str,
    order: Order,
) -> Vec<usize> {
    let nodes = &analysis.nodes;
    let needle = filter.trim().to_lowercase();
    let keep: Option<Vec<bool>> = (!needle.is_empty()).then(|| {
        let mut keep = vec![false; nodes.len()];
        for (index, node) in nodes.iter().enumerate() {
            if matches(node, &needle) {
                let mut at = Some(index);
                while let Some(i) = at {
                    if keep[i] {
                        break;
                    }
                    keep[i] = true;
                    at = nodes[i].parent;
                }
            }
        }
        keep
    });
    let shown = |i: usize| keep.as_ref().is_none_or(|keep| keep[i]);
    let open = |i: usize| keep.is_some() || expanded.get(i).copied().unwrap_or(false);

    let mut roots: Vec<usize> = analysis.fields.iter().map(|f| f.node).collect();
    sort(nodes, &mut roots, order);
    let mut out = Vec::new();
    // An explicit stack, so a deep hierarchy cannot overflow the call stack.
    let mut stack: Vec<usize> = roots.into_iter().rev().collect();
    while let Some(i) = stack.pop() {
        if !shown(i) {
            continue;
        }
        out.push(i);
        if open(i) {
            let mut children = nodes[i].children.clone();
            sort(nodes, &mut children, order);
            stack.extend(children.into_iter().rev());
        }
    }
    out
}

/// The last [`visible_rows`] and what they were worked out from. Flattening 10,000 nodes (and
/// lowercasing their names under a filter) every frame would make a frame's cost grow with the
/// file; this keeps it to a comparison of the expand flags until something changes.
#[derive(Clone, Debug, Default)]
pub struct VisibleRows {
    serial: Option<u64>,
    expanded: Vec<bool>,
    filter: String,
    order: Order,
    rows: Vec<usize>,
}

impl VisibleRows {
    /// The visible rows of the scorecard opened as `serial` (see `Session::serial`).
    pub fn get(
        &mut self,
        serial: u64,
        analysis: &Analysis,
        expanded: &[bool],
        filter: &str,
        order: Order,
    ) -> &[usize] {
        let fresh = self.serial == Some(serial)
            && self.expanded == expanded
            && self.filter == filter
            && self.order == order;
        if !fresh {
            self.rows = visible_rows(analysis, expanded, filter, order);
            self.serial = Some(serial);
            self.expanded.clear();
            self.expanded.extend_from_slice(expanded);
            self.filter.clear();
            self.filter.push_str(filter);
            self.order = order;
        }
        &self.rows
    }
}

fn sort(nodes: &[Node], indices: &mut [usize], order: Order) {
    if order == Order::Lost {
        indices.sort_by_key(|&i| std::cmp::Reverse(nodes[i].lost()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::embedded_scorecard;

    fn seed() -> Analysis {
        match embedded_scorecard() {
            Ok(card) => Analysis::new(&card),
            Err(err) => panic!("{err}"),
        }
    }

    fn codes(analysis: &Analysis, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .map(|&i| analysis.node(i).code.clone())
            .collect()
    }

    #[test]
    fn collapsed_shows_the_eight_fields() {
        let a = seed();
        let rows = visible_rows(&a, &vec![false; a.nodes.len()], "", Order::Document);
        assert_eq!(codes(&a, &rows), ["1", "2", "3", "4", "5", "6", "7", "8"]);
    }

    #[test]
    fn expanding_everything_shows_every_node_in_pre_order() {
        let a = seed();
        let rows = visible_rows(&a, &vec![true; a.nodes.len()], "", Order::Document);
        assert_eq!(rows, (0..a.nodes.len()).collect::<Vec<_>>());
    }

    #[test]
    fn expanding_lv3_shows_its_criteria_but_not_their_children() {
        let a = seed();
        let mut expanded = vec![false; a.nodes.len()];
        expanded[a.find("3").unwrap_or_default()] = true;
        let shown = codes(&a, &visible_rows(&a, &expanded, "", Order::Document));
        assert!(shown.contains(&"3.4".to_string()));
        assert!(!shown.contains(&"3.4.2".to_string()));
        assert!(shown.contains(&"4".to_string()));
    }

    #[test]
    fn filter_keeps_matches_with_their_ancestors() {
        let a = seed();
        let rows = visible_rows(&a, &vec![false; a.nodes.len()], "3.4.2", Order::Document);
        assert_eq!(codes(&a, &rows), ["3", "3.4", "3.4.2"]);
    }

    #[test]
    fn filter_is_case_insensitive_on_names() {
        let a = seed();
        let rows = visible_rows(&a, &vec![false; a.nodes.len()], "THỦ TỤC", Order::Document);
        assert!(codes(&a, &rows).contains(&"3".to_string()));
    }

    #[test]
    fn the_remembered_rows_follow_every_input() {
        let a = seed();
        let mut cache = VisibleRows::default();
        let mut expanded = vec![false; a.nodes.len()];
        assert_eq!(cache.get(1, &a, &expanded, "", Order::Document).len(), 8);
        expanded[a.find("3").unwrap_or_default()] = true;
        let lv3 = visible_rows(&a, &expanded, "", Order::Document);
        assert_eq!(cache.get(1, &a, &expanded, "", Order::Document), lv3);
        assert_eq!(
            cache.get(1, &a, &expanded, "3.4.2", Order::Document),
            visible_rows(&a, &expanded, "3.4.2", Order::Document)
        );
        assert_eq!(
            cache.get(1, &a, &expanded, "", Order::Lost),
            visible_rows(&a, &expanded, "", Order::Lost)
        );
        // Another document with the same flags is worked out afresh.
        let other = Analysis::new(&crate::generate::scorecard(crate::generate::Spec {
            items: 40,
            depth: 3,
            seed: 2,
            year: 2019,
        }));
        let flags = vec![true; other.nodes.len()];
        assert_eq!(
            cache.get(2, &other, &flags, "", Order::Document).len(),
            other.nodes.len()
        );
    }

    #[test]
    fn sorting_by_lost_puts_the_field_that_lost_most_first() {
        let a = seed();
        let rows = visible_rows(&a, &vec![false; a.nodes.len()], "", Order::Lost);
        let lost: Vec<_> = rows.iter().map(|&i| a.node(i).lost()).collect();
        assert!(lost.windows(2).all(|w| w[0] >= w[1]), "{lost:?}");
        assert_eq!(rows.len(), 8);
    }
}

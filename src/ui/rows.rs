//! Which rows the tree-table shows: the analysis arena flattened through the expand state,
//! the search and the sort. Pure, so it is tested without a window and costs one pass over
//! the nodes, which keeps a 10,000-item scorecard fluid.

use crate::engine::{Analysis, Node, Query};

/// How rows are ordered among their siblings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// The scorecard's order.
    #[default]
    Document,
    /// Most points lost first, as they stood when the sort was asked for (see [`Ranks`]).
    Lost,
}

/// Each node's place in the "most lost first" order, taken when the sort was asked for (or
/// the selection changed), not on every edit: the row being edited stays under the cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranks {
    rank: Vec<usize>,
}

impl Ranks {
    /// Ranks by the points each node loses now, ties in document order.
    pub fn of(analysis: &Analysis) -> Self {
        let mut order: Vec<usize> = (0..analysis.nodes.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(analysis.nodes[i].lost()));
        let mut rank = vec![0; order.len()];
        for (place, &node) in order.iter().enumerate() {
            rank[node] = place;
        }
        Ranks { rank }
    }

    fn of_node(&self, node: usize) -> usize {
        self.rank.get(node).copied().unwrap_or(node)
    }
}

/// Whether a node matches the search: its code, its name, or the lead, partners or task of
/// the plan that covers it (a sub-criterion is fixed under its criterion's plan).
pub fn matches(analysis: &Analysis, node: &Node, query: &Query) -> bool {
    let plan = node
        .plan_owner
        .and_then(|owner| analysis.nodes.get(owner))
        .and_then(|owner| owner.plan.as_ref());
    query.matches(&node.code)
        || query.matches(&node.name)
        || plan.is_some_and(|plan| {
            query.matches(&plan.lead) || query.matches(&plan.partners) || query.matches(&plan.task)
        })
}

/// The indices of the visible nodes, in display order.
///
/// Without a search a node shows when every ancestor is expanded. With one, the matching
/// nodes show with their ancestors (so the hierarchy stays readable), whatever is expanded.
pub fn visible_rows(
    analysis: &Analysis,
    expanded: &[bool],
    filter: &str,
    order: Order,
    ranks: &Ranks,
) -> Vec<usize> {
    let nodes = &analysis.nodes;
    let query = Query::new(filter);
    let keep: Option<Vec<bool>> = (!query.is_empty()).then(|| {
        let mut keep = vec![false; nodes.len()];
        for (index, node) in nodes.iter().enumerate() {
            if matches(analysis, node, &query) {
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
    sort(&mut roots, order, ranks);
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
            sort(&mut children, order, ranks);
            stack.extend(children.into_iter().rev());
        }
    }
    out
}

/// The last [`visible_rows`] and what they were worked out from. Flattening 10,000 nodes (and
/// folding their names under a search) every frame would make a frame's cost grow with the
/// file; this keeps it to a comparison of the expand flags until something changes.
#[derive(Clone, Debug, Default)]
pub struct VisibleRows {
    serial: Option<u64>,
    expanded: Vec<bool>,
    filter: String,
    order: Order,
    ranks: Ranks,
    rows: Vec<usize>,
}

impl VisibleRows {
    /// The visible rows of the scorecard in state `serial` (see `Session::serial`).
    pub fn get(
        &mut self,
        serial: u64,
        analysis: &Analysis,
        expanded: &[bool],
        filter: &str,
        order: Order,
        ranks: &Ranks,
    ) -> &[usize] {
        let fresh = self.serial == Some(serial)
            && self.expanded == expanded
            && self.filter == filter
            && self.order == order
            && (order == Order::Document || self.ranks == *ranks);
        if !fresh {
            self.rows = visible_rows(analysis, expanded, filter, order, ranks);
            self.serial = Some(serial);
            self.expanded.clear();
            self.expanded.extend_from_slice(expanded);
            self.filter.clear();
            self.filter.push_str(filter);
            self.order = order;
            self.ranks.clone_from(ranks);
        }
        &self.rows
    }
}

fn sort(indices: &mut [usize], order: Order, ranks: &Ranks) {
    if order == Order::Lost {
        indices.sort_by_key(|&i| ranks.of_node(i));
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
        let rows = visible_rows(
            &a,
            &vec![false; a.nodes.len()],
            "",
            Order::Document,
            &Ranks::default(),
        );
        assert_eq!(codes(&a, &rows), ["1", "2", "3", "4", "5", "6", "7", "8"]);
    }

    #[test]
    fn expanding_everything_shows_every_node_in_pre_order() {
        let a = seed();
        let rows = visible_rows(
            &a,
            &vec![true; a.nodes.len()],
            "",
            Order::Document,
            &Ranks::default(),
        );
        assert_eq!(rows, (0..a.nodes.len()).collect::<Vec<_>>());
    }

    #[test]
    fn expanding_lv3_shows_its_criteria_but_not_their_children() {
        let a = seed();
        let mut expanded = vec![false; a.nodes.len()];
        expanded[a.find("3").unwrap_or_default()] = true;
        let shown = codes(
            &a,
            &visible_rows(&a, &expanded, "", Order::Document, &Ranks::default()),
        );
        assert!(shown.contains(&"3.4".to_string()));
        assert!(!shown.contains(&"3.4.2".to_string()));
        assert!(shown.contains(&"4".to_string()));
    }

    #[test]
    fn filter_keeps_matches_with_their_ancestors() {
        let a = seed();
        let rows = visible_rows(
            &a,
            &vec![false; a.nodes.len()],
            "3.4.2",
            Order::Document,
            &Ranks::default(),
        );
        assert_eq!(codes(&a, &rows), ["3", "3.4", "3.4.2"]);
    }

    #[test]
    fn filter_is_case_insensitive_on_names() {
        let a = seed();
        let rows = visible_rows(
            &a,
            &vec![false; a.nodes.len()],
            "THỦ TỤC",
            Order::Document,
            &Ranks::default(),
        );
        assert!(codes(&a, &rows).contains(&"3".to_string()));
    }

    #[test]
    fn the_remembered_rows_follow_every_input() {
        let a = seed();
        let none = Ranks::default();
        let ranks = Ranks::of(&a);
        let mut cache = VisibleRows::default();
        let mut expanded = vec![false; a.nodes.len()];
        assert_eq!(
            cache
                .get(1, &a, &expanded, "", Order::Document, &none)
                .len(),
            8
        );
        expanded[a.find("3").unwrap_or_default()] = true;
        let lv3 = visible_rows(&a, &expanded, "", Order::Document, &none);
        assert_eq!(cache.get(1, &a, &expanded, "", Order::Document, &none), lv3);
        assert_eq!(
            cache.get(1, &a, &expanded, "3.4.2", Order::Document, &none),
            visible_rows(&a, &expanded, "3.4.2", Order::Document, &none)
        );
        assert_eq!(
            cache.get(1, &a, &expanded, "", Order::Lost, &ranks),
            visible_rows(&a, &expanded, "", Order::Lost, &ranks)
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
            cache
                .get(2, &other, &flags, "", Order::Document, &none)
                .len(),
            other.nodes.len()
        );
    }

    #[test]
    fn sorting_by_lost_puts_the_field_that_lost_most_first() {
        let a = seed();
        let rows = visible_rows(
            &a,
            &vec![false; a.nodes.len()],
            "",
            Order::Lost,
            &Ranks::of(&a),
        );
        let lost: Vec<_> = rows.iter().map(|&i| a.node(i).lost()).collect();
        assert!(lost.windows(2).all(|w| w[0] >= w[1]), "{lost:?}");
        assert_eq!(rows.len(), 8);
    }

    #[test]
    fn a_search_without_diacritics_finds_rows_by_their_lead_agency() {
        let a = seed();
        let rows = visible_rows(
            &a,
            &vec![false; a.nodes.len()],
            "noi vu",
            Order::Document,
            &Ranks::default(),
        );
        let shown = codes(&a, &rows);
        // 4.1.2 has no plan of its own: it is fixed under 4.1's, led by Sở Nội vụ.
        for code in ["1.3", "1.3.2", "4.1", "4.1.2", "5.7.2"] {
            assert!(shown.contains(&code.to_string()), "{code} in {shown:?}");
        }
        assert!(!shown.contains(&"3.4.2".to_string()));
    }

    #[test]
    fn the_lost_order_is_the_one_taken_when_asked_for() {
        let a = seed();
        let before = Ranks::of(&a);
        let mut card = match embedded_scorecard() {
            Ok(card) => card,
            Err(err) => panic!("{err}"),
        };
        // LV8 now loses nothing; the order taken before still puts it where it was.
        card.fields[7].score = Some(card.fields[7].max);
        let changed = Analysis::new(&card);
        let flags = vec![false; a.nodes.len()];
        assert_eq!(
            visible_rows(&changed, &flags, "", Order::Lost, &before),
            visible_rows(&a, &flags, "", Order::Lost, &before)
        );
        assert_ne!(
            visible_rows(&changed, &flags, "", Order::Lost, &Ranks::of(&changed)),
            visible_rows(&a, &flags, "", Order::Lost, &before)
        );
    }
}

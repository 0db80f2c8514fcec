//! Điểm bị BNV trừ khi thẩm định: where the province's own score (điểm tự chấm) is known, how
//! much the Ministry's appraisal took off it. The seed's whole table is such a cut; a card that
//! records the self-scores shows it per item, for a column and the filter "bị BNV trừ điểm".

use crate::model::Points;

use super::analysis::Node;

/// The appraisal's cut on one node: self-score − verified score, `None` where the self-score
/// is unknown. Zero where the Ministry accepted the self-score; negative where it raised it.
pub fn appraisal_cut(node: &Node) -> Option<Points> {
    node.self_score.map(|own| own - node.base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Analysis;
    use crate::io::embedded_scorecard;

    #[test]
    fn only_nodes_with_a_higher_self_score_are_listed_as_cut() -> Result<(), crate::io::LoadError> {
        let mut card = embedded_scorecard()?;
        // The province claimed full marks on 1.3.2 (1 point) and 0.75 on 1.6; the Ministry gave
        // 0 and 0.5 (seed appendix). 1.5's self-score equals the verified 1.5: no cut.
        let field = &mut card.fields[0];
        field.self_score = Some(Points::from_units(80_000));
        field.items[0].items[0].self_score = Some(Points::from_units(10_000));
        field.items[1].self_score = Some(Points::from_units(15_000));
        field.items[2].self_score = Some(Points::from_units(7_500));
        let analysis = Analysis::new(&card);
        // The rows of the filter: every node the appraisal cut, in the card's order.
        let listed: Vec<(&str, String)> = analysis
            .nodes
            .iter()
            .filter_map(|n| appraisal_cut(n).map(|cut| (n, cut)))
            .filter(|(_, cut)| *cut > Points::ZERO)
            .map(|(n, cut)| (n.code.as_str(), cut.en()))
            .collect();
        assert_eq!(
            listed,
            [
                ("1", "2".to_string()),
                ("1.3.2", "1".to_string()),
                ("1.6", "0.25".to_string())
            ]
        );
        let unknown = analysis
            .find("3.4.2")
            .map(|i| appraisal_cut(analysis.node(i)));
        assert_eq!(unknown, Some(None));
        Ok(())
    }
}

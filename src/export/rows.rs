//! The tree-table as rows, one per field and item in pre-order: what XLSX and CSV both write.

use crate::engine::{Analysis, Basis, Projected};
use crate::model::Points;

use super::chart::Lang;

/// One row of the exported tree-table.
pub(crate) struct Row<'a> {
    pub code: String,
    pub name: &'a str,
    pub depth: usize,
    pub max: Points,
    pub base: Points,
    pub lost: Points,
    pub projected: Points,
    pub delta: Points,
    pub lead: &'a str,
    pub partners: &'a str,
    pub deadline: &'a str,
    pub status: String,
}

/// Column headings, in the order `Row` is written.
pub(crate) fn headings(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Vi => [
            "Mã",
            "Nội dung",
            "Tối đa",
            "Điểm 2019",
            "Bị trừ",
            "Dự báo",
            "Thay đổi",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời hạn",
            "Trạng thái",
            "Cấp",
        ],
        Lang::En => [
            "Code",
            "Name",
            "Max",
            "Score 2019",
            "Lost",
            "Projected",
            "Change",
            "Lead",
            "Partners",
            "Deadline",
            "Status",
            "Level",
        ],
    }
}

fn status(lang: Lang, basis: Basis, delta: Points) -> String {
    let source = match basis {
        Basis::Published => lang.pick("công bố", "published"),
        Basis::Inferred => lang.pick("suy ra từ tiêu chí thành phần", "inferred"),
        Basis::Corrected { .. } => lang.pick("đã hiệu chỉnh", "corrected"),
        Basis::Assumed => lang.pick("giả định đạt tối đa", "assumed full"),
    };
    if delta.is_zero() {
        source.to_string()
    } else {
        format!("{source}; {}", lang.pick("có thay đổi", "changed"))
    }
}

/// Every node as a row; fields are coded "LV1"… so they stand apart from criteria.
pub(crate) fn rows<'a>(analysis: &'a Analysis, projected: &Projected, lang: Lang) -> Vec<Row<'a>> {
    analysis
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            // A sub-criterion without its own plan is fixed under its nearest ancestor's.
            let plan = node
                .plan_owner
                .and_then(|o| analysis.nodes[o].plan.as_ref());
            let delta = projected.delta(analysis, i);
            Row {
                code: if node.is_field() {
                    format!("LV{}", node.code)
                } else {
                    node.code.clone()
                },
                name: &node.name,
                depth: node.depth,
                max: node.max,
                base: node.base,
                lost: node.lost(),
                projected: projected.values[i],
                delta,
                lead: plan.map_or("", |p| p.lead.as_str()),
                partners: plan.map_or("", |p| p.partners.as_str()),
                deadline: plan.map_or("", |p| p.deadline.as_str()),
                status: status(lang, node.basis, delta),
            }
        })
        .collect()
}

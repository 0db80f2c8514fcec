//! The tree-table as rows, one per field and item in pre-order, then the two totals: what
//! XLSX and CSV both write. Every figure comes from the scene's session.

use crate::engine::basis_note;
use crate::model::Points;

use super::build::Scene;
use super::chart::Lang;

/// One row of the exported tree-table.
pub(crate) struct Row {
    /// "LV1" for a field, the item's code, or empty for a total row.
    pub code: String,
    pub name: String,
    /// 0 for a field, 1 for a criterion…; `None` for a total row.
    pub depth: Option<usize>,
    pub max: Points,
    /// The score as the source publishes it; `None` where it is blank (and on total rows).
    pub published: Option<Points>,
    /// The score every figure uses (a blank inferred, a contradiction corrected); this and
    /// the figures below are `None` where the score is not known yet.
    pub base: Option<Points>,
    pub lost: Option<Points>,
    pub projected: Option<Points>,
    pub projected_lost: Option<Points>,
    pub delta: Option<Points>,
    /// The marker and one-line reason of a value that is not simply the published one.
    pub note: String,
    pub lead: String,
    pub task: String,
    pub partners: String,
    pub deadline: String,
    /// Tình trạng thực hiện of the plan that covers the row.
    pub status: String,
    /// Ghi chú: the transcriber's remark on the row, as the card holds it.
    pub remark: String,
    /// The plan shown is written on this row (not inherited from an ancestor).
    pub owns_plan: bool,
    /// How many rows right below this one its plan also covers (descendants without a plan
    /// of their own): the block a merged plan cell spans, as appendices write it.
    pub covers: usize,
    /// Điểm tự chấm: the unit's own score before appraisal, as the card holds it.
    pub self_score: Option<Points>,
}

/// Whether the card holds any self-score (điểm tự chấm): only then has the table a column
/// for them, so a card without any exports as it always did.
pub(crate) fn has_self_scores(scene: Scene) -> bool {
    scene.analysis().has_self_scores()
}

/// Column headings, in the order `Row` is written; years from the card. "Tự chấm" comes last,
/// and only when the card has self-scores ([`has_self_scores`]).
pub(crate) fn headings(scene: Scene, lang: Lang) -> Vec<String> {
    let a = scene.analysis();
    let (y, t) = (a.year, a.target_year);
    let mut out: Vec<String> = match lang {
        Lang::Vi => vec![
            "Mã".into(),
            "Nội dung".into(),
            "Tối đa".into(),
            format!("Điểm công bố {y}"),
            format!("Điểm tính {y}"),
            format!("Bị trừ {y}"),
            format!("Dự kiến {t}"),
            format!("Bị trừ dự kiến {t}"),
            "Thay đổi".into(),
            "Ghi chú số liệu".into(),
            "Đơn vị chủ trì".into(),
            "Nhiệm vụ".into(),
            "Đơn vị phối hợp".into(),
            "Thời hạn".into(),
            "Tình trạng thực hiện".into(),
            "Cấp".into(),
            "Ghi chú".into(),
        ],
        Lang::En => vec![
            "Code".into(),
            "Name".into(),
            "Max".into(),
            format!("Published {y}"),
            format!("Used {y}"),
            format!("Lost {y}"),
            format!("Projected {t}"),
            format!("Projected lost {t}"),
            "Change".into(),
            "Data note".into(),
            "Lead".into(),
            "Task".into(),
            "Partners".into(),
            "Deadline".into(),
            "Plan status".into(),
            "Level".into(),
            "Note".into(),
        ],
    };
    if has_self_scores(scene) {
        out.push(lang.pick("Tự chấm", "Self-score").into());
    }
    out
}

/// Every node as a row, then the self-assessment total and the index. Fields are coded
/// "LV1"… so they stand apart from criteria.
pub(crate) fn rows(scene: Scene, lang: Lang) -> Vec<Row> {
    let analysis = scene.analysis();
    let projected = scene.projected();
    let changes = scene.session.changes();
    let vi = lang == Lang::Vi;
    let nodes = &analysis.nodes;
    // Pre-order: the rows a plan covers follow its own row without a gap.
    let covers = |i: usize| {
        nodes[i + 1..]
            .iter()
            .take_while(|n| n.plan_owner == Some(i))
            .count()
    };
    let mut out: Vec<Row> = nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            // A sub-criterion without its own plan is fixed under its nearest ancestor's.
            let owner = node.plan_owner;
            let plan = owner.and_then(|o| analysis.nodes[o].plan.as_ref());
            let status = owner
                .map(|o| {
                    let s = changes
                        .statuses
                        .get(&analysis.nodes[o].code)
                        .map(|s| s.status)
                        .unwrap_or_default();
                    if vi { s.vi() } else { s.en() }.to_string()
                })
                .unwrap_or_default();
            let value = projected.values[i];
            let known = node.known();
            let projected_known = known || projected.set[i];
            Row {
                code: if node.is_field() {
                    format!("LV{}", node.code)
                } else {
                    node.code.clone()
                },
                name: node.name.clone(),
                depth: Some(node.depth),
                max: node.max,
                published: node.published,
                base: known.then_some(node.base),
                lost: known.then(|| node.lost()),
                projected: projected_known.then_some(value),
                projected_lost: projected_known
                    .then(|| (node.max - value).clamp_to(Points::ZERO, node.max.abs())),
                delta: known.then(|| projected.delta(analysis, i)),
                note: basis_note(analysis, i)
                    .map(|n| format!("{} {}", n.marker, n.text(vi)))
                    .unwrap_or_default(),
                lead: plan.map(|p| p.lead.clone()).unwrap_or_default(),
                task: plan.map(|p| p.task.clone()).unwrap_or_default(),
                partners: plan.map(|p| p.partners.clone()).unwrap_or_default(),
                deadline: plan.map(|p| p.deadline.clone()).unwrap_or_default(),
                status,
                remark: node.note.clone(),
                owns_plan: node.plan.is_some(),
                covers: if node.plan.is_some() { covers(i) } else { 0 },
                self_score: node.self_score,
            }
        })
        .collect();
    let (base, now) = (scene.baseline(), scene.figures());
    let total = |name: &str, max: Points, base: Points, now: Points, known: bool| Row {
        code: String::new(),
        name: name.to_string(),
        depth: None,
        max,
        published: None,
        base: known.then_some(base),
        lost: known.then(|| (max - base).clamp_to(Points::ZERO, max.abs())),
        projected: known.then_some(now),
        projected_lost: known.then(|| (max - now).clamp_to(Points::ZERO, max.abs())),
        delta: known.then(|| now - base),
        note: String::new(),
        lead: String::new(),
        task: String::new(),
        partners: String::new(),
        deadline: String::new(),
        status: String::new(),
        remark: String::new(),
        owns_plan: false,
        covers: 0,
        self_score: None,
    };
    out.push(total(
        lang.pick("Tổng điểm tự đánh giá", "Self-assessment total"),
        base.self_max,
        base.self_total,
        now.self_total,
        base.self_known,
    ));
    out.push(total(
        lang.pick(
            "Chỉ số CCHC (cả điều tra xã hội học)",
            "PAR Index (with the survey)",
        ),
        base.total_max,
        base.total,
        now.total,
        base.total_known,
    ));
    out
}

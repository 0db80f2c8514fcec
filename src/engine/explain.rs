//! Why a figure looks the way it does, in one line a reader can take into a report: a value
//! corrected or inferred from the sub-criteria, and a field whose published figure is a
//! rounding of its parts (so a projection at full marks stops short of the maximum by that
//! rounding, not by a fix still missing). Every output that shows such a figure takes its
//! explanation from here.

use serde::Serialize;

use crate::model::Points;

use super::analysis::{Analysis, Basis, Level};
use super::validate::PUBLISHED_PRECISION;

/// What a note explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// The published value contradicts its sub-criteria; figures use the correction.
    Corrected,
    /// The source leaves the score blank; it is worked out from the sub-criteria.
    Inferred,
    /// The source leaves the score blank with nothing to infer it from: full marks assumed.
    Assumed,
    /// A field's published whole figure is its parts rounded to two decimals.
    Rounding,
    /// A field's score is not known yet.
    Unknown,
}

/// Ghi chú: one figure explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The item's code, or the field's code for a field.
    pub code: String,
    pub kind: NoteKind,
    /// The marker shown beside the figure: † for a correction, * for a value not published.
    pub marker: &'static str,
    pub vi: String,
    pub en: String,
}

impl Note {
    /// The note in one language.
    pub fn text(&self, vietnamese: bool) -> &str {
        if vietnamese { &self.vi } else { &self.en }
    }
}

/// "LV6" for a field, the code itself for an item.
fn label(analysis: &Analysis, index: usize) -> String {
    let node = &analysis.nodes[index];
    match node.level {
        Level::Field => format!("LV{}", node.code),
        Level::Item => node.code.clone(),
    }
}

/// The reason a node's baseline value is not simply the published one; `None` when it is.
pub fn basis_note(analysis: &Analysis, index: usize) -> Option<Note> {
    let node = &analysis.nodes[index];
    let name = label(analysis, index);
    let itemised = analysis.itemised_loss(index);
    let (kind, marker, vi, en) = match node.basis {
        Basis::Published => return None,
        Basis::Corrected { published } => (
            NoteKind::Corrected,
            "†",
            format!(
                "{name}: công bố {}, tính với {} vì các tiêu chí thành phần chỉ bị trừ {} (số công bố mâu thuẫn với tiêu chí thành phần và lĩnh vực).",
                published.vi(),
                node.base.vi(),
                itemised.vi()
            ),
            format!(
                "{name}: published {}, computed with {} because its sub-criteria lose only {} (the published figure contradicts them and its field).",
                published.en(),
                node.base.en(),
                itemised.en()
            ),
        ),
        Basis::Inferred => (
            NoteKind::Inferred,
            "*",
            format!(
                "{name}: văn bản để trống; tính {} = {} − {} bị trừ ở các tiêu chí thành phần.",
                node.base.vi(),
                node.max.vi(),
                itemised.vi()
            ),
            format!(
                "{name}: blank in the source; computed as {} = {} − {} lost by its sub-criteria.",
                node.base.en(),
                node.max.en(),
                itemised.en()
            ),
        ),
        Basis::Assumed => (
            NoteKind::Assumed,
            "*",
            format!(
                "{name}: văn bản để trống, không có tiêu chí con để suy ra; tạm tính đạt trọn {} điểm.",
                node.max.vi()
            ),
            format!(
                "{name}: blank in the source with nothing to infer it from; counted at its full {}.",
                node.max.en()
            ),
        ),
        Basis::Unknown => (
            NoteKind::Unknown,
            "—",
            format!(
                "{name}: chưa có điểm; chưa tính vào tổng điểm và điểm bị trừ cho đến khi nhập."
            ),
            format!("{name}: no score yet; it counts in no total and no loss until entered."),
        ),
    };
    Some(Note {
        code: node.code.clone(),
        kind,
        marker,
        vi,
        en,
    })
}

/// How far a field's published whole figure sits below the sum of its parts, when that gap is
/// a rounding (less than one hundredth): a projection keeps it, so at full marks the field
/// reaches its maximum less this gap. `None` when the parts add up or the gap is larger (the
/// validator warns about that).
pub fn rounding_gap(analysis: &Analysis, field: usize) -> Option<Points> {
    let info = analysis.fields.get(field)?;
    let published = info.published_total?;
    if !analysis.nodes[info.node].known() || !info.survey_known {
        return None;
    }
    let parts = analysis.nodes[info.node].base + info.survey_base;
    let gap = parts - published;
    (!gap.is_zero() && gap.abs() < PUBLISHED_PRECISION).then_some(gap)
}

/// The note on a field whose published figure is a rounding of its parts.
pub fn rounding_note(analysis: &Analysis, field: usize) -> Option<Note> {
    let gap = rounding_gap(analysis, field)?;
    let info = &analysis.fields[field];
    let node = &analysis.nodes[info.node];
    let published = info.published_total?;
    let parts = node.base + info.survey_base;
    let max = info.whole_max(&analysis.nodes);
    let name = format!("LV{}", node.code);
    let (vi, en) = if gap.is_negative() {
        // Published above its parts: at full marks the field is cut at its maximum.
        (
            format!(
                "{name}: số công bố {} là {} làm tròn lên (chênh {} do làm tròn); dự kiến cộng thay đổi vào số công bố và không vượt tối đa {}.",
                published.vi(),
                parts.vi(),
                gap.abs().vi(),
                max.vi()
            ),
            format!(
                "{name}: the published {} is {} rounded up ({} of rounding); a projection adds its change to the published figure, capped at the maximum {}.",
                published.en(),
                parts.en(),
                gap.abs().en(),
                max.en()
            ),
        )
    } else {
        (
            format!(
                "{name}: số công bố {} là {} làm tròn; dự kiến cộng thay đổi vào số công bố, nên khi mọi tiêu chí đạt tối đa lĩnh vực được {} / {} — {} còn thiếu là do làm tròn, không phải điểm còn phải khắc phục.",
                published.vi(),
                parts.vi(),
                (max - gap).vi(),
                max.vi(),
                gap.vi()
            ),
            format!(
                "{name}: the published {} is {} rounded; a projection adds its change to the published figure, so with every criterion at full marks the field reaches {} of {} — the {} short is rounding, not a fix still missing.",
                published.en(),
                parts.en(),
                (max - gap).en(),
                max.en(),
                gap.en()
            ),
        )
    };
    Some(Note {
        code: node.code.clone(),
        kind: NoteKind::Rounding,
        marker: "≈",
        vi,
        en,
    })
}

/// Every note of a scorecard in its order: each node's basis, then each field's rounding.
pub fn notes(analysis: &Analysis) -> Vec<Note> {
    let mut out: Vec<Note> = (0..analysis.nodes.len())
        .filter_map(|i| basis_note(analysis, i))
        .collect();
    out.extend((0..analysis.fields.len()).filter_map(|f| rounding_note(analysis, f)));
    out
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

    #[test]
    fn the_seed_explains_6_1_5_7_and_the_rounding_of_lv3() {
        let a = seed();
        let notes = notes(&a);
        let kinds: Vec<(&str, NoteKind)> =
            notes.iter().map(|n| (n.code.as_str(), n.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("5.7", NoteKind::Inferred),
                ("6.1", NoteKind::Corrected),
                ("3", NoteKind::Rounding)
            ]
        );
        // 6.1: published 0,941; its sub-criteria lose 0,059 + 1 = 1,059 of 3, so 1,941.
        assert!(
            notes[1].vi.contains("công bố 0,941, tính với 1,941"),
            "{}",
            notes[1].vi
        );
        assert!(notes[1].vi.contains("1,059"), "{}", notes[1].vi);
        // LV3: 12,4259 + 0 published as 12,42; at full marks 14 − 0,0059 = 13,9941.
        assert!(notes[2].vi.contains("13,9941 / 14"), "{}", notes[2].vi);
        assert!(notes[2].vi.contains("0,0059"), "{}", notes[2].vi);
    }
}

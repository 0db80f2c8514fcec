//! The scorecard: one unit's PAR Index for one assessed year, as a file holds it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Points;

/// The scorecard format versions this build reads.
pub const FORMAT_VERSIONS: &[u32] = &[1];

/// Bảng điểm Chỉ số CCHC: a unit's scores for one year, with the remediation plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scorecard {
    #[serde(deserialize_with = "known_format")]
    pub format: u32,
    /// Đơn vị được đánh giá, e.g. "UBND tỉnh Bến Tre".
    pub unit: String,
    /// Năm đánh giá: the year the scores describe.
    pub year: i32,
    /// The year a what-if projects to.
    pub target_year: i32,
    /// The documents the figures come from.
    #[serde(default)]
    pub source: String,
    /// The Ministry's published result, authoritative over sums of the parts.
    #[serde(default)]
    pub published: Option<Published>,
    /// Phương pháp: the decision that set how the index is scored, and its maxima. Omitted,
    /// the index is out of 100 (the provincial PAR Index).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    /// Lĩnh vực, LV1…LV8 for a province.
    pub fields: Vec<Field>,
}

/// Kết quả công bố: the index and rank as the Ministry published them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub total: Points,
    #[serde(default)]
    pub rank: Option<u32>,
    #[serde(default)]
    pub of: Option<u32>,
}

/// Phương pháp xác định Chỉ số: what the index is out of, as the decision that set the method
/// says. Kept in the card, so a year scored under another method carries its own maxima.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// The decision that set the method, e.g. the Ministry's approval of the PAR Index scheme.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// Điểm tối đa of the index.
    pub total_max: Points,
    /// Of which the self-assessment part (điểm tự đánh giá), where the method splits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_max: Option<Points>,
    /// Of which the survey part (điều tra xã hội học).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey_max: Option<Points>,
}

impl Method {
    /// The provincial PAR Index's maximum when a card names no method.
    pub const DEFAULT_TOTAL_MAX: Points = Points::from_units(100 * super::points::SCALE);
}

/// Lĩnh vực: a field of the index, with its self-assessment and survey parts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub code: String,
    pub name: String,
    /// Điểm chuẩn of the self-assessment part.
    pub max: Points,
    /// Điểm do Bộ Nội vụ thẩm định: the self-assessment part as verified; `None` while it is
    /// not known yet (a card being built, a result not published field by field).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "plain_option"
    )]
    pub score: Option<Points>,
    /// Điểm tự chấm: the province's own score for the self-assessment part, before the
    /// Ministry's appraisal cut it to `score`; `None` where unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_score: Option<Points>,
    /// Điều tra xã hội học: the citizen-survey part of this field.
    #[serde(default)]
    pub survey: Survey,
    /// The whole field's figure in the published summary table.
    #[serde(default)]
    pub published_total: Option<Points>,
    /// A plan written on the field's own row (LV2 names Sở Tư pháp for the whole field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// A transcriber's remark on how the row was read from its source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Tiêu chí: the criteria listed for this field (only those that missed full marks).
    #[serde(default)]
    pub items: Vec<Item>,
}

/// The sociological-survey part of a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    pub max: Points,
    /// `None` while the survey's result is not known yet.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "plain_option"
    )]
    pub score: Option<Points>,
}

impl Default for Survey {
    /// No survey part: nothing to score, nothing lost.
    fn default() -> Self {
        Survey {
            max: Points::ZERO,
            score: Some(Points::ZERO),
        }
    }
}

/// Tiêu chí or tiêu chí thành phần: a criterion or sub-criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub code: String,
    pub name: String,
    pub max: Points,
    /// `None` where the source leaves the score blank (5.7 in the seed).
    pub score: Option<Points>,
    /// Điểm tự chấm: the province's own score, before the Ministry's appraisal; `None` where
    /// unknown (the seed's plan gives only the verified scores).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_score: Option<Points>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// A transcriber's remark on how the row was read from its source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The sub-criteria listed under this one: a partial itemisation of its loss.
    #[serde(default)]
    pub items: Vec<Item>,
}

/// Nhiệm vụ khắc phục: who fixes a lost point, with whom, and by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Đơn vị chủ trì: the agency that leads.
    pub lead: String,
    /// Nội dung: what the lead must do.
    #[serde(default)]
    pub task: String,
    /// Đơn vị phối hợp: who helps.
    #[serde(default)]
    pub partners: String,
    /// Thời hạn hoàn thành, as written ("Quý IV năm 2031").
    #[serde(default)]
    pub deadline: String,
}

impl Field {
    /// Điểm tối đa of the whole field: self-assessment plus survey.
    pub fn whole_max(&self) -> Points {
        self.max + self.survey.max
    }

    /// The whole field's figure in the assessed year: the published one where there is one,
    /// else its parts; `None` when neither is known.
    pub fn whole_score(&self) -> Option<Points> {
        self.published_total
            .or_else(|| Some(self.score? + self.survey.score?))
    }
}

impl Scorecard {
    /// Every item of every field, depth first, with its depth below the field (criteria are 0).
    pub fn walk(&self) -> impl Iterator<Item = (&Field, &Item, usize)> {
        self.fields.iter().flat_map(|field| {
            let mut out = Vec::new();
            collect(&field.items, 0, &mut |item, depth| {
                out.push((field, item, depth));
            });
            out
        })
    }

    /// The item with this code, if any.
    pub fn item(&self, code: &str) -> Option<&Item> {
        self.walk()
            .find(|(_, item, _)| item.code == code)
            .map(|(_, item, _)| item)
    }

    /// The field with this code, if any.
    pub fn field(&self, code: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.code == code)
    }
}

fn collect<'a>(items: &'a [Item], depth: usize, visit: &mut impl FnMut(&'a Item, usize)) {
    for item in items {
        visit(item, depth);
        collect(&item.items, depth + 1, visit);
    }
}

/// Writes `Some(x)` as a plain `x`, as files written before the score could be unknown have
/// it: the canonical text (and so every scenario's base hash) stays what it was. (serde hands
/// `serialize_with` a reference to the field, hence `&Option`.)
#[allow(clippy::ref_option)]
fn plain_option<S: Serializer>(value: &Option<Points>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(points) => points.serialize(serializer),
        None => serializer.serialize_none(),
    }
}

fn known_format<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let version = u32::deserialize(deserializer)?;
    if FORMAT_VERSIONS.contains(&version) {
        Ok(version)
    } else {
        let readable = FORMAT_VERSIONS
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        Err(serde::de::Error::custom(super::bilingual(
            &format!(
                "unknown format version {version}; this build of parindex reads format {readable}"
            ),
            &format!(
                "phiên bản định dạng {version} không được hỗ trợ; bản parindex này đọc phiên bản {readable}"
            ),
        )))
    }
}

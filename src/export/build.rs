//! Chart descriptions built from the engine's figures: the four charts of the app.

use crate::engine::{Analysis, FieldFigures, Figures, Projected, Stakes};
use crate::model::Points;

use super::chart::{Category, Chart, Lang, Series};

/// What a chart shows: a scorecard's analysis, one projection of it, and the scenario's name.
/// A plain scorecard is its own baseline; a scenario brings its projection and label.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub analysis: &'a Analysis,
    pub projected: &'a Projected,
    pub scenario: &'a str,
}

/// Which part of each field the points-lost chart counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Self-assessment plus survey (the index).
    Whole,
    /// Điểm tự đánh giá (verified by the Ministry).
    SelfAssessment,
    /// Điều tra xã hội học.
    Survey,
}

fn pts(lang: Lang, p: Points) -> String {
    match lang {
        Lang::Vi => p.vi(),
        Lang::En => p.en(),
    }
}

fn field_categories(figures: &Figures) -> Vec<Category> {
    figures
        .fields
        .iter()
        .map(|f| Category {
            short: format!("LV{}", f.code),
            name: f.name.clone(),
        })
        .collect()
}

fn source(lang: Lang, scenario: &str) -> String {
    match lang {
        Lang::Vi => format!("Nguồn: QĐ 330/QĐ-BNV; dự báo: kịch bản {scenario}"),
        Lang::En => format!("Source: Decision 330/QĐ-BNV; projection: scenario {scenario}"),
    }
}

fn series(label: String, lang: Lang, values: impl Iterator<Item = Points>) -> Series {
    let points: Vec<Points> = values.collect();
    Series {
        label,
        values: points.iter().map(|p| p.to_f64()).collect(),
        labels: points.iter().map(|&p| pts(lang, p)).collect(),
    }
}

/// Điểm bị trừ theo lĩnh vực: the baseline year against the projection.
pub fn lost_by_field(scene: Scene, part: Part, lang: Lang) -> Chart {
    let a = scene.analysis;
    let base = Figures::of(a, &Projected::baseline(a));
    let projected = Figures::of(a, scene.projected);
    let lost = |f: &FieldFigures| match part {
        Part::Whole => f.lost,
        Part::SelfAssessment => f.self_lost,
        Part::Survey => f.survey_lost,
    };
    let (part_vi, part_en) = match part {
        Part::Whole => ("", ""),
        Part::SelfAssessment => (" (phần tự đánh giá)", " (self-assessment)"),
        Part::Survey => (" (phần điều tra xã hội học)", " (survey)"),
    };
    let total = |f: &Figures| pts(lang, Points::sum(f.fields.iter().map(lost)));
    Chart {
        title: match lang {
            Lang::Vi => format!(
                "{}: điểm bị trừ theo lĩnh vực{part_vi}, năm {} và dự báo {}",
                a.unit, a.year, a.target_year
            ),
            Lang::En => format!(
                "{}: points lost per field{part_en}, {} and {} projection",
                a.unit, a.year, a.target_year
            ),
        },
        subtitle: match lang {
            Lang::Vi => format!(
                "Chỉ số CCHC; kịch bản: {}; tổng điểm bị trừ {} (năm {}), {} (dự báo)",
                scene.scenario,
                total(&base),
                a.year,
                total(&projected)
            ),
            Lang::En => format!(
                "PAR Index; scenario: {}; total lost {} ({}), {} (projected)",
                scene.scenario,
                total(&base),
                a.year,
                total(&projected)
            ),
        },
        categories: field_categories(&base),
        series: vec![
            series(a.year.to_string(), lang, base.fields.iter().map(lost)),
            series(
                format!("{} {}", lang.pick("Dự báo", "Projected"), a.target_year),
                lang,
                projected.fields.iter().map(lost),
            ),
        ],
        axis_label: lang.pick("Điểm bị trừ (điểm)", "Points lost").to_string(),
        source: source(lang, scene.scenario),
        lang,
    }
}

/// Tỷ lệ đạt: each field's score as a percentage of its maximum.
pub fn attainment(scene: Scene, lang: Lang) -> Chart {
    let a = scene.analysis;
    let base = Figures::of(a, &Projected::baseline(a));
    let projected = Figures::of(a, scene.projected);
    let pct = |label: String, f: &Figures| {
        let values: Vec<f64> = f
            .fields
            .iter()
            .map(|x| x.score.percent_of(x.max).unwrap_or(0.0))
            .collect();
        Series {
            label,
            labels: values
                .iter()
                .map(|v| format!("{}%", lang.number(*v, 1)))
                .collect(),
            values,
        }
    };
    Chart {
        title: match lang {
            Lang::Vi => format!(
                "{}: tỷ lệ điểm đạt theo lĩnh vực, năm {} và dự báo {}",
                a.unit, a.year, a.target_year
            ),
            Lang::En => format!(
                "{}: attainment per field, {} and {} projection",
                a.unit, a.year, a.target_year
            ),
        },
        subtitle: match lang {
            Lang::Vi => format!(
                "Chỉ số CCHC; kịch bản: {}; chỉ số {} (dự báo {}) / {}",
                scene.scenario,
                pts(lang, base.total),
                pts(lang, projected.total),
                pts(lang, base.total_max)
            ),
            Lang::En => format!(
                "PAR Index; scenario: {}; index {} (projected {}) / {}",
                scene.scenario,
                pts(lang, base.total),
                pts(lang, projected.total),
                pts(lang, base.total_max)
            ),
        },
        categories: field_categories(&base),
        series: vec![
            pct(a.year.to_string(), &base),
            pct(
                format!("{} {}", lang.pick("Dự báo", "Projected"), a.target_year),
                &projected,
            ),
        ],
        axis_label: lang
            .pick("Tỷ lệ đạt so với điểm tối đa (%)", "Share of maximum (%)")
            .to_string(),
        source: source(lang, scene.scenario),
        lang,
    }
}

/// Điểm bị trừ theo đơn vị chủ trì: what each lead agency has at stake and what it wins back.
pub fn by_agency(scene: Scene, lang: Lang) -> Chart {
    let a = scene.analysis;
    let stakes = Stakes::of(a, scene.projected);
    let mut categories: Vec<Category> = stakes
        .agencies
        .iter()
        .map(|s| Category {
            short: String::new(),
            name: s.lead.clone(),
        })
        .collect();
    let mut at_stake: Vec<Points> = stakes.agencies.iter().map(|s| s.at_stake).collect();
    let mut recovered: Vec<Points> = stakes.agencies.iter().map(|s| s.recovered).collect();
    if !stakes.unassigned.is_zero() {
        categories.push(Category {
            short: String::new(),
            name: lang
                .pick("(chưa giao đơn vị)", "(no plan covers it)")
                .to_string(),
        });
        at_stake.push(stakes.unassigned);
        recovered.push(stakes.unassigned_recovered);
    }
    Chart {
        title: match lang {
            Lang::Vi => format!(
                "{}: điểm bị trừ năm {} theo đơn vị chủ trì khắc phục",
                a.unit, a.year
            ),
            Lang::En => format!("{}: {} points lost per lead agency", a.unit, a.year),
        },
        subtitle: match lang {
            Lang::Vi => format!(
                "Chỉ số CCHC; kịch bản: {}; dự báo năm {}",
                scene.scenario, a.target_year
            ),
            Lang::En => format!(
                "PAR Index; scenario: {}; {} projection",
                scene.scenario, a.target_year
            ),
        },
        categories,
        series: vec![
            series(
                lang.pick("Điểm bị trừ phụ trách", "Points at stake")
                    .to_string(),
                lang,
                at_stake.into_iter(),
            ),
            series(
                lang.pick("Khôi phục theo kịch bản", "Recovered in the scenario")
                    .to_string(),
                lang,
                recovered.into_iter(),
            ),
        ],
        axis_label: lang.pick("Điểm", "Points").to_string(),
        source: source(lang, scene.scenario),
        lang,
    }
}

/// So sánh kịch bản: points lost per field under several labelled projections, side by side.
/// The first scene names the unit and years.
pub fn compare(scenes: &[Scene], lang: Lang) -> Chart {
    let figures: Vec<Figures> = scenes
        .iter()
        .map(|s| Figures::of(s.analysis, s.projected))
        .collect();
    let first = scenes.first().map(|s| s.analysis);
    let names: Vec<&str> = scenes.iter().map(|s| s.scenario).collect();
    Chart {
        title: match (lang, first) {
            (Lang::Vi, Some(a)) => format!(
                "{}: so sánh kịch bản, điểm bị trừ theo lĩnh vực (dự báo {})",
                a.unit, a.target_year
            ),
            (Lang::En, Some(a)) => format!(
                "{}: scenarios compared, points lost per field ({} projection)",
                a.unit, a.target_year
            ),
            (_, None) => String::new(),
        },
        subtitle: lang
            .pick(
                "Chỉ số CCHC; chú giải ghi chỉ số của từng kịch bản",
                "PAR Index; the legend gives each scenario's index",
            )
            .to_string(),
        categories: figures.first().map(field_categories).unwrap_or_default(),
        series: scenes
            .iter()
            .zip(&figures)
            .map(|(s, f)| {
                series(
                    format!("{} ({})", s.scenario, pts(lang, f.total)),
                    lang,
                    f.fields.iter().map(|x| x.lost),
                )
            })
            .collect(),
        axis_label: lang.pick("Điểm bị trừ (điểm)", "Points lost").to_string(),
        source: source(lang, &names.join("; ")),
        lang,
    }
}

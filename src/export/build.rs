//! Chart descriptions built from an open document's figures: the charts of the app.

use crate::engine::{Analysis, FieldFigures, Figures, Projected, Session, Stakes, rounding_note};
use crate::model::Points;

use super::chart::{Category, Chart, Lang, Series};

/// What an export shows: an open document — its baseline and its projection, read from the
/// same [`Session`] the app and every command read — and what to call the projection.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub session: &'a Session,
    /// The scenario's name; `None` for a scorecard with no what-if of its own.
    pub scenario: Option<&'a str>,
}

impl<'a> Scene<'a> {
    pub fn new(session: &'a Session, scenario: Option<&'a str>) -> Self {
        Scene { session, scenario }
    }

    pub fn analysis(self) -> &'a Analysis {
        self.session.analysis()
    }

    pub fn projected(self) -> &'a Projected {
        self.session.projected()
    }

    /// The assessed year's figures.
    pub fn baseline(self) -> &'a Figures {
        self.session.baseline_figures()
    }

    /// The projection's figures.
    pub fn figures(self) -> &'a Figures {
        self.session.figures()
    }

    /// Whether the projection differs from the baseline anywhere: without one, a chart shows
    /// the assessed year alone instead of two identical series.
    pub fn projects(self) -> bool {
        self.session.projected() != self.session.baseline()
    }

    /// Points at stake and recovered per lead agency under the projection.
    pub fn stakes(self) -> Stakes {
        Stakes::of(self.analysis(), self.projected())
    }

    /// "kịch bản: X", or that there is no projection.
    pub fn scenario_phrase(self, lang: Lang) -> String {
        match (self.scenario, lang) {
            (Some(name), Lang::Vi) => format!("kịch bản: {name}"),
            (Some(name), Lang::En) => format!("scenario: {name}"),
            (None, _) => lang.pick("chưa có dự kiến", "no projection").to_string(),
        }
    }

    /// The source line under a chart: the card's documents, then the projection's scenario.
    pub fn source_line(self, lang: Lang) -> String {
        let source = &self.analysis().source;
        let mut parts = Vec::new();
        if !source.trim().is_empty() {
            parts.push(format!("{} {source}", lang.pick("Nguồn:", "Source:")));
        }
        if let Some(name) = self.scenario {
            parts.push(format!(
                "{} {name}",
                lang.pick("dự kiến: kịch bản", "projection: scenario")
            ));
        }
        parts.join("; ")
    }

    /// The projection's series label: "Dự kiến 2031".
    fn projected_label(self, lang: Lang) -> String {
        format!(
            "{} {}",
            lang.pick("Dự kiến", "Projected"),
            self.analysis().target_year
        )
    }
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

pub(crate) fn pts(lang: Lang, p: Points) -> String {
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

/// A series of figures; one not known yet draws no bar and reads "—".
fn series(label: String, lang: Lang, values: impl Iterator<Item = Option<Points>>) -> Series {
    let points: Vec<Option<Points>> = values.collect();
    Series {
        label,
        values: points
            .iter()
            .map(|p| p.map_or(0.0, Points::to_f64))
            .collect(),
        labels: points
            .iter()
            .map(|p| p.map_or_else(|| "—".to_string(), |p| pts(lang, p)))
            .collect(),
    }
}

/// The notes a chart of whole-field figures needs: fields whose published figure is a rounding.
fn rounding_notes(analysis: &Analysis, lang: Lang) -> Vec<String> {
    (0..analysis.fields.len())
        .filter_map(|f| rounding_note(analysis, f))
        .map(|n| n.text(lang == Lang::Vi).to_string())
        .collect()
}

/// Điểm bị trừ theo lĩnh vực: the assessed year against the projection.
pub fn lost_by_field(scene: Scene, part: Part, lang: Lang) -> Chart {
    let a = scene.analysis();
    let base = scene.baseline();
    let projected = scene.figures();
    let lost = |f: &FieldFigures| match part {
        Part::Whole => f.lost,
        Part::SelfAssessment => f.self_lost,
        Part::Survey => f.survey_lost,
    };
    let known = |f: &FieldFigures| match part {
        Part::Whole => f.known,
        Part::SelfAssessment => f.self_known,
        Part::Survey => f.survey_known,
    };
    let (part_vi, part_en) = match part {
        Part::Whole => ("", ""),
        Part::SelfAssessment => (" (phần tự đánh giá)", " (self-assessment)"),
        Part::Survey => (" (phần điều tra xã hội học)", " (survey)"),
    };
    let total = |f: &Figures| pts(lang, Points::sum(f.fields.iter().map(lost)));
    let projects = scene.projects();
    let value = |f: &FieldFigures| known(f).then(|| lost(f));
    let mut all = vec![series(
        a.year.to_string(),
        lang,
        base.fields.iter().map(value),
    )];
    if projects {
        all.push(series(
            scene.projected_label(lang),
            lang,
            projected.fields.iter().map(value),
        ));
    }
    let totals = if projects {
        match lang {
            Lang::Vi => format!(
                "tổng điểm bị trừ {} (năm {}), {} (dự kiến {})",
                total(base),
                a.year,
                total(projected),
                a.target_year
            ),
            Lang::En => format!(
                "total lost {} ({}), {} (projected {})",
                total(base),
                a.year,
                total(projected),
                a.target_year
            ),
        }
    } else {
        match lang {
            Lang::Vi => format!("tổng điểm bị trừ {} (năm {})", total(base), a.year),
            Lang::En => format!("total lost {} ({})", total(base), a.year),
        }
    };
    Chart {
        title: match (lang, projects) {
            (Lang::Vi, true) => format!(
                "{}: điểm bị trừ theo lĩnh vực{part_vi}, năm {} và dự kiến {}",
                a.unit, a.year, a.target_year
            ),
            (Lang::Vi, false) => format!(
                "{}: điểm bị trừ theo lĩnh vực{part_vi}, năm {}",
                a.unit, a.year
            ),
            (Lang::En, true) => format!(
                "{}: points lost per field{part_en}, {} and {} projection",
                a.unit, a.year, a.target_year
            ),
            (Lang::En, false) => format!("{}: points lost per field{part_en}, {}", a.unit, a.year),
        },
        subtitle: format!(
            "{}; {}; {totals}",
            lang.pick("Chỉ số CCHC", "PAR Index"),
            scene.scenario_phrase(lang)
        ),
        categories: field_categories(base),
        series: all,
        axis_label: lang.pick("Điểm bị trừ (điểm)", "Points lost").to_string(),
        source: scene.source_line(lang),
        notes: if part == Part::Whole {
            rounding_notes(a, lang)
        } else {
            Vec::new()
        },
        no_data: no_data(base.fields.iter().any(known), lang),
        lang,
    }
}

/// "Chưa có số liệu" when nothing is known to draw.
fn no_data(any: bool, lang: Lang) -> Option<String> {
    (!any).then(|| lang.pick("Chưa có số liệu", "No data yet").to_string())
}

/// Tỷ lệ đạt: each field's score as a percentage of its maximum.
pub fn attainment(scene: Scene, lang: Lang) -> Chart {
    let a = scene.analysis();
    let base = scene.baseline();
    let projected = scene.figures();
    let projects = scene.projects();
    let pct = |label: String, f: &Figures| {
        let values: Vec<Option<f64>> = f
            .fields
            .iter()
            .map(|x| x.known.then(|| x.score.percent_of(x.max).unwrap_or(0.0)))
            .collect();
        Series {
            label,
            labels: values
                .iter()
                .map(|v| v.map_or_else(|| "—".to_string(), |v| format!("{}%", lang.number(v, 1))))
                .collect(),
            values: values.iter().map(|v| v.unwrap_or(0.0)).collect(),
        }
    };
    let mut all = vec![pct(a.year.to_string(), base)];
    if projects {
        all.push(pct(scene.projected_label(lang), projected));
    }
    let index = if projects {
        match lang {
            Lang::Vi => format!(
                "chỉ số {} (dự kiến {}) / {}",
                pts(lang, base.total),
                pts(lang, projected.total),
                pts(lang, base.total_max)
            ),
            Lang::En => format!(
                "index {} (projected {}) / {}",
                pts(lang, base.total),
                pts(lang, projected.total),
                pts(lang, base.total_max)
            ),
        }
    } else {
        format!(
            "{} {} / {}",
            lang.pick("chỉ số", "index"),
            pts(lang, base.total),
            pts(lang, base.total_max)
        )
    };
    Chart {
        title: match (lang, projects) {
            (Lang::Vi, true) => format!(
                "{}: tỷ lệ điểm đạt theo lĩnh vực, năm {} và dự kiến {}",
                a.unit, a.year, a.target_year
            ),
            (Lang::Vi, false) => {
                format!("{}: tỷ lệ điểm đạt theo lĩnh vực, năm {}", a.unit, a.year)
            }
            (Lang::En, true) => format!(
                "{}: attainment per field, {} and {} projection",
                a.unit, a.year, a.target_year
            ),
            (Lang::En, false) => format!("{}: attainment per field, {}", a.unit, a.year),
        },
        subtitle: format!(
            "{}; {}; {index}",
            lang.pick("Chỉ số CCHC", "PAR Index"),
            scene.scenario_phrase(lang)
        ),
        categories: field_categories(base),
        series: all,
        axis_label: lang
            .pick("Tỷ lệ đạt so với điểm tối đa (%)", "Share of maximum (%)")
            .to_string(),
        source: scene.source_line(lang),
        notes: rounding_notes(a, lang),
        no_data: no_data(base.fields.iter().any(|f| f.known), lang),
        lang,
    }
}

/// Điểm bị trừ theo đơn vị chủ trì: what each lead agency has at stake and what it wins back.
pub fn by_agency(scene: Scene, lang: Lang) -> Chart {
    let a = scene.analysis();
    let stakes = scene.stakes();
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
    let mut all = vec![series(
        lang.pick("Điểm bị trừ phụ trách", "Points at stake")
            .to_string(),
        lang,
        at_stake.into_iter().map(Some),
    )];
    if scene.projects() {
        all.push(series(
            match lang {
                Lang::Vi => format!("Khôi phục dự kiến {}", a.target_year),
                Lang::En => format!("Recovered by {} (projected)", a.target_year),
            },
            lang,
            recovered.into_iter().map(Some),
        ));
    }
    Chart {
        title: match lang {
            Lang::Vi => format!(
                "{}: điểm bị trừ năm {} theo đơn vị chủ trì khắc phục",
                a.unit, a.year
            ),
            Lang::En => format!("{}: {} points lost per lead agency", a.unit, a.year),
        },
        subtitle: format!(
            "{}; {}",
            lang.pick("Chỉ số CCHC", "PAR Index"),
            scene.scenario_phrase(lang)
        ),
        categories,
        series: all,
        axis_label: lang.pick("Điểm", "Points").to_string(),
        source: scene.source_line(lang),
        notes: Vec::new(),
        no_data: no_data(
            !stakes.agencies.is_empty() || !stakes.unassigned.is_zero(),
            lang,
        ),
        lang,
    }
}

/// So sánh kịch bản: points lost per field (whole field: self-assessment and survey) under
/// several labelled projections, side by side. The first scene names the unit and years.
pub fn compare(scenes: &[Scene], lang: Lang) -> Chart {
    let first = scenes.first().map(|s| s.analysis());
    let names: Vec<String> = scenes.iter().map(|s| s.scenario_phrase(lang)).collect();
    let source = first
        .map(|a| {
            if a.source.trim().is_empty() {
                String::new()
            } else {
                format!("{} {}", lang.pick("Nguồn:", "Source:"), a.source)
            }
        })
        .unwrap_or_default();
    Chart {
        title: match (lang, first) {
            (Lang::Vi, Some(a)) => format!(
                "{}: so sánh kịch bản, điểm bị trừ theo lĩnh vực (cả lĩnh vực, dự kiến {})",
                a.unit, a.target_year
            ),
            (Lang::En, Some(a)) => format!(
                "{}: scenarios compared, points lost per field (whole field, {} projection)",
                a.unit, a.target_year
            ),
            (_, None) => String::new(),
        },
        subtitle: lang
            .pick(
                "Chỉ số CCHC; chú giải ghi chỉ số dự kiến của từng kịch bản",
                "PAR Index; the legend gives each scenario's projected index",
            )
            .to_string(),
        categories: scenes
            .first()
            .map(|s| field_categories(s.baseline()))
            .unwrap_or_default(),
        series: scenes
            .iter()
            .zip(&names)
            .map(|(s, name)| {
                let f = s.figures();
                series(
                    format!("{} ({})", s.scenario.unwrap_or(name), pts(lang, f.total)),
                    lang,
                    f.fields.iter().map(|x| x.known.then_some(x.lost)),
                )
            })
            .collect(),
        axis_label: lang.pick("Điểm bị trừ (điểm)", "Points lost").to_string(),
        source,
        notes: first.map(|a| rounding_notes(a, lang)).unwrap_or_default(),
        no_data: no_data(
            scenes
                .first()
                .is_some_and(|s| s.baseline().fields.iter().any(|f| f.known)),
            lang,
        ),
        lang,
    }
}

//! The plain chart description every format is drawn from.

/// Language of an export's words and numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Vietnamese: comma decimals.
    Vi,
    /// English: dot decimals.
    En,
}

impl Lang {
    /// Picks the Vietnamese or English text.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// A decimal number with this language's mark, `decimals` places.
    pub fn number(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match self {
            Lang::Vi => text.replace('.', ","),
            Lang::En => text,
        }
    }
}

/// One bar group: a field (LV1…LV8) or an agency.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    /// Short label on the axis ("LV1").
    pub short: String,
    /// Full name beside it.
    pub name: String,
}

/// One coloured set of bars, a value per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<f64>,
    /// The text on each bar, already formatted for the language.
    pub labels: Vec<String>,
}

/// A horizontal bar chart, ready to draw in print style.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    pub subtitle: String,
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
    pub axis_label: String,
    /// The card's source documents and the projection's scenario.
    pub source: String,
    /// Explanations of figures that look wrong but are not (a published figure's rounding),
    /// printed under the chart so the reader of a report sees them too.
    pub notes: Vec<String>,
    /// Set when there is nothing to draw yet ("Chưa có số liệu"): the chart says so instead of
    /// drawing axes around nothing.
    pub no_data: Option<String>,
    pub lang: Lang,
}

impl Chart {
    /// The largest value drawn, at least a tiny positive number so an all-zero chart scales.
    pub fn max_value(&self) -> f64 {
        self.series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .fold(0.0_f64, f64::max)
            .max(1e-9)
    }
}

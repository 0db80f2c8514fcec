//! One grouped bar chart for the whole window (points lost per field, attainment, per agency,
//! scenarios compared), fed plain data: categories, series with their values and printed
//! labels. The legend is drawn above the plot in series order, so it never covers a bar nor
//! needs headroom, and the value axis stops just above the highest bar.

use egui::{Align2, Color32, RichText, Ui};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Line, Plot, PlotPoint, PlotPoints, Text};

use super::theme;

/// A category on the x-axis: a short label under the bars, the full name on hover.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub short: String,
    pub full: String,
}

/// One coloured set of bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub colour: Color32,
    pub values: Vec<f64>,
    /// The text over each bar (the figure in the view's language).
    pub labels: Vec<String>,
}

/// A grouped bar chart, ready to show.
pub struct BarPlot<'a> {
    pub id: &'a str,
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
    pub height: f32,
    /// The value axis reaches at least this (100 for percentages).
    pub at_least: f64,
    /// Tick labels in the view's language: comma decimals in Vietnamese.
    pub vietnamese: bool,
}

/// A range over each bar of one series (error bars: where the figure may land), with its
/// legend entry.
pub struct Ranges<'a> {
    /// The series whose bars carry them.
    pub series: usize,
    /// Per category: the range, or none.
    pub values: Vec<Option<(f64, f64)>>,
    /// Per category: the range in words, on hover.
    pub labels: Vec<String>,
    /// The legend's entry and what it means, on hover.
    pub name: &'a str,
    pub tip: &'a str,
    pub colour: Color32,
}

/// What happened on a chart this frame.
pub struct Shown {
    pub response: egui::Response,
    /// The category clicked, if any.
    pub clicked: Option<usize>,
}

/// An axis's tick labels as plain numbers, with a decimal comma in Vietnamese.
pub fn axis_number(
    vietnamese: bool,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let text = format!("{}", mark.value);
        if vietnamese {
            text.replace('.', ",")
        } else {
            text
        }
    }
}

/// The width `text` takes in `font`, in points.
fn text_width(ui: &Ui, text: &str, font: &egui::FontId) -> f32 {
    ui.painter()
        .layout_no_wrap(text.to_string(), font.clone(), egui::Color32::PLACEHOLDER)
        .size()
        .x
}

/// `text` cut, the cut marked, to what `font` draws within `room` points (the plot hides an
/// axis label wider than its category rather than draw it over its neighbour).
fn fit(ui: &Ui, text: &str, room: f32, font: &egui::FontId) -> String {
    if text_width(ui, text, font) <= room {
        return text.to_string();
    }
    let letters: Vec<char> = text.chars().collect();
    (1..letters.len())
        .rev()
        .map(|n| format!("{}…", letters[..n].iter().collect::<String>().trim_end()))
        .find(|cut| text_width(ui, cut, font) <= room)
        .unwrap_or_default()
}

/// The largest tick-friendly top above `max`: 3,87 → 4; 100 → 100; 0 → 1.
fn top(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let step = 10f64.powf(max.log10().floor()) / 10.0;
    ((max / step).ceil() * step).max(max)
}

/// The ranges' legend entry as one piece (a stem with caps, then the words), so a wrapping
/// legend moves it to the next line whole.
fn whisker_entry(ui: &mut Ui, colour: Color32, name: &str) -> egui::Response {
    let words = egui::WidgetText::from(RichText::new(name).small()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Small,
    );
    let gap = ui.spacing().item_spacing.x;
    let size = egui::vec2(12.0 + gap + words.size().x, words.size().y.max(12.0));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let stroke = egui::Stroke::new(1.5, colour);
    let x = rect.left() + 6.0;
    let (top, bottom) = (rect.center().y - 5.0, rect.center().y + 5.0);
    let painter = ui.painter();
    painter.line_segment([egui::pos2(x, top), egui::pos2(x, bottom)], stroke);
    for y in [top, bottom] {
        painter.line_segment([egui::pos2(x - 4.0, y), egui::pos2(x + 4.0, y)], stroke);
    }
    let at = egui::pos2(
        rect.left() + 12.0 + gap,
        rect.center().y - words.size().y / 2.0,
    );
    painter.galley(at, words, ui.visuals().text_color());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name));
    response
}

impl BarPlot<'_> {
    /// The legend, then the plot. Value labels sit over the bars.
    pub fn ui(self, ui: &mut Ui) -> Shown {
        self.ui_with_ranges(ui, None)
    }

    /// The legend (with the ranges' entry), then the plot with a whisker over each bar of the
    /// ranges' series; a value label sits over its bar's whisker.
    pub fn ui_with_ranges(self, ui: &mut Ui, ranges: Option<&Ranges<'_>>) -> Shown {
        if self.series.len() > 1 || ranges.is_some() {
            ui.horizontal_wrapped(|ui| {
                for series in &self.series {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    ui.painter().rect_filled(rect, 2.0, series.colour);
                    ui.label(RichText::new(&series.name).small());
                    ui.add_space(theme::GAP);
                }
                if let Some(ranges) = ranges {
                    whisker_entry(ui, ranges.colour, ranges.name).on_hover_text(ranges.tip);
                }
            });
        }
        let range_top = |s: usize, c: usize| {
            ranges
                .filter(|r| r.series == s)
                .and_then(|r| r.values.get(c).copied().flatten())
                .map_or(f64::MIN, |(_, high)| high)
        };
        let count = self.categories.len();
        let groups = self.series.len().max(1) as f64;
        let width = 0.8 / groups;
        let highest = self
            .series
            .iter()
            .enumerate()
            .flat_map(|(s, one)| {
                one.values
                    .iter()
                    .enumerate()
                    .map(move |(c, &v)| v.max(range_top(s, c)))
            })
            .fold(self.at_least, f64::max);
        // The plot's own width: the value axis and the frame take their share.
        let slot = (ui.available_width() - 48.0).max(1.0) / count.max(1) as f32;
        // Between two bars' centres: the next category's alone, or the group's next bar.
        let spacing = if groups <= 1.0 {
            slot
        } else {
            slot * width as f32
        };
        // The widest figure must fit in that spacing, or neighbours' figures run together.
        let small = egui::TextStyle::Small.resolve(ui.style());
        let widest = self
            .series
            .iter()
            .flat_map(|one| &one.labels)
            .map(|text| text_width(ui, text, &small))
            .fold(0.0, f32::max);
        let labelled = widest + 4.0 <= spacing;
        // Room over the tallest bar for its label, when there are labels.
        let ceiling = top(highest * if labelled { 1.08 } else { 1.0 });
        // An axis label longer than its category's width is hidden by the plot: cut each to
        // what the axis font draws in the category's width, the whole name staying on hover.
        let body = egui::TextStyle::Body.resolve(ui.style());
        let shorts: Vec<String> = self
            .categories
            .iter()
            .map(|c| fit(ui, &c.short, slot * 0.92, &body))
            .collect();
        let vietnamese = self.vietnamese;
        let plot = Plot::new(self.id)
            .height(self.height)
            .x_grid_spacer(move |_| {
                (0..count)
                    .map(|i| GridMark {
                        value: i as f64,
                        step_size: 1.0,
                    })
                    .collect()
            })
            .custom_x_axes(vec![
                AxisHints::new_x()
                    .label_spacing(20.0..=28.0)
                    .formatter(move |mark, _| {
                        let at = mark.value.round();
                        if (mark.value - at).abs() < 1e-6 && at >= 0.0 {
                            shorts.get(at as usize).cloned().unwrap_or_default()
                        } else {
                            String::new()
                        }
                    }),
            ])
            .y_axis_min_width(34.0)
            .y_axis_formatter(axis_number(vietnamese))
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_x(false)
            .show_y(false)
            .include_x(-0.5)
            .include_x(count as f64 - 0.5)
            .include_y(0.0)
            .include_y(ceiling);
        let categories = self.categories.clone();
        let series = self.series;
        // Figures over the bars only where a bar is wide enough to carry one (`labelled`);
        // hovering a bar always shows it.
        let response = plot.show(ui, |plot| {
            for (s, one) in series.iter().enumerate() {
                let offset = (s as f64 + 0.5) * width - 0.4;
                let bars = one
                    .values
                    .iter()
                    .enumerate()
                    .map(|(c, &value)| {
                        let name = categories
                            .get(c)
                            .map_or_else(String::new, |cat| cat.full.clone());
                        Bar::new(c as f64 + offset, value)
                            .width(width * 0.9)
                            .name(name)
                            .fill(one.colour)
                    })
                    .collect();
                let label = one.name.clone();
                let texts = one.labels.clone();
                let formatter = move |bar: &Bar, _: &BarChart| {
                    let c = (bar.argument + 0.4).floor().max(0.0) as usize;
                    let figure = texts.get(c).cloned().unwrap_or_default();
                    format!("{}\n{label}: {figure}", bar.name)
                };
                plot.bar_chart(
                    BarChart::new(one.name.as_str(), bars)
                        .color(one.colour)
                        .element_formatter(Box::new(formatter)),
                );
                for (c, text) in one.labels.iter().enumerate().filter(|_| labelled) {
                    let value = one
                        .values
                        .get(c)
                        .copied()
                        .unwrap_or(0.0)
                        .max(range_top(s, c));
                    plot.text(
                        Text::new(
                            format!("{} {c}", one.name),
                            PlotPoint::new(c as f64 + offset, value),
                            RichText::new(text).small(),
                        )
                        .anchor(Align2::CENTER_BOTTOM),
                    );
                }
            }
            if let Some(ranges) = ranges {
                let offset = (ranges.series as f64 + 0.5) * width - 0.4;
                let cap = width * 0.18;
                for (c, range) in ranges.values.iter().enumerate() {
                    let Some((low, high)) = *range else { continue };
                    let x = c as f64 + offset;
                    let label = ranges.labels.get(c).cloned().unwrap_or_default();
                    let points = vec![
                        [x - cap, low],
                        [x + cap, low],
                        [x, low],
                        [x, high],
                        [x - cap, high],
                        [x + cap, high],
                    ];
                    plot.line(
                        Line::new(
                            format!("{}: {label}", ranges.name),
                            PlotPoints::from(points),
                        )
                        .color(ranges.colour)
                        .width(1.5),
                    );
                }
            }
            plot.pointer_coordinate()
        });
        let clicked = (response.response.clicked())
            .then_some(response.inner)
            .flatten()
            .map(|at| at.x.round())
            .filter(|&x| x >= 0.0 && (x as usize) < count)
            .map(|x| x as usize);
        Shown {
            response: response.response,
            clicked,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::top;

    #[test]
    fn the_value_axis_stops_just_above_the_data() {
        assert!((top(3.87) - 3.9).abs() < 1e-9);
        assert!((top(100.0) - 100.0).abs() < 1e-9);
        assert!((top(108.0) - 110.0).abs() < 1e-9);
        assert!((top(0.0059) - 0.0059).abs() < 1e-9);
        assert!((top(0.0) - 1.0).abs() < 1e-9);
    }
}

//! The criteria tree-table: the search (forgiving of diacritics, case and Word's decomposed
//! text), the sort, and one virtual row per visible node, so only the rows on screen are laid
//! out however large the scorecard. Driven by the mouse or entirely by the keyboard, the way a
//! file tree or a spreadsheet is (see `keys`).

use egui::text::LayoutJob;
use egui::{Align, Layout, RichText, Sense, TextEdit, TextFormat, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use crate::engine::{Basis, Edit, Query, appraisal_cut, basis_note};
use crate::model::Points;

use super::action::Action;
use super::context::Cx;
use super::rows::{Order, Ranks, VisibleRows};
use super::{theme, widgets};

/// Wide enough for a four-decimal figure such as "12,4259" in the table font.
const FIGURE_WIDTH: f32 = 60.0;
/// The difference column also holds its arrow: "▲ +1,5741" clipped the arrow at 60.
const DELTA_WIDTH: f32 = 76.0;
/// The criterion name elides below this, with the full name on hover.
const NAME_MIN: f32 = 180.0;

/// The table and its own state: what is expanded, searched and sorted.
#[derive(Clone, Debug, Default)]
pub struct TreeTable {
    /// Per node: whether its children show.
    pub expanded: Vec<bool>,
    /// The search text.
    pub filter: String,
    /// Only the rows the Ministry's appraisal cut ("bị BNV trừ điểm").
    pub cut_only: bool,
    pub order: Order,
    /// The "most lost first" order as taken when asked for.
    ranks: Ranks,
    rows: VisibleRows,
    /// Scroll the selected row into view at the next frame.
    pub scroll_to_selected: bool,
    /// Put the keyboard in the search box at the next frame (Ctrl+F).
    pub focus_search: bool,
    /// The first and last rows laid out last frame: a selection already among them is not
    /// scrolled to (arrowing down a visible list must not make it jump).
    drawn: Option<(usize, usize)>,
}

/// The search box's id, so Ctrl+F can focus it.
fn search_id() -> egui::Id {
    egui::Id::unique("tree search")
}

impl TreeTable {
    /// A table of `nodes` nodes: fields collapsed.
    pub fn for_nodes(nodes: usize) -> Self {
        TreeTable {
            expanded: vec![false; nodes],
            ..TreeTable::default()
        }
    }

    /// Sorts by points lost as they are now (asked for, or the selection moved).
    pub fn sort_by_lost(&mut self, analysis: &crate::engine::Analysis, on: bool) {
        self.order = if on { Order::Lost } else { Order::Document };
        self.ranks = Ranks::of(analysis);
    }

    /// Takes the "most lost first" order afresh, as when the selection changes.
    pub fn resort(&mut self, analysis: &crate::engine::Analysis) {
        if self.order == Order::Lost {
            self.ranks = Ranks::of(analysis);
        }
    }

    /// The toolbar (search, sort, expand and collapse), then the table.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        self.toolbar_ui(ui, cx);
        ui.add_space(theme::GAP / 2.0);
        let session = cx.session;
        // Taken out for the frame, so the rows can be read while the table's state is edited.
        let mut cache = std::mem::take(&mut self.rows);
        let visible = cache.get_where(
            session.serial(),
            session.analysis(),
            &self.expanded,
            (&self.filter, self.cut_only && columns(cx).self_score),
            self.order,
            &self.ranks,
        );
        if visible.is_empty() && (!self.filter.trim().is_empty() || self.cut_only) {
            self.no_match_ui(ui, cx);
        } else {
            self.keys(ui, cx, visible);
            self.table_ui(ui, cx, visible);
        }
        self.rows = cache;
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        ui.horizontal_wrapped(|ui| {
            let search = ui.add(
                TextEdit::singleline(&mut self.filter)
                    .id(search_id())
                    .hint_text(s.filter_hint)
                    .desired_width(260.0),
            );
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
            // Down from the search box goes to the first match, as in a file manager.
            if search.has_focus() && ui.input(|i| i.key_pressed(egui::Key::ArrowDown)) {
                search.surrender_focus();
                cx.push(Action::SelectFirstRow);
            }
            if !self.filter.is_empty()
                && ui.small_button("×").on_hover_text(s.clear_search).clicked()
            {
                self.filter.clear();
            }
            let mut by_lost = self.order == Order::Lost;
            if ui
                .toggle_value(&mut by_lost, s.sort_by_lost)
                .on_hover_text(s.sort_by_lost_tip)
                .changed()
            {
                cx.push(Action::SortByLost(by_lost));
            }
            if columns(cx).self_score {
                ui.toggle_value(&mut self.cut_only, s.cut_only)
                    .on_hover_text(s.cut_only_tip);
            }
            if ui.button(s.expand_all).clicked() {
                cx.push(Action::ExpandAll);
            }
            if ui.button(s.collapse_all).clicked() {
                cx.push(Action::CollapseAll);
            }
        });
    }

    fn no_match_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>) {
        let s = cx.s();
        ui.add_space(theme::GAP * 3.0);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(format!("{} \"{}\"", s.no_match, self.filter.trim())).weak());
            ui.add_space(theme::GAP);
            if ui.button(s.clear_search).clicked() {
                self.filter.clear();
            }
        });
    }

    /// The keyboard, when no text field has it: ↑/↓ move, →/← open, close or go to the
    /// parent, Home/End, PgUp/PgDn, Enter or F2 edit the score, a digit starts an entry.
    fn keys(&mut self, ui: &Ui, cx: &mut Cx<'_>, visible: &[usize]) {
        if ui.ctx().text_edit_focused() || visible.is_empty() {
            return;
        }
        let analysis = cx.session.analysis();
        let at = cx
            .selected
            .and_then(|sel| visible.iter().position(|&i| i == sel));
        let page = 12;
        let last = visible.len() - 1;
        let go = |to: usize| Some(Action::Select(visible.get(to.min(last)).copied()));
        let action = ui.ctx().input_mut(|input| {
            use egui::{Key, Modifiers as M};
            let mut take = |key| input.consume_key(M::NONE, key);
            if take(Key::ArrowDown) {
                return go(at.map_or(0, |a| a + 1));
            }
            if take(Key::ArrowUp) {
                return go(at.map_or(0, |a| a.saturating_sub(1)));
            }
            if take(Key::PageDown) {
                return go(at.map_or(0, |a| a + page));
            }
            if take(Key::PageUp) {
                return go(at.map_or(0, |a| a.saturating_sub(page)));
            }
            if take(Key::Home) {
                return go(0);
            }
            if take(Key::End) {
                return go(last);
            }
            let sel = cx.selected?;
            let node = analysis.nodes.get(sel)?;
            let open = self.expanded.get(sel).copied().unwrap_or(false);
            if take(Key::ArrowRight) {
                return match (node.children.first(), open) {
                    (None, _) => None,
                    (Some(_), false) => Some(Action::Toggle(sel)),
                    (Some(&child), true) => Some(Action::Select(Some(child))),
                };
            }
            if take(Key::ArrowLeft) {
                return if open && !node.children.is_empty() {
                    Some(Action::Toggle(sel))
                } else {
                    node.parent.map(|p| Action::Select(Some(p)))
                };
            }
            if take(Key::Enter) || take(Key::F2) {
                return Some(Action::FocusEntry(None));
            }
            // A digit typed on a row starts its entry with that digit.
            let digit = input.events.iter().position(|e| {
                matches!(e, egui::Event::Text(t) if t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty())
            });
            let digit = digit.map(|i| input.events.remove(i));
            if let Some(egui::Event::Text(text)) = digit {
                return Some(Action::FocusEntry(Some(text)));
            }
            None
        });
        if let Some(action) = action {
            cx.push(action);
        }
    }

    fn table_ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, visible: &[usize]) {
        let s = cx.s();
        let session = cx.session;
        let any_delta = !session.changes().projection.is_empty();
        let has_plans = session.analysis().has_plans();
        // Figures are never squeezed (a clipped "12,42…" is a wrong number to a reader). The
        // name gets the room: the difference column is narrow while nothing is projected, and
        // the text columns give way and elide, with the full text on hover.
        let delta_width = if any_delta { DELTA_WIDTH } else { 28.0 };
        let extra = columns(cx);
        let figures = (4.0 + extra.count()) * FIGURE_WIDTH + delta_width;
        // Each column adds the item spacing and a resize handle's margin; the scroll bar takes
        // its width from the same space.
        let spacing = |columns: f32| {
            columns * (ui.spacing().item_spacing.x + 4.0) + ui.spacing().scroll.allocated_width()
        };
        // Wide enough for the deepest code shown with its indent and triangle.
        let analysis = session.analysis();
        let code_width = visible
            .iter()
            .map(|&i| {
                let node = &analysis.nodes[i];
                26.0 + 14.0 * node.depth as f32 + 7.5 * node.code.chars().count() as f32
            })
            .fold(64.0_f32, f32::max)
            .min(220.0);
        let room_with =
            |columns: f32| ui.available_width() - code_width - figures - spacing(columns);
        // On a narrow window the lead and deadline give their room to the name (the editor
        // shows them for the selected row) rather than squeeze it to a few letters.
        let base_columns = 7.0 + extra.count();
        let any_plan =
            has_plans && room_with(base_columns + 2.0) - 0.55 * (150.0 + 96.0) >= NAME_MIN;
        let room = room_with(if any_plan {
            base_columns + 2.0
        } else {
            base_columns
        });
        let text: f32 = if any_plan { 150.0 + 96.0 } else { 0.0 };
        // The text columns give way first, down to a little over half; then the name does.
        let scale = ((room - NAME_MIN) / text.max(1.0)).clamp(0.55, 1.0);
        let name_width = (room - text * scale).max(NAME_MIN * 0.6);
        let width_bucket = (ui.available_width() / 40.0) as i32;
        let mut builder = TableBuilder::new(ui)
            // Column widths are remembered per layout: a window that opens at one size and is
            // then fitted to a smaller screen (or resized) lays the table out afresh instead of
            // keeping widths that no longer fit beside the side panel.
            .id_salt((
                "criteria",
                width_bucket,
                // The deepest code in view sets the first column: a search or an expand that
                // shows deeper codes lays the columns out afresh, so the last ones stay in view.
                code_width.round() as i32,
                any_plan,
                extra.self_score,
                extra.effort,
                any_delta,
            ))
            .striped(true)
            .resizable(true)
            .sense(Sense::click())
            .cell_layout(Layout::left_to_right(Align::Center))
            // Never narrower than the codes in view: a width remembered from fewer, shallower
            // rows (before a search or an expand) would cut "3.4.2" to "…".
            .column(Column::initial(code_width).at_least(code_width).clip(true));
        builder = if any_plan {
            builder.column(
                Column::initial(name_width)
                    .at_least(NAME_MIN * 0.6)
                    .clip(true),
            )
        } else {
            builder.column(Column::remainder().at_least(NAME_MIN * 0.6).clip(true))
        };
        builder = builder
            .columns(
                Column::initial(FIGURE_WIDTH)
                    .at_least(FIGURE_WIDTH)
                    .clip(true),
                4,
            )
            .column(
                Column::initial(delta_width)
                    .at_least(delta_width)
                    .clip(true),
            );
        for _ in 0..extra.count() as usize {
            builder = builder.column(
                Column::initial(FIGURE_WIDTH)
                    .at_least(FIGURE_WIDTH)
                    .clip(true),
            );
        }
        if any_plan {
            builder = builder
                .column(Column::initial(150.0 * scale).at_least(70.0).clip(true))
                .column(Column::remainder().at_least(74.0).clip(true));
        }
        builder = builder.min_scrolled_height(0.0);
        if self.scroll_to_selected
            && let Some(pos) = cx
                .selected
                .and_then(|sel| visible.iter().position(|&i| i == sel))
        {
            // The first and last rows drawn may be cut by the edges: only rows between them
            // are surely in view.
            let in_view = self
                .drawn
                .is_some_and(|(first, last)| first < pos && pos < last);
            if !in_view {
                builder = builder.scroll_to_row(pos, Some(Align::Center));
            }
            self.scroll_to_selected = false;
        }
        let mut drawn: Option<(usize, usize)> = None;
        let query = Query::new(&self.filter);
        let sort_title = if self.order == Order::Lost {
            s.col_lost_sorted
        } else {
            s.col_lost
        };
        let mut titles = vec![
            (s.col_code, ""),
            (s.col_name, ""),
            (s.col_max, s.col_max_tip),
            (s.col_base, s.col_base_tip),
            (sort_title, s.col_lost_tip),
            (s.col_projected, s.col_projected_tip),
            (s.col_delta, ""),
        ];
        if extra.self_score {
            titles.push((s.col_self_score, s.col_self_score_tip));
        }
        let effort_title = format!("{} ({})", s.col_effort, effort_unit(cx));
        if extra.effort {
            titles.push((effort_title.as_str(), s.col_effort_tip));
        }
        if any_plan {
            titles.push((s.col_lead, ""));
            titles.push((s.col_deadline, ""));
        }
        builder
            .header(theme::ROW_HEIGHT, |mut header| {
                for (title, tip) in &titles {
                    header.col(|ui| {
                        let label = ui.strong(*title);
                        if !tip.is_empty() {
                            label.on_hover_text(*tip);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, visible.len(), |mut row| {
                    let at = row.index();
                    drawn = Some(drawn.map_or((at, at), |(a, b)| (a.min(at), b.max(at))));
                    let index = visible[at];
                    row.set_selected(cx.selected == Some(index));
                    let mut clicked = self.row_ui(&mut row, cx, index, &query);
                    clicked |= extra_ui(&mut row, cx, extra, index);
                    if any_plan {
                        plan_ui(&mut row, cx, index, &query);
                    }
                    let response = row.response();
                    // Built only when a screen reader asks (AccessKit on), not every frame.
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Row, true, row_label(cx, index))
                    });
                    if response.clicked() || clicked {
                        cx.push(Action::Select(Some(index)));
                    }
                });
            });
        self.drawn = drawn;
    }

    /// One row; returns whether a cell itself was clicked (labels swallow the row's click).
    fn row_ui(
        &self,
        row: &mut TableRow<'_, '_>,
        cx: &mut Cx<'_>,
        index: usize,
        query: &Query,
    ) -> bool {
        let lang = cx.lang;
        let s = cx.s();
        let session = cx.session;
        let analysis = session.analysis();
        let node = analysis.node(index);
        let projected = session.projected().values[index];
        let delta = session.projected().delta(analysis, index);
        let lost = node.lost();
        let known = node.known();
        let mut clicked = false;
        row.col(|ui| {
            if !lost.is_zero() {
                let rect = ui.max_rect();
                let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()));
                ui.painter().rect_filled(bar, 0.0, theme::LOST);
            }
            ui.add_space(4.0 + 14.0 * node.depth as f32);
            if node.children.is_empty() {
                ui.add_space(18.0);
            } else {
                // A search shows matches inside their ancestors whatever is expanded.
                let open = self.expanded.get(index).copied().unwrap_or(false)
                    || !self.filter.trim().is_empty();
                let tip = if open { s.collapse } else { s.expand };
                if widgets::disclosure(ui, open, &format!("{tip} {}", node.code))
                    .on_hover_text(tip)
                    .clicked()
                {
                    cx.push(Action::Toggle(index));
                }
            }
            let code = highlighted(ui, &node.code, query, node.is_field());
            clicked |= ui
                .add(egui::Label::new(code).sense(Sense::click()))
                .clicked();
        });
        row.col(|ui| {
            let name = highlighted(ui, &node.name, query, node.is_field());
            // A truncated label shows its whole text on hover by itself.
            clicked |= ui
                .add(egui::Label::new(name).truncate().sense(Sense::click()))
                .clicked();
        });
        number(row, lang.num(node.max), None);
        row.col(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                // A corrected value shows what was published, marked; every figure uses the
                // correction, and the note says why (the same words the exports print).
                let shown = match node.basis {
                    Basis::Corrected { published } => published,
                    _ => node.base,
                };
                let basis = basis_note(analysis, index);
                let tip = basis.as_ref().map(|n| n.text(cx.vi()).to_string());
                match (known, &basis) {
                    (false, _) => {
                        let label = ui.label(RichText::new("—").color(theme::MARKER));
                        if let Some(tip) = &tip {
                            label.on_hover_text(tip);
                        }
                    }
                    (true, Some(basis)) => {
                        let tip = tip.unwrap_or_default();
                        ui.label(RichText::new(basis.marker).color(theme::MARKER).strong())
                            .on_hover_text(&tip);
                        ui.label(RichText::new(lang.num(shown)).color(theme::MARKER))
                            .on_hover_text(&tip);
                    }
                    (true, None) => {
                        ui.label(lang.num(shown));
                    }
                }
            });
        });
        let lost_text = RichText::new(lang.num(lost));
        number(
            row,
            if known { lang.num(lost) } else { "—".into() },
            (!lost.is_zero()).then_some(lost_text.color(theme::LOST).strong()),
        );
        let projected_known = known || session.projected().set[index];
        let set_here = session.projected().set[index] && !node.children.is_empty();
        number(
            row,
            if projected_known {
                lang.num(projected)
            } else {
                "—".into()
            },
            // A parent set directly, over its children's own figures: marked, and the editor
            // says what is not spread to them.
            set_here.then(|| RichText::new(lang.num(projected)).color(theme::MARKER)),
        );
        row.col(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                // Right-to-left: the number first, then its arrow to the left of it. A score
                // not known in the assessed year has no change to show.
                if !delta.is_zero() && known {
                    let colour = if delta.is_negative() {
                        theme::LOST
                    } else {
                        theme::GAIN
                    };
                    ui.label(RichText::new(lang.delta(delta)).color(colour));
                    widgets::triangle(ui, !delta.is_negative(), 4.0, colour);
                }
            });
        });
        clicked
    }
}

/// The optional columns: the province's own score where the card has it, the effort of a
/// fix where the scenario counts efforts.
#[derive(Clone, Copy, Debug)]
struct Extra {
    self_score: bool,
    effort: bool,
}

impl Extra {
    fn count(self) -> f32 {
        f32::from(u8::from(self.self_score) + u8::from(self.effort))
    }
}

fn columns(cx: &Cx<'_>) -> Extra {
    let changes = cx.session.changes();
    Extra {
        self_score: cx.session.analysis().has_self_scores(),
        effort: !changes.efforts.is_empty() || !changes.effort_unit.is_empty(),
    }
}

/// The scenario's effort unit, or what an effort counts when none is set.
fn effort_unit<'a>(cx: &'a Cx<'_>) -> &'a str {
    let unit = cx.session.changes().effort_unit.as_str();
    if unit.is_empty() {
        cx.s().effort_fixes
    } else {
        unit
    }
}

/// The self-score and effort cells of a row; returns whether a cell was clicked.
fn extra_ui(row: &mut TableRow<'_, '_>, cx: &mut Cx<'_>, extra: Extra, index: usize) -> bool {
    let lang = cx.lang;
    let s = cx.s();
    let node = cx.session.analysis().node(index);
    if extra.self_score {
        let cut = appraisal_cut(node).filter(|c| *c > Points::ZERO);
        row.col(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                match (node.self_score, cut) {
                    (Some(own), Some(cut)) => {
                        ui.label(RichText::new(lang.num(own)).color(theme::LOST))
                            .on_hover_text(format!("{} {}", s.cut_by, lang.num(cut)));
                    }
                    (Some(own), None) => {
                        ui.label(lang.num(own));
                    }
                    (None, _) => {}
                }
            });
        });
    }
    if extra.effort {
        // Efforts belong to the items a fix is made on: those with no listed children that
        // lost points.
        let fixable = node.children.is_empty() && node.lost() > Points::ZERO;
        let code = node.code.clone();
        let current = cx.session.changes().effort(&code);
        row.col(|ui| {
            if !fixable {
                return;
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let mut value = current.to_f64();
                let response = ui
                    .add(
                        egui::DragValue::new(&mut value)
                            .range(0.0..=1.0e6)
                            .speed(0.1)
                            .max_decimals(2)
                            .custom_formatter(|v, _| {
                                lang.num(Points::from_f64(v).unwrap_or_default())
                            })
                            .custom_parser(|t| Points::parse(t).ok().map(Points::to_f64)),
                    )
                    .on_hover_text(s.col_effort_tip);
                if response.changed()
                    && let Ok(points) = Points::from_f64(value)
                    && points != current
                {
                    cx.push(Action::Live {
                        edit: Edit::SetEffort {
                            code: code.clone(),
                            value: Some(points),
                        },
                        key: format!("effort {code}"),
                    });
                }
                if response.drag_stopped() || response.lost_focus() {
                    cx.push(Action::Seal);
                }
            });
        });
    }
    false
}

/// The lead agency and deadline cells of a row.
fn plan_ui(row: &mut TableRow<'_, '_>, cx: &Cx<'_>, index: usize, query: &Query) {
    let analysis = cx.session.analysis();
    let node = analysis.node(index);
    {
        let plan = node
            .plan_owner
            .and_then(|owner| analysis.node(owner).plan.as_ref());
        row.col(|ui| {
            if let Some(plan) = plan {
                let lead = highlighted(ui, &plan.lead, query, false);
                ui.add(egui::Label::new(lead).truncate());
            }
        });
        row.col(|ui| {
            if let Some(plan) = plan {
                ui.add(egui::Label::new(&plan.deadline).truncate());
            }
        });
    }
}

/// What a screen reader says of a row: its code, name and figures.
fn row_label(cx: &Cx<'_>, index: usize) -> String {
    let analysis = cx.session.analysis();
    let node = analysis.node(index);
    let s = cx.s();
    let n = |p| cx.lang.num(p);
    if !node.known() {
        return format!("{} {}: {}", node.code, node.name, s.no_data);
    }
    format!(
        "{} {}: {} {} {} {}, {} {}, {} {}",
        node.code,
        node.name,
        s.col_base,
        n(node.base),
        s.of_max,
        n(node.max),
        s.col_lost,
        n(node.lost()),
        s.col_projected,
        n(cx.session.projected().values[index]),
    )
}

/// `text` with every match of the search on a highlight.
fn highlighted(ui: &Ui, text: &str, query: &Query, strong: bool) -> LayoutJob {
    let font = if strong {
        egui::FontId::new(14.0, theme::strong_family())
    } else {
        egui::TextStyle::Body.resolve(ui.style())
    };
    let colour = ui.visuals().text_color();
    let plain = TextFormat::simple(font.clone(), colour);
    let marked = TextFormat {
        background: theme::MATCH,
        ..TextFormat::simple(font, colour)
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for range in query.ranges(text) {
        job.append(&text[at..range.start], 0.0, plain.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// A right-aligned numeric cell.
fn number(row: &mut TableRow<'_, '_>, text: String, rich: Option<RichText>) {
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(rich.unwrap_or_else(|| RichText::new(text)));
        });
    });
}

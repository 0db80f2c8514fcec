//! Danh mục tài liệu kiểm chứng in the window: per lead agency (collapsible), the planned gains
//! it must prove, most points at risk first — code, criterion, planned gain, the state of the
//! evidence, the documents listed (what is still missing in its colour), the confidence (a
//! slider, overridable per item) and the points at risk. Only the rows in view are laid out,
//! so a national card's thousands of items cost a frame what a screenful costs.

use std::collections::{BTreeSet, HashMap};

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use crate::engine::{AgencyChecklist, ChecklistItem, Session, evidence_checklist};

use super::super::context::Cx;
use super::super::i18n::Lang;
use super::super::memo::Memo;
use super::super::{theme, widgets};
use super::documents::Draft;
use super::row;

/// Height of an agency's row and of an item's first line; each document adds a line.
const AGENCY_HEIGHT: f32 = 30.0;
pub(super) const ITEM_HEIGHT: f32 = 28.0;
pub(super) const DOC_HEIGHT: f32 = 19.0;
/// Documents listed under an item before "and n more".
pub(super) const MAX_DOCS: usize = 4;

/// The checklist of the document's current state, with where each item and agency is.
#[derive(Clone, Debug, Default)]
pub struct Listing {
    pub agencies: Vec<AgencyChecklist>,
    items: HashMap<String, (usize, usize)>,
    leads: HashMap<Option<String>, usize>,
}

impl Listing {
    fn of(session: &Session) -> Self {
        let agencies =
            evidence_checklist(session.analysis(), session.projected(), session.changes());
        let mut items = HashMap::new();
        let mut leads = HashMap::new();
        for (a, agency) in agencies.iter().enumerate() {
            leads.insert(agency.lead.clone(), a);
            for (i, item) in agency.items.iter().enumerate() {
                items.insert(item.code.clone(), (a, i));
            }
        }
        Listing {
            agencies,
            items,
            leads,
        }
    }

    fn agency(&self, lead: Option<&String>) -> Option<&AgencyChecklist> {
        self.leads
            .get(&lead.cloned())
            .and_then(|&a| self.agencies.get(a))
    }

    pub(super) fn item(&self, code: &str) -> Option<&ChecklistItem> {
        let &(a, i) = self.items.get(code)?;
        self.agencies.get(a)?.items.get(i)
    }
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Line {
    Agency(Option<String>),
    Item(String),
}

/// The table's state: the checklist it last worked out, its rows, and the agencies folded.
#[derive(Clone, Debug, Default)]
pub struct Table {
    listing: Memo<Listing, ()>,
    lines: Vec<Line>,
    /// The document state and fold count the rows were laid out for.
    lines_for: Option<(u64, u64, u64)>,
    collapsed: BTreeSet<Option<String>>,
    folds: u64,
}

/// An agency's name in the table: its lead, or that no plan covers the gain.
pub(super) fn lead_name(lead: Option<&str>, lang: Lang) -> String {
    lead.map_or_else(|| lang.risk().no_lead.to_string(), str::to_string)
}

impl Table {
    /// The checklist of the document's current state (worked out once per state).
    pub fn listing(&mut self, session: &Session) -> &Listing {
        self.listing.get(session, (), || Listing::of(session))
    }

    /// Folds or unfolds every agency.
    pub fn fold_all(&mut self, session: &Session, fold: bool) {
        let leads: Vec<Option<String>> = self
            .listing(session)
            .agencies
            .iter()
            .map(|a| a.lead.clone())
            .collect();
        if fold {
            self.collapsed.extend(leads);
        } else {
            self.collapsed.clear();
        }
        self.folds += 1;
    }

    /// The table, filling what is left of `ui`; a document's "edit" opens `editor`.
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut Cx<'_>, editor: &mut Option<Draft>) {
        let session = cx.session;
        let mut memo = std::mem::take(&mut self.listing);
        let listing = memo.get(session, (), || Listing::of(session));
        let key = (session.serial(), session.revision(), self.folds);
        // While a slider is dragged the rows keep their order: an item whose points at risk
        // change must not slide away from under the pointer. They re-sort when it is let go.
        let dragging = ui.ctx().dragged_id().is_some();
        let same_document = self.lines_for.is_some_and(|k| k.0 == key.0 && k.2 == key.2);
        if self.lines_for != Some(key) && !(dragging && same_document) {
            self.lines = lines(listing, &self.collapsed);
            self.lines_for = Some(key);
        }
        if let Some(Line::Agency(lead)) = self
            .table_ui(ui, cx, listing, editor)
            .and_then(|at| self.lines.get(at))
        {
            let lead = lead.clone();
            if !self.collapsed.remove(&lead) {
                self.collapsed.insert(lead);
            }
            self.folds += 1;
        }
        self.listing = memo;
    }

    /// Returns the row of the agency whose fold was clicked.
    fn table_ui(
        &self,
        ui: &mut Ui,
        cx: &mut Cx<'_>,
        listing: &Listing,
        editor: &mut Option<Draft>,
    ) -> Option<usize> {
        let s = cx.lang.risk();
        let code_width = listing
            .agencies
            .iter()
            .flat_map(|a| &a.items)
            .map(|i| 30.0 + 7.5 * i.code.chars().count() as f32)
            .fold(60.0_f32, f32::max)
            .min(160.0);
        // The documents under an item run from the criterion column to the table's right edge.
        let right = ui.max_rect().right() - ui.spacing().scroll.allocated_width();
        let widths = row::Widths::for_table(ui.available_width());
        let heights: Vec<f32> = self
            .lines
            .iter()
            .map(|line| match line {
                Line::Agency(_) => AGENCY_HEIGHT,
                Line::Item(code) => listing.item(code).map_or(ITEM_HEIGHT, row::height),
            })
            .collect();
        let mut toggled = None;
        TableBuilder::new(ui)
            .id_salt("evidence table")
            .striped(true)
            .cell_layout(Layout::left_to_right(Align::Center))
            .column(Column::exact(code_width))
            .column(Column::remainder().at_least(120.0).clip(true))
            .column(Column::exact(widths.gain))
            .column(Column::exact(widths.state))
            .column(Column::exact(widths.confidence))
            .column(Column::exact(widths.at_risk))
            .min_scrolled_height(0.0)
            .header(theme::ROW_HEIGHT, |mut header| {
                for (title, tip) in [
                    (s.col_code, ""),
                    (s.col_item, s.col_item_tip),
                    (s.col_gain, s.col_gain_tip),
                    (s.col_state, s.col_state_tip),
                    (s.col_confidence, s.col_confidence_tip),
                    (
                        if widths.narrow {
                            s.col_at_risk_short
                        } else {
                            s.col_at_risk
                        },
                        s.col_at_risk_tip,
                    ),
                ] {
                    header.col(|ui| {
                        let label = ui.strong(title);
                        if !tip.is_empty() {
                            label.on_hover_text(tip);
                        }
                    });
                }
            })
            .body(|body| {
                body.heterogeneous_rows(heights.iter().copied(), |mut table_row| {
                    let at = table_row.index();
                    match self.lines.get(at) {
                        Some(Line::Agency(lead)) => {
                            let open = !self.collapsed.contains(lead);
                            if let Some(agency) = listing.agency(lead.as_ref())
                                && agency_row(&mut table_row, cx, agency, open)
                            {
                                toggled = Some(at);
                            }
                        }
                        Some(Line::Item(code)) => {
                            if let Some(item) = listing.item(code) {
                                row::item_row(&mut table_row, cx, item, (right, widths), editor);
                            }
                        }
                        None => {}
                    }
                });
            });
        toggled
    }
}

/// The rows: each agency, then its items unless folded.
fn lines(listing: &Listing, collapsed: &BTreeSet<Option<String>>) -> Vec<Line> {
    let mut lines = Vec::with_capacity(listing.items.len() + listing.agencies.len());
    for agency in &listing.agencies {
        lines.push(Line::Agency(agency.lead.clone()));
        if !collapsed.contains(&agency.lead) {
            lines.extend(agency.items.iter().map(|i| Line::Item(i.code.clone())));
        }
    }
    lines
}

/// An agency's row: the fold, its name with how many items and documents are outstanding,
/// and its totals. Returns whether the fold was clicked.
fn agency_row(
    row: &mut TableRow<'_, '_>,
    cx: &mut Cx<'_>,
    agency: &AgencyChecklist,
    open: bool,
) -> bool {
    let lang = cx.lang;
    let s = lang.risk();
    let name = lead_name(agency.lead.as_deref(), lang);
    let mut clicked = false;
    row.col(|ui| {
        let tip = if open { cx.s().collapse } else { cx.s().expand };
        clicked = widgets::disclosure(ui, open, &format!("{tip} {name}"))
            .on_hover_text(tip)
            .clicked();
    });
    row.col(|ui| {
        let count = format!("{} {}", agency.items.len(), s.items);
        let text = RichText::new(format!("{name} · {count}"));
        clicked |= ui
            .add(
                egui::Label::new(theme::text::emphasis(text.text()))
                    .truncate()
                    .sense(egui::Sense::click()),
            )
            .clicked();
    });
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(theme::text::emphasis(lang.delta(agency.gain)).color(theme::GAIN));
        });
    });
    row.col(|ui| {
        if agency.outstanding > 0 {
            ui.label(
                RichText::new(format!("{} {}", s.outstanding, agency.outstanding))
                    .color(theme::LOST),
            )
            .on_hover_text(s.outstanding_tip);
        } else {
            ui.label(RichText::new(s.all_ready).color(theme::GAIN));
        }
    });
    row.col(|_| {});
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(theme::text::emphasis(lang.num(agency.at_risk)).color(theme::LOST))
                .on_hover_text(s.col_at_risk_tip);
        });
    });
    clicked
}

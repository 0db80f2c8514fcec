//! Exports from the window: the chart, the table and the PDF report of the projection on
//! screen (3.4.2 raised to 1,5 → 81,18), through the same actions the save dialogs send.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use crate::common::{app, enter_score, select};
use calamine::{Data, Reader, Xlsx, open_workbook};
use egui_kittest::Harness;
use parindex::app::ParIndexApp;
use parindex::ui::Action;
use parindex::ui::action::ChartExport;
use resvg::tiny_skia::Pixmap;

/// The app with 3.4.2 raised to its full 1,5 points.
fn projected_app() -> Harness<'static, ParIndexApp> {
    let mut harness = app(1400.0, 900.0);
    select(&mut harness, "3.4.2");
    enter_score(&mut harness, "1,5");
    harness
}

fn send(harness: &mut Harness<'_, ParIndexApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, action);
    harness.run_ok();
    assert_eq!(harness.state().error(), None);
}

#[test]
fn a_chart_exported_as_png_decodes_at_the_requested_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = projected_app();
    for (chart, name) in [
        (ChartExport::LostByField, "lost.png"),
        (ChartExport::Attainment, "attainment.png"),
        (ChartExport::ByAgency, "agency.png"),
    ] {
        let path = dir.path().join(name);
        send(
            &mut harness,
            Action::ExportChart {
                chart,
                path: path.clone(),
                width: 800,
                height: 450,
            },
        );
        let pixmap = Pixmap::decode_png(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (800, 450), "{name}");
    }
}

#[test]
fn a_chart_exported_as_svg_names_the_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = projected_app();
    let path = dir.path().join("lost.svg");
    send(
        &mut harness,
        Action::ExportChart {
            chart: ChartExport::LostByField,
            path: path.clone(),
            width: 1600,
            height: 900,
        },
    );
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(
        svg.starts_with("<svg") || svg.starts_with("<?xml"),
        "{svg:.80}"
    );
    assert!(svg.contains(&harness.state().info().name));
}

#[test]
fn the_table_exported_as_xlsx_holds_the_projected_total_81_18() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = projected_app();
    let path = dir.path().join("bang.xlsx");
    send(&mut harness, Action::ExportTable(path.clone()));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let totals = book.worksheet_range("Tổng hợp lĩnh vực").unwrap();
    // The 2019 score stays the seed's; the projection column carries the edit.
    assert_eq!(
        totals.get((0, 5)),
        Some(&Data::String("Dự kiến 2020".into()))
    );
    assert_eq!(totals.get((9, 3)), Some(&Data::Float(79.68)));
    assert_eq!(totals.get((9, 5)), Some(&Data::Float(81.18)));
}

#[test]
fn the_table_exported_as_csv_starts_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = projected_app();
    let path = dir.path().join("bang.csv");
    send(&mut harness, Action::ExportTable(path.clone()));
    assert_eq!(&std::fs::read(&path).unwrap()[..3], b"\xEF\xBB\xBF");
}

#[test]
fn the_report_exported_as_pdf_is_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = projected_app();
    let path = dir.path().join("bao-cao.pdf");
    send(&mut harness, Action::ExportReport(path.clone()));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..5], b"%PDF-");
    lopdf::Document::load_mem(&bytes).unwrap();
}

#[test]
fn an_unknown_extension_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = projected_app();
    let path: PathBuf = dir.path().join("bang.txt");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::ExportTable(path.clone()));
    let error = harness.state().error().unwrap().to_string();
    assert!(
        error.contains("bang.txt") && error.contains(".xlsx"),
        "{error}"
    );
    assert!(!path.exists());
}

#[test]
fn each_chart_has_a_visible_export_button_offering_png_and_svg() {
    use egui_kittest::kittest::Queryable;
    use parindex::ui::i18n::VI;
    let mut harness = app(1400.0, 900.0);
    let buttons = harness.get_all_by_label(VI.export_chart).count();
    assert_eq!(buttons, 2, "one beside each chart caption");
    assert!(harness.query_by_label(VI.export_png).is_none());
    harness
        .get_all_by_label(VI.export_chart)
        .next()
        .unwrap()
        .click();
    harness.run_ok();
    harness.get_by_label(VI.export_png);
    harness.get_by_label(VI.export_svg);
}

//! Export: how results leave the tool. A chart description becomes SVG, PNG or PDF; the
//! tree-table becomes XLSX or CSV; a one-page A4 report becomes PDF. No egui, no system fonts.

mod build;
mod chart;
mod checklist;
mod checklist_rows;
mod climb;
mod csv;
mod fix_table;
mod palette;
mod pdf_pages;
mod raster;
mod report;
mod report_risk;
mod risk_chart;
mod rows;
mod svg;
mod xlsx;
mod xlsx_info;

pub use build::{Part, Scene, attainment, by_agency, compare, lost_by_field};
pub use chart::{Category, Chart, Lang, Series};
pub use checklist::{ChecklistContext, checklist_xlsx};
pub use climb::{ClimbChart, ClimbStep, climb_chart, climb_svg};
pub use csv::table_csv;
pub use fix_table::{fix_first_csv, fix_first_xlsx, neutralise};
pub use pdf_pages::pdf_from_pages;
pub use raster::{pdf_from_svg, png_from_svg};
pub use report::report_pdf;
pub use risk_chart::risk_svg;
pub use svg::chart_svg;
pub use xlsx::table_xlsx;

/// Why an export could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the drawing could not be read back: {0}")]
    Svg(String),
    #[error("image size {width}×{height} is not drawable (1…10000 pixels each way)")]
    Size { width: u32, height: u32 },
    #[error("PNG encoding failed: {0}")]
    Png(String),
    #[error("PDF conversion failed: {0}")]
    Pdf(String),
    #[error("XLSX writing failed: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("CSV writing failed: {0}")]
    Csv(#[from] ::csv::Error),
}

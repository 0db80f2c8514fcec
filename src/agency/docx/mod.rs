//! Báo cáo UBND tỉnh: the Department's periodic report on the plan to the Provincial People's
//! Committee, as a Word document an officer finishes in Word — in the format of Nghị định
//! 30/2020/NĐ-CP (A4, its margins, Times New Roman 13–14 pt, the two-column header block, the
//! recipients and signature blocks), with every figure from the engine, Vietnamese number
//! format and the charts embedded as pictures. Written with docx-rs.

mod body;
mod data;
mod frame;
mod text;

use std::io::Cursor;

use docx_rs::{AlignmentType, Docx, Header, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts};

use crate::engine::Session;
use crate::export::{Lang, Part, Scene, by_agency, chart_svg, lost_by_field, png_from_svg};
use crate::model::Date;

use super::AgencyError;
use body::Block;
use data::ReportData;
use frame::{Masthead, closing, masthead, title};
use text::{Style, centred, fonts, mm};

/// What the officer chooses for a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    /// Kỳ báo cáo, as the subject line writes it: "Quý III/2031".
    pub period: String,
    /// Số liệu tính đến: statuses and lateness are as of this day.
    pub as_of: Date,
    /// The scenario's name, quoted where its projection is given.
    pub scenario: String,
    /// Số văn bản, the number before "/BC-SNV" ("125"); empty leaves the blank the clerk
    /// fills when the report is issued.
    pub number: String,
}

/// Charts drawn at this size (pixels) and shown 160 mm wide.
const CHART_PX: (u32, u32) = (1600, 900);
const CHART_WIDTH_MM: f64 = 160.0;
/// EMU (English Metric Units) per millimetre, the unit of a picture's size in DOCX.
const EMU_PER_MM: f64 = 36_000.0;

/// The report as DOCX bytes.
pub fn report_docx(session: &Session, options: &ReportOptions) -> Result<Vec<u8>, AgencyError> {
    let data = ReportData::of(session, options.as_of);
    let charts = charts(session, &options.scenario)?;
    let place = super::place_of(&data.unit);
    let parent = data.unit.to_uppercase();
    let place_date = format!("{place}, ngày      tháng      năm {}", options.as_of.year());
    let number = match options.number.trim() {
        "" => "Số:        /BC-SNV".to_string(),
        typed => format!("Số: {typed}/BC-SNV"),
    };
    let mut doc = Docx::new()
        .page_size(11_906, 16_838)
        .page_margin(
            PageMargin::new()
                .top(mm(20.0))
                .bottom(mm(20.0))
                .left(mm(30.0))
                .right(mm(15.0))
                .header(mm(10.0))
                .footer(mm(10.0)),
        )
        .default_fonts(fonts())
        .default_size(28)
        // The decree numbers pages from the second, centred at the top.
        .header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .add_page_num(PageNum::new())
                    .align(AlignmentType::Center),
            ),
        )
        .first_header(Header::new())
        .title_pg();
    doc = doc.add_table(masthead(&Masthead {
        parent: &parent,
        issuer: "SỞ NỘI VỤ",
        number: &number,
        place_date: &place_date,
    }));
    let subject = format!(
        "Kết quả thực hiện {} khắc phục các tiêu chí Chỉ số cải cách hành chính năm {} chưa đạt \
         điểm chuẩn, {}",
        data.plan,
        data.year,
        // "Quý III/2031" stays on one line.
        options.period.replace(' ', "\u{a0}")
    );
    for p in title(&subject) {
        doc = doc.add_paragraph(p);
    }
    let blocks = [
        body::overall(&data, &options.period, &options.scenario),
        body::by_agency(&data),
        body::late(&data),
        body::charts(data.year),
        body::scoreboard(&data),
        body::officer_parts(),
    ];
    for block in blocks.into_iter().flatten() {
        doc = match block {
            Block::Paragraph(p) => doc.add_paragraph(*p),
            Block::Table(t) => doc.add_table(*t).add_paragraph(Paragraph::new()),
            Block::Chart { caption, index } => {
                let Some(png) = charts.get(index) else {
                    continue;
                };
                doc.add_paragraph(picture(png.clone()))
                    .add_paragraph(centred(&caption, Style::of(13).italic()))
            }
        };
    }
    doc = doc.add_paragraph(text::body(
        "Trên đây là báo cáo tình hình, kết quả thực hiện Kế hoạch; Sở Nội vụ kính báo cáo Ủy ban \
         nhân dân tỉnh xem xét, chỉ đạo./.",
    ));
    let recipients = [
        "- UBND tỉnh (để báo cáo);".to_string(),
        "- Các đơn vị chủ trì thực hiện Kế hoạch;".to_string(),
        "- Lãnh đạo Sở;".to_string(),
        "- Lưu: VT, [phòng soạn thảo].".to_string(),
    ];
    doc = doc.add_table(closing(&recipients, "GIÁM ĐỐC"));
    let mut out = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| AgencyError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}

/// Lost by field and by agency, from the scenario's projection (through the session), as PNG.
fn charts(session: &Session, scenario: &str) -> Result<Vec<Vec<u8>>, AgencyError> {
    let scene = Scene::new(session, Some(scenario));
    [
        lost_by_field(scene, Part::Whole, Lang::Vi),
        by_agency(scene, Lang::Vi),
    ]
    .iter()
    .map(|chart| {
        png_from_svg(&chart_svg(chart, CHART_PX.0, CHART_PX.1)).map_err(AgencyError::Chart)
    })
    .collect()
}

/// A centred paragraph holding a chart, 160 mm wide.
fn picture(png: Vec<u8>) -> Paragraph {
    let (w, h) = CHART_PX;
    let width = CHART_WIDTH_MM * EMU_PER_MM;
    let height = width * f64::from(h) / f64::from(w);
    let pic = Pic::new_with_dimensions(png, w, h).size(width as u32, height as u32);
    Paragraph::new()
        .add_run(Run::new().add_image(pic).fonts(RunFonts::new()))
        .align(AlignmentType::Center)
}

//! The report's sections, from the computed figures: the overall result, the table per lead
//! agency, the late items, the charts, the scoreboard, and the parts the officer writes.

use docx_rs::{AlignmentType, Paragraph, Table, TableRow};

use crate::model::{Date, Points};

use super::data::ReportData;
use super::frame::TEXT_WIDTH;
use super::text::{body, heading, placeholder, text_cell};

/// A paragraph or a table, in order.
pub enum Block {
    /// Boxed: a paragraph is a large value and blocks are moved around in lists.
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
    /// A chart: its caption and the index of its picture.
    Chart {
        caption: String,
        index: usize,
    },
}

fn para(p: Paragraph) -> Block {
    Block::Paragraph(Box::new(p))
}

fn table(t: Table) -> Block {
    Block::Table(Box::new(t))
}

fn signed(p: Points) -> String {
    if p.is_negative() || p.is_zero() {
        p.vi()
    } else {
        format!("+{}", p.vi())
    }
}

/// Section I: the index, what the items done secure, the scenario's projection, and counts.
pub fn overall(d: &ReportData, period: &str, scenario: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let p = |text: String| para(body(&text));
    out.push(p(format!(
        "Thực hiện {} của {}, Sở Nội vụ báo cáo tình hình, kết quả thực hiện {} (số liệu tính \
         đến ngày {}) như sau:",
        d.plan,
        d.unit,
        period,
        d.as_of.vi()
    )));
    out.push(para(heading("I. KẾT QUẢ CHUNG")));
    let rank = match d.rank {
        Some((rank, Some(of))) => format!(", xếp hạng {rank}/{of}"),
        Some((rank, None)) => format!(", xếp hạng {rank}"),
        None => String::new(),
    };
    out.push(p(format!(
        "1. Chỉ số cải cách hành chính năm {} đạt {}/{} điểm{rank}; điểm tự đánh giá do Bộ Nội \
         vụ thẩm định đạt {}/{} điểm, bị trừ {} điểm.",
        d.year,
        d.base.total.vi(),
        d.base.total_max.vi(),
        d.base.self_total.vi(),
        d.base.self_max.vi(),
        d.base.self_lost.vi()
    )));
    out.push(p(format!(
        "2. Kế hoạch giao {} nhiệm vụ cho {} đơn vị chủ trì. Tính đến ngày {}: hoàn thành {}; \
         đang thực hiện {}; chưa thực hiện {}; không thực hiện được {}; quá hạn chưa hoàn thành \
         {}.",
        d.items,
        d.agencies.len(),
        d.as_of.vi(),
        d.done,
        d.in_progress,
        d.not_started,
        d.failed,
        d.overdue
    )));
    let recovered = d.secured.total - d.base.total;
    out.push(p(format!(
        "3. Các nhiệm vụ đã hoàn thành khôi phục được {} điểm; giữ được kết quả này, Chỉ số năm \
         {} đạt khoảng {} điểm.",
        recovered.vi(),
        d.target_year,
        d.secured.total.vi()
    )));
    out.push(p(format!(
        "4. Theo kịch bản dự báo \u{201c}{scenario}\u{201d}, Chỉ số năm {} đạt {} điểm ({} điểm \
         so với năm {}).",
        d.target_year,
        d.projected.total.vi(),
        signed(d.projected.total - d.base.total),
        d.year
    )));
    let widths = [3455, 1950, 1950, 2000];
    let header = [
        "Chỉ tiêu".to_string(),
        format!("Năm {}", d.year),
        "Đã bảo đảm (theo tình trạng)".to_string(),
        "Dự báo (kịch bản)".to_string(),
    ];
    let rows = vec![
        vec![
            "Chỉ số CCHC (tối đa 100)".to_string(),
            d.base.total.vi(),
            d.secured.total.vi(),
            d.projected.total.vi(),
        ],
        vec![
            format!("Điểm tự đánh giá (tối đa {})", d.base.self_max.vi()),
            d.base.self_total.vi(),
            d.secured.self_total.vi(),
            d.projected.self_total.vi(),
        ],
    ];
    out.push(table(grid(&widths, &header, &rows, &[0], false)));
    out
}

/// Section II: one row per lead agency, and the total.
pub fn by_agency(d: &ReportData) -> Vec<Block> {
    let widths = [760, 2355, 870, 960, 960, 1000, 850, 1600];
    let header = [
        "STT",
        "Đơn vị chủ trì",
        "Số nhiệm vụ",
        "Hoàn thành",
        "Đang thực hiện",
        "Chưa / không thực hiện được",
        "Quá hạn",
        "Điểm khôi phục / phụ trách",
    ]
    .map(String::from);
    let mut rows: Vec<Vec<String>> = d
        .agencies
        .iter()
        .enumerate()
        .map(|(i, a)| {
            vec![
                (i + 1).to_string(),
                a.agency.clone(),
                a.items.to_string(),
                a.done.to_string(),
                a.in_progress.to_string(),
                a.not_done.to_string(),
                a.overdue.to_string(),
                format!("{} / {}", a.recovered.vi(), a.at_stake.vi()),
            ]
        })
        .collect();
    let sum = |f: fn(&super::data::AgencyRow) -> usize| -> String {
        d.agencies.iter().map(f).sum::<usize>().to_string()
    };
    rows.push(vec![
        String::new(),
        "Tổng cộng".to_string(),
        sum(|a| a.items),
        sum(|a| a.done),
        sum(|a| a.in_progress),
        sum(|a| a.not_done),
        sum(|a| a.overdue),
        format!(
            "{} / {}",
            Points::sum(d.agencies.iter().map(|a| a.recovered)).vi(),
            Points::sum(d.agencies.iter().map(|a| a.at_stake)).vi()
        ),
    ]);
    vec![
        para(heading("II. KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ")),
        table(grid(&widths, &header, &rows, &[1], true)),
    ]
}

/// Section III: the items past their deadline and not done, with who leads them.
pub fn late(d: &ReportData) -> Vec<Block> {
    let mut out = vec![para(heading("III. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH"))];
    if d.late.is_empty() {
        out.push(para(body(&format!(
            "Đến ngày {}, không có nhiệm vụ quá hạn chưa hoàn thành.",
            d.as_of.vi()
        ))));
        return out;
    }
    let widths = [760, 700, 2895, 2200, 1400, 1400];
    let header = [
        "STT",
        "Mã",
        "Tiêu chí",
        "Đơn vị chủ trì",
        "Thời hạn",
        "Tình trạng",
    ]
    .map(String::from);
    let rows: Vec<Vec<String>> = d
        .late
        .iter()
        .enumerate()
        .map(|(i, item)| {
            vec![
                (i + 1).to_string(),
                item.code.clone(),
                item.name.clone(),
                item.lead.clone(),
                item.deadline
                    .due()
                    .map_or_else(|| item.deadline_text.clone(), Date::vi),
                item.status.vi().to_string(),
            ]
        })
        .collect();
    out.push(table(grid(&widths, &header, &rows, &[2, 3], false)));
    out
}

/// Section IV: the two charts, as pictures with captions.
pub fn charts(year: i32) -> Vec<Block> {
    vec![
        para(heading("IV. BIỂU ĐỒ")),
        Block::Chart {
            caption: format!("Hình 1. Điểm bị trừ theo lĩnh vực, năm {year} và dự báo"),
            index: 0,
        },
        Block::Chart {
            caption: "Hình 2. Điểm bị trừ theo đơn vị chủ trì".to_string(),
            index: 1,
        },
    ]
}

/// Section V: the scoreboard and the rule behind it.
pub fn scoreboard(d: &ReportData) -> Vec<Block> {
    let board = &d.scoreboard;
    let r = &board.rule;
    let mut out = vec![
        para(heading("V. CHẤM ĐIỂM THI ĐUA THỰC HIỆN KẾ HOẠCH")),
        para(body(&format!(
            "Điểm thi đua (tối đa {}) = {} × tỷ lệ nhiệm vụ hoàn thành đúng hạn + {} × tỷ lệ hoàn \
             thành trễ hạn + {} × điểm đã khôi phục/điểm bị trừ phụ trách + {} × tỷ lệ báo cáo \
             gửi đúng hạn + {} × tỷ lệ báo cáo gửi trễ hạn.",
            r.max().vi(),
            r.items_on_time.vi(),
            r.items_late.vi(),
            r.recovered.vi(),
            r.reports_on_time.vi(),
            r.reports_late.vi()
        ))),
    ];
    let widths = [760, 2395, 850, 850, 1000, 1300, 1200, 1000];
    let header = [
        "STT",
        "Đơn vị chủ trì",
        "Đúng hạn",
        "Trễ hạn",
        "Chưa hoàn thành",
        "Báo cáo đúng hạn / phải gửi",
        "Điểm thi đua",
        "Xếp hạng",
    ]
    .map(String::from);
    let rows: Vec<Vec<String>> = board
        .agencies
        .iter()
        .enumerate()
        .map(|(i, a)| {
            vec![
                (i + 1).to_string(),
                a.agency.clone(),
                a.done_on_time.to_string(),
                a.done_late.to_string(),
                a.not_done.to_string(),
                format!("{} / {}", a.reports_on_time, a.reports_expected),
                a.score.vi(),
                a.rank.to_string(),
            ]
        })
        .collect();
    out.push(table(grid(&widths, &header, &rows, &[1], false)));
    out
}

/// Sections VI and VII: left for the officer, clearly marked.
pub fn officer_parts() -> Vec<Block> {
    vec![
        para(heading("VI. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")),
        para(placeholder(
            "Cán bộ soạn thảo ghi: tồn tại, hạn chế trong thực hiện Kế hoạch và nguyên nhân",
        )),
        para(heading("VII. ĐỀ XUẤT, KIẾN NGHỊ")),
        para(placeholder(
            "Cán bộ soạn thảo ghi: đề xuất, kiến nghị với Ủy ban nhân dân tỉnh",
        )),
        para(placeholder(
            "Cán bộ soạn thảo ghi: nhiệm vụ trọng tâm kỳ tới",
        )),
    ]
}

/// A bordered table: a bold header row, then rows; the columns in `left` are left-aligned
/// text, the others centred; with `total`, the last row is bold.
fn grid(
    widths: &[usize],
    header: &[String],
    rows: &[Vec<String>],
    left: &[usize],
    total: bool,
) -> Table {
    // Rows never split across a page: a reader must see a row whole.
    let mut table_rows = vec![
        TableRow::new(
            header
                .iter()
                .zip(widths)
                .map(|(text, w)| text_cell(text, *w, AlignmentType::Center, true))
                .collect(),
        )
        .cant_split(),
    ];
    for (r, row) in rows.iter().enumerate() {
        let bold = total && r + 1 == rows.len();
        table_rows.push(
            TableRow::new(
                row.iter()
                    .zip(widths)
                    .enumerate()
                    .map(|(c, (text, w))| {
                        let align = if left.contains(&c) {
                            AlignmentType::Left
                        } else {
                            AlignmentType::Center
                        };
                        text_cell(text, *w, align, bold)
                    })
                    .collect(),
            )
            .cant_split(),
        );
    }
    Table::new(table_rows)
        .set_grid(widths.to_vec())
        .width(TEXT_WIDTH, docx_rs::WidthType::Dxa)
}

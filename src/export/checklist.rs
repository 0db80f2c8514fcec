//! Danh mục tài liệu kiểm chứng as an Excel workbook for the agencies: a summary sheet, then one
//! sheet per lead agency listing the planned gains it must prove (most points at risk first),
//! one row per document with its state, set up to print on A4 landscape with the header row
//! repeated on every page — what an agency's clerk fills in and sends back.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::engine::{AgencyChecklist, Analysis};
use crate::model::EvidenceState;

use super::ExportError;
use super::chart::Lang;
use super::checklist_rows::{LINE, WIDTHS, item_rows, lines};

/// The font of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP), present on every
/// office PC; its metric twin (Liberation Serif) stands in elsewhere.
const FONT: &str = "Times New Roman";
const PERCENT: &str = "0%";
/// Rows above the column headings: title, unit and scenario, totals, a blank.
const HEADING_ROW: u32 = 4;

/// What the sheets are about: the unit, the years and the scenario's name.
pub struct ChecklistContext<'a> {
    pub analysis: &'a Analysis,
    pub scenario: Option<&'a str>,
}

/// The workbook bytes.
pub fn checklist_xlsx(
    context: &ChecklistContext<'_>,
    agencies: &[AgencyChecklist],
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let styles = Styles::new();
    let mut book = Workbook::new();
    let names = sheet_names(agencies, lang);
    summary_sheet(
        book.add_worksheet(),
        context,
        agencies,
        &names,
        &styles,
        lang,
    )?;
    for (agency, name) in agencies.iter().zip(&names) {
        agency_sheet(book.add_worksheet(), context, agency, name, &styles, lang)?;
    }
    Ok(book.save_to_buffer()?)
}

pub(super) struct Styles {
    pub(super) title: Format,
    pub(super) plain: Format,
    pub(super) heading: Format,
    pub(super) text: Format,
    pub(super) center: Format,
    pub(super) points: Format,
    pub(super) percent: Format,
    pub(super) unlisted: Format,
    pub(super) states: [Format; 3],
}

impl Styles {
    fn new() -> Self {
        let base = Format::new().set_font_name(FONT).set_font_size(11);
        let cell = base
            .clone()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
            .set_text_wrap();
        let state = |fill: &str| {
            cell.clone()
                .set_background_color(Color::from(fill))
                .set_align(FormatAlign::Center)
        };
        Styles {
            title: base.clone().set_bold().set_font_size(14),
            plain: base.clone(),
            heading: cell
                .clone()
                .set_bold()
                .set_background_color(Color::from("#DCE3EF"))
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            text: cell.clone(),
            center: cell.clone().set_align(FormatAlign::Center),
            // General: 1, 0,5, 0,0684 as the seed writes them, with the reader's decimal mark.
            points: cell.clone(),
            percent: cell.clone().set_num_format(PERCENT),
            unlisted: cell
                .clone()
                .set_italic()
                .set_font_color(Color::from("#9C0006")),
            // có, đang hoàn thiện, chưa có: green, amber, red fills light enough to print.
            states: [state("#E2EFDA"), state("#FFF2CC"), state("#FCE4D6")],
        }
    }

    pub(super) fn state(&self, state: EvidenceState) -> &Format {
        match state {
            EvidenceState::Ready => &self.states[0],
            EvidenceState::InProgress => &self.states[1],
            EvidenceState::Missing => &self.states[2],
        }
    }
}

/// Excel's sheet names: at most 31 characters, none of `[]:*?/\`, unique ignoring case.
fn sheet_names(agencies: &[AgencyChecklist], lang: Lang) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for agency in agencies {
        let full = agency.lead.as_deref().unwrap_or(unassigned(lang));
        let clean: String = full
            .chars()
            .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
            .collect();
        let clean = clean.trim_matches('\'').trim().to_string();
        let mut name = clip(&clean, 31);
        let mut n = 2;
        while names
            .iter()
            .any(|m| m.to_lowercase() == name.to_lowercase())
        {
            let suffix = format!(" ({n})");
            name = format!("{}{suffix}", clip(&clean, 31 - suffix.chars().count()));
            n += 1;
        }
        names.push(name);
    }
    names
}

/// At most `max` characters, cut at a word with "…" when too long.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max - 1).collect();
    let cut = head
        .rfind(' ')
        .filter(|&i| i > head.len() / 2)
        .unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end_matches([',', ';', ' ']))
}

fn unassigned(lang: Lang) -> &'static str {
    lang.pick("Chưa giao đơn vị", "No plan covers it")
}

/// A4 landscape, one page wide, headings repeated, page numbers in the footer.
fn print_setup(sheet: &mut Worksheet, heading_row: u32, lang: Lang) -> Result<(), XlsxError> {
    sheet.set_paper_size(9);
    sheet.set_landscape();
    sheet.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_print_center_horizontally(true);
    sheet.set_repeat_rows(heading_row, heading_row)?;
    sheet.set_footer(lang.pick("&L&A&RTrang &P/&N", "&L&A&RPage &P of &N"));
    sheet.set_freeze_panes(heading_row + 1, 0)?;
    Ok(())
}

fn title_rows(
    sheet: &mut Worksheet,
    context: &ChecklistContext<'_>,
    heading: &str,
    totals: &str,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let a = context.analysis;
    sheet.write_string_with_format(0, 0, heading, &styles.title)?;
    let mut about = match lang {
        Lang::Vi => format!(
            "{} — Chỉ số CCHC năm {}, dự kiến năm {}",
            a.unit, a.year, a.target_year
        ),
        Lang::En => format!(
            "{} — PAR Index {}, projected for {}",
            a.unit, a.year, a.target_year
        ),
    };
    if let Some(name) = context.scenario {
        about.push_str(&format!(" — {}: {name}", lang.pick("kịch bản", "scenario")));
    }
    sheet.write_string_with_format(1, 0, &about, &styles.plain)?;
    sheet.write_string_with_format(2, 0, totals, &styles.plain)?;
    Ok(())
}

fn summary_sheet(
    sheet: &mut Worksheet,
    context: &ChecklistContext<'_>,
    agencies: &[AgencyChecklist],
    names: &[String],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick("Tổng hợp", "Summary"))?;
    let at_risk = crate::model::Points::sum(agencies.iter().map(|a| a.at_risk));
    let gain = crate::model::Points::sum(agencies.iter().map(|a| a.gain));
    let totals = match lang {
        Lang::Vi => format!(
            "Điểm dự kiến tăng {}, trong đó có nguy cơ mất khi thẩm định {} (= Σ (1 − độ tin cậy) × điểm tăng)",
            gain.vi(),
            at_risk.vi()
        ),
        Lang::En => format!(
            "Planned gain {}, of which at risk on appraisal {} (= Σ (1 − confidence) × gain)",
            gain.en(),
            at_risk.en()
        ),
    };
    let heading = lang.pick(
        "DANH MỤC TÀI LIỆU KIỂM CHỨNG — TỔNG HỢP THEO ĐƠN VỊ CHỦ TRÌ",
        "EVIDENCE CHECKLIST — BY LEAD AGENCY",
    );
    title_rows(sheet, context, heading, &totals, styles, lang)?;
    let titles = match lang {
        Lang::Vi => [
            "STT",
            "Đơn vị chủ trì",
            "Số tiêu chí",
            "Điểm dự kiến tăng",
            "Điểm có nguy cơ mất",
            "Tài liệu còn thiếu",
            "Trang tính",
        ],
        Lang::En => [
            "No.",
            "Lead agency",
            "Items",
            "Planned gain",
            "Points at risk",
            "Documents outstanding",
            "Sheet",
        ],
    };
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(HEADING_ROW, col as u16, *title, &styles.heading)?;
    }
    sheet.set_row_height(HEADING_ROW, 2.0 * LINE + 4.0)?;
    for (col, width) in [5, 60, 10, 12, 12, 12, 32].iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    for (k, (agency, name)) in agencies.iter().zip(names).enumerate() {
        let r = HEADING_ROW + 1 + k as u32;
        let lead = agency.lead.as_deref().unwrap_or(unassigned(lang));
        sheet.write_number_with_format(r, 0, k as f64 + 1.0, &styles.center)?;
        sheet.write_string_with_format(r, 1, lead, &styles.text)?;
        sheet.write_number_with_format(r, 2, agency.items.len() as f64, &styles.center)?;
        sheet.write_number_with_format(r, 3, agency.gain.to_f64(), &styles.points)?;
        sheet.write_number_with_format(r, 4, agency.at_risk.to_f64(), &styles.points)?;
        sheet.write_number_with_format(r, 5, agency.outstanding as f64, &styles.center)?;
        sheet.write_string_with_format(r, 6, name, &styles.text)?;
        sheet.set_row_height(r, lines(lead, 60).max(lines(name, 32)) * LINE + 3.0)?;
    }
    print_setup(sheet, HEADING_ROW, lang)
}

fn agency_sheet(
    sheet: &mut Worksheet,
    context: &ChecklistContext<'_>,
    agency: &AgencyChecklist,
    name: &str,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let lead = agency.lead.as_deref().unwrap_or(unassigned(lang));
    let heading = match lang {
        Lang::Vi => format!("DANH MỤC TÀI LIỆU KIỂM CHỨNG — {lead}"),
        Lang::En => format!("EVIDENCE CHECKLIST — {lead}"),
    };
    let totals = match lang {
        Lang::Vi => format!(
            "{} tiêu chí; điểm dự kiến tăng {}; điểm có nguy cơ mất khi thẩm định {}; tài liệu còn thiếu hoặc chưa khai báo: {}. Xếp theo điểm có nguy cơ mất, lớn trước.",
            agency.items.len(),
            agency.gain.vi(),
            agency.at_risk.vi(),
            agency.outstanding
        ),
        Lang::En => format!(
            "{} items; planned gain {}; points at risk on appraisal {}; documents outstanding or not listed: {}. Most points at risk first.",
            agency.items.len(),
            agency.gain.en(),
            agency.at_risk.en(),
            agency.outstanding
        ),
    };
    title_rows(sheet, context, &heading, &totals, styles, lang)?;
    let titles = match lang {
        Lang::Vi => [
            "STT",
            "Mã",
            "Tiêu chí",
            "Nhiệm vụ, thời hạn",
            "Điểm dự kiến tăng",
            "Độ tin cậy",
            "Điểm có nguy cơ mất",
            "Tài liệu kiểm chứng",
            "Số, ký hiệu, ngày ban hành",
            "Tình trạng",
            "Đường dẫn tệp",
        ],
        Lang::En => [
            "No.",
            "Code",
            "Criterion",
            "Task, deadline",
            "Planned gain",
            "Confidence",
            "Points at risk",
            "Document",
            "Number, date",
            "State",
            "File or link",
        ],
    };
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(HEADING_ROW, col as u16, *title, &styles.heading)?;
    }
    sheet.set_row_height(HEADING_ROW, 3.0 * LINE + 4.0)?;
    for (col, width) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let mut row = HEADING_ROW + 1;
    for (k, item) in agency.items.iter().enumerate() {
        row = item_rows(sheet, row, k + 1, item, styles, lang)?;
    }
    print_setup(sheet, HEADING_ROW, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Points;

    fn agency(lead: &str) -> AgencyChecklist {
        AgencyChecklist {
            lead: Some(lead.to_string()),
            gain: Points::ZERO,
            at_risk: Points::ZERO,
            outstanding: 0,
            items: Vec::new(),
        }
    }

    #[test]
    fn sheet_names_fit_excel_and_stay_unique() {
        let long = "Các sở, ban, ngành tỉnh và UBND cấp huyện; cấp xã, cá nhân, tổ chức";
        let names = sheet_names(
            &[agency(long), agency(long), agency("Sở A/B: [x]")],
            Lang::Vi,
        );
        assert!(names.iter().all(|n| n.chars().count() <= 31), "{names:?}");
        assert_ne!(names[0], names[1]);
        assert_eq!(names[2], "Sở A-B- -x-");
        assert!(names[0].starts_with("Các sở, ban, ngành tỉnh"));
    }
}

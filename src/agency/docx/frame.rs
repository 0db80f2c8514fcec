//! The parts of an administrative report that frame its body, as Nghị định 30/2020/NĐ-CP lays
//! them out: the header block in two borderless columns (issuing body and number on the left,
//! the national name and motto with the place and date on the right), the title and subject,
//! and at the end "Nơi nhận" beside the signature block.

use docx_rs::{AlignmentType, LineSpacing, Paragraph, Table, TableRow};

use super::text::{Style, cell, centred, mm, short_rule};

/// The width the text runs in: A4 (210 mm) less the 30 mm and 15 mm side margins.
pub const TEXT_WIDTH: usize = 9355;
const LEFT: usize = 3700;
const RIGHT: usize = TEXT_WIDTH - LEFT;

/// What the header block says.
pub struct Masthead<'a> {
    /// "UBND TỈNH BẾN TRE": the body above the issuer.
    pub parent: &'a str,
    /// "SỞ NỘI VỤ".
    pub issuer: &'a str,
    /// "Số:       /BC-SNV".
    pub number: &'a str,
    /// "Bến Tre, ngày … tháng … năm 2031".
    pub place_date: &'a str,
}

/// The header block: a borderless two-column table.
pub fn masthead(m: &Masthead) -> Table {
    let left_top = vec![
        centred(m.parent, Style::of(13)),
        centred(m.issuer, Style::of(13).bold()),
        // A third of the column's width, centred under the issuer.
        short_rule(mm(22.0)),
    ];
    let right_top = vec![
        centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style::of(12).bold()),
        centred(
            "Độc lập - Tự do - Hạnh phúc",
            Style::of(13).bold().underline(),
        ),
    ];
    let number =
        vec![centred(m.number, Style::of(13)).line_spacing(LineSpacing::new().before(120))];
    let date = vec![
        centred(m.place_date, Style::of(14).italic()).line_spacing(LineSpacing::new().before(120)),
    ];
    Table::without_borders(vec![
        TableRow::new(vec![cell(left_top, LEFT), cell(right_top, RIGHT)]),
        TableRow::new(vec![cell(number, LEFT), cell(date, RIGHT)]),
    ])
    .set_grid(vec![LEFT, RIGHT])
    .width(TEXT_WIDTH, docx_rs::WidthType::Dxa)
}

/// "BÁO CÁO", its subject in bold, and the short rule under it.
pub fn title(subject: &str) -> Vec<Paragraph> {
    vec![
        centred("BÁO CÁO", Style::of(14).bold()).line_spacing(LineSpacing::new().before(360)),
        centred(subject, Style::of(14).bold()),
        short_rule(mm(60.0)),
        Paragraph::new(),
    ]
}

/// "Nơi nhận" on the left and the signature block on the right, in a borderless table.
pub fn closing(recipients: &[String], signer_title: &str) -> Table {
    let mut left = vec![
        Paragraph::new()
            .add_run(Style::of(12).bold().italic().run("Nơi nhận:"))
            .line_spacing(LineSpacing::new().before(120).after(0)),
    ];
    for line in recipients {
        left.push(
            Paragraph::new()
                .add_run(Style::of(11).run(line))
                .line_spacing(LineSpacing::new().before(0).after(0)),
        );
    }
    let right = vec![
        centred(signer_title, Style::of(14).bold()).line_spacing(LineSpacing::new().before(120)),
        centred("(Ký tên, đóng dấu)", Style::of(14).italic()),
        Paragraph::new(),
        Paragraph::new(),
        Paragraph::new(),
        centred("[Họ và tên người ký]", Style::of(14).bold()).align(AlignmentType::Center),
    ];
    let half = TEXT_WIDTH / 2;
    Table::without_borders(vec![TableRow::new(vec![
        cell(left, half).vertical_align(docx_rs::VAlignType::Top),
        cell(right, TEXT_WIDTH - half).vertical_align(docx_rs::VAlignType::Top),
    ])])
    .set_grid(vec![half, TEXT_WIDTH - half])
    .width(TEXT_WIDTH, docx_rs::WidthType::Dxa)
}

//! The report's typography in one place: Times New Roman, sizes in points, body paragraphs
//! justified with a first-line indent, as Nghị định 30/2020/NĐ-CP sets out for administrative
//! documents.

use docx_rs::{
    AlignmentType, BorderType, LineSpacing, LineSpacingType, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType, TableCell,
    VAlignType, WidthType,
};

pub const FONT: &str = "Times New Roman";

/// Twips per millimetre (1 inch = 1440 twips = 25.4 mm).
pub fn mm(millimetres: f64) -> i32 {
    (millimetres * 1440.0 / 25.4).round() as i32
}

pub fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT)
}

/// A run of text at `points` size.
pub fn run(text: &str, points: usize) -> Run {
    Run::new().add_text(text).size(points * 2).fonts(fonts())
}

/// How a line of text is set.
#[derive(Clone, Copy, Default)]
pub struct Style {
    pub size: usize,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
}

impl Style {
    pub const fn of(size: usize) -> Self {
        Style {
            size,
            bold: false,
            italic: false,
            underline: false,
        }
    }

    pub const fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    pub const fn italic(mut self) -> Self {
        self.italic = true;
        self
    }

    pub const fn underline(mut self) -> Self {
        self.underline = true;
        self
    }

    pub fn run(self, text: &str) -> Run {
        let mut r = run(text, self.size);
        if self.bold {
            r = r.bold();
        }
        if self.italic {
            r = r.italic();
        }
        if self.underline {
            r = r.underline("single");
        }
        r
    }
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(276)
        .line_rule(LineSpacingType::Auto)
}

/// A centred line with no space around it (the header block, titles, signatures).
pub fn centred(text: &str, style: Style) -> Paragraph {
    Paragraph::new()
        .add_run(style.run(text))
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

/// A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt after.
pub fn body(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14))
        .align(AlignmentType::Both)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(12.7))),
            None,
            None,
        )
        .line_spacing(spacing(0, 120))
}

/// A heading: bold, with the same indent as the body, as reports number their parts.
pub fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Style::of(14).bold().run(text))
        .align(AlignmentType::Both)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(12.7))),
            None,
            None,
        )
        .line_spacing(spacing(120, 120))
        .keep_next(true)
}

/// A place the officer must write: bracketed, italic and highlighted so it cannot be missed
/// and is easy to find in Word.
pub fn placeholder(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(
            Style::of(14)
                .italic()
                .run(&format!("[{text}]"))
                .highlight("yellow"),
        )
        .align(AlignmentType::Both)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(12.7))),
            None,
            None,
        )
        .line_spacing(spacing(0, 120))
}

/// A short centred rule: the line under the issuing body's name and under the subject, made
/// as the bottom border of an empty paragraph indented from both sides.
pub fn short_rule(inset: i32) -> Paragraph {
    let mut p = Paragraph::new()
        .indent(Some(inset), None, Some(inset), None)
        .line_spacing(LineSpacing::new().before(0).after(60).line(120));
    let border = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .val(BorderType::Single)
        .size(6)
        .color("000000");
    p.property = p
        .property
        .set_borders(ParagraphBorders::with_empty().set(border));
    p
}

/// A table cell of paragraphs, `width` twips wide, vertically centred.
pub fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
}

/// A table cell with one line of text at 12 pt.
pub fn text_cell(text: &str, width: usize, align: AlignmentType, bold: bool) -> TableCell {
    let style = if bold {
        Style::of(12).bold()
    } else {
        Style::of(12)
    };
    let p = Paragraph::new()
        .add_run(style.run(text))
        .align(align)
        .line_spacing(LineSpacing::new().before(20).after(20));
    cell(vec![p], width)
}

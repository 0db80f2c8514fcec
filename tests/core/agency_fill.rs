//! The agency's side of the loop, scripted: a clerk opens the task sheet, types statuses in
//! their own words, dates as text or as Excel dates, adds a comment column, re-sorts the rows,
//! and saves. Read with calamine, rewritten with `rust_xlsxwriter` (the key sheet copied as is).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use parindex::agency::{HEADER_ROW, KEY_SHEET, TASK_SHEET};
use rust_xlsxwriter::{Format, Workbook};

/// What the clerk writes in a date cell.
#[derive(Clone, Debug)]
pub enum Day {
    /// Left as it was.
    Keep,
    /// Typed as text, e.g. "30/9/2020".
    Text(&'static str),
    /// An Excel serial with a date format, as Excel stores a date it recognised.
    Serial(f64),
}

/// One row the clerk fills.
#[derive(Clone, Debug)]
pub struct Fill {
    pub code: &'static str,
    pub status: &'static str,
    pub done: Day,
    pub result: &'static str,
    pub evidence: &'static str,
}

impl Fill {
    pub fn status(code: &'static str, status: &'static str) -> Self {
        Fill {
            code,
            status,
            done: Day::Keep,
            result: "",
            evidence: "",
        }
    }
}

/// How the clerk treats the sheet besides filling it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Habits {
    /// Rows in reverse order.
    pub resort: bool,
    /// A "Ghi chú của đơn vị" column inserted after the status column.
    pub comment_column: bool,
}

fn text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The sheet's cells as (row, col, value) of the task sheet and the key sheet.
pub fn read(bytes: &[u8]) -> (Vec<Vec<Data>>, Vec<Vec<String>>) {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let form = book.worksheet_range(TASK_SHEET).unwrap();
    let key = book.worksheet_range(KEY_SHEET).unwrap();
    let form_rows = form.rows().map(<[Data]>::to_vec).collect();
    let key_rows = key.rows().map(|r| r.iter().map(text).collect()).collect();
    (form_rows, key_rows)
}

/// The sheet as the clerk returns it.
pub fn fill(bytes: &[u8], fills: &[Fill], habits: Habits) -> Vec<u8> {
    let (rows, key) = read(bytes);
    let header = HEADER_ROW as usize;
    let status_col = 7;
    let (top, rest) = rows.split_at(header + 1);
    let mut items: Vec<Vec<Data>> = rest
        .iter()
        .filter(|r| {
            let code = r.first().map(text).unwrap_or_default();
            !code.is_empty() && code.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
        .cloned()
        .collect();
    if habits.resort {
        items.reverse();
    }
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(TASK_SHEET).unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let shift = |c: usize| {
        if habits.comment_column && c > status_col {
            c + 1
        } else {
            c
        }
    };
    for (r, row) in top.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let t = text(cell);
            if !t.is_empty() {
                sheet.write_string(r as u32, shift(c) as u16, t).unwrap();
            }
        }
    }
    if habits.comment_column {
        sheet
            .write_string(header as u32, (status_col + 1) as u16, "Ghi chú của đơn vị")
            .unwrap();
    }
    for (i, row) in items.iter().enumerate() {
        let r = (header + 1 + i) as u32;
        let code = text(&row[0]);
        let edit = fills.iter().find(|f| f.code == code);
        for (c, cell) in row.iter().enumerate() {
            let col = shift(c) as u16;
            match (c, edit) {
                (7, Some(f)) => {
                    sheet.write_string(r, col, f.status).unwrap();
                }
                (8, Some(f)) => match f.done {
                    Day::Keep => {}
                    Day::Text(t) => {
                        sheet.write_string(r, col, t).unwrap();
                    }
                    Day::Serial(s) => {
                        sheet.write_number_with_format(r, col, s, &date).unwrap();
                    }
                },
                (9, Some(f)) if !f.result.is_empty() => {
                    sheet.write_string(r, col, f.result).unwrap();
                }
                (10, Some(f)) if !f.evidence.is_empty() => {
                    sheet.write_string(r, col, f.evidence).unwrap();
                }
                _ => match cell {
                    Data::Float(v) => {
                        sheet.write_number(r, col, *v).unwrap();
                    }
                    Data::DateTime(d) => {
                        sheet
                            .write_number_with_format(r, col, d.as_f64(), &date)
                            .unwrap();
                    }
                    other => {
                        let t = text(other);
                        if !t.is_empty() {
                            sheet.write_string(r, col, t).unwrap();
                        }
                    }
                },
            }
        }
        if habits.comment_column {
            sheet
                .write_string(r, (status_col + 1) as u16, "đơn vị đã rà soát")
                .unwrap();
        }
    }
    let hidden = book.add_worksheet();
    hidden.set_name(KEY_SHEET).unwrap();
    for (r, row) in key.iter().enumerate() {
        for (c, t) in row.iter().enumerate() {
            if !t.is_empty() {
                hidden.write_string(r as u32, c as u16, t).unwrap();
            }
        }
    }
    hidden.set_hidden(true);
    book.save_to_buffer().unwrap()
}

/// The same sheet with one key cell changed, as a clerk who found the hidden sheet might.
pub fn edit_key(bytes: &[u8], row: usize, col: usize, value: &str) -> Vec<u8> {
    let (rows, mut key) = read(bytes);
    key[row][col] = value.to_string();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(TASK_SHEET).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let t = text(cell);
            if !t.is_empty() {
                sheet.write_string(r as u32, c as u16, t).unwrap();
            }
        }
    }
    let hidden = book.add_worksheet();
    hidden.set_name(KEY_SHEET).unwrap();
    for (r, row) in key.iter().enumerate() {
        for (c, t) in row.iter().enumerate() {
            hidden.write_string(r as u32, c as u16, t).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

//! Table exports of the seed: XLSX read back with calamine, CSV with its BOM.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use calamine::{Data, Reader, Xlsx, open_workbook};
use parindex::engine::Session;
use parindex::export::{self, Lang, Scene};
use parindex::io;
use parindex::model::Points;

fn seed() -> Session {
    Session::new(io::embedded_scorecard().unwrap())
}

#[test]
fn xlsx_holds_the_seed_figures_and_live_total_formulas() {
    let session = seed();
    let analysis = session.analysis();
    let xlsx = export::table_xlsx(Scene::new(&session, None), Lang::Vi).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    std::fs::write(&path, xlsx).unwrap();
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Bảng điểm", "Tổng hợp lĩnh vực", "Thông tin"]
    );

    let tree = book.worksheet_range("Bảng điểm").unwrap();
    // A header, a row per node, the self-assessment total and the index.
    assert_eq!(tree.height(), analysis.nodes.len() + 3);
    let find = |code: &str| {
        (0..tree.height())
            .find(|&r| tree.get((r, 0)) == Some(&Data::String(code.into())))
            .unwrap()
    };
    // 6.1.3 lost 1 of 1 point; its lead is 6.1's, Sở Tài chính (seed appendix), written once
    // on 6.1's row in cells merged down over 6.1.1 and 6.1.3, as the appendix writes it.
    let r = find("6.1.3");
    assert_eq!(tree.get((r, 2)), Some(&Data::Float(1.0)));
    assert_eq!(tree.get((r, 5)), Some(&Data::Float(1.0)));
    let owner = find("6.1");
    assert_eq!(
        tree.get((owner, 10)),
        Some(&Data::String("Sở Tài chính".into()))
    );
    let merges = book.merge_cells_by_sheet_name("Bảng điểm").unwrap();
    for col in 10..=14 {
        assert!(
            merges
                .iter()
                .any(|m| m.start == (owner as u32, col) && m.end == (r as u32, col)),
            "{col}: {merges:?}"
        );
    }
    let r = find("LV6");
    assert_eq!(tree.get((r, 5)), Some(&Data::Float(3.059)));
    // 6.1: published 0,941, used 1,941, with the reason beside it.
    let r = find("6.1");
    assert_eq!(tree.get((r, 3)), Some(&Data::Float(0.941)));
    assert_eq!(tree.get((r, 4)), Some(&Data::Float(1.941)));
    let note = tree.get((r, 9)).unwrap().to_string();
    assert!(
        note.starts_with("† 6.1: công bố 0,941, tính với 1,941"),
        "{note}"
    );
    // 5.7 is blank in the source: no published value, 0,75 used.
    let r = find("5.7");
    assert_eq!(tree.get((r, 3)), Some(&Data::Empty));
    assert_eq!(tree.get((r, 4)), Some(&Data::Float(0.75)));
    // The totals: 53,2895 of 66,5 and the index 79,68 of 100.
    let last = tree.height() - 1;
    assert_eq!(tree.get((last - 1, 4)), Some(&Data::Float(53.2895)));
    assert_eq!(tree.get((last, 4)), Some(&Data::Float(79.68)));
    assert_eq!(tree.get((last, 2)), Some(&Data::Float(100.0)));

    let totals = book.worksheet_range("Tổng hợp lĩnh vực").unwrap();
    let scores: Vec<f64> = (1..=8)
        .map(|r| match totals.get((r, 3)) {
            Some(Data::Float(v)) => *v,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(scores, [6.0, 8.71, 12.42, 8.57, 11.35, 8.63, 11.21, 12.79]);
    assert_eq!(totals.get((9, 3)), Some(&Data::Float(79.68)));
    assert_eq!(totals.get((9, 4)), Some(&Data::Float(20.32)));
    // What the card is, on its own sheet, for a reader and for `parindex import`.
    let info = book.worksheet_range("Thông tin").unwrap();
    assert_eq!(
        info.get((0, 1)),
        Some(&Data::String("UBND tỉnh Tiền Giang".into()))
    );
    assert_eq!(info.get((1, 1)), Some(&Data::Float(2019.0)));
    assert_eq!(info.get((4, 1)), Some(&Data::Float(79.68)));
    assert_eq!(info.get((5, 1)), Some(&Data::String("48/63".into())));
    let formulas = book.worksheet_formula("Tổng hợp lĩnh vực").unwrap();
    let all: Vec<&String> = formulas.used_cells().map(|(_, _, f)| f).collect();
    assert!(all.iter().any(|f| f.contains("SUM(D2:D9)")), "{all:?}");
    assert!(all.iter().any(|f| f.contains("C2-D2")), "{all:?}");
}

#[test]
fn csv_starts_with_a_bom_and_round_trips_the_figures() {
    let session = seed();
    let analysis = session.analysis();
    let bytes = export::table_csv(Scene::new(&session, None), Lang::Vi).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let rows = parse_csv(text);
    assert_eq!(rows.len(), analysis.nodes.len() + 3);
    assert_eq!(rows[0][0], "Mã");
    assert_eq!(rows[0][3], "Điểm công bố 2019");
    for (row, node) in rows[1..].iter().zip(&analysis.nodes) {
        let plan = node
            .plan_owner
            .and_then(|o| analysis.nodes[o].plan.as_ref());
        assert_eq!(row[1], node.name);
        assert_eq!(Points::parse(&row[2]).unwrap(), node.max);
        assert_eq!(Points::parse(&row[4]).unwrap(), node.base);
        assert_eq!(Points::parse(&row[5]).unwrap(), node.lost());
        assert_eq!(row[10], plan.map_or("", |p| p.lead.as_str()));
    }
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => field.push(c),
        }
    }
    rows
}

//! The report to the People's Committee (DOCX) and the agencies' scoreboard, on the seed with
//! two agencies' sheets merged: the DOCX read back finds the title, the index and the agency
//! table's figures; the scoreboard counts items and reports against their dates.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use parindex::agency::{ReportOptions, merge_edit, preview_merge, report_docx, scoreboard};
use parindex::engine::Session;
use parindex::model::Points;

use crate::agency_loop::{date, finance_filled, home_affairs_filled, meta, pts, session, sheets};

/// The seed with Sở Tài chính's sheet received on 05/10 (due 07/10) and Sở Nội vụ's on
/// 09/10, late.
fn merged() -> Session {
    let mut s = session();
    let sheets = sheets(&s);
    let finance = [finance_filled(&sheets)];
    let preview = preview_merge(&s, &finance);
    s.apply(merge_edit(&s, &preview, &BTreeMap::new(), &meta("2020-10-05")).unwrap());
    let home = [home_affairs_filled(&sheets)];
    let preview = preview_merge(&s, &home);
    s.apply(merge_edit(&s, &preview, &BTreeMap::new(), &meta("2020-10-09")).unwrap());
    s
}

/// The text of every `<w:t>` of word/document.xml, joined by spaces per paragraph.
fn document_text(docx: &[u8]) -> (String, zip::ZipArchive<Cursor<Vec<u8>>>) {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx.to_vec())).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut text = String::new();
    for part in xml.split("<w:t").skip(1) {
        // `<w:t>` or `<w:t xml:space=…>`, not `<w:tbl>`, `<w:tc>`, `<w:tr>`…
        if !(part.starts_with('>') || part.starts_with(' ')) {
            continue;
        }
        let Some(start) = part.find('>') else {
            continue;
        };
        let body = &part[start + 1..];
        let end = body.find("</w:t>").unwrap_or(0);
        text.push_str(&body[..end]);
        text.push(' ');
    }
    (text.replace("&amp;", "&").replace("&quot;", "\""), archive)
}

#[test]
fn the_report_reads_back_with_its_title_index_and_agency_figures() {
    let s = merged();
    let options = ReportOptions {
        period: "Quý III/2020".into(),
        as_of: date("2020-09-30"),
        scenario: "Tiến độ quý III".into(),
        number: String::new(),
    };
    let bytes = report_docx(&s, &options).unwrap();
    let (text, mut archive) = document_text(&bytes);
    for expected in [
        "UBND TỈNH TIỀN GIANG",
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tiền Giang, ngày",
        "BÁO CÁO",
        "Kế hoạch 180/KH-UBND ngày 10/7/2020",
        "Quý III/2020",
        // The index of 2019 and its rank, from the published summary.
        "79,68/100",
        "xếp hạng 48/63",
        // What the done items secure: 79.68 + 2.559 (see agency_loop.rs).
        "82,239",
        "Nơi nhận:",
        "GIÁM ĐỐC",
    ] {
        assert!(text.contains(expected), "{expected:?} not in the report");
    }
    // The agency table: Sở Tài chính leads 3 items, 1 done, 1 in progress, 1 not started,
    // none overdue on 30/09, and has won back 1.059 of its 3.059 (6.1's 1.059 + 6.2's 1 +
    // 6.3's 1).
    let row = text.split("Sở Tài chính").nth(1).unwrap();
    assert!(row.starts_with(" 3 1 1 1 0 1,059 / 3,059 "), "{row:.60}");
    // Sở Nội vụ: 7 items, 2 done (4.1, 5.1), 1 in progress (1.3), 4 not started; 1.5 won back.
    let row = text
        .split("Sở Nội vụ")
        .find(|r| r.starts_with(" 7 "))
        .unwrap();
    assert!(row.starts_with(" 7 2 1 4 0 1,5 / "), "{row:.60}");
    // The two charts are pictures in the package.
    let pictures = (0..archive.len())
        .filter(|&i| {
            let name = archive.by_index(i).unwrap().name().unwrap().to_string();
            name.starts_with("word/media/")
                && std::path::Path::new(&name)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("png"))
        })
        .count();
    assert_eq!(pictures, 2);
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    // A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm (twips).
    assert!(xml.contains(r#"w:w="11906""#) && xml.contains(r#"w:h="16838""#));
    assert!(xml.contains(r#"w:left="1701""#) && xml.contains(r#"w:right="850""#));
    assert!(xml.contains(r#"w:top="1134""#) && xml.contains(r#"w:bottom="1134""#));
    assert!(xml.contains("Times New Roman"));
}

#[test]
fn the_scoreboard_counts_items_and_reports_against_their_dates() {
    let s = merged();
    let board = scoreboard(&s, date("2020-10-10"));
    let finance = board
        .agencies
        .iter()
        .find(|a| a.agency == "Sở Tài chính")
        .unwrap();
    assert_eq!(
        (
            finance.items,
            finance.done_on_time,
            finance.done_late,
            finance.not_done
        ),
        (3, 1, 0, 2)
    );
    assert_eq!(
        (finance.at_stake, finance.recovered),
        (pts("3.059"), pts("1.059"))
    );
    assert_eq!(
        (
            finance.reports_expected,
            finance.reports_on_time,
            finance.reports_late
        ),
        (1, 1, 0)
    );
    // 40 × 1/3 + 40 × 1.059/3.059 + 20 × 1/1 = 13.3333 + 13.8477 + 20.
    assert_eq!(finance.score, pts("47.181"));
    let home = board
        .agencies
        .iter()
        .find(|a| a.agency == "Sở Nội vụ")
        .unwrap();
    // 4.1 done 25/09 and 5.1 done 28/09, both due 30/09: on time. Report received 09/10,
    // due 07/10: late.
    assert_eq!(
        (home.done_on_time, home.done_late, home.not_done),
        (2, 0, 5)
    );
    assert_eq!((home.reports_on_time, home.reports_late), (0, 1));
    // Sở Tư pháp returned nothing for the round due 07/10: one report expected, none back.
    let justice = board
        .agencies
        .iter()
        .find(|a| a.agency == "Sở Tư pháp")
        .unwrap();
    assert_eq!((justice.reports_expected, justice.reports_on_time), (1, 0));
    // Nothing at stake (LV2 at full marks) and nothing done: the points part is 0; no report.
    assert_eq!(justice.score, Points::ZERO);
    assert_eq!(finance.rank, 1);
}

#[test]
fn the_scoreboard_follows_the_scenarios_rule() {
    let mut s = merged();
    let mut changes = s.changes().clone();
    changes.score_rule.reports_on_time = Points::ZERO;
    s = Session::with_changes(s.card().clone(), changes);
    let board = scoreboard(&s, date("2020-10-10"));
    let finance = board
        .agencies
        .iter()
        .find(|a| a.agency == "Sở Tài chính")
        .unwrap();
    assert_eq!(finance.score, pts("27.181"));
    // 40 + 40 + the larger of the two report weights (0 on time, 10 late).
    assert_eq!(board.rule.max(), pts("90"));
}

#[test]
fn the_merge_log_and_the_rule_round_trip_through_a_scenario_file() {
    let s = merged();
    let mut changes = s.changes().clone();
    changes.score_rule.reports_on_time = pts("30");
    let scenario =
        parindex::io::new_scenario("Tiến độ", s.card().clone(), changes.clone()).unwrap();
    let text = parindex::io::scenario_to_string(&scenario).unwrap();
    // A rule that differs from the default is written whole, so the file states it.
    assert!(text.contains("score_rule: ScoreRule("));
    assert!(text.contains("reports_on_time: 30.0"));
    assert!(text.contains(r#"file: "Sở Tài chính.xlsx""#));
    let back = parindex::io::parse_scenario(&text, &parindex::io::Origin::Stdin).unwrap();
    assert_eq!(back.changes, changes);
}

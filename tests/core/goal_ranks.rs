//! Ranks: exact against a full table, a range against the shipped partial one, a target rank as
//! the index that guarantees it, and results files with bad cells refused where they stand.
//!
//! The shipped 2019 table lists ranks 1–5 (Quảng Ninh 90.09 … Long An 84.33), 11 An Giang
//! 83.32, 15 Lào Cai 82.85, 17 Bình Dương 82.30, 44 Tây Ninh 80.05, 48 Tiền Giang 79.68 and
//! 63 Bến Tre 73.87 (QĐ 330/QĐ-BNV ngày 13/5/2020).

use parindex::engine::Analysis;
use parindex::engine::goal::{Aim, Others, Request, Standing, seek};
use parindex::io;
use parindex::model::{Changes, Points};

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

fn seed() -> Analysis {
    Analysis::new(&io::embedded_scorecard().unwrap())
}

fn standing(analysis: &Analysis, others: Others) -> Standing {
    let results = io::embedded_results().unwrap();
    Standing::new(&results, analysis, others).unwrap().unwrap()
}

#[test]
fn the_shipped_table_holds_the_published_rows_with_their_sources() {
    let results = io::embedded_results().unwrap();
    let units: Vec<_> = results.units(2019).collect();
    assert_eq!(units.len(), 11);
    let quang_ninh = units.iter().find(|r| r.unit == "Quảng Ninh").unwrap();
    assert_eq!((quang_ninh.total, quang_ninh.rank), (pts("90.09"), Some(1)));
    assert!(
        units
            .iter()
            .all(|r| r.source.contains("QĐ 330/QĐ-BNV ngày 13/5/2020"))
    );
    assert_eq!(results.average(2019).unwrap().total, pts("81.15"));
    assert_eq!(results.average(2020).unwrap().total, pts("83.72"));
}

#[test]
fn the_baseline_ranks_48th_exactly_even_against_the_partial_table() {
    // Positions 45–47 are unlisted but ranked above 48th, so strictly above 79.68; 49–62 are at
    // most 79.68. So 47 units are above and none can tie: 48th.
    let analysis = seed();
    let rank = standing(&analysis, Others::AsPublished).rank_of(pts("79.68"));
    assert_eq!((rank.best, rank.worst, rank.of), (48, 48, 63));
    assert_eq!(rank.vi(), "hạng 48/63");
}

#[test]
fn an_index_between_listed_units_gets_a_range_never_a_single_guess() {
    // 81.18 is below rank 17's 82.30 and above rank 44's 80.05: 18–44.
    let analysis = seed();
    let rank = standing(&analysis, Others::AsPublished).rank_of(pts("81.18"));
    assert_eq!((rank.best, rank.worst), (18, 44));
    assert_eq!(rank.vi(), "hạng 18–44/63");
    assert_eq!(
        serde_json::to_value(rank).unwrap(),
        serde_json::json!([18, 44])
    );
    // 85.18 beats everyone listed but Quảng Ninh, and everyone unlisted is below 84.33: 2nd.
    let rank = standing(&analysis, Others::AsPublished).rank_of(pts("85.18"));
    assert_eq!((rank.best, rank.worst), (2, 2));
    assert_eq!(serde_json::to_value(rank).unwrap(), serde_json::json!(2));
}

#[test]
fn a_target_rank_against_the_partial_table_is_the_index_that_guarantees_it() {
    // Rank 30 or better: the 26 unlisted units between 82.30 and 80.05 may all be just under
    // 82.30, so only 82.30 guarantees it (tying Bình Dương at 17th).
    let analysis = seed();
    let aim = standing(&analysis, Others::AsPublished)
        .index_for(30)
        .unwrap();
    assert_eq!(aim.index, pts("82.3"));
    assert!(!aim.exact);
    // Rank 1 needs Quảng Ninh's 90.09 (a tie shares first place).
    assert_eq!(
        standing(&analysis, Others::AsPublished)
            .index_for(1)
            .unwrap()
            .index,
        pts("90.09")
    );
    assert!(
        standing(&analysis, Others::AsPublished)
            .index_for(64)
            .is_err()
    );

    let results = io::embedded_results().unwrap();
    let request = Request {
        aim: Some(Aim::Rank(30)),
        budget: None,
        results: Some(&results),
        others: Others::AsPublished,
    };
    let answer = seek(&analysis, &Changes::default(), &request).unwrap();
    assert_eq!(answer.target, Some(pts("82.3")));
    assert!(!answer.target_rank.unwrap().exact);
    // Need 2.62: 1.5 + 1 = 2.5 is short, three fixes give 3.5 → 83.18, between An Giang's
    // 83.32 (11th) and Lào Cai's 82.85 (15th): 12–15.
    assert_eq!(answer.fixes.len(), 3);
    assert_eq!(answer.projected_total, pts("83.18"));
    let rank = answer.projected_rank.unwrap();
    assert_eq!((rank.best, rank.worst), (12, 15));
}

#[test]
fn others_improving_by_the_national_average_shifts_every_other_unit_by_2_57() {
    // 81.15 → 83.72: every other unit +2.57, so X ranks as X − 2.57 would among the published.
    let analysis = seed();
    let moved = standing(&analysis, Others::AverageChange);
    let still = standing(&analysis, Others::AsPublished);
    for x in ["79.68", "83.75", "85.18", "88"] {
        let a = moved.rank_of(pts(x));
        let b = still.rank_of(pts(x) - pts("2.57"));
        assert_eq!((a.best, a.worst), (b.best, b.worst), "{x}");
        assert_eq!(a.shift, pts("2.57"));
    }
}

#[test]
fn a_full_table_gives_exact_ranks_and_exact_targets() {
    let text = "Tỉnh,Chỉ số,Xếp hạng\nA,88.5,1\nB,84,2\nThử,80,3\nC,80,3\nD,79.99,5\n";
    let results = io::parse_results_csv(text, "full.csv", 2019).unwrap();
    let card = parindex::generate::scorecard(parindex::generate::Spec {
        items: 30,
        depth: 2,
        seed: 3,
        year: 2019,
    });
    let mut card = card;
    card.unit = "UBND tỉnh Thử".to_string();
    card.published = Some(parindex::model::Published {
        total: pts("80"),
        rank: Some(3),
        of: Some(5),
    });
    let analysis = Analysis::new(&card);
    let s = Standing::new(&results, &analysis, Others::AsPublished)
        .unwrap()
        .unwrap();
    assert!(s.is_full());
    // Others: 88.5, 84, 80 (C), 79.99. At 80 only A and B are above: 3rd (tied with C).
    let r = s.rank_of(pts("80"));
    assert_eq!((r.best, r.worst), (3, 3));
    let r = s.rank_of(pts("84.0001"));
    assert_eq!((r.best, r.worst), (2, 2));
    let aim = s.index_for(2).unwrap();
    assert_eq!((aim.index, aim.exact), (pts("84"), true));
}

#[test]
fn a_bad_number_in_a_results_csv_is_refused_at_its_line_and_column() {
    let text = "Đơn vị;Chỉ số;Xếp hạng\nQuảng Ninh;90,09;1\nHà Nội;tám mươi;2\n";
    let err = io::parse_results_csv(text, "ket-qua.csv", 2019)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("ket-qua.csv:3:2: cột \"Chỉ số\""), "{err}");
    assert!(
        err.contains("tám mươi") && err.contains("expected a non-negative score"),
        "{err}"
    );
    let text = "Đơn vị,Chỉ số,Xếp hạng\nQuảng Ninh,90.09,nhất\n";
    let err = io::parse_results_csv(text, "k.csv", 2019)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("k.csv:2:3"), "{err}");
    let err = io::parse_results_csv("a,b\n1,2\n", "k.csv", 2019)
        .unwrap_err()
        .to_string();
    assert!(err.contains("no header row"), "{err}");
}

#[test]
fn a_bad_number_in_a_results_workbook_is_refused_at_its_cell() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("KQ2019").unwrap();
    sheet.write_string(0, 0, "Chỉ số CCHC năm 2019").unwrap();
    for (col, h) in ["STT", "Tỉnh, thành phố", "Chỉ số", "Xếp hạng"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, col as u16, *h).unwrap();
    }
    sheet.write_number(3, 0, 1).unwrap();
    sheet.write_string(3, 1, "Quảng Ninh").unwrap();
    sheet.write_number(3, 2, 90.09).unwrap();
    sheet.write_number(3, 3, 1).unwrap();
    sheet.write_number(4, 0, 2).unwrap();
    sheet.write_string(4, 1, "Hà Nội").unwrap();
    sheet.write_string(4, 2, "n/a").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let err = io::parse_results_workbook(bytes.clone(), "kq.xlsx", 2019)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("kq.xlsx:KQ2019!C5: cột \"Chỉ số\""),
        "{err}"
    );

    let mut good = rust_xlsxwriter::Workbook::new();
    let sheet = good.add_worksheet();
    for (col, h) in ["Province", "Total", "Rank"].iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Quảng Ninh").unwrap();
    sheet.write_number(1, 1, 90.09).unwrap();
    sheet.write_number(1, 2, 1).unwrap();
    let results =
        io::parse_results_workbook(good.save_to_buffer().unwrap(), "kq.xlsx", 2019).unwrap();
    assert_eq!(results.rows[0].total, pts("90.09"));
    assert_eq!(results.rows[0].year, 2019);
}

#[test]
fn a_card_missing_from_the_table_still_gets_a_valid_range() {
    // A generated province not in the shipped table, whose published rank (48) is Tiền Giang's
    // listed place: one unlisted position must be its own, so the ranks stay within 1–63.
    let mut card = parindex::generate::scorecard(parindex::generate::Spec {
        items: 40,
        depth: 2,
        seed: 8,
        year: 2019,
    });
    card.unit = "UBND tỉnh Không Có".to_string();
    card.published = Some(parindex::model::Published {
        total: pts("50"),
        rank: Some(48),
        of: Some(63),
    });
    let analysis = Analysis::new(&card);
    let s = standing(&analysis, Others::AsPublished);
    for x in ["50", "79.68", "81.18", "95"] {
        let r = s.rank_of(pts(x));
        assert!(
            1 <= r.best && r.best <= r.worst && r.worst <= 63,
            "{x}: {r:?}"
        );
    }
    // Below everyone listed and every unlisted one above Bến Tre's 73.87: last.
    let r = s.rank_of(pts("50"));
    assert_eq!((r.best, r.worst), (63, 63));
    // Above Quảng Ninh: first.
    let r = s.rank_of(pts("95"));
    assert_eq!((r.best, r.worst), (1, 1));
}

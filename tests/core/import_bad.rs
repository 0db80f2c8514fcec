//! Bad tables (`tests/data/bad/import-*`): each gives one located error, Vietnamese first,
//! saying what it found and what it expected; none panics or gives a half-read card.

use std::path::PathBuf;

use parindex::import::{self, ErrorKind, ImportError, Options};

fn bad(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/bad")
        .join(name)
}

fn import_file(name: &str, options: &Options) -> ImportError {
    let bytes = std::fs::read(bad(name)).unwrap();
    import::read_bytes(&bytes, name, options).expect_err(name)
}

/// File, where the message must start, and words it must contain (Vietnamese, English).
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        "import-bad-number.csv",
        "import-bad-number.csv:4:3: \"8,5,1\" không phải là số",
        "cần một số, ví dụ 1,5 hoặc 1.5",
        "is not a number",
    ),
    (
        "import-no-header.csv",
        "import-no-header.csv: không tìm thấy dòng tiêu đề",
        "STT / Mã; Lĩnh vực / Tiêu chí",
        "looked for columns with",
    ),
    (
        "import-duplicate-codes.csv",
        "import-duplicate-codes.csv:4:1: mã \"1.3\" đã có ở import-duplicate-codes.csv:3:1",
        "mỗi mã chỉ được ghi một lần",
        "already appears",
    ),
    (
        "import-orphan-code.csv",
        "import-orphan-code.csv:3:1: mã \"1.3.2\" không có dòng cha \"1.3\"",
        "cần ghi 1.3 trước 1.3.2",
        "has no parent row",
    ),
    (
        "import-not-xlsx.xlsx",
        "import-not-xlsx.xlsx: không phải bảng tính Excel .xlsx",
        "cần tệp .xlsx, hoặc .csv/.tsv",
        "not an Excel .xlsx workbook",
    ),
    (
        "import-zip-bomb.xlsx",
        "import-zip-bomb.xlsx: khi giải nén, tệp vượt quá 256 MB",
        "bom nén",
        "decompression bomb",
    ),
];

#[test]
fn every_bad_table_gives_one_located_error() {
    for &(name, starts, vi, en) in CASES {
        let err = import_file(name, &Options::default());
        let message = err.message_vi();
        assert!(message.starts_with(starts), "{name}: {message}");
        assert!(message.contains(vi), "{name}: {message}");
        assert!(
            err.message_en().contains(en),
            "{name}: {}",
            err.message_en()
        );
        assert_eq!(err.to_string().lines().count(), 1, "{name}: {err}");
    }
}

#[test]
fn a_text_error_quotes_its_line_with_a_caret_under_the_field() {
    let err = import_file("import-bad-number.csv", &Options::default());
    let excerpt = err.excerpt.unwrap();
    let line = "1.3,Công tác Kiểm tra CCHC,\"8,5,1\",1";
    assert_eq!(excerpt.line, line);
    // The caret stands under the quote that opens "8,5,1", the third field.
    assert_eq!(
        excerpt.column,
        line[..line.find('"').unwrap()].chars().count()
    );
    assert!(
        excerpt
            .with_caret()
            .ends_with(&format!("\n{}^", " ".repeat(excerpt.column)))
    );
}

#[test]
fn a_text_file_renamed_xlsx_is_not_read_as_a_workbook() {
    // Read as a workbook directly (the dialog's Excel filter): not a zip, said so.
    let bytes = std::fs::read(bad("import-not-xlsx.xlsx")).unwrap();
    let err =
        import::read_workbook(&bytes, "import-not-xlsx.xlsx", &Options::default()).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::NotWorkbook { .. }), "{err}");
    assert!(
        err.message_vi()
            .contains("không phải bảng tính Excel .xlsx")
    );
}

#[test]
fn the_zip_bomb_is_refused_by_what_it_inflates_to() {
    let err = import_file("import-zip-bomb.xlsx", &Options::default());
    assert_eq!(
        err.kind,
        ErrorKind::Inflates {
            limit: import::MAX_INFLATED_BYTES
        }
    );
    // Small on disk: the refusal is about inflated bytes, not the file's size.
    assert!(
        std::fs::metadata(bad("import-zip-bomb.xlsx"))
            .unwrap()
            .len()
            < 400_000
    );
}

#[test]
fn a_wrong_sheet_lists_the_sheets_there_are() {
    let options = Options {
        sheet: Some("Sheet1".into()),
        ..Options::default()
    };
    let err = import_file("import-wrong-sheet.xlsx", &options);
    assert!(
        err.message_vi()
            .starts_with("import-wrong-sheet.xlsx: không có trang \"Sheet1\"; các trang có trong tệp: \"Phụ lục\""),
        "{}",
        err.message_vi()
    );
    // Without the option, the appendix is found on its sheet.
    let bytes = std::fs::read(bad("import-wrong-sheet.xlsx")).unwrap();
    let imported =
        import::read_bytes(&bytes, "import-wrong-sheet.xlsx", &Options::default()).unwrap();
    assert_eq!(imported.card.fields.len(), 1);
}

#[test]
fn text_in_the_windows_code_page_is_refused_with_how_to_save_it() {
    // "Điểm" in Windows-1258 is not UTF-8.
    let bytes = b"STT,Ti\xeau ch\xed,\xd0i\xeam chu\xe2n\n1,A,8\n";
    let err = import::read_bytes(bytes, "ansi.csv", &Options::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotUtf8 { line: 1 });
    assert!(err.message_vi().contains("CSV UTF-8"));
}

#[test]
fn an_old_xls_and_an_oversized_file_are_refused_before_reading() {
    let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let err = import::read_bytes(&xls, "cu.xls", &Options::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::OldExcel);
    let big = vec![b' '; import::MAX_IMPORT_BYTES as usize + 1];
    let err = import::read_bytes(&big, "to.csv", &Options::default()).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::TooLarge { .. }), "{err}");
}

#[test]
fn too_many_cells_is_refused() {
    let row = "1,".repeat(63) + "1\n";
    let text = row.repeat(import::MAX_CELLS / 64 + 2);
    let err = import::read_delimited(&text, "nhieu.csv", &Options::default()).unwrap_err();
    assert_eq!(
        err.kind,
        ErrorKind::TooManyCells {
            limit: import::MAX_CELLS
        }
    );
}

#[test]
fn a_score_above_its_maximum_is_left_to_the_validator() {
    let text = "STT;Tiêu chí;Điểm chuẩn;Điểm đạt\n1;A;2;3\n";
    let imported = import::read_delimited(text, "x.csv", &Options::default()).unwrap();
    let findings = parindex::engine::check(&parindex::engine::Analysis::new(&imported.card));
    assert!(
        findings
            .iter()
            .any(|f| f.check == parindex::engine::Check::ScoreAboveMax),
        "{findings:?}"
    );
}

#[test]
fn the_import_corpus_has_no_file_the_tests_forget() {
    for entry in std::fs::read_dir(bad("")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.starts_with("import-") {
            assert!(
                CASES.iter().any(|c| c.0 == name) || name == "import-wrong-sheet.xlsx",
                "{name}"
            );
        }
    }
}

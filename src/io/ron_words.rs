//! The RON parser's complaints in words an officer can act on, Vietnamese and English, each
//! saying what would be accepted there ("cần một số, ví dụ 1.5").

use crate::model::BILINGUAL as SEPARATOR;

/// Deep enough for any real hierarchy (a field, then criteria nested a few levels), shallow
/// enough that a 10,000-deep file is refused before it can exhaust the stack.
pub(crate) const RECURSION_LIMIT: usize = 96;

/// (Vietnamese, English) for a RON error, with what would be accepted.
pub(crate) fn describe(code: &ron::Error) -> (String, String) {
    use ron::Error as E;
    let en = code.to_string();
    let vi = |text: &str| text.to_string();
    match code {
        E::Message(text) => match text.split_once(SEPARATOR) {
            Some((en, vi)) => (vi.to_string(), en.to_string()),
            None => (format!("giá trị không hợp lệ: {text}"), en),
        },
        E::Eof => (
            vi("tệp kết thúc giữa chừng; cần phần còn lại của tài liệu"),
            en,
        ),
        E::ExpectedFloat => (
            vi("cần một số, ví dụ 1.5 (dấu chấm thập phân, không đặt trong ngoặc kép)"),
            format!("{en}: a number such as 1.5 (dot decimals, no quotes)"),
        ),
        E::ExpectedInteger | E::InvalidIntegerDigit { .. } => (
            vi("cần một số nguyên, ví dụ 48"),
            format!("{en}: a whole number such as 48"),
        ),
        E::IntegerOutOfBounds => (
            vi("số nguyên vượt giới hạn cho phép (số âm hoặc quá lớn ở chỗ cần số không âm)"),
            en,
        ),
        E::ExpectedString | E::ExpectedStringEnd => (
            vi("cần một chuỗi trong ngoặc kép, ví dụ \"Sở Nội vụ\" (kiểm tra dấu \" đóng)"),
            format!("{en}: text in double quotes such as \"Sở Nội vụ\""),
        ),
        E::ExpectedBoolean => (vi("cần true hoặc false"), en),
        E::ExpectedComma => (
            vi("cần dấu phẩy , giữa hai mục (thiếu dấu phẩy, hoặc một giá trị viết sai)"),
            en,
        ),
        E::ExpectedMapColon => (vi("cần dấu hai chấm : sau tên trường"), en),
        E::ExpectedArray => (vi("cần một danh sách mở bằng ["), en),
        E::ExpectedArrayEnd => (vi("cần dấu ] đóng danh sách"), en),
        E::ExpectedMap => (vi("cần dấu { mở bảng"), en),
        E::ExpectedMapEnd => (vi("cần dấu } đóng bảng"), en),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => (vi("cần dấu ) đóng"), en),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            (vi("cần dấu ( mở, ví dụ Scorecard( … ) hoặc Item( … )"), en)
        }
        E::ExpectedDifferentStructName { expected, found } => {
            (format!("cần `{expected}` nhưng thấy `{found}`"), en)
        }
        E::ExpectedOption => (vi("cần Some(…) hoặc None"), en),
        E::UnclosedBlockComment => (vi("chú thích /* … chưa được đóng bằng */"), en),
        E::TrailingCharacters => (
            vi("còn ký tự sau khi tài liệu đã kết thúc (hai tài liệu trong một tệp?)"),
            en,
        ),
        E::UnexpectedChar(c) => (format!("ký tự không mong đợi {c:?}"), en),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!(
                "trường `{found}` không có{}; các trường hợp lệ: {}",
                outer
                    .as_ref()
                    .map(|o| format!(" trong `{o}`"))
                    .unwrap_or_default(),
                expected
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            en,
        ),
        E::MissingStructField { field, outer } => (
            format!(
                "thiếu trường `{field}`{}",
                outer
                    .as_ref()
                    .map(|o| format!(" trong `{o}`"))
                    .unwrap_or_default()
            ),
            en,
        ),
        E::DuplicateStructField { field, outer } => (
            format!(
                "trường `{field}` xuất hiện hai lần{}",
                outer
                    .as_ref()
                    .map(|o| format!(" trong `{o}`"))
                    .unwrap_or_default()
            ),
            en,
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => (
            format!(
                "giá trị `{found}` không hợp lệ; cần một trong: {}",
                expected.join(", ")
            ),
            en,
        ),
        E::InvalidValueForType { expected, found } => {
            (format!("cần {expected} nhưng thấy {found}"), en)
        }
        E::ExceededRecursionLimit => (
            format!("lồng sâu hơn {RECURSION_LIMIT} cấp; bảng điểm chỉ lồng vài cấp tiêu chí"),
            format!(
                "nesting deeper than {RECURSION_LIMIT} levels; a scorecard's criteria nest a few levels at most"
            ),
        ),
        E::SuggestRawIdentifier(_) | E::InvalidIdentifier(_) | E::ExpectedIdentifier => {
            (vi("cần một tên trường hoặc một giá trị hợp lệ ở đây"), en)
        }
        _ => (format!("tệp không đúng định dạng RON: {en}"), en),
    }
}

/// A hint from the offending line itself: decimals written with a comma, the commonest slip of
/// a person used to Vietnamese number formats.
pub(crate) fn hint(line: &str, column: usize) -> Option<(String, String)> {
    let chars: Vec<char> = line.chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    let from = at.saturating_sub(12);
    let to = (at + 12).min(chars.len());
    let near = &chars[from..to];
    let comma_decimal = near
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit());
    comma_decimal.then(|| {
        (
            "số thập phân trong tệp viết bằng dấu chấm (8.5), không phải dấu phẩy (8,5)"
                .to_string(),
            "decimals in the file take a dot (8.5), not a comma (8,5)".to_string(),
        )
    })
}

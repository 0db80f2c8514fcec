//! Reading words and numbers as officers write them: headings compared without case or
//! diacritics, codes in their usual spellings, scores with a decimal comma or dot.

use crate::model::{Points, PointsError};

use super::grid::Value;

/// Lower case without diacritics: "Điểm do BNV thẩm định" → "diem do bnv tham dinh". Headings
/// are typed with and without marks, in capitals or not, in every province.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(base_letter)
        .collect()
}

/// The Vietnamese letter without its marks.
fn base_letter(c: char) -> char {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    if c.is_ascii() {
        return c;
    }
    for (letters, base) in GROUPS {
        if letters.contains(c) {
            return base;
        }
    }
    c
}

/// Folded text with combining marks removed (text typed in decomposed form) and whitespace
/// squashed: what headings and keywords are compared on.
pub(crate) fn key(text: &str) -> String {
    fold(text)
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A code as the table writes it: "1", "1.", "LV1", "Lĩnh vực 1", "1.3", "1.3.2", or a
/// number cell (1.3). `None` when the cell is not a code.
pub(crate) fn code(value: &Value) -> Option<String> {
    let text = value.text();
    let folded = key(&text);
    let rest = folded
        .strip_prefix("linh vuc")
        .or_else(|| folded.strip_prefix("lv"))
        .unwrap_or(&folded)
        .trim();
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    if rest.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for part in rest.split('.') {
        // Three digits at most: a year (2030) or a count in the code column is not a code.
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: u32 = part.parse().ok()?;
        parts.push(n.to_string());
    }
    Some(parts.join("."))
}

/// How a number cell was read.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Number {
    Blank,
    /// A number cell.
    Cell(Points),
    /// Text such as "0,941" or "7.5".
    Text(Points, String),
}

/// Why a cell is not a score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NumberError {
    NotANumber(String),
    Unusable(String),
}

/// A score or maximum: a number cell, or text with one decimal comma or dot, from 0 up;
/// blank (or a dash, which tables use for "nothing") is `Blank`.
pub(crate) fn number(value: Option<&Value>) -> Result<Number, NumberError> {
    match value {
        None => Ok(Number::Blank),
        Some(Value::Number(n)) => Points::from_f64(*n)
            .ok()
            .filter(|p| !p.is_negative())
            .map(Number::Cell)
            .ok_or_else(|| NumberError::Unusable(super::grid::number_text(*n))),
        Some(Value::Text(text)) => {
            let trimmed = text.trim().trim_matches('\u{a0}').trim();
            if trimmed.is_empty() || matches!(trimmed, "-" | "–" | "—") {
                return Ok(Number::Blank);
            }
            match parse_decimal(trimmed) {
                Ok(p) if p.is_negative() => Err(NumberError::Unusable(trimmed.to_string())),
                Ok(p) => Ok(Number::Text(p, trimmed.to_string())),
                Err(None) => Err(NumberError::NotANumber(trimmed.to_string())),
                Err(Some(_)) => Err(NumberError::Unusable(trimmed.to_string())),
            }
        }
    }
}

/// "0,941", "7.5", "-1", "12": digits with at most one decimal mark; `Err(None)` when the
/// text is not such a number, `Err(Some(_))` when it is but cannot be a score.
pub(crate) fn parse_decimal(text: &str) -> Result<Points, Option<PointsError>> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let marks = body.chars().filter(|c| *c == ',' || *c == '.').count();
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if marks > 1
        || digits == 0
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        || body.starts_with([',', '.'])
        || body.ends_with([',', '.'])
    {
        return Err(None);
    }
    // More than 12 digits cannot be a score and would lose precision as a float.
    if digits > 12 {
        return Err(Some(PointsError::OutOfRange(text.to_string())));
    }
    Points::parse(text).map_err(Some)
}

/// A year written in text, 1990–2100: "(năm 2030)", "Năm 2030", "2030".
pub(crate) fn year_in(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                let year: i32 = text[start..i].parse().ok()?;
                if (1990..=2100).contains(&year) {
                    return Some(year);
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

/// The byte offset of `needle` (lower case) in `hay`, compared letter by letter without
/// case: offsets stay those of the original text, which lower-casing a copy would not keep.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    hay.char_indices().map(|(i, _)| i).find(|&start| {
        let mut chars = hay[start..].chars().flat_map(char::to_lowercase);
        needle.iter().all(|n| chars.next() == Some(*n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Value {
        Value::Text(t.to_string())
    }

    #[test]
    fn headings_fold_without_case_or_marks() {
        assert_eq!(
            key("Điểm do BNV thẩm định (năm 2019)"),
            "diem do bnv tham dinh (nam 2019)"
        );
        assert_eq!(key("ĐƠN VỊ  CHỦ TRÌ"), "don vi chu tri");
        // Decomposed input: e + combining circumflex + combining acute.
        assert_eq!(key("Tie\u{302}\u{301}u chí"), "tieu chi");
    }

    #[test]
    fn codes_in_their_usual_spellings() {
        assert_eq!(code(&text("1")).as_deref(), Some("1"));
        assert_eq!(code(&text("1.")).as_deref(), Some("1"));
        assert_eq!(code(&text("LV1")).as_deref(), Some("1"));
        assert_eq!(code(&text("Lĩnh vực 3")).as_deref(), Some("3"));
        assert_eq!(code(&text(" 1.3.2 ")).as_deref(), Some("1.3.2"));
        assert_eq!(code(&Value::Number(1.3)).as_deref(), Some("1.3"));
        assert_eq!(code(&text("2019")), None);
        assert_eq!(code(&text("I")), None);
        assert_eq!(code(&text("1..2")), None);
        assert_eq!(code(&text("TỔNG ĐIỂM")), None);
    }

    #[test]
    fn numbers_with_comma_or_dot_and_blanks() {
        let p = |s: &str| Points::parse(s).unwrap();
        assert_eq!(
            number(Some(&text("0,941"))),
            Ok(Number::Text(p("0.941"), "0,941".into()))
        );
        assert_eq!(
            number(Some(&text("7.5"))),
            Ok(Number::Text(p("7.5"), "7.5".into()))
        );
        assert_eq!(
            number(Some(&Value::Number(3.4259))),
            Ok(Number::Cell(p("3.4259")))
        );
        assert_eq!(number(None), Ok(Number::Blank));
        assert_eq!(number(Some(&text("  "))), Ok(Number::Blank));
        assert_eq!(
            number(Some(&text("8,5,1"))),
            Err(NumberError::NotANumber("8,5,1".into()))
        );
        assert_eq!(
            number(Some(&text("0,12345"))),
            Err(NumberError::Unusable("0,12345".into()))
        );
        assert_eq!(
            number(Some(&text("-1"))),
            Err(NumberError::Unusable("-1".into()))
        );
        assert_eq!(
            number(Some(&text("#REF!"))),
            Err(NumberError::NotANumber("#REF!".into()))
        );
    }

    #[test]
    fn years_and_case_blind_search() {
        assert_eq!(year_in("Điểm do BNV thẩm định (năm 2019)"), Some(2019));
        assert_eq!(year_in("Điểm 12345"), None);
        let s = "Sở Thông tin và Truyền thông Chủ trì phối hợp";
        assert_eq!(find_ci(s, " chủ trì"), s.find(" Chủ trì"));
    }
}

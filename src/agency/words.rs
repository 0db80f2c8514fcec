//! What agencies type into a returned sheet, understood: statuses written in their own words
//! ("Đã hoàn thành", "xong", "HT", "đang làm", "chưa") and dates written as text ("30/9/2031"),
//! with letter case, diacritics and spacing ignored.

use crate::model::{Date, Evidence, EvidenceState, Status};

/// The search's folding (lower case, no diacritics, precomposed or combining, đ → d), with
/// punctuation as spaces and spaces collapsed: "Đã  Hoàn thành!" → "da hoan thanh".
pub fn fold(text: &str) -> String {
    crate::engine::fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Phrases (folded) for each status. Whole-text matches only, so "chưa hoàn thành" is not
/// read as "hoàn thành".
const STATUS_WORDS: [(Status, &[&str]); 4] = [
    (
        Status::Done,
        &[
            "hoan thanh",
            "hoan tat",
            "xong",
            "ht",
            "done",
            "complete",
            "completed",
            "finished",
        ],
    ),
    (
        Status::InProgress,
        &[
            "dang thuc hien",
            "dang lam",
            "dang trien khai",
            "dang tien hanh",
            "dang xu ly",
            "dang",
            "dth",
            "chua hoan thanh",
            "chua xong",
            "in progress",
        ],
    ),
    (
        Status::NotStarted,
        &[
            "chua thuc hien",
            "chua trien khai",
            "chua lam",
            "chua bat dau",
            "chua",
            "cth",
            "not started",
        ],
    ),
    (
        Status::Failed,
        &[
            "khong thuc hien duoc",
            "khong the thuc hien",
            "khong thuc hien",
            "khong hoan thanh",
            "khong dat",
            "khong",
            "kthd",
            "failed",
        ],
    ),
];

/// A status as an agency writes it, or `None` when the text is not one. "Đã …" and "… rồi"
/// are read as the phrase inside them ("đã xong rồi" is done).
pub fn parse_status(text: &str) -> Option<Status> {
    let folded = fold(text);
    let mut core = folded.as_str();
    core = core.strip_prefix("da ").unwrap_or(core);
    core = core.strip_suffix(" roi").unwrap_or(core);
    STATUS_WORDS
        .iter()
        .find(|(_, phrases)| phrases.contains(&core))
        .map(|&(status, _)| status)
}

/// A date written as text: `30/9/2031`, `30-09-2031`, `30.9.2031`, `2031-09-30`, or
/// "ngày 30 tháng 9 năm 2031". `None` when it is not a date on the calendar.
pub fn parse_date_text(text: &str) -> Option<Date> {
    let folded = fold(text);
    let mut numbers: Vec<&str> = Vec::new();
    for word in folded.split(' ') {
        match word {
            "ngay" | "thang" | "nam" => {}
            _ if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) => {
                numbers.push(word);
            }
            _ => return None,
        }
    }
    let [a, b, c] = numbers.as_slice() else {
        return None;
    };
    let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    if year.len() != 4 || month.len() > 2 || day.len() > 2 {
        return None;
    }
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// The last serial Excel shows as a date (9999-12-31).
const LAST_SERIAL: f64 = 2_958_465.0;
/// Serial 25569 is 1970-01-01 in Excel's 1900 date system (which counts a 29/02/1900).
const UNIX_EPOCH_SERIAL: i64 = 25_569;

/// An Excel serial date (1900 system) as a date; the time of day is dropped. Serials before
/// 1 March 1900 are refused: Excel's calendar is wrong there, and no report date is that old.
pub fn date_from_serial(serial: f64) -> Option<Date> {
    if !serial.is_finite() || !(61.0..=LAST_SERIAL).contains(&serial) {
        return None;
    }
    Some(Date::from_unix_days(
        serial.floor() as i64 - UNIX_EPOCH_SERIAL,
    ))
}

/// A date as an Excel serial (1900 system), for cells written as real dates.
pub fn serial_from_date(date: Date) -> f64 {
    (date.unix_days() + UNIX_EPOCH_SERIAL) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Đã  Hoàn thành!"), "da hoan thanh");
        assert_eq!(fold("KHÔNG THỰC HIỆN ĐƯỢC"), "khong thuc hien duoc");
        // Decomposed: o + combining circumflex + combining acute.
        assert_eq!(fold("kho\u{302}\u{301}ng"), "khong");
    }

    #[test]
    fn reads_statuses_as_agencies_type_them() {
        for (text, status) in [
            ("Đã hoàn thành", Status::Done),
            ("xong", Status::Done),
            ("HT", Status::Done),
            ("hoàn thành", Status::Done),
            ("đang làm", Status::InProgress),
            ("Đang thực hiện", Status::InProgress),
            ("chưa hoàn thành", Status::InProgress),
            ("chưa", Status::NotStarted),
            ("Chưa thực hiện", Status::NotStarted),
            ("không thực hiện được", Status::Failed),
        ] {
            assert_eq!(parse_status(text), Some(status), "{text}");
        }
        for status in Status::ALL {
            assert_eq!(parse_status(status.vi()), Some(status));
        }
        assert_eq!(parse_status("hôm qua"), None);
        assert_eq!(parse_status(""), None);
    }

    #[test]
    fn reads_dates_written_as_text() {
        let d = |y, m, day| Date::new(y, m, day);
        assert_eq!(parse_date_text("30/9/2020"), d(2020, 9, 30));
        assert_eq!(parse_date_text(" 30-09-2020 "), d(2020, 9, 30));
        assert_eq!(parse_date_text("2020-09-30"), d(2020, 9, 30));
        assert_eq!(parse_date_text("ngày 5 tháng 10 năm 2020"), d(2020, 10, 5));
        assert_eq!(parse_date_text("31/9/2020"), None);
        assert_eq!(parse_date_text("hôm qua"), None);
        assert_eq!(parse_date_text("30/9/20"), None);
    }

    #[test]
    fn excel_serials_round_trip() {
        let end = Date::new(2020, 9, 30);
        // 44104 is 30/09/2020 in Excel.
        assert_eq!(date_from_serial(44_104.0), end);
        assert_eq!(date_from_serial(44_104.75), end);
        assert_eq!(end.map(serial_from_date), Some(44_104.0));
        assert_eq!(date_from_serial(f64::NAN), None);
        assert_eq!(date_from_serial(3e6), None);
    }
}

/// One document of evidence as a line of the sheet: "title — reference", with its state in
/// brackets unless it is in hand.
pub fn evidence_line(evidence: &Evidence) -> String {
    let mut line = evidence.title.clone();
    if !evidence.reference.is_empty() {
        line.push_str(" — ");
        line.push_str(&evidence.reference);
    }
    if evidence.state != EvidenceState::Ready {
        line.push_str(&format!(" ({})", evidence.state.vi()));
    }
    line
}

/// The documents listed in an evidence cell, one per line; bullets dropped, a trailing
/// "(đang hoàn thiện)" or "(chưa có)" read as the state, anything else in hand (Ready).
pub fn parse_evidence(cell: &str) -> Vec<Evidence> {
    cell.lines()
        .map(|line| line.trim().trim_start_matches(['-', '+', '*', '•']).trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut text = line;
            let mut state = EvidenceState::Ready;
            if let Some(open) = text.rfind('(')
                && text.ends_with(')')
            {
                let inside = fold(&text[open..]);
                if let Some(found) = EvidenceState::ALL
                    .into_iter()
                    .find(|s| fold(s.vi()) == inside)
                {
                    state = found;
                    text = text[..open].trim_end();
                }
            }
            let (title, reference) = text.split_once(" — ").unwrap_or((text, ""));
            Evidence {
                title: title.trim().to_string(),
                reference: reference.trim().to_string(),
                link: String::new(),
                state,
            }
        })
        .collect()
}

#[cfg(test)]
mod evidence_tests {
    use super::*;

    #[test]
    fn evidence_lines_round_trip() {
        let documents = vec![
            Evidence {
                title: "Quyết định kiện toàn".into(),
                reference: "QĐ 1234/QĐ-UBND ngày 25/9/2020".into(),
                link: String::new(),
                state: EvidenceState::Ready,
            },
            Evidence {
                title: "Báo cáo kiểm tra".into(),
                state: EvidenceState::InProgress,
                ..Evidence::default()
            },
        ];
        let cell: Vec<String> = documents.iter().map(evidence_line).collect();
        assert_eq!(parse_evidence(&cell.join("\n")), documents);
        assert_eq!(
            parse_evidence("- Công văn 55/STC\n\n• Tờ trình 12")
                .iter()
                .map(|e| e.title.as_str())
                .collect::<Vec<_>>(),
            ["Công văn 55/STC", "Tờ trình 12"]
        );
    }
}

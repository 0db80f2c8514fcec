//! The lead cell as appendices write it, read into lead, task and partners.
//!
//! Rules, worked out on the seed's appendix and checked against how its card was transcribed:
//! - "Sở Nội vụ: Tổ chức kiểm tra…" — the agency before the first colon leads, the rest is the
//!   task;
//! - "Sở Thông tin và Truyền thông chủ trì phối hợp…: Tham mưu…" — when a verb ("chủ trì",
//!   "thực hiện", "tham mưu", "báo cáo", "phối hợp") comes before the colon, the agency is what
//!   precedes it and the task starts at the verb;
//! - a cell of "- " items naming several agencies (the seed's 5.7, 6.1, 6.3) keeps the whole
//!   cell as the task; the lead is the agency that "chủ trì", else the first one named; the
//!   other agencies named, and those after "phối hợp với", become partners ahead of the
//!   partners column;
//! - agencies are proper names: a candidate starting in lower case ("cơ quan liên quan") is
//!   not one.

/// Verbs that end an agency's name at the start of a statement.
const VERBS: [&str; 5] = [
    " chủ trì",
    " thực hiện",
    " tham mưu",
    " báo cáo",
    " phối hợp",
];

/// The longest agency name believed; past this the "agency" is a sentence.
const MAX_AGENCY_CHARS: usize = 120;

/// Items of a list read for agencies; a cell names a handful.
const MAX_ITEMS: usize = 20;

/// A lead cell read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LeadCell {
    pub lead: String,
    pub task: String,
    /// Agencies the cell names besides the lead, in order.
    pub partners: Vec<String>,
    /// The cell was a list of "- " items.
    pub listed: bool,
}

/// Reads a lead cell (whitespace already squashed).
pub(crate) fn read(cell: &str) -> LeadCell {
    let cell = cell.trim();
    if let Some(items) = bullets(cell) {
        return listed(cell, &items);
    }
    let mut partners = Vec::new();
    partners_after_with(cell, &mut partners);
    match agency(cell) {
        Some((lead, rest)) => LeadCell {
            lead,
            task: rest,
            partners,
            listed: false,
        },
        None => LeadCell {
            lead: cell.to_string(),
            task: String::new(),
            partners,
            listed: false,
        },
    }
}

fn listed(cell: &str, items: &[String]) -> LeadCell {
    let mut named: Vec<(String, bool)> = Vec::new();
    let mut partners = Vec::new();
    for item in items.iter().take(MAX_ITEMS) {
        if let Some((name, rest)) = agency(item) {
            let leads = super::words::find_ci(&rest, "chủ trì") == Some(0);
            named.push((name, leads));
        }
        partners_after_with(item, &mut partners);
    }
    let lead = named
        .iter()
        .find(|(_, leads)| *leads)
        .or_else(|| named.first())
        .map(|(name, _)| name.clone())
        .unwrap_or_default();
    let mut others: Vec<String> = Vec::new();
    for (name, _) in &named {
        if *name != lead && !others.contains(name) {
            others.push(name.clone());
        }
    }
    for p in partners {
        if p != lead && !others.contains(&p) {
            others.push(p);
        }
    }
    LeadCell {
        lead,
        task: cell.to_string(),
        partners: others,
        listed: true,
    }
}

/// The items of a "- a - b" cell, when it starts with a dash (one pass over the text).
fn bullets(cell: &str) -> Option<Vec<String>> {
    let body = cell
        .strip_prefix("- ")
        .or_else(|| cell.strip_prefix("– "))
        .or_else(|| cell.strip_prefix("• "))
        .or_else(|| cell.strip_prefix("+ "))?;
    let body = body.replace(" – ", " - ").replace(" • ", " - ");
    Some(body.split(" - ").map(|i| i.trim().to_string()).collect())
}

/// The agency a statement starts with, and the rest: up to the first colon (the rest after
/// it) or the first verb (the rest from it), whichever comes first.
fn agency(statement: &str) -> Option<(String, String)> {
    let colon = statement.find(':').map(|i| (i, i + 1));
    let verb = VERBS
        .iter()
        .filter_map(|v| super::words::find_ci(statement, v).map(|i| (i, i + 1)))
        .min();
    let (end, rest_from) = match (colon, verb) {
        (Some(c), Some(v)) => c.min(v),
        (Some(c), None) => c,
        (None, Some(v)) => v,
        (None, None) => return None,
    };
    let name = statement[..end].trim();
    if !is_agency(name) {
        return None;
    }
    Some((name.to_string(), statement[rest_from..].trim().to_string()))
}

/// Agencies named after "phối hợp với" in a statement.
fn partners_after_with(statement: &str, out: &mut Vec<String>) {
    let mut rest = statement;
    while out.len() < MAX_ITEMS
        && let Some(i) = super::words::find_ci(rest, "phối hợp với ")
    {
        rest = &rest[i + "phối hợp với ".len()..];
        if let Some((name, _)) = agency(rest)
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
}

fn is_agency(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase) && name.chars().count() <= MAX_AGENCY_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_colon_task() {
        let cell = read("Sở Nội vụ: Tổ chức kiểm tra, Báo cáo kết quả về UBND tỉnh");
        assert_eq!(cell.lead, "Sở Nội vụ");
        assert_eq!(cell.task, "Tổ chức kiểm tra, Báo cáo kết quả về UBND tỉnh");
        assert!(cell.partners.is_empty());
    }

    #[test]
    fn a_verb_before_the_colon_ends_the_agency() {
        // The seed's 7.3.
        let cell = read(
            "Sở Thông tin và Truyền thông chủ trì phối hợp với cơ quan liên quan: Tham mưu UBND tỉnh",
        );
        assert_eq!(cell.lead, "Sở Thông tin và Truyền thông");
        assert_eq!(
            cell.task,
            "chủ trì phối hợp với cơ quan liên quan: Tham mưu UBND tỉnh"
        );
        assert!(cell.partners.is_empty(), "{:?}", cell.partners);
    }

    #[test]
    fn an_agency_alone_is_the_lead() {
        let cell = read("Sở Tư pháp");
        assert_eq!(cell.lead, "Sở Tư pháp");
        assert_eq!(cell.task, "");
    }

    #[test]
    fn a_list_names_the_one_that_leads_and_its_partners() {
        // The seed's 5.7: two items, the second "chủ trì".
        let text = "- UBND các huyện, thị xã, thành phố thực hiện nghiêm các quy định về tiêu chuẩn CBCC cấp xã - Sở Nội vụ chủ trì, phối hợp với cơ quan liên quan đôn đốc, kiểm tra, hướng dẫn UBND cấp huyện thực hiện";
        let cell = read(text);
        assert_eq!(cell.lead, "Sở Nội vụ");
        assert_eq!(cell.task, text);
        assert_eq!(cell.partners, ["UBND các huyện, thị xã, thành phố"]);
        // The seed's 6.3: no "chủ trì"; the first named leads.
        let cell = read(
            "- Sở Tài chính: Trên cơ sở quy định của Trung ương, kịp thời tham mưu UBND tỉnh triển khai các đơn vị thực hiện; - Đơn vị dự toán cấp I, UBND cấp huyện báo cáo UBND tỉnh nâng mức tự chủ",
        );
        assert_eq!(cell.lead, "Sở Tài chính");
        assert_eq!(cell.partners, ["Đơn vị dự toán cấp I, UBND cấp huyện"]);
        // The seed's 6.1: "phối hợp với" names a partner.
        let cell = read(
            "- Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh thực hiện giải ngân - Sở Tài chính tham mưu thực hiện kiến nghị",
        );
        assert_eq!(cell.lead, "Sở Tài chính");
        assert_eq!(cell.partners, ["Sở Kế hoạch và Đầu tư"]);
    }
}

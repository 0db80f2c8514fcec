//! The unit and the source document from the title rows: "… của Ủy ban nhân dân tỉnh Bến
//! Tre" → "UBND tỉnh Bến Tre"; "(Ban hành kèm theo Kế hoạch số 95/KH-UBND …)".

/// Where a unit's name starts, folded, and the kind of unit it is.
const UNIT_MARKS: [(&str, &str); 6] = [
    ("uy ban nhan dan tinh ", "tỉnh"),
    ("ubnd tinh ", "tỉnh"),
    ("tinh ", "tỉnh"),
    ("uy ban nhan dan thanh pho ", "thành phố"),
    ("ubnd thanh pho ", "thành phố"),
    ("thanh pho ", "thành phố"),
];

/// Words that end a name in capitals ("… TỈNH BẾN TRE NĂM 2030").
const STOP: [&str; 9] = [
    "nam", "ve", "trong", "giai", "theo", "den", "tu", "ngay", "thang",
];

/// The text folded letter by letter (lower case, no diacritics), with each letter's byte
/// offset in the original, so a match found folded can be cut from the original.
fn folded(text: &str) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut offsets = Vec::new();
    for (i, c) in text.char_indices() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let base = super::words::key(&lower.to_string())
            .chars()
            .next()
            .unwrap_or(' ');
        out.push(base);
        offsets.push(i);
    }
    (out, offsets)
}

/// "UBND tỉnh Bến Tre" from a title naming the province or city.
pub(crate) fn unit_in(text: &str) -> Option<String> {
    let (folded, offsets) = folded(text);
    let chars: Vec<char> = folded.chars().collect();
    for (mark, kind) in UNIT_MARKS {
        let mark: Vec<char> = mark.chars().collect();
        let mut from = 0;
        while let Some(at) = find(&chars, &mark, from) {
            from = at + 1;
            // The mark must start a word.
            if at > 0 && chars[at - 1].is_alphanumeric() {
                continue;
            }
            let Some(&start) = offsets.get(at + mark.len()) else {
                continue;
            };
            if let Some(name) = name_at(&text[start..]) {
                return Some(format!("UBND {kind} {name}"));
            }
        }
    }
    None
}

fn find(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    (from..=hay.len().saturating_sub(needle.len()))
        .find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

/// The capitalised words at the start of `text`: "Bến Tre)" → "Bến Tre",
/// "Bà Rịa - Vũng Tàu" kept whole; a name in capitals is given in title case.
fn name_at(text: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    for raw in text.split_whitespace().take(8) {
        let word = raw.trim_end_matches([')', ',', ';', '.', ':', '"']);
        let ends = word.len() != raw.len();
        let dash = matches!(word, "-" | "–");
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic);
        if !(dash || capital) || STOP.contains(&super::words::key(word).as_str()) {
            break;
        }
        words.push(word.to_string());
        if ends {
            break;
        }
    }
    while words.last().is_some_and(|w| w == "-" || w == "–") {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    let all_caps = words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()));
    let words: Vec<String> = if all_caps {
        words.iter().map(|w| title_case(w)).collect()
    } else {
        words
    };
    Some(words.join(" "))
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_string() + &chars.as_str().to_lowercase(),
        None => String::new(),
    }
}

/// "Kế hoạch số 95 /KH-UBND ngày 10 tháng 7 năm 2031" from "(Ban hành kèm theo … của …)".
pub(crate) fn source_in(text: &str) -> Option<String> {
    let (folded, offsets) = folded(text);
    let chars: Vec<char> = folded.chars().collect();
    let mark: Vec<char> = "kem theo ".chars().collect();
    let at = find(&chars, &mark, 0)?;
    let start = *offsets.get(at + mark.len())?;
    let rest = &text[start..];
    let end = [super::words::find_ci(rest, " của "), rest.find(')')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
    let source = rest[..end].trim();
    (!source.is_empty()).then(|| source.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_from_the_seed_titles() {
        assert_eq!(
            unit_in(
                "(Ban hành kèm theo Kế hoạch số 180 /KH-UBND ngày 10 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh Tiền Giang)"
            )
            .as_deref(),
            Some("UBND tỉnh Tiền Giang")
        );
        assert_eq!(
            unit_in("Khắc phục … trong năm 2019 của tỉnh Tiền Giang").as_deref(),
            Some("UBND tỉnh Tiền Giang")
        );
        assert_eq!(
            unit_in("KẾ HOẠCH CỦA TỈNH BÀ RỊA - VŨNG TÀU NĂM 2021").as_deref(),
            Some("UBND tỉnh Bà Rịa - Vũng Tàu")
        );
        assert_eq!(
            unit_in("Ủy ban nhân dân tỉnh ban hành Kế hoạch"),
            None,
            "a lower-case word after \"tỉnh\" is not a name"
        );
        assert_eq!(unit_in("UBND các huyện, thị xã, thành phố"), None);
    }

    #[test]
    fn the_source_document_from_ban_hanh_kem_theo() {
        assert_eq!(
            source_in(
                "(Ban hành kèm theo Kế hoạch số 180 /KH-UBND ngày 10 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh Tiền Giang)"
            )
            .as_deref(),
            Some("Kế hoạch số 180 /KH-UBND ngày 10 tháng 7 năm 2020")
        );
    }
}

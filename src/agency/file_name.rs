//! File names for the task sheets, one per lead agency: the agency's name with its Vietnamese
//! letters kept, what Windows refuses in a name replaced, a long name cut at a sensible place,
//! and no two names the same (Windows compares names without letter case).

/// Longer names are cut: a path on an office PC often sits deep in "Documents\…".
const MAX_CHARS: usize = 60;

/// A Windows-safe file name for each agency, in the same order, each ending in `.{extension}`.
pub fn file_names(agencies: &[&str], extension: &str) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(agencies.len());
    for agency in agencies {
        let stem = stem(agency);
        let mut name = format!("{stem}.{extension}");
        let mut n = 2;
        while taken.contains(&name.to_lowercase()) {
            name = format!("{stem} ({n}).{extension}");
            n += 1;
        }
        taken.push(name.to_lowercase());
        out.push(name);
    }
    out
}

/// The name without extension: safe characters, shortened, never empty or reserved.
fn stem(agency: &str) -> String {
    let safe: String = agency
        .chars()
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '|' | '?' | '*' => ' ',
            '/' | '\\' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let mut name = safe.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() > MAX_CHARS {
        name = shorten(&name);
    }
    // Windows drops trailing dots and spaces, and refuses device names.
    let name = name.trim_end_matches(['.', ' ']).to_string();
    if name.is_empty() {
        return "Don vi".to_string();
    }
    let upper = name.to_uppercase();
    let device = ["CON", "PRN", "AUX", "NUL"].contains(&upper.as_str())
        || ((upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.len() == 4
            && upper.ends_with(|c: char| c.is_ascii_digit()));
    if device { format!("{name}_") } else { name }
}

/// Cuts a long name where its first clause ends (";", "(", ", ", " - "), else at the last
/// word that fits.
fn shorten(name: &str) -> String {
    for mark in [";", "(", " - ", ","] {
        if let Some(at) = name.find(mark) {
            let head = name[..at].trim_end();
            if !head.is_empty() && head.chars().count() <= MAX_CHARS {
                return head.to_string();
            }
        }
    }
    let mut out = String::new();
    for word in name.split(' ') {
        if out.chars().count() + 1 + word.chars().count() > MAX_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        name.chars().take(MAX_CHARS).collect()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_vietnamese_letters_and_replaces_what_windows_refuses() {
        let names = file_names(
            &[
                "Sở Tài chính",
                "Văn phòng ĐDBQH, HĐND&UBND",
                "Phòng A/B: \"x\"?",
            ],
            "xlsx",
        );
        assert_eq!(
            names,
            [
                "Sở Tài chính.xlsx",
                "Văn phòng ĐDBQH, HĐND&UBND.xlsx",
                "Phòng A-B x.xlsx"
            ]
        );
    }

    #[test]
    fn shortens_long_names_at_the_first_clause() {
        let names = file_names(
            &["Các sở, ban, ngành tỉnh và UBND cấp huyện; cấp xã, cá nhân, tổ chức"],
            "xlsx",
        );
        assert_eq!(names, ["Các sở, ban, ngành tỉnh và UBND cấp huyện.xlsx"]);
        // No clause mark: cut after the last whole word within 60 characters (59 here).
        let long = "Ủy ban nhân dân ".repeat(8);
        let name = &file_names(&[long.as_str()], "xlsx")[0];
        let kept = format!("{}Ủy ban nhân.xlsx", "Ủy ban nhân dân ".repeat(3));
        assert_eq!(*name, kept);
    }

    #[test]
    fn never_collides_or_names_a_device() {
        let names = file_names(&["Sở A", "sở a", "Sở A.", "CON", ""], "xlsx");
        assert_eq!(
            names,
            [
                "Sở A.xlsx",
                "sở a (2).xlsx",
                "Sở A (3).xlsx",
                "CON_.xlsx",
                "Don vi.xlsx"
            ]
        );
    }
}

//! Tìm kiếm: matching as officers type. "noi vu" finds "Nội vụ", "SỞ NỘI VỤ" finds "Sở Nội vụ",
//! text pasted from Word in decomposed form (NFD) finds the composed one, and "Ðồng" written
//! with the look-alike Ð (U+00D0) finds "Đồng". Both sides are folded the same way: decomposed,
//! stripped of combining marks, đ/Đ/Ð made d, lower-cased. Telex or VNI leftovers ("noij vuj")
//! are not undone: they are letters the person typed, and guessing them would find wrong rows.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A character as the search compares it: nothing for a combining mark.
fn fold_char(c: char, out: &mut String) {
    for d in std::iter::once(c).nfd() {
        if is_combining_mark(d) {
            continue;
        }
        match d {
            'đ' | 'Đ' | 'Ð' | 'ð' => out.push('d'),
            _ => out.extend(d.to_lowercase()),
        }
    }
}

/// The text as the search compares it.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A query folded once, for matching many texts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    folded: String,
}

impl Query {
    /// The query for what the person typed (surrounding spaces ignored).
    pub fn new(typed: &str) -> Self {
        Query {
            folded: fold(typed.trim()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Whether `text` contains the query, ignoring case, diacritics and normalisation form.
    pub fn matches(&self, text: &str) -> bool {
        !self.folded.is_empty() && fold(text).contains(&self.folded)
    }

    /// Where the query occurs in `text`, as byte ranges of `text` itself (for highlighting),
    /// whatever form `text` is in.
    pub fn ranges(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        if self.folded.is_empty() {
            return Vec::new();
        }
        // Each folded byte remembers the original character it came from.
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<std::ops::Range<usize>> = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let before = folded.len();
            fold_char(c, &mut folded);
            let span = at..at + c.len_utf8();
            origin.extend(std::iter::repeat_n(span, folded.len() - before));
        }
        let mut out: Vec<std::ops::Range<usize>> = Vec::new();
        let mut from = 0;
        while let Some(found) = folded[from..].find(&self.folded) {
            let start = from + found;
            let end = start + self.folded.len();
            let (Some(first), Some(last)) = (origin.get(start), origin.get(end - 1)) else {
                break;
            };
            let mut range = first.start..last.end;
            // A base letter's combining marks (NFD text) belong to the match too.
            let rest = &text[range.end..];
            range.end += rest
                .char_indices()
                .find(|(_, c)| !is_combining_mark(*c))
                .map_or(rest.len(), |(i, _)| i);
            match out.last_mut() {
                Some(prev) if prev.end >= range.start => prev.end = prev.end.max(range.end),
                _ => out.push(range),
            }
            from = end;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_diacritics_and_any_case_find_the_same_text() {
        let q = Query::new("noi vu");
        assert!(q.matches("Sở Nội vụ"));
        assert!(q.matches("SỞ NỘI VỤ"));
        assert!(Query::new("SO NOI VU").matches("Sở Nội vụ"));
        assert!(Query::new("Nội vụ").matches("so noi vu"));
        assert!(!q.matches("Sở Tư pháp"));
    }

    #[test]
    fn d_with_stroke_in_every_form_is_d() {
        assert!(Query::new("dong thap").matches("Đồng Tháp"));
        assert!(Query::new("đồng").matches("ĐỒNG THÁP"));
        // U+00D0, the Icelandic eth that fonts draw like Đ, typed by some keyboards.
        assert!(Query::new("\u{d0}\u{1ed3}ng").matches("Đồng Tháp"));
        assert!(Query::new("\u{111}").matches("Sở Tài chính đô thị"));
    }

    #[test]
    fn nfd_text_from_word_matches_composed_text_and_back() {
        let nfd: String = "Tiêu chuẩn CBCC cấp xã".nfd().collect();
        assert_ne!(nfd, "Tiêu chuẩn CBCC cấp xã");
        assert!(Query::new("cấp xã").matches(&nfd));
        assert!(Query::new(&nfd).matches("Tiêu chuẩn CBCC cấp xã"));
        assert!(Query::new("cap xa").matches(&nfd));
    }

    #[test]
    fn telex_leftovers_are_not_guessed() {
        assert!(!Query::new("noij vuj").matches("Sở Nội vụ"));
    }

    #[test]
    fn ranges_point_into_the_original_text_in_either_form() {
        let text = "Sở Nội vụ: tổ chức";
        let ranges = Query::new("noi vu").ranges(text);
        assert_eq!(ranges.len(), 1);
        assert_eq!(&text[ranges[0].clone()], "Nội vụ");
        let nfd: String = text.nfd().collect();
        let ranges = Query::new("noi vu").ranges(&nfd);
        let shown: String = nfd[ranges[0].clone()].nfc().collect();
        assert_eq!(shown, "Nội vụ");
        assert!(Query::new("").ranges(text).is_empty());
        assert_eq!(Query::new("o").ranges("ô ồ o").len(), 3);
    }
}

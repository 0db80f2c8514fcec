//! Just enough of RON's lexical rules to point at things in a file the parser already accepted
//! (a finding's `code: "…"`, a scenario's `base_hash`): identifiers, strings and punctuation
//! with their line and column, skipping comments and string contents. A plain text search
//! would point at the first mention, which may be inside a comment or a description.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Ident,
    /// A string literal; `text` is its contents without the quotes (escapes left as written).
    Str,
    /// Any other single character outside whitespace: `(`, `:`, `,`, a digit…
    Other,
}

/// One token and where it starts (1-based line and column in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

/// The tokens of `text` in order. Unterminated comments and strings end the stream.
pub(crate) fn tokens(text: &str) -> Tokens<'_> {
    Tokens {
        text,
        at: 0,
        line: 1,
        // Where the column count stands: `counted_to` is `column` characters into the line.
        counted_to: 0,
        column: 1,
    }
}

pub(crate) struct Tokens<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    counted_to: usize,
    column: usize,
}

impl Tokens<'_> {
    /// Moves to `to`, keeping the line count (columns are counted lazily, per token).
    #[expect(
        clippy::naive_bytecount,
        reason = "a few bytes at a time; not worth the bytecount crate"
    )]
    fn advance(&mut self, to: usize) {
        let to = to.min(self.text.len());
        let passed = &self.text.as_bytes()[self.at..to];
        if let Some(last) = passed.iter().rposition(|&b| b == b'\n') {
            self.line += passed.iter().filter(|&&b| b == b'\n').count();
            self.counted_to = self.at + last + 1;
            self.column = 1;
        }
        self.at = to;
    }

    /// The column of the current position, counting only the characters not yet counted.
    fn column_here(&mut self) -> usize {
        let start = self.counted_to.min(self.at);
        self.column += self
            .text
            .get(start..self.at)
            .map_or(0, |s| s.chars().count());
        self.counted_to = self.at;
        self.column
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.text.as_bytes();
        loop {
            let rest = bytes.get(self.at..)?;
            let first = *rest.first()?;
            if first.is_ascii_whitespace() {
                let skip = rest
                    .iter()
                    .position(|b| !b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                self.advance(self.at + skip);
            } else if rest.starts_with(b"//") {
                let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
                self.advance(self.at + end);
            } else if rest.starts_with(b"/*") {
                // RON block comments nest.
                let mut depth = 0_usize;
                let mut i = 0;
                while i < rest.len() {
                    if rest[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if rest[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                self.advance(self.at + i);
            } else {
                break;
            }
        }
        let start = self.at;
        let (line, column) = (self.line, self.column_here());
        let rest = &bytes[start..];
        let first = rest[0];
        let raw_hashes = (first == b'r')
            .then(|| rest[1..].iter().take_while(|&&b| b == b'#').count())
            .filter(|&n| rest.get(1 + n) == Some(&b'"'));
        let (kind, body, end) = if let Some(hashes) = raw_hashes {
            // r"…" or r#"…"#: no escapes, ends at a quote followed by as many hashes.
            let open = 2 + hashes;
            let mut close = None;
            for (i, &b) in rest.iter().enumerate().skip(open) {
                if b == b'"' && rest[i + 1..].iter().take_while(|&&h| h == b'#').count() >= hashes {
                    close = Some(i);
                    break;
                }
            }
            let close = close.unwrap_or(rest.len());
            (Kind::Str, open..close, (close + 1 + hashes).min(rest.len()))
        } else if first == b'"' {
            let mut i = 1;
            while i < rest.len() && rest[i] != b'"' {
                i += if rest[i] == b'\\' { 2 } else { 1 };
            }
            let close = i.min(rest.len());
            (Kind::Str, 1..close, (close + 1).min(rest.len()))
        } else if first.is_ascii_alphabetic() || first == b'_' {
            let len = rest
                .iter()
                .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
                .unwrap_or(rest.len());
            (Kind::Ident, 0..len, len)
        } else {
            let len = self.text[start..].chars().next().map_or(1, char::len_utf8);
            (Kind::Other, 0..len, len)
        };
        self.advance(start + end);
        Some(Token {
            kind,
            text: self
                .text
                .get(start + body.start..start + body.end)
                .unwrap_or(""),
            offset: start,
            line,
            column,
        })
    }
}

/// Every `key: "value"` (a field whose value is a string) in document order.
pub(crate) fn string_fields<'a>(text: &'a str, key: &'a str) -> impl Iterator<Item = Token<'a>> {
    let mut window: [Option<Token<'a>>; 2] = [None, None];
    tokens(text).filter_map(move |token| {
        let found = match window {
            [Some(k), Some(colon)]
                if k.kind == Kind::Ident
                    && k.text == key
                    && colon.text == ":"
                    && token.kind == Kind::Str =>
            {
                // Where the key is, with the value's text.
                Some(Token {
                    text: token.text,
                    ..k
                })
            }
            _ => None,
        };
        window = [window[1], Some(token)];
        found
    })
}

/// Where the first `key:` of a struct field is.
pub(crate) fn field<'a>(text: &'a str, key: &str) -> Option<Token<'a>> {
    let mut previous: Option<Token<'_>> = None;
    for token in tokens(text) {
        if let Some(k) = previous
            && k.kind == Kind::Ident
            && k.text == key
            && token.text == ":"
        {
            return Some(k);
        }
        previous = Some(token);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str, usize, usize)> {
        tokens(text)
            .map(|t| (t.kind, t.text, t.line, t.column))
            .collect()
    }

    #[test]
    fn comments_and_string_contents_are_not_tokens() {
        let text = "// base_hash: \"x\"\n/* a /* nested */ code: \"1\" */ S(name: \"code: \\\"2\\\"\", code: \"3\")";
        let codes: Vec<_> = string_fields(text, "code").map(|t| t.text).collect();
        assert_eq!(codes, ["3"]);
        assert_eq!(field(text, "base_hash"), None);
        assert_eq!(
            field(text, "name").map(|t| (t.line, t.column)),
            Some((2, 34))
        );
    }

    #[test]
    fn columns_count_characters_after_vietnamese_text_on_one_long_line() {
        let text = "(name: \"Tiền Giang điều\", code: \"1.1\")";
        let code = string_fields(text, "code").next().unwrap();
        assert_eq!((code.line, code.column, code.text), (1, 27, "1.1"));
    }

    #[test]
    fn raw_strings_hide_quotes_and_keys() {
        let text = "(note: r#\"say \"code: \"9\"\" here\"#, code: r\"4\")";
        let codes: Vec<_> = string_fields(text, "code").map(|t| t.text).collect();
        assert_eq!(codes, ["4"]);
    }

    #[test]
    fn tokens_carry_lines_and_columns() {
        assert_eq!(
            kinds("A(\n  x: 1,\n)"),
            [
                (Kind::Ident, "A", 1, 1),
                (Kind::Other, "(", 1, 2),
                (Kind::Ident, "x", 2, 3),
                (Kind::Other, ":", 2, 4),
                (Kind::Other, "1", 2, 6),
                (Kind::Other, ",", 2, 7),
                (Kind::Other, ")", 3, 1),
            ]
        );
    }

    #[test]
    fn unterminated_strings_and_comments_end_the_stream() {
        assert_eq!(tokens("a \"open").count(), 2);
        assert_eq!(tokens("a /* open").count(), 1);
        assert_eq!(tokens("").count(), 0);
    }
}

//! CSV as Excel on Windows opens it: UTF-8 with a byte-order mark (without it Excel garbles
//! Vietnamese letters), CRLF line ends, RFC 4180 quoting through the csv crate, and no cell
//! that Excel would run as a formula.

/// A cell Excel would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
/// first) gets a leading apostrophe, unless it is a plain number such as "-0,0059": a
/// scorecard is untrusted input, and a criterion named "=HYPERLINK(…)" must stay text.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell.replace(',', ".").parse::<f64>().is_ok();
    if risky && !number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The records as CSV bytes, BOM first.
pub fn csv_bytes<R, S>(records: impl IntoIterator<Item = R>) -> Result<Vec<u8>, csv::Error>
where
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    for record in records {
        let cells: Vec<String> = record
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned())
            .collect();
        writer.write_record(&cells)?;
    }
    writer.flush()?;
    writer
        .into_inner()
        .map_err(|err| csv::Error::from(std::io::Error::other(err.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1 chiêu"), "'+1 chiêu");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            neutralise("- Sở Tài chính chủ trì"),
            "'- Sở Tài chính chủ trì"
        );
        assert_eq!(neutralise("-0,0059"), "-0,0059");
        assert_eq!(neutralise("-1.5"), "-1.5");
        assert_eq!(neutralise("Sở Nội vụ"), "Sở Nội vụ");
    }

    #[test]
    fn bytes_start_with_a_bom_and_quote_what_needs_it() {
        let bytes =
            csv_bytes([vec!["a,b", "c\"d", "=1+1"], vec!["x", "", "y"]]).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&bytes),
            "\u{feff}\"a,b\",\"c\"\"d\",'=1+1\r\nx,,y\r\n"
        );
    }
}

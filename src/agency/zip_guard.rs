//! An XLSX is a zip archive: a few kilobytes can claim — or really unpack to — gigabytes. A
//! returned sheet comes from outside, so before any reader inflates it, its parts are counted,
//! their declared sizes summed, and then each part is actually inflated through `take()` so a
//! part that lies about its size is stopped at the limit too.

use std::io::{Cursor, Read};

use super::error::SheetError;

/// The largest returned sheet accepted, as a file: a task sheet is tens of kilobytes.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The most its parts may unpack to, together.
pub const MAX_INFLATED_BYTES: u64 = 100 * 1024 * 1024;
/// The most parts an archive may have (a workbook has about a dozen).
pub const MAX_ENTRIES: usize = 1_000;

/// Checks the archive against the limits, inflating nothing past them.
pub fn check_archive(file: &str, bytes: &[u8]) -> Result<(), SheetError> {
    let too_big = || SheetError::Inflated {
        file: file.to_string(),
        limit: MAX_INFLATED_BYTES,
        entries: MAX_ENTRIES,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(SheetError::TooLarge {
            file: file.to_string(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let not_workbook = |reason: String| SheetError::NotWorkbook {
        file: file.to_string(),
        reason,
    };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| not_workbook(e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(too_big());
    }
    // What the archive claims, before inflating anything.
    let mut declared: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| not_workbook(e.to_string()))?;
        declared = declared.saturating_add(entry.size());
    }
    if declared > MAX_INFLATED_BYTES {
        return Err(too_big());
    }
    // What it really unpacks to, never reading past the limit.
    let mut budget = MAX_INFLATED_BYTES;
    for index in 0..archive.len() {
        let entry = archive
            .by_index(index)
            .map_err(|e| not_workbook(e.to_string()))?;
        let read = std::io::copy(&mut entry.take(budget + 1), &mut std::io::sink())
            .map_err(|e| not_workbook(e.to_string()))?;
        if read > budget {
            return Err(too_big());
        }
        budget -= read;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn archive(parts: &[(&str, usize)]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, size) in parts {
            writer.start_file(*name, options).unwrap();
            let zeros = vec![0u8; 1024 * 1024];
            let mut left = *size;
            while left > 0 {
                let n = left.min(zeros.len());
                writer.write_all(&zeros[..n]).unwrap();
                left -= n;
            }
        }
        writer.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn refuses_an_archive_that_unpacks_past_the_limit() {
        // 101 MiB of zeros deflates to about 100 KiB.
        let bomb = archive(&[("xl/worksheets/sheet1.xml", 101 * 1024 * 1024)]);
        assert!(bomb.len() < 1024 * 1024);
        assert!(matches!(
            check_archive("bom.xlsx", &bomb),
            Err(SheetError::Inflated { .. })
        ));
    }

    #[test]
    fn accepts_a_small_archive_and_refuses_what_is_not_one() {
        assert!(check_archive("ok.xlsx", &archive(&[("a.xml", 1000)])).is_ok());
        assert!(matches!(
            check_archive("x.xlsx", b"not a zip"),
            Err(SheetError::NotWorkbook { .. })
        ));
    }
}

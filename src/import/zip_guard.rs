//! The decompression-bomb guard: before calamine inflates anything, every zip entry is
//! inflated once into nothing, counting the bytes that really come out (declared sizes are
//! the attacker's to choose), and the file is refused past a total or a number of entries.
//! Memory stays bounded: each entry streams through a fixed buffer.

use std::io::{Cursor, Read};

use super::error::{ErrorKind, ImportError, Place};

/// The most a workbook may inflate to, all parts together. A 10,000-row appendix inflates to a
/// few megabytes; 256 MB leaves room for pictures and styles while refusing a bomb.
pub const MAX_INFLATED_BYTES: u64 = 256 * 1024 * 1024;

/// The most zip entries a workbook may hold; an XLSX has a dozen or two.
pub const MAX_ENTRIES: usize = 2_000;

/// Refuses `bytes` unless it is a zip whose entries inflate to at most `limit` bytes in all.
pub(crate) fn check(bytes: &[u8], file: &str, limit: u64) -> Result<(), ImportError> {
    let fail = |kind| ImportError::new(file, Place::File, kind);
    if bytes.is_empty() {
        return Err(fail(ErrorKind::Empty));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(fail(ErrorKind::OldExcel));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|err| {
        fail(ErrorKind::NotWorkbook {
            found: err.to_string(),
        })
    })?;
    if archive.len() > MAX_ENTRIES {
        return Err(fail(ErrorKind::TooManyEntries {
            count: archive.len(),
            limit: MAX_ENTRIES,
        }));
    }
    let mut total: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    for index in 0..archive.len() {
        let entry = archive.by_index(index).map_err(|err| {
            fail(ErrorKind::Damaged {
                detail: err.to_string(),
            })
        })?;
        // At most one byte past what is left, so an entry that would cross the limit is
        // caught without inflating the rest of it.
        let mut limited = entry.take(limit - total + 1);
        loop {
            let n = limited.read(&mut buffer).map_err(|err| {
                fail(ErrorKind::Damaged {
                    detail: err.to_string(),
                })
            })?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limit {
                return Err(fail(ErrorKind::Inflates { limit }));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A zip of `parts` entries, each `size` zero bytes, deflated.
    fn zeros(parts: usize, size: usize) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for i in 0..parts {
            zip.start_file(format!("xl/part{i}.xml"), options).unwrap();
            zip.write_all(&vec![0u8; size]).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn parts_inflating_past_the_limit_together_are_refused() {
        // Four parts of 1 MiB: each under a 3 MiB limit, together over it.
        let bytes = zeros(4, 1 << 20);
        assert!(bytes.len() < 40_000, "{}", bytes.len());
        let err = check(&bytes, "b.xlsx", 3 << 20).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Inflates { limit: 3 << 20 });
        assert!(check(&bytes, "b.xlsx", 4 << 20).is_ok());
    }

    #[test]
    fn not_a_zip_and_empty_say_what_they_are() {
        let err = check(b"STT;Ten", "x.xlsx", 1 << 20).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::NotWorkbook { .. }));
        assert_eq!(check(b"", "x.xlsx", 1).unwrap_err().kind, ErrorKind::Empty);
    }
}

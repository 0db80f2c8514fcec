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

//! Atomic saves: write a temporary file beside the target, flush it to disk, then rename it
//! over the target. A crash or a full disk at any moment leaves either the old file or the new
//! one, never a half-written mix.

use std::io::Write;
use std::path::Path;

use super::error::{LoadError, Origin};

/// Writes `bytes` to `path` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), LoadError> {
    let origin = Origin::File(path.to_path_buf());
    let fail = |source| LoadError::Write {
        origin: origin.clone(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // Temporaries a killed save left here long ago go now, so they do not pile up beside the
    // person's files.
    sweep_stale(dir, STALE_AGE);
    let mut temp = tempfile_in(dir).map_err(fail)?;
    temp.file.write_all(bytes).map_err(fail)?;
    temp.file.sync_all().map_err(fail)?;
    std::fs::rename(&temp.path, path).map_err(fail)?;
    temp.keep = true;
    // The rename itself is durable only once the directory entry is flushed.
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
    Ok(())
}

/// A temporary file that removes itself unless the save completed.
struct Temp {
    file: std::fs::File,
    path: std::path::PathBuf,
    keep: bool,
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A temporary file older than this was left by a killed process, not a save in progress.
pub const STALE_AGE: std::time::Duration = std::time::Duration::from_mins(10);

/// How temporary files start; hidden on Unix, and recognisable for [`sweep_stale`].
const TEMP_PREFIX: &str = ".parindex-save-";
const TEMP_SUFFIX: &str = ".tmp";

/// Removes temporary files in `dir` that a killed process left behind (a kill -9 mid-save
/// cannot run the cleanup), skipping any younger than `age`, which may be a save in progress
/// in another window. Returns how many were removed; unreadable entries are left alone.
pub fn sweep_stale(dir: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|meta| meta.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|elapsed| elapsed >= age);
        if stale && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

fn tempfile_in(dir: &Path) -> std::io::Result<Temp> {
    let pid = std::process::id();
    for attempt in 0..100u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = dir.join(format!("{TEMP_PREFIX}{pid}-{nanos}-{attempt}{TEMP_SUFFIX}"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => {
                return Ok(Temp {
                    file,
                    path,
                    keep: false,
                });
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(err) => return Err(err),
        }
    }
    Err(std::io::Error::other("could not create a temporary file"))
}

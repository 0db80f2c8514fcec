//! Không mất dữ liệu: unsaved edits kept in a recovery file in the per-user data directory,
//! so a crash, a kill or a power cut costs at most the edits since the last autosave.
//!
//! The file embeds the base scorecard as well as the changes: the edits mean nothing without
//! the exact figures they were made on, and the original file may have moved or changed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use super::error::{LoadError, Origin};
use super::{atomic, ron_format, text};
use crate::model::{Changes, Scorecard};

/// The environment variable that moves the data directory (tests, portable installs).
pub const DATA_DIR_VAR: &str = "PARINDEX_DATA_DIR";

const RECOVERY_FILE: &str = "recovery.ron";
const PANIC_LOG: &str = "panic.log";
/// The last panic in a line or two, for the next start to tell the person once.
const PANIC_NOTICE: &str = "panic-unread.txt";
/// A notice longer than this is cut: it is shown in a dialog, the log has the rest.
const NOTICE_MAX: usize = 600;

/// Bản khôi phục: unsaved work and what it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// The scorecard file the edits were made on; `None` for the embedded default.
    pub document: Option<PathBuf>,
    /// The scenario file the edits would be saved to, if it has one yet.
    #[serde(default)]
    pub scenario: Option<PathBuf>,
    /// Seconds since the Unix epoch when this was written.
    pub written_at: u64,
    /// The base scorecard exactly as the edits saw it.
    pub card: Scorecard,
    /// The unsaved edits.
    pub changes: Changes,
}

impl Recovery {
    /// Recovery data stamped with the current time.
    pub fn now(
        document: Option<PathBuf>,
        scenario: Option<PathBuf>,
        card: Scorecard,
        changes: Changes,
    ) -> Self {
        Recovery {
            document,
            scenario,
            written_at: unix_now(),
            card,
            changes,
        }
    }
}

/// The per-user data directory: `$PARINDEX_DATA_DIR`, else `$XDG_DATA_HOME/parindex`, else
/// `~/.local/share/parindex` (`%APPDATA%\parindex` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var(DATA_DIR_VAR)
        .or_else(|| var("XDG_DATA_HOME").map(|d| d.join("parindex")))
        .or_else(|| var("APPDATA").map(|d| d.join("parindex")))
        .or_else(|| var("HOME").map(|d| d.join(".local/share/parindex")))
}

/// Where the recovery file lives in `dir`.
pub fn recovery_path(dir: &Path) -> PathBuf {
    dir.join(RECOVERY_FILE)
}

/// Where panics are logged in `dir`, for the person to send to whoever supports them.
pub fn panic_log_path(dir: &Path) -> PathBuf {
    dir.join(PANIC_LOG)
}

/// Writes the recovery file atomically, creating `dir` if needed.
pub fn write(dir: &Path, recovery: &Recovery) -> Result<(), LoadError> {
    let path = recovery_path(dir);
    let fail = |source| LoadError::Write {
        origin: Origin::File(path.clone()),
        source,
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    let text = ron_format::to_string(recovery).map_err(|err| fail(std::io::Error::other(err)))?;
    atomic::write(&path, text.as_bytes())
}

/// The recovery file in `dir`, if there is one. A damaged one is an error, not `None`: the
/// person decides whether to discard it.
pub fn read(dir: &Path) -> Result<Option<Recovery>, LoadError> {
    let path = recovery_path(dir);
    match std::fs::metadata(&path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let text = text::read_file(&path)?;
    ron_format::parse(&text, &Origin::File(path)).map(Some)
}

/// Removes what an interrupted atomic write left in `dir` (never the recovery file itself);
/// returns how many files went.
pub fn sweep(dir: &Path) -> usize {
    atomic::sweep_stale(dir, atomic::STALE_AGE)
}

/// Removes the recovery file after a clean save or exit; no file is not an error.
pub fn clear(dir: &Path) -> Result<(), LoadError> {
    let path = recovery_path(dir);
    match std::fs::remove_file(&path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(LoadError::Write {
            origin: Origin::File(path),
            source: err,
        }),
        _ => Ok(()),
    }
}

/// What the app keeps current for the panic hook: the latest unsaved work, or `None` when
/// everything is saved.
pub type Slot = Arc<Mutex<Option<Recovery>>>;

/// Installs a panic hook that writes the slot's recovery data to `dir` and appends the panic
/// to `dir/panic.log`, then runs the previous hook (which prints the message).
pub fn install_panic_hook(dir: PathBuf, slot: Slot) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // `try_lock`: the panic may have happened while the slot was held; waiting would hang.
        let saved = match slot.try_lock() {
            Ok(guard) => match guard.as_ref() {
                Some(recovery) => match write(&dir, recovery) {
                    Ok(()) => format!("unsaved edits written to {}", recovery_path(&dir).display()),
                    Err(err) => format!("could not write unsaved edits: {err}"),
                },
                None => "no unsaved edits".to_string(),
            },
            Err(_) => "unsaved edits were locked; the last autosave stands".to_string(),
        };
        let location = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_string());
        let entry = format!(
            "[{}] parindex {} panicked{location}: {message}\n  {saved}\n{}\n",
            unix_now(),
            env!("CARGO_PKG_VERSION"),
            std::backtrace::Backtrace::force_capture()
        );
        let _ = std::fs::create_dir_all(&dir);
        note_panic(&dir, &format!("{message}{location}\n{saved}"));
        if let Ok(mut log) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(panic_log_path(&dir))
        {
            let _ = log.write_all(entry.as_bytes());
        }
        previous(info);
    }));
}

/// Leaves `notice` for the next start to show (the panic hook's; best effort, the log is the
/// record).
pub fn note_panic(dir: &Path, notice: &str) {
    let _ = std::fs::write(dir.join(PANIC_NOTICE), notice);
}

/// The notice of a panic the person has not been told of yet, removed as it is read so it is
/// told once. Best effort: a notice that cannot be read is no notice (the log keeps it).
pub fn take_panic_notice(dir: &Path) -> Option<String> {
    let path = dir.join(PANIC_NOTICE);
    let bytes = std::fs::read(&path).ok()?;
    let _ = std::fs::remove_file(&path);
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let cut = text
        .char_indices()
        .nth(NOTICE_MAX)
        .map_or(text.len(), |(at, _)| at);
    Some(if cut < text.len() {
        format!("{}…", &text[..cut])
    } else {
        text.to_string()
    })
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

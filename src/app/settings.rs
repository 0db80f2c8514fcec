//! What the app remembers between runs (with eframe persistence): recent files, language and
//! chart part. Window size and panel layout are kept by eframe and egui themselves.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ui::Lang;
use crate::ui::charts::Part;

/// The storage key of [`Settings`].
pub const KEY: &str = "parindex-settings";

/// How many recent files are remembered.
const RECENT: usize = 10;

/// Remembered preferences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub lang: Lang,
    pub chart_part: Part,
}

impl Settings {
    /// Puts `path` first in the recent files, once.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembering_moves_a_file_to_the_front_without_duplicates() {
        let mut settings = Settings::default();
        for name in ["a.ron", "b.ron", "a.ron"] {
            settings.remember(Path::new(name));
        }
        assert_eq!(
            settings.recent,
            [PathBuf::from("a.ron"), PathBuf::from("b.ron")]
        );
    }

    #[test]
    fn recent_files_are_capped() {
        let mut settings = Settings::default();
        for n in 0..15 {
            settings.remember(Path::new(&format!("{n}.ron")));
        }
        assert_eq!(settings.recent.len(), RECENT);
        assert_eq!(settings.recent[0], PathBuf::from("14.ron"));
    }
}

//! The results tables the panel ranks against: the published one parindex ships, and one the
//! officer reads from the Ministry's annex (a full table gives exact ranks).

use std::path::PathBuf;

use crate::io;
use crate::model::Results;

use super::super::i18n::Lang;

/// The shipped table (read once) and a table read from a file.
#[derive(Clone, Debug, Default)]
pub struct Tables {
    /// The shipped table, once read (if it reads).
    embedded: Option<Results>,
    embedded_read: bool,
    /// A table read from a file, with its path.
    loaded: Option<(PathBuf, Results)>,
    /// Counts the tables read, so an answer is sought again against a new one.
    pub revision: u64,
}

impl Tables {
    /// Reads the shipped table the first time it is needed.
    pub fn ensure_embedded(&mut self) {
        if !self.embedded_read {
            self.embedded = io::embedded_results().ok();
            self.embedded_read = true;
        }
    }

    /// Ranks against the table read from `path` from now on.
    pub fn load(&mut self, path: PathBuf, results: Results) {
        self.loaded = Some((path, results));
        self.revision += 1;
    }

    /// The table that ranks `year`: the one read from a file, else the shipped one.
    pub fn current(&self, year: i32) -> Option<&Results> {
        let loaded = self.loaded.as_ref().map(|(_, r)| r);
        let embedded = self.embedded.as_ref();
        loaded
            .filter(|r| r.has_year(year))
            .or(embedded.filter(|r| r.has_year(year)))
    }

    /// Where the current table comes from, for the tooltip: the file, or the shipped table.
    pub fn origin(&self, year: i32, lang: Lang) -> Option<String> {
        let s = lang.goal();
        match &self.loaded {
            Some((path, r)) if r.has_year(year) => Some(path.display().to_string()),
            _ => self
                .current(year)
                .map(|r| format!("{} ({})", r.origin, s.shipped)),
        }
    }
}

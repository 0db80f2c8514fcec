//! Không mất dữ liệu in the app: unsaved work goes to the recovery file every
//! [`Autosave::interval`] and whenever the window loses focus, the panic hook's slot is kept
//! current, and the file is cleared once nothing is left to lose.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::engine::Session;
use crate::io::recovery::{self, Recovery, Slot};

use super::{Document, ParIndexApp, ScenarioInfo};

/// How often unsaved work is written while the window keeps focus.
pub const INTERVAL: Duration = Duration::from_secs(30);

/// Where and how often the app writes its recovery file.
#[derive(Debug)]
pub struct Autosave {
    dir: PathBuf,
    slot: Slot,
    /// The session (`Session::serial`) whose scorecard the slot holds: while it stays open
    /// only its changes are copied, and the 10,000-item card is not even compared.
    slot_serial: std::cell::Cell<Option<u64>>,
    /// Time between writes while dirty; a field so tests can shorten it.
    pub interval: Duration,
    /// egui time (seconds) of the last write, or of the first dirty frame since then.
    since: Option<f64>,
    was_focused: bool,
    /// Recovery data found at start, waiting for the person to restore or discard it.
    offer: Option<Recovery>,
    /// The panic that ended the last run, until the person has read of it.
    panic_notice: Option<String>,
}

impl Autosave {
    /// Autosave into `dir` (the data directory), with an empty panic-hook slot.
    pub fn new(dir: PathBuf) -> Self {
        Autosave {
            dir,
            slot: Arc::new(Mutex::new(None)),
            slot_serial: std::cell::Cell::new(None),
            interval: INTERVAL,
            since: None,
            was_focused: true,
            offer: None,
            panic_notice: None,
        }
    }

    /// The data directory the recovery file lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// What the panic hook writes; shared with [`recovery::install_panic_hook`].
    pub fn slot(&self) -> Slot {
        Arc::clone(&self.slot)
    }

    fn set_slot(&self, value: Option<Recovery>) {
        self.slot_serial.set(None);
        if let Ok(mut guard) = self.slot.lock() {
            *guard = value;
        }
    }
}

impl ParIndexApp {
    /// Looks for a recovery file left by a crash; a readable one is offered, a damaged one is
    /// reported (and left in place for the person to inspect).
    pub(super) fn look_for_recovery(&mut self) {
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        recovery::sweep(&autosave.dir);
        autosave.panic_notice = recovery::take_panic_notice(&autosave.dir);
        match recovery::read(&autosave.dir) {
            Ok(found) => autosave.offer = found,
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// The panic that ended the last run and where its log is, while the notice is showing.
    pub fn panic_notice(&self) -> Option<(&str, PathBuf)> {
        let autosave = self.autosave.as_ref()?;
        let notice = autosave.panic_notice.as_deref()?;
        Some((notice, recovery::panic_log_path(&autosave.dir)))
    }

    pub(super) fn dismiss_panic_notice(&mut self) {
        if let Some(autosave) = self.autosave.as_mut() {
            autosave.panic_notice = None;
        }
    }

    /// Whether the restore offer is showing.
    pub fn recovery_offered(&self) -> bool {
        self.autosave.as_ref().is_some_and(|a| a.offer.is_some())
    }

    /// The data directory, when autosave is on.
    pub fn data_dir(&self) -> Option<&Path> {
        self.autosave.as_ref().map(Autosave::dir)
    }

    /// Brings the panic hook's slot up to date. The base scorecard does not change while a
    /// document is open, so a slot already holding it only takes the new changes: a slider drag
    /// on a 10,000-item card then copies its few edits per frame, not the whole card.
    fn touch_slot(&self, autosave: &Autosave) {
        let _ = self.refresh_slot_in_place(autosave);
    }

    fn refresh_slot(&self, autosave: &Autosave) -> Option<Recovery> {
        self.refresh_slot_in_place(autosave)?;
        autosave.slot.lock().ok()?.clone()
    }

    fn refresh_slot_in_place(&self, autosave: &Autosave) -> Option<()> {
        let mut guard = autosave.slot.lock().ok()?;
        let card = self.session.card();
        let serial = self.session.serial();
        match guard.as_mut() {
            Some(kept) if autosave.slot_serial.get() == Some(serial) => {
                kept.changes.clone_from(self.session.changes());
                kept.document.clone_from(&self.document.path);
                kept.scenario.clone_from(&self.info.path);
            }
            _ => {
                *guard = Some(Recovery::now(
                    self.document.path.clone(),
                    self.info.path.clone(),
                    card.clone(),
                    self.session.changes().clone(),
                ));
                autosave.slot_serial.set(Some(serial));
            }
        }
        Some(())
    }

    /// Called once a frame after the actions: writes when the timer runs out or focus is lost.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context, changed: bool) {
        // The person chose to quit without saving: the window is closing, and writing the
        // changes now would offer them back at the next start.
        if self.discard_confirmed {
            return;
        }
        let unsaved = self.has_unsaved();
        let (now, focused) = ctx.input(|i| (i.time, i.focused));
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        let lost_focus = autosave.was_focused && !focused;
        autosave.was_focused = focused;
        if !unsaved {
            autosave.since = None;
            // Undone back to what is saved: a panic now has nothing to keep.
            if autosave.slot_serial.get().is_some() {
                autosave.set_slot(None);
            }
            return;
        }
        let since = *autosave.since.get_or_insert(now);
        let due = now - since >= autosave.interval.as_secs_f64();
        let interval = autosave.interval;
        if changed || due || lost_focus {
            // The panic hook writes whatever is in the slot, so it follows every change; the
            // file is written (from a copy, outside the lock) only when due.
            let Some(autosave) = self.autosave.as_ref() else {
                return;
            };
            if changed && !(due || lost_focus) {
                self.touch_slot(autosave);
            } else if let Some(data) = self.refresh_slot(autosave)
                && let Some(autosave) = self.autosave.as_mut()
            {
                autosave.since = Some(now);
                if let Err(err) = recovery::write(&autosave.dir, &data) {
                    self.error = Some(err.to_string());
                }
            }
        }
        ctx.request_repaint_after(interval);
    }

    /// Nothing is left to lose (a clean save, a clean exit, a discard): drop the file.
    pub(super) fn clear_recovery(&mut self) {
        let Some(autosave) = self.autosave.as_mut() else {
            return;
        };
        autosave.since = None;
        autosave.set_slot(None);
        if let Err(err) = recovery::clear(&autosave.dir) {
            self.error = Some(err.to_string());
        }
    }

    /// Reopens the offered recovery data as an unsaved session.
    pub(super) fn restore_recovery(&mut self) {
        let Some(found) = self.autosave.as_mut().and_then(|a| a.offer.take()) else {
            return;
        };
        let name = |path: &Path| {
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        };
        self.session = Session::restored(found.card, found.changes);
        self.panels = crate::ui::Panels::for_nodes(
            self.session.analysis().nodes.len(),
            self.panels.charts.part,
        );
        self.view.selected = None;
        let document_name = found
            .document
            .as_deref()
            .map_or_else(|| crate::io::EMBEDDED_NAME.to_string(), name);
        self.info = ScenarioInfo::from_scorecard(&document_name);
        self.info.path = found.scenario;
        self.document = Document {
            name: document_name,
            path: found.document,
        };
        self.forget_drafts();
    }

    /// Deletes the offered recovery data.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(autosave) = self.autosave.as_mut() {
            autosave.offer = None;
        }
        self.clear_recovery();
    }
}

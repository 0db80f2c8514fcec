//! The loop's dialogs in the order they can stack: one at a time in practice, as each is
//! opened from a menu or by the one before it.

use super::super::action::Action;
use super::super::i18n::Lang;
use super::AgencyDialogs;
use super::receive::{receive_ui, typed_files_ui};
use super::report::report_ui;
use super::send::{send_ui, sent_ui};

pub(super) fn ui(
    dialogs: &mut AgencyDialogs,
    ctx: &egui::Context,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    if let Some(draft) = dialogs.send.as_mut() {
        send_ui(draft, ctx, lang, actions);
    }
    if let Some(sent) = &dialogs.sent {
        sent_ui(sent, ctx, lang, actions);
    }
    if let Some(typed) = dialogs.typed_files.as_mut() {
        typed_files_ui(typed, ctx, lang, actions);
    }
    if let Some(draft) = dialogs.receive.as_mut() {
        receive_ui(draft, ctx, lang, actions);
    }
    if let Some(draft) = dialogs.report.as_mut() {
        report_ui(draft, ctx, lang, actions);
    }
}

//! The goal panel's requests (issue 12), applied: the answer taken as a new scenario (one undo
//! step, named after the aim, its name given back by undo), the fix-first chart and table
//! written with the command line's export code, and a results table read to rank against.

use std::path::Path;

use crate::engine::Edit;
use crate::export;
use crate::io;
use crate::ui::dialogs::PathPurpose;
use crate::ui::goal::{GoalAction, GoalPath, fix_first_for, message};

use super::ParIndexApp;
use super::exports::{CHART_SIZE, Failure, export_lang, extension};
use super::scenario_io::ScenarioInfo;
use crate::ui::Lang;

/// The scenario's info before and after each applied answer, oldest first, so undo and redo
/// give the scenario back the name it had.
#[derive(Clone, Debug, Default)]
pub struct GoalNames {
    steps: Vec<(ScenarioInfo, ScenarioInfo)>,
    /// How many of `steps` are in force (applied and not undone).
    live: usize,
}

impl ParIndexApp {
    pub(super) fn apply_goal(&mut self, action: GoalAction) {
        match action {
            GoalAction::Apply => self.apply_answer(),
            GoalAction::Ask(purpose) => {
                let purpose = PathPurpose::Goal(purpose);
                let save = purpose != PathPurpose::Goal(GoalPath::Results);
                if let Some(path) = self.choose(purpose, save) {
                    self.path_chosen(purpose, path);
                }
            }
            GoalAction::Path { purpose, path } => self.goal_path_chosen(purpose, &path),
        }
    }

    /// The filter's name, its extensions and a suggested file name (in the view's language).
    pub(super) fn goal_file_kind(&self, purpose: GoalPath) -> (String, Vec<&'static str>, String) {
        let stem = match self.view.lang {
            Lang::Vi => ("uu-tien-khac-phuc", "lam-truoc"),
            Lang::En => ("fix-first", "fix-first-chart"),
        };
        match purpose {
            GoalPath::FixTable => (
                "XLSX/CSV".into(),
                vec!["xlsx", "csv"],
                format!("{}.xlsx", stem.0),
            ),
            GoalPath::ClimbChart { svg } => {
                let ext = if svg { "svg" } else { "png" };
                (
                    ext.to_ascii_uppercase(),
                    vec![ext],
                    format!("{}.{ext}", stem.1),
                )
            }
            GoalPath::Results => ("CSV/XLSX".into(), vec!["csv", "xlsx"], String::new()),
        }
    }

    pub(super) fn goal_path_chosen(&mut self, purpose: GoalPath, path: &Path) {
        match purpose {
            GoalPath::FixTable => {
                let result = self.write_fix_table(path);
                self.export_result(result, path);
            }
            GoalPath::ClimbChart { .. } => {
                let result = self.write_climb(path);
                self.export_result(result, path);
            }
            GoalPath::Results => {
                let year = self.session.analysis().year;
                match io::load_results(path, year) {
                    Ok(results) => self.panels.goal.tables.load(path.to_path_buf(), results),
                    Err(err) => self.error = Some(err.to_string()),
                }
            }
        }
    }

    /// Áp dụng thành kịch bản mới: the panel's answer as the projection in one undo step; the
    /// scenario takes the aim's name and, being new, no file (Save asks for one).
    fn apply_answer(&mut self) {
        let lang = self.view.lang;
        let answer = match self.panels.goal.answer(&self.session) {
            Ok(answer) => answer.clone(),
            Err(err) => {
                self.error = Some(message(err, lang));
                return;
            }
        };
        let name = self.panels.goal.scenario_name(&answer, lang);
        if !self.session.apply(Edit::ApplyAnswer(Box::new(answer))) {
            return;
        }
        self.forget_drafts();
        let before = self.info.clone();
        self.info = ScenarioInfo {
            name,
            description: lang.goal().applied_description.replace("{}", &before.name),
            author: before.author.clone(),
            created: String::new(),
            path: None,
            edited: true,
        };
        let names = &mut self.goal_names;
        names.steps.truncate(names.live);
        names.steps.push((before, self.info.clone()));
        names.live = names.steps.len();
    }

    /// After an undo or a redo: the scenario's name follows the applied answers still in force,
    /// unless it was renamed or saved since.
    pub(super) fn goal_follow_history(&mut self) {
        let applied = self
            .session
            .history()
            .filter(|(edit, _)| matches!(edit, Edit::ApplyAnswer(_)))
            .count();
        let names = &mut self.goal_names;
        while names.live > applied {
            names.live -= 1;
            if let Some((before, after)) = names.steps.get(names.live)
                && self.info == *after
            {
                self.info = before.clone();
            }
        }
        while names.live < applied.min(names.steps.len()) {
            if let Some((before, after)) = names.steps.get(names.live)
                && self.info == *before
            {
                self.info = after.clone();
            }
            names.live += 1;
        }
    }

    /// The fix-first list as the panel shows it: its target line is the panel's aim.
    fn shown_fix_first(&mut self) -> crate::engine::goal::FixFirst {
        let target = self
            .panels
            .goal
            .answer(&self.session)
            .as_ref()
            .ok()
            .and_then(|a| a.target);
        fix_first_for(&self.session, target)
    }

    fn write_fix_table(&mut self, path: &Path) -> Result<(), Failure> {
        let list = self.shown_fix_first();
        let lang = export_lang(self.view.lang);
        let bytes = match extension(path).as_str() {
            "xlsx" => export::fix_first_xlsx(&list, lang)?,
            "csv" => export::fix_first_csv(&list, lang)?,
            _ => return Err(self.wrong_extension(path, ".xlsx / .csv")),
        };
        io::write_atomic(path, &bytes)?;
        Ok(())
    }

    fn write_climb(&mut self, path: &Path) -> Result<(), Failure> {
        let list = self.shown_fix_first();
        let chart = export::climb_chart(&list, export_lang(self.view.lang));
        let (width, height) = CHART_SIZE;
        let svg = export::climb_svg(&chart, width, height);
        match extension(path).as_str() {
            "svg" => io::write_atomic(path, svg.as_bytes())?,
            "png" => io::write_atomic(path, &export::png_from_svg(&svg)?)?,
            _ => return Err(self.wrong_extension(path, ".png / .svg")),
        }
        Ok(())
    }
}

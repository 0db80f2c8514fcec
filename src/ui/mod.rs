//! The panels of the window. Each reads the session and the view and returns [`Action`]s;
//! none computes a score.

pub mod action;
pub mod charts;
pub mod editor;
pub mod findings;
pub mod header;
pub mod i18n;
pub mod memo;
pub mod menus;
pub mod rows;
pub mod theme;
pub mod tree_table;
pub mod view;
pub mod virtual_list;
pub mod widgets;
// Scenarios and the plan (issue 4).
pub mod compare;
pub mod history;
pub mod plan;
pub mod scenarios;
pub mod timeline;
pub mod workspace;

pub use action::Action;
pub use i18n::Lang;
pub use view::View;

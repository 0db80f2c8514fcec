//! The print palette of every export: dark ink on white, muted bar colours that stay distinct
//! greys on a black-and-white photocopy. The one place an export names a colour.

/// Text and axes.
pub const INK: &str = "#1a1a1a";
/// Subtitles, sources, notes, tick labels.
pub const MUTED: &str = "#555555";
/// Grid lines.
pub const GRID: &str = "#d9d9d9";
/// Rules between a report's sections.
pub const RULE: &str = "#bfbfbf";
/// Bar colours in series order: navy, amber, teal, brick, slate, olive.
pub const SERIES: [&str; 6] = [
    "#1f3b73", "#d08c1f", "#2a7f7a", "#a33b2f", "#5b6573", "#7a7f2a",
];

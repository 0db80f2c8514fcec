//! Bytes built into the binary: the default scorecard, and the Be Vietnam Pro font (SIL OFL
//! 1.1, `assets/fonts/OFL.txt`) shared by exports and the UI so every Vietnamese glyph comes
//! from one known font. The published results table the ranks
//! are read against. The one file of `src/` that names what `assets/` holds.

/// The scorecard the app opens with no file: Tiền Giang's 2019 PAR Index from its remediation
/// plan, built into the binary so it opens from any directory.
pub const EMBEDDED_SCORECARD: &str = include_str!("../assets/scorecards/tien-giang-2019.ron");

/// The name the embedded scorecard goes by in messages and titles.
pub const EMBEDDED_NAME: &str = "tien-giang-2019.ron";

/// The empty card of a province under the current method: eight fields and their maxima,
/// no score known (`Tệp → Mới`).
pub const PROVINCE_TEMPLATE: &str = include_str!("../assets/templates/tinh.ron");

/// Be Vietnam Pro Regular (400).
pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-Regular.ttf");

/// Be Vietnam Pro semi-bold (600), for titles and headings.
pub const FONT_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-SemiBold.ttf");

/// The app's mark (256 × 256 PNG), for the window and the desktop entry.
pub const ICON_PNG: &[u8] = include_bytes!("../assets/icon/parindex.png");

/// The font's licence (SIL Open Font License 1.1), shown in Help → About.
pub const FONT_LICENCE: &str = include_str!("../assets/fonts/OFL.txt");

/// The family name inside both font files, as SVG `font-family` names it.
pub const FONT_FAMILY: &str = "Be Vietnam Pro";

/// The provinces' published PAR Index results parindex ships (each row with its source): a
/// partial table, so ranks read against it are ranges. `io::embedded_results` parses it.
pub const RESULTS_CSV: &str = include_str!("../assets/results/chi-so-cchc-cap-tinh.csv");

/// The name the embedded results table goes by in messages.
pub const RESULTS_NAME: &str = "chi-so-cchc-cap-tinh.csv";

//! Bytes built into the binary: the Be Vietnam Pro font (SIL OFL 1.1, `assets/fonts/OFL.txt`),
//! shared by exports and the UI so every Vietnamese glyph comes from one known font, and the
//! published results table the ranks are read against.

/// Be Vietnam Pro Regular (400).
pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-Regular.ttf");

/// Be Vietnam Pro semi-bold (600), for titles and headings.
pub const FONT_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-SemiBold.ttf");

/// The family name inside both font files, as SVG `font-family` names it.
pub const FONT_FAMILY: &str = "Be Vietnam Pro";

/// The provinces' published PAR Index results parindex ships (each row with its source): a
/// partial table, so ranks read against it are ranges. `io::embedded_results` parses it.
pub const RESULTS_CSV: &str = include_str!("../assets/results/chi-so-cchc-cap-tinh.csv");

/// The name the embedded results table goes by in messages.
pub const RESULTS_NAME: &str = "chi-so-cchc-cap-tinh.csv";

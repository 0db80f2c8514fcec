//! Bytes built into the binary: the Be Vietnam Pro font (SIL OFL 1.1, `assets/fonts/OFL.txt`),
//! shared by exports and the UI so every Vietnamese glyph comes from one known font.

/// Be Vietnam Pro Regular (400).
pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-Regular.ttf");

/// Be Vietnam Pro semi-bold (600), for titles and headings.
pub const FONT_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-SemiBold.ttf");

/// The family name inside both font files, as SVG `font-family` names it.
pub const FONT_FAMILY: &str = "Be Vietnam Pro";

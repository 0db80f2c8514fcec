//! Design tokens: the font, the palette, the text roles and the spacing every panel uses. The
//! only file that makes a colour (`clippy.toml` forbids `Color32` constructors elsewhere), so a
//! panel says what a thing is (`theme::LOST`, `text::panel_title`) and never how it looks.
#![allow(clippy::disallowed_methods)]

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, TextStyle};

/// Be Vietnam Pro covers every Vietnamese letter; egui's built-in font does not, and falls
/// back to another weight for "ổ", "chỉ" or "điều".
const REGULAR: &[u8] = crate::assets::FONT_REGULAR;
const SEMIBOLD: &[u8] = crate::assets::FONT_SEMIBOLD;

/// The family of headings and key figures.
pub fn strong_family() -> FontFamily {
    FontFamily::Name("semibold".into())
}

/// Row height of the tree-table.
pub const ROW_HEIGHT: f32 = 24.0;
/// Gap between panel sections.
pub const GAP: f32 = 8.0;

/// The inner margin of the header, the editor and the other framed panels.
pub fn panel_margin() -> egui::Margin {
    egui::Margin::symmetric(12, 8)
}

/// Behind the letters a search matched.
pub const MATCH: Color32 = Color32::from_rgb(0xff, 0xe5, 0x8f);
/// Transparent: a row with nothing to flag.
pub const NONE: Color32 = Color32::TRANSPARENT;

/// Points lost, a score below its max.
pub const LOST: Color32 = Color32::from_rgb(0xc0, 0x39, 0x2b);
/// A projected gain.
pub const GAIN: Color32 = Color32::from_rgb(0x1e, 0x84, 0x49);
/// Markers on inferred, corrected or assumed values.
pub const MARKER: Color32 = Color32::from_rgb(0xb9, 0x77, 0x0e);
/// Background tint of a row that lost points.
pub const LOST_ROW: Color32 = Color32::from_rgba_premultiplied(0x30, 0x08, 0x04, 0x12);
/// The baseline series of the charts.
pub const BASELINE: Color32 = Color32::from_rgb(0x8e, 0x9a, 0xaf);
/// The projected series of the charts.
pub const PROJECTED: Color32 = Color32::from_rgb(0x2e, 0x6d, 0xb4);
/// Finding severities.
pub const ERROR: Color32 = Color32::from_rgb(0xc0, 0x39, 0x2b);
pub const WARNING: Color32 = Color32::from_rgb(0xb9, 0x77, 0x0e);
pub const INFO: Color32 = Color32::from_rgb(0x2e, 0x6d, 0xb4);
/// Colours of compared scenarios and of a chart's series, in order (the baseline first).
pub const SERIES: [Color32; 6] = [
    BASELINE,
    PROJECTED,
    GAIN,
    MARKER,
    Color32::from_rgb(0x8e, 0x44, 0xad),
    LOST,
];

/// No sub-pixel binning: each glyph is rasterised once instead of at up to four offsets.
/// Vietnamese text uses many distinct precomposed letters, so this halves the first frame's
/// UI pass (18 → 10 ms, `examples/first_frame.rs`) and the atlas, with no visible loss at
/// these sizes (compared side by side under Xvfb).
fn tweak() -> egui::FontTweak {
    egui::FontTweak {
        subpixel_binning: Some(false),
        ..Default::default()
    }
}

/// Installs the font, a light theme and the text sizes.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "BeVietnamPro".into(),
        Arc::new(FontData::from_static(REGULAR).tweak(tweak())),
    );
    fonts.font_data.insert(
        "BeVietnamPro-SemiBold".into(),
        Arc::new(FontData::from_static(SEMIBOLD).tweak(tweak())),
    );
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, "BeVietnamPro".into());
    // The monospace font lacks Vietnamese letters too: Be Vietnam Pro is its first fallback.
    let mono = fonts.families.entry(FontFamily::Monospace).or_default();
    let at = usize::from(!mono.is_empty());
    mono.insert(at, "BeVietnamPro".into());
    let mut strong = vec!["BeVietnamPro-SemiBold".to_string()];
    strong.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(strong_family(), strong);
    ctx.set_fonts(fonts);
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
        style.spacing.slider_width = 220.0;
        for (text_style, size) in [
            (TextStyle::Body, 14.0),
            (TextStyle::Button, 14.0),
            (TextStyle::Small, 11.5),
            (TextStyle::Heading, 19.0),
            (TextStyle::Monospace, 13.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
        if let Some(font) = style.text_styles.get_mut(&TextStyle::Heading) {
            font.family = strong_family();
        }
    });
}

/// Text in the strong family at `size`: the text roles below are the names to use.
fn strong(text: impl Into<String>, size: f32) -> egui::RichText {
    egui::RichText::new(text).family(strong_family()).size(size)
}

/// Text roles: what a piece of text is, not its size.
pub mod text {
    use egui::RichText;

    /// The unit's name and the header's figures.
    pub fn display(text: impl Into<String>) -> RichText {
        super::strong(text, 20.0)
    }

    /// A dialog's title.
    pub fn dialog_title(text: impl Into<String>) -> RichText {
        super::strong(text, 17.0)
    }

    /// A section inside a panel: the editor's criterion, a quarter in the timeline.
    pub fn section(text: impl Into<String>) -> RichText {
        super::strong(text, 16.0)
    }

    /// A panel's title: findings, the editor, a chart.
    pub fn panel_title(text: impl Into<String>) -> RichText {
        super::strong(text, 15.0)
    }

    /// A field's row in the tree-table.
    pub fn emphasis(text: impl Into<String>) -> RichText {
        super::strong(text, 14.0)
    }

    /// A difference beside a figure, at the figure's `size`.
    pub fn delta(text: impl Into<String>, size: f32) -> RichText {
        super::strong(text, size)
    }
}

//! The report's pages after the first, for a scenario that projects gains: how sure the
//! projection is (the point, the expected index, the 90 % interval, P(index ≥ target), how it
//! was computed, the distribution's chart) and the evidence checklist — per lead agency the
//! items it must prove, most points at risk first, each with its documents and their state.
//! A long checklist flows onto further pages; a national card's thousands of items stop after
//! [`MAX_ITEMS`] with a pointer to the XLSX checklist, which holds them all.

use std::fmt::Write;

use crate::engine::{AgencyChecklist, ChecklistItem, Method, Risk};
use crate::model::{Evidence, EvidenceState, Points, RiskDefaults};

use super::build::{Scene, pts};
use super::chart::Lang;
use super::palette::{INK, MUTED, SERIES};
use super::report::{MARGIN, PAGE_H, PAGE_W, clip, put, rule};
use super::risk_chart::risk_svg_body;
use super::svg::{document_start, wrap_all};

/// Items listed in the PDF at most; the XLSX checklist lists every one.
const MAX_ITEMS: usize = 120;
/// Where rows stop, above the footer.
const BOTTOM: f64 = PAGE_H - 52.0;

/// The index to two decimals, as published: enough for a range a person reads.
pub(super) fn two(lang: Lang, p: Points) -> String {
    pts(lang, p.rounded(2))
}

fn percent(lang: Lang, p: f64) -> String {
    format!("{} %", lang.number(p * 100.0, 1))
}

fn ratio(lang: Lang, r: crate::model::Ratio) -> String {
    r.percent_with(if lang == Lang::Vi { ',' } else { '.' })
}

/// The line the first page gives under the index: expected, interval and P(≥ target).
pub(super) fn summary_line(risk: &Risk, target: Points, lang: Lang) -> String {
    let (low, high) = risk.interval_90;
    let p = percent(lang, risk.at_least(target));
    match lang {
        Lang::Vi => format!(
            "Độ tin cậy: kỳ vọng {}; khoảng 90 %: {}–{}; xác suất đạt từ {} điểm trở lên: {p} (xem trang 2).",
            two(lang, risk.expected),
            two(lang, low),
            two(lang, high),
            pts(lang, target)
        ),
        Lang::En => format!(
            "How sure: expected {}; 90 % range {}–{}; chance of {} or more: {p} (see page 2).",
            two(lang, risk.expected),
            two(lang, low),
            two(lang, high),
            pts(lang, target)
        ),
    }
}

/// A state's print colour: the chart palette's brick for missing, amber for in progress.
fn state_fill(state: Option<EvidenceState>) -> &'static str {
    match state {
        Some(EvidenceState::Ready) | None => INK,
        Some(EvidenceState::InProgress) => SERIES[1],
        Some(EvidenceState::Missing) => SERIES[3],
    }
}

fn state_word(state: Option<EvidenceState>, lang: Lang) -> &'static str {
    match (state, lang) {
        (Some(s), Lang::Vi) => s.vi(),
        (Some(s), Lang::En) => s.en(),
        (None, Lang::Vi) => "chưa khai báo",
        (None, Lang::En) => "nothing listed",
    }
}

/// The checklist's columns: (x, anchor).
const CODE: (f64, &str) = (MARGIN, "start");
const NAME: (f64, &str) = (MARGIN + 36.0, "start");
const GAIN: (f64, &str) = (MARGIN + 344.0, "end");
const STATE: (f64, &str) = (MARGIN + 352.0, "start");
const CONFIDENCE: (f64, &str) = (MARGIN + 458.0, "end");
const AT_RISK: (f64, &str) = (PAGE_W - MARGIN, "end");

/// Pages being written.
struct Pages<'a> {
    scene: Scene<'a>,
    lang: Lang,
    done: Vec<String>,
    out: String,
    y: f64,
}

impl<'a> Pages<'a> {
    fn new(scene: Scene<'a>, lang: Lang) -> Self {
        Pages {
            scene,
            lang,
            done: Vec::new(),
            out: String::new(),
            y: 0.0,
        }
    }

    fn start(&mut self) {
        self.out = document_start(PAGE_W, PAGE_H);
    }

    fn close(&mut self) {
        let mut page = std::mem::take(&mut self.out);
        rule(&mut page, PAGE_H - 40.0);
        let source = clip(&self.scene.source_line(self.lang), 120);
        put(
            &mut page,
            (MARGIN, PAGE_H - 28.0),
            7.0,
            "start",
            (false, MUTED),
            &source,
        );
        // The page number is filled in once every page is known: "{page}" then.
        put(
            &mut page,
            (PAGE_W - MARGIN, PAGE_H - 28.0),
            7.0,
            "end",
            (false, MUTED),
            "{page}",
        );
        page.push_str("</svg>\n");
        self.done.push(page);
    }

    /// The checklist's column headings at the current line.
    fn headings(&mut self) {
        let lang = self.lang;
        let heads = [
            (CODE, lang.pick("Mã", "Code")),
            (
                NAME,
                lang.pick("Tiêu chí và tài liệu kiểm chứng", "Item and its evidence"),
            ),
            (GAIN, lang.pick("Tăng", "Gain")),
            (STATE, lang.pick("Tài liệu", "Evidence")),
            (CONFIDENCE, lang.pick("Tin cậy", "Confidence")),
            (AT_RISK, lang.pick("Nguy cơ mất", "At risk")),
        ];
        for ((x, anchor), head) in heads {
            put(&mut self.out, (x, self.y), 7.5, anchor, (true, INK), head);
        }
        rule(&mut self.out, self.y + 3.5);
        self.y += 13.0;
    }

    /// Room for `height` more, or a new page with the headings again.
    fn room(&mut self, height: f64) {
        if self.y + height <= BOTTOM {
            return;
        }
        self.close();
        self.start();
        let title = self.lang.pick(
            "DANH MỤC TÀI LIỆU KIỂM CHỨNG (tiếp)",
            "EVIDENCE CHECKLIST (continued)",
        );
        put(
            &mut self.out,
            (MARGIN, 52.0),
            10.0,
            "start",
            (true, INK),
            title,
        );
        self.y = 72.0;
        self.headings();
    }

    fn finish(mut self, first_pages: usize) -> Vec<String> {
        self.close();
        let total = self.done.len() + first_pages;
        self.done
            .into_iter()
            .enumerate()
            .map(|(k, page)| {
                let number = match self.lang {
                    Lang::Vi => format!("Trang {}/{total}", k + 1 + first_pages),
                    Lang::En => format!("Page {} of {total}", k + 1 + first_pages),
                };
                page.replace("{page}", &number)
            })
            .collect()
    }
}

/// The pages after the first: the distribution, then the checklist.
pub(super) fn risk_pages(
    scene: Scene<'_>,
    risk: &Risk,
    target: Points,
    agencies: &[AgencyChecklist],
    lang: Lang,
) -> Vec<String> {
    let a = scene.analysis();
    let mut pages = Pages::new(scene, lang);
    pages.start();
    let title = lang.pick(
        "ĐỘ TIN CẬY CỦA DỰ BÁO VÀ TÀI LIỆU KIỂM CHỨNG",
        "HOW SURE THE PROJECTION IS, AND THE EVIDENCE",
    );
    put(
        &mut pages.out,
        (PAGE_W / 2.0, 56.0),
        14.0,
        "middle",
        (true, INK),
        title,
    );
    put(
        &mut pages.out,
        (PAGE_W / 2.0, 74.0),
        11.0,
        "middle",
        (true, INK),
        &a.unit,
    );
    let scenario = clip(&scene.scenario_phrase(lang), 110);
    put(
        &mut pages.out,
        (PAGE_W / 2.0, 90.0),
        9.0,
        "middle",
        (false, INK),
        &scenario,
    );
    rule(&mut pages.out, 100.0);
    let mut y = 118.0;
    for line in figures(scene, risk, target, lang)
        .iter()
        .flat_map(|l| wrap_all(l, 112))
    {
        put(
            &mut pages.out,
            (MARGIN, y),
            9.0,
            "start",
            (false, INK),
            &line,
        );
        y += 13.0;
    }
    let (cw, ch) = (PAGE_W - 2.0 * MARGIN, 190.0);
    // The risk was worked out for `target` (`report::projection_risk`): its chart marks it.
    let _ = write!(
        pages.out,
        r#"<g transform="translate({MARGIN:.1},{:.1})">{}</g>"#,
        y - 4.0,
        risk_svg_body(risk, cw, ch, lang)
    );
    pages.y = y + ch + 14.0;
    let heading = lang.pick(
        "Danh mục tài liệu kiểm chứng theo đơn vị chủ trì (nhiều điểm có nguy cơ mất nhất trước)",
        "Evidence checklist by lead agency (most points at risk first)",
    );
    put(
        &mut pages.out,
        (MARGIN, pages.y),
        10.0,
        "start",
        (true, INK),
        heading,
    );
    pages.y += 16.0;
    pages.headings();
    checklist(&mut pages, agencies);
    pages.finish(1)
}

/// The figures' lines under the title.
fn figures(scene: Scene<'_>, risk: &Risk, target: Points, lang: Lang) -> Vec<String> {
    let a = scene.analysis();
    let (low, high) = risk.interval_90;
    let gains = Points::sum(risk.items.iter().map(|i| i.gain));
    let method = match (risk.method, lang) {
        (Method::Exact, Lang::Vi) => {
            "tính chính xác trên mọi khả năng Bộ Nội vụ chấp nhận hay không chấp nhận từng điểm tăng"
                .to_string()
        }
        (Method::Exact, Lang::En) => "exact over every accept/reject outcome of each gain".into(),
        (Method::MonteCarlo { draws, seed }, Lang::Vi) => {
            format!("mô phỏng Monte Carlo {draws} lần, hạt giống {seed}")
        }
        (Method::MonteCarlo { draws, seed }, Lang::En) => {
            format!("Monte Carlo, {draws} draws, seed {seed}")
        }
    };
    let d: RiskDefaults = scene.session.changes().risk_defaults;
    match lang {
        Lang::Vi => vec![
            format!(
                "Chỉ số dự kiến năm {}: {} nếu Bộ Nội vụ chấp nhận mọi điểm tăng và điểm điều tra xã hội học đúng như dự kiến.",
                a.target_year,
                pts(lang, risk.point)
            ),
            format!(
                "Kỳ vọng: {}; khoảng 90 %: {}–{}; xác suất đạt từ {} điểm trở lên: {}.",
                pts(lang, risk.expected),
                two(lang, low),
                two(lang, high),
                pts(lang, target),
                percent(lang, risk.at_least(target))
            ),
            format!(
                "Điểm có nguy cơ mất: {} trên {} điểm dự kiến tăng ({} tiêu chí).",
                pts(lang, risk.expected_loss),
                pts(lang, gains),
                risk.items.len()
            ),
            format!(
                "Cách tính: {method}. Độ tin cậy mặc định: có {}, đang hoàn thiện {}, chưa có {}, chưa khai báo {}.",
                ratio(lang, d.ready),
                ratio(lang, d.in_progress),
                ratio(lang, d.missing),
                ratio(lang, d.unlisted)
            ),
        ],
        Lang::En => vec![
            format!(
                "Projected index {}: {} if the Ministry accepts every gain and the survey parts land as projected.",
                a.target_year,
                pts(lang, risk.point)
            ),
            format!(
                "Expected: {}; 90 % range {}–{}; chance of {} or more: {}.",
                pts(lang, risk.expected),
                two(lang, low),
                two(lang, high),
                pts(lang, target),
                percent(lang, risk.at_least(target))
            ),
            format!(
                "Points at risk: {} of {} planned gain ({} items).",
                pts(lang, risk.expected_loss),
                pts(lang, gains),
                risk.items.len()
            ),
            format!(
                "Method: {method}. Default confidence: ready {}, in progress {}, missing {}, nothing listed {}.",
                ratio(lang, d.ready),
                ratio(lang, d.in_progress),
                ratio(lang, d.missing),
                ratio(lang, d.unlisted)
            ),
        ],
    }
}

/// The agencies and their items, with each item's documents under it.
fn checklist(pages: &mut Pages<'_>, agencies: &[AgencyChecklist]) {
    let lang = pages.lang;
    let total: usize = agencies.iter().map(|a| a.items.len()).sum();
    let mut listed = 0;
    for agency in agencies {
        if listed >= MAX_ITEMS {
            break;
        }
        pages.room(14.0 + 12.0);
        let lead = agency
            .lead
            .as_deref()
            .unwrap_or(lang.pick("Chưa giao đơn vị chủ trì", "No lead agency"));
        let counts = match lang {
            Lang::Vi => format!(
                " · {} tiêu chí · còn thiếu {}",
                agency.items.len(),
                agency.outstanding
            ),
            Lang::En => format!(
                " · {} items · {} outstanding",
                agency.items.len(),
                agency.outstanding
            ),
        };
        // The name gives way to the counts, so the row stops short of the gain's column.
        let room = 66_usize.saturating_sub(counts.chars().count()).max(12);
        let counts = format!("{}{counts}", clip(lead, room));
        let y = pages.y + 2.0;
        put(
            &mut pages.out,
            (CODE.0, y),
            8.0,
            CODE.1,
            (true, INK),
            &counts,
        );
        put(
            &mut pages.out,
            (GAIN.0, y),
            8.0,
            GAIN.1,
            (true, INK),
            &format!("+{}", pts(lang, agency.gain)),
        );
        put(
            &mut pages.out,
            (AT_RISK.0, y),
            8.0,
            AT_RISK.1,
            (true, INK),
            &pts(lang, agency.at_risk),
        );
        pages.y += 13.0;
        for item in &agency.items {
            if listed >= MAX_ITEMS {
                break;
            }
            item_rows(pages, item);
            listed += 1;
        }
        pages.y += 3.0;
    }
    if listed < total {
        pages.room(12.0);
        let more = match lang {
            Lang::Vi => format!(
                "… và {} tiêu chí khác: danh mục đầy đủ ở tệp XLSX (Kế hoạch → Xuất danh mục tài liệu kiểm chứng, hoặc parindex evidence --out).",
                total - listed
            ),
            Lang::En => format!(
                "… and {} more items: the XLSX checklist lists every one (Plan → Export evidence checklist, or parindex evidence --out).",
                total - listed
            ),
        };
        put(
            &mut pages.out,
            (MARGIN, pages.y),
            7.5,
            "start",
            (false, MUTED),
            &clip(&more, 150),
        );
        pages.y += 12.0;
    }
}

fn item_rows(pages: &mut Pages<'_>, item: &ChecklistItem) {
    let lang = pages.lang;
    let docs = item.documents.len().max(1);
    // An item and its documents stay on one page.
    pages.room(11.0 + 9.5 * docs as f64);
    let y = pages.y;
    let state = item.documents.iter().map(|d| d.state).max();
    let out = &mut pages.out;
    put(out, (CODE.0, y), 7.5, CODE.1, (false, INK), &item.code);
    put(
        out,
        (NAME.0, y),
        7.5,
        NAME.1,
        (false, INK),
        &clip(&item.name, 66),
    );
    put(
        out,
        (GAIN.0, y),
        7.5,
        GAIN.1,
        (false, INK),
        &format!("+{}", pts(lang, item.gain)),
    );
    put(
        out,
        (STATE.0, y),
        7.5,
        STATE.1,
        (false, state_fill(state)),
        state_word(state, lang),
    );
    put(
        out,
        (CONFIDENCE.0, y),
        7.5,
        CONFIDENCE.1,
        (false, INK),
        &ratio(lang, item.confidence),
    );
    put(
        out,
        (AT_RISK.0, y),
        7.5,
        AT_RISK.1,
        (false, INK),
        &pts(lang, item.at_risk),
    );
    pages.y += 11.0;
    let shared = item
        .listed_on
        .as_deref()
        .filter(|on| *on != item.code)
        .map(|on| match lang {
            Lang::Vi => format!(" (kê ở {on})"),
            Lang::En => format!(" (listed on {on})"),
        })
        .unwrap_or_default();
    if item.documents.is_empty() {
        let none = lang.pick("Chưa khai báo tài liệu kiểm chứng.", "No evidence listed.");
        put(
            &mut pages.out,
            (NAME.0 + 8.0, pages.y),
            6.8,
            "start",
            (false, SERIES[3]),
            none,
        );
        pages.y += 9.5;
    }
    for doc in &item.documents {
        let line = document_line(doc, lang, &shared);
        put(
            &mut pages.out,
            (NAME.0 + 8.0, pages.y),
            6.8,
            "start",
            (false, state_fill(Some(doc.state))),
            &line,
        );
        pages.y += 9.5;
    }
}

fn document_line(doc: &Evidence, lang: Lang, shared: &str) -> String {
    let mut line = format!("• [{}] {}", state_word(Some(doc.state), lang), doc.title);
    for extra in [&doc.reference, &doc.link] {
        if !extra.is_empty() {
            line = format!("{line} — {extra}");
        }
    }
    clip(&format!("{line}{shared}"), 125)
}

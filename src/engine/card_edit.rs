//! Sửa bảng điểm: the edits that build and correct a scorecard itself — its fields, criteria
//! and sub-criteria, their figures and plans, the card's labels. Each is a value applied to a
//! `Scorecard` (and the what-if's keys that name its codes), so the app, tests and any future
//! importer build cards the same way, and undo keeps whole states.

use crate::model::{Changes, Field, Item, Method, Plan, Points, Published, Scorecard, Survey};

/// Where a field or item sits: the field's index, then the child index at each level below.
/// Unambiguous even while two rows share a code (the validator reports that).
pub type NodePath = Vec<usize>;

/// What the card says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardInfo {
    pub unit: String,
    pub year: i32,
    pub target_year: i32,
    pub source: String,
}

/// One change to the scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardEdit {
    /// The unit, the assessed and target years, the source documents.
    Info(CardInfo),
    /// The published index and rank (`None`: not published yet).
    Published(Option<Published>),
    /// The method's maxima (`None`: the default, 100).
    Method(Option<Method>),
    /// A field inserted at position `at` (clamped to the end).
    AddField {
        at: usize,
        field: Field,
    },
    /// An item inserted under `parent` at position `at` (clamped to the end).
    AddItem {
        parent: NodePath,
        at: usize,
        item: Item,
    },
    /// A field or item removed with everything under it.
    Remove(NodePath),
    /// A field moved to position `at` among the fields, or an item moved (re-parented) to
    /// position `at` under `parent`. A field stays a field and an item an item.
    Move {
        node: NodePath,
        parent: Option<NodePath>,
        at: usize,
    },
    /// A new code; the codes below that extend the old one follow ("1.3" → "1.4" makes
    /// "1.3.2" → "1.4.2"), and so do the what-if's projected scores, statuses and evidence.
    Code {
        node: NodePath,
        code: String,
    },
    Name {
        node: NodePath,
        name: String,
    },
    /// Điểm chuẩn of the self-assessment part.
    Max {
        node: NodePath,
        max: Points,
    },
    /// The verified score; `None` leaves it blank (inferred or not known yet).
    Score {
        node: NodePath,
        score: Option<Points>,
    },
    /// A field's survey part.
    Survey {
        field: usize,
        survey: Survey,
    },
    /// A field's published whole figure (`None`: none published).
    WholeTotal {
        field: usize,
        total: Option<Points>,
    },
    /// The plan written on a row (`None` removes it).
    Plan {
        node: NodePath,
        plan: Option<Plan>,
    },
    /// The transcriber's note on a row.
    Note {
        node: NodePath,
        note: String,
    },
}

/// A field or an item, borrowed for editing.
enum Row<'a> {
    Field(&'a mut Field),
    Item(&'a mut Item),
}

impl Row<'_> {
    fn code(&self) -> &str {
        match self {
            Row::Field(f) => &f.code,
            Row::Item(i) => &i.code,
        }
    }

    fn children(&mut self) -> &mut Vec<Item> {
        match self {
            Row::Field(f) => &mut f.items,
            Row::Item(i) => &mut i.items,
        }
    }
}

fn row<'a>(card: &'a mut Scorecard, path: &[usize]) -> Option<Row<'a>> {
    let (&first, rest) = path.split_first()?;
    let field = card.fields.get_mut(first)?;
    if rest.is_empty() {
        return Some(Row::Field(field));
    }
    let mut item = field.items.get_mut(rest[0])?;
    for &i in &rest[1..] {
        item = item.items.get_mut(i)?;
    }
    Some(Row::Item(item))
}

/// Every code in an item's subtree, itself first.
fn subtree_codes(item: &Item, out: &mut Vec<String>) {
    out.push(item.code.clone());
    for child in &item.items {
        subtree_codes(child, out);
    }
}

fn field_codes(field: &Field) -> Vec<String> {
    let mut out = vec![field.code.clone()];
    for item in &field.items {
        subtree_codes(item, &mut out);
    }
    out
}

/// Drops the what-if's entries for codes that no longer exist.
fn forget(changes: &mut Changes, codes: &[String]) {
    for code in codes {
        changes.forget_code(code);
    }
}

/// Renames the codes below a renamed row that extend its old code.
fn recode(items: &mut [Item], old: &str, new: &str, changes: &mut Changes) {
    for item in items {
        if let Some(rest) = item.code.strip_prefix(old)
            && rest.starts_with('.')
        {
            let code = format!("{new}{rest}");
            changes.rename_code(&item.code, &code);
            item.code = code;
        }
        recode(&mut item.items, old, new, changes);
    }
}

impl CardEdit {
    /// Applies the edit to `card`, keeping `changes` on the same rows. Returns whether
    /// anything changed (a path that names no row changes nothing).
    pub fn apply(&self, card: &mut Scorecard, changes: &mut Changes) -> bool {
        let before = (card.clone(), changes.clone());
        self.apply_inner(card, changes);
        *card != before.0 || *changes != before.1
    }

    fn apply_inner(&self, card: &mut Scorecard, changes: &mut Changes) -> Option<()> {
        match self {
            CardEdit::Info(info) => {
                card.unit.clone_from(&info.unit);
                card.year = info.year;
                card.target_year = info.target_year;
                card.source.clone_from(&info.source);
            }
            CardEdit::Published(published) => card.published.clone_from(published),
            CardEdit::Method(method) => card.method.clone_from(method),
            CardEdit::AddField { at, field } => {
                let at = (*at).min(card.fields.len());
                card.fields.insert(at, field.clone());
            }
            CardEdit::AddItem { parent, at, item } => {
                let mut parent = row(card, parent)?;
                let children = parent.children();
                let at = (*at).min(children.len());
                children.insert(at, item.clone());
            }
            CardEdit::Remove(path) => {
                let codes = take(card, path)?.codes();
                forget(changes, &codes);
            }
            CardEdit::Move { node, parent, at } => move_row(card, node, parent.as_deref(), *at)?,
            CardEdit::Code { node, code } => {
                let mut target = row(card, node)?;
                let old = target.code().to_string();
                if old == *code {
                    return Some(());
                }
                changes.rename_code(&old, code);
                match &mut target {
                    Row::Field(f) => f.code.clone_from(code),
                    Row::Item(i) => i.code.clone_from(code),
                }
                recode(target.children(), &old, code, changes);
            }
            CardEdit::Name { node, name } => match row(card, node)? {
                Row::Field(f) => f.name.clone_from(name),
                Row::Item(i) => i.name.clone_from(name),
            },
            CardEdit::Max { node, max } => match row(card, node)? {
                Row::Field(f) => f.max = *max,
                Row::Item(i) => i.max = *max,
            },
            CardEdit::Score { node, score } => match row(card, node)? {
                Row::Field(f) => f.score = *score,
                Row::Item(i) => i.score = *score,
            },
            CardEdit::Survey { field, survey } => card.fields.get_mut(*field)?.survey = *survey,
            CardEdit::WholeTotal { field, total } => {
                card.fields.get_mut(*field)?.published_total = *total;
            }
            CardEdit::Plan { node, plan } => match row(card, node)? {
                Row::Field(f) => f.plan.clone_from(plan),
                Row::Item(i) => i.plan.clone_from(plan),
            },
            CardEdit::Note { node, note } => match row(card, node)? {
                Row::Field(f) => f.note.clone_from(note),
                Row::Item(i) => i.note.clone_from(note),
            },
        }
        Some(())
    }
}

/// A row taken out of the card.
enum Taken {
    Field(Field),
    Item(Item),
}

impl Taken {
    fn codes(&self) -> Vec<String> {
        match self {
            Taken::Field(f) => field_codes(f),
            Taken::Item(i) => {
                let mut out = Vec::new();
                subtree_codes(i, &mut out);
                out
            }
        }
    }
}

fn take(card: &mut Scorecard, path: &[usize]) -> Option<Taken> {
    let (&last, parent) = path.split_last()?;
    if parent.is_empty() {
        return (last < card.fields.len()).then(|| Taken::Field(card.fields.remove(last)));
    }
    let mut parent = row(card, parent)?;
    let children = parent.children();
    (last < children.len()).then(|| Taken::Item(children.remove(last)))
}

/// Whether `inner` is `outer` or lies under it.
fn within(inner: &[usize], outer: &[usize]) -> bool {
    inner.len() >= outer.len() && inner[..outer.len()] == *outer
}

fn move_row(
    card: &mut Scorecard,
    node: &[usize],
    parent: Option<&[usize]>,
    at: usize,
) -> Option<()> {
    match (node.len(), parent) {
        (1, None) => {
            let field = card.fields.get(node[0])?.clone();
            card.fields.remove(node[0]);
            let at = at.min(card.fields.len());
            card.fields.insert(at, field);
            Some(())
        }
        (n, Some(parent)) if n > 1 && !within(parent, node) => {
            // Take the row out, then find the parent again: removing may shift its path.
            let mut parent = parent.to_vec();
            let (&last, from) = node.split_last()?;
            if from.len() < parent.len()
                && parent[..from.len()] == *from
                && parent[from.len()] > last
            {
                parent[from.len()] -= 1;
            }
            let probe = card.clone();
            let Taken::Item(item) = take(card, node)? else {
                return None;
            };
            match row(card, &parent) {
                Some(mut target) => {
                    let children = target.children();
                    let at = at.min(children.len());
                    children.insert(at, item);
                    Some(())
                }
                None => {
                    *card = probe;
                    None
                }
            }
        }
        _ => None,
    }
}

/// Next year's card from this one (`Tệp → Mới → năm sau`): the structure, maxima, plans and
/// method kept; every score, survey result and published figure cleared (not known yet);
/// the years moved on; the transcriber's notes dropped (they described last year's source).
pub fn next_year(card: &Scorecard) -> Scorecard {
    fn clear(items: &mut [Item]) {
        for item in items {
            item.score = None;
            item.note.clear();
            clear(&mut item.items);
        }
    }
    let mut next = card.clone();
    next.year = card.target_year;
    next.target_year = card.target_year + 1;
    next.source.clear();
    next.published = None;
    for field in &mut next.fields {
        field.score = None;
        field.note.clear();
        field.published_total = None;
        // A field with no survey part keeps its known zero; a survey result is not known yet.
        if !field.survey.max.is_zero() {
            field.survey.score = None;
        }
        clear(&mut field.items);
    }
    next
}

/// An empty card for `unit` assessed in `year`, from a template card (the method's fields and
/// maxima, no score known).
pub fn from_template(template: &Scorecard, unit: &str, year: i32) -> Scorecard {
    let mut card = template.clone();
    card.unit = unit.to_string();
    card.year = year;
    card.target_year = year + 1;
    card
}

/// The code of the row at `path`, for words.
fn code_at(card: &Scorecard, path: &[usize]) -> String {
    let Some((&first, rest)) = path.split_first() else {
        return String::new();
    };
    let Some(field) = card.fields.get(first) else {
        return String::new();
    };
    let mut code = format!("LV{}", field.code);
    let mut items = &field.items;
    for &i in rest {
        let Some(item) = items.get(i) else {
            return code;
        };
        code.clone_from(&item.code);
        items = &item.items;
    }
    code
}

impl CardEdit {
    /// What the edit does, in words (Vietnamese, English), naming rows as they were before it.
    pub fn describe(&self, before: &Scorecard) -> (String, String) {
        let at = |path: &[usize]| code_at(before, path);
        let field = |i: usize| code_at(before, &[i]);
        let score = |p: &Option<Points>| p.map_or_else(|| "—".to_string(), Points::vi);
        match self {
            CardEdit::Info(info) => (
                format!("Thông tin bảng điểm: {}, năm {}", info.unit, info.year),
                format!("Card details: {}, {}", info.unit, info.year),
            ),
            CardEdit::Published(p) => {
                let total = score(&p.as_ref().map(|p| p.total));
                (
                    format!("Chỉ số công bố = {total}"),
                    format!("Published index = {total}"),
                )
            }
            CardEdit::Method(m) => {
                let max = m
                    .as_ref()
                    .map_or(Method::DEFAULT_TOTAL_MAX, |m| m.total_max);
                (
                    format!("Phương pháp: tối đa {}", max.vi()),
                    format!("Method: out of {}", max.en()),
                )
            }
            CardEdit::AddField { field, .. } => (
                format!("Thêm lĩnh vực LV{}", field.code),
                format!("Add field LV{}", field.code),
            ),
            CardEdit::AddItem { item, .. } => (
                format!("Thêm tiêu chí {}", item.code),
                format!("Add item {}", item.code),
            ),
            CardEdit::Remove(path) => (format!("Xóa {}", at(path)), format!("Remove {}", at(path))),
            CardEdit::Move { node, .. } => {
                (format!("Chuyển {}", at(node)), format!("Move {}", at(node)))
            }
            CardEdit::Code { node, code } => (
                format!("Đổi mã {} thành {code}", at(node)),
                format!("Recode {} as {code}", at(node)),
            ),
            CardEdit::Name { node, .. } => (
                format!("Sửa tên {}", at(node)),
                format!("Rename {}", at(node)),
            ),
            CardEdit::Max { node, max } => (
                format!("Điểm chuẩn {} = {}", at(node), max.vi()),
                format!("Maximum of {} = {}", at(node), max.en()),
            ),
            CardEdit::Score { node, score: s } => (
                format!("Điểm {} = {}", at(node), score(s)),
                format!("Score of {} = {}", at(node), score(s)),
            ),
            CardEdit::Survey { field: f, survey } => (
                format!(
                    "Điều tra XHH {} = {} / {}",
                    field(*f),
                    score(&survey.score),
                    survey.max.vi()
                ),
                format!(
                    "Survey of {} = {} / {}",
                    field(*f),
                    score(&survey.score),
                    survey.max.en()
                ),
            ),
            CardEdit::WholeTotal { field: f, total } => (
                format!("Điểm công bố cả {} = {}", field(*f), score(total)),
                format!("Published whole {} = {}", field(*f), score(total)),
            ),
            CardEdit::Plan { node, .. } => (
                format!("Kế hoạch của {}", at(node)),
                format!("Plan of {}", at(node)),
            ),
            CardEdit::Note { node, .. } => (
                format!("Ghi chú của {}", at(node)),
                format!("Note on {}", at(node)),
            ),
        }
    }
}

//! The scorecard flattened into one arena of nodes (fields and items), with each node's
//! baseline value settled: published, inferred from its children, or corrected.
//!
//! Every later computation (projection, agencies, validation, the UI's rows) walks this arena
//! instead of the nested file structure, so a 10,000-item scorecard costs one linear pass.

use std::collections::HashMap;

use crate::model::{Field, Item, Method, Plan, Points, Scorecard};

/// Where a node's baseline value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The value the source publishes.
    Published,
    /// The source leaves the score blank; it is worked out from the sub-criteria (5.7).
    Inferred,
    /// The source's value contradicts its sub-criteria and its field; derived figures use the
    /// validator's correction while the published value stays on show (6.1).
    Corrected { published: Points },
    /// The source leaves the score blank and nothing allows inferring it: full marks assumed.
    Assumed,
    /// A field whose score is not known yet and has no criteria to infer it from: it counts in
    /// no total and no loss until it is entered.
    Unknown,
}

/// What a node is in the hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Lĩnh vực.
    Field,
    /// Tiêu chí (depth 1) or tiêu chí thành phần (depth 2 and below).
    Item,
}

/// One field or item, with its settled baseline.
#[derive(Clone, Debug)]
pub struct Node {
    pub code: String,
    pub name: String,
    pub level: Level,
    /// 0 for a field, 1 for a criterion, 2 for a sub-criterion, and so on.
    pub depth: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Index of the field this node belongs to, in `Analysis::fields`.
    pub field: usize,
    pub max: Points,
    /// The score as the source gives it; `None` where it is blank.
    pub published: Option<Points>,
    /// The value every derived figure uses.
    pub base: Points,
    /// Điểm tự chấm: the unit's own score before appraisal, where the file gives it.
    pub self_score: Option<Points>,
    pub basis: Basis,
    pub plan: Option<Plan>,
    /// The node whose plan covers this one: itself, or its nearest ancestor with a plan.
    pub plan_owner: Option<usize>,
    pub note: String,
}

impl Node {
    /// Điểm bị trừ in the baseline: max − base, never negative; nothing for a score not known.
    pub fn lost(&self) -> Points {
        if self.known() {
            (self.max - self.base).clamp_to(Points::ZERO, self.max.abs())
        } else {
            Points::ZERO
        }
    }

    /// Whether the node's baseline score is known (published, inferred, corrected or assumed).
    pub fn known(&self) -> bool {
        self.basis != Basis::Unknown
    }

    pub fn is_field(&self) -> bool {
        self.level == Level::Field
    }
}

/// A field's survey part and published whole figure, beside its self-assessment node.
#[derive(Clone, Debug)]
pub struct FieldInfo {
    /// Index of the field's node.
    pub node: usize,
    pub survey_max: Points,
    /// The survey's score; 0 when `survey_known` is false.
    pub survey_base: Points,
    pub survey_known: bool,
    pub published_total: Option<Points>,
}

impl FieldInfo {
    /// The whole field's baseline: the published figure where there is one, else its parts
    /// (0 when they are not known: see [`FieldInfo::whole_known`]).
    pub fn whole_base(&self, nodes: &[Node]) -> Points {
        self.published_total
            .unwrap_or(nodes[self.node].base + self.survey_base)
    }

    /// Whether the whole field's baseline is known: published, or both parts known.
    pub fn whole_known(&self, nodes: &[Node]) -> bool {
        self.published_total.is_some() || (nodes[self.node].known() && self.survey_known)
    }

    pub fn whole_max(&self, nodes: &[Node]) -> Points {
        nodes[self.node].max + self.survey_max
    }
}

/// A scorecard prepared for computation.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub unit: String,
    pub year: i32,
    pub target_year: i32,
    pub source: String,
    pub published_total: Option<Points>,
    pub rank: Option<(u32, Option<u32>)>,
    /// The method's maxima: the index's, and its self-assessment and survey parts where given.
    pub method: Method,
    /// Fields and items in pre-order: every parent comes before its children.
    pub nodes: Vec<Node>,
    pub fields: Vec<FieldInfo>,
    /// Every lead agency named in a plan, in order of first appearance.
    pub leads: Vec<String>,
    /// For each node, the index in `leads` of the agency whose plan covers it.
    pub lead_of: Vec<Option<usize>>,
    /// For each node, its share of the baseline loss: what its children do not account for.
    pub shares: Vec<Points>,
    by_code: HashMap<String, usize>,
    /// Whether any node records the province's own self-score (settled once per card: the
    /// table asks every frame).
    any_self_score: bool,
}

impl Analysis {
    /// Flattens the scorecard and settles every baseline (inference, then corrections).
    pub fn new(card: &Scorecard) -> Self {
        let mut nodes = Vec::new();
        let mut fields = Vec::new();
        for (index, field) in card.fields.iter().enumerate() {
            fields.push(push_field(&mut nodes, field, index));
        }
        let mut by_code = HashMap::with_capacity(nodes.len());
        for (index, node) in nodes.iter().enumerate() {
            by_code.entry(node.code.clone()).or_insert(index);
        }
        let any_self_score = nodes.iter().any(|n| n.self_score.is_some());
        let mut analysis = Analysis {
            unit: card.unit.clone(),
            year: card.year,
            target_year: card.target_year,
            source: card.source.clone(),
            published_total: card.published.as_ref().map(|p| p.total),
            rank: card
                .published
                .as_ref()
                .and_then(|p| p.rank.map(|r| (r, p.of))),
            method: card.method.clone().unwrap_or(Method {
                decision: String::new(),
                total_max: Method::DEFAULT_TOTAL_MAX,
                self_max: None,
                survey_max: None,
            }),
            nodes,
            fields,
            leads: Vec::new(),
            lead_of: Vec::new(),
            shares: Vec::new(),
            by_code,
            any_self_score,
        };
        analysis.infer_blanks();
        analysis.apply_corrections();
        analysis.assign_leads();
        analysis
    }

    /// Whether the card records any self-score (điểm tự chấm): the column and the filter
    /// "bị BNV trừ điểm" are shown only then.
    pub fn has_self_scores(&self) -> bool {
        self.any_self_score
    }

    /// Whether any row carries a plan (then every plan's lead is in `leads`).
    pub fn has_plans(&self) -> bool {
        !self.leads.is_empty()
    }

    /// Settles once per scorecard what every projection's agency figures need, so a slider
    /// change costs one pass over plain arrays instead of string comparisons.
    fn assign_leads(&mut self) {
        let mut slot_of: HashMap<&str, usize> = HashMap::new();
        let mut leads = Vec::new();
        let mut owner_slot = vec![None; self.nodes.len()];
        for (index, node) in self.nodes.iter().enumerate() {
            if let Some(plan) = &node.plan {
                let slot = *slot_of.entry(plan.lead.as_str()).or_insert_with(|| {
                    leads.push(plan.lead.clone());
                    leads.len() - 1
                });
                owner_slot[index] = Some(slot);
            }
        }
        self.lead_of = self
            .nodes
            .iter()
            .map(|node| node.plan_owner.and_then(|owner| owner_slot[owner]))
            .collect();
        self.shares = (0..self.nodes.len())
            .map(|i| self.unitemised_loss(i))
            .collect();
        self.leads = leads;
    }

    /// Where a node sits in the card: its field's index, then its position among its
    /// parent's children at each level (what a card edit names a row by).
    pub fn path_of(&self, index: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut at = index;
        while let Some(parent) = self.nodes.get(at).and_then(|n| n.parent) {
            let position = self.nodes[parent]
                .children
                .iter()
                .position(|&c| c == at)
                .unwrap_or_default();
            path.push(position);
            at = parent;
        }
        path.push(self.nodes.get(at).map_or(0, |n| n.field));
        path.reverse();
        path
    }

    /// The first node with this code.
    pub fn find(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// The node with this code; panics only on a code the caller made up, never on file data.
    pub fn node(&self, index: usize) -> &Node {
        &self.nodes[index]
    }

    /// Σ of the children's baseline losses: what the source itemises of a node's loss.
    pub fn itemised_loss(&self, index: usize) -> Points {
        Points::sum(
            self.nodes[index]
                .children
                .iter()
                .map(|&c| self.nodes[c].lost()),
        )
    }

    /// The part of a node's loss its children do not account for (never negative).
    pub fn unitemised_loss(&self, index: usize) -> Points {
        let node = &self.nodes[index];
        if node.children.is_empty() {
            return node.lost().clamp_to(Points::ZERO, node.max);
        }
        (node.lost() - self.itemised_loss(index)).clamp_to(Points::ZERO, node.max)
    }

    /// Self-assessment maximum and baseline over all fields (66.5 and 53.2895 on the seed).
    /// The maximum is the fields' or, with none listed, the method's; the baseline counts the
    /// fields whose score is known (see [`Analysis::self_known`]).
    pub fn self_totals(&self) -> (Points, Points) {
        let listed = Points::sum(self.fields.iter().map(|f| self.nodes[f.node].max));
        let max = if self.fields.is_empty() {
            self.method.self_max.unwrap_or(Points::ZERO)
        } else {
            listed
        };
        let base = Points::sum(self.fields.iter().map(|f| self.nodes[f.node].base));
        (max, base)
    }

    /// Whether the self-assessment total is known: fields listed, each with a known score.
    pub fn self_known(&self) -> bool {
        !self.fields.is_empty() && self.fields.iter().all(|f| self.nodes[f.node].known())
    }

    /// Whole-index maximum (the method's: 100 for a province) and baseline: the published
    /// total where there is one, else the sum of the fields.
    pub fn whole_totals(&self) -> (Points, Points) {
        let sum = Points::sum(self.fields.iter().map(|f| f.whole_base(&self.nodes)));
        (self.method.total_max, self.published_total.unwrap_or(sum))
    }

    /// Whether the index is known: published, or every field's whole figure known.
    pub fn whole_known(&self) -> bool {
        self.published_total.is_some()
            || (!self.fields.is_empty() && self.fields.iter().all(|f| f.whole_known(&self.nodes)))
    }

    /// A blank score with sub-criteria is max − their losses; without any, full marks.
    /// Post-order, so a blank child is settled before its blank parent.
    fn infer_blanks(&mut self) {
        for index in (0..self.nodes.len()).rev() {
            if self.nodes[index].published.is_some() {
                continue;
            }
            let node = &self.nodes[index];
            let (base, basis) = if node.children.is_empty() && node.is_field() {
                (Points::ZERO, Basis::Unknown)
            } else if node.children.is_empty() {
                (node.max, Basis::Assumed)
            } else {
                let inferred = node.max - self.itemised_loss(index);
                (inferred.clamp_to(Points::ZERO, node.max), Basis::Inferred)
            };
            self.nodes[index].base = base;
            self.nodes[index].basis = basis;
        }
    }

    /// Where a parent's children lose more than the parent itself, looks for the one child
    /// whose own value disagrees with its sub-criteria and whose correction to them makes the
    /// parent add up exactly; derived figures then use that correction.
    fn apply_corrections(&mut self) {
        for parent in 0..self.nodes.len() {
            if let Some((child, value)) = self.correction_for(parent) {
                let published = self.nodes[child].base;
                self.nodes[child].base = value;
                self.nodes[child].basis = Basis::Corrected { published };
            }
        }
    }

    /// The `(child, corrected value)` that makes `parent` consistent, if exactly one exists.
    pub(crate) fn correction_for(&self, parent: usize) -> Option<(usize, Points)> {
        let itemised = self.itemised_loss(parent);
        let lost = self.nodes[parent].lost();
        if itemised <= lost || self.nodes[parent].children.is_empty() {
            return None;
        }
        let mut found = None;
        for &child in &self.nodes[parent].children {
            let node = &self.nodes[child];
            if node.children.is_empty() || node.basis != Basis::Published {
                continue;
            }
            let candidate = node.max - self.itemised_loss(child);
            if candidate == node.base || candidate.is_negative() || candidate > node.max {
                continue;
            }
            if itemised - node.lost() + (node.max - candidate) == lost {
                if found.is_some() {
                    return None; // two candidates: the data cannot tell which is wrong
                }
                found = Some((child, candidate));
            }
        }
        found
    }
}

fn push_field(nodes: &mut Vec<Node>, field: &Field, index: usize) -> FieldInfo {
    let node = nodes.len();
    nodes.push(Node {
        code: field.code.clone(),
        name: field.name.clone(),
        level: Level::Field,
        depth: 0,
        parent: None,
        children: Vec::new(),
        field: index,
        max: field.max,
        published: field.score,
        base: field.score.unwrap_or(Points::ZERO),
        self_score: field.self_score,
        basis: Basis::Published,
        plan: field.plan.clone(),
        plan_owner: field.plan.as_ref().map(|_| node),
        note: field.note.clone(),
    });
    push_items(nodes, &field.items, node, index);
    FieldInfo {
        node,
        survey_max: field.survey.max,
        survey_base: field.survey.score.unwrap_or(Points::ZERO),
        survey_known: field.survey.score.is_some(),
        published_total: field.published_total,
    }
}

fn push_items(nodes: &mut Vec<Node>, items: &[Item], parent: usize, field: usize) {
    for item in items {
        let index = nodes.len();
        let inherited = nodes[parent].plan_owner;
        nodes.push(Node {
            code: item.code.clone(),
            name: item.name.clone(),
            level: Level::Item,
            depth: nodes[parent].depth + 1,
            parent: Some(parent),
            children: Vec::new(),
            field,
            max: item.max,
            published: item.score,
            base: item.score.unwrap_or(Points::ZERO),
            self_score: item.self_score,
            basis: Basis::Published,
            plan: item.plan.clone(),
            plan_owner: if item.plan.is_some() {
                Some(index)
            } else {
                inherited
            },
            note: item.note.clone(),
        });
        nodes[parent].children.push(index);
        push_items(nodes, &item.items, index, field);
    }
}

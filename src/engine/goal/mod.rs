//! Mục tiêu: what must be fixed, and by whom, to reach a target index or rank — exactly, at
//! least total effort — plus the fix-first order and the ranks a projected index buys. Pure:
//! a panel calls [`seek`] or [`fix_first`] and renders the plain data they return.

mod answer;
mod climb;
mod error;
mod fix_first;
mod items;
mod rank;
mod ratio;
mod seek;
mod solve;

pub use answer::{Answer, Fix, Shortfall, answer_changes};
pub use error::GoalError;
pub use fix_first::{FixFirst, Step, fix_first};
pub use items::{Fixable, LeftOut, Loss, Reason, Unfixable, fixable, unfixable};
pub use rank::{Others, RankRange, RankTarget, Standing};
pub use seek::{Aim, Request, seek};

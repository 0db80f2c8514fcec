//! The projected index's distribution, kept across frames and shared by every view that shows
//! it (the evidence tab, the ranges on the lost-by-field chart, the header's range): worked out
//! once per state of the document, in egui's memory so no panel needs another's.
//!
//! On a province's card it takes about a millisecond and is made in the frame that needs it.
//! On a national card (10,000 items: seeded Monte Carlo, about 125 ms) a frame cannot wait for
//! it: once a computation has taken longer than [`SLOW`], the next one runs on a background
//! thread while the views keep showing the last one, marked as being updated — so dragging a
//! confidence slider stays as fluid as dragging a score slider. One such thread runs at a
//! time; a part asked for meanwhile waits its turn with its last distribution on show.

use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::engine::{Risk, RiskOptions, RiskPart, Session, risk_of_part};

/// A computation slower than this moves off the frame next time.
const SLOW: Duration = Duration::from_millis(8);
/// A card with at most this many nodes (a province's has about 150) is always worked out in
/// the frame; a larger one is taken as slow until a computation on it has been timed.
const LARGE: usize = 2_000;

/// A distribution to show.
#[derive(Clone, Debug)]
pub struct Shown {
    pub risk: Arc<Risk>,
    /// False while the document's current state is still being worked out (this is the
    /// previous state's).
    pub current: bool,
}

/// The document (serial), its state (revision) and the doubt kept.
type Key = (u64, u64, RiskPart);

/// What the views share: the last distribution of each part, the computations under way and
/// how long the last one took.
#[derive(Default)]
struct Store {
    made: Vec<(Key, Arc<Risk>)>,
    running: Vec<(Key, Receiver<(Risk, Duration)>)>,
    /// The last computation's time, with the document it was for.
    cost: Option<(u64, Duration)>,
}

impl Store {
    /// Takes in what the background threads finished.
    fn collect(&mut self) {
        let mut finished = Vec::new();
        self.running
            .retain(|(key, receiver)| match receiver.try_recv() {
                Ok(done) => {
                    finished.push((*key, done));
                    false
                }
                Err(mpsc::TryRecvError::Empty) => true,
                Err(mpsc::TryRecvError::Disconnected) => false,
            });
        for (key, (risk, took)) in finished {
            self.keep(key, Arc::new(risk));
            self.cost = Some((key.0, took));
        }
    }

    fn keep(&mut self, key: Key, risk: Arc<Risk>) {
        self.made.retain(|(k, _)| k.2 != key.2);
        self.made.push((key, risk));
    }

    /// Whether the document's distribution should be worked out off the frame. A small card
    /// never is, however loaded the machine: its figures follow every edit in the same frame.
    fn slow(&self, session: &Session) -> bool {
        if session.analysis().nodes.len() <= LARGE {
            return false;
        }
        match self.cost {
            Some((serial, took)) if serial == session.serial() => took > SLOW,
            _ => true,
        }
    }
}

type Shared = Arc<Mutex<Store>>;

/// Options of the views' distribution: exact where the engine can, P(≥ target) asked of the
/// result (`Risk::at_least`) so moving the target costs nothing.
fn options() -> RiskOptions {
    RiskOptions::default()
}

/// The distribution of the open document's projection with `part`'s doubt: the current one,
/// or while a large card's is being worked out the last one made (`current: false`), or
/// `None` before any has been made for this document.
pub fn risk(ctx: &egui::Context, session: &Session, part: RiskPart) -> Option<Shown> {
    let shared: Shared = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Shared>(egui::Id::unique("parindex risk cache"))
            .clone()
    });
    let mut store = shared.lock().unwrap_or_else(PoisonError::into_inner);
    store.collect();
    let key = (session.serial(), session.revision(), part);
    if let Some((_, risk)) = store.made.iter().find(|(k, _)| *k == key) {
        return Some(Shown {
            risk: risk.clone(),
            current: true,
        });
    }
    if !store.slow(session) {
        let started = Instant::now();
        let risk = Arc::new(compute(session, part));
        store.cost = Some((session.serial(), started.elapsed()));
        store.keep(key, risk.clone());
        return Some(Shown {
            risk,
            current: true,
        });
    }
    // One computation at a time: on a two-core office PC the frame keeps a core to itself.
    if store.running.is_empty() {
        match start(ctx, session, part) {
            Some(receiver) => store.running.push((key, receiver)),
            None => {
                // No thread to be had: work it out here rather than never.
                let risk = Arc::new(compute(session, part));
                store.keep(key, risk.clone());
                return Some(Shown {
                    risk,
                    current: true,
                });
            }
        }
    }
    store
        .made
        .iter()
        .find(|(k, _)| k.0 == key.0 && k.2 == part)
        .map(|(_, risk)| Shown {
            risk: risk.clone(),
            current: false,
        })
}

fn compute(session: &Session, part: RiskPart) -> Risk {
    risk_of_part(
        session.analysis(),
        session.projected(),
        session.changes(),
        part,
        &options(),
    )
}

/// Works the distribution out on a thread of its own, asking for a frame when it is done.
fn start(
    ctx: &egui::Context,
    session: &Session,
    part: RiskPart,
) -> Option<Receiver<(Risk, Duration)>> {
    let analysis = session.analysis().clone();
    let projected = session.projected().clone();
    let changes = session.changes().clone();
    let ctx = ctx.clone();
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("parindex risk".into())
        .spawn(move || {
            let started = Instant::now();
            let risk = risk_of_part(&analysis, &projected, &changes, part, &options());
            // The window may have closed meanwhile: nobody to tell.
            if sender.send((risk, started.elapsed())).is_ok() {
                ctx.request_repaint();
            }
        })
        .ok()?;
    Some(receiver)
}

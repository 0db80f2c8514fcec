//! `Edit::ApplyAnswer`: a goal-seek answer taken into the open scenario as one undo step.

use parindex::engine::goal::{Aim, Request, seek};
use parindex::engine::{Edit, Session};
use parindex::io;
use parindex::model::Points;

fn pts(text: &str) -> Points {
    Points::parse(text).unwrap()
}

#[test]
fn applying_the_answer_projects_its_total_keeps_the_efforts_and_undoes_in_one_step() {
    let document = io::load_document(std::path::Path::new("saves/muc-tieu-85.ron")).unwrap();
    let mut session = Session::with_changes(document.card().clone(), document.changes());
    let request = Request {
        aim: Some(Aim::Index(pts("85"))),
        ..Request::default()
    };
    let answer = seek(session.analysis(), session.changes(), &request).unwrap();
    let before = session.changes().clone();
    // A value set on an item outside the answer is replaced: the answer plans from the
    // assessed year's result, so the new scenario's projection is the answer's alone.
    session.apply(Edit::SetScore {
        code: "8.6".into(),
        value: Some(pts("1")),
    });
    assert!(session.apply(Edit::ApplyAnswer(Box::new(answer.clone()))));
    assert_eq!(session.figures().total, answer.projected_total);
    assert_eq!(session.figures().total, pts("85"));
    assert_eq!(session.changes().target, Some(pts("85")));
    assert_eq!(session.changes().efforts, before.efforts);
    assert_eq!(session.changes().feasible, before.feasible);
    assert!(!session.changes().projection.scores.contains_key("8.6"));
    session.undo();
    assert_eq!(
        session.changes().projection.scores.get("8.6"),
        Some(&pts("1"))
    );
    session.undo();
    assert_eq!(*session.changes(), before);
}

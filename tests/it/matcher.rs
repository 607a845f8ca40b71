//! The matcher's accuracy on tests/data/questions.tsv must not fall. Figures when this floor was
//! set (embedded data, all 381 questions): in-scope top-1 95.1% (294/309), out-of-scope answered
//! with a topic 1.4% (1/72). The floors sit about three points below and two above.
use pelita::assets::Assets;
use pelita::matcher::{Matcher, parse_labelled};

#[test]
fn matcher_accuracy_on_the_labelled_questions_holds() {
    let matcher = Matcher::load(&Assets::embedded()).expect("the embedded matcher data loads");
    let tsv = std::fs::read_to_string(super::root().join("tests/data/questions.tsv")).unwrap();
    let questions = parse_labelled(&tsv).unwrap();
    assert!(questions.len() >= 330, "{} questions", questions.len());
    let e = matcher.evaluate(&questions, 0);
    assert!(e.total.out_of_scope >= 70, "{} out-of-scope questions", e.total.out_of_scope);
    let report = e.to_string();
    assert!(e.total.accuracy() >= 92.0, "in-scope top-1 fell below 92%:\n{report}");
    assert!(e.total.wrong_rate_on_none() <= 3.5, "out-of-scope questions answered above 3.5%:\n{report}");
}

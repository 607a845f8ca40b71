//! Matcher benchmark: `cargo bench --bench matcher`. Loads the embedded locale data, matches every
//! labelled question of tests/data/questions.tsv once for the figures (accuracy, wrong answers to
//! out-of-scope questions, misses) and 200 more times for the time per match. Asserts nothing;
//! tests/it/matcher.rs guards the figures.
use pelita::assets::Assets;
use pelita::matcher::{Matcher, parse_labelled};

fn main() {
    let matcher = Matcher::load(&Assets::embedded()).expect("the embedded matcher data loads");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/questions.tsv");
    let questions = parse_labelled(&std::fs::read_to_string(path).expect("tests/data/questions.tsv"))
        .expect("tests/data/questions.tsv parses");
    let repetitions = std::env::var("BENCH_REPEAT").ok().and_then(|r| r.parse().ok()).unwrap_or(200);
    print!("{}", matcher.evaluate(&questions, repetitions));
}

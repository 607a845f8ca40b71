//! Every transcript in tests/transcripts, through the same runner as `pelita test`.
use pelita::assets::Assets;
use pelita::bot::Bot;
use pelita::config::Config;
use pelita::transcript;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_transcript_passes() {
    let config = Config::load(Some(std::path::Path::new("/dev/null"))).expect("config");
    let (bot, _) = Bot::load(&Assets::embedded(), config.settings).unwrap_or_else(|d| panic!("{d:#?}"));
    let dir = super::root().join("tests/transcripts");
    let work = super::Scratch::fresh();
    let files = transcript::files(&dir).expect("transcripts dir");
    assert!(files.len() >= 8, "expected the shipped transcripts, found {}", files.len());
    let mut failures = Vec::new();
    for file in &files {
        // A fresh database per transcript: a SQLite file, or a PostgreSQL database.
        let db = work.other_db(&file.file_stem().unwrap_or_default().to_string_lossy());
        let result = transcript::run_file_on(&bot, file, &db).await;
        if super::pg::server().is_some() {
            super::pg::drop(&db);
        }
        if let Err(f) = result {
            failures.push(f.to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} transcripts failed:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

#[tokio::test]
async fn a_failing_transcript_says_where_and_shows_a_diff() {
    let config = Config::load(Some(std::path::Path::new("/dev/null"))).expect("config");
    let (bot, _) = Bot::load(&Assets::embedded(), config.settings).unwrap_or_else(|d| panic!("{d:#?}"));
    let work = super::Scratch::fresh();
    let file = work.path("wrong.txt");
    std::fs::write(&file, "@lang id\n> /start\n<= Menu utama. Apa yang Anda butuhkan?\n").unwrap();
    let err = transcript::run_file(&bot, &file, &work.path("")).await.expect_err("must fail");
    let text = err.to_string();
    assert!(text.contains("wrong.txt:3:"), "{text}");
    assert!(text.contains("- Menu utama. Apa yang Anda butuhkan?"), "{text}");
    assert!(text.contains("+ Menu utama. Apa yang Anda perlukan?"), "{text}");
}

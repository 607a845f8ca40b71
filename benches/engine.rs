//! Engine and store micro-benchmark: `cargo bench --bench engine`. Prints time per engine step
//! (no I/O) and per stored arrival (SQLite, batches of 1 and 500). Asserts nothing.
use std::time::Instant;

use pelita::assets::Assets;
use pelita::bot::Bot;
use pelita::config::Config;
use pelita::engine::{self, Env, Input, State};
use pelita::store::{Arrival, ContactKey, Store};

fn main() {
    let config = Config::load(Some(std::path::Path::new("/dev/null"))).unwrap();
    let (bot, _) = Bot::load(&Assets::embedded(), config.settings).unwrap();
    let env = Env { now: chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap(), entropy: [7; 16] };
    let mut state = State::default();
    for input in ["/start", "1"] {
        state = engine::step(&bot, &state, &Input::from_text(input), &env).state;
    }
    for (label, input) in
        [("main menu answer '2'", "2"), ("free text at a menu", "apa itu calo"), ("global command 'menu'", "menu")]
    {
        let input = Input::from_text(input);
        let n = 20_000;
        let started = Instant::now();
        for _ in 0..n {
            std::hint::black_box(engine::step(&bot, &state, &input, &env));
        }
        println!("engine step, {label:<24} {:>8.1} µs", started.elapsed().as_secs_f64() * 1e6 / n as f64);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("b.db").display().to_string()).await.unwrap();
        let at = env.now;
        let arrival = |i: usize, text: &str| Arrival {
            contact: ContactKey { channel: "web".into(), key: format!("u{}", i % 1000) },
            external_id: Some(format!("{i}")),
            input: Input::from_text(text),
            media: None,
            at,
            reply_status: "delivered",
            stored_id: None,
        };
        for batch in [1usize, 500] {
            let total = 10_000;
            let started = Instant::now();
            let mut i = batch * 1_000_000;
            while i < batch * 1_000_000 + total {
                let arrivals: Vec<Arrival> =
                    (i..i + batch).map(|j| arrival(j, if j % 2 == 0 { "menu" } else { "1" })).collect();
                store.ingest(&arrivals, |a, s, _| bot.step(a, s, None)).await.unwrap();
                i += batch;
            }
            let per = started.elapsed().as_secs_f64() * 1e6 / total as f64;
            println!("store.ingest, batches of {batch:<4}           {per:>8.1} µs per arrival ({:.0}/s)", 1e6 / per);
        }
        // The same with an engine that does nothing: what the database alone costs.
        let started = Instant::now();
        let total = 10_000;
        for i in (0..total).step_by(500) {
            let arrivals: Vec<Arrival> = (i..i + 500).map(|j| arrival(9_000_000 + j, "x")).collect();
            store
                .ingest(&arrivals, |_, s, _| engine::Outcome {
                    state: s.unwrap_or_default(),
                    replies: vec![engine::Reply { text: "ok".into(), choices: vec![] }],
                    effects: vec![],
                })
                .await
                .unwrap();
        }
        let per = started.elapsed().as_secs_f64() * 1e6 / total as f64;
        println!("store.ingest without the engine, x500       {per:>8.1} µs per arrival ({:.0}/s)", 1e6 / per);
    });
}

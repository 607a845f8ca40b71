//! The channels benchmark: `cargo bench --bench channels`. Prints figures; asserts nothing.
//!
//! A real `pelita serve` (release build, SQLite in WAL mode) runs as a child process with a fake
//! Telegram Bot API in this process. N simulated users each post the next webhook update only
//! after the bot's reply to the previous one has reached the fake Bot API (a closed loop),
//! walking the counselling-request flow again and again. Latency is from the webhook POST to the
//! step's last reply arriving at the fake. Telegram's pacing (1 message/s per chat, 30/s overall)
//! is switched off here: it would measure Telegram's limits, not Pelita.
//!
//! With `PELITA_TEST_POSTGRES_URL` set, the same closed-loop load then runs against PostgreSQL
//! with one instance and with two instances on one database (each user's messages alternating
//! between them), next to SQLite's figures.
//!
//! Environment: BENCH_SECONDS (per run, default 10), BENCH_USERS (e.g. "10,200,1000"), BENCH_QUICK
//! (SQLite closed-loop runs only), BENCH_ONLY_POSTGRES (skip the SQLite runs: only the PostgreSQL
//! ones, for comparing changes to that backend), SRV_THREADS (the server's runtime threads,
//! default 2).
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::mpsc;

const TOKEN: &str = "1:BENCH";
const SECRET: &str = "bench-secret";

type Waiters = Arc<Mutex<HashMap<i64, mpsc::UnboundedSender<Instant>>>>;

async fn fake_bot_api(waiters: Waiters) -> String {
    async fn handle(
        State(w): State<Waiters>,
        Path((_bot, method)): Path<(String, String)>,
        body: String,
    ) -> axum::Json<Value> {
        let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        if method.eq_ignore_ascii_case("sendMessage") {
            let chat = body["chat_id"].as_i64().unwrap_or_default();
            if let Some(tx) = w.lock().unwrap().get(&chat) {
                let _ = tx.send(Instant::now());
            }
            return axum::Json(json!({ "ok": true, "result": {
                "message_id": 1, "date": 1_760_000_000, "chat": { "id": chat, "type": "private", "first_name": "U" }, "text": "x" } }));
        }
        axum::Json(json!({ "ok": true, "result": true }))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = Router::new().route("/{bot}/{method}", post(handle)).with_state(waiters);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn spawn_server(db: &str, port: u16, api: &str) -> Child {
    // BENCH_PERF=FILE profiles the server with `perf record` (figures of RSS are then perf's).
    let mut cmd = match std::env::var("BENCH_PERF") {
        Ok(out) => {
            let mut c = Command::new("perf");
            c.args(["record", "-F", "999", "-g", "-o", &out, "--", env!("CARGO_BIN_EXE_pelita")]);
            c
        }
        Err(_) => Command::new(env!("CARGO_BIN_EXE_pelita")),
    };
    cmd.args(["serve", "--db", db, "--listen", &format!("127.0.0.1:{port}")])
        .env("PELITA_CONFIG", "/dev/null")
        .env("PELITA_LOG", "warn")
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_WEBHOOK_SECRET", SECRET)
        .env("TELEGRAM_API_URL", api)
        .env("TELEGRAM_PER_CHAT_MS", "0")
        .env("TELEGRAM_MAX_PER_SECOND", "0")
        .env("TOKIO_WORKER_THREADS", std::env::var("SRV_THREADS").unwrap_or_else(|_| "2".into()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("pelita serve starts")
}

/// CPU time (user + system) a process has used so far, in seconds.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// Stops the server: SIGKILL, or SIGINT under perf so that it writes its profile.
fn stop(mut child: Child) {
    if std::env::var("BENCH_PERF").is_ok() {
        let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    } else {
        child.kill().ok();
    }
    child.wait().ok();
}

fn rss_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// The counselling flow: (text, replies expected; the request's last step is answered with its
/// code and then the place in the queue). The first two steps run once per user.
const FIRST: [(&str, usize); 2] = [("/start", 1), ("1", 2)];
const LOOP: [(&str, usize); 9] =
    [("menu", 1), ("2", 1), ("1", 1), ("Siti", 1), ("Cirebon", 1), ("1", 1), ("5", 1), ("perempuan", 1), ("3", 2)];

fn update(id: i64, chat: i64, text: &str) -> Value {
    json!({ "update_id": id, "message": { "message_id": id, "date": 1_760_000_000, "text": text,
        "from": { "id": chat, "is_bot": false, "first_name": "U" }, "chat": { "id": chat, "type": "private", "first_name": "U" } } })
}

struct Stats {
    latencies: Vec<Duration>,
    errors: u64,
}

/// One user: sends, waits for the step's replies, records the latency; `pause` between
/// messages for the open loop. Runs until `until`.
async fn user(
    http: reqwest::Client,
    bases: Vec<String>,
    chat: i64,
    waiters: Waiters,
    until: Instant,
    pause: Option<Duration>,
    stats: Arc<Mutex<Stats>>,
) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    waiters.lock().unwrap().insert(chat, tx);
    let mut steps = FIRST.iter().chain(LOOP.iter().cycle());
    let mut n = 0i64;
    let mut latencies = Vec::new();
    let mut errors = 0;
    while Instant::now() < until {
        let (text, replies) = steps.next().unwrap();
        n += 1;
        let started = Instant::now();
        // With several instances, a user's messages alternate between them.
        let base = &bases[(n as usize + chat as usize) % bases.len()];
        let res = http
            .post(format!("{base}/webhooks/telegram"))
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .json(&update(n, chat, text))
            .send()
            .await;
        if !res.map(|r| r.status().is_success()).unwrap_or(false) {
            errors += 1;
            continue;
        }
        let mut last = started;
        for _ in 0..*replies {
            match tokio::time::timeout(Duration::from_secs(10), rx.recv()).await {
                Ok(Some(at)) if at >= started => last = at,
                Ok(Some(_)) => {}
                _ => {
                    errors += 1;
                    break;
                }
            }
        }
        latencies.push(last - started);
        if let Some(p) = pause {
            tokio::time::sleep(p.saturating_sub(started.elapsed())).await;
        }
    }
    waiters.lock().unwrap().remove(&chat);
    let mut s = stats.lock().unwrap();
    s.latencies.extend(latencies);
    s.errors += errors;
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

/// A run's throughput and 99th percentile, for the closing comparison.
type Figures = (f64, Duration);

async fn run(label: &str, users: i64, seconds: u64, pause: Option<Duration>, chat_base: i64, env: &Env) -> Figures {
    let stats = Arc::new(Mutex::new(Stats { latencies: Vec::new(), errors: 0 }));
    let cpu_servers = |env: &Env| env.pids.iter().map(|&p| cpu_seconds(p)).sum::<f64>();
    let cpu_server = cpu_servers(env);
    let cpu_bench = cpu_seconds(std::process::id());
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for u in 0..users {
        tasks.push(tokio::spawn(user(
            env.http.clone(),
            env.bases.clone(),
            chat_base + u,
            env.waiters.clone(),
            until,
            pause,
            stats.clone(),
        )));
        if pause.is_some() {
            // Spread the open-loop users over the first second.
            tokio::time::sleep(Duration::from_micros(1_000_000 / users as u64)).await;
        }
    }
    for t in tasks {
        let _ = t.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut metrics = String::new();
    for base in &env.bases {
        metrics += &env.http.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
    }
    // Summed over the instances.
    let value = |name: &str| -> f64 {
        metrics
            .lines()
            .filter(|l| l.starts_with(name))
            .filter_map(|l| l.split_whitespace().last())
            .filter_map(|v| v.parse::<f64>().ok())
            .sum()
    };
    let (commits, count, sum) = (
        value("pelita_commits_total"),
        value("pelita_processing_seconds_count"),
        value("pelita_processing_seconds_sum"),
    );
    let mut s = stats.lock().unwrap();
    s.latencies.sort();
    let n = s.latencies.len();
    let figures = (n as f64 / elapsed, percentile(&s.latencies, 0.99));
    println!(
        "{label:<28} {n:>8} msgs {:>9.0} msg/s   p50 {:>7.2} ms   p95 {:>7.2} ms   p99 {:>7.2} ms   errors {:>4}   server RSS {:>6.1} MB (peak {:.1} MB)",
        n as f64 / elapsed,
        percentile(&s.latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&s.latencies, 0.95).as_secs_f64() * 1e3,
        percentile(&s.latencies, 0.99).as_secs_f64() * 1e3,
        s.errors,
        env.pids.iter().map(|&p| rss_kib(p, "VmRSS:")).sum::<u64>() as f64 / 1024.0,
        env.pids.iter().map(|&p| rss_kib(p, "VmHWM:")).sum::<u64>() as f64 / 1024.0,
    );
    let server_cpu = cpu_servers(env) - cpu_server;
    let bench_cpu = cpu_seconds(std::process::id()) - cpu_bench;
    println!(
        "{:<28} server: {:.0}% CPU ({:.0} µs per message); load generator and fake Bot API: {:.0}% CPU",
        "",
        server_cpu / elapsed * 100.0,
        server_cpu / n.max(1) as f64 * 1e6,
        bench_cpu / elapsed * 100.0,
    );
    println!(
        "{:<28} server so far: {count:.0} inbound in {commits:.0} commits ({:.1} per commit), mean webhook-to-commit {:.2} ms",
        "",
        count / commits.max(1.0),
        sum / count.max(1.0) * 1e3
    );
    figures
}

#[derive(Clone)]
struct Env {
    http: reqwest::Client,
    /// One or more instances (on one database).
    bases: Vec<String>,
    waiters: Waiters,
    pids: Vec<u32>,
}

async fn wait_ready(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !http.get(format!("{base}/healthz")).send().await.map(|r| r.status().is_success()).unwrap_or(false) {
        assert!(Instant::now() < deadline, "server did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Stores `n` conversations through the real engine and store, in large batches, as if they
/// had started at `at`.
async fn prefill(db: &str, n: i64, at: chrono::DateTime<chrono::Utc>) {
    let config = pelita::config::Config::load(Some(std::path::Path::new("/dev/null"))).unwrap();
    let (bot, _) = pelita::bot::Bot::load(&pelita::assets::Assets::embedded(), config.settings).unwrap();
    let store = pelita::store::Store::open(db).await.unwrap();
    for start in (0..n).step_by(1000) {
        let batch: Vec<pelita::store::Arrival> = (start..(start + 1000).min(n))
            .map(|i| pelita::store::Arrival {
                contact: pelita::store::ContactKey { channel: "web".into(), key: format!("prefill{i}") },
                external_id: Some(format!("p{i}")),
                input: pelita::engine::Input::from_text("/start"),
                media: None,
                at,
                reply_status: "delivered",
                stored_id: None,
            })
            .collect();
        store.ingest(&batch, |a, s, _| bot.step(a, s, None)).await.unwrap();
    }
    store.close().await;
}

/// A fresh database for the PostgreSQL runs (dropped first if an earlier run left it).
async fn postgres_database(server: &str, instances: usize) -> String {
    use sqlx::Connection as _;
    let name = format!("pelita_bench_{instances}");
    let mut c = sqlx::PgConnection::connect(server).await.expect("PostgreSQL server");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("drop database if exists {name} with (force)")))
        .execute(&mut c)
        .await
        .unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("create database {name}"))).execute(&mut c).await.unwrap();
    let base = server.rsplit_once('/').map_or(server, |(b, _)| b);
    format!("{base}/{name}")
}

/// The SQLite runs: closed loops, the open loop, and 200 users on 100,000 stored conversations.
/// Returns the environment (its client and waiters) for the PostgreSQL runs.
async fn sqlite_runs(
    db: &str,
    dir: &tempfile::TempDir,
    api: &str,
    http: reqwest::Client,
    waiters: Waiters,
    seconds: u64,
    users: &[i64],
) -> (Env, Vec<Figures>) {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let child = spawn_server(db, port, api);
    wait_ready(&http, &base).await;
    let env = Env { http, bases: vec![base], waiters, pids: vec![child.id()] };
    let mut chat_base = 1_000_000;
    let mut closed = Vec::new();
    for &n in users {
        closed.push(run(&format!("closed loop, {n} users"), n, seconds, None, chat_base, &env).await);
        chat_base += 100_000;
    }
    // BENCH_QUICK: only the closed-loop runs (for comparing changes).
    let quick = std::env::var("BENCH_QUICK").is_ok();
    if !quick {
        run("open loop, 1000 users x 1/s", 1000, seconds, Some(Duration::from_secs(1)), chat_base, &env).await;
    }
    stop(child);
    if quick || std::env::var("BENCH_PERF").is_ok() {
        return (env, closed);
    }

    // Memory with a large database: 100,000 stored conversations.
    let big = dir.path().join("big.db").display().to_string();
    let started = Instant::now();
    prefill(&big, 100_000, pelita::bot::clock() - chrono::Duration::days(1)).await;
    println!("stored 100,000 conversations in {:.1} s", started.elapsed().as_secs_f64());
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let child = spawn_server(&big, port, api);
    wait_ready(&env.http, &base).await;
    let env = Env { bases: vec![base], pids: vec![child.id()], ..env };
    run("100k stored, 200 users", 200, seconds.min(5), None, 5_000_000, &env).await;
    stop(child);

    // The same, but the 100,000 are two years old: the retention job erases them meanwhile (as
    // when a deployment turns retention on, or upgrades to it, with years of contacts).
    let old = dir.path().join("old.db").display().to_string();
    prefill(&old, 100_000, pelita::bot::clock() - chrono::Duration::days(730)).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let child = spawn_server(&old, port, api);
    wait_ready(&env.http, &base).await;
    let env = Env { bases: vec![base], pids: vec![child.id()], ..env };
    run("100k past retention, 200 users", 200, seconds.min(5), None, 5_500_000, &env).await;
    let elapsed = started.elapsed().as_secs_f64();
    stop(child);
    let left = count_prefilled(&old).await;
    println!(
        "                             retention erased {} of the 100,000 old contacts in {elapsed:.1} s ({:.0}/s)",
        100_000 - left,
        (100_000 - left) as f64 / elapsed
    );
    (env, closed)
}

/// How many prefilled contacts a SQLite database still holds.
async fn count_prefilled(db: &str) -> i64 {
    use sqlx::Connection as _;
    let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{db}")).await.unwrap();
    let n = sqlx::query_scalar("select count(*) from contacts where external_key like 'prefill%'")
        .fetch_one(&mut c)
        .await
        .unwrap();
    let _ = c.close().await;
    n
}

/// The closed loops side by side: SQLite, PostgreSQL with one instance, with two.
fn compare(users: &[i64], sqlite: &[Figures], one: &[Figures], two: &[Figures]) {
    let cell = |f: Option<&Figures>| match f {
        Some((rate, p99)) => format!("{rate:>6.0} msg/s, p99 {:>7.1} ms", p99.as_secs_f64() * 1e3),
        None => "-".to_owned(),
    };
    println!("\nclosed loops, same load    {:<29} {:<29} {:<29}", "SQLite", "PostgreSQL x1", "PostgreSQL x2");
    for (i, n) in users.iter().enumerate() {
        println!(
            "{:<26} {:<29} {:<29} {:<29}",
            format!("{n} users"),
            cell(sqlite.get(i)),
            cell(one.get(i)),
            cell(two.get(i))
        );
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let seconds: u64 = std::env::var("BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
        let users: Vec<i64> = std::env::var("BENCH_USERS")
            .unwrap_or_else(|_| "10,200,1000".into())
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bench.db").display().to_string();
        let waiters: Waiters = Arc::default();
        let api = fake_bot_api(waiters.clone()).await;
        let http = reqwest::Client::builder().pool_max_idle_per_host(2000).build().unwrap();
        println!("pelita channels benchmark: Telegram webhooks -> SQLite (WAL) -> fake Bot API; {seconds} s per run");
        println!("machine: {} cores", std::thread::available_parallelism().map_or(0, |n| n.get()));
        // BENCH_ONLY_POSTGRES: straight to the PostgreSQL runs.
        let (env, sqlite) = if std::env::var("BENCH_ONLY_POSTGRES").is_ok() {
            (Env { http, bases: Vec::new(), waiters, pids: Vec::new() }, Vec::new())
        } else {
            sqlite_runs(&db, &dir, &api, http, waiters, seconds, &users).await
        };
        if std::env::var("BENCH_QUICK").is_ok() || std::env::var("BENCH_PERF").is_ok() {
            return;
        }
        // PostgreSQL, one and two instances on one database, with the same load as above.
        match std::env::var("PELITA_TEST_POSTGRES_URL") {
            Ok(server) if !server.is_empty() => {
                let mut postgres: Vec<Vec<Figures>> = Vec::new();
                for instances in [1, 2] {
                    let db = postgres_database(&server, instances).await;
                    let mut children = Vec::new();
                    let mut bases = Vec::new();
                    for _ in 0..instances {
                        let port = free_port();
                        let base = format!("http://127.0.0.1:{port}");
                        children.push(spawn_server(&db, port, &api));
                        wait_ready(&env.http, &base).await;
                        bases.push(base);
                    }
                    let env = Env { bases, pids: children.iter().map(Child::id).collect(), ..env.clone() };
                    let mut figures = Vec::new();
                    for &n in &users {
                        let label = format!("postgres x{instances}, {n} users");
                        figures.push(run(&label, n, seconds, None, 6_000_000 + 100_000 * n, &env).await);
                    }
                    for c in children {
                        stop(c);
                    }
                    postgres.push(figures);
                }
                compare(&users, &sqlite, &postgres[0], &postgres[1]);
            }
            _ => println!("postgres: skipped (set PELITA_TEST_POSTGRES_URL to compare one and two instances)"),
        }
    });
}

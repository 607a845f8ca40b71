//! A server killed with SIGKILL under load loses no acknowledged message and processes none
//! twice: the real binary as a child process, real HTTP, a real SQLite file.
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::Scratch;
use super::harness::*;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn spawn_server(db: &str, port: u16, api: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pelita"))
        .args(["serve", "--db", db, "--listen", &format!("127.0.0.1:{port}")])
        .env("PELITA_CONFIG", "/dev/null")
        .env("PELITA_LOG", "warn")
        .env("TELEGRAM_BOT_TOKEN", TG_TOKEN)
        .env("TELEGRAM_WEBHOOK_SECRET", TG_SECRET)
        .env("TELEGRAM_API_URL", api)
        .env("TELEGRAM_PER_CHAT_MS", "0")
        .env("TELEGRAM_MAX_PER_SECOND", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn wait_ready(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !http.get(format!("{base}/healthz")).send().await.map(|r| r.status().is_success()).unwrap_or(false) {
        assert!(Instant::now() < deadline, "server did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

const USERS: i64 = 40;
const PER_USER: i64 = 60;

fn update(user: i64, n: i64) -> Value {
    // Unique update ids; each user's messages in order.
    let text = ["menu", "1", "2", "3", "bantuan", "halo"][(n % 6) as usize];
    tg_text(user * 1000 + n, 9_000_000 + user, text)
}

/// Each user sends its messages one after another (as Telegram does per chat), until the
/// server stops answering; returns the updates that got a 2xx.
async fn load(http: reqwest::Client, base: String, acked: Arc<Mutex<Vec<(i64, i64)>>>) {
    let mut tasks = Vec::new();
    for user in 0..USERS {
        let (http, base, acked) = (http.clone(), base.clone(), acked.clone());
        tasks.push(tokio::spawn(async move {
            for n in 0..PER_USER {
                let res = http
                    .post(format!("{base}/webhooks/telegram"))
                    .header("X-Telegram-Bot-Api-Secret-Token", TG_SECRET)
                    .json(&update(user, n))
                    .timeout(Duration::from_secs(5))
                    .send()
                    .await;
                match res {
                    Ok(r) if r.status().is_success() => acked.lock().unwrap().push((user, n)),
                    // Not acknowledged: this user's later messages wait, as Telegram's queue does.
                    _ => return,
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_9_under_load_loses_nothing_acknowledged_and_doubles_nothing() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let db = dir.db();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut child = spawn_server(&db, port, &tg.url);
    wait_ready(&http, &base).await;
    let acked = Arc::new(Mutex::new(Vec::new()));
    let load_task = tokio::spawn(load(http.clone(), base.clone(), acked.clone()));
    // Let the load run, then kill the server without warning.
    let started = Instant::now();
    while acked.lock().unwrap().len() < (USERS * PER_USER / 3) as usize && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    load_task.await.unwrap();
    let acked_before: Vec<(i64, i64)> = acked.lock().unwrap().clone();
    assert!(!acked_before.is_empty());
    assert!(acked_before.len() < (USERS * PER_USER) as usize, "the kill came too late to test anything");

    // Restart on the same database; the platform redelivers what was not acknowledged, and
    // (as platforms do) some of what was.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = spawn_server(&db, port, &tg.url);
    wait_ready(&http, &base).await;
    let mut next: HashMap<i64, i64> = HashMap::new();
    for (user, n) in &acked_before {
        let e = next.entry(*user).or_insert(0);
        *e = (*e).max(n + 1);
    }
    let mut tasks = Vec::new();
    for user in 0..USERS {
        let from = next.get(&user).copied().unwrap_or(0);
        let (http, base) = (http.clone(), base.clone());
        tasks.push(tokio::spawn(async move {
            for n in (from - 1).max(0)..PER_USER {
                let r = http
                    .post(format!("{base}/webhooks/telegram"))
                    .header("X-Telegram-Bot-Api-Secret-Token", TG_SECRET)
                    .json(&update(user, n))
                    .send()
                    .await
                    .unwrap();
                assert!(r.status().is_success());
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    child.kill().unwrap();
    child.wait().unwrap();

    // Every message is stored once, processed, and each user's in the order sent.
    let store = pelita::store::Store::open(&db).await.unwrap();
    for user in 0..USERS {
        let contact = pelita::store::ContactKey { channel: "telegram".into(), key: (9_000_000 + user).to_string() };
        let rows = store.message_statuses(&contact).await.unwrap();
        let inbound: Vec<&(String, String, String)> = rows.iter().filter(|(d, _, _)| d == "in").collect();
        assert_eq!(inbound.len(), PER_USER as usize, "user {user}: {} inbound rows", inbound.len());
        assert!(inbound.iter().all(|(_, s, _)| s == "processed"), "user {user}: {inbound:?}");
        let expected: Vec<String> =
            (0..PER_USER).map(|n| update(user, n)["message"]["text"].as_str().unwrap().to_owned()).collect();
        let got: Vec<String> = inbound.iter().map(|(_, _, body)| body.clone()).collect();
        assert_eq!(got, expected, "user {user}: order");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_never_holds_what_users_wrote_and_sigterm_finishes_in_flight_work() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let db = dir.db();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let log_path = dir.path("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_pelita"))
        .args(["serve", "--db", &db, "--listen", &format!("127.0.0.1:{port}")])
        .env("PELITA_CONFIG", "/dev/null")
        .env("PELITA_LOG", "info")
        .env("TELEGRAM_BOT_TOKEN", TG_TOKEN)
        .env("TELEGRAM_WEBHOOK_SECRET", TG_SECRET)
        .env("TELEGRAM_API_URL", &tg.url)
        .env("TELEGRAM_PER_CHAT_MS", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let http = reqwest::Client::new();
    wait_ready(&http, &base).await;
    let post = |u: Value, secret: &'static str| {
        let (http, base) = (http.clone(), base.clone());
        async move {
            http.post(format!("{base}/webhooks/telegram"))
                .header("X-Telegram-Bot-Api-Secret-Token", secret)
                .json(&u)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let chat = 31_337;
    let inputs = ["/start", "1", "2", "1", "Rahasia Wulandari", "Desa Sukamaju", "2", "0812 9999 8888"];
    for (i, text) in inputs.iter().enumerate() {
        assert_eq!(post(tg_text(i as i64 + 1, chat, text), TG_SECRET).await, 200);
    }
    assert_eq!(post(tg_text(99, chat, "Rahasia Wulandari lagi"), "wrong").await, 401);
    tg.wait_for("sendMessage", 9).await;
    // SIGTERM: the server stops accepting, finishes what it has, and exits cleanly.
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let mut child = child;
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("listening") && log.contains("stopped"), "{log}");
    assert!(log.contains("missing or wrong secret token refused"), "{log}");
    // Each line without its timestamp and the listening port, which may well read 9999 or 8888.
    let logged: Vec<String> = log
        .lines()
        .map(|l| l.split_whitespace().skip(1).filter(|w| !w.starts_with("addr=")).collect::<Vec<_>>().join(" "))
        .collect();
    for private in ["Wulandari", "Sukamaju", "9999", "8888", TG_TOKEN] {
        assert!(!logged.iter().any(|l| l.contains(private)), "`{private}` is in the log:\n{log}");
    }
}

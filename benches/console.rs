//! The console benchmark: `cargo bench --bench console`. Prints figures; asserts nothing.
//!
//! A real `pelita serve` (release build, SQLite) with 10,000 open tickets of Telegram users and a
//! fake Bot API in this process. It prints the time of the queue page (`GET /console`) and of a
//! ticket page, and the claim-to-delivery latency: from a counsellor's claim (or reply) being
//! posted to the message reaching the fake Bot API.
//!
//! Environment: BENCH_TICKETS (default 10000), BENCH_SAMPLES (default 50).
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::routing::post;
use pelita::engine::{Effect, Input, Outcome, TicketRequest, Topic};
use pelita::store::{Arrival, ContactKey, NewCounsellor, Role, Store};
use serde_json::{Value, json};

const TOKEN: &str = "1:BENCH";
const SECRET: &str = "bench-secret";

/// Chat id -> when its last message arrived at the fake Bot API.
type Arrivals = Arc<Mutex<HashMap<i64, Instant>>>;

async fn fake_bot_api(arrivals: Arrivals) -> String {
    async fn handle(
        State(a): State<Arrivals>,
        Path((_bot, method)): Path<(String, String)>,
        body: String,
    ) -> axum::Json<Value> {
        let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        let chat = body["chat_id"].as_i64().unwrap_or_default();
        if method.eq_ignore_ascii_case("sendMessage") {
            a.lock().unwrap().insert(chat, Instant::now());
        }
        axum::Json(json!({ "ok": true, "result": { "message_id": 1, "date": 1_760_000_000,
            "chat": { "id": chat, "type": "private", "first_name": "U" }, "text": "x" } }))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = Router::new().route("/{bot}/{method}", post(handle)).with_state(arrivals);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// Opens `n` tickets through the real store, in large batches.
async fn prefill(store: &Store, n: i64) {
    let at = chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap();
    for start in (0..n).step_by(1000) {
        let batch: Vec<Arrival> = (start..(start + 1000).min(n))
            .map(|i| Arrival {
                contact: ContactKey { channel: "telegram".into(), key: (1_000_000 + i).to_string() },
                external_id: Some(format!("p{i}")),
                input: Input::from_text("konselor"),
                media: None,
                at: at + chrono::Duration::seconds(i),
                reply_status: "sent",
                stored_id: None,
            })
            .collect();
        store
            .ingest(&batch, |_, state, _| {
                let topic = [Topic::Counsellor, Topic::CaseReport, Topic::Emergency][(start / 1000 % 3) as usize];
                Outcome {
                    state: state.unwrap_or_default(),
                    replies: Vec::new(),
                    effects: vec![Effect::Ticket(TicketRequest {
                        topic,
                        priority: pelita::handoff::priority(topic, false),
                        org: "national".into(),
                        lang: Some("id".into()),
                        district: None,
                        gender: None,
                    })],
                }
            })
            .await
            .unwrap();
    }
}

fn spawn_server(db: &str, port: u16, api: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pelita"))
        .args(["serve", "--db", db, "--listen", &format!("127.0.0.1:{port}")])
        .env("PELITA_CONFIG", "/dev/null")
        .env("PELITA_LOG", "warn")
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_WEBHOOK_SECRET", SECRET)
        .env("TELEGRAM_API_URL", api)
        .env("TELEGRAM_PER_CHAT_MS", "0")
        .env("TELEGRAM_MAX_PER_SECOND", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("pelita serve starts")
}

/// A console session over plain HTTP: cookies by hand, no redirects followed.
struct Session {
    http: reqwest::Client,
    base: String,
    cookies: String,
    csrf: String,
}

fn cookies_of(res: &reqwest::Response) -> Vec<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
        .collect()
}

fn csrf_of(html: &str) -> String {
    html.split("name=csrf value=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default().to_owned()
}

impl Session {
    async fn login(base: &str, login: &str, password: &str) -> Session {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let res = http.get(format!("{base}/console/login")).send().await.unwrap();
        let cookie = cookies_of(&res).join("; ");
        let csrf = csrf_of(&res.text().await.unwrap());
        let res = http
            .post(format!("{base}/console/login"))
            .header("cookie", &cookie)
            .form(&[("login", login), ("password", password), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 303, "login");
        let cookies = cookies_of(&res).join("; ");
        let mut s = Session { http, base: base.to_owned(), cookies, csrf: String::new() };
        s.get("/console").await;
        s
    }

    async fn get(&mut self, path: &str) -> (u16, String) {
        let res = self.http.get(format!("{}{path}", self.base)).header("cookie", &self.cookies).send().await.unwrap();
        let status = res.status().as_u16();
        let body = res.text().await.unwrap();
        let csrf = csrf_of(&body);
        if !csrf.is_empty() {
            self.csrf = csrf;
        }
        (status, body)
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> u16 {
        let mut fields = form.to_vec();
        fields.push(("csrf", &self.csrf));
        let res = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", &self.cookies)
            .form(&fields)
            .send()
            .await
            .unwrap();
        res.status().as_u16()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1].as_secs_f64() * 1e3
}

fn report(label: &str, mut d: Vec<Duration>) {
    d.sort();
    println!(
        "{label:<44} n={:<4} p50 {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms",
        d.len(),
        percentile(&d, 0.5),
        percentile(&d, 0.95),
        percentile(&d, 1.0)
    );
}

async fn delivered(arrivals: &Arrivals, chat: i64, after: Instant) -> Instant {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(at) = arrivals.lock().unwrap().get(&chat).copied().filter(|t| *t >= after) {
            return at;
        }
        assert!(Instant::now() < deadline, "message to {chat} never arrived");
        tokio::time::sleep(Duration::from_micros(200)).await;
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let tickets: i64 = std::env::var("BENCH_TICKETS").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
        let samples: usize = std::env::var("BENCH_SAMPLES").ok().and_then(|s| s.parse().ok()).unwrap_or(50);
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("console.db").display().to_string();
        let store = Store::open(&db).await.unwrap();
        let started = Instant::now();
        prefill(&store, tickets).await;
        let hash = pelita::console::auth::hash_password("bench-password-1").unwrap();
        let langs = vec!["id".to_owned()];
        let new = NewCounsellor {
            login: "bench",
            name: "Bench",
            org: "national",
            role: Role::Supervisor,
            languages: &langs,
            gender: None,
            password_hash: &hash,
        };
        let id = store.add_counsellor(&new, pelita::bot::clock()).await.unwrap();
        store.set_password(id, &hash).await.unwrap();
        store.close().await;
        println!("pelita console benchmark: {tickets} open tickets stored in {:.1} s", started.elapsed().as_secs_f64());

        let arrivals: Arrivals = Arc::default();
        let api = fake_bot_api(arrivals.clone()).await;
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let base = format!("http://127.0.0.1:{port}");
        let mut child = spawn_server(&db, port, &api);
        let deadline = Instant::now() + Duration::from_secs(30);
        while reqwest::get(format!("{base}/healthz")).await.map(|r| !r.status().is_success()).unwrap_or(true) {
            assert!(Instant::now() < deadline, "server did not start");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let mut s = Session::login(&base, "bench", "bench-password-1").await;

        let mut queue = Vec::new();
        let mut size = 0;
        for _ in 0..samples {
            let t = Instant::now();
            let (status, body) = s.get("/console").await;
            queue.push(t.elapsed());
            assert_eq!(status, 200);
            size = body.len();
        }
        report(&format!("queue page, {tickets} open tickets ({} kB)", size / 1024), queue);

        let mut page = Vec::new();
        let mut claim = Vec::new();
        let mut reply = Vec::new();
        for i in 0..samples as i64 {
            let ticket = i + 1;
            let chat = 1_000_000 + i;
            let t = Instant::now();
            let (status, _) = s.get(&format!("/console/tickets/{ticket}")).await;
            page.push(t.elapsed());
            assert_eq!(status, 200);
            let t = Instant::now();
            assert_eq!(s.post(&format!("/console/tickets/{ticket}/claim"), &[]).await, 303);
            claim.push(delivered(&arrivals, chat, t).await - t);
            let t = Instant::now();
            assert_eq!(
                s.post(&format!("/console/tickets/{ticket}/reply"), &[("text", "Halo, saya konselor.")]).await,
                303
            );
            reply.push(delivered(&arrivals, chat, t).await - t);
        }
        report("ticket page", page);
        report("claim -> 'counsellor joined' at the Bot API", claim);
        report("reply -> the reply at the Bot API", reply);
        child.kill().ok();
        child.wait().ok();
    });
}

//! A real `pelita serve` on a random 127.0.0.1 port with a fresh SQLite file, and fake Telegram
//! and WhatsApp API servers on loopback that the real clients reach through their base URLs.
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use pelita::assets::Assets;
use pelita::bot::Bot;
use pelita::channels::Enabled;
use pelita::config::{Config, Secret, TelegramSettings, WhatsAppSettings};
use pelita::store::Store;
use serde_json::{Value, json};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const TG_SECRET: &str = "test-secret_123";
pub const TG_TOKEN: &str = "123456:TEST";
pub const WA_SECRET: &str = "wa-app-secret";
pub const WA_VERIFY: &str = "wa-verify";
pub const WA_PHONE_ID: &str = "106540352242922";

/// One request the fake received.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
    pub at: Instant,
}

/// A fake platform API: records every call and answers from a script, then with a default.
#[derive(Clone, Default)]
pub struct Fake {
    calls: Arc<Mutex<Vec<Call>>>,
    script: Arc<Mutex<VecDeque<(String, u16, Value)>>>,
    pub url: String,
}

impl Fake {
    /// Queues an answer for the next call of `method`.
    pub fn answer_next(&self, method: &str, status: u16, body: Value) {
        self.script.lock().unwrap().push_back((method.into(), status, body));
    }

    pub fn count(&self, method: &str) -> usize {
        self.calls.lock().unwrap().iter().filter(|c| c.method == method).count()
    }

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.calls.lock().unwrap().iter().filter(|c| c.method == method).cloned().collect()
    }

    /// Waits (at most 15 s) until `method` was called `n` times; returns those calls.
    pub async fn wait_for(&self, method: &str, n: usize) -> Vec<Call> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if self.count(method) >= n {
                return self.calls(method);
            }
            let calls = self.calls(method);
            assert!(Instant::now() < deadline, "waited for {n} `{method}` calls, got {}: {calls:#?}", calls.len());
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    fn take_scripted(&self, method: &str) -> Option<(u16, Value)> {
        let mut script = self.script.lock().unwrap();
        let i = script.iter().position(|(m, _, _)| m == method)?;
        script.remove(i).map(|(_, s, b)| (s, b))
    }

    fn record(&self, method: &str, body: Value) {
        self.calls.lock().unwrap().push(Call { method: method.into(), body, at: Instant::now() });
    }
}

async fn serve_fake(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}")
}

/// A fake Telegram Bot API: `POST /bot<token>/<method>`.
pub async fn fake_telegram() -> Fake {
    async fn handle(State(fake): State<Fake>, Path((_bot, method)): Path<(String, String)>, body: String) -> Response {
        // teloxide writes method names capitalised (SendMessage); the Bot API ignores case.
        let mut method = method;
        if let Some(first) = method.get(..1) {
            method = first.to_lowercase() + &method[1..];
        }
        // Most methods come as JSON; setWebhook as a multipart form, kept as raw text.
        let body: Value = serde_json::from_str(&body).unwrap_or(Value::String(body));
        fake.record(&method, body.clone());
        if let Some((status, answer)) = fake.take_scripted(&method) {
            return (StatusCode::from_u16(status).unwrap(), axum::Json(answer)).into_response();
        }
        let n = fake.count(&method) as i64;
        let result = match method.as_str() {
            "sendMessage" => json!({
                "message_id": 1000 + n, "date": 1_760_000_000,
                "chat": { "id": body["chat_id"], "type": "private", "first_name": "User" },
                "from": { "id": 999, "is_bot": true, "first_name": "Pelita" },
                "text": body["text"],
            }),
            "getUpdates" => json!([]),
            _ => json!(true),
        };
        axum::Json(json!({ "ok": true, "result": result })).into_response()
    }
    let mut fake = Fake::default();
    let router = Router::new().route("/{bot}/{method}", post(handle)).with_state(fake.clone());
    fake.url = serve_fake(router).await;
    fake
}

/// A fake WhatsApp Graph API: `POST /<version>/<phone-number-id>/messages`.
pub async fn fake_whatsapp() -> Fake {
    async fn handle(State(fake): State<Fake>, body: String) -> Response {
        let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        fake.record("messages", body.clone());
        if let Some((status, answer)) = fake.take_scripted("messages") {
            return (StatusCode::from_u16(status).unwrap(), axum::Json(answer)).into_response();
        }
        let n = fake.count("messages");
        axum::Json(json!({
            "messaging_product": "whatsapp",
            "contacts": [{ "input": body["to"].as_str().or(body["recipient"].as_str()), "wa_id": "6281234567890" }],
            "messages": [{ "id": format!("wamid.OUT{n}") }],
        }))
        .into_response()
    }
    let mut fake = Fake::default();
    let router = Router::new().route("/v25.0/{phone}/messages", post(handle)).with_state(fake.clone());
    fake.url = serve_fake(router).await;
    fake
}

pub struct Options {
    pub telegram: Option<Fake>,
    pub whatsapp: Option<Fake>,
    /// Telegram's pacing: least milliseconds between two messages to one chat.
    pub per_chat_ms: u64,
    pub polling: bool,
    pub template: bool,
    /// Organisations and queue settings (default: the embedded single national desk).
    pub handoff: Option<pelita::handoff::HandoffSettings>,
    /// `[retention] days` (default 0 here: seeded test data is often dated in the past).
    pub retention_days: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            telegram: None,
            whatsapp: None,
            per_chat_ms: 0,
            polling: false,
            template: true,
            handoff: None,
            retention_days: 0,
        }
    }
}

/// A running server.
pub struct TestApp {
    pub base: String,
    pub db: String,
    pub http: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<anyhow::Result<()>>>,
}

impl TestApp {
    pub async fn start(db: &str, opts: &Options) -> TestApp {
        // PELITA_TEST_LOG=debug shows the server's log next to a failing test.
        if let Ok(filter) = std::env::var("PELITA_TEST_LOG") {
            let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
        }
        let mut config = Config::load(Some(std::path::Path::new("/dev/null"))).unwrap();
        config.telegram = match &opts.telegram {
            Some(fake) => Ok(TelegramSettings {
                token: Secret::new(TG_TOKEN),
                secret: (!opts.polling).then(|| Secret::new(TG_SECRET)),
                api_url: fake.url.clone(),
                per_chat: Duration::from_millis(opts.per_chat_ms),
                global_rate: 0,
            }),
            None => Err("off in this test".into()),
        };
        config.whatsapp = match &opts.whatsapp {
            Some(fake) => Ok(WhatsAppSettings {
                access_token: Secret::new("wa-token"),
                app_secret: Secret::new(WA_SECRET),
                verify_token: Some(Secret::new(WA_VERIFY)),
                phone_number_id: WA_PHONE_ID.into(),
                api_url: format!("{}/v25.0", fake.url),
                template: opts.template.then(|| ("new_message_notice".to_string(), "id".to_string())),
                global_rate: 0,
            }),
            None => Err("off in this test".into()),
        };
        if let Some(h) = &opts.handoff {
            config.settings.handoff = h.clone();
        }
        config.settings.retention_days = opts.retention_days;
        let (bot, _) = Bot::load(&Assets::embedded(), config.settings.clone()).unwrap_or_else(|d| panic!("{d:#?}"));
        let channels = Enabled::from_config(&config, &bot).unwrap();
        let store = Store::open(db).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(pelita::server::serve(bot, store, channels, listener, async {
            let _ = stopped.await;
        }));
        TestApp { base, db: db.to_owned(), http: reqwest::Client::new(), stop: Some(stop), handle: Some(handle) }
    }

    /// Stops the server gracefully and waits for it.
    pub async fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(h) = self.handle.take() {
            h.await.unwrap().unwrap();
        }
    }

    /// A second handle on the same database, for assertions.
    pub async fn store(&self) -> Store {
        Store::open(&self.db).await.unwrap()
    }

    pub async fn post_telegram(&self, update: &Value, secret: Option<&str>) -> StatusCode {
        let mut req = self.http.post(format!("{}/webhooks/telegram", self.base)).json(update);
        if let Some(s) = secret {
            req = req.header("X-Telegram-Bot-Api-Secret-Token", s);
        }
        StatusCode::from_u16(req.send().await.unwrap().status().as_u16()).unwrap()
    }

    pub async fn post_whatsapp(&self, body: &[u8], secret: &str) -> StatusCode {
        let signature = sign(secret.as_bytes(), body);
        let res = self
            .http
            .post(format!("{}/webhooks/whatsapp", self.base))
            .header("content-type", "application/json")
            .header("X-Hub-Signature-256", signature)
            .body(body.to_vec())
            .send()
            .await
            .unwrap();
        StatusCode::from_u16(res.status().as_u16()).unwrap()
    }
}

pub fn sign(secret: &[u8], body: &[u8]) -> String {
    use hmac::Mac as _;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret).unwrap();
    mac.update(body);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

// Real-shaped Telegram updates.

pub fn tg_user(id: i64) -> Value {
    json!({ "id": id, "is_bot": false, "first_name": "Siti", "language_code": "id" })
}

pub fn tg_chat(id: i64) -> Value {
    json!({ "id": id, "first_name": "Siti", "type": "private" })
}

pub fn tg_text(update_id: i64, chat: i64, text: &str) -> Value {
    let mut message = json!({
        "message_id": update_id, "from": tg_user(chat), "chat": tg_chat(chat), "date": 1_760_000_000, "text": text,
    });
    if text.starts_with('/') {
        let len = text.split(' ').next().unwrap().len();
        message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
    }
    json!({ "update_id": update_id, "message": message })
}

pub fn tg_callback(update_id: i64, chat: i64, data: &str) -> Value {
    json!({
        "update_id": update_id,
        "callback_query": {
            "id": format!("cq{update_id}"), "from": tg_user(chat), "chat_instance": "-8890000000000000000", "data": data,
            "message": {
                "message_id": 77, "date": 1_760_000_000, "chat": tg_chat(chat), "text": "menu",
                "from": { "id": 999, "is_bot": true, "first_name": "Pelita", "username": "pelita_bot" },
            },
        },
    })
}

// Real-shaped WhatsApp notifications.

pub fn wa_envelope(value: Value) -> Value {
    json!({ "object": "whatsapp_business_account", "entry": [{ "id": "102290129340398", "changes": [{ "field": "messages", "value": value }] }] })
}

pub fn wa_metadata() -> Value {
    json!({ "display_phone_number": "15550783881", "phone_number_id": WA_PHONE_ID })
}

pub fn wa_message(user: &str, id: &str, timestamp: i64, body: Value) -> Value {
    let mut message =
        json!({ "from": "6281234567890", "from_user_id": user, "id": id, "timestamp": timestamp.to_string() });
    for (k, v) in body.as_object().unwrap() {
        message[k] = v.clone();
    }
    wa_envelope(json!({
        "messaging_product": "whatsapp",
        "metadata": wa_metadata(),
        "contacts": [{ "profile": { "name": "Siti" }, "wa_id": "6281234567890", "user_id": user }],
        "messages": [message],
    }))
}

pub fn wa_text(user: &str, id: &str, timestamp: i64, text: &str) -> Value {
    wa_message(user, id, timestamp, json!({ "type": "text", "text": { "body": text } }))
}

pub fn wa_reply(user: &str, id: &str, timestamp: i64, kind: &str, reply_id: &str) -> Value {
    wa_message(
        user,
        id,
        timestamp,
        json!({ "type": "interactive", "context": { "from": "15550783881", "id": "wamid.OUT1" },
                "interactive": { "type": kind, kind: { "id": reply_id, "title": "x" } } }),
    )
}

pub fn now_secs() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

//! The web chat and the server's own endpoints, over real HTTP.
use pelita::engine::{CaseKind, Effect, Input, Outcome, Reply, State};
use pelita::store::{Arrival, ContactKey, Store};
use serde_json::{Value, json};

use super::Scratch;
use super::harness::*;

/// A browser: keeps the session cookie.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookie: String,
    last: i64,
}

impl Browser {
    async fn open(base: &str) -> (Browser, String) {
        let http = reqwest::Client::new();
        let page = http.get(format!("{base}/")).send().await.unwrap();
        assert_eq!(page.status().as_u16(), 200);
        let cookie = page.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let cookie = cookie.split(';').next().unwrap().to_owned();
        let html = page.text().await.unwrap();
        (Browser { http, base: base.into(), cookie, last: 0 }, html)
    }

    async fn send(&mut self, body: Value) -> Vec<Value> {
        let res = self
            .http
            .post(format!("{}/web/send", self.base))
            .header("cookie", &self.cookie)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        self.replies().await
    }

    async fn replies(&mut self) -> Vec<Value> {
        let url = format!("{}/web/replies?after={}", self.base, self.last);
        let data: Value = self.http.get(url).header("cookie", &self.cookie).send().await.unwrap().json().await.unwrap();
        let replies = data["replies"].as_array().unwrap().clone();
        if let Some(last) = replies.last() {
            self.last = last["id"].as_i64().unwrap();
        }
        replies
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_chats_in_the_browser() {
    let dir = Scratch::fresh();
    let app = TestApp::start(&dir.db(), &Options::default()).await;
    let (mut browser, html) = Browser::open(&app.base).await;
    assert!(html.contains("<html lang=\"id\">"));
    assert!(html.contains("Pelita: teman kerja ke luar negeri yang aman"), "the page's words come from Fluent");
    assert!(!html.contains("{{"), "every placeholder is filled");
    let replies = browser.send(json!({ "text": "/start", "id": "m1" })).await;
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0]["choices"].as_array().unwrap().len(), 6);
    let jv = replies[0]["choices"][1]["key"].as_str().unwrap().to_owned();
    let replies = browser.send(json!({ "choice": jv, "id": "m2" })).await;
    assert_eq!(replies.len(), 2, "{replies:#?}");
    assert!(replies[1]["choices"].as_array().unwrap().len() == 5);
    // The page now comes in Javanese.
    let page = browser.http.get(format!("{}/", app.base)).header("cookie", &browser.cookie).send().await.unwrap();
    assert!(page.headers().get("set-cookie").is_none(), "the session is kept");
    assert!(page.text().await.unwrap().contains("<html lang=\"jv\">"));
    // A retried POST (same id) is stored once.
    let again = browser.send(json!({ "choice": jv, "id": "m2" })).await;
    assert!(again.is_empty(), "{again:#?}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_are_separate_and_required() {
    let dir = Scratch::fresh();
    let app = TestApp::start(&dir.db(), &Options::default()).await;
    let (mut a, _) = Browser::open(&app.base).await;
    let (mut b, _) = Browser::open(&app.base).await;
    assert_ne!(a.cookie, b.cookie);
    a.send(json!({ "text": "/start" })).await;
    assert!(b.replies().await.is_empty(), "one browser never sees another's messages");
    let no_cookie =
        app.http.post(format!("{}/web/send", app.base)).json(&json!({ "text": "hi" })).send().await.unwrap();
    assert_eq!(no_cookie.status().as_u16(), 401);
    let forged = app
        .http
        .post(format!("{}/web/send", app.base))
        .header("cookie", "pelita_session=../../etc")
        .json(&json!({ "text": "hi" }))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 401);
    let form = app
        .http
        .post(format!("{}/web/send", app.base))
        .header("cookie", &a.cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("text=hi")
        .send()
        .await
        .unwrap();
    assert_eq!(form.status().as_u16(), 415, "a cross-site form post cannot send JSON");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics() {
    let dir = Scratch::fresh();
    let app = TestApp::start(&dir.db(), &Options::default()).await;
    let health = app.http.get(format!("{}/healthz", app.base)).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let (mut browser, _) = Browser::open(&app.base).await;
    browser.send(json!({ "text": "/start" })).await;
    let metrics = app.http.get(format!("{}/metrics", app.base)).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("pelita_inbound_messages_total{channel=\"web\"} 1"), "{metrics}");
    assert!(metrics.contains("pelita_outbound_messages_total{channel=\"web\"} 1"), "{metrics}");
    assert!(metrics.contains("pelita_processing_seconds_count 1"), "{metrics}");
    assert!(metrics.contains("pelita_outbox_backlog 0"), "{metrics}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_left_unprocessed_are_processed_at_start() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    {
        // An earlier run stored two messages but could not process them.
        let store = Store::open(&dir.db()).await.unwrap();
        let arrival = |id: &str, text: &str| Arrival {
            contact: ContactKey { channel: "telegram".into(), key: "777".into() },
            external_id: Some(id.into()),
            input: Input::from_text(text),
            media: None,
            at: chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap(),
            reply_status: "pending",
            stored_id: None,
        };
        let broken = || {
            let effect = Effect::OpenCase {
                kind: CaseKind::CaseReport,
                code: "AAAA-AAAA".into(),
                fields: Default::default(),
                urgent: false,
            };
            Outcome {
                state: State::default(),
                replies: vec![Reply { text: "x".into(), choices: vec![] }],
                effects: vec![effect.clone(), effect],
            }
        };
        store.ingest(&[arrival("u1", "/start"), arrival("u2", "1")], |_, _, _| broken()).await.unwrap();
        assert_eq!(store.unprocessed(10, |_| "pending").await.unwrap().len(), 2);
        store.close().await;
    }
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    // Processed in order: the language list, then Indonesian chosen and the main menu.
    let sent = tg.wait_for("sendMessage", 3).await;
    assert!(sent[0].body["text"].as_str().unwrap().contains("Pilih bahasa"));
    assert!(sent[2].body["text"].as_str().unwrap().contains("Menu utama"));
    assert!(app.store().await.unprocessed(10, |_| "pending").await.unwrap().is_empty());
    app.stop().await;
}

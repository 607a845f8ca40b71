//! Two `pelita serve` instances on one PostgreSQL database (several instances is what PostgreSQL
//! is for; SQLite serves one): webhooks alternate between them, redeliveries go to the other one,
//! and every message is still processed once and in order, and each reply sent once.
use axum::http::StatusCode;
use pelita::store::ContactKey;

use super::harness::*;
use super::pg::Database;

/// What each user sends, and the start of each message the bot answers with, in order.
const INPUTS: [&str; 6] = ["/start", "1", "1", "1", "2", "menu"];
const ANSWERS: [&str; 8] = [
    "Selamat datang di",
    "Baik, kita lanjut dalam Bahasa Indonesia",
    "Menu utama",
    "Informasi apa yang Anda cari?",
    "Mau kerja ke luar negeri",
    "Alur resmi",
    "Mau apa sekarang?",
    "Menu utama",
];

/// Delivers a Telegram update to the instance at `base`.
async fn post(base: &str, update: &serde_json::Value) -> StatusCode {
    let res = reqwest::Client::new()
        .post(format!("{base}/webhooks/telegram"))
        .header("X-Telegram-Bot-Api-Secret-Token", TG_SECRET)
        .json(update)
        .send()
        .await
        .unwrap();
    StatusCode::from_u16(res.status().as_u16()).unwrap()
}

/// Two servers on one database, with Telegram (a fake Bot API both send to).
async fn two_instances(db: &str) -> (Fake, TestApp, TestApp) {
    let tg = fake_telegram().await;
    let opts = Options { telegram: Some(tg.clone()), ..Options::default() };
    let a = TestApp::start(db, &opts).await;
    let b = TestApp::start(db, &opts).await;
    (tg, a, b)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_alternating_between_two_instances_are_processed_once_and_in_order() {
    let test = "webhooks_alternating_between_two_instances_are_processed_once_and_in_order";
    let Some(server) = super::pg::required(test) else { return };
    let db = Database::new(&server);
    let (tg, a, b) = two_instances(&db.0).await;
    let users: Vec<i64> = (0..12).map(|n| 8_100_000 + n).collect();
    // Users write at the same time; each user's messages go A, B, A, B ... one after another
    // (as a platform delivers one chat's updates), and every update is delivered a second time
    // to the other instance.
    let mut tasks = Vec::new();
    for (u, chat) in users.iter().copied().enumerate() {
        let (a, b) = (a.base.clone(), b.base.clone());
        tasks.push(tokio::spawn(async move {
            for (n, text) in INPUTS.iter().enumerate() {
                let update = tg_text(1_000 * (u as i64 + 1) + n as i64, chat, text);
                let (first, second) = if n % 2 == 0 { (&a, &b) } else { (&b, &a) };
                assert_eq!(post(first, &update).await, StatusCode::OK);
                assert_eq!(post(second, &update).await, StatusCode::OK);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    tg.wait_for("sendMessage", users.len() * ANSWERS.len()).await;
    // Nothing more comes: no reply was sent twice.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(tg.count("sendMessage"), users.len() * ANSWERS.len());
    let store = a.store().await;
    for chat in &users {
        let texts: Vec<String> = tg
            .calls("sendMessage")
            .iter()
            .filter(|c| c.body["chat_id"].as_i64() == Some(*chat))
            .map(|c| c.body["text"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(texts.len(), ANSWERS.len(), "chat {chat}: {texts:#?}");
        for (got, want) in texts.iter().zip(ANSWERS) {
            assert!(got.starts_with(want), "chat {chat} out of order: {texts:#?}");
        }
        // Each inbound stored once (6), each answer once (8).
        let contact = ContactKey { channel: "telegram".into(), key: chat.to_string() };
        assert_eq!(store.message_count(&contact).await.unwrap(), (INPUTS.len() + ANSWERS.len()) as i64);
    }
    store.close().await;
    a.stop().await;
    b.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_recover_when_the_database_drops_every_connection() {
    let test = "instances_recover_when_the_database_drops_every_connection";
    let Some(server) = super::pg::required(test) else { return };
    let db = Database::new(&server);
    let (tg, a, b) = two_instances(&db.0).await;
    let chat = 8_200_001;
    // Delivers like the platform: a refused update (not 2xx) comes again a moment later.
    let deliver = |base: String, update: serde_json::Value| async move {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            match post(&base, &update).await {
                StatusCode::OK => return,
                other => {
                    assert!(other.is_server_error(), "refused with {other}");
                    assert!(std::time::Instant::now() < deadline, "still refused after 20 s");
                    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                }
            }
        }
    };
    for (n, text) in INPUTS[..3].iter().enumerate() {
        deliver(if n % 2 == 0 { a.base.clone() } else { b.base.clone() }, tg_text(n as i64 + 1, chat, text)).await;
    }
    tg.wait_for("sendMessage", 4).await;

    assert!(super::pg::end_connections(&db.0, "%").await > 0, "the instances were connected");
    for (n, text) in INPUTS.iter().enumerate().skip(3) {
        deliver(if n % 2 == 0 { a.base.clone() } else { b.base.clone() }, tg_text(n as i64 + 1, chat, text)).await;
    }
    tg.wait_for("sendMessage", ANSWERS.len()).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let texts: Vec<String> =
        tg.calls("sendMessage").iter().map(|c| c.body["text"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(texts.len(), ANSWERS.len(), "each answer once: {texts:#?}");
    for (got, want) in texts.iter().zip(ANSWERS) {
        assert!(got.starts_with(want), "in order: {texts:#?}");
    }
    let store = a.store().await;
    let contact = ContactKey { channel: "telegram".into(), key: chat.to_string() };
    assert_eq!(store.message_count(&contact).await.unwrap(), (INPUTS.len() + ANSWERS.len()) as i64);
    store.close().await;
    a.stop().await;
    b.stop().await;
}

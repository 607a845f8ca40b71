//! Telegram end to end: real HTTP to the real server, replies to a fake Bot API.
use axum::http::StatusCode;
use pelita::store::ContactKey;
use serde_json::json;

use super::Scratch;
use super::harness::*;

fn contact(chat: i64) -> ContactKey {
    ContactKey { channel: "telegram".into(), key: chat.to_string() }
}

fn text_of(call: &Call) -> String {
    call.body["text"].as_str().unwrap_or_default().to_owned()
}

fn buttons(call: &Call) -> Vec<(String, String)> {
    call.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    (r[0]["text"].as_str().unwrap().to_owned(), r[0]["callback_data"].as_str().unwrap().to_owned())
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_counselling_request_over_telegram() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let chat = 5_550_001;
    let mut sent = 0;
    // Each step: the update, then the number of messages the bot answers with.
    let steps: Vec<(serde_json::Value, usize)> = vec![
        (tg_text(100, chat, "/start"), 1),
        (tg_callback(101, chat, "language/choose/1"), 2),
        (tg_callback(102, chat, "main/menu/2"), 1),
        (tg_callback(103, chat, "counselling/consent/1"), 1),
        (tg_text(104, chat, "Siti"), 1),
        (tg_text(105, chat, "Cirebon"), 1),
        (tg_callback(106, chat, "counselling/contact/1"), 1),
        (tg_callback(107, chat, "counselling/topic/5"), 1),
        (tg_text(108, chat, "perempuan"), 1),
        // The request's code, then the user's place in the counsellors' queue.
        (tg_callback(109, chat, "counselling/time/3"), 2),
    ];
    let mut replies = Vec::new();
    for (u, n) in steps {
        assert_eq!(app.post_telegram(&u, Some(TG_SECRET)).await, StatusCode::OK);
        sent += n;
        replies = tg.wait_for("sendMessage", sent).await;
    }
    let first = &replies[0];
    assert!(text_of(first).contains("Pilih bahasa"), "{first:?}");
    let languages = buttons(first);
    assert_eq!(languages.len(), 6);
    assert_eq!(languages[0], ("1. Bahasa Indonesia".to_owned(), "language/choose/1".to_owned()));
    assert_eq!(replies[0].body["chat_id"], json!(chat));
    assert!(text_of(&replies[2]).contains("Menu utama"));
    assert!(buttons(&replies[2]).iter().any(|(_, key)| key == "main/menu/2"));
    let last = text_of(&replies[replies.len() - 2]);
    assert!(last.contains("Permintaan konseling Anda sudah tercatat dengan kode"), "{last}");
    let queued = text_of(replies.last().unwrap());
    assert!(queued.contains("antrean konselor"), "{queued}");
    // Every button press was answered, so the user's spinner stops.
    let answered = tg.wait_for("answerCallbackQuery", 6).await;
    assert!(answered.iter().any(|c| c.body["callback_query_id"] == "cq101"));
    // The request is stored, with the fields the flow asked for.
    let code =
        regex::Regex::new(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}").unwrap().find(&last).unwrap().as_str().to_owned();
    let store = app.store().await;
    let case = store.case_by_code(&code).await.unwrap().expect("stored");
    assert_eq!(case.kind, "counselling_request");
    assert_eq!(case.fields.get("district").map(String::as_str), Some("Cirebon"));
    assert_eq!(case.fields.get("counsellor_gender").map(String::as_str), Some("female"));
    // Every reply is marked sent, none left behind.
    let statuses = store.message_statuses(&contact(chat)).await.unwrap();
    assert!(statuses.iter().filter(|(d, _, _)| d == "out").all(|(_, s, _)| s == "sent"), "{statuses:#?}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_delivered_three_times_is_processed_once() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let update = tg_text(500, 42, "/start");
    for _ in 0..3 {
        assert_eq!(app.post_telegram(&update, Some(TG_SECRET)).await, StatusCode::OK);
    }
    tg.wait_for("sendMessage", 1).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(tg.calls("sendMessage").len(), 1, "one reply for one update");
    let statuses = app.store().await.message_statuses(&contact(42)).await.unwrap();
    assert_eq!(statuses.iter().filter(|(d, _, _)| d == "in").count(), 1);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_secrets_and_bad_bodies_are_refused_and_nothing_is_stored() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let update = tg_text(600, 43, "halo");
    assert_eq!(app.post_telegram(&update, None).await, StatusCode::UNAUTHORIZED);
    assert_eq!(app.post_telegram(&update, Some("wrong-secret")).await, StatusCode::UNAUTHORIZED);
    assert_eq!(app.post_telegram(&update, Some(&TG_SECRET[..TG_SECRET.len() - 1])).await, StatusCode::UNAUTHORIZED);
    let res = app
        .http
        .post(format!("{}/webhooks/telegram", app.base))
        .header("X-Telegram-Bot-Api-Secret-Token", TG_SECRET)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let store = app.store().await;
    assert!(!store.contact_exists(&contact(43)).await.unwrap());
    // An update kind Pelita does not handle is acknowledged and ignored.
    let poll = json!({ "update_id": 601, "poll": { "id": "1", "question": "?", "options": [], "total_voter_count": 0,
        "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false } });
    assert_eq!(app.post_telegram(&poll, Some(TG_SECRET)).await, StatusCode::OK);
    let future_kind = json!({ "update_id": 602, "some_future_update": { "x": 1 } });
    assert_eq!(app.post_telegram(&future_kind, Some(TG_SECRET)).await, StatusCode::OK);
    // Group messages are not served.
    let mut group = tg_text(603, -100_123, "halo");
    group["message"]["chat"] = json!({ "id": -100_123, "title": "Grup", "type": "supergroup" });
    assert_eq!(app.post_telegram(&group, Some(TG_SECRET)).await, StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(tg.calls("sendMessage").is_empty());
    let metrics = app.http.get(format!("{}/metrics", app.base)).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("pelita_rejected_webhooks_total{channel=\"telegram\"} 4"), "{metrics}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_retried_after_retry_after() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    tg.answer_next(
        "sendMessage",
        429,
        json!({ "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": { "retry_after": 1 } }),
    );
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    assert_eq!(app.post_telegram(&tg_text(700, 44, "/start"), Some(TG_SECRET)).await, StatusCode::OK);
    let calls = tg.wait_for("sendMessage", 2).await;
    let waited = calls[1].at - calls[0].at;
    assert!(waited >= std::time::Duration::from_millis(950), "retried after {waited:?}");
    assert_eq!(text_of(&calls[0]), text_of(&calls[1]));
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let statuses = app.store().await.message_statuses(&contact(44)).await.unwrap();
    assert_eq!(statuses.last().unwrap().1, "sent");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_who_blocked_the_bot_is_marked_unreachable() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    tg.answer_next(
        "sendMessage",
        403,
        json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user" }),
    );
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    assert_eq!(app.post_telegram(&tg_text(800, 45, "/start"), Some(TG_SECRET)).await, StatusCode::OK);
    tg.wait_for("sendMessage", 1).await;
    let store = app.store().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !store.is_unreachable(&contact(45)).await.unwrap() {
        assert!(std::time::Instant::now() < deadline, "not marked unreachable");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let statuses = store.message_statuses(&contact(45)).await.unwrap();
    assert_eq!(statuses.last().unwrap().1, "failed");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(tg.calls("sendMessage").len(), 1, "no retry to a user who blocked the bot");
    // The same from a my_chat_member update, for another user.
    assert_eq!(app.post_telegram(&tg_text(801, 46, "halo"), Some(TG_SECRET)).await, StatusCode::OK);
    let blocked = json!({ "update_id": 802, "my_chat_member": {
        "chat": tg_chat(46), "from": tg_user(46), "date": 1_760_000_100,
        "old_chat_member": { "user": { "id": 999, "is_bot": true, "first_name": "Pelita" }, "status": "member" },
        "new_chat_member": { "user": { "id": 999, "is_bot": true, "first_name": "Pelita" }, "status": "kicked", "until_date": 0 } } });
    assert_eq!(app.post_telegram(&blocked, Some(TG_SECRET)).await, StatusCode::OK);
    assert!(store.is_unreachable(&contact(46)).await.unwrap());
    // A late redelivery of an earlier message is not the user writing again.
    assert_eq!(app.post_telegram(&tg_text(801, 46, "halo"), Some(TG_SECRET)).await, StatusCode::OK);
    assert!(store.is_unreachable(&contact(46)).await.unwrap());
    // Writing again makes the user reachable again.
    assert_eq!(app.post_telegram(&tg_text(803, 46, "menu"), Some(TG_SECRET)).await, StatusCode::OK);
    assert!(!store.is_unreachable(&contact(46)).await.unwrap());
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn voice_photo_location_and_edits_get_polite_answers_and_media_is_kept() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let chat = 47;
    app.post_telegram(&tg_text(900, chat, "/start"), Some(TG_SECRET)).await;
    app.post_telegram(&tg_callback(901, chat, "language/choose/1"), Some(TG_SECRET)).await;
    tg.wait_for("sendMessage", 3).await;
    let voice = json!({ "update_id": 902, "message": { "message_id": 902, "from": tg_user(chat), "chat": tg_chat(chat),
        "date": 1_760_000_000, "voice": { "file_id": "AwACAgUAAxkBAAIB", "file_unique_id": "AgAD", "duration": 4, "mime_type": "audio/ogg", "file_size": 9000 } } });
    assert_eq!(app.post_telegram(&voice, Some(TG_SECRET)).await, StatusCode::OK);
    let calls = tg.wait_for("sendMessage", 5).await;
    assert!(text_of(&calls[3]).contains("pesan suara"), "{:?}", calls[3]);
    assert!(text_of(&calls[3]).contains("konselor bisa mendengar"), "{:?}", calls[3]);
    let edited = json!({ "update_id": 903, "edited_message": { "message_id": 5, "from": tg_user(chat), "chat": tg_chat(chat),
        "date": 1_760_000_000, "edit_date": 1_760_000_050, "text": "halo lagi" } });
    assert_eq!(app.post_telegram(&edited, Some(TG_SECRET)).await, StatusCode::OK);
    let calls = tg.wait_for("sendMessage", 6).await;
    assert!(text_of(&calls[5]).contains("pesan baru"), "{:?}", calls[5]);
    let location = json!({ "update_id": 904, "message": { "message_id": 904, "from": tg_user(chat), "chat": tg_chat(chat),
        "date": 1_760_000_000, "location": { "latitude": 3.139, "longitude": 101.6869 } } });
    assert_eq!(app.post_telegram(&location, Some(TG_SECRET)).await, StatusCode::OK);
    tg.wait_for("sendMessage", 8).await;
    let statuses = app.store().await.message_statuses(&contact(chat)).await.unwrap();
    assert!(statuses.iter().any(|(d, _, body)| d == "in" && body == "voice"), "{statuses:#?}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_polling_feeds_the_same_pipeline() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    tg.answer_next("getUpdates", 200, json!({ "ok": true, "result": [tg_text(1200, 48, "/start")] }));
    let app =
        TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), polling: true, ..Options::default() }).await;
    let sent = tg.wait_for("sendMessage", 1).await;
    assert!(text_of(&sent[0]).contains("Pilih bahasa"));
    // The next poll asks for updates after the one processed.
    let polls = tg.wait_for("getUpdates", 2).await;
    assert_eq!(polls[1].body["offset"], json!(1201));
    // No webhook route in polling mode.
    assert_eq!(app.post_telegram(&tg_text(1300, 48, "x"), Some(TG_SECRET)).await, StatusCode::NOT_FOUND);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_webhook_registers_the_url_with_the_secret_and_update_kinds() {
    let tg = fake_telegram().await;
    let api = tg.url.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_pelita"))
            .args(["telegram", "set-webhook", "https://pelita.example.org/webhooks/telegram"])
            .env("TELEGRAM_BOT_TOKEN", TG_TOKEN)
            .env("TELEGRAM_WEBHOOK_SECRET", TG_SECRET)
            .env("TELEGRAM_API_URL", api)
            .env("PELITA_CONFIG", "/dev/null")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let calls = tg.calls("setWebhook");
    assert_eq!(calls.len(), 1);
    // A multipart form: each field's name, then its value.
    let form = calls[0].body.as_str().unwrap_or_default().replace("\r\n", "\n");
    let field = |name: &str| {
        let start = form.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no {name} in {form}"));
        form[start..].split("\n\n").nth(1).unwrap().lines().next().unwrap().to_owned()
    };
    assert_eq!(field("url"), "https://pelita.example.org/webhooks/telegram");
    assert_eq!(field("secret_token"), TG_SECRET);
    assert_eq!(field("allowed_updates"), r#"["message","edited_message","callback_query","my_chat_member"]"#);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_to_one_chat_are_paced() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app =
        TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), per_chat_ms: 400, ..Options::default() })
            .await;
    assert_eq!(app.post_telegram(&tg_text(1400, 49, "/start"), Some(TG_SECRET)).await, StatusCode::OK);
    tg.wait_for("sendMessage", 1).await;
    // Choosing the language answers with two messages: the second waits for the chat's pace.
    assert_eq!(app.post_telegram(&tg_callback(1401, 49, "language/choose/1"), Some(TG_SECRET)).await, StatusCode::OK);
    // Another chat is not held back by this one.
    assert_eq!(app.post_telegram(&tg_text(1402, 50, "/start"), Some(TG_SECRET)).await, StatusCode::OK);
    let calls = tg.wait_for("sendMessage", 4).await;
    let to = |chat: i64| calls.iter().filter(|c| c.body["chat_id"] == json!(chat)).map(|c| c.at).collect::<Vec<_>>();
    let chat49 = to(49);
    assert_eq!(chat49.len(), 3);
    assert!(chat49[2] - chat49[1] >= std::time::Duration::from_millis(380), "{:?}", chat49[2] - chat49[1]);
    assert!(
        text_of(&calls.iter().filter(|c| c.body["chat_id"] == json!(49)).nth(2).unwrap().clone())
            .contains("Menu utama")
    );
    let chat50 = to(50);
    assert!(chat50[0] < chat49[2], "chat 50 was served while chat 49 waited");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn varied_real_shaped_updates() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let chat = 51;
    let base =
        |id: i64| json!({ "message_id": id, "from": tg_user(chat), "chat": tg_chat(chat), "date": 1_760_000_000 });
    let with = |id: i64, extra: serde_json::Value| {
        let mut m = base(id);
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        json!({ "update_id": id, "message": m })
    };
    let updates = [
        with(
            1500,
            json!({ "text": "/start kampanye_jember", "entities": [{ "type": "bot_command", "offset": 0, "length": 6 }] }),
        ),
        with(
            1501,
            json!({ "photo": [
            { "file_id": "AgACAgUAAx0small", "file_unique_id": "a1", "width": 90, "height": 90, "file_size": 1200 },
            { "file_id": "AgACAgUAAx0large", "file_unique_id": "a2", "width": 1280, "height": 960, "file_size": 90000 }],
            "caption": "kontrak saya" }),
        ),
        with(
            1502,
            json!({ "document": { "file_id": "BQACAgUAAx0doc", "file_unique_id": "d1", "file_name": "kontrak.pdf",
            "mime_type": "application/pdf", "file_size": 50000 } }),
        ),
        with(
            1503,
            json!({ "sticker": { "file_id": "CAACAgIAAx0st", "file_unique_id": "s1", "type": "regular", "width": 512,
            "height": 512, "is_animated": false, "is_video": false } }),
        ),
        with(1504, json!({ "contact": { "phone_number": "+6281234567890", "first_name": "Ibu" } })),
        with(1505, json!({ "text": "😀".repeat(3000) })),
    ];
    for u in &updates {
        assert_eq!(app.post_telegram(u, Some(TG_SECRET)).await, StatusCode::OK, "{u}");
    }
    // The deep link starts; each of the others gets a note and the language list again.
    let calls = tg.wait_for("sendMessage", 11).await;
    let texts: Vec<String> = calls.iter().map(text_of).collect();
    assert!(texts[0].contains("Pilih bahasa"), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("foto belum bisa kami baca")), "{texts:#?}");
    assert!(texts[9].contains("Balas dengan angka 1 sampai 6"), "3,000 emoji: {:?}", texts[9]);
    let stored = app.store().await.message_statuses(&contact(chat)).await.unwrap();
    let inbound: Vec<&str> = stored.iter().filter(|(d, _, _)| d == "in").map(|(_, _, b)| b.as_str()).collect();
    assert_eq!(&inbound[..5], ["kampanye_jember", "image", "document", "sticker", "other"], "{inbound:?}");
    app.stop().await;
}

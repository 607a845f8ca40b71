//! WhatsApp end to end: signed notifications to the real server, replies to a fake Graph API.
use axum::http::StatusCode;
use pelita::store::ContactKey;
use serde_json::{Value, json};

use super::Scratch;
use super::harness::*;

const USER: &str = "ID.1234567890123456789";

fn contact() -> ContactKey {
    ContactKey { channel: "whatsapp".into(), key: USER.into() }
}

fn body(call: &Call) -> String {
    let b = &call.body;
    b["text"]["body"].as_str().or(b["interactive"]["body"]["text"].as_str()).unwrap_or_default().to_owned()
}

fn ids(call: &Call) -> Vec<String> {
    let i = &call.body["interactive"];
    let rows = i["action"]["buttons"]
        .as_array()
        .map(|b| b.iter().map(|b| b["reply"]["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>());
    rows.or_else(|| {
        i["action"]["sections"][0]["rows"]
            .as_array()
            .map(|r| r.iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect())
    })
    .unwrap_or_default()
}

async fn start(template: bool) -> (Scratch, Fake, TestApp) {
    let dir = Scratch::fresh();
    let wa = fake_whatsapp().await;
    let app = TestApp::start(&dir.db(), &Options { whatsapp: Some(wa.clone()), template, ..Options::default() }).await;
    (dir, wa, app)
}

async fn post(app: &TestApp, v: &Value) -> StatusCode {
    app.post_whatsapp(&serde_json::to_vec(v).unwrap(), WA_SECRET).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_subscription_handshake() {
    let (_dir, _wa, app) = start(true).await;
    let url = |token: &str| {
        format!("{}/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={token}", app.base)
    };
    let ok = app.http.get(url(WA_VERIFY)).send().await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    assert_eq!(ok.text().await.unwrap(), "1158201444");
    assert_eq!(app.http.get(url("nope")).send().await.unwrap().status().as_u16(), 403);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_counselling_request_over_whatsapp() {
    let (_dir, wa, app) = start(true).await;
    let t = now_secs();
    let steps: Vec<(Value, usize)> = vec![
        (wa_text(USER, "wamid.IN1", t, "halo"), 1),
        (wa_reply(USER, "wamid.IN2", t, "list_reply", "language/choose/1"), 2),
        (wa_reply(USER, "wamid.IN3", t, "list_reply", "main/menu/2"), 1),
        (wa_reply(USER, "wamid.IN4", t, "button_reply", "counselling/consent/1"), 1),
        (wa_text(USER, "wamid.IN5", t, "Siti"), 1),
        (wa_text(USER, "wamid.IN6", t, "Jember"), 1),
        (wa_reply(USER, "wamid.IN7", t, "button_reply", "counselling/contact/2"), 1),
        (wa_text(USER, "wamid.IN8", t, "0812 3456 7890"), 1),
        (wa_reply(USER, "wamid.IN9", t, "list_reply", "counselling/topic/6"), 1),
        (wa_reply(USER, "wamid.IN10", t, "button_reply", "counselling/gender/1"), 1),
        // The request's code, then the user's place in the counsellors' queue.
        (wa_reply(USER, "wamid.IN11", t, "list_reply", "counselling/time/4"), 2),
    ];
    let mut n = 0;
    let mut sent = Vec::new();
    for (v, replies) in steps {
        assert_eq!(post(&app, &v).await, StatusCode::OK);
        n += replies;
        sent = wa.wait_for("messages", n).await;
    }
    // Six languages: a list, rows titled with their number, the caption in Indonesian.
    let languages = &sent[0].body;
    assert_eq!(languages["recipient"], json!(USER), "business-scoped ids are addressed as `recipient`");
    assert_eq!(languages["interactive"]["type"], "list");
    assert_eq!(languages["interactive"]["action"]["button"], "Pilih");
    assert_eq!(ids(&sent[0]).len(), 6);
    // Two choices: reply buttons with titles of at most 20 characters.
    let consent = &sent[3];
    assert_eq!(consent.body["interactive"]["type"], "button");
    for b in consent.body["interactive"]["action"]["buttons"].as_array().unwrap() {
        assert!(b["reply"]["title"].as_str().unwrap().chars().count() <= 20, "{b}");
    }
    // A list row title is at most 24 characters; a longer label goes to the description.
    for call in &sent {
        for row in call.body["interactive"]["action"]["sections"][0]["rows"].as_array().into_iter().flatten() {
            assert!(row["title"].as_str().unwrap().chars().count() <= 24, "{row}");
        }
    }
    let last = body(&sent[sent.len() - 2]);
    assert!(last.contains("Permintaan konseling Anda sudah tercatat dengan kode"), "{last}");
    assert!(body(sent.last().unwrap()).contains("antrean konselor"));
    let code =
        regex::Regex::new(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}").unwrap().find(&last).unwrap().as_str().to_owned();
    let case = app.store().await.case_by_code(&code).await.unwrap().expect("stored");
    assert_eq!(case.fields.get("phone").map(String::as_str), Some("+6281234567890"));
    assert_eq!(case.fields.get("topic").map(String::as_str), Some("violence"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_signatures_malformed_and_oversized_bodies_are_refused() {
    let (_dir, wa, app) = start(true).await;
    let v = serde_json::to_vec(&wa_text(USER, "wamid.X1", now_secs(), "halo")).unwrap();
    assert_eq!(app.post_whatsapp(&v, "not-the-secret").await, StatusCode::UNAUTHORIZED);
    let unsigned = app.http.post(format!("{}/webhooks/whatsapp", app.base)).body(v.clone()).send().await.unwrap();
    assert_eq!(unsigned.status().as_u16(), 401);
    // Signed for another body.
    let res = app
        .http
        .post(format!("{}/webhooks/whatsapp", app.base))
        .header("X-Hub-Signature-256", sign(WA_SECRET.as_bytes(), b"{}"))
        .body(v.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
    assert_eq!(app.post_whatsapp(b"{\"entry\": [", WA_SECRET).await, StatusCode::BAD_REQUEST);
    // Real notifications reach 3 MB and are accepted; more than 4 MB is too large.
    let mut big = wa_text(USER, "wamid.BIG", now_secs(), "halo");
    big["padding"] = json!("x".repeat(3 << 20));
    assert_eq!(post(&app, &big).await, StatusCode::OK);
    // More than 4 MB is refused once the limit is passed (a client still writing then sees the
    // connection close, so read the answer while writing).
    let response = oversized_post(&app.base, 5 << 20).await;
    assert!(response.starts_with("HTTP/1.1 413"), "{response}");
    wa.wait_for("messages", 1).await;
    let statuses = app.store().await.message_statuses(&contact()).await.unwrap();
    assert_eq!(statuses.iter().filter(|(d, _, _)| d == "in").count(), 1, "only the signed, well-formed one");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batched_notifications_statuses_and_duplicates() {
    let (_dir, wa, app) = start(true).await;
    let t = now_secs();
    // Two users in one notification, the second in a second entry.
    let mut batch = wa_text(USER, "wamid.A1", t, "halo");
    let other = wa_text("ID.999", "wamid.B1", t, "halo");
    batch["entry"].as_array_mut().unwrap().push(other["entry"][0].clone());
    for _ in 0..3 {
        assert_eq!(post(&app, &batch).await, StatusCode::OK);
    }
    let sent = wa.wait_for("messages", 2).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(wa.calls("messages").len(), 2, "each message once, whatever the redeliveries");
    // Statuses move forward only, whatever order they arrive in.
    let status = |s: &str| {
        wa_envelope(json!({ "messaging_product": "whatsapp", "metadata": wa_metadata(),
            "statuses": [{ "id": "wamid.OUT1", "status": s, "timestamp": t.to_string(), "recipient_id": "6281234567890", "recipient_user_id": USER }] }))
    };
    let store = app.store().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let s = store.message_statuses(&contact()).await.unwrap();
        if s.iter().any(|(d, st, _)| d == "out" && st == "sent") || std::time::Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // Which of the two sends got wamid.OUT1 depends on timing; look it up by user.
    let first_id = if sent[0].body["recipient"] == json!(USER) { "wamid.OUT1" } else { "wamid.OUT2" };
    let status_for = |s: &str| {
        let mut v = status(s);
        v["entry"][0]["changes"][0]["value"]["statuses"][0]["id"] = json!(first_id);
        v
    };
    assert_eq!(post(&app, &status_for("read")).await, StatusCode::OK);
    assert_eq!(post(&app, &status_for("delivered")).await, StatusCode::OK);
    let s = store.message_statuses(&contact()).await.unwrap();
    assert_eq!(s.iter().find(|(d, _, _)| d == "out").unwrap().1, "read", "{s:#?}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outside_the_24_hour_window_replies_are_held_until_the_user_writes() {
    let (_dir, wa, app) = start(true).await;
    // A message from 25 hours ago arrives late (a long outage): its reply may not be free text.
    let old = now_secs() - 25 * 3600;
    assert_eq!(post(&app, &wa_text(USER, "wamid.OLD", old, "halo")).await, StatusCode::OK);
    let calls = wa.wait_for("messages", 1).await;
    assert_eq!(calls[0].body["type"], "template", "{:?}", calls[0].body);
    assert_eq!(calls[0].body["template"]["name"], "new_message_notice");
    let store = app.store().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let s = store.message_statuses(&contact()).await.unwrap();
        if s.iter().any(|(d, st, _)| d == "out" && st == "held") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{s:#?}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(wa.calls("messages").len(), 1, "the template is sent once, the reply is not attempted");
    // The user answers: the held reply goes out first, then the answer to the new message.
    assert_eq!(post(&app, &wa_text(USER, "wamid.NEW", now_secs(), "1")).await, StatusCode::OK);
    let calls = wa.wait_for("messages", 4).await;
    assert!(body(&calls[1]).contains("Pilih bahasa"), "{:?}", calls[1].body);
    assert!(body(&calls[2]).contains("Bahasa Indonesia"), "{:?}", calls[2].body);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reengagement_failure_puts_the_message_back_on_hold() {
    let (_dir, wa, app) = start(false).await;
    assert_eq!(post(&app, &wa_text(USER, "wamid.R1", now_secs(), "halo")).await, StatusCode::OK);
    wa.wait_for("messages", 1).await;
    let failed = wa_envelope(json!({ "messaging_product": "whatsapp", "metadata": wa_metadata(),
        "statuses": [{ "id": "wamid.OUT1", "status": "failed", "timestamp": now_secs().to_string(), "recipient_user_id": USER,
            "errors": [{ "code": 131047, "title": "Re-engagement message", "message": "Re-engagement message",
                         "error_data": { "details": "Message failed to send because more than 24 hours have passed" } }] }] }));
    let store = app.store().await;
    // The sent status may still be on its way: wait until it is recorded, then fail it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !store.message_statuses(&contact()).await.unwrap().iter().any(|(d, s, _)| d == "out" && s == "sent") {
        assert!(std::time::Instant::now() < deadline);
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(post(&app, &failed).await, StatusCode::OK);
    let s = store.message_statuses(&contact()).await.unwrap();
    assert_eq!(s.iter().find(|(d, _, _)| d == "out").unwrap().1, "held", "{s:#?}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throughput_errors_are_retried() {
    let (_dir, wa, app) = start(true).await;
    wa.answer_next(
        "messages",
        400,
        json!({ "error": { "message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429, "fbtrace_id": "A1" } }),
    );
    assert_eq!(post(&app, &wa_text(USER, "wamid.T1", now_secs(), "halo")).await, StatusCode::OK);
    let calls = wa.wait_for("messages", 2).await;
    assert!(calls[1].at - calls[0].at >= std::time::Duration::from_millis(900));
    assert_eq!(calls[0].body, calls[1].body);
    app.stop().await;
}

/// Posts a body of `len` bytes and returns the status line the server answers with. The body is
/// written by one task while another reads: the server may answer, and close, before it is all sent.
async fn oversized_post(base: &str, len: usize) -> String {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let addr = base.trim_start_matches("http://").to_owned();
    let stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let (mut read, mut write) = stream.into_split();
    let head = format!(
        "POST /webhooks/whatsapp HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nX-Hub-Signature-256: sha256=00\r\nContent-Length: {len}\r\n\r\n"
    );
    let writer = tokio::spawn(async move {
        let _ = write.write_all(head.as_bytes()).await;
        let _ = write.write_all(&vec![b' '; len]).await;
    });
    let mut answer = vec![0u8; 256];
    let n = tokio::time::timeout(std::time::Duration::from_secs(10), read.read(&mut answer)).await.unwrap().unwrap();
    writer.abort();
    String::from_utf8_lossy(&answer[..n]).lines().next().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn varied_real_shaped_messages_username_users_and_media() {
    let (_dir, wa, app) = start(true).await;
    let t = now_secs();
    // A user with a username: no `from`, no `wa_id`, only the business-scoped id.
    let username_user = json!({ "object": "whatsapp_business_account", "entry": [{ "id": "102290129340398", "changes": [{
        "field": "messages",
        "value": {
            "messaging_product": "whatsapp", "metadata": wa_metadata(),
            "contacts": [{ "profile": { "name": "Ani", "username": "ani.tki" }, "user_id": "ID.5550001" }],
            "messages": [
                { "from_user_id": "ID.5550001", "id": "wamid.U1", "timestamp": t.to_string(), "type": "text", "text": { "body": "halo" } },
                { "from_user_id": "ID.5550001", "id": "wamid.U2", "timestamp": t.to_string(), "type": "reaction",
                  "reaction": { "message_id": "wamid.OUT1", "emoji": "\u{1F44D}" } },
                { "from_user_id": "ID.5550001", "id": "wamid.U3", "timestamp": t.to_string(), "type": "image",
                  "image": { "caption": "paspor saya", "mime_type": "image/jpeg", "sha256": "abc", "id": "1234567890" } },
                { "from_user_id": "ID.5550001", "id": "wamid.U4", "timestamp": t.to_string(), "type": "audio",
                  "audio": { "mime_type": "audio/ogg; codecs=opus", "sha256": "def", "id": "987654321", "voice": true } },
                { "from_user_id": "ID.5550001", "id": "wamid.U5", "timestamp": t.to_string(), "type": "unsupported",
                  "errors": [{ "code": 131051, "title": "Message type unknown" }] },
                { "from_user_id": "ID.5550001", "id": "wamid.U6", "timestamp": t.to_string(), "type": "location",
                  "location": { "latitude": 2.9, "longitude": 101.7, "name": "Kuala Lumpur" } },
                { "from_user_id": "ID.5550001", "id": "wamid.U7", "timestamp": t.to_string(), "type": "button",
                  "button": { "payload": "MENU", "text": "menu" }, "context": { "from": "15550783881", "id": "wamid.T1" } }
            ]
        } }] }] });
    assert_eq!(post(&app, &username_user).await, StatusCode::OK);
    // text: language list; reaction: nothing; image, voice, unsupported, location: a polite note
    // and the list again each (2 x 4); template button "menu": the language list (no language yet).
    let calls = wa.wait_for("messages", 10).await;
    assert!(calls.iter().all(|c| c.body["recipient"] == json!("ID.5550001")), "addressed by the user id");
    let texts: Vec<String> = calls.iter().map(body).collect();
    assert!(texts.iter().any(|t| t.contains("foto belum bisa kami baca")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("pesan suara")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("lokasi")), "{texts:#?}");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(wa.calls("messages").len(), 10, "a reaction gets no answer");
    let contact = ContactKey { channel: "whatsapp".into(), key: "ID.5550001".into() };
    let stored = app.store().await.message_statuses(&contact).await.unwrap();
    assert_eq!(stored.iter().filter(|(d, _, _)| d == "in").count(), 6, "{stored:#?}");
    assert!(stored.iter().any(|(d, _, b)| d == "in" && b == "voice"));
    // Notifications for other fields (account updates) are acknowledged and ignored.
    let account = json!({ "object": "whatsapp_business_account", "entry": [{ "id": "1", "changes": [{
        "field": "account_update", "value": { "phone_number": "15550783881", "event": "VERIFIED_ACCOUNT" } }] }] });
    assert_eq!(post(&app, &account).await, StatusCode::OK);
    app.stop().await;
}

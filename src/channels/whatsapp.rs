//! The WhatsApp Cloud API: the webhook handshake, signed notifications (verified before they are
//! parsed), and a sender that renders menus as reply buttons (≤ 3), lists (≤ 10) or numbered
//! text, respects the 24-hour customer-service window, and retries throughput errors.
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::Sha256;

use super::outbox::{self, Sender};
use crate::bot::Bot;
use crate::config::WhatsAppSettings;
use crate::engine::{Input, Reply, messages};
use crate::i18n::{Args, DEFAULT_LANG};
use crate::server::App;
use crate::store::{Arrival, ContactKey, OutboxItem, SendResult};

pub const CHANNEL: &str = "whatsapp";
/// The largest notification accepted; real ones reach 3 MB.
pub const MAX_BODY: usize = 4 << 20;
/// Free-form messages are allowed this long after the user's last message.
const WINDOW: chrono::TimeDelta = chrono::TimeDelta::hours(24);
const MAX_TEXT: usize = 4096;
const MAX_BUTTON_BODY: usize = 1024;
const BUTTON_TITLE: usize = 20;
const ROW_TITLE: usize = 24;
const ROW_DESCRIPTION: usize = 72;
const MAX_ATTEMPTS: i64 = 12;

pub struct WhatsApp {
    settings: WhatsAppSettings,
    http: reqwest::Client,
    /// The list button's caption in each language.
    list_button: HashMap<String, String>,
}

impl WhatsApp {
    pub fn new(settings: WhatsAppSettings, bot: &Bot) -> anyhow::Result<WhatsApp> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(20)).build()?;
        let list_button = bot
            .i18n
            .locales()
            .iter()
            .map(|l| (l.code.clone(), bot.i18n.format(&l.code, messages::MENU_LIST_BUTTON, &Args::new())))
            .collect();
        Ok(WhatsApp { settings, http, list_button })
    }

    fn messages_url(&self) -> String {
        format!("{}/{}/messages", self.settings.api_url.trim_end_matches('/'), self.settings.phone_number_id)
    }
}

/// Whether `signature` (the `X-Hub-Signature-256` header) is the HMAC-SHA256 of `body` with the
/// app secret. Constant time.
pub fn signature_ok(secret: &[u8], body: &[u8], signature: &str) -> bool {
    let Some(hex) = signature.strip_prefix("sha256=") else { return false };
    let Some(given) = decode_hex(hex) else { return false };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else { return false };
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

#[derive(Deserialize)]
pub struct Handshake {
    #[serde(rename = "hub.mode")]
    mode: Option<String>,
    #[serde(rename = "hub.verify_token")]
    token: Option<String>,
    #[serde(rename = "hub.challenge")]
    challenge: Option<String>,
}

/// `GET /webhooks/whatsapp`: the subscription handshake.
pub async fn verify(State(app): State<Arc<App>>, Query(h): Query<Handshake>) -> Response {
    let Some(wa) = app.channels.whatsapp.as_ref() else { return StatusCode::NOT_FOUND.into_response() };
    let expected = wa.settings.verify_token.as_ref().map(|t| t.expose().as_bytes()).unwrap_or_default();
    let given = h.token.as_deref().unwrap_or_default().as_bytes();
    match (h.mode.as_deref(), h.challenge) {
        (Some("subscribe"), Some(challenge)) if !expected.is_empty() && super::constant_time_eq(given, expected) => {
            (StatusCode::OK, challenge).into_response()
        }
        _ => {
            tracing::warn!("whatsapp webhook handshake with a wrong verify token refused");
            StatusCode::FORBIDDEN.into_response()
        }
    }
}

// The notification envelope, read leniently: unknown fields and kinds are ignored.
#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    changes: Vec<Change>,
}

#[derive(Deserialize)]
struct Change {
    #[serde(default)]
    field: String,
    #[serde(default)]
    value: ChangeValue,
}

#[derive(Deserialize, Default)]
struct ChangeValue {
    #[serde(default)]
    contacts: Vec<WaContact>,
    #[serde(default)]
    messages: Vec<WaMessage>,
    #[serde(default)]
    statuses: Vec<WaStatus>,
}

#[derive(Deserialize)]
struct WaContact {
    wa_id: Option<String>,
    user_id: Option<String>,
}

#[derive(Deserialize)]
struct WaMessage {
    id: String,
    from: Option<String>,
    from_user_id: Option<String>,
    timestamp: Option<String>,
    #[serde(rename = "type", default)]
    kind: String,
    text: Option<WaText>,
    interactive: Option<WaInteractive>,
    button: Option<WaButton>,
    location: Option<WaLocation>,
    #[serde(flatten)]
    other: HashMap<String, Value>,
}

#[derive(Deserialize)]
struct WaText {
    #[serde(default)]
    body: String,
}

#[derive(Deserialize)]
struct WaInteractive {
    button_reply: Option<WaReply>,
    list_reply: Option<WaReply>,
}

#[derive(Deserialize)]
struct WaReply {
    id: String,
}

#[derive(Deserialize)]
struct WaButton {
    #[serde(default)]
    text: String,
}

#[derive(Deserialize)]
struct WaLocation {
    latitude: f64,
    longitude: f64,
}

#[derive(Deserialize)]
struct WaStatus {
    id: String,
    status: String,
    #[serde(default)]
    errors: Vec<WaError>,
}

#[derive(Deserialize)]
struct WaError {
    code: i64,
}

/// A status update for a message we sent.
#[derive(Debug, PartialEq)]
pub struct StatusUpdate {
    pub platform_id: String,
    pub status: String,
    pub error: Option<String>,
    /// Failed because the 24-hour window was closed: hold it until the user writes.
    pub hold: bool,
}

/// What a notification carries.
#[derive(Debug, Default)]
pub struct Parsed {
    pub arrivals: Vec<Arrival>,
    pub statuses: Vec<StatusUpdate>,
}

/// Error code: outside the 24-hour window ("re-engagement message").
const REENGAGEMENT: i64 = 131047;

/// Reads a notification's messages and statuses (batched entries and changes).
pub fn parse(body: &[u8], now: chrono::DateTime<chrono::Utc>) -> Result<Parsed, serde_json::Error> {
    let envelope: Envelope = serde_json::from_slice(body)?;
    let mut parsed = Parsed::default();
    for change in envelope.entry.into_iter().flat_map(|e| e.changes) {
        if change.field != "messages" {
            continue;
        }
        let v = change.value;
        for m in v.messages {
            // The stable key: the business-scoped user id; a phone number only for older payloads.
            let key = m.from_user_id.clone().or_else(|| {
                let by_phone = v.contacts.iter().find(|c| c.wa_id.is_some() && c.wa_id == m.from);
                by_phone.and_then(|c| c.user_id.clone()).or_else(|| m.from.clone())
            });
            let Some(key) = key else { continue };
            let Some((input, media)) = input_of(&m) else { continue };
            let at = m
                .timestamp
                .as_deref()
                .and_then(|t| t.parse::<i64>().ok())
                .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                .map_or(now, |t| t.min(now));
            parsed.arrivals.push(Arrival {
                contact: ContactKey { channel: CHANNEL.into(), key },
                external_id: Some(m.id.clone()),
                input,
                media,
                at,
                reply_status: super::reply_status(CHANNEL),
                stored_id: None,
            });
        }
        for s in v.statuses {
            let code = s.errors.first().map(|e| e.code);
            parsed.statuses.push(StatusUpdate {
                hold: s.status == "failed" && code == Some(REENGAGEMENT),
                error: code.map(|c| format!("whatsapp error {c}")),
                platform_id: s.id,
                status: s.status,
            });
        }
    }
    Ok(parsed)
}

fn input_of(m: &WaMessage) -> Option<(Input, Option<String>)> {
    let media = |kind: &str| -> Option<(Input, Option<String>)> {
        let id = m.other.get(m.kind.as_str()).and_then(|o| o.get("id")).and_then(Value::as_str).unwrap_or_default();
        Some((Input::Media(kind.into()), Some(json!({ "kind": kind, "ref": id }).to_string())))
    };
    match m.kind.as_str() {
        "text" => m.text.as_ref().map(|t| (Input::from_text(&t.body), None)),
        "interactive" => {
            let i = m.interactive.as_ref()?;
            let id = i.button_reply.as_ref().or(i.list_reply.as_ref())?.id.clone();
            Some((Input::Choice(id), None))
        }
        // A template's quick-reply button: its text, as if typed.
        "button" => m.button.as_ref().map(|b| (Input::Text(b.text.clone()), None)),
        "location" => m.location.as_ref().map(|l| (Input::Location { lat: l.latitude, lon: l.longitude }, None)),
        "audio" => {
            let voice = m.other.get("audio").and_then(|a| a.get("voice")).and_then(Value::as_bool).unwrap_or(false);
            media(if voice { "voice" } else { "audio" })
        }
        "image" => media("image"),
        "video" => media("video"),
        "document" => media("document"),
        "sticker" => media("sticker"),
        // Reactions, system notices and the like are not messages to answer.
        "reaction" | "system" | "request_welcome" | "ephemeral" => None,
        _ => Some((Input::Media("other".into()), None)),
    }
}

/// `POST /webhooks/whatsapp`: signature first, then parse, store, answer.
pub async fn webhook(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(wa) = app.channels.whatsapp.as_ref() else { return StatusCode::NOT_FOUND.into_response() };
    let signature = headers.get("x-hub-signature-256").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !signature_ok(wa.settings.app_secret.expose().as_bytes(), &body, signature) {
        tracing::warn!("whatsapp webhook with a missing or wrong signature refused");
        app.metrics.rejected(CHANNEL);
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let parsed = match parse(&body, crate::bot::clock()) {
        Ok(p) => p,
        Err(e) => {
            tracing::warn!(line = e.line(), column = e.column(), "whatsapp webhook body is not a notification");
            app.metrics.rejected(CHANNEL);
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    for s in &parsed.statuses {
        if let Err(e) = app.store.update_status(CHANNEL, &s.platform_id, &s.status, s.error.as_deref(), s.hold).await {
            tracing::error!(error = %e, "storing a whatsapp status failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    match app.pipeline.submit(parsed.arrivals).await {
        Ok(_) => StatusCode::OK.into_response(),
        // Nothing acknowledged: Meta delivers the notification again.
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// Shortens a title to `max` characters at a word boundary, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max - 1).collect();
    let at = cut.rfind(' ').filter(|&i| i >= cut.len() / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([' ', ',', '.', ':', ';']))
}

impl WhatsApp {
    /// The request bodies for one reply (long texts become several messages).
    pub fn render(&self, to: &str, reply: &Reply, lang: Option<&str>) -> Vec<Value> {
        let recipient = |body: &mut Value| {
            // Business-scoped user ids ("ID.123…") go in `recipient`, phone numbers in `to`.
            let key = if to.contains('.') { "recipient" } else { "to" };
            body[key] = json!(to);
        };
        let text_message = |text: &str| {
            let mut b = json!({ "messaging_product": "whatsapp", "recipient_type": "individual", "type": "text",
                                "text": { "body": text, "preview_url": false } });
            recipient(&mut b);
            b
        };
        let n = reply.choices.len();
        let mut pieces = super::split_text(&reply.text, if (1..=10).contains(&n) { MAX_BUTTON_BODY } else { MAX_TEXT });
        if n == 0 || n > 10 {
            if n > 10 {
                let mut text = pieces.pop().unwrap_or_default();
                for (i, c) in reply.choices.iter().enumerate() {
                    text.push_str(&format!("\n{}. {}", i + 1, c.label));
                }
                pieces.extend(super::split_text(&text, MAX_TEXT));
            }
            return pieces.iter().map(|p| text_message(p)).collect();
        }
        let body_text = pieces.pop().unwrap_or_default();
        let mut out: Vec<Value> = pieces.iter().map(|p| text_message(p)).collect();
        let interactive = if n <= 3 {
            let mut titles: Vec<String> = reply.choices.iter().map(|c| shorten(&c.label, BUTTON_TITLE)).collect();
            // Titles must differ; shortened ones may not.
            if titles.iter().enumerate().any(|(i, t)| titles[..i].contains(t)) {
                titles = reply
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| shorten(&format!("{}. {}", i + 1, c.label), BUTTON_TITLE))
                    .collect();
            }
            let buttons: Vec<Value> = reply
                .choices
                .iter()
                .zip(titles)
                .map(|(c, t)| json!({ "type": "reply", "reply": { "id": c.key, "title": t } }))
                .collect();
            json!({ "type": "button", "body": { "text": body_text }, "action": { "buttons": buttons } })
        } else {
            let rows: Vec<Value> = reply
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let title = shorten(&format!("{}. {}", i + 1, c.label), ROW_TITLE);
                    let mut row = json!({ "id": c.key, "title": title });
                    if c.label.chars().count() + 3 > ROW_TITLE {
                        row["description"] = json!(shorten(&c.label, ROW_DESCRIPTION));
                    }
                    row
                })
                .collect();
            let button = self
                .list_button
                .get(lang.unwrap_or(DEFAULT_LANG))
                .or_else(|| self.list_button.get(DEFAULT_LANG))
                .cloned()
                .unwrap_or_default();
            json!({ "type": "list", "body": { "text": body_text },
                    "action": { "button": shorten(&button, BUTTON_TITLE), "sections": [ { "rows": rows } ] } })
        };
        let mut b = json!({ "messaging_product": "whatsapp", "recipient_type": "individual", "type": "interactive", "interactive": interactive });
        recipient(&mut b);
        out.push(b);
        out
    }

    async fn post(&self, body: &Value) -> Result<Option<String>, (Option<i64>, String)> {
        let response = self
            .http
            .post(self.messages_url())
            .bearer_auth(self.settings.access_token.expose())
            .json(body)
            .send()
            .await
            .map_err(|e| (None, format!("network: {}", e.without_url())))?;
        let status = response.status();
        let value: Value = response.json().await.unwrap_or(Value::Null);
        if status.is_success() {
            return Ok(value["messages"][0]["id"].as_str().map(str::to_owned));
        }
        let code = value["error"]["code"].as_i64();
        Err((code, format!("HTTP {status}, whatsapp error {}", code.unwrap_or_default())))
    }

    async fn send_template(&self, to: &str) -> bool {
        let Some((name, lang)) = &self.settings.template else { return false };
        let mut body = json!({ "messaging_product": "whatsapp", "recipient_type": "individual", "type": "template",
                               "template": { "name": name, "language": { "code": lang } } });
        body[if to.contains('.') { "recipient" } else { "to" }] = json!(to);
        match self.post(&body).await {
            Ok(_) => true,
            Err((_, e)) => {
                tracing::warn!(error = %e, "sending the re-engagement template failed");
                false
            }
        }
    }
}

impl Sender for WhatsApp {
    fn channel(&self) -> &'static str {
        CHANNEL
    }

    fn per_chat_interval(&self) -> Duration {
        Duration::ZERO
    }

    fn global_rate(&self) -> u32 {
        self.settings.global_rate
    }

    async fn send(&self, item: OutboxItem) -> SendResult {
        let now = crate::bot::clock();
        let window_open = item.last_inbound_at.is_some_and(|t| now - t < WINDOW);
        if !window_open {
            // Free text is not allowed: hold it, and ask the user (once) to write back.
            let template_sent = item.template_sent_at.is_none() && self.send_template(&item.to).await;
            return SendResult::Held { template_sent };
        }
        let mut platform_id = None;
        for body in self.render(&item.to, &item.reply, item.lang.as_deref()) {
            match self.post(&body).await {
                Ok(id) => platform_id = id,
                Err((code, error)) => return classify(code, error, item.attempts),
            }
        }
        SendResult::Sent { platform_id }
    }
}

fn classify(code: Option<i64>, error: String, attempts: i64) -> SendResult {
    let now = crate::bot::clock();
    let retry = |delay: Duration| SendResult::Retry {
        at: now + chrono::Duration::from_std(delay).unwrap_or_default(),
        error: error.clone(),
    };
    match code {
        Some(REENGAGEMENT) => SendResult::Held { template_sent: false },
        // Undeliverable: not on WhatsApp, or the user blocked the business.
        Some(131026) => SendResult::Failed { error, unreachable: true },
        _ if attempts + 1 >= MAX_ATTEMPTS => SendResult::Failed { error, unreachable: false },
        // Pair rate limit: wait 4^n seconds.
        Some(131056) => retry(Duration::from_secs(4u64.pow(attempts.clamp(0, 5) as u32))),
        // Throughput, temporary and unknown errors, expired token, network: back off and retry.
        Some(130429 | 131000 | 131016 | 80007 | 4 | 190) | None => retry(outbox::backoff(attempts)),
        Some(_) => SendResult::Failed { error, unreachable: false },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_checked_over_the_raw_body() {
        let body = br#"{"object":"whatsapp_business_account"}"#;
        let mut mac = Hmac::<Sha256>::new_from_slice(b"secret").unwrap();
        mac.update(body);
        let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert!(signature_ok(b"secret", body, &format!("sha256={hex}")));
        assert!(!signature_ok(b"other", body, &format!("sha256={hex}")));
        assert!(!signature_ok(b"secret", b"{}", &format!("sha256={hex}")));
        assert!(!signature_ok(b"secret", body, &hex));
        assert!(!signature_ok(b"secret", body, "sha256=zz"));
        assert!(!signature_ok(b"secret", body, ""));
    }

    #[test]
    fn titles_are_shortened_at_words() {
        assert_eq!(shorten("Ya, saya dalam bahaya", 20), "Ya, saya dalam…");
        assert_eq!(shorten("Pendek", 20), "Pendek");
        assert!(shorten("Informasi kerja ke luar negeri yang aman", 24).chars().count() <= 24);
        assert!(shorten(&"x".repeat(50), 20).chars().count() <= 20);
    }
}

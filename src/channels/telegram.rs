//! Telegram: our own webhook handler (checks the secret in constant time, stores before it
//! answers 2xx, never logs bodies), long polling for development, and a sender built on
//! teloxide's `Bot` client, whose base URL tests point at a fake Bot API.
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use teloxide_core::payloads::{GetUpdatesSetters as _, SendMessageSetters as _, SetWebhookSetters as _};
use teloxide_core::requests::Requester as _;
use teloxide_core::types::{
    AllowedUpdate, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MaybeInaccessibleMessage, Message, Update,
    UpdateKind,
};
use teloxide_core::{ApiError, Bot, RequestError};
use tokio::sync::watch;

use super::outbox::{self, Sender};
use crate::engine::Input;
use crate::pipeline::Pipeline;
use crate::server::App;
use crate::store::{Arrival, ContactKey, Ingested, OutboxItem, SendResult, Store};

pub const CHANNEL: &str = "telegram";
/// Telegram's longest message.
const MAX_TEXT: usize = 4096;
/// Telegram's longest callback data, in bytes.
const MAX_CALLBACK: usize = 64;
/// A reply that keeps failing for temporary reasons is given up after this many attempts.
const MAX_ATTEMPTS: i64 = 12;

/// The update kinds Pelita asks Telegram for.
pub fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::EditedMessage,
        AllowedUpdate::CallbackQuery,
        AllowedUpdate::MyChatMember,
    ]
}

/// The Telegram channel's settings and client.
pub struct Telegram {
    pub bot: Bot,
    /// `TELEGRAM_WEBHOOK_SECRET`; without it the server polls instead of taking webhooks.
    pub secret: Option<String>,
    pub per_chat: Duration,
    pub global_rate: u32,
}

impl Telegram {
    pub fn new(settings: &crate::config::TelegramSettings) -> anyhow::Result<Telegram> {
        let url = reqwest::Url::parse(&settings.api_url)
            .map_err(|e| anyhow::anyhow!("TELEGRAM_API_URL `{}` is not a URL: {e}", settings.api_url))?;
        Ok(Telegram {
            bot: Bot::new(settings.token.expose()).set_api_url(url),
            secret: settings.secret.as_ref().map(|s| s.expose().to_owned()),
            per_chat: settings.per_chat,
            global_rate: settings.global_rate,
        })
    }
}

/// What one update means for Pelita.
#[derive(Debug)]
pub enum Parsed {
    /// A message for the engine; the callback query to answer, if it came from a button.
    Arrival(Box<Arrival>, Option<String>),
    /// The user blocked the bot.
    Blocked(ContactKey),
    /// Nothing to do (groups, channels, unknown kinds, our own status changes).
    Ignore,
}

fn contact(chat: ChatId) -> ContactKey {
    ContactKey { channel: CHANNEL.into(), key: chat.0.to_string() }
}

fn media(kind: &str, file_id: &str) -> Option<String> {
    Some(serde_json::json!({ "kind": kind, "ref": file_id }).to_string())
}

/// What a message says, as an input and an optional media reference.
fn message_input(msg: &Message) -> (Input, Option<String>) {
    if let Some(text) = msg.text() {
        return (Input::from_text(text), None);
    }
    if let Some(loc) = msg.location() {
        return (Input::Location { lat: loc.latitude, lon: loc.longitude }, None);
    }
    let found: Option<(&str, &str)> = if let Some(v) = msg.voice() {
        Some(("voice", &v.file.id.0))
    } else if let Some(a) = msg.audio() {
        Some(("audio", &a.file.id.0))
    } else if let Some(p) = msg.photo().and_then(|p| p.last()) {
        Some(("image", &p.file.id.0))
    } else if let Some(v) = msg.video() {
        Some(("video", &v.file.id.0))
    } else if let Some(v) = msg.video_note() {
        Some(("video", &v.file.id.0))
    } else if let Some(d) = msg.document() {
        Some(("document", &d.file.id.0))
    } else {
        msg.sticker().map(|s| ("sticker", s.file.id.0.as_str()))
    };
    match found {
        Some((kind, id)) => (Input::Media(kind.into()), media(kind, id)),
        // Contacts, polls, dice, service messages: not something the bot can read.
        None => (Input::Media("other".into()), None),
    }
}

/// Turns an update into what Pelita does with it. Only private chats are served.
pub fn parse(update: Update, now: chrono::DateTime<chrono::Utc>) -> Parsed {
    let external_id = Some(format!("u{}", update.id.0));
    let arrival = |chat: ChatId, input: Input, media: Option<String>| Arrival {
        contact: contact(chat),
        external_id: external_id.clone(),
        input,
        media,
        at: now,
        reply_status: super::reply_status(CHANNEL),
        stored_id: None,
    };
    match update.kind {
        UpdateKind::Message(msg) if msg.chat.is_private() => {
            let (input, media) = message_input(&msg);
            Parsed::Arrival(Box::new(arrival(msg.chat.id, input, media)), None)
        }
        UpdateKind::EditedMessage(msg) if msg.chat.is_private() => {
            Parsed::Arrival(Box::new(arrival(msg.chat.id, Input::Edited, None)), None)
        }
        UpdateKind::CallbackQuery(q) => {
            let chat = match &q.message {
                Some(MaybeInaccessibleMessage::Regular(m)) => m.chat.clone(),
                Some(MaybeInaccessibleMessage::Inaccessible(m)) => m.chat.clone(),
                None => return Parsed::Ignore,
            };
            if !chat.is_private() {
                return Parsed::Ignore;
            }
            let input = Input::Choice(q.data.clone().unwrap_or_default());
            Parsed::Arrival(Box::new(arrival(chat.id, input, None)), Some(q.id.0))
        }
        UpdateKind::MyChatMember(m) if m.chat.is_private() && m.new_chat_member.is_banned() => {
            Parsed::Blocked(contact(m.chat.id))
        }
        _ => Parsed::Ignore,
    }
}

/// `POST /webhooks/telegram`.
pub async fn webhook(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(tg) = app.channels.telegram.as_ref() else { return StatusCode::NOT_FOUND.into_response() };
    let given = headers.get("x-telegram-bot-api-secret-token").map(|v| v.as_bytes()).unwrap_or_default();
    let expected = tg.secret.as_deref().unwrap_or_default().as_bytes();
    if expected.is_empty() || !super::constant_time_eq(given, expected) {
        tracing::warn!("telegram webhook with a missing or wrong secret token refused");
        app.metrics.rejected(CHANNEL);
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            // The error names a position and a field, never the content.
            tracing::warn!(line = e.line(), column = e.column(), "telegram webhook body is not an update");
            app.metrics.rejected(CHANNEL);
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    handle(tg, &app.pipeline, &app.store, update).await
}

/// Stores and processes one update; 200 only once it is committed.
async fn handle(tg: &Telegram, pipeline: &Pipeline, store: &Store, update: Update) -> Response {
    match parse(update, crate::bot::clock()) {
        Parsed::Arrival(arrival, callback) => match pipeline.submit(vec![*arrival]).await {
            Ok(results) => {
                if let Some(id) = callback {
                    // Always answered (the button shows a spinner until then), after the commit.
                    let bot = tg.bot.clone();
                    tokio::spawn(async move {
                        if let Err(e) = bot.answer_callback_query(teloxide_core::types::CallbackQueryId(id)).await {
                            tracing::debug!(error = %describe(&e), "answering a callback query failed");
                        }
                    });
                }
                if results.iter().any(|r| matches!(r, Ingested::Duplicate)) {
                    tracing::debug!("telegram update delivered again: ignored");
                }
                StatusCode::OK.into_response()
            }
            // Not stored: Telegram delivers it again.
            Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        },
        Parsed::Blocked(contact) => match store.mark_unreachable(&contact, crate::bot::clock()).await {
            Ok(()) => StatusCode::OK.into_response(),
            Err(e) => {
                tracing::error!(error = %e, "marking a contact unreachable failed");
                StatusCode::SERVICE_UNAVAILABLE.into_response()
            }
        },
        Parsed::Ignore => StatusCode::OK.into_response(),
    }
}

/// Long polling (no public URL): the same pipeline as the webhook; the offset only advances
/// past updates that are committed.
pub async fn poll(tg: Arc<Telegram>, pipeline: Pipeline, store: Store, mut stop: watch::Receiver<bool>) {
    if let Err(e) = tg.bot.delete_webhook().await {
        tracing::warn!(error = %describe(&e), "telegram: could not remove a webhook before polling");
    }
    let mut offset: i32 = 0;
    loop {
        if *stop.borrow() {
            return;
        }
        let request = tg.bot.get_updates().offset(offset).timeout(25).allowed_updates(allowed_updates());
        let updates = tokio::select! {
            r = request => r,
            _ = stop.changed() => return,
        };
        match updates {
            Ok(updates) => {
                for update in updates {
                    let next = update.id.0 as i32 + 1;
                    let response = handle(&tg, &pipeline, &store, update).await;
                    if !response.status().is_success() {
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        break;
                    }
                    offset = offset.max(next);
                }
            }
            Err(e) => {
                tracing::warn!(error = %describe(&e), "telegram: getUpdates failed");
                let wait = match e {
                    RequestError::RetryAfter(s) => s.duration(),
                    _ => Duration::from_secs(3),
                };
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    _ = stop.changed() => return,
                }
            }
        }
    }
}

/// Registers the webhook at `url` with the secret and the update kinds Pelita handles.
pub async fn set_webhook(tg: &Telegram, url: &str) -> anyhow::Result<()> {
    let url = reqwest::Url::parse(url).map_err(|e| anyhow::anyhow!("`{url}` is not a URL: {e}"))?;
    let secret = tg.secret.clone().ok_or_else(|| anyhow::anyhow!("TELEGRAM_WEBHOOK_SECRET is not set"))?;
    tg.bot.set_webhook(url).secret_token(secret).allowed_updates(allowed_updates()).await?;
    Ok(())
}

impl Sender for Telegram {
    fn channel(&self) -> &'static str {
        CHANNEL
    }

    fn per_chat_interval(&self) -> Duration {
        self.per_chat
    }

    fn global_rate(&self) -> u32 {
        self.global_rate
    }

    async fn send(&self, item: OutboxItem) -> SendResult {
        let Ok(chat) = item.to.parse::<i64>() else {
            return SendResult::Failed { error: "not a Telegram chat id".into(), unreachable: true };
        };
        let reply = &item.reply;
        // Buttons carry the choice key; one that does not fit becomes a numbered line instead.
        let buttons = !reply.choices.is_empty() && reply.choices.iter().all(|c| c.key.len() <= MAX_CALLBACK);
        let mut text = reply.text.clone();
        if !buttons {
            for (n, c) in reply.choices.iter().enumerate() {
                text.push_str(&format!("\n{}. {}", n + 1, c.label));
            }
        }
        let pieces = super::split_text(&text, MAX_TEXT);
        let last = pieces.len() - 1;
        let mut platform_id = None;
        for (i, piece) in pieces.into_iter().enumerate() {
            let mut request = self.bot.send_message(ChatId(chat), piece);
            if buttons && i == last {
                let rows = reply.choices.iter().enumerate().map(|(n, c)| {
                    vec![InlineKeyboardButton::callback(format!("{}. {}", n + 1, c.label), c.key.clone())]
                });
                request = request.reply_markup(InlineKeyboardMarkup::new(rows));
            }
            match request.await {
                Ok(msg) => platform_id = Some(msg.id.0.to_string()),
                Err(e) => return classify(e, item.attempts),
            }
        }
        SendResult::Sent { platform_id }
    }
}

/// An error as it may be logged and stored: never the raw response (which can echo a user's
/// message) nor a URL (which holds the bot token).
fn describe(e: &RequestError) -> String {
    match e {
        RequestError::Api(api) => api.to_string(),
        RequestError::RetryAfter(s) => format!("rate limited for {}s", s.duration().as_secs()),
        RequestError::MigrateToChatId(_) => "the group moved to a supergroup".into(),
        RequestError::Network(n) if n.is_timeout() => "network timeout".into(),
        RequestError::Network(n) if n.is_connect() => "cannot connect to the Bot API".into(),
        RequestError::Network(n) => format!("network error (status {:?})", n.status()),
        RequestError::InvalidJson { .. } => "the Bot API answered with unexpected JSON".into(),
        RequestError::Io(_) => "I/O error talking to the Bot API".into(),
    }
}

fn classify(e: RequestError, attempts: i64) -> SendResult {
    let now = crate::bot::clock();
    match e {
        RequestError::RetryAfter(s) => SendResult::Retry {
            at: now + chrono::Duration::from_std(s.duration()).unwrap_or_default(),
            error: describe(&e),
        },
        RequestError::Api(
            ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound | ApiError::BotKicked,
        ) => SendResult::Failed { error: describe(&e), unreachable: true },
        RequestError::Api(_) => SendResult::Failed { error: describe(&e), unreachable: false },
        _ if attempts + 1 >= MAX_ATTEMPTS => SendResult::Failed { error: describe(&e), unreachable: false },
        _ => SendResult::Retry {
            at: now + chrono::Duration::from_std(outbox::backoff(attempts)).unwrap_or_default(),
            error: describe(&e),
        },
    }
}

//! The web chat: a small page at `GET /` (no build step) and two JSON endpoints. Each browser is
//! its own contact, keyed by a random 128-bit session key in an HttpOnly cookie.
use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::engine::{Input, ReplyChoice};
use crate::i18n::{Args, DEFAULT_LANG};
use crate::server::App;
use crate::store::{Arrival, ContactKey};

pub const CHANNEL: &str = "web";
const COOKIE: &str = "pelita_session";
const PAGE: &str = include_str!("web.html");

/// The session key from the cookie, if it is one we could have issued.
fn session(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().strip_prefix(COOKIE).and_then(|rest| rest.strip_prefix('=')))
        .find(|k| k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
        .map(str::to_owned)
}

fn new_session() -> String {
    crate::bot::entropy().iter().map(|b| format!("{b:02x}")).collect()
}

fn contact(key: String) -> ContactKey {
    ContactKey { channel: CHANNEL.into(), key }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// `GET /`: the chat page, in the visitor's language once they have chosen one.
pub async fn page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let (key, fresh) = match session(&headers) {
        Some(k) => (k, false),
        None => (new_session(), true),
    };
    let lang =
        if fresh { None } else { app.store.state(&contact(key.clone())).await.ok().flatten().and_then(|s| s.lang) };
    let lang = lang.as_deref().unwrap_or(DEFAULT_LANG);
    let t = |id: &str| escape(&app.bot.i18n.format(lang, id, &Args::new()));
    let html = PAGE
        .replace("{{lang}}", &escape(lang))
        .replace("{{title}}", &t("web-title"))
        .replace("{{intro}}", &t("web-intro"))
        .replace("{{placeholder}}", &t("web-placeholder"))
        .replace("{{send}}", &t("web-send"))
        .replace("{{offline}}", &t("web-offline"));
    let mut response = Html(html).into_response();
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'"),
    );
    if fresh {
        let https = headers.get("x-forwarded-proto").is_some_and(|v| v == "https");
        let cookie = format!(
            "{COOKIE}={key}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000{}",
            if https { "; Secure" } else { "" }
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            h.insert(header::SET_COOKIE, v);
        }
    }
    response
}

#[derive(Deserialize)]
pub struct Sent {
    text: Option<String>,
    choice: Option<String>,
    /// The browser's id for this message, so a retried POST is stored once.
    id: Option<String>,
}

/// `POST /web/send`: stores and processes one message; 200 once it is committed.
pub async fn send(State(app): State<Arc<App>>, headers: HeaderMap, Json(sent): Json<Sent>) -> Response {
    let Some(key) = session(&headers) else {
        return (StatusCode::UNAUTHORIZED, "no session: reload the page").into_response();
    };
    let input = match (sent.choice, sent.text) {
        (Some(c), _) => Input::Choice(c),
        (None, Some(t)) => Input::from_text(&t),
        (None, None) => return (StatusCode::BAD_REQUEST, "text or choice").into_response(),
    };
    let external_id = sent.id.filter(|i| !i.is_empty() && i.len() <= 64).map(|i| format!("web:{i}"));
    let arrival = Arrival {
        contact: contact(key),
        external_id,
        input,
        media: None,
        at: crate::bot::clock(),
        reply_status: super::reply_status(CHANNEL),
        stored_id: None,
    };
    match app.pipeline.submit(vec![arrival]).await {
        Ok(_) => Json(serde_json::json!({ "ok": true })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "web message not stored");
            (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct After {
    #[serde(default)]
    after: i64,
}

#[derive(Serialize)]
struct WebReply {
    id: i64,
    text: String,
    choices: Vec<ReplyChoice>,
}

/// `GET /web/replies?after=ID`: the replies after the last one the page shows.
pub async fn replies(State(app): State<Arc<App>>, headers: HeaderMap, Query(q): Query<After>) -> Response {
    let Some(key) = session(&headers) else {
        return Json(serde_json::json!({ "replies": [] })).into_response();
    };
    match app.store.replies_after(&contact(key), q.after).await {
        Ok(rows) => {
            let replies: Vec<WebReply> =
                rows.into_iter().map(|(id, r)| WebReply { id, text: r.text, choices: r.choices }).collect();
            Json(serde_json::json!({ "replies": replies })).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "reading web replies failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

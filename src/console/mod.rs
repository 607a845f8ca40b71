//! The counsellor web console at `/console`: server-rendered pages, a small script for live
//! updates (server-sent events), sessions with CSRF tokens. Every word comes from Fluent
//! (`locales/<lang>/console.ftl`); every query is scoped to the counsellor's organisation, so a
//! guessed ticket id outside it is "not found"; every view and action is in the audit log.
pub mod auth;
mod pages;

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::Duration as Span;
use serde::Deserialize;

use crate::bot::clock;
use crate::channels::{self, constant_time_eq};
use crate::engine::{self, Env, Reply};
use crate::flow::reserved;
use crate::i18n::Args;
use crate::server::App;
use crate::store::{Act, Claim, Counsellor, Role, Transfer};

pub use pages::Page;

pub fn routes(router: Router<Arc<App>>) -> Router<Arc<App>> {
    router
        .route("/console", get(queue))
        .route("/console/login", get(login_form).post(login))
        .route("/console/logout", post(logout))
        .route("/console/password", get(password_form).post(password))
        .route("/console/lang", post(set_lang))
        .route("/console/queue", get(queue_fragment))
        .route("/console/events", get(events))
        .route("/console/audit", get(audit))
        .route("/console/accounts", get(accounts).post(add_account))
        .route("/console/accounts/{id}/disable", post(disable_account))
        .route("/console/accounts/{id}/enable", post(enable_account))
        .route("/console/tickets/{id}", get(ticket))
        .route("/console/tickets/{id}/history", get(history_fragment))
        .route("/console/tickets/{id}/claim", post(claim))
        .route("/console/tickets/{id}/reply", post(reply))
        .route("/console/tickets/{id}/note", post(note))
        .route("/console/tickets/{id}/close", post(close))
        .route("/console/tickets/{id}/transfer", post(transfer))
        .route("/console/tickets/{id}/case", post(edit_case))
}

/// A logged-in counsellor, with the session's CSRF token and the console's language.
pub struct Session {
    pub who: Counsellor,
    pub csrf: String,
    pub lang: String,
}

/// The session of the request, or where to go instead (the login page).
async fn session(app: &App, headers: &HeaderMap) -> Result<Session, Response> {
    let token = auth::cookie(headers, auth::COOKIE).ok_or_else(|| Redirect::to("/console/login").into_response())?;
    match app.store.session(&auth::token_hash(&token), clock()).await {
        Ok(Some((who, csrf))) => Ok(Session { lang: lang_of(app, headers), who, csrf }),
        Ok(None) => Err(Redirect::to("/console/login").into_response()),
        Err(e) => {
            tracing::error!(error = %e, "console: reading a session failed");
            Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
    }
}

/// The console's language: the `pelita_console_lang` cookie if it names a locale, else Indonesian.
fn lang_of(app: &App, headers: &HeaderMap) -> String {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().strip_prefix("pelita_console_lang="))
        .find(|l| app.bot.i18n.has_language(l))
        .unwrap_or(crate::i18n::DEFAULT_LANG)
        .to_owned()
}

/// The session of a form post whose CSRF token matches, or the answer refusing it.
async fn posted(app: &App, headers: &HeaderMap, csrf: &str) -> Result<Session, Response> {
    let s = session(app, headers).await?;
    checked(&s, csrf).map_err(IntoResponse::into_response)?;
    Ok(s)
}

/// A ticket the session may see, or "not found" (also for ids of other organisations).
async fn visible(app: &App, s: &Session, id: i64) -> Result<crate::store::Ticket, Response> {
    match app.store.ticket(id, s.who.scope()).await {
        Ok(Some(t)) => Ok(t),
        Ok(None) => Err((StatusCode::NOT_FOUND, Html(page(app, s).message("console-not-found"))).into_response()),
        Err(e) => Err(unavailable(e)),
    }
}

/// A POST from a page of this session: its CSRF token must match.
fn checked(s: &Session, csrf: &str) -> Result<(), StatusCode> {
    if constant_time_eq(s.csrf.as_bytes(), csrf.as_bytes()) { Ok(()) } else { Err(StatusCode::FORBIDDEN) }
}

fn page<'a>(app: &'a App, s: &'a Session) -> Page<'a> {
    Page::new(app, &s.lang, Some(s))
}

#[derive(Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    csrf: String,
}

async fn login_form(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    login_page(&app, &headers, None)
}

fn login_page(app: &App, headers: &HeaderMap, error: Option<&str>) -> Response {
    let csrf = auth::token();
    let lang = lang_of(app, headers);
    let html = Page::new(app, &lang, None).login(&csrf, error);
    let cookie = auth::set_cookie(auth::LOGIN_COOKIE, &csrf, 3600, headers);
    let status = if error.is_some() { StatusCode::UNAUTHORIZED } else { StatusCode::OK };
    (status, [(header::SET_COOKIE, cookie)], Html(html)).into_response()
}

async fn login(State(app): State<Arc<App>>, headers: HeaderMap, Form(f): Form<LoginForm>) -> Response {
    // Double-submit: the form's token must equal the cookie set with the form.
    let expected = auth::cookie(&headers, auth::LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !constant_time_eq(expected.as_bytes(), f.csrf.as_bytes()) {
        return login_page(&app, &headers, Some("console-form-expired"));
    }
    let now = clock();
    let creds = match app.store.credentials(f.login.trim()).await {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "console: reading credentials failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let Some(creds) = creds else {
        // Same work and the same answer as a wrong password: logins cannot be probed.
        let _ = tokio::task::spawn_blocking(|| auth::verify_password("x", DUMMY_HASH)).await;
        return login_page(&app, &headers, Some("console-login-failed"));
    };
    let locked = creds.locked_until.is_some_and(|t| t > now) || creds.disabled;
    let (password, hash) = (f.password, creds.password_hash.clone());
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &hash)).await.unwrap_or(false);
    let id = creds.counsellor.id;
    if let Err(e) = app
        .store
        .login_attempt(&creds.counsellor, ok && !locked, auth::LOCK_AFTER, now + Span::minutes(auth::LOCK_MINUTES), now)
        .await
    {
        tracing::error!(error = %e, "console: recording a login failed");
    }
    if !ok || locked {
        tracing::warn!(counsellor = id, locked, "console: login refused");
        return login_page(&app, &headers, Some("console-login-failed"));
    }
    let token = auth::token();
    let csrf = auth::token();
    if let Err(e) = app
        .store
        .create_session(&auth::token_hash(&token), id, &csrf, now, now + Span::hours(auth::SESSION_HOURS))
        .await
    {
        tracing::error!(error = %e, "console: creating a session failed");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let to = if creds.counsellor.must_change_password { "/console/password" } else { "/console" };
    let cookie = auth::set_cookie(auth::COOKIE, &token, auth::SESSION_HOURS * 3600, &headers);
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, to.to_owned())]).into_response()
}

/// An argon2id hash of nothing anyone types, to spend the same time on unknown logins.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$W8zBfaaM2f3hOqyXRHHqhsLp5OFPcOE2Qv3Yn9x2U3M";

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

async fn logout(State(app): State<Arc<App>>, headers: HeaderMap, Form(f): Form<CsrfForm>) -> Response {
    if let Err(r) = posted(&app, &headers, &f.csrf).await {
        return r;
    }
    if let Some(token) = auth::cookie(&headers, auth::COOKIE) {
        let _ = app.store.end_session(&auth::token_hash(&token)).await;
    }
    let cookie = auth::set_cookie(auth::COOKIE, "", 0, &headers);
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, "/console/login".to_owned())])
        .into_response()
}

#[derive(Deserialize)]
pub struct PasswordForm {
    csrf: String,
    password: String,
}

async fn password_form(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    match session(&app, &headers).await {
        Ok(s) => Html(page(&app, &s).password(None)).into_response(),
        Err(r) => r,
    }
}

async fn password(State(app): State<Arc<App>>, headers: HeaderMap, Form(f): Form<PasswordForm>) -> Response {
    let s = match posted(&app, &headers, &f.csrf).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if f.password.chars().count() < auth::MIN_PASSWORD {
        return (StatusCode::BAD_REQUEST, Html(page(&app, &s).password(Some("console-password-short"))))
            .into_response();
    }
    let hash = match tokio::task::spawn_blocking(move || auth::hash_password(&f.password)).await {
        Ok(Ok(h)) => h,
        _ => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    if app.store.set_password(s.who.id, &hash).await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    Redirect::to("/console").into_response()
}

#[derive(Deserialize)]
pub struct LangForm {
    csrf: String,
    lang: String,
}

async fn set_lang(State(app): State<Arc<App>>, headers: HeaderMap, Form(f): Form<LangForm>) -> Response {
    if let Err(r) = posted(&app, &headers, &f.csrf).await {
        return r;
    }
    let lang = if app.bot.i18n.has_language(&f.lang) { f.lang } else { crate::i18n::DEFAULT_LANG.to_owned() };
    let https = headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https");
    let cookie = format!(
        "pelita_console_lang={lang}; Path=/console; SameSite=Strict; Max-Age=31536000{}",
        if https { "; Secure" } else { "" }
    );
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, "/console".to_owned())]).into_response()
}

async fn queue(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let s = match session(&app, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if s.who.must_change_password {
        return Redirect::to("/console/password").into_response();
    }
    match app.store.queue(s.who.scope()).await {
        Ok(tickets) => Html(page(&app, &s).queue(&tickets, clock())).into_response(),
        Err(e) => unavailable(e),
    }
}

async fn queue_fragment(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let s = match session(&app, &headers).await {
        Ok(s) => s,
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    match app.store.queue(s.who.scope()).await {
        Ok(tickets) => Html(page(&app, &s).queue_table(&tickets, clock())).into_response(),
        Err(e) => unavailable(e),
    }
}

fn unavailable(e: crate::store::StoreError) -> Response {
    tracing::error!(error = %e, "console: the database failed");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

/// `GET /console/events`: a server-sent event whenever tickets or conversations may have
/// changed (at most two a second); the page's script then fetches what it shows again.
async fn events(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if session(&app, &headers).await.is_err() {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let rx = app.console.subscribe();
    let closing = app.closing.clone();
    // The first event goes out at once: whatever changed between the page's rendering and this
    // connection is fetched, not missed. The stream ends when the server shuts down.
    let stream = futures_util::stream::unfold((rx, closing, true), |(mut rx, mut closing, first)| async move {
        if *closing.borrow() {
            return None;
        }
        if !first {
            tokio::select! {
                changed = rx.changed() => changed.ok()?,
                _ = closing.changed() => return None,
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        rx.borrow_and_update();
        // An event without data is never dispatched by browsers: it carries a word.
        let event = Event::default().event("changed").data("queue");
        Some((Ok::<Event, Infallible>(event), (rx, closing, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}

async fn audit(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let s = match session(&app, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if s.who.role == Role::Counsellor {
        return (StatusCode::FORBIDDEN, Html(page(&app, &s).message("console-forbidden"))).into_response();
    }
    match app.store.audit_log(s.who.scope(), 500).await {
        Ok(rows) => Html(page(&app, &s).audit(&rows)).into_response(),
        Err(e) => unavailable(e),
    }
}

/// Accounts are an admin's work (organisations are declared in configuration).
async fn admin(app: &App, headers: &HeaderMap) -> Result<Session, Response> {
    let s = session(app, headers).await?;
    if s.who.role != Role::Admin {
        return Err((StatusCode::FORBIDDEN, Html(page(app, &s).message("console-forbidden"))).into_response());
    }
    Ok(s)
}

async fn accounts_page(app: &App, s: &Session, status: StatusCode, notice: Option<String>) -> Response {
    match app.store.accounts(s.who.scope()).await {
        Ok(list) => (status, Html(page(app, s).accounts(&list, notice.as_deref()))).into_response(),
        Err(e) => unavailable(e),
    }
}

async fn accounts(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    match admin(&app, &headers).await {
        Ok(s) => accounts_page(&app, &s, StatusCode::OK, None).await,
        Err(r) => r,
    }
}

#[derive(Deserialize)]
pub struct AccountForm {
    csrf: String,
    name: String,
    login: String,
    org: String,
    role: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    gender: String,
}

async fn add_account(State(app): State<Arc<App>>, headers: HeaderMap, Form(f): Form<AccountForm>) -> Response {
    let s = match admin(&app, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if let Err(r) = checked(&s, &f.csrf) {
        return r.into_response();
    }
    let (login, name) = (f.login.trim().to_owned(), f.name.trim().to_owned());
    let role = Role::parse(&f.role);
    let gender = Some(f.gender.as_str()).filter(|g| *g == "f" || *g == "m");
    let org_ok = app.bot.settings.handoff.organisation(&f.org).is_some();
    let taken = |app: &App, s: &Session| {
        let notice = page(app, s).t("console-login-taken");
        (StatusCode::BAD_REQUEST, notice)
    };
    let (Some(role), true, false, false) = (role, org_ok, login.is_empty(), name.is_empty()) else {
        let (status, notice) = taken(&app, &s);
        return accounts_page(&app, &s, status, Some(notice)).await;
    };
    let languages: Vec<String> =
        f.languages.split(',').map(|l| l.trim().to_owned()).filter(|l| app.bot.i18n.has_language(l)).collect();
    let password = auth::one_time_password();
    let hash = {
        let p = password.clone();
        match tokio::task::spawn_blocking(move || auth::hash_password(&p)).await {
            Ok(Ok(h)) => h,
            _ => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    };
    let new = crate::store::NewCounsellor {
        login: &login,
        name: &name,
        org: &f.org,
        role,
        languages: &languages,
        gender,
        password_hash: &hash,
    };
    match app.store.add_counsellor(&new, clock()).await {
        Ok(_) => {
            let _ = app.store.audit_now(Some(s.who.id), Some(&s.who.org), "add_account", None, clock()).await;
            let notice = page(&app, &s).t_with("console-one-time", &[("login", &login), ("password", &password)]);
            accounts_page(&app, &s, StatusCode::OK, Some(notice)).await
        }
        Err(_) => {
            let (status, notice) = taken(&app, &s);
            accounts_page(&app, &s, status, Some(notice)).await
        }
    }
}

async fn disable_account(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Response {
    set_disabled(app, headers, id, f, true).await
}

async fn enable_account(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Response {
    set_disabled(app, headers, id, f, false).await
}

async fn set_disabled(app: Arc<App>, headers: HeaderMap, id: i64, f: CsrfForm, disabled: bool) -> Response {
    let s = match admin(&app, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if let Err(r) = checked(&s, &f.csrf) {
        return r.into_response();
    }
    match app.store.set_disabled(id, disabled, &s.who, clock()).await {
        Ok(true) => Redirect::to("/console/accounts").into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable(e),
    }
}

async fn ticket(State(app): State<Arc<App>>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let s = match session(&app, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    show_ticket(&app, &s, id, StatusCode::OK, None, "").await
}

/// The ticket page, with a notice and the reply text to keep in the form (never lose a reply).
async fn show_ticket(
    app: &App,
    s: &Session,
    id: i64,
    status: StatusCode,
    notice: Option<String>,
    draft: &str,
) -> Response {
    let t = match app.store.ticket(id, s.who.scope()).await {
        Ok(Some(t)) => t,
        Ok(None) => return (StatusCode::NOT_FOUND, Html(page(app, s).message("console-not-found"))).into_response(),
        Err(e) => return unavailable(e),
    };
    let _ = app.store.audit_now(Some(s.who.id), Some(&s.who.org), "view", Some(id), clock()).await;
    let (history, notes, colleagues) =
        match (app.store.history(t.contact_id).await, app.store.notes(id).await, app.store.colleagues(&t.org).await) {
            (Ok(h), Ok(n), Ok(c)) => (h, n, c),
            (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => return unavailable(e),
        };
    let html = page(app, s).ticket(&t, &history, &notes, &colleagues, notice.as_deref(), draft);
    (status, Html(html)).into_response()
}

async fn history_fragment(State(app): State<Arc<App>>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let s = match session(&app, &headers).await {
        Ok(s) => s,
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let t = match app.store.ticket(id, s.who.scope()).await {
        Ok(Some(t)) => t,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable(e),
    };
    match app.store.history(t.contact_id).await {
        Ok(h) => Html(page(&app, &s).history(&t, &h)).into_response(),
        Err(e) => unavailable(e),
    }
}

/// Something changed: wake the senders and the consoles.
fn changed(app: &App) {
    app.outbox.notify_waiters();
    app.console.send_modify(|n| *n += 1);
}

async fn claim(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<CsrfForm>,
) -> Response {
    let s = match posted(&app, &headers, &f.csrf).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let t = match visible(&app, &s, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let lang = t.lang.as_deref().unwrap_or(crate::i18n::DEFAULT_LANG);
    let mut args = Args::new();
    args.insert("name".into(), s.who.name.clone());
    let joined = app.bot.i18n.format(lang, crate::engine::messages::HANDOFF_JOINED, &args);
    let status = channels::reply_status(&t.channel);
    match app.store.claim(id, &s.who, &joined, status, clock()).await {
        Ok(Claim::Claimed) => {
            changed(&app);
            Redirect::to(&format!("/console/tickets/{id}")).into_response()
        }
        Ok(Claim::Taken { by }) => {
            let notice = page(&app, &s).t_with("console-claimed-by-other", &[("name", &by)]);
            show_ticket(&app, &s, id, StatusCode::CONFLICT, Some(notice), "").await
        }
        Ok(Claim::WantsGender(g)) => {
            let p = page(&app, &s);
            let notice = p.t_with("console-wants-gender", &[("gender", &p.t(&format!("console-gender-{g}")))]);
            show_ticket(&app, &s, id, StatusCode::CONFLICT, Some(notice), "").await
        }
        Ok(Claim::Closed) => {
            let notice = page(&app, &s).t("console-ticket-closed");
            show_ticket(&app, &s, id, StatusCode::CONFLICT, Some(notice), "").await
        }
        Ok(Claim::NotFound) => {
            (StatusCode::NOT_FOUND, Html(page(&app, &s).message("console-not-found"))).into_response()
        }
        Err(e) => unavailable(e),
    }
}

#[derive(Deserialize)]
pub struct TextForm {
    csrf: String,
    #[serde(default)]
    text: String,
    /// A canned reply's message id (`canned-*`), sent in the user's language instead of `text`.
    #[serde(default)]
    canned: Option<String>,
}

/// Canned replies: messages whose id starts with this, listed in the console.
pub const CANNED: &str = "canned-";

/// What a refused action tells the counsellor (the text they wrote stays in the form).
async fn refused(app: &App, s: &Session, id: i64, act: Act, draft: &str) -> Response {
    let p = page(app, s);
    let notice = match act {
        Act::Closed => p.t("console-ticket-closed"),
        Act::NotHolder { holder: Some(name) } => p.t_with("console-not-holder", &[("name", &name)]),
        Act::NotHolder { holder: None } => p.t("console-not-claimed"),
        Act::NotFound => {
            return (StatusCode::NOT_FOUND, Html(p.message("console-not-found"))).into_response();
        }
        Act::Done(_) => return Redirect::to(&format!("/console/tickets/{id}")).into_response(),
    };
    show_ticket(app, s, id, StatusCode::CONFLICT, Some(notice), draft).await
}

async fn reply(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<TextForm>,
) -> Response {
    let s = match posted(&app, &headers, &f.csrf).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let t = match visible(&app, &s, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let channel = t.channel;
    let text = match f.canned.as_deref().filter(|c| !c.is_empty()) {
        Some(c) if c.starts_with(CANNED) && app.bot.i18n.ids_with_prefix(CANNED).iter().any(|i| i == c) => {
            app.bot.i18n.format(t.lang.as_deref().unwrap_or(crate::i18n::DEFAULT_LANG), c, &Args::new())
        }
        Some(_) => return StatusCode::BAD_REQUEST.into_response(),
        None => crate::text::clean(&f.text),
    };
    if text.is_empty() {
        return Redirect::to(&format!("/console/tickets/{id}")).into_response();
    }
    match app.store.counsellor_reply(id, &s.who, &text, channels::reply_status(&channel), clock()).await {
        Ok(Act::Done(_)) => {
            changed(&app);
            Redirect::to(&format!("/console/tickets/{id}")).into_response()
        }
        Ok(act) => refused(&app, &s, id, act, &text).await,
        Err(e) => unavailable(e),
    }
}

async fn note(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<TextForm>,
) -> Response {
    let s = match posted(&app, &headers, &f.csrf).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let text = crate::text::clean(&f.text);
    if text.is_empty() {
        return Redirect::to(&format!("/console/tickets/{id}")).into_response();
    }
    match app.store.add_note(id, &s.who, &text, clock()).await {
        Ok(Act::Done(_)) => Redirect::to(&format!("/console/tickets/{id}")).into_response(),
        Ok(act) => refused(&app, &s, id, act, "").await,
        Err(e) => unavailable(e),
    }
}

#[derive(Deserialize)]
pub struct TransferForm {
    csrf: String,
    /// `c:<counsellor id>` or `o:<organisation id>`.
    to: String,
}

async fn transfer(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<TransferForm>,
) -> Response {
    let s = match posted(&app, &headers, &f.csrf).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let t = match visible(&app, &s, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    let status = channels::reply_status(&t.channel);
    let lang = t.lang.as_deref().unwrap_or(crate::i18n::DEFAULT_LANG);
    let (to, joined) = match f.to.split_once(':') {
        Some(("o", org)) if app.bot.settings.handoff.organisation(org).is_some() => (Transfer::Organisation(org), None),
        Some(("c", c)) => {
            let Ok(target) = c.parse::<i64>() else { return StatusCode::BAD_REQUEST.into_response() };
            let name = match app.store.counsellor_name(target, &t.org).await {
                Ok(Some(n)) => n,
                Ok(None) => return StatusCode::BAD_REQUEST.into_response(),
                Err(e) => return unavailable(e),
            };
            let mut args = Args::new();
            args.insert("name".into(), name);
            (
                Transfer::Counsellor(target),
                Some(app.bot.i18n.format(lang, crate::engine::messages::HANDOFF_JOINED, &args)),
            )
        }
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    match app.store.transfer(id, &s.who, to, joined.as_deref(), status, clock()).await {
        Ok(Act::Done(_)) => {
            changed(&app);
            Redirect::to("/console").into_response()
        }
        Ok(act) => refused(&app, &s, id, act, "").await,
        Err(e) => unavailable(e),
    }
}

/// `POST /console/tickets/{id}/case`: corrected case fields (`field.NAME=value`).
async fn edit_case(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let s = match session(&app, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let csrf = form.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str()).unwrap_or_default();
    if let Err(r) = checked(&s, csrf) {
        return r.into_response();
    }
    let changes: std::collections::BTreeMap<String, String> = form
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("field.").map(|k| (k.to_owned(), crate::text::clean(v))))
        .collect();
    match app.store.edit_case(id, &s.who, &changes, clock()).await {
        Ok(Act::Done(_)) => Redirect::to(&format!("/console/tickets/{id}")).into_response(),
        Ok(act) => refused(&app, &s, id, act, "").await,
        Err(e) => unavailable(e),
    }
}

/// Outcome categories a counsellor closes a ticket with (`console-outcome-*` messages).
pub const OUTCOMES: [&str; 5] = ["resolved", "referred", "information", "no_response", "other"];

#[derive(Deserialize)]
pub struct CloseForm {
    csrf: String,
    outcome: String,
}

async fn close(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<CloseForm>,
) -> Response {
    let s = match posted(&app, &headers, &f.csrf).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !OUTCOMES.contains(&f.outcome.as_str()) {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let t = match visible(&app, &s, id).await {
        Ok(t) => t,
        Err(r) => return r,
    };
    // The user returns to the bot at the rating question, in their language.
    let state = engine::State { lang: t.lang.clone(), ..Default::default() };
    let env = Env { now: clock(), entropy: crate::bot::entropy() };
    let outcome = engine::enter(&app.bot, &state, reserved::RATING, &env);
    let pos = outcome.state.at.clone().unwrap_or(engine::Pos { flow: reserved::RATING.into(), step: String::new() });
    let replies: Vec<Reply> = outcome.replies;
    let status = channels::reply_status(&t.channel);
    match app.store.close_ticket(id, &s.who, &f.outcome, (&pos.flow, &pos.step), &replies, status, clock()).await {
        Ok(Act::Done(_)) => {
            changed(&app);
            Redirect::to("/console").into_response()
        }
        Ok(act) => refused(&app, &s, id, act, "").await,
        Err(e) => unavailable(e),
    }
}

/// Background work of the console: claims without activity return to the queue.
pub async fn expire_claims(app: Arc<App>, mut stop: tokio::sync::watch::Receiver<bool>) {
    let timeout = Span::minutes(app.bot.settings.handoff.claim_timeout_minutes);
    loop {
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(30)) => {}
            _ = stop.changed() => return,
        }
        let now = clock();
        match app.store.expire_claims(now - timeout, now).await {
            Ok(ids) if !ids.is_empty() => {
                tracing::info!(tickets = ids.len(), "claims without activity returned to the queue");
                changed(&app);
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "expiring claims failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dummy_hash_is_a_real_argon2id_hash_so_unknown_logins_cost_the_same() {
        let parsed = argon2::password_hash::PasswordHash::new(DUMMY_HASH).expect("a valid PHC string");
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        let real = auth::hash_password("x").unwrap();
        let params = |h: &str| h.split('$').nth(3).unwrap().to_owned();
        assert_eq!(params(DUMMY_HASH), params(&real), "the same cost as real hashes");
        assert!(!auth::verify_password("x", DUMMY_HASH));
    }
}

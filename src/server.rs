//! `pelita serve`: one axum server for the webhooks, the web chat, health and metrics; the
//! pipeline (inbound) and the channel senders (outbound) run beside it.
use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use crate::bot::Bot;
use crate::channels::{self, web};
use crate::console;
use crate::metrics::Metrics;
use crate::pipeline::Pipeline;
use crate::store::{Changes, Store};

/// What every request handler shares.
pub struct App {
    pub bot: Arc<Bot>,
    pub store: Store,
    pub pipeline: Pipeline,
    pub metrics: Arc<Metrics>,
    pub channels: channels::Enabled,
    /// Notified when the outbox may hold new rows (a counsellor's reply).
    pub outbox: Arc<Notify>,
    /// Bumped whenever tickets or conversations may have changed; consoles listen.
    pub console: watch::Sender<u64>,
    /// Turns true when the server begins to shut down: endless responses (the consoles'
    /// event streams) end, so that graceful shutdown does not wait for them.
    pub closing: watch::Receiver<bool>,
}

pub fn router(app: Arc<App>) -> Router {
    let mut router = Router::new()
        .route("/", get(web::page))
        .route("/web/send", post(web::send))
        .route("/web/replies", get(web::replies))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics));
    router = channels::routes(router, &app.channels);
    router = console::routes(router);
    router.with_state(app)
}

async fn healthz(State(app): State<Arc<App>>) -> Response {
    match app.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

async fn metrics(State(app): State<Arc<App>>) -> Response {
    let backlog = app.store.outbox_backlog().await.unwrap_or(-1);
    ([("content-type", "text/plain; version=0.0.4")], app.metrics.render(backlog)).into_response()
}

/// Runs the server on `listener` until `shutdown` resolves, then finishes in-flight work: the
/// requests being answered, the batch being committed, the sends under way.
pub async fn serve(
    bot: Bot,
    store: Store,
    channels: channels::Enabled,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let bot = Arc::new(bot);
    let metrics = Arc::new(Metrics::default());
    let outbox = Arc::new(Notify::new());
    let (console_tx, _) = watch::channel(0u64);
    let (closing_tx, closing_rx) = watch::channel(false);
    let (pipeline, writer) = Pipeline::start(
        bot.clone(),
        store.clone(),
        metrics.clone(),
        outbox.clone(),
        console_tx.clone(),
        channels::reply_status,
    );
    let (stop_in, stop_in_rx) = watch::channel(false);
    let (stop_out, stop_out_rx) = watch::channel(false);
    channels.log();
    let tasks = channels::start(&channels, &store, &metrics, &outbox, &pipeline, stop_in_rx, stop_out_rx.clone());
    let app = Arc::new(App {
        bot,
        store: store.clone(),
        pipeline,
        metrics,
        channels,
        outbox: outbox.clone(),
        console: console_tx,
        closing: closing_rx,
    });
    let expiry = tokio::spawn(console::expire_claims(app.clone(), stop_out_rx.clone()));
    let retention = tokio::spawn(retention(
        store.clone(),
        app.bot.settings.retention_days,
        app.console.clone(),
        app.metrics.clone(),
        stop_out_rx.clone(),
    ));
    // Several instances on one PostgreSQL database: what another instance changed wakes this
    // one's consoles and senders too.
    let listening = store
        .changes()
        .await?
        .map(|changes| tokio::spawn(forward_changes(changes, app.console.clone(), outbox.clone())));
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "listening");
    let shutdown = async move {
        shutdown.await;
        let _ = closing_tx.send(true);
    };
    axum::serve(listener, router(app.clone())).with_graceful_shutdown(shutdown).await?;
    tracing::info!("shutting down: finishing in-flight work");
    // Order matters: no more inbound (polling stops), then the writer drains its queue once the
    // last Pipeline handle is gone, then the senders send what it queued and stop.
    let _ = stop_in.send(true);
    for t in tasks.inbound {
        let _ = t.await;
    }
    // The claim-expiry job holds the App (and so a Pipeline handle): stop it first.
    expiry.abort();
    let _ = expiry.await;
    retention.abort();
    let _ = retention.await;
    if let Some(l) = listening {
        l.abort();
        let _ = l.await;
    }
    drop(app);
    let _ = writer.await;
    let _ = stop_out.send(true);
    for t in tasks.outbound {
        let _ = t.await;
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// The retention job: at start and then every hour, erases the contacts without activity for
/// `days` days (0: never). It takes [`RETENTION_BATCH`] contacts per transaction and pauses
/// between them, so that the pipeline keeps the writer for most of the time even when years of
/// contacts are due at once. Every instance may run it at once (the store skips contacts
/// another instance is erasing).
async fn retention(
    store: Store,
    days: u32,
    console: watch::Sender<u64>,
    metrics: Arc<Metrics>,
    mut stop: watch::Receiver<bool>,
) {
    if days == 0 {
        return;
    }
    let mut wait = std::time::Duration::ZERO;
    let mut erased = 0u64;
    loop {
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            _ = stop.changed() => return,
        }
        let now = crate::bot::clock();
        let before = now - chrono::Duration::days(i64::from(days));
        wait = match store.erase_inactive(before, RETENTION_BATCH, now).await {
            Ok(n) => {
                erased += n;
                if n > 0 {
                    metrics.erased(n);
                    console.send_modify(|n| *n += 1);
                }
                if n == RETENTION_BATCH as u64 {
                    RETENTION_PAUSE
                } else {
                    if erased > 0 {
                        tracing::info!(contacts = erased, days, "erased contacts without activity (retention)");
                    }
                    erased = 0;
                    RETENTION_EVERY
                }
            }
            Err(e) => {
                metrics.error();
                tracing::error!(error = %e, "erasing inactive contacts failed; trying again in an hour");
                RETENTION_EVERY
            }
        };
    }
}

/// Contacts erased per transaction by the retention job, the pause between two such
/// transactions, and how often it looks for contacts to erase.
const RETENTION_BATCH: i64 = 100;
const RETENTION_PAUSE: std::time::Duration = std::time::Duration::from_millis(200);
const RETENTION_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Wakes this instance's console event streams and senders on every change announced on the
/// database (by any instance).
async fn forward_changes(mut changes: Changes, console: watch::Sender<u64>, outbox: Arc<Notify>) {
    loop {
        match changes.next().await {
            Ok(()) => {
                console.send_modify(|n| *n += 1);
                outbox.notify_waiters();
            }
            Err(e) => {
                tracing::warn!(error = %e, "listening for other instances' changes failed; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

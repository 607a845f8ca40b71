//! Channels: the edges where users reach Pelita. Each turns what its platform sends into
//! [`crate::store::Arrival`]s and renders [`crate::engine::Reply`]s the way its platform shows them.
//! Invariant: only a channel module knows its platform's formats; channels never call each other.
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::metrics::Metrics;
use crate::pipeline::Pipeline;
use crate::server::App;
use crate::store::Store;

pub mod outbox;
pub mod telegram;
pub mod terminal;
pub mod web;
pub mod whatsapp;

/// The channels this server runs besides the web chat, with their settings.
#[derive(Clone, Default)]
pub struct Enabled {
    pub telegram: Option<Arc<telegram::Telegram>>,
    pub whatsapp: Option<Arc<whatsapp::WhatsApp>>,
    /// Why a channel is off, for the log.
    off: Vec<(&'static str, String)>,
}

impl Enabled {
    /// The channels the configuration turns on.
    pub fn from_config(config: &crate::config::Config, bot: &crate::bot::Bot) -> anyhow::Result<Enabled> {
        let mut enabled = Enabled::default();
        match &config.telegram {
            Ok(t) => enabled.telegram = Some(Arc::new(telegram::Telegram::new(t)?)),
            Err(why) => enabled.off.push(("telegram", why.clone())),
        }
        match &config.whatsapp {
            Ok(w) => enabled.whatsapp = Some(Arc::new(whatsapp::WhatsApp::new(w.clone(), bot)?)),
            Err(why) => enabled.off.push(("whatsapp", why.clone())),
        }
        Ok(enabled)
    }

    /// Logs which channels are on, and why the others are off.
    pub fn log(&self) {
        tracing::info!("web chat: on, at /");
        if let Some(t) = &self.telegram {
            match t.secret {
                Some(_) => tracing::info!("telegram: on, webhook at /webhooks/telegram"),
                None => tracing::info!("telegram: on, long polling (TELEGRAM_WEBHOOK_SECRET is not set)"),
            }
        }
        if self.whatsapp.is_some() {
            tracing::info!("whatsapp: on, webhook at /webhooks/whatsapp");
        }
        for (channel, why) in &self.off {
            tracing::info!("{channel}: off ({why})");
        }
    }
}

/// Adds the webhook routes of the enabled channels.
pub fn routes(router: Router<Arc<App>>, enabled: &Enabled) -> Router<Arc<App>> {
    let mut router = router;
    if enabled.telegram.as_ref().is_some_and(|t| t.secret.is_some()) {
        router = router.route("/webhooks/telegram", post(telegram::webhook));
    }
    if enabled.whatsapp.is_some() {
        router = router.route(
            "/webhooks/whatsapp",
            get(whatsapp::verify).post(whatsapp::webhook).layer(DefaultBodyLimit::max(whatsapp::MAX_BODY)),
        );
    }
    router
}

/// The status a channel's replies are stored in: `pending` where a sender delivers them,
/// `delivered` where the channel shows them itself (terminal, web chat). The one place that knows.
pub fn reply_status(channel: &str) -> &'static str {
    match channel {
        telegram::CHANNEL | whatsapp::CHANNEL => "pending",
        _ => "delivered",
    }
}

/// Background tasks of the channels: inbound ones (long polling) stop first, outbound ones (the
/// senders) after the pipeline has committed its last batch.
#[derive(Default)]
pub struct Tasks {
    pub inbound: Vec<JoinHandle<()>>,
    pub outbound: Vec<JoinHandle<()>>,
}

pub fn start(
    enabled: &Enabled,
    store: &Store,
    metrics: &Arc<Metrics>,
    outbox: &Arc<Notify>,
    pipeline: &Pipeline,
    stop_inbound: watch::Receiver<bool>,
    stop_outbound: watch::Receiver<bool>,
) -> Tasks {
    let mut tasks = Tasks::default();
    if let Some(t) = &enabled.telegram {
        tasks.outbound.push(tokio::spawn(outbox::run(
            t.clone(),
            store.clone(),
            metrics.clone(),
            outbox.clone(),
            stop_outbound.clone(),
        )));
        if t.secret.is_none() {
            tasks.inbound.push(tokio::spawn(telegram::poll(t.clone(), pipeline.clone(), store.clone(), stop_inbound)));
        }
    }
    if let Some(w) = &enabled.whatsapp {
        tasks.outbound.push(tokio::spawn(outbox::run(
            w.clone(),
            store.clone(),
            metrics.clone(),
            outbox.clone(),
            stop_outbound,
        )));
    }
    tasks
}

/// Compares secrets without leaking, through timing, how much of them matched.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Splits a text into pieces of at most `max` characters, at paragraph, sentence or word
/// boundaries when it can (a Telegram message holds 4096 characters).
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = text.trim();
    while rest.chars().count() > max {
        let cut = rest.char_indices().nth(max).map_or(rest.len(), |(i, _)| i);
        let window = &rest[..cut];
        let at = ["\n\n", "\n", ". ", "! ", "? ", " "]
            .iter()
            .filter_map(|sep| window.rfind(sep).map(|i| i + sep.len()))
            .find(|&i| i > cut / 2)
            .unwrap_or(cut);
        pieces.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest.to_owned());
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_split_at_sentences_within_the_limit() {
        let text = "Kalimat pertama cukup panjang. ".repeat(300);
        let pieces = split_text(&text, 4096);
        assert!(pieces.len() >= 3);
        for p in &pieces {
            assert!(p.chars().count() <= 4096);
            assert!(p.ends_with('.'), "cut inside a sentence: {:?}", &p[p.len() - 20..]);
        }
        assert_eq!(pieces.join(" "), text.trim());
    }

    #[test]
    fn a_text_without_spaces_is_cut_hard_and_short_texts_stay_whole() {
        let text = "x".repeat(10_000);
        let pieces = split_text(&text, 4096);
        assert_eq!(pieces.iter().map(|p| p.len()).collect::<Vec<_>>(), [4096, 4096, 1808]);
        assert_eq!(split_text("halo", 4096), ["halo"]);
        let emoji = "😀".repeat(5000);
        assert!(split_text(&emoji, 4096).iter().all(|p| p.chars().count() <= 4096));
    }
}

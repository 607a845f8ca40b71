//! Channels: the edges where users reach Pelita. Each turns what its platform sends into
//! [`crate::store::Arrival`]s and renders [`crate::engine::Reply`]s the way its platform shows them.
//! Invariant: only a channel module knows its platform's formats; channels never call each other.
use std::sync::Arc;

use axum::Router;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::metrics::Metrics;
use crate::pipeline::Pipeline;
use crate::server::App;
use crate::store::Store;

pub mod outbox;
pub mod terminal;
pub mod web;

/// The channels this server runs besides the web chat, with their settings.
#[derive(Clone, Default)]
pub struct Enabled {}

impl Enabled {
    /// The channels the configuration turns on.
    pub fn from_config(_config: &crate::config::Config) -> anyhow::Result<Enabled> {
        Ok(Enabled {})
    }

    /// Logs which channels are on, and why the others are off.
    pub fn log(&self) {
        tracing::info!("web chat: on, at /");
    }
}

/// Adds the webhook routes of the enabled channels.
pub fn routes(router: Router<Arc<App>>, _enabled: &Enabled) -> Router<Arc<App>> {
    router
}

/// The status a channel's replies are stored in: `pending` where a sender delivers them.
pub fn reply_status(channel: &str) -> &'static str {
    match channel {
        "telegram" | "whatsapp" => "pending",
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
    _enabled: &Enabled,
    _store: &Store,
    _metrics: &Arc<Metrics>,
    _outbox: &Arc<Notify>,
    _pipeline: &Pipeline,
    _stop_inbound: watch::Receiver<bool>,
    _stop_outbound: watch::Receiver<bool>,
) -> Tasks {
    Tasks::default()
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

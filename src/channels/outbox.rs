//! The sender loop shared by channels that deliver replies through a platform API: it takes due
//! rows from the outbox (the oldest unsent reply of each conversation, so order is kept), paces
//! them (per chat and overall), sends them concurrently, and records every result in one commit.
//!
//! Delivery is at least once: a process killed after the platform accepted a message but before
//! the result was committed sends that message again after restart. The window is one round
//! trip to the platform, so duplicates are rare; losing a reply is never possible.
use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::bot::clock;
use crate::metrics::Metrics;
use crate::store::{OutboxItem, SendResult, Store};

/// How many rows one round takes.
const ROUND: i64 = 256;
/// The longest a sender sleeps without looking at the outbox (backoffs and held rows expire).
const IDLE_POLL: Duration = Duration::from_secs(1);

/// A platform client that can deliver one reply.
pub trait Sender: Send + Sync + 'static {
    fn channel(&self) -> &'static str;
    /// Sends one reply and says what became of it. Never panics on platform errors.
    fn send(&self, item: OutboxItem) -> impl Future<Output = SendResult> + Send;
    /// The least time between two messages to one chat (Telegram asks for one per second).
    fn per_chat_interval(&self) -> Duration;
    /// Messages per second over all chats; 0 for no limit.
    fn global_rate(&self) -> u32;
}

/// Retry delays after a temporary failure: 1 s, 2 s, 4 s … up to 5 minutes.
pub fn backoff(attempts: i64) -> Duration {
    Duration::from_secs(1u64 << attempts.clamp(0, 8)).min(Duration::from_secs(300))
}

/// Runs until `stop` turns true and nothing is ready to send.
pub async fn run<S: Sender>(
    sender: Arc<S>,
    store: Store,
    metrics: Arc<Metrics>,
    ready: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) {
    let channel = sender.channel();
    let per_chat = sender.per_chat_interval();
    let spacing = match sender.global_rate() {
        0 => Duration::ZERO,
        r => Duration::from_secs(1) / r,
    };
    let mut next_for_chat: HashMap<i64, Instant> = HashMap::new();
    let mut next_slot = Instant::now();
    loop {
        let notified = ready.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let due = match store.due_outbox(channel, clock(), ROUND).await {
            Ok(due) => due,
            Err(e) => {
                tracing::error!(channel, error = %e, "reading the outbox failed");
                metrics.error();
                tokio::time::sleep(IDLE_POLL).await;
                continue;
            }
        };
        let now = Instant::now();
        next_for_chat.retain(|_, t| *t > now);
        let (ready_now, waiting): (Vec<OutboxItem>, Vec<OutboxItem>) =
            due.into_iter().partition(|i| next_for_chat.get(&i.contact_id).is_none_or(|t| *t <= now));
        if ready_now.is_empty() {
            if *stop.borrow() {
                return;
            }
            let wake = waiting
                .iter()
                .filter_map(|i| next_for_chat.get(&i.contact_id))
                .min()
                .map_or(IDLE_POLL, |t| t.saturating_duration_since(now).min(IDLE_POLL));
            tokio::select! {
                () = &mut notified => {}
                () = tokio::time::sleep(wake) => {}
                _ = stop.changed() => {}
            }
            continue;
        }
        let mut sends = JoinSet::new();
        for item in ready_now {
            if !spacing.is_zero() {
                next_slot = next_slot.max(Instant::now());
                tokio::time::sleep_until(next_slot).await;
                next_slot += spacing;
            }
            if !per_chat.is_zero() {
                next_for_chat.insert(item.contact_id, Instant::now() + per_chat);
            }
            let sender = sender.clone();
            sends.spawn(async move {
                let result = sender.send(item.clone()).await;
                (item, result)
            });
        }
        let mut results = Vec::new();
        while let Some(done) = sends.join_next().await {
            match done {
                Ok(r) => results.push(r),
                Err(e) => {
                    // A panicking send leaves its row pending: it is tried again next round.
                    tracing::error!(channel, error = %e, "a send task failed");
                    metrics.error();
                }
            }
        }
        let sent = results.iter().filter(|(_, r)| matches!(r, SendResult::Sent { .. })).count();
        metrics.outbound(channel, sent as u64);
        for (_, r) in &results {
            if let SendResult::Failed { error, .. } | SendResult::Retry { error, .. } = r {
                tracing::warn!(channel, error = %error, "sending a reply failed");
                metrics.error();
            }
        }
        if let Err(e) = store.record_sends(&results, clock()).await {
            // Not recorded: the rows stay pending and go out again (at least once).
            tracing::error!(channel, error = %e, "recording sends failed");
            metrics.error();
            tokio::time::sleep(IDLE_POLL).await;
        }
    }
}

//! The sender loop shared by channels that deliver replies through a platform API: it takes due
//! rows from the outbox (the oldest unsent reply of each conversation, so order is kept), paces
//! them (per chat and overall), sends them concurrently, and records every result in one commit.
//!
//! Delivery is at least once: a process killed after the platform accepted a message but before
//! the result was committed sends that message again after restart. The window is one round
//! trip to the platform, so duplicates are rare; losing a reply is never possible.
use std::collections::{HashMap, HashSet};
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
/// How long results are gathered before they are recorded together.
const GATHER: Duration = Duration::from_millis(2);
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
///
/// Sends are pipelined: new due rows are fetched while earlier sends are still in flight (a row
/// in flight is never fetched twice), and results are recorded as they come back, many per commit.
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
    let mut in_flight: HashSet<i64> = HashSet::new();
    let mut sends: JoinSet<(OutboxItem, SendResult)> = JoinSet::new();
    let mut done: Vec<(OutboxItem, SendResult)> = Vec::new();
    // Whether the outbox may hold rows we have not looked at yet.
    let mut look = true;
    loop {
        let notified = ready.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let mut wake = IDLE_POLL;
        if look && in_flight.len() < ROUND as usize {
            look = false;
            match store.due_outbox(channel, clock(), ROUND).await {
                Ok(due) => {
                    let now = Instant::now();
                    next_for_chat.retain(|_, t| *t > now);
                    for item in due {
                        if in_flight.contains(&item.id) {
                            continue;
                        }
                        if let Some(t) = next_for_chat.get(&item.contact_id).filter(|t| **t > now) {
                            wake = wake.min(t.saturating_duration_since(now));
                            continue;
                        }
                        if !spacing.is_zero() {
                            next_slot = next_slot.max(Instant::now());
                            tokio::time::sleep_until(next_slot).await;
                            next_slot += spacing;
                        }
                        if !per_chat.is_zero() {
                            next_for_chat.insert(item.contact_id, Instant::now() + per_chat);
                        }
                        in_flight.insert(item.id);
                        let sender = sender.clone();
                        sends.spawn(async move {
                            let result = sender.send(item.clone()).await;
                            (item, result)
                        });
                    }
                }
                Err(e) => {
                    tracing::error!(channel, error = %e, "reading the outbox failed");
                    metrics.error();
                }
            }
        }
        // Collect whatever finished; record it in one commit.
        while let Some(r) = sends.try_join_next() {
            collect(r, channel, &metrics, &mut done);
        }
        if done.is_empty() && sends.is_empty() {
            if *stop.borrow() {
                return;
            }
            tokio::select! {
                () = &mut notified => look = true,
                () = tokio::time::sleep(wake) => look = true,
                _ = stop.changed() => look = true,
            }
            continue;
        }
        if done.is_empty() {
            tokio::select! {
                r = sends.join_next() => {
                    if let Some(r) = r {
                        collect(r, channel, &metrics, &mut done);
                    }
                }
                () = &mut notified => look = true,
                () = tokio::time::sleep(wake) => look = true,
            }
            if done.is_empty() {
                continue;
            }
        }
        // Results trickle in; gather those of the next moment so that one commit records many.
        let gather = tokio::time::sleep(GATHER);
        tokio::pin!(gather);
        while !sends.is_empty() && done.len() < ROUND as usize {
            tokio::select! {
                r = sends.join_next() => {
                    if let Some(r) = r {
                        collect(r, channel, &metrics, &mut done);
                    }
                }
                () = &mut gather => break,
            }
        }
        for (item, _) in &done {
            in_flight.remove(&item.id);
        }
        if let Err(e) = store.record_sends(&done, clock()).await {
            // Not recorded: the rows stay pending and go out again (at least once).
            tracing::error!(channel, error = %e, "recording sends failed");
            metrics.error();
            tokio::time::sleep(IDLE_POLL).await;
        }
        done.clear();
        // A recorded send may unblock the conversation's next reply.
        look = true;
    }
}

fn collect(
    r: Result<(OutboxItem, SendResult), tokio::task::JoinError>,
    channel: &str,
    metrics: &Metrics,
    done: &mut Vec<(OutboxItem, SendResult)>,
) {
    match r {
        Ok((item, result)) => {
            match &result {
                SendResult::Sent { .. } => metrics.outbound(channel, 1),
                SendResult::Failed { error, .. } | SendResult::Retry { error, .. } => {
                    tracing::warn!(channel, error = %error, "sending a reply failed");
                    metrics.error();
                }
                SendResult::Held { .. } => {}
            }
            done.push((item, result));
        }
        Err(e) => {
            // A panicking send leaves its row pending and in flight; a restart sends it again.
            tracing::error!(channel, error = %e, "a send task failed");
            metrics.error();
        }
    }
}

//! The pipeline: every arrival from every channel goes through one writer task that groups what
//! arrives together into one transaction (a group commit) and answers each submitter after the
//! commit. One writer keeps a conversation's messages in arrival order; grouping many
//! conversations' messages into one commit is what makes SQLite fast (see ARCHITECTURE.md).
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{Notify, mpsc, oneshot, watch};
use tokio::task::JoinHandle;

use crate::bot::Bot;
use crate::engine::Effect;
use crate::metrics::Metrics;
use crate::store::{Arrival, Ingested, Store};

/// The most arrivals one commit takes.
const MAX_BATCH: usize = 512;
/// Unprocessed rows picked up at a time when the pipeline starts.
const RECOVERY_BATCH: i64 = 256;

struct Job {
    arrivals: Vec<Arrival>,
    received: Instant,
    done: oneshot::Sender<Result<Vec<Ingested>, String>>,
}

/// A handle to submit arrivals; cheap to clone.
#[derive(Clone)]
pub struct Pipeline {
    tx: mpsc::Sender<Job>,
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("the pipeline has stopped")]
    Stopped,
    #[error("storing failed: {0}")]
    Store(String),
}

impl Pipeline {
    /// Starts the writer. It first processes inbound rows left unprocessed by an earlier run.
    /// `sent` is notified after each commit that may have queued replies.
    pub fn start(
        bot: Arc<Bot>,
        store: Store,
        metrics: Arc<Metrics>,
        sent: Arc<Notify>,
        console: watch::Sender<u64>,
        reply_status: fn(&str) -> &'static str,
    ) -> (Pipeline, JoinHandle<()>) {
        let (tx, rx) = mpsc::channel(4096);
        // The writer runs on a thread of its own: on the shared runtime it would wait behind
        // hundreds of ready HTTP tasks each time the database answers one of its statements.
        let handle = tokio::task::spawn_blocking(move || {
            match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                Ok(rt) => rt.block_on(run(bot, store, metrics, sent, console, rx, reply_status)),
                Err(e) => tracing::error!(error = %e, "could not start the pipeline's writer thread"),
            }
        });
        (Pipeline { tx }, handle)
    }

    /// Stores and processes the arrivals; returns after they are committed.
    pub async fn submit(&self, arrivals: Vec<Arrival>) -> Result<Vec<Ingested>, PipelineError> {
        if arrivals.is_empty() {
            return Ok(Vec::new());
        }
        let (done, wait) = oneshot::channel();
        self.tx.send(Job { arrivals, received: Instant::now(), done }).await.map_err(|_| PipelineError::Stopped)?;
        wait.await.map_err(|_| PipelineError::Stopped)?.map_err(PipelineError::Store)
    }
}

async fn run(
    bot: Arc<Bot>,
    store: Store,
    metrics: Arc<Metrics>,
    sent: Arc<Notify>,
    console: watch::Sender<u64>,
    mut rx: mpsc::Receiver<Job>,
    reply_status: fn(&str) -> &'static str,
) {
    recover(&bot, &store, &metrics, reply_status).await;
    sent.notify_waiters();
    // Ends when every Pipeline handle is dropped and the queue is drained: in-flight work finishes.
    while let Some(first) = rx.recv().await {
        let mut jobs = vec![first];
        let mut count = jobs[0].arrivals.len();
        while count < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => {
                    count += job.arrivals.len();
                    jobs.push(job);
                }
                Err(_) => break,
            }
        }
        let batch: Vec<Arrival> = jobs.iter().flat_map(|j| j.arrivals.iter().cloned()).collect();
        let result = store.ingest(&batch, |a, state, _| bot.step(a, state, None)).await;
        metrics.batch();
        match result {
            Ok(mut results) => {
                for (a, r) in batch.iter().zip(&results) {
                    count_result(&metrics, a, r);
                }
                queue_notices(&bot, &store, &batch, &results).await;
                for job in jobs.into_iter().rev() {
                    let mine = results.split_off(results.len() - job.arrivals.len());
                    metrics.latency(job.received.elapsed());
                    let _ = job.done.send(Ok(mine));
                }
            }
            Err(e) => {
                // The whole transaction rolled back: nothing is acknowledged, the platforms retry.
                tracing::error!(error = %e, "storing a batch failed");
                metrics.error();
                for job in jobs {
                    let _ = job.done.send(Err(e.to_string()));
                }
            }
        }
        sent.notify_waiters();
        // Conversations changed (new messages, perhaps tickets): the consoles look again.
        console.send_modify(|n| *n += 1);
    }
}

/// Tells each user whose ticket this batch opened their place in the queue (and, when the
/// organisation is closed, when it opens), and answers case status queries. Stored after the
/// batch's commit: a crash in between loses this notice, never the ticket.
async fn queue_notices(bot: &Bot, store: &Store, batch: &[Arrival], results: &[Ingested]) {
    for (a, r) in batch.iter().zip(results) {
        let Ingested::Done(outcome) = r else { continue };
        for e in &outcome.effects {
            if let Effect::CaseStatus { code } = e {
                let lang = outcome.state.lang.as_deref().unwrap_or(crate::i18n::DEFAULT_LANG);
                let done = match store.case_status(&a.contact, code).await {
                    Ok(status) => {
                        let text = bot.case_status(lang, code, status.as_deref());
                        store.add_replies(&a.contact, &[text], a.reply_status, a.at).await
                    }
                    Err(e) => Err(e),
                };
                if let Err(e) = done {
                    tracing::error!(error = %e, "answering a case status query failed");
                }
            }
        }
        if !outcome.effects.iter().any(|e| matches!(e, Effect::Ticket(_))) {
            continue;
        }
        let lang = outcome.state.lang.as_deref().unwrap_or(crate::i18n::DEFAULT_LANG);
        let done = match store.queue_place(&a.contact).await {
            Ok(Some((org, position))) => {
                let texts = bot.queue_notice(lang, &org, position, a.at);
                store.add_replies(&a.contact, &texts, a.reply_status, a.at).await
            }
            // Already claimed (a counsellor was quick) or closed: nothing to say.
            Ok(None) => Ok(()),
            Err(e) => Err(e),
        };
        if let Err(e) = done {
            tracing::error!(error = %e, "storing a queue notice failed");
        }
    }
}

fn count_result(metrics: &Metrics, a: &Arrival, r: &Ingested) {
    let channel = a.contact.channel.as_str();
    match r {
        Ingested::Done(o) => {
            metrics.inbound(channel);
            // Replies stored as delivered have no sender to count them later.
            if a.reply_status == "delivered" {
                metrics.outbound(channel, o.replies.len() as u64);
            }
        }
        Ingested::Duplicate => metrics.duplicate(channel),
        Ingested::Failed(_) => metrics.error(),
    }
}

/// Processes inbound rows an earlier run stored but could not process.
async fn recover(bot: &Bot, store: &Store, metrics: &Metrics, reply_status: fn(&str) -> &'static str) {
    loop {
        let rows = match store.unprocessed(RECOVERY_BATCH, reply_status).await {
            Ok(rows) if !rows.is_empty() => rows,
            Ok(_) => return,
            Err(e) => {
                tracing::error!(error = %e, "reading unprocessed messages failed");
                return;
            }
        };
        let n = rows.len();
        match store.ingest(&rows, |a, state, _| bot.step(a, state, None)).await {
            Ok(results) => {
                let failed = results.iter().filter(|r| matches!(r, Ingested::Failed(_))).count();
                tracing::info!(processed = n - failed, failed, "processed messages left from an earlier run");
                for (a, r) in rows.iter().zip(&results) {
                    count_result(metrics, a, r);
                }
                if failed > 0 {
                    // Those fail again: leave them for the next start rather than spin.
                    return;
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "processing left-over messages failed");
                return;
            }
        }
    }
}

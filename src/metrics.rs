//! Prometheus text metrics, counted with atomics (no registry crate for a handful of series).
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// The channels metrics are kept for.
pub const CHANNELS: [&str; 4] = ["terminal", "web", "telegram", "whatsapp"];

/// Upper bounds of the processing-latency histogram, in seconds.
const BUCKETS: [f64; 12] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5];

#[derive(Default)]
pub struct Metrics {
    inbound: [AtomicU64; 4],
    outbound: [AtomicU64; 4],
    duplicates: [AtomicU64; 4],
    rejected: [AtomicU64; 4],
    errors: AtomicU64,
    latency_buckets: [AtomicU64; 12],
    latency_count: AtomicU64,
    latency_micros: AtomicU64,
    batches: AtomicU64,
    erased: AtomicU64,
}

fn index(channel: &str) -> usize {
    CHANNELS.iter().position(|c| *c == channel).unwrap_or(0)
}

impl Metrics {
    pub fn inbound(&self, channel: &str) {
        self.inbound[index(channel)].fetch_add(1, Relaxed);
    }

    pub fn outbound(&self, channel: &str, n: u64) {
        self.outbound[index(channel)].fetch_add(n, Relaxed);
    }

    pub fn duplicate(&self, channel: &str) {
        self.duplicates[index(channel)].fetch_add(1, Relaxed);
    }

    /// A webhook refused (bad secret or signature, malformed body, too large).
    pub fn rejected(&self, channel: &str) {
        self.rejected[index(channel)].fetch_add(1, Relaxed);
    }

    pub fn error(&self) {
        self.errors.fetch_add(1, Relaxed);
    }

    /// Contacts erased by the retention job.
    pub fn erased(&self, n: u64) {
        self.erased.fetch_add(n, Relaxed);
    }

    pub fn batch(&self) {
        self.batches.fetch_add(1, Relaxed);
    }

    /// Time from an inbound's arrival to its processing committed.
    pub fn latency(&self, d: Duration) {
        let secs = d.as_secs_f64();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                self.latency_buckets[i].fetch_add(1, Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Relaxed);
        self.latency_micros.fetch_add(d.as_micros() as u64, Relaxed);
    }

    pub fn render(&self, outbox_backlog: i64) -> String {
        let mut out = String::new();
        let per_channel = |out: &mut String, name: &str, help: &str, values: &[AtomicU64; 4]| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for (c, v) in CHANNELS.iter().zip(values) {
                let _ = writeln!(out, "{name}{{channel=\"{c}\"}} {}", v.load(Relaxed));
            }
        };
        per_channel(&mut out, "pelita_inbound_messages_total", "Inbound messages processed.", &self.inbound);
        per_channel(&mut out, "pelita_outbound_messages_total", "Replies sent or delivered.", &self.outbound);
        per_channel(&mut out, "pelita_duplicate_updates_total", "Redelivered updates ignored.", &self.duplicates);
        per_channel(&mut out, "pelita_rejected_webhooks_total", "Webhooks refused.", &self.rejected);
        let _ = writeln!(
            out,
            "# HELP pelita_errors_total Processing and sending errors.\n# TYPE pelita_errors_total counter\npelita_errors_total {}",
            self.errors.load(Relaxed)
        );
        let _ = writeln!(
            out,
            "# HELP pelita_commits_total Group commits of inbound batches.\n# TYPE pelita_commits_total counter\npelita_commits_total {}",
            self.batches.load(Relaxed)
        );
        let _ = writeln!(
            out,
            "# HELP pelita_erased_contacts_total Contacts erased by the retention job.\n# TYPE pelita_erased_contacts_total counter\npelita_erased_contacts_total {}",
            self.erased.load(Relaxed)
        );
        let _ = writeln!(
            out,
            "# HELP pelita_outbox_backlog Replies waiting to be sent (pending or held).\n# TYPE pelita_outbox_backlog gauge\npelita_outbox_backlog {outbox_backlog}"
        );
        let name = "pelita_processing_seconds";
        let _ = writeln!(
            out,
            "# HELP {name} From an inbound's arrival to its processing committed.\n# TYPE {name} histogram"
        );
        for (bound, count) in BUCKETS.iter().zip(&self.latency_buckets) {
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {}", count.load(Relaxed));
        }
        let count = self.latency_count.load(Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(out, "{name}_sum {}", self.latency_micros.load(Relaxed) as f64 / 1e6);
        let _ = writeln!(out, "{name}_count {count}");
        out
    }
}

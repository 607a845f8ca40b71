//! PostgreSQL: one database shared by several `pelita serve` instances. Migrations from
//! `migrations/postgres`, embedded and applied at open (sqlx takes an advisory lock, so instances
//! starting together apply them once).
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

use super::model::*;
use crate::engine::{Outcome, Reply, State};

mod handoff;
pub(super) mod notify;

/// How the PostgreSQL pool is sized and how long it waits.
#[derive(Debug, Clone)]
pub struct PgSettings {
    /// Connections per instance.
    pub max_connections: u32,
    /// How long a query waits for a free connection.
    pub acquire_timeout: Duration,
    /// How long `open` keeps retrying while the server is not reachable.
    pub wait_for_server: Duration,
}

impl Default for PgSettings {
    fn default() -> Self {
        PgSettings {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(10),
            wait_for_server: Duration::from_secs(60),
        }
    }
}

#[derive(Clone)]
pub(super) struct Pg {
    pool: PgPool,
}

impl Pg {
    /// Connects (waiting up to `settings.wait_for_server` for the server, saying so in the log)
    /// and applies pending migrations.
    pub async fn open(url: &str, settings: &PgSettings) -> Result<Pg> {
        let options: PgConnectOptions = url.parse()?;
        // Wait for a server that is still starting (or not reachable yet), saying so once.
        let started = std::time::Instant::now();
        let mut said = false;
        loop {
            match <sqlx::PgConnection as sqlx::Connection>::connect_with(&options).await {
                Ok(c) => {
                    let _ = sqlx::Connection::close(c).await;
                    break;
                }
                Err(e) if is_unreachable(&e) && started.elapsed() < settings.wait_for_server => {
                    if !said {
                        tracing::warn!(
                            "waiting for the PostgreSQL server at {}:{} (up to {} s)",
                            options.get_host(),
                            options.get_port(),
                            settings.wait_for_server.as_secs()
                        );
                        said = true;
                    }
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) if is_unreachable(&e) => {
                    return Err(StoreError::Unreachable {
                        server: format!("{}:{}", options.get_host(), options.get_port()),
                        waited: started.elapsed().as_secs(),
                        error: e.to_string(),
                    });
                }
                Err(e) => return Err(e.into()),
            }
        }
        let pool = PgPoolOptions::new()
            .max_connections(settings.max_connections)
            .acquire_timeout(settings.acquire_timeout)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Pg { pool })
    }

    pub async fn ingest<F>(&self, batch: &[Arrival], step: F) -> Result<Vec<Ingested>>
    where
        F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
    {
        let _ = (batch, step, &self.pool);
        Err(StoreError::NotYet("ingest"))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub async fn unprocessed(&self, limit: i64, reply_status: fn(&str) -> &'static str) -> Result<Vec<Arrival>> {
        let _ = limit;
        let _ = reply_status;
        Err(StoreError::NotYet("unprocessed"))
    }

    pub async fn due_outbox(&self, channel: &str, now: DateTime<Utc>, limit: i64) -> Result<Vec<OutboxItem>> {
        let _ = channel;
        let _ = now;
        let _ = limit;
        Err(StoreError::NotYet("due_outbox"))
    }

    pub async fn record_sends(&self, results: &[(OutboxItem, SendResult)], now: DateTime<Utc>) -> Result<()> {
        let _ = results;
        let _ = now;
        Err(StoreError::NotYet("record_sends"))
    }

    pub async fn mark_unreachable(&self, contact: &ContactKey, now: DateTime<Utc>) -> Result<()> {
        let _ = contact;
        let _ = now;
        Err(StoreError::NotYet("mark_unreachable"))
    }

    pub async fn update_status(
        &self,
        channel: &str,
        platform_id: &str,
        status: &str,
        error: Option<&str>,
        hold: bool,
    ) -> Result<bool> {
        let _ = channel;
        let _ = platform_id;
        let _ = status;
        let _ = error;
        let _ = hold;
        Err(StoreError::NotYet("update_status"))
    }

    pub async fn outbox_backlog(&self) -> Result<i64> {
        Err(StoreError::NotYet("outbox_backlog"))
    }

    pub async fn replies_after(&self, contact: &ContactKey, after: i64) -> Result<Vec<(i64, Reply)>> {
        let _ = contact;
        let _ = after;
        Err(StoreError::NotYet("replies_after"))
    }

    pub async fn message_statuses(&self, contact: &ContactKey) -> Result<Vec<(String, String, String)>> {
        let _ = contact;
        Err(StoreError::NotYet("message_statuses"))
    }

    pub async fn is_unreachable(&self, contact: &ContactKey) -> Result<bool> {
        let _ = contact;
        Err(StoreError::NotYet("is_unreachable"))
    }

    pub async fn ping(&self) -> Result<()> {
        sqlx::query("select 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn state(&self, contact: &ContactKey) -> Result<Option<State>> {
        let _ = contact;
        Err(StoreError::NotYet("state"))
    }

    pub async fn case_by_code(&self, code: &str) -> Result<Option<CaseRecord>> {
        let _ = code;
        Err(StoreError::NotYet("case_by_code"))
    }

    pub async fn message_count(&self, contact: &ContactKey) -> Result<i64> {
        let _ = contact;
        Err(StoreError::NotYet("message_count"))
    }

    pub async fn contact_exists(&self, contact: &ContactKey) -> Result<bool> {
        let _ = contact;
        Err(StoreError::NotYet("contact_exists"))
    }

    pub async fn ticket_count(&self, contact: &ContactKey) -> Result<i64> {
        let _ = contact;
        Err(StoreError::NotYet("ticket_count"))
    }
}

/// Whether a connection error means the server is not (yet) there, worth waiting for.
fn is_unreachable(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut)
        || matches!(e, sqlx::Error::Database(d) if d.code().as_deref() == Some("57P03"))
}

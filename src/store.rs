//! The store: every SQL statement of Pelita lives in this module.
//!
//! SQLite by default (WAL mode, foreign keys on, migrations from `migrations/sqlite` embedded and
//! applied at open). One inbound message, the state change it causes, the replies it produces and
//! their effects commit in one transaction ([`Store::process`]): all of it happened, or none of it.
use std::collections::BTreeMap;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{QueryBuilder, Row, Sqlite, Transaction};

use crate::engine::{Effect, Outcome, Pos, Reply, State};

/// Reference codes are random; a collision is retried with new entropy this many times.
const MAX_ATTEMPTS: u32 = 5;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored conversation is corrupt: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("could not find a free reference code after {MAX_ATTEMPTS} attempts")]
    CodeExhausted,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Who a conversation is with: a channel and the platform's id for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactKey {
    pub channel: String,
    pub key: String,
}

/// What is recorded of an inbound message.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub external_id: Option<String>,
    pub kind: &'static str,
    pub body: String,
}

/// A stored counselling request or case report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub code: String,
    pub kind: String,
    pub fields: BTreeMap<String, String>,
    pub urgent: bool,
    pub status: String,
    pub contact: ContactKey,
}

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
}

fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

impl Store {
    /// Opens (creating if needed) the database at `url` and applies pending migrations.
    /// `url` is `sqlite://path`, `sqlite::memory:`, or a plain file path.
    pub async fn open(url: &str) -> Result<Store> {
        let url = if url.starts_with("sqlite:") { url.to_owned() } else { format!("sqlite://{url}") };
        let options = SqliteConnectOptions::from_str(&url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Store { pool })
    }

    /// Runs one input in one transaction: loads the contact's state, calls `step` with it (and the
    /// attempt number, so a retry can draw new entropy), records the inbound and outbound messages,
    /// saves the new state and applies the effects.
    pub async fn process<F>(
        &self,
        contact: &ContactKey,
        inbound: Option<&Inbound>,
        now: DateTime<Utc>,
        mut step: F,
    ) -> Result<Outcome>
    where
        F: FnMut(Option<State>, u32) -> Outcome,
    {
        for attempt in 0..MAX_ATTEMPTS {
            let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
            let contact_id = upsert_contact(&mut tx, contact, now).await?;
            let state = load_state(&mut tx, contact_id).await?;
            let outcome = step(state, attempt);
            match apply(&mut tx, contact_id, inbound, &outcome, now).await {
                Ok(()) => {
                    tx.commit().await?;
                    return Ok(outcome);
                }
                Err(StoreError::Db(sqlx::Error::Database(e)))
                    if e.constraint() == Some("cases_code") || e.message().contains("cases.code") =>
                {
                    tx.rollback().await?;
                    tracing::warn!(attempt, "reference code collision, retrying");
                }
                Err(e) => return Err(e),
            }
        }
        Err(StoreError::CodeExhausted)
    }

    /// The saved state of a contact, if any.
    pub async fn state(&self, contact: &ContactKey) -> Result<Option<State>> {
        let mut conn = self.pool.acquire().await?;
        let id: Option<i64> = sqlx::query_scalar("select id from contacts where channel = $1 and external_key = $2")
            .bind(&contact.channel)
            .bind(&contact.key)
            .fetch_optional(&mut *conn)
            .await?;
        match id {
            Some(id) => load_state(&mut conn, id).await,
            None => Ok(None),
        }
    }

    /// A case or counselling request by its reference code.
    pub async fn case_by_code(&self, code: &str) -> Result<Option<CaseRecord>> {
        let row = sqlx::query(
            "select c.code, c.kind, c.fields, c.urgent, c.status, k.channel, k.external_key
             from cases c join contacts k on k.id = c.contact_id where c.code = $1",
        )
        .bind(code)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(CaseRecord {
            code: row.try_get("code")?,
            kind: row.try_get("kind")?,
            fields: serde_json::from_str(row.try_get::<&str, _>("fields")?)?,
            urgent: row.try_get::<i64, _>("urgent")? != 0,
            status: row.try_get("status")?,
            contact: ContactKey { channel: row.try_get("channel")?, key: row.try_get("external_key")? },
        }))
    }

    /// How many messages (in and out) are stored for a contact.
    pub async fn message_count(&self, contact: &ContactKey) -> Result<i64> {
        self.count(contact, "select count(*) from messages where contact_id in (select id from contacts where channel = $1 and external_key = $2)").await
    }

    /// Whether anything at all is stored about a contact (used to prove deletion).
    pub async fn contact_exists(&self, contact: &ContactKey) -> Result<bool> {
        Ok(self.count(contact, "select count(*) from contacts where channel = $1 and external_key = $2").await? > 0)
    }

    /// How many handoff requests a contact has made.
    pub async fn handoff_count(&self, contact: &ContactKey) -> Result<i64> {
        self.count(contact, "select count(*) from handoffs where contact_id in (select id from contacts where channel = $1 and external_key = $2)").await
    }

    /// Runs a `select count(*)` whose two parameters are the contact's channel and key.
    async fn count(&self, contact: &ContactKey, sql: &'static str) -> Result<i64> {
        Ok(sqlx::query_scalar(sql).bind(&contact.channel).bind(&contact.key).fetch_one(&self.pool).await?)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

async fn upsert_contact(
    tx: &mut Transaction<'static, Sqlite>,
    contact: &ContactKey,
    now: DateTime<Utc>,
) -> Result<i64> {
    // The no-op update makes RETURNING give the id of an existing contact too.
    Ok(sqlx::query_scalar(
        "insert into contacts (channel, external_key, created_at) values ($1, $2, $3)
         on conflict (channel, external_key) do update set channel = excluded.channel
         returning id",
    )
    .bind(&contact.channel)
    .bind(&contact.key)
    .bind(millis(now))
    .fetch_one(&mut **tx)
    .await?)
}

async fn load_state(conn: &mut sqlx::SqliteConnection, contact_id: i64) -> Result<Option<State>> {
    let row = sqlx::query(
        "select lang, flow, step, stack, fields, misses, urgent_at from conversations where contact_id = $1",
    )
    .bind(contact_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let flow: Option<String> = row.try_get("flow")?;
    let step: Option<String> = row.try_get("step")?;
    let at = match (flow, step) {
        (Some(flow), Some(step)) => Some(Pos { flow, step }),
        _ => None,
    };
    Ok(Some(State {
        lang: row.try_get("lang")?,
        at,
        stack: serde_json::from_str(row.try_get::<&str, _>("stack")?)?,
        fields: serde_json::from_str(row.try_get::<&str, _>("fields")?)?,
        misses: row.try_get::<i64, _>("misses")? as u32,
        urgent: row.try_get::<Option<i64>, _>("urgent_at")?.is_some(),
    }))
}

async fn apply(
    tx: &mut Transaction<'static, Sqlite>,
    contact_id: i64,
    inbound: Option<&Inbound>,
    outcome: &Outcome,
    now: DateTime<Utc>,
) -> Result<()> {
    let now = millis(now);
    let s = &outcome.state;
    sqlx::query(
        "insert into conversations (contact_id, lang, flow, step, stack, fields, misses, urgent_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, case when $8 then $9 end, $9)
         on conflict (contact_id) do update set
           lang = excluded.lang, flow = excluded.flow, step = excluded.step, stack = excluded.stack,
           fields = excluded.fields, misses = excluded.misses,
           urgent_at = case when $8 then coalesce(conversations.urgent_at, $9) end,
           updated_at = excluded.updated_at",
    )
    .bind(contact_id)
    .bind(&s.lang)
    .bind(s.at.as_ref().map(|p| p.flow.as_str()))
    .bind(s.at.as_ref().map(|p| p.step.as_str()))
    .bind(serde_json::to_string(&s.stack)?)
    .bind(serde_json::to_string(&s.fields)?)
    .bind(i64::from(s.misses))
    .bind(s.urgent)
    .bind(now)
    .execute(&mut **tx)
    .await?;

    // The inbound and every reply in one statement.
    let replies: Vec<(&Reply, Option<String>)> = outcome
        .replies
        .iter()
        .map(|r| {
            let choices = (!r.choices.is_empty()).then(|| serde_json::to_string(&r.choices)).transpose()?;
            Ok((r, choices))
        })
        .collect::<Result<_, serde_json::Error>>()?;
    if inbound.is_some() || !replies.is_empty() {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "insert into messages (contact_id, direction, external_id, kind, body, choices, created_at) ",
        );
        let rows = inbound
            .map(|i| ("in", i.external_id.clone(), i.kind, i.body.clone(), None))
            .into_iter()
            .chain(replies.into_iter().map(|(r, c)| ("out", None, "reply", r.text.clone(), c)));
        q.push_values(rows, |mut b, (dir, ext, kind, body, choices)| {
            b.push_bind(contact_id)
                .push_bind(dir)
                .push_bind(ext)
                .push_bind(kind)
                .push_bind(body)
                .push_bind(choices)
                .push_bind(now);
        });
        q.build().execute(&mut **tx).await?;
    }

    for effect in &outcome.effects {
        match effect {
            Effect::OpenCase { kind, code, fields, urgent } => {
                sqlx::query("insert into cases (code, kind, contact_id, fields, urgent, created_at) values ($1, $2, $3, $4, $5, $6)")
                    .bind(code)
                    .bind(kind.as_str())
                    .bind(contact_id)
                    .bind(serde_json::to_string(fields)?)
                    .bind(*urgent)
                    .bind(now)
                    .execute(&mut **tx)
                    .await?;
            }
            Effect::Handoff { urgent } => {
                sqlx::query("insert into handoffs (contact_id, urgent, created_at) values ($1, $2, $3)")
                    .bind(contact_id)
                    .bind(*urgent)
                    .bind(now)
                    .execute(&mut **tx)
                    .await?;
            }
            // Saved with the state above (urgent_at).
            Effect::MarkUrgent => {}
            Effect::DeleteData => {
                sqlx::query("delete from contacts where id = $1").bind(contact_id).execute(&mut **tx).await?;
            }
        }
    }
    Ok(())
}

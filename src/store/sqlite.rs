//! SQLite, the embedded default: WAL mode, foreign keys on, migrations from `migrations/sqlite`
//! embedded and applied at open; one write connection, writers queued in process.
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{QueryBuilder, Row, Sqlite, Transaction};

use super::model::*;
use crate::engine::{Effect, Input, Outcome, Pos, Reply, ReplyChoice, State};

mod handoff;

#[derive(Clone)]
pub struct Lite {
    /// Connections for reads.
    pool: SqlitePool,
    /// The one connection that writes. SQLite takes one writer at a time anyway; and a
    /// connection's page cache survives only its own writes (another connection's commit makes
    /// it drop the cache and read every page again), so all writes go through this one.
    write: SqlitePool,
    /// Queues writers here, in order: much faster than letting them collide and back off in
    /// SQLite's busy handler (which sleeps milliseconds).
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
}

/// The file a SQLite URL (`sqlite://path?…`, `sqlite:path`, or a plain path) names; `None`
/// for PostgreSQL and in-memory databases.
pub fn file_path(url: &str) -> Option<&str> {
    if super::is_postgres(url) {
        return None;
    }
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

impl Lite {
    /// Opens (creating if needed) the database at `url` and applies pending migrations.
    /// `url` is `sqlite://path`, `sqlite::memory:`, or a plain file path.
    pub async fn open(url: &str) -> Result<Lite> {
        let url = if url.starts_with("sqlite:") { url.to_owned() } else { format!("sqlite://{url}") };
        let options = SqliteConnectOptions::from_str(&url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // 8 MB of page cache per connection instead of 2 MB: hot pages stay in memory.
            .pragma("cache_size", "-8192");
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&write).await?;
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        Ok(Lite { pool, write, writer: Default::default() })
    }

    /// Stores and processes a batch of arrivals in one transaction (a group commit): for each, the
    /// inbound row (a duplicate stops there), `step` with the contact's state, the new state, the
    /// replies and the effects. A failure of one arrival is rolled back to its savepoint and its
    /// inbound row kept `unprocessed`; the others commit. `step` gets the attempt number, so a
    /// reference-code collision can be retried with new entropy.
    pub async fn ingest<F>(&self, batch: &[Arrival], mut step: F) -> Result<Vec<Ingested>>
    where
        F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
    {
        let _writing = self.writer.lock().await;
        // The fast path stores the whole batch in a handful of multi-row statements (SQLite
        // through sqlx costs per statement, not per row). Anything unusual (a retried row, a
        // deletion, a failure) takes the careful path: one savepoint per arrival.
        if batch.iter().all(|a| a.stored_id.is_none() && (a.external_id.is_some() || a.input == Input::Resume)) {
            let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
            match fast::ingest(&mut tx, batch, &mut step).await {
                Ok(Some(results)) => {
                    tx.commit().await?;
                    return Ok(results);
                }
                Ok(None) => tx.rollback().await?,
                Err(e) => {
                    tracing::debug!(error = %e, "batch path failed; storing one by one");
                    tx.rollback().await?;
                }
            }
        }
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let mut results = Vec::with_capacity(batch.len());
        for arrival in batch {
            results.push(ingest_one(&mut tx, arrival, &mut step).await?);
        }
        tx.commit().await?;
        Ok(results)
    }

    /// Inbound rows whose processing failed, oldest first, to be processed again.
    pub async fn unprocessed(&self, limit: i64, reply_status: fn(&str) -> &'static str) -> Result<Vec<Arrival>> {
        let rows = sqlx::query(
            "select m.id, m.external_id, m.kind, m.body, m.media, m.created_at, k.channel, k.external_key
             from messages m join contacts k on k.id = m.contact_id
             where m.status = 'unprocessed' order by m.id limit $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let channel: String = r.try_get("channel")?;
                Ok(Arrival {
                    reply_status: reply_status(&channel),
                    contact: ContactKey { channel, key: r.try_get("external_key")? },
                    external_id: r.try_get("external_id")?,
                    input: input_from_record(r.try_get("kind")?, r.try_get("body")?),
                    media: r.try_get("media")?,
                    at: from_millis(r.try_get("created_at")?),
                    stored_id: Some(r.try_get("id")?),
                })
            })
            .collect()
    }

    /// Replies due on `channel`: for each contact only the oldest one not yet sent, so that a
    /// conversation's replies go out in order.
    pub async fn due_outbox(&self, channel: &str, now: DateTime<Utc>, limit: i64) -> Result<Vec<OutboxItem>> {
        // `cross join` keeps SQLite driving from the outbox index (the pending rows), not from
        // every contact of the channel and all their history. The rows come back as one JSON
        // value: one hand-over from the database thread instead of one per row.
        let json: String = sqlx::query_scalar(
            "select json_group_array(json_array(id, contact_id, external_key, body, json(choices), attempts,
                                                last_inbound_at, template_sent_at, lang)
                                     order by next_attempt_at, id)
             from (select m.id, m.next_attempt_at, m.contact_id, k.external_key, m.body, m.choices, m.attempts,
                          k.last_inbound_at, k.template_sent_at, c.lang
                   from messages m cross join contacts k on k.id = m.contact_id
                   left join conversations c on c.contact_id = m.contact_id
                   where m.status = 'pending' and m.next_attempt_at <= $2 and k.channel = $1
                     and not exists (select 1 from messages e where e.contact_id = m.contact_id
                                     and e.id < m.id and e.status in ('pending', 'held'))
                   order by m.next_attempt_at, m.id limit $3)",
        )
        .bind(channel)
        .bind(millis(now))
        .bind(limit)
        .fetch_one(&self.pool)
        .await?;
        type Row = (i64, i64, String, String, Option<Vec<ReplyChoice>>, i64, Option<i64>, Option<i64>, Option<String>);
        let rows: Vec<Row> = serde_json::from_str(&json)?;
        Ok(rows
            .into_iter()
            .map(|(id, contact_id, to, text, choices, attempts, last_inbound_at, template_sent_at, lang)| OutboxItem {
                id,
                contact_id,
                to,
                reply: Reply { text, choices: choices.unwrap_or_default() },
                lang,
                attempts,
                last_inbound_at: last_inbound_at.map(from_millis),
                template_sent_at: template_sent_at.map(from_millis),
            })
            .collect())
    }

    /// Records what the sender did with outbox rows, all in one transaction.
    pub async fn record_sends(&self, results: &[(OutboxItem, SendResult)], now: DateTime<Utc>) -> Result<()> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let now = millis(now);
        // The common case, sent, in one statement per few hundred rows.
        let sent: Vec<(i64, Option<&str>)> = results
            .iter()
            .filter_map(|(item, r)| match r {
                SendResult::Sent { platform_id } => Some((item.id, platform_id.as_deref())),
                _ => None,
            })
            .collect();
        if !sent.is_empty() {
            // One statement of fixed text (compiled once), the rows as one JSON parameter.
            sqlx::query(
                "update messages set status = 'sent', platform_id = v.value ->> 1, attempts = attempts + 1, error = null
                 from json_each($1) as v where messages.id = v.value ->> 0",
            )
            .bind(serde_json::to_string(&sent)?)
            .execute(&mut *tx)
            .await?;
        }
        for (item, result) in results {
            match result {
                SendResult::Sent { .. } => {}
                SendResult::Retry { at, error } => {
                    sqlx::query(
                        "update messages set attempts = attempts + 1, next_attempt_at = $2, error = $3 where id = $1",
                    )
                    .bind(item.id)
                    .bind(millis(*at))
                    .bind(error)
                    .execute(&mut *tx)
                    .await?;
                }
                SendResult::Held { template_sent } => {
                    // This reply and every later one wait for the user to write again.
                    sqlx::query(
                        "update messages set status = 'held' where contact_id = $1 and id >= $2 and status = 'pending'",
                    )
                    .bind(item.contact_id)
                    .bind(item.id)
                    .execute(&mut *tx)
                    .await?;
                    if *template_sent {
                        sqlx::query("update contacts set template_sent_at = $2 where id = $1")
                            .bind(item.contact_id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                SendResult::Failed { error, unreachable } => {
                    sqlx::query(
                        "update messages set status = 'failed', attempts = attempts + 1, error = $2 where id = $1",
                    )
                    .bind(item.id)
                    .bind(error)
                    .execute(&mut *tx)
                    .await?;
                    if *unreachable {
                        set_unreachable(&mut tx, item.contact_id, now).await?;
                    }
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// The platform says the user blocked the bot (or is gone): no more sending to them.
    pub async fn mark_unreachable(&self, contact: &ContactKey, now: DateTime<Utc>) -> Result<()> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let id: Option<i64> = sqlx::query_scalar("select id from contacts where channel = $1 and external_key = $2")
            .bind(&contact.channel)
            .bind(&contact.key)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(id) = id {
            set_unreachable(&mut tx, id, millis(now)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A delivery status from the platform for a sent message (`sent`, `delivered`, `read` or
    /// `failed`). Statuses only move forward (they may arrive out of order); a failure with `hold`
    /// puts the message back to `held` (WhatsApp's window had closed). Returns whether a message
    /// changed.
    pub async fn update_status(
        &self,
        channel: &str,
        platform_id: &str,
        status: &str,
        error: Option<&str>,
        hold: bool,
    ) -> Result<bool> {
        let status = if hold { "held" } else { status };
        let _writing = self.writer.lock().await;
        let rank = match status {
            "sent" => 1,
            "delivered" => 2,
            "read" => 3,
            _ => 4,
        };
        let done = sqlx::query(
            "update messages set status = $3, error = coalesce($4, error)
             where platform_id = $2 and direction = 'out'
               and exists (select 1 from contacts k where k.id = messages.contact_id and k.channel = $1)
               and (case status when 'sent' then 1 when 'delivered' then 2 when 'read' then 3
                    when 'failed' then 5 when 'held' then 5 else 0 end) < $5",
        )
        .bind(channel)
        .bind(platform_id)
        .bind(status)
        .bind(error)
        .bind(rank)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// How many replies wait to be sent (pending or held).
    pub async fn outbox_backlog(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("select count(*) from messages where status in ('pending', 'held')")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Replies to a contact after message `after` (the web chat fetches counsellor replies so).
    pub async fn replies_after(&self, contact: &ContactKey, after: i64) -> Result<Vec<(i64, Reply)>> {
        let rows = sqlx::query(
            "select m.id, m.body, m.choices from messages m join contacts k on k.id = m.contact_id
             where k.channel = $1 and k.external_key = $2 and m.direction = 'out' and m.id > $3
             order by m.id limit 100",
        )
        .bind(&contact.channel)
        .bind(&contact.key)
        .bind(after)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let choices = choices_of(r)?;
                Ok((r.try_get("id")?, Reply { text: r.try_get("body")?, choices }))
            })
            .collect()
    }

    /// The status of each message of a contact, oldest first (for tests and the console).
    pub async fn message_statuses(&self, contact: &ContactKey) -> Result<Vec<(String, String, String)>> {
        let rows = sqlx::query(
            "select m.direction, m.status, m.body from messages m join contacts k on k.id = m.contact_id
             where k.channel = $1 and k.external_key = $2 order by m.id",
        )
        .bind(&contact.channel)
        .bind(&contact.key)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("direction")?, r.try_get("status")?, r.try_get("body")?))).collect()
    }

    /// Whether the platform told us the contact blocked the bot or is gone.
    pub async fn is_unreachable(&self, contact: &ContactKey) -> Result<bool> {
        let at: Option<Option<i64>> =
            sqlx::query_scalar("select unreachable_at from contacts where channel = $1 and external_key = $2")
                .bind(&contact.channel)
                .bind(&contact.key)
                .fetch_optional(&self.pool)
                .await?;
        Ok(at.flatten().is_some())
    }

    /// Checks that the database answers (for `/healthz`).
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("select 1").execute(&self.pool).await?;
        Ok(())
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

    /// How many tickets a contact has had.
    pub async fn ticket_count(&self, contact: &ContactKey) -> Result<i64> {
        self.count(contact, "select count(*) from tickets where contact_id in (select id from contacts where channel = $1 and external_key = $2)").await
    }

    /// Runs a `select count(*)` whose two parameters are the contact's channel and key.
    async fn count(&self, contact: &ContactKey, sql: &'static str) -> Result<i64> {
        Ok(sqlx::query_scalar(sql).bind(&contact.channel).bind(&contact.key).fetch_one(&self.pool).await?)
    }

    pub async fn close(&self) {
        self.pool.close().await;
        self.write.close().await;
    }
}

/// A reply row's choices (stored as JSON, absent for plain text).
fn choices_of(row: &sqlx::sqlite::SqliteRow) -> Result<Vec<ReplyChoice>> {
    let choices: Option<String> = row.try_get("choices")?;
    Ok(match choices {
        Some(c) => serde_json::from_str(&c)?,
        None => Vec::new(),
    })
}

async fn upsert_contact(tx: &mut Transaction<'static, Sqlite>, contact: &ContactKey, now: i64) -> Result<i64> {
    // The messaging window runs from the latest message (a late redelivery does not move it back).
    Ok(sqlx::query_scalar(
        "insert into contacts (channel, external_key, created_at, last_inbound_at) values ($1, $2, $3, $3)
         on conflict (channel, external_key) do update set
           last_inbound_at = max(coalesce(contacts.last_inbound_at, 0), excluded.last_inbound_at)
         returning id",
    )
    .bind(&contact.channel)
    .bind(&contact.key)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?)
}

/// Stores the inbound row; `None` when it was stored before (a redelivery).
async fn insert_inbound(
    tx: &mut Transaction<'static, Sqlite>,
    contact_id: i64,
    a: &Arrival,
    now: i64,
) -> Result<Option<i64>> {
    let (kind, body) = input_record(&a.input);
    Ok(sqlx::query_scalar(
        "insert into messages (contact_id, direction, external_id, kind, body, media, status, created_at)
         values ($1, 'in', $2, $3, $4, $5, 'processed', $6)
         on conflict (contact_id, external_id) where external_id is not null do nothing
         returning id",
    )
    .bind(contact_id)
    .bind(&a.external_id)
    .bind(kind)
    .bind(body)
    .bind(&a.media)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?)
}

async fn ingest_one<F>(tx: &mut Transaction<'static, Sqlite>, a: &Arrival, step: &mut F) -> Result<Ingested>
where
    F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
{
    let now = millis(a.at);
    let contact_id = upsert_contact(tx, &a.contact, now).await?;
    // A resume (the user reopened the chat) is not a message: nothing to store or deduplicate.
    let inbound_id = match (a.stored_id, &a.input) {
        (Some(id), _) => Some(id),
        (None, Input::Resume) => None,
        (None, _) => match insert_inbound(tx, contact_id, a, now).await? {
            Some(id) => Some(id),
            None => return Ok(Ingested::Duplicate),
        },
    };
    if inbound_id.is_some() {
        // The user wrote (not merely a redelivery): reachable again, the template may go out
        // again later, and replies held outside the messaging window go out now.
        sqlx::query("update contacts set unreachable_at = null, template_sent_at = null where id = $1")
            .bind(contact_id)
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "update messages set status = 'pending', next_attempt_at = $2 where contact_id = $1 and status = 'held'",
        )
        .bind(contact_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("savepoint pelita_step").execute(&mut **tx).await?;
    let mut failure = String::new();
    for attempt in 0..MAX_ATTEMPTS {
        let state = load_state(tx, contact_id).await?;
        let outcome = step(a, state, attempt);
        let applied = apply(tx, contact_id, &outcome, now, a.reply_status).await;
        match applied {
            Ok(()) => {
                if a.stored_id.is_some() {
                    sqlx::query("update messages set status = 'processed', error = null where id = $1")
                        .bind(inbound_id)
                        .execute(&mut **tx)
                        .await?;
                }
                sqlx::query("release pelita_step").execute(&mut **tx).await?;
                return Ok(Ingested::Done(outcome));
            }
            Err(e) => {
                sqlx::query("rollback to pelita_step").execute(&mut **tx).await?;
                if is_code_collision(&e) {
                    tracing::warn!(attempt, "reference code collision, retrying");
                    failure = StoreError::CodeExhausted.to_string();
                    continue;
                }
                failure = e.to_string();
                break;
            }
        }
    }
    // Keep the message, unprocessed, for a later retry: it is acknowledged and must not be lost.
    tracing::error!(?inbound_id, error = %failure, "processing failed; the message is kept for a retry");
    sqlx::query("update messages set status = 'unprocessed', error = $2 where id = $1")
        .bind(inbound_id)
        .bind(&failure)
        .execute(&mut **tx)
        .await?;
    sqlx::query("release pelita_step").execute(&mut **tx).await?;
    Ok(Ingested::Failed(failure))
}

async fn set_unreachable(tx: &mut sqlx::SqliteConnection, contact_id: i64, now: i64) -> Result<()> {
    sqlx::query("update contacts set unreachable_at = $2 where id = $1")
        .bind(contact_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query("update messages set status = 'failed', error = 'unreachable' where contact_id = $1 and status in ('pending', 'held')")
        .bind(contact_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

async fn load_state(conn: &mut sqlx::SqliteConnection, contact_id: i64) -> Result<Option<State>> {
    let row = sqlx::query(
        "select lang, flow, step, stack, fields, misses, urgent_at, offered,
                exists (select 1 from tickets t where t.contact_id = $1 and t.status = 'claimed') as human
         from conversations where contact_id = $1",
    )
    .bind(contact_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| state_from_row(&r)).transpose()
}

fn state_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<State> {
    let flow: Option<String> = row.try_get("flow")?;
    let step: Option<String> = row.try_get("step")?;
    let at = match (flow, step) {
        (Some(flow), Some(step)) => Some(Pos { flow, step }),
        _ => None,
    };
    Ok(State {
        lang: row.try_get("lang")?,
        at,
        stack: serde_json::from_str(row.try_get::<&str, _>("stack")?)?,
        fields: serde_json::from_str(row.try_get::<&str, _>("fields")?)?,
        misses: row.try_get::<i64, _>("misses")? as u32,
        urgent: row.try_get::<Option<i64>, _>("urgent_at")?.is_some(),
        human: row.try_get::<bool, _>("human")?,
        offered: match row.try_get::<Option<&str>, _>("offered")? {
            Some(json) => serde_json::from_str(json)?,
            None => Vec::new(),
        },
    })
}

async fn apply(
    tx: &mut Transaction<'static, Sqlite>,
    contact_id: i64,
    outcome: &Outcome,
    now: i64,
    reply_status: &str,
) -> Result<()> {
    let s = &outcome.state;
    sqlx::query(
        "insert into conversations (contact_id, lang, flow, step, stack, fields, misses, urgent_at, updated_at, offered)
         values ($1, $2, $3, $4, $5, $6, $7, case when $8 then $9 end, $9, $10)
         on conflict (contact_id) do update set
           lang = excluded.lang, flow = excluded.flow, step = excluded.step, stack = excluded.stack,
           fields = excluded.fields, misses = excluded.misses, offered = excluded.offered,
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
    .bind(offered_json(&s.offered)?)
    .execute(&mut **tx)
    .await?;

    // Every reply in one statement; the outbox is these rows.
    if !outcome.replies.is_empty() {
        let rows: Vec<(&str, Option<String>)> = outcome
            .replies
            .iter()
            .map(|r| {
                let choices = (!r.choices.is_empty()).then(|| serde_json::to_string(&r.choices)).transpose()?;
                Ok((r.text.as_str(), choices))
            })
            .collect::<Result<_, serde_json::Error>>()?;
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "insert into messages (contact_id, direction, kind, body, choices, status, next_attempt_at, created_at) ",
        );
        q.push_values(rows, |mut b, (body, choices)| {
            b.push_bind(contact_id)
                .push_bind("out")
                .push_bind("reply")
                .push_bind(body)
                .push_bind(choices)
                .push_bind(reply_status)
                .push_bind(now)
                .push_bind(now);
        });
        q.build().execute(&mut **tx).await?;
    }

    apply_effects(tx, contact_id, &outcome.effects, now).await
}

async fn apply_effects(
    tx: &mut Transaction<'static, Sqlite>,
    contact_id: i64,
    effects: &[Effect],
    now: i64,
) -> Result<()> {
    let mut case_id: Option<i64> = None;
    for effect in effects {
        match effect {
            Effect::OpenCase { kind, code, fields, urgent } => {
                let done = sqlx::query(
                    "insert into cases (code, kind, contact_id, fields, urgent, created_at) values ($1, $2, $3, $4, $5, $6)",
                )
                .bind(code)
                .bind(kind.as_str())
                .bind(contact_id)
                .bind(serde_json::to_string(fields)?)
                .bind(*urgent)
                .bind(now)
                .execute(&mut **tx)
                .await?;
                case_id = Some(done.last_insert_rowid());
            }
            // The bot routes it: the Ticket effect that follows is what is stored.
            Effect::Handoff { .. } => {}
            Effect::Ticket(t) => {
                // One open ticket per contact: a second request joins it, raising its priority
                // and linking the case if it had none.
                sqlx::query(
                    "insert into tickets (contact_id, org, status, priority, topic, lang, district, gender, case_id, opened_at)
                     values ($1, $2, 'waiting', $3, $4, $5, $6, $7, $8, $9)
                     on conflict (contact_id) where status <> 'closed' do update set
                       topic = case when excluded.priority < tickets.priority then excluded.topic else tickets.topic end,
                       priority = min(tickets.priority, excluded.priority),
                       lang = coalesce(excluded.lang, tickets.lang),
                       district = coalesce(tickets.district, excluded.district),
                       gender = coalesce(excluded.gender, tickets.gender),
                       case_id = coalesce(tickets.case_id, excluded.case_id)",
                )
                .bind(contact_id)
                .bind(&t.org)
                .bind(t.priority)
                .bind(t.topic.as_str())
                .bind(&t.lang)
                .bind(&t.district)
                .bind(&t.gender)
                .bind(case_id)
                .bind(now)
                .execute(&mut **tx)
                .await?;
            }
            Effect::Rate(n) => {
                sqlx::query(
                    "update tickets set rating = $2 where id =
                       (select id from tickets where contact_id = $1 and status = 'closed' order by closed_at desc, id desc limit 1)",
                )
                .bind(contact_id)
                .bind(i64::from(*n))
                .execute(&mut **tx)
                .await?;
            }
            // Answered after the commit (see the pipeline); nothing to store.
            Effect::CaseStatus { .. } => {}
            // Saved with the state above (urgent_at).
            Effect::MarkUrgent => {}
            Effect::DeleteData => {
                // The organisations see why a ticket went (its number, nothing else).
                sqlx::query(ERASED_ON_REQUEST).bind(contact_id).bind(now).execute(&mut **tx).await?;
                sqlx::query("delete from contacts where id = $1").bind(contact_id).execute(&mut **tx).await?;
            }
        }
    }
    Ok(())
}

/// The batch path of [`Store::ingest`]: a fixed number of statements per batch, whatever its
/// size. Returns `None` when the batch needs the careful path.
///
/// Every statement here has a fixed text: the batch travels as one JSON parameter that
/// `json_each` unpacks, and what comes back comes as one JSON row. SQLite compiles each statement
/// once and reuses it (a multi-row `values` list would be a new statement for every batch size),
/// and the database thread hands over one row instead of one per contact.
mod fast {
    use std::collections::{HashMap, HashSet};

    use std::collections::BTreeMap;

    use serde_json::json;
    use sqlx::{Row, Sqlite, Transaction};

    use super::{Arrival, Ingested, Result, input_record, millis};
    use crate::engine::{Effect, Input, Outcome, Pos, State};

    pub(super) async fn ingest<F>(
        tx: &mut Transaction<'static, Sqlite>,
        batch: &[Arrival],
        step: &mut F,
    ) -> Result<Option<Vec<Ingested>>>
    where
        F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
    {
        // 1. Contacts: one upsert for every distinct contact, its window opened by the latest arrival.
        let mut latest: HashMap<(&str, &str), i64> = HashMap::new();
        for a in batch {
            let t = latest.entry((a.contact.channel.as_str(), a.contact.key.as_str())).or_insert(0);
            *t = (*t).max(millis(a.at));
        }
        let contacts: Vec<(&str, &str, i64)> = latest.into_iter().map(|((c, k), at)| (c, k, at)).collect();
        let contacts = serde_json::to_string(&contacts)?;
        sqlx::query(
            "insert into contacts (channel, external_key, created_at, last_inbound_at)
             select j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 2 from json_each($1) j where true
             on conflict (channel, external_key) do update set
               last_inbound_at = max(coalesce(contacts.last_inbound_at, 0), excluded.last_inbound_at)",
        )
        .bind(&contacts)
        .execute(&mut **tx)
        .await?;

        // 2. In one row: each contact's id, whether it has anything to undo when the user writes
        // (a closed window, held replies), its state; and which arrivals are already stored.
        let keys: Vec<serde_json::Value> = batch
            .iter()
            .filter(|a| a.input != Input::Resume)
            .map(|a| json!([a.contact.channel, a.contact.key, a.external_id]))
            .collect();
        let row = sqlx::query(
            "select
               (select json_group_array(json_array(k.id, k.channel, k.external_key,
                   k.unreachable_at is not null or k.template_sent_at is not null
                     or exists (select 1 from messages h where h.contact_id = k.id and h.status = 'held'),
                   c.contact_id is not null, c.lang, c.flow, c.step, json(c.stack), json(c.fields), c.misses,
                   c.urgent_at,
                   exists (select 1 from tickets t where t.contact_id = k.id and t.status = 'claimed'),
                   json(c.offered)))
                from json_each($1) j
                cross join contacts k on k.channel = j.value ->> 0 and k.external_key = j.value ->> 1
                left join conversations c on c.contact_id = k.id) as contacts,
               (select json_group_array(json_array(k.id, m.external_id))
                from json_each($2) j
                cross join contacts k on k.channel = j.value ->> 0 and k.external_key = j.value ->> 1
                cross join messages m on m.contact_id = k.id and m.external_id = j.value ->> 2
                where m.external_id is not null) as stored",
        )
        .bind(&contacts)
        .bind(serde_json::to_string(&keys)?)
        .fetch_one(&mut **tx)
        .await?;
        type ContactRow = (
            i64,
            String,
            String,
            i64,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<Vec<Pos>>,
            Option<BTreeMap<String, String>>,
            Option<u32>,
            Option<i64>,
            i64,
            Option<Vec<String>>,
        );
        let found: Vec<ContactRow> = serde_json::from_str(row.try_get("contacts")?)?;
        let mut ids: HashMap<(String, String), i64> = HashMap::with_capacity(found.len());
        let mut stuck: HashSet<i64> = HashSet::new();
        let mut states: HashMap<i64, Option<State>> = HashMap::with_capacity(found.len());
        for (id, channel, key, undo, known, lang, flow, step, stack, fields, misses, urgent_at, human, offered) in found
        {
            if undo != 0 {
                stuck.insert(id);
            }
            ids.insert((channel, key), id);
            let at = match (flow, step) {
                (Some(flow), Some(step)) => Some(Pos { flow, step }),
                _ => None,
            };
            let state = State {
                lang,
                at,
                stack: stack.unwrap_or_default(),
                fields: fields.unwrap_or_default(),
                misses: misses.unwrap_or_default(),
                urgent: urgent_at.is_some(),
                human: human != 0,
                offered: offered.unwrap_or_default(),
            };
            states.insert(id, (known != 0 || human != 0).then_some(state));
        }
        let id_of = |a: &Arrival| ids.get(&(a.contact.channel.clone(), a.contact.key.clone())).copied();
        let mut seen: HashSet<(i64, String)> = serde_json::from_str(row.try_get("stored")?)?;

        // 3. Inbound rows not stored before (a redelivery, or a repeat within the batch, is a duplicate).
        let mut fresh: Vec<bool> = Vec::with_capacity(batch.len());
        let mut inbound = Vec::with_capacity(batch.len());
        let mut wrote: Vec<i64> = Vec::new();
        for a in batch {
            let Some(id) = id_of(a) else { return Ok(None) };
            if a.input == Input::Resume {
                fresh.push(true);
                continue;
            }
            let Some(ext) = &a.external_id else { return Ok(None) };
            let new = seen.insert((id, ext.clone()));
            fresh.push(new);
            if new {
                let (kind, body) = input_record(&a.input);
                inbound.push(json!([id, ext, kind, body, a.media, millis(a.at)]));
                if stuck.contains(&id) && !wrote.contains(&id) {
                    wrote.push(id);
                }
            }
        }
        if !inbound.is_empty() {
            sqlx::query(
                "insert into messages (contact_id, direction, external_id, kind, body, media, status, created_at)
                 select j.value ->> 0, 'in', j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, 'processed',
                        j.value ->> 5
                 from json_each($1) j order by j.key",
            )
            .bind(serde_json::to_string(&inbound)?)
            .execute(&mut **tx)
            .await?;
        }

        // 4. Users who wrote (not merely a redelivery) are reachable again and their held replies
        // go out; only those with something to undo (step 2 said who).
        if !wrote.is_empty() {
            let list = serde_json::to_string(&wrote)?;
            for sql in [
                "update contacts set unreachable_at = null, template_sent_at = null
                 where id in (select value from json_each($1))",
                "update messages set status = 'pending'
                 where status = 'held' and contact_id in (select value from json_each($1))",
            ] {
                sqlx::query(sql).bind(&list).execute(&mut **tx).await?;
            }
        }

        // 5. The engine, in arrival order; a contact's second message sees its first's state.
        let mut results = Vec::with_capacity(batch.len());
        let mut outcomes: Vec<(i64, i64, &Arrival, Outcome)> = Vec::new();
        let mut changed: Vec<i64> = Vec::new();
        for (a, fresh) in batch.iter().zip(fresh) {
            let Some(id) = id_of(a) else { return Ok(None) };
            if !fresh {
                results.push(Ingested::Duplicate);
                continue;
            }
            let state = states.get(&id).cloned().flatten();
            let outcome = step(a, state, 0);
            if outcome.effects.iter().any(|e| matches!(e, Effect::DeleteData)) {
                return Ok(None);
            }
            states.insert(id, Some(outcome.state.clone()));
            if !changed.contains(&id) {
                changed.push(id);
            }
            results.push(Ingested::Done(outcome.clone()));
            outcomes.push((id, millis(a.at), a, outcome));
        }

        // 6. The new states, 7. the replies in order, 8. the effects.
        if !changed.is_empty() {
            let mut rows = Vec::with_capacity(changed.len());
            for id in &changed {
                let s = states[id].clone().unwrap_or_default();
                let at = outcomes.iter().rev().find(|(c, ..)| c == id).map_or(0, |(_, at, ..)| *at);
                rows.push(json!([
                    id,
                    s.lang,
                    s.at.as_ref().map(|p| &p.flow),
                    s.at.as_ref().map(|p| &p.step),
                    serde_json::to_string(&s.stack)?,
                    serde_json::to_string(&s.fields)?,
                    s.misses,
                    s.urgent.then_some(at),
                    at,
                    super::offered_json(&s.offered)?
                ]));
            }
            sqlx::query(
                "insert into conversations (contact_id, lang, flow, step, stack, fields, misses, urgent_at, updated_at,
                                            offered)
                 select j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5,
                        j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9
                 from json_each($1) j where true
                 on conflict (contact_id) do update set
                   lang = excluded.lang, flow = excluded.flow, step = excluded.step, stack = excluded.stack,
                   fields = excluded.fields, misses = excluded.misses, offered = excluded.offered,
                   urgent_at = case when excluded.urgent_at is null then null
                                    else coalesce(conversations.urgent_at, excluded.urgent_at) end,
                   updated_at = excluded.updated_at",
            )
            .bind(serde_json::to_string(&rows)?)
            .execute(&mut **tx)
            .await?;
        }
        let mut replies = Vec::new();
        for (id, at, a, outcome) in &outcomes {
            for r in &outcome.replies {
                let choices = (!r.choices.is_empty()).then(|| serde_json::to_string(&r.choices)).transpose()?;
                replies.push(json!([id, r.text, choices, a.reply_status, at]));
            }
        }
        if !replies.is_empty() {
            // `order by j.key`: the rows get ids in the order the replies were written.
            sqlx::query(
                "insert into messages (contact_id, direction, kind, body, choices, status, next_attempt_at, created_at)
                 select j.value ->> 0, 'out', 'reply', j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,
                        j.value ->> 4
                 from json_each($1) j order by j.key",
            )
            .bind(serde_json::to_string(&replies)?)
            .execute(&mut **tx)
            .await?;
        }
        for (id, at, _, outcome) in &outcomes {
            super::apply_effects(tx, *id, &outcome.effects, *at).await?;
        }
        Ok(Some(results))
    }
}

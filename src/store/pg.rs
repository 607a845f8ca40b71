//! PostgreSQL: one database shared by several `pelita serve` instances. Migrations from
//! `migrations/postgres`, embedded and applied at open (sqlx takes an advisory lock, so instances
//! starting together apply them once).
use std::time::Duration;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions, PgRow};

use super::model::*;
use crate::engine::{Effect, Input, Outcome, Pos, Reply, ReplyChoice, State};

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

/// How long an instance holds an outbox row it took for sending; after that (it died, or took
/// too long) another instance may send it.
const LEASE_MS: i64 = 60_000;

/// The most bytes of parameters one statement of a batch carries (roughly); larger batches
/// take several statements.
///
/// sqlx 0.9 leaves Nagle's algorithm on for its TCP sockets (transact-rs/sqlx#4335). Measured on
/// loopback: a statement of a few tens of KB stalled for the server's delayed acknowledgement
/// (40 ms) before its last part went out; a batch's 100 replies in one statement took 45 ms so,
/// against under 1 ms each in statements below this size (at 16 KB a few still stalled).
const CHUNK_BYTES: usize = 12 * 1024;

/// How often a batch the database rolled back (a deadlock) runs again before the error is
/// returned.
const MAX_BATCH_TRIES: u32 = 3;

#[derive(Clone)]
pub(super) struct Pg {
    pool: PgPool,
    /// Outbox rows this instance holds for sending: id and the lease it wrote.
    leases: Arc<Mutex<HashMap<i64, i64>>>,
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
        Ok(Pg { pool, leases: Arc::default() })
    }

    /// Stores and processes a batch of arrivals in one transaction (see [`crate::store::Store::ingest`]).
    ///
    /// Several instances may ingest at once. The batch's contacts are locked first, all in one
    /// statement and in a fixed order (by channel and key), so two instances with messages of the
    /// same users serialise on them instead of deadlocking; a contact's state is loaded only
    /// after its lock is held, so each message sees the state its predecessor left. A batch of
    /// new messages is then stored in a handful of multi-row statements (the `fast` module);
    /// anything unusual runs again, in a new transaction, on the careful path, where each arrival
    /// gets a savepoint: a failure rolls back to it and keeps the inbound row `unprocessed`.
    pub async fn ingest<F>(&self, batch: &[Arrival], mut step: F) -> Result<Vec<Ingested>>
    where
        F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
    {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let mut tries = 0;
        // The fast path stores the whole batch in a handful of multi-row statements. Anything
        // unusual (a retried row, a deletion, a failure, a code collision) takes the careful path
        // below instead, in a new transaction: one savepoint per arrival.
        let mut fast_ok =
            batch.iter().all(|a| a.stored_id.is_none() && (a.external_id.is_some() || a.input == Input::Resume));
        loop {
            if fast_ok {
                let mut tx = self.pool.begin().await?;
                match fast::ingest(&mut tx, batch, &mut step).await {
                    Ok(Some(results)) => match commit_announced(tx, &results).await {
                        Ok(()) => return Ok(results),
                        Err(e) if is_transient(&e) && tries < MAX_BATCH_TRIES => {
                            tries += 1;
                            tracing::warn!(tries, error = %e, "batch rolled back by the database; running it again");
                            continue;
                        }
                        Err(e) => return Err(e),
                    },
                    Ok(None) => tx.rollback().await?,
                    Err(e) if is_transient(&e) && tries < MAX_BATCH_TRIES => {
                        tries += 1;
                        tracing::warn!(tries, error = %e, "batch rolled back by the database; running it again");
                        tx.rollback().await?;
                        continue;
                    }
                    Err(e) => {
                        tracing::debug!(error = %e, "batch path failed; storing one by one");
                        tx.rollback().await?;
                    }
                }
                // The rollback let go of the contacts' locks; the careful path takes them again,
                // in the same order.
                fast_ok = false;
            }
            let mut tx = self.pool.begin().await?;
            let result = match ingest_batch(&mut tx, batch, &mut step).await {
                Ok(results) => commit_announced(tx, &results).await.map(|()| results),
                // Dropping the transaction rolls it back.
                Err(e) => Err(e),
            };
            match result {
                // Nothing was committed: the whole batch can run again.
                Err(e) if is_transient(&e) && tries < MAX_BATCH_TRIES => {
                    tries += 1;
                    tracing::warn!(tries, error = %e, "batch rolled back by the database; running it again");
                }
                other => return other,
            }
        }
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

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
    ///
    /// Several instances send from one outbox: the rows are claimed atomically (locked, skipping
    /// rows another instance is claiming, and leased for [`LEASE_MS`]). A leased row is handed to
    /// no other instance until it is recorded or its lease runs out (the instance died). This
    /// instance gets its own leased rows again (the sender skips those in flight, and renews the
    /// lease of those it put off for pacing).
    pub async fn due_outbox(&self, channel: &str, now: DateTime<Utc>, limit: i64) -> Result<Vec<OutboxItem>> {
        let now = millis(now);
        let lease = now + LEASE_MS;
        let (mine, mine_until): (Vec<i64>, Vec<i64>) = {
            let mut leases = self.leases.lock().unwrap_or_else(|p| p.into_inner());
            leases.retain(|_, until| *until > now);
            leases.iter().map(|(id, until)| (*id, *until)).unzip()
        };
        let rows = sqlx::query(
            "with due as (
               select m.id, m.contact_id from messages m
               where m.status = 'pending' and m.next_attempt_at <= $2
                 and (m.lease_until is null or m.lease_until <= $2
                      or (m.id, m.lease_until) in (select * from unnest($4::bigint[], $5::bigint[])))
                 and exists (select 1 from contacts k where k.id = m.contact_id and k.channel = $1)
                 and not exists (select 1 from messages e where e.contact_id = m.contact_id
                                 and e.id < m.id and e.status in ('pending', 'held'))
               order by m.next_attempt_at, m.id
               limit $3
               for update of m skip locked)
             update messages m set lease_until = $6
             from due d join contacts k on k.id = d.contact_id
               left join conversations c on c.contact_id = d.contact_id
             where m.id = d.id
             returning m.id, m.contact_id, k.external_key, m.body, m.choices, m.attempts, m.next_attempt_at,
                       k.last_inbound_at, k.template_sent_at, c.lang",
        )
        .bind(channel)
        .bind(now)
        .bind(limit)
        .bind(&mine)
        .bind(&mine_until)
        .bind(lease)
        .fetch_all(&self.pool)
        .await?;
        let mut items = Vec::with_capacity(rows.len());
        for r in &rows {
            let next: i64 = r.try_get("next_attempt_at")?;
            let item = OutboxItem {
                id: r.try_get("id")?,
                contact_id: r.try_get("contact_id")?,
                to: r.try_get("external_key")?,
                reply: Reply { text: r.try_get("body")?, choices: choices_of(r)? },
                lang: r.try_get("lang")?,
                attempts: r.try_get("attempts")?,
                last_inbound_at: r.try_get::<Option<i64>, _>("last_inbound_at")?.map(from_millis),
                template_sent_at: r.try_get::<Option<i64>, _>("template_sent_at")?.map(from_millis),
            };
            items.push((next, item));
        }
        items.sort_by_key(|(next, item)| (*next, item.id));
        {
            let mut leases = self.leases.lock().unwrap_or_else(|p| p.into_inner());
            for (_, item) in &items {
                leases.insert(item.id, lease);
            }
        }
        Ok(items.into_iter().map(|(_, item)| item).collect())
    }

    /// Records what the sender did with outbox rows, all in one transaction; their leases end.
    pub async fn record_sends(&self, results: &[(OutboxItem, SendResult)], now: DateTime<Utc>) -> Result<()> {
        let now = millis(now);
        let mut tx = self.pool.begin().await?;
        // The common case, sent, in one statement.
        let (sent, platform_ids): (Vec<i64>, Vec<Option<&str>>) = results
            .iter()
            .filter_map(|(item, r)| match r {
                SendResult::Sent { platform_id } => Some((item.id, platform_id.as_deref())),
                _ => None,
            })
            .unzip();
        if !sent.is_empty() {
            sqlx::query(
                "update messages set status = 'sent', platform_id = v.platform_id, attempts = attempts + 1,
                   error = null, lease_until = null
                 from unnest($1::bigint[], $2::text[]) as v(id, platform_id) where messages.id = v.id",
            )
            .bind(&sent)
            .bind(&platform_ids)
            .execute(&mut *tx)
            .await?;
        }
        for (item, result) in results {
            match result {
                SendResult::Sent { .. } => {}
                SendResult::Retry { at, error } => {
                    sqlx::query(
                        "update messages set attempts = attempts + 1, next_attempt_at = $2, error = $3,
                           lease_until = null
                         where id = $1",
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
                        "update messages set status = 'held', lease_until = null
                         where contact_id = $1 and id >= $2 and status = 'pending'",
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
                        "update messages set status = 'failed', attempts = attempts + 1, error = $2, lease_until = null
                         where id = $1",
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
        let mut leases = self.leases.lock().unwrap_or_else(|p| p.into_inner());
        for (item, _) in results {
            leases.remove(&item.id);
        }
        Ok(())
    }

    pub async fn mark_unreachable(&self, contact: &ContactKey, now: DateTime<Utc>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> =
            sqlx::query_scalar("select id from contacts where channel = $1 and external_key = $2 for update")
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

    pub async fn update_status(
        &self,
        channel: &str,
        platform_id: &str,
        status: &str,
        error: Option<&str>,
        hold: bool,
    ) -> Result<bool> {
        let status = if hold { "held" } else { status };
        let rank: i64 = match status {
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
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn outbox_backlog(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("select count(*) from messages where status in ('pending', 'held')")
            .fetch_one(&self.pool)
            .await?)
    }

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

    pub async fn is_unreachable(&self, contact: &ContactKey) -> Result<bool> {
        let at: Option<Option<i64>> =
            sqlx::query_scalar("select unreachable_at from contacts where channel = $1 and external_key = $2")
                .bind(&contact.channel)
                .bind(&contact.key)
                .fetch_optional(&self.pool)
                .await?;
        Ok(at.flatten().is_some())
    }

    pub async fn ping(&self) -> Result<()> {
        sqlx::query("select 1").execute(&self.pool).await?;
        Ok(())
    }

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

    pub async fn message_count(&self, contact: &ContactKey) -> Result<i64> {
        self.count(contact, "select count(*) from messages where contact_id in (select id from contacts where channel = $1 and external_key = $2)").await
    }

    pub async fn contact_exists(&self, contact: &ContactKey) -> Result<bool> {
        Ok(self.count(contact, "select count(*) from contacts where channel = $1 and external_key = $2").await? > 0)
    }

    pub async fn ticket_count(&self, contact: &ContactKey) -> Result<i64> {
        self.count(contact, "select count(*) from tickets where contact_id in (select id from contacts where channel = $1 and external_key = $2)").await
    }

    /// Runs a `select count(*)` whose two parameters are the contact's channel and key.
    async fn count(&self, contact: &ContactKey, sql: &'static str) -> Result<i64> {
        Ok(sqlx::query_scalar(sql).bind(&contact.channel).bind(&contact.key).fetch_one(&self.pool).await?)
    }
}

/// Whether a connection error means the server is not (yet) there, worth waiting for.
fn is_unreachable(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut)
        || matches!(e, sqlx::Error::Database(d) if d.code().as_deref() == Some("57P03"))
}

/// Whether the database rolled a transaction back for reasons of its own (a deadlock, a
/// serialization failure): running it again may well succeed.
fn is_transient(e: &StoreError) -> bool {
    matches!(e, StoreError::Db(sqlx::Error::Database(d)) if matches!(d.code().as_deref(), Some("40P01" | "40001")))
}

/// Commits an ingested batch; if anything was processed (replies, tickets), every instance's
/// senders and consoles are told.
async fn commit_announced(mut tx: sqlx::Transaction<'static, sqlx::Postgres>, results: &[Ingested]) -> Result<()> {
    if results.iter().any(|r| matches!(r, Ingested::Done(_))) {
        notify::announce(&mut tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A reply row's choices (stored as JSON, absent for plain text).
fn choices_of(row: &PgRow) -> Result<Vec<ReplyChoice>> {
    let choices: Option<String> = row.try_get("choices")?;
    Ok(match choices {
        Some(c) => serde_json::from_str(&c)?,
        None => Vec::new(),
    })
}

/// The body of [`Pg::ingest`], inside its transaction.
async fn ingest_batch<F>(conn: &mut PgConnection, batch: &[Arrival], step: &mut F) -> Result<Vec<Ingested>>
where
    F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
{
    let ids = lock_contacts(conn, batch).await?;

    // 2. Each arrival in order, with a savepoint of its own.
    let mut deleted: HashSet<(String, String)> = HashSet::new();
    let mut results = Vec::with_capacity(batch.len());
    for a in batch {
        let key = (a.contact.channel.clone(), a.contact.key.clone());
        let contact_id = match ids.get(&key) {
            Some(id) if !deleted.contains(&key) => *id,
            // Deleted earlier in this batch (or not returned): the contact starts anew.
            _ => upsert_contact(conn, &a.contact, millis(a.at)).await?,
        };
        let result = ingest_one(conn, contact_id, a, step).await?;
        if matches!(&result, Ingested::Done(o) if o.effects.iter().any(|e| matches!(e, Effect::DeleteData))) {
            deleted.insert(key);
        }
        results.push(result);
    }
    Ok(results)
}

/// Every contact of the batch, created if new and locked for the transaction: their ids.
async fn lock_contacts(conn: &mut PgConnection, batch: &[Arrival]) -> Result<HashMap<(String, String), i64>> {
    // 1. Every contact of the batch, created if new and locked for the transaction, in one
    // statement (or a few) and in a fixed order (channel, key): two instances never wait on each
    // other in a circle. The window opens from the latest arrival (a late redelivery does not move it back).
    let mut latest: BTreeMap<(&str, &str), i64> = BTreeMap::new();
    for a in batch {
        let t = latest.entry((a.contact.channel.as_str(), a.contact.key.as_str())).or_insert(i64::MIN);
        *t = (*t).max(millis(a.at));
    }
    let contacts: Vec<(&str, &str, i64)> = latest.iter().map(|((c, k), at)| (*c, *k, *at)).collect();
    // In chunks of a few hundred (see [`CHUNK_BYTES`]), still in that order.
    let mut ids: HashMap<(String, String), i64> = HashMap::with_capacity(contacts.len());
    for part in fast::chunks(&contacts, CHUNK_BYTES, |(c, k, _)| c.len() + k.len() + 24) {
        let part = &contacts[part];
        let rows = sqlx::query(
            "insert into contacts (channel, external_key, created_at, last_inbound_at)
             select v.channel, v.external_key, v.at, v.at
             from unnest($1::text[], $2::text[], $3::bigint[]) as v(channel, external_key, at)
             order by v.channel, v.external_key
             on conflict (channel, external_key) do update set
               last_inbound_at = greatest(coalesce(contacts.last_inbound_at, 0), excluded.last_inbound_at)
             returning id, channel, external_key",
        )
        .bind(part.iter().map(|c| c.0).collect::<Vec<_>>())
        .bind(part.iter().map(|c| c.1).collect::<Vec<_>>())
        .bind(part.iter().map(|c| c.2).collect::<Vec<_>>())
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            ids.insert((r.try_get("channel")?, r.try_get("external_key")?), r.try_get("id")?);
        }
    }
    Ok(ids)
}

async fn upsert_contact(conn: &mut PgConnection, contact: &ContactKey, now: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "insert into contacts (channel, external_key, created_at, last_inbound_at) values ($1, $2, $3, $3)
         on conflict (channel, external_key) do update set
           last_inbound_at = greatest(coalesce(contacts.last_inbound_at, 0), excluded.last_inbound_at)
         returning id",
    )
    .bind(&contact.channel)
    .bind(&contact.key)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

/// Stores the inbound row; `None` when it was stored before (a redelivery). When it is new, the
/// user wrote: they are reachable again, the template may go out again later, and replies held
/// outside the messaging window go out now (all in the same statement).
async fn insert_inbound(conn: &mut PgConnection, contact_id: i64, a: &Arrival, now: i64) -> Result<Option<i64>> {
    let (kind, body) = input_record(&a.input);
    Ok(sqlx::query_scalar(
        "with ins as (
           insert into messages (contact_id, direction, external_id, kind, body, media, status, created_at)
           values ($1, 'in', $2, $3, $4, $5, 'processed', $6)
           on conflict (contact_id, external_id) where external_id is not null do nothing
           returning id),
         reach as (
           update contacts set unreachable_at = null, template_sent_at = null
           where id = $1 and (unreachable_at is not null or template_sent_at is not null)
             and exists (select 1 from ins)),
         held as (
           update messages set status = 'pending', next_attempt_at = $6, lease_until = null
           where contact_id = $1 and status = 'held' and exists (select 1 from ins))
         select id from ins",
    )
    .bind(contact_id)
    .bind(&a.external_id)
    .bind(kind)
    .bind(body)
    .bind(&a.media)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?)
}

/// The user wrote (an inbound row retried): what [`insert_inbound`] does besides storing it.
async fn user_wrote(conn: &mut PgConnection, contact_id: i64, now: i64) -> Result<()> {
    sqlx::query(
        "with reach as (
           update contacts set unreachable_at = null, template_sent_at = null
           where id = $1 and (unreachable_at is not null or template_sent_at is not null))
         update messages set status = 'pending', next_attempt_at = $2, lease_until = null
         where contact_id = $1 and status = 'held'",
    )
    .bind(contact_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn ingest_one<F>(conn: &mut PgConnection, contact_id: i64, a: &Arrival, step: &mut F) -> Result<Ingested>
where
    F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
{
    let now = millis(a.at);
    // A resume (the user reopened the chat) is not a message: nothing to store or deduplicate.
    let inbound_id = match (a.stored_id, &a.input) {
        (Some(id), _) => {
            // Instances starting together both retry the rows left unprocessed: the one that
            // comes second (the contact's lock makes them take turns) finds it done.
            let status: Option<String> = sqlx::query_scalar("select status from messages where id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
            if status.as_deref() != Some("unprocessed") {
                return Ok(Ingested::Duplicate);
            }
            user_wrote(conn, contact_id, now).await?;
            Some(id)
        }
        (None, Input::Resume) => None,
        (None, _) => match insert_inbound(conn, contact_id, a, now).await? {
            Some(id) => Some(id),
            None => return Ok(Ingested::Duplicate),
        },
    };
    sqlx::query("savepoint pelita_step").execute(&mut *conn).await?;
    let mut failure = String::new();
    for attempt in 0..MAX_ATTEMPTS {
        let state = load_state(conn, contact_id).await?;
        let outcome = step(a, state, attempt);
        match apply(conn, contact_id, &outcome, now, a.reply_status).await {
            Ok(()) => {
                if a.stored_id.is_some() {
                    sqlx::query("update messages set status = 'processed', error = null where id = $1")
                        .bind(inbound_id)
                        .execute(&mut *conn)
                        .await?;
                }
                sqlx::query("release savepoint pelita_step").execute(&mut *conn).await?;
                return Ok(Ingested::Done(outcome));
            }
            Err(e) => {
                sqlx::query("rollback to savepoint pelita_step").execute(&mut *conn).await?;
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
        .execute(&mut *conn)
        .await?;
    sqlx::query("release savepoint pelita_step").execute(&mut *conn).await?;
    Ok(Ingested::Failed(failure))
}

async fn set_unreachable(conn: &mut PgConnection, contact_id: i64, now: i64) -> Result<()> {
    sqlx::query("update contacts set unreachable_at = $2 where id = $1")
        .bind(contact_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "update messages set status = 'failed', error = 'unreachable', lease_until = null
         where contact_id = $1 and status in ('pending', 'held')",
    )
    .bind(contact_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn load_state(conn: &mut PgConnection, contact_id: i64) -> Result<Option<State>> {
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

fn state_from_row(row: &PgRow) -> Result<State> {
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
        misses: u32::try_from(row.try_get::<i64, _>("misses")?).unwrap_or(u32::MAX),
        urgent: row.try_get::<Option<i64>, _>("urgent_at")?.is_some(),
        human: row.try_get::<bool, _>("human")?,
        offered: match row.try_get::<Option<&str>, _>("offered")? {
            Some(json) => serde_json::from_str(json)?,
            None => Vec::new(),
        },
    })
}

async fn apply(
    conn: &mut PgConnection,
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
    .execute(&mut *conn)
    .await?;

    // Every reply in one statement, ids in the order they were written; the outbox is these rows.
    if !outcome.replies.is_empty() {
        let mut bodies = Vec::with_capacity(outcome.replies.len());
        let mut choices = Vec::with_capacity(outcome.replies.len());
        for r in &outcome.replies {
            bodies.push(r.text.as_str());
            choices.push((!r.choices.is_empty()).then(|| serde_json::to_string(&r.choices)).transpose()?);
        }
        sqlx::query(
            "insert into messages (contact_id, direction, kind, body, choices, status, next_attempt_at, created_at)
             select $1, 'out', 'reply', r.body, r.choices, $4, $5, $5
             from unnest($2::text[], $3::text[]) with ordinality as r(body, choices, n)
             order by r.n",
        )
        .bind(contact_id)
        .bind(&bodies)
        .bind(&choices)
        .bind(reply_status)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }

    apply_effects(conn, contact_id, &outcome.effects, now).await
}

async fn apply_effects(conn: &mut PgConnection, contact_id: i64, effects: &[Effect], now: i64) -> Result<()> {
    let mut case_id: Option<i64> = None;
    for effect in effects {
        match effect {
            Effect::OpenCase { kind, code, fields, urgent } => {
                let id: i64 = sqlx::query_scalar(
                    "insert into cases (code, kind, contact_id, fields, urgent, created_at)
                     values ($1, $2, $3, $4, $5, $6) returning id",
                )
                .bind(code)
                .bind(kind.as_str())
                .bind(contact_id)
                .bind(serde_json::to_string(fields)?)
                .bind(i64::from(*urgent))
                .bind(now)
                .fetch_one(&mut *conn)
                .await?;
                case_id = Some(id);
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
                       priority = least(tickets.priority, excluded.priority),
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
                .execute(&mut *conn)
                .await?;
            }
            Effect::Rate(n) => {
                sqlx::query(
                    "update tickets set rating = $2 where id =
                       (select id from tickets where contact_id = $1 and status = 'closed'
                        order by closed_at desc, id desc limit 1)",
                )
                .bind(contact_id)
                .bind(i64::from(*n))
                .execute(&mut *conn)
                .await?;
            }
            // Answered after the commit (see the pipeline); nothing to store.
            Effect::CaseStatus { .. } => {}
            // Saved with the state above (urgent_at).
            Effect::MarkUrgent => {}
            Effect::DeleteData => {
                // The organisations see why a ticket went (its number, nothing else).
                sqlx::query(ERASED_ON_REQUEST).bind(contact_id).bind(now).execute(&mut *conn).await?;
                sqlx::query("delete from contacts where id = $1").bind(contact_id).execute(&mut *conn).await?;
            }
        }
    }
    Ok(())
}

/// The batch path of [`Pg::ingest`]: a handful of statements per batch (one more per
/// [`CHUNK_BYTES`](super::CHUNK_BYTES) of rows, one or two per case or ticket). Returns `None`
/// when the batch needs the careful path (a deletion); an error also sends it there. The caller
/// rolls the transaction back then.
///
/// What it stores is what the careful path would: the contacts are created and locked first (in
/// the same statement and order), the inbound rows inserted once (a redelivery, or a repeat
/// within the batch, is a duplicate), a user who wrote is reachable again and their held replies
/// go out (from the time of their first new message), the engine runs in arrival order (a
/// contact's second message sees its first's state, with `human` as the database says), and
/// the states, replies and effects are written.
mod fast {
    use std::collections::{HashMap, HashSet};

    use sqlx::Row;
    use sqlx::postgres::PgConnection;

    use super::{Arrival, Ingested, Result, input_record, lock_contacts, millis, state_from_row};
    use crate::engine::{Effect, Input, Outcome, State};

    pub(super) async fn ingest<F>(
        conn: &mut PgConnection,
        batch: &[Arrival],
        step: &mut F,
    ) -> Result<Option<Vec<Ingested>>>
    where
        F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
    {
        // 1. The contacts, created and locked in a fixed order (as on the careful path).
        let ids = lock_contacts(conn, batch).await?;
        let mut contact_of = Vec::with_capacity(batch.len());
        for a in batch {
            match ids.get(&(a.contact.channel.clone(), a.contact.key.clone())) {
                Some(id) => contact_of.push(*id),
                None => return Ok(None),
            }
        }

        // 2. Once the locks are held: the inbound rows not stored before (a repeat within the
        // batch is left out here already), the users who wrote reachable again and their held
        // replies released, and every contact's state. One statement, or one per chunk of rows
        // (see [`chunks`]); the last one loads the states, after every inbound row is in.
        let mut queued: HashSet<(i64, &str)> = HashSet::new();
        // contact, external id, kind, body, media, time
        type Inbound<'a> = (i64, &'a str, &'static str, String, Option<&'a str>, i64);
        let mut inbound: Vec<Inbound> = Vec::new();
        for (a, &id) in batch.iter().zip(&contact_of) {
            if a.input == Input::Resume {
                continue;
            }
            let Some(ext) = a.external_id.as_deref() else { return Ok(None) };
            if queued.insert((id, ext)) {
                let (kind, body) = input_record(&a.input);
                inbound.push((id, ext, kind, body, a.media.as_deref(), millis(a.at)));
            }
        }
        let mut contacts: Vec<i64> = ids.values().copied().collect();
        contacts.sort_unstable();
        // The contacts' ids go with the last chunk: half the room for the rows.
        let parts = chunks(&inbound, super::CHUNK_BYTES / 2, |(_, ext, kind, body, media, _)| {
            ext.len() + kind.len() + body.len() + media.map_or(0, str::len) + 40
        });
        let mut fresh: HashSet<(i64, String)> = HashSet::new();
        // Per contact: its state, whether a counsellor holds it, since when it is urgent.
        let mut states: HashMap<i64, (Option<State>, bool, Option<i64>)> = HashMap::with_capacity(contacts.len());
        for (n, part) in parts.iter().enumerate() {
            let rows = &inbound[part.clone()];
            let last = n + 1 == parts.len();
            // Only the contacts of this chunk (for which rows are new) until the last.
            let of: Vec<i64> = if last {
                contacts.clone()
            } else {
                let mut of: Vec<i64> = rows.iter().map(|r| r.0).collect();
                of.sort_unstable();
                of.dedup();
                of
            };
            let found = sqlx::query(
                "with v as (
                   select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
                     with ordinality as v(contact_id, external_id, kind, body, media, at, n)),
                 ins as (
                   insert into messages (contact_id, direction, external_id, kind, body, media, status, created_at)
                   select v.contact_id, 'in', v.external_id, v.kind, v.body, v.media, 'processed', v.at
                   from v order by v.n
                   on conflict (contact_id, external_id) where external_id is not null do nothing
                   returning contact_id, external_id),
                 wrote as (
                   select distinct on (v.contact_id) v.contact_id, v.at
                   from v join ins on ins.contact_id = v.contact_id and ins.external_id = v.external_id
                   order by v.contact_id, v.n),
                 reach as (
                   update contacts set unreachable_at = null, template_sent_at = null from wrote
                   where contacts.id = wrote.contact_id
                     and (contacts.unreachable_at is not null or contacts.template_sent_at is not null)),
                 held as (
                   update messages set status = 'pending', next_attempt_at = wrote.at, lease_until = null from wrote
                   where messages.contact_id = wrote.contact_id and messages.status = 'held')
                 select k.id, (select array_agg(ins.external_id) from ins where ins.contact_id = k.id) as fresh,
                        c.contact_id is not null as known, c.lang, c.flow, c.step, c.stack, c.fields, c.misses,
                        c.urgent_at, c.offered,
                        exists (select 1 from tickets t where t.contact_id = k.id and t.status = 'claimed') as human
                 from unnest($7::bigint[]) as k(id) left join conversations c on c.contact_id = k.id",
            )
            .bind(rows.iter().map(|r| r.0).collect::<Vec<_>>())
            .bind(rows.iter().map(|r| r.1).collect::<Vec<_>>())
            .bind(rows.iter().map(|r| r.2).collect::<Vec<_>>())
            .bind(rows.iter().map(|r| r.3.as_str()).collect::<Vec<_>>())
            .bind(rows.iter().map(|r| r.4).collect::<Vec<_>>())
            .bind(rows.iter().map(|r| r.5).collect::<Vec<_>>())
            .bind(&of)
            .fetch_all(&mut *conn)
            .await?;
            for r in &found {
                let id: i64 = r.try_get("id")?;
                for ext in r.try_get::<Option<Vec<String>>, _>("fresh")?.unwrap_or_default() {
                    fresh.insert((id, ext));
                }
                if last {
                    let human: bool = r.try_get("human")?;
                    let state = if r.try_get::<bool, _>("known")? { Some(state_from_row(r)?) } else { None };
                    states.insert(id, (state, human, r.try_get("urgent_at")?));
                }
            }
        }

        // 3. The engine, in arrival order.
        let mut results = Vec::with_capacity(batch.len());
        let mut outcomes: Vec<(i64, i64, &Arrival, Outcome)> = Vec::new();
        // Contacts whose state changed, in the order they were first processed, with the time
        // of their last processed arrival.
        let mut changed: Vec<(i64, i64)> = Vec::new();
        for (a, &id) in batch.iter().zip(&contact_of) {
            let new =
                a.input == Input::Resume || a.external_id.as_ref().is_some_and(|ext| fresh.remove(&(id, ext.clone())));
            if !new {
                results.push(Ingested::Duplicate);
                continue;
            }
            let Some((state, human, urgent_since)) = states.get_mut(&id) else { return Ok(None) };
            let outcome = step(a, state.clone(), 0);
            if outcome.effects.iter().any(|e| matches!(e, Effect::DeleteData)) {
                return Ok(None);
            }
            let now = millis(a.at);
            // What the careful path would load next: the state as saved (`human` is not saved but
            // derived from the tickets), urgent since the first arrival that made it so.
            let mut next = outcome.state.clone();
            next.human = *human;
            *urgent_since = if next.urgent { urgent_since.or(Some(now)) } else { None };
            *state = Some(next);
            match changed.iter_mut().find(|(c, _)| *c == id) {
                Some((_, at)) => *at = now,
                None => changed.push((id, now)),
            }
            results.push(Ingested::Done(outcome.clone()));
            outcomes.push((id, now, a, outcome));
        }
        if outcomes.is_empty() {
            return Ok(Some(results));
        }

        // 4. The new states and every reply (ids in the order they were written): one statement,
        // or one per chunk (see [`chunks`]).
        changed.sort_unstable_by_key(|(id, _)| *id);
        let mut convs = Vec::with_capacity(changed.len());
        for (id, at) in &changed {
            let (Some(s), _, urgent_since) = &states[id] else { return Ok(None) };
            convs.push((
                *id,
                s.lang.as_deref(),
                s.at.as_ref().map(|p| p.flow.as_str()),
                s.at.as_ref().map(|p| p.step.as_str()),
                serde_json::to_string(&s.stack)?,
                serde_json::to_string(&s.fields)?,
                i64::from(s.misses),
                *urgent_since,
                *at,
                super::offered_json(&s.offered)?,
            ));
        }
        let mut replies = Vec::new();
        for (id, at, a, outcome) in &outcomes {
            for r in &outcome.replies {
                let choices = (!r.choices.is_empty()).then(|| serde_json::to_string(&r.choices)).transpose()?;
                replies.push((*id, r.text.as_str(), choices, a.reply_status, *at));
            }
        }
        // Half the room for each.
        let conv_parts = chunks(&convs, super::CHUNK_BYTES / 2, |c| {
            c.1.map_or(0, str::len)
                + c.2.map_or(0, str::len)
                + c.3.map_or(0, str::len)
                + c.4.len()
                + c.5.len()
                + c.9.as_ref().map_or(0, String::len)
                + 60
        });
        let reply_parts = chunks(&replies, super::CHUNK_BYTES / 2, |r| {
            r.1.len() + r.2.as_ref().map_or(0, String::len) + r.3.len() + 40
        });
        for n in 0..conv_parts.len().max(reply_parts.len()) {
            let c = conv_parts.get(n).map_or(&convs[..0], |p| &convs[p.clone()]);
            let r = reply_parts.get(n).map_or(&replies[..0], |p| &replies[p.clone()]);
            sqlx::query(
                "with conv as (
                   insert into conversations (contact_id, lang, flow, step, stack, fields, misses, urgent_at,
                                              updated_at, offered)
                   select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                                        $7::bigint[], $8::bigint[], $9::bigint[], $10::text[])
                   on conflict (contact_id) do update set
                     lang = excluded.lang, flow = excluded.flow, step = excluded.step, stack = excluded.stack,
                     fields = excluded.fields, misses = excluded.misses, offered = excluded.offered,
                     urgent_at = excluded.urgent_at, updated_at = excluded.updated_at)
                 insert into messages (contact_id, direction, kind, body, choices, status, next_attempt_at, created_at)
                 select r.contact_id, 'out', 'reply', r.body, r.choices, r.status, r.at, r.at
                 from unnest($11::bigint[], $12::text[], $13::text[], $14::text[], $15::bigint[])
                   with ordinality as r(contact_id, body, choices, status, at, n)
                 order by r.n",
            )
            .bind(c.iter().map(|c| c.0).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.1).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.2).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.3).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.4.as_str()).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.5.as_str()).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.6).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.7).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.8).collect::<Vec<_>>())
            .bind(c.iter().map(|c| c.9.as_deref()).collect::<Vec<_>>())
            .bind(r.iter().map(|r| r.0).collect::<Vec<_>>())
            .bind(r.iter().map(|r| r.1).collect::<Vec<_>>())
            .bind(r.iter().map(|r| r.2.as_deref()).collect::<Vec<_>>())
            .bind(r.iter().map(|r| r.3).collect::<Vec<_>>())
            .bind(r.iter().map(|r| r.4).collect::<Vec<_>>())
            .execute(&mut *conn)
            .await?;
        }

        // 5. The effects (cases, tickets, ratings), in arrival order.
        for (id, at, _, outcome) in &outcomes {
            super::apply_effects(conn, *id, &outcome.effects, *at).await?;
        }
        Ok(Some(results))
    }

    /// Splits `rows` into consecutive ranges of at most `limit` bytes by `size` (at least one row
    /// each); always at least one range (empty when there are no rows).
    pub(super) fn chunks<T>(rows: &[T], limit: usize, size: impl Fn(&T) -> usize) -> Vec<std::ops::Range<usize>> {
        let mut parts = Vec::new();
        let (mut start, mut bytes) = (0, 0);
        for (i, row) in rows.iter().enumerate() {
            let b = size(row);
            if i > start && bytes + b > limit {
                parts.push(start..i);
                (start, bytes) = (i, 0);
            }
            bytes += b;
        }
        parts.push(start..rows.len());
        parts
    }
}

//! The store: every SQL statement of Pelita lives in this module.
//!
//! SQLite by default (`sqlite::Lite`), PostgreSQL when several instances share one database
//! (`pg::Pg`); [`Store`] hands every call to the one it opened. Each backend has its own
//! migrations (`migrations/sqlite`, `migrations/postgres`), embedded and applied at open. One inbound message, the state change it causes, the replies it produces and
//! their effects commit in one transaction ([`Store::ingest`], which groups many inputs into one
//! commit): all of it happened, or none of it.
//!
//! The `messages` table is inbox and outbox at once. An inbound row is unique per contact and
//! platform message id, so a redelivered update is stored once and answered as a duplicate.
//! Outbound rows wait as `pending` until a channel's sender marks them `sent` (or `held`,
//! `failed`); replies of the terminal and the web chat are `delivered` as they are stored.
use chrono::{DateTime, Utc};

use crate::engine::{Outcome, Reply, State};

mod model;
mod pg;
mod sqlite;

pub use model::*;
pub use pg::PgSettings;

/// The database: SQLite (a file, one process) or PostgreSQL (one database, many instances).
#[derive(Clone)]
pub struct Store {
    db: Db,
}

#[derive(Clone)]
enum Db {
    Sqlite(sqlite::Lite),
    Pg(pg::Pg),
}

/// Every call goes to the backend the store opened; both implement all of them.
macro_rules! dispatch {
    ($($(#[$meta:meta])* pub async fn $name:ident(&self $(, $arg:ident: $ty:ty)*) -> $ret:ty;)*) => {
        impl Store {
            $(
                $(#[$meta])*
                #[allow(clippy::too_many_arguments)]
                pub async fn $name(&self $(, $arg: $ty)*) -> $ret {
                    match &self.db {
                        Db::Sqlite(db) => db.$name($($arg),*).await,
                        Db::Pg(db) => db.$name($($arg),*).await,
                    }
                }
            )*
        }
    };
}

impl Store {
    /// Opens the database at `url` and applies pending migrations: `postgres://…` (or
    /// `postgresql://…`) with the default pool settings, else SQLite: `sqlite://path`,
    /// `sqlite::memory:` or a plain file path.
    pub async fn open(url: &str) -> Result<Store> {
        Store::open_with(url, &PgSettings::default()).await
    }

    /// [`Store::open`] with the PostgreSQL pool's size and timeouts.
    pub async fn open_with(url: &str, pg: &PgSettings) -> Result<Store> {
        let db = if is_postgres(url) {
            Db::Pg(pg::Pg::open(url, pg).await?)
        } else {
            Db::Sqlite(sqlite::Lite::open(url).await?)
        };
        Ok(Store { db })
    }

    /// Waits for the next change any instance made (PostgreSQL's LISTEN/NOTIFY): the console's
    /// live updates and the senders are woken by it. `None` for SQLite, where this process is
    /// the only writer and wakes its own.
    pub async fn changes(&self) -> Result<Option<Changes>> {
        match &self.db {
            Db::Sqlite(_) => Ok(None),
            Db::Pg(db) => Ok(Some(Changes(db.listener().await?))),
        }
    }

    /// Whether this store is PostgreSQL (shared by instances) rather than a SQLite file.
    pub fn is_postgres(&self) -> bool {
        matches!(self.db, Db::Pg(_))
    }

    /// Stores and processes a batch of arrivals in one transaction (a group commit): for each, the
    /// inbound row (a duplicate stops there), `step` with the contact's state, the new state, the
    /// replies and the effects. A failure of one arrival is rolled back to its savepoint and its
    /// inbound row kept `unprocessed`; the others commit. `step` gets the attempt number, so a
    /// reference-code collision can be retried with new entropy.
    pub async fn ingest<F>(&self, batch: &[Arrival], step: F) -> Result<Vec<Ingested>>
    where
        F: FnMut(&Arrival, Option<State>, u32) -> Outcome,
    {
        match &self.db {
            Db::Sqlite(db) => db.ingest(batch, step).await,
            Db::Pg(db) => db.ingest(batch, step).await,
        }
    }

    /// Closes every connection.
    pub async fn close(&self) {
        match &self.db {
            Db::Sqlite(db) => db.close().await,
            Db::Pg(db) => db.close().await,
        }
    }
}

/// Changes announced by instances sharing a PostgreSQL database.
pub struct Changes(sqlx::postgres::PgListener);

impl Changes {
    /// The next change (several in a row may arrive as one), or a lost connection (listening
    /// again at once): changes announced meanwhile were not heard, so the caller looks again as
    /// if there had been one. An error means the database is gone.
    pub async fn next(&mut self) -> Result<()> {
        self.0.try_recv().await?;
        Ok(())
    }
}

/// Whether a database URL names PostgreSQL.
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Held by `pelita serve` on a SQLite database for as long as it runs: a second server on the
/// same file would send every reply twice (its outbox has no leases; PostgreSQL's has).
pub struct ServeLock {
    _file: Option<std::fs::File>,
}

impl ServeLock {
    /// Takes the lock (a `PATH-serve.lock` file beside the database, locked with `flock`, which
    /// the system releases when the process ends, even by `kill -9`). `Ok(None)` when another
    /// process holds it. PostgreSQL and in-memory databases need none.
    pub fn take(url: &str) -> std::io::Result<Option<ServeLock>> {
        match sqlite::file_path(url) {
            None => Ok(Some(ServeLock { _file: None })),
            Some(path) => {
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(format!("{path}-serve.lock"))?;
                match file.try_lock() {
                    Ok(()) => Ok(Some(ServeLock { _file: Some(file) })),
                    Err(std::fs::TryLockError::WouldBlock) => Ok(None),
                    Err(std::fs::TryLockError::Error(e)) => Err(e),
                }
            }
        }
    }
}

dispatch! {
    /// Inbound rows whose processing failed, oldest first, to be processed again.
    pub async fn unprocessed(&self, limit: i64, reply_status: fn(&str) -> &'static str) -> Result<Vec<Arrival>>;
    /// Replies due on `channel`: for each contact only the oldest one not yet sent, so that a
    /// conversation's replies go out in order.
    pub async fn due_outbox(&self, channel: &str, now: DateTime<Utc>, limit: i64) -> Result<Vec<OutboxItem>>;
    /// Records what the sender did with outbox rows, all in one transaction.
    pub async fn record_sends(&self, results: &[(OutboxItem, SendResult)], now: DateTime<Utc>) -> Result<()>;
    /// The platform says the user blocked the bot (or is gone): no more sending to them.
    pub async fn mark_unreachable(&self, contact: &ContactKey, now: DateTime<Utc>) -> Result<()>;
    /// A delivery status from the platform for a sent message (`sent`, `delivered`, `read` or
    /// `failed`). Statuses only move forward (they may arrive out of order); a failure with `hold`
    /// puts the message back to `held` (WhatsApp's window had closed). Returns whether a message
    /// changed.
    pub async fn update_status(&self, channel: &str, platform_id: &str, status: &str, error: Option<&str>, hold: bool) -> Result<bool>;
    /// How many replies wait to be sent (pending or held).
    pub async fn outbox_backlog(&self) -> Result<i64>;
    /// Replies to a contact after message `after` (the web chat fetches counsellor replies so).
    pub async fn replies_after(&self, contact: &ContactKey, after: i64) -> Result<Vec<(i64, Reply)>>;
    /// The status of each message of a contact, oldest first (for tests and the console).
    pub async fn message_statuses(&self, contact: &ContactKey) -> Result<Vec<(String, String, String)>>;
    /// Whether the platform told us the contact blocked the bot or is gone.
    pub async fn is_unreachable(&self, contact: &ContactKey) -> Result<bool>;
    /// Checks that the database answers (for `/healthz`).
    pub async fn ping(&self) -> Result<()>;
    /// The saved state of a contact, if any.
    pub async fn state(&self, contact: &ContactKey) -> Result<Option<State>>;
    /// A case or counselling request by its reference code.
    pub async fn case_by_code(&self, code: &str) -> Result<Option<CaseRecord>>;
    /// How many messages (in and out) are stored for a contact.
    pub async fn message_count(&self, contact: &ContactKey) -> Result<i64>;
    /// Whether anything at all is stored about a contact (used to prove deletion).
    pub async fn contact_exists(&self, contact: &ContactKey) -> Result<bool>;
    /// How many tickets a contact has had.
    pub async fn ticket_count(&self, contact: &ContactKey) -> Result<i64>;
    /// Adds a counsellor account; fails if the login is taken.
    pub async fn add_counsellor(&self, c: &NewCounsellor<'_>, now: DateTime<Utc>) -> Result<i64>;
    pub async fn credentials(&self, login: &str) -> Result<Option<Credentials>>;
    /// Records a login attempt: a success resets the count; a failure counts, and the
    /// `lock_after`-th in a row locks the account until `lock_until`.
    pub async fn login_attempt(&self, who: &Counsellor, ok: bool, lock_after: i64, lock_until: DateTime<Utc>, now: DateTime<Utc>) -> Result<()>;
    pub async fn set_password(&self, id: i64, password_hash: &str) -> Result<()>;
    pub async fn create_session(&self, token_hash: &str, counsellor: i64, csrf: &str, now: DateTime<Utc>, expires: DateTime<Utc>) -> Result<()>;
    /// The counsellor and CSRF token of a live session.
    pub async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<(Counsellor, String)>>;
    pub async fn end_session(&self, token_hash: &str) -> Result<()>;
    /// Open tickets (waiting and claimed) of an organisation (`None`: all), most urgent first,
    /// oldest first within a priority.
    pub async fn queue(&self, org: Option<&str>) -> Result<Vec<Ticket>>;
    /// A ticket, if it is in `org`'s queue (`None`: any).
    pub async fn ticket(&self, id: i64, org: Option<&str>) -> Result<Option<Ticket>>;
    /// A contact's waiting ticket: its organisation and place in the queue (1 = next).
    pub async fn queue_place(&self, contact: &ContactKey) -> Result<Option<(String, i64)>>;
    /// Where the case with `code` stands, if `contact` filed it: its ticket's status (`waiting`,
    /// `claimed`, `closed`), or `open` with no ticket. Someone else's code finds nothing.
    pub async fn case_status(&self, contact: &ContactKey, code: &str) -> Result<Option<String>>;
    /// Replies the bot adds outside a step (the queue notice), stored for the outbox.
    pub async fn add_replies(&self, contact: &ContactKey, texts: &[String], status: &str, now: DateTime<Utc>) -> Result<()>;
    /// The whole conversation of a contact, oldest first.
    pub async fn history(&self, contact_id: i64) -> Result<Vec<HistoryItem>>;
    /// Claims a waiting ticket: of two counsellors at once, one wins. `joined` is the message
    /// telling the user a counsellor has joined, stored for the outbox with `status`.
    pub async fn claim(&self, ticket: i64, who: &Counsellor, joined: &str, status: &str, now: DateTime<Utc>) -> Result<Claim>;
    /// A counsellor's reply to the user, sent through the channel they wrote from. Only the
    /// counsellor holding the ticket may reply; anything else is refused and nothing is stored.
    pub async fn counsellor_reply(&self, ticket: i64, who: &Counsellor, text: &str, status: &str, now: DateTime<Utc>) -> Result<Act>;
    pub async fn close_ticket(&self, ticket: i64, who: &Counsellor, outcome: &str, rating: (&str, &str), ask: &[Reply], status: &str, now: DateTime<Utc>) -> Result<Act>;
    /// Accounts of an organisation (`None`: all), with whether each is disabled.
    pub async fn accounts(&self, org: Option<&str>) -> Result<Vec<(Counsellor, bool)>>;
    /// Disables (or enables again) an account of `org` (`None`: any); its sessions end.
    pub async fn set_disabled(&self, id: i64, disabled: bool, by: &Counsellor, now: DateTime<Utc>) -> Result<bool>;
    /// Counsellors of an organisation who may take tickets (for transfers), by name.
    pub async fn colleagues(&self, org: &str) -> Result<Vec<(i64, String)>>;
    /// Hands a ticket on: to another counsellor of its organisation (who then holds it; the
    /// user is told who joined, `joined`), or to another organisation's queue. The holder may
    /// do it, and a supervisor or admin may reassign any ticket they can see.
    pub async fn transfer(&self, ticket: i64, who: &Counsellor, to: Transfer<'_>, joined: Option<&str>, status: &str, now: DateTime<Utc>) -> Result<Act>;
    /// A counsellor's name, if they belong to `org`.
    pub async fn counsellor_name(&self, id: i64, org: &str) -> Result<Option<String>>;
    /// Corrects the fields of a ticket's case (only fields the case has; the holder, or a
    /// supervisor or admin).
    pub async fn edit_case(&self, ticket: i64, who: &Counsellor, changes: &std::collections::BTreeMap<String, String>, now: DateTime<Utc>) -> Result<Act>;
    /// A private note on a ticket of the counsellor's organisation.
    pub async fn add_note(&self, ticket: i64, who: &Counsellor, body: &str, now: DateTime<Utc>) -> Result<Act>;
    /// The private notes of a ticket: (author, body, when), oldest first.
    pub async fn notes(&self, ticket: i64) -> Result<Vec<(String, String, DateTime<Utc>)>>;
    /// Claims without counsellor activity since `before` return to the queue (the audit log
    /// and the console say so). Returns the tickets returned.
    pub async fn expire_claims(&self, before: DateTime<Utc>, now: DateTime<Utc>) -> Result<Vec<i64>>;
    /// The retention job: erases up to `limit` contacts inactive since `before`
    /// (`model::INACTIVE_CONTACT`), with everything stored about them, as a user's own deletion
    /// request does; each erased ticket leaves an `erased_retention` audit entry. Safe on several
    /// instances at once. Returns how many contacts were erased.
    pub async fn erase_inactive(&self, before: DateTime<Utc>, limit: i64, now: DateTime<Utc>) -> Result<u64>;
    /// Writes one audit entry: who did what to which ticket.
    pub async fn audit_now(&self, who: Option<i64>, org: Option<&str>, action: &str, ticket: Option<i64>, now: DateTime<Utc>) -> Result<()>;
    /// The audit log of an organisation (`None`: all), newest first.
    pub async fn audit_log(&self, org: Option<&str>, limit: i64) -> Result<Vec<AuditRow>>;
}

//! What the store takes and gives, whichever database is behind it, and the helpers both
//! backends share.
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::engine::{Input, Outcome, Reply};

/// Reference codes are random; a collision is retried with new entropy this many times.
pub(crate) const MAX_ATTEMPTS: u32 = 5;

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
    #[error("the message was stored but could not be processed: {0}")]
    Processing(String),
    #[error("the PostgreSQL server at {server} did not answer in {waited} s: {error}")]
    Unreachable { server: String, waited: u64, error: String },
    #[error("not yet implemented for this database: {0}")]
    NotYet(&'static str),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Who a conversation is with: a channel and the platform's id for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactKey {
    pub channel: String,
    pub key: String,
}

/// Something a user sent, as a channel hands it to the store.
#[derive(Debug, Clone)]
pub struct Arrival {
    pub contact: ContactKey,
    /// The platform's id of the message or update; `None` where there is none (terminal).
    pub external_id: Option<String>,
    pub input: Input,
    /// Inbound media, JSON `{kind, ref}`, kept for a counsellor to fetch.
    pub media: Option<String>,
    pub at: DateTime<Utc>,
    /// The status replies start in: `pending` for channels with a sender, `delivered` otherwise.
    pub reply_status: &'static str,
    /// The row id when the inbound is already stored (an unprocessed row being retried).
    pub stored_id: Option<i64>,
}

/// What became of one arrival.
#[derive(Debug, Clone, PartialEq)]
pub enum Ingested {
    Done(Outcome),
    /// Already stored earlier: nothing was done.
    Duplicate,
    /// Stored but not processed (kept as `unprocessed` for a retry); the reason.
    Failed(String),
}

/// A reply due to be sent by a channel's sender.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: i64,
    pub contact_id: i64,
    /// The platform's id for the user (chat id, WhatsApp user id).
    pub to: String,
    pub reply: Reply,
    /// The conversation's language, for what the channel adds itself (a list button's caption).
    pub lang: Option<String>,
    pub attempts: i64,
    pub last_inbound_at: Option<DateTime<Utc>>,
    pub template_sent_at: Option<DateTime<Utc>>,
}

/// What a sender did with an outbox row.
#[derive(Debug, Clone, PartialEq)]
pub enum SendResult {
    Sent {
        platform_id: Option<String>,
    },
    /// Try again at this time.
    Retry {
        at: DateTime<Utc>,
        error: String,
    },
    /// Not sent: outside the platform's messaging window, until the user writes again;
    /// `template_sent` when the "you have a new message" template went out instead.
    Held {
        template_sent: bool,
    },
    /// Never to be sent; `unreachable` when the user blocked the bot or is gone.
    Failed {
        error: String,
        unreachable: bool,
    },
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

pub(crate) fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_millis(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

pub(crate) fn is_code_collision(e: &StoreError) -> bool {
    matches!(e, StoreError::Db(sqlx::Error::Database(d)) if d.constraint() == Some("cases_code") || d.message().contains("cases.code"))
}

/// How an input is recorded: a kind and a readable body (what a counsellor sees in the history).
pub(crate) fn input_record(input: &Input) -> (&'static str, String) {
    match input {
        Input::Start { payload } => ("start", payload.clone().unwrap_or_default()),
        Input::Text(t) => ("text", t.clone()),
        Input::Choice(k) => ("choice", k.clone()),
        Input::Media(k) => ("media", k.clone()),
        Input::Location { lat, lon } => ("location", format!("{lat},{lon}")),
        Input::Edited => ("edited", String::new()),
        Input::Unreadable => ("unreadable", String::new()),
        Input::Resume => ("resume", String::new()),
    }
}

pub(crate) fn input_from_record(kind: String, body: String) -> Input {
    match kind.as_str() {
        "start" => Input::Start { payload: (!body.is_empty()).then_some(body) },
        "choice" => Input::Choice(body),
        "media" => Input::Media(body),
        "location" => {
            let mut parts = body.split(',').map(|p| p.trim().parse::<f64>());
            match (parts.next(), parts.next()) {
                (Some(Ok(lat)), Some(Ok(lon))) => Input::Location { lat, lon },
                _ => Input::Unreadable,
            }
        }
        "edited" => Input::Edited,
        "unreadable" => Input::Unreadable,
        "resume" => Input::Resume,
        _ => Input::Text(body),
    }
}

/// The offered topics as stored: a JSON array, or null when there are none.
pub(crate) fn offered_json(offered: &[String]) -> Result<Option<String>> {
    Ok(if offered.is_empty() { None } else { Some(serde_json::to_string(offered)?) })
}

// Counsellors, tickets and the console.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Counsellor,
    Supervisor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Counsellor => "counsellor",
            Role::Supervisor => "supervisor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Counsellor, Role::Supervisor, Role::Admin].into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counsellor {
    pub id: i64,
    pub login: String,
    pub name: String,
    pub org: String,
    pub role: Role,
    pub languages: Vec<String>,
    pub gender: Option<String>,
    pub must_change_password: bool,
}

impl Counsellor {
    /// The organisation whose tickets this account may see; `None` for all (an admin).
    pub fn scope(&self) -> Option<&str> {
        (self.role != Role::Admin).then_some(self.org.as_str())
    }
}

/// What a login needs to decide.
pub struct Credentials {
    pub counsellor: Counsellor,
    pub password_hash: String,
    pub failed_logins: i64,
    pub locked_until: Option<DateTime<Utc>>,
    pub disabled: bool,
}

pub struct NewCounsellor<'a> {
    pub login: &'a str,
    pub name: &'a str,
    pub org: &'a str,
    pub role: Role,
    pub languages: &'a [String],
    pub gender: Option<&'a str>,
    pub password_hash: &'a str,
}

#[derive(Debug, Clone)]
pub struct Ticket {
    pub id: i64,
    pub contact_id: i64,
    pub channel: String,
    pub org: String,
    pub status: String,
    pub priority: i64,
    pub topic: String,
    pub lang: Option<String>,
    pub district: Option<String>,
    pub gender: Option<String>,
    pub counsellor_id: Option<i64>,
    pub counsellor_name: Option<String>,
    pub opened_at: DateTime<Utc>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub first_reply_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<String>,
    pub rating: Option<i64>,
    pub case_code: Option<String>,
    pub case_fields: Option<std::collections::BTreeMap<String, String>>,
}

/// One message of a conversation, as the console shows it.
#[derive(Debug, Clone)]
pub struct HistoryItem {
    pub id: i64,
    pub direction: String,
    pub body: String,
    /// Inbound media: JSON `{kind, ref}`.
    pub media: Option<String>,
    pub status: String,
    pub created_at: DateTime<Utc>,
    /// Who wrote an outbound message: a counsellor's name, or none for the bot.
    pub counsellor: Option<String>,
}

/// Where a ticket is handed on to.
#[derive(Debug, Clone, Copy)]
pub enum Transfer<'a> {
    /// A counsellor (by id) of the ticket's organisation.
    Counsellor(i64),
    /// Another organisation's queue (by id).
    Organisation(&'a str),
}

/// One audit entry: when, who (a counsellor's name), the action, the ticket.
pub type AuditRow = (DateTime<Utc>, Option<String>, String, Option<i64>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    Claimed,
    /// Someone else holds it.
    Taken {
        by: String,
    },
    /// The user asked for a counsellor of this gender (`f`, `m`), and one is on duty (logged in).
    WantsGender(String),
    Closed,
    NotFound,
}

/// What became of a counsellor's action on a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// Done; for a reply, the outbound message's id.
    Done(i64),
    /// The ticket is not (or no longer) held by this counsellor.
    NotHolder {
        holder: Option<String>,
    },
    Closed,
    NotFound,
}

/// The retention job's test: a contact with nothing since `$1` (no message either way, no state
/// change, no ticket opened, closed or noted) and no open ticket. A reply still unsent that long
/// will not be sent (retries end within minutes; a held WhatsApp reply waits for a user who has
/// not written since), so it keeps nobody. Both backends erase the same ones.
pub(crate) const INACTIVE_CONTACT: &str = "c.created_at < $1
    and coalesce(c.last_inbound_at, 0) < $1
    and not exists (select 1 from conversations v where v.contact_id = c.id and v.updated_at >= $1)
    and not exists (select 1 from messages m where m.contact_id = c.id and m.created_at >= $1)
    and not exists (select 1 from tickets t where t.contact_id = c.id
        and (t.status <> 'closed' or t.opened_at >= $1 or t.closed_at >= $1
             or exists (select 1 from ticket_notes n where n.ticket_id = t.id and n.created_at >= $1)))";

/// Before a user's own data deletion: an `erased_request` audit entry for each of their tickets,
/// in its organisation's log. `$1` the contact, `$2` the time.
pub(crate) const ERASED_ON_REQUEST: &str = "insert into audit_log (counsellor_id, org, action, ticket_id, created_at)
    select null, org, 'erased_request', id, $2 from tickets where contact_id = $1 order by id";

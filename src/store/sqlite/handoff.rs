//! Tickets, counsellor accounts, console sessions and the audit log: the SQL behind the handoff
//! and the console. Every query that reads or changes a ticket takes the organisation whose
//! queue the counsellor may see (`None` for an admin), so that a ticket id guessed in a URL
//! finds nothing outside it.
use chrono::{DateTime, Utc};
// Only constant column lists are spliced into SQL here; every value is bound.
use sqlx::{AssertSqlSafe, Row};

use super::Lite;
use crate::engine::Reply;
use crate::store::model::*;

const TICKET_COLUMNS: &str = "t.id, t.contact_id, k.channel, t.org, t.status, t.priority, t.topic, t.lang, t.district,
    t.gender, t.counsellor_id, s.name as counsellor_name, t.opened_at, t.claimed_at, t.first_reply_at, t.closed_at,
    t.outcome, t.rating, c.code as case_code, c.fields as case_fields";

const TICKET_FROM: &str = "from tickets t join contacts k on k.id = t.contact_id
    left join counsellors s on s.id = t.counsellor_id
    left join cases c on c.id = t.case_id";

fn ticket_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<Ticket> {
    let at = |name: &str| -> Result<Option<DateTime<Utc>>> { Ok(r.try_get::<Option<i64>, _>(name)?.map(from_millis)) };
    Ok(Ticket {
        id: r.try_get("id")?,
        contact_id: r.try_get("contact_id")?,
        channel: r.try_get("channel")?,
        org: r.try_get("org")?,
        status: r.try_get("status")?,
        priority: r.try_get("priority")?,
        topic: r.try_get("topic")?,
        lang: r.try_get("lang")?,
        district: r.try_get("district")?,
        gender: r.try_get("gender")?,
        counsellor_id: r.try_get("counsellor_id")?,
        counsellor_name: r.try_get("counsellor_name")?,
        opened_at: from_millis(r.try_get("opened_at")?),
        claimed_at: at("claimed_at")?,
        first_reply_at: at("first_reply_at")?,
        closed_at: at("closed_at")?,
        outcome: r.try_get("outcome")?,
        rating: r.try_get("rating")?,
        case_code: r.try_get("case_code")?,
        case_fields: r.try_get::<Option<&str>, _>("case_fields")?.map(serde_json::from_str).transpose()?,
    })
}

fn counsellor_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<Counsellor> {
    let languages: String = r.try_get("languages")?;
    Ok(Counsellor {
        id: r.try_get("id")?,
        login: r.try_get("login")?,
        name: r.try_get("name")?,
        org: r.try_get("org")?,
        role: Role::parse(r.try_get("role")?).unwrap_or(Role::Counsellor),
        languages: languages.split(',').filter(|l| !l.is_empty()).map(str::to_owned).collect(),
        gender: r.try_get("gender")?,
        must_change_password: r.try_get::<i64, _>("must_change_password")? != 0,
    })
}

const COUNSELLOR_COLUMNS: &str = "id, login, name, org, role, languages, gender, must_change_password, password_hash, failed_logins, locked_until, disabled";

impl Lite {
    /// Adds a counsellor account; fails if the login is taken.
    pub async fn add_counsellor(&self, c: &NewCounsellor<'_>, now: DateTime<Utc>) -> Result<i64> {
        let _writing = self.writer.lock().await;
        let done = sqlx::query(
            "insert into counsellors (login, name, org, role, languages, gender, password_hash, created_at)
             values ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(c.login)
        .bind(c.name)
        .bind(c.org)
        .bind(c.role.as_str())
        .bind(c.languages.join(","))
        .bind(c.gender)
        .bind(c.password_hash)
        .bind(millis(now))
        .execute(&self.write)
        .await?;
        Ok(done.last_insert_rowid())
    }

    pub async fn credentials(&self, login: &str) -> Result<Option<Credentials>> {
        let row = sqlx::query(AssertSqlSafe(format!("select {COUNSELLOR_COLUMNS} from counsellors where login = $1")))
            .bind(login)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(Credentials {
                counsellor: counsellor_from_row(&r)?,
                password_hash: r.try_get("password_hash")?,
                failed_logins: r.try_get("failed_logins")?,
                locked_until: r.try_get::<Option<i64>, _>("locked_until")?.map(from_millis),
                disabled: r.try_get::<i64, _>("disabled")? != 0,
            })
        })
        .transpose()
    }

    /// Records a login attempt: a success resets the count; a failure counts, and the
    /// `lock_after`-th in a row locks the account until `lock_until`.
    pub async fn login_attempt(
        &self,
        who: &Counsellor,
        ok: bool,
        lock_after: i64,
        lock_until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let sql = if ok {
            "update counsellors set failed_logins = 0, locked_until = null where id = $1"
        } else {
            "update counsellors set failed_logins = failed_logins + 1,
               locked_until = case when failed_logins + 1 >= $2 then $3 else locked_until end
             where id = $1"
        };
        sqlx::query(sql).bind(who.id).bind(lock_after).bind(millis(lock_until)).execute(&mut *tx).await?;
        audit(&mut tx, Some(who.id), Some(&who.org), if ok { "login" } else { "login_failed" }, None, now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_password(&self, id: i64, password_hash: &str) -> Result<()> {
        let _writing = self.writer.lock().await;
        sqlx::query("update counsellors set password_hash = $2, must_change_password = 0 where id = $1")
            .bind(id)
            .bind(password_hash)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        counsellor: i64,
        csrf: &str,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<()> {
        let _writing = self.writer.lock().await;
        sqlx::query("delete from console_sessions where expires_at < $1")
            .bind(millis(now))
            .execute(&self.write)
            .await?;
        sqlx::query(
            "insert into console_sessions (token_hash, counsellor_id, csrf, created_at, expires_at) values ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(counsellor)
        .bind(csrf)
        .bind(millis(now))
        .bind(millis(expires))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// The counsellor and CSRF token of a live session.
    pub async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<(Counsellor, String)>> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "select {COUNSELLOR_COLUMNS}, s.csrf from console_sessions s join counsellors c on c.id = s.counsellor_id
             where s.token_hash = $1 and s.expires_at > $2 and c.disabled = 0"
        )))
        .bind(token_hash)
        .bind(millis(now))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((counsellor_from_row(&r)?, r.try_get("csrf")?))).transpose()
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<()> {
        let _writing = self.writer.lock().await;
        sqlx::query("delete from console_sessions where token_hash = $1").bind(token_hash).execute(&self.write).await?;
        Ok(())
    }

    /// Open tickets (waiting and claimed) of an organisation (`None`: all), most urgent first,
    /// oldest first within a priority.
    pub async fn queue(&self, org: Option<&str>) -> Result<Vec<Ticket>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "select {TICKET_COLUMNS} {TICKET_FROM}
             where t.status <> 'closed' and ($1 is null or t.org = $1)
             order by t.status = 'claimed', t.priority, t.opened_at, t.id limit 500"
        )))
        .bind(org)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(ticket_from_row).collect()
    }

    /// A ticket, if it is in `org`'s queue (`None`: any).
    pub async fn ticket(&self, id: i64, org: Option<&str>) -> Result<Option<Ticket>> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "select {TICKET_COLUMNS} {TICKET_FROM} where t.id = $1 and ($2 is null or t.org = $2)"
        )))
        .bind(id)
        .bind(org)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(ticket_from_row).transpose()
    }

    /// A contact's waiting ticket: its organisation and place in the queue (1 = next).
    pub async fn queue_place(&self, contact: &super::ContactKey) -> Result<Option<(String, i64)>> {
        Ok(sqlx::query_as(
            "select t.org, (select count(*) from tickets o where o.org = t.org and o.status = 'waiting'
                 and (o.priority < t.priority or o.priority = t.priority and (o.opened_at < t.opened_at
                      or o.opened_at = t.opened_at and o.id <= t.id)))
             from tickets t join contacts k on k.id = t.contact_id
             where k.channel = $1 and k.external_key = $2 and t.status = 'waiting'",
        )
        .bind(&contact.channel)
        .bind(&contact.key)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Where the case with `code` stands, if `contact` filed it: its ticket's status (`waiting`,
    /// `claimed`, `closed`), or `open` with no ticket. Someone else's code finds nothing.
    pub async fn case_status(&self, contact: &super::ContactKey, code: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar(
            "select coalesce((select t.status from tickets t where t.case_id = c.id order by t.id desc limit 1), 'open')
             from cases c join contacts k on k.id = c.contact_id
             where c.code = $3 and k.channel = $1 and k.external_key = $2",
        )
        .bind(&contact.channel)
        .bind(&contact.key)
        .bind(code)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Replies the bot adds outside a step (the queue notice), stored for the outbox.
    pub async fn add_replies(
        &self,
        contact: &super::ContactKey,
        texts: &[String],
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        for text in texts {
            sqlx::query(
                "insert into messages (contact_id, direction, kind, body, status, next_attempt_at, created_at)
                 select id, 'out', 'reply', $3, $4, $5, $5 from contacts where channel = $1 and external_key = $2",
            )
            .bind(&contact.channel)
            .bind(&contact.key)
            .bind(text)
            .bind(status)
            .bind(millis(now))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The whole conversation of a contact, oldest first.
    pub async fn history(&self, contact_id: i64) -> Result<Vec<HistoryItem>> {
        let rows = sqlx::query(
            "select m.id, m.direction, m.body, m.media, m.status, m.created_at, s.name
             from messages m left join counsellors s on s.id = m.counsellor_id
             where m.contact_id = $1 order by m.id",
        )
        .bind(contact_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(HistoryItem {
                    id: r.try_get("id")?,
                    direction: r.try_get("direction")?,
                    body: r.try_get("body")?,
                    media: r.try_get("media")?,
                    status: r.try_get("status")?,
                    created_at: from_millis(r.try_get("created_at")?),
                    counsellor: r.try_get("name")?,
                })
            })
            .collect()
    }

    /// Claims a waiting ticket: of two counsellors at once, one wins. `joined` is the message
    /// telling the user a counsellor has joined, stored for the outbox with `status`.
    pub async fn claim(
        &self,
        ticket: i64,
        who: &Counsellor,
        joined: &str,
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Claim> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        // A requested gender is honoured while a counsellor of that gender is on duty (has a live
        // console session in the ticket's organisation).
        let won: Option<i64> = sqlx::query_scalar(
            "update tickets set status = 'claimed', counsellor_id = $2, claimed_at = $3, activity_at = $3
             where id = $1 and status = 'waiting' and ($4 is null or org = $4)
               and (gender is null or gender = $5 or not exists (
                    select 1 from console_sessions s join counsellors c on c.id = s.counsellor_id
                    where c.org = tickets.org and c.gender = tickets.gender and c.disabled = 0 and s.expires_at > $3))
             returning contact_id",
        )
        .bind(ticket)
        .bind(who.id)
        .bind(millis(now))
        .bind(who.scope())
        .bind(who.gender.as_deref())
        .fetch_optional(&mut *tx)
        .await?;
        let result = match won {
            Some(contact) => {
                insert_reply(&mut tx, contact, who.id, joined, status, now).await?;
                audit(&mut tx, Some(who.id), Some(&who.org), "claim", Some(ticket), now).await?;
                Claim::Claimed
            }
            None => {
                let row: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
                    "select t.status, s.name, t.gender from tickets t left join counsellors s on s.id = t.counsellor_id
                     where t.id = $1 and ($2 is null or t.org = $2)",
                )
                .bind(ticket)
                .bind(who.scope())
                .fetch_optional(&mut *tx)
                .await?;
                match row {
                    None => Claim::NotFound,
                    Some((s, ..)) if s == "closed" => Claim::Closed,
                    Some((s, _, Some(g))) if s == "waiting" => Claim::WantsGender(g),
                    Some((_, by, _)) => Claim::Taken { by: by.unwrap_or_default() },
                }
            }
        };
        tx.commit().await?;
        Ok(result)
    }

    /// A counsellor's reply to the user, sent through the channel they wrote from. Only the
    /// counsellor holding the ticket may reply; anything else is refused and nothing is stored.
    pub async fn counsellor_reply(
        &self,
        ticket: i64,
        who: &Counsellor,
        text: &str,
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let result = match held(&mut tx, ticket, who).await? {
            Ok(contact) => {
                let id = insert_reply(&mut tx, contact, who.id, text, status, now).await?;
                sqlx::query(
                    "update tickets set activity_at = $2, first_reply_at = coalesce(first_reply_at, $2) where id = $1",
                )
                .bind(ticket)
                .bind(millis(now))
                .execute(&mut *tx)
                .await?;
                audit(&mut tx, Some(who.id), Some(&who.org), "reply", Some(ticket), now).await?;
                Act::Done(id)
            }
            Err(refused) => refused,
        };
        tx.commit().await?;
        Ok(result)
    }

    /// Closes a ticket the counsellor holds with an outcome; the user returns to the bot at
    /// `rating` (flow, step), whose question (`ask`) is stored for the outbox.
    #[allow(clippy::too_many_arguments)]
    pub async fn close_ticket(
        &self,
        ticket: i64,
        who: &Counsellor,
        outcome: &str,
        rating: (&str, &str),
        ask: &[Reply],
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let result = match held(&mut tx, ticket, who).await? {
            Ok(contact) => {
                sqlx::query("update tickets set status = 'closed', closed_at = $2, outcome = $3 where id = $1")
                    .bind(ticket)
                    .bind(millis(now))
                    .bind(outcome)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "insert into conversations (contact_id, flow, step, updated_at) values ($1, $2, $3, $4)
                     on conflict (contact_id) do update set flow = $2, step = $3, stack = '[]', misses = 0, offered = null, updated_at = $4",
                )
                .bind(contact)
                .bind(rating.0)
                .bind(rating.1)
                .bind(millis(now))
                .execute(&mut *tx)
                .await?;
                for r in ask {
                    let choices = (!r.choices.is_empty()).then(|| serde_json::to_string(&r.choices)).transpose()?;
                    sqlx::query(
                        "insert into messages (contact_id, direction, kind, body, choices, status, next_attempt_at, created_at)
                         values ($1, 'out', 'reply', $2, $3, $4, $5, $5)",
                    )
                    .bind(contact)
                    .bind(&r.text)
                    .bind(choices)
                    .bind(status)
                    .bind(millis(now))
                    .execute(&mut *tx)
                    .await?;
                }
                audit(&mut tx, Some(who.id), Some(&who.org), "close", Some(ticket), now).await?;
                Act::Done(ticket)
            }
            Err(refused) => refused,
        };
        tx.commit().await?;
        Ok(result)
    }

    /// Accounts of an organisation (`None`: all), with whether each is disabled.
    pub async fn accounts(&self, org: Option<&str>) -> Result<Vec<(Counsellor, bool)>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "select {COUNSELLOR_COLUMNS} from counsellors where $1 is null or org = $1 order by org, name"
        )))
        .bind(org)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok((counsellor_from_row(r)?, r.try_get::<i64, _>("disabled")? != 0))).collect()
    }

    /// Disables (or enables again) an account of `org` (`None`: any); its sessions end.
    pub async fn set_disabled(&self, id: i64, disabled: bool, by: &Counsellor, now: DateTime<Utc>) -> Result<bool> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let done =
            sqlx::query("update counsellors set disabled = $2 where id = $1 and ($3 is null or org = $3) and id <> $4")
                .bind(id)
                .bind(disabled)
                .bind(by.scope())
                .bind(by.id)
                .execute(&mut *tx)
                .await?;
        let changed = done.rows_affected() > 0;
        if changed {
            if disabled {
                sqlx::query("delete from console_sessions where counsellor_id = $1").bind(id).execute(&mut *tx).await?;
            }
            let action = if disabled { "disable_account" } else { "enable_account" };
            audit(&mut tx, Some(by.id), Some(&by.org), action, None, now).await?;
        }
        tx.commit().await?;
        Ok(changed)
    }

    /// Counsellors of an organisation who may take tickets (for transfers), by name.
    pub async fn colleagues(&self, org: &str) -> Result<Vec<(i64, String)>> {
        Ok(sqlx::query_as("select id, name from counsellors where org = $1 and disabled = 0 order by name")
            .bind(org)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Hands a ticket on: to another counsellor of its organisation (who then holds it; the
    /// user is told who joined, `joined`), or to another organisation's queue. The holder may
    /// do it, and a supervisor or admin may reassign any ticket they can see.
    pub async fn transfer(
        &self,
        ticket: i64,
        who: &Counsellor,
        to: Transfer<'_>,
        joined: Option<&str>,
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        // contact, status, holder, organisation, holder's name
        type Row = (i64, String, Option<i64>, String, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "select t.contact_id, t.status, t.counsellor_id, t.org, s.name from tickets t
             left join counsellors s on s.id = t.counsellor_id
             where t.id = $1 and ($2 is null or t.org = $2)",
        )
        .bind(ticket)
        .bind(who.scope())
        .fetch_optional(&mut *tx)
        .await?;
        let result = match row {
            None => Act::NotFound,
            Some((_, status, ..)) if status == "closed" => Act::Closed,
            Some((_, _, holder, _, name)) if holder != Some(who.id) && who.role == Role::Counsellor => {
                Act::NotHolder { holder: name }
            }
            Some((contact, _, _, org, _)) => match to {
                Transfer::Organisation(target) => {
                    sqlx::query(
                        "update tickets set org = $2, status = 'waiting', counsellor_id = null, claimed_at = null,
                           activity_at = $3 where id = $1",
                    )
                    .bind(ticket)
                    .bind(target)
                    .bind(millis(now))
                    .execute(&mut *tx)
                    .await?;
                    audit(&mut tx, Some(who.id), Some(&org), "transfer", Some(ticket), now).await?;
                    audit(&mut tx, Some(who.id), Some(target), "transfer", Some(ticket), now).await?;
                    Act::Done(ticket)
                }
                Transfer::Counsellor(target) => {
                    let ok: Option<i64> = sqlx::query_scalar(
                        "update tickets set counsellor_id = $2, status = 'claimed', claimed_at = $3, activity_at = $3
                         where id = $1 and exists (select 1 from counsellors c where c.id = $2 and c.org = $4 and c.disabled = 0)
                         returning id",
                    )
                    .bind(ticket)
                    .bind(target)
                    .bind(millis(now))
                    .bind(&org)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if ok.is_none() {
                        Act::NotFound
                    } else {
                        if let Some(text) = joined {
                            insert_reply(&mut tx, contact, target, text, status, now).await?;
                        }
                        audit(&mut tx, Some(who.id), Some(&org), "transfer", Some(ticket), now).await?;
                        Act::Done(ticket)
                    }
                }
            },
        };
        tx.commit().await?;
        Ok(result)
    }

    /// A counsellor's name, if they belong to `org`.
    pub async fn counsellor_name(&self, id: i64, org: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("select name from counsellors where id = $1 and org = $2 and disabled = 0")
            .bind(id)
            .bind(org)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Corrects the fields of a ticket's case (only fields the case has; the holder, or a
    /// supervisor or admin).
    pub async fn edit_case(
        &self,
        ticket: i64,
        who: &Counsellor,
        changes: &std::collections::BTreeMap<String, String>,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        // case, its fields, holder, ticket status, holder's name
        type Row = (Option<i64>, Option<String>, Option<i64>, String, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "select c.id, c.fields, t.counsellor_id, t.status, s.name from tickets t
             left join cases c on c.id = t.case_id left join counsellors s on s.id = t.counsellor_id
             where t.id = $1 and ($2 is null or t.org = $2)",
        )
        .bind(ticket)
        .bind(who.scope())
        .fetch_optional(&mut *tx)
        .await?;
        let result = match row {
            None | Some((None, ..)) => Act::NotFound,
            Some((.., status, _)) if status == "closed" => Act::Closed,
            Some((_, _, holder, _, name)) if holder != Some(who.id) && who.role == Role::Counsellor => {
                Act::NotHolder { holder: name }
            }
            Some((Some(case), fields, ..)) => {
                let mut fields: std::collections::BTreeMap<String, String> =
                    fields.as_deref().map(serde_json::from_str).transpose()?.unwrap_or_default();
                for (k, v) in changes {
                    if let Some(slot) = fields.get_mut(k) {
                        v.clone_into(slot);
                    }
                }
                sqlx::query("update cases set fields = $2 where id = $1")
                    .bind(case)
                    .bind(serde_json::to_string(&fields)?)
                    .execute(&mut *tx)
                    .await?;
                audit(&mut tx, Some(who.id), Some(&who.org), "edit_case", Some(ticket), now).await?;
                Act::Done(ticket)
            }
        };
        tx.commit().await?;
        Ok(result)
    }

    /// A private note on a ticket of the counsellor's organisation.
    pub async fn add_note(&self, ticket: i64, who: &Counsellor, body: &str, now: DateTime<Utc>) -> Result<Act> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let found: Option<i64> =
            sqlx::query_scalar("select id from tickets where id = $1 and ($2 is null or org = $2)")
                .bind(ticket)
                .bind(who.scope())
                .fetch_optional(&mut *tx)
                .await?;
        let result = match found {
            None => Act::NotFound,
            Some(_) => {
                let done = sqlx::query(
                    "insert into ticket_notes (ticket_id, counsellor_id, body, created_at) values ($1, $2, $3, $4)",
                )
                .bind(ticket)
                .bind(who.id)
                .bind(body)
                .bind(millis(now))
                .execute(&mut *tx)
                .await?;
                audit(&mut tx, Some(who.id), Some(&who.org), "note", Some(ticket), now).await?;
                Act::Done(done.last_insert_rowid())
            }
        };
        tx.commit().await?;
        Ok(result)
    }

    /// The private notes of a ticket: (author, body, when), oldest first.
    pub async fn notes(&self, ticket: i64) -> Result<Vec<(String, String, DateTime<Utc>)>> {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "select s.name, n.body, n.created_at from ticket_notes n join counsellors s on s.id = n.counsellor_id
             where n.ticket_id = $1 order by n.id",
        )
        .bind(ticket)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(a, b, t)| (a, b, from_millis(t))).collect())
    }

    /// Claims without counsellor activity since `before` return to the queue (the audit log
    /// and the console say so). Returns the tickets returned.
    pub async fn expire_claims(&self, before: DateTime<Utc>, now: DateTime<Utc>) -> Result<Vec<i64>> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        // Who held them goes into the audit log (RETURNING would give the new, empty holder).
        let rows: Vec<(i64, String, Option<i64>)> =
            sqlx::query_as("select id, org, counsellor_id from tickets where status = 'claimed' and activity_at < $1")
                .bind(millis(before))
                .fetch_all(&mut *tx)
                .await?;
        sqlx::query(
            "update tickets set status = 'waiting', counsellor_id = null, claimed_at = null
             where status = 'claimed' and activity_at < $1",
        )
        .bind(millis(before))
        .execute(&mut *tx)
        .await?;
        for (id, org, counsellor) in &rows {
            audit(&mut tx, *counsellor, Some(org), "claim_expired", Some(*id), now).await?;
        }
        tx.commit().await?;
        Ok(rows.into_iter().map(|(id, ..)| id).collect())
    }

    pub async fn erase_inactive(&self, before: DateTime<Utc>, limit: i64, now: DateTime<Utc>) -> Result<u64> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin_with("BEGIN IMMEDIATE").await?;
        let ids: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
            "select c.id from contacts c where {INACTIVE_CONTACT} order by c.id limit $2"
        )))
        .bind(millis(before))
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
        for id in &ids {
            let tickets: Vec<(i64, String)> = sqlx::query_as("select id, org from tickets where contact_id = $1")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
            for (ticket, org) in &tickets {
                audit(&mut tx, None, Some(org), "erased_retention", Some(*ticket), now).await?;
            }
            sqlx::query("delete from contacts where id = $1").bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(ids.len() as u64)
    }

    /// Writes one audit entry: who did what to which ticket.
    pub async fn audit_now(
        &self,
        who: Option<i64>,
        org: Option<&str>,
        action: &str,
        ticket: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let _writing = self.writer.lock().await;
        let mut tx = self.write.begin().await?;
        audit(&mut tx, who, org, action, ticket, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The audit log of an organisation (`None`: all), newest first.
    pub async fn audit_log(&self, org: Option<&str>, limit: i64) -> Result<Vec<AuditRow>> {
        let rows: Vec<(i64, Option<String>, String, Option<i64>)> = sqlx::query_as(
            "select a.created_at, s.name, a.action, a.ticket_id from audit_log a
             left join counsellors s on s.id = a.counsellor_id
             where $1 is null or a.org = $1 order by a.id desc limit $2",
        )
        .bind(org)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(t, w, a, id)| (from_millis(t), w, a, id)).collect())
    }
}

type Tx = sqlx::Transaction<'static, sqlx::Sqlite>;

/// The contact of a ticket `who` holds, or why they may not act on it.
async fn held(tx: &mut Tx, ticket: i64, who: &Counsellor) -> Result<std::result::Result<i64, Act>> {
    let row: Option<(i64, String, Option<i64>, Option<String>)> = sqlx::query_as(
        "select t.contact_id, t.status, t.counsellor_id, s.name from tickets t
         left join counsellors s on s.id = t.counsellor_id
         where t.id = $1 and ($2 is null or t.org = $2)",
    )
    .bind(ticket)
    .bind(who.scope())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match row {
        None => Err(Act::NotFound),
        Some((_, status, ..)) if status == "closed" => Err(Act::Closed),
        Some((contact, status, Some(holder), _)) if status == "claimed" && holder == who.id => Ok(contact),
        Some((.., holder)) => Err(Act::NotHolder { holder }),
    })
}

async fn insert_reply(
    tx: &mut Tx,
    contact: i64,
    counsellor: i64,
    text: &str,
    status: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    let done = sqlx::query(
        "insert into messages (contact_id, direction, kind, body, status, next_attempt_at, created_at, counsellor_id)
         values ($1, 'out', 'reply', $2, $3, $4, $4, $5)",
    )
    .bind(contact)
    .bind(text)
    .bind(status)
    .bind(millis(now))
    .bind(counsellor)
    .execute(&mut **tx)
    .await?;
    Ok(done.last_insert_rowid())
}

async fn audit(
    tx: &mut Tx,
    who: Option<i64>,
    org: Option<&str>,
    action: &str,
    ticket: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "insert into audit_log (counsellor_id, org, action, ticket_id, created_at) values ($1, $2, $3, $4, $5)",
    )
    .bind(who)
    .bind(org)
    .bind(action)
    .bind(ticket)
    .bind(millis(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

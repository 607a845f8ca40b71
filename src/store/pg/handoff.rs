//! Tickets, counsellor accounts, console sessions and the audit log on PostgreSQL (the same
//! contract as `sqlite/handoff.rs`).
use chrono::{DateTime, Utc};

use super::Pg;
use crate::engine::Reply;
use crate::store::model::*;

impl Pg {
    pub async fn add_counsellor(&self, c: &NewCounsellor<'_>, now: DateTime<Utc>) -> Result<i64> {
        let _ = c;
        let _ = now;
        Err(StoreError::NotYet("add_counsellor"))
    }

    pub async fn credentials(&self, login: &str) -> Result<Option<Credentials>> {
        let _ = login;
        Err(StoreError::NotYet("credentials"))
    }

    pub async fn login_attempt(
        &self,
        who: &Counsellor,
        ok: bool,
        lock_after: i64,
        lock_until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let _ = who;
        let _ = ok;
        let _ = lock_after;
        let _ = lock_until;
        let _ = now;
        Err(StoreError::NotYet("login_attempt"))
    }

    pub async fn set_password(&self, id: i64, password_hash: &str) -> Result<()> {
        let _ = id;
        let _ = password_hash;
        Err(StoreError::NotYet("set_password"))
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        counsellor: i64,
        csrf: &str,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<()> {
        let _ = token_hash;
        let _ = counsellor;
        let _ = csrf;
        let _ = now;
        let _ = expires;
        Err(StoreError::NotYet("create_session"))
    }

    pub async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<(Counsellor, String)>> {
        let _ = token_hash;
        let _ = now;
        Err(StoreError::NotYet("session"))
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<()> {
        let _ = token_hash;
        Err(StoreError::NotYet("end_session"))
    }

    pub async fn queue(&self, org: Option<&str>) -> Result<Vec<Ticket>> {
        let _ = org;
        Err(StoreError::NotYet("queue"))
    }

    pub async fn ticket(&self, id: i64, org: Option<&str>) -> Result<Option<Ticket>> {
        let _ = id;
        let _ = org;
        Err(StoreError::NotYet("ticket"))
    }

    pub async fn queue_place(&self, contact: &ContactKey) -> Result<Option<(String, i64)>> {
        let _ = contact;
        Err(StoreError::NotYet("queue_place"))
    }

    pub async fn case_status(&self, contact: &ContactKey, code: &str) -> Result<Option<String>> {
        let _ = contact;
        let _ = code;
        Err(StoreError::NotYet("case_status"))
    }

    pub async fn add_replies(
        &self,
        contact: &ContactKey,
        texts: &[String],
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let _ = contact;
        let _ = texts;
        let _ = status;
        let _ = now;
        Err(StoreError::NotYet("add_replies"))
    }

    pub async fn history(&self, contact_id: i64) -> Result<Vec<HistoryItem>> {
        let _ = contact_id;
        Err(StoreError::NotYet("history"))
    }

    pub async fn claim(
        &self,
        ticket: i64,
        who: &Counsellor,
        joined: &str,
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Claim> {
        let _ = ticket;
        let _ = who;
        let _ = joined;
        let _ = status;
        let _ = now;
        Err(StoreError::NotYet("claim"))
    }

    pub async fn counsellor_reply(
        &self,
        ticket: i64,
        who: &Counsellor,
        text: &str,
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _ = ticket;
        let _ = who;
        let _ = text;
        let _ = status;
        let _ = now;
        Err(StoreError::NotYet("counsellor_reply"))
    }

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
        let _ = ticket;
        let _ = who;
        let _ = outcome;
        let _ = rating;
        let _ = ask;
        let _ = status;
        let _ = now;
        Err(StoreError::NotYet("close_ticket"))
    }

    pub async fn accounts(&self, org: Option<&str>) -> Result<Vec<(Counsellor, bool)>> {
        let _ = org;
        Err(StoreError::NotYet("accounts"))
    }

    pub async fn set_disabled(&self, id: i64, disabled: bool, by: &Counsellor, now: DateTime<Utc>) -> Result<bool> {
        let _ = id;
        let _ = disabled;
        let _ = by;
        let _ = now;
        Err(StoreError::NotYet("set_disabled"))
    }

    pub async fn colleagues(&self, org: &str) -> Result<Vec<(i64, String)>> {
        let _ = org;
        Err(StoreError::NotYet("colleagues"))
    }

    pub async fn transfer(
        &self,
        ticket: i64,
        who: &Counsellor,
        to: Transfer<'_>,
        joined: Option<&str>,
        status: &str,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _ = ticket;
        let _ = who;
        let _ = to;
        let _ = joined;
        let _ = status;
        let _ = now;
        Err(StoreError::NotYet("transfer"))
    }

    pub async fn counsellor_name(&self, id: i64, org: &str) -> Result<Option<String>> {
        let _ = id;
        let _ = org;
        Err(StoreError::NotYet("counsellor_name"))
    }

    pub async fn edit_case(
        &self,
        ticket: i64,
        who: &Counsellor,
        changes: &std::collections::BTreeMap<String, String>,
        now: DateTime<Utc>,
    ) -> Result<Act> {
        let _ = ticket;
        let _ = who;
        let _ = changes;
        let _ = now;
        Err(StoreError::NotYet("edit_case"))
    }

    pub async fn add_note(&self, ticket: i64, who: &Counsellor, body: &str, now: DateTime<Utc>) -> Result<Act> {
        let _ = ticket;
        let _ = who;
        let _ = body;
        let _ = now;
        Err(StoreError::NotYet("add_note"))
    }

    pub async fn notes(&self, ticket: i64) -> Result<Vec<(String, String, DateTime<Utc>)>> {
        let _ = ticket;
        Err(StoreError::NotYet("notes"))
    }

    pub async fn expire_claims(&self, before: DateTime<Utc>, now: DateTime<Utc>) -> Result<Vec<i64>> {
        let _ = before;
        let _ = now;
        Err(StoreError::NotYet("expire_claims"))
    }

    pub async fn audit_now(
        &self,
        who: Option<i64>,
        org: Option<&str>,
        action: &str,
        ticket: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let _ = who;
        let _ = org;
        let _ = action;
        let _ = ticket;
        let _ = now;
        Err(StoreError::NotYet("audit_now"))
    }

    pub async fn audit_log(&self, org: Option<&str>, limit: i64) -> Result<Vec<AuditRow>> {
        let _ = org;
        let _ = limit;
        Err(StoreError::NotYet("audit_log"))
    }
}

//! Changes made by one instance, told to the others: every PostgreSQL transaction that changes
//! what a console shows or what a sender sends calls [`announce`] (delivered at commit, and only
//! if it commits); every instance listens and wakes its consoles' event streams and its senders.
use sqlx::postgres::PgListener;

use super::Pg;
use crate::store::model::Result;

/// The notification channel.
pub const CHANNEL: &str = "pelita_changes";

/// Announces a change, delivered to every listener when `conn`'s transaction commits.
pub async fn announce(conn: &mut sqlx::PgConnection) -> Result<()> {
    sqlx::query("select pg_notify($1, '')").bind(CHANNEL).execute(conn).await?;
    Ok(())
}

impl Pg {
    /// A listener for the changes other instances (and this one) announce.
    pub async fn listener(&self) -> Result<PgListener> {
        let mut l = PgListener::connect_with(&self.pool).await?;
        l.listen(CHANNEL).await?;
        Ok(l)
    }
}

//! PostgreSQL-only behaviour: several instances on one database. (The rest of the suite runs
//! against PostgreSQL too, with `PELITA_TEST_BACKEND=postgres`.)
use pelita::store::Store;

use super::pg;

/// A fresh database on the test server, dropped when the guard goes.
struct Db(String);

impl Db {
    fn new(test: &str) -> Option<Db> {
        let server = pg::required(test)?;
        Some(Db(pg::create(&server)))
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        pg::drop(&self.0);
    }
}

#[tokio::test]
async fn instances_starting_together_apply_the_migrations_once() {
    let Some(db) = Db::new("instances_starting_together_apply_the_migrations_once") else { return };
    let (a, b) = tokio::join!(Store::open(&db.0), Store::open(&db.0));
    let (a, b) = (a.expect("first instance"), b.expect("second instance"));
    assert!(a.is_postgres() && b.is_postgres());
    a.ping().await.expect("ping");
    a.close().await;
    b.close().await;
}

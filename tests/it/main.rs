//! Integration tests: the real binary, a real SQLite file, and the transcripts.
//! One test binary (modules below) keeps link time down on a 2-core machine.
mod browser;
mod cli;
mod console;
mod content;
mod crash;
mod harness;
mod instances;
mod matcher;
mod postgres;
mod retention;
mod store;
mod telegram;
mod transcripts;
mod web;
mod whatsapp;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A fresh directory for one test, and its database, removed when dropped.
///
/// The database is a SQLite file in the directory; with `PELITA_TEST_BACKEND=postgres` it is a
/// fresh database on the server at `PELITA_TEST_POSTGRES_URL` instead (created at first use,
/// dropped with the scratch), so the same tests run against PostgreSQL.
pub struct Scratch {
    dir: tempfile::TempDir,
    pg: std::sync::OnceLock<String>,
}

impl Scratch {
    pub fn fresh() -> Scratch {
        Scratch { dir: tempfile::tempdir().expect("temp dir"), pg: std::sync::OnceLock::new() }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The test's database URL (or SQLite path).
    pub fn db(&self) -> String {
        match pg::server() {
            Some(server) => self.pg.get_or_init(|| pg::create(&server)).clone(),
            None => self.path("pelita.db").display().to_string(),
        }
    }

    /// A second database of this test (another SQLite file, or another PostgreSQL database).
    pub fn other_db(&self, name: &str) -> String {
        match pg::server() {
            Some(server) => pg::create(&server),
            None => self.path(&format!("{name}.db")).display().to_string(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(url) = self.pg.get() {
            pg::drop(url);
        }
    }
}

/// PostgreSQL databases for tests: one per test, on the server `.ci/run` provides.
pub mod pg {
    use std::sync::atomic::{AtomicU32, Ordering};

    use sqlx::Connection as _;

    /// The server's URL when the tests run against PostgreSQL (`PELITA_TEST_BACKEND=postgres`).
    pub fn server() -> Option<String> {
        if std::env::var("PELITA_TEST_BACKEND").ok()?.as_str() != "postgres" {
            return None;
        }
        let url = std::env::var("PELITA_TEST_POSTGRES_URL")
            .expect("PELITA_TEST_BACKEND=postgres needs PELITA_TEST_POSTGRES_URL (postgres://user@host:port/db)");
        Some(url)
    }

    /// The PostgreSQL server for tests that need one whatever the backend, or `None` after saying
    /// loudly that the test is skipped (`.ci/run` always sets the variable).
    pub fn required(test: &str) -> Option<String> {
        match std::env::var("PELITA_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => Some(url),
            _ => {
                eprintln!("SKIPPED {test}: PELITA_TEST_POSTGRES_URL is not set (no PostgreSQL server to test against)");
                None
            }
        }
    }

    /// Runs a statement on the server's maintenance database (its own thread and runtime, so it
    /// works from sync code and from inside tests' runtimes alike).
    fn admin(server: &str, sql: String) {
        let server = server.to_owned();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let mut c = sqlx::PgConnection::connect(&server).await.expect("connect to the test PostgreSQL server");
                sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut c).await.expect("admin statement");
                let _ = c.close().await;
            })
        })
        .join()
        .expect("admin thread");
    }

    /// A database of a test's own on the server, dropped when the guard goes (also when the
    /// test fails).
    pub struct Database(pub String);

    impl Database {
        pub fn new(server: &str) -> Database {
            Database(create(server))
        }
    }

    impl Drop for Database {
        fn drop(&mut self) {
            self::drop(&self.0);
        }
    }

    /// Ends the connections to the database at `db` whose last statement is `like` (`%`: all)
    /// but the caller's, as a PostgreSQL restart or failover would; how many it ended.
    pub async fn end_connections(db: &str, like: &str) -> i64 {
        let mut c = sqlx::PgConnection::connect(db).await.unwrap();
        let n: i64 = sqlx::query_scalar(
            "select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
             where datname = current_database() and pid <> pg_backend_pid() and query like $1) as ended",
        )
        .bind(like)
        .fetch_one(&mut c)
        .await
        .unwrap();
        let _ = c.close().await;
        n
    }

    /// A new, empty database; its URL.
    pub fn create(server: &str) -> String {
        static N: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "pelita_t{}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos()
        );
        admin(server, format!("create database {name}"));
        with_database(server, &name)
    }

    /// Drops a database made by [`create`] (disconnecting whoever is still connected).
    pub fn drop(url: &str) {
        let Some((server, name)) = url.rsplit_once('/') else { return };
        let name = name.split('?').next().unwrap_or(name);
        if name.starts_with("pelita_t") {
            admin(&format!("{server}/postgres"), format!("drop database if exists {name} with (force)"));
        }
    }

    fn with_database(server: &str, name: &str) -> String {
        let (base, query) = match server.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (server, String::new()),
        };
        let base = match base.rsplit_once('/') {
            Some((host, _)) if host.contains("://") && host.len() > host.find("://").unwrap() + 3 => host,
            _ => base,
        };
        format!("{base}/{name}{query}")
    }
}

/// Runs `pelita ARGS` with `stdin` fed in, in a clean environment (no PELITA_* variables).
pub fn pelita(args: &[&str], stdin: &[u8], dir: &Path) -> Output {
    use std::io::Write as _;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pelita"));
    cmd.args(args).current_dir(dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("PELITA_") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd.spawn().expect("pelita runs");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("pelita finishes");
    writer.join().expect("stdin writer");
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The repository root (where flows/ and locales/ are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

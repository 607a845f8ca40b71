//! Retention: contacts without activity for `[retention] days` are erased with everything stored
//! about them; anyone with something under way, or active since, is kept. On both backends.
use chrono::{DateTime, Duration, Utc};
use pelita::engine::{Effect, Input, Outcome, Reply, State, TicketRequest, Topic};
use pelita::store::{Act, Arrival, Claim, ContactKey, Counsellor, NewCounsellor, Role, Store};

use super::harness::{Options, TestApp};

fn contact(key: &str) -> ContactKey {
    ContactKey { channel: "web".into(), key: key.into() }
}

/// An inbound message from `key` at `at`, its replies stored with `reply_status`.
fn arrival(key: &str, at: DateTime<Utc>, reply_status: &'static str) -> Arrival {
    Arrival {
        contact: contact(key),
        external_id: None,
        input: Input::Text("halo".into()),
        media: None,
        at,
        reply_status,
        stored_id: None,
    }
}

fn answer(effects: Vec<Effect>) -> Outcome {
    Outcome { state: State::default(), replies: vec![Reply { text: "ok".into(), choices: vec![] }], effects }
}

fn ticket() -> Effect {
    Effect::Ticket(TicketRequest {
        topic: Topic::Counsellor,
        priority: 2,
        org: "national".into(),
        lang: None,
        district: None,
        gender: None,
    })
}

fn case(code: &str) -> Effect {
    Effect::OpenCase {
        kind: pelita::engine::CaseKind::CaseReport,
        code: code.into(),
        fields: [("worker_name".to_string(), "Siti".to_string())].into(),
        urgent: false,
    }
}

async fn say(store: &Store, key: &str, at: DateTime<Utc>, reply_status: &'static str, effects: Vec<Effect>) {
    let out = store.ingest(&[arrival(key, at, reply_status)], |_, _, _| answer(effects.clone())).await.unwrap();
    assert_eq!(out.len(), 1);
}

async fn counsellor(store: &Store) -> Counsellor {
    let languages = vec!["id".to_owned()];
    let new = NewCounsellor {
        login: "ana",
        name: "Ana",
        org: "national",
        role: Role::Counsellor,
        languages: &languages,
        gender: None,
        password_hash: "not a real hash",
    };
    store.add_counsellor(&new, pelita::bot::clock()).await.unwrap();
    store.credentials("ana").await.unwrap().unwrap().counsellor
}

/// Claims the newest waiting ticket and closes it at `at`; its id.
async fn close_newest_ticket(store: &Store, who: &Counsellor, at: DateTime<Utc>) -> i64 {
    let queue = store.queue(Some("national")).await.unwrap();
    let id = queue.iter().filter(|t| t.status == "waiting").map(|t| t.id).max().expect("a waiting ticket");
    assert_eq!(store.claim(id, who, "joined", "delivered", at).await.unwrap(), Claim::Claimed);
    let ask = vec![Reply { text: "rate us".into(), choices: vec![] }];
    let closed = store.close_ticket(id, who, "resolved", ("rating", "ask"), &ask, "delivered", at).await.unwrap();
    assert_eq!(closed, Act::Done(id));
    id
}

#[tokio::test]
async fn contacts_without_activity_for_the_retention_period_are_erased_and_nobody_else() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    let now = DateTime::from_timestamp(1_760_000_000, 0).unwrap();
    let (long_ago, lately) = (now - Duration::days(400), now - Duration::days(10));
    let ana = counsellor(&store).await;

    // Gone quiet more than a year ago.
    say(&store, "quiet", long_ago, "delivered", vec![]).await;
    say(&store, "reported", long_ago, "delivered", vec![case("KKKK-LLLL"), ticket()]).await;
    let old_ticket = close_newest_ticket(&store, &ana, long_ago + Duration::days(2)).await;
    // Quiet as long, but still waiting for a counsellor: kept.
    say(&store, "waiting_for_counsellor", long_ago, "delivered", vec![ticket()]).await;
    // A reply that never went out (its channel was switched off): it keeps nobody.
    say(&store, "reply_never_sent", long_ago, "pending", vec![]).await;
    // Active since.
    say(&store, "came_back", long_ago, "delivered", vec![]).await;
    say(&store, "came_back", lately, "delivered", vec![]).await;
    say(&store, "helped_lately", long_ago, "delivered", vec![case("MMMM-NNNN")]).await;
    say(&store, "helped_lately", long_ago, "delivered", vec![ticket()]).await;
    let recent_ticket = close_newest_ticket(&store, &ana, lately).await;

    let before = now - Duration::days(365);
    // A few at a time: the limit holds, and the next call takes the rest.
    assert_eq!(store.erase_inactive(before, 1, now).await.unwrap(), 1);
    assert_eq!(store.erase_inactive(before, 100, now).await.unwrap(), 2);
    assert_eq!(store.erase_inactive(before, 100, now).await.unwrap(), 0, "nothing is erased twice");

    for gone in ["quiet", "reported", "reply_never_sent"] {
        assert!(!store.contact_exists(&contact(gone)).await.unwrap(), "{gone} is erased");
        assert_eq!(store.message_count(&contact(gone)).await.unwrap(), 0);
        assert!(store.state(&contact(gone)).await.unwrap().is_none());
    }
    assert!(store.case_by_code("KKKK-LLLL").await.unwrap().is_none(), "the case went with its contact");
    assert!(store.ticket(old_ticket, None).await.unwrap().is_none(), "and the ticket");
    for kept in ["waiting_for_counsellor", "came_back", "helped_lately"] {
        assert!(store.contact_exists(&contact(kept)).await.unwrap(), "{kept} is kept");
    }
    assert_eq!(store.message_count(&contact("came_back")).await.unwrap(), 4, "with all their messages");
    assert!(store.case_by_code("MMMM-NNNN").await.unwrap().is_some());
    assert!(store.ticket(recent_ticket, None).await.unwrap().is_some());

    // The organisation's audit log says what became of its ticket (no name, no number).
    let log = store.audit_log(Some("national"), 100).await.unwrap();
    let erased: Vec<Option<i64>> =
        log.iter().filter(|(_, _, action, _)| action == "erased_retention").map(|(.., t)| *t).collect();
    assert_eq!(erased, [Some(old_ticket)]);

    // A year on, the ones active lately are quiet too; the one still waiting for a human is not.
    let later = now + Duration::days(400);
    assert_eq!(store.erase_inactive(later - Duration::days(365), 100, later).await.unwrap(), 2);
    assert!(!store.contact_exists(&contact("came_back")).await.unwrap());
    assert!(store.contact_exists(&contact("waiting_for_counsellor")).await.unwrap(), "an open ticket is never erased");
    store.close().await;
}

#[tokio::test]
async fn the_server_erases_quiet_contacts_at_start_and_keeps_active_ones() {
    let dir = super::Scratch::fresh();
    let now = pelita::bot::clock();
    {
        let store = Store::open(&dir.db()).await.unwrap();
        say(&store, "quiet", now - Duration::days(40), "delivered", vec![case("PPPP-QQQQ")]).await;
        say(&store, "active", now - Duration::days(40), "delivered", vec![]).await;
        say(&store, "active", now - Duration::days(1), "delivered", vec![]).await;
        store.close().await;
    }
    let app = TestApp::start(&dir.db(), &Options { retention_days: 30, ..Options::default() }).await;
    let store = app.store().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while store.contact_exists(&contact("quiet")).await.unwrap() {
        assert!(std::time::Instant::now() < deadline, "the quiet contact was not erased within 20 s of the start");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(store.case_by_code("PPPP-QQQQ").await.unwrap().is_none());
    // Operators see it in the metrics (counted just after the commit, so wait a moment for it).
    loop {
        let metrics = app.http.get(format!("{}/metrics", app.base)).send().await.unwrap().text().await.unwrap();
        if metrics.lines().any(|l| l == "pelita_erased_contacts_total 1") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no pelita_erased_contacts_total 1 in:\n{metrics}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(store.contact_exists(&contact("active")).await.unwrap());
    assert_eq!(store.message_count(&contact("active")).await.unwrap(), 4);
    store.close().await;
    app.stop().await;
}

/// Several instances on one PostgreSQL database run the job at once.
mod postgres {
    use sqlx::Connection as _;

    use super::*;

    /// `n` contacts with one old message each, made with plain SQL.
    async fn quiet_contacts(url: &str, n: usize, at: DateTime<Utc>) {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query(
            "with made as (
                 insert into contacts (channel, external_key, created_at, last_inbound_at)
                 select 'web', 'quiet-' || i, $2, $2 from generate_series(1, $1) as i returning id)
             insert into messages (contact_id, direction, kind, body, created_at, status)
             select id, 'in', 'text', 'halo', $2, 'processed' from made",
        )
        .bind(n as i64)
        .bind(at.timestamp_millis())
        .execute(&mut c)
        .await
        .unwrap();
        let _ = c.close().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn two_instances_erasing_at_once_erase_each_contact_once() {
        let Some(server) = super::super::pg::required("two_instances_erasing_at_once_erase_each_contact_once") else {
            return;
        };
        let db = super::super::pg::Database::new(&server);
        let (a, b) = (Store::open(&db.0).await.unwrap(), Store::open(&db.0).await.unwrap());
        let now = pelita::bot::clock();
        quiet_contacts(&db.0, 600, now - Duration::days(400)).await;
        let drain = |s: Store| async move {
            let mut total = 0;
            loop {
                let n = s.erase_inactive(now - Duration::days(365), 25, now).await.expect("no error, no deadlock");
                total += n;
                if n == 0 {
                    return total;
                }
            }
        };
        let (x, y) = tokio::join!(tokio::spawn(drain(a.clone())), tokio::spawn(drain(b.clone())));
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x + y, 600, "every contact erased once (first instance {x}, second {y})");
        assert!(!a.contact_exists(&contact("quiet-1")).await.unwrap());
        a.close().await;
        b.close().await;
    }

    #[tokio::test]
    async fn a_contact_writing_while_the_job_runs_is_kept() {
        let Some(server) = super::super::pg::required("a_contact_writing_while_the_job_runs_is_kept") else {
            return;
        };
        let db = super::super::pg::Database::new(&server);
        let store = Store::open(&db.0).await.unwrap();
        let now = pelita::bot::clock();
        quiet_contacts(&db.0, 3, now - Duration::days(400)).await;

        // Another instance is taking a new message from quiet-2: it holds the contact's row (as
        // ingest does) and has opened its window again, not yet committed.
        let mut other = sqlx::PgConnection::connect(&db.0).await.unwrap();
        let mut tx = other.begin().await.unwrap();
        sqlx::query("update contacts set last_inbound_at = $1 where external_key = 'quiet-2'")
            .bind(now.timestamp_millis())
            .execute(&mut *tx)
            .await
            .unwrap();
        let before = now - Duration::days(365);
        assert_eq!(store.erase_inactive(before, 100, now).await.unwrap(), 2, "the busy one is skipped, not waited for");
        tx.commit().await.unwrap();
        assert_eq!(store.erase_inactive(before, 100, now).await.unwrap(), 0, "and kept once it has written");
        assert!(store.contact_exists(&contact("quiet-2")).await.unwrap());
        let _ = other.close().await;
        store.close().await;
    }
}

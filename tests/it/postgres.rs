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

/// Console actions (`store/pg/handoff.rs`) from several instances on one database.
mod handoff {
    use std::collections::BTreeMap;

    use chrono::{DateTime, Duration, Utc};
    use pelita::engine::Reply;
    use pelita::store::{Act, Claim, ContactKey, Counsellor, NewCounsellor, Role, Store, Transfer};
    use sqlx::Connection as _;

    use super::Db;

    async fn counsellor(store: &Store, login: &str, org: &str, role: Role, gender: Option<&str>) -> Counsellor {
        let languages = vec!["id".to_owned()];
        let new = NewCounsellor {
            login,
            name: &format!("Name of {login}"),
            org,
            role,
            languages: &languages,
            gender,
            password_hash: "not a real hash",
        };
        store.add_counsellor(&new, pelita::bot::clock()).await.expect("add counsellor");
        store.credentials(login).await.expect("credentials").expect("the new account").counsellor
    }

    /// `n` waiting tickets in `org` (each with its own contact), made with plain SQL: (ticket,
    /// contact). `case` gives each a case with these fields.
    async fn waiting_tickets(
        url: &str,
        org: &str,
        n: usize,
        gender: Option<&str>,
        case: Option<&str>,
    ) -> Vec<(i64, i64)> {
        let mut c = sqlx::PgConnection::connect(url).await.expect("connect");
        let now = pelita::bot::clock().timestamp_millis();
        let mut made = Vec::new();
        for _ in 0..n {
            let contact: i64 = sqlx::query_scalar(
                "insert into contacts (channel, external_key, created_at)
                 values ('telegram', gen_random_uuid()::text, $1) returning id",
            )
            .bind(now)
            .fetch_one(&mut c)
            .await
            .expect("contact");
            let case_id: Option<i64> = match case {
                Some(fields) => Some(
                    sqlx::query_scalar(
                        "insert into cases (code, kind, contact_id, fields, created_at)
                         values (upper(substr(md5(random()::text), 1, 9)), 'case_report', $1, $2, $3) returning id",
                    )
                    .bind(contact)
                    .bind(fields)
                    .bind(now)
                    .fetch_one(&mut c)
                    .await
                    .expect("case"),
                ),
                None => None,
            };
            let ticket: i64 = sqlx::query_scalar(
                "insert into tickets (contact_id, org, priority, topic, gender, case_id, opened_at)
                 values ($1, $2, 2, 'general', $3, $4, $5) returning id",
            )
            .bind(contact)
            .bind(org)
            .bind(gender)
            .bind(case_id)
            .bind(now)
            .fetch_one(&mut c)
            .await
            .expect("ticket");
            made.push((ticket, contact));
        }
        let _ = c.close().await;
        made
    }

    /// The contact's platform key (made at random by `waiting_tickets`).
    async fn contact_key(url: &str, contact: i64) -> ContactKey {
        let mut c = sqlx::PgConnection::connect(url).await.expect("connect");
        let key: String = sqlx::query_scalar("select external_key from contacts where id = $1")
            .bind(contact)
            .fetch_one(&mut c)
            .await
            .expect("contact");
        let _ = c.close().await;
        ContactKey { channel: "telegram".into(), key }
    }

    async fn actions(store: &Store, org: &str, action: &str) -> Vec<Option<i64>> {
        let log = store.audit_log(Some(org), 10_000).await.expect("audit log");
        log.into_iter().filter(|(_, _, a, _)| a == action).map(|(.., t)| t).collect()
    }

    fn at(t: DateTime<Utc>, seconds: i64) -> DateTime<Utc> {
        t + Duration::seconds(seconds)
    }

    #[tokio::test]
    async fn two_instances_claiming_the_same_tickets_at_once_one_counsellor_wins_each() {
        let Some(db) = Db::new("two_instances_claiming_the_same_tickets_at_once_one_counsellor_wins_each") else {
            return;
        };
        let (a, b) = (Store::open(&db.0).await.unwrap(), Store::open(&db.0).await.unwrap());
        let ana = counsellor(&a, "ana", "cirebon", Role::Counsellor, None).await;
        let budi = counsellor(&b, "budi", "cirebon", Role::Counsellor, None).await;
        let tickets = waiting_tickets(&db.0, "cirebon", 25, None, None).await;
        let now = pelita::bot::clock();
        let mut tasks = Vec::new();
        for &(ticket, contact) in &tickets {
            let (a, b, ana, budi) = (a.clone(), b.clone(), ana.clone(), budi.clone());
            tasks.push(tokio::spawn(async move {
                let (x, y) = tokio::join!(
                    a.claim(ticket, &ana, "joined", "pending", now),
                    b.claim(ticket, &budi, "joined", "pending", now)
                );
                (ticket, contact, x.expect("claim on a"), y.expect("claim on b"))
            }));
        }
        let (mut ana_won, mut budi_won) = (0, 0);
        for task in tasks {
            let (ticket, contact, x, y) = task.await.unwrap();
            let winner = match (&x, &y) {
                (Claim::Claimed, Claim::Taken { by }) if *by == ana.name => {
                    ana_won += 1;
                    &ana
                }
                (Claim::Taken { by }, Claim::Claimed) if *by == budi.name => {
                    budi_won += 1;
                    &budi
                }
                other => panic!("ticket {ticket}: not exactly one winner: {other:?}"),
            };
            // Either instance sees the winner holding it, and the user got one "joined".
            let t = b.ticket(ticket, Some("cirebon")).await.unwrap().expect("ticket");
            assert_eq!((t.status.as_str(), t.counsellor_id), ("claimed", Some(winner.id)));
            let history = a.history(contact).await.unwrap();
            assert_eq!(history.len(), 1, "ticket {ticket}: one joined message");
            assert_eq!(history[0].counsellor.as_deref(), Some(winner.name.as_str()));
        }
        assert_eq!(ana_won + budi_won, tickets.len());
        assert_eq!(actions(&a, "cirebon", "claim").await.len(), tickets.len(), "one claim audited per ticket");

        // Claiming again, or from another organisation: not a second winner, not visible.
        let (first, _) = tickets[0];
        assert!(matches!(a.claim(first, &ana, "joined", "pending", now).await.unwrap(), Claim::Taken { .. }));
        let outsider = counsellor(&b, "citra", "jember", Role::Counsellor, None).await;
        assert_eq!(b.claim(first, &outsider, "joined", "pending", now).await.unwrap(), Claim::NotFound);
        assert!(b.ticket(first, Some("jember")).await.unwrap().is_none());
        assert!(b.queue(Some("jember")).await.unwrap().is_empty());
        assert_eq!(b.queue(Some("cirebon")).await.unwrap().len(), tickets.len());
        a.close().await;
        b.close().await;
    }

    #[tokio::test]
    async fn expire_claims_run_by_every_instance_at_once_returns_each_claim_once() {
        let Some(db) = Db::new("expire_claims_run_by_every_instance_at_once_returns_each_claim_once") else {
            return;
        };
        let (a, b) = (Store::open(&db.0).await.unwrap(), Store::open(&db.0).await.unwrap());
        let ana = counsellor(&a, "ana", "cirebon", Role::Counsellor, None).await;
        let tickets = waiting_tickets(&db.0, "cirebon", 40, None, None).await;
        let t0 = pelita::bot::clock();
        for &(ticket, _) in &tickets {
            assert_eq!(a.claim(ticket, &ana, "joined", "pending", t0).await.unwrap(), Claim::Claimed);
        }
        // One of them stays active: a reply later than the cut-off keeps the claim.
        let (kept, _) = tickets[0];
        assert!(matches!(a.counsellor_reply(kept, &ana, "hello", "pending", at(t0, 120)).await.unwrap(), Act::Done(_)));

        let before = at(t0, 60);
        let now = at(t0, 200);
        let (w, x, y, z) = tokio::join!(
            a.expire_claims(before, now),
            b.expire_claims(before, now),
            a.expire_claims(before, now),
            b.expire_claims(before, now)
        );
        let mut returned: Vec<i64> = [w, x, y, z].into_iter().flat_map(|r| r.expect("expire_claims")).collect();
        returned.sort_unstable();
        let mut expected: Vec<i64> = tickets.iter().map(|&(t, _)| t).filter(|&t| t != kept).collect();
        expected.sort_unstable();
        assert_eq!(returned, expected, "each expired claim returned once, the active one kept");

        let mut audited: Vec<i64> = actions(&b, "cirebon", "claim_expired").await.into_iter().flatten().collect();
        audited.sort_unstable();
        assert_eq!(audited, expected, "each expiry audited once");
        let log = b.audit_log(Some("cirebon"), 10_000).await.unwrap();
        assert!(
            log.iter().filter(|(_, _, a, _)| a == "claim_expired").all(|(_, w, ..)| w.as_deref() == Some(&ana.name)),
            "the audit log names who held the claim"
        );
        let queue = a.queue(Some("cirebon")).await.unwrap();
        assert_eq!(queue.iter().filter(|t| t.status == "waiting" && t.counsellor_id.is_none()).count(), expected.len());
        assert!(a.expire_claims(before, now).await.unwrap().is_empty(), "nothing left to expire");
        // A returned ticket can be claimed again.
        assert_eq!(b.claim(expected[0], &ana, "joined", "pending", now).await.unwrap(), Claim::Claimed);
        a.close().await;
        b.close().await;
    }

    #[tokio::test]
    async fn a_ticket_closed_from_two_instances_at_once_closes_once_and_only_its_holder_acts() {
        let Some(db) = Db::new("a_ticket_closed_from_two_instances_at_once_closes_once_and_only_its_holder_acts")
        else {
            return;
        };
        let (a, b) = (Store::open(&db.0).await.unwrap(), Store::open(&db.0).await.unwrap());
        let ana = counsellor(&a, "ana", "cirebon", Role::Counsellor, None).await;
        let budi = counsellor(&a, "budi", "cirebon", Role::Counsellor, None).await;
        let sari = counsellor(&a, "sari", "cirebon", Role::Supervisor, None).await;
        let tickets = waiting_tickets(&db.0, "cirebon", 1, None, Some(r#"{"name":"x","place":"y"}"#)).await;
        let (ticket, contact) = tickets[0];
        let now = pelita::bot::clock();

        // Not claimed yet: nobody holds it.
        assert_eq!(
            a.counsellor_reply(ticket, &ana, "hi", "pending", now).await.unwrap(),
            Act::NotHolder { holder: None }
        );
        assert_eq!(a.claim(ticket, &ana, "joined", "pending", now).await.unwrap(), Claim::Claimed);
        assert_eq!(
            b.counsellor_reply(ticket, &budi, "hi", "pending", now).await.unwrap(),
            Act::NotHolder { holder: Some(ana.name.clone()) }
        );
        let Act::Done(reply) = b.counsellor_reply(ticket, &ana, "hello", "pending", at(now, 1)).await.unwrap() else {
            panic!("the holder replies");
        };
        let t = a.ticket(ticket, None).await.unwrap().unwrap();
        assert_eq!(t.first_reply_at.map(|t| t.timestamp_millis()), Some(at(now, 1).timestamp_millis()));

        // The case: the holder or a supervisor corrects fields it has; nobody adds new ones.
        let changes: BTreeMap<String, String> =
            [("place".to_owned(), "z".to_owned()), ("new".to_owned(), "n".to_owned())].into();
        assert_eq!(
            b.edit_case(ticket, &budi, &changes, now).await.unwrap(),
            Act::NotHolder { holder: Some(ana.name.clone()) }
        );
        assert_eq!(b.edit_case(ticket, &sari, &changes, now).await.unwrap(), Act::Done(ticket));
        let fields = a.ticket(ticket, None).await.unwrap().unwrap().case_fields.unwrap();
        assert_eq!(fields, [("name".to_owned(), "x".to_owned()), ("place".to_owned(), "z".to_owned())].into());

        // Notes: any counsellor of the organisation.
        assert!(matches!(b.add_note(ticket, &budi, "a note", now).await.unwrap(), Act::Done(_)));
        let notes = a.notes(ticket).await.unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0, budi.name);

        // Two closes at once (a double submit reaching two instances): one closes.
        let ask = vec![Reply { text: "rate us".to_owned(), choices: Vec::new() }];
        let (x, y) = tokio::join!(
            a.close_ticket(ticket, &ana, "resolved", ("rating", "ask"), &ask, "pending", at(now, 2)),
            b.close_ticket(ticket, &ana, "resolved", ("rating", "ask"), &ask, "pending", at(now, 2))
        );
        let mut results = vec![x.unwrap(), y.unwrap()];
        results.sort_by_key(|r| matches!(r, Act::Closed));
        assert_eq!(results, vec![Act::Done(ticket), Act::Closed]);
        assert_eq!(actions(&a, "cirebon", "close").await.len(), 1);
        let history = a.history(contact).await.unwrap();
        let bodies: Vec<&str> = history.iter().map(|h| h.body.as_str()).collect();
        assert_eq!(bodies, ["joined", "hello", "rate us"], "one rating question");
        assert_eq!(history[1].id, reply);
        let code = a.ticket(ticket, None).await.unwrap().unwrap().case_code.expect("the ticket's case");
        let user = contact_key(&db.0, contact).await;
        assert_eq!(b.case_status(&user, &code).await.unwrap().as_deref(), Some("closed"));
        assert_eq!(b.case_status(&ContactKey { key: "someone else".into(), ..user }, &code).await.unwrap(), None);
        assert_eq!(a.counsellor_reply(ticket, &ana, "late", "pending", now).await.unwrap(), Act::Closed);
        assert_eq!(
            a.transfer(ticket, &sari, Transfer::Organisation("jember"), None, "pending", now).await.unwrap(),
            Act::Closed
        );
        a.close().await;
        b.close().await;
    }

    #[tokio::test]
    async fn transfers_gender_requests_accounts_and_logins_across_instances() {
        let Some(db) = Db::new("transfers_gender_requests_accounts_and_logins_across_instances") else {
            return;
        };
        let (a, b) = (Store::open(&db.0).await.unwrap(), Store::open(&db.0).await.unwrap());
        let ana = counsellor(&a, "ana", "cirebon", Role::Counsellor, Some("f")).await;
        let budi = counsellor(&a, "budi", "cirebon", Role::Counsellor, Some("m")).await;
        let dewi = counsellor(&a, "dewi", "cirebon", Role::Supervisor, None).await;
        let admin = counsellor(&a, "root", "national", Role::Admin, None).await;
        let now = pelita::bot::clock();

        // A woman was asked for: while one is logged in (on any instance), a man cannot claim.
        let tickets = waiting_tickets(&db.0, "cirebon", 3, Some("f"), None).await;
        let (wanted, _) = tickets[0];
        assert_eq!(b.claim(wanted, &budi, "joined", "pending", now).await.unwrap(), Claim::Claimed, "no woman on duty");
        let (wanted, _) = tickets[1];
        a.create_session("token-of-ana", ana.id, "csrf", now, at(now, 3600)).await.unwrap();
        let (who, csrf) = b.session("token-of-ana", now).await.unwrap().expect("the session on the other instance");
        assert_eq!((who.id, csrf.as_str()), (ana.id, "csrf"));
        assert_eq!(b.claim(wanted, &budi, "joined", "pending", now).await.unwrap(), Claim::WantsGender("f".into()));
        assert_eq!(a.claim(wanted, &ana, "joined", "pending", now).await.unwrap(), Claim::Claimed);

        // Transfers: only the holder (or a supervisor); to a colleague or another organisation.
        assert_eq!(
            b.transfer(wanted, &budi, Transfer::Counsellor(budi.id), Some("joined"), "pending", now).await.unwrap(),
            Act::NotHolder { holder: Some(ana.name.clone()) }
        );
        assert_eq!(
            b.transfer(wanted, &ana, Transfer::Counsellor(admin.id), Some("joined"), "pending", now).await.unwrap(),
            Act::NotFound,
            "not a colleague"
        );
        assert_eq!(
            b.transfer(wanted, &ana, Transfer::Counsellor(budi.id), Some("joined"), "pending", now).await.unwrap(),
            Act::Done(wanted)
        );
        assert_eq!(a.ticket(wanted, Some("cirebon")).await.unwrap().unwrap().counsellor_id, Some(budi.id));
        assert_eq!(
            a.transfer(wanted, &dewi, Transfer::Organisation("jember"), None, "pending", now).await.unwrap(),
            Act::Done(wanted)
        );
        assert!(a.ticket(wanted, Some("cirebon")).await.unwrap().is_none(), "gone from cirebon");
        let moved = b.ticket(wanted, Some("jember")).await.unwrap().expect("in jember's queue");
        assert_eq!((moved.status.as_str(), moved.counsellor_id), ("waiting", None));
        assert_eq!(actions(&a, "jember", "transfer").await, vec![Some(wanted)]);
        assert_eq!(actions(&a, "cirebon", "transfer").await.len(), 2);
        let key = |contact: i64| contact_key(&db.0, contact);
        assert_eq!(a.queue_place(&key(tickets[1].1).await).await.unwrap(), Some(("jember".into(), 1)));
        assert_eq!(b.queue_place(&key(tickets[2].1).await).await.unwrap(), Some(("cirebon".into(), 1)));
        assert_eq!(b.queue_place(&key(tickets[0].1).await).await.unwrap(), None, "claimed, not waiting");
        assert_eq!(b.case_status(&key(tickets[0].1).await, "NO-SUCH").await.unwrap(), None);

        // Accounts: a supervisor disables a colleague (never themself); the sessions end.
        assert!(!b.set_disabled(dewi.id, true, &dewi, now).await.unwrap(), "not oneself");
        assert!(!b.set_disabled(admin.id, true, &dewi, now).await.unwrap(), "not another organisation's");
        assert!(b.set_disabled(ana.id, true, &dewi, now).await.unwrap());
        assert!(a.session("token-of-ana", now).await.unwrap().is_none());
        let accounts = a.accounts(Some("cirebon")).await.unwrap();
        let disabled: Vec<(&str, bool)> = accounts.iter().map(|(c, d)| (c.login.as_str(), *d)).collect();
        assert_eq!(disabled, [("ana", true), ("budi", false), ("dewi", false)]);
        assert_eq!(a.accounts(None).await.unwrap().len(), 4);
        let colleagues: Vec<i64> = a.colleagues("cirebon").await.unwrap().into_iter().map(|(id, _)| id).collect();
        assert_eq!(colleagues, [budi.id, dewi.id]);
        assert_eq!(a.counsellor_name(ana.id, "cirebon").await.unwrap(), None);
        assert!(b.set_disabled(ana.id, false, &admin, now).await.unwrap());
        assert_eq!(a.counsellor_name(ana.id, "cirebon").await.unwrap(), Some(ana.name.clone()));

        // Failed logins on both instances at once all count; the fifth locks; a success resets.
        let lock = at(now, 900);
        let mut tries = Vec::new();
        for i in 0..8 {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let budi = budi.clone();
            tries.push(tokio::spawn(async move { store.login_attempt(&budi, false, 5, lock, now).await }));
        }
        for t in tries {
            t.await.unwrap().expect("login attempt");
        }
        let creds = b.credentials("budi").await.unwrap().unwrap();
        assert_eq!(creds.failed_logins, 8);
        assert_eq!(creds.locked_until.map(|t| t.timestamp_millis()), Some(lock.timestamp_millis()));
        assert!(!creds.disabled && creds.counsellor.must_change_password);
        a.login_attempt(&budi, true, 5, lock, now).await.unwrap();
        let creds = a.credentials("budi").await.unwrap().unwrap();
        assert_eq!((creds.failed_logins, creds.locked_until), (0, None));
        assert_eq!(actions(&a, "cirebon", "login_failed").await.len(), 8);
        a.set_password(budi.id, "another hash").await.unwrap();
        let creds = b.credentials("budi").await.unwrap().unwrap();
        assert_eq!((creds.password_hash.as_str(), creds.counsellor.must_change_password), ("another hash", false));
        b.end_session("token-of-ana").await.unwrap();
        a.close().await;
        b.close().await;
    }
}

/// Ingest and the outbox (`store/pg.rs`) from several instances on one database.
mod instances {
    use std::collections::{BTreeSet, HashSet};
    use std::sync::{Arc, Mutex};

    use chrono::{DateTime, Duration, Utc};
    use pelita::engine::{Input, Outcome, Reply, State};
    use pelita::store::{Arrival, ContactKey, Ingested, SendResult, Store};

    use super::Db;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_760_000_000, 0).unwrap()
    }

    fn contact(key: &str) -> ContactKey {
        ContactKey { channel: "telegram".into(), key: key.into() }
    }

    fn arrival(key: &str, external_id: &str, text: &str) -> Arrival {
        Arrival {
            contact: contact(key),
            external_id: Some(external_id.into()),
            input: Input::Text(text.into()),
            media: None,
            at: t0(),
            reply_status: "pending",
            stored_id: None,
        }
    }

    /// A step that counts the messages a conversation has seen (in `fields["n"]`) and lists
    /// their texts (in `fields["seen"]`), and answers `replies` times.
    fn counting(a: &Arrival, state: Option<State>, replies: usize) -> Outcome {
        let mut state = state.unwrap_or_default();
        let n: u32 = state.fields.get("n").map_or(0, |n| n.parse().unwrap());
        let Input::Text(text) = &a.input else { unreachable!() };
        let seen = state.fields.get("seen").cloned().unwrap_or_default();
        state.fields.insert("n".into(), (n + 1).to_string());
        state.fields.insert("seen".into(), if seen.is_empty() { text.clone() } else { format!("{seen} {text}") });
        let replies = (0..replies).map(|i| Reply { text: format!("{text}/{i}"), choices: vec![] }).collect();
        Outcome { state, replies, effects: vec![] }
    }

    async fn two(db: &Db) -> (Store, Store) {
        let a = Store::open(&db.0).await.expect("first instance");
        let b = Store::open(&db.0).await.expect("second instance");
        (a, b)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_same_inbound_delivered_to_two_instances_at_once_is_processed_once() {
        let Some(db) = Db::new("the_same_inbound_delivered_to_two_instances_at_once_is_processed_once") else {
            return;
        };
        let (a, b) = two(&db).await;
        let calls = Arc::new(Mutex::new(0));
        for i in 0..20 {
            let m = arrival("u1", &format!("m{i}"), &format!("t{i}"));
            let (ca, cb) = (calls.clone(), calls.clone());
            let (ra, rb) = tokio::join!(
                a.ingest(std::slice::from_ref(&m), move |a, s, _| {
                    *ca.lock().unwrap() += 1;
                    counting(a, s, 1)
                }),
                b.ingest(std::slice::from_ref(&m), move |a, s, _| {
                    *cb.lock().unwrap() += 1;
                    counting(a, s, 1)
                }),
            );
            let (ra, rb) = (ra.expect("first instance"), rb.expect("second instance"));
            let done = [&ra[0], &rb[0]].iter().filter(|r| matches!(r, Ingested::Done(_))).count();
            let duplicate = [&ra[0], &rb[0]].iter().filter(|r| **r == &Ingested::Duplicate).count();
            assert_eq!((done, duplicate), (1, 1), "message {i}: {ra:?} {rb:?}");
        }
        assert_eq!(*calls.lock().unwrap(), 20);
        // 20 inbound rows and 20 replies; the state counted each message once.
        assert_eq!(a.message_count(&contact("u1")).await.unwrap(), 40);
        let state = b.state(&contact("u1")).await.unwrap().unwrap();
        assert_eq!(state.fields["n"], "20");
        a.close().await;
        b.close().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_users_messages_alternating_between_instances_are_all_processed_in_order() {
        let Some(db) = Db::new("one_users_messages_alternating_between_instances_are_all_processed_in_order") else {
            return;
        };
        let (a, b) = two(&db).await;
        // One after another (as a platform delivers one chat), each to the other instance.
        let mut expected = Vec::new();
        for i in 0..20 {
            let store = if i % 2 == 0 { &a } else { &b };
            let text = format!("s{i}");
            let out = store.ingest(&[arrival("seq", &format!("s{i}"), &text)], |a, s, _| counting(a, s, 0)).await;
            assert!(matches!(out.unwrap()[0], Ingested::Done(_)));
            expected.push(text);
        }
        let state = a.state(&contact("seq")).await.unwrap().unwrap();
        assert_eq!(state.fields["seen"], expected.join(" "));

        // At the same time: each instance gets half of one user's messages, in order. Each
        // message sees the state the one before it left (no update lost), and each instance's
        // messages are processed in the order it got them.
        let seen_counts = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for (name, store) in [("a", a.clone()), ("b", b.clone())] {
            let seen_counts = seen_counts.clone();
            tasks.push(tokio::spawn(async move {
                let mut mine = Vec::new();
                for i in 0..25 {
                    let seen_counts = seen_counts.clone();
                    let m = arrival("both", &format!("{name}{i}"), &format!("{name}{i}"));
                    let out = store
                        .ingest(&[m], move |a, s, _| {
                            let o = counting(a, s, 1);
                            seen_counts.lock().unwrap().push(o.state.fields["n"].clone());
                            o
                        })
                        .await
                        .expect("ingest");
                    let Ingested::Done(o) = &out[0] else { panic!("{out:?}") };
                    mine.push(o.state.fields["n"].parse::<u32>().unwrap());
                }
                mine
            }));
        }
        for t in tasks {
            let mine = t.await.unwrap();
            assert!(mine.windows(2).all(|w| w[0] < w[1]), "{mine:?}");
        }
        let counts: BTreeSet<u32> = seen_counts.lock().unwrap().iter().map(|n| n.parse().unwrap()).collect();
        assert_eq!(counts, (1..=50).collect(), "every message saw its predecessor's state");
        let state = b.state(&contact("both")).await.unwrap().unwrap();
        assert_eq!(state.fields["n"], "50");
        for name in ["a", "b"] {
            let order: Vec<&str> = state.fields["seen"].split(' ').filter(|t| t.starts_with(name)).collect();
            let expected: Vec<String> = (0..25).map(|i| format!("{name}{i}")).collect();
            assert_eq!(order, expected);
        }
        a.close().await;
        b.close().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn batches_with_the_same_users_in_opposite_orders_do_not_deadlock() {
        let Some(db) = Db::new("batches_with_the_same_users_in_opposite_orders_do_not_deadlock") else { return };
        let (a, b) = two(&db).await;
        let users: Vec<String> = (0..12).map(|u| format!("user{u}")).collect();
        for round in 0..10 {
            let forward: Vec<Arrival> = users.iter().map(|u| arrival(u, &format!("f{round}"), "x")).collect();
            let backward: Vec<Arrival> = users.iter().rev().map(|u| arrival(u, &format!("b{round}"), "y")).collect();
            let (ra, rb) = tokio::join!(
                a.ingest(&forward, |a, s, _| counting(a, s, 1)),
                b.ingest(&backward, |a, s, _| counting(a, s, 1))
            );
            for r in ra.expect("forward batch").iter().chain(&rb.expect("backward batch")) {
                assert!(matches!(r, Ingested::Done(_)), "{r:?}");
            }
        }
        for u in &users {
            assert_eq!(a.state(&contact(u)).await.unwrap().unwrap().fields["n"], "20");
        }
        a.close().await;
        b.close().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_outbox_hands_each_reply_to_one_instance_in_each_chats_order() {
        let Some(db) = Db::new("the_outbox_hands_each_reply_to_one_instance_in_each_chats_order") else { return };
        let (a, b) = two(&db).await;
        // 30 chats, two replies each.
        let batch: Vec<Arrival> = (0..30).map(|u| arrival(&format!("c{u}"), "m1", &format!("hi{u}"))).collect();
        a.ingest(&batch, |a, s, _| counting(a, s, 2)).await.unwrap();
        let now = t0() + Duration::seconds(1);

        // Both instances at once: every chat's first reply goes to exactly one of them.
        let (da, db_) = tokio::join!(a.due_outbox("telegram", now, 100), b.due_outbox("telegram", now, 100));
        let (da, db_) = (da.unwrap(), db_.unwrap());
        let ids_a: HashSet<i64> = da.iter().map(|i| i.id).collect();
        let ids_b: HashSet<i64> = db_.iter().map(|i| i.id).collect();
        assert!(ids_a.is_disjoint(&ids_b), "a reply handed to both instances");
        assert_eq!(ids_a.len() + ids_b.len(), 30, "{} + {}", ids_a.len(), ids_b.len());
        assert!(da.iter().chain(&db_).all(|i| i.reply.text.ends_with("/0")), "only each chat's first reply");

        // Asked again before recording: the other instance gets none of them; the one holding
        // them gets its own back (its sender skips those in flight).
        let again_b: HashSet<i64> = b.due_outbox("telegram", now, 100).await.unwrap().iter().map(|i| i.id).collect();
        assert_eq!(again_b, ids_b);
        let again_a: HashSet<i64> = a.due_outbox("telegram", now, 100).await.unwrap().iter().map(|i| i.id).collect();
        assert_eq!(again_a, ids_a);

        // Instance a records its sends; b "dies" without recording.
        let sent: Vec<_> = da.into_iter().map(|i| (i, SendResult::Sent { platform_id: Some("p".into()) })).collect();
        a.record_sends(&sent, now).await.unwrap();
        // The second replies of a's chats are due now (to either instance); b's chats wait.
        let next = a.due_outbox("telegram", now, 100).await.unwrap();
        assert_eq!(next.len(), ids_a.len());
        assert!(next.iter().all(|i| i.reply.text.ends_with("/1")));
        assert!(b.due_outbox("telegram", now, 100).await.unwrap().iter().all(|i| ids_b.contains(&i.id)));

        // A fresh instance (b restarted) gets the rows others hold only after their lease runs out.
        let c = Store::open(&db.0).await.unwrap();
        assert!(c.due_outbox("telegram", now, 100).await.unwrap().is_empty());
        let later = now + Duration::seconds(61);
        let retaken: HashSet<i64> = c.due_outbox("telegram", later, 100).await.unwrap().iter().map(|i| i.id).collect();
        let expired: HashSet<i64> = ids_b.iter().copied().chain(next.iter().map(|i| i.id)).collect();
        assert_eq!(retaken, expired);
        // Now c holds them all.
        assert!(a.due_outbox("telegram", later, 100).await.unwrap().is_empty());
        assert!(b.due_outbox("telegram", later, 100).await.unwrap().is_empty());
        for s in [a, b, c] {
            s.close().await;
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_outbox_rounds_send_every_reply_once_and_in_order() {
        let Some(db) = Db::new("concurrent_outbox_rounds_send_every_reply_once_and_in_order") else { return };
        let (a, b) = two(&db).await;
        let batch: Vec<Arrival> = (0..20).map(|u| arrival(&format!("c{u}"), "m1", &format!("hi{u}"))).collect();
        a.ingest(&batch, |a, s, _| counting(a, s, 3)).await.unwrap();
        let now = t0() + Duration::seconds(1);
        // Two senders loop until nothing is left, recording what they took each round.
        let sent = Arc::new(Mutex::new(Vec::<(i64, i64, String)>::new()));
        let mut tasks = Vec::new();
        for store in [a.clone(), b.clone()] {
            let sent = sent.clone();
            tasks.push(tokio::spawn(async move {
                let mut idle = 0;
                while idle < 3 {
                    let due = store.due_outbox("telegram", now, 7).await.expect("due");
                    if due.is_empty() {
                        idle += 1;
                        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                        continue;
                    }
                    idle = 0;
                    let mut results = Vec::new();
                    for item in due {
                        sent.lock().unwrap().push((item.contact_id, item.id, item.reply.text.clone()));
                        results.push((item, SendResult::Sent { platform_id: None }));
                    }
                    store.record_sends(&results, now).await.expect("record");
                }
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        let sent = sent.lock().unwrap().clone();
        assert_eq!(sent.len(), 60, "every reply once");
        let ids: HashSet<i64> = sent.iter().map(|(_, id, _)| *id).collect();
        assert_eq!(ids.len(), 60, "no reply twice");
        for (contact, ..) in &sent {
            let order: Vec<&str> =
                sent.iter().filter(|(c, ..)| c == contact).map(|(.., t)| t.rsplit('/').next().unwrap()).collect();
            assert_eq!(order, ["0", "1", "2"], "a chat's replies in order");
        }
        assert_eq!(a.outbox_backlog().await.unwrap(), 0);
        a.close().await;
        b.close().await;
    }
}

/// The batch path of ingest (`store/pg.rs`, `fast`): many users, several messages each, in one
/// batch larger than one statement carries.
mod batches {
    use chrono::{DateTime, Utc};
    use pelita::engine::{Input, Outcome, Reply, State};
    use pelita::store::{Arrival, ContactKey, Ingested, Store};

    use super::Db;

    fn contact(key: &str) -> ContactKey {
        ContactKey { channel: "telegram".into(), key: key.into() }
    }

    fn arrival(key: &str, external_id: &str, text: &str) -> Arrival {
        Arrival {
            contact: contact(key),
            external_id: Some(external_id.into()),
            input: Input::Text(text.into()),
            media: None,
            at: DateTime::<Utc>::from_timestamp(1_760_000_000, 0).unwrap(),
            reply_status: "pending",
            stored_id: None,
        }
    }

    /// Counts the messages a conversation has seen (`fields["n"]`), lists their texts
    /// (`fields["seen"]`) and answers twice, at length.
    fn counting(a: &Arrival, state: Option<State>) -> Outcome {
        let mut state = state.unwrap_or_default();
        let n: u32 = state.fields.get("n").map_or(0, |n| n.parse().unwrap());
        let Input::Text(text) = &a.input else { unreachable!() };
        let seen = state.fields.get("seen").cloned().unwrap_or_default();
        state.fields.insert("n".into(), (n + 1).to_string());
        state.fields.insert("seen".into(), if seen.is_empty() { text.clone() } else { format!("{seen} {text}") });
        let long = "panjang ".repeat(40);
        let replies = (0..2).map(|i| Reply { text: format!("{text}/{i} {long}"), choices: vec![] }).collect();
        Outcome { state, replies, effects: vec![] }
    }

    #[tokio::test]
    async fn a_large_batch_is_stored_once_and_in_order() {
        let Some(db) = Db::new("a_large_batch_is_stored_once_and_in_order") else { return };
        let store = Store::open(&db.0).await.expect("open");
        let first = store.ingest(&[arrival("u0", "pre", "pre")], |a, s, _| counting(a, s)).await.unwrap();
        assert!(matches!(first[0], Ingested::Done(_)));

        // 150 users, three messages each, interleaved; u0's stored message redelivered and its
        // second message repeated within the batch.
        let users: Vec<String> = (0..150).map(|u| format!("u{u}")).collect();
        let mut batch = vec![arrival("u0", "pre", "pre")];
        for i in 0..3 {
            for u in &users {
                batch.push(arrival(u, &format!("{u}-{i}"), &format!("{u}m{i}")));
            }
            if i == 1 {
                batch.push(arrival("u0", "u0-1", "u0m1"));
            }
        }
        let mut calls = 0;
        let results = store
            .ingest(&batch, |a, s, _| {
                calls += 1;
                counting(a, s)
            })
            .await
            .unwrap();
        assert_eq!(calls, 450);
        let duplicates: Vec<usize> =
            results.iter().enumerate().filter(|(_, r)| **r == Ingested::Duplicate).map(|(i, _)| i).collect();
        assert_eq!(duplicates, vec![0, 301]);
        assert!(results.iter().all(|r| matches!(r, Ingested::Done(_) | Ingested::Duplicate)));

        for u in &users {
            let state = store.state(&contact(u)).await.unwrap().unwrap();
            let mut seen: Vec<String> = (0..3).map(|i| format!("{u}m{i}")).collect();
            if u == "u0" {
                seen.insert(0, "pre".into());
            }
            assert_eq!(state.fields["n"], seen.len().to_string(), "{u}");
            assert_eq!(state.fields["seen"], seen.join(" "), "{u}");
            // Every inbound message once, every reply once, the replies in the order written.
            let rows = store.message_statuses(&contact(u)).await.unwrap();
            assert_eq!(rows.len(), seen.len() * 3, "{u}");
            let inbound: Vec<&str> = rows.iter().filter(|r| r.0 == "in").map(|r| r.2.as_str()).collect();
            assert_eq!(inbound, seen, "{u}");
            let replies: Vec<String> =
                rows.iter().filter(|r| r.0 == "out").map(|r| r.2.split(' ').next().unwrap().to_owned()).collect();
            let expected: Vec<String> = seen.iter().flat_map(|t| [format!("{t}/0"), format!("{t}/1")]).collect();
            assert_eq!(replies, expected, "{u}");
        }
        store.close().await;
    }
}

/// A listener whose connection the database ends (restart, failover) says so at once: what was
/// announced meanwhile was not heard, and the consoles and senders must look again.
#[tokio::test]
async fn a_lost_listener_connection_counts_as_a_change_and_listening_goes_on() {
    use sqlx::Connection as _;
    let Some(db) = Db::new("a_lost_listener_connection_counts_as_a_change_and_listening_goes_on") else { return };
    let store = Store::open(&db.0).await.unwrap();
    let mut changes = store.changes().await.unwrap().expect("PostgreSQL announces changes");
    assert_eq!(super::pg::end_connections(&db.0, "LISTEN%").await, 1, "one listening connection");
    let mut admin = sqlx::PgConnection::connect(&db.0).await.unwrap();
    let woke = tokio::time::timeout(std::time::Duration::from_secs(5), changes.next()).await;
    assert!(matches!(woke, Ok(Ok(()))), "no wake-up after the connection was lost: {woke:?}");
    // Listening again: a change announced now is heard.
    sqlx::query("select pg_notify('pelita_changes', '')").execute(&mut admin).await.unwrap();
    let heard = tokio::time::timeout(std::time::Duration::from_secs(5), changes.next()).await;
    assert!(matches!(heard, Ok(Ok(()))), "a change after the reconnection was not heard: {heard:?}");
    let _ = admin.close().await;
    drop(changes); // it holds one of the pool's connections, which closing waits for
    store.close().await;
}

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
        store.add_counsellor(&new, Utc::now()).await.expect("add counsellor");
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
        let now = Utc::now().timestamp_millis();
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
        let now = Utc::now();
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
        let t0 = Utc::now();
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
        let now = Utc::now();

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
        let now = Utc::now();

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

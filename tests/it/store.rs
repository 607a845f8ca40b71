//! The store on a real SQLite file: one transaction per batch, nothing lost, nothing doubled.
use std::collections::BTreeMap;

use pelita::engine::{CaseKind, Effect, Input, Outcome, Reply, State, TicketRequest, Topic};
use pelita::store::{Arrival, ContactKey, Ingested, Store};

fn contact(key: &str) -> ContactKey {
    ContactKey { channel: "terminal".into(), key: key.into() }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap()
}

fn arrival(key: &str, external_id: Option<&str>, text: &str) -> Arrival {
    Arrival {
        contact: contact(key),
        external_id: external_id.map(str::to_owned),
        input: Input::Text(text.into()),
        media: None,
        at: now(),
        reply_status: "delivered",
        stored_id: None,
    }
}

fn case(code: &str) -> Outcome {
    Outcome {
        state: State::default(),
        replies: vec![Reply { text: format!("code {code}"), choices: vec![] }],
        effects: vec![Effect::OpenCase {
            kind: CaseKind::CaseReport,
            code: code.into(),
            fields: BTreeMap::from([("worker_name".to_string(), "Ahmad".to_string())]),
            urgent: false,
        }],
    }
}

fn done(r: &Ingested) -> &Outcome {
    match r {
        Ingested::Done(o) => o,
        other => panic!("not processed: {other:?}"),
    }
}

#[tokio::test]
async fn a_code_collision_is_retried_without_storing_anything_twice() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    store.ingest(&[arrival("a", None, "first")], |_, _, _| case("AAAA-BBBB")).await.unwrap();
    let mut attempts = Vec::new();
    let out = store
        .ingest(&[arrival("b", None, "second")], |_, _, attempt| {
            attempts.push(attempt);
            case(if attempt == 0 { "AAAA-BBBB" } else { "CCCC-DDDD" })
        })
        .await
        .unwrap();
    assert_eq!(attempts, [0, 1]);
    assert_eq!(done(&out[0]).replies[0].text, "code CCCC-DDDD");
    assert_eq!(store.case_by_code("AAAA-BBBB").await.unwrap().unwrap().contact, contact("a"));
    let b = store.case_by_code("CCCC-DDDD").await.unwrap().unwrap();
    assert_eq!(b.contact, contact("b"));
    assert_eq!(b.fields.get("worker_name").map(String::as_str), Some("Ahmad"));
    // One inbound and one reply: the rolled-back attempt left nothing behind.
    assert_eq!(store.message_count(&contact("b")).await.unwrap(), 2);
}

#[tokio::test]
async fn a_redelivered_message_is_stored_and_processed_once() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    let mut calls = 0;
    let batch = [arrival("a", Some("m1"), "hi"), arrival("a", Some("m1"), "hi"), arrival("b", Some("m1"), "hi")];
    let results = store
        .ingest(&batch, |_, _, _| {
            calls += 1;
            Outcome {
                state: State::default(),
                replies: vec![Reply { text: "ok".into(), choices: vec![] }],
                effects: vec![],
            }
        })
        .await
        .unwrap();
    assert!(matches!(results[0], Ingested::Done(_)));
    assert_eq!(results[1], Ingested::Duplicate);
    assert!(matches!(results[2], Ingested::Done(_)), "the same id from another contact is another message");
    let again = store.ingest(&batch[..1], |_, _, _| panic!("a duplicate must not be processed")).await.unwrap();
    assert_eq!(again, [Ingested::Duplicate]);
    assert_eq!(calls, 2);
    assert_eq!(store.message_count(&contact("a")).await.unwrap(), 2);
}

#[tokio::test]
async fn messages_of_one_batch_see_each_other_in_order() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    let batch = [arrival("a", Some("1"), "one"), arrival("a", Some("2"), "two"), arrival("a", Some("3"), "three")];
    let mut seen = Vec::new();
    store
        .ingest(&batch, |a, state, _| {
            let mut state = state.unwrap_or_default();
            seen.push(state.fields.get("last").cloned());
            let Input::Text(t) = &a.input else { unreachable!() };
            state.fields.insert("last".into(), t.clone());
            Outcome { state, replies: vec![], effects: vec![] }
        })
        .await
        .unwrap();
    assert_eq!(seen, [None, Some("one".into()), Some("two".into())]);
}

#[tokio::test]
async fn state_survives_reopening_the_database() {
    let dir = super::Scratch::fresh();
    let mut state = State { lang: Some("jv".into()), urgent: true, ..State::default() };
    state.fields.insert("name".into(), "Siti".into());
    state.at = Some(pelita::engine::Pos { flow: "main".into(), step: "menu".into() });
    {
        let store = Store::open(&dir.db()).await.unwrap();
        let s = state.clone();
        store
            .ingest(&[arrival("a", None, "x")], move |_, _, _| Outcome {
                state: s.clone(),
                replies: vec![],
                effects: vec![Effect::MarkUrgent],
            })
            .await
            .unwrap();
        store.close().await;
    }
    let store = Store::open(&dir.db()).await.unwrap();
    assert_eq!(store.state(&contact("a")).await.unwrap(), Some(state));
    assert_eq!(store.state(&contact("nobody")).await.unwrap(), None);
}

#[tokio::test]
async fn deleting_data_removes_every_row_of_the_contact_only() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    store.ingest(&[arrival("a", None, "x")], |_, _, _| case("EEEE-FFFF")).await.unwrap();
    store.ingest(&[arrival("b", None, "x")], |_, _, _| case("GGGG-HHHH")).await.unwrap();
    store
        .ingest(&[arrival("a", None, "hapus")], |_, _, _| Outcome {
            state: State::default(),
            replies: vec![Reply { text: "deleted".into(), choices: vec![] }],
            effects: vec![
                Effect::Ticket(TicketRequest {
                    topic: Topic::Counsellor,
                    priority: 2,
                    org: "national".into(),
                    lang: None,
                    district: None,
                    gender: None,
                }),
                Effect::DeleteData,
            ],
        })
        .await
        .unwrap();
    assert!(!store.contact_exists(&contact("a")).await.unwrap());
    assert_eq!(store.message_count(&contact("a")).await.unwrap(), 0);
    assert_eq!(store.ticket_count(&contact("a")).await.unwrap(), 0);
    assert!(store.case_by_code("EEEE-FFFF").await.unwrap().is_none());
    assert!(store.case_by_code("GGGG-HHHH").await.unwrap().is_some());
    assert_eq!(store.message_count(&contact("b")).await.unwrap(), 2);
    // The organisation's audit log says why the ticket went, and nothing about whose it was.
    let log = store.audit_log(Some("national"), 100).await.unwrap();
    let erased: Vec<_> = log.iter().filter(|(_, who, action, _)| action == "erased_request" && who.is_none()).collect();
    assert_eq!(erased.len(), 1, "{log:?}");
    assert!(erased[0].3.is_some(), "with the ticket's number");
}

#[tokio::test]
async fn a_failed_step_keeps_the_message_for_a_retry_and_nothing_else() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    // The same code twice in one outcome cannot be stored; every attempt fails the same way.
    let mut both = case("JJJJ-KKKK");
    both.effects.extend(case("JJJJ-KKKK").effects);
    let results = store
        .ingest(&[arrival("a", Some("m1"), "x"), arrival("b", Some("m1"), "y")], |a, _, _| {
            if a.contact.key == "a" { both.clone() } else { case("LLLL-MMMM") }
        })
        .await
        .unwrap();
    assert!(matches!(results[0], Ingested::Failed(_)), "{results:?}");
    assert!(matches!(results[1], Ingested::Done(_)), "one failure does not sink the batch");
    assert!(store.case_by_code("JJJJ-KKKK").await.unwrap().is_none());
    assert_eq!(store.message_statuses(&contact("a")).await.unwrap(), [("in".into(), "unprocessed".into(), "x".into())]);
    // After a restart the kept message is processed, once.
    let pending = store.unprocessed(10, |_| "delivered").await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].input, Input::Text("x".into()));
    let results = store.ingest(&pending, |_, _, _| case("NNNN-PPPP")).await.unwrap();
    assert!(matches!(results[0], Ingested::Done(_)));
    assert!(store.unprocessed(10, |_| "delivered").await.unwrap().is_empty());
    assert_eq!(store.case_by_code("NNNN-PPPP").await.unwrap().unwrap().contact, contact("a"));
    assert_eq!(store.message_count(&contact("a")).await.unwrap(), 2);
}

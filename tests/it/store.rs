//! The store on a real SQLite file: one transaction per input, nothing lost, nothing doubled.
use std::collections::BTreeMap;

use pelita::engine::{CaseKind, Effect, Outcome, Reply, State};
use pelita::store::{ContactKey, Inbound, Store};

fn contact(key: &str) -> ContactKey {
    ContactKey { channel: "terminal".into(), key: key.into() }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap()
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

fn inbound(body: &str) -> Inbound {
    Inbound { external_id: None, kind: "text", body: body.into() }
}

#[tokio::test]
async fn a_code_collision_is_retried_without_storing_anything_twice() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    store.process(&contact("a"), Some(&inbound("first")), now(), |_, _| case("AAAA-BBBB")).await.unwrap();
    let mut attempts = Vec::new();
    let out = store
        .process(&contact("b"), Some(&inbound("second")), now(), |_, attempt| {
            attempts.push(attempt);
            case(if attempt == 0 { "AAAA-BBBB" } else { "CCCC-DDDD" })
        })
        .await
        .unwrap();
    assert_eq!(attempts, [0, 1]);
    assert_eq!(out.replies[0].text, "code CCCC-DDDD");
    assert_eq!(store.case_by_code("AAAA-BBBB").await.unwrap().unwrap().contact, contact("a"));
    let b = store.case_by_code("CCCC-DDDD").await.unwrap().unwrap();
    assert_eq!(b.contact, contact("b"));
    assert_eq!(b.fields.get("worker_name").map(String::as_str), Some("Ahmad"));
    // One inbound and one reply: the rolled-back attempt left nothing behind.
    assert_eq!(store.message_count(&contact("b")).await.unwrap(), 2);
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
            .process(&contact("a"), Some(&inbound("x")), now(), move |_, _| Outcome {
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
    store.process(&contact("a"), Some(&inbound("x")), now(), |_, _| case("EEEE-FFFF")).await.unwrap();
    store.process(&contact("b"), Some(&inbound("x")), now(), |_, _| case("GGGG-HHHH")).await.unwrap();
    store
        .process(&contact("a"), Some(&inbound("hapus")), now(), |_, _| Outcome {
            state: State::default(),
            replies: vec![Reply { text: "deleted".into(), choices: vec![] }],
            effects: vec![Effect::Handoff { urgent: false }, Effect::DeleteData],
        })
        .await
        .unwrap();
    assert!(!store.contact_exists(&contact("a")).await.unwrap());
    assert_eq!(store.message_count(&contact("a")).await.unwrap(), 0);
    assert_eq!(store.handoff_count(&contact("a")).await.unwrap(), 0);
    assert!(store.case_by_code("EEEE-FFFF").await.unwrap().is_none());
    assert!(store.case_by_code("GGGG-HHHH").await.unwrap().is_some());
    assert_eq!(store.message_count(&contact("b")).await.unwrap(), 2);
}

#[tokio::test]
async fn a_failed_transaction_leaves_no_trace() {
    let dir = super::Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    // The same code twice in one outcome cannot be stored; every attempt fails the same way.
    let mut both = case("JJJJ-KKKK");
    both.effects.extend(case("JJJJ-KKKK").effects);
    let err = store.process(&contact("a"), Some(&inbound("x")), now(), |_, _| both.clone()).await;
    assert!(err.is_err());
    assert_eq!(store.message_count(&contact("a")).await.unwrap(), 0);
    assert!(store.case_by_code("JJJJ-KKKK").await.unwrap().is_none());
}

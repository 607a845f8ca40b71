//! The bot: flows, locales and settings, checked and loaded together; and the one path every
//! channel takes to run an input through the engine and the store.
use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Utc};
use serde::Deserialize;

use crate::assets::Assets;
use crate::diag::Diagnostic;
use crate::engine::messages as m;
use crate::engine::{self, Effect, Env, Input, Outcome, State, TicketRequest};
use crate::flow::{Flows, check};
use crate::handoff::{self, HandoffSettings};
use crate::i18n::{Args, Localizer};
use crate::matcher::Matcher;
use crate::store::{self, Arrival, ContactKey, Ingested, Store};

/// An emergency contact shown by the emergency flow: `label` is a message id, `number` is data.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EmergencyContact {
    pub label: String,
    pub number: String,
}

/// Deployment settings the engine reads.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub emergency_contacts: Vec<EmergencyContact>,
    /// Numbers and addresses the answers show, by name (`kp2mi` → "0-800-1000"); each is the
    /// message variable of that name (`{ $kp2mi }`). Deployment data, never message text.
    pub directory: BTreeMap<String, String>,
    /// Organisations, response targets, claim expiry.
    pub handoff: HandoffSettings,
    /// Days without activity after which the server erases a contact and everything stored about
    /// them (`[retention] days`; 0: never). Read by the server's retention job, not the engine.
    pub retention_days: u32,
}

pub struct Bot {
    pub flows: Flows,
    pub i18n: Localizer,
    pub settings: Settings,
    /// Free-text questions to information topics.
    pub matcher: Matcher,
}

impl Bot {
    /// Checks and loads. Any error refuses the whole bot: it never runs half-loaded. Warnings are
    /// returned next to the bot.
    pub fn load(assets: &Assets, settings: Settings) -> Result<(Bot, Vec<Diagnostic>), Vec<Diagnostic>> {
        let report = check::check(assets, &settings);
        if report.errors() > 0 {
            return Err(report.diagnostics);
        }
        // The checker has read the matcher's data already: an error there refused the bot above.
        let matcher = Matcher::load(assets).unwrap_or_default();
        Ok((Bot { flows: report.flows, i18n: report.i18n, settings, matcher }, report.diagnostics))
    }

    /// Runs one engine step for an arrival: `lang` presets the language (the terminal's
    /// `--lang`); time and entropy come from the arrival and the operating system.
    pub fn step(&self, arrival: &Arrival, state: Option<State>, lang: Option<&str>) -> Outcome {
        let mut state = state.unwrap_or_default();
        if let Some(l) = lang.filter(|l| self.i18n.has_language(l)) {
            state.lang = Some(l.to_owned());
        }
        let env = Env { now: arrival.at, entropy: entropy() };
        let mut outcome = engine::step(self, &state, &arrival.input, &env);
        self.route(&mut outcome);
        outcome
    }

    /// Adds the routed ticket after each handoff the engine asked for: the organisation that
    /// covers the user's district and language for that topic, else the fallback desk.
    pub fn route(&self, outcome: &mut Outcome) {
        let mut effects = Vec::with_capacity(outcome.effects.len() + 1);
        for e in std::mem::take(&mut outcome.effects) {
            if let Effect::Handoff { topic, urgent } = &e {
                // What the user told us: the case just filed, or the conversation's answers.
                let field = |name: &str| {
                    effects
                        .iter()
                        .rev()
                        .find_map(|e| match e {
                            Effect::OpenCase { fields, .. } => fields.get(name).cloned(),
                            _ => None,
                        })
                        .or_else(|| outcome.state.fields.get(name).cloned())
                };
                let district = field("district");
                let gender = field("counsellor_gender").and_then(|g| match g.as_str() {
                    "female" => Some("f".to_owned()),
                    "male" => Some("m".to_owned()),
                    _ => None,
                });
                let lang = outcome.state.lang.clone();
                if let Some(org) = self.settings.handoff.route(district.as_deref(), lang.as_deref(), *topic) {
                    let ticket = TicketRequest {
                        topic: *topic,
                        priority: handoff::priority(*topic, *urgent),
                        org: org.id.clone(),
                        lang,
                        district,
                        gender,
                    };
                    effects.push(e);
                    effects.push(Effect::Ticket(ticket));
                    continue;
                }
            }
            effects.push(e);
        }
        outcome.effects = effects;
    }

    /// What a user is told after their ticket opens: their place in the queue and, when the
    /// organisation is closed, when it opens and whom to call meanwhile.
    pub fn queue_notice(&self, lang: &str, org: &str, position: i64, now: DateTime<Utc>) -> Vec<String> {
        let mut args = Args::new();
        args.insert("position".into(), position.to_string());
        let mut out = vec![self.i18n.format(lang, m::HANDOFF_QUEUED, &args)];
        let org = self.settings.handoff.organisation(org).or_else(|| self.settings.handoff.fallback());
        if let Some(opens) = org.and_then(|o| o.opens_at(now).map(|at| (o, at))) {
            let (o, at) = opens;
            let mut args = Args::new();
            let day = m::WEEKDAYS[at.weekday().num_days_from_monday() as usize];
            args.insert("day".into(), self.i18n.format(lang, day, &Args::new()));
            args.insert("time".into(), at.format("%H:%M").to_string());
            args.insert("zone".into(), format!("{:?}", o.zone));
            args.insert("emergency_contacts".into(), engine::emergency_contacts(self, lang));
            out.push(self.i18n.format(lang, m::HANDOFF_CLOSED, &args));
        }
        out
    }

    /// The answer to "status CODE": where the case stands, or that this chat filed no such case
    /// (the same words whether the code exists for someone else or not at all).
    pub fn case_status(&self, lang: &str, code: &str, status: Option<&str>) -> String {
        let id = match status {
            Some("waiting") => m::CASE_STATUS_WAITING,
            Some("claimed") => m::CASE_STATUS_CLAIMED,
            Some("closed") => m::CASE_STATUS_CLOSED,
            Some(_) => m::CASE_STATUS_OPEN,
            None => m::CASE_STATUS_UNKNOWN,
        };
        let mut args = Args::new();
        args.insert("code".into(), code.to_owned());
        self.i18n.format(lang, id, &args)
    }

    /// Runs one input from a channel without a sender (the terminal) in its own transaction.
    pub async fn handle(
        &self,
        store: &Store,
        contact: &ContactKey,
        input: &Input,
        lang: Option<&str>,
    ) -> store::Result<Outcome> {
        let arrival = Arrival {
            contact: contact.clone(),
            external_id: None,
            input: input.clone(),
            media: None,
            at: clock(),
            reply_status: crate::channels::reply_status(crate::channels::terminal::CHANNEL),
            stored_id: None,
        };
        let mut results = store.ingest(std::slice::from_ref(&arrival), |a, state, _| self.step(a, state, lang)).await?;
        match results.pop() {
            Some(Ingested::Done(outcome)) => Ok(outcome),
            Some(Ingested::Failed(why)) => Err(store::StoreError::Processing(why)),
            Some(Ingested::Duplicate) | None => Err(store::StoreError::Processing("not processed".into())),
        }
    }
}

/// The one place that reads the wall clock (see clippy.toml).
#[allow(clippy::disallowed_methods)]
pub fn clock() -> DateTime<Utc> {
    Utc::now()
}

/// Random bytes from the operating system, for reference codes.
pub fn entropy() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    // Without OS randomness the codes would be predictable; that is worth stopping for.
    getrandom::fill(&mut bytes).expect("the operating system's random number generator failed");
    bytes
}

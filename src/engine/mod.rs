//! The pure engine: `step(bot, state, input, env) -> Outcome { state, replies, effects }`.
//!
//! Invariant: no I/O, no clock, no randomness. Time and entropy arrive in [`Env`]; replies are
//! channel-neutral text plus choices, already resolved through Fluent in the user's language;
//! effects are data the store applies in the same transaction as the new state.
//!
//! What happens to one input, in order:
//! 1. a position left dangling by a flow update is repaired (the user restarts that flow);
//! 2. a global command (menu, language, help, counsellor, delete my data) runs from any step;
//! 3. an emergency word interrupts any step: contacts, "are you in danger?", urgent mark, and
//!    afterwards the user is back where they were;
//! 4. otherwise the input answers the step the user is on (menu choice, question, language).
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::bot::Bot;
use crate::flow::{Action, Goto, Rule, Step, StepKind, Target, Test, reserved};
pub use crate::handoff::Topic;
use crate::i18n::{Args, Command, DEFAULT_LANG};
use crate::text;

pub mod messages;
pub mod validate;

use messages as m;

/// How many steps may run for one input before the engine stops a loop in the flows.
const MAX_STEPS_PER_INPUT: usize = 100;
/// How deep calls (and interrupted steps) may nest before the oldest is forgotten.
const MAX_STACK: usize = 16;

/// How many topics an unsure answer offers.
const MAX_OFFERS: usize = 3;

/// The key prefix of the buttons of an offer of topics (`offer/2`).
const OFFER_KEY: &str = "offer";
/// The alphabet of reference codes: no 0/O and no 1/I, which people confuse when reading aloud.
const CODE_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// A place in the flows: a step of a flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pos {
    pub flow: String,
    pub step: String,
}

/// Everything the engine remembers about one conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The chosen language; `None` until the user picks one.
    pub lang: Option<String>,
    /// The step waiting for the user's answer; `None` when no flow is running.
    pub at: Option<Pos>,
    /// Where to continue when the current flow ends (calls, interrupted steps).
    pub stack: Vec<Pos>,
    /// Answers saved by the flows.
    pub fields: BTreeMap<String, String>,
    /// Answers in a row the bot did not understand.
    pub misses: u32,
    /// Set by an emergency word or an urgent answer.
    pub urgent: bool,
    /// A counsellor holds this conversation (a claimed ticket): the user's messages go to them,
    /// not the flows; global commands and emergency words still work. Not saved with the
    /// state: the store derives it from the tickets.
    #[serde(skip)]
    pub human: bool,
    /// Information topics offered after a question the matcher was not sure of: the next answer
    /// may pick one of them (or a counsellor, or the main menu). Anything else drops them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offered: Vec<String>,
}

/// What the user sent, already normalised by the channel.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The first contact or a restart (`/start`, optionally with a deep-link payload).
    Start {
        payload: Option<String>,
    },
    Text(String),
    /// A pressed button: the key of a [`ReplyChoice`].
    Choice(String),
    /// A voice note, photo, sticker, video or file (the kind, e.g. "voice"). The channel stores
    /// the media reference with the message, for a counsellor to fetch.
    Media(String),
    /// A shared location: answers a question that asks for one.
    Location {
        lat: f64,
        lon: f64,
    },
    /// The user edited an earlier message; the bot reads only new ones.
    Edited,
    /// Bytes that are not valid text.
    Unreadable,
    /// The user opened the chat again: repeat where they are.
    Resume,
}

impl Input {
    /// Reads a typed line: `/start [payload]` starts, anything else is text.
    pub fn from_text(line: &str) -> Input {
        let t = line.trim();
        let mut parts = t.splitn(2, char::is_whitespace);
        if parts.next().is_some_and(|c| c.eq_ignore_ascii_case("/start")) {
            let payload = parts.next().map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned);
            return Input::Start { payload };
        }
        Input::Text(line.to_owned())
    }
}

/// The world outside the engine that a step may depend on.
#[derive(Debug, Clone)]
pub struct Env {
    pub now: DateTime<Utc>,
    /// Random bytes for reference codes.
    pub entropy: [u8; 16],
}

/// One message to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub text: String,
    pub choices: Vec<ReplyChoice>,
}

/// A numbered choice; `key` is what a button sends back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyChoice {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    CounsellingRequest,
    CaseReport,
}

impl CaseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseKind::CounsellingRequest => "counselling_request",
            CaseKind::CaseReport => "case_report",
        }
    }
}

/// A ticket to open (or join) in an organisation's queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRequest {
    pub topic: Topic,
    pub priority: i64,
    pub org: String,
    pub lang: Option<String>,
    pub district: Option<String>,
    /// The requested counsellor gender, `f` or `m`.
    pub gender: Option<String>,
}

/// What the store must do besides saving the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Store a counselling request or case report under a reference code.
    OpenCase { kind: CaseKind, code: String, fields: BTreeMap<String, String>, urgent: bool },
    /// The user asked for (or needs) a human counsellor: a ticket opens (or the open one joins).
    Handoff { topic: Topic, urgent: bool },
    /// The routed ticket for a handoff (added by the bot, which knows the organisations).
    Ticket(TicketRequest),
    /// An emergency word or an urgent answer: the conversation is urgent from now on.
    MarkUrgent,
    /// Delete everything stored about this user.
    DeleteData,
    /// The user rated their last closed ticket (1 to 5).
    Rate(u8),
    /// The user asked for the status of the case with this reference code (answered after the
    /// commit, and only if this contact filed it).
    CaseStatus { code: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub state: State,
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
}

/// Runs one input through the flows.
pub fn step(bot: &Bot, state: &State, input: &Input, env: &Env) -> Outcome {
    let mut state = state.clone();
    let offers = std::mem::take(&mut state.offered);
    let mut run = Run { bot, env, state, offers, replies: Vec::new(), effects: Vec::new(), codes: 0, deleted: false };
    run.handle(input);
    let state = if run.deleted { State::default() } else { run.state };
    Outcome { state, replies: run.replies, effects: run.effects }
}

/// The deployment's emergency contacts, one line each, in `lang`.
pub fn emergency_contacts(bot: &Bot, lang: &str) -> String {
    let contacts: Vec<String> = bot
        .settings
        .emergency_contacts
        .iter()
        .map(|c| {
            let mut a = Args::new();
            a.insert("label".into(), bot.i18n.format(lang, &c.label, &Args::new()));
            a.insert("number".into(), c.number.clone());
            bot.i18n.format(lang, m::CONTACT_LINE, &a)
        })
        .collect();
    contacts.join("\n")
}

/// Starts `flow` for a conversation from outside the flows (a counsellor closing a ticket puts
/// the user at the rating question): its first replies and the new state.
pub fn enter(bot: &Bot, state: &State, flow: &str, env: &Env) -> Outcome {
    let mut state = state.clone();
    state.offered.clear();
    let mut run =
        Run { bot, env, state, offers: Vec::new(), replies: Vec::new(), effects: Vec::new(), codes: 0, deleted: false };
    run.state.at = None;
    run.state.stack.clear();
    run.enter(flow);
    Outcome { state: run.state, replies: run.replies, effects: run.effects }
}

/// A reference code from the entropy: `XXXX-XXXX` over [`CODE_ALPHABET`] (40 bits).
pub fn reference_code(entropy: &[u8; 16], n: usize) -> String {
    let mut bits: u64 = 0;
    for i in 0..5 {
        // Later codes of the same input reuse the bytes rotated, mixed with their index.
        let b = entropy[(n * 5 + i) % 16] ^ (n as u8).wrapping_mul(0x9d);
        bits = (bits << 8) | u64::from(b);
    }
    let mut code = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            code.push('-');
        }
        let idx = ((bits >> (35 - 5 * i)) & 31) as usize;
        code.push(CODE_ALPHABET[idx] as char);
    }
    code
}

enum Answer {
    Text(String),
    Choice(String),
    Media(String),
    Location(f64, f64),
}

struct Run<'a> {
    bot: &'a Bot,
    env: &'a Env,
    state: State,
    /// The topics offered by the previous reply; only the next answer may pick one.
    offers: Vec<String>,
    replies: Vec<Reply>,
    effects: Vec<Effect>,
    codes: usize,
    deleted: bool,
}

impl Run<'_> {
    fn lang(&self) -> &str {
        self.state.lang.as_deref().unwrap_or(DEFAULT_LANG)
    }

    /// The arguments of message `id`: the conversation's fields, the emergency contacts, the
    /// retention period and the directory's numbers the message shows, and `extra`.
    fn args(&self, id: &str, extra: &Args) -> Args {
        let mut args = self.state.fields.clone();
        let lang = self.lang();
        if self.bot.i18n.uses(lang, id, "emergency_contacts") {
            args.insert("emergency_contacts".into(), emergency_contacts(self.bot, lang));
        }
        if self.bot.i18n.uses(lang, id, "retention_days") {
            let days = self.bot.settings.retention_days;
            args.insert("retention_days".into(), if days == 0 { "none".into() } else { days.to_string() });
        }
        for (name, value) in &self.bot.settings.directory {
            if self.bot.i18n.uses(lang, id, name) {
                args.insert(name.clone(), value.clone());
            }
        }
        args.extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        args
    }

    fn text(&self, id: &str, extra: &Args) -> String {
        self.bot.i18n.format(self.lang(), id, &self.args(id, extra))
    }

    fn say(&mut self, id: &str) {
        self.say_with(id, &Args::new());
    }

    fn say_with(&mut self, id: &str, extra: &Args) {
        let text = self.text(id, extra);
        self.replies.push(Reply { text, choices: Vec::new() });
    }

    fn handle(&mut self, input: &Input) {
        if let Some(pos) = self.state.at.clone()
            && !self.bot.flows.step(&pos.flow, &pos.step).is_some_and(Step::waits)
        {
            // The flows changed under this user: restart the flow they were in, or the menu.
            self.say(m::FLOW_CHANGED);
            self.state.at = None;
            self.state.stack.clear();
            let flow = if self.bot.flows.get(&pos.flow).is_some() { pos.flow } else { reserved::MAIN.to_owned() };
            self.enter(&flow);
            return;
        }
        if self.state.human {
            self.with_counsellor(input);
            return;
        }
        match input {
            Input::Resume => {
                if let Some(pos) = self.state.at.clone() {
                    self.say(m::WELCOME_BACK);
                    self.prompt(&pos);
                }
            }
            Input::Start { .. } => {
                self.state.stack.clear();
                self.state.at = None;
                self.wake();
            }
            Input::Unreadable => {
                self.say(m::INPUT_UNREADABLE);
                self.reprompt();
            }
            Input::Edited => self.say(m::INPUT_EDITED),
            Input::Location { lat, lon } => self.answer(Answer::Location(*lat, *lon)),
            Input::Media(kind) => self.answer(Answer::Media(kind.clone())),
            Input::Choice(key) => self.answer(Answer::Choice(key.clone())),
            Input::Text(raw) => {
                let t = text::clean(raw);
                if t.is_empty() {
                    self.say(m::INPUT_EMPTY);
                    self.reprompt();
                } else if let Some(code) = self.bot.i18n.status_query(&t) {
                    self.effects.push(Effect::CaseStatus { code });
                } else if let Some(cmd) = self.bot.i18n.command(&t) {
                    self.command(cmd);
                } else if !self.in_flow(reserved::EMERGENCY) && self.bot.i18n.is_emergency(&t) {
                    self.emergency();
                } else {
                    self.answer(Answer::Text(t));
                }
            }
        }
    }

    /// A counsellor holds the conversation: what the user writes is for them (it is stored, and
    /// the console shows it); only global commands and emergency words reach the flows.
    fn with_counsellor(&mut self, input: &Input) {
        if let Input::Text(raw) = input {
            let t = text::clean(raw);
            if let Some(code) = self.bot.i18n.status_query(&t) {
                self.effects.push(Effect::CaseStatus { code });
            } else if let Some(cmd) = self.bot.i18n.command(&t) {
                self.command(cmd);
            } else if !self.in_flow(reserved::EMERGENCY) && self.bot.i18n.is_emergency(&t) {
                self.emergency();
            }
        }
    }

    /// One more answer the bot did not understand; the second in a row asks for a human.
    fn missed(&mut self) {
        self.state.misses += 1;
        if self.state.misses == 2 {
            self.effects.push(Effect::Handoff { topic: Topic::NotUnderstood, urgent: self.state.urgent });
        }
    }

    fn in_flow(&self, flow: &str) -> bool {
        self.state.at.as_ref().is_some_and(|p| p.flow == flow) || self.state.stack.iter().any(|p| p.flow == flow)
    }

    /// With no step waiting: the language menu for a new user, else the main menu.
    fn wake(&mut self) {
        if self.state.lang.is_some() { self.enter(reserved::MAIN) } else { self.enter(reserved::LANGUAGE) }
    }

    fn reprompt(&mut self) {
        match self.state.at.clone() {
            Some(pos) => self.prompt(&pos),
            None => self.wake(),
        }
    }

    fn push(&mut self, pos: Pos) {
        if self.state.stack.len() >= MAX_STACK {
            self.state.stack.remove(0);
        }
        self.state.stack.push(pos);
    }

    fn command(&mut self, cmd: Command) {
        self.state.misses = 0;
        match cmd {
            Command::Help => {
                if let Some(at) = self.state.at.take() {
                    self.push(at);
                }
                self.enter(reserved::HELP);
            }
            Command::Menu | Command::Language | Command::Counsellor | Command::Delete => {
                self.state.stack.clear();
                self.state.at = None;
                match cmd {
                    Command::Menu => self.wake(),
                    Command::Language => self.enter(reserved::LANGUAGE),
                    Command::Counsellor => self.enter(reserved::COUNSELLOR),
                    _ => self.enter(reserved::DELETE_DATA),
                }
            }
        }
    }

    fn emergency(&mut self) {
        self.state.urgent = true;
        self.effects.push(Effect::MarkUrgent);
        if let Some(at) = self.state.at.take() {
            self.push(at);
        }
        self.enter(reserved::EMERGENCY);
    }

    fn enter(&mut self, flow: &str) {
        match self.bot.flows.get(flow).and_then(|f| f.start()) {
            Some(start) => {
                let pos = Pos { flow: flow.to_owned(), step: start.id.clone() };
                self.run(pos);
            }
            None => {
                // The checker makes every reserved flow exist; this is a last line of defence.
                self.say(m::GENERIC_ERROR);
                self.state.at = None;
            }
        }
    }

    /// Resolves a target seen from `flow` to a position.
    fn resolve(&self, flow: &str, target: &Target) -> Option<Pos> {
        match &target.goto {
            Goto::Step(s) => Some(Pos { flow: flow.to_owned(), step: s.clone() }),
            Goto::Flow(f) => {
                let start = self.bot.flows.get(f)?.start()?;
                Some(Pos { flow: f.clone(), step: start.id.clone() })
            }
        }
    }

    /// Runs steps from `pos` until one waits for the user or the conversation rests.
    fn run(&mut self, mut pos: Pos) {
        let bot = self.bot;
        for _ in 0..MAX_STEPS_PER_INPUT {
            let Some(step) = bot.flows.step(&pos.flow, &pos.step) else {
                self.say(m::GENERIC_ERROR);
                self.state.at = None;
                return;
            };
            let next: Option<Pos> = match &step.kind {
                StepKind::Menu { .. } | StepKind::Question { .. } | StepKind::Language { .. } => {
                    self.prompt(&pos);
                    self.state.at = Some(pos);
                    return;
                }
                StepKind::Message { text, next } => {
                    self.say(&text.id);
                    self.resolve(&pos.flow, next)
                }
                StepKind::Branch { cases, otherwise } => {
                    let hit = cases.iter().find(|c| {
                        let v = self.state.fields.get(&c.field);
                        match &c.test {
                            Test::Equals(x) => v == Some(x),
                            Test::NotEquals(x) => v != Some(x),
                            Test::IsSet(b) => v.is_some_and(|s| !s.is_empty()) == *b,
                        }
                    });
                    self.resolve(&pos.flow, hit.map_or(otherwise, |c| &c.next))
                }
                StepKind::Set { values, next } => {
                    for (k, v) in values {
                        self.state.fields.insert(k.clone(), v.clone());
                    }
                    self.resolve(&pos.flow, next)
                }
                StepKind::Call { flow, next, .. } => {
                    let back = self.resolve(&pos.flow, next);
                    let start = bot.flows.get(flow).and_then(|f| f.start());
                    match (back, start) {
                        (Some(back), Some(start)) => {
                            self.push(back);
                            Some(Pos { flow: flow.clone(), step: start.id.clone() })
                        }
                        _ => None,
                    }
                }
                StepKind::Action { action, fields, save, next } => {
                    self.act(*action, fields, save.as_deref());
                    self.resolve(&pos.flow, next)
                }
                StepKind::End { text } => {
                    if let Some(t) = text {
                        self.say(&t.id);
                    }
                    match self.state.stack.pop() {
                        Some(back) => Some(back),
                        None => {
                            self.state.at = None;
                            return;
                        }
                    }
                }
            };
            match next {
                Some(p) => pos = p,
                None => {
                    self.say(m::GENERIC_ERROR);
                    self.state.at = None;
                    return;
                }
            }
        }
        tracing::error!(flow = %pos.flow, step = %pos.step, "flows loop without waiting for the user");
        self.say(m::GENERIC_ERROR);
        self.state.at = None;
    }

    fn act(&mut self, action: Action, fields: &[String], save: Option<&str>) {
        match action {
            Action::CounsellingRequest | Action::CaseReport => {
                let kind =
                    if action == Action::CaseReport { CaseKind::CaseReport } else { CaseKind::CounsellingRequest };
                let code = reference_code(&self.env.entropy, self.codes);
                self.codes += 1;
                // The record keeps the listed fields; the conversation forgets them (data minimisation).
                let kept: BTreeMap<String, String> =
                    fields.iter().filter_map(|f| self.state.fields.remove(f).map(|v| (f.clone(), v))).collect();
                self.effects.push(Effect::OpenCase {
                    kind,
                    code: code.clone(),
                    fields: kept,
                    urgent: self.state.urgent,
                });
                let topic = match kind {
                    CaseKind::CaseReport => Topic::CaseReport,
                    CaseKind::CounsellingRequest => Topic::CounsellingRequest,
                };
                self.effects.push(Effect::Handoff { topic, urgent: self.state.urgent });
                self.state.fields.insert(save.unwrap_or(crate::flow::CASE_CODE_FIELD).to_owned(), code);
            }
            Action::Handoff => {
                // A conversation marked urgent by an emergency word or answer is an emergency.
                let topic = if self.state.urgent || self.in_flow(reserved::EMERGENCY) {
                    Topic::Emergency
                } else {
                    Topic::Counsellor
                };
                self.effects.push(Effect::Handoff { topic, urgent: self.state.urgent });
            }
            Action::MarkUrgent => {
                self.state.urgent = true;
                self.effects.push(Effect::MarkUrgent);
            }
            Action::Rate => {
                let rating = self.state.fields.remove(crate::flow::RATING_FIELD);
                if let Some(n) = rating.and_then(|r| r.parse::<u8>().ok()).filter(|n| (1..=5).contains(n)) {
                    self.effects.push(Effect::Rate(n));
                }
            }
            Action::DeleteData => {
                self.effects.push(Effect::DeleteData);
                self.deleted = true;
            }
        }
    }

    /// Shows the waiting step at `pos` (its text and choices).
    fn prompt(&mut self, pos: &Pos) {
        let Some(step) = self.bot.flows.step(&pos.flow, &pos.step) else { return };
        let key = |n: usize| format!("{}/{}/{n}", pos.flow, pos.step);
        let (text, choices) = match &step.kind {
            StepKind::Menu { text, choices, .. } => {
                let labels = choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| ReplyChoice { key: key(i + 1), label: self.text(&c.label.id, &Args::new()) })
                    .collect();
                (text, labels)
            }
            StepKind::Language { text, .. } => {
                let labels = self
                    .bot
                    .i18n
                    .locales()
                    .iter()
                    .enumerate()
                    .map(|(i, l)| ReplyChoice {
                        key: key(i + 1),
                        label: self.bot.i18n.format(&l.code, m::LANGUAGE_NAME, &Args::new()),
                    })
                    .collect();
                (text, labels)
            }
            StepKind::Question { text, .. } => (text, Vec::new()),
            _ => return,
        };
        let text = self.text(&text.id, &Args::new());
        self.replies.push(Reply { text, choices });
    }

    fn answer(&mut self, answer: Answer) {
        let Some(pos) = self.state.at.clone() else {
            self.wake();
            return;
        };
        let bot = self.bot;
        let Some(step) = bot.flows.step(&pos.flow, &pos.step) else { return };
        let wants_location = matches!(step.kind, StepKind::Question { rule: Rule::Location, .. });
        if let Answer::Location(..) = answer
            && !wants_location
        {
            let mut a = Args::new();
            a.insert("kind".into(), "location".into());
            self.say_with(m::INPUT_MEDIA, &a);
            self.prompt(&pos);
            return;
        }
        if let Answer::Media(kind) = &answer {
            let mut a = Args::new();
            a.insert("kind".into(), kind.clone());
            self.say_with(m::INPUT_MEDIA, &a);
            self.prompt(&pos);
            return;
        }
        if !self.offers.is_empty() && self.take_offer(&answer) {
            return;
        }
        if let Answer::Choice(key) = &answer
            && !key.starts_with(&format!("{}/{}/", pos.flow, pos.step))
        {
            self.say(m::BUTTON_STALE);
            self.prompt(&pos);
            return;
        }
        match &step.kind {
            StepKind::Menu { choices, save, .. } => {
                let labels: Vec<(String, Option<String>)> = choices
                    .iter()
                    .map(|c| {
                        (self.text(&c.label.id, &Args::new()), bot.i18n.attribute(self.lang(), &c.label.id, "keywords"))
                    })
                    .collect();
                match pick(&answer, &labels) {
                    Some(i) => {
                        let choice = &choices[i];
                        if let Some(field) = save {
                            let value = choice.value.clone().unwrap_or_else(|| (i + 1).to_string());
                            self.state.fields.insert(field.clone(), value);
                        }
                        self.state.misses = 0;
                        self.go(&pos.flow, &choice.next);
                    }
                    None => {
                        if !self.answer_question(&pos, &answer) && !self.offer_closest(&pos, &answer) {
                            self.not_understood(&pos, choices.len());
                        }
                    }
                }
            }
            StepKind::Language { next, .. } => {
                let locales = bot.i18n.locales();
                let labels: Vec<(String, Option<String>)> = locales
                    .iter()
                    .map(|l| {
                        let name = bot.i18n.format(&l.code, m::LANGUAGE_NAME, &Args::new());
                        let words = bot.i18n.attribute(&l.code, m::LANGUAGE_NAME, "keywords");
                        (name, Some(format!("{}, {}", l.code, words.unwrap_or_default())))
                    })
                    .collect();
                match pick(&answer, &labels) {
                    Some(i) => {
                        self.state.lang = Some(locales[i].code.clone());
                        self.state.misses = 0;
                        self.go(&pos.flow, next);
                    }
                    None => self.not_understood(&pos, locales.len()),
                }
            }
            StepKind::Question { save, rule: Rule::Location, next, .. } => match answer {
                Answer::Location(lat, lon) => {
                    self.state.fields.insert(save.clone(), format!("{lat:.6},{lon:.6}"));
                    self.state.misses = 0;
                    self.go(&pos.flow, next);
                }
                _ => {
                    self.say(m::INVALID_LOCATION);
                    self.prompt(&pos);
                }
            },
            StepKind::Question { save, rule, error, next, .. } => {
                let Answer::Text(t) = &answer else {
                    self.prompt(&pos);
                    return;
                };
                let i18n = &bot.i18n;
                match validate::validate(rule, t, &|w| i18n.month(w)) {
                    Ok(value) => {
                        self.state.fields.insert(save.clone(), value);
                        self.state.misses = 0;
                        self.go(&pos.flow, next);
                    }
                    Err(invalid) => {
                        self.missed();
                        let id = error.as_ref().map_or(invalid.message, |e| e.id.as_str());
                        self.say_with(id, &invalid.args);
                        self.prompt(&pos);
                    }
                }
            }
            _ => {}
        }
    }

    fn go(&mut self, flow: &str, target: &Target) {
        self.state.at = None;
        match self.resolve(flow, target) {
            Some(pos) => self.run(pos),
            None => self.say(m::GENERIC_ERROR),
        }
    }

    /// Free text at the main menu or an information menu may be a question ("brp biaya ke
    /// taiwan?"): if the matcher finds its topic, answer it. Inside forms a word is an answer.
    fn answer_question(&mut self, pos: &Pos, answer: &Answer) -> bool {
        let Answer::Text(t) = answer else { return false };
        if pos.flow != reserved::MAIN && pos.flow != crate::matcher::INFO_FLOW {
            return false;
        }
        let Some(topic) = self.bot.matcher.find(self.lang(), t).topic else { return false };
        if self.bot.flows.step(crate::matcher::INFO_FLOW, &topic).is_none() {
            return false;
        }
        self.state.misses = 0;
        self.state.at = None;
        self.run(Pos { flow: crate::matcher::INFO_FLOW.to_owned(), step: topic });
        true
    }

    /// A question the matcher was not sure of: say so, and offer the closest topics, a counsellor
    /// and the main menu (a wrong answer is worse than "I am not sure"). False when no topic is
    /// close at all, or free text is not a question here.
    fn offer_closest(&mut self, pos: &Pos, answer: &Answer) -> bool {
        let Answer::Text(t) = answer else { return false };
        if pos.flow != reserved::MAIN && pos.flow != crate::matcher::INFO_FLOW {
            return false;
        }
        let topics: Vec<String> = self
            .bot
            .matcher
            .ranked(self.lang(), t)
            .into_iter()
            .map(|(topic, _)| topic)
            .filter(|topic| self.topic_label(topic).is_some())
            .take(MAX_OFFERS)
            .collect();
        if topics.is_empty() {
            return false;
        }
        self.missed();
        let choices: Vec<ReplyChoice> = topics
            .iter()
            .map(|topic| self.text(&self.topic_label(topic).unwrap_or_default(), &Args::new()))
            .chain([self.text(m::OFFER_COUNSELLOR, &Args::new()), self.text(m::OFFER_MENU, &Args::new())])
            .enumerate()
            .map(|(i, label)| ReplyChoice { key: format!("{OFFER_KEY}/{}", i + 1), label })
            .collect();
        let text = self.text(m::OFFER_TOPICS, &Args::new());
        self.replies.push(Reply { text, choices });
        self.state.offered = topics;
        true
    }

    /// The answer to an offer of topics: one of them, a counsellor or the main menu. False when
    /// the answer picks none of these (it is then read as an answer to the waiting step).
    fn take_offer(&mut self, answer: &Answer) -> bool {
        let offers = std::mem::take(&mut self.offers);
        let labels: Vec<(String, Option<String>)> = offers
            .iter()
            .map(|topic| self.topic_label(topic).unwrap_or_default())
            .chain([m::OFFER_COUNSELLOR.to_owned(), m::OFFER_MENU.to_owned()])
            .map(|id| (self.text(&id, &Args::new()), None))
            .collect();
        let picked = match answer {
            Answer::Choice(key) if !key.starts_with(&format!("{OFFER_KEY}/")) => None,
            _ => pick(answer, &labels),
        };
        let Some(i) = picked else { return false };
        self.state.misses = 0;
        if let Some(topic) = offers.get(i) {
            self.state.at = None;
            self.run(Pos { flow: crate::matcher::INFO_FLOW.to_owned(), step: topic.clone() });
        } else if i == offers.len() {
            self.state.at = None;
            self.enter(reserved::COUNSELLOR);
        } else {
            self.state.at = None;
            self.state.stack.clear();
            self.enter(reserved::MAIN);
        }
        true
    }

    /// The label an information menu gives a topic (the first menu choice leading to it).
    fn topic_label(&self, topic: &str) -> Option<String> {
        let flow = self.bot.flows.get(crate::matcher::INFO_FLOW)?;
        flow.steps.iter().find_map(|s| match &s.kind {
            StepKind::Menu { choices, .. } => choices
                .iter()
                .find(|c| matches!(&c.next.goto, Goto::Step(id) if id == topic))
                .map(|c| c.label.id.clone()),
            _ => None,
        })
    }

    fn not_understood(&mut self, pos: &Pos, count: usize) {
        self.missed();
        let mut a = Args::new();
        a.insert("count".into(), count.to_string());
        self.say_with(m::MENU_NOT_UNDERSTOOD, &a);
        self.prompt(pos);
    }
}

/// Which choice an answer means: its number, a pressed button, its text, one of its keywords, or
/// the start of exactly one label.
fn pick(answer: &Answer, labels: &[(String, Option<String>)]) -> Option<usize> {
    let t = match answer {
        Answer::Choice(key) => {
            let n: usize = key.rsplit('/').next()?.parse().ok()?;
            return (1..=labels.len()).contains(&n).then(|| n - 1);
        }
        Answer::Text(t) => t,
        Answer::Media(_) | Answer::Location(..) => return None,
    };
    if let Some(n) = text::number(t) {
        let n = usize::try_from(n).ok()?;
        return (1..=labels.len()).contains(&n).then(|| n - 1);
    }
    let folded = text::normalize(t);
    if folded.is_empty() {
        return None;
    }
    let words_of = |kw: &Option<String>| -> Vec<String> {
        kw.iter().flat_map(|k| k.split(',')).map(text::normalize).filter(|w| !w.is_empty()).collect()
    };
    let exact: Vec<usize> = labels
        .iter()
        .enumerate()
        .filter(|(_, (label, kw))| text::normalize(label) == folded || words_of(kw).contains(&folded))
        .map(|(i, _)| i)
        .collect();
    if exact.len() == 1 {
        return Some(exact[0]);
    }
    if folded.chars().count() < 3 {
        return None;
    }
    let prefixed: Vec<usize> = labels
        .iter()
        .enumerate()
        .filter(|(_, (label, _))| text::normalize(label).starts_with(&folded))
        .map(|(i, _)| i)
        .collect();
    (prefixed.len() == 1).then(|| prefixed[0])
}

#[cfg(test)]
mod tests;

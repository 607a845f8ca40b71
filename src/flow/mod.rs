//! Declarative conversation flows: one TOML file per flow in `flows/`, the file name is the flow id.
//!
//! A flow is an ordered list of `[[step]]` tables. A step names Fluent message ids, never sentences.
//! Parsing turns the author's file ([`raw`]) into the typed model below, reporting every problem as a
//! [`Diagnostic`] with file, line and column; [`check`] then validates the flows as a whole.
use std::collections::HashMap;

use regex::Regex;

use crate::diag::Loc;

pub mod check;
mod parse;

pub use parse::parse_flows;

/// Flows the engine enters by itself; every deployment must have them.
pub mod reserved {
    /// Shown on first contact and by the "change language" command.
    pub const LANGUAGE: &str = "language";
    /// The main menu: after the language is chosen and on the "menu" command.
    pub const MAIN: &str = "main";
    /// Entered when an emergency word is seen, from any step; returns to where the user was.
    pub const EMERGENCY: &str = "emergency";
    /// Called by the "help" command; returns to where the user was.
    pub const HELP: &str = "help";
    /// The "talk to a counsellor" command.
    pub const COUNSELLOR: &str = "counsellor";
    /// The "delete my data" command, with its confirmation.
    pub const DELETE_DATA: &str = "delete_data";
    /// Entered when a counsellor closes the conversation: how was it (1 to 5)? Its first step
    /// is the question the user gets.
    pub const RATING: &str = "rating";

    pub const ALL: [&str; 7] = [LANGUAGE, MAIN, EMERGENCY, HELP, COUNSELLOR, DELETE_DATA, RATING];
}

/// A reference to a Fluent message, with where the flow names it.
#[derive(Debug, Clone)]
pub struct Text {
    pub id: String,
    pub loc: Loc,
}

/// Where a step leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Goto {
    /// A step of the same flow.
    Step(String),
    /// The start of another flow (written `flow:NAME`).
    Flow(String),
}

#[derive(Debug, Clone)]
pub struct Target {
    pub goto: Goto,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub label: Text,
    pub next: Target,
    /// Saved to the menu's `save` field when chosen; defaults to the choice's number.
    pub value: Option<String>,
}

/// How a question's answer is validated.
#[derive(Debug, Clone)]
pub enum Rule {
    /// Free text of `min..=max` characters with at least one letter or digit.
    Text { min: usize, max: usize },
    /// A whole number, optionally bounded.
    Number { min: Option<i64>, max: Option<i64> },
    /// An Indonesian (08…, 62…, +62…) or international (+…) phone number, saved as +E.164.
    Phone,
    /// A calendar date (31/12/2024, 2024-12-31, 31 Desember 2024), saved as YYYY-MM-DD.
    Date,
    /// One of a fixed list of answers (compared after normalisation), saved as written in the flow.
    OneOf(Vec<String>),
    /// The whole answer must match the regular expression.
    Pattern(Regex),
    /// A shared location (a pin), saved as "latitude,longitude".
    Location,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Stores the listed fields as a counselling request with a reference code.
    CounsellingRequest,
    /// Stores the listed fields as a case report with a reference code.
    CaseReport,
    /// Asks for a human counsellor (the handoff issue turns it into a ticket).
    Handoff,
    /// Marks the conversation urgent.
    MarkUrgent,
    /// Deletes everything stored about the user.
    DeleteData,
    /// Stores the `rating` field (1 to 5) on the user's last closed ticket.
    Rate,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::CounsellingRequest => "counselling_request",
            Action::CaseReport => "case_report",
            Action::Handoff => "handoff",
            Action::MarkUrgent => "mark_urgent",
            Action::DeleteData => "delete_data",
            Action::Rate => "rate",
        }
    }

    pub const ALL: [Action; 6] = [
        Action::CounsellingRequest,
        Action::CaseReport,
        Action::Handoff,
        Action::MarkUrgent,
        Action::DeleteData,
        Action::Rate,
    ];

    /// Whether the action opens a record with a reference code.
    pub fn opens_case(self) -> bool {
        matches!(self, Action::CounsellingRequest | Action::CaseReport)
    }
}

/// A branch condition on a field.
#[derive(Debug, Clone)]
pub enum Test {
    Equals(String),
    NotEquals(String),
    IsSet(bool),
}

#[derive(Debug, Clone)]
pub struct Case {
    pub field: String,
    pub field_loc: Loc,
    pub test: Test,
    pub next: Target,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    /// Says something and moves on.
    Message { text: Text, next: Target },
    /// Shows numbered choices and waits.
    Menu { text: Text, choices: Vec<Choice>, save: Option<String> },
    /// Asks for free text, validates it and saves it to a field.
    Question { text: Text, save: String, rule: Rule, error: Option<Text>, next: Target },
    /// Lists every shipped language, each in its own name, and saves the choice.
    Language { text: Text, next: Target },
    /// Goes to the first case whose test holds, else to `otherwise`.
    Branch { cases: Vec<Case>, otherwise: Target },
    /// Sets fields to fixed values.
    Set { values: Vec<(String, String)>, next: Target },
    /// Runs another flow and comes back to `next` when it ends.
    Call { flow: String, flow_loc: Loc, next: Target },
    /// Records an effect (a case, a handoff, ...) and moves on.
    Action { action: Action, fields: Vec<String>, save: Option<String>, next: Target },
    /// Ends the flow: back to the caller, or the conversation rests until the user writes again.
    End { text: Option<Text> },
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub loc: Loc,
    pub kind: StepKind,
}

impl Step {
    /// Whether the step waits for the user's answer.
    pub fn waits(&self) -> bool {
        matches!(self.kind, StepKind::Menu { .. } | StepKind::Question { .. } | StepKind::Language { .. })
    }

    /// The field this step saves the user's answer to, if any.
    pub fn saves(&self) -> Vec<&str> {
        match &self.kind {
            StepKind::Menu { save, .. } => save.iter().map(String::as_str).collect(),
            StepKind::Question { save, .. } => vec![save.as_str()],
            StepKind::Set { values, .. } => values.iter().map(|(k, _)| k.as_str()).collect(),
            StepKind::Action { action, save, .. } if action.opens_case() => {
                vec![save.as_deref().unwrap_or(CASE_CODE_FIELD)]
            }
            _ => Vec::new(),
        }
    }

    /// Every target the step can lead to.
    pub fn targets(&self) -> Vec<&Target> {
        match &self.kind {
            StepKind::Message { next, .. }
            | StepKind::Question { next, .. }
            | StepKind::Language { next, .. }
            | StepKind::Set { next, .. }
            | StepKind::Call { next, .. }
            | StepKind::Action { next, .. } => vec![next],
            StepKind::Menu { choices, .. } => choices.iter().map(|c| &c.next).collect(),
            StepKind::Branch { cases, otherwise } => {
                cases.iter().map(|c| &c.next).chain(std::iter::once(otherwise)).collect()
            }
            StepKind::End { .. } => Vec::new(),
        }
    }

    /// Every message id the step shows.
    pub fn texts(&self) -> Vec<&Text> {
        match &self.kind {
            StepKind::Message { text, .. } | StepKind::Language { text, .. } => vec![text],
            StepKind::Menu { text, choices, .. } => {
                std::iter::once(text).chain(choices.iter().map(|c| &c.label)).collect()
            }
            StepKind::Question { text, error, .. } => std::iter::once(text).chain(error.iter()).collect(),
            StepKind::End { text } => text.iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// The field a case action saves its reference code to, unless the step names another.
pub const CASE_CODE_FIELD: &str = "case_code";
/// The field the rating flow saves its answer in; the `rate` action reads it.
pub const RATING_FIELD: &str = "rating";

#[derive(Debug, Clone)]
pub struct Flow {
    pub id: String,
    /// The file it was read from, for diagnostics.
    pub file: String,
    pub steps: Vec<Step>,
    index: HashMap<String, usize>,
}

impl Flow {
    pub fn new(id: String, file: String, steps: Vec<Step>) -> Flow {
        let mut index = HashMap::new();
        for (i, s) in steps.iter().enumerate() {
            index.entry(s.id.clone()).or_insert(i);
        }
        Flow { id, file, steps, index }
    }

    /// The first step: where `flow:NAME` and calls begin.
    pub fn start(&self) -> Option<&Step> {
        self.steps.first()
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.index.get(id).map(|&i| &self.steps[i])
    }
}

/// Every flow of a deployment, by id.
#[derive(Debug, Clone, Default)]
pub struct Flows {
    pub flows: HashMap<String, Flow>,
}

impl Flows {
    pub fn get(&self, id: &str) -> Option<&Flow> {
        self.flows.get(id)
    }

    pub fn step(&self, flow: &str, step: &str) -> Option<&Step> {
        self.flows.get(flow)?.step(step)
    }

    /// Flows sorted by id, for stable output.
    pub fn sorted(&self) -> Vec<&Flow> {
        let mut v: Vec<&Flow> = self.flows.values().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }
}

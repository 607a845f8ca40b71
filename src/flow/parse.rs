//! From the author's TOML to the typed flow model, reporting every problem with its position.
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use regex::Regex;
use serde::Deserialize;
use toml::Spanned;

use super::{Action, Case, Choice, Flow, Flows, Goto, Rule, Step, StepKind, Target, Test, Text};
use crate::assets::Source;
use crate::diag::{Diagnostic, Loc};

/// The longest free-text answer a question accepts unless it says otherwise.
const DEFAULT_TEXT_MAX: usize = 500;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    #[serde(default, rename = "step")]
    steps: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    kind: Spanned<String>,
    text: Option<Spanned<String>>,
    next: Option<Spanned<String>>,
    choices: Option<Vec<RawChoice>>,
    save: Option<Spanned<String>>,
    input: Option<Spanned<String>>,
    min: Option<Spanned<i64>>,
    max: Option<Spanned<i64>>,
    pattern: Option<Spanned<String>>,
    options: Option<Spanned<Vec<String>>>,
    error: Option<Spanned<String>>,
    cases: Option<Vec<RawCase>>,
    otherwise: Option<Spanned<String>>,
    set: Option<Spanned<BTreeMap<String, String>>>,
    flow: Option<Spanned<String>>,
    action: Option<Spanned<String>>,
    fields: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    label: Spanned<String>,
    next: Spanned<String>,
    value: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    field: Spanned<String>,
    equals: Option<String>,
    not_equals: Option<String>,
    is_set: Option<bool>,
    next: Spanned<String>,
}

/// Parses every flow file. Files that fail to parse are left out of the result and reported.
pub fn parse_flows(sources: &[Source]) -> (Flows, Vec<Diagnostic>) {
    let mut flows = Flows::default();
    let mut diags = Vec::new();
    for src in sources.iter().filter(|s| s.path.ends_with(".toml")) {
        let id = Path::new(&src.path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if !is_identifier(&id) {
            diags.push(Diagnostic::error(
                &src.path,
                Loc { line: 1, col: 1 },
                format!("flow file name `{id}` is not a valid flow id: use lowercase letters, digits and `_`"),
            ));
            continue;
        }
        let mut p = Parser { src, diags: &mut diags };
        if let Some(flow) = p.flow(id) {
            flows.flows.insert(flow.id.clone(), flow);
        }
    }
    (flows, diags)
}

pub(crate) fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
}

struct Parser<'a> {
    src: &'a Source,
    diags: &'a mut Vec<Diagnostic>,
}

impl Parser<'_> {
    fn loc(&self, span: std::ops::Range<usize>) -> Loc {
        Loc::of_offset(&self.src.text, span.start)
    }

    fn error(&mut self, loc: Loc, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(&self.src.path, loc, msg));
    }

    fn flow(&mut self, id: String) -> Option<Flow> {
        let raw: RawFlow = match toml::from_str(&self.src.text) {
            Ok(raw) => raw,
            Err(e) => {
                let loc = e.span().map(|s| self.loc(s)).unwrap_or(Loc { line: 1, col: 1 });
                let msg = e.message().trim().replace('\n', " ");
                self.error(loc, format!("invalid flow file: {msg}"));
                return None;
            }
        };
        if raw.steps.is_empty() {
            self.error(Loc { line: 1, col: 1 }, format!("flow `{id}` has no steps: add a `[[step]]` table"));
            return None;
        }
        let mut seen: HashMap<String, Loc> = HashMap::new();
        let mut steps = Vec::new();
        for raw_step in raw.steps {
            let loc = self.loc(raw_step.span());
            let raw_step = raw_step.into_inner();
            let id_loc = self.loc(raw_step.id.span());
            let step_id = raw_step.id.get_ref().clone();
            if !is_identifier(&step_id) {
                self.error(
                    id_loc,
                    format!("step id `{step_id}` is not valid: use lowercase letters, digits, `_` and `-`"),
                );
            }
            if let Some(first) = seen.get(&step_id) {
                self.error(
                    id_loc,
                    format!(
                        "duplicated step id `{step_id}` (first defined at line {}): give each step its own id",
                        first.line
                    ),
                );
                continue;
            }
            seen.insert(step_id.clone(), id_loc);
            if let Some(kind) = self.step_kind(&step_id, raw_step) {
                steps.push(Step { id: step_id, loc, kind });
            }
        }
        Some(Flow::new(id, self.src.path.clone(), steps))
    }

    fn text(&self, s: &Spanned<String>) -> Text {
        Text { id: s.get_ref().clone(), loc: self.loc(s.span()) }
    }

    fn target(&mut self, s: &Spanned<String>) -> Target {
        let raw = s.get_ref().trim();
        let goto = match raw.strip_prefix("flow:") {
            Some(flow) => Goto::Flow(flow.trim().to_owned()),
            None => Goto::Step(raw.to_owned()),
        };
        Target { goto, loc: self.loc(s.span()) }
    }

    /// A required target: a missing one means the step has no way out.
    fn next(&mut self, step: &str, kind: &str, next: &Option<Spanned<String>>, at: Loc) -> Option<Target> {
        match next {
            Some(n) => Some(self.target(n)),
            None => {
                self.error(
                    at,
                    format!("step `{step}` ({kind}) has no way out: add `next = \"<step>\"` (or `\"flow:<name>\"`), or make it `kind = \"end\"`"),
                );
                None
            }
        }
    }

    fn step_kind(&mut self, id: &str, r: RawStep) -> Option<StepKind> {
        let kind = r.kind.get_ref().as_str();
        let kind_loc = self.loc(r.kind.span());
        let id_loc = self.loc(r.id.span());
        // Which optional keys each kind accepts; anything else is a mistake worth reporting.
        let allowed: &[&str] = match kind {
            "message" => &["text", "next"],
            "menu" => &["text", "choices", "save"],
            "question" => &["text", "save", "input", "min", "max", "pattern", "options", "error", "next"],
            "language" => &["text", "next"],
            "branch" => &["cases", "otherwise"],
            "set" => &["set", "next"],
            "call" => &["flow", "next"],
            "action" => &["action", "fields", "save", "next"],
            "end" => &["text"],
            other => {
                self.error(
                    kind_loc,
                    format!("unknown step kind `{other}`: use message, menu, question, language, branch, set, call, action or end"),
                );
                return None;
            }
        };
        let present: [(&str, Option<std::ops::Range<usize>>); 16] = [
            ("text", r.text.as_ref().map(|s| s.span())),
            ("next", r.next.as_ref().map(|s| s.span())),
            ("choices", r.choices.as_ref().and_then(|c| c.first()).map(|c| c.label.span())),
            ("save", r.save.as_ref().map(|s| s.span())),
            ("input", r.input.as_ref().map(|s| s.span())),
            ("min", r.min.as_ref().map(|s| s.span())),
            ("max", r.max.as_ref().map(|s| s.span())),
            ("pattern", r.pattern.as_ref().map(|s| s.span())),
            ("options", r.options.as_ref().map(|s| s.span())),
            ("error", r.error.as_ref().map(|s| s.span())),
            ("cases", r.cases.as_ref().and_then(|c| c.first()).map(|c| c.field.span())),
            ("otherwise", r.otherwise.as_ref().map(|s| s.span())),
            ("set", r.set.as_ref().map(|s| s.span())),
            ("flow", r.flow.as_ref().map(|s| s.span())),
            ("action", r.action.as_ref().map(|s| s.span())),
            ("fields", r.fields.as_ref().map(|s| s.span())),
        ];
        let mut ok = true;
        for (key, span) in present {
            if let Some(span) = span
                && !allowed.contains(&key)
            {
                let loc = self.loc(span);
                self.error(loc, format!("a `{kind}` step does not take `{key}` (it takes: {})", allowed.join(", ")));
                ok = false;
            }
        }
        let text = match (&r.text, kind) {
            (Some(t), _) => Some(self.text(t)),
            (None, "message" | "menu" | "question" | "language") => {
                self.error(id_loc, format!("step `{id}` ({kind}) needs `text = \"<message id>\"`"));
                ok = false;
                None
            }
            (None, _) => None,
        };
        let save = r.save.as_ref().map(|s| s.get_ref().clone());
        let step = match kind {
            "message" => StepKind::Message { text: text?, next: self.next(id, kind, &r.next, id_loc)? },
            "language" => StepKind::Language { text: text?, next: self.next(id, kind, &r.next, id_loc)? },
            "end" => StepKind::End { text },
            "menu" => {
                let choices: Vec<Choice> = r
                    .choices
                    .iter()
                    .flatten()
                    .map(|c| Choice { label: self.text(&c.label), next: self.target(&c.next), value: c.value.clone() })
                    .collect();
                if choices.is_empty() {
                    self.error(id_loc, format!("menu `{id}` has no way out: add `choices = [{{ label = \"<message id>\", next = \"<step>\" }}]`"));
                    return None;
                }
                StepKind::Menu { text: text?, choices, save }
            }
            "question" => {
                let Some(save) = save else {
                    self.error(
                        id_loc,
                        format!("question `{id}` needs `save = \"<field>\"`: the field its answer is saved to"),
                    );
                    return None;
                };
                let rule = self.rule(&r)?;
                let error = r.error.as_ref().map(|e| self.text(e));
                StepKind::Question { text: text?, save, rule, error, next: self.next(id, kind, &r.next, id_loc)? }
            }
            "branch" => {
                let mut cases = Vec::new();
                for c in r.cases.iter().flatten() {
                    let field_loc = self.loc(c.field.span());
                    let test = match (&c.equals, &c.not_equals, c.is_set) {
                        (Some(v), None, None) => Test::Equals(v.clone()),
                        (None, Some(v), None) => Test::NotEquals(v.clone()),
                        (None, None, Some(b)) => Test::IsSet(b),
                        _ => {
                            self.error(
                                field_loc,
                                "a branch case needs exactly one of `equals`, `not_equals` or `is_set`",
                            );
                            ok = false;
                            continue;
                        }
                    };
                    cases.push(Case { field: c.field.get_ref().clone(), field_loc, test, next: self.target(&c.next) });
                }
                let Some(otherwise) = r.otherwise.as_ref().map(|o| self.target(o)) else {
                    self.error(
                        id_loc,
                        format!("branch `{id}` has no way out when no case holds: add `otherwise = \"<step>\"`"),
                    );
                    return None;
                };
                StepKind::Branch { cases, otherwise }
            }
            "set" => {
                let Some(set) = &r.set else {
                    self.error(id_loc, format!("set step `{id}` needs `set = {{ field = \"value\" }}`"));
                    return None;
                };
                let values = set.get_ref().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                StepKind::Set { values, next: self.next(id, kind, &r.next, id_loc)? }
            }
            "call" => {
                let Some(flow) = &r.flow else {
                    self.error(id_loc, format!("call step `{id}` needs `flow = \"<flow id>\"`"));
                    return None;
                };
                let flow_loc = self.loc(flow.span());
                StepKind::Call { flow: flow.get_ref().clone(), flow_loc, next: self.next(id, kind, &r.next, id_loc)? }
            }
            "action" => {
                let Some(name) = &r.action else {
                    self.error(id_loc, format!("action step `{id}` needs `action = \"...\"`"));
                    return None;
                };
                let Some(action) = Action::ALL.into_iter().find(|a| a.name() == name.get_ref()) else {
                    let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                    let loc = self.loc(name.span());
                    self.error(loc, format!("unknown action `{}`: use one of {}", name.get_ref(), names.join(", ")));
                    return None;
                };
                let fields = r.fields.as_ref().map(|f| f.get_ref().clone()).unwrap_or_default();
                if action.opens_case() && fields.is_empty() {
                    self.error(
                        id_loc,
                        format!(
                            "action `{id}` ({}) needs `fields = [...]`: the fields the record keeps",
                            action.name()
                        ),
                    );
                    ok = false;
                }
                StepKind::Action { action, fields, save, next: self.next(id, kind, &r.next, id_loc)? }
            }
            _ => unreachable!("kinds are matched above"),
        };
        ok.then_some(step)
    }

    fn rule(&mut self, r: &RawStep) -> Option<Rule> {
        let input = r.input.as_ref().map(|s| s.get_ref().as_str()).unwrap_or("text");
        let min = r.min.as_ref().map(|m| *m.get_ref());
        let max = r.max.as_ref().map(|m| *m.get_ref());
        let at = r.input.as_ref().map(|s| self.loc(s.span())).unwrap_or_else(|| self.loc(r.id.span()));
        Some(match input {
            "text" => {
                let min = min.unwrap_or(1).max(1) as usize;
                let max = max.map(|m| m.max(1) as usize).unwrap_or(DEFAULT_TEXT_MAX);
                if min > max {
                    self.error(at, format!("`min` ({min}) is larger than `max` ({max})"));
                    return None;
                }
                Rule::Text { min, max }
            }
            "number" => Rule::Number { min, max },
            "phone" => Rule::Phone,
            "location" => Rule::Location,
            "date" => Rule::Date,
            "one_of" => match &r.options {
                Some(o) if !o.get_ref().is_empty() => Rule::OneOf(o.get_ref().clone()),
                _ => {
                    self.error(at, "`input = \"one_of\"` needs `options = [\"...\", ...]`");
                    return None;
                }
            },
            "regex" => {
                let Some(p) = &r.pattern else {
                    self.error(at, "`input = \"regex\"` needs `pattern = \"...\"`");
                    return None;
                };
                // Anchored: the whole answer must match, not a part of it.
                match Regex::new(&format!("^(?:{})$", p.get_ref())) {
                    Ok(re) => Rule::Pattern(re),
                    Err(e) => {
                        let loc = self.loc(p.span());
                        let why = e.to_string().lines().last().unwrap_or_default().trim().to_owned();
                        self.error(loc, format!("invalid regex `{}`: {why}", p.get_ref()));
                        return None;
                    }
                }
            }
            other => {
                self.error(
                    at,
                    format!("unknown input `{other}`: use text, number, phone, date, one_of, regex or location"),
                );
                return None;
            }
        })
    }
}

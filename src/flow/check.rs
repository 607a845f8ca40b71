//! `pelita check`: everything that can be known about flows and locales before a user meets them.
//!
//! Errors (the bot refuses to start on any): unknown step or flow targets, steps no path reaches,
//! steps with no way out, message ids missing from the default locale, Fluent syntax errors,
//! variables a message uses that no path sets, invalid regexes, duplicated ids, missing reserved
//! flows, message steps longer than one phone screen. Warnings: messages a translation has that
//! the default locale lacks.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use super::{Flow, Flows, Goto, StepKind, Target, Test, parse_flows, reserved};
use crate::assets::Assets;
use crate::bot::Settings;
use crate::diag::{self, Diagnostic, Loc};
use crate::engine::messages;
use crate::i18n::{Args, Coverage, DEFAULT_LANG, Localizer};

/// The outcome of checking a deployment's flows and locales.
pub struct Report {
    pub flows: Flows,
    pub i18n: Localizer,
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Vec<Coverage>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// The most characters one message may show: one phone screen. Longer answers are split into
/// message steps.
pub const MAX_MESSAGE_CHARS: usize = 700;

/// Checks flows and locales together, against the deployment's settings: the messages its
/// emergency contacts name must exist in the default locale, and its directory's names are
/// variables every message may use.
pub fn check(assets: &Assets, settings: &Settings) -> Report {
    let extra_messages: Vec<String> = settings.emergency_contacts.iter().map(|c| c.label.clone()).collect();
    let (flows, mut diags) = parse_flows(&assets.flows);
    let (i18n, locale_diags) = Localizer::load(&assets.locales);
    diags.extend(locale_diags);
    let flows_dir = assets
        .flows
        .first()
        .and_then(|s| std::path::Path::new(&s.path).parent())
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "flows".into());
    let mut c = Checker { flows: &flows, i18n: &i18n, diags: &mut diags, directory: &settings.directory };
    c.reserved(&flows_dir);
    c.required_messages(&extra_messages);
    for flow in flows.sorted() {
        c.targets_and_texts(flow);
        c.reachability(flow);
        c.lengths(flow);
    }
    c.loops();
    c.variables();
    c.translations();
    c.matcher(assets);
    diag::sort(&mut diags);
    let coverage = i18n.coverage();
    Report { flows, i18n, diagnostics: diags, coverage }
}

struct Checker<'a> {
    flows: &'a Flows,
    i18n: &'a Localizer,
    diags: &'a mut Vec<Diagnostic>,
    directory: &'a BTreeMap<String, String>,
}

impl Checker<'_> {
    /// `locales/*/matcher.toml`: readable, and every topic an information step.
    fn matcher(&mut self, assets: &Assets) {
        match crate::matcher::Matcher::load(assets) {
            Err(diags) => self.diags.extend(diags),
            Ok(m) => {
                let Some(info) = self.flows.get("info") else { return };
                for (file, topic) in m.topics() {
                    if info.step(topic).is_none() {
                        self.diags.push(Diagnostic::warning(
                            file,
                            Loc { line: 1, col: 1 },
                            format!(
                                "topic `{topic}` is not a step of the `info` flow, so a match could not be answered"
                            ),
                        ));
                    }
                }
            }
        }
    }

    fn error(&mut self, file: &str, loc: Loc, msg: String) {
        self.diags.push(Diagnostic::error(file, loc, msg));
    }

    fn default_dir(&self) -> String {
        self.i18n
            .default_locale()
            .and_then(|l| l.messages.values().next())
            .and_then(|(file, _)| std::path::Path::new(file).parent().map(|p| p.display().to_string()))
            .unwrap_or_else(|| format!("locales/{DEFAULT_LANG}"))
    }

    fn has_default(&self, id: &str) -> bool {
        self.i18n.default_locale().is_some_and(|l| l.messages.contains_key(id))
    }

    fn reserved(&mut self, dir: &str) {
        for id in reserved::ALL {
            if self.flows.get(id).is_none() {
                self.error(
                    &format!("{dir}/{id}.toml"),
                    Loc { line: 1, col: 1 },
                    format!(
                        "missing flow `{id}`: the engine enters it by itself, so every deployment needs {dir}/{id}.toml"
                    ),
                );
            }
        }
    }

    fn required_messages(&mut self, extra: &[String]) {
        let dir = self.default_dir();
        for id in messages::REQUIRED
            .iter()
            .chain(&messages::WEB_PAGE)
            .copied()
            .map(str::to_owned)
            .chain(extra.iter().cloned())
        {
            if !self.has_default(&id) {
                self.error(
                    &dir,
                    Loc { line: 1, col: 1 },
                    format!(
                        "message `{id}` is missing from the default locale: the engine or the configuration needs it"
                    ),
                );
            }
        }
        // Each language names itself in the language menu: a fallback there would be wrong.
        let missing: Vec<String> = self
            .i18n
            .locales()
            .iter()
            .filter(|l| !l.messages.contains_key(messages::LANGUAGE_NAME))
            .map(|l| l.code.clone())
            .collect();
        for code in missing {
            self.error(
                &format!("locales/{code}"),
                Loc { line: 1, col: 1 },
                format!(
                    "locale `{code}` lacks `{}`: the language menu shows each language in its own name",
                    messages::LANGUAGE_NAME
                ),
            );
        }
    }

    fn target_ok(&mut self, flow: &Flow, t: &Target) {
        match &t.goto {
            Goto::Step(s) if flow.step(s).is_none() => {
                let known: Vec<&str> = flow.steps.iter().map(|s| s.id.as_str()).collect();
                self.error(
                    &flow.file,
                    t.loc,
                    format!(
                        "unknown step `{s}` in flow `{}` (steps: {}; another flow is `flow:<name>`)",
                        flow.id,
                        known.join(", ")
                    ),
                );
            }
            Goto::Flow(f) if self.flows.get(f).is_none() => {
                self.error(&flow.file, t.loc, format!("unknown flow `{f}`: there is no flows/{f}.toml"));
            }
            _ => {}
        }
    }

    fn targets_and_texts(&mut self, flow: &Flow) {
        for step in &flow.steps {
            for t in step.targets() {
                self.target_ok(flow, t);
            }
            if let StepKind::Call { flow: callee, flow_loc, .. } = &step.kind
                && self.flows.get(callee).is_none()
            {
                self.error(&flow.file, *flow_loc, format!("unknown flow `{callee}`: there is no flows/{callee}.toml"));
            }
            for text in step.texts() {
                if !self.has_default(&text.id) {
                    let dir = self.default_dir();
                    self.error(
                        &flow.file,
                        text.loc,
                        format!("message `{}` is missing from the default locale: add it to {dir}/*.ftl", text.id),
                    );
                }
            }
        }
    }

    /// Every message step's text, in every locale that has it, fits one phone screen. Directory
    /// variables count with their configured values, fields as 12 characters.
    fn lengths(&mut self, flow: &Flow) {
        for step in &flow.steps {
            let StepKind::Message { text, .. } = &step.kind else { continue };
            for locale in self.i18n.locales() {
                let Some(vars) = locale.vars(&text.id) else { continue };
                let mut args = Args::new();
                for v in vars {
                    let value = self.directory.get(v).cloned().unwrap_or_else(|| "x".repeat(12));
                    args.insert(v.clone(), value);
                }
                let n = self.i18n.format(&locale.code, &text.id, &args).chars().count();
                if n > MAX_MESSAGE_CHARS {
                    self.error(
                        &flow.file,
                        text.loc,
                        format!(
                            "message `{}` in locale `{}` has {n} characters, more than one phone screen ({MAX_MESSAGE_CHARS}): shorten it or split it into two message steps",
                            text.id, locale.code
                        ),
                    );
                }
            }
        }
    }

    fn reachability(&mut self, flow: &Flow) {
        let Some(start) = flow.start() else { return };
        let mut seen: HashSet<&str> = HashSet::new();
        let mut todo = vec![start.id.as_str()];
        while let Some(id) = todo.pop() {
            if !seen.insert(id) {
                continue;
            }
            let Some(step) = flow.step(id) else { continue };
            for t in step.targets() {
                if let Goto::Step(s) = &t.goto {
                    todo.push(s);
                }
            }
        }
        for step in &flow.steps {
            if !seen.contains(step.id.as_str()) {
                self.error(
                    &flow.file,
                    step.loc,
                    format!("step `{}` is never reached from the start of flow `{}`: lead to it from another step, or remove it", step.id, flow.id),
                );
            }
        }
    }

    /// Steps that lead back to themselves without waiting for the user would spin forever.
    fn loops(&mut self) {
        type Node = (String, String);
        let flows = self.flows;
        let succ = |n: &Node| -> Vec<Node> {
            let Some(step) = flows.step(&n.0, &n.1) else { return Vec::new() };
            if step.waits() {
                return Vec::new();
            }
            let mut out: Vec<Node> = step.targets().iter().filter_map(|t| node_of(flows, &n.0, t)).collect();
            if let StepKind::Call { flow: callee, .. } = &step.kind {
                out = flows
                    .get(callee)
                    .and_then(|f| f.start())
                    .map(|s| vec![(callee.clone(), s.id.clone())])
                    .unwrap_or_default();
            }
            out
        };
        // Iterative depth-first search with colours: 1 = on the current path, 2 = done.
        let mut colour: HashMap<Node, u8> = HashMap::new();
        let mut reported: HashSet<Node> = HashSet::new();
        for flow in flows.sorted() {
            for step in &flow.steps {
                let root = (flow.id.clone(), step.id.clone());
                if colour.contains_key(&root) {
                    continue;
                }
                let mut path: Vec<(Node, Vec<Node>)> = vec![(root.clone(), succ(&root))];
                colour.insert(root, 1);
                while let Some((node, next)) = path.last_mut() {
                    match next.pop() {
                        Some(n) => match colour.get(&n) {
                            None => {
                                colour.insert(n.clone(), 1);
                                let s = succ(&n);
                                path.push((n, s));
                            }
                            Some(1) if reported.insert(n.clone()) => {
                                let from = path.iter().position(|(p, _)| *p == n).unwrap_or(0);
                                let cycle: Vec<String> =
                                    path[from..].iter().map(|(p, _)| format!("{}.{}", p.0, p.1)).collect();
                                if let Some(f) = flows.get(&n.0) {
                                    let loc = f.step(&n.1).map(|s| s.loc).unwrap_or_default();
                                    self.diags.push(Diagnostic::error(
                                        &f.file,
                                        loc,
                                        format!("steps {} -> {}.{} loop without waiting for the user: put a menu or question in the loop", cycle.join(" -> "), n.0, n.1),
                                    ));
                                }
                            }
                            _ => {}
                        },
                        None => {
                            colour.insert(node.clone(), 2);
                            path.pop();
                        }
                    }
                }
            }
        }
    }

    /// Which fields may be set when each step runs, following steps, gotos, calls and returns
    /// from a fresh conversation; then every variable a message uses must be among them.
    fn variables(&mut self) {
        type Node = (String, String);
        let flows = self.flows;
        let builtins: BTreeSet<String> =
            messages::BUILTIN_VARS.iter().map(|s| s.to_string()).chain(self.directory.keys().cloned()).collect();
        let mut sets: HashMap<Node, BTreeSet<String>> = HashMap::new();
        let mut returns: HashMap<String, Vec<Node>> = HashMap::new();
        for flow in flows.flows.values() {
            for step in &flow.steps {
                if let StepKind::Call { flow: callee, next, .. } = &step.kind
                    && let Some(back) = node_of(flows, &flow.id, next)
                {
                    returns.entry(callee.clone()).or_default().push(back);
                }
            }
        }
        let mut queue: VecDeque<Node> = VecDeque::new();
        for id in reserved::ALL {
            if let Some(start) = flows.get(id).and_then(|f| f.start()) {
                let node = (id.to_owned(), start.id.clone());
                sets.insert(node.clone(), builtins.clone());
                queue.push_back(node);
            }
        }
        while let Some(node) = queue.pop_front() {
            let Some(step) = flows.step(&node.0, &node.1) else { continue };
            let mut out = sets[&node].clone();
            out.extend(step.saves().into_iter().map(str::to_owned));
            let mut succ: Vec<Node> = step.targets().iter().filter_map(|t| node_of(flows, &node.0, t)).collect();
            match &step.kind {
                StepKind::Call { flow: callee, .. } => {
                    // Into the callee; the way back is taken from the callee's end steps.
                    succ = flows
                        .get(callee)
                        .and_then(|f| f.start())
                        .map(|s| vec![(callee.clone(), s.id.clone())])
                        .unwrap_or_default();
                }
                StepKind::End { .. } => succ = returns.get(&node.0).cloned().unwrap_or_default(),
                StepKind::Action { action, .. } if action.opens_case() => {
                    // The record takes its fields away from the conversation.
                    if let StepKind::Action { fields, .. } = &step.kind {
                        for f in fields {
                            out.remove(f);
                        }
                    }
                }
                _ => {}
            }
            for s in succ {
                let is_new = !sets.contains_key(&s);
                let entry = sets.entry(s.clone()).or_default();
                let before = entry.len();
                entry.extend(out.iter().cloned());
                if is_new || entry.len() != before {
                    queue.push_back(s);
                }
            }
        }
        for flow in flows.sorted() {
            for step in &flow.steps {
                let Some(set) = sets.get(&(flow.id.clone(), step.id.clone())) else { continue };
                let available = set;
                for text in step.texts() {
                    for locale in self.i18n.locales() {
                        let Some(vars) = locale.vars(&text.id) else { continue };
                        for v in vars.iter().filter(|v| !available.contains(*v)) {
                            let whose = if locale.code == DEFAULT_LANG {
                                String::new()
                            } else {
                                format!(" (in locale `{}`)", locale.code)
                            };
                            self.diags.push(Diagnostic::error(
                                &flow.file,
                                text.loc,
                                format!(
                                    "message `{}`{whose} uses `${v}`, but no path to step `{}` sets field `{v}`: save it earlier or remove it from the message",
                                    text.id, step.id
                                ),
                            ));
                        }
                    }
                }
                match &step.kind {
                    StepKind::Action { fields, .. } => {
                        for f in fields.iter().filter(|f| !set.contains(*f)) {
                            self.diags.push(Diagnostic::error(
                                &flow.file,
                                step.loc,
                                format!("action `{}` keeps field `{f}`, but no path to it sets `{f}`", step.id),
                            ));
                        }
                    }
                    StepKind::Branch { cases, .. } => {
                        for case in cases.iter().filter(|c| !set.contains(&c.field)) {
                            if !matches!(case.test, Test::IsSet(_)) {
                                self.diags.push(Diagnostic::warning(
                                    &flow.file,
                                    case.field_loc,
                                    format!(
                                        "branch `{}` tests field `{}`, which no path to it sets",
                                        step.id, case.field
                                    ),
                                ));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn translations(&mut self) {
        let Some(default) = self.i18n.default_locale() else { return };
        for locale in self.i18n.locales().iter().filter(|l| l.code != DEFAULT_LANG) {
            for (id, (file, loc)) in &locale.messages {
                if !default.messages.contains_key(id) {
                    self.diags.push(Diagnostic::warning(
                        file,
                        *loc,
                        format!("message `{id}` is not in the default locale, so nothing uses it: remove it or add it to locales/{DEFAULT_LANG}"),
                    ));
                }
            }
        }
    }
}

fn node_of(flows: &Flows, flow: &str, t: &Target) -> Option<(String, String)> {
    match &t.goto {
        Goto::Step(s) => flows.step(flow, s).map(|_| (flow.to_owned(), s.clone())),
        Goto::Flow(f) => flows.get(f).and_then(|fl| fl.start()).map(|s| (f.clone(), s.id.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::Source;

    fn shipped() -> Assets {
        Assets::embedded()
    }

    fn settings() -> Settings {
        crate::config::Config::load(Some(std::path::Path::new("/dev/null"))).map(|c| c.settings).unwrap_or_default()
    }

    fn errors(assets: &Assets) -> Vec<String> {
        check(assets, &settings()).diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect()
    }

    fn file<'a>(sources: &'a mut [Source], path: &str) -> &'a mut Source {
        sources.iter_mut().find(|s| s.path == path).unwrap_or_else(|| panic!("no {path}"))
    }

    fn edit_flow(path: &str, from: &str, to: &str) -> Vec<String> {
        let mut a = shipped();
        let f = file(&mut a.flows, path);
        assert!(f.text.contains(from), "{path} has no {from:?}");
        f.text = f.text.replacen(from, to, 1);
        errors(&a)
    }

    fn line_of(path: &str, needle: &str) -> usize {
        let a = shipped();
        let text = &a.flows.iter().find(|s| s.path == path).unwrap().text;
        text.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    fn has(errors: &[String], prefix: &str, words: &str) -> bool {
        errors.iter().any(|e| e.starts_with(prefix) && e.contains(words))
    }

    #[test]
    fn the_shipped_flows_and_locales_are_clean() {
        let report = check(&shipped(), &settings());
        let all: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(all.is_empty(), "{all:#?}");
        for c in &report.coverage {
            assert_eq!(c.present, c.total, "locale {} misses messages", c.code);
        }
    }

    #[test]
    fn a_dangling_step_target_is_named_with_file_and_line() {
        let line = line_of("flows/main.toml", "flow:counsellor");
        let errs = edit_flow("flows/main.toml", "flow:counsellor", "nowhere");
        assert!(has(&errs, &format!("flows/main.toml:{line}:"), "unknown step `nowhere`"), "{errs:#?}");
    }

    #[test]
    fn an_unknown_flow_is_reported() {
        let errs = edit_flow("flows/main.toml", "flow:counsellor", "flow:nobody");
        assert!(has(&errs, "flows/main.toml:", "unknown flow `nobody`"), "{errs:#?}");
    }

    #[test]
    fn a_missing_message_id_is_reported_where_the_flow_uses_it() {
        let line = line_of("flows/main.toml", "main-menu");
        let errs = edit_flow("flows/main.toml", "\"main-menu\"", "\"main-menu-typo\"");
        assert!(
            has(
                &errs,
                &format!("flows/main.toml:{line}:8:"),
                "message `main-menu-typo` is missing from the default locale"
            ),
            "{errs:#?}"
        );
    }

    #[test]
    fn a_step_no_path_reaches_is_reported() {
        let errs = edit_flow("flows/info.toml", "{ label = \"info-rights\", next = \"rights\" },", "");
        assert!(has(&errs, "flows/info.toml:", "step `rights` is never reached"), "{errs:#?}");
        // ... and the message it would have shown is no longer an orphan problem of its own.
    }

    #[test]
    fn a_step_with_no_way_out_is_reported() {
        let errs = edit_flow("flows/language.toml", "next = \"flow:main\"\n", "");
        assert!(has(&errs, "flows/language.toml:", "step `chosen` (message) has no way out"), "{errs:#?}");
    }

    #[test]
    fn a_variable_no_path_sets_is_reported() {
        let mut a = shipped();
        let f = file(&mut a.locales.iter_mut().find(|(c, _)| c == "id").unwrap().1, "locales/id/main.ftl");
        f.text = f.text.replace("main-menu = Menu utama.", "main-menu = Menu utama, { $nama }.");
        let errs = errors(&a);
        assert!(
            has(&errs, "flows/main.toml:", "uses `$nama`, but no path to step `menu` sets field `nama`"),
            "{errs:#?}"
        );
    }

    #[test]
    fn a_variable_set_on_the_way_is_accepted() {
        // `case_code` is saved by the report's action before the closing message shows it.
        let errs = errors(&shipped());
        assert!(!errs.iter().any(|e| e.contains("case_code")), "{errs:#?}");
    }

    #[test]
    fn fluent_syntax_errors_have_lines() {
        let mut a = shipped();
        let f = file(&mut a.locales.iter_mut().find(|(c, _)| c == "id").unwrap().1, "locales/id/main.ftl");
        f.text.push_str("\nbroken = { $x\n");
        let line = f.text.lines().position(|l| l.starts_with("broken")).unwrap() + 1;
        let errs = errors(&a);
        assert!(has(&errs, &format!("locales/id/main.ftl:{line}:"), "Fluent syntax error"), "{errs:#?}");
    }

    #[test]
    fn duplicated_ids_are_reported() {
        let errs = edit_flow("flows/help.toml", "[[step]]", "[[step]]\nid = \"commands\"\nkind = \"end\"\n\n[[step]]");
        assert!(has(&errs, "flows/help.toml:", "duplicated step id `commands`"), "{errs:#?}");
        let mut a = shipped();
        let f = file(&mut a.locales.iter_mut().find(|(c, _)| c == "id").unwrap().1, "locales/id/main.ftl");
        f.text.push_str("\nmain-menu = Lagi\n");
        let errs = errors(&a);
        assert!(has(&errs, "locales/id/main.ftl:", "duplicated message id `main-menu`"), "{errs:#?}");
    }

    #[test]
    fn an_invalid_regex_is_reported() {
        let errs = edit_flow("flows/counselling.toml", "input = \"phone\"", "input = \"regex\"\npattern = \"[0-9\"");
        assert!(has(&errs, "flows/counselling.toml:", "invalid regex `[0-9`"), "{errs:#?}");
    }

    #[test]
    fn a_loop_that_never_waits_is_reported() {
        let errs = edit_flow("flows/language.toml", "next = \"flow:main\"", "next = \"chosen\"");
        assert!(has(&errs, "flows/language.toml:", "loop without waiting"), "{errs:#?}");
    }

    #[test]
    fn typos_in_keys_and_kinds_are_reported() {
        let errs = edit_flow("flows/help.toml", "kind = \"end\"", "kind = \"ending\"");
        assert!(has(&errs, "flows/help.toml:", "unknown step kind `ending`"), "{errs:#?}");
        let errs = edit_flow("flows/help.toml", "kind = \"end\"", "kind = \"end\"\nnxt = \"x\"");
        assert!(has(&errs, "flows/help.toml:", "unknown field `nxt`"), "{errs:#?}");
        let errs = edit_flow("flows/help.toml", "kind = \"end\"", "kind = \"end\"\nsave = \"x\"");
        assert!(has(&errs, "flows/help.toml:", "a `end` step does not take `save`"), "{errs:#?}");
    }

    #[test]
    fn a_missing_reserved_flow_is_reported() {
        let mut a = shipped();
        a.flows.retain(|s| !s.path.ends_with("emergency.toml"));
        let errs = errors(&a);
        assert!(errs.iter().any(|e| e.contains("missing flow `emergency`")), "{errs:#?}");
        // Its messages are now unused, which is worth a warning but not an error.
    }

    #[test]
    fn many_problems_are_reported_at_once() {
        let mut a = shipped();
        let f = file(&mut a.flows, "flows/main.toml");
        f.text = f.text.replace("flow:info", "nowhere").replace("\"main-menu\"", "\"nope\"");
        assert!(errors(&a).len() >= 2);
    }

    #[test]
    fn matcher_data_must_parse_and_name_information_steps() {
        let mut a = shipped();
        let id = &mut a.locales.iter_mut().find(|(c, _)| c == "id").unwrap().1;
        file(id, "locales/id/matcher.toml").text.push_str("weather = [\"hujan\"]\n");
        let report = check(&a, &settings());
        let shown: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(
            shown.iter().any(|d| d.starts_with("locales/id/matcher.toml:1:1: warning") && d.contains("`weather`")),
            "{shown:#?}"
        );
        file(&mut a.locales.iter_mut().find(|(c, _)| c == "id").unwrap().1, "locales/id/matcher.toml").text =
            "[topics]\ncosts = 3\n".into();
        assert!(has(&errors(&a), "locales/id/matcher.toml:2:", "invalid type"), "{:#?}", errors(&a));
    }
}

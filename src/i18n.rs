//! Fluent locales: one bundle per language, fallback chains ending in Indonesian, per-language
//! keywords (commands, emergency words, month names) and translation coverage.
//!
//! Layout: `locales/<code>/*.ftl` (the words), `locales/<code>/meta.toml` (menu order, fallback
//! chain, plural rules, which messages a machine drafted) and `locales/<code>/keywords.toml`.
//! Invariant: [`Localizer::format`] never returns a raw message id; the loader refuses a default
//! locale that lacks a message the engine or a flow needs.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::assets::Source;
use crate::diag::{Diagnostic, Loc};
use crate::text;

/// Indonesian: every user understands it, so every chain ends here.
pub const DEFAULT_LANG: &str = "id";

/// Field values handed to Fluent as `$name` variables.
pub type Args = BTreeMap<String, String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    /// Position in the language menu.
    order: u32,
    /// Languages tried, in order, when this one lacks a message (the default is always last).
    #[serde(default)]
    fallback: Vec<String>,
    /// The CLDR locale whose plural rules apply (`mad` and `sas` have none: they use `id`).
    plural_rules: Option<String>,
    /// Message ids (or `prefix-*`, or `*`) drafted by a machine and awaiting a native speaker.
    #[serde(default)]
    machine_drafted: Vec<String>,
}

/// The global commands a user can type at any step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Menu,
    Language,
    Help,
    Counsellor,
    Delete,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Keywords {
    #[serde(default)]
    commands: CommandWords,
    /// Words or phrases that mean danger wherever they appear in a message.
    #[serde(default)]
    emergency: Vec<String>,
    /// Words that mean danger only when they are (nearly) the whole message, like "tolong".
    #[serde(default)]
    emergency_alone: Vec<String>,
    /// Twelve lists of month names (and abbreviations), January first, for date answers.
    #[serde(default)]
    months: Vec<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandWords {
    #[serde(default)]
    menu: Vec<String>,
    #[serde(default)]
    language: Vec<String>,
    #[serde(default)]
    help: Vec<String>,
    #[serde(default)]
    counsellor: Vec<String>,
    #[serde(default)]
    delete: Vec<String>,
    /// Words that, with a reference code, ask for that case's status ("status ABCD-EFGH").
    #[serde(default)]
    status: Vec<String>,
}

pub struct Locale {
    pub code: String,
    bundle: FluentBundle<FluentResource>,
    /// Indices into `Localizer::locales`: this one, its fallbacks, then the default.
    chain: Vec<usize>,
    order: u32,
    machine_drafted: Vec<String>,
    /// Message id -> where it is defined.
    pub messages: BTreeMap<String, (String, Loc)>,
    /// Message id -> the variables it uses (through message references too).
    vars: HashMap<String, BTreeSet<String>>,
}

impl Locale {
    pub fn is_machine_drafted(&self, id: &str) -> bool {
        self.machine_drafted.iter().any(|p| match p.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => p == id,
        })
    }

    /// Variables the message uses in this locale.
    pub fn vars(&self, id: &str) -> Option<&BTreeSet<String>> {
        self.vars.get(id)
    }
}

/// Keyword tables folded once at load, across every language.
#[derive(Default)]
struct Matchers {
    commands: HashMap<String, Command>,
    emergency: Vec<Vec<String>>,
    emergency_alone: BTreeSet<String>,
    /// Folded month name -> month number (1..=12).
    months: HashMap<String, u32>,
    /// Folded words that ask for a case's status next to its code.
    status: BTreeSet<String>,
}

pub struct Localizer {
    locales: Vec<Locale>,
    by_code: HashMap<String, usize>,
    matchers: Matchers,
}

/// Coverage of one locale against the default one.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub code: String,
    pub present: usize,
    pub total: usize,
    pub machine_drafted: usize,
}

impl Coverage {
    pub fn percent(&self) -> f64 {
        if self.total == 0 { 100.0 } else { 100.0 * self.present as f64 / self.total as f64 }
    }
}

impl Localizer {
    /// Loads every locale; problems are returned as diagnostics next to what could be loaded.
    pub fn load(locales: &[(String, Vec<Source>)]) -> (Localizer, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut loaded = Vec::new();
        let mut metas = Vec::new();
        let mut matchers = Matchers::default();
        for (code, files) in locales {
            let first = files.first().map(|f| f.path.clone()).unwrap_or_default();
            let meta_src = files.iter().find(|f| f.path.ends_with("meta.toml"));
            let meta: Option<Meta> = match meta_src {
                None => {
                    diags.push(Diagnostic::error(&first, Loc::default(), format!("locale `{code}` has no meta.toml")));
                    None
                }
                Some(src) => toml_or_diag(src, &mut diags),
            };
            let Some(meta) = meta else { continue };
            let plural = meta.plural_rules.clone().unwrap_or_else(|| code.clone());
            let langid: LanguageIdentifier = match plural.parse() {
                Ok(l) => l,
                Err(_) => {
                    let src = meta_src.expect("meta was parsed");
                    diags.push(Diagnostic::error(
                        &src.path,
                        Loc { line: 1, col: 1 },
                        format!("`{plural}` is not a language code"),
                    ));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // All our languages are left-to-right: no invisible isolation marks around placeables.
            bundle.set_use_isolating(false);
            let mut messages: BTreeMap<String, (String, Loc)> = BTreeMap::new();
            let mut refs: HashMap<String, BTreeSet<String>> = HashMap::new();
            let mut vars: HashMap<String, BTreeSet<String>> = HashMap::new();
            for src in files.iter().filter(|f| f.path.ends_with(".ftl")) {
                for (id, loc) in message_lines(&src.text) {
                    if let Some((file, first)) = messages.get(&id) {
                        diags.push(Diagnostic::error(
                            &src.path,
                            loc,
                            format!(
                                "duplicated message id `{id}` (first defined at {file}:{}): remove one",
                                first.line
                            ),
                        ));
                        continue;
                    }
                    messages.insert(id, (src.path.clone(), loc));
                }
                let resource = match FluentResource::try_new(src.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            // Point at the entry that is broken (its first line), not at the
                            // place after it where the parser gave up.
                            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start.min(e.pos.start));
                            let loc = Loc::of_offset(&src.text, at);
                            diags.push(Diagnostic::error(&src.path, loc, format!("Fluent syntax error: {e}")));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        let (mut v, mut r) = (BTreeSet::new(), BTreeSet::new());
                        if let Some(value) = &m.value {
                            collect_pattern(value, &mut v, &mut r);
                        }
                        for a in &m.attributes {
                            collect_pattern(&a.value, &mut v, &mut r);
                        }
                        vars.insert(m.id.name.to_owned(), v);
                        refs.insert(m.id.name.to_owned(), r);
                    }
                }
                // Duplicates were reported above; the first definition wins.
                let _ = bundle.add_resource(resource);
            }
            // A message that references another uses that one's variables too.
            let direct = vars.clone();
            for (id, set) in vars.iter_mut() {
                let mut seen = BTreeSet::new();
                let mut todo: Vec<String> = refs.get(id).into_iter().flatten().cloned().collect();
                while let Some(r) = todo.pop() {
                    if !seen.insert(r.clone()) {
                        continue;
                    }
                    set.extend(direct.get(&r).into_iter().flatten().cloned());
                    todo.extend(refs.get(&r).into_iter().flatten().cloned());
                }
            }
            if let Some(src) = files.iter().find(|f| f.path.ends_with("keywords.toml"))
                && let Some(kw) = toml_or_diag::<Keywords>(src, &mut diags)
            {
                add_keywords(&mut matchers, kw, src, &mut diags);
            }
            metas.push((meta_src.map(|s| s.path.clone()).unwrap_or_default(), meta.fallback.clone()));
            loaded.push(Locale {
                code: code.clone(),
                bundle,
                chain: Vec::new(),
                order: meta.order,
                machine_drafted: meta.machine_drafted,
                messages,
                vars,
            });
        }
        // Menu order, then resolve the fallback chains by index.
        let mut order: Vec<usize> = (0..loaded.len()).collect();
        order.sort_by_key(|&i| (loaded[i].order, loaded[i].code.clone()));
        let mut sorted_locales = Vec::new();
        let mut sorted_metas = Vec::new();
        let mut slots: Vec<Option<Locale>> = loaded.into_iter().map(Some).collect();
        for i in order {
            sorted_locales.push(slots[i].take().expect("each index once"));
            sorted_metas.push(metas[i].clone());
        }
        let by_code: HashMap<String, usize> =
            sorted_locales.iter().enumerate().map(|(i, l)| (l.code.clone(), i)).collect();
        let default = by_code.get(DEFAULT_LANG).copied();
        if default.is_none() {
            diags.push(Diagnostic::error(
                format!("locales/{DEFAULT_LANG}/"),
                Loc::default(),
                format!("the default locale `{DEFAULT_LANG}` is missing: every fallback chain ends there"),
            ));
        }
        for (i, (meta_path, fallbacks)) in sorted_metas.iter().enumerate() {
            let mut chain = vec![i];
            for f in fallbacks {
                match by_code.get(f) {
                    Some(&j) if !chain.contains(&j) => chain.push(j),
                    Some(_) => {}
                    None => diags.push(Diagnostic::error(
                        meta_path,
                        Loc { line: 1, col: 1 },
                        format!("fallback `{f}` is not a shipped locale"),
                    )),
                }
            }
            if let Some(d) = default
                && !chain.contains(&d)
            {
                chain.push(d);
            }
            sorted_locales[i].chain = chain;
        }
        (Localizer { locales: sorted_locales, by_code, matchers }, diags)
    }

    /// Locales in language-menu order.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub fn locale(&self, code: &str) -> Option<&Locale> {
        self.by_code.get(code).map(|&i| &self.locales[i])
    }

    pub fn default_locale(&self) -> Option<&Locale> {
        self.locale(DEFAULT_LANG)
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.by_code.contains_key(code)
    }

    /// A language's name in itself (its `language-name` message), or its code.
    pub fn language_name(&self, code: &str) -> String {
        if self.has_language(code) { self.format(code, "language-name", &Args::new()) } else { code.to_owned() }
    }

    /// Ids of the default locale's messages that start with `prefix` (e.g. canned replies).
    pub fn ids_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.default_locale()
            .map(|l| l.messages.keys().filter(|id| id.starts_with(prefix)).cloned().collect())
            .unwrap_or_default()
    }

    /// Every locale as (code, name in itself), in menu order.
    pub fn languages(&self) -> Vec<(String, String)> {
        self.locales.iter().map(|l| (l.code.clone(), self.language_name(&l.code))).collect()
    }

    fn chain(&self, lang: &str) -> Vec<usize> {
        match self.by_code.get(lang) {
            Some(&i) => self.locales[i].chain.clone(),
            None => self.by_code.get(DEFAULT_LANG).map(|&d| vec![d]).unwrap_or_default(),
        }
    }

    /// Formats a message in `lang`, falling back along the chain. A variable the message uses but
    /// `args` lacks becomes empty text rather than `{$name}`. Returns `None` when no locale in the
    /// chain has the message.
    pub fn try_format(&self, lang: &str, id: &str, args: &Args) -> Option<String> {
        for i in self.chain(lang) {
            let locale = &self.locales[i];
            let Some(msg) = locale.bundle.get_message(id) else { continue };
            let Some(pattern) = msg.value() else { continue };
            let fargs = fluent_args(args, locale.vars.get(id));
            let mut errors = Vec::new();
            let out = locale.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(lang = %locale.code, id, ?errors, "message formatted with errors");
            }
            return Some(out.trim_end().to_owned());
        }
        None
    }

    /// Like [`Self::try_format`], but a message missing everywhere becomes the generic error text
    /// (which the loader guarantees exists), so that a user never sees a raw id.
    pub fn format(&self, lang: &str, id: &str, args: &Args) -> String {
        if let Some(s) = self.try_format(lang, id, args) {
            return s;
        }
        tracing::error!(lang, id, "message missing in every locale of the chain");
        self.try_format(lang, crate::engine::messages::GENERIC_ERROR, args).unwrap_or_default()
    }

    /// Whether message `id`, as shown in `lang` (the first locale of the chain that has it),
    /// uses variable `var`.
    pub fn uses(&self, lang: &str, id: &str, var: &str) -> bool {
        self.chain(lang)
            .into_iter()
            .map(|i| &self.locales[i])
            .find(|l| l.vars.contains_key(id))
            .is_some_and(|l| l.vars[id].contains(var))
    }

    /// A message attribute (e.g. `.keywords`), looked up along the chain.
    pub fn attribute(&self, lang: &str, id: &str, attr: &str) -> Option<String> {
        for i in self.chain(lang) {
            let locale = &self.locales[i];
            let Some(msg) = locale.bundle.get_message(id) else { continue };
            if let Some(a) = msg.get_attribute(attr) {
                let mut errors = Vec::new();
                return Some(locale.bundle.format_pattern(a.value(), None, &mut errors).into_owned());
            }
        }
        None
    }

    /// The global command the whole message is, in any language.
    pub fn command(&self, input: &str) -> Option<Command> {
        self.matchers.commands.get(&text::normalize(input)).copied()
    }

    /// The reference code a message asks about: a code (`ABCD-EFGH`, any case, dash optional)
    /// alone or with a status word of any language ("status ABCD-EFGH", "cek ABCDEFGH").
    pub fn status_query(&self, input: &str) -> Option<String> {
        // The code alphabet: digits 2-9 and letters without I and O.
        let is_code_char = |c: char| c.is_ascii_alphanumeric() && !"01IOio".contains(c);
        let words: Vec<&str> = input.split_whitespace().collect();
        let (i, code, dashed) = words.iter().enumerate().find_map(|(i, w)| {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let plain: String = w.chars().filter(|c| *c != '-').collect();
            let dashes = w.chars().filter(|c| *c == '-').count();
            let shaped = (dashes == 1 && w.find('-') == Some(4)) || dashes == 0;
            (shaped && plain.len() == 8 && plain.chars().all(is_code_char)).then(|| {
                let code = format!("{}-{}", &plain[..4], &plain[4..]).to_ascii_uppercase();
                (i, code, dashes == 1 || plain.chars().any(|c| c.is_ascii_digit()))
            })
        })?;
        let rest: Vec<&str> = words.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, w)| *w).collect();
        let rest = text::normalize(&rest.join(" "));
        // Alone and without its dash, a code needs a digit ("KARTINIS" is a word); after a status
        // word ("cek HPCBLLTB") any code is one.
        if rest.is_empty() { dashed.then_some(code) } else { self.matchers.status.contains(&rest).then_some(code) }
    }

    /// Whether the message contains an emergency word of any language.
    pub fn is_emergency(&self, input: &str) -> bool {
        let folded = text::normalize(input);
        if self.matchers.emergency_alone.contains(&folded) {
            return true;
        }
        let words = text::words(input);
        self.matchers.emergency.iter().any(|p| text::contains_phrase(&words, p))
    }

    /// The month number of a (folded) month name in any language.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.matchers.months.get(word).copied()
    }

    /// Translation coverage of every locale against the default one.
    pub fn coverage(&self) -> Vec<Coverage> {
        let Some(default) = self.default_locale() else { return Vec::new() };
        self.locales
            .iter()
            .map(|l| {
                let present = default.messages.keys().filter(|id| l.messages.contains_key(*id)).count();
                let machine_drafted = l.messages.keys().filter(|id| l.is_machine_drafted(id)).count();
                Coverage { code: l.code.clone(), present, total: default.messages.len(), machine_drafted }
            })
            .collect()
    }
}

fn fluent_args<'a>(args: &'a Args, used: Option<&BTreeSet<String>>) -> FluentArgs<'a> {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        // Whole numbers go in as numbers so that plural selectors work.
        match v.parse::<i64>() {
            // "0812..." and "+62..." stay text: they are phone numbers, not quantities.
            Ok(n) if !(v.starts_with('+') || v.starts_with('0') && v.len() > 1) => {
                fargs.set(k.as_str(), FluentValue::from(n))
            }
            _ => fargs.set(k.as_str(), FluentValue::from(v.as_str())),
        }
    }
    for var in used.into_iter().flatten() {
        if !args.contains_key(var) {
            fargs.set(var.clone(), FluentValue::from(""));
        }
    }
    fargs
}

/// Parses a TOML file, or records why not (with line and column).
pub(crate) fn toml_or_diag<T: serde::de::DeserializeOwned>(src: &Source, diags: &mut Vec<Diagnostic>) -> Option<T> {
    match toml::from_str(&src.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let loc = e.span().map(|s| Loc::of_offset(&src.text, s.start)).unwrap_or(Loc { line: 1, col: 1 });
            diags.push(Diagnostic::error(&src.path, loc, e.message().trim().replace('\n', " ")));
            None
        }
    }
}

fn add_keywords(m: &mut Matchers, kw: Keywords, src: &Source, diags: &mut Vec<Diagnostic>) {
    let c = kw.commands;
    for (cmd, list) in [
        (Command::Menu, c.menu),
        (Command::Language, c.language),
        (Command::Help, c.help),
        (Command::Counsellor, c.counsellor),
        (Command::Delete, c.delete),
    ] {
        for word in list {
            let folded = text::normalize(&word);
            match m.commands.get(&folded) {
                Some(other) if *other != cmd => diags.push(Diagnostic::error(
                    &src.path,
                    Loc { line: 1, col: 1 },
                    format!("keyword `{word}` is used for two different commands"),
                )),
                _ => {
                    m.commands.insert(folded, cmd);
                }
            }
        }
    }
    m.status.extend(c.status.iter().map(|w| text::normalize(w)));
    m.emergency.extend(kw.emergency.iter().map(|w| text::words(w)).filter(|w| !w.is_empty()));
    m.emergency_alone.extend(kw.emergency_alone.iter().map(|w| text::normalize(w)));
    if !kw.months.is_empty() && kw.months.len() != 12 {
        diags.push(Diagnostic::error(&src.path, Loc { line: 1, col: 1 }, "`months` must list twelve months"));
    }
    for (i, names) in kw.months.iter().enumerate() {
        for name in names {
            m.months.insert(text::normalize(name), i as u32 + 1);
        }
    }
}

/// Lines that start a message (`id =` at column one), in order, with their positions.
fn message_lines(text: &str) -> Vec<(String, Loc)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        if id.is_empty() || !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if line[id.len()..].trim_start().starts_with('=') {
            out.push((id, Loc { line: n + 1, col: 1 }));
        }
    }
    out
}

fn collect_pattern<S: AsRef<str>>(p: &ast::Pattern<S>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, vars, refs);
        }
    }
}

fn collect_expr<S: AsRef<str>>(e: &ast::Expression<S>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars, refs);
            for v in variants {
                collect_pattern(&v.value, vars, refs);
            }
        }
        ast::Expression::Inline(i) => collect_inline(i, vars, refs),
    }
}

fn collect_inline<S: AsRef<str>>(
    e: &ast::InlineExpression<S>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.as_ref().to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.as_ref().to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars, refs);
            }
            for a in &arguments.named {
                collect_inline(&a.value, vars, refs);
            }
        }
        // A term's own `$variables` are its parameters, filled at the call site.
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars, refs);
            }
            for a in &arguments.named {
                collect_inline(&a.value, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, vars, refs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str, meta: &str, ftl: &str) -> (String, Vec<Source>) {
        (
            code.into(),
            vec![
                Source { path: format!("locales/{code}/meta.toml"), text: meta.into() },
                Source { path: format!("locales/{code}/a.ftl"), text: ftl.into() },
            ],
        )
    }

    fn args(pairs: &[(&str, &str)]) -> Args {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    const COUNT: &str = "items = { $n -> \n    [one] satu barang\n   *[other] { $n } barang\n}\n";

    fn sample() -> Localizer {
        let (l, diags) = Localizer::load(&[
            locale(
                "id",
                "order = 1",
                &format!("error-generic = Ada gangguan\nhello = Halo {{ $name }}\nonly-id = Hanya id\n{COUNT}"),
            ),
            locale("jv", "order = 2\nfallback = [\"id\"]", &format!("hello = Sugeng {{ $name }}\n{COUNT}")),
            locale(
                "mad",
                "order = 3\nfallback = [\"jv\"]\nplural_rules = \"id\"\nmachine_drafted = [\"hel*\"]",
                &format!("hello = Salamet {{ $name }}\n{COUNT}"),
            ),
            locale("en", "order = 4", &format!("hello = Hello {{ $name }}\n{COUNT}")),
        ]);
        assert!(diags.is_empty(), "{diags:#?}");
        l
    }

    #[test]
    fn missing_messages_fall_back_along_the_chain() {
        let l = sample();
        assert_eq!(l.format("jv", "hello", &args(&[("name", "Siti")])), "Sugeng Siti");
        assert_eq!(l.format("jv", "only-id", &Args::new()), "Hanya id");
        assert_eq!(l.format("mad", "only-id", &Args::new()), "Hanya id");
        assert_eq!(l.format("xx", "hello", &args(&[("name", "A")])), "Halo A");
    }

    #[test]
    fn a_raw_id_is_never_shown() {
        let l = sample();
        assert_eq!(l.format("jv", "no-such-message", &Args::new()), "Ada gangguan");
        // A variable with no value is left empty rather than shown as `{$name}`.
        assert_eq!(l.format("id", "hello", &Args::new()), "Halo");
    }

    #[test]
    fn locales_without_cldr_rules_use_indonesian_plurals() {
        let l = sample();
        let one = args(&[("n", "1")]);
        // Indonesian has only "other"; English has "one".
        assert_eq!(l.format("id", "items", &one), "1 barang");
        assert_eq!(l.format("mad", "items", &one), "1 barang");
        assert_eq!(l.format("en", "items", &one), "satu barang");
    }

    #[test]
    fn no_isolation_marks_around_variables() {
        let out = sample().format("id", "hello", &args(&[("name", "Siti")]));
        assert!(!out.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn coverage_counts_present_and_machine_drafted_messages() {
        let l = sample();
        let cov = l.coverage();
        let mad = cov.iter().find(|c| c.code == "mad").unwrap();
        assert_eq!((mad.present, mad.total, mad.machine_drafted), (2, 4, 1));
        assert_eq!(cov.iter().find(|c| c.code == "id").unwrap().percent(), 100.0);
    }

    #[test]
    fn broken_meta_and_unknown_fallbacks_are_reported() {
        let (_, diags) = Localizer::load(&[
            locale("id", "order = 1", "a = b\n"),
            locale("jv", "order = 2\nfallback = [\"xx\"]", "a = b\n"),
            locale("su", "order = \"two\"", "a = b\n"),
        ]);
        let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert!(text.iter().any(|d| d.contains("fallback `xx` is not a shipped locale")), "{text:#?}");
        assert!(text.iter().any(|d| d.starts_with("locales/su/meta.toml:1:")), "{text:#?}");
    }
}

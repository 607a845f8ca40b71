//! Transcript tests: scripted conversations run against the real engine and a real SQLite file,
//! by `pelita test [DIR]` and by `cargo test`.
//!
//! ```text
//! # A comment.
//! @user siti          the contact's id (default: "transcript")
//! @lang jv            preset the language for the next input, like `pelita chat --lang jv`
//! > /start            the user says this
//! < Pilih bahasa      the bot's answer to the last input contains this
//! <= whole answer     ... is exactly this (one line; `\n` for a line break)
//! <! Sugeng           ... does not contain this
//! <~ [A-Z2-9]{4}-     ... matches this regular expression
//! @restart            close and reopen the database, as a restarted process would
//! @case case_report   the answer shows a reference code stored as a case of this kind
//! @urgent             the conversation is marked urgent in the database
//! @deleted            nothing is stored about the user any more
//! ```
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use regex::Regex;

use crate::bot::Bot;
use crate::channels::terminal;
use crate::engine::Input;
use crate::store::{ContactKey, Store};

/// A failed expectation, with the file and line that stated it.
#[derive(Debug)]
pub struct Failure {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[derive(Debug)]
enum Line {
    User(String),
    Contains(String),
    Equals(String),
    Lacks(String),
    Matches(Regex),
    SetUser(String),
    SetLang(String),
    Restart,
    Case(String),
    Urgent,
    Deleted,
}

fn parse(file: &str, text: &str) -> Result<Vec<(usize, Line)>, Failure> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let fail = |m: String| Failure { file: file.into(), line: n, message: m };
        let line = raw.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let arg = |p: &str| line[p.len()..].strip_prefix(' ').unwrap_or(&line[p.len()..]).to_owned();
        let parsed = if line.starts_with("<=") {
            Line::Equals(arg("<=").replace("\\n", "\n"))
        } else if line.starts_with("<!") {
            Line::Lacks(arg("<!"))
        } else if line.starts_with("<~") {
            Line::Matches(Regex::new(&arg("<~")).map_err(|e| fail(format!("invalid regex: {e}")))?)
        } else if line.starts_with('<') {
            Line::Contains(arg("<"))
        } else if line.starts_with('>') {
            Line::User(arg(">"))
        } else if let Some(rest) = line.strip_prefix('@') {
            let mut words = rest.split_whitespace();
            match (words.next(), words.next()) {
                (Some("user"), Some(u)) => Line::SetUser(u.into()),
                (Some("lang"), Some(l)) => Line::SetLang(l.into()),
                (Some("restart"), None) => Line::Restart,
                (Some("case"), Some(k)) => Line::Case(k.into()),
                (Some("urgent"), None) => Line::Urgent,
                (Some("deleted"), None) => Line::Deleted,
                _ => return Err(fail(format!("unknown directive `{line}`"))),
            }
        } else {
            return Err(fail(format!("a line must start with >, <, <=, <!, <~, @ or #: `{line}`")));
        };
        out.push((n, parsed));
    }
    Ok(out)
}

/// Runs one transcript with a fresh SQLite file in `workdir`.
pub async fn run_file(bot: &Bot, path: &Path, workdir: &Path) -> Result<(), Failure> {
    let db = workdir.join(format!("{}.db", path.file_stem().unwrap_or_default().to_string_lossy()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let result = run_file_on(bot, path, &format!("sqlite://{}", db.display())).await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    result
}

/// Runs one transcript against the (empty) database at `url`.
pub async fn run_file_on(bot: &Bot, path: &Path, url: &str) -> Result<(), Failure> {
    let file = path.display().to_string();
    let text =
        std::fs::read_to_string(path).map_err(|e| Failure { file: file.clone(), line: 0, message: e.to_string() })?;
    let lines = parse(&file, &text)?;
    let fail = |line: usize, message: String| Failure { file: file.clone(), line, message };
    let db_fail = |line: usize| {
        let file = file.clone();
        move |e: crate::store::StoreError| Failure { file, line, message: e.to_string() }
    };
    let mut store = Store::open(url).await.map_err(db_fail(0))?;
    let mut contact = ContactKey { channel: terminal::CHANNEL.into(), key: "transcript".into() };
    let mut lang: Option<String> = None;
    let mut output = String::new();
    let mut said = String::new();
    let code = Regex::new(r"\b[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}\b").expect("valid");
    for (n, line) in lines {
        match line {
            Line::SetUser(u) => contact.key = u,
            Line::SetLang(l) => {
                if !bot.i18n.has_language(&l) {
                    return Err(fail(n, format!("unknown language `{l}`")));
                }
                lang = Some(l);
            }
            Line::Restart => {
                store.close().await;
                store = Store::open(url).await.map_err(db_fail(n))?;
                let outcome =
                    bot.handle(&store, &contact, &Input::Resume, lang.take().as_deref()).await.map_err(db_fail(n))?;
                output = terminal::render(&outcome.replies);
                said = "(restart)".into();
            }
            Line::User(text) => {
                let outcome = bot
                    .handle(&store, &contact, &Input::from_text(&text), lang.take().as_deref())
                    .await
                    .map_err(db_fail(n))?;
                output = terminal::render(&outcome.replies);
                said = text;
            }
            Line::Contains(want) if !output.contains(&want) => {
                return Err(fail(
                    n,
                    format!("after `> {said}` the reply should contain:\n    {want}\n{}", show(&output)),
                ));
            }
            Line::Lacks(bad) if output.contains(&bad) => {
                return Err(fail(
                    n,
                    format!("after `> {said}` the reply should not contain:\n    {bad}\n{}", show(&output)),
                ));
            }
            Line::Matches(re) if !re.is_match(&output) => {
                return Err(fail(n, format!("after `> {said}` the reply should match /{re}/\n{}", show(&output))));
            }
            Line::Equals(want) if output.trim_end() != want.trim_end() => {
                return Err(fail(
                    n,
                    format!("after `> {said}` the reply differs (- expected, + actual):\n{}", diff(&want, &output)),
                ));
            }
            Line::Case(kind) => {
                let Some(m) = code.find(&output) else {
                    return Err(fail(
                        n,
                        format!("after `> {said}` the reply shows no reference code\n{}", show(&output)),
                    ));
                };
                let case = store.case_by_code(m.as_str()).await.map_err(db_fail(n))?;
                match case {
                    Some(c) if c.kind == kind && c.contact == contact => {}
                    Some(c) => {
                        return Err(fail(
                            n,
                            format!("code {} is stored as a {} of {:?}", m.as_str(), c.kind, c.contact),
                        ));
                    }
                    None => return Err(fail(n, format!("code {} is not stored in the database", m.as_str()))),
                }
            }
            Line::Urgent => {
                let urgent = store.state(&contact).await.map_err(db_fail(n))?.is_some_and(|s| s.urgent);
                if !urgent {
                    return Err(fail(n, "the conversation is not marked urgent in the database".into()));
                }
            }
            Line::Deleted if store.contact_exists(&contact).await.map_err(db_fail(n))? => {
                return Err(fail(n, "data about the user is still stored".into()));
            }
            _ => {}
        }
    }
    store.close().await;
    Ok(())
}

fn show(output: &str) -> String {
    let mut s = String::from("  but the bot replied:\n");
    for l in output.lines() {
        let _ = writeln!(s, "    | {l}");
    }
    s
}

/// A line diff (longest common subsequence), enough for replies of a few dozen lines.
fn diff(want: &str, got: &str) -> String {
    let a: Vec<&str> = want.trim_end().lines().collect();
    let b: Vec<&str> = got.trim_end().lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "      {}", a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "    + {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "    - {}", a[i]);
            i += 1;
        }
    }
    out
}

/// The transcript files in a directory, sorted.
pub fn files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

/// Runs every transcript in `dir`; returns how many passed and the failures.
pub async fn run_dir(bot: &Bot, dir: &Path) -> std::io::Result<(usize, Vec<Failure>)> {
    let workdir = std::env::temp_dir().join(format!("pelita-transcripts-{}", std::process::id()));
    std::fs::create_dir_all(&workdir)?;
    let mut passed = 0;
    let mut failures = Vec::new();
    for file in files(dir)? {
        match run_file(bot, &file, &workdir).await {
            Ok(()) => passed += 1,
            Err(f) => failures.push(f),
        }
    }
    let _ = std::fs::remove_dir_all(&workdir);
    Ok((passed, failures))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changed_lines() {
        let d = diff("a\nb\nc", "a\nx\nc");
        assert!(d.contains("    - b"), "{d}");
        assert!(d.contains("    + x"), "{d}");
        assert!(d.contains("      a"), "{d}");
    }

    #[test]
    fn unknown_lines_are_reported_with_their_number() {
        let err = parse("t.txt", "> hi\n?? what\n").unwrap_err();
        assert_eq!(err.line, 2);
    }
}

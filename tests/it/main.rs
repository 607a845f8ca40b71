//! Integration tests: the real binary, a real SQLite file, and the transcripts.
//! One test binary (modules below) keeps link time down on a 2-core machine.
mod browser;
mod cli;
mod console;
mod content;
mod crash;
mod harness;
mod matcher;
mod store;
mod telegram;
mod transcripts;
mod web;
mod whatsapp;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A fresh directory for one test, removed when dropped.
pub struct Scratch(tempfile::TempDir);

impl Scratch {
    pub fn fresh() -> Scratch {
        Scratch(tempfile::tempdir().expect("temp dir"))
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    pub fn db(&self) -> String {
        self.path("pelita.db").display().to_string()
    }
}

/// Runs `pelita ARGS` with `stdin` fed in, in a clean environment (no PELITA_* variables).
pub fn pelita(args: &[&str], stdin: &[u8], dir: &Path) -> Output {
    use std::io::Write as _;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pelita"));
    cmd.args(args).current_dir(dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("PELITA_") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd.spawn().expect("pelita runs");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("pelita finishes");
    writer.join().expect("stdin writer");
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The repository root (where flows/ and locales/ are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

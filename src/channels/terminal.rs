//! The terminal channel: `pelita chat` reads lines from standard input and prints the replies,
//! menus as numbered lines. It can be scripted (`printf '/start\n1\n' | pelita chat`).
use std::io::IsTerminal as _;

use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};

use crate::bot::Bot;
use crate::engine::{Input, Reply, messages};
use crate::i18n::{Args, DEFAULT_LANG};
use crate::store::{ContactKey, Store};

pub const CHANNEL: &str = "terminal";

/// Renders replies as the terminal shows them: each reply's text, its choices numbered below,
/// and a blank line between replies.
pub fn render(replies: &[Reply]) -> String {
    let mut out = String::new();
    for (i, r) in replies.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&r.text);
        out.push('\n');
        for (n, c) in r.choices.iter().enumerate() {
            out.push_str(&format!("  {}. {}\n", n + 1, c.label));
        }
    }
    out
}

/// Chats until standard input ends. `lang` presets the language once, at the start of the session;
/// the user can still change it with the language command.
pub async fn chat(bot: &Bot, store: &Store, user: &str, lang: Option<&str>) -> anyhow::Result<()> {
    let mut preset = lang;
    let contact = ContactKey { channel: CHANNEL.into(), key: user.to_owned() };
    let interactive = std::io::stdin().is_terminal();
    let mut stdout = tokio::io::stdout();
    if store.state(&contact).await?.is_some() {
        // A returning user: show where they are.
        let outcome = bot.handle(store, &contact, &Input::Resume, preset.take()).await?;
        stdout.write_all(render(&outcome.replies).as_bytes()).await?;
    } else if interactive {
        let hint = bot.i18n.format(lang.unwrap_or(DEFAULT_LANG), messages::CHAT_HINT, &Args::new());
        eprintln!("{hint}");
    }
    let mut lines = BufReader::new(tokio::io::stdin());
    let mut buf = Vec::new();
    loop {
        if interactive {
            stdout.write_all(b"> ").await?;
        }
        stdout.flush().await?;
        buf.clear();
        if lines.read_until(b'\n', &mut buf).await? == 0 {
            break;
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        let input = match std::str::from_utf8(&buf) {
            Ok(line) => Input::from_text(line),
            Err(_) => Input::Unreadable,
        };
        let outcome = bot.handle(store, &contact, &input, preset.take()).await?;
        if !interactive {
            // A scripted run reads as a dialogue: each input echoed before its answer.
            let echo = format!("> {}\n", String::from_utf8_lossy(&buf));
            stdout.write_all(echo.as_bytes()).await?;
        }
        stdout.write_all(render(&outcome.replies).as_bytes()).await?;
        stdout.write_all(b"\n").await?;
    }
    stdout.flush().await?;
    Ok(())
}
